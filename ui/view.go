package ui

import (
	"fmt"
	"strings"

	"github.com/yuebao/yuebao/ui/layout"
)

// View draws the screen: the header, the panes, the status or prompt
// line. Every line is exactly the terminal's width, measured with this
// reader's own Width, and only what is visible is drawn.
func (m *Model) View() string {
	if !m.same || m.frame == "" {
		m.frame, m.same = m.draw(), true
	}
	return m.frame
}

func (m *Model) draw() string {
	if m.width < minWidth || m.height < minHeight {
		return m.cells.Truncate("terminal too small", max(0, m.width), "")
	}
	var sb strings.Builder
	sb.WriteString(fit(m.cells, []span{styled(m.iss.Header(), m.st.header)}, m.width, plainSpan("")))
	sb.WriteByte('\n')
	h := m.bodyHeight()
	var body []string
	typing := m.mode.typing()
	switch {
	case m.mode == helping:
		body = helpLines(m.cells, m.st, m.tables[m.helpFrom], &m.helpOffset, m.width, h)
	case m.mode == peopleList || m.mode == peopleFiltering:
		body = m.peopleLines(m.width, h)
	case m.mode == marksList:
		body = m.marksLines(m.width, h)
	case m.mode == frontPage:
		body = m.pageLines("卷首 · front matter", m.frontLines(), "no front matter in this copy", &m.pageOffset, m.width, h)
	case m.mode == warningsPage:
		body = m.pageLines(fmt.Sprintf("警告 · %s from the parser", count(len(m.iss.Warnings), "warning")), m.warningRows(), "the file parsed without a warning", &m.pageOffset, m.width, h)
	case m.twoPanes():
		tw, ew := m.paneWidths()
		left := m.tocView(tw, h, m.focus == paneTOC && !typing)
		right := m.entryView(ew, h)
		sep := m.st.sep.Render(sepGlyph)
		body = make([]string, h)
		for i := range body {
			body[i] = left[i] + sep + right[i]
		}
	case m.focus == paneEntry:
		body = m.entryView(m.width, h)
	default:
		body = m.tocView(m.width, h, !typing)
	}
	for _, l := range body {
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	sb.WriteString(m.clip)
	if b := m.base(); b == peopleList || b == peopleFiltering {
		sb.WriteString(m.peopleBottom())
	} else if b == frontPage || b == warningsPage {
		// A page of its own: its keys, not the reading keys it covers,
		// and the filter that may have sent the reader here.
		var left []span
		if m.query != "" {
			left = []span{styled("/"+m.query, m.st.prompt)}
		}
		short := m.tables[b].shortHelp()
		sb.WriteString(statusLine(m.cells, m.st, m.width, left, hints(short), hints(short[:1])))
	} else if b == marksList {
		short := m.tables[marksList].shortHelp()
		sb.WriteString(statusLine(m.cells, m.st, m.width, []span{styled("标记 · "+count(len(m.marks.all), "mark"), m.st.status)}, hints(short), hints(short[2:3])))
	} else {
		sb.WriteString(m.bottomLine())
	}
	return sb.String()
}

// bottomLine is the filter or page prompt while typing, else the status
// line: the filter and its count (or where the cursor is), the mode's
// key hints, and how far down the entry is.
func (m *Model) bottomLine() string {
	count := fmt.Sprintf("%d/%d", len(m.hits), m.total)
	switch m.mode {
	case paging:
		lo, hi := m.pageRange()
		hint := fmt.Sprintf(" printed page (%d–%d) · %s", lo, hi, hints(m.tables[paging].shortHelp()))
		if hi == 0 {
			hint = " this issue gives no printed pages · " + hints(m.tables[paging].shortHelp()[1:])
		}
		return promptLine(m.cells, m.st, m.width, ":", &m.pageIn, 6, styled(hint, m.st.status), "", m.st.status)
	case sectioning:
		n, what := len(m.iss.Sections), "section"
		if m.byDay() {
			n, what = len(m.days), "day" // the timeline's groups are its days
		}
		hint := fmt.Sprintf(" %s (1–%d) · %s", what, n, hints(m.tables[sectioning].shortHelp()))
		return promptLine(m.cells, m.st, m.width, "#", &m.sectionIn, 4, styled(hint, m.st.status), "", m.st.status)
	case filtering:
		if m.query == "" {
			count = fmt.Sprintf("%d/%d", m.total, m.total) // nothing typed: every entry
		}
		right, st := count, m.st.status
		if len(m.hits) == 0 && m.query != "" {
			right, st = "no match "+count, m.st.warn
		}
		return promptLine(m.cells, m.st, m.width, "/", &m.prompt, 0, plainSpan(""), right, st)
	}
	var left []span
	switch {
	case m.note != "" && m.query != "":
		// A note under a filter keeps the filter and its count in view.
		left = append(left, styled("/"+m.query, m.st.prompt), styled("  "+count+"  ", m.st.status), styled(m.note, m.st.warn))
	case m.note != "":
		left = append(left, styled(m.note, m.st.warn))
	case m.query == "" && len(m.iss.Warnings) > 0:
		// Why pages or dates may be missing: the parser says so.
		left = append(left, styled(fmt.Sprintf("⚠ %d warning%s (w)", len(m.iss.Warnings), plural(len(m.iss.Warnings))), m.st.warn))
	case m.query != "" && len(m.hits) == 0:
		left = append(left, styled("/"+m.query, m.st.prompt), styled("  no match", m.st.warn))
	case m.query != "":
		left = append(left, styled("/"+m.query, m.st.prompt), styled("  "+count, m.st.status))
		if n := m.matchCount(); n > 0 && m.entryVisible() {
			pos := "-"
			if m.entry.cur >= 0 {
				pos = fmt.Sprint(m.entry.cur + 1)
			}
			left = append(left, styled(fmt.Sprintf("  n/N %s/%d here", pos, n), m.st.status))
		}
	}
	if n := m.frontMatches(); n > 0 {
		left = append(left, styled("  · in the front matter (i)", m.st.status))
	}
	short := m.tables[browse].shortHelp()
	pct := ""
	if m.entry.ref.Valid() && m.entryVisible() {
		pct = fmt.Sprintf("%3d%%", m.percent())
	}
	line := statusLine
	if m.note != "" {
		line = noteLine
	}
	return line(m.cells, m.st, m.width, left,
		hints(short)+"  "+pct,
		hints(short[len(short)-2:len(short)-1])+"  "+pct,
		pct)
}

// helpLines lists the keys of a mode's table, in columns when they fit;
// taller than the screen, it scrolls from *offset.
func helpLines[T any](w layout.Width, st styles, t *keyTable[T], offset *int, width, height int) []string {
	groups := t.fullHelp()
	type item struct{ k, d string }
	var cols [][]item
	keyW, descW := 0, 0
	for _, g := range groups {
		var col []item
		for _, b := range g {
			h := b.Help()
			col = append(col, item{h.Key, h.Desc})
			keyW = max(keyW, w.String(h.Key))
			descW = max(descW, w.String(h.Desc))
		}
		cols = append(cols, col)
	}
	cellW := keyW + 2 + descW + 3
	perRow := max(1, min(len(cols), (width-2)/cellW))
	var rows [][]span
	rows = append(rows, []span{styled(" 按键 · keys · "+t.name, st.title)}, nil)
	for start := 0; start < len(cols); start += perRow {
		end := min(len(cols), start+perRow)
		depth := 0
		for _, c := range cols[start:end] {
			depth = max(depth, len(c))
		}
		for r := 0; r < depth; r++ {
			row := []span{plainSpan(" ")}
			for i, c := range cols[start:end] {
				k, d := "", ""
				if r < len(c) {
					k, d = c[r].k, c[r].d
				}
				if i < end-start-1 {
					// Only a column with another after it is padded: a
					// narrow screen cuts text, not trailing blanks.
					d += strings.Repeat(" ", descW-w.String(d)+3)
				}
				row = append(row,
					styled(k+strings.Repeat(" ", keyW-w.String(k)+2), st.helpKey),
					plainSpan(d))
			}
			rows = append(rows, row)
		}
		rows = append(rows, nil)
	}
	for _, n := range t.notes {
		rows = append(rows, []span{styled(" "+n, st.meta)})
	}
	rows = append(rows, []span{styled(" "+helpCloses, st.meta)})
	// Taller than the screen: it scrolls, and the last row says so.
	if len(rows) > height {
		*offset = min(*offset, len(rows)-height+1)
		rows = rows[*offset:]
		if len(rows) > height {
			rows = append(rows[:height-1:height-1], []span{styled(" ↓ j/k scroll · ?/esc/q close", st.meta)})
		}
	} else {
		*offset = 0
	}
	out := make([]string, 0, height)
	for _, r := range rows {
		out = append(out, fit(w, r, width, plainSpan("")))
	}
	for len(out) < height {
		out = append(out, fit(w, nil, width, plainSpan("")))
	}
	return out
}

// helpCloses is how every help screen says it is closed, the same keys
// its own table binds (helpTable).
const helpCloses = "?, esc or q closes this help"
