package encrypt

import (
	"container/list"
	"sync"
	"time"

	"github.com/tink-crypto/tink-go/v2/prf"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// CacheLimits bound the cache of unwrapped keysets, on the model of the AWS
// Encryption SDK's caching thresholds. A zero field takes its default.
//
// MaxAge is also the bound on how long another instance sharing the
// [KeyStore] keeps opening a forgotten subject's records; see the package
// doc, "Forgetting".
type CacheLimits struct {
	// MaxAge is how long an unwrapped keyset stays cached after it was
	// unwrapped. Default [DefaultCacheMaxAge].
	MaxAge time.Duration
	// MaxUses is how many seals, opens and index computations one cached
	// keyset serves before it is unwrapped again. Default
	// [DefaultCacheMaxUses].
	MaxUses uint64
	// Capacity is how many subjects' keysets stay cached; the least
	// recently used goes first. Default [DefaultCacheCapacity].
	Capacity int
}

// Defaults for [CacheLimits].
const (
	DefaultCacheMaxAge   = time.Minute
	DefaultCacheMaxUses  = 1 << 20
	DefaultCacheCapacity = 1024
)

func (l CacheLimits) withDefaults() CacheLimits {
	if l.MaxAge <= 0 {
		l.MaxAge = DefaultCacheMaxAge
	}
	if l.MaxUses == 0 {
		l.MaxUses = DefaultCacheMaxUses
	}
	if l.Capacity <= 0 {
		l.Capacity = DefaultCacheCapacity
	}
	return l
}

// keys is one subject's unwrapped keyset, ready to use.
type keys struct {
	ref        SubjectRef
	aead       tink.AEAD // Data keysets.
	prf        *prf.Set  // Blind-index keysets.
	versions   map[uint32]uint32
	version    uint32 // Of the primary.
	minVersion uint32
}

type cacheEntry struct {
	k       *keys
	created time.Time
	uses    uint64
}

// cache is a bounded LRU of unwrapped keysets with age and use limits.
type cache struct {
	limits CacheLimits
	mu     sync.Mutex
	lru    *list.List // Of *cacheEntry, most recent first.
	items  map[SubjectRef]*list.Element
	// gen counts invalidations, so that a load that started before one
	// does not put back what it invalidated.
	gen uint64
}

func newCache(l CacheLimits) *cache {
	return &cache{limits: l.withDefaults(), lru: list.New(), items: make(map[SubjectRef]*list.Element)}
}

// get returns the cached keys of ref and counts one use, or nil.
func (c *cache) get(ref SubjectRef, now time.Time) *keys {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[ref]
	if !ok {
		return nil
	}
	e := el.Value.(*cacheEntry)
	if e.uses >= c.limits.MaxUses || now.Sub(e.created) >= c.limits.MaxAge || now.Before(e.created) {
		c.remove(el)
		return nil
	}
	e.uses++
	c.lru.MoveToFront(el)
	return e.k
}

// generation returns the invalidation count to pass to put.
func (c *cache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// put caches k, unwrapped at now, with one use counted, unless an
// invalidation happened since gen was read.
func (c *cache) put(k *keys, now time.Time, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if el, ok := c.items[k.ref]; ok {
		c.remove(el)
	}
	c.items[k.ref] = c.lru.PushFront(&cacheEntry{k: k, created: now, uses: 1})
	for c.lru.Len() > c.limits.Capacity {
		c.remove(c.lru.Back())
	}
}

func (c *cache) invalidate(ref SubjectRef) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if el, ok := c.items[ref]; ok {
		c.remove(el)
	}
}

func (c *cache) invalidateAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.lru.Init()
	clear(c.items)
}

func (c *cache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len()
}

func (c *cache) remove(el *list.Element) {
	delete(c.items, el.Value.(*cacheEntry).k.ref)
	c.lru.Remove(el)
}
