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

// refusalLog summarises refused connections: the first from an address
// for a reason is a log line at once, the rest of that minute one line
// with their count, so that a flood of refusals is not a flood of lines.
type refusalLog struct {
	mu    sync.Mutex
	now   func() time.Time
	sweep time.Time
	seen  map[refusalKey]*refusals
}

type refusalKey struct{ host, reason string }

type refusals struct {
	since time.Time // when the last line about them was logged
	n     int       // refused since
}

// refused reports whether to log the refusal now, and if so how many
// refusals the line stands for (1, or the count since the last line).
// The summaries of addresses that went quiet are returned by flush.
func (l *refusalLog) refused(host, reason string) (logNow bool, n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.seen == nil {
		l.seen = map[refusalKey]*refusals{}
	}
	now := l.now()
	k := refusalKey{host, reason}
	r := l.seen[k]
	if r == nil {
		l.seen[k] = &refusals{since: now}
		return true, 1
	}
	r.n++
	if now.Sub(r.since) < time.Minute {
		return false, 0
	}
	n = r.n
	r.n, r.since = 0, now
	return true, n
}

// flush returns, once a minute, the counts not yet logged of addresses
// refused over a minute ago, and forgets them.
func (l *refusalLog) flush() []refusalSummary {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.sweep) < time.Minute {
		return nil
	}
	l.sweep = now
	var out []refusalSummary
	for k, r := range l.seen {
		if now.Sub(r.since) >= time.Minute {
			if r.n > 0 {
				out = append(out, refusalSummary{k.host, k.reason, r.n})
			}
			delete(l.seen, k)
		}
	}
	return out
}

type refusalSummary struct {
	host, reason string
	n            int
}
