package redact

import (
	"strings"
	"testing"
)

// TestScannerForgetsRepeatedNames: the words of people that repeatNames
// folds into rep are cleared when the scanner forgets the text, in all
// the buffer's capacity, also when a later chunk of the same text wrote
// fewer of them or none; and a text that names no one leaves the cleared
// buffers as they are.
func TestScannerForgetsRepeatedNames(t *testing.T) {
	r := newSoftEntityRecognizer().(*softRecognizer)
	s := newEntScanner()
	long := strings.Repeat("My name is Wolfgang Wolfeschlegelsteinhausen and Wolfeschlegelsteinhausen is my surname. ", softChunk/80)
	for _, text := range []string{
		long + "\n" + "Ana Li here, Li is fine.",
		long + "\n" + "nothing to see here",
		"no names here at all",
	} {
		found := 0
		r.recognize(s, text, func(Finding) { found++ })
		if found == 0 && strings.HasPrefix(text, long) {
			t.Fatal("no person found in the long text")
		}
		if cap(s.rep) == 0 {
			t.Fatal("repeatNames folded no word")
		}
		if s.repSet {
			t.Fatal("rep is marked as written after forget")
		}
		for _, b := range [][]byte{s.rep[:cap(s.rep)], s.key[:cap(s.key)]} {
			for i, c := range b {
				if c != 0 {
					t.Fatalf("%q: byte %d of a pooled buffer kept", text[:20], i)
				}
			}
		}
	}
}
