package ui

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The reader's key tables, one a mode: each row binds keys of the KeyMap
// to what they do there, and says how help names them. The help and
// the status line are drawn from these tables, so they list every key a
// mode answers to and no other.

type readerTable = keyTable[*Model]

type readerBinding = binding[*Model]

// act is a row's action that returns no command.
func act(f func(m *Model)) func(*Model, tea.KeyMsg) tea.Cmd {
	return func(m *Model, _ tea.KeyMsg) tea.Cmd {
		f(m)
		return nil
	}
}

func quit(*Model, tea.KeyMsg) tea.Cmd { return tea.Quit }

// readerTables makes the tables for km.
func readerTables(km KeyMap) map[mode]*readerTable {
	return map[mode]*readerTable{
		browse:          browseTable(km),
		filtering:       filterTable(km),
		paging:          pageTable(km),
		sectioning:      sectionTable(km),
		peopleList:      peopleTable(km),
		peopleFiltering: peopleFilterTable(km),
		helping:         helpTable(km),
		frontPage:       infoPageTable(km, "卷首 · front matter", km.FrontMatter),
		warningsPage:    infoPageTable(km, "警告 · warnings", km.Warnings),
		marksList:       marksTable(km),
	}
}

func browseTable(km KeyMap) *readerTable {
	return &readerTable{name: "阅读 · reading", notes: []string{
		"y sends the entry to the terminal's clipboard with OSC 52, over SSH too;",
		"in tmux that needs: set -g set-clipboard on",
	}, rows: []readerBinding{
		{Binding: km.Down, do: act(func(m *Model) { m.move(1) })},
		{Binding: km.Up, do: act(func(m *Model) { m.move(-1) })},
		{Binding: km.NextEntry, do: act(func(m *Model) {
			if !m.stepEntry(+1) {
				m.note = "end of the issue"
			}
		})},
		{Binding: km.PrevEntry, do: act(func(m *Model) {
			if !m.stepEntry(-1) {
				m.note = "start of the issue"
			}
		})},
		{Binding: km.Open, do: act((*Model).open)},
		{Binding: km.Back, do: act((*Model).back)},
		{Binding: km.SwitchPane, do: act((*Model).switchPane), short: 2},
		{Binding: km.SwitchPaneBack, do: act((*Model).switchPane)},
		{Binding: km.NextSection, do: act(func(m *Model) { m.jump(func() { m.jumpSection(+1) }) })},
		{Binding: km.PrevSection, do: act(func(m *Model) { m.jump(func() { m.jumpSection(-1) }) })},
		{Binding: km.JumpSection, do: func(m *Model, k tea.KeyMsg) tea.Cmd {
			n := int(k.Runes[0] - '1')
			if k.Runes[0] == '0' {
				n = 9
			}
			m.jump(func() { m.gotoSection(n) })
			return nil
		}},
		{Binding: km.SectionPrompt, do: act(func(m *Model) {
			m.mode = sectioning
			m.sectionIn.set("")
		})},
		{Binding: km.PageDown, group: 1, do: act(func(m *Model) { m.page(m.bodyHeight() - 1) })},
		{Binding: km.PageUp, group: 1, do: act(func(m *Model) { m.page(-(m.bodyHeight() - 1)) })},
		{Binding: km.HalfDown, group: 1, do: act(func(m *Model) { m.halfPage(m.bodyHeight() / 2) })},
		{Binding: km.HalfUp, group: 1, do: act(func(m *Model) { m.halfPage(-m.bodyHeight() / 2) })},
		{Binding: km.Top, group: 1, do: act(func(m *Model) { m.edge(false) })},
		{Binding: km.Bottom, group: 1, do: act(func(m *Model) { m.edge(true) })},
		{Binding: km.GotoPage, group: 1, do: act(func(m *Model) {
			m.mode = paging
			m.pageIn.set("")
		})},
		{Binding: km.Timeline, group: 1, do: act((*Model).toggleTimeline)},
		{Binding: km.Mark, group: 1, do: act((*Model).toggleMark)},
		{Binding: km.Marks, group: 1, do: act((*Model).openMarks)},
		{Binding: km.FrontMatter, group: 1, do: act(func(m *Model) { m.mode, m.pageOffset = frontPage, 0 })},
		{Binding: km.Warnings, group: 1, do: act(func(m *Model) { m.mode, m.pageOffset = warningsPage, 0 })},
		{Binding: km.People, group: 1, do: act((*Model).openPeople)},
		{Binding: km.Copy, group: 1, do: func(m *Model, _ tea.KeyMsg) tea.Cmd { return m.copyEntry() }},
		{Binding: km.Filter, group: 2, short: 1, do: act(func(m *Model) {
			m.mode = filtering
			m.prompt.set(m.query)
		})},
		{Binding: km.NextMatch, group: 2, do: act(func(m *Model) { m.jump(func() { m.stepMatch(+1) }) })},
		{Binding: km.PrevMatch, group: 2, do: act(func(m *Model) { m.jump(func() { m.stepMatch(-1) }) })},
		{Binding: km.JumpBack, group: 1, do: act((*Model).jumpBack)},
		{Binding: km.JumpAhead, group: 1, do: act((*Model).jumpAhead)},
		{Binding: km.Escape, group: 2, do: act((*Model).escape)},
		{Binding: km.AmbiguousWidth, group: 2, do: act((*Model).toggleAmbiguous)},
		{Binding: km.Help, group: 2, short: 3, do: act((*Model).openHelp)},
		{Binding: km.Quit, group: 2, short: 4, do: quit},
	}}
}

// filterTable: every key typed filters at once; enter keeps the query
// and leaves the prompt, esc clears it.
func filterTable(km KeyMap) *readerTable {
	return &readerTable{
		name: "过滤 · filter",
		rows: []readerBinding{
			{Binding: as(km.Accept, "", "keep the filter"), short: 1, do: act(func(m *Model) {
				m.mode = browse
				m.focus = paneTOC
				if len(m.hits) == 0 && m.query != "" {
					m.note = "no match"
				}
			})},
			{Binding: as(km.Escape, "", "clear the filter"), short: 2, do: act(func(m *Model) {
				m.mode = browse
				m.prompt.set("")
				m.applyFilter("")
			})},
			// While typing, letters are text: only the arrows and the
			// emacs keys move through the results.
			{Binding: key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next result")), do: act(func(m *Model) { m.moveResult(1) })},
			{Binding: key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous result")), do: act(func(m *Model) { m.moveResult(-1) })},
		},
		text: act2(func(m *Model, k tea.KeyMsg) {
			if m.prompt.update(k) {
				m.applyFilter(m.prompt.String())
			}
		}),
	}
}

// pageTable: a printed page by its number; the last one starting before
// it when none starts on it.
func pageTable(km KeyMap) *readerTable {
	return numberTable(km, "页码 · printed page", "go to the page", func(m *Model) *prompt { return &m.pageIn }, 5,
		func(m *Model, n int) {
			switch _, hi := m.pageRange(); {
			case hi == 0:
				m.note = "this issue gives no printed pages"
			case n == 0:
				m.note = "printed pages start at 1"
			default:
				m.jump(func() { m.gotoPage(n) })
			}
		})
}

// numberTable is the keys of a prompt that takes a number: digits (and
// full-width ones) only, at most max of them; enter hands the number to
// accept, esc cancels.
func numberTable(km KeyMap, name, desc string, in func(*Model) *prompt, max int, accept func(*Model, int)) *readerTable {
	return &readerTable{
		name: name,
		rows: []readerBinding{
			{Binding: as(km.Accept, "", desc), short: 1, do: act(func(m *Model) {
				m.mode = browse
				if n, err := strconv.Atoi(in(m).String()); err == nil {
					accept(m, n)
				}
			})},
			{Binding: as(km.Escape, "", "cancel"), short: 2, do: act(func(m *Model) { m.mode = browse })},
		},
		text: act2(func(m *Model, k tea.KeyMsg) { digitKey(in(m), k, max) }),
	}
}

func peopleTable(km KeyMap) *readerTable {
	return &readerTable{name: "人物 · people", rows: []readerBinding{
		{Binding: km.Down, do: act(func(m *Model) { m.ppl.move(1, m.bodyHeight()) })},
		{Binding: km.Up, do: act(func(m *Model) { m.ppl.move(-1, m.bodyHeight()) })},
		{Binding: km.PageDown, do: act(func(m *Model) { m.ppl.move(m.bodyHeight()-1, m.bodyHeight()) })},
		{Binding: km.PageUp, do: act(func(m *Model) { m.ppl.move(-(m.bodyHeight() - 1), m.bodyHeight()) })},
		{Binding: km.Top, do: act(func(m *Model) { m.ppl.move(-len(m.ppl.rows), m.bodyHeight()) })},
		{Binding: km.Bottom, do: act(func(m *Model) { m.ppl.move(len(m.ppl.rows), m.bodyHeight()) })},
		{Binding: as(km.Open, "enter", "filter the TOC"), group: 1, short: 1, do: act(func(m *Model) { m.jump(m.choosePerson) })},
		{Binding: as(km.Filter, "", "search"), group: 1, short: 2, do: act(func(m *Model) {
			m.mode = peopleFiltering
			m.ppl.in.set(m.ppl.query)
		})},
		{Binding: as(km.Escape, "", "back"), group: 1, short: 4, do: act(func(m *Model) {
			if m.ppl.query != "" {
				m.ppl.in.set("")
				m.ppl.filter("")
				return
			}
			m.mode = browse
		})},
		{Binding: as(km.People, "", "close"), group: 1, do: act(func(m *Model) { m.mode = browse })},
		{Binding: km.Help, group: 1, short: 3, do: act((*Model).openHelp)},
		{Binding: km.Quit, group: 1, do: quit},
	}}
}

func peopleFilterTable(km KeyMap) *readerTable {
	return &readerTable{
		name: "人物搜索 · people search",
		rows: []readerBinding{
			{Binding: as(km.Accept, "", "keep the search"), short: 1, do: act(func(m *Model) { m.mode = peopleList })},
			{Binding: as(km.Escape, "", "clear the search"), short: 2, do: act(func(m *Model) {
				m.mode = peopleList
				m.ppl.in.set("")
				m.ppl.filter("")
			})},
		},
		text: act2(func(m *Model, k tea.KeyMsg) {
			if m.ppl.in.update(k) {
				m.ppl.filter(m.ppl.in.String())
			}
		}),
	}
}

// helpTable scrolls the help; ?, esc and q close it.
func helpTable(km KeyMap) *readerTable {
	return &readerTable{name: "帮助 · help", rows: []readerBinding{
		{Binding: as(km.Help, "?/esc/q", "close the help"), do: act((*Model).closeHelp), short: 1},
		{Binding: km.Escape, do: act((*Model).closeHelp)},
		{Binding: km.Quit, do: act((*Model).closeHelp)},
		{Binding: as(km.Down, "j/↓", "scroll"), do: act(func(m *Model) { m.helpOffset++ })},
		{Binding: km.PageDown, do: act(func(m *Model) { m.helpOffset++ })},
		{Binding: km.HalfDown, do: act(func(m *Model) { m.helpOffset++ })},
		{Binding: as(km.Up, "k/↑", "scroll back"), do: act(func(m *Model) { m.helpOffset = max(0, m.helpOffset-1) })},
		{Binding: km.PageUp, do: act(func(m *Model) { m.helpOffset = max(0, m.helpOffset-1) })},
		{Binding: km.HalfUp, do: act(func(m *Model) { m.helpOffset = max(0, m.helpOffset-1) })},
		{Binding: km.Top, do: act(func(m *Model) { m.helpOffset = 0 })},
		{Binding: km.Bottom, do: act(func(m *Model) { m.helpOffset = 1 << 20 })}, // clamped when drawn
	}}
}

// sectionTable: a section by its number, for documents of more than
// ten (a chronicle's years, a yearbook's parts).
func sectionTable(km KeyMap) *readerTable {
	return numberTable(km, "章节 · section", "go to the section", func(m *Model) *prompt { return &m.sectionIn }, 4,
		func(m *Model, n int) {
			switch {
			case m.byDay() && (n < 1 || n > len(m.days)):
				m.note = fmt.Sprintf("no day %d: the timeline has %d", n, len(m.days))
			case !m.byDay() && (n < 1 || n > len(m.iss.Sections)):
				m.note = fmt.Sprintf("no section %d: the issue has %d", n, len(m.iss.Sections))
			default:
				m.jump(func() { m.gotoSection(n - 1) })
			}
		})
}

func marksTable(km KeyMap) *readerTable {
	closeList := act(func(m *Model) { m.mode = browse })
	return &readerTable{name: "标记 · marks", rows: []readerBinding{
		{Binding: km.Down, do: act(func(m *Model) { m.moveMark(1) })},
		{Binding: km.Up, do: act(func(m *Model) { m.moveMark(-1) })},
		{Binding: km.PageDown, do: act(func(m *Model) { m.moveMark(m.bodyHeight() - 1) })},
		{Binding: km.PageUp, do: act(func(m *Model) { m.moveMark(-(m.bodyHeight() - 1)) })},
		{Binding: km.Top, do: act(func(m *Model) { m.moveMark(-len(m.marks.all)) })},
		{Binding: km.Bottom, do: act(func(m *Model) { m.moveMark(len(m.marks.all)) })},
		{Binding: as(km.Open, "enter", "go to it"), group: 1, short: 1, do: act((*Model).gotoMark)},
		{Binding: as(km.Mark, "", "unmark it"), group: 1, short: 2, do: act(func(m *Model) {
			v := &m.marks
			if v.cursor < len(v.all) {
				v.all = append(v.all[:v.cursor:v.cursor], v.all[v.cursor+1:]...)
				m.saveMarks()
				m.moveMark(0)
			}
		})},
		{Binding: as(km.Escape, "", "close"), group: 1, short: 4, do: closeList},
		{Binding: as(km.Marks, "", "close"), group: 1, do: closeList},
		{Binding: km.Help, group: 1, short: 3, do: act((*Model).openHelp)},
		{Binding: km.Quit, group: 1, do: quit},
	}}
}

// infoPageTable is the keys of a page of its own (the front matter, the
// warnings): they scroll it, and its own key, esc or q close it.
func infoPageTable(km KeyMap, name string, own key.Binding) *readerTable {
	closePage := act(func(m *Model) { m.mode = browse })
	scroll := func(d int) func(*Model, tea.KeyMsg) tea.Cmd {
		return act(func(m *Model) { m.pageOffset = max(0, m.pageOffset+d) })
	}
	return &readerTable{name: name, rows: []readerBinding{
		{Binding: as(own, "", "close"), do: closePage, short: 1},
		{Binding: as(km.Escape, "", "close"), do: closePage, short: 2},
		{Binding: as(km.Quit, "q", "close"), do: closePage},
		{Binding: km.Down, do: scroll(1)},
		{Binding: km.Up, do: scroll(-1)},
		{Binding: km.PageDown, do: act(func(m *Model) { m.pageOffset += m.bodyHeight() - 1 })},
		{Binding: km.PageUp, do: act(func(m *Model) { m.pageOffset = max(0, m.pageOffset-(m.bodyHeight()-1)) })},
		{Binding: km.Top, do: act(func(m *Model) { m.pageOffset = 0 })},
		{Binding: km.Bottom, do: act(func(m *Model) { m.pageOffset = 1 << 20 })}, // clamped when drawn
		{Binding: km.Help, do: act((*Model).openHelp), short: 3},
	}}
}

// act2 is act for text, which needs the key.
func act2(f func(m *Model, k tea.KeyMsg)) func(*Model, tea.KeyMsg) tea.Cmd {
	return func(m *Model, k tea.KeyMsg) tea.Cmd {
		f(m, k)
		return nil
	}
}
