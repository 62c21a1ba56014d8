// Package vault lets a key of HashiCorp Vault's transit secrets engine be
// the key-encryption key (KEK) of an [encrypt.Keyring], through Tink's
// Vault extension (github.com/tink-crypto/tink-go-hcvault/v2).
//
// Most programs need one call, with the key's URI, "hcvault://", Vault's
// host and port, the transit mount path, "keys" and the key name:
//
//	kek, err := vault.NewKEK(ctx, "hcvault://vault.internal:8200/transit/keys/confide",
//		vault.WithToken(os.Getenv("VAULT_TOKEN")))
//	ring, err := encrypt.NewKeyring(kek)
//	sealer, err := encrypt.NewSealer(ring, store, encrypt.Options{})
//
// Vault is reached over HTTPS at the host of the URI, unless [WithAddress]
// says otherwise (a URI without a host, "hcvault:///transit/keys/confide",
// uses $VAULT_ADDR). The token comes from [WithToken] or $VAULT_TOKEN; the
// other VAULT_* environment variables of Vault's API client apply too. For
// another auth method, namespaces or token renewal, build the Vault client
// yourself and pass it with [WithAPIClient].
//
// # Keys and associated data
//
// Use a transit key of type aes256-gcm96 without key derivation. Confide
// binds each wrapped keyset to its tenant and subject through associated
// data, which Tink's extension sends in Vault's "associated_data"
// parameter. [WithLegacyContext] sends it as "context" instead, for keys
// created with derived=true; Vault ignores "context" for other keys, so
// with a non-derived key that option would drop the binding.
//
// Vault encrypts and decrypts only the subjects' keysets (a few hundred
// bytes each), once when a keyset is created or re-wrapped and once per
// cache miss when it is read; records never leave the process.
//
// # Time limits
//
// Package encrypt calls a KEK without a context, so each Vault call is
// bounded by the client's timeout, [DefaultTimeout] unless [WithTimeout]
// says otherwise, retries included. A call that runs out of time fails
// with an error matching [context.DeadlineExceeded].
//
// # Registration
//
// Nothing is registered with Tink's global KMS registry unless [Register]
// is called; after that, [encrypt.KEKFromURI] finds the client.
package vault

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/hashicorp/vault/api"
	"github.com/tink-crypto/tink-go-hcvault/v2/integration/hcvault"
	"github.com/tink-crypto/tink-go/v2/core/registry"
	"github.com/tink-crypto/tink-go/v2/tink"

	"github.com/confide-dev/confide/encrypt"
)

// Scheme starts every Vault key URI.
const Scheme = "hcvault://"

// DefaultTimeout bounds each Vault call unless [WithTimeout] is given.
const DefaultTimeout = 30 * time.Second

// An Option changes how [NewKEK], [NewClient] or [Register] reach Vault.
type Option func(*settings)

type settings struct {
	address string
	token   string
	http    *http.Client
	api     *api.Client
	legacy  bool
	timeout time.Duration
}

// WithAddress sets Vault's address, such as "https://vault.internal:8200".
// By default it is https:// and the host of the key URI.
func WithAddress(addr string) Option { return func(s *settings) { s.address = addr } }

// WithToken authenticates with a Vault token instead of $VAULT_TOKEN.
func WithToken(token string) Option { return func(s *settings) { s.token = token } }

// WithHTTPClient sends requests through c, for custom TLS or proxies.
func WithHTTPClient(c *http.Client) Option { return func(s *settings) { s.http = c } }

// WithAPIClient uses an existing Vault client, with its address, token,
// namespace and timeout; the options above and [WithTimeout] are then
// ignored.
func WithAPIClient(c *api.Client) Option { return func(s *settings) { s.api = c } }

// WithLegacyContext sends the associated data as Vault's "context"
// parameter instead of "associated_data", for transit keys with key
// derivation, and for keysets wrapped by Tink's deprecated hcvault.NewClient.
// Never use it with a non-derived key: Vault would ignore the associated
// data.
func WithLegacyContext() Option { return func(s *settings) { s.legacy = true } }

// WithTimeout bounds each Vault call, retries included, by d instead of
// [DefaultTimeout].
func WithTimeout(d time.Duration) Option { return func(s *settings) { s.timeout = d } }

// A Client hands out AEADs for Vault transit keys whose URIs start with its
// prefix. It implements Tink's [registry.KMSClient], so [encrypt.NewKMSKEK]
// accepts it. It is safe for concurrent use.
type Client struct {
	tink    registry.KMSClient
	timeout time.Duration
}

var _ registry.KMSClient = (*Client)(nil)

// NewClient returns a client for the keys whose URIs start with uriPrefix,
// such as "hcvault://vault.internal:8200/transit/keys/". It does not
// contact Vault; ctx is for symmetry with the other KMS adapters.
func NewClient(ctx context.Context, uriPrefix string, opts ...Option) (*Client, error) {
	if !strings.HasPrefix(strings.ToLower(uriPrefix), Scheme) {
		return nil, fmt.Errorf("kms/vault: key URI prefix %q does not start with %s", uriPrefix, Scheme)
	}
	u, err := url.Parse(uriPrefix)
	if err != nil {
		return nil, fmt.Errorf("kms/vault: %w: malformed key URI prefix %q", encrypt.ErrInvalid, uriPrefix)
	}
	s := settings{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&s)
	}
	if s.timeout <= 0 {
		return nil, fmt.Errorf("kms/vault: %w: timeout %v", encrypt.ErrInvalid, s.timeout)
	}
	c := s.api
	if c == nil {
		if c, err = s.apiClient(u); err != nil {
			return nil, err
		}
	}
	var aeadOpts []hcvault.AEADOption
	if s.legacy {
		aeadOpts = append(aeadOpts, hcvault.WithLegacyContextParamater())
	}
	tc, err := hcvault.NewClientWithAEADOptions(uriPrefix, c.Logical(), aeadOpts...)
	if err != nil {
		return nil, fmt.Errorf("kms/vault: %w", err)
	}
	return &Client{tink: tc, timeout: c.ClientTimeout()}, nil
}

func (s *settings) apiClient(u *url.URL) (*api.Client, error) {
	cfg := api.DefaultConfig()
	if cfg.Error != nil {
		return nil, fmt.Errorf("kms/vault: Vault configuration from the environment: %w", cfg.Error)
	}
	switch {
	case s.address != "":
		cfg.Address = s.address
	case u.Host != "":
		cfg.Address = "https://" + u.Host
	}
	if s.http != nil {
		cfg.HttpClient = s.http
	}
	cfg.Timeout = s.timeout
	c, err := api.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("kms/vault: %w", err)
	}
	if s.token != "" {
		c.SetToken(s.token)
	}
	return c, nil
}

// Supported reports whether keyURI starts with the client's prefix.
func (c *Client) Supported(keyURI string) bool { return c.tink.Supported(keyURI) }

// GetAEAD returns the AEAD of the transit key keyURI. Each of its calls is
// one Vault request, bounded by the client's timeout.
func (c *Client) GetAEAD(keyURI string) (tink.AEAD, error) {
	a, err := c.tink.GetAEAD(keyURI)
	if err != nil {
		return nil, fmt.Errorf("kms/vault: key URI %q: %w", keyURI, err)
	}
	return &remoteAEAD{uri: keyURI, aead: a, timeout: c.timeout}, nil
}

// NewKEK returns the KEK for the Vault transit key keyURI, with ID keyURI.
// It does not contact Vault: a wrong key or missing permission shows at the
// first seal or open.
func NewKEK(ctx context.Context, keyURI string, opts ...Option) (encrypt.KEK, error) {
	c, err := NewClient(ctx, keyURI, opts...)
	if err != nil {
		return encrypt.KEK{}, err
	}
	return encrypt.NewKMSKEK(c, keyURI)
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

// remoteAEAD names the key in errors and makes a call that ran out of time
// recognisable. Tink's Vault AEAD takes no context: the Vault client's own
// timeout bounds the call.
type remoteAEAD struct {
	uri     string
	aead    tink.AEAD
	timeout time.Duration
}

func (r *remoteAEAD) Encrypt(plaintext, associatedData []byte) ([]byte, error) {
	return r.call("encrypt", r.aead.Encrypt, plaintext, associatedData)
}

func (r *remoteAEAD) Decrypt(ciphertext, associatedData []byte) ([]byte, error) {
	return r.call("decrypt", r.aead.Decrypt, ciphertext, associatedData)
}

func (r *remoteAEAD) call(op string, f func([]byte, []byte) ([]byte, error), in, ad []byte) ([]byte, error) {
	start := time.Now()
	out, err := f(in, ad)
	switch {
	case err == nil:
		return out, nil
	case r.timeout > 0 && time.Since(start) >= r.timeout && !errors.Is(err, context.DeadlineExceeded):
		return nil, fmt.Errorf("kms/vault: %s with %s: %w: %w", op, r.uri, context.DeadlineExceeded, err)
	default:
		return nil, fmt.Errorf("kms/vault: %s with %s: %w", op, r.uri, err)
	}
}
