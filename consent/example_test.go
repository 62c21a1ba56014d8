package consent_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/consent"
)

// A turn is refused until the customer consents, then allowed.
func Example() {
	ctx := context.Background()
	ledger, _ := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
	notice, _ := ledger.PublishNotice(ctx, "acme", consent.Notice{
		ID: "beta-assistant", Version: "1",
		Text: "This beta assistant learns from your conversations to get better.",
	})

	model := scripted.New(scripted.Rule{Contains: "refund", Reply: "Refunds take 5 days."})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	conv, _ := chat.NewConversation(model, scope, chat.WithMiddleware(
		consent.Middleware(ledger, consent.Policy{Required: []consent.Purpose{consent.PurposeTrainAI}}),
	))

	_, err := conv.Send(ctx, "How long does a refund take?")
	var missing *consent.RequiredError
	if errors.As(err, &missing) {
		fmt.Println("refused, ask for:", missing.Purpose)
		fmt.Println("model calls:", len(model.Requests()))
	}

	// The customer reads the notice and agrees.
	ledger.Grant(ctx, consent.Choice{
		Tenant: "acme", Subject: "cust-1", Purposes: []consent.Purpose{consent.PurposeTrainAI},
		Notice: notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU",
	})
	reply, _ := conv.Send(ctx, "How long does a refund take?")
	fmt.Println("reply:", reply.Text)
	// Output:
	// refused, ask for: train_ai_system
	// model calls: 0
	// reply: Refunds take 5 days.
}

// Without consent to keep the transcript, the conversation runs but
// nothing is stored.
func ExampleNewTranscriptStore() {
	ctx := context.Background()
	ledger, _ := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	transcripts := chat.NewMemoryStore()
	conv, _ := chat.NewConversation(scripted.New(scripted.Rule{Reply: "Happy to help."}), scope,
		chat.WithStore(consent.NewTranscriptStore(ledger, transcripts, consent.PurposeStoreTranscript)),
		chat.WithMiddleware(consent.Middleware(ledger, consent.Policy{Optional: []consent.Purpose{consent.PurposeStoreTranscript}})),
	)

	reply, _ := conv.Send(ctx, "Where is my order?")
	kept, _ := transcripts.Load(ctx, scope)
	fmt.Println(reply.Text, "kept:", len(kept))
	// Output: Happy to help. kept: 0
}

// A receipt proves a consent offline, with only the public keyset.
func ExampleVerifyReceipt() {
	ctx := context.Background()
	key, _ := consent.NewSigningKey()
	ledger, _ := consent.NewLedger(consent.NewMemoryStore(), consent.Options{
		SigningKey: key, Controller: consent.Controller{Name: "Acme Ltd", Contact: "privacy@acme.example"},
	})
	notice, _ := ledger.PublishNotice(ctx, "acme", consent.Notice{ID: "transcripts", Version: "2", Text: "May we keep this chat?"})
	ev, _ := ledger.Grant(ctx, consent.Choice{
		Tenant: "acme", Subject: "cust-1", Purposes: []consent.Purpose{consent.PurposeStoreTranscript},
		Notice: notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU",
	})
	receipt, _ := ledger.Receipt(ctx, "acme", "cust-1", ev.ID)

	// Years later, elsewhere:
	public, _ := consent.PublicKeyset(key)
	r, err := consent.VerifyReceipt(public, receipt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Controller.Name, r.Event, r.Purposes[0].Purpose, r.Purposes[0].LawfulBasis)
	fmt.Println("notice", r.Notice.ID, "version", r.Notice.Version, "via", r.Method, "in", r.Jurisdiction)
	// Output:
	// Acme Ltd grant collect.store_transcript consent
	// notice transcripts version 2 via ui in EU
}

// A request with Sec-GPC: 1 records one opt-out of sale and sharing.
func ExampleGPCHandler() {
	ctx := context.Background()
	ledger, _ := consent.NewLedger(consent.NewMemoryStore(), consent.Options{})
	whose := func(r *http.Request) (consent.Choice, bool) {
		// In a real program: the authenticated customer of the session.
		return consent.Choice{Tenant: "acme", Subject: "cust-1", Jurisdiction: "US-CA"}, true
	}
	h := consent.GPCHandler(ledger, whose, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))

	for range 2 {
		r := httptest.NewRequest(http.MethodGet, "/chat", nil)
		r.Header.Set("Sec-GPC", "1")
		h.ServeHTTP(httptest.NewRecorder(), r)
	}
	evs, _ := ledger.Events(ctx, "acme", "cust-1")
	for _, ev := range evs {
		fmt.Println(ev.Kind, ev.Source, ev.Purposes)
	}
	// Output: opt_out gpc [marketing third_party_sharing]
}
