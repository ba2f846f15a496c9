package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReaderInput runs the real binary in tmux for what comes in: the
// issue on standard input with the keys from the terminal (as less
// does), keys typed before it starts, and a dumb terminal.
func TestReaderInput(t *testing.T) {
	tmux := needTools(t, "tmux")[0]
	bin := filepath.Join(t.TempDir(), "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	file, err := filepath.Abs(filepath.Join("testdata", "pingdingshan-2023-11.md"))
	if err != nil {
		t.Fatal(err)
	}
	env := func(term string) []string {
		return []string{"TERM=" + term, "LANG=C.UTF-8", "PATH=" + os.Getenv("PATH"),
			"HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}
	}
	opened := func(sc screen) bool { return sc.line(0) == wantHeader && strings.Contains(sc.bottom(), "? help") }

	for name, script := range map[string]string{
		"cat FILE | yuebao":    "cat " + shellQuote(file) + " | " + shellQuote(bin),
		"yuebao - < FILE":      shellQuote(bin) + " - < " + shellQuote(file),
		"yuebao < FILE (no -)": shellQuote(bin) + " < " + shellQuote(file),
	} {
		t.Run(name, func(t *testing.T) {
			s := startTmux(t, tmux, tmuxCmd{name: "stdin", cols: e2eCols, rows: e2eRows, env: env("xterm-256color"),
				argv: []string{"/bin/sh", "-c", script}})
			s.waitFor("the reader to open on standard input", opened)
			s.keys("j")
			s.waitFor("j, read from the terminal", func(sc screen) bool {
				return sc.entryShows("河南城建学院办学四十年暨高水平应用技术型大学建设大会举行", "时政要闻 · 11-01 · p.6")
			})
			s.keys("q")
			if st := s.waitExit("the reader to quit on q"); st != "0" {
				t.Errorf("exit status %q, want 0", st)
			}
		})
	}

	// Keys typed before the reader starts wait in the terminal, as they
	// do for less: the shell sleeps with them in the buffer, so they are
	// there when Bubble Tea's package init would have asked the terminal
	// its background and thrown them away (internal/typeahead).
	t.Run("typed ahead", func(t *testing.T) {
		s := startTmux(t, tmux, tmuxCmd{name: "ahead", cols: e2eCols, rows: e2eRows, env: env("xterm-256color"),
			argv: []string{"/bin/sh", "-c", "sleep 1; exec " + shellQuote(bin) + " " + shellQuote(file)}})
		s.keys("j", "j", "j")
		s.waitFor("the three j typed ahead to reach the reader", func(sc screen) bool {
			return sc.entryShows("尧山实验室理事会第一次会议召开", "时政要闻 · 11-10 · p.7")
		})
		s.keys("q")
		if st := s.waitExit("the reader to quit on q"); st != "0" {
			t.Errorf("exit status %q, want 0", st)
		}
	})

	t.Run("TERM=dumb", func(t *testing.T) {
		s := startTmux(t, tmux, tmuxCmd{name: "dumb", cols: e2eCols, rows: e2eRows, env: env("dumb"), argv: []string{bin, file}})
		if st := s.waitExit("the plain text to be printed"); st != "0" {
			t.Errorf("exit status %q, want 0", st)
		}
		all, err := s.captureAll()
		if err != nil {
			t.Fatal(err)
		}
		text := all.String()
		if !strings.Contains(text, "yuebao: TERM=dumb cannot draw the reader; printing the issue as plain text") ||
			!strings.Contains(text, "## 时政要闻") || strings.Contains(text, "? help") {
			t.Errorf("TERM=dumb printed:\n%s", all.framed())
		}
	})
}
