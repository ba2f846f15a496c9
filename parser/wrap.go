package parser

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Hard wraps. A text taken from a PDF's columns is cut into lines of one
// width, whatever the sentences do; without blank lines between
// paragraphs, a paragraph ends where a line is clearly short of that
// width and ends a sentence. The width is not known in advance: it is the
// width most lines share (within two cells), when enough of them do.

// inferWrap sets p.wrap and p.indent from the body lines. Converters
// wrap either by printed width (CJK two cells, Latin one) or by
// characters; both are tried, and a line is full by either measure.
//
// It returns the level of each body line that is a heading (from
// p.bodyStart; 0 for the others, and for blank and transparent lines),
// which detectYearbook, the next to ask, reads instead of asking again.
func (p *parser) inferWrap() (levels []int8) {
	var cellHist, halfHist, figHist, runeHist [maxWrap + 1]int
	var indents [33]int
	total, halves, figs := 0, 0, 0
	levels = make([]int8, max(0, len(p.lines)-p.bodyStart))
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if isBlank(l) || p.isTransparent(i) {
			continue
		}
		if lvl, ok := headingLevel(l); ok { // (heading's ok, without its text's markup taken off)
			levels[i-p.bodyStart] = int8(lvl)
			continue
		}
		if p.cellBits != nil && p.cellAt(i) {
			continue // a table's cell a line (tableCells): as wide as its text, not the wrap
		}
		if t := trimLeftBlanks(l, true); t != "" && (t[0] == '|' || t[0] == '+' && len(t) > 1 && (t[1] == '-' || t[1] == '=')) {
			// A table's rows and rules are as wide as the table, not the
			// wrap: a few of them in a short copy would read as its width.
			continue
		}
		indents[min(indentCells(l), 32)]++
		if 2*len(l) > 3*maxWrap {
			// Wider than any wrap whatever it holds (no character takes
			// fewer cells than two thirds of its bytes): no need to measure.
			total++
			cellHist[maxWrap]++
			halfHist[maxWrap]++
			figHist[maxWrap]++
			runeHist[maxWrap]++
			continue
		}
		l = trimRight(l)
		if (l[0] == '-' || l[0] == '+' || l[0] == '*') && len(l) > 2 && (l[1] == ' ' || l[1] == '\t') {
			// -       会议甲召开 11月1日，…: a list item's marker hangs in
			// the margin (a PDF's text of a docx's bulleted paragraphs):
			// the item's text is as wide as the wrap, the line wider, and
			// enough such lines made the copy seem not hard-wrapped.
			if t, _, ok := itemText(l); ok {
				l = t
			}
		}
		w, r := cellsRunes(l)
		if r < 6 {
			continue
		}
		total++
		cellHist[min(w, maxWrap)]++
		runeHist[min(r, maxWrap)]++
		if halves > 0 || total <= 2000 {
			// (Where the first two thousand lines hold no punctuation
			// typed half-width, the rest are not looked at for it: a
			// copy typed so shows it from its first pages.)
			h := halfPuncts(l)
			halves += h
			halfHist[min(w+h, maxWrap)]++
		}
		if figs > 0 || total <= 2000 {
			// (So full-width figures: a copy that has them shows them
			// early.)
			f := fullFigures(l)
			figs += f
			figHist[min(w-f, maxWrap)]++
		}
	}
	p.wrap = wrapWidth(&cellHist, total, 3)
	if halves > 0 {
		// 3月12日,县委常委会召开会议,传达学习全国两: an OCR's , for ，
		// in a line cut at the page's width is a cell short of the
		// character it stands for, each; where more lines share a width
		// (to a cell) so measured, they were cut there. (The wrap's
		// window, three cells wide, holds lines a comma or three short
		// either way.)
		if w := wrapWidth(&halfHist, total, 3); w > 0 && (p.wrap == 0 || peak(&halfHist) > peak(&cellHist)) {
			p.wrap, p.wrapHalf = w, true
		}
	}
	if figs > 0 {
		// 院校专家学者等３２０余人齐聚一堂，系统阐述行业发展 / 现状和趋势…: a
		// page's figures set half-width, each a cell, which the converter
		// (an OCR, a tool that widens them) gave as full-width ones, two
		// cells in the text: the lines the page's width cut are as wide,
		// so measured, as the lines without a figure, and wider by a cell
		// a figure measured in cells, a tenth of them or more, which had
		// made the copy seem not hard-wrapped (its sentences that ended a
		// full line had ended their paragraphs, silently).
		best := &cellHist
		if p.wrapHalf {
			best = &halfHist
		}
		// (More lines at the width so measured than in cells, even where
		// no width showed in cells: a short copy's few figures spread
		// its lines over any window, which the cells' did not show.)
		if w := wrapWidth(&figHist, total, 3); w > 0 && peak(&figHist) > peak(best) {
			p.wrap, p.wrapHalf, p.wrapFig = w, false, true
		}
	}
	p.wrapRunes = wrapWidth(&runeHist, total, 1)
	for in, n := range indents {
		if n > indents[p.indent] {
			p.indent = in
		}
	}
	return levels
}

// peak returns the most lines hist counts at two widths a cell apart.
func peak(hist *[maxWrap + 1]int) int {
	best := 0
	for w := 7; w < maxWrap; w++ {
		best = max(best, hist[w-1]+hist[w])
	}
	return best
}

// halfPuncts counts the punctuation of a Chinese text typed half-width
// in l: a , : ; ( or ) next to a character beyond ASCII (会议强调,要把…,
// 会议要求:, 宁川年鉴(2023)), or a . after one (an OCR's 。), which takes
// a cell where ，：；（）。 take two.
func halfPuncts(l string) int {
	k := 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c == ',' || c == ':' || c == ';' || c == '(' || c == ')':
			if i > 0 && l[i-1] >= utf8.RuneSelf || i+1 < len(l) && l[i+1] >= utf8.RuneSelf {
				k++
			}
		case c == '.':
			if i > 0 && l[i-1] >= utf8.RuneSelf {
				k++
			}
		}
	}
	return k
}

// fullFigures counts the full-width figures (０ to ９, EF BC 90 to 99)
// in l.
func fullFigures(l string) int {
	k := 0
	for i := strings.IndexByte(l, 0xEF); i >= 0 && i+2 < len(l); {
		if l[i+1] == 0xBC && l[i+2] >= 0x90 && l[i+2] <= 0x99 {
			k++
		}
		j := strings.IndexByte(l[i+1:], 0xEF)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return k
}

// cells is the width of l in cells, as the wrap was measured: with
// punctuation typed half-width two cells wide where wrapHalf says so,
// full-width figures one cell wide where wrapFig does.
func (p *parser) cells(l string) int {
	w, _ := cellsRunes(l)
	if p.wrapHalf {
		w += halfPuncts(l)
	} else if p.wrapFig {
		w -= fullFigures(l)
	}
	return w
}

// maxWrap is the widest hard wrap looked for, in cells: a hundred CJK
// characters, twice an A4 line.
const maxWrap = 200

// wrapWidth returns the width most lines reach (within slack), or 0 when
// too few do for the text to be hard-wrapped: a third of the lines, and
// hardly any wider.
func wrapWidth(hist *[maxWrap + 1]int, total, slack int) int {
	best, bestW := 0, 0
	for w := 6 + slack; w < maxWrap; w++ {
		n := 0
		for k := 0; k <= slack; k++ {
			n += hist[w-k]
		}
		if n > best {
			best, bestW = n, w
		}
	}
	wider := 0
	for w := bestW + 1; w <= maxWrap; w++ {
		wider += hist[w]
	}
	if total >= 8 && best*10 >= total*3 && wider*10 <= total {
		return bestW
	}
	return 0
}

// frontWrap returns the width in cells and in characters the whole copy
// is hard-wrapped at, or zeros, for the cover and masthead, which are read
// before the body is known: a value that reaches it was cut there and
// goes on in the next line (地 址：…办公大楼 0 / 324 房间). It is
// measured as inferWrap measures the body, over the lines of the whole
// text but those of a table of contents, whose titles are short and
// whose leaders pad them to any width, and it is measured once, when a
// value may go on.
func (p *parser) frontWrap() (int, int) {
	if p.frontWidths == nil {
		var cellHist, runeHist [maxWrap + 1]int
		total := 0
		// Enough lines to tell a width, so that a long file is not read
		// twice.
		const enough = 4000
		for i := 0; i < len(p.lines) && total < enough; i++ {
			l := p.lines[i]
			if isBlank(l) || p.isTransparent(i) || 2*len(l) > 3*maxWrap {
				continue
			}
			if _, _, ok := heading(l); ok {
				continue
			}
			if _, _, _, ok := tocEntry(l); ok {
				continue
			}
			w, r := cellsRunes(trimRight(l))
			if r < 6 {
				continue
			}
			total++
			// As inferWrap counts: a tab takes 8 cells, so a line can be
			// wider than its bytes said.
			cellHist[min(w, maxWrap)]++
			runeHist[min(r, maxWrap)]++
		}
		p.frontWidths = &[2]int{wrapWidth(&cellHist, total, 3), wrapWidth(&runeHist, total, 1)}
	}
	return p.frontWidths[0], p.frontWidths[1]
}

// full reports whether line l reaches the wrap width: the text goes on in
// the next line whatever the line ends with.
func (p *parser) full(l string) bool {
	if p.wrapHalf && p.wrap > 0 {
		// (Its punctuation typed half-width a cell each short of the
		// width measured: the wrap as much narrower for l.)
		return fullAt(l, p.wrap-halfPuncts(trimRight(l)), p.wrapRunes)
	}
	if p.wrapFig && p.wrap > 0 {
		// (Its full-width figures a cell each wider than the width
		// measured: the wrap as much wider for l.)
		return fullAt(l, p.wrap+fullFigures(l), p.wrapRunes)
	}
	return fullAt(l, p.wrap, p.wrapRunes)
}

// fullBefore reports whether line l is full, or as good as full before
// next: a Latin word or number that next begins with would not have fit
// after it (…经济社会发展情况。 / Constantinos Soutis 感谢…), so that the
// wrap, not the end of a paragraph, left l short.
func (p *parser) fullBefore(l, next string) bool {
	if p.full(l) {
		if r, _ := decodeRune(next); p.wrap > 0 && r >= 0x4E00 && r <= 0x9FFF {
			// A line that ends with a Latin word or a number is full with a
			// wide slack (the word that did not fit went on); but a Han
			// character would have fitted where the line stops well short
			// (联系人：赵静　电话：0370-6012345 / 宁川县地方史志办公室): the
			// line ended there, not the wrap.
			if latinTail(trimRight(l)) {
				w := p.cells(trimRight(l))
				return w+2 > p.wrap-4
			}
		} else if p.wrap > 0 && next != "" && next[0] < utf8.RuneSelf && latinTail(trimRight(l)) && labelLine(trim(l)) {
			// So a label's value that ends with a word or a number: full by
			// a Latin word's slack, the line is full only where the word it
			// is followed by would not have fitted after it
			// (电话：0375-1234567 / 2022年，…: the year would have; the line
			// ended there, and the two numbers had read as one,
			// 12345672022年, silently). (Not any line so: a column's lines
			// in a copy laid out in two are short of the page's wrap, and
			// cut a number, 安排部署20 / 23年….) The word takes the closing
			// marks after it with it, which begin no line (…手册（202 /
			// 3）》，…: 3）》， did not fit).
			if w := p.cells(trimRight(l)); w < p.wrap-4 {
				k := 0
				for k < len(next) && next[k] < utf8.RuneSelf && next[k] != ' ' {
					k++
				}
				for i := k; i < len(next); {
					r, n := decodeRune(next[i:])
					if !strings.ContainsRune("）》」』】〕，。、；：！？”’", r) {
						break
					}
					k, i = k+2, i+n
				}
				return w+k >= p.wrap-4
			}
		}
		return true
	}
	k := 0
	for k < len(next) && next[k] < utf8.RuneSelf && next[k] != ' ' {
		k++
	}
	if k == 0 {
		return false
	}
	// With the slack fullAt allows: the wrap width is inferred, not known.
	_, runes := cellsRunes(trimRight(l))
	w := p.cells(trimRight(l))
	return p.wrap > 0 && w+1+k >= p.wrap-4 || p.wrap == 0 && p.wrapRunes > 0 && runes+1+k >= p.wrapRunes-2
}

// fullAt reports whether line l reaches the width wrap (in cells) or
// wrapRunes (in characters).
func fullAt(l string, wrap, wrapRunes int) bool {
	if wrap == 0 && wrapRunes == 0 {
		return false
	}
	// A character is a byte at least and a cell at most two bytes'
	// worth: a line shorter in bytes than either measure wants is not
	// full, and is let go without counting.
	if (wrap == 0 || len(l) < wrap-16) && (wrapRunes == 0 || len(l) < wrapRunes-12) {
		return false
	}
	l = trimRight(l)
	w, runes := cellsRunes(l)
	latinEnd := latinTail(l) // a Latin word that did not fit went to the next line
	if wrap > 0 {
		slack := 4
		if latinEnd {
			slack = 16
		}
		if w >= wrap-slack {
			return true
		}
	}
	if wrapRunes > 0 {
		slack := 2
		if latinEnd {
			slack = 12
		}
		if runes >= wrapRunes-slack {
			return true
		}
	}
	return false
}

// latinTail reports whether l ends with a Latin word, a figure or other
// ASCII, which a hard wrap may leave short by a word's width: not with a
// Chinese text's punctuation typed half-width after a Han character
// (…会议要求:, …传达学习全国两会精神,, …供图), …工作.), which ends the
// line as ：，）。 do, a cell short at most.
func latinTail(l string) bool {
	r, n := decodeLastRune(l)
	if r >= 0x2000 {
		return false
	}
	switch r {
	case ',', ':', ';', ')', '(', '!', '?', '.':
		p, _ := decodeLastRune(l[:len(l)-n])
		return p < 0x2000
	}
	return true
}

// parasSetIn reports whether the body, hard-wrapped, marks where its
// paragraphs begin, by an indent or a blank line: after a line that ends
// a sentence short of the wrap (a paragraph's last), the next line is
// indented or a blank line away, eight times in ten at least and eight
// times at least. There a line set flush right under a full line is a
// paragraph's rest whatever it begins with, a date too (…意向投资金额超
// 20 亿元。 / 11 月 12 日，市委书记…: the wrap put the date at the
// line's start). Measured once, when first asked.
func (p *parser) parasSetIn() bool {
	if p.setIn == 0 {
		p.setIn = 2
		n, k := 0, 0
		prev, blank := "", false
		for i := p.bodyStart; i < len(p.lines); i++ {
			l := p.lines[i]
			if p.isTransparent(i) {
				continue
			}
			if isBlank(l) {
				blank = true
				continue
			}
			if l[0] == '#' || l[0] == '|' || l[0] == '*' {
				// (A heading, a bold title, a table's row: no paragraph's,
				// set flush.)
				prev = ""
				continue
			}
			if prev != "" && closed(trimRight(prev)) && !p.full(prev) {
				n++
				if blank || p.indented(l) {
					k++
				}
			}
			prev, blank = l, false
		}
		if (p.wrap > 0 || p.wrapRunes > 0) && n >= 8 && k*10 >= n*8 {
			p.setIn = 1
		}
	}
	return p.setIn == 1
}

// indented reports whether l is indented more than most lines are: the
// first line of a paragraph in Chinese typesetting.
func (p *parser) indented(l string) bool {
	return indentCells(l) >= p.indent+2
}

func indentCells(l string) int {
	n, i := 0, 0
	for i+8 <= len(l) && l[i:i+8] == "        " {
		n, i = n+8, i+8 // pdftotext -layout indents by dozens
	}
	for i < len(l) {
		switch c := l[i]; {
		case c == ' ':
			n++
			i++
		case c == '\t':
			n += 4
			i++
		case c == 0xE3 && i+2 < len(l) && l[i+1] == 0x80 && l[i+2] == 0x80: // U+3000
			n += 2
			i += 3
		default:
			return n
		}
	}
	return n
}

// indentBytes is the length in bytes of l's indentation: the spaces,
// tabs and ideographic spaces indentCells counts (strings.TrimLeft with
// a non-ASCII cutset decodes every rune and searches the set for it).
func indentBytes(l string) int {
	i := 0
	for i+8 <= len(l) && l[i:i+8] == "        " {
		i += 8
	}
	for i < len(l) {
		if c := l[i]; c == ' ' || c == '\t' {
			i++
		} else if c == 0xE3 && i+2 < len(l) && l[i+1] == 0x80 && l[i+2] == 0x80 {
			i += 3
		} else {
			break
		}
	}
	return i
}

// cellsRunes returns the width of l as a PDF text layer lays it out (CJK
// characters and their punctuation two cells, Latin letters, digits and
// spaces one) and its number of characters. It finds where a text was
// hard-wrapped and is not for layout, so it is counted the fast way: a
// character of one byte takes one cell, one of three bytes two, and the
// rare ones of two or four bytes come out within half a cell.
func cellsRunes(l string) (w, n int) {
	n = runeCount(l)
	return n + (len(l)-n)/2, n
}

// trimRight removes spaces, tabs and ideographic spaces (E3 80 80) at
// the end of l, by their bytes.
func trimRight(l string) string {
	for n := len(l); n > 0; n = len(l) {
		switch {
		case l[n-1] == ' ' || l[n-1] == '\t':
			l = l[:n-1]
		case n >= 3 && l[n-1] == 0x80 && l[n-2] == 0x80 && l[n-3] == 0xE3:
			l = l[:n-3]
		default:
			return l
		}
	}
	return l
}

// runesBelow reports whether utf8.RuneCountInString(s) < n, on any
// bytes: the count is at most len(s), and at least runeCount(s) (each
// character it decodes has one byte that does not continue a character,
// and each invalid byte, counted one, one at most). Between the two, s is
// counted as the standard function counts it, by decodeRune (which reads
// Han in place, where it calls the runtime's decoder a character).
func runesBelow(s string, n int) bool {
	if len(s) < n {
		return true
	}
	if runeCount(s) >= n {
		return false
	}
	c := 0
	for i := 0; i < len(s); c++ {
		if c >= n {
			return false
		}
		_, w := decodeRune(s[i:])
		i += w
	}
	return c < n
}

// runeCount counts the characters of s, which is valid UTF-8 (the parser
// reads decoded text): the bytes that do not continue a character,
// counted eight at a time. utf8.RuneCountInString decodes every
// character, which on Chinese text made the measuring of lines a tenth
// of the parse.
func runeCount(s string) int {
	const hi = 0x8080808080808080
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		n -= bits.OnesCount64(x &^ (x << 1) & hi) // 10xxxxxx: bit 7 set, bit 6 clear
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// textColumn returns the cell where the text of a chronicle's day line
// begins when pdftotext -layout set the date and the text in two columns
// (    1月10日     召开…: a run of two spaces or more after the date),
// or -1. Its continuation lines stand in that column.
func textColumn(first string) int {
	in := indentCells(first)
	t := first[indentBytes(first):]
	if !eventStart(t) {
		return -1
	}
	i := strings.Index(t, "  ")
	if j := strings.Index(t, "\u3000"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return -1
	}
	date := t[:i]
	w, _ := cellsRunes(date)
	return in + w + indentCells(t[i:])
}

// measureSpacing sets p.doubled and p.lineParas from the body's lines.
//
// A copy set double-spaced puts a blank line after every line, a hard
// wrap's too: most lines full at the wrap width are followed by a blank
// line, where in a copy with a blank line between paragraphs hardly any
// are (only a paragraph whose last line happens to be full). There a
// blank line after a full line is no paragraph's end (see lineGap).
//
// A copy saved as text by Word or WPS sets each paragraph on one line
// with no blank line: the long lines that no wrap cut end a sentence
// (in a hard-wrapped copy most long lines are cut in mid-sentence).
// There a short line that ends no sentence over a long one (会议现场 /
// 会议强调，…) is a line of its own (see startsParagraph).
func (p *parser) measureSpacing() {
	full, fullGap, long, longClosed := 0, 0, 0, 0
	// A copy's spacing shows in its first few thousand lines of text; a
	// million-line copy is not measured to its end.
	seen := 0
	for i := p.bodyStart; i < len(p.lines) && seen < 5000; i++ {
		l := p.lines[i]
		if isBlank(l) || p.isTransparent(i) || len(l) < 12 {
			continue
		}
		seen++
		if p.full(l) {
			if i+2 < len(p.lines) && isBlank(p.lines[i+1]) && entryLead(p.lines[i+2]) {
				// A full line over a gap and a heading, a bold title or
				// a date says nothing of the spacing: an entry ends there
				// however the copy is spaced (and where every entry is
				// one line as wide as the next, it is no wrap's).
				continue
			}
			full++
			if i+2 < len(p.lines) && isBlank(p.lines[i+1]) && !isBlank(p.lines[i+2]) {
				fullGap++
			}
			continue
		}
		// (Four bytes a character at most: a line that long is long
		// without counting.)
		if len(l) >= 4*longPara+8 || len(l) >= longPara && runeCount(trimRight(l)) >= longPara {
			long++
			if closed(l) {
				longClosed++
			}
		}
	}
	// A wrap narrower than twenty characters is no page's: lines that
	// share such a width are short phrases (a chronicle's 秋七月，大水。).
	p.doubled = (p.wrap >= 40 || p.wrapRunes >= 20) && full >= 4 && fullGap*10 >= full*8
	p.lineParas = long >= 5 && longClosed*10 >= long*9
}

// entryLead reports whether l begins as an entry or a section may: a
// heading, a bold or tagged title, a date.
func entryLead(l string) bool {
	t := trim(l)
	return t != "" && (t[0] == '#' || t[0] == '*' || t[0] == '<' || startsWithMonthDay(t))
}

// longPara is the fewest characters of a line read as a paragraph set on
// one line: longer than a title or a caption.
const longPara = 40

// lineGap reports whether the blank line i of a double-spaced copy is a
// gap between two lines of one paragraph: the line above is full at the
// wrap width and text follows. Whether the paragraph goes on is then
// decided as in a copy without blank lines (startsParagraph).
//
// After a sentence that ended at the end of a full line, a short line
// that ends none is no paragraph's last line (that ends a sentence) but a
// title or a caption (…全部完成。 / blank / 旧志整理工作取得新进展): the gap
// is a paragraph's end.
func (p *parser) lineGap(i int) bool {
	if !p.doubled || i <= p.bodyStart || i+1 >= len(p.lines) || isBlank(p.lines[i+1]) || isBlank(p.lines[i-1]) || !p.full(p.lines[i-1]) {
		return false
	}
	next := p.lines[i+1]
	return !closed(p.lines[i-1]) || p.full(next) || closed(next)
}

// cellWidth is the width of l in cells, as cellsRunes measures it.
func cellWidth(l string) int {
	w, _ := cellsRunes(l)
	return w
}
