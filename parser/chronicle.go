package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Chronicles (大事记) go day by day: a section of a monthly report, a
// monthly page of its own, or the chapter of a yearbook that covers twenty
// years under year headings. Each event is its own entry, dated in full:
// the year from the nearest year heading above it, else the title, else
// the publication date; the month of a bare 1日 from the line before it,
// the month heading or the title.

// yearHeading matches a heading that is a year and nothing else: 1986年,
// 一九八六年, 1986 年.
func yearHeading(t string) (int, bool) {
	if len(t) > 60 || lastWide(t) != '年' || !periodChars(t) {
		return 0, false // a heading is short: no need to look at a paragraph
	}
	t = trim(stripMarkup(t))
	if !strings.HasSuffix(t, "年") {
		return 0, false
	}
	d := &dateScanner{s: t}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') || trim(t[d.i:]) != "" {
		return 0, false
	}
	return y, true
}

// monthHeading matches a heading that is a month and nothing else: 11月,
// 十一月, 11月份.
func monthHeading(t string) (int, bool) {
	if w := lastWide(t); len(t) > 40 || w != '月' && w != '份' || !periodChars(t) {
		return 0, false
	}
	t = trim(stripMarkup(t))
	d := &dateScanner{s: t}
	m, ok := d.anyNumber()
	if !ok || m < 1 || m > 12 || !d.lit('月') {
		return 0, false
	}
	d.lit('份')
	if trim(t[d.i:]) != "" {
		return 0, false
	}
	return m, true
}

// lastWide returns the last character of t beyond ASCII that is not a
// space, or 0. A year or month heading ends with 年, 月 or 份 once
// stripMarkup and trim have taken off what follows it, which is ASCII
// markup and spaces: a dated line (11月1日，…。) is let go at its last
// character.
func lastWide(t string) rune {
	for i := len(t); i > 0; {
		if t[i-1] < utf8.RuneSelf {
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(t[:i])
		if !wideSpace(r) {
			return r
		}
		i -= n
	}
	return 0
}

// wideSpace is unicode.IsSpace for characters beyond ASCII, without its
// table: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
// U+205F and U+3000.
func wideSpace(r rune) bool {
	switch {
	case r < 0x85 || r > 0x3000:
		return false
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// periodChars reports whether every character of t beyond ASCII may be
// in a year or month heading: a digit, a Chinese numeral, 年, 月, 份 or a
// space. Markup is ASCII, so a line with any other character is no such
// heading, and is let go before stripMarkup copies it (a dated line,
// 11月1日，…, has 月 and is short enough to be looked at).
func periodChars(t string) bool {
	for i := 0; i < len(t); {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		_, digit := cnDigit(r)
		_, unit := cnUnit(r)
		if !digit && !unit && !cnZero(r) && !ocrZero(r) && !(r >= '０' && r <= '９') &&
			!strings.ContainsRune("年月份廿卅", r) && !wideSpace(r) {
			return false
		}
	}
	return true
}

// periodHeading reports whether l is a year or a month heading.
func periodHeading(l string) bool {
	if _, ok := yearHeading(l); ok {
		return true
	}
	_, ok := monthHeading(l)
	return ok
}

// titleYearMonth finds the year and month a title names: 宁川县2023年11月大事记,
// 2023年11月份大事记, 平顶山市2023年大事记.
func titleYearMonth(title string) (year, month int) {
	for i := 0; i < len(title); {
		r, n := utf8.DecodeRuneInString(title[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(cnDigits+"〇○", r)) {
			i += n
			continue
		}
		d := &dateScanner{s: title, i: i}
		if y, ok := d.anyNumber(); ok && plausibleYear(y) && d.lit('年') {
			year = y
			if m, ok := d.anyNumber(); ok && m >= 1 && m <= 12 && d.lit('月') {
				month = m
			}
			return year, month
		}
		i += n
	}
	return 0, 0
}

// Relative dates, as chronicles print them at the start of an event.
var (
	sameDayWords   = [...]string{"同日", "当日", "该日", "是日"}
	sameMonthWords = [...]string{"该月", "是月", "本月", "当月"}
	sameYearWords  = [...]string{"该年", "是年", "同年", "年内", "当年"}
)

// relativeDate reports which relative date s begins with: day, month or
// year precision, or "".
func relativeDate(s string) model.Precision {
	if s == "" || s[0] < utf8.RuneSelf {
		return "" // a digit, most often: every word below begins with a Han character
	}
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '同', '当', '该', '是', '本', '年': // what every word below begins with
	case '元', '春', '清', '端', '中', '国': // the holidays of holidayWords
		if holiday(s) {
			return model.MonthPrecision
		}
		return ""
	default:
		return ""
	}
	for _, w := range sameDayWords {
		if strings.HasPrefix(s, w) {
			return model.DayPrecision
		}
	}
	for _, w := range sameMonthWords {
		if strings.HasPrefix(s, w) {
			return model.MonthPrecision
		}
	}
	for _, w := range sameYearWords {
		if strings.HasPrefix(s, w) {
			return model.YearPrecision
		}
	}
	return ""
}

// holidayWords are the holidays a chronicle dates an event by
// (春节期间，…): the event is of the month it is printed under, as 是月's
// is; the day is not said.
var holidayWords = [...]string{"元旦", "春节", "清明", "端午", "中秋", "国庆"}

// holiday reports whether s begins with a holiday and 期间, 前后 or 前夕.
func holiday(s string) bool {
	for _, w := range holidayWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return strings.HasPrefix(rest, "期间") || strings.HasPrefix(rest, "前后") || strings.HasPrefix(rest, "前夕")
		}
	}
	return false
}

// monthPeriod reads a part of a month at the start of s: 1月上旬, 1月中旬,
// 1月下旬, 1月初, 1月中, 1月底, 1月末, 一月上旬, 1986年1月下旬. The model
// dates it to the month (month precision: it has no ten-day period); the
// text keeps the part. 初, 中, 底 and 末 must not go on a word (1月中国…).
func monthPeriod(s string) (year, month int, ok bool) {
	if s == "" {
		return 0, 0, false
	}
	if c := s[0]; !(c >= '0' && c <= '9' || c == 0xEF || cnNumeralStart(s)) {
		return 0, 0, false // a month begins with a digit (full-width: EF BC 9x) or a Chinese numeral
	}
	d := &dateScanner{s: s}
	n, ok := d.anyNumber()
	if ok && plausibleYear(n) && d.lit('年') {
		year = n
		n, ok = d.anyNumber()
	}
	if !ok || n < 1 || n > 12 || !d.lit('月') {
		return 0, 0, false
	}
	rest := s[d.i:]
	for _, w := range [...]string{"上旬", "中旬", "下旬", "上中旬", "中下旬"} {
		if strings.HasPrefix(rest, w) {
			return year, n, true
		}
	}
	r, k := utf8.DecodeRuneInString(rest)
	if r != '初' && r != '中' && r != '底' && r != '末' {
		return 0, 0, false
	}
	next, _ := utf8.DecodeRuneInString(rest[k:])
	if next >= 0x3400 && next <= 0x9FFF && !strings.ContainsRune("至到前", next) {
		return 0, 0, false
	}
	return year, n, true
}

// startsWithDay reports whether s begins with a day of the month alone
// (1日 …, 3—6日 …): a chronicle's day line under a month.
func startsWithDay(s string) bool {
	if cnNumeralStart(s) {
		return cnDateAt(s, true) // 廿五日
	}
	d := &dateScanner{s: s}
	n, ok := d.number()
	if !ok || n < 1 || n > 31 {
		return false
	}
	if d.lit('日', '号') {
		return true
	}
	if !d.lit(rangeDashes[:]...) {
		return false
	}
	e, ok := d.number()
	return ok && e >= n && e <= 31 && d.lit('日', '号')
}

// rangeDashes separate the two ends of a range: 3—6日, 8~9日, 1月11─14日.
var rangeDashes = [...]rune{'至', '到', '-', '–', '—', '─', '－', '~', '～', '〜'}

// eventStart reports whether s begins an event of a chronicle: a date
// (11月1日, 1日), a relative date (同日, 是月) or △.
func eventStart(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= utf8.RuneSelf { // △, ▲ and the relative dates are not ASCII
		if strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲") || relativeDate(s) != "" {
			return true
		}
	}
	if startsWithMonthDay(s) || startsWithDay(s) {
		return true
	}
	_, _, ok := monthPeriod(s)
	return ok
}

// mayStartEvent reports, from its first bytes, whether eventStart may
// be true of s: it begins with a digit or one of the characters that
// start the words eventStart knows. It lets most lines go without a look
// at the dates.
func mayStartEvent(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '０' && r <= '９' || strings.ContainsRune("△▲同当该是本年元春清端中国", r) || cnNumeralStart(s)
}

// dateOnlyLine reports whether l is a date and nothing else (11月1日,
// 12 月 25 — 27 日): the text of the event follows on the next line.
func dateOnlyLine(l string) bool {
	t := trim(l)
	if t == "" || len(t) > 60 || !(startsWithMonthDay(t) || startsWithDay(t)) {
		return false
	}
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９', r == ' ', r == '\u3000':
		case isCnDigit(r), cnZero(r), r == '廿', r == '卅': // 一月十日
		case strings.ContainsRune("年月日号", r), strings.ContainsRune(string(rangeDashes[:]), r):
		default:
			return false
		}
	}
	return true
}

// chronicleContext is what dates in a chronicle take from above them.
type chronicleContext struct {
	year, month int             // from the nearest heading, title or publication date
	prev        model.DateRange // the date of the event before
}

// eventDate dates paragraph s, an event of a chronicle or a dated
// paragraph of a report: a date it begins with, or a relative date
// (同日, 是月, 是年) or a △ taken from the event before.
func eventDate(s string, ctx dateContext, cc *chronicleContext) (model.DateRange, bool) {
	if d, ok := leadingDate(s, ctx); ok {
		return d, true
	}
	if year, month, ok := monthPeriod(s); ok {
		d := makeMonth(year, month, ctx)
		return model.DateRange{Start: d, End: d}, true
	}
	switch {
	case strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲"):
		if !cc.prev.IsZero() {
			return cc.prev, true
		}
	case relativeDate(s) == model.DayPrecision:
		if !cc.prev.IsZero() && cc.prev.Start.Precision() == model.DayPrecision {
			return model.DateRange{Start: cc.prev.Start, End: cc.prev.Start}, true
		}
	case relativeDate(s) == model.MonthPrecision:
		month, year := cc.month, ctx.year
		if !cc.prev.IsZero() && cc.prev.Start.Month != 0 {
			month, year = int(cc.prev.Start.Month), int(cc.prev.Start.Year)
		}
		if month != 0 {
			d := model.MakeDate(year, month, 0)
			return model.DateRange{Start: d, End: d}, true
		}
	case relativeDate(s) == model.YearPrecision:
		if ctx.year != 0 {
			d := model.MakeDate(ctx.year, 0, 0)
			return model.DateRange{Start: d, End: d}, true
		}
	}
	return model.DateRange{}, false
}

// dates dates every paragraph that begins with a date, and every entry by
// its first. The year comes from the issue (its number, its title, its
// publication date) and, in a chronicle, from the year heading above; the
// month of a bare 21日 from the date before it, the month heading above,
// the title or the issue's number.
func (p *parser) dates() {
	iss := p.iss
	ctx := dateContext{year: iss.Year}
	if iss.Number >= 1 && iss.Number <= 12 {
		ctx.issueMonth = iss.Number
	} else if !iss.Published.IsZero() {
		ctx.issueMonth = int(iss.Published.Month)
	}
	ty, tm := titleYearMonth(iss.Title)
	if p.yearbook {
		// 宁川年鉴（2023） is the year it was published, most often the year
		// after the one it records: a bare 1月10日 takes no year from it,
		// nor from the cover, only from a year heading above it.
		ctx, ty, tm = dateContext{}, 0, 0
	}
	if ctx.year == 0 && ty != 0 {
		ctx.year = ty
		if tm != 0 {
			ctx.issueMonth = tm // 2024年1月大事记: its December is 2023's
		}
	}
	if ctx.year == 0 && !p.yearbook {
		ctx.year = int(iss.Published.Year)
	}
	cc := chronicleContext{month: tm}
	if cc.month == 0 && iss.Number >= 1 && iss.Number <= 12 && !p.yearbook {
		cc.month = iss.Number
	}
	for si := range iss.Sections {
		s := &iss.Sections[si]
		if y, ok := yearHeading(s.Name); ok {
			// A year printed above the dates: no guessing from the month.
			ctx.year, ctx.issueMonth = y, 0
			cc.month, cc.prev = 0, model.DateRange{}
		} else if m, ok := monthHeading(s.Name); ok {
			cc.month, cc.prev = m, model.DateRange{}
		}
		ctx.prevMonth = cc.month
		for ei := range s.Entries {
			e := &s.Entries[ei]
			if e.Title != "" {
				// A report's entry: a bare 21日 takes the month of a date in
				// the same entry, else the month of the issue.
				ctx.prevMonth = cc.month
			}
			for pi := range e.Paragraphs {
				para := &e.Paragraphs[pi]
				d, ok := eventDate(para.Text, ctx, &cc)
				if !ok {
					continue
				}
				para.Date = d
				if e.Title == "" {
					// 1987年3月1日 in a chronicle that prints the year when it
					// changes: the events after it are of that year, as under
					// a year heading. (A report's entry prints a year of its
					// own.)
					if y, ok := printedYear(para.Text); ok && y != ctx.year {
						ctx.year, ctx.issueMonth = y, 0
					}
				}
				if d.End.Month != 0 {
					ctx.prevMonth = int(d.End.Month)
				}
				cc.prev = d
				if e.Date.IsZero() {
					e.Date = d
				}
			}
		}
	}
}

// printedYear returns the year a dated paragraph prints before its month
// (1987年3月1日, 一九八七年三月一日).
func printedYear(s string) (int, bool) {
	d := &dateScanner{s: s}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') {
		return 0, false
	}
	return y, true
}
