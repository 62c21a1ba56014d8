package redact

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// TestAddRange checks addRange on ranges it falls between, overlaps,
// touches and covers.
func TestAddRange(t *testing.T) {
	for _, c := range []struct{ in, want []rune }{
		{nil, []rune{'0', '9'}},
		{[]rune{'A', 'Z'}, []rune{'0', '9', 'A', 'Z'}},
		{[]rune{' ', ' ', 'a', 'z'}, []rune{' ', ' ', '0', '9', 'a', 'z'}},
		{[]rune{'1', '2', '5', '5'}, []rune{'0', '9'}},
		{[]rune{'+', '-', '/', '/', ':', ':'}, []rune{'+', '-', '/', ':'}},
		{[]rune{'0', 'z'}, []rune{'0', 'z'}},
		{[]rune{'#', '$', '3', '3', 0xa0, 0xa0}, []rune{'#', '$', '0', '9', 0xa0, 0xa0}},
	} {
		if got := addRange(slices.Clone(c.in), '0', '9'); !slices.Equal(got, c.want) {
			t.Errorf("addRange(%q): %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAnyDigitWidens checks anyDigit on the default rules: each widened
// pattern matches wherever its rule matches, the same text, and matches
// the rule's matches with their digits replaced; the digit automaton
// then reads every digit as one symbol.
func TestAnyDigitWidens(t *testing.T) {
	wholeWithoutRace(t)
	rng := rand.New(rand.NewPCG(5, 6))
	texts := differentialTexts(DefaultRules(), 2000)
	checked := 0
	for _, r := range DefaultRules() {
		re, err := syntax.Parse(r.Pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		re = re.Simplify()
		anyDigit(re)
		orig := regexp.MustCompile(`^(?:` + r.Pattern + `)$`)
		wide := regexp.MustCompile(`^(?:` + re.String() + `)$`)
		find := regexp.MustCompile(r.Pattern)
		for _, text := range texts {
			for _, m := range find.FindAllStringIndex(text, -1) {
				w := text[m[0]:m[1]]
				if !orig.MatchString(w) {
					continue // the match needs the text around it (\b, ^)
				}
				other := []byte(w)
				for k, c := range other {
					if c >= '0' && c <= '9' {
						other[k] = byte('0' + rng.IntN(10))
					}
				}
				checked++
				if !wide.MatchString(w) || !wide.MatchString(string(other)) {
					t.Errorf("%s: widened %s does not match a match of %d bytes or its digits changed", r.Name, re, len(w)) // never the text
				}
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d matches checked", checked)
	}
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, dd := range e.digitDFAs {
		d := dd.dfa.Load()
		if strings.ContainsFunc("123456789", func(c rune) bool { return d.sym[c] != d.sym['0'] }) {
			t.Errorf("digit automaton: the digits are not one symbol")
		}
	}
}
