package ui

import (
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/search"
)

// tocRow is a line of the table of contents: a heading (ent == -1) or an
// entry. In printed order the headings are sections; in the timeline they
// are days, and a heading's sec is -1. grp numbers the heading a row is
// under, for ] [ and 1–9.
type tocRow struct{ sec, ent, grp int }

// ref is the entry a row stands for (model.NoEntry for a heading).
func (r tocRow) ref() model.EntryRef {
	if r.ent < 0 {
		return model.NoEntry()
	}
	return model.EntryRef{Sec: r.sec, Ent: r.ent}
}

// tocPane is the table of contents: sections that expand and collapse, or,
// while a filter is in force, the matching entries, title matches first.
type tocPane struct {
	rows []tocRow
	listPos
	collapsed []bool
	// pastEnd says a section key scrolled the list past its end, blank
	// rows below, so that the last sections' headings come to the top as
	// the others' do; it stays so while the cursor moves on screen.
	pastEnd bool
}

func (t *tocPane) build(iss *model.Issue, hits []search.Hit, filtered bool, days []day) {
	t.rows = t.rows[:0]
	t.pastEnd = false // other rows: the place the jump made is gone
	switch {
	case filtered:
		for _, h := range hits {
			t.rows = append(t.rows, tocRow{h.Sec, h.Ent, 0})
		}
	case days != nil:
		for di, d := range days {
			t.rows = append(t.rows, tocRow{-1, -1, di})
			for _, r := range d.entries {
				t.rows = append(t.rows, tocRow{r.sec, r.ent, di})
			}
		}
	default:
		for si, s := range iss.Sections {
			t.rows = append(t.rows, tocRow{si, -1, si})
			if t.collapsed[si] {
				continue
			}
			for ei := range s.Entries {
				t.rows = append(t.rows, tocRow{si, ei, si})
			}
		}
	}
}

// day is a heading of the timeline: the entries that begin on one day
// (a range is listed under its first day), or those with no date.
type day struct {
	date    model.Date // zero for the entries without a date
	entries []tocRow
}

// buildTimeline groups the issue's entries by their first day, in date order;
// entries of one day keep their printed order.
func buildTimeline(iss *model.Issue) []day {
	byDate := map[model.Date]int{}
	var days []day
	for si, s := range iss.Sections {
		for ei := range s.Entries {
			d := s.Entries[ei].Date.Start
			i, ok := byDate[d]
			if !ok {
				i = len(days)
				byDate[d] = i
				days = append(days, day{date: d})
			}
			days[i].entries = append(days[i].entries, tocRow{si, ei, 0})
		}
	}
	sort.SliceStable(days, func(i, j int) bool {
		a, b := days[i].date, days[j].date
		if a.IsZero() != b.IsZero() {
			return b.IsZero() // undated last
		}
		return a.Before(b)
	})
	return days
}

func (t *tocPane) row() (tocRow, bool) {
	if t.cursor < 0 || t.cursor >= len(t.rows) {
		return tocRow{}, false
	}
	return t.rows[t.cursor], true
}

// current is the row under the cursor, or {-1,-1}.
func (t *tocPane) current() tocRow {
	if r, ok := t.row(); ok {
		return r
	}
	return tocRow{-1, -1, -1}
}

// selectEntry puts the cursor on entry ent of section sec (ent -1: the
// section's heading), or on the section's heading when it is hidden.
func (t *tocPane) selectEntry(sec, ent int) {
	best := -1
	for i, x := range t.rows {
		if x.sec == sec && x.ent == ent {
			t.cursor = i
			return
		}
		if x.sec == sec && best < 0 {
			best = i
		}
	}
	if best >= 0 {
		t.cursor = best
	}
}

func (t *tocPane) move(d, height int) {
	t.cursor = max(0, min(len(t.rows)-1, t.cursor+d))
	t.keepInView(height)
}

// keepInView keeps the cursor on screen, and the list's end at the
// bottom unless a section key took it past (pastEnd) and the cursor is
// still on that screen.
func (t *tocPane) keepInView(height int) {
	off := t.offset
	t.listPos.keepInView(len(t.rows), height)
	if t.pastEnd && off > t.offset && off < len(t.rows) && off <= t.cursor && t.cursor < off+height {
		t.offset = off
	}
	t.pastEnd = t.offset > max(0, len(t.rows)-height)
}

// toTop scrolls row i to the top, past the list's end if need be.
func (t *tocPane) toTop(i, height int) {
	t.offset = max(0, min(i, len(t.rows)-1))
	t.pastEnd = true
	t.keepInView(height)
}

// scroll is the wheel: down goes no further than the end (or than a
// section key went past it), up from wherever the list is.
func (t *tocPane) scroll(d, height int) {
	end := len(t.rows) - height
	if t.pastEnd {
		end = max(end, t.offset)
	}
	t.scrollTo(d, end, height)
	t.pastEnd = t.offset > max(0, len(t.rows)-height)
}

// view draws the visible rows, each exactly width cells.
func (m *Model) tocView(width, height int, focused bool) []string {
	t := &m.toc
	out := make([]string, 0, height)
	if len(t.rows) == 0 {
		msg := "（无条目）"
		if m.query != "" {
			msg = "没有匹配 · no match"
		}
		out = append(out, fit(m.cells, []span{styled(msg, m.st.meta)}, width, plainSpan("")))
	}
	for i := t.offset; i < len(t.rows) && len(out) < height; i++ {
		out = append(out, m.tocLine(t.rows[i], width, i == t.cursor, focused))
	}
	for len(out) < height {
		out = append(out, fit(m.cells, nil, width, plainSpan("")))
	}
	return out
}

func (m *Model) tocLine(r tocRow, width int, selected, focused bool) string {
	sel, pad := rowStyler(selected, m.rowStyle(focused))
	if r.sec < 0 {
		d := m.days[r.grp]
		label := "无日期 · no date"
		if !d.date.IsZero() {
			label = d.date.MonthDay()
			if d.date.Year != 0 {
				label = d.date.String()
			}
		}
		spans := []span{
			sel(plainSpan("◆ ")),
			sel(styled(label, m.st.section)),
			sel(styled(fmt.Sprintf(" (%d)", len(d.entries)), m.st.meta)),
		}
		return fit(m.cells, spans, width, pad)
	}
	sec := m.iss.Sections[r.sec]
	if r.ent < 0 {
		mark := "▾ "
		if m.toc.collapsed[r.sec] {
			mark = "▸ "
		}
		name := m.iss.SectionName(r.sec)
		spans := []span{
			sel(plainSpan(fmt.Sprintf("%s%d ", mark, r.sec+1))),
			sel(styled(name, m.st.section)),
			sel(styled(fmt.Sprintf(" (%d)", len(sec.Entries)), m.st.meta)),
		}
		return fit(m.cells, spans, width, pad)
	}
	e := &sec.Entries[r.ent]
	title := e.DisplayTitle()
	meta := entryMeta(e, m.years)
	indent := "  "
	if m.query != "" {
		indent = ""
	}
	if m.byDay() {
		meta = timelineMeta(r.sec, e)
	}
	// The meta column has one width for the whole issue, so that titles
	// line up, and is given up first when the pane is narrow: the title is
	// what identifies the entry.
	metaW := m.metaWidth() + 1
	if metaW == 1 || width-m.cells.String(indent)-metaW < 8 {
		metaW, meta = 0, ""
	} else {
		meta = spaces(metaW-1-m.cells.String(meta)) + meta
	}
	room := width - metaW - m.cells.String(indent)
	full := title
	title = m.tocTitle(r.sec, title, room)
	hits := search.Matches(title, m.query)
	if m.query != "" && len(hits) == 0 {
		// The match is in the part of the title the pane cuts off: the
		// row shows the title around it (…第一次会议召开), as a filter's
		// result must show why it matched.
		if fh := search.Matches(full, m.query); len(fh) > 0 {
			title = matchWindow(m.cells, full, fh[0], room)
			hits = search.Matches(title, m.query)
		}
	}
	base := plainSpan("")
	titleSpans := highlight(title, hits, base, m.st.match, m.st.match, -1)
	for i := range titleSpans {
		titleSpans[i] = sel(titleSpans[i])
	}
	left := fit(m.cells, append([]span{sel(plainSpan(indent))}, titleSpans...), width-metaW, pad)
	if meta == "" {
		return left
	}
	return left + fit(m.cells, []span{sel(styled(" "+meta, m.st.meta))}, metaW, pad)
}

// metaWidth is the width of the widest date-and-page of the issue.
func (m *Model) metaWidth() int {
	if m.metaW >= 0 {
		return m.metaW
	}
	m.metaW = 0
	for si, s := range m.iss.Sections {
		for i := range s.Entries {
			e := &s.Entries[i]
			m.metaW = max(m.metaW, m.cells.String(entryMeta(e, m.years)), m.cells.String(timelineMeta(si, e)))
		}
	}
	return m.metaW
}

// timelineMeta is the column of the timeline, where the heading says the
// day: where the entry is printed, section and page (1·p.6). An entry
// with no page has none: its section's number alone said nothing a
// reader could tell (a chronicle's 1 and 2 beside its days), and the
// entry pane names the section.
func timelineMeta(sec int, e *model.Entry) string {
	if e.Page == 0 {
		return ""
	}
	return fmt.Sprintf("%d·p.%d", sec+1, e.Page)
}

// entryMeta is an entry's date and page for the TOC: 11-09 p.12, and
// 1986-11-09 in an issue whose dates span years.
func entryMeta(e *model.Entry, years bool) string {
	meta := ""
	if !e.Date.IsZero() {
		meta = e.Date.Start.MonthDay()
		if years && e.Date.Start.Year != 0 {
			meta = e.Date.Start.String()
		}
	}
	if e.Page != 0 {
		if meta != "" {
			meta += " "
		}
		meta += fmt.Sprintf("p.%d", e.Page)
	}
	return meta
}

func (m *Model) rowStyle(focused bool) lipgloss.Style {
	if focused {
		return m.st.selected
	}
	return m.st.selectedDim
}

// tocTitle is the title as the TOC shows it in n cells. A title too long
// is cut at its end, as any list cuts it — unless another entry's title
// is cut to the same words (陈向平以“四不两直”… twice), when it keeps its
// start and its end instead (陈向平以“四…、供暖等工作): titles that differ
// late are told apart.
func (m *Model) tocTitle(sec int, title string, n int) string {
	if n <= 0 || m.cells.String(title) <= n {
		return title
	}
	head := m.cells.Truncate(title, n, "…")
	cut := m.cutHeads(sec, n)
	if cut.count[head] < 2 {
		return head
	}
	if p, ok := cut.shared[title]; ok {
		return m.partCut(title, n, p)
	}
	return m.endsCut(title, n)
}

// endsCut cuts title to n cells keeping its start and its end:
// 陈向平以“…暖等工作.
func (m *Model) endsCut(title string, n int) string {
	ell := "…"
	rest := n - m.cells.String(ell)
	start := m.cells.Truncate(title, rest/2, "")
	tail, w := len(title), 0
	for tail > 0 {
		r, size := utf8.DecodeLastRuneInString(title[:tail])
		rw := m.cells.Rune(r)
		if w+rw > rest-m.cells.String(start) {
			break
		}
		w += rw
		tail -= size
	}
	return start + ell + title[tail:]
}

// partCut cuts title to n cells where its start and end are those of a
// twin too (李明俊与来平考察的…举行工作会谈, twice): its first
// characters, then from where the two part, p bytes in (李明…心里程控股集…
// and 李明…大连交通大学…).
func (m *Model) partCut(title string, n, p int) string {
	ell := "…"
	if p >= len(title) {
		// The whole title is its twin's start (△ 体育中心开工建设。 under
		// △ 体育中心开工建设仪式举行。): there is no part to show.
		return m.cells.Truncate(title, n, ell)
	}
	// The start takes what the part leaves of the room, four cells at
	// least: the part may be short.
	avail := n - m.cells.String(ell)
	lead := m.cells.Truncate(title, max(min(4, (n-1)/3), avail-m.cells.String(title[p:])), "")
	if p < len(lead) {
		p = len(lead)
	}
	return lead + ell + m.cells.Truncate(title[p:], n-m.cells.String(lead)-m.cells.String(ell), ell)
}

// cutTitles is what cutHeads finds of a section's titles at one width.
type cutTitles struct {
	count map[string]int // how many titles cut at their end read each way
	// shared holds the titles that even cut at both ends (endsCut) read
	// as another does: the bytes each shares with the nearest at its start.
	shared map[string]int
}

// cutHeads counts, for a section and a width, how many of the section's
// titles cut at their end read the same, and how much of its start each
// such title shares with its twins; made once per section and width,
// when the section is first drawn. Titles are told apart from their
// neighbours, the titles of their section (陈向平以“四不两直”… twice in
// 领导活动), which keeps the cost to the sections on screen: a chronicle
// has 30,000 titles.
func (m *Model) cutHeads(sec, n int) cutTitles {
	k := [2]int{sec, n}
	if h, ok := m.heads[k]; ok {
		return h
	}
	if m.heads == nil {
		m.heads = map[[2]int]cutTitles{}
	}
	h := cutTitles{count: map[string]int{}, shared: map[string]int{}}
	twins := false
	s := &m.iss.Sections[sec]
	for i := range s.Entries {
		t := s.Entries[i].DisplayTitle()
		if m.cells.String(t) <= n {
			continue
		}
		head := m.cells.Truncate(t, n, "…")
		h.count[head]++
		twins = twins || h.count[head] == 2
	}
	if twins {
		groups := map[string][]string{}
		for i := range s.Entries {
			t := s.Entries[i].DisplayTitle()
			if m.cells.String(t) <= n {
				continue
			}
			if head := m.cells.Truncate(t, n, "…"); h.count[head] >= 2 {
				groups[head] = append(groups[head], t)
			}
		}
		for _, g := range groups {
			ends := make(map[string]int, len(g))
			for _, t := range g {
				ends[m.endsCut(t, n)]++
			}
			slices.Sort(g)
			for i, t := range g {
				if ends[m.endsCut(t, n)] < 2 {
					continue
				}
				c := 0
				if i > 0 {
					c = commonPrefix(g[i-1], t)
				}
				if i+1 < len(g) {
					c = max(c, commonPrefix(t, g[i+1]))
				}
				h.shared[t] = max(h.shared[t], c)
			}
		}
	}
	m.heads[k] = h
	return h
}

// commonPrefix is the length in bytes of the start a and b share, whole
// characters only.
func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return i
}

// matchWindow is title cut to room cells so that the match at hit shows:
// from a few characters before it, after an …, and an … where the rest is
// cut.
func matchWindow(w layout.Width, title string, hit [2]int, room int) string {
	start := hit[0]
	for k := 0; k < 4 && start > 0; k++ {
		_, n := utf8.DecodeLastRuneInString(title[:start])
		if w.String("…"+title[start-n:hit[1]]) > room-w.String("…") {
			break
		}
		start -= n
	}
	if start == 0 {
		return w.Truncate(title, room, "…")
	}
	return w.Truncate("…"+title[start:], room, "…")
}
