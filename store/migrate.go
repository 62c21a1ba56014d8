package store

import (
	"context"
	"fmt"
)

// migrations holds, per dialect, the schema changes in order: migration i
// brings the schema to version i+1. Append only: a released migration never
// changes, since databases in the field record that they applied it.
//
// Scope IDs are plain columns (they are not customer data, see
// chat.Scope); everything customer-provided is in the sealed column.
// Keyset IDs are bytes because encrypt allows any bytes in them and List
// orders them bytewise. Times are Unix nanoseconds, UTC.
var migrations = map[Dialect][][]string{
	SQLite: {{
		`CREATE TABLE confide_keysets (
			tenant BLOB NOT NULL,
			subject BLOB NOT NULL,
			kek_id TEXT NOT NULL,
			wrapped BLOB,
			version INTEGER NOT NULL,
			min_version INTEGER NOT NULL,
			revision INTEGER NOT NULL,
			created_at INTEGER,
			rotated_at INTEGER,
			forgotten_at INTEGER,
			PRIMARY KEY (tenant, subject)
		) WITHOUT ROWID`,
		`CREATE TABLE confide_messages (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			conversation TEXT NOT NULL,
			seq INTEGER NOT NULL,
			sealed BLOB NOT NULL,
			created_at INTEGER NOT NULL,
			PRIMARY KEY (tenant, subject, conversation, seq)
		) WITHOUT ROWID`,
		`CREATE INDEX confide_messages_created ON confide_messages (tenant, created_at)`,
		`CREATE TABLE confide_vault_entries (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			conversation TEXT NOT NULL,
			seq INTEGER NOT NULL,
			sealed BLOB NOT NULL,
			created_at INTEGER NOT NULL,
			PRIMARY KEY (tenant, subject, conversation, seq)
		) WITHOUT ROWID`,
		`CREATE INDEX confide_vault_entries_created ON confide_vault_entries (tenant, created_at)`,
	},
		consentMigration[SQLite], // Version 2: the consent ledger (consent.go).
		auditMigration[SQLite],   // Version 3: the audit log (audit.go).
	},
	Postgres: {{
		`CREATE TABLE confide_keysets (
			tenant BYTEA NOT NULL,
			subject BYTEA NOT NULL,
			kek_id TEXT NOT NULL,
			wrapped BYTEA,
			version BIGINT NOT NULL,
			min_version BIGINT NOT NULL,
			revision BIGINT NOT NULL,
			created_at BIGINT,
			rotated_at BIGINT,
			forgotten_at BIGINT,
			PRIMARY KEY (tenant, subject)
		)`,
		`CREATE TABLE confide_messages (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			conversation TEXT NOT NULL,
			seq BIGINT NOT NULL,
			sealed BYTEA NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (tenant, subject, conversation, seq)
		)`,
		`CREATE INDEX confide_messages_created ON confide_messages (tenant, created_at)`,
		`CREATE TABLE confide_vault_entries (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			conversation TEXT NOT NULL,
			seq BIGINT NOT NULL,
			sealed BYTEA NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (tenant, subject, conversation, seq)
		)`,
		`CREATE INDEX confide_vault_entries_created ON confide_vault_entries (tenant, created_at)`,
	},
		consentMigration[Postgres], // Version 2: the consent ledger (consent.go).
		auditMigration[Postgres],   // Version 3: the audit log (audit.go).
	},
}

// SchemaVersion is the schema version this build of the package writes and
// reads.
const SchemaVersion = 3

// migrateLock is the PostgreSQL advisory lock key that serializes the
// migrations of processes starting at once ("confide" in ASCII).
const migrateLock = 0x636f6e66696465

// migrate brings the schema to SchemaVersion in one transaction: every
// missing migration applies, or none. On PostgreSQL an advisory lock makes
// concurrent starts queue; on SQLite, BEGIN IMMEDIATE does.
func (d *DB) migrate(ctx context.Context) error {
	steps := migrations[d.dialect]
	return d.writeTx(ctx, func(q querier) error {
		if d.dialect == Postgres {
			if _, err := q.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrateLock)); err != nil {
				return fmt.Errorf("migrate: lock: %w", err)
			}
		}
		if _, err := q.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS confide_schema_version (
			version INTEGER PRIMARY KEY,
			applied_at BIGINT NOT NULL
		)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var current int
		if err := q.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM confide_schema_version").Scan(&current); err != nil {
			return fmt.Errorf("migrate: read version: %w", err)
		}
		if current > len(steps) {
			return fmt.Errorf("migrate: %w: version %d, this program knows up to %d", ErrSchemaVersion, current, len(steps))
		}
		for v := current + 1; v <= len(steps); v++ {
			for i, stmt := range steps[v-1] {
				if _, err := q.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("migrate: version %d, statement %d: %w", v, i+1, err)
				}
			}
			if _, err := q.ExecContext(ctx, d.rebind("INSERT INTO confide_schema_version (version, applied_at) VALUES (?, ?)"), v, d.now().UnixNano()); err != nil {
				return fmt.Errorf("migrate: version %d: %w", v, err)
			}
		}
		return nil
	})
}
