package encrypt

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The stored bytes of a forgotten subject never open again, and the store
// keeps no key material for it.
func TestForgetOnStoredBytes(t *testing.T) {
	e := newEnv(t)
	s := e.sealer()
	// "Database": records as they would be stored.
	type row struct {
		b      Binding
		sealed []byte
	}
	var db []row
	for i := range uint64(5) {
		for _, subj := range []string{"alice", "bob"} {
			b := bind("t1", subj, "c1", i)
			sealed, err := s.Seal(ctx, b, []byte("message of "+subj))
			require.NoError(t, err)
			db = append(db, row{b, sealed})
		}
	}
	before, err := e.store.Get(ctx, "t1", "alice")
	require.NoError(t, err)
	require.NotEmpty(t, before.Wrapped)

	require.NoError(t, s.Forget(ctx, "t1", "alice"))

	after, err := e.store.Get(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.True(t, after.IsTombstone())
	assert.Empty(t, after.Wrapped, "no wrapped key material left")
	assert.Empty(t, after.KEKID)
	assert.Equal(t, e.clock.Now(), after.Forgotten)

	for _, r := range db {
		got, err := s.Open(ctx, r.b, r.sealed)
		if r.b.Subject == "alice" {
			assert.ErrorIs(t, err, ErrForgotten)
			assert.Nil(t, got)
		} else {
			assert.NoError(t, err, "other subjects are untouched")
		}
	}
	// A fresh instance, with a cold cache, agrees.
	for _, r := range db[:2] {
		_, err := e.sealer().Open(ctx, r.b, r.sealed)
		if r.b.Subject == "alice" {
			assert.ErrorIs(t, err, ErrForgotten)
		}
	}
	// No new keyset is silently created for a forgotten subject.
	_, err = s.Seal(ctx, bind("t1", "alice", "c2", 0), []byte("new"))
	assert.ErrorIs(t, err, ErrForgotten)
	again, err := e.store.Get(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.Equal(t, after.Revision, again.Revision)
}

func TestForgottenIsNotNeverExisted(t *testing.T) {
	s := newEnv(t).sealer()
	sealed, err := s.Seal(ctx, bind("t1", "alice", "c", 0), []byte("x"))
	require.NoError(t, err)
	_, err = s.Open(ctx, bind("t1", "nobody", "c", 0), sealed)
	assert.ErrorIs(t, err, ErrNoKeyset)
	assert.NotErrorIs(t, err, ErrForgotten)

	require.NoError(t, s.Forget(ctx, "t1", "alice"))
	require.NoError(t, s.Forget(ctx, "t1", "alice"), "idempotent")
	_, err = s.Open(ctx, bind("t1", "alice", "c", 0), sealed)
	assert.ErrorIs(t, err, ErrForgotten)
	assert.NotErrorIs(t, err, ErrNoKeyset)

	// Forgetting before any data was sealed still blocks later seals.
	require.NoError(t, s.Forget(ctx, "t1", "carol"))
	_, err = s.Seal(ctx, bind("t1", "carol", "c", 0), []byte("x"))
	assert.ErrorIs(t, err, ErrForgotten)
}

func TestReinstate(t *testing.T) {
	s := newEnv(t).sealer()
	b := bind("t1", "alice", "c", 0)
	old, err := s.Seal(ctx, b, []byte("before"))
	require.NoError(t, err)
	require.NoError(t, s.Reinstate(ctx, "t1", "alice"), "no-op on a live subject")
	_, err = s.Open(ctx, b, old)
	require.NoError(t, err)

	require.NoError(t, s.Forget(ctx, "t1", "alice"))
	require.NoError(t, s.Reinstate(ctx, "t1", "alice"))
	fresh, err := s.Seal(ctx, b, []byte("after"))
	require.NoError(t, err)
	got, err := s.Open(ctx, b, fresh)
	require.NoError(t, err)
	assert.Equal(t, []byte("after"), got)
	_, err = s.Open(ctx, b, old)
	assert.ErrorIs(t, err, ErrTampered, "old records stay unreadable")
}

// Several instances share one store: another instance stops opening a
// forgotten subject's records within its cache MaxAge, or at once after
// Invalidate.
func TestForgetAcrossInstances(t *testing.T) {
	e := newEnv(t)
	const maxAge = 30 * time.Second
	a := e.sealer(CacheLimits{MaxAge: maxAge})
	b := e.sealer(CacheLimits{MaxAge: maxAge})
	c := e.sealer(CacheLimits{MaxAge: maxAge})
	rec := bind("t1", "alice", "c", 0)
	sealed, err := a.Seal(ctx, rec, []byte("x"))
	require.NoError(t, err)
	for _, s := range []*Sealer{b, c} { // Warm their caches.
		_, err := s.Open(ctx, rec, sealed)
		require.NoError(t, err)
	}

	require.NoError(t, a.Forget(ctx, "t1", "alice"))
	_, err = a.Open(ctx, rec, sealed)
	assert.ErrorIs(t, err, ErrForgotten, "the forgetting instance stops at once")

	c.Invalidate("t1", "alice")
	_, err = c.Open(ctx, rec, sealed)
	assert.ErrorIs(t, err, ErrForgotten, "an invalidated instance stops at once")

	e.clock.Advance(maxAge - time.Second)
	_, err = b.Open(ctx, rec, sealed)
	assert.NoError(t, err, "documented: still open within MaxAge")

	e.clock.Advance(time.Second)
	_, err = b.Open(ctx, rec, sealed)
	assert.ErrorIs(t, err, ErrForgotten, "stops at MaxAge")
}

func TestMemoryKeyStoreShredsReplacedBytes(t *testing.T) {
	m := NewMemoryKeyStore()
	rec := WrappedKeyset{Tenant: "t", Subject: "s", Wrapped: []byte("wrapped-key"), Revision: 1}
	require.NoError(t, m.Create(ctx, rec))
	m.mu.Lock()
	stored := m.recs[rec.Ref()].Wrapped
	m.mu.Unlock()
	tomb := rec
	tomb.Wrapped, tomb.Forgotten, tomb.Revision = nil, time.Now(), 2
	require.NoError(t, m.Update(ctx, tomb, 1))
	assert.True(t, bytes.Equal(make([]byte, len(stored)), stored), "old bytes zeroed")
}
