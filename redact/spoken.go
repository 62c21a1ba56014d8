package redact

import (
	"context"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Numbers read out in words. A call's transcript, as speech recognition
// writes it, spells the digits a caller reads out: "four one five five
// five five oh one nine two", "oh seven seven double oh nine double oh
// four one eight", "five three one dash four two dash eight eight one
// six", "zéro six quarante-sept douze quatre-vingt-trois", "cuatro ocho
// dos uno tres nueve cero siete" (session 69). Read as they stand, no
// recognizer sees a number in them. A text that holds enough number
// words (the keyword table's gSpoken, counted as the scan meets them)
// is read a second time with each run of them that makes
// minSpokenDigits digits or more written in digits ("4155550192",
// "531-42-8816"), the offsets of what that reading finds mapped back to
// the words (see unescapedOffset), and what the text read as written
// finds beyond it added (see addUncovered).

// minSpokenDigits is the fewest digits a run of number words must make
// to be written in digits: a phone's, a card's, an account's or a
// code's, not "two or three" or "nineteen seventy nine" of prose.
const minSpokenDigits = 6

// minSpokenHits is the fewest number words that make the scan ask for
// the second reading.
const minSpokenHits = minSpokenDigits - 1

// spokenKind is what a number word does in a run.
type spokenKind uint8

const (
	spUnit   spokenKind = iota + 1 // a digit: "four", "oh", "cero"
	spTeen                         // ten to nineteen, two digits
	spTens                         // twenty to ninety: a unit may follow
	spRepeat                       // "double", "triple": the next unit repeated
	spSep                          // "dash", "dot": a separator between digits
	spAnd                          // "et", "y" between the tens and the unit
	spPlus                         // "plus" before the first digit: a phone's '+'
	spFill                         // "uh", "um": a pause inside a run
)

// spokenWord is a number word's kind and value (the times for
// spRepeat, the byte for spSep).
type spokenWord struct {
	kind spokenKind
	val  int
}

// spokenUnits are the words of the digits 0 to 9 in English, Spanish,
// French, German, Italian and Portuguese, and the other words runs
// read. Left out: English "o" and Spanish "o" ("or"), Portuguese "um"
// (English's filler), Italian "due" (English "due"), Spanish "once"
// (English "once").
var spokenUnits = [][]string{
	{"zero", "oh", "cero", "zéro", "null", "nought"},
	{"one", "uno", "una", "un", "une", "eins"},
	{"two", "dos", "deux", "zwei", "zwo", "dois", "duas"},
	{"three", "tres", "trois", "drei", "tre", "três"},
	{"four", "cuatro", "quatre", "vier", "quattro", "quatro"},
	{"five", "cinco", "cinq", "fünf", "funf", "cinque"},
	{"six", "seis", "sechs", "sei"},
	{"seven", "siete", "sept", "sieben", "sette", "sete"},
	{"eight", "ocho", "huit", "acht", "otto", "oito"},
	{"nine", "nueve", "neuf", "neun", "nove"},
}

var spokenWords = func() map[string]spokenWord {
	m := map[string]spokenWord{}
	for v, ws := range spokenUnits {
		for _, w := range ws {
			m[w] = spokenWord{spUnit, v}
		}
	}
	teens := [][]string{
		{"ten", "diez", "dix"},
		{"eleven", "onze"},
		{"twelve", "doce", "douze"},
		{"thirteen", "trece", "treize"},
		{"fourteen", "catorce", "quatorze"},
		{"fifteen", "quince", "quinze"},
		{"sixteen", "dieciséis", "dieciseis", "seize"},
		{"seventeen", "diecisiete"},
		{"eighteen", "dieciocho"},
		{"nineteen", "diecinueve"},
	}
	for v, ws := range teens {
		for _, w := range ws {
			m[w] = spokenWord{spTeen, 10 + v}
		}
	}
	tens := [][]string{
		{"twenty", "veinte", "vingt"},
		{"thirty", "treinta", "trente"},
		{"forty", "cuarenta", "quarante"},
		{"fifty", "cincuenta", "cinquante"},
		{"sixty", "sesenta", "soixante"},
		{"seventy", "setenta"},
		{"eighty", "ochenta"},
		{"ninety", "noventa"},
	}
	for v, ws := range tens {
		for _, w := range ws {
			m[w] = spokenWord{spTens, 20 + 10*v}
		}
	}
	m["double"] = spokenWord{spRepeat, 2}
	m["triple"] = spokenWord{spRepeat, 3}
	for _, w := range []string{"dash", "hyphen", "tiret", "guion", "guión"} {
		m[w] = spokenWord{spSep, '-'}
	}
	for _, w := range []string{"dot", "point", "punto"} {
		m[w] = spokenWord{spSep, '.'}
	}
	m["et"] = spokenWord{spAnd, 0}
	m["y"] = spokenWord{spAnd, 0}
	m["plus"] = spokenWord{spPlus, '+'}
	for _, w := range []string{"uh", "um", "uhm", "er", "erm", "ah", "eh"} {
		m[w] = spokenWord{spFill, 0}
	}
	return m
}()

// spokenHitWords are the number words whose hits the scan counts: the
// units, teens and tens, and "double" and "triple".
func spokenHitWords() []string {
	var ws []string
	for _, w := range slices.Sorted(maps.Keys(spokenWords)) {
		if k := spokenWords[w].kind; k != spSep && k != spAnd && k != spPlus && k != spFill {
			ws = append(ws, w)
		}
	}
	return ws
}

// spokenHits reports whether the scan met minSpokenHits number words in
// a row, at most eight bytes apart: a space, a comma and a space, or a
// word that is no hit between them, "et" or "y" between the tens and
// the unit, "dash", "dot" or "hyphen" between digits.
func (s *state) spokenHits() bool {
	n, end := 0, -1
	for _, h := range s.hits {
		if s.e.kw.entries[h.entry].groups&gSpoken == 0 {
			continue
		}
		if end >= 0 && h.start-end <= 8 {
			n++
		} else {
			n = 1
		}
		if n >= minSpokenHits {
			return true
		}
		end = h.end
	}
	return false
}

// detectSpoken reads text, whose findings read as written are fs, a
// second time with its runs of number words in digits, and returns what
// that reading finds, mapped back to text, with what fs holds beyond it.
func (e *Engine) detectSpoken(ctx context.Context, text string, fs []Finding) ([]Finding, error) {
	view, shifts := spokenNumbers(text)
	if shifts == nil {
		return fs, nil
	}
	vfs, err := e.detect(ctx, view)
	if err != nil {
		return nil, err
	}
	for i := range vfs {
		vfs[i].Start = runeStartAt(text, unescapedOffset(shifts, vfs[i].Start))
		vfs[i].End = runeStartAt(text, unescapedOffset(shifts, vfs[i].End))
	}
	return addUncovered(vfs, fs), nil
}

// runeStartAt moves p back to the start of the character it is in.
func runeStartAt(text string, p int) int {
	for p > 0 && p < len(text) && !utf8.RuneStart(text[p]) {
		p--
	}
	return p
}

// spokenValue returns the number word w, in lower case, or a French
// compound of them joined by hyphens ("quarante-sept",
// "quatre-vingt-trois", "soixante-dix-sept", "vingt-et-un") as one
// word of its value; ok is false for any other word.
func spokenValue(w string) (spokenWord, bool) {
	if sw, ok := spokenWords[w]; ok {
		return sw, true
	}
	if strings.IndexByte(w, '-') < 0 {
		return spokenWord{}, false
	}
	v, prev := 0, ""
	for _, p := range strings.Split(w, "-") {
		switch {
		case p == "et":
			continue
		case (p == "vingt" || p == "vingts") && prev == "quatre":
			v += 80 - 4
		default:
			sw, ok := spokenWords[p]
			if !ok || sw.kind != spUnit && sw.kind != spTeen && sw.kind != spTens || sw.kind == spTens && v%10 != 0 {
				return spokenWord{}, false
			}
			v += sw.val
		}
		prev = p
	}
	if v < 10 || v > 99 {
		return spokenWord{}, false
	}
	return spokenWord{spTeen, v}, true // two digits, no unit after them
}

// spokenToken is one word of a run: where it stands in the text and
// what it wrote.
type spokenToken struct {
	start, end int
	wrote      int // bytes written for it
	kind       spokenKind
	pause      bool // a comma, "..." or "uh" before it: the speaker's group ends
}

// spokenNumbers returns text with each run of number words that makes
// minSpokenDigits digits or more written in digits, and the shifts that
// map the returned text's offsets back to text's; text and nil when
// there is none.
func spokenNumbers(text string) (string, []shift) {
	v := viewBuilder{text: text}
	var run []spokenToken
	var digits []byte // the run's bytes
	var spaced []byte // a word's bytes and the space of a pause after them
	tensAt := -1      // where in digits a tens word's "0" waits for a unit
	repeat := 0
	ndig := 0
	flush := func() {
		// A separator, "double", "et" or "plus" that no digit follows is
		// no part of the run.
		for len(run) > 0 {
			tk := run[len(run)-1]
			if tk.kind != spSep && tk.kind != spRepeat && tk.kind != spAnd && tk.kind != spPlus {
				break
			}
			digits = digits[:len(digits)-tk.wrote]
			run = run[:len(run)-1]
		}
		if ndig >= minSpokenDigits && len(run) > 0 {
			// Each word's digits stand for the text up to the next word
			// that wrote any (the first's from the run's start: a
			// "double" before it), the last's up to the run's end (a
			// unit merged into the tens, "forty two"). Where the
			// speaker paused between two digits, a space parts their
			// groups as a writer's would ("nine one seven, uh, five five
			// five, ..." is "917 555 ..."; session 80).
			// A speaker who pauses after a single digit ("six one
			// seven, eight, six, seven, ...") groups nothing.
			grouped, size := true, 0
			for k, tk := range run {
				if tk.pause && k > 0 {
					grouped = grouped && size >= 2
					size = 0
				}
				size += tk.wrote
			}
			grouped = grouped && size >= 2
			from, w := run[0].start, 0
			for k, tk := range run {
				if tk.wrote == 0 {
					continue
				}
				to, gap := run[len(run)-1].end, false
				for _, nx := range run[k+1:] {
					gap = gap || nx.pause && grouped
					if nx.wrote > 0 {
						to = nx.start
						break
					}
				}
				out := digits[w : w+tk.wrote]
				if gap && to < run[len(run)-1].end && isDigit(out[len(out)-1]) {
					spaced = append(append(spaced[:0], out...), ' ')
					out = spaced
				}
				v.replaceBytes(from, to-from, out)
				from, w = to, w+tk.wrote
			}
		}
		run, digits, tensAt, repeat, ndig = run[:0], digits[:0], -1, 0, 0
	}
	prevEnd, pause := -1, false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || r == '-' && j+1 < len(text) && text[j+1] != '-' && text[j+1] != ' ' {
				j += size
				continue
			}
			break
		}
		w := strings.ToLower(text[i:j])
		sw, ok := spokenValue(w)
		if !ok || prevEnd >= 0 && !spokenGap(text[prevEnd:i]) {
			flush()
			pause = false
		}
		if !ok {
			prevEnd = -1
			i = j
			continue
		}
		pause = pause || prevEnd >= 0 && strings.Trim(text[prevEnd:i], " ") != ""
		if sw.kind == spFill {
			// A filler keeps a run going as a pause, and starts none.
			if len(run) > 0 {
				prevEnd, pause = j, true
			}
			i = j
			continue
		}
		wrote := 0
		switch sw.kind {
		case spUnit:
			switch {
			case repeat > 0:
				for k := 0; k < repeat; k++ {
					digits = append(digits, byte('0'+sw.val))
				}
				wrote, ndig = repeat, ndig+repeat
			case tensAt >= 0 && sw.val > 0:
				digits[tensAt] = byte('0' + sw.val)
			default:
				digits = append(digits, byte('0'+sw.val))
				wrote, ndig = 1, ndig+1
			}
			repeat, tensAt = 0, -1
		case spTeen, spTens:
			if repeat > 0 {
				flush()
			}
			digits = append(digits, byte('0'+sw.val/10), byte('0'+sw.val%10))
			wrote, ndig = 2, ndig+2
			tensAt = -1
			if sw.kind == spTens {
				tensAt = len(digits) - 1
			}
		case spRepeat:
			if repeat > 0 {
				flush()
			}
			repeat, tensAt = sw.val, -1
		case spSep:
			if len(digits) == 0 || repeat > 0 || digits[len(digits)-1] == '-' || digits[len(digits)-1] == '.' {
				flush()
				prevEnd = -1
				i = j
				continue
			}
			digits = append(digits, byte(sw.val))
			wrote, tensAt = 1, -1
		case spAnd:
			// Only between the tens and their unit ("vingt et un",
			// "treinta y cinco").
			if tensAt < 0 {
				flush()
				prevEnd = -1
				i = j
				continue
			}
		case spPlus:
			// Only before a run's first digit: "plus four four seven
			// nine ..." is "+447 9...".
			if len(run) > 0 {
				flush()
			}
			digits = append(digits, '+')
			wrote = 1
		}
		run = append(run, spokenToken{start: i, end: j, wrote: wrote, kind: sw.kind, pause: pause})
		prevEnd, pause = j, false
		i = j
	}
	flush()
	return v.view()
}

// spokenGap reports whether g, the text between two words, keeps them in
// one run: spaces, and a comma after the first, or an ellipsis between
// them ("three seven seven three ... eight two four five").
func spokenGap(g string) bool {
	g = strings.TrimPrefix(g, ",")
	if g == "" {
		return false
	}
	g = strings.Trim(g, " ")
	return g == "" || g == "..." || g == "…"
}
