package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/state"
)

// The places where the screen and the state parted ways (issue 12),
// each as the keys that showed it.

// enter, l and → only ever open: on an expanded section they go to its
// first entry instead of collapsing it; h collapses.
func TestOpenOnlyExpands(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "g") // the first section's heading
	if r, _ := m.toc.row(); r.ent != -1 {
		t.Fatalf("g: cursor on %+v, want a heading", r)
	}
	for _, k := range []string{"enter", "l", "right"} {
		press(m, "g", k)
		if r, _ := m.toc.row(); m.toc.collapsed[0] || r.sec != 0 || r.ent != 0 || m.entry.ref != (model.EntryRef{Sec: 0, Ent: 0}) {
			t.Errorf("%s on an expanded heading: collapsed %v, cursor %+v, entry %+v; want it open and the first entry", k, m.toc.collapsed[0], r, m.entry.ref)
		}
	}
	press(m, "g", "h")
	if !m.toc.collapsed[0] {
		t.Fatal("h on the heading does not collapse it")
	}
	press(m, "enter")
	if m.toc.collapsed[0] {
		t.Error("enter on a collapsed heading does not expand it")
	}
}

// In help, G and g go to its end and back.
func TestHelpTopBottom(t *testing.T) {
	m := newReader(t, 80, 12, Options{})
	press(m, "?", "G")
	if s := screen(m); !strings.Contains(s, "?, esc or q closes this help") {
		t.Errorf("G in help does not show its end:\n%s", s)
	}
	press(m, "g")
	if s := screen(m); !strings.Contains(s, "按键 · keys") {
		t.Errorf("g in help does not show its top:\n%s", s)
	}
}

// : takes full-width digits, says why :0 does nothing, and an issue
// without printed pages says so.
func TestPagePromptEdges(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, ":", "２５", "enter")
	if !strings.HasPrefix(m.note, "page 25") {
		t.Errorf(":２５ gives the note %q, want page 25", m.note)
	}
	press(m, ":", "0", "enter")
	if m.note != "printed pages start at 1" {
		t.Errorf(":0 gives the note %q", m.note)
	}
	iss := &model.Issue{Title: "无页码", Sections: []model.Section{{Name: "节", Entries: []model.Entry{{Title: "条目"}}}}}
	m = newReader(t, 100, 30, Options{Doc: NewDoc("", "", iss, nil)})
	press(m, ":")
	if last := lastLine(screen(m)); !strings.Contains(last, "gives no printed pages") || strings.Contains(last, "(0–0)") {
		t.Errorf("the page prompt of an issue without pages reads %q", last)
	}
	press(m, "3", "enter")
	if m.note != "this issue gives no printed pages" {
		t.Errorf(":3 without pages gives the note %q", m.note)
	}
}

// An empty filter prompt counts every entry, not none.
func TestEmptyFilterCount(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/")
	if last := lastLine(screen(m)); !strings.HasSuffix(strings.TrimSpace(last), "68/68") {
		t.Errorf("the empty filter prompt reads %q, want 68/68", last)
	}
}

// While typing a filter, ↓/↑ and ctrl+n/ctrl+p move through the results
// (and the entry shown follows); letters stay text.
func TestFilterResultKeys(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "/", "李明俊")
	first := m.entry.ref
	for _, k := range []string{"down", "ctrl+n"} {
		before := m.entry.ref
		press(m, k)
		if m.mode != filtering || m.entry.ref == before {
			t.Errorf("%s while typing: mode %d, entry %+v (was %+v)", k, m.mode, m.entry.ref, before)
		}
	}
	press(m, "up", "ctrl+p")
	if m.entry.ref != first {
		t.Errorf("up, ctrl+p: entry %+v, want back at %+v", m.entry.ref, first)
	}
	press(m, "j")
	if m.prompt.String() != "李明俊j" {
		t.Errorf("j while typing: prompt %q", m.prompt.String())
	}
}

// The people list keeps its cursor on screen when the window shrinks.
func TestPeopleCursorOnResize(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "p", "G")
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 12})
	v := m.ppl
	if h := m.bodyHeight(); v.cursor < v.offset || v.cursor >= v.offset+h {
		t.Errorf("after the resize the cursor (%d) is off the %d rows from %d", v.cursor, h, v.offset)
	}
}

// The wheel over the TOC moves the highlight and the entry read with it.
func TestWheelFollows(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	m.Update(tea.MouseMsg{X: 5, Y: 5, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	r, _ := m.toc.row()
	if r.ent < 0 || r.ref() == (model.EntryRef{Sec: 0, Ent: 0}) {
		t.Fatalf("the wheel left the highlight on %+v; the test wants it on another entry", r)
	}
	if m.entry.ref != r.ref() {
		t.Errorf("the wheel put the highlight on %+v and left the entry at %+v", r.ref(), m.entry.ref)
	}
}

// s under a filter says what it will do, and keeps the count in view.
func TestTimelineUnderFilter(t *testing.T) {
	m := newReader(t, 120, 30, Options{})
	press(m, "/", "李明俊", "enter", "s")
	last := lastLine(screen(m))
	if !strings.Contains(last, "once the filter is cleared") || !strings.Contains(last, "/李明俊") || !strings.Contains(last, "/68") {
		t.Errorf("s under a filter: status %q", last)
	}
}

// manySections is an issue of n sections of 5 entries each.
func manySections(n int) *model.Issue {
	iss := &model.Issue{Title: "大事记"}
	for s := range n {
		sec := model.Section{Name: fmt.Sprintf("第%d部分", s+1)}
		for e := range 5 {
			sec.Entries = append(sec.Entries, model.Entry{Title: fmt.Sprintf("条目%d-%d", s+1, e+1)})
		}
		iss.Sections = append(iss.Sections, sec)
	}
	return iss
}

// A section key puts the section's heading at the top of the TOC, its
// entries below; 0 is section 10; # reaches any section by number.
func TestSectionKeys(t *testing.T) {
	m := newReader(t, 100, 20, Options{Doc: NewDoc("", "", manySections(12), nil)})
	for _, k := range []struct {
		keys []string
		sec  int
	}{{[]string{"3"}, 2}, {[]string{"9"}, 8}, {[]string{"0"}, 9}, {[]string{"1", "]"}, 1}, {[]string{"#", "12", "enter"}, 11}} {
		press(m, k.keys...)
		if m.entry.ref != (model.EntryRef{Sec: k.sec, Ent: 0}) {
			t.Errorf("%q: entry %+v, want the first of section %d", k.keys, m.entry.ref, k.sec+1)
			continue
		}
		top := strings.Split(screen(m), "\n")[1]
		// The last section too: the TOC scrolls past its end.
		if !strings.Contains(top, fmt.Sprintf("第%d部分", k.sec+1)) {
			t.Errorf("%q: the TOC's top row is %q, want section %d's heading", k.keys, top, k.sec+1)
		}
	}
	press(m, "#", "13", "enter")
	if m.note != "no section 13: the issue has 12" {
		t.Errorf("#13 of 12: note %q", m.note)
	}
	press(m, "#")
	if last := lastLine(screen(m)); !strings.HasPrefix(last, "#") || !strings.Contains(last, "section (1–12)") {
		t.Errorf("the section prompt reads %q", last)
	}
}

// An issue reads straight through: past the end of an entry, space (and
// j in the entry pane) go on into the next; J and K go to the next and
// previous entry from either pane, into collapsed sections too.
func TestStraightThrough(t *testing.T) {
	m := newReader(t, 100, 30, Options{Doc: NewDoc("", "", manySections(3), nil)})
	press(m, "enter") // the entry pane, on 条目1-1 (one line: at its end)
	for i, k := range []string{" ", "f", "pgdown", "j", "down"} {
		press(m, k)
		want := model.EntryRef{Sec: (i + 1) / 5, Ent: (i + 1) % 5}
		if m.entry.ref != want {
			t.Errorf("%q at the end of an entry: showing %+v, want %+v", k, m.entry.ref, want)
		}
	}
	press(m, "tab", "J")
	if want := (model.EntryRef{Sec: 1, Ent: 1}); m.entry.ref != want {
		t.Errorf("J from the TOC: showing %+v, want %+v", m.entry.ref, want)
	}
	if r, _ := m.toc.row(); r.ref() != m.entry.ref {
		t.Errorf("J: the TOC cursor is on %+v, the entry %+v", r.ref(), m.entry.ref)
	}
	press(m, "1", "h", "2", "K") // section 1 collapsed, K from section 2's first entry
	if want := (model.EntryRef{Sec: 0, Ent: 4}); m.entry.ref != want || m.toc.collapsed[0] {
		t.Errorf("K into a collapsed section: showing %+v (collapsed %v), want its last entry %+v", m.entry.ref, m.toc.collapsed[0], want)
	}
	press(m, "#", "3", "enter", "J", "J", "J", "J", "J")
	if m.note != "end of the issue" || m.entry.ref != (model.EntryRef{Sec: 2, Ent: 4}) {
		t.Errorf("J past the last entry: note %q, entry %+v", m.note, m.entry.ref)
	}
}

// Every jump is remembered: ctrl+o (and backspace) go back to where it
// left from, at the scroll it had, and ctrl+n forward again.
func TestJumpList(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	first := m.here()
	press(m, "2") // a jump: section 2
	start := m.here()
	press(m, ":", "22", "enter")
	page22 := m.here()
	press(m, "5")
	if m.entry.ref == page22.ref {
		t.Fatal("5 did not move")
	}
	press(m, "ctrl+o")
	if m.here() != page22 {
		t.Errorf("ctrl+o: at %+v, want back at page 22's %+v", m.here(), page22)
	}
	press(m, "backspace")
	if m.here() != start {
		t.Errorf("backspace: at %+v, want back at section 2's %+v", m.here(), start)
	}
	press(m, "ctrl+o")
	if m.here() != first {
		t.Errorf("ctrl+o: at %+v, want back at the first entry %+v", m.here(), first)
	}
	press(m, "ctrl+o")
	if m.note != "no jump to go back to" {
		t.Errorf("ctrl+o with no jump left: note %q", m.note)
	}
	press(m, "ctrl+n", "ctrl+n")
	if m.here() != page22 {
		t.Errorf("ctrl+n ctrl+n: at %+v, want page 22's %+v", m.here(), page22)
	}
	// A new jump forgets what was ahead.
	press(m, "1", "ctrl+n")
	if m.note != "no jump to go forward to" {
		t.Errorf("ctrl+n after a new jump: note %q", m.note)
	}
}

// i shows the front matter — the masthead the panes never show — and
// the filter says when it matches there; w lists the parser's warnings
// with their lines, and the status line says there are some.
func TestFrontMatterAndWarnings(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "/", "张征", "enter")
	if last := lastLine(screen(m)); !strings.Contains(last, "in the front matter (i)") {
		t.Errorf("/张征: status %q does not point at the front matter", last)
	}
	press(m, "i")
	s := screen(m)
	for _, want := range []string{"卷首 · front matter", "责任编辑", "张征", "主办", "平顶山市地方史志办公室"} {
		if !strings.Contains(s, want) {
			t.Errorf("the front matter page lacks %q:\n%s", want, s)
		}
	}
	press(m, "esc")
	if m.mode != browse {
		t.Errorf("esc on the front matter: mode %d", m.mode)
	}

	iss := &model.Issue{Title: "有警告", Sections: []model.Section{{Name: "节", Entries: []model.Entry{{Title: "条目"}}}},
		Warnings: []model.Warning{{Line: 12, Message: "a stray line of a table of contents"}, {Message: "the text ends mid-sentence"}}}
	m = newReader(t, 100, 30, Options{Doc: NewDoc("", "", iss, nil)})
	if last := lastLine(screen(m)); !strings.Contains(last, "⚠ 2 warnings (w)") {
		t.Errorf("the status line %q does not count the warnings", last)
	}
	press(m, "w")
	s = screen(m)
	if !strings.Contains(s, "line 12") || !strings.Contains(s, "a stray line of a table of contents") || !strings.Contains(s, "file") {
		t.Errorf("the warnings page:\n%s", s)
	}
	press(m, "w")
	if m.mode != browse {
		t.Errorf("w on the warnings page: mode %d, want it closed", m.mode)
	}
}

// s keeps the entry read highlighted: :43, enter, tab, g, s left the
// highlight on one entry and the pane on another.
func TestTimelineKeepsTheEntry(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, ":", "43", "enter", "tab", "g", "s")
	if r, _ := m.toc.row(); r.ref() != m.entry.ref {
		t.Errorf("the highlight is on %+v, the entry shown %+v", r.ref(), m.entry.ref)
	}
	press(m, "s")
	if r, _ := m.toc.row(); r.ref() != m.entry.ref {
		t.Errorf("s again: the highlight is on %+v, the entry shown %+v", r.ref(), m.entry.ref)
	}
}

// On a wide terminal the entry's text stops at the measure (40 Chinese
// characters) and the TOC takes the room its titles need; a negative
// Measure runs the text across the pane.
func TestMeasure(t *testing.T) {
	m := newReader(t, 200, 50, Options{})
	tocW, _ := m.paneWidths()
	if tocW < m.tocNeed() && tocW < 200-DefaultMeasure-2 {
		t.Errorf("the TOC is %d cells, its titles need %d", tocW, m.tocNeed())
	}
	widest := 0
	for _, l := range m.entryLines() {
		widest = max(widest, m.cells.String(l.Text))
	}
	if widest > DefaultMeasure-1 || widest < DefaultMeasure-8 {
		t.Errorf("the entry's text runs %d cells at 200 columns, want about %d", widest, DefaultMeasure-1)
	}
	m = newReader(t, 200, 50, Options{Measure: -1})
	widest = 0
	for _, l := range m.entryLines() {
		widest = max(widest, m.cells.String(l.Text))
	}
	if widest <= DefaultMeasure {
		t.Errorf("with no measure the text runs only %d cells at 200 columns", widest)
	}
}

// m marks the open entry (again: unmarks), the marks are kept at once
// in the store with their citations, ' lists them, enter jumps to one,
// and a new reader of the issue has them.
func TestMarks(t *testing.T) {
	places := &state.Memory{}
	doc := NewDoc("pds", "", sample(t), nil)
	doc.Key = "k"
	m := newReader(t, 100, 30, Options{Doc: doc, Places: places})
	press(m, ":", "14", "enter", "m", ":", "22", "enter", "m")
	ms := places.Marks("k")
	if len(ms) != 2 || ms[0].Title != "陈向平到叶县调研" || ms[0].Cite != "陈向平到叶县调研——《平顶山月报》2023年第11期（总第215期），第14页" {
		t.Fatalf("marks kept: %+v", ms)
	}
	if ms[0].Year != 2023 || ms[0].Number != 11 || ms[0].Total != 215 {
		t.Errorf("a mark keeps its issue as %d/%d/%d, want 2023/11/215", ms[0].Year, ms[0].Number, ms[0].Total)
	}
	press(m, "m") // page 22's again: unmarked
	if ms := places.Marks("k"); len(ms) != 1 {
		t.Errorf("m on a marked entry: %d marks kept, want 1", len(ms))
	}
	m2 := newReader(t, 100, 30, Options{Doc: doc, Places: places})
	press(m2, "'")
	if s := screen(m2); !strings.Contains(s, "陈向平到叶县调研——《平顶山月报》") || !strings.Contains(lastLine(s), "1 mark ") {
		t.Errorf("' in a new reader:\n%s", s)
	}
	press(m2, "enter")
	if m2.mode != browse || title(m2) != "陈向平到叶县调研" {
		t.Errorf("enter on a mark: mode %d, showing %q", m2.mode, title(m2))
	}
}

// TestMarksKeepTheirPage: a mark too wide for the list is shortened in
// its title, and its citation stays whole: cut at the end, 第12页 read
// 第1…, another page.
func TestMarksKeepTheirPage(t *testing.T) {
	places := &state.Memory{}
	doc := NewDoc("pds", "", sample(t), nil)
	doc.Key = "k"
	m := newReader(t, 60, 20, Options{Doc: doc, Places: places})
	press(m, ":", "12", "enter", "m", "'")
	s := screen(m)
	if !strings.Contains(s, "（总第215期），第12页") || !strings.Contains(s, "…——《平顶山月报》") {
		t.Errorf("the mark of page 12 at 60 columns:\n%s", s)
	}
	checkGeometry(t, m, 60, 20, false)
}

// Two titles the TOC would cut to the same words keep their start and
// their end, so that they can be told apart; others are cut at the end.
func TestTOCTellsTitlesApart(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	s := screen(m)
	a, b := "陈向平以“…暖等工作", "陈向平以“…环境工作"
	if !strings.Contains(s, a) || !strings.Contains(s, b) {
		t.Errorf("the two 陈向平以“四不两直”… titles are not told apart (want %q and %q):\n%s", a, b, s)
	}
	if !strings.Contains(s, "河南城建学院办学四…") {
		t.Errorf("a title with no twin is not cut at its end:\n%s", s)
	}
}

// The front matter and warnings pages say their own keys on the status
// line, not the reading keys they cover (/ and tab do nothing there),
// and their help says that q closes them.
func TestInfoPageStatusLine(t *testing.T) {
	for _, k := range []string{"i", "w"} {
		m := newReader(t, 80, 24, Options{})
		press(m, k)
		last := lastLine(screen(m))
		if strings.Contains(last, "filter") || strings.Contains(last, "switch pane") || !strings.Contains(last, k+" close") {
			t.Errorf("%s: status line %q", k, last)
		}
		press(m, "?")
		if s := screen(m); strings.Contains(s, "quit") {
			t.Errorf("%s: the page's help says q quits, but it closes the page:\n%s", k, s)
		}
		press(m, "esc", "q")
		if m.mode != browse {
			t.Errorf("%s: q on the page: mode %d, want it closed", k, m.mode)
		}
	}
}

// On a narrow screen the help cuts only what does not fit: a key whose
// description fits is not shown cut (the padding after the last column
// once was, as "next entry    …").
func TestHelpNarrow(t *testing.T) {
	m := newReader(t, 30, 12, Options{})
	press(m, "?")
	for _, l := range strings.Split(screen(m), "\n") {
		for _, d := range []string{"next entry", "previous entry", "open · expand"} {
			if strings.Contains(l, d) && strings.Contains(l, "…") {
				t.Errorf("help at 30 columns: %q is cut", l)
			}
		}
	}
	checkGeometry(t, m, 30, 12, false)
}

// At 80 columns the people list and the marks list say their keys on
// the status line, as the other modes do: their left part (a count)
// kept half the line and left room for "? help" only.
func TestListStatusLines80(t *testing.T) {
	doc := NewDoc("pds", "", sample(t), nil)
	doc.Key = "k"
	m := newReader(t, 80, 24, Options{Doc: doc, Places: &state.Memory{}})
	press(m, "p")
	if last := lastLine(screen(m)); !strings.Contains(last, "enter filter the TOC") || !strings.Contains(last, "/ search") {
		t.Errorf("the people list's status line at 80 columns: %q", last)
	}
	press(m, "esc", "m", "'")
	if last := lastLine(screen(m)); !strings.Contains(last, "enter go to it") || !strings.Contains(last, "m unmark it") {
		t.Errorf("the marks list's status line at 80 columns: %q", last)
	}
	checkGeometry(t, m, 80, 24, false)
}

// The last sections' keys put their heading at the top too (the TOC
// scrolls past its end, blank rows below), where 7–0 at 80×24 left it at
// row 18; moving within the screen keeps it there, and g, G and the
// wheel go back to a list that ends at the bottom.
func TestSectionKeysAtTheEnd(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	for _, k := range []string{"7", "8", "9", "0"} {
		press(m, k)
		n := int(k[0] - '0')
		if n == 0 {
			n = 10
		}
		if top := strings.Split(screen(m), "\n")[1]; !strings.Contains(top, fmt.Sprintf("▾ %d ", n)) {
			t.Errorf("%s: the TOC's top row is %q, want section %d's heading", k, top, n)
		}
		checkGeometry(t, m, 80, 24, false)
	}
	press(m, "7", "j", "j")
	if top := strings.Split(screen(m), "\n")[1]; !strings.Contains(top, "▾ 7 ") {
		t.Errorf("7 j j: the TOC's top row is %q; moving on screen scrolled it", top)
	}
	press(m, "G")
	last := len(m.toc.rows) - 1
	if m.toc.cursor != last {
		t.Errorf("G: cursor %d, want %d", m.toc.cursor, last)
	}
	if want := len(m.toc.rows) - m.bodyHeight(); m.toc.offset != want {
		t.Errorf("G: offset %d, want the list's end at the bottom (%d)", m.toc.offset, want)
	}
	press(m, "0")
	off := m.toc.offset
	m.Update(tea.MouseMsg{X: 2, Y: 5, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.toc.offset < off {
		t.Errorf("the wheel down past the end scrolled up: offset %d, was %d", m.toc.offset, off)
	}
}

// On a wide terminal the TOC takes the room most titles need, not the
// longest one's: at 200 columns one title of 112 cells made it 117
// cells wide, its dates some 40 cells right of most titles. That title
// is cut (start…end), the others whole.
func TestTOCWidthNotTheLongest(t *testing.T) {
	m := newReader(t, 200, 50, Options{})
	tocW, _ := m.paneWidths()
	if tocW > 80 || tocW < 60 {
		t.Errorf("the TOC is %d cells at 200 columns, want about the 9 titles in 10 that fit in 60–80", tocW)
	}
	press(m, "3")
	var line string
	for _, l := range strings.Split(screen(m), "\n") {
		if strings.Contains(l, "李明俊主持召开专题会议") {
			line = l
		}
	}
	if !strings.Contains(line, "…") || !strings.Contains(line, "p.") {
		t.Errorf("the longest title's TOC line %q, want it cut with its date and page", line)
	}
	whole := 0
	for si, s := range m.iss.Sections {
		for i := range s.Entries {
			if m.tocTitle(si, s.Entries[i].DisplayTitle(), tocW-(m.metaWidth()+1)-2) == s.Entries[i].DisplayTitle() {
				whole++
			}
		}
	}
	if whole*10 < m.total*9 {
		t.Errorf("%d of %d titles whole in the TOC at 200 columns", whole, m.total)
	}
}

// TestTOCTellsTwinsApart: two titles that share their start and their
// end (李明俊与…举行工作会谈 in 友好往来) are cut past what they share, at every
// width where a cut one shows: they read the same at 70 to 80 columns.
func TestTOCTellsTwinsApart(t *testing.T) {
	for w := 60; w <= 100; w++ {
		m := newReader(t, w, 40, Options{})
		press(m, "4")
		var rows []string
		for _, l := range strings.Split(screen(m), "\n") {
			if strings.Contains(l, "李明俊与") {
				row := l
				if i := strings.Index(row, "│"); i >= 0 {
					row = row[:i]
				}
				// The title, without the date and page beside it.
				rows = append(rows, strings.TrimSpace(regexp.MustCompile(` +\d\d-\d\d p\.\d+ *$`).ReplaceAllString(row, "")))
			}
		}
		for i := range rows {
			for j := i + 1; j < len(rows); j++ {
				if rows[i] == rows[j] {
					t.Errorf("at %d columns two rows read %q", w, rows[i])
				}
			}
		}
	}
}

// A title whose twin begins with the whole of it (△ 体育中心开工建设。 and
// △ 体育中心开工建设仪式举行。, as a chronicle repeats them) has no part to
// tell it by: it is cut at its end with the room the row has, not shrunk
// to its first characters.
func TestTOCTwinPrefixUsesTheRoom(t *testing.T) {
	short, long := "△ 体育中心开工建设。", "△ 体育中心开工建设仪式举行。"
	var es []model.Entry
	for range 3 {
		es = append(es, model.Entry{Paragraphs: []model.Paragraph{{Text: short}}},
			model.Entry{Paragraphs: []model.Paragraph{{Text: long}}})
	}
	iss := &model.Issue{Title: "宁川县大事记", Sections: []model.Section{{Name: "2023年", Entries: es}}}
	m := newReader(t, 80, 24, Options{Doc: NewDoc("dsj", "", iss, nil)})
	n := m.cells.String(short) - 2
	got := m.tocTitle(0, short, n)
	if want := m.cells.Truncate(short, n, "…"); got != want {
		t.Errorf("tocTitle(%q, %d) = %q, want %q", short, n, got, want)
	}
}

// A file of a table of contents and no body: the entry pane says so, and
// the front matter page (i) shows the contents, the only thing to read.
func TestContentsWithoutBody(t *testing.T) {
	iss := &model.Issue{Title: "鹰城月报", Year: 2024, Number: 3, TOC: []model.TOCSection{
		{Name: "时政要闻", Entries: []model.TOCEntry{{Title: "全市春季植树造林动员会召开", Page: 2}}},
	}}
	m := newReader(t, 80, 24, Options{Doc: NewDoc("onlytoc", "", iss, nil)})
	if s := screen(m); !strings.Contains(s, "没有正文 · no entries: see i, w") {
		t.Errorf("an issue with no entries:\n%s", s)
	}
	press(m, "i")
	if s := screen(m); !strings.Contains(s, "目录  时政要闻") || !strings.Contains(s, "全市春季植树造林动员会召开 · p.2") {
		t.Errorf("the front matter of an issue with no entries does not show its contents:\n%s", s)
	}
}
