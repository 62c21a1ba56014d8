// Package sigkey handles the Tink Ed25519 signing keysets that Confide uses
// to sign consent receipts and audit checkpoints: making one, publishing
// its public half, storing it encrypted, and reading a public keyset for
// verification (never one with private keys).
package sigkey

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/signature"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// New returns a new private keyset of one Ed25519 key.
func New() (*keyset.Handle, error) {
	return keyset.NewHandle(signature.ED25519KeyTemplate())
}

// Public returns the public half of a private keyset as Tink JSON.
func Public(private *keyset.Handle) ([]byte, error) {
	pub, err := private.Public()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := pub.WriteWithNoSecrets(keyset.NewJSONWriter(&buf)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes a private keyset to w as Tink JSON, encrypted by kek with
// associatedData, which binds the file to its use.
func Write(w io.Writer, private *keyset.Handle, kek tink.AEAD, associatedData []byte) error {
	return private.WriteWithAssociatedData(keyset.NewJSONWriter(w), kek, associatedData)
}

// Read reads a keyset written by [Write] with the same associated data,
// reading at most max bytes.
func Read(r io.Reader, kek tink.AEAD, associatedData []byte, max int64) (*keyset.Handle, error) {
	return keyset.ReadWithAssociatedData(keyset.NewJSONReader(io.LimitReader(r, max)), kek, associatedData)
}

// Verifier returns a verifier for a public keyset in Tink JSON. A keyset
// that holds private keys is refused.
func Verifier(publicJSON []byte) (tink.Verifier, error) {
	pub, err := keyset.ReadWithNoSecrets(keyset.NewJSONReader(bytes.NewReader(publicJSON)))
	if err != nil {
		return nil, err
	}
	return signature.NewVerifier(pub)
}

// ErrTooLarge is returned by [ReadFile] for a file over its limit.
var ErrTooLarge = errors.New("file too large")

// ReadFile reads a whole file of at most max bytes.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return b, nil
}
