package minimize

import (
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The tag key this package reads.
const tagKey = "minimize"

type actionKind uint8

const (
	actDrop actionKind = iota
	actKeep
	actGeneralize
	actRedact
)

// action is what one rule does to a field.
type action struct {
	kind actionKind
	name string // generalizer name or redaction type
	arg  string
	gen  GeneralizeFunc
}

func (a *action) String() string {
	switch a.kind {
	case actKeep:
		return "keep"
	case actGeneralize:
		if a.arg != "" {
			return "generalize(" + a.name + ":" + a.arg + ")"
		}
		return "generalize(" + a.name + ")"
	case actRedact:
		return "redact(" + a.name + ")"
	}
	return "drop"
}

var keepAction = &action{kind: actKeep}

// fieldPolicy is the parsed tag of one field.
type fieldPolicy struct {
	index    int
	name     string // Go name, for errors
	key      string // View key
	embedded bool   // a struct merged into its parent's View
	// rules maps purposes ("*" for any) to actions; nil means keep, for
	// an untagged embedded struct whose own fields carry the policy.
	rules map[string]*action
}

func (f *fieldPolicy) resolve(purpose string) *action {
	if f.rules == nil {
		return keepAction
	}
	for p := purpose; ; {
		if a, ok := f.rules[p]; ok {
			return a
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
	if a, ok := f.rules["*"]; ok {
		return a
	}
	return nil // untagged for this purpose: dropped
}

type step struct {
	f   *fieldPolicy
	act *action
}

// typePolicy is the parsed policy of a struct type, with the resolved
// plans of the purposes it has been used for.
type typePolicy struct {
	typ    reflect.Type
	fields []fieldPolicy
	err    error
	plans  sync.Map // purpose -> []step
	nplans atomic.Int32
}

// maxPlans bounds the purposes cached per type, in case purposes come from
// somewhere unbounded; past it plans are resolved on every call.
const maxPlans = 256

func (p *typePolicy) plan(purpose string) []step {
	if v, ok := p.plans.Load(purpose); ok {
		return v.([]step)
	}
	var steps []step
	for i := range p.fields {
		f := &p.fields[i]
		if a := f.resolve(purpose); a != nil && a.kind != actDrop {
			steps = append(steps, step{f: f, act: a})
		}
	}
	// Embedded structs first, so that in a View the outer fields win, as
	// with encoding/json.
	sort.SliceStable(steps, func(i, j int) bool { return steps[i].f.embedded && !steps[j].f.embedded })
	if p.nplans.Add(1) <= maxPlans {
		p.plans.Store(purpose, steps)
	}
	return steps
}

// policy returns the parsed policy of the struct type t, parsing it (and
// every struct type it holds) at first use.
func (m *Minimizer) policy(t reflect.Type) (*typePolicy, error) {
	if v, ok := m.policies.Load(t); ok {
		p := v.(*typePolicy)
		return p, p.err
	}
	p := m.parseType(t, make(map[reflect.Type]bool))
	return p, p.err
}

func (m *Minimizer) parseType(t reflect.Type, visiting map[reflect.Type]bool) *typePolicy {
	if v, ok := m.policies.Load(t); ok {
		return v.(*typePolicy)
	}
	visiting[t] = true
	p := &typePolicy{typ: t}
	p.err = m.parseFields(p, visiting)
	delete(visiting, t)
	actual, _ := m.policies.LoadOrStore(t, p)
	return actual.(*typePolicy)
}

func (m *Minimizer) parseFields(p *typePolicy, visiting map[reflect.Type]bool) error {
	t := p.typ
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		tag, tagged := sf.Tag.Lookup(tagKey)
		where := t.String() + "." + sf.Name
		if !sf.IsExported() {
			if tagged {
				return fmt.Errorf("%w: %s: unexported fields cannot be minimized; export it or remove the tag", ErrPolicy, where)
			}
			continue
		}
		elem := leafOf(sf.Type)
		nested := elem.Kind() == reflect.Struct && !isLeaf(elem)
		f := fieldPolicy{index: i, name: sf.Name, key: viewKey(sf), embedded: sf.Anonymous && nested}
		switch {
		case !tagged && f.embedded:
			// The embedded struct's own tags decide for its fields.
			if err := m.checkNested(elem, visiting); err != nil {
				return err
			}
		case !tagged:
			continue // untagged: dropped for every purpose
		default:
			rules, err := m.parseTag(where, sf.Type, tag, visiting)
			if err != nil {
				return err
			}
			f.rules = rules
		}
		p.fields = append(p.fields, f)
	}
	return nil
}

func (m *Minimizer) checkNested(t reflect.Type, visiting map[reflect.Type]bool) error {
	if visiting[t] {
		return nil // being parsed further up: checked there
	}
	return m.parseType(t, visiting).err
}

// parseTag parses one field's tag:
//
//	tag     = "-" | rule { ";" rule }
//	rule    = purpose { "," purpose } "=" action
//	purpose = "*" | name { "." name }
//	action  = "keep" | "drop" | "generalize(" name [ ":" arg ] ")" | "redact(" name ")"
func (m *Minimizer) parseTag(where string, ft reflect.Type, tag string, visiting map[reflect.Type]bool) (map[string]*action, error) {
	if strings.TrimSpace(tag) == "-" {
		return map[string]*action{"*": {kind: actDrop}}, nil
	}
	rules := make(map[string]*action)
	for rule := range strings.SplitSeq(tag, ";") {
		rule = strings.TrimSpace(rule)
		if rule == "" {
			continue
		}
		lhs, rhs, ok := strings.Cut(rule, "=")
		if !ok {
			return nil, fmt.Errorf("%w: %s: rule %q has no '=' (want purpose=action)", ErrPolicy, where, rule)
		}
		a, err := m.parseAction(where, ft, strings.TrimSpace(rhs), visiting)
		if err != nil {
			return nil, err
		}
		for p := range strings.SplitSeq(lhs, ",") {
			p = strings.TrimSpace(p)
			if p != "*" {
				if err := ValidatePurpose(p); err != nil {
					return nil, fmt.Errorf("%w: %s: %w", ErrPolicy, where, err)
				}
			}
			if _, dup := rules[p]; dup {
				return nil, fmt.Errorf("%w: %s: purpose %q has two rules", ErrPolicy, where, p)
			}
			rules[p] = a
		}
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("%w: %s: empty tag (write minimize:\"-\" to drop the field everywhere)", ErrPolicy, where)
	}
	return rules, nil
}

func (m *Minimizer) parseAction(where string, ft reflect.Type, s string, visiting map[reflect.Type]bool) (*action, error) {
	elem := leafOf(ft)
	var a *action
	switch {
	case s == "keep":
		a = &action{kind: actKeep}
	case s == "drop":
		return &action{kind: actDrop}, nil
	case strings.HasPrefix(s, "generalize(") && strings.HasSuffix(s, ")"):
		name, arg, _ := strings.Cut(s[len("generalize("):len(s)-1], ":")
		a = &action{kind: actGeneralize, name: strings.TrimSpace(name), arg: strings.TrimSpace(arg)}
	case strings.HasPrefix(s, "redact(") && strings.HasSuffix(s, ")"):
		a = &action{kind: actRedact, name: strings.TrimSpace(s[len("redact(") : len(s)-1])}
	default:
		return nil, fmt.Errorf("%w: %s: unknown action %q (want keep, drop, generalize(name) or redact(type))", ErrPolicy, where, s)
	}

	switch a.kind {
	case actKeep:
		switch elem.Kind() {
		case reflect.Chan, reflect.Func, reflect.UnsafePointer:
			return nil, fmt.Errorf("%w: %s: a %s field holds no data to keep", ErrPolicy, where, elem.Kind())
		case reflect.Struct:
			if !isLeaf(elem) {
				if err := m.checkNested(elem, visiting); err != nil {
					return nil, err
				}
			}
		}
	case actGeneralize:
		if elem.Kind() == reflect.Interface || elem.Kind() == reflect.Struct && !isLeaf(elem) {
			return nil, fmt.Errorf("%w: %s: %s needs a value, not %s: tag the fields of the struct instead", ErrPolicy, where, a, elem)
		}
		g, ok := m.gens[a.name]
		if !ok {
			hint := ""
			if a.name == "date_shift" {
				hint = "; date_shift needs a key: configure it with WithDateShift"
			}
			return nil, fmt.Errorf("%w: %s: unknown generalizer %q (known: %s)%s", ErrPolicy, where, a.name, strings.Join(m.names(), ", "), hint)
		}
		fn, err := g(elem, a.arg)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %s: %w", ErrPolicy, where, a, err)
		}
		a.gen = fn
	case actRedact:
		if !validName(a.name) {
			return nil, fmt.Errorf("%w: %s: redaction type %q: use lower-case letters, digits and underscores", ErrPolicy, where, a.name)
		}
		if elem.Kind() != reflect.String {
			return nil, fmt.Errorf("%w: %s: redact works on strings, not %s", ErrPolicy, where, elem)
		}
	}
	return a, nil
}

func (m *Minimizer) names() []string {
	names := make([]string, 0, len(m.gens))
	for n := range m.gens {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// viewKey is the field's name in a View: its JSON name, else its Go name.
func viewKey(sf reflect.StructField) string {
	name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		return sf.Name
	}
	return name
}

var (
	timeType      = reflect.TypeFor[time.Time]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// isLeaf reports whether values of t are treated as one value rather than
// walked into: basic kinds, []byte, time.Time and structs that marshal
// themselves to text.
func isLeaf(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Interface, reflect.Array:
		return false
	case reflect.Slice:
		return t.Elem().Kind() == reflect.Uint8
	case reflect.Struct:
		return t == timeType || t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler)
	}
	return true
}

// leafOf looks through pointers, slices, arrays and maps to the type of
// the values they hold.
func leafOf(t reflect.Type) reflect.Type {
	for !isLeaf(t) {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			t = t.Elem()
		default:
			return t
		}
	}
	return t
}
