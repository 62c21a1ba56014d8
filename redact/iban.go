package redact

import "strings"

// ibanFormats gives, per country, the BBAN structure after the check
// digits from the SWIFT IBAN registry: n digits, a upper-case letters,
// c letters or digits. The IBAN length is 4 plus the BBAN length. The
// last line holds countries whose banks write IBANs outside the
// registry, all digits after the check digits (Morocco's "MA64 0077
// ...", session 59), and since session 61 those of West and Central
// Africa's two currency unions and of Madagascar and the Comoros, whose
// banks issue IBANs of 28 and 27 characters ("SN08 SN01 0015 2000 0485
// 0000 3035", "CM21 1000 5000 1785 4015 6456 259").
var ibanFormats = map[string]string{}

func init() {
	spec := `AD 8n12c|AE 19n|AL 8n16c|AT 16n|AZ 4a20c|BA 16n|BE 12n|BG 4a6n8c|BH 4a14c|BR 23n1a1c|BY 4c4n16c|
CH 5n12c|CR 18n|CY 8n16c|CZ 20n|DE 18n|DK 14n|DO 4c20n|EE 16n|EG 25n|ES 20n|FI 14n|FO 14n|FR 10n11c2n|GB 4a14n|
GE 2a16n|GI 4a15c|GL 14n|GR 7n16c|GT 4c20c|HR 17n|HU 24n|IE 4a14n|IL 19n|IQ 4a15n|IS 22n|IT 1a10n12c|JO 4a4n18c|
KW 4a22c|KZ 3n13c|LB 4n20c|LC 4a24c|LI 5n12c|LT 16n|LU 3n13c|LV 4a13c|LY 21n|MC 10n11c2n|MD 20c|ME 18n|MK 3n10c2n|
MR 23n|MT 4a5n18c|MU 4a19n3a|NL 4a10n|NO 11n|PK 4a16c|PL 24n|PS 4a21c|PT 21n|QA 4a21c|RO 4a16c|RS 18n|RU 9n5n15c|
SA 2n18c|SC 4a20n3a|SD 14n|SE 20n|SI 15n|SK 20n|SM 1a10n12c|ST 21n|SV 4a20n|TL 19n|TN 20n|TR 5n1n16c|UA 6n19c|
VA 18n|VG 4a16n|XK 16n|BI 23n|DJ 23n|FK 2a12n|MN 16n|NI 4a20n|OM 3n16c|YE 4a4n18c|SO 4n3n12n|LI 5n12c|
MA 24n|DZ 22n|AO 21n|CV 21n|MZ 21n|IR 22n|
BJ 24c|BF 24c|CI 24c|ML 24c|NE 24c|SN 24c|TG 24c|CM 23n|CF 23n|CG 23n|GA 23n|GQ 23n|TD 23n|MG 23n|KM 23n`
	for _, e := range strings.Split(spec, "|") {
		f := strings.Fields(e)
		var b strings.Builder
		n := 0
		for _, c := range f[1] {
			if c >= '0' && c <= '9' {
				n = n*10 + int(c-'0')
				continue
			}
			b.WriteString(strings.Repeat(string(c), n))
			n = 0
		}
		ibanFormats[f[0]] = b.String()
	}
}

// iban recognizes an IBAN at i, written compactly or in groups separated
// by single spaces (or dashes): in fours as printed, in threes or
// irregularly as typed, spaced groups maybe wrapped at a line break. It takes no more characters than the country's
// IBAN length, so a word or number after it stays out, and checks the
// country format and the ISO 7064 mod 97 checksum. It returns the end of
// a token of that format, checksum passed or not, or 0.
func (s *state) iban(i int) int {
	t := s.text
	n := len(t)
	if i+4 > n || !isLetter(t[i]) || !isLetter(t[i+1]) {
		return 0
	}
	lower := t[i] >= 'a'
	if (t[i+1] >= 'a') != lower {
		return 0
	}
	// The check digits follow the country's code, or a space does, in
	// capitals only: "GB 98 BARC 2034 ..." ("at 12", "es 25" are words).
	if d := i + 2; !isDigit(t[d]) || !isDigit(t[d+1]) {
		if lower || t[d] != ' ' || d+3 > n || !isDigit(t[d+1]) || !isDigit(t[d+2]) {
			return 0
		}
	}
	cc := [2]byte{t[i] &^ 0x20, t[i+1] &^ 0x20} // both letters, of one case
	format, ok := ibanFormats[string(cc[:])]
	if !ok {
		return 0
	}
	want := 4 + len(format)
	var buf [40]byte
	nb := 0
	q := i
	var sep byte
	for uint(q) < uint(n) && nb < want { // (unsigned: no bounds check of t[q])
		c := t[q]
		if isAlnum(c) {
			if (c >= 'a' && c <= 'z') != lower && !isDigit(c) {
				return 0
			}
			buf[nb] = c
			nb++
			q++
			continue
		}
		w := 1
		if c >= 0x80 {
			w, c = wideSep(t, q) // a no-break space or en dash pasted from a page
		}
		if c == ' ' && q+2 < n && t[q+1] == ' ' && isAlnum(t[q+2]) {
			w = 2 // two spaces, as a form or a PDF may part groups
		}
		if (c == ' ' || c == '-') && q+w < n && isAlnum(t[q+w]) {
			if sep == 0 {
				sep = c
			} else if sep != c {
				return 0
			}
			q += w
			continue
		}
		// An IBAN in spaced groups wrapped at the end of a line goes on
		// on the next one; its length and checksum say where it ends.
		if sep == ' ' && (c == '\n' || c == '\r' && q+1 < n && t[q+1] == '\n') {
			if c == '\r' {
				w = 2
			}
			if q+w < n && isAlnum(t[q+w]) {
				q += w
				continue
			}
		}
		break
	}
	// A word in lower case glued after an IBAN in capitals opens the
	// next word, typed without a space: "IT82N7077264903334195008848grazie"
	// (session 59). A capital or a digit would make a longer code.
	if nb != want || q < n && isAlnum(t[q]) && (lower || !(t[q] >= 'a' && t[q] <= 'z') || sep != 0) {
		return 0
	}
	v := buf[:nb]
	for k := 4; k < nb; k++ {
		c := v[k]
		if lower && c >= 'a' {
			c -= 32
		}
		switch format[k-4] {
		case 'n':
			if !isDigit(c) {
				return 0
			}
		case 'a':
			if c < 'A' || c > 'Z' {
				return 0
			}
		}
	}
	// A token of the country's IBAN format and length that fails only
	// the checksum is a mistyped IBAN: it is no finding, and the scan
	// passes over it, so that its digit groups are not read as a card
	// or a phone number ("0914 1490 9857 56" of "FI13 0914 1490 9857
	// 56").
	if mod97(v) {
		s.add(cand{start: i, end: q, typ: TypeIBAN, rec: "iban", score: 1, boost: gIBAN})
	}
	return q
}

// mod97 checks an IBAN: the country code and check digits move to the
// end, letters become 10..35, and the number must be 1 modulo 97. The
// remainder is taken only when the running number grows large.
func mod97(v []byte) bool {
	var r uint64 // 64 bits also where int has 32
	step := func(c byte) {
		switch {
		case isDigit(c):
			r = r*10 + uint64(c-'0')
		case c >= 'A' && c <= 'Z':
			r = r*100 + uint64(c-'A') + 10
		case c >= 'a' && c <= 'z':
			r = r*100 + uint64(c-'a') + 10
		}
		if r >= 1<<40 {
			r %= 97
		}
	}
	for _, c := range v[4:] {
		step(c)
	}
	for _, c := range v[:4] {
		step(c)
	}
	return r%97 == 1
}
