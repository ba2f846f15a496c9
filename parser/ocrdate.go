// Dates OCR damaged at the start of an event: letters read for digits
// (1l月3日, 2O23年), a day lost (8月曰), a date no calendar has (4月31日) — put
// right where the date tells, and warned of where it does not.

package parser

import "strings"

// ocrDateFix returns s with the letters OCR read for digits in the date it
// begins with put right (the date, then the rest of s): l and I for 1, O and o for 0, among the figures
// before 年, 月 and 日 (1l月3日 is 11月3日, l0月20日, 11月1O日, 2O23年3月8日,
// 2023年1l月3日, and a month alone set apart, l0月，…). ok is false where s begins with no such date, where its
// date holds no letter or no digit, and for a word: a letter counts only
// in a run of figures and letters followed by 年 or 月.
func ocrDateFix(s string) (date, rest string, ok bool) {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 'l' || s[0] == 'I' || s[0] == 'O' || s[0] == 0xEF) {
		return "", "", false // nearly every paragraph (EF: a full-width figure, l０月)
	}
	var buf [24]byte
	n, i, letters, digits := 0, 0, 0, 0
	part := func(most int) int {
		k := 0
		for ; i < len(s) && k < most; k++ {
			c, w, letter := ocrDigitAt(s, i)
			switch {
			case w == 0:
				return k
			case letter:
				letters++
			default:
				digits++
			}
			buf[n] = c
			n++
			i += w
		}
		return k
	}
	unit := func(u string) bool {
		if !strings.HasPrefix(s[i:], u) {
			return false
		}
		n += copy(buf[n:], u)
		i += len(u)
		return true
	}
	k := part(4)
	if k == 4 && unit("年") {
		k = part(2)
	}
	if k == 0 || k > 2 {
		return "", "", false
	}
	if n == k && (unit("日") || unit("曰") || unit("号")) {
		// l6日，… under its month: a day alone, as a month's chronicle
		// prints most of its days (it had run into the event above).
	} else if !unit("月") {
		return "", "", false
	} else if part(2) == 0 {
		if !apart(s[i:]) {
			return "", "", false
		}
		// l0月，… under its year: a month alone, as a gazetteer dates
		// what it knows no day of (it had been undated, or run into the
		// event above).
	} else if !unit("日") && !unit("号") && !unit("曰") {
		return "", "", false
	}
	if letters == 0 || digits == 0 {
		return "", "", false
	}
	return string(buf[:n]), s[i:], true
}

// dayLost reports whether s begins with a month whose day OCR lost, 8月曰，…
// or 10月 日，…: the event is dated by its month, and said to be.
func dayLost(s string) bool {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != 0xEF {
		return false // nearly every paragraph (0xEF: full-width figures)
	}
	d := &dateScanner{s: s}
	n, ok := d.number()
	return ok && n >= 1 && n <= 12 && d.lit('月') && d.lit('日', '曰') && apart(s[d.i:])
}

// misreadDate reports whether s begins with what OCR makes of a date, a
// letter for a digit: 1l月3日, 11月1O日, l0月20日, I2月28日.
func misreadDate(s string) bool {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 'l' || s[0] == 'I' || s[0] == 'O' || s[0] == 0xEF) {
		return false // nearly every paragraph (EF: a full-width figure, l９８７年)
	}
	letters, n := 0, 0
	part := func(i, most int) (int, bool) {
		n = 0
		for i < len(s) && n < most {
			_, w, letter := ocrDigitAt(s, i)
			if w == 0 {
				return i, n > 0
			} else if letter {
				letters++
			}
			i += w
			n++
		}
		return i, n > 0
	}
	if i, ok := part(0, 4); ok && n == 4 && letters > 0 && trim(s[i:]) == "年" {
		return true // l987年, a year heading alone that ocrYear does not read
	}
	letters = 0
	i, ok := part(0, 3)
	if !ok || !strings.HasPrefix(s[i:], "月") {
		return false
	}
	i, ok = part(i+len("月"), 3)
	if ok && letters == 0 && strings.HasPrefix(s[i:], "目") {
		return true // 5月8目: 目 for 日
	}
	return ok && letters > 0 && (strings.HasPrefix(s[i:], "日") || strings.HasPrefix(s[i:], "曰") || strings.HasPrefix(s[i:], "号"))
}

// impossibleDate reports whether s begins with a date in figures that no
// calendar has (13月5日, 4月31日, 2月29日 of a year not leap, year being
// the year above it, or 0), or in Chinese numerals (四月三十一日): read as
// no date, it must not go unsaid.
func impossibleDate(s string, year int) bool {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != 0xEF && !cnNumeralStart(s) {
		return false // nearly every paragraph
	}
	d := &dateScanner{s: s}
	n, ok := d.partNumber()
	if ok && n > 31 && plausibleYear(n) && d.lit('年') {
		year = n
		n, ok = d.partNumber()
	}
	if !ok || !d.lit('月') {
		return false
	}
	day, ok := d.partNumber()
	if !ok || !d.lit('日', '号', '曰') {
		return false
	}
	return n < 1 || n > 12 || !validDay(year, n, day)
}

// ocrDigit reads c as a figure as OCR gives one: a digit, or l and I for
// 1, O and o for 0 (letter says which); ok is false for any other byte.
func ocrDigit(c byte) (d byte, letter, ok bool) {
	switch {
	case c >= '0' && c <= '9':
		return c, false, true
	case c == 'l' || c == 'I':
		return '1', true, true
	case c == 'O' || c == 'o':
		return '0', true, true
	}
	return 0, false, false
}

// ocrDigitAt reads s[i:] as ocrDigit reads a byte, and a full-width
// digit too (l０月, ２O日: OCR's letter beside a digit typed full-width),
// and the letters full-width (１Ｏ月, ｌ２月: Ｏ ｏ EF BC AF, EF BD 8F; ｌ Ｉ
// EF BD 8C, EF BC A9): the figure d as an ASCII digit, its width w in
// bytes (0 for none), and whether it was a letter.
func ocrDigitAt(s string, i int) (d byte, w int, letter bool) {
	if c := s[i]; c == 0xEF {
		if i+2 >= len(s) {
			return 0, 0, false
		}
		switch c1, c2 := s[i+1], s[i+2]; {
		case c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99:
			return '0' + c2 - 0x90, 3, false
		case c1 == 0xBC && c2 == 0xAF, c1 == 0xBD && c2 == 0x8F: // Ｏ ｏ
			return '0', 3, true
		case c1 == 0xBD && c2 == 0x8C, c1 == 0xBC && c2 == 0xA9: // ｌ Ｉ
			return '1', 3, true
		}
		return 0, 0, false
	}
	d, letter, ok := ocrDigit(s[i])
	if !ok {
		return 0, 0, false
	}
	return d, 1, letter
}

// ocrFigure reports whether c is a digit or a letter OCR reads for one.
func ocrFigure(c byte) bool {
	_, _, ok := ocrDigit(c)
	return ok
}

// ocrNumber reads s, figures alone, each as ocrDigitAt does (ASCII or
// full-width digits, and the letters): its value and how many of them
// were letters; ok is false where a byte is no figure.
func ocrNumber(s string) (n, letters int, ok bool) {
	n, _, letters, ok = ocrRun(s)
	return n, letters, ok
}

// ocrRun is ocrNumber, and the count of s's figures.
func ocrRun(s string) (n, count, letters int, ok bool) {
	for i := 0; i < len(s); count++ {
		d, w, letter := ocrDigitAt(s, i)
		if w == 0 {
			return 0, 0, 0, false
		}
		if letter {
			letters++
		}
		n = n*10 + int(d-'0')
		i += w
	}
	return n, count, letters, true
}
