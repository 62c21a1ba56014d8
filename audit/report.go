package audit

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/confide-dev/confide/consent"
)

// PrivacyReport holds the privacy figures of a period, computed from the
// audit log by [Report].
type PrivacyReport struct {
	// From and To bound the period: events recorded at or after From and
	// before To (zero To: no end).
	From, To time.Time
	// Turns counts the turns (model calls answering a customer message)
	// whatever their outcome.
	Turns int
	// TurnsWithPII counts the turns whose message held personal data.
	TurnsWithPII int
	// PII counts the values found per entity type, in turns and the model
	// calls after tool results.
	PII map[string]int
	// Refused counts the turns refused for want of consent, and
	// RefusedByPurpose by the first missing purpose.
	Refused          int
	RefusedByPurpose map[consent.Purpose]int
	// Degraded counts the turns that ran without an optional purpose.
	Degraded int
	// Errors counts the turns that failed, by reason.
	Errors map[Reason]int
	// Erasures counts the erasures completed in the period, and
	// ErasuresPending the requests recorded without completion.
	Erasures, ErasuresPending int
	// ErasureTimes are the times from request to completion of the
	// erasures, shortest first.
	ErasureTimes []time.Duration
	// Exports counts the data exports.
	Exports int
}

// ShareWithPII is the share of turns whose message held personal data,
// from 0 to 1.
func (r *PrivacyReport) ShareWithPII() float64 {
	if r.Turns == 0 {
		return 0
	}
	return float64(r.TurnsWithPII) / float64(r.Turns)
}

// ErasureMedian is the median time an erasure took; zero if none.
func (r *PrivacyReport) ErasureMedian() time.Duration {
	n := len(r.ErasureTimes)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return r.ErasureTimes[n/2]
	}
	return (r.ErasureTimes[n/2-1] + r.ErasureTimes[n/2]) / 2
}

// ErasureMax is the longest time an erasure took; zero if none.
func (r *PrivacyReport) ErasureMax() time.Duration {
	if len(r.ErasureTimes) == 0 {
		return 0
	}
	return r.ErasureTimes[len(r.ErasureTimes)-1]
}

// Report computes the privacy figures of the events recorded in [from,
// to) (a zero to has no end). Events may come from several tenants; give
// it one tenant's to report on that tenant.
func Report(ctx context.Context, events []Event, from, to time.Time) (*PrivacyReport, error) {
	r := &PrivacyReport{From: from, To: to, PII: map[string]int{}, RefusedByPurpose: map[consent.Purpose]int{}, Errors: map[Reason]int{}}
	for i, e := range events {
		if i%readPage == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if e.Time.Before(from) || !to.IsZero() && !e.Time.Before(to) {
			continue
		}
		switch e.Operation {
		case OpTurn, OpModelCall:
			found := 0
			for t, n := range e.PII {
				r.PII[t] += n
				found += n
			}
			if e.Operation != OpTurn {
				continue
			}
			r.Turns++
			if found > 0 {
				r.TurnsWithPII++
			}
			switch e.Decision {
			case DecisionRefused:
				if e.Reason == ReasonConsentRequired {
					r.Refused++
					if len(e.Refused) > 0 {
						r.RefusedByPurpose[e.Refused[0]]++
					}
				}
			case DecisionDegraded:
				r.Degraded++
			case DecisionError:
				r.Errors[e.Reason]++
			}
		case OpErase:
			if e.CompletedAt.IsZero() || e.Decision != DecisionAllowed {
				r.ErasuresPending++
				continue
			}
			r.Erasures++
			if !e.RequestedAt.IsZero() {
				r.ErasureTimes = append(r.ErasureTimes, e.CompletedAt.Sub(e.RequestedAt))
			}
		case OpExport:
			r.Exports++
		}
	}
	slices.Sort(r.ErasureTimes)
	return r, nil
}

// ReportStore is [Report] on tenant's chain as r stores it, read a page at
// a time.
func ReportStore(ctx context.Context, r Reader, tenant string, from, to time.Time) (*PrivacyReport, error) {
	var all []Event
	var after uint64
	for {
		evs, err := r.Events(ctx, tenant, after, readPage)
		if err != nil {
			return nil, fmt.Errorf("audit: report: %w", err)
		}
		if len(evs) == 0 {
			break
		}
		for _, e := range evs {
			if !e.Time.Before(from) && (to.IsZero() || e.Time.Before(to)) {
				all = append(all, e)
			}
		}
		after = max(after+1, evs[len(evs)-1].Seq)
	}
	return Report(ctx, all, from, to)
}

// String lays the report out as a table.
func (r *PrivacyReport) String() string {
	var b strings.Builder
	period := "from " + r.From.UTC().Format(time.RFC3339)
	if !r.To.IsZero() {
		period += " to " + r.To.UTC().Format(time.RFC3339)
	}
	fmt.Fprintf(&b, "Privacy report %s\n", period)
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(w, "  %s\t%v\n", k, v) }
	row("turns", r.Turns)
	row("turns with PII", fmt.Sprintf("%d (%.1f%%)", r.TurnsWithPII, 100*r.ShareWithPII()))
	for _, t := range sortedKeys(r.PII) {
		row("  "+t, r.PII[t])
	}
	row("refused for consent", r.Refused)
	for _, p := range sortedKeys(r.RefusedByPurpose) {
		row("  "+string(p), r.RefusedByPurpose[p])
	}
	row("degraded", r.Degraded)
	errs := 0
	for _, n := range r.Errors {
		errs += n
	}
	row("errors", errs)
	for _, reason := range sortedKeys(r.Errors) {
		row("  "+string(reason), r.Errors[reason])
	}
	row("erasures completed", r.Erasures)
	if len(r.ErasureTimes) > 0 {
		row("  median time", r.ErasureMedian())
		row("  longest time", r.ErasureMax())
	}
	row("erasures pending", r.ErasuresPending)
	row("exports", r.Exports)
	w.Flush()
	return b.String()
}

func sortedKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
