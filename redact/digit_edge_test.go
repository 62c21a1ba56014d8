package redact

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDigitEdgeOfPatterns checks digitEdge on patterns whose reach
// before their first digit is known.
func TestDigitEdgeOfPatterns(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    map[byte]int32 // the others 0
	}{
		{`\d{5}`, nil},
		{`(?:^|[^\w+#$/\-])\d{5}\b`, nil}, // filled in below: every other character 1
		{`\bHR[AB] ?\d{1,6}\b`, map[byte]int32{'A': 3, 'B': 3, ' ': 4}},
		{`(?i)\bHR[AB] ?\d{1,6}\b`, map[byte]int32{'A': 3, 'B': 3, 'a': 3, 'b': 3, ' ': 4}},
		{`\b[A-Z]{2}\d{7}\b`, nil}, // every capital 2
		{`DE-?\d{9}|X\d`, map[byte]int32{'E': 2, '-': 3, 'X': 1}},
		{`[0-9A-C]{3}\d`, map[byte]int32{'A': 3, 'B': 3, 'C': 3}},
	} {
		want := tc.want
		switch tc.pattern {
		case `(?:^|[^\w+#$/\-])\d{5}\b`:
			want = map[byte]int32{}
			for c := byte(0); c < 128; c++ {
				if !syntax.IsWordChar(rune(c)) && !strings.ContainsRune("+#$/-", rune(c)) {
					want[c] = 1
				}
			}
		case `\b[A-Z]{2}\d{7}\b`:
			want = map[byte]int32{}
			for c := byte('A'); c <= 'Z'; c++ {
				want[c] = 2
			}
		}
		by := digitEdge(tc.pattern)
		for c := range by {
			assert.Equal(t, want[byte(c)], by[c], "%s: character %q", tc.pattern, rune(c))
		}
	}
}

// TestDigitEdgeBoundsRules checks that no match of a digit rule, with
// every digit standing for any digit as the automaton reads it, has more
// characters before its first digit than digitEdge allows for the
// character right before that digit: strings of every default rule's
// pattern, without characters above ASCII.
func TestDigitEdgeBoundsRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(41, 4))
	checked := 0
	for _, r := range DefaultRules() {
		pattern, err := widenSpaces(r.Pattern)
		require.NoError(t, err)
		re, err := syntax.Parse(pattern, syntax.Perl)
		require.NoError(t, err)
		re = re.Simplify()
		if digitReach(re, false) < 0 {
			continue // no digit rule
		}
		anyDigit(re)
		by := digitEdge(pattern)
		for range 300 {
			var b strings.Builder
			progSample(&b, re, rng)
			m := b.String()
			if !isASCII(m) {
				continue
			}
			f := strings.IndexAny(m, "0123456789")
			require.GreaterOrEqual(t, f, 0, "%s: %q holds no digit", r.Name, m)
			if f == 0 {
				continue
			}
			checked++
			assert.LessOrEqual(t, int32(f), by[m[f-1]], "%s: %q", r.Name, m)
		}
	}
	assert.Greater(t, checked, 1000)
}

// TestDigitWindowsOfRulesOn checks the windows of the digit automata whose
// rules need their words, sized by the rules whose words are in the text
// (onReach), against the automata run over the whole text: texts with
// the words of one or two of those rules, and strings of their patterns
// and of the others' between words and separators.
func TestDigitWindowsOfRulesOn(t *testing.T) {
	e, err := NewDetector()
	require.NoError(t, err)
	e.restDFAs = nil
	rng := rand.New(rand.NewPCG(41, 5))
	var ctx []int32
	for _, dd := range e.digitDFAs {
		if !dd.ctx {
			continue
		}
		for ri := range e.rules {
			if dd.mask[ri>>6]&(1<<(ri&63)) != 0 {
				ctx = append(ctx, int32(ri))
			}
		}
	}
	require.NotEmpty(t, ctx)
	sample := func(b *strings.Builder, ri int32) {
		re, err := syntax.Parse(e.rules[ri].Pattern, syntax.Perl)
		require.NoError(t, err)
		progSample(b, re.Simplify(), rng)
	}
	word := func(ri int32) string {
		r := &e.rules[ri]
		ws := append(slices.Clone(r.Keywords), r.Context...)
		if len(ws) == 0 {
			return "x"
		}
		return ws[rng.IntN(len(ws))]
	}
	around := []string{" ", ": ", " is ", "-", "é ", "\n", "", "(", " no. ", "日本 "}
	noted := 0
	for range 3000 / raceThin {
		var b strings.Builder
		on := ctx[rng.IntN(len(ctx))]
		b.WriteString(word(on))
		b.WriteString(around[rng.IntN(len(around))])
		for range 1 + rng.IntN(4) {
			ri := on
			if rng.IntN(2) == 0 {
				ri = ctx[rng.IntN(len(ctx))]
			}
			sample(&b, ri)
			b.WriteString(around[rng.IntN(len(around))])
			if rng.IntN(3) == 0 {
				b.WriteString(word(ctx[rng.IntN(len(ctx))]))
				b.WriteString(around[rng.IntN(len(around))])
			}
		}
		text := b.String()
		got, whole, ok := windowSpans(e, text)
		if !ok {
			continue
		}
		if whole != nil {
			assert.Equal(t, whole, got, "%q", text)
		}
		noted += len(got)
	}
	assert.Greater(t, noted, 100)
}
