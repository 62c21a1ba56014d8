package audit_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"testing"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/redact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
)

var scope = chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}

// rig is an audited conversation stack: audit outermost, then whatever
// the test adds, then redact reporting its findings, then the model.
type rig struct {
	sink    *audit.MemorySink
	log     *audit.Log
	reader  *sdkmetric.ManualReader
	metrics *audit.Metrics
}

func newRig(t *testing.T) *rig {
	t.Helper()
	r := &rig{sink: audit.NewMemorySink(), reader: sdkmetric.NewManualReader()}
	var err error
	r.log, err = audit.NewLog(r.sink, audit.Options{Now: newClock().Now})
	require.NoError(t, err)
	r.metrics, err = audit.NewMetrics(sdkmetric.NewMeterProvider(sdkmetric.WithReader(r.reader)))
	require.NoError(t, err)
	return r
}

var detector = func() redact.Detector {
	d, err := redact.NewDetector()
	if err != nil {
		panic(err)
	}
	return d
}()

func redactMW() chat.Middleware {
	return redact.Middleware(redact.NewRedactor(detector), redact.NewVaults(redact.NewMemoryVaultStore()),
		redact.WithFindings(audit.RecordFindings))
}

func (r *rig) conversation(t *testing.T, model chat.Model, s chat.Scope, opts []audit.MiddlewareOption, mws ...chat.Middleware) *chat.Conversation {
	t.Helper()
	opts = append([]audit.MiddlewareOption{audit.WithMetrics(r.metrics)}, opts...)
	all := append([]chat.Middleware{audit.Middleware(r.log, opts...)}, mws...)
	all = append(all, redactMW())
	conv, err := chat.NewConversation(model, s, chat.WithMiddleware(all...))
	require.NoError(t, err)
	return conv
}

func (r *rig) events(t *testing.T, tenant string) []audit.Event {
	t.Helper()
	evs, err := r.sink.Events(context.Background(), tenant, 0, 0)
	require.NoError(t, err)
	return evs
}

// sums returns the metric's data points as "attr=value,...": total.
func (r *rig) sums(t *testing.T, name string) map[string]int64 {
	t.Helper()
	var rm metricdata.ResourceMetrics
	require.NoError(t, r.reader.Collect(context.Background(), &rm))
	out := map[string]int64{}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name != name {
				continue
			}
			switch d := m.Data.(type) {
			case metricdata.Sum[int64]:
				for _, dp := range d.DataPoints {
					out[attrKey(dp.Attributes)] += dp.Value
				}
			case metricdata.Histogram[float64]:
				for _, dp := range d.DataPoints {
					out[attrKey(dp.Attributes)] += int64(dp.Count)
				}
			}
		}
	}
	return out
}

func attrKey(s attribute.Set) string {
	key := ""
	for i, kv := range s.ToSlice() {
		if i > 0 {
			key += ","
		}
		key += string(kv.Key) + "=" + kv.Value.String()
	}
	return key
}

func TestMiddlewareCountsPIIPerTurn(t *testing.T) {
	r := newRig(t)
	model := scripted.New(scripted.Rule{Reply: "Noted."})
	conv := r.conversation(t, model, scope, nil)
	ctx := context.Background()
	for _, msg := range []string{
		"My email is jo@example.org and my card 4111 1111 1111 1111.",
		"Thanks!",
		"My email is jo@example.org and my card 4111 1111 1111 1111.",
	} {
		_, err := conv.Send(ctx, msg)
		require.NoError(t, err)
	}
	evs := r.events(t, "acme")
	require.Len(t, evs, 3)
	want := map[string]int{"EMAIL_ADDRESS": 1, "CREDIT_CARD": 1}
	assert.Equal(t, want, evs[0].PII)
	assert.Empty(t, evs[1].PII, "history is not counted again")
	assert.Equal(t, want, evs[2].PII, "a repeated message is counted again")
	for _, e := range evs {
		assert.Equal(t, audit.OpTurn, e.Operation)
		assert.Equal(t, audit.DecisionAllowed, e.Decision)
		assert.Equal(t, scope, e.Scope)
		assert.False(t, e.RequestedAt.After(e.CompletedAt))
	}
	assert.Equal(t, map[string]int64{"type=CREDIT_CARD": 2, "type=EMAIL_ADDRESS": 2}, r.sums(t, audit.MetricPIIFound))
	assert.Equal(t, map[string]int64{"": 3}, r.sums(t, audit.MetricRedactionDuration), "one redaction timed per call")
	assert.Equal(t, map[string]int64{"decision=allowed,operation=turn": 3}, r.sums(t, audit.MetricEvents))
}

func TestMiddlewareConsent(t *testing.T) {
	ctx := context.Background()
	ledger, err := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
	require.NoError(t, err)
	policy := consent.Policy{Required: []consent.Purpose{consent.PurposeTrainAI}, Optional: []consent.Purpose{consent.PurposeStoreTranscript}}

	t.Run("Refused", func(t *testing.T) {
		r := newRig(t)
		model := scripted.New(scripted.Rule{Reply: "Noted."})
		conv := r.conversation(t, model, scope, []audit.MiddlewareOption{audit.WithPolicy(policy)}, consent.Middleware(ledger, policy))
		_, err := conv.Send(ctx, "my email is jo@example.org")
		require.ErrorIs(t, err, consent.ErrConsentRequired)
		evs := r.events(t, "acme")
		require.Len(t, evs, 1)
		e := evs[0]
		assert.Equal(t, audit.DecisionRefused, e.Decision)
		assert.Equal(t, audit.ReasonConsentRequired, e.Reason)
		assert.Equal(t, []consent.Purpose{consent.PurposeTrainAI}, e.Refused)
		assert.Equal(t, []consent.Purpose{consent.PurposeTrainAI, consent.PurposeStoreTranscript}, e.Purposes)
		assert.Empty(t, e.PII, "nothing was redacted: the turn stopped before")
		assert.Equal(t, map[string]int64{"purpose=train_ai_system": 1}, r.sums(t, audit.MetricConsentRefused))
	})

	t.Run("Degraded", func(t *testing.T) {
		r := newRig(t)
		notice, err := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "bot", Version: "1", Text: "We train on chats."})
		require.NoError(t, err)
		_, err = ledger.Grant(ctx, consent.Choice{Tenant: "acme", Subject: "cust-2", Purposes: []consent.Purpose{consent.PurposeTrainAI},
			Notice: notice.Ref(), Source: consent.SourceUI})
		require.NoError(t, err)
		s := chat.Scope{Tenant: "acme", Subject: "cust-2", Conversation: "c-1"}
		conv := r.conversation(t, scripted.New(scripted.Rule{Reply: "Noted."}), s,
			[]audit.MiddlewareOption{audit.WithPolicy(policy)}, consent.Middleware(ledger, policy))
		_, err = conv.Send(ctx, "hello")
		require.NoError(t, err)
		evs := r.events(t, "acme")
		require.Len(t, evs, 1)
		assert.Equal(t, audit.DecisionDegraded, evs[0].Decision)
		assert.Equal(t, []consent.Purpose{consent.PurposeStoreTranscript}, evs[0].Refused)
	})
}

func TestMiddlewareTools(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	model := scripted.New(scripted.Rule{
		Match: regexp.MustCompile(`order (\S+)`), Reply: "Looking.", AfterTool: "Status: {result}",
		Tool: &chat.ToolCall{Name: "order_status", Arguments: `{"order":"{match}","email":"jo@example.org"}`},
	})
	failing := chat.Tool{Name: "order_status", Run: func(ctx context.Context, args string) (string, error) {
		return "", fmt.Errorf("no order for %s", args)
	}}
	conv2, err := chat.NewConversation(model, chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-2"},
		chat.WithTools(failing), chat.WithMiddleware(audit.Middleware(r.log, audit.WithMetrics(r.metrics)), redactMW()))
	require.NoError(t, err)
	ok := chat.Tool{Name: "order_status", Run: func(ctx context.Context, args string) (string, error) {
		return `{"status":"shipped","contact":"ops@shop.example"}`, nil
	}}
	conv, err := chat.NewConversation(model, scope, chat.WithTools(ok),
		chat.WithMiddleware(audit.Middleware(r.log, audit.WithMetrics(r.metrics)), redactMW()))
	require.NoError(t, err)

	_, err = conv.Send(ctx, "where is order A-1?")
	require.NoError(t, err)
	_, err = conv2.Send(ctx, "where is order A-2?")
	require.NoError(t, err)

	evs := r.events(t, "acme")
	var ops []string
	for _, e := range evs {
		ops = append(ops, fmt.Sprintf("%s/%s/%s/%s", e.Scope.Conversation, e.Operation, e.Decision, e.Reason))
	}
	assert.Equal(t, []string{
		"c-1/turn/allowed/", "c-1/tool/allowed/", "c-1/model_call/allowed/",
		"c-2/turn/allowed/", "c-2/tool/error/tool_failed", "c-2/model_call/allowed/",
	}, ops)
	assert.Equal(t, "order_status", evs[1].Tool)
	assert.Equal(t, map[string]int{"EMAIL_ADDRESS": 1}, evs[2].PII, "the tool result's address is counted in the call that sends it")
}

func TestMiddlewareErrors(t *testing.T) {
	ctx := context.Background()
	secret := "jo@example.org"
	errUpstream := errors.New("upstream")
	cases := []struct {
		name string
		err  error
		opts []audit.MiddlewareOption
		want audit.Reason
	}{
		{"Other", fmt.Errorf("provider rejected %q", secret), nil, audit.ReasonOther},
		{"Mapped", fmt.Errorf("%w: %s", errUpstream, secret), []audit.MiddlewareOption{audit.WithErrorReason(errUpstream, audit.ReasonModel)}, audit.ReasonModel},
		{"MappedUnknownReason", errUpstream, []audit.MiddlewareOption{audit.WithErrorReason(errUpstream, "my words")}, audit.ReasonOther},
		{"Canceled", context.Canceled, nil, audit.ReasonCanceled},
		{"Detector", fmt.Errorf("%w: boom", redact.ErrDetector), []audit.MiddlewareOption{audit.WithErrorReason(redact.ErrDetector, audit.ReasonDetector)}, audit.ReasonDetector},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			model := scripted.New(scripted.Rule{Err: tc.err})
			conv := r.conversation(t, model, scope, tc.opts)
			_, err := conv.Send(ctx, "my email is "+secret)
			require.ErrorIs(t, err, tc.err)
			evs := r.events(t, "acme")
			require.Len(t, evs, 1)
			assert.Equal(t, audit.DecisionError, evs[0].Decision)
			assert.Equal(t, tc.want, evs[0].Reason)
			assert.Equal(t, map[string]int{"EMAIL_ADDRESS": 1}, evs[0].PII, "redaction ran before the model failed")
		})
	}
}

// failingSink fails every append.
type failingSink struct{ audit.MemorySink }

func (*failingSink) Append(context.Context, audit.Event) (audit.Event, error) {
	return audit.Event{}, errors.New("disk full")
}

func TestMiddlewareFailsWhenUnrecorded(t *testing.T) {
	log, err := audit.NewLog(&failingSink{}, audit.Options{})
	require.NoError(t, err)
	conv, err := chat.NewConversation(scripted.New(scripted.Rule{Reply: "hi"}), scope,
		chat.WithMiddleware(audit.Middleware(log, audit.WithMetrics(nil))))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	assert.ErrorContains(t, err, "disk full", "a turn that cannot be recorded fails")
}

func TestRecordFindingsOutsideAudit(t *testing.T) {
	// Without the audit middleware around it, the hook does nothing.
	audit.RecordFindings(context.Background(), map[string]int{"EMAIL_ADDRESS": 1}, 0)
}
