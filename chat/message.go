package chat

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Role says who wrote a [Message].
type Role string

// The roles of a conversation.
const (
	RoleSystem    Role = "system"
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
	RoleTool      Role = "tool"
)

// Valid reports whether r is one of the four roles.
func (r Role) Valid() bool {
	switch r {
	case RoleSystem, RoleUser, RoleAssistant, RoleTool:
		return true
	}
	return false
}

// Part is one piece of a [Message]: [Text], [ToolCall], [ToolResult] or
// [Media]. The set is closed so that every middleware can handle every part.
type Part interface {
	isPart()
}

// Text is a part of plain text.
type Text struct {
	Text string
}

// ToolCall is the model asking to run a tool. Arguments is a JSON object as
// text, exactly as the model produced it.
type ToolCall struct {
	ID        string
	Name      string
	Arguments string
}

// ToolResult is the output of a tool, sent back to the model. CallID names
// the [ToolCall] it answers.
type ToolResult struct {
	CallID  string
	Name    string
	Content string
	// IsError marks a result that reports a failure of the tool.
	IsError bool
}

// Media is an image or other binary content, inline (Data) or by URL.
type Media struct {
	MIMEType string
	Data     []byte
	URL      string
}

func (Text) isPart()       {}
func (ToolCall) isPart()   {}
func (ToolResult) isPart() {}
func (Media) isPart()      {}

// Message is one turn of a conversation: a role and its parts.
type Message struct {
	Role  Role
	Parts []Part
}

// SystemMessage returns a system message of one text part.
func SystemMessage(text string) Message { return TextMessage(RoleSystem, text) }

// UserMessage returns a user message of one text part.
func UserMessage(text string) Message { return TextMessage(RoleUser, text) }

// AssistantMessage returns an assistant message of one text part.
func AssistantMessage(text string) Message { return TextMessage(RoleAssistant, text) }

// TextMessage returns a message of one text part.
func TextMessage(role Role, text string) Message {
	return Message{Role: role, Parts: []Part{Text{Text: text}}}
}

// Text returns the concatenation of the message's text parts.
func (m Message) Text() string {
	if len(m.Parts) == 1 {
		if t, ok := m.Parts[0].(Text); ok {
			return t.Text
		}
	}
	var b strings.Builder
	for _, p := range m.Parts {
		if t, ok := p.(Text); ok {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// ToolCalls returns the message's tool calls, in order.
func (m Message) ToolCalls() []ToolCall {
	var calls []ToolCall
	for _, p := range m.Parts {
		if c, ok := p.(ToolCall); ok {
			calls = append(calls, c)
		}
	}
	return calls
}

// Clone returns a deep copy of m, so that a middleware can rewrite parts
// without touching the caller's message.
func (m Message) Clone() Message {
	c := Message{Role: m.Role, Parts: make([]Part, len(m.Parts))}
	for i, p := range m.Parts {
		if md, ok := p.(Media); ok && md.Data != nil {
			md.Data = append([]byte(nil), md.Data...)
			p = md
		}
		c.Parts[i] = p
	}
	return c
}

// ErrInvalidMessage is returned (wrapped) for a message that cannot be
// decoded or sent.
var ErrInvalidMessage = errors.New("chat: invalid message")

// wirePart is the JSON form of a Part: a type tag and the fields of that type.
type wirePart struct {
	Type      string `json:"type"`
	Text      string `json:"text,omitempty"`
	ID        string `json:"id,omitempty"`
	Name      string `json:"name,omitempty"`
	Arguments string `json:"arguments,omitempty"`
	CallID    string `json:"call_id,omitempty"`
	Content   string `json:"content,omitempty"`
	IsError   bool   `json:"is_error,omitempty"`
	MIMEType  string `json:"mime_type,omitempty"`
	Data      []byte `json:"data,omitempty"`
	URL       string `json:"url,omitempty"`
}

type wireMessage struct {
	Role  Role       `json:"role"`
	Parts []wirePart `json:"parts"`
}

// MarshalJSON encodes m as {"role": ..., "parts": [{"type": "text", ...}]}.
// This is the transcript format that stores persist.
func (m Message) MarshalJSON() ([]byte, error) {
	w := wireMessage{Role: m.Role, Parts: make([]wirePart, 0, len(m.Parts))}
	for _, p := range m.Parts {
		switch p := p.(type) {
		case Text:
			w.Parts = append(w.Parts, wirePart{Type: "text", Text: p.Text})
		case ToolCall:
			w.Parts = append(w.Parts, wirePart{Type: "tool_call", ID: p.ID, Name: p.Name, Arguments: p.Arguments})
		case ToolResult:
			w.Parts = append(w.Parts, wirePart{Type: "tool_result", CallID: p.CallID, Name: p.Name, Content: p.Content, IsError: p.IsError})
		case Media:
			w.Parts = append(w.Parts, wirePart{Type: "media", MIMEType: p.MIMEType, Data: p.Data, URL: p.URL})
		default:
			return nil, fmt.Errorf("%w: unknown part type %T", ErrInvalidMessage, p)
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes the form written by [Message.MarshalJSON].
func (m *Message) UnmarshalJSON(b []byte) error {
	var w wireMessage
	if err := json.Unmarshal(b, &w); err != nil {
		// json's errors can quote the message's characters: say where, not what.
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%w: malformed JSON at byte %d", ErrInvalidMessage, se.Offset)
		}
		return fmt.Errorf("%w: not a message object", ErrInvalidMessage)
	}
	if !w.Role.Valid() {
		return fmt.Errorf("%w: unknown role", ErrInvalidMessage)
	}
	parts := make([]Part, 0, len(w.Parts))
	for i, p := range w.Parts {
		switch p.Type {
		case "text":
			parts = append(parts, Text{Text: p.Text})
		case "tool_call":
			parts = append(parts, ToolCall{ID: p.ID, Name: p.Name, Arguments: p.Arguments})
		case "tool_result":
			parts = append(parts, ToolResult{CallID: p.CallID, Name: p.Name, Content: p.Content, IsError: p.IsError})
		case "media":
			parts = append(parts, Media{MIMEType: p.MIMEType, Data: p.Data, URL: p.URL})
		default:
			return fmt.Errorf("%w: part %d has unknown type", ErrInvalidMessage, i)
		}
	}
	m.Role, m.Parts = w.Role, parts
	return nil
}
