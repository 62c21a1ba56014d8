package audit_test

import (
	"context"
	"testing"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReport(t *testing.T) {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	at := func(h int) time.Time { return day.Add(time.Duration(h) * time.Hour) }
	s := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	tenant := chat.Scope{Tenant: "acme", Subject: "cust-1"}
	evs := []audit.Event{
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": 2}, Time: at(-1)}, // before the period
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": 1, "CREDIT_CARD": 1}, Time: at(1)},
		{Scope: s, Operation: audit.OpTool, Decision: audit.DecisionAllowed, Time: at(1)},
		{Scope: s, Operation: audit.OpModelCall, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": 1}, Time: at(1)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, Time: at(2)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionRefused, Reason: audit.ReasonConsentRequired,
			Refused: []consent.Purpose{consent.PurposeTrainAI}, Time: at(3)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionDegraded, Refused: []consent.Purpose{consent.PurposeStoreTranscript},
			PII: map[string]int{"PHONE_NUMBER": 1}, Time: at(4)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionError, Reason: audit.ReasonDetector, Time: at(5)},
		{Scope: tenant, Operation: audit.OpErase, Decision: audit.DecisionAllowed, RequestedAt: at(0), CompletedAt: at(6), Time: at(6)},
		{Scope: tenant, Operation: audit.OpErase, Decision: audit.DecisionAllowed, RequestedAt: at(5), CompletedAt: at(7), Time: at(7)},
		{Scope: tenant, Operation: audit.OpErase, Decision: audit.DecisionAllowed, RequestedAt: at(6), CompletedAt: at(10), Time: at(10)},
		{Scope: tenant, Operation: audit.OpErase, Decision: audit.DecisionError, Reason: audit.ReasonStore, RequestedAt: at(8), Time: at(11)},
		{Scope: tenant, Operation: audit.OpExport, Decision: audit.DecisionAllowed, Time: at(12)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": 5}, Time: at(24)}, // after
	}
	r, err := audit.Report(context.Background(), evs, day, day.Add(24*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, 5, r.Turns)
	assert.Equal(t, 2, r.TurnsWithPII)
	assert.InDelta(t, 0.4, r.ShareWithPII(), 1e-9)
	assert.Equal(t, map[string]int{"EMAIL_ADDRESS": 2, "CREDIT_CARD": 1, "PHONE_NUMBER": 1}, r.PII)
	assert.Equal(t, 1, r.Refused)
	assert.Equal(t, map[consent.Purpose]int{consent.PurposeTrainAI: 1}, r.RefusedByPurpose)
	assert.Equal(t, 1, r.Degraded)
	assert.Equal(t, map[audit.Reason]int{audit.ReasonDetector: 1}, r.Errors)
	assert.Equal(t, 3, r.Erasures)
	assert.Equal(t, 1, r.ErasuresPending)
	assert.Equal(t, []time.Duration{2 * time.Hour, 4 * time.Hour, 6 * time.Hour}, r.ErasureTimes)
	assert.Equal(t, 4*time.Hour, r.ErasureMedian())
	assert.Equal(t, 6*time.Hour, r.ErasureMax())
	assert.Equal(t, 1, r.Exports)

	table := r.String()
	for _, want := range []string{"turns with PII", "2 (40.0%)", "train_ai_system", "median time", "4h0m0s", "detector"} {
		assert.Contains(t, table, want)
	}

	// The same figures come from a store.
	sink := audit.NewMemorySink()
	for _, e := range evs {
		_, err := sink.Append(context.Background(), e)
		require.NoError(t, err)
	}
	r2, err := audit.ReportStore(context.Background(), sink, "acme", day, day.Add(24*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, r.String(), r2.String())

	empty, err := audit.Report(context.Background(), nil, day, time.Time{})
	require.NoError(t, err)
	assert.Zero(t, empty.ShareWithPII())
	assert.Zero(t, empty.ErasureMedian())
}
