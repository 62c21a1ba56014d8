package audit_test

import (
	"context"
	"fmt"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/redact"
)

// The middleware records each turn with the counts of personal data the
// redact middleware found, never the values.
func ExampleMiddleware() {
	ctx := context.Background()
	sink := audit.NewMemorySink()
	log, err := audit.NewLog(sink, audit.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	detector, err := redact.NewDetector()
	if err != nil {
		fmt.Println(err)
		return
	}
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	conv, err := chat.NewConversation(scripted.New(scripted.Rule{Reply: "Noted."}), scope, chat.WithMiddleware(
		audit.Middleware(log),
		redact.Middleware(redact.NewRedactor(detector), redact.NewVaults(redact.NewMemoryVaultStore()),
			redact.WithFindings(audit.RecordFindings)),
	))
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := conv.Send(ctx, "My email is jo@example.org"); err != nil {
		fmt.Println(err)
		return
	}
	evs, _ := sink.Events(ctx, "acme", 0, 0)
	for _, e := range evs {
		fmt.Println(e.Seq, e.Scope, e.Operation, e.Decision, e.PII)
	}
	// Output:
	// 1 acme/cust-1/c-1 turn allowed map[EMAIL_ADDRESS:1]
}

// Verify finds an edited event and says where.
func ExampleVerify() {
	ctx := context.Background()
	key, _ := audit.NewSigningKey()
	pub, _ := audit.PublicKeyset(key)
	sink := audit.NewMemorySink()
	log, _ := audit.NewLog(sink, audit.Options{SigningKey: key, CheckpointEvery: 2})
	for range 3 {
		_, _ = log.Record(ctx, audit.Event{Scope: chat.Scope{Tenant: "acme", Subject: "cust-1"},
			Operation: audit.OpExport, Decision: audit.DecisionAllowed})
	}
	evs, _ := sink.Events(ctx, "acme", 0, 0)
	cps, _ := sink.Checkpoints(ctx, "acme")

	rep, err := audit.Verify(ctx, evs, cps, pub)
	fmt.Println(rep.OK(), err, rep.Anchored)

	evs[1].Decision = audit.DecisionRefused
	rep, _ = audit.Verify(ctx, evs, cps, pub)
	fmt.Println(rep.Problems[0])
	// Output:
	// true <nil> 2
	// event 2: edited: the event's hash does not match its contents (edited)
}

// Report computes the privacy figures of a period from the log.
func ExampleReport() {
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	s := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	events := []audit.Event{
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, PII: map[string]int{"EMAIL_ADDRESS": 1}, Time: day.Add(time.Hour)},
		{Scope: s, Operation: audit.OpTurn, Decision: audit.DecisionAllowed, Time: day.Add(2 * time.Hour)},
		{Scope: chat.Scope{Tenant: "acme", Subject: "cust-1"}, Operation: audit.OpErase, Decision: audit.DecisionAllowed,
			RequestedAt: day.Add(3 * time.Hour), CompletedAt: day.Add(5 * time.Hour), Time: day.Add(5 * time.Hour)},
	}
	r, _ := audit.Report(context.Background(), events, day, day.AddDate(0, 0, 1))
	fmt.Print(r)
	// Output:
	// Privacy report from 2026-03-01T00:00:00Z to 2026-03-02T00:00:00Z
	//   turns                2
	//   turns with PII       1 (50.0%)
	//     EMAIL_ADDRESS      1
	//   refused for consent  0
	//   degraded             0
	//   errors               0
	//   erasures completed   1
	//     median time        2h0m0s
	//     longest time       2h0m0s
	//   erasures pending     0
	//   exports              0
}
