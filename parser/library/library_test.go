package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yuebao/yuebao/parser"
)

var sample []byte

func init() {
	var err error
	sample, err = os.ReadFile("../../testdata/pingdingshan-2023-11.md")
	if err != nil {
		panic(err)
	}
}

// issue is the sample renumbered as year, number.
func issue(year, number int) []byte {
	s := strings.Replace(string(sample), "2023年第11期", fmt.Sprintf("%d年第%d期", year, number), 1)
	total := 215 + (year-2023)*12 + number - 11
	s = strings.Replace(s, "(总第215期)", fmt.Sprintf("(总第%d期)", total), 1)
	return []byte(s)
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func names(items []Item) []string {
	var ns []string
	for _, it := range items {
		ns = append(ns, it.Name)
	}
	return ns
}

func find(items []Item, name string) (Item, bool) {
	for _, it := range items {
		if it.Name == name {
			return it, true
		}
	}
	return Item{}, false
}

func TestLoadDirectory(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "a.md"), issue(2023, 9))
	write(t, filepath.Join(d, "b.md"), issue(2023, 11))
	write(t, filepath.Join(d, "c.markdown"), issue(2023, 10))
	write(t, filepath.Join(d, "old.TXT"), issue(2022, 12))
	write(t, filepath.Join(d, "empty.md"), nil)
	write(t, filepath.Join(d, "blob.md"), []byte("\x00\x01\x02PK\x03\x04binary\x00"))
	write(t, filepath.Join(d, "notes.txt"), []byte("买牛奶\n给老张回电话\n"))
	write(t, filepath.Join(d, ".hidden.md"), issue(2024, 1))
	write(t, filepath.Join(d, "b.md~"), issue(2024, 2))     // editor backup
	write(t, filepath.Join(d, "README"), issue(2024, 3))    // no extension
	write(t, filepath.Join(d, "cover.pdf"), issue(2024, 4)) // other extension
	write(t, filepath.Join(d, "sub", "x.md"), issue(2024, 5))
	if err := os.Mkdir(filepath.Join(d, "dir.md"), 0o755); err != nil { // a directory with an issue's name
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", filepath.Join(d, "link.md")); err != nil {
		t.Fatal(err)
	}

	l, err := Load([]string{d})
	if err != nil {
		t.Fatal(err)
	}
	items := l.Snapshot()
	want := []string{"b", "c", "a", "link", "old", "notes", "blob", "empty"}
	if got := names(items); !slices.Equal(got, want) {
		t.Fatalf("names = %q, want %q", got, want)
	}
	// a and its symlink are the same issue; the tie goes by name.
	for i, want := range []string{"2023年第11期", "2023年第10期", "2023年第9期", "2023年第9期", "2022年第12期", "", "", ""} {
		if got := label(items[i]); !strings.HasPrefix(got, want) || want == "" && got != "" {
			t.Errorf("%s: label %q, want %q", items[i].Name, got, want)
		}
	}
	for _, it := range items[:6] {
		if it.Err != nil || it.Issue == nil || it.Mod.IsZero() {
			t.Errorf("%s: Err %v, Issue %v, Mod %v", it.Name, it.Err, it.Issue != nil, it.Mod)
		}
		if want := filepath.Join(d, filepath.Base(it.Path)); it.Path != want {
			t.Errorf("Path %q, want %q", it.Path, want)
		}
	}
	notes := items[5]
	if notes.Issue.Year != 0 || notes.Issue.Number != 0 || len(notes.Issue.Sections) == 0 {
		t.Errorf("notes: %+v", notes.Issue)
	}
	for _, c := range []struct {
		name string
		err  error
	}{{"blob", parser.ErrBinary}, {"empty", parser.ErrEmpty}} {
		it, _ := find(items, c.name)
		if !errors.Is(it.Err, c.err) || it.Issue != nil {
			t.Errorf("%s: Err %v, Issue %v; want %v and no issue", c.name, it.Err, it.Issue != nil, c.err)
			continue
		}
		msg := it.Err.Error()
		if !strings.HasPrefix(msg, it.Path+": ") || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q should be one line beginning with the path", c.name, msg)
		}
	}
	if v := l.Version(); v == 0 {
		t.Errorf("Version = 0 after Load")
	}
}

func TestLoadPaths(t *testing.T) {
	d := t.TempDir()
	lib := filepath.Join(d, "lib")
	write(t, filepath.Join(lib, "2023-11.md"), issue(2023, 11))
	write(t, filepath.Join(lib, "2023-10.md"), issue(2023, 10))
	other := filepath.Join(d, "other", "special.text") // any name goes when given
	write(t, other, issue(2024, 1))
	hidden := filepath.Join(d, "other", ".draft.md")
	write(t, hidden, issue(2023, 12))
	empty := filepath.Join(d, "other", "empty.md")
	write(t, empty, nil)
	write(t, filepath.Join(d, "other", "not-given.md"), issue(2025, 1))

	t.Chdir(d)
	// The directory twice under two spellings and a file in it once more:
	// each file is listed once, under the first spelling.
	l, err := Load([]string{"lib/", other, filepath.Join(d, "lib"), "lib/2023-10.md", hidden, empty})
	if err != nil {
		t.Fatal(err)
	}
	items := l.Snapshot()
	want := []string{"special", ".draft", "2023-11", "2023-10", "empty"}
	if got := names(items); !slices.Equal(got, want) {
		t.Fatalf("names = %q, want %q", got, want)
	}
	if items[2].Path != filepath.Join("lib", "2023-11.md") {
		t.Errorf("Path = %q", items[2].Path)
	}
	if !errors.Is(items[4].Err, parser.ErrEmpty) {
		t.Errorf("empty: Err = %v", items[4].Err)
	}

	missing := filepath.Join(d, "nope.md")
	l, err = Load([]string{"lib", missing})
	if err == nil || l != nil {
		t.Fatalf("Load with a missing path: %v, %v", l, err)
	}
	if want := missing + ": no such file or directory"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}

	// An empty directory is a library of nothing, not an error.
	l, err = Load([]string{t.TempDir()})
	if err != nil || len(l.Snapshot()) != 0 {
		t.Errorf("empty directory: %v, %d items", err, len(l.Snapshot()))
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	d := t.TempDir()
	p := filepath.Join(d, "locked.md")
	write(t, p, issue(2023, 11))
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	l, err := Load([]string{d})
	if err != nil {
		t.Fatal(err)
	}
	items := l.Snapshot()
	if len(items) != 1 || !errors.Is(items[0].Err, os.ErrPermission) {
		t.Fatalf("items = %+v", items)
	}
	if want := p + ": permission denied"; items[0].Err.Error() != want {
		t.Errorf("Err = %q, want %q", items[0].Err, want)
	}
}

func TestNames(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "a", "x.md"), issue(2023, 1))
	write(t, filepath.Join(d, "a", "x.txt"), issue(2023, 2))
	write(t, filepath.Join(d, "a", "y.md"), issue(2023, 3))
	write(t, filepath.Join(d, "b", "y.md"), issue(2023, 4))
	write(t, filepath.Join(d, "b", "z.md"), issue(2023, 5))
	l, err := Load([]string{filepath.Join(d, "a"), filepath.Join(d, "b")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"z", filepath.Join(d, "b", "y.md"), filepath.Join(d, "a", "y.md"), "x.txt", "x.md"}
	if got := names(l.Snapshot()); !slices.Equal(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
}

// eventually polls cond for up to 3 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// logger collects onChange lines.
type logger struct {
	mu    sync.Mutex
	lines []string
}

func (g *logger) add(s string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.lines = append(g.lines, s)
}

func (g *logger) has(sub string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.ContainsFunc(g.lines, func(l string) bool { return strings.Contains(l, sub) })
}

// startWatch runs l.Watch until the test ends and checks that it returns
// and leaves no goroutine behind.
func startWatch(t *testing.T, l *Library, onChange func(string)) (stop func()) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	ready := make(chan struct{})
	go func() {
		first := true
		done <- l.Watch(ctx, func(s string) {
			if first && strings.HasPrefix(s, "watching ") {
				first = false
				close(ready)
			}
			if onChange != nil {
				onChange(s)
			}
		})
	}()
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("Watch: %v", err)
	case <-time.After(3 * time.Second):
		t.Fatal("Watch did not start")
	}
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Watch: %v", err)
			}
		case <-time.After(3 * time.Second):
			t.Fatal("Watch did not return after cancel")
		}
		eventually(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
	}
	t.Cleanup(stop)
	return stop
}

func TestWatch(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "a.md"), issue(2023, 9))
	write(t, filepath.Join(d, "b.md"), issue(2023, 10))
	l, err := Load([]string{d})
	if err != nil {
		t.Fatal(err)
	}
	var log logger
	stop := startWatch(t, l, log.add)
	ver := l.Version()
	changed := l.Changed()
	snap := func() []string { return names(l.Snapshot()) }
	p := filepath.Join(d, "new.md")

	// Added: appears first.
	write(t, p, issue(2023, 12))
	eventually(t, "new.md to appear", func() bool { return slices.Equal(snap(), []string{"new", "b", "a"}) })
	select {
	case <-changed:
	default:
		t.Error("Changed channel not closed after a change")
	}
	if v := l.Version(); v <= ver {
		t.Errorf("Version %d after a change, was %d", v, ver)
	}

	// Renumbered: re-sorted.
	write(t, p, issue(2023, 8))
	eventually(t, "new.md to move last", func() bool { return slices.Equal(snap(), []string{"b", "a", "new"}) })

	// Saved the way editors do: a new file renamed over the old one.
	tmp := filepath.Join(d, ".new.md.swp")
	write(t, tmp, issue(2023, 11))
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
	eventually(t, "new.md to move first", func() bool { return slices.Equal(snap(), []string{"new", "b", "a"}) })

	// Broken: the last good copy stays, with the error.
	good, _ := find(l.Snapshot(), "new")
	for _, c := range []struct {
		data []byte
		err  error
	}{{nil, parser.ErrEmpty}, {[]byte("\x00garbage\x00\x01"), parser.ErrBinary}} {
		write(t, p, c.data)
		eventually(t, "the error to show", func() bool {
			it, _ := find(l.Snapshot(), "new")
			return errors.Is(it.Err, c.err)
		})
		items := l.Snapshot()
		if got := names(items); !slices.Equal(got, []string{"new", "b", "a"}) {
			t.Errorf("names = %q: a broken file should keep its place", got)
		}
		if items[0].Issue != good.Issue || !items[0].Mod.Equal(good.Mod) {
			t.Errorf("broken file: Issue or Mod changed; want the last good copy kept")
		}
	}

	// Fixed again, then removed.
	write(t, p, issue(2023, 7))
	eventually(t, "new.md to be fixed", func() bool {
		it, ok := find(l.Snapshot(), "new")
		return ok && it.Err == nil && strings.HasPrefix(label(it), "2023年第7期")
	})
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	eventually(t, "new.md to go", func() bool { return slices.Equal(snap(), []string{"b", "a"}) })

	// Files that do not count change nothing.
	v := l.Version()
	write(t, filepath.Join(d, "notes.pdf"), issue(2030, 1))
	write(t, filepath.Join(d, ".hidden.md"), issue(2030, 1))
	write(t, filepath.Join(d, "sub", "x.md"), issue(2030, 1))
	// Nor does touching a file without changing its bytes.
	now := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(d, "a.md"), now, now); err != nil {
		t.Fatal(err)
	}
	time.Sleep(4 * debounce)
	if got := l.Version(); got != v {
		t.Errorf("Version went from %d to %d on changes that do not count; items %q", v, got, snap())
	}

	stop()
	for _, want := range []string{"added " + p + " (2023年第12期（总第", "updated " + p + " (2023年第8期（总第",
		p + ": file is empty (keeping the last good copy)", "removed " + p} {
		if !log.has(want) {
			t.Errorf("onChange never said %q", want)
		}
	}
	for _, line := range log.lines {
		if strings.Contains(line, "\n") {
			t.Errorf("onChange line %q is not one line", line)
		}
	}
	// After Watch has returned, nothing changes any more.
	v = l.Version()
	write(t, filepath.Join(d, "late.md"), issue(2023, 1))
	time.Sleep(4 * debounce)
	if l.Version() != v {
		t.Error("library changed after Watch returned")
	}
}

// TestWatchFiles watches files given by name: only they count in their
// directory, and one that is removed and comes back reappears.
func TestWatchFiles(t *testing.T) {
	d := t.TempDir()
	p := filepath.Join(d, "only.md")
	write(t, p, issue(2023, 5))
	write(t, filepath.Join(d, "other.md"), issue(2023, 6))
	l, err := Load([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	startWatch(t, l, nil)
	snap := func() []string { return names(l.Snapshot()) }
	write(t, filepath.Join(d, "third.md"), issue(2023, 7))
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	eventually(t, "only.md to go", func() bool { return len(snap()) == 0 })
	write(t, p, issue(2023, 8))
	eventually(t, "only.md to return", func() bool {
		items := l.Snapshot()
		return len(items) == 1 && strings.HasPrefix(label(items[0]), "2023年第8期")
	})
	if got := snap(); !slices.Equal(got, []string{"only"}) {
		t.Errorf("names = %q", got)
	}
}

// TestWatchDirectoryRemoved: a directory of the library that goes takes
// its items with it; Watch goes on for the rest.
func TestWatchDirectoryRemoved(t *testing.T) {
	d := t.TempDir()
	a, b := filepath.Join(d, "a"), filepath.Join(d, "b")
	write(t, filepath.Join(a, "1.md"), issue(2023, 1))
	write(t, filepath.Join(b, "2.md"), issue(2023, 2))
	l, err := Load([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	var log logger
	startWatch(t, l, log.add)
	if err := os.Rename(a, filepath.Join(d, "gone")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "a's item to go", func() bool { return slices.Equal(names(l.Snapshot()), []string{"2"}) })
	write(t, filepath.Join(b, "3.md"), issue(2023, 3))
	eventually(t, "b to be watched still", func() bool { return slices.Equal(names(l.Snapshot()), []string{"3", "2"}) })
	if !log.has(a + ": directory removed or renamed; no longer watched") {
		t.Errorf("log = %q", log.lines)
	}
}

// TestConcurrent reads snapshots from several goroutines while Watch
// applies changes; run with -race.
func TestConcurrent(t *testing.T) {
	d := t.TempDir()
	for n := 1; n <= 5; n++ {
		write(t, filepath.Join(d, fmt.Sprintf("%02d.md", n)), issue(2023, n))
	}
	l, err := Load([]string{d})
	if err != nil {
		t.Fatal(err)
	}
	startWatch(t, l, nil)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			var last uint64
			for {
				select {
				case <-stop:
					return
				default:
				}
				v := l.Version()
				if v < last {
					t.Errorf("Version went back from %d to %d", last, v)
				}
				last = v
				items := l.Snapshot()
				for i := 1; i < len(items); i++ {
					if compare(items[i-1], items[i]) > 0 {
						t.Errorf("snapshot out of order: %q", names(items))
					}
				}
				for _, it := range items {
					if it.Issue != nil {
						_ = it.Issue.Sections // read what the watcher made
					}
				}
				if len(items) > 0 {
					items[0].Name = "mine" // the copy is the reader's own
				}
				select {
				case <-l.Changed():
				case <-time.After(time.Millisecond):
				}
			}
		})
	}
	for n := 6; n <= 12; n++ {
		write(t, filepath.Join(d, fmt.Sprintf("%02d.md", n)), issue(2023, n))
		write(t, filepath.Join(d, fmt.Sprintf("%02d.md", n-5)), nil)
		time.Sleep(20 * time.Millisecond)
	}
	eventually(t, "12 items", func() bool {
		items := l.Snapshot()
		return len(items) == 12 && items[0].Name == "12" && items[11].Err != nil
	})
	close(stop)
	wg.Wait()
	for _, it := range l.Snapshot() {
		if it.Name == "mine" {
			t.Error("a reader's change to its snapshot reached the library")
		}
	}
}

func TestWatchTwice(t *testing.T) {
	l, err := Load([]string{t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	startWatch(t, l, nil)
	eventually(t, "Watch to start", func() bool { return l.watching.Load() })
	if err := l.Watch(context.Background(), nil); err == nil {
		t.Error("a second Watch at once should fail")
	}
}

// BenchmarkLoad100 loads a directory of 100 issues.
func BenchmarkLoad100(b *testing.B) {
	d := b.TempDir()
	for i := range 100 {
		write(b, filepath.Join(d, fmt.Sprintf("%03d.md", i)), issue(2015+i/12, i%12+1))
	}
	for b.Loop() {
		l, err := Load([]string{d})
		if err != nil {
			b.Fatal(err)
		}
		if n := len(l.Snapshot()); n != 100 {
			b.Fatalf("%d items", n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/op")
}

// TestWatchDirectoryGoneBeforeWatch: a directory removed between Load and
// Watch is reported and its items dropped; Watch still starts.
func TestWatchDirectoryGoneBeforeWatch(t *testing.T) {
	d := t.TempDir()
	a, b := filepath.Join(d, "a"), filepath.Join(d, "b")
	write(t, filepath.Join(a, "1.md"), issue(2023, 1))
	write(t, filepath.Join(b, "2.md"), issue(2023, 2))
	l, err := Load([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(a); err != nil {
		t.Fatal(err)
	}
	var log logger
	startWatch(t, l, log.add)
	eventually(t, "a's item to go", func() bool { return slices.Equal(names(l.Snapshot()), []string{"2"}) })
	for _, want := range []string{a + ": directory removed or renamed; no longer watched", "watching 1 directory", "removed " + filepath.Join(a, "1.md")} {
		if !log.has(want) {
			t.Errorf("onChange never said %q; said %q", want, log.lines)
		}
	}
}

// TestTwoIssuesInOneFile: a file holding two issues gives two items,
// named apart, newest first.
func TestTwoIssuesInOneFile(t *testing.T) {
	one := "# 平顶山月报\n\n2023年第11期\n\n## 时政要闻\n\n" + strings.Repeat("**会议召开** 11月1日，会议召开，研究部署相关工作，明确责任。\n\n", 6)
	two := strings.Replace(one, "第11期", "第12期", 1)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "both.md"), []byte(one+two), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	items := lib.Snapshot()
	if len(items) != 2 {
		t.Fatalf("%d items, want 2: %+v", len(items), items)
	}
	if items[0].Name != "both#2" || !strings.HasPrefix(label(items[0]), "2023年第12期") || items[0].Part != 1 ||
		items[1].Name != "both" || !strings.HasPrefix(label(items[1]), "2023年第11期") || items[1].Part != 0 {
		t.Errorf("items = %q %q (%d), %q %q (%d)", items[0].Name, label(items[0]), items[0].Part, items[1].Name, label(items[1]), items[1].Part)
	}
}

// label is the item's issue's label, "" for a file that is not one.
func label(it Item) string {
	if it.Issue == nil {
		return ""
	}
	return it.Issue.Label()
}

// OtherFiles names the files of a directory that are not issue files,
// and not the hidden ones, backups or directories.
func TestOtherFiles(t *testing.T) {
	d := t.TempDir()
	for _, n := range []string{"a.md", "b.pdf", "c.docx", ".hidden.pdf", "d.md~", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(d, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(d, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	got := OtherFiles([]string{d, filepath.Join(d, "a.md")})
	want := []string{filepath.Join(d, "b.pdf"), filepath.Join(d, "c.docx")}
	if !slices.Equal(got, want) {
		t.Errorf("OtherFiles = %q, want %q", got, want)
	}
}

// TestLoadChronicleOrder: a chronicle with no number is placed by its
// latest day among the numbered issues, not after them (nor after a file
// that is no report).
func TestLoadChronicleOrder(t *testing.T) {
	d := t.TempDir()
	write(t, filepath.Join(d, "2023-11.md"), issue(2023, 11))
	write(t, filepath.Join(d, "2024-02.md"), issue(2024, 2))
	write(t, filepath.Join(d, "january.md"), []byte("# 宁川县2024年1月大事记\n\n12月29日 县委召开全县经济工作会议。\n\n1月15日 县人代会开幕。\n"))
	write(t, filepath.Join(d, "notes.md"), []byte("一些笔记，没有日期。\n"))
	l, err := Load([]string{d})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2024-02", "january", "2023-11", "notes"}
	if got := names(l.Snapshot()); !slices.Equal(got, want) {
		t.Errorf("names = %q, want %q", got, want)
	}
}
