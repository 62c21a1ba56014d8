package redact

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Operator decides what stands in the text sent to the model instead of a
// detected value. Choose one per entity type with [WithOperator].
//
// Only [Placeholder] replacements are put back in replies; the others are
// one-way.
type Operator interface {
	// Replace returns the replacement of value, an entity of type typ, in
	// the conversation whose vault is v.
	Replace(ctx context.Context, v *Vault, typ, value string) (string, error)
}

// OperatorFunc adapts a function to [Operator].
type OperatorFunc func(ctx context.Context, v *Vault, typ, value string) (string, error)

// Replace calls f.
func (f OperatorFunc) Replace(ctx context.Context, v *Vault, typ, value string) (string, error) {
	return f(ctx, v, typ, value)
}

// Placeholder replaces a value with a numbered placeholder such as
// <EMAIL_ADDRESS_1>, the same for the same value throughout the
// conversation, and restorable in replies. It is the default operator.
func Placeholder() Operator {
	return OperatorFunc(func(_ context.Context, v *Vault, typ, value string) (string, error) {
		return v.Placeholder(typ, value)
	})
}

// Mask replaces every character of a value but the last keep with '*':
// "4111 1111 1111 1234" becomes "***************1234". At least one
// character is always masked. It is not restored.
func Mask(keep int) Operator {
	return OperatorFunc(func(_ context.Context, _ *Vault, _, value string) (string, error) {
		n := utf8.RuneCountInString(value)
		k := min(max(keep, 0), max(n-1, 0)) // never the whole value
		cut := len(value)
		for range k {
			_, size := utf8.DecodeLastRuneInString(value[:cut])
			cut -= size
		}
		return strings.Repeat("*", n-k) + value[cut:], nil
	})
}

// Remove deletes the value from the text. It is not restored.
func Remove() Operator {
	return OperatorFunc(func(context.Context, *Vault, string, string) (string, error) { return "", nil })
}

// Keep leaves the value as it is: the model sees it. Use it only for types
// a policy allows the provider to receive.
func Keep() Operator {
	return OperatorFunc(func(_ context.Context, _ *Vault, _, value string) (string, error) { return value, nil })
}

// KeyedHasher computes a keyed hash (a PRF) of a value for a tenant.
// encrypt.BlindIndex implements it with Tink, one key per tenant and
// purpose.
type KeyedHasher interface {
	Compute(ctx context.Context, tenant, value string) ([]byte, error)
}

// Hash replaces a value with a keyed hash of it under the conversation's
// tenant key, written as TYPE#hex: the same value always gives the same
// token for a tenant, so the model and analytics can tell values apart
// and count them, but nobody without the key can test a guess. It is never
// an unkeyed hash, and it is not restored.
func Hash(h KeyedHasher) Operator {
	return OperatorFunc(func(ctx context.Context, v *Vault, typ, value string) (string, error) {
		if h == nil {
			return "", errors.New("redact: Hash needs a keyed hasher")
		}
		sum, err := h.Compute(ctx, v.Scope().Tenant, value)
		if err != nil {
			return "", fmt.Errorf("redact: keyed hash: %w", err)
		}
		if len(sum) > 8 {
			sum = sum[:8]
		}
		return typ + "#" + hex.EncodeToString(sum), nil
	})
}

// DeterministicAEAD is deterministic authenticated encryption, such as
// Tink's AES-SIV (tink.DeterministicAEAD).
type DeterministicAEAD interface {
	EncryptDeterministically(plaintext, associatedData []byte) ([]byte, error)
	DecryptDeterministically(ciphertext, associatedData []byte) ([]byte, error)
}

// TenantKeys returns the deterministic AEAD of a tenant.
type TenantKeys func(ctx context.Context, tenant string) (DeterministicAEAD, error)

// tokenPrefix starts every token written by [Encrypt].
const tokenPrefix = "enc:"

// Encrypt replaces a value with its deterministic encryption under the
// tenant's key (Tink AES-SIV), written as enc:TYPE:base64url. The same
// value gives the same token, and whoever holds the key can get the value
// back with [DecryptToken]; the model and the logs cannot. It is not
// restored in replies.
func Encrypt(keys TenantKeys) Operator {
	return OperatorFunc(func(ctx context.Context, v *Vault, typ, value string) (string, error) {
		d, err := keys(ctx, v.Scope().Tenant)
		if err != nil {
			return "", fmt.Errorf("redact: encryption key: %w", err)
		}
		ct, err := d.EncryptDeterministically([]byte(value), tokenAD(v.Scope().Tenant, typ))
		if err != nil {
			return "", fmt.Errorf("redact: encrypt: %w", err)
		}
		return tokenPrefix + typ + ":" + base64.RawURLEncoding.EncodeToString(ct), nil
	})
}

// ErrBadToken is returned by [DecryptToken] for a token that was not made
// by [Encrypt] with this tenant's key.
var ErrBadToken = errors.New("redact: not a valid token")

// DecryptToken returns the value behind a token written by [Encrypt] for
// tenant.
func DecryptToken(ctx context.Context, keys TenantKeys, tenant, token string) (string, error) {
	rest, ok := strings.CutPrefix(token, tokenPrefix)
	if !ok {
		return "", ErrBadToken
	}
	typ, enc, ok := strings.Cut(rest, ":")
	if !ok {
		return "", ErrBadToken
	}
	ct, err := base64.RawURLEncoding.DecodeString(enc)
	if err != nil {
		return "", ErrBadToken
	}
	d, err := keys(ctx, tenant)
	if err != nil {
		return "", fmt.Errorf("redact: encryption key: %w", err)
	}
	pt, err := d.DecryptDeterministically(ct, tokenAD(tenant, typ))
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrBadToken, err)
	}
	return string(pt), nil
}

func tokenAD(tenant, typ string) []byte {
	return []byte("confide-redact-v1\x00" + tenant + "\x00" + typ)
}
