// A chronicle's own lines met in the body: a year, a run of years, a
// decade or a part of the year alone on its line over its events (a
// section, as a year heading is), such a year OCR damaged, a bold month or
// year leading an event, a table's header naming a chronicle's columns;
// and whether the text being read is a chronicle's.

package parser

import "strings"

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

// sameDayMark reports whether t is the mark of another event the same
// day, △ or ▲, alone.
func sameDayMark(t string) bool { return t == "△" || t == "▲" }

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
		_, ok := republicHeading(t, b.iss.Title)
		return ok && !b.p.yearbook
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
		_, rep := republicHeading(name, b.iss.Title)
		return ok || rep || chronicleTitle(name)
	}
	return kind != noPeriod || chronicleTitle(name)
}

// monthEventAlone reports whether line i, l, a month alone (2月, 4—5月,
// 1950年3月, OCR's l0月) that periodHeading reads as a month's heading, is
// instead a month-level event's date that OCR boxed apart from its text,
// in a copy set without blank lines (or pandoc's, wrapped at the space
// after the month): 2月 / 县人民政府发布布告…。 / 3月5日 …. A month's
// heading stands over its days (2月 / 5日　… / 12日　…), or a blank line
// under it; this month stands over one event's text, a line that begins
// no event (“三反”… too),
// and after that text comes the next event's own month, year or relative
// date, not a day of this month (a heading's undated line of text, then
// its days, stays a heading). Under a month heading a month alone is the
// next heading, as it is where blank lines set it apart.
func (b *bodyBuilder) monthEventAlone(l string, i int) bool {
	lines := b.p.lines
	if i+2 > len(lines) {
		return false
	}
	k := i + 1
	for k < len(lines) && b.p.isTransparent(k) {
		// 11月 / ·12·　青岚县志 / 县立初级中学成立…: a page's head between
		// (furniture's line is blank by now, and so are the page break's).
		k++
	}
	if k >= len(lines) || isBlank(lines[k]) {
		return false
	}
	if !monthAlone(trim(l)) || !b.inChronicle() {
		return false
	}
	if b.sec >= 0 {
		if kind, _, _ := periodOf(b.iss.Sections[b.sec].Name); kind == monthPeriodName || kind == yearMonthPeriod {
			return false
		}
	}
	next := trim(lines[k])
	if r, _ := decodeRune(next); r < 0x2E80 && r != '“' && r != '‘' && r != '"' || dateGoesOnSet.has(r) || !b.eventText(next) {
		return false // 5月 / 8日，…: a date the wrap cut; 2月 / 5日　…: a heading
	}
	// The event's text runs on to the next line that begins something, or
	// to the copy's end (the last event's).
	j, n := k+1, 0
	for ; j < len(lines) && n < 8; j++ {
		if isBlank(lines[j]) || b.p.isTransparent(j) || b.p.cellBits != nil && b.p.cellAt(j) {
			continue // (a table's cell, 1—10月 among its figures, is no heading)
		}
		n++
		s := trim(lines[j])
		if periodHeading(s) {
			// 3月 / 5日　…: the next month a heading over its days, and
			// this one too; 3月 / 县委…, or a year: this one's event ends.
			k := b.p.nextText(j + 1)
			return k < 0 || !dayAlone(eventLead(trim(lines[k])))
		}
		if !b.eventText(s) {
			return !dayAlone(eventLead(s)) // 5日　…: this month's day
		}
	}
	return j == len(lines) // else text too long for one event's: a heading's
}

// eventText reports whether s, a line of a chronicle, begins no event and
// is no heading: text that goes on from the line above.
func (b *bodyBuilder) eventText(s string) bool {
	return !(mayStartEvent(s) && eventStart(s)) && !startsWithDay(eventLead(s)) && !periodHeading(s)
}

// monthAlone reports whether t is a month, a run of months or a year's
// month and nothing else (2月, 4—5月, 1950年3月, OCR's l0月), printed
// plain: 3月份, 【3月】 and ◆3月◆ are headings so printed.
func monthAlone(t string) bool {
	if lastRune(t) != '月' || len(t) > 12*3 {
		return false
	}
	kind, _, _ := periodOf(t)
	return kind == monthPeriodName || kind == yearMonthPeriod
}

// dayAlone reports whether s begins with a day of the month without its
// month (5日　…, 十二日，…): a day under a month's heading. (startsWithDay
// reads 十月一日 too.)
func dayAlone(s string) bool {
	return startsWithDay(s) && !startsWithMonthDay(s)
}
