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
