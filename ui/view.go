package ui

import (
	"fmt"
	"strings"
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
		return m.w.Truncate("terminal too small", max(0, m.width), "")
	}
	var b strings.Builder
	b.WriteString(fit(m.w, []span{styled(m.iss.Header(), m.st.header)}, m.width, plainSpan("")))
	b.WriteByte('\n')
	h := m.bodyHeight()
	var body []string
	switch {
	case m.ppl.open:
		body = m.peopleLines(m.width, h)
	case m.showHelp:
		body = m.helpView(m.width, h)
	case m.twoPanes():
		tw, sw, ew := m.paneWidths()
		left := m.tocView(tw, h, m.focus == paneTOC && !m.typing)
		right := m.entryView(ew, h)
		sep := m.st.sep.Render(sepGlyph)
		_ = sw
		body = make([]string, h)
		for i := range body {
			body[i] = left[i] + sep + right[i]
		}
	case m.focus == paneEntry:
		body = m.entryView(m.width, h)
	default:
		body = m.tocView(m.width, h, !m.typing)
	}
	for _, l := range body {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if m.ppl.open {
		b.WriteString(m.peopleBottom())
	} else {
		b.WriteString(m.bottomLine())
	}
	return b.String()
}

// bottomLine is the filter prompt while typing, else the status line:
// the filter and its count (or where the cursor is), the short help, and
// how far down the entry is.
func (m *Model) bottomLine() string {
	count := fmt.Sprintf("%d/%d", len(m.hits), m.total)
	if m.paging {
		lo, hi := m.pageRange()
		hint := fmt.Sprintf(" printed page (%d–%d), enter", lo, hi)
		before, at, after := m.pageIn.view(m.w, 6)
		return fit(m.w, []span{styled(":", m.st.prompt), plainSpan(before), styled(at, m.st.cursor), plainSpan(after), styled(hint, m.st.status)}, m.width, plainSpan(""))
	}
	if m.typing {
		right := count
		if len(m.hits) == 0 && m.query != "" {
			right = "no match " + count
		}
		rw := m.w.String(right) + 1
		inputW := m.width - 1 - rw - 1
		if inputW < 4 {
			right, rw = "", 0
			inputW = m.width - 2
		}
		before, at, after := m.prompt.view(m.w, inputW)
		left := fit(m.w, []span{styled("/", m.st.prompt), plainSpan(before), styled(at, m.st.cursor), plainSpan(after)}, m.width-rw, plainSpan(""))
		if rw == 0 {
			return left
		}
		st := m.st.status
		if len(m.hits) == 0 && m.query != "" {
			st = m.st.warn
		}
		return left + fit(m.w, []span{styled(" "+right, st)}, rw, plainSpan(""))
	}
	var left []span
	switch {
	case m.note != "":
		left = append(left, styled(m.note, m.st.warn))
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
	var help []string
	for _, k := range m.keys.ShortHelp() {
		h := k.Help()
		help = append(help, h.Key+" "+h.Desc)
	}
	pct := ""
	if m.entry.ent >= 0 && m.entryVisible() {
		pct = fmt.Sprintf("%3d%%", m.percent())
	}
	// The right side shrinks to fit: the whole reminder, then just the
	// way to the help, then the position alone. The filter state on the
	// left, when there is one, keeps at least half the line.
	leftNeed := 0
	if len(left) > 0 {
		leftNeed = m.width / 2
	}
	var right string
	for _, cand := range []string{
		strings.TrimSpace(strings.Join(help, "  ") + "  " + pct),
		strings.TrimSpace(help[len(help)-2] + "  " + pct),
		pct,
	} {
		if m.w.String(cand)+1 <= m.width-leftNeed {
			right = cand
			break
		}
	}
	rw := 0
	if right != "" {
		rw = m.w.String(right) + 1
	}
	return fit(m.w, left, m.width-rw, plainSpan("")) + fit(m.w, []span{styled(" "+right, m.st.status)}, rw, plainSpan(""))
}

// helpView lists every binding of the key map, in columns when they fit.
func (m *Model) helpView(width, height int) []string {
	groups := m.keys.FullHelp()
	type item struct{ k, d string }
	var cols [][]item
	keyW, descW := 0, 0
	for _, g := range groups {
		var col []item
		for _, b := range g {
			h := b.Help()
			col = append(col, item{h.Key, h.Desc})
			keyW = max(keyW, m.w.String(h.Key))
			descW = max(descW, m.w.String(h.Desc))
		}
		cols = append(cols, col)
	}
	cellW := keyW + 2 + descW + 3
	perRow := max(1, min(len(cols), (width-2)/cellW))
	var rows [][]span
	rows = append(rows, []span{styled(" 按键 · keys", m.st.title)}, nil)
	for start := 0; start < len(cols); start += perRow {
		end := min(len(cols), start+perRow)
		depth := 0
		for _, c := range cols[start:end] {
			depth = max(depth, len(c))
		}
		for r := 0; r < depth; r++ {
			row := []span{plainSpan(" ")}
			for _, c := range cols[start:end] {
				k, d := "", ""
				if r < len(c) {
					k, d = c[r].k, c[r].d
				}
				row = append(row,
					styled(k+strings.Repeat(" ", keyW-m.w.String(k)+2), m.st.helpKey),
					plainSpan(d+strings.Repeat(" ", descW-m.w.String(d)+3)))
			}
			rows = append(rows, row)
		}
		rows = append(rows, nil)
	}
	rows = append(rows, []span{styled(" ? or esc closes this help", m.st.meta)})
	// Taller than the screen: it scrolls, and the last row says so.
	if len(rows) > height {
		m.helpOffset = min(m.helpOffset, len(rows)-height+1)
		rows = rows[m.helpOffset:]
		if len(rows) > height {
			rows = append(rows[:height-1:height-1], []span{styled(" ↓ j/k scroll · ? closes", m.st.meta)})
		}
	} else {
		m.helpOffset = 0
	}
	out := make([]string, 0, height)
	for _, r := range rows {
		out = append(out, fit(m.w, r, width, plainSpan("")))
	}
	for len(out) < height {
		out = append(out, fit(m.w, nil, width, plainSpan("")))
	}
	return out
}
