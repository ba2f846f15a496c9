package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/search"
)

// The load tests run many real SSH sessions (golang.org/x/crypto/ssh
// clients, in this process) against one server on 127.0.0.1 and check each
// session's screens cheaply: not through a terminal emulator, but by
// looking for bytes that only a correct screen sends — the filter and its
// count on the status line after a filter is entered.

const (
	loadSessions = 100
	loadSample   = "../../testdata/pingdingshan-2023-11.md"
	loadHeader   = "平顶山月报"
	// loadStep is how long one wait for a screen may take before the
	// session counts as broken; generous, as 100 sessions share the CPUs.
	loadStep = 10 * time.Second
	loadPoll = 10 * time.Millisecond
)

// loadNames are the filters the sessions type, in turn.
var loadNames = []string{"李明俊", "陈天富"}

// loadCleared is on the status line only when no filter is in force: the
// short help's "switch pane", which makes way for a filter and its count.
var loadCleared = ui.DefaultKeyMap().SwitchPane.Help().Desc

// TestLoad100Sessions holds 100 reader sessions open at once, each moving
// about and filtering for ~10 s (3 s with -short), and checks that every
// session keeps answering with the right screens and ends cleanly.
func TestLoad100Sessions(t *testing.T) {
	d := 10 * time.Second
	if testing.Short() {
		d = 3 * time.Second
	}
	r := loadRun(t, loadSessions, d, true)
	t.Logf("sessions held at once: %d (server.Sessions(), min %d max %d while typing)",
		r.held, r.minHeld, r.maxHeld)
	t.Logf("keys served: %d in %v by %d sessions = %.0f keys/s in total (%.1f keys/s a session); %d filter round trips, slowest %v",
		r.keys, r.elapsed.Round(time.Millisecond), loadSessions, r.keysPerSec(), r.keysPerSec()/loadSessions,
		r.filters, r.slowest.Round(time.Millisecond))
	t.Logf("heap in use: %.1f MB before, %.1f MB with %d sessions open = %.0f KB a session (%.0f KB a session while typing); includes the in-process clients' side",
		loadMB(r.heapBefore), loadMB(r.heapOpen), loadSessions, r.perSession()/1024, r.perSessionBusy()/1024)
	if per := r.perSession(); per >= 2<<20 {
		t.Errorf("memory per session %.2f MB, want under 2 MB", per/(1<<20))
	}
	if per := r.perSessionBusy(); per >= 2<<20 {
		t.Errorf("memory per session while typing %.2f MB, want under 2 MB", per/(1<<20))
	}
}

// BenchmarkSessions runs 100 sessions typing for 2 s an iteration and
// reports the keys served a second, in total, and the heap a session.
func BenchmarkSessions(b *testing.B) {
	var keys int64
	var elapsed time.Duration
	var per float64
	for range b.N {
		r := loadRun(b, loadSessions, 2*time.Second, false)
		keys += r.keys
		elapsed += r.elapsed
		per = max(per, r.perSession())
	}
	b.ReportMetric(float64(keys)/elapsed.Seconds(), "keys/s")
	b.ReportMetric(per/(1<<20), "MB/session")
}

func loadMB(n uint64) float64 { return float64(n) / (1 << 20) }

// loadResult is what one run measured.
type loadResult struct {
	held, minHeld, maxHeld int
	keys, filters          int64
	elapsed, slowest       time.Duration
	heapBefore, heapOpen   uint64
	heapBusy               uint64
	n                      int
}

func (r loadResult) keysPerSec() float64 { return float64(r.keys) / r.elapsed.Seconds() }

func (r loadResult) perSession() float64 {
	return (float64(r.heapOpen) - float64(r.heapBefore)) / float64(r.n)
}

func (r loadResult) perSessionBusy() float64 {
	return (float64(r.heapBusy) - float64(r.heapBefore)) / float64(r.n)
}

// loadHeap is the heap in use after a full collection.
func loadHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// loadRun starts a server, opens n sessions, has each navigate and filter
// for d, and quits them all. pause spaces the keys as a person types.
func loadRun(tb testing.TB, n int, d time.Duration, pause bool) loadResult {
	tb.Helper()
	iss := loadIssue(tb)
	counts := loadCounts(tb, iss)
	ls := loadStartServer(tb, iss, 150)
	clientKey := loadSigner(tb)
	res := loadResult{n: n}
	res.heapBefore = loadHeap()

	// Open every session at once, and wait for each first screen.
	terms := make([]*loadTerm, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			terms[i], errs[i] = loadOpen(ls, clientKey, i)
		}()
	}
	wg.Wait()
	tb.Cleanup(func() {
		for _, lt := range terms {
			if lt != nil {
				lt.client.Close()
			}
		}
	})
	if err := errors.Join(errs...); err != nil {
		tb.Fatalf("opening %d sessions: %v\nserver log:\n%s", n, err, ls.logs.Tail(40))
	}
	if err := loadPollUntil(loadStep, func() bool { return ls.srv.Sessions() == n }); err != nil {
		tb.Fatalf("server.Sessions() = %d with %d sessions open, want %d", ls.srv.Sessions(), n, n)
	}
	res.held = ls.srv.Sessions()
	res.heapOpen = loadHeap()

	// Type in every session until the deadline.
	var held struct {
		sync.Mutex
		min, max int
	}
	held.min, held.max = n, 0
	stop := make(chan struct{})
	monDone := make(chan struct{})
	go func() {
		defer close(monDone)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				s := ls.srv.Sessions()
				held.Lock()
				held.min, held.max = min(held.min, s), max(held.max, s)
				held.Unlock()
			}
		}
	}()
	var busyOnce sync.Once
	start := time.Now()
	deadline := start.Add(d)
	for i, lt := range terms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = lt.typeUntil(deadline, i, counts, pause)
		}()
	}
	// Halfway through, measure the heap while everything is busy.
	go func() {
		time.Sleep(d / 2)
		busyOnce.Do(func() { res.heapBusy = loadHeap() })
	}()
	wg.Wait()
	res.elapsed = time.Since(start)
	busyOnce.Do(func() { res.heapBusy = loadHeap() })
	close(stop)
	<-monDone
	res.minHeld, res.maxHeld = held.min, held.max
	for _, lt := range terms {
		res.keys += lt.keys
		res.filters += lt.filters
		res.slowest = max(res.slowest, lt.slowest)
	}
	if err := errors.Join(errs...); err != nil {
		tb.Errorf("sessions went wrong while typing: %v\nserver log:\n%s", err, ls.logs.Tail(40))
	}
	if got := ls.srv.Sessions(); got != n || held.min != n {
		tb.Errorf("sessions dropped: server.Sessions() = %d after typing, at least %d while typing; want %d throughout", got, held.min, n)
	}

	// Quit every session with q: each must end with exit status 0.
	for i, lt := range terms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = lt.quit()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		tb.Errorf("quitting: %v\nserver log:\n%s", err, ls.logs.Tail(40))
	}
	if err := loadPollUntil(loadStep, func() bool { return ls.srv.Sessions() == 0 }); err != nil {
		tb.Errorf("server.Sessions() = %d after every session quit, want 0", ls.srv.Sessions())
	}
	if bad := ls.logs.Find("session panic", "ERRO", "WARN"); bad != "" {
		tb.Errorf("the server logged errors or warnings:\n%s", bad)
	}
	return res
}

// loadIssue parses the built-in sample.
func loadIssue(tb testing.TB) *model.Issue {
	tb.Helper()
	src, err := os.ReadFile(loadSample)
	if err != nil {
		tb.Fatal(err)
	}
	iss, err := parser.Parse(src)
	if err != nil {
		tb.Fatal(err)
	}
	return iss
}

// loadCounts is the status line's count for each name, as the reader
// shows it: matches/entries.
func loadCounts(tb testing.TB, iss *model.Issue) map[string]string {
	tb.Helper()
	total := 0
	for _, s := range iss.Sections {
		total += len(s.Entries)
	}
	if total != 68 {
		tb.Fatalf("the sample has %d entries, want 68", total)
	}
	ix := search.New(iss)
	counts := map[string]string{}
	for _, name := range loadNames {
		counts[name] = fmt.Sprintf("%d/%d", len(ix.Filter(name)), total)
	}
	if counts["李明俊"] != "32/68" {
		tb.Fatalf("李明俊 gives %s on the sample, want 32/68", counts["李明俊"])
	}
	if counts["李明俊"] == counts["陈天富"] {
		tb.Fatalf("李明俊 and 陈天富 both give %s: the check could not tell them apart", counts["李明俊"])
	}
	return counts
}

func loadSigner(tb testing.TB) gossh.Signer {
	tb.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

type loadServer struct {
	srv     *Server
	addr    string
	hostKey gossh.PublicKey
	logs    *testkit.Buffer
}

// loadStartServer serves iss on a free port of 127.0.0.1 until the test
// ends.
func loadStartServer(tb testing.TB, iss *model.Issue, maxSessions int) *loadServer {
	tb.Helper()
	host := loadSigner(tb)
	logs := &testkit.Buffer{}
	srv, err := New(Config{
		Issues:        []*ui.Doc{ui.NewDoc("pingdingshan-2023-11", "", iss, nil)},
		HostKey:       host,
		MaxSessions:   maxSessions,
		RatePerSecond: -1, // every client here is 127.0.0.1
		Logger:        log.NewWithOptions(logs, log.Options{Level: log.InfoLevel}),
	})
	if err != nil {
		tb.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			tb.Errorf("Shutdown: %v", err)
		}
		select {
		case <-served:
		case <-time.After(10 * time.Second):
			tb.Errorf("Serve has not returned 10 s after Shutdown")
		}
	})
	return &loadServer{srv: srv, addr: ln.Addr().String(), hostKey: host.PublicKey(), logs: logs}
}

// loadTerm is one client session: what it has typed and what the server
// has sent it since the last mark.
type loadTerm struct {
	id     int
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.WriteCloser

	mu  sync.Mutex
	out []byte // output since the last mark

	keys, filters int64
	slowest       time.Duration
}

func (lt *loadTerm) Write(p []byte) (int, error) {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	lt.out = append(lt.out, p...)
	return len(p), nil
}

// mark forgets the output so far: waits look only at what comes after.
func (lt *loadTerm) mark() {
	lt.mu.Lock()
	lt.out = lt.out[:0]
	lt.mu.Unlock()
}

func (lt *loadTerm) seen() string {
	lt.mu.Lock()
	defer lt.mu.Unlock()
	return string(lt.out)
}

// waitFor waits until the output since the mark holds every one of subs.
func (lt *loadTerm) waitFor(what string, subs ...string) error {
	err := loadPollUntil(loadStep, func() bool {
		lt.mu.Lock()
		defer lt.mu.Unlock()
		for _, s := range subs {
			if !bytes.Contains(lt.out, []byte(s)) {
				return false
			}
		}
		return true
	})
	if err != nil {
		out := lt.seen()
		return fmt.Errorf("session %d: no %s within %v; output since the last step (%d bytes): %q",
			lt.id, what, loadStep, len(out), out[max(0, len(out)-600):])
	}
	return nil
}

func (lt *loadTerm) send(k string, pause bool) error {
	if _, err := io.WriteString(lt.stdin, k); err != nil {
		return fmt.Errorf("session %d: sending %q: %w", lt.id, k, err)
	}
	lt.keys++
	if pause {
		time.Sleep(time.Duration(20+mrand.IntN(31)) * time.Millisecond)
	}
	return nil
}

// loadOpen connects, asks for an 80×24 xterm-256color terminal and the
// reader, and waits for the first screen.
func loadOpen(ls *loadServer, key gossh.Signer, id int) (*loadTerm, error) {
	cfg := &gossh.ClientConfig{
		User:            fmt.Sprintf("load%d", id),
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.FixedHostKey(ls.hostKey),
		Timeout:         loadStep,
	}
	client, err := gossh.Dial("tcp", ls.addr, cfg)
	if err != nil {
		return nil, fmt.Errorf("session %d: dial: %w", id, err)
	}
	lt := &loadTerm{id: id, client: client}
	fail := func(err error) (*loadTerm, error) {
		client.Close()
		return nil, fmt.Errorf("session %d: %w", id, err)
	}
	if lt.sess, err = client.NewSession(); err != nil {
		return fail(err)
	}
	if err := lt.sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		return fail(err)
	}
	if lt.stdin, err = lt.sess.StdinPipe(); err != nil {
		return fail(err)
	}
	lt.sess.Stdout = lt
	lt.sess.Stderr = lt
	if err := lt.sess.Shell(); err != nil {
		return fail(err)
	}
	if err := lt.waitFor("first screen", loadHeader); err != nil {
		client.Close()
		return nil, err
	}
	return lt, nil
}

// typeUntil moves about and filters, round after round, until deadline:
// j j k enter tab ] j tab, then /NAME enter (the status line must show the
// filter and its count), n, esc (the status line must show the key
// reminder again).
func (lt *loadTerm) typeUntil(deadline time.Time, id int, counts map[string]string, pause bool) error {
	nav := []string{"j", "j", "k", "\r", "\t", "]", "j", "\t"}
	for round := 0; round == 0 || time.Now().Before(deadline); round++ {
		for _, k := range nav {
			if err := lt.send(k, pause); err != nil {
				return err
			}
		}
		name := loadNames[(id+round)%len(loadNames)]
		lt.mark()
		t0 := time.Now()
		if err := lt.send("/", pause); err != nil {
			return err
		}
		for _, r := range name {
			if err := lt.send(string(r), pause); err != nil {
				return err
			}
		}
		if err := lt.send("\r", false); err != nil {
			return err
		}
		// The status line, once the filter is entered: /NAME in one
		// styled run, and the count.
		if err := lt.waitFor(fmt.Sprintf("status line /%s %s (round %d)", name, counts[name], round),
			"/"+name, counts[name]); err != nil {
			return err
		}
		lt.slowest = max(lt.slowest, time.Since(t0))
		lt.filters++
		if err := lt.send("n", pause); err != nil {
			return err
		}
		// esc clears the filter: the status line gives its room back to
		// the key reminder, which it never shows beside a filter at 80
		// columns. Nothing more is sent until then: an ESC is a key of its
		// own only when it arrives alone, and a server that lags could
		// read "\x1bj" in one piece, which is alt+j.
		lt.mark()
		if err := lt.send("\x1b", false); err != nil {
			return err
		}
		if err := lt.waitFor(fmt.Sprintf("status line without the filter after esc (round %d)", round), loadCleared); err != nil {
			return err
		}
		if pause {
			time.Sleep(20 * time.Millisecond)
		}
	}
	return nil
}

// quit types q and waits for the session to end: exit status 0.
func (lt *loadTerm) quit() error {
	lt.mark()
	if err := lt.send("q", false); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- lt.sess.Wait() }()
	select {
	case err := <-done:
		var ee *gossh.ExitError
		switch {
		case err == nil:
			return nil
		case errors.As(err, &ee):
			return fmt.Errorf("session %d: exit status %d after q (%s); output %q", lt.id, ee.ExitStatus(), ee.Msg(), lt.seen())
		default:
			return fmt.Errorf("session %d: after q: %w", lt.id, err)
		}
	case <-time.After(loadStep):
		return fmt.Errorf("session %d: still open %v after q", lt.id, loadStep)
	}
}

// loadPollUntil polls cond every loadPoll for at most limit.
func loadPollUntil(limit time.Duration, cond func() bool) error {
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			return errors.New("timed out")
		}
		time.Sleep(loadPoll)
	}
	return nil
}
