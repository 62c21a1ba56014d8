package redact

import (
	"slices"
	"testing"
)

// TestChunkGroupsOfSession76num2 checks that chunk, which reads the
// common separators of a number's groups itself, gathers the same
// groups and separators as a loop that leaves every separator to
// groupAfter: on every text of up to five parts from digits, the
// separators of numSeps, wide ones (a no-break space, an en dash),
// letters, brackets and a colon, at every digit run (led by a '+' or a
// '(' or not), the text's start and end among them.
func TestChunkGroupsOfSession76num2(t *testing.T) {
	e, err := NewDetector(WithTypes(TypeEmailAddress)) // no check of numbers: chunk only gathers
	if err != nil {
		t.Fatal(err)
	}
	parts := []string{"1", "12", "4444", " ", "-", ".", "/", "(", ")", " / ", " - ", "\u00a0", "\u2013", "a", "st", ":", "+", "é"}
	var texts []string
	var grow func(prefix string, depth int)
	grow = func(prefix string, depth int) {
		texts = append(texts, prefix)
		if depth == 5 {
			return
		}
		for _, p := range parts {
			grow(prefix+p, depth+1)
		}
	}
	grow("", 0)
	texts = append(texts, "ssn/dob: 512-56-5055/07/22/1971", "3) +49 151 23847619 4) bin mir", "079 412 88 30. 2FA key",
		"07700 900123 2nd number", "+49 171 5523907   12:06", "Failed attempts: 12 2a02:cbc1:63ff:77d4::6ee0",
		"IN 46236 / 515-413-9851", "(0 30) 25 89 44 17", "555-0132 (15 min)", "06\u00a012\u00a034")
	runs := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
				continue
			}
			q := i
			for q < len(text) && isDigit(text[q]) {
				q++
			}
			starts := []int{i}
			if i > 0 && (text[i-1] == '+' || text[i-1] == '(') {
				starts = append(starts, i-1)
			}
			for _, a := range starts {
				s := e.acquire(text)
				end := s.chunk(a, q)
				groups, gaps := slices.Clone(s.groups), slices.Clone(s.gaps)
				wantEnd := plainChunkGroups(s, a, q)
				if end != wantEnd || !slices.Equal(groups, s.groups) || !slices.Equal(gaps, s.gaps) {
					t.Fatalf("%q at %d: chunk read %v %v (end %d), groupAfter alone %v %v (end %d)", text, a, groups, gaps, end, s.groups, s.gaps, wantEnd)
				}
				e.release(s)
				runs++
			}
		}
	}
	if runs == 0 {
		t.Fatal("no digit run read: the test tests nothing")
	}
}

// plainChunkGroups gathers the groups of a chunk at i as chunk does, but
// with every separator read by groupAfter, and returns chunk's end when
// no check of numbers reports.
func plainChunkGroups(s *state, i, q int) int {
	t := s.text
	s.groups = s.groups[:0]
	s.gaps = s.gaps[:0]
	p := i
	lead := byte(0)
	if t[p] == '+' || t[p] == '(' {
		lead = t[p]
		p++
	}
	nd, fours := 0, true
	for {
		s.groups = append(s.groups, span{p, q})
		nd, fours = nd+q-p, fours && q-p == 4
		r, e, ok := s.groupAfter(p, q, lead, nd, fours)
		if !ok {
			break
		}
		p, q = r, e
	}
	end := s.groups[len(s.groups)-1].e
	if end < len(t) && t[end] == ')' {
		end++
	}
	return end
}
