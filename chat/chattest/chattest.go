// Package chattest holds conformance suites, in the manner of
// testing/slogtest: [TestModel] for any [chat.Model] adapter and
// [TestStore] for any [chat.Store]. A new adapter or store proves it follows
// the contract by passing the suite in its own tests.
package chattest

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/confide-dev/confide/chat"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Behavior says what the backend behind the model under test must do for
// one case of [TestModel]. The factory given to TestModel wires it into the
// backend: for an HTTP provider, a local test server that speaks the
// provider's wire format; for the scripted model, its rules.
type Behavior struct {
	// Reply is the text the backend answers. Where the backend streams, it
	// sends the text in several pieces.
	Reply string
	// ToolCall, when set, is what the backend answers instead of Reply as
	// long as the request holds no tool result; once it does, the backend
	// answers ToolReplyPrefix followed by the tool result's content.
	ToolCall *chat.ToolCall
	// Fail makes the backend fail the call (an HTTP 500, say).
	Fail bool
	// Hang makes the backend send the first piece of Reply and then wait
	// until the request is cancelled.
	Hang bool
}

// ToolReplyPrefix starts the backend's answer to a tool result (see
// [Behavior]).
const ToolReplyPrefix = "tool said: "

// NewModel builds the model under test over a backend that behaves as b.
type NewModel func(t *testing.T, b Behavior) chat.Model

var testScope = chat.Scope{Tenant: "t1", Subject: "s1", Conversation: "c1"}

// TestModel runs the model conformance suite: a plain reply, streaming
// equal to not streaming, a tool call round trip, cancellation, and error
// propagation.
func TestModel(t *testing.T, newModel NewModel) {
	t.Helper()
	const reply = "Your order shipped on Monday and should arrive by Thursday."
	request := func() *chat.Request {
		return &chat.Request{
			Scope:    testScope,
			Messages: []chat.Message{chat.SystemMessage("You are a support agent."), chat.UserMessage("Where is my order?")},
		}
	}

	t.Run("PlainReply", func(t *testing.T) {
		m := newModel(t, Behavior{Reply: reply})
		resp, err := m.Generate(context.Background(), request(), nil)
		require.NoError(t, err)
		require.NotNil(t, resp)
		assert.Equal(t, chat.RoleAssistant, resp.Message.Role)
		assert.Equal(t, reply, resp.Message.Text())
		assert.Empty(t, resp.Message.ToolCalls())
		assert.Equal(t, chat.FinishStop, resp.FinishReason)
	})

	t.Run("StreamEqualsGenerate", func(t *testing.T) {
		m := newModel(t, Behavior{Reply: reply})
		plain, err := m.Generate(context.Background(), request(), nil)
		require.NoError(t, err)
		var chunks []string
		streamed, err := m.Generate(context.Background(), request(), func(c chat.Chunk) error {
			assert.Nil(t, c.ToolCall, "a text reply streams no tool call")
			chunks = append(chunks, c.Text)
			return nil
		})
		require.NoError(t, err)
		assert.Equal(t, plain.Message.Text(), streamed.Message.Text())
		assert.Equal(t, reply, strings.Join(chunks, ""), "the chunks add up to the reply")
		assert.Equal(t, plain.FinishReason, streamed.FinishReason)
	})

	t.Run("ToolCallRoundTrip", func(t *testing.T) {
		call := &chat.ToolCall{ID: "call_1", Name: "order_status", Arguments: `{"order":"A-1001","detail":{"lines":[1,2],"note":"say \"hi\""}}`}
		m := newModel(t, Behavior{Reply: reply, ToolCall: call})
		req := request()
		req.Tools = []chat.ToolSpec{{
			Name:        "order_status",
			Description: "Looks up an order.",
			Parameters:  json.RawMessage(`{"type":"object","properties":{"order":{"type":"string"}}}`),
		}}
		for _, streaming := range []bool{false, true} {
			var streamedCalls []chat.ToolCall
			var stream chat.StreamFunc
			if streaming {
				stream = func(c chat.Chunk) error {
					if c.ToolCall != nil {
						streamedCalls = append(streamedCalls, *c.ToolCall)
					} else {
						assert.NotContains(t, c.Text, "order_status", "tool call data must not leak into text chunks")
					}
					return nil
				}
			}
			resp, err := m.Generate(context.Background(), req, stream)
			require.NoError(t, err)
			calls := resp.Message.ToolCalls()
			require.Len(t, calls, 1)
			assert.Equal(t, call.ID, calls[0].ID)
			assert.Equal(t, call.Name, calls[0].Name)
			assert.JSONEq(t, call.Arguments, calls[0].Arguments)
			assert.Equal(t, chat.FinishToolCalls, resp.FinishReason)
			if streaming {
				require.Len(t, streamedCalls, 1, "a tool call is streamed whole, once")
				assert.JSONEq(t, call.Arguments, streamedCalls[0].Arguments)
			}
		}

		resp, err := m.Generate(context.Background(), req, nil)
		require.NoError(t, err)
		next := req.Clone()
		next.Messages = append(next.Messages, resp.Message, chat.Message{
			Role:  chat.RoleTool,
			Parts: []chat.Part{chat.ToolResult{CallID: call.ID, Name: call.Name, Content: "shipped"}},
		})
		final, err := m.Generate(context.Background(), next, nil)
		require.NoError(t, err)
		assert.Equal(t, ToolReplyPrefix+"shipped", final.Message.Text())
	})

	t.Run("Cancellation", func(t *testing.T) {
		m := newModel(t, Behavior{Reply: reply, Hang: true})
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := make(chan error, 1)
		go func() {
			_, err := m.Generate(ctx, request(), func(chat.Chunk) error {
				cancel()
				return nil
			})
			done <- err
		}()
		select {
		case err := <-done:
			require.Error(t, err)
			assert.ErrorIs(t, err, context.Canceled)
		case <-time.After(10 * time.Second):
			t.Fatal("the model did not return after its context was cancelled")
		}

		cancelled, stop := context.WithCancel(context.Background())
		stop()
		_, err := newModel(t, Behavior{Reply: reply}).Generate(cancelled, request(), nil)
		assert.ErrorIs(t, err, context.Canceled, "an already cancelled context fails the call")
	})

	t.Run("StreamErrorStops", func(t *testing.T) {
		m := newModel(t, Behavior{Reply: reply})
		stop := errors.New("reader went away")
		calls := 0
		_, err := m.Generate(context.Background(), request(), func(chat.Chunk) error {
			calls++
			return stop
		})
		assert.ErrorIs(t, err, stop)
		assert.Equal(t, 1, calls, "no chunk after the stream function failed")
	})

	t.Run("BackendError", func(t *testing.T) {
		m := newModel(t, Behavior{Reply: reply, Fail: true})
		resp, err := m.Generate(context.Background(), request(), nil)
		assert.Error(t, err)
		assert.Nil(t, resp)
		_, err = m.Generate(context.Background(), request(), func(chat.Chunk) error { return nil })
		assert.Error(t, err, "a failed backend fails a streamed call too")
	})
}
