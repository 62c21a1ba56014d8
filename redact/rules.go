package redact

import (
	"math"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
// region finds exactly what one search over the whole text finds. This
// needs only that every end of a match is reported: a position where none
// ends, which the automaton may report too, widens a region or adds one
// that the search passes through in vain. A rule with too many distinct
// characters for an automaton (see maxDFASymbols) runs over the whole
// text.

// wideSpaces are the spaces that group numbers in text pasted from web
// pages and word processors: the Unicode spaces (Zs) above ASCII, which
// spaceWidth and wideSep read too (TestWideSpacesAgree).
var wideSpaces = func() (sp []rune) {
	for _, r16 := range unicode.Zs.R16 {
		for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
			if r >= utf8.RuneSelf {
				sp = append(sp, r)
			}
		}
	}
	return sp // unicode.Zs has no R32 range
}()

// widenSpaces rewrites a rule's pattern so that each space it matches
// also matches a wideSpace: "12 345 678 901" is matched written with
// U+00A0 too, and the validators, which read only letters and digits,
// see the same value.
//
// Printing a rewritten pattern costs more than compiling it (the printer
// works out the case folding of every class), so each pattern is
// rewritten once per process: the default rules are the same in every
// detector.
func widenSpaces(pattern string) (string, error) {
	return widened.get(pattern, widenPattern)
}

// widened maps a rule's pattern to its rewritten form (see widenSpaces).
var widened patternCache[string]

// patternCache maps a rule's pattern to what is built from it once per
// process. It keeps at most maxPatterns patterns, so that a program
// building detectors from ever new rules does not grow it without bound.
type patternCache[T any] struct {
	m sync.Map
	n atomic.Int64
}

const maxPatterns = 1024

// get returns what build makes of pattern, built once while the cache
// has room; an error is not kept.
func (c *patternCache[T]) get(pattern string, build func(string) (T, error)) (T, error) {
	if v, ok := c.m.Load(pattern); ok {
		return v.(T), nil
	}
	v, err := build(pattern)
	if err != nil {
		return v, err
	}
	if c.n.Add(1) <= maxPatterns {
		c.m.Store(pattern, v)
	}
	return v, nil
}

// widenPattern does the work of widenSpaces.
func widenPattern(pattern string) (string, error) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return "", err
	}
	if !widen(re) {
		return pattern, nil
	}
	return re.String(), nil
}

// widen rewrites re in place and reports whether it changed anything.
func widen(re *syntax.Regexp) bool {
	changed := false
	for _, s := range re.Sub {
		changed = widen(s) || changed
	}
	switch re.Op {
	case syntax.OpCharClass:
		// A class that holds a wide space already says what it means
		// about them ("[^\xa0]" leaves one out on purpose): kept as is.
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k] <= ' ' && ' ' <= re.Rune[k+1] && !slices.ContainsFunc(wideSpaces, func(w rune) bool { return classHas(re.Rune, w) }) {
				for _, w := range wideSpaces {
					re.Rune = append(re.Rune, w, w)
				}
				return true
			}
		}
	case syntax.OpLiteral:
		if !slices.Contains(re.Rune, ' ') {
			return changed
		}
		space := &syntax.Regexp{Op: syntax.OpCharClass, Rune: []rune{' ', ' '}}
		for _, w := range wideSpaces {
			space.Rune = append(space.Rune, w, w)
		}
		var subs []*syntax.Regexp
		start := 0
		for k, c := range re.Rune {
			if c != ' ' {
				continue
			}
			if k > start {
				subs = append(subs, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: slices.Clone(re.Rune[start:k])})
			}
			subs = append(subs, space)
			start = k + 1
		}
		if start < len(re.Rune) {
			subs = append(subs, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: slices.Clone(re.Rune[start:])})
		}
		if len(subs) == 1 {
			*re = *subs[0]
		} else {
			*re = syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: subs}
		}
		return true
	}
	return changed
}

// classHas reports whether the ranges of a character class hold c.
func classHas(ranges []rune, c rune) bool {
	for k := 0; k+1 < len(ranges); k += 2 {
		if ranges[k] <= c && c <= ranges[k+1] {
			return true
		}
	}
	return false
}

// maxMatchLen returns the longest match of a parsed pattern in bytes, or -1
// when it is unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	return maxMatchSize(re, false)
}

// maxMatchSize returns the longest match of a parsed pattern in bytes, or
// with chars in characters (its bytes in an ASCII text); -1 when it is
// unbounded.
func maxMatchSize(re *syntax.Regexp, chars bool) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		if chars {
			return len(re.Rune)
		}
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
		if chars {
			return 1
		}
		return max(utf8.RuneLen(min(re.Rune[len(re.Rune)-1], utf8.MaxRune)), 1)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		if chars {
			return 1
		}
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchSize(re.Sub[0], chars)
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			m := maxMatchSize(s, chars)
			if m < 0 {
				return -1
			}
			n += m
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxMatchSize(s, chars)
			if m < 0 {
				return -1
			}
			n = max(n, m)
		}
		return n
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		m := maxMatchSize(re.Sub[0], chars)
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
	if e.plainRules {
		s.notePositive()
	}
	if e.plainRules || !s.scanRules() {
		for _, ri := range e.ruleIdx {
			if s.mayReport(ri) {
				s.runRule(int(ri), 0, len(t), len(t))
			}
		}
		return
	}
	if len(e.bareRules) > 0 {
		s.spanBare()
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
		if ml := r.form(s.asciiText).maxLen; ml >= 0 {
			lo = max(lo, sp.first-ml)
		}
		hi := sp.last
		if hi < len(t) {
			_, w := utf8.DecodeRuneInString(t[hi:])
			hi += w
		}
		off = s.runRule(int(sp.rule), lo, hi, sp.last)
	}
}

// scanRules runs the rule automata over the text and collects, per rule
// that may match, the regions where its matches can end. It reports false
// when an automaton ran out of states; the rules must then run without it.
// The rules no automaton holds (e.bareRules) are left to spanBare.
//
// The digit automaton runs over windows around the digit runs: a window
// reaches digitReach bytes (the most a match of its rules has before its
// first digit, after its last or between two digits) on both sides and
// one character more on the right, so that every match lies in one window
// and its end is seen with the character after it; in a text that is not
// all ASCII, as many bytes as an ASCII text needs where the characters
// around the digits are ASCII. The other automaton
// runs over the runs of bytes its matches can hold, at least restMin
// long. A window starts from the state of nothing read after a character
// of the kind before it, so assertions are decided as over the whole
// text, and a match starting in it is found as the whole-text scan finds
// it.
func (s *state) scanRules() bool {
	e := s.e
	t := s.text
	n := len(t)
	s.spans = s.spans[:0]
	s.notePositive()
	ascii := s.asciiText
	// The digit automata run around digits: a text without one (a
	// tenth of chat messages) passes over them all. (reset found the
	// first with asciiText.)
	first := s.firstDigit
	digitDFAs := e.digitDFAs
	if first == n {
		digitDFAs = nil
	}
	for _, dd := range digitDFAs {
		if dd.ctx && !s.anyOn(dd.mask) {
			continue
		}
		d := dd.dfa.Load()
		pre, suf, gap := dd.pre, dd.suf, dd.gap
		if dd.ctx {
			pre, suf, gap = s.onReach(dd)
		}
		a := 0
		if ascii {
			a = 1
		}
		// Digit runs closer than merge share a window: those a match may
		// span, and those whose windows would overlap (a character may
		// run over the end of a window by up to UTFMax-1 bytes on either
		// side).
		merge := max(gap[a], pre[a]+suf[a]) + 1 + 2*utf8.UTFMax
		pre1, suf1 := pre[1], suf[1]
		for i := first; i < n; {
			// pre[0] counts bytes, up to UTFMax a character, but a match
			// has at most pre1 characters before its first digit: as many
			// bytes when they are ASCII, as they most often are around a
			// number, and no more than the character right before the
			// digit allows (see windowLo). Likewise after the last digit.
			var lo int
			if ascii {
				lo = dd.windowLo(t, i, pre1)
			} else if q := max(i-pre1, 0); isASCII(t[q:i]) {
				lo = dd.windowLo(t, i, pre1)
			} else {
				lo = windowStart(t, max(i-pre[0], 0)) // every byte starts a character in ASCII
			}
			j, next := digitWindow(t, i, merge)
			i = next
			hi := min(j+suf[a]+1, n)
			if q := j + suf1 + 1; !ascii && q < hi && isASCII(t[j:q]) {
				hi = q
			}
			if !s.scanWindow(&dd.dfa, d, lo, hi, false) {
				s.closeSpans()
				return false
			}
		}
	}
	for _, rd := range e.restDFAs {
		if rd.ctx && !s.anyOn(rd.mask) {
			continue
		}
		d := rd.dfa.Load()
		if rd.min == 0 {
			if !s.scanWindow(&rd.dfa, d, 0, n, true) {
				s.closeSpans()
				return false
			}
			continue
		}
		if !s.scanRuns(rd, d) {
			s.closeSpans()
			return false
		}
	}
	s.closeSpans()
	return true
}

// windowLo returns where the window whose first digit is t[i] starts
// when the characters before it are ASCII: at most pre characters before
// the digit, and no more than the character right before it allows
// (dd.preBy). A match that starts before the digit holds it as its first
// digit: a digit before it would be in another window, which a match
// does not reach (see digitWindow's merge).
func (dd *digitDFA) windowLo(t string, i, pre int) int {
	lo := max(i-pre, 0)
	if i > 0 {
		lo = max(lo, i-int(dd.preBy[t[i-1]]))
	}
	return lo
}

// onReach returns the reach of the rules of dd, an automaton of rules
// that need their words, that may report in the text (as digitDFA holds
// the reach of all of them): a match of any other would not be noted.
// Most texts with a word of one of these rules hold the word of one or
// two, most of which reach a character before their digits, while the
// reach of all of them is that of the card's security code after its
// phrase.
func (s *state) onReach(dd *digitDFA) (pre, suf, gap [2]int) {
	for k, m := range dd.mask {
		for on := s.runOK[k] & m; on != 0; on &= on - 1 {
			r := &dd.reach[k<<6|bits.TrailingZeros64(on)]
			for a := range pre {
				pre[a] = max(pre[a], int(r.pre[a]))
				suf[a] = max(suf[a], int(r.suf[a]))
				gap[a] = max(gap[a], int(r.gap[a]))
			}
		}
	}
	return pre, suf, gap
}

// digitWindow returns the end j of the last digit run of the window whose
// first digit is t[i], the runs closer than merge sharing it, and the
// first digit of the next window (len(t) when there is none): the next
// digit after j is at j+merge or later. It reads eight bytes a step, each
// once, where a call of nextNonDigit and one of nextDigit a run would read
// the bytes of a date or a phone number several times. merge is more than
// 8 (scanRules adds 1+2*UTFMax): the digits of a step after its first
// are in that one's window.
func digitWindow(t string, i, merge int) (j, next int) {
	n := len(t)
	j = i
	q := i
	// (i >= 0 and a fixed last start spare each load its bounds checks,
	// as in nextDigit.)
	if i >= 0 {
		for last := n - 8; q <= last; q += 8 {
			m := digitBits(load64(t, q))
			if m == 0 {
				if q+8 >= j+merge {
					return j, nextDigit(t, q+8)
				}
				continue
			}
			if p := q + bits.TrailingZeros64(m)/8; p >= j+merge {
				return j, p
			}
			j = q + (63-bits.LeadingZeros64(m))/8 + 1
		}
	}
	for ; q < n; q++ {
		if isDigit(t[q]) {
			if q >= j+merge {
				return j, q
			}
			j = q + 1
		}
	}
	return j, n
}

// digitBits returns the high bit of each of the eight bytes of x that is
// an ASCII digit, exactly in every byte: digitWindow reads the highest
// digit of a step as well as the lowest, where nextDigit's cheaper test,
// whose borrows may mark bytes above the first digit, is exact in the
// lowest only.
func digitBits(x uint64) uint64 {
	lo := x &^ highs64
	return (0xb9*ones64 - lo) & (lo + 0x50*ones64) &^ x & highs64
}

// spanBare gives the rules no automaton holds (e.bareRules) the whole
// text as region: their matches may end anywhere.
func (s *state) spanBare() {
	for _, ri := range s.e.bareRules {
		if s.mayReport(ri) {
			s.spans = append(s.spans, ruleSpan{ri, 0, len(s.text)})
		}
	}
}

// scanRuns runs the automaton d of rd over the runs of the text's bytes
// that its matches can hold and that are at least rd.min long. It reports
// false when d ran out of states.
func (s *state) scanRuns(rd *restDFA, d *ruleDFA) bool {
	t := s.text
	n := len(t)
	ok := &rd.bytes
	m := rd.min
	// measure returns the run of allowed bytes around t[p:q], whose bytes
	// are allowed, not reaching back before end.
	measure := func(p, q, end int) (int, int) {
		i := p
		for i > end && ok[t[i-1]] {
			i--
		}
		j := q
		for j < n && ok[t[j]] {
			j++
		}
		return i, j
	}
	// In an ASCII text a match of whole words is a whole run: a longer
	// run holds none (see restDFA.wordMax). Most long runs in chat are
	// keys and tokens longer than an identifier.
	long := n
	if s.asciiText && rd.wordMax > 0 {
		long = rd.wordMax
	}
	if m >= 15 && rd.below > 0 {
		// A run of 15 bytes or more holds an aligned block of eight:
		// look only at blocks with no byte below rd.below (in prose,
		// most hold a space), then at blocks whose bytes are all
		// allowed, and measure the run around them.
		below := rd.below * ones64 // not reloaded at every block
		for q, end := blockAbove(t, 0, below), 0; q+8 <= n; q = blockAbove(t, q+8, below) {
			if !allIn8(ok, load64(t, q)) {
				continue
			}
			i, j := measure(q, q+8, end)
			if j-i >= m && j-i <= long && !s.scanWindow(&rd.dfa, d, i, min(j+1, n), true) {
				return false
			}
			end = j
			q = (j+7)&^7 - 8
		}
		return true
	}
	// A run of m bytes or more holds a byte at every m-th position:
	// probe those, and measure the run around a probe that hits.
	for p, end := m-1, 0; p < n; p += m {
		if !ok[t[p]] {
			continue
		}
		i, j := measure(p, p+1, end)
		if j-i >= m && j-i <= long && !s.scanWindow(&rd.dfa, d, i, min(j+1, n), true) {
			return false
		}
		end = j
		p = j
	}
	return true
}

// blockAbove returns the first q+8k at which a block of 8 bytes holds no
// byte below below's (a byte repeated), or len(t) when none does. It
// reads two blocks a step, passed over together when both hold one (in
// prose, most hold a space), in a loop of its own, which knows q >= 0
// and loads without bounds checks.
func blockAbove(t string, q int, below uint64) int {
	if q < 0 {
		return q
	}
	for last := len(t) - 16; q <= last; q += 16 {
		u := t[q : q+16]
		if x := load64(u, 0); (x-below)&^x&highs64 == 0 {
			return q
		}
		if y := load64(u, 8); (y-below)&^y&highs64 == 0 {
			return q + 8
		}
	}
	if q <= len(t)-8 {
		if x := load64(t, q); (x-below)&^x&highs64 == 0 {
			return q
		}
	}
	return len(t)
}

// allIn8 reports whether every byte of the block x (as load64 reads
// it) is in set: in one expression, which the compiler lays out as eight
// tests without a loop's counter and bounds checks.
func allIn8(set *[256]bool, x uint64) bool {
	return set[byte(x)] && set[byte(x>>8)] && set[byte(x>>16)] && set[byte(x>>24)] &&
		set[byte(x>>32)] && set[byte(x>>40)] && set[byte(x>>48)] && set[byte(x>>56)]
}

// notePositive records in s.runOK which of the rules that need their
// words in the text (compiledRule.needCtx) may report a match in it: a
// rule with keywords needs one of its words in the text (as it always
// has, a negative one will do), a weak rule a positive one. A match of
// any other of them would be dropped by finish, so it need not run.
func (s *state) notePositive() {
	e := s.e
	if len(s.runOK) != e.ruleWords {
		s.posOn, s.runOK = make([]uint64, e.ruleWords), make([]uint64, e.ruleWords)
		s.ruleWordSeen = false // the new bitsets are clear
	}
	ok := s.runOK
	pos := s.posOn[:len(ok)]
	// The bitsets hold bits only after a text with a word of a rule: a
	// text without one leaves them clear for the next. Word by word:
	// they are a word or two long, less than a call to clear them costs.
	if s.ruleWordSeen {
		for k := range ok {
			ok[k], pos[k] = 0, 0
		}
		s.ruleWordSeen = false
	}
	// ok collects the rules with a word in the text (their keyword
	// condition is met), pos those with a positive one; a weak rule needs
	// the latter.
	// An entry's bitsets are ORed in word by word, only the words that
	// are not zero (Engine.entryWords): ORing a zero word changes nothing.
	seen := false // s.ruleWordSeen, set once after the loop
	for _, h := range s.hits {
		sp := e.ruleAt[h.entry]
		if sp.lo == sp.hi {
			continue // most words are no rule's
		}
		seen = true
		for _, b := range e.entryWords[sp.lo:sp.hi] {
			ok[b.k] |= b.all
			pos[b.k] |= b.pos
		}
	}
	if !seen {
		return
	}
	s.ruleWordSeen = true
	strong := e.strongRules[:len(ok)]
	for k := range ok {
		ok[k] &= strong[k] | pos[k]
	}
}

// ruleWordBits is a word of an entry's two bitsets of rules (see
// Engine.entryWords): the rules whose bits are in word k of the bitsets,
// all those the entry is a word of and those it is a positive word of.
type ruleWordBits struct {
	k        int
	all, pos uint64
}

// wordSpan is the span entryWords[lo:hi] of an entry's words.
type wordSpan struct{ lo, hi uint32 }

// hasPositive reports whether a positive word of rule ri (a context word
// or a keyword) is in the text. notePositive has run: a rule's candidate
// comes from runRules, which runs it first.
func (s *state) hasPositive(ri int32) bool {
	return s.posOn[ri>>6]&(1<<(ri&63)) != 0
}

// mayReport reports whether rule ri can report a match in the text.
func (s *state) mayReport(ri int32) bool {
	return !s.e.rules[ri].needCtx || s.runOK[ri>>6]&(1<<(ri&63)) != 0
}

// anyOn reports whether one of the rules in the bitset mask may report a
// match in the text. The rules of mask need their words in the text.
func (s *state) anyOn(mask []uint64) bool {
	if !s.ruleWordSeen {
		return false // no rule's word: runOK is clear
	}
	for i, m := range mask {
		if s.runOK[i]&m != 0 {
			return true
		}
	}
	return false
}

// load64 returns the 8 bytes of t at i, little-endian (one load).
func load64(t string, i int) uint64 {
	t = t[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

const (
	ones64  = 0x0101010101010101
	highs64 = 0x8080808080808080
)

// isASCII reports whether t holds only ASCII bytes, 8 bytes at a time.
func isASCII(t string) bool {
	var or uint64
	i := 0
	for ; i+32 <= len(t); i += 32 {
		u := t[i : i+32] // one bounds check for four loads
		or |= load64(u, 0) | load64(u, 8) | load64(u, 16) | load64(u, 24)
	}
	for ; i+8 <= len(t); i += 8 {
		or |= load64(t, i)
	}
	if i < len(t) && len(t) >= 8 {
		// The last bytes, in the 8 that end the text.
		or |= load64(t, len(t)-8)
		i = len(t)
	}
	for ; i < len(t); i++ {
		or |= uint64(t[i])
	}
	return or&highs64 == 0
}

// asciiFirstDigit returns isASCII(t) and nextDigit(t, 0) in one pass:
// the blocks of eight bytes up to the first digit are loaded once for
// both, and the rest as isASCII loads them.
func asciiFirstDigit(t string) (bool, int) {
	var or uint64
	i := 0
	for last := len(t) - 8; i <= last; i += 8 {
		x := load64(t, i)
		or |= x
		y := x ^ '0'*ones64
		if r := (y - 10*ones64) &^ y & highs64; r != 0 {
			first := i + bits.TrailingZeros64(r)/8
			i += 8
			for ; i+32 <= len(t); i += 32 {
				u := t[i : i+32] // one bounds check for four loads
				or |= load64(u, 0) | load64(u, 8) | load64(u, 16) | load64(u, 24)
			}
			for ; i+8 <= len(t); i += 8 {
				or |= load64(t, i)
			}
			if i < len(t) {
				or |= load64(t, len(t)-8) // the last bytes, in the 8 that end the text
			}
			return or&highs64 == 0, first
		}
	}
	// No digit in the blocks: the bytes after them, one by one.
	first := len(t)
	for ; i < len(t); i++ {
		or |= uint64(t[i])
		if first == len(t) && isDigit(t[i]) {
			first = i
		}
	}
	return or&highs64 == 0, first
}

// nextDigit returns the index of the first ASCII digit of t at or after
// i, or len(t), testing 8 bytes at a time. With y = b^'0' a byte b is a
// digit when y <= 9: y-10 borrows (sets its high bit) while y's high bit
// is clear. A borrow runs into the bytes above the first digit only, so
// the lowest bit set is exact. Knowing i >= 0 and a fixed last start
// spares each load its bounds checks.
func nextDigit(t string, i int) int {
	if i >= 0 {
		for last := len(t) - 8; i <= last; i += 8 {
			y := load64(t, i) ^ '0'*ones64
			if r := (y - 10*ones64) &^ y & highs64; r != 0 {
				return i + bits.TrailingZeros64(r)/8
			}
		}
	}
	for i < len(t) && !isDigit(t[i]) {
		i++
	}
	return i
}

// nextNonDigit returns the index of the first byte of t at or after i
// that is no ASCII digit, or len(t), testing 8 bytes at a time as
// nextDigit does: with y = b^'0', y+0x76 reaches the high bit when y > 9,
// and y has it when b is not ASCII. A carry leaves only a byte that is
// no digit, so again the lowest bit set is exact.
func nextNonDigit(t string, i int) int {
	if i >= 0 {
		for last := len(t) - 8; i <= last; i += 8 {
			y := load64(t, i) ^ '0'*ones64
			if r := (y + (0x7f-9)*ones64 | y) & highs64; r != 0 {
				return i + bits.TrailingZeros64(r)/8
			}
		}
	}
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	return i
}

// windowStart returns i, or the start of the character i is inside.
func windowStart(t string, i int) int {
	for q := i - 1; q >= 0 && q >= i-utf8.UTFMax+1; q-- {
		if utf8.RuneStart(t[q]) {
			if _, w := utf8.DecodeRuneInString(t[q:]); q+w > i {
				return q
			}
			break
		}
	}
	return i
}

// scanWindow runs automaton d over the characters starting in t[lo:hi]
// and notes where matches end; at the end of the text, it notes the
// matches the end completes. It reports false when d ran out of states.
// With runs, it passes over runs of bytes that leave the state as it is
// at once (see runPlain); a digit automaton, whose state changes at
// almost every byte of its windows, reads byte by byte (see runDense).
func (s *state) scanWindow(p *atomic.Pointer[ruleDFA], d *ruleDFA, lo, hi int, runs bool) bool {
	t := s.text
	tab := d.tab.Load()
	tr := tab.trans
	stride := d.stride
	row := 1 // the offset of the state's row (see dfaTable)
	if lo > 0 {
		row = d.seedRow[byteKinds[t[lo-1]]&3] // a byte above ASCII: kOther
	}
	n := len(t)
	i := lo
	for i < hi {
		if runs {
			row, i = runPlain(&d.sym, tr, d.self, t, row, i, hi)
		} else {
			row, i = runDense(&d.sym, tr, t, row, i, hi)
		}
		if i >= hi {
			break
		}
		// A byte runPlain leaves: non-ASCII, a transition to build, or
		// one to an accepting state.
		k, w := d.symbol(t, i)
		v := tr[row+int(k)].Load()
		if v == 0 {
			if v = d.transition(uint32(row/stride), k); v == 0 {
				renewDFA(p, d)
				return false
			}
			tab = d.tab.Load()
			tr = tab.trans
		}
		i += w
		row = int(v | 1)
		if v&1 == 0 {
			s.noteEnds(tab.acc[row/stride], i-w)
		}
		// runPlain takes the bytes after it, runs that leave the state
		// as it is included.
	}
	if i >= n {
		if eot := tab.eot[row/stride]; eot != nil {
			s.noteEnds(eot, n)
		}
	}
	return true
}

// runPlain runs the automaton with symbols sym and transitions tr (the
// self words of a row at self) over t[i:hi] from the state whose row
// starts at tr[row], as scanWindow does, while each byte is ASCII and
// leads by a known transition to a state that is not accepting: most
// bytes. It returns the row and the position of the first byte it did
// not take. It calls nothing, so that its state stays in registers;
// scanWindow takes the other bytes. A byte above ASCII needs no test of
// its own: its symbol is the stop column, whose transitions are 0.
func runPlain(sym *[256]uint8, tr []atomic.Uint32, self int, t string, row, i, hi int) (int, int) {
	u := t[i:hi] // indexed from 0, which needs no check for a negative index
	_ = sym[0]   // sym is not nil: checked once, not at every byte
	j := 0
	for j < len(u) {
		c := u[j]
		v := tr[row+int(sym[c])].Load()
		if v&1 == 0 {
			break // unknown, to an accepting state, or above ASCII
		}
		j++
		if next := int(v); next != row {
			row = next
			continue
		}
		// A byte that leaves the state as it is: skip the run of such
		// bytes.
		sw := (*[dfaSelfWords]atomic.Uint32)(tr[row+self : row+self+dfaSelfWords])
		for j < len(u) {
			c := u[j]
			if sw[c>>5].Load()&(1<<(c&31)) == 0 {
				break
			}
			j++
		}
	}
	return row, i + j
}

// runDense is runPlain without its test for a byte that leaves the state
// as it is. In the windows of the digit automata such bytes come one at a
// time (a digit's state counts digits, a letter's tracks prefixes and
// word boundaries): the test and the run it opens cost more than they
// pass over. It is kept out of line, as runPlain is, so that its loop
// has the registers to itself.
//
//go:noinline
func runDense(sym *[256]uint8, tr []atomic.Uint32, t string, row, i, hi int) (int, int) {
	u := t[i:hi]
	_ = sym[0]
	j := 0
	// The row in 32 bits, as the transitions hold it: an int would take
	// a zero extension of each one loaded.
	r := uint32(row)
	for j < len(u) {
		x := r + uint32(sym[u[j]])
		v := tr[x].Load()
		if v&1 == 0 {
			// Unknown, to an accepting state, or above ASCII. The row
			// is taken back from x here, so that the loop keeps no copy
			// of it beside v: v takes its register (one move a byte
			// less).
			return int(x - uint32(sym[u[j]])), i + j
		}
		r = v
		j++
	}
	return int(r), i + j
}

// noteEnds records that matches of rules can end at p.
func (s *state) noteEnds(rules []int32, p int) {
	e := s.e
	for _, ri := range rules {
		if !s.mayReport(ri) {
			continue
		}
		o := &s.open[ri]
		ml := e.rules[ri].form(s.asciiText).maxLen
		switch {
		case o.rule < 0:
			*o = ruleSpan{ri, p, p}
			s.touched = append(s.touched, ri)
		case ml >= 0 && p-o.last > ml:
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
		from, ok := s.matchFrom(r, lo, hi)
		if !ok {
			break
		}
		m, found := s.search(r, from, hi)
		wide := found && m.end > last
		if wide {
			m, found = s.search(r, from, len(t))
		}
		if !found {
			break
		}
		ms, me := m.start, m.end
		if m.vs >= 0 {
			ms, me = m.vs, m.ve
		}
		if r.accepts(t, ms, me) {
			s.cands = append(s.cands, cand{start: ms, end: me, typ: r.Type, rec: r.Name,
				score: r.Score, need: r.RequireContext, rule: int32(ri), label: r.label})
		}
		next := m.end
		if m.end == lo || m.end == m.start {
			next = m.start + 1
		}
		// Patterns that consume a boundary byte before the value must be
		// able to reuse it: restart at the value's end, not the match end.
		if r.sub > 0 && me > lo && me < m.end {
			next = me
		}
		lo = max(next, lo+1)
		if wide {
			break
		}
	}
	return lo
}

// matchFrom returns where the first match of r that starts at lo or
// after and ends by hi can start: for a rule every match of which holds a
// digit, no earlier than its digitPre bytes before the first digit from
// lo on. The regexp, which tries every start in turn, need not try those
// before. It reports false when no such match can be: the rule's
// matches hold a digit, and t[lo:hi] none (most often, the rest of a
// region after the match just found).
func (s *state) matchFrom(r *compiledRule, lo, hi int) (int, bool) {
	pre := r.form(s.asciiText).digitPre
	if pre < 0 {
		return lo, true
	}
	d := nextDigit(s.text[:hi], lo) // hi when there is none before it
	return max(lo, d-pre), d < hi
}

// accepts reports whether the match t[ms:me] of r (its "v" group, if it
// has one) is a value of the rule: not empty, passing its validator, not
// one group of a longer number when the rule is Standalone, and for the
// package's own rules not a quantity (see unitAfter) nor the end of a
// code (see codeBefore).
//
// The package's validators are pure functions: for its own rules the
// tests of the text around the match, cheaper, come first (a phone
// number's last groups have the shape of several identifiers, and are
// joined to its other digits). A user's validator is called on every
// non-empty match, as before.
func (r *compiledRule) accepts(t string, ms, me int) bool {
	if me <= ms {
		return false
	}
	if r.builtin {
		return !(r.Standalone && inDigitGroups(t, ms, me)) && !unitAfter(t, me) && !numberGoesOn(t, me) && !r.codeBefore(t, ms) &&
			(r.Validate == nil || r.Validate(t[ms:me]))
	}
	return (r.Validate == nil || r.Validate(t[ms:me])) && !(r.Standalone && inDigitGroups(t, ms, me))
}

// codeBefore reports whether the match of r starting at ms is joined by
// a hyphen to a code's prefix before it: letters or digits that are no
// word of the rule ("MDL-HRA0493", "mdl-hra0493", "PN-AB123456"), the end
// of a product or part code, not an identifier of its own. The rule's
// own word typed before the value ("cvv-812", "Passport-AB1234567") is
// no prefix.
func (r *compiledRule) codeBefore(t string, ms int) bool {
	if ms < 2 || t[ms-1] != '-' || !isAlnum(t[ms-2]) {
		return false
	}
	q := ms - 1
	for q > 0 && isAlnum(t[q-1]) {
		q--
	}
	w := t[q : ms-1]
	for _, p := range r.posWords {
		if strings.EqualFold(p, w) { // no copy on the scan's path
			return false
		}
	}
	return true
}

// unitAfter reports whether a number that ends at t[me-1] is followed by
// a unit of data or time ("2147483648 bytes", "30000 ms", "512MB"): a
// quantity from a log, not an identifier. Only the value's own digits
// count: a match that ends in a letter is left alone.
func unitAfter(t string, me int) bool {
	if me == 0 || me >= len(t) || !isDigit(t[me-1]) {
		return false
	}
	p := me + spaceAt(t, me)
	q := p
	for q < len(t) && isLetter(t[q]) && q-p < 8 {
		q++
	}
	if q == p || q < len(t) && isAlnum(t[q]) {
		return false
	}
	var low [8]byte
	switch string(lowerASCII(low[:0], t[p:q])) {
	case "byte", "bytes", "kb", "kib", "mb", "mib", "gb", "gib", "tb", "tib",
		"ms", "msec", "msecs", "ns", "sec", "secs", "seconds", "millis":
		return true
	}
	return false
}

// numberGoesOn reports whether a number that ends at t[me-1] goes on
// with a decimal point and a digit, a measure, a fractional Unix time
// ("at 1709460764.123") or a piece of a longer dotted number; with an
// hour's one or two digits, ':' and two digits, a clock time ("dep 07:35
// arr 09:10", "uptime 12d 04:31:07"); or with an '@', the local part of
// an address or of a message's id ("<4481229.1709460764@mail.example>"):
// not an identifier. A longer number before ':' is a field of a record
// ("BSN:111222333:1985-03-02").
func numberGoesOn(t string, me int) bool {
	if me <= 0 || me >= len(t) || !isDigit(t[me-1]) {
		return false
	}
	switch t[me] {
	case '@':
		return true
	case '.':
		return me+1 < len(t) && isDigit(t[me+1])
	case '/':
		// "Az. 12 C 345/24": a case's number with its year, not a value
		// that ends before the slash (session 54).
		return me+1 < len(t) && isDigit(t[me+1])
	case ':':
		hour := me - 1
		for hour > 0 && isDigit(t[hour-1]) && me-hour < 3 {
			hour--
		}
		return me-hour <= 2 && (hour == 0 || !isDigit(t[hour-1])) &&
			me+2 < len(t) && isDigit(t[me+1]) && isDigit(t[me+2]) && (me+3 == len(t) || !isDigit(t[me+3]))
	}
	return false
}

// inDigitGroups reports whether a space or hyphen joins t[ms:me] to a
// digit before or after it, on a side where the value has a digit too
// (see Rule.Standalone): "license-2 D1234567" is no grouped number.
func inDigitGroups(t string, ms, me int) bool {
	glue := func(c byte) bool { return c == ' ' || c == '-' }
	return ms >= 2 && isDigit(t[ms]) && glue(t[ms-1]) && isDigit(t[ms-2]) ||
		me+1 < len(t) && isDigit(t[me-1]) && glue(t[me]) && isDigit(t[me+1])
}

// ruleMatch is a match of a rule's pattern in the text: its bounds and
// those of its "v" group (-1 when the rule has none or the group took no
// part in the match).
type ruleMatch struct {
	start, end int
	vs, ve     int
}

// search returns the leftmost-first match of r that starts at or after
// lo and ends by hi, with its assertions (\b, ^) seeing the text before
// lo, and whether there is one.
func (s *state) search(r *compiledRule, lo, hi int) (ruleMatch, bool) {
	t := s.text
	lo = decodePos(t, lo)
	if lo > hi {
		return ruleMatch{}, false
	}
	// The form is chosen per text: testing each window for non-ASCII
	// bytes instead would read the rest of the text again at every
	// match (quadratic time).
	f := r.form(s.asciiText)
	if !r.shared {
		return s.find(f, lo, hi, r.sub)
	}
	// Another rule has the same pattern and may have searched the same
	// region already (the automaton reports a region to every rule of
	// the pattern).
	k := foundKey{f.re, lo, hi}
	if o, ok := s.found[k]; ok {
		return o.m, o.found
	}
	m, found := s.find(f, lo, hi, r.sub)
	if s.found == nil {
		s.found = map[foundKey]foundMatch{}
	}
	s.found[k] = foundMatch{m, found}
	return m, found
}

// foundKey is a search of a pattern that several rules have
// (compiledRule.shared): the pattern and the region.
type foundKey struct {
	re     *regexp.Regexp
	lo, hi int
}

// foundMatch is the result of a foundKey's search.
type foundMatch struct {
	m     ruleMatch
	found bool
}

// find runs the search of search with form f from lo (a decoding
// position) to hi; sub is the index of the "v" group, or 0.
func (s *state) find(f *ruleForm, lo, hi, sub int) (ruleMatch, bool) {
	var m []int
	if f.prog != nil {
		var reg [progRegs]int
		found, ok := f.prog.find(s.text, lo, hi, &reg)
		if ok {
			if !found {
				return ruleMatch{}, false
			}
			m = reg[:f.prog.ncap]
		}
	}
	if m == nil {
		if m = f.findRegexp(s.text, lo, hi, sub > 0); m == nil {
			return ruleMatch{}, false
		}
	}
	rm := ruleMatch{start: m[0], end: m[1], vs: -1, ve: -1}
	if sub > 0 {
		rm.vs, rm.ve = m[2*sub], m[2*sub+1]
	}
	return rm, true
}

// findRegexp runs the search of find with f's regular expressions.
func (f *ruleForm) findRegexp(t string, lo, hi int, sub bool) []int {
	re, reCtx := f.re, f.reCtx
	// Without a "v" group only the match bounds are needed, which spares
	// the regexp the submatch bookkeeping.
	if lo == 0 {
		if !sub {
			return re.FindStringIndex(t[:hi])
		}
		return re.FindStringSubmatchIndex(t[:hi])
	}
	// The variant of the pattern behind one character of context: the
	// character before lo, which is one byte at a decoding position.
	var m []int
	if !sub {
		m = reCtx.FindStringIndex(t[lo-1 : hi])
	} else {
		m = reCtx.FindStringSubmatchIndex(t[lo-1 : hi])
	}
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

// digitShape sums up, for the matches of a pattern, where ASCII digits
// stand: whether a match without a digit exists (and its longest length),
// and for matches with digits, the most bytes before the first digit,
// after the last one and between two digits. Lengths saturate at
// shapeInf, which stands for unbounded.
type digitShape struct {
	noDigit  bool // some match has no digit
	nd       int  // longest match without a digit
	hasDigit bool // some match has a digit
	pre, suf int  // most bytes before the first digit, after the last
	gap      int  // most bytes between two consecutive digits
}

const shapeInf = 1 << 30

func satAdd(a, b int) int { return min(a+b, shapeInf) }

func shapeEmpty() digitShape { return digitShape{noDigit: true} }

func shapeConcat(a, b digitShape) digitShape {
	var r digitShape
	if a.noDigit && b.noDigit {
		r.noDigit, r.nd = true, satAdd(a.nd, b.nd)
	}
	if a.hasDigit || b.hasDigit {
		r.hasDigit = true
		r.pre, r.suf, r.gap = -1, -1, -1
		if a.hasDigit {
			r.pre = a.pre
			r.gap = a.gap
			if b.noDigit {
				r.suf = satAdd(a.suf, b.nd)
			}
		}
		if b.hasDigit {
			r.suf = max(r.suf, b.suf)
			r.gap = max(r.gap, b.gap)
			if a.noDigit {
				r.pre = max(r.pre, satAdd(a.nd, b.pre))
			}
		}
		if a.hasDigit && b.hasDigit {
			r.gap = max(r.gap, satAdd(a.suf, b.pre))
		}
		r.gap = max(r.gap, 0)
	}
	return r
}

func shapeAlt(a, b digitShape) digitShape {
	switch {
	case !a.noDigit && !a.hasDigit:
		return b
	case !b.noDigit && !b.hasDigit:
		return a
	}
	r := digitShape{noDigit: a.noDigit || b.noDigit, hasDigit: a.hasDigit || b.hasDigit}
	r.nd = max(a.nd, b.nd)
	r.pre, r.suf, r.gap = max(a.pre, b.pre), max(a.suf, b.suf), max(a.gap, b.gap)
	return r
}

// shapeStar is the shape of any number of matches of a in a row.
func shapeStar(a digitShape) digitShape {
	r := shapeEmpty()
	if a.noDigit && a.nd > 0 {
		r.nd = shapeInf
	}
	if a.hasDigit {
		r.hasDigit = true
		r.pre, r.suf = satAdd(a.pre, r.nd), satAdd(a.suf, r.nd)
		r.gap = max(a.gap, satAdd(satAdd(a.suf, a.pre), r.nd))
	}
	return r
}

// runeShape is the shape of one character of the class [lo, hi] pairs.
func runeShape(ranges []rune, ascii bool) digitShape {
	var r digitShape
	for k := 0; k+1 < len(ranges); k += 2 {
		lo, hi := ranges[k], ranges[k+1]
		if lo <= '9' && hi >= '0' {
			r.hasDigit = true
		}
		if lo < '0' || hi > '9' {
			r.noDigit = true
			r.nd = 1
			if !ascii {
				r.nd = max(r.nd, utf8.RuneLen(min(hi, utf8.MaxRune)))
			}
		}
	}
	return r
}

// shapeOf returns the digit shape of a simplified pattern.
func shapeOf(re *syntax.Regexp, ascii bool) digitShape {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return shapeEmpty()
	case syntax.OpNoMatch:
		return digitShape{}
	case syntax.OpLiteral:
		r := shapeEmpty()
		for _, c := range re.Rune {
			cls := []rune{c, c}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
					cls = append(cls, f, f)
				}
			}
			r = shapeConcat(r, runeShape(cls, ascii))
		}
		return r
	case syntax.OpCharClass:
		return runeShape(re.Rune, ascii)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return runeShape([]rune{0, utf8.MaxRune}, ascii)
	case syntax.OpCapture:
		return shapeOf(re.Sub[0], ascii)
	case syntax.OpQuest:
		return shapeAlt(shapeEmpty(), shapeOf(re.Sub[0], ascii))
	case syntax.OpStar:
		return shapeStar(shapeOf(re.Sub[0], ascii))
	case syntax.OpPlus:
		a := shapeOf(re.Sub[0], ascii)
		return shapeConcat(a, shapeStar(a))
	case syntax.OpRepeat:
		a := shapeOf(re.Sub[0], ascii)
		r := shapeEmpty()
		for k := 0; k < re.Min; k++ {
			r = shapeConcat(r, a)
		}
		if re.Max < 0 {
			return shapeConcat(r, shapeStar(a))
		}
		opt := shapeAlt(shapeEmpty(), a)
		for k := re.Min; k < re.Max; k++ {
			r = shapeConcat(r, opt)
		}
		return r
	case syntax.OpConcat:
		r := shapeEmpty()
		for _, s := range re.Sub {
			r = shapeConcat(r, shapeOf(s, ascii))
		}
		return r
	case syntax.OpAlternate:
		r := digitShape{}
		for _, s := range re.Sub {
			r = shapeAlt(r, shapeOf(s, ascii))
		}
		return r
	}
	return digitShape{noDigit: true, nd: shapeInf, hasDigit: true, pre: shapeInf, suf: shapeInf, gap: shapeInf}
}

// digitReach returns, for a pattern every match of which holds an ASCII
// digit, the most bytes of a match before its first digit, after its last
// digit or between two digits; -1 when some match may have no digit or
// the reach is unbounded. With ascii, it counts characters, which are
// the bytes of a match in an ASCII text.
func digitReach(re *syntax.Regexp, ascii bool) int {
	sh := shapeOf(re, ascii)
	if sh.noDigit || !sh.hasDigit {
		return -1
	}
	l := max(sh.pre, sh.suf, sh.gap)
	if l >= shapeInf {
		return -1
	}
	return l
}

// digitEdge returns, for the pattern of a rule every match of which
// holds an ASCII digit within a bounded reach (see digitReach), how far
// its matches in an ASCII text reach before their first digit, by the
// character right before that digit: by[c] is the most characters a match
// has before its first digit when c is the character right before it, 0
// when no match has c there. Like the automaton, it reads the pattern
// with every digit standing for any digit (see anyDigit).
func digitEdge(pattern string) [utf8.RuneSelf]int32 {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		var by [utf8.RuneSelf]int32 // compileRule already accepted it: cannot happen
		for c := range by {
			by[c] = math.MaxInt32
		}
		return by
	}
	re = re.Simplify()
	anyDigit(re)
	return digitsAfter(re, shapeOf(re, true).pre)
}

// digitsAfter returns, for each ASCII character c, the most characters a
// match of re in an ASCII text has before its first digit when c is the
// character right before that digit, 0 when no match has c there; limit
// is the most any match has (shapeOf). It follows the pattern's program
// a character at a time, as a set of instructions each with the
// characters that may have been read last. It takes every assertion as
// holding: it counts the reach of more matches, never of fewer.
func digitsAfter(re *syntax.Regexp, limit int) (by [utf8.RuneSelf]int32) {
	prog, err := syntax.Compile(re)
	if err != nil {
		for c := range by {
			by[c] = math.MaxInt32
		}
		return by
	}
	const digits = 0x3ff << '0'
	n := len(prog.Inst)
	last, next := make([][2]uint64, n), make([][2]uint64, n)
	live, nextLive := make([]bool, n), make([]bool, n)
	var work []uint32
	reach := func(pc uint32, set [2]uint64) {
		l := &last[pc]
		if live[pc] && l[0]|set[0] == l[0] && l[1]|set[1] == l[1] {
			return
		}
		l[0], l[1], live[pc] = l[0]|set[0], l[1]|set[1], true
		work = append(work, pc)
	}
	reach(uint32(prog.Start), [2]uint64{})
	for depth := range int32(limit) + 1 {
		for len(work) > 0 {
			pc := work[len(work)-1]
			work = work[:len(work)-1]
			switch in := &prog.Inst[pc]; in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				reach(in.Out, last[pc])
				reach(in.Arg, last[pc])
			case syntax.InstNop, syntax.InstCapture, syntax.InstEmptyWidth:
				reach(in.Out, last[pc])
			}
		}
		more := false
		for pc := range prog.Inst {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			if !live[pc] {
				continue
			}
			takes := asciiSet(in)
			if takes[0]&digits != 0 {
				for c := range by {
					if last[pc][c>>6]&(1<<(c&63)) != 0 {
						by[c] = max(by[c], depth)
					}
				}
			}
			if takes[0] &^= digits; takes != [2]uint64{} {
				nx := &next[in.Out]
				nx[0], nx[1], nextLive[in.Out] = nx[0]|takes[0], nx[1]|takes[1], true
				more = true
			}
		}
		if !more {
			break
		}
		clear(last)
		clear(live)
		for pc, set := range next {
			if nextLive[pc] {
				reach(uint32(pc), set)
			}
		}
		clear(next)
		clear(nextLive)
	}
	return by
}

// digitDFA is an automaton of digit rules and the reach of its rules.
type digitDFA struct {
	dfa atomic.Pointer[ruleDFA]
	// The most bytes a match of its rules has before its first digit,
	// after its last and between two digits: [0] in any text, [1] in an
	// ASCII text.
	pre, suf, gap [2]int
	// preBy narrows the start of a window where the characters before its
	// first digit are ASCII: by the character right before that digit,
	// the most characters a match has before it (see digitEdge). Most
	// numbers in chat follow a space, a bracket or a sign, which the
	// rules that reach far before their digits, letters before them,
	// take there rarely or never.
	preBy [256]int32
	// reach holds, for an automaton whose rules need their words, the
	// reach of each of its rules (by engine index), so that the windows
	// of a text are only as wide as the rules that may report in it need
	// (see onReach).
	reach []digitReachOf
	mask  []uint64 // its rules, a bitset
	ctx   bool     // every rule needs one of its words in the text
}

// digitReachOf is the reach of one digit rule, as digitDFA holds it for
// all of them.
type digitReachOf struct {
	pre, suf, gap [2]int32
}

// digitReaches groups the digit rules by their reach: the rules that
// reach far (letters before or after the digits) run over wide windows,
// the many that reach a character or two over narrow ones, each group in
// an automaton of its own, smaller than one of all the rules.
var digitReaches = [...]int{shapeInf}

// splitRules builds the rule automata. Rules every match of which holds
// an ASCII digit within a bounded reach of its other bytes go into one
// automaton, run only over windows around the digits of a text; the
// others into a second one, run only over the runs of bytes their
// matches can hold that are at least as long as their shortest match.
//
// Each automaton is split once more: the rules that report only with one
// of their words in the text (compiledRule.needCtx) go into automata of
// their own, which a text without any of those words skips. In chat text
// they are most of the matches (five-digit numbers, 8 to 17 digits, short
// letter-digit codes) and almost never report.
func (e *Engine) splitRules() {
	var rest [2][]int32 // the other rules: [1] those needing words
	// Groups: by reach, then needing words or not.
	const groups = 2 * len(digitReaches)
	var digit [groups][]int32
	for _, ri := range e.ruleIdx {
		re, err := syntax.Parse(e.rules[ri].Pattern, syntax.Perl)
		if err != nil {
			continue // compileRule already accepted it: cannot happen
		}
		re = re.Simplify()
		if l := digitReach(re, false); l >= 0 {
			g := 0
			for l > digitReaches[g] && g+1 < len(digitReaches) {
				g++
			}
			if e.rules[ri].needCtx {
				g += len(digitReaches)
			}
			digit[g] = append(digit[g], ri)
			continue
		}
		g := 0
		if e.rules[ri].needCtx {
			g = 1
		}
		rest[g] = append(rest[g], ri)
	}
	for g, all := range digit {
		e.ruleAutomata(all, func(idx []int32, d *ruleDFA) {
			dd := &digitDFA{mask: e.ruleMask(idx), ctx: g >= len(digitReaches)}
			if dd.ctx {
				dd.reach = make([]digitReachOf, len(e.rules))
			}
			for _, ri := range idx {
				re, _ := syntax.Parse(e.rules[ri].Pattern, syntax.Perl)
				re = re.Simplify()
				for a, ascii := range []bool{false, true} {
					sh := shapeOf(re, ascii) // bounded: digitReach accepted it
					dd.pre[a] = max(dd.pre[a], sh.pre)
					dd.suf[a] = max(dd.suf[a], sh.suf)
					dd.gap[a] = max(dd.gap[a], sh.gap)
					if dd.ctx {
						r := &dd.reach[ri]
						r.pre[a], r.suf[a], r.gap[a] = int32(sh.pre), int32(sh.suf), int32(sh.gap)
					}
				}
				for c, l := range digitEdge(e.rules[ri].Pattern) {
					dd.preBy[c] = max(dd.preBy[c], l)
				}
			}
			// A byte above ASCII is read only where pre[1] is 0
			// (windowLo reads the byte where the pre[1] bytes before the
			// digit are ASCII): it allows what pre[1] does.
			for c := utf8.RuneSelf; c < len(dd.preBy); c++ {
				dd.preBy[c] = math.MaxInt32
			}
			dd.dfa.Store(d)
			e.digitDFAs = append(e.digitDFAs, dd)
		})
	}
	for g, all := range rest {
		e.ruleAutomata(all, func(idx []int32, d *ruleDFA) {
			e.restDFAs = append(e.restDFAs, e.newRestDFA(idx, g == 1, d))
		})
	}
}

// ruleAutomata builds the automaton of the rules idx and passes both to
// add. When the rules need more symbols than an automaton holds (a user's
// rule of hundreds of distinct characters above ASCII), it splits them in
// two halves and tries each in turn; a single rule that needs too many on
// its own goes to e.bareRules, which run over the whole text. The default
// rules fit in one automaton per group.
func (e *Engine) ruleAutomata(idx []int32, add func([]int32, *ruleDFA)) {
	if len(idx) == 0 {
		return
	}
	if d := newRuleDFA(e.rules, idx); d != nil {
		add(idx, d)
		return
	}
	if len(idx) == 1 {
		e.bareRules = append(e.bareRules, idx[0])
		return
	}
	h := len(idx) / 2
	e.ruleAutomata(idx[:h], add)
	e.ruleAutomata(idx[h:], add)
}

// restDFA is an automaton of rules whose matches may hold no digit, run
// over the runs of bytes its matches can hold that are at least as long as
// its shortest match.
type restDFA struct {
	dfa   atomic.Pointer[ruleDFA]
	min   int       // shortest match of its rules
	bytes [256]bool // bytes a match of its rules can hold
	below uint64    // every byte below it is outside bytes (at most 0x80)
	// wordMax: in an ASCII text every match of its rules is a whole run
	// of word characters (see wholeWords) of at most wordMax bytes; 0
	// when some match need not be.
	wordMax int
	mask    []uint64 // its rules, a bitset
	ctx     bool     // every rule needs one of its words in the text
}

// newRestDFA returns the restDFA of the rules idx, whose automaton is d.
func (e *Engine) newRestDFA(idx []int32, ctx bool, d *ruleDFA) *restDFA {
	rd := &restDFA{min: shapeInf, mask: e.ruleMask(idx), ctx: ctx}
	words := true // every rule's matches are whole words
	for _, ri := range idx {
		re, _ := syntax.Parse(e.rules[ri].Pattern, syntax.Perl)
		re = re.Simplify()
		rd.min = min(rd.min, minMatchLen(re))
		words = words && wholeWords(re)
		if l := maxMatchSize(re, true); l < 0 {
			words = false
		} else {
			rd.wordMax = max(rd.wordMax, l)
		}
		p, err := syntax.Compile(re)
		if err != nil {
			words = false // its bytes are not known
			continue
		}
		for k := range p.Inst {
			in := &p.Inst[k]
			switch in.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			for c := 0; c < utf8.RuneSelf; c++ {
				if in.MatchRune(rune(c)) {
					rd.bytes[c] = true
				}
			}
			if !rd.bytes[utf8.RuneSelf] && matchesHigh(in) {
				for c := utf8.RuneSelf; c < 256; c++ {
					rd.bytes[c] = true
				}
			}
		}
	}
	rd.below = 0x80
	for c := range rd.below {
		if rd.bytes[c] {
			rd.below = c
			break
		}
	}
	for c := range utf8.RuneSelf {
		if rd.bytes[c] && !syntax.IsWordChar(rune(c)) {
			words = false
		}
	}
	if !words || rd.min < 1 {
		rd.wordMax = 0
	}
	rd.dfa.Store(d)
	return rd
}

// wholeWords reports whether a match of a parsed pattern starts and ends
// at a \b: the pattern is \b, more and \b, or a choice or a group of
// such. When, besides, its matches hold ASCII word characters only and at
// least one, a match in an ASCII text is a whole run of word characters
// ("\bRSSMRA85T10A562S\b"), and so a run of another length holds none:
// the characters on either side of the match are not word characters.
func wholeWords(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture:
		return wholeWords(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !wholeWords(s) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		return len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpWordBoundary && re.Sub[len(re.Sub)-1].Op == syntax.OpWordBoundary
	}
	return false
}

// ruleMask returns the rules idx as a bitset.
func (e *Engine) ruleMask(idx []int32) []uint64 {
	m := make([]uint64, e.ruleWords)
	for _, ri := range idx {
		m[ri>>6] |= 1 << (ri & 63)
	}
	return m
}

// matchesHigh reports whether a rune instruction accepts a character
// above ASCII (or an invalid byte, read as utf8.RuneError).
func matchesHigh(in *syntax.Inst) bool {
	switch in.Op {
	case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		return true
	}
	if in.MatchRune(utf8.RuneError) {
		return true
	}
	rs := in.Rune
	if len(rs) == 1 {
		if rs[0] >= utf8.RuneSelf {
			return true
		}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(rs[0]); f != rs[0]; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf {
					return true
				}
			}
		}
		return false
	}
	for k := 0; k+1 < len(rs); k += 2 {
		if rs[k+1] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// minMatchLen returns the fewest bytes a match of a parsed pattern has.
func minMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		return min(re.Min*minMatchLen(re.Sub[0]), shapeInf)
	case syntax.OpConcat:
		n := 0
		for _, s := range re.Sub {
			n = satAdd(n, minMatchLen(s))
		}
		return n
	case syntax.OpAlternate:
		n := shapeInf
		for _, s := range re.Sub {
			n = min(n, minMatchLen(s))
		}
		return n
	case syntax.OpNoMatch:
		return shapeInf
	}
	return 0
}
