package audit

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
)

// MiddlewareOption configures [Middleware].
type MiddlewareOption func(*auditor)

// WithPolicy names the consent policy the conversation enforces, so that
// each turn's event lists the purposes checked and a turn that ran
// without one of its Optional purposes is recorded as degraded. (The
// middleware learns that from the layers below consent's middleware,
// through [RecordFindings].)
func WithPolicy(p consent.Policy) MiddlewareOption {
	return func(a *auditor) {
		a.purposes = append(slices.Clone(p.Required), p.Optional...)
		a.optional = slices.Clone(p.Optional)
	}
}

// WithErrorReason records errors matching target (by errors.Is) with
// reason r. Use it for the errors of layers this package does not know,
// such as redact.ErrDetector (r = [ReasonDetector]), redact.ErrVaultFull
// ([ReasonVault]) or redact.ErrOutputBlocked ([ReasonOutputBlocked]). The
// mappings are tried in order, before the built-in ones. An unknown
// reason is recorded as [ReasonOther].
func WithErrorReason(target error, r Reason) MiddlewareOption {
	return func(a *auditor) {
		if !r.Valid() || r == "" {
			r = ReasonOther
		}
		a.reasons = append(a.reasons, errorReason{target, r})
	}
}

// WithMetrics records metrics through m; the default is [NewMetrics] on
// the global meter provider. A nil m records none.
func WithMetrics(m *Metrics) MiddlewareOption {
	return func(a *auditor) { a.metrics, a.metricsSet = m, true }
}

type errorReason struct {
	target error
	reason Reason
}

type auditor struct {
	log        *Log
	purposes   []consent.Purpose
	optional   []consent.Purpose
	reasons    []errorReason
	metrics    *Metrics
	metricsSet bool
	now        func() time.Time
}

// Middleware returns a [chat.Middleware] that records an [Event] for every
// model call and every tool call to log: the scope, the outcome (allowed,
// refused for want of consent with the missing purpose, degraded, or an
// error with its class from a fixed set, never its text), the purposes
// checked, and how many values of each type of personal data the redact
// middleware found, never the values. It also records metrics (see
// [Metrics]).
//
// List it first, outermost, so that it sees the refusals of consent and
// the errors of every layer; and give the redact middleware
// [RecordFindings] so that it reports what it found:
//
//	chat.WithMiddleware(
//		audit.Middleware(log, audit.WithPolicy(policy)),
//		consent.Middleware(ledger, policy),
//		redact.Middleware(redactor, vaults, redact.WithFindings(audit.RecordFindings)),
//	)
//
// A model call that answers a customer message is recorded as [OpTurn],
// a further call of the same turn after tool results as [OpModelCall]. The
// event is written when the call returns, also when it failed or was
// cancelled; if it cannot be written the call fails with that error, so
// no turn goes unrecorded (a streamed reply has been seen by then). A nil
// log records metrics only.
func Middleware(log *Log, opts ...MiddlewareOption) chat.Middleware {
	a := &auditor{log: log, now: time.Now}
	if log != nil {
		a.now = log.now
	}
	for _, o := range opts {
		o(a)
	}
	if !a.metricsSet {
		// The global provider cannot fail to make instruments.
		a.metrics, _ = NewMetrics(nil)
	}
	return func(next chat.Model) chat.Model {
		return &chat.Layer{
			Next: next,
			OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
				return a.generate(ctx, next, req, stream)
			},
			OnTool: a.wrapTool,
		}
	}
}

type turnKey struct{}

// turn collects what the layers below report during one model call.
type turn struct {
	a       *auditor
	mu      sync.Mutex
	pii     map[string]int
	refused []consent.Purpose
}

// RecordFindings is a redact.FindingsFunc: give it to the redact
// middleware with redact.WithFindings, below [Middleware], and each
// model call's event counts the personal data found in the messages new
// to that call. It also reads, from the context, which optional purposes
// of [WithPolicy] the consent middleware found not allowed. Outside an
// audited call it does nothing.
func RecordFindings(ctx context.Context, counts map[string]int, elapsed time.Duration) {
	t, ok := ctx.Value(turnKey{}).(*turn)
	if !ok {
		return
	}
	t.a.metrics.redacted(ctx, elapsed)
	t.mu.Lock()
	defer t.mu.Unlock()
	for typ, n := range counts {
		if n > 0 {
			t.pii[typ] += n
		}
	}
	for _, p := range t.a.optional {
		if allowed, known := consent.AllowedFromContext(ctx, p); known && !allowed && !slices.Contains(t.refused, p) {
			t.refused = append(t.refused, p)
		}
	}
}

func (a *auditor) generate(ctx context.Context, next chat.Model, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
	t := &turn{a: a, pii: map[string]int{}}
	start := a.now()
	resp, err := next.Generate(context.WithValue(ctx, turnKey{}, t), req, stream)

	e := Event{
		Scope: req.Scope, Operation: operation(req), Purposes: a.purposes,
		RequestedAt: start, CompletedAt: a.now(),
	}
	t.mu.Lock()
	e.PII, e.Refused = t.pii, slices.Clone(t.refused)
	t.mu.Unlock()
	switch {
	case err != nil:
		e.Decision, e.Reason, e.Refused = a.classify(err)
	case len(e.Refused) > 0:
		e.Decision = DecisionDegraded
	default:
		e.Decision = DecisionAllowed
	}
	if rerr := a.record(ctx, e); rerr != nil {
		if err != nil {
			return nil, errors.Join(err, rerr)
		}
		return nil, rerr
	}
	return resp, err
}

// operation tells a turn (the request ends with the customer's message)
// from a later call of the same turn.
func operation(req *chat.Request) Operation {
	if n := len(req.Messages); n > 0 && req.Messages[n-1].Role != chat.RoleUser {
		return OpModelCall
	}
	return OpTurn
}

func (a *auditor) wrapTool(next chat.ToolFunc) chat.ToolFunc {
	return func(ctx context.Context, scope chat.Scope, call chat.ToolCall) (chat.ToolResult, error) {
		start := a.now()
		res, err := next(ctx, scope, call)
		e := Event{Scope: scope, Operation: OpTool, RequestedAt: start, CompletedAt: a.now(), Decision: DecisionAllowed}
		if isName(call.Name, 64, toolChar) {
			e.Tool = call.Name
		}
		switch {
		case err != nil:
			e.Decision, e.Reason, e.Refused = a.classify(err)
		case res.IsError:
			e.Decision, e.Reason = DecisionError, ReasonToolFailed
		}
		if rerr := a.record(ctx, e); rerr != nil {
			if err != nil {
				return res, errors.Join(err, rerr)
			}
			return res, rerr
		}
		return res, err
	}
}

// record writes e to the log, even when the call's context is cancelled,
// and to the metrics.
func (a *auditor) record(ctx context.Context, e Event) error {
	a.metrics.event(ctx, e)
	if a.log == nil {
		return nil
	}
	if _, err := a.log.Record(context.WithoutCancel(ctx), e); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// classify turns an error into a decision, a reason from the fixed set
// and, for a refusal, the missing purposes. It never keeps the error's
// text.
func (a *auditor) classify(err error) (Decision, Reason, []consent.Purpose) {
	var req *consent.RequiredError
	if errors.As(err, &req) {
		return DecisionRefused, ReasonConsentRequired, slices.Clone(req.Missing)
	}
	if errors.Is(err, consent.ErrConsentRequired) {
		return DecisionRefused, ReasonConsentRequired, nil
	}
	for _, m := range a.reasons {
		if errors.Is(err, m.target) {
			return DecisionError, m.reason, nil
		}
	}
	return DecisionError, ErrorReason(err), nil
}

// ErrorReason returns the built-in class of err: cancellation, deadline,
// invalid input, tool rounds, a closed store, a consent check that could
// not answer, an encryption failure, or [ReasonOther].
func ErrorReason(err error) Reason {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, consent.ErrConsentRequired):
		return ReasonConsentRequired
	case errors.Is(err, context.Canceled):
		return ReasonCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return ReasonDeadline
	case errors.Is(err, chat.ErrInvalidMessage), errors.Is(err, chat.ErrMessageTooLarge), errors.Is(err, chat.ErrInvalidScope):
		return ReasonInvalidInput
	case errors.Is(err, chat.ErrToolRounds):
		return ReasonToolRounds
	case errors.Is(err, chat.ErrStoreClosed):
		return ReasonStore
	case errors.Is(err, consent.ErrUnknownPurpose), errors.Is(err, consent.ErrInvalid), errors.Is(err, consent.ErrConflict):
		return ReasonConsentCheck
	case errors.Is(err, encrypt.ErrTampered), errors.Is(err, encrypt.ErrFormat), errors.Is(err, encrypt.ErrForgotten),
		errors.Is(err, encrypt.ErrRetired), errors.Is(err, encrypt.ErrNoKeyset), errors.Is(err, encrypt.ErrUnknownKey),
		errors.Is(err, encrypt.ErrWrongKEK):
		return ReasonEncryption
	}
	return ReasonOther
}
