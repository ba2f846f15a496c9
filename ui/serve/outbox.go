package serve

import (
	"errors"
	"io"
	"sync"
	"time"
)

// errOverBudget says a client left more output unread than a session may
// hold for it.
var errOverBudget = errors.New("the client stopped reading")

// errClosedOutbox is what a write after close gets.
var errClosedOutbox = errors.New("the session's output is closed")

// outbox stands between a session's reader and its SSH channel. A write
// to a channel blocks while the client's window is shut; the reader's
// renderer writes while holding its lock, so a client that stops reading
// would stop the program, and with it the window changes, the timeouts
// and the goodbye that should end it. Here a write only queues: one
// goroutine takes the queue to the channel, the queue is bounded by a
// budget (past it the outbox fails and the session ends), and how long
// the write under way has waited can be asked, so that a client that
// takes nothing for too long is ended too.
type outbox struct {
	w      io.Writer
	budget int

	mu      sync.Mutex
	pending []byte
	spare   []byte    // the buffer last written, reused for the next queue
	since   time.Time // when the write under way began; zero when none
	closed  bool
	err     error

	wake   chan struct{} // a write, a close or a failure to look at
	room   chan struct{} // a queue taken to the client: WriteAll may go on
	failed chan struct{} // closed when err is set
	done   chan struct{} // closed when the drain has ended
}

func newOutbox(w io.Writer, budget int) *outbox {
	o := &outbox{
		w:      w,
		budget: budget,
		wake:   make(chan struct{}, 1),
		room:   make(chan struct{}, 1),
		failed: make(chan struct{}),
		done:   make(chan struct{}),
	}
	go o.drain()
	return o
}

// Write queues p. It never blocks on the client.
func (o *outbox) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	switch {
	case o.err != nil:
		return 0, o.err
	case o.closed:
		return 0, errClosedOutbox
	case len(o.pending)+len(p) > o.budget:
		o.fail(errOverBudget)
		return 0, o.err
	}
	o.pending = append(o.pending, p...)
	o.signal()
	return len(p), nil
}

func (o *outbox) signal() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// fail records the first failure; the caller holds mu.
func (o *outbox) fail(err error) {
	if o.err == nil {
		o.err = err
		o.pending = nil
		close(o.failed)
		o.signal()
	}
}

func (o *outbox) drain() {
	defer close(o.done)
	for {
		o.mu.Lock()
		for len(o.pending) == 0 && !o.closed && o.err == nil {
			o.mu.Unlock()
			<-o.wake
			o.mu.Lock()
		}
		if o.err != nil || len(o.pending) == 0 {
			o.mu.Unlock()
			return
		}
		buf := o.pending
		o.pending, o.spare = o.spare[:0], nil
		o.mu.Unlock()

		err := o.send(buf)

		o.mu.Lock()
		o.since = time.Time{}
		o.spare = buf[:0]
		if err != nil {
			o.fail(err)
		}
		o.mu.Unlock()
		select {
		case o.room <- struct{}{}:
		default:
		}
	}
}

// WriteAll queues p, which may be larger than the budget (the table of
// contents of a twenty-year chronicle is several megabytes), a piece at a
// time as the client takes what is queued: it waits while the queue is
// full, and fails as Write does when a write to the client has waited
// longer than stall, or when stop is closed (the connection or the
// server is going away). Only the session's own goroutine waits.
func (o *outbox) WriteAll(p []byte, stall time.Duration, stop <-chan struct{}) error {
	piece := max(o.budget/4, 1)
	tick := time.NewTicker(max(stall/4, time.Millisecond))
	defer tick.Stop()
	for len(p) > 0 {
		n := min(len(p), piece)
		o.mu.Lock()
		fits := len(o.pending)+n <= o.budget
		err := o.err
		o.mu.Unlock()
		if err != nil {
			return err
		}
		if fits {
			if _, err := o.Write(p[:n]); err != nil {
				return err
			}
			p = p[n:]
			continue
		}
		select {
		case <-o.room:
		case <-o.failed:
		case <-stop:
			return errClosedOutbox
		case now := <-tick.C:
			if d := o.stalled(now); d > 0 && d >= stall {
				o.mu.Lock()
				o.fail(errOverBudget)
				o.mu.Unlock()
				return errOverBudget
			}
		}
	}
	return nil
}

// chunk is how much is handed to the channel at once: the stall is
// measured per chunk, so that a slow link that keeps taking output is
// not taken for a client that has stopped.
const chunk = 32 << 10

func (o *outbox) send(buf []byte) error {
	for len(buf) > 0 {
		n := min(len(buf), chunk)
		o.mu.Lock()
		o.since = time.Now()
		o.mu.Unlock()
		if _, err := o.w.Write(buf[:n]); err != nil {
			return err
		}
		buf = buf[n:]
	}
	return nil
}

// stalled is how long the write under way has waited for the client.
func (o *outbox) stalled(now time.Time) time.Duration {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.since.IsZero() {
		return 0
	}
	return now.Sub(o.since)
}

// Err is why the outbox failed: errOverBudget, or the write's error;
// nil while it has not.
func (o *outbox) Err() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// Failed is closed when the client has stopped taking output.
func (o *outbox) Failed() <-chan struct{} { return o.failed }

// Close takes no more writes and waits for what is queued to reach the
// client, as long as the client keeps taking it: it gives up when a
// write has waited longer than stall. It reports whether all of it went.
func (o *outbox) Close(stall time.Duration) bool {
	o.mu.Lock()
	o.closed = true
	o.signal()
	o.mu.Unlock()
	tick := time.NewTicker(max(stall/4, time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-o.done:
			o.mu.Lock()
			defer o.mu.Unlock()
			return o.err == nil
		case now := <-tick.C:
			if d := o.stalled(now); d > 0 && d >= stall {
				return false
			}
		}
	}
}
