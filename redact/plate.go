package redact

import (
	"regexp"
	"strings"
)

// A vehicle's registration plate after its word in the languages we
// serve ("rego 482 KRM", "plate KGR 4471", "Reg 222-C-3819", "targa FG
// 482 KT", "Kennzeichen HH-AR 307"): the plate ties a car to its keeper
// as an IMEI ties a phone. Countries write plates in too many shapes for
// a pattern of each (the UK's, Germany's, Turkey's, India's and
// Nigeria's have their rules), so the word decides and the value must
// only look like a plate: one to three groups of letters and digits,
// four to eight of them in all, with a letter and a digit.

// TypeVehicleRegistration is a vehicle's registration plate read after
// its word, of any country.
const TypeVehicleRegistration = "VEHICLE_REGISTRATION"

// plateAfter reads a plate after a plate's word that ends at p: after
// ':', '#', '(' and a label's words ("no", "number", "is"), one to three
// groups that a single space or hyphen parts, their letters all in
// capitals or all in lower case, as many groups as fit in eight letters
// and digits ("reg YC18 KVN VIN TMBJ..." gives "YC18 KVN"); a later group
// of letters alone in lower case only after a hyphen ("ln14-hgt", not
// "plate ln14 and").
func (s *state) plateAfter(p int) {
	t := s.text
	n := len(t)
	q := skipLabel(t, p, 3, ":#(.", accountLabelWord)
	q += spaceAt(t, q)
	if q >= n || !isAlnum(t[q]) || q > 0 && isAlnum(t[q-1]) {
		return
	}
	// Eight letters and digits at most; ten when hyphens join the
	// groups, as Ireland's plates do ("161-D-40572").
	e, count, limit := q, 0, 8
	if h := strings.IndexByte(t[q:min(n, q+12)], '-'); h > 0 && h <= 3 {
		limit = 10
	}
	upper, lower, digit := false, false, false
	for groups := 0; groups < 3; groups++ {
		g := e
		gu, gl, gd := false, false, false
		for g < n && isAlnum(t[g]) && g-e < 9 {
			switch c := t[g]; {
			case c >= 'A' && c <= 'Z':
				gu = true
			case c >= 'a' && c <= 'z':
				gl = true
			default:
				gd = true
			}
			g++
		}
		if g == e || g-e > 8 || g < n && (isAlnum(t[g]) || t[g] >= 0x80) || count+g-e > limit ||
			gu && gl || (upper && gl || lower && gu) {
			if groups == 0 || gd && count+g-e > limit {
				// The first group is no plate's, or digits go on past
				// eight: a longer number ("VAT reg is GB 293 4471 06").
				return
			}
			break
		}
		if groups > 0 && !gd && gl && t[e-1] != '-' {
			break // a word after the plate: "plate ln14 and", "rego 482 krm but"
		}
		upper, lower, digit = upper || gu, lower || gl, digit || gd
		count += g - e
		e = g
		if e+1 < n && (t[e] == ' ' || t[e] == '-') && isAlnum(t[e+1]) {
			e++
			continue
		}
		break
	}
	for e > q && (t[e-1] == ' ' || t[e-1] == '-') {
		e--
	}
	if e-q == 8 && isLetter(t[q]) && isLetter(t[q+1]) && allDigits(t[q+2:e]) {
		return // a firm's number at a register: "reg no SC123456"
	}
	if count < 4 || !digit || !upper && !lower || e < n && (t[e] == '@' || t[e] == '/' || t[e] == '.' && e+1 < n && isAlnum(t[e+1])) {
		return
	}
	if v := t[q:e]; validTRPlateText(v) || ngPlateWhole.MatchString(v) {
		return // Turkey's and Nigeria's rules read these and name the type
	}
	s.add(cand{start: q, end: e, typ: TypeVehicleRegistration, rec: "vehicle_registration", score: 0.5})
}

// ngPlateWhole matches a value that is a Nigerian plate whole, in the
// shape ng_vehicle_registration reads.
var ngPlateWhole = regexp.MustCompile(`^` + ngPlatePattern + `$`)
