// Package kmstest is the shared test suite of the KMS adapters in the
// nested modules encrypt/kms/aws, encrypt/kms/gcp and encrypt/kms/vault.
//
// Each adapter's tests start a stand-in of its service's wire protocol on
// loopback, backed by a [Backend], and call [Run]: the suite then seals and
// opens records through [encrypt.NewSealer] with the KMS key as KEK, and
// checks what the stand-in was sent, how a wrong key or wrong associated
// data fails, and that a service that is down or never answers gives an
// error in bounded time.
package kmstest

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"slices"
	"sync"
)

// Errors of a [Backend], which stand-ins turn into their service's error
// responses.
var (
	// ErrNotFound means the backend holds no key of that name.
	ErrNotFound = errors.New("kmstest: no such key")
	// ErrDecrypt means the ciphertext does not authenticate under the key
	// and associated data given: wrong key, wrong associated data, or
	// altered bytes.
	ErrDecrypt = errors.New("kmstest: ciphertext does not decrypt")
)

// A Call is one encrypt or decrypt request served by a [Backend], with its
// fields as the stand-in decoded them from the wire.
type Call struct {
	// Op is "encrypt" or "decrypt".
	Op string
	// Key is the key name the request addressed.
	Key string
	// Input is the plaintext of an encrypt, the ciphertext of a decrypt.
	Input []byte
	// AD is the associated data the request carried.
	AD []byte
	// Output is the ciphertext or plaintext returned; nil if Err is set.
	Output []byte
	// Err is why the request was refused, or nil.
	Err error
}

// A Backend is the key store and cipher behind a stand-in: AES-256-GCM
// under one random key per server, with the key name and the request's
// associated data both authenticated, so that a ciphertext only decrypts
// under the key and associated data it was made with. It records every
// call and every raw request body. It is safe for concurrent use.
type Backend struct {
	aead cipher.AEAD
	keys []string

	mu     sync.Mutex
	calls  []Call
	bodies [][]byte
}

// NewBackend returns a backend that holds the named keys.
func NewBackend(keys ...string) *Backend {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		panic(err)
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		panic(err)
	}
	a, err := cipher.NewGCM(block)
	if err != nil {
		panic(err)
	}
	return &Backend{aead: a, keys: slices.Clone(keys)}
}

// boundAD makes a request's associated data specific to the key, so that
// one key's ciphertext does not decrypt under another.
func boundAD(key string, ad []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(key)))
	out = append(out, key...)
	return append(out, ad...)
}

// Encrypt encrypts plaintext under key with associated data ad.
func (b *Backend) Encrypt(key string, plaintext, ad []byte) ([]byte, error) {
	c := Call{Op: "encrypt", Key: key, Input: slices.Clone(plaintext), AD: slices.Clone(ad)}
	if !slices.Contains(b.keys, key) {
		c.Err = ErrNotFound
	} else {
		nonce := make([]byte, b.aead.NonceSize())
		if _, err := rand.Read(nonce); err != nil {
			panic(err)
		}
		c.Output = b.aead.Seal(nonce, nonce, plaintext, boundAD(key, ad))
	}
	b.record(c)
	return slices.Clone(c.Output), c.Err
}

// Decrypt decrypts ciphertext under key with associated data ad.
func (b *Backend) Decrypt(key string, ciphertext, ad []byte) ([]byte, error) {
	c := Call{Op: "decrypt", Key: key, Input: slices.Clone(ciphertext), AD: slices.Clone(ad)}
	n := b.aead.NonceSize()
	switch {
	case !slices.Contains(b.keys, key):
		c.Err = ErrNotFound
	case len(ciphertext) < n:
		c.Err = ErrDecrypt
	default:
		pt, err := b.aead.Open(nil, ciphertext[:n], ciphertext[n:], boundAD(key, ad))
		if err != nil {
			c.Err = ErrDecrypt
		} else {
			c.Output = append([]byte{}, pt...)
		}
	}
	b.record(c)
	return slices.Clone(c.Output), c.Err
}

func (b *Backend) record(c Call) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.calls = append(b.calls, c)
}

// RecordBody keeps a raw request body, for the suite to check that nothing
// but what should be was sent.
func (b *Backend) RecordBody(body []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bodies = append(b.bodies, slices.Clone(body))
}

// Calls returns the calls served so far, in order.
func (b *Backend) Calls() []Call {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.calls)
}

// Bodies returns the raw request bodies received so far.
func (b *Backend) Bodies() [][]byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.bodies)
}
