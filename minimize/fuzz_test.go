package minimize_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/confide-dev/confide/minimize"
)

// FuzzPolicy parses arbitrary tags on fields of several types: a tag is
// either refused with ErrPolicy or applied without panicking, and a value
// never shows up in an error.
func FuzzPolicy(f *testing.F) {
	for _, tag := range []string{
		"support=keep", "*=keep;support=drop", "a,b.c=generalize(truncate:2)", "x=redact(email)",
		"-", "", "support=generalize(", "=keep", "support=keep;;", "a=generalize(bucket:10)", "a=generalize(grid:0.5)",
	} {
		f.Add(tag, "support", "value-SECRET-42")
	}
	types := []reflect.Type{reflect.TypeFor[string](), reflect.TypeFor[int](), reflect.TypeFor[[]string](), reflect.TypeFor[*float64](), reflect.TypeFor[map[string]int]()}
	f.Fuzz(func(t *testing.T, tag, purpose, value string) {
		if strings.ContainsAny(tag, "`\"\\") || !utf8.ValidString(value) {
			t.Skip()
		}
		m, err := minimize.New()
		if err != nil {
			t.Fatal(err)
		}
		for _, ft := range types {
			st := reflect.StructOf([]reflect.StructField{{Name: "F", Type: ft, Tag: reflect.StructTag(`minimize:"` + tag + `"`)}})
			v := reflect.New(st).Elem()
			if ft.Kind() == reflect.String {
				v.Field(0).SetString(value)
			}
			err := m.Check(st)
			if err != nil && !errors.Is(err, minimize.ErrPolicy) {
				t.Fatalf("Check: %v", err)
			}
			_, verr := m.View(v.Interface(), purpose)
			_, cerr := m.Copy(v.Interface(), purpose)
			for _, e := range []error{verr, cerr} {
				leaky := len(value) > 8 && !strings.Contains(tag, value) && !strings.Contains(purpose, value)
				if e != nil && leaky && strings.Contains(e.Error(), value) {
					t.Fatalf("error holds the value: %v", e)
				}
				if err != nil && e != nil && !errors.Is(e, minimize.ErrPolicy) && !errors.Is(e, minimize.ErrPurpose) {
					t.Fatalf("invalid policy gave %v", e)
				}
			}
		}
	})
}

func FuzzGeneralizers(f *testing.F) {
	for _, s := range []string{"02139", "02139-4307", "ana@example.com", "Zoë", "", "@", "\xff"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if z, err := minimize.ZIP3(s); err == nil && (len(z) != 3 || minimize.RestrictedZIP3(z)) {
			t.Fatalf("ZIP3 gave %q", z)
		}
		if d, err := minimize.EmailDomain(s); err == nil && (d == "" || strings.Contains(d, "@")) {
			t.Fatalf("EmailDomain gave %q", d)
		}
		n %= 64
		if got := minimize.Truncate(s, n); !strings.HasPrefix(s, got) || n >= 0 && utf8.RuneCountInString(got) > n {
			t.Fatalf("Truncate(%q, %d) = %q", s, n, got)
		}
	})
}
