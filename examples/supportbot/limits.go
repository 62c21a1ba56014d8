package main

import (
	"math"
	"sync"
	"time"
)

// Limits bound what one customer, and everyone together, can ask of the
// server. The zero value of a field means its default (see defaultLimits).
type Limits struct {
	// MaxMessageBytes bounds one customer message. Larger ones get 413.
	MaxMessageBytes int
	// TurnsPerMinute and Burst make a token bucket per session: Burst
	// turns at once, then TurnsPerMinute. Past it, 429.
	TurnsPerMinute float64
	Burst          int
	// StreamsPerSession bounds the replies streaming at once for one
	// session (429 past it), StreamsTotal those of the whole server (503).
	StreamsPerSession int
	StreamsTotal      int
	// TurnTimeout bounds one turn, tools included.
	TurnTimeout time.Duration
}

// defaultLimits are sized for a chat widget: a person types a few messages
// a minute and waits for each reply.
var defaultLimits = Limits{
	MaxMessageBytes:   4 << 10,
	TurnsPerMinute:    12,
	Burst:             5,
	StreamsPerSession: 1,
	StreamsTotal:      64,
	TurnTimeout:       2 * time.Minute,
}

func (l Limits) withDefaults() Limits {
	d := defaultLimits
	if l.MaxMessageBytes > 0 {
		d.MaxMessageBytes = l.MaxMessageBytes
	}
	if l.TurnsPerMinute > 0 {
		d.TurnsPerMinute = l.TurnsPerMinute
	}
	if l.Burst > 0 {
		d.Burst = l.Burst
	}
	if l.StreamsPerSession > 0 {
		d.StreamsPerSession = l.StreamsPerSession
	}
	if l.StreamsTotal > 0 {
		d.StreamsTotal = l.StreamsTotal
	}
	if l.TurnTimeout > 0 {
		d.TurnTimeout = l.TurnTimeout
	}
	return d
}

// maxBuckets bounds the rate limiter's memory: past it, full buckets (the
// sessions that have been quiet) are dropped, which changes nothing for
// them.
const maxBuckets = 100_000

// rateLimiter is a token bucket per key. It is safe for concurrent use.
type rateLimiter struct {
	mu      sync.Mutex
	perSec  float64
	burst   float64
	now     func() time.Time
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter(perMinute float64, burst int, now func() time.Time) *rateLimiter {
	return &rateLimiter{perSec: perMinute / 60, burst: float64(burst), now: now, buckets: map[string]*bucket{}}
}

// allow takes a token from key's bucket. When there is none it returns
// false and how long until there is.
func (l *rateLimiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.sweep(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.perSec)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration((1 - b.tokens) / l.perSec * float64(time.Second))
	return false, wait
}

// sweep drops the buckets that have refilled.
func (l *rateLimiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.perSec >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// streamLimiter counts the replies streaming per key and in total. It is
// safe for concurrent use.
type streamLimiter struct {
	mu       sync.Mutex
	perKey   map[string]int
	total    int
	maxPer   int
	maxTotal int
}

func newStreamLimiter(perKey, total int) *streamLimiter {
	return &streamLimiter{perKey: map[string]int{}, maxPer: perKey, maxTotal: total}
}

// acquire reserves a stream for key. It reports which limit was hit
// (sessionBusy or serverBusy) or returns the function that releases the
// stream.
func (l *streamLimiter) acquire(key string) (release func(), sessionBusy, serverBusy bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.perKey[key] >= l.maxPer {
		return nil, true, false
	}
	if l.total >= l.maxTotal {
		return nil, false, true
	}
	l.perKey[key]++
	l.total++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.total--
			if l.perKey[key]--; l.perKey[key] <= 0 {
				delete(l.perKey, key)
			}
		})
	}, false, false
}
