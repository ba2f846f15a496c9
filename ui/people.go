package ui

import (
	"fmt"

	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui/search"
)

// peopleView is the list of the people the issue names, with their roles
// and how many entries mention each. Choosing one filters the TOC to
// those entries.
type peopleView struct {
	all  []people.Person // the Doc's, taken the first time it opens
	rows []int           // indexes into all, under the query
	listPos
	in    prompt
	query string
}

func (m *Model) openPeople() {
	v := &m.ppl
	if v.all == nil {
		v.all = m.doc.People()
	}
	m.mode = peopleList
	v.filter(v.query)
}

func (v *peopleView) filter(q string) {
	if search.Fold(q) == "" {
		q = ""
	}
	v.query = q
	v.rows = v.rows[:0]
	for i, p := range v.all {
		if q == "" || len(search.Matches(p.Name, q)) > 0 || len(search.Matches(p.Role, q)) > 0 {
			v.rows = append(v.rows, i)
		}
	}
	v.listPos = listPos{}
}

// choosePerson filters the TOC to the entries naming the person under
// the cursor.
func (m *Model) choosePerson() {
	v := &m.ppl
	if v.cursor < len(v.rows) {
		p := v.all[v.rows[v.cursor]]
		m.mode = browse
		m.focus = paneTOC
		m.SetFilter(p.Name)
	}
}

func (v *peopleView) move(d, h int) {
	if len(v.rows) > 0 {
		v.listPos.move(d, len(v.rows), h)
	}
}

// peopleLines draws the list: name, role, count, in columns.
func (m *Model) peopleLines(width, height int) []string {
	v := &m.ppl
	nameW, countW := 0, 0
	for _, i := range v.rows {
		nameW = max(nameW, m.cells.String(v.all[i].Name))
		countW = max(countW, len(fmt.Sprint(len(v.all[i].Entries))))
	}
	out := make([]string, 0, height)
	if len(v.rows) == 0 {
		msg := "（没有找到人名）"
		if v.query != "" {
			msg = "没有匹配 · no match"
		}
		out = append(out, fit(m.cells, []span{styled(" "+msg, m.st.meta)}, width, plainSpan("")))
	}
	for j := v.offset; j < len(v.rows) && len(out) < height; j++ {
		p := v.all[v.rows[j]]
		selected := j == v.cursor
		st, pad := rowStyler(selected, m.st.selected)
		count := fmt.Sprint(len(p.Entries))
		spans := []span{st(plainSpan(" "))}
		for _, sp := range highlight(p.Name, search.Matches(p.Name, v.query), styled("", m.st.section), m.st.match, m.st.match, -1) {
			spans = append(spans, st(sp))
		}
		spans = append(spans,
			st(plainSpan(spaces(nameW-m.cells.String(p.Name)+2))),
			st(styled(spaces(countW-len(count))+count, m.st.meta)),
			st(plainSpan("  ")))
		for _, sp := range highlight(p.Role, search.Matches(p.Role, v.query), plainSpan(""), m.st.match, m.st.match, -1) {
			spans = append(spans, st(sp))
		}
		out = append(out, fit(m.cells, spans, width, pad))
	}
	for len(out) < height {
		out = append(out, fit(m.cells, nil, width, plainSpan("")))
	}
	return out
}

func (m *Model) peopleBottom() string {
	v := &m.ppl
	if m.mode == peopleFiltering {
		return promptLine(m.cells, m.st, m.width, "/", &v.in, 0, plainSpan(""), "", m.st.status)
	}
	left := []span{styled(fmt.Sprintf("人物 · %d people", len(v.rows)), m.st.status)}
	if v.query != "" {
		left = []span{styled("/"+v.query, m.st.prompt), styled(fmt.Sprintf("  %d/%d people", len(v.rows), len(v.all)), m.st.status)}
	}
	short := m.tables[peopleList].shortHelp()
	return statusLine(m.cells, m.st, m.width, left, hints(short), hints(short[2:3]))
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}
