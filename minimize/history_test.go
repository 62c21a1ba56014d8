package minimize_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/scripted"
	"github.com/confide-dev/confide/minimize"
)

// transcript builds: system prompt, then n turns of user text, an
// assistant tool call, the tool's result and an assistant answer.
func transcript(n int) []chat.Message {
	msgs := []chat.Message{chat.SystemMessage("sys")}
	for i := range n {
		id := fmt.Sprintf("call-%d", i)
		msgs = append(msgs,
			chat.UserMessage(fmt.Sprintf("question %d", i)),
			chat.Message{Role: chat.RoleAssistant, Parts: []chat.Part{chat.ToolCall{ID: id, Name: "lookup", Arguments: `{"q":1}`}}},
			chat.Message{Role: chat.RoleTool, Parts: []chat.Part{chat.ToolResult{CallID: id, Name: "lookup", Content: fmt.Sprintf("secret result %d", i)}}},
			chat.AssistantMessage(fmt.Sprintf("answer %d", i)),
		)
	}
	return msgs
}

// sent runs req through History(o) and returns what the model received.
func sent(t *testing.T, o minimize.HistoryOptions, msgs []chat.Message) []chat.Message {
	t.Helper()
	model := scripted.New()
	_, err := chat.Chain(model, minimize.History(o)).Generate(context.Background(), &chat.Request{Scope: scope, Messages: msgs}, nil)
	require.NoError(t, err)
	reqs := model.Requests()
	require.Len(t, reqs, 1)
	return reqs[0].Messages
}

func texts(msgs []chat.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		for _, p := range m.Parts {
			switch p := p.(type) {
			case chat.Text:
				b.WriteString(p.Text)
			case chat.ToolCall:
				b.WriteString("call:" + p.ID)
			case chat.ToolResult:
				b.WriteString("result:" + p.CallID + "=" + p.Content)
			}
		}
		b.WriteString("|")
	}
	return b.String()
}

func TestHistoryTurns(t *testing.T) {
	msgs := transcript(5)
	got := sent(t, minimize.HistoryOptions{Turns: 2}, msgs)
	require.Len(t, got, 1+3*4)
	assert.Equal(t, "sys", got[0].Text())
	assert.Equal(t, "question 2", got[1].Text())
	assert.Equal(t, "answer 4", got[len(got)-1].Text())

	// No limits: the request passes unchanged.
	assert.Equal(t, msgs, sent(t, minimize.HistoryOptions{}, msgs))
	assert.Equal(t, msgs, sent(t, minimize.HistoryOptions{Turns: 10}, msgs))
}

func TestHistoryToolResults(t *testing.T) {
	msgs := transcript(4)
	got := sent(t, minimize.HistoryOptions{ToolResultTurns: 2}, msgs)
	s := texts(got)
	for i := range 2 {
		assert.Contains(t, s, fmt.Sprintf("call:call-%d|result:call-%d=%s|", i, i, minimize.DefaultToolMarker), "old output removed, call and IDs kept")
		assert.NotContains(t, s, fmt.Sprintf("secret result %d", i))
	}
	assert.Contains(t, s, "secret result 2")
	assert.Contains(t, s, "secret result 3")
	assert.Len(t, got, len(msgs))

	got = sent(t, minimize.HistoryOptions{ToolResultTurns: 1, ToolMarker: "[gone]"}, msgs)
	s = texts(got)
	assert.Contains(t, s, "result:call-2=[gone]")
	assert.Contains(t, s, "secret result 3")

	// The caller's request is not changed.
	assert.Equal(t, "secret result 0", msgs[3].Parts[0].(chat.ToolResult).Content)
}

func TestHistoryTokenBudget(t *testing.T) {
	msgs := transcript(6)
	turnCost := 0
	for _, m := range msgs[1:5] {
		turnCost += minimize.EstimateTokens(m)
	}
	// Room for two whole past turns, not three.
	got := sent(t, minimize.HistoryOptions{MaxTokens: 3*turnCost - 1}, msgs)
	assert.Equal(t, "sys", got[0].Text())
	assert.Equal(t, "question 3", got[1].Text())
	assert.Len(t, got, 1+3*4)

	// The current turn is sent even when it alone is over the budget.
	got = sent(t, minimize.HistoryOptions{MaxTokens: 1}, msgs)
	assert.Equal(t, "sys", got[0].Text())
	assert.Equal(t, "question 5", got[1].Text())
	assert.Len(t, got, 5)

	// Turns and budget together: the tighter wins.
	got = sent(t, minimize.HistoryOptions{MaxTokens: 100 * turnCost, Turns: 1}, msgs)
	assert.Equal(t, "question 4", got[1].Text())
}

func TestEstimateTokens(t *testing.T) {
	assert.Equal(t, 4, minimize.EstimateTokens(chat.Message{Role: chat.RoleUser}))
	assert.Equal(t, 4+3, minimize.EstimateTokens(chat.UserMessage("0123456789")))
	assert.Equal(t, 4+256, minimize.EstimateTokens(chat.Message{Role: chat.RoleUser, Parts: []chat.Part{chat.Media{MIMEType: "image/png"}}}))
}

func TestHistoryPreamble(t *testing.T) {
	// An assistant greeting before the first customer message is a turn of
	// its own, and system messages in the middle travel with their turn.
	msgs := []chat.Message{
		chat.SystemMessage("sys"),
		chat.AssistantMessage("Hi, I am the bot."),
		chat.UserMessage("q1"), chat.AssistantMessage("a1"),
		chat.SystemMessage("note"),
		chat.UserMessage("q2"),
	}
	got := sent(t, minimize.HistoryOptions{Turns: 1}, msgs)
	assert.Equal(t, "sys|q1|a1|note|q2|", texts(got))
	got = sent(t, minimize.HistoryOptions{Turns: 2}, msgs)
	assert.Equal(t, texts(msgs), texts(got))
}

// Once a turn or a tool output has been left out, later calls of the same
// conversation never send it again.
func TestHistoryNeverResends(t *testing.T) {
	ctx := context.Background()
	model := scripted.New(
		scripted.Rule{Contains: "look", Tool: &chat.ToolCall{Name: "lookup", Arguments: `{}`}, AfterTool: "found {result}"},
		scripted.Rule{Reply: "ok"},
	).WithRecorded(1000)
	n := 0
	lookup := chat.Tool{Name: "lookup", Run: func(context.Context, string) (string, error) {
		n++
		return fmt.Sprintf("output-%02d %s", n, strings.Repeat("x", 200*(n%3))), nil
	}}
	conv, err := chat.NewConversation(model, scope,
		chat.WithSystemPrompt("sys"),
		chat.WithTools(lookup),
		chat.WithMiddleware(minimize.History(minimize.HistoryOptions{MaxTokens: 120, ToolResultTurns: 2})))
	require.NoError(t, err)
	for i := range 12 {
		msg := fmt.Sprintf("turn-%02d please look", i)
		if i%2 == 1 {
			msg = fmt.Sprintf("turn-%02d %s", i, strings.Repeat("y", 30*(i%4)))
		}
		_, err := conv.Send(ctx, msg)
		require.NoError(t, err)
	}

	sentBefore, gone := map[string]bool{}, map[string]bool{}
	for _, r := range model.Requests() {
		require.Equal(t, "sys", r.Messages[0].Text(), "system stays first")
		s := texts(r.Messages)
		for i := range 12 {
			for _, marker := range []string{fmt.Sprintf("turn-%02d", i), fmt.Sprintf("output-%02d", i+1)} {
				present := strings.Contains(s, marker)
				assert.False(t, present && gone[marker], "%s sent again after it was left out", marker)
				if present {
					sentBefore[marker] = true
				} else if sentBefore[marker] {
					gone[marker] = true
				}
			}
		}
	}
	assert.NotEmpty(t, gone, "the limits did remove something")
}
