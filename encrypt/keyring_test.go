package encrypt

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/core/registry"
)

func TestMasterKey(t *testing.T) {
	k := NewMasterKey()
	raw, err := base64.StdEncoding.DecodeString(k)
	require.NoError(t, err)
	assert.Len(t, raw, 32)
	assert.NotEqual(t, k, NewMasterKey())
	_, err = ParseMasterKey(" " + k + "\n")
	assert.NoError(t, err, "white space is ignored")

	for name, bad := range map[string]string{
		"empty":      "",
		"not base64": "not base64!",
		"16 bytes":   base64.StdEncoding.EncodeToString(make([]byte, 16)),
		"33 bytes":   base64.StdEncoding.EncodeToString(make([]byte, 33)),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseMasterKey(bad)
			assert.ErrorIs(t, err, ErrMasterKey)
		})
	}
}

func TestMasterKeyFromEnv(t *testing.T) {
	k := NewMasterKey()
	file := filepath.Join(t.TempDir(), "master.key")
	require.NoError(t, os.WriteFile(file, []byte(k+"\n"), 0o600))

	t.Run("variable", func(t *testing.T) {
		t.Setenv(EnvMasterKey, k)
		_, err := MasterKeyFromEnv()
		assert.NoError(t, err)
	})
	t.Run("bad variable", func(t *testing.T) {
		t.Setenv(EnvMasterKey, "short")
		_, err := MasterKeyFromEnv()
		assert.ErrorIs(t, err, ErrMasterKey)
		assert.NotContains(t, err.Error(), "short")
	})
	t.Run("file", func(t *testing.T) {
		os.Unsetenv(EnvMasterKey)
		t.Setenv(EnvMasterKeyFile, file)
		_, err := MasterKeyFromEnv()
		assert.NoError(t, err)
	})
	t.Run("missing file", func(t *testing.T) {
		t.Setenv(EnvMasterKeyFile, file+".missing")
		_, err := MasterKeyFromEnv()
		assert.ErrorIs(t, err, ErrMasterKey)
	})
	t.Run("neither", func(t *testing.T) {
		t.Setenv(EnvMasterKeyFile, "")
		_, err := MasterKeyFromEnv()
		assert.ErrorIs(t, err, ErrMasterKey)
	})
}

func TestLocalKeyring(t *testing.T) {
	e := newEnv(t)
	path := e.keyringPath()
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	assert.True(t, strings.HasPrefix(e.ring.PrimaryID(), "local:"))

	_, err = InitLocalKeyring(path, e.master)
	assert.ErrorIs(t, err, os.ErrExist, "never overwrites")

	ring, err := OpenLocalKeyring(path, e.master)
	require.NoError(t, err)
	assert.Equal(t, e.ring.PrimaryID(), ring.PrimaryID())

	// Data sealed through the ring from Init opens through the ring from Open.
	sealed, err := e.sealer().Seal(ctx, bind("t1", "alice", "c", 0), []byte("x"))
	require.NoError(t, err)
	s2, err := NewSealer(ring, e.store, Options{})
	require.NoError(t, err)
	_, err = s2.Open(ctx, bind("t1", "alice", "c", 0), sealed)
	assert.NoError(t, err)

	// Nothing secret is in the file in the clear.
	content, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(content), "encryptedKeyset")
	assert.NotContains(t, string(content), `"value"`)
}

func TestLocalKeyringWrongMasterKey(t *testing.T) {
	e := newEnv(t)
	other, err := ParseMasterKey(NewMasterKey())
	require.NoError(t, err)
	_, err = OpenLocalKeyring(e.keyringPath(), other)
	assert.ErrorIs(t, err, ErrWrongKEK)
	_, err = OpenLocalKeyring(e.keyringPath(), nil)
	assert.ErrorIs(t, err, ErrMasterKey)
	_, err = OpenLocalKeyring(filepath.Join(e.dir, "missing.json"), e.master)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestLocalKeyringCorrupted(t *testing.T) {
	e := newEnv(t)
	good, err := os.ReadFile(e.keyringPath())
	require.NoError(t, err)
	for name, content := range map[string][]byte{
		"empty":     nil,
		"garbage":   []byte("{not json"),
		"truncated": good[:len(good)/2],
		"altered":   []byte(strings.Replace(string(good), `"encryptedKeyset":"`, `"encryptedKeyset":"AAAA`, 1)),
	} {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, good, content)
			path := filepath.Join(t.TempDir(), "keyring.json")
			require.NoError(t, os.WriteFile(path, content, 0o600))
			_, err := OpenLocalKeyring(path, e.master)
			assert.ErrorIs(t, err, ErrWrongKEK)
		})
	}
}

func TestKeyring(t *testing.T) {
	a, b := testKEK(t, "a"), testKEK(t, "b")
	r := mustRing(t, a, b, a)
	assert.Equal(t, "a", r.PrimaryID())
	assert.Equal(t, []string{"a", "b"}, r.IDs())
	assert.Len(t, r.KEKs(), 2)
	_, err := NewKeyring(KEK{ID: "x"})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = NewKeyring(KEK{AEAD: a.AEAD})
	assert.ErrorIs(t, err, ErrInvalid)
}

// The KMS path: any registry.KMSClient plugs in, which is how adapters in
// nested modules will.
func TestKMSKEK(t *testing.T) {
	kms := &fakeKMS{prefix: "fake-kms://"}
	uri := "fake-kms://projects/p/keys/k1"
	kek, err := NewKMSKEK(kms, uri)
	require.NoError(t, err)
	assert.Equal(t, uri, kek.ID)

	store := &countingStore{KeyStore: NewMemoryKeyStore()}
	s, err := NewSealer(mustRing(t, kek), store, Options{})
	require.NoError(t, err)
	b := bind("t1", "alice", "c", 0)
	sealed, err := s.Seal(ctx, b, []byte("via kms"))
	require.NoError(t, err)
	for range 10 {
		_, err = s.Open(ctx, b, sealed)
		require.NoError(t, err)
	}
	assert.Equal(t, int64(1), kms.calls.Load(), "one KMS call to wrap, none while cached")
	rec, err := store.Get(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.Equal(t, uri, rec.KEKID)

	s2, err := NewSealer(mustRing(t, kek), store, Options{})
	require.NoError(t, err)
	got, err := s2.Open(ctx, b, sealed)
	require.NoError(t, err)
	assert.Equal(t, "via kms", string(got))
	assert.Equal(t, int64(2), kms.calls.Load(), "one KMS call to unwrap")

	_, err = NewKMSKEK(kms, "aws-kms://arn:aws:kms:eu-west-1:1:key/x")
	assert.ErrorIs(t, err, ErrUnknownKey)
	_, err = NewKMSKEK(nil, uri)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestKEKFromURI(t *testing.T) {
	registry.RegisterKMSClient(&fakeKMS{prefix: "confide-test-kms://"})
	t.Cleanup(registry.ClearKMSClients)
	kek, err := KEKFromURI("confide-test-kms://k")
	require.NoError(t, err)
	assert.Equal(t, "confide-test-kms://k", kek.ID)
	_, err = KEKFromURI("unregistered-kms://k")
	assert.ErrorIs(t, err, ErrUnknownKey)
}
