package policy

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// maxErrors bounds the errors one file reports.
const maxErrors = 20

// decoder fills Go values from YAML nodes, strictly: unknown and repeated
// fields are errors, and every field's line is recorded under its path.
type decoder struct {
	file string
	pos  map[string]int
	errs []error
}

// scalarDecoder is implemented by types written as one scalar.
type scalarDecoder interface {
	decodeScalar(s string) error
}

func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	if len(d.errs) == maxErrors {
		d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Msg: "too many errors"})
	}
	if len(d.errs) > maxErrors {
		return
	}
	d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Field: path, Msg: fmt.Sprintf(format, args...)})
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var kindNames = map[yaml.Kind]string{
	yaml.MappingNode: "a mapping", yaml.SequenceNode: "a list", yaml.ScalarNode: "a single value",
}

// decode fills the value v points to from n.
func (d *decoder) decode(n *yaml.Node, v any, path string) {
	d.value(n, reflect.ValueOf(v).Elem(), path)
}

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	for n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if path != "" {
		if _, seen := d.pos[path]; !seen {
			d.pos[path] = n.Line
		}
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return // absent: the zero value
	}
	if (n.Kind == yaml.SequenceNode || n.Kind == yaml.MappingNode) && len(n.Content) == 0 && v.Kind() != reflect.Struct && v.Kind() != reflect.Pointer {
		return // empty: the same as absent
	}
	if sd, ok := v.Addr().Interface().(scalarDecoder); ok {
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want a single value, not %s", kindNames[n.Kind])
			return
		}
		if err := sd.decodeScalar(n.Value); err != nil {
			d.fail(n, path, "%v", err)
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		nv := reflect.New(v.Type().Elem())
		d.value(n, nv.Elem(), path)
		v.Set(nv)
	case reflect.Struct:
		d.structure(n, v, path)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.fail(n, path, "want a mapping, not %s", kindNames[n.Kind])
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				d.fail(k, path, "keys must be single values")
				continue
			}
			key := reflect.ValueOf(k.Value)
			if m.MapIndex(key).IsValid() {
				d.fail(k, join(path, k.Value), "given twice")
				continue
			}
			ev := reflect.New(v.Type().Elem()).Elem()
			d.pos[join(path, k.Value)] = k.Line
			d.value(val, ev, join(path, k.Value))
			m.SetMapIndex(key, ev)
		}
		v.Set(m)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, path, "want a list, not %s", kindNames[n.Kind])
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, e := range n.Content {
			d.value(e, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.fail(n, path, "want text, not %s", kindNames[n.Kind])
			return
		}
		v.SetString(n.Value)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "want a whole number")
			return
		}
		v.SetInt(int64(i))
	case reflect.Float64:
		f, err := strconv.ParseFloat(n.Value, 64)
		if n.Kind != yaml.ScalarNode || err != nil {
			d.fail(n, path, "want a number")
			return
		}
		v.SetFloat(f)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			d.fail(n, path, "want true or false")
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	default:
		panic("policy: cannot decode into " + v.Type().String())
	}
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "want a mapping, not %s", kindNames[n.Kind])
		return
	}
	fields := yamlFields(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		p := join(path, k.Value)
		idx, ok := fields[k.Value]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.fail(k, path, "keys must be single values")
			continue
		case !ok:
			names := make([]string, 0, len(fields))
			for name := range fields {
				names = append(names, name)
			}
			slices.Sort(names)
			d.fail(k, p, "unknown field %q (known: %s)", k.Value, strings.Join(names, ", "))
			continue
		case seen[k.Value]:
			d.fail(k, p, "given twice")
			continue
		}
		seen[k.Value] = true
		d.pos[p] = k.Line
		d.value(val, v.Field(idx), p)
	}
}

// yamlFields maps the YAML names of t's exported fields to their index.
func yamlFields(t reflect.Type) map[string]int {
	out := map[string]int{}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		out[name] = i
	}
	return out
}
