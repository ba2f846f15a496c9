package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/yuebao/yuebao/model"
)

// A table inside an article is read a row to a paragraph, its cells
// between bars as a Markdown table prints them (| 生产总值 | 1850亿元 |):
// a reader scrolls a table's rows, and a row is not the sentence of the
// row before it. Markdown's pipe tables are read so in body.go; the two
// other forms converters write are here.

// gridBorder matches the border lines of pandoc's grid tables
// (+--------+------+, +========+======+, +:---+---:+): markup between the
// rows, which are | … | lines as a pipe table's are.
func gridBorder(l string) bool {
	if l == "" || l[0] != '+' {
		return false // every other line, by its first byte
	}
	t := trimRight(l)
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	dashes := 0
	for i := 1; i < len(t)-1; i++ {
		switch t[i] {
		case '-', '=':
			dashes++
		case '+', ':':
		default:
			return false
		}
	}
	return dashes >= 2
}

// maxTableLines bounds how far an HTML table's closing tag is looked for:
// a <table> never closed is text, not the rest of the file swallowed.
const maxTableLines = 500

// tableRow is one row of an HTML table: its cells as a Markdown row, and
// the index of the line where the row begins.
type tableRow struct {
	text string
	line int
}

// htmlTable reads the HTML table that begins at lines[i] (<table>, as
// MinerU writes a PDF's tables, on one line or several) up to the line
// that closes it, and returns its rows and the index of that last line.
// It reports false when lines[i] does not begin a table or the table does
// not close within maxTableLines.
func htmlTable(lines []string, i int) (rows []tableRow, last int, ok bool) {
	if !hasPrefixFold(trim(lines[i]), "<table") {
		return nil, 0, false
	}
	// The table closes in its block: a blank line ends it, as it ends any
	// block; a <table> never closed is text, not what follows swallowed.
	last = -1
	for k := i; k < len(lines) && k < i+maxTableLines && !isBlank(lines[k]); k++ {
		if containsFold(lines[k], "</table>") {
			last = k
			break
		}
		if k > i && hasPrefixFold(trim(lines[k]), "<table") {
			break // another table begins: this one never closes
		}
	}
	if last < 0 {
		return nil, 0, false
	}
	var cells []string
	var cell, outside strings.Builder
	inCell, inRow, rowLine := false, false, i
	endCell := func() {
		if inCell {
			cells = append(cells, strings.Join(strings.Fields(cell.String()), " "))
			cell.Reset()
			inCell = false
		}
	}
	endRow := func() {
		endCell()
		if inRow && len(cells) > 0 && strings.Join(cells, "") != "" {
			rows = append(rows, tableRow{text: "| " + strings.Join(cells, " | ") + " |", line: rowLine})
		}
		cells, inRow = cells[:0], false
	}
	for k := i; k <= last; k++ {
		l := lines[k]
		for j := 0; j < len(l); {
			if l[j] != '<' {
				if inCell {
					cell.WriteByte(l[j])
				} else {
					outside.WriteByte(l[j]) // a caption, text after </table>: kept
				}
				j++
				continue
			}
			end := strings.IndexByte(l[j:], '>')
			if end < 0 {
				if inCell {
					cell.WriteString(l[j:])
				} else {
					outside.WriteString(l[j:])
				}
				break
			}
			tag := strings.ToLower(l[j+1 : j+end])
			name, _, _ := strings.Cut(tag, " ")
			switch name {
			case "tr":
				endRow()
				inRow, rowLine = true, k
			case "/tr":
				endRow()
			case "td", "th":
				endCell()
				if !inRow {
					inRow, rowLine = true, k
				}
				inCell = true
			case "/td", "/th":
				endCell()
			case "br", "br/", "/p", "/div":
				if inCell {
					cell.WriteByte(' ')
				}
			}
			j += end + 1
		}
		if inCell {
			cell.WriteByte(' ') // the line's end inside a cell: a space, as Markdown reads it
		}
	}
	endRow()
	if t := strings.Join(strings.Fields(outside.String()), " "); t != "" {
		rows = append(rows, tableRow{text: t, line: last})
	}
	return rows, last, true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func containsFold(s, sub string) bool {
	for i := strings.IndexByte(s, sub[0]); i >= 0 && i+len(sub) <= len(s); {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
		j := strings.IndexByte(s[i+1:], sub[0])
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// dashBorder matches the border of pandoc's simple and multiline tables
// without a header, as pandoc writes a docx's tables: runs of dashes
// separated by spaces, one run a column (  --------------- -----------).
func dashBorder(l string) bool {
	if c := leadByte(l); c != 0 && c != '-' {
		return false // (the test below, before trimming the line)
	}
	t := trim(l)
	if len(t) < 7 || t[0] != '-' {
		return false // every other line, by its first byte
	}
	runs, in := 0, false
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-':
			if !in {
				runs++
			}
			in = true
		case ' ':
			in = false
		default:
			return false
		}
	}
	return runs >= 2
}

// dashTable reads the table between the border at lines[i] and the next
// one (within maxTableLines): its rows, each line a row, its cells the
// parts between runs of two spaces or more, as a Markdown row. It
// reports false when no closing border comes.
func dashTable(lines []string, i int) (rows []tableRow, last int, ok bool) {
	for k := i + 1; k < len(lines) && k <= i+maxTableLines; k++ {
		l := lines[k]
		if dashBorder(l) {
			return rows, k, true
		}
		if isBlank(l) {
			continue // a multiline table's rows stand apart
		}
		var b strings.Builder
		b.WriteString("|")
		for _, cell := range splitCells(trim(l)) {
			b.WriteString(" " + cell + " |")
		}
		rows = append(rows, tableRow{text: b.String(), line: k})
	}
	return nil, 0, false
}

// dashRun reports whether l is one run of dashes, set in by spaces or
// not: the top and bottom border of pandoc's multiline table.
func dashRun(l string) bool {
	t := trim(l)
	if len(t) < 7 || t[0] != '-' {
		return false
	}
	return strings.Trim(t, "-") == ""
}

// multilineTable reads pandoc's multiline table at lines[i], as pandoc
// writes a docx's table whose cells are wide: a border of one run of
// dashes, the header's lines, dashes a run a column, the rows apart at
// blank lines (a row's cells wrapped over its lines), and a border of
// one run again. Each row, the header first, is a row of cells as a
// Markdown one, a cell its lines joined; colLine is the line of the
// column dashes, last the bottom border's. Read as a simple table, its
// header had been taken with the first row alone, the other rows run
// into one paragraph (as the text after them).
func (p *parser) multilineTable(i int) (rows []tableRow, colLine, last int, ok bool) {
	lines := p.lines
	if !dashRun(lines[i]) || i+3 >= len(lines) || isBlank(lines[i+1]) && !p.isFurniture(i+1) {
		return nil, 0, 0, false
	}
	colLine = -1
	for k := i + 2; k < len(lines) && k <= i+4; k++ {
		if isBlank(lines[k]) && !p.isFurniture(k) {
			return nil, 0, 0, false
		}
		if dashBorder(lines[k]) {
			colLine = k
			break
		}
	}
	if colLine < 0 {
		return nil, 0, 0, false
	}
	// The columns begin where their runs of dashes do; the lines are laid
	// out by display width (a Chinese character two cells).
	var starts []int
	d := lines[colLine]
	for k := 0; k < len(d); k++ {
		if d[k] == '-' && (k == 0 || d[k-1] == ' ') {
			starts = append(starts, k)
		}
	}
	row := func(from, to int) tableRow {
		cells := make([]string, len(starts))
		for k := from; k < to; k++ {
			if p.isFurniture(k) || p.isTransparent(k) {
				continue
			}
			for c, part := range cutColumns(lines[k], starts) {
				if part = trim(part); part != "" {
					if cells[c] == "" {
						cells[c] = part
					} else {
						cells[c] = p.join(cells[c], part)
					}
				}
			}
		}
		var b strings.Builder
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + c + " |")
		}
		return tableRow{text: b.String(), line: from}
	}
	if head := row(i+1, colLine); strings.Trim(head.text, "| ") != "" {
		rows = append(rows, head)
	} // (a header of pictures alone, taken out: a docx's pictures set side by side over their captions)
	from := -1
	for k := colLine + 1; k < len(lines) && k <= i+maxTableLines; k++ {
		switch {
		case !isBlank(lines[k]) && (p.isFurniture(k) || p.isTransparent(k)):
			// a page's number or head, which a page break set inside
		case dashRun(lines[k]):
			if from >= 0 {
				rows = append(rows, row(from, k))
			}
			return rows, colLine, k, len(rows) >= 1
		case isBlank(lines[k]):
			if from >= 0 {
				rows = append(rows, row(from, k))
			}
			from = -1
		case from < 0:
			from = k
		}
	}
	return nil, 0, 0, false
}

// cutColumns cuts line l at the display columns starts (each a cell's
// first), a Chinese character two cells wide: the text of each column.
//
// A column's start inside a run of text, the run begun as many cells
// before it as punctuation typed half-width before it ((), a cell short
// each of （）'s: 村志数(部)   内容, as a converter to half-width leaves
// pandoc's table), is cut where the run begins.
func cutColumns(l string, starts []int) []string {
	parts := make([]string, len(starts))
	col, c, from := 0, 0, 0
	run, runCol := 0, 0 // the run of text at k: its first byte and cell
	for k := 0; k < len(l); {
		r, n := decodeRune(l[k:])
		if l[k] != ' ' && (k == 0 || l[k-1] == ' ') {
			run, runCol = k, col
		}
		for c+1 < len(starts) && col >= starts[c+1] {
			cut := k
			if l[k] != ' ' && run > from && run < k {
				if h := halfPuncts(l[:run]); h > 0 && col-runCol <= h {
					cut = run
				}
			}
			parts[c] = l[from:cut]
			c, from = c+1, cut
		}
		if n >= 3 && r >= 0x1100 { // (a Han character, full-width punctuation: two cells)
			col += 2
		} else {
			col++
		}
		k += n
	}
	parts[c] = l[from:]
	return parts
}

// tableCaption is the caption pandoc writes under a table (  : 近三年…
// or Table: …), on the line after the blank one below line last: its
// text and line, ok false where none is.
func tableCaption(lines []string, last int) (string, int, bool) {
	k := last + 1
	if k < len(lines) && isBlank(lines[k]) {
		k++
	}
	if k >= len(lines) {
		return "", 0, false
	}
	t := trim(lines[k])
	if c, ok := strings.CutPrefix(t, ": "); ok && trim(c) != "" {
		return trim(c), k, true
	}
	if c, ok := strings.CutPrefix(t, "Table: "); ok && trim(c) != "" {
		return trim(c), k, true
	}
	return "", 0, false
}

// headedDashTable reads pandoc's simple table with a header, the header
// at lines[i] and the dashes under it (  指标   单位 / ------ ---- / rows),
// its rows running to a blank line or a closing border: the header a row
// of cells as the others, and the last row's line. The header has as many
// cells as the border has runs of dashes.
func headedDashTable(lines []string, i int) (rows []tableRow, border, last int, ok bool) {
	if i+2 >= len(lines) || !dashBorder(lines[i+1]) {
		return nil, 0, 0, false
	}
	cols := len(strings.Fields(lines[i+1]))
	if len(splitCells(trim(lines[i]))) != cols {
		return nil, 0, 0, false
	}
	row := func(k int) tableRow {
		var b strings.Builder
		b.WriteString("|")
		for _, cell := range splitCells(trim(lines[k])) {
			b.WriteString(" " + cell + " |")
		}
		return tableRow{text: b.String(), line: k}
	}
	rows = append(rows, row(i))
	last = i + 1
	for k := i + 2; k < len(lines) && k <= i+maxTableLines && !isBlank(lines[k]); k++ {
		if dashBorder(lines[k]) {
			break
		}
		if !underBorder(lines[k], lines[i+1]) {
			// A copy without blank lines runs the article's text on under
			// the last row (  11月用电量   23.5   4.8 / 孟良崮战役是…一次重要
			// 战役。, or 县长　周文斌 set flush): pandoc sets every row
			// within its columns, none begun left of the border or run
			// over the space between two of its runs, so a line that is
			// is no row and the table ends over it (it had been a row,
			// the paragraph a cell, silently).
			break
		}
		rows = append(rows, row(k))
		last = k
	}
	return rows, i + 1, last, len(rows) >= 2
}

// underBorder reports whether line l lies within the columns of the
// border d (  ------------ -------- ------): begun no further left than
// its first dash nor right of its last, and no character over a space
// between two runs of dashes, a Chinese character two display cells
// wide.
func underBorder(l, d string) bool {
	w, last, lead := 0, strings.LastIndexByte(d, '-'), true
	for k := 0; k < len(l); {
		r, n := decodeRune(l[k:])
		cw := 1
		if n >= 3 && r >= 0x1100 {
			// Wide or full-width: two cells; an ambiguous character (—,
			// …, ℃, ①) one, as pandoc sets it (a row with 　— right in
			// its column had been no row, the table cut there, silently).
			if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
				cw = 2
			}
		}
		if r != ' ' {
			if lead && w > last {
				return false // begun right of the border's end: （撰稿：张　伟） set flush right
			}
			lead = false
			for c := w; c < w+cw; c++ {
				if c > last {
					break // (past the border's end: a wide last cell)
				}
				if d[c] == ' ' {
					return false // left of the first dash, or between two runs
				}
			}
		}
		w += cw
		k += n
	}
	return true
}

// columnsRow reports whether t is a row of a table laid out by spaces
// with three cells at least (地区生产总值　　亿元　　186.2), the gaps runs
// of two spaces or more or of ideographic spaces, and no sentence in it.
func columnsRow(t string) bool {
	i := strings.Index(t, "  ")
	if j := strings.Index(t, "\u3000"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || containsAnyOf(t, "，。；") {
		return false // nearly every line: no gap, or a sentence
	}
	return len(splitCells(t)) >= 3
}

// spacedRow reports whether t is a row of a table whose cells plain
// pdftotext (without -layout) set one space apart: three cells at least,
// each short, the first no figure, and no sentence in it (指标名称 单位
// 1—2月 比上年同期增长（%）).
func spacedRow(t string) bool {
	if len(t) > 160 || figureFirst(t) || strings.Count(t, " ") < 2 || containsAnyOf(t, "，。；、：:\u3000") {
		return false
	}
	n := 0
	for c := range strings.SplitSeq(t, " ") {
		if c == "" || utf8.RuneCountInString(c) > 12 {
			return false // two spaces (a gap of columnsRow's), or a phrase
		}
		n++
	}
	return n >= 3
}

// figureRow reports whether t is a row of a table laid out by spaces
// (columnsRow) or set a space apart (spacedRow) whose first cell is no
// figure and two cells at least after it are numbers (规模以上工业增加值
// 亿元 12.36 6.8); no cell is a word of a date that pdftotext set apart
// from its figures (县委 2023 年 12 月 4 日召开, a sentence's line), and no
// row begins with a date (2    月 27日  县人民法院…, a chronicle's day).
// A row's name may begin with a figure, a month's (11月用电量　　23.5
// 4.8), where it is no date: it had run into the text under the table.
func figureRow(t string) bool {
	if t == "" || !numberEnd(rune(t[len(t)-1])) || figureFirst(t) && !figureName(t) {
		return false // nearly every line: a row ends with a figure (6.8, 5.1%)
	}
	var cells []string
	if columnsRow(t) {
		cells = splitCells(t)
	} else if spacedRow(t) {
		cells = strings.Split(t, " ")
	} else {
		return false
	}
	figures := 0
	for i, c := range cells {
		switch c {
		case "年", "月", "日", "号":
			return false
		}
		if i > 0 && figureFirst(c) && strings.Trim(c, "0123456789.%-—") == "" {
			figures++
		}
	}
	return figures >= 2
}

// figureName reports whether t, a line that begins with a figure, is a
// table's row whose first cell names a thing with it (11月用电量, 2023年
// 新增): its words after the figures, up to the first gap, end with a Han
// character, and it is no date (11月3日, 2    月).
func figureName(t string) bool {
	end := strings.Index(t, "  ")
	if j := strings.Index(t, "\u3000"); j >= 0 && (end < 0 || j < end) {
		end = j
	}
	if end < 0 {
		end = strings.IndexByte(t, ' ') // (a space apart, as plain pdftotext sets cells)
	}
	if end <= 0 {
		return false
	}
	c := t[:end]
	r := lastRune(c)
	return r >= 0x4E00 && r <= 0x9FFF && r != '日' && r != '号' && r != '年' && r != '月' && !startsWithMonthDay(c)
}

// tableHead reports whether line i is the header of a table (指标名称
// 单位 1—2月 …, its cells a space or a gap apart) over its first row of
// figures: a line of its own, not the rest of the table's title
// above it.
func (p *parser) tableHead(i int) bool {
	if p.yearbook || i+1 >= len(p.lines) {
		return false // a yearbook's rows: see startsParagraph
	}
	if !figureRow(trim(p.lines[i+1])) {
		return false // (first: nearly every line ends no row of figures)
	}
	t := trim(p.lines[i])
	return spacedRow(t) || columnsRow(t)
}

// splitCells cuts a row of a table laid out with spaces at its runs of
// two spaces or more, or of an ideographic space.
func splitCells(t string) []string {
	var cells []string
	start := 0
	for i := 0; i < len(t); {
		r, n := decodeRune(t[i:])
		if r == ' ' && i+1 < len(t) && t[i+1] == ' ' || r == '\u3000' {
			if c := trim(t[start:i]); c != "" {
				cells = append(cells, c)
			}
			i = gapEnd(t, i)
			start = i
			continue
		}
		i += n
	}
	if c := trim(t[start:]); c != "" {
		cells = append(cells, c)
	}
	return cells
}

// gridRowWrapped reads the row of a grid table that begins at line i when
// its last cell wrapped over lines and no other did (| 11月6日 | 全县…出席 |
// / |         | 并讲话。 |, as pandoc sets a Word table of 日期 | 事项 at
// its width): one row, the last cell's lines joined as a paragraph's are,
// and the row's last line. A line of the row whose cells are all empty
// inside that cell is the break between its paragraphs, as pandoc sets a
// cell of two (the event's text, then 13日，会议闭幕。…): the row holds
// the first, and each other is a paragraph of its own, its text without
// the bars (it had been run into the first, silently). Any other row is
// left to be read a line to a paragraph: where several cells wrap, the
// lines are the table's as printed. In a chronicle (every), any cell may
// wrap, each cell's lines joined: a date cell too narrow for 3月21—23日 or
// 3月上旬至中旬 wraps as its event's does (it had been read a line to a
// paragraph, 3月21— an event of no date, 23日 another, the rows under it
// run into it).
func (p *parser) gridRowWrapped(i int, every bool) ([]tableRow, int, bool) {
	if i >= len(p.lines) || !strings.HasPrefix(p.lines[i], "|") {
		return nil, 0, false
	}
	j := i + 1
	for j < len(p.lines) && strings.HasPrefix(p.lines[j], "|") && !gridBorder(p.lines[j]) {
		j++
	}
	if j == i+1 || j >= len(p.lines) || !gridBorder(p.lines[j]) {
		return nil, 0, false
	}
	first := tableCells(p.lines[i])
	last := first[len(first)-1]
	var paras []tableRow // the cell's paragraphs after its first
	for k := i + 1; k < j; k++ {
		cells := tableCells(p.lines[k])
		if len(cells) != len(first) {
			return nil, 0, false
		}
		blank := true
		for n, c := range cells[:len(cells)-1] {
			if c == "" {
				continue
			}
			if !every {
				return nil, 0, false
			}
			blank = false
			first[n] = p.join(first[n], c)
		}
		c := cells[len(cells)-1]
		switch {
		case c == "" && !blank:
			// (the date cell's last line beside none of the event's)
		case c == "":
			if last != "" {
				paras = append(paras, tableRow{}) // a break: what follows begins a paragraph
			}
		case len(paras) == 0:
			last = p.join(last, c)
		case paras[len(paras)-1].text == "":
			paras[len(paras)-1] = tableRow{text: c, line: k}
		default:
			paras[len(paras)-1].text = p.join(paras[len(paras)-1].text, c)
		}
	}
	if len(paras) > 0 && paras[len(paras)-1].text == "" {
		paras = paras[:len(paras)-1] // (an empty line last: no paragraph)
	}
	var b strings.Builder
	b.WriteString("|")
	for _, c := range first[:len(first)-1] {
		b.WriteString(" " + c + " |")
	}
	b.WriteString(" " + last + " |")
	return append([]tableRow{{text: b.String(), line: i}}, paras...), j - 1, true
}

// chronTables reads the Markdown tables of a chronicle whose header row
// names its columns: | 日期 | 事件 | (a row's date first, read as a day
// line is), and | 月 | 日 | 事件 | or | 年 | 月 | 日 | 事件 |, where the
// date is cut into cells, a month left empty under the row that gave it.
// Such a row is rewritten as the first form (| 1月8日 | 县委… |); the
// header and rule rows are markup. Other tables are left as they are.
func (p *parser) chronTables() {
	p.headedTables(0, p.chronTable)
	p.gridChronHeads()
}

// gridChronHeads takes out, as markup, the header row of a pandoc grid
// table that names a chronicle's columns (| 年份 | 日期 | 事项 | between
// its top border and the +===+ under it): its rows are read as a day
// line is (see splitDateRow), and the header is none (it had been an
// undated event of its own).
func (p *parser) gridChronHeads() {
	for i := 2; i < len(p.lines); i++ {
		l := p.lines[i]
		if l == "" || l[0] != '+' || !strings.Contains(l, "==") || !gridBorder(l) || !gridBorder(p.lines[i-2]) || !strings.HasPrefix(p.lines[i-1], "|") {
			continue
		}
		if _, ok := chronColumns(tableCells(p.lines[i-1])); ok {
			p.addFurniture(i-1, model.Markup, p.lines[i-1])
			p.lines[i-1] = ""
		}
	}
}

// headedTables calls read with the lines [lo, hi) of every Markdown table
// from line from on that has a header row (its rule row under it at
// lo+1), and goes on after it.
func (p *parser) headedTables(from int, read func(lo, hi int)) {
	for i := from; i+1 < len(p.lines); i++ {
		if l := p.lines[i]; l == "" || l[0] != '|' || !tableSeparator(p.lines[i+1]) {
			continue
		}
		end := i + 2
		for end < len(p.lines) && strings.HasPrefix(p.lines[end], "|") {
			end++
		}
		read(i, end)
		i = end - 1
	}
}

// headMarkup takes a read table's header and rule rows (lines lo and
// lo+1) out of the text, as markup.
func (p *parser) headMarkup(lo int) {
	p.addFurniture(lo, model.Markup, p.lines[lo])
	p.addFurniture(lo+1, model.Markup, p.lines[lo+1])
	p.lines[lo], p.lines[lo+1] = "", ""
}

// chronCols are the columns of a chronicle's table by index, -1 for one
// it has not: a date whole, or cut into year, month and day, and the
// event.
type chronCols struct{ year, month, day, date, event int }

// chronColumns reads a table's header row as a chronicle's (| 日期 | 事件 |,
// | 月 | 日 | 事件 |, | 年 | 月 | 日 | 事项 |): false for any other.
func chronColumns(head []string) (chronCols, bool) {
	c := chronCols{-1, -1, -1, -1, -1}
	for k, h := range head {
		// (日　期, or 事项 with a soft hyphen in it: letter-spaced, or with a converter's
		// invisible characters.)
		switch strings.Join(strings.Fields(dropInvisible(h)), "") {
		case "年", "年份":
			c.year = k
		case "月", "月份":
			c.month = k
		case "日":
			c.day = k
		case "日期", "时间":
			c.date = k
		case "事件", "事项", "大事", "纪事", "内容", "主要内容", "大事记":
			c.event = k
		}
	}
	if c.month >= 0 && c.day < 0 && c.date >= 0 {
		c.day, c.date = c.date, -1 // | 月 | 日期 | 事件 |: 日期 is the day
	}
	return c, c.event >= 0 && (c.date >= 0 || c.month >= 0 && c.day >= 0)
}

// chronTable reads the table on lines [lo, hi), its header row at lo (see
// chronTables).
func (p *parser) chronTable(lo, hi int) {
	head := tableCells(p.lines[lo])
	c, ok := chronColumns(head)
	if !ok {
		return
	}
	if c.month >= 0 && c.day >= 0 {
		// Every row a day of a month (the month's cell may be empty, the
		// one above's), or the table is none of this.
		month := 0
		for k := lo + 2; k < hi; k++ {
			cells := tableCells(p.lines[k])
			if len(cells) != len(head) {
				return
			}
			if m := cells[c.month]; m != "" {
				n, ok := digitsValue(m) // (1, １)
				if !ok || n < 1 || n > 12 {
					return
				}
				month = n
			}
			if month == 0 || !dayCell(cells[c.day]) || cells[c.event] == "" {
				return
			}
		}
		month = 0
		year := ""
		for k := lo + 2; k < hi; k++ {
			cells := tableCells(p.lines[k])
			if m := cells[c.month]; m != "" {
				month, _ = digitsValue(m)
			}
			if c.year >= 0 && cells[c.year] != "" {
				year = strings.TrimSuffix(cells[c.year], "年")
			}
			date := strconv.Itoa(month) + "月" + cells[c.day] + "日"
			if year != "" {
				date = year + "年" + date
			}
			p.rewrite(k, "| "+date+" | "+cells[c.event]+" |")
		}
	} else if c.year >= 0 && c.date >= 0 {
		// | 年份 | 日期 | 事项 |: the year in a cell of its own, left empty
		// under the row that gave it (left as it was, no row was dated by
		// a year, nor read as an event). Every row a year or none and a
		// date, or the table is none of this.
		for k := lo + 2; k < hi; k++ {
			cells := tableCells(p.lines[k])
			if len(cells) != len(head) || cells[c.event] == "" || !startsWithMonthDay(cells[c.date]) {
				return
			}
			if y := cells[c.year]; y != "" && !isBareYear(y) {
				if _, ok := plainYearHeading(y); !ok {
					return
				}
			}
		}
		year := ""
		for k := lo + 2; k < hi; k++ {
			cells := tableCells(p.lines[k])
			if y, ok := bareYear(cells[c.year]); ok {
				year = strconv.Itoa(y)
			} else if y, ok := plainYearHeading(cells[c.year]); ok {
				year = strconv.Itoa(y) // 1986年, 一九八六年
			}
			date := cells[c.date]
			if year != "" && !startsWithYear(date) {
				date = year + "年" + date
			}
			p.rewrite(k, "| "+date+" | "+cells[c.event]+" |")
		}
	}
	p.headMarkup(lo)
}

// startsWithYear reports whether c begins with a year in four figures
// and 年 (1986年1月10日, １９８６年１月１０日).
func startsWithYear(c string) bool {
	_, k, j := figuresAt(c, 0, 5)
	return k == 4 && isBareYear(c[:j]) && strings.HasPrefix(c[j:], "年") && len(c) > j+len("年")
}

// dayCell reports whether c is a day of a month in figures, or a run of
// days (3-4, 3—6, 8～9): the cell of a table's 日 column.
func dayCell(c string) bool {
	n := 0
	for i := 0; i < len(c); {
		r, size := decodeRune(c[i:])
		i += size
		switch {
		case isFigure(r): // (3, ３)
			n++
		case n > 0 && strings.ContainsRune("-—–～~至", r):
		default:
			return false
		}
	}
	return n > 0 && n <= 4
}

// tableCells marks (a bit by index in p.lines) the lines of the tables
// plain pdftotext (without -layout) prints a cell to a line, row after
// row or column after column, under their caption or unit line:
//
//	表1　2023年1—10月全市主要经济指标
//	单位：亿元、%
//	指标
//	1—10月
//	增长
//	地区生产总值
//	2156.3
//	…
//
// A reader takes the short lines, mostly figures, under a 表N caption or
// a 单位： line as the table: the article's text, a paragraph a cell (as a
// table pdfminer prints a cell a box is read), no title, section or date
// among them (1—10月 had been a section's name, 11月 a month's heading,
// and 指标 a title, the article's text after the table theirs, silently).
// The run is its lines (blank ones between them or not: pdfminer prints
// a cell a box, parted by blank lines), each short and no sentence, up
// to its last figure: a short line after that (the next article's
// title) is not the table's. nil where the body holds none.
func (p *parser) tableCells() []uint64 {
	var bits []uint64
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if l == "" || l[0] != 0xE8 && l[0] != 0xE5 && l[0] != 0xE9 && l[0] != ' ' && l[0] != 0xE3 {
			continue // nearly every line, by its first byte: 表 is E8, 单 E5, 附 E9
		}
		k := 0
		for k < len(l) && l[k] == ' ' {
			k++
		}
		for strings.HasPrefix(l[k:], "\u3000") {
			k += 3
		}
		if u := l[k:]; !strings.HasPrefix(u, "表") && !strings.HasPrefix(u, "单") && !strings.HasPrefix(u, "附") {
			continue // (a line of prose: its first character, not its first byte, 会 E4, 研 E7)
		}
		t := trim(l)
		unit := strings.HasPrefix(t, "单位：") || strings.HasPrefix(t, "单位:")
		if !unit && !(captionLabel(t) && !strings.HasPrefix(strings.TrimPrefix(t, "附"), "图")) || len(t) > 40*3 {
			continue
		}
		j := p.nextText(i + 1)
		if !unit && j >= 0 {
			if u := trim(p.lines[j]); strings.HasPrefix(u, "单位：") || strings.HasPrefix(u, "单位:") {
				j = p.nextText(j + 1) // the caption over its unit line
			}
		}
		if j < 0 {
			break
		}
		lo, last, n, cells, figures, values := j, -1, 0, 0, 0, 0
		for k := j; k < len(p.lines) && k-j < maxTableLines; k++ {
			if p.isTransparent(k) || isBlank(p.lines[k]) {
				continue // a page's furniture inside the table; a blank line between cells, as pdfminer prints a cell a box
			}
			c := trim(p.lines[k])
			if !tableCell(c) {
				break
			}
			n++
			switch {
			case figureCell(c) || emptyCell(c):
				if figureCell(c) {
					figures++
				}
				values++
				last, cells = k, n
			case periodCell(c):
				values++ // (never the table's last: 1950年 under it is a chronicle's year)
			}
		}
		if last < 0 || figures < 2 || 3*values < cells || cells < 4 {
			continue
		}
		if bits == nil {
			bits = make([]uint64, (len(p.lines)+63)/64)
		}
		for k := lo; k <= last; k++ {
			if !p.isTransparent(k) && !isBlank(p.lines[k]) {
				bits[k/64] |= 1 << (k % 64)
			}
		}
		i = last
	}
	return bits
}

// captionOver reports whether line i is a table's caption over its unit
// line or its cells a line each (…（宁政〔2022〕 / 12号） / 表2　2023年各月
// 全社会用电量 / 单位：亿千瓦时 / 月份 / …), in a copy without blank lines:
// a line of its own, no rest of the paragraph above (it had run into
// it, silently).
func (p *parser) captionOver(i int) bool {
	l := p.lines[i]
	if len(l) < 4 || !strings.HasPrefix(l, "表") && !strings.HasPrefix(l, "附") || !captionLabel(trim(l)) {
		return false // nearly every line, by its first character
	}
	j := p.nextText(i + 1)
	return j > 0 && (p.cellAt(j) || tableStart(trim(p.lines[j])))
}

// cellAt reports whether line i (an index in p.lines) is a table's cell
// tableCells marked.
func (p *parser) cellAt(i int) bool {
	return p.cellBits != nil && i >= 0 && i/64 < len(p.cellBits) && p.cellBits[i/64]&(1<<(i%64)) != 0
}

// tableCell reports whether t, a line's text, may be a table's cell
// alone on its line: short, no sentence, no other table's markup (| …,
// a row of cells a gap apart).
func tableCell(t string) bool {
	return t != "" && len(t) <= 20*3 && t[0] != '|' && t[0] != '<' && t[0] != '+' && t[0] != '#' && !containsAnyOf(t, "，。；：:") && !strings.Contains(t, "  ") && !strings.Contains(t, "\u3000\u3000")
}

// emptyCell reports whether t is what a table prints in a cell with no
// figure: —, －, -, …, /.
func emptyCell(t string) bool {
	switch t {
	case "—", "——", "－", "-", "…", "……", "/", "／", "×":
		return true
	}
	return false
}

// periodCell reports whether t is a table's cell that names a period in
// figures: 10月, 1—10月, 2023年, 2023年1—10月, 一季度 aside.
func periodCell(t string) bool {
	if !figureFirst(t) || len(t) > 16 {
		return false
	}
	r := lastWide(t)
	if r != '月' && r != '年' {
		return false
	}
	for _, r := range t {
		if !(r >= '0' && r <= '9' || r == '月' || r == '年' || r == '—' || r == '-' || r == '～' || r == '~' || r == '至') {
			return false
		}
	}
	return true
}
