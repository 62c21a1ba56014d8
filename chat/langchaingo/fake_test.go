package langchaingo_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/chat/chattest"
	"github.com/stretchr/testify/assert"
)

// testKey is the API key the fake backends expect.
const testKey = "test-key"

// answer is what a fake backend replies to a request: b's tool call until
// the request holds a tool result (result non-nil), then the result echoed.
func answer(b chattest.Behavior, result *string) (string, *chat.ToolCall) {
	switch {
	case result != nil:
		return chattest.ToolReplyPrefix + *result, nil
	case b.ToolCall != nil:
		return "", b.ToolCall
	}
	return b.Reply, nil
}

// thirds cuts s in three pieces, the way a stream delivers fragments.
func thirds(s string) []string {
	n := len(s) / 3
	return []string{s[:n], s[n : 2*n], s[2*n:]}
}

// words cuts text into the pieces a backend streams: word by word.
func words(text string) []string { return strings.SplitAfter(text, " ") }

// recorder keeps the request bodies a fake backend received.
type recorder struct {
	mu     sync.Mutex
	bodies [][]byte
}

func (r *recorder) add(b []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bodies = append(r.bodies, b)
}

// last returns the last request body, decoded into a map.
func (r *recorder) last(t *testing.T) map[string]any {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	var m map[string]any
	if assert.NotEmpty(t, r.bodies) {
		assert.NoError(t, json.Unmarshal(r.bodies[len(r.bodies)-1], &m))
	}
	return m
}

// sse writes server-sent events; event is omitted when empty (OpenAI).
func sse(w http.ResponseWriter, event string, data any) {
	if event != "" {
		fmt.Fprintf(w, "event: %s\n", event)
	}
	b, err := json.Marshal(data)
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(w, "data: %s\n\n", b)
	w.(http.Flusher).Flush()
}

// obj is a JSON object literal.
type obj = map[string]any
