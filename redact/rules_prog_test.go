package redact

import (
	"fmt"
	"github.com/stretchr/testify/assert"
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// progNoise are the fragments random texts are made of: the characters
// the rules' classes and assertions tell apart.
var progNoise = []string{"0", "1", "2", "5", "7", "9", "12", "345", " ", "  ", "-", ":", "/", ".", ",", "+",
	"#", "$", "_", "\n", "a", "Z", "k", "AB", "de", "€", "£", "é", "\u00a0", "\u2009", "\u202f", "\xff", "\x80",
	"ſ", "K", "x", "(", ")", "0 0"}

// progSample returns a random string of pattern re (parsed, simplified),
// choosing characters near the edges of its classes.
func progSample(b *strings.Builder, re *syntax.Regexp, rng *rand.Rand) {
	class := func(rs []rune) {
		if len(rs) == 0 {
			return
		}
		k := rng.IntN(len(rs)/2) * 2
		lo, hi := rs[k], min(rs[k+1], utf8.MaxRune)
		var c rune
		switch rng.IntN(3) {
		case 0:
			c = lo
		case 1:
			c = hi
		default:
			c = lo + rune(rng.Int64N(int64(hi-lo)+1))
		}
		if c >= 0xd800 && c < 0xe000 {
			// A surrogate is no character: take one of the class
			// beside the surrogates ('x' may be outside the class,
			// as in a negated one, "[^\w]").
			switch {
			case hi >= 0xe000:
				c = 0xe000
			case lo < 0xd800:
				c = lo
			default:
				c = 'x'
			}
		}
		b.WriteRune(c)
	}
	rep := func(lo, hi int) {
		if hi < 0 {
			hi = lo + 3
		}
		for range lo + rng.IntN(hi-lo+1) {
			progSample(b, re.Sub[0], rng)
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		for _, c := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 && rng.IntN(2) == 0 {
				c = unicode.SimpleFold(c)
			}
			b.WriteRune(c)
		}
	case syntax.OpCharClass:
		class(re.Rune)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteString(progNoise[rng.IntN(len(progNoise))])
	case syntax.OpCapture:
		progSample(b, re.Sub[0], rng)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			progSample(b, s, rng)
		}
	case syntax.OpAlternate:
		progSample(b, re.Sub[rng.IntN(len(re.Sub))], rng)
	case syntax.OpQuest:
		rep(0, 1)
	case syntax.OpStar:
		rep(0, -1)
	case syntax.OpPlus:
		rep(1, -1)
	case syntax.OpRepeat:
		rep(re.Min, re.Max)
	}
}

// TestRuleProgMatchesRegexp checks that every rule's ruleProg finds what
// its regular expression finds: on the golden texts and on random texts
// made of samples of its own pattern and noise, from random starts and
// ends.
func TestRuleProgMatchesRegexp(t *testing.T) {
	wholeWithoutRace(t)
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	// A search that gives up falls back to package regexp and compares
	// nothing: count them, per rule, so that a ruleProg that gave up on
	// everything would fail.
	searches, gaveUp := map[string]int{}, map[string]int{}
	// check compares the searches on text; name says which text it is in
	// a failure: the generated texts are shown, the corpus's are not.
	check := func(r *compiledRule, f *ruleForm, text, name string) {
		for range 3 {
			lo := decodePos(text, rng.IntN(len(text)+1))
			if rng.IntN(3) == 0 {
				lo = 0
			}
			hi := len(text)
			if rng.IntN(2) == 0 {
				hi = lo + rng.IntN(len(text)-lo+1)
				for hi < len(text) && !utf8.RuneStart(text[hi]) {
					hi++
				}
			}
			for _, sub := range []bool{false, true} {
				want := f.findRegexp(text, lo, hi, sub)
				var reg [progRegs]int
				found, ok := f.prog.find(text, lo, hi, &reg)
				searches[r.Name]++
				if !ok {
					gaveUp[r.Name]++
					continue
				}
				var got []int
				switch {
				case found && sub:
					got = reg[:f.prog.ncap]
				case found:
					got = reg[:2]
				}
				if !slices.Equal(got, want) {
					t.Fatalf("rule %s, %s [%d:%d] sub %v: ruleProg %v, regexp %v", r.Name, name, lo, hi, sub, got, want)
				}
			}
		}
	}
	// Patterns a user's rule may have, beyond the package's shapes:
	// folded literals, unbounded and lazy repetitions, empty matches,
	// line assertions, several groups.
	for _, pat := range []string{`(?i)ab[c-e]k`, `\d+`, `[0-9]*`, `(a|ab)(c|bcd)(d*)`, `(?m)^\d{2,}$`, `\B\d\d\B`,
		`x*?y`, `(?:a?)*b`, `(?:)`, `(?s).{2}\d`, `\bGIR 0AA\b|(?P<v>[A-Z]{2}\d)`, `(\d)(\d)?(?P<v>\d)?-(\w+)`, `\A\d|\d\z`} {
		r := compiledRule{Rule: Rule{Name: "user " + pat}}
		f := &r.forms[0]
		if err := f.compile(pat); err != nil {
			t.Fatal(err)
		}
		if f.prog = newRuleProg(pat); f.prog == nil {
			t.Fatalf("%s: no ruleProg", pat)
		}
		r.forms[1] = *f
		e.rules = append(e.rules, r)
	}
	for i := range e.rules {
		r := &e.rules[i]
		for k := range r.forms {
			f := &r.forms[k]
			if f.prog == nil {
				t.Errorf("rule %s: no ruleProg for form %d", r.Name, k)
				continue
			}
			for pc, in := range f.prog.inst {
				if in.op != syntax.InstRune {
					continue
				}
				for c := range rune(utf8.RuneSelf) {
					if in.set[c>>6]&(1<<(c&63)) != 0 != matchRune(&f.prog.syn[pc], c) {
						t.Fatalf("rule %s: instruction %v: ASCII set wrong at %q", r.Name, &f.prog.syn[pc], c)
					}
				}
			}
			syn, err := syntax.Parse(f.re.String(), syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			syn = syn.Simplify()
			for n := range 300 {
				var b strings.Builder
				for range 1 + rng.IntN(3) {
					for range rng.IntN(3) {
						b.WriteString(progNoise[rng.IntN(len(progNoise))])
					}
					progSample(&b, syn, rng)
				}
				for range rng.IntN(3) {
					b.WriteString(progNoise[rng.IntN(len(progNoise))])
				}
				text := b.String()
				if k == 1 && n%2 == 0 {
					// The ASCII form serves ASCII text.
					text = strings.Map(func(c rune) rune {
						if c >= utf8.RuneSelf {
							return ' '
						}
						return c
					}, text)
				}
				check(r, f, text, fmt.Sprintf("%q", text))
			}
		}
	}
	// No search gives up on these texts but those of a loop that can
	// match nothing, which fills the stack (package regexp answers them).
	for name, n := range searches {
		if name == "user (?:a?)*b" {
			assert.Equal(t, n, gaveUp[name], "rule %s: searches given up", name)
			continue
		}
		assert.Zero(t, gaveUp[name], "rule %s: searches given up of %d", name, n)
	}
	t.Run("golden texts", func(t *testing.T) {
		for i, text := range softGoldenTexts(t) {
			r := &e.rules[i%len(e.rules)]
			check(r, &r.forms[0], text, fmt.Sprintf("golden text %d", i))
			check(r, &r.forms[1], text, fmt.Sprintf("golden text %d", i))
		}
	})
}

// FuzzRuleProg checks on arbitrary bytes that a rule's ruleProg finds
// what its regular expression finds, for every default rule's two
// forms, from a start and an end the fuzzer picks.
func FuzzRuleProg(f *testing.F) {
	e, err := NewDetector()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"SSN 123-45-6789", "4111 1111 1111 1111", "GB29 NWBK 6016 1331 9268 19", "+49 30 1234567",
		"AB123456C", "1234\u00a05678\u202f9012", "\xff12-34\x80", "Tel: 0612345678, KvK 12345678"} {
		f.Add(s, uint16(0), uint16(len(s)), uint16(3))
	}
	f.Fuzz(func(t *testing.T, text string, lo16, hi16, pick uint16) {
		hi := min(int(hi16), len(text))
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		lo := decodePos(text, min(int(lo16), hi))
		for i := range e.rules {
			r := &e.rules[i]
			if int(pick)%len(e.rules) != i && int(pick)%7 != 0 {
				continue
			}
			for k := range r.forms {
				fm := &r.forms[k]
				if fm.prog == nil {
					continue
				}
				for _, sub := range []bool{false, true} {
					want := fm.findRegexp(text, lo, hi, sub)
					var reg [progRegs]int
					found, ok := fm.prog.find(text, lo, hi, &reg)
					var got []int
					switch {
					case found && sub:
						got = reg[:fm.prog.ncap]
					case found:
						got = reg[:2]
					}
					if ok && !slices.Equal(got, want) {
						t.Fatalf("rule %s form %d, [%d:%d] sub %v: ruleProg %v, regexp %v", r.Name, k, lo, hi, sub, got, want)
					}
				}
			}
		}
	})
}
