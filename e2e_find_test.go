package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

// TestFindInTmux runs the real binary in tmux at 100×30 for each way of
// finding something: the pinyin filter, go to page, the timeline, the
// people list, copying with the citation, the library picker and the
// remembered position. Each subtest has its own tmux server, home and XDG
// directories, and reads the screen as a person would.
func TestFindInTmux(t *testing.T) {
	tmux := needTools(t, "tmux")[0]
	bin := filepath.Join(t.TempDir(), "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	rig := findRig{tmux: tmux, bin: bin}

	t.Run("pinyin", func(t *testing.T) { t.Parallel(); findPinyin(t, rig) })
	t.Run("goto-page", func(t *testing.T) { t.Parallel(); findGotoPage(t, rig) })
	t.Run("timeline", func(t *testing.T) { t.Parallel(); findTimeline(t, rig) })
	t.Run("people", func(t *testing.T) { t.Parallel(); findPeople(t, rig) })
	t.Run("copy", func(t *testing.T) { t.Parallel(); findCopy(t, rig) })
	t.Run("library", func(t *testing.T) { t.Parallel(); findLibrary(t, rig) })
	t.Run("remembered", func(t *testing.T) { t.Parallel(); findRemembered(t, rig) })
}

const (
	findCols, findRows = 100, 30
	findHeader         = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04"
)

// findRig starts the binary in tmux sessions of its own.
type findRig struct{ tmux, bin string }

// findHome is one user's home and XDG directories, made afresh for each
// subtest so that nothing of the machine's (a remembered position, a
// config) leaks in; two runs of the reader share one to remember.
type findHome struct{ dir string }

func newFindHome(t *testing.T) findHome {
	t.Helper()
	h := findHome{dir: t.TempDir()}
	for _, d := range []string{"home", "config", "data", "cache", "state", "runtime"} {
		if err := os.MkdirAll(filepath.Join(h.dir, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

func (h findHome) path(name string) string { return filepath.Join(h.dir, name) }

// env is the reader's whole environment.
func (h findHome) env() []string {
	return []string{
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
		"HOME=" + h.path("home"),
		"XDG_CONFIG_HOME=" + h.path("config"),
		"XDG_DATA_HOME=" + h.path("data"),
		"XDG_CACHE_HOME=" + h.path("cache"),
		"XDG_STATE_HOME=" + h.path("state"),
		"XDG_RUNTIME_DIR=" + h.path("runtime"),
	}
}

// start runs the reader with args in a detached 100×30 session on a
// private tmux server, after the server options in opts (such as
// "set-clipboard on"), in exactly h's environment.
func (r findRig) start(t *testing.T, h findHome, opts []string, args ...string) *tmuxSession {
	t.Helper()
	return startTmux(t, r.tmux, tmuxCmd{
		name: "find", cols: findCols, rows: findRows, opts: opts,
		env:  h.env(),
		argv: append([]string{r.bin}, args...),
	})
}

// findOpen waits for the reader's first screen on the sample issue.
func findOpen(s *tmuxSession) screen {
	s.t.Helper()
	sc := s.waitFor("the reader to open", func(sc screen) bool {
		return sc.line(0) == findHeader && strings.Contains(sc.bottom(), "? help")
	})
	findShape(s.t, sc)
	return sc
}

// findShape checks that the capture is the whole 100×30 screen and that no
// row is wider than the terminal, measured as the reader measures with
// ambiguous characters narrow.
func findShape(t *testing.T, sc screen) {
	t.Helper()
	checkShape(t, sc, findRows, findCols)
}

// findWait is waitFor followed by the shape check.
func findWait(s *tmuxSession, what string, ok func(screen) bool) screen {
	s.t.Helper()
	sc := s.waitFor(what, ok)
	findShape(s.t, sc)
	return sc
}

// tocRows is the TOC pane's rows under the header, trimmed.
func (sc screen) tocRows() []string {
	var out []string
	for i := 1; i < len(sc)-1; i++ {
		out = append(out, strings.TrimSpace(sc.left(i)))
	}
	return out
}

// entryTitle is the entry pane's title: its rows above the meta line,
// joined; "" when no meta line (section · MM-DD · p.N) is found.
func (sc screen) entryTitle() string {
	p := sc.entryPane()
	for k, l := range p {
		if strings.Contains(l, " · p.") && k > 0 {
			return strings.Join(p[:k], "")
		}
	}
	return ""
}

// findType sends text one key at a time, as typed.
func findType(s *tmuxSession, text string) {
	s.t.Helper()
	s.keys(strings.Split(text, "")...)
}

// findPrompt opens the prompt with open (/ or :), waits for it, and types text.
func findPrompt(s *tmuxSession, open, text string) {
	s.t.Helper()
	s.keys(open)
	findWait(s, "the "+open+" prompt to open", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), open) && !strings.Contains(sc.bottom(), "? help")
	})
	findType(s, text)
}

// findPage is : N Enter, waiting for the entry pane to show title over meta.
func findPage(s *tmuxSession, page, title, meta string) screen {
	s.t.Helper()
	findPrompt(s, ":", page)
	s.waitFor("the prompt to read :"+page, func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), ":"+page+" ")
	})
	s.keys("Enter")
	return findWait(s, ":"+page+" to open "+title, func(sc screen) bool {
		return !strings.HasPrefix(sc.bottom(), ":") && sc.entryShows(title, meta)
	})
}

// 1. The filter reads pinyin: full syllables and initials.
func findPinyin(t *testing.T, r findRig) {
	s := r.start(t, newFindHome(t), nil)
	findOpen(s)

	findPrompt(s, "/", "limingjun")
	sc := findWait(s, "/limingjun to count 32/68", func(sc screen) bool {
		b := sc.bottom()
		return strings.HasPrefix(b, "/limingjun ") && strings.HasSuffix(b, " 32/68")
	})
	// The titles that hold 李明俊 come first, as for the Chinese query.
	n := titleMatches(t, "李明俊")
	rows := sc.tocRows()
	if !strings.HasPrefix(rows[0], "李明俊") {
		t.Errorf("/limingjun: first TOC row %q does not start with 李明俊\n%s", rows[0], sc.framed())
	}
	for i := 0; i < n && i < len(rows); i++ {
		if !strings.HasPrefix(rows[i], "李明俊") {
			t.Errorf("/limingjun: TOC row %d %q is not one of the %d titles starting with 李明俊\n%s", i+1, rows[i], n, sc.framed())
		}
	}

	s.keys("Escape")
	findWait(s, "esc to close the prompt and clear the filter", func(sc screen) bool {
		return strings.Contains(sc.bottom(), "? help") && !strings.Contains(sc.bottom(), "/limingjun") &&
			strings.TrimSpace(sc.left(1)) == "▾ 1 时政要闻 (5)"
	})

	findPrompt(s, "/", "lmj")
	s.waitFor("the prompt to read /lmj", func(sc screen) bool { return strings.HasPrefix(sc.bottom(), "/lmj ") })
	s.keys("Enter")
	sc = findWait(s, "enter to close the /lmj prompt", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/lmj  ") && strings.Contains(sc.bottom(), "? help")
	})
	if title := sc.entryTitle(); !strings.HasPrefix(title, "李明俊") {
		t.Errorf("/lmj enter: the entry pane's title is %q, want one starting with 李明俊\n%s", title, sc.framed())
	}
	if row := strings.TrimSpace(sc.left(1)); !strings.HasPrefix(row, "李明俊") {
		t.Errorf("/lmj enter: first TOC row %q does not start with 李明俊\n%s", row, sc.framed())
	}
}

// 2. : goes to a printed page: the entry on it, else the last one that
// starts before it.
func findGotoPage(t *testing.T, r findRig) {
	s := r.start(t, newFindHome(t), nil)
	findOpen(s)

	sc := findPage(s, "14", "陈向平到叶县调研", "领导活动 · 11-13 · p.14")
	if b := sc.bottom(); !strings.HasPrefix(b, "page 14") {
		t.Errorf(":14: status line %q does not say page 14\n%s", b, sc.framed())
	}
	sc = findPage(s, "13", "李明俊专题调研市区供暖工作", "领导活动 · 11-09 · p.12")
	if b := sc.bottom(); !strings.HasPrefix(b, "page 13: the entry that starts on page 12") {
		t.Errorf(":13: status line %q does not say the entry starts on page 12\n%s", b, sc.framed())
	}
}

// 3. s groups the TOC by day, and back.
func findTimeline(t *testing.T, r findRig) {
	s := r.start(t, newFindHome(t), nil)
	before := findOpen(s)

	s.keys("s")
	sc := findWait(s, "s to show the timeline", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "timeline")
	})
	rows := sc.tocRows()
	if rows[0] != "◆ 2023-10-28 (1)" {
		t.Errorf("timeline: first TOC row %q, want %q\n%s", rows[0], "◆ 2023-10-28 (1)", sc.framed())
	}
	days := 0
	for i, row := range rows {
		if strings.HasPrefix(row, "◆ 2023-") {
			days++
		}
		if strings.HasPrefix(row, "▾") || strings.HasPrefix(row, "▸") {
			t.Errorf("timeline: TOC row %d %q is a section row\n%s", i+1, row, sc.framed())
		}
	}
	if days < 3 {
		t.Errorf("timeline: %d day headings on screen, want several\n%s", days, sc.framed())
	}
	if strings.Contains(sc.String(), "▾ 1 时政要闻") {
		t.Errorf("timeline: the screen still shows ▾ 1 时政要闻\n%s", sc.framed())
	}
	sc.wantEntry(t, "timeline", "“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开", "时政要闻 · 11-01 · p.6")

	s.keys("s")
	sc = findWait(s, "s again to go back to printed order", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "printed order")
	})
	if got := strings.TrimSpace(sc.left(1)); got != "▾ 1 时政要闻 (5)" {
		t.Errorf("back: first TOC row %q, want %q\n%s", got, "▾ 1 时政要闻 (5)", sc.framed())
	}
	if strings.Contains(sc.String(), "◆ 2023-") {
		t.Errorf("back: the screen still shows day headings\n%s", sc.framed())
	}
	// Printed order again is the TOC as it was before s.
	was, is := before.tocRows(), sc.tocRows()
	for i := range min(len(was), len(is)) {
		if was[i] != is[i] {
			t.Errorf("BUG: after s s the printed-order TOC row %d reads %q, but %q before s: "+
				"the rows keep the timeline's section·page column instead of the date and page "+
				"(the row drawing must ask whether the TOC is by day now, not whether the timeline was ever built)\n%s",
				i+1, is[i], was[i], sc.framed())
			break
		}
	}
}

// 4. p lists the people named; choosing one filters the TOC.
func findPeople(t *testing.T, r findRig) {
	s := r.start(t, newFindHome(t), nil)
	findOpen(s)

	s.keys("p")
	sc := findWait(s, "p to list the people", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "人物 · ")
	})
	if got := strings.Fields(sc.line(1)); strings.Join(got, " ") != "李明俊 32 市长" {
		t.Errorf("people: first line %q, want 李明俊, 32, 市长\n%s", sc.line(1), sc.framed())
	}

	findPrompt(s, "/", "cxp")
	sc = findWait(s, "/cxp to list 陈向平 first", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/cxp") && strings.HasPrefix(strings.TrimSpace(sc.line(1)), "陈向平 ")
	})
	if got := strings.Fields(sc.line(1)); strings.Join(got, " ") != "陈向平 22 市委书记" {
		t.Errorf("people /cxp: first line %q, want 陈向平, 22, 市委书记\n%s", sc.line(1), sc.framed())
	}
	s.keys("Enter")
	findWait(s, "enter to close the people search prompt", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/cxp ") && strings.Contains(sc.bottom(), "people ")
	})
	s.keys("Enter")
	n := titleMatches(t, "陈向平")
	sc = findWait(s, "enter to filter the TOC by 陈向平", func(sc screen) bool {
		// The list's first line starts with 陈向平 too: wait for the panes.
		return sc.line(0) == findHeader && strings.Contains(sc.line(1), sepGlyphE2E) &&
			strings.HasPrefix(strings.TrimSpace(sc.left(1)), "陈向平") && strings.Contains(sc.bottom(), "? help")
	})
	rows := sc.tocRows()
	for i, row := range rows {
		if strings.HasPrefix(row, "▾") || strings.HasPrefix(row, "▸") {
			t.Errorf("people filter: TOC row %d %q is a section row\n%s", i+1, row, sc.framed())
		}
		if i < n && !strings.HasPrefix(row, "陈向平") {
			t.Errorf("people filter: TOC row %d %q is not one of the %d titles starting with 陈向平\n%s", i+1, row, n, sc.framed())
		}
	}
	sc.wantEntry(t, "people filter", "陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作", "领导活动 · 11-01 · p.10")
	// The status line shows the filter and its count.
	filterShown := func(b string) bool { return strings.HasPrefix(b, "/陈向平 ") && strings.Contains(b, " 22/68") }
	if b := sc.bottom(); !filterShown(b) {
		t.Errorf("people filter: status line %q does not show /陈向平 22/68\n%s", b, sc.framed())
	}
	s.keys("j")
	sc = findWait(s, "the entry pane to follow j", func(sc screen) bool {
		return filterShown(sc.bottom()) && strings.Contains(sc.String(), "领导活动 · 11-07 · p.11")
	})
	sc.wantEntry(t, "people filter, j", "陈向平以“四不两直”方式调研优化营商环境工作", "领导活动 · 11-07 · p.11")
}

// 5. y copies the open entry with its citation by OSC 52, which tmux keeps
// in a paste buffer with set-clipboard on.
func findCopy(t *testing.T, r findRig) {
	s := r.start(t, newFindHome(t), []string{"set-clipboard on"})
	findOpen(s)
	findPage(s, "14", "陈向平到叶县调研", "领导活动 · 11-13 · p.14")
	s.keys("y")
	sc := findWait(s, "y to say what it sent", func(sc screen) bool { return strings.HasPrefix(sc.bottom(), "sent ") })

	const cite = "——《平顶山月报》2023年第11期（总第215期），第14页"
	want := findCopied(t, "陈向平到叶县调研", cite)
	if b := sc.bottom(); !strings.HasPrefix(b, fmt.Sprintf("sent %d characters", len([]rune(want)))) {
		t.Errorf("y: status line %q, want copied %d characters…\n%s", b, len([]rune(want)), sc.framed())
	}
	var buf string
	s.poll("tmux to hold the OSC 52 copy in a paste buffer", func() (bool, string) {
		out, err := s.run2("show-buffer")
		if err != nil {
			return false, err.Error()
		}
		buf = out
		return strings.HasSuffix(strings.TrimRight(out, "\n"), cite), fmt.Sprintf("buffer %q", out)
	})
	if strings.TrimRight(buf, "\n") != strings.TrimRight(want, "\n") {
		t.Errorf("y: the copy is\n%s\nwant\n%s", buf, want)
	}
}

// findCopied is the entry titled title as y should copy it: title,
// paragraphs, citation, a blank line apart.
func findCopied(t *testing.T, title, cite string) string {
	t.Helper()
	iss, err := parser.Parse(sample)
	if err != nil {
		t.Fatalf("parse the sample: %v", err)
	}
	var e *model.Entry
	for si := range iss.Sections {
		for ei := range iss.Sections[si].Entries {
			if iss.Sections[si].Entries[ei].Title == title {
				e = &iss.Sections[si].Entries[ei]
			}
		}
	}
	if e == nil {
		t.Fatalf("no entry titled %q in the sample", title)
	}
	parts := []string{e.Title}
	for _, p := range e.Paragraphs {
		parts = append(parts, p.Text)
	}
	parts = append(parts, cite)
	return strings.Join(parts, "\n\n") + "\n"
}

// 6. A directory opens the picker: newest first, failures listed; / searches
// every issue; Enter opens the entry in its issue; esc backs out to it.
func findLibrary(t *testing.T, r findRig) {
	dir, err := os.MkdirTemp("", "yb-lib-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	next := string(sample)
	for _, rep := range [][2]string{{"2023年第11期", "2023年第12期"}, {"(总第215期)", "(总第216期)"}} {
		if !strings.Contains(next, rep[0]) {
			t.Fatalf("the sample holds no %q to make the next issue", rep[0])
		}
		next = strings.ReplaceAll(next, rep[0], rep[1])
	}
	for name, data := range map[string][]byte{
		"pingdingshan-2023-11.md": sample,
		"pingdingshan-2023-12.md": []byte(next),
		"bad.md":                  []byte("# 平顶山月报\n\x00\n"),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}

	s := r.start(t, newFindHome(t), nil, dir)
	sc := findWait(s, "the picker to open", func(sc screen) bool {
		return sc.line(0) == "yuebao · 2 issues · 1 file not read" && strings.Contains(sc.bottom(), "q quit")
	})
	for i, want := range []string{"2023年第12期（总第216期） · 68 entries", "2023年第11期（总第215期） · 68 entries"} {
		if got := strings.TrimSpace(sc.line(1 + i)); !strings.HasPrefix(got, want) {
			t.Errorf("picker: row %d %q does not start with %q\n%s", 1+i, got, want, sc.framed())
		}
	}
	if f := strings.Fields(sc.line(3)); len(f) < 2 || f[0] != "bad" ||
		!strings.Contains(sc.line(3), "bad.md: not a text file") {
		t.Errorf("picker: row 3 %q is not bad with its error (bad.md: not a text file)\n%s", sc.line(3), sc.framed())
	}

	s.keys("/")
	findWait(s, "the picker's prompt to open", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/") && !strings.Contains(sc.bottom(), "enter open")
	})
	s.text("李明俊") // one commit, as an input method sends it
	s.waitFor("the prompt to read /李明俊", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/李明俊 ") && strings.HasSuffix(sc.bottom(), " 64 entries")
	})
	s.keys("Enter")
	sc = findWait(s, "the search over all issues", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/李明俊") && strings.Contains(sc.bottom(), "64 entries") &&
			strings.Contains(sc.bottom(), "q quit")
	})
	n := titleMatches(t, "李明俊")
	for i := 0; i < 2*n; i++ {
		issue := "2023年第12期（总第216期） › "
		if i >= n {
			issue = "2023年第11期（总第215期） › "
		}
		row := strings.TrimSpace(sc.line(1 + i))
		if !strings.HasPrefix(row, issue) || !strings.Contains(row, " › 李明俊") {
			t.Errorf("picker /李明俊: row %d %q is not %s… › 李明俊…: want the %d title matches of each issue, newest issue first\n%s",
				1+i, row, issue, n, sc.framed())
		}
	}
	if got, want := strings.TrimSpace(sc.line(1)), "2023年第12期（总第216期） › 领导活动 › 李明俊调研信访稳定、城市公交和城乡客运工作"; got != want {
		t.Errorf("picker /李明俊: first row %q, want %q\n%s", got, want, sc.framed())
	}

	s.keys("Enter")
	header12 := "平顶山月报 · 2023年第12期（总第216期）· 2023-12-04"
	sc = findWait(s, "enter to open the entry in 第12期", func(sc screen) bool { return sc.line(0) == header12 })
	sc.wantEntry(t, "library enter", "李明俊调研信访稳定、城市公交和城乡客运工作", "领导活动 · 11-01 · p.10")
	if b := sc.bottom(); !strings.HasPrefix(b, "/李明俊  32/68") {
		t.Errorf("library enter: status line %q, want the issue filtered by /李明俊 32/68\n%s", b, sc.framed())
	}

	// esc clears the filter, esc gives the TOC the focus, esc goes back to
	// the picker. Each is waited for: two esc in one read would be alt+esc.
	s.keys("Escape")
	findWait(s, "esc to clear the filter", func(sc screen) bool {
		return sc.line(0) == header12 && !strings.HasPrefix(sc.bottom(), "/李明俊") &&
			strings.TrimSpace(sc.left(1)) == "▾ 1 时政要闻 (5)"
	})
	s.keys("Escape")
	s.poll("esc to give the TOC the focus (its cursor row in reverse video)", func() (bool, string) {
		out, err := s.run2("capture-pane", "-p", "-e", "-t", s.target)
		if err != nil {
			return false, err.Error()
		}
		reverse, underline := false, false
		for _, l := range strings.Split(out, "\n") {
			reverse = reverse || strings.HasPrefix(l, "\x1b[7m")
			underline = underline || strings.HasPrefix(l, "\x1b[4m")
		}
		return reverse && !underline, fmt.Sprintf("%q", out)
	})
	s.keys("Escape")
	sc = findWait(s, "esc to go back to the picker", func(sc screen) bool { return sc.line(0) == "yuebao · 2 issues · 1 file not read" })
	if got := strings.TrimSpace(sc.line(1)); !strings.HasPrefix(got, "2023年第12期（总第216期） ›") {
		t.Errorf("back in the picker: first row %q\n%s", got, sc.framed())
	}
}

// 7. The reader reopens an issue where it was left.
func findRemembered(t *testing.T, r findRig) {
	h := newFindHome(t)
	const title, meta = "全市污染防治攻坚战推进会议召开", "重要会议 · 11-10 · p.22"

	s := r.start(t, h, nil)
	findOpen(s)
	findPage(s, "22", title, meta)
	s.keys("d")
	findWait(s, "d to be read (the page note cleared)", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/ filter") && sc.entryShows(title, meta)
	})
	s.keys("q")
	if st := s.waitExit("the reader to exit on q"); st != "0" {
		t.Errorf("quit: exit status %q, want 0", st)
	}
	files, _ := filepath.Glob(filepath.Join(h.path("state"), "yuebao", "*"))
	if len(files) != 1 || filepath.Ext(files[0]) != ".json" {
		t.Errorf("state: files under $XDG_STATE_HOME/yuebao: %q, want one .json", files)
	} else if data, err := os.ReadFile(files[0]); err != nil || !strings.Contains(string(data), title) {
		t.Errorf("state: %s reads %q (%v), want the position of %s", files[0], data, err, title)
	}
	if leaked, _ := filepath.Glob(filepath.Join(h.path("home"), ".local", "state", "*")); len(leaked) > 0 {
		t.Errorf("state: written under $HOME too, not only $XDG_STATE_HOME: %q", leaked)
	}

	s2 := r.start(t, h, nil)
	sc := findOpen(s2)
	sc.wantEntry(t, "reopened", title, meta)

	// Closing the terminal window (SIGHUP) keeps the place too.
	const title14, meta14 = "陈向平到叶县调研", "领导活动 · 11-13 · p.14"
	findPage(s2, "14", title14, meta14)
	s2.run("kill-pane", "-t", s2.target)
	s2.poll("the place to be saved on SIGHUP", func() (bool, string) {
		data, err := os.ReadFile(files[0])
		return err == nil && strings.Contains(string(data), title14), string(data)
	})
	s3 := r.start(t, h, nil)
	findOpen(s3).wantEntry(t, "reopened after SIGHUP", title14, meta14)
}
