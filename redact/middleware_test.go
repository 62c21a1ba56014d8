package redact

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regexDetector is a small, predictable detector for the tests of this
// file, so that they test redaction and restoration, not detection.
type regexDetector struct{ err error }

var testPatterns = []struct {
	typ string
	re  *regexp.Regexp
}{
	{"EMAIL_ADDRESS", regexp.MustCompile(`[a-z0-9.]+@[a-z0-9.]+\.[a-z]{2,}`)},
	{"CREDIT_CARD", regexp.MustCompile(`\b(?:\d{4} ){3}\d{4}\b`)},
	{"PERSON", regexp.MustCompile(`\b(?:Jo Bloggs|Ann Lee|Sam Roe)\b`)},
}

func (d regexDetector) Detect(_ context.Context, text string) ([]Finding, error) {
	if d.err != nil {
		return nil, d.err
	}
	var out []Finding
	for _, p := range testPatterns {
		for _, m := range p.re.FindAllStringIndex(text, -1) {
			out = append(out, Finding{Type: p.typ, Start: m[0], End: m[1], Score: 1, Recognizer: "test"})
		}
	}
	return resolveOverlaps(out), nil
}

var secrets = []string{"jo@example.org", "4111 1111 1111 1111", "Jo Bloggs", "ann@corp.example", "Ann Lee"}

func assertNoSecrets(t *testing.T, texts []string) {
	t.Helper()
	for _, text := range texts {
		for _, s := range secrets {
			if strings.Contains(text, s) {
				t.Errorf("the model saw a raw value (type of %d bytes)", len(s))
			}
		}
	}
}

func newTestConversation(t *testing.T, model chat.Model, opts ...MiddlewareOption) (*chat.Conversation, *Vaults, *chat.MemoryStore) {
	t.Helper()
	vaults := NewVaults(NewMemoryVaultStore())
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(model, testScope,
		chat.WithStore(store),
		chat.WithMiddleware(Middleware(NewRedactor(regexDetector{}), vaults, opts...)),
		chat.WithTools(chat.Tool{Name: "lookup", Run: func(ctx context.Context, args string) (string, error) {
			var a struct{ Email string }
			if err := json.Unmarshal([]byte(args), &a); err != nil {
				return "", err
			}
			return fmt.Sprintf(`{"customer":{"name":"Ann Lee","email":%q,"note":"said \"hi\""},"orders":2}`, a.Email), nil
		}}))
	require.NoError(t, err)
	return conv, vaults, store
}

func TestMiddlewareRedactsAndRestores(t *testing.T) {
	model := scripted.New(scripted.Rule{Match: regexp.MustCompile(`email is (\S+)`), Reply: "Thanks {match}, noted."})
	conv, _, store := newTestConversation(t, model)
	ctx := context.Background()

	reply, err := conv.Send(ctx, "Hi, I am Jo Bloggs and my email is jo@example.org")
	require.NoError(t, err)
	assert.Equal(t, "Thanks jo@example.org, noted.", reply.Text, "the customer reads their own value")
	assertNoSecrets(t, model.Seen())
	assert.Contains(t, model.Seen(), "Hi, I am <PERSON_1> and my email is <EMAIL_ADDRESS_1>")

	_, err = conv.Send(ctx, "again: my email is jo@example.org")
	require.NoError(t, err)
	seen := model.Seen()
	assertNoSecrets(t, seen)
	assert.Contains(t, seen, "again: my email is <EMAIL_ADDRESS_1>", "the same value keeps its placeholder across turns")
	assert.Contains(t, seen, "Thanks <EMAIL_ADDRESS_1>, noted.", "history is redacted again with the same placeholders")

	stored, err := store.Load(ctx, testScope)
	require.NoError(t, err)
	assert.Equal(t, "Hi, I am Jo Bloggs and my email is jo@example.org", stored[0].Text(), "the transcript keeps what the customer wrote")
}

func TestMiddlewareStreamingEqualsSend(t *testing.T) {
	model := scripted.New(scripted.Rule{Match: regexp.MustCompile(`card (.+)$`), Reply: "Card {match} for <PERSON_1> is on file, [email_address_1]!"})
	for _, streaming := range []bool{false, true} {
		conv, _, _ := newTestConversation(t, model)
		text := "I am Jo Bloggs, jo@example.org, card 4111 1111 1111 1111"
		var reply *chat.Reply
		var err error
		var chunks []string
		if streaming {
			reply, err = conv.Stream(context.Background(), text, func(c chat.Chunk) error {
				chunks = append(chunks, c.Text)
				return nil
			})
		} else {
			reply, err = conv.Send(context.Background(), text)
		}
		require.NoError(t, err)
		assert.Equal(t, "Card 4111 1111 1111 1111 for Jo Bloggs is on file, jo@example.org!", reply.Text)
		if streaming {
			assert.Equal(t, reply.Text, strings.Join(chunks, ""))
			for _, c := range chunks {
				assert.NotContains(t, c, "<", "no chunk shows a placeholder or part of one")
			}
		}
	}
}

func TestMiddlewareToolCallsAndResults(t *testing.T) {
	model := scripted.New(scripted.Rule{
		Match:     regexp.MustCompile(`email is (\S+)`),
		Tool:      &chat.ToolCall{Name: "lookup", Arguments: `{"email":"{match}","nested":{"list":["{match}", "x\"y"]}}`},
		AfterTool: "Found: {result}",
	})
	conv, _, store := newTestConversation(t, model)
	var streamedCalls []chat.ToolCall
	reply, err := conv.Stream(context.Background(), "my email is jo@example.org", func(c chat.Chunk) error {
		if c.ToolCall != nil {
			streamedCalls = append(streamedCalls, *c.ToolCall)
		}
		return nil
	})
	require.NoError(t, err)
	seen := model.Seen()
	assertNoSecrets(t, seen)

	require.Len(t, streamedCalls, 1)
	assert.JSONEq(t, `{"email":"jo@example.org","nested":{"list":["jo@example.org","x\"y"]}}`, streamedCalls[0].Arguments, "the tool call is restored while streaming")
	calls := reply.Messages[1].ToolCalls()
	require.Len(t, calls, 1)
	assert.JSONEq(t, streamedCalls[0].Arguments, calls[0].Arguments, "the tool runs with real values")

	var modelSawResult string
	for _, r := range model.Requests() {
		for _, m := range r.Messages {
			for _, p := range m.Parts {
				if tr, ok := p.(chat.ToolResult); ok {
					modelSawResult = tr.Content
				}
			}
		}
	}
	require.True(t, json.Valid([]byte(modelSawResult)), "the redacted tool result is still valid JSON")
	assert.JSONEq(t, `{"customer":{"name":"<PERSON_1>","email":"<EMAIL_ADDRESS_1>","note":"said \"hi\""},"orders":2}`, modelSawResult)
	assert.Contains(t, reply.Text, `"name":"Ann Lee"`, "the reply quoting the result is restored")

	stored, err := store.Load(context.Background(), testScope)
	require.NoError(t, err)
	assert.Contains(t, stored[2].Parts[0].(chat.ToolResult).Content, "Ann Lee", "the transcript keeps the real tool result")
}

func TestMiddlewareFailsClosed(t *testing.T) {
	model := scripted.New()
	vaults := NewVaults(nil)
	boom := errors.New("detector down")
	conv, err := chat.NewConversation(model, testScope, chat.WithMiddleware(Middleware(NewRedactor(regexDetector{err: boom}), vaults)))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "jo@example.org")
	require.ErrorIs(t, err, ErrDetector)
	assert.NotContains(t, err.Error(), "jo@example.org")
	assert.Empty(t, model.Requests(), "nothing was sent")

	bad := NewRedactor(detectorFunc(func(text string) []Finding { return []Finding{{Type: "X", Start: 0, End: len(text) + 5}} }))
	conv, err = chat.NewConversation(model, testScope, chat.WithMiddleware(Middleware(bad, vaults)))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	require.ErrorIs(t, err, ErrDetector)

	full := NewVaults(nil, WithVaultLimit(1))
	conv, err = chat.NewConversation(model, testScope, chat.WithMiddleware(Middleware(NewRedactor(regexDetector{}), full)))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "jo@example.org and ann@corp.example")
	require.ErrorIs(t, err, ErrVaultFull)
	assert.Empty(t, model.Requests())

	failing := NewVaults(failingVaultStore{})
	conv, err = chat.NewConversation(model, testScope, chat.WithMiddleware(Middleware(NewRedactor(regexDetector{}), failing)))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "jo@example.org")
	require.Error(t, err)
	assert.Empty(t, model.Requests(), "a vault that cannot be saved stops the turn")
}

type detectorFunc func(text string) []Finding

func (f detectorFunc) Detect(_ context.Context, text string) ([]Finding, error) { return f(text), nil }

type failingVaultStore struct{}

func (failingVaultStore) LoadVault(context.Context, chat.Scope) ([]VaultEntry, error) {
	return nil, nil
}
func (failingVaultStore) AppendVault(context.Context, chat.Scope, ...VaultEntry) error {
	return errors.New("disk full")
}
func (failingVaultStore) DeleteVault(context.Context, chat.Scope) error { return nil }

func TestForgedPlaceholderCannotPullAnotherConversationsValue(t *testing.T) {
	ctx := context.Background()
	vaults := NewVaults(NewMemoryVaultStore())
	echo := scripted.New(scripted.Rule{Match: regexp.MustCompile(`say (.+)$`), Reply: "{match}"})
	mw := Middleware(NewRedactor(regexDetector{}), vaults)

	victim := testScope
	victim.Subject, victim.Conversation = "victim", "v-conv"
	vconv, err := chat.NewConversation(echo, victim, chat.WithMiddleware(mw))
	require.NoError(t, err)
	_, err = vconv.Send(ctx, "say my card 4111 1111 1111 1111 and jo@example.org")
	require.NoError(t, err)

	attacker := testScope
	attacker.Subject, attacker.Conversation = "attacker", "a-conv"
	aconv, err := chat.NewConversation(echo, attacker, chat.WithMiddleware(mw))
	require.NoError(t, err)
	for _, forged := range []string{"<CREDIT_CARD_1>", "<EMAIL_ADDRESS_1>", "[credit_card_1]", "EMAIL_ADDRESS_1"} {
		reply, err := aconv.Send(ctx, "say "+forged)
		require.NoError(t, err)
		assert.Equal(t, forged, reply.Text, "a placeholder never issued here is left as is")
		assertNoSecrets(t, []string{reply.Text})
	}

	// The attacker's own later values get their own numbering.
	reply, err := aconv.Send(ctx, "say ann@corp.example then <EMAIL_ADDRESS_2>")
	require.NoError(t, err)
	assert.Equal(t, "ann@corp.example then <EMAIL_ADDRESS_2>", reply.Text)
}

func TestMiddlewareOutputPolicy(t *testing.T) {
	leaky := scripted.New(scripted.Rule{Reply: "Contact sam@vendor.example or <EMAIL_ADDRESS_1>."})
	conv, _, _ := newTestConversation(t, leaky, WithOutputPolicy(OutputRedact))
	var chunks []string
	reply, err := conv.Stream(context.Background(), "my email jo@example.org", func(c chat.Chunk) error {
		chunks = append(chunks, c.Text)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, "Contact [EMAIL_ADDRESS] or jo@example.org.", reply.Text)
	assert.Equal(t, []string{reply.Text}, chunks)

	conv, _, store := newTestConversation(t, leaky, WithOutputPolicy(OutputBlock))
	_, err = conv.Send(context.Background(), "my email jo@example.org")
	require.ErrorIs(t, err, ErrOutputBlocked)
	stored, err := store.Load(context.Background(), testScope)
	require.NoError(t, err)
	assert.Empty(t, stored)
}

// TestRoundTripProperty redacts generated texts and restores them: the
// customer gets back exactly what they wrote, and the redacted text holds
// none of the values. (Text the customer types that spells a placeholder
// issued in the same conversation, "PERSON_1" say, is restored to that
// value: their own; and a reply that ends in what looks like a cut
// placeholder, "PERSON_", loses that tail. The generator leaves both out.)
func TestRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"hello", "order", "<", ">", "[", "EMAIL", "PERSON", "ünï", "\n", " ", ",", "4111", "é", "\xff"}
	r := NewRedactor(regexDetector{})
	for i := range 500 {
		v := NewVault(testScope)
		var b strings.Builder
		for range rng.IntN(30) {
			if rng.IntN(4) == 0 {
				b.WriteString(secrets[rng.IntN(len(secrets))])
			} else {
				b.WriteString(words[rng.IntN(len(words))])
			}
			b.WriteByte(' ')
		}
		b.WriteString("end")
		text := b.String()
		red, _, err := r.Redact(context.Background(), v, text)
		require.NoError(t, err)
		for _, s := range secrets {
			require.NotContains(t, red, s, "case %d", i)
		}
		require.Equal(t, text, v.Restore(red), "case %d", i)
	}
}

func TestConcurrentConversationsAreIsolated(t *testing.T) {
	ctx := context.Background()
	vaults := NewVaults(NewMemoryVaultStore(), WithCachedVaults(8))
	echo := scripted.New(scripted.Rule{Match: regexp.MustCompile(`say (.+)$`), Reply: "{match} <EMAIL_ADDRESS_1>"}).WithRecorded(0)
	mw := Middleware(NewRedactor(regexDetector{}), vaults)
	var wg sync.WaitGroup
	for g := range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := testScope
			s.Subject, s.Conversation = fmt.Sprintf("s%d", g), fmt.Sprintf("c%d", g)
			conv, err := chat.NewConversation(echo, s, chat.WithMiddleware(mw))
			if !assert.NoError(t, err) {
				return
			}
			mine := fmt.Sprintf("user%d@example.org", g)
			for range 10 {
				reply, err := conv.Send(ctx, "say "+mine)
				if !assert.NoError(t, err) {
					return
				}
				assert.Equal(t, mine+" "+mine, reply.Text, "each conversation restores only its own value")
			}
		}()
	}
	wg.Wait()
}

// TestHistoryRedactedAgainWhenVaultGrows: a value first missed by the
// detector and later found must disappear from the whole history, cached
// redactions included.
func TestHistoryRedactedAgainWhenVaultGrows(t *testing.T) {
	cue := detectorFunc(func(text string) []Finding {
		i := strings.Index(text, "name is Zed")
		if i < 0 {
			return nil
		}
		return []Finding{{Type: "PERSON", Start: i + 8, End: i + 11, Score: 1}}
	})
	model := scripted.New(scripted.Rule{Reply: "ok"})
	conv, err := chat.NewConversation(model, testScope, chat.WithMiddleware(Middleware(NewRedactor(cue), NewVaults(nil))))
	require.NoError(t, err)
	ctx := context.Background()
	for _, text := range []string{"hello Zed here", "still Zed", "my name is Zed", "bye"} {
		_, err := conv.Send(ctx, text)
		require.NoError(t, err)
	}
	reqs := model.Requests()
	require.Len(t, reqs, 4)
	// From the request in which the value is found, it is hidden in every
	// message, the history redacted before it was known included.
	for r, req := range reqs[2:] {
		for i, m := range req.Messages {
			assert.False(t, strings.Contains(m.Text(), "Zed"), "request %d message %d still holds the value", r+2, i)
		}
	}
	assert.Equal(t, "hello <PERSON_1> here", reqs[2].Messages[0].Text())
	assert.Equal(t, "my name is <PERSON_1>", reqs[2].Messages[len(reqs[2].Messages)-1].Text())
}

// TestOutputPolicyStreamsBySentence: with an output policy the reply still
// streams, a sentence at a time, each checked before it is shown.
func TestOutputPolicyStreamsBySentence(t *testing.T) {
	model := scripted.New(scripted.Rule{Reply: "Hello <PERSON_1>. Write to sam@vendor.example today! Or call us.\nBye"})
	conv, _, _ := newTestConversation(t, model, WithOutputPolicy(OutputRedact))
	var chunks []string
	reply, err := conv.Stream(context.Background(), "I am Jo Bloggs", func(c chat.Chunk) error {
		chunks = append(chunks, c.Text)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, "Hello Jo Bloggs. Write to [EMAIL_ADDRESS] today! Or call us.\nBye", reply.Text)
	assert.Equal(t, []string{"Hello Jo Bloggs. ", "Write to [EMAIL_ADDRESS] today! ", "Or call us.\n", "Bye"}, chunks)

	blocked := scripted.New(scripted.Rule{Reply: "First part is fine. Then sam@vendor.example leaks. End"})
	conv, _, store := newTestConversation(t, blocked, WithOutputPolicy(OutputBlock))
	chunks = nil
	_, err = conv.Stream(context.Background(), "hi", func(c chat.Chunk) error {
		chunks = append(chunks, c.Text)
		return nil
	})
	require.ErrorIs(t, err, ErrOutputBlocked)
	assert.Equal(t, []string{"First part is fine. "}, chunks, "nothing from the sentence that breaks the policy is shown")
	for _, c := range chunks {
		assert.NotContains(t, c, "vendor")
	}
	stored, err := store.Load(context.Background(), testScope)
	require.NoError(t, err)
	assert.Empty(t, stored)
}

// TestCacheFollowsTheRedactor: a reloaded policy brings a new Redactor over
// the same vaults; history cached by the old one is redacted again.
func TestCacheFollowsTheRedactor(t *testing.T) {
	ctx := context.Background()
	vaults := NewVaults(nil)
	model := scripted.New(scripted.Rule{Reply: "ok"})
	old := Middleware(NewRedactor(detectorFunc(func(string) []Finding { return nil })), vaults)
	conv, err := chat.NewConversation(model, testScope, chat.WithMiddleware(old))
	require.NoError(t, err)
	_, err = conv.Send(ctx, "card 4111 1111 1111 1111")
	require.NoError(t, err)
	hist, err := conv.History(ctx)
	require.NoError(t, err)

	stricter := chat.Chain(model, Middleware(NewRedactor(regexDetector{}), vaults))
	_, err = stricter.Generate(ctx, &chat.Request{Scope: testScope, Messages: append(hist, chat.UserMessage("again"))}, nil)
	require.NoError(t, err)
	reqs := model.Requests()
	for i, m := range reqs[len(reqs)-1].Messages {
		assert.False(t, strings.Contains(m.Text(), "4111"), "message %d went out with the old redaction", i)
	}
}

// TestToolHistoryNotDetectedAgain: the JSON of tool calls and results in
// the history is redacted once, then served from the vault's cache while
// the vault does not grow, like text; a new value found later makes it be
// redacted again. Text that only looks like JSON is redacted as text.
func TestToolHistoryNotDetectedAgain(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	det := detectorFunc(func(text string) []Finding {
		mu.Lock()
		seen[text]++
		mu.Unlock()
		if i := strings.Index(text, "ana@example.com"); i >= 0 {
			return []Finding{{Type: TypeEmailAddress, Start: i, End: i + 15, Score: 1}}
		}
		if i := strings.Index(text, "Zed"); i >= 0 && strings.Contains(text, "name is") {
			return []Finding{{Type: "PERSON", Start: i, End: i + 3, Score: 1}}
		}
		return nil
	})
	model := scripted.New(scripted.Rule{Reply: "ok"})
	gen := chat.Chain(model, Middleware(NewRedactor(det), NewVaults(nil)))
	history := []chat.Message{
		chat.UserMessage("look me up"),
		{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: "1", Name: "lookup", Arguments: `{"email": "ana@example.com"}`}}},
		{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: "1", Name: "lookup", Content: `{"owner": "Zed", "plan": "gold"}`}}},
		{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: "2", Name: "lookup", Content: `{not json, ana@example.com`}}},
		{Role: chat.RoleAssistant, Parts: []chat.Part{chat.Text{Text: "found you"}}},
	}
	ctx := context.Background()
	send := func(msg string) *chat.Request {
		t.Helper()
		_, err := gen.Generate(ctx, &chat.Request{Scope: testScope, Messages: append(slices.Clone(history), chat.UserMessage(msg))}, nil)
		require.NoError(t, err)
		reqs := model.Requests()
		return reqs[len(reqs)-1]
	}
	first := send("thanks")
	args := first.Messages[1].Parts[0].(chat.ToolCall).Arguments
	assert.JSONEq(t, `{"email": "<EMAIL_ADDRESS_1>"}`, args)
	assert.Equal(t, `{not json, <EMAIL_ADDRESS_1>`, first.Messages[3].Parts[0].(chat.ToolResult).Content)
	mu.Lock()
	before := seen["ana@example.com"] + seen["Zed"] + seen[`{not json, ana@example.com`]
	mu.Unlock()
	require.Positive(t, before)

	send("and again")
	mu.Lock()
	assert.Equal(t, before, seen["ana@example.com"]+seen["Zed"]+seen[`{not json, ana@example.com`], "tool JSON in the history was detected again")
	mu.Unlock()

	// A new value grows the vault: the cached JSON no longer holds, and
	// the name is now hidden in the old tool result too.
	last := send("my name is Zed")
	res := last.Messages[2].Parts[0].(chat.ToolResult).Content
	assert.JSONEq(t, `{"owner": "<PERSON_1>", "plan": "gold"}`, res)
}
