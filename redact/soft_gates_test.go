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

// TestParticleNeedsCapitalAhead checks findNames's gate before
// particleAt: a particle joins a name only when a capitalised word
// follows it, one token or two on; and houseNear's gate before
// slashHouse: a unit and a house number are joined by a '/'.
func TestParticleNeedsCapitalAhead(t *testing.T) {
	s := newEntScanner()
	s.g = theGazetteer()
	joined := 0
	for n, text := range append(gateTexts(t), "Jan de Vries", "Anna van der Berg", "Maria de la Cruz", "Omar bin Khalid", "7/22 George St") {
		s.text = text
		s.toks, s.all = entTokenize(text, s.toks)
		for j := 1; j+1 < len(s.toks); j++ {
			capAhead := s.toks[j+1].f&efCap != 0 || j+2 < len(s.toks) && s.toks[j+2].f&efCap != 0
			if s.toks[j].kind == etWord && s.toks[j].f&(efCap|efNL) == 0 && s.particleAt(j) {
				joined++
				if !capAhead {
					t.Errorf("text %d: a particle at %d-%d joins a name with no capital ahead", n, s.toks[j].s, s.toks[j].e) // offsets, never the text
				}
			}
			if s.toks[j].kind == etNum && !s.punct(j+1, '/') && s.slashHouse(j) > 0 {
				t.Errorf("text %d: slashHouse finds a house at %d-%d with no '/' after it", n, s.toks[j].s, s.toks[j].e)
			}
		}
	}
	if joined == 0 {
		t.Fatal("no particle joined: the texts test nothing")
	}
}
