package redact

import (
	"math/rand/v2"
	"strings"
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

// TestMatchPhraseFast checks the one-comparison test of a keyword's last
// word against equalFoldWord, for every keyword, on the word itself in
// other cases, with a byte changed, and on random bytes.
func TestMatchPhraseFast(t *testing.T) {
	e, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	kw := &e.kw
	rng := rand.New(rand.NewPCG(7, 8))
	fast := 0
	for i := range kw.entries {
		ent := &kw.entries[i]
		if ent.lastMask == 0 {
			continue
		}
		fast++
		slow := *ent
		slow.lastMask = 0
		w := []byte(ent.last)
		for range 20 {
			v := append([]byte(nil), w...)
			for k := range v {
				switch rng.IntN(6) {
				case 0:
					v[k] ^= 0x20
				case 1:
					v[k] = byte(rng.IntN(256))
				}
			}
			// A phrase's earlier words before it, so that whole phrases
			// can match too.
			pre := []byte(strings.Join(ent.words[:len(ent.words)-1], " ") + " ")
			text := string(pre) + string(v) + "        "
			start, end := len(pre), len(pre)+len(v)
			gp, gok := kw.matchPhrase(ent, text, start, end)
			wp, wok := kw.matchPhrase(&slow, text, start, end)
			if gp != wp || gok != wok {
				t.Fatalf("matchPhrase(%q) on %q = %d, %v; want %d, %v", ent.phrase, text, gp, gok, wp, wok)
			}
		}
	}
	if fast == 0 {
		t.Fatal("no keyword takes the fast path")
	}
}
