package chat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"
)

// Defaults of a [Conversation].
const (
	DefaultHistoryTurns    = 20
	DefaultMaxToolRounds   = 8
	DefaultMaxMessageBytes = 64 << 10
)

// Errors returned by [Conversation].
var (
	// ErrToolRounds means the model kept calling tools past the limit set
	// by [WithMaxToolRounds]. Nothing of the turn is stored.
	ErrToolRounds = errors.New("chat: too many tool rounds")
	// ErrMessageTooLarge means a customer message is larger than the limit
	// set by [WithMaxMessageBytes].
	ErrMessageTooLarge = errors.New("chat: message too large")
)

// Tool is a Go function the model may call. Run receives the call's JSON
// arguments and returns the result the model reads. A tool reads whose
// conversation it serves with [ScopeFromContext].
type Tool struct {
	Name        string
	Description string
	// Parameters is the JSON Schema of the arguments object; nil means an
	// object with no declared properties.
	Parameters json.RawMessage
	// Run does the work. An error is reported to the model as a failed
	// tool result, and the turn goes on.
	Run func(ctx context.Context, arguments string) (string, error)
}

// Reply is the outcome of one successful turn.
type Reply struct {
	// Text is the text of the final assistant message.
	Text string
	// Messages are the messages this turn added to the transcript: the
	// customer's message, then the assistant's and the tools' messages.
	Messages []Message
	// Usage sums the tokens of every model call of the turn.
	Usage Usage
	// FinishReason is the reason the final model call stopped.
	FinishReason FinishReason
}

// Conversation is one customer's conversation with a model: a system prompt,
// the history, the scope, the tools, and a [Store] for the transcript.
//
// A turn ([Conversation.Send] or [Conversation.Stream]) sends the customer's
// message with the history, runs the tools the model calls in a bounded
// loop, and appends the turn to the store only when it succeeds: a failed or
// cancelled turn stores nothing and leaves the history as it was.
//
// A Conversation is safe for concurrent use; turns run one at a time.
type Conversation struct {
	model           Model
	scope           Scope
	system          string
	store           Store
	tools           map[string]Tool
	specs           []ToolSpec
	historyTurns    int
	maxToolRounds   int
	maxMessageBytes int
	options         Options

	mu      sync.Mutex
	loaded  bool
	history []Message
}

// Option configures a [Conversation].
type Option func(*Conversation) error

// WithSystemPrompt sets the system prompt sent first on every call.
func WithSystemPrompt(prompt string) Option {
	return func(c *Conversation) error { c.system = prompt; return nil }
}

// WithStore keeps the transcript in s and resumes from what s holds for the
// scope. Without a store the transcript lives in memory only.
func WithStore(s Store) Option {
	return func(c *Conversation) error { c.store = s; return nil }
}

// WithMiddleware wraps the model in mws; the first listed is the outermost.
// It is the same as passing [Chain](model, mws...) to [NewConversation].
func WithMiddleware(mws ...Middleware) Option {
	return func(c *Conversation) error { c.model = Chain(c.model, mws...); return nil }
}

// WithTools registers tools the model may call.
func WithTools(tools ...Tool) Option {
	return func(c *Conversation) error {
		for _, t := range tools {
			if t.Name == "" || t.Run == nil {
				return errors.New("chat: a tool needs a name and a Run function")
			}
			if _, dup := c.tools[t.Name]; dup {
				return fmt.Errorf("chat: tool %q registered twice", t.Name)
			}
			params := t.Parameters
			if params == nil {
				params = json.RawMessage(`{"type":"object","properties":{}}`)
			}
			if !json.Valid(params) {
				return fmt.Errorf("chat: tool %q: parameters are not valid JSON", t.Name)
			}
			c.tools[t.Name] = t
			c.specs = append(c.specs, ToolSpec{Name: t.Name, Description: t.Description, Parameters: params})
		}
		return nil
	}
}

// WithHistoryTurns bounds the history sent with each turn to the last n
// completed turns (a turn starts with a customer message). The store keeps
// every turn.
func WithHistoryTurns(n int) Option {
	return func(c *Conversation) error {
		if n < 1 {
			return errors.New("chat: history turns must be at least 1")
		}
		c.historyTurns = n
		return nil
	}
}

// WithMaxToolRounds bounds how many times in one turn the model may call
// tools before the turn fails with [ErrToolRounds].
func WithMaxToolRounds(n int) Option {
	return func(c *Conversation) error {
		if n < 0 {
			return errors.New("chat: max tool rounds must not be negative")
		}
		c.maxToolRounds = n
		return nil
	}
}

// WithMaxMessageBytes bounds the size of a customer message.
func WithMaxMessageBytes(n int) Option {
	return func(c *Conversation) error {
		if n < 1 {
			return errors.New("chat: max message bytes must be positive")
		}
		c.maxMessageBytes = n
		return nil
	}
}

// WithOptions sets the generation options of every call.
func WithOptions(o Options) Option {
	return func(c *Conversation) error { c.options = o; return nil }
}

// NewConversation starts or resumes the conversation of scope with model.
func NewConversation(model Model, scope Scope, opts ...Option) (*Conversation, error) {
	if model == nil {
		return nil, errors.New("chat: nil model")
	}
	if err := scope.Validate(); err != nil {
		return nil, err
	}
	c := &Conversation{
		model:           model,
		scope:           scope,
		tools:           make(map[string]Tool),
		historyTurns:    DefaultHistoryTurns,
		maxToolRounds:   DefaultMaxToolRounds,
		maxMessageBytes: DefaultMaxMessageBytes,
	}
	for _, o := range opts {
		if err := o(c); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Scope returns the conversation's scope.
func (c *Conversation) Scope() Scope { return c.scope }

// Send sends the customer's text and returns the reply.
func (c *Conversation) Send(ctx context.Context, text string) (*Reply, error) {
	return c.SendMessage(ctx, UserMessage(text), nil)
}

// Stream sends the customer's text and calls fn with each piece of the reply
// as it comes; it returns the same [Reply] as [Conversation.Send]. If fn
// returns an error the turn stops, stores nothing, and returns that error.
func (c *Conversation) Stream(ctx context.Context, text string, fn StreamFunc) (*Reply, error) {
	if fn == nil {
		return nil, errors.New("chat: Stream needs a function")
	}
	return c.SendMessage(ctx, UserMessage(text), fn)
}

// SendMessage sends a customer message of any parts (text and media) and
// streams the reply to stream when it is non-nil.
func (c *Conversation) SendMessage(ctx context.Context, msg Message, stream StreamFunc) (*Reply, error) {
	if err := c.checkMessage(msg); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(ctx); err != nil {
		return nil, err
	}

	turn := []Message{msg.Clone()}
	run := WrapTools(c.model, c.runTool)
	reply := &Reply{}
	for round := 0; ; round++ {
		req := &Request{Scope: c.scope, Messages: c.messages(turn), Tools: c.specs, Options: c.options}
		resp, err := c.model.Generate(ctx, req, stream)
		if err != nil {
			return nil, err
		}
		if resp == nil {
			return nil, errors.New("chat: model returned no response")
		}
		answer := resp.Message.Clone()
		if answer.Role == "" {
			answer.Role = RoleAssistant
		}
		turn = append(turn, answer)
		reply.Usage = reply.Usage.Add(resp.Usage)
		reply.FinishReason = resp.FinishReason
		calls := answer.ToolCalls()
		if len(calls) == 0 {
			reply.Text = answer.Text()
			break
		}
		if round >= c.maxToolRounds {
			return nil, fmt.Errorf("%w: more than %d", ErrToolRounds, c.maxToolRounds)
		}
		for _, call := range calls {
			res, err := run(ctx, c.scope, call)
			if err != nil {
				return nil, fmt.Errorf("chat: tool %q: %w", call.Name, err)
			}
			turn = append(turn, Message{Role: RoleTool, Parts: []Part{res}})
		}
	}
	// A turn cancelled after the model answered is still a cancelled turn.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if c.store != nil {
		if err := c.store.Append(ctx, c.scope, turn...); err != nil {
			return nil, err
		}
	}
	c.history = trimTurns(append(c.history, turn...), c.historyTurns)
	reply.Messages = turn
	return reply, nil
}

// History returns a copy of the history the next turn sends (without the
// system prompt).
func (c *Conversation) History(ctx context.Context) ([]Message, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(ctx); err != nil {
		return nil, err
	}
	out := make([]Message, len(c.history))
	for i, m := range c.history {
		out[i] = m.Clone()
	}
	return out, nil
}

// Delete removes the transcript from the store and clears the history.
func (c *Conversation) Delete(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.store != nil {
		if err := c.store.Delete(ctx, c.scope); err != nil {
			return err
		}
	}
	c.history, c.loaded = nil, true
	return nil
}

func (c *Conversation) checkMessage(msg Message) error {
	if msg.Role != RoleUser {
		return fmt.Errorf("%w: a turn starts with a user message", ErrInvalidMessage)
	}
	if len(msg.Parts) == 0 {
		return fmt.Errorf("%w: empty message", ErrInvalidMessage)
	}
	size := 0
	for _, p := range msg.Parts {
		switch p := p.(type) {
		case Text:
			if !utf8.ValidString(p.Text) {
				return fmt.Errorf("%w: text is not valid UTF-8", ErrInvalidMessage)
			}
			size += len(p.Text)
		case Media:
			size += len(p.Data)
		default:
			return fmt.Errorf("%w: a user message holds text and media only", ErrInvalidMessage)
		}
	}
	if size > c.maxMessageBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrMessageTooLarge, size, c.maxMessageBytes)
	}
	return nil
}

func (c *Conversation) load(ctx context.Context) error {
	if c.loaded || c.store == nil {
		return nil
	}
	msgs, err := c.store.Load(ctx, c.scope)
	if err != nil {
		return err
	}
	c.history, c.loaded = trimTurns(msgs, c.historyTurns), true
	return nil
}

// messages builds the request: system prompt, history, this turn so far.
func (c *Conversation) messages(turn []Message) []Message {
	msgs := make([]Message, 0, 1+len(c.history)+len(turn))
	if c.system != "" {
		msgs = append(msgs, SystemMessage(c.system))
	}
	msgs = append(msgs, c.history...)
	return append(msgs, turn...)
}

func (c *Conversation) runTool(ctx context.Context, scope Scope, call ToolCall) (ToolResult, error) {
	res := ToolResult{CallID: call.ID, Name: call.Name}
	tool, ok := c.tools[call.Name]
	switch {
	case !ok:
		res.IsError, res.Content = true, "unknown tool"
	case !json.Valid([]byte(call.Arguments)):
		res.IsError, res.Content = true, "arguments are not valid JSON"
	default:
		out, err := tool.Run(ContextWithScope(ctx, scope), call.Arguments)
		if err != nil {
			if ctx.Err() != nil {
				return res, ctx.Err()
			}
			res.IsError, res.Content = true, "tool failed: "+err.Error()
		} else {
			res.Content = out
		}
	}
	return res, nil
}

// trimTurns keeps the last n turns of msgs; a turn starts at a user message.
func trimTurns(msgs []Message, n int) []Message {
	seen := 0
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].Role == RoleUser {
			seen++
			if seen == n {
				return msgs[i:]
			}
		}
	}
	return msgs
}

type scopeKey struct{}

// ContextWithScope returns a context that carries s. [Conversation] gives
// it to the tools it runs; adapters and tools read it with
// [ScopeFromContext].
func ContextWithScope(ctx context.Context, s Scope) context.Context {
	return context.WithValue(ctx, scopeKey{}, s)
}

// ScopeFromContext returns the scope carried by ctx: for a tool, the scope
// of the conversation it runs for.
func ScopeFromContext(ctx context.Context) (Scope, bool) {
	s, ok := ctx.Value(scopeKey{}).(Scope)
	return s, ok
}
