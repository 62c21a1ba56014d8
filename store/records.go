package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
)

// records is one table of sealed record sequences, one sequence per scope,
// each record sealed under Binding{scope, kind, seq}.
type records struct {
	db     *DB
	table  string
	kind   string
	sealer *encrypt.Sealer
}

// errRace means another writer appended between the read of the next
// sequence number and the transaction: seal again and retry.
var errRace = errors.New("store: concurrent append")

// maxAppendAttempts bounds the retries of an append that keeps losing the
// race to writers in other processes.
const maxAppendAttempts = 64

func (r *records) binding(s chat.Scope, seq uint64) encrypt.Binding {
	return encrypt.Binding{Tenant: s.Tenant, Subject: s.Subject, Conversation: s.Conversation, Kind: r.kind, Seq: seq}
}

func (r *records) check(ctx context.Context, s chat.Scope) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.Validate(); err != nil {
		return err
	}
	if r.sealer == nil {
		return fmt.Errorf("%w: nil sealer", ErrInvalid)
	}
	return nil
}

// nextSeq returns the sequence number after the scope's last record.
func (r *records) nextSeq(ctx context.Context, q querier, s chat.Scope) (int64, error) {
	var next int64
	err := q.QueryRowContext(ctx, r.db.rebind("SELECT COALESCE(MAX(seq) + 1, 0) FROM "+r.table+
		" WHERE tenant = ? AND subject = ? AND conversation = ?"), s.Tenant, s.Subject, s.Conversation).Scan(&next)
	return next, err
}

// append seals plaintexts as the next records of s and stores them, all or
// none. The sealing happens outside the transaction, because it may need
// the key store (creating a subject's keyset is a write), which on SQLite
// would wait for the write lock this transaction holds.
func (r *records) append(ctx context.Context, s chat.Scope, plaintexts [][]byte) error {
	done, err := r.db.enter()
	if err != nil {
		return err
	}
	defer done()
	if len(plaintexts) == 0 {
		return nil
	}
	unlock := r.db.lockScope(r.table, s)
	defer unlock()

	insert := r.db.rebind("INSERT INTO " + r.table + " (tenant, subject, conversation, seq, sealed, created_at)" +
		" VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
	sealed := make([][]byte, len(plaintexts))
	for attempt := 1; ; attempt++ {
		next, err := r.nextSeq(ctx, r.db.sql, s)
		if err != nil {
			return err
		}
		for i, pt := range plaintexts {
			if sealed[i], err = r.sealer.Seal(ctx, r.binding(s, uint64(next)+uint64(i)), pt); err != nil {
				return fmt.Errorf("%s %d: %w", r.kind, i, err)
			}
		}
		now := r.db.now().UnixNano()
		err = r.db.writeTx(ctx, func(q querier) error {
			again, err := r.nextSeq(ctx, q, s)
			if err != nil {
				return err
			}
			if again != next {
				return errRace
			}
			for i, b := range sealed {
				res, err := q.ExecContext(ctx, insert, s.Tenant, s.Subject, s.Conversation, next+int64(i), b, now)
				if err != nil {
					return err
				}
				if n, err := res.RowsAffected(); err != nil {
					return err
				} else if n != 1 {
					// A writer in another transaction took this number
					// first (PostgreSQL, read committed).
					return errRace
				}
			}
			return nil
		})
		if !errors.Is(err, errRace) {
			return err
		}
		if attempt == maxAppendAttempts {
			return fmt.Errorf("gave up after %d attempts: %w", attempt, errRace)
		}
		// Let the other writer finish before reading the sequence again.
		t := time.NewTimer(time.Duration(rand.Int64N(int64(attempt) * int64(time.Millisecond))))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// load reads the scope's records in order and opens each. It fails on the
// first record that does not open, with a [RecordError].
func (r *records) load(ctx context.Context, s chat.Scope) ([][]byte, error) {
	done, err := r.db.enter()
	if err != nil {
		return nil, err
	}
	defer done()
	type row struct {
		seq    int64
		sealed []byte
	}
	var stored []row
	// Read every row before opening any: opening may query the key store,
	// and a pool limited to one connection must not deadlock on it.
	rows, err := r.db.sql.QueryContext(ctx, r.db.rebind("SELECT seq, sealed FROM "+r.table+
		" WHERE tenant = ? AND subject = ? AND conversation = ? ORDER BY seq"), s.Tenant, s.Subject, s.Conversation)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var w row
		if err := rows.Scan(&w.seq, &w.sealed); err != nil {
			rows.Close()
			return nil, err
		}
		stored = append(stored, w)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([][]byte, len(stored))
	for i, w := range stored {
		// Retention deletes a prefix, so a sequence may start anywhere, but
		// a hole in the middle means a record was removed behind our back.
		if i > 0 && w.seq != stored[i-1].seq+1 {
			return nil, &RecordError{Kind: r.kind, Seq: uint64(stored[i-1].seq + 1), Err: ErrMissingRecord}
		}
		pt, err := r.sealer.Open(ctx, r.binding(s, uint64(w.seq)), w.sealed)
		if err != nil {
			return nil, &RecordError{Kind: r.kind, Seq: uint64(w.seq), Err: err}
		}
		out[i] = pt
	}
	return out, nil
}

func (r *records) delete(ctx context.Context, s chat.Scope) error {
	done, err := r.db.enter()
	if err != nil {
		return err
	}
	defer done()
	_, err = r.db.sql.ExecContext(ctx, r.db.rebind("DELETE FROM "+r.table+
		" WHERE tenant = ? AND subject = ? AND conversation = ?"), s.Tenant, s.Subject, s.Conversation)
	return err
}
