package parser

import (
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// dateContext supplies what the printed dates leave out: the reports say
// 11月1日, and the year comes from the issue.
type dateContext struct {
	year       int // the issue's year; 0 when unknown
	issueMonth int // the month the issue covers (its number, for a monthly); 0 when unknown
	prevMonth  int // the month of the previous date in the entry, for a bare 21日
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
		default:
			return v, k > 0
		}
		k++
	}
	return v, k > 0
}

// lit consumes r (after optional spaces) if it is next.
func (d *dateScanner) lit(rs ...rune) bool {
	save := d.i
	d.spaces()
	r, n := utf8.DecodeRuneInString(d.s[d.i:])
	for _, want := range rs {
		if r == want {
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
	d := &dateScanner{s: s}
	year := 0
	n, ok := d.number()
	if !ok {
		return model.DateRange{}, false
	}
	if d.lit('年') {
		year = n
		if n, ok = d.number(); !ok {
			return model.DateRange{}, false
		}
	}
	var month, day int
	switch {
	case d.lit('月'):
		month = n
		if day, ok = d.number(); !ok {
			return model.DateRange{}, false
		}
	case year == 0 && ctx.prevMonth > 0 && d.lit('日', '号'):
		start, ok := makeDate(0, ctx.prevMonth, n, ctx)
		return model.DateRange{Start: start, End: start}, ok
	case year == 0 && ctx.prevMonth > 0 && d.lit(rangeDashes[:]...):
		// 3—6日: days of the month before.
		e, ok := d.number()
		if !ok || !d.lit('日', '号') {
			return model.DateRange{}, false
		}
		start, ok1 := makeDate(0, ctx.prevMonth, n, ctx)
		end, ok2 := makeDate(0, ctx.prevMonth, e, ctx)
		if !ok1 || !ok2 || end.Before(start) {
			return model.DateRange{}, false
		}
		return model.DateRange{Start: start, End: end}, true
	default:
		return model.DateRange{}, false
	}
	hasDay := d.lit('日', '号')
	start, ok := makeDate(year, month, day, ctx)
	if !ok {
		return model.DateRange{}, false
	}
	end := start
	if d.i < len(s) && d.lit(rangeDashes[:]...) {
		if e, ok := d.rangeEnd(start); ok {
			end = e
		} else if !hasDay {
			return model.DateRange{}, false
		}
	} else if !hasDay {
		return model.DateRange{}, false
	}
	return model.DateRange{Start: start, End: end}, true
}

// rangeEnd reads the end of a range: 24日 or 11月3日.
func (d *dateScanner) rangeEnd(start model.Date) (model.Date, bool) {
	n, ok := d.number()
	if !ok {
		return model.Date{}, false
	}
	month, day := int(start.Month), n
	if d.lit('月') {
		month = n
		if day, ok = d.number(); !ok {
			return model.Date{}, false
		}
	}
	if !d.lit('日', '号') {
		return model.Date{}, false
	}
	year := int(start.Year)
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
	if year == 0 {
		year = ctx.year
		// A January issue reports on December of the year before.
		if year != 0 && ctx.issueMonth > 0 && month-ctx.issueMonth > 6 {
			year--
		}
	}
	if !validDay(year, month, day) {
		return model.Date{}, false
	}
	return model.MakeDate(year, month, day), true
}
