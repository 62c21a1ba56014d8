package redact

import (
	"strings"
	"unicode/utf8"
)

// Greek text (session 71). Greece is not among the default phone
// regions, and a Greek chat gives its mobile after a name or a verb as
// often as after a phone's word ("Σοφία Μαυρίδου, κιν. 6985 214 330",
// "καλέστε με στο 6944 902 516"); its identity card is two capitals and
// six digits ("ΑΔΤ ΑΚ 482913"), which no checksum confirms.

// hasGreek reports whether t holds a letter of the Greek and Coptic
// block (U+0370 to U+03FF: lead bytes CD to CF), looking at the bytes
// beyond ASCII only.
func hasGreek(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if c := t[i]; c >= 0xcd && c <= 0xcf {
			return true
		}
	}
	return false
}

// greekMobileRead offers the run as a phone when it is a Greek mobile
// (greekMobile) in a text of Greek script, whatever region the detector
// has ("Σοφία Μαυρίδου, κιν. 6985 214 330", "καλέστε με στο 6944 902
// 516"), and reports whether it was one.
func (ph *phoneRead) greekMobileRead() bool {
	s, x, d := ph.s, ph.x, ph.d
	if !greekMobile(x, d) || !hasGreek(aroundNumber(s.text, x.start, ph.end)) || s.e.leniency >= PhoneValid && !strictPhone(30, d) {
		return false
	}
	ph.add(0.3, true) // which a phone word raises, as before
	ph.add(0.5, false)
	return true
}

// greekMobile reports whether the digit run x, of digits d, is a Greek
// mobile as Greeks write one: "69" and eight digits, glued or grouped
// "6985 214 330", "697 412 5590" or "6977 58 31 20". No order, amount
// or reference of a Greek chat opens with 69 in those groups.
func greekMobile(x *numInfo, d []byte) bool {
	if len(d) != 10 || d[0] != '6' || d[1] != '9' || x.mixed || x.sep == '.' || x.sep == '/' {
		return false
	}
	g := x.glens[:x.ng]
	switch len(g) {
	case 1:
		return true
	case 3:
		return g[0] == 4 && g[1] == 3 && g[2] == 3 || g[0] == 3 && g[1] == 3 && g[2] == 4
	case 4:
		return g[0] == 4 && g[1] == 2 && g[2] == 2 && g[3] == 2
	}
	return false
}

// greekTown reports whether tokens a to b, a place the recognizer would
// report, are written in Greek letters in a text of Greek (greekProse):
// a town there names where a shop is or a parcel goes ("Το κατάστημα
// στη Λάρισα", "Ελένη Φραγκιαδάκη, Χανιά"), as a street's address names
// whose home it is; a town in Greek letters in a text of another
// language ("I'm in ΠΑΦΟΣ, at the conference", "located at Μεγάλη Άμμος
// 198 Apt. 822 ΠΑΦΟΣ") stays a place. Its tokens stay used: the town is
// no one's name either.
func (s *entScanner) greekTown(a, b int) bool {
	t := s.text
	p, q := int(s.toks[a].s), int(s.toks[b].e)
	if c := t[p]; c < 0xce || c > 0xcf {
		return false
	}
	w1, l1 := greekWords(t[:p])
	w2, l2 := greekWords(t[q:])
	return l1+l2 > 0 || w1+w2 >= 4
}

// greekWords counts the words of Greek letters in t, and those of them
// that open in lower case: a text of Greek has its articles and verbs
// ("το", "στην", "θέλω"), or, written in capitals, four words or more.
func greekWords(t string) (words, lower int) {
	for i := 0; i+1 < len(t); i++ {
		if !greekLetterAt(t, i) || greekLetterBefore(t, i) {
			continue
		}
		words++
		if greekLowerAt(t, i) {
			lower++
		}
		i++
	}
	return words, lower
}

// Postal addresses in Greek, as Greeks write them: the street in the
// genitive, maybe after its designator or an abbreviation ("Λεωφ.
// Κηφισίας 180", "Βασ. Σοφίας 72", "Ηρώων Πολυτεχνείου 45", "ΟΔΟΣ
// ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ 17"), the house's number, maybe the floor ("3ος
// όροφος"), then the postcode, maybe after "Τ.Κ.", and the town
// ("10563 Αθήνα", "Τ.Κ. 38333 Βόλος"), or the town and then the
// postcode ("Περιστέρι 12132"). The postcode anchors the address
// (greekAddressAt): five digits, or three and two, as Greece writes
// them, or four, as Cyprus does ("Αρχιεπισκόπου Μακαρίου Γ' 112, 3030
// Λεμεσός"). The street reader reads the street's last word alone and
// none of the rest.

// greekAddressName is the recognizer of Greek addresses.
const greekAddressName = "greek_address"

// greekAddrStop are the words, folded (see greekFoldWord), that stand
// before a street's name and are none of it: the labels of an address
// ("Διεύθυνση"), its kinds ("αποστολής", of delivery; "νέα", "παλιά",
// new and old), the articles and prepositions ("στη", "στην", "σε",
// "από"), "and".
var greekAddrStop = greekFoldSet("διεύθυνση", "διεύθυνσης", "διευθύνσεως", "αποστολής", "παράδοσης", "κατοικίας", "νέα", "παλιά",
	"στη", "στην", "στον", "στο", "σε", "την", "τη", "της", "του", "τον", "η", "ο", "από", "για", "και", "με", "προς")

// greekTownOpeners are the first words of towns' names of two words,
// folded: "Νέα Σμύρνη", "Αγία Παρασκευή", "Παλαιό Φάληρο", "Άνω
// Λιόσια", "Κάτω Πολεμίδια".
var greekTownOpeners = greekFoldSet("νέα", "νέο", "νέος", "νέοι", "αγία", "άγιος", "άγιοι", "αγίου", "παλαιό", "παλαιά", "άνω", "κάτω",
	"μεγάλη", "μικρή", "αρχαία", "όρμος")

// greekAddresses reads the Greek addresses of the text, anchored at
// their postcodes.
func (s *state) greekAddresses() {
	t := s.text
	for i := s.firstDigit; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && (isAlnum(t[i-1]) || t[i-1] == '+' || t[i-1] == '-' || t[i-1] == '/' || t[i-1] == '.') {
			continue
		}
		e := greekPostcodeEnd(t, i)
		if e < 0 {
			for i < len(t) && isDigit(t[i]) {
				i++
			}
			continue
		}
		s.greekAddressAt(i, e)
		i = e
	}
}

// greekPostcodeEnd returns the end of the postcode that starts at t[p],
// or -1: five digits, three and two a space apart, or four, that no
// digit, letter or mark of a longer number continues.
func greekPostcodeEnd(t string, p int) int {
	d := p
	for d < len(t) && isDigit(t[d]) {
		d++
	}
	switch {
	case d-p == 3 && d+3 <= len(t) && t[d] == ' ' && isDigit(t[d+1]) && isDigit(t[d+2]):
		d += 3
	case d-p != 4 && d-p != 5:
		return -1
	}
	if d < len(t) && (isAlnum(t[d]) || t[d] == '-' || t[d] == '/' || (t[d] == '.' || t[d] == ',') && d+1 < len(t) && isDigit(t[d+1])) {
		return -1
	}
	if d+1 < len(t) && t[d] == ' ' && isDigit(t[d+1]) {
		return -1
	}
	return d
}

// greekAddressAt reads the address whose postcode is t[p:e] and adds
// it: the street's part before it, the town after it or between them.
func (s *state) greekAddressAt(p, e int) {
	t := s.text
	// "..., 15124 Μαρούσι", "..., Τ.Κ. 38333 Βόλος".
	b := greekPostcodeLabelBefore(t, p)
	if c := commaBefore(t, b); c >= 0 {
		if end := greekTownAfter(t, e); end > e {
			if a := greekStreetBefore(t, c); a >= 0 {
				s.add(cand{start: a, end: end, typ: TypeStreetAddress, rec: greekAddressName, score: 0.88})
			}
			return
		}
	}
	// "..., Περιστέρι 12132".
	q := p
	for q > 0 && t[q-1] == ' ' {
		q--
	}
	if w := greekTownBefore(t, q); w < q {
		if c := commaBefore(t, w); c >= 0 {
			if a := greekStreetBefore(t, c); a >= 0 {
				s.add(cand{start: a, end: e, typ: TypeStreetAddress, rec: greekAddressName, score: 0.88})
			}
		}
	}
}

// greekPostcodeLabelBefore returns where the postcode's label "Τ.Κ."
// ("ΤΚ", "Τ.Κ", postcode) starts before p, or p.
func greekPostcodeLabelBefore(t string, p int) int {
	q := p
	for q > 0 && (t[q-1] == ' ' || t[q-1] == ':') {
		q--
	}
	for _, l := range [...]string{"Τ.Κ.", "Τ.Κ", "ΤΚ", "τ.κ.", "Τ.κ."} {
		if strings.HasSuffix(t[:q], l) && (q == len(l) || !greekLetterBefore(t, q-len(l))) {
			return q - len(l)
		}
	}
	return p
}

// commaBefore returns the index of the comma that ends the text before
// p but for spaces, or -1.
func commaBefore(t string, p int) int {
	for p > 0 && t[p-1] == ' ' {
		p--
	}
	if p > 0 && t[p-1] == ',' {
		return p - 1
	}
	return -1
}

// greekTownAfter returns the end of the town's name that follows the
// postcode ending at e, one space apart: a capitalised Greek word, two
// after one of greekTownOpeners; or e.
func greekTownAfter(t string, e int) int {
	if e >= len(t) || t[e] != ' ' {
		return e
	}
	a := e + 1
	w := greekWordEnd(t, a)
	if w == a || !greekCapitalAt(t, a) {
		return e
	}
	if greekTownOpeners[greekFoldWord(t[a:w])] && w+1 < len(t) && t[w] == ' ' {
		if w2 := greekWordEnd(t, w+1); w2 > w+1 && greekCapitalAt(t, w+1) {
			return w2
		}
	}
	return w
}

// greekTownBefore returns the start of the town's name that ends at q
// before a postcode: a capitalised Greek word, two after one of
// greekTownOpeners; or q.
func greekTownBefore(t string, q int) int {
	a := greekWordStart(t, q)
	if a == q || !greekCapitalAt(t, a) {
		return q
	}
	if a > 1 && t[a-1] == ' ' {
		if a2 := greekWordStart(t, a-1); a2 < a-1 && greekTownOpeners[greekFoldWord(t[a2:a-1])] && greekCapitalAt(t, a2) {
			return a2
		}
	}
	return a
}

// greekStreetBefore returns the start of the street's part of an address
// whose comma is t[c], or -1: a house's number ("180", "12Α", "12-14")
// after one to four capitalised Greek words or abbreviations ("Λεωφ.",
// "Γ'"), which the line's start, a mark, a word in lower case or one of
// greekAddrStop precede; one part in between may name the floor ("3ος
// όροφος").
func greekStreetBefore(t string, c int) int {
	for parts := 0; parts < 2; parts++ {
		if a := greekStreetEndingAt(t, c); a >= 0 {
			return a
		}
		// A floor's part: "..., 3ος όροφος, 11528 Αθήνα".
		p := c
		for p > 0 && t[p-1] != ',' && t[p-1] != '\n' && c-p < 40 {
			p--
		}
		if p == 0 || t[p-1] != ',' || !strings.Contains(t[p:c], "όροφ") && !strings.Contains(t[p:c], "ΟΡΟΦ") && !strings.Contains(t[p:c], "οροφ") {
			return -1
		}
		c = p - 1
	}
	return -1
}

// greekStreetEndingAt returns the start of a street and its house's
// number that end at q (spaces aside), or -1 (see greekStreetBefore).
func greekStreetEndingAt(t string, q int) int {
	for q > 0 && t[q-1] == ' ' {
		q--
	}
	// The house's number: digits, maybe a Greek letter or a range after.
	n := q
	if n > 0 && t[n-1] >= 0x80 {
		if a := greekWordStart(t, n); a < n && n-a <= 2 && a > 0 && isDigit(t[a-1]) {
			n = a // "12Α"
		}
	}
	d := n
	for d > 0 && (isDigit(t[d-1]) || t[d-1] == '-' && d > 1 && isDigit(t[d-2])) {
		d--
	}
	if d == n || n-d > 7 || d == 0 || t[d-1] != ' ' {
		return -1
	}
	a, words := -1, 0
	for p := d - 1; words < 4; {
		// p is the space before the number or the word after.
		w := p
		if w > 0 && (t[w-1] == '.' || t[w-1] == '\'') {
			w-- // "Λεωφ.", "Γ'"
		}
		ws := greekWordStart(t, w)
		if ws == w || !greekCapitalAt(t, ws) || greekAddrStop[greekFoldWord(t[ws:w])] {
			break
		}
		a, words = ws, words+1
		if ws == 0 || t[ws-1] != ' ' {
			break
		}
		p = ws - 1
	}
	if a < 0 || a > 0 && isAlnum(t[a-1]) {
		return -1
	}
	return a
}

// greekWordEnd returns the end of the run of Greek letters at t[i].
func greekWordEnd(t string, i int) int {
	for i+1 < len(t) && greekLetterAt(t, i) {
		i += 2
	}
	return i
}

// greekWordStart returns the start of the run of Greek letters that ends
// at t[i].
func greekWordStart(t string, i int) int {
	for i >= 2 && greekLetterAt(t, i-2) {
		i -= 2
	}
	return i
}

// greekLetterAt reports whether t[i:] opens with a letter of the Greek
// block (U+0386 to U+03CE), two bytes of UTF-8.
func greekLetterAt(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	c, d := t[i], t[i+1]
	return c == 0xce && d >= 0x86 && d <= 0xbf || c == 0xcf && d >= 0x80 && d <= 0x8e
}

// greekLetterBefore reports whether a Greek letter ends right before p.
func greekLetterBefore(t string, p int) bool {
	return p >= 2 && greekLetterAt(t, p-2)
}

// greekCapitalAt reports whether t[i:] opens with a Greek capital,
// accented or not (U+0386 to U+03AB).
func greekCapitalAt(t string, i int) bool {
	return i+1 < len(t) && (t[i] == 0xce && t[i+1] >= 0x86 && t[i+1] <= 0xab)
}

// greekFoldWord returns the Greek word w in lower case without its
// accents, its final sigma as a medial one, as greekFold folds a
// letter.
func greekFoldWord(w string) string {
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		if len(b)+4 > len(buf) {
			break
		}
		b = utf8.AppendRune(b, greekFold(r))
	}
	return string(b)
}

// greekFoldSet returns the set of the words folded (greekFoldWord).
func greekFoldSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[greekFoldWord(w)] = true
	}
	return m
}

// greekFirmWords are the words, folded (see greekFoldWord), that name a
// firm before its tax number or its account: "company" in its cases and
// spellings, and the initials of its legal forms ("Α.Ε.", a company
// limited by shares; "Ε.Π.Ε.", "Ι.Κ.Ε.", "Ο.Ε.", read without their
// dots).
var greekFirmWords = greekFoldSet("εταιρεία", "εταιρείας", "εταιρία", "εταιρίας", "ΑΕ", "ΕΠΕ", "ΙΚΕ", "ΟΕ", "ΕΕ")

// greekFirmBefore reports whether a firm's word (greekFirmWords) stands
// before p in its sentence, within 80 bytes, and the writer does not
// call the firm theirs: "η εταιρεία μου (ΑΦΜ 027362188, ατομική
// επιχείρηση)", a sole trader's, is a person's number.
func greekFirmBefore(t string, p int) bool {
	lo := max(0, p-80)
	for i := p; i > lo; {
		c := t[i-1]
		// A full stop before a space ends the sentence, but one after an
		// initial ("Α.Ε. ").
		if c == '\n' || c == '!' || c == '?' || c == ';' || c == '.' && i < p && t[i] == ' ' && !(greekLetterBefore(t, i-1) && !greekLetterBefore(t, i-3)) {
			return false
		}
		if !greekLetterBefore(t, i) {
			i--
			continue
		}
		a := greekWordStart(t, i)
		w := t[a:i]
		// The initials of a legal form, dotted: "Α.Ε.", "Ε.Π.Ε.".
		for a >= 3 && t[a-1] == '.' && greekLetterAt(t, a-3) && (a == 3 || !greekLetterBefore(t, a-3)) {
			w = t[a-3:a-1] + w
			a -= 3
		}
		if greekFirmWords[greekFoldWord(w)] && !greekMineAfter(t, i) {
			return true
		}
		i = a
	}
	return false
}

// greekMineAfter reports whether "μου" (my) follows the word that ends
// at e: "η εταιρεία μου".
func greekMineAfter(t string, e int) bool {
	return strings.HasPrefix(t[e:], " μου") && !greekLetterAt(t, e+len(" μου"))
}

// greekLowerAt reports whether t[i:] opens with a Greek letter in lower
// case (U+03AC to U+03CE). A Greek name is written with its capital,
// in a chat typed without accents too ("Θοδωρης Λαμπροπουλος"); words
// of a text typed in lower case that the lists fold to given names or
// follow a greeting ("ευχαριστω πολυ για", "καλησπερα θελω να") are
// none.
func greekLowerAt(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	c, d := t[i], t[i+1]
	return c == 0xce && d >= 0xac && d <= 0xbf || c == 0xcf && d >= 0x80 && d <= 0x8e
}

// greekServiceLine reports whether the phone number v is a Greek
// freephone (800) or shared-cost line (801), ten digits written without
// the country's code ("801 11 15000", "800 11 12345"): a firm's, as
// freephone's numbers are, in a text of Greek (North America's 801, Utah's
// area code, is read in other texts).
func greekServiceLine(v string) bool {
	var buf [12]byte
	d := buf[:0]
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			if len(d) == len(buf) {
				return false
			}
			d = append(d, c)
		case c != ' ' && c != '-' && c != '.':
			return false
		}
	}
	return len(d) == 10 && d[0] == '8' && d[1] == '0' && (d[2] == '0' || d[2] == '1')
}
