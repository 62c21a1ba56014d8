package encrypt

import (
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
)

// Sealed record layout; see the package doc, "Sealed format".
const (
	formatV1      = 0x01 // Byte 0.
	tinkPrefixV1  = 0x01 // Byte 5: Tink's TINK output prefix type.
	headerSize    = 5    // Format version + data-key version.
	tinkPrefix    = 5    // Output prefix type + key ID.
	gcmNonceSize  = 12
	gcmTagSize    = 16
	minSealedSize = headerSize + tinkPrefix + gcmNonceSize + gcmTagSize
)

// Overhead is how many bytes [Sealer.Seal] adds to a plaintext: 38.
const Overhead = minSealedSize

// reservedPrefix starts the subject names of internal keysets (blind-index
// keys); a [Binding] may not use it.
const reservedPrefix = "~confide/"

// A Binding is the context a record is sealed in. All of it is bound to the
// ciphertext as associated data: a record opens only with the Binding it
// was sealed with, so a record moved to another tenant, subject or
// conversation, given another kind, or put at another position in a
// sequence fails with [ErrTampered].
type Binding struct {
	// Tenant and Subject choose the keyset; both are required.
	Tenant  string
	Subject string
	// Conversation, optional, names the conversation the record belongs to.
	Conversation string
	// Kind, optional, says what the record is ("message", "vault", ...).
	Kind string
	// Seq is the record's position, e.g. a message index in a transcript.
	Seq uint64
}

func (b Binding) ref() SubjectRef { return SubjectRef{b.Tenant, b.Subject} }

func (b Binding) check() error {
	if len(b.Conversation) > maxIDLen || len(b.Kind) > maxIDLen {
		return fmt.Errorf("%w: conversation or kind longer than %d bytes", ErrInvalid, maxIDLen)
	}
	return checkRef(b.ref(), false)
}

// Options configure a [Sealer]. The zero value is ready to use.
type Options struct {
	// Cache bounds the cache of unwrapped keysets.
	Cache CacheLimits
	// Now is the clock; nil means [time.Now]. Tests inject one.
	Now func() time.Time
}

// A Sealer seals and opens records with per-subject keys, creates each
// subject's keyset on first use, forgets subjects, rotates keys and computes
// blind indexes. It is safe for concurrent use, also by several processes
// sharing one [KeyStore].
type Sealer struct {
	ring   *Keyring
	store  KeyStore
	now    func() time.Time
	cache  *cache
	flight flight
}

// NewSealer returns a Sealer that wraps subject keysets with ring's primary
// KEK and keeps them in store.
func NewSealer(ring *Keyring, store KeyStore, opts Options) (*Sealer, error) {
	if ring == nil || store == nil {
		return nil, fmt.Errorf("encrypt: new sealer: %w: nil keyring or key store", ErrInvalid)
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	return &Sealer{ring: ring, store: store, now: now, cache: newCache(opts.Cache)}, nil
}

// Seal encrypts plaintext for b with the primary data key of b's subject,
// creating the subject's keyset on first use. It fails with [ErrForgotten]
// if the subject was forgotten.
func (s *Sealer) Seal(ctx context.Context, b Binding, plaintext []byte) ([]byte, error) {
	if err := b.check(); err != nil {
		return nil, fmt.Errorf("encrypt: seal: %w", err)
	}
	k, err := s.keysFor(ctx, b.ref(), true)
	if err != nil {
		return nil, fmt.Errorf("encrypt: seal: %w", err)
	}
	return k.seal(b, plaintext)
}

func (k *keys) seal(b Binding, plaintext []byte) ([]byte, error) {
	var hdr [headerSize]byte
	hdr[0] = formatV1
	binary.BigEndian.PutUint32(hdr[1:], k.version)
	ct, err := k.aead.Encrypt(plaintext, associatedData(hdr, b))
	if err != nil {
		return nil, fmt.Errorf("encrypt: seal: %w", err)
	}
	out := make([]byte, headerSize+len(ct))
	copy(out, hdr[:])
	copy(out[headerSize:], ct)
	return out, nil
}

// header is the parsed clear part of a sealed record. Nothing in it is
// trusted until the AEAD has authenticated it.
type header struct {
	raw        [headerSize]byte
	keyVersion uint32
	keyID      uint32
}

func parseHeader(sealed []byte) (header, error) {
	var h header
	if len(sealed) < minSealedSize {
		return h, fmt.Errorf("%w: %d bytes, want at least %d", ErrFormat, len(sealed), minSealedSize)
	}
	if sealed[0] != formatV1 {
		return h, fmt.Errorf("%w: unknown format version 0x%02x", ErrFormat, sealed[0])
	}
	if sealed[headerSize] != tinkPrefixV1 {
		return h, fmt.Errorf("%w: unknown key prefix type 0x%02x", ErrFormat, sealed[headerSize])
	}
	copy(h.raw[:], sealed)
	h.keyVersion = binary.BigEndian.Uint32(sealed[1:])
	h.keyID = binary.BigEndian.Uint32(sealed[headerSize+1:])
	if h.keyVersion == 0 {
		return h, fmt.Errorf("%w: data-key version 0", ErrFormat)
	}
	return h, nil
}

// Open decrypts a record sealed by [Sealer.Seal] with the same Binding.
// It fails with [ErrFormat], [ErrTampered], [ErrForgotten], [ErrNoKeyset],
// [ErrRetired], [ErrUnknownKey] or [ErrWrongKEK]; see each for when.
func (s *Sealer) Open(ctx context.Context, b Binding, sealed []byte) ([]byte, error) {
	pt, _, err := s.open(ctx, b, sealed)
	return pt, err
}

func (s *Sealer) open(ctx context.Context, b Binding, sealed []byte) ([]byte, header, error) {
	if err := b.check(); err != nil {
		return nil, header{}, fmt.Errorf("encrypt: open: %w", err)
	}
	h, err := parseHeader(sealed)
	if err != nil {
		return nil, h, fmt.Errorf("encrypt: open: %w", err)
	}
	k, err := s.keysFor(ctx, b.ref(), false)
	if err != nil {
		return nil, h, fmt.Errorf("encrypt: open: %w", err)
	}
	if h.keyVersion > k.version {
		// Another instance may have rotated the data key since this one
		// cached the keyset: look once more in the store.
		s.cache.invalidate(b.ref())
		if k, err = s.keysFor(ctx, b.ref(), false); err != nil {
			return nil, h, fmt.Errorf("encrypt: open: %w", err)
		}
	}
	if h.keyVersion < k.minVersion {
		return nil, h, fmt.Errorf("encrypt: open: %w: version %d, minimum %d", ErrRetired, h.keyVersion, k.minVersion)
	}
	if v, ok := k.versions[h.keyID]; !ok || v != h.keyVersion {
		return nil, h, fmt.Errorf("encrypt: open: %w: the subject has no data key %08x version %d", ErrTampered, h.keyID, h.keyVersion)
	}
	pt, err := k.aead.Decrypt(sealed[headerSize:], associatedData(h.raw, b))
	if err != nil {
		return nil, h, fmt.Errorf("encrypt: open: %w", ErrTampered)
	}
	return pt, h, nil
}

// Reseal opens sealed and, if it was sealed with an older data key than the
// subject's primary, seals the plaintext again with the primary. It returns
// the record to store and whether it changed. Run it over a subject's
// records after [Sealer.RotateDataKey] and before [Sealer.RetireDataKeys].
func (s *Sealer) Reseal(ctx context.Context, b Binding, sealed []byte) ([]byte, bool, error) {
	pt, h, err := s.open(ctx, b, sealed)
	if err != nil {
		return nil, false, fmt.Errorf("encrypt: reseal: %w", err)
	}
	defer clear(pt)
	k, err := s.keysFor(ctx, b.ref(), false)
	if err != nil {
		return nil, false, fmt.Errorf("encrypt: reseal: %w", err)
	}
	if h.keyVersion >= k.version {
		return sealed, false, nil
	}
	out, err := k.seal(b, pt)
	if err != nil {
		return nil, false, fmt.Errorf("encrypt: reseal: %w", err)
	}
	return out, true, nil
}

// associatedData encodes the record header and the binding canonically:
// fixed-size fields as they are, each string as a 4-byte big-endian length
// and its bytes, so no two different bindings share an encoding.
func associatedData(hdr [headerSize]byte, b Binding) []byte {
	n := headerSize + 4*4 + len(b.Tenant) + len(b.Subject) + len(b.Conversation) + len(b.Kind) + 8
	ad := make([]byte, 0, n)
	ad = append(ad, hdr[:]...)
	for _, f := range [...]string{b.Tenant, b.Subject, b.Conversation, b.Kind} {
		ad = binary.BigEndian.AppendUint32(ad, uint32(len(f)))
		ad = append(ad, f...)
	}
	return binary.BigEndian.AppendUint64(ad, b.Seq)
}

// checkRef rejects refs that cannot name a subject keyset. Lengths are
// capped so that every length prefix fits its 4 bytes.
func checkRef(r SubjectRef, internal bool) error {
	switch {
	case r.Tenant == "" || r.Subject == "":
		return fmt.Errorf("%w: empty tenant or subject", ErrInvalid)
	case len(r.Tenant) > maxIDLen || len(r.Subject) > maxIDLen:
		return fmt.Errorf("%w: tenant or subject longer than %d bytes", ErrInvalid, maxIDLen)
	case !internal && strings.HasPrefix(r.Subject, reservedPrefix):
		return fmt.Errorf("%w: subject starts with the reserved %q", ErrInvalid, reservedPrefix)
	}
	return nil
}

const maxIDLen = 4096
