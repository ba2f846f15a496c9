package parser

import (
	"strings"
	"time"
	"unicode/utf8"

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

// lunarParts reads the lunar date at the start of s (see
// lunarLeadingDate): its year (0 when not printed), month, day, and
// whether the month is the leap one.
func lunarParts(s string) (year, month, day int, leap, ok bool) {
	d := &dateScanner{s: s}
	if y, ok := d.number(); ok {
		if !d.lit('年') {
			return 0, 0, 0, false, false
		}
		year = y
	}
	marked := false
	for _, w := range [...]string{"农历", "阴历", "夏历", "旧历"} {
		if strings.HasPrefix(s[d.i:], w) {
			d.i += len(w)
			marked = true
			break
		}
	}
	if year != 0 && !marked {
		return 0, 0, 0, false, false // 1987年正月 is read elsewhere, if at all
	}
	leap = d.lit('闰')
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
// 正月, 冬月, 腊月, a numeral (二月初三), or a year in figures and 农历.
func lunarMay(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' {
		return strings.Contains(s[:min(len(s), 24)], "历") // 1987年农历
	}
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("农阴夏旧闰正冬腊臘", r) || cnNumeralStart(s)
}
