package redact

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/confide-dev/confide/chat"
)

// OutputPolicy says what to do with personal data in a model's reply that
// did not come from the customer: the model cannot have seen the
// customer's values, only placeholders, so anything the detector finds in
// its raw output came from retrieved documents, tools' redacted data or
// its own invention.
type OutputPolicy int

// The output policies.
const (
	// OutputAllow passes such data through. It is the default.
	OutputAllow OutputPolicy = iota
	// OutputRedact replaces it with the entity type in brackets, e.g.
	// [EMAIL_ADDRESS].
	OutputRedact
	// OutputBlock fails the turn with [ErrOutputBlocked].
	OutputBlock
)

// ErrOutputBlocked is returned when [OutputBlock] finds personal data in a
// reply.
var ErrOutputBlocked = errors.New("redact: reply holds personal data that did not come from the customer")

// MiddlewareOption configures [Middleware].
type MiddlewareOption func(*middleware)

// WithOutputPolicy sets what happens to personal data the model produced
// itself. Any policy but [OutputAllow] needs the whole reply before it can
// decide, so streamed replies then arrive as one chunk.
func WithOutputPolicy(p OutputPolicy) MiddlewareOption {
	return func(m *middleware) { m.policy = p }
}

// FindingsFunc receives, once per model call, how many values the
// middleware replaced per entity type in the messages new to that call
// (those after the last assistant message: the customer's message, or the
// tool results the model has not seen), and how long redacting the whole
// request took. It gets entity types and numbers, never values. It runs
// before the model is called, with the context of the call.
type FindingsFunc func(ctx context.Context, counts map[string]int, elapsed time.Duration)

// WithFindings makes the middleware report each call's findings to fn;
// package audit's RecordFindings is such a function.
func WithFindings(fn FindingsFunc) MiddlewareOption {
	return func(m *middleware) { m.findings = fn }
}

type middleware struct {
	r        *Redactor
	vaults   *Vaults
	policy   OutputPolicy
	findings FindingsFunc
}

// Middleware returns the [chat.Middleware] that keeps personal data away
// from the model:
//
//   - every message sent to the model is redacted, history included, with
//     the same placeholders as before: text, tool-call arguments and tool
//     results (JSON-aware, so they stay valid JSON);
//   - the reply is restored before anyone reads it: text, also while it
//     streams, and tool-call arguments, so tools run with real values;
//   - only placeholders issued in this conversation are restored;
//   - a detector or vault error fails the turn before anything is sent.
//
// Media parts are passed through uninspected.
func Middleware(r *Redactor, vaults *Vaults, opts ...MiddlewareOption) chat.Middleware {
	m := &middleware{r: r, vaults: vaults}
	for _, o := range opts {
		o(m)
	}
	return func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			return m.generate(ctx, next, req, stream)
		}}
	}
}

func (m *middleware) generate(ctx context.Context, next chat.Model, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
	v, err := m.vaults.Open(ctx, req.Scope)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	out, counts, err := m.redactRequest(ctx, v, req)
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start)
	if err := m.vaults.Save(ctx, v); err != nil {
		return nil, err
	}
	if m.findings != nil {
		m.findings(ctx, counts, elapsed)
	}

	if m.policy != OutputAllow {
		resp, err := next.Generate(ctx, out, nil)
		if err != nil {
			return nil, err
		}
		if err := m.applyPolicy(ctx, resp); err != nil {
			return nil, err
		}
		restoreMessage(v, &resp.Message)
		return resp, replay(resp.Message, stream)
	}

	var wrapped chat.StreamFunc
	var rs *Restorer
	if stream != nil {
		rs = v.Restorer()
		wrapped = func(c chat.Chunk) error {
			if c.ToolCall != nil {
				if held := rs.Flush(); held != "" {
					if err := stream(chat.Chunk{Text: held}); err != nil {
						return err
					}
				}
				call := *c.ToolCall
				call.Arguments = restoreJSON(v, call.Arguments)
				return stream(chat.Chunk{ToolCall: &call})
			}
			if text := rs.Write(c.Text); text != "" {
				return stream(chat.Chunk{Text: text})
			}
			return nil
		}
	}
	resp, err := next.Generate(ctx, out, wrapped)
	if err != nil {
		return nil, err
	}
	if rs != nil {
		if held := rs.Flush(); held != "" {
			if err := stream(chat.Chunk{Text: held}); err != nil {
				return nil, err
			}
		}
	}
	restoreMessage(v, &resp.Message)
	return resp, nil
}

// redactRequest returns a copy of req with every part redacted and, when
// findings are reported, the counts per type of the new messages (see
// [FindingsFunc]).
func (m *middleware) redactRequest(ctx context.Context, v *Vault, req *chat.Request) (*chat.Request, map[string]int, error) {
	out := req.Clone()
	var all map[string]int
	fresh := len(out.Messages)
	if m.findings != nil {
		all = map[string]int{}
		fresh = newMessages(out.Messages)
	}
	for i := range out.Messages {
		msg := &out.Messages[i]
		var counts map[string]int // nil: not counted, and the cache may serve
		if i >= fresh {
			counts = all
		}
		for j, p := range msg.Parts {
			var err error
			switch p := p.(type) {
			case chat.Text:
				p.Text, err = m.redactText(ctx, v, p.Text, counts)
				msg.Parts[j] = p
			case chat.ToolCall:
				p.Arguments, err = m.redactMaybeJSON(ctx, v, p.Arguments, counts)
				msg.Parts[j] = p
			case chat.ToolResult:
				p.Content, err = m.redactMaybeJSON(ctx, v, p.Content, counts)
				msg.Parts[j] = p
			}
			if err != nil {
				return nil, nil, fmt.Errorf("redact: message %d part %d: %w", i, j, err)
			}
		}
	}
	return out, all, nil
}

// newMessages returns the index of the first message after the last
// assistant message.
func newMessages(msgs []chat.Message) int {
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Role == chat.RoleAssistant {
			return i + 1
		}
	}
	return 0
}

// redactText redacts text, reusing the redaction of a text already sent
// (history comes again every turn) while the vault has not grown. A text
// whose findings are counted is always redacted anew, so that a customer
// repeating a message is counted again.
func (m *middleware) redactText(ctx context.Context, v *Vault, text string, counts map[string]int) (string, error) {
	if counts == nil {
		if out, ok := v.cached(text); ok {
			return out, nil
		}
	}
	size := v.Len()
	out, findings, err := m.r.Redact(ctx, v, text)
	if err != nil {
		return "", err
	}
	countFindings(counts, findings)
	v.cache(text, out, size)
	return out, nil
}

func (m *middleware) redactMaybeJSON(ctx context.Context, v *Vault, s string, counts map[string]int) (string, error) {
	if isJSON(s) {
		out, n, err := m.r.RedactJSON(ctx, v, s)
		if counts != nil {
			for typ, k := range n {
				counts[typ] += k
			}
		}
		return out, err
	}
	out, findings, err := m.r.Redact(ctx, v, s)
	countFindings(counts, findings)
	return out, err
}

// countFindings adds findings to counts, unless counts is nil.
func countFindings(counts map[string]int, findings []Finding) {
	if counts == nil {
		return
	}
	for _, f := range findings {
		counts[f.Type]++
	}
}

// applyPolicy finds personal data in the raw reply text.
func (m *middleware) applyPolicy(ctx context.Context, resp *chat.Response) error {
	for j, p := range resp.Message.Parts {
		t, ok := p.(chat.Text)
		if !ok || m.r.detector == nil {
			continue
		}
		findings, err := m.r.detector.Detect(ctx, t.Text)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrDetector, err)
		}
		if len(findings) == 0 {
			continue
		}
		if m.policy == OutputBlock {
			return ErrOutputBlocked
		}
		findings = resolveOverlaps(findings)
		var b []byte
		last := 0
		for _, f := range findings {
			if f.Start < last || f.End > len(t.Text) {
				continue
			}
			b = append(b, t.Text[last:f.Start]...)
			b = append(b, "["+f.Type+"]"...)
			last = f.End
		}
		t.Text = string(append(b, t.Text[last:]...))
		resp.Message.Parts[j] = t
	}
	return nil
}

// restoreMessage restores the text and tool-call arguments of msg.
func restoreMessage(v *Vault, msg *chat.Message) {
	for j, p := range msg.Parts {
		switch p := p.(type) {
		case chat.Text:
			p.Text = v.Restore(p.Text)
			msg.Parts[j] = p
		case chat.ToolCall:
			p.Arguments = restoreJSON(v, p.Arguments)
			msg.Parts[j] = p
		}
	}
}

// replay streams a finished message: its text as one chunk, then its tool
// calls.
func replay(msg chat.Message, stream chat.StreamFunc) error {
	if stream == nil {
		return nil
	}
	if text := msg.Text(); text != "" {
		if err := stream(chat.Chunk{Text: text}); err != nil {
			return err
		}
	}
	for _, c := range msg.ToolCalls() {
		if err := stream(chat.Chunk{ToolCall: &c}); err != nil {
			return err
		}
	}
	return nil
}
