package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestByteStatsWindow moves a window forward, back, across and out of
// its last place, and from one text to the next, and checks its classes
// and entropy against counting the window's bytes afresh: the entropy to
// the last bit.
func TestByteStatsWindow(t *testing.T) {
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

// candsOf runs f on a fresh scan state of text and returns what f
// returned and the candidates it added.
func candsOf(e *Engine, text string, f func(s *state) int) (int, []cand) {
	s := &state{e: e}
	s.reset(text)
	end := f(s)
	return end, s.cands
}

// TestScanMemos checks that the runs the scanner remembers between words
// (tokens, e-mail local parts, failed host names, values) change no
// answer: calling an anchor at each word of a text in turn, as the scan
// does, gives what a fresh call at that word gives.
func TestScanMemos(t *testing.T) {
	e, err := NewDetector()
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "B", "3", "x9", "Qz", "+", "/", "-", "_", "=", "==", ".", "@", " ", "com", "org", "io",
		"token:", "pw=", "wJalrXUtnFEMI", "K7MDENG", "ab.cd", "é"}
	anchors := map[string]func(s *state, i int) int{
		"tokenAnchor": func(s *state, i int) int { return s.tokenAnchor(i) },
		"email":       func(s *state, i int) int { return s.email(i) },
		"bareHost":    func(s *state, i int) int { return s.bareHost(i) },
		"valueAfter": func(s *state, i int) int {
			s.valueAfter(i, gSecret)
			return 0
		},
	}
	for range 400 {
		var sb strings.Builder
		for sb.Len() < 200 { // shorter than a host name may be: see TestLongLabelRun
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		var words []int
		for i := 0; i < len(text); i++ {
			if isAlnum(text[i]) && (i == 0 || !isAlnum(text[i-1])) {
				words = append(words, i)
			}
		}
		for name, f := range anchors {
			s := &state{e: e}
			s.reset(text)
			for _, i := range words {
				n := len(s.cands)
				end := f(s, i)
				fresh, want := candsOf(e, text, func(s *state) int { return f(s, i) })
				require.Equal(t, fresh, end, "%s at %d of %q", name, i, text)
				require.Equal(t, fmt.Sprint(want), fmt.Sprint(s.cands[n:]), "%s at %d of %q", name, i, text)
			}
		}
	}
}

// TestLongLabelRun: a dotted run longer than a host name may be is data,
// and none of its labels starts a host; a shorter one is a host.
func TestLongLabelRun(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	long := strings.Repeat("ab.", 100) + "com"
	assert.Empty(t, valuesOf(t, d, "see "+long+" now", TypeURL))
	assert.Empty(t, valuesOf(t, d, "see "+strings.Repeat("ab.", 90)+"www.example.com now", TypeURL), "www. inside such a run")
	short := strings.Repeat("ab.", 60) + "com"
	wantValue(t, d, "see "+short+" now", TypeURL, short)
}

// TestLocalPartLength: an e-mail local part holds at most 64 bytes.
func TestLocalPartLength(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	ok := strings.Repeat("a", 64) + "@example.com"
	wantValue(t, d, "mail "+ok+" now", TypeEmailAddress, ok)
	tooLong := strings.Repeat("a", 65) + "@example.com"
	assert.Empty(t, valuesOf(t, d, "mail "+tooLong+" now", TypeEmailAddress))
}
