// Lines that begin, or end, with a date, as the plan and the builder ask
// of the line under a title (a report's entry begins with its date): the
// next line of text dated, a date the wrap cut under a title, a bold date
// leading its text, and the month-and-day scan these share.

package parser

import (
	"strings"
	"unicode/utf8"
)

// datedBelow reports whether the first line of text after lines[i] is
// dated (a blank line or furniture between or not). A byline, a 文号 or
// an editors' note under a title, over its dated text, is passed
// (①县史志办召开… / （记者 张伟　通讯员 李娜） / 11月3日，…: the title is
// over dated text still; the circled titles had been read otherwise,
// silently).
func (b *bodyBuilder) datedBelow(lines []string, i int) bool {
	return b.datedFrom(lines, i+1, b.p.bodyStart)
}

// datedFrom reports whether the first line of text from lines[k] is
// dated, or is a line headOverText passes over dated text; lines[0] is
// line base of the copy (the furniture is marked by the copy's lines).
func (b *bodyBuilder) datedFrom(lines []string, k, base int) bool {
	k = b.p.textFrom(lines, k, base)
	if k >= len(lines) {
		return false
	}
	if b.datedAt(lines[k]) > 0 {
		return true
	}
	if headOverText(trim(lines[k])) {
		k = b.p.textFrom(lines, k+1, base)
		return k < len(lines) && b.datedAt(lines[k]) > 0
	}
	return false
}

// textFrom returns the index of the first line from lines[k] that is
// neither blank nor furniture (len(lines) where there is none); lines[0]
// is line base of the copy.
func (p *parser) textFrom(lines []string, k, base int) int {
	for k < len(lines) && (isBlank(lines[k]) || p.isTransparent(base+k)) {
		k++
	}
	return k
}

// headOverText reports whether t is a line an article carries between
// its title and its text, which a title over it does not end: a byline
// ((记者 张伟　通讯员 李娜), 文/李娜, □ 本刊记者 王丽), a 文号, an editors'
// note (see articleMeta, editorsNoteLine). Ten bytes at least (文/李娜).
//
// A photograph's credit is none (▲会议现场 / （张伟　摄） / 3月5日，…: a
// caption under a picture in the article, over the article's text; read
// as a title over a byline it had split the article, silently).
func headOverText(t string) bool {
	return len(t) > 3*3 && (articleMeta(t) && !photoCreditLine(t) || (t[0] == 0xE7 || t[0] == 0xE3) && editorsNoteLine(t))
}

// photoCreditLine reports whether t, a line a byline's forms read, is a
// photograph's credit: （张伟　摄）, （摄影 张伟）, 图/张伟, 张伟　摄.
func photoCreditLine(t string) bool {
	return photoCredit(t) || strings.HasPrefix(t, "图/") || strings.HasPrefix(t, "图／") || strings.HasPrefix(t, "摄影") || strings.HasSuffix(t, "摄")
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
	return k < len(lines) && endDatedAt(lines, k, p.bodyStart, p)
}

// endDatedAt reports whether the text that begins at lines[k] ends with
// its date in brackets: the line itself, or, in a hard-wrapped copy, the
// lines the wrap cut it into (县史志办召开…，部署 / 《宁川年鉴（2024）》编纂
// 工作。（11 / 月3日）: the item had lost its marked title, and its section
// with it, silently). Only past lines full at the wrap, a few at most,
// and a page's furniture between (lines[k] is the copy's line off+k).
func endDatedAt(lines []string, k, off int, p *parser) bool {
	t := trim(lines[k])
	if endsWithDate(t) {
		return true
	}
	for n := 0; n < 8 && p.wrap > 0 && p.full(lines[k]); n++ {
		j, page := k+1, false
		for j < len(lines) && (isBlank(lines[j]) || p.isTransparent(off+j)) {
			page = page || !isBlank(lines[j])
			j++
		}
		if j >= len(lines) || j > k+1 && !page {
			return false // the text ends there, or its paragraph
		}
		k = j
		t += trim(lines[k])
		if endsWithDate(t) {
			return true
		}
	}
	return false
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
	i = p.textFrom(p.lines, i+1, 0)
	return i < len(p.lines) && endDatedAt(p.lines, i, 0, p)
}

// datedNext reports whether the next line of text after line i begins
// with a date; false for no line (-1).
func (b *bodyBuilder) datedNext(i int) bool {
	return i >= 0 && b.datedFrom(b.p.lines, i+1, 0)
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

// boldDateLead reports whether t begins with a date in bold and goes on
// with its text: **4月10日** 县长…, **11月6日（星期一）**，…
func boldDateLead(t string) bool {
	title, rest, ok := leadingBold(t)
	return ok && rest != "" && (dateTitle(title) || sameDayMark(title))
}

// startsWithMonth reports whether s begins with "11月" (spaces allowed):
// enough to tell a date that a heading swallowed, even one cut short.
func startsWithMonth(s string) bool {
	d := &dateScanner{s: s}
	if n, ok := d.number(); ok {
		return n >= 1 && n <= 12 && d.lit('月')
	}
	// 十一月三日 in Chinese numerals: a numeral after the month (三月份
	// and 十一月的工作 are words, and 大事记 十二月 a heading's month).
	if d.i >= len(s) || d.s[d.i]-0xE3 > 2 || !cnNumeralStart(s[d.i:]) {
		return false
	}
	n, ok := d.cnNumber()
	return ok && n >= 1 && n <= 12 && d.lit('月') && cnNumeralStart(s[d.i:])
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
		if cnDateAt(s, false) {
			return true // 十一月三日, 一九八六年一月十日
		}
		// 四月三十一日: a date no calendar has starts its paragraph as
		// 4月31日 does (impossibleDate tells it).
		d, ok := monthDayScan(s)
		return ok && d.lit('日')
	}
	_, ok := monthDayScan(s)
	return ok
}

// monthDayScan reads a month and a day in figures at the start of s, a
// year before them or not (11月3, 2023年11月3), or in Chinese numerals
// (十一月三, 2023年十一月三, partNumber's), and returns the scanner
// past the day's number (a value: as a pointer it was allocated at every
// line that begins with a digit).
func monthDayScan(s string) (dateScanner, bool) {
	d := dateScanner{s: s}
	n, ok := d.partNumber()
	// (twoDigitYear's 年 comes right after the number: E5 there first.)
	if ok && (n > 12 && plausibleYear(n) || d.i < len(s) && s[d.i] == 0xE5 && twoDigitYear(s)) && d.lit('年') {
		n, ok = d.partNumber()
	}
	if !ok || n < 1 || n > 12 || !d.lit('月') {
		return d, false
	}
	day, ok := d.partNumber()
	if !ok && d.i < len(s) && s[d.i] == 0xEF {
		if k := unknownDay(s[d.i:]); k > 0 {
			d.i += k - len("日") // 11月�日: a day the PDF's font did not map
			return d, true
		}
	}
	return d, ok && day >= 1 && day <= 31
}
