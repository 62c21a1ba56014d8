package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstartRunsOffline(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, func(string) string { return "" }))
	got := out.String()
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
