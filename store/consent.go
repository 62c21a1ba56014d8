package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/confide-dev/confide/consent"
)

// consentMigration creates the consent ledger's tables. Unlike messages and
// vault entries, consent events and notices are stored in the clear (see
// [ConsentStore]). Triggers make the database itself refuse an UPDATE of
// either table: the ledger is append-only, and a row that changed would be
// a record of consent that was never given. Times are Unix microseconds,
// UTC, the precision the ledger keeps; a NULL expiry is a grant without a
// lifetime.
var consentMigration = map[Dialect][]string{
	SQLite: {
		`CREATE TABLE confide_consent_events (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			seq INTEGER NOT NULL,
			id TEXT NOT NULL,
			kind TEXT NOT NULL,
			purposes TEXT NOT NULL,
			at INTEGER NOT NULL,
			expires INTEGER,
			source TEXT NOT NULL,
			jurisdiction TEXT NOT NULL,
			notice_id TEXT NOT NULL,
			notice_version TEXT NOT NULL,
			notice_sha256 TEXT NOT NULL,
			PRIMARY KEY (tenant, subject, seq)
		) WITHOUT ROWID`,
		`CREATE TRIGGER confide_consent_events_append_only BEFORE UPDATE ON confide_consent_events
		BEGIN SELECT RAISE(ABORT, 'confide_consent_events is append-only'); END`,
		`CREATE TABLE confide_consent_notices (
			tenant TEXT NOT NULL,
			id TEXT NOT NULL,
			version TEXT NOT NULL,
			language TEXT NOT NULL,
			text TEXT NOT NULL,
			sha256 TEXT NOT NULL,
			published INTEGER NOT NULL,
			PRIMARY KEY (tenant, id, version)
		) WITHOUT ROWID`,
		`CREATE TRIGGER confide_consent_notices_append_only BEFORE UPDATE ON confide_consent_notices
		BEGIN SELECT RAISE(ABORT, 'confide_consent_notices is append-only'); END`,
	},
	Postgres: {
		`CREATE TABLE confide_consent_events (
			tenant TEXT NOT NULL,
			subject TEXT NOT NULL,
			seq BIGINT NOT NULL,
			id TEXT NOT NULL,
			kind TEXT NOT NULL,
			purposes TEXT NOT NULL,
			at BIGINT NOT NULL,
			expires BIGINT,
			source TEXT NOT NULL,
			jurisdiction TEXT NOT NULL,
			notice_id TEXT NOT NULL,
			notice_version TEXT NOT NULL,
			notice_sha256 TEXT NOT NULL,
			PRIMARY KEY (tenant, subject, seq)
		)`,
		`CREATE TABLE confide_consent_notices (
			tenant TEXT NOT NULL,
			id TEXT NOT NULL,
			version TEXT NOT NULL,
			language TEXT NOT NULL,
			text TEXT NOT NULL,
			sha256 TEXT NOT NULL,
			published BIGINT NOT NULL,
			PRIMARY KEY (tenant, id, version)
		)`,
		`CREATE FUNCTION confide_consent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
		END
		$$`,
		`CREATE TRIGGER confide_consent_events_append_only BEFORE UPDATE ON confide_consent_events
		FOR EACH ROW EXECUTE FUNCTION confide_consent_append_only()`,
		`CREATE TRIGGER confide_consent_notices_append_only BEFORE UPDATE ON confide_consent_notices
		FOR EACH ROW EXECUTE FUNCTION confide_consent_append_only()`,
	},
}

// ConsentStore is the [consent.Store] of a [DB]: the consent ledger's
// events in the table confide_consent_events, one row per event with a
// primary key (tenant, subject, seq), and published notice versions in
// confide_consent_notices, keyed (tenant, id, version). Get one from
// [DB.Consent]; it is safe for concurrent use, also by several processes
// sharing the database.
//
// # Stored in the clear
//
// Events and notices are not sealed, unlike transcripts and vaults. They
// hold no customer text: scope IDs, purpose keys, times, a source, a
// jurisdiction and a notice reference, and notices hold the controller's
// own text. And consent must stay provable to a regulator even after the
// tenant's keys were lost or destroyed: a ledger that only opens with the
// keyring would vanish with it. What erases a subject's events is
// [ConsentStore.ForgetSubject], which deletes the rows (zeroed in the file
// with SQLite's secure_delete).
//
// # Append only
//
// There is no update: the store has the five methods of [consent.Store]
// and nothing else, and the tables carry triggers that make the database
// refuse an UPDATE, whoever sends it. Rows go only by
// [ConsentStore.ForgetSubject] (events) or by hand.
//
// Times are kept to the microsecond, in UTC, as [consent.Ledger] writes
// them; a finer part is dropped.
type ConsentStore struct {
	db *DB
}

var _ consent.Store = (*ConsentStore)(nil)

// Consent returns the [consent.Store] of the database, for
// [consent.NewLedger].
func (d *DB) Consent() *ConsentStore { return &ConsentStore{db: d} }

// consentLock returns the PostgreSQL advisory lock key of a subject's
// events, so that an append and a forget of one subject never interleave.
func consentLock(tenant, subject string) int64 {
	h := fnv.New64a()
	for _, f := range [...]string{"confide consent", tenant, subject} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return int64(h.Sum64())
}

// lockSubject takes the subject's advisory lock for the rest of the
// transaction on PostgreSQL. SQLite's write transactions are serialized
// already.
func (c *ConsentStore) lockSubject(ctx context.Context, q querier, tenant, subject string) error {
	if c.db.dialect != Postgres {
		return nil
	}
	_, err := q.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", consentLock(tenant, subject))
	return err
}

// call checks ctx and registers a call in progress, like every method of
// the DB.
func (c *ConsentStore) call(ctx context.Context) (func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.db.enter()
}

// validText checks that fields can be stored as given: valid UTF-8
// without NUL bytes, which PostgreSQL's text refuses.
func validText(fields ...string) error {
	for _, f := range fields {
		if !utf8.ValidString(f) || strings.IndexByte(f, 0) >= 0 {
			return fmt.Errorf("%w: a field is not valid UTF-8 or holds a NUL byte", consent.ErrInvalid)
		}
	}
	return nil
}

// Append implements [consent.Store]. Within one transaction it checks that
// ev.Seq follows the subject's last event and inserts the row; the primary
// key is the last word, so of two writers racing for one Seq, in this
// process or another, one wins and the other fails with
// [consent.ErrConflict]. It fails with [consent.ErrInvalid] for a string
// field that is not valid UTF-8 or holds a NUL byte, which could not be
// kept as given.
func (c *ConsentStore) Append(ctx context.Context, ev consent.Event) error {
	done, err := c.call(ctx)
	if err != nil {
		return fmt.Errorf("store: consent: append: %w", err)
	}
	defer done()
	fields := []string{ev.ID, ev.Tenant, ev.Subject, string(ev.Kind), string(ev.Source), ev.Jurisdiction, ev.Notice.ID, ev.Notice.Version, ev.Notice.SHA256}
	for _, p := range ev.Purposes {
		fields = append(fields, string(p))
	}
	if err := validText(fields...); err != nil {
		return fmt.Errorf("store: consent: append: %w", err)
	}
	if ev.Seq == 0 || ev.Seq > 1<<63-1 {
		return fmt.Errorf("store: consent: append: %w", consent.ErrConflict)
	}
	purposes, err := json.Marshal(ev.Purposes)
	if err != nil {
		return fmt.Errorf("store: consent: append: %w", err)
	}
	var expires sql.NullInt64
	if !ev.Expires.IsZero() {
		expires = sql.NullInt64{Int64: ev.Expires.UnixMicro(), Valid: true}
	}
	insert := c.db.rebind(`INSERT INTO confide_consent_events (tenant, subject, seq, id, kind, purposes, at, expires,
		source, jurisdiction, notice_id, notice_version, notice_sha256)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	err = c.db.writeTx(ctx, func(q querier) error {
		if err := c.lockSubject(ctx, q, ev.Tenant, ev.Subject); err != nil {
			return err
		}
		var last int64
		if err := q.QueryRowContext(ctx, c.db.rebind("SELECT COALESCE(MAX(seq), 0) FROM confide_consent_events WHERE tenant = ? AND subject = ?"),
			ev.Tenant, ev.Subject).Scan(&last); err != nil {
			return err
		}
		if uint64(last)+1 != ev.Seq {
			return consent.ErrConflict
		}
		res, err := q.ExecContext(ctx, insert, ev.Tenant, ev.Subject, int64(ev.Seq), ev.ID, string(ev.Kind), string(purposes),
			ev.Time.UnixMicro(), expires, string(ev.Source), ev.Jurisdiction, ev.Notice.ID, ev.Notice.Version, ev.Notice.SHA256)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if n != 1 {
			// Another transaction took this Seq first: the unique key.
			return consent.ErrConflict
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: consent: append: %w", err)
	}
	return nil
}

// Events implements [consent.Store].
func (c *ConsentStore) Events(ctx context.Context, tenant, subject string) ([]consent.Event, error) {
	done, err := c.call(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: consent: events: %w", err)
	}
	defer done()
	out := []consent.Event{}
	if validText(tenant, subject) != nil {
		return out, nil // Never stored.
	}
	rows, err := c.db.sql.QueryContext(ctx, c.db.rebind(`SELECT seq, id, kind, purposes, at, expires, source, jurisdiction,
		notice_id, notice_version, notice_sha256 FROM confide_consent_events WHERE tenant = ? AND subject = ? ORDER BY seq`), tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("store: consent: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		ev := consent.Event{Tenant: tenant, Subject: subject}
		var (
			seq, at           int64
			expires           sql.NullInt64
			kind, source, ids string
		)
		if err := rows.Scan(&seq, &ev.ID, &kind, &ids, &at, &expires, &source, &ev.Jurisdiction,
			&ev.Notice.ID, &ev.Notice.Version, &ev.Notice.SHA256); err != nil {
			return nil, fmt.Errorf("store: consent: events: %w", err)
		}
		if err := json.Unmarshal([]byte(ids), &ev.Purposes); err != nil {
			return nil, fmt.Errorf("store: consent: events: event %d: purposes are not a JSON array of strings", seq)
		}
		ev.Seq, ev.Kind, ev.Source = uint64(seq), consent.EventKind(kind), consent.Source(source)
		ev.Time = time.UnixMicro(at).UTC()
		if expires.Valid {
			ev.Expires = time.UnixMicro(expires.Int64).UTC()
		}
		out = append(out, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: consent: events: %w", err)
	}
	return out, nil
}

// ForgetSubject implements [consent.Store]: it deletes the subject's
// event rows. It waits for an append of the subject in progress, so the
// subject's next event after it is Seq 1.
func (c *ConsentStore) ForgetSubject(ctx context.Context, tenant, subject string) error {
	done, err := c.call(ctx)
	if err != nil {
		return fmt.Errorf("store: consent: forget: %w", err)
	}
	defer done()
	if validText(tenant, subject) != nil {
		return nil // Never stored.
	}
	err = c.db.writeTx(ctx, func(q querier) error {
		if err := c.lockSubject(ctx, q, tenant, subject); err != nil {
			return err
		}
		_, err := q.ExecContext(ctx, c.db.rebind("DELETE FROM confide_consent_events WHERE tenant = ? AND subject = ?"), tenant, subject)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: consent: forget: %w", err)
	}
	return nil
}

// PutNotice implements [consent.Store]. The notice's text is stored in the
// clear: it is the controller's, and the proof of what was shown.
func (c *ConsentStore) PutNotice(ctx context.Context, tenant string, n consent.Notice) error {
	done, err := c.call(ctx)
	if err != nil {
		return fmt.Errorf("store: consent: put notice: %w", err)
	}
	defer done()
	if err := validText(tenant, n.ID, n.Version, n.Language, n.Text, n.SHA256); err != nil {
		return fmt.Errorf("store: consent: put notice: %w", err)
	}
	err = c.db.writeTx(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, c.db.rebind(`INSERT INTO confide_consent_notices (tenant, id, version, language, text, sha256, published)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`),
			tenant, n.ID, n.Version, n.Language, n.Text, n.SHA256, n.Published.UnixMicro())
		if err != nil {
			return err
		}
		if k, err := res.RowsAffected(); err != nil || k == 1 {
			return err
		}
		var stored string
		if err := q.QueryRowContext(ctx, c.db.rebind("SELECT sha256 FROM confide_consent_notices WHERE tenant = ? AND id = ? AND version = ?"),
			tenant, n.ID, n.Version).Scan(&stored); err != nil {
			return err
		}
		if stored != n.SHA256 {
			return consent.ErrNoticeConflict
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: consent: put notice %s version %s: %w", n.ID, n.Version, err)
	}
	return nil
}

// Notice implements [consent.Store].
func (c *ConsentStore) Notice(ctx context.Context, tenant, id, version string) (consent.Notice, error) {
	done, err := c.call(ctx)
	if err != nil {
		return consent.Notice{}, fmt.Errorf("store: consent: notice: %w", err)
	}
	defer done()
	n := consent.Notice{ID: id, Version: version}
	var published int64
	if validText(tenant, id, version) != nil {
		return consent.Notice{}, fmt.Errorf("store: consent: notice: %w", consent.ErrUnknownNotice)
	}
	err = c.db.sql.QueryRowContext(ctx, c.db.rebind("SELECT language, text, sha256, published FROM confide_consent_notices WHERE tenant = ? AND id = ? AND version = ?"),
		tenant, id, version).Scan(&n.Language, &n.Text, &n.SHA256, &published)
	if errors.Is(err, sql.ErrNoRows) {
		err = consent.ErrUnknownNotice
	}
	if err != nil {
		return consent.Notice{}, fmt.Errorf("store: consent: notice %s version %s: %w", id, version, err)
	}
	n.Published = time.UnixMicro(published).UTC()
	return n, nil
}
