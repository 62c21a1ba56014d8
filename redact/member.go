package redact

import "strings"

// Members' numbers at an insurer or a health plan, after their word.
//
// A health plan's member id names its holder at the plan and, with it,
// a health record: "member ID W284619035", "subscriber ID 1047785520",
// "Bupa membership number 58823041-01", "Medibank member no 7301 8842".
// Its shape is the plan's own (letters before digits, a suffix for the
// person on the plan), so memberAfter reads it only right after its word
// (gMember).

// TypeMemberID is a member's number at an insurer or a health plan.
const TypeMemberID = "MEMBER_ID"

// memberAfter reads a member's number after its word, which ends at p:
// at most four capitals, maybe with a dash after them, then 6 to 16
// digits in at most three groups ("58823041-01", "17449028 01", "7301
// 8842", "BC-00482913"), or five to twelve
// digits between capitals ("XJ48213K"), ending its word.
func (s *state) memberAfter(p int) {
	t := s.text
	n := len(t)
	q := labelledValue(t, p, 3, true)
	if q < 0 {
		q = thisOneAfter(t, p)
	}
	if q < 0 {
		return
	}
	if e := interleavedMemberEnd(t, q); e > 0 {
		s.add(cand{start: q, end: e, typ: TypeMemberID, rec: "member_id", score: 0.6})
		return
	}
	a := q
	for q < n && q-a < 4 && isUpperByte(t[q]) {
		q++
	}
	if q == a && lowerLetterCode(t, q) {
		q++ // "student no s4419203" (session 64)
	}
	// The plan's capitals may stand apart by a dash: "member no.
	// BC-00482913", "member id UMB-4471-20938".
	prefixed := q > a
	if prefixed && q+1 < n && t[q] == '-' && isUpperByte(t[q+1]) {
		// Two groups of capitals: "codice studente ST-IT-0093847"
		// (session 56).
		r := q + 1
		for r < n && r-q <= 4 && isUpperByte(t[r]) {
			r++
		}
		if r+1 < n && t[r] == '-' && isDigit(t[r+1]) {
			q = r
		}
	}
	if prefixed && q+1 < n && t[q] == '-' && isDigit(t[q+1]) {
		q++
	} else if q-a == 1 && t[a] != 'N' && q+1 < n && t[q] == ' ' && isDigit(t[q+1]) {
		// "Mitgliedsnummer M 204 558 913": the plan's one letter and a
		// space ("ID 2219874", "N 2219874" are labels).
		q++
	} else if q-a >= 3 && q+1 < n && t[q] == ' ' && isDigit(t[q+1]) {
		// A club's name in capitals between the word and the number:
		// "lidnummer ANWB 274 118 390" (session 56). The number starts
		// after it. But a US plan's three-letter prefix before one run of
		// digits, or a run and its suffix after a dash, is the id's own
		// ("member id XJH 8812740-01", session 74).
		q++
		if f := nextNonDigit(t, q); q-a != 4 || memberFunds[t[a:q-1]] || f < n && t[f] == ' ' && f+1 < n && isDigit(t[f+1]) {
			a, prefixed = q, false
		}
	}
	if q >= n || !isDigit(t[q]) {
		return
	}
	// A state's Medicaid id may end in a capital after capitals and
	// five digits or more ("XJ48213K").
	if f := nextNonDigit(t, q); q > a && f-q >= 5 && f-q <= 12 && f < n && isUpperByte(t[f]) && (f+1 == n || !isAlnum(t[f+1]) && t[f+1] < 0x80) {
		s.add(cand{start: a, end: f + 1, typ: TypeMemberID, rec: "member_id", score: 0.6})
		return
	}
	g, e := digitGroups(t, q)
	// A short first group needs ten digits ("30 4417 2290 1"), or three
	// groups of eight or more ("60-448-1093"), or two joined by a dash
	// ("Mitgliedsnr. 04-22817", session 55), or the plan's capitals
	// before it.
	// (e is 0 when the groups run on: no value, which the test below
	// drops.)
	dashed := e != 0 && g.n == 2 && t[q+g.len[0]] == '-' && !(g.len[1] == 4 && yearLike(t[e-4:e])) // not "03-2019", a month
	// The plan's capitals make five digits enough: "Membership no is
	// WFC-00734" (session 55).
	// A motoring club's card of four groups of four ("AA membership no.
	// 6354 2210 8871 0392", session 56).
	// So do four groups of twelve digits or more, as loyalty cards and
	// airlines' programmes print them ("Tessera n. 0038 4417 2290 56",
	// session 61).
	// Argentina's health plans (prepagas) print the holder's number with
	// the plan's code, a check digit and the family member's pair apart:
	// "n° de socio 61 234567 8 01", eleven digits in four groups.
	card := g.n == 4 && (g.len[0] == 4 && g.len[1] == 4 && g.len[2] == 4 && g.len[3] == 4 || g.digits >= 12 || g.digits >= 10 && g.len[1] >= 6)
	// A year and its month is a date: "2025-03".
	month := g.n == 2 && g.len[0] == 4 && g.len[1] <= 2 && yearLike(t[q:q+4])
	// A chat platform's user id runs to 19 digits in one group ("discord
	// id 903318742266105856", session 64); a European health insurance
	// card's number to 20 (ehicNumber).
	if e == 0 || g.n > 3 && !card || g.date() || month || g.digits < 6 && !(prefixed && g.digits == 5) || g.digits > 16 && (g.n > 1 || g.digits > 19 && !ehicNumber(t[q:e])) || g.len[0] < 4 && g.digits < 10 && !prefixed && !(g.n == 3 && g.digits >= 8) && !dashed {
		return
	}
	if g.n == 2 && g.len[0] == 4 && g.len[1] == 4 && yearLike(t[q:q+4]) && yearLike(t[e-4:e]) {
		return // "membership 2019-2023": years
	}
	if prefixed && g.n > 1 && g.len[0] == 4 && yearLike(t[q:q+4]) {
		return // "Nº de expediente REC-2024-33817": a file's reference of its year
	}
	if e+1 < n && t[e] == '-' && isUpperByte(t[e+1]) && (e+2 == n || !isAlnum(t[e+2]) && t[e+2] < 0x80) {
		e += 2 // a check letter after a dash: "AP-5582093-K" (session 59)
	}
	c := cand{start: a, end: e, typ: TypeMemberID, rec: "member_id", score: 0.6}
	s.add(c)
	s.sameShapeAlternates(c)
}

// interleavedMemberEnd returns the end of a member's id at q whose
// capitals and digits alternate, as some US insurers issue them
// ("Subscriber ID: 7M4KP2319R"): eight to fourteen capitals and digits,
// four digits or more and two capitals or more, a digit after a capital
// that follows a digit, ending its word; or -1. The plans' shapes of
// capitals before digits ("XGH884201937", "XJ48213K") are read by
// memberAfter's own steps.
func interleavedMemberEnd(t string, q int) int {
	e, digits, caps, turns := q, 0, 0, 0
	for ; e < len(t) && e-q <= 14 && (isDigit(t[e]) || isUpperByte(t[e])); e++ {
		if !isDigit(t[e]) {
			caps++
			continue
		}
		digits++
		if e > q && isUpperByte(t[e-1]) && digits > 1 {
			turns++ // a digit after a capital after a digit
		}
	}
	if e-q < 8 || e-q > 14 || digits < 4 || caps < 2 || turns == 0 || e < len(t) && (isAlnum(t[e]) || t[e] >= 0x80 || t[e] == '-' && e+1 < len(t) && isAlnum(t[e+1])) {
		return -1
	}
	return e
}

// memberFunds are funds, insurers and clubs of three capitals whose
// name stands between a member's word and the number, no prefix of it:
// France's family allowance and health funds ("numéro allocataire CAF
// 4821937"), Germany's health funds, the motoring clubs.
var memberFunds = setOf("CAF", "MSA", "AOK", "DAK", "BKK", "IKK", "KKH", "HEK", "AXA", "RAC", "NHS")

// thisOneWords ask, in Portuguese, whether what follows is the value a
// sentence before named ("é este", "é esta": "is it this one").
var thisOneWords = []string{"é este ", "é esta ", "e este ", "e esta "}

// thisOneAfter returns where the value starts when the sentence of its
// word ends at p and the next one asks whether this is it: "pede o nº
// de utente. é este 291044718?". It returns -1 otherwise.
func thisOneAfter(t string, p int) int {
	if p+2 >= len(t) || t[p] != '.' && t[p] != '?' && t[p] != ',' || t[p+1] != ' ' {
		return -1
	}
	q := p + 2
	for _, w := range thisOneWords {
		if e := q + len(w); e < len(t) && strings.EqualFold(t[q:e], w) && isDigit(t[e]) {
			return e
		}
	}
	return -1
}

// ehicNumber reports whether v is the number of a European health
// insurance card: twenty digits, "80" and the issuing country's ISO 3166
// numeric code first ("Europeisk helsetrygdkort nr.
// 80578000004418239271", Norway's 578; session 75).
func ehicNumber(v string) bool {
	return len(v) == 20 && allDigits(v) && v[0] == '8' && v[1] == '0'
}
