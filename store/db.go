package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"

	_ "github.com/jackc/pgx/v5/stdlib" // Registers the "pgx" driver.
	_ "modernc.org/sqlite"             // Registers the "sqlite" driver.
)

// A Dialect names the SQL database behind a [DB].
type Dialect string

// The dialects this package speaks.
const (
	// SQLite is SQLite through modernc.org/sqlite (driver name "sqlite").
	SQLite Dialect = "sqlite"
	// Postgres is PostgreSQL, version 12 or later, through any driver;
	// [OpenPostgres] uses github.com/jackc/pgx/v5/stdlib.
	Postgres Dialect = "postgres"
)

// Errors that callers branch on; test them with [errors.Is].
var (
	// ErrClosed is returned by every method of a [DB], and of the stores it
	// hands out, called after [DB.Close]. Such errors also match
	// [chat.ErrStoreClosed].
	ErrClosed = errors.New("store: database closed")

	// ErrMissingRecord is returned (inside a [RecordError]) by a load that
	// finds a hole in a sequence of records: a record between two others
	// was deleted outside this package.
	ErrMissingRecord = errors.New("store: record missing from sequence")

	// ErrSchemaVersion is returned by the Open functions when the database
	// was migrated by a newer version of this package than the running one.
	ErrSchemaVersion = errors.New("store: database schema is newer than this program")

	// ErrInvalid is returned for arguments that can never work: an unknown
	// dialect, a nil database, a missing sealer, a vault entry that is not
	// valid UTF-8.
	ErrInvalid = errors.New("store: invalid argument")
)

// A RecordError reports a stored record that could not be read back: it did
// not open (see the errors of package encrypt: [encrypt.ErrForgotten],
// [encrypt.ErrTampered], ...), did not decode, or is missing
// ([ErrMissingRecord]). It unwraps to the cause, so errors.Is(err,
// encrypt.ErrForgotten) works on an error that holds it.
type RecordError struct {
	// Kind is the kind of record: "message" or "vault".
	Kind string
	// Seq is the record's position in its sequence.
	Seq uint64
	// Err is the cause.
	Err error
}

// Error implements error. It names the record's kind and position only.
func (e *RecordError) Error() string {
	return fmt.Sprintf("%s %d: %v", e.Kind, e.Seq, e.Err)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// closedError is the error of a call on a closed DB: it matches both
// [ErrClosed] and [chat.ErrStoreClosed].
type closedError struct{}

func (closedError) Error() string { return ErrClosed.Error() }

func (closedError) Is(target error) bool {
	return target == ErrClosed || target == chat.ErrStoreClosed
}

// An Option configures [OpenSQLite], [OpenPostgres] and [Open].
type Option func(*config)

type config struct {
	now func() time.Time
}

// WithClock sets the clock that stamps records with their creation time
// (see [DB.DeleteTranscriptsBefore]); the default is [time.Now].
func WithClock(now func() time.Time) Option {
	return func(c *config) {
		if now != nil {
			c.now = now
		}
	}
}

// DB is one database holding Confide's keysets, sealed transcripts and
// sealed vaults. It is safe for concurrent use, also by several processes
// (or several DBs) sharing one database.
type DB struct {
	sql     *sql.DB
	dialect Dialect
	owned   bool
	now     func() time.Time
	keys    *KeyStore

	mu       sync.Mutex
	closed   bool
	inflight sync.WaitGroup

	seed  maphash.Seed
	locks [64]sync.Mutex // Serialize appends per conversation in this process.
}

// SQLiteDSN returns the modernc.org/sqlite data source name that
// [OpenSQLite] uses for the database file at path: WAL journal, a busy
// timeout of 10 s, foreign keys on, and secure_delete on, so that bytes
// this package deletes or overwrites (a forgotten subject's wrapped keyset)
// are zeroed in the file rather than left in free pages. Use it when you
// open the *sql.DB yourself for [Open]: these pragmas are per connection.
func SQLiteDSN(path string) string {
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(1)", "journal_mode(WAL)", "secure_delete(ON)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	u.RawQuery = q.Encode()
	return u.String()
}

// OpenSQLite opens (creating it if needed) the SQLite database file at path
// and brings its schema up to date. The file must be on a local disk (WAL
// needs shared memory), and path must name a file, not ":memory:". Close
// the DB when done.
func OpenSQLite(ctx context.Context, path string, opts ...Option) (*DB, error) {
	if path == "" || strings.HasPrefix(path, ":memory:") {
		return nil, fmt.Errorf("store: open sqlite: %w: path must name a file", ErrInvalid)
	}
	// Processes opening a new file at once race to switch it to WAL, and
	// SQLite answers the losers SQLITE_BUSY at once, without waiting for
	// the busy timeout; they try again.
	for attempt := 0; ; attempt++ {
		db, err := sql.Open("sqlite", SQLiteDSN(path))
		if err != nil {
			return nil, fmt.Errorf("store: open sqlite: %w", err)
		}
		d, err := open(ctx, db, SQLite, true, opts)
		if err == nil {
			return d, nil
		}
		db.Close()
		if !sqliteBusy(err) || attempt == 50 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("store: open sqlite: %w", ctx.Err())
		case <-time.After(time.Duration(10+attempt*10) * time.Millisecond):
		}
	}
}

// sqliteBusy reports whether err is SQLite's SQLITE_BUSY (5), possibly
// extended.
func sqliteBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == 5
}

// OpenPostgres connects to the PostgreSQL database named by dsn (a URL,
// postgres://user@host:port/db?sslmode=..., or key=value pairs, as pgx
// reads them) and brings its schema up to date. The tables go to the
// connection's current schema (set search_path in the DSN to choose
// another). Close the DB when done.
func OpenPostgres(ctx context.Context, dsn string, opts ...Option) (*DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		// pgx echoes a malformed DSN, password included: say less.
		return nil, fmt.Errorf("store: open postgres: %w: cannot parse the data source name", ErrInvalid)
	}
	d, err := open(ctx, db, Postgres, true, opts)
	if err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// Open uses a *sql.DB that the caller opened, with the given dialect, and
// brings its schema up to date. The caller keeps ownership: [DB.Close] does
// not close db. For SQLite, open db with the DSN of [SQLiteDSN] (or at
// least its busy timeout and secure_delete pragmas).
func Open(ctx context.Context, db *sql.DB, dialect Dialect, opts ...Option) (*DB, error) {
	if db == nil {
		return nil, fmt.Errorf("store: open: %w: nil *sql.DB", ErrInvalid)
	}
	return open(ctx, db, dialect, false, opts)
}

func open(ctx context.Context, db *sql.DB, dialect Dialect, owned bool, opts []Option) (*DB, error) {
	switch dialect {
	case SQLite, Postgres:
	default:
		return nil, fmt.Errorf("store: open: %w: unknown dialect %q", ErrInvalid, dialect)
	}
	c := config{now: time.Now}
	for _, o := range opts {
		o(&c)
	}
	d := &DB{sql: db, dialect: dialect, owned: owned, now: c.now, seed: maphash.MakeSeed()}
	d.keys = &KeyStore{db: d}
	if err := d.migrate(ctx); err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dialect, err)
	}
	return d, nil
}

// Dialect returns the dialect of the database.
func (d *DB) Dialect() Dialect { return d.dialect }

// Close waits for the calls in progress, then makes every later call fail
// with [ErrClosed], and closes the *sql.DB if this package opened it. A
// call either completes before Close returns or stores nothing. Closing
// twice is not an error.
func (d *DB) Close() error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return nil
	}
	d.closed = true
	d.mu.Unlock()
	d.inflight.Wait()
	if d.owned {
		if err := d.sql.Close(); err != nil {
			return fmt.Errorf("store: close: %w", err)
		}
	}
	return nil
}

// enter registers a call in progress; the caller must call the returned
// func when done. It fails once the DB is closed.
func (d *DB) enter() (func(), error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil, closedError{}
	}
	d.inflight.Add(1)
	return d.inflight.Done, nil
}

// lockScope serializes the appends of one record sequence in this process,
// so that concurrent appends do not race for the same sequence numbers;
// across processes, the check in the transaction and the primary key do.
func (d *DB) lockScope(table string, s chat.Scope) func() {
	var h maphash.Hash
	h.SetSeed(d.seed)
	for _, f := range [...]string{table, s.Tenant, s.Subject, s.Conversation} {
		h.WriteString(f)
		h.WriteByte(0)
	}
	m := &d.locks[h.Sum64()%uint64(len(d.locks))]
	m.Lock()
	return m.Unlock
}

// rebind rewrites ? placeholders as $1, $2, ... for PostgreSQL. No query of
// this package has a ? anywhere else.
func (d *DB) rebind(query string) string {
	if d.dialect != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// querier is what a transaction body may use: a *sql.Tx or a *sql.Conn.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// writeTx runs fn in a write transaction and commits it if fn returns nil.
// On SQLite the transaction is BEGIN IMMEDIATE on one connection, so that
// two writers queue on the busy timeout instead of failing when one
// upgrades a read lock, whatever DSN the *sql.DB was opened with.
func (d *DB) writeTx(ctx context.Context, fn func(q querier) error) error {
	if d.dialect == Postgres {
		tx, err := d.sql.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("begin: %w", err)
		}
		if err := fn(tx); err != nil {
			_ = tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		return nil
	}
	conn, err := d.sql.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	rollback := func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); err != nil {
			// Do not hand a connection in an unknown state back to the pool.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}
	if err := fn(conn); err != nil {
		rollback()
		return err
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		rollback()
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Keys returns the [encrypt.KeyStore] of the database, to pass to
// [encrypt.NewSealer].
func (d *DB) Keys() *KeyStore { return d.keys }

// Transcripts returns the [chat.Store] of the database, sealing each
// message with sealer. The sealer is normally built on [DB.Keys] of the
// same DB.
func (d *DB) Transcripts(sealer *encrypt.Sealer) *TranscriptStore {
	return &TranscriptStore{r: records{db: d, table: "confide_messages", kind: "message", sealer: sealer}}
}

// Vaults returns the [redact.VaultStore] of the database, sealing each
// vault entry with sealer.
//
// [redact.VaultStore]: https://pkg.go.dev/github.com/confide-dev/confide/redact#VaultStore
func (d *DB) Vaults(sealer *encrypt.Sealer) *VaultStore {
	return &VaultStore{r: records{db: d, table: "confide_vault_entries", kind: "vault", sealer: sealer}}
}

// DeleteTranscriptsBefore deletes the tenant's transcript messages stored
// before t, for retention. Within a conversation it deletes a prefix: every
// message up to the last one stored before t, so that what remains is a
// contiguous tail even if instance clocks disagree. It returns how many
// messages it deleted. It needs no sealer, so it works for forgotten
// subjects too.
func (d *DB) DeleteTranscriptsBefore(ctx context.Context, tenant string, t time.Time) (int64, error) {
	return d.deleteBefore(ctx, "confide_messages", "transcripts", &tenant, t)
}

// DeleteVaultsBefore is [DB.DeleteTranscriptsBefore] for vault entries.
// Placeholders of deleted entries can no longer be restored.
func (d *DB) DeleteVaultsBefore(ctx context.Context, tenant string, t time.Time) (int64, error) {
	return d.deleteBefore(ctx, "confide_vault_entries", "vaults", &tenant, t)
}

// DeleteSubject deletes every transcript and vault of one subject and
// returns how many records it deleted. The subject's keyset stays: call
// [encrypt.Sealer.Forget] as well to make any copy (a backup) unreadable.
func (d *DB) DeleteSubject(ctx context.Context, tenant, subject string) (int64, error) {
	done, err := d.enter()
	if err != nil {
		return 0, fmt.Errorf("store: delete subject: %w", err)
	}
	defer done()
	var n int64
	err = d.writeTx(ctx, func(q querier) error {
		for _, table := range []string{"confide_messages", "confide_vault_entries"} {
			res, err := q.ExecContext(ctx, d.rebind("DELETE FROM "+table+" WHERE tenant = ? AND subject = ?"), tenant, subject)
			if err != nil {
				return err
			}
			k, err := res.RowsAffected()
			if err != nil {
				return err
			}
			n += k
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: delete subject: %w", err)
	}
	return n, nil
}

// expiredWhere is the condition of the records that a deletion before a
// time takes, with the tenant's condition when tenant is not nil, and its
// arguments: in each conversation, every record up to the last one stored
// before t.
func expiredWhere(table string, tenant *string, t time.Time) (string, []any) {
	where := `m.seq <= (
		SELECT MAX(o.seq) FROM ` + table + ` AS o
		WHERE o.tenant = m.tenant AND o.subject = m.subject AND o.conversation = m.conversation AND o.created_at < ?)`
	if tenant == nil {
		return where, []any{unixNano(t)}
	}
	return "m.tenant = ? AND " + where, []any{*tenant, unixNano(t)}
}

// unixNano is t.UnixNano, clamped to the int64 range for times beyond the
// years 1678 to 2262, where UnixNano is undefined.
func unixNano(t time.Time) int64 {
	switch {
	case t.Before(time.Unix(0, math.MinInt64)):
		return math.MinInt64
	case t.After(time.Unix(0, math.MaxInt64)):
		return math.MaxInt64
	}
	return t.UnixNano()
}

// deleteBefore deletes the records of table stored before t, of one
// tenant, or of all when tenant is nil.
func (d *DB) deleteBefore(ctx context.Context, table, what string, tenant *string, t time.Time) (int64, error) {
	done, err := d.enter()
	if err != nil {
		return 0, fmt.Errorf("store: delete %s before: %w", what, err)
	}
	defer done()
	where, args := expiredWhere(table, tenant, t)
	res, err := d.sql.ExecContext(ctx, d.rebind("DELETE FROM "+table+" AS m WHERE "+where), args...)
	if err != nil {
		return 0, fmt.Errorf("store: delete %s before: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: delete %s before: %w", what, err)
	}
	return n, nil
}

// countBefore counts the records that deleteBefore would delete.
func (d *DB) countBefore(ctx context.Context, table, what string, tenant *string, t time.Time) (int64, error) {
	done, err := d.enter()
	if err != nil {
		return 0, fmt.Errorf("store: count %s before: %w", what, err)
	}
	defer done()
	where, args := expiredWhere(table, tenant, t)
	var n int64
	if err := d.sql.QueryRowContext(ctx, d.rebind("SELECT COUNT(*) FROM "+table+" AS m WHERE "+where), args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count %s before: %w", what, err)
	}
	return n, nil
}
