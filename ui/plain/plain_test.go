package plain

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/layout"
)

const samplePath = "../../testdata/pingdingshan-2023-11.md"

// Kinsoku sets from the brief, kept apart from layout's tables so that the
// test does not check the code against itself.
const (
	mustNotStart = "。，、；：？！）》」』”’…·—,.;:?!)]}"
	mustNotEnd   = "（《「『“‘([{"
)

func readSample(tb testing.TB) []byte {
	tb.Helper()
	src, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

func parseSample(tb testing.TB) *model.Issue {
	tb.Helper()
	iss, err := parser.Parse(readSample(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return iss
}

func day(m, d int) model.Date { return model.MakeDate(2023, m, d) }

var handEntry = model.Entry{
	Title: "陈向平会见英国皇家工程院院士 Constantinos Soutis",
	Page:  28,
	Date:  model.DateRange{Start: day(11, 9), End: day(11, 9)},
	Paragraphs: []model.Paragraph{
		{Text: "11月9日，市委书记陈向平会见英国皇家工程院院士 Constantinos Soutis，并为他颁发聘书。"},
		{Text: "市长主持召开会议。“学习运用浙江‘千万工程’经验”是主题。"},
		{Text: "平顶山市荣获特炭之都。"},
	},
}

func TestEntryExact(t *testing.T) {
	const sec = "友好往来"
	blank := Line{Kind: Blank, Para: -1}
	tests := []struct {
		amb  bool
		want []Line
	}{
		{false, []Line{
			{Title, "陈向平会见英国皇家工", -1, 0},
			{Title, "程院院士", -1, 30},
			{Title, "Constantinos Soutis", -1, 43},
			// 23 cells in full: the section name gives way first.
			{Meta, "友好… · 11-09 · p.28", -1, 0},
			blank,
			{Body, "11月9日，市委书记陈", 0, 0},
			{Body, "向平会见英国皇家工程", 0, 27},
			// A Latin name is broken only at its space.
			{Body, "院院士 Constantinos", 0, 57},
			// The break before 书 keeps 。 off the line start.
			{Body, "Soutis，并为他颁发聘", 0, 80},
			{Body, "书。", 0, 107},
			blank,
			// “ may not end a line, so it goes down with 学.
			{Body, "市长主持召开会议。", 1, 0},
			{Body, "“学习运用浙江‘千万工", 1, 27},
			{Body, "程’经验”是主题。", 1, 60},
			blank,
			// 都 goes down with the 。 that would not fit after it.
			{Body, "平顶山市荣获特炭之", 2, 0},
			{Body, "都。", 2, 27},
		}},
		// Quotation marks, · and … are two cells wide here.
		{true, []Line{
			{Title, "陈向平会见英国皇家工", -1, 0},
			{Title, "程院院士", -1, 30},
			{Title, "Constantinos Soutis", -1, 43},
			// No room for even one character of the section and the …
			{Meta, "11-09 · p.28", -1, 0},
			blank,
			{Body, "11月9日，市委书记陈", 0, 0},
			{Body, "向平会见英国皇家工程", 0, 27},
			{Body, "院院士 Constantinos", 0, 57},
			{Body, "Soutis，并为他颁发聘", 0, 80},
			{Body, "书。", 0, 107},
			blank,
			{Body, "市长主持召开会议。", 1, 0},
			{Body, "“学习运用浙江‘千万", 1, 27},
			{Body, "工程’经验”是主题。", 1, 57},
			blank,
			{Body, "平顶山市荣获特炭之", 2, 0},
			{Body, "都。", 2, 27},
		}},
	}
	for _, tt := range tests {
		w := layout.NewWidth(tt.amb)
		got := Entry(w, sec, &handEntry, 20)
		if !slices.Equal(got, tt.want) {
			t.Errorf("amb=%v: Entry at 20 cells:\n%s\nwant:\n%s", tt.amb, dump(got), dump(tt.want))
		}
		checkEntry(t, w, &handEntry, 20, got)
	}
}

func dump(ls []Line) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%s\tpara %d off %d\t%q\n", l.Kind, l.Para, l.Offset, l.Text)
	}
	return b.String()
}

func TestMeta(t *testing.T) {
	w := layout.NewWidth(false)
	d1, d2 := day(11, 21), day(11, 24)
	tests := []struct {
		section string
		date    model.DateRange
		page    int
		cols    int
		want    string
	}{
		{"时政要闻", model.DateRange{Start: d1, End: d1}, 8, 80, "时政要闻 · 11-21 · p.8"},
		{"时政要闻", model.DateRange{Start: d1, End: d2}, 8, 80, "时政要闻 · 11-21..11-24 · p.8"},
		{"出彩鹰城", model.DateRange{Start: day(10, 28), End: day(11, 3)}, 39, 80, "出彩鹰城 · 10-28..11-03 · p.39"},
		{"", model.DateRange{Start: model.MakeDate(2023, 12, 30), End: model.MakeDate(2024, 1, 2)}, 0, 80, "2023-12-30..2024-01-02"},
		{"", model.DateRange{Start: model.Date{Month: 3, Day: 1}, End: model.Date{Month: 3, Day: 1}}, 0, 80, "03-01"},
		{"时政要闻", model.DateRange{}, 8, 80, "时政要闻 · p.8"},
		{"时政要闻", model.DateRange{Start: d1, End: d1}, 0, 80, "时政要闻 · 11-21"},
		{"时政要闻", model.DateRange{}, 0, 80, "时政要闻"},
		{"", model.DateRange{}, 12, 80, "p.12"},
		{"", model.DateRange{}, 0, 80, ""},
		// Too narrow: the section first, then the rest.
		{"民主党派换届选举", model.DateRange{Start: d1, End: d1}, 33, 20, "民主… · 11-21 · p.33"},
		{"民主党派换届选举", model.DateRange{Start: d1, End: d1}, 33, 15, "11-21 · p.33"},
		{"民主党派换届选举", model.DateRange{Start: d1, End: d1}, 33, 8, "11-21 ·…"},
		{"民主党派换届选举", model.DateRange{}, 0, 8, "民主党…"},
	}
	for _, tt := range tests {
		e := &model.Entry{Date: tt.date, Page: tt.page}
		got := ""
		ls := Entry(w, tt.section, e, tt.cols)
		if len(ls) > 0 {
			if ls[0].Kind != Meta || len(ls) != 1 {
				t.Errorf("%q %v p.%d: lines %v", tt.section, tt.date, tt.page, ls)
			}
			got = ls[0].Text
		}
		if got != tt.want {
			t.Errorf("meta(%q, %v, p.%d, %d) = %q, want %q", tt.section, tt.date, tt.page, tt.cols, got, tt.want)
		}
	}
}

func TestEntryEdges(t *testing.T) {
	w := layout.NewWidth(false)
	if got := Entry(w, "x", nil, 80); got != nil {
		t.Errorf("nil entry: %v", got)
	}
	// No title, no meta: the text starts at once, without a blank line.
	e := &model.Entry{Paragraphs: []model.Paragraph{{Text: "甲乙"}, {Text: "丙"}}}
	want := []Line{{Body, "甲乙", 0, 0}, {Blank, "", -1, 0}, {Body, "丙", 1, 0}}
	if got := Entry(w, "", e, 80); !slices.Equal(got, want) {
		t.Errorf("untitled entry:\n%s", dump(got))
	}
	// cols < 1 counts as 1: one character a line, a wide one alone.
	for _, cols := range []int{0, -5, 1} {
		got := Entry(w, "", &model.Entry{Paragraphs: []model.Paragraph{{Text: "ab中"}}}, cols)
		want := []Line{{Body, "a", 0, 0}, {Body, "b", 0, 1}, {Body, "中", 0, 2}}
		if !slices.Equal(got, want) {
			t.Errorf("cols=%d:\n%s", cols, dump(got))
		}
	}
	// Spaces at breaks are left out; offsets still point into the text.
	e = &model.Entry{Paragraphs: []model.Paragraph{{Text: "aaaa   bbbb\tcccc"}}}
	want = []Line{{Body, "aaaa", 0, 0}, {Body, "bbbb", 0, 7}, {Body, "cccc", 0, 12}}
	if got := Entry(w, "", e, 5); !slices.Equal(got, want) {
		t.Errorf("spaces at breaks:\n%s", dump(got))
	}
}

// checkEntry checks what Entry promises for any width of 2 or more: lines
// fit, Body lines rebuild their paragraph with only break spaces left out,
// offsets are right, and the parts come in order.
func checkEntry(t *testing.T, w layout.Width, e *model.Entry, cols int, ls []Line) (badStart, badEnd int) {
	t.Helper()
	var paras [][]Line
	var title []Line
	for i, l := range ls {
		if lw := w.String(l.Text); lw > cols {
			t.Errorf("cols=%d: %s line %q is %d cells", cols, l.Kind, l.Text, lw)
		}
		switch l.Kind {
		case Title:
			title = append(title, l)
		case Body:
			if l.Para < 0 || l.Para >= len(e.Paragraphs) {
				t.Fatalf("cols=%d: Body line %q has Para %d", cols, l.Text, l.Para)
			}
			if l.Para == len(paras) {
				paras = append(paras, nil)
			}
			if l.Para != len(paras)-1 {
				t.Fatalf("cols=%d: paragraph %d out of order", cols, l.Para)
			}
			paras[l.Para] = append(paras[l.Para], l)
			if r := []rune(l.Text); len(r) > 0 {
				if strings.ContainsRune(mustNotStart, r[0]) {
					badStart++
					t.Logf("cols=%d: starts with %q: %q", cols, r[0], l.Text)
				}
				if strings.ContainsRune(mustNotEnd, r[len(r)-1]) {
					badEnd++
					t.Logf("cols=%d: ends with %q: %q", cols, r[len(r)-1], l.Text)
				}
			}
		case Blank:
			if l.Text != "" || i == 0 || ls[i-1].Kind == Blank {
				t.Errorf("cols=%d: misplaced blank line %d", cols, i)
			}
		case Meta:
		default:
			t.Errorf("cols=%d: Entry gave a %s line", cols, l.Kind)
		}
		if l.Kind != Body && l.Para != -1 {
			t.Errorf("cols=%d: %s line has Para %d", cols, l.Kind, l.Para)
		}
	}
	if len(paras) != len(e.Paragraphs) {
		t.Fatalf("cols=%d: %d paragraphs laid out, want %d", cols, len(paras), len(e.Paragraphs))
	}
	checkRebuild(t, cols, e.Title, title)
	for i, p := range e.Paragraphs {
		checkRebuild(t, cols, p.Text, paras[i])
	}
	return badStart, badEnd
}

// checkRebuild checks that ls are text with only the spaces at breaks left
// out, and that each Offset is where its Text is.
func checkRebuild(t *testing.T, cols int, text string, ls []Line) {
	t.Helper()
	var joined strings.Builder
	pos := 0
	for _, l := range ls {
		if l.Offset < pos || l.Offset+len(l.Text) > len(text) || text[l.Offset:l.Offset+len(l.Text)] != l.Text {
			t.Fatalf("cols=%d: line %q has a wrong Offset %d in %q", cols, l.Text, l.Offset, text)
		}
		if strings.Trim(text[pos:l.Offset], " ") != "" {
			t.Fatalf("cols=%d: %q dropped before line %q", cols, text[pos:l.Offset], l.Text)
		}
		joined.WriteString(l.Text)
		pos = l.Offset + len(l.Text)
	}
	if strings.Trim(text[pos:], " ") != "" {
		t.Fatalf("cols=%d: end %q of %q dropped", cols, text[pos:], text)
	}
	if want := strings.ReplaceAll(text, " ", ""); strings.ReplaceAll(joined.String(), " ", "") != want {
		t.Fatalf("cols=%d: lines do not rebuild %q", cols, text)
	}
}

func TestEntrySampleProperties(t *testing.T) {
	iss := parseSample(t)
	n := 0
	for _, amb := range []bool{false, true} {
		w := layout.NewWidth(amb)
		for cols := 20; cols <= 200; cols++ {
			badStart, badEnd := 0, 0
			for _, s := range iss.Sections {
				for i := range s.Entries {
					e := &s.Entries[i]
					bs, be := checkEntry(t, w, e, cols, Entry(w, s.Name, e, cols))
					badStart += bs
					badEnd += be
					n++
				}
			}
			// Wrap breaks a rule only when a run cannot fit otherwise; the
			// sample has no such run.
			if badStart > 0 || badEnd > 0 {
				t.Errorf("amb=%v cols=%d: %d forbidden line starts, %d forbidden line ends", amb, cols, badStart, badEnd)
			}
			if t.Failed() {
				t.FailNow()
			}
		}
	}
	if n < 2*181*60 {
		t.Fatalf("only %d entries checked", n)
	}
}

func TestWriteSample(t *testing.T) {
	iss := parseSample(t)
	w := layout.NewWidth(false)
	var buf bytes.Buffer
	if err := Write(&buf, w, iss, 80); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if bytes.IndexByte(out, 0x1b) >= 0 {
		t.Error("output holds an escape code")
	}
	if !bytes.HasSuffix(out, []byte("\n")) || bytes.HasSuffix(out, []byte("\n\n")) {
		t.Error("output does not end in exactly one newline")
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	// The header, then the front matter as printed, then the first section.
	front := 2 + 12 + 1 // header and blank; compiler, 8 masthead fields, distribution on 3 lines; blank
	if lines[0] != iss.Header() || lines[1] != "" || lines[2] != "平顶山市地方史志办公室编" || lines[7] != "责任编辑：张 征" ||
		lines[front-1] != "" || lines[front] != "## "+iss.Sections[0].Name {
		t.Errorf("output starts %q", lines[:front+1])
	}
	for i, l := range lines {
		if lw := w.String(l); lw > 80 {
			t.Errorf("line %d is %d cells: %q", i+1, lw, l)
		}
		if i > 0 && l == "" && lines[i-1] == "" {
			t.Errorf("two blank lines at %d", i+1)
		}
	}
	// The text is all there, in order, once the breaks are taken out.
	flat := strings.NewReplacer("\n", "", " ", "").Replace(string(out))
	pos := 0
	find := func(what, s string) {
		s = strings.ReplaceAll(s, " ", "")
		i := strings.Index(flat[pos:], s)
		if i < 0 {
			t.Errorf("%s missing (or out of order): %q", what, s)
			return
		}
		pos += i + len(s)
	}
	entries := 0
	for _, s := range iss.Sections {
		find("section", "##"+s.Name)
		for _, e := range s.Entries {
			find("title", e.Title)
			for _, p := range e.Paragraphs {
				find("paragraph", p.Text)
			}
			entries++
		}
	}
	if entries < 60 {
		t.Errorf("only %d entries in the sample", entries)
	}

	testkit.Golden(t, filepath.Join("testdata", "plain-80.txt"), out, "the plain text")
}

func TestWriteSmall(t *testing.T) {
	iss := &model.Issue{
		Title: "大事记", Number: 3,
		Sections: []model.Section{
			{Entries: []model.Entry{{Paragraphs: []model.Paragraph{{Text: "前言在第一个标题之前。"}}}}},
			{Name: "时政要闻", Entries: []model.Entry{
				{Title: "甲事", Page: 6, Date: model.DateRange{Start: day(11, 1), End: day(11, 1)},
					Paragraphs: []model.Paragraph{{Text: "11月1日，甲。"}, {Text: "乙。"}}},
				{Title: "丙事", Paragraphs: []model.Paragraph{{Text: "丙。"}}},
			}},
			{Name: "空栏目"},
		},
	}
	const want = "大事记 · 第3期\n" +
		"\n" +
		"前言在第一个标题之前。\n" +
		"\n" +
		"## 时政要闻\n" +
		"\n" +
		"甲事\n" +
		"11-01 · p.6\n" +
		"\n" +
		"11月1日，甲。\n" +
		"\n" +
		"乙。\n" +
		"\n" +
		"丙事\n" +
		"\n" +
		"丙。\n" +
		"\n" +
		"## 空栏目\n"
	var buf bytes.Buffer
	if err := Write(&buf, layout.NewWidth(false), iss, 80); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want {
		t.Errorf("Write gave\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	if err := Write(&buf, layout.NewWidth(false), &model.Issue{}, 80); err != nil || buf.Len() != 0 {
		t.Errorf("empty issue: %q, %v", buf.String(), err)
	}
}

var errBroken = errors.New("broken pipe")

// failWriter accepts ok bytes, then fails every write.
type failWriter struct {
	ok, calls, failed int
}

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	if f.ok >= len(p) {
		f.ok -= len(p)
		return len(p), nil
	}
	f.failed++
	n := f.ok
	f.ok = 0
	return n, errBroken
}

func TestWriteError(t *testing.T) {
	iss := parseSample(t)
	for _, ok := range []int{0, 1000, 40000} {
		f := &failWriter{ok: ok}
		err := Write(f, layout.NewWidth(false), iss, 80)
		if !errors.Is(err, errBroken) {
			t.Errorf("ok=%d: Write returned %v, want the writer's error", ok, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "plain: ") {
			t.Errorf("ok=%d: error %q has no context", ok, err)
		}
		if f.failed != 1 {
			t.Errorf("ok=%d: Write went on after the error: %d failed writes", ok, f.failed)
		}
	}
}

// A masthead's notice, which has no key, is printed as it is, without a
// colon before it.
func TestFrontMatterNotice(t *testing.T) {
	iss := &model.Issue{Compiler: "宁川市地方史志办公室", Masthead: []model.Field{
		{Key: "主编", Value: "孙洪涛"}, {Value: "（内部资料　免费交流）"}}}
	got := strings.Join(FrontMatter(iss), "\n")
	want := "宁川市地方史志办公室编\n主编：孙洪涛\n（内部资料　免费交流）"
	if got != want {
		t.Errorf("FrontMatter gave\n%s\nwant\n%s", got, want)
	}
}
