package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/confide-dev/confide/encrypt"
)

// KeyStore is the [encrypt.KeyStore] of a [DB]: wrapped subject keysets in
// the table confide_keysets. Get it from [DB.Keys]. It is safe for
// concurrent use, also by several processes sharing the database: Create is
// an INSERT that does nothing on conflict, Update an UPDATE conditioned on
// the revision.
//
// Update overwrites the wrapped bytes in place. On SQLite, secure_delete
// (set by [OpenSQLite] and [SQLiteDSN]) zeroes the old bytes in the file,
// and an Update that writes a tombstone also checkpoints and truncates the
// write-ahead log, so a forgotten subject's wrapped keyset does not linger
// in either file. On PostgreSQL the old row version stays in the table
// file until VACUUM reclaims it (autovacuum does, eventually); run VACUUM
// on confide_keysets after forgetting if that delay matters.
type KeyStore struct {
	db *DB
}

var _ encrypt.KeyStore = (*KeyStore)(nil)

const keysetColumns = "tenant, subject, kek_id, wrapped, version, min_version, revision, created_at, rotated_at, forgotten_at"

// idBytes stores an ID as bytes: never NULL, even when empty.
func idBytes(s string) []byte {
	if s == "" {
		return []byte{}
	}
	return []byte(s)
}

func nanos(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixNano(), Valid: true}
}

func fromNanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

func keysetArgs(ks encrypt.WrappedKeyset) ([]any, error) {
	if ks.Revision > math.MaxInt64 {
		return nil, fmt.Errorf("%w: revision out of range", encrypt.ErrInvalid)
	}
	return []any{idBytes(ks.Tenant), idBytes(ks.Subject), ks.KEKID, ks.Wrapped,
		int64(ks.Version), int64(ks.MinVersion), int64(ks.Revision),
		nanos(ks.Created), nanos(ks.Rotated), nanos(ks.Forgotten)}, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanKeyset(row scanner) (encrypt.WrappedKeyset, error) {
	var (
		ks                         encrypt.WrappedKeyset
		tenant, subject, wrapped   []byte
		version, minVersion, rev   int64
		created, rotated, forgoten sql.NullInt64
	)
	if err := row.Scan(&tenant, &subject, &ks.KEKID, &wrapped, &version, &minVersion, &rev, &created, &rotated, &forgoten); err != nil {
		return ks, err
	}
	ks.Tenant, ks.Subject = string(tenant), string(subject)
	if len(wrapped) > 0 {
		ks.Wrapped = wrapped
	}
	ks.Version, ks.MinVersion, ks.Revision = uint32(version), uint32(minVersion), uint64(rev)
	ks.Created, ks.Rotated, ks.Forgotten = fromNanos(created), fromNanos(rotated), fromNanos(forgoten)
	return ks, nil
}

// Get implements [encrypt.KeyStore].
func (k *KeyStore) Get(ctx context.Context, tenant, subject string) (encrypt.WrappedKeyset, error) {
	done, err := k.db.enter()
	if err != nil {
		return encrypt.WrappedKeyset{}, fmt.Errorf("store: keys: get: %w", err)
	}
	defer done()
	row := k.db.sql.QueryRowContext(ctx, k.db.rebind("SELECT "+keysetColumns+" FROM confide_keysets WHERE tenant = ? AND subject = ?"),
		idBytes(tenant), idBytes(subject))
	ks, err := scanKeyset(row)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return ks, fmt.Errorf("store: keys: get: %w", encrypt.ErrNoKeyset)
	case err != nil:
		return ks, fmt.Errorf("store: keys: get: %w", err)
	}
	return ks, nil
}

// Create implements [encrypt.KeyStore].
func (k *KeyStore) Create(ctx context.Context, ks encrypt.WrappedKeyset) error {
	done, err := k.db.enter()
	if err != nil {
		return fmt.Errorf("store: keys: create: %w", err)
	}
	defer done()
	args, err := keysetArgs(ks)
	if err != nil {
		return fmt.Errorf("store: keys: create: %w", err)
	}
	res, err := k.db.sql.ExecContext(ctx, k.db.rebind("INSERT INTO confide_keysets ("+keysetColumns+
		") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant, subject) DO NOTHING"), args...)
	if err != nil {
		return fmt.Errorf("store: keys: create: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: keys: create: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("store: keys: create: %w", encrypt.ErrExists)
	}
	return nil
}

// Update implements [encrypt.KeyStore]. See [KeyStore] for what becomes of
// the replaced bytes.
func (k *KeyStore) Update(ctx context.Context, ks encrypt.WrappedKeyset, prevRevision uint64) error {
	done, err := k.db.enter()
	if err != nil {
		return fmt.Errorf("store: keys: update: %w", err)
	}
	defer done()
	args, err := keysetArgs(ks)
	if err != nil {
		return fmt.Errorf("store: keys: update: %w", err)
	}
	if prevRevision > math.MaxInt64 {
		return fmt.Errorf("store: keys: update: %w", encrypt.ErrConflict)
	}
	res, err := k.db.sql.ExecContext(ctx, k.db.rebind(`UPDATE confide_keysets SET kek_id = ?, wrapped = ?, version = ?,
		min_version = ?, revision = ?, created_at = ?, rotated_at = ?, forgotten_at = ?
		WHERE tenant = ? AND subject = ? AND revision = ?`),
		append(args[2:], args[0], args[1], int64(prevRevision))...)
	if err != nil {
		return fmt.Errorf("store: keys: update: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: keys: update: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("store: keys: update: %w", encrypt.ErrConflict)
	}
	if ks.IsTombstone() && k.db.dialect == SQLite {
		// The old page images, wrapped keyset included, are still in the
		// write-ahead log: move them into the file (where secure_delete
		// has zeroed the old bytes) and empty the log. Best effort: a
		// reader may hold the log, and the next checkpoint catches up.
		_, _ = k.db.sql.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	}
	return nil
}

// List implements [encrypt.KeyStore].
func (k *KeyStore) List(ctx context.Context, after encrypt.SubjectRef, limit int) ([]encrypt.WrappedKeyset, error) {
	done, err := k.db.enter()
	if err != nil {
		return nil, fmt.Errorf("store: keys: list: %w", err)
	}
	defer done()
	if limit <= 0 {
		return nil, fmt.Errorf("store: keys: list: %w: limit %d", encrypt.ErrInvalid, limit)
	}
	rows, err := k.db.sql.QueryContext(ctx, k.db.rebind("SELECT "+keysetColumns+
		" FROM confide_keysets WHERE tenant > ? OR (tenant = ? AND subject > ?) ORDER BY tenant, subject LIMIT ?"),
		idBytes(after.Tenant), idBytes(after.Tenant), idBytes(after.Subject), limit)
	if err != nil {
		return nil, fmt.Errorf("store: keys: list: %w", err)
	}
	defer rows.Close()
	var out []encrypt.WrappedKeyset
	for rows.Next() {
		ks, err := scanKeyset(rows)
		if err != nil {
			return nil, fmt.Errorf("store: keys: list: %w", err)
		}
		out = append(out, ks)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: keys: list: %w", err)
	}
	return out, nil
}
