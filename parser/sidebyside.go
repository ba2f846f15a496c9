package parser

import (
	"slices"
	"strings"
	"unicode"

	"github.com/yuebao/yuebao/model"
)

// Pages set in two columns side by side, as pdftotext -layout prints
// them: each line of such a page holds a line of the left column, a gap
// (the gutter) and a line of the right column. Read line by line, the
// two columns' sentences interleave. splitColumns finds such pages and
// puts their text in reading order before anything else reads the copy:
// the left column, then the right, each in its lines. The rest of the
// parse runs on the reordered lines; parseAll then gives every line
// number of the model as the source's (colSrc): a line of the right
// column is counted at the source line that prints it, beside its left
// neighbour.

// colRun is a run of text on a line, between gaps of two spaces or more:
// cells [c0, c1) as pdftotext -layout lays them out (a Han character two,
// an ASCII one), bytes [b0, b1).
type colRun struct{ c0, c1, b0, b1 int }

// lineRuns appends to buf the runs of text of l. A single space (or
// ideographic space) belongs to its run: 赵　静, 2023年 11月.
func lineRuns(l string, buf []colRun) []colRun {
	c, spaces := 0, 0
	open := false
	var cur colRun
	for i := 0; i < len(l); {
		b := l[i]
		size, w, space := 1, 1, false
		switch {
		case b == ' ' || b == '\t':
			space = true
		case b == '\f' || b == '\r' || b == '\v':
			size, w, space = 1, 0, true
			spaces-- // (no gap of its own)
		case b == 0xE3 && i+2 < len(l) && l[i+1] == 0x80 && l[i+2] == 0x80:
			size, w, space = 3, 2, true
		case (b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF) && isInvisibleAt(l[i:]):
			// What clean takes out is no cell (U+200B, a soft hyphen),
			// or a space's (a no-break space).
			r, n := decodeRune(l[i:])
			if sp, _ := invisible(r); sp {
				spaces++
				c++
			}
			i += n
			continue
		case b >= 0xF0:
			size, w = 4, 2
		case b >= 0xE0:
			size, w = 3, 2
		case b >= 0xC0:
			size = 2
		}
		size = min(size, len(l)-i)
		if space {
			spaces++
		} else {
			if open && spaces >= 2 {
				buf = append(buf, cur)
				open = false
			}
			if !open {
				cur = colRun{c0: c, b0: i}
				open = true
			}
			cur.c1, cur.b1 = c+w, i+size
			spaces = 0
		}
		c += w
		i += size
	}
	if open {
		buf = append(buf, cur)
	}
	return buf
}

// isInvisibleAt reports whether s begins with a character clean takes
// out or makes a space (invisible).
func isInvisibleAt(s string) bool {
	r, _ := decodeRune(s)
	_, ok := invisible(r)
	return ok
}

// mayHaveColumns is the cheap look before splitColumns reads pages: some
// long lines hold, after text, a gap of two spaces and more text. The
// text before the gap is three characters at least, and more than a date
// where it leads with a figure: a chronicle's day lines (1月10日     召开…,
// 是日        …) hold a gap after their date, and had cost its parse an
// eighth in a look at pages that hold no columns.
func mayHaveColumns(lines []string) bool {
	n := 0
	for _, l := range lines {
		if len(l) < 40 {
			continue // two columns' text is longer
		}
		k := indentBytes(l)
		g := strings.Index(l[k:], "  ")
		if g < 0 || k+g+2 >= len(l) || l[k] == '|' {
			continue // (a Markdown table's row pads its cells)
		}
		if c := l[k]; g < 30 && (c >= '0' && c <= '9' || c == 0xEF && l[k+1] == 0xBC && l[k+2] >= 0x90 && l[k+2] <= 0x99) {
			// A date (０–９ too) and its event: a column's line only
			// where another gap and text follow the event's (the
			// gutter, and the right column's line: 7月1日<gap>县委…<gap>
			// 11月1日<gap>…, a page of hanging dates in two columns).
			// (Six characters before that gap at least: a PDF's text
			// layer spaces a date's own figures, 1    月 21日  县政协…,
			// whose 月 21日 is no event.)
			r := strings.TrimLeft(l[k+g+2:], " ")
			if h := strings.Index(r, "  "); h < 18 || h+2 >= len(r) {
				continue
			}
		} else if g < 9 {
			continue // fewer than three characters before the gap
		}
		if n++; n >= 4 {
			return true
		}
	}
	return false
}

// colLine is a line of a page as splitColumns sorts it.
type colLine struct {
	runs  []colRun
	kind  byte // 'b' blank, 'l' left only, 'r' right only, 't' both, 'x' across the gutter
	split int  // the first run of the right column's (len(runs) when none)
	cut   int  // where a run over the gutter was cut at a space (spaceAt): the right column's first run; 0 when none
	table bool // a line of a table set across the page (acrossTable)
}

// splitColumns reorders the pages set in two columns (see above). Pages
// are the runs of lines between page furniture (a running head, a page
// number, a form feed), found by a first look at a copy of the lines
// (clean and furniture, done again on the reordered lines by parse).
func (p *parser) splitColumns() {
	if !mayHaveColumns(p.lines) {
		return
	}
	if spacedCopy(p.text) {
		// A copy Tesseract letter-spaced reads a page's columns as blocks
		// one after the other: a gap in its lines is a table's or a
		// names list's, twice as far in as the same line set tight
		// (规 模 以 上 工 业 增 加 值 （ 亿 元 ）      —      7.2), where a
		// gutter would be (its table had been warned of as columns
		// side by side).
		return
	}
	q := &parser{text: p.text, lines: slices.Clone(p.lines), iss: &model.Issue{},
		needles: p.needles, needlesKnown: p.needlesKnown, invisibleE2: p.invisibleE2, seen: p.seen}
	q.clean()
	q.furniture()
	if q.furn == nil && len(q.breaks) == 0 {
		return // no pages: no gutter to find page by page
	}
	isBreak := make(map[int]bool, len(q.breaks))
	for _, b := range q.breaks {
		isBreak[b] = true
	}
	var out []string
	var src []int32
	var buf []colRun
	var unclear []int      // source lines of pages that look set in two columns, not split
	lastC, lastEnd := 0, 0 // the last two-column page's gutter and left column's right edge, in cells
	split := false
	emit := func(l string, i int) {
		out = append(out, l)
		src = append(src, int32(i))
	}
	// headAt reports whether line i is a running head with its page's
	// number at an end, set apart (经济管理<gap>·57·, ·56·<gap>宁川年鉴
	// （2023）): the edge of a page even where it is printed once, as in a
	// chapter of two pages, which the look for heads that repeat misses;
	// read into the page, its two ends had been the columns' first lines.
	headAt := func(i int) bool {
		t := trim(p.lines[i])
		return len(t) <= 120 && strings.Contains(t, "  ") && folioAside(t)
	}
	top := true // no text yet
	for lo := 0; lo < len(p.lines); {
		if top && !isBlank(p.lines[lo]) && !q.isFurniture(lo) {
			top = false
			if headAt(lo) {
				// The copy's first line, ·56·<gap>宁川年鉴（2023）: the
				// page's number and the book's name, two lines as a copy
				// without -layout prints them (the cover reads the
				// name as the title, and the number heads its page).
				t := trim(p.lines[lo])
				name := pageAside(t)
				folio := trim(strings.Replace(t, name, "", 1))
				emit(folio, lo)
				emit(name, lo)
				lo++
				continue
			}
		}
		if q.isFurniture(lo) || headAt(lo) {
			emit(p.lines[lo], lo)
			lo++
			continue
		}
		hi := lo + 1
		for hi < len(p.lines) && !q.isFurniture(hi) && !isBreak[hi] && !headAt(hi) {
			hi++
		}
		page := make([]colLine, hi-lo)
		buf = buf[:0]
		for i := range page {
			n := len(buf)
			buf = lineRuns(p.lines[lo+i], buf)
			page[i].runs = buf[n:len(buf):len(buf)]
		}
		c, ok, doubt := p.gutter(lo, page)
		if ok {
			split = true
			lastC, lastEnd = c, 0
			for _, l := range page {
				if l.split > 0 && l.kind != 'x' {
					lastEnd = max(lastEnd, l.runs[l.split-1].c1)
				}
			}
			p.reorderPage(lo, page, c, emit)
		} else if doubt < 0 && lastC > 0 && leftColumnPage(page, lastC, lastEnd) {
			// The left column of a two-column page whose right column is
			// empty (an article's end, the page's last): read as the
			// pages around it, whose columns came off their layout.
			p.reorderPage(lo, page, lastC, emit)
		} else if doubt < 0 && lastC > 0 && balancedShortPage(page, lastC, lastEnd) {
			// A page of a few lines in both columns (a chapter's last,
			// its columns balanced short), too few for its own gutter
			// to be found: read at the gutter of the pages before.
			p.reorderPage(lo, page, lastC, emit)
		} else if lastC > 0 && p.shortColumnsPage(lo, page, lastC) {
			// A page of two columns too short for a gutter of its own
			// (a chronicle's last page, two lines a column; or four,
			// whose gaps, wide as the page's few lines leave them, put
			// the gutter found into a column): read at the gutter of
			// the pages before it.
			p.reorderPage(lo, page, lastC, emit)
		} else {
			if doubt >= 0 {
				unclear = append(unclear, lo+doubt)
			}
			// A page of one column after pages of two (a notice, a
			// table set across the page) loses its margin as their
			// columns did: its lines are set in from the others' by
			// their indentation alone, a paragraph's first line, a
			// table's cells.
			margin := 0
			if lastC > 0 {
				margin = -1
				for _, l := range page {
					if len(l.runs) > 0 && (margin < 0 || l.runs[0].c0 < margin) {
						margin = l.runs[0].c0
					}
				}
			}
			for i := lo; i < hi; i++ {
				emit(stripMargin(p.lines[i], margin), i)
			}
		}
		lo = hi
	}
	collapsed := p.colSrc
	if split {
		p.lines = out
		p.colSrc = src
	}
	p.colUnclear = len(unclear) > 0
	for _, i := range unclear {
		if split {
			i = slices.Index(src, int32(i)) // (the lines before it may have moved)
		}
		p.warn(i+1, "this page seems set in columns side by side (pdftotext -layout?), but they cannot be told apart with confidence: each line holds their text, read as one; convert it without -layout")
	}
	if split && collapsed != nil {
		// (Lines collapseBlanks had moved: the source's.)
		for k, i := range src {
			src[k] = collapsed[i]
		}
	}
}

// gutter finds the gutter of a page: the cell most of its lines leave
// blank between two runs of text, near the middle. ok says the page is
// set in two columns of prose there: most of its lines hold text on both
// sides, few run across, and the two sides are sentences (not a table's
// cells, a contents line's page, a list of names). doubt is the page's
// first line with text on both sides where it looks set so but fails a
// test (it is warned of and left as it is), else -1.
func (p *parser) gutter(lo int, page []colLine) (gut int, ok bool, doubt int) {
	width, nonblank, left := 0, 0, -1 // left: the page's margin
	for _, l := range page {
		if len(l.runs) > 0 {
			width = max(width, l.runs[len(l.runs)-1].c1)
			nonblank++
			if left < 0 || l.runs[0].c0 < left {
				left = l.runs[0].c0
			}
		}
	}
	if nonblank < 4 || width < 40 || width > 400 {
		return 0, false, -1
	}
	hist := make([]int, width+1)
	for i, l := range page {
		for k := 1; k < len(l.runs); k++ {
			if r := l.runs[k-1]; r.b1-r.b0 <= 30 && hangingDate(p.lines[lo+i][r.b0:r.b1]) {
				// The gap after a hanging date (7月1日<gap>县委…) is
				// the column's own: on a page of them, the right
				// column's lines hold more of it than the gutter.
				continue
			}
			for c := l.runs[k-1].c1; c < l.runs[k].c0; c++ {
				hist[c]++
			}
		}
	}
	best := -1
	for c := width / 4; c <= width*3/4; c++ {
		if best < 0 || hist[c] > hist[best] {
			best = c
		}
	}
	if best < 0 || hist[best] < 3 {
		return 0, false, -1
	}
	end := best // the gutter is the run of cells every such gap covers: its middle
	for end+1 <= width*3/4 && hist[end+1] == hist[best] {
		end++
	}
	c := (best + end) / 2
	acrossTable(page, c, left)
	spacedAcross(page, c)
	both, across, prose, table, pages := 0, 0, 0, 0, 0
	short := 0        // lines of a short column's line (a heading, a paragraph's end) on both sides
	garbled := 0      // lines with text beside the gutter and over it
	three := 0        // lines with three runs of text
	lw, rw := 0, 0    // the widest left and right parts, in cells
	var partial []int // lines over the gutter neither centred nor across the page
	first := -1
	for i := range page {
		l := &page[i]
		if len(l.runs) == 0 {
			l.kind = 'b'
			continue
		}
		if l.kind == 'x' {
			continue // a table's line across the page (acrossTable)
		}
		for k, r := range l.runs {
			if r.c0 <= c && r.c1 > c {
				// A run over the gutter with one space in it there: the
				// left column's line set up to the right's (a justified
				// line the layout left one space after), two runs.
				if a, b, ok := spaceAt(p.lines[lo+i], r, best-2, end+2); ok {
					l.runs = slices.Insert(slices.Clone(l.runs), k+1, b)
					l.runs[k] = a
					l.cut = k + 1
				} else if r.c1 <= end+4 && r.c0 < best {
					// A left column's line a character past the others
					// (a stop hung out at the column's edge), the gap or
					// the line's end after it.
					l.cut = k + 1
				} else if k > 0 && r.c0+halfPuncts(p.lines[lo+i][:r.b0]) > c {
					// 制检定1.8万台(件)，…<gap>审减率6.3%。: the right
					// column's line, pulled over the gutter by the left
					// one's punctuation typed half-width, a cell short
					// each of （）'s (as a converter to half-width leaves
					// a page pdftotext -layout set).
					l.cut = k
				} else if len(l.runs) > 1 {
					garbled++ // text on both sides, and over the gutter
				}
				break
			}
		}
		nl, nr := 0, 0
		for k, r := range l.runs {
			switch {
			case l.cut > 0 && k < l.cut, l.cut == 0 && r.c1 <= c:
				nl++
			case l.cut > 0 || r.c0 > c:
				nr++
			default:
				l.kind = 'x'
			}
		}
		if mid := l.runs[0].c0 + l.runs[0].c1 - 2*c; l.kind == 'x' || len(l.runs) == 1 && mid >= -8 && mid <= 8 {
			// Over the gutter, or centred on it: a line set across
			// both columns (a section's heading, a caption).
			if len(l.runs) == 1 && (mid < -8 || mid > 8 || l.runs[0].c0 <= left+2) && l.runs[0].c1 < width-4 {
				partial = append(partial, i) // neither centred (set in from the margin) nor across the page
			}
			l.kind = 'x'
			across++
			continue
		}
		switch {
		case nr == 0:
			l.kind = 'l'
		case nl == 0:
			l.kind = 'r'
		default:
			left := trim(p.lines[lo+i][:l.runs[nl-1].b1])
			right := trim(p.lines[lo+i][l.runs[nl].b0:])
			l.kind = 't'
			both++
			if first < 0 {
				first = i
			}
			n := len(l.runs)
			if n >= 3 {
				// A chronicle's day line set with a hanging date (1月4日
				// <gap> 县委…) in either column: the date and its text are
				// one run of the column's, not a table's cells.
				if nl >= 2 && hangingDate(p.lines[lo+i][l.runs[0].b0:l.runs[0].b1]) {
					n--
				}
				if nr >= 2 && hangingDate(p.lines[lo+i][l.runs[nl].b0:l.runs[nl].b1]) {
					n--
				}
			}
			if n > 3 {
				table++ // a row of cells
			} else if n == 3 {
				three++ // a third column's, or a gap in a column's line
			}
			lw = max(lw, l.runs[nl-1].c1-l.runs[0].c0)
			rw = max(rw, l.runs[len(l.runs)-1].c1-l.runs[nl].c0)
			if ls, rs := sentenceLike(left), sentenceLike(right); ls && rs || ls && columnShort(right) || rs && columnShort(left) {
				prose++
			} else if !ls && !rs && columnShort(left) && columnShort(right) {
				short++ // (7月<gap>议。: a heading beside a paragraph's tail, neither prose nor not)
			}
			if contentsLine(right) || contentsLine(left) {
				pages++
			}
		}
	}
	for _, i := range partial {
		// A line over the gutter, neither centred on it nor across the
		// page, is a paragraph's last line set across it, under a line
		// across the page (a band of one column); alone among the
		// columns' lines, it is a column's line run into the other's,
		// and where it goes is not known.
		near := false
		for _, d := range [2]int{-1, 1} {
			k := i + d
			for k >= 0 && k < len(page) && page[k].kind == 'b' {
				k += d
			}
			if k >= 0 && k < len(page) && page[k].kind == 'x' && page[k].runs[len(page[k].runs)-1].c1 >= width-4 {
				near = true
			}
		}
		if !near {
			garbled++
		}
	}
	// A left column that runs on below the right's end (a chronicle's
	// last page, its right column left short): those lines are the
	// columns' too, not a page of one column's.
	tail := 0
	for i := len(page) - 1; i >= 0 && (page[i].kind == 'l' || page[i].kind == 'b'); i-- {
		if page[i].kind == 'l' {
			tail++
		}
	}
	if both < 3 || both*5 < (nonblank-tail)*2 {
		return 0, false, -1 // mostly lines of one column, or across the page
	}
	if lw < 20 || rw < 20 {
		// Neither side ten characters wide: a poem's lines in two
		// halves (春风吹绿宁川岸，<gap>万亩桃花映日红。), a form's labels
		// and values, no page's columns.
		return 0, false, -1
	}
	if garbled > 0 || three*3 >= both || across*4 > both || table*4 > both || prose*3 < (both-short)*2 || pages*3 > both {
		// (A page in three columns is not pulled apart in two: said.)
		if prose*2 >= both && table == 0 && pages == 0 {
			return 0, false, first
		}
		return 0, false, -1
	}
	for i := range page {
		l := &page[i]
		l.split = len(l.runs)
		if l.cut > 0 {
			l.split = l.cut
			continue
		}
		for k, r := range l.runs {
			if r.c0 > c {
				l.split = k
				break
			}
		}
	}
	return c, true, -1
}

// acrossTable marks as lines across the page ('x') a table set across a
// page between bands of its two columns, as a yearbook sets one (表1
// 2022年主要经济指标 over rows of cells: 地区生产总值<gap>亿元<gap>286.4<gap>5.2):
// rows of three cells or more, on both sides of the gutter c, each cell
// short of half a column (a column's line of prose is one run as wide
// as the column), two such rows at least within two lines of each
// other; and the line right over the rows and the line right under them
// where it runs over the gutter (the table's number and title, its
// source) or where the rows' title sits centred on the page. The rows
// are read as printed, between the bands, as a heading set across the
// page is; a page that is all such rows has no column's lines left, and
// is not split.
func acrossTable(page []colLine, c, left int) {
	half := (c - left) / 2
	row := func(l colLine) bool {
		n := len(l.runs)
		if n < 3 || l.runs[0].c1 > c || l.runs[n-1].c0 <= c {
			return false
		}
		for _, r := range l.runs {
			if r.c1-r.c0 > half {
				return false
			}
		}
		return true
	}
	over := func(l colLine) bool {
		for _, r := range l.runs {
			if r.c0 <= c && r.c1 > c {
				return true
			}
		}
		return false
	}
	// near returns the first line with text from i on in steps of d,
	// skipping at most two blank lines; -1 when none.
	near := func(i, d int) int {
		for k := 0; k < 3; k++ {
			i += d
			if i < 0 || i >= len(page) {
				return -1
			}
			if len(page[i].runs) > 0 {
				return i
			}
		}
		return -1
	}
	for i := 0; i < len(page); i++ {
		if !row(page[i]) {
			continue
		}
		j := i // the band of rows [i, j]
		for k := near(j, 1); k >= 0 && row(page[k]); k = near(j, 1) {
			j = k
		}
		if j == i {
			continue // one row alone: no table
		}
		for k := i; k <= j; k++ {
			if len(page[k].runs) > 0 {
				page[k].kind, page[k].table = 'x', true
			}
		}
		for _, k := range [2]int{near(i, -1), near(j, 1)} {
			if k >= 0 && page[k].kind != 'x' && over(page[k]) && len(page[k].runs) <= 2 {
				page[k].kind, page[k].table = 'x', true
			}
		}
		i = j
	}
}

// spacedAcross marks as lines across the page ('x') a name set across it
// letter-spaced wide (经    济    管    理, 政      治: a 类目's heading atop
// its first page), each character a run of its own, on both sides of the
// gutter c: it had been cut in two, 经济 the left column's heading and
// 管理 the right's.
func spacedAcross(page []colLine, c int) {
	for i := range page {
		l := &page[i]
		n := len(l.runs)
		if n < 2 || l.kind != 0 || l.runs[0].c1 > c || l.runs[n-1].c0 <= c {
			continue
		}
		one := true
		for _, r := range l.runs {
			if r.c1-r.c0 > 2 || r.b1-r.b0 < 3 {
				one = false // a character of Chinese, no more, no figure
				break
			}
		}
		if one {
			l.kind = 'x'
		}
	}
}

// columnPart is a column's part of a line, text with lead, the white
// space before it, in or - in is how far the text is set in from the
// column's margin, in cells. The column's lines are set as plain
// pdftotext sets them, at the margin: the ASCII spaces of the layout
// come off (a title centred in the column reads as one atop the page
// does in a copy without -layout); a paragraph's first line set in by
// two characters keeps its indentation, as two ideographic spaces where
// the layout's spaces gave it, where the line is a paragraph's (it runs
// to the column's width, or ends a sentence: a title set in as far is
// short and ends none). A form feed stays in front.
func columnPart(lead string, in int, text string, full bool) string {
	ideo := strings.Count(lead, "\u3000")
	ff := strings.IndexByte(lead, '\f') >= 0
	if in >= 3 && in <= 6 && ideo == 0 && !full && !closed(text) {
		in = 0
	}
	if ideo == 0 && !ff && (in < 3 || in > 6) {
		return text // most lines
	}
	var b strings.Builder
	b.Grow(len(text) + 8)
	if ff {
		b.WriteByte('\f')
	}
	switch {
	case ideo > 0:
		b.WriteString(strings.Repeat("\u3000", ideo))
	case in >= 3 && in <= 6:
		b.WriteString("\u3000\u3000")
	}
	b.WriteString(text)
	return b.String()
}

// stripMargin takes up to n spaces off the start of l, after its form
// feed.
func stripMargin(l string, n int) string {
	if n <= 0 {
		return l
	}
	k := 0
	for k < len(l) && l[k] == '\f' {
		k++
	}
	e := k
	for e < len(l) && e-k < n && l[e] == ' ' {
		e++
	}
	if e == k {
		return l
	}
	if k == 0 {
		return l[e:]
	}
	return l[:k] + l[e:]
}

// balancedShortPage reports whether page is a short one set in the two
// columns of the pages before it, their gutter at cell c and their left
// column ending at end: fewer than three lines hold text on both sides
// (gutter asks for three), at least one does, no line runs over the
// gutter or holds more than a run a side, and a left column's line is
// as wide as the column (prose, not a form's labels). It sets the lines'
// kinds and splits.
func balancedShortPage(page []colLine, c, end int) bool {
	both, full := 0, false
	for _, l := range page {
		nl, nr := 0, 0
		for _, r := range l.runs {
			switch {
			case r.c1 <= c:
				nl++
				full = full || r.c1 >= end-4
			case r.c0 > c:
				nr++
			default:
				return false // over the gutter
			}
		}
		if nl > 1 || nr > 1 {
			return false
		}
		if nl > 0 && nr > 0 {
			both++
		}
	}
	if both == 0 || both >= 3 || !full {
		return false
	}
	for i := range page {
		l := &page[i]
		l.split = len(l.runs)
		switch {
		case len(l.runs) == 0:
			l.kind = 'b'
		case l.runs[0].c0 > c:
			l.kind, l.split = 'r', 0
		case len(l.runs) == 2:
			l.kind, l.split = 't', 1
		default:
			l.kind = 'l'
		}
	}
	return true
}

// leftColumnPage reports whether page is a left column alone, after a
// page set in two columns with its gutter at cell c and its left column
// ending at end: every line ends short of the gutter, one of them at the
// column's width (a line of the column's prose, not a short line set
// across a page of one column). It sets the lines' kinds.
func leftColumnPage(page []colLine, c, end int) bool {
	full := false
	for _, l := range page {
		if n := len(l.runs); n > 0 {
			if l.runs[n-1].c1 > c || n > 2 {
				return false
			}
			full = full || l.runs[n-1].c1 >= end-4
		}
	}
	if !full {
		return false
	}
	for i := range page {
		page[i].kind, page[i].split = 'b', len(page[i].runs)
		if len(page[i].runs) > 0 {
			page[i].kind = 'l'
		}
	}
	return true
}

// shortColumnsPage reports whether page, after pages set in two columns
// with their gutter at cell c, is such a page whose columns are too
// short for gutter to find it (fewer than three lines with text on both
// sides): no run of text over c but a line's alone centred on it (a
// heading across the page), a line at least with text on both sides, and
// each side of such a line a column's prose (a sentence, or a short
// line of it: a paragraph's end, a month heading), a hanging date before
// it or not. It sets the lines' kinds and splits.
func (p *parser) shortColumnsPage(lo int, page []colLine, c int) bool {
	both := 0
	for i, l := range page {
		n := len(l.runs)
		if n == 0 {
			continue
		}
		if n == 1 && acrossGutter(l.runs[0], c) {
			continue // a heading across the page
		}
		split := n
		for k, r := range l.runs {
			if r.c0 <= c && r.c1 > c+4 {
				return false // a line run over the gutter: one column
			}
			if r.c0 > c && split == n {
				split = k
			}
		}
		if split == 0 || split == n {
			continue
		}
		line := p.lines[lo+i]
		for _, side := range [2][2]int{{0, split}, {split, n}} {
			a, b := side[0], side[1]
			if b-a == 2 && hangingDate(line[l.runs[a].b0:l.runs[a].b1]) {
				a++
			}
			if b-a != 1 {
				return false // cells of a table
			}
			if t := line[l.runs[a].b0:l.runs[a].b1]; !sentenceLike(t) && !columnShort(t) {
				return false
			}
		}
		both++
	}
	if both == 0 {
		return false
	}
	for i := range page {
		l := &page[i]
		l.split, l.kind = len(l.runs), 'b'
		switch n := len(l.runs); {
		case n == 0:
		case n == 1 && acrossGutter(l.runs[0], c):
			l.kind = 'x'
		default:
			for k, r := range l.runs {
				if r.c0 > c {
					l.split = k
					break
				}
			}
			switch l.split {
			case 0:
				l.kind = 'r'
			case n:
				l.kind = 'l'
			default:
				l.kind = 't'
			}
		}
	}
	return true
}

// acrossGutter reports whether r, a line's only run, is set across the
// gutter at cell c, centred on it (a year's heading over both columns);
// a left column's line with a stop hung out into the gutter is not.
func acrossGutter(r colRun, c int) bool {
	mid := r.c0 + r.c1 - 2*c
	return r.c0 <= c && r.c1 > c && mid >= -8 && mid <= 8
}

// spaceAt cuts run r of line l at the one space in it whose cell lies in
// [lo, hi], if there is just one.
func spaceAt(l string, r colRun, lo, hi int) (a, b colRun, ok bool) {
	at, atCell := -1, 0
	c := r.c0
	for i := r.b0; i < r.b1; {
		size, w := 1, 1
		switch x := l[i]; {
		case (x == 0xC2 || x == 0xD8 || x == 0xE2 || x == 0xEF) && isInvisibleAt(l[i:]):
			// As lineRuns counts them: no cell, or a space's.
			r, n := decodeRune(l[i:])
			size, w = n, 0
			if sp, _ := invisible(r); sp {
				w = 1
			}
		case x >= 0xF0:
			size, w = 4, 2
		case x >= 0xE0:
			size, w = 3, 2
		case x >= 0xC0:
			size = 2
		}
		if l[i] == ' ' && c >= lo && c <= hi {
			if at >= 0 {
				return a, b, false // two: words spaced out, no gutter
			}
			at, atCell = i, c
		}
		c += w
		i += size
	}
	if at < 0 {
		return a, b, false
	}
	return colRun{r.c0, atCell, r.b0, at}, colRun{atCell + 1, r.c1, at + 1, r.b1}, true
}

// sentenceLike reports whether a side of a line may be a column's line
// of prose: Han text, some of it (not a bare number, a date, a name).
func sentenceLike(s string) bool {
	n := 0
	for _, r := range s {
		if han(r) {
			if n++; n >= 4 {
				return true
			}
		}
	}
	return false
}

// hangingDate reports whether a run of text is a chronicle's date set
// apart from its event by a gap (a hanging date): 1月4日, 15日, 5月30日至6月2日,
// 是月, 同日, △.
func hangingDate(s string) bool {
	if len(s) > 30 || s == "" {
		return false
	}
	switch s {
	case "△", "▲", "是日", "是月", "是年", "同日", "同月", "本月", "月内":
		return true
	}
	return startsWithMonthDay(s) || startsWithDay(s)
}

// columnShort reports whether a side of a line, beside a column's line
// of prose, is a short line of a column of prose too: a paragraph's last
// line (株。, 达60亿元。) or a chronicle's month or year heading centred
// in its column (3月, 2023年). A chronicle's page holds many such lines;
// counted as no prose, its columns had been left unsplit.
func columnShort(s string) bool {
	if len(s) > 36 {
		return false
	}
	if closed(s) {
		return true
	}
	if _, ok := monthHeading(s); ok {
		return true
	}
	_, ok := yearHeading(s)
	return ok
}

// reorderPage emits the lines of a two-column page in reading order: each
// band of lines between lines set across the gutter (a title over both
// columns, a caption), its left column, then its right. A column's line
// with nothing beside it in the other column (a blank line, the other
// column's title) is a blank line in that column where the line above it
// ends a paragraph (a sentence, or short of the column's width): a gap
// mid-sentence is the other column's spacing.
func (p *parser) reorderPage(lo int, page []colLine, c int, emitLine func(string, int)) {
	blankOut := false // whether the last line emitted is blank
	emit := func(l string, i int) {
		emitLine(l, i)
		blankOut = l == ""
	}
	leftEnd, rightEnd := 0, 0
	for _, l := range page {
		for _, r := range l.runs {
			if l.kind == 'x' {
				break
			}
			if r.c1 <= c {
				leftEnd = max(leftEnd, r.c1)
			} else {
				rightEnd = max(rightEnd, r.c1)
			}
		}
	}
	// Each column's margin: where most of its lines begin (a stray
	// line a cell off aside; see columnPart).
	var starts [2]map[int]int
	for _, l := range page {
		if l.kind == 'x' {
			continue
		}
		for side, k := range [2]int{0, l.split} {
			if k < len(l.runs) && (side == 1 || l.split > 0) {
				if starts[side] == nil {
					starts[side] = make(map[int]int)
				}
				starts[side][l.runs[k].c0]++
			}
		}
	}
	var margins [2]int
	for side, m := range starts {
		best, n := 0, 0
		for c, k := range m {
			if k > n || k == n && c < best {
				best, n = c, k
			}
		}
		margins[side] = best
	}
	column := func(a, b int, right bool) {
		end, margin := leftEnd, margins[0]
		if right {
			end, margin = rightEnd, margins[1]
		}
		// What the column's last line was: none (or a blank), a line that
		// ends a paragraph (a sentence, or short of the column's width),
		// a short line that ends none (a title's).
		const none, goesOn, ends, titleLike = 0, 1, 2, 3
		last := none
		// A title's lines are held until the line after them tells
		// whether they are one title wrapped in the column (see
		// wrappedTitle).
		var held []titleLine
		inTable := false // in a table's rows (cells a gap apart in the column)
		flush := func(oneTitle bool) {
			if len(held) == 2 && oneTitle {
				emit(strings.TrimRightFunc(held[0].text, unicode.IsSpace)+trim(held[1].text), held[0].at)
			} else {
				for _, h := range held {
					emit(h.text, h.at)
				}
			}
			held = held[:0]
		}
		for i := a; i < b; i++ {
			l := page[i]
			line := p.lines[lo+i]
			part, in, w := "", 0, 0
			switch {
			case right && l.split < len(l.runs):
				r, from := l.runs[l.split], 0
				if l.split > 0 {
					from = l.runs[l.split-1].b1
				}
				in, w = r.c0-margin, l.runs[len(l.runs)-1].c1
				part = columnPart(line[from:r.b0], in, line[r.b0:], w >= end-4)
			case !right && l.split > 0:
				r := l.runs[0]
				in, w = r.c0-margin, l.runs[l.split-1].c1
				part = columnPart(line[:r.b0], in, line[r.b0:l.runs[l.split-1].b1], w >= end-4)
			case !right && strings.IndexByte(line, '\f') >= 0:
				part = "\f" // the page's form feed, on a line of the right column's
			}
			if part == "" {
				// Nothing of this column on the line: a paragraph break
				// where the line above ends one; mid-sentence, the other
				// column's spacing.
				if last == ends || last == titleLike {
					flush(true)
					emit("", lo+i)
					last = none
				}
				continue
			}
			cells := l.split
			if right {
				cells = len(l.runs) - l.split
			}
			if cells >= 3 {
				// A row of a table set in the column (项目<gap>单位<gap>
				// 指数): a block of its own, its title held above it
				// (表2　2022年物价指数, which the header had been joined
				// to as a title's second line) with it, apart from the
				// paragraph the table interrupts (it had run on into the
				// title and the header).
				if !inTable {
					emit("", lo+i)
					flush(false)
					inTable = true
				}
				emit(part, lo+i)
				last = ends
				continue
			}
			if inTable {
				inTable = false
				emit("", lo+i)
				last = none
			}
			t := trim(part)
			indented := strings.HasPrefix(strings.TrimLeft(part, " \f"), "\u3000\u3000")
			kind := titleLike
			switch {
			case closed(t):
				kind = ends
			case w >= end-4 || w+halfPuncts(t) >= end-4:
				// (…会议强调,要把学习贯彻…作: its punctuation typed
				// half-width, a cell short each of the width ，： take.)
				kind = goesOn
			case indented:
				kind = ends // a paragraph's one short line
			}
			if kind == titleLike {
				tl := titleLine{part, lo + i, in, cellWidth(t)}
				if last != titleLike && len(held) == 0 || len(held) == 1 && wrappedTitle(held[0], tl) {
					held = append(held, tl)
					last = titleLike
					continue
				}
			}
			if last == titleLike && indented {
				// A title's lines (short, no sentence ended) over an
				// indented paragraph: as plain pdftotext prints them, a
				// blank line between, which the title over its text
				// needs in a narrow column (全县春季农业生产暨森 /
				// 林防灭火工作会议召开 / 　　3月21日，…).
				flush(true)
				emit("", lo+i)
			} else {
				flush(false)
			}
			emit(part, lo+i)
			last = kind
		}
		flush(false)
	}

	for a := 0; a < len(page); {
		if page[a].kind == 'x' && page[a].table {
			// A table set across the page: a block of its own, apart from
			// the column's line before it, which may stop mid-sentence
			// (the paragraph goes on under the table), and from the
			// column's line after it.
			emit("", lo+a)
			for ; a < len(page) && (page[a].table || page[a].kind == 'b'); a++ {
				emit(p.lines[lo+a], lo+a)
			}
			emit("", lo+a-1)
			continue
		}
		if page[a].kind == 'x' {
			// The blank lines around a line across the page are both
			// columns': kept, they keep it (a year's heading, 2023年)
			// off the right column's last line above and the left
			// column's first below (1月), whatever those end with.
			if a > 0 && page[a-1].kind == 'b' && !blankOut {
				emit("", lo+a-1)
			}
			emit(p.lines[lo+a], lo+a)
			if a+1 < len(page) && page[a+1].kind == 'b' {
				emit("", lo+a+1)
			}
			a++
			continue
		}
		b := a
		for b < len(page) && page[b].kind != 'x' {
			b++
		}
		column(a, b, false)
		column(a, b, true)
		a = b
	}
}

// titleLine is a column's short line that ends no sentence, set in by in
// cells from the column's margin and w cells wide, source line at.
type titleLine struct {
	text      string
	at, in, w int
}

// wrappedTitle reports whether b, under a, is the rest of one title the
// column's width wrapped (全县优化营商环境暨项 / 目建设推进大会召开): both
// set in from the margin (centred), a no narrower than b, neither a
// section's heading (一、要闻) nor b a byline or a subtitle (——记…).
// Joined, the title is one line, as a copy without the column's wrap
// prints it; kept apart, the first had been read as a section's name.
func wrappedTitle(a, b titleLine) bool {
	if a.in < 2 || b.in < 2 || a.w+2 < b.w {
		return false
	}
	ta, tb := trim(a.text), trim(b.text)
	if enumerator(ta) > 0 || strings.HasPrefix(tb, "—") || strings.HasPrefix(tb, "-") {
		return false
	}
	return !authorName(tb) && !authorNames(tb) && !reporterByline(tb) && !subtitle(tb) && !officeAlone(tb)
}

// unsplitLines gives the model the source's line numbers where
// splitColumns reordered the lines: line n of the reordered text is
// source line colSrc[n-1]+1.
func unsplitLines(iss *model.Issue, colSrc []int32) {
	at := func(n *int) {
		if *n > 0 && *n <= len(colSrc) {
			*n = int(colSrc[*n-1]) + 1
		}
	}
	for i := range iss.TOC {
		at(&iss.TOC[i].Line)
		for j := range iss.TOC[i].Entries {
			at(&iss.TOC[i].Entries[j].Line)
		}
	}
	for i := range iss.Sections {
		s := &iss.Sections[i]
		at(&s.Line)
		for j := range s.Entries {
			e := &s.Entries[j]
			at(&e.Line)
			for k := range e.Paragraphs {
				at(&e.Paragraphs[k].Line)
			}
		}
	}
	for i := range iss.Pages {
		at(&iss.Pages[i].Line)
	}
	for i := range iss.Furniture {
		at(&iss.Furniture[i].Line)
	}
	for i := range iss.Unplaced {
		at(&iss.Unplaced[i].Line)
	}
	for i := range iss.Warnings {
		at(&iss.Warnings[i].Line)
	}
	sortWarnings(iss.Warnings)
}
