// The body's headings, Markdown's (# or a Setext underline), and what each
// one is: a section, an entry's title, or neither — a running head printed
// again, a lead-in, a pull quote or a caption set in an article, a box or
// its notes, a day's date over its events, a sentence set large.

package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

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
	if !alone && (u[0] != '=' && p.setextDashes < 2 || !p.sentenceAbove(i)) {
		// Under the text of a paragraph, no blank line between: ===
		// underlines the line over it where the line above that ends a
		// sentence, as a copy set tight leaves a heading (…出席会议。 /
		// 友好往来 / ===: the name and its underline had been joined to
		// the paragraph, silently). --- there is a page's rule as often,
		// unless the body underlines its headings so elsewhere (…鼓足
		// “后劲”。 / 18　平顶山月报 2023年第11期 / 重要会议 / ---, a
		// column's name atop a page under its head).
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

// isMonthHeading reports whether monthHeading reads t as a month.
func isMonthHeading(t string) bool {
	_, ok := monthHeading(t)
	return ok
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
	if len(t) < 4 || t[0] != 0xE2 && t[0] != 0xE8 && t[0] != 0xE5 && t[0] != 0xE3 && t[0] != '"' {
		return false // (“ and 「, 表, 图 and 附, " typed straight: first bytes that few titles begin with)
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
// or in quotes typed straight ("…，…"), a mark of a sentence inside (a
// column named in quotes, “三农”动态 or “我为群众办实事”, is none).
func pullQuote(t string) bool {
	var in string
	switch {
	case strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”"):
		in = t[len("“") : len(t)-len("”")]
	case strings.HasPrefix(t, "「") && strings.HasSuffix(t, "」"):
		in = t[len("「") : len(t)-len("」")]
	case len(t) > 2 && t[0] == '"' && t[len(t)-1] == '"':
		in = t[1 : len(t)-1]
	default:
		return false
	}
	if strings.Contains(in, "“") || strings.Contains(in, "”") || strings.IndexByte(in, '"') >= 0 {
		return false // “…”与“…”: two quotes, not one
	}
	return hasComma(in) || strings.Contains(in, "。") || strings.Contains(in, "！") || strings.Contains(in, "；")
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

// tableStart reports whether u, a line's text, begins a table as a
// converter sets it: a unit line (单位：亿元、%), a Markdown pipe or grid
// table's row or border, MinerU's <table>, pdftotext's row of cells a
// gap apart.
func tableStart(u string) bool {
	return u != "" && (u[0] == '|' || u[0] == '+' || strings.HasPrefix(u, "<table") || strings.HasPrefix(u, "单位：") || strings.HasPrefix(u, "单位:") || gapRow(u))
}

// htmlTableLine reports whether t, a line's text that begins with <, is
// an HTML table's or a part of one (<table>…</table> on one line, as
// MinerU sets it, <tr>, <td>…): a table, no tag that marks a title.
func htmlTableLine(t string) bool {
	if len(t) < 4 || t[0] != '<' {
		return false
	}
	u := t[1:]
	if u[0] == '/' {
		u = u[1:]
	}
	for _, tag := range [...]string{"table", "tr", "td", "th", "tbody", "thead"} {
		if len(u) > len(tag) && strings.EqualFold(u[:len(tag)], tag) && (u[len(tag)] == '>' || u[len(tag)] == ' ') {
			return true
		}
	}
	return false
}

// tableInArticle reports whether s, a line of its own (line is 1-based),
// is a table's caption set among the text of the titled article open,
// over its table (…增长6.1%。 / 表1　2023年1—10月全市主要经济指标 / 单位：
// 亿元、% / | 指标 | …): the article's text, as its table is (it had been
// an item of its own, titled with the caption, under 特载, 索引 or 人物,
// the article's text after the table with it, silently). Not a caption
// after a table (表1　… / | … | / 表2　…), nor over a part's first text:
// 统计资料 sets each table as an item of its own.
func (b *bodyBuilder) tableInArticle(s string, line int) bool {
	if !captionLabel(s) || !b.hasEntry() || len(b.paras) == 0 || b.entries[len(b.entries)-1].Title == "" {
		return false
	}
	k := len(b.paras) - 1
	for k > 0 && (noteLine(b.paras[k].Text) || strings.HasPrefix(b.paras[k].Text, "资料来源") || strings.HasPrefix(b.paras[k].Text, "数据来源")) {
		k-- // (| … | / 注：… / 资料来源：… / 表2　…: the table's notes)
	}
	if last := b.paras[k].Text; last == "" || last[0] == '|' || last[0] == '+' || last[0] == '<' || gapRow(last) || captionLabel(last) {
		return false
	}
	j := b.p.nextText(line)
	return j >= 0 && tableStart(trim(b.p.lines[j]))
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
	if len(t) < 2*3 {
		return false
	}
	switch t[:3] {
	case "【", "链", "相", "新", "知", "延", "背", "小":
	default:
		return false // nearly every line, by its first character
	}
	if in, ok := strings.CutPrefix(t, "【"); ok {
		if in, ok = strings.CutSuffix(in, "】"); ok {
			t = trim(in)
		}
	}
	switch strings.TrimRight(t, "：: ") {
	case "链接", "相关链接", "新闻链接", "知识链接", "延伸阅读", "相关阅读", "背景", "背景资料", "背景链接", "小贴士":
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
// the publication's running head: its title with the number (and
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
	if len(t) < 30*3 || !strings.HasSuffix(t, "。") && !stopEnd(t) {
		return false
	}
	t = trim(stripMarkup(t))
	return (strings.HasSuffix(t, "。") || stopEnd(t)) && utf8.RuneCountInString(t) >= 30 && hasComma(t)
}

// stopEnd reports whether s ends with an OCR's . for 。 after a Han
// character (…取得明显成效.).
func stopEnd(s string) bool {
	n := len(s)
	return n > 3 && s[n-1] == '.' && s[n-2] >= utf8.RuneSelf && hanStop(s[n-4:]) || n > 3 && (s[n-3:] == "．" || s[n-3:] == "｡")
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
			if t := trim(h[:i]); t != "" && !dateJoint(lastRune(t)) {
				return t, trim(h[j:])
			}
		}
		i = j - 1 // each run of spaces is looked at once
	}
	return h, ""
}

// dateJoint reports whether r joins a date to the one before it, a
// range's dash or a list's 和: 1 — 2月全市经济运行情况, a month run set
// spaced as a PDF's text prints it, is one title, no title 1 — over the
// text 2月全市….
func dateJoint(r rune) bool {
	return slices.Contains(rangeDashes[:], r) || r == '和' || r == '及' || r == '、'
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
