package serve

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/internal/testkit"
)

// The hostile-client suite: each test is one attack of issue 10, on
// x/crypto/ssh, and asserts the figure the server must hold under it.
// Every server binds 127.0.0.1; clients dial it from 127.0.0.0/8 only.

// hostile is one session of an attacking client: a PTY and a shell,
// whose output is never read. Nothing adjusts the channel's window, so
// the server can send 2 MB (the client's window) and then nothing.
type hostile struct {
	client *gossh.Client
	sess   *gossh.Session
	ended  chan struct{}
	at     time.Duration // when it ended, since the attack began
	// opened is when its shell was granted: the server's clocks for the
	// session (idle, maximum) started before it, so the time from here to
	// the end is at most the session's life. The figures are held per
	// session from here, not from the attack's start: on a loaded machine
	// opening eleven sessions one after another took 13 s.
	opened time.Time
	life   time.Duration // from opened to its end
}

func openHostile(t *testing.T, s *itServer, begin time.Time) *hostile {
	t.Helper()
	c := s.dial(t)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // and never read
		t.Fatal(err)
	}
	if _, err := sess.StdinPipe(); err != nil { // open, and never written
		t.Fatal(err)
	}
	if _, err := sess.StderrPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	h := &hostile{client: c, sess: sess, ended: make(chan struct{}), opened: time.Now()}
	go func() {
		_ = sess.Wait()
		h.at = time.Since(begin)
		h.life = time.Since(h.opened)
		close(h.ended)
	}()
	return h
}

// flood sends n window changes, one every gap, to sizes up to 1200
// columns, until stop is closed or the session ends.
func (h *hostile) flood(n int, gap time.Duration, stop <-chan struct{}) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(gap)))
	tick := time.NewTicker(gap)
	defer tick.Stop()
	for range n {
		select {
		case <-stop:
			return
		case <-h.ended:
			return
		case <-tick.C:
		}
		if err := h.sess.WindowChange(1+r.IntN(600), 1+r.IntN(1200)); err != nil {
			return
		}
	}
}

// attack opens the attack of issue 10: ten clients that flood window
// changes (1,000 at 1 ms, up to 1200 columns) without reading, and one
// that never reads and never sends. The floods stop when the test ends.
func attack(t *testing.T, s *itServer, begin time.Time) []*hostile {
	t.Helper()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var hs []*hostile
	for range 10 {
		h := openHostile(t, s, begin)
		hs = append(hs, h)
		wg.Add(1)
		go func() {
			defer wg.Done()
			h.flood(1000, time.Millisecond, stop)
		}()
	}
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
	})
	return append(hs, openHostile(t, s, begin))
}

// Ten clients flood window changes (1,000 at 1 ms intervals, up to 1200
// columns) without reading, and one more never reads at all: with
// --idle-timeout 10s --max-session 20s every one of their sessions ends
// by 20 s, a normal reader is served meanwhile, and shutdown afterwards
// takes no time.
func TestHostileResizeFloodAndNonReader(t *testing.T) {
	if testing.Short() {
		t.Skip("20 s")
	}
	const idle, maxSession = 10 * time.Second, 20 * time.Second
	s := itStart(t, Config{IdleTimeout: idle, MaxSession: maxSession})
	begin := time.Now()
	hs := attack(t, s, begin)

	// A normal reader, meanwhile: it opens, and answers its keys.
	time.Sleep(500 * time.Millisecond)
	tm := openTerm(t, s.dial(t), "reader", itTermOpts{})
	tm.waitReader(t)
	tm.send(t, "j")
	tm.waitScreen(t, "j to show the second entry", func(scr string) bool {
		return strings.Contains(itEntryRow(scr, 1), "河南城建学院办学四十年")
	})

	// The figure is 20 s from each session's opening; a second more for
	// the last frame's flush (the goodbye at 20 s waits up to flushStall
	// for a client that reads).
	// Under the race detector the server runs several times slower.
	by := maxSession + time.Second
	if raceEnabled {
		by += 10 * time.Second
	}
	for i, h := range hs {
		select {
		case <-h.ended:
		case <-time.After(time.Until(h.opened.Add(by + time.Second))):
			t.Fatalf("hostile session %d is still open %s after it opened", i, time.Since(h.opened).Round(time.Millisecond))
		}
		if h.life > by {
			t.Errorf("hostile session %d ended %s after it opened, want by %s", i, h.life.Round(time.Millisecond), by)
		}
	}
	t.Logf("the hostile sessions ended after %s", func() string {
		var ds []string
		for _, h := range hs {
			ds = append(ds, h.at.Round(100*time.Millisecond).String())
		}
		return strings.Join(ds, " ")
	}())
	start := time.Now()
	s.shutdown(t)
	d := time.Since(start)
	t.Logf("Shutdown after the attack took %s", d.Round(time.Millisecond))
	if d > 5*time.Second {
		t.Errorf("Shutdown took %s, want under 5 s", d)
	}
}

// Shutdown finishes within its 5 s while ten clients flood window
// changes and one never reads, and never holds the server's lock while
// it waits: a session that starts meanwhile is refused at once.
func TestHostileShutdown(t *testing.T) {
	s := itStart(t, Config{GoodbyeTimeout: 5 * time.Second})
	begin := time.Now()
	hs := attack(t, s, begin)
	time.Sleep(2 * time.Second) // the windows are full by now
	late := s.dial(t)           // connected before the shutdown, opening a session during it

	done := make(chan time.Duration, 1)
	go func() {
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), itWait)
		defer cancel()
		if err := s.srv.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		done <- time.Since(start)
	}()
	time.Sleep(100 * time.Millisecond)
	refused := make(chan error, 1)
	go func() {
		sess, err := late.NewSession()
		if err != nil {
			refused <- err
			return
		}
		defer sess.Close()
		out, err := sess.CombinedOutput("toc")
		if err == nil {
			err = fmt.Errorf("got %d bytes", len(out))
		}
		refused <- err
	}()
	select {
	case err := <-refused:
		t.Logf("a session opened during the shutdown: %v", err)
	case <-time.After(time.Second):
		t.Error("a session opened during the shutdown waited over 1 s")
	}
	select {
	case d := <-done:
		if d > 5*time.Second+500*time.Millisecond {
			t.Errorf("Shutdown took %s, want 5 s at most", d)
		}
		t.Logf("Shutdown took %s", d.Round(time.Millisecond))
	case <-time.After(itWait):
		t.Fatal("Shutdown did not return")
	}
	select {
	case err := <-s.served:
		if !errors.Is(err, ssh.ErrServerClosed) {
			t.Errorf("Serve returned %v", err)
		}
	case <-time.After(time.Second):
		t.Error("Serve did not return after Shutdown")
	}
	s.shutOnce.Do(func() {}) // done above
	for i, h := range hs {
		select {
		case <-h.ended:
		case <-time.After(time.Second):
			t.Errorf("hostile session %d is still open after the shutdown", i)
		}
	}
}

// A client sends 2,000 env values of 200 KB on a channel it never starts:
// the connection is closed, and the server's memory stays under 200 MB.
func TestHostileEnvFlood(t *testing.T) {
	s := itStart(t, Config{})
	debug.FreeOSMemory()
	c := s.dial(t)
	ch, reqs, err := c.OpenChannel("session", nil)
	if err != nil {
		t.Fatal(err)
	}
	go gossh.DiscardRequests(reqs)
	var peak int64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if r := rssBytes(t); r > peak {
				peak = r
			}
			select {
			case <-stopSampling:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	value := strings.Repeat("x", 200<<10)
	sent := 0
	for i := range 2000 {
		payload := gossh.Marshal(struct{ Name, Value string }{"V" + strconv.Itoa(i), value})
		if _, err := ch.SendRequest("env", false, payload); err != nil {
			break
		}
		sent++
	}
	waited := make(chan struct{})
	go func() { _ = c.Wait(); close(waited) }()
	select {
	case <-waited:
	case <-time.After(itWait):
		t.Errorf("the connection is still open after %d env values of 200 KB", sent)
	}
	close(stopSampling)
	<-sampled
	t.Logf("%d env values sent before the connection closed; peak RSS %.0f MB", sent, float64(peak)/(1<<20))
	if peak > 200<<20 && !raceEnabled {
		t.Errorf("peak RSS %.0f MB, want under 200 MB", float64(peak)/(1<<20))
	}
	if n := strings.Count(s.logs.String(), "environment over"); n != 1 {
		t.Errorf("%d log lines about the environment, want 1", n)
	}
}

// rssBytes is this process's resident set, from /proc.
func rssBytes(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatalf("reading the resident set: %v", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("VmRSS %q: %v", v, err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}

// A client opens channels it never starts, and floods window changes and
// env requests on them before any shell: a connection gets maxPerConn
// channels and no more, the floods leave nothing behind once it is gone,
// and a session started after them opens at its PTY's size.
func TestHostileUnstartedChannels(t *testing.T) {
	s := itStart(t, Config{})
	base := itBaseline()
	c := s.dial(t)
	opened, rejected := 0, 0
	var chans []gossh.Channel
	for range 100 {
		ch, reqs, err := c.OpenChannel("session", nil)
		if err != nil {
			if !strings.Contains(err.Error(), "sessions a connection") {
				t.Fatalf("channel refused with %v", err)
			}
			rejected++
			continue
		}
		go gossh.DiscardRequests(reqs)
		chans = append(chans, ch)
		opened++
	}
	if opened != maxPerConn || rejected != 100-maxPerConn {
		t.Errorf("%d channels opened, %d rejected; want %d and %d", opened, rejected, maxPerConn, 100-maxPerConn)
	}
	for _, ch := range chans {
		for i := range 1000 {
			_, _ = ch.SendRequest("window-change", false, gossh.Marshal(struct{ W, H, PW, PH uint32 }{uint32(80 + i%1000), 24, 0, 0}))
		}
	}
	// Another client's session still opens, and a started one works.
	tm := openTerm(t, s.dial(t), "reader", itTermOpts{w: 100, h: 30})
	tm.waitReader(t)
	if w, _ := tm.size(); tm.rightEdge(0) >= w {
		t.Errorf("the reader is drawn past its %d columns", w)
	}
	tm.close()
	c.Close()
	if n := itSettleGoroutines(base+2, itWait); n > base+2 {
		t.Errorf("%d goroutines after the flooding connection closed, %d before:\n%s", n, base, itStacks())
	}
	if logs := s.logs.String(); strings.Count(logs, "channel refused") != 1 {
		t.Errorf("want one log line about the refused channels:\n%.3000s", logs)
	}
}

// 1,000 connections from 100 addresses that never say a word: a real
// user still gets a session within 1 s, and the server holds at most
// MaxStartups of them.
func TestHostileSilentConnections(t *testing.T) {
	s := itStart(t, Config{RatePerSecond: 2, RateBurst: 10, HandshakeTimeout: 30 * time.Second})
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for a := range 100 {
		d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 1, byte(a+1))}, Timeout: itWait}
		for range 10 {
			c, err := d.Dial("tcp", s.addr)
			if err != nil {
				t.Fatalf("silent connection from 127.0.1.%d: %v", a+1, err)
			}
			conns = append(conns, c)
		}
	}
	// Every silent connection has been accepted by now, or refused.
	deadline := time.Now().Add(itWait)
	for s.srv.startups.count() < 100 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := s.srv.startups.count(); n != 100 {
		t.Errorf("%d connections without a session held, want MaxStartups = 100", n)
	}
	start := time.Now()
	c, err := s.dialErr(nil)
	if err != nil {
		t.Fatalf("a real user after 1,000 silent connections: %v", err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out := &testkit.Buffer{}
	sess.Stdout = out
	if err := sess.Start("toc"); err != nil {
		t.Fatal(err)
	}
	for !strings.HasPrefix(out.String(), "平顶山月报") && time.Since(start) < itWait {
		time.Sleep(5 * time.Millisecond)
	}
	took := time.Since(start)
	t.Logf("a real user's session after 1,000 silent connections: %s", took.Round(time.Millisecond))
	if took > time.Second {
		t.Errorf("a real user waited %s for a session, want under 1 s", took)
	}
	_ = sess.Wait()
	if n := s.srv.startups.count(); n > 100 {
		t.Errorf("%d connections without a session after the real user's, want at most 100", n)
	}
}

// A window change sent right after the shell, before the session has
// read its pty, reaches the reader: it waits for the session instead of
// racing the library's own reading of the pty (the race detector saw
// that race).
func TestWindowChangeRightAfterShell(t *testing.T) {
	s := itStart(t, Config{})
	for i := range 5 {
		tm := openTerm(t, s.dial(t), fmt.Sprintf("early %d", i), itTermOpts{})
		if err := tm.resize(100, 30); err != nil {
			t.Fatalf("window-change: %v", err)
		}
		tm.waitScreen(t, "the reader laid out at 100x30", func(scr string) bool {
			lines := strings.Split(scr, "\n")
			return len(lines) == 30 && strings.HasPrefix(lines[0], itHeader) && tm.rightEdge(29) == 99
		})
		tm.close()
	}
}

// hostileEnd is how long a flooding non-reader may take to be ended:
// about 1 s, but 8 under the race detector (CI runs this package so),
// which draws the frames that fill its 2 MB eight times slower.
const hostileEnd = 4 * itWait

// Sessions ended because their client stopped reading leave nothing
// behind once their connections are gone: no outbox goroutine waits on
// (the stderr one used to, for good, after a failed flush).
func TestHostileNonReadersLeaveNothing(t *testing.T) {
	s := itStart(t, Config{})
	base := itBaseline()
	begin := time.Now()
	stop := make(chan struct{})
	defer close(stop)
	var hs []*hostile
	for range 3 {
		h := openHostile(t, s, begin)
		hs = append(hs, h)
		// Until the session ends: it ends when its output passes 2 MB,
		// and how many frames 1,000 changes make depends on how fast
		// they are drawn.
		go h.flood(int(hostileEnd/time.Millisecond), time.Millisecond, stop)
	}
	for i, h := range hs {
		select {
		case <-h.ended:
		case <-time.After(hostileEnd):
			t.Fatalf("hostile session %d did not end", i)
		}
		h.client.Close()
	}
	if n := itSettleGoroutines(base+2, itWait); n > base+2 {
		t.Errorf("%d goroutines after 3 non-readers ended and hung up, %d before", n, base)
	}
}

// Signals (and breaks) are refused: the library would keep 128 of them a
// channel, of up to 256 KB each, for nobody.
func TestHostileSignalFlood(t *testing.T) {
	s := itStart(t, Config{})
	c := s.dial(t)
	ch, reqs, err := c.OpenChannel("session", nil)
	if err != nil {
		t.Fatal(err)
	}
	go gossh.DiscardRequests(reqs)
	payload := gossh.Marshal(struct{ Signal string }{strings.Repeat("X", 250<<10)})
	for i := range 130 {
		ok, err := ch.SendRequest("signal", true, payload)
		if err != nil {
			break // closed: over maxRequests
		}
		if ok {
			t.Fatalf("signal %d was accepted", i)
		}
	}
}

// A connection between sessions counts again against MaxStartups: a
// client that runs a short session now and then cannot keep any number
// of connections open.
func TestHostileConnectionsBetweenSessions(t *testing.T) {
	s := itStart(t, Config{MaxStartups: 2})
	for range 2 {
		c := s.dial(t)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if out, err := sess.Output("help"); err != nil || !strings.HasPrefix(string(out), "usage:") {
			t.Fatalf("help: %v %q", err, out)
		}
	}
	deadline := time.Now().Add(itWait)
	for s.srv.startups.count() < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := s.srv.startups.count(); n != 2 {
		t.Errorf("%d connections between sessions counted, want both", n)
	}
	// A third from the same address finds them counted: refused.
	if c, err := s.dialErr(nil); err == nil {
		c.Close()
		t.Error("a third connection was let in beside two held between sessions with MaxStartups 2")
	}
}
