package serve

import (
	"sync"
	"time"
)

// rateLimiter is a token bucket per client address: a burst of
// connections is fine, a flood is not. It forgets an address once its
// bucket is full again, so it holds memory only for recent clients.
type rateLimiter struct {
	mu      sync.Mutex
	rate    float64 // tokens per second
	burst   float64
	buckets map[string]*bucket
	now     func() time.Time
	sweep   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter(perSecond float64, burst int) *rateLimiter {
	return &rateLimiter{rate: perSecond, burst: float64(burst), buckets: map[string]*bucket{}, now: time.Now}
}

// allow takes a token for addr, reporting false when there is none.
func (l *rateLimiter) allow(addr string) bool {
	if l == nil || l.rate <= 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.sweep) > time.Minute {
		l.sweep = now
		for a, b := range l.buckets {
			if l.refill(b, now) >= l.burst {
				delete(l.buckets, a)
			}
		}
	}
	b := l.buckets[addr]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[addr] = b
	}
	b.tokens = l.refill(b, now)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *rateLimiter) refill(b *bucket, now time.Time) float64 {
	return min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
}
