package redact

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// entropy is the Shannon entropy of s in bits per byte, summed as
// byteStats sums a window's: the tests' reference for the detector's
// entropyAtLeast and for windows that move.
func entropy(s string) float64 {
	var w byteStats
	w.reset(s)
	return w.window(0, len(s)).entropy()
}

// TestByteStatsWindow moves a window forward, back, across and out of
// its last place, and from one text to the next, and checks its classes
// and entropy against counting the window's bytes afresh: the entropy to
// the last bit.
func TestByteStatsWindow(t *testing.T) {
	// The formula, on counts worked out by hand.
	for s, want := range map[string]float64{"": 0, "aaaa": 0, "aabb": 1, "abcd": 2, "aaab": 0.8112781244591328} {
		assert.InDelta(t, want, entropy(s), 1e-12, "entropy(%q)", s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aaaabB3+/_-=. é\x00\xff"
	var w byteStats // one window across texts, as in a pooled state
	for range 200 {
		b := make([]byte, 1+rng.IntN(600))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := string(b)
		w.reset(text)
		lo, hi := 0, 0
		for range 50 {
			switch rng.IntN(3) {
			case 0: // forward, overlapping
				lo = min(lo+rng.IntN(8), len(text))
				hi = min(max(hi+rng.IntN(8), lo), len(text))
			default: // anywhere
				lo = rng.IntN(len(text) + 1)
				hi = lo + rng.IntN(len(text)-lo+1)
			}
			w.window(lo, hi)
			win := text[lo:hi]
			assert.Equal(t, entropy(win), w.entropy(), "entropy of [%d,%d)", lo, hi)
			var cls uint8
			sym := false
			for i := 0; i < len(win); i++ {
				c := byteClass[win[i]]
				cls |= c
				sym = sym || c&(clLower|clUpper|clDigit|clHigh) == 0
			}
			gc, gs := w.classes()
			assert.Equal(t, cls, gc, "classes of [%d,%d)", lo, hi)
			assert.Equal(t, sym, gs, "symbols in [%d,%d)", lo, hi)
		}
	}
}

// TestEntropyAtLeast checks the bounds that decide entropyAtLeast
// against the entropy summed, on windows from one byte repeated to all
// distinct, at the thresholds the scanner uses and at the entropy itself.
func TestEntropyAtLeast(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		b := make([]byte, 1+rng.IntN(300))
		alpha := 1 + rng.IntN(256)
		skew := rng.IntN(4)
		for i := range b {
			c := rng.IntN(alpha)
			for range skew {
				c = min(c, rng.IntN(alpha))
			}
			b[i] = byte(c)
		}
		s := string(b)
		h := entropy(s)
		for _, m := range []float64{3, 3.2, 3.5, h, math.Nextafter(h, 0), math.Nextafter(h, 9)} {
			require.Equal(t, h >= m, entropyAtLeast(s, m), "entropy %v of %q at least %v", h, s, m)
		}
	}
}

// candsOf runs f on a fresh scan state of text and returns what f
// returned and the candidates it added.
func candsOf(e *Engine, text string, f func(s *state) int) (int, []cand) {
	s := &state{e: e}
	s.reset(text)
	end := f(s)
	return end, s.cands
}

// TestScanMemos checks that the runs the scanner remembers between
// anchors (tokens, e-mail local parts, failed host names, the bytes of
// values) change no answer: calling an anchor at each place the scan
// calls it, in turn, gives what a fresh call there gives. Texts run to
// 1,500 bytes, past the longest token and local part; host names are
// checked on texts shorter than a host name may be (see TestLongLabelRun
// for longer runs), and the skip of a value inside a value already
// reported, which changes candidates on purpose, is left to
// TestValueInsideValue.
func TestScanMemos(t *testing.T) {
	e := defaultDetector(t)
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "B", "3", "x9", "Qz", "+", "/", "-", "_", "=", "==", ".", "@", " ", "com", "org", "io",
		"token:", "pw=", "password: ", "wJalrXUtnFEMI", "K7MDENG", "ab.cd", "é", "иван", "\n"}
	wordStart := func(text string, i int) bool {
		return (isAlnum(text[i]) || text[i] >= 0xc3 && text[i] <= 0xdf) && (i == 0 || !isAlnum(text[i-1]) && text[i-1] < 0x80)
	}
	type anchor struct {
		at    func(text string, i int) bool // where the scan calls it
		call  func(s *state, i int) int
		short bool // only on texts shorter than a host name
	}
	anchors := map[string]anchor{
		"tokenAnchor": {func(text string, i int) bool { return wordStart(text, i) || text[i] == '+' || text[i] == '/' },
			func(s *state, i int) int { return s.tokenAnchor(i) }, false},
		"email":    {wordStart, func(s *state, i int) int { return s.email(i) }, false},
		"bareHost": {wordStart, func(s *state, i int) int { return s.bareHost(i) }, true},
		// valueAfter runs at the end of a key word: at a joiner.
		"valueAfter": {func(text string, i int) bool { return text[i] == ':' || text[i] == '=' || text[i] == ' ' },
			func(s *state, i int) int {
				s.valCandStart, s.valCandEnd = 0, -1
				s.valueAfter(i, gSecret|gPassword)
				return 0
			}, false},
	}
	for k := range 400 {
		size := 200
		if k%4 == 3 {
			size = 1500
		}
		var sb strings.Builder
		for sb.Len() < size {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		for name, a := range anchors {
			if a.short && len(text) >= maxHost {
				continue
			}
			s := &state{e: e}
			s.reset(text)
			for i := 0; i < len(text); i++ {
				if !a.at(text, i) {
					continue
				}
				n := len(s.cands)
				end := a.call(s, i)
				fresh, want := candsOf(e, text, func(s *state) int { return a.call(s, i) })
				require.Equal(t, fresh, end, "%s at %d of %q", name, i, text)
				require.Equal(t, fmt.Sprint(want), fmt.Sprint(s.cands[n:]), "%s at %d of %q", name, i, text)
			}
		}
	}
}

// TestLongLabelRun: a dotted run longer than a host name may be is data,
// and none of its labels starts a host; a shorter one is a host.
func TestLongLabelRun(t *testing.T) {
	d := defaultDetector(t)
	long := strings.Repeat("ab.", 100) + "com"
	assert.Empty(t, valuesOf(t, d, "see "+long+" now", TypeURL))
	assert.Empty(t, valuesOf(t, d, "see "+strings.Repeat("ab.", 90)+"www.example.com now", TypeURL), "www. inside such a run")
	short := strings.Repeat("ab.", 60) + "com"
	wantValue(t, d, "see "+short+" now", TypeURL, short)
}

// TestLocalPartLength: an e-mail local part holds at most 64 bytes.
func TestLocalPartLength(t *testing.T) {
	d := defaultDetector(t)
	ok := strings.Repeat("a", 64) + "@example.com"
	wantValue(t, d, "mail "+ok+" now", TypeEmailAddress, ok)
	tooLong := strings.Repeat("a", 65) + "@example.com"
	assert.Empty(t, valuesOf(t, d, "mail "+tooLong+" now", TypeEmailAddress))
}
