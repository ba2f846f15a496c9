// Package testkit is what the tests of every package share: one golden
// file helper, with its -update flag, and one log buffer. Only tests
// import it.
package testkit

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// update is the -update flag of every test binary that checks golden
// files: set, the files are rewritten from what the code makes now, and
// the diff is reviewed like code.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/ (review the diff)")

// Updating reports whether the test run rewrites golden files.
func Updating() bool { return *update }

// Golden checks got against the file at path, or with -update writes it
// there. what names the output in the message; a failure shows the first
// line that differs.
func Golden(t testing.TB, path string, got []byte, what string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it, and review it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run with -update and review the diff): %s", what, path, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff says where two texts first differ, by line.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, w, g)
		}
	}
	return "no difference"
}

// Buffer is a log that goroutines write to while a test reads it.
type Buffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Tail is the last n lines.
func (b *Buffer) Tail(n int) string {
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// Find is the lines that hold any of subs.
func (b *Buffer) Find(subs ...string) string {
	var out []string
	for _, line := range strings.Split(b.String(), "\n") {
		for _, s := range subs {
			if strings.Contains(line, s) {
				out = append(out, line)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// Repeated is the sample issue made n times as long as one issue: its
// text, then its body (from the body's first section heading, the line
// that the table of contents' first section heading repeats) n-1 times
// more. The sample n times over is n issues, each with its cover (see
// the parser's repeatedStart), so the benchmarks that want one big issue
// use this.
func Repeated(sample []byte, n int) []byte {
	lines := bytes.SplitAfter(sample, []byte("\n"))
	first, body := -1, -1
	for i, l := range lines {
		if !bytes.HasPrefix(l, []byte("## ")) {
			continue
		}
		if first < 0 {
			first = i
		} else if bytes.Equal(bytes.TrimSpace(l), bytes.TrimSpace(lines[first])) {
			body = i
			break
		}
	}
	if body < 0 {
		panic("testkit.Repeated: the sample's body does not begin with its contents' first section")
	}
	text := bytes.Join(lines[body:], nil)
	out := append(append([]byte{}, sample...), '\n')
	for range n - 1 {
		out = append(append(out, text...), '\n')
	}
	return out
}
