package encrypt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBlindIndex(t *testing.T) {
	e := newEnv(t)
	s := e.sealer()
	email, err := s.BlindIndex("email", IndexOptions{Normalize: NormalizeEmail})
	require.NoError(t, err)

	a, err := email.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)
	assert.Len(t, a, DefaultIndexLength)
	again, err := email.Compute(ctx, "t1", "  Ann@Example.COM\n")
	require.NoError(t, err)
	assert.Equal(t, a, again, "deterministic after normalisation")

	// Another instance sharing the store computes the same index.
	email2, err := e.sealer().BlindIndex("email", IndexOptions{Normalize: NormalizeEmail})
	require.NoError(t, err)
	fromOther, err := email2.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)
	assert.Equal(t, a, fromOther)

	b, err := email.Compute(ctx, "t1", "bob@example.com")
	require.NoError(t, err)
	assert.NotEqual(t, a, b)

	otherTenant, err := email.Compute(ctx, "t2", "ann@example.com")
	require.NoError(t, err)
	assert.NotEqual(t, a, otherTenant, "per-tenant keys")

	phone, err := s.BlindIndex("phone", IndexOptions{Normalize: NormalizeEmail})
	require.NoError(t, err)
	otherPurpose, err := phone.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)
	assert.NotEqual(t, a, otherPurpose, "per-purpose keys")

	raw, err := s.BlindIndex("email", IndexOptions{})
	require.NoError(t, err)
	notNormalized, err := raw.Compute(ctx, "t1", "Ann@Example.COM")
	require.NoError(t, err)
	assert.NotEqual(t, a, notNormalized)

	short, err := s.BlindIndex("email", IndexOptions{Length: 4, Normalize: NormalizeEmail})
	require.NoError(t, err)
	trunc, err := short.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)
	assert.Equal(t, a[:4], trunc, "a truncation of the same PRF output")
}

func TestBlindIndexSurvivesKEKRotation(t *testing.T) {
	e := newEnv(t)
	x, err := e.sealer().BlindIndex("email", IndexOptions{})
	require.NoError(t, err)
	before, err := x.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)

	ring, err := RotateLocalKeyring(e.keyringPath(), e.master)
	require.NoError(t, err)
	s, err := NewSealer(ring, e.store, Options{})
	require.NoError(t, err)
	p, err := s.RewrapAll(ctx, RewrapOptions{})
	require.NoError(t, err)
	assert.Equal(t, 1, p.Rewrapped)
	rec, err := e.store.Get(ctx, "t1", indexPrefix+"email")
	require.NoError(t, err)
	assert.Equal(t, ring.PrimaryID(), rec.KEKID)

	x2, err := s.BlindIndex("email", IndexOptions{})
	require.NoError(t, err)
	after, err := x2.Compute(ctx, "t1", "ann@example.com")
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

func TestBlindIndexInvalid(t *testing.T) {
	s := newEnv(t).sealer()
	for _, o := range []IndexOptions{{Length: 3}, {Length: 33}, {Length: -1}} {
		_, err := s.BlindIndex("email", o)
		assert.ErrorIs(t, err, ErrInvalid)
	}
	_, err := s.BlindIndex("", IndexOptions{})
	assert.ErrorIs(t, err, ErrInvalid)
	x, err := s.BlindIndex("email", IndexOptions{})
	require.NoError(t, err)
	_, err = x.Compute(ctx, "", "v")
	assert.ErrorIs(t, err, ErrInvalid)
	// Index keysets are not subjects: they cannot be forgotten or rotated
	// through the subject API by accident.
	assert.ErrorIs(t, s.Forget(ctx, "t1", indexPrefix+"email"), ErrInvalid)
	_, err = s.RotateDataKey(ctx, "t1", indexPrefix+"email")
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestNormalizeEmail(t *testing.T) {
	assert.Equal(t, "ann@example.com", NormalizeEmail(" \tAnn@EXAMPLE.com \n"))
}
