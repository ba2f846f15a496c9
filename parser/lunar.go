package parser

import (
	"strings"
	"time"

	"github.com/yuebao/yuebao/model"
)

//go:generate go run ./internal/genlunar

// County chronicles date many events by the lunar calendar, the older
// ones most of all: 农历正月初五，…, 腊月二十三日…, 1987年农历八月十五…. The
// model dates them by the Gregorian calendar, as it does every other
// event (the text keeps what was printed), from the table of lunar years
// in lunar_table.go.

// lunarToSolar is the Gregorian date of day d of month m of lunar year y
// (the leap month after m when leap), or false when there is no such day
// or the year is outside the table.
func lunarToSolar(y, m, d int, leap bool) (model.Date, bool) {
	i := y - lunarFirstYear
	if i < 0 || i >= len(lunarNewYear) || m < 1 || m > 12 || d < 1 || d > 30 {
		return model.Date{}, false
	}
	info := lunarMonths[i]
	lm := int(info & 0xf)
	if leap && lm != m {
		return model.Date{}, false
	}
	k := m - 1 // the month's place in the year, the leap month in its own
	if lm != 0 && (m > lm || leap) {
		k++
	}
	days := int(lunarNewYear[i])
	for j := 0; j < k; j++ {
		days += 29 + int(info>>(4+j)&1)
	}
	if d > 29+int(info>>(4+k)&1) {
		return model.Date{}, false
	}
	t := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days+d-1)
	return model.MakeDate(t.Year(), int(t.Month()), t.Day()), true
}

// lunarLeadingDate reads a lunar date at the start of s and gives its
// Gregorian day: 农历正月初五, 阴历八月十五日, 农历8月15日, 闰四月初二,
// 1987年农历腊月二十三. Without 农历 or 阴历 a date is lunar by its words
// alone: 正月, 冬月 or 腊月, or a day of 初一 to 初十 or 廿N (二月十五日 is a
// Gregorian date in numerals). The lunar year is the printed one, else
// the year above (ctx.year), unless its day would fall in the next
// Gregorian year, as 腊月 often does: an event under 1987年 dated 腊月二十三
// is of 腊月 of the lunar year that ends in 1987, unless the event before
// it (prev) is later than that day.
func lunarLeadingDate(s string, ctx dateContext, prev model.Date) (model.Date, bool) {
	if !lunarMay(s) {
		return model.Date{}, false
	}
	year, month, day, leap, ok := lunarParts(s)
	if !ok {
		return model.Date{}, false
	}
	if year != 0 {
		return lunarToSolar(year, month, day, leap)
	}
	if year = ctx.year; year == 0 {
		return model.Date{}, false
	}
	if cycle, _, ok := ganzhiYear(s); ok {
		// 丁卯年正月初一 under 1987年: the lunar year the name says, the
		// one that begins in the year above or the one before it (腊月 of
		// 丙寅年 falls in 1987); any other is a misprint not guessed at.
		switch cycle {
		case yearCycle(year):
		case yearCycle(year - 1):
			year--
		default:
			return model.Date{}, false
		}
		return lunarToSolar(year, month, day, leap)
	}
	this, ok1 := lunarToSolar(year, month, day, leap)
	last, ok0 := lunarToSolar(year-1, month, day, leap)
	ok0 = ok0 && int(last.Year) == year
	switch {
	case ok1 && ok0 && !prev.IsZero() && last.Before(prev) && !this.Before(prev):
		return this, true // after an event later than the day in the lunar year before
	case ok0 && (!ok1 || int(this.Year) > year):
		return last, true // 腊月 under 1987年: the lunar year that ends in 1987
	}
	return this, ok1
}

// lunarMonthLead reads a lunar month alone at the start of s, set apart
// from its text: 正月，…, 冬月，…, 腊月间，…, 农历三月，…, 闰五月 …, as an older
// gazetteer dates by the old calendar what it knows no day of. It is
// dated by the Gregorian months the lunar month spans, of the year above
// (ctx.year): as for a lunar day, a month that would fall in the next
// Gregorian year (腊月 under 1987年) is of the lunar year that ends in the
// year above, unless the event before it is later than that month.
func lunarMonthLead(s string, ctx dateContext, prev model.Date) (model.DateRange, bool) {
	if ctx.year == 0 || !lunarMonthStart(s) {
		return model.DateRange{}, false
	}
	d := &dateScanner{s: s}
	m, leap, _ := d.lunarMonthName()
	span := func(y int) (model.DateRange, bool) {
		a, ok1 := lunarToSolar(y, m, 1, leap)
		b, ok2 := lunarToSolar(y, m, 29, leap)
		if !ok1 || !ok2 {
			return model.DateRange{}, false
		}
		return model.DateRange{Start: model.MakeDate(int(a.Year), int(a.Month), 0), End: model.MakeDate(int(b.Year), int(b.Month), 0)}, true
	}
	y := ctx.year
	this, ok1 := span(y)
	last, ok0 := span(y - 1)
	ok0 = ok0 && int(last.End.Year) == y
	switch {
	case ok1 && ok0 && !prev.IsZero() && last.Start.Before(prev) && !this.Start.Before(prev):
		return this, true // after an event later than the month in the lunar year before
	case ok0 && (!ok1 || int(this.Start.Year) > y):
		return last, true // 腊月 under 1987年: the lunar year that ends in 1987
	}
	return this, ok1
}

// lunarMonthStart reports whether s begins with a lunar month alone, set
// apart from its text (see lunarMonthLead): a lunar month by its name
// (正月, 冬月, 腊月) or after 农历 or 闰, then 间 or a part of it (底, 初,
// 上旬) at most, then a comma or a space.
func lunarMonthStart(s string) bool {
	if len(s) < 9 {
		return false
	}
	if r, _ := decodeRune(s); !lunarFirsts.has(r) || strings.ContainsRune(heavenlyStems, r) {
		return false // nearly every line
	}
	d := &dateScanner{s: s}
	if _, _, ok := d.lunarMonthName(); !ok {
		return false
	}
	if !d.lit('间') {
		d.monthPart() // 腊月底，…, 正月上旬，…: the month, as 1月底 is
	}
	return apart(s[d.i:])
}

// lunarParts reads the lunar date at the start of s (see
// lunarLeadingDate): its year (0 when not printed), month, day, and
// whether the month is the leap one.
func lunarParts(s string) (year, month, day int, leap, ok bool) {
	d := &dateScanner{s: s}
	marked := false
	e := dateScanner{s: s}
	if y, ok := d.number(); ok {
		if !d.lit('年') {
			return 0, 0, 0, false, false
		}
		year = y
	} else if y, ok := e.cnNumber(); ok && y >= 1000 && e.lit('年') {
		year, d.i = y, e.i // 一九八七年农历八月十五 (八月十五 is the month's, read below)
	} else if _, rest, ok := ganzhiYear(s); ok {
		// 丙寅年八月十五: a year named by the cycle counts by the lunar
		// calendar (its number is lunarLeadingDate's to find).
		d.i, marked = len(s)-len(rest), true
	}
	for _, w := range lunarMarks {
		if strings.HasPrefix(s[d.i:], w) {
			d.i += len(w)
			marked = true
			break
		}
	}
	if year != 0 && !marked {
		return 0, 0, 0, false, false // 1987年正月 is read elsewhere, if at all
	}
	leap = d.lit('闰', '閏')
	named := false
	switch {
	case d.lit('正'):
		month, named = 1, true
	case d.lit('冬'):
		month, named = 11, true
	case d.lit('腊', '臘'):
		month, named = 12, true
	default:
		n, ok := d.lunarNumber(marked)
		if !ok {
			return 0, 0, 0, false, false
		}
		month = n
	}
	if !d.lit('月') {
		return 0, 0, 0, false, false
	}
	lunarDay := false
	if d.lit('初') {
		n, ok := d.cnNumber()
		if !ok || n < 1 || n > 10 {
			return 0, 0, 0, false, false
		}
		day, lunarDay = n, true
	} else {
		from := d.i
		n, ok := d.lunarNumber(marked)
		if !ok {
			return 0, 0, 0, false, false
		}
		day = n
		lunarDay = strings.HasPrefix(s[from:], "廿") || strings.HasPrefix(s[from:], "卅")
	}
	d.lit('日')
	if !marked && !named && !lunarDay && !leap {
		return 0, 0, 0, false, false
	}
	return year, month, day, leap, true
}

// lunarMarks say that the date after them is of the lunar calendar, in
// simplified and in traditional characters (農曆, as a copy typeset in
// Hong Kong or Taiwan or passed through a converter prints it).
var lunarMarks = [...]string{"农历", "阴历", "夏历", "旧历", "農曆", "陰曆", "夏曆", "舊曆"}

// heavenlyStems are the first characters of a year's cyclic name (丙寅).
const heavenlyStems = "甲乙丙丁戊己庚辛壬癸"

// ganzhiYear reads a year named by the sixty-year cycle at the start of s
// (丙寅年, 丁卯年): its place in the cycle (0 for 甲子) and s after it.
func ganzhiYear(s string) (cycle int, rest string, ok bool) {
	stem, n := decodeRune(s)
	i := strings.IndexRune(heavenlyStems, stem)
	if i < 0 || n != 3 {
		return 0, s, false
	}
	branch, m := decodeRune(s[n:])
	j := strings.IndexRune(earthlyBranches, branch)
	if j < 0 || !strings.HasPrefix(s[n+m:], "年") {
		return 0, s, false
	}
	i, j = i/3, j/3 // byte offsets of three-byte characters
	if i%2 != j%2 {
		return 0, s, false // no such year: stems and branches pair odd with odd
	}
	for c := i; c < 60; c += 10 {
		if c%12 == j {
			return c, s[n+m+len("年"):], true
		}
	}
	return 0, s, false
}

// yearCycle is year y's place in the sixty-year cycle (1984 is 甲子, 0).
func yearCycle(y int) int { return ((y-1984)%60 + 60) % 60 }

// lunarNumber reads a lunar month's or day's number: in Chinese numerals,
// or, after 农历 (marked), in figures too (农历8月15日).
func (d *dateScanner) lunarNumber(marked bool) (int, bool) {
	if n, ok := d.cnNumber(); ok {
		return n, true
	}
	if marked {
		return d.number()
	}
	return 0, false
}

// lunarStart reports whether s begins with a lunar date, whatever its
// year: an event of a chronicle.
func lunarStart(s string) bool {
	if !lunarMay(s) {
		return false
	}
	_, _, _, _, ok := lunarParts(s)
	return ok
}

// lunarMay reports, from its first characters, whether s may begin with
// a lunar date, as most lines are looked at: 农历, 阴历, 夏历, 旧历, 闰,
// 正月, 冬月, 腊月, a numeral (二月初三), a cyclic year (丁卯年正月), or a
// year in figures and 农历;
// in traditional characters too (農曆, 陰曆, 舊曆, 閏, 臘月).
func lunarMay(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' || c == 0xEF && len(s) >= 3 && s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99 {
		// 1987年农历, and １９８７年农历, its figures three bytes each
		head := s[:min(len(s), 36)]
		return strings.Contains(head, "历") || strings.Contains(head, "曆")
	}
	r, _ := decodeRune(s)
	return lunarFirsts.has(r) || cnNumeralStart(s)
}

// lunarFirsts are the first characters of a lunar date's words (农历,
// 阴历, 夏历, 旧历, 闰月, 正月, 冬月, 腊月) and of a cyclic year (丁卯年).
var lunarFirsts = newRuneSet("农阴夏旧闰正冬腊臘農陰舊閏", heavenlyStems)
