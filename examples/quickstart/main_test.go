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
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out, func(string) string { return "" }))
	got := out.String()
	assert.Contains(t, got, "offline scripted model")
	assert.Contains(t, got, `[calls order_status {"order":"A-10234"}]`)
	assert.Contains(t, got, "Order A-10234: shipped on Monday")
	assert.Contains(t, got, "Stored transcript: 12 messages for acme/customer-1042/support-1.")
	assert.Contains(t, got, "model saw:  Please change my email to <EMAIL_ADDRESS_1>, my old one was <EMAIL_ADDRESS_2>")
	assert.Contains(t, got, "assistant: Thanks, I have noted jo.bloggs@example.org as your contact email.")
	assert.Contains(t, got, "assistant: I have flagged the duplicate charge on card 4111 1111 1111 1111;")
	assert.Contains(t, got, "model saw:  My card <CREDIT_CARD_1> was charged twice.")
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "model") {
			assert.NotContains(t, line, "jo.bloggs@example.org", "the model never sees the email")
			assert.NotContains(t, line, "4111 1111 1111 1111", "the model never sees the card")
		}
	}
}
