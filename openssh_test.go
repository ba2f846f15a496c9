package main

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestOpenSSHInTmux reads the built-in issue through the real OpenSSH
// client, in a tmux pane at 80×24, from the real binary's `yuebao serve`
// on a free port of 127.0.0.1: the first screen, a filter, q (ssh exits
// 0), then SIGTERM (the server exits 0 and says so). And with a session
// open, SIGTERM tells the reader why it is leaving before ssh exits.
func TestOpenSSHInTmux(t *testing.T) {
	tmux, errTmux := exec.LookPath("tmux")
	sshPath, errSSH := exec.LookPath("ssh")
	if err := errors.Join(errTmux, errSSH); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("tmux or ssh is not installed: %v", err)
		}
		t.Fatalf("tmux or ssh is not installed, and CI is set: CI must install them rather than skip this test: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	tm := opensshStartTmux(t, tmux)

	t.Run("read filter quit SIGTERM", func(t *testing.T) {
		srv := opensshStartServer(t, bin)
		p := tm.ssh(t, "read", sshPath, srv.port)
		t0 := time.Now()
		p.waitScreen("the first screen with the header", func(sc []string) bool {
			return strings.Contains(strings.Join(sc, "\n"), opensshHeader)
		})
		t.Logf("first screen after %v", time.Since(t0).Round(time.Millisecond))

		p.keys("/")
		p.text("李明俊")
		p.keys("Enter")
		p.waitScreen("the status line /李明俊 32/68", func(sc []string) bool {
			last := sc[len(sc)-1]
			return strings.Contains(last, "/李明俊") && strings.Contains(last, "32/68")
		})

		p.keys("q")
		if st := p.waitStatus(); st != "0" {
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
		p := tm.ssh(t, "goodbye", sshPath, srv.port)
		p.waitScreen("the first screen with the header", func(sc []string) bool {
			return strings.Contains(strings.Join(sc, "\n"), opensshHeader)
		})
		srv.terminate(t)
		// The goodbye is on the first row once the reader has left the
		// alternate screen, and tmux scrolls it into the history when it
		// writes "Pane is dead" below ssh's last line: look there too.
		p.waitScreenAndHistory("the server's goodbye", func(sc []string) bool {
			return strings.Contains(strings.Join(sc, "\n"), "yuebao: the server is shutting down; goodbye.")
		})
		if st := p.waitStatus(); st != "0" {
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
	opensshPoll    = 20 * time.Millisecond
	// opensshStop is how long the server may take to exit after SIGTERM:
	// its 5 s goodbye, and a second to spare.
	opensshStop = 6 * time.Second
)

// opensshPollUntil calls cond every opensshPoll until it is true, at most
// for limit.
func opensshPollUntil(limit time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(opensshPoll)
	}
	return true
}

// opensshLog collects a process's stderr.
type opensshLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *opensshLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *opensshLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// opensshServer is `yuebao serve` running as a subprocess.
type opensshServer struct {
	cmd  *exec.Cmd
	port int
	log  *opensshLog
	done chan struct{} // closed when the process has exited
	err  error         // from Wait, once done
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

		s := &opensshServer{port: port, log: &opensshLog{}, done: make(chan struct{})}
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

// opensshTmux is a private tmux server for the test's panes.
type opensshTmux struct {
	tmux string
	sock string
	dir  string
	env  []string
}

func opensshStartTmux(t *testing.T, tmuxPath string) *opensshTmux {
	t.Helper()
	// A short directory: t.TempDir's can pass the 104-byte limit on
	// socket paths.
	dir, err := os.MkdirTemp("", "yb-ssh-")
	if err != nil {
		t.Fatal(err)
	}
	tm := &opensshTmux{
		tmux: tmuxPath,
		sock: fmt.Sprintf("yuebao-ssh-%d", os.Getpid()),
		dir:  dir,
		env: []string{
			"PATH=" + os.Getenv("PATH"),
			"HOME=" + dir,
			"TMUX_TMPDIR=" + dir,
			"LANG=C.UTF-8",
			"TERM=xterm-256color",
		},
	}
	t.Cleanup(func() {
		// The server may be gone already; that is fine.
		_, _ = tm.run("kill-server")
		os.RemoveAll(dir)
	})
	return tm
}

func (tm *opensshTmux) run(args ...string) (string, error) {
	c := exec.Command(tm.tmux, append([]string{"-L", tm.sock}, args...)...)
	c.Env = tm.env
	var stderr strings.Builder
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// opensshPane is ssh running in one tmux session.
type opensshPane struct {
	t          *testing.T
	tm         *opensshTmux
	target     string
	statusFile string
}

func opensshQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// ssh starts `ssh -t` to the server in a new tmux session at 80×24. A
// shell records ssh's exit status in a file: tmux's #{pane_dead_status} is
// not reliable (tmux 3.3a can miss the exit of a pane's process).
//
// The client sees nothing of the user's: no environment but PATH, TERM,
// LANG and a HOME of its own, no config (-F /dev/null), no agent and no key
// (OpenSSH looks for keys in the passwd entry's home, not $HOME, so
// IdentityFile names one that does not exist), so that it signs in with
// keyboard-interactive, which an anonymous server accepts without asking
// anything.
func (tm *opensshTmux) ssh(t *testing.T, name, sshPath string, port int) *opensshPane {
	t.Helper()
	home := filepath.Join(tm.dir, "home-"+name)
	if err := os.MkdirAll(filepath.Join(home, ".ssh"), 0o700); err != nil {
		t.Fatal(err)
	}
	p := &opensshPane{t: t, tm: tm, target: name, statusFile: filepath.Join(tm.dir, name+".status")}
	args := []string{sshPath, "-t", "-p", strconv.Itoa(port),
		"-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR",
		"-o", "BatchMode=no",
		"-o", "PreferredAuthentications=publickey,keyboard-interactive",
		"-o", "IdentityAgent=none",
		"-o", "IdentitiesOnly=yes",
		"-o", "IdentityFile=" + filepath.Join(home, ".ssh", "none"),
		"-F", "/dev/null",
		"127.0.0.1"}
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = opensshQuote(a)
	}
	script := strings.Join(q, " ") + `; echo $? >"$0"`
	cmd := fmt.Sprintf("exec env -i PATH=%s HOME=%s TERM=xterm-256color LANG=C.UTF-8 /bin/sh -c %s %s",
		opensshQuote(os.Getenv("PATH")), opensshQuote(home), opensshQuote(script), opensshQuote(p.statusFile))
	if _, err := tm.run("-f", os.DevNull,
		"set-option", "-g", "remain-on-exit", "on", ";",
		"new-session", "-d", "-s", name,
		"-x", strconv.Itoa(opensshCols), "-y", strconv.Itoa(opensshRows), cmd); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _, _ = tm.run("kill-session", "-t", name) })
	return p
}

func (p *opensshPane) keys(keys ...string) {
	p.t.Helper()
	if _, err := p.tm.run(append([]string{"send-keys", "-t", p.target}, keys...)...); err != nil {
		p.t.Fatal(err)
	}
}

// text sends text literally, in one write, as an input method commits it.
func (p *opensshPane) text(s string) {
	p.t.Helper()
	if _, err := p.tm.run("send-keys", "-t", p.target, "-l", s); err != nil {
		p.t.Fatal(err)
	}
}

func (p *opensshPane) capture() ([]string, error) { return p.captureFrom("0") }

// captureFrom captures from the given line: "0" for the screen, "-" for
// the history and the screen.
func (p *opensshPane) captureFrom(start string) ([]string, error) {
	out, err := p.tm.run("capture-pane", "-p", "-S", start, "-t", p.target)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n"), nil
}

func (p *opensshPane) framed() string {
	sc, err := p.capture()
	if err != nil {
		return err.Error()
	}
	for i, l := range sc {
		sc[i] = fmt.Sprintf("%2d|%s|", i, l)
	}
	return strings.Join(sc, "\n")
}

// waitScreen polls the pane until ok accepts its screen.
func (p *opensshPane) waitScreen(what string, ok func([]string) bool) {
	p.t.Helper()
	p.wait(what, "0", ok)
}

// waitScreenAndHistory polls the pane until ok accepts its history and
// screen.
func (p *opensshPane) waitScreenAndHistory(what string, ok func([]string) bool) {
	p.t.Helper()
	p.wait(what, "-", ok)
}

func (p *opensshPane) wait(what, start string, ok func([]string) bool) {
	p.t.Helper()
	var last string
	if !opensshPollUntil(opensshTimeout, func() bool {
		sc, err := p.captureFrom(start)
		if err != nil {
			last = err.Error()
			return false
		}
		if len(sc) > 0 && ok(sc) {
			return true
		}
		last = p.framed()
		return false
	}) {
		st, _ := os.ReadFile(p.statusFile)
		p.t.Fatalf("no %s within %v; the screen:\n%s\n(ssh exit status so far: %q)", what, opensshTimeout, last, strings.TrimSpace(string(st)))
	}
}

// waitStatus waits for ssh to exit and returns its exit status.
func (p *opensshPane) waitStatus() string {
	p.t.Helper()
	var st string
	if !opensshPollUntil(opensshTimeout, func() bool {
		b, err := os.ReadFile(p.statusFile)
		if err != nil || !bytes.HasSuffix(b, []byte("\n")) {
			return false
		}
		st = strings.TrimSpace(string(b))
		return true
	}) {
		p.t.Fatalf("ssh still running %v later\n%s", opensshTimeout, p.framed())
	}
	return st
}
