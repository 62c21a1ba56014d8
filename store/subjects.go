package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// recordTables maps each kind of sealed record to its table.
var recordTables = []struct{ kind, table string }{
	{"transcript", "confide_messages"},
	{"vault", "confide_vault_entries"},
}

// Conversations returns the IDs of the conversations of which the database
// holds records (transcript or vault) for one subject, sorted. It reads
// only IDs, never sealed content.
func (d *DB) Conversations(ctx context.Context, tenant, subject string) ([]string, error) {
	done, err := d.enter()
	if err != nil {
		return nil, fmt.Errorf("store: conversations: %w", err)
	}
	defer done()
	seen := map[string]bool{}
	for _, t := range recordTables {
		rows, err := d.sql.QueryContext(ctx, d.rebind("SELECT DISTINCT conversation FROM "+t.table+" WHERE tenant = ? AND subject = ?"), tenant, subject)
		if err != nil {
			return nil, fmt.Errorf("store: conversations: %w", err)
		}
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: conversations: %w", err)
			}
			seen[c] = true
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("store: conversations: %w", err)
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	slices.Sort(out)
	return out, nil
}

// Affected counts, per tenant, subject and kind of record, the sealed
// records created in [from, to): the input to a breach assessment when a
// time window is known to be exposed.
type Affected struct {
	Tenant  string `json:"tenant"`
	Subject string `json:"subject"`
	Kind    string `json:"kind"`
	Records int64  `json:"records"`
}

// AffectedBetween lists the subjects and kinds of record created in the
// window [from, to), sorted by tenant, subject and kind.
func (d *DB) AffectedBetween(ctx context.Context, from, to time.Time) ([]Affected, error) {
	done, err := d.enter()
	if err != nil {
		return nil, fmt.Errorf("store: affected: %w", err)
	}
	defer done()
	var out []Affected
	for _, t := range recordTables {
		rows, err := d.sql.QueryContext(ctx, d.rebind("SELECT tenant, subject, COUNT(*) FROM "+t.table+
			" WHERE created_at >= ? AND created_at < ? GROUP BY tenant, subject"), unixNano(from), unixNano(to))
		if err != nil {
			return nil, fmt.Errorf("store: affected: %w", err)
		}
		for rows.Next() {
			a := Affected{Kind: t.kind}
			if err := rows.Scan(&a.Tenant, &a.Subject, &a.Records); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: affected: %w", err)
			}
			out = append(out, a)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("store: affected: %w", err)
		}
	}
	slices.SortFunc(out, func(a, b Affected) int {
		return cmp.Or(strings.Compare(a.Tenant, b.Tenant), strings.Compare(a.Subject, b.Subject), strings.Compare(a.Kind, b.Kind))
	})
	return out, nil
}
