// Where a paragraph begins and ends where blank lines do not say:
// startsParagraph breaks a run of lines where a new block begins (a title,
// an indent, a date, a sentence ended short of the wrap), and continues
// joins a block to the paragraph a blank line or a page break cut; with
// the kinds of line that stand on their own (a table's row, 一等奖：张三, a
// document's number, a line with its page).

package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
	if len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z' || len(pt) == 1 && pt[0] >= 'A' && pt[0] <= 'Z' {
		// A / 安全生产……45 / B / …: an index's letter heads, each a line of
		// its own (they had run into the term under them).
		p.splitOwn = true
		return true
	}
	if creditClosed(pt) && !photoCredit(t) {
		// …开幕（县委宣传部　供图） / 青岚云雾茶园（左）…（李　明　摄）: a
		// caption ends with its credit, and the next picture's caption
		// (the pictures between taken out) is a paragraph of its own
		// (they had run into one, silently).
		p.splitOwn = true
		return true
	}
	if len(t) > 3 && (t[0] == 0xEF || t[0] == '(') && photoCredit(t) && !closed(pt) && !photoCredit(pt) && !figureRow(pt) && !bylineAbove(pt) {
		// 5月18日，县政府召开…推进会 / （县政府办公室　供图）, ▲3月1日，县人民
		// 医院新院区门诊大楼 / （摄影 宋佳宁）: a caption the wrap or its
		// centring cut before the credit, centred under it (pdftotext
		// -layout): the caption's end, one paragraph as a caption on one
		// line is, whatever width its figures take. (Not under a
		// table's last row, 11月用电量　　23.5　　4.8 / ![](…) / （王刚　摄）:
		// the credit is a picture's under the table; nor under an
		// article's byline, 文/王建国 / （摄影：张伟）, which is a line of
		// its own; see creditUnderPicture for one under a picture.)
		return false
	}
	if boldTitleLine(l) {
		return true
	}
	if len(pt) > 3 && (pt[0] == 0xE8 || pt[0] == 0xE9 || pt[0] == 0xE5) && captionLabel(pt) && tableStart(t) {
		// 表1　2023年1—10月全市主要经济指标 / 单位：亿元、% / | 指标 | …: a
		// table's caption is a line of its own over its unit line or its
		// rows (the caption and the unit had run into one, in a copy with
		// no blank lines). (表, 附, 图 first: one byte lets nearly every
		// line go.)
		p.splitOwn = true
		return true
	}
	if pt != "" && pt[0] == 0xE3 && !p.yearbook && bracketName(pt) {
		// 【史志研究】 / 宁川古城考略 / 张建军 / …: a column's name in
		// brackets alone on its line, in a copy with no blank lines, is
		// a line of its own: what is under it (a title) is no rest of it
		// (without contents to name the column, the name, the title,
		// the byline and the text had run into one paragraph, silently).
		// Not in a yearbook, whose 条目 title in brackets (【代表工作】)
		// begins its text's paragraph.
		p.splitOwn = true
		return true
	}
	if blankLostItem(pt, t) {
		p.splitOwn = true // (a line of its own: no page's break joins it to the item above)
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
	if p.indent > 0 && in >= p.indent+8 && in >= indentCells(prev)+8 && len(t) <= 12*3 && !p.full(prev) && fullStop(pt) && !startsWithMonthDay(t) {
		// …贡献史志力量。 / 　　　　　　　　——编者: a short line set far in
		// under a paragraph's last sentence, as pdftotext -layout sets its
		// signature at the right: a line of its own (it had been run into
		// the sentence, 力量。——编者).
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
	if endsColon(pt) && !p.full(prev) && (in > 0 && in == indentCells(prev) && ideoIndented(l) || strings.Count(t, "\t") >= 2) {
		// 　　评审组成员（按姓氏笔画排序）： / 　　刘晓梅　李秋萍…, …进度如下： /
		// 县（市、区）<TAB>启动（个）<TAB>…: under a lead-in short of the wrap,
		// a line set in as a paragraph's first line is (a wrapped line
		// goes on flush), or a table's row as Word's paste gives it,
		// begins a paragraph, in a copy with no blank lines (the names
		// and the row had been the lead-in's end).
		return true
	}
	if len(pt) <= 60*3 && len(t) <= 60*3 && p.hasIdeoGaps() && (p.gapIn(pt) && gapRow(pt) || p.gapIn(t) && gapRow(t) ||
		p.gapIn(pt) && p.gapIn(t) && (cellsRow(pt) && cellsRow(t) || p.asciiGaps && cellsRowAt(pt, " ") && cellsRowAt(t, " "))) {
		// 石桥村　　2021年　　　42 / 河湾村　　2022年　　　38: a table's rows as
		// OCR gives them, no blank line between, under the table's name and
		// over a caption: a line each (they had run into one, 42河湾村).
		// (Short lines only, and one search of each.)
		p.splitOwn = true
		return true
	}
	full := p.fullBefore(prev, t)
	if (!full || closed(pt) && (noteLine(pt) || figureNote(pt) != "")) && noteLine(t) {
		// …1958年大桥建成后废弃 / ① 见…: a note, never the text's rest; nor
		// the rest of a note above it that ended a full line (1 县…局”。 /
		// [1] 孙建国，…, a page's foot).
		return true
	}
	if prev == first && spacedPartHeading(pt) {
		// \f概　述 / 青岚县位于…, 凡　例 / 一、本编…: a gazetteer's chapter
		// heading, letter-spaced as print sets a heading (text never is),
		// over its text with no blank line between (plain pdftotext): a
		// line of its own, not the first words of its text.
		p.splitOwn = true
		return true
	}
	if len(pt) <= 40 && notesName(pt) && (t[0] == '[' || circledNumber(t) > 0 || strings.HasPrefix(t, "〔") || strings.HasPrefix(t, "［") || enumerator(t) > 0) {
		// 参考文献： / [1]（清）…: the notes' heading over its first, a
		// line of its own (a page's folio between had run them into one).
		return true
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
	if !full && blankLostIndent(prev, l, in) && !(len(prev) == len(first) && prev == first && authorName(t) && enumerator(t) == 0) && !dateOnlyLine(pt) {
		// (Not a name under a block's first line, which may be a title
		// set in as its text is: a byline under its title is the
		// byline's rules' to read. Nor the text under its day alone,
		// 　　11月3日 / 　　县委召开…: the day's event.)
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
		if last := lastRune(trimRight(prev)); numberEnd(last) && (figureFirst(t) || cnYearFirst(t)) {
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
	if last, _ := decodeLastRune(trimRight(prev)); isFigure(last) && figureFirst(t) && startsWithMonth(t) {
		return false // a number the wrap cut in two: 1 / 1月9日 (not 一月九日: no figure to cut)
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
	} else if isFigure(last) && (figureFirst(t) || cnYearFirst(t)) && !full && (p.wrap > 0 || shortCells(prev)) {
		// 297.1 / 312.5, 0375-1234567 / 2022年，… (二〇二二年，…): a line short of the
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
	if !full && len(prev) <= 3*shortAlone+60 && (strings.IndexByte(prev, '\t') >= 0 || p.hasIdeoGaps() && p.gapIn(prev)) {
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
	if p.yearbook && pt != "" && (pt[0]-'0' < 10 || pt[0]-0xE4 < 6) && figureRow(pt) && !columnsRow(t) {
		// 11月用电量　　23.5　　4.8 / 　　二、本年鉴采用…: in a yearbook
		// too, the text under a table laid out by spaces is no rest of
		// its last row (it had run into it, silently). (A row begins
		// with a figure or a Han character: one byte lets nearly every
		// line of text go.)
		p.splitOwn = true
		return true
	}
	if len(pt) > 3*3 && pt[0] == 0xE5 && (strings.HasPrefix(pt, "单位：") || strings.HasPrefix(pt, "单位:")) && len(pt) <= 30*3 && (columnsRow(t) || spacedRow(t) || figureRow(t)) {
		// 单位：亿元、% / 指    标    1—10月    增长（%）: a table's unit line
		// is a line of its own over its header (a yearbook's ran into
		// it).
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
	if !full && prev == first && (addressee(pt) || addressee(t) && dateOnlyLine(pt)) {
		// 同志们： / 今天，我们召开…: a speech's salutation is a line of its
		// own, a page's break or a double-spaced copy's blank line between
		// (it had run into the speech's first sentence); so is a notice's
		// addressee (各乡镇人民政府： / 为做好…), and its date over it
		// (2024年3月 / 各乡镇人民政府：).
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
	if in >= 4 && in != indentCells(prev) && !p.full(prev) && authorName(t) && headlineLike(pt) && (!ideoIndented(prev) || indentCells(prev) >= 8) && !startsWithMonth(pt) {
		// 宁川古渡口考略 / 　　李秀英, each centred by spaces of its own
		// width, as Word's "save as text" sets a title and its author: the
		// name is a line of its own, not the title's end (they had run
		// into each other and into the text: 宁川古渡口考略李秀英宁川…).
		// So too centred by tabs (<TAB><TAB><TAB><TAB>宁川古渡口考略 /
		// <TAB><TAB><TAB><TAB><TAB>李秀英): set in further than a
		// paragraph's first line is. The title is said, where nothing
		// else reads it as one.
		p.splitOwn, p.ownShort = true, true
		return true
	}
	if ideoIndented(l) && in != indentCells(prev) && (!ideoIndented(prev) || indentCells(prev) >= in+4) && !p.full(prev) && headlineLike(pt) && !startsWithMonth(pt) {
		// 宁川县志编纂始末 / 　　宁川县志的编纂，…: a short phrase over a
		// paragraph set in by ideographic spaces, flush or centred, as
		// Word's "save as text" leaves a title (or its author) with no
		// blank line under it: a line of its own, not the paragraph's
		// first words; a title said, where nothing else reads it as one.
		// A title centred by tabs or ideographic spaces (<TAB><TAB><TAB>宁川县志编纂始末,
		// as a typist centres it in Word) is set in so too, two
		// characters deeper than the paragraph at least.
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
	if len(t) > 3 && (t[0] >= '2' && t[0] <= '9' || t[0] == 0xEF) && (!full || closed(prev) || !p.full(prev)) && nextItemOf(first, t) {
		// 附件：1. 青岚县…2024 / 年工作要点 / 2. 《…》, 1.推广良种。…达到98%。 /
		// 2.配方施肥。…: the next item of a list whose item above, its
		// number at the block's start, the wrap cut or filled to the
		// wrap's width (a figure after a line that nearly fills it reads
		// as a number the wrap moved): a line of its own (they had run
		// into one, …要点2. 《…》, silently).
		return true
	}
	if prev == first && (strings.HasSuffix(pt, "名单") || strings.HasSuffix(pt, "名录")) && !closed(prev) && authorName(t) {
		// 2023年度全县地方志工作先进个人名单 / 王建国 / 李秀英: a list's
		// title alone, as wide as the wrap or nearly, over its first name:
		// a line of its own, the list's, as under a shorter title (see
		// below; the names had run into the title, …名单王建国李秀英…).
		p.splitOwn, p.inNames = true, true
		return true
	}
	if t[0] == 0xE2 && (!full || closed(prev)) && markedAlone(t) {
		// …编纂工作。（11 / 月8日） / — 4 — / ◇县志办开展地情资料征集活动: a
		// title after its bullet alone on its line, after a sentence or a
		// line that ended short, across a page's break too: a block of its
		// own (it had run into the item above, the item's text after it).
		return true
	}
	if full && len(t) > 3 && (t[0] == '(' || t[0] == 0xEF) && closed(prev) && photoCredit(t) {
		// 12月2日，…在县体育中心开幕。 / （王晨　摄）: a caption's credit
		// after its sentence that ended at the very end of a full line is
		// the caption's end, which the wrap put on the next line (it had
		// been a paragraph of its own, the caption without its credit).
		return false
	}
	if strings.HasPrefix(t, "图为") && closed(prev) && in >= indentCells(prev)+4 {
		// …现场展销农特产品120余种。 / 　　　　图为9月22日，首届…: a
		// picture's caption centred under a sentence that ended at the end
		// of a full line, a line of its own (it had run into the event
		// above, silently).
		p.splitOwn = true
		return true
	}
	if full && len(t) >= 6 && (t[0] == '(' || t[0] == 0xEF || t[0] == 0xE3) && closed(prev) && wrappedEndDate(t) {
		// 县委理论学习中心组举行集体学习。 / （十一月十日上午）: a
		// chronicle's date in brackets after a sentence that ended at the
		// very end of a full line is the event's end, which the wrap put
		// on the next line (it had been a paragraph of its own, as the
		// date a writer sets alone under a short line is).
		return false
	}
	// (Asked last of the rules below: flushRest measures the copy the
	// first time.)
	if startsWithMonthDay(t) && !(full && !closed(prev)) && !p.flushRest(full, in, t) {
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
	if (closed(prev) || creditLine(pt)) && (eventStart(t) || yearPart(t)) && events(first) && !p.flushRest(full, in, t) {
		// …污水处理厂（摄影　李明） / 21日　…: a picture's caption between
		// a chronicle's events, as full as the column is wide, ends with
		// its credit as a sentence ends (the next day's event had run
		// into it, silently). So 本年，…, 全年，… among a chronicle's
		// events, dated by the year as 是年，… is.
		return true
	}
	if closed(prev) && enclosed(t) && !p.flushRest(full, in, t) {
		// （撰稿：张伟） after a sentence, right-aligned as pdftotext -layout
		// keeps it: a note of its own, however far it is indented.
		p.splitOwn = true
		return true
	}
	if in, ok := cutOpenParen(t); ok && closed(prev) && distributionLine(in) {
		// （撰稿：张 / 伟）, the credit cut by the wrap: a note of its own
		// still, not the end of the sentence above.
		p.splitOwn = true
		return true
	}
	if len(t) <= 3*shortAlone && closed(prev) && !containsAnyOf(t, "，。") && caption(t) { // (caption, which looks for a credit in brackets, last)
		// …主持会议并讲话。 / 图为会议现场: a picture's caption after a
		// sentence that ended at the very end of a full line, a line of
		// its own (a caption's sentence is no paragraph's start).
		p.splitOwn = true
		return true
	}
	if !full && len(pt) >= 12 && len(pt) <= 3*shortAlone && !closed(pt) && caption(pt) { // (caption last)
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
	if !full && p.wrap > 0 && labelLine(pt) && !strings.ContainsRune("，、；：,;:（(《“", lastRune(pt)) && !labelCut(pt) && !startsWithMonthDay(pt) {
		// 联系人：赵静　电话：0370-6012345 / 宁川县地方史志办公室: a label's
		// line short of the wrap is a line of its own, which the notice's
		// signature under it does not go on. (Not a day's, 11月9日：县长… /
		// 改革发展工作。, whose colon is its date's: its text goes on.)
		p.splitOwn = true
		return true
	}
	if prev == first && len(prev) <= 8*3 && editorsTitle(pt) {
		// 卷首语 / 春回大地，…: the editors' note's title alone, over its
		// text with no blank line between (see prefaceTitle).
		return true
	}
	if !full && endsColon(pt) && ideoIndented(l) && !ideoIndented(prev) {
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
	if !full && p.wrap > 0 && endsColon(pt) {
		// 各乡镇人民政府，县直各单位： / 为全面记述…, …现将有关事项 / 通知如下：
		// / 一、…: a line that a colon ends well short of the wrap, in a
		// hard-wrapped copy without indents (plain pdftotext), was ended
		// there by its writer, not by the wrap: the salutation of a
		// notice, the line that announces a list.
		if w := p.cells(trimRight(prev)); w+8 <= p.wrap {
			return true
		}
	}
	if !full && len(t) > 3 && (t[0] >= '2' && t[0] <= '9' || t[0] == 0xEF) {
		// 附件：1. …工作要点 / 2. 《…》分工表: the next item of a list the
		// line above numbered inside it (its label first), a line of its
		// own, not the rest of the item above (a page's folio between
		// had joined them: …要点2. 《…》). Its figure in either width
		// (附件：１. … / ２. …).
		if v, k, j := figuresAt(t, 0, 2); k == 1 && v >= 2 && (t[j] == '.' || t[j] == 0xE3 || t[j] == 0xEF) {
			if n := enumerator(t); n > j {
				if sep := trimRight(t[j:n]); sep != "" && (strings.Contains(pt, string(rune('0'+v-1))+sep) || strings.Contains(pt, string(rune('０'+v-1))+sep)) {
					return true
				}
			}
		}
	}
	if p.blankLostBreak(first, prev, pt, t, full) {
		return true
	}
	// …在青石镇举办。——11月12日: an event of a chronicle that prints its
	// date last, after a dash, ends there as one that ends with it in
	// brackets does (with no blank line under it, the next event had run
	// into it, silently).
	return !full && (closed(prev) || dashDateEnd(pt) && closed(strings.TrimRight(pt[:strings.LastIndexAny(pt, "—－")], "—－ ")))
}

// flushRest reports whether a line set flush (indented in cells) under a
// full line is the paragraph's rest, in a copy that marks where its
// paragraphs begin (see parasSetIn), whatever it begins with: a date, a
// chronicle's event, a note in brackets (…加强知识产权保护。 /
// （牵头单位：县司法局）) the wrap put at the line's start.
// Not a line that begins with a marker (● 5月30日，…, ■ …: an item of
// a list set flush, each a line of its own, under its neighbour that
// filled the line).
func (p *parser) flushRest(full bool, in int, t string) bool {
	if !full || in >= p.indent+2 {
		return false
	}
	if r, _ := decodeRune(t); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '（' || r == '(' || han(r)) {
		return false
	}
	return p.parasSetIn()
}

// spacedPartHeading reports whether l is a chapter part's heading set
// letter-spaced, as print sets a heading and never a line of text:
// 概　述, 凡　例, 编 辑 说 明.
func spacedPartHeading(l string) bool {
	if len(l) > 40 || l == "" {
		return false // (asked of every line of the body: most are longer)
	}
	t := trim(l)
	if len(t) < 2*3 || len(t) > 4*3+3*3 || t[0] < 0xE4 {
		return false
	}
	if !containsAnyOf(t, " \u3000") {
		// 概述, 凡例 unspaced: those only, which no report's heading
		// uses (说明, 后记 alone are a notice's, an issue's end).
		return t == "概述" || t == "凡例" || t == "总述" || t == "编辑说明"
	}
	return chapterPart(unspace(t))
}

// chapterPart reports whether name is one of the parts a gazetteer's or
// a chronicle's chapter opens with or ends on, a heading alone on its
// line: 概述, 凡例, 编辑说明, 后记.
func chapterPart(name string) bool {
	switch name {
	case "概述", "总述", "凡例", "说明", "编辑说明", "编写说明", "前言", "序言", "后记", "编后记":
		return true
	}
	return false
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
	if l != "" && l[0] == '\t' {
		return true // the Tab key before a paragraph, as a typist indents it in Word (no converter lays text out by tabs)
	}
	n := indentBytes(l)
	if n == 2 && l[0] == ' ' && l[1] == ' ' && len(l) > 2 && (l[2] >= 0xE3 || l[2]-'0' <= 9 && len(l) > 6 && l[6] >= 0xE3) {
		// 　　 as a copy normalised to NFKC has it: two spaces, then a
		// Chinese character or a year (2022年，…) (pdftotext -layout
		// indents by more; Markdown sets no text in by two).
		return true
	}
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
	if !shortPhrase(pt) {
		return false
	}
	if len(t) >= longPara && runeCount(t) >= longPara && closed(t) {
		return true
	}
	// Two short lines (工作动态 / 县志办开展读书月活动) set level: each its
	// own, in a copy that breaks a line only where a paragraph ends (a
	// line set deeper goes on the one above, as a chronicle's text
	// column does).
	r := lastRune(t)
	return level && len(t) <= 3*shortAlone && r >= 0x2000 && !openEnds.has(r) && !containsAnyOf(t, "，,；;。") && !closed(t) && runeCount(t) <= shortAlone
}

// shortPhrase reports whether pt is short and ends no sentence, a phrase
// with no clause in it, as a title or a caption is (see ownShortLine).
func shortPhrase(pt string) bool {
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
	return runeCount(pt) <= shortAlone && !containsAnyOf(pt, "，,；;。") // a clause: a title or a caption has none
}

// openEnds are the characters after which a line goes on (ownShortLine).
var openEnds = newRuneSet("，、；：,;:（(《“‘〈「『【—")

// hasIdeoGaps reports whether a short line of the text holds two
// ideographic spaces in a row (an indent, a gap between cells), looked
// for once: where none does, no line is an OCR table's row (gapRow) or a
// names list's set by such gaps. (Short lines only: the rows are, and a
// report's bytes are mostly in its paragraphs' long lines.)
func (p *parser) hasIdeoGaps() bool {
	if p.ocrSpaced {
		return true // (gaps of ASCII spaces: see gapIn)
	}
	if p.ideoGaps == 0 {
		p.ideoGaps = -1
		// 石桥村  2021年  42: a copy normalised to NFKC, which has no
		// ideographic space left, sets its cells two spaces apart (after a
		// Chinese character: no Markdown's, no code's), looked for in the
		// same pass. NFKC
		// leaves no ， either: a text that has one, as nearly every copy
		// has near its start, is no such copy, its lines not looked at
		// for the gaps.
		nfkc := !p.textHas("，")
		gap := false
		for _, l := range p.lines {
			if len(l) > 72*3 {
				continue
			}
			if strings.Contains(l, "\u3000\u3000") {
				p.ideoGaps = 1
				break
			}
			if nfkc && !gap {
				if k := strings.Index(l, "  "); k > 0 && l[k-1] >= 0x80 {
					gap = true
				}
			}
		}
		// (The gap first, then a search of the whole text for 　, which
		// reads every 。 and 、 of it: their first byte is 　's.)
		if p.ideoGaps < 0 && gap && !p.textHas("\u3000") {
			p.ideoGaps, p.asciiGaps = 1, true
		}
	}
	return p.ideoGaps > 0
}

// gapIn reports whether s holds a gap between cells or names: two
// ideographic spaces, or, in a copy Tesseract letter-spaced (which sets
// one space between every two characters, more where the page has a
// gap), two ASCII spaces.
func (p *parser) gapIn(s string) bool {
	return strings.Contains(s, "\u3000\u3000") || (p.ocrSpaced || p.asciiGaps) && strings.Contains(s, "  ")
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
	if s != "" && (s[len(s)-1] == 0x9A || s[len(s)-1] == ':') && addressee(trim(s)) && dateOnlyLine(b.pieces[len(b.pieces)-1]) {
		// 关于…的通知 / 2023年11月5日 / blank / 各县（市、区）人民政府，…：:
		// a notice's date over whom it is addressed to, each a line of
		// its own, as without the blank (it had run into it, and dated
		// the article, silently). (：'s last byte, or :, first.)
		return false
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
	if len(b.pieces) == 1 && len(b.pieces[0]) <= 12*3 && boxLabel(strings.Trim(b.pieces[0], "*")) {
		// 相关链接 at a page's foot, its box's text atop the next: the
		// label a line of its own, as on one page.
		return false
	}
	if len(b.pieces) == 1 && len(b.pieces[0]) <= 40*3 && articleMeta(b.pieces[0]) {
		// 作者：周文华（中原省地方史志研究院） at a page's foot, its essay's
		// text atop the next: a byline's line of its own, no sentence a
		// page cut (it had been run into the text).
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
	if r, _ := decodeLastRune(last); isFigure(r) && (figureFirst(s) || cnYearFirst(s)) {
		// 电话：0375-1234567 / 2022年，… (二〇二二年，…): joined, the two numbers read as one
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
	if markedAlone(s) || len(b.pieces) == 1 && markedAlone(last) {
		// ◇县史志办召开年鉴编纂工作会议 / blank / 县史志办召开…, and …编纂工作。
		// （11 / 月8日） / — 4 — / ◇县志办开展…活动: a title after its bullet
		// is a block of its own, neither a sentence a page cut nor its
		// rest, however wide (as wide as the wrap, the title, the text
		// under it and the next titles had run into one entry, silently).
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
	if b.p.yearbook && indexTerm(last) && b.inIndex() {
		return false // 安全生产　4 / 白水县　5: an index's lines, each its own
	}
	if figureRow(last) {
		// 11月用电量　　23.5　　4.8 / blank / ![](…) / （王刚　摄）: a table's
		// last row laid out by spaces is the table's, and what follows it
		// across a blank line or a picture is none of it (the caption had
		// run into the row, silently).
		return false
	}
	if b.p.yearbook && len(s) <= 24*3 && speakerLine(s) || b.p.yearbook && len(last) <= 24*3 && speakerLine(last) {
		// ——…会议上 / 县长 周文斌 / 各位代表：: the speaker's line, one space
		// apart as a copy normalised to NFKC sets 县长　周文斌 (which
		// listRow holds apart), is a line of its own.
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
	return !strings.ContainsRune("：:", lastRune(last)) && !noteLine(s) && !noteLine(b.pieces[0]) && !pagedLine(last) && !(dashDateEnd(last) && !dateOnlyLine(last)) && !strings.HasPrefix(last, "|") && !strings.HasPrefix(s, "|") && !(captionLabel(last) && tableStart(s)) && !startsWithMonthDay(s) && !(labelLine(last) && labelLine(s) && !labelCut(last)) && enumerator(s) == 0 && !distributionLine(s) &&
		!(listRow(last) && !datedRow(last)) && !listRow(s) && !gapRow(last) && !gapRow(s) && !(mayStartEvent(s) && b.inChronicle() && (eventStart(s) || yearPart(s)) && !wrapBeforeDate(last, s)) &&
		!(len(last) <= 60*3 && len(s) <= 60*3 && strings.Contains(s, "\u3000\u3000") && cellsRow(last) && cellsRow(s))
	// (表1　2023年…主要经济指标 / 单位：亿元、%, a table's caption over its
	// unit line or its rows: a line of its own, the unit's too, as the
	// rows are.)
	// (A run of days alone, 10—11日, is no event's end after a dash: its
	// text goes on after a blank line, as 10日's does.)
	// (4—7日 …, 同日 …, △ …, 本年，… in a chronicle: the next event, not the rest
	// of a line left open above it, such as a photo's caption under its
	// image, 1月4日，…开幕（摄影 王 平）, which the event had run on from;
	// but a sentence a page cut before its date, …定于 / 15日起施行。)
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
		if n, ok = strings.CutSuffix(t, "号)"); !ok {
			return false // (a Word document's brackets typed half-width: 〔2022〕30号))
		}
	}
	if strings.Contains(n, "〕") {
		return true
	}
	return n != "" && len(n) <= 4*3 && strings.Trim(n, "0123456789０１２３４５６７８９") == ""
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
	if len(parts) < 3 && strings.Contains(t, "  ") && !containsAnyOf(t, "：:") {
		// 屆次  姓名  任期: the gaps two spaces, as a copy normalised to
		// NFKC has 　　 (a sentence's cell is let go below; a web page's
		// 2023-12-04 09:30  来源：…  浏览次数： is fields, no row).
		parts = parts[:0]
		for _, c := range strings.Split(t, "  ") {
			if c = trim(c); c != "" {
				parts = append(parts, c)
			}
		}
	}
	if len(parts) < 3 {
		return false
	}
	for _, c := range parts {
		if n := utf8.RuneCountInString(c); n > 16 && !(n <= 24 && termCell(c)) || closed(c) {
			return false
		}
	}
	return true
}

// termCell reports whether c, a table's cell, is a term of office or a
// period (民國七十一年十二月至七十五年十二月, 1998年3月—2003年2月), which
// is longer than a cell's few words.
func termCell(c string) bool {
	switch lastRune(c) {
	case '年', '月', '日', '今':
	default:
		return false
	}
	return strings.Contains(c, "至") || strings.Contains(c, "—") || strings.Contains(c, "－")
}

// datedRow reports whether t, a listRow, is a chronicle's event, its
// date a wide space before its text (10日　宁川至南溪…): prose that a
// column or a page may cut (…总投资约120亿元，计划 / 2026年建成通车。 had
// been two paragraphs), not a list's row.
func datedRow(t string) bool {
	i, _ := wideGap(t[:min(len(t), 30*3)])
	return i > 0 && dateOnlyLine(t[:i])
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

// pagedLine reports whether t is a term or a title with a leader and its
// page (年鉴编纂 ……… 1, an index's or a list's line): a line of its own,
// which no page break cut.
func pagedLine(t string) bool {
	if !isFigure(lastRune(t)) || !containsAnyOf(t, ".…·") {
		return false // no page last, or no leader: nearly every paragraph
	}
	if _, _, _, ok := tocEntry(t); ok {
		return true
	}
	// 财政收入 ……… 23, 67: an index's term on several pages, the last
	// cut off; the line is paged when the rest is.
	for i := len(t) - 1; i > 0; i-- {
		if c := t[i]; c == ',' || c == 0x81 && strings.HasSuffix(t[:i+1], "、") || c == 0x8C && strings.HasSuffix(t[:i+1], "，") {
			if c != ',' {
				i -= 2
			}
			_, _, _, ok := tocEntry(trimRight(t[:i]))
			return ok
		}
		if (t[i] < '0' || t[i] > '9') && t[i] != ' ' {
			return false
		}
	}
	return false
}

// cutProse reports whether t is a sentence left open: prose (a comma in
// it, no table's row) that ends no sentence.
func cutProse(t string) bool {
	return !closed(t) && t != "" && t[0] != '|' && containsAnyOf(t, "，,")
}

// headlineLine reports whether l may be a headline: short, and no
// sentence (no punctuation in it or at its end).
func headlineLine(l string) bool {
	t := trim(l)
	n := utf8.RuneCountInString(t)
	return n >= 4 && n <= 30 && !containsAnyOf(t, "，。；：！？,;:!?、") && !closed(t)
}

// shortCells reports whether l is narrower than any wrap a copy is set at
// (20 cells, ten Chinese characters), its punctuation typed half-width
// (burg 等城市,参观了2) as wide as ，： it stands for.
func shortCells(l string) bool {
	t := trim(l)
	w, _ := cellsRunes(t)
	return w < 20 && w+halfPuncts(t) < 20
}

// isolated reports whether t is a letter alone on its line, the head of an
// index's letter (A / 安全生产　123a).
func isolated(t string) bool {
	return len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z'
}

// blankLostStart reports whether t, after the line pt with no blank line
// between, begins a block as it would after one, in a copy that lost its
// blank lines (plain pdftotext, docx2txt, a web page's or WPS's text): a
// bold title run into its text after a sentence that ended
// (…召开。 / **干部队伍建设** 全年选拔…), a column's name in brackets
// alone (…初稿。 / 【社会民生】). Each had been the paragraph above's
// rest, its title lost, silently. (A bold title alone on its line
// begins a block already: see startsParagraph.)
// blankLostLead reports, by its first bytes, whether line l may be one
// blankLostStart reads: bold, a tag or 【 first, after any indent (most
// lines are let go before either line is trimmed).
func blankLostLead(l string) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return i < len(l) && (l[i] == '*' || l[i] == '<' || l[i] == 0xE3)
}

func (p *parser) blankLostStart(pt, t string) bool {
	if t == "" || t[0] != '*' && t[0] != '<' && t[0] != 0xE3 {
		return false // (most lines, by their first byte)
	}
	if !closed(pt) {
		return false
	}
	return boldTitle(t, true) && !boldTitle(t, false) || bracketName(t)
}

// blankLostBreak reports whether a paragraph begins at the line t under
// the line prev (its text pt, full at the wrap or not; first the block's
// first line), in a copy that lost its blank lines.
//
// In a copy no wrap cut, a line a colon ends was ended there by its
// writer (会议要求： / 一是提高政治站位…, 附件： / 宁川年鉴（2024）编纂方案,
// 各乡镇、县直各单位： / 为做好…): what it announces is the next paragraph
// (it had run into it, silently). Where the copy sets a paragraph on a
// line (lineParas), or the colon's line is a block's first, a line of its
// own: in a hard-wrapped copy too short to tell its wrap by, the colon
// the wrap left at a paragraph's second line's end (…重点工作。邮箱： /
// nc_szb@163.com。) ends no paragraph.
func (p *parser) blankLostBreak(first, prev, pt, t string, full bool) bool {
	return !full && p.wrap == 0 && endsColon(pt) && (p.lineParas || len(prev) == len(first) && prev == first)
}

// blankLostItem reports whether t is a list's item under an item pt
// (- 县志办召开年鉴评审会 / - 石桥乡村志出版, a tight list, or a loose one
// whose blank lines went): the next item, a paragraph as it is after a
// blank line (it had run into the item above, its marker and all,
// silently). No wrap puts a marker and a space at a line's start.
func blankLostItem(pt, t string) bool {
	if t == "" || pt == "" || !itemMark(t[0]) || !itemMark(pt[0]) {
		return false // (most lines, by their first byte)
	}
	_, _, ok := itemText(t)
	if ok {
		_, _, ok = itemText(pt)
	}
	return ok
}

// blankLostIndent reports whether l, set in by in cells, begins a
// paragraph under prev, a line short of the wrap (or in a copy no wrap
// cut) set in as deep, both by ideographic spaces or a tab: Word's
// first-line indent, which sets in every paragraph and never the rest of
// one, in a copy that lost its blank lines (　　人大工作 / 　　全年收集…,
// 　　县政务服务和大数据管理局 / 　　去年以来，…, 　　**一、…的内涵** /
// 　　年鉴的资政功能…): a line of its own over it, which a sentence need
// not end (they had run into one, silently).
func blankLostIndent(prev, l string, in int) bool {
	if in == 0 || prev == "" || prev[0] != l[0] || l[0] == ' ' || in != indentCells(prev) {
		// (Most lines, by their first byte and their indent; and two
		// spaces, a margin pdftotext -layout may give every line.)
		return false
	}
	return ideoIndented(l) && ideoIndented(prev)
}

// blankLostUnder reports whether l, under a block of the one line first,
// begins a block as after a blank line, in a copy that lost its blank
// lines: the text under a bold title alone on its line
// (**县史志研究室召开年鉴审稿会** / （记者　孙　晓）3月12日，…), read as the
// text after a title is, its lead-in and date with it (the byline had been
// a paragraph of its own, the date lost, silently). Not a day in bold
// (**3月5日** / 县委…: the day's event, see boldDateLead) nor a lead-in a
// colon ends (**会议要求：** / 各编纂单位要…: its sentence).
func blankLostUnder(first, l string) bool {
	if first == "" || first[0] != '*' || l == "" || l[0] == '*' || l[0] == '#' {
		return false
	}
	x, ok := boldOnly(first)
	if !ok {
		return false
	}
	x = trim(x)
	return x != "" && !closed(x) && !endsColon(x) && !eventStart(x)
}

// wrappedEndDate reports whether t is a date in brackets and nothing
// else (（10月16日）, （十一月十日上午）, （10月18日 青石镇）), the end of an
// event the wrap may have put on a line of its own. Asked after a full
// line that ended a sentence only: a bracket first is looked for before
// the date.
func wrappedEndDate(t string) bool {
	if len(t) < 6 || !(t[0] == '(' || strings.HasPrefix(t, "（") || strings.HasPrefix(t, "【")) {
		return false
	}
	return bracketDateAlone(t)
}

// itemBegins reports whether f, a block's first line, begins with item v
// of a list numbered with sep (1. …, 附件：1. …, １．…): after a label
// of a few characters at most.
func itemBegins(f string, v int, sep string) bool {
	if i := strings.Index(f, "："); i >= 0 && i <= 6*3 {
		f = trimLeftBlanks(f[i+len("："):], true)
	}
	return strings.HasPrefix(f, string(rune('0'+v))+sep) || strings.HasPrefix(f, string(rune('０'+v))+sep)
}

// nextItemOf reports whether t begins item v of a numbered list (2. …,
// ３．…) whose item v-1 begins first, a block's first line (see
// itemBegins).
func nextItemOf(first, t string) bool {
	v, k, j := figuresAt(t, 0, 2)
	if k != 1 || v < 2 || j >= len(t) || !(t[j] == '.' || t[j] == 0xE3 || t[j] == 0xEF) {
		return false
	}
	n := enumerator(t)
	if n <= j {
		return false
	}
	sep := trimRight(t[j:n])
	return sep != "" && itemBegins(trim(first), v-1, sep)
}

// creditUnderPicture reports whether line i, l, is a picture's caption in
// brackets that ends with its credit ((图为…。摄影：张伟), （王刚　摄）)
// right under the picture: a block of its own, the picture's, not the
// rest of the line over the picture (县政务服务和大数据管理局 / ![](…) /
// （图为…。摄影：张伟）, a byline; …会议通报了各乡镇进展： / ![](…) / …:
// the text's, which had run on into the caption and the text under it,
// silently).
func (p *parser) creditUnderPicture(i int, l string) bool {
	if len(p.images) == 0 {
		return false // nearly every copy: no picture
	}
	t := trimLeftBlanks(l, true)
	if len(t) < 4 || t[0] != 0xEF && t[0] != '(' {
		return false // (first: nearly every line begins with no bracket)
	}
	return photoCredit(trim(t)) && p.afterImage(i)
}
