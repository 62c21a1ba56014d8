package redact

import "math/bits"

// byteStats counts the bytes of a window of the text being scanned. The
// window moves by the bytes that enter and leave it, so the classes and
// the entropy of a window that overlaps the last one cost those bytes and
// the window's distinct bytes, not its length. The scanner measures
// values and tokens from every word of a run, and a run may hold a word
// every two bytes: recounting each window would cost its length per word.
//
// A window set apart from the last one marks which bytes it holds and
// counts them only when its entropy must be summed or the window moves
// (see count): its classes and entropyAtLeast's bounds need no counts,
// and most windows are weighed once.
type byteStats struct {
	// t is the text reset gives, or src points at it: at the text of
	// the state whose scan weighs the window (see follow), t being empty.
	// A state's windows then need no text of their own to set at every
	// text and to forget after it: the state's text, which it sets and
	// forgets, is theirs. (src is never &t, which would move a window
	// made on the stack, as entropyAtLeast makes one, to the heap.)
	t       string
	src     *string
	lo, hi  int
	counted bool // n holds the counts of t[lo:hi]; else n is all zero
	n       [256]uint32
	seen    [4]uint64 // bit b&63 of word b>>6: t[lo:hi] holds b
}

// reset points the window at t, empty. The counts of the last window
// are cleared when the next one is set, which may then be far apart: a
// text the scan never weighs costs nothing.
func (w *byteStats) reset(t string) {
	w.t, w.src, w.lo, w.hi = t, nil, 0, 0
}

// follow points the window at the text *src, empty, as reset does: at the
// text src holds whenever the window is set.
func (w *byteStats) follow(src *string) {
	if w.src != src {
		w.src, w.t = src, ""
	}
	w.lo, w.hi = 0, 0
}

// text returns the text of the window.
func (w *byteStats) text() string {
	if w.src != nil {
		return *w.src
	}
	return w.t
}

// clear zeroes the counts.
func (w *byteStats) clear() {
	if w.counted {
		for k, m := range w.seen {
			for ; m != 0; m &= m - 1 {
				w.n[k<<6|bits.TrailingZeros64(m)] = 0
			}
		}
		w.counted = false
	}
	w.seen = [4]uint64{}
}

// count makes n hold the counts of the window's bytes. It counts a window
// once after it was set apart (a move counts it first), so the counting
// costs no more than the marking did.
func (w *byteStats) count() {
	if !w.counted {
		for _, c := range []byte(w.text()[w.lo:w.hi]) {
			w.n[c]++
		}
		w.counted = true
	}
}

// window makes the window t[lo:hi] of the text given to reset.
func (w *byteStats) window(lo, hi int) *byteStats {
	switch {
	case lo >= w.hi || hi <= w.lo:
		w.clear()
		for _, c := range []byte(w.text()[lo:hi]) {
			w.seen[c>>6] |= 1 << (c & 63)
		}
	default:
		w.count()
		if lo < w.lo {
			w.add(lo, w.lo)
		} else {
			w.remove(w.lo, lo)
		}
		if hi > w.hi {
			w.add(w.hi, hi)
		} else {
			w.remove(hi, w.hi)
		}
	}
	w.lo, w.hi = lo, hi
	return w
}

func (w *byteStats) add(lo, hi int) {
	for _, c := range []byte(w.text()[lo:hi]) {
		w.n[c]++
		w.seen[c>>6] |= 1 << (c & 63)
	}
}

func (w *byteStats) remove(lo, hi int) {
	for _, c := range []byte(w.text()[lo:hi]) {
		if w.n[c]--; w.n[c] == 0 {
			w.seen[c>>6] &^= 1 << (c & 63)
		}
	}
}

// classes returns the byte classes of the window's bytes (see byteClass),
// and whether one of them is no letter, digit or part of a multi-byte
// character. It meets the window's bytes as the sets of each class, a
// test of four words a class, not byte by byte: a value a key word
// weighs holds thirty distinct bytes or so.
func (w *byteStats) classes() (cls uint8, sym bool) {
	seen := &w.seen
	for b := range classSets {
		set := &classSets[b]
		if seen[0]&set[0]|seen[1]&set[1]|seen[2]&set[2]|seen[3]&set[3] != 0 {
			cls |= 1 << b
		}
	}
	set := &symbolSet
	return cls, seen[0]&set[0]|seen[1]&set[1]|seen[2]&set[2]|seen[3]&set[3] != 0
}

// classSets holds, for each bit b of byteClass (its six classes, clLower
// to clB64), the bytes whose class has it, and symbolSet the bytes that
// are no letter, digit or part of a multi-byte character: sets laid out
// as byteStats.seen. makeClassSets fills them from byteClass, in the
// init function that fills byteClass.
var (
	classSets [6][4]uint64
	symbolSet [4]uint64
)

func makeClassSets() {
	for c := range 256 {
		k := byteClass[c]
		for b := range classSets {
			if k&(1<<b) != 0 {
				classSets[b][c>>6] |= 1 << (c & 63)
			}
		}
		if k&(clLower|clUpper|clDigit|clHigh) == 0 {
			symbolSet[c>>6] |= 1 << (c & 63)
		}
	}
}

// entropyAtLeast reports whether entropy() >= min. The window's length n
// and its number of distinct bytes d bound the entropy, which decides most
// windows without summing it: it is at most log2(d), and at least that of
// one byte n-d+1 times and d-1 bytes once each, log2(n) - (n-d+1)
// log2(n-d+1)/n (of the counts of d bytes summing to n, those maximise the
// sum of c*log2(c)). A random key's bytes are nearly all distinct, a
// word's few. Only a bound beyond min by entropyMargin decides: far more
// than the error of summing the entropy in floating point (under 1e-11),
// so the answer is entropy's to the last bit.
func (w *byteStats) entropyAtLeast(min float64) bool {
	n := w.hi - w.lo
	if n > 0 {
		d := 0
		for _, m := range w.seen {
			d += bits.OnesCount64(m)
		}
		if clog2(d) < (min-entropyMargin)*float64(d) {
			return false // log2(d) < min
		}
		if clog2(n)-clog2(n-d+1) >= (min+entropyMargin)*float64(n) {
			return true
		}
	}
	return w.entropy() >= min
}

// entropyMargin is how far a bound of entropyAtLeast must pass its
// threshold to decide it.
const entropyMargin = 1e-6

// entropy returns the Shannon entropy of the window's bytes in bits per
// byte: log2(n) - sum(c*log2(c))/n over the counts c > 1, summed in byte
// order.
func (w *byteStats) entropy() float64 {
	n := w.hi - w.lo
	if n == 0 {
		return 0
	}
	w.count()
	sum := 0.0
	for k, m := range w.seen {
		for ; m != 0; m &= m - 1 {
			if c := w.n[k<<6|bits.TrailingZeros64(m)]; c > 1 {
				sum += clog2(int(c))
			}
		}
	}
	return clog2(n)/float64(n) - sum/float64(n)
}

// tokenRun is a run of token bytes (see tokenAnchor): t[start:end], the
// '=' bytes after it, and where its last digit, lower-case and upper-case
// letter are (-1: none).
type tokenRun struct {
	start, end, pad int
	last            [3]int
}
