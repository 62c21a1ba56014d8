package sigkey

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/signature"
)

func TestRoundTrip(t *testing.T) {
	priv, err := New()
	require.NoError(t, err)
	pub, err := Public(priv)
	require.NoError(t, err)
	signer, err := signature.NewSigner(priv)
	require.NoError(t, err)
	sig, err := signer.Sign([]byte("data"))
	require.NoError(t, err)
	v, err := Verifier(pub)
	require.NoError(t, err)
	assert.NoError(t, v.Verify(sig, []byte("data")))
	assert.Error(t, v.Verify(sig, []byte("other")))

	kh, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	require.NoError(t, err)
	kek, err := aead.New(kh)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, priv, kek, []byte("use-a")))
	stored := buf.Bytes()
	back, err := Read(bytes.NewReader(stored), kek, []byte("use-a"), 1<<16)
	require.NoError(t, err)
	backPub, err := Public(back)
	require.NoError(t, err)
	assert.Equal(t, pub, backPub)
	_, err = Read(bytes.NewReader(stored), kek, []byte("use-b"), 1<<16)
	assert.Error(t, err, "a key stored for one use does not read for another")
	_, err = Read(bytes.NewReader(stored), kek, []byte("use-a"), 10)
	assert.Error(t, err, "the size limit applies")
}

func TestVerifierRefusesPrivateKeys(t *testing.T) {
	priv, err := New()
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, insecureWrite(&buf, priv))
	_, err = Verifier(buf.Bytes())
	assert.Error(t, err)
	_, err = Verifier([]byte("not json"))
	assert.Error(t, err)
}

func TestReadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "k.json")
	require.NoError(t, os.WriteFile(p, []byte("0123456789"), 0o600))
	b, err := ReadFile(p, 10)
	require.NoError(t, err)
	assert.Equal(t, "0123456789", string(b))
	_, err = ReadFile(p, 9)
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = ReadFile(p+".missing", 9)
	assert.ErrorIs(t, err, os.ErrNotExist)
}
