package serve

import (
	"net"
	"testing"
	"time"
)

// itClock is a clock the test moves by hand.
type itClock struct{ t time.Time }

func (c *itClock) now() time.Time          { return c.t }
func (c *itClock) advance(d time.Duration) { c.t = c.t.Add(d) }
func itLimiter(rate float64, burst int) (*rateLimiter, *itClock) {
	c := &itClock{t: time.Date(2023, 12, 4, 9, 0, 0, 0, time.UTC)}
	l := newRateLimiter(rate, burst)
	l.now = c.now
	return l, c
}

// itAllowN counts how many of n connections from addr are let in.
func itAllowN(l *rateLimiter, addr string, n int) int {
	in := 0
	for range n {
		if l.allow(addr) {
			in++
		}
	}
	return in
}

func TestRateLimiterBurstAndRefill(t *testing.T) {
	l, clock := itLimiter(2, 10)
	if got := itAllowN(l, "192.0.2.1", 15); got != 10 {
		t.Fatalf("a burst of 15 connections let %d in, want the burst of 10", got)
	}
	if l.allow("192.0.2.1") {
		t.Fatalf("a connection was let in with the bucket empty")
	}
	clock.advance(499 * time.Millisecond)
	if l.allow("192.0.2.1") {
		t.Errorf("let in after 499 ms at 2 a second (less than one token)")
	}
	clock.advance(time.Millisecond)
	if !l.allow("192.0.2.1") {
		t.Errorf("refused after 500 ms at 2 a second (one token)")
	}
	if l.allow("192.0.2.1") {
		t.Errorf("two let in after 500 ms at 2 a second")
	}
	clock.advance(2 * time.Second)
	if got := itAllowN(l, "192.0.2.1", 10); got != 4 {
		t.Errorf("after 2 s at 2 a second %d let in, want 4", got)
	}
	// Refill stops at the burst, however long the wait.
	clock.advance(time.Hour)
	if got := itAllowN(l, "192.0.2.1", 20); got != 10 {
		t.Errorf("after an hour %d let in, want the burst of 10", got)
	}
}

func TestRateLimiterPerAddress(t *testing.T) {
	l, _ := itLimiter(1, 3)
	if got := itAllowN(l, "192.0.2.1", 5); got != 3 {
		t.Fatalf("first address: %d let in, want 3", got)
	}
	if got := itAllowN(l, "192.0.2.2", 5); got != 3 {
		t.Errorf("a second address, after the first used its burst: %d let in, want its own 3", got)
	}
	if got := itAllowN(l, "2001:db8::1", 5); got != 3 {
		t.Errorf("an IPv6 address: %d let in, want its own 3", got)
	}
	if l.allow("192.0.2.1") {
		t.Errorf("the first address got a token from the others")
	}
}

func TestRateLimiterForgetsFullBuckets(t *testing.T) {
	l, clock := itLimiter(2, 10)
	for _, a := range []string{"192.0.2.1", "192.0.2.2", "192.0.2.3"} {
		itAllowN(l, a, 10)
	}
	if n := len(l.buckets); n != 3 {
		t.Fatalf("%d buckets for 3 addresses", n)
	}
	// A minute on, every bucket is full again (10 tokens in 5 s): the
	// next connection from anyone sweeps them.
	clock.advance(time.Minute + time.Second)
	if !l.allow("192.0.2.9") {
		t.Fatalf("a new address was refused")
	}
	if n := len(l.buckets); n != 1 {
		t.Errorf("after a minute %d buckets are kept, want only the new address's", n)
	}
	// A forgotten address starts again with a full burst.
	if got := itAllowN(l, "192.0.2.1", 12); got != 10 {
		t.Errorf("a forgotten address: %d let in, want the burst of 10", got)
	}

	// A bucket still filling is not forgotten.
	slow, clock := itLimiter(0.01, 3) // a token every 100 s
	itAllowN(slow, "192.0.2.1", 3)
	clock.advance(2 * time.Minute) // 1.2 tokens back
	slow.allow("192.0.2.2")
	if _, ok := slow.buckets["192.0.2.1"]; !ok {
		t.Fatalf("a bucket not yet full was forgotten")
	}
	if got := itAllowN(slow, "192.0.2.1", 3); got != 1 {
		t.Errorf("after 2 minutes at one token per 100 s, %d let in, want 1", got)
	}
}

func TestRateLimiterOff(t *testing.T) {
	var none *rateLimiter // RatePerSecond < 0
	if got := itAllowN(none, "192.0.2.1", 1000); got != 1000 {
		t.Errorf("no limiter: %d of 1000 let in", got)
	}
	zero, _ := itLimiter(0, 10)
	if got := itAllowN(zero, "192.0.2.1", 1000); got != 1000 {
		t.Errorf("rate 0: %d of 1000 let in", got)
	}
}

// The limits per address take an IPv6 client's /64 as one address.
func TestClientKey(t *testing.T) {
	for _, tt := range []struct{ addr, want string }{
		{"127.0.0.1:5000", "127.0.0.1"},
		{"[2001:db8:1:2:3:4:5:6]:22", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:22", "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.1]:22", "192.0.2.1"},
	} {
		addr, err := net.ResolveTCPAddr("tcp", tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := clientKey(addr); got != tt.want {
			t.Errorf("clientKey(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}
