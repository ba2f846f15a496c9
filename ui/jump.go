package ui

import (
	"encoding/base64"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
)

// pageKey edits the go-to-page prompt: digits only, five at most.
func (m *Model) pageKey(k tea.KeyMsg) {
	if k.Type == tea.KeyRunes {
		for _, r := range k.Runes {
			if r < '0' || r > '9' {
				return
			}
		}
		if len(m.pageIn.value)+len(k.Runes) > 5 {
			return
		}
	}
	m.pageIn.update(k)
}

// gotoPage shows the entry printed on page n, or the last one that starts
// before it — what a reader holding the paper edition means by "see page
// 22".
func (m *Model) gotoPage(n int) {
	// The first entry printed on page n; failing that, the last entry
	// printed before it.
	bestSec, bestEnt, bestPage := -1, -1, 0
	for si, s := range m.iss.Sections {
		for ei, e := range s.Entries {
			if e.Page == 0 || e.Page > n {
				continue
			}
			if e.Page == n && bestPage == n {
				continue
			}
			if e.Page >= bestPage {
				bestSec, bestEnt, bestPage = si, ei, e.Page
			}
		}
	}
	if bestSec < 0 {
		m.note = fmt.Sprintf("no entry on or before page %d", n)
		return
	}
	m.showEntry(bestSec, bestEnt)
	if bestPage == n {
		m.note = fmt.Sprintf("page %d", n)
	} else {
		m.note = fmt.Sprintf("page %d: the entry that starts on page %d", n, bestPage)
	}
}

// showEntry puts the TOC cursor on an entry and shows it, clearing a
// filter that hides it and expanding its section.
func (m *Model) showEntry(sec, ent int) {
	if m.query != "" && !m.isHit(sec, ent) {
		m.prompt.set("")
		m.applyFilter("")
	}
	if !m.byDay() && m.query == "" && m.toc.collapsed[sec] {
		m.toc.collapsed[sec] = false
		m.rebuild()
	}
	m.toc.selectEntry(sec, ent)
	m.toc.keepInView(m.bodyHeight())
	m.entry.show(sec, ent)
	if m.entryVisible() || !m.twoPanes() {
		m.focus = paneEntry
	}
}

func (m *Model) isHit(sec, ent int) bool {
	for _, h := range m.hits {
		if h.Sec == sec && h.Ent == ent {
			return true
		}
	}
	return false
}

// pageRange is the first and last printed page of the issue's entries.
func (m *Model) pageRange() (lo, hi int) {
	for _, s := range m.iss.Sections {
		for _, e := range s.Entries {
			if e.Page == 0 {
				continue
			}
			if lo == 0 || e.Page < lo {
				lo = e.Page
			}
			hi = max(hi, e.Page)
		}
	}
	return lo, hi
}

// Citation is how an entry is cited:
// ——《平顶山月报》2023年第11期（总第215期），第14页.
func Citation(iss *model.Issue, e *model.Entry) string {
	var b strings.Builder
	b.WriteString("——")
	if t := iss.DisplayTitle(); t != "" {
		b.WriteString("《" + t + "》")
	}
	b.WriteString(iss.Label())
	if e.Page != 0 {
		fmt.Fprintf(&b, "，第%d页", e.Page)
	}
	return b.String()
}

// entryText is the entry as it is copied: title, paragraphs, citation.
func entryText(iss *model.Issue, e *model.Entry) string {
	var parts []string
	if e.Title != "" {
		parts = append(parts, layout.Clean(e.Title))
	}
	for _, p := range e.Paragraphs {
		parts = append(parts, layout.Clean(p.Text))
	}
	parts = append(parts, layout.Clean(Citation(iss, e)))
	return strings.Join(parts, "\n\n") + "\n"
}

// copyEntry puts the open entry on the user's clipboard with OSC 52, which
// terminals honour over SSH too: the clipboard is the client's, not the
// server's.
func (m *Model) copyEntry() tea.Cmd {
	if m.entry.ent < 0 {
		m.note = "no entry to copy"
		return nil
	}
	e := &m.iss.Sections[m.entry.sec].Entries[m.entry.ent]
	text := entryText(m.iss, e)
	seq := osc52(text)
	out := m.out
	m.note = fmt.Sprintf("copied %d characters with the citation", len([]rune(text)))
	return func() tea.Msg {
		if out != nil {
			_, _ = out.Write([]byte(seq))
		}
		return nil
	}
}

// osc52 is the escape sequence that sets the clipboard to text.
func osc52(text string) string {
	return "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\x07"
}

// Position is where a reader was: the entry shown and how far it was
// scrolled. The title guards against a changed issue.
type Position struct {
	Sec, Ent, Offset int
	Title            string
}

// Position reports where the reader is now, to reopen there later.
func (m *Model) Position() Position {
	if m.entry.ent < 0 {
		return Position{Sec: -1, Ent: -1}
	}
	return Position{
		Sec: m.entry.sec, Ent: m.entry.ent, Offset: m.entry.offset,
		Title: m.iss.Sections[m.entry.sec].Entries[m.entry.ent].Title,
	}
}

// restore reopens a position saved by Position, if it still fits the issue.
func (m *Model) restore(p Position) {
	if p.Sec < 0 || p.Sec >= len(m.iss.Sections) || p.Ent < 0 || p.Ent >= len(m.iss.Sections[p.Sec].Entries) {
		return
	}
	if m.iss.Sections[p.Sec].Entries[p.Ent].Title != p.Title {
		return
	}
	m.toc.selectEntry(p.Sec, p.Ent)
	m.toc.keepInView(m.bodyHeight())
	m.entry.show(p.Sec, p.Ent)
	m.entry.offset = max(0, p.Offset) // clamped when the size is known
}

// AtTop reports whether the reader has nothing left to back out of with
// esc (no prompt, help, filter or entry pane focus): a library uses it to
// go back to its picker.
func (m *Model) AtTop() bool {
	return m.mode == browse && m.query == "" && m.focus == paneTOC
}

// SetFilter applies a filter as if it had been typed.
func (m *Model) SetFilter(q string) {
	m.prompt.set(q)
	m.applyFilter(q)
}

// ShowEntry opens entry ent of section sec.
func (m *Model) ShowEntry(sec, ent int) {
	if sec < 0 || sec >= len(m.iss.Sections) || ent < 0 || ent >= len(m.iss.Sections[sec].Entries) {
		return
	}
	m.showEntry(sec, ent)
}
