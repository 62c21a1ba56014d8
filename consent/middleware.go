package consent

import (
	"context"
	"fmt"

	"github.com/confide-dev/confide/chat"
)

// Policy lists the purposes a conversation needs.
type Policy struct {
	// Required purposes must all be allowed, else the turn is refused
	// with a [*RequiredError] before the model is called.
	Required []Purpose
	// Optional purposes degrade instead: the turn runs whether or not they
	// are allowed, and the layer serving each one leaves its work undone
	// when it is not ([TranscriptStore] for [PurposeStoreTranscript]). The
	// middleware hands their outcome to the layers below it, which read it
	// with [AllowedFromContext].
	Optional []Purpose
}

// Middleware returns a chat middleware that checks policy against the
// ledger on every model call, so that a withdrawal takes effect on the very
// next turn. When a required purpose is not allowed it returns a
// [*RequiredError] (matching [ErrConsentRequired]) naming it: the model is
// not called and, the turn having failed, nothing is stored. When the
// ledger cannot be read or a purpose is unknown it fails closed the same
// way, with that error.
func Middleware(l *Ledger, policy Policy) chat.Middleware {
	return func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			decisions, err := l.check(ctx, req.Scope, policy)
			if err != nil {
				return nil, err
			}
			return next.Generate(context.WithValue(ctx, decisionsKey{}, decisions), req, stream)
		}}
	}
}

// check evaluates the policy on one state of the subject.
func (l *Ledger) check(ctx context.Context, scope chat.Scope, policy Policy) (map[Purpose]bool, error) {
	st, err := l.State(ctx, scope.Tenant, scope.Subject)
	if err != nil {
		return nil, fmt.Errorf("consent: check: %w", err)
	}
	decisions := make(map[Purpose]bool, len(policy.Required)+len(policy.Optional))
	var missing []Purpose
	for i, ps := range [][]Purpose{policy.Required, policy.Optional} {
		for _, p := range ps {
			if _, err := l.tax.lookup(p); err != nil {
				return nil, fmt.Errorf("consent: check: %w", err)
			}
			ok := st.Allowed(p)
			decisions[p] = ok
			if !ok && i == 0 {
				missing = append(missing, p)
			}
		}
	}
	if len(missing) > 0 {
		return nil, &RequiredError{Purpose: missing[0], Missing: missing}
	}
	return decisions, nil
}

type decisionsKey struct{}

// AllowedFromContext reports, for a layer below [Middleware], whether the
// middleware found purpose allowed for this call. known is false when the
// purpose is not in the policy or the context did not come through the
// middleware; treat that as not allowed.
func AllowedFromContext(ctx context.Context, purpose Purpose) (allowed, known bool) {
	d, _ := ctx.Value(decisionsKey{}).(map[Purpose]bool)
	allowed, known = d[purpose]
	return allowed, known
}

// TranscriptStore is a [chat.Store] that keeps transcripts only for
// subjects that allow its purpose, usually [PurposeStoreTranscript]: the
// degrade mode that lets a conversation run without consent to keep it.
//
// Append passes to the inner store when the purpose is allowed and does
// nothing otherwise. Load returns the stored transcript only when the
// purpose is allowed, so that a withdrawn subject's old transcript is not
// used; deleting it is the application's decision. Delete always passes.
// If the ledger cannot be read, Append and Load fail with the error
// rather than store or read anything. It is safe for concurrent use if the
// inner store is.
type TranscriptStore struct {
	ledger  *Ledger
	inner   chat.Store
	purpose Purpose
}

// NewTranscriptStore returns a store that keeps transcripts in inner only
// for subjects that allow purpose.
func NewTranscriptStore(l *Ledger, inner chat.Store, purpose Purpose) *TranscriptStore {
	return &TranscriptStore{ledger: l, inner: inner, purpose: purpose}
}

// Append implements [chat.Store].
func (s *TranscriptStore) Append(ctx context.Context, scope chat.Scope, msgs ...chat.Message) error {
	ok, err := s.ledger.Allowed(ctx, scope, s.purpose)
	if err != nil {
		return fmt.Errorf("consent: transcript store: append: %w", err)
	}
	if !ok {
		return nil
	}
	return s.inner.Append(ctx, scope, msgs...)
}

// Load implements [chat.Store].
func (s *TranscriptStore) Load(ctx context.Context, scope chat.Scope) ([]chat.Message, error) {
	ok, err := s.ledger.Allowed(ctx, scope, s.purpose)
	if err != nil {
		return nil, fmt.Errorf("consent: transcript store: load: %w", err)
	}
	if !ok {
		return []chat.Message{}, nil
	}
	return s.inner.Load(ctx, scope)
}

// Delete implements [chat.Store].
func (s *TranscriptStore) Delete(ctx context.Context, scope chat.Scope) error {
	return s.inner.Delete(ctx, scope)
}
