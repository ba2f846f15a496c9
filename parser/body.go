package parser

import (
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
	p.cellBits = p.tableCells()
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
		if p.cellBits != nil && p.cellAt(i) {
			// A table pdftotext printed a cell to a line (see tableCells):
			// a paragraph a cell, the text after it none of the table's.
			flush()
			b.cell(trim(l), i+1)
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
			case lineRunIn, lineItem:
				// The title and the text it runs into: a block of their own
				// (text splits them).
				flush()
				start = i
				block = append(block, l)
				prev = l
				if t, _, ok := itemText(l); ok {
					// -       会议甲召开 11月1日，…: the list's marker is
					// markup, as bulletTitles takes it (the block keeps it
					// for text to read the item by).
					p.lines[i] = t
					if _, _, n, ok := p.bulletRunIn(block[:1:1]); !ok && b.plain[i-p.bodyStart] == lineRunIn {
						// The title the wrap cut, and its date: the block's
						// whatever a line of them looks like (a short one
						// where no wrap was found).
						_, _, n, _ = p.bulletRunIn(append([]string{l}, p.lines[i+1:min(len(p.lines), i+5)]...))
						for ; n > 1; n-- {
							i++
							block = append(block, p.lines[i])
							prev = p.lines[i]
						}
					}
				}
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
		if b.plain == nil && p.tocMaxLen > 0 && l != "" && itemMark(l[0]) {
			// -       会议甲…重 / 点…召开 11月1日，… where the contents list
			// 会议甲…召开: a list's item that runs its title, cut by the
			// wrap, into its dated text (see bulletRunIn), as where there
			// are no contents (plainTitles); the item begins a block, its
			// title's lines and date in it.
			if title, _, n, ok := p.bulletRunIn(p.lines[i:min(len(p.lines), i+5)]); ok && b.tocListed(title) {
				flush()
				start = i
				block = append(block, l)
				prev = l
				if t, _, ok := itemText(l); ok {
					p.lines[i] = t // (the marker is markup)
				}
				for ; n > 1; n-- {
					i++
					block = append(block, p.lines[i])
					prev = p.lines[i]
				}
				continue
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
		if len(block) == 0 && b.lastTitled() && backMatter(l) && i+1 < len(p.lines) && isBlank(p.lines[i+1]) && !b.sectionNameAlone(i) {
			// 征稿启事 / 编后记 alone after the last article, over its text:
			// a piece of its own, titled so, as **更正** is, not the last
			// article's. (Where the contents print it as a section, with
			// its page at the names' margin, it is one.)
			flush()
			b.newEntry(trim(l), i+1)
			continue
		}
		if lvl, next, ok := p.setext(i, len(block) == 0); ok {
			flush()
			if b.setextSections {
				lvl = min(lvl, b.sectionLevel)
			}
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
			(boldTitle(l, true) && closedBlock(block, prev) || len(block) == 1 && (boldAlone(block[0]) || markedAlone(block[0]) || nextItem(block[0], l)))
		// A copy that lost its blank lines: a block that begins as after
		// one (see blankLostStart).
		lost := len(block) > 0 && !boldOpen && !topTitle && (blankLostLead(l) && p.blankLostStart(trim(prev), trim(l)) || len(block) == 1 && blankLostUnder(block[0], l))
		if lost {
			p.splitOwn, p.ownShort = false, false // (startsParagraph is not asked: none of its says)
		}
		starts := len(block) == 0 || topTitle || lost || !boldOpen && (p.startsParagraph(block[0], prev, l, b.inEvents) || p.cutTitleAfter(prev, i) || p.calloutTitle(i-1) || b.sectionNameAlone(i) || p.tableHead(i) || p.captionOver(i) || p.footNoteOwn(i) || b.indexTermOver(prev) || len(p.images) > 0 && p.creditUnderPicture(i, l))
		if !starts && len(p.images) > 0 && !boldOpen && p.imageAbove(i) && closedBlock(block, prev) {
			// …派出巡回指导组16个。 / ![](media/image12.jpeg) / 市委…会议现场（市委办公室　供 /
			// 图）: text under a picture after a paragraph that ended its
			// sentence begins a paragraph of its own (the caption, or the
			// next), however full its first line, as the wrap leaves a
			// caption it cut (it had run into the paragraph above,
			// silently). A sentence the picture cut goes on. (So too with a
			// page's break between, the picture at the page's foot.)
			starts = true
		}
		if !boldOpen && !p.yearbook && spacedPartHeading(l) {
			// \f概　述 / 青岚县位于…, 凡　例 / 一、本编…: a gazetteer's
			// chapter part, letter-spaced alone on its line, is the title
			// of the text under it (it had run into it: 概　述青岚县…),
			// whatever the line above (a running head not known as one).
			flush()
			b.newEntry(unspace(trim(l)), i+1)
			continue
		}
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
		if starts || !boldOpen && (closedBlock(block, prev) || p.yearbook && creditLead(trim(prev)) && !cutCredit(trim(prev))) && !p.full(l) {
			// (In a yearbook a 条目's credit, 撰稿　张伟　　审稿　李强, ends it as
			// a full stop does: a 分目's name may follow, with no blank
			// line in a copy saved as text by Word.)
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
			sentence := len(t) > 4*3+3+3 && fullStop(t)
			if !sentence && (periodHeading(l) || monthChronicleLine(l) || b.yearsLine(l, i) || b.partLine(l, i) || b.markedYearLine(l, i) || b.looseYearHeading(l) && b.overEvent(i) || b.bareYearLine(l, i) || b.clippedYearLine(l, i) || b.ocrYearLine(l, i) || partLabelAlone(l)) && (b.plain == nil || b.plain[i-p.bodyStart] != lineDateCut) && !b.dateCutUnderTitle(i) && !p.signedDate(i) && !p.cutBeforeClause(i) && !b.monthEventAlone(l, i) && !p.addressedUnder(i) {
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
			if !p.yearbook && bracketName(l) && (p.boldTitleNext(i+1) || p.runInNext(i+1) || briefColumn(l) && b.datedNext(i) || b.bracketSections(l)) {
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
				// (青岚县人民医院　　全国卫生健康系统先进集体, a 名录's row over
				// the next, a page's break between: a line of text, no title.)
				if _, _, toc := p.tocTitleLine(trim(block[0])); !toc && !officeAlone(trim(block[0])) && !unitAlone(trim(block[0])) && !(p.yearbook && shortRow(trim(block[0]))) {
					p.warn(start+1, shortOwnLine, clipText(trim(block[0]), 30))
				}
			}
			broke = !topTitle && !lost
			nextOwn = p.splitOwn
			flush()
			// A Setext heading, or a title cut into two bold lines (see
			// above), where no blank line parts them from the text above:
			// a page's furniture between, in a copy set tight.
			if lvl, next, ok := p.setext(i, true); ok {
				if b.setextSections {
					lvl = min(lvl, b.sectionLevel)
				}
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

// pointSection is the warning for a numbered line read as a section's
// name under a line that ends with a colon (会议要求： / 一、…).
const pointSection = "%q, under a line that ends with a colon, read as a section's name: is it a point of the text above?"

// bracketSections reports whether l, a name in brackets alone on its
// line (bracketName), is the next of the copy's sections so named: the
// open section's name is in brackets too (【工作动态】 … 【史志研究】 /
// 宁川古城考略 / 张建军 / …, a plain title under it, no date), and l is
// no editor's label (【编者按】 is the text's). The contents had named it;
// without them it had been a line of the text above, silently.
func (b *bodyBuilder) bracketSections(l string) bool {
	if b.sec < 0 || !strings.HasPrefix(b.iss.Sections[b.sec].Name, "【") {
		return false
	}
	t := trim(l)
	return !editorialLabels[t[len("【"):len(t)-len("】")]]
}

// pageLast reports whether l ends as a contents line's page does: with a
// figure, half- or full-width, or a bracket (…… 12, …(6), …（６）). A
// paragraph seldom does: where no contents were read, only such a line
// is looked at for a leader (every one-line paragraph of a chronicle had
// been).
func pageLast(l string) bool {
	l = trimRight(l)
	n := len(l)
	if n == 0 {
		return false
	}
	c := l[n-1]
	return c-'0' <= 9 || c == ')' || n >= 3 && l[n-3] == 0xEF && l[n-2] == 0xBC && (c == 0x89 || c-0x90 <= 9)
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

// maxHeading is the longest heading, in bytes (200 Chinese characters):
// a longer one is a file whose line breaks were lost, its whole text on
// one line after a #, and is read as text.
const maxHeading = 600

// maxLine is the longest line that is not a warning, in bytes (5,000
// Chinese characters, some ten times a long paragraph): a longer one is
// most often a whole text whose line breaks a conversion lost, which no
// structure can be read from.
const maxLine = 15000

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

// asciiPunct is what a backslash escapes in Markdown.
const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// allDigits reports whether s is a number and nothing else: a date the
// line end cut (**title** 11 / 月3日).
func allDigits(s string) bool {
	_, ok := digitsValue(s)
	return ok
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
	// listedOne: by kind, 1 + the index of the last line numbered one of
	// that kind whose name the contents list (0: none), found once (see
	// listedPointRestart).
	listedOne map[headingKind]int
	// setextSections says that a Setext heading is a section whatever its
	// level, where the # headings at one level are the titles (see plan).
	setextSections bool
	// headedNames says that plain lines alone over the # headings at one
	// level name the sections, the headings being the titles (see plan,
	// plainNames).
	headedNames bool
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
	if b.open {
		// A paragraph still open (a heading's path that closed the entry
		// first) is joined before its entry's paragraphs move: its
		// pieces had been lost with the slot, and the next close had
		// indexed an empty slice.
		b.close()
	}
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

// flushKicker places a lead-in held for a title that did not begin an
// entry after all as the text it would have been.
func (b *bodyBuilder) flushKicker() {
	if b.kickerAt > 0 {
		k, at := b.kicker, b.kickerAt
		b.kicker, b.kickerAt = "", 0
		b.para(k, at)
	}
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
		if next, asSection := b.nextNumberedTitle(trim(s), line); next {
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
		// if the bold were not there: the gap after the date as printed
		// (**1月3日**　县委…, **11月1日**，…, as a chat assistant bolds
		// dates, **11月15日**至17日，…, the range's end out of the bold).
		// So too **△** …, as marker bolds the mark with the dates (it
		// had been an undated entry titled △).
		b.para(b.unbolded(lines, cut), line)
		return
	} else if ok && boldMonthLead(title, rest) {
		// **3月**　县城…: so too with a month, and what the bold leaves
		// out of the date stays on it (**1月**中旬 …).
		b.para(b.unbolded(lines, cut), line)
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
		if title, rest, n, ok := b.p.bulletRunIn(lines); ok {
			// -   会议甲 / 召开 11月1日，…: a list's item, its title cut by
			// the wrap.
			b.newEntry(title, line)
			b.para(trim(b.p.joinLines(append([]string{rest}, lines[n:]...))), line)
			return
		}
	}
	if b.plain == nil && b.p.tocMaxLen > 0 && line0 != "" && itemMark(line0[0]) {
		if title, rest, n, ok := b.p.bulletRunIn(lines); ok && b.tocListed(title) {
			b.newEntry(title, line)
			b.para(trim(b.p.joinLines(append([]string{rest}, lines[n:]...))), line)
			return
		}
	}
	if b.plain != nil && b.plain[line-1-b.p.bodyStart] == lineItem {
		// A list's item among items that are the entries, with no date
		// after a title to tell where it ends: an entry all the same,
		// untitled, and said so.
		t, _, _ := itemText(line0)
		b.newEntry("", line)
		b.p.warn(line, "list item begins an entry, but no date after its title tells where the title ends: %q", clipText(t, 40))
		b.para(trim(b.p.joinLines(append([]string{t}, lines[1:]...))), line)
		return
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
		at := line
		if trim(rest) == "" && byName == "" && len(after) == len(lines)-1 {
			// 宁川古渡口考 / 宁川古渡口始建于明代。: the text begins on the
			// line under the title, and is found there (its line had been
			// the title's, and a line set before the text went above
			// the title).
			at = line + len(lines) - len(after)
		}
		rest = b.p.joinLines(append([]string{rest}, after...))
		if rest = trim(stripMarkup(rest)); rest != "" {
			b.para(rest, at)
		}
		return
	}
	if len(lines) == 1 && (len(b.iss.TOC) > 0 || pageLast(lines[0])) && !(b.sec >= 0 && indexHeading(b.iss.Sections[b.sec].Name)) {
		// (The leader first: most lines have none, and tocEntry costs.)
		// Where no table of contents was read, too: its heading lost (an
		// image, a page not converted), its lines 县史志办召开修志工作会议
		// …… 1 are left in the body, where they had read as paragraphs,
		// silently. There a leader of dots and a page it must have, no
		// tab (梅岭区\t22\t5\t3 is a table's row, 视频加载中... no line
		// of contents), and finish warns of it (contentsLeftWarn) unless
		// the block was warned of as a whole.
		if containsAnyOf(lines[0], ".…·\t") {
			if _, page, _, ok := tocEntry(lines[0]); ok && len(b.iss.TOC) > 0 {
				b.p.warn(line, "looks like a line of a table of contents but is in the body: %q", clipText(trim(lines[0]), 40))
			} else if ok && page > 0 && strings.IndexByte(lines[0], '\t') < 0 {
				b.p.contentsLeft = append(b.p.contentsLeft, model.Line{Line: line, Text: trim(lines[0])})
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
	if b.open && !b.ownBlock && b.continues(s) && !b.p.calloutTitle(b.lastLine) && b.cutByPage(line-1, alone, s) && !b.p.creditUnderPicture(line-1, s) {
		b.pieces = append(b.pieces, s)
		b.lastLine = line - 1 + len(lines) - 1
		b.lastAlone = false
		return
	}
	if b.open && len(b.paras) >= 2 && !noteLine(s) && enumerator(s) == 0 && !labelLine(s) && !startsWithMonthDay(s) && b.rejoinAfterNotes(s) {
		b.lastLine = line - 1 + len(lines) - 1
		b.lastAlone = true
		return
	}
	b.para(s, line)
	b.lastLine = line - 1 + len(lines) - 1
	b.lastAlone = true
}

// unbolded is the text of the block lines, which begins with a date in
// bold (cut, its cut), as if the bold were not there: the gap after the
// date as printed (**1月3日**　县委…, **11月15日**至17日，…), and where the
// bold is its whole first line (**3月5日** / 县委…) the lines joined as
// the date alone on its line joins its event.
func (b *bodyBuilder) unbolded(lines []string, cut boldCut) string {
	if len(lines) > 1 {
		if inner, whole := boldOnly(lines[0]); whole {
			return b.p.join(trim(stripMarkup(inner)), trim(stripMarkup(b.p.joinLines(lines[1:]))))
		}
	}
	return trim(stripMarkup(cut.inner + cut.after))
}

// numberedNote reports whether s, numbered (3.1990年7月1日零时…, [2]…,
// 〔2〕…), is a note of the block of notes the entry's text ends with,
// under their heading (注　释, 参考文献; not 注 alone, a note's label): a
// chronicle's 注释 at its chapter's end, whose notes are no events,
// though they begin with a date (3.1990年7月1日 had been an event of
// 1990 after those of 2005, silently).
func (b *bodyBuilder) numberedNote(s string) bool {
	if !(s[0] >= '1' && s[0] <= '9' && (enumerator(s) > 0 || eventLead(s) != s) || s[0] == '[' || strings.HasPrefix(s, "〔")) {
		// (3.1990年…: no enumerator, which takes 3.1990 for a number,
		// but a number before a date, which eventLead takes off.)
		return false
	}
	for k := len(b.paras) - 1; k >= 0 && k >= len(b.paras)-12; k-- {
		if t := b.paras[k].Text; notesName(t) {
			return utf8.RuneCountInString(unspace(strings.TrimRight(t, "：: "))) > 1
		}
	}
	return false
}

// rejoinAfterNotes joins s to the paragraph a page's footnotes cut it
// from: …清乾隆年间 / ① 见…。 / 重修，…, …安置到石门乡新 / ① …。 / ② …。 /
// 村。 — the notes, one to four paragraphs under a sentence left open
// (cutProse), the first a note by its words or by the call the text
// above prints. The sentence reads whole, its notes after it (the halves
// had been left apart around the notes, with a warning). It reports
// whether it joined s.
func (b *bodyBuilder) rejoinAfterNotes(s string) bool {
	// (The open paragraph's text is its first piece until it closes: a
	// note is known by its start.)
	text := func(k int) string {
		if k == len(b.paras)-1 && len(b.pieces) > 0 {
			return b.pieces[0]
		}
		return b.paras[k].Text
	}
	k := len(b.paras) - 1
	for k > 0 && len(b.paras)-k <= 4 {
		if t := text(k); !(noteLine(t) || circledNumber(t) > 0 || figureNote(t) != "") || notesName(t) {
			break
		}
		k--
	}
	if k == len(b.paras)-1 || !cutProse(b.paras[k].Text) || dashDateEnd(b.paras[k].Text) && !dateOnlyLine(b.paras[k].Text) {
		return false // (…参展。——11月18日 / 注：… / 县政协召开…: an event's date closes it, as continues reads)
	}
	if first := text(k + 1); !noteLine(first) && !calledNote(first, b.paras[k].Text) && !b.p.pageFootNote(b.paras[k+1].Line-1) {
		return false
	}
	b.close()
	b.paras[k].Text = b.p.joinPara([]string{b.paras[k].Text, s})
	return true
}

// addressedUnder reports whether the line of text under line i is the
// addressee a notice or a letter opens with (关于开展…的通知 / 2024年3月 /
// 各乡镇人民政府： / 为做好…): line i is the notice's date, not a
// chronicle's month, whose days come under it (the month had been a
// section of its own, silently).
func (p *parser) addressedUnder(i int) bool {
	next := p.nextText(i + 1)
	return next >= 0 && addressee(trim(stripMarkup(p.lines[next])))
}

// addressee reports whether t is whom a notice or a letter is addressed
// to, alone on its line and ending with its colon: 各乡镇人民政府：,
// 各县（市、区）地方史志办公室：, 市直各有关单位：, several a comma apart
// (各县（市、区）人民政府，市人民政府各部门：), or a speech's salutation.
func addressee(t string) bool {
	if len(t) < 3*3 || len(t) > 40*3 || !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") || containsAnyOf(t, "。；") {
		return false
	}
	if salutation(t) {
		return true
	}
	head := strings.TrimRight(t, "：:")
	// 各县（市、区）人民政府，市人民政府各部门：: those it is sent to, a
	// comma apart, each one addressed as one alone is.
	for head != "" {
		part, rest, _ := strings.Cut(head, "，")
		if !(strings.HasPrefix(part, "各") || strings.Contains(part, "各有关") || strings.Contains(part, "直各") || strings.HasSuffix(part, "各部门") || strings.HasSuffix(part, "各单位") ||
			unitAlone(part) || officeAlone(part)) {
			return false
		}
		head = rest
	}
	return true
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
	if len(t) > 40*3 {
		return false
	}
	// (The first character before the enumerator: a chronicle's 1日 goes
	// by it.)
	if r, _ := decodeRune(t); !isCnDigit(r) && r != '（' && r != '(' {
		return false // (1. 深化改革，…: an item of a list, which runs on)
	}
	n := enumerator(t)
	if n == 0 {
		return false
	}
	name := trim(t[n:])
	i := strings.Index(name, "，")
	if k := strings.IndexByte(name, ','); k > 0 && i < 0 && name[k-1] >= utf8.RuneSelf && strings.IndexByte(name[k+1:], ',') < 0 {
		i = k // 一、提高站位,深刻认识…: the comma typed half-width
	} else if k >= 0 {
		return false
	}
	return i > 0 && strings.Count(name, "，") <= 1 && !closed(name) && !containsAnyOf(name, "。；：;:、") &&
		utf8.RuneCountInString(name) <= 30 && utf8.RuneCountInString(name[i:]) > 2
}

// cutBeforeClause reports whether the line under line i, right under it,
// goes on with a word's last character and a clause's end (3、4月 /
// 间，全县…): line i is the start of a sentence a narrow wrap cut, no
// heading of its own.
func (p *parser) cutBeforeClause(i int) bool {
	return i+1 < len(p.lines) && clauseTail(trim(p.lines[i+1]))
}

// clauseTail reports whether s begins with one character and a clause's
// end (之；…, 的，…): the rest of a sentence a break cut, no sentence of
// its own.
func clauseTail(s string) bool {
	c, n := decodeRune(s)
	if n == 0 || n == len(s) || c == '春' || c == '夏' || c == '秋' || c == '冬' {
		return false // (春，…: a season, the date of an event)
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

// cellsRow reports whether t is a table's row as OCR gives it where the
// columns are set so close that a wide cell leaves one ideographic space
// after it (县委书记　刘振华　　1949.1—1952.8, under 县长　　　赵文启…): three
// cells at least, split at every U+3000, each short, none a sentence.
// Asked of two lines together, each with a wider gap too: a day line
// (10日　县委…) has one cell of prose.
func cellsRow(t string) bool { return cellsRowAt(t, "\u3000") }

// cellsRowAt is cellsRow with the cells split at every sep: " " in a copy
// normalised to NFKC (县委书记 刘振华  1949.1—1952.8), which has no 　 left.
func cellsRowAt(t, sep string) bool {
	n := 0
	for t != "" {
		i := strings.Index(t, sep)
		c := t
		if i >= 0 {
			c, t = t[:i], t[i+len(sep):]
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

// indexTermOver reports whether prev, a line of an index (the section
// under 索引), is a term and its pages without a leader (乡村振兴 8,
// 财政收入 23，67): a line of its own, which the next does not go on.
func (b *bodyBuilder) indexTermOver(prev string) bool {
	if !indexTerm(trim(prev)) || !b.inIndex() {
		return false
	}
	b.p.splitOwn = true
	return true
}

// indexTerm reports whether t is a term and its pages after a space, no
// leader (乡村振兴 8, 财政收入　23，67), as an index sets them.
func indexTerm(t string) bool {
	if len(t) > 40*3 || t == "" || figuresBefore(t, len(t), 1) == len(t) {
		return false // (no figure last: 8 or ８)
	}
	i := strings.LastIndexAny(t, " \u3000")
	if i <= 0 || containsAnyOf(t[:i], "。；：，") {
		return false
	}
	for _, r := range t[i:] {
		if !isFigure(r) && !strings.ContainsRune(" \u3000,，、-—", r) {
			return false
		}
	}
	return true
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
	} else if b.entries[len(b.entries)-1].Title == "" && len(b.paras) > 0 && (eventStart(s) && !(s[0] == 0xE2 && strings.HasPrefix(s, "▲") && len(s) <= 40*3 && creditLine(s)) || yearPart(s) && b.inChronicle() || yearsLead(s) && b.inChronicle()) && !b.signedBy(s) && !(s[0] == 0xE2 && b.p.calledOnPage(s, line-1)) && !b.numberedNote(s) {
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
	} else if len(b.paras) > 0 && mayStartEvent(s) && b.entries[len(b.entries)-1].Title != "" && b.captionUnder(s, line) {
		// ![](…) / 2023年11月3日，李明俊在叶县调研。（摄影：张伟） under the
		// text of a day's heading (**11月2日**, #### 3日) or a dated
		// title (**3月5日　…召开**): the picture's caption, its credit at
		// its end, the day the photograph was taken, a paragraph of the
		// entry, not the next day's event (it had been an untitled entry
		// of its own, silently). (An untitled chronicle's caption is a
		// day's item of its own, as above.)
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

// captionUnder reports whether s, a paragraph that begins on line
// (1-based), is the caption of a picture right above it, its credit in
// brackets at its end (see pictureCaption).
func (b *bodyBuilder) captionUnder(s string, line int) bool {
	if len(b.p.images) == 0 || s[len(s)-1] != ')' && !strings.HasSuffix(s, "）") {
		return false // (first: nearly every copy has no picture)
	}
	return b.p.pictureCaption(s, line-1)
}

// cell reads a table's cell alone on its line (see tableCells) as a
// paragraph of its own, which nothing after it goes on: no event, no
// title, whatever its text (10月, 2023年).
func (b *bodyBuilder) cell(s string, line int) {
	b.close()
	if !b.entry {
		b.newEntry("", line)
	}
	b.paras = append(b.paras, model.Paragraph{Text: s, Line: line})
	b.lastLine = line - 1
	b.lastAlone = true
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
	if len(s) > 40 {
		return false
	}
	// (The office's name, looked at by its last character, before the
	// date, read whole: a chronicle's day alone, 1月1日, is a full date.)
	return signedOff(b.paras[len(b.paras)-1].Text, s)
}

// signedOff reports whether s, the paragraph under above, is the full
// date alone under an office's name alone (平顶山市人民政府办公室 /
// 2023年11月5日): a sign-off, the date it was issued. s is short (the
// office's name is looked at by its last character before the date is
// read whole).
func signedOff(above, s string) bool {
	if len(s) < 3 || strings.HasSuffix(s, "。") {
		return false // nearly every paragraph, by its last character
	}
	return (officeAlone(above) || unitAlone(above)) && signatureDate(s)
}

// lastRune is the last character of s.
func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

// tocListed reports whether title is a title the table of contents
// lists, whole.
func (b *bodyBuilder) tocListed(title string) bool {
	_, rest, ok := b.p.tocTitleLine(title)
	return ok && rest == ""
}
