package langchaingo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/confide-dev/confide/chat"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/openai"
)

// ErrEmptyResponse is returned (wrapped) when a model answers with no
// choice at all.
var ErrEmptyResponse = errors.New("langchaingo: empty response")

// Option configures the model returned by [FromModel].
type Option func(*fromModel)

// WithCallOptions adds langchaingo call options to every call, for the
// settings [chat.Options] does not cover (a seed, JSON mode, metadata).
// The options derived from the request are applied after them and win.
func WithCallOptions(opts ...llms.CallOption) Option {
	return func(f *fromModel) { f.callOptions = append(f.callOptions, opts...) }
}

// WithSplitAssistantMessages sends each part of an assistant message (its
// text, each tool call) as a message of its own, for providers whose
// langchaingo client reads only the first part. [FromModel] turns it on by
// itself for langchaingo's Anthropic client.
func WithSplitAssistantMessages() Option {
	return func(f *fromModel) { f.splitAssistant = true }
}

// WithDataURLMedia sends inline media as an image URL holding a data: URL
// rather than as binary content, for providers whose langchaingo client
// does not send binary content the way their API expects. [FromModel]
// turns it on by itself for langchaingo's OpenAI client.
func WithDataURLMedia() Option {
	return func(f *fromModel) { f.dataURLMedia = true }
}

// FromModel wraps a langchaingo model as a [chat.Model]. The result is
// safe for concurrent use when llm is. It panics if llm is nil.
func FromModel(llm llms.Model, opts ...Option) chat.Model {
	if llm == nil {
		panic("langchaingo: FromModel with a nil model")
	}
	f := &fromModel{llm: llm}
	switch llm.(type) {
	case *anthropic.LLM:
		f.splitAssistant = true
	case *openai.LLM:
		f.dataURLMedia = true
	}
	for _, o := range opts {
		o(f)
	}
	return f
}

type fromModel struct {
	llm            llms.Model
	callOptions    []llms.CallOption
	splitAssistant bool
	dataURLMedia   bool
}

// Generate implements [chat.Model].
func (f *fromModel) Generate(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("langchaingo: %w", err)
	}
	msgs, err := f.messages(req.Messages)
	if err != nil {
		return nil, err
	}
	opts, err := callOptions(slices.Clip(f.callOptions), req)
	if err != nil {
		return nil, err
	}
	var s *streamer
	if stream != nil {
		s = &streamer{fn: stream}
		opts = append(opts, llms.WithStreamingFunc(s.write))
	}

	resp, err := f.llm.GenerateContent(ctx, msgs, opts...)
	if s != nil {
		// The caller's own error comes back as it is, and nothing
		// streams after it.
		if serr := s.stop(); serr != nil {
			return nil, serr
		}
	}
	if cerr := ctx.Err(); cerr != nil {
		// Some clients end a cancelled stream quietly with what they have.
		return nil, fmt.Errorf("langchaingo: %w", cerr)
	}
	if err != nil {
		return nil, fmt.Errorf("langchaingo: generate: %w", err)
	}
	out, err := response(resp)
	if err != nil {
		return nil, err
	}
	if s != nil {
		if err := s.finish(out.Message); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// callOptions maps the request's tools and options, after base.
func callOptions(base []llms.CallOption, req *chat.Request) ([]llms.CallOption, error) {
	opts := base
	if len(req.Tools) > 0 {
		tools := make([]llms.Tool, 0, len(req.Tools))
		for _, spec := range req.Tools {
			var params any = map[string]any{"type": "object", "properties": map[string]any{}}
			if len(spec.Parameters) > 0 {
				var decoded map[string]any
				if err := json.Unmarshal(spec.Parameters, &decoded); err != nil {
					return nil, fmt.Errorf("langchaingo: tool %q: parameters are not a JSON object: %w", spec.Name, err)
				}
				params = decoded
			}
			tools = append(tools, llms.Tool{
				Type:     "function",
				Function: &llms.FunctionDefinition{Name: spec.Name, Description: spec.Description, Parameters: params},
			})
		}
		opts = append(opts, llms.WithTools(tools))
	}
	o := req.Options
	if o.Model != "" {
		opts = append(opts, llms.WithModel(o.Model))
	}
	if o.MaxTokens > 0 {
		opts = append(opts, llms.WithMaxTokens(o.MaxTokens))
	}
	if o.Temperature != nil {
		opts = append(opts, llms.WithTemperature(*o.Temperature))
	}
	if o.TopP != nil {
		opts = append(opts, llms.WithTopP(*o.TopP))
	}
	if len(o.Stop) > 0 {
		opts = append(opts, llms.WithStopWords(slices.Clone(o.Stop)))
	}
	return opts, nil
}

// messages maps a conversation to langchaingo's messages. Errors name the
// message by index and never quote its content.
func (f *fromModel) messages(msgs []chat.Message) ([]llms.MessageContent, error) {
	out := make([]llms.MessageContent, 0, len(msgs))
	for i, m := range msgs {
		if len(m.Parts) == 0 {
			// Some clients index the first part without checking.
			continue
		}
		switch m.Role {
		case chat.RoleSystem:
			for _, p := range m.Parts {
				if _, ok := p.(chat.Text); !ok {
					return nil, fmt.Errorf("%w: message %d: a system message holds text only", chat.ErrInvalidMessage, i)
				}
			}
			// One text part: the Anthropic client reads only the first.
			out = append(out, llms.TextParts(llms.ChatMessageTypeSystem, m.Text()))
		case chat.RoleUser, chat.RoleAssistant:
			typ := llms.ChatMessageTypeHuman
			if m.Role == chat.RoleAssistant {
				typ = llms.ChatMessageTypeAI
			}
			parts := make([]llms.ContentPart, 0, len(m.Parts))
			for _, p := range m.Parts {
				lp, err := f.part(m.Role, p)
				if err != nil {
					return nil, fmt.Errorf("%w: message %d: %w", chat.ErrInvalidMessage, i, err)
				}
				parts = append(parts, lp)
			}
			if typ == llms.ChatMessageTypeAI && f.splitAssistant {
				for _, p := range parts {
					out = append(out, llms.MessageContent{Role: typ, Parts: []llms.ContentPart{p}})
				}
				continue
			}
			out = append(out, llms.MessageContent{Role: typ, Parts: parts})
		case chat.RoleTool:
			// One result per message, as OpenAI requires and the other
			// clients read.
			for _, p := range m.Parts {
				r, ok := p.(chat.ToolResult)
				if !ok {
					return nil, fmt.Errorf("%w: message %d: a tool message holds tool results only", chat.ErrInvalidMessage, i)
				}
				out = append(out, llms.MessageContent{
					Role:  llms.ChatMessageTypeTool,
					Parts: []llms.ContentPart{llms.ToolCallResponse{ToolCallID: r.CallID, Name: r.Name, Content: r.Content}},
				})
			}
		default:
			return nil, fmt.Errorf("%w: message %d: unknown role", chat.ErrInvalidMessage, i)
		}
	}
	return out, nil
}

// part maps one part of a user or assistant message.
func (f *fromModel) part(role chat.Role, p chat.Part) (llms.ContentPart, error) {
	switch p := p.(type) {
	case chat.Text:
		return llms.TextContent{Text: p.Text}, nil
	case chat.Media:
		switch {
		case p.Data != nil && f.dataURLMedia:
			return llms.ImageURLContent{URL: llms.BinaryPart(p.MIMEType, p.Data).String()}, nil
		case p.Data != nil:
			return llms.BinaryContent{MIMEType: p.MIMEType, Data: p.Data}, nil
		case p.URL != "":
			return llms.ImageURLContent{URL: p.URL}, nil
		}
		return nil, errors.New("media without data or URL")
	case chat.ToolCall:
		if role != chat.RoleAssistant {
			return nil, errors.New("only an assistant message holds tool calls")
		}
		args := p.Arguments
		if strings.TrimSpace(args) == "" {
			args = "{}"
		}
		return llms.ToolCall{ID: p.ID, Type: "function", FunctionCall: &llms.FunctionCall{Name: p.Name, Arguments: args}}, nil
	case chat.ToolResult:
		return nil, errors.New("only a tool message holds tool results")
	}
	return nil, fmt.Errorf("unknown part type %T", p)
}

// response maps a langchaingo response to ours, joining its choices (see
// the package doc).
func response(resp *llms.ContentResponse) (*chat.Response, error) {
	if resp == nil || len(resp.Choices) == 0 {
		return nil, ErrEmptyResponse
	}
	var (
		text   strings.Builder
		calls  []chat.Part
		legacy []chat.Part
		stop   string
		usage  chat.Usage
	)
	for _, c := range resp.Choices {
		if c == nil {
			continue
		}
		text.WriteString(c.Content)
		for _, tc := range c.ToolCalls {
			if tc.FunctionCall != nil {
				calls = append(calls, chat.ToolCall{ID: tc.ID, Name: tc.FunctionCall.Name, Arguments: tc.FunctionCall.Arguments})
			}
		}
		if c.FuncCall != nil {
			legacy = append(legacy, chat.ToolCall{Name: c.FuncCall.Name, Arguments: c.FuncCall.Arguments})
		}
		if stop == "" {
			stop = c.StopReason
		}
		if usage == (chat.Usage{}) {
			usage = usageOf(c.GenerationInfo)
		}
	}
	if len(calls) == 0 {
		// Clients that fill FuncCall also copy their first tool call
		// there; only a client without tool calls needs it.
		calls = legacy
	}
	msg := chat.Message{Role: chat.RoleAssistant}
	if text.Len() > 0 {
		msg.Parts = append(msg.Parts, chat.Text{Text: text.String()})
	}
	msg.Parts = append(msg.Parts, calls...)
	return &chat.Response{Message: msg, Usage: usage, FinishReason: finishReason(stop, len(calls) > 0)}, nil
}

// finishReason normalises a provider's stop reason: OpenAI's
// ("tool_calls"), Anthropic's ("end_turn", "tool_use", "max_tokens"),
// Google's ("STOP", "MAX_TOKENS", "SAFETY"). Others pass through.
func finishReason(raw string, toolCalls bool) chat.FinishReason {
	key := strings.ToLower(raw)
	key = strings.TrimPrefix(key, "finish_reason_")
	key = strings.TrimPrefix(key, "finishreason")
	key = strings.ReplaceAll(key, "_", "")
	switch key {
	case "", "stop", "endturn", "stopsequence":
		// Some providers say "stop" when they call a tool.
		if toolCalls {
			return chat.FinishToolCalls
		}
		return chat.FinishStop
	case "length", "maxtokens":
		return chat.FinishLength
	case "toolcalls", "tooluse", "functioncall":
		return chat.FinishToolCalls
	case "contentfilter", "safety", "refusal":
		return chat.FinishContentFilter
	}
	return chat.FinishReason(raw)
}

// usageOf reads token counts under the keys langchaingo's clients use:
// OpenAI, Ollama and Google set PromptTokens and CompletionTokens,
// Anthropic InputTokens and OutputTokens, Bedrock input_tokens and
// output_tokens.
func usageOf(info map[string]any) chat.Usage {
	return chat.Usage{
		InputTokens:  count(info, "PromptTokens", "InputTokens", "input_tokens", "prompt_tokens"),
		OutputTokens: count(info, "CompletionTokens", "OutputTokens", "output_tokens", "completion_tokens"),
	}
}

func count(info map[string]any, keys ...string) int {
	for _, k := range keys {
		switch v := info[k].(type) {
		case int:
			return v
		case int32:
			return int(v)
		case int64:
			return int(v)
		case float64:
			return int(v)
		case json.Number:
			if n, err := v.Int64(); err == nil {
				return int(n)
			}
		}
	}
	return 0
}

// streamer turns langchaingo's streaming callback into chat chunks. The
// callback may run on a client's goroutine, hence the lock.
type streamer struct {
	fn chat.StreamFunc

	mu   sync.Mutex
	sent strings.Builder // the text streamed so far
	err  error           // the stream function's error, which ends the stream
	done bool
}

// write is the llms streaming function.
func (s *streamer) write(_ context.Context, chunk []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return s.err
	}
	if s.done || len(chunk) == 0 || isToolCallDelta(chunk) {
		return nil
	}
	if err := s.fn(chat.Chunk{Text: string(chunk)}); err != nil {
		s.err = err
		return err
	}
	s.sent.Write(chunk)
	return nil
}

// stop ends the callback's part of the stream and reports the stream
// function's error, if any.
func (s *streamer) stop() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = true
	return s.err
}

// finish streams what the provider returned but did not stream: the rest
// of the text, then each tool call whole.
func (s *streamer) finish(msg chat.Message) error {
	s.mu.Lock()
	sent := s.sent.String()
	s.mu.Unlock()
	if text := msg.Text(); len(text) > len(sent) && strings.HasPrefix(text, sent) {
		if err := s.fn(chat.Chunk{Text: text[len(sent):]}); err != nil {
			return err
		}
	}
	for _, c := range msg.ToolCalls() {
		if err := s.fn(chat.Chunk{ToolCall: &c}); err != nil {
			return err
		}
	}
	return nil
}

// toolCallDelta is the JSON form in which langchaingo's OpenAI client
// passes tool-call deltas to the streaming function.
type toolCallDelta struct {
	ID       string `json:"id,omitempty"`
	Type     string `json:"type"`
	Function struct {
		Name      string `json:"name"`
		Arguments string `json:"arguments"`
	} `json:"function"`
}

// isToolCallDelta reports whether chunk is a tool-call delta rather than
// text: it must be exactly what the client marshals, byte for byte, which
// model text practically never is.
func isToolCallDelta(chunk []byte) bool {
	if !bytes.HasPrefix(chunk, []byte(`[{"`)) || !bytes.HasSuffix(chunk, []byte(`}]`)) {
		return false
	}
	var deltas []toolCallDelta
	if err := json.Unmarshal(chunk, &deltas); err != nil {
		return false
	}
	again, err := json.Marshal(deltas)
	return err == nil && bytes.Equal(again, chunk)
}
