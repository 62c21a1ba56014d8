package redact

import (
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// Shapes: the sequences of digit-run lengths a rule's value can have.
// "DE 123/456/78901" has the shape [3 3 5]. Rule values start and end at
// digit-run boundaries (their patterns bound them with \b or a non-word
// class), so a rule can only match inside a window that holds one of its
// shapes as consecutive runs. The engine keeps one table from shape to
// rules and looks up each run sequence of a window once, which admits the
// few rules worth running the regular expression for.

// runShape is the digit-run structure of a piece of a match.
type runShape struct {
	runs           []uint8
	startD, endD   bool // begins or ends with a digit
	digitsOnlyOnce bool
}

const maxShapes = 512

func (p runShape) key() string {
	var b strings.Builder
	if p.digitsOnlyOnce {
		b.WriteByte('o') // not empty
	}
	if p.startD {
		b.WriteByte('d')
	}
	for _, r := range p.runs {
		b.WriteString(strconv.Itoa(int(r)))
		b.WriteByte(',')
	}
	if p.endD {
		b.WriteByte('d')
	}
	return b.String()
}

type shapeSet map[string]runShape

func (s shapeSet) add(p runShape) { s[p.key()] = p }

// valueShapes returns the digit-run sequences of a pattern's value, or
// false when there are too many or the pattern repeats without bound.
func valueShapes(pattern string) ([][]uint8, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
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
	empty := runShape{}
	digit := runShape{runs: []uint8{1}, startD: true, endD: true}
	var walk func(r *syntax.Regexp) (shapeSet, bool)
	cat := func(a, b shapeSet) (shapeSet, bool) {
		out := shapeSet{}
		for _, x := range a {
			for _, y := range b {
				out.add(joinPartial(x, y))
				if len(out) > maxShapes {
					return nil, false
				}
			}
		}
		return out, true
	}
	char := func(isD, isO bool) shapeSet {
		s := shapeSet{}
		if isD {
			s.add(digit)
		}
		if isO {
			s.add(runShape{digitsOnlyOnce: true}) // one non-digit
		}
		return s
	}
	walk = func(r *syntax.Regexp) (shapeSet, bool) {
		switch r.Op {
		case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
			syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return shapeSet{"": empty}, true
		case syntax.OpLiteral:
			out := shapeSet{"": empty}
			for _, c := range r.Rune {
				var ok bool
				out, ok = cat(out, char(c >= '0' && c <= '9', !(c >= '0' && c <= '9')))
				if !ok {
					return nil, false
				}
			}
			return out, true
		case syntax.OpCharClass:
			hasD, hasO := false, false
			for k := 0; k+1 < len(r.Rune); k += 2 {
				lo, hi := r.Rune[k], r.Rune[k+1]
				if lo <= '9' && hi >= '0' {
					hasD = true
				}
				if lo < '0' || hi > '9' {
					hasO = true
				}
			}
			return char(hasD, hasO), true
		case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
			return char(true, true), true
		case syntax.OpCapture:
			return walk(r.Sub[0])
		case syntax.OpConcat:
			out := shapeSet{"": empty}
			for _, s := range r.Sub {
				x, ok := walk(s)
				if !ok {
					return nil, false
				}
				if out, ok = cat(out, x); !ok {
					return nil, false
				}
			}
			return out, true
		case syntax.OpAlternate:
			out := shapeSet{}
			for _, s := range r.Sub {
				x, ok := walk(s)
				if !ok {
					return nil, false
				}
				for _, p := range x {
					out.add(p)
				}
			}
			return out, len(out) <= maxShapes
		case syntax.OpQuest:
			x, ok := walk(r.Sub[0])
			if !ok {
				return nil, false
			}
			x.add(empty)
			return x, true
		case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
			x, ok := walk(r.Sub[0])
			if !ok {
				return nil, false
			}
			lo, hi := 0, -1
			switch r.Op {
			case syntax.OpPlus:
				lo = 1
			case syntax.OpRepeat:
				lo, hi = r.Min, r.Max
			}
			if hi < 0 {
				// Unbounded: only repeats of non-digits keep the shape.
				for _, p := range x {
					if len(p.runs) > 0 || p.startD {
						return nil, false
					}
				}
				return shapeSet{"": empty}, true
			}
			if hi > 24 {
				return nil, false
			}
			out := shapeSet{}
			cur := shapeSet{"": empty}
			for k := 0; k <= hi; k++ {
				if k >= lo {
					for _, p := range cur {
						out.add(p)
					}
				}
				if k < hi {
					if cur, ok = cat(cur, x); !ok {
						return nil, false
					}
				}
			}
			return out, len(out) <= maxShapes
		}
		return nil, false
	}
	set, ok := walk(re)
	if !ok {
		return nil, false
	}
	var out [][]uint8
	for _, p := range set {
		if len(p.runs) == 0 {
			return nil, false // a value without digits: no digit shape
		}
		out = append(out, p.runs)
	}
	slices.SortFunc(out, slices.Compare)
	return out, true
}

// joinPartial concatenates two pieces; adjacent digit runs merge.
func joinPartial(a, b runShape) runShape {
	aEmpty := len(a.runs) == 0 && !a.digitsOnlyOnce
	bEmpty := len(b.runs) == 0 && !b.digitsOnlyOnce
	switch {
	case aEmpty:
		return b
	case bEmpty:
		return a
	}
	out := runShape{startD: a.startD, endD: b.endD, digitsOnlyOnce: true}
	out.runs = append(append([]uint8(nil), a.runs...), b.runs...)
	if a.endD && b.startD {
		n := len(a.runs)
		out.runs = append(append([]uint8(nil), a.runs[:n-1]...), a.runs[n-1]+b.runs[0])
		out.runs = append(out.runs, b.runs[1:]...)
	}
	if len(a.runs) == 0 {
		out.startD = false
	}
	if len(b.runs) == 0 {
		out.endD = false
	}
	return out
}

// shapeCode packs a run sequence (runs below 32, at most 12 of them).
func shapeCode(runs []uint8) (uint64, bool) {
	if len(runs) > 12 {
		return 0, false
	}
	c := uint64(len(runs))
	for _, r := range runs {
		if r >= 32 {
			return 0, false
		}
		c = c<<5 | uint64(r)
	}
	return c, true
}

// shapeIndex maps shape codes to the rules that can have that shape.
type shapeIndex struct {
	m    map[uint64][]int32
	maxN int // longest shape, in runs
}

func (x *shapeIndex) add(code uint64, n int, rule int32) {
	if x.m == nil {
		x.m = map[uint64][]int32{}
	}
	if l := x.m[code]; len(l) == 0 || l[len(l)-1] != rule {
		x.m[code] = append(l, rule)
	}
	x.maxN = max(x.maxN, n)
}

// admit marks in on every rule that has a shape made of consecutive digit
// runs of t.
func (x *shapeIndex) admit(t string, on []bool) {
	var runs [64]uint8
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
		runs[n] = uint8(min(j-i, 255))
		n++
		i = j
	}
	for a := 0; a < n; a++ {
		for b := a + 1; b <= n && b-a <= x.maxN; b++ {
			if c, ok := shapeCode(runs[a:b]); ok {
				for _, r := range x.m[c] {
					on[r] = true
				}
			}
		}
	}
}
