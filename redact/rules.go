package redact

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// patternBounds derives from a rule's pattern the minimum length of a
// match in bytes, the maximum (-1 when unbounded) and the minimum number
// of digits it holds, so the engine can skip windows that cannot match.
func patternBounds(pattern string) (minLen, maxLen, digits int) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, -1, 0
	}
	re = re.Simplify()
	var walk func(r *syntax.Regexp) (int, int, int)
	walk = func(r *syntax.Regexp) (lo, hi, dg int) {
		switch r.Op {
		case syntax.OpLiteral:
			for _, c := range r.Rune {
				lo += utf8.RuneLen(c)
				if c >= '0' && c <= '9' {
					dg++
				}
			}
			return lo, lo, dg
		case syntax.OpCharClass:
			allDigit := len(r.Rune) > 0
			maxRune := rune(0)
			for k := 0; k+1 < len(r.Rune); k += 2 {
				if r.Rune[k] < '0' || r.Rune[k+1] > '9' {
					allDigit = false
				}
				maxRune = max(maxRune, r.Rune[k+1])
			}
			d := 0
			if allDigit {
				d = 1
			}
			return 1, utf8.RuneLen(min(maxRune, utf8.MaxRune)), d
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return 1, 4, 0
		case syntax.OpCapture:
			return walk(r.Sub[0])
		case syntax.OpConcat:
			for _, s := range r.Sub {
				a, b, d := walk(s)
				lo += a
				dg += d
				if hi >= 0 {
					if b < 0 {
						hi = -1
					} else {
						hi += b
					}
				}
			}
			return lo, hi, dg
		case syntax.OpAlternate:
			lo, hi, dg = -1, 0, -1
			for _, s := range r.Sub {
				a, b, d := walk(s)
				if lo < 0 || a < lo {
					lo = a
				}
				if dg < 0 || d < dg {
					dg = d
				}
				if hi >= 0 && (b < 0 || b > hi) {
					hi = b
				}
			}
			return max(lo, 0), hi, max(dg, 0)
		case syntax.OpStar:
			_, b, _ := walk(r.Sub[0])
			_ = b
			return 0, -1, 0
		case syntax.OpPlus:
			a, _, d := walk(r.Sub[0])
			return a, -1, d
		case syntax.OpQuest:
			_, b, _ := walk(r.Sub[0])
			return 0, b, 0
		case syntax.OpRepeat:
			a, b, d := walk(r.Sub[0])
			lo, dg = a*r.Min, d*r.Min
			if r.Max < 0 || b < 0 {
				return lo, -1, dg
			}
			return lo, b * r.Max, dg
		}
		return 0, 0, 0
	}
	return walk(re)
}

// runRules runs the pattern rules: a rule with keywords (or required
// context words) runs on the whole text when the scan saw one of them; a
// rule without runs only on the windows around digit runs that can hold a
// match.
func (s *state) runRules() {
	t := s.text
	e := s.e
	for ri := range e.rules {
		r := &e.rules[ri]
		if !r.on || len(r.gate) == 0 || !s.ruleOn[ri] {
			continue
		}
		if len(t) <= gatedWholeText {
			s.runRule(ri, 0, len(t))
			continue
		}
		// In a long text, run near the keywords only, so the cost stays
		// proportional to the keywords found, not to rules times text.
		last := -1
		for _, h := range s.hits {
			if !slices.Contains(e.kw.entries[h.entry].rules, int32(ri)) {
				continue
			}
			a, b := max(h.start-gatedReach, last, 0), min(h.end+gatedReach, len(t))
			for a > 0 && a < len(t) && t[a-1] != ' ' && t[a-1] != '\n' && h.start-a < 2*gatedReach {
				a--
			}
			if a < b {
				s.runRule(ri, a, b)
				last = b
			}
		}
	}
	if len(s.win) == 0 || !e.anyRule {
		return
	}
	nr := len(e.rules)
	for _, w := range s.win {
		// One shape lookup per window admits the shaped rules; the rest
		// (patterns too loose to shape) are checked one by one.
		if cap(s.shapeOn) < nr {
			s.shapeOn = make([]bool, nr)
		}
		on := s.shapeOn[:nr]
		clear(on)
		ws, we := widen(t, w.s, w.e)
		e.shapes.admit(t[ws:we], on)
		letters := -1
		for _, ri := range e.windowRules {
			r := &e.rules[ri]
			if r.shaped && !on[ri] {
				continue
			}
			if r.letters > 0 {
				if letters < 0 {
					letters = countLetters(t[ws:we])
				}
				if letters < r.letters {
					continue
				}
			}
			if !r.shaped && r.digitMask != 0 && windowDigitMask(t[w.s:w.e])&r.digitMask == 0 {
				continue
			}
			// Give the pattern the neighbouring tokens and the characters
			// around them, so its boundary checks see what precedes and
			// follows.
			a, b := ws, we
			if a > 0 {
				_, sz := utf8.DecodeLastRuneInString(t[:a])
				a -= sz
			}
			if b < len(t) {
				_, sz := utf8.DecodeRuneInString(t[b:])
				b += sz
			}
			s.runRule(int(ri), a, b)
		}
	}
}

// widen grows a window over up to two neighbouring tokens on each side
// (letters or digits joined by one space or separator), so patterns that
// mix letters and digits ("AB 12 34 56 C", "B-AB 1234") see all of it.
func widen(t string, a, b int) (int, int) {
	isSep := func(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '/' }
	for k := 0; k < 2; k++ {
		if a >= 2 && isSep(t[a-1]) && isAlnum(t[a-2]) {
			p := a - 1
			for p > 0 && isAlnum(t[p-1]) && a-p < 24 {
				p--
			}
			a = p
		} else if a >= 1 && isAlnum(t[a-1]) {
			for a > 0 && isAlnum(t[a-1]) {
				a--
			}
		}
		if b+1 < len(t) && isSep(t[b]) && isAlnum(t[b+1]) {
			p := b + 1
			for p < len(t) && isAlnum(t[p]) && p-b < 24 {
				p++
			}
			b = p
		} else if b < len(t) && isAlnum(t[b]) {
			for b < len(t) && isAlnum(t[b]) {
				b++
			}
		}
	}
	return a, b
}

// A gated rule runs on the whole text up to gatedWholeText bytes, and on
// gatedReach bytes around each keyword in longer texts.
const (
	gatedWholeText = 4096
	gatedReach     = 256
)

// runRule runs rule ri's pattern over t[a:b] and records the matches that
// pass its validator.
func (s *state) runRule(ri, a, b int) {
	r := &s.e.rules[ri]
	t := s.text[a:b]
	for off := 0; off <= len(t); {
		m := r.re.FindStringSubmatchIndex(t[off:])
		if m == nil {
			return
		}
		ms, me := m[0], m[1]
		if r.sub > 0 && m[2*r.sub] >= 0 {
			ms, me = m[2*r.sub], m[2*r.sub+1]
		}
		if me > ms && (r.Validate == nil || r.Validate(t[off+ms:off+me])) {
			s.cands = append(s.cands, cand{start: a + off + ms, end: a + off + me, typ: r.Type, rec: r.Name,
				score: r.Score, need: r.RequireContext, rule: int32(ri)})
		}
		next := m[1]
		if next == 0 || m[1] == m[0] {
			next = m[0] + 1
			if next <= 0 {
				next = 1
			}
		}
		// Patterns that consume a boundary byte before the value must be
		// able to reuse it: restart at the value's end, not the match end.
		if r.sub > 0 && me > 0 && me < m[1] {
			next = me
		}
		off += next
	}
}

// digitCountMask returns, as a bit set, the numbers of digits (below 64)
// a match of the pattern's value (the "v" submatch, or the whole match)
// can hold. ok is false when the count is unbounded or the pattern is too
// complex to tell, and the rule then runs on every window.
func digitCountMask(pattern string) (mask uint64, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, false
	}
	re = re.Simplify()
	target := re
	var find func(r *syntax.Regexp) *syntax.Regexp
	find = func(r *syntax.Regexp) *syntax.Regexp {
		if r.Op == syntax.OpCapture && r.Name == "v" {
			return r
		}
		for _, s := range r.Sub {
			if f := find(s); f != nil {
				return f
			}
		}
		return nil
	}
	if v := find(re); v != nil {
		target = v
	}
	const all = ^uint64(0)
	sum := func(a, b uint64) uint64 {
		var out uint64
		for i := 0; i < 64; i++ {
			if a&(1<<i) != 0 {
				out |= b << i
			}
		}
		return out
	}
	var walk func(r *syntax.Regexp) (uint64, bool)
	walk = func(r *syntax.Regexp) (uint64, bool) {
		switch r.Op {
		case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
			syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return 1, true
		case syntax.OpLiteral:
			n := 0
			for _, c := range r.Rune {
				if c >= '0' && c <= '9' {
					n++
				}
			}
			return 1 << n, true
		case syntax.OpCharClass:
			hasDigit, hasOther := false, false
			for k := 0; k+1 < len(r.Rune); k += 2 {
				lo, hi := r.Rune[k], r.Rune[k+1]
				if lo <= '9' && hi >= '0' {
					hasDigit = true
				}
				if lo < '0' || hi > '9' {
					hasOther = true
				}
			}
			var m uint64
			if hasDigit {
				m |= 2
			}
			if hasOther {
				m |= 1
			}
			return m, true
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return 3, true
		case syntax.OpCapture:
			return walk(r.Sub[0])
		case syntax.OpConcat:
			m := uint64(1)
			for _, s := range r.Sub {
				x, ok := walk(s)
				if !ok {
					return all, false
				}
				m = sum(m, x)
			}
			return m, true
		case syntax.OpAlternate:
			var m uint64
			for _, s := range r.Sub {
				x, ok := walk(s)
				if !ok {
					return all, false
				}
				m |= x
			}
			return m, true
		case syntax.OpQuest:
			x, ok := walk(r.Sub[0])
			return x | 1, ok
		case syntax.OpStar, syntax.OpPlus:
			x, ok := walk(r.Sub[0])
			if !ok || x != 1 {
				return all, false // repeats digits without bound
			}
			return 1, true
		case syntax.OpRepeat:
			x, ok := walk(r.Sub[0])
			if !ok || r.Max < 0 && x != 1 || r.Max > 64 {
				return all, false
			}
			if r.Max < 0 {
				return 1, true
			}
			m := uint64(1)
			var acc uint64
			for k := 0; k <= r.Max; k++ {
				if k >= r.Min {
					acc |= m
				}
				m = sum(m, x)
			}
			return acc, true
		}
		return all, false
	}
	m, ok := walk(target)
	if !ok || m&1 != 0 && m == 1 {
		return 0, false
	}
	return m, true
}

// windowDigitMask returns the bit set of digit counts held by runs of
// consecutive digit groups of t, so a rule whose value holds a count not
// in the set cannot match inside t (values start and end at digit-group
// boundaries: rule patterns bound them with \b or a non-word class).
func windowDigitMask(t string) uint64 {
	var runs [64]int
	n := 0
	for i := 0; i < len(t) && n < len(runs); {
		if !isDigit(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		runs[n] = j - i
		n++
		i = j
	}
	if n == len(runs) {
		return ^uint64(0)
	}
	m := uint64(1)
	for a := 0; a < n; a++ {
		s := 0
		for b := a; b < n; b++ {
			s += runs[b]
			if s >= 64 {
				break
			}
			m |= 1 << s
		}
	}
	return m
}

// minLetters returns how many ASCII letters a match of the pattern's value
// needs at least: positions that accept letters and nothing else.
func minLetters(pattern string) int {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0
	}
	re = re.Simplify()
	var find func(r *syntax.Regexp) *syntax.Regexp
	find = func(r *syntax.Regexp) *syntax.Regexp {
		if r.Op == syntax.OpCapture && r.Name == "v" {
			return r
		}
		for _, s := range r.Sub {
			if f := find(s); f != nil {
				return f
			}
		}
		return nil
	}
	if v := find(re); v != nil {
		re = v
	}
	isLetterRune := func(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	var walk func(r *syntax.Regexp) int
	walk = func(r *syntax.Regexp) int {
		switch r.Op {
		case syntax.OpLiteral:
			n := 0
			for _, c := range r.Rune {
				if isLetterRune(c) {
					n++
				}
			}
			return n
		case syntax.OpCharClass:
			if len(r.Rune) == 0 {
				return 0
			}
			for k := 0; k+1 < len(r.Rune); k += 2 {
				lo, hi := r.Rune[k], r.Rune[k+1]
				if lo >= 0x80 {
					continue // case folding adds ſ and the Kelvin sign
				}
				if !(isLetterRune(lo) && isLetterRune(hi) && (hi <= 'Z' || lo >= 'a')) {
					return 0
				}
			}
			return 1
		case syntax.OpCapture, syntax.OpPlus:
			return walk(r.Sub[0])
		case syntax.OpConcat:
			n := 0
			for _, s := range r.Sub {
				n += walk(s)
			}
			return n
		case syntax.OpAlternate:
			m := -1
			for _, s := range r.Sub {
				if x := walk(s); m < 0 || x < m {
					m = x
				}
			}
			return max(m, 0)
		case syntax.OpRepeat:
			return walk(r.Sub[0]) * r.Min
		}
		return 0
	}
	return walk(re)
}

func countLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			n++
		}
	}
	return n
}
