package redact

import (
	"strings"
	"unicode/utf8"
)

// Passport numbers of any country, after a passport word.
//
// The national rules know the formats of a few countries (US, UK,
// Germany, India, Korea, Spain, Italy) and report them under their own
// types. Most countries' numbers have no check a rule could test: seven
// to nine letters and digits, "28BY73497" in France, "FC966874" in
// Brazil, "C9RNP205M" in Germany's newer series. Such a number is a
// passport's only where the text says so, right before it: a passport
// word in one of the chat languages (the keyword group gPassport), then
// at most a few joiners ("number", "no.", "nº", "is", ":"), then the
// value. It is reported as PASSPORT at DefaultThreshold's score plus a
// little, under the national rules' scores, so that a country's own rule
// names a number it knows.

// passportScore is the score of a number after a passport word.
const passportScore = 0.5

// passportAfter looks for a passport number after the passport word
// t[start:p]. German "Pass" is the English word for many other things
// ("boarding pass", "day pass 4"): a number after it needs a label's
// joiner ("Pass-Nr.", "Pass: ").
func (s *state) passportAfter(start, p int) {
	t := s.text
	n := len(t)
	from := p
	if w := whatFor(t, p); w > p && p-start != 4 {
		// What the passport is for before the label's colon or verb:
		// "Reisepass für das Konto-Upgrade: C4J8R1V0N" (session 73).
		from = w
	}
	q, joined := joinersAfter(t, from, ":=-#.(),", passportJoiner) // "el pasaporte, es G28475913"
	if r := cestEnd(t, q); r > 0 {
		q, _ = joinersAfter(t, r, ":", passportJoiner) // "mon passeport c'est le 56PJ86789"
		joined = true
	}
	joined = joined || p-start != 4 // not "pass"
	if q == from || !joined {
		return
	}
	// Not after German "Pass", which labels only a German number
	// ("boarding pass: AB 123456").
	if end, ok := seriesAndNumber(t, q); ok && p-start != 4 {
		s.add(cand{start: q, end: end, typ: TypePassport, rec: "passport", score: passportScore})
		return
	}
	if end := digitSeriesEnd(t, q); end > 0 && p-start != 4 {
		s.add(cand{start: q, end: end, typ: TypePassport, rec: "passport", score: passportScore})
		return
	}
	end := q
	digits, upper, lower := 0, 0, 0
	for ; end < n && end-q <= 9; end++ {
		if c := t[end]; isDigit(c) {
			digits++
		} else if c >= 'A' && c <= 'Z' {
			upper++
		} else if c >= 'a' && c <= 'z' {
			lower++
		} else {
			break
		}
	}
	// Four digits or more; three among letters with no vowel, as
	// Germany's and the Netherlands' numbers are ("CJ8LT2M6P"), which no
	// word is.
	if m := end - q; m < 7 || m > 9 || upper > 0 && lower > 0 || digits < 3 || digits == 3 && hasVowel(t[q:end]) {
		return
	}
	if p-start == 4 && !germanPassportNumber(t[q:end]) {
		return // "day pass: 48213377"
	}
	// The value ends where the number does: not inside a longer code,
	// a date, a path or an address ("X1234567-2", "1234567/89").
	if end < n {
		if c := t[end]; c >= utf8.RuneSelf || (c == '-' || c == '/' || c == '.' || c == '@' || c == '_') && end+1 < n && isAlnum(t[end+1]) {
			return
		}
	}
	s.add(cand{start: q, end: end, typ: TypePassport, rec: "passport", score: passportScore})
}

// seriesAndNumber reports whether a passport's series of two capitals, a
// space and its number of six or seven digits start at q, as Ukraine's,
// Poland's and others' are written ("FT 418273", "EA 1234567"), and
// where they end. Since session 72 the capitals may be Cyrillic, as
// Ukraine's passport of the old booklet has them ("СН 482910", "КВ
// 117538").
func seriesAndNumber(t string, q int) (int, bool) {
	d := q
	if q+9 <= len(t) && isUpperByte(t[q]) && isUpperByte(t[q+1]) {
		d = q + 2
	} else if w := cyrCapWidth(t, q); w > 0 && cyrCapWidth(t, q+w) > 0 {
		d = q + 2*w
	}
	if d == q || d >= len(t) || t[d] != ' ' {
		return 0, false
	}
	end := d + 1
	for end < len(t) && end-d < 9 && isDigit(t[end]) {
		end++
	}
	if n := end - d - 1; n < 6 || n > 7 || end < len(t) && (isAlnum(t[end]) || t[end] >= utf8.RuneSelf) {
		return 0, false
	}
	return end, true
}

// cyrCapWidth returns the width of the capital of Russian's or
// Ukrainian's alphabet at t[i] (А to Я, and Є, І, Ї: D0 84, D0 86, D0
// 87, D0 90 to D0 AF), or 0.
func cyrCapWidth(t string, i int) int {
	if i+1 >= len(t) || t[i] != 0xd0 {
		return 0
	}
	if c := t[i+1]; c >= 0x90 && c <= 0xaf || c == 0x84 || c == 0x86 || c == 0x87 {
		return 2
	}
	return 0
}

// digitSeriesEnd returns the end of a passport's series of digits and
// its number that start at q, as Russia, Kazakhstan and their neighbours
// write them, or 0: the internal passport's four digits and six ("45 07
// 881290", "4507 881290", "4510 номер 771204", "4510 № 771204") and the
// passport for travel abroad's two digits and seven ("75 0318442"). The
// number ends the value: no letter, digit or symbol glued after it.
func digitSeriesEnd(t string, q int) int {
	digitsAt := func(i, n int) bool { return i+n <= len(t) && allDigits(t[i:i+n]) }
	if !digitsAt(q, 2) {
		return 0
	}
	i := q + 2
	end := 0
	switch {
	case digitsAt(i, 2):
		i += 2 // "4507 ..."
	case i+3 < len(t) && t[i] == ' ' && digitsAt(i+1, 2) && t[i+3] == ' ':
		i += 3 // "45 07 ..."
	case i < len(t) && t[i] == ' ' && digitsAt(i+1, 7):
		end = i + 8 // "75 0318442"
	default:
		return 0
	}
	if end == 0 {
		if i >= len(t) || t[i] != ' ' {
			return 0
		}
		i++
		for _, w := range []string{"номер ", "№ ", "№", "N "} {
			if strings.HasPrefix(t[i:], w) {
				i += len(w)
				break
			}
		}
		if !digitsAt(i, 6) {
			return 0
		}
		end = i + 6
	}
	if end < len(t) && (isAlnum(t[end]) || t[end] >= utf8.RuneSelf || (t[end] == '-' || t[end] == '/') && end+1 < len(t) && isAlnum(t[end+1])) {
		return 0
	}
	return end
}

// germanPassportNumber reports whether v is shaped as a German passport's
// number, the only one the German "Pass" labels: nine characters of the
// alphabet Germany's documents use (deDocLetters: digits and capitals
// without vowels, B, D, Q or S), the first of the newer series a letter
// of C, F, G, H, J and K.
func germanPassportNumber(v string) bool {
	if len(v) != 9 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if strings.IndexByte(deDocLetters, c) < 0 {
			return false
		}
	}
	return isDigit(v[0]) || strings.IndexByte("CFGHJKcfghjk", v[0]) >= 0
}

// passportJoiner reports whether w, folded to lower case, may stand
// between a passport word and its number: "passport number is", "n°",
// "Reisepassnummer lautet".
func passportJoiner(w string) bool {
	switch w {
	case "number", "no", "nr", "num", "nummer", "numéro", "numero", "número", "n°", "nº", "id",
		"is", "was", "ist", "lautet", "est", "es", "è", "é", "era", "war",
		// The country that issued it: "passeport français n° ...",
		// "UK passport", "pasaporte mexicano número ...".
		"uk", "us", "british", "american", "canadian", "australian", "irish", "indian", "german", "french", "spanish",
		"italian", "dutch", "mexican", "brazilian", "portuguese", "new", "français", "deutscher", "español", "mexicano",
		"italiano", "brasileiro", "português", "nederlands", "belge", "suisse", "británico", "britanico", "britânico",
		// "mon passeport c'est le 56PJ86789" (session 56; "c'est" itself
		// is read by passportAfter).
		"le",
		// Whose it is: "paspoortnummer van mijn moeder:", "passport of my
		// son", "Reisepass meiner Frau".
		"of", "van", "von", "de", "du", "di", "da", "do", "my", "mijn", "mein", "meine", "meiner", "meines", "mon", "ma",
		"mi", "mio", "mia", "meu", "minha", "his", "her", "zijn", "haar", "sein", "seine", "seiner", "ihr", "ihre", "ihrer",
		"son", "sa", "su", "suo", "sua", "seu", "frau", "mann", "vrouw", "man", "femme", "mari", "mujer", "marido", "moglie",
		// Polish (session 71): "Mój paszport to EK 5812345" ("to" is
		// Polish's "is"), "w paszporcie mam ..." (I have), "numer".
		"to", "mam", "numer",
		// Ukrainian and Russian (session 72): the series' word, "old
		// type" the booklet is called by, "my" ("паспорт серії КМ
		// 775310", "паспорт старого зразка СН 482910").
		"серії", "серія", "серия", "серии", "старого", "зразка", "образца", "номер", "мій", "мой":
		return true
	}
	return parentWords[w] || childWords[w] || nationalityShaped(w)
}

// nationalityShaped reports whether w, folded, has the ending of an
// adjective of nationality in the chat languages, which names the
// country that issued a passport after its word: "passeport sénégalais",
// "pasaporte colombiano", "passaporto brasiliano", "ukrainischer".
func nationalityShaped(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, e := range [...]string{"ais", "aise", "ien", "ienne", "iano", "iana", "ano", "ana", "eno", "ena", "ese", "ischer", "ische", "isch", "ian", "ean", "ino", "ina"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// hasVowel reports whether v holds one of the ASCII letters a, e, i, o,
// u in either case.
func hasVowel(v string) bool {
	for i := 0; i < len(v); i++ {
		if isVowel(v[i] | 0x20) {
			return true
		}
	}
	return false
}
