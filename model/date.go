package model

import (
	"fmt"
	"strconv"
)

// Date is a calendar day, or a month or a year when that is all the
// source says (a chronicle's 是月 or 是年). The reports print dates without
// a year and without a time zone, so a civil date is all there is to
// keep. Day 0 means a month-level date; Month and Day 0, a year-level one.
// Month- and year-level dates sort before every day of their month or
// year.
//
// The fields are small: an issue holds a date or two in every entry and
// paragraph, and a chronicle holds tens of thousands of them.
type Date struct {
	Year       int16
	Month, Day int8
}

// MakeDate is the date year-month-day; pass 0 for what is not known.
func MakeDate(year, month, day int) Date {
	return Date{Year: int16(year), Month: int8(month), Day: int8(day)}
}

// Precision says how much of a date is known.
type Precision string

const (
	DayPrecision   Precision = "day"
	MonthPrecision Precision = "month"
	YearPrecision  Precision = "year"
)

// Precision reports whether d is a day, a month or a year; "" for the
// unknown date.
func (d Date) Precision() Precision {
	switch {
	case d.IsZero():
		return ""
	case d.Day != 0:
		return DayPrecision
	case d.Month != 0:
		return MonthPrecision
	}
	return YearPrecision
}

// IsZero reports whether d is the unknown date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as YYYY-MM-DD, YYYY-MM for a month, YYYY for a year
// (--MM-DD and --MM when the year is unknown), or "" when d is unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [32]byte
	return string(d.appendText(b[:0]))
}

// appendText appends d as String formats it. WriteJSON writes a date or
// two per entry; formatting into its buffer keeps that free of garbage.
func (d Date) appendText(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	if d.Year == 0 {
		b = append(b, "--"...) // ISO 8601 without a year
	} else {
		b = appendPadded(b, int(d.Year), 4)
		if d.Precision() == YearPrecision {
			return b // 1986: a year
		}
		b = append(b, '-')
	}
	b = appendPadded(b, int(d.Month), 2)
	if d.Precision() == MonthPrecision {
		return b // 1986-04: a month
	}
	b = append(b, '-')
	return appendPadded(b, int(d.Day), 2)
}

// appendPadded appends n as fmt's %0*d does: zeros after any sign up to
// width characters in all.
func appendPadded(b []byte, n, width int) []byte {
	switch {
	case width == 2 && n >= 0 && n < 100: // a month or a day
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case width == 4 && n >= 0 && n < 10000: // a year
		return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
	}
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = -u // two's complement: right for the most negative int too
		width--
	}
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], u, 10)
	for i := len(d); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

// MonthDay formats d as MM-DD (MM for a month, YYYY for a year): within
// one issue the year goes without saying.
func (d Date) MonthDay() string {
	switch d.Precision() {
	case "":
		return ""
	case YearPrecision:
		return strconv.Itoa(int(d.Year))
	case MonthPrecision:
		return fmt.Sprintf("%02d", d.Month)
	}
	return fmt.Sprintf("%02d-%02d", d.Month, d.Day)
}

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// DateRange is the span a report covers: one day (Start == End) or
// several (11月21至24日).
type DateRange struct {
	Start, End Date
}

// IsZero reports whether r is unknown.
func (r DateRange) IsZero() bool { return r.Start.IsZero() }

// Contains reports whether d falls within r.
func (r DateRange) Contains(d Date) bool {
	return !r.IsZero() && !d.Before(r.Start) && !r.End.Before(d)
}

// String formats r as YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.
func (r DateRange) String() string {
	if r.IsZero() || r.Start == r.End {
		return r.Start.String()
	}
	return r.Start.String() + ".." + r.End.String()
}

// Short formats r for a reader of one issue, where the year goes without
// saying: MM-DD, or MM-DD..MM-DD for a range (each end as MonthDay gives
// it). A range that crosses into another year gives both ends in full,
// 2023-12-28..2024-01-03, where 12-28..01-03 would seem to run backwards.
// "" when r is unknown. The table of contents, piped text and the reader
// all show dates this way.
func (r DateRange) Short() string {
	switch {
	case r.IsZero():
		return ""
	case r.End.IsZero() || r.End == r.Start:
		return r.Start.MonthDay()
	case r.Start.Year != r.End.Year:
		return r.Start.String() + ".." + r.End.String()
	}
	return r.Start.MonthDay() + ".." + r.End.MonthDay()
}

// Label formats r for a list: as Short does, or in full (String) when
// years is true, for the dates of an issue that spans several years (a
// chronicle of twenty), where 02-24 would not say which year.
func (r DateRange) Label(years bool) string {
	if years && r.Start.Year != 0 {
		if r.End.IsZero() || r.End == r.Start {
			return r.Start.String()
		}
		return r.String()
	}
	return r.Short()
}

// ManyYears reports whether the dated entries of iss fall in more than
// one year: then a date without its year does not say when.
func (iss *Issue) ManyYears() bool {
	var year int16
	for si := range iss.Sections {
		for ei := range iss.Sections[si].Entries {
			y := iss.Sections[si].Entries[ei].Date.Start.Year
			if y == 0 {
				continue
			}
			if year != 0 && y != year {
				return true
			}
			year = y
		}
	}
	return false
}

// Latest is the latest date with a year of the issue's entries (their
// ends), zero when none has one: what a chronicle that prints no issue
// number is dated by, where it is placed among issues.
func (iss *Issue) Latest() Date {
	var last Date
	for si := range iss.Sections {
		for ei := range iss.Sections[si].Entries {
			r := iss.Sections[si].Entries[ei].Date
			d := r.End
			if d.IsZero() {
				d = r.Start
			}
			if d.Year != 0 && last.Before(d) {
				last = d
			}
		}
	}
	return last
}
