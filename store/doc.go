// Package store persists Confide's data on database/sql: subject keysets
// ([encrypt.KeyStore]), transcripts ([chat.Store]), redaction vaults
// (redact.VaultStore) and the consent ledger ([consent.Store]), in SQLite
// (embedded, pure Go, the default) or PostgreSQL (for many instances).
// Transcripts and vaults are sealed per subject by package encrypt, so the
// database holds no customer text in the clear, and forgetting a subject
// makes its records unreadable.
//
// Most programs open a database, build a Sealer on its key store, and take
// the sealed stores from it:
//
//	db, err := store.OpenSQLite(ctx, "confide.db")     // or store.OpenPostgres(ctx, dsn)
//	defer db.Close()
//	sealer, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
//	transcripts := db.Transcripts(sealer)              // a chat.Store
//	vaults := db.Vaults(sealer)                        // a redact.VaultStore
//
// The key store comes from the DB rather than the DB taking a Sealer
// because the Sealer needs the key store first; one DB serves any number of
// Sealers (tests use two to play two instances).
//
// # Records
//
// A message or vault entry is stored as one row: the scope IDs (tenant,
// subject, conversation; not customer data, see [chat.Scope]), its index
// in the sequence, the time it was stored, and the sealed bytes of its
// JSON encoding. The seal binds the tenant, subject, conversation, kind
// ("message" or "vault") and index, so a row whose bytes are altered,
// copied to another subject or conversation, or moved to another index
// fails to load with [encrypt.ErrTampered]; a row removed from the middle
// of a sequence fails with [ErrMissingRecord]. A load fails as a whole on
// the first bad record, with a [*RecordError] naming it; after
// [encrypt.Sealer.Forget], loads of that subject fail with
// [encrypt.ErrForgotten].
//
// An append is one transaction: all its records or none. Appends to one
// conversation are ordered one after the other, within a process by a lock
// and across processes by a check of the last index inside the
// transaction and the primary key, so indexes never repeat or skip.
//
// # Retention and erasure
//
// [DB.DeleteTranscriptsBefore] and [DB.DeleteVaultsBefore] delete a
// tenant's records stored before a time; [DB.Purgers] applies
// minimize.Retention policies to every tenant at once (the confide purge
// command). [DB.DeleteSubject] deletes all of one subject's records.
// Forgetting through the Sealer is what also makes backups unreadable.
//
// # Consent
//
// [DB.Consent] is the store of a consent.Ledger. Its events and notices
// are stored in the clear, append-only (the database refuses an UPDATE),
// so that consent stays provable even if the keys are gone; see
// [ConsentStore].
//
// # SQLite
//
// [OpenSQLite] takes a file path and sets WAL mode, a busy timeout, foreign
// keys and secure_delete, which zeroes deleted and overwritten bytes in the
// file, so a forgotten subject's wrapped keyset does not linger in free
// pages; see [KeyStore]. Several processes may share the file on one
// machine.
//
// # PostgreSQL
//
// [OpenPostgres] connects with pgx (github.com/jackc/pgx/v5). Many
// instances may share one database; see [KeyStore] about VACUUM after
// forgetting.
//
// # Schema
//
// The Open functions create and migrate the tables (all named confide_...)
// in one transaction, recording the version in confide_schema_version;
// processes starting at once queue on an advisory lock (PostgreSQL) or the
// write lock (SQLite). [Open] does the same on a *sql.DB you bring.
//
// # Errors
//
// Errors wrap the sentinels of this package and of chat and encrypt; test
// them with errors.Is. They never contain message text, vault values or
// scope IDs. Everything in this package is safe for concurrent use.
package store
