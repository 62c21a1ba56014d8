package encrypt

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Regenerate with: go test ./encrypt -run TestVectors -update
// Only do so on purpose: the vectors exist so that the format cannot change
// by accident. Existing vectors must keep opening in every later version.
var update = flag.Bool("update", false, "rewrite encrypt/testdata vectors and fuzz seeds")

const (
	vectorsFile = "testdata/vectors.json"
	keyringFile = "testdata/keyring.json"
	fuzzDir     = "testdata/fuzz/FuzzOpen"
)

// vectorMasterKey is a published test key. Never use it for anything else.
var vectorMasterKey = base64.StdEncoding.EncodeToString([]byte("confide-test-vector-master-key!!"))

type vectorFile struct {
	Comment   string          `json:"comment"`
	MasterKey string          `json:"master_key"`
	Keysets   []WrappedKeyset `json:"keysets"`
	Records   []vectorRecord  `json:"records"`
	Indexes   []vectorIndex   `json:"blind_indexes"`
}

type vectorRecord struct {
	Name    string  `json:"name"`
	Binding Binding `json:"binding"`
	Sealed  string  `json:"sealed_hex"`
	// Plaintext is set when the record must open to it; Error otherwise.
	Plaintext *string `json:"plaintext,omitempty"`
	Error     string  `json:"error,omitempty"`
	// Header fields, when the record parses.
	KeyVersion uint32 `json:"key_version,omitempty"`
	KeyID      string `json:"key_id,omitempty"`
}

type vectorIndex struct {
	Tenant  string `json:"tenant"`
	Purpose string `json:"purpose"`
	Length  int    `json:"length"`
	Email   string `json:"email_input"`
	Output  string `json:"output_hex"`
}

var vectorErrors = map[string]error{
	"format": ErrFormat, "tampered": ErrTampered, "forgotten": ErrForgotten,
	"no_keyset": ErrNoKeyset, "retired": ErrRetired,
}

func vectorSealer(t testing.TB, keysets []WrappedKeyset) *Sealer {
	t.Helper()
	master, err := ParseMasterKey(vectorMasterKey)
	require.NoError(t, err)
	ring, err := OpenLocalKeyring(keyringFile, master)
	require.NoError(t, err)
	store := NewMemoryKeyStore()
	for _, k := range keysets {
		require.NoError(t, store.Create(ctx, k))
	}
	s, err := NewSealer(ring, store, Options{})
	require.NoError(t, err)
	return s
}

func loadVectors(t testing.TB) vectorFile {
	t.Helper()
	b, err := os.ReadFile(vectorsFile)
	require.NoError(t, err)
	var v vectorFile
	require.NoError(t, json.Unmarshal(b, &v))
	require.Equal(t, vectorMasterKey, v.MasterKey)
	return v
}

func TestVectors(t *testing.T) {
	if *update {
		writeVectors(t)
	}
	v := loadVectors(t)
	s := vectorSealer(t, v.Keysets)
	require.NotEmpty(t, v.Records)
	for _, r := range v.Records {
		t.Run(r.Name, func(t *testing.T) {
			sealed, err := hex.DecodeString(r.Sealed)
			require.NoError(t, err)
			got, err := s.Open(ctx, r.Binding, sealed)
			if r.Plaintext != nil {
				require.NoError(t, err)
				assert.Equal(t, *r.Plaintext, string(got))
			} else {
				want := vectorErrors[r.Error]
				require.NotNilf(t, want, "unknown error name %q", r.Error)
				assert.ErrorIs(t, err, want)
			}
			if r.KeyID != "" {
				h, err := parseHeader(sealed)
				require.NoError(t, err)
				assert.Equal(t, r.KeyVersion, h.keyVersion)
				assert.Equal(t, r.KeyID, fmt.Sprintf("%08x", h.keyID))
				assert.Equal(t, byte(formatV1), sealed[0])
				assert.Equal(t, byte(tinkPrefixV1), sealed[5])
			}
		})
	}
	for _, x := range v.Indexes {
		idx, err := s.BlindIndex(x.Purpose, IndexOptions{Length: x.Length, Normalize: NormalizeEmail})
		require.NoError(t, err)
		got, err := idx.Compute(ctx, x.Tenant, x.Email)
		require.NoError(t, err)
		assert.Equal(t, x.Output, hex.EncodeToString(got), "blind index %s/%s", x.Tenant, x.Purpose)
	}
}

// writeVectors builds a fresh keyring, keysets and records and writes them
// to testdata, with the valid and invalid records as fuzz seeds.
func writeVectors(t *testing.T) {
	master, err := ParseMasterKey(vectorMasterKey)
	require.NoError(t, err)
	require.NoError(t, os.RemoveAll(keyringFile))
	ring, err := InitLocalKeyring(keyringFile, master)
	require.NoError(t, err)
	clock := newFakeClock()
	store := NewMemoryKeyStore()
	s, err := NewSealer(ring, store, Options{Now: clock.Now})
	require.NoError(t, err)

	var recs []vectorRecord
	add := func(name string, b Binding, sealed []byte, pt *string, errName string) {
		r := vectorRecord{Name: name, Binding: b, Sealed: hex.EncodeToString(sealed), Plaintext: pt, Error: errName}
		if h, err := parseHeader(sealed); err == nil {
			r.KeyVersion, r.KeyID = h.keyVersion, fmt.Sprintf("%08x", h.keyID)
		}
		recs = append(recs, r)
	}
	seal := func(name string, b Binding, pt string) []byte {
		sealed, err := s.Seal(ctx, b, []byte(pt))
		require.NoError(t, err)
		add(name, b, sealed, &pt, "")
		return sealed
	}
	alice0 := bind("t1", "alice", "c1", 0)
	hello := seal("alice message 0", alice0, "hello")
	seal("alice message 1", bind("t1", "alice", "c1", 1), "Ann here, card 4111 1111 1111 1111")
	seal("alice empty plaintext", bind("t1", "alice", "c2", 0), "")
	seal("alice vault entry", Binding{Tenant: "t1", Subject: "alice", Conversation: "c1", Kind: "vault", Seq: 1 << 40}, `{"EMAIL_1":"ann@example.com"}`)
	seal("alice bare binding", Binding{Tenant: "t1", Subject: "alice"}, "no conversation")
	seal("same subject, other tenant", bind("t2", "alice", "c1", 0), "hello from t2")
	seal("unicode", bind("t1", "zoë", "c1", 0), "grüße, 你好")
	bobOld := seal("bob before rotation", bind("t1", "bob", "c1", 0), "old key")
	_, err = s.RotateDataKey(ctx, "t1", "bob")
	require.NoError(t, err)
	seal("bob after rotation", bind("t1", "bob", "c1", 1), "new key")
	carolOld := seal("carol, rotated then retired: still under v1", bind("t1", "carol", "c1", 0), "retired")
	_, err = s.RotateDataKey(ctx, "t1", "carol")
	require.NoError(t, err)
	clock.Advance(time.Hour)
	require.NoError(t, s.RetireDataKeys(ctx, "t1", "carol", 2))
	recs[len(recs)-1].Plaintext, recs[len(recs)-1].Error = nil, "retired"
	seal("dave, forgotten", bind("t1", "dave", "c1", 0), "forget me")
	require.NoError(t, s.Forget(ctx, "t1", "dave"))
	recs[len(recs)-1].Plaintext, recs[len(recs)-1].Error = nil, "forgotten"

	mutate := func(p []byte, f func([]byte) []byte) []byte { return f(append([]byte(nil), p...)) }
	add("wrong subject", bind("t1", "bob", "c1", 0), hello, nil, "tampered")
	add("wrong tenant", bind("t2", "alice", "c1", 0), hello, nil, "tampered")
	add("wrong conversation", bind("t1", "alice", "c9", 0), hello, nil, "tampered")
	add("wrong kind", Binding{Tenant: "t1", Subject: "alice", Conversation: "c1", Kind: "vault"}, hello, nil, "tampered")
	add("reordered", bind("t1", "alice", "c1", 1), hello, nil, "tampered")
	add("never existed", bind("t1", "erin", "c1", 0), hello, nil, "no_keyset")
	add("flipped tag bit", alice0, mutate(hello, func(p []byte) []byte { p[len(p)-1] ^= 1; return p }), nil, "tampered")
	add("flipped ciphertext bit", alice0, mutate(hello, func(p []byte) []byte { p[22] ^= 1; return p }), nil, "tampered")
	add("flipped nonce bit", alice0, mutate(hello, func(p []byte) []byte { p[10] ^= 1; return p }), nil, "tampered")
	add("other key ID", alice0, mutate(hello, func(p []byte) []byte { p[9] ^= 1; return p }), nil, "tampered")
	add("claims newer key version", alice0, mutate(hello, func(p []byte) []byte { p[4] = 2; return p }), nil, "tampered")
	add("bob's old record under new version", bind("t1", "bob", "c1", 0), mutate(bobOld, func(p []byte) []byte { p[4] = 2; return p }), nil, "tampered")
	add("carol's retired record claims v2", bind("t1", "carol", "c1", 0), mutate(carolOld, func(p []byte) []byte { p[4] = 2; return p }), nil, "tampered")
	add("truncated tag", alice0, hello[:len(hello)-1], nil, "tampered")
	add("truncated below minimum", alice0, hello[:minSealedSize-1], nil, "format")
	add("extended", alice0, append(append([]byte(nil), hello...), 0), nil, "tampered")
	add("format version 2", alice0, mutate(hello, func(p []byte) []byte { p[0] = 2; return p }), nil, "format")
	add("format version 0", alice0, mutate(hello, func(p []byte) []byte { p[0] = 0; return p }), nil, "format")
	add("key version 0", alice0, mutate(hello, func(p []byte) []byte { p[1], p[2], p[3], p[4] = 0, 0, 0, 0; return p }), nil, "format")
	add("raw tink prefix", alice0, mutate(hello, func(p []byte) []byte { p[5] = 0; return p }), nil, "format")
	add("empty", alice0, nil, nil, "format")

	var idx []vectorIndex
	for _, x := range []vectorIndex{
		{Tenant: "t1", Purpose: "email", Length: 16, Email: "ann@example.com"},
		{Tenant: "t1", Purpose: "email", Length: 16, Email: " Ann@Example.COM "},
		{Tenant: "t1", Purpose: "email", Length: 8, Email: "ann@example.com"},
		{Tenant: "t2", Purpose: "email", Length: 16, Email: "ann@example.com"},
		{Tenant: "t1", Purpose: "email-login", Length: 16, Email: "ann@example.com"},
	} {
		bi, err := s.BlindIndex(x.Purpose, IndexOptions{Length: x.Length, Normalize: NormalizeEmail})
		require.NoError(t, err)
		out, err := bi.Compute(ctx, x.Tenant, x.Email)
		require.NoError(t, err)
		x.Output = hex.EncodeToString(out)
		idx = append(idx, x)
	}

	keysets, err := store.List(ctx, SubjectRef{}, 1000)
	require.NoError(t, err)
	v := vectorFile{
		Comment: "Test vectors for encrypt's sealed-record format v1. Generated by " +
			"'go test ./encrypt -run TestVectors -update'; every record must keep " +
			"opening (or failing) as stated. master_key is a public test key; " +
			"keyring.json is the local KEK keyset encrypted under it.",
		MasterKey: vectorMasterKey, Keysets: keysets, Records: recs, Indexes: idx,
	}
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(vectorsFile, append(b, '\n'), 0o644))

	// Fuzz seeds: every vector's bytes.
	require.NoError(t, os.MkdirAll(fuzzDir, 0o755))
	old, _ := filepath.Glob(filepath.Join(fuzzDir, "vector-*"))
	for _, f := range old {
		require.NoError(t, os.Remove(f))
	}
	for i, r := range recs {
		sealed, _ := hex.DecodeString(r.Sealed)
		seed := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", sealed)
		require.NoError(t, os.WriteFile(filepath.Join(fuzzDir, fmt.Sprintf("vector-%02d", i)), []byte(seed), 0o644))
	}
}
