package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// plainChineseShapeIn is chineseShapeIn as it was before session 76:
// chineseShapeAt at each of the three starts whose window holds a token
// of index 2 modulo 3.
func plainChineseShapeIn(s *entScanner) bool {
	plainAt := func(k int) bool {
		if k < 0 || k+2 >= len(s.toks) {
			return false
		}
		for j := k; j <= k+2; j++ {
			t := &s.toks[j]
			if t.kind != etWord || t.f&(efCap|efASCII) != efCap|efASCII || t.e-t.s > 6 || j > k && (t.f&efNL != 0 || t.s != s.toks[j-1].e+1 || s.text[t.s-1] != ' ') {
				return false
			}
		}
		return true
	}
	for m := 2; m < len(s.toks); m += 3 {
		for k := m - 2; k <= m; k++ {
			if plainAt(k) {
				return true
			}
		}
	}
	return false
}

// TestChineseShapeInOfSession76nfind compares chineseShapeIn, which
// tests the neighbours of a token of the shape before the windows that
// hold it, with the plain search, on texts of words of the shape and
// others, at the text's start and end, with line breaks, double spaces,
// digits, punctuation and bytes above ASCII.
func TestChineseShapeInOfSession76nfind(t *testing.T) {
	parts := []string{"Ho", "Man", "Kit", "LEUNG", "Hoi", "Ching", "I", "A", "Tsangxx", "tan", "9", "Ab1", "É", "Zoë", ",", ".", "(", "\n", "  ", "\t", "\xff", "Ng"}
	texts := partTexts([]string{"", "Ho", "Ho Man", "Ho Man Kit", " Ho Man Kit", "Ho Man Kit ", "x Ho Man Kit", "xx Ho Man Kit", "Ho  Man Kit", "Ho Man\nKit", "Ho,Man Kit", "Ho Man Kitten", "a b Ho Man Kit"}, parts, 9)
	s := newEntScanner()
	for _, text := range texts {
		s.text = text
		s.toks, _ = entTokenize(text, s.toks)
		if got, want := s.chineseShapeIn(), plainChineseShapeIn(s); got != want {
			t.Fatalf("chineseShapeIn(%q) = %v, the plain search %v", text, got, want)
		}
	}
}

// partTexts returns texts followed by 20,000 random texts of one to most
// of parts (seeded, so runs repeat), each part followed by a space two
// times in three: the generated inputs of the speed tests that compare a
// fast path with the plain code it replaced.
func partTexts(texts, parts []string, most int) []string {
	r := rand.New(rand.NewSource(76))
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(most); n >= 0; n-- {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}
