package langchaingo_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/chat/langchaingo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms"
)

// Through ToModel and back, a provider still passes the suite.
func TestRoundTripConformance(t *testing.T) {
	t.Run("OpenAI", func(t *testing.T) {
		chattest.TestModel(t, func(t *testing.T, b chattest.Behavior) chat.Model {
			return langchaingo.FromModel(langchaingo.ToModel(newOpenAI(t, b)))
		})
	})
	t.Run("Anthropic", func(t *testing.T) {
		chattest.TestModel(t, func(t *testing.T, b chattest.Behavior) chat.Model {
			return langchaingo.FromModel(langchaingo.ToModel(newAnthropic(t, b)))
		})
	})
}

// ToModel(FromModel(x)) answers langchaingo callers as x does.
func TestToModelBehavesLikeProvider(t *testing.T) {
	call := &chat.ToolCall{ID: "call_7", Name: "order_status", Arguments: `{"order":"A-7"}`}
	tools := []llms.Tool{{Type: "function", Function: &llms.FunctionDefinition{
		Name: "order_status", Parameters: map[string]any{"type": "object"},
	}}}
	msgs := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are a support agent."),
		llms.TextParts(llms.ChatMessageTypeHuman, "Where is A-7?"),
	}
	tests := []struct {
		name string
		b    chattest.Behavior
		opts []llms.CallOption
	}{
		{"Text", chattest.Behavior{Reply: "It left on Monday."}, nil},
		{"Tools", chattest.Behavior{Reply: "unused", ToolCall: call}, []llms.CallOption{llms.WithTools(tools)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			direct, _ := openAIBackend(t, tt.b)
			wrapped := langchaingo.ToModel(langchaingo.FromModel(direct))
			for _, streaming := range []bool{false, true} {
				var got [2]*llms.ContentResponse
				var streamed [2]strings.Builder
				for i, m := range []llms.Model{direct, wrapped} {
					opts := tt.opts
					if streaming {
						opts = append(opts[:len(opts):len(opts)], llms.WithStreamingFunc(func(_ context.Context, b []byte) error {
							streamed[i].Write(b)
							return nil
						}))
					}
					resp, err := m.GenerateContent(t.Context(), msgs, opts...)
					require.NoError(t, err)
					require.Len(t, resp.Choices, 1)
					got[i] = resp
				}
				want, have := got[0].Choices[0], got[1].Choices[0]
				assert.Equal(t, want.Content, have.Content)
				assert.Equal(t, want.StopReason, have.StopReason)
				require.Len(t, have.ToolCalls, len(want.ToolCalls))
				for j := range want.ToolCalls {
					assert.Equal(t, want.ToolCalls[j].ID, have.ToolCalls[j].ID)
					assert.Equal(t, *want.ToolCalls[j].FunctionCall, *have.ToolCalls[j].FunctionCall)
				}
				assert.Equal(t, want.GenerationInfo["PromptTokens"], have.GenerationInfo["PromptTokens"])
				assert.Equal(t, want.GenerationInfo["CompletionTokens"], have.GenerationInfo["CompletionTokens"])
				if streaming && len(want.ToolCalls) == 0 {
					assert.Equal(t, streamed[0].String(), streamed[1].String())
				}
				if streaming {
					assert.Equal(t, have.Content, streamed[1].String(), "only text streams through ToModel")
				}
			}
		})
	}
}

// ToModel sends langchaingo calls through a Confide model and its
// middleware, mapping messages, tools, options and scope.
func TestToModelOverMiddleware(t *testing.T) {
	scope := chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "conv-1"}
	var got *chat.Request
	base := chat.ModelFunc(func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		got = req.Clone()
		call := chat.ToolCall{ID: "call_9", Name: "refund", Arguments: `{"amount":5}`}
		if stream != nil {
			for _, piece := range []string{"Refund ", "started."} {
				if err := stream(chat.Chunk{Text: piece}); err != nil {
					return nil, err
				}
			}
			if err := stream(chat.Chunk{ToolCall: &call}); err != nil {
				return nil, err
			}
		}
		return &chat.Response{
			Message:      chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.Text{Text: "Refund started."}, call}},
			Usage:        chat.Usage{InputTokens: 30, OutputTokens: 4},
			FinishReason: chat.FinishToolCalls,
		}, nil
	})
	var seen chat.Scope
	audit := func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			seen = req.Scope
			return next.Generate(ctx, req, stream)
		}}
	}
	llm := langchaingo.ToModel(chat.Chain(base, audit))

	ctx := chat.ContextWithScope(t.Context(), scope)
	var streamed []string
	resp, err := llm.GenerateContent(ctx, []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "Be kind."),
		{Role: llms.ChatMessageTypeHuman, Parts: []llms.ContentPart{
			llms.TextPart("Refund this"), llms.BinaryPart("image/png", []byte{7}),
			llms.WithCacheControl(llms.ImageURLPart("https://example.com/r.png"), &llms.CacheControl{Type: "ephemeral"}),
		}},
		{Role: llms.ChatMessageTypeAI, Parts: []llms.ContentPart{llms.ToolCall{ID: "call_1", Type: "function",
			FunctionCall: &llms.FunctionCall{Name: "lookup", Arguments: `{"id":1}`}}}},
		{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{llms.ToolCallResponse{ToolCallID: "call_1", Name: "lookup", Content: "paid"}}},
	},
		llms.WithModel("big"), llms.WithMaxTokens(64), llms.WithTemperature(0), llms.WithStopWords([]string{"STOP"}),
		llms.WithTools([]llms.Tool{{Type: "function", Function: &llms.FunctionDefinition{
			Name: "refund", Description: "Refunds.", Parameters: map[string]any{"type": "object"},
		}}}),
		llms.WithStreamingFunc(func(_ context.Context, b []byte) error { streamed = append(streamed, string(b)); return nil }),
	)
	require.NoError(t, err)

	assert.Equal(t, scope, seen, "the middleware sees the scope of the context")
	require.NotNil(t, got)
	want := []chat.Message{
		chat.SystemMessage("Be kind."),
		{Role: chat.RoleUser, Parts: []chat.Part{chat.Text{Text: "Refund this"},
			chat.Media{MIMEType: "image/png", Data: []byte{7}}, chat.Media{URL: "https://example.com/r.png"}}},
		{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: "call_1", Name: "lookup", Arguments: `{"id":1}`}}},
		{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: "call_1", Name: "lookup", Content: "paid"}}},
	}
	assert.Equal(t, want, got.Messages)
	require.Len(t, got.Tools, 1)
	assert.Equal(t, "refund", got.Tools[0].Name)
	assert.JSONEq(t, `{"type":"object"}`, string(got.Tools[0].Parameters))
	assert.Equal(t, "big", got.Options.Model)
	assert.Equal(t, 64, got.Options.MaxTokens)
	require.NotNil(t, got.Options.Temperature, "an explicit zero temperature is kept")
	assert.Zero(t, *got.Options.Temperature)
	assert.Nil(t, got.Options.TopP, "an unset top-p stays unset")
	assert.Equal(t, []string{"STOP"}, got.Options.Stop)

	assert.Equal(t, []string{"Refund ", "started."}, streamed, "text streams, tool calls do not")
	require.Len(t, resp.Choices, 1)
	c := resp.Choices[0]
	assert.Equal(t, "Refund started.", c.Content)
	assert.Equal(t, "tool_calls", c.StopReason)
	require.Len(t, c.ToolCalls, 1)
	assert.Equal(t, llms.ToolCall{ID: "call_9", Type: "function", FunctionCall: &llms.FunctionCall{Name: "refund", Arguments: `{"amount":5}`}}, c.ToolCalls[0])
	assert.Equal(t, c.ToolCalls[0].FunctionCall, c.FuncCall)
	assert.Equal(t, 30, c.GenerationInfo["PromptTokens"])
	assert.Equal(t, 4, c.GenerationInfo["OutputTokens"])

	//lint:ignore SA1019 the deprecated method is part of what ToModel implements
	out, err := llm.Call(ctx, "hi")
	require.NoError(t, err)
	assert.Equal(t, "Refund started.", out)
	assert.Equal(t, []chat.Message{chat.UserMessage("hi")}, got.Messages)
}

func TestToModelErrors(t *testing.T) {
	stop := errors.New("reader went away")
	streaming := chat.ModelFunc(func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
		if err := stream(chat.Chunk{Text: "a"}); err != nil {
			return nil, err
		}
		return &chat.Response{Message: chat.AssistantMessage("a")}, nil
	})
	_, err := langchaingo.ToModel(streaming).GenerateContent(t.Context(), []llms.MessageContent{llms.TextParts(llms.ChatMessageTypeHuman, "x")},
		llms.WithStreamingFunc(func(context.Context, []byte) error { return stop }))
	assert.ErrorIs(t, err, stop, "the streaming function's error comes back")

	nothing := chat.ModelFunc(func(context.Context, *chat.Request, chat.StreamFunc) (*chat.Response, error) { return nil, nil })
	_, err = llms.GenerateFromSinglePrompt(t.Context(), langchaingo.ToModel(nothing), "x")
	assert.ErrorIs(t, err, langchaingo.ErrEmptyResponse)

	_, err = langchaingo.ToModel(nothing).GenerateContent(t.Context(), []llms.MessageContent{{Role: "narrator", Parts: []llms.ContentPart{llms.TextPart("secret")}}})
	assert.ErrorIs(t, err, chat.ErrInvalidMessage)
	assert.NotContains(t, err.Error(), "secret")

	_, err = langchaingo.ToModel(nothing).GenerateContent(t.Context(), nil, llms.WithTools([]llms.Tool{{Type: "function",
		Function: &llms.FunctionDefinition{Name: "bad", Parameters: func() {}}}}))
	var unsupported *json.UnsupportedTypeError
	assert.ErrorAs(t, err, &unsupported)
}

// A langchaingo chain run by a Confide tool inherits the conversation's
// scope without chat.ContextWithScope.
func TestToModelInsideTool(t *testing.T) {
	scope := chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "conv-1"}
	var inner chat.Scope
	sub := langchaingo.ToModel(chat.ModelFunc(func(_ context.Context, req *chat.Request, _ chat.StreamFunc) (*chat.Response, error) {
		inner = req.Scope
		return &chat.Response{Message: chat.AssistantMessage("in stock")}, nil
	}))
	outer := chat.ModelFunc(func(_ context.Context, req *chat.Request, _ chat.StreamFunc) (*chat.Response, error) {
		last := req.Messages[len(req.Messages)-1]
		if last.Role == chat.RoleTool {
			return &chat.Response{Message: chat.AssistantMessage(last.Parts[0].(chat.ToolResult).Content)}, nil
		}
		call := chat.ToolCall{ID: "c1", Name: "ask", Arguments: `{}`}
		return &chat.Response{Message: chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{call}}, FinishReason: chat.FinishToolCalls}, nil
	})
	conv, err := chat.NewConversation(outer, scope, chat.WithTools(chat.Tool{Name: "ask", Run: func(ctx context.Context, _ string) (string, error) {
		return llms.GenerateFromSinglePrompt(ctx, sub, "Is it in stock?")
	}}))
	require.NoError(t, err)
	reply, err := conv.Send(t.Context(), "Can I buy it?")
	require.NoError(t, err)
	assert.Equal(t, "in stock", reply.Text)
	assert.Equal(t, scope, inner)
}
