package langchaingo

import (
	"encoding/json"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms"
)

func TestFinishReason(t *testing.T) {
	tests := []struct {
		raw   string
		tools bool
		want  chat.FinishReason
	}{
		{"stop", false, chat.FinishStop},
		{"end_turn", false, chat.FinishStop},
		{"stop_sequence", false, chat.FinishStop},
		{"", false, chat.FinishStop},
		{"", true, chat.FinishToolCalls},
		{"stop", true, chat.FinishToolCalls},
		{"STOP", false, chat.FinishStop},
		{"length", false, chat.FinishLength},
		{"max_tokens", false, chat.FinishLength},
		{"MAX_TOKENS", false, chat.FinishLength},
		{"FinishReasonMaxTokens", false, chat.FinishLength},
		{"tool_calls", true, chat.FinishToolCalls},
		{"tool_use", true, chat.FinishToolCalls},
		{"function_call", true, chat.FinishToolCalls},
		{"content_filter", false, chat.FinishContentFilter},
		{"SAFETY", false, chat.FinishContentFilter},
		{"refusal", false, chat.FinishContentFilter},
		{"pause_turn", false, "pause_turn"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, finishReason(tt.raw, tt.tools), "%q tools=%v", tt.raw, tt.tools)
	}
}

func TestUsageOf(t *testing.T) {
	tests := []struct {
		name string
		info map[string]any
		want chat.Usage
	}{
		{"OpenAI", map[string]any{"PromptTokens": 12, "CompletionTokens": 7, "TotalTokens": 19}, chat.Usage{InputTokens: 12, OutputTokens: 7}},
		{"Anthropic", map[string]any{"InputTokens": 21, "OutputTokens": 9}, chat.Usage{InputTokens: 21, OutputTokens: 9}},
		{"Bedrock", map[string]any{"input_tokens": int32(3), "output_tokens": int64(4)}, chat.Usage{InputTokens: 3, OutputTokens: 4}},
		{"Float", map[string]any{"prompt_tokens": 5.0, "completion_tokens": json.Number("6")}, chat.Usage{InputTokens: 5, OutputTokens: 6}},
		{"None", nil, chat.Usage{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, usageOf(tt.info)) })
	}
}

func TestIsToolCallDelta(t *testing.T) {
	tests := []struct {
		chunk string
		want  bool
	}{
		{`[{"id":"call_1","type":"function","function":{"name":"f","arguments":""}}]`, true},
		{`[{"type":"","function":{"name":"","arguments":"{\"a\":"}}]`, true},
		{`[{"type":"","function":{"name":"","arguments":"1}"}},{"id":"c2","type":"function","function":{"name":"g","arguments":""}}]`, true},
		{`[1, 2, 3]`, false},
		{`[{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": ""}}]`, false},
		{`[{"ID":"call_1","type":"function","function":{"name":"f","arguments":""}}]`, false},
		{`[{"name":"Ann"}]`, false},
		{`[{"type":"x"}] and more`, false},
		{`Hello`, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isToolCallDelta([]byte(tt.chunk)), tt.chunk)
	}
}

func TestMessages(t *testing.T) {
	call := chat.ToolCall{ID: "c1", Name: "lookup"}
	msgs := []chat.Message{
		{Role: chat.RoleSystem, Parts: []chat.Part{chat.Text{Text: "Be "}, chat.Text{Text: "brief."}}},
		{Role: chat.RoleUser},
		{Role: chat.RoleAssistant, Parts: []chat.Part{chat.Text{Text: "Looking."}, call}},
		{Role: chat.RoleTool, Parts: []chat.Part{
			chat.ToolResult{CallID: "c1", Name: "lookup", Content: "a"},
			chat.ToolResult{CallID: "c2", Name: "lookup", Content: "b"},
		}},
	}
	toolCall := llms.ToolCall{ID: "c1", Type: "function", FunctionCall: &llms.FunctionCall{Name: "lookup", Arguments: "{}"}}
	results := []llms.MessageContent{
		{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{llms.ToolCallResponse{ToolCallID: "c1", Name: "lookup", Content: "a"}}},
		{Role: llms.ChatMessageTypeTool, Parts: []llms.ContentPart{llms.ToolCallResponse{ToolCallID: "c2", Name: "lookup", Content: "b"}}},
	}
	system := llms.TextParts(llms.ChatMessageTypeSystem, "Be brief.")

	got, err := (&fromModel{}).messages(msgs)
	require.NoError(t, err)
	want := append([]llms.MessageContent{system,
		{Role: llms.ChatMessageTypeAI, Parts: []llms.ContentPart{llms.TextPart("Looking."), toolCall}},
	}, results...)
	assert.Equal(t, want, got, "one system part, empty messages dropped, one result per message")

	got, err = (&fromModel{splitAssistant: true}).messages(msgs)
	require.NoError(t, err)
	want = append([]llms.MessageContent{system,
		{Role: llms.ChatMessageTypeAI, Parts: []llms.ContentPart{llms.TextPart("Looking.")}},
		{Role: llms.ChatMessageTypeAI, Parts: []llms.ContentPart{toolCall}},
	}, results...)
	assert.Equal(t, want, got, "split: each assistant part alone")

	media := []chat.Message{{Role: chat.RoleUser, Parts: []chat.Part{chat.Media{MIMEType: "image/png", Data: []byte{1, 2, 3}}}}}
	got, err = (&fromModel{}).messages(media)
	require.NoError(t, err)
	assert.Equal(t, llms.BinaryContent{MIMEType: "image/png", Data: []byte{1, 2, 3}}, got[0].Parts[0])
	got, err = (&fromModel{dataURLMedia: true}).messages(media)
	require.NoError(t, err)
	assert.Equal(t, llms.ImageURLContent{URL: "data:image/png;base64,AQID"}, got[0].Parts[0])

	bad := [][]chat.Message{
		{{Role: "narrator", Parts: []chat.Part{chat.Text{Text: "secret"}}}},
		{{Role: chat.RoleSystem, Parts: []chat.Part{chat.Media{URL: "secret"}}}},
		{{Role: chat.RoleUser, Parts: []chat.Part{chat.ToolCall{Name: "secret"}}}},
		{{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolResult{Content: "secret"}}}},
		{{Role: chat.RoleTool, Parts: []chat.Part{chat.Text{Text: "secret"}}}},
		{{Role: chat.RoleUser, Parts: []chat.Part{chat.Media{MIMEType: "secret"}}}},
	}
	for i, msgs := range bad {
		_, err := (&fromModel{}).messages(msgs)
		assert.ErrorIs(t, err, chat.ErrInvalidMessage, "case %d", i)
		assert.NotContains(t, err.Error(), "secret", "case %d: no content in errors", i)
	}
}

func TestResponse(t *testing.T) {
	_, err := response(&llms.ContentResponse{})
	assert.ErrorIs(t, err, ErrEmptyResponse)

	// A client with only the legacy single function call.
	resp, err := response(&llms.ContentResponse{Choices: []*llms.ContentChoice{{
		StopReason: "function_call", FuncCall: &llms.FunctionCall{Name: "f", Arguments: `{}`},
	}}})
	require.NoError(t, err)
	assert.Equal(t, []chat.ToolCall{{Name: "f", Arguments: `{}`}}, resp.Message.ToolCalls())
	assert.Equal(t, chat.FinishToolCalls, resp.FinishReason)

	// Anthropic-style: one choice per block; FuncCall mirrors the first call.
	fc := &llms.FunctionCall{Name: "g", Arguments: `{"x":1}`}
	resp, err = response(&llms.ContentResponse{Choices: []*llms.ContentChoice{
		{Content: "On it. ", StopReason: "tool_use", GenerationInfo: map[string]any{"InputTokens": 3, "OutputTokens": 4}},
		{ToolCalls: []llms.ToolCall{{ID: "t1", FunctionCall: fc}}, FuncCall: fc, StopReason: "tool_use"},
	}})
	require.NoError(t, err)
	assert.Equal(t, chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{
		chat.Text{Text: "On it. "}, chat.ToolCall{ID: "t1", Name: "g", Arguments: `{"x":1}`},
	}}, resp.Message)
	assert.Equal(t, chat.Usage{InputTokens: 3, OutputTokens: 4}, resp.Usage)
}
