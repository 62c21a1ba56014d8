package minimize

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Generalizer makes the function that coarsens the values of one field. It
// is called once per field and rule, when the policy of a type is first
// used, with the type of the field's values (pointers, slices, arrays and
// maps are looked through, so a []string field gives string) and the
// argument written after a colon in the tag (generalize(truncate:1) gives
// "1", generalize(zip3) gives ""). It returns an error when the type or
// the argument does not suit it, and the tag is then refused.
type Generalizer func(t reflect.Type, arg string) (GeneralizeFunc, error)

// GeneralizeFunc coarsens one value of the type its [Generalizer] was given.
// subject is the ID passed with [ForSubject] (the conversation's subject in
// [Profile]), or "". Its errors must not include v.
type GeneralizeFunc func(v any, subject string) (any, error)

// Func makes a [Generalizer] that takes no argument from a plain function.
// It accepts fields of type In, or of a named type with In's kind, which
// it converts to In.
//
//	initial := minimize.Func(func(s string) (string, error) { return minimize.Truncate(s, 1) + ".", nil })
func Func[In, Out any](f func(In) (Out, error)) Generalizer {
	in := reflect.TypeFor[In]()
	return func(t reflect.Type, arg string) (GeneralizeFunc, error) {
		if arg != "" {
			return nil, errors.New("takes no argument")
		}
		if t != in && !(t.Kind() == in.Kind() && t.ConvertibleTo(in)) {
			return nil, fmt.Errorf("works on %s, not %s", in, t)
		}
		return func(v any, _ string) (any, error) {
			x, ok := v.(In)
			if !ok {
				x = reflect.ValueOf(v).Convert(in).Interface().(In)
			}
			return f(x)
		}, nil
	}
}

// Lookup makes a [Generalizer] that replaces a string with its entry in
// table, for example a city with its region, and with fallback when it has
// none. Keys are matched ignoring case and surrounding space.
func Lookup(table map[string]string, fallback string) Generalizer {
	norm := make(map[string]string, len(table))
	for k, v := range table {
		norm[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return Func(func(s string) (string, error) {
		if v, ok := norm[strings.ToLower(strings.TrimSpace(s))]; ok {
			return v, nil
		}
		return fallback, nil
	})
}

func builtins(now func() time.Time) map[string]Generalizer {
	return map[string]Generalizer{
		"age_band":     ageBandGen,
		"birth_year":   Func(func(t time.Time) (string, error) { return BirthYear(t, now()) }),
		"year":         Func(Year),
		"zip3":         Func(ZIP3),
		"email_domain": Func(EmailDomain),
		"truncate":     truncateGen,
		"bucket":       bucketGen,
		"grid":         gridGen,
	}
}

// Errors of the built-in generalizers (wrapped in [ErrGeneralize]).
var (
	ErrNegativeAge = errors.New("negative age")
	ErrFutureBirth = errors.New("birth date in the future")
	ErrNotZIP      = errors.New("not a US ZIP code (5 or 9 digits)")
	ErrNotEmail    = errors.New("not an email address")
)

// ageBands are the bands of [AgeBand], by inclusive upper bound; any age
// above the last is "90+".
var ageBands = [...]struct {
	max   int
	label string
}{
	{17, "0-17"}, {24, "18-24"}, {34, "25-34"}, {44, "35-44"}, {54, "45-54"},
	{64, "55-64"}, {74, "65-74"}, {84, "75-84"}, {89, "85-89"},
}

// AgeBand returns the band of an age in years: "0-17", "18-24", then ten
// years wide from "25-34" to "75-84", "85-89", and "90+" for every age of
// 90 or more, which HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C)) requires
// to be aggregated into one category. Generalizer: age_band, for integer
// fields.
func AgeBand(age int) (string, error) {
	if age < 0 {
		return "", ErrNegativeAge
	}
	for _, b := range ageBands {
		if age <= b.max {
			return b.label, nil
		}
	}
	return "90+", nil
}

func ageBandGen(t reflect.Type, arg string) (GeneralizeFunc, error) {
	if arg != "" {
		return nil, errors.New("takes no argument")
	}
	if !isInt(t.Kind()) {
		return nil, fmt.Errorf("works on integer ages, not %s", t)
	}
	return func(v any, _ string) (any, error) {
		rv := reflect.ValueOf(v)
		if rv.CanInt() {
			return AgeBand(int(max(rv.Int(), -1)))
		}
		return AgeBand(int(min(rv.Uint(), 1000)))
	}, nil
}

// BirthYear returns the year of a birth date as text, or "90+" when the
// person is 90 or older at now: under HIPAA Safe Harbor even the year of
// birth must not reveal an age over 89. A zero birth date (unknown) gives
// "". Generalizer: birth_year, for time.Time fields (its clock is set
// with [WithClock]).
func BirthYear(birth, now time.Time) (string, error) {
	if birth.IsZero() {
		return "", nil
	}
	if birth.After(now) {
		return "", ErrFutureBirth
	}
	if age(birth, now) >= 90 {
		return "90+", nil
	}
	return strconv.Itoa(birth.Year()), nil
}

// Year returns the year of t, or 0 for the zero time. Generalizer: year,
// for time.Time fields such as a sign-up date (use birth_year for birth
// dates).
func Year(t time.Time) (int, error) {
	if t.IsZero() {
		return 0, nil
	}
	return t.Year(), nil
}

// age is the number of whole years from birth to now.
func age(birth, now time.Time) int {
	y := now.Year() - birth.Year()
	if now.Month() < birth.Month() || now.Month() == birth.Month() && now.Day() < birth.Day() {
		y--
	}
	return y
}

// restrictedZIP3 are the three-digit ZIP prefixes whose areas held 20,000
// people or fewer in the 2000 Census; HIPAA Safe Harbor requires them to be
// written "000". Source: HHS Office for Civil Rights, "Guidance Regarding
// Methods for De-identification of Protected Health Information in
// Accordance with the HIPAA Privacy Rule" (2012), section "When can ZIP
// codes be included in de-identified information?", which lists these 17
// prefixes and points to the preamble of the final rule of August 14, 2002
// (67 FR 53182, 53233-53234). HHS warns that the list may change with newer
// census data: if you need a newer one, register your own zip3.
var restrictedZIP3 = map[string]bool{
	"036": true, "059": true, "063": true, "102": true, "203": true, "556": true,
	"692": true, "790": true, "821": true, "823": true, "830": true, "831": true,
	"878": true, "879": true, "884": true, "890": true, "893": true,
}

// RestrictedZIP3 reports whether prefix is one of the 17 three-digit ZIP
// prefixes that HIPAA Safe Harbor turns into "000".
func RestrictedZIP3(prefix string) bool { return restrictedZIP3[prefix] }

// ZIP3 returns the first three digits of a US ZIP code ("02139" or
// "02139-4307" give "021"), or "000" for the low-population prefixes of
// HIPAA Safe Harbor (see [RestrictedZIP3]). Generalizer: zip3, for string
// fields.
func ZIP3(zip string) (string, error) {
	zip = strings.TrimSpace(zip)
	digits := zip
	if len(zip) == 10 && zip[5] == '-' {
		digits = zip[:5] + zip[6:]
	}
	if len(digits) != 5 && len(digits) != 9 {
		return "", ErrNotZIP
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return "", ErrNotZIP
		}
	}
	if restrictedZIP3[digits[:3]] {
		return "000", nil
	}
	return digits[:3], nil
}

// EmailDomain returns the domain of an email address, in lower case.
// Generalizer: email_domain, for string fields.
func EmailDomain(email string) (string, error) {
	email = strings.TrimSpace(email)
	i := strings.LastIndexByte(email, '@')
	if i <= 0 || i == len(email)-1 {
		return "", ErrNotEmail
	}
	domain := email[i+1:]
	if strings.ContainsAny(domain, " \t\r\n@") || !strings.Contains(domain, ".") {
		return "", ErrNotEmail
	}
	return strings.ToLower(domain), nil
}

// Truncate returns the first n runes of s. Generalizer: truncate:N, for
// string fields; truncate:1 keeps an initial.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func truncateGen(t reflect.Type, arg string) (GeneralizeFunc, error) {
	n, err := strconv.Atoi(arg)
	if err != nil || n < 1 {
		return nil, errors.New("needs a positive number of runes, as in truncate:8")
	}
	if t.Kind() != reflect.String {
		return nil, fmt.Errorf("works on strings, not %s", t)
	}
	return func(v any, _ string) (any, error) {
		s := reflect.ValueOf(v).String()
		if utf8.RuneCountInString(s) <= n {
			return s, nil
		}
		return Truncate(s, n), nil
	}, nil
}

// Bucket returns the bucket of width w that holds x, as "lo-hi": with
// w = 10, 37 gives "30-39" for integers and 37.5 gives "30-40" for
// floats (lo included, hi excluded). Generalizer: bucket:W, for integer
// and float fields.
func Bucket(x, w float64, integer bool) string {
	lo := math.Floor(x/w) * w
	hi := lo + w
	if integer {
		hi--
	}
	return strconv.FormatFloat(lo, 'f', -1, 64) + "-" + strconv.FormatFloat(hi, 'f', -1, 64)
}

func bucketGen(t reflect.Type, arg string) (GeneralizeFunc, error) {
	w, err := strconv.ParseFloat(arg, 64)
	if err != nil || !(w > 0) || math.IsInf(w, 0) {
		return nil, errors.New("needs a positive bucket width, as in bucket:10")
	}
	integer := isInt(t.Kind())
	switch {
	case integer && w != math.Trunc(w):
		return nil, errors.New("needs a whole bucket width for an integer field")
	case !integer && !isFloat(t.Kind()):
		return nil, fmt.Errorf("works on numbers, not %s", t)
	}
	return func(v any, _ string) (any, error) {
		return Bucket(number(reflect.ValueOf(v)), w, integer), nil
	}, nil
}

// Grid rounds x to the nearest multiple of cell, for coarse coordinates:
// a cell of 0.1 degree of latitude is about 11 km. Generalizer: grid:CELL,
// for float fields.
func Grid(x, cell float64) float64 {
	return math.Round(x/cell) * cell
}

func gridGen(t reflect.Type, arg string) (GeneralizeFunc, error) {
	cell, err := strconv.ParseFloat(arg, 64)
	if err != nil || !(cell > 0) || math.IsInf(cell, 0) {
		return nil, errors.New("needs a positive cell size, as in grid:0.1")
	}
	if !isFloat(t.Kind()) {
		return nil, fmt.Errorf("works on floats, not %s", t)
	}
	// Print as many decimals as the cell has, so 0.1 steps do not come out
	// as 48.900000000000006.
	decimals := 0
	if _, frac, ok := strings.Cut(arg, "."); ok {
		decimals = len(frac)
	}
	return func(v any, _ string) (any, error) {
		g := Grid(reflect.ValueOf(v).Float(), cell)
		g, _ = strconv.ParseFloat(strconv.FormatFloat(g, 'f', decimals, 64), 64)
		return g, nil
	}, nil
}

func number(v reflect.Value) float64 {
	switch {
	case v.CanInt():
		return float64(v.Int())
	case v.CanUint():
		return float64(v.Uint())
	}
	return v.Float()
}
