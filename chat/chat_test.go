package chat_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var scope = chat.Scope{Tenant: "acme", Subject: "cust-42", Conversation: "conv-7"}

func TestMemoryStoreConformance(t *testing.T) {
	chattest.TestStore(t, func(t *testing.T) chat.Store { return chat.NewMemoryStore() })
}

func TestMemoryStoreClosed(t *testing.T) {
	s := chat.NewMemoryStore()
	require.NoError(t, s.Close())
	assert.ErrorIs(t, s.Append(context.Background(), scope, chat.UserMessage("x")), chat.ErrStoreClosed)
	_, err := s.Load(context.Background(), scope)
	assert.ErrorIs(t, err, chat.ErrStoreClosed)
}

func TestScopeValidate(t *testing.T) {
	long := strings.Repeat("a", chat.MaxIDLength+1)
	tests := []struct {
		name  string
		scope chat.Scope
		ok    bool
	}{
		{"valid", scope, true},
		{"allowed punctuation", chat.Scope{Tenant: "a.b", Subject: "u:1@x", Conversation: "c-1_2"}, true},
		{"empty tenant", chat.Scope{Subject: "s", Conversation: "c"}, false},
		{"empty conversation", chat.Scope{Tenant: "t", Subject: "s"}, false},
		{"too long", chat.Scope{Tenant: "t", Subject: long, Conversation: "c"}, false},
		{"slash", chat.Scope{Tenant: "t/../x", Subject: "s", Conversation: "c"}, false},
		{"space", chat.Scope{Tenant: "t", Subject: "john smith", Conversation: "c"}, false},
		{"invalid utf8", chat.Scope{Tenant: "t", Subject: "\xff", Conversation: "c"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.scope.Validate()
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, chat.ErrInvalidScope)
			assert.NotContains(t, err.Error(), "john", "errors never echo the value")
		})
	}
}

func TestMessageJSONRoundTrip(t *testing.T) {
	msg := chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{
		chat.Text{Text: "hi"},
		chat.ToolCall{ID: "1", Name: "f", Arguments: `{"a":1}`},
		chat.ToolResult{CallID: "1", Name: "f", Content: "ok", IsError: true},
		chat.Media{MIMEType: "image/png", Data: []byte{1, 2, 3}},
	}}
	b, err := json.Marshal(msg)
	require.NoError(t, err)
	var got chat.Message
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, msg, got)

	for _, bad := range []string{`{"role":"robot","parts":[]}`, `{"role":"user","parts":[{"type":"video"}]}`} {
		assert.ErrorIs(t, json.Unmarshal([]byte(bad), &got), chat.ErrInvalidMessage)
	}
}

func TestChainOrderAndToolWrapping(t *testing.T) {
	var trace []string
	layer := func(name string) chat.Middleware {
		return func(next chat.Model) chat.Model {
			return &chat.Layer{
				Next: next,
				OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
					trace = append(trace, name+" in")
					resp, err := next.Generate(ctx, req, stream)
					trace = append(trace, name+" out")
					return resp, err
				},
				OnTool: func(run chat.ToolFunc) chat.ToolFunc {
					return func(ctx context.Context, s chat.Scope, call chat.ToolCall) (chat.ToolResult, error) {
						trace = append(trace, name+" tool")
						return run(ctx, s, call)
					}
				},
			}
		}
	}
	model := scripted.New(scripted.Rule{Tool: &chat.ToolCall{Name: "noop", Arguments: `{}`}, Reply: "done"})
	conv, err := chat.NewConversation(model, scope,
		chat.WithMiddleware(layer("outer"), layer("inner")),
		chat.WithTools(chat.Tool{Name: "noop", Run: func(ctx context.Context, args string) (string, error) {
			trace = append(trace, "tool")
			return "ok", nil
		}}))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "go")
	require.NoError(t, err)
	assert.Equal(t, []string{
		"outer in", "inner in", "inner out", "outer out",
		"outer tool", "inner tool", "tool",
		"outer in", "inner in", "inner out", "outer out",
	}, trace)
}

func TestToolLoop(t *testing.T) {
	ctx := context.Background()
	model := scripted.Support()
	var gotScope chat.Scope
	lookup := chat.Tool{
		Name:        "order_status",
		Description: "Looks up an order by number.",
		Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string"}},"required":["order"]}`),
		Run: func(ctx context.Context, args string) (string, error) {
			gotScope, _ = chat.ScopeFromContext(ctx)
			var a struct{ Order string }
			if err := json.Unmarshal([]byte(args), &a); err != nil {
				return "", err
			}
			return "shipped on Monday", nil
		},
	}
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(model, scope, chat.WithTools(lookup), chat.WithStore(store))
	require.NoError(t, err)
	reply, err := conv.Send(ctx, "Where is order A-1001?")
	require.NoError(t, err)
	assert.Equal(t, "Order A-1001: shipped on Monday. Is there anything else I can help with?", reply.Text)
	assert.Equal(t, scope, gotScope, "the tool sees the conversation's scope")
	roles := []chat.Role{}
	for _, m := range reply.Messages {
		roles = append(roles, m.Role)
	}
	assert.Equal(t, []chat.Role{chat.RoleUser, chat.RoleAssistant, chat.RoleTool, chat.RoleAssistant}, roles)
	stored, err := store.Load(ctx, scope)
	require.NoError(t, err)
	assert.Equal(t, reply.Messages, stored)
}

func TestToolErrorsAndUnknownTools(t *testing.T) {
	ctx := context.Background()
	model := scripted.New(
		scripted.Rule{Contains: "fail", Tool: &chat.ToolCall{Name: "broken", Arguments: `{}`}, AfterTool: "{result}"},
		scripted.Rule{Contains: "ghost", Tool: &chat.ToolCall{Name: "ghost", Arguments: `{}`}, AfterTool: "{result}"},
		scripted.Rule{Contains: "json", Tool: &chat.ToolCall{Name: "broken", Arguments: `{not json`}, AfterTool: "{result}"},
	)
	broken := chat.Tool{Name: "broken", Run: func(context.Context, string) (string, error) { return "", errors.New("disk full") }}
	conv, err := chat.NewConversation(model, scope, chat.WithTools(broken))
	require.NoError(t, err)

	reply, err := conv.Send(ctx, "fail please")
	require.NoError(t, err)
	assert.Equal(t, "tool failed: disk full", reply.Text)
	assert.True(t, reply.Messages[2].Parts[0].(chat.ToolResult).IsError)

	reply, err = conv.Send(ctx, "bad json")
	require.NoError(t, err)
	assert.Equal(t, "arguments are not valid JSON", reply.Text)

	// The model asks for a tool the conversation does not have (the
	// scripted model only calls offered tools, so a raw model does).
	raw := chat.ModelFunc(func(ctx context.Context, req *chat.Request, s chat.StreamFunc) (*chat.Response, error) {
		if len(req.Messages) > 0 && req.Messages[len(req.Messages)-1].Role == chat.RoleTool {
			return &chat.Response{Message: chat.AssistantMessage(req.Messages[len(req.Messages)-1].Parts[0].(chat.ToolResult).Content)}, nil
		}
		return &chat.Response{Message: chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: "x", Name: "ghost", Arguments: "{}"}}}}, nil
	})
	conv2, err := chat.NewConversation(raw, scope)
	require.NoError(t, err)
	reply, err = conv2.Send(ctx, "ghost")
	require.NoError(t, err)
	assert.Equal(t, "unknown tool", reply.Text)
}

func TestToolRoundsBounded(t *testing.T) {
	ctx := context.Background()
	loop := chat.ModelFunc(func(ctx context.Context, req *chat.Request, s chat.StreamFunc) (*chat.Response, error) {
		return &chat.Response{Message: chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: "x", Name: "again", Arguments: "{}"}}}}, nil
	})
	store := chat.NewMemoryStore()
	runs := 0
	conv, err := chat.NewConversation(loop, scope, chat.WithStore(store), chat.WithMaxToolRounds(3),
		chat.WithTools(chat.Tool{Name: "again", Run: func(context.Context, string) (string, error) { runs++; return "", nil }}))
	require.NoError(t, err)
	_, err = conv.Send(ctx, "loop forever")
	require.ErrorIs(t, err, chat.ErrToolRounds)
	assert.Equal(t, 3, runs)
	stored, err := store.Load(ctx, scope)
	require.NoError(t, err)
	assert.Empty(t, stored, "a failed turn stores nothing")
}

func TestStreamAndSendStoreTheSameTranscript(t *testing.T) {
	ctx := context.Background()
	tool := chat.Tool{Name: "order_status", Run: func(context.Context, string) (string, error) { return "in transit", nil }}
	transcript := func(stream bool) []chat.Message {
		store := chat.NewMemoryStore()
		conv, err := chat.NewConversation(scripted.Support(), scope, chat.WithStore(store), chat.WithTools(tool))
		require.NoError(t, err)
		var streamed strings.Builder
		for _, text := range []string{"Hello", "Where is order B-777?", "thanks!"} {
			var reply *chat.Reply
			if stream {
				streamed.Reset()
				reply, err = conv.Stream(ctx, text, func(c chat.Chunk) error {
					streamed.WriteString(c.Text)
					return nil
				})
				require.NoError(t, err)
				assert.True(t, strings.HasSuffix(streamed.String(), reply.Text), "the streamed text ends with the final reply")
			} else {
				reply, err = conv.Send(ctx, text)
				require.NoError(t, err)
			}
			assert.NotEmpty(t, reply.Text)
		}
		msgs, err := store.Load(ctx, scope)
		require.NoError(t, err)
		return msgs
	}
	sent, streamed := transcript(false), transcript(true)
	assert.Len(t, sent, 8)
	assert.Equal(t, sent, streamed)
}

func TestCancelMidStreamStoresNothing(t *testing.T) {
	store := chat.NewMemoryStore()
	model := scripted.New(scripted.Rule{Reply: "one two three four five"})
	conv, err := chat.NewConversation(model, scope, chat.WithStore(store))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "first")
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	chunks := 0
	_, err = conv.Stream(ctx, "second", func(chat.Chunk) error {
		chunks++
		if chunks == 2 {
			cancel()
		}
		return nil
	})
	require.ErrorIs(t, err, context.Canceled)
	stored, err := store.Load(context.Background(), scope)
	require.NoError(t, err)
	assert.Len(t, stored, 2, "only the first, complete turn is stored")
	hist, err := conv.History(context.Background())
	require.NoError(t, err)
	assert.Len(t, hist, 2, "the history is as before the cancelled turn")

	stop := errors.New("client went away")
	_, err = conv.Stream(context.Background(), "third", func(chat.Chunk) error { return stop })
	require.ErrorIs(t, err, stop)
	stored, err = store.Load(context.Background(), scope)
	require.NoError(t, err)
	assert.Len(t, stored, 2)
}

func TestFailedStoreLosesNothingAndKeepsHistory(t *testing.T) {
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(scripted.New(scripted.Rule{Reply: "ok"}), scope, chat.WithStore(store))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "one")
	require.NoError(t, err)
	require.NoError(t, store.Close())
	_, err = conv.Send(context.Background(), "two")
	require.ErrorIs(t, err, chat.ErrStoreClosed)
	hist, err := conv.History(context.Background())
	require.NoError(t, err)
	assert.Len(t, hist, 2, "a turn that could not be stored is not in the history")
}

func TestResumeFromStoreAndBoundedHistory(t *testing.T) {
	ctx := context.Background()
	store := chat.NewMemoryStore()
	model := scripted.New(scripted.Rule{Reply: "ok"})
	conv, err := chat.NewConversation(model, scope, chat.WithStore(store), chat.WithHistoryTurns(3))
	require.NoError(t, err)
	for i := range 5 {
		_, err := conv.Send(ctx, fmt.Sprintf("msg %d", i))
		require.NoError(t, err)
	}
	resumed, err := chat.NewConversation(model, scope, chat.WithStore(store), chat.WithHistoryTurns(3), chat.WithSystemPrompt("be kind"))
	require.NoError(t, err)
	_, err = resumed.Send(ctx, "msg 5")
	require.NoError(t, err)
	reqs := model.Requests()
	last := reqs[len(reqs)-1]
	var texts []string
	for _, m := range last.Messages {
		texts = append(texts, m.Text())
	}
	assert.Equal(t, []string{"be kind", "msg 2", "ok", "msg 3", "ok", "msg 4", "ok", "msg 5"}, texts)
	all, err := store.Load(ctx, scope)
	require.NoError(t, err)
	assert.Len(t, all, 12, "the store keeps every turn")
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	model := scripted.New()
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(model, scope, chat.WithStore(store), chat.WithMaxMessageBytes(16))
	require.NoError(t, err)
	_, err = conv.Send(ctx, "bad \xff utf8")
	assert.ErrorIs(t, err, chat.ErrInvalidMessage)
	_, err = conv.Send(ctx, strings.Repeat("x", 17))
	assert.ErrorIs(t, err, chat.ErrMessageTooLarge)
	_, err = conv.SendMessage(ctx, chat.AssistantMessage("hi"), nil)
	assert.ErrorIs(t, err, chat.ErrInvalidMessage)
	_, err = conv.SendMessage(ctx, chat.Message{Role: chat.RoleUser}, nil)
	assert.ErrorIs(t, err, chat.ErrInvalidMessage)
	assert.Empty(t, model.Requests(), "nothing reached the model")

	_, err = chat.NewConversation(model, chat.Scope{})
	assert.ErrorIs(t, err, chat.ErrInvalidScope)
	_, err = chat.NewConversation(nil, scope)
	assert.Error(t, err)
	_, err = chat.NewConversation(model, scope, chat.WithTools(chat.Tool{Name: "x"}))
	assert.Error(t, err)
	_, err = chat.NewConversation(model, scope, chat.WithTools(chat.Tool{Name: "x", Parameters: json.RawMessage("{"), Run: func(context.Context, string) (string, error) { return "", nil }}))
	assert.Error(t, err)
	_, err = chat.NewConversation(model, scope, chat.WithHistoryTurns(0))
	assert.Error(t, err)
}

func TestConcurrentTurnsAreSerialized(t *testing.T) {
	ctx := context.Background()
	store := chat.NewMemoryStore()
	conv, err := chat.NewConversation(scripted.New(scripted.Rule{Reply: "ok"}), scope, chat.WithStore(store))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := conv.Send(ctx, fmt.Sprintf("m%d", i))
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	msgs, err := store.Load(ctx, scope)
	require.NoError(t, err)
	require.Len(t, msgs, 20)
	for i := 0; i < 20; i += 2 {
		assert.Equal(t, chat.RoleUser, msgs[i].Role)
		assert.Equal(t, chat.RoleAssistant, msgs[i+1].Role)
	}
}

func TestMiddlewareCanRefuse(t *testing.T) {
	refused := errors.New("no consent")
	store := chat.NewMemoryStore()
	model := scripted.New()
	gate := func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(context.Context, *chat.Request, chat.StreamFunc) (*chat.Response, error) {
			return nil, refused
		}}
	}
	conv, err := chat.NewConversation(model, scope, chat.WithStore(store), chat.WithMiddleware(gate))
	require.NoError(t, err)
	_, err = conv.Send(context.Background(), "hello")
	require.ErrorIs(t, err, refused)
	assert.Empty(t, model.Requests())
	msgs, err := store.Load(context.Background(), scope)
	require.NoError(t, err)
	assert.Empty(t, msgs)
}

func TestMessageJSONErrorsQuoteNothing(t *testing.T) {
	var m chat.Message
	err := json.Unmarshal([]byte(`{"role":"user","parts":[{"type":"text","text":"jo@example.org" oops}]}`), &m)
	require.Error(t, err)
	err = m.UnmarshalJSON([]byte(`{"role":"user","parts":[{"type":"text","text":"jo@example.org"} x]}`))
	require.ErrorIs(t, err, chat.ErrInvalidMessage)
	assert.False(t, strings.Contains(err.Error(), "jo@"), "the error says where, not what")
}
