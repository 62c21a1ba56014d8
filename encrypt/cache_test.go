package encrypt

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCacheMaxUses(t *testing.T) {
	e := newEnv(t)
	s := e.sealer(CacheLimits{MaxUses: 3})
	b := bind("t1", "alice", "c", 0)
	sealed, err := s.Seal(ctx, b, []byte("x")) // Use 1: creates and caches.
	require.NoError(t, err)
	require.Equal(t, int64(1), e.store.gets.Load())
	for range 2 { // Uses 2 and 3.
		_, err := s.Open(ctx, b, sealed)
		require.NoError(t, err)
	}
	assert.Equal(t, int64(1), e.store.gets.Load(), "served from cache")
	_, err = s.Open(ctx, b, sealed) // Use 4: limit reached, unwrap again.
	require.NoError(t, err)
	assert.Equal(t, int64(2), e.store.gets.Load())
}

func TestCacheMaxAge(t *testing.T) {
	e := newEnv(t)
	s := e.sealer(CacheLimits{MaxAge: 10 * time.Second})
	b := bind("t1", "alice", "c", 0)
	sealed, err := s.Seal(ctx, b, []byte("x"))
	require.NoError(t, err)
	e.clock.Advance(9 * time.Second)
	_, err = s.Open(ctx, b, sealed)
	require.NoError(t, err)
	assert.Equal(t, int64(1), e.store.gets.Load())
	e.clock.Advance(time.Second)
	_, err = s.Open(ctx, b, sealed)
	require.NoError(t, err)
	assert.Equal(t, int64(2), e.store.gets.Load(), "expired at MaxAge")
	// A clock that goes backwards does not extend an entry's life.
	e.clock.Advance(-time.Hour)
	_, err = s.Open(ctx, b, sealed)
	require.NoError(t, err)
	assert.Equal(t, int64(3), e.store.gets.Load())
}

func TestCacheCapacityLRU(t *testing.T) {
	e := newEnv(t)
	s := e.sealer(CacheLimits{Capacity: 2})
	seal := func(subj string) {
		t.Helper()
		_, err := s.Seal(ctx, bind("t1", subj, "c", 0), []byte("x"))
		require.NoError(t, err)
	}
	seal("a")
	seal("b")
	seal("a") // a is now the most recent.
	seal("c") // Evicts b.
	assert.Equal(t, 2, s.cache.len())
	gets := e.store.gets.Load()
	seal("a")
	seal("c")
	assert.Equal(t, gets, e.store.gets.Load(), "a and c cached")
	seal("b")
	assert.Equal(t, gets+1, e.store.gets.Load(), "b was evicted")
}

func TestCacheDefaults(t *testing.T) {
	l := CacheLimits{}.withDefaults()
	assert.Equal(t, CacheLimits{MaxAge: DefaultCacheMaxAge, MaxUses: DefaultCacheMaxUses, Capacity: DefaultCacheCapacity}, l)
}

// An invalidation that happens while a load is under way wins: the load's
// result is not cached.
func TestCacheInvalidationDuringLoad(t *testing.T) {
	c := newCache(CacheLimits{})
	now := time.Now()
	ref := SubjectRef{"t", "s"}
	gen := c.generation()
	c.invalidate(ref)
	c.put(&keys{ref: ref}, now, gen)
	assert.Nil(t, c.get(ref, now))
	c.put(&keys{ref: ref}, now, c.generation())
	assert.NotNil(t, c.get(ref, now))
	c.invalidateAll()
	assert.Nil(t, c.get(ref, now))
}

func TestCacheManySubjects(t *testing.T) {
	e := newEnv(t)
	s := e.sealer(CacheLimits{Capacity: 8})
	for i := range 100 {
		_, err := s.Seal(ctx, bind("t1", fmt.Sprint("s", i), "c", 0), []byte("x"))
		require.NoError(t, err)
	}
	assert.Equal(t, 8, s.cache.len())
}
