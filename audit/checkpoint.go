package audit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/confide-dev/confide/internal/sigkey"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// CheckpointVersion names the format of a [Checkpoint]'s signed payload.
const CheckpointVersion = "confide.audit-checkpoint.v1"

// MaxKeysetSize bounds the keysets [ReadSigningKey] and [VerifyStoreFile]
// read.
const MaxKeysetSize = 1 << 20

// signingKeyAD is the associated data of a signing keyset encrypted by
// [WriteSigningKey]: a checkpoint key cannot be passed off as another
// kind of key written with the same KEK, nor the reverse.
var signingKeyAD = []byte("confide audit checkpoint signing key")

// Checkpoint is a signed statement that a tenant's chain had, at Seq, the
// event whose hash is Hash. Because each event's hash covers the one
// before, it vouches for every event up to Seq: rewriting any of them, even
// recomputing every hash after it, no longer matches the checkpoint, and a
// log cut short before Seq no longer reaches it. Events after the last
// checkpoint are vouched for by the hash chain only.
type Checkpoint struct {
	// Hash is the Hash of the event at Seq.
	Hash Hash `json:"hash"`
	// Seq is the sequence number of the last event vouched for.
	Seq uint64 `json:"seq"`
	// Signature is a Tink signature (with its 5-byte key prefix) of
	// [CheckpointVersion], a zero byte, then [Checkpoint.Payload].
	Signature []byte `json:"signature,omitempty"`
	// Tenant names the chain.
	Tenant string `json:"tenant"`
	// Time is when the checkpoint was signed, in UTC.
	Time time.Time `json:"time"`
}

// Payload returns the canonical JSON of c without its signature: what the
// signature covers, after the version and a zero byte.
func (c Checkpoint) Payload() ([]byte, error) {
	c.Signature = nil
	c.Time = c.Time.UTC()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("audit: encode checkpoint: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func (c Checkpoint) signedData() ([]byte, error) {
	p, err := c.Payload()
	if err != nil {
		return nil, err
	}
	d := make([]byte, 0, len(CheckpointVersion)+1+len(p))
	d = append(d, CheckpointVersion...)
	d = append(d, 0)
	return append(d, p...), nil
}

// sign returns c signed by s.
func sign(s tink.Signer, c Checkpoint) (Checkpoint, error) {
	c.Time = c.Time.UTC()
	d, err := c.signedData()
	if err != nil {
		return Checkpoint{}, err
	}
	sig, err := s.Sign(d)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("audit: sign checkpoint: %w", err)
	}
	c.Signature = sig
	return c, nil
}

// verify reports whether c's signature verifies under v.
func (c Checkpoint) verify(v tink.Verifier) bool {
	d, err := c.signedData()
	return err == nil && v.Verify(c.Signature, d) == nil
}

// NewSigningKey returns a new private Tink keyset of one Ed25519 key, for
// [Options.SigningKey]. Store it with [WriteSigningKey] and give
// [PublicKeyset] to whoever verifies the log. To rotate, add a key with a
// keyset.Manager and make it primary: checkpoints signed by the old key
// keep verifying under the new public keyset.
func NewSigningKey() (*keyset.Handle, error) {
	h, err := sigkey.New()
	if err != nil {
		return nil, fmt.Errorf("audit: new signing key: %w", err)
	}
	return h, nil
}

// PublicKeyset returns the public half of a signing keyset as Tink JSON:
// all [Verify] needs.
func PublicKeyset(private *keyset.Handle) ([]byte, error) {
	pub, err := sigkey.Public(private)
	if err != nil {
		return nil, fmt.Errorf("audit: public keyset: %w", err)
	}
	return pub, nil
}

// WriteSigningKey writes a private signing keyset to w as Tink JSON,
// encrypted by kek (a master key or a KMS AEAD).
func WriteSigningKey(w io.Writer, private *keyset.Handle, kek tink.AEAD) error {
	if err := sigkey.Write(w, private, kek, signingKeyAD); err != nil {
		return fmt.Errorf("audit: write signing key: %w", err)
	}
	return nil
}

// ReadSigningKey reads a signing keyset written by [WriteSigningKey].
func ReadSigningKey(r io.Reader, kek tink.AEAD) (*keyset.Handle, error) {
	h, err := sigkey.Read(r, kek, signingKeyAD, MaxKeysetSize)
	if err != nil {
		return nil, fmt.Errorf("audit: read signing key: %w", err)
	}
	return h, nil
}

// publicVerifier reads a public keyset (Tink JSON); one holding private keys
// is refused.
func publicVerifier(publicKeyset []byte) (tink.Verifier, error) {
	v, err := sigkey.Verifier(publicKeyset)
	if err != nil {
		return nil, fmt.Errorf("audit: public keyset: %w", err)
	}
	return v, nil
}

// readKeysetFile reads a public keyset file, at most [MaxKeysetSize]
// bytes.
func readKeysetFile(path string) ([]byte, error) {
	b, err := sigkey.ReadFile(path, MaxKeysetSize)
	if err != nil {
		return nil, fmt.Errorf("audit: public keyset: %w", err)
	}
	return b, nil
}
