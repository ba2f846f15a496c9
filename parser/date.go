package parser

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// dateContext supplies what the printed dates leave out: the reports say
// 11月1日, and the year comes from the issue.
type dateContext struct {
	year       int // the issue's year; 0 when unknown
	issueMonth int // the month the issue covers (its number, for a monthly); 0 when unknown
	// pubYear and pubMonth are when the issue was published; 0 when
	// unknown.
	pubYear, pubMonth int
	prevMonth         int // the month of the previous date in the entry, for a bare 21日
	// After a range into the next month (11月28日至12月2日), a bare day from
	// its first day on (29日) is of its first month, prevMonth; one before
	// it (3日), of endMonth. 0 after any other date.
	endMonth, fromDay int
}

// setPrev makes d the date a bare day after it takes its month from.
func (ctx *dateContext) setPrev(d model.DateRange) {
	if d.End.Month == 0 {
		return
	}
	ctx.prevMonth, ctx.endMonth, ctx.fromDay = int(d.End.Month), 0, 0
	if d.Start.Month != 0 && d.Start.Month != d.End.Month && d.Start.Day != 0 {
		ctx.prevMonth, ctx.endMonth, ctx.fromDay = int(d.Start.Month), int(d.End.Month), int(d.Start.Day)
	}
}

// bareMonth is the month of a bare day n.
func (ctx dateContext) bareMonth(n int) int {
	if ctx.endMonth != 0 && n < ctx.fromDay {
		return ctx.endMonth
	}
	return ctx.prevMonth
}

// dateScanner reads the small grammar of printed dates by hand: regular
// expressions would cost more than the rest of the parse together.
type dateScanner struct {
	s string
	i int
}

// spaces passes spaces, tabs and ideographic spaces (E3 80 80), by
// their bytes: it runs before every number and literal of every date.
func (d *dateScanner) spaces() {
	for d.i < len(d.s) {
		switch c := d.s[d.i]; {
		case c == ' ' || c == '\t':
			d.i++
		case c == 0xE3 && d.i+2 < len(d.s) && d.s[d.i+1] == 0x80 && d.s[d.i+2] == 0x80:
			d.i += 3
		default:
			return
		}
	}
}

// number reads 1 to 4 ASCII or full-width digits (EF BC 90 to EF BC 99).
func (d *dateScanner) number() (int, bool) {
	d.spaces()
	v, k := 0, 0
	for d.i < len(d.s) && k < 4 {
		switch c := d.s[d.i]; {
		case c >= '0' && c <= '9':
			v = v*10 + int(c-'0')
			d.i++
		case c == 0xEF && d.i+2 < len(d.s) && d.s[d.i+1] == 0xBC && d.s[d.i+2] >= 0x90 && d.s[d.i+2] <= 0x99:
			v = v*10 + int(d.s[d.i+2]-0x90)
			d.i += 3
		case k == 0 && c == 0xE5 && strings.HasPrefix(d.s[d.i:], "元月"):
			d.i += len("元") // 元月 is 1月: the 月 is left to be read
			return 1, true
		case c == ' ' && k > 0 && d.spacedDigit():
			// 1 1 月 8 日: a PDF's text layer letter-spaces a justified
			// line, digits too, one by one.
			d.i++
			continue
		case c == ' ' && k > 0 && k < 4 && d.splitYear(v, k):
			// 19 58年: a stray space OCR put inside a year.
			d.i++
			continue
		default:
			return v, k > 0
		}
		k++
	}
	return v, k > 0
}

// partNumber reads the number of a date's month or day, or of a range's
// end, after a part in figures: number()'s, or Chinese numerals, as a copy
// mixes them (2023年十一月三日, 11月3日至五日: a yearbook's year typed in
// figures, its 条目's day in words). Only a numeral's first rune lets the
// second reader try (the first byte E3 to E5 and cnNumeralStart's
// compare), so a date in figures pays a byte compare.
func (d *dateScanner) partNumber() (int, bool) {
	if v, ok := d.number(); ok {
		return v, true
	}
	if d.i < len(d.s) && d.s[d.i]-0xE3 <= 2 && cnNumeralStart(d.s[d.i:]) {
		return d.cnNumber()
	}
	return 0, false
}

// weekday consumes the day of the week a date may be printed with,
// （星期一）, (周三), （礼拜日）, if it is next.
func (d *dateScanner) weekday() {
	rest := d.s[d.i:]
	open := 0
	switch {
	case strings.HasPrefix(rest, "（"):
		open = len("（")
	case strings.HasPrefix(rest, "("):
		open = 1
	default:
		return
	}
	in := rest[open:]
	for _, w := range [...]string{"星期", "礼拜", "周"} {
		if after, ok := strings.CutPrefix(in, w); ok {
			r, n := decodeRune(after)
			if !strings.ContainsRune("一二三四五六日天", r) {
				return
			}
			after = after[n:]
			if strings.HasPrefix(after, "）") {
				d.i += open + len(in) - len(after) + len("）")
			} else if strings.HasPrefix(after, ")") {
				d.i += open + len(in) - len(after) + 1
			}
			return
		}
	}
}

// spacedDigit reports whether d is at a space between two lone digits (the
// 1 1 of 1 1 月, and １ ５ of １ ５日, full-width): the digit before it
// stands alone, and so does the one after it. 12 13 and 3 15 are two
// numbers.
func (d *dateScanner) spacedDigit() bool {
	i := d.i
	b := figuresBefore(d.s, i, 1)
	if b == i || figuresBefore(d.s, b, 1) != b {
		return false
	}
	j := figuresEnd(d.s, i+1, 1)
	return j > i+1 && figuresEnd(d.s, j, 1) == j
}

// splitYear reports whether d is at one space inside a year in figures,
// after its first k digits (v), as OCR leaves one (19 58年, １９ ５８年): the
// rest of its four digits follow, then 年, and it begins with 1 or 2.
func (d *dateScanner) splitYear(v, k int) bool {
	first := v
	for n := k; n > 1; n-- {
		first /= 10
	}
	if first != 1 && first != 2 {
		return false
	}
	j := d.i + 1
	if _, n, end := figuresAt(d.s, j, 4-k); n == 4-k {
		return strings.HasPrefix(d.s[end:], "年")
	}
	return false
}

// lit consumes r (after optional spaces) if it is next.
// ocrDash consumes 一 between figures, as OCR reads a range's dash
// (6一8日, 11月3一5日): 一 with a figure after it, no numeral's place.
func (d *dateScanner) ocrDash() bool {
	// (The figure's bytes compared, no call to decode it: small enough
	// to inline, as a date's scan asks at each of its steps.)
	if s := d.s[d.i:]; len(s) > len("一") && s[:3] == "一" {
		if c := s[3]; c-'0' < 10 || c == 0xEF && len(s) >= 6 && s[4] == 0xBC && s[5]-0x90 < 10 { // ０ to ９: EF BC 90 to 99
			d.i += len("一")
			return true
		}
	}
	return false
}

// dash reads the dash between a range's ends (see rangeDashes), typed
// twice too: 21——24日, as a Chinese input method types —— for the key
// a typist meant for one.
func (d *dateScanner) dash() bool {
	if !d.lit(rangeDashes[:]...) {
		return false
	}
	if s := d.s[d.i:]; s != "" && (s[0] == '-' || s[0] == 0xE2 || s[0] == 0xEF) {
		// (The dash just read again, right after it: --, ——, ──, －－.)
		prev, n := decodeLastRune(d.s[:d.i])
		if r, m := decodeRune(s); r == prev && (r == '-' || r == '—' || r == '─' || r == '－' || r == '–') && m == n {
			d.i += m
		}
	}
	return true
}

func (d *dateScanner) lit(rs ...rune) bool {
	save := d.i
	d.spaces()
	s := d.s[d.i:]
	// The three bytes of each of the wants beyond ASCII (all of them
	// within U+0800–U+FFFF) are compared with s's, as they are: decodeRune
	// reads want there just when s begins with its bytes, and most wants
	// are let go by the first byte, without a call to decode s. (曰 for 日
	// and 號 for 号, OCR's and traditional characters, are read below.)
	if len(s) >= 3 && s[0] >= 0xE0 && s[0] <= 0xEF && s[:3] != "曰" && s[:3] != "號" {
		c0, c1, c2 := s[0], s[1], s[2]
		for _, want := range rs {
			if 0xE0|byte(want>>12) == c0 && 0x80|byte(want>>6)&0x3F == c1 && 0x80|byte(want)&0x3F == c2 && want >= 0x800 && want <= 0xFFFF {
				d.i += 3
				return true
			}
		}
		d.i = save
		return false
	}
	r, n := decodeRune(s)
	alt := r == '曰' || r == '號' // (asked once, not for each of rs)
	for _, want := range rs {
		if r == want || alt && (r == '曰' && want == '日' || r == '號' && want == '号') {
			d.i += n
			return true
		}
	}
	d.i = save
	return false
}

// leadingDate parses a date at the very start of s: 11月1日, 11 月 3 日,
// 2023年11月3日, 11月21至24日, 11月2日至5日, 10月28日至11月3日, and a
// bare 21日 taken to be in ctx.prevMonth. Text after the date (日晚, the
// comma) is not part of it.
func leadingDate(s string, ctx dateContext) (model.DateRange, bool) {
	if t, ok := yuanYueCn(s); ok {
		s = t
	}
	if cnNumeralStart(s) {
		return cnLeadingDate(s, ctx)
	}
	r, _, ok := leadingDateScan(s, ctx)
	if !ok && figureFirst(s) { // (2023.10.9, ２０２３．１０．９)
		return numericLeadingDate(s, ctx)
	}
	return r, ok
}

// numericLeadingDate reads a date in figures and separators at the start
// of s, as some offices and most converters of tables print it: 2023-11-12,
// 2023.11.12, 2023/11/12, and, followed by a comma or a space, 11.3 and
// 11/9 (a month and a day of the issue's year: 3.5万 and 1/3 are no dates,
// as no comma or space follows them).
func numericLeadingDate(s string, ctx dateContext) (model.DateRange, bool) {
	d := &dateScanner{s: s}
	if day, ok := d.numericDate(); ok {
		d.weekday() // 2023.11.03（周五）县人大…
		end := d.numericRangeEnd(day)
		if rest := s[d.i:]; apartAt(rest) || runInHan(rest) || colonApart(rest) {
			return model.DateRange{Start: day, End: end}, true
		}
	}
	if n, m, day, ok := dottedShortYear(s); ok {
		y := fullYear(n, ctx.year)
		if validDay(y, m, day) {
			date := model.MakeDate(y, m, day)
			return model.DateRange{Start: date, End: date}, true
		}
	}
	d = &dateScanner{s: s}
	m, ok := d.number()
	if !ok || m < 1 || m > 12 {
		return model.DateRange{}, false
	}
	sep := dotOrSlash(s[d.i:]) // (11.3, １１．３)
	if sep == 0 {
		return model.DateRange{}, false
	}
	d.i += sep
	day, ok := d.number()
	if !ok || dotOrSlash(s[d.i:]) > 0 {
		return model.DateRange{}, false
	}
	start, ok := makeDate(0, m, day, ctx)
	if !ok {
		return model.DateRange{}, false
	}
	end := d.numericRangeEnd(start)
	if !apartAt(s[d.i:]) || end != start && !runInHan(strings.TrimLeft(s[d.i:], " \u3000，,、")) {
		// (1.2-1.5 万人: numbers and their unit, no range of days.)
		return model.DateRange{}, false
	}
	return model.DateRange{Start: start, End: end}, true
}

// dotOrSlash returns the length of the . or / s begins with, half- or
// full-width (． EF BC 8E, ／ EF BC 8F, as a typist in the IME's full-width
// mode types them), or 0.
func dotOrSlash(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == '.' || s[0] == '/':
		return 1
	case len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBC && (s[2] == 0x8E || s[2] == 0x8F):
		return 3
	}
	return 0
}

// dottedShortYear reads a date in figures whose year has two figures,
// 86.7.1 县委…, as an older chronicle typed it: n the year's two figures
// (32 to 99: no month's or day's number, nor a point's 1.2.3), the date
// set apart from the text after it by a space or a comma.
func dottedShortYear(s string) (n, m, day int, ok bool) {
	if len(s) < 6 || s[2] != '.' || s[0] < '3' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, 0, 0, false
	}
	n = int(s[0]-'0')*10 + int(s[1]-'0')
	if n < 32 {
		return 0, 0, 0, false
	}
	d := &dateScanner{s: s, i: 3}
	m, ok = d.number()
	if !ok || m < 1 || m > 12 || d.i >= len(s) || s[d.i] != '.' {
		return 0, 0, 0, false
	}
	d.i++
	if day, ok = d.number(); !ok || day < 1 || day > 31 || !apartAt(s[d.i:]) {
		return 0, 0, 0, false
	}
	return n, m, day, true
}

// numericRangeEnd reads the end of a range after a date in figures, as
// offices print a meeting of days: 2023.11.10—11.12, 2023.11.20-22,
// 2023.11.28—2023.12.2, 11.10—11.12. It returns start, consuming
// nothing, where no such end follows.
func (d *dateScanner) numericRangeEnd(start model.Date) model.Date {
	save := d.i
	if d.i >= len(d.s) || !d.dash() {
		return start
	}
	year, month := int(start.Year), int(start.Month)
	e := *d
	if full, ok := e.numericDate(); ok {
		*d = e
		if !full.Before(start) {
			return full
		}
		d.i = save
		return start
	}
	n, ok := d.number()
	if !ok {
		d.i = save
		return start
	}
	day := n
	if d.i < len(d.s) && (d.s[d.i] == '.' || d.s[d.i] == '/' || d.s[d.i] == '-') {
		// 11.12: a month and a day.
		d.i++
		if day, ok = d.number(); !ok {
			d.i = save
			return start
		}
		if n < month && year != 0 {
			year++ // 2023.12.28—1.3
		}
		month = n
	}
	d.lit('日')
	if !validDay(year, month, day) || d.i < len(d.s) && (d.s[d.i] == '.' || d.s[d.i] == '/') {
		d.i = save
		return start
	}
	end := model.MakeDate(year, month, day)
	if end.Before(start) || end == start {
		d.i = save
		return start
	}
	return end
}

// runInHan reports whether rest, what follows a year, a month and a day in
// figures (2023.11.10县政协召开…), is the event's words run into the date:
// no number is printed so, as 3.5万 is.
func runInHan(rest string) bool {
	r, _ := decodeRune(rest)
	return han(r) && !strings.ContainsRune("万亿千百元户人个家项件座名吨亩公米倍次场所余多", r)
}

// apartAt reports whether rest, what follows a date in figures, sets it
// apart from the text: a comma or a space (a tab too: 2023.10.1<TAB>全市…,
// a Word table's cells), and then text.
func apartAt(rest string) bool {
	r, n := decodeRune(rest)
	if r == '\t' {
		// After a tab, one cell of prose: a statistics table's row
		// (日期<TAB>用电量<TAB>增幅 / 2023.10.1<TAB>12.5<TAB>3.2%) has
		// more cells, figures, and is no event (each row had been one).
		t := trim(rest[n:])
		first, _ := decodeRune(t)
		return t != "" && !isFigure(first) && strings.IndexByte(t, '\t') < 0
	}
	return (r == '，' || r == ',' || r == ' ' || r == '\u3000' || r == '、') && trim(rest[n:]) != ""
}

// colonApart reports whether rest, what follows a year, a month and a day in
// figures, is a colon and then text (2023.7.4：县委…, as a chronicle sets
// 7月4日：…): a date so whole is no ratio's number.
func colonApart(rest string) bool {
	if rest == "" || rest[0] != ':' && rest[0] != 0xEF {
		return false
	}
	r, n := decodeRune(rest)
	return (r == '：' || r == ':') && trim(rest[n:]) != ""
}

// cnNumeralStart reports whether s begins with a Chinese numeral that may
// begin a date: 一 to 九, 十, 〇, 廿, 卅.
func cnNumeralStart(s string) bool {
	if len(s) < 3 || s[0] < 0xE3 || s[0] > 0xE5 {
		return false // ASCII, and most Han characters
	}
	// isCnDigit's characters but 百 and 零, and 廿 and 卅, by their
	// three bytes (every date's look at a line asks this, some a dozen
	// times).
	switch uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) {
	case 0xE4B880, 0xE4BA8C, 0xE4B889, 0xE59B9B, 0xE4BA94, 0xE585AD, 0xE4B883, 0xE585AB, 0xE4B99D, // 一 to 九
		0xE58D81, 0xE38087, 0xE4B8A4, 0xE5BBBF, 0xE58D85: // 十 〇 两 廿 卅
		return true
	}
	return false
}

// cnLeadingDate reads a date printed in Chinese numerals at the start of
// s, as older chronicles print them — 一月十日, 十二月二十五日, 七月一日至三日,
// 一九八六年三月五日, 廿五日 (a day of ctx.prevMonth) — by reading it in
// digits. What follows it must not go on a word: 三日内 and 十日谈 are no
// dates, 三日上午 is.
func cnLeadingDate(s string, ctx dateContext) (model.DateRange, bool) {
	d, _, ok := cnLeadingDateEnd(s, ctx)
	return d, ok
}

// cnLeadingDateEnd is cnLeadingDate, and where the date ends in s.
func cnLeadingDateEnd(s string, ctx dateContext) (model.DateRange, int, bool) {
	var buf [64]byte
	b := buf[:0]
	i := 0
	// A list's mark (三日、五日, 三日和五日) is the run's only when a
	// numeral follows it: where it ends the run, the run ends before it.
	// firstB and firstI are where the run's first list mark is, in b and
	// s: a date the list does not go on (二十日、五名干部…) ends there.
	listB, listI, firstB, firstI := -1, -1, -1, -1
	// endB and endI are where the run's last numeral or 年月日号 ends: a
	// dash after the date (一月八日——县政协…) or spaces are no part of it.
	endB, endI := 0, 0
	var last rune // the run's last rune, as written into b
	for i < len(s) && len(b) < len(buf)-8 {
		r, n := decodeRune(s[i:])
		switch {
		case isCnDigit(r) || r == '廿' || r == '卅' || cnZero(r):
			if last == '日' || last == '号' {
				break // 七月一日零时, 一日三餐: a date's numeral never follows its day
			}
			d := &dateScanner{s: s, i: i}
			v, ok := d.cnNumber()
			if !ok || d.i == i {
				return model.DateRange{}, 0, false
			}
			b = strconv.AppendInt(b, int64(v), 10)
			i, listB, last = d.i, -1, '0'
			endB, endI = len(b), i
			continue
		case isFigure(r) && (last == '年' || last == '月' || last == '、' || last == '和' || last == '及' || slices.Contains(rangeDashes[:], last)):
			// 十月十日至12日, 二〇二三年11月3日: figures within the run, as a
			// copy mixes them, after a part of the date or a mark.
			d := &dateScanner{s: s, i: i}
			v, ok := d.number()
			if !ok {
				return model.DateRange{}, 0, false
			}
			b = strconv.AppendInt(b, int64(v), 10)
			i, listB, last = d.i, -1, '0'
			endB, endI = len(b), i
			continue
		case (r == '翌' || r == '次' || r == '第') && slices.Contains(rangeDashes[:], last):
			// 十二月二十八日—翌年一月五日: the end's year (rangeEnd reads it).
			e := dateScanner{s: s, i: i}
			if !e.nextYearWord() {
				break
			}
			b = append(b, s[i:e.i]...)
			i, last = e.i, '年'
			continue
		case r == '年' && slices.Contains(rangeDashes[:], last):
			// 七月一日至年底: the year's end (dashEnd reads it), kept whole.
			if w := s[i+n:]; strings.HasPrefix(w, "底") || strings.HasPrefix(w, "末") || strings.HasPrefix(w, "终") {
				b = append(b, s[i:i+n+len("底")]...)
				i += n + len("底")
				endB, endI, last = len(b), i, '底'
				continue
			}
		case r == '年' || r == '月' || r == '日' || r == '号':
			b = utf8.AppendRune(b, r)
			i += n
			listB, last = -1, r
			endB, endI = len(b), i
			continue
		case r == ' ' || r == '\u3000' || slices.Contains(rangeDashes[:], r):
			b = utf8.AppendRune(b, r)
			i += n
			listB, last = -1, r
			continue
		case (r == '、' || r == '和' || r == '及') && listB < 0 && len(b) > 0:
			listB, listI = len(b), i
			if firstB < 0 {
				firstB, firstI = listB, listI
			}
			b = utf8.AppendRune(b, r)
			i += n
			last = r
			continue
		case (r == '（' || r == '(' || r >= 0x4E00) && last == '日':
			// 十一月十三日（星期一）至十五日, 一月二十日晚至二十一日凌晨: the
			// day of the week, and a time of day a range goes on after,
			// are the run's (leadingDateScan reads them after the day).
			e := dateScanner{s: s, i: i}
			if e.weekday(); e.i == i && !(e.dayTime() && e.dashNext()) {
				break
			}
			b = append(b, s[i:e.i]...)
			i = e.i
			endB, endI = len(b), i
			continue
		}
		break
	}
	if listB >= 0 {
		b, i = b[:listB], listI
	}
	if endB < len(b) {
		b, i = b[:endB], endI
	}
	run := string(b)
	date, used, ok := leadingDateScan(run, ctx)
	if (!ok || trim(run[used:]) != "") && firstB >= 0 && firstB <= len(run) {
		run, i = run[:firstB], firstI
		date, used, ok = leadingDateScan(run, ctx)
	}
	if !ok || trim(run[used:]) != "" {
		return model.DateRange{}, 0, false
	}
	next, k := decodeRune(s[i:])
	if next == ' ' || next == '\u3000' || next == '\t' {
		return date, i, true // 二日 县委召开…
	}
	// A day alone must not go on a word (三日内, 十日谈, 一日三餐); a month
	// and its day may, as in figures (十一月二日县委召开…, 十二月三十一日前).
	if next >= 0x3400 && next <= 0x9FFF && !strings.ContainsRune("晚上下午凌夜早起晨", next) && !weekdayWord(s[i:]) && !(next == '零' && (strings.HasPrefix(s[i+k:], "时") || strings.HasPrefix(s[i+k:], "点"))) && !strings.Contains(run, "月") {
		return model.DateRange{}, 0, false
	}
	return date, i, true
}

// weekdayWord reports whether s begins with a day of the week printed
// after a date in Chinese numerals without brackets: 十一月八日星期三，…,
// 周一, 礼拜日.
func weekdayWord(s string) bool {
	for _, w := range [...]string{"星期", "礼拜", "禮拜", "周", "週"} {
		if after, ok := strings.CutPrefix(s, w); ok {
			r, _ := decodeRune(after)
			return strings.ContainsRune("一二三四五六日天", r)
		}
	}
	return false
}

// weekdayEnds are the characters a day with its day of the week ends
// with: 11月6日（星期一）, 11月6日 星期一 to 星期六, 星期天, 星期日 (日 ends
// a date alone too).
const weekdayEnds = "）)一二三四五六日天"

// weekdayEnd reports whether r is in weekdayEnds, by a switch (see
// holidayFirstRune): a dated line's last character, asked of many
// lines to let them go.
func weekdayEnd(r rune) bool {
	switch r {
	case '）', ')', '一', '二', '三', '四', '五', '六', '日', '天':
		return true
	}
	return false
}

// cnDateAt reports whether s begins with a date in Chinese numerals: a
// month and day, or with day also a day alone (廿五日).
// yuanYueCn reads 元月八日 (January, its day in Chinese numerals) as
// 一月八日, which the reader of Chinese numerals knows.
func yuanYueCn(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "元月"); ok && cnNumeralStart(rest) {
		return "一月" + rest, true
	}
	return s, false
}

func cnDateAt(s string, day bool) bool {
	if !cnNumeralStart(s) {
		return false
	}
	ctx := dateContext{}
	if day {
		ctx.prevMonth = 1
	}
	_, ok := cnLeadingDate(s, ctx)
	return ok
}

// leadingDateScan is leadingDate for a date in digits; it also returns
// where the date ends in s.
func leadingDateScan(s string, ctx dateContext) (model.DateRange, int, bool) {
	d := &dateScanner{s: s}
	year := 0
	n, ok := d.number()
	if !ok {
		return model.DateRange{}, 0, false
	}
	if d.lit('年') {
		year = n
		if twoDigitYear(s) {
			year = fullYear(n, ctx.year)
			if ctx.year != 0 && 1911+n == ctx.year {
				// 75年3月5日, 七十五年三月五日 under 民國七十五年
				// （一九八六年）: the Republic's year, which is the year
				// above (it had been 1975, eleven years before it).
				year = ctx.year
			}
		} else if n >= 100 && n <= eraMost(1911) {
			// 113年3月5日: the Republic's year as Taiwan writes it, in
			// three figures since 2011 (a date of the year 113 has no
			// month and day in figures after it). It had been 0113.
			year = 1911 + n
		}
		if n, ok = d.partNumber(); !ok {
			return model.DateRange{}, 0, false
		}
	}
	var month, day int
	last := 0 // the last day of a list of days (5、6日), 0 for none
	switch {
	case d.lit('月'):
		month = n
		if day, ok = d.partNumber(); !ok {
			if k := unknownDay(s[d.i:]); k > 0 {
				// 11月�日: the day's figures are characters the PDF's
				// font did not map (see unmappedGlyphs); the month is
				// known.
				start := makeMonth(year, month, ctx)
				return model.DateRange{Start: start, End: start}, d.i + k, month >= 1 && month <= 12
			}
			return model.DateRange{}, 0, false
		}
	case year == 0 && ctx.prevMonth > 0 && (d.lit('日', '号') || d.dayList(&last)):
		start, ok := makeDate(0, ctx.bareMonth(n), n, ctx)
		end := d.listEnd(start, last)
		if last == 0 {
			// 30日（星期二）至1月2日, 10日（周五）—11日: the range after the
			// day of the week, as after a month's day (it had ended at
			// its first day, silently).
			d.weekday()
		}
		if save := d.i; ok && d.i < len(s) && d.dash() {
			// 30日至1月2日, 30日至1987年1月2日
			if e, ok := d.rangeEnd(start); ok {
				end = e
			} else {
				d.i = save
			}
		}
		return model.DateRange{Start: start, End: end}, d.i, ok
	case year == 0 && ctx.prevMonth > 0 && (d.dash() || d.ocrDash()):
		// 3—6日: days of the month before (6一8日, OCR's, too: it had
		// been an event undated, silently).
		e, ok := d.number()
		if !ok || !d.lit('日', '号') {
			return model.DateRange{}, 0, false
		}
		start, ok1 := makeDate(0, ctx.bareMonth(n), n, ctx)
		end, ok2 := makeDate(0, ctx.bareMonth(n), e, ctx)
		if !ok1 || !ok2 || end.Before(start) {
			return model.DateRange{}, 0, false
		}
		return model.DateRange{Start: start, End: end}, d.i, true
	default:
		return model.DateRange{}, 0, false
	}
	hasDay := d.lit('日', '号') || d.dayList(&last)
	if hasDay {
		d.weekday() // 11月13日（星期一）至15日
		if save := d.i; !d.dayTime() || !d.dashNext() {
			d.i = save // 1月20日晚至21日凌晨: the range goes on after the time of day
		}
	}
	start, ok := makeDate(year, month, day, ctx)
	if !ok {
		return model.DateRange{}, 0, false
	}
	end := start
	if hasDay {
		end = d.listEnd(start, last)
	}
	if d.i < len(s) && (d.dash() || d.ocrDash()) {
		if e, ok := d.dashEnd(start); ok {
			end = e
			d.weekday() // 11月13日（星期一）至15日（星期三）
		} else if !hasDay {
			return model.DateRange{}, 0, false
		}
	} else if !hasDay {
		return model.DateRange{}, 0, false
	}
	return model.DateRange{Start: start, End: end}, d.i, true
}

// unknownDay returns the length of a day whose one or two figures are
// U+FFFD (11月�日), or 0.
func unknownDay(s string) int {
	const u = "\uFFFD"
	n := 0
	for n < 2 && strings.HasPrefix(s[n*len(u):], u) {
		n++
	}
	if n == 0 || !strings.HasPrefix(s[n*len(u):], "日") {
		return 0
	}
	return n*len(u) + len("日")
}

// twoDigitYear reports whether s begins with a year of two figures
// (86年5月4日, 08年), as an older county chronicle or a hasty copy prints
// one.
func twoDigitYear(s string) bool {
	i := 0
	for range 2 {
		switch {
		case i < len(s) && s[i] >= '0' && s[i] <= '9':
			i++
		case i+3 <= len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99:
			i += 3 // ８６年: full-width figures, as OCR and some typists give them
		default:
			return false
		}
	}
	return len(s) > i+3 && strings.HasPrefix(s[i:], "年")
}

// fullYear is the year a two-figure one (86) stands for: the one nearest
// the year the context gives (a heading's 1986年, the issue's), else the
// last century's from 50 on and this one's below.
func fullYear(n, near int) int {
	if near <= 0 {
		if n >= 50 {
			return 1900 + n
		}
		return 2000 + n
	}
	y := near/100*100 + n
	switch {
	case y-near > 50:
		y -= 100
	case near-y > 50:
		y += 100
	}
	return y
}

// dayList reads the rest of a list of days after its first: 、6日 in
// 3月5、6日, 、8、9日, and sets *last to its last day. It consumes nothing
// when there is none.
func (d *dateScanner) dayList(last *int) bool {
	save := d.i
	for d.lit('、') {
		n, ok := d.number()
		if !ok {
			break
		}
		if d.lit('日', '号') {
			*last = n
			return true
		}
	}
	d.i = save
	return false
}

// listEnd reads the later days of a list whose first day, start, has been
// read with its 日 (11月22日、23日, 5月16日和7月31日, 11月30日、12月1日), and
// returns the last of them; last is the last day of a list read before
// the 日 (22、23日), 0 when there is none. The model holds a span, not a
// set of days: a list's date is the span from its first day to its last,
// which holds every day it names (and the days between, which the text,
// whole, tells apart). start when no list follows.
func (d *dateScanner) listEnd(start model.Date, last int) model.Date {
	end := start
	if last != 0 {
		if !validDay(int(start.Year), int(start.Month), last) || last < int(start.Day) {
			return start
		}
		end = model.MakeDate(int(start.Year), int(start.Month), last)
	}
	for d.i < len(d.s) {
		save := d.i
		if !d.lit('、', '和', '及') {
			break
		}
		e, ok := d.rangeEnd(end)
		if !ok {
			d.i = save // 11月3日、5名代表…, 11月3日和县委…: no date
			break
		}
		end = e
	}
	return end
}

// dashEnd reads the end of a range after its dash: rangeEnd's, or the
// year's end (7月1日至年底: December 31).
func (d *dateScanner) dashEnd(start model.Date) (model.Date, bool) {
	d.spaces()
	for _, w := range [...]string{"年底", "年末", "年终"} {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			return model.MakeDate(int(start.Year), 12, 31), true
		}
	}
	return d.rangeEnd(start)
}

// dayTime consumes a time of the day after a date (晚, 上午, 凌晨), if one
// is next.
func (d *dateScanner) dayTime() bool {
	if d.i >= len(d.s) || d.s[d.i] < 0xE4 || d.s[d.i] > 0xE6 {
		return false // a comma or a space (EF, E3), most often: each word below begins E4 to E6
	}
	for _, w := range [...]string{"晚上", "晚", "上午", "下午", "中午", "凌晨", "早晨", "夜"} {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			return true
		}
	}
	return false
}

// dashNext reports whether a range's dash (至, —) is next.
func (d *dateScanner) dashNext() bool {
	save := d.i
	ok := d.i < len(d.s) && d.dash()
	d.i = save
	return ok
}

// rangeEnd reads the end of a range: 24日, 11月3日, 1987年1月2日 or
// 翌年1月5日 (of the year after the start's).
func (d *dateScanner) rangeEnd(start model.Date) (model.Date, bool) {
	if d.nextYearWord() {
		m, ok := d.partNumber()
		if !ok || start.Year == 0 || !d.lit('月') {
			return model.Date{}, false
		}
		day, ok := d.partNumber()
		year := int(start.Year) + 1
		if !ok || !d.lit('日', '号') || !validDay(year, m, day) {
			return model.Date{}, false
		}
		return model.MakeDate(year, m, day), true
	}
	n, ok := d.partNumber()
	if !ok {
		return model.Date{}, false
	}
	year := int(start.Year)
	if d.lit('年') {
		// 1986年12月30日至1987年1月2日: the end's year is printed.
		if year, ok = n, year == 0 || n >= year; !ok {
			return model.Date{}, false
		}
		if n, ok = d.partNumber(); !ok || !d.lit('月') {
			return model.Date{}, false
		}
		day, ok := d.partNumber()
		if !ok || !d.lit('日', '号') || !validDay(year, n, day) {
			return model.Date{}, false
		}
		end := model.MakeDate(year, n, day)
		return end, !end.Before(start)
	}
	month, day := int(start.Month), n
	if d.lit('月') {
		month = n
		if day, ok = d.partNumber(); !ok {
			return model.Date{}, false
		}
	}
	if !d.lit('日', '号') {
		return model.Date{}, false
	}
	if month < int(start.Month) && year != 0 {
		year++ // 12月28日至1月3日
	}
	end := model.MakeDate(year, month, day)
	if !validDay(year, month, day) || end.Before(start) {
		return model.Date{}, false
	}
	return end, true
}

// validDay reports whether day is a day of month: 2月30日 is not. The year
// decides 2月29日; when it is not known (0) the 29th is let through.
func validDay(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year != 0 && !(year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
		days = 28
	}
	return day <= days
}

func makeDate(year, month, day int, ctx dateContext) (model.Date, bool) {
	year = dateYear(year, month, ctx)
	if !validDay(year, month, day) {
		return model.Date{}, false
	}
	return model.MakeDate(year, month, day), true
}

// makeMonth is makeDate for a month-level date (1月上旬, 1月底).
func makeMonth(year, month int, ctx dateContext) model.Date {
	return model.MakeDate(dateYear(year, month, ctx), month, 0)
}

// dateYear is the year of a date in month: year when it is printed, else
// the issue's.
func dateYear(year, month int, ctx dateContext) int {
	if year == 0 {
		year = ctx.year
		// A January issue reports on December of the year before (and a
		// quarterly's 第4期 is no April).
		if year != 0 && ctx.issueMonth > 0 && ctx.issueMonth <= 3 && month-ctx.issueMonth > 6 {
			year--
		}
		// A December issue printed in January reports on its first days:
		// 1月1日 in 2023年第12期, published 2024-01-08, is 2024's.
		if year != 0 && ctx.issueMonth >= 10 && ctx.issueMonth-month > 6 && ctx.pubYear == year+1 && month <= ctx.pubMonth {
			year++
		}
	}
	return year
}

// isFigure reports whether r is a digit, ASCII or full-width (１), as OCR
// and Word print dates either way.
func isFigure(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// figureFirst reports whether s begins with a digit, ASCII or full-width.
func figureFirst(s string) bool {
	return s != "" && (s[0] >= '0' && s[0] <= '9' || len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99)
}

// figuresEnd returns the end of the run of at most n digits that begins
// s[i:], ASCII or full-width (１２, EF BC 91 EF BC 92, as a typist in the
// IME's full-width mode types them).
func figuresEnd(s string, i, n int) int {
	_, _, j := figuresAt(s, i, n)
	return j
}

// figuresBefore returns the start of the run of at most n digits, ASCII
// or full-width, that ends at s[:i] (第１页's １), by their bytes.
func figuresBefore(s string, i, n int) int {
	for ; n > 0; n-- {
		if i > 0 && s[i-1]-'0' <= 9 {
			i--
		} else if i >= 3 && s[i-3] == 0xEF && s[i-2] == 0xBC && s[i-1]-0x90 <= 9 {
			i -= 3
		} else {
			break
		}
	}
	return i
}

// figuresAt reads the run of at most n digits, ASCII or full-width, that
// begins s[i:], by their bytes, no rune decoded: its value v, its count
// k, and its end j (i, with k 0, for none).
func figuresAt(s string, i, n int) (v, k, j int) {
	for j = i; k < n && j < len(s); k++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9':
			v = v*10 + int(c-'0')
			j++
		case c == 0xEF && j+2 < len(s) && s[j+1] == 0xBC && s[j+2] >= 0x90 && s[j+2] <= 0x99:
			v = v*10 + int(s[j+2]-0x90)
			j += 3
		default:
			return v, k, j
		}
	}
	return v, k, j
}
