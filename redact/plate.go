package redact

import (
	"regexp"
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"
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
	if p+1 < n && t[p] == '.' && t[p+1] == ' ' {
		p++ // an abbreviated word's full stop: "immat. GT-418-KL", "Kennz. B-TK 2190"
	}
	q := skipLabel(t, p, 4, ":#(.", plateLabelWord)
	q += spaceAt(t, q)
	if q >= n || !isAlnum(t[q]) || q > 0 && isAlnum(t[q-1]) {
		return
	}
	if ptCarWordAt(t, p) {
		// The car's noun, no plate's: only Portugal's shape follows it,
		// so that "o carro A4 TDI" keeps its model.
		if e := plateEnd(t, q); e > 0 && ptPlate(t[q:e]) {
			s.addPlate(q, e)
		}
		return
	}
	// A US state's code or name before the plate is the plate's state,
	// not its first group ("plate TX NHX-4271", "plate Texas NKR-4481"),
	// when what follows is a plate of capitals and digits by itself,
	// hyphenated or in one group: "reg CA 456-789" keeps Cape Town's
	// "CA", "targa GA 517 XB" Italy's "GA".
	if k := usStateWordEnd(t, q); k > 0 {
		if e := plateEnd(t, k+1); e > 0 && hasUpperByte(t[k+1:e]) && (strings.IndexByte(t[k+1:e], '-') > 0 || strings.IndexByte(t[k+1:e], ' ') < 0) {
			s.addPlate(k+1, e)
			return
		}
	}
	if e := plateEnd(t, q); e > 0 {
		s.addPlate(q, e)
		return
	}
	s.plateAhead(p)
}

// plateAheadReach bounds, in bytes, the words plateAhead reads past a
// plate's word.
const plateAheadReach = 48

// plateAhead reads a plate of a Dutch or Belgian shape (sidecodePlate) a
// few words after a plate's word, in its sentence: "Wijzig het kenteken
// op mijn polis naar 8-KXV-34", "de nummerplaat van de nieuwe wagen is
// nu 1-KTB-482". The words between may say anything, so only a shape
// that a country issues is read, not the loose one plateEnd takes
// right after the word. After a car's own noun, which some languages'
// plate words are ("auto", "bil"), a plate further on is as often a
// rental's or a dealer's ("De auto die u had (G-771-NB) is alweer
// verhuurd"): only the plate's own words reach ahead.
func (s *state) plateAhead(p int) {
	t := s.text
	w := p
	for w > 0 && isLetter(t[w-1]) {
		w--
	}
	var low [8]byte
	if p-w <= len(low) && vehicleNouns[string(lowerASCII(low[:0], t[w:p]))] {
		return
	}
	end := min(len(t), p+plateAheadReach)
	for i := p; i < end; i++ {
		switch c := t[i]; {
		case c == '\n' || c == '?' || c == '!' || c == ';' || c == '.' && i+1 < len(t) && t[i+1] == ' ':
			return
		case isAlnum(c) && (i == 0 || !isAlnum(t[i-1]) && t[i-1] != '-'):
			j := i
			for j < len(t) && (isAlnum(t[j]) || t[j] == '-' && j+1 < len(t) && isAlnum(t[j+1])) {
				j++
			}
			if sidecodePlate(t[i:j]) {
				s.addPlate(i, j)
				return
			}
			i = j - 1
		}
	}
}

// vehicleNouns are the plate's words of the keyword table that name the
// car itself (Danish, Norwegian, Finnish and Estonian "bil", "auto"),
// where plateAhead does not read.
var vehicleNouns = setOf("auto", "auton", "bil", "bilen")

// sidecodePlates are the shapes of the plates the Netherlands issues
// (its "sidecodes" 1 to 14: '9' a digit, 'X' a letter; "8-KXV-34" is
// sidecode 8, since 2006) and Belgium's since 2010 ("1-KTB-482").
var sidecodePlates = setOf("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX",
	"99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
	"9-XXX-999")

// sidecodePlate reports whether v is a plate of sidecodePlates' shapes,
// in capitals, its letters without a vowel as the Dutch plates' are
// (Belgium's "9-XXX-999" takes any letters).
func sidecodePlate(v string) bool {
	if len(v) < 8 || len(v) > 9 {
		return false
	}
	var buf [9]byte
	shape, vowel := plateShape(buf[:0], v)
	return sidecodePlates[string(shape)] && (!vowel || string(shape) == "9-XXX-999")
}

// plateShape writes into dst the shape of the plate v, in capitals,
// digits and hyphens: '9' a digit, 'X' a letter, '-' a hyphen ("8-KXV-34"
// is "9-XXX-99"), and whether a letter is a vowel. Any other byte gives
// an empty shape.
func plateShape(dst []byte, v string) ([]byte, bool) {
	vowel := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			dst = append(dst, '9')
		case c >= 'A' && c <= 'Z':
			dst = append(dst, 'X')
			vowel = vowel || strings.IndexByte("AEIOU", c) >= 0
		case c == '-':
			dst = append(dst, '-')
		default:
			return dst[:0], false
		}
	}
	return dst, vowel
}

// plateLabelWord reports whether w, a word between a plate's word and
// the plate, is one of a label's (accountLabelWord, which holds
// Portuguese and Italian "é" and "è"), Swedish "är", or the vehicle the
// plate is of: "placa do carro BRA2E19", "minha placa é ABC1D23",
// "targa della moto AB 123 CD", "regnumret på bilen är ABC 12D",
// "Matrícula do meu carro AT-27-LZ"; a future's "will be".
func plateLabelWord(w string) bool {
	if accountLabelWord(w) {
		return true
	}
	if len(w) > 9 {
		return false
	}
	var low [9]byte
	switch string(lowerASCII(low[:0], w)) {
	case "är", "do", "da", "del", "della", "dell", "du", "van", "von", "på",
		"meu", "minha", "mi", "mio", "mia", "mon", "ma", "mein", "meines", "mijn", "my",
		"carro", "coche", "auto", "voiture", "wagen", "moto", "veículo", "vehículo", "veicolo", "véhicule", "vehicle", "bilen",
		"macchina",   // "la targa della mia macchina è DZ418PH"
		"will", "be", // a new car's: "new plate will be TGP4821 (GA)" (session 74)
		// Which of the owner's plates: "placa do carro atual RTQ4F82",
		// "placa antiga GHT-5297", "matrícula nueva 4821 KLM" (session 75).
		"atual", "actual", "antiga", "antigo", "nova", "novo", "nueva", "nuevo", "vieja", "viejo", "old", "new", "current",
		// Czech and Slovak "I have" (session 75: "SPZ mám 8T3 7719"),
		// and Romanian "is" ("numărul de înmatriculare e CJ 07 MRA").
		"mám", "mam", "e", "este":
		return true
	}
	return false
}

// addPlate reports the plate t[q:e], unless Turkey's or Nigeria's rule
// reads it and names the type: their plates are written with spaces or
// glued ("34 ABC 123"), so a plate of hyphens is read here
// ("kenteken 52-HPL-7").
func (s *state) addPlate(q, e int) {
	if v := s.text[q:e]; strings.IndexByte(v, '-') < 0 && validTRPlateText(v) || ngPlateWhole.MatchString(v) {
		return
	}
	s.add(cand{start: q, end: e, typ: TypeVehicleRegistration, rec: "vehicle_registration", score: 0.5})
}

// plateEnd returns the end of the plate at q, or 0 when none starts
// there (see plateAfter).
func plateEnd(t string, q int) int {
	n := len(t)
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
				return 0
			}
			break
		}
		if groups > 0 && !gd && gl && t[e-1] != '-' {
			break // a word after the plate: "plate ln14 and", "rego 482 krm but"
		}
		upper, lower, digit = upper || gu, lower || gl, digit || gd
		count += g - e
		e = g
		if groups == 0 && mercosulPlate(t[q:e]) {
			break // whole: the car's model may follow ("placa RJZ8A41 HB20 branco")
		}
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
		return 0 // a firm's number at a register: "reg no SC123456"
	}
	if count < 4 || !digit || !upper && !lower || e < n && (t[e] == '@' || t[e] == '/' || t[e] == '.' && e+1 < n && isAlnum(t[e+1])) {
		return 0
	}
	return e
}

// mercosulPlate reports whether v is a plate of Brazil in one group, in
// capitals: the Mercosul shape, three letters, a digit, a letter and two
// digits ("RJZ8A41"), or the older one of three letters and four digits
// ("RJZ8041"). Such a plate is whole, and a group after it is another
// word's, most often the car's model ("placa RJZ8A41 HB20", session 72).
func mercosulPlate(v string) bool {
	if len(v) != 7 {
		return false
	}
	for i := 0; i < 7; i++ {
		c := v[i]
		switch {
		case i < 3 || i == 4 && !isDigit(c):
			if c < 'A' || c > 'Z' {
				return false
			}
		case !isDigit(c):
			return false
		}
	}
	return true
}

// ptCarWords are Portuguese nouns of a car ("carro", "veículo"), which
// gPlate holds so that Portugal's plate after them is read: "o meu carro
// BX-36-TQ passou na via verde". Not "viatura", the word of a rental's
// or a firm's fleet ("danos na viatura BC-12-DE"), whose plate is no
// customer's.
var ptCarWords = []string{"carro", "veículo"}

// ptCarWordAt reports whether the word that ends at p is one of
// ptCarWords, in any case.
func ptCarWordAt(t string, p int) bool {
	for _, w := range ptCarWords {
		if k := p - len(w); k >= 0 && strings.EqualFold(t[k:p], w) && (k == 0 || !wordByteAt(t, k-1)) {
			return true
		}
	}
	return false
}

// ptPlates are the shapes of Portugal's plates (see plateShape): three
// pairs of capitals or digits joined by hyphens, both kinds, since 1937
// "AA-00-00", "00-00-AA", "00-AA-00" and, since 2020, "AA-00-AA".
var ptPlates = setOf("XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX")

// ptPlate reports whether v is a plate of Portugal (ptPlates).
func ptPlate(v string) bool {
	if len(v) != 8 {
		return false
	}
	var buf [8]byte
	shape, _ := plateShape(buf[:0], v)
	return ptPlates[string(shape)]
}

// hasUpperByte reports whether w holds an ASCII capital.
func hasUpperByte(w string) bool {
	for i := 0; i < len(w); i++ {
		if isUpperByte(w[i]) {
			return true
		}
	}
	return false
}

// usStateWordEnd returns the end of a US state's code in capitals or
// its one-word name at q ("TX", "Texas", "texas") when a space follows
// it, or 0.
func usStateWordEnd(t string, q int) int {
	w := q
	for w < len(t) && isLetter(t[w]) && w-q < 14 {
		w++
	}
	if w+1 >= len(t) || t[w] != ' ' || w-q < 2 {
		return 0
	}
	if w-q == 2 {
		if usStateCode(t[q], t[q+1]) {
			return w
		}
		return 0
	}
	var low [16]byte
	if usStateNames[string(lowerASCII(low[:0], t[q:w]))] {
		return w
	}
	return 0
}

// usStateNames holds the one-word names of the US states, in lower case.
var usStateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, st := range data.Address["state"] {
		if !strings.Contains(st, " ") {
			m[strings.ToLower(st)] = true
		}
	}
	return m
}()

// ngPlateWhole matches a value that is a Nigerian plate whole, in the
// shape ng_vehicle_registration reads.
var ngPlateWhole = regexp.MustCompile(`^` + ngPlatePattern + `$`)

// validFRPlate reports whether v, two letters, three digits and two
// letters joined by hyphens, is a plate the SIV system issues: not
// "000", nor "SS" first.
func validFRPlate(v string) bool {
	return len(v) == 9 && v[3:6] != "000" && v[:2] != "SS"
}

// validIEPlate reports whether v, a year, a county's letters and a
// serial joined by hyphens, is a plate Ireland issues: a year of two
// digits from 1987 to 2012, or of three from 2013 on with the half
// year (1 or 2) last ("231" for the first half of 2023), and a serial
// that opens with no zero.
func validIEPlate(v string) bool {
	h := strings.IndexByte(v, '-')
	if h < 0 || h+1 >= len(v) {
		return false
	}
	y := v[:h]
	switch {
	case len(y) == 2:
		if yy := num(y); yy > 12 && yy < 87 {
			return false
		}
	case len(y) == 3:
		if yy := num(y[:2]); yy < 13 || y[2] != '1' && y[2] != '2' {
			return false
		}
	default:
		return false
	}
	k := strings.LastIndexByte(v, '-')
	return k+1 < len(v) && v[k+1] != '0'
}

// validITPlate reports whether v, two letters, three digits and two
// letters, maybe with a space between the parts, is a plate Italy
// issues: both spaces or none, and not "000".
func validITPlate(v string) bool {
	switch len(v) {
	case 7:
		return v[2:5] != "000"
	case 9:
		return v[2] == ' ' && v[6] == ' ' && v[3:6] != "000"
	}
	return false
}
