package minimize

import (
	"context"

	"github.com/confide-dev/confide/chat"
)

// DefaultToolMarker replaces the content of tool results that
// [HistoryOptions.ToolResultTurns] removes.
const DefaultToolMarker = "[tool output removed]"

// HistoryOptions say how much of the conversation [History] sends. A turn
// starts at a customer (user) message and runs to the next one; the
// current turn, the one ending the request, is always sent whole. Zero
// fields mean no limit.
type HistoryOptions struct {
	// Turns keeps at most this many turns before the current one.
	Turns int
	// MaxTokens keeps the most recent whole turns whose estimated tokens
	// (see TokenCount) add up to at most this, the current turn and the
	// leading system messages aside. Tool output counts at full size even
	// where ToolResultTurns removes it: a turn's cost then never changes,
	// so a turn left out once stays out in later calls.
	MaxTokens int
	// ToolResultTurns keeps the contents of tool results only in the
	// current turn and the ToolResultTurns-1 turns before it; older ones
	// are replaced by ToolMarker. The tool calls, and the IDs and names of
	// the results, stay, so the exchange remains well formed. 1 keeps
	// tool output of the current turn only.
	ToolResultTurns int
	// ToolMarker replaces removed tool output; "" means DefaultToolMarker.
	ToolMarker string
	// TokenCount estimates a message's tokens; nil means EstimateTokens.
	TokenCount func(chat.Message) int
}

// EstimateTokens estimates the tokens of a message without a tokenizer:
// a quarter of the bytes of its text, tool-call names and arguments and
// tool-result contents, rounded up, plus 4 for the message's framing, plus
// 256 for each media part. For English text this is within about 20% of
// the common BPE tokenizers; pass your own to HistoryOptions.TokenCount
// for exact budgets.
func EstimateTokens(m chat.Message) int {
	bytes, media := 0, 0
	for _, p := range m.Parts {
		switch p := p.(type) {
		case chat.Text:
			bytes += len(p.Text)
		case chat.ToolCall:
			bytes += len(p.Name) + len(p.Arguments)
		case chat.ToolResult:
			bytes += len(p.Name) + len(p.Content)
		case chat.Media:
			media++
		}
	}
	return (bytes+3)/4 + 4 + 256*media
}

// History returns a middleware that trims the history sent to the model:
// the system messages that open the request stay first and whole, then
// come the most recent turns that fit o, with old tool output replaced by
// a marker. It cuts only between turns, so a tool result is never sent
// without its call. The transcript itself is not changed.
//
// Because each limit counts back from the end of a transcript that only
// grows, a turn or tool output removed once is never sent again in later
// calls of the conversation.
func History(o HistoryOptions) chat.Middleware {
	if o.ToolMarker == "" {
		o.ToolMarker = DefaultToolMarker
	}
	if o.TokenCount == nil {
		o.TokenCount = EstimateTokens
	}
	return func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			return next.Generate(ctx, o.trim(req), stream)
		}}
	}
}

// trim returns req with its history trimmed, or req itself when nothing
// needs to change.
func (o HistoryOptions) trim(req *chat.Request) *chat.Request {
	msgs := req.Messages
	lead := 0
	for lead < len(msgs) && msgs[lead].Role == chat.RoleSystem {
		lead++
	}
	// starts[i] is where turn i begins; anything before the first user
	// message counts as a turn of its own.
	var starts []int
	for i := lead; i < len(msgs); i++ {
		if msgs[i].Role == chat.RoleUser || i == lead {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		return req
	}
	end := func(t int) int {
		if t+1 < len(starts) {
			return starts[t+1]
		}
		return len(msgs)
	}
	cur := len(starts) - 1

	first := 0 // the oldest turn kept
	if o.Turns > 0 && cur-o.Turns > first {
		first = cur - o.Turns
	}
	// Tool output is removed from turns older than this.
	toolFrom := -1
	if o.ToolResultTurns > 0 {
		toolFrom = cur - o.ToolResultTurns + 1
	}
	if o.MaxTokens > 0 {
		budget := o.MaxTokens
		t := cur - 1
		for ; t >= first; t-- {
			cost := 0
			for _, m := range msgs[starts[t]:end(t)] {
				cost += o.TokenCount(m)
			}
			if cost > budget {
				break
			}
			budget -= cost
		}
		first = t + 1
	}

	changed := first > 0
	for t := first; t < toolFrom && !changed; t++ {
		for _, m := range msgs[starts[t]:end(t)] {
			if hasToolResult(m) {
				changed = true
			}
		}
	}
	if !changed {
		return req
	}
	out := *req
	out.Messages = make([]chat.Message, 0, lead+len(msgs)-starts[first])
	out.Messages = append(out.Messages, msgs[:lead]...)
	for t := first; t <= cur; t++ {
		for _, m := range msgs[starts[t]:end(t)] {
			out.Messages = append(out.Messages, o.stripTools(m, t < toolFrom))
		}
	}
	return &out
}

// stripTools returns m with the contents of its tool results replaced by
// the marker when strip is set. m itself is not changed.
func (o HistoryOptions) stripTools(m chat.Message, strip bool) chat.Message {
	if !strip || !hasToolResult(m) {
		return m
	}
	c := chat.Message{Role: m.Role, Parts: make([]chat.Part, len(m.Parts))}
	for i, p := range m.Parts {
		if r, ok := p.(chat.ToolResult); ok {
			r.Content = o.ToolMarker
			p = r
		}
		c.Parts[i] = p
	}
	return c
}

func hasToolResult(m chat.Message) bool {
	for _, p := range m.Parts {
		if _, ok := p.(chat.ToolResult); ok {
			return true
		}
	}
	return false
}
