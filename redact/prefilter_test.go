package redact

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ruleMatches runs the scan and the pattern rules of e over text and
// returns the rule candidates as "rule@start-end", sorted and without
// repeats: what the rules contributed before context and overlaps.
func ruleMatches(e *Engine, text string) []string {
	s := &state{e: e}
	s.reset(text)
	s.scan()
	s.runRules()
	var out []string
	for _, c := range s.cands {
		if c.rule >= 0 {
			out = append(out, fmt.Sprintf("%s@%d-%d", e.rules[c.rule].Name, c.start, c.end))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// differentialTexts returns the rule examples, the examples with their
// characters perturbed, and generated mixes of letters, digits,
// separators and rule keywords.
func differentialTexts(rules []Rule, n int) []string {
	rng := rand.New(rand.NewPCG(7, 11))
	var texts []string
	var words []string
	for _, r := range rules {
		for _, ex := range r.Examples {
			texts = append(texts, ex.Text, "x"+ex.Text+"9", strings.ToUpper(ex.Text), strings.ToLower(ex.Text))
			if ex.Want != "" {
				texts = append(texts, ex.Want, "("+ex.Want+")", ex.Want+" "+ex.Want, "A"+ex.Want, ex.Want+"1")
			}
		}
		words = append(words, r.Keywords...)
		words = append(words, r.Context...)
	}
	// Examples with one or two characters changed.
	base := len(texts)
	for i := 0; i < base; i++ {
		b := []byte(texts[i])
		if len(b) == 0 {
			continue
		}
		for k := 0; k < 2; k++ {
			b[rng.IntN(len(b))] = "0123456789ABCZaz -./"[rng.IntN(20)]
		}
		texts = append(texts, string(b))
	}
	seps := []string{" ", " ", " ", "-", ".", "/", ":", "\n", "+", "#", "_", "(", ")", ",", "€", "é", "$", "  ", "\u212a", "ſ", "\xff", "\x80"}
	upper := "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for len(texts) < base*2+n {
		var sb strings.Builder
		for k := rng.IntN(12) + 1; k > 0; k-- {
			switch rng.IntN(9) {
			case 0, 1, 2:
				for d := rng.IntN(13) + 1; d > 0; d-- {
					sb.WriteByte(byte('0' + rng.IntN(10)))
				}
			case 3, 4:
				for d := rng.IntN(6) + 1; d > 0; d-- {
					sb.WriteByte(upper[rng.IntN(26)])
				}
			case 5:
				for d := rng.IntN(6) + 1; d > 0; d-- {
					sb.WriteByte(byte('a' + rng.IntN(26)))
				}
			case 6:
				// A letter-digit token: letters then digits then letters.
				for d := rng.IntN(4); d > 0; d-- {
					sb.WriteByte(upper[rng.IntN(26)])
				}
				for d := rng.IntN(9) + 1; d > 0; d-- {
					sb.WriteByte(byte('0' + rng.IntN(10)))
				}
				for d := rng.IntN(3); d > 0; d-- {
					sb.WriteByte(upper[rng.IntN(26)])
				}
			case 7:
				if len(words) > 0 {
					sb.WriteString(words[rng.IntN(len(words))])
				}
			}
			sb.WriteString(seps[rng.IntN(len(seps))])
		}
		texts = append(texts, sb.String())
	}
	return texts
}

// TestPrefilterDifferential checks that the engine's prefilters (keyword
// gates, digit windows, shapes and the rule automata) never drop a match:
// for every text, the rules produce exactly the candidates they produce
// when each pattern runs on the whole text. Validators are removed so
// every pattern match counts. Failures report rule names and offsets only.
func TestPrefilterDifferential(t *testing.T) {
	rules := DefaultRules()
	for i := range rules {
		rules[i].Validate = nil
	}
	fast, err := NewDetector(WithoutDefaultRules(), WithRules(rules...))
	require.NoError(t, err)
	plain, err := NewDetector(WithoutDefaultRules(), WithRules(rules...))
	require.NoError(t, err)
	plain.plainRules = true
	// 3,000 texts in every run (most of a minute under -race); set
	// CONFIDE_LONG_TESTS=1 for the full 20,000.
	n := 3000
	switch {
	case os.Getenv("CONFIDE_LONG_TESTS") == "1":
		n = 20000
	case testing.Short():
		n = 500
	}
	bad := 0
	for i, text := range differentialTexts(rules, n) {
		got, want := ruleMatches(fast, text), ruleMatches(plain, text)
		if !slices.Equal(got, want) {
			bad++
			if bad <= 20 {
				t.Errorf("text %d (%d bytes): prefiltered %v, plain %v", i, len(text), got, want)
			}
		}
	}
	require.Zero(t, bad, "texts where the prefilter changed the rule matches")
}

// TestAutomataSplitByWords: rules that need one of their words in the text
// never share an automaton with rules that always run, so they add nothing
// to the scan of a text without their words (a loosely written rule for
// card security codes once made the always-on automaton read every text
// from end to end).
func TestAutomataSplitByWords(t *testing.T) {
	e := defaultDetector(t)
	check := func(kind string, mask []uint64, ctx bool) {
		for ri := range e.rules {
			if mask[ri>>6]&(1<<(ri&63)) != 0 && e.rules[ri].needCtx != ctx {
				t.Errorf("%s automaton (needs words: %v) holds rule %s (needs words: %v)", kind, ctx, e.rules[ri].Name, e.rules[ri].needCtx)
			}
		}
	}
	ctxSeen := false
	for _, dd := range e.digitDFAs {
		check("digit", dd.mask, dd.ctx)
		ctxSeen = ctxSeen || dd.ctx
	}
	for _, rd := range e.restDFAs {
		check("rest", rd.mask, rd.ctx)
		if !rd.ctx {
			assert.GreaterOrEqual(t, rd.min, 16, "the always-on automaton of the other rules reads runs of 16 bytes or more (it_fiscal_code)")
		}
	}
	assert.True(t, ctxSeen, "the default rules include digit rules that need their words")
}

// cjkRule returns a rule matching any of n distinct CJK characters, each
// followed by "q", then "zz": n symbols above ASCII for its automaton.
// The characters are two code points apart, so the one between two of
// them is not in the rule.
func cjkRule(n int) Rule {
	alts := make([]string, n)
	for k := range alts {
		alts[k] = string(rune(0x4E00+2*k)) + "q"
	}
	return Rule{Name: "cjk", Type: "CJK_CODE", Pattern: "(?:" + strings.Join(alts, "|") + ")zz", Score: 0.9}
}

// checkCJKRule checks that e finds, for every step-th of the n
// characters of cjkRule(n), both of its matches in a text and nothing for
// the character after it, which is not in the rule, as plain (the same
// rules without prefilter) does.
func checkCJKRule(t *testing.T, e, plain *Engine, n, step int) {
	t.Helper()
	bad := 0
	for k := 0; k < n; k += step {
		in, out := string(rune(0x4E00+2*k)), string(rune(0x4E00+2*k+1))
		text := "hello " + in + "qzz there " + out + "qzz and " + in + "qzz."
		a := len("hello ")
		b := len("hello " + in + "qzz there " + out + "qzz and ")
		want := []string{fmt.Sprintf("cjk@%d-%d", a, a+len(in)+3), fmt.Sprintf("cjk@%d-%d", b, b+len(in)+3)}
		slices.Sort(want) // as ruleMatches sorts
		got := slices.DeleteFunc(ruleMatches(e, text), func(m string) bool { return !strings.HasPrefix(m, "cjk@") })
		if !slices.Equal(got, want) || !slices.Equal(ruleMatches(e, text), ruleMatches(plain, text)) {
			bad++
			if bad <= 5 {
				t.Errorf("%d characters, character %d: got %v, want %v", n, k, got, want)
			}
		}
	}
	require.Zero(t, bad, "%d characters: texts with a wrong match", n)
}

// TestRuleManySymbols: a rule of more distinct characters above ASCII
// than an automaton has symbols for (255, see maxDFASymbols) runs without
// one, over the whole text, and finds every match; the other rules keep
// their automata. Symbol numbers once wrapped past 255 and matches of
// such a rule were missed.
func TestRuleManySymbols(t *testing.T) {
	wholeWithoutRace(t)
	for _, n := range []int{252, 256, 300, 600} {
		step := 1 // every character around the old wrap at 256 symbols
		if n > 300 {
			step = 9 // regexp takes long with 600 alternatives
		}
		r := cjkRule(n)
		e, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CJK_CODE"))
		require.NoError(t, err)
		plain, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CJK_CODE"))
		require.NoError(t, err)
		plain.plainRules = true
		assert.Len(t, e.bareRules, 1, "%d characters: the rule has no automaton", n)
		checkCJKRule(t, e, plain, n, step)
	}
	// With the default rules: they are still found, through automata.
	r := cjkRule(400)
	e, err := NewDetector(WithRules(r))
	require.NoError(t, err)
	plain, err := NewDetector(WithRules(r))
	require.NoError(t, err)
	plain.plainRules = true
	require.Len(t, e.bareRules, 1)
	assert.Equal(t, "cjk", e.rules[e.bareRules[0]].Name)
	assert.NotEmpty(t, e.restDFAs)
	checkCJKRule(t, e, plain, 400, 7)
	found := 0
	for _, dr := range DefaultRules() {
		for _, ex := range dr.Examples {
			text := ex.Text + " \u4e00qzz"
			got := ruleMatches(e, text)
			assert.Equal(t, ruleMatches(plain, text), got, "rule %s", dr.Name)
			if len(got) > 1 {
				found++
			}
		}
	}
	assert.Positive(t, found, "the default rules' examples are found with the CJK rule")
}

// TestRuleSymbolsBoundary: a rule whose automaton needs exactly 255
// symbols (the symbols 0 to 254 and the stop column at 255) gets one; a
// rule with one more character does not, and runs over the whole text.
// Both find every match.
func TestRuleSymbolsBoundary(t *testing.T) {
	// cjkRule(n) needs n symbols above ASCII and 5 for the rest: "q",
	// "z", the other ASCII word characters, newline, the other characters.
	const n = maxDFASymbols - 5
	for _, k := range []int{n, n + 1} {
		r := cjkRule(k)
		e, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CJK_CODE"))
		require.NoError(t, err)
		plain, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CJK_CODE"))
		require.NoError(t, err)
		plain.plainRules = true
		if k == n {
			require.Empty(t, e.bareRules, "%d characters: the rule has an automaton", k)
			require.Len(t, e.restDFAs, 1)
			assert.Equal(t, maxDFASymbols, e.restDFAs[0].dfa.Load().nsym, "%d characters: the symbols fill the automaton", k)
		} else {
			assert.Len(t, e.bareRules, 1, "%d characters: the rule has no automaton", k)
			assert.Empty(t, e.restDFAs)
		}
		checkCJKRule(t, e, plain, k, 1)
	}
}

// TestRestRunsAtEveryOffset: the automaton of the rules without digits
// runs over the runs of bytes their matches can hold, found by blocks of
// eight; a match is found wherever its run starts and ends relative to
// the blocks, and whatever allowed bytes stand around it.
func TestRestRunsAtEveryOffset(t *testing.T) {
	r := Rule{Name: "sixteen", Type: "CODE16", Pattern: `\b[a-z]{6}[0-9a-z]{2}[a-z]{8}\b`, Score: 0.9}
	fast, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CODE16"))
	require.NoError(t, err)
	plain, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CODE16"))
	require.NoError(t, err)
	plain.plainRules = true
	require.Len(t, fast.restDFAs, 1)
	require.GreaterOrEqual(t, fast.restDFAs[0].min, 15, "the runs are found by blocks")
	const code = "qwerty12asdfghjk"
	found := 0
	for pre := range 20 {
		for _, glue := range []string{"", "x", "xy9", "zzzzzzzzz"} {
			for _, after := range []string{"", " ", "q", " end", "qqqqqqqqqqqq"} {
				text := strings.Repeat("a b ", pre%4) + strings.Repeat(".", pre) + glue + code + after
				got := ruleMatches(fast, text)
				assert.Equal(t, ruleMatches(plain, text), got, "%q", text)
				found += len(got)
			}
		}
	}
	assert.Positive(t, found)
}

// TestRestRunLengths: in an ASCII text a run of word characters longer
// than any match of whole-word rules is passed over (restDFA.wordMax);
// rules whose matches need not be whole words, and texts that are not
// ASCII, still read every run. Each rule finds what it finds without the
// automaton, next to runs of every length and every kind of neighbour.
func TestRestRunLengths(t *testing.T) {
	for _, c := range []struct {
		pattern string
		wordMax int
	}{
		{`\b[a-z]{6}[0-9a-z]{2}[a-z]{8}\b`, 16},
		{`\b[a-z]{3}[g-z]{2,9}[a-z]{10}\b`, 22},
		{`\b(?:[a-z]{16}|[0-9]{4}[a-z]{14})\b`, 18},
		{`\b[a-z_]{16}\b`, 16},
		{`(?i)\b[a-z]{16}\b`, 16},
		{`[a-z]{6}[g-z]{2}[a-z]{8}\b`, 0}, // may start inside a run
		{`\b[a-z]{16}`, 0},                // may end inside one
		{`\b[a-z.]{16}\b`, 0},             // may hold a byte that is no word's
	} {
		r := Rule{Name: "code", Type: "CODE", Pattern: c.pattern, Score: 0.9}
		fast, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CODE"))
		require.NoError(t, err)
		plain, err := NewDetector(WithoutDefaultRules(), WithRules(r), WithTypes("CODE"))
		require.NoError(t, err)
		plain.plainRules = true
		require.Len(t, fast.restDFAs, 1, c.pattern)
		assert.Equal(t, c.wordMax, fast.restDFAs[0].wordMax, c.pattern)
		found := 0
		for _, code := range []string{"qwertyuiasdfghjk", "qwertyuiopasdfghjkl", "1234qwertyuiasdfghjk", "qwerty12asdfghjk", "qwerty_uasdfghjk", "qwerty.uasdfghjk", "QWERTYUIASDFGHJK"} {
			for _, glue := range []string{"", " ", "x", "_", "9", ".", "-", "é", "\u212a", "zzzzzzzzz"} {
				for _, after := range []string{"", " ", "q", "_", "ſ", " end", "qqqqqqqqqqqq"} {
					text := "see " + glue + code + after + " ok"
					got := ruleMatches(fast, text)
					assert.Equal(t, ruleMatches(plain, text), got, "%s in %q", c.pattern, text)
					found += len(got)
				}
			}
		}
		assert.Positive(t, found, c.pattern)
	}
}
