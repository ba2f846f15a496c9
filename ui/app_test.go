package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/layout"
)

var (
	sampleOnce sync.Once
	sampleIss  *model.Issue
	sampleSrc  []byte
)

func sample(t testing.TB) *model.Issue {
	t.Helper()
	sampleOnce.Do(func() {
		var err error
		sampleSrc, err = os.ReadFile(filepath.Join("..", "testdata", "pingdingshan-2023-11.md"))
		if err != nil {
			t.Fatal(err)
		}
		sampleIss, err = parser.Parse(sampleSrc)
		if err != nil {
			t.Fatal(err)
		}
	})
	return sampleIss
}

// monoRenderer draws without colour, as with NO_COLOR: bold, underline and
// reverse stay.
func monoRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(&bytes.Buffer{})
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

func newReader(t testing.TB, w, h int, opts Options) *Model {
	t.Helper()
	if opts.Doc == nil {
		opts.Doc = NewDoc("pingdingshan-2023-11", "", sample(t), nil)
	}
	if opts.Renderer == nil {
		opts.Renderer = monoRenderer()
	}
	m := New(opts)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// keyMsg turns a key name as the key map spells it into the message
// Bubble Tea would send.
func keyMsg(k string) tea.KeyMsg {
	names := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace, " ": tea.KeySpace,
		"ctrl+u": tea.KeyCtrlU, "ctrl+w": tea.KeyCtrlW, "ctrl+n": tea.KeyCtrlN, "ctrl+p": tea.KeyCtrlP, "ctrl+o": tea.KeyCtrlO,
	}
	if t, ok := names[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys and reports whether the last one quit.
func press(m *Model, keys ...string) (quit bool) {
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		quit = cmd != nil && isQuit(cmd)
	}
	return quit
}

func isQuit(cmd tea.Cmd) bool {
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// screen is what a person sees: the view without escape codes.
func screen(m *Model) string { return ansi.Strip(m.View()) }

// checkGeometry asserts that the screen fills the terminal exactly: h
// lines, each exactly w cells, as measured by the reader's own Width.
func checkGeometry(t *testing.T, m *Model, w, h int, wide bool) {
	t.Helper()
	lines := strings.Split(screen(m), "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d: %d lines", w, h, len(lines))
	}
	lw := layout.NewWidth(wide)
	for i, l := range lines {
		if n := lw.String(l); n != w {
			t.Fatalf("%dx%d: line %d is %d cells: %q", w, h, i, n, l)
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	testkit.Golden(t, filepath.Join("testdata", "screens", name), []byte(got), "the screen")
}

// TestGoldenScreens pins what a person sees at three sizes: on opening,
// with the filter for 李明俊 applied and an entry open, and with help.
func TestGoldenScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {40, 20}, {200, 50}} {
		w, h := size[0], size[1]
		name := func(s string) string { return s + "-" + itoa(w) + "x" + itoa(h) + ".txt" }
		m := newReader(t, w, h, Options{})
		checkGeometry(t, m, w, h, false)
		golden(t, name("open"), screen(m))

		press(m, "/", "李明俊", "enter", "j", "enter", "n")
		checkGeometry(t, m, w, h, false)
		golden(t, name("filter"), screen(m))

		press(m, "?")
		checkGeometry(t, m, w, h, false)
		golden(t, name("help"), screen(m))
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestEverySize resizes through every size from 1×1 up, in both
// ambiguous-width modes, with the prompt open and not: never a panic, never
// a line too wide, and a one-line message when the terminal is too small.
func TestEverySize(t *testing.T) {
	for _, wide := range []bool{false, true} {
		m := newReader(t, 80, 24, Options{AmbiguousWide: wide})
		press(m, "j", "j", "enter")
		for w := 1; w <= 130; w += 1 {
			for _, h := range []int{1, 2, 5, 6, 7, 12, 24, 45} {
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				if w < minWidth || h < minHeight {
					got := screen(m)
					if strings.Contains(got, "\n") || layout.NewWidth(wide).String(got) > w || !strings.HasPrefix("terminal too small", got) {
						t.Fatalf("%dx%d: %q", w, h, got)
					}
					continue
				}
				checkGeometry(t, m, w, h, wide)
				if w%7 == 0 {
					press(m, "/", "李明俊陈天富")
					checkGeometry(t, m, w, h, wide)
					press(m, "esc", "tab")
				}
			}
		}
	}
}

func TestNavigation(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	if got := m.entry.ref.Ent; m.entry.ref.Sec != 0 || got != 0 {
		t.Fatalf("opens on entry %d/%d, want the first", m.entry.ref.Sec, got)
	}
	press(m, "j", "j")
	if m.entry.ref.Sec != 0 || m.entry.ref.Ent != 2 {
		t.Errorf("after j j the entry pane shows %d/%d, want 0/2", m.entry.ref.Sec, m.entry.ref.Ent)
	}
	press(m, "]")
	if m.entry.ref.Sec != 1 || m.entry.ref.Ent != 0 {
		t.Errorf("] goes to %d/%d, want the first entry of section 2", m.entry.ref.Sec, m.entry.ref.Ent)
	}
	press(m, "[")
	if m.entry.ref.Sec != 0 || m.entry.ref.Ent != 0 {
		t.Errorf("[ goes to %d/%d, want the first entry of section 1", m.entry.ref.Sec, m.entry.ref.Ent)
	}
	press(m, "5")
	if m.entry.ref.Sec != 4 || m.entry.ref.Ent != 0 || !strings.Contains(screen(m), "民革平顶山市第九次代表大会召开") {
		t.Errorf("5 goes to %d/%d", m.entry.ref.Sec, m.entry.ref.Ent)
	}
	// Collapse and expand a section.
	press(m, "h")
	if r, _ := m.toc.row(); r.ent != -1 || !m.toc.collapsed[4] || !strings.Contains(screen(m), "▸ 5 民主党派换届选举 (4)") {
		t.Errorf("h on an entry collapses its section: row %+v", r)
	}
	press(m, "enter")
	if m.toc.collapsed[4] || !strings.Contains(screen(m), "▾ 5 民主党派换届选举 (4)") {
		t.Error("enter on a collapsed section expands it")
	}
	// Open a long entry, scroll it, go back.
	press(m, "2", "j", "j", "j", "j", "j", "enter")
	if m.iss.Sections[m.entry.ref.Sec].Entries[m.entry.ref.Ent].Title != "李明俊专题调研市区供暖工作" {
		t.Fatalf("opened %d/%d", m.entry.ref.Sec, m.entry.ref.Ent)
	}
	if m.focus != paneEntry {
		t.Fatal("enter on an entry focuses the entry pane")
	}
	press(m, "G")
	if m.percent() != 100 {
		t.Errorf("G: %d%%", m.percent())
	}
	press(m, "g")
	if m.entry.offset != 0 {
		t.Errorf("g: offset %d", m.entry.offset)
	}
	press(m, " ")
	if m.entry.offset == 0 {
		t.Error("space does not page down")
	}
	press(m, "b")
	if m.entry.offset != 0 {
		t.Errorf("b does not page back up: %d", m.entry.offset)
	}
	press(m, "esc")
	if m.focus != paneTOC {
		t.Error("esc in the entry pane goes back to the TOC")
	}
	if !press(m, "q") {
		t.Error("q does not quit")
	}
	if !press(newReader(t, 80, 24, Options{}), "ctrl+c") {
		t.Error("ctrl+c does not quit")
	}
}

func TestNarrowOnePane(t *testing.T) {
	m := newReader(t, 50, 20, Options{})
	s := screen(m)
	if !strings.Contains(s, "▾ 1 时政要闻 (5)") || strings.Contains(s, sepGlyph) {
		t.Fatalf("at 50 columns the TOC alone is shown:\n%s", s)
	}
	press(m, "tab")
	s = screen(m)
	if strings.Contains(s, "▾ 1 时政要闻") || !strings.Contains(s, "时政要闻 · 11-01 · p.6") {
		t.Fatalf("tab shows the entry pane alone:\n%s", s)
	}
	press(m, "t")
	if !strings.Contains(screen(m), "▾ 1 时政要闻 (5)") {
		t.Fatal("t switches back to the TOC")
	}
}

func TestFilter(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	// An input method commits a whole word in one key message.
	press(m, "/", "李明俊")
	if m.query != "李明俊" || (m.mode != filtering) {
		t.Fatalf("query %q typing %v", m.query, (m.mode == filtering))
	}
	s := screen(m)
	lines := strings.Split(s, "\n")
	if !strings.HasPrefix(lines[len(lines)-1], "/李明俊") || !strings.Contains(lines[len(lines)-1], "/68") {
		t.Errorf("prompt line = %q", lines[len(lines)-1])
	}
	// Title matches first.
	first := m.iss.Sections[m.hits[0].Sec].Entries[m.hits[0].Ent].Title
	if !strings.HasPrefix(first, "李明俊") || !strings.HasPrefix(lines[1], "李明俊") {
		t.Errorf("first hit %q, first row %q", first, lines[1])
	}
	sawText := false
	for _, h := range m.hits {
		title := m.iss.Sections[h.Sec].Entries[h.Ent].Title
		if !strings.Contains(title, "李明俊") {
			sawText = true
		} else if sawText {
			t.Fatalf("title match %q after a text-only match", title)
		}
	}
	press(m, "enter")
	if (m.mode == filtering) || m.query != "李明俊" {
		t.Fatal("enter keeps the filter and returns to the list")
	}
	// n steps through the matches in the entry, then on to the next entry.
	press(m, "n")
	if m.entry.cur != 0 {
		t.Fatalf("n: current match %d", m.entry.cur)
	}
	first0 := m.entry
	count := m.matchCount()
	for i := 1; i < count; i++ {
		press(m, "n")
	}
	if m.entry.ref.Sec != first0.ref.Sec || m.entry.ref.Ent != first0.ref.Ent || m.entry.cur != count-1 {
		t.Fatalf("after %d n: entry %d/%d match %d", count, m.entry.ref.Sec, m.entry.ref.Ent, m.entry.cur)
	}
	press(m, "n")
	h1 := m.hits[1]
	if m.entry.ref.Sec != h1.Sec || m.entry.ref.Ent != h1.Ent || m.entry.cur != 0 {
		t.Errorf("n past the last match goes to the next matching entry's first: %d/%d match %d", m.entry.ref.Sec, m.entry.ref.Ent, m.entry.cur)
	}
	press(m, "N")
	if m.entry.ref.Sec != first0.ref.Sec || m.entry.ref.Ent != first0.ref.Ent || m.entry.cur != count-1 {
		t.Errorf("N goes back to the previous entry's last match: %d/%d match %d", m.entry.ref.Sec, m.entry.ref.Ent, m.entry.cur)
	}
	// esc clears the filter.
	press(m, "esc")
	if m.query != "" || len(m.toc.rows) != 10+68 {
		t.Errorf("esc: query %q, %d rows", m.query, len(m.toc.rows))
	}
}

func TestFilterNoMatchKeepsQuery(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "李明俊", "x")
	s := screen(m)
	if m.query != "李明俊x" || !strings.Contains(s, "no match") || !strings.Contains(s, "没有匹配") {
		t.Fatalf("no match:\n%s", s)
	}
	press(m, "backspace")
	if m.query != "李明俊" || len(m.hits) == 0 {
		t.Fatalf("backspace after no match: %q, %d hits", m.query, len(m.hits))
	}
	press(m, "enter", "esc")
	if m.query != "" {
		t.Fatal("esc after enter clears the filter")
	}
}

// TestPromptWide: a query wider than the prompt scrolls, the cursor stays
// on screen, and the line is exactly the terminal's width.
func TestPromptWide(t *testing.T) {
	for _, wide := range []bool{false, true} {
		m := newReader(t, 24, 10, Options{AmbiguousWide: wide})
		press(m, "/", "平顶山市人民政府主办“平顶山月报”总第二百一十五期")
		checkGeometry(t, m, 24, 10, wide)
		last := strings.Split(screen(m), "\n")[9]
		if !strings.Contains(last, "十五期") {
			t.Errorf("cursor end not in view: %q", last)
		}
		press(m, "home")
		last = strings.Split(screen(m), "\n")[9]
		if !strings.HasPrefix(last, "/平顶山") {
			t.Errorf("home: %q", last)
		}
		checkGeometry(t, m, 24, 10, wide)
	}
}

// TestKeysDoSomething presses every key of the key map in a state where
// it has something to do and checks that the screen or the state changed:
// help cannot list a key that does nothing.
func TestKeysDoSomething(t *testing.T) {
	km := DefaultKeyMap()
	for _, group := range km.FullHelp() {
		for _, b := range group {
			for _, k := range b.Keys() {
				m := newReader(t, 100, 30, Options{})
				// A state where every key has work: the filter applied, the
				// cursor mid-list, the entry pane open and scrolled a little.
				press(m, "/", "李明俊", "enter", "j") // 李明俊专题调研市区供暖工作, a long one
				switch k {
				case "k", "up", "h", "left", "tab", "t", "shift+tab", "u", "b", "pgup", "g", "home", "G", "end", "d", " ", "f", "pgdown", "j", "down", "N", "n":
					press(m, "enter", "d")
				}
				if b.Help().Desc == "section N" || k == "[" || k == "]" {
					press(m, "esc")
				}
				if k == "esc" {
					press(m, "tab")
				}
				// Raw views: moving focus shows only in the styles.
				before := m.View()
				quit := press(m, k)
				if k == "q" || k == "ctrl+c" {
					if !quit {
						t.Errorf("%q does not quit", k)
					}
					continue
				}
				if m.View() == before {
					t.Errorf("key %q (%s) changed nothing on screen", k, b.Help().Desc)
				}
			}
		}
	}
}

func TestHelpFromKeyMap(t *testing.T) {
	m := newReader(t, 120, 40, Options{})
	press(m, "?")
	s := screen(m)
	for _, g := range m.keys.FullHelp() {
		for _, b := range g {
			if !strings.Contains(s, b.Help().Key) || !strings.Contains(s, b.Help().Desc) {
				t.Errorf("help does not list %s %s", b.Help().Key, b.Help().Desc)
			}
		}
	}
	press(m, "?")
	if m.mode == helping {
		t.Error("? closes help")
	}
}

// TestMonochrome: with no colour the selection and the matches are still
// shown, by reverse video and bold/underline.
func TestMonochrome(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "李明俊", "enter")
	v := m.View()
	if strings.Contains(v, "38;") || strings.Contains(v, "48;") {
		t.Error("colour codes with an Ascii profile")
	}
	if !strings.Contains(v, "\x1b[7m") {
		t.Error("no reverse video for the selection")
	}
	if !strings.Contains(v, "\x1b[1;4;4m李") {
		t.Errorf("matches not bold+underlined:\n%q", v[:min(len(v), 600)])
	}
}

// TestTwoReadersAmbiguous runs a narrow and a wide reader side by side, as
// the SSH server will: each lays out with its own setting.
func TestTwoReadersAmbiguous(t *testing.T) {
	narrow := newReader(t, 60, 20, Options{})
	wide := newReader(t, 60, 20, Options{AmbiguousWide: true})
	press(narrow, "tab")
	press(wide, "tab")
	checkGeometry(t, narrow, 60, 20, false)
	checkGeometry(t, wide, 60, 20, true)
	if screen(narrow) == screen(wide) {
		t.Error("ambiguous width made no difference to the layout of “quoted” text")
	}
	checkGeometry(t, narrow, 60, 20, false)
}

func TestToggleAmbiguous(t *testing.T) {
	m := newReader(t, 60, 20, Options{})
	press(m, "tab")
	narrow := screen(m)
	press(m, "A")
	checkGeometry(t, m, 60, 20, true)
	if screen(m) == narrow || !strings.Contains(screen(m), "two cells") {
		t.Error("A does not switch to wide ambiguous characters")
	}
	press(m, "A", "j")
	checkGeometry(t, m, 60, 20, false)
}

func TestMouse(t *testing.T) {
	m := newReader(t, 100, 12, Options{})
	tocW, _ := m.paneWidths()
	m.Update(tea.MouseMsg{X: tocW + 5, Y: 5, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.entry.offset == 0 {
		t.Error("wheel over the entry pane does not scroll it")
	}
	m.Update(tea.MouseMsg{X: 3, Y: 4, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if r, _ := m.toc.row(); r != (tocRow{0, 2, 0}) || m.entry.ref.Ent != 2 {
		t.Errorf("click on the fourth row selects %+v", r)
	}
	m.Update(tea.MouseMsg{X: 3, Y: 4, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.toc.offset == 0 {
		t.Error("wheel over the TOC does not scroll it")
	}
}

// TestFastKeysSplit: keys typed faster than a frame arrive as one message;
// each still acts.
func TestFastKeysSplit(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "jj")
	if m.entry.ref.Ent != 2 {
		t.Errorf("jj in one message moved to entry %d", m.entry.ref.Ent)
	}
	press(m, "/李明俊")
	if (m.mode != filtering) || m.query != "李明俊" {
		t.Errorf("/李明俊 in one message: typing %v query %q", (m.mode == filtering), m.query)
	}
}

// TestAltIsEscThenKey: esc and / in one read arrive as alt+/.
func TestAltIsEscThenKey(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "李明俊", "enter")
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/"), Alt: true})
	if m.query != "" || (m.mode != filtering) || m.prompt.String() != "" {
		t.Errorf("alt+/ after a filter: query %q typing %v prompt %q", m.query, (m.mode == filtering), m.prompt.String())
	}
}

// TestAltInPrompt: in the filter's prompt, esc and j in one read (alt+j)
// close the prompt and then move: j is not typed into the query.
func TestAltInPrompt(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "gn")
	if m.mode != filtering {
		t.Fatal("setup: / opens no prompt")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j"), Alt: true})
	if m.mode == filtering || strings.Contains(m.prompt.String(), "j") || strings.Contains(m.query, "j") {
		t.Errorf("alt+j in the prompt: typing %v, prompt %q, query %q", m.mode == filtering, m.prompt.String(), m.query)
	}
}

// TestDoubleEsc: two escs in one read arrive as alt+esc; both act.
func TestDoubleEsc(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "李明俊", "enter", "enter")
	if m.focus != paneEntry || m.query == "" {
		t.Fatal("setup")
	}
	m.Update(tea.KeyMsg{Type: tea.KeyEsc, Alt: true})
	if m.query != "" || m.focus != paneTOC {
		t.Errorf("alt+esc: query %q, focus %v", m.query, m.focus)
	}
}

func TestInitialQuery(t *testing.T) {
	m := newReader(t, 80, 24, Options{Query: "陈天富"})
	if m.query != "陈天富" || len(m.hits) == 0 || !strings.Contains(screen(m), "/陈天富") {
		t.Fatalf("initial query not applied:\n%s", screen(m))
	}
}

// TestControlCharactersAreCleaned: text from a file never reaches the
// terminal as control codes.
func TestControlCharactersAreCleaned(t *testing.T) {
	iss, err := parser.Parse([]byte("## 节\n\n**标题\x1b[2J** 正文\x1b]0;x\x07继续\t完。" + strings.Repeat("正文", 200) + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := newReader(t, 80, 24, Options{Doc: NewDoc("", "", iss, nil)})
	v := m.View()
	if strings.Contains(v, "\x1b[2J") || strings.Contains(v, "\x07") || strings.Contains(v, "\x1b]0") {
		t.Errorf("control codes from the file reach the screen: %q", v)
	}
	checkGeometry(t, m, 80, 24, false)
}

// A query stops growing at maxQuery characters: a client typing without
// end costs no more than that (each keystroke filters the issue again).
func TestPromptMaxQuery(t *testing.T) {
	var p prompt
	for range 1000 {
		p.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("李明")})
	}
	if n := len([]rune(p.String())); n != maxQuery {
		t.Errorf("after 2,000 characters the query holds %d, want %d", n, maxQuery)
	}
	p.set(strings.Repeat("长", maxQuery+10)) // longer than typing allows: no panic
	if p.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}) {
		t.Error("a character was added past the limit")
	}
	m := newReader(t, 80, 24, Options{})
	press(m, "/")
	for range 300 {
		press(m, "长")
	}
	if n := len([]rune(m.query)); n != maxQuery {
		t.Errorf("the reader's query holds %d characters after 300 keys, want %d", n, maxQuery)
	}
}

// Typing 100,000 characters into the filter, without bracketed paste and
// one key at a time, costs under a CPU-second in all, with a frame asked
// for after each key as Bubble Tea does: the query stops at maxQuery
// characters, and a key past it changes nothing and draws nothing. (It
// took 45 CPU-seconds when the query grew without end, and 8 when every
// key drew a frame.) The bound is a budget, some fifty times what it
// takes on a 2-core machine.
func TestFilterTypingCost(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/")
	keys := []rune("李明俊调研abc平顶山")
	before := cpuTime(t)
	for i := range 100_000 {
		m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{keys[i%len(keys)]}})
		_ = m.View()
	}
	used := cpuTime(t) - before
	t.Logf("100,000 keys typed into the filter: %s of CPU", used.Round(time.Millisecond))
	if used > time.Second {
		t.Errorf("100,000 keys typed into the filter took %s of CPU, want under 1 s", used)
	}
	if n := len([]rune(m.query)); n != maxQuery {
		t.Errorf("the query holds %d characters, want %d", n, maxQuery)
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestPagingBackCrossesEntries: as space and j go on from the end of an
// entry into the next, b and k go back from the top of one into the end
// of the one before, so that an issue reads both ways.
func TestPagingBackCrossesEntries(t *testing.T) {
	for _, k := range []string{"k", "b", "pgup"} {
		m := newReader(t, 80, 12, Options{})
		press(m, "enter", "J") // the entry pane, on the second entry
		second := m.entry.ref
		if second.Ent != 1 || m.entry.offset != 0 {
			t.Fatalf("setup: entry %v offset %d", second, m.entry.offset)
		}
		press(m, k)
		if m.entry.ref.Ent != 0 {
			t.Errorf("%s at the top of the second entry shows entry %d", k, m.entry.ref.Ent)
			continue
		}
		lines := m.entryLines()
		if want := max(0, len(lines)-m.bodyHeight()); m.entry.offset != want {
			t.Errorf("%s: the first entry at offset %d, want its end (%d)", k, m.entry.offset, want)
		}
		press(m, "k")
		press(m, "g")
		press(m, k)
		if m.entry.ref.Ent != 0 || !strings.Contains(screen(m), "start of the issue") {
			t.Errorf("%s at the top of the first entry: entry %d, no note\n%s", k, m.entry.ref.Ent, screen(m))
		}
	}
}

// TestFilteredSectionJumps: under a filter, whose list is ranked, ] and [
// walk the sections that hold a match in printed order, each once, and
// stop at the last and the first.
func TestFilteredSectionJumps(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "陈向平", "enter")
	var secs []int
	for range 12 {
		press(m, "]")
		if n := len(secs); n == 0 || secs[n-1] != m.entry.ref.Sec {
			secs = append(secs, m.entry.ref.Sec)
		}
	}
	for i := 1; i < len(secs); i++ {
		if secs[i] <= secs[i-1] {
			t.Fatalf("] went through sections %v, not in printed order", secs)
		}
	}
	if len(secs) < 3 {
		t.Fatalf("] went through sections %v only", secs)
	}
	last := secs[len(secs)-1]
	press(m, "[")
	if got := m.entry.ref.Sec; got != secs[len(secs)-2] {
		t.Errorf("[ from section %d went to %d, want %d", last, got, secs[len(secs)-2])
	}
}

// TestFilterShowsTitleMatch: a title that matches past where the pane
// cuts it is shown around its match, so that every title match shows it.
func TestFilterShowsTitleMatch(t *testing.T) {
	m := newReader(t, 80, 24, Options{})
	press(m, "/", "会议", "enter")
	rows := strings.Split(screen(m), "\n")[1:8] // the seven title matches, ranked first
	for _, r := range rows {
		left, _, _ := strings.Cut(r, "│")
		if !strings.Contains(left, "会议") {
			t.Errorf("the row %q does not show its match", left)
		}
	}
}

// TestNarrowNextMatchShowsEntry: in one pane, n from the list shows the
// text at its match, not a screen that does not change.
func TestNarrowNextMatchShowsEntry(t *testing.T) {
	m := newReader(t, 40, 15, Options{})
	press(m, "/", "limingjun", "enter")
	before := screen(m)
	press(m, "n")
	if after := screen(m); after == before || !strings.Contains(after, "李明俊") || m.focus != paneEntry {
		t.Errorf("n in one pane left the screen:\n%s", after)
	}
}
