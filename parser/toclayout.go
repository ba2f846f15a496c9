package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Tables of contents as PDF converters lay them out (pdftotext -layout
// and the like): the page printed before the title (2　李明俊调研…), and
// two columns side by side on one line. Either is read only when the
// table of contents as a whole shows it (tocLayout): a line that could
// be read two ways is otherwise read as before, and what does not fit
// is a warning.

// tocItem is one half of a line of a table of contents printed in two
// columns: an entry, or a section name.
type tocItem struct {
	title      string
	page, last int
	name       bool // a section name, not an entry
	line       int  // 1-based
}

// tocLayout looks at the lines of the table of contents that begins at
// start, up to the first that reads as body text, and reports whether
// most of its entries print their page first, and whether two or more of
// its lines hold two entries side by side. A line is looked at in full
// only when its first byte is a digit or it holds a run of spaces: a
// table of contents in neither layout costs a look at its bytes.
func (p *parser) tocLayout(start int) (pageFirst, cols bool) {
	nPF, nPL, nCols, seen := 0, 0, 0, 0
	names := false
	for i := start; i < len(p.lines) && seen < 400; i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		if bodyLike(l) && columnGap(l, 0) < 0 {
			break // two columns make a long line that is not body text
		}
		seen++
		digit := l[0] >= '0' && l[0] <= '9' || l[0] == 0xEF && isDigitByte(l, len(firstRune(l))) || numberedFigure(l)
		gap := columnGap(l, 0) >= 0
		pf := false
		if digit {
			if _, _, _, ok := pageFirstEntry(l); ok {
				nPF, pf = nPF+1, true
			} else if _, _, ok := splitColumns(l, true); ok {
				nPF, pf = nPF+2, true
			}
		}
		if !pf && pagedEnd(l) {
			nPL++ // by its last character: most likely a page
		}
		if gap {
			a, b, ok := splitColumns(l, false)
			if !ok {
				a, b, ok = splitColumns(l, true)
			}
			switch {
			case ok && !a.name && !b.name:
				nCols++
			case ok && a.name && b.name:
				names = true
			}
		}
	}
	// Two lines of two entries each, or one under two section names side
	// by side.
	return nPF >= 2 && nPF > nPL, nCols >= 2 || nCols == 1 && names
}

// numberedFigure reports whether l is numbered (（一）, 1.) and a figure
// follows its number: a page printed first, （一）6　title.
func numberedFigure(l string) bool {
	n := enumerator(l)
	return n > 0 && leadingDigits(trimLeftSpaces(l[n:]), 0) > 0
}

// pagedEnd reports whether l ends as a line of a table of contents that
// prints its page last does: a digit, a bracket, 页 or a dash.
func pagedEnd(l string) bool {
	r, _ := decodeLastRune(l)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == ')' || r == '）' || r == '页' || r == '-' || r == '—'
}

func firstRune(s string) string {
	_, n := decodeRune(s)
	return s[:n]
}

// pageFirstEntry matches a line of a table of contents that prints its
// page before the title: 2　李明俊调研信访稳定工作, 6  市政府召开常务会议,
// 12 ...... title, 12-13  title. The page and the title are separated as
// a leader separates them (two spaces, U+3000, a tab, dots); a single
// space is not enough (1 title is a numbered line). A title that itself
// ends with a page (1  title ..... 5) is a numbered line of the usual
// form, not this one.
func pageFirstEntry(l string) (title string, page, last int, ok bool) {
	s := trimRight(listItem(trim(l)))
	if n := enumerator(s); n > 0 {
		// （一）6　title, 1. 6　title: numbered, then the page first.
		if rest := trimLeftSpaces(s[n:]); leadingDigits(rest, 0) > 0 {
			s = rest
		}
	}
	i := leadingDigits(s, 0)
	if i == 0 || i > 9 {
		return "", 0, 0, false
	}
	end := i
	for _, dash := range []string{"-", "—", "–", "~", "～", "－", "─"} {
		if strings.HasPrefix(s[i:], dash) {
			if k := leadingDigits(s, i+len(dash)); k > i+len(dash) {
				end = k
			}
			break
		}
	}
	page, last, ok = pageRange(s[:end])
	if !ok || page >= 1000 {
		return "", 0, 0, false
	}
	rest := s[end:]
	t := trimLeadingLeader(rest)
	if !leaderOK(rest[:len(rest)-len(t)], false) {
		return "", 0, 0, false
	}
	title = trim(stripMarkup(t))
	if title == "" || len(title) > 120 && utf8.RuneCountInString(title) > 120 || hasStop(title) || leadingDigits(title, 0) > 0 {
		return "", 0, 0, false
	}
	if r, _ := decodeLastRune(title); r == '：' || r == ':' || r == '，' || r == ',' {
		return "", 0, 0, false
	}
	if _, pg, _, ok := tocEntry(title); ok && pg > 0 {
		return "", 0, 0, false
	}
	return title, page, last, true
}

// leadingDigits returns the end of the ASCII or full-width digits that
// begin s[i:].
func leadingDigits(s string, i int) int {
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			break
		}
		i += n
	}
	return i
}

// trimLeadingLeader returns s without the leader at its start.
func trimLeadingLeader(s string) string {
	for len(s) > 0 {
		r, n := decodeRune(s)
		switch r {
		case ' ', '\t', '\u3000', '.', '…', '·', '・', '‥', '⋯', '_', '-', '－', '—', '─', '–',
			'．', '･', '•', '∙', '⋅', '﹒', '。', '┅', '┄', '┈', '╌', '﹍', '﹏':
			s = s[n:]
			continue
		}
		return s
	}
	return s
}

// columnGap returns the start of the first run, at or after byte i, of
// three spaces or more or of two ideographic spaces: what separates two
// columns laid out side by side. It returns -1 when there is none.
func columnGap(s string, i int) int {
	if i >= len(s) {
		return -1
	}
	a := strings.Index(s[i:], "   ")
	b := strings.Index(s[i:], "\u3000\u3000")
	switch {
	case a < 0 && b < 0:
		return -1
	case a < 0 || b >= 0 && b < a:
		return i + b
	}
	return i + a
}

// gapEnd returns the end of the run of spaces that begins at i.
func gapEnd(s string, i int) int {
	for i < len(s) {
		if s[i] == ' ' {
			i++
		} else if strings.HasPrefix(s[i:], "\u3000") {
			i += len("\u3000")
		} else {
			break
		}
	}
	return i
}

// columnItem reads one half of a line printed in two columns: an entry
// with its page (before the title when pageFirst), or a short section
// name. Neither may hold a gap of its own.
func columnItem(s string, pageFirst bool) (tocItem, bool) {
	s = trim(s)
	if s == "" || columnGap(s, 0) >= 0 {
		return tocItem{}, false
	}
	if pageFirst {
		if t, page, last, ok := pageFirstEntry(s); ok {
			return tocItem{title: t, page: page, last: last}, true
		}
	} else if t, page, last, ok := tocEntry(s); ok && page > 0 {
		if leadingDigits(t, 0) > 0 {
			return tocItem{}, false // 7      B: the page of the column before
		}
		return tocItem{title: t, page: page, last: last}, true
	}
	if r, _ := decodeLastRune(s); r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return tocItem{}, false
	}
	if leadingDigits(s, 0) > 0 || utf8.RuneCountInString(s) > 12 {
		return tocItem{}, false
	}
	if name, ok := tocHeading(s); ok && name != "" {
		if _, _, _, ok := tocEntry(s); !ok {
			return tocItem{title: name, name: true}, true
		}
	}
	return tocItem{}, false
}

// maxColumnsLine is the longest line, in bytes, read as two columns of
// a contents page: two titles of 60 characters with their leaders and
// pages, and the gap between them, fit in half of it.
const maxColumnsLine = 1200

// splitColumns reads a line that holds two columns side by side: a gap
// with an entry or a section name on either side of it. Exactly one gap
// must read so: a line that splits two ways is not split.
func splitColumns(l string, pageFirst bool) (left, right tocItem, ok bool) {
	s := trim(l)
	if len(s) > maxColumnsLine {
		// No page is that wide; and each gap of a long line would be
		// looked for again from where the last was, and each half read.
		return tocItem{}, tocItem{}, false
	}
	found := 0
	for i := columnGap(s, 0); i >= 0; i = columnGap(s, gapEnd(s, i)) {
		j := gapEnd(s, i)
		if j >= len(s) {
			break
		}
		a, okA := columnItem(s[:i], pageFirst)
		if !okA {
			continue
		}
		b, okB := columnItem(s[j:], pageFirst)
		if !okB {
			continue
		}
		found++
		left, right = a, b
	}
	if found != 1 {
		return tocItem{}, tocItem{}, false
	}
	return left, right, true
}

// columnBlock reads the lines from i that hold two columns side by side
// (blank lines and page furniture between them), and a last line that
// holds one entry, the left column's last. It returns the items in the
// order they are read: the left column, then the right, where a section
// name heads a column or the pages run that way; row by row where the
// pages run that way only. A block whose pages run in neither order is
// read by column, with a warning.
func (p *parser) columnBlock(i int) (items []tocItem, next int, ok bool) {
	var lefts, rights []tocItem
	next = i
	names := false
	// A title too long for its column wraps within it, the page on its
	// last line only (县委理论学习中心组举行集体学习研讨<gap>全县安全生产… /
	// 暨主题教育交流会 ……… 2<gap>……… 4): pend holds each column's lines of
	// a title whose page has not come, and the line of its first.
	var pend [2]string
	var pendAt [2]int
	for i < len(p.lines) {
		if isBlank(p.lines[i]) || p.isTransparent(i) {
			i++
			continue
		}
		l := trim(p.lines[i])
		a, b, ok := splitColumns(l, p.tocPF)
		if !ok && len(lefts) > 0 && !p.tocPF {
			if halves, found := splitWrapped(l); found {
				done := [2]tocItem{}
				var have [2]bool
				for side, h := range halves {
					switch {
					case h.page == 0 && !h.name:
						if pend[side] == "" {
							pendAt[side] = i + 1
						}
						pend[side] = p.join(pend[side], h.title)
					case pend[side] != "":
						h.title, h.line = p.join(pend[side], h.title), pendAt[side]
						pend[side] = ""
						done[side], have[side] = h, true
					default:
						if h.title == "" {
							have[side] = false // a page with no title above it
							continue
						}
						h.line = i + 1
						done[side], have[side] = h, true
					}
				}
				if have[0] {
					lefts = append(lefts, done[0])
				}
				if have[1] {
					rights = append(rights, done[1])
				}
				i++
				next = i
				continue
			}
		}
		if pend[0] != "" || pend[1] != "" {
			return nil, i, false // a title whose page never came: not this layout
		}
		if !ok {
			if len(lefts) > 0 {
				if t, page, last, ok := p.singleEntry(l); ok {
					lefts = append(lefts, tocItem{title: t, page: page, last: last, line: i + 1})
					next = i + 1
				}
			}
			break
		}
		if a.name && b.name && len(lefts) > 0 {
			break // a new pair of sections: a block of its own
		}
		a.line, b.line = i+1, i+1
		names = names || b.name
		lefts = append(lefts, a)
		rights = append(rights, b)
		i++
		next = i
	}
	entries := false
	for k := range rights {
		entries = entries || !lefts[k].name || !rights[k].name
	}
	if !entries {
		return nil, i, false // two names and nothing under them
	}
	byCol := append(append(make([]tocItem, 0, len(lefts)+len(rights)), lefts...), rights...)
	if names || ascending(byCol) {
		return byCol, next, true
	}
	byRow := make([]tocItem, 0, len(byCol))
	for k := range lefts {
		byRow = append(byRow, lefts[k])
		if k < len(rights) {
			byRow = append(byRow, rights[k])
		}
	}
	if ascending(byRow) {
		return byRow, next, true
	}
	p.warn(lefts[0].line, "a table of contents in two columns whose pages run in neither order (by column, by row): read by column")
	return byCol, next, true
}

// splitWrapped reads a line of a table of contents in two columns that
// holds a wrapped title's line in one column or both (see columnBlock):
// exactly one gap, each side an entry, a title's line with no page
// (page 0), or the leader and page that end a title above (title "").
// At least one side must be a part of a wrapped title: a line of two
// entries is splitColumns'.
func splitWrapped(l string) (halves [2]tocItem, ok bool) {
	found := 0
	for i := columnGap(l, 0); i >= 0; i = columnGap(l, gapEnd(l, i)) {
		j := gapEnd(l, i)
		if j >= len(l) {
			break
		}
		a, wa, okA := wrappedHalf(l[:i])
		b, wb, okB := wrappedHalf(l[j:])
		if !okA || !okB || !wa && !wb {
			continue
		}
		found++
		halves = [2]tocItem{a, b}
	}
	return halves, found == 1
}

// wrappedHalf reads one side of a line splitWrapped splits: an entry
// with its page, a bare leader and page (title "", wrapped), or a line of
// a title without one (page 0, wrapped). No side holds a gap.
func wrappedHalf(s string) (it tocItem, wrapped, ok bool) {
	s = trim(s)
	if s == "" || columnGap(s, 0) >= 0 {
		return tocItem{}, false, false
	}
	if t, page, last, ok := tocEntry(s); ok && page > 0 {
		return tocItem{title: t, page: page, last: last}, false, true
	}
	if before, page, last, _, ok := trailingPage(s); ok && page > 0 && trimLeader(before) == "" && strings.Trim(before, " \u3000") != "" {
		return tocItem{page: page, last: last}, true, true // ……………… 4
	}
	if n := utf8.RuneCountInString(s[:min(len(s), 41*4)]); n < 4 || n > 40 || hasStop(s) || containsAnyOf(s, "，,。；;：:") {
		return tocItem{}, false, false
	}
	if r, _ := decodeLastRune(s); r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return tocItem{}, false, false
	}
	return tocItem{title: s}, true, true
}

// singleEntry reads l as one entry of the table of contents in its
// layout.
func (p *parser) singleEntry(l string) (string, int, int, bool) {
	if p.tocPF {
		if t, page, last, ok := pageFirstEntry(l); ok {
			return t, page, last, true
		}
	}
	return tocEntry(l)
}

// ascending reports whether the pages of the entries among items never
// go back.
func ascending(items []tocItem) bool {
	last := 0
	for _, it := range items {
		if it.name {
			continue
		}
		if it.page < last {
			return false
		}
		last = it.page
	}
	return true
}

// prevText returns the index of the last line before i that holds text
// (not blank, not page furniture); -1 when there is none.
func (p *parser) prevText(i int) int {
	for i--; i >= 0; i-- {
		if !isBlank(p.lines[i]) && !p.isTransparent(i) {
			return i
		}
	}
	return -1
}

// maxWrapChecks bounds the lines of a page-first table of contents that
// are looked up in the body as the end of a wrapped title: each lookup
// reads the rest of the text.
const maxWrapChecks = 64

// wrapsTitle reports whether line l, after the page-first entry title,
// is the end of that title the layout wrapped (joined is the two
// together) rather than a section name: the body has the joined title
// and has no line that is l alone. A line marked as a heading (## name,
// **name**, 一、name) is a section's.
func (p *parser) wrapsTitle(title, joined, l string) bool {
	if _, ok := explicitHeading(l); ok || p.wrapChecks >= maxWrapChecks {
		return false
	}
	if n := utf8.RuneCountInString(trim(l)); n == 0 || n > 40 {
		return false
	}
	p.wrapChecks++
	if p.restFold == nil {
		p.restFold = foldLines(p.lines)
	}
	rest := p.restFold.after(p.pos)
	j := appendFoldKey(nil, joined)
	if len(j) == 0 || !strings.Contains(rest, string(j)) {
		return false
	}
	alone := append(append([]byte{'\n'}, appendFoldKey(nil, l)...), '\n')
	return !strings.Contains(rest, string(alone))
}

// foldedLines is the text folded line by line (appendFoldKey), the lines
// of a paragraph run together, as a hard wrap cut them, and a blank line
// a newline, with where each line begins: a title is found in it
// wherever the body's wrap cut it.
type foldedLines struct {
	text  string
	start []int32 // start[i]: where line i begins in text
}

func foldLines(lines []string) *foldedLines {
	f := &foldedLines{start: make([]int32, len(lines)+1)}
	b := make([]byte, 0, 1024)
	b = append(b, '\n')
	for i, l := range lines {
		f.start[i] = int32(len(b))
		if isBlank(l) {
			b = append(b, '\n')
			continue
		}
		b = appendFoldKey(b, l)
	}
	f.start[len(lines)] = int32(len(b))
	b = append(b, '\n')
	f.text = string(b)
	return f
}

// after returns the folded text after line i, from the blank before the
// next line on when there is one.
func (f *foldedLines) after(i int) string {
	k := int(f.start[min(i+1, len(f.start)-1)])
	return f.text[max(k-1, 0):]
}

// twoColumns warns about a body set in two columns side by side, as
// pdftotext -layout prints a two-column page: its lines hold a gap of
// spaces after text, where the second column begins, at much the same
// place, and no other gap (a table's rows hold several). The lines are
// read whole, the two columns' text in one: the copy needs pdftotext
// without -layout. A third of the body's lines is enough: an issue's
// last pages are often set across the page (a table, a notice), and a
// column's short lines (a title, a paragraph's end) hold no gap.
func (p *parser) twoColumns() {
	if p.colUnclear {
		return // said page by page (splitColumns)
	}
	lines, gapped, first := 0, 0, -1
	var cols [16]int                                              // the columns where second parts begin, in buckets of 8 cells
	for i := p.bodyStart; i < len(p.lines) && lines < 4000; i++ { // the first pages tell
		l := p.lines[i]
		if isBlank(l) || p.isTransparent(i) || p.isFurniture(i) {
			continue // (a running head holds a gap of its own)
		}
		lines++
		if !strings.Contains(l, "    ") {
			continue // most lines: no gap at all
		}
		t := l
		for t != "" && (t[0] == ' ' || strings.HasPrefix(t, "\u3000")) {
			if t[0] == ' ' {
				t = t[1:]
			} else {
				t = t[len("\u3000"):]
			}
		}
		g := strings.Index(t, "    ")
		if g < 9*3 || t[g-1] == '.' || strings.TrimSpace(t[g:]) == "" {
			// No gap after text, or after less than a column's (a day
			// line's date, 1月10日     召开…; a poem's half line of seven
			// characters and its stop), or a leader: no second column.
			continue
		}
		w, _ := cellsRunes(l[:len(l)-len(t)+g])
		rest := strings.TrimLeft(t[g:], " ")
		if strings.Contains(rest, "    ") {
			continue // a third column: a table's row
		}
		w2, _ := cellsRunes(t[g : len(t)-len(rest)])
		if c := (w + w2) / 8; c < len(cols) {
			cols[c]++
		}
		gapped++
		if first < 0 {
			first = i
		}
	}
	if lines < 4 || gapped < 4 || gapped*3 < lines {
		return
	}
	most := 0
	for c := range cols {
		most = max(most, cols[c]+cols[min(c+1, len(cols)-1)])
	}
	if most*3 < gapped*2 {
		return // the gaps are everywhere: a table's, not a column's
	}
	p.warn(first+1, "the text seems set in two columns side by side (pdftotext -layout?): each line holds both, read as one; convert it without -layout")
}

// coverBeside reads a cover that pdftotext -layout printed beside a box
// of highlights (宁川史志月报<gap>本期要目 / 2023年第11期<gap>县委常委会召开
// 会议 ……… 1): where a line of the first ones holds, after a wide gap,
// a contents heading, the right-hand column from there on is that box,
// read here into the table of contents, and each line keeps its left-hand
// part, the cover's, for the cover to read. Read whole, each line had
// been one title of the two columns' text.
func (p *parser) coverBeside() {
	seen := 0
	for i := 0; i < len(p.lines) && seen < 12; i++ {
		l := p.lines[i]
		if isBlank(l) || p.isFurniture(i) {
			continue
		}
		seen++
		t := trim(l)
		if bodyLike(t) {
			return
		}
		g := columnGap(t, 0)
		if g <= 0 {
			continue
		}
		head := trim(t[gapEnd(t, g):])
		if !contentsHeading(head) {
			continue
		}
		col := strings.Index(l, head) // where the right-hand column begins, in bytes of l
		w, _ := cellsRunes(l[:col])
		p.besideFrom(i, w)
		return
	}
}

// besideFrom reads the right-hand column that begins at cell w on line i
// (see coverBeside).
func (p *parser) besideFrom(i, w int) {
	type cut struct {
		line int
		left string // the line without its right-hand part
	}
	var cuts []cut
	var entries []model.TOCEntry
	heading := trim(p.lines[i])
	for j := i; j < len(p.lines); j++ {
		l := p.lines[j]
		if isBlank(l) || p.isFurniture(j) {
			continue
		}
		// The right-hand part: after the last wide gap that ends near w,
		// or the whole line where it is indented to w.
		k := -1
		if in := indentCells(l); in >= w-3 && in <= w+3 {
			k = indentBytes(l)
		} else {
			for g := columnGap(l, indentBytes(l)); g >= 0; g = columnGap(l, gapEnd(l, g)) {
				e := gapEnd(l, g)
				if c, _ := cellsRunes(l[:e]); c >= w-3 && c <= w+3 {
					k = e
				}
			}
		}
		if k < 0 {
			break
		}
		right := trim(l[k:])
		if j == i {
			heading = right
		} else if title, page, last, ok := tocEntry(right); ok && page > 0 {
			entries = append(entries, model.TOCEntry{Title: title, Page: page, LastPage: last, Line: j + 1})
		} else {
			break
		}
		cuts = append(cuts, cut{j, trimRight(l[:k])})
	}
	if len(entries) < 2 {
		return
	}
	for _, c := range cuts {
		p.lines[c.line] = c.left
	}
	p.beside = &model.TOCSection{Line: i + 1, Entries: entries}
	p.besideBox = highlightsHeading(heading)
}

// addBeside puts the box read beside the cover (coverBeside) first in the
// table of contents, as printed; where it is the only one, a box of
// highlights is the contents as its heading says.
func (p *parser) addBeside() {
	if p.beside == nil {
		return
	}
	if len(p.iss.TOC) == 0 {
		p.tocHighlights = p.besideBox
	}
	p.iss.TOC = append([]model.TOCSection{*p.beside}, p.iss.TOC...)
}

// maxRunEntries is the most lines a contents page read by pageRuns holds.
const maxRunEntries = 120

// pageRuns reads a table of contents as pdfminer.six prints it (and
// markitdown, which uses it): the page's text boxes in its own order, all
// the titles (and the columns' names) first, then the pages, a number a
// line, as one run (时政要闻 / 会议甲召开 / 会议乙召开 / 领导活动 / … / 1 /
// 2 / 4 / …), or the pages first. Each title is given its page, in
// order, by rewriting its line as title……page, and the number's line is
// emptied: the contents then read as any other. The titles are the lines
// of text but the columns' names, each short and over a longer title;
// the numbers must be as many as the titles and never go down, all on
// the contents' own page (up to the form feed after start): else nothing
// is changed.
func (p *parser) pageRuns(start int) {
	if !contentsHeading(trim(p.lines[start])) {
		return
	}
	// The contents may go on on the pages after, under their heading
	// again (目　录 atop each) or not: each page is a run of its own.
	from, headed := start+1, true
	for range maxContentsPages {
		end, ok := p.pageRun(start, from, headed)
		if !ok || end >= len(p.lines) {
			return
		}
		start, from, headed = end, end, false
		if contentsHeading(trim(p.lines[end])) {
			from, headed = end+1, true
		}
	}
}

// maxContentsPages is the most pages of contents pageRuns reads.
const maxContentsPages = 8

// pageRun reads the page of contents from line from (under its heading,
// line start, where headed) for pageRuns, and returns where the next page
// begins, and whether the page was read so. A page with a heading whose
// titles and pages do not pair is warned at the heading.
func (p *parser) pageRun(start, from int, headed bool) (int, bool) {
	k, _ := slices.BinarySearch(p.breaks, from+1)
	if k == len(p.breaks) {
		return 0, false // no form feed: no pdfminer page
	}
	end := p.breaks[k]
	// texts holds each title's (or name's) last line; a title pdfminer
	// wrapped in its box goes on on the next line, no blank between
	// (…编纂工作推 / 进会), and is one title, given its page on its last.
	var texts, nums []int
	wrapped := make(map[int]bool) // texts that are a title's second line or later
	firstOf := make(map[int]int)  // a text's first line
	var leaders []int             // lines of leaders alone, emptied once the page is read
	textsFirst := false
	for i := from; i < end; i++ {
		t := trim(p.lines[i])
		if t == "" || p.isTransparent(i) {
			continue
		}
		if len(texts)+len(nums) > maxRunEntries {
			return 0, false
		}
		if leadersOnly(t) {
			leaders = append(leaders, i) // the leaders' boxes, dots and nothing else: no title
			continue
		}
		if _, ok := pageAlone(t); ok {
			if len(nums) > 0 && nums[len(nums)-1] != i-1 && nums[len(nums)-1] != i-2 {
				return 0, false // the numbers are one run
			}
			if len(nums) == 0 {
				textsFirst = len(texts) > 0
			}
			nums = append(nums, i)
			continue
		}
		if len(nums) > 0 && textsFirst {
			return 0, false // text after the run of numbers that followed the titles
		}
		if utf8.RuneCountInString(t) > 64 || containsAnyOf(t, "，。；") {
			return 0, false // prose: no contents page
		}
		if _, _, _, ok := tocEntry(t); ok {
			return 0, false // a line that prints its own page: another layout
		}
		if n := len(texts); n > 0 && texts[n-1] == i-1 {
			firstOf[i] = firstOf[texts[n-1]]
			texts[n-1] = i
			wrapped[i] = true
			continue
		}
		firstOf[i] = i
		texts = append(texts, i)
	}
	if len(nums) < 2 {
		return 0, false
	}
	// A short line over a longer one may be a title's end that pdfminer
	// set in a box of its own (…编纂工作推 / blank / 进会): where the body
	// prints it so too, under the same line and over dated text (…推 /
	// 进会 / 11月3日，…), it ends the title above, no column's name, which
	// the body sets over a title.
	for j := 1; j < len(texts); j++ {
		i := texts[j]
		if wrapped[i] || utf8.RuneCountInString(trim(p.lines[i])) > 8 || !p.overDatedText(trim(p.lines[texts[j-1]]), trim(p.lines[i]), end) {
			continue
		}
		firstOf[i] = firstOf[texts[j-1]]
		wrapped[i] = true
		texts = slices.Delete(texts, j-1, j)
		j--
	}
	// The columns' names: short, over a longer title. Where more lines
	// are so than there are titles without a page, the shortest are the
	// names (陈向平到叶县调研 is a title over a longer one; 时政要闻 is
	// shorter), unless that leaves a tie.
	var cands []int
	for j, i := range texts {
		n := utf8.RuneCountInString(trim(p.lines[i]))
		if n <= 8 && !wrapped[i] && j+1 < len(texts) && (wrapped[texts[j+1]] || utf8.RuneCountInString(trim(p.lines[texts[j+1]])) > 8) {
			cands = append(cands, i)
		}
	}
	unpaired := func() {
		if !headed {
			return
		}
		p.warn(start+1, "the contents print their titles and their pages apart (as pdfminer orders a page's boxes), and its %d lines of titles and columns' names do not pair with its %d pages: the pages are read as titles", len(texts), len(nums))
	}
	want := len(texts) - len(nums)
	if want < 0 || want > len(cands) {
		unpaired()
		return 0, false
	}
	runes := func(i int) int { return utf8.RuneCountInString(trim(p.lines[i])) }
	if want > 0 && want < len(cands) {
		byLen := slices.Clone(cands)
		slices.SortStableFunc(byLen, func(a, b int) int { return runes(a) - runes(b) })
		if runes(byLen[want-1]) == runes(byLen[want]) {
			unpaired()
			return 0, false
		}
		cands = byLen[:want]
	}
	pages := make([]int, len(nums))
	for j, i := range nums {
		pages[j], _ = pageAlone(trim(p.lines[i]))
		if j > 0 && pages[j] < pages[j-1] {
			unpaired()
			return 0, false
		}
	}
	// As many pages as lines: the columns' names print a page too, the
	// page of the title under them (时政要闻 / 县委常委会… / … / 1 / 1): a
	// name takes its page, and is left a name.
	namesPaged := want == 0
	names := make(map[int]bool, len(cands))
	if namesPaged {
		for j, i := range texts {
			if slices.Contains(cands, i) && j+1 < len(texts) && pages[j] == pages[j+1] {
				names[i] = true
			}
		}
	} else {
		for _, i := range cands {
			names[i] = true
		}
	}
	j := 0
	for _, i := range texts {
		if names[i] {
			if namesPaged {
				j++
			}
			continue
		}
		title := ""
		for k := firstOf[i]; k <= i; k++ {
			if t := trim(p.lines[k]); t != "" {
				title = p.join(title, t)
				if k < i {
					p.rewrite(k, "") // (the title is read whole on its last line)
				}
			}
		}
		p.rewrite(i, title+"……"+strconv.Itoa(pages[j]))
		j++
	}
	for _, i := range nums {
		p.rewrite(i, "")
	}
	for _, i := range leaders {
		p.rewrite(i, "")
	}
	return end, true
}

// overDatedText reports whether the body (from line from) prints t alone
// on a line, the first such line, under prev and over text that begins
// with a date.
func (p *parser) overDatedText(prev, t string, from int) bool {
	for i := from; i < len(p.lines); i++ {
		if trim(p.lines[i]) != t {
			continue
		}
		j, k := p.prevText(i), p.nextText(i+1)
		return j >= 0 && trim(p.lines[j]) == prev && k >= 0 && startsWithMonthDay(trim(p.lines[k]))
	}
	return false
}

// leadersOnly reports whether t is a leader and nothing else (……………, ·····),
// as pdfminer prints the leaders of a contents page in boxes of their own.
func leadersOnly(t string) bool {
	n := 0
	for _, r := range t {
		if !leaderRune(r) && r != ' ' {
			return false
		}
		n++
	}
	return n >= 3
}

// pageAlone reads t as a page number alone: one to three figures, ASCII
// or full-width.
func pageAlone(t string) (int, bool) {
	n, digits := 0, 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0, false
		}
		digits++
	}
	return n, digits >= 1 && digits <= 3 && n > 0
}
