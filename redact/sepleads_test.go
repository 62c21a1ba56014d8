package redact

import "testing"

// TestSepLeads checks that every character of two to four bytes that
// one of wordSepWidth's readers finds starts with a byte of sepLeads,
// which wordSepWidth tests first.
func TestSepLeads(t *testing.T) {
	var b [4]byte
	for c := 0x80; c < 0x100; c++ {
		if sepLeads[c] {
			continue
		}
		b[0] = byte(c)
		for b1 := 0x80; b1 < 0xc0; b1++ {
			for b2 := 0x80; b2 < 0xc0; b2++ {
				b[1], b[2], b[3] = byte(b1), byte(b2), 0x80
				s := string(b[:])
				if spaceWidth(s, 0) > 0 || apostropheWidth(s, 0) > 0 || punctWidth(s, 0) > 0 || symbolWidth(s, 0) > 0 {
					t.Fatalf("% x starts a separator, but sepLeads lacks %#x", b, c)
				}
			}
		}
	}
}
