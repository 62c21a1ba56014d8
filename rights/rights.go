// Package rights serves the data-protection rights of one customer and the
// duties of the company towards all of them: access and portability
// ([Service.Export], GDPR Art. 15 and 20), erasure ([Service.Erase],
// Art. 17), breach assessment ([Service.Breach], input to the 72-hour
// notification of Art. 33), and the export of de-identified transcripts
// for training, only of customers who agreed ([Service.TrainingExport]).
//
// A [Service] works over the stores an application already has:
//
//	svc := &rights.Service{DB: db, Sealer: sealer, Ledger: ledger, Audit: log, AuditReader: db.Audit()}
//	doc, err := svc.Export(ctx, "acme", "cust-42")   // everything held about cust-42
//	rep, err := svc.Erase(ctx, "acme", "cust-42", requestedAt)
//
// Export and erasure are recorded in the audit log, without any of the
// data.
package rights

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/store"
)

// Service answers rights requests. DB and Sealer are required; Ledger,
// Audit and AuditReader are used when set. A Service is safe for
// concurrent use.
type Service struct {
	DB     *store.DB
	Sealer *encrypt.Sealer
	// Ledger is the consent ledger: its events and receipts go into an
	// export, it is forgotten on erasure, and TrainingExport asks it who
	// agreed to training.
	Ledger *consent.Ledger
	// KeepConsentProof keeps the consent events of an erased customer, for
	// a company that must be able to prove past consent (a legal
	// obligation); by default erasure deletes them too.
	KeepConsentProof bool
	// Audit records export and erasure events.
	Audit *audit.Log
	// AuditReader, if set, puts the customer's audit events in an export.
	AuditReader audit.Reader
	// Now is the clock; the default is time.Now.
	Now func() time.Time
}

// ExportFormat names the format of an [Export] document.
const ExportFormat = "confide.subject-export.v1"

// Export is everything held about one subject, decrypted, as one JSON
// document.
type Export struct {
	Format    string    `json:"format"`
	Tenant    string    `json:"tenant"`
	Subject   string    `json:"subject"`
	Generated time.Time `json:"generated"`
	// Forgotten is true when the subject's keys were destroyed: nothing
	// sealed for them can be read any more.
	Forgotten     bool           `json:"forgotten,omitempty"`
	Conversations []Conversation `json:"conversations"`
	// Consent lists the consent events, oldest first, and Receipts their
	// signed receipts where the ledger signs them.
	Consent  []consent.Event   `json:"consent"`
	Receipts []json.RawMessage `json:"consent_receipts,omitempty"`
	// Audit lists the audit events about this subject: what was done with
	// their data, never the data.
	Audit []audit.Event `json:"audit,omitempty"`
}

// Conversation is one decrypted transcript.
type Conversation struct {
	ID       string         `json:"id"`
	Messages []chat.Message `json:"messages"`
}

// ErrConfig is returned when a Service lacks what a call needs.
var ErrConfig = errors.New("rights: service not configured")

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) check() error {
	if s.DB == nil || s.Sealer == nil {
		return fmt.Errorf("%w: DB and Sealer are required", ErrConfig)
	}
	return nil
}

// Export returns everything held about subject: their transcripts
// (decrypted), consent events and receipts, and audit events. A forgotten
// subject's export says so and holds no transcript.
func (s *Service) Export(ctx context.Context, tenant, subject string) (*Export, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := validate(tenant, subject); err != nil {
		return nil, err
	}
	requested := s.now()
	doc := &Export{Format: ExportFormat, Tenant: tenant, Subject: subject, Generated: requested.UTC(),
		Conversations: []Conversation{}, Consent: []consent.Event{}}
	convs, err := s.DB.Conversations(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("rights: export: %w", err)
	}
	transcripts := s.DB.Transcripts(s.Sealer)
	for _, id := range convs {
		msgs, err := transcripts.Load(ctx, chat.Scope{Tenant: tenant, Subject: subject, Conversation: id})
		if errors.Is(err, encrypt.ErrForgotten) {
			doc.Forgotten = true
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("rights: export: conversation %d of %d: %w", len(doc.Conversations)+1, len(convs), err)
		}
		if len(msgs) > 0 {
			doc.Conversations = append(doc.Conversations, Conversation{ID: id, Messages: msgs})
		}
	}
	if !doc.Forgotten {
		if forgotten, err := s.forgotten(ctx, tenant, subject); err != nil {
			return nil, fmt.Errorf("rights: export: %w", err)
		} else {
			doc.Forgotten = forgotten
		}
	}
	if s.Ledger != nil {
		evs, err := s.Ledger.Events(ctx, tenant, subject)
		if err != nil {
			return nil, fmt.Errorf("rights: export: consent: %w", err)
		}
		doc.Consent = evs
		for _, ev := range evs {
			r, err := s.Ledger.Receipt(ctx, tenant, subject, ev.ID)
			if errors.Is(err, consent.ErrNoSigner) {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("rights: export: consent receipt: %w", err)
			}
			doc.Receipts = append(doc.Receipts, r)
		}
	}
	if s.AuditReader != nil {
		evs, err := subjectEvents(ctx, s.AuditReader, tenant, subject)
		if err != nil {
			return nil, fmt.Errorf("rights: export: audit: %w", err)
		}
		doc.Audit = evs
	}
	if err := s.record(ctx, audit.OpExport, tenant, subject, requested); err != nil {
		return nil, err
	}
	return doc, nil
}

// forgotten reports whether the subject's keyset is a tombstone.
func (s *Service) forgotten(ctx context.Context, tenant, subject string) (bool, error) {
	ks, err := s.DB.Keys().Get(ctx, tenant, subject)
	switch {
	case errors.Is(err, encrypt.ErrNoKeyset):
		return false, nil
	case err != nil:
		return false, err
	}
	return ks.IsTombstone(), nil
}

// subjectEvents pages through a tenant's audit chain for one subject's
// events.
func subjectEvents(ctx context.Context, r audit.Reader, tenant, subject string) ([]audit.Event, error) {
	var out []audit.Event
	var after uint64
	for {
		page, err := r.Events(ctx, tenant, after, 1000)
		if err != nil {
			return nil, err
		}
		for _, e := range page {
			if e.Scope.Subject == subject {
				out = append(out, e)
			}
		}
		if len(page) < 1000 {
			return out, nil
		}
		after = page[len(page)-1].Seq
	}
}

// Erasure reports what [Service.Erase] did.
type Erasure struct {
	Tenant  string `json:"tenant"`
	Subject string `json:"subject"`
	// Records counts the sealed records deleted (transcript messages and
	// vault entries).
	Records int64 `json:"records"`
	// ConsentDeleted is true when the consent events were deleted.
	ConsentDeleted bool          `json:"consent_deleted"`
	RequestedAt    time.Time     `json:"requested_at"`
	CompletedAt    time.Time     `json:"completed_at"`
	Took           time.Duration `json:"took"`
	// Verified is true when a check after the erasure found nothing of
	// the subject that could still be read.
	Verified bool `json:"verified"`
}

// Erase forgets a subject: it destroys their keys (so that every record
// sealed for them, backups included, can no longer be read), deletes their
// records and, unless KeepConsentProof is set, their consent events, then
// checks that nothing of theirs can be read, and records an erase event
// with when it was requested and completed. requestedAt is when the
// customer asked (zero: now).
func (s *Service) Erase(ctx context.Context, tenant, subject string, requestedAt time.Time) (*Erasure, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	if err := validate(tenant, subject); err != nil {
		return nil, err
	}
	if requestedAt.IsZero() {
		requestedAt = s.now()
	}
	convs, err := s.DB.Conversations(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("rights: erase: %w", err)
	}
	if err := s.Sealer.Forget(ctx, tenant, subject); err != nil {
		return nil, fmt.Errorf("rights: erase: destroy keys: %w", err)
	}
	n, err := s.DB.DeleteSubject(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("rights: erase: keys destroyed, deleting records failed (they are unreadable; erase again to delete them): %w", err)
	}
	rep := &Erasure{Tenant: tenant, Subject: subject, Records: n, RequestedAt: requestedAt.UTC()}
	if s.Ledger != nil && !s.KeepConsentProof {
		if err := s.Ledger.ForgetSubject(ctx, tenant, subject); err != nil {
			return nil, fmt.Errorf("rights: erase: consent: %w", err)
		}
		rep.ConsentDeleted = true
	}
	// Check: every conversation the subject had now yields nothing.
	transcripts := s.DB.Transcripts(s.Sealer)
	rep.Verified = true
	for _, id := range convs {
		msgs, err := transcripts.Load(ctx, chat.Scope{Tenant: tenant, Subject: subject, Conversation: id})
		if err == nil && len(msgs) > 0 {
			rep.Verified = false
		}
	}
	if forgotten, err := s.forgotten(ctx, tenant, subject); err != nil || !forgotten {
		rep.Verified = false
	}
	rep.CompletedAt = s.now().UTC()
	rep.Took = rep.CompletedAt.Sub(rep.RequestedAt)
	if !rep.Verified {
		return rep, fmt.Errorf("rights: erase: records of the subject are still readable")
	}
	if err := s.record(ctx, audit.OpErase, tenant, subject, requestedAt); err != nil {
		return rep, err
	}
	return rep, nil
}

func (s *Service) record(ctx context.Context, op audit.Operation, tenant, subject string, requested time.Time) error {
	if s.Audit == nil {
		return nil
	}
	_, err := s.Audit.Record(ctx, audit.Event{
		Operation: op, Decision: audit.DecisionAllowed,
		Scope:       chat.Scope{Tenant: tenant, Subject: subject},
		RequestedAt: requested.UTC(), CompletedAt: s.now().UTC(),
	})
	if err != nil {
		return fmt.Errorf("rights: audit %s: %w", op, err)
	}
	return nil
}

func validate(tenant, subject string) error {
	if err := chat.ValidateID("tenant", tenant); err != nil {
		return err
	}
	return chat.ValidateID("subject", subject)
}
