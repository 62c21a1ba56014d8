package langchaingo_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/chat/langchaingo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms/anthropic"
)

// anthropicPreface is the text the fake Claude writes before a tool call,
// as the real one usually does.
const anthropicPreface = "Let me check that order."

type anthropicBlock struct {
	Type      string         `json:"type"`
	Text      string         `json:"text"`
	ID        string         `json:"id"`
	Name      string         `json:"name"`
	Input     map[string]any `json:"input"`
	ToolUseID string         `json:"tool_use_id"`
	Content   string         `json:"content"`
}

// anthropicRequest is the part of a Messages API request the fake reads.
type anthropicRequest struct {
	Model    string `json:"model"`
	System   string `json:"system"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role    string           `json:"role"`
		Content []anthropicBlock `json:"content"`
	} `json:"messages"`
	Tools []struct {
		Name        string         `json:"name"`
		InputSchema map[string]any `json:"input_schema"`
	} `json:"tools"`
}

// toolResult checks the tools and any tool result of req against b and
// returns the result's content.
func (req *anthropicRequest) toolResult(t *testing.T, b chattest.Behavior) *string {
	if b.ToolCall != nil && assert.Len(t, req.Tools, 1) {
		assert.Equal(t, b.ToolCall.Name, req.Tools[0].Name)
		assert.Equal(t, "object", req.Tools[0].InputSchema["type"])
	}
	var used []anthropicBlock
	for _, m := range req.Messages {
		for _, block := range m.Content {
			switch {
			case m.Role == "assistant" && block.Type == "tool_use":
				used = append(used, block)
			case m.Role == "user" && block.Type == "tool_result":
				assert.Equal(t, b.ToolCall.ID, block.ToolUseID, "the tool result answers the call")
				if assert.Len(t, used, 1, "the tool use precedes its result") {
					assert.Equal(t, b.ToolCall.ID, used[0].ID)
					assert.Equal(t, b.ToolCall.Name, used[0].Name)
					input, err := json.Marshal(used[0].Input)
					assert.NoError(t, err)
					assert.JSONEq(t, b.ToolCall.Arguments, string(input))
				}
				return &block.Content
			}
		}
	}
	return nil
}

// anthropicBackend starts a fake Anthropic Messages API that behaves as b,
// and returns langchaingo's real Anthropic client pointed at it.
func anthropicBackend(t *testing.T, b chattest.Behavior) (*anthropic.LLM, *recorder) {
	t.Helper()
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/messages", r.URL.Path)
		assert.Equal(t, testKey, r.Header.Get("x-api-key"))
		assert.NotEmpty(t, r.Header.Get("anthropic-version"))
		if b.Fail {
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, `{"type":"error","error":{"type":"api_error","message":"backend down"}}`)
			return
		}
		body, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		rec.add(body)
		var req anthropicRequest
		require.NoError(t, json.Unmarshal(body, &req))
		assert.Equal(t, "You are a support agent.", req.System)
		text, call := answer(b, req.toolResult(t, b))
		stop := "end_turn"
		if call != nil {
			text, stop = anthropicPreface, "tool_use"
		}

		if !req.Stream {
			content := []obj{{"type": "text", "text": text}}
			if call != nil {
				var input map[string]any
				require.NoError(t, json.Unmarshal([]byte(call.Arguments), &input))
				content = append(content, obj{"type": "tool_use", "id": call.ID, "name": call.Name, "input": input})
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(obj{
				"id": "msg_1", "type": "message", "role": "assistant", "model": req.Model,
				"content": content, "stop_reason": stop, "stop_sequence": nil,
				"usage": obj{"input_tokens": 21, "output_tokens": 9},
			})
			return
		}

		w.Header().Set("Content-Type", "text/event-stream")
		sse(w, "message_start", obj{"type": "message_start", "message": obj{
			"id": "msg_1", "type": "message", "role": "assistant", "model": req.Model, "content": []obj{},
			"stop_reason": nil, "usage": obj{"input_tokens": 21, "output_tokens": 1},
		}})
		sse(w, "content_block_start", obj{"type": "content_block_start", "index": 0, "content_block": obj{"type": "text", "text": ""}})
		for i, piece := range words(text) {
			sse(w, "content_block_delta", obj{"type": "content_block_delta", "index": 0, "delta": obj{"type": "text_delta", "text": piece}})
			if b.Hang && i == 0 {
				<-r.Context().Done()
				return
			}
		}
		sse(w, "content_block_stop", obj{"type": "content_block_stop", "index": 0})
		if call != nil {
			sse(w, "content_block_start", obj{"type": "content_block_start", "index": 1,
				"content_block": obj{"type": "tool_use", "id": call.ID, "name": call.Name, "input": obj{}}})
			for _, frag := range thirds(call.Arguments) {
				sse(w, "content_block_delta", obj{"type": "content_block_delta", "index": 1, "delta": obj{"type": "input_json_delta", "partial_json": frag}})
			}
			sse(w, "content_block_stop", obj{"type": "content_block_stop", "index": 1})
		}
		sse(w, "message_delta", obj{"type": "message_delta", "delta": obj{"stop_reason": stop, "stop_sequence": nil}, "usage": obj{"output_tokens": 9}})
		sse(w, "message_stop", obj{"type": "message_stop"})
	}))
	t.Cleanup(srv.Close)
	llm, err := anthropic.New(
		anthropic.WithBaseURL(srv.URL+"/v1"),
		anthropic.WithToken(testKey),
		anthropic.WithModel("claude-sonnet-4-5"),
		anthropic.WithHTTPClient(srv.Client()),
	)
	require.NoError(t, err)
	return llm, rec
}

func newAnthropic(t *testing.T, b chattest.Behavior) chat.Model {
	llm, _ := anthropicBackend(t, b)
	return langchaingo.FromModel(llm)
}

func TestAnthropicConformance(t *testing.T) {
	chattest.TestModel(t, newAnthropic)
}

func TestAnthropicTextThenToolCall(t *testing.T) {
	call := &chat.ToolCall{ID: "toolu_1", Name: "order_status", Arguments: `{"order":"A-1001"}`}
	llm, rec := anthropicBackend(t, chattest.Behavior{ToolCall: call})
	m := langchaingo.FromModel(llm)
	req := &chat.Request{
		Messages: []chat.Message{chat.SystemMessage("You are a support agent."), chat.UserMessage("Where is A-1001?")},
		Tools:    []chat.ToolSpec{{Name: "order_status", Parameters: json.RawMessage(`{"type":"object"}`)}},
	}
	for _, streaming := range []bool{false, true} {
		var chunks []chat.Chunk
		var stream chat.StreamFunc
		if streaming {
			stream = func(c chat.Chunk) error { chunks = append(chunks, c); return nil }
		}
		resp, err := m.Generate(t.Context(), req, stream)
		require.NoError(t, err)
		assert.Equal(t, anthropicPreface, resp.Message.Text())
		require.Len(t, resp.Message.ToolCalls(), 1)
		assert.Equal(t, chat.FinishToolCalls, resp.FinishReason)
		assert.Equal(t, chat.Usage{InputTokens: 21, OutputTokens: 9}, resp.Usage)
		if streaming {
			require.NotEmpty(t, chunks)
			last := chunks[len(chunks)-1]
			require.NotNil(t, last.ToolCall, "the tool call streams last, whole")
			assert.JSONEq(t, call.Arguments, last.ToolCall.Arguments)
			var text strings.Builder
			for _, c := range chunks[:len(chunks)-1] {
				assert.Nil(t, c.ToolCall)
				text.WriteString(c.Text)
			}
			assert.Equal(t, anthropicPreface, text.String())
		}
	}

	// The reply goes back with its text and its tool call, each in an
	// assistant message of its own, then the result.
	next := &chat.Request{Messages: append(req.Messages[:2:2],
		chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.Text{Text: anthropicPreface}, *call}},
		chat.Message{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: call.ID, Name: call.Name, Content: "shipped"}}},
	), Tools: req.Tools}
	resp, err := m.Generate(t.Context(), next, nil)
	require.NoError(t, err)
	assert.Equal(t, chattest.ToolReplyPrefix+"shipped", resp.Message.Text())
	msgs := rec.last(t)["messages"].([]any)
	roles := make([]string, len(msgs))
	for i, msg := range msgs {
		roles[i] = msg.(obj)["role"].(string)
	}
	assert.Equal(t, []string{"user", "assistant", "assistant", "user"}, roles)
}
