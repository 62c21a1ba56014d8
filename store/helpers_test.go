package store_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// postgresEnv names the variable holding the DSN of a PostgreSQL database
// the tests may create schemas in.
const postgresEnv = "CONFIDE_TEST_POSTGRES"

// postgresDSN returns the test database's DSN. Without one the test is
// skipped, except in CI, which must provide it.
func postgresDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(postgresEnv)
	if dsn == "" {
		msg := postgresEnv + " is not set, so the PostgreSQL tests cannot run; start a throwaway server with\n" +
			"\teval \"$(bash .ci/postgres.sh)\"\nand stop it with\n\tbash .ci/postgres.sh stop \"$CONFIDE_TEST_POSTGRES_DIR\""
		if os.Getenv("CI") == "true" {
			t.Fatal("CI must provide PostgreSQL: " + msg)
		}
		t.Skip(msg)
	}
	return dsn
}

// postgresSchema creates a schema of its own for one test, dropped when
// the test ends, and returns a DSN whose search_path points at it, so
// tests (and test binaries) can run in parallel on one database.
func postgresSchema(t testing.TB) string {
	t.Helper()
	base := postgresDSN(t)
	admin, err := sql.Open("pgx", base)
	require.NoError(t, err)
	var suffix [6]byte
	_, _ = rand.Read(suffix[:])
	name := "confide_test_" + hex.EncodeToString(suffix[:])
	_, err = admin.Exec("CREATE SCHEMA " + name)
	require.NoError(t, err, "create schema in the database of %s", postgresEnv)
	t.Cleanup(func() {
		_, err := admin.Exec("DROP SCHEMA " + name + " CASCADE")
		admin.Close()
		require.NoError(t, err)
	})
	if u, err := url.Parse(base); err == nil && u.Scheme != "" {
		q := u.Query()
		q.Set("search_path", name)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return base + " search_path=" + name
}

// A backend is one kind of database the tests run against.
type backend struct {
	name    string
	dialect store.Dialect
	// newDatabase makes an empty database and returns what open takes.
	newDatabase func(t testing.TB) (dsn string)
	open        func(ctx context.Context, dsn string, opts ...store.Option) (*store.DB, error)
	driver      string
}

func sqliteBackend() backend {
	return backend{name: "SQLite", dialect: store.SQLite, driver: "sqlite",
		newDatabase: func(t testing.TB) string { return filepath.Join(t.TempDir(), "confide.db") },
		open:        store.OpenSQLite,
	}
}

func postgresBackend() backend {
	return backend{name: "Postgres", dialect: store.Postgres, driver: "pgx",
		newDatabase: postgresSchema,
		open:        store.OpenPostgres,
	}
}

func backends() []backend { return []backend{sqliteBackend(), postgresBackend()} }

// forEach runs f against every backend, as subtests.
func forEach(t *testing.T, f func(t *testing.T, b backend)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			if b.dialect == store.Postgres {
				postgresDSN(t) // Skip (or fail in CI) once, not in every subtest.
			}
			f(t, b)
		})
	}
}

// handle opens a DB on dsn, closed when the test ends.
func (b backend) handle(t testing.TB, dsn string, opts ...store.Option) *store.DB {
	t.Helper()
	db, err := b.open(context.Background(), dsn, opts...)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

// fresh opens a DB on a new, empty database.
func (b backend) fresh(t testing.TB, opts ...store.Option) (*store.DB, string) {
	t.Helper()
	dsn := b.newDatabase(t)
	return b.handle(t, dsn, opts...), dsn
}

// raw opens the database behind the package's back, to inspect or tamper
// with rows.
func (b backend) raw(t testing.TB, dsn string) *rawDB {
	t.Helper()
	if b.dialect == store.SQLite {
		dsn = store.SQLiteDSN(dsn)
	}
	db, err := sql.Open(b.driver, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return &rawDB{t: t, db: db, pg: b.dialect == store.Postgres}
}

type rawDB struct {
	t  testing.TB
	db *sql.DB
	pg bool
}

func (r *rawDB) bind(q string) string {
	if !r.pg {
		return q
	}
	n := 0
	return replaceEach(q, "?", func() string { n++; return fmt.Sprintf("$%d", n) })
}

func replaceEach(s, old string, next func() string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(next())
		s = s[i+len(old):]
	}
}

func (r *rawDB) exec(q string, args ...any) int64 {
	r.t.Helper()
	res, err := r.db.Exec(r.bind(q), args...)
	require.NoError(r.t, err)
	n, err := res.RowsAffected()
	require.NoError(r.t, err)
	return n
}

func (r *rawDB) sealed(table, subject, conversation string, seq int) []byte {
	r.t.Helper()
	var b []byte
	require.NoError(r.t, r.db.QueryRow(r.bind("SELECT sealed FROM "+table+" WHERE subject = ? AND conversation = ? AND seq = ?"),
		subject, conversation, seq).Scan(&b))
	return b
}

func (r *rawDB) setSealed(table, subject, conversation string, seq int, b []byte) {
	r.t.Helper()
	require.EqualValues(r.t, 1, r.exec("UPDATE "+table+" SET sealed = ? WHERE subject = ? AND conversation = ? AND seq = ?",
		b, subject, conversation, seq))
}

func (r *rawDB) seqs(table, subject, conversation string) []int64 {
	r.t.Helper()
	rows, err := r.db.Query(r.bind("SELECT seq FROM "+table+" WHERE subject = ? AND conversation = ? ORDER BY seq"), subject, conversation)
	require.NoError(r.t, err)
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var s int64
		require.NoError(r.t, rows.Scan(&s))
		out = append(out, s)
	}
	require.NoError(r.t, rows.Err())
	return out
}

// keyring is a local keyring file: every call to open loads it anew, as
// another process of the same deployment would.
type keyring struct {
	path   string
	master tink.AEAD
}

func newKeyring(t testing.TB) keyring {
	t.Helper()
	master, err := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "keyring.json")
	_, err = encrypt.InitLocalKeyring(path, master)
	require.NoError(t, err)
	return keyring{path: path, master: master}
}

func (k keyring) sealer(t testing.TB, keys encrypt.KeyStore, now func() time.Time) *encrypt.Sealer {
	t.Helper()
	ring, err := encrypt.OpenLocalKeyring(k.path, k.master)
	require.NoError(t, err)
	s, err := encrypt.NewSealer(ring, keys, encrypt.Options{Now: now})
	require.NoError(t, err)
	return s
}

// clock is an injectable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
