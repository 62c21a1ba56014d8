package minimize

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/confide-dev/confide/chat"
)

// Loader returns the record that describes the customer of a conversation,
// usually a struct with minimize tags, or nil when there is none.
type Loader func(ctx context.Context, scope chat.Scope) (any, error)

// DefaultProfileHeading is the first line of the profile message unless
// [WithHeading] says otherwise.
const DefaultProfileHeading = "Customer profile (only the fields this conversation may use; the rest is withheld):"

// ProfileOption configures [Profile].
type ProfileOption func(*profile)

// WithHeading sets the line that introduces the profile to the model.
func WithHeading(h string) ProfileOption {
	return func(p *profile) { p.heading = h }
}

// AsLines writes the profile as "key: value" lines, sorted by key, instead
// of one line of compact JSON. Strings holding line breaks or other control
// characters are written JSON-quoted, so a value cannot forge a line.
func AsLines() ProfileOption {
	return func(p *profile) { p.lines = true }
}

type profile struct {
	m       *Minimizer
	load    Loader
	purpose string
	heading string
	lines   bool
	err     error
}

// Profile is [Minimizer.Profile] with the [Default] Minimizer.
func Profile(load Loader, purpose string, opts ...ProfileOption) chat.Middleware {
	return Default().Profile(load, purpose, opts...)
}

// Profile returns a middleware that tells the model about the customer,
// minimized for purpose: on every call it loads the customer's record with
// load, takes its [Minimizer.View] for purpose (date shifting keyed on the
// scope's subject), and adds it as a system message after the leading
// system messages, so the model sees the plan tier and the first name but
// not the address and the birthday.
//
// It fails closed: if load fails, the record's policy is invalid, or a
// generalizer fails, the model is not called and the error is returned.
// A nil record adds nothing. The profile message is built afresh for each
// call and never enters the transcript, so a field the policy drops is
// never sent, not even from an earlier turn. load runs on every model call
// (a turn with tools makes several): cache in it if it is expensive.
func (m *Minimizer) Profile(load Loader, purpose string, opts ...ProfileOption) chat.Middleware {
	p := &profile{m: m, load: load, purpose: purpose, heading: DefaultProfileHeading}
	for _, o := range opts {
		o(p)
	}
	switch {
	case load == nil:
		p.err = errors.New("minimize: profile: nil loader")
	case ValidatePurpose(purpose) != nil:
		p.err = fmt.Errorf("minimize: profile: %w", ValidatePurpose(purpose))
	}
	return func(next chat.Model) chat.Model {
		return &chat.Layer{Next: next, OnGenerate: func(ctx context.Context, req *chat.Request, stream chat.StreamFunc) (*chat.Response, error) {
			out, err := p.request(ctx, req)
			if err != nil {
				return nil, err
			}
			return next.Generate(ctx, out, stream)
		}}
	}
}

func (p *profile) request(ctx context.Context, req *chat.Request) (*chat.Request, error) {
	if p.err != nil {
		return nil, p.err
	}
	rec, err := p.load(ctx, req.Scope)
	if err != nil {
		return nil, fmt.Errorf("minimize: profile: load: %w", err)
	}
	if isNil(rec) {
		return req, nil
	}
	view, err := p.m.View(rec, p.purpose, ForSubject(req.Scope.Subject))
	if err != nil {
		return nil, fmt.Errorf("minimize: profile: %w", err)
	}
	body, err := p.format(view)
	if err != nil {
		return nil, fmt.Errorf("minimize: profile: %w", err)
	}
	text := body
	if p.heading != "" {
		text = p.heading + "\n" + body
	}
	out := req.Clone()
	i := 0
	for i < len(out.Messages) && out.Messages[i].Role == chat.RoleSystem {
		i++
	}
	out.Messages = slices.Insert(out.Messages, i, chat.SystemMessage(text))
	return out, nil
}

func (p *profile) format(view map[string]any) (string, error) {
	if !p.lines {
		return compactJSON(view)
	}
	keys := make([]string, 0, len(view))
	for k := range view {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('\n')
		}
		v, err := lineValue(view[k])
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	return b.String(), nil
}

func lineValue(v any) (string, error) {
	if s, ok := v.(string); ok && !strings.ContainsFunc(s, unicode.IsControl) {
		return s, nil
	}
	return compactJSON(v)
}

// compactJSON encodes v on one line, without escaping <, > and &, which
// would only confuse the model.
func compactJSON(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// json errors name types, not values.
		return "", fmt.Errorf("encode: %w", err)
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		return rv.IsNil()
	}
	return false
}
