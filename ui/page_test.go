package ui

import (
	"bytes"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/state"
)

func title(m *Model) string {
	if m.entry.ref.Ent < 0 {
		return ""
	}
	return m.iss.Sections[m.entry.ref.Sec].Entries[m.entry.ref.Ent].Title
}

func TestGotoPage(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	for _, tt := range []struct {
		page string
		want string
	}{
		{"14", "陈向平到叶县调研"},          // printed on page 14
		{"22", "全市污染防治攻坚战推进会议召开"},   // the first of two on page 22
		{"13", "李明俊专题调研市区供暖工作"},     // nothing starts on 13: the last before it (p.12)
		{"99", "《平顶山年鉴（2023）》出版发行"}, // past the end: the last entry
		{"6", "“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开"},
	} {
		press(m, ":", tt.page)
		last := strings.Split(screen(m), "\n")[29]
		if !strings.HasPrefix(last, ":"+tt.page) || !strings.Contains(last, "(6–43)") {
			t.Errorf("prompt line %q", last)
		}
		press(m, "enter")
		if got := title(m); got != tt.want {
			t.Errorf(":%s → %q, want %q", tt.page, got, tt.want)
		}
		if r, _ := m.toc.row(); r.sec != m.entry.ref.Sec || r.ent != m.entry.ref.Ent {
			t.Errorf(":%s: TOC cursor not on the entry", tt.page)
		}
	}
	press(m, ":", "5", "enter")
	if !strings.Contains(screen(m), "no entry on or before page 5") {
		t.Error(":5 does not say there is nothing")
	}
	// Only digits; esc cancels.
	press(m, ":", "x", "1", "esc")
	if m.mode != browse {
		t.Error("esc does not close the page prompt")
	}
	// A filter that hides the entry is cleared; one that shows it stays.
	press(m, "/", "李明俊", "enter", ":", "29", "enter")
	if title(m) != "陈向平带队赴上海与高校和科研机构对接工作" || m.query != "" {
		t.Errorf(":29 under a filter: %q, query %q", title(m), m.query)
	}
	press(m, "/", "李明俊", "enter", ":", "12", "enter")
	if title(m) != "岳杰勇调研卫健、教育系统创文工作" {
		t.Errorf(":12: %q", title(m))
	}
	// A collapsed section is expanded to show the entry.
	m = newReader(t, 100, 30, Options{})
	press(m, "h")
	press(m, ":", "7", "enter")
	if title(m) != "平顶山市荣获“特炭之都”称号" || m.toc.collapsed[0] {
		t.Errorf(":7 into a collapsed section: %q", title(m))
	}
}

func TestTimeline(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "j", "j") // 平顶山市荣获“特炭之都”称号, 11-08
	press(m, "s")
	s := screen(m)
	if !strings.Contains(s, "◆ 2023-11-01 (") || strings.Contains(s, "▾ 1 时政要闻") {
		t.Fatalf("s does not show the timeline:\n%s", s)
	}
	if title(m) != "平顶山市荣获“特炭之都”称号" {
		t.Errorf("the cursor left its entry: %q", title(m))
	}
	// Days in order, ranges under their first day, each entry once.
	seen := map[[2]int]bool{}
	var last string
	for _, r := range m.toc.rows {
		if r.sec < 0 {
			d := m.days[r.grp].date.String()
			if d != "" && d < last {
				t.Errorf("day %s after %s", d, last)
			}
			last = d
			continue
		}
		e := m.iss.Sections[r.sec].Entries[r.ent]
		if e.Date.Start != m.days[r.grp].date {
			t.Errorf("%s (%v) under %v", e.Title, e.Date, m.days[r.grp].date)
		}
		seen[[2]int{r.sec, r.ent}] = true
	}
	if len(seen) != 68 {
		t.Errorf("%d entries in the timeline, want 68", len(seen))
	}
	// The 10-28..11-03 range is listed under its first day, first.
	if m.days[0].date.String() != "2023-10-28" {
		t.Errorf("first day %v", m.days[0].date)
	}
	// ] goes to the next day.
	before := m.entry
	press(m, "]")
	if e := m.iss.Sections[m.entry.ref.Sec].Entries[m.entry.ref.Ent]; e.Date.Start == m.iss.Sections[before.ref.Sec].Entries[before.ref.Ent].Date.Start {
		t.Error("] stays on the same day")
	}
	press(m, "s", "g")
	if s := screen(m); !strings.Contains(s, "▾ ") || strings.Contains(s, "◆") || !strings.Contains(s, "11-01 p.6") {
		t.Errorf("s does not come back to printed order, with dates and pages:\n%s", s)
	}
}

func TestCopyWithCitation(t *testing.T) {
	var out bytes.Buffer
	r := lipgloss.NewRenderer(&out)
	r.SetColorProfile(termenv.Ascii)
	m := newReader(t, 100, 30, Options{Renderer: r})
	press(m, ":", "14", "enter")
	out.Reset()
	m.Update(keyMsg("y"))
	// The sequence is in the frame, at the start of its last line, and
	// nothing is written outside the renderer.
	frame := m.View()
	if out.Len() != 0 {
		t.Errorf("written outside the frame: %q", out.String())
	}
	last := frame[strings.LastIndexByte(frame, '\n')+1:]
	end := strings.IndexByte(last, '\x07')
	if !strings.HasPrefix(last, "\x1b]52;c;") || end < 0 {
		t.Fatalf("the last line does not start with an OSC 52 sequence: %q", last[:min(len(last), 40)])
	}
	seq := last[:end+1]
	text, err := base64.StdEncoding.DecodeString(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]52;c;"), "\x07"))
	if err != nil {
		t.Fatal(err)
	}
	got := string(text)
	if !strings.HasPrefix(got, "陈向平到叶县调研\n\n11月13日，市委书记陈向平到叶县调研") {
		t.Errorf("copied text starts %q", got[:min(len(got), 80)])
	}
	if !strings.HasSuffix(got, "\n\n——《平顶山月报》2023年第11期（总第215期），第14页\n") {
		t.Errorf("copied text ends %q", got[max(0, len(got)-120):])
	}
	if !strings.Contains(screen(m), "by OSC 52") {
		t.Error("no word on the status line")
	}
	if press(m, "k"); strings.Contains(m.View(), "\x1b]52") {
		t.Error("the OSC 52 sequence is sent again with the next frame")
	}
}

// A reader saves its place in its store under its Doc's key, and a new
// reader of the same Doc reopens there; a place that no longer fits the
// issue is ignored.
func TestPlaceRestore(t *testing.T) {
	places := &state.Memory{}
	doc := NewDoc("pds", "", sample(t), nil)
	doc.Key = "k"
	m := newReader(t, 100, 30, Options{Doc: doc, Places: places})
	press(m, "2", "j", "j", "j", "j", "j", "enter", "d")
	if err := m.SavePlace(); err != nil {
		t.Fatal(err)
	}
	pos, ok := places.Load("k")
	if !ok || pos.Title != "李明俊专题调研市区供暖工作" || pos.Offset == 0 {
		t.Fatalf("place %+v %v", pos, ok)
	}
	m2 := newReader(t, 100, 30, Options{Doc: doc, Places: places})
	if title(m2) != pos.Title || m2.entry.offset != pos.Offset {
		t.Errorf("restored %q at %d, want %q at %d", title(m2), m2.entry.offset, pos.Title, pos.Offset)
	}
	if r, _ := m2.toc.row(); r.sec != pos.Sec || r.ent != pos.Ent {
		t.Error("TOC cursor not on the restored entry")
	}
	// A place that no longer fits the issue is ignored.
	bad := pos
	bad.Title = "另一期的标题"
	_ = places.Save("k", bad)
	if m3 := newReader(t, 100, 30, Options{Doc: doc, Places: places}); title(m3) == pos.Title {
		t.Error("restored a place whose title does not match")
	}
	_ = places.Save("k", state.Place{Sec: 99, Ent: 0})
	newReader(t, 100, 30, Options{Doc: doc, Places: places}) // must not panic
	// Without a key there is nothing to save or load.
	if err := newReader(t, 100, 30, Options{Places: places}).SavePlace(); err != nil {
		t.Error(err)
	}
}

func TestPeople(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "p")
	lines := strings.Split(screen(m), "\n")
	if !strings.HasPrefix(lines[1], " 李明俊  32  市长") {
		t.Fatalf("first person %q", lines[1])
	}
	if !strings.Contains(lines[29], "people") {
		t.Errorf("bottom line %q", lines[29])
	}
	checkGeometry(t, m, 100, 30, false)
	// It filters like the TOC.
	press(m, "/", "陈天富", "enter")
	lines = strings.Split(screen(m), "\n")
	if !strings.HasPrefix(lines[1], " 陈天富") || !strings.Contains(lines[1], "副市长") || strings.Contains(lines[2], "陈") {
		t.Fatalf("filtered list:\n%s", strings.Join(lines[:4], "\n"))
	}
	// Choosing a person filters the TOC to the entries that mention them.
	press(m, "enter")
	if (m.mode == peopleList) || m.query != "陈天富" || len(m.hits) == 0 {
		t.Fatalf("enter: open %v query %q hits %d", (m.mode == peopleList), m.query, len(m.hits))
	}
	for _, h := range m.hits {
		e := m.iss.Sections[h.Sec].Entries[h.Ent]
		found := strings.Contains(e.Title, "陈天富")
		for _, p := range e.Paragraphs {
			found = found || strings.Contains(p.Text, "陈天富")
		}
		if !found {
			t.Errorf("%s does not mention 陈天富", e.Title)
		}
	}
	// esc clears the list's search, then closes it without choosing.
	press(m, "esc", "p", "esc")
	if (m.mode != peopleList) || m.ppl.query != "" {
		t.Error("esc in the list clears its search first")
	}
	press(m, "esc")
	if m.mode == peopleList {
		t.Error("esc does not close the list")
	}
}

// Entries with pages and no dates: the timeline's column is wider than
// the printed order's, and must not break the layout.
func TestTimelineWithoutDates(t *testing.T) {
	iss, err := parser.Parse([]byte("# 测试月报\n\n2023年第11期\n\n## 目录\n\n- 第一条 ..... (12)\n- 第二条 ..... (13)\n\n## 要闻\n\n**第一条** 正文一。\n\n**第二条** 正文二。\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, wide := range []bool{false, true} {
		m := newReader(t, 80, 24, Options{Doc: NewDoc("", "", iss, nil), AmbiguousWide: wide})
		press(m, "s")
		checkGeometry(t, m, 80, 24, wide)
		if !strings.Contains(screen(m), "无日期") || !strings.Contains(screen(m), "1·p.12") {
			t.Errorf("timeline without dates:\n%s", screen(m))
		}
	}
}

// A chronicle prints no pages: its timeline's rows end with their text,
// not with a bare section number (1, 2 beside the days, which said
// nothing), and the entry pane names the month.
func TestTimelineWithoutPages(t *testing.T) {
	iss, err := parser.Parse([]byte("宁川县2023年大事记\n\n一月\n\n1日　县委召开全会。\n\n10日　县人大开会。\n\n二月\n\n5日　县政府举办灯会。\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := newReader(t, 80, 24, Options{Doc: NewDoc("", "", iss, nil)})
	press(m, "s")
	s := screen(m)
	if !strings.Contains(s, "◆ 2023-02-05 (1)") || !strings.Contains(s, "一月 · 01-01") {
		t.Fatalf("the chronicle's timeline:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "县政府举办灯会") && regexp.MustCompile(`[0-9] *│`).MatchString(l) {
			t.Errorf("a pageless row ends with a number: %q", l)
		}
	}
}

// ] with a filter goes down the ranked list to the next match of another
// section, never back up.
func TestNextSectionUnderFilter(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "/", "limingjun", "enter", "g")
	last := -1
	for i := 0; i < 40; i++ {
		press(m, "]")
		if m.toc.cursor <= last {
			if m.toc.cursor != last {
				t.Fatalf("] went back up from row %d to %d", last, m.toc.cursor)
			}
			break // the last section: ] stays
		}
		last = m.toc.cursor
	}
	if last < len(m.toc.rows)-5 {
		t.Errorf("] stopped at row %d of %d", last, len(m.toc.rows))
	}
}

// The mouse does not reach the panes behind the people list or help.
func TestMouseUnderOverlay(t *testing.T) {
	m := newReader(t, 100, 30, Options{})
	press(m, "p")
	m.Update(tea.MouseMsg{X: 3, Y: 1, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	press(m, "p")
	if m.toc.collapsed[0] || m.toc.cursor != 1 {
		t.Errorf("a click on the people list reached the TOC: collapsed %v cursor %d", m.toc.collapsed[0], m.toc.cursor)
	}
}
