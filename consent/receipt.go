package consent

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/confide-dev/confide/internal/sigkey"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// ReceiptVersion identifies the receipt format this package writes and
// reads.
const ReceiptVersion = "confide.consent-receipt.v1"

// MaxReceiptSize bounds the receipts and public keysets [VerifyReceipt] and
// [VerifyReceiptFile] read.
const MaxReceiptSize = 1 << 20

// signingKeyAD is the associated data of a signing keyset encrypted by
// [WriteSigningKey].
var signingKeyAD = []byte("confide consent receipt signing key")

// Controller is the organisation responsible for the processing, as a
// receipt names it.
type Controller struct {
	// Contact is how to reach the controller or its data protection
	// officer: an email address or a URL.
	Contact string `json:"contact,omitempty"`
	// Name is the controller's legal name.
	Name string `json:"name"`
}

// Receipt is the signed statement of one ledger event, in the spirit of
// ISO/IEC TS 27560 consent records and the Kantara Consent Receipt: who
// (controller, tenant, subject) agreed or stopped agreeing to what
// (purposes and their lawful basis), when, how (method), where
// (jurisdiction), and after reading which text (the notice version and the
// SHA-256 of its text). Fields are in the lexicographic order of their
// JSON names, which is the order of the canonical payload.
type Receipt struct {
	// Controller is the organisation responsible ([Options.Controller]).
	Controller Controller `json:"controller"`
	// Event is the kind of the event: grant, withdraw, expire, opt_out.
	Event EventKind `json:"event"`
	// Expires is when a grant lapses; zero (absent) for none.
	Expires time.Time `json:"expires,omitzero"`
	// Jurisdiction is where the subject was; absent when unknown.
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// Method is how the choice was expressed (the event's Source).
	Method Source `json:"method"`
	// Notice is the notice version shown; absent when the event names none.
	Notice NoticeRef `json:"notice,omitzero"`
	// Purposes are the event's purposes, in its order.
	Purposes []ReceiptPurpose `json:"purposes"`
	// ReceiptID is the event's ID.
	ReceiptID string `json:"receipt_id"`
	// Seq is the event's place in the subject's ledger.
	Seq uint64 `json:"seq"`
	// Subject and Tenant say whose consent this is (the PII principal
	// and the tenant the controller serves it through).
	Subject string `json:"subject"`
	Tenant  string `json:"tenant"`
	// Time is when the event was recorded, in UTC.
	Time time.Time `json:"time"`
	// Version is [ReceiptVersion].
	Version string `json:"version"`
}

// ReceiptPurpose is one purpose of a [Receipt].
type ReceiptPurpose struct {
	// LawfulBasis is the purpose's basis in the ledger's taxonomy.
	LawfulBasis LawfulBasis `json:"lawful_basis"`
	// Name is the purpose's name for people.
	Name string `json:"name,omitempty"`
	// Purpose is the purpose's key.
	Purpose Purpose `json:"purpose"`
}

// signedReceipt is the envelope: the canonical payload and its signature.
type signedReceipt struct {
	Payload   []byte `json:"payload"`
	Signature []byte `json:"signature"`
	Version   string `json:"version"`
}

// NewSigningKey returns a new private Tink keyset of one Ed25519 key, for
// [Options.SigningKey]. Store it with [WriteSigningKey] and publish
// [PublicKeyset] for verifiers. To rotate, add a key to the keyset with a
// keyset.Manager and make it primary: receipts signed by the old key keep
// verifying under the new public keyset.
func NewSigningKey() (*keyset.Handle, error) {
	h, err := sigkey.New()
	if err != nil {
		return nil, fmt.Errorf("consent: new signing key: %w", err)
	}
	return h, nil
}

// PublicKeyset returns the public half of a signing keyset as Tink JSON:
// all [VerifyReceipt] needs.
func PublicKeyset(private *keyset.Handle) ([]byte, error) {
	pub, err := sigkey.Public(private)
	if err != nil {
		return nil, fmt.Errorf("consent: public keyset: %w", err)
	}
	return pub, nil
}

// WriteSigningKey writes a private signing keyset to w as Tink JSON,
// encrypted by kek (a master key or a KMS AEAD).
func WriteSigningKey(w io.Writer, private *keyset.Handle, kek tink.AEAD) error {
	if err := sigkey.Write(w, private, kek, signingKeyAD); err != nil {
		return fmt.Errorf("consent: write signing key: %w", err)
	}
	return nil
}

// ReadSigningKey reads a signing keyset written by [WriteSigningKey].
func ReadSigningKey(r io.Reader, kek tink.AEAD) (*keyset.Handle, error) {
	h, err := sigkey.Read(r, kek, signingKeyAD, MaxReceiptSize)
	if err != nil {
		return nil, fmt.Errorf("consent: read signing key: %w", err)
	}
	return h, nil
}

// Receipt returns the signed receipt of one event of the subject's ledger,
// as JSON:
//
//	{"payload":"<base64>","signature":"<base64>","version":"confide.consent-receipt.v1"}
//
// The payload is the [Receipt] as canonical JSON: keys in lexicographic
// order, no insignificant space, no HTML escaping, times in RFC 3339 UTC.
// The signature is a Tink signature (with its 5-byte key prefix) of the
// version string, a zero byte, then the payload. Receipts are made from
// the ledger, never from caller-supplied events, so only recorded events
// get one; the same event always yields the same receipt under the same
// Ed25519 key.
func (l *Ledger) Receipt(ctx context.Context, tenant, subject, eventID string) ([]byte, error) {
	if l.signer == nil {
		return nil, fmt.Errorf("consent: receipt: %w", ErrNoSigner)
	}
	evs, err := l.Events(ctx, tenant, subject)
	if err != nil {
		return nil, fmt.Errorf("consent: receipt: %w", err)
	}
	for _, ev := range evs {
		if ev.ID == eventID {
			return l.sign(ev)
		}
	}
	return nil, fmt.Errorf("consent: receipt: %w", ErrNotFound)
}

func (l *Ledger) sign(ev Event) ([]byte, error) {
	r := Receipt{
		Controller: l.controller, Event: ev.Kind, Expires: ev.Expires, Jurisdiction: ev.Jurisdiction,
		Method: ev.Source, Notice: ev.Notice, ReceiptID: ev.ID, Seq: ev.Seq,
		Subject: ev.Subject, Tenant: ev.Tenant, Time: ev.Time, Version: ReceiptVersion,
	}
	for _, p := range ev.Purposes {
		info, err := l.tax.lookup(p)
		if err != nil {
			return nil, fmt.Errorf("consent: receipt: %w", err)
		}
		r.Purposes = append(r.Purposes, ReceiptPurpose{LawfulBasis: info.Basis, Name: info.Name, Purpose: p})
	}
	payload, err := canonical(&r)
	if err != nil {
		return nil, fmt.Errorf("consent: receipt: %w", err)
	}
	sig, err := l.signer.Sign(signedData(payload))
	if err != nil {
		return nil, fmt.Errorf("consent: receipt: sign: %w", err)
	}
	out, err := json.Marshal(signedReceipt{Payload: payload, Signature: sig, Version: ReceiptVersion})
	if err != nil {
		return nil, fmt.Errorf("consent: receipt: %w", err)
	}
	return out, nil
}

// VerifyReceipt checks a receipt made by [Ledger.Receipt] against a public
// keyset (Tink JSON, as from [PublicKeyset]) and returns its contents. It
// needs nothing else: no ledger, no network. A keyset holding private keys
// is refused. Errors wrap [ErrReceiptFormat] or [ErrReceiptSignature].
func VerifyReceipt(publicKeysetJSON, receipt []byte) (*Receipt, error) {
	verifier, err := sigkey.Verifier(publicKeysetJSON)
	if err != nil {
		return nil, fmt.Errorf("consent: verify receipt: public keyset: %w", err)
	}
	if len(receipt) > MaxReceiptSize {
		return nil, fmt.Errorf("consent: verify receipt: %w: larger than %d bytes", ErrReceiptFormat, MaxReceiptSize)
	}
	var env signedReceipt
	dec := json.NewDecoder(bytes.NewReader(receipt))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&env); err != nil {
		return nil, fmt.Errorf("consent: verify receipt: %w: %w", ErrReceiptFormat, err)
	}
	if env.Version != ReceiptVersion {
		return nil, fmt.Errorf("consent: verify receipt: %w: unknown version", ErrReceiptFormat)
	}
	if err := verifier.Verify(env.Signature, signedData(env.Payload)); err != nil {
		return nil, fmt.Errorf("consent: verify receipt: %w", ErrReceiptSignature)
	}
	var r Receipt
	dec = json.NewDecoder(bytes.NewReader(env.Payload))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("consent: verify receipt: payload: %w: %w", ErrReceiptFormat, err)
	}
	if again, err := canonical(&r); err != nil || !bytes.Equal(again, env.Payload) {
		return nil, fmt.Errorf("consent: verify receipt: %w: payload is not canonical", ErrReceiptFormat)
	}
	if r.Version != ReceiptVersion {
		return nil, fmt.Errorf("consent: verify receipt: %w: unknown payload version", ErrReceiptFormat)
	}
	return &r, nil
}

// VerifyReceiptFile is [VerifyReceipt] on files: the public keyset at
// pubPath and the receipt at receiptPath. It is what
// "confide consent verify" runs.
func VerifyReceiptFile(pubPath, receiptPath string) (*Receipt, error) {
	pub, err := readLimited(pubPath)
	if err != nil {
		return nil, fmt.Errorf("consent: verify receipt: %w", err)
	}
	receipt, err := readLimited(receiptPath)
	if err != nil {
		return nil, fmt.Errorf("consent: verify receipt: %w", err)
	}
	return VerifyReceipt(pub, receipt)
}

func readLimited(path string) ([]byte, error) {
	b, err := sigkey.ReadFile(path, MaxReceiptSize)
	if errors.Is(err, sigkey.ErrTooLarge) {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes", ErrReceiptFormat, path, MaxReceiptSize)
	}
	return b, err
}

func canonical(r *Receipt) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func signedData(payload []byte) []byte {
	d := make([]byte, 0, len(ReceiptVersion)+1+len(payload))
	d = append(d, ReceiptVersion...)
	d = append(d, 0)
	return append(d, payload...)
}
