package redact

import (
	"strings"
	"testing"
)

// gateTexts returns the golden texts of the soft recognizer, each also
// in lower case, in capitals and with every word capitalised, which
// change the flags the gates read.
func gateTexts(t *testing.T) []string {
	var texts []string
	for _, text := range softGoldenTexts(t) {
		texts = append(texts, text, strings.ToLower(text), strings.ToUpper(text), titleWords(text))
	}
	return texts
}

// titleWords capitalises the first letter of every ASCII word of text.
func titleWords(text string) string {
	b := []byte(text)
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '\n') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// TestStopAloneAgreesWithIsStopAt checks classifyRun's shortcut for a stop
// word alone against isStopAt: a word that stopAlone stops, isStopAt
// stops too as a run of its own.
func TestStopAloneAgreesWithIsStopAt(t *testing.T) {
	s := newEntScanner()
	s.g = theGazetteer()
	checked := 0
	for n, text := range gateTexts(t) {
		s.text = text
		s.toks, s.all = entTokenize(text, s.toks)
		for i := range s.toks {
			if s.toks[i].kind != etWord {
				continue
			}
			if fl := s.flags(i); fl&gzStop != 0 && s.stopAlone(i, fl) {
				checked++
				if !s.isStopAt(i, i+1) {
					t.Errorf("text %d: stopAlone stops the word at %d-%d (flags %#x), isStopAt does not", n, s.toks[i].s, s.toks[i].e, fl) // offsets, never the text
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
}
