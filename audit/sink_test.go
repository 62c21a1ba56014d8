package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/audit/audittest"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/encrypt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
)

func TestMemorySink(t *testing.T) {
	audittest.TestStore(t, func(t *testing.T) (audit.Store, audit.Store) {
		s := audit.NewMemorySink()
		return s, s
	})
}

func TestSlogSink(t *testing.T) {
	ctx := context.Background()
	priv, pub := signingKey(t)
	var buf bytes.Buffer
	sink := audit.NewSlogSink(slog.New(slog.NewJSONHandler(&buf, nil)), nil)
	log, err := audit.NewLog(sink, audit.Options{SigningKey: priv, CheckpointEvery: 2, Now: newClock().Now})
	require.NoError(t, err)
	for i := range 3 {
		_, err := log.Record(ctx, turnEvent(i+1))
		require.NoError(t, err)
	}
	// Rebuild the chain from the log records alone and verify it.
	var evs []audit.Event
	var cps []audit.Checkpoint
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		switch rec["msg"] {
		case "confide.audit.event":
			e := audit.Event{
				Scope:     chat.Scope{Tenant: rec["tenant"].(string), Subject: rec["subject"].(string), Conversation: rec["conversation"].(string)},
				Seq:       uint64(rec["seq"].(float64)),
				Operation: audit.Operation(rec["operation"].(string)), Decision: audit.Decision(rec["decision"].(string)),
			}
			if pii, ok := rec["pii"].(map[string]any); ok {
				e.PII = map[string]int{}
				for k, v := range pii {
					e.PII[k] = int(v.(float64))
				}
			}
			e.Time, err = time.Parse(time.RFC3339Nano, rec["time"].(string))
			require.NoError(t, err)
			require.NoError(t, e.Prev.UnmarshalText([]byte(rec["prev"].(string))))
			require.NoError(t, e.Hash.UnmarshalText([]byte(rec["hash"].(string))))
			evs = append(evs, e)
		case "confide.audit.checkpoint":
			c := audit.Checkpoint{Tenant: rec["tenant"].(string), Seq: uint64(rec["seq"].(float64))}
			require.NoError(t, c.Hash.UnmarshalText([]byte(rec["hash"].(string))))
			c.Time, err = time.Parse(time.RFC3339Nano, rec["time"].(string))
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal([]byte(`"`+rec["signature"].(string)+`"`), &c.Signature))
			cps = append(cps, c)
		}
	}
	require.Len(t, evs, 3)
	require.Len(t, cps, 1)
	rep, err := audit.Verify(ctx, evs, cps, pub)
	require.NoError(t, err, "%v", rep)
	assert.Equal(t, uint64(2), rep.Anchored)
}

func TestSlogSinkInFront(t *testing.T) {
	var buf bytes.Buffer
	mem := audit.NewMemorySink()
	log, err := audit.NewLog(audit.NewSlogSink(slog.New(slog.NewTextHandler(&buf, nil)), mem), audit.Options{})
	require.NoError(t, err)
	e, err := log.Record(context.Background(), turnEvent(1))
	require.NoError(t, err)
	assert.Contains(t, buf.String(), "hash="+e.Hash.String())
	stored, err := mem.Events(context.Background(), "acme", 0, 0)
	require.NoError(t, err)
	assert.Equal(t, []audit.Event{e}, stored)
}

func TestLogRefusesInvalidEvents(t *testing.T) {
	log, err := audit.NewLog(audit.NewMemorySink(), audit.Options{})
	require.NoError(t, err)
	valid := turnEvent(1)
	for name, mutate := range map[string]func(e *audit.Event){
		"Tenant":      func(e *audit.Event) { e.Scope.Tenant = "" },
		"Subject":     func(e *audit.Event) { e.Scope.Subject = "Jo Smith" },
		"Orphan":      func(e *audit.Event) { e.Scope.Subject = "" },
		"Operation":   func(e *audit.Event) { e.Operation = "chat" },
		"Decision":    func(e *audit.Event) { e.Decision = "maybe" },
		"Reason":      func(e *audit.Event) { e.Reason = "customer said jo@example.org" },
		"Purpose":     func(e *audit.Event) { e.Purposes = append(e.Purposes, "Jo Smith") },
		"PIIType":     func(e *audit.Event) { e.PII = map[string]int{"4111111111111111": 1} },
		"PIINumber":   func(e *audit.Event) { e.PII = map[string]int{"CARD_4111111111111111": 1} },
		"PIICount":    func(e *audit.Event) { e.PII = map[string]int{"EMAIL_ADDRESS": -1} },
		"Key":         func(e *audit.Event) { e.Keys = []string{"jo@example.org"} },
		"Tool":        func(e *audit.Event) { e.Tool = "look up jo" },
		"TimesBehind": func(e *audit.Event) { e.RequestedAt, e.CompletedAt = time.Unix(2, 0), time.Unix(1, 0) },
	} {
		t.Run(name, func(t *testing.T) {
			e := valid
			mutate(&e)
			_, err := log.Record(context.Background(), e)
			require.ErrorIs(t, err, audit.ErrInvalid)
			for _, v := range []string{"Jo Smith", "jo@example.org", "4111111111111111", "look up jo"} {
				assert.NotContains(t, err.Error(), v)
			}
		})
	}
}

// failingStore is a transcript store whose loads fail as a tampered
// record would.
type failingStore struct{ chat.Store }

func (failingStore) Load(context.Context, chat.Scope) ([]chat.Message, error) {
	return nil, encrypt.ErrTampered
}

func (failingStore) Append(context.Context, chat.Scope, ...chat.Message) error { return nil }

func TestInstrumentStore(t *testing.T) {
	ctx := context.Background()
	reader := sdkmetric.NewManualReader()
	m, err := audit.NewMetrics(sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader)))
	require.NoError(t, err)
	r := &rig{reader: reader, metrics: m}
	s := audit.InstrumentStore(failingStore{}, m)
	require.NoError(t, s.Append(ctx, scope, chat.UserMessage("hi")))
	_, err = s.Load(ctx, scope)
	require.ErrorIs(t, err, encrypt.ErrTampered)
	assert.Equal(t, map[string]int64{"reason=tampered": 1}, r.sums(t, audit.MetricRestoreFailures))
	assert.Equal(t, map[string]int64{"": 1}, r.sums(t, audit.MetricStoreAppendDuration))
}
