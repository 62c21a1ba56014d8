package encrypt

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSealOpenRoundTrip(t *testing.T) {
	e := newEnv(t)
	s := e.sealer()
	for _, tc := range []struct {
		name string
		b    Binding
		pt   []byte
	}{
		{"empty", bind("t1", "alice", "c1", 0), nil},
		{"short", bind("t1", "alice", "c1", 1), []byte("hello")},
		{"1KB", bind("t1", "alice", "c2", 2), bytes.Repeat([]byte("x"), 1024)},
		{"1MB", bind("t1", "bob", "c1", 3), bytes.Repeat([]byte{0, 1, 2}, 1<<20/3)},
		{"bare binding", Binding{Tenant: "t2", Subject: "alice"}, []byte("no conversation, no kind")},
		{"binary ids", Binding{Tenant: "t\x00", Subject: "s\xff", Conversation: "\x00\x00", Kind: "k", Seq: 1 << 63}, []byte{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sealed, err := s.Seal(ctx, tc.b, tc.pt)
			require.NoError(t, err)
			assert.Len(t, sealed, len(tc.pt)+Overhead)
			assert.Equal(t, byte(formatV1), sealed[0])
			got, err := s.Open(ctx, tc.b, sealed)
			require.NoError(t, err)
			assert.Equal(t, len(tc.pt), len(got))
			assert.True(t, bytes.Equal(tc.pt, got))
		})
	}
}

func TestSealIsRandomized(t *testing.T) {
	s := newEnv(t).sealer()
	b := bind("t1", "alice", "c1", 0)
	a1, err := s.Seal(ctx, b, []byte("same"))
	require.NoError(t, err)
	a2, err := s.Seal(ctx, b, []byte("same"))
	require.NoError(t, err)
	assert.NotEqual(t, a1, a2)
	assert.Equal(t, a1[:headerSize+tinkPrefix], a2[:headerSize+tinkPrefix], "same header and key ID")
}

// Every single-bit change anywhere in a record must make Open fail.
func TestOpenFailsOnEveryByteFlip(t *testing.T) {
	s := newEnv(t).sealer()
	b := bind("t1", "alice", "c1", 7)
	pt := []byte("secret plaintext 4111 1111 1111 1111")
	sealed, err := s.Seal(ctx, b, pt)
	require.NoError(t, err)
	for i := range sealed {
		for _, mask := range []byte{0x01, 0x80, 0xff} {
			bad := bytes.Clone(sealed)
			bad[i] ^= mask
			got, err := s.Open(ctx, b, bad)
			require.Errorf(t, err, "byte %d mask %#x", i, mask)
			assert.Nil(t, got)
			assert.Truef(t, errors.Is(err, ErrTampered) || errors.Is(err, ErrFormat),
				"byte %d mask %#x: %v", i, mask, err)
			assert.NotContains(t, err.Error(), "secret")
		}
	}
	// The original still opens: nothing was cached wrongly on the way.
	got, err := s.Open(ctx, b, sealed)
	require.NoError(t, err)
	assert.Equal(t, pt, got)
}

func TestOpenWrongBinding(t *testing.T) {
	s := newEnv(t).sealer()
	orig := bind("t1", "alice", "c1", 5)
	sealed, err := s.Seal(ctx, orig, []byte("hello"))
	require.NoError(t, err)
	// Give the other subjects and tenant keysets of their own.
	for _, b := range []Binding{bind("t1", "bob", "c1", 0), bind("t2", "alice", "c1", 0)} {
		_, err := s.Seal(ctx, b, []byte("x"))
		require.NoError(t, err)
	}
	for _, tc := range []struct {
		name   string
		change func(*Binding)
		want   error
	}{
		{"other subject", func(b *Binding) { b.Subject = "bob" }, ErrTampered},
		{"other tenant", func(b *Binding) { b.Tenant = "t2" }, ErrTampered},
		{"unknown subject", func(b *Binding) { b.Subject = "nobody" }, ErrNoKeyset},
		{"other conversation", func(b *Binding) { b.Conversation = "c2" }, ErrTampered},
		{"no conversation", func(b *Binding) { b.Conversation = "" }, ErrTampered},
		{"other kind", func(b *Binding) { b.Kind = "vault" }, ErrTampered},
		{"reordered", func(b *Binding) { b.Seq = 6 }, ErrTampered},
		{"seq zero", func(b *Binding) { b.Seq = 0 }, ErrTampered},
		// Length prefixes keep field boundaries: moving bytes between
		// adjacent fields changes the encoding.
		{"shifted boundary", func(b *Binding) { b.Conversation, b.Kind = "c1m", "essage" }, ErrTampered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := orig
			tc.change(&b)
			_, err := s.Open(ctx, b, sealed)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

func TestAssociatedDataIsUnambiguous(t *testing.T) {
	var h [headerSize]byte
	seen := map[string]Binding{}
	for _, b := range []Binding{
		{Tenant: "ab", Subject: "c"}, {Tenant: "a", Subject: "bc"},
		{Tenant: "a", Subject: "b", Conversation: "c"}, {Tenant: "a", Subject: "b", Kind: "c"},
		{Tenant: "a", Subject: "b", Conversation: "c", Kind: ""}, {Tenant: "a", Subject: "b", Seq: 1},
		{Tenant: "a\x00\x00\x00\x01b", Subject: "c"},
	} {
		ad := string(associatedData(h, b))
		if prev, dup := seen[ad]; dup && prev != b {
			t.Errorf("%+v and %+v share associated data", prev, b)
		}
		seen[ad] = b
	}
}

func TestSwapRecordsBetweenSubjectsAndConversations(t *testing.T) {
	s := newEnv(t).sealer()
	type rec struct {
		b      Binding
		sealed []byte
	}
	var recs []rec
	for _, subj := range []string{"alice", "bob"} {
		for _, conv := range []string{"c1", "c2"} {
			for seq := range uint64(3) {
				b := bind("t1", subj, conv, seq)
				sealed, err := s.Seal(ctx, b, fmt.Appendf(nil, "%s/%s/%d", subj, conv, seq))
				require.NoError(t, err)
				recs = append(recs, rec{b, sealed})
			}
		}
	}
	for i, a := range recs {
		for j, b := range recs {
			_, err := s.Open(ctx, a.b, b.sealed)
			if i == j {
				assert.NoError(t, err)
			} else {
				assert.ErrorIsf(t, err, ErrTampered, "record of %+v opened as %+v", b.b, a.b)
			}
		}
	}
}

func TestOpenTruncated(t *testing.T) {
	s := newEnv(t).sealer()
	b := bind("t1", "alice", "c1", 0)
	sealed, err := s.Seal(ctx, b, []byte("hello world"))
	require.NoError(t, err)
	for n := range len(sealed) {
		_, err := s.Open(ctx, b, sealed[:n])
		if n < minSealedSize {
			assert.ErrorIs(t, err, ErrFormat, "length %d", n)
		} else {
			assert.ErrorIs(t, err, ErrTampered, "length %d", n)
		}
	}
	_, err = s.Open(ctx, b, append(bytes.Clone(sealed), 0))
	assert.ErrorIs(t, err, ErrTampered, "extended")
}

func TestOpenFormatErrors(t *testing.T) {
	s := newEnv(t).sealer()
	b := bind("t1", "alice", "c1", 0)
	sealed, err := s.Seal(ctx, b, []byte("hello"))
	require.NoError(t, err)
	for name, mutate := range map[string]func([]byte){
		"format version 2": func(p []byte) { p[0] = 2 },
		"format version 0": func(p []byte) { p[0] = 0 },
		"key version 0":    func(p []byte) { binary.BigEndian.PutUint32(p[1:], 0) },
		"raw tink prefix":  func(p []byte) { p[headerSize] = 0x00 },
	} {
		t.Run(name, func(t *testing.T) {
			bad := bytes.Clone(sealed)
			mutate(bad)
			_, err := s.Open(ctx, b, bad)
			assert.ErrorIs(t, err, ErrFormat)
		})
	}
	_, err = s.Open(ctx, b, nil)
	assert.ErrorIs(t, err, ErrFormat)
}

func TestInvalidBinding(t *testing.T) {
	s := newEnv(t).sealer()
	for name, b := range map[string]Binding{
		"no tenant":     {Subject: "s"},
		"no subject":    {Tenant: "t"},
		"reserved":      {Tenant: "t", Subject: indexPrefix + "email"},
		"huge subject":  {Tenant: "t", Subject: strings.Repeat("s", maxIDLen+1)},
		"huge kind":     {Tenant: "t", Subject: "s", Kind: strings.Repeat("k", maxIDLen+1)},
		"huge conv id":  {Tenant: "t", Subject: "s", Conversation: strings.Repeat("c", maxIDLen+1)},
		"reserved root": {Tenant: "t", Subject: reservedPrefix},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.Seal(ctx, b, []byte("x"))
			assert.ErrorIs(t, err, ErrInvalid)
			_, err = s.Open(ctx, b, make([]byte, 64))
			assert.ErrorIs(t, err, ErrInvalid)
		})
	}
	assert.ErrorIs(t, s.Forget(ctx, "t", ""), ErrInvalid)
	_, err := NewSealer(nil, NewMemoryKeyStore(), Options{})
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestErrorsDoNotLeakIdentifiers(t *testing.T) {
	s := newEnv(t).sealer()
	b := Binding{Tenant: "tenant-x", Subject: "ann@example.com", Conversation: "conv-secret", Kind: "message"}
	sealed, err := s.Seal(ctx, b, []byte("plaintext-secret"))
	require.NoError(t, err)
	other := b
	other.Conversation = "conv-other"
	var errs []error
	_, err = s.Open(ctx, other, sealed)
	errs = append(errs, err)
	_, err = s.Open(ctx, Binding{Tenant: "tenant-x", Subject: "bob@example.com"}, sealed)
	errs = append(errs, err)
	require.NoError(t, s.Forget(ctx, b.Tenant, b.Subject))
	_, err = s.Open(ctx, b, sealed)
	errs = append(errs, err)
	_, err = s.Seal(ctx, b, []byte("plaintext-secret"))
	errs = append(errs, err)
	for _, err := range errs {
		require.Error(t, err)
		for _, secret := range []string{"plaintext-secret", "ann@", "bob@", "conv-", "tenant-x"} {
			assert.NotContains(t, err.Error(), secret)
		}
	}
}

func TestWrongKEK(t *testing.T) {
	e := newEnv(t)
	sealed, err := e.sealer().Seal(ctx, bind("t1", "alice", "c1", 0), []byte("hello"))
	require.NoError(t, err)

	t.Run("other keyring", func(t *testing.T) {
		other, err := NewSealer(mustRing(t, testKEK(t, "kek-2")), e.store, Options{})
		require.NoError(t, err)
		_, err = other.Open(ctx, bind("t1", "alice", "c1", 0), sealed)
		assert.ErrorIs(t, err, ErrUnknownKey)
		_, err = other.Seal(ctx, bind("t1", "alice", "c1", 1), []byte("x"))
		assert.ErrorIs(t, err, ErrUnknownKey)
	})
	t.Run("same KEK ID, other key", func(t *testing.T) {
		impostor := testKEK(t, e.ring.PrimaryID())
		other, err := NewSealer(mustRing(t, impostor), e.store, Options{})
		require.NoError(t, err)
		_, err = other.Open(ctx, bind("t1", "alice", "c1", 0), sealed)
		assert.ErrorIs(t, err, ErrWrongKEK)
	})
	t.Run("wrapped keyset moved to another subject", func(t *testing.T) {
		rec, err := e.store.Get(ctx, "t1", "alice")
		require.NoError(t, err)
		rec.Subject = "mallory"
		require.NoError(t, e.store.Create(ctx, rec))
		_, err = e.sealer().Open(ctx, bind("t1", "mallory", "c1", 0), sealed)
		assert.ErrorIs(t, err, ErrWrongKEK)
	})
	t.Run("wrapped keyset altered", func(t *testing.T) {
		rec, err := e.store.Get(ctx, "t1", "alice")
		require.NoError(t, err)
		rec.Wrapped[len(rec.Wrapped)-1] ^= 1
		require.NoError(t, e.store.Update(ctx, rec, rec.Revision))
		_, err = e.sealer().Open(ctx, bind("t1", "alice", "c1", 0), sealed)
		assert.ErrorIs(t, err, ErrWrongKEK)
	})
}

func mustRing(t testing.TB, primary KEK, older ...KEK) *Keyring {
	t.Helper()
	r, err := NewKeyring(primary, older...)
	require.NoError(t, err)
	return r
}

// Many goroutines on two instances sharing one store use a new subject at
// once: exactly one keyset comes out and every record opens everywhere.
func TestConcurrentFirstUse(t *testing.T) {
	e := newEnv(t)
	instances := []*Sealer{e.sealer(), e.sealer()}
	const n = 64
	sealed := make([][]byte, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			var err error
			sealed[i], err = instances[i%2].Seal(ctx, bind("t1", "new", "c", uint64(i)), []byte{byte(i)})
			assert.NoError(t, err)
		})
	}
	close(start)
	wg.Wait()

	assert.LessOrEqual(t, e.store.creates.Load(), int64(2), "one create per instance at most")
	recs, err := e.store.List(ctx, SubjectRef{}, 10)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Equal(t, uint64(1), recs[0].Revision)
	for i := range n {
		for _, s := range instances {
			got, err := s.Open(ctx, bind("t1", "new", "c", uint64(i)), sealed[i])
			require.NoError(t, err)
			assert.Equal(t, []byte{byte(i)}, got)
		}
	}
}

// racingStore makes two instances both miss the subject before either
// creates it, to exercise the put-if-absent conflict path.
type racingStore struct {
	KeyStore
	misses sync.WaitGroup
	once   sync.Map
}

func (r *racingStore) Get(ctx context.Context, tenant, subject string) (WrappedKeyset, error) {
	w, err := r.KeyStore.Get(ctx, tenant, subject)
	if errors.Is(err, ErrNoKeyset) {
		if _, loaded := r.once.LoadOrStore(ctx.Value(instanceKey{}), true); !loaded {
			r.misses.Done()
			r.misses.Wait()
		}
	}
	return w, err
}

type instanceKey struct{}

func TestCreateConflictRereads(t *testing.T) {
	e := newEnv(t)
	rs := &racingStore{KeyStore: e.store}
	rs.misses.Add(2)
	var sealers [2]*Sealer
	for i := range sealers {
		var err error
		sealers[i], err = NewSealer(e.ring, rs, Options{Now: e.clock.Now})
		require.NoError(t, err)
	}
	var sealed [2][]byte
	var wg sync.WaitGroup
	for i := range 2 {
		wg.Go(func() {
			c := context.WithValue(ctx, instanceKey{}, i)
			var err error
			sealed[i], err = sealers[i].Seal(c, bind("t1", "race", "c", uint64(i)), []byte("hi"))
			assert.NoError(t, err)
		})
	}
	wg.Wait()
	assert.Equal(t, int64(2), e.store.creates.Load(), "both tried to create")
	for i := range 2 {
		for _, s := range sealers {
			_, err := s.Open(ctx, bind("t1", "race", "c", uint64(i)), sealed[i])
			assert.NoError(t, err)
		}
	}
}

func TestCanceledContext(t *testing.T) {
	s := newEnv(t).sealer()
	c, cancel := context.WithCancel(ctx)
	cancel()
	_, err := s.Seal(c, bind("t1", "alice", "c", 0), []byte("x"))
	assert.ErrorIs(t, err, context.Canceled)
}
