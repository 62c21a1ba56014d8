package consent

import (
	"context"
	"net/http"
	"strings"
)

// GPCRequested reports whether r carries a Global Privacy Control signal:
// the header Sec-GPC with the value 1.
func GPCRequested(r *http.Request) bool {
	return strings.TrimSpace(r.Header.Get("Sec-GPC")) == "1"
}

// GPCHandler records, once per request, the opt-out that a Global Privacy
// Control signal expresses, then calls next. For a request with
// Sec-GPC: 1, it asks choice whose request this is (tenant, subject,
// jurisdiction; false for an anonymous request, which is passed on
// untouched) and calls [Ledger.OptOut] with [SourceGPC]. The opt-out is
// recorded as its own event, and only when the subject has not already
// opted out, so a signal sent with every request adds one event, not one
// per request or per purpose check.
//
// If the opt-out cannot be recorded it fails closed: it answers 503 and
// does not call next, so nothing runs that the subject may have opted out
// of.
//
// A grant given after an opt-out allows the purpose again, until the next
// request with the signal opts out again: the signal is taken as the
// subject's current preference.
func GPCHandler(l *Ledger, choice func(*http.Request) (Choice, bool), next http.Handler, opts ...GPCOption) http.Handler {
	var cfg gpcConfig
	for _, o := range opts {
		o(&cfg)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if GPCRequested(r) {
			if c, ok := choice(r); ok {
				c.Source, c.Purposes = SourceGPC, nil
				ev, recorded, err := l.OptOut(r.Context(), c)
				if err != nil {
					http.Error(w, "consent records unavailable", http.StatusServiceUnavailable)
					return
				}
				if recorded && cfg.onOptOut != nil {
					cfg.onOptOut(r.Context(), ev)
				}
			}
		}
		next.ServeHTTP(w, r)
	})
}

// GPCOption configures [GPCHandler].
type GPCOption func(*gpcConfig)

type gpcConfig struct {
	onOptOut func(context.Context, Event)
}

// OnOptOut calls f with each opt-out event the handler records (not for a
// signal from a subject already opted out), for an audit log, say.
func OnOptOut(f func(ctx context.Context, ev Event)) GPCOption {
	return func(c *gpcConfig) { c.onOptOut = f }
}
