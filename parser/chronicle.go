package parser

import (
	"strconv"
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

// ocrMonth reads a month heading in figures with a letter OCR read for a
// digit beside a digit (I2月, l0月, 1O月, 1l月, and 月份 after them), as
// ocrYear reads 2OO5年: left unread, the heading had been a line of the
// event above, and the days under it of the month above (December's of
// November, silently).
func ocrMonth(t string) (int, bool) {
	if len(t) < 2+len("月") || len(t) > 2*3+len("月份") {
		return 0, false // (two figures, ASCII or full-width: l0月, l０月)
	}
	f, ok := strings.CutSuffix(t, "月")
	if !ok {
		if f, ok = strings.CutSuffix(t, "月份"); !ok {
			return 0, false
		}
	}
	m, n, letters, ok := ocrRun(f)
	return m, ok && n == 2 && letters == 1 && m >= 1 && m <= 12
}

// spanStart is the first year of a title that names the years it covers,
// 宁川县大事记（1985—1990）, else 0.
func spanStart(title string) int {
	if !titleSpan(title) {
		return 0
	}
	y, _ := chronSpanFirst(title)
	return y
}

// chronSpanFirst reads the first year in figures in title's last bracket
// (or of an era, see eraSpan).
func chronSpanFirst(title string) (int, bool) {
	i := strings.LastIndexAny(title, "（(")
	if i < 0 {
		return 0, false
	}
	d := &dateScanner{s: title[i:]}
	d.lit('（', '(')
	d.spaces()
	y, ok := d.number()
	if !ok {
		// （民國七十五年至八十四年）, Taiwan's: the era's first year.
		in := strings.TrimRight(title[i+d.i:], "）)")
		if y1, _, ok := eraSpan(in); ok {
			return y1, true
		}
	}
	return y, ok && plausibleYear(y)
}

// chronMonth is titleMonth of a chronicle's title, 0 for another.
func chronMonth(chron bool, title string) int {
	if !chron {
		return 0
	}
	return titleMonth(title)
}

// titleMonth finds the month a chronicle's title names without a year:
// 十月大事记, 10月份大事记.
func titleMonth(title string) int {
	for i := 0; i < len(title); {
		r, n := decodeRune(title[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(cnDigits, r)) {
			i += n
			continue
		}
		d := &dateScanner{s: title, i: i}
		if m, ok := d.anyNumber(); ok && m >= 1 && m <= 12 && d.lit('月') {
			return m
		}
		i = max(d.i, i+n)
	}
	return 0
}

// titleYearMonth finds the year and month a title names: 宁川县2023年11月大事记,
// 2023年11月份大事记, 平顶山市2023年大事记.
func titleYearMonth(title string) (year, month int) {
	for i := 0; i < len(title); {
		r, n := decodeRune(title[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(cnDigits+"〇○", r)) {
			i += n
			continue
		}
		d := &dateScanner{s: title, i: i}
		y, ok := d.anyNumber()
		if ok && !plausibleYear(y) && y >= 1 && y <= eraMost(1911) && republicTitleYear(title[:i], y) {
			// 青嵐縣112年大事紀, 民國75年: the Republic's year, as Taiwan
			// names its chronicles and yearbooks (it had been no year).
			y += 1911
		}
		if ok && plausibleYear(y) && d.lit('年') {
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

// republicTitleYear reports whether the number y after before in a
// title is a year of the Republic: after 民國, or in three figures after
// a place's name or at the start (青嵐縣112年大事紀; not 建校120年, a
// school's age).
func republicTitleYear(before string, y int) bool {
	for { // 青嵐縣 112年大事紀, 民國　75年: a space between is the same
		if t := strings.TrimRight(before, " "); t != before {
			before = t
		} else if t := strings.TrimSuffix(before, "\u3000"); t != before {
			before = t
		} else {
			break
		}
	}
	if strings.HasSuffix(before, "民国") || strings.HasSuffix(before, "民國") {
		return true
	}
	if y < 100 {
		return false
	}
	r, _ := decodeLastRune(before)
	return before == "" || strings.ContainsRune("县市区省镇乡縣區鎮鄉", r)
}

// monthPeriod reads a part of a month at the start of s: 1月上旬, 1月中旬,
// 1月下旬, 1月初, 1月中, 1月底, 1月末, 一月上旬, 1986年1月下旬. The model
// dates it to the month (month precision: it has no ten-day period); the
// text keeps the part. 初, 中, 底 and 末 must not go on a word (1月中国…).
// end is where the part ends in s: a run to another month may follow
// (1月下旬—3月上旬, 12月下旬至次年2月).
func monthPeriod(s string) (year, month, end int, ok bool) {
	if s == "" {
		return 0, 0, 0, false
	}
	if c := s[0]; !(c >= '0' && c <= '9' || c == 0xEF || cnNumeralStart(s) || c == 0xE5 && strings.HasPrefix(s, "元月")) {
		return 0, 0, 0, false // a month begins with a digit (full-width: EF BC 9x), a Chinese numeral or 元 (元月中旬)
	}
	d := &dateScanner{s: s}
	n, ok := d.anyNumber()
	if ok && plausibleYear(n) && d.lit('年') {
		year = n
		n, ok = d.anyNumber()
	}
	if !ok || n < 1 || n > 12 || !d.lit('月') {
		return 0, 0, 0, false
	}
	rest := s[d.i:]
	for _, w := range [...]string{"上中旬", "中下旬", "上、中旬", "中、下旬", "上旬", "中旬", "下旬"} {
		if strings.HasPrefix(rest, w) {
			return year, n, d.i + len(w), true
		}
	}
	if k := bracketedPart(rest); k > 0 {
		return year, n, d.i + k, true // 12月（下旬）
	}
	r, k := decodeRune(rest)
	if r != '初' && r != '中' && r != '底' && r != '末' {
		return 0, 0, 0, false
	}
	next, _ := decodeRune(rest[k:])
	if next >= 0x3400 && next <= 0x9FFF && !strings.ContainsRune("至到前", next) {
		return 0, 0, 0, false
	}
	return year, n, d.i + k, true
}

// bracketedPart returns the length of the part of a month in brackets
// that rest begins with (（下旬）, (上旬), （月底）), as some chronicles print
// it after the month; 0 when it begins with none.
func bracketedPart(rest string) int {
	open, shut := "（", "）"
	if strings.HasPrefix(rest, "(") {
		open, shut = "(", ")"
	} else if !strings.HasPrefix(rest, open) {
		return 0 // nearly every month: its part, or its text, follows
	}
	inner := rest[len(open):]
	j := strings.Index(inner[:min(len(inner), 4*3+1)], shut)
	if j <= 0 {
		return 0
	}
	switch inner[:j] {
	case "上旬", "中旬", "下旬", "上中旬", "中下旬", "初", "中", "底", "末", "月初", "月中", "月底", "月末":
		return len(open) + j + len(shut)
	}
	return 0
}

// rangeDashes separate the two ends of a range: 3—6日, 8~9日, 1月11─14日.
var rangeDashes = [...]rune{'至', '到', '-', '–', '—', '─', '－', '~', '～', '〜'}

// periodRun is the date periodStart reads: a year, a month or a run of
// months, as printed.
type periodRun struct {
	year, month int // the first month (0: a year alone) and its year (0: not printed)
	// The last month and its year (0: the first's). nextYear: it is of
	// the year after the first's (12月—次年1月, 12月至1月).
	endYear, end int
	nextYear     bool
	// lunar: months of the lunar calendar (1368年正月, 1555年农历四月);
	// leap, the leap month after the first.
	lunar, leap bool
}

// periodStart reads an event dated by a month, a run of months or a year
// alone, as chronicles date what took a while: 3月 县委…, 5月，…, 1—3月，…,
// 1987年3月 …, 1987年 …, 三月，…, 1937年冬，… (a year), runs into another
// year (2019年12月—2020年1月，…, 12月至次年1月，…) and an era's year with
// the common era's beside it (明洪武元年（1368年）正月，…, 东汉建安五年（200年），…).
// The date must stand apart from the text after it (a space or a comma):
// 3月份的 and 1987年的 are words.
func periodStart(s string) (periodRun, bool) {
	var r periodRun
	era := false
	if _, bc, t, ok := eraBracket(s); ok && !bc {
		s, era = t, true // 明洪武三年（1370年）三月，… is 1370年三月，…
	}
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 0xEF || cnNumeralStart(s) || s[0] == 0xE5 && strings.HasPrefix(s, "元月")) {
		return r, false
	}
	d := &dateScanner{s: s}
	n, ok := d.anyNumber()
	if !ok {
		return r, false
	}
	if !era && headingYear(n) {
		// 1959—1961年，…, 1959年至1961年，…: a run of years.
		e := *d
		e.lit('年')
		if e.dash() || e.lit('一') { // (一: OCR's dash, 1959一1961年，…)
			if y, ok := e.number(); ok && headingYear(y) && y > n && e.lit('年') && apart(s[e.i:]) {
				return periodRun{year: n, endYear: y}, true
			}
		}
	}
	// (A year before 1000 only beside an era's: 621年 alone is a number.)
	if (headingYear(n) || era && n >= 1 && n <= 2100) && d.lit('年') {
		r.year = n
		if rest := d.s[d.i:]; strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") {
			// 1900年（清光绪二十六年）六月，…: the era's year beside it.
			if end := indexAnyOf(rest[:min(len(rest), 40*3)], "）)"); end > 0 {
				d.i += end + 1
				if rest[end] != ')' {
					d.i += len("）") - 1
				}
			}
		}
		save := d.i
		if m, leap, ok := d.lunarMonthName(); ok {
			// 1368年正月，…, 1555年农历四月，…: a month of the lunar year.
			r.month, r.end, r.lunar, r.leap = m, m, true, leap
		} else if d.i = save; !d.numberInto(&n) {
			d.i = save
			if rest := s[d.i:]; apart(rest) || yearSeason(rest) {
				return r, true // 1987年 …, 1937年冬，…: a year
			} else if rest != "" && holidayFirstRune(firstRuneOf(rest)) && holiday(rest) {
				// 1987年春节前夕，…: the month of the holiday (or its eve)
				// in that year, else the year.
				if m, ok := holidayMonth(rest, n); ok && m.Year == int16(n) {
					r.month, r.end = int(m.Month), int(m.Month)
				}
				return r, true
			}
			return periodRun{}, false
		}
	}
	if r.month == 0 {
		if n < 1 || n > 12 || !d.lit('月') && !d.monthRun(n, &r) {
			return periodRun{}, false
		}
		if r.month == 0 {
			r.month, r.end = n, n
		}
	}
	d.lit('份')
	d.lit('间') // 4月间，…
	if save := d.i; r.year == 0 && r.end == r.month && r.endYear == 0 && d.lit('日', '曰') && !apart(s[d.i:]) {
		d.i = save // 10月 日本代表团…: the month, then a word
	}
	// (8月曰，…, 10月 日，…: a day OCR lost, its month read; dayLost
	// says so.)
	if r.end == r.month && r.endYear == 0 {
		// 3月至5月, 2019年12月—2020年1月, 12月—次年1月
		save := d.i
		if !d.dash() || !d.monthEnd(&r) {
			d.i = save
		}
	}
	if !apart(s[d.i:]) {
		return periodRun{}, false
	}
	return r, true
}

// numberInto reads a number in figures or numerals into *n.
func (d *dateScanner) numberInto(n *int) bool {
	v, ok := d.anyNumber()
	if ok {
		*n = v
	}
	return ok
}

// monthNumber reads a month in figures or numerals and its 月 into *n.
func (d *dateScanner) monthNumber(n *int) bool {
	m, ok := d.anyNumber()
	if !ok || m < 1 || m > 12 || !d.lit('月') {
		return false
	}
	*n = m
	return true
}

// monthRun reads the rest of a run of months after its first, n: —3月 in
// 1—3月, 、4月 in 3、4月 (间). It sets r's months.
func (d *dateScanner) monthRun(n int, r *periodRun) bool {
	if !d.dash() && !d.lit('、') {
		return false
	}
	e, ok := d.anyNumber()
	if !ok || e <= n || e > 12 || !d.lit('月') {
		return false
	}
	r.month, r.end = n, e
	return true
}

// monthEnd reads the month a run ends in, after its dash: 5月, 2020年1月,
// 次年1月, a part of it (次年1月上旬) or a lunar month after a lunar one
// (正月至三月). A month lower than the first, of no year printed, is of
// the next year (12月至1月), as a run of days is.
func (d *dateScanner) monthEnd(r *periodRun) bool {
	d.spaces()
	for _, w := range [...]string{"年底", "年末", "年终"} {
		// 3月至年底，…: to the year's end, December.
		if strings.HasPrefix(d.s[d.i:], w) && !r.lunar && r.month < 12 {
			d.i += len(w)
			r.end = 12
			return true
		}
	}
	year := 0
	next := d.nextYearWord()
	if !next {
		save := d.i
		if y, ok := d.number(); ok && headingYear(y) && d.lit('年') {
			year = y
		} else {
			d.i = save
		}
	}
	var m int
	if r.lunar {
		save := d.i
		if n, leap, ok := d.lunarMonthName(); ok && !leap {
			m = n
		} else if d.i = save; !d.monthNumber(&m) {
			return false
		}
	} else if !d.monthNumber(&m) {
		return false
	}
	from := r.year
	switch {
	case year != 0:
		if from != 0 && (year < from || year == from && m <= r.month) {
			return false
		}
	case next || m < r.month:
		next = true
	case m == r.month:
		return false
	}
	r.endYear, r.end, r.nextYear = year, m, next
	d.monthPart()
	return true
}

// nextYearWord consumes 次年, 翌年 or 第二年, a run's end in the year after
// its start, if it is next.
func (d *dateScanner) nextYearWord() bool {
	d.spaces()
	for _, w := range [...]string{"次年", "翌年", "第二年"} {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			return true
		}
	}
	return false
}

// monthPart consumes a part of a month after it (上旬, 中下旬, 初, 底),
// if one is next: the date is of the month.
func (d *dateScanner) monthPart() {
	rest := d.s[d.i:]
	for _, w := range [...]string{"上旬", "中旬", "下旬", "上中旬", "中下旬", "上、中旬", "中、下旬", "初", "中", "底", "末"} {
		if after, ok := strings.CutPrefix(rest, w); ok && !goesOn(after) {
			d.i += len(w)
			return
		}
	}
}

// lunarMonthName reads a month of the lunar calendar after a year: 正月,
// 冬月, 腊月, 闰四月, or after 农历 (阴历, 夏历, 旧历) any month, 农历四月.
// A month in numerals alone (三月) is not one: it is read as the others
// are.
func (d *dateScanner) lunarMonthName() (month int, leap, ok bool) {
	lunar := false
	d.spaces()
	for _, w := range lunarMarks {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			lunar = true
			break
		}
	}
	leap = d.lit('闰', '閏')
	switch {
	case d.lit('正'):
		month = 1
	case d.lit('冬'):
		month = 11
	case d.lit('腊', '臘'):
		month = 12
	case lunar || leap:
		if n, ok := d.anyNumber(); ok && n >= 1 && n <= 12 {
			month = n
		}
	}
	if month == 0 || !d.lit('月') {
		return 0, false, false
	}
	return month, leap, true
}

// yearSeason reports whether rest, what follows a year, is a season or a
// part of it and is set apart from the text after it: 冬，…, 秋冬，…,
// 春季，…, 底，… (1937年冬，…: the year), or a season that ends the line
// (1946年秋 / 冬，…, as the wrap cut it).
func yearSeason(rest string) bool {
	r, n := decodeRune(rest)
	if strings.ContainsRune("春夏秋冬", r) {
		r2, n2 := decodeRune(rest[n:])
		return season(r2, rest[n+n2:]) || trim(rest[n:]) == ""
	}
	for _, w := range [...]string{"初", "中", "底", "末", "内", "度", "上半年", "下半年"} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			r, _ := decodeRune(after)
			return strings.ContainsRune("，,、：: \u3000", r)
		}
	}
	return false
}

// dates are the dates of r, an event's year, month or months, the year
// from ctx where it is not printed: false for a lunar month its year has
// not (闰六月 of 1988). A lunar month within the table is the Gregorian
// months it spans (1987年农历八月: September to October); before 1900 it
// is dated by its number, as an era's months are.
func (r periodRun) dates(ctx dateContext) (model.DateRange, bool) {
	if r.month == 0 {
		d := model.MakeDate(r.year, 0, 0)
		if r.endYear > r.year {
			return model.DateRange{Start: d, End: model.MakeDate(r.endYear, 0, 0)}, true // 1959—1961年
		}
		return model.DateRange{Start: d, End: d}, true
	}
	start := makeMonth(r.year, r.month, ctx)
	y := int(start.Year)
	endYear := r.endYear
	if endYear == 0 {
		endYear = y
		if r.nextYear {
			if y == 0 {
				// 12月—次年1月 of no year known: its first month, as no
				// run can be told.
				return model.DateRange{Start: start, End: start}, true
			}
			endYear++
		}
	}
	if r.lunar && y != 0 {
		a, ok1 := lunarToSolar(y, r.month, 1, r.leap)
		b, ok2 := lunarToSolar(endYear, r.end, 29, r.leap && r.end == r.month && endYear == y)
		if ok1 && ok2 {
			return model.DateRange{Start: model.MakeDate(int(a.Year), int(a.Month), 0), End: model.MakeDate(int(b.Year), int(b.Month), 0)}, true
		}
		if y >= lunarFirstYear && y < lunarFirstYear+len(lunarNewYear) {
			return model.DateRange{}, false // a leap month the year has not
		}
	}
	end := model.MakeDate(endYear, r.end, 0)
	if end.Before(start) {
		return model.DateRange{}, false // 12月至2019年1月 under 2019年: which is wrong cannot be told
	}
	return model.DateRange{Start: start, End: end}, true
}

// apart reports whether rest, what follows a date, sets the date apart
// from the text: a space or a comma, and then no digit (3月 5日 is a day).
func apart(rest string) bool {
	r, n := decodeRune(rest)
	switch r {
	case ' ', '\u3000', '\t':
		t := trim(rest)
		return t != "" && !(t[0] >= '0' && t[0] <= '9')
	case '，', ',', '：', ':', '、', '|':
		// (|: a table's cell ends at the date, | 5月|全县…)
		return n < len(rest)
	}
	return false
}

// chronicleContext is what dates in a chronicle take from above them.
type chronicleContext struct {
	year, month int             // from the nearest heading, title or publication date
	prev        model.DateRange // the date of the event before
	// chron says the section is a chronicle's (its title, a year or a
	// month heading, a 大事记 heading): 全年，… dates an event there, and
	// in a report's article is the period of its figures.
	chron bool
}

// eventDate dates paragraph s, an event of a chronicle (event: the
// paragraph of an untitled entry) or a dated paragraph of a report: a
// date it begins with, or a relative date (同日, 是月, 是年) or a △ taken
// from the event before.
func eventDate(s string, ctx dateContext, cc *chronicleContext, event bool) (model.DateRange, bool) {
	if event {
		s = eventLead(s)
	}
	s = afterDateline(s, event)
	if d, ok := leadingDate(s, ctx); ok {
		return d, true
	}
	if d, ok := eraLeadDate(s); ok && (event || d.Start.Month != 0) {
		// (An era's year alone dates a chronicle's event, not a report's
		// paragraph, as 1949年，… does.)
		return d, true
	}
	if d, ok := lunarLeadingDate(s, ctx, cc.prev.Start); ok {
		return model.DateRange{Start: d, End: d}, true
	}
	if d, ok := lunarMonthLead(s, ctx, cc.prev.Start); ok && event {
		return d, true // 腊月，…: the months it spans
	}
	if year, month, end, ok := monthPeriod(s); ok {
		r := periodRun{year: year, month: month, end: month}
		d := &dateScanner{s: s, i: end}
		if save := d.i; !d.dash() || !d.monthEnd(&r) {
			d.i = save // 11月下旬至12月上旬, 12月下旬至次年2月
		}
		return r.dates(ctx)
	}
	if r, ok := periodStart(s); ok && (event || r.month != 0 && ctx.year != 0) {
		// A chronicle's event of a month or a year. (A report's article
		// dated by its month, 11月，县史志办完成…, is dated so too; one
		// that opens 2022年，全县… is about the year, not dated by it.)
		return r.dates(ctx)
	}
	if d, ok := holidayDay(s, ctx.year); ok && event {
		return model.DateRange{Start: d, End: d}, true
	}
	if d, ok := relativeLead(s, ctx, cc); ok {
		return d, true
	}
	switch {
	case strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲") && cc.chron:
		// (▲ is the same day in a chronicle; in a report's news in brief,
		// ▲11月6日，… / ▲县史志办完成…, it is the bullet of each item, and
		// an item without a date has none.)
		if !cc.prev.IsZero() {
			return cc.prev, true
		}
	case relativeDate(s) == model.DayPrecision:
		if !cc.prev.IsZero() && cc.prev.Start.Precision() == model.DayPrecision {
			d := cc.prev.Start
			if nextDay(s) {
				d = dayAfter(d)
			}
			return model.DateRange{Start: d, End: d}, true
		}
		if !cc.prev.IsZero() {
			return cc.prev, true // the day after 是月: still that month
		}
	case relativeDate(s) == model.MonthPrecision:
		month, year := cc.month, ctx.year
		if !cc.prev.IsZero() && cc.prev.Start.Month != 0 {
			month, year = int(cc.prev.Start.Month), int(cc.prev.Start.Year)
		}
		if event && holiday(s) {
			// 国庆期间 is October whatever the event before: the holiday's
			// own month.
			if year == 0 {
				year = ctx.year
			}
			if d, ok := holidayMonth(s, year); ok {
				return model.DateRange{Start: d, End: d}, true
			}
		}
		if month != 0 {
			d := model.MakeDate(year, month, 0)
			return model.DateRange{Start: d, End: d}, true
		}
	case relativeDate(s) == model.YearPrecision || event && cc.chron && yearPart(s):
		if ctx.year != 0 {
			d := model.MakeDate(ctx.year, 0, 0)
			return model.DateRange{Start: d, End: d}, true
		}
	}
	return model.DateRange{}, false
}

// splitRunTogether makes each event of a year that an older gazetteer
// runs together in one paragraph (3月，…。5月，…。是年，…) an entry of its
// own, as the chronicle prints each on its line elsewhere: a paragraph
// of an untitled entry is cut after a sentence's end (。, or OCR's . or
// ． after a character) or a semicolon (3月，…；5月，…) where a date
// begins (runTogetherStart). Each
// piece keeps the paragraph's line; the paragraphs after the cut go with
// the last piece.
func splitRunTogether(entries []model.Entry, runInOnly bool) []model.Entry {
	var out []model.Entry // made at the first cut: most years have none
	for ei := range entries {
		e := entries[ei]
		cut := false
		if e.Title == "" && (!runInOnly || len(e.Paragraphs) > 0 && yearRunIn(e.Paragraphs[0].Text)) {
			for pi := range e.Paragraphs {
				if runTogetherAt(e.Paragraphs[pi].Text) > 0 {
					cut = true
					break
				}
			}
		}
		if !cut {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]model.Entry, 0, len(entries)+4), entries[:ei]...)
		}
		cur := model.Entry{Page: e.Page, LastPage: e.LastPage, Line: e.Line}
		for _, para := range e.Paragraphs {
			t := para.Text
			for {
				i := runTogetherAt(t)
				if i <= 0 {
					break
				}
				cur.Paragraphs = append(cur.Paragraphs, model.Paragraph{Text: trim(t[:i]), Line: para.Line})
				out = append(out, cur)
				cur = model.Entry{Page: e.Page, LastPage: e.LastPage, Line: para.Line}
				t = trim(t[i:])
			}
			cur.Paragraphs = append(cur.Paragraphs, model.Paragraph{Text: t, Line: para.Line})
		}
		out = append(out, cur)
	}
	if out == nil {
		return entries
	}
	return out
}

// yearRunIn reports whether s begins with a year in figures run in
// before its events, a space apart (1912年　1月，…, 1913年 春，…), as a
// gazetteer prints a year's events with no heading over them.
func yearRunIn(s string) bool {
	if len(s) < 4+3+1 || (s[0] < '1' || s[0] > '2') && s[0] != 0xEF {
		return false // (0xEF: full-width figures)
	}
	d := &dateScanner{s: s}
	y, ok := d.number()
	if !ok || !headingYear(y) || !strings.HasPrefix(s[d.i:], "年") {
		return false
	}
	rest := s[d.i+len("年"):]
	return rest != "" && (rest[0] == ' ' || strings.HasPrefix(rest, "\u3000"))
}

// runTogetherAt is where in t, after a sentence's end, the next event of
// a run-together year begins (see splitRunTogether), or 0.
func runTogetherAt(t string) int {
	// A character at a time, not a byte: the stops are three bytes but
	// for OCR's '.', and every paragraph of a chronicle is read.
	for i, step := 3, 1; i < len(t)-3; i += step {
		n := 0
		switch c := t[i]; {
		case c == 0xE3 && t[i+1] == 0x80 && t[i+2] == 0x82: // 。
			n = 3
		case c == 0xEF && t[i+1] == 0xBC && t[i+2] == 0x9B: // ；, as some run a year's events
			n = 3
		case c == 0xEF && t[i+1] == 0xBC && t[i+2] == 0x8E || c == '.' || c == ';': // ．, ., ;
			// OCR's full stop, or ； typed half-width (恢复区建制;5月，…):
			// only after a character (1.2万 is a figure, &rdquo; an
			// entity's end).
			if step = 1; c == 0xEF {
				step = 3
			}
			if r, _ := decodeLastRune(t[:i]); r < 0x2E80 {
				continue
			}
			n = step
		default:
			switch {
			case c < 0xE0 || c >= 0xF0:
				step = 1 // ASCII, two-byte, four-byte, a continuation: byte by byte
			default:
				step = 3
			}
			continue
		}
		step = n
		rest := t[i+n:]
		for rest != "" && rest[0] == ' ' {
			rest = rest[1:]
		}
		if runTogetherStart(rest) {
			if m, cur := leadMonth(rest), leadMonth(t); m == 0 || cur == 0 || m >= cur {
				return len(t) - len(rest)
			}
			// 11月，…。1—10月，全县财政收入…: the months before, summed up
			// in the event's text, no event of its own (it would go back
			// against the order of the year's events).
		}
	}
	return 0
}

// leadMonth is the month s begins with (5月，…, 9月3日，…, 十一月，…, 元月，…,
// a run's first, 1—10月，…), else 0.
func leadMonth(s string) int {
	if r, ok := periodStart(s); ok && r.year == 0 && !r.lunar {
		return r.month
	}
	d := &dateScanner{s: s}
	if n, ok := d.anyNumber(); ok && n >= 1 && n <= 12 && d.lit('月') {
		return n
	}
	return 0
}

// runTogetherStart reports whether s, after a sentence's end within an
// event of a year, begins another: a month, a day, a run of months (9月3
// 日，…, 5月，…, 5月下旬，…, 7—8月，…), a lunar date or month (腊月，…), or
// a year's or a month's own word (是年，…, 同年，…, 年底，…, 冬，…, 是月，…), or
// a part of the month (中旬，… after 5月上旬，…).
// Not a day's (当日，…, 次日，…: the same event goes on), nor a holiday's
// or a part of a month (春节期间，…, 月底，…), which tell how it went on.
func runTogetherStart(s string) bool {
	if len(s) < 6 || !mayStartEvent(s) {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' || c == 0xEF || cnNumeralStart(s) {
		if startsWithMonthDay(s) || startsWithDay(s) {
			return true
		}
		if _, _, _, ok := monthPeriod(s); ok {
			return true
		}
		_, ok := periodStart(s)
		return ok
	}
	if lunarStart(s) || lunarMonthStart(s) {
		return true
	}
	switch relativeDate(s) {
	case model.YearPrecision:
		return !strings.HasPrefix(s, "汛") && !strings.HasPrefix(s, "主汛") && !strings.HasPrefix(s, "入汛") && !strings.HasPrefix(s, "雨季") && !strings.HasPrefix(s, "旱季")
	case model.MonthPrecision:
		r, n := decodeRune(s)
		r2, _ := decodeRune(s[n:])
		return r2 == '月' && r != '月' || r2 == '旬' // 是月，…; 中旬，… after 5月上旬，…
	}
	return false
}

// chronNameEnds are the last characters monthChronicleLine takes.
var chronNameEnds = newRuneSet("记記纪紀要事")

// dates dates every paragraph that begins with a date, and every entry by
// its first. The year comes from the issue (its number, its title, its
// publication date) and, in a chronicle, from the year heading above; the
// month of a bare 21日 from the date before it, the month heading above,
// the title or the issue's number.
func (p *parser) dates() {
	iss := p.iss
	ctx := dateContext{year: iss.Year, pubYear: int(iss.Published.Year), pubMonth: int(iss.Published.Month)}
	if iss.Number >= 1 && iss.Number <= 12 {
		ctx.issueMonth = iss.Number
	} else if !iss.Published.IsZero() {
		ctx.issueMonth = int(iss.Published.Month)
	}
	ty, tm := titleYearMonth(iss.Title)
	// (The title's being a chronicle's is asked of every section below:
	// asked once.)
	titleChron := chronicleTitle(iss.Title)
	if ty == 0 && !p.yearbook && titleChron {
		ty, tm = chronTitleYear(iss.Title) // 宁川县大事记（2023）, 宁川县大事记·1986
	}
	if p.yearbook && (iss.Number == 0 || iss.Year == 0) || yearbookTitle(iss.Title) {
		// (A report's issue, 2023年第11期, whose items are titled in
		// brackets as a yearbook's are, is of its year all the same.)
		// 宁川年鉴（2023） is the year it was published, most often the year
		// after the one it records: a bare 1月10日 takes no year from it,
		// nor from the cover, only from a year heading above it. (A
		// yearbook's 大事记 chapter alone has no 条目 to show it is one.)
		ctx, ty, tm = dateContext{}, 0, 0
		if p.yearbook {
			// 本年鉴记述时限为2023年1月1日至12月31日 in its 编辑说明: the
			// year the book records, which its bare dates are of.
			ctx.year = p.recordedYear()
		}
	}
	if ctx.year == 0 && ty != 0 {
		ctx.year = ty
		if tm != 0 {
			ctx.issueMonth = tm // 2024年1月大事记: its December is 2023's
		} else if iss.Number == 0 {
			// 宁川市2023年大事记 printed 2024年3月: a year's chronicle, whose
			// months are all of its year (the month of printing, read as
			// an issue's month, had put its October to December in 2022).
			ctx.issueMonth = 0
		}
	}
	if ctx.year == 0 && !p.yearbook {
		ctx.year = int(iss.Published.Year)
		if ctx.year != 0 && iss.Number == 0 && p.datesAfter(ctx.issueMonth) {
			// 发布日期：2024-03-15 over 1月8日 … 6月1日 … 12月28日: a
			// chronicle published after its year, not one of months yet
			// to come. (A January issue's 12月 alone is the December
			// before, as dateYear has it.)
			ctx.year, ctx.issueMonth = ctx.year-1, 0
		}
	}
	cc := chronicleContext{month: tm}
	if cc.month == 0 && iss.Number >= 1 && iss.Number <= 12 && !p.yearbook {
		cc.month = iss.Number
	}
	// A year the issue is of, and the month of a monthly: an event that
	// prints another year does not change the year of the events after it.
	fixed := !p.yearbook && (tm != 0 || iss.Number >= 1 && iss.Number <= 12 && iss.Year != 0)
	// What a section that is no year or month takes: a year heading in one
	// section of a report (史海钩沉's 1949年) dates nothing after it.
	base, baseCC := ctx, cc
	period := false     // the section before was a year or a month
	monthsRise := false // and the month headings went up to it
	// A chronicle of several years, by its year headings: an event of no
	// year known in it cannot be placed (and is said to be).
	// Counted when an event first asks (most copies have none that do,
	// and a copy of a million headings would read each twice).
	years := -1
	manyYears := func() bool {
		if years < 0 {
			years = 0
			for si := range iss.Sections {
				if kind, _, _ := periodOf(iss.Sections[si].Name); kind == yearPeriod || kind == yearMonthPeriod {
					if years++; years > 1 {
						break
					}
				}
			}
			if years < 2 && ty == 0 && titleSpan(iss.Title) {
				years = 2 // 宁川县大事记（1990—2009）
			}
		}
		return years > 1
	}
	var order eventOrder
	// A yearbook's events whose year nothing gives: counted, and said
	// once, at the first.
	yearless, yearlessLine := 0, 0
	bookTitle := yearbookTitle(iss.Title) // (a yearbook's 大事记 chapter alone has no 条目 to make p.yearbook)
	for si := range iss.Sections {
		s := &iss.Sections[si]
		kind, y, m, end1 := periodOfEnd(s.Name)
		if kind == noPeriod && end1 && (period || titleChron || iss.Title == "") && !p.yearbook { // (looseYear asks periodEnd1 first)
			if ry, ok := republicHeading(s.Name, iss.Title); ok {
				// 七十五年, 75年 under 青嵐縣大事記（民國七十五年至八十四年）.
				kind, y = yearPeriod, ry
			} else if n, cyclic, ok := looseYear(s.Name); ok {
				// ## 86年, 八七年, ## 丁卯年: the year the one above (or the
				// title's first) tells.
				near := ctx.year
				if !period {
					near = spanStart(iss.Title)
				}
				if ly := looseYearOf(n, cyclic, near); ly != 0 {
					kind, y = yearPeriod, ly
				} else {
					// ## 丙寅年 first, under a title of no years: one of every
					// sixty years, which none above tells.
					p.warn(s.Line, "year heading %q names its year by the cycle alone, and no year above it tells which: its days are of no year", s.Name)
				}
			}
		}
		if kind == yearMonthPeriod {
			ctx.year, ctx.issueMonth = y, 0
			cc.month, cc.prev = m, model.DateRange{}
			period = true
		} else if kind == yearPeriod {
			// A year printed above the dates: no guessing from the month.
			ctx.year, ctx.issueMonth = y, 0
			cc.month, cc.prev = 0, model.DateRange{}
			period = true
		} else if kind == monthPeriodName {
			oneYear := ty != 0 && tm == 0 && ty == ctx.year && !strings.Contains(iss.Title, strconv.Itoa(ctx.year+1)+"年")
			if period && cc.month > m && ctx.year != 0 && monthsRise && oneYear {
				// 宁川县2021年大事记 has no next year: a month heading
				// lower than the one above (3月, then 01月) is misprinted or
				// out of place, and its days' year cannot be told.
				p.warn(s.Line, "month heading %q after month %d in a chronicle of %d alone: out of order?", s.Name, cc.month, ctx.year)
			} else if period && cc.month > m && ctx.year != 0 && (monthsRise || strings.Contains(iss.Title, strconv.Itoa(ctx.year+1)+"年")) {
				// 12月 then 1月, under no year heading, where the months went
				// up before or the title names the next year (a chronicle of
				// a winter, 宁川县大事记（2007年11月—2008年2月）): the next
				// year. Months that only go down are printed newest first.
				ctx.year++
				ctx.issueMonth = 0
			}
			monthsRise = period && cc.month != 0 && m > cc.month
			cc.month, cc.prev = m, model.DateRange{}
			period = true
		}
		// reign: the section is a year of a reign (清宣统三年（1911年）),
		// whose days in numerals are the lunar calendar's.
		reign := kind == yearPeriod && reignYear(s.Name)
		chron := !p.yearbook && chronicleTitle(s.Name) // most sections are no chronicle: the cheap test first
		sy, sm := 0, 0
		if chron {
			if sy, sm = titleYearMonth(s.Name); sy == 0 {
				sy, sm = chronTitleYear(s.Name) // ## 大事记 2023.11, ## 宁川县大事记（1986）
			}
		} else if p.yearbook && chronicleTitle(s.Name) {
			// ### 2022年宁川县大事记, a yearbook's chapter that names its
			// year: its months' days are of it, as under a year heading
			// (the edition's year, 2023, dates nothing).
			sy, sm = titleYearMonth(s.Name)
		}
		if kind == noPeriod && (period || !ctx.same(&base)) && !(period && chron && sy == 0 && titleMonth(s.Name) != 0 && ctx.year != base.year) && !(period && partName(s.Name)) {
			// (上半年, 第一季度, 上旬 under a year or a month: a part of it.)
			// (1月份大事记 under 2008年: a month of that year.)
			ctx, cc, period = base, baseCC, false
		}
		if y, m := sy, sm; y != 0 {
			// ## 宁川县2023年11月大事记: the chronicle's own title
			ctx.year, ctx.issueMonth = y, m
			cc.month, cc.prev = m, model.DateRange{}
			period = true
		} else if m := chronMonth(chron, s.Name); m != 0 {
			// ## 十月大事记 in the November issue: its bare days are of
			// October, of the issue's year (or the year before, for a
			// December chronicle in a January issue).
			if period && ctx.year != base.year {
				ctx.issueMonth = 0 // under a year heading: of that year
			}
			if ctx.issueMonth != 0 && m > ctx.issueMonth && ctx.year != 0 {
				ctx.year--
			}
			ctx.issueMonth = m
			cc.month, cc.prev = m, model.DateRange{}
			period = true
		}
		ctx.prevMonth, ctx.endMonth = cc.month, 0
		cc.chron = chron || period || titleChron
		if !cc.chron && kind == noPeriod && !p.yearbook && historyPeriod(s.Name) && manyYears() {
			// 一、民国时期 among a gazetteer's years (宁川县志, no chronicle's
			// title): a chronicle's period, whose event of no year known
			// is said to be (it had been dated --08, nothing said).
			cc.chron = true
		}
		if kind == noPeriod && cc.chron {
			if _, m1, y2, m2, ok := crossYearHeading(s.Name); ok {
				// ## 1986年12月—1987年1月: its 12月 is 1986's and its 1月
				// 1987's, as a January issue's December is the year
				// before's (dateYear).
				ctx.year, ctx.issueMonth = y2, m2
				cc.month, cc.prev = m1, model.DateRange{}
				period = true
			}
		}
		span := kind == noPeriod && !fixed && cc.chron && yearsPeriod(s.Name)
		if span {
			// ## 1995—1996年, ## 二十世纪九十年代: its events print their
			// years; a title's first year (宁川县大事记（1980年—1999年）)
			// is none of theirs.
			ctx.year, ctx.issueMonth = 0, 0
			cc.prev = model.DateRange{}
		}
		if cc.chron && !p.yearbook && !fixed {
			// 1月，…。3月，…。是年，… under 民国元年（1912年）: each event
			// its own entry, dated by its own words (the year's events
			// after the first had been the first's text, silently); so
			// too under no year heading where the year is run in before
			// its events (1912年　1月，…。3月，…).
			s.Entries = splitRunTogether(s.Entries, kind != yearPeriod)
		}
		if kind == noPeriod && figureFirst(s.Name) { // (ocrYearName's first test, in line)
			if oy, misread, ok := ocrYearName(s.Name); ok {
				// 1953年。, 1955牟: the year, as printed in figures.
				kind, y = yearPeriod, oy
				ctx.year, ctx.issueMonth = y, 0
				cc.month, cc.prev, cc.chron = 0, model.DateRange{}, true
				period = true
				if misread {
					p.warn(s.Line, "year heading %q has a character for 年 (OCR?): read as %d年", s.Name, oy)
				}
			}
		}
		if kind == noPeriod && strings.HasSuffix(s.Name, "年") && clippedYear(s.Name) { // (clippedYear's first test, in line)
			// 195年 among 1954年 and 1956年: its events are of a year not
			// known, and said to be, not of the year above.
			p.warn(s.Line, "year heading %q has a figure too few (OCR?): the year of its events is not known", s.Name)
			ctx.year, ctx.issueMonth = 0, 0
			cc.month, cc.prev, cc.chron = 0, model.DateRange{}, true
		}
		for ei := range s.Entries {
			e := &s.Entries[ei]
			if e.Title != "" && dateTitle(e.Title) {
				// **11月1日** 县委…, #### 11月1日: an event whose date is set
				// as its title.
				if d, ok := eventDate(e.Title, ctx, &cc, true); ok {
					e.Date, cc.prev = d, d
					ctx.setPrev(d)
					order.event(e)
					continue
				}
			}
			if e.Title != "" {
				// A report's entry: a bare 21日 takes the month of a date in
				// the same entry, else the month of the issue.
				ctx.prevMonth, ctx.endMonth = cc.month, 0
			}
			// A yearbook's 条目 is dated by its text's first date only:
			// a picture's caption (5月18日，…（王　刚　摄）) or a △ point
			// further down is of its own day, not the 条目's.
			item := p.yearbook && e.Title != ""
			for pi := range e.Paragraphs {
				para := &e.Paragraphs[pi]
				text := para.Text
				if item {
					// △ 4月，…: a point of the 条目, dated by what it prints,
					// not the same day as the 条目 above, as a chronicle's △ is.
					text = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(text, "△"), "▲"), " 　")
				}
				if pi > 0 && len(text) <= 40 && (signedOff(e.Paragraphs[pi-1].Text, text) || documentTitle(e.Paragraphs[pi-1].Text) && signatureDate(text)) && !signedDocument(e, s.Name) {
					// …取得明显成效。 / 平顶山市人民政府办公室 / 2023年11月5日:
					// the sign-off of a notice or letter a news article
					// ends with (or reprints), when that was issued, not
					// the day of the article's events (it had dated an
					// undated article, silently). So is the date under a
					// reprinted document's title (关于…的通知 / 2023年11月5日).
					// The notice itself (关于…的通知, 征稿启事) is dated by
					// it.
					continue
				}
				// ![](…) / 2023年11月3日，…（摄影：张伟） under an article's
				// text: the photograph's day, the caption's, not the
				// article's. (Not in a page of pictures, # 图片新闻 /
				// ![](…) / 4月3日，…（摄影 陈晓光）, whose captions are its
				// text.)
				if p.cellBits != nil && p.cellAt(para.Line-1) {
					continue // a table's cell (10月, 2023年 over its figures): no event's day
				}
				captioned := pi > 0 && e.Title != "" && len(p.images) > 0 && p.pictureCaption(text, para.Line-1) && !p.afterImage(e.Paragraphs[0].Line-1)
				if pi == 0 && len(text) > 10 && text[0] >= '0' && text[0] <= '9' && isoDate(text[:10]) {
					if _, meta := webMeta(text); meta {
						// 2023-12-04 09:30  来源：… under a web page's
						// title: when the page was posted, not its
						// events' day.
						continue
					}
				}
				d, ok := eventDate(text, ctx, &cc, e.Title == "")
				if !ok && len(p.trailing) > 0 && e.Title == "" {
					d, ok = p.trailingEventDate(text, para.Line, ctx)
				}
				if !ok {
					if date, rest, ocr := ocrDateFix(text); ocr {
						// 1l月3日 …: read as 11月3日, and said, as OCR's
						// misreading is the copy's to put right.
						if d, ok = eventDate(date+rest, ctx, &cc, e.Title == ""); ok {
							p.warn(para.Line, "%q has a letter for a digit in its date (OCR?): read as %s", clipText(para.Text, 12), date)
						}
					}
				}
				if !ok {
					if misreadDate(para.Text) {
						p.warn(para.Line, "%q looks like a date with a letter for a digit (OCR?): not read as one", clipText(para.Text, 12))
					} else if e.Title == "" && cc.chron {
						// An event whose date no calendar has (4月31日,
						// 13月5日) or that cannot be read (闰六月 of a year
						// with none) is undated, or runs into the one above.
						if t := eventLead(para.Text); pi == 0 && bcStart(t) {
							p.warn(para.Line, "%q is dated before the common era, which the model's years cannot hold: not dated", clipText(para.Text, 12))
						} else if (impossibleDate(t, ctx.year) || pi == 0 && (mayStartEvent(t) && eventStart(t) || bareLunarDay(t))) && !(pi > 0 && calledFigureNote(para.Text, e.Paragraphs[pi-1].Text)) {
							// (Not a note the event above calls with a plain
							// figure, …精神1。 / 1 3月5日，…: its number and a date.)
							p.warn(para.Line, "%q begins with a date that cannot be (or be read): not dated", clipText(para.Text, 12))
						}
					}
					continue
				}
				// lead is eventLead(text), asked twice below of an untitled
				// event's text (para.Text there: item is false).
				lead := ""
				if e.Title == "" {
					lead = eventLead(text)
				}
				if pi == 0 && e.Title == "" && dayLost(lead) {
					p.warn(para.Line, "%q has a month and no day's figure (OCR?): dated by its month", clipText(para.Text, 12))
				}
				lastDecember := false
				if period && cc.month == 1 && d.Start.Month == 12 && ctx.year != 0 && int(d.Start.Year) == ctx.year && pi == 0 && e.Title == "" &&
					(d.End.Month == 12 && d.End.Year == d.Start.Year || d.End.Month == 1 && d.End.Year == d.Start.Year+1) {
					// 12月31日 …, 12月30日至1月2日 … under 一月 of a year's
					// chronicle: the December before, which the year's first
					// events lead on from (it had been the year's own
					// December, and the bare 1日 after it December's too).
					if _, printed := printedYear(eventLead(text)); !printed {
						d.Start.Year--
						d.End.Year--
						lastDecember = true
					}
				}
				if reign && d.Start.Day != 0 && d.Start.Year == d.End.Year && d.Start.Year != 0 && cnNumeralStart(eventLead(text)) {
					// 八月十九日，… under 清宣统三年（1911年）: a reign's day in
					// numerals is the lunar calendar's (1911-10-10), as
					// 清光绪三十四年十月二十一日，… is (it had been read as
					// the common calendar's, silently). (10月10日 in figures
					// is the editors' conversion, as printed.)
					y := int(d.Start.Year)
					if a, ok := lunarToSolar(y, int(d.Start.Month), int(d.Start.Day), false); ok {
						b := a
						if d.End != d.Start {
							if e, ok := lunarToSolar(y, int(d.End.Month), int(d.End.Day), false); ok {
								b = e
							}
						}
						d = model.DateRange{Start: a, End: b}
					}
				}
				para.Date = d
				if d.Start.Year == 0 && d.Start.Month != 0 && pi == 0 && e.Title == "" && (span || cc.chron && !p.yearbook && manyYears()) {
					// ## 1995—1996年, ## 二十世纪九十年代 over 7月1日 …: a
					// period of years whose event prints none, nor does one
					// above it, cannot be placed in a year; nor can one
					// under a heading not read as its year's, in a
					// chronicle of years.
					p.warn(para.Line, "%q under %q prints no year, and no event above it does: its year is not known", clipText(para.Text, 12), s.Name)
				} else if d.Start.Year == 0 && d.Start.Month != 0 && e.Title == "" && cc.chron && (p.yearbook || bookTitle) {
					if yearless++; yearless == 1 {
						yearlessLine = para.Line
					}
				}
				if int(d.Start.Year) == ctx.year || ctx.year == 0 || !lunarMay(para.Text) {
					// nearly every event: no lunar date out of its year
				} else if y, m, _, _, lunar := lunarParts(para.Text); lunar && y == 0 {
					// The day of the lunar year that ends in the year above
					// would come before the event above it.
					p.warn(para.Line, "a lunar date of month %d falls in %d, outside the year %d above it: is the order or the year printed wrong?", m, d.Start.Year, ctx.year)
				}
				cited := false
				if e.Title == "" {
					// 1987年3月1日 in a chronicle that prints the year when it
					// changes: the events after it are of that year, as under
					// a year heading. (A report's entry prints a year of its
					// own.)
					text := para.Text
					if strings.HasPrefix(text, "| ") {
						// | 1986年1月10日 | …: a table's row prints the year
						// as a day line does.
						text = text[2:]
						lead = eventLead(text)
					}
					y, ok := printedYear(text)
					if !ok && d.Start.Year != 0 && shortYearPrinted(lead) {
						// 86年5月4日, 87.2.3, 八八年一月五日: the year its two
						// figures were read as.
						y, ok = int(d.Start.Year), true
					}
					if ok && (ctx.year == 0 || y > ctx.year && !fixed) {
						ctx.year, ctx.issueMonth = y, 0
					}
					// 2022年12月31日 … under 一月 of a 2023 chronicle: an
					// event of the year before, told where it leads into
					// the month; the bare 1日 after it is still January's
					// (it had been December's, silently).
					cited = ok && y < ctx.year && period && cc.month != 0 && int(d.Start.Month) != cc.month
				}
				if !cited && period && cc.month != 0 && int(d.Start.Month) != cc.month && d.Start.Year != 0 && int(d.Start.Year) < ctx.year && e.Title == "" && pi == 0 {
					cited = true // 上年12月31日 … under 一月, as 2022年12月31日 … (above)
				}
				if !cited && period && cc.month != 0 && int(d.Start.Month) != cc.month && d.Start.Day == 0 && e.Title == "" && pi == 0 {
					// 春节期间 … under 2月, in a year whose Spring Festival
					// fell in January: the holiday's month dates it, but the
					// bare 14日 after it is the heading's (it had been
					// January's, silently).
					if lead := eventLead(text); lead != "" {
						if r, _ := decodeRune(lead); holidayFirstRune(r) && holiday(lead) {
							cited = true
						}
					}
				}
				ctx.setPrev(d)
				if cited || lastDecember {
					ctx.prevMonth, ctx.endMonth = cc.month, 0
				}
				cc.prev = d
				if e.Date.IsZero() && (pi == 0 || !item) && !captioned {
					e.Date = d
				}
			}
			if e.Title != "" && e.Date.IsZero() {
				// **1月8日　县政府召开…会议**, **…召开（11月10日）**: a title
				// that carries its date, over text that does not.
				if d, ok := titleDate(e.Title, ctx, &cc); ok {
					e.Date, cc.prev = d, d
					ctx.setPrev(d)
				}
			}
			if e.Title != "" && e.Date.IsZero() && !p.yearbook && len(e.Paragraphs) > 0 {
				// **县史志办召开县志评审会** …出席会议。（11月3日）, …（县史志办
				// 李娜　11月21日）: a report's item that prints its date last.
				// (Not a table's last row, | 张三 | 11月3日 |: a date of the
				// table's, which only a chronicle's table of events is.)
				k := len(e.Paragraphs) - 1
				for k > 0 && (afterword(e.Paragraphs[k].Text) || p.cellBits != nil && p.cellAt(e.Paragraphs[k].Line-1)) {
					k-- // (a table's cell, 7.2, after the text: the table's)
				}
				if last := e.Paragraphs[k].Text; !strings.HasPrefix(last, "|") && !(k > 0 && len(last) <= 40 && signedOff(e.Paragraphs[k-1].Text, last) && !signedDocument(e, s.Name)) {
					// (Not a sign-off's date, 平顶山市人民政府办公室 /
					// 2023年11月5日, under an article not the document
					// signed: see above.)
					if d, ok := endDate(last, ctx); ok {
						e.Date = d
						ctx.setPrev(d)
					}
				}
			}
			if e.Title == "" && !e.Date.IsZero() {
				order.event(e)
			}
		}
		order.end(p)
	}
	if yearless > 0 {
		// 宁川年鉴（2024） / ## 大事记 / ### 一月 / 1日 …: the edition's year
		// is most often the year after the one the book records, so it
		// dates nothing, and the days are of no year; said, not guessed.
		p.warn(yearlessLine, "%d events of the yearbook's chronicle print no year, and no heading above them gives one: read without a year (the edition's year, most often the one after the year recorded, is not taken)", yearless)
	}
}

// same is ctx == *o, field by field: the struct's comparison calls
// memequal, as every section of a copy asks.
func (ctx *dateContext) same(o *dateContext) bool {
	return ctx.year == o.year && ctx.issueMonth == o.issueMonth && ctx.pubYear == o.pubYear && ctx.pubMonth == o.pubMonth &&
		ctx.prevMonth == o.prevMonth && ctx.endMonth == o.endMonth && ctx.fromDay == o.fromDay
}

// datesAfter reports whether an event of the body, dated without a year
// by its month, is within half a year after month pub, the month the
// issue was published in: a chronicle of the year before (a month more
// than half a year after it is the year before's in any case: a
// January issue's December).
func (p *parser) datesAfter(pub int) bool {
	all := chronicleTitle(p.iss.Title)
	for _, s := range p.iss.Sections {
		if kind, _, _ := periodOf(s.Name); !all && kind == noPeriod && !chronicleTitle(s.Name) {
			continue // a report's article may say what is to come (6月1日起施行)
		}
		for _, e := range s.Entries {
			if e.Title != "" || len(e.Paragraphs) == 0 {
				continue
			}
			t := eventLead(e.Paragraphs[0].Text)
			if !mayStartEvent(t) || !startsWithMonthDay(t) {
				continue
			}
			if d, ok := leadingDate(t, dateContext{}); ok && d.Start.Year == 0 {
				if m := int(d.Start.Month); m > pub && m <= pub+6 {
					return true
				}
			}
		}
	}
	return false
}

// eventOrder watches a section's events go forward in time, as a
// chronicle's do: one that goes back more than a month among events that
// go forward says that a year or month heading above it was not read
// (1 9 8 7 年, an OCR's 199O年), and its date is a year or a month wrong.
type eventOrder struct {
	last model.Date
	// Steps forward, back a little (a range begun before), back far.
	forward, backNear, backward int
	back                        []model.Entry // the events that go back far, to warn about
}

// daysApart is far enough back to say that a date is wrong: a chronicle
// lists an event that began before the one above it (a range, a 是月) a
// few days back.
const daysApart = 31

func (o *eventOrder) event(e *model.Entry) {
	d := e.Date.Start
	// (An event of no year known beside one of a year, 7月1日 under
	// ## 1995—1999年 then 1996年3月, is no step back or forward: the first
	// is warned about as a year not known.)
	if !o.last.IsZero() && d.Month != 0 && o.last.Month != 0 && d.Year == o.last.Year {
		at := dayOfYear(d)
		if d.Day == 0 {
			// A month's event (中秋、国庆“双节”期间 under 10月, of
			// September) may be of its last day: back far only when its
			// whole month is (it had been warned of a month after 10月1日).
			at += 31
		}
		switch gap := dayOfYear(o.last) - at; {
		case gap > daysApart:
			o.backward++
			if len(o.back) < maxWarnings {
				o.back = append(o.back, *e)
			}
		case gap > 0:
			o.backNear++
		case gap < 0:
			o.forward++
		}
	}
	o.last = d
}

// end warns about the events that went back far in a section whose
// events go forward at least as often as they step back (not one that
// lists the newest first), and starts the next.
func (o *eventOrder) end(p *parser) {
	if o.backward > 0 && o.forward >= o.backNear {
		for _, e := range o.back {
			p.warn(e.Line, "an event dated %s, before the one above it: a year or month heading that was not read?", e.Date.Start)
		}
	}
	*o = eventOrder{}
}

func dayOfYear(d model.Date) int { return int(d.Month)*31 + int(d.Day) }

// printedYear returns the year a dated paragraph prints before its month
// (1987年3月1日, 一九八七年三月一日).
func printedYear(s string) (int, bool) {
	if strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲") {
		// The same day's further event (E2 96 B3, B2): no era (E4–E9), no
		// figure or numeral (anyNumber's cnUnits stops at the mark).
		return 0, false
	}
	if s != "" && s[0] >= 0xE4 {
		// 民国三十八年，…: the era's year is printed as 1949年 would be.
		if y, _, ok := eraLead(s); ok {
			return y, plausibleYear(y)
		}
	}
	d := &dateScanner{s: s}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) {
		return 0, false
	}
	if !d.lit('年') {
		// 1959—1961年，…: a run of years, from its first.
		if !d.dashNext() {
			return 0, false // 2023.11.10, most often
		}
		if r, ok := periodStart(s); !ok || r.year != y || r.endYear <= y {
			return 0, false
		}
	}
	return y, true
}

// shortYearPrinted reports whether s begins with a year in two figures
// (86年5月4日, 87.2.3 …) or two Chinese numerals (八八年一月五日).
func shortYearPrinted(s string) bool {
	if len(s) < 5 {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' || s[0] == 0xEF {
		if twoDigitYear(s) {
			return true
		}
		_, _, _, ok := dottedShortYear(s)
		return ok
	}
	if !cnNumeralStart(s) {
		return false
	}
	_, _, ok := looseYear(s[:min(len(s), 3*len("年"))])
	return ok
}

// dayAfter is the day after d, a day-level date (of a year not known:
// 2月28日 is followed by 3月1日, but in a leap year).
func dayAfter(d model.Date) model.Date {
	y, m, day := int(d.Year), int(d.Month), int(d.Day)+1
	if !validDay(y, m, day) || y == 0 && m == 2 && day == 29 {
		m, day = m+1, 1
		if m == 13 {
			y, m = y+1, 1
			if d.Year == 0 {
				y = 0
			}
		}
	}
	return model.MakeDate(y, m, day)
}

// titleDate reads the date a title begins with (1月8日　县政府…) or ends
// with in brackets (…召开（11月10日）).
func titleDate(t string, ctx dateContext, cc *chronicleContext) (model.DateRange, bool) {
	if d, ok := eventDate(t, ctx, cc, false); ok && startsWithMonthDay(t) {
		return d, true
	}
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if i := strings.LastIndex(t, pair[0]); i > 0 && strings.HasSuffix(t, pair[1]) {
			if inner := t[i+len(pair[0]) : len(t)-len(pair[1])]; startsWithMonthDay(inner) {
				return leadingDate(inner, ctx)
			}
		}
	}
	return model.DateRange{}, false
}

// dateTitle reports whether an entry's title is a date and nothing else
// (11月1日, 12 月 25 — 27 日, 同日): a chronicle that sets its dates in bold
// or as headings.
func dateTitle(t string) bool {
	// dateOnlyLine's look at the first byte, asked once here: the title
	// withoutWeekday leaves is a head of t, trimmed, that begins with the
	// same byte. Nearly every title is let go so.
	if tt := trim(t); tt != "" && (tt[0] >= '0' && tt[0] <= '9' || tt[0] >= 0xE3 && tt[0] <= 0xE5 || tt[0] == 0xEF) {
		if dateOnlyLine(t) {
			return true
		}
		if w := withoutWeekday(t); len(w) < len(t) && w != tt && dateOnlyLine(w) {
			return true // 11月6日（星期一）
		}
	}
	if len(t) > 3*utf8.UTFMax {
		return false
	}
	if n := len(t); n >= 4 && t[n-1]|t[n-2]|t[n-3]|t[n-4] < utf8.RuneSelf {
		return false // four ASCII bytes at its end, as ## 标题1234 has: four characters
	}
	// A character begins at each byte that continues none (and
	// RuneCountInString counts no fewer): more than three such, no
	// word of three characters. The cheap tests first.
	starts := 0
	for i := 0; i < len(t); i++ {
		if t[i]&0xC0 != 0x80 {
			starts++
		}
	}
	return starts <= 3 && utf8.RuneCountInString(t) <= 3 && relativeDate(t) != ""
}

// withoutWeekday returns t without the day of the week printed after its
// date (11月6日（星期一）, 11月8日 星期三, 11月9日(周四)); t itself when it
// ends otherwise.
func withoutWeekday(t string) string {
	t = trim(t)
	if len(t) > 60 {
		return t
	}
	if r, _ := decodeLastRune(t); !weekdayEnd(r) {
		return t // nearly every title: let go at its last character
	}
	for _, w := range [...]string{"星期", "礼拜", "周"} {
		i := strings.LastIndex(t, w)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(w):]
		day, n := decodeRune(tail)
		if !strings.ContainsRune("一二三四五六日天", day) {
			continue
		}
		switch tail = tail[n:]; {
		case tail == "" && !strings.HasSuffix(head, "（") && !strings.HasSuffix(head, "("):
			return trim(head)
		case tail == "）" && strings.HasSuffix(head, "（"):
			return trim(strings.TrimSuffix(head, "（"))
		case tail == ")" && strings.HasSuffix(head, "("):
			return trim(strings.TrimSuffix(head, "("))
		}
	}
	return t
}

// monthChronicleLine reports whether l, a plain line, names a chronicle:
// one month's (1月份大事记, 十月大事记), or a short name (大事记,
// 2022年大事记): a heading, as 11月 alone is.
func monthChronicleLine(l string) bool {
	t := trim(l)
	if len(t) > 20*3 || len(t) < 3 {
		return false
	}
	r, _ := decodeLastRune(t)
	if r == '】' {
		// 【大事记】, as a report names its columns 【工作动态】: the name
		// inside.
		in, ok := strings.CutPrefix(t[:len(t)-len("】")], "【")
		if !ok {
			return false
		}
		t = trim(in)
		r, _ = decodeLastRune(t)
	}
	if !chronNameEnds.has(r) {
		return false // every line of text, by its last character
	}
	// 大事记 alone, a yearbook's chapter (in a copy with no blank lines
	// too), or a month's chronicle: 1月份大事记. Letter-spaced too, 大 事 记,
	// as a scanned book's chapter title reads.
	if len(t) <= 8*3 && (strings.IndexByte(t, ' ') > 0 || strings.Contains(t, "\u3000")) {
		t = unspace(t)
	}
	return chronicleTitle(t) && (titleMonth(t) != 0 || utf8.RuneCountInString(t) <= 12)
}

// chronTitleYear is the year a chronicle's title prints in four figures
// without 年 (宁川县大事记（2023）, 宁川县大事记·1986), and the month after
// it in figures (大事记 2023.11): the period its events are of, as
// 2023年11月 would be. 0 for none, and for a run of years (宁川县大事记
// （1990—2009）), whose events print their own.
func chronTitleYear(title string) (year, month int) {
	for i := 0; i < len(title); i++ {
		if c := title[i]; (c < '0' || c > '9') && c != 0xEF {
			continue // (EF: a full-width figure's first byte, （２０２３）)
		}
		y, n, j := figuresAt(title, i, 5)
		if n == 0 {
			continue
		}
		if n != 4 || year != 0 {
			return 0, 0 // another number, or a second year: no one year
		}
		if !plausibleYear(y) {
			return 0, 0
		}
		year, i = y, j-1
		if j+1 < len(title) && (title[j] == '.' || title[j] == '-' || title[j] == '/') {
			if m, n, k := figuresAt(title, j+1, 3); n >= 1 && n <= 2 && m >= 1 && m <= 12 {
				month, i = m, k-1 // 2023.11
			}
		}
	}
	return year, month
}

// titleSpan reports whether a title names the run of years it covers in
// brackets (宁川县大事记（1990—2009）).
func titleSpan(title string) bool {
	for _, open := range [...]string{"（", "("} {
		if i := strings.LastIndex(title, open); i > 0 {
			inner := strings.TrimSuffix(strings.TrimSuffix(title[i+len(open):], "）"), ")")
			return yearSpan(inner)
		}
	}
	return false
}

// bareLunarDay reports whether s begins with a day of a lunar month and
// no month (初五　…, 十二日 under a heading 正月 is read as the month's),
// as an older chronicle prints its days under a lunar month: a date the
// model does not place without the month's year and leap, and warns of.
func bareLunarDay(s string) bool {
	rest, ok := strings.CutPrefix(s, "初")
	if !ok {
		return false
	}
	r, n := decodeRune(rest)
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	next, _ := decodeRune(rest[n:])
	return next == '，' || next == ',' || next == ' ' || next == '\u3000' || next == '日'
}

// firstRuneOf is the first character of s.
func firstRuneOf(s string) rune {
	r, _ := decodeRune(s)
	return r
}

// dateColumns reads a chronicle's table of two columns as pdfminer prints
// it (and markitdown, which uses it): a text box a cell and a column's
// boxes together, the dates first, each alone between blank lines, then
// the events (11月1日 / 11月3日 / 11月8日 / 县史志办召开… / 县人大常委会… /
// 全县主题教育…), on one page. Where as many events follow as there are
// dates, and the page (or the text) ends after them, each event is put
// after its date on the date's line, an ideographic space between, the
// event's lines emptied: the days then read as any chronicle's (they had
// been days of no text, warned, and the events one paragraph of the last
// day's). Only a copy with form feeds is looked at.
func (p *parser) dateColumns() {
	type block struct{ lo, hi int } // lines, inclusive
	for i := p.bodyStart; i < len(p.lines); i++ {
		if l := p.lines[i]; l == "" || l[0]-'0' > 9 && l[0] != 0xEF || !dateOnlyLine(l) || p.isTransparent(i) {
			continue // nearly every line, at its first byte (a figure, ASCII or full-width)
		}
		// A run of dates alone, blank lines between, from line i.
		var dates, events []block
		j := i
		for j < len(p.lines) && dateOnlyLine(p.lines[j]) && !p.isTransparent(j) && (j+1 == len(p.lines) || isBlank(p.lines[j+1])) {
			dates = append(dates, block{j, j})
			j++
			for j < len(p.lines) && isBlank(p.lines[j]) && !p.isBreak(j) {
				j++
			}
		}
		if len(dates) < 2 {
			continue
		}
		// The events: boxes of text, up to the page's end.
		for j < len(p.lines) && len(events) <= len(dates) && !p.isTransparent(j) && !p.isBreak(j) && !isBlank(p.lines[j]) {
			b := block{j, j}
			for b.hi+1 < len(p.lines) && !isBlank(p.lines[b.hi+1]) && !p.isTransparent(b.hi+1) && !p.isBreak(b.hi+1) {
				b.hi++
			}
			if t := trim(p.lines[j]); startsWithMonthDay(t) || strings.HasPrefix(t, "#") {
				break // a dated event, a heading: no column of events
			}
			events = append(events, b)
			j = b.hi + 1
			for j < len(p.lines) && isBlank(p.lines[j]) && !p.isBreak(j) {
				j++
			}
		}
		if len(events) != len(dates) || j < len(p.lines) && !p.isTransparent(j) && !p.isBreak(j) {
			i = j - 1
			continue // not one event a date, or the page goes on after them
		}
		for k, d := range dates {
			text := ""
			for l := events[k].lo; l <= events[k].hi; l++ {
				text = p.join(text, trim(p.lines[l]))
				p.rewrite(l, "")
			}
			p.rewrite(d.lo, trim(p.lines[d.lo])+"\u3000"+text) // (set apart as a chronicle sets a day's event)
		}
		i = j - 1
	}
}

// signedDocument reports whether e, an entry in the section named sec
// whose text ends with a sign-off (宁川县地方史志办公室 / 2023年11月20日),
// is the signed document itself: addressed (各乡镇人民政府，县直各单位：
// its first paragraph), or titled as one (关于征集地情资料的通知, 征稿启事
// as its title or its section's name). Its sign-off's date is its date.
func signedDocument(e *model.Entry, sec string) bool {
	if len(e.Paragraphs) > 0 {
		first := e.Paragraphs[0].Text
		if k := strings.Index(first, "："); k > 0 && addressee(first[:k+len("：")]) {
			return true // 各乡镇、县直各单位：为做好…: run into its text
		}
	}
	return documentName(e.Title) || documentName(sec)
}

// documentName reports whether t ends as a document's title does
// (关于征集地情资料的通知, 征稿启事, …的实施方案（试行）).
func documentName(t string) bool {
	t = strings.TrimRight(t, "）)")
	for _, w := range [...]string{"通知", "通报", "公告", "通告", "启事", "启示", "决定", "意见", "办法", "方案", "函", "倡议书", "公开信", "贺信", "感谢信", "决议", "稿约", "说明"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// documentTitle reports whether t, a paragraph, is a document's title
// alone (关于做好2023年度冬季供暖工作的通知), as an article reprinting it
// sets it over its text.
func documentTitle(t string) bool {
	return len(t) <= 60*3 && strings.HasPrefix(t, "关于") && !containsAnyOf(t, "，。；：") && documentName(t)
}
