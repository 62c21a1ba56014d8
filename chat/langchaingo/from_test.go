package langchaingo_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/langchaingo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms"
)

// fakeLLM is an llms.Model made of a function of the applied options.
type fakeLLM func(ctx context.Context, msgs []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error)

func (f fakeLLM) GenerateContent(ctx context.Context, msgs []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	var o llms.CallOptions
	for _, opt := range options {
		opt(&o)
	}
	return f(ctx, msgs, o)
}

func (f fakeLLM) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, f, prompt, options...)
}

func reply(text string, calls ...llms.ToolCall) *llms.ContentResponse {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: text, ToolCalls: calls}}}
}

var userHello = &chat.Request{Messages: []chat.Message{chat.UserMessage("hello")}}

func collect(chunks *[]chat.Chunk) chat.StreamFunc {
	return func(c chat.Chunk) error { *chunks = append(*chunks, c); return nil }
}

// What a provider returned but did not stream still reaches the stream,
// after what it streamed, and the tool calls come last.
func TestStreamCompletesWhatProviderDidNotStream(t *testing.T) {
	call := llms.ToolCall{ID: "c1", Type: "function", FunctionCall: &llms.FunctionCall{Name: "f", Arguments: `{"a":1}`}}
	tests := []struct {
		name     string
		streamed []string
		want     []chat.Chunk
	}{
		{"NotStreaming", nil, []chat.Chunk{{Text: "Hello there"}}},
		{"Partly", []string{"Hel"}, []chat.Chunk{{Text: "Hel"}, {Text: "lo there"}}},
		{"Fully", []string{"Hello ", "there"}, []chat.Chunk{{Text: "Hello "}, {Text: "there"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := langchaingo.FromModel(fakeLLM(func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
				for _, s := range tt.streamed {
					require.NoError(t, o.StreamingFunc(ctx, []byte(s)))
				}
				return reply("Hello there", call), nil
			}))
			var chunks []chat.Chunk
			_, err := m.Generate(t.Context(), userHello, collect(&chunks))
			require.NoError(t, err)
			want := append(tt.want, chat.Chunk{ToolCall: &chat.ToolCall{ID: "c1", Name: "f", Arguments: `{"a":1}`}})
			assert.Equal(t, want, chunks)
		})
	}
}

// A provider that ignores the stream function's error, or calls it late,
// cannot push chunks past it.
func TestStreamErrorIsFinal(t *testing.T) {
	stop := errors.New("client gone")
	var late func(context.Context, []byte) error
	m := langchaingo.FromModel(fakeLLM(func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		late = o.StreamingFunc
		_ = o.StreamingFunc(ctx, []byte("one"))
		assert.ErrorIs(t, o.StreamingFunc(ctx, []byte("two")), stop)
		return reply("one two"), nil
	}))
	calls := 0
	_, err := m.Generate(t.Context(), userHello, func(chat.Chunk) error { calls++; return stop })
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 1, calls)

	ok := langchaingo.FromModel(fakeLLM(func(ctx context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		late = o.StreamingFunc
		return reply("done"), nil
	}))
	var chunks []chat.Chunk
	_, err = ok.Generate(t.Context(), userHello, collect(&chunks))
	require.NoError(t, err)
	assert.NoError(t, late(t.Context(), []byte("too late")))
	assert.Equal(t, []chat.Chunk{{Text: "done"}}, chunks, "nothing streams after Generate returned")
}

func TestCallOptions(t *testing.T) {
	var got llms.CallOptions
	m := langchaingo.FromModel(fakeLLM(func(_ context.Context, _ []llms.MessageContent, o llms.CallOptions) (*llms.ContentResponse, error) {
		got = o
		return reply("ok"), nil
	}), langchaingo.WithCallOptions(llms.WithSeed(7), llms.WithModel("default"), llms.WithTemperature(0.5)))

	temp, topP := 0.0, 0.3
	req := &chat.Request{
		Messages: userHello.Messages,
		Tools: []chat.ToolSpec{
			{Name: "lookup", Description: "Looks up.", Parameters: json.RawMessage(`{"type":"object","properties":{"id":{"type":"string"}}}`)},
			{Name: "ping"},
		},
		Options: chat.Options{Model: "special", MaxTokens: 99, Temperature: &temp, TopP: &topP, Stop: []string{"\n\n"}},
	}
	_, err := m.Generate(t.Context(), req, nil)
	require.NoError(t, err)
	assert.Equal(t, 7, got.Seed, "the adapter's call options apply")
	assert.Equal(t, "special", got.Model, "the request wins over the adapter's options")
	assert.Zero(t, got.Temperature)
	assert.Equal(t, 0.3, got.TopP)
	assert.Equal(t, 99, got.MaxTokens)
	assert.Equal(t, []string{"\n\n"}, got.StopWords)
	assert.Nil(t, got.StreamingFunc)
	assert.Equal(t, []llms.Tool{
		{Type: "function", Function: &llms.FunctionDefinition{Name: "lookup", Description: "Looks up.", Parameters: map[string]any{
			"type": "object", "properties": map[string]any{"id": map[string]any{"type": "string"}},
		}}},
		{Type: "function", Function: &llms.FunctionDefinition{Name: "ping", Parameters: map[string]any{
			"type": "object", "properties": map[string]any{},
		}}},
	}, got.Tools)

	req.Tools = []chat.ToolSpec{{Name: "broken", Parameters: json.RawMessage(`[1]`)}}
	_, err = m.Generate(t.Context(), req, nil)
	assert.ErrorContains(t, err, "broken")
}

func TestProviderError(t *testing.T) {
	boom := errors.New("rate limited")
	m := langchaingo.FromModel(fakeLLM(func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		return nil, boom
	}))
	resp, err := m.Generate(t.Context(), userHello, nil)
	assert.Nil(t, resp)
	assert.ErrorIs(t, err, boom)

	empty := langchaingo.FromModel(fakeLLM(func(context.Context, []llms.MessageContent, llms.CallOptions) (*llms.ContentResponse, error) {
		return &llms.ContentResponse{}, nil
	}))
	_, err = empty.Generate(t.Context(), userHello, nil)
	assert.ErrorIs(t, err, langchaingo.ErrEmptyResponse)
}
