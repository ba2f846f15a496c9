package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/layout"
)

// TestReaderInTmux runs the real binary in a tmux pane at 80×24 and reads
// the screen after each step as a person would: open, move, filter, open
// an entry, step to a match, shrink to one pane, quit. It runs once in
// LANG=C.UTF-8 and once in LANG=zh_CN.UTF-8, whose first screens must be
// the same: the locale must not change how wide the reader thinks
// “ ” · … are (go-runewidth's locale-derived defaults must not leak in).
func TestReaderInTmux(t *testing.T) {
	tmux := needTools(t, "tmux")[0]
	bin := filepath.Join(t.TempDir(), "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	langs := []string{"C.UTF-8", "zh_CN.UTF-8"}
	first := make(map[string]string)
	for _, lang := range langs {
		t.Run("LANG="+lang, func(t *testing.T) {
			readerScenario(t, tmux, bin, lang, func(screen string) { first[lang] = screen })
		})
	}
	a, b := first[langs[0]], first[langs[1]]
	if a != "" && b != "" && a != b {
		t.Errorf("the first screen depends on the locale:\nLANG=%s:\n%s\nLANG=%s:\n%s",
			langs[0], frame(a), langs[1], frame(b))
	}
}

const (
	e2eCols, e2eRows = 80, 24
	narrowCols       = 50

	wantHeader = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04"
	// What the reader showed for the filter 李明俊 on the built-in issue.
	wantQuery = "李明俊"
	wantCount = "32/68"
)

// readerScenario is the whole session in one locale. It hands the first
// screen to firstScreen as soon as it has been checked.
func readerScenario(t *testing.T, tmuxPath, bin, lang string, firstScreen func(string)) {
	// The reader's environment is exactly this: nothing of the test's
	// (RUNEWIDTH_EASTASIAN, LC_ALL, LC_CTYPE, COLUMNS, NO_COLOR) leaks in.
	s := startTmux(t, tmuxPath, tmuxCmd{
		name: "e2e", cols: e2eCols, rows: e2eRows,
		env:  []string{"TERM=xterm-256color", "LANG=" + lang},
		argv: []string{bin},
	})

	// 1. Open: header, TOC, the first entry beside it, the status line.
	scr := s.waitFor("the reader to open", func(sc screen) bool {
		return sc.line(0) == wantHeader && strings.Contains(sc.bottom(), "? help")
	})
	checkShape(t, scr, e2eRows, e2eCols)
	if got, want := strings.TrimSpace(scr.left(1)), "▾ 1 时政要闻 (5)"; got != want {
		t.Errorf("open: first TOC row = %q, want %q\n%s", got, want, scr.framed())
	}
	scr.wantEntry(t, "open", "“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开", "时政要闻 · 11-01 · p.6")
	firstScreen(scr.String())

	// 2. Move: the entry pane follows the TOC cursor.
	s.keys("j", "j", "j")
	scr = s.waitFor("the entry pane to follow j j j", func(sc screen) bool {
		return sc.entryShows("尧山实验室理事会第一次会议召开", "时政要闻 · 11-10 · p.7")
	})
	checkShape(t, scr, e2eRows, e2eCols)

	// 3. Filter: the prompt, the count, title matches first.
	s.keys("/")
	scr = s.waitFor("the filter prompt to open", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/") && !strings.Contains(sc.bottom(), "? help")
	})
	checkShape(t, scr, e2eRows, e2eCols)
	s.text(wantQuery) // one commit, as an input method sends it
	scr = s.waitFor("the prompt to show /"+wantQuery+" and "+wantCount, func(sc screen) bool {
		b := sc.bottom()
		return strings.HasPrefix(b, "/"+wantQuery+" ") && strings.HasSuffix(b, " "+wantCount)
	})
	checkShape(t, scr, e2eRows, e2eCols)
	checkFilteredTOC(t, scr, wantQuery, titleMatches(t, wantQuery))
	s.keys("Enter")
	scr = s.waitFor("the prompt to close on Enter", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "/"+wantQuery+"  "+wantCount+" ")
	})
	checkShape(t, scr, e2eRows, e2eCols)
	scr.wantEntry(t, "filter", "李明俊调研信访稳定、城市公交和城乡客运工作", "领导活动 · 11-01 · p.10")

	// 4. Open the second hit and step to its first match.
	s.keys("j")
	scr = s.waitFor("the entry pane to follow j in the filtered TOC", func(sc screen) bool {
		return sc.entryShows("李明俊专题调研市区供暖工作", "领导活动 · 11-09 · p.12")
	})
	checkShape(t, scr, e2eRows, e2eCols)
	s.keys("Enter")
	s.keys("n")
	matchPos := regexp.MustCompile(`(^|\s)n/N 1/[1-9][0-9]*(\s|$)`)
	scr = s.waitFor("n to step to match 1", func(sc screen) bool {
		return matchPos.MatchString(sc.bottom())
	})
	checkShape(t, scr, e2eRows, e2eCols)
	scr.wantEntry(t, "after n", "李明俊专题调研市区供暖工作", "领导活动 · 11-09 · p.12")
	const para = "11月9日，市长李明俊专题调研市区供暖工作。李明俊主持召开会议，听取国家电投平顶山发电分公司热源工程进展情况"
	if !strings.Contains(scr.entryText(), para) {
		t.Errorf("after n: the entry's first paragraph does not read %q\n%s", para, scr.framed())
	}

	// 5. Narrow: one pane at a time, the open entry alone.
	s.run("resize-window", "-t", s.target, "-x", fmt.Sprint(narrowCols), "-y", fmt.Sprint(e2eRows))
	scr = s.waitFor("one pane at 50 columns", func(sc screen) bool {
		return !strings.Contains(sc.String(), sepGlyphE2E) &&
			strings.TrimSpace(sc.line(1)) == "李明俊专题调研市区供暖工作"
	})
	checkShape(t, scr, e2eRows, narrowCols)
	if got := scr.line(0); got != wantHeader {
		t.Errorf("50 columns: header = %q, want %q\n%s", got, wantHeader, scr.framed())
	}
	scr.wantEntry(t, "50 columns", "李明俊专题调研市区供暖工作", "领导活动 · 11-09 · p.12")
	if !strings.Contains(scr.entryText(), para) {
		t.Errorf("50 columns: the entry's first paragraph does not read %q\n%s", para, scr.framed())
	}
	if b := scr.bottom(); !strings.HasPrefix(b, "/"+wantQuery) {
		t.Errorf("50 columns: status line %q lost the filter\n%s", b, scr.framed())
	}

	// 6. Quit.
	s.keys("q")
	if st := s.waitExit("the reader to exit on q"); st != "0" {
		t.Errorf("quit: exit status %q, want 0", st)
	}
}

// sepGlyphE2E is the rule between the two panes.
const sepGlyphE2E = "│"

// titleMatches counts the built-in issue's entries whose title holds q.
func titleMatches(t *testing.T, q string) int {
	t.Helper()
	iss, err := parser.Parse(sample)
	if err != nil {
		t.Fatalf("parse the sample: %v", err)
	}
	n := 0
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if strings.Contains(e.Title, q) {
				n++
			}
		}
	}
	if n == 0 {
		t.Fatalf("no title in the sample holds %q", q)
	}
	return n
}

var tocEntryRow = regexp.MustCompile(`\d{2}-\d{2} +p\.\d+$`)

// checkFilteredTOC checks that the filtered TOC fills the pane with
// entries only (no section rows), the nTitle title matches first.
func checkFilteredTOC(t *testing.T, sc screen, q string, nTitle int) {
	t.Helper()
	rows := e2eRows - 2
	for i := 1; i <= rows; i++ {
		row := strings.TrimSpace(sc.left(i))
		switch {
		case row == "":
			t.Errorf("filter: TOC row %d is empty with %s hits\n%s", i, wantCount, sc.framed())
		case strings.HasPrefix(row, "▾") || strings.HasPrefix(row, "▸"):
			t.Errorf("filter: TOC row %d is a section row %q\n%s", i, row, sc.framed())
		case !tocEntryRow.MatchString(row):
			t.Errorf("filter: TOC row %d %q does not end in a date and page\n%s", i, row, sc.framed())
		case i <= nTitle && !strings.HasPrefix(row, q):
			t.Errorf("filter: TOC row %d %q is not a title match; want the %d title matches first\n%s", i, row, nTitle, sc.framed())
		case i > nTitle && strings.Contains(row, q):
			t.Errorf("filter: TOC row %d %q holds %q after the %d title matches\n%s", i, row, q, nTitle, sc.framed())
		}
	}
}

// left is row i's TOC part: all of it with one pane.
func (sc screen) left(i int) string {
	l, _, _ := strings.Cut(sc.line(i), sepGlyphE2E)
	return l
}

// entryPane is the entry pane's rows, trimmed: the right of the rule with
// two panes, the whole body with one.
func (sc screen) entryPane() []string {
	twoPanes := strings.Contains(sc.String(), sepGlyphE2E)
	var out []string
	for i := 1; i < len(sc)-1; i++ {
		l := sc[i]
		if twoPanes {
			_, l, _ = strings.Cut(l, sepGlyphE2E)
		}
		out = append(out, strings.TrimSpace(l))
	}
	return out
}

// entryText is the entry pane read as running text: the rows joined.
func (sc screen) entryText() string { return strings.Join(sc.entryPane(), "") }

// entryShows reports whether the entry pane starts with title (wrapped
// over any number of rows) followed by the meta line.
func (sc screen) entryShows(title, meta string) bool {
	p := sc.entryPane()
	for k, l := range p {
		if l == meta {
			return strings.Join(p[:k], "") == title
		}
	}
	return false
}

func (sc screen) wantEntry(t *testing.T, step, title, meta string) {
	t.Helper()
	if !sc.entryShows(title, meta) {
		t.Errorf("%s: entry pane does not show %q over %q\n%s", step, title, meta, sc.framed())
	}
}

// checkShape checks that the capture is the whole screen, row for row, and
// that no row is wider than the terminal, measured as the reader measures
// with ambiguous characters narrow.
func checkShape(t *testing.T, sc screen, rows, cols int) {
	t.Helper()
	if len(sc) != rows {
		t.Errorf("capture has %d rows, want %d\n%s", len(sc), rows, sc.framed())
	}
	w := layout.NewWidth(false)
	for i, l := range sc {
		if n := w.String(l); n > cols {
			t.Errorf("row %d is %d cells wide, more than %d: %q\n%s", i, n, cols, l, sc.framed())
		}
	}
}
