package consent

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
)

var update = flag.Bool("update", false, "rewrite the receipt test vectors in testdata")

// TestReceiptVector fixes the receipt format: a committed receipt, signed
// by a committed test key (Ed25519 signatures are deterministic), must be
// reproduced byte for byte and verify under the committed public keyset.
// A change to the format needs a new ReceiptVersion.
func TestReceiptVector(t *testing.T) {
	keyPath := filepath.Join("testdata", "test_only_signing_key.json")
	pubPath := filepath.Join("testdata", "receipt_public_keyset.json")
	receiptPath := filepath.Join("testdata", "receipt.json")
	if *update {
		h, err := NewSigningKey()
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, insecurecleartextkeyset.Write(h, keyset.NewJSONWriter(&buf)))
		require.NoError(t, os.WriteFile(keyPath, buf.Bytes(), 0o644))
		pub, err := PublicKeyset(h)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(pubPath, pub, 0o644))
	}
	keyJSON, err := os.ReadFile(keyPath)
	require.NoError(t, err)
	priv, err := insecurecleartextkeyset.Read(keyset.NewJSONReader(bytes.NewReader(keyJSON)))
	require.NoError(t, err)
	l, err := NewLedger(NewMemoryStore(), Options{SigningKey: priv, Controller: Controller{Name: "Acme Ltd", Contact: "dpo@acme.example"}})
	require.NoError(t, err)
	at := time.Date(2026, 3, 4, 5, 6, 7, 123456000, time.UTC)
	ev := Event{
		ID: "6f1c2a9e-3b4d-4c5e-8f70-0123456789ab", Tenant: "acme", Subject: "cust-42", Seq: 3, Kind: EventGrant,
		Purposes: []Purpose{PurposeTrainAI, PurposeStoreTranscript}, Time: at, Expires: at.AddDate(1, 0, 0),
		Source: SourceUI, Jurisdiction: "EU",
		Notice: NoticeRef{ID: "support-bot-privacy", Version: "2026-03", SHA256: NoticeHash("We keep chats to improve the bot.")},
	}
	got, err := l.sign(ev)
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile(receiptPath, got, 0o644))
	}
	want, err := os.ReadFile(receiptPath)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "the receipt format changed")

	r, err := VerifyReceiptFile(pubPath, receiptPath)
	require.NoError(t, err)
	assert.Equal(t, ev.ID, r.ReceiptID)
	payload, err := canonical(r)
	require.NoError(t, err)
	assert.Equal(t, `{"controller":{"contact":"dpo@acme.example","name":"Acme Ltd"},"event":"grant",`+
		`"expires":"2027-03-04T05:06:07.123456Z","jurisdiction":"EU","method":"ui",`+
		`"notice":{"id":"support-bot-privacy","sha256":"`+NoticeHash("We keep chats to improve the bot.")+`","version":"2026-03"},`+
		`"purposes":[{"lawful_basis":"consent","name":"Train AI System","purpose":"train_ai_system"},`+
		`{"lawful_basis":"consent","name":"Store Transcript","purpose":"collect.store_transcript"}],`+
		`"receipt_id":"6f1c2a9e-3b4d-4c5e-8f70-0123456789ab","seq":3,"subject":"cust-42","tenant":"acme",`+
		`"time":"2026-03-04T05:06:07.123456Z","version":"confide.consent-receipt.v1"}`, string(payload))
}
