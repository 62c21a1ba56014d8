package minimize

import (
	"bytes"
	"encoding"
	"fmt"
	"reflect"
	"strconv"
)

// maxDepth bounds how deep a value is walked, so that a pointer cycle in
// the data fails instead of overflowing the stack.
const maxDepth = 64

// walker minimizes one value for one purpose.
type walker struct {
	m       *Minimizer
	purpose string
	call
}

// site names a field in errors: its struct type and Go name, never its value.
type site struct {
	typ   reflect.Type
	field string
}

func (s site) String() string {
	if s.typ == nil {
		return "value"
	}
	return s.typ.String() + "." + s.field
}

func tooDeep(at site) error {
	return fmt.Errorf("%w: %s: nested deeper than %d levels (a pointer cycle?)", ErrGeneralize, at, maxDepth)
}

// copyValue returns a minimized deep copy of v under act.
func (w *walker) copyValue(v reflect.Value, act *action, at site, depth int) (reflect.Value, error) {
	if depth > maxDepth {
		return reflect.Value{}, tooDeep(at)
	}
	t := v.Type()
	if isLeaf(t) {
		return w.copyLeaf(v, act, at)
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		e, err := w.copyValue(v.Elem(), act, at, depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(e)
		return p, nil
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		e, err := w.copyValue(v.Elem(), act, at, depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		out := reflect.New(t).Elem()
		out.Set(e)
		return out, nil
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		out := reflect.MakeSlice(t, v.Len(), v.Len())
		for i := range v.Len() {
			e, err := w.copyValue(v.Index(i), act, at, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(e)
		}
		return out, nil
	case reflect.Array:
		out := reflect.New(t).Elem()
		for i := range v.Len() {
			e, err := w.copyValue(v.Index(i), act, at, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(e)
		}
		return out, nil
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(t), nil
		}
		out := reflect.MakeMapWithSize(t, v.Len())
		for it := v.MapRange(); it.Next(); {
			e, err := w.copyValue(it.Value(), act, at, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.SetMapIndex(it.Key(), e)
		}
		return out, nil
	case reflect.Struct:
		return w.copyStruct(v, depth)
	}
	return reflect.Value{}, fmt.Errorf("%w: %s: cannot copy a %s", ErrPolicy, at, t.Kind())
}

func (w *walker) copyStruct(v reflect.Value, depth int) (reflect.Value, error) {
	t := v.Type()
	p, err := w.m.policy(t)
	if err != nil {
		return reflect.Value{}, err
	}
	out := reflect.New(t).Elem()
	for _, s := range p.plan(w.purpose) {
		fv, err := w.copyValue(v.Field(s.f.index), s.act, site{t, s.f.name}, depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		out.Field(s.f.index).Set(fv)
	}
	return out, nil
}

func (w *walker) copyLeaf(v reflect.Value, act *action, at site) (reflect.Value, error) {
	if act.kind == actKeep {
		if v.Kind() == reflect.Slice && !v.IsNil() {
			return reflect.ValueOf(bytes.Clone(v.Bytes())).Convert(v.Type()), nil
		}
		return v, nil
	}
	res, err := w.leaf(v, act, at)
	if err != nil {
		return reflect.Value{}, err
	}
	out, ok := fit(reflect.ValueOf(res), v.Type())
	if !ok {
		return reflect.Value{}, fmt.Errorf("%w: %s: %s gives a %T, which a %s field cannot hold: use View, or a field type that can", ErrGeneralize, at, act, res, v.Type())
	}
	return out, nil
}

// leaf applies a generalize or redact action to one value.
func (w *walker) leaf(v reflect.Value, act *action, at site) (any, error) {
	switch act.kind {
	case actKeep:
		if v.Kind() == reflect.Slice && !v.IsNil() {
			return bytes.Clone(v.Bytes()), nil
		}
		return v.Interface(), nil
	case actGeneralize:
		res, err := act.gen(v.Interface(), w.subject)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %s: %w", ErrGeneralize, at, act, err)
		}
		return res, nil
	case actRedact:
		res, err := w.m.redactor(act.name, v.String())
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %s: %w", ErrGeneralize, at, act, err)
		}
		return res, nil
	}
	return nil, fmt.Errorf("%w: %s: unexpected %s", ErrPolicy, at, act)
}

// fit converts a generalizer's result to the field's type where no
// information is invented or silently lost: same type, string to a string
// kind, integer to integer or float, float to float.
func fit(rv reflect.Value, t reflect.Type) (reflect.Value, bool) {
	if !rv.IsValid() {
		return reflect.Zero(t), true
	}
	rt := rv.Type()
	switch {
	case rt.AssignableTo(t):
		out := reflect.New(t).Elem()
		out.Set(rv)
		return out, true
	case rt.Kind() == reflect.String && t.Kind() == reflect.String:
		return rv.Convert(t), true
	case isInt(rt.Kind()) && (isInt(t.Kind()) || isFloat(t.Kind())):
		out := rv.Convert(t)
		if isInt(t.Kind()) && !out.Convert(rt).Equal(rv) {
			return reflect.Value{}, false // overflow
		}
		return out, true
	case isFloat(rt.Kind()) && isFloat(t.Kind()):
		return rv.Convert(t), true
	}
	return reflect.Value{}, false
}

func isInt(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Uintptr
}

func isFloat(k reflect.Kind) bool {
	return k == reflect.Float32 || k == reflect.Float64
}

// viewStruct adds the fields of v that the purpose may see to out.
func (w *walker) viewStruct(v reflect.Value, out map[string]any, depth int) error {
	if depth > maxDepth {
		return tooDeep(site{})
	}
	t := v.Type()
	p, err := w.m.policy(t)
	if err != nil {
		return err
	}
	for _, s := range p.plan(w.purpose) {
		fv := v.Field(s.f.index)
		if s.f.embedded {
			for fv.Kind() == reflect.Pointer && !fv.IsNil() {
				fv = fv.Elem()
			}
			if fv.Kind() == reflect.Struct {
				if err := w.viewStruct(fv, out, depth+1); err != nil {
					return err
				}
			}
			continue
		}
		x, err := w.viewValue(fv, s.act, site{t, s.f.name}, depth+1)
		if err != nil {
			return err
		}
		out[s.f.key] = x
	}
	return nil
}

// viewValue returns the View form of v under act.
func (w *walker) viewValue(v reflect.Value, act *action, at site, depth int) (any, error) {
	if depth > maxDepth {
		return nil, tooDeep(at)
	}
	t := v.Type()
	if isLeaf(t) {
		return w.leaf(v, act, at)
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil, nil
		}
		return w.viewValue(v.Elem(), act, at, depth+1)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			return nil, nil
		}
		out := make([]any, v.Len())
		for i := range out {
			e, err := w.viewValue(v.Index(i), act, at, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, nil
	case reflect.Map:
		if v.IsNil() {
			return nil, nil
		}
		out := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			e, err := w.viewValue(it.Value(), act, at, depth+1)
			if err != nil {
				return nil, err
			}
			out[mapKey(it.Key())] = e
		}
		return out, nil
	case reflect.Struct:
		out := make(map[string]any)
		if err := w.viewStruct(v, out, depth+1); err != nil {
			return nil, err
		}
		return out, nil
	}
	return nil, fmt.Errorf("%w: %s: cannot view a %s", ErrPolicy, at, t.Kind())
}

// mapKey turns a map key into a View key, the way encoding/json does.
func mapKey(k reflect.Value) string {
	if k.Kind() == reflect.String {
		return k.String()
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if b, err := tm.MarshalText(); err == nil {
			return string(b)
		}
	}
	switch {
	case k.CanInt():
		return strconv.FormatInt(k.Int(), 10)
	case k.CanUint():
		return strconv.FormatUint(k.Uint(), 10)
	}
	return fmt.Sprint(k.Interface())
}
