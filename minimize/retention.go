package minimize

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// ErrRetention is returned (wrapped) for an invalid retention policy or a
// kind that no [Purger] handles.
var ErrRetention = errors.New("minimize: invalid retention")

// Retention says how long records of a kind may be kept for a purpose.
// A record is kept while any purpose still needs it: the lifetime of a
// kind is the longest Keep among its policies.
type Retention struct {
	// Kind names a kind of record, such as "transcript" or "vault".
	Kind string
	// Purpose is the purpose the records serve, for the report.
	Purpose string
	// Keep is how long after their creation records may be kept.
	Keep time.Duration
}

// Purger deletes the records of a kind created before a time. Stores
// implement it; [MemoryPurger] is one for tests.
type Purger interface {
	// PurgeBefore deletes the records of kind created strictly before
	// before and returns how many it deleted. With dryRun it deletes
	// nothing and returns how many it would delete.
	PurgeBefore(ctx context.Context, kind string, before time.Time, dryRun bool) (int64, error)
}

// KindReport is what [Purge] did to one kind of record.
type KindReport struct {
	Kind string
	// Purposes are the purposes whose policies name the kind, sorted.
	Purposes []string
	// Keep is the kind's lifetime: the longest Keep of its policies.
	Keep time.Duration
	// Before is the cut-off: records created before it went.
	Before time.Time
	// Count is how many records went (or, in a dry run, would go).
	Count int64
	// Err is the purger's error, if it failed.
	Err error
}

// Report is the outcome of [Purge], one entry per kind, sorted by kind.
// Its String method prints a table for the command line.
type Report struct {
	Now    time.Time
	DryRun bool
	Kinds  []KindReport
}

// Total is the number of records purged (or, in a dry run, that would be).
func (r *Report) Total() int64 {
	var n int64
	for _, k := range r.Kinds {
		n += k.Count
	}
	return n
}

// String prints the report as a table:
//
//	KIND        KEEP  BEFORE                PURGED  PURPOSES
//	transcript  30d   2025-05-02T00:00:00Z  12      support
//	total                                   12
func (r *Report) String() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	head := "PURGED"
	if r.DryRun {
		head = "WOULD PURGE"
	}
	fmt.Fprintf(tw, "KIND\tKEEP\tBEFORE\t%s\tPURPOSES\n", head)
	for _, k := range r.Kinds {
		count := strconv.FormatInt(k.Count, 10)
		if k.Err != nil {
			count = "error: " + k.Err.Error()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", k.Kind, FormatKeep(k.Keep), k.Before.UTC().Format(time.RFC3339), count, strings.Join(k.Purposes, ","))
	}
	fmt.Fprintf(tw, "total\t\t\t%d\n", r.Total())
	tw.Flush()
	if r.DryRun {
		b.WriteString("dry run: nothing was deleted\n")
	}
	return b.String()
}

// FormatKeep writes a lifetime in whole days ("30d") when it is one, and
// as a time.Duration otherwise.
func FormatKeep(d time.Duration) string {
	const day = 24 * time.Hour
	if d%day == 0 {
		return strconv.FormatInt(int64(d/day), 10) + "d"
	}
	return d.String()
}

// Purge applies the retention policies at now: for each kind it asks the
// kind's purger to delete the records created before now minus the kind's
// lifetime. With dryRun nothing is deleted and the report says what would
// be.
//
// Every policy is checked, and every kind must have a purger, before
// anything is deleted: a policy nobody enforces is an error, not a silent
// gap. A purger that fails does not stop the others; the report holds each
// kind's outcome and the returned error joins the failures. A cancelled
// context stops at the next kind.
func Purge(ctx context.Context, policies []Retention, purgers map[string]Purger, now time.Time, dryRun bool) (*Report, error) {
	type kind struct {
		keep     time.Duration
		purposes []string
	}
	kinds := make(map[string]*kind)
	for i, p := range policies {
		switch {
		case p.Kind == "":
			return nil, fmt.Errorf("%w: policy %d has no kind", ErrRetention, i)
		case p.Keep <= 0:
			return nil, fmt.Errorf("%w: policy %d (%s) must keep records for a positive time", ErrRetention, i, p.Kind)
		}
		k := kinds[p.Kind]
		if k == nil {
			k = &kind{}
			kinds[p.Kind] = k
		}
		k.keep = max(k.keep, p.Keep)
		if p.Purpose != "" && !slices.Contains(k.purposes, p.Purpose) {
			k.purposes = append(k.purposes, p.Purpose)
		}
	}
	names := make([]string, 0, len(kinds))
	for name := range kinds {
		if purgers[name] == nil {
			return nil, fmt.Errorf("%w: no purger for kind %q", ErrRetention, name)
		}
		names = append(names, name)
	}
	slices.Sort(names)

	r := &Report{Now: now, DryRun: dryRun}
	var errs []error
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return r, errors.Join(append(errs, err)...)
		}
		k := kinds[name]
		slices.Sort(k.purposes)
		kr := KindReport{Kind: name, Purposes: k.purposes, Keep: k.keep, Before: now.Add(-k.keep)}
		kr.Count, kr.Err = purgers[name].PurgeBefore(ctx, name, kr.Before, dryRun)
		if kr.Err != nil {
			errs = append(errs, fmt.Errorf("minimize: purge %s: %w", name, kr.Err))
		}
		r.Kinds = append(r.Kinds, kr)
	}
	return r, errors.Join(errs...)
}

// MemoryPurger is an in-memory [Purger] of records with IDs and creation
// times, for tests and examples. The zero value is ready; it is safe for
// concurrent use.
type MemoryPurger struct {
	mu      sync.Mutex
	records map[string][]memRecord
}

type memRecord struct {
	id      string
	created time.Time
}

// Add records a record of kind with id, created at created.
func (p *MemoryPurger) Add(kind, id string, created time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.records == nil {
		p.records = make(map[string][]memRecord)
	}
	p.records[kind] = append(p.records[kind], memRecord{id, created})
}

// IDs returns the IDs of the records of kind that remain, in the order
// they were added.
func (p *MemoryPurger) IDs(kind string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	ids := make([]string, 0, len(p.records[kind]))
	for _, r := range p.records[kind] {
		ids = append(ids, r.id)
	}
	return ids
}

// PurgeBefore implements [Purger].
func (p *MemoryPurger) PurgeBefore(ctx context.Context, kind string, before time.Time, dryRun bool) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	var n int64
	kept := p.records[kind][:0:0]
	for _, r := range p.records[kind] {
		if r.created.Before(before) {
			n++
			continue
		}
		kept = append(kept, r)
	}
	if !dryRun && n > 0 {
		p.records[kind] = kept
	}
	return n, nil
}
