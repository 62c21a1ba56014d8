package store

import (
	"context"
	"fmt"
	"time"

	"github.com/confide-dev/confide/minimize"
)

// The kinds of record a [Purger] handles, as named in [minimize.Retention].
const (
	// KindTranscript is the kind of transcript messages.
	KindTranscript = "transcript"
	// KindVault is the kind of redaction vault entries.
	KindVault = "vault"
)

// purgeTables maps a kind to its table.
var purgeTables = map[string]string{
	KindTranscript: "confide_messages",
	KindVault:      "confide_vault_entries",
}

// Purger is the [minimize.Purger] of a [DB]: it applies retention to
// transcripts ([KindTranscript]) and vault entries ([KindVault]) of every
// tenant at once. Get one from [DB.Purger], or all of them keyed by kind
// from [DB.Purgers]. It needs no sealer, so it purges the records of
// forgotten subjects too. It is safe for concurrent use.
//
// Consent events are not a kind it handles: the ledger is the proof of
// consent, kept for as long as the law asks, and erased per subject with
// [ConsentStore.ForgetSubject], not by age.
type Purger struct {
	db *DB
}

var _ minimize.Purger = (*Purger)(nil)

// Purger returns the [minimize.Purger] of the database.
func (d *DB) Purger() *Purger { return &Purger{db: d} }

// Purgers returns the database's purger under each kind it handles, the
// map that [minimize.Purge] takes:
//
//	report, err := minimize.Purge(ctx, policies, db.Purgers(), time.Now(), false)
func (d *DB) Purgers() map[string]minimize.Purger {
	p := d.Purger()
	out := make(map[string]minimize.Purger, len(purgeTables))
	for kind := range purgeTables {
		out[kind] = p
	}
	return out
}

// PurgeBefore implements [minimize.Purger]: it deletes the records of kind,
// of every tenant, stored before before, with the rule of
// [DB.DeleteTranscriptsBefore]: in each conversation, every record up to
// the last one stored before before, so what remains is a contiguous tail.
// Only if instance clocks disagreed can that take a record stamped later
// than before. With dryRun it counts the same records and deletes
// nothing. An unknown kind fails with [minimize.ErrRetention].
func (p *Purger) PurgeBefore(ctx context.Context, kind string, before time.Time, dryRun bool) (int64, error) {
	table, ok := purgeTables[kind]
	if !ok {
		return 0, fmt.Errorf("store: purge: %w: kind %q is not stored here (known: %s, %s)", minimize.ErrRetention, kind, KindTranscript, KindVault)
	}
	what := kind + "s"
	if dryRun {
		return p.db.countBefore(ctx, table, what, nil, before)
	}
	return p.db.deleteBefore(ctx, table, what, nil, before)
}
