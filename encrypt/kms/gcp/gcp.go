// Package gcp lets a Google Cloud KMS key be the key-encryption key (KEK)
// of an [encrypt.Keyring], through Tink's Cloud KMS extension
// (github.com/tink-crypto/tink-go-gcpkms/v2).
//
// Most programs need one call, with the key's URI, "gcp-kms://" followed by
// the key's resource name:
//
//	kek, err := gcp.NewKEK(ctx, "gcp-kms://projects/acme/locations/europe-west1/keyRings/confide/cryptoKeys/kek")
//	ring, err := encrypt.NewKeyring(kek)
//	sealer, err := encrypt.NewSealer(ring, store, encrypt.Options{})
//
// Credentials come from Application Default Credentials. Requests go over
// gRPC, as with Tink's default, or over HTTP and JSON with [WithREST] (for
// networks that only pass HTTP/1.1). [WithEndpoint] (a private endpoint, or
// a local stand-in in tests), [WithoutAuthentication], [WithHTTPClient] and
// any Google API option through [WithClientOptions] change the defaults.
//
// # What Cloud KMS sees
//
// Cloud KMS encrypts and decrypts only the subjects' keysets (a few hundred
// bytes each), once when a keyset is created or re-wrapped and once per
// cache miss when it is read; records never leave the process. The
// associated data Confide binds to a wrapped keyset (tenant and subject) is
// sent as Cloud KMS's additional authenticated data, which Cloud KMS does
// not log. Tink checks the CRC32C checksums of every request and response.
//
// # Time limits
//
// Package encrypt calls a KEK without a context, so each KMS call here is
// bounded by its own timeout, [DefaultTimeout] unless [WithTimeout] says
// otherwise, retries included. A call that runs out of time fails with an
// error matching [context.DeadlineExceeded].
//
// # Registration
//
// Nothing is registered with Tink's global KMS registry unless [Register]
// is called; after that, [encrypt.KEKFromURI] finds the client.
package gcp

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/tink-crypto/tink-go-gcpkms/v2/integration/gcpkms"
	"github.com/tink-crypto/tink-go/v2/core/registry"
	"github.com/tink-crypto/tink-go/v2/tink"
	"google.golang.org/api/option"
	htransport "google.golang.org/api/transport/http"

	"github.com/confide-dev/confide/encrypt"
)

// Scheme starts every Cloud KMS key URI.
const Scheme = "gcp-kms://"

// DefaultTimeout bounds each KMS call unless [WithTimeout] is given.
const DefaultTimeout = 30 * time.Second

// An Option changes how [NewKEK], [NewClient] or [Register] reach Cloud KMS.
type Option func(*settings)

type settings struct {
	api     []option.ClientOption
	rest    bool
	http    *http.Client
	timeout time.Duration
}

// WithEndpoint sends requests to endpoint instead of Cloud KMS's public
// one: host:port for gRPC, a URL ending in "/" for [WithREST].
func WithEndpoint(endpoint string) Option {
	return WithClientOptions(option.WithEndpoint(endpoint))
}

// WithoutAuthentication sends requests without credentials, for
// emulators and stand-ins.
func WithoutAuthentication() Option { return WithClientOptions(option.WithoutAuthentication()) }

// WithClientOptions passes Google API client options (credentials, quota
// project, gRPC dial options, ...) to the Cloud KMS client.
func WithClientOptions(opts ...option.ClientOption) Option {
	return func(s *settings) { s.api = append(s.api, opts...) }
}

// WithREST talks to Cloud KMS over HTTP and JSON instead of gRPC.
func WithREST() Option { return func(s *settings) { s.rest = true } }

// WithHTTPClient sends requests through c over HTTP and JSON, as with
// [WithREST]. c is used as it is: it must add credentials itself, and
// authentication options are ignored. Its Timeout is lowered to the
// client's timeout if it is longer.
func WithHTTPClient(c *http.Client) Option {
	return func(s *settings) { s.http, s.rest = c, true }
}

// WithTimeout bounds each KMS call, retries included, by d instead of
// [DefaultTimeout].
func WithTimeout(d time.Duration) Option { return func(s *settings) { s.timeout = d } }

// A Client hands out AEADs for Cloud KMS keys whose URIs start with its
// prefix. It implements Tink's [registry.KMSClient], so [encrypt.NewKMSKEK]
// accepts it. It holds connections until [Client.Close]. It is safe for
// concurrent use.
type Client struct {
	tink    *gcpkms.Client
	timeout time.Duration
}

var _ registry.KMSClient = (*Client)(nil)

// NewClient returns a client for the keys whose URIs start with uriPrefix,
// such as "gcp-kms://" for every key, or
// "gcp-kms://projects/acme/locations/europe-west1/keyRings/confide/" for one
// key ring. ctx bounds setting up the connection, not its use.
func NewClient(ctx context.Context, uriPrefix string, opts ...Option) (*Client, error) {
	if !strings.HasPrefix(strings.ToLower(uriPrefix), Scheme) {
		return nil, fmt.Errorf("kms/gcp: key URI prefix %q does not start with %s", uriPrefix, Scheme)
	}
	s := settings{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&s)
	}
	if s.timeout <= 0 {
		return nil, fmt.Errorf("kms/gcp: %w: timeout %v", encrypt.ErrInvalid, s.timeout)
	}
	transport := gcpkms.TransportGRPC
	if s.rest {
		transport = gcpkms.TransportREST
		// Tink's REST AEAD takes no context: the HTTP client's timeout is
		// what bounds a call.
		hc := s.http
		if hc == nil {
			var err error
			if hc, _, err = htransport.NewClient(ctx, s.api...); err != nil {
				return nil, fmt.Errorf("kms/gcp: %w", err)
			}
		}
		bounded := *hc
		if bounded.Timeout == 0 || bounded.Timeout > s.timeout {
			bounded.Timeout = s.timeout
		}
		s.api = append(s.api, option.WithHTTPClient(&bounded))
	}
	tc, err := gcpkms.NewClient(ctx, uriPrefix, gcpkms.WithTransport(transport), gcpkms.WithGoogleAPIClientOptions(s.api...))
	if err != nil {
		return nil, fmt.Errorf("kms/gcp: %w", err)
	}
	return &Client{tink: tc, timeout: s.timeout}, nil
}

// Supported reports whether keyURI starts with the client's prefix.
func (c *Client) Supported(keyURI string) bool { return c.tink.Supported(keyURI) }

// GetAEAD returns the AEAD of the Cloud KMS key keyURI. Each of its calls is
// one KMS request (with retries), bounded by the client's timeout.
func (c *Client) GetAEAD(keyURI string) (tink.AEAD, error) {
	if !strings.HasPrefix(keyURI, Scheme+"projects/") || !strings.Contains(keyURI, "/cryptoKeys/") {
		return nil, fmt.Errorf("kms/gcp: %w: %q is not gcp-kms:// followed by a key's resource name", encrypt.ErrInvalid, keyURI)
	}
	a, err := c.tink.GetAEAD(keyURI)
	if err != nil {
		return nil, fmt.Errorf("kms/gcp: key URI %q: %w", keyURI, err)
	}
	return &remoteAEAD{uri: keyURI, aead: a, timeout: c.timeout}, nil
}

// Close closes the client's connections. AEADs from the client stop
// working.
func (c *Client) Close() error { return c.tink.Close() }

// NewKEK returns the KEK for the Cloud KMS key keyURI ("gcp-kms://" and the
// key's resource name), with ID keyURI. It does not call Cloud KMS: a wrong
// key or missing permission shows at the first seal or open. The
// connection it opens lasts as long as the process; use [NewClient] and
// [encrypt.NewKMSKEK] to close it earlier.
func NewKEK(ctx context.Context, keyURI string, opts ...Option) (encrypt.KEK, error) {
	c, err := NewClient(ctx, keyURI, opts...)
	if err != nil {
		return encrypt.KEK{}, err
	}
	kek, err := encrypt.NewKMSKEK(c, keyURI)
	if err != nil {
		c.Close()
	}
	return kek, err
}

// Register makes a client for uriPrefix and registers it with Tink's global
// KMS registry, where [encrypt.KEKFromURI] looks.
func Register(ctx context.Context, uriPrefix string, opts ...Option) (*Client, error) {
	c, err := NewClient(ctx, uriPrefix, opts...)
	if err != nil {
		return nil, err
	}
	registry.RegisterKMSClient(c)
	return c, nil
}

// remoteAEAD bounds each call of Tink's Cloud KMS AEAD by a timeout: a
// context for gRPC, the HTTP client's timeout for REST.
type remoteAEAD struct {
	uri     string
	aead    tink.AEAD
	timeout time.Duration
}

func (r *remoteAEAD) Encrypt(plaintext, associatedData []byte) ([]byte, error) {
	if ac, ok := r.aead.(tink.AEADWithContext); ok {
		return r.call("encrypt", ac.EncryptWithContext, plaintext, associatedData)
	}
	return r.call("encrypt", noContext(r.aead.Encrypt), plaintext, associatedData)
}

func (r *remoteAEAD) Decrypt(ciphertext, associatedData []byte) ([]byte, error) {
	if ac, ok := r.aead.(tink.AEADWithContext); ok {
		return r.call("decrypt", ac.DecryptWithContext, ciphertext, associatedData)
	}
	return r.call("decrypt", noContext(r.aead.Decrypt), ciphertext, associatedData)
}

func noContext(f func([]byte, []byte) ([]byte, error)) func(context.Context, []byte, []byte) ([]byte, error) {
	return func(_ context.Context, in, ad []byte) ([]byte, error) { return f(in, ad) }
}

func (r *remoteAEAD) call(op string, f func(context.Context, []byte, []byte) ([]byte, error), in, ad []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	out, err := f(ctx, in, ad)
	deadline, _ := ctx.Deadline()
	switch {
	case err == nil:
		return out, nil
	case !time.Now().Before(deadline) && !errors.Is(err, context.DeadlineExceeded):
		return nil, fmt.Errorf("kms/gcp: %s with %s: %w: %w", op, r.uri, context.DeadlineExceeded, err)
	default:
		return nil, fmt.Errorf("kms/gcp: %s with %s: %w", op, r.uri, err)
	}
}
