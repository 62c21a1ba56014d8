package langchaingo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/confide-dev/confide/chat"
	"github.com/tmc/langchaingo/llms"
)

// ToModel presents m as a langchaingo model, so that chains and agents can
// use a Confide model with its middleware. Each call sends the scope set by
// [chat.ContextWithScope] on its context (or, inside a Confide tool, the scope
// of the conversation the tool runs for); without one the scope is empty,
// and middleware that needs a scope refuses the call.
//
// Call options map to the request: tools (and the deprecated functions),
// model, max tokens, temperature, top-p and stop words; options with no
// Confide equivalent are ignored. The streaming functions receive text
// only: tool calls are in the response, never in the stream. The response
// has one choice, whose GenerationInfo holds the token counts under both
// the OpenAI keys (PromptTokens, CompletionTokens, TotalTokens) and the
// Anthropic ones (InputTokens, OutputTokens).
//
// The result is safe for concurrent use when m is. It panics if m is nil.
func ToModel(m chat.Model) llms.Model {
	if m == nil {
		panic("langchaingo: ToModel with a nil model")
	}
	return &toModel{model: m}
}

func scopeOf(ctx context.Context) chat.Scope {
	s, _ := chat.ScopeFromContext(ctx)
	return s
}

type toModel struct {
	model chat.Model
}

// Call implements the deprecated llms.Model method with
// llms.GenerateFromSinglePrompt.
func (t *toModel) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, t, prompt, options...)
}

// GenerateContent implements llms.Model.
func (t *toModel) GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	// NaN tells an unset temperature or top-p from an explicit zero.
	opts := llms.CallOptions{Temperature: math.NaN(), TopP: math.NaN()}
	for _, o := range options {
		o(&opts)
	}
	msgs, err := chatMessages(messages)
	if err != nil {
		return nil, err
	}
	req := &chat.Request{
		Scope:    scopeOf(ctx),
		Messages: msgs,
		Options: chat.Options{
			Model:     opts.Model,
			MaxTokens: opts.MaxTokens,
			Stop:      opts.StopWords,
		},
	}
	if !math.IsNaN(opts.Temperature) {
		req.Options.Temperature = &opts.Temperature
	}
	if !math.IsNaN(opts.TopP) {
		req.Options.TopP = &opts.TopP
	}
	if req.Tools, err = toolSpecs(opts); err != nil {
		return nil, err
	}

	var stream chat.StreamFunc
	if opts.StreamingFunc != nil || opts.StreamingReasoningFunc != nil {
		stream = func(c chat.Chunk) error {
			if c.Text == "" {
				return nil
			}
			if opts.StreamingFunc != nil {
				if err := opts.StreamingFunc(ctx, []byte(c.Text)); err != nil {
					return err
				}
			}
			if opts.StreamingReasoningFunc != nil {
				return opts.StreamingReasoningFunc(ctx, nil, []byte(c.Text))
			}
			return nil
		}
	}

	resp, err := t.model.Generate(ctx, req, stream)
	if err != nil {
		return nil, err
	}
	if resp == nil {
		return nil, ErrEmptyResponse
	}
	choice := &llms.ContentChoice{
		Content:    resp.Message.Text(),
		StopReason: string(resp.FinishReason),
		GenerationInfo: map[string]any{
			"PromptTokens":     resp.Usage.InputTokens,
			"CompletionTokens": resp.Usage.OutputTokens,
			"TotalTokens":      resp.Usage.InputTokens + resp.Usage.OutputTokens,
			"InputTokens":      resp.Usage.InputTokens,
			"OutputTokens":     resp.Usage.OutputTokens,
		},
	}
	for _, c := range resp.Message.ToolCalls() {
		choice.ToolCalls = append(choice.ToolCalls, llms.ToolCall{
			ID:           c.ID,
			Type:         "function",
			FunctionCall: &llms.FunctionCall{Name: c.Name, Arguments: c.Arguments},
		})
	}
	if len(choice.ToolCalls) > 0 {
		choice.FuncCall = choice.ToolCalls[0].FunctionCall
	}
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{choice}}, nil
}

// toolSpecs maps the tools and the deprecated functions of opts.
func toolSpecs(opts llms.CallOptions) ([]chat.ToolSpec, error) {
	defs := make([]llms.FunctionDefinition, 0, len(opts.Tools)+len(opts.Functions))
	for _, t := range opts.Tools {
		if t.Function == nil {
			return nil, fmt.Errorf("langchaingo: tool of type %q has no function", t.Type)
		}
		defs = append(defs, *t.Function)
	}
	defs = append(defs, opts.Functions...)
	if len(defs) == 0 {
		return nil, nil
	}
	specs := make([]chat.ToolSpec, 0, len(defs))
	for _, d := range defs {
		spec := chat.ToolSpec{Name: d.Name, Description: d.Description}
		if d.Parameters != nil {
			params, err := json.Marshal(d.Parameters)
			if err != nil {
				return nil, fmt.Errorf("langchaingo: tool %q: parameters: %w", d.Name, err)
			}
			spec.Parameters = params
		}
		specs = append(specs, spec)
	}
	return specs, nil
}

// chatMessages maps langchaingo's messages to ours.
func chatMessages(messages []llms.MessageContent) ([]chat.Message, error) {
	out := make([]chat.Message, 0, len(messages))
	for i, mc := range messages {
		var role chat.Role
		switch mc.Role {
		case llms.ChatMessageTypeSystem:
			role = chat.RoleSystem
		case llms.ChatMessageTypeHuman, llms.ChatMessageTypeGeneric:
			role = chat.RoleUser
		case llms.ChatMessageTypeAI:
			role = chat.RoleAssistant
		case llms.ChatMessageTypeTool, llms.ChatMessageTypeFunction:
			role = chat.RoleTool
		default:
			return nil, fmt.Errorf("%w: message %d: unknown role %q", chat.ErrInvalidMessage, i, mc.Role)
		}
		msg := chat.Message{Role: role, Parts: make([]chat.Part, 0, len(mc.Parts))}
		for _, p := range mc.Parts {
			cp, err := chatPart(p)
			if err != nil {
				return nil, fmt.Errorf("%w: message %d: %w", chat.ErrInvalidMessage, i, err)
			}
			msg.Parts = append(msg.Parts, cp)
		}
		out = append(out, msg)
	}
	return out, nil
}

func chatPart(p llms.ContentPart) (chat.Part, error) {
	switch p := p.(type) {
	case llms.TextContent:
		return chat.Text{Text: p.Text}, nil
	case llms.BinaryContent:
		return chat.Media{MIMEType: p.MIMEType, Data: p.Data}, nil
	case llms.ImageURLContent:
		return chat.Media{URL: p.URL}, nil
	case llms.ToolCall:
		if p.FunctionCall == nil {
			return nil, errors.New("tool call without a function")
		}
		return chat.ToolCall{ID: p.ID, Name: p.FunctionCall.Name, Arguments: p.FunctionCall.Arguments}, nil
	case llms.ToolCallResponse:
		return chat.ToolResult{CallID: p.ToolCallID, Name: p.Name, Content: p.Content}, nil
	case llms.CachedContent:
		// Caching hints have no Confide equivalent; the content counts.
		return chatPart(p.ContentPart)
	}
	return nil, fmt.Errorf("unsupported part type %T", p)
}
