package policy

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/minimize"
	"github.com/confide-dev/confide/redact"
	"github.com/confide-dev/confide/store"
)

// BuildOptions are what a policy file cannot say: the program's
// environment and objects.
type BuildOptions struct {
	// Getenv reads environment variables; nil means os.Getenv.
	Getenv func(string) string
	// Logger receives the audit events of the slog sink; nil means
	// slog.Default().
	Logger *slog.Logger
	// TenantKeys gives the keys of the encrypt operator; a policy that
	// uses encrypt needs it.
	TenantKeys redact.TenantKeys
	// Metrics records privacy metrics; nil means audit.NewMetrics on the
	// global meter provider.
	Metrics *audit.Metrics
	// KeyDir is where the relative paths of keyring.path and
	// audit.signing_key start, and so where development mode creates
	// those files; empty means the policy file's directory. A program
	// that reads its policy from a read-only place (a checkout, a
	// mounted config) keeps its keys in its data directory.
	KeyDir string
}

// ProfileLoader returns the profile of a conversation's customer as a map
// (decoded JSON, say), or nil when there is none. Only the fields the
// policy's profile section lists are read, each converted to its type.
type ProfileLoader func(ctx context.Context, scope chat.Scope) (map[string]any, error)

// Stack is the pipeline a policy describes, built: stores, keys, the
// consent ledger, vaults, the audit log and the middleware chain. Its
// rules (redaction, purposes, profile, history) can be replaced while it
// runs with [Stack.Apply]; what it was built on (database, keyring, audit
// sinks, mode) cannot. A Stack is safe for concurrent use.
type Stack struct {
	db          *store.DB // nil: memory
	ring        *encrypt.Keyring
	sealer      *encrypt.Sealer
	ledger      *consent.Ledger
	vaults      *redact.Vaults
	log         *audit.Log
	auditPublic []byte
	metrics     *audit.Metrics
	transcripts chat.Store
	purgers     map[string]minimize.Purger
	opts        BuildOptions

	hashOnce sync.Once
	hasher   *encrypt.BlindIndex
	hashErr  error

	applyMu   sync.Mutex // one Apply at a time
	rules     atomic.Pointer[rules]
	published sync.Map // tenant -> *rules whose notices are published

	closeOnce sync.Once
	closeErr  error
}

// rules is the part of a Stack that a new policy replaces.
type rules struct {
	policy     *Policy
	redactor   *redact.Redactor
	redactOpts []redact.MiddlewareOption
	consent    consent.Policy
	profile    *profilePolicy
	history    *minimize.HistoryOptions
	transcript consent.Purpose
	notices    []consent.Notice
	options    chat.Options
}

// Build makes the pipeline p describes. It opens the database named by
// the environment variable of database.dsn_env (a SQLite file path or a
// postgres:// URL; memory when the file names none), the keyring (in
// development it creates a missing local keyring file, and uses an
// ephemeral key when the file names no keyring), the sealer, the consent
// ledger with the file's purposes, the vaults and the audit log. Close
// the Stack when done.
//
// Errors name the file's fields and environment variables, never their
// values.
func (p *Policy) Build(ctx context.Context, opts BuildOptions) (*Stack, error) {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	s := &Stack{opts: opts, metrics: opts.Metrics}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	master, err := p.openKeyring(s)
	if err != nil {
		return nil, err
	}
	var keys encrypt.KeyStore = encrypt.NewMemoryKeyStore()
	var consentStore consent.Store = consent.NewMemoryStore()
	var vaultStore redact.VaultStore = redact.NewMemoryVaultStore()
	var auditStore audit.Sink
	if d := p.Database; d != nil {
		dsn := opts.Getenv(d.DSNEnv)
		if dsn == "" {
			return nil, p.errorf("database.dsn_env", "the environment variable %s is not set", d.DSNEnv)
		}
		if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
			s.db, err = store.OpenPostgres(ctx, dsn)
		} else {
			s.db, err = store.OpenSQLite(ctx, dsn)
		}
		if err != nil {
			// The driver's error may quote the DSN: keep only ours.
			return nil, p.errorf("database.dsn_env", "cannot open the database named by %s: %v", d.DSNEnv, redactDSN(err, dsn))
		}
		keys, consentStore, auditStore = s.db.Keys(), s.db.Consent(), s.db.Audit()
		s.purgers = s.db.Purgers()
	}
	s.sealer, err = encrypt.NewSealer(s.ring, keys, encrypt.Options{})
	if err != nil {
		return nil, fmt.Errorf("policy: sealer: %w", err)
	}
	if s.db != nil {
		vaultStore = s.db.Vaults(s.sealer)
		s.transcripts = s.db.Transcripts(s.sealer)
	} else {
		s.transcripts = chat.NewMemoryStore()
	}
	s.vaults = redact.NewVaults(vaultStore)

	tax, err := p.taxonomy()
	if err != nil {
		return nil, err
	}
	s.ledger, err = consent.NewLedger(consentStore, consent.Options{Taxonomy: tax,
		Controller: consent.Controller{Name: p.Controller.Name, Contact: p.Controller.Contact}})
	if err != nil {
		return nil, fmt.Errorf("policy: consent ledger: %w", err)
	}
	if err := p.openAudit(s, master, auditStore); err != nil {
		return nil, err
	}
	if s.metrics == nil {
		if s.metrics, err = audit.NewMetrics(nil); err != nil {
			return nil, fmt.Errorf("policy: metrics: %w", err)
		}
	}
	r, err := s.buildRules(p)
	if err != nil {
		return nil, err
	}
	s.rules.Store(r)
	ok = true
	return s, nil
}

// resolveKey resolves the path of a key file Build may create: from dir
// when given, else from the policy file's directory.
func (p *Policy) resolveKey(path, dir string) string {
	if dir == "" || path == "" || filepath.IsAbs(path) {
		return p.resolve(path)
	}
	return filepath.Join(dir, path)
}

func (p *Policy) errorf(field, format string, args ...any) error {
	return &Error{File: p.file, Line: p.pos[field], Field: field, Msg: fmt.Sprintf(format, args...)}
}

// redactDSN removes the DSN from a driver's error.
func redactDSN(err error, dsn string) string {
	msg := err.Error()
	if dsn != "" {
		msg = strings.ReplaceAll(msg, dsn, "[DSN]")
	}
	if strings.Contains(msg, "://") || strings.Contains(msg, "password") {
		return "connection failed"
	}
	return msg
}

// taxonomy returns a new taxonomy of the policy's purposes.
func (p *Policy) taxonomy() (*consent.Taxonomy, error) {
	tax, err := consent.NewTaxonomy(p.tax...)
	if err != nil {
		return nil, p.errorf("purposes", "%v", err)
	}
	return tax, nil
}

// openKeyring sets s.ring and returns the AEAD that protects key files.
func (p *Policy) openKeyring(s *Stack) (tink.AEAD, error) {
	k := p.Keyring
	if k == nil {
		if p.Mode == ModeProduction {
			return nil, p.errorf("mode", "production needs a keyring")
		}
		h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
		if err != nil {
			return nil, fmt.Errorf("policy: ephemeral key: %w", err)
		}
		a, err := aead.New(h)
		if err != nil {
			return nil, fmt.Errorf("policy: ephemeral key: %w", err)
		}
		s.ring, err = encrypt.NewKeyring(encrypt.KEK{ID: "ephemeral", AEAD: a})
		return a, err
	}
	if k.KMS != "" {
		kek, err := encrypt.KEKFromURI(k.KMS)
		if err != nil {
			return nil, p.errorf("keyring.kms", "%v", err)
		}
		s.ring, err = encrypt.NewKeyring(kek)
		return kek.AEAD, err
	}
	var master tink.AEAD
	var err error
	if k.MasterKeyEnv != "" {
		v := s.opts.Getenv(k.MasterKeyEnv)
		if v == "" {
			return nil, p.errorf("keyring.master_key_env", "the environment variable %s is not set", k.MasterKeyEnv)
		}
		if master, err = encrypt.ParseMasterKey(v); err != nil {
			return nil, p.errorf("keyring.master_key_env", "the environment variable %s does not hold a master key (base64 of 32 bytes)", k.MasterKeyEnv)
		}
	} else if master, err = encrypt.ReadMasterKeyFile(p.resolve(k.MasterKeyFile)); err != nil {
		return nil, p.errorf("keyring.master_key_file", "cannot read a master key from the file: %v", err)
	}
	path := p.resolveKey(k.Path, s.opts.KeyDir)
	s.ring, err = encrypt.OpenLocalKeyring(path, master)
	if errors.Is(err, fs.ErrNotExist) && p.Mode == ModeDevelopment {
		s.ring, err = encrypt.InitLocalKeyring(path, master)
	}
	if err != nil {
		return nil, p.errorf("keyring.path", "cannot open the keyring: %v", err)
	}
	return master, nil
}

func (p *Policy) openAudit(s *Stack, kek tink.AEAD, sqlSink audit.Sink) error {
	a := p.Audit
	if len(a.Sinks) == 0 {
		return nil // metrics only
	}
	var sink audit.Sink
	if slices.Contains(a.Sinks, "sql") {
		sink = sqlSink
	}
	if slices.Contains(a.Sinks, "slog") {
		sink = audit.NewSlogSink(s.opts.Logger, sink)
	}
	o := audit.Options{CheckpointEvery: a.CheckpointEvery}
	if a.SigningKey != "" {
		key, err := p.signingKey(kek, s.opts.KeyDir)
		if err != nil {
			return err
		}
		o.SigningKey = key
		if s.auditPublic, err = audit.PublicKeyset(key); err != nil {
			return fmt.Errorf("policy: audit signing key: %w", err)
		}
	}
	log, err := audit.NewLog(sink, o)
	if err != nil {
		return fmt.Errorf("policy: audit log: %w", err)
	}
	s.log = log
	return nil
}

// signingKey reads the audit signing key, creating it in development.
func (p *Policy) signingKey(kek tink.AEAD, dir string) (*keyset.Handle, error) {
	path := p.resolveKey(p.Audit.SigningKey, dir)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) && p.Mode == ModeDevelopment {
		key, err := audit.NewSigningKey()
		if err != nil {
			return nil, fmt.Errorf("policy: audit signing key: %w", err)
		}
		out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, p.errorf("audit.signing_key", "cannot create the signing key: %v", err)
		}
		if err := audit.WriteSigningKey(out, key, kek); err != nil {
			out.Close()
			return nil, p.errorf("audit.signing_key", "cannot write the signing key: %v", err)
		}
		if err := out.Close(); err != nil {
			return nil, p.errorf("audit.signing_key", "cannot write the signing key: %v", err)
		}
		return key, nil
	}
	if err != nil {
		return nil, p.errorf("audit.signing_key", "cannot open the signing key: %v", err)
	}
	defer f.Close()
	key, err := audit.ReadSigningKey(f, kek)
	if err != nil {
		return nil, p.errorf("audit.signing_key", "cannot read the signing key with the keyring's key: %v", err)
	}
	return key, nil
}

// buildRules makes the replaceable part of the stack from p.
func (s *Stack) buildRules(p *Policy) (*rules, error) {
	r := &rules{policy: p, options: chat.Options{Model: p.Provider.Model}}
	red, err := s.redactor(p)
	if err != nil {
		return nil, err
	}
	r.redactor = red
	r.redactOpts = []redact.MiddlewareOption{redact.WithFindings(audit.RecordFindings)}
	switch p.Provider.Output {
	case "redact":
		r.redactOpts = append(r.redactOpts, redact.WithOutputPolicy(redact.OutputRedact))
	case "block":
		r.redactOpts = append(r.redactOpts, redact.WithOutputPolicy(redact.OutputBlock))
	}
	for _, k := range p.Conversation.Required {
		r.consent.Required = append(r.consent.Required, consent.Purpose(k))
	}
	for _, k := range p.Conversation.Optional {
		r.consent.Optional = append(r.consent.Optional, consent.Purpose(k))
	}
	r.transcript = consent.Purpose(p.Conversation.TranscriptPurpose)
	if h := p.Conversation.History; h != nil {
		r.history = &minimize.HistoryOptions{Turns: h.Turns, MaxTokens: h.MaxTokens, ToolResultTurns: h.ToolResultTurns}
	}
	if p.Profile != nil {
		if r.profile, err = newProfilePolicy(p.Profile); err != nil {
			return nil, p.errorf("profile", "%v", err)
		}
	}
	for _, pu := range p.Purposes {
		if n := pu.Notice; n != nil {
			r.notices = append(r.notices, consent.Notice{ID: n.ID, Version: n.Version, Language: n.Language, Text: n.Body()})
		}
	}
	return r, nil
}

// OperatorOf returns the operator the policy applies to an entity type
// it detects: the one of redaction.types, keep for a type the provider may
// receive, placeholder for a recognizer's type without one. ok is false
// for a type the policy does not detect.
func (p *Policy) OperatorOf(typ string) (op string, ok bool) {
	if slices.Contains(p.Provider.MayReceive, typ) {
		return "keep", true
	}
	if t, ok := p.Redaction.Types[typ]; ok {
		return t.Operator, true
	}
	for _, rec := range p.Redaction.Recognizers {
		if rec.Type == typ {
			return "placeholder", true
		}
	}
	return "", false
}

// detected returns the entity types the policy detects, sorted.
func (p *Policy) detected() []string {
	var types []string
	types = append(types, sortedKeys(p.Redaction.Types)...)
	types = append(types, p.Provider.MayReceive...)
	for _, rec := range p.Redaction.Recognizers {
		types = append(types, rec.Type)
	}
	slices.Sort(types)
	return slices.Compact(types)
}

func (s *Stack) redactor(p *Policy) (*redact.Redactor, error) {
	r := p.Redaction
	opts := []redact.Option{redact.WithTypes(p.detected()...)}
	if r.Threshold > 0 {
		opts = append(opts, redact.WithThreshold(r.Threshold))
	}
	if len(r.Allow) > 0 {
		opts = append(opts, redact.WithAllowList(r.Allow...))
	}
	if len(r.AllowPatterns) > 0 {
		opts = append(opts, redact.WithAllowPatterns(r.AllowPatterns...))
	}
	for _, t := range sortedKeys(r.Deny) {
		opts = append(opts, redact.WithDenyList(t, r.Deny[t]...))
	}
	var rs []redact.Rule
	for _, rec := range r.Recognizers {
		rule := redact.Rule{Name: rec.Name, Type: rec.Type, Pattern: rec.Pattern, Keywords: rec.Keywords,
			Score: rec.Score, Context: rec.Context, RequireContext: rec.RequireContext}
		if rule.Score == 0 {
			rule.Score = 0.5
		}
		if rec.Validator != "" {
			rule.Validate, _ = redact.Validator(rec.Validator)
		}
		rs = append(rs, rule)
	}
	if len(rs) > 0 {
		opts = append(opts, redact.WithRules(rs...))
	}
	det, err := redact.NewDetector(opts...)
	if err != nil {
		return nil, p.errorf("redaction", "%v", err)
	}
	var ropts []redact.RedactorOption
	for _, t := range p.detected() {
		name, _ := p.OperatorOf(t)
		op, err := s.operator(p, t, name)
		if err != nil {
			return nil, err
		}
		ropts = append(ropts, redact.WithOperator(op, t))
	}
	return redact.NewRedactor(det, ropts...), nil
}

func (s *Stack) operator(p *Policy, typ, name string) (redact.Operator, error) {
	kind, n, err := parseOperator(name)
	if err != nil {
		return nil, p.errorf("redaction.types."+typ+".operator", "%v", err)
	}
	switch kind {
	case "placeholder":
		return redact.Placeholder(), nil
	case "surrogate":
		return redact.Surrogate(), nil
	case "mask":
		return redact.Mask(n), nil
	case "remove":
		return redact.Remove(), nil
	case "keep":
		return redact.Keep(), nil
	case "hash":
		s.hashOnce.Do(func() { s.hasher, s.hashErr = s.sealer.BlindIndex("redact.hash", encrypt.IndexOptions{}) })
		if s.hashErr != nil {
			return nil, fmt.Errorf("policy: hash operator: %w", s.hashErr)
		}
		return redact.Hash(s.hasher), nil
	case "encrypt":
		if s.opts.TenantKeys == nil {
			return nil, p.errorf("redaction.types."+typ+".operator", "the encrypt operator needs the program to give BuildOptions.TenantKeys")
		}
		return redact.Encrypt(s.opts.TenantKeys), nil
	}
	return nil, p.errorf("redaction.types."+typ+".operator", "unknown operator %q", name)
}

// middlewares returns the chain of r: audit outermost (it must see the
// refusals and errors of every layer), then consent, the minimized
// profile, the trimmed history, and redaction next to the model.
func (s *Stack) middlewares(r *rules, load ProfileLoader) []chat.Middleware {
	mws := []chat.Middleware{
		audit.Middleware(s.log, audit.WithPolicy(r.consent), audit.WithMetrics(s.metrics),
			audit.WithErrorReason(redact.ErrDetector, audit.ReasonDetector),
			audit.WithErrorReason(redact.ErrVaultFull, audit.ReasonVault),
			audit.WithErrorReason(redact.ErrOutputBlocked, audit.ReasonOutputBlocked)),
		consent.Middleware(s.ledger, r.consent),
	}
	if r.profile != nil && load != nil {
		mws = append(mws, r.profile.middleware(load))
	}
	if r.history != nil {
		mws = append(mws, minimize.History(*r.history))
	}
	return append(mws, redact.Middleware(r.redactor, s.vaults, r.redactOpts...))
}

// NewConversation starts or resumes the conversation of scope with model
// behind the whole pipeline: the reloadable chain of [Stack.Middleware]
// with profile (nil for none), and the transcript store of
// [Stack.Transcripts]. It publishes the policy's notices for the scope's
// tenant first. opts come after the stack's own, so they can add a system
// prompt and tools, or replace the store; middleware they add wraps the
// stack's chain, outside it, and sees what the customer sees.
func (s *Stack) NewConversation(ctx context.Context, model chat.Model, scope chat.Scope, profile ProfileLoader, opts ...chat.Option) (*chat.Conversation, error) {
	if _, err := s.Notices(ctx, scope.Tenant); err != nil {
		return nil, err
	}
	r := s.rules.Load()
	all := []chat.Option{
		chat.WithOptions(r.options),
		chat.WithStore(s.Transcripts()),
		chat.WithMiddleware(s.Middleware(profile)),
	}
	return chat.NewConversation(model, scope, append(all, opts...)...)
}

// Notices publishes the notices of the current policy for tenant, once,
// and returns them by the purposes that show them: what a consent
// banner shows and [consent.Ledger.Grant] names.
func (s *Stack) Notices(ctx context.Context, tenant string) (map[consent.Purpose]consent.Notice, error) {
	r := s.rules.Load()
	out := map[consent.Purpose]consent.Notice{}
	for _, pu := range r.policy.Purposes {
		n := pu.Notice
		if n == nil {
			continue
		}
		pub, err := s.ledger.PublishNotice(ctx, tenant, consent.Notice{ID: n.ID, Version: n.Version, Language: n.Language, Text: n.Body()})
		if err != nil {
			return nil, fmt.Errorf("policy: publish notice %s version %s: %w", n.ID, n.Version, err)
		}
		out[consent.Purpose(pu.Key)] = pub
	}
	s.published.Store(tenant, r)
	return out, nil
}

// Transcripts returns the transcript store: sealed in the database (or
// in memory), and kept only for customers who allow the current policy's
// conversation.transcript_purpose, when it names one.
func (s *Stack) Transcripts() chat.Store { return transcriptStore{s} }

type transcriptStore struct{ s *Stack }

func (t transcriptStore) inner() chat.Store {
	r := t.s.rules.Load()
	if r.transcript == "" {
		return t.s.transcripts
	}
	return consent.NewTranscriptStore(t.s.ledger, t.s.transcripts, r.transcript)
}

func (t transcriptStore) Append(ctx context.Context, scope chat.Scope, msgs ...chat.Message) error {
	return t.inner().Append(ctx, scope, msgs...)
}

func (t transcriptStore) Load(ctx context.Context, scope chat.Scope) ([]chat.Message, error) {
	return t.inner().Load(ctx, scope)
}

func (t transcriptStore) Delete(ctx context.Context, scope chat.Scope) error {
	return t.s.transcripts.Delete(ctx, scope)
}

// Policy returns the policy the stack runs now.
func (s *Stack) Policy() *Policy { return s.rules.Load().policy }

// Ledger returns the consent ledger.
func (s *Stack) Ledger() *consent.Ledger { return s.ledger }

// Sealer returns the sealer of records at rest.
func (s *Stack) Sealer() *encrypt.Sealer { return s.sealer }

// Keyring returns the keyring.
func (s *Stack) Keyring() *encrypt.Keyring { return s.ring }

// Vaults returns the redaction vaults.
func (s *Stack) Vaults() *redact.Vaults { return s.vaults }

// AuditLog returns the audit log, or nil when the policy names no audit
// sink.
func (s *Stack) AuditLog() *audit.Log { return s.log }

// AuditPublicKey returns the public keyset that verifies the audit log's
// signed checkpoints (audit.VerifyStore, confide audit verify
// --public-key), or nil when the policy names no signing key.
func (s *Stack) AuditPublicKey() []byte { return s.auditPublic }

// DB returns the database, or nil when the policy names none.
func (s *Stack) DB() *store.DB { return s.db }

// RetentionPolicies returns the policy's retention as minimize policies.
func (p *Policy) RetentionPolicies() []minimize.Retention {
	out := make([]minimize.Retention, 0, len(p.Retention))
	for _, r := range p.Retention {
		out = append(out, minimize.Retention{Kind: r.Kind, Purpose: r.Purpose, Keep: time.Duration(r.Keep)})
	}
	return out
}

// Purge applies the current policy's retention to the kinds of record
// the database purges (transcript and vault) at now; with dryRun it only
// counts. Kinds kept until erasure are left alone. Audit and consent
// records are not purged by age here: the audit log goes per tenant
// (store.AuditStore.DeleteTenant), consent with its subject.
func (s *Stack) Purge(ctx context.Context, now time.Time, dryRun bool) (*minimize.Report, error) {
	if s.purgers == nil {
		return nil, errors.New("policy: purge needs a database")
	}
	var rs []minimize.Retention
	for _, r := range s.Policy().RetentionPolicies() {
		if s.purgers[r.Kind] != nil && r.Keep > 0 {
			rs = append(rs, r)
		}
	}
	return minimize.Purge(ctx, rs, s.purgers, now, dryRun)
}

// Close closes the database. Conversations of the stack fail afterwards.
func (s *Stack) Close() error {
	s.closeOnce.Do(func() {
		if s.db != nil {
			s.closeErr = s.db.Close()
		}
	})
	return s.closeErr
}
