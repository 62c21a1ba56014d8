package gcp_test

import (
	"context"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"google.golang.org/api/option"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/confide-dev/confide/encrypt"
	"github.com/confide-dev/confide/encrypt/kms/gcp"
	"github.com/confide-dev/confide/encrypt/kms/internal/kmstest"
)

func TestMain(m *testing.M) {
	// Keep the Google clients away from the machine's credentials and the
	// metadata server.
	os.Setenv("GOOGLE_APPLICATION_CREDENTIALS", os.DevNull)
	os.Setenv("NO_GCE_CHECK", "true")
	os.Exit(m.Run())
}

const keyRing = "projects/acme/locations/europe-west1/keyRings/confide/cryptoKeys/"

func keyURI(name string) string { return gcp.Scheme + keyRing + name }

// grpcKEK returns a KEK whose client talks plain gRPC to addr.
func grpcKEK(t *testing.T, addr, uri string, opts ...gcp.Option) (encrypt.KEK, error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	c, err := gcp.NewClient(context.Background(), uri, append([]gcp.Option{gcp.WithClientOptions(option.WithGRPCConn(conn))}, opts...)...)
	if err != nil {
		return encrypt.KEK{}, err
	}
	t.Cleanup(func() { c.Close() })
	return encrypt.NewKMSKEK(c, uri)
}

func TestGRPCStandIn(t *testing.T) {
	kmstest.Run(t, kmstest.Harness{
		Serve:    func(t *testing.T, b *kmstest.Backend) string { return serveGRPC(t, b) },
		Endpoint: func(addr string) string { return addr },
		KeyURI:   keyURI,
		NewKEK: func(t *testing.T, endpoint, uri string, timeout time.Duration) (encrypt.KEK, error) {
			return grpcKEK(t, endpoint, uri, gcp.WithTimeout(timeout))
		},
	})
}

func TestRESTStandIn(t *testing.T) {
	kmstest.Run(t, kmstest.Harness{
		Serve:    func(t *testing.T, b *kmstest.Backend) string { return serveREST(t, b) },
		Endpoint: func(addr string) string { return "http://" + addr + "/" },
		KeyURI:   keyURI,
		NewKEK: func(t *testing.T, endpoint, uri string, timeout time.Duration) (encrypt.KEK, error) {
			return gcp.NewKEK(context.Background(), uri,
				gcp.WithREST(), gcp.WithEndpoint(endpoint), gcp.WithoutAuthentication(), gcp.WithTimeout(timeout))
		},
	})
}

func TestHTTPClient(t *testing.T) {
	url := serveREST(t, kmstest.NewBackend(kmstest.KeyA))
	kek, err := gcp.NewKEK(context.Background(), keyURI(kmstest.KeyA),
		gcp.WithHTTPClient(&http.Client{}), gcp.WithEndpoint(url))
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	pt, err := kek.AEAD.Decrypt(ct, []byte("ad"))
	require.NoError(t, err)
	assert.Equal(t, []byte("keyset"), pt)
}

func TestOptions(t *testing.T) {
	ctx := context.Background()
	for name, tc := range map[string]struct {
		uri  string
		opts []gcp.Option
	}{
		"other scheme": {"aws-kms://arn:aws:kms:eu-west-1:1:key/k", nil},
		"zero timeout": {keyURI("k"), []gcp.Option{gcp.WithTimeout(0)}},
		"not a key":    {gcp.Scheme + "acme/kek", []gcp.Option{gcp.WithREST(), gcp.WithoutAuthentication()}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := gcp.NewKEK(ctx, tc.uri, tc.opts...)
			assert.Error(t, err)
		})
	}
}

func TestRegister(t *testing.T) {
	url := serveREST(t, kmstest.NewBackend(kmstest.KeyA))
	prefix := gcp.Scheme + "projects/registered/locations/global/keyRings/r/cryptoKeys/"
	c, err := gcp.Register(context.Background(), prefix, gcp.WithREST(), gcp.WithEndpoint(url), gcp.WithoutAuthentication())
	require.NoError(t, err)
	defer c.Close()
	kek, err := encrypt.KEKFromURI(prefix + kmstest.KeyA)
	require.NoError(t, err)
	ct, err := kek.AEAD.Encrypt([]byte("keyset"), []byte("ad"))
	require.NoError(t, err)
	pt, err := kek.AEAD.Decrypt(ct, []byte("ad"))
	require.NoError(t, err)
	assert.Equal(t, []byte("keyset"), pt)
}
