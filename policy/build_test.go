package policy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/audit"
	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/consent"
	"github.com/confide-dev/confide/encrypt"
)

// seen records what crossed to the model: the last user message and the
// system messages of every call.
type seen struct {
	mu    sync.Mutex
	user  []string
	extra []string
}

// echoModel answers with the customer's message, so that the reply
// holds whatever the model was given for it.
func (s *seen) model() chat.Model {
	return chat.ModelFunc(func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		var last string
		s.mu.Lock()
		for _, m := range req.Messages {
			switch m.Role {
			case chat.RoleUser:
				last = m.Text()
			case chat.RoleSystem:
				s.extra = append(s.extra, m.Text())
			}
		}
		s.user = append(s.user, last)
		s.mu.Unlock()
		return &chat.Response{Message: chat.AssistantMessage("you said: " + last), FinishReason: chat.FinishStop}, nil
	})
}

const sqlitePolicy = `version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider: {name: Mistral, location: France}
redaction:
  allow_patterns: ['[a-z]+@acme\.example']
  types:
    EMAIL_ADDRESS: {operator: placeholder}
    PASSWORD: {operator: remove}
purposes:
  - key: ai_assistant
    basis: consent
    notice: {id: assistant, version: "1", text: An AI model answers you.}
  - key: collect.store_transcript
    notice: {id: transcript, version: "1", text: We keep transcripts.}
conversation:
  required: [ai_assistant]
  optional: [collect.store_transcript]
  transcript_purpose: collect.store_transcript
profile:
  purpose: ai_assistant
  fields:
    first_name: {purposes: {"*": keep}}
    age: {type: int, purposes: {ai_assistant: generalize(age_band)}}
retention:
  - {kind: transcript, purpose: collect.store_transcript, keep: 30d}
keyring: {path: keyring.json, master_key_env: TEST_MASTER}
database: {dsn_env: TEST_DB}
audit:
  sinks: [sql]
  signing_key: audit-key.json
  checkpoint_every: 2
`

func TestBuildSQLite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte(sqlitePolicy), 0o644))
	master := encrypt.NewMasterKey()
	env := map[string]string{"TEST_MASTER": master, "TEST_DB": filepath.Join(dir, "confide.db")}
	opts := BuildOptions{Getenv: func(k string) string { return env[k] }}

	p, err := Load(path)
	require.NoError(t, err)
	s, err := p.Build(ctx, opts)
	require.NoError(t, err)
	defer s.Close()
	require.NotNil(t, s.DB())
	require.FileExists(t, filepath.Join(dir, "keyring.json"), "development creates the keyring")
	require.FileExists(t, filepath.Join(dir, "audit-key.json"))

	scope := chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}
	profile := func(context.Context, chat.Scope) (map[string]any, error) {
		return map[string]any{"first_name": "Ann", "age": 37, "address": "1 Main St"}, nil
	}
	var saw seen
	conv, err := s.NewConversation(ctx, saw.model(), scope, profile)
	require.NoError(t, err)

	_, err = conv.Send(ctx, "hello")
	require.ErrorIs(t, err, consent.ErrConsentRequired, "ai_assistant needs consent")
	assert.Empty(t, saw.user, "nothing reached the model")

	notices, err := s.Notices(ctx, scope.Tenant)
	require.NoError(t, err)
	_, err = s.Ledger().Grant(ctx, consent.Choice{Tenant: scope.Tenant, Subject: scope.Subject,
		Purposes: []consent.Purpose{"ai_assistant"}, Notice: notices["ai_assistant"].Ref()})
	require.NoError(t, err)

	reply, err := conv.Send(ctx, "my email is ann@example.com")
	require.NoError(t, err)
	assert.Equal(t, "my email is <EMAIL_ADDRESS_1>", saw.user[0])
	assert.Equal(t, "you said: my email is ann@example.com", reply.Text, "restored for the customer")
	// The company's own addresses pass (redaction.allow_patterns).
	_, err = conv.Send(ctx, "I wrote to help@acme.example and ann@example.com")
	require.NoError(t, err)
	assert.Equal(t, "I wrote to help@acme.example and <EMAIL_ADDRESS_1>", saw.user[len(saw.user)-1])
	extra := strings.Join(saw.extra, "\n")
	assert.Contains(t, extra, "age: 35-44")
	assert.Contains(t, extra, "first_name: Ann")
	assert.NotContains(t, extra, "Main St", "fields the policy does not list are withheld")

	msgs, err := s.Transcripts().Load(ctx, scope)
	require.NoError(t, err)
	assert.Empty(t, msgs, "no consent to keep the transcript")
	_, err = s.Ledger().Grant(ctx, consent.Choice{Tenant: scope.Tenant, Subject: scope.Subject,
		Purposes: []consent.Purpose{consent.PurposeStoreTranscript}, Notice: notices[consent.PurposeStoreTranscript].Ref()})
	require.NoError(t, err)
	_, err = conv.Send(ctx, "thanks")
	require.NoError(t, err)
	msgs, err = s.Transcripts().Load(ctx, scope)
	require.NoError(t, err)
	assert.Len(t, msgs, 2)

	events, err := s.DB().Audit().Events(ctx, scope.Tenant, 0, 0)
	require.NoError(t, err)
	assert.Len(t, events, 4, "one audit event per turn, the refused one included")
	cps, err := s.DB().Audit().Checkpoints(ctx, scope.Tenant)
	require.NoError(t, err)
	assert.NotEmpty(t, cps, "checkpoints are signed with the policy's key")
	require.NoError(t, s.Close())

	// A second start opens what the first created.
	s2, err := p.Build(ctx, opts)
	require.NoError(t, err)
	msgs, err = s2.Transcripts().Load(ctx, scope)
	require.NoError(t, err)
	assert.Len(t, msgs, 2)
	require.NoError(t, s2.Close())
}

func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte(sqlitePolicy), 0o644))
	p, err := Load(path)
	require.NoError(t, err)

	_, err = p.Build(ctx, BuildOptions{Getenv: func(string) string { return "" }})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "keyring.master_key_env: the environment variable TEST_MASTER is not set")

	secret := "postgres://u:hunter2@127.0.0.1:1/x?connect_timeout=1"
	env := map[string]string{"TEST_MASTER": encrypt.NewMasterKey(), "TEST_DB": secret}
	_, err = p.Build(ctx, BuildOptions{Getenv: func(k string) string { return env[k] }})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "database.dsn_env: cannot open the database named by TEST_DB")
	assert.NotContains(t, err.Error(), "hunter2", "errors never hold the DSN")
	assert.NotContains(t, err.Error(), env["TEST_MASTER"])

	env["TEST_MASTER"] = "not a key"
	_, err = p.Build(ctx, BuildOptions{Getenv: func(k string) string { return env[k] }})
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "not a key")

	enc := mustParse(t, edit(t, "EMAIL_ADDRESS: {operator: placeholder}", "EMAIL_ADDRESS: {operator: encrypt}"))
	_, err = enc.Build(ctx, BuildOptions{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "BuildOptions.TenantKeys")
}

// reloadPolicy is a memory-only policy whose e-mail operator is op.
func reloadPolicy(op string) string {
	return `version: 1
mode: development
controller: {name: Acme Ltd, contact: privacy@acme.example}
service: Acme support chat
provider: {name: Mistral, location: France}
redaction:
  types:
    EMAIL_ADDRESS: {operator: "` + op + `"}
    PASSWORD: {operator: remove}
purposes:
  - key: essential.service
retention:
  - {kind: transcript, keep: 30d}
audit:
  sinks: [slog]
`
}

// TestReloadConcurrent runs turns with a tool call in many conversations
// while another goroutine reloads valid and invalid files: every turn
// completes, under one policy from its first model call to its last.
func TestReloadConcurrent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	write := func(s string) { require.NoError(t, os.WriteFile(path, []byte(s), 0o644)) }
	write(reloadPolicy("placeholder"))
	p, err := Load(path)
	require.NoError(t, err)
	s, err := p.Build(ctx, BuildOptions{Logger: discardLogger()})
	require.NoError(t, err)
	defer s.Close()

	var refused atomic.Int32
	w := NewWatcher(s, path, WatchOptions{OnError: func(err error) {
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("unexpected reload error: %v", err)
		}
		refused.Add(1)
	}})

	form := func(text string) string {
		switch {
		case strings.Contains(text, "<EMAIL_ADDRESS_"):
			return "placeholder"
		case strings.Contains(text, "*****"):
			return "mask"
		case strings.Contains(text, "@example.com"):
			return "clear"
		}
		return "other: " + text
	}
	tool := chat.Tool{Name: "lookup", Run: func(context.Context, string) (string, error) { return "ok", nil }}

	const workers, turns = 8, 25
	done := make(chan struct{})
	var wg sync.WaitGroup
	var running atomic.Int32
	running.Store(workers)
	forms := make([]map[string]int, workers)
	for g := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer running.Add(-1)
			forms[g] = map[string]int{}
			var mu sync.Mutex
			var calls []string
			model := chat.ModelFunc(func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
				var user string
				for _, m := range req.Messages {
					if m.Role == chat.RoleUser {
						user = m.Text()
					}
				}
				mu.Lock()
				calls = append(calls, form(user))
				mu.Unlock()
				if req.Messages[len(req.Messages)-1].Role == chat.RoleUser {
					return &chat.Response{Message: chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{
						chat.ToolCall{ID: "1", Name: "lookup", Arguments: "{}"}}}, FinishReason: chat.FinishToolCalls}, nil
				}
				return &chat.Response{Message: chat.AssistantMessage("done"), FinishReason: chat.FinishStop}, nil
			})
			scope := chat.Scope{Tenant: "acme", Subject: fmt.Sprintf("s%d", g), Conversation: "c"}
			conv, err := s.NewConversation(ctx, model, scope, nil, chat.WithTools(tool))
			if !assert.NoError(t, err) {
				return
			}
			for i := range turns {
				mu.Lock()
				calls = calls[:0]
				mu.Unlock()
				_, err := conv.Send(ctx, fmt.Sprintf("mail me at user-%d-%d@example.com", g, i))
				if !assert.NoError(t, err, "a reload never fails a turn") {
					return
				}
				mu.Lock()
				assert.Len(t, calls, 2)
				assert.Equal(t, calls[0], calls[1], "one turn, one policy")
				forms[g][calls[0]]++
				mu.Unlock()
			}
		}()
	}
	go func() {
		defer close(done)
		// Reload while the turns run, and at least one round of valid,
		// invalid and valid files even if the turns finish first.
		for i := 0; i < 3 || running.Load() > 0; i++ {
			switch i % 3 {
			case 0:
				write(reloadPolicy("mask:2"))
				assert.NoError(t, w.Reload(ctx))
			case 1:
				before := s.Policy()
				write(reloadPolicy("shred"))
				assert.Error(t, w.Reload(ctx))
				assert.Same(t, before, s.Policy(), "an invalid file leaves the old policy running")
			case 2:
				write(reloadPolicy("placeholder"))
				assert.NoError(t, w.Reload(ctx))
			}
		}
	}()
	wg.Wait()
	<-done
	total := map[string]int{}
	for _, f := range forms {
		for k, n := range f {
			total[k] += n
		}
	}
	assert.Equal(t, workers*turns, total["placeholder"]+total["mask"], "every turn ran under one of the two policies: %v", total)
	assert.Positive(t, refused.Load())
	t.Logf("turns per policy: %v, refused reloads: %d", total, refused.Load())
}

func TestApplyRefusesRestartChanges(t *testing.T) {
	ctx := context.Background()
	s, err := mustParse(t, base).Build(ctx, BuildOptions{Logger: discardLogger()})
	require.NoError(t, err)
	defer s.Close()
	err = s.Apply(ctx, mustParse(t, edit(t, "sinks: [slog]", "sinks: []")))
	require.ErrorIs(t, err, ErrRestart)
	err = s.Apply(ctx, mustParse(t, edit(t, "basis: consent", "basis: contract")))
	require.ErrorIs(t, err, ErrRestart)

	// A new purpose joins the ledger's taxonomy.
	np := mustParse(t, edit(t, "required: [ai_assistant]", "required: [ai_assistant]\n  optional: [ai_assistant.summaries]",
		"conversation:", "  - key: ai_assistant.summaries\n    name: Summaries\nconversation:"))
	require.NoError(t, s.Apply(ctx, np))
	info, ok := s.Ledger().Taxonomy().Lookup("ai_assistant.summaries")
	require.True(t, ok)
	assert.Equal(t, consent.BasisConsent, info.Basis, "inherited from its parent")
	assert.Same(t, np, s.Policy())
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestWatcherRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte(reloadPolicy("placeholder")), 0o644))
	p, err := Load(path)
	require.NoError(t, err)
	s, err := p.Build(ctx, BuildOptions{Logger: discardLogger()})
	require.NoError(t, err)
	defer s.Close()

	applied, refused := make(chan *Policy, 4), make(chan error, 4)
	w := NewWatcher(s, path, WatchOptions{Interval: 5 * time.Millisecond,
		OnApply: func(p *Policy) { applied <- p }, OnError: func(err error) { refused <- err }})
	go w.Run(ctx)

	require.NoError(t, os.WriteFile(path, []byte(reloadPolicy("mask:2")), 0o644))
	select {
	case p := <-applied:
		assert.Equal(t, "mask:2", p.Redaction.Types["EMAIL_ADDRESS"].Operator)
		assert.Same(t, p, s.Policy())
	case <-time.After(10 * time.Second):
		t.Fatal("the change was not applied")
	}
	require.NoError(t, os.WriteFile(path, []byte(reloadPolicy("shredder")), 0o644))
	select {
	case err := <-refused:
		assert.ErrorIs(t, err, ErrInvalid)
		assert.Equal(t, "mask:2", s.Policy().Redaction.Types["EMAIL_ADDRESS"].Operator)
	case <-time.After(10 * time.Second):
		t.Fatal("the invalid file was not reported")
	}
}

// TestBuildKeyDir checks that KeyDir keeps the key files away from the
// policy file, and that the stack gives the public keyset that verifies
// its audit log.
func TestBuildKeyDir(t *testing.T) {
	ctx := context.Background()
	conf, data := t.TempDir(), t.TempDir()
	path := filepath.Join(conf, "policy.yaml")
	require.NoError(t, os.WriteFile(path, []byte(sqlitePolicy), 0o644))
	env := map[string]string{"TEST_MASTER": encrypt.NewMasterKey(), "TEST_DB": filepath.Join(data, "confide.db")}
	opts := BuildOptions{Getenv: func(k string) string { return env[k] }, KeyDir: data}
	p, err := Load(path)
	require.NoError(t, err)

	s, err := p.Build(ctx, opts)
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(data, "keyring.json"))
	require.FileExists(t, filepath.Join(data, "audit-key.json"))
	assert.NoFileExists(t, filepath.Join(conf, "keyring.json"), "nothing is written beside the policy")
	assert.NoFileExists(t, filepath.Join(conf, "audit-key.json"))
	pub := s.AuditPublicKey()
	require.NotEmpty(t, pub)
	ring := s.Keyring().PrimaryID()
	_, err = s.AuditLog().Record(ctx, audit.Event{Operation: audit.OpTurn, Decision: audit.DecisionAllowed,
		Scope: chat.Scope{Tenant: "acme", Subject: "cust-1", Conversation: "c-1"}})
	require.NoError(t, err)
	_, err = s.AuditLog().Checkpoint(ctx, "acme")
	require.NoError(t, err)
	rep, err := audit.VerifyStore(ctx, s.DB().Audit(), "acme", pub)
	require.NoError(t, err)
	assert.True(t, rep.OK())
	require.NoError(t, s.Close())

	// A restart opens the same keys.
	s, err = p.Build(ctx, opts)
	require.NoError(t, err)
	defer s.Close()
	assert.Equal(t, ring, s.Keyring().PrimaryID())
	assert.Equal(t, pub, s.AuditPublicKey())
}
