package serve

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui"
)

// A client asking for a huge terminal gets a reader drawn for at most
// maxColumns × maxRows, not the gigabytes its size would take.
func TestHugeWindowIsClamped(t *testing.T) {
	s := itStart(t, Config{})
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c := s.dial(t)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm", 20000, 20000, nil); err != nil {
		t.Fatal(err)
	}
	out, _ := sess.StdoutPipe()
	if _, err := sess.StdinPipe(); err != nil { // open: a session whose input ends, ends
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64<<10)
	got := 0
	deadline := time.Now().Add(5 * time.Second)
	for got < 200<<10 && time.Now().Before(deadline) {
		n, err := out.Read(buf)
		got += n
		if err != nil {
			break
		}
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapInuse) - int64(before.HeapInuse); grew > 200<<20 {
		t.Errorf("one 20000×20000 session grew the heap by %d MB", grew>>20)
	}
	if s.srv.Sessions() != 1 {
		t.Errorf("%d sessions", s.srv.Sessions())
	}
}

// One connection cannot take every session: it gets maxPerConn.
func TestSessionsPerConnection(t *testing.T) {
	s := itStart(t, Config{MaxSessions: 50})
	c := s.dial(t)
	for i := 0; i < maxPerConn; i++ {
		openTerm(t, c, "ok", itTermOpts{}).waitReader(t)
	}
	if sess, err := c.NewSession(); err == nil || !strings.Contains(err.Error(), "at most 4 sessions a connection") {
		if sess != nil {
			sess.Close()
		}
		t.Errorf("session %d on one connection: %v, want it rejected", maxPerConn+1, err)
	}
	// Another connection still gets in.
	if out, err := func() ([]byte, error) {
		sess, err := s.dial(t).NewSession()
		if err != nil {
			return nil, err
		}
		defer sess.Close()
		return sess.Output("toc")
	}(); err != nil || !strings.HasPrefix(string(out), "平顶山月报") {
		t.Errorf("another connection: %v %q", err, out)
	}
}

// One address cannot take every session either.
func TestSessionsPerAddress(t *testing.T) {
	s := itStart(t, Config{MaxSessions: 50, MaxPerAddress: 2})
	openTerm(t, s.dial(t), "a", itTermOpts{}).waitReader(t)
	openTerm(t, s.dial(t), "b", itTermOpts{}).waitReader(t)
	sess, err := s.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out, err := sess.CombinedOutput("toc")
	if itExitCode(err) != 1 || !strings.Contains(string(out), "from your address") {
		t.Errorf("third session from one address: exit %d, %q", itExitCode(err), out)
	}
}

// A connection whose sessions have all ended is closed after the
// handshake timeout.
func TestIdleConnectionClosed(t *testing.T) {
	s := itStart(t, Config{HandshakeTimeout: 300 * time.Millisecond})
	c := s.dial(t)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.Output("toc"); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the connection is still open 5 s after its last session ended")
	}
}

// An empty library (or one emptied while serving) opens the empty picker,
// and toc says there is nothing.
func TestEmptyLibrary(t *testing.T) {
	lib, err := library.Load([]string{t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	s := itStart(t, Config{Issues: []*ui.Doc{}, Library: lib})
	tm := openTerm(t, s.dial(t), "empty", itTermOpts{})
	tm.waitText(t, "0 issues")
	tm.send(t, "q")
	if code := tm.waitEnd(t, 5*time.Second); code != 0 {
		t.Errorf("exit %d", code)
	}
	sess, err := s.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if _, err := sess.Output("toc"); itExitCode(err) != 1 {
		t.Errorf("toc of an empty library: exit %d", itExitCode(err))
	}
}
