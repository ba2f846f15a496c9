package ui

import (
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/plain"
	"github.com/yuebao/yuebao/ui/search"
)

// entryPane shows one entry, wrapped to the pane and scrolled.
type entryPane struct {
	ref    model.EntryRef // the entry shown; model.NoEntry() for none
	offset int            // first visible line

	// The wrapped lines are cached per entry and width: wrapping is the
	// costly part, and a key press must not redo it.
	lines      []plain.Line
	linesWidth int
	linesRef   model.EntryRef

	// Matches of the filter in the shown entry, in reading order, and the
	// one n/N stopped at (-1: none yet).
	matches      []lineMatch
	matchesQuery string
	matchesRef   model.EntryRef
	matchesWidth int
	cur          int
}

// lineMatch is one occurrence of the query on a wrapped line. A match
// that a line break splits has a part on each line, with the same id.
type lineMatch struct {
	id         int // which match, counting each once
	line       int
	start, end int // bytes within the line's Text
}

func (e *entryPane) show(r model.EntryRef) {
	if e.ref == r {
		return
	}
	e.ref = r
	e.offset = 0
	e.cur = -1
}

func (e *entryPane) resetMatches() {
	e.matches, e.matchesQuery, e.cur = nil, "", -1
}

func (e *entryPane) scroll(d int, lines []plain.Line, height int) {
	e.offset = max(0, min(e.offset+d, len(lines)-height))
}

// entryLines returns the shown entry wrapped to the entry pane's width.
func (m *Model) entryLines() []plain.Line {
	e := &m.entry
	if !e.ref.Valid() {
		return nil
	}
	_, w := m.paneWidths()
	w = max(1, w-1) // a one-cell left margin
	if m.measure > 0 {
		w = min(w, m.measure-1)
	}
	if e.lines != nil && e.linesWidth == w && e.linesRef == e.ref {
		return e.lines
	}
	e.lines = plain.EntryYears(m.cells, m.iss.Sections[e.ref.Sec].Name, m.iss.Entry(e.ref), w, m.years)
	e.linesWidth, e.linesRef = w, e.ref
	return e.lines
}

// entryMatches finds the query in the shown entry's lines. Matches are
// looked for in whole paragraphs, so that one split by a line break is
// still found, and then placed on the lines they start on.
func (m *Model) entryMatches() []lineMatch {
	e := &m.entry
	lines := m.entryLines()
	if m.query == "" || !e.ref.Valid() {
		return nil
	}
	if e.matchesQuery == m.query && e.matchesRef == e.ref && e.matchesWidth == e.linesWidth {
		return e.matches
	}
	ent := m.iss.Entry(e.ref)
	var out []lineMatch
	para, id, base, first := -1, -1, 0, 0
	var hits [][2]int
	for i, l := range lines {
		switch l.Kind {
		case plain.Title:
			for _, h := range search.Matches(l.Text, m.query) {
				id++
				out = append(out, lineMatch{id, i, h[0], h[1]})
			}
		case plain.Body:
			if l.Para != para {
				para = l.Para
				hits = search.Matches(ent.Paragraphs[para].Text, m.query)
				base = id + 1
				id += len(hits)
				first = 0
			}
			// Lines and matches are both in order: each match is passed
			// over once, however long the paragraph.
			end := l.Offset + len(l.Text)
			for first < len(hits) && hits[first][1] <= l.Offset {
				first++
			}
			for j := first; j < len(hits) && hits[j][0] < end; j++ {
				h := hits[j]
				out = append(out, lineMatch{base + j, i, max(h[0], l.Offset) - l.Offset, min(h[1], end) - l.Offset})
			}
		}
	}
	if e.matchesQuery != m.query {
		e.cur = -1
	}
	e.matches, e.matchesQuery, e.matchesRef, e.matchesWidth = out, m.query, e.ref, e.linesWidth
	return out
}

// matchCount is the number of distinct matches in the shown entry.
func (m *Model) matchCount() int {
	ms := m.entryMatches()
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].id + 1
}

// stepMatch moves to the next (d=1) or previous (d=-1) match: inside the
// shown entry first, then on into the next matching entry of the TOC.
func (m *Model) stepMatch(d int) {
	if m.query == "" {
		m.note = "no filter: press / to type one"
		return
	}
	if len(m.hits) == 0 {
		m.note = "no match"
		return
	}
	if !m.entryVisible() {
		// One pane, the list's: the match is in the text, which n shows
		// (it had moved in the pane no one could see).
		m.focus = paneEntry
	}
	n := m.matchCount()
	e := &m.entry
	next := e.cur + d
	if e.cur < 0 && d < 0 {
		next = n - 1
	}
	if next >= 0 && next < n && m.onHit() {
		m.gotoMatch(next)
		return
	}
	// On to the next (or previous) matching entry, wrapping around.
	i := m.hitIndex()
	if i < 0 {
		// Not on a matching entry: forward starts at the first, back at the last.
		i = -1
		if d < 0 {
			i = 0
		}
	}
	nh := len(m.hits)
	i = ((i+d)%nh + nh) % nh
	h := m.hits[i]
	m.toc.selectEntry(h.Sec, h.Ent)
	m.toc.keepInView(m.bodyHeight())
	m.entry.show(h.Ref())
	n = m.matchCount()
	if n == 0 {
		return
	}
	if d > 0 {
		m.gotoMatch(0)
	} else {
		m.gotoMatch(n - 1)
	}
}

// onHit reports whether the shown entry is one of the filter's entries.
func (m *Model) onHit() bool { return m.hitIndex() >= 0 }

func (m *Model) hitIndex() int {
	for i, h := range m.hits {
		if h.Ref() == m.entry.ref {
			return i
		}
	}
	return -1
}

// gotoMatch makes match id i the current one and scrolls to its line.
func (m *Model) gotoMatch(i int) {
	e := &m.entry
	e.cur = i
	line := 0
	for _, lm := range m.entryMatches() {
		if lm.id == i {
			line = lm.line
			break
		}
	}
	h := m.bodyHeight()
	if line < e.offset || line >= e.offset+h {
		e.offset = line - h/3
	}
	e.scroll(0, m.entryLines(), h)
}

// entryView draws the entry pane, each line exactly width cells.
func (m *Model) entryView(width, height int) []string {
	out := make([]string, 0, height)
	blank := fit(m.cells, nil, width, plainSpan(""))
	e := &m.entry
	if !e.ref.Valid() {
		msg := "在左侧选择一条 · choose an entry"
		if m.total == 0 {
			// A table of contents with no body, or a file of front matter
			// only: what there is, is on the front matter page.
			msg = "没有正文 · no entries: see i, w"
		}
		out = append(out, fit(m.cells, []span{plainSpan(" "), styled(msg, m.st.meta)}, width, plainSpan("")))
		for len(out) < height {
			out = append(out, blank)
		}
		return out
	}
	lines := m.entryLines()
	ms := m.entryMatches()
	mi := 0
	for i := e.offset; i < len(lines) && len(out) < height; i++ {
		l := lines[i]
		for mi < len(ms) && ms[mi].line < i {
			mi++
		}
		var hits [][2]int
		cur := -1
		for j := mi; j < len(ms) && ms[j].line == i; j++ {
			if ms[j].id == e.cur {
				cur = len(hits)
			}
			hits = append(hits, [2]int{ms[j].start, ms[j].end})
		}
		base := plainSpan("")
		switch l.Kind {
		case plain.Title:
			base = styled("", m.st.title)
		case plain.Meta:
			base = styled("", m.st.meta)
		}
		spans := append([]span{plainSpan(" ")}, highlight(l.Text, hits, base, m.st.match, m.st.current, cur)...)
		out = append(out, fit(m.cells, spans, width, plainSpan("")))
	}
	for len(out) < height {
		out = append(out, blank)
	}
	return out
}

// percent is how far down the entry the bottom of the pane is, as less
// shows it.
func (m *Model) percent() int {
	lines := m.entryLines()
	if len(lines) == 0 {
		return 100
	}
	bottom := min(len(lines), m.entry.offset+m.bodyHeight())
	return bottom * 100 / len(lines)
}
