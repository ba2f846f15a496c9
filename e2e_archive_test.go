package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/archivegen"
)

// TestArchiveOverSSH serves an archive of 1,000 generated issues from its
// index (made beforehand by yuebao index) and searches it through the
// real OpenSSH client in tmux: the picker lists the catalogue, a name
// finds its entries across places and years, enter opens one; a file
// added while serving is indexed and listed by the next session.
func TestArchiveOverSSH(t *testing.T) {
	paths := needTools(t, "tmux", "ssh")
	tmux, sshPath := paths[0], paths[1]
	dir := t.TempDir()
	start := time.Now()
	defer func() { t.Logf("test body %v", time.Since(start).Round(time.Millisecond)) }()
	bin := filepath.Join(dir, "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	issues := filepath.Join(dir, "issues")
	if err := os.Mkdir(issues, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := archivegen.Write(issues, string(sample), 0, 1000); err != nil {
		t.Fatal(err)
	}
	t.Logf("built and generated in %v", time.Since(start).Round(time.Millisecond))
	db := filepath.Join(dir, "archive.db")
	t0 := time.Now()
	if out, err := exec.Command(bin, "index", "--db", db, issues).CombinedOutput(); err != nil ||
		!strings.Contains(string(out), "1000 issues from 1000 files (1000 parsed,") {
		t.Fatalf("yuebao index: %v\n%s", err, out)
	}
	t.Logf("indexed 1,000 issues in %v", time.Since(t0).Round(time.Millisecond))

	t1 := time.Now()
	srv := opensshStartServer(t, bin, "--db", db, issues)
	t.Logf("server up in %v", time.Since(t1).Round(time.Millisecond))
	tm := newTmux(t, tmux)
	p := opensshStart(t, tm, "archive", sshPath, srv.port)
	p.waitFor("the picker over the catalogue", func(sc screen) bool {
		return strings.HasPrefix(sc.line(0), "yuebao · 1000 issues")
	})
	// Name(0) is the first generated issue's first person: 郏县's
	// December 2023, and others of its family name elsewhere.
	name := archivegen.Name(0)
	p.keys("/")
	p.text(name)
	sc := p.waitFor("results naming "+name, func(sc screen) bool {
		return strings.Contains(sc.line(1), "2023年第12期") && strings.Contains(sc.line(1), name)
	})
	t.Logf("first result after %v: %s", time.Since(t1).Round(time.Millisecond), sc.line(1))
	p.keys("Enter", "Enter")
	p.waitFor("the entry open in its issue's reader", func(sc screen) bool {
		return strings.Contains(sc.line(0), "2023年第12期（总第100期）") && strings.Contains(sc.String(), name)
	})
	p.keys("q")
	if st := p.waitExit("ssh to exit after q"); st != "0" {
		t.Errorf("ssh exited with status %s, want 0\n%s", st, p.framed())
	}

	// A new issue while serving: indexed, and the next session lists it.
	name1000, text := archivegen.Issue(string(sample), 1000)
	if err := os.WriteFile(filepath.Join(issues, name1000), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	added := time.Now()
	if !opensshPollUntil(opensshTimeout, func() bool { return strings.Contains(srv.log.String(), "issues=1001") }) {
		t.Fatalf("the new file was not indexed\n%s", srv.log.String())
	}
	t.Logf("a new file indexed %v after it was written", time.Since(added).Round(time.Millisecond))
	p2 := opensshStart(t, tm, "archive2", sshPath, srv.port)
	p2.waitFor("the picker with the new issue", func(sc screen) bool {
		return strings.HasPrefix(sc.line(0), "yuebao · 1001 issues")
	})
	p2.keys("q")
	p2.waitExit("ssh to exit after q")
	srv.terminate(t)
}
