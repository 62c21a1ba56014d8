package redact

import (
	"sort"

	"github.com/nyaruka/phonenumbers"
)

// Phone numbers of one country under a type of their own, as Presidio
// reports them: off by default (optInTypes), on when WithTypes names
// them. Such a type reads a number in its country whatever WithRegions
// says, and its finding takes the place of a PHONE_NUMBER one on the
// same number.
const (
	// TypeTRPhoneNumber is a Turkish phone number, mobile or landline:
	// "+90 532 123 45 67", "0212 123 45 67", "5321234567".
	TypeTRPhoneNumber = "TR_PHONE_NUMBER"
	// TypePHMobileNumber is a Philippine mobile number: "+63 917 123
	// 4567", "0917-123-4567"; a landline is a PHONE_NUMBER.
	TypePHMobileNumber = "PH_MOBILE_NUMBER"
)

// countryPhone is one country's phone type.
type countryPhone struct {
	typ, region, rec string
	mobile           bool // mobile numbers only
}

// countryPhones lists the country phone types.
var countryPhones = []countryPhone{
	{typ: TypeTRPhoneNumber, region: "TR", rec: "tr_phone_number"},
	{typ: TypePHMobileNumber, region: "PH", rec: "ph_mobile_number", mobile: true},
}

// countryPhoneTypes are the types of countryPhones.
var countryPhoneTypes = func() []string {
	var out []string
	for _, c := range countryPhones {
		out = append(out, c.typ)
	}
	return out
}()

// findCountryPhones adds the numbers of the engine's country phone types
// (Engine.countryPhones) and drops the PHONE_NUMBER candidates they
// overlap. A number is read as libphonenumber's "valid" level reads it
// (WithPhoneLeniency(PhoneValid)), or at the engine's leniency when that
// is stricter, in the type's region only: a number the plan assigns there,
// its national prefix where the country writes one, nothing glued to it.
// One written whole without a prefix ("5321234567") scores below the
// default threshold unless a phone word is near: many references are ten
// digits.
func (s *state) findCountryPhones() {
	t := s.text
	var found []cand
	for i := 0; i < len(t); {
		start, end, digits := phoneRunAt(t, i)
		if end <= start {
			i++
			continue
		}
		i = end
		if digits < 7 || digits > 15 {
			continue
		}
		num := t[start:end]
		for _, cp := range s.e.countryPhones {
			n, err := phonenumbers.ParseAndKeepRawInput(num, cp.region)
			if err != nil || !phonenumbers.IsValidNumberForRegion(n, cp.region) || !phonenumbers.IsNationalPrefixPresentIfRequired(n) || gluedToPhone(t, start, end) {
				continue
			}
			if cp.mobile {
				if k := phonenumbers.GetNumberType(n); k != phonenumbers.MOBILE && k != phonenumbers.FIXED_LINE_OR_MOBILE {
					continue
				}
			}
			if s.e.leniency >= PhoneStrictGrouping && (phonenumbers.ContainsMoreThanOneSlashInNationalNumber(n, num) || !groupedAsPlanned(n, num, s.e.leniency == PhoneExactGrouping)) {
				continue
			}
			// One block of the national number alone, no '+' and no
			// prefix, is a reference's shape too.
			score := 0.6
			if digits == end-start && digits == len(phonenumbers.GetNationalSignificantNumber(n)) {
				score = 0.3
			}
			found = append(found, cand{start: start, end: end, typ: cp.typ, rec: cp.rec, score: score, boost: gPhone, neg: gNeg | gRef, rule: -1})
			break
		}
	}
	if len(found) == 0 {
		return
	}
	s.dropCands(func(c *cand) bool { return c.typ == TypePhoneNumber && overlapsAny(found, c.start, c.end) })
	s.cands = append(s.cands, found...)
}

// overlapsAny reports whether one of cs, in the order of their starts
// and apart, overlaps [start, end): a search, not a loop, as a text of
// many numbers has as many candidates to ask about.
func overlapsAny(cs []cand, start, end int) bool {
	k := sort.Search(len(cs), func(k int) bool { return cs[k].end > start })
	return k < len(cs) && cs[k].start < end
}

// phoneRunAt returns the run of a phone number that may open at i: a '+'
// or '(' before a digit, or a digit, after no letter or digit, then
// digits with single spaces, hyphens, dots and brackets between them,
// ending at its last digit; and its count of digits. end <= start when
// none opens at i.
func phoneRunAt(t string, i int) (start, end, digits int) {
	c := t[i]
	if !(isDigit(c) || (c == '+' || c == '(') && i+1 < len(t) && (isDigit(t[i+1]) || t[i+1] == '(')) {
		return i, i, 0
	}
	if i > 0 && (isDigit(t[i-1]) || isLetter(t[i-1])) {
		return i, i, 0
	}
	start, end = i, i
	seps := 0
	for k := i; k < len(t); k++ {
		switch b := t[k]; {
		case isDigit(b):
			digits++
			end = k + 1
			seps = 0
		case b == ' ' || b == '-' || b == '.' || b == '(' || b == ')' || b == '+' && k == start:
			seps++
			if seps > 2 {
				return start, end, digits
			}
		default:
			return start, end, digits
		}
	}
	return start, end, digits
}
