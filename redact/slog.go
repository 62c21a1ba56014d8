package redact

import (
	"context"
	"log/slog"
	"strings"
)

// SlogHandler is a [slog.Handler] that redacts log records before the
// handler it wraps sees them: the message, every string attribute value
// (errors and other values are formatted first), in groups too. A value
// found by the detector becomes its type in brackets, [EMAIL_ADDRESS]; an
// attribute whose key names a kind of data ("email", "ssn", "card",
// "password", ...; see [WithJSONKeys]) is replaced whole even when the
// detector finds nothing in it. If detection fails, the value is replaced
// by [REDACTION FAILED]: logs fail closed too.
type SlogHandler struct {
	next slog.Handler
	r    *Redactor
}

// NewSlogHandler wraps next so that everything it writes is redacted by
// r's detector.
//
//	logger := slog.New(redact.NewSlogHandler(slog.NewJSONHandler(os.Stderr, nil), redactor))
func NewSlogHandler(next slog.Handler, r *Redactor) *SlogHandler {
	return &SlogHandler{next: next, r: r}
}

// Enabled implements [slog.Handler].
func (h *SlogHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

// Handle implements [slog.Handler].
func (h *SlogHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, h.text(ctx, rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		if !a.Equal(slog.Attr{}) {
			out.AddAttrs(h.attr(ctx, a))
		}
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs implements [slog.Handler].
func (h *SlogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, 0, len(attrs))
	for _, a := range attrs {
		if !a.Equal(slog.Attr{}) {
			red = append(red, h.attr(context.Background(), a))
		}
	}
	return &SlogHandler{next: h.next.WithAttrs(red), r: h.r}
}

// WithGroup implements [slog.Handler].
func (h *SlogHandler) WithGroup(name string) slog.Handler {
	return &SlogHandler{next: h.next.WithGroup(name), r: h.r}
}

func (h *SlogHandler) attr(ctx context.Context, a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	if v.Kind() == slog.KindGroup {
		group := v.Group()
		red := make([]any, 0, len(group))
		for _, g := range group {
			if !g.Equal(slog.Attr{}) {
				red = append(red, h.attr(ctx, g))
			}
		}
		return slog.Group(a.Key, red...)
	}
	if typ, ok := h.r.keyTypes[normKey(a.Key)]; ok && !v.Equal(slog.StringValue("")) {
		return slog.String(a.Key, "["+typ+"]")
	}
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, h.text(ctx, v.String()))
	case slog.KindAny:
		return slog.String(a.Key, h.text(ctx, v.String()))
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// text replaces each finding in s with its type in brackets.
func (h *SlogHandler) text(ctx context.Context, s string) string {
	if s == "" || h.r.detector == nil {
		return s
	}
	findings, err := h.r.detector.Detect(ctx, s)
	if err != nil {
		return "[REDACTION FAILED]"
	}
	if len(findings) == 0 {
		return s
	}
	findings = resolveOverlaps(append([]Finding(nil), findings...))
	var b strings.Builder
	last := 0
	for _, f := range findings {
		if f.Start < last || f.End > len(s) || f.Start >= f.End {
			return "[REDACTION FAILED]"
		}
		b.WriteString(s[last:f.Start])
		b.WriteString("[" + f.Type + "]")
		last = f.End
	}
	b.WriteString(s[last:])
	return b.String()
}
