package encrypt

import (
	"context"
	"errors"
	"fmt"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// flakyKEK is a KEK whose Decrypt can be made to fail as an unreachable KMS
// would.
type flakyKEK struct {
	tink.AEAD
	down error
}

func (f *flakyKEK) Decrypt(ct, ad []byte) ([]byte, error) {
	if f.down != nil {
		return nil, fmt.Errorf("kms call: %w", f.down)
	}
	return f.AEAD.Decrypt(ct, ad)
}

// TestKEKUnavailableIsNotWrongKEK: a KMS that cannot be reached is reported
// as ErrKEKUnavailable (retry later), not as a wrong key.
func TestKEKUnavailableIsNotWrongKEK(t *testing.T) {
	ctx := context.Background()
	kh, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	require.NoError(t, err)
	inner, err := aead.New(kh)
	require.NoError(t, err)
	kek := &flakyKEK{AEAD: inner}
	ring, err := NewKeyring(KEK{ID: "kms:test", AEAD: kek})
	require.NoError(t, err)
	store := NewMemoryKeyStore()
	b := Binding{Tenant: "acme", Subject: "cust-1", Conversation: "c", Kind: "message", Seq: 1}
	s, err := NewSealer(ring, store, Options{})
	require.NoError(t, err)
	sealed, err := s.Seal(ctx, b, []byte("hello"))
	require.NoError(t, err)

	for _, down := range []error{context.DeadlineExceeded, syscall.ECONNREFUSED} {
		kek.down = down
		fresh, err := NewSealer(ring, store, Options{}) // empty cache: must unwrap
		require.NoError(t, err)
		_, err = fresh.Open(ctx, b, sealed)
		assert.ErrorIs(t, err, ErrKEKUnavailable, "%v", down)
		assert.False(t, errors.Is(err, ErrWrongKEK))
	}
	kek.down = errors.New("decryption failed")
	fresh, err := NewSealer(ring, store, Options{})
	require.NoError(t, err)
	_, err = fresh.Open(ctx, b, sealed)
	assert.ErrorIs(t, err, ErrWrongKEK, "a KEK that answers and refuses is a wrong key")

	kek.down = nil
	fresh, err = NewSealer(ring, store, Options{})
	require.NoError(t, err)
	pt, err := fresh.Open(ctx, b, sealed)
	require.NoError(t, err, "once the KMS is back, records open")
	assert.Equal(t, "hello", string(pt))
}
