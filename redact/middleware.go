package redact

import (
	"context"
	"errors"
	"fmt"
	"strings"
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
// itself. With any policy but [OutputAllow] a streamed reply is checked and
// let through sentence by sentence (a sentence or line at a time) rather
// than word by word; a blocked reply fails the turn at the sentence that
// breaks the policy, after the sentences before it were shown.
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
	v, err := m.vaults.acquire(ctx, req.Scope)
	if err != nil {
		return nil, err
	}
	defer m.vaults.release(v)
	start := time.Now()
	// A value first found in a later message (the newest, usually) must
	// also be hidden where it stood earlier, in history redacted before it
	// was known: redact again until the vault stops growing. The second
	// pass is the vault sweep over cached texts, so it is cheap, and it
	// cannot add values the first pass did not find.
	var out *chat.Request
	var counts map[string]int
	for pass := 0; ; pass++ {
		size := v.Len()
		var err error
		out, counts, err = m.redactRequest(ctx, v, req)
		if err != nil {
			return nil, err
		}
		if v.Len() == size {
			break
		}
		if pass == 3 {
			return nil, fmt.Errorf("%w: redaction did not settle", ErrDetector)
		}
	}
	elapsed := time.Since(start)
	if err := m.vaults.Save(ctx, v); err != nil {
		return nil, err
	}
	if m.findings != nil {
		m.findings(ctx, counts, elapsed)
	}

	checking := m.policy != OutputAllow
	var wrapped chat.StreamFunc
	var rs *Restorer
	var pending string   // model text not yet checked by the output policy
	var checked []string // model text checked by the output policy
	emit := func(raw string, final bool) error {
		text := rs.Write(raw)
		if final {
			text += rs.Flush()
		}
		if text == "" {
			return nil
		}
		return stream(chat.Chunk{Text: text})
	}
	// settle checks the pending text up to cut against the output policy
	// and lets it through.
	settle := func(cut int, final bool) error {
		seg, err := m.policyText(ctx, pending[:cut])
		if err != nil {
			return err
		}
		checked = append(checked, seg)
		pending = pending[cut:]
		return emit(seg, final)
	}
	if stream != nil {
		rs = v.Restorer()
		wrapped = func(c chat.Chunk) error {
			if c.ToolCall != nil {
				if checking {
					if err := settle(len(pending), true); err != nil {
						return err
					}
				} else if err := emit("", true); err != nil {
					return err
				}
				call := *c.ToolCall
				call.Arguments = restoreJSON(v, call.Arguments)
				return stream(chat.Chunk{ToolCall: &call})
			}
			if !checking {
				return emit(c.Text, false)
			}
			pending += c.Text
			if cut := sentenceEnd(pending); cut > 0 {
				return settle(cut, false)
			}
			return nil
		}
	}
	resp, err := next.Generate(ctx, out, wrapped)
	if err != nil {
		return nil, err
	}
	switch {
	case stream != nil && checking:
		if err := settle(len(pending), true); err != nil {
			return nil, err
		}
		// The reply is the text that passed the policy, as streamed.
		setText(&resp.Message, strings.Join(checked, ""))
	case stream != nil:
		if err := emit("", true); err != nil {
			return nil, err
		}
	case checking:
		if err := m.applyPolicy(ctx, resp); err != nil {
			return nil, err
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

// redactText redacts text. Like every part, it goes through redactCached.
func (m *middleware) redactText(ctx context.Context, v *Vault, text string, counts map[string]int) (string, error) {
	return m.redactCached(v, text, false, counts, func() (string, error) {
		return m.redactPlain(ctx, v, text, counts)
	})
}

// redactPlain redacts text as text and counts its findings.
func (m *middleware) redactPlain(ctx context.Context, v *Vault, text string, counts map[string]int) (string, error) {
	out, findings, err := m.r.Redact(ctx, v, text)
	countFindings(counts, findings)
	return out, err
}

// redactMaybeJSON redacts the arguments of a tool call or a tool's result:
// the string values of a JSON object or array one by one, other text as
// text.
func (m *middleware) redactMaybeJSON(ctx context.Context, v *Vault, s string, counts map[string]int) (string, error) {
	if t := strings.TrimSpace(s); t == "" || t[0] != '{' && t[0] != '[' {
		return m.redactText(ctx, v, s, counts)
	}
	return m.redactCached(v, s, true, counts, func() (string, error) {
		out, n, err := m.r.RedactJSON(ctx, v, s)
		if errors.Is(err, ErrInvalidJSON) {
			// RedactJSON checks the document before it redacts
			// anything, so a text that only looks like JSON is redacted
			// as text, and cached as this part's redaction: the history
			// brings it again every turn.
			return m.redactPlain(ctx, v, s, counts)
		}
		if counts != nil {
			for typ, k := range n {
				counts[typ] += k
			}
		}
		return out, err
	})
}

// redactCached runs redact on text, or reuses the redaction of the same
// text made with this Redactor while the vault has not grown since
// (history comes again every turn). A text whose findings are counted is
// always redacted anew (redact adds its findings to counts), so that a
// customer repeating a message is counted again.
func (m *middleware) redactCached(v *Vault, text string, json bool, counts map[string]int, redact func() (string, error)) (string, error) {
	if counts == nil {
		if out, ok := v.cached(m.r, text, json); ok {
			return out, nil
		}
	}
	size := v.Len()
	out, err := redact()
	if err != nil {
		return "", err
	}
	v.cache(m.r, text, json, out, size)
	return out, nil
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

// applyPolicy applies the output policy to the text of a reply.
func (m *middleware) applyPolicy(ctx context.Context, resp *chat.Response) error {
	for j, p := range resp.Message.Parts {
		if t, ok := p.(chat.Text); ok {
			out, err := m.policyText(ctx, t.Text)
			if err != nil {
				return err
			}
			resp.Message.Parts[j] = chat.Text{Text: out}
		}
	}
	return nil
}

// policyText finds personal data in raw model text: with [OutputBlock] it
// fails, with [OutputRedact] it replaces each value by its type in
// brackets.
func (m *middleware) policyText(ctx context.Context, text string) (string, error) {
	if m.r.detector == nil || text == "" {
		return text, nil
	}
	findings, err := m.r.detector.Detect(ctx, text)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrDetector, err)
	}
	if len(findings) == 0 {
		return text, nil
	}
	if m.policy == OutputBlock {
		return "", ErrOutputBlocked
	}
	findings = resolveOverlaps(findings)
	var b strings.Builder
	last := 0
	for _, f := range findings {
		if f.Start < last || f.End > len(text) {
			continue
		}
		b.WriteString(text[last:f.Start])
		b.WriteString("[" + f.Type + "]")
		last = f.End
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// sentenceEnd returns the length of the longest prefix of s that ends a
// sentence or a line (". ", "! ", "? ", a newline), or 0. The output policy
// checks a streamed reply sentence by sentence: values rarely span a
// sentence end, and the customer still reads the reply as it comes.
func sentenceEnd(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		switch s[i] {
		case '\n':
			return i + 1
		case ' ':
			if c := s[i-1]; c == '.' || c == '!' || c == '?' {
				return i + 1
			}
		}
	}
	if len(s) > 0 && s[0] == '\n' {
		return 1
	}
	return 0
}

// setText replaces the text parts of msg with one part holding text, where
// the first text part was.
func setText(msg *chat.Message, text string) {
	parts := make([]chat.Part, 0, len(msg.Parts))
	placed := false
	for _, p := range msg.Parts {
		if _, ok := p.(chat.Text); ok {
			if !placed {
				parts = append(parts, chat.Text{Text: text})
				placed = true
			}
			continue
		}
		parts = append(parts, p)
	}
	if !placed && text != "" {
		parts = append([]chat.Part{chat.Text{Text: text}}, parts...)
	}
	msg.Parts = parts
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
