package store_test

import (
	"context"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/consent/consenttest"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConsentStoreConformance(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		consenttest.TestStore(t, func(t *testing.T) consent.Store {
			db, _ := b.fresh(t)
			return db.Consent()
		})
	})
}

// TestConsentNoUpdatePath proves the ledger is append-only twice: the store
// offers nothing but the methods of consent.Store, and the database itself
// refuses to update a row, whoever asks.
func TestConsentNoUpdatePath(t *testing.T) {
	iface := reflect.TypeFor[consent.Store]()
	var want []string
	for m := range iface.Methods() {
		want = append(want, m.Name)
	}
	impl := reflect.TypeFor[*store.ConsentStore]()
	var got []string
	for m := range impl.Methods() {
		got = append(got, m.Name)
	}
	slices.Sort(want)
	assert.Equal(t, want, got, "*store.ConsentStore has exactly the methods of consent.Store")

	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, dsn := b.fresh(t)
		l, err := consent.NewLedger(db.Consent(), consent.Options{})
		require.NoError(t, err)
		n, err := l.PublishNotice(ctx, "acme", consent.Notice{ID: "bot-notice", Version: "1", Text: "We keep transcripts for 30 days."})
		require.NoError(t, err)
		ev, err := l.Grant(ctx, consent.Choice{Tenant: "acme", Subject: "cust-1", Purposes: []consent.Purpose{consent.PurposeAnalytics}, Notice: n.Ref()})
		require.NoError(t, err)

		raw := b.raw(t, dsn)
		for _, q := range []string{
			"UPDATE confide_consent_events SET kind = 'withdraw'",
			"UPDATE confide_consent_events SET seq = seq + 1",
			"UPDATE confide_consent_notices SET text = 'We keep nothing.'",
		} {
			_, err := raw.db.Exec(q)
			assert.ErrorContains(t, err, "append-only", q)
		}
		evs, err := l.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		require.Len(t, evs, 1)
		assert.Equal(t, ev.ID, evs[0].ID)
		assert.Equal(t, consent.EventGrant, evs[0].Kind)
		got, err := l.Notice(ctx, "acme", n.ID, n.Version)
		require.NoError(t, err)
		assert.Equal(t, n.Text, got.Text)
	})
}

// TestConsentConcurrentLedgers plays two instances, each with its own DB
// handle and ledger, recording choices for one subject at once: the
// ledger's retry on ErrConflict must leave gapless sequence numbers and
// times that never decrease.
func TestConsentConcurrentLedgers(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db1, dsn := b.fresh(t)
		db2 := b.handle(t, dsn)
		var ledgers []*consent.Ledger
		for _, db := range []*store.DB{db1, db2} {
			l, err := consent.NewLedger(db.Consent(), consent.Options{})
			require.NoError(t, err)
			ledgers = append(ledgers, l)
		}
		n, err := ledgers[0].PublishNotice(ctx, "acme", consent.Notice{ID: "bot-notice", Version: "1", Text: "notice"})
		require.NoError(t, err)
		choice := consent.Choice{Tenant: "acme", Subject: "cust-1", Purposes: []consent.Purpose{consent.PurposeAnalytics}, Notice: n.Ref()}

		const perLedger, each = 3, 8
		var wg sync.WaitGroup
		for _, l := range ledgers {
			for w := range perLedger {
				wg.Go(func() {
					for i := range each {
						var err error
						if (w+i)%2 == 0 {
							_, err = l.Grant(ctx, choice)
						} else {
							_, err = l.Withdraw(ctx, choice)
						}
						assert.NoError(t, err)
					}
				})
			}
		}
		wg.Wait()

		evs, err := ledgers[1].Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		require.Len(t, evs, 2*perLedger*each)
		ids := map[string]bool{}
		for i, ev := range evs {
			assert.EqualValues(t, i+1, ev.Seq, "sequence numbers are gapless")
			if i > 0 {
				assert.False(t, ev.Time.Before(evs[i-1].Time), "times never decrease along Seq")
			}
			assert.False(t, ids[ev.ID], "event IDs are unique")
			ids[ev.ID] = true
		}
	})
}

// TestConsentForgetAndClose checks what the conformance suite cannot see:
// forgetting leaves no row behind, and a closed DB refuses every call.
func TestConsentForgetAndClose(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, dsn := b.fresh(t)
		cs := db.Consent()
		at := time.Date(2026, 3, 4, 5, 6, 7, 123456789, time.UTC)
		ev := consent.Event{ID: "e1", Tenant: "acme", Subject: "cust-1", Seq: 1, Kind: consent.EventGrant,
			Purposes: []consent.Purpose{consent.PurposeAnalytics}, Time: at, Source: consent.SourceUI}
		require.NoError(t, cs.Append(ctx, ev))
		other := ev
		other.Subject = "cust-2"
		require.NoError(t, cs.Append(ctx, other))

		got, err := cs.Events(ctx, "acme", "cust-1")
		require.NoError(t, err)
		require.Len(t, got, 1)
		assert.Equal(t, at.Truncate(time.Microsecond), got[0].Time, "kept to the microsecond, in UTC")
		assert.True(t, got[0].Expires.IsZero())

		bad := ev
		bad.Seq, bad.Jurisdiction = 2, "US\xff"
		assert.ErrorIs(t, cs.Append(ctx, bad), consent.ErrInvalid)
		bad.Jurisdiction = "US\x00"
		assert.ErrorIs(t, cs.Append(ctx, bad), consent.ErrInvalid)
		got, err = cs.Events(ctx, "acme", "cust-1\xff")
		require.NoError(t, err)
		assert.Empty(t, got)

		require.NoError(t, cs.ForgetSubject(ctx, "acme", "cust-1"))
		raw := b.raw(t, dsn)
		var rows int
		require.NoError(t, raw.db.QueryRow(raw.bind("SELECT COUNT(*) FROM confide_consent_events WHERE subject = ?"), "cust-1").Scan(&rows))
		assert.Zero(t, rows, "no row of a forgotten subject remains")
		require.NoError(t, raw.db.QueryRow(raw.bind("SELECT COUNT(*) FROM confide_consent_events WHERE subject = ?"), "cust-2").Scan(&rows))
		assert.Equal(t, 1, rows)

		require.NoError(t, db.Close())
		closed := func(err error) {
			t.Helper()
			assert.ErrorIs(t, err, store.ErrClosed)
		}
		closed(cs.Append(ctx, ev))
		_, err = cs.Events(ctx, "acme", "cust-2")
		closed(err)
		closed(cs.ForgetSubject(ctx, "acme", "cust-2"))
		closed(cs.PutNotice(ctx, "acme", consent.Notice{ID: "n", Version: "1"}))
		_, err = cs.Notice(ctx, "acme", "n", "1")
		closed(err)
	})
}
