package consent

import (
	"time"
)

// State is a subject's consent at one moment, derived from the events
// recorded until then. It is immutable and safe for concurrent use.
//
// For a purpose that needs consent, the latest event (by Seq) whose
// purposes cover it decides: a grant allows it until the grant's Expires, a
// withdrawal, expiry or opt-out refuses it. So a grant on a parent covers
// its children, a later withdrawal of one child refuses that child only,
// and a later grant of the child allows it again. No event at all refuses.
type State struct {
	// Tenant and Subject say whose state this is.
	Tenant  string
	Subject string
	// At is the moment the state describes.
	At time.Time

	tax    *Taxonomy
	events []Event
}

func newState(tax *Taxonomy, tenant, subject string, at time.Time, evs []Event) *State {
	n := len(evs)
	for n > 0 && evs[n-1].Time.After(at) {
		n-- // Times never decrease along Seq, so the past is a prefix.
	}
	return &State{Tenant: tenant, Subject: subject, At: at, tax: tax, events: evs[:n:n]}
}

// Allowed reports whether the subject's data may be processed for p at
// [State.At]. A purpose not based on consent is always allowed; an unknown
// purpose never is.
func (s *State) Allowed(p Purpose) bool {
	info, ok := s.tax.Lookup(p)
	if !ok {
		return false
	}
	if info.Basis != BasisConsent {
		return true
	}
	ev, ok := s.DecidedBy(p)
	if !ok || ev.Kind != EventGrant {
		return false
	}
	return ev.Expires.IsZero() || s.At.Before(ev.Expires)
}

// DecidedBy returns the event that decides p at [State.At]: the latest one
// whose purposes cover p. It reports false when no event covers p.
func (s *State) DecidedBy(p Purpose) (Event, bool) {
	for i := len(s.events) - 1; i >= 0; i-- {
		for _, q := range s.events[i].Purposes {
			if q.Covers(p) {
				return s.events[i].Clone(), true
			}
		}
	}
	return Event{}, false
}

// Granted returns the purposes of the taxonomy that need consent and are
// allowed at [State.At], sorted: what a preferences page shows as on.
func (s *State) Granted() []Purpose {
	var out []Purpose
	for _, info := range s.tax.Purposes() {
		if info.Basis == BasisConsent && s.Allowed(info.Key) {
			out = append(out, info.Key)
		}
	}
	return out
}

// Events returns copies of the events the state was derived from, oldest
// first.
func (s *State) Events() []Event {
	out := make([]Event, len(s.events))
	for i, ev := range s.events {
		out[i] = ev.Clone()
	}
	return out
}
