package minimize

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"sync"
	"time"
)

// Errors returned (wrapped) by this package. Their messages name types,
// fields, purposes and generalizers, never the values of fields.
var (
	// ErrPolicy means a type's minimize tags are malformed, name an unknown
	// generalizer, or ask for something the field's type cannot do. It is
	// returned at the first use of the type, whatever the value.
	ErrPolicy = errors.New("minimize: invalid policy")
	// ErrPurpose means a purpose is empty or not of the form name(.name)*.
	ErrPurpose = errors.New("minimize: invalid purpose")
	// ErrGeneralize means a generalizer or redactor could not handle a
	// value (a ZIP code that is not one, a negative age), or returned a
	// result the field of [Apply]'s copy cannot hold.
	ErrGeneralize = errors.New("minimize: cannot generalize")
)

// Redactor replaces a value with a redacted form for redact(type) rules.
// typ is the name written in the tag, for example "email". An error fails
// the call: nothing is returned rather than the raw value, which is how a
// redactor backed by a vault fails closed. Implementations must not put
// value in their errors.
type Redactor func(typ, value string) (string, error)

// TypeRedactor is the default [Redactor]: it replaces every value with its
// type in capitals and brackets, so redact(email) gives "[EMAIL]".
func TypeRedactor(typ, _ string) (string, error) {
	return "[" + strings.ToUpper(typ) + "]", nil
}

// Minimizer applies the field policies of struct tags. It holds the
// generalizers that tags may name, the [Redactor], and a cache of parsed
// policies per type. A Minimizer is immutable once made and safe for
// concurrent use.
type Minimizer struct {
	gens     map[string]Generalizer
	redactor Redactor
	now      func() time.Time
	policies sync.Map // reflect.Type -> *typePolicy
}

// Option configures a [Minimizer].
type Option func(*Minimizer) error

// WithGeneralizer makes g available to tags as generalize(name). A name of
// a built-in generalizer replaces it, so you can, say, use your own age
// bands. Names are made of lower-case letters, digits and underscores.
func WithGeneralizer(name string, g Generalizer) Option {
	return func(m *Minimizer) error {
		if !validName(name) {
			return fmt.Errorf("minimize: generalizer name %q: use lower-case letters, digits and underscores", name)
		}
		if g == nil {
			return fmt.Errorf("minimize: generalizer %q is nil", name)
		}
		m.gens[name] = g
		return nil
	}
}

// WithRedactor sets the function behind redact(type) rules; the default is
// [TypeRedactor].
func WithRedactor(r Redactor) Option {
	return func(m *Minimizer) error {
		if r == nil {
			return errors.New("minimize: nil redactor")
		}
		m.redactor = r
		return nil
	}
}

// WithDateShift enables the date_shift generalizer with s. Without it a tag
// naming date_shift is refused, since shifting needs a secret key.
func WithDateShift(s *DateShifter) Option {
	return func(m *Minimizer) error {
		if s == nil {
			return errors.New("minimize: nil date shifter")
		}
		m.gens["date_shift"] = s.Generalizer()
		return nil
	}
}

// WithClock sets the clock that birth_year uses to tell who is 90 or older;
// the default is time.Now.
func WithClock(now func() time.Time) Option {
	return func(m *Minimizer) error {
		if now == nil {
			return errors.New("minimize: nil clock")
		}
		m.now = now
		return nil
	}
}

// New returns a Minimizer with the built-in generalizers (listed in the
// package documentation), [TypeRedactor], and the options applied.
func New(opts ...Option) (*Minimizer, error) {
	m := &Minimizer{redactor: TypeRedactor, now: time.Now}
	m.gens = maps.Clone(builtins(func() time.Time { return m.now() }))
	for _, o := range opts {
		if err := o(m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

var defaultMinimizer = sync.OnceValue(func() *Minimizer {
	m, err := New()
	if err != nil {
		panic(err) // New without options cannot fail.
	}
	return m
})

// Default returns the Minimizer behind the package-level functions: the
// built-in generalizers, [TypeRedactor], and no date shifting.
func Default() *Minimizer { return defaultMinimizer() }

// CallOption tunes one call of [Apply], [View] or their methods.
type CallOption func(*call)

type call struct {
	subject string
}

// ForSubject tells generalizers whose data the value is: date_shift shifts
// every date of one subject by the same number of days. id should be a
// stable internal ID, such as chat.Scope.Subject, not a name or an email.
func ForSubject(id string) CallOption {
	return func(c *call) { c.subject = id }
}

// Apply returns a copy of v for purpose using the [Default] Minimizer: the
// same type, with every field the purpose may not see set to its zero value
// and generalized or redacted fields replaced. See [Minimizer.Copy].
func Apply[T any](v T, purpose string, opts ...CallOption) (T, error) {
	return ApplyWith(Default(), v, purpose, opts...)
}

// ApplyWith is [Apply] with the Minimizer m.
func ApplyWith[T any](m *Minimizer, v T, purpose string, opts ...CallOption) (T, error) {
	var zero T
	out, err := m.Copy(v, purpose, opts...)
	if err != nil {
		return zero, err
	}
	if out == nil {
		return zero, nil
	}
	return out.(T), nil
}

// View returns the fields of v that purpose may see, generalized or
// redacted as its policy says, as a map ready for encoding/json: what goes
// into a prompt. It uses the [Default] Minimizer; see [Minimizer.View].
func View(v any, purpose string, opts ...CallOption) (map[string]any, error) {
	return Default().View(v, purpose, opts...)
}

// View returns the fields of v, a struct or a pointer to one, that purpose
// may see, keyed by their JSON names (the Go name when there is no json
// tag). Nested structs become maps, slices and arrays []any, maps
// map[string]any; fields of embedded structs are merged into their
// parent's map, as encoding/json does. A nil pointer gives a nil map.
func (m *Minimizer) View(v any, purpose string, opts ...CallOption) (map[string]any, error) {
	w, err := m.walker(purpose, opts)
	if err != nil {
		return nil, err
	}
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return nil, nil
		}
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct || isLeaf(rv.Type()) {
		return nil, fmt.Errorf("%w: View needs a struct, not %s", ErrPolicy, typeName(reflect.TypeOf(v)))
	}
	out := make(map[string]any)
	if err := w.viewStruct(rv, out, 0); err != nil {
		return nil, err
	}
	return out, nil
}

// Copy returns a minimized copy of v for purpose, of the same dynamic type:
// a struct, a pointer to one, or a slice, array or map of them. Fields the
// purpose may not see are zero; kept fields are deep copies, so changing
// the copy never changes v. A generalizer whose result the field cannot
// hold (age_band yields a string, so not into an int field) fails with
// [ErrGeneralize]: use [Minimizer.View] for such policies, or a field of a
// type that can hold the result.
func (m *Minimizer) Copy(v any, purpose string, opts ...CallOption) (any, error) {
	w, err := m.walker(purpose, opts)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, nil
	}
	rv := reflect.ValueOf(v)
	if err := m.checkType(rv.Type()); err != nil {
		return nil, err
	}
	if lt := leafOf(rv.Type()); lt.Kind() != reflect.Struct || isLeaf(lt) {
		return nil, fmt.Errorf("%w: Copy needs a struct or a pointer, slice or map of structs, not %s", ErrPolicy, typeName(rv.Type()))
	}
	out, err := w.copyValue(rv, keepAction, site{}, 0)
	if err != nil {
		return nil, err
	}
	return out.Interface(), nil
}

func (m *Minimizer) walker(purpose string, opts []CallOption) (walker, error) {
	if err := ValidatePurpose(purpose); err != nil {
		return walker{}, err
	}
	w := walker{m: m, purpose: purpose}
	for _, o := range opts {
		o(&w.call)
	}
	return w, nil
}

// Check parses and validates the policy of v's type (a struct, or a
// pointer, slice or map of structs; v may also be a reflect.Type) and of
// every struct type it holds, without minimizing anything. Call it from a test or at start-up to find
// a malformed tag before the first customer does.
func (m *Minimizer) Check(v any) error {
	if v == nil {
		return fmt.Errorf("%w: Check needs a value", ErrPolicy)
	}
	t, ok := v.(reflect.Type)
	if !ok {
		t = reflect.TypeOf(v)
	}
	return m.checkType(t)
}

func (m *Minimizer) checkType(t reflect.Type) error {
	t = leafOf(t)
	if t.Kind() == reflect.Struct && !isLeaf(t) {
		_, err := m.policy(t)
		return err
	}
	return nil
}

// ValidatePurpose reports whether p is a valid purpose for a call: one or
// more names of lower-case letters, digits, '_' and '-', separated by dots,
// such as "support" or "essential.service".
func ValidatePurpose(p string) error {
	if p == "" {
		return fmt.Errorf("%w: empty", ErrPurpose)
	}
	if len(p) > 128 {
		return fmt.Errorf("%w: longer than 128 bytes", ErrPurpose)
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '.':
			if i == 0 || i == len(p)-1 || p[i-1] == '.' {
				return fmt.Errorf("%w: %q has an empty segment", ErrPurpose, p)
			}
		case !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'):
			return fmt.Errorf("%w: %q: use lower-case letters, digits, '_' and '-', separated by dots", ErrPurpose, p)
		}
	}
	return nil
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func typeName(t reflect.Type) string {
	if t == nil {
		return "nil"
	}
	return t.String()
}
