package encrypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"fmt"
	"testing"
)

// The bare AES-256-GCM benchmark is the baseline: Seal and Open with a warm
// cache should cost little more (target: at most 5 µs each for 1 KB).

func benchSealer(b *testing.B) *Sealer {
	b.Helper()
	kek := testKEK(b, "bench")
	s, err := NewSealer(mustRing(b, kek), NewMemoryKeyStore(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkSeal1KB(b *testing.B) {
	s := benchSealer(b)
	bd := bind("t1", "alice", "c1", 42)
	pt := make([]byte, 1024)
	if _, err := s.Seal(ctx, bd, pt); err != nil { // Warm the cache.
		b.Fatal(err)
	}
	b.SetBytes(int64(len(pt)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Seal(ctx, bd, pt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen1KB(b *testing.B) {
	s := benchSealer(b)
	bd := bind("t1", "alice", "c1", 42)
	sealed, err := s.Seal(ctx, bd, make([]byte, 1024))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(1024)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Open(ctx, bd, sealed); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareAESGCMSeal1KB is the baseline: standard-library AES-256-GCM
// sealing the same bytes with a random nonce and no associated data.
func BenchmarkBareAESGCMSeal1KB(b *testing.B) {
	key := make([]byte, 32)
	rand.Read(key)
	block, err := aes.NewCipher(key)
	if err != nil {
		b.Fatal(err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		b.Fatal(err)
	}
	pt := make([]byte, 1024)
	nonce := make([]byte, gcm.NonceSize())
	b.SetBytes(int64(len(pt)))
	b.ReportAllocs()
	for b.Loop() {
		rand.Read(nonce)
		out := make([]byte, len(nonce), len(nonce)+len(pt)+gcm.Overhead())
		copy(out, nonce)
		_ = gcm.Seal(out, nonce, pt, nil)
	}
}

// BenchmarkRewrap1000 measures KEK rotation: re-wrapping 1,000 subject
// keysets (one op = all 1,000).
func BenchmarkRewrap1000(b *testing.B) {
	oldKEK := testKEK(b, "old")
	store := NewMemoryKeyStore()
	s, err := NewSealer(mustRing(b, oldKEK), store, Options{})
	if err != nil {
		b.Fatal(err)
	}
	for i := range 1000 {
		if _, err := s.Seal(ctx, bind("t1", fmt.Sprint("s", i), "c", 0), []byte("x")); err != nil {
			b.Fatal(err)
		}
	}
	keks := []KEK{oldKEK, testKEK(b, "new-0")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		// Alternate the primary so each round has all 1,000 to move.
		i++
		next := keks[i%2]
		prev := keks[(i+1)%2]
		r, err := NewSealer(mustRing(b, next, prev), store, Options{})
		if err != nil {
			b.Fatal(err)
		}
		p, err := r.RewrapAll(ctx, RewrapOptions{BatchSize: 200})
		if err != nil || p.Rewrapped != 1000 {
			b.Fatalf("rewrapped %d: %v", p.Rewrapped, err)
		}
	}
}
