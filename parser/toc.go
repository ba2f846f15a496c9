package parser

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// toc finds the printed table of contents after the cover and reads it,
// with the masthead and distribution blocks that PDF conversion leaves in
// the middle of it. The body begins at the first line after it that
// belongs to none of them. Lines between the cover and the table of
// contents, and lines inside it, that are neither are kept in
// Issue.Unplaced with a warning: a table of contents is never read as
// body text, and nothing in it is dropped silently.
func (p *parser) toc() {
	if p.textHasLine("|") {
		p.headedTOCTables()
	}
	start := p.findTOC()
	if start < 0 || p.pageFirstBefore(start) {
		// Without a heading, a table of contents that prints its pages
		// first is found once its lines show that layout: where the
		// cover ends, before any later line that looks like one (a body
		// line with a run of spaces and a number), which would leave
		// the real one unread before it.
		if pf, _ := p.tocLayout(p.pos); pf {
			p.tocPF = true
			if s := p.findTOC(); s >= 0 && (start < 0 || s < start) {
				start = s
			} else {
				p.tocPF = false
			}
		}
	}
	if start >= 0 {
		p.pageRuns(start)
	}
	if start >= 0 && !p.tocPF {
		p.tocPF, p.tocCols = p.tocLayout(start)
	}
	if start < 0 && !p.tocPF {
		if s := p.headlessContents(p.pos); s >= 0 {
			start, p.tocHeadless = s, true
			// (Its titles then its pages, as pdfminer orders a page's
			// boxes: read as under 目录, the pages warned where they do not
			// pair, at its first line.)
			p.pageRun(s, s, true)
		}
	}
	if start < 0 {
		p.tocPF = false
		p.bodyStart = p.pos
		p.tocAtEnd()
		return
	}
	if p.tocPF && !p.tocCols {
		_, p.tocCols = p.tocLayout(start)
	}
	if p.prefaceHi != start {
		p.prefaceLo, p.prefaceHi = 0, 0
	}
	for i := p.pos; i < start; i++ {
		if i >= p.prefaceLo && i < p.prefaceHi {
			continue // the editors' note, an entry of the body (preface)
		}
		p.unplaced(i, "not understood as part of the cover (before the table of contents): %q")
	}
	p.pos = start
	p.readTOC(start)
	p.marginSections()
	if len(p.iss.TOC) == 0 && contentsHeading(trim(p.lines[start])) {
		// 目录 over a line not understood (……（S）): the lines under it are
		// left to the body, where they read as untitled text.
		under := ""
		if k := p.nextText(start + 1); k >= 0 {
			under = clipText(trim(p.lines[k]), 16)
		}
		p.warn(start+1, "a contents heading over no line read as a table of contents: %q", under)
	}
	p.outlineTitles()
	p.parenPages()
	p.bodyStart = p.pos
}

// headlessContents returns the first line of a table of contents that
// lost its heading (an image, a PDF's contents page converted without
// it), at from, where the cover ends, or -1. Its lines print no page,
// or tocEntries had found them: a run of short lines, no sentence among
// them, before the first text, most of which the body repeats further
// down as its titles and columns' names:
//
//	时政要闻
//	全市网络文明大会召开
//	市委理论学习中心组举行集体学习研讨
//	时政要闻
//	全市网络文明大会召开
//	　　11月3日，全市网络文明大会召开。…
//
// The run ends where a line repeats one of it (the body's first) or
// text begins. A copy that starts with its first column (时政要闻 /
// ### 会议甲召开 / 11月3日，…) repeats none of its lines: no contents. (The
// lines had been read as the body's, the titles as entries of no text
// and the names as sections of none, silently: a contents line is never
// an entry.)
func (p *parser) headlessContents(from int) int {
	const most = 60 // lines: a contents page of no pages is shorter
	first, n, end := -1, 0, -1
	for i := from; i < len(p.lines) && n <= most; i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) || rule(l) {
			continue
		}
		if bodyLike(l) || len(l) > 40*3 {
			end = i
			break
		}
		if first < 0 {
			first = i
		}
		n++
	}
	if first < 0 || n < 2 || end < 0 || n > most {
		return -1
	}
	keys := make(map[string]int, n) // the run's keys, and how often the body repeats each
	var order []string
	for i := first; i < end; i++ {
		if t := headlessTitle(trim(p.lines[i])); t != "" && !p.isTransparent(i) {
			k := p.foldString(t)
			if _, ok := keys[k]; ok {
				end = i // the body's first line, repeating the contents' (## 时政要闻)
				break
			}
			keys[k] = 0
			order = append(order, k)
		}
	}
	if len(keys) < 2 {
		return -1
	}
	found := 0
	for i := end; i < len(p.lines) && found < len(keys); i++ {
		l := p.lines[i]
		if len(l) > 300 || isBlank(l) || p.isTransparent(i) {
			continue
		}
		l = trim(l)
		t := headlessTitle(l)
		if t != "" {
			if c, ok := keys[string(p.fold(t))]; ok {
				if c == 0 {
					keys[string(p.fold(t))] = 1
					found++
				}
				continue
			}
		}
		if found == 0 && !bodyLike(l) {
			// 工作动态 / ### 会议甲召开 / 5月10日，… / ### 会议乙召开: the body's
			// first title is none of the run's, which was the body's own
			// first lines (two briefings alike in one file repeat them).
			return -1
		}
		if len(l) <= 12*3 && contentsHeading(l) {
			break // 本期目录 at the end: the contents, not the body, repeat them
		}
	}
	if found < 2 || 2*found < len(keys) {
		return -1
	}
	return first
}

// listedTitle reports whether t is the title of one of entries, folded.
func (p *parser) listedTitle(entries []model.TOCEntry, t string) bool {
	if t == "" {
		return false
	}
	f := p.foldString(t)
	for _, e := range entries {
		if string(p.fold(e.Title)) == f {
			return true
		}
	}
	return false
}

// headlessTitle is l, a line of a contents with no heading or of the
// body, as the two print a title alike: without its heading marks, bold,
// bullet or number (## 时政要闻, **鹰城至郑州城际公交开通** 3月12日，…,
// ◎县史志办召开工作会议, 一、…); "" for a figure alone (a page).
func headlessTitle(l string) string {
	l = stripHeading(l)
	if t, _, ok := leadingBold(l); ok {
		l = t
	}
	l = pagelessTitle(trim(stripMarkup(listItem(l))))
	if l == "" || asciiDigits(l) {
		return ""
	}
	return l
}

// parenPages reads the pages of a table of contents that prints each in
// brackets before its title, as some typesetters do ((1)县委常委会召开会议,
// （3）…): read as a list's numbers, 1. and （一） are, the titles had no
// page. They are pages where every entry has one so and none other, and
// the figures never go down, and they are no list's numbers: one repeats
// or skips (1, 1, 3, 5), where a list goes up by one, from 1 again in
// each section. Pages that go 1, 2, 3 stay numbers: no page is given, and
// each entry is a warning.
func (p *parser) parenPages() {
	var nums []int
	numbered := true // each figure the one before and one, or 1 at a section's start
	for _, s := range p.iss.TOC {
		start := true
		for _, e := range s.Entries {
			if e.Page != 0 {
				return
			}
			n, _, ok := parenNumber(listItem(trim(e.Title)))
			if !ok {
				// A line with no figure: a section's name, not told
				// apart yet from the titles of a contents with no pages.
				nums = append(nums, 0)
				start = true
				continue
			}
			prev := 0
			for k := len(nums) - 1; k >= 0 && prev == 0; k-- {
				prev = nums[k]
			}
			if n < prev && !(start && n == 1) {
				return
			}
			if n != prev+1 && !(start && n == 1) {
				numbered = false
			}
			nums = append(nums, n)
			start = false
		}
	}
	paged := 0
	for i, n := range nums {
		if n == 0 {
			continue
		}
		paged++
		for k := i - 1; k >= 0; k-- {
			if nums[k] != 0 {
				if n < nums[k] {
					return // a section's 1 after a higher page: a list after all
				}
				break
			}
		}
	}
	if paged < 2 || numbered {
		return
	}
	i := 0
	for k := range p.iss.TOC {
		for j := range p.iss.TOC[k].Entries {
			if e := &p.iss.TOC[k].Entries[j]; nums[i] != 0 {
				_, rest, _ := parenNumber(listItem(trim(e.Title)))
				e.Title, e.Page, e.LastPage = trim(rest), nums[i], nums[i]
			}
			i++
		}
	}
}

// parenNumber reads the figure in brackets a line begins with ((1),
// （12）) and returns it and what follows.
func parenNumber(l string) (int, string, bool) {
	var rest string
	switch {
	case strings.HasPrefix(l, "（"):
		rest = l[len("（"):]
	case strings.HasPrefix(l, "("):
		rest = l[1:]
	default:
		return 0, "", false
	}
	k := leadingDigits(rest, 0)
	if k == 0 || k > 3 {
		return 0, "", false
	}
	n, ok := digitsValue(rest[:k])
	if !ok {
		return 0, "", false
	}
	if after, ok := strings.CutPrefix(rest[k:], "）"); ok {
		return n, after, true
	}
	if after, ok := strings.CutPrefix(rest[k:], ")"); ok {
		return n, after, true
	}
	return 0, "", false
}

// outlineTitles takes the decimal outline numbers out of the titles of a
// table of contents that numbers its entries so (1.1 会议甲召开, 1.2 …,
// 2.1 …), as it takes 1. and （一） out: the number is no part of the
// title. Only where two entries at least are numbered, the first
// x.1, and each number after the one before it or the first of a new
// part (x.1): 5.12 汶川地震纪念 in a list numbered otherwise is a title.
func (p *parser) outlineTitles() {
	var prev, cur []int
	n := 0
	for _, s := range p.iss.TOC {
		for _, e := range s.Entries {
			k := outlineNumber(e.Title)
			if k == 0 {
				continue
			}
			cur = outlineNums(cur, e.Title[:k])
			last := cur[len(cur)-1]
			next := last == 1 || len(prev) == len(cur) && slices.Equal(prev[:len(prev)-1], cur[:len(cur)-1]) && prev[len(prev)-1]+1 == last
			if !next {
				return
			}
			prev, cur = cur, prev
			n++
		}
	}
	if n < 2 {
		return
	}
	for i := range p.iss.TOC {
		for j := range p.iss.TOC[i].Entries {
			e := &p.iss.TOC[i].Entries[j]
			e.Title = e.Title[outlineNumber(e.Title):]
		}
	}
}

// maxEndContents is the most lines of text tocAtEnd reads back from the
// end of the file for contents printed there.
const maxEndContents = 400

// tocAtEnd reads a table of contents printed after the last article, as
// some offices print it on the back cover: a contents heading (目录) after
// the body's last sentence, and under it lines of a table of contents to
// the end of the copy, two with a page at least. It is read as one at the
// front is, and taken out of the body, which ends above its heading; a
// line under the heading it cannot read is kept with a warning, as at the
// front. Such lines with no heading are read as body text, with a
// warning: an article may end with a list of titles and pages.
func (p *parser) tocAtEnd() {
	h, paged, first := -1, 0, -1
	// A contents page is a few hundred lines at most: a file that ends
	// with more lines none of which ends a sentence (a million headings)
	// is not looked through to its start.
	seen := 0
	for i := len(p.lines) - 1; i > p.pos && seen < maxEndContents; i-- {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		seen++
		if contentsHeading(l) {
			h = i
			break
		}
		if indexHeading(l) {
			return // ## 索引 over its terms and pages: the issue's index, body text of its own
		}
		if dashBorder(l) {
			return // pandoc's simple table (  ---- ---- / 行政复议   37 / …): its rows, no contents
		}
		if bodyLike(l) {
			break
		}
		if tocPaged(l) {
			paged++
			first = i
		}
	}
	if paged < 2 {
		return
	}
	if h < 0 {
		if p.indexAbove(first) {
			return
		}
		p.warn(first+1, "the copy ends with lines that read as a table of contents with no heading, read as body text: %q", clipText(trim(p.lines[first]), 40))
		p.contentsWarned = true
		return
	}
	for k := h - 1; k > p.pos; k-- {
		// 目　录 / CONTENTS: the heading in two languages, the first
		// the contents' too.
		if l := trim(p.lines[k]); l != "" && !p.isTransparent(k) {
			if contentsHeading(l) {
				h = k
			}
			break
		}
	}
	body := p.pos
	p.pos = h
	p.tocPF, p.tocCols = p.tocLayout(h)
	p.readTOC(h)
	p.outlineTitles()
	p.parenPages()
	for i := p.pos; i < len(p.lines); i++ {
		p.unplaced(i, "not understood as a line of the table of contents: %q")
	}
	p.lines = p.lines[:h]
	p.pos = body
}

// indexAbove reports whether an index's heading stands a few lines over
// line i, above the note that says how the index is ordered (索　　引 /
// Index / 说明：本索引按汉语拼音字母顺序排列。…): the terms under it are
// the index's, no table of contents.
func (p *parser) indexAbove(i int) bool {
	for k, n := i-1, 0; k > p.pos && n < 4; k-- {
		l := trim(p.lines[k])
		if l == "" || p.isTransparent(k) {
			continue
		}
		if indexHeading(l) {
			return true
		}
		n++
	}
	return false
}

// indexHeading reports whether l heads an index (索引, 主题索引, 人名索引:
// terms and their pages), which an issue or a volume prints after its
// articles: a list of its own, not a table of contents.
func indexHeading(l string) bool {
	if len(l) > 60 || !strings.Contains(l, "索") {
		return false
	}
	if _, t, ok := heading(l); ok {
		l = t
	}
	k := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\t' {
			return -1
		}
		return r
	}, stripMarkup(l))
	switch k {
	case "索引", "主题索引", "关键词索引", "人名索引", "地名索引", "条目索引", "分类索引":
		return true
	}
	return false
}

// leftColumnName splits the title of line i of a table of contents that
// sets its sections in a column left of their titles (时政要闻　　县委常委会
// 召开会议……1 / 　　　　　县政府常务会议召开……2): a short name, a wide gap
// (two ideographic spaces, or three spaces), and the title, over a line
// indented as the titles under the name are. A title with a gap of its
// own (不忘初心　　牢记使命) that this splits names a section the body does
// not have, which is a warning.
func (p *parser) leftColumnName(i int, title string) (name, rest string, ok bool) {
	if strings.IndexByte(title, ' ') < 0 && strings.IndexByte(title, 0xE3) < 0 {
		return "", "", false // no space, no U+3000 (E3 80 80): no gap, by two byte searches
	}
	k, gap := strings.Index(title, "\u3000\u3000"), len("\u3000\u3000")
	if k < 0 {
		k, gap = strings.Index(title, "   "), 3
	}
	if k <= 0 {
		return "", "", false
	}
	name, rest = trim(title[:k]), trim(title[k+gap:])
	if _, ok := authorColumn(title); ok && columnGap(rest, 0) < 0 {
		return "", "", false // 说方志      欧阳晓明: a title and its author
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 8 || utf8.RuneCountInString(rest) < 4 ||
		containsAnyOf(name, "，。；：,;:、“”\"") || leadingDigits(name, 0) > 0 || leadingDigits(rest, 0) > 0 {
		return "", "", false
	}
	j := i + 1
	for j < len(p.lines) && (isBlank(p.lines[j]) || p.isTransparent(j)) {
		j++
	}
	if j >= len(p.lines) || !startsIndented(p.lines[j]) {
		return "", "", false
	}
	return name, rest, true
}

// marginSections makes a section of each line of a table of contents
// that is set out at the sections' names' margin with a page, where the
// names stand at the margin without pages and the titles under them are
// indented: 卷首语……1 / 时政要闻 / 　　会议甲召开……2 / 大事记……5 / 征稿启事……
// 8. Such a line is a column of one piece or a list (a chronicle, a
// notice), printed with its page; it had been the last title of the
// section above, and the body's column of that name that section's last
// article. The line stays the new section's entry, so that the column
// takes its page as a section named in the contents does.
func (p *parser) marginSections() {
	toc := p.iss.TOC
	named, indented, margin := 0, 0, 0
	for _, s := range toc {
		if s.Name != "" {
			if s.Line < 1 || s.Line > len(p.lines) || startsIndented(p.lines[s.Line-1]) {
				return
			}
			named++
		}
	}
	if named == 0 {
		return // (a list of titles alone: nearly every long one, let go before its lines are read)
	}
	for _, s := range toc {
		for _, e := range s.Entries {
			switch {
			case e.Line < 1 || e.Line > len(p.lines):
				return
			case startsIndented(p.lines[e.Line-1]):
				indented++
			case marginName(e):
				margin++
			default:
				return // a title at the margin too: the layout is not this one
			}
		}
	}
	if indented < 2 || margin == 0 {
		return
	}
	out := make([]model.TOCSection, 0, len(toc)+margin)
	for _, s := range toc {
		cur := model.TOCSection{Name: s.Name, Line: s.Line}
		lo := 0
		for j, e := range s.Entries {
			if !marginName(e) || startsIndented(p.lines[e.Line-1]) || j == 0 && e.Title == s.Name {
				continue // (the first a column readTOC read so: its own already)
			}
			if j > lo {
				cur.Entries = s.Entries[lo:j:j]
			}
			if cur.Name != "" || j > lo {
				out = append(out, cur)
			}
			cur, lo = model.TOCSection{Name: e.Title, Line: e.Line}, j
		}
		if lo < len(s.Entries) {
			cur.Entries = s.Entries[lo:len(s.Entries):len(s.Entries)]
		}
		out = append(out, cur)
	}
	p.iss.TOC = out
}

// marginName reports whether e, a line of a table of contents, could name
// a column: a page, and a short name with no stop or comma.
func marginName(e model.TOCEntry) bool {
	n := utf8.RuneCountInString(e.Title)
	return e.Page > 0 && n >= 2 && n <= 12 && !hasStop(e.Title) && !containsAnyOf(e.Title, "，；：,;:")
}

// startsIndented reports whether l begins with white space: a space, a tab
// or an ideographic space.
func startsIndented(l string) bool {
	return l != "" && (l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(l, "\u3000"))
}

// tocPaged reports whether l is a line of a table of contents that gives
// a page: title and page, page and title (6　title), or the page alone
// under its title, as pdftotext prints a contents page without -layout.
func tocPaged(l string) bool {
	if _, _, _, ok := tocEntry(l); ok {
		return true
	}
	if _, _, ok := pageRange(l); ok {
		return true
	}
	_, _, _, ok := pageFirstEntry(l)
	return ok
}

// readTOC reads the table of contents that begins at start, p.pos, up to
// the first line that is not part of it, where it leaves p.pos.
func (p *parser) readTOC(start int) {
	iss := p.iss
	cur := -1 // index in iss.TOC of the section entries go to
	inRule := false
	// The entries of every section are gathered in one slice, sized by
	// the lines before the first that reads as body text, and handed out
	// at the end, as the body's are (bodyBuilder.handOut).
	all := make([]model.TOCEntry, 0, p.tocLines(start))
	var runs []int // runs[k]: where section k's entries begin in all
	newSection := func(s model.TOCSection) {
		iss.TOC = append(iss.TOC, s)
		runs = append(runs, len(all))
		cur = len(iss.TOC) - 1
	}
	add := func(title string, page, last, line int) {
		if t, ok := authorColumn(title); ok {
			title = t
		}
		if cur < 0 {
			newSection(model.TOCSection{})
		}
		if len(all) == cap(all) {
			all = slices.Grow(all, max(len(all), 8)) // double: see newEntry
		}
		all = append(all, model.TOCEntry{Title: title, Page: page, LastPage: last, Line: line})
		if page > 0 && line > 0 && line <= len(p.lines) {
			if l := trimRight(p.lines[line-1]); l != "" && ocrTail(l) {
				if _, n, ocr := ocrPage(l); ocr && n == page {
					p.warn(line, "%q has a letter for a digit in its page (OCR?): read as %d", clipText(trim(l), 12), page)
				}
			}
		}
	}
	defer func() {
		if cap(all)-len(all) > len(all)/8 {
			all = slices.Clip(slices.Clone(all))
		}
		for k := range iss.TOC {
			lo, hi := runs[k], len(all)
			if k+1 < len(runs) {
				hi = runs[k+1]
			}
			if hi > lo {
				iss.TOC[k].Entries = all[lo:hi:hi]
			}
		}
	}()
	if end, ok := p.tocHTMLTable(start, newSection, add); ok {
		p.pos = end // (read whole, as tocTable3's)
	} else if end, ok := p.tocTable3(start, newSection, add); ok {
		// Read whole: the body follows it, which the lines below
		// would take for more of a contents that prints no pages.
		p.pos = end
	} else if end, ok := p.tocTablePairs(start, newSection, add); ok {
		p.pos = end // (read whole, as tocTable3's)
	} else {
		p.tocTable(start)
	}
	p.singleSpacePages(start)
	// After a contents heading, a table of contents that prints no pages
	// is still one: its lines are read until the body repeats one of them
	// or text begins.
	contents, paged := p.tocHeadless, false
	pageBelow := false   // the pages stand on lines of their own, under their titles
	lastAdd := -1        // the line of the last title read without a page
	namedBlocks := false // a section was named by a line over a block of titles (namesTitles)
	wasTable := false    // the line before was a row of a masthead table
	seen := make(map[string]bool)
	lastEntry := -1       // the line of the last entry read alone (singleEntry)
	figures := false      // under 图表目录: lines that list pictures, not entries
	boxAt, boxAll := 0, 0 // where a box of highlights (本期导读) began in iss.TOC and all
	// secIndent is how far the columns' names are set in (-1 until one is
	// read), entryIndent how far the last title read alone was: a short
	// title set out as the names are, under titles set deeper, is a column.
	secIndent, entryIndent := -1, -1
	levels := false // a county's name was read under its column's (deeperName)
	for p.pos < len(p.lines) {
		l := trim(p.lines[p.pos])
		num := p.pos + 1
		if !strings.HasPrefix(l, "|") {
			wasTable = false
		}
		switch {
		case l == "" || p.isTransparent(p.pos):
			p.pos++
			continue
		case p.tocRunningHead(p.pos, l):
			p.addFurniture(p.pos, model.RunningHead, p.lines[p.pos])
			p.pos++
			continue
		case contentsHeading(l):
			contents, figures = true, false
			if paged && len(all) > 0 && p.englishTOC == 0 && (l[0] == 'C' || l[0] == 'c' || l[0] == '#' || l[0] == '*') {
				if name := trim(stripMarkup(stripHeading(l))); strings.EqualFold(unspace(name), "CONTENTS") {
					// CONTENTS under 目　录's lines: the English contents, a
					// section of their own (they had been the Chinese
					// contents' last section's lines).
					newSection(model.TOCSection{Name: name, Line: num})
					p.englishTOC = len(iss.TOC)
					p.pos++
					continue
				}
			}
			box := highlightsHeading(l)
			if box && paged && len(all) > 0 {
				// 目　录 over every title, then 本期导读 over a few of
				// them again: the box is passed over, its titles listed
				// already (it had been the body's untitled text before its
				// first column, warned).
				listed := func(t string) bool {
					f := p.foldString(pagelessTitle(trim(stripMarkup(listItem(t)))))
					for _, e := range all {
						if p.foldString(e.Title) == f {
							return true
						}
					}
					return false
				}
				j, again := p.pos+1, 0
				for ; j < len(p.lines); j++ {
					if t := trim(p.lines[j]); t != "" && !p.isTransparent(j) {
						if !listed(t) {
							break
						}
						again++
					}
				}
				if again > 0 {
					p.pos = j
					continue
				}
			}
			if p.tocHighlights && !box && len(iss.TOC) >= boxAt {
				// 本期导读 over a few titles, then 目　录 over every one:
				// the box repeats what the contents list, so only the
				// contents are kept (each title the box named had been
				// listed twice, and warned of as one the body lacks).
				iss.TOC, runs, all, cur = iss.TOC[:boxAt], runs[:boxAt], all[:boxAll], boxAt-1
				clear(seen)
			}
			if box {
				boxAt, boxAll = len(iss.TOC), len(all)
			}
			p.tocHighlights = box
			p.pos++
			continue
		case (l[0] == '#' || l[0] == '*' || l[0] >= 0x80) && figureListHeading(l):
			// 图表目录 under the contents: a list of the pictures and
			// tables (图1 会议现场……1), whose lines are no entry's; they
			// had been the contents' lines the body lacks, and a caption
			// in the body an entry.
			figures = true
			p.pos++
			continue
		case tocHeaderRow(l):
			// 栏  目　　篇  目　　页码: the columns' heads over a contents
			// page set as a table, markup.
			p.addFurniture(p.pos, model.Markup, p.lines[p.pos])
			p.pos++
			continue
		case rule(l):
			// Masthead and distribution blocks sit between rules.
			inRule = true
			p.pos++
			continue
		}
		if p.tocCols && columnGap(l, 0) >= 0 {
			if items, next, ok := p.columnBlock(p.pos); ok {
				for _, it := range items {
					if it.name {
						newSection(model.TOCSection{Name: it.title, Line: it.line})
					} else {
						add(it.title, it.page, it.last, it.line)
						paged = true
					}
					if contents {
						seen[p.foldString(it.title)] = true
					}
				}
				p.pos = next
				continue
			}
		}
		if figures {
			if _, _, _, ok := p.singleEntry(l); ok {
				p.pos++
				continue
			}
			figures = false
		}
		if title, page, last, ok := p.singleEntry(l); ok {
			if in := indentCells(p.lines[p.pos]); secIndent >= 0 && in == secIndent && entryIndent > in && (levels && runeCount(title) <= 8 || runeCount(title) <= 4) {
				// 县区动态 / 　舞阳县 / 　　title …… 2 / 简讯 …… 4: a short
				// title set out as the columns' names are, under the titles
				// set deeper, is a column that prints its page (it had been
				// an entry of the column before, its items too): four
				// characters at most, a column's name (简讯, 人事任免), or
				// eight in a contents of three levels. (A longer one in a
				// contents of two stays a title here: 分组讨论发言摘编 …… 19,
				// which marginSections reads where the layout is plain.)
				// The line stays the column's entry, so that the column
				// takes its page (see marginSections).
				newSection(model.TOCSection{Name: title, Line: num})
				add(title, page, last, num)
				if contents {
					seen[p.foldString(title)] = true
				}
				paged = true
				lastEntry = p.pos
				p.pos++
				continue
			}
			entryIndent = indentCells(p.lines[p.pos])
			if name, rest, ok := p.leftColumnName(p.pos, title); ok {
				newSection(model.TOCSection{Name: name, Line: num})
				if contents {
					seen[p.foldString(name)] = true
				}
				title = rest
			}
			add(title, page, last, num)
			if contents {
				seen[p.foldString(title)] = true
			}
			paged = true
			lastEntry = p.pos
			p.pos++
			continue
		}
		if p.tocPF && lastEntry >= 0 && p.prevText(p.pos) == lastEntry && len(all) > 0 {
			// A page-first title the layout wrapped: 2　全市春季植树造林动员会 /
			// 召开. The page came first, so nothing on the line says that
			// it goes on; the body does, where the joined title is.
			e := &all[len(all)-1]
			if joined := p.join(e.Title, trim(stripMarkup(l))); p.wrapsTitle(e.Title, joined, l) {
				e.Title = joined
				if contents {
					seen[p.foldString(joined)] = true
				}
				lastEntry = p.pos
				p.pos++
				continue
			}
		}
		if p.masthead(inRule) {
			continue
		}
		if len(iss.Masthead) > 0 && coverNotice(l) {
			// （内部资料 免费交流） with the masthead printed on the contents'
			// page: its notice, as on a cover (it had been the body's
			// text, before its first section).
			iss.Masthead = append(iss.Masthead, model.Field{Value: l})
			p.pos++
			continue
		}
		if strings.HasPrefix(l, "|") {
			// A masthead as a Markdown table, row by row.
			st := coverState{inRule: inRule}
			if n, ok := p.coverTable(p.pos, wasTable, &st); ok {
				p.pos += n
				wasTable = true
				continue
			}
		}
		if title, page, last, n, ok := p.wrappedEntry(p.pos); ok {
			add(title, page, last, num)
			p.pos += n
			continue
		}
		if name, ok := tocHeading(l); ok && (p.tocFollows(p.pos+1) || p.deeperName(p.pos)) {
			if p.tocHighlights && !paged && len(iss.TOC) > boxAt && p.tocFollows(p.pos+1) {
				// # 本期要目 / # 会议甲召开 / … / # 时政要闻 / 会议甲召开……3: a
				// column's name over titles with pages, after a box that
				// printed none, begins the contents whose heading was lost
				// (# 目录, an image): the box gives way to them, as to 目录
				// (its titles had been read on as the contents' columns).
				iss.TOC, runs, all, cur = iss.TOC[:boxAt], runs[:boxAt], all[:boxAll], boxAt-1
				clear(seen)
				p.tocHighlights = false
			}
			levels = levels || !p.tocFollows(p.pos+1)
			newSection(model.TOCSection{Name: name, Line: num})
			if secIndent < 0 || indentCells(p.lines[p.pos]) < secIndent {
				secIndent = indentCells(p.lines[p.pos]) // (the top level's: a county under its column is deeper)
			}
			if contents {
				seen[p.foldString(name)] = true
			}
			p.pos++
			continue
		}
		if page, last, ok := pageRange(l); ok && page < 1000 && contents && len(all) > 0 && all[len(all)-1].Page == 0 && lastAdd == p.prevText(p.pos) {
			// The page on a line of its own under its title, as pdftotext
			// prints a contents page without -layout: 会议甲召开 / 6. A title
			// with no page above it is a section's name (时政要闻).
			e := all[len(all)-1]
			if n := len(all); n >= 2 && all[n-2].Page == 0 && runs[len(runs)-1] <= n-2 {
				name := all[n-2]
				all = all[:n-2]
				if cur >= 0 && iss.TOC[cur].Name == "" && runs[cur] == len(all) {
					// The section add opened for it, unnamed: it is this one.
					iss.TOC[cur].Name, iss.TOC[cur].Line = name.Title, name.Line
				} else {
					newSection(model.TOCSection{Name: name.Title, Line: name.Line})
				}
			} else {
				all = all[:len(all)-1]
			}
			add(e.Title, page, last, e.Line)
			pageBelow = true
			p.pos++
			continue
		}
		if contents && (!paged || pageBelow) && (len(all) > 0 || len(iss.TOC) > 0) && p.headingOverBody(p.pos) {
			// ## 一、重要会议 / ### 市委常委会召开会议 / 11月6日，…: the body's
			// first section, under a list of titles that prints no pages
			// (a 本期要目 box), not the list's.
			break
		}
		if contents && p.tocHighlights && len(all) > 0 && !seen[string(p.fold(l))] {
			// 本期要目 / 一、… / 二、… / 工作动态 / 一、…: the line over the
			// first title the box listed, repeated, is the body's column (it
			// had been the box's last entry, and the body had lost it).
			if j := p.nextText(p.pos + 1); j >= 0 && seen[string(p.fold(trim(p.lines[j])))] {
				break
			}
		}
		if p.tocHeadless && len(all) > 0 && runeCount(headlessTitle(l)) <= 8 && !seen[string(p.fold(l))] {
			// 一、市史志办召开…推进会 / … / **工作动态** / **一、市史志办召开…推进会**:
			// in contents that lost their heading, a short line over a
			// title they listed, repeated, is the body's column, as in a
			// box of highlights above (one over a name they listed, ##
			// 时政要闻, or over the body's first text, **会议甲召开** 3月5日，…,
			// or a longer one, is their last title).
			if j := p.nextText(p.pos + 1); j >= 0 && !bodyLike(trim(p.lines[j])) && p.listedTitle(all, headlessTitle(trim(p.lines[j]))) {
				break
			}
		}
		// (A title marked as the ones before it were, ◎县领导调研地方志工作,
		// is the list's last even where text follows it.)
		if contents && (!paged || pageBelow) && !bodyLike(l) && !seen[string(p.fold(l))] && !seen[string(p.fold(sectionName(stripHeading(l))))] &&
			(!p.bodyFollows(p.pos+1) || lastAdd >= 0 && listItem(l) != l && listItem(trim(p.lines[lastAdd])) != trim(p.lines[lastAdd]) ||
				namedBlocks && lastAdd == p.pos-1) {
			// (A line in the block of the title read last, where
			// blocks of titles are under their sections' names, is the
			// block's last title, text under it or not.)
			if name, ok := explicitHeading(l); ok && !((p.tocHighlights || p.tocHeadless && p.boldRun(p.pos, lastAdd)) && boldLineOnly(l)) && !((p.tocHighlights || p.tocHeadless) && p.enumeratedRun(p.pos, lastAdd)) {
				newSection(model.TOCSection{Name: name, Line: num})
				// (Its name as the body prints it over its column, a
				// plain line, 时政要闻 atop the first page: the contents
				// have ended; it had been their last entry.)
				seen[p.foldString(name)] = true
			} else if p.namesTitles(p.pos, lastAdd, namedBlocks) {
				// 时政要闻 / - 会议甲召开 / - …: a plain line over a list
				// of titles is the list's section (the contents had
				// been one nameless section, the names among the
				// titles, and the body's columns not read).
				name := sectionName(listItem(l))
				newSection(model.TOCSection{Name: name, Line: num})
				seen[p.foldString(name)] = true
				if j := p.nextText(p.pos + 1); j >= 0 && listItem(trim(p.lines[j])) == trim(p.lines[j]) {
					namedBlocks = true
				}
			} else {
				add(pagelessTitle(trim(stripMarkup(listItem(l)))), 0, 0, num)
				lastAdd = p.pos
			}
			seen[p.foldString(l)] = true
			p.pos++
			continue
		}
		if l[0] < utf8.RuneSelf && len(all) > 0 && latinSubtitle(l) {
			if k := p.prevText(p.pos); k >= 0 && trim(p.lines[k])[0] >= 0xE3 {
				// 概　　况……4 / General Situation: the English of the line
				// above, as a bilingual contents sets it under each (with
				// no page of its own): its typesetting, as under a 类目's
				// name in the body.
				p.addFurniture(p.pos, model.Markup, p.lines[p.pos])
				p.pos++
				continue
			}
		}
		if !bodyLike(l) && p.tocFollows(p.pos+1) {
			p.unplaced(p.pos, "not understood as a line of the table of contents: %q")
			p.pos++
			continue
		}
		break
	}
	if len(iss.TOC) > 1 || len(iss.TOC) == 1 && iss.TOC[0].Name != "" {
		// A list with sections is the issue's contents, whatever its
		// heading calls it.
		p.tocHighlights = false
	} else if p.tocHeadless && len(iss.TOC) == 1 && !paged {
		// A list of titles with no section and no page, whose heading
		// the copy lost (本期要目 or 目录?): read as a box of highlights,
		// which may list some titles, not all, and names no column (the
		// body's columns, **工作动态**, had been titles it lacked).
		p.tocHighlights = true
	}
}

// namesTitles reports whether line i of a contents that prints no pages,
// a plain line, names the titles under it: short, no date, office or
// notice, a blank line above it; and the next line is a list item, as the
// title read last (at line last) was, if any (时政要闻 / - 会议甲召开); or,
// where no line is a list item, the line is alone between blank lines
// over a block of two titles or more, and another such line names the
// next block, or one did the block before (pdftotext of a contents page:
// 时政要闻 / / 会议甲召开 / 会议乙召开). A section of one title is not
// told from a title there. (A plain line right under a bulleted title is
// the rest of it the wrap cut, no name: it is not alone.)
func (p *parser) namesTitles(i, last int, named bool) bool {
	l := trim(p.lines[i])
	if u := listItem(l); u != l && l[0] == '-' {
		// - 时政要闻 / / 会议甲召开 / 会议乙召开 / / - 领导活动: the names the
		// list's items, alone between blank lines, over blocks of plain
		// titles (a page's list of columns, its titles lines of a
		// paragraph): the inverse of the above, asked as strictly (the
		// names had been titles, and the body's ## 时政要闻 an entry,
		// silently).
		if !p.nameLike(i, u) || last >= 0 && listItem(trim(p.lines[last])) != trim(p.lines[last]) {
			return false
		}
		j := p.nextText(i + 1)
		end := p.titleBlock(i, j)
		if end < 0 {
			return false
		}
		if named {
			return true
		}
		k := p.nextText(end)
		if k < 0 {
			return false
		}
		t := trim(p.lines[k])
		n := listItem(t)
		return n != t && t[0] == '-' && p.nameLike(k, n) && p.titleBlock(k, p.nextText(k+1)) >= 0
	}
	if !p.nameLike(i, l) {
		return false
	}
	j := p.nextText(i + 1)
	if j < 0 {
		return false
	}
	if t := trim(p.lines[j]); listItem(t) != t {
		if last >= 0 {
			if t := trim(p.lines[last]); listItem(t) == t {
				return false
			}
		}
		return true
	}
	if last >= 0 {
		if t := trim(p.lines[last]); listItem(t) != t {
			return false
		}
	}
	end := p.titleBlock(i, j)
	if end < 0 {
		return false
	}
	if named {
		return true
	}
	// The first name: another must follow, over the next block.
	k := p.nextText(end)
	return k >= 0 && p.nameLike(k, trim(p.lines[k])) && p.titleBlock(k, p.nextText(k+1)) >= 0
}

// nameLike reports whether l, line i, may be a section's name in a
// contents without pages: no list item, short, a blank line above and
// below, no figure, and no office, date or notice a cover prints.
func (p *parser) nameLike(i int, l string) bool {
	if listItem(l) != l || p.tocHighlights || i == 0 || !isBlank(p.lines[i-1]) || i+1 >= len(p.lines) || !isBlank(p.lines[i+1]) ||
		len(l) > 16*3 || runeCount(l) > 16 || strings.ContainsAny(l, "0123456789０１２３４５６７８９") {
		return false
	}
	return !officeAlone(l) && !coverNotice(l)
}

// titleBlock returns the line after the block of titles at line j, under
// the name at line i, or -1 where it is no such block: two plain lines or
// more, none of them ending with a figure (a contents that prints pages
// has not shown them yet). j < 0 is no block.
func (p *parser) titleBlock(i, j int) int {
	if j < 0 || j+1 >= len(p.lines) || isBlank(p.lines[j+1]) {
		return -1
	}
	k := j
	for ; k < len(p.lines) && !isBlank(p.lines[k]); k++ {
		t := trim(p.lines[k])
		if k >= j+40 || listItem(t) != t {
			return -1
		}
		if r, _ := decodeLastRune(t); r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			return -1
		}
	}
	return k
}

// pagelessTitle is t, a line of a contents that prints no page, without
// the number it is listed by (1. …, 一、…, （一）…), as tocEntry reads a
// line with its page. A figure in brackets stays: (2)县委常委会召开会议
// may be a page printed first, which parenPages tells from a list's
// number once it has read every line.
func pagelessTitle(t string) string {
	n := enumerator(t)
	if n == 0 {
		return t
	}
	if r, k := decodeRune(t); r == '(' || r == '（' {
		if d, _ := decodeRune(t[k:]); d >= '0' && d <= '9' || d >= '０' && d <= '９' {
			return t
		}
	}
	return trim(t[n:])
}

// enumeratedRun reports whether line i of a box of highlights (本期要目)
// is one of a run of titles numbered alike (一、市史志办召开… / 二、…), the
// line under it or the title read above it (at line last) numbered as it
// is: titles, each holding nothing, not sections (they had been sections,
// the body's columns then entries the contents lack, its articles
// sections).
func (p *parser) enumeratedRun(i, last int) bool {
	k, _, _ := enumeratedLine(trim(p.lines[i]))
	if k == notHeading {
		return false
	}
	if j := p.nextText(i + 1); j >= 0 {
		if kj, _, _ := enumeratedLine(trim(p.lines[j])); kj == k {
			return true
		}
	}
	if last >= 0 && last == p.prevText(i) {
		if kl, _, _ := enumeratedLine(trim(p.lines[last])); kl == k {
			return true
		}
	}
	return false
}

// boldRun reports whether line i, bold alone, is one of a run of such
// lines in contents that lost their heading, the line under it bold too
// or the title read above it (at line last): titles set bold, as a box
// of highlights sets them (**市委常委会专题研究防汛工作** / **鹰城国际马拉松
// 鸣枪开跑**), not columns' names, each over titles set plain (they had
// been sections, the body's columns entries).
func (p *parser) boldRun(i, last int) bool {
	if j := p.nextText(i + 1); j >= 0 && boldLineOnly(trim(p.lines[j])) {
		return true
	}
	return last >= 0 && last == p.prevText(i) && boldLineOnly(trim(p.lines[last]))
}

// boldLineOnly reports whether l is bold and nothing else: in a box of
// highlights (**本期要目** / **会议甲召开**), a title set as the heading is.
func boldLineOnly(l string) bool {
	_, ok := boldOnly(l)
	return ok
}

// highlightsHeading reports whether a contents heading names the cover's
// box of highlights (本期要目, 要目): a few titles, not every one.
func highlightsHeading(l string) bool {
	if _, t, ok := heading(l); ok {
		l = t
	}
	l = unspace(trim(stripMarkup(l)))
	if inner, ok := strings.CutPrefix(l, "【"); ok {
		l, _ = strings.CutSuffix(inner, "】")
	}
	// 【本期导读】: a briefing's list of what the issue holds, its titles
	// with no pages or sections, over the body's own columns.
	return l == "要目" || l == "本期要目" || l == "本期导读" || l == "本期導讀"
}

// tocRunningHead reports whether line i, l trimmed, is the running head
// of a page that a page break inside the table of contents begins: it
// follows a form feed or a page number taken out as furniture, and names
// the publication (平顶山月报 2023年第11期). Once in a copy, it is not
// found as furniture, and would be read as a section name.
func (p *parser) tocRunningHead(i int, l string) bool {
	t := p.iss.Title
	if t == "" || !strings.HasPrefix(l, t) || len(l) > len(t)+40 {
		return false
	}
	if _, ff := slices.BinarySearch(p.breaks, i); !ff {
		j := i - 1
		for j >= 0 && isBlank(p.lines[j]) && !p.isFurniture(j) {
			j--
		}
		if j < 0 || !p.isFurniture(j) {
			return false
		}
	}
	_, _, _, ok := p.singleEntry(l)
	return !ok
}

// tocLines counts the lines from start up to the first that reads as
// body text, blank ones aside: about as many as the table of contents
// that begins at start has entries.
func (p *parser) tocLines(start int) int {
	n := 0
	for _, l := range p.lines[start:] {
		if l = trim(l); l == "" {
			continue
		}
		if bodyLike(l) {
			break
		}
		n++
	}
	return n
}

// tocTable reads a table of contents set as a Markdown table under its
// heading (| 尧山实验室…召开 | 7 |, | 时政要闻 | |, as a docx's contents
// table converts, or | 时政要闻 | 时政要闻 |, as Docling repeats a merged
// cell's text): each row becomes the line it stands for, title, tab
// and page, or a section's name alone; the rule row goes. Only where two
// rows at least give a page.
func (p *parser) tocTable(start int) {
	if start >= len(p.lines) || !contentsHeading(trim(p.lines[start])) {
		return
	}
	i := start + 1
	for i < len(p.lines) && isBlank(p.lines[i]) {
		i++
	}
	lo, paged := i, 0
	for ; i < len(p.lines) && strings.HasPrefix(trim(p.lines[i]), "|"); i++ {
		if tableSeparator(p.lines[i]) {
			continue
		}
		cells := tableCells(p.lines[i])
		if len(cells) != 2 || cells[0] == "" {
			return
		}
		if cells[1] != "" && cells[1] != cells[0] {
			if _, ok := digitsValue(cells[1]); !ok {
				return
			}
			paged++
		}
	}
	if paged < 2 {
		return
	}
	for k := lo; k < i; k++ {
		if tableSeparator(p.lines[k]) {
			p.lines[k] = ""
			continue
		}
		cells := tableCells(p.lines[k])
		if cells[1] == "" || cells[1] == cells[0] {
			// | 时政要闻 | 时政要闻 |: a section's name across the row, as
			// Docling repeats a merged cell's text in each cell it spans.
			p.lines[k] = cells[0]
		} else {
			p.lines[k] = cells[0] + "\t" + cells[1]
		}
	}
}

// headedTOCTables reads the Markdown tables whose header row names a
// title column and a page column (| 序号 | 标题 | 页码 |, | 篇目 | 页码 |),
// as a chat assistant or a docx's contents table gives a table of
// contents, wherever they stand (under a contents heading or not, one
// table a section under its ## heading): each row becomes the line it
// stands for, title, tab and page (a sequence number dropped), or a
// section's name alone; the header and rule rows are markup. A table
// that gives a section and a title in one row is tocTable3's, under a
// contents heading, and left alone here.
func (p *parser) headedTOCTables() { p.headedTables(p.pos, p.headedTOCTable) }

// headedTOCTable reads the table on lines [lo, hi), its header row at lo
// (see headedTOCTables).
func (p *parser) headedTOCTable(lo, hi int) {
	head := tableCells(p.lines[lo])
	numCol, secCol, titleCol, pageCol := -1, -1, -1, -1
	for k, c := range head {
		switch {
		case c == "序号" || c == "编号" || c == "No." || c == "#":
			numCol = k
		case c == "栏目" || c == "专栏" || c == "类别" || c == "版块":
			secCol = k
		case strings.Contains(c, "页"):
			pageCol = k
		case titleCol < 0 && (strings.Contains(c, "标题") || strings.Contains(c, "篇目") || strings.Contains(c, "题目") || c == "文章" || c == "内容" || c == "目录"):
			titleCol = k
		}
	}
	if titleCol < 0 || pageCol < 0 {
		return
	}
	paged := 0
	for k := lo + 2; k < hi; k++ {
		cells := tableCells(p.lines[k])
		if len(cells) != len(head) {
			return
		}
		title, page := cells[titleCol], cells[pageCol]
		if secCol >= 0 && cells[secCol] != "" && title != "" {
			return // a section and a title in one row: see tocTable3
		}
		if numCol >= 0 && cells[numCol] != "" {
			if _, ok := digitsValue(cells[numCol]); !ok {
				return
			}
		}
		if _, _, ok := pageRange(page); ok {
			paged++
		} else if page != "" && !coverPage(page) {
			return
		}
	}
	if paged < 2 {
		return
	}
	p.headMarkup(lo)
	for k := lo + 2; k < hi; k++ {
		cells := tableCells(p.lines[k])
		title, page := cells[titleCol], cells[pageCol]
		switch {
		case title == "" && secCol >= 0:
			p.lines[k] = cells[secCol]
		case page == "":
			p.lines[k] = title
		default:
			p.lines[k] = title + "\t" + page
		}
	}
}

// tocTable3 reads a contents table of three columns under the contents
// heading at start, as marker writes a PDF's: | 栏目 | 篇目 | 页码 |, a row
// an entry, its section in the first cell where a new one begins (empty
// under it). It records the sections and entries itself, a row holding
// both, and returns the line after the table; it reports false, touching
// nothing, for any other table.
func (p *parser) tocTable3(start int, newSection func(model.TOCSection), add func(title string, page, last, line int)) (int, bool) {
	if start >= len(p.lines) || !contentsHeading(trim(p.lines[start])) {
		return 0, false
	}
	lo := start + 1
	for lo < len(p.lines) && isBlank(p.lines[lo]) {
		lo++
	}
	type row struct {
		section, title string
		page, last     int
		line           int
	}
	var rows []row
	// Which column holds what: 栏目 | 篇目 | 页码 unless the header row says
	// otherwise (篇目 | 作者 | 页码: no sections, the author's column left).
	secCol, titleCol := 0, 1
	i := lo
	for ; i < len(p.lines) && strings.HasPrefix(trim(p.lines[i]), "|"); i++ {
		if tableSeparator(p.lines[i]) {
			continue
		}
		cells := tableCells(p.lines[i])
		if len(cells) != 3 {
			return 0, false
		}
		if i == lo && (strings.Contains(cells[2], "页") || strings.Contains(cells[1], "篇目") || strings.Contains(cells[1], "题目") || strings.Contains(cells[1], "标题")) {
			if strings.Contains(cells[1], "作者") || strings.Contains(cells[0], "篇目") || strings.Contains(cells[0], "题目") || strings.Contains(cells[0], "标题") {
				secCol, titleCol = -1, 0
			}
			continue // the header row
		}
		page, last, ok := pageRange(cells[2])
		if !ok && cells[2] != "" && !coverPage(cells[2]) || cells[titleCol] == "" && (secCol < 0 || cells[secCol] == "") {
			return 0, false
		}
		r := row{title: cells[titleCol], page: page, last: last, line: i}
		if secCol >= 0 {
			r.section = cells[secCol]
		}
		rows = append(rows, r)
	}
	if len(rows) < 2 {
		return 0, false
	}
	for _, r := range rows {
		if r.section != "" {
			newSection(model.TOCSection{Name: sectionName(r.section), Line: r.line + 1})
		}
		if r.title != "" {
			add(r.title, r.page, r.last, r.line+1) // (| 图片新闻 | | 封三 |: a section alone)
		} else if r.page > 0 {
			// | 图片新闻 | | 15 |: a section alone with its page, which its
			// untitled items (captions, a 下期预告) take, as under ● 简讯……5
			// (see sectionPages); its page had been lost, and each item
			// warned of as without one.
			add(sectionName(r.section), r.page, r.last, r.line+1)
		}
	}
	return i, true
}

// tocCell is a line of a contents set as a table, read cell by cell: a
// title and its page (a section's name has none), and its source line
// (0-based).
type tocCell struct {
	title      string
	page, last int
	line       int
}

// handOutColumns gives the cells of a contents table's columns, column
// by column, to newSection (a cell with no page names a section) and add.
func handOutColumns(cols [][]tocCell, newSection func(model.TOCSection), add func(title string, page, last, line int)) {
	for _, col := range cols {
		for _, c := range col {
			if c.page == 0 {
				newSection(model.TOCSection{Name: sectionName(c.title), Line: c.line + 1})
			} else {
				add(c.title, c.page, c.last, c.line+1)
			}
		}
	}
}

// tocHTMLTable reads a table of contents set as an HTML table, or a
// pandoc grid table (+----+ borders, a title wrapped in its cell), as MinerU
// writes a contents page's table on one line (<table><tr><td>时政要闻</td>
// <td></td></tr><tr><td>市委常委会召开会议</td><td>1</td></tr>…</table>)
// and pandoc over several, under the contents heading at start or with
// the heading its first row (<td colspan="2">目　录</td>): a row of a title
// and its page is an entry, a row of a name alone (its page's cell empty,
// or one cell across the row) a section. A header row (篇目 | 页码) is
// passed over. Three columns are 栏目 | 篇目 | 页码, the section's cell
// empty, or spanning the rows under it (rowspan: they have two cells);
// four or more, pairs of title and page side by side, the page's columns,
// read a column at a time as tocTablePairs reads them. Where two rows at
// least give a page, it records the sections and entries itself and
// returns the line after the table; it reports false, touching nothing,
// for any other table (a masthead's, 主编 | 孙洪涛).
func (p *parser) tocHTMLTable(start int, newSection func(model.TOCSection), add func(title string, page, last, line int)) (int, bool) {
	if start >= len(p.lines) {
		return 0, false
	}
	lo := start
	if contentsHeading(trim(p.lines[start])) {
		lo = start + 1
		for lo < len(p.lines) && isBlank(p.lines[lo]) {
			lo++
		}
	}
	if lo == len(p.lines) {
		return 0, false
	}
	var rows []tableRow
	last, ok := 0, false
	if gridBorder(p.lines[lo]) {
		rows, last, ok = p.gridRows(lo)
	} else if hasPrefixFold(trim(p.lines[lo]), "<table") {
		rows, last, ok = htmlTable(p.lines, lo)
	}
	if !ok {
		return 0, false
	}
	// cols[c]: the items of the page's column c, top to bottom; a
	// section's has no page.
	var cols [][]tocCell
	paged := 0
	entry := func(c int, title, page string, line int) bool {
		if page == "" || page == title || coverPage(page) {
			// (| 图片新闻 | 封三 |: a section alone, on a cover's page)
			cols[c] = append(cols[c], tocCell{title: title, line: line})
			return true
		}
		// (（6）, 第6页, P6: the page as some contents print it, in its cell)
		in := unbracket(page)
		if w, ok := pageWords(in); ok {
			in = w
		}
		n, end, ok := pageRange(in)
		if !ok {
			return false
		}
		cols[c] = append(cols[c], tocCell{title: title, page: n, last: end, line: line})
		paged++
		return true
	}
	width := 0
	for k, r := range rows {
		cells := tableCells(r.text)
		if k == 0 && (lo == start || len(cells) == 1) && contentsHeading(cells[0]) {
			continue // 目　录 across the first row: the heading
		}
		if k == 0 || k == 1 && len(cols) == 0 {
			if h := cells[len(cells)-1]; strings.Contains(h, "页") || cells[0] == "篇目" || cells[0] == "栏目" || cells[0] == "标题" {
				continue // the header row, 篇目 | 页码
			}
		}
		if cols == nil {
			width = len(cells)
			cols = make([][]tocCell, max(1, width/2))
		}
		switch {
		case cells[0] == "" && (len(cells) != 3 || cells[1] == ""):
			return 0, false
		case len(cells) == 1:
			cols[0] = append(cols[0], tocCell{title: cells[0], line: r.line})
		case width <= 2 && len(cells) == 2:
			if !entry(0, cells[0], cells[1], r.line) {
				return 0, false
			}
		case width == 3 && len(cells) == 3:
			// 栏目 | 篇目 | 页码: the section where its cell gives one.
			if cells[0] != "" {
				cols[0] = append(cols[0], tocCell{title: cells[0], line: r.line})
			}
			if cells[1] == "" || cells[2] == "" || !entry(0, cells[1], cells[2], r.line) {
				return 0, false
			}
		case width == 3 && len(cells) == 2:
			// a row under a section's cell that spans it (rowspan)
			if cells[1] == "" || !entry(0, cells[0], cells[1], r.line) {
				return 0, false
			}
		case width >= 4 && width%2 == 0 && len(cells) == width:
			for c := range cols {
				title, page := cells[2*c], cells[2*c+1]
				if title == "" {
					if page != "" {
						return 0, false
					}
					continue // the shorter column's end
				}
				if !entry(c, title, page, r.line) {
					return 0, false
				}
			}
		default:
			return 0, false
		}
	}
	if paged < 2 {
		return 0, false
	}
	handOutColumns(cols, newSection, add)
	return last + 1, true
}

// tocTablePairs reads a contents page of two columns or more (or three)
// under the contents heading at start, as Docling makes its Markdown
// table: | 时政要闻 | 时政要闻 | 重要会议 | 重要会议 |, then | 县委常委会…
// | 1 | 全县安全生产… | 5 |, each pair of cells a title and its page, or
// a section's name (the page's cell empty, or repeating the name as
// Docling repeats a merged cell's text). The pairs are read a column at a
// time, top to bottom, as the page is. It records the sections and
// entries itself and returns the line after the table; it reports false,
// touching nothing, for any other table.
func (p *parser) tocTablePairs(start int, newSection func(model.TOCSection), add func(title string, page, last, line int)) (int, bool) {
	if start >= len(p.lines) || !contentsHeading(trim(p.lines[start])) {
		return 0, false
	}
	lo := start + 1
	for lo < len(p.lines) && isBlank(p.lines[lo]) {
		lo++
	}
	if lo == len(p.lines) || !strings.HasPrefix(trim(p.lines[lo]), "|") {
		return 0, false
	}
	var cols [][]tocCell // cols[c]: the pairs of column c, top to bottom
	paged := 0
	i := lo
	for ; i < len(p.lines) && strings.HasPrefix(trim(p.lines[i]), "|"); i++ {
		if tableSeparator(p.lines[i]) {
			continue
		}
		cells := tableCells(p.lines[i])
		if len(cells) < 4 || len(cells)%2 != 0 || cols != nil && len(cells) != 2*len(cols) {
			return 0, false
		}
		if cols == nil {
			cols = make([][]tocCell, len(cells)/2)
		}
		for c := range cols {
			title, page := cells[2*c], cells[2*c+1]
			switch {
			case title == "" && page == "":
				continue // the shorter column's end
			case title == "" || page == title:
				if title == "" {
					return 0, false
				}
				cols[c] = append(cols[c], tocCell{title: title, line: i})
			case page == "":
				cols[c] = append(cols[c], tocCell{title: title, line: i})
			default:
				n, last, ok := pageRange(page)
				if !ok {
					return 0, false
				}
				cols[c] = append(cols[c], tocCell{title: title, page: n, last: last, line: i})
				paged++
			}
		}
	}
	if paged < 2 {
		return 0, false
	}
	handOutColumns(cols, newSection, add)
	return i, true
}

// singleSpacePages reads a table of contents under its heading that sets
// each page after its title with one space (李明俊调研信访稳定工作 10), as a
// PDF's text copied from its contents page has it, or Docling's list
// items (- 李明俊调研信访稳定工作 10): where two lines at
// least are so, and none of them reads otherwise, the space is a tab,
// which sets a page apart. One space alone is no leader elsewhere: a
// line of text may end with a number.
func (p *parser) singleSpacePages(start int) {
	if start >= len(p.lines) || !contentsHeading(trim(p.lines[start])) {
		return
	}
	var hits []int
	for i := start + 1; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || rule(l) {
			continue
		}
		if _, _, ok := coverField(stripMarkup(l), true); ok {
			continue // the masthead, set between the contents' two parts
		}
		if bodyLike(l) {
			break
		}
		if _, _, _, ok := tocEntry(l); ok {
			return // a table of contents of another form
		}
		if _, _, ok := heading(l); ok {
			continue // ## 时政要闻: a section's name
		}
		if l[0] < 0x80 {
			// - 李明俊调研信访稳定工作 10: the contents as list items, as
			// Docling prints a contents page (its marker's space is no
			// page's).
			l = listItem(l)
		}
		k := strings.LastIndexByte(l, ' ')
		if k < 0 {
			if containsAnyOf(l, "，。；：,;:") {
				break // text: the contents have ended
			}
			continue // a section's name
		}
		title, page := trim(l[:k]), l[k+1:]
		if !shortFigures(page) || utf8.RuneCountInString(title) < 4 || containsAnyOf(title, "，。；：,;:") {
			break
		}
		hits = append(hits, i)
	}
	if len(hits) < 2 {
		return
	}
	for _, i := range hits {
		l := p.lines[i]
		k := strings.LastIndexByte(l, ' ')
		p.lines[i] = l[:k] + "\t" + l[k+1:]
	}
}

// shortFigures reports whether s is a page's number of one to three
// figures, ASCII or full-width (12, １２).
func shortFigures(s string) bool {
	n := 0
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// bodyFollows reports whether the next non-blank line from i reads as
// body text: the line before it is the body's first heading or title.
func (p *parser) bodyFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		if l := trim(p.lines[i]); l != "" && !p.isTransparent(i) {
			return bodyLike(l)
		}
	}
	return true
}

// unplaced keeps line i, which the parser could not place, with a warning.
func (p *parser) unplaced(i int, format string) {
	if isBlank(p.lines[i]) || p.isTransparent(i) || rule(p.lines[i]) {
		return
	}
	p.iss.Unplaced = append(p.iss.Unplaced, model.Line{Line: i + 1, Text: p.lines[i]})
	p.warn(i+1, format, clipText(trim(p.lines[i]), 40))
}

// clipText shortens s to n characters for a message.
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// masthead reads a masthead line (主 管：平顶山市人民政府) or the
// distribution list at p.pos, advancing past it.
func (p *parser) masthead(inRule bool) bool {
	key, val, ok := mastheadLine(trim(p.lines[p.pos]), inRule)
	if !ok {
		return false
	}
	if isDistributionKey(key) {
		p.pos += p.distribution(p.pos, val)
		return true
	}
	val, n := p.valueGoesOn(p.pos, val)
	p.addField(key, val)
	p.pos += n
	return true
}

// findTOC returns the index of the first line of the table of contents:
// a contents heading (目录), an entry, or a section heading followed by
// entries. It looks from p.pos up to the first line that reads as body
// text, and returns -1 when there is none before it.
// pageFirstBefore reports whether a line between the cover's end and
// line end prints a page first (6　title): the table of contents may
// begin there, unseen by findTOC when it does not know that layout.
func (p *parser) pageFirstBefore(end int) bool {
	for i := p.pos; i < end; i++ {
		l := trim(p.lines[i])
		if l != "" && (l[0] >= '0' && l[0] <= '9' || l[0] == 0xEF) {
			if _, _, _, ok := pageFirstEntry(l); ok {
				return true
			}
		}
	}
	return false
}

// gridRows reads the pandoc grid table whose top border is lines[i] a row
// at a time, each cell's lines joined (a title that wrapped in its cell
// is one), as a Markdown row (| title | page |); it returns the rows and
// the index of the last border, and reports false where no row follows
// the border.
func (p *parser) gridRows(i int) ([]tableRow, int, bool) {
	var rows []tableRow
	last := i
	for j := i + 1; j < len(p.lines) && strings.HasPrefix(p.lines[j], "|"); {
		var cells []string
		k := j
		for ; k < len(p.lines) && strings.HasPrefix(p.lines[k], "|") && !gridBorder(p.lines[k]); k++ {
			cs := tableCells(p.lines[k])
			if cells == nil {
				cells = cs
				continue
			}
			if len(cs) != len(cells) {
				return nil, 0, false
			}
			for n, c := range cs {
				cells[n] = p.join(cells[n], c)
			}
		}
		if k == len(p.lines) || !gridBorder(p.lines[k]) {
			return nil, 0, false // a row with no border under it: no grid table
		}
		rows = append(rows, tableRow{text: "| " + strings.Join(cells, " | ") + " |", line: j})
		last, j = k, k+1
	}
	return rows, last, len(rows) > 0
}

// contentsTable reports whether lines[i] begins an HTML table whose first
// row is a contents heading alone (<tr><td colspan="2">目　录</td></tr>), as
// MinerU gives a contents page set as a table whose heading is in it.
func contentsTable(lines []string, i int) bool {
	if !hasPrefixFold(trim(lines[i]), "<table") {
		return false
	}
	rows, _, ok := htmlTable(lines, i)
	if !ok || len(rows) < 3 {
		return false
	}
	cells := tableCells(rows[0].text)
	return len(cells) == 1 && contentsHeading(cells[0])
}

func (p *parser) findTOC() int {
	seen := 0
	p.prefaceLo, p.prefaceHi = 0, 0
	p.tocHeadless = false
	piece := false // the text so far is under a book's front piece's heading (编辑说明)
	for i := p.pos; i < len(p.lines) && seen < 400; i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) || rule(l) {
			continue
		}
		seen++
		if !piece && len(l) <= 8*3+3 && bookPiece(unspace(stripHeading(l))) {
			piece = true
			continue
		}
		if l[0] == '<' && contentsTable(p.lines, i) {
			return i // <table><tr><td colspan="2">目　录</td></tr>…: the heading its first row
		}
		if contentsHeading(l) {
			if k := p.nextText(i + 1); k >= 0 && guideHeading(l) && bodyLike(trim(p.lines[k])) {
				// **本期导读** over a paragraph that tells what the issue
				// holds: an editors' note, prose, not a list of titles.
				continue
			}
			return i
		}
		// Without a heading of its own, a table of contents is two entries
		// at least: one line that looks like one is not enough.
		if p.tocEntries(i, 2) {
			return i
		}
		if _, ok := tocHeading(l); ok {
			// A marked heading (## 时政要闻, **时政要闻**) and one entry make a
			// table of contents; a plain line needs two after it.
			want := 2
			if _, marked := explicitHeading(l); marked {
				want = 1
			}
			if p.tocEntries(i+1, want) {
				return i
			}
		}
		if _, _, ok := mastheadLine(l, false); ok {
			continue
		}
		if bodyLike(l) && !markedHeading(l) || dashBorder(l) || hasComma(l) && startsWithMonthDay(l) {
			// (8月12日，…统计： over a table: an article's text, though it
			// ends with a colon; a table's border: past the cover. #。, a
			// heading, is no note's prose.)
			most := 12 // non-blank lines: a note of a few sentences, hard-wrapped
			if piece {
				// 编辑说明 (凡例, 前言) over its points, a yearbook's front
				// piece of a page before its contents: longer than a note,
				// and still not the body.
				most = 120
			}
			if j := p.contentsAfterProse(i, most); j >= 0 {
				// An editors' note (编者按, 卷首语) on the cover, over the
				// contents heading: prose, but not yet the body.
				p.prefaceLo, p.prefaceHi = p.prefaceStart(i), j
				return j
			}
			return -1
		}
	}
	return -1
}

// guideHeading reports whether l, a contents heading, is a guide to the
// issue (本期导读), which may head a paragraph as well as a list.
func guideHeading(l string) bool {
	l = unspace(l) // (本　期　导　读)
	return strings.Contains(l, "导读") || strings.Contains(l, "導讀")
}

// markedHeading reports whether l is an ATX heading (#。 too).
func markedHeading(l string) bool {
	_, ok := headingLevel(l)
	return ok
}

// prefaceStart returns the first line of the note whose text line i
// reads as: the lines of its paragraph above it (a hard wrap), and its
// heading (## 卷首语, 编者按 alone) over them, where the cover had not
// taken them.
func (p *parser) prefaceStart(i int) int {
	k := i - 1
	for {
		for i > p.pos && !isBlank(p.lines[i-1]) && !p.isTransparent(i-1) && !markedHeading(p.lines[i-1]) {
			i-- // (a heading right above it, #期 / 。, is none of its lines: see below)
		}
		k = i - 1
		broke := false // a page's furniture between
		for k >= p.pos && (isBlank(p.lines[k]) || p.isTransparent(k)) {
			broke = broke || p.isTransparent(k) || p.furn != nil && p.furn[k]
			k--
		}
		if !broke || k < p.pos || closed(trim(p.lines[k])) {
			break
		}
		// …编纂的综 / — 2 — / 合性年鉴…: the paragraph a page's break cut
		// began above the break.
		i = k
	}
	if k > p.pos && k < i-1 && articleMeta(trim(p.lines[k])) {
		// 卷首语 / 文/李娜 / 六月的宁川，…: the note's byline under its
		// heading, a line apart; the heading is above it (the contents
		// under the note had been read as its text, silently).
		h := k - 1
		for h >= p.pos && isBlank(p.lines[h]) {
			h--
		}
		if h >= p.pos && h < k-1 && editorsTitle(trim(stripMarkup(stripHeading(p.lines[h])))) {
			return h
		}
	}
	if k >= p.pos && (k < i-1 || markedHeading(p.lines[k])) {
		if l := trim(p.lines[k]); explicitHeadingLine(l) || editorsTitle(l) || len(l) <= 8*3 && bookPiece(unspace(l)) {
			return k
		}
	}
	return i
}

// explicitHeadingLine reports whether l is marked as a heading (## name,
// **name**), not only numbered.
func explicitHeadingLine(l string) bool {
	if _, _, ok := heading(l); ok {
		return true
	}
	_, ok := boldOnly(l)
	return ok
}

// contentsAfterProse returns the line of a contents heading (目录, 本期要目)
// that follows the prose at line i within a short block, over a line that
// is no body text, or -1. A cover may print a short note (编者按：…) above
// its table of contents; a heading of another kind first, or a long run
// of text, is the body.
func (p *parser) contentsAfterProse(i, most int) int {
	n := 0
	note := p.coverNote(i)
	for j := i + 1; j < len(p.lines) && n < most; j++ {
		l := trim(p.lines[j])
		if l == "" || p.isTransparent(j) {
			continue
		}
		n++
		if contentsHeading(l) {
			for k := j + 1; k < len(p.lines); k++ {
				if t := trim(p.lines[k]); t != "" && !p.isTransparent(k) {
					if bodyLike(t) {
						return -1
					}
					if !p.textAfter(k) {
						// Contents that the copy ends with are printed
						// after the body (tocAtEnd): the text above is it.
						return -1
					}
					return j
				}
			}
			return -1
		}
		if j > i+1 && !bodyLike(l) && note && p.textAfter(j) {
			// 卷首语 / 五月的鹰城，…。 / 工作动态 / 市史志办召开…会议 …… 1: the
			// contents under the note, their heading lost (an image): lines
			// that print pages, or none, which the body repeats (they had
			// been the note's, then an entry's text, silently).
			if p.tocEntries(j, 2) {
				return j
			}
			if _, ok := tocHeading(l); ok {
				want := 2 // (a plain line over two entries, a marked one over one, as findTOC asks)
				if _, marked := explicitHeading(l); marked {
					want = 1
				}
				if p.tocEntries(j+1, want) {
					return j
				}
			}
			if k := p.headlessContents(j); k == j {
				p.tocHeadless = true
				return j
			}
		}
		if explicitHeadingLine(l) {
			return -1
		}
	}
	return -1
}

// coverNote reports whether line i, prose, opens an editors' note right
// under the cover: labelled (编者按：…, 【编者按】…) or under its heading
// (卷首语). Prose under an article's title or a column's is the body's,
// and a table under it (编名　字数 / 政治编　32) no contents.
func (p *parser) coverNote(i int) bool {
	k := p.prefaceStart(i)
	j := p.nextText(p.pos)
	for j >= 0 && j < k && rule(trim(p.lines[j])) {
		j = p.nextText(j + 1) // (the rule under the cover's masthead)
	}
	if j != k {
		return false
	}
	l := trim(p.lines[k])
	return editorialNote(l) || editorsTitle(trim(stripMarkup(stripHeading(l))))
}

// textAfter reports whether a line from i on reads as body text.
func (p *parser) textAfter(i int) bool {
	for ; i < len(p.lines); i++ {
		if bodyLike(trim(p.lines[i])) && !p.isTransparent(i) {
			return true
		}
	}
	return false
}

// bodyLike reports whether a line reads as body text rather than a line of
// a cover or a table of contents: it is long, ends a sentence, or starts
// an entry with a bold title.
func bodyLike(l string) bool {
	if len(l) > 180 || len(l) > 60 && runeCount(l) > 60 && !dotLeaderLine(l) { // (l is a line: whole characters)
		return true
	}
	// (No sentence ends with a figure: …工作	14, a contents line, is let
	// go without a look for its end.)
	if l != "" && (l[len(l)-1] < '0' || l[len(l)-1] > '9') && closed(l) {
		return true
	}
	if l != "" && l[len(l)-1] == '|' && l[0] == '|' {
		// |11月3日|县委召开常委会议。|: a table's row whose last cell ends
		// a sentence, a chronicle's event (the cover of the issue after a
		// chronicle's table had been read as this one's text).
		if t := strings.TrimRight(l, "| "); t != "" && (t[len(t)-1] < '0' || t[len(t)-1] > '9') && closed(t) {
			return true
		}
	}
	if l == "" || l[0] != '*' && l[0] != '<' {
		return false // no bold title at its start
	}
	_, rest, ok := leadingBold(l)
	return ok && rest != ""
}

// leaderFirst reports whether t begins with a leader (………林卫东).
func leaderFirst(t string) bool {
	u := trimLeadingLeader(t)
	return len(u) < len(t) && u != "" && leaderOK(t[:len(t)-len(u)], false)
}

// dotLeaderLine reports whether l ends with a page after a leader of
// dots (县委常委会召开会议 ........................ 1): a line of a table of
// contents, however long. A copy normalised to NFKC has each … of a
// leader as three dots, the line three times as long.
func dotLeaderLine(l string) bool {
	c := l[len(l)-1]
	return c >= '0' && c <= '9' && strings.Contains(l, "......")
}

// contentsHeading matches the heading of a table of contents: 目录, 目　录,
// ## 目录, **目 录**, <b>目录</b>, 本期目录, 本期导读, 要目, CONTENTS.
func contentsHeading(l string) bool {
	// (导, not 导读, and 内, not 内容: 本　期　导　读 set letter-spaced.)
	if len(l) > 40 || !contentsLeads(l) || !strings.Contains(l, "目") && !strings.Contains(l, "导") && !strings.Contains(l, "導") && !strings.Contains(l, "内") &&
		strings.IndexByte(l, 'C') < 0 && strings.IndexByte(l, 'c') < 0 {
		return false
	}
	if _, t, ok := heading(l); ok {
		l = t
	}
	l = stripMarkup(l)
	if len(l) > 40 {
		return false
	}
	k := l
	if strings.IndexByte(l, ' ') >= 0 || strings.IndexByte(l, '\t') >= 0 || strings.Contains(l, "\u3000") {
		// (Only then a copy without them: a line of a chronicle that
		// names a 项目 comes here, and a string grown a rune at a time
		// had been most of what a chronicle's parse allocated, by count.)
		var b strings.Builder
		b.Grow(len(l))
		for _, r := range l {
			if r != ' ' && r != '\u3000' && r != '\t' {
				b.WriteRune(r)
			}
		}
		k = b.String()
	}
	for _, pair := range [...][2]string{{"【", "】"}, {"〖", "〗"}, {"［", "］"}, {"[", "]"}} {
		// 【本期导读】, as a briefing prints it over its list of titles.
		if inner, ok := strings.CutPrefix(k, pair[0]); ok {
			k, _ = strings.CutSuffix(inner, pair[1])
			break
		}
	}
	if i := strings.Index(k, "年"); i > 0 && i <= 12 && allDigits(k[:i]) {
		k = k[i+len("年"):] // 2023年总目录, a bound volume's
	}
	if k != "" && (k[0] == 0xE2 || k[0] == 0xF0) {
		// 📌目录, ▶ 目录, ◆目录◆: a web page's pictograph or an ornament
		// before it, as before a column's name (see nameLabel)
		if label, name := nameLabel(k); label != "" {
			k = name
		}
	}
	for _, cont := range [...]string{"（续）", "(续)", "（續）", "(續)"} {
		// 目录（续）atop the contents' second page: the same heading.
		if t, ok := strings.CutSuffix(k, cont); ok {
			k = t
			break
		}
	}
	switch strings.ToUpper(k) {
	case "总目录", "总目次", "年度总目录", "全年总目录", "合订本总目录", "总目錄":
		return true // a bound volume's contents (合订本), by issue or by column
	case "目录", "目次", "本期目录", "本期要目", "CONTENTS", "目錄", "本期目錄", "本期导读", "本期導讀", "要目", "本期内容", "内容目录":
		return true
	case "目录CONTENTS", "CONTENTS目录", "目次CONTENTS":
		return true // 目　　录　　CONTENTS: a bilingual book's heading on one line
	}
	return false
}

// figureListHeading matches the heading of a list of figures and tables
// printed with the contents (图表目录, ## 插图目录, **图片目录**).
func figureListHeading(l string) bool {
	if len(l) > 40 || !strings.Contains(l, "目") && !strings.Contains(l, "索引") {
		return false
	}
	t := unspace(trim(stripMarkup(stripHeading(l))))
	switch t {
	case "图表目录", "插图目录", "图片目录", "图目录", "表目录", "表格目录", "附图目录", "图表索引", "图片索引", "图表目次", "插图目次":
		return true
	}
	return false
}

// tocHeading matches the section headings a table of contents uses:
// ## 时政要闻, ### 经济视点, <b>重要会议</b>, **领导活动**, 一、时政要闻, and
// a short plain line. The caller checks that entries follow it.
func tocHeading(l string) (string, bool) {
	if _, t, ok := heading(l); ok {
		return sectionName(t), true // # too, as a converter marks every heading
	}
	if t, ok := boldOnly(l); ok {
		return sectionName(t), true
	}
	t := listItem(l)
	if columnLabel(t) > 0 {
		return t, true // 栏目：时政要闻, as the body prints it
	}
	if len(t) > 16*4 {
		return "", false // a line of text, by its bytes: no count of its characters
	}
	if n := utf8.RuneCountInString(t); n == 0 || n > 16 || closed(t) || containsAnyOf(t, "：:，,") {
		return "", false
	}
	if _, _, ok := mastheadLine(t, false); ok {
		return "", false
	}
	return sectionName(t), true
}

// explicitHeading matches a line marked as a heading: ## name, **name**,
// <b>name</b>, 一、name.
func explicitHeading(l string) (string, bool) {
	if _, t, ok := heading(l); ok {
		return sectionName(t), true
	}
	if t, ok := boldOnly(l); ok {
		return sectionName(t), true
	}
	if n := enumerator(l); n > 0 && !strings.HasPrefix(l, "(") && !strings.HasPrefix(l, "（") && !isDigitByte(l, 1) {
		return sectionName(l), true
	}
	return "", false
}

// stripHeading returns the text of an ATX heading, or l.
func stripHeading(l string) string {
	if _, t, ok := heading(l); ok {
		return t
	}
	return l
}

// sectionName is a section heading without its enumerator: 一、时政要闻
// is the section 时政要闻.
func sectionName(t string) string {
	return trim(t[enumerator(t):])
}

// tocFollows reports whether the next non-blank line from i is a table of
// contents entry, which makes the line before it a TOC heading rather
// than the start of the body.
func (p *parser) tocFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		if _, _, _, ok := p.singleEntry(l); ok {
			return true
		}
		if p.tocCols {
			if _, _, ok := splitColumns(l, p.tocPF); ok {
				return true
			}
		}
		_, _, _, _, ok := p.wrappedEntry(i)
		return ok
	}
	return false
}

// deeperName reports whether the line after line i, a column's name in
// the contents (县区动态), is a name set deeper over the column's titles
// (　舞阳县 / 　　舞阳县召开…推进会 …… 2), as a contents lists a column's
// counties: a level of the contents, each a section (the contents had
// ended at the column's name, the rest of it read as the body).
func (p *parser) deeperName(i int) bool {
	j := i + 1
	if j+1 >= len(p.lines) {
		return false
	}
	l := trim(p.lines[j])
	if _, ok := tocHeading(l); !ok || len(l) > 12*3 {
		return false
	}
	if p.countyUnder(i) && indentCells(p.lines[j]) == indentCells(p.lines[i]) && indentCells(p.lines[j+1]) == indentCells(p.lines[j]) {
		// 县区动态 / 舞阳县 / 舞阳县召开…推进会 …… 2 flush left, as plain
		// pdftotext prints it: the county's name says what indenting
		// would.
		return p.tocFollows(j + 1)
	}
	return indentCells(p.lines[j]) > indentCells(p.lines[i]) && indentCells(p.lines[j+1]) > indentCells(p.lines[j]) && p.tocFollows(j+1)
}

// countyUnder reports whether line i of a contents is a column's short
// name (县区动态) and the next line a county's (舞阳县), flush left as
// plain pdftotext prints them: short names both, not the pieces of a
// title the wrap cut (黄庚倜带队开展城 / 市供暖及老旧小区 / 改造专项视察 …
// 15, its middle piece ending as a place's name does).
func (p *parser) countyUnder(i int) bool {
	if i+1 >= len(p.lines) {
		return false
	}
	a, b := trim(p.lines[i]), trim(p.lines[i+1])
	return runeCount(a) <= 6 && runeCount(b) <= 5 && placeName(b) && !placeName(a)
}

// tocEntries reports whether the next want non-blank lines from i are
// entries of a table of contents (wrapped ones count once).
//
// Their pages must look like a table of contents': below 1000, and not
// going back (地区生产总值    1234 / 工业增加值    567 is a table of
// figures, not of contents).
func (p *parser) tocEntries(i, want int) bool {
	last := 0
	pageOK := func(page int) bool {
		ok := page < 1000 && (page == 0 || page >= last)
		last = max(last, page)
		return ok
	}
	for ; want > 0 && i < len(p.lines); want-- {
		for i < len(p.lines) && (isBlank(p.lines[i]) || p.isTransparent(i)) {
			i++
		}
		if i == len(p.lines) {
			return false
		}
		if _, _, ok := heading(p.lines[i]); ok && p.tocFollows(i+1) {
			i++ // a section heading inside the table of contents
			want++
			continue
		}
		if _, page, _, ok := p.singleEntry(trim(p.lines[i])); ok {
			if !pageOK(page) {
				return false
			}
			i++
			continue
		}
		_, page, _, n, ok := p.wrappedEntry(i)
		if !ok || !pageOK(page) {
			return false
		}
		i += n
	}
	return want == 0
}

// wrappedEntry matches an entry whose title wrapped onto the next line or
// two: "- …推进会" followed by "议召开 ..... (6)". It returns the joined
// title, the pages and the number of lines used. A short line followed by
// a whole entry is a section name, not the start of one.
func (p *parser) wrappedEntry(i int) (string, int, int, int, bool) {
	first := trim(p.lines[i])
	if _, ok := boldOnly(first); ok || first == "" || rule(first) || bodyLike(first) {
		return "", 0, 0, 0, false
	}
	if _, _, ok := heading(first); ok {
		return "", 0, 0, 0, false
	}
	if _, ok := tocHeading(first); ok && i+1 < len(p.lines) && 3*len(first) < 2*len(trim(p.lines[i+1])) {
		// 领导活动 over 李明俊调研信访稳定、城市公交和城 / 乡客运工作 ..... 10:
		// a short line over an entry that wraps is a section name, not
		// the start of a title (whose cut lines fill the width alike).
		if _, _, _, _, ok := p.wrappedEntry(i + 1); ok {
			return "", 0, 0, 0, false
		}
	}
	if i+1 < len(p.lines) && len(first) <= 12*3 && !isBlank(p.lines[i+1]) && (indentCells(p.lines[i+1]) > indentCells(p.lines[i]) || p.countyUnder(i)) {
		// 县区动态 / 　舞阳县 / 　　舞阳县召开…推进会 …… 2: a short name over a
		// line set deeper is a level of the contents (a column, a county
		// under it), not a title that wraps (its lines had been joined into
		// one title, 县区动态舞阳县舞阳县召开…, matched by nothing). Flush
		// left, as plain pdftotext prints it, the county's name alone on
		// the next line says so.
		return "", 0, 0, 0, false
	}
	marked := listItem(first) != first
	title := listItem(first)
	title = title[enumerator(title):] // 1. …, （一）…: numbered as a line of one is (tocEntry)
	latin := first[0] < utf8.RuneSelf && latinSubtitle(first)
	for n := 1; n <= 3 && i+n < len(p.lines); n++ {
		l := trim(p.lines[i+n])
		if l == "" || rule(l) || listItem(l) != l && (marked || n == 1) || p.isTransparent(i+n) {
			return "", 0, 0, 0, false
		}
		if latin && l[0] >= 0xE3 {
			// General Situation / 综合经济管理……5: the English of the line
			// above, set under it in a bilingual contents, no title the
			// next line ends.
			return "", 0, 0, 0, false
		}
		if _, ok := boldOnly(l); ok {
			return "", 0, 0, 0, false
		}
		if _, _, ok := heading(l); ok {
			return "", 0, 0, 0, false
		}
		if n == 1 && enumerator(l) > 0 {
			return "", 0, 0, 0, false // the next line is numbered: an entry of its own
		}
		if t, page, last, ok := tocEntry(l); ok {
			if n == 1 && utf8.RuneCountInString(title) <= 12 {
				return "", 0, 0, 0, false // 时政要闻 / 会议召开 ..... (6): a section and its entry
			}
			return p.join(title, t), page, last, n + 1, true
		}
		title = p.join(title, l)
	}
	return "", 0, 0, 0, false
}

// contentsLeads reports whether l, of 40 bytes at most, holds C, c, E5
// or E7: the first bytes of what contentsHeading searches for (目 is E7
// 9B AE; 导, 導 and 内 begin with E5). Eight bytes at a time: a line
// without any (a contents' entry, a title) is let go before six
// searches.
func contentsLeads(l string) bool {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	holds := func(w string) bool {
		// C and c differ by 20, E5 and E7 by 02: with that bit set, each
		// pair is one byte to look for (63, E7), two tests, not four.
		x := binary.LittleEndian.Uint64([]byte(w))
		a, b := (x|lo*0x20)^(lo*'c'), (x|lo*0x02)^(lo*0xE7)
		return ((a-lo)&^a|(b-lo)&^b)&hi != 0
	}
	if len(l) < 8 {
		for i := 0; i < len(l); i++ {
			if c := l[i]; c == 'C' || c == 'c' || c == 0xE5 || c == 0xE7 {
				return true
			}
		}
		return false
	}
	if len(l) <= 16 {
		return holds(l[:8]) || holds(l[len(l)-8:]) // (two words, overlapping, without the loop)
	}
	for i := 0; i+8 <= len(l); i += 8 {
		if holds(l[i : i+8]) {
			return true
		}
	}
	return holds(l[len(l)-8:]) // (the last bytes, overlapping the word before)
}

// listItem strips a Markdown list marker.
func listItem(l string) string {
	if l != "" && (l[0] == '-' || l[0] == '*' || l[0] == '+') {
		// The commonest markers by their first byte: the list below
		// is not read for them.
		if len(l) >= 2 && l[1] == ' ' {
			return trim(l[2:])
		}
		return l // (no • or ·, and no bullet of U+2000–U+2FFF)
	}
	for _, m := range []string{"- ", "* ", "+ ", "• ", "· "} {
		if rest, ok := strings.CutPrefix(l, m); ok {
			return trim(rest)
		}
	}
	// ◎县史志办召开工作会议, ● title, ★ title: a contents list's bullets,
	// with or without a space, as typesetters set them. One that closes
	// the line too (◆时政要闻◆) is an ornament round a name, kept.
	if l == "" || l[0] != 0xE2 {
		return l // every bullet is a character of U+2000–U+2FFF (E2 and two bytes)
	}
	if r, n := decodeRune(l); strings.ContainsRune(tocBullets, r) && n < len(l) {
		if last, _ := decodeLastRune(l); last != r {
			return trim(l[n:])
		}
	}
	return l
}

// tocBullets are the marks a contents list may set before each title.
const tocBullets = "◎●○■□◆◇★☆▲▶►※❖➢✦▪"

// tocEntry matches one line of a table of contents: a title, a leader
// and a page, in any of the forms conversion and typesetting produce.
// The leader is dots (….. …… ··· ‥), dashes (－－－ —), a tab, or a run of
// spaces or an ideographic space as pdftotext -layout prints it. The page
// is 6, ６, (6), ( 6 ), （６）, - 6 -, 第6页, or a range (12-13), 12—13.
// The line may be a list item or numbered (1. title, （一）title).
func tocEntry(l string) (title string, page, last int, ok bool) {
	s := trimRight(listItem(trim(l)))
	if s != "" && s[0] == '#' {
		// # 图片新闻……13: a column that is one item, set as MinerU sets
		// every large line (its title had kept the #).
		if _, h, ok := heading(s); ok {
			s = h
		}
	}
	if s != "" && (s[0]-'0' <= 9 || s[0] == '(' || s[0] >= 0xE3 && (s[0] <= 0xE5 || s[0] == 0xE7 || s[0] == 0xE9 || s[0] == 0xEF)) { // (enumerator's first test, in line)
		s = s[enumerator(s):]
	}
	if s == "" {
		return "", 0, 0, false
	}
	before, page, last, decorated, ok := trailingPage(s)
	if (!ok || before != "" && ocrFigure(before[len(before)-1])) && ocrTail(s) {
		// ……（l2）, ……l, ……l1 (not page 1 after a title that ends in l):
		// a letter OCR read for a digit (readTOC says so).
		if b, n, found := ocrPage(s); found {
			before, page, last, ok = b, n, n, true
		}
	}
	if !ok {
		// 图片新闻……封二: a picture page on the cover's inside, which has
		// no number.
		for _, c := range coverPages {
			if t, found := strings.CutSuffix(s, c); found && t != "" && leaderOK(t[len(trimLeader(t)):], false) {
				before, page, last, ok = t, 0, 0, true
				break
			}
		}
	}
	if !ok {
		// A leader and no page: a line of the table of contents whose page
		// the copy lost (鹰城至郑州城际公交开通 .....).
		t := trimLeader(s)
		if containsAnyOf(s[len(t):], "-_－—─–") || !leaderOK(s[len(t):], false) || strings.Count(s[len(t):], " ") == len(s)-len(t) {
			return "", 0, 0, false
		}
		before, page, last = s, 0, 0
	}
	t := trimLeader(before)
	bracketed, inBrackets := "", false
	if n := len(t); n > 0 && (t[n-1] == ')' || strings.HasSuffix(t, "）")) { // (bracketAuthor's first test, in line)
		bracketed, inBrackets = bracketAuthor(t)
	}
	if inBrackets {
		// 会议召开……（张三）……5, …（张三）5: the author in brackets after
		// the leader, before the page.
		t = bracketed
	} else if !leaderOK(before[len(t):], decorated) && !(before == t && namedPage(s[len(before):])) && !(before[len(t):] == " " && leaderFirst(t)) {
		// (………林卫东 4: the second line of a long title, its leader, the
		// author and a space before the page, as a copy normalised to
		// NFKC has 林卫东　4, is read as 林卫东　4 is.)
		// 楚都纪南城考略………………李秀英 3: the author between the leader
		// and the page, as a contents page lists an essay.
		at, ok := authorAfterLeader(trim(before))
		if !ok {
			return "", 0, 0, false
		}
		t = at
	}
	title = trim(stripMarkup(trim(t)))
	if title == "" || len(title) > 120 && utf8.RuneCountInString(title) > 120 ||
		hasStop(title) {
		return "", 0, 0, false
	}
	if r, _ := decodeLastRune(title); r == '：' || r == ':' || r == '，' || r == ',' {
		return "", 0, 0, false
	}
	return title, page, last, true
}

// ocrTail reports whether s ends with a letter OCR reads for a digit
// (l, I, O, o), bare or before a closing bracket: where ocrPage may find
// a page. Most lines tried as the contents' end otherwise, and are let go
// by their last bytes.
func ocrTail(s string) bool {
	n := len(s)
	switch {
	case n >= 2 && s[n-1] == ')':
		n--
	case n >= 4 && strings.HasSuffix(s, "）"):
		n -= 3
	}
	for i, k := n, 0; k < 3; k++ {
		w, letter := ocrFigureBefore(s, i)
		if w == 0 {
			break
		}
		if letter {
			return true // a letter among the last figures
		}
		i -= w
	}
	return false
}

// ocrFigureBefore reads the figure that ends at s[:i] as ocrDigitAt reads
// one (l, O, 1, or １ full-width: （l２）): its width in bytes, 0 for none,
// and whether it is a letter.
func ocrFigureBefore(s string, i int) (w int, letter bool) {
	if i >= 3 && s[i-3] == 0xEF && s[i-2] == 0xBC && s[i-1]-0x90 <= 9 {
		return 3, false
	}
	if i > 0 {
		if _, letter, ok := ocrDigit(s[i-1]); ok {
			return 1, letter
		}
	}
	return 0, false
}

// ocrPage reads a page after a leader of dots, dashes or a tab where OCR
// read a letter for a digit, in brackets or bare (会议召开……（l2）, ……(1O),
// ……l): l and I for 1, O and o for 0, three characters at most. A title's
// own bracket or word (回忆录（I）, …Vol) has no such leader before it.
func ocrPage(s string) (before string, page int, ok bool) {
	var inner string
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") {
		_, cn := decodeLastRune(s)
		open := max(strings.LastIndexByte(s, '('), strings.LastIndex(s, "（"))
		if open < 0 {
			return "", 0, false
		}
		_, on := decodeRune(s[open:])
		before, inner = s[:open], trim(s[open+on:len(s)-cn])
	} else {
		i := len(s)
		for k := 0; k < 4; k++ {
			w, _ := ocrFigureBefore(s, i)
			if w == 0 {
				break
			}
			i -= w
		}
		before, inner = s[:i], s[i:]
	}
	if inner == "" || len(inner) > 3*3 {
		return "", 0, false
	}
	page, n, letters, ok := ocrRun(inner)
	if !ok || n > 3 {
		return "", 0, false
	}
	leader := before[len(trimLeader(before)):]
	if letters == 0 || page == 0 || strings.Trim(leader, " \u3000") == "" {
		return "", 0, false
	}
	return before, page, true
}

// coverPages are the pages of a cover, which have no number.
var coverPages = [...]string{"封二", "封三", "封四", "封底", "封面", "插页", "彩页"}

// coverPage reports whether t names a page of the cover: 封三.
func coverPage(t string) bool {
	for _, c := range coverPages {
		if t == c {
			return true
		}
	}
	return false
}

// authorAfterLeader reads a title, a leader of dots and an author's name
// (two to four characters, or two names with 、): it returns the title.
func authorAfterLeader(s string) (string, bool) {
	i, n := len(s), 0
	for i > 0 {
		r, size := decodeLastRune(s[:i])
		if !(r >= 0x4E00 && r <= 0x9FFF || r == '、' || r == '·') {
			break
		}
		i -= size
		n++
	}
	if n < 2 || n > 9 || i == 0 {
		return "", false
	}
	name := s[i:]
	if k := strings.Count(name, "、"); k == 0 && n > 4 || k > 1 {
		return "", false
	}
	t := trimLeader(s[:i])
	lead := s[len(t):i]
	if strings.Trim(lead, " \u3000") == "" || !leaderOK(lead, false) || t == "" {
		return "", false // no dots between: 会议召开 张三 3 is no essay's line
	}
	return t, true
}

// tocHeaderWords are the column heads a contents page prints.
// (篇名 and 题名, 篇名 … 頁次, as Taiwan's contents head them.)
var tocHeaderWords = [...]string{"栏目", "篇目", "页码", "页次", "作者", "标题", "题目", "序号", "篇名", "题名"}

// tocHeaderRow reports whether l is the row of column heads over a
// contents page set as a table (栏  目      篇        目      页码, 篇目 作者
// 页码): two such heads at least and nothing else, spaces aside.
func tocHeaderRow(l string) bool {
	if len(l) < 12 || len(l) > 120 || strings.IndexByte(l, ' ') < 0 && !strings.Contains(l, "\u3000") && strings.IndexByte(l, '\t') < 0 {
		return false
	}
	switch firstRune(trim(l)) {
	case "栏", "篇", "页", "作", "标", "题", "序":
	default:
		return false // every line of the contents but this one, by its first character: no copy of it made
	}
	k := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\t' {
			return -1
		}
		return r
	}, l)
	n := 0
	for k != "" {
		found := false
		for _, w := range tocHeaderWords {
			if rest, ok := strings.CutPrefix(k, w); ok {
				k, found = rest, true
				n++
				break
			}
		}
		if !found {
			return false
		}
	}
	return n >= 2
}

// authorColumn splits off the author that a contents page prints in a
// column of its own between the title and the page, a leader or a wide
// gap before it, as pdftotext -layout or a Word table of contents gives
// it (宁川抗日民主政府成立始末      陈明远      5, …始末……陈明远……5,
// …始末\t陈明远\t5, 县志办开展征集活动      通讯员 王芳      2): it returns
// the title. The author is a name or two (letter-spaced or not), a
// reporter's byline, or the journal itself (本刊). A title with a gap of
// its own (不忘初心　　牢记使命) or a dash (变迁——兼论…) has no name after
// it.
func authorColumn(title string) (string, bool) {
	for i := 0; i < len(title); {
		if c := title[i]; c >= 0xE4 && c <= 0xE9 && i+3 <= len(title) {
			i += 3 // Han, most of a title: no leader, and no decoding
			continue
		} else if c < utf8.RuneSelf && c != ' ' && c != '\t' && c != '.' && c != '_' && c != '-' {
			i++ // ASCII that no leader has (leaderRune's ASCII are these five): a figure, a letter
			continue
		}
		r, n := decodeRune(title[i:])
		if !leaderRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(title) {
			r, n := decodeRune(title[j:])
			if !leaderRune(r) {
				break
			}
			j += n
		}
		lead := title[i:j]
		// Spaces alone must be a column's gap (three, or two ideographic)
		// before a bare name; dashes alone are a title's own (变迁——兼论…).
		spaces := strings.Trim(lead, " \u3000\t") == ""
		bare := spaces && columnGap(lead, 0) < 0 && !strings.Contains(lead, "\t")
		if j < len(title) && leaderOK(lead, false) && strings.Trim(lead, "-－—─–") != "" {
			head, tail := trim(title[:i]), trim(title[j:])
			if head != "" && (!bare && (authorName(tail) || allNames(tail)) || reporterByline(tail) || journalAuthor(tail)) {
				return head, true
			}
		}
		i = j
	}
	return title, false
}

// leaderRune reports whether r is one trimLeader takes: a leader's dot,
// dash or space.
func leaderRune(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '.', '…', '·', '・', '‥', '⋯', '_', '-', '－', '—', '─', '–',
		'．', '･', '•', '∙', '⋅', '﹒', '。', '┅', '┄', '┈', '╌', '﹍', '﹏':
		return true
	}
	return false
}

// journalAuthor reports whether t credits the journal, an office or a
// writer's line as a contents page's author column does: 本刊, 本刊编辑部,
// 本刊评论员, 文/李秀英.
func journalAuthor(t string) bool {
	switch t {
	case "本刊", "本刊编辑部", "本刊评论员", "本刊特约评论员", "编辑部":
		return true
	}
	for _, p := range [...]string{"文/", "文／", "撰文 ", "撰文　"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = trim(rest)
			return authorName(rest) || allNames(rest)
		}
	}
	return false
}

// bracketAuthor reads a title, a leader and an author's name in brackets
// (县史志办召开…会议……（王芳）, the name two to four characters, or two names
// with 、): it returns the title.
func bracketAuthor(s string) (string, bool) {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return "", false // nearly every line
	}
	k := max(strings.LastIndex(s, "（"), strings.LastIndex(s, "("))
	if k <= 0 {
		return "", false
	}
	_, open := decodeRune(s[k:])
	_, shut := decodeLastRune(s)
	if !authorInBrackets(s[k+open : len(s)-shut]) {
		return "", false // not a name: （上）, （2023年）
	}
	t := trimLeader(s[:k])
	if lead := s[len(t):k]; t == "" || strings.Trim(lead, " \u3000") == "" || !leaderOK(lead, false) {
		return "", false // 会议召开（张三）: no leader, a title's own bracket
	}
	return t, true
}

// authorInBrackets reports whether s is one name (two to four Han characters)
// or two with 、 between, as a contents line prints its author.
func authorInBrackets(s string) bool {
	names := 0
	for _, name := range strings.Split(s, "、") {
		n := 0
		for _, r := range name {
			if r < 0x4E00 || r > 0x9FFF {
				return false
			}
			n++
		}
		if n < 2 || n > 4 {
			return false
		}
		names++
	}
	return names <= 2
}

// trimLeader returns s without the leader at its end: dots, dashes and
// spaces of every width.
func trimLeader(s string) string {
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1 // (a leader of dots is ASCII, one byte at a time)
		if r < utf8.RuneSelf {
			if r == ' ' || r == '\t' || r == '.' || r == '_' || r == '-' { // (the ASCII of the switch below)
				s = s[:len(s)-1]
				continue
			}
			return s
		}
		r, n = decodeLastRune(s)
		switch r {
		case ' ', '\t', '\u3000', '.', '…', '·', '・', '‥', '⋯', '_', '-', '－', '—', '─', '–',
			'．', '･', '•', '∙', '⋅', '﹒', '。', '┅', '┄', '┈', '╌', '﹍', '﹏':
			s = s[:len(s)-n]
			continue
		}
		return s
	}
	return s
}

// leaderOK reports whether the characters between a title and its page
// separate them as a table of contents does.
func leaderOK(leader string, decorated bool) bool {
	spaces, dots, dashes := 0, 0, 0
	for _, r := range leader {
		if r < utf8.RuneSelf {
			// The ASCII of the switch below, without its search of
			// every case (a leader of dots is ASCII).
			switch r {
			case ' ':
				spaces++
			case '\t':
				return true
			case '.', '_':
				dots++
			case '-':
				dashes++
			}
			continue
		}
		switch r {
		case ' ':
			spaces++
		case '\t':
			return true
		case '\u3000':
			spaces += 2
		case '.', '·', '・', '_', '．', '･', '•', '∙', '⋅', '﹒', '。', '﹍', '﹏':
			dots++
		case '…', '‥', '⋯', '┅', '┄', '┈', '╌':
			dots += 2
		case '-':
			dashes++
		case '－', '—', '─', '–':
			dashes += 2
		}
	}
	return spaces >= 2 || dots >= 2 || dashes >= 2 || decorated && spaces >= 1
}

// trailingPage reads the page at the end of s and returns what comes
// before it. decorated is true when the page is in brackets or between
// dashes, which a single space may then separate from the title.
func trailingPage(s string) (before string, page, last int, decorated, ok bool) {
	switch {
	case strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）"):
		_, cn := decodeLastRune(s)
		// A page in brackets is short (( 12 - 13 ), （一百二十三）): its
		// bracket is in the last 64 bytes, and no longer line is searched.
		from := max(0, len(s)-64)
		open := max(strings.LastIndexByte(s[from:], '('), lastIndexRare(s[from:], "（"))
		if open < 0 {
			return "", 0, 0, false, false
		}
		open += from
		_, on := decodeRune(s[open:])
		inner := trim(s[open+on : len(s)-cn])
		if page, last, ok = pageRange(inner); !ok {
			if w, found := pageWords(inner); found {
				// （第6页）, (P6), （p.12-13）: the page named as one
				if page, last, ok = pageRange(w); !ok {
					page, ok = cnPage(trim(w)) // （第六页）
					last = page
				}
				return s[:open], page, last, true, ok
			}
			if page, ok = cnPage(inner); ok {
				// （六）, （十八）: a page in Chinese numerals, as some
				// offices print them. Only after a leader: a title may end
				// with a part's number so (党史故事 （六）).
				return s[:open], page, page, false, true
			}
		}
		return s[:open], page, last, true, ok
	case strings.HasSuffix(s, "]") || strings.HasSuffix(s, "〕") || strings.HasSuffix(s, "】") || strings.HasSuffix(s, "］"):
		// [6], 〔6〕, 【6】, ［6］: the page in brackets of another form
		_, cn := decodeLastRune(s)
		from := max(0, len(s)-64) // (as above)
		t := s[from:]
		open := max(strings.LastIndexByte(t, '['), lastIndexRare(t, "〔"), lastIndexRare(t, "【"), lastIndexRare(t, "［"))
		if open < 0 {
			return "", 0, 0, false, false
		}
		open += from
		_, on := decodeRune(s[open:])
		page, last, ok = pageRange(trim(s[open+on : len(s)-cn]))
		return s[:open], page, last, true, ok
	case strings.HasSuffix(s, "页"):
		inner := strings.TrimSuffix(s, "页")
		i := strings.LastIndex(inner, "第")
		if i >= 0 {
			if page, last, ok = pageRange(trim(inner[i+len("第"):])); !ok {
				if n, cn := cnPage(trim(inner[i+len("第"):])); cn {
					return s[:i], n, n, true, true // 第六页
				}
				i = -1 // a 第 of the title (第一次会议): the page is 7页
			}
		}
		if i < 0 {
			// 6页: the page and its unit
			j := len(inner)
			for j > 0 && isDigitByte(inner, j) {
				j = prevRune(inner, j)
			}
			if j == len(inner) {
				return "", 0, 0, false, false
			}
			page, last, ok = pageRange(inner[j:])
			return inner[:j], page, last, true, ok
		}
		page, last, ok = pageRange(trim(inner[i+len("第"):]))
		return s[:i], page, last, true, ok
	}
	// - 6 -, — 6 —: dashes on both sides.
	if t := strings.TrimRight(s, "-—－ "); len(t) < len(s) {
		i := len(t)
		for i > 0 && isDigitByte(t, i) {
			i = prevRune(t, i)
		}
		head := strings.TrimRight(t[:i], " ")
		if i < len(t) && (strings.HasSuffix(head, "-") || strings.HasSuffix(head, "—") || strings.HasSuffix(head, "－")) {
			page, last, ok = pageRange(t[i:])
			_, dn := decodeLastRune(head)
			return head[:len(head)-dn], page, last, true, ok
		}
		return "", 0, 0, false, false
	}
	// A bare page or range: 6, ６, 12-13, 12—13.
	i := len(s)
	for i > 0 && isDigitByte(s, i) {
		i = prevRune(s, i)
	}
	if i == len(s) {
		return "", 0, 0, false, false
	}
	end := i
	for _, dash := range []string{"-", "—", "–", "~", "～", "－", "─"} {
		if j := strings.TrimSuffix(s[:i], dash); len(j) < i {
			k := len(j)
			for k > 0 && isDigitByte(j, k) {
				k = prevRune(j, k)
			}
			if k < len(j) {
				end = k
			}
			break
		}
	}
	page, last, ok = pageRange(s[end:])
	for _, mark := range [...]string{"P.", "p.", "P", "p"} {
		if head, found := strings.CutSuffix(s[:end], mark); found {
			return head, page, last, true, ok // P6, P.6: the page marked
		}
	}
	return s[:end], page, last, false, ok
}

// cnPage reads a page in Chinese numerals, the whole of s: 六, 十八,
// 一百零五. A contents page seldom reaches a thousand.
func cnPage(s string) (int, bool) {
	if s == "" || s[0] < 0xE3 {
		return 0, false
	}
	d := &dateScanner{s: s}
	v, ok := d.cnNumber()
	if !ok || d.i != len(s) || v < 1 || v > 999 {
		return 0, false
	}
	return v, true
}

// isDigitByte reports whether the rune ending at s[:i] is an ASCII or
// full-width digit.
func isDigitByte(s string, i int) bool {
	r, _ := decodeLastRune(s[:i])
	return isFigure(r)
}

func prevRune(s string, i int) int {
	_, n := decodeLastRune(s[:i])
	return i - n
}

// pageRange reads a page (6, ６) or a range of pages (12-13, 12—13).
func pageRange(s string) (page, last int, ok bool) {
	s = trim(s)
	if asciiDigits(s) {
		// No dash: 12, the common case, read as pageRange1 reads it
		// (digitsValue: four figures at most), without a scanner.
		if len(s) > 4 {
			return 0, 0, false
		}
		for i := 0; i < len(s); i++ {
			page = page*10 + int(s[i]-'0')
		}
		if page == 0 {
			return 0, 0, false
		}
		return page, page, true
	}
	for _, dash := range []string{"-", "—", "–", "~", "～", "－", "─"} {
		if a, b, found := strings.Cut(s, dash); found {
			p1, ok1 := digitsValue(trim(a))
			p2, ok2 := digitsValue(trim(b))
			if !ok1 || !ok2 || p1 == 0 || p2 < p1 {
				return 0, 0, false
			}
			return p1, p2, true
		}
	}
	return pageRange1(s)
}

// pageWords returns what is inside 第…页, P…, p.… or 页… (the page as a
// contents in brackets names it: （第6页）, (P6), （页12）), and whether s
// was one of these.
func pageWords(s string) (string, bool) {
	switch {
	case strings.HasPrefix(s, "第") && strings.HasSuffix(s, "页"):
		return s[len("第") : len(s)-len("页")], true
	case strings.HasPrefix(s, "页"):
		return s[len("页"):], true
	case len(s) > 1 && (s[0] == 'P' || s[0] == 'p'):
		rest := trim(strings.TrimPrefix(strings.TrimLeft(s, "Pp"), ".")) // P6, p.6, pp. 6-7
		return rest, rest != "" && rest[0] >= '0' && rest[0] <= '9'
	}
	return "", false
}

// namedPage reports whether s, the page in brackets after a title, names
// itself a page (（第6页）, (P6)): then no leader is needed, where a bare
// （6） may be the title's own number.
func namedPage(s string) bool {
	_, open := decodeRune(s)
	_, closing := decodeLastRune(s)
	if open+closing > len(s) {
		return false
	}
	_, ok := pageWords(trim(s[open : len(s)-closing]))
	return ok
}

// pageRange1 reads a page that is not a range.
func pageRange1(s string) (page, last int, ok bool) {
	page, ok = digitsValue(s)
	if !ok || page == 0 {
		return 0, 0, false
	}
	return page, page, true
}

// asciiDigits reports whether s is ASCII digits and nothing else.
func asciiDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasStop reports whether s holds 。 or ；, which no title of a table of
// contents does: one pass over the bytes instead of two searches.
func hasStop(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE3: // 。 E3 80 82
			if s[i+1] == 0x80 && s[i+2] == 0x82 {
				return true
			}
		case 0xEF: // ； EF BC 9B
			if s[i+1] == 0xBC && s[i+2] == 0x9B {
				return true
			}
		}
	}
	return false
}

// mastheadKeys are the labels a masthead uses. Outside a block between
// --- rules only these count, so that body text such as 说明：… is not
// taken for a masthead line.
var mastheadKeys = map[string]bool{
	"主管": true, "主办": true, "承办": true, "编印": true, "主编": true, "副主编": true, "执行主编": true,
	"责任编辑": true, "编辑": true, "校对": true, "美编": true, "地址": true, "电话": true, "传真": true,
	"邮箱": true, "电子邮箱": true, "邮编": true, "网址": true, "印刷": true, "承印": true, "印数": true,
	"准印证号": true, "内部资料准印证号": true, "发放范围": true, "发送范围": true, "报送": true, "主送": true, "抄送": true,
	"发布日期": true, "发布时间": true, "印发日期": true, "出版日期": true, "编印日期": true, "印刷日期": true, "来源": true,
	"期号": true, "期数": true, "刊期": true, "总期号": true,
	// as other offices label them: 主管单位：…, 总 编 辑：…, 发行范围：…
	// (not 联系电话, 投稿邮箱, 编辑部地址: a call for articles ends with
	// them, and would be taken for a masthead after the last article)
	"主管单位": true, "主办单位": true, "承办单位": true, "编印单位": true, "编辑单位": true, "出版单位": true,
	"印刷单位": true, "总编辑": true, "副总编辑": true, "总编": true, "美术编辑": true, "发行范围": true,
	"出版时间": true, "印发时间": true, "编印时间": true,
	// who checked it, as a web page ends (责任编辑：… / 审核：… / 校对：…)
	"审核": true,
	// as Taiwan's and Hong Kong's periodicals print them (發行人：…,
	// 發行日期：…, 出刊日期：…)
	"发行人": true, "发行日期": true, "出刊日期": true,
}

// isIssueKey reports whether a masthead key labels the issue number
// (期号：2023年第11期（总第215期）).
func isIssueKey(k string) bool {
	return k == "期号" || k == "期数" || k == "刊期" || k == "总期号"
}

// isDateKey reports whether a masthead key labels the publication date.
func isDateKey(k string) bool {
	return k == "发布日期" || k == "发布时间" || k == "印发日期" || k == "出版日期" || k == "编印日期" || k == "印刷日期" ||
		k == "出版时间" || k == "印发时间" || k == "编印时间" || k == "发行日期" || k == "出刊日期"
}

func isDistributionKey(k string) bool {
	return k == "发放范围" || k == "发送范围" || k == "发行范围"
}

// mastheadLine matches 主 管：平顶山市人民政府, returning the key without the
// letter-spacing that typesetting put into it.
func mastheadLine(l string, inRule bool) (key, val string, ok bool) {
	i := strings.Index(l, "：")
	w := len("：")
	if j := strings.Index(l, ":"); j >= 0 && (i < 0 || j < i) {
		i, w = j, 1
	}
	if i <= 0 {
		return "", "", false
	}
	key = dropUnicodeSpaces(l[:i])
	val = trim(l[i+w:])
	if val == "" {
		return "", "", false
	}
	if mastheadKeys[key] {
		return key, val, true
	}
	if !inRule || utf8.RuneCountInString(key) > 8 || containsAnyOf(key, "，。、") || editorsTitle(key) {
		// (编者按：今年以来，… under the rule under a briefing's cover: the
		// editors' note, which had been a field of the masthead.)
		return "", "", false
	}
	return key, val, true
}

// dropUnicodeSpaces is strings.Join(strings.Fields(s), ""): s without its
// spaces, in one string made where s has any (a slice of the fields and
// their join had been a twelfth of what the parse of the sample
// allocated, by count: a masthead's keys are letter-spaced).
func dropUnicodeSpaces(s string) string {
	k := strings.IndexFunc(s, unicode.IsSpace)
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	for i := k; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// headingOverBody reports whether line i is a marked heading over the
// body's structure: over a title over text (## 重要会议 / ### 会议甲召开 /
// 11月6日，…). A section of a table of contents is over its titles (a
// contents set as ## sections over ### titles too).
func (p *parser) headingOverBody(i int) bool {
	if !explicitHeadingLine(trim(p.lines[i])) {
		return false
	}
	j := p.nextText(i + 1)
	if j < 0 {
		return false
	}
	k := p.nextText(j + 1)
	return k >= 0 && bodyLike(trim(p.lines[k]))
}

// preface gives the body the note findTOC found between the cover and the
// contents heading (编者按：…): an entry before the first section, its
// heading (## 卷首语) its title, its paragraphs set apart by blank lines.
// The body is read after the table of contents, so its parse never sees
// these lines.
func (p *parser) preface() {
	lo, hi := p.prefaceLo, p.prefaceHi
	if hi <= lo {
		return
	}
	var pieces []model.Entry
	e := model.Entry{Line: lo + 1}
	open := false              // the last paragraph goes on at the next line
	gap, broke := false, false // blank lines, and a page's furniture, since the last line of text
	prevText := ""             // the last line of text
	for i := lo; i < hi; i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) || rule(l) {
			if p.isTransparent(i) || p.furn != nil && p.furn[i] {
				broke = true
			}
			gap = true
			continue
		}
		if gap && (!broke || len(e.Paragraphs) == 0 || closed(e.Paragraphs[len(e.Paragraphs)-1].Text)) {
			// (A sentence a page's break cut, …部 / — 2 — / 分内容…, goes
			// on after it.)
			open = false
		}
		gap, broke = false, false
		if i == lo && (explicitHeadingLine(l) || editorsTitle(l) || len(l) <= 8*3 && bookPiece(unspace(l))) {
			e.Title = trim(stripMarkup(stripHeading(l)))
			continue
		}
		if i > lo && len(l) <= 8*3 && len(e.Paragraphs) > 0 && bookPiece(unspace(stripHeading(l))) {
			// 序 over its text, then 凡例 over its points, both before
			// the contents (a chronicle's, a gazetteer's): two pieces (the
			// second had been a paragraph of the first).
			pieces = append(pieces, e)
			e = model.Entry{Title: trim(stripMarkup(stripHeading(l))), Line: i + 1}
			open = false
			continue
		}
		if open && startsIndented(p.lines[i]) && (!startsIndented(p.lines[i-1]) || strings.HasPrefix(p.lines[i], "                ")) {
			// A page's paragraphs without blank lines between (pdftotext
			// -layout): an indented line after a line that was not one
			// begins a paragraph (一、… 二、… of 编辑说明's points), and a
			// line set far right is one of its own (编　者 over the date).
			open = false
		}
		if title, rest, ok := leadingBold(l); ok && i == lo && rest != "" && !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") && !strings.ContainsRune("：:", lastRune(title)) {
			// **编者按** 11月…, a run-in title, as the body reads one. Before
			// a colon, or with one in the bold (**编者按：**…), it stays in
			// the text (编者按：…), which says what the text is.
			e.Title, l = title, rest
		}
		if open && (closed(prevText) && (enumerator(l) > 0 || !closed(l) && runeCount(l) <= 12) || !closed(prevText) && runeCount(prevText) <= 12) {
			// 凡例's points, 一、… 二、…, each after a sentence that ended,
			// and a short line that ends none (縣長　陳志宏　謹識 under the
			// text, over the date): each a paragraph of its own, not a
			// line of the one above.
			open = false
		}
		prevText = l
		t := trim(stripMarkup(l))
		if open {
			last := &e.Paragraphs[len(e.Paragraphs)-1]
			last.Text = p.join(last.Text, t)
			continue
		}
		e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: t, Line: i + 1})
		open = true
	}
	if len(e.Paragraphs) > 0 || e.Title != "" {
		pieces = append(pieces, e)
	}
	if len(pieces) == 0 {
		return
	}
	ss := p.iss.Sections
	if len(ss) > 0 && ss[0].Name == "" && ss[0].Line == 0 {
		ss[0].Entries = slices.Insert(ss[0].Entries, 0, pieces...)
		return
	}
	p.iss.Sections = slices.Insert(ss, 0, model.Section{Entries: pieces})
}
