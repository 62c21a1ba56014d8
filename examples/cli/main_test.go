package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func noEnv(string) string { return "" }

const (
	email = "jo.bloggs@example.org"
	card  = "4111 1111 1111 1111"
)

func runCLI(t *testing.T, input string, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), args, strings.NewReader(input), &out, noEnv))
	return out.String()
}

func TestChat(t *testing.T) {
	dir := t.TempDir()
	out := runCLI(t, strings.Join([]string{
		"y", // the assistant
		"y", // keep the transcript
		"Please change my email to " + email,
		"Where is order A-10234?",
		"My card " + card + " was charged twice",
		"/export",
	}, "\n")+"\n", "-data", dir, "-show")

	assert.Contains(t, out, "Model: the offline scripted model")
	assert.Contains(t, out, "bot> Thanks, I have noted "+email+" as your contact email.", "the reply streams with the customer's value")
	assert.Contains(t, out, "bot> Order A-10234: shipped on Monday")
	assert.Contains(t, out, "card "+card)
	assert.Contains(t, out, "model saw:  Please change my email to <EMAIL_ADDRESS_1>")
	assert.Contains(t, out, "model saw:  My card <CREDIT_CARD_1> was charged twice")
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "  model ") {
			assert.NotContains(t, line, email)
			assert.NotContains(t, line, card)
		}
	}
	assert.Contains(t, out, `"consent_events"`)
	assert.Contains(t, out, `"kind": "grant"`)

	db := readAll(t, filepath.Join(dir, "confide.db"), filepath.Join(dir, "confide.db-wal"))
	assert.False(t, strings.Contains(db, email) || strings.Contains(db, card), "plaintext in the database")

	// A second run resumes: consent and transcript are still there.
	out = runCLI(t, "/export\n/forget\n", "-data", dir)
	assert.NotContains(t, out, "Chat with the AI assistant?")
	assert.Contains(t, out, email, "the export holds the transcript")
	assert.Contains(t, out, "Forgotten:")

	// After forgetting, nothing is left and consent is asked again.
	out = runCLI(t, "n\n", "-data", dir)
	assert.Contains(t, out, "Chat with the AI assistant?")
	assert.Contains(t, out, "cannot answer")
}

func TestNoTranscriptWithoutConsent(t *testing.T) {
	dir := t.TempDir()
	out := runCLI(t, "y\nn\nMy email is "+email+"\n/export\n", "-data", dir)
	assert.Contains(t, out, "bot> Thanks, I have noted "+email)
	assert.Contains(t, out, `"transcript": []`)
}

func TestLimitsAndCommands(t *testing.T) {
	out := runCLI(t, strings.Repeat("a", 5000)+"\n/nope\n/help\n\n/quit\nnever read\n", "-yes", "-keep")
	assert.Contains(t, out, "too long")
	assert.Contains(t, out, "Commands:")
	assert.NotContains(t, out, "never read")
}

func TestBadSubject(t *testing.T) {
	var out bytes.Buffer
	err := run(context.Background(), []string{"-subject", "a/b"}, strings.NewReader(""), &out, noEnv)
	assert.Error(t, err)
}

func readAll(t *testing.T, paths ...string) string {
	var b strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err == nil {
			b.Write(data)
		}
	}
	return b.String()
}
