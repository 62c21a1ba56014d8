// Package evaluate scores a detector on labelled data: the project's chat
// corpus, Presidio's synthetic dataset and Presidio's recognizer test
// vectors. It reads the data where it lies and never copies it.
//
// # Matching spans
//
// A predicted span matches a labelled span when, after both are trimmed of
// surrounding white space, quotes and brackets and trailing sentence
// punctuation, their intersection over union (in bytes) is at least
// [MinIoU]. Matching is one to one: each labelled span takes at most one
// prediction and each prediction at most one labelled span, best IoU first.
// This is stricter than Presidio's evaluator, which also counts a match at
// IoU >= 0.9 but over normalised tokens.
package evaluate

import (
	"slices"
	"strings"
)

// MinIoU is the intersection over union two spans need to match.
const MinIoU = 0.9

// Span is a labelled or predicted span in UTF-8 byte offsets, end
// exclusive.
type Span struct {
	Start, End int
	Type       string
}

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP / (TP + FP), or 1 when nothing was predicted.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP / (TP + FN), or 1 when nothing was labelled.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F2 weighs recall twice as much as precision, as Presidio reports it.
func (c Counts) F2() float64 { return fBeta(c.Precision(), c.Recall(), 2) }

func fBeta(p, r, beta float64) float64 {
	if p+r == 0 {
		return 0
	}
	b2 := beta * beta
	return (1 + b2) * p * r / (b2*p + r)
}

// Trim shrinks a span of text past white space, quotes, brackets and
// trailing sentence punctuation.
func Trim(text string, s Span) Span {
	const lead = " \t\r\n\"'`([{<"
	const trail = " \t\r\n\"'`)]}>.,;:!?"
	for s.Start < s.End && strings.IndexByte(lead, text[s.Start]) >= 0 {
		s.Start++
	}
	for s.End > s.Start && strings.IndexByte(trail, text[s.End-1]) >= 0 {
		s.End--
	}
	return s
}

// IoU is the intersection over union of two spans.
func IoU(a, b Span) float64 {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi <= lo {
		return 0
	}
	union := max(a.End, b.End) - min(a.Start, b.Start)
	return float64(hi-lo) / float64(union)
}

// Match pairs gold and predicted spans one to one, best IoU first, among
// pairs with IoU >= MinIoU after trimming whose types agree according to
// same (nil: types are ignored). It returns, for each gold span, the index
// of its prediction or -1, and for each prediction its gold span or -1.
func Match(text string, gold, pred []Span, same func(g, p string) bool) (g2p, p2g []int) {
	type pair struct {
		g, p int
		iou  float64
	}
	var pairs []pair
	for gi, g := range gold {
		tg := Trim(text, g)
		for pi, p := range pred {
			if same != nil && !same(g.Type, p.Type) {
				continue
			}
			if v := IoU(tg, Trim(text, p)); v >= MinIoU {
				pairs = append(pairs, pair{gi, pi, v})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		switch {
		case a.iou > b.iou:
			return -1
		case a.iou < b.iou:
			return 1
		}
		return 0
	})
	g2p = make([]int, len(gold))
	p2g = make([]int, len(pred))
	for i := range g2p {
		g2p[i] = -1
	}
	for i := range p2g {
		p2g[i] = -1
	}
	for _, pr := range pairs {
		if g2p[pr.g] < 0 && p2g[pr.p] < 0 {
			g2p[pr.g], p2g[pr.p] = pr.p, pr.g
		}
	}
	return g2p, p2g
}

// RuneToByte converts code point offsets of text to byte offsets.
func RuneToByte(text string) []int {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	return append(idx, len(text))
}
