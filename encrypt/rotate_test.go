package encrypt

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type sealedRec struct {
	b      Binding
	pt     string
	sealed []byte
}

func sealMany(t *testing.T, s *Sealer, n int) []sealedRec {
	t.Helper()
	var out []sealedRec
	for i := range n {
		b := bind(fmt.Sprint("t", i%3), fmt.Sprint("s", i), "c", uint64(i))
		pt := fmt.Sprint("record ", i)
		sealed, err := s.Seal(ctx, b, []byte(pt))
		require.NoError(t, err)
		out = append(out, sealedRec{b, pt, sealed})
	}
	return out
}

func requireAllOpen(t *testing.T, s *Sealer, recs []sealedRec) {
	t.Helper()
	for _, r := range recs {
		got, err := s.Open(ctx, r.b, r.sealed)
		require.NoError(t, err)
		require.Equal(t, r.pt, string(got))
	}
}

func TestRewrapLocalKEKRotation(t *testing.T) {
	e := newEnv(t)
	recs := sealMany(t, e.sealer(), 25)
	require.NoError(t, e.sealer().Forget(ctx, "t0", "s0"))
	oldID := e.ring.PrimaryID()

	ring, err := RotateLocalKeyring(e.keyringPath(), e.master)
	require.NoError(t, err)
	require.NotEqual(t, oldID, ring.PrimaryID())
	assert.Contains(t, ring.IDs(), oldID)
	reopened, err := OpenLocalKeyring(e.keyringPath(), e.master)
	require.NoError(t, err)
	assert.Equal(t, ring.IDs(), reopened.IDs(), "rotation is persisted")

	s, err := NewSealer(ring, e.store, Options{Now: e.clock.Now})
	require.NoError(t, err)
	var calls []RewrapProgress
	p, err := s.RewrapAll(ctx, RewrapOptions{BatchSize: 10, Progress: func(p RewrapProgress) error {
		calls = append(calls, p)
		return nil
	}})
	require.NoError(t, err)
	assert.Equal(t, 24, p.Rewrapped)
	assert.Equal(t, 1, p.Skipped, "the tombstone")
	assert.Len(t, calls, 3)

	all, err := e.store.List(ctx, SubjectRef{}, 100)
	require.NoError(t, err)
	for _, rec := range all {
		if !rec.IsTombstone() {
			assert.Equal(t, ring.PrimaryID(), rec.KEKID)
		}
	}
	requireAllOpen(t, s, recs[1:])

	// A second run has nothing to do.
	p, err = s.RewrapAll(ctx, RewrapOptions{})
	require.NoError(t, err)
	assert.Zero(t, p.Rewrapped)
}

// Moving from a local keyring to a KMS key, with a run that is interrupted
// and resumed from its cursor. The old KEK is dropped at the end.
func TestRewrapToKMSResumable(t *testing.T) {
	e := newEnv(t)
	recs := sealMany(t, e.sealer(), 30)
	kms, err := NewKMSKEK(&fakeKMS{prefix: "fake-kms://"}, "fake-kms://k2")
	require.NoError(t, err)
	s, err := NewSealer(mustRing(t, kms, e.ring.KEKs()...), e.store, Options{})
	require.NoError(t, err)

	stop := errors.New("operator pressed ^C")
	p, err := s.RewrapAll(ctx, RewrapOptions{BatchSize: 7, Progress: func(p RewrapProgress) error {
		if p.Rewrapped >= 14 {
			return stop
		}
		return nil
	}})
	require.ErrorIs(t, err, stop)
	assert.Equal(t, 14, p.Rewrapped)
	requireAllOpen(t, s, recs) // Half moved, all readable.

	p2, err := s.RewrapAll(ctx, RewrapOptions{After: p.Cursor, BatchSize: 7})
	require.NoError(t, err)
	assert.Equal(t, 16, p2.Rewrapped)
	assert.Zero(t, p2.Skipped)

	kmsOnly, err := NewSealer(mustRing(t, kms), e.store, Options{})
	require.NoError(t, err)
	requireAllOpen(t, kmsOnly, recs)
}

func TestRewrapStopsOnWrongKEK(t *testing.T) {
	e := newEnv(t)
	sealMany(t, e.sealer(), 3)
	s, err := NewSealer(mustRing(t, testKEK(t, "new")), e.store, Options{})
	require.NoError(t, err)
	p, err := s.RewrapAll(ctx, RewrapOptions{})
	assert.ErrorIs(t, err, ErrUnknownKey)
	assert.Zero(t, p.Rewrapped)
}

func TestDataKeyRotation(t *testing.T) {
	e := newEnv(t)
	const maxAge = time.Minute
	s := e.sealer(CacheLimits{MaxAge: maxAge})
	other := e.sealer(CacheLimits{MaxAge: maxAge})
	b1, b2 := bind("t1", "alice", "c", 1), bind("t1", "alice", "c", 2)
	v1, err := s.Seal(ctx, b1, []byte("one"))
	require.NoError(t, err)
	_, err = other.Open(ctx, b1, v1) // other caches version 1.
	require.NoError(t, err)

	version, err := s.RotateDataKey(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.Equal(t, uint32(2), version)
	v2, err := s.Seal(ctx, b2, []byte("two"))
	require.NoError(t, err)
	assert.NotEqual(t, v1[headerSize+1:headerSize+5], v2[headerSize+1:headerSize+5], "new key ID")
	h1, _ := parseHeader(v1)
	h2, _ := parseHeader(v2)
	assert.Equal(t, uint32(1), h1.keyVersion)
	assert.Equal(t, uint32(2), h2.keyVersion)

	for _, sl := range []*Sealer{s, other} {
		got, err := sl.Open(ctx, b1, v1)
		require.NoError(t, err, "old records still open")
		assert.Equal(t, "one", string(got))
		got, err = sl.Open(ctx, b2, v2)
		require.NoError(t, err, "a stale cache reloads for a newer key")
		assert.Equal(t, "two", string(got))
	}

	// Lazy re-encryption.
	r1, changed, err := s.Reseal(ctx, b1, v1)
	require.NoError(t, err)
	assert.True(t, changed)
	hr, _ := parseHeader(r1)
	assert.Equal(t, uint32(2), hr.keyVersion)
	r2, changed, err := s.Reseal(ctx, b2, v2)
	require.NoError(t, err)
	assert.False(t, changed)
	assert.Equal(t, v2, r2)
	_, _, err = s.Reseal(ctx, b2, v1)
	assert.ErrorIs(t, err, ErrTampered, "reseal verifies the binding")

	// Retiring too early could strand records another instance still seals.
	err = s.RetireDataKeys(ctx, "t1", "alice", 2)
	assert.ErrorIs(t, err, ErrInvalid)
	e.clock.Advance(maxAge)
	assert.ErrorIs(t, s.RetireDataKeys(ctx, "t1", "alice", 3), ErrInvalid, "above the primary")
	require.NoError(t, s.RetireDataKeys(ctx, "t1", "alice", 2))
	require.NoError(t, s.RetireDataKeys(ctx, "t1", "alice", 1), "lowering is a no-op")

	rec, err := e.store.Get(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.Equal(t, uint32(2), rec.MinVersion)
	assert.Equal(t, uint32(2), rec.Version)

	for _, sl := range []*Sealer{s, e.sealer()} {
		_, err = sl.Open(ctx, b1, v1)
		assert.ErrorIs(t, err, ErrRetired)
		got, err := sl.Open(ctx, b1, r1)
		require.NoError(t, err)
		assert.Equal(t, "one", string(got))
	}
	// The retired key is gone from the keyset, not just refused.
	h, err := e.sealer().unwrapHandle(rec)
	require.NoError(t, err)
	assert.Equal(t, 1, h.Len())

	// Rotating again after retirement keeps versions straight.
	version, err = s.RotateDataKey(ctx, "t1", "alice")
	require.NoError(t, err)
	assert.Equal(t, uint32(3), version)
	v3, err := s.Seal(ctx, b2, []byte("three"))
	require.NoError(t, err)
	for _, r := range [][]byte{r1, v3} {
		bb := b1
		if &r[0] == &v3[0] {
			bb = b2
		}
		_, err := e.sealer().Open(ctx, bb, r)
		assert.NoError(t, err)
	}
}

func TestRotateForgottenOrMissing(t *testing.T) {
	s := newEnv(t).sealer()
	_, err := s.RotateDataKey(ctx, "t1", "nobody")
	assert.ErrorIs(t, err, ErrNoKeyset)
	require.NoError(t, s.Forget(ctx, "t1", "gone"))
	_, err = s.RotateDataKey(ctx, "t1", "gone")
	assert.ErrorIs(t, err, ErrForgotten)
	assert.ErrorIs(t, s.RetireDataKeys(ctx, "t1", "gone", 2), ErrForgotten)
}
