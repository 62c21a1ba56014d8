package langchaingo_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/chat/langchaingo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tmc/langchaingo/llms/openai"
)

// openAIRequest is the part of a chat completions request the fake reads.
type openAIRequest struct {
	Model    string `json:"model"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role       string          `json:"role"`
		Content    json.RawMessage `json:"content"`
		ToolCallID string          `json:"tool_call_id"`
		ToolCalls  []struct {
			ID       string `json:"id"`
			Function struct {
				Name      string `json:"name"`
				Arguments string `json:"arguments"`
			} `json:"function"`
		} `json:"tool_calls"`
	} `json:"messages"`
	Tools []struct {
		Type     string `json:"type"`
		Function struct {
			Name       string         `json:"name"`
			Parameters map[string]any `json:"parameters"`
		} `json:"function"`
	} `json:"tools"`
}

// toolResult checks the tools and any tool result of req against b and
// returns the result's content.
func (req *openAIRequest) toolResult(t *testing.T, b chattest.Behavior) *string {
	if b.ToolCall != nil && assert.Len(t, req.Tools, 1) {
		assert.Equal(t, "function", req.Tools[0].Type)
		assert.Equal(t, b.ToolCall.Name, req.Tools[0].Function.Name)
		assert.Equal(t, "object", req.Tools[0].Function.Parameters["type"])
	}
	for i, m := range req.Messages {
		if m.Role != "tool" {
			continue
		}
		assert.Equal(t, b.ToolCall.ID, m.ToolCallID, "the tool result answers the call")
		prev := req.Messages[i-1]
		if assert.Equal(t, "assistant", prev.Role) && assert.Len(t, prev.ToolCalls, 1) {
			assert.Equal(t, b.ToolCall.ID, prev.ToolCalls[0].ID)
			assert.Equal(t, b.ToolCall.Name, prev.ToolCalls[0].Function.Name)
			assert.JSONEq(t, b.ToolCall.Arguments, prev.ToolCalls[0].Function.Arguments)
		}
		var content string
		assert.NoError(t, json.Unmarshal(m.Content, &content))
		return &content
	}
	return nil
}

var openAIUsage = obj{"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}

// openAIBackend starts a fake OpenAI chat completions endpoint that behaves
// as b, and returns langchaingo's real OpenAI client pointed at it.
func openAIBackend(t *testing.T, b chattest.Behavior) (*openai.LLM, *recorder) {
	t.Helper()
	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/chat/completions", r.URL.Path)
		assert.Equal(t, "Bearer "+testKey, r.Header.Get("Authorization"))
		if b.Fail {
			w.WriteHeader(http.StatusInternalServerError)
			io.WriteString(w, `{"error":{"message":"backend down"}}`)
			return
		}
		body, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		rec.add(body)
		var req openAIRequest
		require.NoError(t, json.Unmarshal(body, &req))
		text, call := answer(b, req.toolResult(t, b))

		if !req.Stream {
			msg, finish := obj{"role": "assistant", "content": text}, "stop"
			if call != nil {
				msg["content"], finish = nil, "tool_calls"
				msg["tool_calls"] = []obj{{"id": call.ID, "type": "function", "function": obj{"name": call.Name, "arguments": call.Arguments}}}
			}
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(obj{
				"id": "chatcmpl-1", "object": "chat.completion", "model": req.Model,
				"choices": []obj{{"index": 0, "message": msg, "finish_reason": finish}},
				"usage":   openAIUsage,
			})
			return
		}

		w.Header().Set("Content-Type", "text/event-stream")
		chunk := func(delta obj, finish any) obj {
			return obj{"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": req.Model,
				"choices": []obj{{"index": 0, "delta": delta, "finish_reason": finish}}}
		}
		finish := "stop"
		if call != nil {
			finish = "tool_calls"
			sse(w, "", chunk(obj{"role": "assistant", "tool_calls": []obj{
				{"index": 0, "id": call.ID, "type": "function", "function": obj{"name": call.Name, "arguments": ""}},
			}}, nil))
			for _, frag := range thirds(call.Arguments) {
				sse(w, "", chunk(obj{"tool_calls": []obj{{"index": 0, "function": obj{"arguments": frag}}}}, nil))
			}
		} else {
			for i, piece := range words(text) {
				sse(w, "", chunk(obj{"content": piece}, nil))
				if b.Hang && i == 0 {
					<-r.Context().Done()
					return
				}
			}
		}
		sse(w, "", chunk(obj{}, finish))
		sse(w, "", obj{"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": []obj{}, "usage": openAIUsage})
		io.WriteString(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(srv.Close)
	llm, err := openai.New(
		openai.WithBaseURL(srv.URL+"/v1"),
		openai.WithToken(testKey),
		openai.WithModel("gpt-4o-mini"),
		openai.WithHTTPClient(srv.Client()),
	)
	require.NoError(t, err)
	return llm, rec
}

func newOpenAI(t *testing.T, b chattest.Behavior) chat.Model {
	llm, _ := openAIBackend(t, b)
	return langchaingo.FromModel(llm)
}

func TestOpenAIConformance(t *testing.T) {
	chattest.TestModel(t, newOpenAI)
}

func TestOpenAIRequestAndUsage(t *testing.T) {
	llm, rec := openAIBackend(t, chattest.Behavior{Reply: "fine"})
	m := langchaingo.FromModel(llm)
	temp, topP := 0.2, 0.9
	req := &chat.Request{
		Messages: []chat.Message{
			chat.SystemMessage("Be brief."),
			{Role: chat.RoleUser, Parts: []chat.Part{
				chat.Text{Text: "What is on these?"},
				chat.Media{MIMEType: "image/png", Data: []byte{1, 2, 3}},
				chat.Media{URL: "https://example.com/a.png"},
			}},
		},
		Options: chat.Options{Model: "gpt-4.1", MaxTokens: 50, Temperature: &temp, TopP: &topP, Stop: []string{"END"}},
	}
	for _, stream := range []chat.StreamFunc{nil, func(chat.Chunk) error { return nil }} {
		resp, err := m.Generate(t.Context(), req, stream)
		require.NoError(t, err)
		assert.Equal(t, "fine", resp.Message.Text())
		assert.Equal(t, chat.Usage{InputTokens: 12, OutputTokens: 7}, resp.Usage, "usage with and without streaming")
	}

	body := rec.last(t)
	assert.Equal(t, "gpt-4.1", body["model"], "the request's model wins over the client's")
	assert.EqualValues(t, 50, body["max_completion_tokens"])
	assert.InDelta(t, 0.2, body["temperature"], 1e-9)
	assert.Equal(t, []any{"END"}, body["stop"])
	msgs := body["messages"].([]any)
	require.Len(t, msgs, 2)
	assert.Equal(t, obj{"role": "system", "content": "Be brief."}, msgs[0])
	parts := msgs[1].(obj)["content"].([]any)
	require.Len(t, parts, 3)
	assert.Equal(t, "data:image/png;base64,AQID", parts[1].(obj)["image_url"].(obj)["url"])
	assert.Equal(t, "https://example.com/a.png", parts[2].(obj)["image_url"].(obj)["url"])
}
