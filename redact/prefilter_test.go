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
	e, err := NewDetector()
	require.NoError(t, err)
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
