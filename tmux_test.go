package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The one tmux driver of the tests that run a program in a terminal (the
// reader, the find tests, ssh to `yuebao serve`): a private tmux server
// per test, sessions on it whose command's exit status a shell records,
// and a session's keys, text, captures and waits.

const (
	// stepTimeout is how long a wait lasts unless the session says.
	stepTimeout = 5 * time.Second
	pollEvery   = 20 * time.Millisecond
)

// needTools looks the named programs up in PATH. A test whose programs are
// not all there skips, unless CI is set: CI must install them rather than
// skip the test.
func needTools(t *testing.T, names ...string) []string {
	t.Helper()
	paths := make([]string, len(names))
	var errs []error
	for i, name := range names {
		p, err := exec.LookPath(name)
		paths[i] = p
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		what := strings.Join(names, " or ")
		if os.Getenv("CI") == "" {
			t.Skipf("%s is not installed: %v", what, err)
		}
		t.Fatalf("%s is not installed, and CI is set: CI must install it rather than skip this test: %v", what, err)
	}
	return paths
}

// tmuxServer is a private tmux server: its own socket, its own
// environment, gone when the test that started it ends.
type tmuxServer struct {
	tmux string // the tmux binary
	sock string
	dir  string // private to the server: its socket, the exit statuses
	env  []string
}

// newTmux starts nothing yet: the server starts with its first session,
// and is killed, its directory removed, when t ends.
func newTmux(t *testing.T, tmuxPath string) *tmuxServer {
	t.Helper()
	// A short private directory under os.TempDir for the socket:
	// t.TempDir's can pass the 104-byte limit on socket paths.
	dir, err := os.MkdirTemp("", "yb-tmux-")
	if err != nil {
		t.Fatal(err)
	}
	tm := &tmuxServer{
		tmux: tmuxPath,
		sock: filepath.Join(dir, "sock"),
		dir:  dir,
		// tmux runs in this environment and no other, the same in every
		// test and subtest: nothing of the test's, its own home, and one
		// UTF-8 locale, so that only the pane's command's environment
		// changes between tests.
		env: []string{
			"PATH=" + os.Getenv("PATH"),
			"HOME=" + dir,
			"LANG=C.UTF-8",
			"TERM=xterm-256color",
		},
	}
	t.Cleanup(func() {
		// The server may be gone already; that is fine.
		_, _ = tm.run2("kill-server")
		os.RemoveAll(dir)
	})
	return tm
}

// run2 runs a tmux command on the server; the error holds tmux's stderr.
func (tm *tmuxServer) run2(args ...string) (string, error) {
	c := exec.Command(tm.tmux, append([]string{"-S", tm.sock}, args...)...)
	c.Env = tm.env
	var stderr strings.Builder
	c.Stderr = &stderr
	out, err := c.Output()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return string(out), nil
}

// tmuxCmd is what a session runs, and in what.
type tmuxCmd struct {
	name       string        // the session's, unique on its server
	cols, rows int           // the window's size
	opts       []string      // global options set first, such as "set-clipboard on"
	env        []string      // the command's whole environment
	argv       []string      // the command, by its path, and its arguments
	timeout    time.Duration // for each wait; stepTimeout if 0
}

// tmuxSession is a command running in a detached session of a private
// tmux server.
type tmuxSession struct {
	t          *testing.T
	tm         *tmuxServer
	target     string
	prog       string // the command's name, for messages
	statusFile string // the command's exit status, once it has exited
	pgid       int    // the pane's process group: the shell, the command
	timeout    time.Duration
}

// startTmux starts c on a tmux server of its own.
func startTmux(t *testing.T, tmuxPath string, c tmuxCmd) *tmuxSession {
	t.Helper()
	return newTmux(t, tmuxPath).start(t, c)
}

// start runs c in a new detached session; t's end kills the session.
//
// The pane's environment is exactly c.env: nothing of the test's or of
// tmux's leaks in. A shell waits for the command and records its exit
// status in a file: tmux's own #{pane_dead_status} is unreliable, as tmux
// built with libutempter can miss the SIGCHLD of a pane whose pty closes
// as it exits (tmux/tmux#311), leaving the status empty. The pane stays
// (remain-on-exit) to be read after the command has gone.
func (tm *tmuxServer) start(t *testing.T, c tmuxCmd) *tmuxSession {
	t.Helper()
	s := &tmuxSession{
		t:          t,
		tm:         tm,
		target:     c.name,
		prog:       filepath.Base(c.argv[0]),
		statusFile: filepath.Join(tm.dir, c.name+".status"),
		timeout:    c.timeout,
	}
	if s.timeout == 0 {
		s.timeout = stepTimeout
	}
	var b strings.Builder
	b.WriteString("exec env -i")
	for _, kv := range c.env {
		b.WriteString(" " + shellQuote(kv))
	}
	b.WriteString(` /bin/sh -c '"$@"; echo $? >"$0"' ` + shellQuote(s.statusFile))
	for _, a := range c.argv {
		b.WriteString(" " + shellQuote(a))
	}
	args := []string{"-f", os.DevNull, "set-option", "-g", "remain-on-exit", "on", ";"}
	for _, o := range c.opts {
		args = append(args, "set-option", "-g")
		args = append(args, strings.Fields(o)...)
		args = append(args, ";")
	}
	args = append(args, "new-session", "-d", "-s", c.name,
		"-x", fmt.Sprint(c.cols), "-y", fmt.Sprint(c.rows), b.String())
	s.run(args...)
	pid := strings.TrimSpace(s.run("list-panes", "-t", c.name, "-F", "#{pane_pid}"))
	var err error
	if s.pgid, err = strconv.Atoi(pid); err != nil {
		t.Fatalf("pane_pid %q: %v", pid, err)
	}
	t.Cleanup(func() {
		// Killing the session hangs up the pane's terminal. What runs in
		// it may still write as it goes (the reader saves its place on
		// SIGHUP): wait for it to be gone before the test's directories
		// are removed.
		_, _ = tm.run2("kill-session", "-t", c.name)
		deadline := time.Now().Add(s.timeout)
		for {
			running, err := groupRunning(s.pgid)
			if err != nil {
				t.Logf("cannot tell whether %s has exited: %v", s.prog, err)
				return
			}
			if !running {
				return
			}
			if time.Now().After(deadline) {
				t.Logf("%s is still running %v after its terminal was closed", s.prog, s.timeout)
				return
			}
			time.Sleep(pollEvery)
		}
	})
	return s
}

// groupRunning reports whether a process of the process group pgid is
// running. A zombie has exited: nobody may ever reap it.
func groupRunning(pgid int) (bool, error) {
	out, err := exec.Command("ps", "-A", "-o", "pgid=", "-o", "stat=").Output()
	if err != nil {
		return false, fmt.Errorf("ps: %v", err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && f[0] == strconv.Itoa(pgid) && !strings.HasPrefix(f[1], "Z") {
			return true, nil
		}
	}
	return false, nil
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (s *tmuxSession) run2(args ...string) (string, error) { return s.tm.run2(args...) }

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := s.run2(args...)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// keys sends key names (j, Enter, q) one after another.
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", s.target}, keys...)...)
}

// text sends text literally in one write, as a paste or an input method
// commit arrives.
func (s *tmuxSession) text(text string) {
	s.t.Helper()
	s.run("send-keys", "-t", s.target, "-l", text)
}

// capture is the screen.
func (s *tmuxSession) capture() (screen, error) { return s.captureFrom("0") }

// captureAll is the history and the screen.
func (s *tmuxSession) captureAll() (screen, error) { return s.captureFrom("-") }

func (s *tmuxSession) captureFrom(start string) (screen, error) {
	out, err := s.run2("capture-pane", "-p", "-S", start, "-t", s.target)
	if err != nil {
		return nil, err
	}
	return screen(strings.Split(strings.TrimSuffix(out, "\n"), "\n")), nil
}

// framed is the screen now, for a failure message.
func (s *tmuxSession) framed() string {
	sc, err := s.capture()
	if err != nil {
		return err.Error()
	}
	return sc.framed()
}

// paneDead reports whether the pane's command has gone, closing its
// terminal.
func (s *tmuxSession) paneDead() (bool, error) {
	out, err := s.run2("list-panes", "-t", s.target, "-F", "#{pane_dead}")
	return strings.TrimSpace(out) == "1", err
}

// status is the command's exit status as the shell wrote it, and whether
// it has (the shell writes a line).
func (s *tmuxSession) status() (string, bool) {
	b, err := os.ReadFile(s.statusFile)
	if err != nil || !strings.HasSuffix(string(b), "\n") {
		return "", false
	}
	return strings.TrimSpace(string(b)), true
}

// poll calls cond every pollEvery until it reports true, failing the test
// after the session's timeout with cond's last description of what it saw.
func (s *tmuxSession) poll(what string, cond func() (bool, string)) {
	s.t.Helper()
	deadline := time.Now().Add(s.timeout)
	for {
		ok, saw := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out after %v waiting for %s; last saw:\n%s", s.timeout, what, saw)
		}
		time.Sleep(pollEvery)
	}
}

// waitFor polls the screen until ok accepts it, and returns that screen.
func (s *tmuxSession) waitFor(what string, ok func(screen) bool) screen {
	s.t.Helper()
	return s.wait(what, s.capture, ok)
}

// waitForAll polls the history and the screen until ok accepts them, and
// returns them.
func (s *tmuxSession) waitForAll(what string, ok func(screen) bool) screen {
	s.t.Helper()
	return s.wait(what, s.captureAll, ok)
}

func (s *tmuxSession) wait(what string, capture func() (screen, error), ok func(screen) bool) screen {
	s.t.Helper()
	var sc screen
	s.poll(what, func() (bool, string) {
		var err error
		sc, err = capture()
		if err != nil {
			return false, err.Error()
		}
		if ok(sc) {
			return true, ""
		}
		saw := sc.framed()
		if dead, _ := s.paneDead(); dead {
			st, _ := s.status()
			saw += fmt.Sprintf("\n(%s has exited, status %q)", s.prog, st)
		}
		return false, saw
	})
	return sc
}

// waitExit waits for the pane to die, nothing holding its terminal open
// any more: the shell around the command has written the command's exit
// status and gone. It returns that status.
func (s *tmuxSession) waitExit(what string) string {
	s.t.Helper()
	s.poll(what, func() (bool, string) {
		dead, err := s.paneDead()
		if err != nil {
			return false, err.Error()
		}
		return dead, "pane_dead = 0\n" + s.framed()
	})
	st, ok := s.status()
	if !ok {
		s.t.Fatalf("%s: the pane is dead but the shell recorded no exit status for %s in %s\n%s", what, s.prog, s.statusFile, s.framed())
	}
	return st
}

// screen is one capture of a pane, a line a row, trailing blanks trimmed
// by tmux.
type screen []string

func (sc screen) String() string { return strings.Join(sc, "\n") }

// framed is the screen for a failure message, numbered, with its edges.
func (sc screen) framed() string { return frame(sc.String()) }

func (sc screen) line(i int) string {
	if i < 0 || i >= len(sc) {
		return ""
	}
	return sc[i]
}

func (sc screen) bottom() string { return strings.TrimSpace(sc.line(len(sc) - 1)) }

// frame shows a capture with its edges, for failure messages.
func frame(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = fmt.Sprintf("%2d|%s|", i, l)
	}
	return strings.Join(lines, "\n")
}
