package chattest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NewStore returns an empty store for one case of [TestStore]. Stores that
// need cleaning up register it with t.Cleanup.
type NewStore func(t *testing.T) chat.Store

// TestStore runs the store conformance suite: round trips of every part
// type, append order, all-or-nothing appends, isolation between scopes and
// tenants, delete, invalid scopes, cancelled contexts and concurrent
// appends.
func TestStore(t *testing.T, newStore NewStore) {
	t.Helper()
	ctx := context.Background()
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "conv-1"}

	t.Run("EmptyLoad", func(t *testing.T) {
		s := newStore(t)
		msgs, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, msgs)
	})

	t.Run("RoundTripEveryPart", func(t *testing.T) {
		s := newStore(t)
		want := sampleTranscript()
		require.NoError(t, s.Append(ctx, scope, want[:2]...))
		require.NoError(t, s.Append(ctx, scope, want[2:]...))
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Equal(t, normalize(want), normalize(got))
	})

	t.Run("CallerMayReuseSlices", func(t *testing.T) {
		s := newStore(t)
		msg := chat.Message{Role: chat.RoleUser, Parts: []chat.Part{chat.Text{Text: "first"}}}
		require.NoError(t, s.Append(ctx, scope, msg))
		msg.Parts[0] = chat.Text{Text: "changed"}
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, "first", got[0].Text())
		got[0].Parts[0] = chat.Text{Text: "changed again"}
		again, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Equal(t, "first", again[0].Text())
	})

	t.Run("ScopesAreIsolated", func(t *testing.T) {
		s := newStore(t)
		others := []chat.Scope{
			{Tenant: "other", Subject: scope.Subject, Conversation: scope.Conversation},
			{Tenant: scope.Tenant, Subject: "cust-2", Conversation: scope.Conversation},
			{Tenant: scope.Tenant, Subject: scope.Subject, Conversation: "conv-2"},
		}
		require.NoError(t, s.Append(ctx, scope, chat.UserMessage("mine")))
		for i, o := range others {
			require.NoError(t, s.Append(ctx, o, chat.UserMessage(fmt.Sprintf("other %d", i))))
		}
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, "mine", got[0].Text())

		require.NoError(t, s.Delete(ctx, others[0]))
		got, err = s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Len(t, got, 1, "deleting another tenant's conversation leaves this one")
		for _, o := range others[1:] {
			got, err := s.Load(ctx, o)
			require.NoError(t, err)
			assert.Len(t, got, 1)
		}
	})

	t.Run("Delete", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.Append(ctx, scope, sampleTranscript()...))
		require.NoError(t, s.Delete(ctx, scope))
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
		require.NoError(t, s.Delete(ctx, scope), "deleting twice is not an error")
		require.NoError(t, s.Append(ctx, scope, chat.UserMessage("again")))
		got, err = s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Len(t, got, 1)
	})

	t.Run("InvalidScope", func(t *testing.T) {
		s := newStore(t)
		bad := chat.Scope{Tenant: "acme", Subject: "", Conversation: "c"}
		assert.ErrorIs(t, s.Append(ctx, bad, chat.UserMessage("x")), chat.ErrInvalidScope)
		_, err := s.Load(ctx, bad)
		assert.ErrorIs(t, err, chat.ErrInvalidScope)
		assert.ErrorIs(t, s.Delete(ctx, bad), chat.ErrInvalidScope)
	})

	t.Run("InvalidMessageStoresNothing", func(t *testing.T) {
		s := newStore(t)
		err := s.Append(ctx, scope, chat.UserMessage("ok"), chat.Message{Role: "robot"})
		assert.ErrorIs(t, err, chat.ErrInvalidMessage)
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got, "a failed append stores nothing")
	})

	t.Run("CancelledContext", func(t *testing.T) {
		s := newStore(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		assert.ErrorIs(t, s.Append(cctx, scope, chat.UserMessage("x")), context.Canceled)
		got, err := s.Load(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, got)
	})

	t.Run("ConcurrentAppends", func(t *testing.T) {
		s := newStore(t)
		const writers, each = 8, 10
		var wg sync.WaitGroup
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sc := scope
				sc.Conversation = fmt.Sprintf("conv-%d", w%2)
				for i := range each {
					assert.NoError(t, s.Append(ctx, sc,
						chat.UserMessage(fmt.Sprintf("w%d q%d", w, i)),
						chat.AssistantMessage(fmt.Sprintf("w%d a%d", w, i))))
				}
			}()
		}
		wg.Wait()
		for c := range 2 {
			sc := scope
			sc.Conversation = fmt.Sprintf("conv-%d", c)
			got, err := s.Load(ctx, sc)
			require.NoError(t, err)
			require.Len(t, got, writers/2*each*2)
			for i := 0; i < len(got); i += 2 {
				assert.Equal(t, chat.RoleUser, got[i].Role)
				assert.Equal(t, strings.Replace(got[i].Text(), " q", " a", 1), got[i+1].Text(), "an append's messages stay together")
			}
		}
	})
}

// sampleTranscript holds every kind of part.
func sampleTranscript() []chat.Message {
	return []chat.Message{
		chat.UserMessage("Where is order A-1001? ünïcödé ✓"),
		{Role: chat.RoleAssistant, Parts: []chat.Part{
			chat.Text{Text: "Let me check."},
			chat.ToolCall{ID: "call_1", Name: "order_status", Arguments: `{"order":"A-1001","q":"say \"hi\""}`},
		}},
		{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: "call_1", Name: "order_status", Content: "shipped"}}},
		{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: "call_2", Name: "refund", Content: "denied", IsError: true}}},
		{Role: chat.RoleUser, Parts: []chat.Part{
			chat.Text{Text: "Here is a photo."},
			chat.Media{MIMEType: "image/png", Data: []byte{0x89, 'P', 'N', 'G', 0, 1, 2}},
			chat.Media{MIMEType: "image/jpeg", URL: "https://example.com/a.jpg"},
		}},
		chat.AssistantMessage("It shipped on Monday."),
	}
}

// normalize makes nil and empty byte slices compare equal.
func normalize(msgs []chat.Message) []chat.Message {
	out := make([]chat.Message, len(msgs))
	for i, m := range msgs {
		m = m.Clone()
		for j, p := range m.Parts {
			if md, ok := p.(chat.Media); ok && len(md.Data) == 0 {
				md.Data = nil
				m.Parts[j] = md
			}
		}
		out[i] = m
	}
	return out
}
