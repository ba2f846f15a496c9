package main

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/testkit"
)

// TestOpenSSHInTmux reads the built-in issue through the real OpenSSH
// client, in a tmux pane at 80×24, from the real binary's `yuebao serve`
// on a free port of 127.0.0.1: the first screen, a filter, q (ssh exits
// 0), then SIGTERM (the server exits 0 and says so). And with a session
// open, SIGTERM tells the reader why it is leaving before ssh exits.
func TestOpenSSHInTmux(t *testing.T) {
	paths := needTools(t, "tmux", "ssh")
	tmux, sshPath := paths[0], paths[1]
	dir := t.TempDir()
	bin := filepath.Join(dir, "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tm := newTmux(t, tmux)

	t.Run("read filter quit SIGTERM", func(t *testing.T) {
		srv := opensshStartServer(t, bin)
		p := opensshStart(t, tm, "read", sshPath, srv.port)
		t0 := time.Now()
		p.waitFor("the first screen with the header", func(sc screen) bool {
			return strings.Contains(sc.String(), opensshHeader)
		})
		t.Logf("first screen after %v", time.Since(t0).Round(time.Millisecond))

		p.keys("/")
		p.text("李明俊")
		p.keys("Enter")
		p.waitFor("the status line /李明俊 32/68", func(sc screen) bool {
			last := sc[len(sc)-1]
			return strings.Contains(last, "/李明俊") && strings.Contains(last, "32/68")
		})

		p.keys("q")
		if st := p.waitExit("ssh to exit after q"); st != "0" {
			t.Errorf("ssh exited with status %s after q, want 0\n%s", st, p.framed())
		}
		if n := srv.sessionEnds(); n != 1 {
			t.Errorf("the server logged %d session ends, want 1\n%s", n, srv.log.String())
		}

		srv.terminate(t)
		srv.wantLog(t, "shutting down sessions=0", "stopped")
	})

	t.Run("SIGTERM with a session open", func(t *testing.T) {
		srv := opensshStartServer(t, bin)
		p := opensshStart(t, tm, "goodbye", sshPath, srv.port)
		p.waitFor("the first screen with the header", func(sc screen) bool {
			return strings.Contains(sc.String(), opensshHeader)
		})
		srv.terminate(t)
		// The goodbye is on the first row once the reader has left the
		// alternate screen, and tmux scrolls it into the history when it
		// writes "Pane is dead" below ssh's last line: look there too.
		p.waitForAll("the server's goodbye", func(sc screen) bool {
			return strings.Contains(sc.String(), "yuebao: the server is shutting down; goodbye.")
		})
		if st := p.waitExit("ssh to exit after the server's goodbye"); st != "0" {
			t.Errorf("ssh exited with status %s after the server's goodbye, want 0\n%s", st, p.framed())
		}
		srv.wantLog(t, "shutting down sessions=1", "stopped")
	})
}

const (
	opensshHeader  = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04"
	opensshCols    = 80
	opensshRows    = 24
	opensshTimeout = 10 * time.Second
	// opensshStop is how long the server may take to exit after SIGTERM:
	// its 5 s goodbye, and a second to spare.
	opensshStop = 6 * time.Second
)

// opensshPollUntil calls cond every pollEvery until it is true, at most
// for limit.
func opensshPollUntil(limit time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(pollEvery)
	}
	return true
}

// opensshServer is `yuebao serve` running as a subprocess.
type opensshServer struct {
	cmd  *exec.Cmd
	port int
	log  *testkit.Buffer // its stderr
	done chan struct{}   // closed when the process has exited
	err  error           // from Wait, once done
}

var opensshServing = regexp.MustCompile(`serving addr=(\S+)`)

// opensshStartServer starts the server on a free port of 127.0.0.1 and
// waits for its "serving addr=" line. A port found free can be taken
// before the server binds it: then it tries another, three times at most.
func opensshStartServer(t *testing.T, bin string, extra ...string) *opensshServer {
	t.Helper()
	dir := t.TempDir()
	var last string
	for range 3 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))

		s := &opensshServer{port: port, log: &testkit.Buffer{}, done: make(chan struct{})}
		s.cmd = exec.Command(bin, append([]string{"serve", "--listen", addr, "--host-key", filepath.Join(dir, "hostkey")}, extra...)...)
		s.cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "XDG_DATA_HOME=" + dir, "LANG=C.UTF-8"}
		s.cmd.Stderr = s.log
		if err := s.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			s.err = s.cmd.Wait()
			close(s.done)
		}()
		t.Cleanup(func() {
			select {
			case <-s.done:
			default:
				_ = s.cmd.Process.Kill()
				<-s.done
			}
		})
		var got string
		ok := opensshPollUntil(opensshTimeout, func() bool {
			if m := opensshServing.FindStringSubmatch(s.log.String()); m != nil {
				got = m[1]
				return true
			}
			select {
			case <-s.done:
				return true
			default:
				return false
			}
		})
		switch {
		case got == addr:
			return s
		case got != "":
			t.Fatalf("the server says it serves %s, want %s\n%s", got, addr, s.log.String())
		case !ok:
			t.Fatalf("no \"serving addr=\" line within %v\n%s", opensshTimeout, s.log.String())
		}
		last = s.log.String()
		if !strings.Contains(last, "address already in use") {
			t.Fatalf("the server exited before serving (%v)\n%s", s.err, last)
		}
	}
	t.Fatalf("no free port in three tries\n%s", last)
	return nil
}

// terminate sends SIGTERM and waits for the server to exit 0.
func (s *opensshServer) terminate(t *testing.T) {
	t.Helper()
	t0 := time.Now()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.done:
	case <-time.After(opensshStop):
		t.Fatalf("the server is still running %v after SIGTERM\n%s", opensshStop, s.log.String())
	}
	t.Logf("the server exited %v after SIGTERM", time.Since(t0).Round(time.Millisecond))
	if s.err != nil {
		t.Errorf("the server exited with %v after SIGTERM, want status 0\n%s", s.err, s.log.String())
	}
}

// sessionEnds counts the "session end" lines logged so far.
func (s *opensshServer) sessionEnds() int {
	return strings.Count(s.log.String(), "session end")
}

// wantLog checks that the log holds each of subs, in order.
func (s *opensshServer) wantLog(t *testing.T, subs ...string) {
	t.Helper()
	log := s.log.String()
	rest := log
	for _, sub := range subs {
		i := strings.Index(rest, sub)
		if i < 0 {
			t.Errorf("the server's log has no %q (after the lines before it)\n%s", sub, log)
			return
		}
		rest = rest[i+len(sub):]
	}
}

// opensshStart starts `ssh -t` to the server in a new session of tm at
// 80×24, whose exit status a shell records.
//
// The client sees nothing of the user's: no environment but PATH, TERM,
// LANG and a HOME of its own, no config (-F /dev/null), no agent and no key
// (OpenSSH looks for keys in the passwd entry's home, not $HOME, so
// IdentityFile names one that does not exist), so that it signs in with
// keyboard-interactive, which an anonymous server accepts without asking
// anything.
func opensshStart(t *testing.T, tm *tmuxServer, name, sshPath string, port int) *tmuxSession {
	t.Helper()
	home := filepath.Join(tm.dir, "home-"+name)
	if err := os.MkdirAll(filepath.Join(home, ".ssh"), 0o700); err != nil {
		t.Fatal(err)
	}
	return tm.start(t, tmuxCmd{
		name: name, cols: opensshCols, rows: opensshRows, timeout: opensshTimeout,
		env: []string{"PATH=" + os.Getenv("PATH"), "HOME=" + home, "TERM=xterm-256color", "LANG=C.UTF-8"},
		argv: []string{sshPath, "-t", "-p", strconv.Itoa(port),
			"-o", "StrictHostKeyChecking=no",
			"-o", "UserKnownHostsFile=/dev/null",
			"-o", "LogLevel=ERROR",
			"-o", "BatchMode=no",
			"-o", "PreferredAuthentications=publickey,keyboard-interactive",
			"-o", "IdentityAgent=none",
			"-o", "IdentitiesOnly=yes",
			"-o", "IdentityFile=" + filepath.Join(home, ".ssh", "none"),
			"-F", "/dev/null",
			"127.0.0.1"},
	})
}
