package redact

import (
	"encoding/binary"
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The rule automaton: the prefilter of the pattern rules.
//
// Most texts hold no match of most rules, and running dozens of regular
// expressions over every message is what made detection slow. So the
// engine runs the rules' own programs (regexp/syntax) together as one
// deterministic automaton that reads the text once, at one table lookup
// per character, and reports every position where a match of a rule can
// end. Only rules with such a position run their regular expression, and
// only over the region around those positions (see runRules).
//
// A state is the set of program instructions live after the characters
// read so far (an unanchored search: every rule may start anywhere), plus
// the kind of the last character (none, word, newline, other), so that ^,
// $, \b and \B are decided exactly as package regexp decides them.
// Characters are grouped into symbols that no instruction tells apart.
//
// The programs are those of the rules with every ASCII digit standing for
// any digit (see anyDigit), so the automaton reports every position where
// a match of a rule, seen with the whole text around it, ends, and a few
// more: where a match ends of the rule with other digits in it (a number
// of the right length with the wrong first digit). The rule's regular
// expression then searches one region more and finds nothing there. Rules
// that tell digits apart (a leading 9, a first digit of 1 or 2, a month
// or a check character's range) multiply the states by each other: on the
// chat corpus the automaton of the digit rules reached 2,420 states with
// its digits told apart, 655 without, and its table, several times the
// first-level data cache, slowed down the rest of the detector as much as
// the automaton itself.
//
// Determinising dozens of rules up front would take hundreds of thousands
// of states, so states are built lazily, the first time the text needs
// them, as RE2 does, and shared by every call of the engine. Readers
// follow transitions without locks; a missing transition is computed under
// a mutex. When maxDFAStates states exist, the automaton starts afresh for
// later calls, and the call that ran out runs the rules without prefilter.

// maxDFAStates bounds the states of one automaton.
const maxDFAStates = 8192

// maxDFASymbols bounds the symbols of one automaton: a symbol and the
// stop column after the last one (at index nsym) are held in a uint8.
// Rules with more (a rule of hundreds of distinct characters above
// ASCII) get no automaton; see ruleAutomata.
const maxDFASymbols = 255

// Kinds of the character before a position, as assertions see it.
const (
	kBegin = iota // start of text
	kWord         // ASCII letter, digit or '_'
	kNL           // '\n'
	kOther
)

// kindRune is a character of each kind, for Inst.MatchEmptyWidth.
var kindRune = [4]rune{-1, 'a', '\n', ' '}

// ruleDFA is the lazily built automaton of an engine's rules. States are
// numbered from 0 (the start) and their rows kept in a dfaTable, which a
// writer replaces by a larger copy when it fills up, so that readers never
// see a table move under them.
type ruleDFA struct {
	sym    [256]uint8 // ASCII byte -> symbol; a byte above ASCII -> nsym, the stop column
	highLo []rune     // non-ASCII ranges, by their first rune
	highSy []uint8    // symbol of each range
	nsym   int
	stride int // words of a row
	self   int // where the self words start in a row
	tab    atomic.Pointer[dfaTable]

	mu      sync.Mutex // guards what follows and the builder
	b       *dfaBuilder
	ids     map[string]uint32
	live    [][]int     // state -> live positions
	prev    []uint8     // state -> kind of the character that led to it
	symMask [][4]uint32 // symbol -> its ASCII bytes, as in a row's self words
	key     []byte
	buf     []int
	eotB    []int
	fresh   func() *ruleDFA // builds a new automaton when this one is full
	seedRow [4]int          // per kind, the row (see dfaTable) of the state before any character after one of that kind
}

// dfaTable holds the rows of the states built so far and room for more.
// A row is stride words: one transition per symbol, the stop column
// (always 0: the column of the bytes above ASCII in runPlain, which leaves
// them to scanWindow), then the self words, bits for the bytes known to
// lead back to the state without a match (the scan skips runs of them:
// letters in the middle of long words, long runs of digits), of which
// only those of ASCII bytes are ever set. The row of state s starts at
// word s*stride+1, an odd offset (stride is even). A transition is 0
// while unknown, else the offset of the next state's row when that state
// has no acc (a plain transition, which the scan takes without stopping),
// one less when it has; no transition leads back to the start, state 0,
// so a known one is never 0. Holding the row rather than the state spares
// the scan a multiplication per byte, and holding it with the acc flag in
// its own low bit a shift: the scan reads the next transition at the
// value plus the next symbol. acc and eot of a state are written before
// any transition to it.
type dfaTable struct {
	trans []atomic.Uint32
	acc   [][]int32 // rules with a match ending just before the symbol that led to the state
	eot   [][]int32 // rules with a match ending at the end of the text, from the state
}

// dfaSelfWords is the number of self words at the end of a row, a bit
// for every byte.
const dfaSelfWords = 8

// dfaBuilder holds the rules' programs laid out as one position space.
type dfaBuilder struct {
	insts  []*syntax.Inst // position -> instruction
	rule   []int32        // position -> engine rule index
	out    []int          // position -> successor
	arg    []int          // position -> alternative
	starts []int
	takes  [][]uint64 // position -> symbols a rune instruction accepts
	kinds  []uint8    // symbol -> kind of its characters
	mark   []uint32
	gen    uint32
	stack  []int
	accs   []int32
}

// newRuleDFA prepares the automaton of the given rules (engine indexes),
// or returns nil when they need more than maxDFASymbols symbols.
func newRuleDFA(rules []compiledRule, idx []int32) *ruleDFA {
	b := &dfaBuilder{}
	for _, ri := range idx {
		re, err := syntax.Parse(rules[ri].Pattern, syntax.Perl)
		if err != nil {
			continue // compileRule already accepted it: cannot happen
		}
		re = re.Simplify()
		anyDigit(re)
		p, err := syntax.Compile(re)
		if err != nil {
			continue
		}
		base := len(b.insts)
		for pc := range p.Inst {
			in := &p.Inst[pc]
			b.insts = append(b.insts, in)
			b.rule = append(b.rule, ri)
			b.out = append(b.out, base+int(in.Out))
			b.arg = append(b.arg, base+int(in.Arg))
		}
		b.starts = append(b.starts, base+p.Start)
	}
	d := &ruleDFA{b: b, ids: map[string]uint32{}}
	var runeInsts []int
	for pos, in := range b.insts {
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			runeInsts = append(runeInsts, pos)
		}
	}
	// Symbols: characters accepted by the same rune instructions and of
	// the same kind. ASCII bytes one by one; above ASCII, the ranges
	// between the bounds of every instruction's ranges.
	sigs := map[string]int{}
	sig := make([]byte, (len(runeInsts)+7)/8+1)
	var reps []rune
	symOf := func(r rune, kind uint8) int {
		clear(sig)
		for k, pos := range runeInsts {
			if b.insts[pos].MatchRune(r) {
				sig[k/8] |= 1 << (k % 8)
			}
		}
		sig[len(sig)-1] = kind
		id, ok := sigs[string(sig)]
		if !ok {
			id = len(sigs)
			sigs[string(sig)] = id
			b.kinds = append(b.kinds, kind)
			reps = append(reps, r)
		}
		return id
	}
	// The bytes of prose and numbers get the first symbols, so that the
	// transitions a message takes share the first cache line of a row.
	for _, c := range dfaSymbolOrder {
		d.sym[c] = uint8(symOf(rune(c), asciiKind(c))) // at most 128 symbols so far
	}
	bounds := []rune{utf8.RuneSelf, utf8.RuneError, utf8.RuneError + 1}
	for _, pos := range runeInsts {
		in := b.insts[pos]
		add := func(lo, hi rune) {
			if hi >= utf8.RuneSelf {
				bounds = append(bounds, max(lo, utf8.RuneSelf), hi+1)
			}
		}
		switch {
		case in.Op == syntax.InstRune && len(in.Rune) == 1 && syntax.Flags(in.Arg)&syntax.FoldCase != 0:
			r0 := in.Rune[0]
			add(r0, r0)
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				add(r, r)
			}
		case in.Op == syntax.InstRune || in.Op == syntax.InstRune1:
			for k := 0; k+1 < len(in.Rune); k += 2 {
				add(in.Rune[k], in.Rune[k+1])
			}
			if in.Op == syntax.InstRune1 || len(in.Rune) == 1 {
				add(in.Rune[0], in.Rune[0])
			}
		}
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)
	for _, lo := range bounds {
		if lo > unicode.MaxRune {
			break
		}
		d.highLo = append(d.highLo, lo)
		k := symOf(lo, kOther)
		if k >= maxDFASymbols {
			return nil
		}
		d.highSy = append(d.highSy, uint8(k))
	}
	d.nsym = len(sigs)
	// Rows are as long as their symbols need, not rounded up to a power
	// of two: the table of a large automaton then stays in cache.
	d.self = d.nsym + 1
	d.stride = (d.self + dfaSelfWords + 1) &^ 1 // even: see dfaTable
	for c := utf8.RuneSelf; c < 256; c++ {
		d.sym[c] = uint8(d.nsym)
	}
	d.symMask = make([][4]uint32, d.nsym)
	for c := 0; c < utf8.RuneSelf; c++ {
		d.symMask[d.sym[c]][c/32] |= 1 << (c % 32)
	}
	words := (d.nsym + 63) / 64
	b.takes = make([][]uint64, len(b.insts))
	for _, pos := range runeInsts {
		set := make([]uint64, words)
		for s, r := range reps {
			if b.insts[pos].MatchRune(r) {
				set[s/64] |= 1 << (s % 64)
			}
		}
		b.takes[pos] = set
	}
	b.mark = make([]uint32, len(b.insts))
	d.intern(nil, kBegin, nil) // state 0, the start
	// The states a scan starts from in the middle of a text: nothing
	// read yet, after a character of each kind.
	for k := kWord; k <= kOther; k++ {
		d.seedRow[k] = int(d.intern(nil, uint8(k), nil)>>1)*d.stride + 1
	}
	d.fresh = func() *ruleDFA { return newRuleDFA(rules, idx) }
	return d
}

// anyDigit widens the simplified pattern re, in place, to take every
// ASCII digit wherever it takes one: a class with a digit takes all ten,
// a digit of a literal is any digit. Its matches are then a superset of
// re's, with the same lengths and the same characters other than digits.
func anyDigit(re *syntax.Regexp) {
	for _, sub := range re.Sub {
		anyDigit(sub)
	}
	isDigit := func(c rune) bool { return c >= '0' && c <= '9' }
	switch re.Op {
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k] <= '9' && re.Rune[k+1] >= '0' {
				re.Rune = addRange(re.Rune, '0', '9')
				return
			}
		}
	case syntax.OpLiteral:
		if !slices.ContainsFunc(re.Rune, isDigit) {
			return
		}
		var subs []*syntax.Regexp
		for rs := re.Rune; len(rs) > 0; {
			if isDigit(rs[0]) {
				subs = append(subs, &syntax.Regexp{Op: syntax.OpCharClass, Rune: []rune{'0', '9'}})
				rs = rs[1:]
				continue
			}
			k := slices.IndexFunc(rs, isDigit)
			if k < 0 {
				k = len(rs)
			}
			// A copy: rs may be held in re.Rune0, which *re is about to lose.
			subs = append(subs, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: slices.Clone(rs[:k])})
			rs = rs[k:]
		}
		*re = syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: subs}
	}
}

// addRange returns the sorted ranges rs of a character class with the
// range lo-hi added, merged with those it overlaps or touches.
func addRange(rs []rune, lo, hi rune) []rune {
	out := make([]rune, 0, len(rs)+2)
	k := 0
	for ; k+1 < len(rs) && rs[k+1] < lo-1; k += 2 {
		out = append(out, rs[k], rs[k+1])
	}
	for ; k+1 < len(rs) && rs[k] <= hi+1; k += 2 {
		lo, hi = min(lo, rs[k]), max(hi, rs[k+1])
	}
	out = append(out, lo, hi)
	return append(out, rs[k:]...)
}

// dfaSymbolOrder is every ASCII byte, the most frequent in chat first.
var dfaSymbolOrder = func() []byte {
	first := " etaoinsrhldcumfpgwybvkxjqz0123456789.,'?!:-/@\nETAOINSRHLDCUMFPGWYBVKXJQZ"
	var seen [utf8.RuneSelf]bool
	var out []byte
	for _, c := range []byte(first) {
		seen[c] = true
		out = append(out, c)
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		if !seen[c] {
			out = append(out, byte(c))
		}
	}
	return out
}()

func asciiKind(c byte) uint8 {
	switch {
	case c == '\n':
		return kNL
	case syntax.IsWordChar(rune(c)):
		return kWord
	}
	return kOther
}

// symbol returns the symbol of the character at t[i] and its width.
func (d *ruleDFA) symbol(t string, i int) (uint8, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return d.sym[c], 1
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	k, _ := slices.BinarySearch(d.highLo, r+1)
	return d.highSy[k-1], w
}

// step follows the live positions (and every rule's start) through the
// empty transitions that hold between a character of kind prev and the
// symbol next (-1: the end of the text). It returns the rules that reach
// their match there and the sorted positions live after next.
func (b *dfaBuilder) step(live []int, prev uint8, next int, out []int) ([]int32, []int) {
	after := rune(-1)
	if next >= 0 {
		after = kindRune[b.kinds[next]]
	}
	before := kindRune[prev]
	b.gen++
	if b.gen == 0 {
		clear(b.mark)
		b.gen = 1
	}
	b.stack = append(b.stack[:0], b.starts...)
	b.stack = append(b.stack, live...)
	b.accs = b.accs[:0]
	out = out[:0]
	for len(b.stack) > 0 {
		pos := b.stack[len(b.stack)-1]
		b.stack = b.stack[:len(b.stack)-1]
		if b.mark[pos] == b.gen {
			continue
		}
		b.mark[pos] = b.gen
		in := b.insts[pos]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			b.stack = append(b.stack, b.out[pos], b.arg[pos])
		case syntax.InstNop, syntax.InstCapture:
			b.stack = append(b.stack, b.out[pos])
		case syntax.InstEmptyWidth:
			if in.MatchEmptyWidth(before, after) {
				b.stack = append(b.stack, b.out[pos])
			}
		case syntax.InstMatch:
			b.accs = append(b.accs, b.rule[pos])
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if next >= 0 && b.takes[pos][next/64]&(1<<(next%64)) != 0 {
				out = append(out, b.out[pos])
			}
		}
	}
	slices.Sort(out)
	slices.Sort(b.accs)
	b.accs = slices.Compact(b.accs)
	return b.accs, slices.Compact(out)
}

// intern returns the transition value of the state of the live
// positions after a character of kind prev, reached with the matches acc,
// creating the state if need be; the caller holds d.mu (or owns d). It
// returns 0 when the automaton is full.
func (d *ruleDFA) intern(live []int, prev uint8, acc []int32) uint32 {
	k := append(d.key[:0], prev)
	k = binary.AppendUvarint(k, uint64(len(acc)))
	for _, r := range acc {
		k = binary.AppendUvarint(k, uint64(r))
	}
	for _, p := range live {
		k = binary.AppendUvarint(k, uint64(p))
	}
	d.key = k
	flag := uint32(0)
	if len(acc) > 0 {
		flag = 1
	}
	if id, ok := d.ids[string(k)]; ok {
		return id<<1 | flag
	}
	id := uint32(len(d.live))
	if id >= maxDFAStates {
		return 0
	}
	tab := d.tab.Load()
	if tab == nil || int(id) >= len(tab.acc) {
		tab = d.grow(tab)
	}
	if len(acc) > 0 {
		tab.acc[id] = slices.Clone(acc)
	}
	live = slices.Clone(live)
	eot, eotB := d.b.step(live, prev, -1, d.eotB)
	d.eotB = eotB
	if len(eot) > 0 {
		tab.eot[id] = slices.Clone(eot)
	}
	d.live = append(d.live, live)
	d.prev = append(d.prev, prev)
	d.ids[string(k)] = id
	return id<<1 | flag
}

// grow publishes a table with room for twice the states of tab (nil: the
// first table); the caller holds d.mu (or owns d).
func (d *ruleDFA) grow(tab *dfaTable) *dfaTable {
	n := 64
	if tab != nil {
		n = 2 * len(tab.acc)
	}
	nt := &dfaTable{trans: make([]atomic.Uint32, n*d.stride+1), acc: make([][]int32, n), eot: make([][]int32, n)}
	if tab != nil {
		for i := range tab.trans {
			nt.trans[i].Store(tab.trans[i].Load())
		}
		copy(nt.acc, tab.acc)
		copy(nt.eot, tab.eot)
	}
	d.tab.Store(nt)
	return nt
}

// transition computes and publishes the transition of state st on
// symbol k (as a dfaTable holds it), or returns 0 when the automaton is
// full. The caller reloads d.tab afterwards: the state may be new.
func (d *ruleDFA) transition(st uint32, k uint8) uint32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	row := int(st)*d.stride + 1
	w := row + int(k)
	if v := d.tab.Load().trans[w].Load(); v != 0 {
		return v
	}
	acc, live := d.b.step(d.live[st], d.prev[st], int(k), d.buf)
	d.buf = live
	id := d.intern(live, d.b.kinds[k], acc)
	if id == 0 {
		return 0
	}
	v := uint32(int(id>>1)*d.stride + 1)
	if id&1 != 0 {
		v-- // the next state has acc
	}
	tab := d.tab.Load()
	tab.trans[w].Store(v)
	if id == st<<1 {
		self := row + d.self
		for j, m := range d.symMask[k] {
			if m != 0 {
				tab.trans[self+j].Store(tab.trans[self+j].Load() | m)
			}
		}
	}
	return v
}
