package ui

import (
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/state"
)

// Place reports where the reader is now, to reopen there later.
func (m *Model) Place() state.Place {
	r := m.entry.ref
	if !r.Valid() {
		return state.Place{Sec: -1, Ent: -1}
	}
	return state.Place{Sec: r.Sec, Ent: r.Ent, Offset: m.entry.offset, Title: m.iss.Entry(r).Title}
}

// SavePlace records where the reader is in its store of places, under
// its Doc's key; without either it does nothing.
func (m *Model) SavePlace() error {
	if m.places == nil || m.doc.Key == "" {
		return nil
	}
	return m.places.Save(m.doc.Key, m.Place())
}

// restore reopens a place saved by Place, if it still fits the issue.
func (m *Model) restore(p state.Place) {
	if p.Sec < 0 || p.Sec >= len(m.iss.Sections) || p.Ent < 0 || p.Ent >= len(m.iss.Sections[p.Sec].Entries) {
		return
	}
	if m.iss.Sections[p.Sec].Entries[p.Ent].Title != p.Title {
		return
	}
	m.toc.selectEntry(p.Sec, p.Ent)
	m.toc.keepInView(m.bodyHeight())
	m.entry.show(model.EntryRef{Sec: p.Sec, Ent: p.Ent})
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

// ShowEntry opens entry r, if the issue has it.
func (m *Model) ShowEntry(r model.EntryRef) {
	if m.iss.Entry(r) == nil {
		return
	}
	m.jump(func() { m.showEntry(r) })
}
