// Package storetest checks that an implementation of a Confide storage
// interface keeps its contract, the way testing/slogtest checks a
// slog.Handler. [TestVaultStore] covers redact.VaultStore; the suites for
// chat.Store and encrypt.KeyStore live in chat/chattest and
// encrypt/encrypttest.
package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVaultStore runs the conformance suite for [redact.VaultStore]: round
// trips in order, isolation between scopes and tenants, delete, invalid
// scopes, all-or-nothing appends under a cancelled context, and concurrent
// appends. newStore must return an empty store each time it is called.
func TestVaultStore(t *testing.T, newStore func(t *testing.T) redact.VaultStore) {
	t.Helper()
	ctx := context.Background()
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "conv-1"}
	entry := func(label string, n int, value string) redact.VaultEntry {
		return redact.VaultEntry{Type: "EMAIL_ADDRESS", Label: label, N: n,
			Placeholder: fmt.Sprintf("<%s_%d>", label, n), Value: value}
	}

	t.Run("EmptyLoad", func(t *testing.T) {
		s := newStore(t)
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
	})

	t.Run("RoundTripInOrder", func(t *testing.T) {
		s := newStore(t)
		want := []redact.VaultEntry{
			entry("EMAIL", 1, "ana@example.com"),
			entry("EMAIL", 2, "bo@example.com"),
			{Type: "PERSON", Label: "PERSON", N: 1, Placeholder: "<PERSON_1>", Value: "Zoë O'Brien \"quoted\" ✓"},
		}
		require.NoError(t, s.AppendVault(ctx, scope, want[:2]...))
		require.NoError(t, s.AppendVault(ctx, scope, want[2:]...))
		require.NoError(t, s.AppendVault(ctx, scope)) // Nothing to add.
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})

	t.Run("CallerMayReuseSlices", func(t *testing.T) {
		s := newStore(t)
		entries := []redact.VaultEntry{entry("EMAIL", 1, "ana@example.com")}
		require.NoError(t, s.AppendVault(ctx, scope, entries...))
		entries[0].Value = "changed"
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, "ana@example.com", got[0].Value)
		got[0].Value = "changed again"
		again, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Equal(t, "ana@example.com", again[0].Value)
	})

	t.Run("ScopesAreIsolated", func(t *testing.T) {
		s := newStore(t)
		others := []chat.Scope{
			{Tenant: "other", Subject: scope.Subject, Conversation: scope.Conversation},
			{Tenant: scope.Tenant, Subject: "cust-2", Conversation: scope.Conversation},
			{Tenant: scope.Tenant, Subject: scope.Subject, Conversation: "conv-2"},
		}
		require.NoError(t, s.AppendVault(ctx, scope, entry("EMAIL", 1, "mine@example.com")))
		for i, o := range others {
			require.NoError(t, s.AppendVault(ctx, o, entry("EMAIL", 1, fmt.Sprintf("other%d@example.com", i))))
		}
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, "mine@example.com", got[0].Value)

		require.NoError(t, s.DeleteVault(ctx, others[0]))
		got, err = s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Len(t, got, 1, "deleting another tenant's vault leaves this one")
		for i, o := range others[1:] {
			got, err := s.LoadVault(ctx, o)
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, fmt.Sprintf("other%d@example.com", i+1), got[0].Value)
		}
	})

	t.Run("Delete", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.AppendVault(ctx, scope, entry("EMAIL", 1, "a@example.com"), entry("EMAIL", 2, "b@example.com")))
		require.NoError(t, s.DeleteVault(ctx, scope))
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
		require.NoError(t, s.DeleteVault(ctx, scope), "deleting twice is not an error")
		require.NoError(t, s.AppendVault(ctx, scope, entry("EMAIL", 1, "c@example.com")))
		got, err = s.LoadVault(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, "c@example.com", got[0].Value)
	})

	t.Run("InvalidScope", func(t *testing.T) {
		s := newStore(t)
		bad := chat.Scope{Tenant: "acme", Subject: "", Conversation: "c"}
		assert.ErrorIs(t, s.AppendVault(ctx, bad, entry("EMAIL", 1, "a@example.com")), chat.ErrInvalidScope)
	})

	t.Run("CancelledContextStoresNothing", func(t *testing.T) {
		s := newStore(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		assert.ErrorIs(t, s.AppendVault(cctx, scope, entry("EMAIL", 1, "a@example.com"), entry("EMAIL", 2, "b@example.com")), context.Canceled)
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
	})

	t.Run("ConcurrentAppends", func(t *testing.T) {
		s := newStore(t)
		const writers, each = 6, 8
		var wg sync.WaitGroup
		for w := range writers {
			wg.Go(func() {
				for i := range each {
					assert.NoError(t, s.AppendVault(ctx, scope,
						entry(fmt.Sprintf("W%d", w), 2*i+1, fmt.Sprintf("w%d-%d-a", w, i)),
						entry(fmt.Sprintf("W%d", w), 2*i+2, fmt.Sprintf("w%d-%d-b", w, i))))
				}
			})
		}
		wg.Wait()
		got, err := s.LoadVault(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, writers*each*2)
		next := map[string]int{}
		for i := 0; i < len(got); i += 2 {
			a, b := got[i], got[i+1]
			assert.Equal(t, a.Label, b.Label, "an append's entries stay together")
			assert.Equal(t, a.N+1, b.N)
			assert.Equal(t, next[a.Label]+1, a.N, "one writer's appends stay in order")
			next[a.Label] = b.N
		}
	})
}
