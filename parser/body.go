package parser

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// body reads sections, entries and paragraphs from p.bodyStart to the end.
// It reads through page furniture as if it were not there. Blocks of text
// end at blank lines, headings and rules, and, where a copy has no blank
// lines between paragraphs, where a line starts a paragraph (see
// startsParagraph).
func (p *parser) body() {
	p.bulletTitles()
	p.headingSubtitles()
	levels := p.inferWrap()
	p.measureSpacing()
	p.setextDashes = p.countSetextDashes()
	p.yearbook = p.detectYearbook(levels)
	b := &bodyBuilder{p: p, iss: p.iss, sec: -1, lastLine: -1}
	b.plan()
	b.secCols = p.sectionColumnLines()

	var block []string
	start := 0
	prev := ""
	// takePair begins a block at line i with the two bold lines of a
	// title the wrap cut (see boldPair), and returns the line to go on
	// after.
	takePair := func(i int) (int, bool) {
		first, second, next, ok := b.boldPair(i)
		if !ok {
			return i, false
		}
		start = i
		block = append(block, first, second)
		prev = second
		return next, true
	}
	boldOpen := false // the block has opened ** and not closed it: a title goes on
	boldSince := 0    // the length of the block when it did
	// fresh says that the block began after a blank line, a heading or a
	// rule, not where startsParagraph broke a run of lines.
	fresh, broke := true, false
	// own says the block is a line of its own by one of startsParagraph's
	// rules (297.1 / 312.5, 报：…): not the rest of the paragraph above,
	// which a block that begins otherwise may be (…11月 / 12日，…).
	own, nextOwn := false, false
	flush := func() {
		if len(block) > 0 {
			b.ownBlock = own
			b.text(block, start+1, fresh)
			block = block[:0]
		}
		boldOpen = false
		fresh = !broke
		broke = false
		own, nextOwn = nextOwn, false
	}
	for i := p.bodyStart; i < len(p.lines); i++ {
		if p.isTransparent(i) {
			continue
		}
		l := p.lines[i]
		if isBlank(l) {
			if len(block) > 0 && !boldOpen && p.lineGap(i) {
				continue // a double-spaced copy's blank line inside a paragraph
			}
			if len(block) == 1 && !boldOpen && p.titleAcrossBlank(block[0], i) {
				continue // one title a column's end cut (see titleAcrossBlank)
			}
			flush()
			continue
		}
		if len(l) > maxLine {
			p.warn(i+1, "a line of %d characters: are the line breaks lost?", utf8.RuneCountInString(l))
		}
		if lvl, raw, ok := headingRaw(l); ok {
			if t := stripMarkup(raw); len(t) <= maxHeading {
				flush()
				// Nothing stripped (nearly every heading): t is its own
				// plain text, trimmed, and stripMarkup finds in it what it
				// found in raw, nothing.
				plain := t
				if len(t) != len(raw) {
					plain = trim(stripMarkup(t))
				}
				b.heading(lvl, t, plain, i+1)
				continue
			}
			// Its text, without the hashes: they are markup still.
			t := stripMarkup(raw)
			p.warn(i+1, "a heading of %d characters, read as text", utf8.RuneCountInString(t))
			l = t
		}
		if (l[0] == ' ' || l[0] == '-') && l[len(l)-1] == '-' && dashRun(l) {
			if rows, colLine, last, ok := p.multilineTable(i); ok {
				// pandoc's multiline table: a paragraph a row, the header
				// first, its borders markup, and its caption a paragraph
				// of its own.
				flush()
				p.addFurniture(i, model.Markup, l)
				p.addFurniture(colLine, model.Markup, p.lines[colLine])
				for _, r := range rows {
					b.para(r.text, r.line+1)
				}
				p.addFurniture(last, model.Markup, p.lines[last])
				i = last
				if c, k, ok := tableCaption(p.lines, last); ok {
					p.rewrite(k, c) // (its colon is pandoc's mark)
					b.para(c, k+1)
					b.close() // (the text under it is no rest of the caption)
					i = k
				}
				continue
			}
		}
		if n := p.lines[min(i+1, len(p.lines)-1)]; len(n) >= 7 && (n[0] == '-' || n[0] == ' ' && n[len(n)-1] == '-') {
			if rows, border, last, ok := headedDashTable(p.lines, i); ok {
				// pandoc's simple table with a header (  指标   单位 /
				// ------ ---- / 粮食产量   万吨 / …), as it writes a docx's
				// 统计资料: a paragraph a row, its border markup (the rows
				// had been 条目 titled by their first cell).
				flush()
				b.para(rows[0].text, rows[0].line+1)
				p.addFurniture(border, model.Markup, p.lines[border])
				for _, r := range rows[1:] {
					b.para(r.text, r.line+1)
				}
				i = last
				if c, k, ok := tableCaption(p.lines, last); ok {
					// (  : 2022年组织工作主要数据 under it: its caption, as
					// under a multiline table.)
					p.rewrite(k, c)
					b.para(c, k+1)
					b.close()
					i = k
				}
				continue
			}
		}
		if (l[0] == '-' || l[0] == ' ') && dashBorder(l) {
			if rows, last, ok := dashTable(p.lines, i); ok {
				// pandoc's simple table (  ------ ----- / rows / ------ -----):
				// a paragraph a row, its borders markup.
				flush()
				p.addFurniture(i, model.Markup, l)
				for _, r := range rows {
					b.para(r.text, r.line+1)
				}
				p.addFurniture(last, model.Markup, p.lines[last])
				i = last
				if c, k, ok := tableCaption(p.lines, last); ok {
					p.rewrite(k, c) // its caption, as above
					b.para(c, k+1)
					b.close()
					i = k
				}
				continue
			}
		}
		if rule(l) {
			// A rule is a page ornament, not the end of a sentence: the
			// paragraph before it may go on after it.
			flush()
			continue
		}
		if l[0] == '<' || (l[0] == ' ' || l[0] == '\t') && strings.HasPrefix(trimLeftBlanks(l, true), "<") {
			if rows, last, ok := htmlTable(p.lines, i); ok {
				// MinerU's <table>…</table>: a paragraph a row, as below.
				flush()
				if len(rows) > 1 && rows[1].line > rows[0].line && hasPrefixFold(trim(p.lines[rows[0].line]), "<tr") && b.inChronicle() {
					if _, head := chronColumns(tableCells(rows[0].text)); head {
						// <tr><td>日期</td><td>事件</td></tr> on a line of its own
						// over a chronicle's rows: markup, as a Markdown
						// table's header row is (it had been a line of the
						// event above).
						p.addFurniture(rows[0].line, model.Markup, p.lines[rows[0].line])
						rows = rows[1:]
					}
				}
				for _, r := range rows {
					if name, ok := b.periodRow(r.text); ok {
						b.close()
						b.newSection(model.Section{Name: name, Line: r.line + 1})
						continue
					}
					b.para(r.text, r.line+1)
				}
				i = last
				continue
			}
		}
		if gridBorder(l) {
			// pandoc's grid table: its borders are markup, its rows the
			// | … | lines below.
			flush()
			p.addFurniture(i, model.Markup, l)
			if rows, last, ok := p.gridRowWrapped(i+1, b.inChronicle()); ok {
				b.text([]string{rows[0].text}, i+2, true)
				for _, r := range rows[1:] {
					// The cell's next paragraphs: the row's event's, or,
					// where one opens with its own day (13日，会议闭幕。),
					// that day's event, as the line would be outside a table.
					b.text([]string{r.text}, r.line+1, true)
				}
				i = last
			}
			continue
		}
		if (l[0] == '-' || l[0] == ':') && bareSeparator(l) && len(block) == 1 && strings.Contains(block[0], "|") {
			// html2text's table, its rows without the outer bars (日期 | 事项 /
			// ---|--- / 11月2日 | …): the rule row is markup, the header and
			// each row a paragraph, to the blank line.
			head := block[0]
			block = block[:0]
			flush()
			b.para(trim(head), i)
			p.addFurniture(i, model.Markup, l)
			for i+1 < len(p.lines) && !isBlank(p.lines[i+1]) && strings.Contains(p.lines[i+1], "|") {
				i++
				b.para(trim(p.lines[i]), i+1)
			}
			b.close() // the text after it is a paragraph of its own
			continue
		}
		if l[0] == '|' && strings.HasSuffix(trimRight(l), "|") {
			// A table's row (| 地区生产总值 | 2150亿元 | 5.1% |) is a line of its
			// own, its rule row markup: the rows are not one sentence.
			flush()
			if tableSeparator(l) || strings.Trim(l, "| \t") == "" || i+1 < len(p.lines) && placeholderHeader(l) && tableSeparator(p.lines[i+1]) {
				// (pymupdf4llm's header of a table that has none,
				// |Col1|Col2|, and its rows of empty cells, |||, are no
				// text of the copy: markup too.)
				p.addFurniture(i, model.Markup, l)
			} else if name, ok := b.periodRow(l); ok {
				b.close()
				b.newSection(model.Section{Name: name, Line: i + 1})
			} else {
				b.text([]string{l}, i+1, true)
			}
			continue
		}
		if ornament(l) {
			// ———————— or ★　★　★ between articles, as a Word copy saved as
			// text keeps them: an ornament, taken out as a rule is.
			flush()
			p.addFurniture(i, model.Markup, l)
			continue
		}
		if sc, ok := b.secCols[i]; ok {
			// 时政要闻<gap>县委常委会召开会议: the column's name in the
			// margin beside its first title, as pdftotext -layout prints
			// a column bar: the section, then the entry.
			flush()
			b.close()
			b.newSection(model.Section{Name: sc[0], Line: i + 1})
			b.newEntry(sc[1], i+1)
			continue
		}
		if b.names[i] {
			flush()
			b.close()
			label, name := nameLabel(trim(l))
			b.newSection(model.Section{Name: name, Label: label, Line: i + 1})
			continue
		}
		if b.plain != nil {
			switch b.plain[i-p.bodyStart] {
			case lineSection:
				flush()
				b.close()
				label, name := nameLabel(trim(l))
				b.newSection(model.Section{Name: name, Label: label, Line: i + 1})
				continue
			case lineTitle:
				flush()
				if monthChronicleLine(l) && b.overEvent(i) {
					// 大事记 / 宁川市2023年11月大事记 / 1日　…: the month's
					// chronicle under its column's name, a section over its
					// days, as it is with contents (it had been a title, the
					// days its undated paragraphs, silently).
					b.close()
					b.newSection(model.Section{Name: trim(stripMarkup(l)), Line: i + 1})
					continue
				}
				title := trim(l)
				if t, ok := markedTitle(title); ok {
					title = t // □ 城关镇完成镇志初稿: the bullet is no part of the title
				}
				b.newEntry(title, i+1)
				continue
			case lineKicker:
				// The lead-in heads the title under it, as a contents'
				// lead-in does (kickerLine).
				j := i + 1
				for j < len(p.lines) && isBlank(p.lines[j]) {
					j++
				}
				if j < len(p.lines) && b.plain[j-p.bodyStart] == lineTitle {
					flush()
					title := trim(p.lines[j])
					if t, ok := markedTitle(title); ok {
						title = t
					}
					b.newEntry(trim(l)+" "+title, i+1)
					i = j
					continue
				}
			case lineRunIn:
				// The title and the text it runs into: a block of their own
				// (text splits them).
				flush()
				start = i
				block = append(block, l)
				prev = l
				continue
			case lineTitleWrapped:
				flush()
				j := i + 1
				for j < len(p.lines) && b.plain[j-p.bodyStart] != lineTitleEnd {
					j++
				}
				if j < len(p.lines) {
					b.newEntry(p.join(trim(l), trim(p.lines[j])), i+1)
					i = j
					continue
				}
			}
		}
		if !b.entry && p.calloutTitle(i) {
			// > [!note] 编者按 over its text before any article: a piece
			// titled so, as **编者按** is (inside an article, the title
			// is a paragraph of its own).
			flush()
			b.newEntry(trim(l), i+1)
			continue
		}
		if len(block) == 0 && b.lastTitled() && backMatter(l) && i+1 < len(p.lines) && isBlank(p.lines[i+1]) {
			// 征稿启事 / 编后记 alone after the last article, over its text:
			// a piece of its own, titled so, as **更正** is, not the last
			// article's.
			flush()
			b.newEntry(trim(l), i+1)
			continue
		}
		if lvl, next, ok := p.setext(i, len(block) == 0); ok {
			flush()
			t := trim(stripMarkup(l))
			b.heading(lvl, t, trim(stripMarkup(t)), i+1)
			p.addFurniture(next, model.Markup, p.lines[next])
			i = next
			continue
		}
		if len(block) == 0 {
			// One title the wrap cut into two bold lines: read as
			// **first second** (with what follows it).
			if next, ok := takePair(i); ok {
				i = next
				continue
			}
		}
		// Atop a page, after a sentence that ended on the page before: a
		// bold title and its text (**会议召开** 会议…) begin a block as
		// after a blank line (the blank lines around the page's number
		// and head are the break's, which had joined the title to the
		// entry above as its paragraph).
		// So too the text atop a page under a bold title alone at the foot
		// of the page before (**二、…活动** / — 3 — / 县志办…), or a title
		// after its bullet (◇县志办开展…活动): the title
		// is a block of its own, as with a blank line under it (it had
		// been the first line of a paragraph of the entry above).
		// And a list's next item atop a page (1. 加强组织领导 / — 2 — /
		// 2. 落实造林任务): a paragraph of its own, as the item before is
		// (it had been run into it).
		topTitle := len(block) > 0 && !boldOpen && p.isTransparent(i-1) &&
			(boldTitle(l, true) && closed(prev) || len(block) == 1 && (boldAlone(block[0]) || markedAlone(block[0]) || nextItem(block[0], l)))
		starts := len(block) == 0 || topTitle || !boldOpen && (p.startsParagraph(block[0], prev, l, b.inEvents) || p.cutTitleAfter(prev, i) || p.calloutTitle(i-1) || b.sectionNameAlone(i) || p.tableHead(i))
		if len(block) > 0 && len(block) <= 3 && !boldOpen && len(prev) <= 80*3 && p.bylineUnder(prev, block, b) {
			// 楚都纪南城考略 / 李秀英 / 纪南城是…: an essay's byline under its
			// title, a line of its own, in a copy without blank lines;
			// where the text's indent begins it too (pdftotext -layout
			// centres the byline, 陈明远 / 　　1940年春，…), still its own:
			// the text is no rest of the name's line. So is a subtitle
			// under its title (——记县史志办原主任李文华 / 李文华同志…).
			starts = true
			p.splitOwn = true
		}
		if !starts && !p.yearbook && closed(prev) {
			// …组成人员。 / 市委主题教育第二期读书班开班 11月21至24日，…: a title
			// run into its text, joined to the sentence before it where
			// nothing split them (see runInsLeft).
			if _, _, ok := plainRunIn(trim(l)); ok {
				p.warn(i+1, runInLeft, clipText(trim(l), 30))
			}
		}
		// A heading may follow a paragraph that ended a sentence at the
		// very end of a full line.
		if starts || !boldOpen && closed(prev) && !p.full(l) {
			if p.gazetteer {
				if name, ok := gazetteerItem(trim(l)); ok {
					// 一、小麦 over its text: a gazetteer's item.
					flush()
					b.newEntry(name, i+1)
					continue
				}
			}
			if p.plainTitles && p.plainTitleAt(i) {
				// 概况 / 2022年，…: a 条目's title, a plain line.
				flush()
				b.newEntry(trim(l), i+1)
				continue
			}
			if p.yearbook && !periodHeading(l) {
				if label, name, depth, ok := b.yearbookHeading(i); ok {
					flush()
					b.yearbookPlace(label, name, depth, i)
					continue
				}
			}
			if kind, label, name := b.enumerated(l, i); kind != notHeading && !(p.yearbook && !p.itemsFollow(i)) {
				// (In a yearbook, 一、 over text alone is an article's point.)
				flush()
				if kind == b.sectionStyle && len(b.iss.TOC) == 0 {
					if k := p.prevText(i); k >= p.bodyStart && strings.ContainsRune("：:", lastRune(trim(p.lines[k]))) {
						// 会议要求： / 一、提高政治站位, where plainTitles found
						// too few titles to tell points from sections by.
						p.warn(i+1, pointSection, clipText(trim(l), 30))
					}
				}
				b.numbered(kind, label, name, i+1)
				if _, next, ok := p.setext(i, true); ok {
					// 领导活动 / ===, a section the contents name, whose
					// Setext line the check above could not see (the text
					// above went on to it through a page's furniture).
					p.addFurniture(next, model.Markup, p.lines[next])
					i = next
				}
				continue
			}
			// A line that ends a sentence (。), longer than ocrYearLine's
			// 1953年。, is none of the year's or month's lines below: each
			// asks its last character (or its whole) first.
			t := trim(l)
			sentence := len(t) > 4*3+3+3 && strings.HasSuffix(t, "。")
			if !sentence && (periodHeading(l) || monthChronicleLine(l) || b.yearsLine(l, i) || b.partLine(l, i) || b.markedYearLine(l, i) || b.looseYearHeading(l) && b.overEvent(i) || b.bareYearLine(l, i) || b.clippedYearLine(l, i) || b.ocrYearLine(l, i) || partLabelAlone(l)) && (b.plain == nil || b.plain[i-p.bodyStart] != lineDateCut) && !b.dateCutUnderTitle(i) && !p.signedDate(i) {
				// 1986年, 一九八六年, 11月 alone on a line: a chronicle's
				// year or month (1月份大事记 too).
				flush()
				b.close()
				name, label := trim(stripMarkup(l)), ""
				if len(name) > 2 && (name[0] == '-' || name[0] == '*' || name[0] == '+') && (name[1] == ' ' || name[1] == '\t') {
					// -   1986年: pandoc's list item of Word's outline, the
					// year's; its marker is no part of the name (a label,
					// as 一、 is).
					label, name = name[:1], trim(name[2:])
				}
				if first, _ := decodeRune(name); name != "" && name[0] == 0xE2 && lastRune(name) == first {
					// ◆3月◆, ★ 二〇一四年 ★: the ornament on both sides is a
					// label, held once, as a heading's is (■ 1987年 keeps
					// its bullet in its name).
					label, name = nameLabel(name)
				}
				b.newSection(model.Section{Name: name, Label: label, Line: i + 1})
				continue
			}
			if !p.yearbook && bracketName(l) && (p.boldTitleNext(i+1) || p.runInNext(i+1) || briefColumn(l) && b.datedNext(i)) {
				// (【简讯】 over items that each open with their date, no
				// title and no bullet: a column of news in brief, each
				// item an entry; it had been one entry so titled, dated
				// by its first item, the others its paragraphs.)
				// 【社会民生】 alone over bold titles: a report's section
				// name in brackets (as a yearbook prints its 条目), kept as
				// printed, as a table of contents that prints it so gives it.
				flush()
				b.close()
				b.newSection(model.Section{Name: trim(l), Line: i + 1})
				continue
			}
		}
		if len(block) > 0 && starts {
			if p.ownShort && len(block) == 1 {
				// 县志办开展读书月活动 / 为进一步…: a line of its own, but a
				// title nothing else marks (no date under it) or a caption?
				// (桐溪镇人民政府, a body alone: a speech's or a report's
				// byline under its title, which a page's break parted from
				// the text, not a title.)
				if _, _, toc := p.tocTitleLine(trim(block[0])); !toc && !officeAlone(trim(block[0])) && !unitAlone(trim(block[0])) {
					p.warn(start+1, shortOwnLine, clipText(trim(block[0]), 30))
				}
			}
			broke = !topTitle
			nextOwn = p.splitOwn
			flush()
			// A Setext heading, or a title cut into two bold lines (see
			// above), where no blank line parts them from the text above:
			// a page's furniture between, in a copy set tight.
			if lvl, next, ok := p.setext(i, true); ok {
				t := trim(stripMarkup(l))
				b.heading(lvl, t, trim(stripMarkup(t)), i+1)
				p.addFurniture(next, model.Markup, p.lines[next])
				i = next
				continue
			}
			if next, ok := takePair(i); ok {
				i = next
				continue
			}
		}
		if len(block) == 0 {
			start = i
		}
		if len(block) > 0 && splitStars(prev, l) {
			boldOpen = !boldOpen // a ** the wrap cut in two: * / *
		}
		block = append(block, l)
		prev = l
		if boldMarks(l)%2 == 1 {
			boldOpen = !boldOpen
			boldSince = len(block)
		}
		if boldOpen && len(block)-boldSince >= 3 {
			// A title is not this long: the ** was a stray one, and what
			// follows is read as text, not held in one block.
			boldOpen = false
		}
	}
	flush()
	b.flushKicker()
	b.close()
	b.closeSection()
	b.handOut()
}

// sectionNameAlone reports whether line i is a section's name as the
// table of contents prints it, on a line of its own over a blank line or
// a heading: a section begins there, after a sentence a page cut too
// (…当日还 / — 9 — / 领导活动, set tight, no blank line between).
func (b *bodyBuilder) sectionNameAlone(i int) bool {
	p := b.p
	if len(b.tocSections) == 0 {
		return false
	}
	t := trim(p.lines[i])
	if len(t) > b.sectionMaxLen || !b.tocSections[string(p.fold(t))] {
		return false
	}
	j := i + 1
	for j < len(p.lines) && p.isTransparent(j) && !isBlank(p.lines[j]) {
		j++
	}
	if j >= len(p.lines) || isBlank(p.lines[j]) {
		return true
	}
	_, _, ok := heading(p.lines[j])
	return ok
}

// pointSection is the warning for a numbered line read as a section's
// name under a line that ends with a colon (会议要求： / 一、…).
const pointSection = "%q, under a line that ends with a colon, read as a section's name: is it a point of the text above?"

// headingSubtitles takes out, as markup furniture, the English name or
// the pinyin in capitals printed under a section's name (## 领导活动 /
// / Leaders' Activities, 时政要闻 / SHIZHENG YAOWEN): the name's
// typesetting, not text. Read as text it had been an entry of its own
// without a title, or glued the name under it to the entry before. It
// is furniture, not part of the name, so that the name still matches
// the table of contents and other issues; the line is kept there whole.
// Under a Markdown heading blank lines may come between; under a plain
// line (a short name in Han alone, after a blank line) it is the next
// line. A blank line or a heading must follow it.
func (p *parser) headingSubtitles() {
	for i := p.bodyStart + 1; i < len(p.lines); i++ {
		l := p.lines[i]
		if l == "" || l[0] < 'A' || l[0] > 'Z' || !latinSubtitle(l) {
			continue // nearly every line, by its first byte
		}
		if i+1 < len(p.lines) && !isBlank(p.lines[i+1]) {
			if _, _, ok := heading(p.lines[i+1]); !ok {
				continue
			}
		}
		j := i - 1
		for j > p.bodyStart && isBlank(p.lines[j]) {
			j--
		}
		if isBlank(p.lines[j]) || p.isTransparent(j) {
			continue
		}
		if _, t, ok := heading(p.lines[j]); ok {
			if !hasHan(t) {
				continue
			}
		} else if t, ok := boldOnly(trim(p.lines[j])); ok {
			if !hanName(trim(t)) {
				continue // (**时政要闻** / / Current Affairs: a bold name's)
			}
		} else if j != i-1 || j > p.bodyStart && !isBlank(p.lines[j-1]) || !hanName(trim(p.lines[j])) {
			continue
		}
		p.addFurniture(i, model.Markup, l)
		if p.transparent == nil {
			p.transparent = make([]bool, len(p.lines))
		}
		p.transparent[i] = true
	}
}

// latinSubtitle reports whether l is a short line of Latin words and
// nothing else, beginning with a capital (Leaders' Activities, SHIZHENG
// YAOWEN): no figure, and no stop at its end, which a sentence has.
func latinSubtitle(l string) bool {
	l = trimRight(l)
	if len(l) < 3 || len(l) > 60 {
		return false
	}
	letters := 0
	for _, r := range l {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		case r == ' ' || r == '\'' || r == '’' || r == '&' || r == '-' || r == ',':
		default:
			return false
		}
	}
	return letters >= 3 && l[len(l)-1] != ','
}

// hanName reports whether t is a short name in Han characters and
// nothing else (时政要闻), as a section's name is printed on a line of
// its own.
func hanName(t string) bool {
	n := 0
	for _, r := range t {
		if !han(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 12
}

// bulletTitles takes the list marker off the body's lines that are a
// bold title in a list item (-   **会议甲召开** 11月10日，…, as a docx's
// bulleted paragraphs convert): the marker is markup, and the title is
// read behind it; an ordered list's number goes into the bold (see
// numberedBold). Only over bold: a list in an article stays as it is.
func (p *parser) bulletTitles() {
	if !p.textHas("**") && !p.textHas("__") && !p.textHas("<") {
		return // (clean made __title__ and <b>title</b> **title**: the text still has them so)
	}
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if len(l) >= 6 && l[0] >= '1' && l[0] <= '9' {
			p.lines[i] = numberedBold(l)
			continue
		}
		if len(l) < 6 || l[0] != '-' && l[0] != '*' && l[0] != '+' || l[1] != ' ' {
			continue
		}
		if t := trimLeftSpaces(l[1:]); (strings.HasPrefix(t, "**") || t != "" && t[0] == '<') && boldTitle(t, true) {
			// - **title**, - <b>title</b> (a web page's list of bold
			// items), -   　　**title** (a Word list's item indented by
			// its typist too)
			p.lines[i] = t
		}
	}
}

// bareSeparator reports whether l is the rule row of a Markdown table
// written without its outer bars (---|---, :---|---:), as html2text writes
// one: dashes, colons and spaces, a bar between cells.
func bareSeparator(l string) bool {
	dashes, bars := 0, 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '-':
			dashes++
		case '|':
			bars++
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return dashes >= 3 && bars >= 1 && l[len(trimRight(l))-1] != '|'
}

// numberedBold reads a bold title in an ordered list's item (1.  **会议甲召开**,
// as turndown and pandoc write a web page's or a docx's numbered
// paragraphs) as the bold title it is, its number kept as a numbered
// title keeps it (**1. 会议甲召开**); any other line is returned as it is.
func numberedBold(l string) string {
	k := 0
	for k < len(l) && k < 3 && l[k] >= '0' && l[k] <= '9' {
		k++
	}
	if k == len(l) || l[k] != '.' && l[k] != ')' || k+1 == len(l) || l[k+1] != ' ' {
		return l
	}
	t := strings.TrimLeft(l[k+1:], " ")
	if !strings.HasPrefix(t, "**") && !strings.HasPrefix(t, "<") || !boldTitle(t, true) {
		return l
	}
	if boldDateLead(t) {
		// 1. **1月3日**　县委…: a chronicle's numbered event with its day in
		// bold; the number is the list's, as a bullet is (bulletTitles),
		// and the day no title's.
		return t
	}
	open := "**"
	for _, bp := range boldPairs {
		if strings.HasPrefix(t, bp[0]) {
			open = bp[0]
			break
		}
	}
	return open + l[:k+1] + " " + t[len(open):]
}

// maxHeading is the longest heading, in bytes (200 Chinese characters):
// a longer one is a file whose line breaks were lost, its whole text on
// one line after a #, and is read as text.
const maxHeading = 600

// maxLine is the longest line that is not a warning, in bytes (5,000
// Chinese characters, some ten times a long paragraph): a longer one is
// most often a whole text whose line breaks a conversion lost, which no
// structure can be read from.
const maxLine = 15000

// bracketRunIn reports whether t begins with a title in brackets run into
// its text, a date first (【县志办召开志书评审会】11月3日，…), as a report
// that is no yearbook sets a briefing's items. A short one is a label or
// a byline (【会议要点】, 【通讯员 张三】), and text.
func bracketRunIn(t string) bool {
	title, rest, ok := bracketTitle(t)
	return ok && runeCount(title) >= 8 && startsWithMonthDay(trim(rest))
}

// bracketAlone reports whether t is a title in 【】 and nothing else, long
// enough to be an article's (8 characters, as bracketRunIn asks): a short
// one is a column's name (【社会民生】) or a label (【编者按】).
func bracketAlone(t string) bool {
	title, rest, ok := bracketTitle(t)
	return ok && rest == "" && strings.HasPrefix(t, "【") && runeCount(title) >= 8
}

// bracketName reports whether l is a short name in 【】 and nothing else
// (【社会民生】).
func bracketName(l string) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i+3 > len(l) || l[i] != 0xE3 || l[i+1] != 0x80 || l[i+2] != 0x90 {
		return false // nearly every line, by its first bytes: 【 is E3 80 90
	}
	t := trim(l)
	if len(t) < 9 || len(t) > 20*utf8.UTFMax || !strings.HasPrefix(t, "【") || !strings.HasSuffix(t, "】") {
		return false
	}
	inner := t[len("【") : len(t)-len("】")]
	return inner != "" && utf8.RuneCountInString(inner) <= 12 && !containsAnyOf(inner, "【】，。；：:,;！？")
}

// boldPair finds, at line i, a title cut into two bold lines, each bold
// on its own (a docx's line break inside the title, or a PDF converter
// that bolds line by line): **“平顶山企业家日”大会暨…推进会** / **议召开**
// 11月1日，…. It returns the two lines to read in their place, the bold
// opened on the first and closed on the second, and the index of the
// second. A short bold line over a title is its section's name
// (**时政要闻** / **会议甲召开**), not the start of the title: a table of
// contents says which, where there is one; without one, the first part
// must be too long for a section's name (10 characters: the sample's
// longest name has 8) or reach the width the copy is wrapped at.
func (b *bodyBuilder) boldPair(i int) (first, second string, next int, ok bool) {
	p := b.p
	if c := leadByte(p.lines[i]); c != 0 && c != '*' && c != '<' {
		return "", "", 0, false // (the test below, before trimming the line)
	}
	l := trim(p.lines[i])
	if l == "" || l[0] != '*' && l[0] != '<' {
		return "", "", 0, false // nearly every line
	}
	x, ok := boldOnly(l)
	if !ok || closed(x) {
		return "", "", 0, false
	}
	j := i + 1
	blank := false
	for j < len(p.lines) && (p.isTransparent(j) || isBlank(p.lines[j])) {
		blank = blank || isBlank(p.lines[j])
		j++
	}
	if j >= len(p.lines) {
		return "", "", 0, false
	}
	m := trim(p.lines[j])
	inner, after, shut, found := cutBold(m)
	if !found || !shut || trim(inner) == "" || strings.Contains(inner, "**") {
		return "", "", 0, false
	}
	y := trim(stripMarkup(inner))
	x = trim(stripMarkup(x))
	if blank && !(startsWithMonthDay(trim(after)) && utf8.RuneCountInString(x) > utf8.RuneCountInString(y) && !columnWord(x)) {
		// **时政要闻** / blank / **会议甲召开** 11月8日，…: a section's name
		// over a title. Paragraphs apart, the two are one title only
		// where the second runs into its dated text and is the shorter:
		// the wrap's rest (…关于加强生态 / 环境保护的决定 11月8日，…), and the
		// first names no column (…学习宣传专栏).
		return "", "", 0, false
	}
	if periodHeading(x) || dateTitle(x) || dateTitle(y) || bracketName(x) {
		return "", "", 0, false
	}
	if k, _, _ := b.enumerated(x, -1); k != notHeading {
		return "", "", 0, false
	}
	if partLabel(x) > 0 {
		// **专题一：学习贯彻党的二十大精神** / **…召开**: a part's name,
		// however long, over its first title.
		return "", "", 0, false
	}
	if p.tocMaxLen > 0 {
		whole := p.join(x, y)
		p.tocIndex()
		if len(whole) > p.tocMaxLen || !p.tocKeys[string(p.fold(whole))] {
			return "", "", 0, false
		}
	} else {
		if !p.full(l) && utf8.RuneCountInString(x) < 10 {
			return "", "", 0, false
		}
	}
	return "**" + x, y + "**" + after, j, true
}

// boldTitleNext reports whether the next line of text from i is a bold
// entry title.
func (p *parser) boldTitleNext(i int) bool {
	spaced := false // a blank line between: **title** 近日，… is a title there
	for ; i < len(p.lines); i++ {
		if isBlank(p.lines[i]) {
			spaced = true
			continue
		}
		if p.isTransparent(i) {
			continue
		}
		return boldTitle(p.lines[i], spaced)
	}
	return false
}

// splitStars reports whether a hard wrap cut a ** in two: prev ends with
// a lone * and l begins with one.
func splitStars(prev, l string) bool {
	prev = trimRight(prev)
	if !strings.HasSuffix(prev, "*") || strings.HasSuffix(prev, "**") {
		return false // nearly every line: l need not be looked at
	}
	t := trimLeftSpaces(l)
	return strings.HasPrefix(t, "*") && !strings.HasPrefix(t, "**")
}

// setext matches a Setext heading: a short line underlined with === or
// --- on the next line (level 1 or 2). alone says that the line starts a
// block. It returns the index of the underline.
func (p *parser) setext(i int, alone bool) (level, next int, ok bool) {
	if i+1 >= len(p.lines) {
		return 0, 0, false
	}
	if c := leadByte(p.lines[i+1]); c != 0 && c != '=' && c != '-' {
		return 0, 0, false // (the test below, before trimming the line)
	}
	u := trim(p.lines[i+1])
	if len(u) < 3 || strings.Trim(u, "=") != "" && strings.Trim(u, "-") != "" {
		return 0, 0, false
	}
	if !alone && (u[0] != '=' || !p.sentenceAbove(i)) {
		// Under the text of a paragraph, no blank line between: ===
		// underlines the line over it where the line above that ends a
		// sentence, as a copy set tight leaves a heading (…出席会议。 /
		// 友好往来 / ===: the name and its underline had been joined to
		// the paragraph, silently). (--- there is a page's rule as often.)
		return 0, 0, false
	}
	t := trim(p.lines[i])
	if !setextText(t) {
		return 0, 0, false
	}
	if u[0] == '=' {
		return 1, i + 1, true
	}
	// --- is also the rule a page break leaves under a line cut short:
	// it underlines a heading only where the body does so more than once.
	if p.setextDashes < 2 {
		return 0, 0, false
	}
	return 2, i + 1, true
}

// sentenceAbove reports whether the line of text above line i ends a
// sentence.
func (p *parser) sentenceAbove(i int) bool {
	k := p.prevText(i)
	return k >= 0 && closed(trim(p.lines[k]))
}

// setextText reports whether t can be the text of a Setext heading.
func setextText(t string) bool {
	return t != "" && utf8.RuneCountInString(t) <= 30 && !closed(t) && !containsAnyOf(t, "，。；")
}

// countSetextDashes counts the lines of the body underlined with --- as a
// Setext heading is: after a blank line, short, not a sentence.
func (p *parser) countSetextDashes() int {
	n := 0
	for i := p.bodyStart; i+1 < len(p.lines); i++ {
		u := p.lines[i+1]
		if strings.IndexByte(u, '-') < 0 {
			continue
		}
		u = trim(u)
		if len(u) >= 3 && strings.Trim(u, "-") == "" && (i == 0 || i == p.bodyStart || isBlank(p.lines[i-1])) && setextText(trim(p.lines[i])) {
			n++
		}
	}
	return n
}

// cutTitleAfter reports whether line i begins a title of the table of
// contents that the wrap cut, after line prev, which ends a sentence at
// the very end of a full line: whether the paragraph goes on or ends
// there, only the lines after line i tell (…参加会谈。 / 陈向平带领…赴宁波杭州丽水 /
// 学习考察). A title on one line is startsParagraph's.
func (p *parser) cutTitleAfter(prev string, i int) bool {
	if p.tocMaxLen == 0 || !closed(prev) || !p.full(prev) {
		return false
	}
	head := trim(p.lines[i])
	for k := i + 1; k < len(p.lines) && len(head) <= p.tocMaxLen; k++ {
		if p.isTransparent(k) {
			continue
		}
		if isBlank(p.lines[k]) {
			return false
		}
		head = p.join(head, trim(p.lines[k]))
		if _, _, ok := p.tocTitleLine(head); ok {
			return true
		}
	}
	return false
}

// startsParagraph reports whether line l begins a new block of text after
// line prev when no blank line separates them: at an entry title (bold,
// or a line that is a title of the table of contents), at an indented
// line, at a dated line (11月11日，…), and after a line that ends a
// sentence short of the wrap width.
func (p *parser) startsParagraph(first, prev, l string, events func(first string) bool) bool {
	p.splitOwn, p.ownShort = false, false
	wasNames := p.inNames
	p.inNames = false
	t, pt := trim(l), trim(prev) // (prev is asked of many times below)
	p.prevLine, p.prevTrim = prev, pt
	if p.yearbook && len(t) <= 3*3 && cutCredit(pt) && nameTail(t) {
		// 撰稿：张 / 伟, the credit's name cut by the wrap: its rest, not a
		// line of its own (a heading over the next 条目 it had been).
		return false
	}
	if len(t) > 3 && (t[0] == 0xEF || t[0] == '(') && photoCredit(t) && !closed(pt) && !photoCredit(pt) {
		// 5月18日，县政府召开…推进会 / （县政府办公室　供图）, ▲3月1日，县人民
		// 医院新院区门诊大楼 / （摄影 宋佳宁）: a caption the wrap or its
		// centring cut before the credit, centred under it (pdftotext
		// -layout): the caption's end, one paragraph as a caption on one
		// line is, whatever width its figures take.
		return false
	}
	if boldTitleLine(l) {
		return true
	}
	if strings.HasPrefix(t, "△") || strings.HasPrefix(t, "▲") {
		return true // another event that day (a caption, in a report): never the rest of a sentence
	}
	if _, _, ok := p.tocTitleLine(t); ok {
		return true
	}
	if p.yearbook && p.itemLine(t) {
		return true
	}
	in := indentCells(l)
	deeper := in > indentCells(first)
	if p.indent > 0 && in >= indentCells(prev)+8 && in >= p.indent+8 && !p.full(prev) && headlineLike(pt) && headlineLike(t) && !startsWithMonthDay(t) && !startsWithMonthDay(pt) {
		// 清代宁川县城的修筑与变迁 / 　　　　　　李秀英: a short phrase centred
		// far in under another, as pdftotext -layout sets a byline under
		// its title: a line of its own, no rest of the title's.
		p.splitOwn = true
		return true
	}
	if in >= p.indent+2 && p.indent > 0 && indentCells(prev) >= in+8 && !p.full(prev) && len(pt) <= shortAlone*4 && utf8.RuneCountInString(pt) <= shortAlone {
		// A short line centred far in over an indented paragraph's start
		// (李秀英 / 　　宁川县城始筑于…, as pdftotext -layout sets a byline
		// or a caption): a line of its own, which the paragraph does not
		// go on.
		p.splitOwn = true
		return true
	}
	if in >= p.indent+2 && !deeper { // p.indented(l)
		return true
	}
	if strings.HasSuffix(pt, "：") && !p.full(prev) && (in > 0 && in == indentCells(prev) && ideoIndented(l) || strings.Count(t, "\t") >= 2) {
		// 　　评审组成员（按姓氏笔画排序）： / 　　刘晓梅　李秋萍…, …进度如下： /
		// 县（市、区）<TAB>启动（个）<TAB>…: under a lead-in short of the wrap,
		// a line set in as a paragraph's first line is (a wrapped line
		// goes on flush), or a table's row as Word's paste gives it,
		// begins a paragraph, in a copy with no blank lines (the names
		// and the row had been the lead-in's end).
		return true
	}
	if len(pt) <= 60*3 && len(t) <= 60*3 && p.hasIdeoGaps() && (strings.Contains(pt, "\u3000\u3000") && gapRow(pt) || strings.Contains(t, "\u3000\u3000") && gapRow(t) ||
		strings.Contains(pt, "\u3000\u3000") && strings.Contains(t, "\u3000\u3000") && cellsRow(pt) && cellsRow(t)) {
		// 石桥村　　2021年　　　42 / 河湾村　　2022年　　　38: a table's rows as
		// OCR gives them, no blank line between, under the table's name and
		// over a caption: a line each (they had run into one, 42河湾村).
		// (Short lines only, and one search of each.)
		p.splitOwn = true
		return true
	}
	full := p.fullBefore(prev, t)
	if !full && noteLine(t) {
		return true // …1958年大桥建成后废弃 / ① 见…: a note, never the text's rest
	}
	if len(t) > 6 && t[0] == 0xE2 && (calledNote(t, pt) || calledNote(t, trim(first))) {
		// …决口3处①，…受灾群众达 / ①宁水：… at a page's foot, under the
		// line that calls it (OCR's, no blank lines), the note's words no
		// source's (见…, 据…): the note, not the sentence's rest (it had
		// run into it, …群众达①宁水：…, silently).
		p.splitOwn = true
		return true
	}
	if !full && pagedLine(pt) {
		return true // 年鉴编纂……1 / 地情资料……2: an index's lines, each its own
	}
	if prev != first && !full && dateOnlyLine(first) && headlineLine(prev) && !startsWithMonthDay(prev) &&
		cellWidth(t) > cellWidth(pt)+4 {
		// 11月2日 / 县委召开常委会议 / 会议传达…: the short line under the
		// date alone, shorter than the text under it, is the event's
		// headline (bold that pdftotext lost), not the start of the
		// sentence below it. Shorter in cells: a line of figures has
		// more characters in the same width (…整治工作 / 会议，总投资20亿元，…,
		// a sentence the wrap cut where the wrap is narrower than the
		// copy's widest).
		p.splitOwn = true
		return true
	}
	if !deeper && ideoIndented(l) {
		// Where every paragraph is one line set in by ideographic spaces
		// (a yearbook copied from Word), the indent is each paragraph's
		// first line's, which no wrap prints: a sentence that ended over
		// it ends its paragraph (…在职职工26人。 / 　　传真：…), and a
		// number never runs into the number under it (　　电话：0375-1234567 /
		// 　　2022年，…, …合格率100% / 　　2022年，…: not 12345672022年),
		// whatever width the wrap seems to have.
		if last := lastRune(trimRight(prev)); numberEnd(last) && figureFirst(t) {
			p.splitOwn = true
			return true
		}
		if closed(prev) {
			return true
		}
	}
	if l[0] == 0xE3 && prev != "" && prev[0] >= utf8.RuneSelf && !ideoIndented(prev) && ideoIndented(l) && enumerator(pt) > 0 {
		// 一、提高站位，深刻认识…的重大意义 / 　　优化营商环境是…: a
		// speech's point flush over its text set in, where a wrap never
		// sets the rest of a line in (see cutByPage, the same across a
		// blank line; here, one a double-spaced copy's wrap skipped).
		return true
	}
	if last, _ := decodeLastRune(trimRight(prev)); isFigure(last) && startsWithMonth(t) {
		return false // a number the wrap cut in two: 1 / 1月9日
	} else if last == '月' && figureFirst(t) && dateFragment(pt) && startsWithMonthDay(pt+t) {
		// A date the wrap cut after its month, a line of text's start
		// (a chronicle's month over its days is a heading, not text):
		// 11月 / 3日，…. (Joined only for such a line: rare.)
		return false
	} else if last >= 0x2000 && (last == '至' || last == '到' || last == '—' || last == '～' || last == '－' || last == '–' || last == '─') && mayStartEvent(t) && eventStart(t) {
		return false // a range the wrap cut at its dash: 12月下旬至 / 次年2月，…
	} else if last >= 0x3000 && mayStartEvent(t) && wrapBeforeDate(trimRight(prev), t) && eventStart(t) {
		return false // a date the wrap put at a line's start: …办法，自 / 12月1日起施行。
	} else if (last == '月' || last == '、' && (strings.HasSuffix(trimRight(prev), "月上、") || strings.HasSuffix(trimRight(prev), "月中、"))) &&
		(strings.HasPrefix(t, "上旬") || strings.HasPrefix(t, "中旬") || strings.HasPrefix(t, "下旬")) && !periodHeading(pt) {
		// A month the wrap cut from its part: 10月至翌年3月 / 上旬，…, 11月上、 /
		// 中旬，… (under a heading 3月, 上旬，… is an event).
		return false
	} else if (last == '春' || last == '夏' || last == '秋' || last == '冬') && t != "" && strings.Contains("春夏秋冬", firstRune(t)) {
		return false // two seasons the wrap cut apart: 1946年秋 / 冬，…
	} else if isFigure(last) && figureFirst(t) && !full && (p.wrap > 0 || shortCells(prev)) {
		// 297.1 / 312.5, 0375-1234567 / 2022年，…: a line short of the
		// wrap that ends with a number, over one that begins with one, is
		// a table's cell or a line of its own; joined, the two numbers
		// would read as one (297.1312.5). The wrap cuts a number only at
		// the end of a full line (收入18 / 50万元); where no wrap's width
		// is known, a line shorter than any wrap is such a line.
		p.splitOwn = true
		return true
	}
	if !full && authorName(t) && (wasNames && authorName(prev) || strings.HasSuffix(pt, "名单") || strings.HasSuffix(pt, "名录")) {
		// …先进个人名单 / 王建国 / 李秀英 / 张志强: a list of names under the
		// line that announces it, a line each (two short lines alone are
		// no list: a narrow wrap cuts any text so).
		p.splitOwn, p.inNames = true, true
		return true
	}
	if !full && len(prev) <= 3*shortAlone+60 && (strings.IndexByte(prev, '\t') >= 0 || p.hasIdeoGaps() && strings.Contains(prev, "\u3000\u3000")) {
		if namesRow(pt) && namesRow(t) {
			// 王建军<TAB>王秀兰<TAB>…孙志强\ / 李卫东<TAB>…: a names list's rows
			// (Word's, a line break in each), a line each: joined, the last
			// name of one ran into the first of the next (孙志强李卫东).
			p.splitOwn = true
			return true
		}
		if gapRow(pt) || strings.Contains(t, "\u3000\u3000") && cellsRow(pt) && cellsRow(t) {
			// 石桥村　　2021年　　　42 / 河湾村…, a table's rows as OCR gives
			// them, a page's break between: a line each (they had run
			// into one, 42河湾村). So rows whose cells a single U+3000
			// sets apart where a cell fills its column (see cellsRow).
			p.splitOwn = true
			return true
		}
	}
	if p.yearbook && columnsRow(t) && (columnsRow(pt) || prev == first && partTitle(pt)) {
		// 地区生产总值　　亿元　　186.2　　5.2 under 指标名称　　单位…: a
		// 统计资料 table laid out by spaces (pdftotext -layout), a row a
		// line, not one paragraph of every row run together, though the
		// table runs across both columns of the page, wider than the
		// text's wrap; and its title over it (2022年…构成情况 / 项目
		// 人数（名）…) a line of its own.
		p.splitOwn = true
		return true
	}
	if p.yearbook && prev == first && len(t) > 6 && t[0] == 0xE2 && subtitle(t) && partTitle(trim(prev)) {
		// 政府工作报告 / ——2023年1月12日在…会议上: an article's title in
		// 特载 over its subtitle, which pdftotext -layout sets wider
		// than the column: a line of its own, the article's title.
		p.splitOwn = true
		return true
	}
	if p.yearbook && strings.HasPrefix(t, "《") {
		if pt := trim(prev); docNumberEnd(pt) || prev == first && (strings.HasSuffix(pt, "目录") || strings.HasSuffix(pt, "文件")) && partTitle(pt) {
			// 《…的通知》（宁政〔2022〕12号） / 《…》, and the list's title
			// over its first (2022年…文件目录 / 《…》): a 附录's list of
			// documents, a paragraph each, where no indent tells
			// (plain pdftotext).
			p.splitOwn = true
			return true
		}
	}
	if p.yearbook && prev == first && len(pt) > 6 && (pt[0] == 0xE2 && subtitle(pt) || speakerLine(pt)) {
		// ——2023年1月12日在…会议上 / 县长　周文斌 / 各位代表：: the
		// subtitle and the speaker under an article's title, each a
		// line of its own, however wide (the subtitle is set across
		// the page), not the start of the text under it.
		p.splitOwn = true
		return true
	}
	if p.yearbook && prev == first && len(pt) <= 4*3+3*3 && bookPart(unspace(stripMarkup(pt))) {
		// 统计资料 / — 39 — / 2022年…构成情况: a part's name alone, the
		// blank line under it the page break's, over its first title.
		p.splitOwn = true
		return true
	}
	if !full && p.yearbook && prev == first && shortRow(stripMarkup(t)) && listTitle(pt) {
		// 2022年度宁川县先进人物名录 / 王建国　　全省优秀教师: a 名录's
		// title over its first row, a line of its own (the title of the
		// list's entry), not the row's start.
		p.splitOwn = true
		return true
	}
	if !p.yearbook && (figureRow(t) || figureRow(pt)) {
		// The same in a report (规模以上工业增加值　　亿元　　12.36　　6.8, or
		// 规模以上工业增加值 亿元 12.36 6.8 as plain pdftotext sets the
		// cells a space apart), where a row may be as wide as the wrap:
		// a row never goes on in the next line, and the text under the
		// table is not the last row's.
		p.splitOwn = true
		return true
	}
	if !full && p.yearbook && (shortRow(stripMarkup(t)) && (shortRow(stripMarkup(pt)) || isolated(pt)) || isolated(t) && shortRow(stripMarkup(pt))) {
		// 王建国　全省优秀教师 / 刘晓明　全市优秀乡村医生, 安全生产　123a /
		// 安置帮教　156b: a yearbook's 名录 or index, a row a line.
		p.splitOwn = true
		return true
	}
	if !full && (signature(t) || signature(pt) && !(prev == first && events(first) && dateOnlyLine(prev))) {
		// (2022年12月31日 / 宁川市…举行，…: a chronicle's day alone over
		// its event's text, which pandoc's wrap at the tab after it sets
		// so, begins the event: it had been a paragraph of its own.)
		// …征集时间截至12月31日。 / 宁川县地方史志办公室 2023年8月1日 / 工作动态:
		// a notice's signature, a line of its own, after which a new
		// block begins.
		p.splitOwn = true
		return true
	}
	if !full && (numberedPoint(t) || cnPoint(t)) && strings.ContainsRune("：:", lastRune(pt)) {
		// 主要做法： / 1.加强干部队伍建设。…: a list's first point under the
		// line that announces it, a line of its own in a copy without
		// blank lines.
		return true
	}
	if !full && prev == first && salutation(pt) {
		// 同志们： / 今天，我们召开…: a speech's salutation is a line of its
		// own, a page's break or a double-spaced copy's blank line between
		// (it had run into the speech's first sentence).
		return true
	}
	if !full && len(prev) == len(first) && prev == first && commaPoint(pt) {
		// 一、提高站位，深刻认识…的重大意义 / 优化营商环境是…: the same,
		// a point of two phrases (see continues), where a double-spaced
		// copy's blank line between was read over.
		return true
	}
	if !full && len(prev) == len(first) && prev == first && cnPoint(pt) {
		// 一、提高政治站位 / 要充分认识…: a point's heading alone, where it
		// is no section's (see point in plainTitles); its text is the next
		// paragraph.
		return true
	}
	if !full && p.articleMetaOr(t, pt) {
		// 孟良崮战役若干史实辨析 / 文/陈明远 / 孟良崮战役是…: a byline is a
		// line of its own, in a copy without blank lines too.
		p.splitOwn = true
		return true
	}
	if !full && labelLine(pt) && labelLine(t) && !labelCut(pt) {
		p.splitOwn = true
		return true // 校长：张强 / 电话：…: lines of their own, as after a blank line
	}
	if !full && (distributionLine(t) && (closed(pt) || distributionLine(pt)) || distributionLine(pt) && labelLine(pt) && !strings.ContainsRune("，、；：,;:", lastRune(pt))) {
		p.splitOwn = true
		// 报：… / 送：… / 发：…, a briefing's last lines, and 撰稿：张伟 closing
		// a yearbook's 条目: each its own, and what follows a short one
		// is not its rest.
		return true
	}
	if in >= 4 && in != indentCells(prev) && !p.full(prev) && authorName(t) && headlineLike(pt) && !ideoIndented(prev) && !startsWithMonth(pt) {
		// 宁川古渡口考略 / 　　李秀英, each centred by spaces of its own
		// width, as Word's "save as text" sets a title and its author: the
		// name is a line of its own, not the title's end (they had run
		// into each other and into the text: 宁川古渡口考略李秀英宁川…).
		// The title is said, where nothing else reads it as one.
		p.splitOwn, p.ownShort = true, true
		return true
	}
	if ideoIndented(l) && in != indentCells(prev) && !ideoIndented(prev) && !p.full(prev) && headlineLike(pt) && !startsWithMonth(pt) {
		// 宁川县志编纂始末 / 　　宁川县志的编纂，…: a short phrase over a
		// paragraph set in by ideographic spaces, flush or centred, as
		// Word's "save as text" leaves a title (or its author) with no
		// blank line under it: a line of its own, not the paragraph's
		// first words; a title said, where nothing else reads it as one.
		p.splitOwn = true
		p.ownShort = !authorName(prev) && !soleAuthor(pt) && !caption(pt) && !officeByline(pt) && !(pt[0] == 0xE2 && subtitle(pt)) // (headlineLike: pt is no "")
		return true
	}
	if deeper && in >= indentCells(first)+4 && !(closed(pt) && caption(t)) { // past a date's width at least
		// (Not a picture's caption centred under an event that ended,
		// 　　　　图为…（摄影　王建）: a line of its own.)
		if c := textColumn(first); c > 0 && in >= c-1 {
			// Under the text column of a day line: its continuation, even
			// where it begins with a date (…《关于实施 / 条例的决定》，/
			// 1月15日起施行。).
			return false
		}
	}
	if startsWithMonthDay(t) && !(full && !closed(prev)) {
		return true
	}
	if t != "" && (t[0] == '*' || t[0] == '<') && closed(prev) && boldDateLead(t) {
		// …调研史志工作。 / **4月10日** 县长…: a day in bold after a sentence
		// that ended, as a plain day begins its event; the bold's ** is
		// no Latin word the wrap moved (fullBefore would take it for one
		// and call the line above full).
		return true
	}
	if !full && len(t) <= 40*3 && periodHeading(t) {
		// 大 事 记 / 民国二十六年（1937年） / 7月，…, a chapter's title
		// letter-spaced over its first year in a copy with no blank
		// lines (OCR's): the year's heading, a line of its own (it had
		// been the title's end, the year's events of no year). After a
		// line short of the wrap: the wrap cuts no sentence there.
		return true
	}
	if !full {
		// eventStart(t): startsWithMonthDay(t), asked above, is false
		// here, and is not asked again where eventLead takes nothing off.
		if s := eventLead(t); eventStartLed(s, s == t) {
			// 1日, 同日, △: a chronicle's event; after a full line it is the
			// wrap that put it at the start (…精准解读。/ 23日，举行…) in a
			// report's article, but among a chronicle's events, after a
			// sentence that ended, the next event (…1.5万亩。/ 6日 …).
			return true
		}
	}
	if (closed(prev) || creditLine(pt)) && eventStart(t) && events(first) {
		// …污水处理厂（摄影　李明） / 21日　…: a picture's caption between
		// a chronicle's events, as full as the column is wide, ends with
		// its credit as a sentence ends (the next day's event had run
		// into it, silently).
		return true
	}
	if closed(prev) && enclosed(t) {
		// （撰稿：张伟） after a sentence, right-aligned as pdftotext -layout
		// keeps it: a note of its own, however far it is indented.
		p.splitOwn = true
		return true
	}
	if strings.HasPrefix(t, "（") && closed(prev) && distributionLine(t[len("（"):]) {
		// （撰稿：张 / 伟）, the credit cut by the wrap: a note of its own
		// still, not the end of the sentence above.
		p.splitOwn = true
		return true
	}
	if len(t) <= 3*shortAlone && caption(t) && !containsAnyOf(t, "，。") && closed(prev) {
		// …主持会议并讲话。 / 图为会议现场: a picture's caption after a
		// sentence that ended at the very end of a full line, a line of
		// its own (a caption's sentence is no paragraph's start).
		p.splitOwn = true
		return true
	}
	if !full && len(pt) >= 12 && len(pt) <= 3*shortAlone && caption(pt) && !closed(pt) {
		// 图为调研现场 / 王建国强调，…: a caption short of a hard wrap's
		// width, or in a copy no wrap cut (图为会议现场 / 市长…), is a line
		// of its own, not the start of the text under it.
		p.splitOwn = true
		return true
	}
	if p.lineParas && !full && in <= indentCells(prev)+4 && ownShortLine(pt, t, in == indentCells(prev)) {
		// 会议现场 / 会议强调，…: in a copy that sets a paragraph on a
		// line, a short line that ends no sentence is a caption or a
		// title, not the start of the sentence under it.
		p.splitOwn = true
		// A row of a names list (王建军<TAB>王秀兰<TAB>石　磊) is a line
		// of its own too, and no title (it had been warned of as one).
		// So are a names list set a space apart (刘晓梅　李秋萍　张　恒…), a
		// byline (东岗县地方志办公室　李明) and a subtitle (——…纪实) under
		// an item's title, in a copy pasted from Word with no blank lines.
		p.ownShort = !caption(pt) && !namesRow(pt) && !nameList(pt) && !officeByline(pt) && !(pt != "" && pt[0] == 0xE2 && subtitle(pt))
		return true
	}
	if deeper && p.yearbook && !full && closed(prev) && headlineLike(t) && !events(first) {
		// …应诉率100%。 / 　　　县政府法制办开展…培训: a picture's caption
		// centred under a 条目 whose sentence ended short of the wrap
		// (pdftotext -layout), a line of its own, not the 条目's text
		// run on (a chronicle's day is no 条目: its rule is below).
		p.splitOwn = true
		return true
	}
	if deeper && p.indented(first) {
		// Indented further than the line that began the block: a
		// chronicle's continuation under the text column
		// (    1月10日     召开… /                 王斌轩等人…).
		return false
	}
	if !full && p.wrap > 0 && labelLine(pt) && !strings.ContainsRune("，、；：,;:（(《“", lastRune(pt)) && !labelCut(pt) {
		// 联系人：赵静　电话：0370-6012345 / 宁川县地方史志办公室: a label's
		// line short of the wrap is a line of its own, which the notice's
		// signature under it does not go on.
		p.splitOwn = true
		return true
	}
	if prev == first && len(prev) <= 8*3 && editorsTitle(pt) {
		// 卷首语 / 春回大地，…: the editors' note's title alone, over its
		// text with no blank line between (see prefaceTitle).
		return true
	}
	if !full && lastRune(pt) == '：' && ideoIndented(l) && !ideoIndented(prev) {
		// 各乡镇人民政府，县直各单位： / 　　为切实做好…: a line a colon
		// ends short, over a line set in by ideographic spaces, a
		// paragraph's first: the salutation of a notice, whatever the
		// wrap (a copy whose columns were pulled apart has two, its
		// columns' and its pages' across).
		return true
	}
	if full && closed(prev) && enumerator(t) > 0 {
		if r, _ := decodeRune(t); isCnDigit(r) || r == '（' {
			// …价格稳定。 / 二、加强安全管理。…: a point numbered 二、 or
			// （二） after a sentence that ended, where the line above
			// fills the wrap (a notice set across the page in a copy
			// hard-wrapped at its columns' narrower width): the next
			// point, not the sentence's rest.
			return true
		}
	}
	if !full && p.wrap > 0 && lastRune(pt) == '：' {
		// 各乡镇人民政府，县直各单位： / 为全面记述…, …现将有关事项 / 通知如下：
		// / 一、…: a line that a colon ends well short of the wrap, in a
		// hard-wrapped copy without indents (plain pdftotext), was ended
		// there by its writer, not by the wrap: the salutation of a
		// notice, the line that announces a list.
		if w, _ := cellsRunes(trimRight(prev)); w+8 <= p.wrap {
			return true
		}
	}
	return closed(prev) && !full
}

// articleMetaOr is articleMeta(t) || articleMeta(pt) for startsParagraph,
// which asks it of each line twice, as t and then as pt under it: the
// answer for t is kept, and taken for pt when pt is that line.
func (p *parser) articleMetaOr(t, pt string) bool {
	prev, known := p.metaIs, p.metaKnown && p.metaLine == pt
	is := articleMeta(t)
	p.metaLine, p.metaIs, p.metaKnown = t, is, true
	if is {
		return true
	}
	if known {
		return prev
	}
	return articleMeta(pt)
}

// bylineUnder reports whether prev, the last line of block, is a byline
// (李秀英, 本刊记者 张强) or a subtitle (——记…) under the title the block
// begins with.
func (p *parser) bylineUnder(prev string, block []string, b *bodyBuilder) bool {
	pt := p.prevTrim // trim(prev), as startsParagraph kept it (most times)
	if prev != p.prevLine {
		pt = trim(prev)
	}
	return len(pt) <= 40*3 && !strings.HasSuffix(pt, "。") && (authorName(pt) || authorNames(pt) || reporterByline(pt) || subtitle(pt) || officeAlone(pt)) && !p.full(prev) && b.underTitle(block)
}

// signedDate reports whether line i, a year's month or day alone
// (2024年3月), is the date under a signature, the office's name alone on
// the line above (青岚市地方史志办公室 / 2024年3月, as a chronicle's
// afterword ends): the afterword's last line, not a month of the
// chronicle (it had been a section of that name over nothing, after the
// afterword, silently).
func (p *parser) signedDate(i int) bool {
	t := trim(stripMarkup(p.lines[i]))
	if !strings.Contains(t, "年") {
		return false // 3月 alone: a month's heading, wherever it stands
	}
	k := i - 1
	for k >= p.bodyStart && isBlank(p.lines[k]) {
		k--
	}
	if k < p.bodyStart || !officeAlone(trim(stripMarkup(p.lines[k]))) {
		return false
	}
	// (A month of the chronicle after a notice signed by the office has
	// its days under it: 2023年12月 / 1日 …)
	next := p.nextText(i + 1)
	return next < 0 || !eventStart(trim(stripMarkup(p.lines[next])))
}

// officeAlone reports whether t names an office and nothing else
// (清河县史志办 under an article's title: its author).
func officeAlone(t string) bool {
	_, ok := office(t)
	return ok
}

// unitAlone reports whether t is the name of a government body or a
// firm and nothing else (桐溪镇人民政府, 青岚经济开发区管委会,
// 县政务服务和大数据管理局, 华晟化工有限公司), as a meeting's speeches and
// reports print their speaker under their title: a byline, no title. A
// 局 only after a county's or a city's name (…新格局 is a title's end).
func unitAlone(t string) bool {
	if len(t) < 4*3 || len(t) > 24*3 || containsAnyOf(t, "，,。；;：:、“”《》（）() 　") {
		return false
	}
	for _, suf := range [...]string{"人民政府", "管委会", "委员会", "办事处", "有限公司", "办公室"} {
		if strings.HasSuffix(t, suf) {
			return len(t) > len(suf)
		}
	}
	return strings.HasSuffix(t, "局") && (strings.HasPrefix(t, "县") || strings.HasPrefix(t, "市") || strings.HasPrefix(t, "区") || strings.HasPrefix(t, "省"))
}

// officeByline reports whether t is an office's name and an author's set
// a wide space apart (东岗县地方志办公室　李明), the byline a briefing
// prints under an item's title: no title (it had made the title above it
// a section, the byline the item's title, silently).
func officeByline(t string) bool {
	if len(t) < 4*3 || len(t) > 40*3 {
		return false
	}
	for i := 0; i < len(t); {
		k := strings.Index(t[i:], "\u3000")
		if j := strings.Index(t[i:], "  "); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return false
		}
		k += i
		if _, ok := office(trim(t[:k])); ok {
			return authorName(trim(t[k:]))
		}
		i = k + 1
	}
	return false
}

// headlineLike reports whether t is a short phrase with no punctuation
// of a sentence: a title, a byline, a caption, not a line of text.
func headlineLike(t string) bool {
	return t != "" && len(t) <= shortAlone*4 && utf8.RuneCountInString(t) <= shortAlone && !containsAnyOf(t, "，。；：、,;:")
}

// numberEnd reports whether r, a line's last character, ends a number: a
// figure or a percentage's sign.
func numberEnd(r rune) bool { return isFigure(r) || r == '%' || r == '％' || r == '‰' }

// ideoIndented reports whether l is set in by an ideographic space, as
// Chinese typesetting sets a paragraph's first line.
func ideoIndented(l string) bool {
	n := indentBytes(l)
	return n >= 3 && strings.Contains(l[:n], "\u3000")
}

// shortOwnLine is the warning for a short line that ends no sentence,
// kept apart from the paragraph under it and read as a paragraph.
const shortOwnLine = "%q, a short line that ends no sentence over a paragraph, read as a paragraph: a title?"

// ownShortLine reports whether pt, a line over t, is short and ends no
// sentence, where t is a paragraph set on its line (long, ending one) or
// another such short line, the two indented alike (level). A line that
// ends with a comma, a colon or an opening bracket goes on in the next;
// one that ends with a figure or a Latin letter may be a number or a word
// a wrap cut; one that holds a clause is a narrow column's.
func ownShortLine(pt, t string, level bool) bool {
	if len(pt) == 0 || len(pt) > 3*shortAlone {
		return false // a byte count first: no count of characters on most lines
	}
	r := lastRune(pt)
	if r < 0x2000 || openEnds.has(r) || closed(pt) {
		return false
	}
	if dateOnlyLine(pt) || startsWithMonthDay(pt) || periodHeading(pt) || mayStartEvent(pt) && eventStart(pt) {
		return false // 1月30日 / its event's text: a chronicle's day over its event
	}
	if runeCount(pt) > shortAlone || containsAnyOf(pt, "，,；;。") {
		return false // a clause: a title or a caption has none
	}
	if len(t) >= longPara && runeCount(t) >= longPara && closed(t) {
		return true
	}
	// Two short lines (工作动态 / 县志办开展读书月活动) set level: each its
	// own, in a copy that breaks a line only where a paragraph ends (a
	// line set deeper goes on the one above, as a chronicle's text
	// column does).
	r = lastRune(t)
	return level && len(t) <= 3*shortAlone && r >= 0x2000 && !openEnds.has(r) && !containsAnyOf(t, "，,；;。") && !closed(t) && runeCount(t) <= shortAlone
}

// openEnds are the characters after which a line goes on (ownShortLine).
var openEnds = newRuneSet("，、；：,;:（(《“‘〈「『【—")

// hasIdeoGaps reports whether a short line of the text holds two
// ideographic spaces in a row (an indent, a gap between cells), looked
// for once: where none does, no line is an OCR table's row (gapRow) or a
// names list's set by such gaps. (Short lines only: the rows are, and a
// report's bytes are mostly in its paragraphs' long lines.)
func (p *parser) hasIdeoGaps() bool {
	if p.ideoGaps == 0 {
		p.ideoGaps = -1
		for _, l := range p.lines {
			if len(l) <= 72*3 && strings.Contains(l, "\u3000\u3000") {
				p.ideoGaps = 1
				break
			}
		}
	}
	return p.ideoGaps > 0
}

// namesRow reports whether t is a row of a list of names set apart by
// tabs or wide gaps, as Word sets a 附：…名单 and pandoc keeps it
// (王建军<TAB>王秀兰<TAB>石　磊): three names at least, each of two to four
// Han characters, letter-spaced or not.
func namesRow(t string) bool {
	parts := gapParts(t)
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		n := 0
		for _, r := range part {
			switch {
			case r == ' ' || r == '\u3000':
			case han(r):
				n++
			default:
				return false
			}
		}
		if n < 2 || n > 4 {
			return false
		}
	}
	return true
}

// hanAlone reports whether t is one Han character and nothing else.
func hanAlone(t string) bool {
	r, n := decodeRune(t)
	return n == 3 && len(t) == 3 && han(r)
}

// columnWord reports whether t ends with a word that names a column
// (党的二十大精神学习宣传专栏, …工作动态): a section's name, however long,
// and no title the wrap cut.
func columnWord(t string) bool {
	for _, w := range [...]string{"专栏", "动态", "要闻", "园地", "简讯", "快讯", "专题", "之窗", "视窗", "聚焦", "纵横", "撷英", "掠影", "巡礼"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// briefColumn reports whether l, a short line, names a column of news in
// brief (简讯, 【工作简讯】, **信息快讯**): its items are a sentence or two
// each, every one opening with its date, with no title of its own and, in
// a copy pasted from Word, often with no bullet either, so the name alone
// says that each dated paragraph under it is an item.
func briefColumn(l string) bool {
	t := trim(stripMarkup(trim(l)))
	if len(t) > 10*3 {
		return false
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "【"), "】")
	return strings.HasSuffix(t, "简讯") || strings.HasSuffix(t, "快讯")
}

// cnPoint reports whether t is a point's heading numbered in Chinese (一、
// 提高政治站位, （一）狠抓工作落实): short, and no sentence.
func cnPoint(t string) bool {
	if t == "" || t[0] != 0xEF && t[0] != '(' && !cnNumeralStart(t) {
		return false // no numeral first: nearly every line
	}
	k, _, _ := enumeratedLine(t)
	return k == cnComma || k == cnParen
}

// numberedPoint reports whether t begins with the number of a list's
// point: 1.…, 2、…, （1）…, ①… (not 1.5万亩, a decimal).
func numberedPoint(t string) bool {
	if t == "" {
		return false
	}
	if c := t[0]; c >= '0' && c <= '9' {
		i := 1
		for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		rest := t[i:]
		for _, sep := range [...]string{".", "、", "．"} {
			if after, ok := strings.CutPrefix(rest, sep); ok {
				return after != "" && !(after[0] >= '0' && after[0] <= '9')
			}
		}
		return false
	}
	r, n := decodeRune(t)
	if r >= '①' && r <= '⑳' {
		return true
	}
	if r == '（' || r == '(' {
		d, _ := decodeRune(t[n:])
		return d >= '0' && d <= '9'
	}
	return false
}

// boldTitleLine reports whether line l begins with bold that looks like
// an entry title: the bold is the whole line (or goes on to the next), or
// what follows it on the line is a date or a hard break. Emphasis at the
// start of a line (**要提高站位**，抓好落实。) is not a title.
func boldTitleLine(l string) bool { return boldTitle(l, false) }

// nextItem reports whether l begins the item of a list numbered 1. 2. 3.
// (or 1、) after the one first begins.
func nextItem(first, l string) bool {
	a, ok := itemNumber(trim(first))
	if !ok {
		return false
	}
	b, ok := itemNumber(trim(l))
	return ok && b == a+1
}

// itemNumber is the number of a list item's marker that begins t (1. ,
// 12、), false where t begins with none.
func itemNumber(t string) (int, bool) {
	n, k := 0, 0
	for k < len(t) && k < 3 && t[k] >= '0' && t[k] <= '9' {
		n = n*10 + int(t[k]-'0')
		k++
	}
	if k == 0 || k == len(t) {
		return 0, false
	}
	if t[k] == '.' && k+1 < len(t) && (t[k+1] == ' ' || t[k+1] >= 0x80) || strings.HasPrefix(t[k:], "、") {
		return n, true
	}
	return 0, false
}

// markedAlone reports whether l is a title after a bullet and nothing
// else (see markedTitle).
func markedAlone(l string) bool {
	t := trim(l)
	if t == "" || t[0] != 0xE2 { // every mark of titleMarks is U+25xx–U+26xx
		return false
	}
	_, ok := markedTitle(t)
	return ok
}

// boldAlone reports whether l is bold and nothing else, and ends no
// sentence: a title on its line.
func boldAlone(l string) bool {
	t := trim(l)
	if t == "" || t[0] != '*' {
		return false
	}
	x, ok := boldOnly(t)
	return ok && trim(x) != "" && !closed(x)
}

// boldTitle is boldTitleLine; spaced also takes a title followed by a
// space and its text (**会议召开** 会议…), as a block after a blank line
// has it.
func boldTitle(l string, spaced bool) bool {
	if c := leadByte(l); c != 0 && c != '*' && c != '<' {
		return false // (the test below, before trimming the line)
	}
	t := trim(l)
	if t == "" || t[0] != '*' && t[0] != '<' {
		return false // no bold at its start (cutBold's test): the common line
	}
	inner, rest, closed, ok := cutBold(t)
	switch {
	case !ok:
		return false
	case !closed:
		return trim(inner) != ""
	case trim(inner) == "":
		return false
	}
	if _, r := splitHeading(inner); r != "" {
		return true // **会议甲召开 11月1日，**…: the title swallowed its date
	}
	after := trim(rest)
	if spaced && rest != after && after != "" {
		r, _ := decodeRune(after)
		if !strings.ContainsRune(closingPunct, r) {
			return true
		}
	}
	if _, ok := byline(after); ok {
		return true
	}
	return after == "" || startsWithMonth(after) || allDigits(after) || breakAfterBold(after)
}

// byline splits a parenthesis that follows a title — a byline, a note of
// a picture: **会议乙召开**（市史志办 李四）, **…**（图） — from the text after
// it, which is nothing or begins with a date; ok is false when a does not
// begin so.
func byline(a string) (rest string, ok bool) {
	var end int
	switch {
	case strings.HasPrefix(a, "（"):
		end = strings.Index(a, "）")
		if end > 0 {
			end += len("）")
		}
	case strings.HasPrefix(a, "("):
		end = strings.IndexByte(a, ')')
		if end > 0 {
			end++
		}
	default:
		return "", false
	}
	if end <= 0 || utf8.RuneCountInString(a[:end]) > 40 {
		return "", false
	}
	rest = trim(a[end:])
	if rest != "" && !startsWithMonth(rest) {
		return "", false
	}
	return rest, true
}

// boldBlockTitle reports whether the block of text s, whose first line
// is first, begins with an entry title in bold: the bold is all there is,
// or is followed by a date, or is a title that swallowed its date
// (**会议甲召开 11月1日，**…), or is followed by a hard break, or is its
// whole first line and that line is short of the wrap's width (short);
// after a blank line (spaced) also when a space and the text follow it. Emphasis
// that a wrap cut (**要提高站位 / **，抓好落实。) is not a title.
func boldBlockTitle(first, s string, spaced, short bool) bool {
	var c boldCut
	c.inner, c.after, c.closed, c.ok = cutBold(s)
	return boldBlockTitleCut(first, s, c, spaced, short)
}

// boldCut is what cutBold returns for a string.
type boldCut struct {
	inner, after string
	closed, ok   bool
}

// boldBlockTitleCut is boldBlockTitle with the cut of s, c, which the
// caller has made (text, by leadingBoldCut).
func boldBlockTitleCut(first, s string, c boldCut, spaced, short bool) bool {
	// Asked of every block that begins with bold: each part is cut once.
	// A block of one line is first itself (s is first trimmed), whose
	// parts are c.
	tf := trim(first)
	innerFirst, afterFirst, closedFirst, ok := c.inner, c.after, c.closed, c.ok
	if s != tf {
		innerFirst, afterFirst, closedFirst, ok = cutBold(tf)
	}
	if !ok {
		return false
	}
	rawAfter := afterFirst
	afterFirst = trim(afterFirst)
	// s begins as first does.
	inner, after, closed := innerFirst, rawAfter, closedFirst
	if s != tf {
		inner, after, closed = c.inner, c.after, c.closed
	}
	if closedFirst && short && afterFirst == "" && len(tf) < len(s) &&
		!strings.ContainsRune("：:，、；;", lastRune(trim(stripMarkup(innerFirst)))) && enumerator(trim(innerFirst)) == 0 && !pointWord(trim(innerFirst)) {
		// **城关镇完成镇志初稿** / 近日，城关镇…: the bold is its whole line,
		// which ends short of the wrap: a title over its text, unless
		// what follows closes the emphasis's sentence (**要提高站位** / ，抓好落实。)
		// or the bold is a lead-in (**会议要求：**) or a point (**一是…**).
		if r, _ := decodeRune(trim(after)); !strings.ContainsRune(closingPunct, r) {
			return true
		}
	}
	if !closed || trim(inner) == "" {
		return false
	}
	if _, r := splitHeading(inner); r != "" {
		return true
	}
	a := afterFirst // (trim(after) when s is first)
	if s != tf {
		a = trim(after)
	}
	if _, ok := byline(a); ok || a == "" || startsWithMonth(a) {
		return true
	}
	if breakAfterBold(a) || closedFirst && hardBreak(first) && (afterFirst == "" || breakAfterBold(afterFirst)) {
		return true // **title** and a hard line break
	}
	r, _ := decodeRune(a)
	return spaced && after != a && !strings.ContainsRune(closingPunct, r)
}

// breakAfterBold reports whether the text after a bold that a wrap cut
// (**会议甲 / 召开**\\ / 11月1日，…), joined, begins with the backslash of a
// hard line break: a backslash that escapes nothing, as it escapes only
// ASCII punctuation.
func breakAfterBold(a string) bool {
	if a == "" || a[0] != '\\' {
		return false
	}
	return len(a) == 1 || strings.IndexByte(asciiPunct, a[1]) < 0
}

// asciiPunct is what a backslash escapes in Markdown.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// allDigits reports whether s is a number and nothing else: a date the
// line end cut (**title** 11 / 月3日).
func allDigits(s string) bool {
	_, ok := digitsValue(s)
	return ok
}

// exclaimEnd reports whether t ends with an exclamation or a question
// mark, full-width or typed on an English keyboard (！？!?): a title may.
func exclaimEnd(t string) bool {
	r := lastRune(t)
	return r == '！' || r == '？' || r == '!' || r == '?'
}

// closingPunct is what cannot follow a title: after bold, it says the bold
// was emphasis in a sentence (**要提高站位**，抓好落实。).
const closingPunct = "，。、；：？！）》」』”’,.;:?!)"

var boldPairs = [...][2]string{{"**", "**"}, {"<b>", "</b>"}, {"<B>", "</B>"}, {"<strong>", "</strong>"}}

// hardBreak reports whether a Markdown line ends with a hard line break
// (two spaces or a backslash).
func hardBreak(l string) bool {
	return strings.HasSuffix(l, "  ") || strings.HasSuffix(l, "\\")
}

// tocTitleLine matches a line that is the title of an entry of the table
// of contents, as plain text (a PDF conversion loses the bold), alone or
// followed by the start of its text: 市委主题教育第二期读书班开班 11月21至24日，….
func (p *parser) tocTitleLine(t string) (title, rest string, ok bool) {
	if p.tocMaxLen == 0 {
		return "", "", false // no table of contents
	}
	p.tocIndex()
	// A key is never longer than the title it folds; most body lines are
	// far longer than any title and are let go without folding.
	if len(t) <= p.tocMaxLen && p.tocKeys[string(p.fold(t))] {
		return t, "", true
	}
	// 市委主题教育第二期读书班开班 11月21至24日，…: a title, spaces, a date.
	head := t[:min(len(t), p.tocMaxLen+8)]
	if strings.IndexByte(head, ' ') < 0 && strings.IndexByte(head, '\t') < 0 {
		return "", "", false
	}
	if title, r := splitHeading(head); r != "" && p.tocKeys[string(p.fold(title))] {
		return title, trim(t[len(title):]), true
	}
	return "", "", false
}

type bodyBuilder struct {
	p   *parser
	iss *model.Issue
	// bookHeads: a heading inside a chronicle was the book's running head
	// (# 宁川县志（1986—2005）, see bookHeadHeading).
	bookHeads bool
	sec       int // index of the current section, -1 before the first
	// entry reports whether the last entry of the current section still
	// takes paragraphs; a section heading closes it.
	entry bool
	// open reports whether the last paragraph of the current entry may be
	// continued by the next block (it stopped mid-sentence). Its text is
	// kept in pieces until it closes, so that a paragraph cut into many
	// blocks is joined once, not copied at every block.
	open   bool
	pieces []string
	// lastLine is the index of the last line of the last block of text
	// read, -1 before the first; lastAlone reports whether that block was
	// a paragraph's text alone (not a title's line). See cutByPage.
	lastLine  int
	lastAlone bool
	// ownBlock says the block being read is a line of its own by one of
	// startsParagraph's rules, never the rest of the paragraph above.
	ownBlock bool
	// runIn says the last entry's title ran into its text after a bullet
	// (see runInTitle); newEntry clears it.
	runIn bool
	// secCols holds, by line, the section's name and the entry's title
	// of a line that prints both side by side (see sectionColumnLines);
	// nil in most copies.
	secCols map[int][2]string
	// kicker is the line over a title of the table of contents that a
	// newspaper sets as its lead-in (引题), held for the entry it leads
	// (see kickerLine); kickerAt is its 1-based line, 0 when none.
	kicker   string
	kickerAt int

	// entries holds the entries of every section in order, sized from
	// plan's count of the lines that start one; runs[k] is where section
	// k's begin (see handOut), an int32: a text has fewer lines than
	// MaxSize's bytes, and a heading on every line had made runs half as
	// large as the lines themselves. paras is scratch for the entry being
	// read, arena the chunk its paragraphs go to (see closeEntry).
	entries   []model.Entry
	runs      []int32
	paras     []model.Paragraph
	arena     []model.Paragraph
	paraCount int

	// names marks the lines (by index) that name sections in a copy with
	// bold titles and no table of contents (see plainNames); nil in others.
	names map[int]bool
	// plain marks, in a copy with no markup and no table of contents (a
	// docx saved as text, an article copied from a web page), the lines
	// that are titles (lineTitle) and section names (lineSection), by
	// index from bodyStart; nil in any other copy.
	plain []plainLine

	sectionLevel int // heading level of sections; deeper ones are entries
	// chronLevel is the level of the heading that opened a section as a
	// chronicle (## 大事记) where sectionLevel would have made it an entry;
	// 0 when none did. A heading of that level after it is a section of
	// its own (## 工作动态, ## 编后语), not one of the chronicle's entries.
	chronLevel int
	// yearLevel is the level of the first year heading (## 1986年) of a
	// copy that is a chronicle, 0 before one: a heading of that level or
	// above is a section of it (## 补遗, ## 待考), not an event's title that
	// would hold the days under it.
	yearLevel int
	// stacked marks the headings (a bit by line index from bodyStart)
	// that stand over another heading with no text between, where sections
	// and entries share one level: those are the sections (see plan). A
	// bit a line: a million headings cost 125 KB, not a map of a million.
	stacked []uint64
	// flatTitles marks, the same way, the headings at the sections' level
	// that are an article's title (see flatTitles); nil for none.
	flatTitles  []uint64
	tocSections map[string]bool // folded TOC section names: headings that are sections whatever their level
	// tocEntrySection maps a TOC entry's folded title to its section's
	// folded name; built when a heading first asks (see tocEntryHeading).
	tocEntrySection map[string]string
	// sectionMaxLen is longer than any line that folds to a TOC section name.
	sectionMaxLen int
	// Enumerated headings (一、 and （一）): which style marks sections and
	// which entries; notHeading when the body has none.
	sectionStyle, entryStyle headingKind
	// pointsUnderBold says that the entries are bold titles, and an
	// enumerated line is an entry only over a dated line.
	pointsUnderBold bool
	// secDepth is the depth of the current section's heading in a
	// yearbook (its ATX level, or chapterLine's depth); 0 before the first.
	secDepth int
}

// headingKind is what an enumerated line is: 一、时政要闻 or （一）时政要闻.
type headingKind int

const (
	notHeading headingKind = iota
	cnComma                // 一、
	cnParen                // （一）
	arabic                 // 1. 1、 1． （1）: entries only (see plan)
)

// isStacked reports whether line i (an index in p.lines) is a heading
// that plan found over another heading.
func (b *bodyBuilder) isStacked(i int) bool { return b.lineBit(b.stacked, i) }

// lineBit reports whether bits, a bit by line index from bodyStart,
// marks source line index i.
func (b *bodyBuilder) lineBit(bits []uint64, i int) bool {
	k := i - b.p.bodyStart
	return bits != nil && k >= 0 && k/64 < len(bits) && bits[k/64]&(1<<(k%64)) != 0
}

// findFlatTitles marks the headings at level that head an article, in a
// body with one level of headings beside bold titles and no table of
// contents to tell them apart (## 领导活动 / ## 陈向平到叶县调研 /
// 11月13日，… / ## 重要会议 / **会议甲召开** …), as docling gives a PDF
// whose column heads and some titles it took for headings: a heading
// over another is a section (stacked), and so is one over bold titles;
// one over dated text, or that swallowed its text's date (## 会议乙召开
// 11月7日，), is a title. It returns nil where there is none.
func (b *bodyBuilder) findFlatTitles(lines []string, level int, stacked []uint64) []uint64 {
	var bits []uint64
	for i, l := range lines {
		if l == "" || l[0] != '#' && l[0] != ' ' {
			continue
		}
		lvl, t, ok := heading(l)
		if !ok || lvl != level || stacked[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		k := i + 1
		for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
			k++
		}
		if k == len(lines) {
			continue
		}
		if _, _, ok := heading(lines[k]); ok || boldTitle(lines[k], true) {
			continue
		}
		if _, rest := splitHeading(t); rest == "" && b.datedAt(lines[k]) == 0 {
			continue
		}
		if bits == nil {
			bits = make([]uint64, (len(lines)+63)/64)
		}
		bits[i/64] |= 1 << (i % 64)
	}
	return bits
}

// plan decides which heading level marks sections. Reports use ## for
// sections and ###, #### or bold for entries; a report with one level of
// headings and nothing below it uses them for entries. Where sections are
// marked otherwise (一、, a Setext heading, a TOC section name on a line
// of its own), ### and deeper are entries.
func (b *bodyBuilder) plan() {
	b.tocSections = make(map[string]bool, len(b.iss.TOC))
	for _, s := range b.iss.TOC {
		if s.Name != "" {
			b.tocSections[b.p.foldString(s.Name)] = true
			// An enumerator, quotes and spaces may make the body's longer.
			b.sectionMaxLen = max(b.sectionMaxLen, 2*len(s.Name)+24)
		}
	}
	lines := b.p.lines[b.p.bodyStart:]
	minLevel, deeper, bold, other := 7, false, false, false
	var comma, paren int
	// Lines numbered in figures (1.全市…召开), and those of them over a
	// dated line: entry titles where the body has no other (see below).
	var numbered, numberedDated int
	// Titles after a bullet on a line of their own over dated text
	// (▲县志办召开… / 11月3日，…): entry titles, as bold ones are.
	bullets := 0
	// What may start an entry, to size b.entries: headings below the
	// sections' and bold, or dated lines (a chronicle's events, where the
	// headings are its years and months). handOut gives back what was
	// too much.
	var headings [7]int // by level
	marked, events := 0, 0
	lastHead := -1 // the heading above, with no text since
	lastLvl := 0   // its level
	// overDeeper counts, by level, the headings right over one a level
	// deeper: a level that never holds text of its own groups the one
	// below it (## 第一部分 / ### 时政要闻 / #### title).
	var overDeeper [7]int
	var stacked []uint64 // bits, by index in lines
	nStacked := 0
	var listed [3]int // # and ## headings the contents list, by level
	for i, l := range lines {
		if l == "" {
			continue
		}
		if lvl, t, ok := heading(l); ok {
			if dateTitle(t) && !periodHeading(t) {
				// #### 11月1日: an event, never a section
				events++
				lastHead = -1
				continue
			}
			if lastHead >= 0 && subtitle(t) {
				// # 陆游与绍兴 / # ——纪念陆游诞辰898周年: a title over its
				// subtitle, not a section over an entry.
				lastHead = -1
				continue
			}
			if lastHead >= 0 {
				if stacked == nil {
					stacked = make([]uint64, (len(lines)+63)/64)
				}
				stacked[lastHead/64] |= 1 << (lastHead % 64)
				nStacked++
				if lastLvl == lvl-1 {
					overDeeper[lastLvl]++
				}
			}
			lastHead, lastLvl = i, lvl
			headings[lvl]++
			if lvl <= 2 && b.p.tocMaxLen > 0 {
				if _, rest, ok := b.p.tocTitleLine(trim(stripMarkup(t))); ok && rest == "" {
					listed[lvl]++
				}
			}
			if lvl >= 2 {
				if minLevel < 7 && lvl != minLevel {
					deeper = true
				}
				minLevel = min(minLevel, lvl)
				continue
			}
		}
		t := trim(l)
		underHead := lastHead >= 0 // right under a heading, no text between
		if t != "" && lastHead != i && !b.p.isTransparent(b.p.bodyStart+i) {
			lastHead = -1 // text under the heading above (# headings come on here)
		}
		if t != "" && (t[0] == '*' && !rule(t) || t[0] == '<') {
			// (*** or * * * between articles, as an epub's text sets
			// them, is a rule, not a bold title.)
			marked++
		} else if t != "" && t[0] == 0xE3 && !b.p.yearbook && bracketRunIn(t) {
			marked++ // 【会议甲召开】11月3日，…: a title as a bold one is
			bold = true
		} else if mayStartEvent(t) && eventStart(t) {
			events++
		}
		if !bold && boldTitle(l, true) {
			// Judge a bold that runs on to the next line with that line.
			joined := trim(l)
			for k := i + 1; k < len(lines) && k <= i+3 && !isBlank(lines[k]); k++ {
				joined = b.p.join(joined, trim(lines[k]))
			}
			bold = boldBlockTitle(l, trim(joined), true, !b.p.full(l))
			if bold && headings[2] > 0 && !underHead {
				// **一、年鉴资政功能的内涵** under an article's text, over
				// undated prose: the article's point, no sign that bold
				// lines are the entries (it had made the ## headings
				// sections, each point an entry, silently).
				if in := trim(stripMarkup(l)); (enumerator(in) > 0 || pointWord(in)) && !b.datedBelow(lines, i) {
					bold = false
				}
			}
		}
		// (Both below ask enumerator first: asked once, most lines have
		// none, and arabicLine's circled numbers begin E2.)
		en := enumerator(t)
		if en > 0 {
			switch k, _, _ := enumeratedLine(t); k {
			case cnComma:
				comma++
			case cnParen:
				paren++
			}
		}
		if t != "" && (en > 0 || t[0] == 0xE2) && (t[0] >= '0' && t[0] <= '9' || t[0] == '(' || t[0] == 0xE2 || strings.HasPrefix(t, "（")) {
			if k, _, _ := arabicLine(t); k == arabic {
				numbered++
				if b.datedBelow(lines, i) {
					numberedDated++
				}
			}
		}
		if t != "" && t[0] == 0xE2 {
			if _, ok := markedTitle(t); ok && (b.datedBelow(lines, i) || endDatedBelow(lines, i, b.p)) {
				bullets++
			}
		} else if t != "" && t[0] == 0xE3 && !b.p.yearbook && bracketAlone(t) && b.datedBelow(lines, i) {
			bullets++ // 【县志办召开志书评审会】 / 11月3日，…: a title as a marked one is
		}
		if !other && (len(b.tocSections) > 0 && len(t) <= b.sectionMaxLen && b.tocSections[string(b.p.fold(t))] ||
			i+1 < len(lines) && len(t) > 0 && strings.IndexByte(lines[i+1], '=') >= 0 && (strings.Trim(trim(lines[i+1]), "=") == "" && len(trim(lines[i+1])) >= 3) ||
			// 时政要闻 / --------: a Setext heading of level 2, where the
			// body underlines so more than once (see setext).
			b.p.setextDashes >= 2 && i+1 < len(lines) && len(t) > 0 && strings.IndexByte(lines[i+1], '-') >= 0 &&
				strings.Trim(trim(lines[i+1]), "-") == "" && len(trim(lines[i+1])) >= 3 && setextText(t)) {
			other = true
		}
	}
	if bold && !deeper && minLevel == 2 && headings[1] >= 2 && listed[1] == headings[1] && listed[2] == headings[2] {
		// # 工作动态 / ## 会议甲召开, every one listed in the contents
		// (pandoc's docx, 标题 1 and 标题 2): the # are the sections, the ##
		// the entries, and a bold line an article's point (**一、年鉴资政
		// 功能的内涵**), not an entry that made the ## sections of their own.
		bold = false
	}
	if deeper || bold || bullets >= 2 {
		// (## 时政要闻 over ▲ titles: the headings are the sections.)
		b.sectionLevel = minLevel
		if m := minLevel + 1; !bold && m+1 < len(headings) && headings[m] > 0 && headings[m+1] > 0 && overDeeper[m] == headings[m] {
			// Three levels: the middle one always over the deepest with no
			// text between is the sections', the top one parts of the
			// issue, sections of their own with no entries; the model has
			// two levels.
			b.sectionLevel = m
		}
	} else {
		b.sectionLevel = 1
		if nStacked > 0 {
			// One level of headings for sections and entries alike, as a
			// PDF to Markdown converter gives them (# 时政要闻 / # 会议甲召开 /
			// text): a heading over a heading is a section, the rest
			// entries.
			b.sectionLevel = 0
			b.stacked = stacked
			b.iss.Sections = slices.Grow(b.iss.Sections, nStacked+1)
			b.runs = slices.Grow(b.runs, nStacked+1)
		}
	}
	if bold && !deeper && nStacked > 0 && len(b.tocSections) == 0 {
		lvl := minLevel
		if lvl == 7 {
			lvl = 1 // # alone, as MinerU sets every heading
		}
		b.flatTitles = b.findFlatTitles(lines, lvl, stacked)
	}
	hashSections := minLevel == 2 && (deeper || bold)
	switch {
	case comma > 0 && !hashSections:
		b.sectionStyle = cnComma
		if paren > 0 {
			b.entryStyle = cnParen
		}
	case paren > 0 && !hashSections:
		b.sectionStyle = cnParen
	case comma > 0:
		b.entryStyle = cnComma
		// Under ## sections with bold titles, 一、 lines are an article's
		// points unless they stand over dates (see enumerated).
		b.pointsUnderBold = bold
	}
	if b.entryStyle == notHeading && !bold && !deeper && numberedDated >= 2 && 2*numberedDated >= numbered {
		// 1.全市春季植树造林动员会召开 / 3月5日，… under ## or 一、 sections,
		// or none: the numbered lines over dated text are the entries (a
		// list in an article is not over dates), the headings sections.
		b.entryStyle = arabic
		if minLevel < 7 {
			b.sectionLevel = minLevel
		}
	}
	if (other || b.sectionStyle != notHeading) && b.stacked == nil {
		b.sectionLevel = min(b.sectionLevel, 2)
		if minLevel > 2 {
			b.sectionLevel = 2
		}
	}
	for lvl := b.sectionLevel + 1; lvl < len(headings); lvl++ {
		marked += headings[lvl] // the shallower ones are sections
	}
	if b.stacked != nil {
		marked -= nStacked // the headings over headings are sections
	}
	b.entries = make([]model.Entry, 0, max(marked, events)+4)
	// A box of highlights (本期要目) names no section and not every title:
	// the body's own lines tell its structure, as where there is no
	// table of contents.
	noTOC := len(b.iss.TOC) == 0 || b.p.tocHighlights
	if marked+bullets >= 4 && noTOC && minLevel == 7 && !b.p.yearbook {
		b.names = b.plainNames(lines, marked+bullets)
	}
	if marked == 0 && minLevel == 7 && noTOC && !b.p.yearbook {
		b.plain = b.plainTitles(lines)
		if b.plain != nil && (comma > 0 || paren > 0) {
			// 一、工作动态 / 会议甲召开 / 11月3日，…: plainTitles made the
			// numbered names over titles sections, and left the numbered
			// points in an entry's or an article's text (会议要求： /
			// 一、提高政治站位 / 要充分认识…) as text: they are no
			// headings here.
			b.sectionStyle, b.entryStyle, b.pointsUnderBold = notHeading, notHeading, false
		}
	}
}

// plainNames finds, in a copy with bold titles and no table of contents
// or headings to name its sections, the short plain lines alone between
// blank lines over a bold title (时政要闻, ★时政要闻, 第一部分 时政要闻,
// 时 政 要 闻): its sections' names, where there are two of them at least,
// each over two titles on average (a byline over every title is none).
// It returns their line indices from bodyStart, or nil.
func (b *bodyBuilder) plainNames(lines []string, titles int) map[int]bool {
	p := b.p
	var names []int
	for i, l := range lines {
		if l == "" || l[0] == '*' || l[0] == '<' || l[0] == '#' {
			continue
		}
		t := trim(l)
		if n := utf8.RuneCountInString(t); n < 2 || n > 20 || len(t) > 20*3 || closed(t) || containsAnyOf(t, "，,；;：:。") || eventStart(t) || periodHeading(t) || ornament(t) || caption(t) || p.afterImage(p.bodyStart+i) {
			continue
		}
		if i > 0 && !isBlank(lines[i-1]) || i+1 < len(lines) && !isBlank(lines[i+1]) {
			continue // a line of a paragraph
		}
		if p.boldTitleNext(p.bodyStart+i+1) || b.markedTitleNext(lines, i) {
			names = append(names, i)
		}
	}
	if len(names) < 2 || titles < 2*len(names) {
		return nil
	}
	m := make(map[int]bool, len(names))
	for _, i := range names {
		m[p.bodyStart+i] = true
	}
	return m
}

// datedBelow reports whether the first line of text after lines[i] is
// dated (a blank line or furniture between or not).
func (b *bodyBuilder) datedBelow(lines []string, i int) bool {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k++
	}
	return k < len(lines) && b.datedAt(lines[k]) > 0
}

// markedTitleNext reports whether the first line of text after lines[i]
// is a title after a bullet over dated text (▲县志办召开… / 11月3日，…).
func (b *bodyBuilder) markedTitleNext(lines []string, i int) bool {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k++
	}
	if k >= len(lines) {
		return false
	}
	_, ok := markedTitle(trim(lines[k]))
	return ok && (b.datedBelow(lines, k) || endDatedBelow(lines, k, b.p))
}

// endDatedBelow reports whether the first line of text after lines[i]
// ends with its date in brackets (…编纂工作。（11月3日）), as some
// briefings date an item under its marked title; lines are the body's,
// from bodyStart, or the whole copy's when p.bodyStart is 0.
func endDatedBelow(lines []string, i int, p *parser) bool {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || p.isTransparent(p.bodyStart+k)) {
		k++
	}
	return k < len(lines) && endsWithDate(trim(lines[k]))
}

// emojiLead is the length of the pictographs (and the joiners and spaces
// between them) that s begins with; 0 when it begins with none.
func emojiLead(s string) int {
	if s == "" || s[0] != 0xF0 && s[0] != 0xE2 {
		return 0 // U+1F000…: F0; U+2600–U+27BF: E2
	}
	i := 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if !emojiPart(r) && r != 0x200D && !(i > 0 && (r == ' ' || r == '\u3000')) {
			break
		}
		i += n
	}
	return i
}

// nameLabel splits a section's name as a plain line prints it into what
// goes before it (a bullet, 第一部分, 一、) and the name: ★时政要闻 is 时政要闻
// under ★. A name letter-spaced (时 政 要 闻) is the name without its
// spaces.
func nameLabel(t string) (label, name string) {
	name = t
	if name == "" {
		return "", ""
	}
	if c := name[0]; c == 0xE6 || c == 0xE8 {
		// A name that begins with a character of U+6000–U+6FFF or
		// U+8000–U+8FFF (标, 要, 时 …): of the labels below only 栏目 (E6)
		// begins so (dashes, ornaments, emoji and Roman numerals are E2 or
		// F0, figures and numerals ASCII, E3–E5, E7, E9 or EF, 第 and 专
		// E7 and E4), and the rest of them are let go at once.
		if strings.HasPrefix(name, "栏目") { // (columnLabel's first test, in line)
			if k := columnLabel(name); k > 0 {
				label, name = name[:k], trim(name[k:])
			}
		}
		return label, letterSpaced(name)
	}
	if lead := dashTwin(name); lead > 0 {
		// —— 时政要闻 ——: dashes on both sides, an ornament as ◆…◆ is.
		label, name = name[:lead], trim(name[lead:len(name)-lead])
	} else if name[0] == 0xE2 && strings.ContainsRune("★☆◆◇■□▌▍▎●○▶►◎※❖◈", firstRuneOf(name)) { // all U+2xxx: E2 (decoded only then)
		r, n := decodeRune(name)
		label, name = string(r), trim(name[n:])
		if end, m := decodeLastRune(name); end == r && len(name) > m {
			name = trim(name[:len(name)-m]) // ◆县区动态◆: the ornament on both sides
		}
	} else if k := emojiLead(name); k > 0 && k < len(name) {
		// 📌 时政要闻, 🔹县区动态: a web page's pictograph before the name.
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := romanNumber(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := columnLabel(name); k > 0 {
		label, name = name[:k], trim(name[k:])
	} else if k := enumerator(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := partLabel(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	}
	if label == "" {
		// 1 时政要闻, 三　重要会议: a number and a space, as a Word
		// outline's numbering flattened to text leaves it.
		if k := spacedNumber(name); k > 0 {
			label, name = name[:k], trim(name[k:])
		}
	}
	return label, letterSpaced(name)
}

// partLabel returns the byte length of the number of a part of an issue
// that begins t before a name (第一部分　工作动态, 第二篇 经济, PART 1 工作动态,
// Part 2　县区动态, 专题一：学习贯彻…, 专题2　第二轮修志), with the colon or
// spaces after it; 0 when there is none or no name follows.
func partLabel(t string) int {
	if t == "" || t[0] != 0xE7 && t[0] != 0xE4 && t[0] != 'P' && t[0] != 'p' {
		return 0 // 第 E7, 专 E4, P or p: nearly every name, let go by its first byte
	}
	var d *dateScanner
	var units []string
	switch {
	case strings.HasPrefix(t, "第"):
		d, units = &dateScanner{s: t, i: len("第")}, []string{"部分", "篇", "章", "编"}
	case strings.HasPrefix(t, "专题"):
		d, units = &dateScanner{s: t, i: len("专题")}, []string{""}
	case len(t) > 5 && (t[0] == 'P' || t[0] == 'p') && strings.EqualFold(t[:4], "part"):
		// PART 1: the figures alone, after a space; PARTY is a word.
		i := 4
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if i == 4 || j == i || j-i > 2 {
			return 0
		}
		return partRest(t, j, true)
	default:
		return 0 // nearly every name
	}
	if _, ok := d.anyNumber(); !ok {
		return 0
	}
	for _, unit := range units {
		if strings.HasPrefix(t[d.i:], unit) {
			// 专题 takes a colon or a space before its name (专题一：…);
			// 第一部分 none (第一部分工作动态 is printed too).
			return partRest(t, d.i+len(unit), unit == "")
		}
	}
	return 0
}

// partRest returns the length of t up to the name after a part's number
// ending at i: past a colon and spaces, which must be there when sep;
// 0 when no name follows.
func partRest(t string, i int, sep bool) int {
	j := i
	if strings.HasPrefix(t[j:], "：") {
		j += len("：")
	} else if strings.HasPrefix(t[j:], ":") {
		j++
	}
	j = len(t) - len(trimLeftSpaces(t[j:]))
	if sep && j == i || j >= len(t) {
		return 0
	}
	return j
}

// dashTwin returns the byte length of the run of dashes (—, one to three)
// that t begins and ends with, the same on both sides, around a name
// (—— 时政要闻 ——, — 工作动态 —); 0 when t is not so set. A subtitle
// (——以宜宾市为例) has them on one side only.
func dashTwin(t string) int {
	if !strings.HasPrefix(t, "—") || !strings.HasSuffix(t, "—") {
		return 0 // nearly every name
	}
	lead := len(t) - len(strings.TrimLeft(t, "—"))
	trail := len(t) - len(strings.TrimRight(t, "—"))
	if lead != trail || lead > 3*len("—") || 2*lead >= len(t) {
		return 0
	}
	if inner := trim(t[lead : len(t)-lead]); inner == "" || strings.Contains(inner, "—") || utf8.RuneCountInString(inner) > 12 {
		return 0
	}
	return lead
}

// romanNumber returns the byte length of a Roman numeral of its own
// character that begins s (Ⅰ、工作动态, Ⅱ. 基层信息, Ⅲ　史海钩沉: U+2160–U+216B)
// with the mark and spaces after it, as some offices number their
// columns; 0 when there is none or nothing follows it.
func romanNumber(s string) int {
	if len(s) < 4 || s[0] != 0xE2 || s[1] != 0x85 {
		return 0 // not U+214x–U+217x: nearly every name
	}
	if r, _ := decodeRune(s); r < 'Ⅰ' || r > 'Ⅻ' {
		return 0
	}
	i := 3
	for _, mark := range [...]string{"、", "．", "."} {
		if strings.HasPrefix(s[i:], mark) {
			i += len(mark)
			break
		}
	}
	j := len(s) - len(trimLeftSpaces(s[i:]))
	if j == i && i == 3 || j >= len(s) {
		return 0 // Ⅰ型: a word, not a number
	}
	return j
}

// columnLabel returns the length of the label a section's name is printed
// after (栏目：时政要闻, 栏目:时政要闻), when a short name follows it; else 0.
func columnLabel(t string) int {
	if !strings.HasPrefix(t, "栏目") {
		return 0
	}
	k := len("栏目")
	if strings.HasPrefix(t[k:], "：") {
		k += len("：")
	} else if strings.HasPrefix(t[k:], ":") {
		k++
	} else {
		return 0
	}
	name := trim(t[k:])
	if n := utf8.RuneCountInString(name); n < 2 || n > 16 || containsAnyOf(name, "，,；;：:。") {
		return 0
	}
	return len(t) - len(name)
}

// letterSpaced returns name without the spaces that letter-space it (时 政
// 要 闻, 时　政　要　闻: every part one character), else name as it is.
func letterSpaced(name string) string {
	if len(name) >= 8 {
		// Eight bytes at a time first: a name with no space, tab or E3
		// byte (U+3000's first) is no letter-spaced one (every section's
		// name is asked, twice).
		const lo, hi = 0x0101010101010101, 0x8080808080808080
		holds := func(w string) bool {
			x := binary.LittleEndian.Uint64([]byte(w))
			a, b, c := x^(lo*' '), x^(lo*'\t'), x^(lo*0xE3)
			return ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c)&hi != 0
		}
		if n := len(name); n <= 16 && !holds(name[:8]) && !holds(name[n-8:]) {
			return name // (a name's length: its two words, overlapping, without the loop)
		}
		clean := true
		for i := 0; i+8 <= len(name); i += 8 {
			if holds(name[i : i+8]) {
				clean = false
				break
			}
		}
		if clean && !holds(name[len(name)-8:]) {
			return name
		}
	}
	spaced := false
	for i := 0; i < len(name); i++ { // a byte loop: it runs on every section's name
		if c := name[i]; spaceLead[c] && (c != 0xE3 || i+2 < len(name) && name[i+1] == 0x80 && name[i+2] == 0x80) {
			spaced = true
			break
		}
	}
	if !spaced {
		return name
	}
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	if len(parts) < 3 {
		return name
	}
	for _, part := range parts {
		if utf8.RuneCountInString(part) > 1 {
			return name
		}
	}
	return strings.Join(parts, "")
}

// periodRow reads a chronicle's table row that holds a month or a year
// alone (| **一月** |  |, a grid's | 一月 | across the table, MinerU's
// <td colspan="2">一月</td>), as a Word table of a year's events sets its
// months between its days: the month's name, a section as a month's line
// is (the rows under it had been of no month, each warned, the month an
// event of its own).
func (b *bodyBuilder) periodRow(row string) (string, bool) {
	cells := tableCells(row)
	if cells[0] == "" || len(cells[0]) > 16*3 || b.p.yearbook {
		return "", false
	}
	for _, c := range cells[1:] {
		if c != "" {
			return "", false
		}
	}
	if !periodHeading(cells[0]) || !b.inChronicle() {
		return "", false
	}
	return cells[0], true
}

// periodAtLevel reports whether the next heading at level after line (a
// 1-based line number), no heading above it between, is a year's or a
// month's (## 一月, ## 2023年).
func (b *bodyBuilder) periodAtLevel(level, line int) bool {
	for i := line; i < len(b.p.lines); i++ {
		l := b.p.lines[i]
		if l == "" || l[0] != '#' {
			continue
		}
		lvl, t, ok := heading(l)
		if !ok || lvl > level {
			continue
		}
		return lvl == level && periodHeading(trim(stripMarkup(t)))
	}
	return false
}

// isMonthHeading reports whether monthHeading reads t as a month.
func isMonthHeading(t string) bool {
	_, ok := monthHeading(t)
	return ok
}

// holdsDashByte reports whether s holds E2, EF or '-', the first bytes of
// the dashes subtitle looks for (— E2 80 94, － EF BC 8D). A short string
// is read eight bytes at a time, where three byte searches cost more; a
// long one is searched.
func holdsDashByte(s string) bool {
	if len(s) < 8 || len(s) > 64 {
		return strings.IndexByte(s, 0xE2) >= 0 || strings.IndexByte(s, 0xEF) >= 0 || strings.IndexByte(s, '-') >= 0
	}
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	holds := func(w string) bool {
		x := binary.LittleEndian.Uint64([]byte(w))
		a, b, c := x^(lo*0xE2), x^(lo*0xEF), x^(lo*'-')
		return ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c)&hi != 0
	}
	for i := 0; i+8 <= len(s); i += 8 {
		if holds(s[i : i+8]) {
			return true
		}
	}
	return holds(s[len(s)-8:]) // (the last bytes, overlapping the word before)
}

// spaceLead are the bytes letterSpaced looks for: the space, the tab and
// the first of U+3000's, a table asked once a byte. (Read only.)
var spaceLead = [256]bool{' ': true, '\t': true, 0xE3: true}

// spacedNumber returns the length of the number that begins s when a space
// follows it and a name that is not a number the space: 1 时政要闻,
// 三　重要会议; else 0.
func spacedNumber(s string) int {
	if s == "" || s[0]-'0' > 9 && s[0] != 0xE3 && s[0] != 0xE4 && s[0] != 0xE5 && s[0] != 0xE9 {
		// A figure, or a numeral below but 百: 〇 E3, 一二三五七九两 E4,
		// 四六八十 E5, 零 E9. Nearly every name is let go by its first byte.
		return 0
	}
	i, digits, cn := 0, 0, 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		switch {
		case r >= '0' && r <= '9':
			digits++
		case isCnDigit(r) && r != '百' && r != '千' && r != '万':
			cn++
		default:
			goto done
		}
		i += n
	}
done:
	if i == 0 || digits > 2 || cn > 3 || digits > 0 && cn > 0 || i >= len(s) {
		return 0
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || strings.HasPrefix(s[j:], "\u3000")) {
		if s[j] == ' ' || s[j] == '\t' {
			j++
		} else {
			j += len("\u3000")
		}
	}
	if j == i || j >= len(s) {
		return 0
	}
	r, n := decodeRune(s[j:])
	if r < utf8.RuneSelf || isCnDigit(r) || r == '年' || r == '月' {
		return 0 // 2 0 2 3, 1 1 月: a number spaced out, not a label
	}
	if k := j + n; cn > 0 && k < len(s) && (s[k] == ' ' || s[k] == '\t' || strings.HasPrefix(s[k:], "\u3000")) {
		return 0 // 三 夏 生 产, 十 大 新 闻: the name letter-spaced, its first character a numeral
	}
	return i
}

// articleMeta reports whether t is a line an article carries between its
// title and its text: a byline alone in brackets ((市科技局　张三)), or a
// web page's 发布时间：2023-11-11　来源：平顶山日报 (a key：value of its own).
func articleMeta(t string) bool {
	if rest, ok := byline(t); ok && rest == "" {
		return true
	}
	if slashByline(t) || reporterByline(t) {
		return true
	}
	if len(t) > 10 && t[0] >= '0' && t[0] <= '9' && isoDate(t[:10]) {
		_, ok := webMeta(t) // 2023-12-04 09:30  来源：…
		return ok
	}
	// The labels below are four characters at most, then a colon: a line
	// with none in its first bytes (nearly every line) is let go.
	if colonAt(t[:min(len(t), 5*3)]) < 0 {
		return false
	}
	for _, k := range [...]string{"发布时间", "发布日期", "来源", "作者", "记者", "通讯员", "编辑", "责任编辑", "时间", "日期", "信息来源", "文章来源", "稿件来源",
		"發布時間", "發佈時間", "發布日期", "來源", "記者", "通訊員", "編輯", "責任編輯", "時間"} {
		if rest, ok := strings.CutPrefix(t, k); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// slashAt returns the index of the first / or ／ in t, or -1 where there
// is none or a comma, a full stop or a semicolon comes first (a sentence:
// no byline). One pass over the bytes: most lines searched are short,
// and a search for ／ (EF BC 8F) stops at every full-width character.
func slashAt(t string) int {
	if strings.IndexByte(t, '/') < 0 && !strings.Contains(t, "／") {
		return -1 // nearly every line, by a search faster than the loop below
	}
	for k := 0; k < len(t); k++ {
		switch t[k] {
		case '/':
			return k
		case ',', ';':
			return -1
		case 0xEF: // ／ EF BC 8F; ，EF BC 8C; ；EF BC 9B
			if k+2 < len(t) && t[k+1] == 0xBC {
				switch t[k+2] {
				case 0x8F:
					return k
				case 0x8C, 0x9B:
					return -1
				}
			}
		case 0xE3: // 。E3 80 82
			if k+2 < len(t) && t[k+1] == 0x80 && t[k+2] == 0x82 {
				return -1
			}
		}
	}
	return -1
}

// authorNames matches a line of two or three authors' names and nothing
// else (陈明远　王晓燕, 陈明远 王晓燕, 陈明远、王晓燕): two or three
// characters each. One name alone is no such line here: 简讯 is a
// column's name as well.
func authorNames(t string) bool {
	if len(t) < 12 || len(t) > 3*9+6*3 {
		return false
	}
	names, ok := nameCount(t, 3, false)
	return ok && names >= 2 && names <= 3
}

// nameList matches a line of four names or more, two to four Han
// characters each, set a space apart (王建国　刘晓梅　李秋萍　张　恒　陈志远,
// a name of two letter-spaced as typesetting spaces it): a list of names,
// no title (under 评审专家名单： it had been the title of the text under
// it, and the article's number a section's).
func nameList(t string) bool {
	if len(t) < 4*6 || len(t) > 60*3 {
		return false
	}
	names, ok := nameCount(t, 4, true)
	return ok && names >= 4
}

// nameCount counts the names t holds and nothing else: runs of two to
// most Han characters set apart by spaces, ideographic spaces or 、. With
// spaced, a character alone and the next run are one name letter-spaced
// (张　恒). ok is false for anything else in t, or a name of another length.
func nameCount(t string, most int, spaced bool) (names int, ok bool) {
	n, single := 0, 0
	end := func() bool {
		switch {
		case n == 0:
			return true
		case spaced && n == 1 && single == 0:
			single, n = 1, 0 // 张 of 张　恒: the name goes on
			return true
		}
		n += single
		single = 0
		names++
		fits := n >= 2 && n <= most
		n = 0
		return fits
	}
	for _, r := range t {
		switch {
		case r == ' ' || r == '\u3000' || r == '、':
			if !end() {
				return names, false
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			n++
		default:
			return names, false
		}
	}
	last := end() // (before names is read: it counts the last name)
	return names, last && single == 0
}

// signature matches the line that signs a notice or a letter: the office
// and the date (宁川县地方史志办公室 2023年8月1日), or the full date alone
// (2023年8月1日, 二〇二三年八月一日).
func signature(t string) bool {
	if len(t) < 10 || len(t) > 40*3 || !strings.HasSuffix(t, "日") {
		return false // let most lines go: a signature ends with its date's day
	}
	if c, ok := coverNumbers(t); ok {
		return !c.published.IsZero() && c.number == 0 && c.total == 0
	}
	items, ok := coverItems(t, false)
	if !ok {
		return false
	}
	comp, date := false, false
	for _, it := range items {
		comp = comp || it.comp != ""
		date = date || it.isNums && !it.nums.published.IsZero()
	}
	return comp && date
}

// webCopy reports whether the copy came from a web page: some of its
// lines were a page's chrome.
func (p *parser) webCopy() bool {
	for _, f := range p.iss.Furniture {
		if f.Kind == model.WebChrome {
			return true
		}
	}
	return false
}

// slashByline matches a byline written with a slash: 文/陈明远,
// 文／何建平, 图/文 张三, 陈明远/文, 李华 / 摄.
func slashByline(t string) bool {
	if len(t) > 30*3 || !slashOrBar(t) {
		return false // nearly every line: no slash for slashAt, no bar for barCredit
	}
	i := slashAt(t)
	if i < 0 {
		return barCredit(t)
	}
	if containsAnyOf(t, "，。；,;") {
		return false
	}
	before := trim(t[:i])
	after := trim(strings.TrimPrefix(strings.TrimPrefix(t[i:], "/"), "／"))
	if before == "" || after == "" || containsAnyOf(t, "？！?!：:") {
		return false
	}
	// Names on the other side of the slash, a few characters each
	// (文/理两科考生都可以报考…吗 is a question).
	if utf8.RuneCountInString(before) > 12 || utf8.RuneCountInString(after) > 12 {
		return false
	}
	switch before {
	case "文", "图", "图文", "图/文", "文图", "撰文", "口述", "整理":
		return true
	}
	switch after {
	case "文", "摄", "图", "图文", "整理":
		return true
	}
	return false
}

// slashOrBar reports whether t holds a slash (/ ／) or a bar (| 丨 ｜),
// what slashAt and barCredit look for: a search for each by a byte of
// it that is rare in Chinese text (/ and |, and the last bytes of ／,
// ｜ and 丨). Searches for ／, ｜ and 丨 by their first byte stop at
// every full-width character, and at every Han character of E4.
func slashOrBar(t string) bool {
	return strings.IndexByte(t, '/') >= 0 || strings.IndexByte(t, '|') >= 0 ||
		endsIn(t, 0x8F, "／") || endsIn(t, 0x9C, "｜") || endsIn(t, 0xA8, "丨")
}

// endsIn reports whether t holds c, a character of three bytes whose
// last is b, searched for by that byte.
func endsIn(t string, b byte, c string) bool {
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], b)
		if k < 0 {
			return false
		}
		if k += i; k >= 2 && t[k-2:k+1] == c {
			return true
		}
		i = k + 1
	}
	return false
}

// barCredit matches the credits a WeChat article sets with a bar for the
// colon: 文丨赵文华 图丨钱晓东, 来源 | 梅岭区史志办, 编辑丨赵文华 王芳 — each a
// short label and a name or two. (Read as titles, 文丨赵文华 had been an
// article's title, the title over it a section or a lead-in.)
func barCredit(t string) bool {
	if len(t) > 40*3 || strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "丨") && !strings.Contains(t, "｜") {
		return false // nearly every line
	}
	s := barSpaces.Replace(t)
	n := 0
	for _, f := range strings.Fields(s) {
		label, value, ok := strings.Cut(f, "|")
		if containsAnyOf(f, "，。；：,;:") || utf8.RuneCountInString(value) > 12 {
			return false
		}
		if !ok {
			if n == 0 || utf8.RuneCountInString(f) > 12 {
				return false
			}
			continue // a second name: 编辑丨赵文华 王芳
		}
		switch label {
		case "文", "图", "图文", "摄影", "摄", "撰文", "来源", "编辑", "责任编辑", "审核", "校对", "作者", "记者", "通讯员", "排版", "美编", "统筹", "监制", "出品", "编审", "终审", "初审":
		default:
			return false
		}
		if value == "" {
			return false
		}
		n++
	}
	return n > 0
}

// barSpaces writes a credit's bar, spaced or not, any of the three, as
// one | with no spaces.
var barSpaces = strings.NewReplacer(" | ", "|", " 丨 ", "|", " ｜ ", "|", "丨", "|", "｜", "|")

// plainLine is what plainTitles makes of a line.
type plainLine uint8

const (
	lineText plainLine = iota
	lineTitle
	lineSection
	lineTitleWrapped // a title the wrap cut: it goes on on the next line of text, lineTitleEnd
	lineTitleEnd
	lineDateCut // the start of a date the wrap cut, under a title (11月 / 3日，…): text, no chronicle's month
	lineRunIn   // a title run into its dated text after a space (plainRunIn)
	lineKicker  // a lead-in (引题) over the lineTitle below it, which it heads
)

// plainTitles finds the titles of a copy that lost its markup and has no
// table of contents to name them: a short line that ends no sentence,
// after a line that did (or a blank line), over the text it titles —
// 会议甲召开 / 11月1日，会议甲在市会议中心召开。 A short line over such a
// title is its section's name (时政要闻 / 会议甲召开 / …). It returns nil
// unless two titles at least are found over dated text: a report that
// is only paragraphs stays one.
func (b *bodyBuilder) plainTitles(lines []string) []plainLine {
	p := b.p
	// splitDate is whether line i is the start of a date the wrap cut
	// from the rest of its line (11 / 月16日，…, 11月 / 3日，…, 2023年11 /
	// 月17日，…): the first line of an entry's text, not a title. 11月 over
	// 3日，… is a chronicle's month over its day where no title is right
	// above it.
	splitDate := func(i int) bool {
		t := trim(lines[i])
		if !dateFragment(t) || i+1 >= len(lines) || isBlank(lines[i+1]) {
			return false
		}
		if strings.HasSuffix(t, "月") && (i == 0 || isBlank(lines[i-1]) || closed(trim(lines[i-1])) || p.wrap > 0 && !p.full(lines[i-1])) {
			// (Nor under a line the wrap did not fill, a heading's:
			// 2020年大事记 / 1月 / 1日　…, a yearbook's chronicle with no
			// blank lines; the month had been run into its first day,
			// 1月1日　…, the day's next event with it, silently.)
			return false
		}
		return startsWithMonthDay(t + trim(lines[i+1])) // rare: only a fragment is joined
	}
	datedAt := func(i int) int {
		if b.datedAt(lines[i]) > 0 || splitDate(i) {
			return 1
		}
		return 0
	}
	var point, colonTitle func(i int) bool
	// overGapRow is whether the line of text under line i is a table's
	// row as OCR gives it (gapRow): line i is the table's caption or its
	// header (清河县已出版村志情况表 / 村 名　　出版时间　　字数), no title.
	overGapRow := func(i int) bool {
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				return gapRow(trim(lines[j]))
			}
		}
		return false
	}
	// signedUnder is whether the line of text under line i is a date
	// alone (宁川县地方史志办公室 / 2024年3月25日: a notice's signature,
	// which an office's name over it is part of, not a byline).
	signedUnder := func(i int) bool {
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				return signature(trim(lines[j]))
			}
		}
		return false
	}
	// overFigure is whether a figure alone between blank lines comes
	// under line i, within six short lines, before any line longer than
	// a table's cell (亿元 / 62.3, 地区生产总值 / 亿元 / 186.5): a table
	// pdfminer prints a cell a box, no title over its text. (5 / 月14日，…
	// is a date the wrap cut.)
	overFigure := func(i int) bool {
		seen := 0
		for j := i + 1; j < len(lines) && seen < 6; j++ {
			if isBlank(lines[j]) || p.isTransparent(p.bodyStart+j) {
				continue
			}
			t := trim(lines[j])
			if figureCell(t) {
				return j+1 == len(lines) || isBlank(lines[j+1])
			}
			if utf8.RuneCountInString(t) > 12 || containsAnyOf(t, "，。；") {
				return false
			}
			seen++
		}
		return false
	}
	// speakerAt is whether line i is a speaker's name alone over the
	// date of the speech in brackets (林卫东 / （2024年2月26日）), as a
	// speech printed in full sets them under its title: a byline, no
	// title (the name had been the speech's title, the speech's title a
	// section, silently).
	speakerAt := func(i int) bool {
		t := trim(lines[i])
		if len(t) < 2*3 || len(t) > 4*3+2*3 || !authorName(t) {
			return false
		}
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				u := trim(lines[j])
				if inner, ok := strings.CutPrefix(u, "（"); ok && strings.HasSuffix(inner, "）") {
					return signatureDate(strings.TrimSuffix(inner, "）"))
				}
				return false
			}
		}
		return false
	}
	short := func(i int) bool {
		t := trim(lines[i])
		// A title may end with ！ (喜报！我市荣获全国文明城市称号！), not a full stop.
		// Or with ？ (村志编纂难在哪里？), a question a column asks.
		exclaims := exclaimEnd(t) && !containsAnyOf(t, "。，,") && strings.Count(t, "？")+strings.Count(t, "！")+strings.Count(t, "?")+strings.Count(t, "!") <= 2
		if t == "" || len(t) > 64*3 || closed(t) && !exclaims || figureCell(t) || containsAnyOf(t, "，,；;：:") && !colonTitle(i) && columnLabel(t) == 0 || midPhraseEnd(t) || eventStart(t) || periodHeading(t) || partName(t) && chronicleTitle(b.iss.Title) || looseYearLine(t) && (chronicleTitle(b.iss.Title) || b.iss.Title == "") || isBareYear(t) && chronicleTitle(b.iss.Title) || p.full(lines[i]) || ornament(t) || caption(t) || p.afterImage(p.bodyStart+i) && !editorialLabels[t] || slashByline(t) || reporterByline(t) || authorNames(t) || soleAuthor(t) || gapRow(t) || nameList(t) || officeAlone(t) && !signedUnder(i) || officeByline(t) || (t[0] == 0xE2 || t[0] == 0xEF || t[0] == '-') && subtitle(t) || unitAlone(t) && !officeAlone(t) || speakerAt(i) {
			return false // (gapRow: 石桥村　　2021年　　　42, a table's row, had been titles and sections; figureCell: 4.9, a cell pdfminer printed alone)
		}
		n := utf8.RuneCountInString(t)
		// (The sample's longest title has 57; a point is text, as a
		// sentence is.)
		return n >= 2 && n <= 64 && !splitDate(i) && !point(i) && !overGapRow(i) && !overFigure(i)
	}
	next := func(i int) int {
		for i++; i < len(lines) && (isBlank(lines[i]) || p.isTransparent(p.bodyStart+i)); i++ {
		}
		return i
	}
	// below is next past a line between a title and its text: a byline
	// ((市科技局　张三)) or a web page's 发布时间：… 来源：….
	below := func(i int) int {
		j := next(i)
		if j < len(lines) && (articleMeta(trim(lines[j])) || authorNames(trim(lines[j])) && !eventStart(trim(lines[j])) || soleAuthor(trim(lines[j])) || officeAlone(trim(lines[j])) || subtitle(trim(lines[j])) || unitAlone(trim(lines[j])) || speakerAt(j)) {
			return next(j) // (沂蒙红嫂的故事 / 陈明远　王晓燕 / …: its authors; 欧阳晓明 alone; 清河县史志办; ——记…, its subtitle)
		}
		return j
	}
	// splitTitle is whether short lines i and j, one under the other, are
	// one title the wrap cut: titles are set larger than the text, and
	// wrap at a width of their own, shorter than its (县人大常委会召开…
	// 关于加强生态 / 环境保护的决定 / 11月8日，…). The first is too long
	// for a section's name (the sample's longest has 8 characters), and
	// longer than the second, the wrap's rest; a name over a title is the
	// shorter.
	splitTitle := func(i, j int) bool {
		if j != i+1 || p.isTransparent(p.bodyStart+j) {
			return false
		}
		t := trim(lines[i])
		n := utf8.RuneCountInString(t)
		return n >= 12 && n > utf8.RuneCountInString(trim(lines[j])) && !cnPoint(trim(lines[j])) && !columnWord(t)
	}
	// colonTitle is whether line i is a title with a colon, over its
	// dated text (宁川：秋冬季植树造林全面启动 / 11月6日，…): a place's or a
	// body's short name, one colon and what it did, no other stop. A line
	// that announces what follows ends with its colon (会议要求：), and a
	// label's value may be a date (时间：11月6日).
	colonTitle = func(i int) bool {
		t := trim(lines[i])
		before, after, ok := strings.Cut(t, "：")
		if !ok {
			before, after, ok = strings.Cut(t, ":") // typed half-width (宁川:秋冬季…)
		}
		if !ok || containsAnyOf(after, "，,；;：:") || containsAnyOf(before, "，,；;:") || articleMeta(t) {
			return false // (发布时间： 2023-12-04, a web page's, is no title)
		}
		if n := utf8.RuneCountInString(before); n < 2 || n > 12 || utf8.RuneCountInString(after) < 4 || after[0] >= '0' && after[0] <= '9' {
			return false
		}
		j := below(i)
		return j < len(lines) && datedAt(j) > 0
	}
	// point is whether line i is numbered (一、, （一）) as a point of an
	// entry's or an article's text is (会议要求： / 一、提高政治站位 /
	// 要充分认识…, 宁川古渡口考略 / 一、渡口的由来 / 宁川古渡口位于…):
	// a section's name stands over a title over dated text, or over the
	// dated text itself; a point over its undated text, or over the next
	// point.
	point = func(i int) bool {
		t := trim(lines[i])
		if t == "" || t[0] != 0xEF && t[0] != '(' && !cnNumeralStart(t) {
			return false // no numeral first: nearly every line
		}
		if k, _, _ := enumeratedLine(t); k != cnComma && k != cnParen {
			return false
		}
		j := below(i)
		if j >= len(lines) || datedAt(j) > 0 {
			return false
		}
		tj := trim(lines[j])
		if _, _, ok := plainRunIn(tj); ok {
			return false
		}
		// Over a title (numbered or not: 1．会议甲召开, （一）会议甲召开) over
		// its dated text. Only that line is looked at, not the lines under
		// it in turn: a long list of points would be read over and over.
		k := below(j)
		return k >= len(lines) || datedAt(k) == 0 || closed(tj) && !exclaimEnd(tj) || containsAnyOf(tj, "，,；;：:") || utf8.RuneCountInString(tj) > 64
	}
	// wrapped is whether line i is a long title the wrap cut (a full line
	// that is no sentence, then a short one) over dated text: 全市地方志系统
	// 学习…主 / 题教育读书班开班 / 11月6日，…. It returns the second line.
	wrapped := func(i int) (int, bool) {
		if i >= len(lines) || !p.full(lines[i]) {
			return 0, false
		}
		t := trim(lines[i])
		if closed(t) || containsAnyOf(t, "，,；;：:。") || eventStart(t) {
			return 0, false
		}
		j := next(i)
		if j >= len(lines) || !short(j) && !hanAlone(trim(lines[j])) {
			return 0, false // (a title the wrap left one character of: …动员大 / 会)
		}
		k := below(j)
		return j, k < len(lines) && datedAt(k) > 0
	}
	// fullTitle is whether line i is a title as wide as the wrap, no
	// sentence and no clause, right over dated text: 宁川县召开…工作动员大会 /
	// 11月1日，…, a title the wrap did not cut, though it is full.
	fullTitle := func(i int) bool {
		if i >= len(lines) || !p.full(lines[i]) {
			return false
		}
		t := trim(lines[i])
		if closed(t) || containsAnyOf(t, "，,；;：:。、") || eventStart(t) || utf8.RuneCountInString(t) > 64 || periodHeading(t) || isBareYear(t) {
			return false // (一九八九年 over its days, at a narrow wrap: a year's heading)
		}
		j := next(i)
		return j < len(lines) && datedAt(j) > 0
	}
	var kinds []plainLine
	mark := func(i int, k plainLine) {
		if kinds == nil {
			kinds = make([]plainLine, len(lines))
		}
		kinds[i] = k
	}
	dated := 0
	var splits []int // the first lines of titles splitTitle joined
	prevEnds := true // the line before ended a sentence, or there was none
	// In an issue that is a chronicle (宁川县大事记), a chronicle's name
	// within the body is its running head, not a section of its own.
	chronSections := !chronicleTitle(b.iss.Title)
	for i := 0; i < len(lines); i++ {
		if isBlank(lines[i]) || p.isTransparent(p.bodyStart+i) {
			prevEnds = true
			continue
		}
		if prevEnds {
			// 尧山实验室理事会第一次会议召开 11月10日，…: a title run into its
			// text, under its section's name or not.
			j := i
			if short(i) {
				j = below(i)
			}
			if j < len(lines) {
				if _, _, ok := plainRunIn(trim(lines[j])); ok {
					if j != i {
						mark(i, lineSection)
					}
					mark(j, lineRunIn)
					dated++
					i = j
					prevEnds = closed(trim(lines[j]))
					continue
				}
			}
			// A title the wrap cut, alone or under its section's name.
			if j, ok := wrapped(i); ok {
				mark(i, lineTitleWrapped)
				mark(j, lineTitleEnd)
				dated++
				i = j
				continue
			}
			if h := below(i); short(i) {
				if j, ok := wrapped(h); ok {
					mark(i, lineSection)
					mark(h, lineTitleWrapped)
					mark(j, lineTitleEnd)
					dated++
					i = j
					continue
				}
				if fullTitle(h) {
					mark(i, lineSection)
					mark(h, lineTitle)
					dated++
					i = h
					continue
				}
			}
			if fullTitle(i) {
				mark(i, lineTitle)
				dated++
				continue
			}
		}
		if prevEnds && short(i) {
			j := below(i)
			if j < len(lines) && chronSections && monthChronicleLine(lines[i]) && (eventStart(trim(lines[j])) || periodHeading(lines[j])) {
				// 宁川大事记 / 11月1日，… / 11月6日，… (or 1日　…, or a month
				// over them): a chronicle's name over its events, a section
				// of dated entries, not one entry's title over its
				// paragraphs. It is dated structure, as a title over dated
				// text is.
				mark(i, lineSection)
				dated++
				prevEnds = true
				continue
			}
			if j < len(lines) {
				// 简讯 / ▲12月5日，… / ▲12月20日，…: a column of news in
				// brief, each item marked and dated, no title of its own.
				// So with no bullet under a name that says so (简讯 /
				// 5月8日，… / 5月24日，…).
				if t := trim(lines[j]); eventLead(t) != t && startsWithMonthDay(eventLead(t)) || briefColumn(lines[i]) && startsWithMonthDay(t) {
					mark(i, lineSection)
					dated++
					prevEnds = true
					continue
				}
			}
			switch {
			case j < len(lines) && short(j):
				if k := below(j); k < len(lines) && !short(k) {
					if kinds == nil {
						kinds = make([]plainLine, len(lines))
					}
					kinds[i], kinds[j] = lineSection, lineTitle
					if splitTitle(i, j) {
						kinds[i], kinds[j] = lineTitleWrapped, lineTitleEnd
						splits = append(splits, i)
					}
					if k == j+1 && splitDate(k) {
						kinds[k] = lineDateCut
					}
					dated += datedAt(k)
					i = j
					prevEnds = true
					continue
				} else if k < len(lines) && splitTitle(j, k) {
					// 时政要闻 / …关于加强生态 / 环境保护的决定 / 11月8日，…
					if h := below(k); h < len(lines) && datedAt(h) > 0 {
						mark(i, lineSection)
						mark(j, lineTitleWrapped)
						mark(k, lineTitleEnd)
						splits = append(splits, j)
						dated++
						i = k
						prevEnds = true
						continue
					}
				}
			case j < len(lines):
				if kinds == nil {
					kinds = make([]plainLine, len(lines))
				}
				kinds[i] = lineTitle
				if t := trim(lines[i]); t[0] == 0xEF || t[0] == '(' || cnNumeralStart(t) {
					if k, _, _ := enumeratedLine(t); k == cnComma || k == cnParen {
						// 一、时政要闻 / 11月3日，…: numbered over dated
						// text (not a point: see point), a section's name,
						// as where plainTitles is not asked.
						kinds[i] = lineSection
					}
				}
				if j == i+1 && splitDate(j) {
					kinds[j] = lineDateCut
				}
				dated += datedAt(j)
				prevEnds = true
				continue
			}
		}
		t := trim(lines[i])
		// A picture's caption (图为…) or a credit line (（供稿：县委办）,
		// 来源：宁川日报) ends an entry's text as a sentence does: a title
		// may follow with no blank line between.
		prevEnds = closed(t) || signature(t) || t != "" && len(t) <= 30*3 && (caption(t) || enclosed(t) || articleMeta(t))
		if !prevEnds && t != "" && (t[0] == 0xE2 || t[0] == '-' || t[0] == '_' || t[0] == '=') && (ornament(t) || rule(t)) {
			// 青岚市地方志编纂中心　　2024年3月28日 / ———————— / 市地方志…召开…
			// / 　　3月15日，…: the rule under a briefing's header ends
			// what is above it as a blank line does, in a copy pasted
			// from Word with none (the first item's title had been a
			// paragraph, warned of, and with it the one title left
			// in a short issue).
			prevEnds = true
		}
	}
	if dated < 2 && !(dated == 1 && p.webCopy()) {
		// (A web page holds one article: its title over its date is one.)
		return nil
	}
	kickers(lines, kinds, below)
	if len(splits) > 0 {
		// A title cut in two is told from a name over a title by its
		// length: where the copy's section names are as long, the first
		// line may be one, and it stays a name.
		longest := 0
		for i, k := range kinds {
			if k == lineSection {
				longest = max(longest, utf8.RuneCountInString(trim(lines[i])))
			}
		}
		for _, i := range splits {
			if utf8.RuneCountInString(trim(lines[i])) <= 2*longest {
				kinds[i], kinds[i+1] = lineSection, lineTitle
			} else if longest > 0 || firstTitle(kinds, i) {
				b.splitOrName(lines, i)
			}
		}
	}
	return kinds
}

// kickers finds, in a copy whose columns are named in brackets alone on
// their lines (【工作动态】), the lead-ins (引题) that plainTitles took for
// sections: a plain line of eight characters or more over a title
// (确保明年底前完成试点县志初稿 / 市史志研究室召开…推进会 / 文/赵文华), as a web
// page or a WeChat article sets one. It heads the title; the column's
// name above it, which plainTitles left as text, is the section. Any
// other plain line taken for a section there is a title.
func kickers(lines []string, kinds []plainLine, below func(int) int) {
	bracketed := false
	for i, k := range kinds {
		if k == lineSection && bracketName(lines[i]) {
			bracketed = true
			break
		}
	}
	if !bracketed {
		return // nearly every copy
	}
	for i, k := range kinds {
		t := trim(lines[i])
		if k != lineSection || bracketName(t) || utf8.RuneCountInString(t) < 8 {
			continue
		}
		if j := below(i); j >= len(lines) || kinds[j] != lineTitle {
			// 11月全市史志工作简讯 / ●11月2日，… / ●11月10日，…: in such a
			// copy a plain line is no column; the title of its items (it
			// had ended the bracketed column above it).
			kinds[i] = lineTitle
			continue
		}
		kinds[i] = lineKicker
		h := i - 1
		for h >= 0 && isBlank(lines[h]) {
			h--
		}
		if h >= 0 && kinds[h] == lineText && bracketName(lines[h]) {
			kinds[h] = lineSection
		}
	}
}

// midPhraseEnd reports whether t, ten characters or more, ends with a
// word that goes on into the next (…各方面的历史与 / 现状。): a
// conjunction, a preposition, 的 or 、. No title ends so, but for a short
// idiom (政通人和); a line the wrap cut does.
func midPhraseEnd(t string) bool {
	if len(t) < 10*3 {
		return false
	}
	switch lastRune(t) {
	case '的', '和', '与', '及', '暨', '对', '把', '将', '向', '从', '于', '为', '在', '、':
		return true
	}
	return false
}

// firstTitle reports whether no title comes before line i.
func firstTitle(kinds []plainLine, i int) bool {
	for _, k := range kinds[:i] {
		if k == lineTitle || k == lineTitleWrapped || k == lineRunIn {
			return false
		}
	}
	return true
}

// splitOrName warns about lines i and i+1 read as one title the wrap cut
// where the first may as well be a section's name over the second (学习贯彻
// 党的二十届三中全会精神 / 县委理论中心组专题学习 / 9月3日，…): the copy has
// sections, or the title is its first, where a name stands, and the first
// line ends as a name may, not inside a phrase (…关于加强生态的 / 决定),
// over a line that may be a title by itself.
func (b *bodyBuilder) splitOrName(lines []string, i int) {
	t, rest := trim(lines[i]), trim(lines[i+1])
	if last := lastRune(t); strings.ContainsRune("的和与及在对为于把将向从暨、“《（", last) || utf8.RuneCountInString(rest) < 4 || utf8.RuneCountInString(t) > 16 {
		return // (…城乡客运 / 工作: no title is one word; no name is longer than a contents' longest, tocHeading)
	}
	b.p.warn(b.p.bodyStart+i+1, "%q over %q read as one title the wrap cut: or a section's name over a title?", clipText(t, 20), clipText(rest, 20))
}

// dateCutUnderTitle reports whether line i, a month alone (5月), is the
// start of a date the wrap cut, under a title that has no text yet
// (**会议甲召开** / 5月 / 8日，…): the line under it goes on with the
// day, and the title is right above, blank lines aside. A chronicle's
// month is over its days, not under an empty title.
func (b *bodyBuilder) dateCutUnderTitle(i int) bool {
	t := trim(b.p.lines[i])
	if !b.entry || len(b.paras) > 0 || b.open || len(b.entries) == 0 || b.entries[len(b.entries)-1].Title == "" ||
		!strings.HasSuffix(t, "月") || !dateFragment(t) || i+1 >= len(b.p.lines) || isBlank(b.p.lines[i+1]) {
		return false
	}
	if e := b.entries[len(b.entries)-1]; e.Line-1 != b.p.prevText(i) {
		return false // text or a heading between them
	}
	return startsWithMonthDay(t + trim(b.p.lines[i+1])) // rare: a month alone under a title
}

// dateFragment reports whether t may be the start of a date cut by the
// wrap: figures, with 年 or 月 between or after them (11, 11月, 2023年11),
// not a year alone (2023年, a chronicle's heading).
func dateFragment(t string) bool {
	if len(t) > 16*3 || !figureFirst(t) || strings.HasSuffix(t, "年") {
		return false
	}
	for _, r := range t {
		if !isFigure(r) && r != '年' && r != '月' {
			return false
		}
	}
	return true
}

// datedAt is 1 when line l begins with a date, else 0.
func (b *bodyBuilder) datedAt(l string) int {
	t := trim(l)
	if startsWithMonthDay(t) {
		return 1
	}
	if datelineFirst(t) && startsWithMonthDay(afterDateline(t, false)) {
		// 本刊讯 11月3日，…, （通讯员 张三）11月10日，…, 记者 李强 报道
		// 11月6日，…: a dated text under its dateline, as a paper leads
		// one.
		return 1
	}
	return 0
}

// datelineFirst reports whether t may begin with a newspaper's dateline
// (see afterDateline): a bracket, a reporter's role, or 讯 among its
// first characters. Most lines are let go by their first bytes.
func datelineFirst(t string) bool {
	if len(t) < 6 || t[0] < utf8.RuneSelf && t[0] != '(' {
		return false
	}
	switch t[:3] {
	case "（", "【", "记", "通", "特", "記", "■", "□":
		return true
	}
	if t[0] == '(' {
		return true
	}
	head := t[:min(len(t), 13*3)]
	return strings.Contains(head, "讯") || strings.Contains(head, "訊")
}

// endDatedNext reports whether the next line of text after line i ends
// with its date in brackets (see endDatedBelow).
func (b *bodyBuilder) endDatedNext(i int) bool {
	p := b.p
	i++
	for i < len(p.lines) && (isBlank(p.lines[i]) || p.isTransparent(i)) {
		i++
	}
	return i < len(p.lines) && endsWithDate(trim(p.lines[i]))
}

// enumeratedLine matches a heading-like line with a Chinese enumerator:
// 一、时政要闻, （一）领导活动. It is short and does not end a sentence.
func enumeratedLine(t string) (headingKind, string, string) {
	n := enumerator(t)
	if n == 0 || len(t) > 200 {
		return notHeading, "", ""
	}
	label, name := t[:n], trim(t[n:])
	if utf8.RuneCountInString(name) > 30 || closed(name) || containsAnyOf(name, "，。；：:,") {
		return notHeading, "", ""
	}
	r, _ := decodeRune(label)
	switch {
	case isCnDigit(r):
		if lastRune(name) == '月' {
			if _, ok := plainMonthHeading(t); ok {
				return notHeading, "", "" // 七、八月: two months, a chronicle's heading
			}
		}
		return cnComma, trim(label), name
	case r == '（' || r == '(':
		r2, _ := decodeRune(label[len(string(r)):])
		if isCnDigit(r2) {
			return cnParen, trim(label), name
		}
	}
	return notHeading, "", ""
}

// datedNext reports whether the next line of text after line i begins
// with a date; false for no line (-1).
func (b *bodyBuilder) datedNext(i int) bool {
	p := b.p
	if i < 0 {
		return false
	}
	i++
	for i < len(p.lines) && (isBlank(p.lines[i]) || p.isTransparent(i)) {
		i++
	}
	return i < len(p.lines) && b.datedAt(p.lines[i]) > 0
}

// articlePoint reports whether a bold title at 1-based line is one of the
// points of the titled article it stands in (**一、…**, **（一）…**): the
// article has text and no date (a report's dated entry is no essay), and
// under the point stands text — neither a date nor a bold title or a
// heading, as under a section's name (**一、时政要闻** / **会议甲召开**).
func (b *bodyBuilder) articlePoint(title string, line int) bool {
	if len(b.paras) == 0 || b.sectionStyle == cnComma || b.sectionStyle == cnParen || !b.hasEntry() {
		return false
	}
	t := title
	for t != "" && (t[0] == '*' || t[0] == '<' || t[0] == ' ') {
		t = t[1:] // strings.TrimLeft(title, "*< "), without making its set each time
	}
	if t == "" || t[0] != '(' && !strings.HasPrefix(t, "（") && !cnNumeralStart(t) {
		return false // no numeral first: nearly every title
	}
	e := b.entries[len(b.entries)-1]
	if e.Title == "" || (!e.Date.IsZero() || !b.paras[0].Date.IsZero()) && !speechTitle(e.Title) {
		// (A speech is dated under its title, 林卫东 / （2024年2月26日）, and
		// its points are its own: marker's ### 一、… in it had been entries,
		// each warned as missing from the contents.)
		return false
	}
	tt := trim(stripMarkup(title))
	k, label, _ := enumeratedLine(tt)
	if k == notHeading && commaPoint(tt) {
		// 一、提高站位，深刻认识…的重大意义: a point of two phrases, which
		// enumeratedLine does not take for its comma.
		label, k = trim(tt[:enumerator(tt)]), cnComma
		if strings.HasPrefix(label, "（") {
			k = cnParen
		}
	}
	if k != cnComma && k != cnParen {
		return false
	}
	if ek, _, _ := enumeratedLine(e.Title); ek == k {
		return false // **一、…** then **二、…**: the report numbers its entries
	}
	// The points count from one within the article: 一、, then 二、 after
	// a 一、 among its paragraphs.
	n := labelNumber(label)
	if n != 1 && !b.pointBefore(k, n-1) {
		return false
	}
	p := b.p
	i := line // the line after the point's, 0-based
	for i < len(p.lines) && (isBlank(p.lines[i]) || p.isTransparent(i)) {
		i++
	}
	if i >= len(p.lines) {
		return false
	}
	next := trim(p.lines[i])
	if _, text, ok := heading(next); ok && k == cnComma && strings.HasPrefix(text, "（") {
		// ### 二、突出重点… / #### （一）着力提升…: a point over its first
		// point of the next level, a heading too as marker sets them.
		if nk, _, _ := enumeratedLine(trim(stripMarkup(text))); nk == cnParen {
			return true
		}
	}
	if _, _, ok := heading(next); ok || boldTitle(next, true) || b.datedAt(next) > 0 {
		return false
	}
	return true
}

// speechTitle reports whether t titles a speech or a report given at a
// meeting (在…会议上的讲话, …工作报告, …致辞, …主持词), whose parts are
// numbered points of the one text.
func speechTitle(t string) bool {
	for _, w := range [...]string{"讲话", "报告", "致辞", "主持词", "讲话稿"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// placeholderHeader reports whether the table row l names its columns
// Col1, Col2, … (or leaves one empty): the header pymupdf4llm writes over
// a table that printed none.
func placeholderHeader(l string) bool {
	if !strings.Contains(l, "Col") {
		return false
	}
	for _, c := range tableCells(l) {
		if c == "" {
			continue
		}
		if n, ok := strings.CutPrefix(c, "Col"); !ok || n == "" || !allDigits(n) {
			return false
		}
	}
	return true
}

// insetHeading reports whether the heading text, under an article's text,
// is a pull quote (the whole of it in quotes, a sentence: “守护绿水青山，人人
// 都是护林员”) or the caption of a table or a figure (表1 …, 图 2 …, 附表一 …)
// and the table of contents lists it nowhere: set in the article, not
// over it. In a yearbook, a caption under a 条目 only.
func (b *bodyBuilder) insetHeading(text string) bool {
	if len(b.paras) == 0 || !b.hasEntry() || len(text) > 240 {
		return false
	}
	t := strings.TrimLeft(text, "*_ ")
	if len(t) < 4 || t[0] != 0xE2 && t[0] != 0xE8 && t[0] != 0xE5 && t[0] != 0xE3 {
		return false // (“ and 「, 表, 图 and 附: first bytes that few titles begin with)
	}
	t = trim(stripMarkup(text))
	if b.p.yearbook {
		// In a yearbook, under a 条目 titled in its brackets (【文明创建】…)
		// only: a 统计资料's tables are entries, each titled by its caption.
		e := b.entries[len(b.entries)-1]
		if !captionLabel(t) || e.Title == "" || e.Line < 1 || !strings.Contains(b.p.lines[e.Line-1], "【") {
			return false
		}
	} else if !pullQuote(t) && !captionLabel(t) {
		return false
	}
	return !b.tocEntryHeading(text) && !b.tocSections[string(b.p.fold(text))]
}

// pullQuote reports whether t is a sentence quoted whole: “…，…” or 「…。」,
// a mark of a sentence inside (a column named in quotes, “三农”动态 or
// “我为群众办实事”, is none).
func pullQuote(t string) bool {
	var in string
	switch {
	case strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”"):
		in = t[len("“") : len(t)-len("”")]
	case strings.HasPrefix(t, "「") && strings.HasSuffix(t, "」"):
		in = t[len("「") : len(t)-len("」")]
	default:
		return false
	}
	if strings.Contains(in, "“") || strings.Contains(in, "”") {
		return false // “…”与“…”: two quotes, not one
	}
	return strings.Contains(in, "，") || strings.Contains(in, "。") || strings.Contains(in, "！") || strings.Contains(in, "；")
}

// captionLabel reports whether t begins with a table's or a figure's
// label: 表1, 表 2, 表一, 图3-1, 附表1, then its caption or nothing.
func captionLabel(t string) bool {
	t = strings.TrimPrefix(t, "附")
	rest, ok := strings.CutPrefix(t, "表")
	if !ok {
		if rest, ok = strings.CutPrefix(t, "图"); !ok {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	r, _ := decodeRune(rest)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)
}

// articleNotes reports whether the heading text (#### 注释, **参考文献**)
// names an article's notes or sources under its text, or a box under it
// (**【相关链接】**, see boxLabel): a paragraph of the article, not an
// article of its own titled 注释.
func (b *bodyBuilder) articleNotes(text string) bool {
	if len(b.paras) == 0 || !b.hasEntry() || b.entries[len(b.entries)-1].Title == "" || len(text) > 60 {
		return false
	}
	t := text
	for t != "" && (t[0] == '*' || t[0] == ' ') {
		t = t[1:]
	}
	t = strings.TrimPrefix(t, "<b>")
	if len(t) >= 3 && (strings.HasPrefix(t, "【") || strings.Contains("链相新延背小", t[:3])) {
		return boxLabel(trim(stripMarkup(text)))
	}
	if len(t) < 3 || !strings.Contains("注脚尾参主资", t[:3]) {
		return false // notesName's first look, before the markup is stripped
	}
	return notesName(trim(stripMarkup(text)))
}

// boxLabel reports whether t, alone on its line, heads a box under an
// article's text (**【相关链接】**, **延伸阅读**): the article's, a paragraph
// of it, as the plain 【相关链接】 is, not an article of its own titled so.
func boxLabel(t string) bool {
	if in, ok := strings.CutPrefix(t, "【"); ok {
		if in, ok = strings.CutSuffix(in, "】"); ok {
			t = trim(in)
		}
	}
	switch strings.TrimRight(t, "：: ") {
	case "链接", "相关链接", "新闻链接", "延伸阅读", "背景", "背景资料", "背景链接", "小贴士":
		return true
	}
	return false
}

// notesName reports whether t, alone on its line, names a block of notes
// or sources (注释, 注　释, 参考文献：, 资料来源).
func notesName(t string) bool {
	if len(t) > 40 || len(t) < 3 || !strings.Contains("注脚尾参主资", t[:3]) {
		return false // by its first character: nearly every title
	}
	// (注　释 is spaced as letterSpaced reads no name of two characters.)
	t = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\u3000' {
			return -1
		}
		return r
	}, strings.TrimRight(t, "：: "))
	switch t {
	case "注", "注释", "注解", "脚注", "尾注", "参考文献", "参考资料", "主要参考文献", "资料来源", "注释与参考文献", "注释和参考文献":
		return true
	}
	return false
}

// labelNumber is the number of an enumerator (一、, （三）, 十二、); 0 when
// it has none.
func labelNumber(label string) int {
	d := &dateScanner{s: strings.TrimLeft(label, "（(")}
	n, ok := d.anyNumber()
	if !ok {
		return 0
	}
	return n
}

// pointBefore reports whether the article being read has among its
// paragraphs the point numbered n, of kind k.
func (b *bodyBuilder) pointBefore(k headingKind, n int) bool {
	for i := len(b.paras) - 1; i >= 0; i-- {
		if pk, label, _ := enumeratedLine(b.paras[i].Text); pk == k && labelNumber(label) == n {
			return true
		}
		if t := b.paras[i].Text; k == cnComma && commaPoint(t) && labelNumber(trim(t[:enumerator(t)])) == n {
			return true // (一、提高站位，深刻认识…意义, a point of two phrases)
		}
	}
	return false
}

// subtitle reports whether t is a title's subtitle: ——以宜宾市为例.
func subtitle(t string) bool {
	if t != "" && (t[0]-0x21 < 0x5F && t[0] != '-' && t[0] != '*' && t[0] != '<' || t[0]-0xE4 < 11) {
		return false // (leadByte's first look, and the test below, without the call: E4 to EE, or ASCII but - * <)
	}
	if c := leadByte(t); c != 0 && c != 0xE2 && c != 0xEF && c != '-' && c != '*' && c != '<' {
		// Its first character after the indent, which no markup that
		// stripMarkup takes off begins, is no dash's first byte.
		return false
	}
	if strings.IndexByte(t, 0xE2) < 0 && strings.IndexByte(t, 0xEF) < 0 && strings.IndexByte(t, '-') < 0 {
		// No — (E2 80 94), － (EF BC 8D) or -: nearly every title, let go
		// by its bytes before its markup is taken off.
		return false
	}
	t = trim(stripMarkup(t))
	if t == "" || t[0] != 0xE2 && t[0] != 0xEF && t[0] != '-' {
		return false // (the dashes below begin with E2, EF or -)
	}
	for _, d := range [...]string{"——", "——", "－－", "--", "—"} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			return trim(rest) != "" && !closed(rest)
		}
	}
	return false
}

// arabicLine matches a heading-like line numbered in figures: 1.title,
// 1、title, 1．title, （1）title; short, and not a sentence, as
// enumeratedLine's.
func arabicLine(t string) (headingKind, string, string) {
	n := enumerator(t)
	if n == 0 {
		n = circledNumber(t)
	}
	if n == 0 || len(t) > 200 {
		return notHeading, "", ""
	}
	label, name := t[:n], trim(t[n:])
	if name == "" || utf8.RuneCountInString(name) > 40 || closed(name) || containsAnyOf(name, "，。；：:,") {
		return notHeading, "", ""
	}
	r, size := decodeRune(label)
	if r == '（' || r == '(' {
		r, _ = decodeRune(label[size:])
	}
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' || r >= '①' && r <= '⑳' {
		return arabic, trim(label), name
	}
	return notHeading, "", ""
}

// circledNumber returns the byte length of the circled number a line
// starts with (①县史志办召开…, ② 城关镇…) with the spaces after it, 0 when
// there is none: an office that numbers its items so numbers them as
// others print 1、.
func circledNumber(t string) int {
	if len(t) < 4 || t[0] != 0xE2 {
		return 0 // no U+2xxx first: nearly every line
	}
	if r, _ := decodeRune(t); r < '①' || r > '⑳' {
		return 0
	}
	i := 3
	i = pastBlanks(t, i)
	if i >= len(t) {
		return 0
	}
	return i
}

// calledNote reports whether t is a note whose circled mark the text
// above calls (…决口3处①，… / ①宁水：…), whatever its words: the note, as
// a page's foot prints it (noteLine knows a note by its words, 见…, 据…,
// or the space after its mark). Not the next of a list the text above
// begins (①… / ②…).
func calledNote(t, above string) bool {
	return circledNumber(t) > 0 && strings.Contains(above, t[:3]) && !strings.HasPrefix(above, t[:3])
}

// enumerated reports whether line l (line i, or -1 for text not on a
// line of its own) is an enumerated section or entry heading of this
// body, or a TOC section name on a line of its own. A line numbered in
// figures is an entry's title only over a dated line.
func (b *bodyBuilder) enumerated(l string, i int) (headingKind, string, string) {
	t := trim(l)
	if len(b.tocSections) > 0 && len(t) <= b.sectionMaxLen && b.tocSections[string(b.p.fold(t))] {
		// As printed, but for its markup (**时政要闻**, as a docx copy bolds it).
		t = trim(stripMarkup(t))
		if k, label, name := enumeratedLine(t); k != notHeading {
			return b.sectionStyleOr(k), label, name
		}
		if k := spacedNumber(t); k > 0 {
			// 1 时政要闻: a Word outline's number, the label, as in a heading.
			return b.sectionStyleOr(cnComma), t[:k], trim(t[k:])
		}
		if k := columnLabel(t); k > 0 {
			return b.sectionStyleOr(cnComma), t[:k], trim(t[k:]) // 栏目：时政要闻
		}
		return b.sectionStyleOr(cnComma), "", t
	}
	k, label, name := enumeratedLine(t)
	if k == notHeading && b.entryStyle == arabic {
		if k, label, name = arabicLine(t); k == arabic && !b.datedNext(i) {
			return notHeading, "", "" // 1. 加强组织领导: a list in an article
		}
	}
	if k == notHeading || k != b.sectionStyle && k != b.entryStyle {
		return notHeading, "", ""
	}
	if k == b.sectionStyle && k != b.entryStyle && len(b.tocSections) > 0 && b.sec >= 0 && b.hasEntry() && b.iss.Sections[b.sec].Label == "" &&
		b.tocSections[string(b.p.fold(b.iss.Sections[b.sec].Name))] && !b.tocSections[string(b.p.fold(name))] {
		// 【方志研究】 / 浅谈… / 文／李明远 / 一、关于记述上限和下限 / 乡镇志的
		// 上限…: where the table of contents names the sections and the
		// body prints them unnumbered, a numbered line it does not name,
		// inside an article, is the article's point (it had been a
		// section of its own, the rest of the essay its untitled
		// entries, silently).
		return notHeading, "", ""
	}
	if k == b.entryStyle && b.pointsUnderBold && (!b.datedNext(i) || b.pointBefore(k, labelNumber(label)-1)) {
		// 会议要求： / 一、提高政治站位 / 各级各部门要…; and a point after
		// such a point, over a date too (二、时间安排 / 12月31日前完成…).
		return notHeading, "", ""
	}
	return k, label, name
}

// sectionStyleOr returns the section style, or k when the body has none.
func (b *bodyBuilder) sectionStyleOr(k headingKind) headingKind {
	if b.sectionStyle != notHeading {
		return b.sectionStyle
	}
	b.sectionStyle = k
	return k
}

// numbered places an enumerated heading: a section, or an entry.
func (b *bodyBuilder) numbered(k headingKind, label, name string, line int) {
	b.close()
	if k == b.sectionStyle {
		b.newSection(model.Section{Name: name, Label: label, Line: line})
		return
	}
	b.newEntry(trim(label+name), line)
}

// Entries are gathered in one slice for the whole body, made at the size
// plan counted, and paragraphs in chunks: a report with a hundred thousand
// entries would otherwise allocate several times what it ends up holding
// (append grows a large slice by a quarter at a time) and hold the spare
// capacity of every slice it grew.

// newSection closes the section before and opens s.
func (b *bodyBuilder) newSection(s model.Section) {
	s.Name = letterSpaced(s.Name)
	b.addSection(s)
}

// addSection is newSection for a name letterSpaced has read already
// (nameLabel's): a second look finds no space in what it joined.
func (b *bodyBuilder) addSection(s model.Section) {
	if b.kickerAt > 0 { // (flushKicker's own test, without the call: nearly every section has none)
		b.flushKicker()
	}
	if b.p.yearbook || b.p.gazetteer {
		s.Name = spacedPair(s.Name)
	}
	if len(b.paras) > 0 { // (closeEntry's first test, without the calls: no text above)
		b.closeSection()
	}
	b.iss.Sections = append(b.iss.Sections, s)
	b.runs = append(b.runs, int32(len(b.entries)))
	b.sec = len(b.iss.Sections) - 1
	b.entry = false
}

// closeSection ends the current section's entries.
func (b *bodyBuilder) closeSection() {
	b.closeEntry()
}

// inEvents reports whether a block that begins with line first is read
// among a chronicle's events: it goes on in an untitled entry, or begins
// a section's text with a date. There a line that begins with a date after
// one that ended a sentence is the next event, even where that line was
// full.
func (b *bodyBuilder) inEvents(first string) bool {
	if b.entry {
		return len(b.entries) > 0 && b.entries[len(b.entries)-1].Title == ""
	}
	return eventStart(trim(first))
}

// lastTitled reports whether the entry being read has a title.
func (b *bodyBuilder) lastTitled() bool {
	return b.entry && len(b.entries) > 0 && b.entries[len(b.entries)-1].Title != ""
}

// backMatter reports whether l is, alone, the name of what an issue
// prints after its articles: a call for papers, an afterword, a
// correction, a notice to readers (征稿启事, 编后记, 更　正).
func backMatter(l string) bool {
	if len(l) < 6 || len(l) > 40 || l[0] < utf8.RuneSelf && l[0] != ' ' {
		return false // nearly every line
	}
	switch letterSpaced(trim(l)) {
	case "征稿启事", "征稿启示", "征稿", "稿约", "编后记", "编后语", "编后", "更正", "更正启事", "更正声明", "致读者", "读者来信", "启事":
		return true
	}
	return false
}

// hasEntry reports whether the current section has an entry yet.
func (b *bodyBuilder) hasEntry() bool {
	return b.sec >= 0 && len(b.entries) > int(b.runs[b.sec])
}

// handOut gives every section its run of the entries, once the body is
// read: the slice may have moved as it grew until then. When plan's count
// was well over, the entries are copied to their exact size first, so
// that the issue does not hold the spare room.
func (b *bodyBuilder) handOut() {
	all := b.entries
	if cap(all)-len(all) > len(all)/8 {
		all = slices.Clip(slices.Clone(all))
	}
	b.entries = nil
	for k := range b.iss.Sections {
		lo, hi := int(b.runs[k]), len(all)
		if k+1 < len(b.runs) {
			hi = int(b.runs[k+1])
		}
		if hi > lo {
			b.iss.Sections[k].Entries = all[lo:hi:hi]
		}
	}
}

// closeEntry gives the current entry its paragraphs, in a chunk shared
// with the entries before it.
func (b *bodyBuilder) closeEntry() {
	if len(b.paras) == 0 || !b.hasEntry() { // (no text first: every section's heading closes none)
		return
	}
	if cap(b.arena)-len(b.arena) < len(b.paras) {
		// Chunks grow with the text, so that a short issue wastes little
		// and a long one allocates few.
		size := min(max(b.paraCount, 16, len(b.paras)), max(4096, len(b.paras)))
		b.arena = make([]model.Paragraph, 0, size)
	}
	start := len(b.arena)
	if len(b.paras) == 1 {
		// One paragraph, most entries': moved as a value, not by the
		// runtime's copy and clear of a slice.
		b.arena = append(b.arena, b.paras[0])
		b.paras[0] = model.Paragraph{}
	} else {
		b.arena = append(b.arena, b.paras...)
		clear(b.paras)
	}
	b.entries[len(b.entries)-1].Paragraphs = b.arena[start:len(b.arena):len(b.arena)]
	b.paraCount += len(b.paras)
	b.paras = b.paras[:0]
}

func (b *bodyBuilder) section() {
	if b.sec < 0 {
		b.iss.Sections = append(b.iss.Sections, model.Section{})
		b.runs = append(b.runs, int32(len(b.entries)))
		b.sec = 0
	}
}

// heading reads a heading of the body at line (1-based): text is its
// text, markup taken off, and plain trim(stripMarkup(text)), which the
// caller has (nearly always text itself).
func (b *bodyBuilder) heading(level int, text, plain string, line int) {
	// (The callees' first tests, below, in line before their calls: nearly
	// every heading, a section's over another, is let go by them.)
	dated, sentence := false, false
	if text != "" && (text[0]-'0' <= 9 || text[0] == 0xEF || text[0]-0xE3 <= 2) { // (a figure, or cnNumeralStart's E3–E5)
		dated, sentence = datedHeading(text)
	}
	if sentence || len(text) >= 30*3 && proseHeading(text) {
		// # 11月3日，县政府召开…。, as MinerU marks a dated paragraph it
		// takes for a heading: the event, or the paragraph, it is.
		b.text([]string{text}, line, true)
		return
	}
	if b.p.yearbook && text != "" && text[0] >= 0xE3 {
		if inner, rest, ok := bracketTitle(text); ok && rest == "" {
			// # 【概况】, as MinerU sets a 条目's title on a line of its
			// own, at any level (every heading one #): the 条目 概况, as
			// 【概况】 alone on its line is, never a section.
			b.close()
			b.newEntry(unspace(inner), line)
			return
		}
	}
	if b.p.gazetteer && text != "" && text[0] >= 0xE4 && text[0] <= 0xE9 {
		if title, ok := gazetteerItem(text); ok {
			// # 一、小麦, as MinerU sets a gazetteer's item with one # as
			// every heading: the item, titled as printed, as on a plain
			// line (it had been a section of one untitled entry).
			b.close()
			b.newEntry(title, line)
			return
		}
		if label, name, depth, ok := chapterLine(trim(stripMarkup(text))); ok && depth == 3 {
			// # 第一节 粮食作物: a section named 粮食作物, as the plain
			// line is (chapterHeading takes 篇, 编 and 章 alone).
			b.close()
			b.newSection(sectionOf(label, name, line))
			b.secDepth = level
			return
		}
	}
	if len(b.paras) > 0 && b.insetHeading(text) {
		// ## “守护绿水青山，人人都是护林员”, ### 表1 前三季度主要经济指标:
		// a pull quote or a table's caption set large in an article (a
		// yearbook's 条目), which pymupdf4llm and MinerU mark as a heading
		// by its font size. The article's paragraph, as printed (a
		// section or an entry of its own had taken the article's text
		// under it, and the articles after it, silently).
		b.close()
		b.para(trim(stripMarkup(text)), line)
		b.close() // (the text under it is no rest of it)
		return
	}
	if !b.p.yearbook {
		// # ——纪念陆游诞辰898周年 and # 一、陆游的家世, as MinerU sets an
		// essay's subtitle and points: the title's, and paragraphs.
		if b.hasEntry() && len(b.paras) == 0 && b.entries[len(b.entries)-1].Title != "" && subtitle(text) { // (the entry first: a section's heading has none)
			b.entries[len(b.entries)-1].Title += trim(stripMarkup(text))
			return
		}
		if len(b.paras) > 0 && (b.articlePoint(text, line) || b.articleNotes(text)) {
			b.para(trim(stripMarkup(text)), line)
			if boxLabel(trim(stripMarkup(text))) {
				b.close() // (its text is no rest of it)
			}
			return
		}
	}
	if b.p.yearbook && b.sec >= 0 && b.secDepth > 0 && level > b.secDepth && text != "" && (text[0] >= 0xE4 || text[0] >= '0' && text[0] <= '9') && !b.holdsEntries(line-1) {
		// Under a part of the book a level up (# 特载, # 附录, # 第二篇
		// 政治), a heading over text alone: an article's or a list's title
		// in a 特载 or 附录 (## 政府工作报告, ## 2022年…文件目录), or a piece
		// of the part (## 概　述): an entry of the part, though the
		// book's 分目 are set at its level (they hold 条目); and under
		// such an article, deeper, its points (### 一、2022年工作回顾):
		// paragraphs of it.
		name := unspace(trim(stripMarkup(text)))
		switch {
		// (### 表3 … under ### 表2 …, as pymupdf4llm sets a 统计资料's
		// captions: the next table, an entry as the one before is, not a
		// paragraph of it.)
		case b.inBookPart() && level > b.secDepth+1 && b.hasEntry() && b.entries[len(b.entries)-1].Title != "" && !(captionLabel(name) && captionLabel(b.entries[len(b.entries)-1].Title)):
			b.close()
			b.para(trim(stripMarkup(text)), line)
			b.close()
			return
		case b.inBookPart() && partTitle(name) || bookPiece(name):
			b.close()
			b.newEntry(name, line)
			return
		}
	}
	// A chronicle's heading (## 大事记, ## 宁川县2023年11月大事记) holds its
	// events as entries, whatever level the report's other headings are.
	chron := chronicleTitle(plain)
	after := b.chronLevel > 0 && level <= b.chronLevel && !b.p.yearbook && !dateTitle(text)
	// (A day's date and its title, # 11月8日 县政协组织委员视察, is an
	// entry at any level: a section is no day's.)
	section := !dated && (level <= b.sectionLevel && !dateTitle(text) && (len(b.tocSections) == 0 || !b.tocEntryHeading(text)) && !b.lineBit(b.flatTitles, line-1) || b.isStacked(line-1) && (len(b.tocSections) == 0 || !b.tocEntryHeading(text)) || len(b.tocSections) > 0 && b.tocSections[string(b.p.fold(text))] || periodHeading(text) || isBareYear(text) || chapterHeading(text) || chron || after || historyPeriod(text) && b.inChronicle() || level <= b.yearLevel && !dateTitle(text) || b.looseYearHeading(text))
	if !section && !dated && b.sec < 0 && !b.p.yearbook && chronicleTitle(b.iss.Title) && b.periodAtLevel(level, line) {
		// ## 编辑说明 over the preface of a chronicle whose months (or
		// years) are the next headings at its level: a section, as
		// ## 编后记 after them is (see yearLevel), not an entry of the
		// untitled text before the first month.
		section = true
	}
	if section && !chron && !b.p.yearbook && b.overSubtitle(level, line) {
		section = false
	}
	if section && b.hasEntry() && b.repeatsSection(text) {
		// ## 时政要闻 again inside 时政要闻, as a converter marks the
		// column's running head atop each page: furniture, and the
		// entry (its paragraph too, where the page cut it) goes on.
		b.p.addFurniture(line-1, model.RunningHead, b.p.lines[line-1])
		return
	}
	if b.iss.Title != "" && b.pubHeadHeading(text, line) {
		// ## 宁川月报 2023年第11期 atop each page, a running head that
		// pymupdf4llm sets as a heading for its font's size: furniture,
		// and the section goes on (each had been a section of that name,
		// the articles under it out of their column, silently).
		b.p.addFurniture(line-1, model.RunningHead, b.p.lines[line-1])
		return
	}
	if section && b.iss.Title != "" && b.bookHeadHeading(text) {
		// # 宁川县志（1986—2005） inside a chronicle's year, as marker
		// marks a book's running heads: furniture, and the year goes on
		// (its days had been of no year, under a section so named).
		b.p.addFurniture(line-1, model.RunningHead, b.p.lines[line-1])
		return
	}
	if b.open { // (close's own test, without the call)
		b.close()
	}
	if partName(plain) && b.partLine(text, line-1) { // (partLine asks partName of it first: nearly every heading is let go here, its markup not stripped again)
		// ### 上半年, #### 上旬 over days' events: a part of the year or
		// month above, a section (not the title of its first event,
		// dated by the part, that held the rest).
		label, name := nameLabel(text)
		b.newSection(model.Section{Name: name, Label: label, Line: line})
		return
	}
	if section {
		if chron && level > b.sectionLevel && b.chronLevel == 0 {
			b.chronLevel = level
		}
		if b.yearLevel == 0 && !b.p.yearbook && chronicleTitle(b.iss.Title) {
			if _, ok := yearHeading(text); ok || b.looseYearHeading(text) {
				b.yearLevel = level
			} else if _, ok := monthHeading(text); ok {
				// ## 一月 first, in a chronicle of one year by its months:
				// their level is the years' would be, and a heading at it
				// after them (## 编后记) is a section of its own, not the
				// last month's entry.
				b.yearLevel = level
			}
		}
		label, name := nameLabel(text)
		if label != "" && strings.HasSuffix(label, "、") && isMonthHeading(text) { // (the label first: most sections have none)
			label, name = "", plain // 七、八月: two months, not the eighth numbered seven (enumeratedLine)
			b.newSection(model.Section{Name: name, Label: label, Line: line})
		} else {
			b.addSection(model.Section{Name: name, Label: label, Line: line}) // (nameLabel's name is letterSpaced's)
		}
		if b.p.yearbook && !periodHeading(text) {
			b.secDepth = level
		}
		return
	}
	if b.p.yearbook && b.yearbookSection(text, level, line-1) {
		return
	}
	title, rest := splitHeading(text)
	if b.colonKicker(line) {
		// ### 清河县： / ### 村志编纂助力乡村振兴: the place the lead-in
		// names heads the title (it had been an empty entry of its own).
		e := &b.entries[len(b.entries)-1]
		e.Title += title
		if rest != "" {
			b.para(rest, line)
		}
		return
	}
	if b.kickerHeading(title, line) {
		// ### 凝心聚力谋发展 砥砺奋进新征程 / ### 县史志办召开…会议: the
		// lead-in heads the title the contents list.
		e := &b.entries[len(b.entries)-1]
		e.Title += " " + title
		if rest != "" {
			b.para(rest, line)
		}
		return
	}
	b.newEntry(title, line)
	if rest != "" {
		b.para(rest, line)
	}
}

// kickerHeading reports whether the entry before title (line, 1-based),
// right above it with nothing but blank lines between, is a lead-in set
// as a heading of its own: it has no text, the table of contents does
// not list it, and lists title.
func (b *bodyBuilder) kickerHeading(title string, line int) bool {
	if !b.hasEntry() || len(b.paras) > 0 || len(b.iss.TOC) == 0 {
		return false
	}
	e := b.entries[len(b.entries)-1]
	if n := utf8.RuneCountInString(e.Title); e.Title == "" || e.Line >= line || n < 8 || n > 30 || closed(e.Title) {
		return false
	}
	for k := e.Line; k < line-1; k++ { // the lines between, by index
		if !isBlank(b.p.lines[k]) {
			return false
		}
	}
	if _, _, ok := b.p.tocTitleLine(e.Title); ok {
		return false
	}
	t, rest, ok := b.p.tocTitleLine(trim(stripMarkup(title)))
	return ok && rest == "" && t != ""
}

// colonKicker reports whether the entry before the heading on line
// (1-based), right above it with nothing but blank lines between, is a
// lead-in that ends in a colon (### 清河县：), as a web page sets a county's
// name over its article's title: it has no text and is short.
func (b *bodyBuilder) colonKicker(line int) bool {
	if !b.hasEntry() || len(b.paras) > 0 || b.p.yearbook {
		return false
	}
	e := b.entries[len(b.entries)-1]
	if e.Line >= line || len(e.Title) > 12*3 {
		return false
	}
	if r := lastRune(e.Title); r != '：' && r != ':' || utf8.RuneCountInString(e.Title) < 3 {
		return false
	}
	for k := e.Line; k < line-1; k++ { // the lines between, by index
		if !isBlank(b.p.lines[k]) {
			return false
		}
	}
	return true
}

// repeatsSection reports whether a section's heading names the section
// being read, which holds entries already: the column's name printed
// again (a running head), not a section of its own. Not a chronicle's
// period (## 11月 twice is two parts) nor in a yearbook.
func (b *bodyBuilder) repeatsSection(text string) bool {
	if b.sec < 0 || b.p.yearbook || !b.hasEntry() || b.inChronicle() {
		return false
	}
	cur := b.iss.Sections[b.sec]
	if cur.Name == "" {
		return false
	}
	label, name := nameLabel(text)
	if label != cur.Label || foldKey(letterSpaced(name)) != foldKey(cur.Name) {
		return false
	}
	if len(b.paras) > 0 && bareNumber(b.paras[len(b.paras)-1].Text) > 0 {
		return false // 第3期 / ## 工作动态: a bound volume's next issue begins
	}
	return !periodHeading(text) && !isBareYear(text) && !chronicleTitle(trim(stripMarkup(text)))
}

// pubHeadHeading reports whether text, the heading on line (1-based), is
// the publication's running head: its title with the issue's number (and
// year), right under a page's break or number (furniture
// above it, blank lines aside), or with its year inside an entry.
func (b *bodyBuilder) pubHeadHeading(text string, line int) bool {
	if b.iss.Title == "" {
		return false
	}
	j := line - 2
	for j >= 0 && isBlank(b.p.lines[j]) && !b.p.isFurniture(j) {
		j--
	}
	// Docling drops the pages' numbers and keeps their head: inside an
	// entry, with nothing by it, the head names the issue in full, year
	// and number, as no other heading there does (a next issue's cover
	// names its own).
	anchored := j >= 0 && (b.p.isFurniture(j) || b.p.isBreak(j))
	if !anchored && !b.hasEntry() {
		return false
	}
	if r, _ := decodeRune(b.iss.Title); r >= 0x3400 && r < 0xFF00 && !strings.ContainsRune(text, r) {
		return false // not the title's first character: every heading inside an entry is asked (foldKey keeps Han as it is)
	}
	k, tk := foldKey(letterSpaced(trim(stripMarkup(text)))), foldKey(b.iss.Title)
	rest, ok := strings.CutPrefix(k, tk)
	if !ok || tk == "" || rest == "" {
		return false // (the title alone, # 宁川史志 after the articles, may begin another issue: warned)
	}
	c, ok := coverNumbers(rest)
	return ok && c.number == b.iss.Number && (c.year == 0 && anchored || c.year == b.iss.Year) && c.number > 0
}

// bookHeadHeading reports whether text, a heading inside a chronicle's
// sections, is the book's running head: its name and something set apart
// after it (宁川县志（1986—2005） in 宁川县志·大事记, see bookHead), or,
// once such a head was seen, the title itself again (宁川县志·大事记, the
// other pages' head, no next issue's cover).
func (b *bodyBuilder) bookHeadHeading(text string) bool {
	if b.sec < 0 || b.p.yearbook || b.iss.Title == "" || !b.hasEntry() || !b.inChronicle() {
		return false
	}
	t := trim(stripMarkup(text))
	if periodHeading(t) || len(t) > 40*3 {
		return false
	}
	k, title := headKey(t), headKey(strings.Trim(b.iss.Title, "#*《》 "))
	if k == "" || title == "" {
		return false
	}
	if k == title {
		return b.bookHeads
	}
	if bookHead(k, title, titleCore(title)) {
		b.bookHeads = true
		return true
	}
	return false
}

// titleAcrossBlank reports whether first, a block's one line, and the
// next line of text after the blank line i are one title of the table of
// contents that the end of a column cut in two: plain pdftotext prints
// the two columns one after the other with a blank line between
// (全县优化营商环境暨项 / blank / 目建设推进大会召开). Each half alone is
// no title, and the two had been two paragraphs of the entry above.
func (p *parser) titleAcrossBlank(first string, i int) bool {
	if p.tocMaxLen == 0 || len(first) > p.tocMaxLen {
		return false // no contents, or a paragraph's line: nearly every block
	}
	t := trim(first)
	if t == "" || closed(t) {
		return false
	}
	j := i + 1
	for j < len(p.lines) && isBlank(p.lines[j]) {
		j++
	}
	if j >= len(p.lines) || p.isTransparent(j) {
		return false
	}
	next := trim(p.lines[j])
	if len(t)+len(next) > p.tocMaxLen {
		return false // the two joined are longer than any title (asked before folding either)
	}
	p.tocIndex()
	if p.tocKeys[string(p.fold(t))] || p.tocKeys[string(p.fold(next))] {
		return false
	}
	whole := p.join(t, next)
	return len(whole) <= p.tocMaxLen && p.tocKeys[string(p.fold(whole))]
}

// tocEntryHeading reports whether a heading at the sections' level is
// the title of an entry that the table of contents lists under the
// section being read, and no section's name there: docling sets every
// heading of a PDF at one level (## 领导活动 / ## 陈向平到叶县调研 / text),
// and MinerU too (#), where the sections' other entries are bold titles;
// the contents tell the two apart. (A heading listed outside any section
// of the contents, ## 卷首语 over - 卷首语 ..... 1, stays a section.)
func (b *bodyBuilder) tocEntryHeading(text string) bool {
	if len(b.tocSections) == 0 || b.sec < 0 || b.iss.Sections[b.sec].Name == "" {
		return false
	}
	t := trim(stripMarkup(text))
	if len(t) <= b.sectionMaxLen && b.tocSections[string(b.p.fold(t))] {
		return false
	}
	title, _, ok := b.p.tocTitleLine(t)
	if !ok {
		return false
	}
	if b.tocEntrySection == nil {
		b.tocEntrySection = make(map[string]string)
		for _, s := range b.iss.TOC {
			for _, e := range s.Entries {
				b.tocEntrySection[b.p.foldString(e.Title)] = b.p.foldString(s.Name)
			}
		}
	}
	sec, ok := b.tocEntrySection[string(b.p.fold(title))]
	return ok && sec != "" && sec == string(b.p.fold(b.iss.Sections[b.sec].Name))
}

// otherDay reports whether title is a day's date and its event (see
// datedHeading) and s begins with another day's date.
func otherDay(title, s string) bool {
	if dated, _ := datedHeading(title); !dated {
		return false
	}
	dt, ok1 := monthDayScan(title)
	ds, ok2 := monthDayScan(s)
	return ok1 && ok2 && title[:dt.i] != s[:ds.i]
}

// datedHeading reports whether a heading's text is a day's date with
// what happened on it (11月8日 县政协组织委员视察重点项目建设), where a
// heading that is a date alone (#### 11月3日) heads the day's text below
// it; and whether that is a sentence (11月3日，县政府召开…。), not a title.
func datedHeading(t string) (dated, sentence bool) {
	if t == "" {
		return false, false
	}
	if c := t[0]; !(c >= '0' && c <= '9' || c == 0xEF || cnNumeralStart(t)) || !startsWithMonthDay(t) || dateTitle(t) {
		return false, false // no figure first: nearly every heading
	}
	i := strings.Index(t, "日")
	if i < 0 || i > 24 {
		return false, false
	}
	rest := t[i+len("日"):]
	if utf8.RuneCountInString(trim(strings.TrimLeft(rest, "，,：: \u3000"))) < 6 {
		return false, false
	}
	return true, closed(rest) || containsAnyOf(rest, "，,；")
}

// proseHeading reports whether a heading's text is a sentence of prose
// (### 今年以来，县史志办坚持…，取得明显成效。), as pymupdf4llm marks an
// article's lead set in a larger face: thirty characters at least, a
// comma inside and a full stop at its end, as no title is.
func proseHeading(t string) bool {
	if len(t) < 30*3 || !strings.HasSuffix(t, "。") {
		return false
	}
	t = trim(stripMarkup(t))
	return strings.HasSuffix(t, "。") && utf8.RuneCountInString(t) >= 30 && strings.Contains(t, "，")
}

func (b *bodyBuilder) newEntry(title string, line int) {
	b.runIn = false
	b.close()
	b.closeEntry()
	b.section()
	if len(b.entries) == cap(b.entries) {
		// More entries than plan counted: double, where append grows a
		// large slice by a quarter, which allocates five times what it
		// ends up holding.
		b.entries = slices.Grow(b.entries, max(len(b.entries), 8))
	}
	if strings.IndexByte(title, '\t') >= 0 {
		// 1.\t县委常委会召开会议: Word saves a numbered list as text with
		// a tab after the number; on screen it is the space it stands for.
		title = strings.ReplaceAll(title, "\t", " ")
	}
	if b.kickerAt > 0 {
		// The lead-in over the title: the head of the entry's headline,
		// as printed, not the end of the entry before it.
		title, line = b.kicker+" "+title, b.kickerAt
		b.kicker, b.kickerAt = "", 0
	}
	b.entries = append(b.entries, model.Entry{Title: title, Line: line})
	b.entry = true
}

// tocAuthorAfterSpace reports whether a line of the table of contents
// ends with the name a after a space (楚都纪南城考略　李秀英), as it
// prints its author with no leader: a title's last word the wrap put on
// a line of its own (…观摩活动 / 举行) has no space before it there.
func (b *bodyBuilder) tocAuthorAfterSpace(a string) bool {
	for _, s := range b.iss.TOC {
		for _, e := range s.Entries {
			if t, ok := strings.CutSuffix(e.Title, a); ok && t != "" {
				if r, _ := decodeLastRune(t); r == ' ' || r == '\u3000' || r == '\t' {
					return true
				}
			}
		}
	}
	return false
}

// sectionColumnLines finds the body's lines that print a section's name
// of the table of contents, a wide gap, and a title of the table of
// contents (时政要闻        县委常委会召开会议), as pdftotext -layout prints
// a column's name set in the margin beside its first article: each is
// the section's heading and the entry's title. Only a line whose name is
// one the contents give; nil when there is none.
func (p *parser) sectionColumnLines() map[int][2]string {
	// The names by their first characters: a line is let go by its
	// first character. (Where there are a few, they are looked for in a
	// list: a map's lookup for every line had cost more.)
	var names []string
	var firsts []rune
	for _, s := range p.iss.TOC {
		if n := utf8.RuneCountInString(s.Name); n >= 2 && n <= 12 && columnGap(s.Name, 0) < 0 {
			r, _ := decodeRune(s.Name)
			names, firsts = append(names, s.Name), append(firsts, r)
		}
	}
	if names == nil {
		return nil
	}
	var first map[rune][]string
	if len(names) > 16 {
		first = make(map[rune][]string)
		for k, name := range names {
			first[firsts[k]] = append(first[firsts[k]], name)
		}
	}
	var out map[int][2]string
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if len(l) < 12 || len(l) > 300 || p.isTransparent(i) {
			continue
		}
		t := trimLeftSpaces(l)
		r, _ := decodeRune(t)
		cands := names
		if first != nil {
			cands = first[r]
		}
		for k, name := range cands {
			if first == nil && firsts[k] != r {
				continue
			}
			rest, ok := strings.CutPrefix(t, name)
			if !ok || columnGap(rest, 0) != 0 {
				continue
			}
			title, after, ok := p.tocTitleLine(trim(rest))
			if !ok || after != "" || title == "" {
				continue
			}
			if out == nil {
				out = make(map[int][2]string)
			}
			out[i] = [2]string{name, trim(rest)}
			break
		}
	}
	return out
}

// flushKicker places a lead-in held for a title that did not begin an
// entry after all as the text it would have been.
func (b *bodyBuilder) flushKicker() {
	if b.kickerAt > 0 {
		k, at := b.kicker, b.kickerAt
		b.kicker, b.kickerAt = "", 0
		b.para(k, at)
	}
}

// kickerLine reports whether the block lines, one line at line (1-based)
// after a blank line, is a lead-in (引题) over the title of the table of
// contents on the very next line, as a newspaper sets one (凝心聚力谋发展
// 砥砺奋进新征程 / 县史志办召开年鉴编纂工作会议): a phrase set in as the
// title is, ending no sentence. Read as text, it had been the end of the
// entry before, or an entry of its own.
func (b *bodyBuilder) kickerLine(lines []string, line int, fresh bool) bool {
	p := b.p
	if !fresh || len(lines) != 1 || line >= len(p.lines) || p.yearbook {
		return false
	}
	// With no contents to list the title, only a lead-in of two phrases
	// a space apart (凝心聚力谋发展 砥砺奋进新征程), over a heading, is
	// told from the last line of the text above.
	noTOC := len(b.iss.TOC) == 0
	t := trim(lines[0])
	if len(t) < 8 || len(t) > 30*4 {
		return false // a paragraph of text, by its bytes: no count of its characters
	}
	// (Eight characters at least: a column's name, 简讯, 工作动态, is
	// shorter, and heads its section, not the title under it.)
	if strings.HasSuffix(t, "。") || closed(t) {
		return false // a sentence's end: most lines (。 by its bytes alone)
	}
	if n := utf8.RuneCountInString(t); n < 8 || n > 30 || containsAnyOf(t, "，,：:；;（）()【】") {
		return false
	}
	if noTOC && !twoPhrases(t) {
		return false
	}
	if _, _, ok := p.tocTitleLine(t); ok && !noTOC {
		return false // a title itself
	}
	next := p.lines[line] // the line after, by index
	if isBlank(next) {
		// Markdown: the lead-in a paragraph of its own over the title's
		// heading (凝心聚力谋发展 砥砺奋进新征程 / ### 县史志办召开…会议),
		// after a sentence that ended; no figure, caption or credit,
		// which end an article's text.
		k := line
		for k < len(p.lines) && isBlank(p.lines[k]) {
			k++
		}
		if k >= len(p.lines) || strings.IndexAny(t, "0123456789") >= 0 || caption(t) || enclosed(t) || articleMeta(t) {
			return false
		}
		if b.hasEntry() && len(b.paras) > 0 {
			last := b.paras[len(b.paras)-1].Text
			if b.open && len(b.pieces) > 0 {
				last = b.pieces[len(b.pieces)-1] // (a page cut it: its text is joined at close)
			}
			if !closed(last) {
				return false
			}
		}
		lvl, h, ok := heading(p.lines[k])
		if !ok {
			return false
		}
		if noTOC {
			return lvl > b.sectionLevel && !dateTitle(h)
		}
		title, rest, ok := p.tocTitleLine(trim(stripMarkup(h)))
		return ok && rest == "" && title != ""
	}
	if noTOC {
		return false
	}
	if indentCells(lines[0]) <= p.indent+2 || indentCells(lines[0])+4 < indentCells(next) {
		return false // set in as a title is, not as a line of text
	}
	title, rest, ok := p.tocTitleLine(trim(next))
	return ok && rest == "" && title != ""
}

// twoPhrases reports whether t is two phrases of four to fifteen
// characters a space apart, no figures in them: a newspaper's lead-in
// (凝心聚力谋发展 砥砺奋进新征程), as no line of text nor a byline is.
func twoPhrases(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\u3000' })
	if len(f) != 2 || containsAnyOf(t, "0123456789/／、") {
		return false
	}
	for _, w := range f {
		if n := utf8.RuneCountInString(w); n < 4 || n > 15 {
			return false
		}
	}
	return true
}

// reporterByline matches a byline of reporters, after a box or not (□
// 本刊记者　张华, ■ 李明, 本刊通讯员 王刚 李强): a box and names, or a
// reporter's role and names.
func reporterByline(t string) bool {
	if len(t) < 6 || len(t) > 40*3 || !reporterFirst(t[:3]) {
		return false // by its first character: nearly every line
	}
	boxed := false
	if rest, ok := strings.CutPrefix(t, "□"); ok {
		t, boxed = trim(rest), true
	} else if rest, ok := strings.CutPrefix(t, "■"); ok {
		t, boxed = trim(rest), true
	}
	role := false
	for _, r := range [...]string{"本刊记者", "本报记者", "特约记者", "本刊通讯员", "特约通讯员", "通讯员", "记者",
		"本刊記者", "本報記者", "特約記者", "本刊通訊員", "特約通訊員", "通訊員", "記者"} {
		if rest, ok := strings.CutPrefix(t, r); ok {
			t, role = trim(rest), true
			break
		}
	}
	if !boxed && !role || t == "" {
		return false
	}
	// The names: one (王　刚, letter-spaced) or several.
	return authorName(t) || allNames(t)
}

// reporterFirst is strings.Contains("□■本特通记記", h), h three bytes:
// one of the seven, or (where h begins with a continuation byte) the
// search, which finds the bytes across two of them too.
func reporterFirst(h string) bool {
	switch h {
	case "□", "■", "本", "特", "通", "记", "記":
		return true
	}
	return h != "" && h[0]&0xC0 == 0x80 && strings.Contains("□■本特通记記", h)
}

// allNames reports whether t is names apart by spaces or 、, each one
// authorName takes (本刊通讯员 王刚 李强 赵敏 孙丽).
func allNames(t string) bool {
	names := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '、' })
	for _, f := range names {
		if !authorName(f) {
			return false
		}
	}
	return len(names) > 0
}

// wrapBeforeDate reports whether prev, a line that ends no sentence, goes
// on into t, a line that begins with a date: prev ends with a word that
// cannot end a clause (…将于, …自, …确保, a comma), or it is a long line
// and the date is one things happen by or from (12月1日起施行, 11月15日前
// 全面供暖). An event of a chronicle printed without its full stop (11月3日
// 县委召开常委会议) is not so read: its next event begins a new one.
func wrapBeforeDate(prev, t string) bool {
	if prev == "" || closed(prev) {
		return false
	}
	last, _ := decodeLastRune(prev)
	switch last {
	case '，', '、', '：', '于', '自', '将', '在', '从', '由', '向', '对', '为', '把', '被', '与', '和', '及', '并', '的', '是', '截', '止':
		return true
	}
	for _, w := range [...]string{"确保", "截至", "直至", "直到", "定于", "力争", "要求"} {
		if strings.HasSuffix(prev, w) {
			return true
		}
	}
	if last < 0x4E00 || last > 0x9FFF || runesBelow(prev, 20) {
		return false
	}
	d, ok := monthDayScan(t)
	if !ok || !d.lit('日') {
		return false
	}
	rest := t[d.i:]
	for _, w := range [...]string{"起", "前", "后", "以前", "以后", "之前", "之后", "以来"} {
		if strings.HasPrefix(rest, w) && !strings.HasPrefix(rest[len(w):], "，") {
			return true
		}
	}
	return false
}

// titleMarks are the bullets a title may follow (markedTitle).
var titleMarks = newRuneSet("▲△●◆■★☆◎○◇□▶►")

// markedTitle matches a title after a bullet (▲澧县完成年鉴终审, ● 县志办
// 召开…): short, no sentence, no date after the mark.
func markedTitle(t string) (string, bool) {
	r, n := decodeRune(t)
	if !titleMarks.has(r) {
		return "", false
	}
	title := trim(t[n:])
	// (More than 160 bytes are more than 40 characters, counted or not;
	// and most lines left hold a comma, found faster than they are
	// counted.)
	if title == "" || closed(title) || len(title) > 40*4 || containsAnyOf(title, "，,；;：:") || !runesBelow(title, 41) ||
		startsWithMonthDay(title) || relativeDate(title) != "" || reporterByline(t) {
		return "", false
	}
	return title, true
}

// underTitle reports whether a block of one line stands under a title
// with no text yet, or a block of two or three begins with a title of the
// table of contents, on one line or wrapped onto two (清代宁川县城的修筑与
// 变迁 / ——兼论县城选址的地理因素 / 李秀英): where a byline may stand.
func (b *bodyBuilder) underTitle(block []string) bool {
	switch len(block) {
	case 2:
		_, rest, ok := b.p.tocTitleLine(trim(block[0]))
		return ok && rest == ""
	case 3:
		_, rest, ok := b.p.tocTitleLine(b.p.join(trim(block[0]), trim(block[1])))
		return ok && rest == ""
	}
	return b.hasEntry() && len(b.paras) == 0 && b.entries[len(b.entries)-1].Title != ""
}

// authorName matches a line that is a person's name alone, an essay's
// byline under its title (李秀英, 王　刚): two or three characters, or two
// names with 、 (鹰城月报, four, is a name of another kind).
func authorName(l string) bool {
	t := trim(l)
	if len(t) < 6 || len(t) > 9*3+6 {
		return false
	}
	n, names := 0, 1
	for i := 0; i < len(t); { // (for range t, by decodeRune: Han in place)
		r, w := decodeRune(t[i:])
		i += w
		switch {
		case r == '、':
			names++
		case r == ' ' || r == '\u3000':
		case r >= 0x4E00 && r <= 0x9FFF:
			n++
		default:
			return false
		}
	}
	return names <= 2 && n >= 2 && n <= 3*names || names == 1 && n == 4 && soleAuthor(t)
}

// soleAuthor matches a line that is one person's name whose surname has
// two characters (欧阳晓明, 司马　迁, 诸葛亮): such a name cannot be a
// column's (简讯, 大事记, 时政要闻), so alone under a title it is the
// title's author, where a name of two or three characters is not taken
// for one.
func soleAuthor(t string) bool {
	if len(t) < 9 || len(t) > 4*3+2*3 {
		return false
	}
	name := strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", "")
	if n := utf8.RuneCountInString(name); n < 3 || n > 4 || len(name) != 3*n {
		return false
	}
	for _, r := range name {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	switch name[:6] {
	case "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
		"宇文", "司徒", "司空", "夏侯", "令狐", "端木", "独孤", "呼延", "轩辕", "澹台",
		"申屠", "太史", "钟离", "宗政", "濮阳", "淳于", "单于", "公冶", "赫连", "闻人",
		"万俟", "南宫", "西门", "百里", "东郭", "拓跋", "左丘", "谷梁", "乐正", "第五":
		return true
	}
	return false
}

// boldMonthLead reports whether a bold month (**3月**, **5—6月**) leads
// the text after it, rest, as a chronicle's event dated by the month: a
// bold month over its days (**1月** 1日　…) is their heading, not this.
func boldMonthLead(title, rest string) bool {
	if title == "" {
		return false
	}
	// A title (trimmed) whose ends are no markup's (every bold pair begins
	// with * or < and ends with * or >) keeps them with its markup
	// stripped: one that ends otherwise than 月 (E6 9C 88) is a month's
	// part only where it begins as monthPeriod's does (a figure, EF, or
	// E3 to E5, a numeral's or 元's). Nearly every title is let go so.
	if c0, c1 := title[0], title[len(title)-1]; c0 != '*' && c0 != '<' && c1 != '*' && c1 != '>' && c1 != 0x88 &&
		!(c0 >= '0' && c0 <= '9' || c0 >= 0xE3 && c0 <= 0xE5 || c0 == 0xEF) {
		return false
	}
	t := trim(stripMarkup(title))
	if t == "" || len(t) > 8*3 {
		return false
	}
	// The title first: nearly every bold one is no month (monthPeriod
	// lets it go by its first byte), and the text after it, a dated
	// one's most often, is read to its day before it is let go.
	month := lastRune(t) == '月'
	if !month {
		if _, _, end, ok := monthPeriod(t); !ok || end != len(t) {
			return false
		}
	}
	rest = trim(rest)
	if rest == "" || startsWithMonthDay(rest) || startsWithDay(rest) { // (a month's day first: the commoner)
		return false
	}
	if !month {
		// **1月下旬**　…, **元月上旬**　…: a part of the month.
		return true
	}
	if r, ok := periodStart(t + "，" + rest); ok && r.month != 0 && r.year == 0 {
		return true
	}
	_, ok := monthHeading(t)
	return ok
}

// boldYearLead reports whether a bold year heading (**1950年**) leads an
// event in the same paragraph, rest: 1月，…, 是年，…
func boldYearLead(title, rest string) bool {
	if title == "" {
		return false
	}
	if c := title[len(title)-1]; c != 0xB4 && c != '*' && c != '>' {
		// A title (trimmed) that ends neither with 年 (E5 B9 B4) nor with
		// markup (every bold pair ends with * or >) ends so with its
		// markup stripped too: nearly every title, let go by that byte.
		return false
	}
	t := trim(stripMarkup(title))
	if t == "" || len(t) > 60 || lastRune(t) != '年' {
		return false
	}
	if _, ok := yearHeading(t); !ok {
		return false
	}
	return eventStart(trim(rest))
}

// text places one block of text: an entry title with the start of its
// text, or a paragraph, or the rest of a paragraph a page break cut.
func (b *bodyBuilder) text(lines []string, line int, fresh bool) {
	alone := b.lastAlone
	if b.kickerAt > 0 && line != b.kickerAt+1 {
		b.flushKicker()
	}
	if b.kickerLine(lines, line, fresh) {
		b.kicker, b.kickerAt = trim(lines[0]), line
		return
	}
	s := b.p.joinPara(lines)
	if b.p.yearbook && b.yearbookText(lines, trim(s), line, fresh) {
		return
	}
	if b.plain != nil && len(lines) == 1 {
		if next, asSection := b.nextNumberedTitle(trim(s)); next {
			// 三、市方志馆… / 6月4日，… / … / 四、开展“方志进校园”活动 / 5月以来，…:
			// numbered next after the title above, in an article that
			// numbers no points of its own so, the next article's title,
			// read as the one above was, though no date is under it (it
			// had been the article above's paragraph).
			if asSection {
				b.close()
				label, name := nameLabel(trim(s))
				b.newSection(model.Section{Name: name, Label: label, Line: line})
			} else {
				b.newEntry(trim(s), line)
			}
			return
		}
	}
	if s != "" && s[0] == 0xE3 && !b.p.yearbook && bracketRunIn(s) {
		// 【县志办召开志书评审会】11月3日，…: the title in brackets run
		// into its dated text, as a briefing sets it: an entry.
		// The brackets are kept, as printed (the contents' match folds
		// them away).
		_, rest, _ := bracketTitle(s)
		b.newEntry(trim(s[:len(s)-len(rest)]), line)
		b.para(trim(rest), line)
		return
	}
	if title, rest, ok, cut := leadingBoldCut(s); ok && (dateTitle(title) || sameDayMark(title)) && trim(rest) != "" {
		// **11月1日** 县委…: a chronicle's event with its date in bold, as
		// if the bold were not there; with no space where none was
		// printed (**11月1日**，…, as a chat assistant bolds dates). So
		// too **△** …, as marker bolds the mark with the dates (it had
		// been an undated entry titled △).
		sep := " "
		if r, _ := decodeRune(rest); strings.ContainsRune("，,、：:；;。", r) {
			sep = ""
		}
		b.para(trim(stripMarkup(title+sep+trim(rest))), line)
		return
	} else if ok && boldMonthLead(title, rest) {
		// **3月**　县城…: so too with a month, and what the bold leaves
		// out of the date stays on it (**1月**中旬 …).
		sep := " "
		if r, _ := decodeRune(rest); strings.ContainsRune("上中下初底末至到—－-～", r) {
			sep = ""
		}
		b.para(trim(stripMarkup(title+sep+trim(rest))), line)
		return
	} else if ok && boldYearLead(title, rest) {
		// **1950年**　1月，…: the year's heading run into its first event,
		// as a docx sets a chronicle's year in bold at the head of its
		// paragraph: the year's section, then the event.
		b.close()
		b.newSection(model.Section{Name: trim(stripMarkup(title)), Line: line})
		b.para(trim(rest), line)
		return
	} else if ok && rest == "" && closed(title) && mayStartEvent(title) && eventStart(title) && b.inChronicle() {
		// **1月15日　县团委举办座谈会。**: a chronicle's event set in bold
		// whole, a sentence, not a title: its text, as if the bold were
		// not there (it had been a title with no text under it).
		b.para(title, line)
		return
	} else if ok && boldBlockTitleCut(lines[0], s, cut, fresh, (len(lines) > 1 || rest == "") && !b.p.full(lines[0])) {
		// (boldBlockTitle asks whether the line is short only where the
		// bold is all of it: a line of one with text after its bold is
		// not measured.)
		if b.articlePoint(title, line) || trim(rest) == "" && b.articleNotes(title) {
			// **一、方志资政的理论基础** inside a titled article, over its
			// text: a point of the article, not an entry; so is **注释**
			// over its notes.
			b.para(trim(stripMarkup(s)), line)
			if boxLabel(trim(stripMarkup(s))) {
				b.close() // (its text is no rest of it)
			}
			return
		}
		name := ""
		if trim(rest) == "" {
			name = trim(stripMarkup(title)) // (asked twice below)
		}
		if name != "" && len(name) <= 8*3 && columnWord(name) && (b.markedDatedNext(line-1+len(lines)) || briefColumn(name) && b.datedNext(line-2+len(lines))) {
			// **工作简讯** / △5月10日，… / △6月1日，…: a column of news in
			// brief, each item marked and dated, no title of its own, as
			// the plain line 简讯 over them is (it had been one entry in the
			// section above, titled 工作简讯, the items its paragraphs).
			b.close()
			b.newSection(model.Section{Name: name, Line: line})
			return
		}
		if name != "" && len(lines) == 1 && monthChronicleLine(name) && b.overEvent(line-1) {
			// **大事记** / 11月1日，… (or - 11月1日，…, as Docling lists
			// them): the month's chronicle under its column's name, a
			// section over its days, as ## 大事记 is (it had been an entry
			// so titled, its events undated paragraphs, silently).
			b.close()
			b.newSection(model.Section{Name: name, Line: line})
			return
		}
		// A title that swallowed the start of its text: **会议甲召开 11月1日，**…
		if t, r := splitHeading(title); r != "" {
			title, rest = t, b.p.join(r, rest)
		}
		if subtitle(title) && b.hasEntry() && len(b.paras) == 0 && b.entries[len(b.entries)-1].Title != "" {
			// **论方志的资政作用** / **——以宜宾市为例**: the title's subtitle.
			b.entries[len(b.entries)-1].Title += trim(stripMarkup(title))
			if rest = trim(stripMarkup(rest)); rest != "" {
				b.para(rest, line)
			}
			return
		}
		b.newEntry(title, line)
		if breakAfterBold(rest) {
			rest = rest[1:] // the hard break that ended the title's line
		}
		if after, ok := byline(trim(rest)); ok {
			b.para(trim(stripMarkup(strings.TrimSuffix(trim(rest), after))), line)
			rest = after
		}
		if rest = trim(stripMarkup(rest)); rest != "" {
			b.para(rest, line)
		} else {
			b.p.boldAlone = true // a section's name, perhaps (see emptyTitles)
		}
		return
	}
	line0 := trim(lines[0]) // (asked of by each look below)
	if len(lines) == 1 && !b.p.yearbook {
		// ▲澧县完成年鉴终审 / 10月12日，…: a marked title alone over its
		// dated text, as news in brief set it.
		if title, ok := markedTitle(line0); ok && (b.datedNext(line-1) || b.endDatedNext(line-1)) {
			b.newEntry(title, line)
			b.runIn = true
			return
		}
		// 【县志办召开志书评审会】 / 11月3日，…: so too a title in brackets
		// alone on its line, as a web page or a docx sets a briefing's
		// titles; the brackets kept, as a run-in one keeps them.
		if s != "" && s[0] == 0xE3 && bracketAlone(s) && b.datedNext(line-1) {
			b.newEntry(trim(s), line)
			b.runIn = true
			return
		}
	}
	if b.plain != nil && b.plain[line-1-b.p.bodyStart] == lineRunIn {
		if title, rest, ok := plainRunIn(line0); ok {
			b.newEntry(title, line)
			b.para(trim(b.p.joinLines(append([]string{rest}, lines[1:]...))), line)
			return
		}
	}
	if title, rest, ok := runInTitle(line0); ok && !b.p.yearbook && (!b.entry || b.runIn || b.entries[len(b.entries)-1].Title == "") {
		// (Not inside an article that has a title of another kind: there
		// ●动员部署阶段　3月5日至…, a list's item, is its text.)
		// ●县史志办召开县志评审会　11月3日上午，…: a bullet, the title, a
		// wide space and the dated text, as a briefing runs its titles in
		// (bold a PDF or a web page lost).
		b.newEntry(title, line)
		b.runIn = true
		b.para(trim(stripMarkup(b.p.joinLines(append([]string{rest}, lines[1:]...)))), line)
		return
	}
	title, rest, ok := b.p.tocTitleLine(line0)
	after := lines[1:]
	// A long title the wrap cut, in two lines or more in a narrow column:
	// 李明俊主持召开…实施方案汇 / 报等工作 11月14日，…
	head := line0
	byName := "" // the author's line that completed the contents' title
	for n := 1; !ok && n < len(lines) && len(head) <= b.p.tocMaxLen; n++ {
		prevHead := head
		head = b.p.join(head, trim(lines[n]))
		title, rest, ok = b.p.tocTitleLine(head)
		after = lines[n+1:]
		if ok && rest == "" && n == len(lines)-len(after)-1 {
			if a := trim(lines[n]); (authorName(a) || allNames(a) || reporterByline(a)) && b.tocAuthorAfterSpace(a) {
				// 楚都纪南城考略 / 李秀英 against the contents' 楚都纪南城考略
				// 　李秀英　3: the name under the title is its byline, as
				// printed, not part of it.
				title, byName = prevHead, a
			}
		}
	}
	if ok {
		b.newEntry(trim(stripMarkup(title)), line)
		if byName != "" {
			b.para(byName, line+len(lines)-len(after)-1)
			b.close()
		}
		if len(after) > 0 && dateOnlyLine(rest) && b.p.full(lines[len(lines)-len(after)-1]) {
			// The date after the title ends a full line: the wrap cut
			// the sentence it begins (…3金1银2铜 10月28日 / 至11月3日，…),
			// and it takes no space, as a date alone on a line does.
			rest += b.p.joinLines(after)
			after = nil
		}
		rest = b.p.joinLines(append([]string{rest}, after...))
		if rest = trim(stripMarkup(rest)); rest != "" {
			b.para(rest, line)
		}
		return
	}
	if len(lines) == 1 && len(b.iss.TOC) > 0 && !(b.sec >= 0 && indexHeading(b.iss.Sections[b.sec].Name)) {
		// (The leader first: most lines have none, and tocEntry costs.)
		if containsAnyOf(lines[0], ".…·\t") {
			if _, _, _, ok := tocEntry(lines[0]); ok {
				b.p.warn(line, "looks like a line of a table of contents but is in the body: %q", clipText(trim(lines[0]), 40))
			}
		}
	}
	if len(lines) > 1 && b.boldOver(lines, line) {
		return
	}
	s = trim(stripMarkup(s))
	if s == "" {
		return
	}
	// A paragraph that stopped mid-sentence goes on after the blank line a
	// page break left, unless both are lines of their own (一等奖：张三 /
	// 二等奖：李四 are two lines, not one sentence cut). A block that
	// startsParagraph began as a line of its own (297.1 / 312.5, 报：…)
	// is one (ownBlock).
	if b.open && !b.ownBlock && b.continues(s) && !b.p.calloutTitle(b.lastLine) && b.cutByPage(line-1, alone, s) {
		b.pieces = append(b.pieces, s)
		b.lastLine = line - 1 + len(lines) - 1
		b.lastAlone = false
		return
	}
	if b.open && len(b.paras) >= 2 && (noteLine(b.pieces[0]) || calledNote(b.pieces[0], b.paras[len(b.paras)-2].Text)) && !notesName(b.pieces[0]) && !noteLine(s) && enumerator(s) == 0 && !labelLine(s) &&
		!startsWithMonthDay(s) && cutProse(b.paras[len(b.paras)-2].Text) {
		// …清乾隆年间 / ① 见…。 / 重修，…: a page's footnote between the
		// two halves of a sentence, which are left apart (the note is
		// not moved), and said so.
		b.p.warn(line, "the text goes on after a note, split around it (a footnote a page break set inside the sentence?): %q", clipText(s, 20))
	}
	b.para(s, line)
	b.lastLine = line - 1 + len(lines) - 1
	b.lastAlone = true
}

// boldOver reads a block whose first line is bold and nothing else, short
// of the wrap, over text that no blank line (or only a page break) parts
// from it, where that line is no title (**二、宜宾市的实践探索** / 近年来，…,
// a point of an essay): as two paragraphs, as a blank line would make
// them, not one that runs the point into its text. Not a lead-in
// (**会议要求：**), nor emphasis whose sentence goes on (**要提高站位** /
// ，抓好落实。).
func (b *bodyBuilder) boldOver(lines []string, line int) bool {
	if t := trimLeftBlanks(lines[0], true); t == "" || t[0] != '*' && t[0] != '<' {
		return false // no bold first: nearly every block
	}
	inner, whole := boldOnly(lines[0])
	if !whole || b.p.full(lines[0]) || strings.ContainsRune("：:，、；;", lastRune(inner)) {
		return false
	}
	rest := trim(stripMarkup(b.p.joinLines(lines[1:])))
	if r, _ := decodeRune(rest); rest == "" || strings.ContainsRune(closingPunct, r) {
		return false
	}
	if !b.entry || b.open && b.continues(trim(stripMarkup(inner))) {
		return false // the paragraph before goes on, or no entry holds the two
	}
	b.para(trim(stripMarkup(inner)), line)
	b.para(rest, line)
	b.lastLine = line - 1 + len(lines) - 1
	b.lastAlone = true
	return true
}

// cutByPage reports whether the blank lines between the open paragraph's
// last line and line i (an index) are where a page broke it: furniture or
// a form feed lies between, or its last line is full at the wrap's width
// (the page ended, not the paragraph), or it is long, as a converter that
// writes a paragraph on one line (MinerU, marker) leaves the two halves
// of one a page cut, or holds punctuation, as prose does. A short phrase
// alone — a byline (文/张建军), a caption (图为…), a column's name
// (卷首语) — is a line of its own, and so is one that ends with a number
// over s that begins with one.
func (b *bodyBuilder) cutByPage(i int, alone bool, s string) bool {
	p := b.p
	end := b.lastLine
	if !alone || end < 0 || end >= i || end >= len(p.lines) {
		return true // the text after a title on its line: cut, as 11月15 / 日，… is
	}
	if p.lines[i] != "" && p.lines[i][0] == 0xE3 && ideoIndented(p.lines[i]) && !ideoIndented(p.lines[end]) && enumerator(b.pieces[0]) > 0 {
		// 一、提高站位，深刻认识…的重大意义 / blank / 　　优化营商环境是…: a
		// speech's point (its comma keeps it from continues' headings)
		// flush over its text set in by ideographic spaces, as Word's
		// text prints every paragraph's first line; a page never indents
		// the rest of a sentence it cut (the point had run into its
		// text, silently).
		return false
	}
	for k := end + 1; k < i; k++ {
		if p.isTransparent(k) || p.furn != nil && p.furn[k] {
			return true
		}
	}
	if p.breakBetween(end, i) {
		return true
	}
	if p.wrap > 0 && p.full(p.lines[end]) {
		return true
	}
	last := b.pieces[len(b.pieces)-1]
	if r, _ := decodeLastRune(last); isFigure(r) && figureFirst(s) {
		// 电话：0375-1234567 / 2022年，…: joined, the two numbers read as one
		// (12345672022); a page that cuts a number (收入18 / 50万元) is
		// full, or leaves its furniture between (both above).
		return false
	}
	if dateOnlyLine(last) {
		return true // 2月6日 / blank / its event's text: a chronicle set double-spaced
	}
	if yearsAlone(last) && b.inChronicle() {
		return true // 1989—1990年 / blank / the text of those years, as 2月6日 is
	}
	if datedRow(last) && !listRow(s) {
		return true // 14日　市委召开全市组织 / blank / 工作会议，…: an event a column cut, no phrase alone
	}
	if len(b.pieces) == 1 && figureCell(last) && !unitFirst(s) {
		// 5.2 / blank / 规模以上工业增加值 / blank / 亿元: a table pdfminer
		// prints a cell a box, a figure alone between blank lines and
		// no page between it and the next; joined, the cells had read
		// as one sentence (5.2规模以上工业增加值亿元62.36.8…).
		return false
	}
	if c := last[len(last)-1]; c < utf8.RuneSelf && c != ')' {
		return true // a number or a word the page cut (11月15 / 日，…)
	}
	return utf8.RuneCountInString(last) > shortAlone || containsAnyOf(last, "，。、；！？,;")
}

// figureCell reports whether t is a figure and nothing else: digits, a
// point, a sign or a percent sign (186.5, -3.2, 12%), as a table's cell.
func figureCell(t string) bool {
	if t == "" || len(t) > 16 {
		return false
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '-' || c == '+' || c == '%' || c == ',':
		default:
			return false
		}
	}
	return digits > 0
}

// unitFirst reports whether s begins with what goes on a figure the page
// cut: a unit, a date's part or the punctuation after a number (万元,
// 日，…, %).
func unitFirst(s string) bool {
	r, _ := decodeRune(s)
	return r < utf8.RuneSelf || strings.ContainsRune("万亿千百元年月日号时分秒个人次家项件份吨米亩倍岁天周，。、；：%％）", r)
}

// shortAlone is the most characters of a phrase (a line with no
// punctuation) that, alone between blank lines, is read as a line of its
// own.
const shortAlone = 30

// breakBetween reports whether a form feed was on a line after index lo,
// up to hi.
func (p *parser) breakBetween(lo, hi int) bool {
	k, _ := slices.BinarySearch(p.breaks, lo+1)
	return k < len(p.breaks) && p.breaks[k] <= hi
}

// continues reports whether block s goes on the open paragraph: not
// after a colon (会议要求： / 各级各部门要…: it introduces what follows), nor
// when s begins with a date or an enumerator (1. 加强组织领导: a list's item
// begins a line).
func (b *bodyBuilder) continues(s string) bool {
	last := b.pieces[len(b.pieces)-1]
	if closed(last) {
		return false
	}
	if enumerator(last) > 0 && !dateOnlyLine(last) {
		// 一、提高政治站位 / 各级各部门要…: a point's heading is a line of
		// its own. (10、11日 / blank / its event's text: days, no point.)
		if k, _, _ := enumeratedLine(last); k != notHeading {
			return false
		}
		if k, _, _ := arabicLine(last); k != notHeading {
			return false
		}
		if len(b.pieces) == 1 && commaPoint(last) && !clauseTail(s) {
			// 一、提高站位，深刻认识…的重大意义 / blank / 优化营商环境是…: a
			// speech's point of two phrases, no sentence, over its text
			// in a copy that indents nothing (pandoc's of a docx). (Not
			// where the text goes on with a word's last character and a
			// clause's end: 三、…以“同日”记 / — 2 — / 之；…, a point the
			// page cut.)
			return false
		}
	}
	// A row set out in two columns a wide space apart (宁政发〔2022〕3号　…的通知,
	// 县长　王建民), on either side, is a line of its own: prose a page cut
	// has no such gap.
	// A note (① 见…, 注：…) neither goes on in the text after a blank
	// line nor takes the text's next block as its rest.
	if len(last) <= 30*3 && (slashByline(last) || reporterByline(last)) {
		return false // 文/陈慕白 at a page's foot: a byline is a line of its own
	}
	if b.p.yearbook && columnsRow(last) && columnsRow(s) {
		// 县人大代表　　236　　62 / 县政协委员　　218　　58: a 统计资料
		// table's rows, set across the page wider than the text's wrap,
		// each its own (see startsParagraph).
		return false
	}
	if strings.HasPrefix(s, "《") && docNumberEnd(last) {
		// 《…的通知》（宁政〔2022〕12号） / 《…》: a list of documents (a
		// yearbook's 附录), each with its number, a paragraph each.
		return false
	}
	if circledNumber(s) > 0 {
		for _, piece := range b.pieces {
			if calledNote(s, piece) {
				return false // …决口3处①，… / ①宁水：…: the note it calls, a page's foot
			}
		}
	}
	return !strings.ContainsRune("：:", lastRune(last)) && !noteLine(s) && !noteLine(b.pieces[0]) && !pagedLine(last) && !(dashDateEnd(last) && !dateOnlyLine(last)) && !strings.HasPrefix(last, "|") && !strings.HasPrefix(s, "|") && !startsWithMonthDay(s) && !(labelLine(last) && labelLine(s) && !labelCut(last)) && enumerator(s) == 0 && !distributionLine(s) &&
		!(listRow(last) && !datedRow(last)) && !listRow(s) && !gapRow(last) && !gapRow(s) && !(mayStartEvent(s) && b.inChronicle() && eventStart(s) && !wrapBeforeDate(last, s)) &&
		!(len(last) <= 60*3 && len(s) <= 60*3 && strings.Contains(s, "\u3000\u3000") && cellsRow(last) && cellsRow(s))
	// (A run of days alone, 10—11日, is no event's end after a dash: its
	// text goes on after a blank line, as 10日's does.)
	// (4—7日 …, 同日 …, △ … in a chronicle: the next event, not the rest
	// of a line left open above it, such as a photo's caption under its
	// image, 1月4日，…开幕（摄影 王 平）, which the event had run on from;
	// but a sentence a page cut before its date, …定于 / 15日起施行。)
}

// salutation reports whether t is the salutation a speech opens with
// (同志们：, 各位代表：, 各位领导、同志们：): short, ending with its colon,
// and addressing the hearers.
func salutation(t string) bool {
	if len(t) < 4*3 || len(t) > 12*3 || !strings.HasSuffix(t, "：") || containsAnyOf(t, "，。；") {
		return false
	}
	return strings.Contains(t, "同志") || strings.Contains(t, "各位") || strings.Contains(t, "朋友")
}

// commaPoint reports whether t is a point of a speech or a report in
// Chinese numerals (一、, （一）) of two short phrases a comma apart and
// no more (一、提高站位，深刻认识优化营商环境的重大意义): a heading of its
// own, which enumeratedLine does not take for its comma, not a sentence
// a page cut.
func commaPoint(t string) bool {
	n := enumerator(t)
	if n == 0 || len(t) > 40*3 {
		return false
	}
	if r, _ := decodeRune(t); !isCnDigit(r) && r != '（' {
		return false // (1. 深化改革，…: an item of a list, which runs on)
	}
	name := trim(t[n:])
	i := strings.Index(name, "，")
	return i > 0 && strings.Count(name, "，") == 1 && !closed(name) && !containsAnyOf(name, "。；：;:,、") &&
		utf8.RuneCountInString(name) <= 30 && utf8.RuneCountInString(name[i:]) > 2
}

// clauseTail reports whether s begins with one character and a clause's
// end (之；…, 的，…): the rest of a sentence a break cut, no sentence of
// its own.
func clauseTail(s string) bool {
	_, n := decodeRune(s)
	if n == 0 || n == len(s) {
		return false
	}
	r, _ := decodeRune(s[n:])
	return r == '，' || r == '；' || r == '。' || r == '：'
}

// labelCut reports whether t, a line of labelled items (联系人：…；电话：…),
// ends inside the label of its last item, before its colon (…；联 /
// 系人：吴晓燕): the line a page cut, whose rest is no label of its own.
func labelCut(t string) bool {
	i := strings.LastIndex(t, "；")
	if i < 0 {
		return false
	}
	tail := t[i+len("；"):]
	return tail != "" && len(tail) <= 3*3 && !containsAnyOf(tail, "：:")
}

// listTitle reports whether t is the title of a list, short, ending so:
// …先进人物名录, …名单, …一览表.
func listTitle(t string) bool {
	return len(t) <= 40*3 && (strings.HasSuffix(t, "名录") || strings.HasSuffix(t, "名单") || strings.HasSuffix(t, "一览表")) && partTitle(t)
}

// docNumberEnd reports whether t ends with a document's number in
// brackets, 〔2022〕12号）, as a list of documents prints each, or is
// that number's end alone, as the wrap cut it (12号）).
func docNumberEnd(t string) bool {
	n, ok := strings.CutSuffix(t, "号）")
	if !ok {
		return false
	}
	if strings.Contains(n, "〕") {
		return true
	}
	return n != "" && len(n) <= 4*3 && strings.Trim(n, "0123456789０１２３４５６７８９") == ""
}

// markedDatedNext reports whether the next line of text from index i is
// an item of news in brief, a bullet before its date (△5月10日，…,
// ▲12月5日，…, ●11月2日，…).
func (b *bodyBuilder) markedDatedNext(i int) bool {
	k := b.p.nextText(i)
	if k < 0 {
		return false
	}
	t := trim(b.p.lines[k])
	lead := eventLead(t)
	return lead != t && startsWithMonthDay(lead)
}

// nextNumberedTitle reports whether t, a line alone, is numbered next
// after the title of the open entry (四、… under 三、…), and no paragraph
// of that entry is numbered so (一、… / 二、…: the article's own points).
// The title above may be its section's (三、… over dated text, a numbered
// name plainTitles made a section): asSection says so, and the line is
// read as that one was.
func (b *bodyBuilder) nextNumberedTitle(t string) (next, asSection bool) {
	if t == "" || !cnNumeralStart(t) || !b.entry || !b.hasEntry() || b.sec < 0 {
		return false, false // no numeral first: nearly every paragraph
	}
	k, label, _ := enumeratedLine(t)
	if k != cnComma {
		return false, false
	}
	title := b.entries[len(b.entries)-1].Title
	if title == "" && int(b.runs[len(b.runs)-1]) == len(b.entries)-1 {
		sec := b.iss.Sections[b.sec]
		title, asSection = sec.Label+sec.Name, true
	}
	tk, tlabel, _ := enumeratedLine(title)
	if tk != k || labelNumber(label) != labelNumber(tlabel)+1 {
		return false, false
	}
	for _, para := range b.paras {
		if pk, _, _ := enumeratedLine(para.Text); pk == k {
			return false, false
		}
	}
	return true, asSection
}

// gapRow reports whether t is a table's row as OCR gives one, three
// cells or more a wide space apart, each a few words (石桥村　　2021年　　　42):
// a line of its own (the rows a blank line apart had run into one
// paragraph, the caption under them too).
func gapRow(t string) bool {
	if len(t) > 60*3 {
		return false // a row is short: no search for gaps in prose
	}
	parts := gapParts(t)
	if len(parts) < 3 {
		return false
	}
	for _, c := range parts {
		if utf8.RuneCountInString(c) > 16 || closed(c) {
			return false
		}
	}
	return true
}

// cellsRow reports whether t is a table's row as OCR gives it where the
// columns are set so close that a wide cell leaves one ideographic space
// after it (县委书记　刘振华　　1949.1—1952.8, under 县长　　　赵文启…): three
// cells at least, split at every U+3000, each short, none a sentence.
// Asked of two lines together, each with a wider gap too: a day line
// (10日　县委…) has one cell of prose.
func cellsRow(t string) bool {
	n := 0
	for t != "" {
		i := strings.Index(t, "\u3000")
		c := t
		if i >= 0 {
			c, t = t[:i], t[i+len("\u3000"):]
		} else {
			t = ""
		}
		if c = trim(c); c == "" {
			continue
		}
		if utf8.RuneCountInString(c) > 16 || closed(c) {
			return false
		}
		n++
	}
	return n >= 3
}

// datedRow reports whether t, a listRow, is a chronicle's event, its
// date a wide space before its text (10日　宁川至南溪…): prose that a
// column or a page may cut (…总投资约120亿元，计划 / 2026年建成通车。 had
// been two paragraphs), not a list's row.
func datedRow(t string) bool {
	i, _ := wideGap(t[:min(len(t), 30*3)])
	return i > 0 && dateOnlyLine(t[:i])
}

// colonAt returns the index of the first colon in head, : or ：, or -1:
// a search for each, the first found. Heads are a few characters, where
// the search for ：is one SIMD pass, not a stop at every full-width
// character; a loop over the bytes retired four times the instructions.
func colonAt(head string) int {
	k := strings.IndexByte(head, ':')
	if w := strings.Index(head, "："); w >= 0 && (k < 0 || w < k) {
		k = w
	}
	return k
}

// labelLine reports whether s is a short line of the form 一等奖：张三: a
// list of them is lines of their own, not a sentence a page break cut.
func labelLine(s string) bool {
	if len(s) > 120 {
		return false // more than 40 characters: a line of text
	}
	i := colonAt(s[:min(len(s), 10*3+3)]) // the key is ten characters at most
	return i > 0 && runesBelow(s[:i], 11) && runesBelow(s, 41)
}

// close ends the open paragraph, joining its pieces.
func (b *bodyBuilder) close() {
	if !b.open {
		return
	}
	b.open = false
	if len(b.pieces) > 1 {
		b.paras[len(b.paras)-1].Text = b.p.joinPara(b.pieces)
	}
	b.pieces = b.pieces[:0]
}

func (b *bodyBuilder) para(s string, line int) {
	if len(s) <= 40*3 && s != "" && s[0] >= utf8.RuneSelf && chronHeaderEnds.has(lastRune(s)) && line > 0 && trim(b.p.lines[line-1]) == s && chronHeaderLine(s) && b.inChronicle() {
		// (The event's column, named last, lets nearly every paragraph
		// go at its last character.)
		// 时 间<gap>大 事 纪 要 over a chronicle's rows, as pdftotext
		// -layout gives a table's header: markup, as a Markdown table's
		// header row is (it had been an undated event of its own).
		b.p.addFurniture(line-1, model.Markup, b.p.lines[line-1])
		return
	}
	b.close()
	if b.entry && len(b.paras) == 0 && s != "" && (s[0] == 0xE2 || s[0] == 0xEF || s[0] == '-') && line > 0 {
		// **市史志办开展“方志进校园”活动** / —— 2023年…调研纪实, plain under
		// its title: the title's subtitle, as a bold one is (it had been
		// the article's first paragraph). With no blank line under it (a
		// copy set tight, or a hard break after the title), the text's
		// first line had been joined to it: it is its line alone.
		at := line // 1-based, the line s begins
		if e := b.entries[len(b.entries)-1]; line == e.Line {
			// (**title** over its text, given with the title's line)
			for at < len(b.p.lines) && isBlank(b.p.lines[at]) {
				at++
			}
			at++
		}
		if at <= len(b.p.lines) {
			l := trim(b.p.lines[at-1])
			if len(l) < len(s) && strings.HasPrefix(s, l) && b.subtitleLine(l, at) {
				b.entries[len(b.entries)-1].Title += l
				s = trimLeftSpaces(s[len(l):])
				for at < len(b.p.lines) && isBlank(b.p.lines[at]) {
					at++
				}
				line = at + 1 // the text's first line
			} else if l == s && b.subtitleLine(s, at) {
				b.entries[len(b.entries)-1].Title += s
				return
			}
		}
	}
	if !b.entry {
		b.newEntry("", line)
	} else if b.entries[len(b.entries)-1].Title == "" && len(b.paras) > 0 && (eventStart(s) && !(s[0] == 0xE2 && strings.HasPrefix(s, "▲") && len(s) <= 40*3 && creditLine(s)) || yearPart(s) && b.inChronicle() || yearsLead(s) && b.inChronicle()) && !b.signedBy(s) {
		// (▲青岚市第二污水处理厂（摄影　李明）, a picture's caption under
		// the event it shows, its credit at its end, is no further event
		// of the day, as ▲ would mark one: a paragraph of the event.)
		// Untitled text that goes day by day (a 大事记): each event is an entry.
		// (1989—1990年 alone is the date of the text it is joined to.)
		b.newEntry("", line)
	} else if len(b.paras) > 0 && s != "" && s[0] == 0xE9 && b.appendixTable(s, line) {
		// 附：青岚县党政主要领导人更迭表（1949—1990） over its rows after
		// a chronicle's last event: the table is no part of the event (it
		// had been its paragraphs), but an entry of its own, titled so.
		b.newEntry(s, line)
		return
	} else if len(b.paras) > 0 && mayStartEvent(s) && dateTitle(b.entries[len(b.entries)-1].Title) && eventStart(s) {
		// **11月6日（星期一）** over its text, then 11月8日 … as a plain
		// line: the day heading's text ends where the next day begins.
		b.newEntry("", line)
	} else if mayStartEvent(s) && otherDay(b.entries[len(b.entries)-1].Title, s) {
		// # 11月8日 县政协组织委员视察, a day's event its own heading, then
		// 11月9日，… : the next day's event, not the text of this one.
		b.newEntry("", line)
	}
	if len(s) > 4 && s[0] == '[' && s[1] == '^' {
		b.p.inlineNotes = true // [^1]: …, a note's definition (placeNotes)
	}
	b.paras = append(b.paras, model.Paragraph{Text: s, Line: line})
	b.open = true
	b.pieces = append(b.pieces, s)
	b.lastAlone = false
}

// appendixTable reports whether s, the text of line (1-based), is the
// name of a table appended to a chronicle's events (附：…表, 附表1　…,
// 附：…一览表), a line of its own over the table's rows as OCR gives
// them (see gapRow, cellsRow).
func (b *bodyBuilder) appendixTable(s string, line int) bool {
	if len(s) > 40*3 || !strings.HasPrefix(s, "附") || closed(s) || line <= 0 || line >= len(b.p.lines) || trim(b.p.lines[line-1]) != s || !b.inChronicle() {
		return false
	}
	name, ok := strings.CutPrefix(s, "附：")
	if !ok {
		if name, ok = strings.CutPrefix(s, "附:"); !ok && !captionLabel(s) {
			return false
		}
	}
	if ok && !strings.Contains(name, "表") {
		return false
	}
	j := line
	for j < len(b.p.lines) && j < line+3 && isBlank(b.p.lines[j]) {
		j++ // (a blank line between, as ABBYY's text sets every paragraph apart)
	}
	if j == len(b.p.lines) {
		return false
	}
	next := trim(b.p.lines[j])
	return gapRow(next) || cellsRow(next)
}

// signedBy reports whether s, a paragraph after the open entry's, is the
// full date alone under an office's name alone (青岚县地方史志办公室 /
// 2023年12月20日): the signature of a notice (征稿启事), its last lines,
// not an event of its own (it had been one, warned as a date with no
// text).
func (b *bodyBuilder) signedBy(s string) bool {
	if len(s) > 40 || !signatureDate(s) {
		return false
	}
	t := b.paras[len(b.paras)-1].Text
	return officeAlone(t) || unitAlone(t)
}

// subtitleLine reports whether s, the text of line (1-based), is the
// subtitle of the open entry's title, on a line of its own right under it
// (blank lines between): ——记宁川县…, —— 2023年…调研纪实. Not in a
// yearbook, which reads its articles' subtitles itself.
func (b *bodyBuilder) subtitleLine(s string, line int) bool {
	e := b.entries[len(b.entries)-1]
	if e.Title == "" || e.Line <= 0 || e.Line >= line || b.p.yearbook || len(s) > 60*3 || !subtitle(s) || trim(b.p.lines[line-1]) != s {
		return false
	}
	j := line - 2
	for j >= e.Line && isBlank(b.p.lines[j]) {
		j--
	}
	if j == e.Line-1 {
		return true
	}
	// A title its lead-in heads (凝心聚力谋发展 / ### 市史志研究室召开…
	// / ——全面总结…): the title's own line, below the entry's first.
	if _, _, ok := heading(b.p.lines[j]); ok {
		return true
	}
	_, ok := boldOnly(trim(b.p.lines[j]))
	return ok
}

// overSubtitle reports whether the heading at line (1-based) stands over
// its subtitle set at its own level (### 《宁川年鉴（2023）》出版发行 /
// ### ——全市首部彩印综合年鉴): an article's title, though the level is the
// sections' (the two had been sections, the article's text untitled).
func (b *bodyBuilder) overSubtitle(level, line int) bool {
	lines := b.p.lines
	for j := line; j < len(lines) && j < line+12; j++ {
		if l := lines[j]; (l == "" || l[0] != '#') && isBlank(l) || b.p.isTransparent(j) { // (a # line is no blank one)
			continue // (a page's break between them too)
		}
		if l := lines[j]; l[0] == '#' {
			// A heading whose text begins with printable ASCII but - * <,
			// or with Han (E4 to E9): that byte begins it still after
			// heading's trims and stripMarkup, and subtitle lets it go
			// by it (## 标题2 under ## 标题1: every section asks).
			k := 1
			for k < len(l) && l[k] == '#' {
				k++
			}
			for k < len(l) && l[k] == ' ' {
				k++
			}
			if k < len(l) {
				if c := l[k]; c-0x21 < 0x5F && c != '-' && c != '*' && c != '<' || c-0xE4 < 6 {
					return false
				}
			}
		}
		if l := lines[j]; l[0] != '#' && l[0] != ' ' || !holdsDashByte(l) {
			return false // no heading, or none with a dash (see subtitle): every section asks
		}
		lvl, t, ok := heading(lines[j])
		return ok && lvl == level && subtitle(t)
	}
	return false
}

// chronHeaderLine reports whether s is a table's header row set apart
// by wide gaps that names a chronicle's columns (时 间<gap>大 事 纪 要,
// 日期<gap>事项), letter-spaced or not.
func chronHeaderLine(s string) bool {
	parts := gapParts(s)
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for k, part := range parts {
		part = dropSpaces(part)
		if part == "大事纪要" || part == "大事记要" || part == "事件纪要" {
			part = "事项"
		}
		parts[k] = part
	}
	_, ok := chronColumns(parts)
	return ok
}

// yearsAlone reports whether s is a run of years or a decade and nothing
// else (1989—1990年, 八十年代): an event's date alone on its line, over
// text that prints none (cutByPage joins the two).
func yearsAlone(s string) bool {
	r := lastRune(s)
	return (r == '年' || r == '代' || r == '初') && len(s) <= 20*3 && yearsPeriod(s)
}

// yearsLead reports whether s is a run of years or a decade alone, or
// one set apart by a space before the text it dates (八十年代初 全县…, as
// joinLines joins the two lines).
func yearsLead(s string) bool {
	head := s[:min(len(s), 20*3+1)]
	if i := strings.IndexByte(head, ' '); i > 0 {
		head = s[:i]
	} else if len(s) > 20*3 {
		return false
	}
	return yearsAlone(head)
}

// pagedLine reports whether t is a term or a title with a leader and its
// page (年鉴编纂 ……… 1, an index's or a list's line): a line of its own,
// which no page break cut.
func pagedLine(t string) bool {
	if !isFigure(lastRune(t)) || !containsAnyOf(t, ".…·") {
		return false // no page last, or no leader: nearly every paragraph
	}
	_, _, _, ok := tocEntry(t)
	return ok
}

// cutProse reports whether t is a sentence left open: prose (a comma in
// it, no table's row) that ends no sentence.
func cutProse(t string) bool {
	return !closed(t) && t != "" && t[0] != '|' && containsAnyOf(t, "，,")
}

// boldDateLead reports whether t begins with a date in bold and goes on
// with its text: **4月10日** 县长…, **11月6日（星期一）**，…
func boldDateLead(t string) bool {
	title, rest, ok := leadingBold(t)
	return ok && rest != "" && (dateTitle(title) || sameDayMark(title))
}

// sameDayMark reports whether t is the mark of another event the same
// day, △ or ▲, alone.
func sameDayMark(t string) bool { return t == "△" || t == "▲" }

// leadingBold splits "**title** text" (or <b>title</b> text) into the
// title and the text after it.
func leadingBold(s string) (title, rest string, ok bool) {
	title, rest, ok, _ = leadingBoldCut(s)
	return title, rest, ok
}

// leadingBoldCut is leadingBold with the cut of s it reads, c (cutBold's),
// for boldBlockTitleCut to read again rather than cut s anew.
func leadingBoldCut(s string) (title, rest string, ok bool, c boldCut) {
	c.inner, c.after, c.closed, c.ok = cutBold(s)
	if !c.ok || !c.closed {
		return "", "", false, c
	}
	if title = trim(stripMarkup(c.inner)); title == "" {
		return "", "", false, c
	}
	return title, trim(c.after), true, c
}

// cutBold splits s, which begins with bold (** or a bold tag), into what
// the bold holds and what follows it; closed is false when the bold runs
// on to the end of s, and ok false when s does not begin with bold.
func cutBold(s string) (inner, after string, closed, ok bool) {
	if s == "" || s[0] != '*' && s[0] != '<' {
		return "", "", false, false // (boldPairs all begin with * or <)
	}
	for _, pair := range boldPairs {
		body, found := strings.CutPrefix(s, pair[0])
		if !found {
			continue
		}
		i := strings.Index(body, pair[1])
		if i < 0 {
			return body, "", false, true
		}
		return body[:i], body[i+len(pair[1]):], true, true
	}
	return "", "", false, false
}

// splitHeading separates a heading from text that PDF conversion pulled
// into it: "### 李明俊调研…工作 11月1日，" is the title 李明俊调研…工作
// followed by the start of the text, 11月1日，.
func splitHeading(h string) (title, rest string) {
	if strings.IndexByte(h, ' ') < 0 && strings.IndexByte(h, '\t') < 0 {
		return h, "" // no space: nearly every title (two searches, not a byte loop)
	}
	for i := 0; i < len(h); i++ {
		if h[i] != ' ' && h[i] != '\t' {
			continue
		}
		j := i
		for j < len(h) && (h[j] == ' ' || h[j] == '\t') {
			j++
		}
		if startsWithMonth(h[j:]) {
			if t := trim(h[:i]); t != "" {
				return t, trim(h[j:])
			}
		}
		i = j - 1 // each run of spaces is looked at once
	}
	return h, ""
}

// startsWithMonth reports whether s begins with "11月" (spaces allowed):
// enough to tell a date that a heading swallowed, even one cut short.
func startsWithMonth(s string) bool {
	d := &dateScanner{s: s}
	n, ok := d.number()
	return ok && n >= 1 && n <= 12 && d.lit('月')
}

// startsWithMonthDay reports whether s begins with a full month and day,
// which starts a paragraph of its own even after one that stopped
// mid-sentence; the year may be printed before them (1986年1月10日, as a
// chronicle that puts the year on every event does).
func startsWithMonthDay(s string) bool {
	if t, ok := yuanYueCn(s); ok {
		s = t
	}
	if cnNumeralStart(s) {
		return cnDateAt(s, false) // 十一月三日, 一九八六年一月十日
	}
	_, ok := monthDayScan(s)
	return ok
}

// monthDayScan reads a month and a day in figures at the start of s, a
// year before them or not (11月3, 2023年11月3), and returns the scanner
// past the day's number (a value: as a pointer it was allocated at every
// line that begins with a digit).
func monthDayScan(s string) (dateScanner, bool) {
	d := dateScanner{s: s}
	n, ok := d.number()
	// (twoDigitYear's 年 comes right after the number: E5 there first.)
	if ok && (n > 12 && plausibleYear(n) || d.i < len(s) && s[d.i] == 0xE5 && twoDigitYear(s)) && d.lit('年') {
		n, ok = d.number()
	}
	if !ok || n < 1 || n > 12 || !d.lit('月') {
		return d, false
	}
	day, ok := d.number()
	if !ok && d.i < len(s) && s[d.i] == 0xEF {
		if k := unknownDay(s[d.i:]); k > 0 {
			d.i += k - len("日") // 11月�日: a day the PDF's font did not map
			return d, true
		}
	}
	return d, ok && day >= 1 && day <= 31
}

// headlineLine reports whether l may be a headline: short, and no
// sentence (no punctuation in it or at its end).
func headlineLine(l string) bool {
	t := trim(l)
	n := utf8.RuneCountInString(t)
	return n >= 4 && n <= 30 && !containsAnyOf(t, "，。；：！？,;:!?、") && !closed(t)
}

// shortCells reports whether l is narrower than any wrap a copy is set at
// (20 cells, ten Chinese characters).
func shortCells(l string) bool {
	w, _ := cellsRunes(trim(l))
	return w < 20
}

// runInBullets are the bullets runInTitle takes; chronHeaderEnds the
// last characters of the chronicle's header lines para looks for.
var (
	runInBullets    = newRuneSet("●◆■◎◇○□★☆▶►")
	chronHeaderEnds = newRuneSet("件项事容记要")
)

// runInTitle splits a line that runs a title into its text after a bullet
// (●县史志办召开县志评审会　11月3日上午，…) into the title and the text:
// the title short, no sentence, set off by an ideographic space or two
// spaces, the text beginning with a date.
func runInTitle(s string) (title, rest string, ok bool) {
	if len(s) < 3 || s[0] != 0xE2 {
		return "", "", false // the bullets are U+25xx, U+2605: E2 and two bytes
	}
	r, n := decodeRune(s)
	if !runInBullets.has(r) {
		return "", "", false
	}
	body := strings.TrimLeft(s[n:], " ")
	k := strings.Index(body, "\u3000")
	if j := strings.Index(body, "  "); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 {
		return "", "", false
	}
	title, rest = trim(body[:k]), trim(body[k:])
	if rest == "" || utf8.RuneCountInString(title) > 40 || containsAnyOf(title, "，。；：:;") {
		return "", "", false
	}
	if !startsWithMonthDay(rest) && relativeDate(rest) == "" {
		return "", "", false
	}
	return title, rest, true
}

// plainRunIn splits a line that runs a plain title into its dated text,
// a space between them, as pdftotext prints a bold title it lost
// (尧山实验室理事会第一次会议召开 11月10日，…): the title no sentence, four
// characters at least, the text beginning with a date. Chinese prose puts
// no space before a date; a copy with no table of contents to name its
// titles has this to go by (plainTitles asks for two such lines).
func plainRunIn(s string) (title, rest string, ok bool) {
	head := s[:min(len(s), 40*3+1)] // a title's most, and the space: a line is looked at no further
	k := strings.IndexByte(head, ' ')
	if k >= 0 {
		// An ideographic space before the space lies wholly before it.
		if j := strings.Index(head[:k], "\u3000"); j >= 0 {
			k = j
		}
	} else {
		k = strings.Index(head, "\u3000")
	}
	if k <= 0 {
		return "", "", false
	}
	title, rest = s[:k], trim(s[k:])
	if runesBelow(title, 4) || !figureFirst(rest) {
		return "", "", false
	}
	if r, _ := decodeRune(title); r >= 0x2190 && r <= 0x2BFF || strings.ContainsRune("•·-*+", r) || r >= '0' && r <= '9' {
		// ●title　11月3日，…: runInTitle's, its bullet a mark; 1990年 1月5日:
		// a chronicle's date set out in columns.
		return "", "", false
	}
	if !containsAnyOf(rest[:min(len(rest), 20*3)], "，,") {
		return "", "", false // 株洲史志 2023年08月02日 09:15: a header's date, no event's text
	}
	if isFigure(lastRune(title)) || containsAnyOf(title, "，。；：:;,") || eventStart(title) || !startsWithMonthDay(rest) {
		return "", "", false
	}
	return title, rest, true
}

// runInNext reports whether the next line from i, blank lines aside, runs
// a title into its text after a bullet (see runInTitle).
func (p *parser) runInNext(i int) bool {
	for ; i < len(p.lines); i++ {
		if isBlank(p.lines[i]) || p.isTransparent(i) {
			continue
		}
		_, _, ok := runInTitle(trim(p.lines[i]))
		return ok
	}
	return false
}

// distributionKeys are the keys of the lines a briefing ends with, saying
// whom it goes to (报：市史志办…, 送：…, 发：…, 主送：…, 抄送：…) and who made
// it (编辑：…, 校对：…, 审核：…, 签发：…; a yearbook's 撰稿：… after a 条目).
// The traditional forms follow (報送：…, 責任編輯：…, 審核：…), as a copy
// typeset in Hong Kong or Taiwan or passed through a converter prints them.
var distributionKeys = [...]string{"报送", "主送", "抄送", "抄报", "分送", "发送", "报", "送", "发",
	"编辑", "责任编辑", "校对", "审核", "审稿", "签发", "印发", "撰稿人", "撰稿", "供稿", "摄影", "统稿",
	"報送", "抄報", "發送", "報", "發", "編輯", "責任編輯", "校對", "審核", "審稿", "簽發", "印發", "攝影", "統稿"}

// distributionLine reports whether t begins with one of distributionKeys
// and a colon: a line of its own, never the rest of the sentence above.
func distributionLine(t string) bool {
	if len(t) < 6 || t[0] < 0xE4 || t[0] > 0xE9 {
		return false // 报 发 编 校 审 签 印 抄 分: E5–E7; 責: E8; 主 供: E4; 送: E9 (主送：…, 送：… had been missed)
	}
	i := colonAt(t[:min(len(t), 4*3+3)])
	if i < 0 {
		return false // most lines: no colon after a key of four characters at most
	}
	for _, k := range distributionKeys {
		if len(k) == i && t[:i] == k {
			return true
		}
	}
	return false
}

// chapterHeading reports whether a heading names a part or a chapter of a
// book (第二章 自然环境, 第一篇 概况): a section whatever its level, as
// MinerU sets every heading with one #.
func chapterHeading(t string) bool {
	if !strings.HasPrefix(t, "第") {
		return false
	}
	_, name, depth, ok := chapterLine(t)
	return ok && depth <= 2 && name != ""
}

// yearsLine reports whether line i, l, is a chronicle's run of years or
// decade alone on its line over an event (1949—1952年, 二十世纪八十年代 /
// 1980年5月4日　…), as a heading ## 1949—1952年 is: a section. A run of
// years over text that prints no date (1958—1960年 / 全县大办…) is an
// event's date alone on its line.
func (b *bodyBuilder) yearsLine(l string, i int) bool {
	return len(l) <= 20*3 && yearsPeriod(l) && b.inChronicle() && b.overEvent(i)
}

// overEvent reports whether the line of text after line i begins an
// event or is a chronicle's period heading: what a year's heading stands
// over.
func (b *bodyBuilder) overEvent(i int) bool {
	k := b.p.nextText(i + 1)
	if k < 0 {
		return false
	}
	t := trim(b.p.lines[k])
	return mayStartEvent(t) && eventStart(t) || periodHeading(t)
}

// looseYearHeading reports whether t is a year heading without its
// century or by its cycle's name (## 86年, 八七年, ## 丙寅年) in a
// chronicle: a section, as 1986年 is.
func (b *bodyBuilder) looseYearHeading(t string) bool {
	if _, _, ok := looseYear(t); !ok || b.p.yearbook {
		return false
	}
	// (A copy with no title, 八六年 its first line: a chronicle by its
	// days, which the title would have named.)
	return b.inChronicle() || b.iss.Title == ""
}

// markedYearLine reports whether line i, l, is a year in four figures
// set off by bold or brackets alone on its line over an event (**1986** /
// 1月3日　…, 【1987】), as a chronicle's year heading: a section. (A bare
// 1986 alone may be a page's number.)
func (b *bodyBuilder) markedYearLine(l string, i int) bool {
	if c := leadByte(l); c != 0 && c != '*' && c != '<' && c != '[' {
		return false // (the test below, before trimming the line; E3 has no lead byte)
	}
	t := trim(l)
	if len(t) < 6 || len(t) > 20 || t[0] != '*' && t[0] != '<' && t[0] != 0xE3 && t[0] != '[' {
		return false
	}
	t = trim(stripMarkup(t))
	for _, br := range [...][2]string{{"【", "】"}, {"〔", "〕"}, {"[", "]"}} {
		if in, ok := strings.CutPrefix(t, br[0]); ok {
			t = strings.TrimSuffix(in, br[1])
			break
		}
	}
	return isBareYear(t) && b.inChronicle() && b.overEvent(i)
}

// bareYearLine reports whether line i, l, is a year in four figures alone
// on a plain line over an event (1986 / 5月4日　…, as pdftotext gives a
// chronicle's year set large without 年), in a chronicle: a section. A
// page's number is furniture by now, and no year of the common era this
// century or the last (not one outside the years the title names, 宁川县
// 大事记（1985—1988）).
func (b *bodyBuilder) bareYearLine(l string, i int) bool {
	t := trim(l)
	y, ok := bareYear(t)
	if !ok || !plausibleYear(y) || !b.inChronicle() || !b.overEvent(i) {
		return false
	}
	if first, ok := chronSpanFirst(b.iss.Title); ok && titleSpan(b.iss.Title) && y < first {
		return false
	}
	return true
}

// partLabelAlone reports whether l is a book's part by its label alone,
// 第一编, 第二篇, 第三卷, as OCR gives a gazetteer's chapter page (第一编 /
// 大事记, the name on the line under it): a section, as 第一编　大事记 on
// one line is (it had been the cover's compiler, 第一 编, or text).
func partLabelAlone(l string) bool {
	if len(l) < 3*3 || len(l) > 40 {
		return false // nearly every line
	}
	t := trim(l)
	n, ok := strings.CutPrefix(t, "第")
	if !ok || len(n) < 2*3 || len(n) > 4*3 {
		return false
	}
	r := lastRune(n)
	if r != '编' && r != '篇' && r != '卷' && r != '編' {
		return false
	}
	return strings.TrimLeft(n[:len(n)-3], "一二三四五六七八九十") == ""
}

// ocrYearLine reports whether line i, l, is a year heading OCR damaged
// at its end (1953年。, 1955牟, see ocrYearName) over an event, in a
// chronicle: a year heading.
func (b *bodyBuilder) ocrYearLine(l string, i int) bool {
	if len(l) > 40 || b.p.yearbook {
		return false // nearly every line, before trimming it
	}
	_, _, ok := ocrYearName(trim(l))
	return ok && b.inChronicle() && b.overEvent(i)
}

// clippedYearLine reports whether line i, l, is a year with a figure
// too few alone over an event (195年 / 6月，…, OCR's of 1955年) under a
// year heading of four figures: a year heading, its year not known (see
// clippedYear), not a line of the event above. (Not under a year of
// three figures, an ancient chronicle's.)
func (b *bodyBuilder) clippedYearLine(l string, i int) bool {
	if len(l) > 40 {
		return false // nearly every line, before trimming it
	}
	t := trim(l)
	if len(t) > 3*3+len("年") || !clippedYear(t) || b.p.yearbook {
		return false
	}
	for k := b.sec; k >= 0; k-- {
		if kind, y, _ := periodOf(b.iss.Sections[k].Name); kind == yearPeriod || kind == yearMonthPeriod {
			return y >= 1000 && b.overEvent(i)
		}
	}
	return false
}

// partLine reports whether line i, l, is a part of a year or a month
// alone on its line over a day's event (上半年, 第一季度, 春季, 上旬 /
// 1月3日　…), as a chronicle groups its days: a section within the year
// or month above. Over text that prints no date (上旬 / 县政府组织…) it
// is the event's date alone on its line.
func (b *bodyBuilder) partLine(l string, i int) bool {
	if len(l) > 8*3 || !partName(trim(stripMarkup(l))) || !b.inChronicle() {
		return false
	}
	k := b.p.nextText(i + 1)
	if k < 0 {
		return false
	}
	t := eventLead(trim(b.p.lines[k]))
	return startsWithMonthDay(t) || startsWithDay(t)
}

// inChronicle reports whether the text being read is a chronicle's: the
// issue's title or the section's names one, or the section is a year or a
// month. 全年，… begins an event there.
func (b *bodyBuilder) inChronicle() bool {
	if chronicleTitle(b.iss.Title) {
		return true
	}
	if b.sec < 0 {
		return false
	}
	name := b.iss.Sections[b.sec].Name
	kind, _, _ := periodOf(name)
	if kind == noPeriod {
		if _, _, ok := ocrYearName(name); ok || clippedYear(name) {
			return true // 1955牟, 195年: a year heading OCR damaged
		}
	}
	if kind == noPeriod && lastRune(name) == '年' {
		_, _, ok := looseYear(name)
		return ok || chronicleTitle(name)
	}
	return kind != noPeriod || chronicleTitle(name)
}

// lastRune is the last character of s.
func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

// pointWord reports whether s begins as an article's point does: 一是,
// 二是, 三要, 其一.
func pointWord(s string) bool {
	r, n := decodeRune(s)
	if !isCnDigit(r) && r != '其' {
		return false
	}
	next, _ := decodeRune(s[n:])
	return next == '是' || next == '要' || next == '一' && r == '其'
}

// isolated reports whether t is a letter alone on its line, the head of an
// index's letter (A / 安全生产　123a).
func isolated(t string) bool {
	return len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z'
}
