package kmstest

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	gcmpb "github.com/tink-crypto/tink-go/v2/proto/aes_gcm_go_proto"
	tinkpb "github.com/tink-crypto/tink-go/v2/proto/tink_go_proto"
	"google.golang.org/protobuf/proto"

	"github.com/confide-dev/confide/encrypt"
)

// Key names a [Backend] started by [Run] holds or lacks.
const (
	KeyA    = "key-a"
	KeyB    = "key-b"
	Unknown = "no-such-key"
)

// A Harness tells [Run] how to reach one adapter's stand-in.
type Harness struct {
	// Serve starts a stand-in of the service backed by b on loopback,
	// stopped when the test ends, and returns its endpoint in the form
	// NewKEK takes.
	Serve func(t *testing.T, b *Backend) string
	// Endpoint returns that form for a loopback host:port where no
	// stand-in runs (the suite's down and silent servers).
	Endpoint func(addr string) string
	// KeyURI returns the key URI of the named key.
	KeyURI func(name string) string
	// NewKEK returns the KEK for keyURI through the adapter under test,
	// talking to endpoint, each KMS call bounded by timeout.
	NewKEK func(t *testing.T, endpoint, keyURI string, timeout time.Duration) (encrypt.KEK, error)
	// Ciphertext, if set, returns what the adapter receives for a
	// ciphertext of the backend (Vault's "vault:v1:" and base64, say).
	Ciphertext func(backend []byte) []byte
}

const aesGCMTypeURL = "type.googleapis.com/google.crypto.tink.AesGcmKey"

// secret is the record the suite seals: it must never reach the KMS.
var secret = []byte("kmstest record: card 4111 1111 1111 1111")

func binding(subject string) encrypt.Binding {
	return encrypt.Binding{Tenant: "acme", Subject: subject, Conversation: "c-1", Kind: "message", Seq: 1}
}

func newSealer(t *testing.T, store encrypt.KeyStore, primary encrypt.KEK, older ...encrypt.KEK) *encrypt.Sealer {
	t.Helper()
	ring, err := encrypt.NewKeyring(primary, older...)
	require.NoError(t, err)
	s, err := encrypt.NewSealer(ring, store, encrypt.Options{})
	require.NoError(t, err)
	return s
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func callsOf(b *Backend, op string) []Call {
	var out []Call
	for _, c := range b.Calls() {
		if c.Op == op {
			out = append(out, c)
		}
	}
	return out
}

// Run runs the suite against the adapter described by h.
func Run(t *testing.T, h Harness) {
	t.Run("RoundTrip", func(t *testing.T) { roundTrip(t, h) })
	t.Run("WrongKey", func(t *testing.T) { wrongKey(t, h) })
	t.Run("AssociatedData", func(t *testing.T) { associatedData(t, h) })
	t.Run("Down", func(t *testing.T) { down(t, h) })
	t.Run("NoAnswer", func(t *testing.T) { noAnswer(t, h) })
	t.Run("Concurrent", func(t *testing.T) { concurrent(t, h) })
}

func roundTrip(t *testing.T, h Harness) {
	ctx := ctxFor(t)
	b := NewBackend(KeyA)
	ep := h.Serve(t, b)
	uri := h.KeyURI(KeyA)
	kek, err := h.NewKEK(t, ep, uri, 10*time.Second)
	require.NoError(t, err)
	assert.Equal(t, uri, kek.ID)

	store := encrypt.NewMemoryKeyStore()
	s := newSealer(t, store, kek)
	subjects := []string{"cust-1", "cust-2"}
	sealed := map[string][]byte{}
	for _, subj := range subjects {
		out, err := s.Seal(ctx, binding(subj), secret)
		require.NoError(t, err)
		sealed[subj] = out
		pt, err := s.Open(ctx, binding(subj), out)
		require.NoError(t, err)
		assert.Equal(t, secret, pt)
	}
	// A second sealer has a cold cache, so it must have the KMS unwrap.
	s2 := newSealer(t, store, kek)
	for _, subj := range subjects {
		pt, err := s2.Open(ctx, binding(subj), sealed[subj])
		require.NoError(t, err)
		assert.Equal(t, secret, pt)
	}

	enc, dec := callsOf(b, "encrypt"), callsOf(b, "decrypt")
	require.Len(t, enc, len(subjects), "one wrap per subject keyset")
	require.Len(t, dec, len(subjects), "one unwrap per subject by the cold sealer")
	var keyValues [][]byte
	for _, c := range enc {
		require.NoError(t, c.Err)
		assert.Equal(t, KeyA, c.Key)
		assert.NotEmpty(t, c.AD, "the wrap must carry tenant and subject as associated data")
		// What the KMS is asked to encrypt is a subject's Tink keyset and
		// nothing else.
		var ks tinkpb.Keyset
		require.NoError(t, proto.Unmarshal(c.Input, &ks), "encrypt input is not a Tink keyset")
		require.Len(t, ks.GetKey(), 1)
		kd := ks.GetKey()[0].GetKeyData()
		require.Equal(t, aesGCMTypeURL, kd.GetTypeUrl())
		var k gcmpb.AesGcmKey
		require.NoError(t, proto.Unmarshal(kd.GetValue(), &k))
		require.Len(t, k.GetKeyValue(), 32)
		keyValues = append(keyValues, k.GetKeyValue())
	}
	for _, subj := range subjects {
		rec, err := store.Get(ctx, "acme", subj)
		require.NoError(t, err)
		assert.Equal(t, uri, rec.KEKID)
		// The stored wrapped keyset is exactly what the KMS returned.
		var ek tinkpb.EncryptedKeyset
		require.NoError(t, proto.Unmarshal(rec.Wrapped, &ek))
		var wrap *Call
		for i := range enc {
			wire := enc[i].Output
			if h.Ciphertext != nil {
				wire = h.Ciphertext(wire)
			}
			if bytes.Equal(wire, ek.GetEncryptedKeyset()) {
				wrap = &enc[i]
			}
		}
		require.NotNil(t, wrap, "stored keyset of %s is not a KMS ciphertext", subj)
		var unwrap *Call
		for i := range dec {
			if bytes.Equal(dec[i].Input, wrap.Output) {
				unwrap = &dec[i]
			}
		}
		require.NotNil(t, unwrap, "keyset of %s was not unwrapped by the KMS", subj)
		require.NoError(t, unwrap.Err)
		assert.Equal(t, wrap.AD, unwrap.AD)
		assert.Equal(t, wrap.Input, unwrap.Output)
	}
	// Neither the record nor a data key travels anywhere else.
	for _, c := range b.Calls() {
		assert.False(t, bytes.Contains(c.Input, secret) || bytes.Contains(c.AD, secret), "record sent to the KMS")
		if c.Op == "decrypt" {
			for _, kv := range keyValues {
				assert.False(t, bytes.Contains(c.Input, kv) || bytes.Contains(c.AD, kv), "data key sent in a decrypt request")
			}
		}
	}
	for _, body := range b.Bodies() {
		// Take out the keysets sent to be wrapped, however encoded.
		for _, c := range enc {
			for _, e := range encodings(c.Input) {
				body = bytes.ReplaceAll(body, e, nil)
			}
		}
		for _, enc := range encodings(secret) {
			assert.False(t, bytes.Contains(body, enc), "record in a request body")
		}
		for _, kv := range keyValues {
			for _, enc := range encodings(kv) {
				assert.False(t, bytes.Contains(body, enc), "raw data key in a request body")
			}
		}
	}
}

// encodings returns v as it might appear in a request body: raw, hex,
// base64 in either alphabet, padded or not.
func encodings(v []byte) [][]byte {
	return [][]byte{
		v,
		[]byte(hex.EncodeToString(v)),
		[]byte(base64.StdEncoding.EncodeToString(v)),
		[]byte(base64.URLEncoding.EncodeToString(v)),
		[]byte(base64.RawStdEncoding.EncodeToString(v)),
		[]byte(base64.RawURLEncoding.EncodeToString(v)),
	}
}

func wrongKey(t *testing.T, h Harness) {
	ctx := ctxFor(t)
	b := NewBackend(KeyA, KeyB)
	ep := h.Serve(t, b)
	kekA, err := h.NewKEK(t, ep, h.KeyURI(KeyA), 10*time.Second)
	require.NoError(t, err)
	kekB, err := h.NewKEK(t, ep, h.KeyURI(KeyB), 10*time.Second)
	require.NoError(t, err)

	t.Run("UnknownToKMS", func(t *testing.T) {
		kek, err := h.NewKEK(t, ep, h.KeyURI(Unknown), 10*time.Second)
		if err != nil {
			return // refused up front: as good
		}
		_, err = newSealer(t, encrypt.NewMemoryKeyStore(), kek).Seal(ctx, binding("cust-1"), secret)
		require.Error(t, err)
		assert.NotContains(t, err.Error(), string(secret))
		last := b.Calls()[len(b.Calls())-1]
		assert.ErrorIs(t, last.Err, ErrNotFound)
	})
	t.Run("OtherScheme", func(t *testing.T) {
		_, err := h.NewKEK(t, ep, "other-kms://"+KeyA, 10*time.Second)
		require.Error(t, err)
	})
	t.Run("KeyBCannotUnwrapKeyA", func(t *testing.T) {
		ad := []byte("ad")
		ct, err := kekA.AEAD.Encrypt([]byte("wrapped keyset"), ad)
		require.NoError(t, err)
		_, err = kekB.AEAD.Decrypt(ct, ad)
		require.Error(t, err)
		last := b.Calls()[len(b.Calls())-1]
		assert.Equal(t, KeyB, last.Key)
		assert.ErrorIs(t, last.Err, ErrDecrypt, "the stand-in must have refused")
	})
	t.Run("Sealer", func(t *testing.T) {
		store := encrypt.NewMemoryKeyStore()
		sealed, err := newSealer(t, store, kekA).Seal(ctx, binding("cust-1"), secret)
		require.NoError(t, err)
		// A keyring without key A does not know the keyset's KEK.
		_, err = newSealer(t, store, kekB).Open(ctx, binding("cust-1"), sealed)
		assert.ErrorIs(t, err, encrypt.ErrUnknownKey)
		// A keyring that calls key B by key A's name gets a refusal.
		_, err = newSealer(t, store, encrypt.KEK{ID: kekA.ID, AEAD: kekB.AEAD}).Open(ctx, binding("cust-1"), sealed)
		assert.ErrorIs(t, err, encrypt.ErrWrongKEK)
	})
}

func associatedData(t *testing.T, h Harness) {
	ctx := ctxFor(t)
	b := NewBackend(KeyA)
	ep := h.Serve(t, b)
	kek, err := h.NewKEK(t, ep, h.KeyURI(KeyA), 10*time.Second)
	require.NoError(t, err)

	t.Run("Direct", func(t *testing.T) {
		ct, err := kek.AEAD.Encrypt([]byte("wrapped keyset"), []byte("tenant/subject-1"))
		require.NoError(t, err)
		pt, err := kek.AEAD.Decrypt(ct, []byte("tenant/subject-1"))
		require.NoError(t, err)
		assert.Equal(t, []byte("wrapped keyset"), pt)
		for _, ad := range [][]byte{[]byte("tenant/subject-2"), nil} {
			_, err = kek.AEAD.Decrypt(ct, ad)
			require.Error(t, err, "associated data %q", ad)
			last := b.Calls()[len(b.Calls())-1]
			assert.ErrorIs(t, last.Err, ErrDecrypt, "the stand-in must have refused")
		}
	})
	t.Run("MovedKeyset", func(t *testing.T) {
		store := encrypt.NewMemoryKeyStore()
		sealed, err := newSealer(t, store, kek).Seal(ctx, binding("cust-1"), secret)
		require.NoError(t, err)
		// Copy cust-1's wrapped keyset to cust-9, as an attacker with
		// write access to the key store might.
		rec, err := store.Get(ctx, "acme", "cust-1")
		require.NoError(t, err)
		rec.Subject, rec.Revision = "cust-9", 1
		require.NoError(t, store.Create(ctx, rec))
		_, err = newSealer(t, store, kek).Open(ctx, binding("cust-9"), sealed)
		assert.ErrorIs(t, err, encrypt.ErrWrongKEK)
		last := b.Calls()[len(b.Calls())-1]
		assert.Equal(t, "decrypt", last.Op)
		assert.ErrorIs(t, last.Err, ErrDecrypt, "the stand-in must have refused")
	})
}

// checkUnavailable seals and unwraps through kek, whose service is not
// answering, and checks both fail in bounded time with a clear error.
func checkUnavailable(t *testing.T, kek encrypt.KEK, timeout time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	bound := 3*timeout + 5*time.Second
	start := time.Now()
	_, err := newSealer(t, encrypt.NewMemoryKeyStore(), kek).Seal(ctx, binding("cust-1"), secret)
	require.Error(t, err)
	assert.Less(t, time.Since(start), bound)
	assert.NotContains(t, err.Error(), string(secret))
	t.Logf("Seal: %v", err)

	start = time.Now()
	_, err = kek.AEAD.Decrypt([]byte("ciphertext"), []byte("ad"))
	require.Error(t, err)
	assert.Less(t, time.Since(start), bound)
	t.Logf("Decrypt: %v", err)
}

func down(t *testing.T, h Harness) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	timeout := 2 * time.Second
	kek, err := h.NewKEK(t, h.Endpoint(addr), h.KeyURI(KeyA), timeout)
	require.NoError(t, err)
	checkUnavailable(t, kek, timeout)
}

func noAnswer(t *testing.T, h Harness) {
	// A server that accepts connections and never says a word.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var (
		mu    sync.Mutex
		conns []net.Conn
		done  = make(chan struct{})
	)
	go func() {
		defer close(done)
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	timeout := 500 * time.Millisecond
	kek, err := h.NewKEK(t, h.Endpoint(l.Addr().String()), h.KeyURI(KeyA), timeout)
	require.NoError(t, err)
	checkUnavailable(t, kek, timeout)
	_, err = kek.AEAD.Encrypt([]byte("wrapped keyset"), []byte("ad"))
	assert.True(t, errors.Is(err, context.DeadlineExceeded), "a call that ran out of time should match context.DeadlineExceeded: %v", err)
}

func concurrent(t *testing.T, h Harness) {
	ctx := ctxFor(t)
	b := NewBackend(KeyA)
	kek, err := h.NewKEK(t, h.Serve(t, b), h.KeyURI(KeyA), 10*time.Second)
	require.NoError(t, err)
	s := newSealer(t, encrypt.NewMemoryKeyStore(), kek)
	const workers, subjects = 8, 3
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for i := range workers {
		wg.Go(func() {
			b := binding(fmt.Sprintf("cust-%d", i%subjects))
			sealed, err := s.Seal(ctx, b, secret)
			if err == nil {
				_, err = s.Open(ctx, b, sealed)
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
	assert.Len(t, callsOf(b, "encrypt"), subjects, "one wrap per subject, however many callers")
}
