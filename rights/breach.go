package rights

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
)

// BreachQuery says what is known to be exposed: a key-encryption key (all
// data of every subject whose keys it wraps), a time window (every record
// written in it), or both.
type BreachQuery struct {
	// KEK is the ID of an exposed key-encryption key, as `confide keys
	// status` prints it.
	KEK string
	// From and To bound the exposed window [From, To); both or neither.
	From, To time.Time
}

// BreachReport lists the subjects and kinds of record a breach affects:
// the input to a notification within 72 hours (GDPR Art. 33 and 34).
type BreachReport struct {
	Query BreachQuery `json:"query"`
	// Affected lists, per tenant, subject and kind of record, how many
	// records are affected (-1 where every record of that subject is,
	// as for an exposed KEK).
	Affected []store.Affected `json:"affected"`
	// Subjects and Tenants count the distinct subjects and tenants.
	Subjects int `json:"subjects"`
	Tenants  int `json:"tenants"`
}

// Breach assesses an exposure.
func (s *Service) Breach(ctx context.Context, q BreachQuery) (*BreachReport, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if q.KEK == "" && q.From.IsZero() && q.To.IsZero() {
		return nil, fmt.Errorf("rights: breach: name a key or a time window")
	}
	if q.From.IsZero() != q.To.IsZero() || (!q.From.IsZero() && !q.From.Before(q.To)) {
		return nil, fmt.Errorf("rights: breach: the window needs a start before its end")
	}
	rep := &BreachReport{Query: q}
	var byKEK map[string]bool
	if q.KEK != "" {
		byKEK = map[string]bool{}
		var after encrypt.SubjectRef
		for {
			page, err := s.DB.Keys().List(ctx, after, 500)
			if err != nil {
				return nil, fmt.Errorf("rights: breach: %w", err)
			}
			for _, ks := range page {
				if !ks.IsTombstone() && ks.KEKID == q.KEK {
					byKEK[ks.Tenant+"\x00"+ks.Subject] = true
				}
			}
			if len(page) < 500 {
				break
			}
			after = page[len(page)-1].Ref()
		}
	}
	switch {
	case !q.From.IsZero():
		rows, err := s.DB.AffectedBetween(ctx, q.From, q.To)
		if err != nil {
			return nil, fmt.Errorf("rights: breach: %w", err)
		}
		for _, r := range rows {
			if byKEK == nil || byKEK[r.Tenant+"\x00"+r.Subject] {
				rep.Affected = append(rep.Affected, r)
			}
		}
	default:
		for key := range byKEK {
			tenant, subject, _ := strings.Cut(key, "\x00")
			rep.Affected = append(rep.Affected, store.Affected{Tenant: tenant, Subject: subject, Kind: "all", Records: -1})
		}
		sort.Slice(rep.Affected, func(i, j int) bool {
			a, b := rep.Affected[i], rep.Affected[j]
			return a.Tenant < b.Tenant || a.Tenant == b.Tenant && a.Subject < b.Subject
		})
	}
	subjects, tenants := map[string]bool{}, map[string]bool{}
	for _, a := range rep.Affected {
		subjects[a.Tenant+"\x00"+a.Subject] = true
		tenants[a.Tenant] = true
	}
	rep.Subjects, rep.Tenants = len(subjects), len(tenants)
	return rep, nil
}

// String prints the report as a table.
func (r *BreachReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "breach assessment:")
	if r.Query.KEK != "" {
		fmt.Fprintf(&b, " key %s", r.Query.KEK)
	}
	if !r.Query.From.IsZero() {
		fmt.Fprintf(&b, " window %s to %s", r.Query.From.UTC().Format(time.RFC3339), r.Query.To.UTC().Format(time.RFC3339))
	}
	fmt.Fprintf(&b, "\n%d subjects in %d tenants affected\n", r.Subjects, r.Tenants)
	if len(r.Affected) > 0 {
		fmt.Fprintf(&b, "%-24s %-32s %-10s %s\n", "tenant", "subject", "kind", "records")
	}
	for _, a := range r.Affected {
		n := fmt.Sprint(a.Records)
		if a.Records < 0 {
			n = "all"
		}
		fmt.Fprintf(&b, "%-24s %-32s %-10s %s\n", a.Tenant, a.Subject, a.Kind, n)
	}
	return b.String()
}
