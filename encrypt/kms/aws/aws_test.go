package aws_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/aws"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

func TestMain(m *testing.M) {
	// Keep the SDK away from the network and the machine's AWS setup: the
	// instance metadata service, shared config files, environment keys.
	os.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	os.Setenv("AWS_CONFIG_FILE", os.DevNull)
	os.Setenv("AWS_SHARED_CREDENTIALS_FILE", os.DevNull)
	for _, v := range []string{"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_KMS"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}

const arnPrefix = "arn:aws:kms:eu-west-1:111122223333:key/"

func keyURI(name string) string { return aws.Scheme + arnPrefix + name }

func TestStandIn(t *testing.T) {
	kmstest.Run(t, kmstest.Harness{
		Serve: func(t *testing.T, b *kmstest.Backend) string {
			srv, _ := serve(b)
			t.Cleanup(srv.Close)
			return srv.URL
		},
		Endpoint: func(addr string) string { return "http://" + addr },
		KeyURI:   keyURI,
		NewKEK: func(t *testing.T, endpoint, uri string, timeout time.Duration) (encrypt.KEK, error) {
			return aws.NewKEK(context.Background(), uri,
				aws.WithEndpoint(endpoint),
				aws.WithStaticCredentials(accessKeyID, "secret", ""),
				aws.WithTimeout(timeout))
		},
	})
}

func TestRequestsAreSigned(t *testing.T) {
	b := kmstest.NewBackend(kmstest.KeyA)
	srv, s := serve(b)
	defer srv.Close()
	kek, err := aws.NewKEK(context.Background(), keyURI(kmstest.KeyA),
		aws.WithEndpoint(srv.URL), aws.WithStaticCredentials(accessKeyID, "secret", ""))
	require.NoError(t, err)
	_, err = kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	require.Len(t, s.auth, 1)
	assert.Contains(t, s.auth[0], "AWS4-HMAC-SHA256 Credential="+accessKeyID+"/")
	assert.Contains(t, s.auth[0], "/eu-west-1/kms/aws4_request", "region from the key ARN")
	assert.NotContains(t, s.auth[0], "secret")
}

func TestAssociatedDataIsEncryptionContext(t *testing.T) {
	b := kmstest.NewBackend(kmstest.KeyA)
	srv, _ := serve(b)
	defer srv.Close()
	kek, err := aws.NewKEK(context.Background(), keyURI(kmstest.KeyA),
		aws.WithEndpoint(srv.URL), aws.WithStaticCredentials(accessKeyID, "secret", ""))
	require.NoError(t, err)
	_, err = kek.AEAD.Encrypt([]byte("keyset"), []byte{0x01, 0xff})
	require.NoError(t, err)
	assert.Equal(t, `{"associatedData":"01ff"}`, string(b.Calls()[0].AD))
}

func TestOptions(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		uri  string
		opts []aws.Option
	}{
		"other scheme":         {"gcp-kms://projects/p", nil},
		"no region":            {"aws-kms://alias/confide", []aws.Option{aws.WithStaticCredentials("a", "b", "")}},
		"zero timeout":         {keyURI("k"), []aws.Option{aws.WithTimeout(0)}},
		"not an ARN in prefix": {"aws-kms://", []aws.Option{aws.WithRegion("eu-west-1"), aws.WithStaticCredentials("a", "b", "")}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := aws.NewKEK(ctx, tc.uri, tc.opts...)
			assert.Error(t, err)
		})
	}
	t.Run("client for every key", func(t *testing.T) {
		c, err := aws.NewClient(ctx, aws.Scheme, aws.WithRegion("eu-west-1"), aws.WithStaticCredentials("a", "b", ""))
		require.NoError(t, err)
		assert.True(t, c.Supported(keyURI("k")))
		assert.False(t, c.Supported("gcp-kms://k"))
		kek, err := encrypt.NewKMSKEK(c, keyURI("k"))
		require.NoError(t, err)
		assert.Equal(t, keyURI("k"), kek.ID)
	})
}

func TestRegister(t *testing.T) {
	b := kmstest.NewBackend(kmstest.KeyA)
	srv, _ := serve(b)
	defer srv.Close()
	// A prefix of this test's own, so that the global registry cannot
	// answer another test with this client.
	prefix := aws.Scheme + "arn:aws:kms:eu-west-1:444455556666:key/"
	_, err := aws.Register(context.Background(), prefix,
		aws.WithEndpoint(srv.URL), aws.WithStaticCredentials(accessKeyID, "secret", ""))
	require.NoError(t, err)
	kek, err := encrypt.KEKFromURI(prefix + kmstest.KeyA)
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	pt, err := kek.AEAD.Decrypt(ct, []byte("ad"))
	require.NoError(t, err)
	assert.Equal(t, []byte("keyset"), pt)
}
