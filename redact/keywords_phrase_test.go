package redact

import (
	"strings"
	"testing"
)

// hitsOf scans text and returns the keyword entries it records.
func hitsOf(e *Engine, text string) map[int32]bool {
	s := e.acquire(text)
	defer e.release(s)
	s.scan()
	got := map[int32]bool{}
	for _, h := range s.hits {
		got[h.entry] = true
	}
	return got
}

// TestKeywordPhrasesFound: every phrase of the default keyword table is
// recorded when written with any of the separators the scanner accepts
// between its words, wide spaces too, in upper or title case, at the
// start of a text, after a word or after a bracket. The scanner skips a
// phrase whose second-last word differs from the word before the key
// (prevWordHash); a wrong skip loses the phrase here.
func TestKeywordPhrasesFound(t *testing.T) {
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	// Wide spaces as text pasted from a page or a word processor has
	// them: no-break, narrow no-break, thin, ideographic.
	seps := []string{" ", "-", "_", ". ", " - ", "\t", "'", "\u00a0", ".\u202f", "\u2009-\u2009", "\u3000"}
	cases := []func(string) string{
		func(w string) string { return w },
		strings.ToUpper,
		func(w string) string { return strings.ToUpper(w[:1]) + w[1:] },
	}
	checked := 0
	for id := range e.kw.entries {
		en := &e.kw.entries[id]
		if len(en.words) < 2 {
			continue
		}
		for k, sep := range seps {
			fold := cases[k%len(cases)]
			words := make([]string, len(en.words))
			for i, w := range en.words {
				words[i] = fold(w)
				// Keep only case changes the scanner folds back.
				if len(words[i]) != len(w) || hashWord(words[i]) != hashWord(w) {
					words[i] = w
				}
			}
			for _, pre := range []string{"", "see ", "("} {
				text := pre + strings.Join(words, sep) + " 1234"
				if !hitsOf(e, text)[int32(id)] {
					t.Errorf("phrase %q not recorded in %q", en.phrase, text)
				}
				checked++
			}
		}
	}
	if checked < 300 {
		t.Fatalf("only %d phrase forms checked: the table lost its phrases?", checked)
	}
	// A different word before the key is no phrase: "card number" is not
	// "account number", and a word glued to the first one breaks it.
	for _, text := range []string{"blue number 1234", "xaccount number 1234", "account,number 1234", "account\u00a0\u00a0\u00a0\u00a0number 1234", "xaccount\u00a0number 1234"} {
		for id := range hitsOf(e, text) {
			if en := e.kw.entries[id]; en.phrase == "account number" {
				t.Errorf("%q recorded as %q", text, en.phrase)
			}
		}
	}
}
