package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPurger(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		clk := newClock()
		db, dsn := b.fresh(t, store.WithClock(clk.Now))
		s := newKeyring(t).sealer(t, db.Keys(), nil)
		ts, vs := db.Transcripts(s), db.Vaults(s)
		conv2 := chat.Scope{Tenant: scope.Tenant, Subject: "cust-2", Conversation: "conv-2"}
		globex := chat.Scope{Tenant: "globex", Subject: "cust-9", Conversation: "conv-9"}
		entry := func(n int, v string) redact.VaultEntry {
			return redact.VaultEntry{Label: "X", N: n, Placeholder: "<X_" + v + ">", Value: v}
		}
		t0 := clk.Now()

		// At t0: 2 + 1 + 3 messages and 1 + 1 vault entries, in two tenants.
		require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("old q"), chat.AssistantMessage("old a")))
		require.NoError(t, ts.Append(ctx, conv2, chat.UserMessage("old only")))
		require.NoError(t, ts.Append(ctx, globex, chat.UserMessage("g1"), chat.AssistantMessage("g2"), chat.UserMessage("g3")))
		require.NoError(t, vs.AppendVault(ctx, scope, entry(1, "old")))
		require.NoError(t, vs.AppendVault(ctx, globex, entry(1, "gold")))
		// An hour later: 2 + 1 messages and 1 vault entry.
		clk.Advance(time.Hour)
		require.NoError(t, ts.Append(ctx, scope, chat.UserMessage("new q"), chat.AssistantMessage("new a")))
		require.NoError(t, ts.Append(ctx, globex, chat.UserMessage("g4")))
		require.NoError(t, vs.AppendVault(ctx, globex, entry(2, "gnew")))

		raw := b.raw(t, dsn)
		count := func(table string) (n int) {
			require.NoError(t, raw.db.QueryRow("SELECT COUNT(*) FROM "+table).Scan(&n))
			return n
		}
		p := db.Purger()

		// Strictly before: records stored at the cut-off stay.
		for _, kind := range []string{store.KindTranscript, store.KindVault} {
			for _, dry := range []bool{true, false} {
				n, err := p.PurgeBefore(ctx, kind, t0, dry)
				require.NoError(t, err)
				assert.Zero(t, n, "%s dry=%v at t0", kind, dry)
			}
		}

		cut := t0.Add(time.Nanosecond)
		n, err := p.PurgeBefore(ctx, store.KindTranscript, cut, true)
		require.NoError(t, err)
		assert.EqualValues(t, 6, n, "dry run counts the expired messages of every tenant")
		n, err = p.PurgeBefore(ctx, store.KindVault, cut, true)
		require.NoError(t, err)
		assert.EqualValues(t, 2, n)
		assert.Equal(t, 9, count("confide_messages"), "a dry run deletes nothing")
		assert.Equal(t, 3, count("confide_vault_entries"))

		n, err = p.PurgeBefore(ctx, store.KindTranscript, cut, false)
		require.NoError(t, err)
		assert.EqualValues(t, 6, n, "the real run deletes what the dry run counted")
		n, err = p.PurgeBefore(ctx, store.KindVault, cut, false)
		require.NoError(t, err)
		assert.EqualValues(t, 2, n)

		texts := func(s chat.Scope) []string {
			msgs, err := ts.Load(ctx, s)
			require.NoError(t, err)
			var out []string
			for _, m := range msgs {
				out = append(out, m.Text())
			}
			return out
		}
		assert.Equal(t, []string{"new q", "new a"}, texts(scope))
		assert.Empty(t, texts(conv2))
		assert.Equal(t, []string{"g4"}, texts(globex))
		entries, err := vs.LoadVault(ctx, globex)
		require.NoError(t, err)
		require.Len(t, entries, 1)
		assert.Equal(t, "gnew", entries[0].Value)
		entries, err = vs.LoadVault(ctx, scope)
		require.NoError(t, err)
		assert.Empty(t, entries)

		// Through minimize.Purge: a 30-minute policy at t0 + 1h + 29m takes
		// nothing more; at t0 + 1h + 31m it takes the rest.
		policies := []minimize.Retention{
			{Kind: store.KindTranscript, Purpose: "collect.store_transcript", Keep: 30 * time.Minute},
			{Kind: store.KindVault, Purpose: "support", Keep: 30 * time.Minute},
		}
		r, err := minimize.Purge(ctx, policies, db.Purgers(), t0.Add(89*time.Minute), false)
		require.NoError(t, err)
		assert.Zero(t, r.Total())
		r, err = minimize.Purge(ctx, policies, db.Purgers(), t0.Add(91*time.Minute), true)
		require.NoError(t, err)
		assert.EqualValues(t, 4, r.Total())
		assert.Equal(t, 4, count("confide_messages")+count("confide_vault_entries"))
		r, err = minimize.Purge(ctx, policies, db.Purgers(), t0.Add(91*time.Minute), false)
		require.NoError(t, err)
		assert.EqualValues(t, 4, r.Total())
		assert.Zero(t, count("confide_messages")+count("confide_vault_entries"))

		_, err = p.PurgeBefore(ctx, "consent", cut, true)
		assert.ErrorIs(t, err, minimize.ErrRetention, "consent has its own lifetime rules")
		_, err = minimize.Purge(ctx, []minimize.Retention{{Kind: "consent", Keep: time.Hour}}, db.Purgers(), clk.Now(), true)
		assert.ErrorIs(t, err, minimize.ErrRetention)

		// Far cut-offs do not overflow the nanosecond clock.
		for _, at := range []time.Time{time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)} {
			_, err := p.PurgeBefore(ctx, store.KindTranscript, at, true)
			assert.NoError(t, err)
		}

		require.NoError(t, db.Close())
		_, err = p.PurgeBefore(ctx, store.KindTranscript, cut, true)
		assert.ErrorIs(t, err, store.ErrClosed)
	})
}
