package chat

import (
	"context"
	"encoding/json"
)

// Model is the one interface every LLM client is wrapped behind: a
// langchaingo provider (see package chat/langchaingo), a plain function
// ([ModelFunc]), the offline scripted model (package chat/scripted), or a
// [Middleware] around any of these.
//
// Generate returns the model's reply to req. When stream is non-nil, the
// model also calls it with each piece of the reply as it is produced: text
// as it comes, and each tool call whole once its arguments are complete.
// The returned [Response] is the same whether or not the caller streamed.
// If stream returns an error, the model stops and returns that error.
//
// Implementations must be safe for concurrent use, must not retain or
// modify req after returning, and must stop promptly when ctx is done.
type Model interface {
	Generate(ctx context.Context, req *Request, stream StreamFunc) (*Response, error)
}

// StreamFunc receives the pieces of a reply while it is generated.
type StreamFunc func(Chunk) error

// Chunk is one piece of a streamed reply: either text or a complete tool
// call.
type Chunk struct {
	Text     string
	ToolCall *ToolCall
}

// ModelFunc adapts a function to [Model].
type ModelFunc func(ctx context.Context, req *Request, stream StreamFunc) (*Response, error)

// Generate calls f.
func (f ModelFunc) Generate(ctx context.Context, req *Request, stream StreamFunc) (*Response, error) {
	return f(ctx, req, stream)
}

// Request is what a [Model] is asked.
type Request struct {
	// Scope says whose conversation this is. Middleware keys vaults,
	// consent and keys on it.
	Scope Scope
	// Messages is the conversation so far, system prompt first.
	Messages []Message
	// Tools are the tools the model may call.
	Tools []ToolSpec
	// Options tune generation.
	Options Options
}

// Clone returns a copy of r whose Messages and Tools slices (and each
// message) can be changed without touching r. Middleware that rewrites a
// request works on a clone.
func (r *Request) Clone() *Request {
	c := *r
	c.Messages = make([]Message, len(r.Messages))
	for i, m := range r.Messages {
		c.Messages[i] = m.Clone()
	}
	c.Tools = make([]ToolSpec, len(r.Tools))
	for i, t := range r.Tools {
		t.Parameters = append([]byte(nil), t.Parameters...)
		c.Tools[i] = t
	}
	c.Options.Stop = append([]string(nil), r.Options.Stop...)
	if r.Options.Temperature != nil {
		t := *r.Options.Temperature
		c.Options.Temperature = &t
	}
	if r.Options.TopP != nil {
		p := *r.Options.TopP
		c.Options.TopP = &p
	}
	return &c
}

// ToolSpec describes a tool to the model.
type ToolSpec struct {
	Name        string
	Description string
	// Parameters is the JSON Schema of the arguments object.
	Parameters json.RawMessage
}

// Options tune generation. The zero value means the provider's defaults.
type Options struct {
	// Model names the provider's model, where the adapter lets a request
	// choose it.
	Model string
	// MaxTokens bounds the reply's length; 0 means the provider's default.
	MaxTokens int
	// Temperature and TopP are sampling settings; nil means the default.
	Temperature *float64
	TopP        *float64
	// Stop lists sequences that end the reply.
	Stop []string
}

// Response is a model's complete reply.
type Response struct {
	// Message is the assistant's message: text, tool calls, or both.
	Message Message
	// Usage counts tokens, where the provider reports them.
	Usage Usage
	// FinishReason says why the model stopped.
	FinishReason FinishReason
}

// Usage counts the tokens of one call.
type Usage struct {
	InputTokens  int
	OutputTokens int
}

// Add returns the sum of u and v.
func (u Usage) Add(v Usage) Usage {
	return Usage{InputTokens: u.InputTokens + v.InputTokens, OutputTokens: u.OutputTokens + v.OutputTokens}
}

// FinishReason says why a model stopped.
type FinishReason string

// The reasons a model stops.
const (
	FinishStop          FinishReason = "stop"
	FinishLength        FinishReason = "length"
	FinishToolCalls     FinishReason = "tool_calls"
	FinishContentFilter FinishReason = "content_filter"
)
