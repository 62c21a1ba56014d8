package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
	"github.com/confide-dev/confide/transparency"
)

// purposeAssistant is answering the customer with an AI model from an
// outside provider: this company asks consent for it, and a customer who
// refuses is not sent to the model at all.
const purposeAssistant consent.Purpose = "ai_assistant"

// conversationID is the one conversation each customer has with the bot.
// To give customers several, keep a list of conversation IDs per subject
// (export and erasure need it) and put the current one in the session.
const conversationID = "support"

// Config is everything the server needs. Change Brand, Notice and the
// system prompt in newApp for your company; the rest comes from flags and
// the environment (see main).
type Config struct {
	// Tenant is this company's ID in every scope, key and ledger row.
	Tenant string
	// Brand is the company name the page and the notice show.
	Brand string
	// Contact is where customers reach the controller or its data
	// protection officer, shown in the privacy notice.
	Contact string
	// DataDir holds the SQLite file, the session and audit signing keys
	// and, without a KMS, the local keyring and master key.
	DataDir string
	// DB is empty for SQLite in DataDir, a postgres:// URL for PostgreSQL,
	// or the path of another SQLite file.
	DB string
	// KEKURI is a KMS key URI (aws-kms://, gcp-kms://, hcvault://...);
	// empty means a local keyring in DataDir.
	KEKURI string
	// AdminToken is the bearer token of the /admin endpoints; empty
	// generates one at start-up (see app.adminToken).
	AdminToken string
	// Model answers the customers.
	Model chat.Model
	// Provider says who runs the model, for the privacy notice; its zero
	// value means the model runs in this server.
	Provider transparency.Provider
	// Secure marks the cookies Secure: set it whenever the page is served
	// over HTTPS, which is everywhere but localhost.
	Secure bool
	// Limits bound the load one customer and everyone can put on the
	// server.
	Limits Limits
	// Retention is how long transcripts and vaults are kept; 0 means 30
	// days.
	Retention time.Duration
	// SessionMaxAge is how long a session cookie stays valid; 0 means 30
	// days.
	SessionMaxAge time.Duration
	// Log receives the server's log lines, redacted; nil means os.Stderr.
	Log io.Writer
	// AuditCheckpointEvery is how many events of the audit log a signed
	// checkpoint vouches for at a time; 0 means 100. A checkpoint is also
	// signed at shutdown.
	AuditCheckpointEvery int
	// Getenv reads the environment (master key variables); nil means
	// os.Getenv.
	Getenv func(string) string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// app is the whole Confide stack behind the web server.
type app struct {
	cfg         Config
	limits      Limits
	log         *slog.Logger
	db          *store.DB
	dbDesc      string
	sealer      *encrypt.Sealer
	ledger      *consent.Ledger
	notice      consent.Notice
	audit       *audit.Log
	auditPublic []byte // the public keyset that verifies the audit checkpoints
	rights      *rights.Service
	pipeline    transparency.Pipeline    // what the privacy notice says
	noticeBody  template.HTML            // the privacy notice generated from pipeline
	transcripts *store.TranscriptStore   // sealed, for export and erasure
	gated       *consent.TranscriptStore // the same, kept only with consent
	vaults      *redact.Vaults
	redactor    *redact.Redactor
	model       chat.Model
	convs       *conversations
	sessions    *sessions
	rate        *rateLimiter
	streams     *streamLimiter
	adminToken  string
	// adminGenerated is true when the admin token was generated.
	adminGenerated bool
	// warnings are printed at start-up: what a production deployment must
	// change.
	warnings []string
	stop     chan struct{}
	done     sync.WaitGroup
}

// systemPrompt tells the model who it is. Change it for your company.
func systemPrompt(brand string) string {
	return "You are " + brand + "'s customer support agent. Be brief and friendly. " +
		"Use the order_status tool for questions about orders. " +
		"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly, never guess what they hide."
}

// noticeText is the text of the consent banner, versioned in the ledger:
// change it and bump noticeVersion, so that every consent event names the
// text that was shown.
const (
	noticeID      = "supportbot"
	noticeVersion = "1"
)

func noticeText(brand string) string {
	return "Our assistant is an AI model run by an outside provider. Before your message leaves " + brand +
		", e-mail addresses, phone numbers, card numbers and other personal data are replaced by placeholders; " +
		"the provider never sees them. If you allow it, we keep the transcript encrypted so you can come back to it; " +
		"you can download it or have it erased at any time."
}

// newApp builds the stack: keys, database, consent ledger, redaction and
// the model chain.
func newApp(ctx context.Context, cfg Config) (a *app, err error) {
	if cfg.Model == nil {
		return nil, errors.New("no model")
	}
	if cfg.Tenant == "" {
		cfg.Tenant = "acme"
	}
	if err := chat.ValidateID("tenant", cfg.Tenant); err != nil {
		return nil, err
	}
	if cfg.Brand == "" {
		cfg.Brand = "Acme"
	}
	if cfg.Contact == "" {
		cfg.Contact = "privacy@acme.example"
	}
	if cfg.DataDir == "" {
		cfg.DataDir = "supportbot-data"
	}
	if cfg.Retention <= 0 {
		cfg.Retention = 30 * 24 * time.Hour
	}
	if cfg.SessionMaxAge <= 0 {
		cfg.SessionMaxAge = 30 * 24 * time.Hour
	}
	if cfg.Getenv == nil {
		cfg.Getenv = os.Getenv
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = os.Stderr
	}
	if cfg.AuditCheckpointEvery <= 0 {
		cfg.AuditCheckpointEvery = 100
	}
	a = &app{cfg: cfg, limits: cfg.Limits.withDefaults(), stop: make(chan struct{})}

	// Detection first: the logger redacts with it. The company's own name
	// is not personal data: allow it, or the model reads a placeholder
	// where the brand should be.
	detector, err := redact.NewDetector(redact.WithAllowList(cfg.Brand))
	if err != nil {
		return nil, err
	}
	a.redactor = redact.NewRedactor(detector, redact.WithDefaultOperator(redact.Placeholder()))
	a.log = slog.New(redact.NewSlogHandler(slog.NewTextHandler(cfg.Log, nil), a.redactor))

	k, err := openKeys(cfg.DataDir, cfg.KEKURI, cfg.Getenv)
	if err != nil {
		return nil, err
	}
	if k.warning != "" {
		a.warnings = append(a.warnings, k.warning)
	}
	a.sessions = newSessions(k.session, cfg.Tenant, cfg.SessionMaxAge, cfg.Secure, cfg.Now)

	switch {
	case strings.HasPrefix(cfg.DB, "postgres://"), strings.HasPrefix(cfg.DB, "postgresql://"):
		a.db, err = store.OpenPostgres(ctx, cfg.DB)
		a.dbDesc = "PostgreSQL"
	default:
		path := cfg.DB
		if path == "" {
			path = filepath.Join(cfg.DataDir, "confide.db")
		}
		a.db, err = store.OpenSQLite(ctx, path)
		a.dbDesc = "SQLite " + path
	}
	if err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	defer func() {
		if err != nil {
			a.db.Close()
		}
	}()
	if a.sealer, err = encrypt.NewSealer(k.ring, a.db.Keys(), encrypt.Options{Now: cfg.Now}); err != nil {
		return nil, err
	}

	// Consent: the purposes this bot asks for, the notice the banner shows,
	// and the ledger kept in the same database, in the clear (it holds IDs,
	// purposes and times, no customer text).
	tax := consent.DefaultTaxonomy()
	if err := tax.Add(consent.PurposeInfo{Key: purposeAssistant, Name: "AI assistant",
		Description: "Answering your questions with an AI model run by an outside provider, which sees your messages with personal data replaced by placeholders.",
		Basis:       consent.BasisConsent}); err != nil {
		return nil, err
	}
	if a.ledger, err = consent.NewLedger(a.db.Consent(), consent.Options{Taxonomy: tax, Clock: cfg.Now,
		Controller: consent.Controller{Name: cfg.Brand, Contact: cfg.Contact}}); err != nil {
		return nil, err
	}
	if a.notice, err = a.ledger.PublishNotice(ctx, cfg.Tenant, consent.Notice{ID: noticeID, Version: noticeVersion,
		Language: "en", Text: noticeText(cfg.Brand)}); err != nil {
		return nil, err
	}

	a.transcripts = a.db.Transcripts(a.sealer)
	a.gated = consent.NewTranscriptStore(a.ledger, a.transcripts, consent.PurposeStoreTranscript)
	a.vaults = redact.NewVaults(a.db.Vaults(a.sealer))

	// Audit: a hash-chained log in the same database, with a checkpoint
	// signed every AuditCheckpointEvery events and at shutdown. Its events
	// hold IDs, decisions and counts of personal data, never the data.
	a.auditPublic = k.auditPublic
	if a.audit, err = audit.NewLog(a.db.Audit(), audit.Options{SigningKey: k.audit,
		CheckpointEvery: cfg.AuditCheckpointEvery, Now: cfg.Now}); err != nil {
		return nil, err
	}
	a.rights = &rights.Service{DB: a.db, Sealer: a.sealer, Ledger: a.ledger,
		Audit: a.audit, AuditReader: a.db.Audit(), Now: cfg.Now}

	// The model chain, outermost first, as in the flow of one turn: audit
	// (first, so that it sees every layer's refusals and errors), consent,
	// minimization, redaction (which tells audit what it found), then the
	// model.
	policy := consent.Policy{
		Required: []consent.Purpose{purposeAssistant},
		Optional: []consent.Purpose{consent.PurposeStoreTranscript},
	}
	a.model = chat.Chain(cfg.Model,
		audit.Middleware(a.audit, audit.WithPolicy(policy),
			audit.WithErrorReason(redact.ErrDetector, audit.ReasonDetector),
			audit.WithErrorReason(redact.ErrVaultFull, audit.ReasonVault),
			audit.WithErrorReason(redact.ErrOutputBlocked, audit.ReasonOutputBlocked)),
		consent.Middleware(a.ledger, policy),
		minimize.History(minimize.HistoryOptions{Turns: 10, ToolResultTurns: 2}),
		redact.Middleware(a.redactor, a.vaults, redact.WithFindings(audit.RecordFindings)),
	)

	// The privacy notice, generated from the configuration above, so that
	// what it says and what runs cannot drift apart.
	if a.pipeline, err = a.describe(detector.Types(), k.kind); err != nil {
		return nil, err
	}
	if a.noticeBody, err = noticeBody(a.pipeline); err != nil {
		return nil, err
	}
	a.convs = newConversations(10_000, func(scope chat.Scope) (*chat.Conversation, error) {
		return chat.NewConversation(a.model, scope,
			chat.WithSystemPrompt(systemPrompt(cfg.Brand)),
			chat.WithStore(a.gated),
			chat.WithTools(orderStatus),
			chat.WithMaxMessageBytes(a.limits.MaxMessageBytes),
		)
	})
	a.rate = newRateLimiter(a.limits.TurnsPerMinute, a.limits.Burst, cfg.Now)
	a.streams = newStreamLimiter(a.limits.StreamsPerSession, a.limits.StreamsTotal)

	a.adminToken = cfg.AdminToken
	if a.adminToken == "" {
		var b [32]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		a.adminToken = base64.RawURLEncoding.EncodeToString(b[:])
		a.adminGenerated = true
	}

	a.done.Add(1)
	go a.purgeLoop()
	return a, nil
}

// Close stops the retention loop, signs a checkpoint of the audit log, so
// that its tail is vouched for too, and closes the database.
func (a *app) Close() error {
	close(a.stop)
	a.done.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := a.audit.Checkpoint(ctx, a.cfg.Tenant)
	if errors.Is(err, audit.ErrEmpty) {
		err = nil
	}
	if err != nil {
		a.log.Error("audit checkpoint at shutdown failed", "err", err)
	}
	return errors.Join(err, a.db.Close())
}

// purgeLoop deletes transcripts and vaults older than the retention period,
// at start-up and then hourly. With several instances each runs it; the
// deletes are idempotent.
func (a *app) purgeLoop() {
	defer a.done.Done()
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		before := a.cfg.Now().Add(-a.cfg.Retention)
		n, err := a.db.DeleteTranscriptsBefore(ctx, a.cfg.Tenant, before)
		if err == nil {
			var v int64
			v, err = a.db.DeleteVaultsBefore(ctx, a.cfg.Tenant, before)
			n += v
		}
		if err != nil {
			a.log.Error("retention purge failed", "err", err)
			a.record(ctx, audit.Event{Operation: audit.OpRetention, Decision: audit.DecisionError,
				Reason: audit.ErrorReason(err), Scope: chat.Scope{Tenant: a.cfg.Tenant}})
		} else if n > 0 {
			a.log.Info("retention purge", "records", n)
			a.record(ctx, audit.Event{Operation: audit.OpRetention, Decision: audit.DecisionAllowed,
				Scope: chat.Scope{Tenant: a.cfg.Tenant}})
		}
		cancel()
		select {
		case <-a.stop:
			return
		case <-t.C:
		}
	}
}

// scope returns the scope of a subject's conversation.
func (a *app) scope(subject string) chat.Scope {
	return chat.Scope{Tenant: a.cfg.Tenant, Subject: subject, Conversation: conversationID}
}

// record writes an event the server records itself (the middleware
// records the turns), logging a failure: the operation it records has
// already happened.
func (a *app) record(ctx context.Context, e audit.Event) {
	if _, err := a.audit.Record(ctx, e); err != nil {
		a.log.Error("audit record failed", "operation", string(e.Operation), "err", err)
	}
}

// erase forgets a subject of this tenant: its live conversation and vault
// cache here, then, through rights.Service, its keys (so that every copy of
// its records, backups included, becomes unreadable), its rows and its
// consent ledger, checked afterwards and recorded in the audit log with when
// it was requested and completed.
func (a *app) erase(ctx context.Context, subject string, requestedAt time.Time) (*rights.Erasure, error) {
	a.convs.drop(subject)
	if err := a.vaults.Delete(ctx, a.scope(subject)); err != nil {
		return nil, fmt.Errorf("delete vault: %w", err)
	}
	rep, err := a.rights.Erase(ctx, a.cfg.Tenant, subject, requestedAt)
	if err != nil {
		return nil, err
	}
	a.log.Info("subject erased", "subject", subject, "records", rep.Records, "ms", rep.Took.Milliseconds())
	return rep, nil
}

// forgotten reports whether the subject's keys were destroyed.
func (a *app) forgotten(ctx context.Context, subject string) (bool, error) {
	ks, err := a.db.Keys().Get(ctx, a.cfg.Tenant, subject)
	if errors.Is(err, encrypt.ErrNoKeyset) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return ks.IsTombstone(), nil
}

// export is a subject's data as the customer or an operator downloads it:
// what rights.Service.Export gathers (transcripts, consent events, audit
// events), with the controller, the notices the consent events name and
// the retention period.
type export struct {
	*rights.Export
	Controller string         `json:"controller"`
	Notices    []exportNotice `json:"notices"`
	Retention  string         `json:"retention"`
}

type exportNotice struct {
	ID        string    `json:"id"`
	Version   string    `json:"version"`
	SHA256    string    `json:"sha256"`
	Text      string    `json:"text"`
	Published time.Time `json:"published"`
}

// exportSubject collects everything held about a subject of this tenant.
// The export is recorded in the audit log.
func (a *app) exportSubject(ctx context.Context, subject string) (*export, error) {
	doc, err := a.rights.Export(ctx, a.cfg.Tenant, subject)
	if err != nil {
		return nil, err
	}
	out := &export{Export: doc, Controller: a.cfg.Brand, Notices: []exportNotice{},
		Retention: fmt.Sprintf("transcripts are deleted %d days after they are written", int(a.cfg.Retention.Hours()/24))}
	seen := map[consent.NoticeRef]bool{}
	for _, ev := range doc.Consent {
		if ev.Notice.IsZero() || seen[ev.Notice] {
			continue
		}
		seen[ev.Notice] = true
		if n, err := a.ledger.Notice(ctx, a.cfg.Tenant, ev.Notice.ID, ev.Notice.Version); err == nil {
			out.Notices = append(out.Notices, exportNotice{ID: n.ID, Version: n.Version, SHA256: n.SHA256, Text: n.Text, Published: n.Published})
		}
	}
	return out, nil
}

// conversations keeps the live conversations, one per subject, so that a
// customer who did not allow the transcript to be kept still has a
// conversation with a memory while the server runs. Past max, the least
// recently used is dropped; it resumes from the store when it comes back.
//
// With several instances behind a load balancer, use sticky sessions, or
// drop the cache (create the conversation per request) so that every turn
// resumes from the shared database.
type conversations struct {
	mu      sync.Mutex
	max     int
	m       map[string]*convEntry
	newConv func(chat.Scope) (*chat.Conversation, error)
}

type convEntry struct {
	conv *chat.Conversation
	used time.Time
}

func newConversations(max int, newConv func(chat.Scope) (*chat.Conversation, error)) *conversations {
	return &conversations{max: max, m: map[string]*convEntry{}, newConv: newConv}
}

// get returns the subject's conversation, starting or resuming it.
func (c *conversations) get(scope chat.Scope) (*chat.Conversation, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[scope.Subject]; ok {
		e.used = time.Now()
		return e.conv, nil
	}
	if len(c.m) >= c.max {
		var oldest string
		var t time.Time
		for k, e := range c.m {
			if oldest == "" || e.used.Before(t) {
				oldest, t = k, e.used
			}
		}
		delete(c.m, oldest)
	}
	conv, err := c.newConv(scope)
	if err != nil {
		return nil, err
	}
	c.m[scope.Subject] = &convEntry{conv: conv, used: time.Now()}
	return conv, nil
}

// drop forgets the live conversation of a subject.
func (c *conversations) drop(subject string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, subject)
}

// orderStatus is the tool the model calls to look up an order. Replace it
// with a call to your order system; it runs with the customer's real values
// (the redact layer restores them in the arguments), and its result is
// redacted before the model reads it.
var orderStatus = chat.Tool{
	Name:        "order_status",
	Description: "Looks up the shipping status of an order by its number.",
	Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string","description":"order number, e.g. A-10234"}},"required":["order"]}`),
	Run: func(ctx context.Context, args string) (string, error) {
		var in struct {
			Order string `json:"order"`
		}
		if err := json.Unmarshal([]byte(args), &in); err != nil {
			return "", fmt.Errorf("bad arguments: %w", err)
		}
		if strings.TrimSpace(in.Order) == "" {
			return "", errors.New("no order number given")
		}
		return "shipped on Monday with tracking 1Z999, arriving Thursday", nil
	},
}
