package redact

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// How pattern rules run.
//
// The semantics is simple: a rule without keywords runs its regular
// expression over the whole text, a rule with keywords (or required
// context words) does so when the scan saw one of them, and the matches
// are found left to right as regexp.FindAll would, each one seen with the
// whole text around it. The engine gets there without running most of the
// expressions: the rule automaton (prefilter.go) reads the text once and
// reports where a match of each rule can end; a rule with no such position
// does not run, and one with some runs only over the regions around them.
// Positions closer than the rule's longest match form one region; a match
// in a region cannot reach into the next one, so searching region by
// region finds exactly what one search over the whole text finds.

// maxMatchLen returns the longest match of a parsed pattern in bytes, or -1
// when it is unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, c := range re.Rune {
			w := utf8.RuneLen(c)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			n += max(w, 1)
		}
		return n
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return max(utf8.RuneLen(min(re.Rune[len(re.Rune)-1], utf8.MaxRune)), 1)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			m := maxMatchLen(s)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxMatchLen(s)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		m := maxMatchLen(re.Sub[0])
		switch {
		case m == 0:
			return 0
		case m < 0 || re.Op != syntax.OpRepeat || re.Max < 0:
			return -1
		}
		return m * re.Max
	}
	return -1
}

// ruleSpan is a region of one rule: the first and last position where a
// match of it can end.
type ruleSpan struct {
	rule        int32
	first, last int
}

// runRules runs the pattern rules over the text (see the comment at the
// top of this file).
func (s *state) runRules() {
	e := s.e
	if len(e.ruleIdx) == 0 {
		return
	}
	t := s.text
	if e.plainRules || !s.scanRules() {
		for _, ri := range e.ruleIdx {
			if len(e.rules[ri].gate) == 0 || s.ruleOn[ri] {
				s.runRule(int(ri), 0, len(t), len(t))
			}
		}
		return
	}
	if len(s.spans) == 0 {
		return
	}
	slices.SortFunc(s.spans, func(a, b ruleSpan) int {
		if a.rule != b.rule {
			return int(a.rule - b.rule)
		}
		return a.first - b.first
	})
	off := 0
	for k, sp := range s.spans {
		if k == 0 || s.spans[k-1].rule != sp.rule {
			off = 0
		}
		if sp.last < off {
			continue
		}
		r := &e.rules[sp.rule]
		lo := off
		if r.maxLen >= 0 {
			lo = max(lo, sp.first-r.maxLen)
		}
		hi := sp.last
		if hi < len(t) {
			_, w := utf8.DecodeRuneInString(t[hi:])
			hi += w
		}
		off = s.runRule(int(sp.rule), lo, hi, sp.last)
	}
}

// scanRules runs the rule automaton over the text and collects, per rule
// that may match, the regions where its matches can end. It reports false
// when the automaton ran out of states; the rules must then run without it.
func (s *state) scanRules() bool {
	p := &s.e.dfa
	d := p.Load()
	t := s.text
	s.spans = s.spans[:0]
	tab := d.tab.Load()
	tr := tab.trans
	shift := d.shift
	st := 0 // the state
	n := len(t)
	for i := 0; i < n; {
		c := t[i]
		k, w := d.sym[c&0x7f], 1
		if c >= utf8.RuneSelf {
			k, w = d.symbol(t, i)
		}
		v := tr[st<<shift+dfaSelfWords+int(k>>1)].Load() >> (16 * uint32(k&1)) & 0xffff
		if v == 0 {
			if v = d.transition(uint32(st), k); v == 0 {
				renewDFA(p, d)
				s.closeSpans()
				return false
			}
			tab = d.tab.Load()
			tr = tab.trans
		}
		i += w
		if next := int(v >> 1); next != st {
			st = next
			if v&1 != 0 {
				s.noteEnds(tab.acc[st], i-w)
			}
			continue
		}
		if v&1 != 0 {
			s.noteEnds(tab.acc[st], i-w)
			continue
		}
		// A byte that leaves the state as it is: skip the run of such
		// bytes.
		row := tr[st<<shift : st<<shift+dfaSelfWords]
		for i < n {
			c := t[i]
			if c >= utf8.RuneSelf || row[c>>5].Load()&(1<<(c&31)) == 0 {
				break
			}
			i++
		}
	}
	if eot := tab.eot[st]; eot != nil {
		s.noteEnds(eot, n)
	}
	s.closeSpans()
	return true
}

// noteEnds records that matches of rules can end at p.
func (s *state) noteEnds(rules []int32, p int) {
	e := s.e
	for _, ri := range rules {
		r := &e.rules[ri]
		if len(r.gate) > 0 && !s.ruleOn[ri] {
			continue
		}
		o := &s.open[ri]
		switch {
		case o.rule < 0:
			*o = ruleSpan{ri, p, p}
			s.touched = append(s.touched, ri)
		case r.maxLen >= 0 && p-o.last > r.maxLen:
			s.spans = append(s.spans, *o)
			o.first, o.last = p, p
		default:
			o.last = p
		}
	}
}

// closeSpans moves the open regions to s.spans.
func (s *state) closeSpans() {
	for _, ri := range s.touched {
		s.spans = append(s.spans, s.open[ri])
		s.open[ri].rule = -1
	}
	s.touched = s.touched[:0]
}

// runRule finds the matches of rule ri that start at or after lo within
// t[:hi], records those that pass its validator, and returns where the
// search of the rule continues. Matches must end by last: a match past it
// is an artefact of cutting the text at hi, and is searched for again in
// the whole text.
func (s *state) runRule(ri, lo, hi, last int) int {
	r := &s.e.rules[ri]
	t := s.text
	for lo <= hi {
		m := s.search(r, lo, hi)
		wide := m != nil && m[1] > last
		if wide {
			m = s.search(r, lo, len(t))
		}
		if m == nil {
			break
		}
		ms, me := m[0], m[1]
		if r.sub > 0 && m[2*r.sub] >= 0 {
			ms, me = m[2*r.sub], m[2*r.sub+1]
		}
		if me > ms && (r.Validate == nil || r.Validate(t[ms:me])) {
			s.cands = append(s.cands, cand{start: ms, end: me, typ: r.Type, rec: r.Name,
				score: r.Score, need: r.RequireContext, rule: int32(ri)})
		}
		next := m[1]
		if m[1] == lo || m[1] == m[0] {
			next = m[0] + 1
		}
		// Patterns that consume a boundary byte before the value must be
		// able to reuse it: restart at the value's end, not the match end.
		if r.sub > 0 && me > lo && me < m[1] {
			next = me
		}
		lo = max(next, lo+1)
		if wide {
			break
		}
	}
	return lo
}

// search returns the submatch indexes, in the text, of the leftmost-first
// match of r that starts at or after lo and ends by hi, with its
// assertions (\b, ^) seeing the text before lo, or nil.
func (s *state) search(r *compiledRule, lo, hi int) []int {
	t := s.text
	lo = decodePos(t, lo)
	if lo > hi {
		return nil
	}
	if lo == 0 {
		return r.re.FindStringSubmatchIndex(t[:hi])
	}
	// The variant of the pattern behind one character of context: the
	// character before lo, which is one byte at a decoding position.
	m := r.reCtx.FindStringSubmatchIndex(t[lo-1 : hi])
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += lo - 1
		}
	}
	_, w := utf8.DecodeRuneInString(t[m[0]:hi])
	m[0] += w
	return m
}

// decodePos returns the first position at or after i where decoding the
// text from its start begins a character (regexp only matches there).
func decodePos(t string, i int) int {
	for i > 0 && i < len(t) {
		inside := false
		for q := i - 1; q >= 0 && q >= i-utf8.UTFMax+1; q-- {
			if utf8.RuneStart(t[q]) {
				_, w := utf8.DecodeRuneInString(t[q:])
				inside = q+w > i
				break
			}
		}
		if !inside {
			return i
		}
		i++
	}
	return min(i, len(t))
}

// compileCtx compiles the pattern behind one character of context, so a
// search can start inside the text and still see what precedes it.
func compileCtx(pattern string) (*regexp.Regexp, error) {
	return regexp.Compile(`(?s:.)(?:` + pattern + `)`)
}
