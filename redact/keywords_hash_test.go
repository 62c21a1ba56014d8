package redact

import "testing"

// TestKeysFoldToThemselves guards what keyword relies on when it takes a
// word of up to eight bytes that hashes to a key of its length for that
// key without a compare (see hashText): every key folds to itself and
// starts with no UTF-8 continuation byte.
func TestKeysFoldToThemselves(t *testing.T) {
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, en := range e.kw.entries {
		w := en.last
		if string(foldBytes(nil, w)) != w {
			t.Errorf("key %q of %q does not fold to itself", w, en.phrase)
		}
		if w[0]&0xc0 == 0x80 {
			t.Errorf("key %q of %q starts with a continuation byte", w, en.phrase)
		}
	}
}

// TestHashTextIsHashWord checks hashText's paths against hashWord for
// words of ASCII letters wherever they lie in a text: one block from its
// start, one block that ends the text, several blocks, and a text
// shorter than a block.
func TestHashTextIsHashWord(t *testing.T) {
	for _, text := range []string{
		"a", "Key", "PIN.", "to", "Passport", "Passwords", "é Key", "€ SSN",
		"my api KEY", "Call me on", "ÉCHÉANCE Geburtsdatum.", "ab Telefonnummer",
		"x\u00a0Número de Teléfono", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
	} {
		for i := 0; i < len(text); i++ {
			for j := i + 1; j <= len(text) && isLetter(text[j-1]); j++ {
				if !isLetter(text[i]) {
					break
				}
				w := string(foldBytes(nil, text[i:j]))
				if got, want := hashText(text, i, j), hashWord(w); got != want {
					t.Errorf("hashText(%q, %d, %d) = %#x, hashWord(%q) = %#x", text, i, j, got, w, want)
				}
			}
		}
	}
}
