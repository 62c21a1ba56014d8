package consent_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/confide-dev/confide/consent"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/signature"
)

type receiptFixture struct {
	*fixture
	private *keyset.Handle
	public  []byte
}

func newReceiptFixture(t *testing.T) *receiptFixture {
	t.Helper()
	f := newFixture(t)
	priv, err := consent.NewSigningKey()
	require.NoError(t, err)
	pub, err := consent.PublicKeyset(priv)
	require.NoError(t, err)
	f.ledger, err = consent.NewLedger(f.store, consent.Options{Clock: f.clock.Now, SigningKey: priv,
		Controller: consent.Controller{Name: "Acme Ltd", Contact: "dpo@acme.example"}})
	require.NoError(t, err)
	return &receiptFixture{fixture: f, private: priv, public: pub}
}

// envelope mirrors the receipt JSON, to tamper with it.
type envelope struct {
	Payload   []byte `json:"payload"`
	Signature []byte `json:"signature"`
	Version   string `json:"version"`
}

func TestReceiptRoundTrip(t *testing.T) {
	f := newReceiptFixture(t)
	ctx := context.Background()
	c := f.choice(consent.PurposeTrainAI, consent.PurposeStoreTranscript)
	c.Lifetime = 365 * 24 * time.Hour
	ev, err := f.ledger.Grant(ctx, c)
	require.NoError(t, err)

	raw, err := f.ledger.Receipt(ctx, tenant, subject, ev.ID)
	require.NoError(t, err)
	r, err := consent.VerifyReceipt(f.public, raw)
	require.NoError(t, err)
	assert.Equal(t, ev.ID, r.ReceiptID)
	assert.Equal(t, consent.ReceiptVersion, r.Version)
	assert.Equal(t, consent.Controller{Name: "Acme Ltd", Contact: "dpo@acme.example"}, r.Controller)
	assert.Equal(t, tenant, r.Tenant)
	assert.Equal(t, subject, r.Subject)
	assert.Equal(t, consent.EventGrant, r.Event)
	assert.Equal(t, consent.SourceUI, r.Method)
	assert.Equal(t, "EU", r.Jurisdiction)
	assert.Equal(t, f.notice, r.Notice)
	assert.Equal(t, consent.NoticeHash("We keep chats to improve the bot."), r.Notice.SHA256)
	assert.True(t, ev.Time.Equal(r.Time))
	assert.True(t, ev.Expires.Equal(r.Expires))
	assert.Equal(t, []consent.ReceiptPurpose{
		{Purpose: consent.PurposeTrainAI, LawfulBasis: consent.BasisConsent, Name: "Train AI System"},
		{Purpose: consent.PurposeStoreTranscript, LawfulBasis: consent.BasisConsent, Name: "Store Transcript"},
	}, r.Purposes)

	again, err := f.ledger.Receipt(ctx, tenant, subject, ev.ID)
	require.NoError(t, err)
	assert.Equal(t, raw, again, "a receipt is reproducible from the ledger")

	w := f.withdraw(t, consent.PurposeTrainAI)
	raw, err = f.ledger.Receipt(ctx, tenant, subject, w.ID)
	require.NoError(t, err)
	r, err = consent.VerifyReceipt(f.public, raw)
	require.NoError(t, err)
	assert.Equal(t, consent.EventWithdraw, r.Event)
	assert.True(t, r.Expires.IsZero())

	dir := t.TempDir()
	pubPath, receiptPath := filepath.Join(dir, "pub.json"), filepath.Join(dir, "receipt.json")
	require.NoError(t, os.WriteFile(pubPath, f.public, 0o600))
	require.NoError(t, os.WriteFile(receiptPath, raw, 0o600))
	r2, err := consent.VerifyReceiptFile(pubPath, receiptPath)
	require.NoError(t, err)
	assert.Equal(t, r, r2)
	_, err = consent.VerifyReceiptFile(filepath.Join(dir, "missing.json"), receiptPath)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestReceiptOnlyForRecordedEvents(t *testing.T) {
	f := newReceiptFixture(t)
	ctx := context.Background()
	_, err := f.ledger.Receipt(ctx, tenant, subject, "00000000-0000-4000-8000-000000000000")
	assert.ErrorIs(t, err, consent.ErrNotFound)
	ev := f.grant(t, consent.PurposeAnalytics)
	_, err = f.ledger.Receipt(ctx, tenant, "cust-other", ev.ID)
	assert.ErrorIs(t, err, consent.ErrNotFound, "another subject's event")

	plain := newFixture(t)
	ev = plain.grant(t, consent.PurposeAnalytics)
	_, err = plain.ledger.Receipt(ctx, tenant, subject, ev.ID)
	assert.ErrorIs(t, err, consent.ErrNoSigner)
}

func TestForgedReceiptsFail(t *testing.T) {
	f := newReceiptFixture(t)
	ctx := context.Background()
	ev := f.grant(t, consent.PurposeTrainAI)
	raw, err := f.ledger.Receipt(ctx, tenant, subject, ev.ID)
	require.NoError(t, err)
	var env envelope
	require.NoError(t, json.Unmarshal(raw, &env))
	remarshal := func(e envelope) []byte {
		b, err := json.Marshal(e)
		require.NoError(t, err)
		return b
	}

	t.Run("EveryPayloadByte", func(t *testing.T) {
		for i := range env.Payload {
			e := env
			e.Payload = bytes.Clone(env.Payload)
			e.Payload[i] ^= 0x01
			_, err := consent.VerifyReceipt(f.public, remarshal(e))
			require.ErrorIs(t, err, consent.ErrReceiptSignature, "payload byte %d flipped", i)
		}
	})
	t.Run("EverySignatureByte", func(t *testing.T) {
		for i := range env.Signature {
			e := env
			e.Signature = bytes.Clone(env.Signature)
			e.Signature[i] ^= 0x80
			_, err := consent.VerifyReceipt(f.public, remarshal(e))
			require.ErrorIs(t, err, consent.ErrReceiptSignature, "signature byte %d flipped", i)
		}
	})
	t.Run("ChangedPurpose", func(t *testing.T) {
		e := env
		e.Payload = bytes.Replace(env.Payload, []byte(`"train_ai_system"`), []byte(`"analytics"`), 1)
		require.NotEqual(t, env.Payload, e.Payload)
		_, err := consent.VerifyReceipt(f.public, remarshal(e))
		require.ErrorIs(t, err, consent.ErrReceiptSignature)
	})
	t.Run("WrongKey", func(t *testing.T) {
		other, err := consent.NewSigningKey()
		require.NoError(t, err)
		pub, err := consent.PublicKeyset(other)
		require.NoError(t, err)
		_, err = consent.VerifyReceipt(pub, raw)
		require.ErrorIs(t, err, consent.ErrReceiptSignature)
	})
	t.Run("SignedByAnotherKeyClaimingThisOne", func(t *testing.T) {
		other, err := consent.NewSigningKey()
		require.NoError(t, err)
		s, err := signature.NewSigner(other)
		require.NoError(t, err)
		e := env
		e.Signature, err = s.Sign(append([]byte(consent.ReceiptVersion+"\x00"), env.Payload...))
		require.NoError(t, err)
		_, err = consent.VerifyReceipt(f.public, remarshal(e))
		require.ErrorIs(t, err, consent.ErrReceiptSignature)
	})
	t.Run("NonCanonicalPayloadWithValidSignature", func(t *testing.T) {
		s, err := signature.NewSigner(f.private)
		require.NoError(t, err)
		e := env
		e.Payload = append([]byte(" "), env.Payload...)
		e.Signature, err = s.Sign(append([]byte(consent.ReceiptVersion+"\x00"), e.Payload...))
		require.NoError(t, err)
		_, err = consent.VerifyReceipt(f.public, remarshal(e))
		require.ErrorIs(t, err, consent.ErrReceiptFormat)
	})
	t.Run("Malformed", func(t *testing.T) {
		for name, in := range map[string][]byte{
			"Empty":        nil,
			"NotJSON":      []byte("receipt"),
			"UnknownField": []byte(`{"payload":"","signature":"","version":"confide.consent-receipt.v1","x":1}`),
			"OtherVersion": []byte(`{"payload":"","signature":"","version":"v0"}`),
			"Huge":         bytes.Repeat([]byte(" "), consent.MaxReceiptSize+1),
		} {
			_, err := consent.VerifyReceipt(f.public, in)
			assert.ErrorIs(t, err, consent.ErrReceiptFormat, name)
		}
	})
	t.Run("PrivateKeysetRefused", func(t *testing.T) {
		var buf bytes.Buffer
		kek := newKEK(t)
		require.NoError(t, consent.WriteSigningKey(&buf, f.private, kek))
		_, err := consent.VerifyReceipt(buf.Bytes(), raw)
		require.Error(t, err)
		_, err = consent.VerifyReceipt([]byte("{}"), raw)
		require.Error(t, err)
	})
}

func newKEK(t *testing.T) interface {
	Encrypt(plaintext, associatedData []byte) ([]byte, error)
	Decrypt(ciphertext, associatedData []byte) ([]byte, error)
} {
	t.Helper()
	h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	require.NoError(t, err)
	a, err := aead.New(h)
	require.NoError(t, err)
	return a
}

func TestSigningKeyRoundTrip(t *testing.T) {
	kek := newKEK(t)
	priv, err := consent.NewSigningKey()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, consent.WriteSigningKey(&buf, priv, kek))
	assert.NotContains(t, buf.String(), "privateKey", "the private key is written encrypted")
	back, err := consent.ReadSigningKey(bytes.NewReader(buf.Bytes()), kek)
	require.NoError(t, err)
	pub1, err := consent.PublicKeyset(priv)
	require.NoError(t, err)
	pub2, err := consent.PublicKeyset(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(pub1), string(pub2))
	_, err = consent.ReadSigningKey(bytes.NewReader(buf.Bytes()), newKEK(t))
	assert.Error(t, err, "another KEK")
}
