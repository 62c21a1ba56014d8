package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/confide-dev/confide/audit"
)

// auditMigration creates the audit log's tables. An event is stored as
// the canonical JSON its hash covers (payload) and that hash; the head
// table holds each tenant's last sequence number and hash, and its row is
// what an append locks, so that writers in many processes form one chain.
// Audit events hold IDs, types and counts only, so nothing here is sealed.
var auditMigration = map[Dialect][]string{
	SQLite: {
		`CREATE TABLE confide_audit_events (
			tenant TEXT NOT NULL,
			seq INTEGER NOT NULL,
			hash BLOB NOT NULL,
			payload BLOB NOT NULL,
			recorded_at INTEGER NOT NULL,
			PRIMARY KEY (tenant, seq)
		) WITHOUT ROWID`,
		`CREATE TABLE confide_audit_heads (
			tenant TEXT NOT NULL PRIMARY KEY,
			seq INTEGER NOT NULL,
			hash BLOB NOT NULL
		) WITHOUT ROWID`,
		`CREATE TABLE confide_audit_checkpoints (
			tenant TEXT NOT NULL,
			seq INTEGER NOT NULL,
			payload BLOB NOT NULL,
			PRIMARY KEY (tenant, seq)
		) WITHOUT ROWID`,
	},
	Postgres: {
		`CREATE TABLE confide_audit_events (
			tenant TEXT NOT NULL,
			seq BIGINT NOT NULL,
			hash BYTEA NOT NULL,
			payload BYTEA NOT NULL,
			recorded_at BIGINT NOT NULL,
			PRIMARY KEY (tenant, seq)
		)`,
		`CREATE TABLE confide_audit_heads (
			tenant TEXT NOT NULL PRIMARY KEY,
			seq BIGINT NOT NULL,
			hash BYTEA NOT NULL
		)`,
		`CREATE TABLE confide_audit_checkpoints (
			tenant TEXT NOT NULL,
			seq BIGINT NOT NULL,
			payload BYTEA NOT NULL,
			PRIMARY KEY (tenant, seq)
		)`,
	},
}

// AuditStore is the [audit.Store] of a [DB]: each tenant's chain of audit
// events and its checkpoints. Appends to one tenant's chain are serialised
// by a transaction that locks the tenant's head row (SELECT ... FOR UPDATE
// on PostgreSQL; BEGIN IMMEDIATE on SQLite), so any number of processes
// sharing the database keep one valid chain per tenant. Reads return
// events exactly as their hashes cover them, for [audit.VerifyStore].
//
// [DB.DeleteSubject] leaves the audit log alone: its events hold IDs and
// counts, not customer data, and are the record that the erasure
// happened. [AuditStore.DeleteTenant] removes a tenant's whole log.
type AuditStore struct {
	db *DB
}

// Audit returns the audit log store of the database.
func (d *DB) Audit() *AuditStore { return &AuditStore{db: d} }

// Append implements [audit.Sink].
func (s *AuditStore) Append(ctx context.Context, e audit.Event) (audit.Event, error) {
	done, err := s.db.enter()
	if err != nil {
		return audit.Event{}, fmt.Errorf("store: audit append: %w", err)
	}
	defer done()
	if err := ctx.Err(); err != nil {
		return audit.Event{}, fmt.Errorf("store: audit append: %w", err)
	}
	if err := e.Validate(); err != nil {
		return audit.Event{}, fmt.Errorf("store: audit append: %w", err)
	}
	tenant := e.Scope.Tenant
	var out audit.Event
	err = s.db.writeTx(ctx, func(q querier) error {
		head, err := s.lockHead(ctx, q, tenant)
		if err != nil {
			return err
		}
		if out, err = audit.Link(head, e); err != nil {
			return err
		}
		payload, err := out.Canonical()
		if err != nil {
			return err
		}
		if _, err := q.ExecContext(ctx, s.db.rebind("INSERT INTO confide_audit_events (tenant, seq, hash, payload, recorded_at) VALUES (?, ?, ?, ?, ?)"),
			tenant, int64(out.Seq), out.Hash[:], payload, out.Time.UnixNano()); err != nil {
			return err
		}
		_, err = q.ExecContext(ctx, s.db.rebind(`INSERT INTO confide_audit_heads (tenant, seq, hash) VALUES (?, ?, ?)
			ON CONFLICT (tenant) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`), tenant, int64(out.Seq), out.Hash[:])
		return err
	})
	if err != nil {
		return audit.Event{}, fmt.Errorf("store: audit append: %w", err)
	}
	return out, nil
}

// lockHead reads the tenant's head inside the append's transaction and
// holds it until the transaction ends. On PostgreSQL the row is created
// first if missing, so that there is a row to lock even for a tenant's
// first event; on SQLite the transaction already holds the write lock.
func (s *AuditStore) lockHead(ctx context.Context, q querier, tenant string) (audit.Head, error) {
	query := "SELECT seq, hash FROM confide_audit_heads WHERE tenant = ?"
	if s.db.dialect == Postgres {
		if _, err := q.ExecContext(ctx, s.db.rebind("INSERT INTO confide_audit_heads (tenant, seq, hash) VALUES (?, 0, ?) ON CONFLICT DO NOTHING"),
			tenant, make([]byte, len(audit.Hash{}))); err != nil {
			return audit.Head{}, err
		}
		query += " FOR UPDATE"
	}
	var seq int64
	var hash []byte
	err := q.QueryRowContext(ctx, s.db.rebind(query), tenant).Scan(&seq, &hash)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return audit.Head{}, nil
	case err != nil:
		return audit.Head{}, err
	case seq < 0 || len(hash) != len(audit.Hash{}):
		return audit.Head{}, fmt.Errorf("%w: the chain head is malformed", audit.ErrTampered)
	}
	h := audit.Head{Seq: uint64(seq)}
	copy(h.Hash[:], hash)
	return h, nil
}

// AppendCheckpoint implements [audit.Sink].
func (s *AuditStore) AppendCheckpoint(ctx context.Context, c audit.Checkpoint) error {
	done, err := s.db.enter()
	if err != nil {
		return fmt.Errorf("store: audit checkpoint: %w", err)
	}
	defer done()
	payload, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("store: audit checkpoint: %w", err)
	}
	res, err := s.db.sql.ExecContext(ctx, s.db.rebind("INSERT INTO confide_audit_checkpoints (tenant, seq, payload) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
		c.Tenant, int64(c.Seq), payload)
	if err != nil {
		return fmt.Errorf("store: audit checkpoint: %w", err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: audit checkpoint: %w", err)
	} else if n == 1 {
		return nil
	}
	var stored []byte
	if err := s.db.sql.QueryRowContext(ctx, s.db.rebind("SELECT payload FROM confide_audit_checkpoints WHERE tenant = ? AND seq = ?"),
		c.Tenant, int64(c.Seq)).Scan(&stored); err != nil {
		return fmt.Errorf("store: audit checkpoint: %w", err)
	}
	var old audit.Checkpoint
	if err := json.Unmarshal(stored, &old); err != nil || old.Hash != c.Hash {
		return fmt.Errorf("store: audit checkpoint: %w: another checkpoint exists at this sequence number", audit.ErrInvalid)
	}
	return nil
}

// Events implements [audit.Reader].
func (s *AuditStore) Events(ctx context.Context, tenant string, after uint64, limit int) ([]audit.Event, error) {
	done, err := s.db.enter()
	if err != nil {
		return nil, fmt.Errorf("store: audit events: %w", err)
	}
	defer done()
	query := "SELECT seq, hash, payload FROM confide_audit_events WHERE tenant = ? AND seq > ? ORDER BY seq"
	if limit > 0 {
		query += " LIMIT " + strconv.Itoa(limit)
	}
	rows, err := s.db.sql.QueryContext(ctx, s.db.rebind(query), tenant, clampSeq(after))
	if err != nil {
		return nil, fmt.Errorf("store: audit events: %w", err)
	}
	defer rows.Close()
	var out []audit.Event
	for rows.Next() {
		var seq int64
		var hash, payload []byte
		if err := rows.Scan(&seq, &hash, &payload); err != nil {
			return nil, fmt.Errorf("store: audit events: %w", err)
		}
		e, err := audit.DecodeEvent(payload)
		if err != nil || len(hash) != len(audit.Hash{}) {
			return nil, fmt.Errorf("store: audit event %d: %w", seq, audit.ErrTampered)
		}
		// The hash column is what the chain links; the payload's own
		// sequence number stays as stored, for Verify to compare.
		copy(e.Hash[:], hash)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: audit events: %w", err)
	}
	if out == nil {
		out = []audit.Event{}
	}
	return out, nil
}

// Checkpoints implements [audit.Reader].
func (s *AuditStore) Checkpoints(ctx context.Context, tenant string) ([]audit.Checkpoint, error) {
	done, err := s.db.enter()
	if err != nil {
		return nil, fmt.Errorf("store: audit checkpoints: %w", err)
	}
	defer done()
	rows, err := s.db.sql.QueryContext(ctx, s.db.rebind("SELECT seq, payload FROM confide_audit_checkpoints WHERE tenant = ? ORDER BY seq"), tenant)
	if err != nil {
		return nil, fmt.Errorf("store: audit checkpoints: %w", err)
	}
	defer rows.Close()
	out := []audit.Checkpoint{}
	for rows.Next() {
		var seq int64
		var payload []byte
		if err := rows.Scan(&seq, &payload); err != nil {
			return nil, fmt.Errorf("store: audit checkpoints: %w", err)
		}
		var c audit.Checkpoint
		dec := json.NewDecoder(bytes.NewReader(payload))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("store: audit checkpoint %d: %w", seq, audit.ErrTampered)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: audit checkpoints: %w", err)
	}
	return out, nil
}

// Tenants returns the tenants that have an audit log, in order.
func (s *AuditStore) Tenants(ctx context.Context) ([]string, error) {
	done, err := s.db.enter()
	if err != nil {
		return nil, fmt.Errorf("store: audit tenants: %w", err)
	}
	defer done()
	rows, err := s.db.sql.QueryContext(ctx, "SELECT tenant FROM confide_audit_heads WHERE seq > 0 ORDER BY tenant")
	if err != nil {
		return nil, fmt.Errorf("store: audit tenants: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("store: audit tenants: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: audit tenants: %w", err)
	}
	return out, nil
}

// DeleteTenant deletes a tenant's whole audit log, events, checkpoints
// and head, when the tenant leaves; other tenants' chains are untouched.
// It returns how many events it deleted.
func (s *AuditStore) DeleteTenant(ctx context.Context, tenant string) (int64, error) {
	done, err := s.db.enter()
	if err != nil {
		return 0, fmt.Errorf("store: audit delete tenant: %w", err)
	}
	defer done()
	var n int64
	err = s.db.writeTx(ctx, func(q querier) error {
		for i, table := range []string{"confide_audit_events", "confide_audit_checkpoints", "confide_audit_heads"} {
			res, err := q.ExecContext(ctx, s.db.rebind("DELETE FROM "+table+" WHERE tenant = ?"), tenant)
			if err != nil {
				return err
			}
			if i == 0 {
				if n, err = res.RowsAffected(); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: audit delete tenant: %w", err)
	}
	return n, nil
}

// clampSeq converts a sequence number to the database's signed integers.
func clampSeq(seq uint64) int64 {
	if seq > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(seq)
}
