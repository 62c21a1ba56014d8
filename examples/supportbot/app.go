package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/policy"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/rights"
	"github.com/confide-dev/confide/store"
)

// conversationID is the one conversation each customer has with the bot.
// To give customers several, keep a list of conversation IDs per subject
// (export and erasure need it) and put the current one in the session.
const conversationID = "support"

// Config is everything the server needs besides its policy file, which
// says what is redacted and how, the purposes and their notice, retention,
// the provider, the keyring, the database and the audit trail. The rest
// comes from flags and the environment (see main).
type Config struct {
	// Policy is the policy file (see package policy); required.
	Policy string
	// Tenant is this company's ID in every scope, key and ledger row.
	Tenant string
	// Brand is the company name the page and the system prompt show.
	Brand string
	// DataDir holds the SQLite file, the session key and the key files
	// the policy names with relative paths (the keyring, the audit
	// signing key), and the master key when its environment variable is
	// unset in development mode.
	DataDir string
	// DB is a postgres:// URL or the path of a SQLite file. Empty means
	// the environment variable the policy's database.dsn_env names, else
	// confide.db in DataDir.
	DB string
	// AdminToken is the bearer token of the /admin endpoints; empty
	// generates one at start-up (see app.adminToken).
	AdminToken string
	// Model answers the customers.
	Model chat.Model
	// ModelName says which provider answers, as provider.Choice.Name
	// does ("OpenAI (gpt-4o-mini) through langchaingo"); empty for a model
	// run in this server. When it does not start with the policy's
	// provider.name, the server warns (the privacy notice names the
	// policy's) and lets the model's client choose its own model rather
	// than send it the policy's provider.model.
	ModelName string
	// Secure marks the cookies Secure: set it whenever the page is served
	// over HTTPS, which is everywhere but localhost.
	Secure bool
	// Limits bound the load one customer and everyone can put on the
	// server.
	Limits Limits
	// SessionMaxAge is how long a session cookie stays valid; 0 means 30
	// days.
	SessionMaxAge time.Duration
	// Log receives the server's log lines, redacted, and the audit events
	// when the policy's audit.sinks has slog; nil means os.Stderr.
	Log io.Writer
	// Getenv reads the environment (the variables the policy names); nil
	// means os.Getenv.
	Getenv func(string) string
	// Now is the clock of sessions, rate limits and erasure requests; nil
	// means time.Now.
	Now func() time.Time
}

// app is the whole Confide stack behind the web server.
type app struct {
	cfg         Config
	limits      Limits
	log         *slog.Logger
	stack       *policy.Stack // built from the policy file; its rules reload
	db          *store.DB
	dbDesc      string
	sealer      *encrypt.Sealer
	ledger      *consent.Ledger
	audit       *audit.Log
	auditPublic []byte // the public keyset that verifies the audit checkpoints
	rights      *rights.Service
	transcripts *store.TranscriptStore // sealed, for export and erasure
	gated       chat.Store             // the same, kept only with the policy's transcript consent
	vaults      *redact.Vaults
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

	reloadMu sync.Mutex // one reload at a time
	current  atomic.Pointer[view]

	stop chan struct{}
	done sync.WaitGroup
}

// systemPrompt tells the model who it is. Change it for your company.
func systemPrompt(brand string) string {
	return "You are " + brand + "'s customer support agent. Be brief and friendly. " +
		"Use the order_status tool for questions about orders. " +
		"Placeholders such as <EMAIL_ADDRESS_1> stand for the customer's data: repeat them exactly, never guess what they hide."
}

// newApp loads the policy file and builds the stack it describes, with
// the session keys and the web server's state around it.
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
	if cfg.DataDir == "" {
		cfg.DataDir = "supportbot-data"
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
	p, err := loadPolicy(cfg.Policy)
	if err != nil {
		return nil, err
	}
	a = &app{cfg: cfg, limits: cfg.Limits.withDefaults(), stop: make(chan struct{})}
	for _, f := range p.Check() {
		a.warnings = append(a.warnings, "policy: "+f.String())
	}

	// The log is redacted for every type the detector knows, whatever the
	// policy lets the model see. The company's own name and what the
	// policy allows are not personal data.
	detector, err := redact.NewDetector(redact.WithAllowList(append([]string{cfg.Brand}, p.Redaction.Allow...)...))
	if err != nil {
		return nil, err
	}
	a.log = slog.New(redact.NewSlogHandler(slog.NewTextHandler(cfg.Log, nil),
		redact.NewRedactor(detector, redact.WithDefaultOperator(redact.Placeholder()))))

	k, err := openKeys(cfg.DataDir, p, cfg.Getenv)
	if err != nil {
		return nil, err
	}
	if k.warning != "" {
		a.warnings = append(a.warnings, k.warning)
	}
	a.sessions = newSessions(k.session, cfg.Tenant, cfg.SessionMaxAge, cfg.Secure, cfg.Now)

	// The database: the flag, else the variable the policy names, else
	// SQLite in the data directory.
	dsn := cfg.DB
	if dsn == "" {
		dsn = cfg.Getenv(p.Database.DSNEnv)
	}
	if dsn == "" {
		dsn = filepath.Join(cfg.DataDir, "confide.db")
	}
	a.dbDesc = "SQLite " + dsn
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		a.dbDesc = "PostgreSQL"
	}
	k.env[p.Database.DSNEnv] = dsn
	a.stack, err = p.Build(ctx, policy.BuildOptions{
		Getenv: func(name string) string {
			if v, ok := k.env[name]; ok {
				return v
			}
			return cfg.Getenv(name)
		},
		KeyDir: cfg.DataDir,
		Logger: a.log,
	})
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			a.stack.Close()
		}
	}()
	a.db, a.sealer, a.ledger, a.vaults = a.stack.DB(), a.stack.Sealer(), a.stack.Ledger(), a.stack.Vaults()
	a.audit, a.auditPublic = a.stack.AuditLog(), a.stack.AuditPublicKey()
	a.transcripts = a.db.Transcripts(a.sealer)
	a.gated = a.stack.Transcripts()
	if err := writeNew(filepath.Join(cfg.DataDir, auditPublicFile), a.auditPublic); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("audit public keyset: %w", err)
	}
	a.rights = &rights.Service{DB: a.db, Sealer: a.sealer, Ledger: a.ledger,
		Audit: a.audit, AuditReader: a.db.Audit(), Now: cfg.Now}
	if err := a.refresh(ctx); err != nil {
		return nil, err
	}

	// Each customer's conversation runs behind the stack's chain, outermost
	// first: audit (so that it sees every layer's refusals and errors),
	// consent, the trimmed history, redaction (which tells audit what it
	// found), then the model. A reloaded policy applies from the next turn.
	var opts []chat.Option
	if prov := p.Provider.Name; cfg.ModelName != "" && !strings.HasPrefix(strings.ToLower(cfg.ModelName), strings.ToLower(prov)) {
		opts = append(opts, chat.WithOptions(chat.Options{}))
		a.warnings = append(a.warnings, fmt.Sprintf("the policy names %s as the provider but %s answers: "+
			"edit provider in your copy of the policy, since the privacy notice names it", prov, cfg.ModelName))
	}
	a.convs = newConversations(10_000, func(ctx context.Context, scope chat.Scope) (*chat.Conversation, error) {
		return a.stack.NewConversation(ctx, cfg.Model, scope, nil, append(opts,
			chat.WithSystemPrompt(systemPrompt(cfg.Brand)),
			chat.WithTools(orderStatus),
			chat.WithMaxMessageBytes(a.limits.MaxMessageBytes),
		)...)
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

// loadPolicy loads the policy file and checks it has what the server
// needs besides being valid.
func loadPolicy(path string) (*policy.Policy, error) {
	if path == "" {
		return nil, errors.New("no policy file")
	}
	p, err := policy.Load(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w (run from the repository's root, or name your copy with -policy or CONFIDE_POLICY)", err)
	}
	if err != nil {
		return nil, err
	}
	return p, supports(p)
}

// unsupportedError is a valid policy the server cannot run.
type unsupportedError struct{ file, msg string }

func (e *unsupportedError) Error() string { return e.file + ": " + e.msg }

// supports reports what the server cannot run without: a database and a
// signed audit trail in it, a keyring that outlives the process, and a
// notice for the banner to show.
func supports(p *policy.Policy) error {
	fail := func(msg string) error { return &unsupportedError{file: p.File(), msg: msg} }
	switch {
	case p.Database == nil:
		return fail("the support bot keeps transcripts and consent: the policy needs a database section")
	case p.Keyring == nil:
		return fail("the support bot keeps data across restarts: the policy needs a keyring section")
	case !slices.Contains(p.Audit.Sinks, "sql") || p.Audit.SigningKey == "":
		return fail("the support bot verifies its audit trail: the policy needs the sql audit sink and audit.signing_key")
	case len(p.Conversation.Required) == 0:
		return fail("the consent banner shows the notice of the first purpose of conversation.required: the policy needs one")
	}
	for _, pu := range p.Purposes {
		if pu.Key == p.Conversation.Required[0] && pu.Notice != nil {
			return nil
		}
	}
	return fail("the consent banner shows the notice of " + p.Conversation.Required[0] +
		", the first purpose of conversation.required: give it a notice")
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
	return errors.Join(err, a.stack.Close())
}

// purgeLoop applies the policy's retention to transcripts and vaults, at
// start-up and then hourly. With several instances each runs it; the
// deletes are idempotent.
func (a *app) purgeLoop() {
	defer a.done.Done()
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		rep, err := a.stack.Purge(ctx, a.cfg.Now(), false)
		if err != nil {
			a.log.Error("retention purge failed", "err", err)
			a.record(ctx, audit.Event{Operation: audit.OpRetention, Decision: audit.DecisionError,
				Reason: audit.ErrorReason(err), Scope: chat.Scope{Tenant: a.cfg.Tenant}})
		} else if n := rep.Total(); n > 0 {
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
	v := a.view()
	out := &export{Export: doc, Controller: v.policy.Controller.Name, Notices: []exportNotice{}, Retention: v.retention}
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
	newConv func(context.Context, chat.Scope) (*chat.Conversation, error)
}

type convEntry struct {
	conv *chat.Conversation
	used time.Time
}

func newConversations(max int, newConv func(context.Context, chat.Scope) (*chat.Conversation, error)) *conversations {
	return &conversations{max: max, m: map[string]*convEntry{}, newConv: newConv}
}

// get returns the subject's conversation, starting or resuming it.
func (c *conversations) get(ctx context.Context, scope chat.Scope) (*chat.Conversation, error) {
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
	conv, err := c.newConv(ctx, scope)
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
