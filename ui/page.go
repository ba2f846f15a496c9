package ui

import (
	"github.com/yuebao/yuebao/model"

	"fmt"

	tea "github.com/charmbracelet/bubbletea"
)

// digitKey edits a prompt that takes a number of at most n digits.
func digitKey(p *prompt, k tea.KeyMsg, n int) {
	if k.Type == tea.KeyRunes {
		// An input method in full-width mode sends ２５.
		rs := make([]rune, len(k.Runes))
		for i, r := range k.Runes {
			if r >= '０' && r <= '９' {
				r = '0' + (r - '０')
			}
			if r < '0' || r > '9' {
				return
			}
			rs[i] = r
		}
		k.Runes = rs
		if len(p.value)+len(k.Runes) > n {
			return
		}
	}
	p.update(k)
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
	m.showEntry(model.EntryRef{Sec: bestSec, Ent: bestEnt})
	if bestPage == n {
		m.note = fmt.Sprintf("page %d", n)
	} else {
		m.note = fmt.Sprintf("page %d: the entry that starts on page %d", n, bestPage)
	}
}

// showEntry puts the TOC cursor on an entry and shows it, clearing a
// filter that hides it and expanding its section.
func (m *Model) showEntry(r model.EntryRef) {
	if m.query != "" && !m.isHit(r) {
		m.prompt.set("")
		m.applyFilter("")
	}
	if !m.byDay() && m.query == "" && m.toc.collapsed[r.Sec] {
		m.toc.collapsed[r.Sec] = false
		m.rebuild()
	}
	m.toc.selectEntry(r.Sec, r.Ent)
	m.toc.keepInView(m.bodyHeight())
	m.entry.show(r)
	if m.entryVisible() || !m.twoPanes() {
		m.focus = paneEntry
	}
}

func (m *Model) isHit(r model.EntryRef) bool {
	for _, h := range m.hits {
		if h.Ref() == r {
			return true
		}
	}
	return false
}

// pageRange is the first and last printed page of the entries.
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
