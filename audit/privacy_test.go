package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
)

// gen makes customer values and messages holding them.
type gen struct {
	r      *rand.Rand
	values []string
}

func (g *gen) letters(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + g.r.IntN(26))
	}
	return string(b)
}

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) keep(v string) string {
	g.values = append(g.values, v)
	if d := onlyDigits(v); len(d) >= 8 && d != v {
		g.values = append(g.values, d)
	}
	return v
}

func (g *gen) email() string {
	domains := []string{"example.org", "mail.example.com", "post.example.net"}
	return g.keep(g.letters(3+g.r.IntN(6)) + "." + g.letters(4) + "@" + domains[g.r.IntN(len(domains))])
}

// card returns a Visa number that passes Luhn, grouped or not.
func (g *gen) card() string {
	d := "4" + g.digits(14)
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if (len(d)-i)%2 == 1 {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
	}
	d += string(rune('0' + (10-sum%10)%10))
	if g.r.IntN(2) == 0 {
		return g.keep(d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12:])
	}
	return g.keep(d)
}

func (g *gen) phone() string {
	if g.r.IntN(2) == 0 {
		return g.keep("+1 415 " + fmt.Sprint(200+g.r.IntN(700)) + " " + g.digits(4))
	}
	return g.keep("+44 20 7946 0" + g.digits(3))
}

func (g *gen) message() string {
	templates := []func() string{
		func() string { return "Hi, my email is " + g.email() + ", please update it." },
		func() string { return "Charge my card " + g.card() + " for order " + g.digits(5) + "." },
		func() string { return "Call me on " + g.phone() + " or write to " + g.email() + "." },
		func() string { return "urgent: card " + g.card() + " was charged twice" },
		func() string { return "Where is order " + g.digits(6) + "? My email is " + g.email() },
		func() string { return "Thanks, that is all." },
	}
	return templates[g.r.IntN(len(templates))]()
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// leaky fails some turns with an error that quotes the customer.
func leaky(next chat.Model) chat.Model {
	return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		last := req.Messages[len(req.Messages)-1]
		if strings.HasPrefix(last.Text(), "urgent") {
			return nil, fmt.Errorf("upstream refused %q", last.Text())
		}
		return next.Generate(ctx, req, stream)
	}}
}

// TestNoCustomerValueInAuditOrMetrics runs generated conversations through
// the audited stack (consent, a layer whose errors quote the customer,
// redaction, a model and tools that echo the customer) and checks that no
// generated value occurs in any event, log record or metric data point.
func TestNoCustomerValueInAuditOrMetrics(t *testing.T) {
	ctx := context.Background()
	g := &gen{r: rand.New(rand.NewPCG(8, 2026))}
	var logged bytes.Buffer
	mem := audit.NewMemorySink()
	priv, pub := signingKey(t)
	log, err := audit.NewLog(audit.NewSlogSink(slog.New(slog.NewJSONHandler(&logged, nil)), mem),
		audit.Options{SigningKey: priv, CheckpointEvery: 7})
	require.NoError(t, err)
	reader := sdkmetric.NewManualReader()
	metrics, err := audit.NewMetrics(sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader)))
	require.NoError(t, err)
	ledger, err := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
	require.NoError(t, err)
	strict := consent.Policy{Required: []consent.Purpose{consent.PurposeTrainAI}}
	lenient := consent.Policy{Optional: []consent.Purpose{consent.PurposeStoreTranscript}}

	model := scripted.New(
		scripted.Rule{Match: regexp.MustCompile(`order (\d+)`), Reply: "Checking.", AfterTool: "Found: {result}",
			Tool: &chat.ToolCall{Name: "order_status", Arguments: `{"query":"{input}"}`}},
		scripted.Rule{Reply: "You said: {input}"},
	).WithRecorded(0)
	tool := chat.Tool{Name: "order_status", Run: func(ctx context.Context, args string) (string, error) {
		if strings.Contains(args, "@") {
			return "", fmt.Errorf("lookup failed for %s", args)
		}
		return `{"status":"shipped","contact":"` + g.email() + `"}`, nil
	}}

	turns := 0
	for c := range 24 {
		policy := lenient
		if c%5 == 0 {
			policy = strict
		}
		s := chat.Scope{Tenant: "acme", Subject: fmt.Sprintf("cust-%d", c%7), Conversation: fmt.Sprintf("conv-%d", c)}
		conv, err := chat.NewConversation(model, s, chat.WithTools(tool), chat.WithMiddleware(
			audit.Middleware(log, audit.WithPolicy(policy), audit.WithMetrics(metrics)),
			consent.Middleware(ledger, policy),
			leaky,
			redactMW(),
		))
		require.NoError(t, err)
		for range 1 + g.r.IntN(4) {
			turns++
			if _, err := conv.Send(ctx, g.message()); err != nil {
				require.NotContains(t, err.Error(), "audit:", "every turn is recorded")
			}
		}
	}

	evs, err := mem.Events(ctx, "acme", 0, 0)
	require.NoError(t, err)
	cps, err := mem.Checkpoints(ctx, "acme")
	require.NoError(t, err)
	rep, err := audit.Verify(ctx, evs, cps, pub)
	require.NoError(t, err)
	require.True(t, rep.OK())

	var haystack strings.Builder
	found := map[string]int{}
	decisions := map[audit.Decision]int{}
	for _, e := range evs {
		b, err := json.Marshal(e)
		require.NoError(t, err)
		haystack.Write(b)
		haystack.WriteByte('\n')
		for typ, n := range e.PII {
			found[typ] += n
		}
		decisions[e.Decision]++
	}
	haystack.Write(logged.Bytes())
	var rm metricdata.ResourceMetrics
	require.NoError(t, reader.Collect(ctx, &rm))
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			switch d := m.Data.(type) {
			case metricdata.Sum[int64]:
				for _, dp := range d.DataPoints {
					fmt.Fprintf(&haystack, "%s %s %d\n", m.Name, attrKey(dp.Attributes), dp.Value)
				}
			case metricdata.Histogram[float64]:
				for _, dp := range d.DataPoints {
					fmt.Fprintf(&haystack, "%s %s %d\n", m.Name, attrKey(dp.Attributes), dp.Count)
				}
			}
		}
	}

	// The run exercised what it claims to.
	require.Greater(t, len(g.values), 30)
	assert.Positive(t, found["EMAIL_ADDRESS"])
	assert.Positive(t, found["CREDIT_CARD"])
	assert.Positive(t, found["PHONE_NUMBER"])
	for _, d := range []audit.Decision{audit.DecisionAllowed, audit.DecisionRefused, audit.DecisionDegraded, audit.DecisionError} {
		assert.Positive(t, decisions[d], "no %s event", d)
	}
	assert.GreaterOrEqual(t, len(evs), turns)

	all := haystack.String()
	for _, v := range g.values {
		assert.NotContains(t, all, v, "a customer value reached the audit trail or the metrics")
		if i := strings.IndexByte(v, '@'); i > 0 {
			assert.NotContains(t, all, v[:i], "the local part of an address reached the audit trail")
		}
	}
}
