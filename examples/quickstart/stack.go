package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
)

// purposeAssistant is this company's own purpose: answering the customer
// with an AI model from an outside provider, which it asks consent for.
const purposeAssistant consent.Purpose = "ai_assistant"

// stack is the whole Confide pipeline around one conversation.
type stack struct {
	conv        *chat.Conversation
	ledger      *consent.Ledger
	notice      consent.Notice
	scope       chat.Scope
	sealer      *encrypt.Sealer
	transcripts chat.Store
	db          *store.DB
	dbPath      string
	saw         *modelView
	audit       *audit.Log
	auditPublic []byte
}

func newStack(ctx context.Context, dir string, model chat.Model, scope chat.Scope) (*stack, error) {
	// Keys: a local keyring encrypted under a master key. In production the
	// master key comes from CONFIDE_MASTER_KEY or a file (encrypt's
	// MasterKeyFromEnv), or the KEK lives in a cloud KMS.
	master, err := encrypt.ParseMasterKey(encrypt.NewMasterKey())
	if err != nil {
		return nil, err
	}
	ring, err := encrypt.InitLocalKeyring(filepath.Join(dir, "keyring.json"), master)
	if err != nil {
		return nil, err
	}

	// Storage: one embedded SQLite file; every record sealed per customer.
	dbPath := filepath.Join(dir, "confide.db")
	db, err := store.OpenSQLite(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	sealer, err := encrypt.NewSealer(ring, db.Keys(), encrypt.Options{})
	if err != nil {
		db.Close()
		return nil, err
	}

	// Consent: a ledger of the customer's choices, and the notice they see.
	tax := consent.DefaultTaxonomy()
	if err := tax.Add(consent.PurposeInfo{Key: purposeAssistant, Name: "AI assistant",
		Description: "Answering you with an AI model from an outside provider.", Basis: consent.BasisConsent}); err != nil {
		db.Close()
		return nil, err
	}
	ledger, err := consent.NewLedger(consent.NewMemoryStore(), consent.Options{Taxonomy: tax})
	if err != nil {
		db.Close()
		return nil, err
	}
	notice, err := ledger.PublishNotice(ctx, scope.Tenant, consent.Notice{ID: "assistant", Version: "1",
		Text: "An AI model answers you; your personal data is replaced before it leaves us."})
	if err != nil {
		db.Close()
		return nil, err
	}

	// Redaction: detection, placeholders kept in a sealed vault. The
	// company's own name is not personal data: allow it.
	detector, err := redact.NewDetector(redact.WithAllowList("Acme"))
	if err != nil {
		db.Close()
		return nil, err
	}
	vaults := redact.NewVaults(db.Vaults(sealer))

	// Audit: a hash-chained log of every decision, in the same database,
	// with checkpoints signed by a key of its own. It holds counts, never
	// values.
	auditKey, err := audit.NewSigningKey()
	if err != nil {
		db.Close()
		return nil, err
	}
	auditPublic, err := audit.PublicKeyset(auditKey)
	if err != nil {
		db.Close()
		return nil, err
	}
	log, err := audit.NewLog(db.Audit(), audit.Options{SigningKey: auditKey, CheckpointEvery: 5})
	if err != nil {
		db.Close()
		return nil, err
	}
	policy := consent.Policy{Required: []consent.Purpose{purposeAssistant}}

	transcripts := db.Transcripts(sealer)
	saw := &modelView{}
	conv, err := chat.NewConversation(model, scope,
		chat.WithSystemPrompt("You are Acme's support agent. Be brief. Use the order_status tool for order questions. "+
			"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly."),
		// Without consent to keep it, the transcript is simply not stored.
		chat.WithStore(consent.NewTranscriptStore(ledger, transcripts, consent.PurposeStoreTranscript)),
		chat.WithTools(orderStatus),
		chat.WithMiddleware(
			audit.Middleware(log, audit.WithPolicy(policy)),
			consent.Middleware(ledger, policy),
			redact.Middleware(redact.NewRedactor(detector), vaults, redact.WithFindings(audit.RecordFindings)),
			saw.record,
		),
	)
	if err != nil {
		db.Close()
		return nil, err
	}
	return &stack{conv: conv, ledger: ledger, notice: notice, scope: scope, sealer: sealer,
		transcripts: transcripts, db: db, dbPath: dbPath, saw: saw, audit: log, auditPublic: auditPublic}, nil
}

// accept records the customer's consent, as a consent banner would.
func (s *stack) accept(ctx context.Context) error {
	_, err := s.ledger.Grant(ctx, consent.Choice{
		Tenant: s.scope.Tenant, Subject: s.scope.Subject,
		Purposes: []consent.Purpose{purposeAssistant, consent.PurposeStoreTranscript},
		Notice:   s.notice.Ref(), Source: consent.SourceUI, Jurisdiction: "EU",
	})
	return err
}

func (s *stack) close() { s.db.Close() }

// modelView records what crosses the boundary to the model: it sits inside
// the redact middleware, so it sees the redacted request and the reply
// before restoration.
type modelView struct{ input, output string }

func (v *modelView) record(next chat.Model) chat.Model {
	return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		for _, m := range req.Messages {
			if m.Role == chat.RoleUser {
				v.input = m.Text()
			}
		}
		resp, err := next.Generate(ctx, req, stream)
		if err == nil {
			v.output = resp.Message.Text()
			for _, c := range resp.Message.ToolCalls() {
				v.output += fmt.Sprintf(" [calls %s %s]", c.Name, c.Arguments)
			}
		}
		return resp, err
	}}
}
