package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/confide-dev/confide/chat"
	"github.com/confide-dev/confide/minimize"
)

// profilePolicy applies the profile section to profile maps. Package
// minimize reads policies from struct tags, so the section becomes a
// struct type made at run time: one field per profile field, with the
// field's type, its name as JSON name and its purposes as minimize tag.
type profilePolicy struct {
	purpose string
	typ     reflect.Type
	fields  map[string]int // profile field -> struct field index
}

func newProfilePolicy(pr *Profile) (*profilePolicy, error) {
	pp := &profilePolicy{purpose: pr.Purpose, fields: map[string]int{}}
	var sfs []reflect.StructField
	for i, name := range sortedKeys(pr.Fields) {
		f := pr.Fields[name]
		var rules []string
		for _, purpose := range sortedKeys(f.Purposes) {
			rules = append(rules, purpose+"="+f.Purposes[purpose])
		}
		tag := `json:` + strconv.Quote(name) + ` minimize:` + strconv.Quote(strings.Join(rules, ";"))
		sfs = append(sfs, reflect.StructField{Name: "F" + strconv.Itoa(i), Type: fieldTypes[f.fieldType()], Tag: reflect.StructTag(tag)})
		pp.fields[name] = i
	}
	pp.typ = reflect.StructOf(sfs)
	if err := minimize.Default().Check(pp.typ); err != nil {
		return nil, err
	}
	return pp, nil
}

// value converts a profile map to a pointer to the policy's struct type.
// Keys the policy does not list are left out; a value that does not fit
// its field's type is an error naming the field, never the value.
func (pp *profilePolicy) value(m map[string]any) (any, error) {
	v := reflect.New(pp.typ)
	for name, val := range m {
		i, ok := pp.fields[name]
		if !ok || val == nil {
			continue
		}
		b, err := json.Marshal(val)
		if err == nil {
			err = json.Unmarshal(b, v.Elem().Field(i).Addr().Interface())
		}
		if err != nil {
			return nil, fmt.Errorf("policy: profile field %s: the value does not fit the field's type %s", name, pp.typ.Field(i).Type)
		}
	}
	return v.Interface(), nil
}

// View returns the fields of profile the purpose may see, minimized as
// the policy's profile section says, keyed by field name: what the model
// is told. It fails when the policy has no profile section.
func (p *Policy) View(profile map[string]any, purpose string, opts ...minimize.CallOption) (map[string]any, error) {
	if p.Profile == nil {
		return nil, fmt.Errorf("policy: %s has no profile section", p.file)
	}
	pp, err := newProfilePolicy(p.Profile)
	if err != nil {
		return nil, err
	}
	v, err := pp.value(profile)
	if err != nil {
		return nil, err
	}
	return minimize.View(v, purpose, opts...)
}

func (pp *profilePolicy) middleware(load ProfileLoader) chat.Middleware {
	return minimize.Profile(func(ctx context.Context, scope chat.Scope) (any, error) {
		m, err := load(ctx, scope)
		if err != nil || m == nil {
			return nil, err
		}
		return pp.value(m)
	}, pp.purpose, minimize.AsLines())
}
