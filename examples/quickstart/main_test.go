package main

import (
	"bytes"
	"context"
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
	assert.Contains(t, got, "Stored transcript: 10 messages for acme/customer-1042/support-1.")
}
