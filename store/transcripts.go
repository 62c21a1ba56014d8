package store

import (
	"context"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/confide-dev/confide/chat"
)

// MaxMessageSize bounds the JSON encoding of one message (inline media
// included) that [TranscriptStore.Append] accepts: 32 MiB.
const MaxMessageSize = 32 << 20

// TranscriptStore is the [chat.Store] of a [DB]: each message is encoded as
// JSON ([chat.Message.MarshalJSON]) and sealed under
// encrypt.Binding{Tenant, Subject, Conversation, Kind: "message", Seq: its
// index in the transcript}, in the table confide_messages. Only the
// ciphertext, the scope IDs, the index and the time of the append are
// stored. Get one from [DB.Transcripts]; it is safe for concurrent use.
type TranscriptStore struct {
	r records
}

var _ chat.Store = (*TranscriptStore)(nil)

// Append implements [chat.Store]. All the messages are stored in one
// transaction, after the scope's last message, or none is. Concurrent
// appends to one conversation, from this process or others, are ordered
// one after the other. It fails with [chat.ErrInvalidMessage] for a
// message of an unknown role, with a string that is not valid UTF-8 (JSON
// would silently replace it) or longer than [MaxMessageSize], and with
// [encrypt.ErrForgotten] for a forgotten subject.
func (t *TranscriptStore) Append(ctx context.Context, scope chat.Scope, msgs ...chat.Message) error {
	if err := t.r.check(ctx, scope); err != nil {
		return fmt.Errorf("store: append: %w", err)
	}
	plain := make([][]byte, len(msgs))
	for i, m := range msgs {
		b, err := encodeMessage(m)
		if err != nil {
			return fmt.Errorf("store: append: message %d: %w", i, err)
		}
		plain[i] = b
	}
	defer func() {
		for _, b := range plain {
			clear(b)
		}
	}()
	if err := t.r.append(ctx, scope, plain); err != nil {
		return fmt.Errorf("store: append: %w", err)
	}
	return nil
}

func encodeMessage(m chat.Message) ([]byte, error) {
	if !m.Role.Valid() {
		return nil, fmt.Errorf("%w: unknown role", chat.ErrInvalidMessage)
	}
	for j, p := range m.Parts {
		var fields []string
		switch p := p.(type) {
		case chat.Text:
			fields = []string{p.Text}
		case chat.ToolCall:
			fields = []string{p.ID, p.Name, p.Arguments}
		case chat.ToolResult:
			fields = []string{p.CallID, p.Name, p.Content}
		case chat.Media:
			fields = []string{p.MIMEType, p.URL}
		}
		for _, f := range fields {
			if !utf8.ValidString(f) {
				return nil, fmt.Errorf("%w: part %d is not valid UTF-8", chat.ErrInvalidMessage, j)
			}
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if len(b) > MaxMessageSize {
		return nil, fmt.Errorf("%w: %d bytes encoded, more than %d", chat.ErrInvalidMessage, len(b), MaxMessageSize)
	}
	return b, nil
}

// Load implements [chat.Store]. It opens every message; if one does not
// open it fails with a [*RecordError] that wraps the cause, such as
// [encrypt.ErrForgotten] once the subject was forgotten, or
// [encrypt.ErrTampered] for a record altered, moved or reordered in the
// database.
func (t *TranscriptStore) Load(ctx context.Context, scope chat.Scope) ([]chat.Message, error) {
	if err := t.r.check(ctx, scope); err != nil {
		return nil, fmt.Errorf("store: load: %w", err)
	}
	plain, err := t.r.load(ctx, scope)
	if err != nil {
		return nil, fmt.Errorf("store: load: %w", err)
	}
	out := make([]chat.Message, len(plain))
	for i, b := range plain {
		err := json.Unmarshal(b, &out[i])
		clear(b)
		if err != nil {
			// The JSON error may quote the text: keep only its kind.
			return nil, fmt.Errorf("store: load: %w", &RecordError{Kind: "message", Seq: uint64(i), Err: fmt.Errorf("%w: undecodable message", chat.ErrInvalidMessage)})
		}
	}
	return out, nil
}

// Delete implements [chat.Store]. The rows are deleted; with SQLite's
// secure_delete their bytes are zeroed in the file too.
func (t *TranscriptStore) Delete(ctx context.Context, scope chat.Scope) error {
	if err := t.r.check(ctx, scope); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	if err := t.r.delete(ctx, scope); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	return nil
}
