package encrypt

import (
	"bytes"
	"encoding/hex"
	"testing"
)

// FuzzOpen feeds arbitrary bytes to Open: it must never panic, and the only
// input that opens under a binding is a genuine record for it. Seeds: the
// committed corpus in testdata/fuzz/FuzzOpen (every test vector).
func FuzzOpen(f *testing.F) {
	v := loadVectors(f)
	s := vectorSealer(f, v.Keysets)
	b := bind("t1", "alice", "c1", 0)
	var genuine []byte
	for _, r := range v.Records {
		if r.Name == "alice message 0" {
			genuine, _ = hex.DecodeString(r.Sealed)
		}
	}
	if genuine == nil {
		f.Fatal("vector \"alice message 0\" missing")
	}
	f.Add([]byte{})
	f.Add([]byte{formatV1})
	f.Add(make([]byte, minSealedSize))
	f.Fuzz(func(t *testing.T, data []byte) {
		pt, err := s.Open(ctx, b, data)
		if err != nil {
			if pt != nil {
				t.Fatal("plaintext returned with an error")
			}
			return
		}
		if !bytes.Equal(data, genuine) || string(pt) != "hello" {
			t.Fatalf("forged record opened: %x", data)
		}
	})
}
