package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/state"
)

// testShelves is the sample as issues 11 and 10, newest first, and a file
// that is not one.
func testShelves(t *testing.T) []*Doc {
	sample(t)
	iss11 := sampleIss
	src10 := strings.Replace(strings.Replace(string(sampleSrc), "2023年第11期", "2023年第10期", 1), "(总第215期)", "(总第214期)", 1)
	iss10, err := parser.Parse([]byte(src10))
	if err != nil {
		t.Fatal(err)
	}
	return []*Doc{
		NewDoc("pingdingshan-2023-11", "", iss11, nil),
		NewDoc("pingdingshan-2023-10", "", iss10, nil),
		NewDoc("broken", "broken.md", nil, errors.New("broken.md: not a text file (contains NUL bytes or control characters)")),
	}
}

// pick types keys, each answered before the next as Bubble Tea would
// answer it: the archive's search a key starts is run, and its result
// given back to the picker.
func pick(l *Picker, keys ...string) {
	for _, k := range keys {
		_, cmd := l.Update(keyMsg(k))
		settle(l, cmd)
	}
}

// settle runs cmd, and the commands of a batch, and gives the picker
// the archive's results and the issues parsed among their messages; it
// drops the others (a quit) as the tests look at the screen, not at the
// program.
func settle(l *Picker, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			settle(l, c)
		}
	case archiveResult, openResult:
		l.Update(msg)
	}
}

func libScreen(l *Picker) string { return ansi.Strip(l.View()) }

// On a narrow screen an issue's row keeps its number: the total number
// gives way first, then the year's century.
func TestLibraryPickerNarrowKeepsNumbers(t *testing.T) {
	for _, c := range []struct {
		width int
		want  [2]string
	}{
		{30, [2]string{"2023年第11期 · 68 entries", "2023年第10期 · 68 entries"}},
		{22, [2]string{"23年11期 · 68 entries", "23年10期 · 68 entries"}},
	} {
		l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
		l.Update(tea.WindowSizeMsg{Width: c.width, Height: 12})
		lines := strings.Split(libScreen(l), "\n")
		for i, w := range c.want {
			if !strings.HasPrefix(lines[i+1], w) {
				t.Errorf("at %d columns, line %d = %q, want it to start %q", c.width, i+1, lines[i+1], w)
			}
		}
	}
}

// A double issue's row keeps both its numbers at every width: its first
// alone (23年11期) would name an issue it is only half of.
func TestLibraryPickerNarrowDoubleIssue(t *testing.T) {
	sample(t)
	src := strings.Replace(string(sampleSrc), "2023年第11期", "2023年第11—12期", 1)
	iss, err := parser.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		width int
		want  string
	}{
		{60, "2023年第11—12期（总第215期） · 68 entries"},
		{30, "2023年第11—12期 · 68 entries"},
		{26, "23年11—12期 · 68 entries"},
	} {
		l := NewPicker(PickerOptions{Docs: []*Doc{NewDoc("double", "", iss, nil)}, Renderer: monoRenderer()})
		l.Update(tea.WindowSizeMsg{Width: c.width, Height: 12})
		if lines := strings.Split(libScreen(l), "\n"); !strings.HasPrefix(lines[1], c.want) {
			t.Errorf("at %d columns, the row is %q, want it to start %q", c.width, lines[1], c.want)
		}
	}
}

func TestLibraryPicker(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	lines := strings.Split(libScreen(l), "\n")
	if len(lines) != 20 {
		t.Fatalf("%d lines", len(lines))
	}
	want := []string{
		"yuebao · 2 issues · 1 file not read",
		"2023年第11期（总第215期） · 68 entries  平顶山月报",
		"2023年第10期（总第214期） · 68 entries  平顶山月报",
		"broken  broken.md: not a text file",
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want it to start %q", i, lines[i], w)
		}
	}
	// A file that is not an issue says why it cannot be opened.
	pick(l, "G", "enter")
	if l.cur != -1 || !strings.Contains(libScreen(l), "cannot open") {
		t.Error("enter on a failed file")
	}
	// Open issue 10, and come back with esc.
	pick(l, "g", "j", "enter")
	if l.cur != 1 || !strings.Contains(libScreen(l), "2023年第10期（总第214期）") {
		t.Fatalf("enter opens issue 10:\n%s", libScreen(l))
	}
	pick(l, "j", "j")
	pick(l, "esc")
	if l.cur != -1 {
		t.Fatal("esc in the reader at its top goes back to the picker")
	}
	// The reader keeps its place when opened again.
	pick(l, "enter")
	if r := l.readers[1]; r.entry.ref.Ent != 2 {
		t.Errorf("reopened at entry %d, want 2", r.entry.ref.Ent)
	}
	pick(l, "esc")
	// Searching every issue.
	pick(l, "/", "李明俊")
	s := libScreen(l)
	if !strings.Contains(s, "64 entries") {
		t.Errorf("count of entries over both issues:\n%s", s)
	}
	lines = strings.Split(s, "\n")
	if !strings.HasPrefix(lines[1], "2023年第11期（总第215期） › 领导活动 › 李明俊调研信访稳定") {
		t.Errorf("first match %q", lines[1])
	}
	pick(l, "enter", "j", "enter")
	r := l.readers[0]
	if l.cur != 0 || r.query != "李明俊" || title(r) != "李明俊专题调研市区供暖工作" {
		t.Errorf("opened %d with query %q at %q", l.cur, r.query, title(r))
	}
	// esc backs out of the entry pane, then the filter, then to the picker.
	pick(l, "esc", "esc", "esc")
	if l.cur != -1 {
		t.Errorf("three esc did not come back to the picker (cur %d)", l.cur)
	}
	pick(l, "esc")
	if l.query != "" || len(l.rows) != 3 {
		t.Error("esc in the picker clears its search")
	}
	if !pickQuit(l) {
		t.Error("q does not quit")
	}
}

// Keys that arrive together in one read each act in the picker too.
func TestLibraryFastKeys(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	pick(l, "jj")
	if l.cursor != 2 {
		t.Errorf("jj in one read: cursor %d", l.cursor)
	}
	pick(l, "/李明")
	if l.mode != pickFiltering || l.query != "李明" {
		t.Errorf("/李明 in one read: typing %v query %q", l.mode == pickFiltering, l.query)
	}
}

func pickQuit(l *Picker) bool {
	_, cmd := l.Update(keyMsg("q"))
	return cmd != nil && isQuit(cmd)
}

func TestLibrarySizes(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	for w := 1; w < 120; w += 3 {
		for _, h := range []int{1, 5, 6, 20} {
			l.Update(tea.WindowSizeMsg{Width: w, Height: h})
			s := libScreen(l)
			for _, line := range strings.Split(s, "\n") {
				if n := l.cells.String(line); n > w {
					t.Fatalf("%dx%d: line of %d cells: %q", w, h, n, line)
				}
			}
		}
	}
}

// libraryShelves is the sample as n issues with different numbers.
func libraryShelves(b testing.TB, n int) []*Doc {
	sample(b)
	shelves := make([]*Doc, n)
	for i := range shelves {
		src := strings.Replace(string(sampleSrc), "2023年第11期", fmt.Sprintf("%d年第%d期", 2023-i/12, 12-i%12), 1)
		iss, err := parser.Parse([]byte(src))
		if err != nil {
			b.Fatal(err)
		}
		shelves[i] = NewDoc(fmt.Sprintf("issue-%03d", i), "", iss, nil)
	}
	return shelves
}

// BenchmarkLibraryOpen is opening a 100-issue library once its files are
// parsed: new Docs (whose indexes wait for the first search) and the
// first screen.
func BenchmarkLibraryOpen(b *testing.B) {
	shelves := libraryShelves(b, 100)
	for b.Loop() {
		l := NewPicker(PickerOptions{Docs: freshDocs(shelves), Renderer: monoRenderer()})
		l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = l.View()
	}
}

// BenchmarkLibraryFilterKeystroke types 李, 明, 俊 and deletes them in
// the picker's search over 100 issues, one key (Update + View) an
// iteration.
func BenchmarkLibraryFilterKeystroke(b *testing.B) {
	l := NewPicker(PickerOptions{Docs: libraryShelves(b, 100), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	pick(l, "/")
	keys := []tea.KeyMsg{keyMsg("李"), keyMsg("明"), keyMsg("俊"), keyMsg("backspace"), keyMsg("backspace"), keyMsg("backspace")}
	i := 0
	for b.Loop() {
		l.Update(keys[i%len(keys)])
		i++
		_ = l.View()
	}
}

// The picker remembers where each issue's reader was left, in the store
// it is given: leaving a reader with esc saves its place, SavePlaces
// saves every open one, and a new picker over the same store reopens
// there.
func TestPickerRemembersPlaces(t *testing.T) {
	places := &state.Memory{}
	docs := testShelves(t)
	for i, d := range docs {
		d.Key = fmt.Sprintf("key-%d", i)
	}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Places: places})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	pick(l, "enter", "2", "j", "j", "enter", "esc", "esc")
	if l.cur != -1 {
		t.Fatal("esc esc did not come back to the picker")
	}
	first, ok := places.Load("key-0")
	if !ok || first.Sec != 1 {
		t.Fatalf("leaving the reader saved %+v %v, want a place in section 2", first, ok)
	}
	pick(l, "j", "enter", "3", "enter")
	if err := l.SavePlaces(); err != nil {
		t.Fatal(err)
	}
	second, ok := places.Load("key-1")
	if !ok || second.Sec != 2 {
		t.Fatalf("SavePlaces saved %+v %v for the second issue, want section 3", second, ok)
	}
	l2 := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Places: places})
	l2.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	pick(l2, "enter")
	if got := l2.readers[0].Place(); got.Sec != first.Sec || got.Ent != first.Ent || got.Title != first.Title {
		t.Errorf("a new picker reopened the first issue at %+v, want %+v", got, first)
	}
}

// The picker's search shows, for a match in an entry's text, the text
// around it; a title match shows the title alone.
func TestPickerSnippet(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 160, Height: 30})
	pick(l, "/", "梁铁山", "enter")
	s := libScreen(l)
	if !strings.Contains(s, "会长梁铁山，市委副书记岳杰勇") || !strings.Contains(s, "…") {
		t.Errorf("no snippet around 梁铁山:\n%s", s)
	}
	pick(l, "esc", "/", "特炭之都", "enter")
	for _, line := range strings.Split(libScreen(l), "\n") {
		if strings.Contains(line, "称号") && strings.Contains(line, "…") {
			t.Errorf("a title match shows a snippet: %q", line)
		}
	}
}

// markingPicker is a picker of testShelves at 120×30 whose issues keep
// their marks in the store it returns.
func markingPicker(t *testing.T) (*Picker, *state.Memory) {
	places := &state.Memory{}
	docs := testShelves(t)
	for i, d := range docs {
		d.Key = fmt.Sprintf("key-%d", i)
	}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Places: places})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	return l, places
}

// ' in the picker lists the marks of every issue; enter opens the issue
// on the marked entry.
func TestPickerMarks(t *testing.T) {
	l, _ := markingPicker(t)
	pick(l, "enter", ":", "14", "enter", "m", "esc", "esc", "esc") // issue 11, page 14
	pick(l, "j", "enter", ":", "22", "enter", "m", "esc", "esc", "esc")
	if l.cur != -1 {
		t.Fatal("not back in the picker")
	}
	pick(l, "'")
	s := libScreen(l)
	if !strings.Contains(s, "陈向平到叶县调研——《平顶山月报》2023年第11期") || !strings.Contains(s, "2023年第10期") || !strings.Contains(s, "2 marks in all issues") {
		t.Fatalf("' in the picker:\n%s", s)
	}
	pick(l, "j", "enter")
	if l.cur != 1 || l.readers[1].Place().Title == "" || l.readers[1].iss.Entry(l.readers[1].entry.ref).Page != 22 {
		t.Errorf("enter on the second mark: reader %d at %+v", l.cur, l.readers[max(l.cur, 0)].Place())
	}
}

// BenchmarkLibraryFirstSearch is the first search keystroke over a
// 100-issue library just opened: it builds every issue's index, which
// opening no longer does.
func BenchmarkLibraryFirstSearch(b *testing.B) {
	shelves := libraryShelves(b, 100)
	for b.Loop() {
		l := NewPicker(PickerOptions{Docs: freshDocs(shelves), Renderer: monoRenderer()})
		l.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		pick(l, "/", "李")
		_ = l.View()
	}
}

// freshDocs are new Docs of the same issues: nothing built yet.
func freshDocs(docs []*Doc) []*Doc {
	out := make([]*Doc, len(docs))
	for i, d := range docs {
		out[i] = NewDoc(d.Name, d.Path, d.Issue, d.Err)
	}
	return out
}

// At 80 columns a match in the text still shows: the text before it
// gives way, and a long title does.
func TestPickerSnippetNarrow(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, q := range []string{"鞠自力", "梁铁山", "张翔宇"} {
		pick(l, "/", q, "enter")
		lines := strings.Split(libScreen(l), "\n")
		if !strings.Contains(lines[1], q) {
			t.Errorf("/%s at 80 columns: the match does not show:\n%s", q, strings.Join(lines[:4], "\n"))
		}
		pick(l, "esc")
	}
}

// The picker's search moves through its results while typing as the
// reader's filter does; its help goes to the top and bottom with g and
// G and lists the keys of the mode it was opened from; one entry is
// "1 entry".
func TestPickerModeKeys(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 8})
	pick(l, "/", "供暖", "down", "down", "ctrl+n", "up")
	if l.cursor != 2 || l.mode != pickFiltering {
		t.Errorf("/供暖 ↓ ↓ ctrl+n ↑: cursor %d, mode %d; want 2 while typing", l.cursor, l.mode)
	}
	pick(l, "ctrl+p")
	if l.cursor != 1 {
		t.Errorf("ctrl+p: cursor %d, want 1", l.cursor)
	}
	pick(l, "esc", "?", "G")
	if l.helpOffset == 0 || !strings.Contains(libScreen(l), "?, esc or q closes this help") {
		t.Errorf("G in the picker's help (8 rows): offset %d\n%s", l.helpOffset, libScreen(l))
	}
	pick(l, "g")
	if l.helpOffset != 0 {
		t.Errorf("g in the picker's help: offset %d", l.helpOffset)
	}
	pick(l, "esc", "'", "?")
	if l.mode != pickHelp || !strings.Contains(libScreen(l), "标记 · marks") {
		t.Errorf("? in the picker's marks: mode %d\n%s", l.mode, libScreen(l))
	}
	pick(l, "?")
	if l.mode != pickMarks {
		t.Errorf("? in the marks' help: back to mode %d, want the marks", l.mode)
	}
	if entries(1) != "1 entry" || entries(2) != "2 entries" {
		t.Errorf("entries: %q, %q", entries(1), entries(2))
	}
}

// On a narrow screen a search result gives way on the issue's label
// first (2023年第11期（总第215期） › 领导活动 › took 40 cells), so that the
// entry's title shows, with the issue still named.
func TestPickerResultNarrow(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	for _, w := range []int{30, 40, 48} {
		l.Update(tea.WindowSizeMsg{Width: w, Height: 10})
		pick(l, "/", "李明俊", "enter")
		line := strings.Split(libScreen(l), "\n")[1]
		if !strings.Contains(line, "李明俊调研") || !strings.Contains(line, "11期") {
			t.Errorf("/李明俊 at %d columns: the first result reads %q", w, line)
		}
		pick(l, "esc")
	}
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 10})
	pick(l, "/", "李明俊", "enter")
	if line := strings.Split(libScreen(l), "\n")[1]; !strings.HasPrefix(line, "2023年第11期（总第215期） › 领导活动 › 李明俊调研") {
		t.Errorf("/李明俊 at 100 columns: the first result reads %q", line)
	}
}

// A file that parsed with warnings (a notes.txt that is no report) is
// marked in the picker with their count, as the reader's status line
// counts them, and the header says how many are doubtful.
func TestPickerWarnings(t *testing.T) {
	notes, err := parser.Parse([]byte("hello\n"))
	if err != nil || len(notes.Warnings) == 0 {
		t.Fatalf("hello parses with %v warnings, %v", notes.Warnings, err)
	}
	docs := append(testShelves(t), NewDoc("notes", "notes.txt", notes, nil))
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 80, Height: 10})
	lines := strings.Split(libScreen(l), "\n")
	want := fmt.Sprintf("⚠ %d warning", len(notes.Warnings))
	if !strings.Contains(lines[0], "1 with warnings") {
		t.Errorf("the header %q does not count the issues with warnings", lines[0])
	}
	for _, line := range lines[1:] {
		switch {
		case strings.HasPrefix(line, "notes") && !strings.Contains(line, want):
			t.Errorf("notes.txt's row %q has no %q", line, want)
		case strings.HasPrefix(line, "2023") && strings.Contains(line, "⚠"):
			t.Errorf("an issue without warnings is marked: %q", line)
		}
	}
}

// ' in a reader opened from the picker lists this issue's marks first,
// then the other issues' (each labelled by its issue), in the picker's
// list: enter on another issue's mark opens that issue on the entry,
// esc comes back to the reader, m unmarks.
func TestLibraryReaderMarks(t *testing.T) {
	l, places := markingPicker(t)
	pick(l, "j", "enter", ":", "22", "enter", "m", "esc", "esc", "esc") // issue 10, page 22
	pick(l, "g", "enter", ":", "14", "enter", "m", "'")                 // issue 11, page 14
	lines := strings.Split(libScreen(l), "\n")
	if !strings.Contains(lines[1], "陈向平到叶县调研") || !strings.Contains(lines[1], "本期") ||
		!strings.Contains(lines[2], "2023年第10期") || strings.Contains(lines[2], "本期") {
		t.Fatalf("' in issue 11's reader, from the picker:\n%s", libScreen(l))
	}
	pick(l, "esc")
	if l.cur != 0 || l.readers[0].mode != browse || title(l.readers[0]) != "陈向平到叶县调研" {
		t.Fatalf("esc on the marks: reader %d, want back in issue 11's at its entry", l.cur)
	}
	pick(l, "'", "j", "enter")
	r := l.readers[1]
	if l.cur != 1 || r.iss.Entry(r.entry.ref).Page != 22 {
		t.Fatalf("enter on issue 10's mark: reader %d at %+v", l.cur, r.entry.ref)
	}
	if sc := libScreen(l); strings.Contains(sc, "marked") {
		t.Errorf("issue 10's reader says what m did in it before:\n%s", sc)
	}
	pick(l, "esc", "esc") // the entry pane, then the reader
	if l.cur != 0 || title(l.readers[0]) != "陈向平到叶县调研" {
		t.Fatalf("esc in the issue a mark opened: reader %d, want back in issue 11's", l.cur)
	}
	pick(l, "'", "j", "enter")
	pick(l, "'")
	if lines := strings.Split(libScreen(l), "\n"); !strings.Contains(lines[1], "本期") || strings.Contains(lines[1], "陈向平到叶县调研") {
		t.Errorf("' in issue 10's reader: its own mark is not first:\n%s", libScreen(l))
	}
	pick(l, "m")
	if len(places.Marks("key-1")) != 0 || len(r.marks.all) != 0 || len(places.Marks("key-0")) != 1 {
		t.Errorf("m on issue 10's mark: kept %d, the reader holds %d; issue 11 kept %d", len(places.Marks("key-1")), len(r.marks.all), len(places.Marks("key-0")))
	}
	// A reader alone lists its own marks, as before.
	m := newReader(t, 120, 30, Options{Doc: l.docs[0], Places: places})
	press(m, "'")
	if m.mode != marksList {
		t.Errorf("' in a reader alone: mode %d", m.mode)
	}
}

// TestPickerHidesServerPaths: a file that cannot be read is named by its
// base name, where its error gives the whole path: over SSH the picker
// shows it to anyone.
func TestPickerHidesServerPaths(t *testing.T) {
	path := "/srv/yuebao/lib/2023/broken.md"
	doc := NewDoc("broken", path, nil, errors.New(path+": not a text file (contains NUL bytes or control characters)"))
	l := NewPicker(PickerOptions{Docs: []*Doc{doc}, Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 10})
	sc := libScreen(l)
	if strings.Contains(sc, "/srv") || !strings.Contains(sc, "broken  broken.md: not a text file") {
		t.Errorf("the picker shows:\n%s", sc)
	}
	pick(l, "enter")
	if sc := libScreen(l); strings.Contains(sc, "/srv") {
		t.Errorf("enter on it shows:\n%s", sc)
	}
}

// TestPickerNamesCopies: copies of one issue, listed alike, name their
// files; an issue listed once does not.
func TestPickerNamesCopies(t *testing.T) {
	iss := sample(t)
	docs := []*Doc{
		NewDoc("copy1", "/lib/a/copy1.md", iss, nil),
		NewDoc("copy2", "/lib/b/copy2.md", iss, nil),
		NewDoc("pds", "/lib/pds.md", testShelves(t)[1].Issue, nil),
	}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 10})
	sc := libScreen(l)
	if !strings.Contains(sc, "copy1.md") || !strings.Contains(sc, "copy2.md") || strings.Contains(sc, "pds.md") {
		t.Errorf("the picker lists:\n%s", sc)
	}
}

// TestPickerNamesCopiesInOneFile: a file that holds one issue twice (pasted
// twice) gives two rows alike but for where each begins: the file, and the
// line of the second copy.
func TestPickerNamesCopiesInOneFile(t *testing.T) {
	sample(t)
	twice := append(append(append([]byte{}, sampleSrc...), '\n'), sampleSrc...)
	issues, err := parser.ParseAll(twice)
	if err != nil || len(issues) != 2 {
		t.Fatalf("the sample twice parses to %d issues, %v", len(issues), err)
	}
	docs := []*Doc{NewDoc("twice", "/lib/twice.md", issues[0], nil), NewDoc("twice", "/lib/twice.md", issues[1], nil)}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 10})
	lines := strings.Split(libScreen(l), "\n")
	want := fmt.Sprintf("twice.md:%d ", issues[1].Line)
	if !strings.Contains(lines[1], "twice.md ") || strings.Contains(lines[1], "twice.md:") || !strings.Contains(lines[2], want) {
		t.Errorf("the rows do not say where each copy is (want %q on the second):\n%s", want, strings.Join(lines[:3], "\n"))
	}
}

// TestPickerCopiesShareMarks: copies of one issue share its marks, which
// the list shows once, not once a copy.
func TestPickerCopiesShareMarks(t *testing.T) {
	places := &state.Memory{}
	iss := sample(t)
	var docs []*Doc
	for _, name := range []string{"copy1", "copy2", "copy3"} {
		d := NewDoc(name, "/lib/"+name+".md", iss, nil)
		d.Key = "same-bytes"
		docs = append(docs, d)
	}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Places: places})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	pick(l, "enter", ":", "14", "enter", "m", "esc", "esc", "esc")
	pick(l, "'")
	if s := libScreen(l); !strings.Contains(s, "1 mark in all issues") || strings.Count(s, "陈向平到叶县调研——") != 1 {
		t.Errorf("' over three copies, one mark:\n%s", s)
	}
}

// TestPickerSnippetContext: at 80 columns a match in the text shows some
// of the text around it (…记岳杰勇主持会议…), the issue's label giving way.
func TestPickerSnippetContext(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 80, Height: 40})
	pick(l, "/", "会议")
	n := 0
	for _, line := range strings.Split(libScreen(l), "\n") {
		if _, snip, ok := strings.Cut(line, "  …"); ok && strings.Contains(snip, "会议") {
			n++
			if before, _, _ := strings.Cut(snip, "会议"); len([]rune(before)) < 3 {
				t.Errorf("the snippet shows little before the match: %q", line)
			}
		}
	}
	if n == 0 {
		t.Errorf("no snippet shows at 80 columns:\n%s", libScreen(l))
	}
}
