package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// listsTable checks that screen lists every binding of a table's help,
// key and description.
func listsTable(t *testing.T, where, screen string, groups [][]key.Binding) {
	t.Helper()
	n := 0
	for _, g := range groups {
		for _, b := range g {
			n++
			if !strings.Contains(screen, b.Help().Key) || !strings.Contains(screen, b.Help().Desc) {
				t.Errorf("%s: the help does not list %s %s", where, b.Help().Key, b.Help().Desc)
			}
		}
	}
	if n == 0 {
		t.Errorf("%s: the table has no help", where)
	}
}

// ? opens the help of the mode in force, drawn from its key table, in
// the reader, the people list and the picker; ? or esc goes back to that
// mode. The status line of each list names ? among its hints.
func TestHelpInEveryMode(t *testing.T) {
	m := newReader(t, 120, 40, Options{})
	press(m, "?")
	listsTable(t, "reading", screen(m), m.tables[browse].fullHelp())

	m = newReader(t, 120, 40, Options{})
	press(m, "p")
	if last := lastLine(screen(m)); !strings.Contains(last, "? help") || !strings.Contains(last, "enter filter the TOC") {
		t.Errorf("people list: status line %q does not name ? and enter", last)
	}
	press(m, "?")
	s := screen(m)
	if !strings.Contains(s, "人物 · people") {
		t.Errorf("people list: ? does not open the people list's help:\n%s", s)
	}
	listsTable(t, "people list", s, m.tables[peopleList].fullHelp())
	press(m, "?")
	if m.mode != peopleList {
		t.Errorf("? in the people list's help: mode %d, want the people list", m.mode)
	}
	press(m, "esc")
	if m.mode != browse {
		t.Errorf("esc in the people list: mode %d, want reading", m.mode)
	}

	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if last := lastLine(ansi.Strip(l.View())); !strings.Contains(last, "? help") {
		t.Errorf("picker: status line %q does not name ?", last)
	}
	l.Update(keyMsg("?"))
	listsTable(t, "picker", ansi.Strip(l.View()), l.tables[picking].fullHelp())
	l.Update(keyMsg("esc"))
	if l.mode != picking || !strings.Contains(ansi.Strip(l.View()), "issues") {
		t.Errorf("esc in the picker's help: mode %d", l.mode)
	}
}

// Every key a mode's table binds does something in that mode: the
// people list and the picker, as TestKeysDoSomething does for reading.
func TestListKeysDoSomething(t *testing.T) {
	for _, b := range peopleTable(DefaultKeyMap()).rows {
		for _, k := range b.Keys() {
			m := newReader(t, 100, 30, Options{})
			press(m, "p", "j", "j", "/", "李", "enter")
			if k == "k" || k == "up" || k == "g" || k == "home" || k == "b" || k == "pgup" {
				press(m, "G")
			}
			before, mode := m.View(), m.mode
			quit := press(m, k)
			if k == "q" || k == "ctrl+c" {
				if !quit {
					t.Errorf("people list: %q does not quit", k)
				}
				continue
			}
			if m.View() == before && m.mode == mode {
				t.Errorf("people list: key %q (%s) changed nothing", k, b.Help().Desc)
			}
		}
	}
	for _, b := range pickerTables(DefaultKeyMap())[picking].rows {
		for _, k := range b.Keys() {
			l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
			l.Update(tea.WindowSizeMsg{Width: 100, Height: 8})
			l.Update(keyMsg("/"))
			l.Update(keyMsg("李明"))
			l.Update(keyMsg("enter"))
			l.Update(keyMsg("j"))
			before, mode, cur := l.View(), l.mode, l.cur
			_, cmd := l.Update(keyMsg(k))
			if k == "q" || k == "ctrl+c" {
				if cmd == nil || !isQuit(cmd) {
					t.Errorf("picker: %q does not quit", k)
				}
				continue
			}
			if l.View() == before && l.mode == mode && l.cur == cur {
				t.Errorf("picker: key %q (%s) changed nothing", k, b.Help().Desc)
			}
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(s, "\n")
	return lines[len(lines)-1]
}
