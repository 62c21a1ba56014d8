package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConversationsAndAffected(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		clk := newClock()
		db, _ := b.fresh(t, store.WithClock(clk.Now))
		s := newKeyring(t).sealer(t, db.Keys(), clk.Now)
		tr, vs := db.Transcripts(s), db.Vaults(s)

		start := clk.Now()
		one := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-2"}
		require.NoError(t, tr.Append(ctx, one, chat.UserMessage("a"), chat.AssistantMessage("b")))
		clk.Advance(time.Hour)
		mid := clk.Now()
		other := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
		require.NoError(t, vs.AppendVault(ctx, other, redact.VaultEntry{Type: "PERSON", Label: "PERSON", N: 1, Placeholder: "<PERSON_1>", Value: "x"}))
		require.NoError(t, tr.Append(ctx, chat.Scope{Tenant: "acme", Subject: "cust-2", Conversation: "c-9"}, chat.UserMessage("c")))
		clk.Advance(time.Hour)

		convs, err := db.Conversations(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Equal(t, []string{"c-1", "c-2"}, convs)
		none, err := db.Conversations(ctx, "globex", "cust-1")
		require.NoError(t, err)
		assert.Empty(t, none, "tenants are separate")

		all, err := db.AffectedBetween(ctx, start, clk.Now())
		require.NoError(t, err)
		assert.Equal(t, []store.Affected{
			{Tenant: "acme", Subject: "cust-1", Kind: "transcript", Records: 2},
			{Tenant: "acme", Subject: "cust-1", Kind: "vault", Records: 1},
			{Tenant: "acme", Subject: "cust-2", Kind: "transcript", Records: 1},
		}, all)
		late, err := db.AffectedBetween(ctx, mid, clk.Now())
		require.NoError(t, err)
		assert.Equal(t, []store.Affected{
			{Tenant: "acme", Subject: "cust-1", Kind: "vault", Records: 1},
			{Tenant: "acme", Subject: "cust-2", Kind: "transcript", Records: 1},
		}, late)

		require.NoError(t, db.Close())
		_, err = db.Conversations(ctx, "acme", "cust-1")
		assert.ErrorIs(t, err, store.ErrClosed)
	})
}
