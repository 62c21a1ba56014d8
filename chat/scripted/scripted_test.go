package scripted_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConformance(t *testing.T) {
	chattest.TestModel(t, func(t *testing.T, b chattest.Behavior) chat.Model {
		r := scripted.Rule{Reply: b.Reply, Hang: b.Hang}
		if b.Fail {
			r.Err = errors.New("backend failed")
		}
		if b.ToolCall != nil {
			r.Tool = b.ToolCall
			r.AfterTool = chattest.ToolReplyPrefix + "{result}"
		}
		return scripted.New(r)
	})
}

func TestRulesAndTemplates(t *testing.T) {
	ctx := context.Background()
	m := scripted.Support()
	scope := chat.Scope{Tenant: "t", Subject: "s", Conversation: "c"}
	tests := []struct {
		name, input, want string
	}{
		{"greeting", "Hello there", "Hello! How can I help you today?"},
		{"refund", "How do I get a REFUND?", "Refunds go back to the original payment method within 5 business days."},
		{"match template", "please change my email to jo@example.org", "Thanks, I have noted jo@example.org as your contact email. You will get a confirmation there shortly."},
		{"fallback", "Qwerty", "I can help with orders, refunds and account questions."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := m.Generate(ctx, &chat.Request{Scope: scope, Messages: []chat.Message{chat.UserMessage(tt.input)}}, nil)
			require.NoError(t, err)
			assert.Equal(t, tt.want, resp.Message.Text())
		})
	}
}

func TestToolOnlyWhenOffered(t *testing.T) {
	m := scripted.Support()
	req := &chat.Request{Messages: []chat.Message{chat.UserMessage("where is order A-1234")}}
	resp, err := m.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	assert.Empty(t, resp.Message.ToolCalls(), "no tool call when the request offers no tool")
	assert.Equal(t, "Let me look up order A-1234.", resp.Message.Text())

	req.Tools = []chat.ToolSpec{{Name: "order_status"}}
	resp, err = m.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	calls := resp.Message.ToolCalls()
	require.Len(t, calls, 1)
	assert.JSONEq(t, `{"order":"A-1234"}`, calls[0].Arguments)
}

func TestArgumentsAreJSONEscaped(t *testing.T) {
	m := scripted.New(scripted.Rule{Tool: &chat.ToolCall{Name: "echo", Arguments: `{"q":"{input}"}`}})
	req := &chat.Request{
		Messages: []chat.Message{chat.UserMessage("a \"quoted\"\\ line\nand a tab\t")},
		Tools:    []chat.ToolSpec{{Name: "echo"}},
	}
	resp, err := m.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	calls := resp.Message.ToolCalls()
	require.Len(t, calls, 1)
	assert.JSONEq(t, `{"q":"a \"quoted\"\\ line\nand a tab\t"}`, calls[0].Arguments)
}

func TestStreamsWordByWordAndMaxTokens(t *testing.T) {
	m := scripted.New(scripted.Rule{Reply: "one two  three four"})
	req := &chat.Request{Messages: []chat.Message{chat.UserMessage("x")}}
	var chunks []string
	resp, err := m.Generate(context.Background(), req, func(c chat.Chunk) error {
		chunks = append(chunks, c.Text)
		return nil
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"one", " two", "  three", " four"}, chunks)
	assert.Equal(t, resp.Message.Text(), strings.Join(chunks, ""))

	req.Options.MaxTokens = 2
	resp, err = m.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	assert.Equal(t, "one two", resp.Message.Text())
	assert.Equal(t, chat.FinishLength, resp.FinishReason)
}

func TestRecordsWhatItSaw(t *testing.T) {
	m := scripted.New()
	_, err := m.Generate(context.Background(), &chat.Request{Messages: []chat.Message{
		chat.SystemMessage("sys"), chat.UserMessage("hello"),
	}}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"sys", "hello"}, m.Seen())
	require.Len(t, m.Requests(), 1)
}

func TestRecordingIsBounded(t *testing.T) {
	m := scripted.New().WithRecorded(2)
	for _, text := range []string{"a", "b", "c"} {
		_, err := m.Generate(context.Background(), &chat.Request{Messages: []chat.Message{chat.UserMessage(text)}}, nil)
		require.NoError(t, err)
	}
	assert.Equal(t, []string{"b", "c"}, m.Seen())
	m.WithRecorded(0)
	_, err := m.Generate(context.Background(), &chat.Request{Messages: []chat.Message{chat.UserMessage("d")}}, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"b", "c"}, m.Seen())
}
