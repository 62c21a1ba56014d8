package store_test

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/audit/audittest"
	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuditStoreConformance(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		audittest.TestStore(t, func(t *testing.T) (audit.Store, audit.Store) {
			dsn := b.newDatabase(t)
			return b.handle(t, dsn).Audit(), b.handle(t, dsn).Audit()
		})
	})
}

func auditEvent(i int) audit.Event {
	return audit.Event{
		Scope:     chat.Scope{Tenant: "acme", Subject: fmt.Sprintf("cust-%d", i%5), Conversation: fmt.Sprintf("c-%d", i)},
		Operation: audit.OpTurn, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": i % 3},
		Time: time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC),
	}
}

// TestAuditTwoInstances has two DB handles, as two instances of a service
// would, write one tenant's log at once, each checkpointing; the result is
// one chain that verifies, with every checkpoint.
func TestAuditTwoInstances(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		priv, err := audit.NewSigningKey()
		require.NoError(t, err)
		pub, err := audit.PublicKeyset(priv)
		require.NoError(t, err)
		dsn := b.newDatabase(t)
		dbs := []*audit.Log{}
		for range 2 {
			l, err := audit.NewLog(b.handle(t, dsn).Audit(), audit.Options{SigningKey: priv, CheckpointEvery: 10})
			require.NoError(t, err)
			dbs = append(dbs, l)
		}
		const perWriter, writers = 25, 4
		var wg sync.WaitGroup
		errs := make(chan error, perWriter*writers)
		for w := range writers {
			wg.Go(func() {
				for i := range perWriter {
					if _, err := dbs[w%2].Record(ctx, auditEvent(w*perWriter+i)); err != nil {
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
		reader := b.handle(t, dsn).Audit()
		rep, err := audit.VerifyStore(ctx, reader, "acme", pub)
		require.NoError(t, err, "%v", rep)
		assert.Equal(t, perWriter*writers, rep.Events)
		assert.Equal(t, writers*perWriter/10, rep.Checkpoints)
		assert.Equal(t, uint64(perWriter*writers), rep.Anchored)
		tenants, err := reader.Tenants(ctx)
		require.NoError(t, err)
		assert.Equal(t, []string{"acme"}, tenants)
	})
}

// TestAuditTamperingInTheDatabase edits the tables behind the store's back.
func TestAuditTamperingInTheDatabase(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		priv, err := audit.NewSigningKey()
		require.NoError(t, err)
		pub, err := audit.PublicKeyset(priv)
		require.NoError(t, err)
		setup := func(t *testing.T) (*rawDB, *audit.Log, func() (*audit.VerifyReport, error)) {
			db, dsn := b.fresh(t)
			log, err := audit.NewLog(db.Audit(), audit.Options{SigningKey: priv, CheckpointEvery: 4})
			require.NoError(t, err)
			for i := range 10 {
				_, err := log.Record(ctx, auditEvent(i))
				require.NoError(t, err)
			}
			return b.raw(t, dsn), log, func() (*audit.VerifyReport, error) { return audit.VerifyStore(ctx, db.Audit(), "acme", pub) }
		}

		t.Run("Intact", func(t *testing.T) {
			_, _, verify := setup(t)
			rep, err := verify()
			require.NoError(t, err)
			assert.Equal(t, uint64(8), rep.Anchored)
		})
		t.Run("EditPayload", func(t *testing.T) {
			raw, _, verify := setup(t)
			var payload []byte
			require.NoError(t, raw.db.QueryRow(raw.bind("SELECT payload FROM confide_audit_events WHERE seq = ?"), 3).Scan(&payload))
			edited := bytes.Replace(payload, []byte(`"decision":"allowed"`), []byte(`"decision":"refused"`), 1)
			require.NotEqual(t, payload, edited)
			raw.exec("UPDATE confide_audit_events SET payload = ? WHERE seq = 3", edited)
			rep, err := verify()
			require.ErrorIs(t, err, audit.ErrTampered)
			assert.Equal(t, audit.Problem{Seq: 3, Kind: audit.ProblemEdited}, rep.Problems[0])
		})
		t.Run("DeleteRow", func(t *testing.T) {
			raw, _, verify := setup(t)
			require.EqualValues(t, 1, raw.exec("DELETE FROM confide_audit_events WHERE seq = 6"))
			rep, err := verify()
			require.ErrorIs(t, err, audit.ErrTampered)
			assert.Equal(t, audit.Problem{Seq: 7, Kind: audit.ProblemMissing}, rep.Problems[0])
		})
		t.Run("TruncateTail", func(t *testing.T) {
			raw, _, verify := setup(t)
			require.EqualValues(t, 4, raw.exec("DELETE FROM confide_audit_events WHERE seq > 6"))
			rep, err := verify()
			require.ErrorIs(t, err, audit.ErrTampered)
			assert.Equal(t, audit.Problem{Seq: 8, Kind: audit.ProblemTruncated, Checkpoint: true}, rep.Problems[0])
		})
		t.Run("Garbage", func(t *testing.T) {
			raw, _, verify := setup(t)
			raw.exec("UPDATE confide_audit_events SET payload = ? WHERE seq = 2", []byte("{not json"))
			_, err := verify()
			require.ErrorIs(t, err, audit.ErrTampered)
		})
		t.Run("ChainGoesOnAfterCheckpointOnDemand", func(t *testing.T) {
			_, log, verify := setup(t)
			c, err := log.Checkpoint(ctx, "acme")
			require.NoError(t, err)
			assert.Equal(t, uint64(10), c.Seq)
			rep, err := verify()
			require.NoError(t, err)
			assert.Equal(t, uint64(10), rep.Anchored)
		})
	})
}

func TestAuditDeleteTenant(t *testing.T) {
	forEach(t, func(t *testing.T, b backend) {
		ctx := context.Background()
		db, _ := b.fresh(t)
		s := db.Audit()
		for _, tenant := range []string{"acme", "globex"} {
			for i := range 3 {
				e := auditEvent(i)
				e.Scope.Tenant = tenant
				_, err := s.Append(ctx, e)
				require.NoError(t, err)
			}
		}
		n, err := s.DeleteTenant(ctx, "acme")
		require.NoError(t, err)
		assert.EqualValues(t, 3, n)
		evs, err := s.Events(ctx, "acme", 0, 0)
		require.NoError(t, err)
		assert.Empty(t, evs)
		rep, err := audit.VerifyStore(ctx, s, "globex", nil)
		require.NoError(t, err, "other tenants' chains are untouched")
		assert.Equal(t, 3, rep.Events)
		e, err := s.Append(ctx, audit.Event{Scope: chat.Scope{Tenant: "acme"}, Operation: audit.OpRetention, Decision: audit.DecisionAllowed, Time: time.Now()})
		require.NoError(t, err)
		assert.Equal(t, uint64(1), e.Seq, "a deleted tenant starts a new chain")
		require.NoError(t, db.Close())
		_, err = s.Append(ctx, auditEvent(1))
		assert.Error(t, err)
	})
}
