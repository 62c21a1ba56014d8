package vault_test

import (
	"context"
	"encoding/base64"
	"os"
	"testing"
	"time"

	"github.com/hashicorp/vault/api"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
	"github.com/confide-dev/confide/encrypt/kms/vault"
)

func TestMain(m *testing.M) {
	// Keep Vault's client away from the machine's Vault setup.
	for _, v := range []string{"VAULT_ADDR", "VAULT_TOKEN", "VAULT_NAMESPACE", "VAULT_CLIENT_TIMEOUT", "VAULT_MAX_RETRIES", "VAULT_AGENT_ADDR"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}

func keyURI(name string) string { return vault.Scheme + "vault.test:8200/transit/keys/" + name }

func harness(derived bool, opts ...vault.Option) kmstest.Harness {
	return kmstest.Harness{
		Serve: func(t *testing.T, b *kmstest.Backend) string {
			srv := serve(b, derived)
			t.Cleanup(srv.Close)
			return srv.URL
		},
		Endpoint: func(addr string) string { return "http://" + addr },
		KeyURI:   keyURI,
		Ciphertext: func(b []byte) []byte {
			return []byte("vault:v1:" + base64.StdEncoding.EncodeToString(b))
		},
		NewKEK: func(t *testing.T, endpoint, uri string, timeout time.Duration) (encrypt.KEK, error) {
			return vault.NewKEK(context.Background(), uri, append([]vault.Option{
				vault.WithAddress(endpoint), vault.WithToken(token), vault.WithTimeout(timeout),
			}, opts...)...)
		},
	}
}

func TestStandIn(t *testing.T) { kmstest.Run(t, harness(false)) }

func TestStandInDerivedKey(t *testing.T) { kmstest.Run(t, harness(true, vault.WithLegacyContext())) }

func TestWrongToken(t *testing.T) {
	srv := serve(kmstest.NewBackend(kmstest.KeyA), false)
	defer srv.Close()
	kek, err := vault.NewKEK(context.Background(), keyURI(kmstest.KeyA), vault.WithAddress(srv.URL), vault.WithToken("nope"))
	require.NoError(t, err)
	_, err = kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "permission denied")
	assert.NotContains(t, err.Error(), "nope")
}

func TestAPIClient(t *testing.T) {
	srv := serve(kmstest.NewBackend(kmstest.KeyA), false)
	defer srv.Close()
	cfg := api.DefaultConfig()
	cfg.Address = srv.URL
	c, err := api.NewClient(cfg)
	require.NoError(t, err)
	c.SetToken(token)
	kek, err := vault.NewKEK(context.Background(), keyURI(kmstest.KeyA), vault.WithAPIClient(c))
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	assert.Regexp(t, "^vault:v1:", string(ct))
	pt, err := kek.AEAD.Decrypt(ct, []byte("ad"))
	require.NoError(t, err)
	assert.Equal(t, []byte("keyset"), pt)
}

func TestOptions(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		uri  string
		opts []vault.Option
	}{
		"other scheme":  {"aws-kms://arn:aws:kms:eu-west-1:1:key/k", nil},
		"zero timeout":  {keyURI("k"), []vault.Option{vault.WithTimeout(0)}},
		"not a key URI": {vault.Scheme + "vault.test/transit/k", nil},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := vault.NewKEK(ctx, tc.uri, tc.opts...)
			assert.Error(t, err)
		})
	}
}

func TestRegister(t *testing.T) {
	srv := serve(kmstest.NewBackend(kmstest.KeyA), false)
	defer srv.Close()
	prefix := vault.Scheme + "registered.test/transit/keys/"
	_, err := vault.Register(context.Background(), prefix, vault.WithAddress(srv.URL), vault.WithToken(token))
	require.NoError(t, err)
	kek, err := encrypt.KEKFromURI(prefix + kmstest.KeyA)
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	pt, err := kek.AEAD.Decrypt(ct, []byte("ad"))
	require.NoError(t, err)
	assert.Equal(t, []byte("keyset"), pt)
}

// TestLegacyContextWithNonDerivedKey shows why WithLegacyContext is only
// for derived keys: Vault ignores "context" otherwise, and the binding to
// the associated data is lost.
func TestLegacyContextWithNonDerivedKey(t *testing.T) {
	srv := serve(kmstest.NewBackend(kmstest.KeyA), false)
	defer srv.Close()
	kek, err := vault.NewKEK(context.Background(), keyURI(kmstest.KeyA),
		vault.WithAddress(srv.URL), vault.WithToken(token), vault.WithLegacyContext())
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("subject-1"))
	require.NoError(t, err)
	_, err = kek.AEAD.Decrypt(ct, []byte("subject-2"))
	assert.NoError(t, err, "the stand-in, like Vault, ignores context for a non-derived key")
}
