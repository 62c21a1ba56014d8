package redact

import (
	"math/rand/v2"
	"testing"
)

// TestRunEnds checks the eight-byte word scanners against byte loops on
// random text, including bytes of 0x80 and more, at every start.
func TestRunEnds(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte("aZz09AM@[`{/:\x00\x7f\x80\xc3\xff _-'.")
	for range 300 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = byte(rng.IntN(256))
			} else {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
		}
		text := string(b)
		for i := 0; i <= len(text); i++ {
			j := i
			for j < len(text) && byteClass[text[j]]&(clLower|clUpper|clHigh) != 0 {
				j++
			}
			if got := letterRunEnd(text, i); got != j {
				t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", text, i, got, j)
			}
			j = i
			var acc uint8
			for j < len(text) && wordBits[text[j]] != 0 {
				acc |= wordBits[text[j]]
				j++
			}
			if got, gotAcc := alnumRunEnd(text, i); got != j || gotAcc != acc {
				t.Fatalf("alnumRunEnd(%q, %d) = %d, %b, want %d, %b", text, i, got, gotAcc, j, acc)
			}
		}
	}
}
