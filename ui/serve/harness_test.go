package serve

// The harness of the integration tests in serve_test.go: a server on a
// free port of 127.0.0.1, SSH clients from golang.org/x/crypto/ssh, and a
// terminal emulator (charmbracelet/x/vt) per PTY session, so that a test
// reads the screen as the user would see it rather than grepping bytes.
//
// Every package-level name here starts with "it" (integration test), so
// as not to collide with the other test files of the package.

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui"
)

const (
	// itHeader is the reader's first line for the sample issue.
	itHeader = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04"
	// itWait bounds every poll: generous, for a loaded 2-core machine
	// under -race; a passing test never waits for it.
	itWait = 8 * time.Second
	// itTick is how often a poll looks again.
	itTick = 15 * time.Millisecond
)

var (
	itSampleOnce sync.Once
	itSampleIss  *ui.Doc
	itSampleErr  error
)

// itIssues is the sample issue, parsed and indexed once for the whole
// package (the index is read-only and shared, as the server shares it).
func itIssues(t testing.TB) []*ui.Doc {
	t.Helper()
	itSampleOnce.Do(func() {
		src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pingdingshan-2023-11.md"))
		if err != nil {
			itSampleErr = err
			return
		}
		iss, err := parser.Parse(src)
		if err != nil {
			itSampleErr = err
			return
		}
		itSampleIss = ui.NewDoc("pingdingshan-2023-11", "", iss, nil)
	})
	if itSampleErr != nil {
		t.Fatal(itSampleErr)
	}
	return []*ui.Doc{itSampleIss}
}

// itSigner is a fresh ed25519 key.
func itSigner(t testing.TB) gossh.Signer {
	t.Helper()
	s, err := itNewSigner()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func itNewSigner() (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return gossh.NewSignerFromKey(priv)
}

// itServer is a running server on 127.0.0.1 and a free port.
type itServer struct {
	srv      *Server
	addr     string
	hostKey  gossh.PublicKey
	logs     *testkit.Buffer
	served   chan error // Serve's result
	shutOnce sync.Once
}

// itStart starts a server with cfg, filling in the sample issue, a fresh
// host key, a log buffer and, unless cfg says otherwise, no rate limit
// (the tests connect often from one address). It is shut down when the
// test ends.
func itStart(t testing.TB, cfg Config) *itServer {
	t.Helper()
	if cfg.Issues == nil {
		cfg.Issues = itIssues(t)
	}
	if cfg.HostKey == nil {
		cfg.HostKey = itSigner(t)
	}
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond = -1
	}
	logs := &testkit.Buffer{}
	if cfg.Logger == nil {
		cfg.Logger = log.NewWithOptions(logs, log.Options{ReportTimestamp: true, Level: log.DebugLevel})
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &itServer{
		srv:     srv,
		addr:    ln.Addr().String(),
		hostKey: cfg.HostKey.PublicKey(),
		logs:    logs,
		served:  make(chan error, 1),
	}
	go func() { s.served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		s.shutdown(t)
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return s
}

// shutdown stops the server once and waits for Serve to return.
func (s *itServer) shutdown(t testing.TB) {
	s.shutOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), itWait)
		defer cancel()
		if err := s.srv.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
		select {
		case err := <-s.served:
			if !errors.Is(err, ssh.ErrServerClosed) {
				t.Errorf("Serve returned %v, want ssh.ErrServerClosed", err)
			}
		case <-time.After(itWait):
			t.Errorf("Serve did not return after Shutdown")
		}
	})
}

// clientConfig authenticates with auth as user "reader", checking the
// server's host key. Without auth it offers a new key: the server
// remembers where each key left the reader, and most tests want a reader
// that starts afresh.
func (s *itServer) clientConfig(auth ...gossh.AuthMethod) *gossh.ClientConfig {
	if len(auth) == 0 {
		auth = []gossh.AuthMethod{gossh.PublicKeysCallback(func() ([]gossh.Signer, error) {
			k, err := itNewSigner()
			return []gossh.Signer{k}, err
		})}
	}
	return &gossh.ClientConfig{
		User:            "reader",
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(s.hostKey),
		Timeout:         itWait,
	}
}

// dialErr connects with cfg (the default key when nil).
func (s *itServer) dialErr(cfg *gossh.ClientConfig) (*gossh.Client, error) {
	if cfg == nil {
		cfg = s.clientConfig()
	}
	return gossh.Dial("tcp", s.addr, cfg)
}

// dial connects with a new key; the client is closed when the test ends.
func (s *itServer) dial(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := s.dialErr(nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// dialConn is dial, also returning the TCP connection under the client,
// for a test that drops it.
func (s *itServer) dialConn(t testing.TB) (*gossh.Client, net.Conn) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", s.addr, itWait)
	if err != nil {
		t.Fatal(err)
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, s.addr, s.clientConfig())
	if err != nil {
		conn.Close()
		t.Fatalf("handshake: %v", err)
	}
	c := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { c.Close() })
	return c, conn
}

// itTerm is one PTY session as its user sees it: what the server writes
// to stdout goes through a terminal emulator of the PTY's size; stderr is
// kept as text (the server writes only one-line messages there).
type itTerm struct {
	name   string
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser
	stderr *testkit.Buffer

	mu    sync.Mutex
	emu   *vt.Emulator
	modes map[ansi.Mode]bool // the terminal modes the server set or reset

	started time.Time
	ended   chan struct{} // closed when Wait returns
	exitErr error         // Wait's result, once ended is closed
}

// itTermOpts says how to open a PTY session.
type itTermOpts struct {
	w, h int               // default 80x24
	env  map[string]string // sent before the PTY request
	cmd  string            // the session command; "" asks for a shell
	// firstKeys are written right after the shell or command starts,
	// before anything is read.
	firstKeys string
}

// openTerm opens a PTY session ("xterm-256color") on client c.
func openTerm(t testing.TB, c *gossh.Client, name string, o itTermOpts) *itTerm {
	t.Helper()
	tm, err := openTermErr(c, name, o)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	t.Cleanup(tm.close)
	return tm
}

func openTermErr(c *gossh.Client, name string, o itTermOpts) (*itTerm, error) {
	if o.w == 0 {
		o.w, o.h = 80, 24
	}
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range o.env {
		if err := sess.Setenv(k, v); err != nil {
			sess.Close()
			return nil, err
		}
	}
	if err := sess.RequestPty("xterm-256color", o.h, o.w, gossh.TerminalModes{}); err != nil {
		sess.Close()
		return nil, err
	}
	tm := &itTerm{
		name:   name,
		client: c,
		sess:   sess,
		stderr: &testkit.Buffer{},
		emu:    vt.NewEmulator(o.w, o.h),
		ended:  make(chan struct{}),
		// A terminal starts with its cursor shown.
		modes: map[ansi.Mode]bool{ansi.ModeTextCursorEnable: true},
	}
	// The emulator's screen keeps its own cursor visibility; a terminal
	// has one, global mode: track the modes as they are set (the
	// callbacks run inside Write, under tm.mu).
	tm.emu.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { tm.modes[m] = true },
		DisableMode: func(m ansi.Mode) { tm.modes[m] = false },
	})
	// What the emulator answers (it is asked nothing, but it must never
	// block) goes nowhere, until close closes its input pipe. (Closing the
	// emulator itself would race with Read.)
	go func() { _, _ = io.Copy(io.Discard, tm.emu) }()
	sess.Stderr = tm.stderr
	out, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if tm.in, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	if o.cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(o.cmd)
	}
	if err != nil {
		sess.Close()
		return nil, err
	}
	tm.started = time.Now()
	if o.firstKeys != "" {
		if _, err := io.WriteString(tm.in, o.firstKeys); err != nil {
			return nil, err
		}
	}
	outDone := make(chan struct{})
	go func() {
		defer close(outDone)
		buf := make([]byte, 32*1024)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				tm.mu.Lock()
				_, _ = tm.emu.Write(buf[:n])
				tm.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		err := sess.Wait()
		<-outDone
		tm.exitErr = err
		close(tm.ended)
	}()
	return tm, nil
}

// close ends the session from the client's side, if it is still open.
func (tm *itTerm) close() {
	tm.sess.Close()
	select {
	case <-tm.ended:
	case <-time.After(itWait):
	}
	if c, ok := tm.emu.InputPipe().(io.Closer); ok {
		c.Close()
	}
}

// send types s.
func (tm *itTerm) send(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(tm.in, s); err != nil {
		t.Fatalf("%s: typing %q: %v", tm.name, s, err)
	}
}

// resize changes the terminal's size and tells the server, as a terminal
// and ssh do on SIGWINCH.
func (tm *itTerm) resize(w, h int) error {
	tm.mu.Lock()
	tm.emu.Resize(w, h)
	tm.mu.Unlock()
	return tm.sess.WindowChange(h, w)
}

// screen is the emulator's screen as text, a line per row, trailing
// blanks trimmed.
func (tm *itTerm) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.String()
}

func (tm *itTerm) lines() []string { return strings.Split(tm.screen(), "\n") }

// size is the emulator's size.
func (tm *itTerm) size() (w, h int) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.Width(), tm.emu.Height()
}

// rightEdge is the column of the last printed (non-blank) cell on row y,
// or -1.
func (tm *itTerm) rightEdge(y int) int {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	for x := tm.emu.Width() - 1; x >= 0; x-- {
		c := tm.emu.CellAt(x, y)
		if c != nil && strings.TrimSpace(c.Content) != "" {
			return x
		}
	}
	return -1
}

// modeSet reports whether the server left mode m set.
func (tm *itTerm) modeSet(m ansi.Mode) bool {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.modes[m]
}

// restored lists what the server left changed in the terminal: the
// alternate screen, a hidden cursor, mouse reporting, bracketed paste.
func (tm *itTerm) restored() []string {
	var left []string
	for _, m := range []struct {
		mode ansi.Mode
		want bool
		name string
	}{
		{ansi.ModeAltScreenSaveCursor, false, "the alternate screen"},
		{ansi.ModeTextCursorEnable, true, "the cursor hidden"},
		{ansi.ModeMouseButtonEvent, false, "mouse reporting (1002)"},
		{ansi.ModeMouseAnyEvent, false, "mouse reporting (1003)"},
		{ansi.ModeMouseExtSgr, false, "SGR mouse (1006)"},
		{ansi.ModeBracketedPaste, false, "bracketed paste (2004)"},
	} {
		if tm.modeSet(m.mode) != m.want {
			left = append(left, m.name)
		}
	}
	return left
}

// waitScreen polls the screen until ok accepts it and returns it; after
// itWait it fails the test, showing the screen.
func (tm *itTerm) waitScreen(t testing.TB, what string, ok func(screen string) bool) string {
	t.Helper()
	scr, err := tm.pollScreen(what, ok)
	if err != nil {
		t.Fatal(err)
	}
	return scr
}

// pollScreen is waitScreen returning an error, for goroutines.
func (tm *itTerm) pollScreen(what string, ok func(screen string) bool) (string, error) {
	deadline := time.Now().Add(itWait)
	for {
		scr := tm.screen()
		if ok(scr) {
			return scr, nil
		}
		if time.Now().After(deadline) {
			return scr, errors.New(tm.name + ": waited " + itWait.String() + " for " + what + "; the screen:\n" + scr + "\nstderr: " + tm.stderr.String())
		}
		time.Sleep(itTick)
	}
}

// waitText waits for s on the screen.
func (tm *itTerm) waitText(t testing.TB, s string) string {
	t.Helper()
	return tm.waitScreen(t, "“"+s+"”", func(scr string) bool { return strings.Contains(scr, s) })
}

// waitReader waits for the reader's first screen.
func (tm *itTerm) waitReader(t testing.TB) string {
	t.Helper()
	return tm.waitScreen(t, "the reader", func(scr string) bool {
		return strings.HasPrefix(scr, itHeader) && strings.Contains(scr, "q quit")
	})
}

// isOpen reports whether the session is still going.
func (tm *itTerm) isOpen() bool {
	select {
	case <-tm.ended:
		return false
	default:
		return true
	}
}

// waitEnd waits up to d for the session to end and returns its exit
// status (-1 when the server sent none), failing the test if it does not
// end.
func (tm *itTerm) waitEnd(t testing.TB, d time.Duration) int {
	t.Helper()
	select {
	case <-tm.ended:
		return itExitCode(tm.exitErr)
	case <-time.After(d):
		t.Fatalf("%s: the session did not end within %s; the screen:\n%s", tm.name, d, tm.screen())
		return 0
	}
}

// itExitCode is the exit status Session.Wait or Run reports.
func itExitCode(err error) int {
	var ee *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	default:
		return -1
	}
}

// itSettleGoroutines waits until the number of goroutines is at most max
// and reports the last count.
func itSettleGoroutines(max int, d time.Duration) int {
	deadline := time.Now().Add(d)
	for {
		runtime.GC()
		n := runtime.NumGoroutine()
		if n <= max || time.Now().After(deadline) {
			return n
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// itBaseline is the number of goroutines once it holds still for 50 ms
// (at most a second), to compare with after a fault.
func itBaseline() int {
	runtime.GC()
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		runtime.GC()
		m := runtime.NumGoroutine()
		if m == n {
			break
		}
		n = m
	}
	return n
}

// itStacks is the stacks of the goroutines the server and its libraries
// run, alike ones counted once, for a leak report.
func itStacks() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	count := map[string]int{}
	var order []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		_, stack, _ := strings.Cut(strings.TrimSpace(g), "\n")
		if !strings.Contains(stack, "charmbracelet") || strings.Contains(stack, "Accept") {
			continue
		}
		// Drop the arguments and offsets, which differ between alike
		// goroutines.
		var b strings.Builder
		for _, l := range strings.Split(stack, "\n") {
			if i := strings.Index(l, " in goroutine "); i > 0 && strings.HasPrefix(l, "created by ") {
				l = l[:i]
			} else if i := strings.LastIndex(l, "("); i > 0 && strings.HasSuffix(l, ")") && !strings.HasPrefix(l, "\t") {
				l = l[:i]
			}
			if i := strings.LastIndex(l, " +0x"); i > 0 {
				l = l[:i]
			}
			b.WriteString(l + "\n")
		}
		k := b.String()
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	var out strings.Builder
	for _, k := range order {
		fmt.Fprintf(&out, "%d goroutine(s):\n%s\n", count[k], k)
	}
	return out.String()
}
