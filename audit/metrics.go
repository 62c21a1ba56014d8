package audit

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

// MeterName is the instrumentation scope of the instruments of [Metrics].
const MeterName = "github.com/confide-dev/confide/audit"

// The names of the instruments of [Metrics]. Their attributes carry entity
// types, purpose keys, operations, decisions and reason classes: never a
// customer value, and never a tenant, subject or conversation ID (IDs
// would make a series per customer; the audit log has them).
const (
	// MetricEvents counts audited operations; attributes "operation",
	// "decision" and, for refusals and errors, "reason".
	MetricEvents = "confide.audit.events"
	// MetricPIIFound counts values of personal data found in what was sent
	// to the model; attribute "type" (EMAIL_ADDRESS, ...).
	MetricPIIFound = "confide.pii.found"
	// MetricConsentRefused counts turns refused for want of consent;
	// attribute "purpose", the first missing purpose.
	MetricConsentRefused = "confide.consent.refused"
	// MetricRedactionDuration is the time the redact middleware took to
	// redact a request, in seconds.
	MetricRedactionDuration = "confide.redaction.duration"
	// MetricStoreAppendDuration is the time a store wrapped by
	// [InstrumentStore] took to seal and write a turn, in seconds.
	MetricStoreAppendDuration = "confide.store.append.duration"
	// MetricRestoreFailures counts transcripts a store wrapped by
	// [InstrumentStore] could not restore (open and decode); attribute
	// "reason": tampered, forgotten, retired, missing_key or other.
	MetricRestoreFailures = "confide.restore.failures"
)

// Metrics records privacy metrics through the OpenTelemetry metric API.
// Until a program installs a meter provider (otel.SetMeterProvider, or one
// given to [NewMetrics]) they cost next to nothing and go nowhere. A nil
// *Metrics records nothing. It is safe for concurrent use.
type Metrics struct {
	events     metric.Int64Counter
	pii        metric.Int64Counter
	refused    metric.Int64Counter
	redaction  metric.Float64Histogram
	appendTime metric.Float64Histogram
	restore    metric.Int64Counter
}

// NewMetrics creates the instruments on mp's meter; nil mp means the global
// provider (otel.GetMeterProvider), which forwards to whatever provider is
// installed later.
func NewMetrics(mp metric.MeterProvider) (*Metrics, error) {
	if mp == nil {
		mp = otel.GetMeterProvider()
	}
	meter := mp.Meter(MeterName)
	m := &Metrics{}
	var errs [6]error
	m.events, errs[0] = meter.Int64Counter(MetricEvents, metric.WithUnit("{event}"),
		metric.WithDescription("Audited operations by operation, decision and reason."))
	m.pii, errs[1] = meter.Int64Counter(MetricPIIFound, metric.WithUnit("{value}"),
		metric.WithDescription("Values of personal data found in what was sent to the model, by entity type."))
	m.refused, errs[2] = meter.Int64Counter(MetricConsentRefused, metric.WithUnit("{turn}"),
		metric.WithDescription("Turns refused for want of consent, by purpose."))
	m.redaction, errs[3] = meter.Float64Histogram(MetricRedactionDuration, metric.WithUnit("s"),
		metric.WithDescription("Time to redact a request before it goes to the model."))
	m.appendTime, errs[4] = meter.Float64Histogram(MetricStoreAppendDuration, metric.WithUnit("s"),
		metric.WithDescription("Time to seal and store a turn's messages."))
	m.restore, errs[5] = meter.Int64Counter(MetricRestoreFailures, metric.WithUnit("{load}"),
		metric.WithDescription("Transcripts that could not be restored, by reason."))
	if err := errors.Join(errs[:]...); err != nil {
		return nil, fmt.Errorf("audit: metrics: %w", err)
	}
	return m, nil
}

// event records the metrics of one audited event.
func (m *Metrics) event(ctx context.Context, e Event) {
	if m == nil {
		return
	}
	attrs := []attribute.KeyValue{attribute.String("operation", string(e.Operation)), attribute.String("decision", string(e.Decision))}
	if e.Reason != "" {
		attrs = append(attrs, attribute.String("reason", string(e.Reason)))
	}
	m.events.Add(ctx, 1, metric.WithAttributes(attrs...))
	for typ, n := range e.PII {
		m.pii.Add(ctx, int64(n), metric.WithAttributes(attribute.String("type", typ)))
	}
	if e.Decision == DecisionRefused && e.Reason == ReasonConsentRequired {
		purpose := ""
		if len(e.Refused) > 0 {
			purpose = string(e.Refused[0])
		}
		m.refused.Add(ctx, 1, metric.WithAttributes(attribute.String("purpose", purpose)))
	}
}

func (m *Metrics) redacted(ctx context.Context, elapsed time.Duration) {
	if m != nil {
		m.redaction.Record(ctx, elapsed.Seconds())
	}
}

// InstrumentStore wraps a transcript store so that m measures how long
// each Append takes (sealing and writing: the cost of encryption at rest
// as a turn sees it) and counts the Loads that fail to restore a
// transcript. It changes nothing else.
func InstrumentStore(s chat.Store, m *Metrics) chat.Store {
	return &instrumented{Store: s, m: m}
}

type instrumented struct {
	chat.Store
	m *Metrics
}

func (s *instrumented) Append(ctx context.Context, scope chat.Scope, msgs ...chat.Message) error {
	start := time.Now()
	err := s.Store.Append(ctx, scope, msgs...)
	if s.m != nil && err == nil {
		s.m.appendTime.Record(ctx, time.Since(start).Seconds())
	}
	return err
}

func (s *instrumented) Load(ctx context.Context, scope chat.Scope) ([]chat.Message, error) {
	msgs, err := s.Store.Load(ctx, scope)
	if err != nil && s.m != nil && ctx.Err() == nil {
		s.m.restore.Add(ctx, 1, metric.WithAttributes(attribute.String("reason", restoreReason(err))))
	}
	return msgs, err
}

func restoreReason(err error) string {
	switch {
	case errors.Is(err, encrypt.ErrTampered), errors.Is(err, encrypt.ErrFormat):
		return "tampered"
	case errors.Is(err, encrypt.ErrForgotten):
		return "forgotten"
	case errors.Is(err, encrypt.ErrRetired):
		return "retired"
	case errors.Is(err, encrypt.ErrNoKeyset), errors.Is(err, encrypt.ErrUnknownKey), errors.Is(err, encrypt.ErrWrongKEK):
		return "missing_key"
	}
	return "other"
}
