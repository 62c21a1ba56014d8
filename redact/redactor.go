package redact

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrDetector is returned (wrapped) when a detector fails or returns
// findings that do not fit the text. Redaction fails closed: nothing is
// returned that could hold an unredacted value.
var ErrDetector = errors.New("redact: detector failed")

// Redactor replaces what a [Detector] finds with what each type's
// [Operator] says, numbering placeholders in a conversation's [Vault]. It
// also replaces every value the vault already holds wherever it appears,
// so a value once detected stays hidden even where the detector would miss
// it (a name echoed without its cue). A Redactor is safe for concurrent
// use.
type Redactor struct {
	detector Detector
	def      Operator
	ops      map[string]Operator
	keyTypes map[string]string
}

// RedactorOption configures [NewRedactor].
type RedactorOption func(*Redactor)

// WithOperator uses op for the given entity types.
func WithOperator(op Operator, types ...string) RedactorOption {
	return func(r *Redactor) {
		for _, t := range types {
			r.ops[t] = op
		}
	}
}

// WithDefaultOperator uses op for types that have no operator of their own.
// The default is [Placeholder].
func WithDefaultOperator(op Operator) RedactorOption {
	return func(r *Redactor) { r.def = op }
}

// WithJSONKeys adds JSON member names that mark their string value as an
// entity of the given type even when the detector finds nothing in it, on
// top of the built-in ones ("email", "phone", "ssn", "card", "iban",
// "password", "token", ...). Names are matched case-insensitively, ignoring
// '_' and '-'.
func WithJSONKeys(keys map[string]string) RedactorOption {
	return func(r *Redactor) {
		for k, t := range keys {
			r.keyTypes[normKey(k)] = t
		}
	}
}

// NewRedactor returns a redactor over d.
func NewRedactor(d Detector, opts ...RedactorOption) *Redactor {
	r := &Redactor{detector: d, def: Placeholder(), ops: map[string]Operator{}, keyTypes: map[string]string{}}
	for k, t := range defaultKeyTypes {
		r.keyTypes[k] = t
	}
	for _, o := range opts {
		o(r)
	}
	return r
}

// defaultKeyTypes maps normalised JSON member names to entity types.
var defaultKeyTypes = map[string]string{
	"email": "EMAIL_ADDRESS", "emailaddress": "EMAIL_ADDRESS", "mail": "EMAIL_ADDRESS",
	"phone": "PHONE_NUMBER", "phonenumber": "PHONE_NUMBER", "mobile": "PHONE_NUMBER", "tel": "PHONE_NUMBER", "telephone": "PHONE_NUMBER",
	"ssn": "US_SSN", "socialsecuritynumber": "US_SSN",
	"card": "CREDIT_CARD", "cardnumber": "CREDIT_CARD", "creditcard": "CREDIT_CARD", "pan": "CREDIT_CARD",
	"iban": "IBAN_CODE",
	"name": "PERSON", "fullname": "PERSON", "firstname": "PERSON", "lastname": "PERSON", "surname": "PERSON",
	"address": "LOCATION", "street": "LOCATION", "streetaddress": "LOCATION",
	"dob": "DATE_OF_BIRTH", "dateofbirth": "DATE_OF_BIRTH", "birthdate": "DATE_OF_BIRTH", "birthday": "DATE_OF_BIRTH",
	"password": "PASSWORD", "passwd": "PASSWORD", "pwd": "PASSWORD", "secret": "API_KEY", "token": "API_KEY", "apikey": "API_KEY",
	"accesstoken": "API_KEY", "refreshtoken": "API_KEY", "clientsecret": "API_KEY",
	"ip": "IP_ADDRESS", "ipaddress": "IP_ADDRESS",
	"passport": "PASSPORT", "passportnumber": "PASSPORT",
}

func normKey(k string) string {
	k = strings.ToLower(k)
	return strings.NewReplacer("_", "", "-", "", " ", "").Replace(k)
}

func (r *Redactor) operator(typ string) Operator {
	if op, ok := r.ops[typ]; ok {
		return op
	}
	return r.def
}

// Redact returns text with every finding replaced, and the findings, with
// offsets into text.
func (r *Redactor) Redact(ctx context.Context, v *Vault, text string) (string, []Finding, error) {
	findings, err := r.find(ctx, v, text)
	if err != nil {
		return "", nil, err
	}
	if len(findings) == 0 {
		return text, nil, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, f := range findings {
		rep, err := r.operator(f.Type).Replace(ctx, v, f.Type, text[f.Start:f.End])
		if err != nil {
			return "", nil, fmt.Errorf("redact: %s: %w", f.Type, err)
		}
		b.WriteString(text[last:f.Start])
		b.WriteString(rep)
		last = f.End
	}
	b.WriteString(text[last:])
	return b.String(), findings, nil
}

// find runs the detector and the vault sweep and returns sorted,
// non-overlapping findings.
func (r *Redactor) find(ctx context.Context, v *Vault, text string) ([]Finding, error) {
	var findings []Finding
	if r.detector != nil {
		found, err := r.detector.Detect(ctx, text)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDetector, err)
		}
		for _, f := range found {
			if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
				return nil, fmt.Errorf("%w: finding of type %s outside the text", ErrDetector, f.Type)
			}
		}
		findings = append(findings, found...)
	}
	for _, e := range v.values() {
		if len(e.Value) < 2 {
			continue
		}
		for off := 0; off < len(text); {
			i := strings.Index(text[off:], e.Value)
			if i < 0 {
				break
			}
			start := off + i
			findings = append(findings, Finding{Type: e.Type, Start: start, End: start + len(e.Value), Score: 1, Recognizer: "vault"})
			off = start + len(e.Value)
		}
	}
	return resolveOverlaps(findings), nil
}

// resolveOverlaps sorts findings by start and keeps, of overlapping ones,
// the one that starts first, the longer on a tie.
func resolveOverlaps(fs []Finding) []Finding {
	if len(fs) < 2 {
		return fs
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := fs[:1]
	for _, f := range fs[1:] {
		last := &out[len(out)-1]
		if f.Start < last.End {
			if f.End > last.End && f.Recognizer != "vault" && last.Recognizer == "vault" {
				// A detector finding that extends a known value wins.
				*last = f
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// RedactJSON redacts every string value of a JSON document, keeping its
// structure, keys and formatting. A member name such as "email" or "ssn"
// marks its value as that type even when the detector finds nothing in it
// (see [WithJSONKeys]). It returns the number of values replaced per type.
// A document that is not valid JSON fails with [ErrInvalidJSON].
func (r *Redactor) RedactJSON(ctx context.Context, v *Vault, doc string) (string, map[string]int, error) {
	counts := map[string]int{}
	out, err := mapJSONStrings(doc, func(key, value string) (string, error) {
		red, findings, err := r.Redact(ctx, v, value)
		if err != nil {
			return "", err
		}
		for _, f := range findings {
			counts[f.Type]++
		}
		if len(findings) > 0 || strings.TrimSpace(value) == "" {
			return red, nil
		}
		if typ, ok := r.keyTypes[normKey(key)]; ok {
			counts[typ]++
			return r.operator(typ).Replace(ctx, v, typ, value)
		}
		return value, nil
	})
	if err != nil {
		return "", nil, err
	}
	return out, counts, nil
}

// restoreJSON restores placeholders in the string values of a JSON
// document; text that is not valid JSON is restored as text.
func restoreJSON(v *Vault, doc string) string {
	out, err := mapJSONStrings(doc, func(_, value string) (string, error) { return v.Restore(value), nil })
	if err != nil {
		return v.Restore(doc)
	}
	return out
}
