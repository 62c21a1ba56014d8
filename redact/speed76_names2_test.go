package redact

import (
	"testing"
)

// TestIsAsFoldOfSession76names2 checks what hereAt, clauseEnd and
// accountCue now rely on: for a word, is(k, w) is the folded word
// compared with w, so one fold and a switch answer as a chain of is did.
func TestIsAsFoldOfSession76names2(t *testing.T) {
	words := []string{"here", "hier", "ici", "aqui", "qui", "and", "y", "e", "et", "und", "en", "as", "in", "als", "como", "come", "que", "name", "user"}
	parts := []string{"HERE", "Hier", "Ici", "aquí", "AQUÍ", "qui", "Qui", "and", "AND", "y", "Ý", "e", "É", "é", "ệ", "ẹ", "et", "ét", "und", "ünd", "en", "ÉN", "as", "ás", "in", "ín", "als", "älś", "como", "cômo", "come", "que", "qué", "name", "nàme", "user", "üser", "ß", "x", "é\u0301", "e\u0301\u0301", "\xff", "\xc3", "-", "'", "’", ",", ".", ":", "=", "\n", " ", "9"}
	texts := partTexts([]string{"", "e", "é", "here", "aqui\xff", "\xffand"}, parts, 6)
	s := newEntScanner()
	for _, text := range texts {
		s.text = text
		s.toks, _ = entTokenize(text, s.toks)
		for k := range s.toks {
			if s.toks[k].kind != etWord {
				continue
			}
			for _, w := range words {
				if got, want := string(s.fold(k)) == w, s.is(k, w); got != want {
					t.Fatalf("in %q, token %d: fold == %q is %v, is %v", text, k, w, got, want)
				}
			}
		}
	}
}
