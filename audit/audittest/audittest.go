// Package audittest checks that an implementation of [audit.Store] keeps
// its contract, the way testing/slogtest checks a slog.Handler. Run
// [TestStore] from the tests of every implementation (in memory, SQLite,
// PostgreSQL) so that they all behave alike.
package audittest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NewStore returns two handles on one new, empty store: for a database,
// two connections as two processes would open them; for an in-memory
// store, the same store twice. Stores that need cleaning up register it
// with t.Cleanup.
type NewStore func(t *testing.T) (a, b audit.Store)

// TestStore runs the conformance suite: every field round-trips exactly,
// chains start at 1 and link, tenants are independent, paging, invalid
// events are refused, checkpoints round-trip, concurrent writers through
// both handles form one valid chain, and cancelled contexts fail.
func TestStore(t *testing.T, newStore NewStore) {
	t.Helper()
	ctx := context.Background()
	at := time.Date(2026, 3, 4, 5, 6, 7, 123456789, time.UTC)
	event := func(tenant string, i int) audit.Event {
		return audit.Event{
			Scope:     chat.Scope{Tenant: tenant, Subject: "cust-1", Conversation: fmt.Sprintf("c-%d", i)},
			Operation: audit.OpTurn, Decision: audit.DecisionDegraded,
			Purposes: []consent.Purpose{consent.PurposeSupport, consent.PurposeStoreTranscript},
			Refused:  []consent.Purpose{consent.PurposeStoreTranscript},
			PII:      map[string]int{"EMAIL_ADDRESS": 2, "CREDIT_CARD": i + 1},
			Keys:     []string{"kek:1", "data.3"}, RequestedAt: at.Add(-time.Second), CompletedAt: at,
			Time: at.Add(time.Duration(i) * time.Millisecond),
		}
	}

	t.Run("RoundTrip", func(t *testing.T) {
		s, _ := newStore(t)
		var want []audit.Event
		for i := range 3 {
			e, err := s.Append(ctx, event("t1", i))
			require.NoError(t, err)
			assert.Equal(t, uint64(i+1), e.Seq)
			if i == 0 {
				assert.True(t, e.Prev.IsZero(), "the first event has no previous hash")
			} else {
				assert.Equal(t, want[i-1].Hash, e.Prev)
			}
			h, err := e.ComputeHash()
			require.NoError(t, err)
			assert.Equal(t, h, e.Hash)
			want = append(want, e)
		}
		got, err := s.Events(ctx, "t1", 0, 0)
		require.NoError(t, err)
		assert.Equal(t, want, got, "events read back exactly as stored")
		assert.Equal(t, event("t1", 0).Time, got[0].Time, "times keep their nanoseconds")
		rep, err := audit.Verify(ctx, got, nil, nil)
		require.NoError(t, err)
		assert.True(t, rep.OK())
	})

	t.Run("Paging", func(t *testing.T) {
		s, _ := newStore(t)
		for i := range 5 {
			_, err := s.Append(ctx, event("t1", i))
			require.NoError(t, err)
		}
		page, err := s.Events(ctx, "t1", 1, 2)
		require.NoError(t, err)
		require.Len(t, page, 2)
		assert.Equal(t, []uint64{2, 3}, []uint64{page[0].Seq, page[1].Seq})
		rest, err := s.Events(ctx, "t1", 3, 100)
		require.NoError(t, err)
		assert.Len(t, rest, 2)
		none, err := s.Events(ctx, "t1", 5, 10)
		require.NoError(t, err)
		assert.Empty(t, none)
	})

	t.Run("TenantsIndependent", func(t *testing.T) {
		s, _ := newStore(t)
		a1, err := s.Append(ctx, event("t1", 0))
		require.NoError(t, err)
		b1, err := s.Append(ctx, event("t2", 0))
		require.NoError(t, err)
		a2, err := s.Append(ctx, event("t1", 1))
		require.NoError(t, err)
		assert.Equal(t, uint64(1), b1.Seq, "each tenant's chain starts at 1")
		assert.True(t, b1.Prev.IsZero())
		assert.Equal(t, uint64(2), a2.Seq)
		assert.Equal(t, a1.Hash, a2.Prev)
		evs, err := s.Events(ctx, "t2", 0, 0)
		require.NoError(t, err)
		assert.Len(t, evs, 1)
		none, err := s.Events(ctx, "t3", 0, 0)
		require.NoError(t, err)
		assert.Empty(t, none)
	})

	t.Run("InvalidRefused", func(t *testing.T) {
		s, _ := newStore(t)
		bad := event("t1", 0)
		bad.Operation = "said: hello"
		_, err := s.Append(ctx, bad)
		assert.ErrorIs(t, err, audit.ErrInvalid)
		bad = event("t1", 0)
		bad.PII = map[string]int{"jo@example.org": 1}
		_, err = s.Append(ctx, bad)
		assert.ErrorIs(t, err, audit.ErrInvalid)
		assert.NotContains(t, err.Error(), "jo@example.org", "errors never repeat the value")
		evs, err := s.Events(ctx, "t1", 0, 0)
		require.NoError(t, err)
		assert.Empty(t, evs, "nothing stored")
	})

	t.Run("Checkpoints", func(t *testing.T) {
		s, _ := newStore(t)
		e, err := s.Append(ctx, event("t1", 0))
		require.NoError(t, err)
		c := audit.Checkpoint{Tenant: "t1", Seq: e.Seq, Hash: e.Hash, Time: at, Signature: []byte{1, 2, 3}}
		require.NoError(t, s.AppendCheckpoint(ctx, c))
		require.NoError(t, s.AppendCheckpoint(ctx, c), "storing a checkpoint twice is not an error")
		c2 := c
		c2.Seq, c2.Time = 7, at.Add(time.Minute)
		require.NoError(t, s.AppendCheckpoint(ctx, c2))
		cs, err := s.Checkpoints(ctx, "t1")
		require.NoError(t, err)
		assert.Equal(t, []audit.Checkpoint{c, c2}, cs)
		none, err := s.Checkpoints(ctx, "t2")
		require.NoError(t, err)
		assert.Empty(t, none)
	})

	t.Run("ConcurrentWriters", func(t *testing.T) {
		a, b := newStore(t)
		const writers, each = 8, 12
		var wg sync.WaitGroup
		errs := make(chan error, writers*each)
		for w := range writers {
			s := a
			if w%2 == 1 {
				s = b
			}
			wg.Go(func() {
				for i := range each {
					if _, err := s.Append(ctx, event("t1", w*each+i)); err != nil {
						errs <- err
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		evs, err := b.Events(ctx, "t1", 0, 0)
		require.NoError(t, err)
		require.Len(t, evs, writers*each)
		rep, err := audit.Verify(ctx, evs, nil, nil)
		require.NoError(t, err, "concurrent writers keep one valid chain")
		assert.Equal(t, uint64(writers*each), rep.Head.Seq)
	})

	t.Run("Cancelled", func(t *testing.T) {
		s, _ := newStore(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := s.Append(cctx, event("t1", 0))
		assert.Error(t, err)
		_, err = s.Events(cctx, "t1", 0, 0)
		assert.Error(t, err)
		evs, err := s.Events(ctx, "t1", 0, 0)
		require.NoError(t, err)
		assert.Empty(t, evs)
	})
}
