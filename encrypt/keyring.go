package encrypt

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tink-crypto/tink-go/v2/core/registry"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// A KEK is a key-encryption key: an AEAD that wraps subject keysets, and the
// stable identifier recorded next to every keyset it wrapped.
//
// For a KMS key the ID is the key URI; for a local keyset file it is
// "local:" followed by the Tink key ID in hex (see [OpenLocalKeyring]).
type KEK struct {
	// ID names the key in [WrappedKeyset.KEKID]. It must be stable for the
	// life of the key and unique within a [Keyring].
	ID string
	// AEAD encrypts and decrypts keysets. It must be safe for concurrent use.
	AEAD tink.AEAD
}

// NewKMSKEK asks client for the AEAD behind keyURI (aws-kms://, gcp-kms://,
// hcvault://, ...). Any implementation of Tink's [registry.KMSClient] works,
// which is how the adapters in encrypt/kms/... plug in. It fails with
// [ErrUnknownKey] if the client does not support the URI.
func NewKMSKEK(client registry.KMSClient, keyURI string) (KEK, error) {
	if client == nil || keyURI == "" {
		return KEK{}, fmt.Errorf("encrypt: kms kek: %w: nil client or empty key URI", ErrInvalid)
	}
	if !client.Supported(keyURI) {
		return KEK{}, fmt.Errorf("encrypt: kms kek %s: %w: client does not support the URI", keyURI, ErrUnknownKey)
	}
	a, err := client.GetAEAD(keyURI)
	if err != nil {
		return KEK{}, fmt.Errorf("encrypt: kms kek %s: %w", keyURI, err)
	}
	return KEK{ID: keyURI, AEAD: a}, nil
}

// KEKFromURI is [NewKMSKEK] with the client that was registered for keyURI
// through Tink's [registry.RegisterKMSClient].
func KEKFromURI(keyURI string) (KEK, error) {
	client, err := registry.GetKMSClient(keyURI)
	if err != nil {
		return KEK{}, fmt.Errorf("encrypt: kms kek %s: %w: %v", keyURI, ErrUnknownKey, err)
	}
	return NewKMSKEK(client, keyURI)
}

// A Keyring holds the KEKs of a deployment: the primary one wraps new and
// re-wrapped keysets, the others only unwrap keysets that still name them,
// until [Sealer.RewrapAll] has moved every keyset to the primary.
//
// A Keyring is immutable and safe for concurrent use.
type Keyring struct {
	primary string
	keks    map[string]tink.AEAD
	order   []string
}

// NewKeyring returns a Keyring that wraps with primary and can still unwrap
// with each of older.
//
// To rotate KEKs, build a Keyring with the new KEK as primary and the old
// ones after it ([Keyring.KEKs] lists them), then call [Sealer.RewrapAll].
func NewKeyring(primary KEK, older ...KEK) (*Keyring, error) {
	r := &Keyring{primary: primary.ID, keks: make(map[string]tink.AEAD)}
	for _, k := range append([]KEK{primary}, older...) {
		if k.ID == "" || k.AEAD == nil {
			return nil, fmt.Errorf("encrypt: keyring: %w: KEK with empty ID or nil AEAD", ErrInvalid)
		}
		if _, dup := r.keks[k.ID]; dup {
			continue // The first one listed wins, so the primary stays primary.
		}
		r.keks[k.ID] = k.AEAD
		r.order = append(r.order, k.ID)
	}
	return r, nil
}

// PrimaryID returns the ID of the KEK that wraps new keysets.
func (r *Keyring) PrimaryID() string { return r.primary }

// KEKs returns every KEK of the ring, the primary first.
func (r *Keyring) KEKs() []KEK {
	out := make([]KEK, 0, len(r.order))
	for _, id := range r.order {
		out = append(out, KEK{ID: id, AEAD: r.keks[id]})
	}
	return out
}

// IDs returns the IDs of every KEK of the ring, the primary first.
func (r *Keyring) IDs() []string { return slices.Clone(r.order) }

func (r *Keyring) lookup(id string) (tink.AEAD, error) {
	a, ok := r.keks[id]
	if !ok {
		return nil, fmt.Errorf("%w %q (keyring holds %s)", ErrUnknownKey, id, strings.Join(r.order, ", "))
	}
	return a, nil
}
