package ui

import (
	"fmt"
	"strings"

	"github.com/yuebao/yuebao/ui/search"
)

// Two pages of their own, drawn over the panes like the help: the front
// matter (the cover's title and number, the masthead, the compiler and
// the distribution list, which the parser reads and the panes never
// show), and the parser's warnings with their lines, so that a reader
// knows why pages or dates are missing.

// frontLines is the front matter as label/text rows.
func (m *Model) frontLines() [][2]string {
	iss := m.iss
	var rows [][2]string
	add := func(k, v string) {
		if v = strings.TrimSpace(v); v != "" {
			rows = append(rows, [2]string{k, v})
		}
	}
	add("刊名", iss.DisplayTitle())
	add("期号", iss.Label())
	if !iss.Published.IsZero() {
		add("日期", iss.Published.String())
	}
	add("编印", iss.Compiler)
	for _, f := range iss.Masthead {
		add(f.Key, f.Value)
	}
	add("发放范围", iss.Distribution)
	if m.total == 0 {
		// No body to read: the printed contents is all there is to see.
		for _, s := range iss.TOC {
			add("目录", s.Name)
			for _, e := range s.Entries {
				t := e.Title
				if e.Page != 0 {
					t += fmt.Sprintf(" · p.%d", e.Page)
				}
				add("", t)
			}
		}
	}
	return rows
}

// frontMatches counts the rows of the front matter the filter matches.
func (m *Model) frontMatches() int {
	if m.query == "" {
		return 0
	}
	n := 0
	for _, r := range m.frontLines() {
		if len(search.Matches(r[1], m.query)) > 0 || len(search.Matches(r[0], m.query)) > 0 {
			n++
		}
	}
	return n
}

// pageLines draws a page of label/text rows, the text wrapped under
// itself, scrolled from *offset (clamped here), with the filter's
// matches shown.
func (m *Model) pageLines(title string, rows [][2]string, empty string, offset *int, width, height int) []string {
	keyW := 0
	for _, r := range rows {
		keyW = max(keyW, m.cells.String(r[0]))
	}
	var lines [][]span
	lines = append(lines, []span{styled(" "+title, m.st.title)}, nil)
	if len(rows) == 0 {
		lines = append(lines, []span{styled(" "+empty, m.st.meta)})
	}
	textW := max(10, width-keyW-4)
	for _, r := range rows {
		for i, part := range m.cells.Wrap(r[1], textW) {
			k := ""
			if i == 0 {
				k = r[0]
			}
			row := []span{plainSpan(" "), styled(k+spaces(keyW-m.cells.String(k)+2), m.st.helpKey)}
			row = append(row, highlight(part, search.Matches(part, m.query), plainSpan(""), m.st.match, m.st.match, -1)...)
			lines = append(lines, row)
		}
	}
	lines = append(lines, nil, []span{styled(" esc closes this page", m.st.meta)})
	*offset = max(0, min(*offset, len(lines)-height))
	lines = lines[*offset:]
	out := make([]string, 0, height)
	for _, l := range lines {
		if len(out) == height {
			break
		}
		out = append(out, fit(m.cells, l, width, plainSpan("")))
	}
	for len(out) < height {
		out = append(out, fit(m.cells, nil, width, plainSpan("")))
	}
	return out
}

// warningRows are the parser's warnings, by line.
func (m *Model) warningRows() [][2]string {
	rows := make([][2]string, 0, len(m.iss.Warnings))
	for _, w := range m.iss.Warnings {
		where := "file"
		if w.Line > 0 {
			where = fmt.Sprintf("line %d", w.Line)
		}
		rows = append(rows, [2]string{where, w.Message})
	}
	return rows
}
