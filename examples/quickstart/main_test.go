package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/policy"
)

func TestQuickstartRunsOffline(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), []string{"-policy", "../policy.yaml"}, &out, func(string) string { return "" }))
	got := out.String()
	assert.Contains(t, got, "Policy: ../policy.yaml (development mode); copy it and edit it")
	assert.Contains(t, got, "offline scripted model")
	assert.Contains(t, got, `refused:   consent required for "ai_assistant"`)
	assert.Contains(t, got, `[calls order_status {"order":"A-10234"}]`)
	assert.Contains(t, got, "Order A-10234: shipped on Monday")
	assert.Contains(t, got, "model saw:  Please change my email to <EMAIL_ADDRESS_1>, my old one was <EMAIL_ADDRESS_2>")
	assert.Contains(t, got, "assistant:  Thanks, I have noted jo.bloggs@example.org as your contact email.")
	assert.Contains(t, got, "assistant:  I have flagged the duplicate charge on card 4111 1111 1111 1111;")
	assert.Contains(t, got, "model saw:  My card <CREDIT_CARD_1> was charged twice.")
	assert.Contains(t, got, "Transcript of acme/customer-1042/support-1: 12 messages, sealed in")
	assert.Contains(t, got, "The file holds none of the customer's 3 values in the clear.")
	assert.Contains(t, got, "loading the transcript fails:")
	assert.Contains(t, got, "forgotten")
	assert.Contains(t, got, "Chain and signed checkpoints verified: true")
	assert.Contains(t, got, "Customer values in the database file, audit log included: 0")
	assert.Regexp(t, `personal data found: map\[CREDIT_CARD:1 EMAIL_ADDRESS:2\]`, got)
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "model") {
			for _, s := range secrets {
				assert.NotContains(t, line, s, "the model never sees a customer value")
			}
		}
	}
}

func TestPlaintextOnDisk(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/x.db"
	require.NoError(t, writeFile(path, "header jo@example.net trailer"))
	found, err := plaintextOnDisk(path, secrets)
	require.NoError(t, err)
	assert.Equal(t, []string{"jo@example.net"}, found, "the check can find what it looks for")
}

// TestQuickstartReadsYourPolicy runs the quickstart on an edited copy of
// the example policy, named by CONFIDE_POLICY, as a user would.
func TestQuickstartReadsYourPolicy(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	b, err := os.ReadFile("../policy.yaml")
	require.NoError(t, err)
	edit := func(old, new string) string {
		require.Contains(t, string(b), old)
		path := filepath.Join(t.TempDir(), "my-policy.yaml")
		require.NoError(t, writeFile(path, strings.Replace(string(b), old, new, 1)))
		return path
	}
	env := func(path string) func(string) string {
		return func(k string) string {
			if k == "CONFIDE_POLICY" {
				return path
			}
			return ""
		}
	}

	t.Run("edited", func(t *testing.T) {
		path := edit("CREDIT_CARD: {operator: placeholder}", `CREDIT_CARD: {operator: "mask:4"}`)
		var out bytes.Buffer
		require.NoError(t, run(context.Background(), nil, &out, env(path)))
		got := out.String()
		assert.Contains(t, got, "Policy: "+path)
		assert.NotContains(t, got, "<CREDIT_CARD_1>", "the copy masks cards instead")
		assert.Contains(t, got, "Customer values in the database file, audit log included: 0")
		for _, line := range strings.Split(got, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "model") {
				assert.NotContains(t, line, "4111 1111 1111 1111", "the model never sees the whole card")
			}
		}
	})
	t.Run("invalid", func(t *testing.T) {
		path := edit("CREDIT_CARD: {operator: placeholder}", "CREDIT_CARD: {operator: shred}")
		err := run(context.Background(), nil, io.Discard, env(path))
		require.ErrorIs(t, err, policy.ErrInvalid)
		assert.ErrorContains(t, err, path+":36: redaction.types.CREDIT_CARD.operator")
	})
	t.Run("missing", func(t *testing.T) {
		err := run(context.Background(), []string{"-policy", filepath.Join(t.TempDir(), "none.yaml")}, io.Discard, env(""))
		assert.ErrorContains(t, err, "name your copy with -policy or CONFIDE_POLICY")
	})
}
