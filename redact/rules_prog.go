package redact

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// A rule's search without package regexp.
//
// A region the rule automaton reports is short (a number and a character
// or two around it) and its match is most often found at the first
// position tried, yet package regexp spends thousands of instructions on
// it: it decodes each byte as a rune, looks its character classes up as
// rune ranges, and sets up its machine, visited bitmap and capture
// registers per call. A ruleProg runs the same program (the rule's own
// pattern compiled by regexp/syntax as package regexp compiles it) with
// each class's ASCII characters a 128-bit set, decoding only the bytes
// above ASCII. It is a depth-first search that tries the alternatives in
// the order package regexp's backtracker does, so it finds the same
// leftmost-first match with the same submatches. It keeps no visited
// bitmap: the regexp backtracker's memo only prunes states (instruction,
// position) already explored without reaching a match, and whether one
// can be reached from a state does not depend on the path to it (no
// backreferences), so pruning changes no result. Without the memo a
// search can take exponential time, or loop on a repetition of an empty
// match: it gives up when its stack is full (progJobs) or past progSteps
// returns to an alternative, and the regexp runs instead.
//
// TestRuleProgMatchesRegexp compares the two on every default rule and
// on patterns a user may write.

// progInst is an instruction of a ruleProg.
type progInst struct {
	set [2]uint64     // instructions that read a character: the ASCII characters they take
	op  syntax.InstOp // InstRune for every instruction that reads a character
	// ew, for an assertion: bit 4*before+after is set when it holds
	// between a character of kind before and one of kind after (kBegin
	// standing for the start or end of the text).
	ew       uint16
	out, arg uint32
}

// ruleProg is a rule's pattern compiled for the search of runRule.
type ruleProg struct {
	inst   []progInst
	syn    []syntax.Inst // the program's instructions, for characters above ASCII
	start  uint32
	anchor bool // the pattern matches only at the start of the text
	ncap   int  // capture registers: 2 per group, the whole match's included
	// first[k] holds the ASCII characters a match can start with after
	// a character of kind k: a start before another cannot match.
	first [4][2]uint64
}

// progSteps bounds the returns to an alternative of one search (see
// ruleProg).
const progSteps = 4096

// progJobs bounds the backtracking stack of one search.
const progJobs = 32

// progRegs bounds the capture registers of a ruleProg.
const progRegs = 16

// newRuleProg compiles pattern as package regexp compiles it; nil when
// its program has an instruction or more groups than ruleProg takes.
// The default rules are the same in every detector: each pattern is
// compiled once per process (see patternCache), and its ruleProg, which
// no search changes, shared.
func newRuleProg(pattern string) *ruleProg {
	p, _ := rulePrograms.get(pattern, func(pattern string) (*ruleProg, error) { return compileRuleProg(pattern), nil })
	return p
}

// rulePrograms maps a pattern to its ruleProg (see newRuleProg).
var rulePrograms patternCache[*ruleProg]

// compileRuleProg does the work of newRuleProg.
func compileRuleProg(pattern string) *ruleProg {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	ncap := 2 * (re.MaxCap() + 1)
	if ncap > progRegs {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	cond := prog.StartCond()
	if cond == ^syntax.EmptyOp(0) {
		return nil
	}
	p := &ruleProg{syn: prog.Inst, start: uint32(prog.Start), anchor: cond&syntax.EmptyBeginText != 0, ncap: ncap}
	p.inst = make([]progInst, len(prog.Inst))
	for k := range prog.Inst {
		in := &prog.Inst[k]
		a := &p.inst[k]
		a.op, a.out, a.arg = in.Op, in.Out, in.Arg
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			a.set = asciiSet(in)
			a.op = syntax.InstRune
		case syntax.InstEmptyWidth:
			for k := range 16 {
				if in.MatchEmptyWidth(kindRune[k>>2], kindRune[k&3]) {
					a.ew |= 1 << k
				}
			}
		case syntax.InstAlt, syntax.InstNop, syntax.InstMatch, syntax.InstFail, syntax.InstCapture: // ncap registers hold every group
		default:
			return nil
		}
	}
	p.firstSets()
	return p
}

// firstSets sets p.first: for each kind of the character before a start
// and each kind of the character at it, the characters of that kind that
// an instruction reached from the start without reading takes, every one
// of them when the match can be empty there.
func (p *ruleProg) firstSets() {
	var kindSet [4][2]uint64 // the ASCII characters of each kind
	for c := range utf8.RuneSelf {
		kindSet[byteKinds[c]][c>>6] |= 1 << (c & 63)
	}
	seen := make([]bool, len(p.inst))
	var stack []uint32
	for before := range 4 {
		for after := kWord; after <= kOther; after++ {
			clear(seen)
			var set [2]uint64
			stack = append(stack[:0], p.start)
			for len(stack) > 0 {
				pc := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if seen[pc] {
					continue
				}
				seen[pc] = true
				in := &p.inst[pc]
				switch in.op {
				case syntax.InstRune:
					set[0] |= in.set[0]
					set[1] |= in.set[1]
				case syntax.InstMatch:
					set = [2]uint64{^uint64(0), ^uint64(0)}
				case syntax.InstAlt:
					stack = append(stack, in.arg, in.out)
				case syntax.InstEmptyWidth:
					if in.ew&(1<<(4*before+after)) != 0 {
						stack = append(stack, in.out)
					}
				case syntax.InstCapture, syntax.InstNop:
					stack = append(stack, in.out)
				}
			}
			p.first[before][0] |= set[0] & kindSet[after][0]
			p.first[before][1] |= set[1] & kindSet[after][1]
		}
	}
}

// byteKinds is the kind of each byte as the character before or at a
// position (a byte above ASCII is part of a character of kind kOther).
var byteKinds = func() (k [256]uint8) {
	for c := range k {
		k[c] = asciiKind(byte(c))
	}
	return k
}()

// asciiSet returns the ASCII characters the instruction in, which reads a
// character, takes (those matchRune takes), from its ranges.
func asciiSet(in *syntax.Inst) [2]uint64 {
	var set [2]uint64
	add := func(lo, hi rune) {
		for c := max(lo, 0); c <= min(hi, utf8.RuneSelf-1); c++ {
			set[c>>6] |= 1 << (c & 63)
		}
	}
	switch {
	case in.Op == syntax.InstRuneAny:
		add(0, utf8.RuneSelf-1)
	case in.Op == syntax.InstRuneAnyNotNL:
		add(0, '\n'-1)
		add('\n'+1, utf8.RuneSelf-1)
	case len(in.Rune) == 1:
		// A literal: its character, and with FoldCase the others of
		// its orbit (an ASCII letter's orbit has K and ſ above ASCII).
		r0 := in.Rune[0]
		add(r0, r0)
		if in.Op == syntax.InstRune && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				add(r, r)
			}
		}
	default: // InstRune1 has one character, taken above
		for k := 0; k+1 < len(in.Rune); k += 2 {
			add(in.Rune[k], in.Rune[k+1])
		}
	}
	return set
}

// matchRune reports whether the instruction in, which reads a character,
// takes r, as the regexp backtracker decides it.
func matchRune(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRune1:
		return r == in.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// progJob is a backtracking entry: an alternative to try (pc, at pos),
// or with jobRestore in pc, a capture register to restore (register pc,
// to the value pos).
type progJob struct {
	pc  uint32
	pos int
}

// jobRestore marks a progJob that restores a capture register.
const jobRestore = 1 << 31

// find looks for the leftmost-first match in t[:hi] that starts at or
// after lo (a decoding position), with assertions seeing the text before
// lo, as package regexp's FindStringSubmatchIndex over t[:hi] would find
// it starting at lo; it reports whether there is one, with its submatch
// indexes in regs[:p.ncap], and ok false when the search gave up.
func (p *ruleProg) find(t string, lo, hi int, regs *[progRegs]int) (found, ok bool) {
	if p.anchor && lo != 0 {
		return false, true
	}
	reg := regs[:p.ncap]
	var jobs [progJobs]progJob
	steps := 0
	insts := p.inst
	u := t[:hi] // u[pos] needs no check beyond pos < len(u)
	for start := lo; start <= hi; {
		if start < hi && t[start] < utf8.RuneSelf {
			// A start is skipped when its character cannot begin a
			// match after the one before it.
			c, kb := t[start], uint8(kBegin)
			if start > 0 {
				kb = byteKinds[t[start-1]]
			}
			if p.first[kb][c>>6]&(1<<(c&63)) == 0 {
				if p.anchor {
					break
				}
				start++
				continue
			}
		}
		for k := range reg {
			reg[k] = -1
		}
		reg[0] = start
		nj := 0
		pc, pos := p.start, start
		for {
			in := &insts[pc]
			if in.op == syntax.InstRune {
				// Most steps read a character, most often one of a
				// run of such steps.
				for pos < len(u) {
					if c := u[pos]; c < utf8.RuneSelf {
						if in.set[c>>6&1]&(1<<(c&63)) == 0 {
							break
						}
						pos++
					} else if r, w := utf8.DecodeRuneInString(u[pos:]); matchRune(&p.syn[pc], r) {
						pos += w
					} else {
						break
					}
					pc = in.out
					if in = &insts[pc]; in.op != syntax.InstRune {
						break
					}
				}
				if in.op == syntax.InstRune {
					goto fail
				}
			}
			switch in.op {
			case syntax.InstAlt:
				if nj == progJobs {
					return false, false
				}
				jobs[nj] = progJob{pc: in.arg, pos: pos}
				nj++
				pc = in.out
				continue
			case syntax.InstCapture:
				if nj == progJobs {
					return false, false
				}
				jobs[nj] = progJob{pc: in.arg | jobRestore, pos: reg[in.arg]}
				nj++
				reg[in.arg] = pos
				pc = in.out
				continue
			case syntax.InstEmptyWidth:
				// Assertions read only ASCII characters (word
				// characters, '\n'): any byte above ASCII stands for the
				// character it is part of.
				kb, ka := uint8(kBegin), uint8(kBegin)
				if pos > 0 {
					kb = byteKinds[t[pos-1]]
				}
				if pos < len(u) {
					ka = byteKinds[u[pos]]
				}
				if in.ew&(1<<(4*kb+ka)) != 0 {
					pc = in.out
					continue
				}
			case syntax.InstNop:
				pc = in.out
				continue
			case syntax.InstMatch:
				reg[1] = pos
				return true, true
			}
			// Failed: back to the last alternative, restoring the
			// registers set since.
		fail:
			for nj > 0 && jobs[nj-1].pc&jobRestore != 0 {
				nj--
				reg[jobs[nj].pc&^jobRestore] = jobs[nj].pos
			}
			if nj == 0 {
				break
			}
			// Every loop of a program passes an alternative, which
			// takes an entry of the stack: between two returns the
			// search takes fewer than progJobs+1 times the program's
			// length steps, so bounding the returns bounds the search.
			if steps++; steps > progSteps {
				return false, false
			}
			nj--
			pc, pos = jobs[nj].pc, jobs[nj].pos
		}
		if p.anchor || start == hi {
			break
		}
		if t[start] < utf8.RuneSelf {
			start++
		} else {
			_, w := utf8.DecodeRuneInString(t[start:hi])
			start += w
		}
	}
	return false, true
}
