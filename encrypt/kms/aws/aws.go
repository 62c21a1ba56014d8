// Package aws lets an AWS KMS key be the key-encryption key (KEK) of an
// [encrypt.Keyring], through Tink's AWS KMS extension
// (github.com/tink-crypto/tink-go-awskms/v3).
//
// Most programs need one call, with the key's URI, "aws-kms://" followed by
// the key's ARN:
//
//	kek, err := aws.NewKEK(ctx, "aws-kms://arn:aws:kms:eu-west-1:111122223333:key/1234abcd-...")
//	ring, err := encrypt.NewKeyring(kek)
//	sealer, err := encrypt.NewSealer(ring, store, encrypt.Options{})
//
// Credentials, region and endpoint come from the AWS SDK's default chain
// (environment, shared config files, instance role), the region from the
// ARN. Options override each: [WithStaticCredentials], [WithRegion],
// [WithEndpoint] (a VPC endpoint, or a local stand-in in tests),
// [WithHTTPClient], or a whole [WithConfig].
//
// # What AWS KMS sees
//
// AWS KMS encrypts and decrypts only the subjects' keysets (a few hundred
// bytes each), once when a keyset is created or re-wrapped and once per
// cache miss when it is read; records never leave the process. The
// associated data Confide binds to a wrapped keyset (tenant and subject)
// goes into the KMS encryption context, hex-encoded under the name
// "associatedData", as Tink's AWS extension does in every language. It is
// therefore visible in CloudTrail logs; tenant and subject IDs should not
// be personal data if that matters.
//
// # Time limits
//
// Package encrypt calls a KEK without a context, so each KMS call here is
// bounded by its own timeout, [DefaultTimeout] unless [WithTimeout] says
// otherwise. A call that runs out of time fails with an error matching
// [context.DeadlineExceeded].
//
// # Registration
//
// Nothing is registered with Tink's global KMS registry unless [Register]
// is called; after that, [encrypt.KEKFromURI] finds the client.
package aws

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	awssdk "github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/kms"
	"github.com/tink-crypto/tink-go-awskms/v3/integration/awskms"
	"github.com/tink-crypto/tink-go/v2/core/registry"
	"github.com/tink-crypto/tink-go/v2/tink"

	"github.com/confide-dev/confide/encrypt"
)

// Scheme starts every AWS KMS key URI.
const Scheme = "aws-kms://"

// DefaultTimeout bounds each KMS call unless [WithTimeout] is given.
const DefaultTimeout = 30 * time.Second

// An Option changes how [NewKEK], [NewClient] or [Register] reach AWS KMS.
type Option func(*settings)

type settings struct {
	cfg      *awssdk.Config
	region   string
	endpoint string
	creds    awssdk.CredentialsProvider
	http     *http.Client
	api      awskms.KMSAPI
	timeout  time.Duration
}

// WithConfig uses cfg instead of loading the SDK's default configuration.
// Other options still override its fields.
func WithConfig(cfg awssdk.Config) Option {
	return func(s *settings) { c := cfg.Copy(); s.cfg = &c }
}

// WithRegion sets the region of the KMS endpoint. By default it is the
// region in the key ARN.
func WithRegion(region string) Option { return func(s *settings) { s.region = region } }

// WithEndpoint sends KMS requests to url, such as a VPC endpoint or a local
// stand-in, instead of the regional AWS endpoint.
func WithEndpoint(url string) Option { return func(s *settings) { s.endpoint = url } }

// WithStaticCredentials signs requests with a fixed access key instead of
// the default credential chain. sessionToken may be empty.
func WithStaticCredentials(accessKeyID, secretAccessKey, sessionToken string) Option {
	return WithCredentials(credentials.NewStaticCredentialsProvider(accessKeyID, secretAccessKey, sessionToken))
}

// WithCredentials signs requests with credentials from p.
func WithCredentials(p awssdk.CredentialsProvider) Option {
	return func(s *settings) { s.creds = awssdk.NewCredentialsCache(p) }
}

// WithHTTPClient sends requests through c, for proxies, custom TLS or
// transport-level timeouts.
func WithHTTPClient(c *http.Client) Option { return func(s *settings) { s.http = c } }

// WithKMSClient uses an existing KMS client, such as a *kms.Client built
// by the caller; the configuration options above are then ignored. Its
// region must match the key ARN's.
func WithKMSClient(c awskms.KMSAPI) Option { return func(s *settings) { s.api = c } }

// WithTimeout bounds each KMS call (retries included) by d instead of
// [DefaultTimeout].
func WithTimeout(d time.Duration) Option { return func(s *settings) { s.timeout = d } }

// A Client hands out AEADs for AWS KMS keys whose URIs start with its
// prefix. It implements Tink's [registry.KMSClient], so [encrypt.NewKMSKEK]
// accepts it. It is safe for concurrent use.
type Client struct {
	prefix  string
	tink    registry.KMSClient
	timeout time.Duration
}

var _ registry.KMSClient = (*Client)(nil)

// NewClient returns a client for the keys whose URIs start with uriPrefix,
// such as "aws-kms://" for every key, or a key ARN's URI for that key alone.
// ctx bounds the loading of the SDK's configuration.
func NewClient(ctx context.Context, uriPrefix string, opts ...Option) (*Client, error) {
	if !strings.HasPrefix(strings.ToLower(uriPrefix), Scheme) {
		return nil, fmt.Errorf("kms/aws: key URI prefix %q does not start with %s", uriPrefix, Scheme)
	}
	s := settings{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&s)
	}
	if s.timeout <= 0 {
		return nil, fmt.Errorf("kms/aws: %w: timeout %v", encrypt.ErrInvalid, s.timeout)
	}
	if s.api == nil {
		api, err := s.kmsClient(ctx, uriPrefix)
		if err != nil {
			return nil, err
		}
		s.api = api
	}
	tc, err := awskms.NewClientWithOptions(ctx, uriPrefix, awskms.WithKMS(s.api))
	if err != nil {
		return nil, fmt.Errorf("kms/aws: %w", err)
	}
	return &Client{prefix: uriPrefix, tink: tc, timeout: s.timeout}, nil
}

func (s *settings) kmsClient(ctx context.Context, uriPrefix string) (*kms.Client, error) {
	region := s.region
	if region == "" {
		region = regionOf(uriPrefix)
	}
	var cfg awssdk.Config
	if s.cfg != nil {
		cfg = *s.cfg
	} else {
		var load []func(*config.LoadOptions) error
		if region != "" {
			load = append(load, config.WithRegion(region))
		}
		if s.creds != nil {
			// Spares the default chain, which may probe the instance
			// metadata service.
			load = append(load, config.WithCredentialsProvider(s.creds))
		}
		var err error
		if cfg, err = config.LoadDefaultConfig(ctx, load...); err != nil {
			return nil, fmt.Errorf("kms/aws: load AWS configuration: %w", err)
		}
	}
	if region != "" {
		cfg.Region = region
	}
	if cfg.Region == "" {
		return nil, fmt.Errorf("kms/aws: %w: no region in %q, the options or the AWS configuration", encrypt.ErrInvalid, uriPrefix)
	}
	if s.creds != nil {
		cfg.Credentials = s.creds
	}
	if s.http != nil {
		cfg.HTTPClient = s.http
	}
	return kms.NewFromConfig(cfg, func(o *kms.Options) {
		if s.endpoint != "" {
			o.BaseEndpoint = awssdk.String(s.endpoint)
		}
	}), nil
}

// regionOf returns the region of a key URI
// "aws-kms://arn:<partition>:kms:<region>:...", or "" if it has none.
func regionOf(uri string) string {
	parts := strings.Split(uri[len(Scheme):], ":")
	if len(parts) < 5 || parts[0] != "arn" || parts[2] != "kms" {
		return ""
	}
	return parts[3]
}

// Supported reports whether keyURI starts with the client's prefix.
func (c *Client) Supported(keyURI string) bool { return c.tink.Supported(keyURI) }

// GetAEAD returns the AEAD of the KMS key keyURI. Each of its calls is one
// KMS request, bounded by the client's timeout. It also implements
// [tink.AEADWithContext], whose context further bounds a call.
func (c *Client) GetAEAD(keyURI string) (tink.AEAD, error) {
	if regionOf(keyURI) == "" {
		return nil, fmt.Errorf("kms/aws: %w: %q is not aws-kms:// followed by a key ARN", encrypt.ErrInvalid, keyURI)
	}
	a, err := c.tink.GetAEAD(keyURI)
	if err != nil {
		return nil, fmt.Errorf("kms/aws: %w", err)
	}
	ac, ok := a.(tink.AEADWithContext)
	if !ok {
		return nil, errors.New("kms/aws: Tink's AWS KMS AEAD takes no context")
	}
	return &remoteAEAD{uri: keyURI, aead: ac, timeout: c.timeout}, nil
}

// NewKEK returns the KEK for the AWS KMS key keyURI ("aws-kms://" and the
// key ARN), with ID keyURI. It does not contact AWS: a wrong key or missing
// permission shows at the first seal or open.
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

// remoteAEAD bounds each call of Tink's AWS KMS AEAD by a timeout.
type remoteAEAD struct {
	uri     string
	aead    tink.AEADWithContext
	timeout time.Duration
}

func (r *remoteAEAD) Encrypt(plaintext, associatedData []byte) ([]byte, error) {
	return r.EncryptWithContext(context.Background(), plaintext, associatedData)
}

func (r *remoteAEAD) Decrypt(ciphertext, associatedData []byte) ([]byte, error) {
	return r.DecryptWithContext(context.Background(), ciphertext, associatedData)
}

func (r *remoteAEAD) EncryptWithContext(ctx context.Context, plaintext, associatedData []byte) ([]byte, error) {
	return r.call(ctx, "encrypt", r.aead.EncryptWithContext, plaintext, associatedData)
}

func (r *remoteAEAD) DecryptWithContext(ctx context.Context, ciphertext, associatedData []byte) ([]byte, error) {
	return r.call(ctx, "decrypt", r.aead.DecryptWithContext, ciphertext, associatedData)
}

func (r *remoteAEAD) call(ctx context.Context, op string, f func(context.Context, []byte, []byte) ([]byte, error), in, ad []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	out, err := f(ctx, in, ad)
	switch {
	case err == nil:
		return out, nil
	case ctx.Err() != nil && !errors.Is(err, ctx.Err()):
		return nil, fmt.Errorf("kms/aws: %s with %s: %w: %w", op, r.uri, ctx.Err(), err)
	default:
		return nil, fmt.Errorf("kms/aws: %s with %s: %w", op, r.uri, err)
	}
}
