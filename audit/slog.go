package audit

import (
	"context"
	"encoding/base64"
	"log/slog"
	"slices"
	"sync"
	"time"
)

// SlogSink writes each event and checkpoint as a structured log record, so
// that the audit trail also reaches wherever the logs go (a SIEM, a log
// archive): an off-site copy of the checkpoints is what lets a verifier
// notice a log that was cut short together with its checkpoints.
//
// With a next sink, events are chained and stored by it and the record
// shows them as stored. Without one, the SlogSink chains events itself,
// in memory, from Seq 1 in each process: each process's records then form
// their own chains. Records carry IDs, types, counts and hashes only.
//
// A SlogSink is safe for concurrent use. It is not a [Reader].
type SlogSink struct {
	logger *slog.Logger
	next   Sink

	mu    sync.Mutex
	heads map[string]Head
}

// NewSlogSink returns a sink logging to logger (slog.Default() if nil),
// in front of next (nil for none).
func NewSlogSink(logger *slog.Logger, next Sink) *SlogSink {
	if logger == nil {
		logger = slog.Default()
	}
	return &SlogSink{logger: logger, next: next, heads: make(map[string]Head)}
}

// Append implements [Sink]. It logs at level Info with the message
// "confide.audit.event".
func (s *SlogSink) Append(ctx context.Context, e Event) (Event, error) {
	if err := ctx.Err(); err != nil {
		return Event{}, err
	}
	var out Event
	var err error
	if s.next != nil {
		if out, err = s.next.Append(ctx, e); err != nil {
			return Event{}, err
		}
	} else {
		s.mu.Lock()
		out, err = Link(s.heads[e.Scope.Tenant], e)
		if err == nil {
			s.heads[e.Scope.Tenant] = out.Head()
		}
		s.mu.Unlock()
		if err != nil {
			return Event{}, err
		}
	}
	s.logger.LogAttrs(ctx, slog.LevelInfo, "confide.audit.event", EventAttrs(out)...)
	return out, nil
}

// AppendCheckpoint implements [Sink]. It logs at level Info with the
// message "confide.audit.checkpoint".
func (s *SlogSink) AppendCheckpoint(ctx context.Context, c Checkpoint) error {
	if s.next != nil {
		if err := s.next.AppendCheckpoint(ctx, c); err != nil {
			return err
		}
	}
	s.logger.LogAttrs(ctx, slog.LevelInfo, "confide.audit.checkpoint",
		slog.String("tenant", c.Tenant), slog.Uint64("seq", c.Seq), slog.String("hash", c.Hash.String()),
		slog.Time("time", c.Time), slog.String("signature", base64.StdEncoding.EncodeToString(c.Signature)))
	return nil
}

// EventAttrs returns e as slog attributes, for handlers and sinks of
// your own. Names match the event's JSON.
func EventAttrs(e Event) []slog.Attr {
	attrs := []slog.Attr{
		slog.String("tenant", e.Scope.Tenant),
		slog.Uint64("seq", e.Seq),
		slog.String("operation", string(e.Operation)),
		slog.String("decision", string(e.Decision)),
	}
	if e.Scope.Subject != "" {
		attrs = append(attrs, slog.String("subject", e.Scope.Subject))
	}
	if e.Scope.Conversation != "" {
		attrs = append(attrs, slog.String("conversation", e.Scope.Conversation))
	}
	if e.Reason != "" {
		attrs = append(attrs, slog.String("reason", string(e.Reason)))
	}
	if len(e.Purposes) > 0 {
		attrs = append(attrs, slog.Any("purposes", slices.Clone(e.Purposes)))
	}
	if len(e.Refused) > 0 {
		attrs = append(attrs, slog.Any("refused", slices.Clone(e.Refused)))
	}
	if len(e.PII) > 0 {
		types := make([]string, 0, len(e.PII))
		for t := range e.PII {
			types = append(types, t)
		}
		slices.Sort(types)
		pii := make([]any, 0, len(types))
		for _, t := range types {
			pii = append(pii, slog.Int(t, e.PII[t]))
		}
		attrs = append(attrs, slog.Group("pii", pii...))
	}
	if len(e.Keys) > 0 {
		attrs = append(attrs, slog.Any("keys", slices.Clone(e.Keys)))
	}
	if e.Tool != "" {
		attrs = append(attrs, slog.String("tool", e.Tool))
	}
	for _, t := range []struct {
		name string
		at   time.Time
	}{{"requested_at", e.RequestedAt}, {"completed_at", e.CompletedAt}} {
		if !t.at.IsZero() {
			attrs = append(attrs, slog.Time(t.name, t.at))
		}
	}
	return append(attrs,
		slog.Time("time", e.Time),
		slog.String("prev", e.Prev.String()),
		slog.String("hash", e.Hash.String()))
}
