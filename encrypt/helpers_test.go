package encrypt

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// fakeClock is an injectable clock: tests move time instead of sleeping.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// countingStore counts calls to a KeyStore.
type countingStore struct {
	KeyStore
	gets, creates, updates atomic.Int64
}

func (c *countingStore) Get(ctx context.Context, tenant, subject string) (WrappedKeyset, error) {
	c.gets.Add(1)
	return c.KeyStore.Get(ctx, tenant, subject)
}

func (c *countingStore) Create(ctx context.Context, ks WrappedKeyset) error {
	c.creates.Add(1)
	return c.KeyStore.Create(ctx, ks)
}

func (c *countingStore) Update(ctx context.Context, ks WrappedKeyset, prev uint64) error {
	c.updates.Add(1)
	return c.KeyStore.Update(ctx, ks, prev)
}

// env is one deployment: a local keyring file, a store and a clock that
// several Sealers (instances) can share.
type env struct {
	t      *testing.T
	dir    string
	master tink.AEAD
	ring   *Keyring
	store  *countingStore
	clock  *fakeClock
}

func newEnv(t *testing.T) *env {
	t.Helper()
	dir := t.TempDir()
	master, err := ParseMasterKey(NewMasterKey())
	require.NoError(t, err)
	ring, err := InitLocalKeyring(filepath.Join(dir, "keyring.json"), master)
	require.NoError(t, err)
	return &env{t: t, dir: dir, master: master, ring: ring,
		store: &countingStore{KeyStore: NewMemoryKeyStore()}, clock: newFakeClock()}
}

func (e *env) sealer(limits ...CacheLimits) *Sealer {
	e.t.Helper()
	var l CacheLimits
	if len(limits) > 0 {
		l = limits[0]
	}
	s, err := NewSealer(e.ring, e.store, Options{Cache: l, Now: e.clock.Now})
	require.NoError(e.t, err)
	return s
}

func (e *env) keyringPath() string { return filepath.Join(e.dir, "keyring.json") }

// testKEK returns a KEK backed by a fresh Tink AES-256-GCM keyset.
func testKEK(t testing.TB, id string) KEK {
	t.Helper()
	h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	require.NoError(t, err)
	a, err := aead.New(h)
	require.NoError(t, err)
	return KEK{ID: id, AEAD: a}
}

// fakeKMS implements Tink's registry.KMSClient on top of local AEADs, the
// way the adapters in encrypt/kms/... wrap a cloud KMS.
type fakeKMS struct {
	prefix string
	mu     sync.Mutex
	keys   map[string]tink.AEAD
	calls  atomic.Int64
}

func (f *fakeKMS) Supported(uri string) bool { return strings.HasPrefix(uri, f.prefix) }

func (f *fakeKMS) GetAEAD(uri string) (tink.AEAD, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.keys == nil {
		f.keys = make(map[string]tink.AEAD)
	}
	a, ok := f.keys[uri]
	if !ok {
		h, err := keyset.NewHandle(aead.AES256GCMKeyTemplate())
		if err != nil {
			return nil, err
		}
		if a, err = aead.New(h); err != nil {
			return nil, err
		}
		f.keys[uri] = a
	}
	return countingAEAD{a, &f.calls}, nil
}

// countingAEAD counts calls, as a remote KMS would bill them.
type countingAEAD struct {
	tink.AEAD
	n *atomic.Int64
}

func (c countingAEAD) Encrypt(p, ad []byte) ([]byte, error) { c.n.Add(1); return c.AEAD.Encrypt(p, ad) }
func (c countingAEAD) Decrypt(p, ad []byte) ([]byte, error) { c.n.Add(1); return c.AEAD.Decrypt(p, ad) }

var ctx = context.Background()

func bind(tenant, subject, conv string, seq uint64) Binding {
	return Binding{Tenant: tenant, Subject: subject, Conversation: conv, Kind: "message", Seq: seq}
}
