package redact

import (
	"math/rand"
	"testing"
)

// TestDigitWindow checks digitWindow against the runs that nextNonDigit
// and nextDigit find one call at a time.
func TestDigitWindow(t *testing.T) {
	ref := func(t string, i, merge int) (int, int) {
		j := i
		for {
			j = nextNonDigit(t, j)
			if i = nextDigit(t, j); i == len(t) || i >= j+merge {
				return j, i
			}
			j = i
		}
	}
	rng := rand.New(rand.NewSource(1))
	const alphabet = "0123456789 -./ab\xc3\xa9"
	for range 200000 {
		b := make([]byte, rng.Intn(60))
		digits := rng.Intn(4) // how often a byte is a digit
		for k := range b {
			if rng.Intn(4) < digits {
				b[k] = byte('0' + rng.Intn(10))
			} else {
				b[k] = alphabet[10+rng.Intn(len(alphabet)-10)]
			}
		}
		text := string(b)
		merge := 9 + rng.Intn(40)
		for i := nextDigit(text, 0); i < len(text); {
			j, next := digitWindow(text, i, merge)
			wj, wnext := ref(text, i, merge)
			if j != wj || next != wnext {
				t.Fatalf("digitWindow(%q, %d, %d) = %d, %d; want %d, %d", text, i, merge, j, next, wj, wnext)
			}
			i = next
		}
	}
}
