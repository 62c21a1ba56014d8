// Package consenttest checks that an implementation of [consent.Store]
// keeps its contract, the way testing/slogtest checks a slog.Handler. Run
// [TestStore] from the tests of every implementation (in memory, SQLite,
// PostgreSQL) so that they all behave alike.
package consenttest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NewStore returns an empty store for one case of [TestStore]. Stores that
// need cleaning up register it with t.Cleanup.
type NewStore func(t *testing.T) consent.Store

// TestStore runs the conformance suite: round trips of every event field,
// sequence order and conflicts, copies in and out, isolation between
// subjects and tenants, forgetting a subject, notices that never change,
// concurrent appends and cancelled contexts.
func TestStore(t *testing.T, newStore NewStore) {
	t.Helper()
	ctx := context.Background()
	base := time.Date(2026, 3, 4, 5, 6, 7, 123456000, time.UTC)
	notice := consent.NoticeRef{ID: "bot-notice", Version: "3", SHA256: consent.NoticeHash("notice text")}
	event := func(tenant, subject string, seq uint64) consent.Event {
		at := base.Add(time.Duration(seq) * time.Minute)
		return consent.Event{
			ID: "00000000-0000-4000-8000-00000000000" + string(rune('0'+seq%10)), Tenant: tenant, Subject: subject,
			Seq: seq, Kind: consent.EventGrant,
			Purposes: []consent.Purpose{consent.PurposeAnalytics, "marketing.communications.email"},
			Time:     at, Expires: at.Add(365 * 24 * time.Hour),
			Source: consent.SourceUI, Jurisdiction: "US-CA", Notice: notice,
		}
	}

	t.Run("EmptySubject", func(t *testing.T) {
		s := newStore(t)
		evs, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Empty(t, evs)
	})

	t.Run("RoundTripInSeqOrder", func(t *testing.T) {
		s := newStore(t)
		want := []consent.Event{event("acme", "cust-1", 1), event("acme", "cust-1", 2), event("acme", "cust-1", 3)}
		want[1].Kind, want[1].Expires, want[1].Notice, want[1].Jurisdiction = consent.EventWithdraw, time.Time{}, consent.NoticeRef{}, ""
		want[1].Purposes = []consent.Purpose{consent.PurposeAnalytics}
		want[2].Kind, want[2].Source, want[2].Expires = consent.EventOptOut, consent.SourceGPC, time.Time{}
		for _, ev := range want {
			require.NoError(t, s.Append(ctx, ev))
		}
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assertEvents(t, want, got)
	})

	t.Run("AppendNeedsNextSeq", func(t *testing.T) {
		s := newStore(t)
		assert.ErrorIs(t, s.Append(ctx, event("acme", "cust-1", 2)), consent.ErrConflict, "first event must be seq 1")
		first := event("acme", "cust-1", 1)
		require.NoError(t, s.Append(ctx, first))
		dup := event("acme", "cust-1", 1)
		dup.Kind = consent.EventWithdraw
		assert.ErrorIs(t, s.Append(ctx, dup), consent.ErrConflict, "a seq is never written twice")
		assert.ErrorIs(t, s.Append(ctx, event("acme", "cust-1", 3)), consent.ErrConflict, "no gaps")
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assertEvents(t, []consent.Event{first}, got)
	})

	t.Run("CopiesInAndOut", func(t *testing.T) {
		s := newStore(t)
		ev := event("acme", "cust-1", 1)
		require.NoError(t, s.Append(ctx, ev))
		ev.Purposes[0] = "train_ai_system"
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, consent.PurposeAnalytics, got[0].Purposes[0], "changing the appended event changed the store")
		got[0].Purposes[0] = "train_ai_system"
		got[0].Kind = consent.EventWithdraw
		again, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Equal(t, consent.PurposeAnalytics, again[0].Purposes[0], "changing a returned event changed the store")
		assert.Equal(t, consent.EventGrant, again[0].Kind)
	})

	t.Run("SubjectsAndTenantsAreIsolated", func(t *testing.T) {
		s := newStore(t)
		refs := [][2]string{{"acme", "cust-1"}, {"acme", "cust-2"}, {"other", "cust-1"}, {"acm", "ecust-1"}}
		for i, r := range refs {
			for seq := uint64(1); seq <= uint64(i+1); seq++ {
				require.NoError(t, s.Append(ctx, event(r[0], r[1], seq)))
			}
		}
		for i, r := range refs {
			got, err := s.Events(ctx, r[0], r[1])
			require.NoError(t, err)
			assert.Len(t, got, i+1, "events of %s/%s", r[0], r[1])
			for _, ev := range got {
				assert.Equal(t, r[0], ev.Tenant)
				assert.Equal(t, r[1], ev.Subject)
			}
		}
	})

	t.Run("ForgetSubject", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.PutNotice(ctx, "acme", consent.Notice{ID: notice.ID, Version: notice.Version, Text: "notice text", SHA256: notice.SHA256, Published: base}))
		for _, r := range [][2]string{{"acme", "cust-1"}, {"acme", "cust-2"}, {"other", "cust-1"}} {
			require.NoError(t, s.Append(ctx, event(r[0], r[1], 1)))
		}
		require.NoError(t, s.ForgetSubject(ctx, "acme", "cust-1"))
		require.NoError(t, s.ForgetSubject(ctx, "acme", "never-seen"), "forgetting an unknown subject")
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Empty(t, got)
		for _, r := range [][2]string{{"acme", "cust-2"}, {"other", "cust-1"}} {
			got, err := s.Events(ctx, r[0], r[1])
			require.NoError(t, err)
			assert.Len(t, got, 1, "forgetting one subject touched %s/%s", r[0], r[1])
		}
		_, err = s.Notice(ctx, "acme", notice.ID, notice.Version)
		assert.NoError(t, err, "notices survive forgetting a subject")
		require.NoError(t, s.Append(ctx, event("acme", "cust-1", 1)), "a forgotten subject starts again at seq 1")
	})

	t.Run("Notices", func(t *testing.T) {
		s := newStore(t)
		n := consent.Notice{ID: notice.ID, Version: notice.Version, Language: "de-CH", Text: "notice text", SHA256: notice.SHA256, Published: base}
		_, err := s.Notice(ctx, "acme", n.ID, n.Version)
		assert.ErrorIs(t, err, consent.ErrUnknownNotice)
		require.NoError(t, s.PutNotice(ctx, "acme", n))
		got, err := s.Notice(ctx, "acme", n.ID, n.Version)
		require.NoError(t, err)
		assertNotice(t, n, got)

		again := n
		again.Published = base.Add(time.Hour)
		require.NoError(t, s.PutNotice(ctx, "acme", again), "publishing the same text again")
		got, err = s.Notice(ctx, "acme", n.ID, n.Version)
		require.NoError(t, err)
		assertNotice(t, n, got)

		changed := n
		changed.Text, changed.SHA256 = "other text", consent.NoticeHash("other text")
		assert.ErrorIs(t, s.PutNotice(ctx, "acme", changed), consent.ErrNoticeConflict)
		got, err = s.Notice(ctx, "acme", n.ID, n.Version)
		require.NoError(t, err)
		assertNotice(t, n, got)

		for _, k := range [][3]string{{"other", n.ID, n.Version}, {"acme", n.ID, "4"}, {"acme", "other", n.Version}} {
			_, err := s.Notice(ctx, k[0], k[1], k[2])
			assert.ErrorIs(t, err, consent.ErrUnknownNotice, "notice %v", k)
		}
		v4 := changed
		v4.Version = "4"
		require.NoError(t, s.PutNotice(ctx, "acme", v4), "a new version")
		require.NoError(t, s.PutNotice(ctx, "other", changed), "another tenant's notice of the same ID")
	})

	t.Run("ConcurrentAppendOneWins", func(t *testing.T) {
		s := newStore(t)
		const n = 16
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			wg.Go(func() {
				ev := event("acme", "cust-1", 1)
				ev.Jurisdiction = "J" + string(rune('a'+i))
				errs[i] = s.Append(ctx, ev)
			})
		}
		wg.Wait()
		wins := 0
		for _, err := range errs {
			if err == nil {
				wins++
			} else {
				assert.ErrorIs(t, err, consent.ErrConflict)
			}
		}
		assert.Equal(t, 1, wins)
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Len(t, got, 1)
	})

	t.Run("CancelledContext", func(t *testing.T) {
		s := newStore(t)
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		checks := map[string]error{
			"Append":        s.Append(cctx, event("acme", "cust-1", 1)),
			"ForgetSubject": s.ForgetSubject(cctx, "acme", "cust-1"),
			"PutNotice":     s.PutNotice(cctx, "acme", consent.Notice{ID: "n", Version: "1", SHA256: consent.NoticeHash("")}),
		}
		_, checks["Events"] = s.Events(cctx, "acme", "cust-1")
		_, checks["Notice"] = s.Notice(cctx, "acme", "n", "1")
		for name, err := range checks {
			assert.True(t, errors.Is(err, context.Canceled), "%s with a cancelled context: got %v", name, err)
		}
		got, err := s.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		assert.Empty(t, got, "a cancelled append stored something")
	})
}

func assertEvents(t *testing.T, want, got []consent.Event) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		w, g := want[i], got[i]
		assert.True(t, w.Time.Equal(g.Time), "event %d: time %v, want %v", i, g.Time, w.Time)
		assert.True(t, w.Expires.Equal(g.Expires), "event %d: expires %v, want %v", i, g.Expires, w.Expires)
		w.Time, w.Expires, g.Time, g.Expires = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		assert.Equal(t, w, g, "event %d", i)
	}
}

func assertNotice(t *testing.T, want, got consent.Notice) {
	t.Helper()
	assert.True(t, want.Published.Equal(got.Published), "published %v, want %v", got.Published, want.Published)
	want.Published, got.Published = time.Time{}, time.Time{}
	assert.Equal(t, want, got)
}
