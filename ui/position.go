package ui

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
