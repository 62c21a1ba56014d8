package redact

import "testing"

// TestShapesRuleOutNoWord checks the shape tests that spare lookups
// (mayHave with particleShape and jobShape) against the gazetteer on every word of the
// golden texts: a word they rule out has none of the flag.
func TestShapesRuleOutNoWord(t *testing.T) {
	g := theGazetteer()
	for k, f := range g.words {
		if f&gzJobHead != 0 && (len(k) >= 64 || g.jobShape[k[0]|0x20]&(1<<len(k)) == 0) {
			t.Errorf("jobShape lacks %q", k)
		}
		if f&gzParticle != 0 && (len(k) >= 64 || g.particleShape[k[0]|0x20]&(1<<len(k)) == 0) {
			t.Errorf("particleShape lacks %q", k)
		}
	}
	s := newEntScanner()
	s.g = g
	for n, text := range softGoldenTexts(t) {
		s.text = text
		s.toks, s.all = entTokenize(text, s.toks)
		for i := range s.toks {
			if s.toks[i].kind != etWord {
				continue
			}
			job, particle := s.mayHave(i, &g.jobShape), s.mayHave(i, &g.particleShape)
			fl := s.flags(i)
			if !job && fl&gzJobHead != 0 || !particle && fl&gzParticle != 0 {
				t.Errorf("text %d: a shape rules out the word at %d-%d, flags %#x", n, s.toks[i].s, s.toks[i].e, fl) // offsets, never the text
			}
		}
	}
}
