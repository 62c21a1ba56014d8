package redact

import (
	"testing"
)

// TestClockMayFollowOfSession76num checks that clockMayFollow, which
// digitAnchor asks before it calls clockTime, is false only where
// clockTime reports nothing: on every text of up to five bytes from the
// bytes a twelve-hour time is made of (and a no-break space, a byte
// above ASCII), after a space and alone, at every run of one or two
// digits, the text's end among them.
func TestClockMayFollowOfSession76num(t *testing.T) {
	e, err := NewDetector(WithTypes(TypeDateTime))
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"1", "0", "3", ":", " ", "a", "P", "m", ".", "\u00a0", "x", "]"}
	var texts []string
	var grow func(prefix string, depth int)
	grow = func(prefix string, depth int) {
		texts = append(texts, prefix, "at "+prefix)
		if depth == 5 {
			return
		}
		for _, p := range parts {
			grow(prefix+p, depth+1)
		}
	}
	grow("", 0)
	texts = append(texts, "3pm", "10:30 a.m.", "11:45PM", "9\u00a0pm", "12:00 p", "7 a")
	found := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
				continue
			}
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			if j-i > 2 {
				continue
			}
			s := e.acquire(text)
			s.clockTime(i, j)
			got := len(s.cands)
			e.release(s)
			if got > 0 {
				found++
				if !clockMayFollow(text, j) {
					t.Fatalf("%q at %d: clockTime reports a time, clockMayFollow says none can follow", text, i)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("clockTime reported no time at all: the test tests nothing")
	}
}
