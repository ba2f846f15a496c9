package ui

import (
	"strings"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/state"
)

// Marks: m marks the open entry (a reader collects material as it
// reads), ' lists this marks to jump to (in a library, the
// picker lists every issue's, this one's first: Options.AllMarks). They are kept with the
// reading place (state.Store), with the entry's citation, so that
// `yuebao marks` prints them without the issue.

// marksView is the list of marks.
type marksView struct {
	all []state.Mark
	listPos
}

func (m *Model) loadMarks() {
	if m.places != nil && m.doc.Key != "" {
		m.marks.all = m.places.Marks(m.doc.Key)
	}
}

// toggleMark marks the open entry, or unmarks it.
func (m *Model) toggleMark() {
	r := m.entry.ref
	e := m.iss.Entry(r)
	if e == nil {
		m.note = "no entry to mark"
		return
	}
	v := &m.marks
	for i, mk := range v.all {
		if mk.Sec == r.Sec && mk.Ent == r.Ent && mk.Title == e.Title {
			v.all = append(v.all[:i:i], v.all[i+1:]...)
			m.note = "unmarked · " + count(len(v.all), "mark") + " (')"
			m.saveMarks()
			return
		}
	}
	v.all = append(v.all, state.Mark{Sec: r.Sec, Ent: r.Ent, Title: e.Title, Cite: e.DisplayTitle() + Citation(m.iss, e),
		Year: m.iss.Year, Number: m.iss.Number, Total: m.iss.Total})
	m.note = "marked · " + count(len(v.all), "mark") + " (')"
	m.saveMarks()
}

// saveMarks keeps the marks at once: a mark is worth more than a place.
func (m *Model) saveMarks() {
	if m.places == nil || m.doc.Key == "" {
		m.note += " · not kept: no place to keep them"
		return
	}
	if err := m.places.SaveMarks(m.doc.Key, m.marks.all); err != nil {
		m.note = err.Error()
	}
}

func (m *Model) openMarks() {
	if m.allMarks != nil {
		m.allMarks()
		return
	}
	m.mode = marksList
	m.marks.listPos.keepInView(len(m.marks.all), m.bodyHeight())
}

// gotoMark jumps to the mark under the cursor, if the issue still has it.
func (m *Model) gotoMark() {
	v := &m.marks
	if v.cursor >= len(v.all) {
		return
	}
	mk := v.all[v.cursor]
	r := model.EntryRef{Sec: mk.Sec, Ent: mk.Ent}
	if e := m.iss.Entry(r); e == nil || e.Title != mk.Title {
		m.note = "this copy of the issue no longer has that entry"
		return
	}
	m.mode = browse
	m.jump(func() { m.showEntry(r) })
}

func (m *Model) moveMark(d int) {
	if n := len(m.marks.all); n > 0 {
		m.marks.listPos.move(d, n, m.bodyHeight())
	}
}

// marksLines draws the marks: title and citation, in the order made.
func (m *Model) marksLines(width, height int) []string {
	v := &m.marks
	out := make([]string, 0, height)
	if len(v.all) == 0 {
		out = append(out, fit(m.cells, []span{styled(" no marks yet: m marks the open entry", m.st.meta)}, width, plainSpan("")))
	}
	for j := v.offset; j < len(v.all) && len(out) < height; j++ {
		st, pad := rowStyler(j == v.cursor, m.st.selected)
		out = append(out, fit(m.cells, []span{st(plainSpan(" ")), st(styled(fitCite(m.cells, v.all[j].Cite, width-1), m.st.section))}, width, pad))
	}
	for len(out) < height {
		out = append(out, fit(m.cells, nil, width, plainSpan("")))
	}
	return out
}

// fitCite fits a mark's title and citation (title——《刊》期，第12页) to
// cols cells by shortening the title, so that the citation stays whole:
// cut at the end, 第12页 would read 第1…, another page.
func fitCite(w layout.Width, cite string, cols int) string {
	if w.String(cite) <= cols {
		return cite
	}
	i := strings.LastIndex(cite, "——")
	if i < 0 {
		return cite
	}
	ref := cite[i:]
	room := cols - w.String(ref)
	if room < 4 {
		return cite // no room for a title: cut at the end, as any row
	}
	return w.Truncate(cite[:i], room, "…") + ref
}
