// Package scripted is an offline [chat.Model] that answers from rules. It
// needs no keys and no network, so the quickstart, the examples and your own
// tests run anywhere, deterministically.
//
// A [Model] picks the first [Rule] whose trigger occurs in the customer's
// last message and answers with its reply, streamed word by word, or with a
// tool call. When the request ends with a tool result, it answers with the
// rule's AfterTool text. It records every request it receives, so a test can
// check what the model saw (for example, that no raw email address reached
// it).
//
//	m := scripted.New(scripted.Rule{Contains: "refund", Reply: "Refunds take 5 days."})
//	conv, _ := chat.NewConversation(m, scope)
package scripted

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/confide-dev/confide/chat"
)

// Rule is one scripted behaviour.
type Rule struct {
	// Contains triggers the rule when the last customer message contains it,
	// ignoring case. An empty Contains and nil Match trigger always.
	Contains string
	// Match, if set, triggers the rule when it matches the last customer
	// message; its first submatch is available to Reply as {match}.
	Match *regexp.Regexp
	// Reply is the answer. {input} stands for the customer's last message
	// and {match} for Match's first submatch.
	Reply string
	// Tool, if set, makes the model call this tool (once per turn) before
	// answering. Its Arguments may use {input} and {match}, JSON-escaped.
	Tool *chat.ToolCall
	// AfterTool answers once the tool's result has arrived; {result} stands
	// for the result's content. Empty means Reply.
	AfterTool string
	// Err, if set, makes the model fail with it.
	Err error
	// Hang makes the model stream the first word, then wait until the
	// request is cancelled.
	Hang bool
}

// Model is a rule-driven offline model. It is safe for concurrent use.
type Model struct {
	rules    []Rule
	fallback string
	delay    time.Duration
	keep     int

	mu   sync.Mutex
	seen []*chat.Request
}

// New returns a model with rules, tried in order. When no rule triggers it
// answers a fixed fallback.
func New(rules ...Rule) *Model {
	return &Model{rules: rules, fallback: "I can help with orders, refunds and account questions.", keep: DefaultRecorded}
}

// DefaultRecorded is how many of the latest requests a [Model] keeps for
// [Model.Requests] unless [Model.WithRecorded] says otherwise.
const DefaultRecorded = 64

// WithRecorded keeps the latest n requests for [Model.Requests] and
// [Model.Seen]; 0 keeps none. It returns m.
func (m *Model) WithRecorded(n int) *Model { m.keep = max(n, 0); return m }

// WithFallback sets the answer given when no rule triggers, and returns m.
func (m *Model) WithFallback(text string) *Model { m.fallback = text; return m }

// WithDelay makes the model wait d between streamed words, to look like a
// real model in demos, and returns m.
func (m *Model) WithDelay(d time.Duration) *Model { m.delay = d; return m }

// Requests returns copies of the latest requests the model has received
// (see [Model.WithRecorded]), oldest first.
func (m *Model) Requests() []*chat.Request {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]*chat.Request, len(m.seen))
	for i, r := range m.seen {
		out[i] = r.Clone()
	}
	return out
}

// Seen returns every text the model has received (message texts, tool-call
// arguments and tool results), for tests that check what reached it.
func (m *Model) Seen() []string {
	var out []string
	for _, r := range m.Requests() {
		for _, msg := range r.Messages {
			for _, p := range msg.Parts {
				switch p := p.(type) {
				case chat.Text:
					out = append(out, p.Text)
				case chat.ToolCall:
					out = append(out, p.Arguments)
				case chat.ToolResult:
					out = append(out, p.Content)
				}
			}
		}
	}
	return out
}

// Generate implements [chat.Model].
func (m *Model) Generate(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if req == nil {
		return nil, errors.New("scripted: nil request")
	}
	if m.keep > 0 {
		m.mu.Lock()
		if len(m.seen) == m.keep {
			m.seen = append(m.seen[:0], m.seen[1:]...)
		}
		m.seen = append(m.seen, req.Clone())
		m.mu.Unlock()
	}

	input, toolResult, afterTool := lastTurn(req.Messages)
	rule, match := m.pick(input)
	if rule.Err != nil {
		return nil, rule.Err
	}
	usage := chat.Usage{InputTokens: countWords(req.Messages)}

	if rule.Tool != nil && !afterTool && hasTool(req.Tools, rule.Tool.Name) {
		call := *rule.Tool
		call.Arguments = expand(call.Arguments, input, match, "", jsonEscape)
		if call.ID == "" {
			call.ID = "call_1"
		}
		if stream != nil {
			if err := stream(chat.Chunk{ToolCall: &call}); err != nil {
				return nil, err
			}
		}
		return &chat.Response{
			Message:      chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{call}},
			Usage:        usage,
			FinishReason: chat.FinishToolCalls,
		}, nil
	}

	text := rule.Reply
	if afterTool && rule.AfterTool != "" {
		text = rule.AfterTool
	}
	text = expand(text, input, match, toolResult, nil)
	words := splitWords(text)
	finish := chat.FinishStop
	if max := req.Options.MaxTokens; max > 0 && len(words) > max {
		words, finish = words[:max], chat.FinishLength
		text = strings.Join(words, "")
	}
	for i, w := range words {
		if stream == nil {
			break
		}
		if err := stream(chat.Chunk{Text: w}); err != nil {
			return nil, err
		}
		if i == 0 && rule.Hang {
			<-ctx.Done()
			return nil, ctx.Err()
		}
		if m.delay > 0 {
			select {
			case <-time.After(m.delay):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		} else if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	if rule.Hang && stream == nil {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	usage.OutputTokens = len(words)
	return &chat.Response{Message: chat.AssistantMessage(text), Usage: usage, FinishReason: finish}, nil
}

func (m *Model) pick(input string) (Rule, string) {
	lower := strings.ToLower(input)
	for _, r := range m.rules {
		switch {
		case r.Match != nil:
			if sub := r.Match.FindStringSubmatch(input); sub != nil {
				match := sub[0]
				if len(sub) > 1 {
					match = sub[1]
				}
				return r, match
			}
		case r.Contains == "" || strings.Contains(lower, strings.ToLower(r.Contains)):
			return r, ""
		}
	}
	return Rule{Reply: m.fallback}, ""
}

// lastTurn returns the last customer text, the content of the tool results
// that follow it, and whether any did.
func lastTurn(msgs []chat.Message) (input, result string, afterTool bool) {
	var results []string
	for i := len(msgs) - 1; i >= 0; i-- {
		switch msgs[i].Role {
		case chat.RoleUser:
			for j, k := 0, len(results)-1; j < k; j, k = j+1, k-1 {
				results[j], results[k] = results[k], results[j]
			}
			return msgs[i].Text(), strings.Join(results, "\n"), afterTool
		case chat.RoleTool:
			afterTool = true
			for _, p := range msgs[i].Parts {
				if r, ok := p.(chat.ToolResult); ok {
					results = append(results, r.Content)
				}
			}
		}
	}
	return "", strings.Join(results, "\n"), afterTool
}

func hasTool(specs []chat.ToolSpec, name string) bool {
	for _, s := range specs {
		if s.Name == name {
			return true
		}
	}
	return false
}

func expand(tmpl, input, match, result string, escape func(string) string) string {
	if escape == nil {
		escape = func(s string) string { return s }
	}
	return strings.NewReplacer("{input}", escape(input), "{match}", escape(match), "{result}", escape(result)).Replace(tmpl)
}

func jsonEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[r>>4])
			b.WriteByte("0123456789abcdef"[r&0xf])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitWords splits text into words, each with the spaces before it, so
// that the pieces add up to text.
func splitWords(text string) []string {
	var words []string
	start := 0
	for i := 1; i < len(text); i++ {
		if text[i] == ' ' && text[i-1] != ' ' {
			words = append(words, text[start:i])
			start = i
		}
	}
	if start < len(text) {
		words = append(words, text[start:])
	}
	return words
}

func countWords(msgs []chat.Message) int {
	n := 0
	for _, m := range msgs {
		n += len(strings.Fields(m.Text()))
	}
	return n
}
