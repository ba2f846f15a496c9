// Numbered lines: enumerated headings (一、, （一）, 1.) that are sections or
// entries by the style the body gives each, an article's own points (一是,
// **（一）…**), a list's items and circled numbers — which of them a line is,
// and where it goes.

package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

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
	if c := t[0]; c >= '0' && c <= '9' || c == 0xEF && figureFirst(t) { // (1., １．)
		rest := t[figuresEnd(t, 0, 3):]
		for _, sep := range [...]string{".", "、", "．"} {
			if after, ok := strings.CutPrefix(rest, sep); ok {
				return after != "" && !figureFirst(after)
			}
		}
		return false
	}
	r, n := decodeRune(t)
	if r >= '①' && r <= '⑳' {
		return true
	}
	if r == '（' || r == '(' {
		return figureFirst(t[n:]) // (（1）, （１）)
	}
	return false
}

// nextItem reports whether l begins the item of a list numbered 1. 2. 3.
// (or 1、) after the one first begins, or after the one a short label
// leads in first: a notice's annexes, 附件：1. …工作要点 / — 2 — / 2. 《…》
// 分工表, the first after its label on the label's line (the second had
// run into it across the page, silently).
func nextItem(first, l string) bool {
	first = trim(first)
	a, ok := itemNumber(first)
	if !ok {
		k, n := strings.Index(first, "："), len("：")
		if k < 0 {
			k, n = strings.IndexByte(first, ':'), 1 // (附件:1. …, typed half-width)
		}
		if k < 0 || k > 4*3 {
			return false
		}
		if a, ok = itemNumber(trim(first[k+n:])); !ok {
			return false
		}
	}
	b, ok := itemNumber(trim(l))
	return ok && b == a+1
}

// itemNumber is the number of a list item's marker that begins t (1. ,
// 12、), false where t begins with none.
func itemNumber(t string) (int, bool) {
	n, k, j := figuresAt(t, 0, 3) // (1. , １．)
	if k == 0 || j == len(t) {
		return 0, false
	}
	if t[j] == '.' && j+1 < len(t) && (t[j+1] == ' ' || t[j+1] >= 0x80) || strings.HasPrefix(t[j:], "、") || strings.HasPrefix(t[j:], "．") && j+len("．") < len(t) {
		return n, true
	}
	return 0, false
}

// formalEnumerator is the length of t's enumerator in the numerals of
// accounts (壹、, 貳、, 拾壹、; 贰 and 叁 simplified, 参 and 陆 as the
// simplified view writes 參 and 陸) with the 、 after it, or 0. Taiwan's
// reports and yearbooks number their parts so, over 一、 and （一）.
func formalEnumerator(t string) int {
	if t == "" || t[0] < 0xE4 || t[0] > 0xE9 {
		return 0
	}
	i := 0
	for i < len(t) {
		r, n := decodeRune(t[i:])
		if !formalNumeral(r) {
			break
		}
		i += n
	}
	if i == 0 || i > 3*3 || !strings.HasPrefix(t[i:], "、") {
		return 0
	}
	return i + len("、")
}

// formalNumeral reports whether r is a numeral of accounts (a switch:
// enumeratedLine asks it of most lines).
func formalNumeral(r rune) bool {
	switch r {
	case '壹', '贰', '貳', '叁', '參', '参', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾':
		return true
	}
	return false
}

// headingKind is what an enumerated line is: 一、时政要闻 or （一）时政要闻.
type headingKind int

const (
	notHeading headingKind = iota
	cnComma                // 一、
	cnParen                // （一）
	arabic                 // 1. 1、 1． （1）: entries only (see plan)
	cnFormal               // 壹、: above 一、, as Taiwan's reports number their parts
)

// enumeratedLine matches a heading-like line with a Chinese enumerator:
// 一、时政要闻, （一）领导活动. It is short and does not end a sentence.
func enumeratedLine(t string) (headingKind, string, string) {
	n := enumerator(t)
	formal := false
	if n == 0 {
		n = formalEnumerator(t)
		formal = true
	}
	if n == 0 || len(t) > 200 {
		return notHeading, "", ""
	}
	label, name := t[:n], trim(t[n:])
	if utf8.RuneCountInString(name) > 30 || closed(name) || containsAnyOf(name, "，。；：:,") || hanStop(name) {
		return notHeading, "", "" // (一、征集范围.2023年…: a sentence after its point's name, 。 read .)
	}
	r, _ := decodeRune(label)
	switch {
	case formal:
		return cnFormal, trim(label), name
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

// articlePoint reports whether a bold title at 1-based line is one of the
// points of the titled article it stands in (**一、…**, **（一）…**): the
// article has text and no date (a report's dated entry is no essay), and
// under the point stands text — neither a date nor a bold title or a
// heading, as under a section's name (**一、时政要闻** / **会议甲召开**).
func (b *bodyBuilder) articlePoint(title string, line int) bool {
	if len(b.paras) == 0 || b.sectionStyle == cnComma || b.sectionStyle == cnParen || b.sectionStyle == cnFormal || !b.hasEntry() {
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
		if strings.HasPrefix(label, "（") || strings.HasPrefix(label, "(") {
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
	if _, text, ok := heading(next); ok && k == cnComma && (strings.HasPrefix(text, "（") || strings.HasPrefix(text, "(")) {
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

// calledOnPage reports whether t, the text of line i (0-based), is a
// footnote whose circled mark a line of its page above calls: the mark
// inside a line, not at its start, between the page's top (its running
// head or folio, or the form feed) and line i, 60 lines up at most. A
// page's foot prints its notes under the last event, which need not be
// the one that calls them (…驻军某部500名官兵参加抢险① / 1999年 / … /
// ① 8月12日夜，…: the note of the flood, no event of 8月12日), and a
// note that begins with a date is no numbered event (①11月3日，… of a
// chronicle that numbers its days, whose text never calls ① above).
func (p *parser) calledOnPage(t string, i int) bool {
	if circledNumber(t) == 0 || i >= len(p.lines) {
		return false
	}
	mark := t[:3]
	k := i - 1
	for k >= 0 && k >= i-6 && (isBlank(p.lines[k]) || p.furn != nil && p.furn[k]) {
		// (A folio right above the note, a copy that sets its notes
		// after it, or a page break the note's call comes just before.)
		k--
	}
	for ; k >= 0 && k >= i-60; k-- {
		if p.furn != nil && p.furn[k] {
			return false // the page's head: its top
		}
		l := trimLeftSpaces(p.lines[k])
		if j := strings.Index(l, mark); j > 0 {
			return true
		}
		if _, top := slices.BinarySearch(p.breaks, k); top {
			return false // \f…: the page's first line
		}
	}
	return false
}

// figureNote returns the figures of t when t begins as a footnote whose
// call a PDF's text left a plain figure (乡镇企业局1统计 for 局¹): one or
// two figures, ASCII or full-width (１ 县乡镇企业局：…), a space, then a
// word (1 县乡镇企业局：…); "" for any other line (1 2月, 19 50年: a date
// OCR spaced; 3 月: a month).
func figureNote(t string) string {
	if len(t) < 5 || (t[0] < '1' || t[0] > '9') && t[0] != 0xEF {
		return "" // nearly every line
	}
	v, k, n := figuresAt(t, 0, 3)
	if k == 0 || k > 2 || k == 2 && v < 10 || k == 1 && v == 0 {
		return "" // (no figure first, three of them, or a 0 first)
	}
	i := pastBlanks(t, n)
	if i == n || i >= len(t) {
		return ""
	}
	r, _ := decodeRune(t[i:])
	if r < 0x4E00 || r > 0x9FFF || r == '年' || r == '月' || r == '日' || r == '号' {
		return ""
	}
	return t[:n]
}

// figureCalled reports whether s calls note figures as a PDF's text
// leaves a superscript: the figures right after a Han character and
// before no other figure (局1统计, 局1。; not 第12次 for 1), in either
// width (the note 1 … called by 局１统计, as a copy typed full-width
// figures in its text, and its notes' marks not).
func figureCalled(s, figures string) bool {
	return figureCalledAs(s, figures) || figureCalledAs(s, otherWidth(figures))
}

// figureCalledAs is figureCalled of the figures as they are written.
func figureCalledAs(s, figures string) bool {
	for from := 0; ; {
		j := strings.Index(s[from:], figures)
		if j < 0 {
			return false
		}
		j += from
		end := j + len(figures)
		if j >= 3 && s[j-3] >= 0xE4 && s[j-3] <= 0xE9 && (end == len(s) || s[end] >= utf8.RuneSelf && !figureFirst(s[end:])) {
			return true
		}
		from = end
	}
}

// otherWidth returns figures, ASCII or full-width digits only, in the
// other width (1 for １, １２ for 12).
func otherWidth(figures string) string {
	b := make([]byte, 0, 3*len(figures))
	for i := 0; i < len(figures); {
		if c := figures[i]; c < utf8.RuneSelf {
			b = append(b, 0xEF, 0xBC, 0x90+c-'0')
			i++
		} else {
			b = append(b, '0'+figures[i+2]-0x90)
			i += 3
		}
	}
	return string(b)
}

// calledFigureNote reports whether t is a note in figureNote's form that
// above calls with its figures (…传达学习全国两会精神1。 / 1 3月5日，…).
func calledFigureNote(t, above string) bool {
	if len(t) < 4 || (t[0] < '1' || t[0] > '9') && t[0] != 0xEF {
		return false
	}
	v, k, n := figuresAt(t, 0, 3)
	if k == 0 || k > 2 || k == 2 && v < 10 || k == 1 && v == 0 {
		return false
	}
	// (A date may follow the space here, 1 3月5日: the call above tells
	// it from 1 2月, a month OCR spaced, which figureNote lets go.)
	if i := pastBlanks(t, n); i == n || i >= len(t) {
		return false
	}
	return figureCalled(above, t[:n])
}

// pageFootNote reports whether line i (0-based) begins a footnote at its
// page's foot whose call the page above prints as a plain figure
// (…乡镇企业局1统计。 … / 1 县乡镇企业局：… / · 29 ·): figureNote's form,
// the page's end (its folio, the next page's head or a form feed) at
// most six lines under it, and the call on the page above, 60 lines up
// at most. Such a line is a note, never the rest of the sentence above
// it (it had run into it, …石门乡新1 县乡镇企业局：…, silently).
func (p *parser) pageFootNote(i int) bool {
	if l := p.lines[i]; l == "" || (l[0] < '1' || l[0] > '9') && l[0] != ' ' && l[0] != '\t' && l[0] != 0xE3 && l[0] != 0xEF {
		return false // no figure first, nor a space before one: nearly every line
	}
	fig := figureNote(trim(p.lines[i]))
	if fig == "" || p.furn == nil {
		return false
	}
	foot := false
	for k := i + 1; k < len(p.lines) && k <= i+6; k++ {
		if _, top := slices.BinarySearch(p.breaks, k); p.furn[k] || top {
			foot = true
			break
		}
	}
	if !foot {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-6 && (isBlank(p.lines[k]) || p.furn[k]) {
		k-- // (the page's folio over its notes: see calledOnPage)
	}
	for ; k >= 0 && k >= i-60; k-- {
		if p.furn[k] {
			return false
		}
		if figureCalled(p.lines[k], fig) {
			return true
		}
		if _, top := slices.BinarySearch(p.breaks, k); top {
			return false
		}
	}
	return false
}

// footNoteOwn is pageFootNote for the blocks of the body: such a line
// is a block of its own, which the open sentence above does not take as
// its rest (see continues).
func (p *parser) footNoteOwn(i int) bool {
	if p.pageFootNote(i) {
		p.splitOwn = true
		return true
	}
	return false
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
	if k == b.sectionStyle && k != b.entryStyle && len(b.paras) > 0 && b.lastTitled() && (b.sec < 0 || b.iss.Sections[b.sec].Label == "") &&
		(labelNumber(label) == 1 || b.pointBefore(k, labelNumber(label)-1)) && !(len(b.tocSections) > 0 && b.tocSections[string(b.p.fold(name))]) && !b.titleUnder(i) {
		// ### 县委常委会召开会议 / 11月2日，… / 一、总体要求 / 坚持… / 二、重点任
		// 务: a notice or a plan reprinted in a titled article, its own
		// points counting from one, in a section the copy names unnumbered
		// (# 工作动态, 时政要闻 over its titles) or in an issue of no
		// section yet: the article's text, no section of the issue (it
		// had been one, the article's text and the titles under it moved
		// into it, silently). A name the contents list is a section.
		return notHeading, "", ""
	}
	if k == b.sectionStyle && k != b.entryStyle && len(b.tocSections) > 0 && len(b.paras) > 0 && b.hasEntry() &&
		!b.tocSections[string(b.p.fold(name))] && !b.titleUnder(i) && b.listedPointRestart(k, label, i) {
		// 目录 / 五、史志工作 / 六、统计资料 … 五、史志工作 / 县史志办开展…活动 /
		// 3月27日，… / 一、总体要求 / 坚持… / 二、重点任务 / 加快…: where the
		// contents list the sections numbered as the body prints them, a
		// numbered line they do not name, counting from one inside an
		// article, is the article's point (it had been a section of its
		// own, the articles after it moved into it, silently).
		return notHeading, "", ""
	}
	if k == b.entryStyle && b.pointsUnderBold && (!b.datedNext(i) || b.pointBefore(k, labelNumber(label)-1)) {
		// 会议要求： / 一、提高政治站位 / 各级各部门要…; and a point after
		// such a point, over a date too (二、时间安排 / 12月31日前完成…).
		return notHeading, "", ""
	}
	return k, label, name
}

// listedPointRestart reports whether a numbered line (of kind k, its
// label, at index i) the contents do not name counts as an article's
// points do, not as the sections: the point after one among the
// article's paragraphs (二、 under 一、), or a 一、 under a numbered section
// (五、史志工作: the next would be 六、). Before any numbered section
// (卷首语 / 春回大地… / 一、总体要求), a 一、 is the article's only where
// a section of that number the contents name comes later.
func (b *bodyBuilder) listedPointRestart(k headingKind, label string, i int) bool {
	n := labelNumber(label)
	if n > 1 {
		if !b.pointBefore(k, n-1) {
			return false
		}
		if sec := b.iss.Sections[b.sec]; sec.Label != "" && labelNumber(sec.Label)+1 == n {
			// 二、经验交流 / 清河县… / 一、坚持规划引领 / 二、坚持专业指导 /
			// 三、简讯, the contents naming no 三、: the article's third
			// point, or the section after 二、, which the contents leave
			// out? Read as the section, as the numbering says, and said
			// (it had been the article's point, the section and its
			// articles run into the article, silently).
			if i >= 0 {
				b.p.warn(i+1, listedPointOrSection, clipText(trim(b.p.lines[i]), 30))
			}
			return false
		}
		return true
	}
	if n != 1 {
		return false
	}
	if sec := b.iss.Sections[b.sec]; sec.Label != "" {
		return labelNumber(sec.Label) >= 1
	}
	// (The last such line found once for the body, not sought through
	// the rest of it at each 一、: a copy of many points before its first
	// numbered section had taken time as their number times its lines.)
	last, ok := b.listedOne[k]
	if !ok {
		p := b.p
		for j := len(p.lines) - 1; j >= 0; j-- {
			t := trim(p.lines[j])
			if t == "" || !cnNumeralStart(t) {
				continue // (nearly every line: no numeral first)
			}
			if jk, jl, jn := enumeratedLine(t); jk == k && labelNumber(jl) == 1 && b.tocSections[string(p.fold(jn))] {
				last = j + 1
				break
			}
		}
		if b.listedOne == nil {
			b.listedOne = map[headingKind]int{}
		}
		b.listedOne[k] = last
	}
	return last-1 > i
}

// listedPointOrSection is the warning for a numbered line the contents
// do not name, numbered next after both the open section and a point of
// the article above.
const listedPointOrSection = "%q is not in the table of contents, and is numbered next after both the section and a point of the article above: read as a section; or the article's point?"

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

// nextNumberedTitle reports whether t, a line alone, is numbered next
// after the title of the open entry (四、… under 三、…), and no paragraph
// of that entry is numbered so (一、… / 二、…: the article's own points,
// by their label alone, labelKind: 一、压实责任。各乡镇要… too).
// The title above may be its section's (三、… over dated text, a numbered
// name plainTitles made a section): asSection says so, and the line is
// read as that one was.
func (b *bodyBuilder) nextNumberedTitle(t string, line int) (next, asSection bool) {
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
		if asSection || !b.nextNumberedSection(k, label) {
			return false, false
		}
		asSection = true
	}
	for _, para := range b.paras {
		if labelKind(para.Text) == k {
			if !b.pointLabelled(k, labelNumber(label)-1) {
				// 三、市方志馆… / 6月4日，… / 一、总体要求 / … / 二、重点任务 / … /
				// 四、开展“方志进校园”活动 / 5月以来，…: numbered next after
				// the title, but the article counts points of its own so:
				// the next item's title, or its fourth point? Read as the
				// text, and said (the item had been lost, silently).
				b.p.warn(line, nextOrPoint, clipText(t, 30))
			}
			return false, false
		}
	}
	return true, asSection
}

// pointLabelled reports whether a paragraph of the article being read
// begins with the label of point n, of kind k, whatever follows it
// (三、优化服务。要为企业…, as labelKind reads it).
func (b *bodyBuilder) pointLabelled(k headingKind, n int) bool {
	for _, para := range b.paras {
		if t := para.Text; labelKind(t) == k && labelNumber(trim(t[:enumerator(t)])) == n {
			return true
		}
	}
	return false
}

// nextOrPoint is the warning for a numbered line alone, next after the
// title above, in an article that numbers its own points so.
const nextOrPoint = "%q is numbered next after the title above, and the article numbers its points so too: read as its text; or the next article's title?"

// nextNumberedSection reports whether label (of kind k) is numbered next
// after the open section's (四、社会民生 under 三、经济发展, over a notice's
// title and its undated text, 各乡镇人民政府…: read as an article's point,
// it had been a line of the notice above, silently, where the contents
// had named it), and no title or paragraph of the section is numbered
// so: there 四、 may be an article's point. A paragraph counts by its
// label alone (labelKind), not only as a heading's shape: points set as
// sentences (会议要求： / 一、压实责任。各乡镇要… / 二、强化调度。… /
// 三、优化服务。… / 四、加强督导 / 县政府督查室要…) had let the fourth,
// a name alone, open a section, the next article moved into it.
func (b *bodyBuilder) nextNumberedSection(k headingKind, label string) bool {
	sec := &b.iss.Sections[b.sec]
	if sec.Label == "" {
		return false
	}
	if sk, slabel, _ := enumeratedLine(sec.Label + sec.Name); sk != k || labelNumber(label) != labelNumber(slabel)+1 {
		return false
	}
	for _, e := range b.entries[b.runs[b.sec]:] {
		if ek, _, _ := enumeratedLine(e.Title); ek == k {
			return false
		}
		for _, para := range e.Paragraphs {
			if labelKind(para.Text) == k {
				return false
			}
		}
	}
	return true
}

// labelKind is the kind of label t begins with, whatever follows it — a
// point's name and its sentence too (一、压实责任。各乡镇要…, which
// enumeratedLine, a heading's shape, lets go) — or notHeading. Most
// paragraphs are let go by their first byte (enumerator,
// formalEnumerator).
func labelKind(t string) headingKind {
	if formalEnumerator(t) > 0 {
		return cnFormal
	}
	if enumerator(t) == 0 {
		return notHeading
	}
	r, n := decodeRune(t)
	if isCnDigit(r) {
		return cnComma
	}
	if r == '（' || r == '(' {
		if r2, _ := decodeRune(t[n:]); isCnDigit(r2) {
			return cnParen
		}
	}
	return notHeading
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

// arabicItem reads the number of a list's item numbered in figures, 3.
// 强化督导检查, 3、…, 3．…: the number and whether the line is one.
func arabicItem(t string) (int, bool) {
	n, i := 0, 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i == len(t) {
		return 0, false
	}
	switch {
	case t[i] == '.' && i+1 < len(t) && !(t[i+1] >= '0' && t[i+1] <= '9'): // (not 3.5)
	case strings.HasPrefix(t[i:], "、"), strings.HasPrefix(t[i:], "．"):
	default:
		return 0, false
	}
	return n, true
}

// titleUnder reports whether the next line of text after index i is a
// heading or a bold title: a numbered line over a title is a column's
// name over its first article (### 卷首语 / … / 一、时政要闻 / ### 县委召开
// 常委会议), no point of the article above, whose points are over its
// text (一、总体要求 / 坚持…).
func (b *bodyBuilder) titleUnder(i int) bool {
	j := b.p.nextText(i + 1)
	if j < 0 {
		return false
	}
	l := b.p.lines[j]
	if _, _, ok := heading(l); ok {
		return true
	}
	return boldTitleLine(trim(l))
}
