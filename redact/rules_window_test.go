package redact

import (
	"math/rand/v2"
	"os"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestDigitWindowsMatchWholeText checks that the digit automata, run over
// their windows (narrowed to the ASCII reach where the characters around
// a number are ASCII in a text that is not), note the same regions of the
// same rules, in the same order, as when they read the whole text: the
// windows are an exact shortcut. Texts are the rules' examples, the chat
// corpus when it is there, and random mixes of digit groups, words and
// separators, with characters above ASCII.
func TestDigitWindowsMatchWholeText(t *testing.T) {
	wholeWithoutRace(t)
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	e.restDFAs = nil // the other automata read the text alike both ways
	var texts []string
	for _, r := range DefaultRules() {
		for _, ex := range r.Examples {
			texts = append(texts, ex.Text)
		}
	}
	if raw, err := os.ReadFile(chatCorpus); err == nil {
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		texts = append(texts, randomDigitText(rng))
	}
	// Strings of the digit rules' own patterns (their longest reach
	// included) between characters above ASCII and ASCII ones.
	around := []string{"", " ", "é", "é ", "日本", "x", "-", "\u00a0", "€1", "ab", "ſ"}
	for _, dd := range e.digitDFAs {
		for ri := range e.rules {
			if dd.mask[ri>>6]&(1<<(ri&63)) == 0 {
				continue
			}
			re, err := syntax.Parse(e.rules[ri].Pattern, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			re = re.Simplify()
			for range 200 {
				var b strings.Builder
				b.WriteString(around[rng.IntN(len(around))])
				progSample(&b, re, rng)
				b.WriteString(around[rng.IntN(len(around))])
				texts = append(texts, b.String())
			}
		}
	}
	windows := 0
	for n, text := range texts {
		got, whole, ok := windowSpans(e, text)
		if !ok {
			continue // an automaton ran out of states: it starts afresh
		}
		if whole != nil && !slices.Equal(got, whole) {
			t.Errorf("text %d (%d bytes): windows note %v, the whole text %v", n, len(text), got, whole) // never the text
		}
		windows += len(got)
	}
	if windows == 0 {
		t.Fatal("no region noted: the texts test nothing")
	}
}

// windowSpans returns the regions the rules' automata note in text over
// their windows (scanRules) and over the whole text, the latter nil when
// an automaton ran out of states there; ok is false when one ran out in
// the windows, and it starts afresh.
func windowSpans(e *Engine, text string) (windows, whole []ruleSpan, ok bool) {
	s := e.acquire(text)
	defer e.release(s)
	s.scan()
	if !s.scanRules() {
		return nil, nil, false
	}
	windows = slices.Clone(s.spans)
	s.spans = s.spans[:0]
	full := true
	for _, dd := range e.digitDFAs {
		if dd.ctx && !s.anyOn(dd.mask) {
			continue
		}
		full = full && s.scanWindow(&dd.dfa, dd.dfa.Load(), 0, len(text), false)
	}
	s.closeSpans()
	if full {
		whole = slices.Clone(s.spans)
	}
	return windows, whole, true
}

// randomDigitText returns a text of digit groups, words and separators as
// the digit rules see them: numbers of every length, letters next to
// digits, the separators and words of the rules, and now and then a
// character above ASCII.
func randomDigitText(rng *rand.Rand) string {
	seps := []string{" ", " ", "-", ".", "/", ":", "+", "#", "$", "_", ",", "\n", "(", ")", "'", "\"", "=", " - ", ": ", "\u00a0", "\u2009"}
	words := []string{"DE", "HRB", "cvv", "CVV2", "card code", "code", "is", "no.", "SSN", "ab", "AB", "X", "z", "the", "order",
		"GIR", "AKIA", "CFGHJKLM", "cfghjklmn", "é", "ſ", "\u212a", "€", "£", "日本"}
	var b strings.Builder
	for range 1 + rng.IntN(8) {
		switch rng.IntN(4) {
		case 0, 1:
			for range 1 + rng.IntN(14) {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
		case 2:
			w := words[rng.IntN(len(words))]
			if rng.IntN(3) == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
		default:
			for range 1 + rng.IntN(9) {
				c := byte('a' + rng.IntN(26))
				if rng.IntN(2) == 0 {
					c -= 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
		if rng.IntN(3) > 0 {
			b.WriteString(seps[rng.IntN(len(seps))])
		}
	}
	return b.String()
}
