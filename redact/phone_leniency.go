package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

// lenientPhones drops the phone numbers among the candidates that fall
// short of the detector's leniency (WithPhoneLeniency). It runs after the
// scan and the rules, before the soft recognizer and the external ones,
// whose findings it leaves alone, and only at PhoneValid or above.
func (s *state) lenientPhones() {
	s.dropCands(func(c *cand) bool { return c.typ == TypePhoneNumber && !s.e.phoneMeets(s.text, c.start, c.end) })
}

// phoneMeets reports whether text[start:end], a phone number the
// detector found, meets its leniency in one of its regions: the number
// the plan assigns, its national prefix where the country writes one, no
// letter glued to it, and from PhoneStrictGrouping on, its digits
// grouped as the country groups them.
func (e *Engine) phoneMeets(text string, start, end int) bool {
	if gluedToPhone(text, start, end) {
		return false
	}
	cand := text[start:end]
	for _, r := range e.regions {
		n, err := phonenumbers.ParseAndKeepRawInput(cand, r.code)
		if err != nil || !phonenumbers.IsValidNumber(n) || !phonenumbers.IsNationalPrefixPresentIfRequired(n) {
			continue
		}
		if e.leniency >= PhoneStrictGrouping &&
			(phonenumbers.ContainsMoreThanOneSlashInNationalNumber(n, cand) || !groupedAsPlanned(n, cand, e.leniency == PhoneExactGrouping)) {
			continue
		}
		return true
	}
	return false
}

// gluedToPhone reports a Latin letter, a currency sign or '%' right
// before start or right after end: "is415-555-0132" and "0132€" are not
// phone numbers at libphonenumber's levels from "valid" on.
func gluedToPhone(text string, start, end int) bool {
	glue := func(r rune) bool {
		return r == '%' || unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Sc, r)
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); glue(r) {
			return true
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); glue(r) {
			return true
		}
	}
	return false
}

// groupedAsPlanned reports whether the digit groups of cand, the text of
// number n, are the groups of its national significant number as the
// country formats it (libphonenumber's RFC 3966 format gives them):
// exactly or as one block when exact is set, else with groups run
// together but none split. A country with a national prefix also wants
// a break after the first group (the area code) unless the number is
// one block: "650253 0000" is not grouped so. Country code, dialling and
// national prefixes before the number, and an extension after it, are
// not judged.
func groupedAsPlanned(n *phonenumbers.PhoneNumber, cand string, exact bool) bool {
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	// "tel:+1-415-555-0132;ext=12": the groups after the country code.
	f := phonenumbers.Format(n, phonenumbers.RFC3966)
	if k := strings.IndexByte(f, ';'); k >= 0 {
		f = f[:k]
	}
	groups := strings.Split(f, "-")
	if len(groups) < 2 {
		return false
	}
	groups = groups[1:]
	var want []int // where the planned groups break, in digits of nsn
	at := 0
	for _, g := range groups[:len(groups)-1] {
		at += len(g)
		want = append(want, at)
	}
	if at+len(groups[len(groups)-1]) != len(nsn) {
		return false // a format that does not spell the number out
	}
	// The written groups: runs of digits, the extension's left out.
	runs := strings.FieldsFunc(cand, func(r rune) bool { return r < '0' || r > '9' })
	if ext := n.GetExtension(); ext != "" && len(runs) > 1 && runs[len(runs)-1] == ext {
		runs = runs[:len(runs)-1]
	}
	digits := strings.Join(runs, "")
	if !strings.HasSuffix(digits, nsn) {
		return false
	}
	off := len(digits) - len(nsn)
	var got []int // where the written groups break inside nsn
	at = 0
	for _, r := range runs[:len(runs)-1] {
		at += len(r)
		if at > off {
			got = append(got, at-off)
		}
	}
	if len(got) == 0 {
		return true // one block
	}
	if exact {
		return slices.Equal(got, want)
	}
	if len(want) > 0 && got[0] != want[0] && phonenumbers.GetNddPrefixForRegion(phonenumbers.GetRegionCodeForNumber(n), true) != "" {
		return false
	}
	for _, b := range got {
		if !slices.Contains(want, b) {
			return false
		}
	}
	return true
}
