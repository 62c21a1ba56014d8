package encrypt

import (
	"context"
	"fmt"
	"strings"
)

// indexPrefix starts the subject names under which blind-index keysets are
// kept, one per tenant and purpose.
const indexPrefix = reservedPrefix + "index/"

// Blind index output lengths, in bytes.
const (
	DefaultIndexLength = 16
	MinIndexLength     = 4
	MaxIndexLength     = 32
)

// IndexOptions configure a [BlindIndex]. The zero value is ready to use.
type IndexOptions struct {
	// Length is the output length in bytes, from [MinIndexLength] to
	// [MaxIndexLength]; 0 means [DefaultIndexLength]. Shorter outputs
	// collide more: a lookup then returns a few candidates, which also
	// tells an attacker less.
	Length int
	// Normalize maps a value to its canonical form before it is indexed,
	// for example [NormalizeEmail]; nil indexes values as they are.
	Normalize func(string) string
}

// A BlindIndex computes deterministic, keyed fingerprints of values, so an
// application can find a record by a value (an email address, a phone
// number) that it stores only encrypted. Each tenant and purpose has its own
// HMAC-SHA256 PRF key, kept wrapped in the [KeyStore] like a subject keyset
// and re-wrapped by [Sealer.RewrapAll]: the same value gives unrelated
// outputs under two purposes or two tenants. It is safe for concurrent use.
type BlindIndex struct {
	s       *Sealer
	purpose string
	length  int
	norm    func(string) string
}

// BlindIndex returns the blind index for purpose (for example "email"), a
// name that must stay the same for as long as its outputs are stored.
func (s *Sealer) BlindIndex(purpose string, opts IndexOptions) (*BlindIndex, error) {
	if purpose == "" || len(purpose) > 256 {
		return nil, fmt.Errorf("encrypt: blind index: %w: purpose must be 1 to 256 bytes", ErrInvalid)
	}
	n := opts.Length
	if n == 0 {
		n = DefaultIndexLength
	}
	if n < MinIndexLength || n > MaxIndexLength {
		return nil, fmt.Errorf("encrypt: blind index: %w: length %d outside %d to %d", ErrInvalid, n, MinIndexLength, MaxIndexLength)
	}
	return &BlindIndex{s: s, purpose: purpose, length: n, norm: opts.Normalize}, nil
}

// Compute returns the blind index of value for tenant, creating the
// tenant's key for this purpose on first use.
func (x *BlindIndex) Compute(ctx context.Context, tenant, value string) ([]byte, error) {
	ref := SubjectRef{Tenant: tenant, Subject: indexPrefix + x.purpose}
	if err := checkRef(ref, true); err != nil {
		return nil, fmt.Errorf("encrypt: blind index: %w", err)
	}
	if x.norm != nil {
		value = x.norm(value)
	}
	k, err := x.s.keysFor(ctx, ref, true)
	if err != nil {
		return nil, fmt.Errorf("encrypt: blind index: %w", err)
	}
	out, err := k.prf.ComputePrimaryPRF([]byte(value), uint32(x.length))
	if err != nil {
		return nil, fmt.Errorf("encrypt: blind index: compute: %w", err)
	}
	return out, nil
}

// NormalizeEmail trims surrounding white space and lower-cases an email
// address, so that " Ann@Example.COM" and "ann@example.com" index alike.
func NormalizeEmail(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
