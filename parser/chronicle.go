package parser

import (
	"encoding/binary"
	"math/bits"
	"slices"
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

// yearHeading matches a heading that is a year and nothing else: 1986年,
// 一九八六年, 1986 年.
func yearHeading(t string) (int, bool) {
	if y, ok := plainYearHeading(t); ok {
		return y, true
	}
	c, ok := periodCore(t)
	if ok {
		if y, ok := plainYearHeading(c); ok {
			return y, true
		}
	} else if lastWide(t) == '年' && len(t) <= 60 {
		c = trim(stripMarkup(t))
	} else {
		return 0, false
	}
	y, ok := eraYear(c)
	if !ok {
		if y, ok := eraBeside(t, c); ok {
			return y, true
		}
		return reignHeading(t, c)
	}
	// 民国三十七年（1948年）: the year as printed beside it, where it is.
	if i := strings.LastIndex(t, "（"); i > 0 {
		if g, ok := plainYearHeading(strings.TrimSuffix(trim(t[i+len("（"):]), "）")); ok && g-y <= 1 && y-g <= 1 {
			return g, true
		}
	}
	return y, true
}

// eraBeside reads a year heading of an era whose year OCR misread
// (民国2O年（1931年）, 民国2l年（1932年）) by the year of the common era
// printed beside it, core being t without its bracket: an era's name,
// a few figures, numerals or letters, then 年; without it, two figures
// with a letter for the second (民国2O年: 1931). Left unread, the heading
// had been a line of the event above, its events of the year before.
func eraBeside(t, core string) (int, bool) {
	if len(core) > 12*3 || !strings.HasSuffix(core, "年") {
		return 0, false
	}
	rest := strings.TrimPrefix(core, "清")
	base := -1
	for _, e := range eras {
		if after, ok := strings.CutPrefix(rest, e.name); ok {
			rest, base = strings.TrimSuffix(after, "年"), e.base
			break
		}
	}
	if base < 0 || rest == "" || utf8.RuneCountInString(rest) > 4 {
		return 0, false
	}
	for _, r := range rest {
		if !isCnDigit(r) && !isFigure(r) && r != 'O' && r != 'o' && r != 'l' && r != 'I' {
			return 0, false
		}
	}
	if y, ok := bracketYear(t); ok {
		return y, true
	}
	// 民国2O年 alone: figures, a letter for one after the first, as
	// ocrYear reads 2OO5年.
	if len(rest) > 2 || rest[0] < '0' || rest[0] > '9' {
		return 0, false
	}
	n := int(rest[0] - '0')
	if len(rest) == 2 {
		switch c := rest[1]; {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c == 'O' || c == 'o':
			n *= 10
		case c == 'l' || c == 'I':
			n = n*10 + 1
		}
	}
	if n < 1 || n > 70 {
		return 0, false
	}
	return base + n, true
}

// reignHeading reads a year heading of a reign that eras does not hold,
// by the year of the common era it prints beside it: 明洪武三年（1370年）,
// 唐武德四年（621年）, core being t without its bracket. The reign's year
// must be a year's number in Chinese (三年, 元年), not a sentence.
func reignHeading(t, core string) (int, bool) {
	if cycle, rest, ok := ganzhiYear(core); ok && rest == "" {
		// 丁卯年（1987年）: a year named by the cycle, the common era's
		// beside it, which must be that year.
		if y, ok := bracketYear(t); ok && yearCycle(y) == cycle {
			return y, true
		}
		return 0, false
	}
	n := utf8.RuneCountInString(core)
	if n < 4 || n > 10 || !strings.HasSuffix(core, "年") {
		return 0, false
	}
	for _, r := range core {
		if !han(r) {
			return 0, false
		}
	}
	if r, _ := decodeLastRune(strings.TrimSuffix(core, "年")); r != '元' && !isCnDigit(r) {
		return 0, false
	}
	return bracketYear(t)
}

// bracketYear reads the year of the common era in brackets that heading
// t ends with: 明洪武三年（1370年）, 丁卯年（公元1987年）.
func bracketYear(t string) (int, bool) {
	i := strings.LastIndex(t, "（")
	if i < 0 {
		return 0, false
	}
	d := &dateScanner{s: strings.TrimPrefix(t[i+len("（"):], "公元")}
	y, ok := d.number()
	if !ok || y < 1 || y > 2100 || !d.lit('年') || !d.lit('）') || trim(d.s[d.i:]) != "" {
		return 0, false
	}
	return y, true
}

// eras are the eras and reigns older chronicles count years by, each
// with the year before its first (元年).
var eras = [...]struct {
	name string
	base int
}{
	{"中华民国", 1911}, {"民国", 1911}, {"宣统", 1908}, {"光绪", 1874}, {"同治", 1861}, {"咸丰", 1850},
	{"道光", 1820}, {"嘉庆", 1795}, {"乾隆", 1735}, {"雍正", 1722}, {"康熙", 1661}, {"顺治", 1643},
	// In traditional characters, as Taiwan's chronicles print them.
	{"中華民國", 1911}, {"民國", 1911}, {"宣統", 1908}, {"光緒", 1874}, {"咸豐", 1850}, {"嘉慶", 1795}, {"順治", 1643},
}

// eraFirsts holds the first character of every era's name (and 清 before
// a reign's), so that a line is let go by its first character before the
// eras are tried one by one (TestEraFirsts keeps it whole).
const eraFirsts = "中乾光同咸嘉宣康民道雍順顺清"

// eraFirstSet holds eraFirsts, a look at a bit each.
var eraFirstSet = newRuneSet(eraFirsts)

// eraLeadDate dates s by the era's year it begins with and the month or
// day after it (民国38年十月一日 …, 民國三十八年十月十日 …, 民国二十六年7月，…),
// as a chronicle of the years before 1949 dates its events. The era's
// year goes as far as its eras entry and seventy years; a year of the
// common era in brackets after it (民国三十八年（1949年）十月一日) is
// passed over.
func eraLeadDate(s string) (model.DateRange, bool) {
	y, rest, ok := eraLead(s)
	if !ok {
		return model.DateRange{}, false
	}
	ctx := dateContext{year: y}
	if d, ok := leadingDate(rest, ctx); ok {
		if g, ok := gregorianBeside(rest, y); ok {
			// 清宣统三年九月十五日（1911年11月5日），…: the day as the
			// common calendar counts it, printed beside the old one.
			return g, true
		}
		if d.Start.Day != 0 && d.Start.Year == d.End.Year && !republicEra(s) {
			// 清光绪三十四年十月二十一日，…: a reign's months and days are
			// the lunar calendar's (the Republic's are the common one's):
			// the Gregorian day it fell on, where the table has the year.
			if a, ok := lunarToSolar(y, int(d.Start.Month), int(d.Start.Day), false); ok {
				b := a
				if d.End.Day != 0 && (d.End.Month != d.Start.Month || d.End.Day != d.Start.Day) {
					if e, ok := lunarToSolar(y, int(d.End.Month), int(d.End.Day), false); ok {
						b = e
					}
				}
				return model.DateRange{Start: a, End: b}, true
			}
		}
		return d, true
	}
	if r, ok := periodStart(rest); ok && r.month != 0 {
		return r.dates(ctx)
	}
	if lunarMay(rest) {
		if _, m, day, leap, ok := lunarParts(rest); ok {
			// 清光绪十年三月初五，…: a lunar day (初五) after the reign's
			// year, its Gregorian day where the table has the year, else
			// its month by its number, as an era's 三月 is (it had run
			// into the event above).
			if a, ok := lunarToSolar(y, m, day, leap); ok {
				return model.DateRange{Start: a, End: a}, true
			}
			x := model.MakeDate(y, m, 0)
			return model.DateRange{Start: x, End: x}, true
		}
	}
	if apart(rest) && !strings.HasPrefix(rest, "、") || yearSeason(rest) {
		// 民国三十八年，县城解放。: the era's year alone, as 1949年，… is
		// (left unread, the event ran into the one above it), or with a
		// season or a part of it, 民国三十七年冬，…, as 1937年冬，… is. (Not
		// a list of years, 民国三十七年、三十八年.)
		d := model.MakeDate(y, 0, 0)
		return model.DateRange{Start: d, End: d}, true
	}
	return model.DateRange{}, false
}

// gregorianBeside reads the day of the common calendar printed in
// brackets right after an era's date at the start of s (九月十五日（1911年
// 11月5日），…), of the era's year y or the next: false where there is none.
func gregorianBeside(s string, y int) (model.DateRange, bool) {
	head := s[:min(len(s), 12*3)]
	i := indexAnyOf(head, "(（")
	if i < 0 {
		return model.DateRange{}, false
	}
	in := s[i+1:]
	if s[i] != '(' {
		in = s[i+len("（"):]
	}
	d, ok := leadingDate(in, dateContext{})
	if !ok || d.Start.Day == 0 || int(d.Start.Year) != y && int(d.Start.Year) != y+1 {
		return model.DateRange{}, false
	}
	return d, true
}

// reignYear reports whether a year heading is a Qing reign's (清宣统三年
// （1911年）, 光绪二十六年): an era of eras that is not the Republic's.
func reignYear(name string) bool {
	t := strings.TrimPrefix(trim(stripMarkup(name)), "清")
	if t == "" || republicEra(t) || !strings.Contains(eraFirsts, t[:min(len(t), 3)]) {
		return false
	}
	for _, e := range eras {
		if strings.HasPrefix(t, e.name) {
			return true
		}
	}
	return false
}

// republicEra reports whether s begins with the Republic's era (民国,
// 中华民国, in traditional characters too), whose months are the common
// calendar's, not a reign's lunar ones.
func republicEra(s string) bool {
	for _, w := range [...]string{"民国", "中华民国", "民國", "中華民國"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// afterYearBracket is s after the year y of the common era in brackets
// it begins with ((1949年), （1949年）), or s.
func afterYearBracket(s string, y int) string {
	d := &dateScanner{s: s}
	if !d.lit('（', '(') {
		return s
	}
	d.spaces()
	if n, ok := d.number(); ok && n == y && d.lit('年') && d.lit('）', ')') {
		return s[d.i:]
	}
	return s
}

// eraLead reads an era's year at the start of s: the year of the common
// era and s after it.
func eraLead(s string) (int, string, bool) {
	if len(s) < 12 || s[0] < 0xE4 || s[0] > 0xE9 {
		return 0, "", false
	}
	// strings.Contains(eraFirsts, s[:3]): s[0], a lead byte, matches
	// only where one of eraFirsts' characters begins.
	if r, _ := decodeRune(s); !eraFirstSet.has(r) {
		return 0, "", false
	}
	t := strings.TrimPrefix(s, "清")
	for _, e := range eras {
		if t[0] != e.name[0] || t[1] != e.name[1] || t[2] != e.name[2] {
			continue // (its first character, by its bytes: t holds nine at least, a name six)
		}
		rest, ok := strings.CutPrefix(t, e.name)
		if !ok {
			continue
		}
		y := e.base + 1
		if after, ok := strings.CutPrefix(rest, "元年"); ok {
			rest = after
		} else {
			d := &dateScanner{s: rest}
			n, ok := d.anyNumber()
			if !ok || n < 1 || n > 70 || !d.lit('年') {
				return 0, "", false
			}
			y, rest = e.base+n, rest[d.i:]
		}
		return y, afterYearBracket(rest, y), true
	}
	return 0, "", false
}

// eraYear reads a year of an era or a reign and nothing else: 民国三十七年
// (1948), 民国元年 (1912), 清光绪二十六年 (1900).
func eraYear(t string) (int, bool) {
	t = strings.TrimPrefix(t, "清")
	for _, e := range eras {
		rest, ok := strings.CutPrefix(t, e.name)
		if !ok {
			continue
		}
		if trim(rest) == "元年" {
			return e.base + 1, true
		}
		d := &dateScanner{s: rest}
		n, ok := d.anyNumber()
		if !ok || n < 1 || n > 70 || !d.lit('年') || trim(rest[d.i:]) != "" {
			return 0, false
		}
		return e.base + n, true
	}
	return 0, false
}

// periodCore takes off what a year or month heading may be set in: a
// bullet (■ 1987年), brackets (【1987年】, （十二月）) and the name of the
// year after it (1987年（丁卯年）). ok is false when t has none of them.
func periodCore(t string) (string, bool) {
	// What ends a heading, after its markup: a text's line ends otherwise
	// (。), and is let go here, before anything is copied.
	if !periodEnd1(t) {
		return "", false
	}
	t = trim(stripMarkup(t))
	// Ornaments either side: ◎2012年, ★ 二〇一四年 ★, —— 2015年 ——, ◆3月◆.
	c := strings.TrimRight(strings.TrimLeft(t, periodOrnaments), periodOrnaments)
	for _, pair := range [...][2]string{{"【", "】"}, {"〖", "〗"}, {"［", "］"}, {"[", "]"}, {"（", "）"}, {"(", ")"}} {
		if strings.HasPrefix(c, pair[0]) && strings.HasSuffix(c, pair[1]) && len(c) > len(pair[0])+len(pair[1]) {
			c = trim(c[len(pair[0]) : len(c)-len(pair[1])])
			break
		}
	}
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if i := strings.LastIndex(c, pair[0]); i > 0 && strings.HasSuffix(c, pair[1]) && utf8.RuneCountInString(c[i:]) <= 12 {
			c = trim(c[:i]) // 1987年（丁卯年）
			break
		}
	}
	c = cutGanzhi(c)
	if strings.Contains(c, " ") && utf8.RuneCountInString(c) <= 24 {
		c = strings.ReplaceAll(c, " ", "") // 1 9 8 7 年, letter-spaced
	}
	// 2015年度 is the year; 4月： and 4月大事 the month, a heading over
	// its days as 4月 is.
	c = strings.TrimRight(c, "：:")
	if y, ok := strings.CutSuffix(c, "年度"); ok {
		c = y + "年"
	} else if m, ok := strings.CutSuffix(c, "大事"); ok && strings.ContainsRune("年月份", lastWide(m)) {
		c = m
	}
	return c, c != t
}

// cutGanzhi takes off the year's name in the sexagenary cycle that a
// year heading may print after a space, without brackets (1989年　己巳,
// 1989年 己巳年), as its bracket is taken off (1987年（丁卯）).
func cutGanzhi(c string) string {
	i := strings.LastIndexAny(c, " \u3000")
	if i <= 0 || !strings.HasSuffix(trim(c[:i]), "年") {
		return c
	}
	name := []rune(strings.TrimSuffix(trim(c[i:]), "年"))
	if len(name) != 2 || !strings.ContainsRune("甲乙丙丁戊己庚辛壬癸", name[0]) || !earthlyBranch(name[1]) {
		return c
	}
	return trim(c[:i])
}

// earthlyBranch reports whether r is one of the twelve branches, the last
// character of a year's cyclic name (己巳).
func earthlyBranch(r rune) bool {
	switch r { // (a switch: periodEnd1 asks of every heading's last character)
	case '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥':
		return true
	}
	return false
}

// earthlyBranches are the twelve branches in their order.
const earthlyBranches = "子丑寅卯辰巳午未申酉戌亥"

// periodOrnaments are what offices set a year or month heading between
// (★ 2014年 ★, —— 2015年 ——) or after as a bullet (■ 1987年, ◎2012年),
// with the spaces beside them.
const periodOrnaments = "■□◆◇●○◎★☆▲►▶※•·—─–-=~～ \u3000"

// periodEnds are the last characters beyond ASCII of a year or month
// heading, with its brackets and ornaments: 1987年, 11月, 11月份,
// 【1987年】, ★ 2014年 ★, 2015年度, 4月：, 4月大事.
const periodEnds = "年月份）】〗］■□◆◇●○◎★☆▲►▶※•·—─–～度事："

// periodEndSet holds every character periodEnd1 may take as a period
// heading's last: periodEnds, the earthly branches, and 续.
var periodEndSet = newRuneSet(periodEnds, earthlyBranches, "续續")

// periodEnd1 lets a line go that cannot be a year or month heading, at
// its length and its last character: a line of text ends otherwise (。).
// 度, 事 and ： end lines of text too (会议指出：): only a short one may
// be a heading.
func periodEnd1(t string) bool {
	if len(t) > 90 {
		return false
	}
	r := lastWide(t)
	if !periodEndSet.has(r) {
		return false // every character below is in it: nearly every heading, by a bit
	}
	switch r {
	case '度', '事', '：':
		return len(t) <= 40
	case 0:
		return false
	case '年', '月', '份':
		return true // nearly every period heading (a title of a million headings asks here)
	default:
		// A year's cyclic name after a space ends a year heading too
		// (1989年　己巳), a short one, and so does 续 in brackets, a
		// year's or month's heading again atop the page it goes on on
		// (1986年(续), 11月(续)), half-width as they may be.
		return periodEndRune(r) || len(t) <= 40 && (earthlyBranch(r) || (r == '续' || r == '續') && strings.HasSuffix(t, ")"))
	}
}

// yearMonthHeading matches a heading that is a year and a month and
// nothing else: 2023年11月, 二〇二三年十一月, 1987年1月份.
func yearMonthHeading(t string) (year, month int, ok bool) {
	if len(t) > 90 {
		return 0, 0, false
	}
	if w := lastWide(t); w != '月' && w != '份' || !periodChars(t) {
		c, ok := periodCore(t)
		if !ok {
			return 0, 0, false
		}
		t = c
	}
	t = trim(stripMarkup(t))
	d := &dateScanner{s: t}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') {
		return 0, 0, false
	}
	m, ok := d.monthRunHead()
	if !ok {
		return 0, 0, false
	}
	d.lit('份')
	if trim(t[d.i:]) != "" {
		return 0, 0, false
	}
	return y, m, true
}

// monthRunHead reads a month, or a run of months, as a heading prints it
// (11月, 1—2月, 3月—6月: a chronicle's half-year or a double issue's
// months), and returns its first month: the days under it print their
// own.
func (d *dateScanner) monthRunHead() (int, bool) {
	m, ok := d.anyNumber()
	if !ok || m < 1 || m > 12 {
		return 0, false
	}
	month := d.lit('月')
	save := d.i
	if d.lit('—', '－', '-', '–', '～', '~', '至', '到') {
		d.lit('—') // ——
		if n, ok := d.anyNumber(); ok && n > m && n <= 12 && d.lit('月') {
			return m, true
		}
		d.i = save
	} else if !month && d.lit('、') {
		// 七、八月: two months together.
		if n, ok := d.anyNumber(); ok && n == m+1 && d.lit('月') {
			return m, true
		}
		d.i = save
	}
	return m, month
}

func plainYearHeading(t string) (int, bool) {
	if lastWide(t) != '年' || len(t) > 60 && len(trim(t)) > 60 || !periodChars(t) {
		// A heading is short: no need to look at a paragraph. (Its
		// margin aside: pdftotext -layout centres 2023年 across a page
		// of two columns with fifty spaces and more.)
		return 0, false
	}
	t = trim(stripMarkup(t))
	if !strings.HasSuffix(t, "年") {
		return 0, false
	}
	t = strings.TrimPrefix(t, "公元") // 公元1986年
	d := &dateScanner{s: t}
	y, ok := d.anyNumber()
	if !ok || !headingYear(y) || !d.lit('年') || trim(t[d.i:]) != "" {
		return ocrYear(t)
	}
	return y, true
}

// ocrYear reads a year heading in figures with a letter OCR read for a
// digit after the first (2OO5年, 19l8年), as 二OO五年 is read: left
// unread, the heading would be a line of the event above and its events
// of the year before. The first figure must be a digit: l987年 is not
// read (and its events going back is a warning).
func ocrYear(t string) (int, bool) {
	if len(t) != 4+len("年") || t[0] != '1' && t[0] != '2' || !strings.HasSuffix(t, "年") {
		return 0, false
	}
	y, letters := 0, 0
	for i := 0; i < 4; i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
		case c == 'O' || c == 'o':
			c, letters = '0', letters+1
		case c == 'l' || c == 'I':
			c, letters = '1', letters+1
		default:
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, letters > 0 && headingYear(y)
}

// ocrMonth reads a month heading in figures with a letter OCR read for a
// digit beside a digit (I2月, l0月, 1O月, 1l月, and 月份 after them), as
// ocrYear reads 2OO5年: left unread, the heading had been a line of the
// event above, and the days under it of the month above (December's of
// November, silently).
func ocrMonth(t string) (int, bool) {
	if len(t) != 2+len("月") && len(t) != 2+len("月份") || t[2:] != "月" && t[2:] != "月份" {
		return 0, false
	}
	m, letters := 0, 0
	for i := 0; i < 2; i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
		case c == 'O' || c == 'o':
			c, letters = '0', letters+1
		case c == 'l' || c == 'I':
			c, letters = '1', letters+1
		default:
			return 0, false
		}
		m = m*10 + int(c-'0')
	}
	return m, letters == 1 && m >= 1 && m <= 12
}

// ocrYearName reads a year heading OCR damaged at its end: a stray stop
// after it (1953年。, 1953年.), or 年 read as 牟 or 午 (1955牟, 1956午).
// misread says which. Left unread, the heading had been a line of the
// event above, its events of the year before, silently.
func ocrYearName(t string) (year int, misread, ok bool) {
	if len(t) < 4+3 || len(t) > 4*3+3+3 || !figureFirst(t) { // (isFigure of its first character, by its bytes)
		return 0, false, false // nearly every name
	}
	if r, n := decodeLastRune(t); strings.ContainsRune("。.，,、", r) {
		t = t[:len(t)-n]
	}
	n := 0
	for i, r := range t {
		switch {
		case r >= '0' && r <= '9':
			year = year*10 + int(r-'0')
		case r >= '０' && r <= '９':
			year = year*10 + int(r-'０') // full-width, as OCR may give them
		default:
			if n != 4 {
				return 0, false, false
			}
			switch t[i:] {
			case "年":
			case "牟", "午":
				misread = true
			default:
				return 0, false, false
			}
			return year, misread, headingYear(year)
		}
		n++
	}
	return 0, false, false
}

// clippedYear reports whether t is a year in figures with a figure too
// few and nothing else, 195年, as OCR drops one from a scanned gazetteer's
// 1955年: which year it is cannot be read (never guessed), and left a line
// of the event above, its events would be of the year above, silently.
// OCR's letters for figures count as figures (l95年).
func clippedYear(t string) bool {
	if len(t) < 3+len("年") || len(t) > 3*3+len("年") || !strings.HasSuffix(t, "年") {
		return false
	}
	n := 0
	for _, r := range t[:len(t)-len("年")] {
		if !isFigure(r) && r != 'O' && r != 'o' && r != 'l' && r != 'I' {
			return false
		}
		n++
	}
	return n == 3
}

// looseYear reads a year heading that names its year without its century,
// 85年 or 八七年, as an older county chronicle prints them, or by the
// cycle alone, 丙寅年: n is the two figures, or the cycle's number (see
// yearCycle). Which year it is, the year above it tells (looseYearOf).
func looseYear(t string) (n int, cyclic, ok bool) {
	if len(t) < 5 || len(t) > 60 || !periodEnd1(t) {
		return 0, false, false // nearly every line, by its last character
	}
	t = trim(stripMarkup(t))
	if c, ok := periodCore(t); ok {
		t = c // **87年**, 【八七年】, 八七年（丁卯）
	}
	switch len(t) {
	case 2 + len("年"):
		if t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && strings.HasSuffix(t, "年") {
			return int(t[0]-'0')*10 + int(t[1]-'0'), false, true
		}
	case 3 * len("年"):
		if c, rest, ok := ganzhiYear(t); ok && rest == "" {
			return c, true, true
		}
		if a, b := []rune(t[:6])[0], []rune(t[:6])[1]; a >= '０' && a <= '９' && b >= '０' && b <= '９' && strings.HasSuffix(t, "年") {
			return int(a-'０')*10 + int(b-'０'), false, true // ８５年, full-width
		}
		n := 0
		for _, r := range t[:6] {
			// Two digits in Chinese numerals, 〇 and 零 among them (not
			// 十: 二十年 is twenty years).
			v := strings.IndexRune("〇一二三四五六七八九", r)
			if r == '零' {
				v = 0
			} else if v < 0 {
				return 0, false, false
			}
			n = n*10 + v/3
		}
		if strings.HasSuffix(t, "年") {
			return n, false, true
		}
	}
	return 0, false, false
}

// looseYearLine reports whether t is a heading looseYear reads.
func looseYearLine(t string) bool {
	_, _, ok := looseYear(t)
	return ok
}

// looseYearOf is the year of a heading looseYear read: two figures the
// year nearest near, the year of the heading above (or the title's first),
// else of the last century from 50 on (fullYear); a cycle's name the first
// year so named from near on, and not known (0) without near.
func looseYearOf(n int, cyclic bool, near int) int {
	if !cyclic {
		return fullYear(n, near)
	}
	if near <= 0 {
		return 0
	}
	for y := near; y < near+60; y++ {
		if yearCycle(y) == n {
			return y
		}
	}
	return 0
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

// chronSpanFirst reads the first year in figures in title's last bracket.
func chronSpanFirst(title string) (int, bool) {
	i := strings.LastIndexAny(title, "（(")
	if i < 0 {
		return 0, false
	}
	d := &dateScanner{s: title[i:]}
	d.lit('（', '(')
	d.spaces()
	y, ok := d.number()
	return y, ok && plausibleYear(y)
}

// headingYear reports whether y may be a year a chronicle's heading
// names: a county's chronicle goes back past 1900 (1894年), which a date
// in a report's text is not taken to.
func headingYear(y int) bool { return y >= 1000 && y <= 2100 }

// bareYear reports whether t is a year in four figures and nothing else
// (## 2008, as MinerU and marker give a chronicle's year heading): a
// year where it is a heading, not a plain line, which may be a page's
// number.
func bareYear(t string) (int, bool) {
	if len(t) == 4*len("０") {
		return wideBareYear(t) // ## ２００８, **１９８６**
	}
	if len(t) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return 0, false
		}
		y = y*10 + int(t[i]-'0')
	}
	return y, headingYear(y)
}

// wideBareYear is bareYear of a year in four full-width figures.
func wideBareYear(t string) (int, bool) {
	if t == "" || t[0] != 0xEF {
		return 0, false // every full-width figure is EF BC 90 to EF BC 99: nearly every name of twelve bytes is let go by its first byte
	}
	y := 0
	for _, r := range t {
		if r < '０' || r > '９' {
			return 0, false
		}
		y = y*10 + int(r-'０')
	}
	return y, headingYear(y)
}

// monthHeading matches a heading that is a month and nothing else: 11月,
// 十一月, 11月份.
func monthHeading(t string) (int, bool) {
	if m, ok := plainMonthHeading(t); ok {
		return m, true
	}
	if c, ok := periodCore(t); ok {
		return plainMonthHeading(c)
	}
	return 0, false
}

func plainMonthHeading(t string) (int, bool) {
	if len(t) > 40 && len(trim(t)) > 40 {
		return 0, false // (a margin aside, as plainYearHeading's)
	}
	if w := lastWide(t); w != '月' && w != '份' {
		return 0, false
	}
	if !periodChars(t) {
		return romanMonthHeading(t)
	}
	t = trim(stripMarkup(t))
	d := &dateScanner{s: t}
	m, ok := d.monthRunHead()
	if !ok {
		if m, ok := ocrMonth(t); ok {
			return m, true
		}
		// 正月, 闰八月, 腊月: an older chronicle's lunar months, by their
		// number as an era's 三月 is.
		d.i = 0
		if m, _, ok = d.lunarMonthName(); !ok {
			return 0, false
		}
	}
	d.lit('份')
	if trim(t[d.i:]) != "" {
		return 0, false
	}
	return m, true
}

// romanMonthHeading reads a month heading in a Roman numeral, Ⅺ月 (one
// character, U+2160–U+216B, as some typesetters and OCR set it), 11月's
// (left unread, it had been a line of the event above, and the days under
// it of the month above).
func romanMonthHeading(t string) (int, bool) {
	t = trim(stripMarkup(t))
	r, n := decodeRune(t)
	if r < 'Ⅰ' || r > 'Ⅻ' {
		return 0, false
	}
	if rest := t[n:]; rest == "月" || rest == "月份" {
		return int(r-'Ⅰ') + 1, true
	}
	return 0, false
}

// lastWide returns the last character of t beyond ASCII that is not a
// space, or 0. A year or month heading ends with 年, 月 or 份 once
// stripMarkup and trim have taken off what follows it, which is ASCII
// markup and spaces: a dated line (11月1日，…。) is let go at its last
// character.
func lastWide(t string) rune {
	for i := len(t); i > 0; {
		if t[i-1] < utf8.RuneSelf {
			if i >= 8 {
				// The ASCII at the end (## 标题123's figures) eight bytes
				// at a time: the high bits of the last eight, counted from
				// the top (the last byte), tell how many are ASCII.
				if m := binary.LittleEndian.Uint64([]byte(t[i-8:i])) & 0x8080808080808080; m != 0 {
					i -= bits.LeadingZeros64(m) >> 3
				} else {
					i -= 8
				}
				continue
			}
			i--
			continue
		}
		if r := hanLast(t[:i]); r >= 0 {
			return r // no space: the last character of nearly every heading, read without a call
		}
		r, n := decodeLastRune(t[:i])
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
		r, n := decodeRune(t[i:])
		i += n
		_, digit := cnDigit(r)
		_, unit := cnUnit(r)
		if !digit && !unit && !cnZero(r) && !ocrZero(r) && !(r >= '０' && r <= '９') &&
			!strings.ContainsRune("年月份廿卅公元—－–～至到、正闰閏冬腊臘", r) && !wideSpace(r) {
			return false
		}
	}
	return true
}

// periodHeading reports whether l is a year or a month heading.
func periodHeading(l string) bool {
	if !periodEnd1(l) {
		return false // a line of text: it ends otherwise (。)
	}
	if _, ok := yearHeading(l); ok {
		return true
	}
	if _, _, ok := yearMonthHeading(l); ok {
		return true
	}
	if _, ok := yearPartHeading(l); ok {
		return true
	}
	_, ok := monthHeading(l)
	return ok
}

// yearPartHeading reads a heading that is a year and a part of it and
// nothing else, 1987年上半年, 1987年第一季度: the year's, a section of its
// own as the year's heading is (which of the year's parts the text under
// it says by its dates).
func yearPartHeading(t string) (int, bool) {
	if len(t) > 60 {
		return 0, false
	}
	if w := lastWide(t); w != '年' && w != '度' {
		return 0, false
	}
	t = trim(stripMarkup(t))
	d := &dateScanner{s: t}
	y, ok := d.anyNumber()
	if !ok || !headingYear(y) || !d.lit('年') {
		return 0, false
	}
	rest := trim(t[d.i:])
	return y, partName(rest)
}

// Kinds of period a section's name is (periodOf).
const (
	noPeriod = iota
	yearMonthPeriod
	yearPeriod
	monthPeriodName
)

// periodOf reports whether a section's name is a year and a month
// (2023年11月), a year (1986年) or a month (11月), and which. A year or
// month heading ends with 年, 月, 份 or a bracket: most names are let go
// at their last character.
func periodOf(name string) (kind, year, month int) {
	kind, year, month, _ = periodOfEnd(name)
	return kind, year, month
}

// periodOfEnd is periodOf that also says whether name passed periodEnd1
// (end1 is true for a bare year, which is not asked): where it did not,
// looseYear, which asks it first, need not be asked (dates).
func periodOfEnd(name string) (kind, year, month int, end1 bool) {
	if n := len(name); n == 4 || n == 12 && name[0] == 0xEF { // (bareYear's first tests, in line: four figures, or four full-width ones, EF BC 9x)
		if y, ok := bareYear(name); ok {
			return yearPeriod, y, 0, true
		}
	}
	if !periodEnd1(name) {
		return noPeriod, 0, 0, false
	}
	kind, year, month = periodAfterEnd(name)
	return kind, year, month, true
}

// periodAfterEnd is the rest of periodOf, for a name periodEnd1 passed.
func periodAfterEnd(name string) (kind, year, month int) {
	if c, ok := periodCore(name); ok {
		if y, ok := bareYear(c); ok {
			return yearPeriod, y, 0 // 【1987】
		}
	}
	if y, m, ok := yearMonthHeading(name); ok {
		return yearMonthPeriod, y, m
	}
	if y, ok := yearHeading(name); ok {
		return yearPeriod, y, 0
	}
	if y, ok := yearPartHeading(name); ok {
		return yearPeriod, y, 0 // 1987年上半年
	}
	if m, ok := monthHeading(name); ok {
		return monthPeriodName, 0, m
	}
	return noPeriod, 0, 0
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
//
//	the day of the event before: 同日, 当日, 该日, 是日, 当天, 同天, 当晚
//	the day after that: 次日, 翌日, 第二天
//	the month: 该月, 是月, 本月, 当月, 同月, 上旬, 中旬, 下旬, 月初, 月中, 月底, 月末
//	the year: 该年, 是年, 同年, 当年, 年内, 年初, 年中, 年底, 年末

// nextDay reports whether s begins with a word for the day after the
// event before: 次日, 翌日, 第二天.
func nextDay(s string) bool {
	return strings.HasPrefix(s, "次日") || strings.HasPrefix(s, "翌日") || strings.HasPrefix(s, "第二天") ||
		strings.HasPrefix(s, "次曰") || strings.HasPrefix(s, "翌曰") // (OCR's 曰 for 日)
}

// relativeDate reports which relative date s begins with: day, month or
// year precision, or "".
func relativeDate(s string) model.Precision {
	if s == "" || s[0] < utf8.RuneSelf && s[0] != '"' {
		return "" // a digit, most often: every word below begins with a Han character or a quote
	}
	// By its two characters, as a chronicle's lines are read one by one:
	// 同日, 是月, 年底 (and 第二天).
	r, n := decodeRune(s)
	r2, n2 := decodeRune(s[n:])
	rest := s[n+n2:]
	if (r == '春' || r == '夏' || r == '秋' || r == '冬') && season(r2, rest) {
		return model.YearPrecision // 春，…: a season of the year above
	}
	if (r == '上' && r2 == '中' || r == '中' && r2 == '下') && strings.HasPrefix(rest, "旬") && !goesOn(rest[len("旬"):]) {
		// 中下旬　全市遭遇持续强降雨…, 上中旬，…: two parts of the month
		// above, as 上旬 is one (it had been the text of the day above).
		return model.MonthPrecision
	}
	switch r2 {
	case '日', '曰': // (同曰: OCR's 曰 for 日, as in 5曰)
		switch r {
		case '同', '当', '该', '是', '次', '翌', '當', '該': // (當日, 該日: traditional characters)
			return model.DayPrecision
		}
	case '天', '晚':
		if r == '当' || r == '同' || r == '當' {
			return model.DayPrecision // 当天，…, 当晚县…, 同天上午: the day of the event above
		}
	case '二':
		if r == '第' && strings.HasPrefix(rest, "天") {
			return model.DayPrecision
		}
	case '月':
		if (r == '该' || r == '是' || r == '本' || r == '当' || r == '同' || r == '該' || r == '當') && (!goesOn(rest) || partOfMonth(rest) || cnNumeralStart(rest)) {
			return model.MonthPrecision // 是月，…; 是月上旬，…; 同月二十日，… (relativeLead)
		}
		if (r == '次' || r == '翌') && (!goesOn(rest) || cnNumeralStart(rest)) {
			return model.MonthPrecision // 次月，…
		}
	case '旬':
		if strings.ContainsRune("上中下", r) && !goesOn(rest) {
			return model.MonthPrecision
		}
	case '初', '中', '底', '末', '内':
		if r == '月' && !goesOn(rest) {
			return model.MonthPrecision // 月初，…; 月内，…
		}
		if r == '年' && !goesOn(rest) {
			return model.YearPrecision
		}
	case '年':
		if (r == '该' || r == '是' || r == '同' || r == '当' || r == '次' || r == '翌' || r == '該' || r == '當') && (!goesOn(rest) || partOfYear(rest) || cnNumeralStart(rest)) {
			return model.YearPrecision // 是年，…; 是年春，…; 翌年1月，… (relativeLead)
		}
		if (r == '上' || r == '去') && startsWithMonth(rest) {
			return model.YearPrecision // 上年12月31日 … under 一月: the year before's (relativeLead)
		}
	case '终', '內', '終':
		if r == '年' && !goesOn(rest) {
			return model.YearPrecision // 年内，…, 年终，…
		}
	case '岁':
		if r == '是' && (!goesOn(rest) || partOfYear(rest)) {
			return model.YearPrecision // 是岁，…: an older gazetteer's 是年
		}
	case '期':
		if r == '汛' && !goesOn(duringOf(rest)) {
			return model.YearPrecision // 汛期，…, 汛期间，…: the flood season of the year above
		}
	case '汛':
		if r == '主' || r == '入' {
			if after, ok := strings.CutPrefix(rest, "期"); ok && !goesOn(duringOf(after)) || r == '入' && !goesOn(rest) {
				return model.YearPrecision // 主汛期，…; 入汛以来，…
			}
		}
	case '季':
		if (r == '雨' || r == '旱') && !goesOn(rest) {
			return model.YearPrecision // 雨季，…
		}
	}
	if holidayFirstRune(r) && holiday(s) {
		return model.MonthPrecision // 春节期间, 中秋前夕
	}
	return ""
}

// duringOf takes 间 or 内 off the start of rest: 汛期间，…, 主汛期内，…
// name the season as 汛期，… does.
func duringOf(rest string) string {
	if after, ok := strings.CutPrefix(rest, "间"); ok {
		return after
	}
	return strings.TrimPrefix(rest, "内")
}

// partOfMonth reports whether rest, after 是月 and the like, names a part
// of the month and ends there: 上旬，…, 初，…, 底 县…
func partOfMonth(rest string) bool {
	for _, w := range [...]string{"上旬", "中旬", "下旬", "初", "中", "底", "末"} {
		if after, ok := strings.CutPrefix(rest, w); ok && !goesOn(after) {
			return true
		}
	}
	return false
}

// partOfYear reports whether rest, after 是年 and the like, names a part
// of the year and ends there: 春，…, 冬季，…, 底，…, 度，… (本年度).
func partOfYear(rest string) bool {
	if r, n := decodeRune(rest); r == '春' || r == '夏' || r == '秋' || r == '冬' {
		// 是年秋冬，…, 同年夏秋间，…: two seasons, as 秋冬，… alone is.
		if r2, n2 := decodeRune(rest[n:]); strings.ContainsRune("春夏秋冬", r2) && season(r2, rest[n+n2:]) {
			return true
		}
	}
	for _, w := range [...]string{"春季", "夏季", "秋季", "冬季", "春", "夏", "秋", "冬", "初", "中", "底", "末", "内", "度", "上半年", "下半年"} {
		if after, ok := strings.CutPrefix(rest, w); ok && !goesOn(after) {
			return true
		}
	}
	return false
}

// yearPart reports whether s begins with a part of the year a chronicle
// dates an event by, which in a report's article is the period its
// figures are of: 本年，…, 本年度，…, 全年，…, 上半年，…, 岁末，…, 第一季度，…,
// 前三季度，… A chronicle's event so dated is dated by its year.
func yearPart(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf {
		return false
	}
	r, n := decodeRune(s)
	r2, n2 := decodeRune(s[n:])
	rest := s[n+n2:]
	switch {
	case (r == '本' || r == '全') && r2 == '年':
		return !goesOn(rest) || partOfYear(rest)
	case (r == '上' || r == '下') && r2 == '半':
		after, ok := strings.CutPrefix(rest, "年")
		return ok && !goesOn(after)
	case (r2 == '春' || r2 == '夏' || r2 == '秋' || r2 == '冬') && seasonWord(r):
		// 初春，…, 入冬以来，…, 盛夏 全县…: a part of a season (in a
		// report's article, 入冬以来 is the time its work is of).
		return !goesOn(rest)
	case r == '岁' && (r2 == '末' || r2 == '初' || r2 == '尾'):
		if after, ok := strings.CutPrefix(rest, "年初"); ok {
			rest = after // 岁末年初，…: the turn of the year
		}
		return !goesOn(rest)
	case r == '年' && (r2 == '末' || r2 == '终'):
		after, ok := strings.CutPrefix(rest, "岁初")
		return ok && !goesOn(after) // 年末岁初，…
	}
	return quarter(s)
}

// quarter reports whether s begins with a quarter of the year and ends it
// there: 第一季度，…, 一季度，…, 前三季度，…
func quarter(s string) bool {
	s = strings.TrimPrefix(s, "第")
	s = strings.TrimPrefix(s, "前")
	r, n := decodeRune(s)
	if !strings.ContainsRune("一二三四1234", r) {
		return false
	}
	rest, ok := strings.CutPrefix(s[n:], "季度")
	return ok && !goesOn(rest)
}

// season reports whether a season's name (春, 夏, 秋, 冬), followed by r2
// and rest, dates an event: 春，…, 秋冬，…, 夏季，…, 冬 县委…, 春夏之交，…,
// 夏秋间 全县…; not 春节 or 秋收.
func season(r2 rune, rest string) bool {
	switch {
	case r2 == '，' || r2 == '、' || r2 == ',' || r2 == ' ' || r2 == '\u3000':
		return true
	case r2 == '季' || r2 == '间' || strings.ContainsRune("春夏秋冬", r2):
		if r2 != '季' && r2 != '间' {
			// 春夏之交, 夏秋间, 秋冬季: two seasons, and what joins them.
			for _, w := range [...]string{"之交", "间", "季"} {
				if after, ok := strings.CutPrefix(rest, w); ok {
					rest = after
					break
				}
			}
		}
		r3, _ := decodeRune(rest)
		return r3 == '，' || r3 == ',' || r3 == ' ' || r3 == '\u3000'
	}
	return false
}

// seasonWord reports whether r, before a season's name, makes a part of
// it a chronicle dates an event by: 初春, 早春, 暮春, 仲夏, 盛夏, 深秋,
// 晚秋, 隆冬, 入冬, 开春.
func seasonWord(r rune) bool {
	switch r {
	case '初', '早', '暮', '仲', '孟', '晚', '深', '盛', '隆', '入', '开', '严':
		return true
	}
	return false
}

// goesOn reports whether rest, what follows a word for a part of a month
// or year, makes it part of a longer word: 月中旬 is, 中旬， and 月底 县…
// are not; nor is 年底前.
func goesOn(rest string) bool {
	r, _ := decodeRune(rest)
	return r >= 0x3400 && r <= 0x9FFF && !strings.ContainsRune("前后起至到以", r)
}

// holidayWords are the holidays a chronicle dates an event by: alone
// (春节，…, 除夕，…) the holiday's day; with 期间 or 前后 the month it
// falls in, with 前夕 the month of its eve, the day not being said.
// Those named by their date (五一, 七一, 八一, 十一) are holidays in
// quotes (“五一”), with their name (八一建军节) or with 期间, 前后 or 前夕:
// 十一月 and 十一日 are dates.
var holidayWords = [...]string{
	"元旦", "春节", "清明", "端午", "中秋", "国庆", "除夕", "元宵", "重阳", "七夕",
	"五一", "七一", "八一", "十一", "六一", "三八", "五四",
	"劳动节", "建党节", "建军节", "儿童节", "妇女节", "青年节", "教师节", "植树节",
}

// holidayFirst holds the first character of each of holidayWords and the
// opening quotes (“, and " as an English keyboard types it): a line that
// begins otherwise is no holiday's.
const holidayFirst = "元春清端中国除重七五八十六三劳建儿妇青教植“\"國勞兒婦"

// holidayFirstRune reports whether r is in holidayFirst: a switch, which
// the compiler makes a search, where strings.ContainsRune would make a
// string of r for every line that asks.
func holidayFirstRune(r rune) bool {
	switch r {
	case '元', '春', '清', '端', '中', '国', '除', '重', '七', '五', '八', '十', '六', '三', '劳', '建', '儿', '妇', '青', '教', '植', '“', '"', '國', '勞', '兒', '婦':
		return true
	}
	return false
}

// periodEndRune reports whether r is in periodEnds (see holidayFirstRune).
func periodEndRune(r rune) bool {
	switch r {
	case '年', '月', '份', '）', '】', '〗', '］', '■', '□', '◆', '◇', '●', '○', '◎', '★', '☆', '▲', '►', '▶', '※', '•', '·', '—', '─', '–', '～', '度', '事', '：':
		return true
	}
	return false
}

// tradHoliday folds the traditional characters of the holidays' names
// and of the words after them (春節, 國慶期間, 勞動節前後), in the head of
// s, into the simplified ones holidayWords holds: a copy converted for
// Hong Kong or Taiwan dates its events so. s comes back as it is (and
// nothing is allocated) where its head has none.
func tradHoliday(s string) string {
	n := min(len(s), 12*3)
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++ // a whole character
	}
	head := s[:n]
	if !strings.ContainsFunc(head, func(r rune) bool { return foldTrad(r) != r }) {
		return s
	}
	return strings.Map(foldTrad, head) + s[n:]
}

// foldTrad is the simplified form of a traditional character tradHoliday
// folds, or r.
func foldTrad(r rune) rune {
	switch r {
	case '節':
		return '节'
	case '國':
		return '国'
	case '慶':
		return '庆'
	case '陽':
		return '阳'
	case '勞':
		return '劳'
	case '動':
		return '动'
	case '黨':
		return '党'
	case '軍':
		return '军'
	case '兒':
		return '儿'
	case '婦':
		return '妇'
	case '師':
		return '师'
	case '樹':
		return '树'
	case '間':
		return '间'
	case '後':
		return '后'
	case '當':
		return '当'
	case '這':
		return '这'
	case '黃':
		return '黄'
	case '長':
		return '长'
	}
	return r
}

// holidayName reads the holiday s begins with, in quotes or not, with its
// longer name after its date (八一建军节, 五一国际劳动节) or 节
// (端午节), and the days it gives (“十一”黄金周, 春节假期): its word in
// holidayWords and what follows it.
func holidayName(s string) (w, rest string, ok bool) {
	s = tradHoliday(s)
	quoted, closing := false, "”"
	if t, ok := strings.CutPrefix(s, "“"); ok {
		s, quoted = t, true
	} else if t, ok := strings.CutPrefix(s, "\""); ok {
		s, quoted, closing = t, true, "\"" // "五一"期间, typed half-width
	}
	for _, w := range holidayWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		if quoted {
			if rest, ok = strings.CutPrefix(rest, closing); !ok {
				return "", "", false
			}
		}
		named := false
		for _, long := range [...]string{"国际劳动节", "劳动节", "建党节", "建军节", "国际儿童节", "儿童节", "国际妇女节", "妇女节", "青年节", "节"} {
			if t, ok := strings.CutPrefix(rest, long); ok {
				rest, named = t, true
				break
			}
		}
		for _, days := range [...]string{"黄金周", "小长假", "长假", "假期"} {
			if t, ok := strings.CutPrefix(rest, days); ok {
				rest, named = t, true
				break
			}
		}
		if after, ok := strings.CutPrefix(rest, "、"); ok {
			// 中秋、国庆前夕: the first holiday, with what is said of the last.
			if _, last, ok := holidayName(after); ok {
				// (中秋、国庆“双节”期间: the pair named, then what is said.)
				for _, pair := range [...]string{"“双节”", "“两节”", "双节", "两节"} {
					if t, ok := strings.CutPrefix(last, pair); ok {
						last = t
						break
					}
				}
				return w, last, true
			}
		}
		if r, _ := decodeRune(w); isCnDigit(r) && !quoted && !named && !holidayPart(rest) {
			return "", "", false // 十一月, 五一，: a date, or nothing said
		}
		return w, rest, true
	}
	return "", "", false
}

// holidayPart reports whether rest, what follows a holiday, begins with
// 期间, 前后 or 前夕.
func holidayPart(rest string) bool {
	return strings.HasPrefix(rest, "期间") || strings.HasPrefix(rest, "前后") || strings.HasPrefix(rest, "前夕")
}

// holiday reports whether s begins with a holiday and 期间, 前后 or 前夕,
// or a holiday alone (春节，…, 国庆节当天，…).
func holiday(s string) bool {
	_, rest, ok := holidayName(s)
	if !ok {
		return false
	}
	if holidayPart(rest) {
		return true
	}
	_, ok = holidayAlone(rest)
	return ok
}

// holidayAlone reports whether rest, what follows a holiday, makes it
// the date of an event (春节，, 国庆节 , 元旦当天，), and returns what
// follows.
func holidayAlone(rest string) (string, bool) {
	for _, p := range [...]string{"当天", "当日", "这天", "那天"} {
		rest = strings.TrimPrefix(rest, p)
	}
	// 除夕夜，…, 元旦上午，…, 中秋之夜 …: a time of the day (春节晚会 is
	// no time: a word goes on after it).
	for _, p := range [...]string{"之夜", "夜", "当晚", "晚上", "晚", "上午", "下午", "凌晨"} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			rest = after
			break
		}
	}
	r, _ := decodeRune(rest)
	return rest, r == '，' || r == ',' || r == ' ' || r == '\t' || r == '\u3000' || r == '、' || r == '：'
}

// holidayDay is the day of a holiday alone at the start of s in year
// (春节，… is 正月初一 of that year, 国庆节，… October 1), or false; 清明
// is April (its day moves), a month.
func holidayDay(s string, year int) (model.Date, bool) {
	if year == 0 || len(s) < 6 || s[0] < utf8.RuneSelf && s[0] != '"' {
		return model.Date{}, false
	}
	if r, _ := decodeRune(s); !holidayFirstRune(r) {
		return model.Date{}, false
	}
	w, rest, ok := holidayName(s)
	if !ok {
		return model.Date{}, false
	}
	if _, ok := holidayAlone(rest); !ok {
		return model.Date{}, false // 春节期间: no day
	}
	return holidayDate(w, year)
}

// holidayDate is the day of holiday w in year; 清明's month.
func holidayDate(w string, year int) (model.Date, bool) {
	switch w {
	case "元旦":
		return model.MakeDate(year, 1, 1), true
	case "春节":
		return lunarToSolar(year, 1, 1, false)
	case "除夕":
		// The eve of 春节 of the year: in January or February of it too.
		d, ok := lunarToSolar(year, 1, 1, false)
		if !ok {
			return d, false
		}
		return dayBefore(d), true
	case "元宵":
		return lunarToSolar(year, 1, 15, false)
	case "清明":
		return model.MakeDate(year, 4, 0), true
	case "端午":
		return lunarToSolar(year, 5, 5, false)
	case "七夕":
		return lunarToSolar(year, 7, 7, false)
	case "中秋":
		return lunarToSolar(year, 8, 15, false)
	case "重阳":
		return lunarToSolar(year, 9, 9, false)
	case "国庆", "十一":
		return model.MakeDate(year, 10, 1), true
	case "五一", "劳动节":
		return model.MakeDate(year, 5, 1), true
	case "五四", "青年节":
		return model.MakeDate(year, 5, 4), true
	case "六一", "儿童节":
		return model.MakeDate(year, 6, 1), true
	case "七一", "建党节":
		return model.MakeDate(year, 7, 1), true
	case "八一", "建军节":
		return model.MakeDate(year, 8, 1), true
	case "三八", "妇女节":
		return model.MakeDate(year, 3, 8), true
	case "植树节":
		return model.MakeDate(year, 3, 12), true
	case "教师节":
		return model.MakeDate(year, 9, 10), true
	}
	return model.Date{}, false
}

// dayBefore is the day before d, a day-level date of a known year.
func dayBefore(d model.Date) model.Date {
	y, m, day := int(d.Year), int(d.Month), int(d.Day)-1
	if day == 0 {
		m--
		if m == 0 {
			y, m = y-1, 12
		}
		day = 31
		for !validDay(y, m, day) {
			day--
		}
	}
	return model.MakeDate(y, m, day)
}

// holidayMonth is the month of the holiday s begins with before 期间 or
// 前后 (国庆期间 is October, 春节期间 the month 正月初一 fell in), or of
// its eve before 前夕 (“七一”前夕 is June), in year.
func holidayMonth(s string, year int) (model.Date, bool) {
	if year == 0 {
		return model.Date{}, false
	}
	w, rest, ok := holidayName(s)
	if !ok {
		return model.Date{}, false
	}
	d, ok := holidayDate(w, year)
	if !ok {
		return model.Date{}, false
	}
	if strings.HasPrefix(rest, "前夕") && d.Day != 0 {
		if w == "元旦" {
			return model.Date{}, false // 元旦前夕 is in December: the month it is printed under
		}
		d = dayBefore(d)
	}
	return model.MakeDate(year, int(d.Month), 0), true
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
	if last := 0; d.lit('日', '号') || d.dayList(&last) {
		return true // 5日, 5、6日
	}
	if !d.lit(rangeDashes[:]...) && !d.ocrDash() { // (6一8日, OCR's dash)
		return false
	}
	e, ok := d.number()
	return ok && e >= n && e <= 31 && d.lit('日', '号')
}

// rangeDashes separate the two ends of a range: 3—6日, 8~9日, 1月11─14日.
var rangeDashes = [...]rune{'至', '到', '-', '–', '—', '─', '－', '~', '～', '〜'}

// afterDateline returns s without a newspaper's dateline before its
// date (本报讯（记者 张三）11月8日，…, 平顶山讯　11月10日，…): a name of at most
// 12 characters ending in 讯, a note in brackets, spaces; or a reporter's
// byline in brackets alone (（记者　赵　刚）11月21日，…, 【通讯员 李娜】), as
// papers print it when the name of the paper is left off; or a date in
// brackets (【11月3日】…, see bracketedDate), alone on its line only
// under a title (not event); s itself when no date follows one.
func afterDateline(s string, event bool) string {
	if len(s) < 6 {
		return s
	}
	if rest := afterBracketNote(s); len(rest) != len(s) {
		if d := bracketedDate(s, len(s)-len(rest)); d != "" && (rest != "" || !event) {
			// (Alone, among a chronicle's events, the bracket is the date
			// of the event above, or under the title the day it was
			// compiled: trailing.go reads those.)
			return d
		}
		// Only a reporter's: 【会议要点】11月3日，… is a label of the text,
		// and the text is as printed.
		if note := s[:len(s)-len(rest)]; !reporterNote(note) && !strings.Contains(note, "讯") && !strings.Contains(note, "訊") {
			if rest := afterPlace(s); len(rest) != len(s) && startsWithMonthDay(rest) {
				return rest // 【石桥镇】11月10日，…: an item's place, as 石桥镇：… is
			}
			return s // (【本刊讯】, （宁川讯）: the paper's dateline in brackets)
		}
		if rest = strings.TrimLeft(rest, " \u3000：:"); startsWithMonthDay(rest) {
			return rest
		}
		return s
	}
	if s[0] < utf8.RuneSelf {
		return s // a date or text in digits: no dateline
	}
	head := s[:min(len(s), 13*3)] // the first 13 characters at most
	i := strings.Index(head, "讯")
	if i < 0 {
		i = strings.Index(head, "訊") // 本報訊, in traditional characters
	}
	if i < 0 {
		if rest := afterReporters(s); len(rest) != len(s) {
			return rest
		}
		if rest := afterPlace(s); startsWithMonthDay(rest) {
			return rest
		}
		return s
	}
	rest := afterBracketNote(trimLeftSpaces(s[i+len("讯"):])) // 本报讯　（记者 张三）
	if j := reportedAt(rest[:min(len(rest), 20*3)]); j > 0 {
		rest = rest[j:] // 本报讯　记者李强　通讯员王芳报道：
	}
	rest = strings.TrimLeft(rest, " \u3000：:")
	if startsWithMonthDay(rest) {
		return rest
	}
	return afterReporters(s) // 通讯员 李明 11月3日，…: the 讯 was the role's
}

// afterReporters returns s after a reporters' line that leads it with no
// paper's 讯 and no brackets (记者 李强 报道　11月6日，…, 本刊记者李强　通讯员
// 王芳报道：11月8日，…), as another office's copy sets it, where a date
// follows; s itself otherwise.
func afterReporters(s string) string {
	switch s[:3] {
	case "记", "通", "本", "特", "記", "■", "□":
	default:
		return s // by its first character: nearly every paragraph
	}
	head := s[:min(len(s), 24*3)]
	if j := reportedAt(head); j > 0 {
		if rest := strings.TrimLeft(s[j:], " \u3000：:，,"); startsWithMonthDay(rest) && reporterByline(trim(strings.TrimRight(s[:j], "报道報"))) {
			return rest
		}
		return s
	}
	// 通讯员 李明 11月3日，…, ■本刊记者 张华 11月3日，…: the byline, then
	// the date, no 报道 between.
	k := strings.IndexAny(head, "0123456789")
	if w := wideFigureAt(head); w > 0 && (k < 0 || w < k) {
		k = w // １１月３日: full-width figures
	}
	if k <= 0 {
		return s
	}
	if rest := s[k:]; startsWithMonthDay(rest) && reporterByline(trim(s[:k])) {
		return rest
	}
	return s
}

// wideFigureAt is where the first full-width figure (０–９, EF BC 90–99)
// of s begins, or -1.
func wideFigureAt(s string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xEF)
		if j < 0 || i+j+2 >= len(s) {
			return -1
		}
		i += j
		if s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return i
		}
		i++
	}
}

// reporterNote reports whether a bracketed note names a reporter (（记者
// 张三）, 【通讯员 李娜】), in simplified or traditional characters (（記者
// 王芳）, 【通訊員 張三】, as a copy typeset in Hong Kong or Taiwan or passed
// through a converter prints it).
func reporterNote(note string) bool {
	for _, w := range [...]string{"记者", "通讯员", "記者", "通訊員"} {
		if strings.Contains(note, w) {
			return true
		}
	}
	return false
}

// reportedAt is the end of 报道 (報道) in s, which ends a reporters' line
// without brackets (记者李强　通讯员王芳报道：), or -1.
func reportedAt(s string) int {
	for _, w := range [...]string{"报道", "報道"} {
		if j := strings.Index(s, w); j > 0 {
			return j + len(w)
		}
	}
	return -1
}

// afterPlace returns s after the place a news-in-brief item names before
// a colon (东城区：11月6日，…, 南关镇：…, 宁川县:…) or in brackets
// (【石桥镇】…), as a column of county news
// leads each item; s itself when it begins with none. The place is at
// most 8 characters, no punctuation, and ends as a place's name does.
func afterPlace(s string) string {
	if len(s) > 9 && s[0] == 0xE3 && strings.HasPrefix(s, "【") {
		// 【石桥镇】11月10日，…: the place in brackets, as some columns
		// set it.
		if k := strings.Index(s[:min(len(s), 11*3)], "】"); k > 0 && placeName(s[len("【"):k]) {
			return trimLeftSpaces(s[k+len("】"):])
		}
		return s
	}
	i := strings.Index(s[:min(len(s), 9*3)], "：")
	n := len("：")
	if i < 0 {
		if i = strings.IndexByte(s[:min(len(s), 9*3)], ':'); i < 0 {
			return s // nearly every paragraph
		}
		n = 1
	}
	place := s[:i]
	if utf8.RuneCountInString(place) < 2 || containsAnyOf(place, "，,。、；;（）() \u3000") {
		return s
	}
	for _, end := range [...]string{"区", "县", "市", "镇", "乡", "街道", "村", "旗", "州", "社区", "开发区"} {
		if strings.HasSuffix(place, end) {
			return trimLeftSpaces(s[i+n:])
		}
	}
	return s
}

// bracketedDate returns s from the date inside the brackets it begins
// with (【11月3日】县史志办…, （2023年11月3日） alone under a title, as some
// offices set an item's date apart), the note being n bytes and nothing
// but the date (a time of day or a weekday after it at most); "" when the
// note is something else (【会议要点】, （记者 张三）).
func bracketedDate(s string, n int) string {
	_, size := decodeRune(s)
	inner := s[size:n]
	_, last := decodeLastRune(inner)
	inner = inner[:len(inner)-last]
	if utf8.RuneCountInString(inner) > 16 || !startsWithMonthDay(inner) || containsAnyOf(inner, "，,。") {
		return ""
	}
	return s[size:]
}

// afterBracketNote returns s without a note in brackets it begins with
// (（记者 张三）, (通讯员 李四), 【记者 张三】) of at most 40 characters; s itself when it
// begins with none.
func afterBracketNote(s string) string {
	if s == "" || s[0] != 0xEF && s[0] != '(' && s[0] != 0xE3 {
		return s // the brackets' first bytes: （ EF, 【 E3
	}
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}} {
		if strings.HasPrefix(s, pair[0]) {
			if j := strings.Index(s, pair[1]); j > 0 && j < 40*3 {
				return s[j+len(pair[1]):]
			}
		}
	}
	return s
}

// latexLead reads the inline formula MinerU makes of a symbol or a range
// it takes for mathematics at the start of an event: $\triangle$ … is
// △ … (the same day's event), $3 \sim 5$ 日 … is 3～5日 … (both had been
// paragraphs of the event above, silently). Any other formula leaves s as
// it is.
func latexLead(s string) string {
	end := strings.IndexByte(s[1:min(len(s), 48)], '$')
	if end <= 0 {
		return s
	}
	inner, rest := trim(s[1:1+end]), trimLeftSpaces(s[2+end:])
	switch inner {
	case `\triangle`, `\bigtriangleup`, `\vartriangle`, `\Delta`:
		return "△ " + rest
	case `\blacktriangle`, `\blacktriangleup`:
		return "▲ " + rest
	}
	if !strings.HasPrefix(rest, "日") && !strings.HasPrefix(rest, "月") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(inner); i++ {
		switch c := inner[i]; {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == ' ' || c == '{' || c == '}':
		case c == '-':
			b.WriteString("—")
		case c == '\\' && strings.HasPrefix(inner[i:], `\sim`):
			b.WriteString("～")
			i += len(`\sim`) - 1
		default:
			return s
		}
	}
	if b.Len() == 0 {
		return s
	}
	return b.String() + rest
}

// eventLead takes off what some chronicles print before an event's date:
// a bullet (●11月3日, ◆ 11月20日, a Markdown list's -   11月3日, as pandoc
// writes Word's bulleted paragraphs) or a number (1.11月3日, 2、11月8日,
// 1) 11月3日, （1）11月3日, ①11月3日, ⑴11月3日, 一、11月3日) or a bracket
// round the date (〔11月3日〕). A number is
// taken off only before a date: 1.5亿元 is text. △ and ▲ before text are
// not bullets: they mean the same day; before a date they are.
func eventLead(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		i := 1
		for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i >= len(s) || s[i] != '.' && s[i] != ')' && s[i] != 0xE3 && s[i] != 0xEF {
			return s // 3月5日: no number before the date (、 is E3, ． and ） EF)
		}
		if _, _, _, ok := dottedShortYear(s); ok {
			return s // 86.7.1 …: a year in two figures, no point's number
		}
		for _, sep := range [...]string{".", "、", "．", ")", "）"} {
			if rest, ok := strings.CutPrefix(s[i:], sep); ok {
				return datedLead(s, rest)
			}
		}
		return s
	case c == 0xE8 || c == 0xE6 && !strings.HasPrefix(s, "春"):
		// Han characters of E6 and E8 (but 春), which begin none of the
		// leads below: let go before the cases are asked one by one.
	case c == '-' || c == '*' || c == '+':
		if len(s) > 2 && (s[1] == ' ' || s[1] == '\t') {
			if t := datedLead(s, s[2:]); len(t) != len(s) {
				return t
			}
			if rest := s[2+indentBytes(s[2:]):]; rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == 0xEF) && startsWithDay(rest) {
				// - 15日 …, a month's day after the list's marker that
				// pymupdf4llm makes of a bullet (•), as • 15日 is read:
				// the day's event (it had been a paragraph of the event
				// above, silently).
				return rest
			}
			return s
		}
		if c == '-' && len(s) > 2 && s[1] == '-' {
			return dashLead(s) // --11月10日，…
		}
		return s
	case c == '|':
		// | 11月3日 | 县委召开常委会议。 |: a Word table of 日期 | 事项, a row
		// an event.
		if t := datedLead(s, s[1:]); len(t) != len(s) {
			return t
		}
		if j := strings.IndexByte(s[1:min(len(s), 40)], '|'); j > 0 {
			// | 3日 | 市政府召开…。 |, | 3—5日 | …: a day alone in its cell,
			// under the month heading (the rows had been one undated
			// entry, MinerU's <table> or a Word table's).
			if cell := trim(s[1 : 1+j]); figureFirst(cell) && dateOnlyLine(cell) && startsWithDay(cell) {
				return trimLeftSpaces(s[1:])
			}
		}
		if j := strings.IndexByte(s[1:min(len(s), 16)], '|'); j > 0 {
			// | 1 | 1月1日 | …, | 2 | 3日 | …: a Word table's row number
			// (序号) before the date's cell, no part of the event (a grid
			// table's rows had been one undated paragraph, silently).
			if n := trim(s[1 : 1+j]); n != "" && len(n) <= 3 && asciiDigits(n) {
				rest := trimLeftSpaces(s[2+j:])
				cell := rest
				if k := strings.IndexByte(rest, '|'); k > 0 {
					cell = trim(rest[:k])
				}
				if startsWithMonthDay(cell) || figureFirst(cell) && dateOnlyLine(cell) && startsWithDay(cell) {
					return rest
				}
			}
		}
		if t := tableMonthRow(s); len(t) != len(s) {
			return t
		}
		return splitDateRow(s)
	case c == '$':
		return latexLead(s) // $\triangle$ …, $3 \sim 5$ 日 …: MinerU's formulas
	case c == 0xCE && strings.HasPrefix(s, "Δ"):
		return ocrTriangle(s, len("Δ")) // Δ 市政府…: OCR's Greek capital for △
	case c == 0xEF && strings.HasPrefix(s, "－"):
		return dashLead(s) // －－11月10日，…
	case c == '[' || c == 0xE3 && (strings.HasPrefix(s, "〔") || strings.HasPrefix(s, "【") || strings.HasPrefix(s, "〖")) || c == 0xEF && strings.HasPrefix(s, "［"):
		return bracketDateLead(s) // 〔11月3日〕县委…, 【11月3日】, [11月3日]
	case c == '(' || c == 0xEF && strings.HasPrefix(s, "（"):
		open, shut := len("（"), "）"
		if c == '(' {
			open, shut = 1, ")"
		}
		if j := strings.Index(s[open:min(len(s), open+20*3)], shut); j > 0 && dateOnlyLine(s[open:open+j]) && trim(s[open+j+len(shut):]) != "" {
			return s[open:] // （1月5日）县政府…, (1月12日) 县…: the date in brackets
		}
		i := open
		for i < len(s) && i < open+3 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == open || i >= len(s) {
			return s
		}
		if rest, ok := strings.CutPrefix(s[i:], ")"); ok {
			return datedLead(s, rest)
		}
		if rest, ok := strings.CutPrefix(s[i:], "）"); ok {
			return datedLead(s, rest)
		}
		return s
	case c == 0xC2 && strings.HasPrefix(s, "·"):
		return datedLead(s, s[len("·"):])
	case c == 0xE2:
		// The bullets are U+2022 and U+25xx, the circled and bracketed
		// numbers U+2460–U+2487: E2 and two bytes.
		r, n := decodeRune(s)
		switch {
		case roundBullets.has(r):
			return trimLeftSpaces(s[n:])
		case r >= '①' && r <= '⒇':
			return datedLead(s, s[n:])
		case r == '—' || r == '─' || r == '–':
			return dashLead(s) // ——11月10日，…
		case r == '∆':
			return ocrTriangle(s, n) // ∆市委书记…: OCR's increment sign for △

		case pointBullets.has(r):
			// ▲9月8日，… in a report's news in brief: a bullet before a
			// date; △ and ▲ before text are the same day's (see eventDate),
			// and let go at once (a chronicle has thousands).
			if rest := trimLeftSpaces(s[n:]); rest != "" && (rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "\uff10") || rest[0] == 0xEF || cnNumeralStart(rest)) {
				if t := datedLead(s, s[n:]); len(t) != len(s) {
					return t
				}
				if _, _, _, ok := monthPeriod(rest); ok {
					return rest // ▲9月下旬，…: a bullet before a part of a month too
				}
			}
			return s
		}
		return s
	case (c == 0xE5 || c == 0xE9) && (strings.HasPrefix(s, "公历") || strings.HasPrefix(s, "阳历")):
		// 公历5月4日（农历三月廿九）…: the calendar named before a date, as
		// an older chronicle names it beside a lunar one.
		if t := datedLead(s, s[len("公历"):]); len(t) != len(s) {
			return t
		}
		return s
	case c >= 0xE5 && c <= 0xE7 && seasonFirst(s):
		// 秋七月，…, 冬十月，…: an older gazetteer's season before its
		// month, which dates the event (the season goes without saying).
		if r, ok := periodStart(s[len("秋"):]); ok && r.month != 0 && r.year == 0 {
			return s[len("秋"):]
		}
	case cnNumeralStart(s):
		// 一、11月3日: a point's numeral before its date.
		i := 0
		for i < len(s) && i < 4*3 {
			r, n := decodeRune(s[i:])
			if !isCnDigit(r) {
				break
			}
			i += n
		}
		if rest, ok := strings.CutPrefix(s[i:], "、"); ok {
			return datedLead(s, rest)
		}
	}
	return s
}

// ocrTriangle reads the mark OCR makes of a chronicle's △ (the same
// day's event) from a scan: the Greek capital Δ or the increment sign ∆,
// n bytes long, before Chinese text (Δ 市政府召开…, ∆市委书记…). They had
// been paragraphs of the event above, silently. Before anything else
// (ΔT, ∆ = …) s is left as it is.
func ocrTriangle(s string, n int) string {
	rest := trimLeftSpaces(s[n:])
	if r, _ := decodeRune(rest); r < 0x4E00 || r > 0x9FFF {
		return s
	}
	return "△ " + rest
}

// bracketDateLead returns s from the date on when it begins with a date
// in square brackets (〔11月3日〕县委…, 【11月3日】…, [11月3日] …, ［11月3日］),
// as some chronicles set an event's date apart; else s.
func bracketDateLead(s string) string {
	for _, br := range [...][2]string{{"〔", "〕"}, {"【", "】"}, {"[", "]"}, {"［", "］"}, {"〖", "〗"}} {
		rest, ok := strings.CutPrefix(s, br[0])
		if !ok {
			continue
		}
		j := strings.Index(rest[:min(len(rest), 20*3)], br[1])
		if j > 0 && dateOnlyLine(rest[:j]) && trim(rest[j+len(br[1]):]) != "" {
			return rest
		}
		return s
	}
	return s
}

// seasonFirst reports whether s begins with a season's name: 春, 夏, 秋, 冬.
func seasonFirst(s string) bool {
	return strings.HasPrefix(s, "春") || strings.HasPrefix(s, "夏") || strings.HasPrefix(s, "秋") || strings.HasPrefix(s, "冬")
}

// dashLead returns s without the dashes some chronicles lead an event
// with (——11月10日，…, —11月10日, --11月10日, －－11月10日) when a date
// follows them, set apart by a comma or a space or run into the event's
// words (——11月10日县政协召开…); else s. A speech's subtitle begins so too
// (——2023年1月10日在…会议上的讲话), its date run into its words: no event.
func dashLead(s string) string {
	rest := strings.TrimLeft(s, "—─–-－")
	_, n, ok := leadingDateScan(rest, dateContext{})
	if !ok {
		return s
	}
	switch r, _ := decodeRune(rest[n:]); {
	case r == '，' || r == ',' || r == ' ' || r == '\u3000' || r == '：' || r == ':':
		return rest
	case r >= 0x3400 && r <= 0x9FFF && r != '在' && r != '于' && !speechEnd(rest):
		return rest
	}
	return s
}

// speechEnd reports whether s ends as a speech's subtitle does (…会议上的
// 讲话, …的发言, …会议上): no sentence, the name of a speech.
func speechEnd(s string) bool {
	s = trim(s)
	for _, w := range [...]string{"讲话", "发言", "致辞", "报告", "上"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// tableMonthRow returns the row s of a table of events from its first
// cell on when that cell is a month, a part of one or a run of months
// (| 4月下旬 | …, | 5月 | …, | 6月上旬 | …) and the next cell text: an
// event of that month. Else s. (A number or a list's mark before a
// month is not so read: 3、4月间 is a run of months, not point 3.) The
// next cell must begin with text, so a table of figures by month
// (| 5月 | 120 |) is no list of events.
func tableMonthRow(s string) string {
	rest := strings.TrimLeft(s[1:], " \t\u3000")
	j := strings.IndexByte(rest, '|')
	if j <= 0 {
		return s
	}
	next := strings.TrimLeft(rest[j+1:], " \t\u3000")
	if next == "" || next[0] < utf8.RuneSelf {
		return s
	}
	if _, _, _, ok := monthPeriod(rest); ok {
		return rest
	}
	if _, ok := periodStart(rest); ok {
		return rest
	}
	return s
}

// splitDateRow reads a table's row that cuts its date into cells, as
// MinerU's <table> and a table with no rule row under its header give
// them (| 2 | 3 | 县城自来水厂建成投产。 |, | 1987 | 2 | 3 | … |, the
// month left empty under the row that gave it, |  | 9 | … |), which
// chronTables cannot rewrite: the date as a day line prints it, and the
// event's cell on (2月3日 县城自来水厂建成投产。 |). The event's cell must
// be a sentence (…。, or a comma in it): a table of figures or names by
// number (| 1 | 12 | 张三 |) is no list of events. Else s.
func splitDateRow(s string) string {
	if rest := strings.TrimLeft(s[1:], " \t"); len(s) > 600 || rest == "" || rest[0] != '|' && (rest[0] < '0' || rest[0] > '9') {
		return s // a first cell that is no number nor empty: most tables' rows
	}
	cells := strings.Split(strings.TrimSuffix(strings.TrimSpace(s[1:]), "|"), "|")
	if len(cells) != 3 && len(cells) != 4 {
		return s
	}
	for k := range cells {
		cells[k] = trim(cells[k])
	}
	year := ""
	if len(cells) == 4 {
		if cells[0] != "" && !isBareYear(strings.TrimSuffix(cells[0], "年")) {
			return s
		}
		year, cells = strings.TrimSuffix(cells[0], "年"), cells[1:]
	}
	month, day, event := cells[0], cells[1], cells[2]
	if event == "" || event[0] < utf8.RuneSelf || lastRune(event) != '。' && !strings.Contains(event, "，") {
		return s
	}
	if len(cells) == 3 && startsWithMonthDay(day) && (month == "" || isBareYear(strings.TrimSuffix(month, "年"))) {
		// | 1986年 | 1月10日 | … |, |  | 3月4日 | … |: a table of 年份 |
		// 日期 | 事项 with no rule row (a pandoc grid table's), the year
		// left empty under the row that gave it.
		if month != "" {
			return strings.TrimSuffix(month, "年") + "年" + day + " " + event
		}
		return day + " " + event
	}
	if !dayCell(day) {
		return s
	}
	date := day + "日"
	if month != "" {
		m, err := strconv.Atoi(month)
		if err != nil || m < 1 || m > 12 {
			return s
		}
		date = month + "月" + date
	}
	if year != "" {
		if month == "" {
			return s // a year over a bare day: no such row
		}
		date = year + "年" + date
	}
	return date + " " + event
}

// datedLead returns rest, what follows a list's marker or number in s,
// without its spaces, when a date begins it; else s.
func datedLead(s, rest string) string {
	rest = rest[indentBytes(rest):]
	if startsWithMonthDay(rest) || startsWithFigureDate(rest) || relativeDate(rest) != "" {
		return rest
	}
	return s
}

// startsWithFigureDate reports whether s begins with a date in figures
// and separators set apart from its text (2021.3.5 县委…, 11.3 县委…,
// 2023-11-03，…), as numericLeadingDate reads it.
func startsWithFigureDate(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	if _, ok := numericLeadingDate(s, dateContext{}); !ok {
		return false
	}
	// 2.1 万户, 3.5 亿元: a number and its unit the wrap or a space set apart.
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '/' || s[i] == '-') {
		i++
	}
	rest := trimLeftSpaces(s[i:])
	r, _ := decodeRune(rest)
	return !strings.ContainsRune("万亿千百元户人个家项件座名吨亩公米倍次场所余多%‰", r)
}

// eventStart reports whether s begins an event of a chronicle: a date
// (11月1日, 1日), a relative date (同日, 是月) or △.
func eventStart(s string) bool {
	return eventStartLed(eventLead(s), false)
}

// eventStartLed is eventStart of s with its lead taken off (eventLead),
// where noMonthDay says startsWithMonthDay(s) is known to be false:
// asked already of the same line (startsParagraph).
func eventStartLed(s string, noMonthDay bool) bool {
	if s == "" {
		return false
	}
	if s[0] >= utf8.RuneSelf || s[0] == '"' { // △, ▲ and the relative dates are not ASCII, but for "五一" typed half-width
		if strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲") || relativeDate(s) != "" {
			return true
		}
		if rest := afterPlace(s); len(rest) != len(s) && startsWithMonthDay(rest) {
			// 东城区：11月6日，…: news in brief led by its place. (Without a
			// date, 城关镇：已完成… may be a point of the event above, after
			// its colon, and is left in it.)
			return true
		}
	}
	if !noMonthDay && startsWithMonthDay(s) || startsWithDay(s) || lunarStart(s) || startsWithFigureDate(s) || lunarMonthStart(s) {
		return true
	}
	if _, _, _, ok := monthPeriod(s); ok {
		return true
	}
	if _, ok := periodStart(s); ok {
		return true
	}
	if _, ok := eraLeadDate(s); ok {
		return true
	}
	if date, rest, ok := ocrDateFix(s); ok {
		if startsWithMonthDay(date) || startsWithDay(date) {
			return true // 1l月3日 …, l6日 …: an event, its date read with a warning
		}
		_, ok := periodStart(date + rest) // l0月，…
		return ok
	}
	return bcStart(s)
}

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
		if e.lit(rangeDashes[:]...) || e.lit('一') { // (一: OCR's dash, 1959一1961年，…)
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
		if !d.lit(rangeDashes[:]...) || !d.monthEnd(&r) {
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
	if !d.lit(rangeDashes[:]...) && !d.lit('、') {
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

// mayStartEvent reports, from its first bytes, whether eventStart may
// be true of s: it begins with a digit or one of the characters that
// start the words eventStart knows. It lets most lines go without a look
// at the dates.
func mayStartEvent(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9' || c == 'l' || c == 'I' || c == 'O' || c == '(' || c == '|' || c == '[' || c == '"' || (c == '-' || c == '*' || c == '+') && len(s) > 1 && (s[1] == ' ' || s[1] == '\t') || c == '-' && len(s) > 1 && s[1] == '-' || c == '$' && len(s) > 1 && (s[1] == '\\' || s[1] >= '0' && s[1] <= '9')
	}
	r, _ := decodeRune(s)
	if s[0] >= 0xE4 && s[0] <= 0xE9 {
		// 明洪武三年（1370年）三月，…: the era's year, then the bracket.
		head := s[:min(len(s), 16*3)]
		if i := strings.Index(head, "年"); i > 0 {
			if after := head[i+len("年"):]; after != "" && (after[0] == '(' || strings.HasPrefix(after, "（")) {
				return true
			}
		}
	}
	if r >= '０' && r <= '９' || r >= '①' && r <= '⒇' || eventFirsts.has(r) || eventFirsts.has(foldTrad(r)) || cnNumeralStart(s) { // (the last: 農曆, 民国38年, 丁卯年)
		return true
	}
	// 东城区：11月6日，…: a place and a colon before the date, which
	// eventStart reads (afterPlace) whatever the place's first character.
	head := s[:min(len(s), 9*3)]
	return strings.IndexByte(head, ':') > 0 || strings.Index(head, "：") > 0
}

// roundBullets mark a list's items; pointBullets mark them too, and in a
// report's news in brief the same day's further events (△, ▲).
var (
	roundBullets = newRuneSet("●◆■◇○•◎")
	pointBullets = newRuneSet("▲△★☆□▶►➤→※√✦▪❖")
)

// eventFirsts are the first characters of the words and marks
// eventStart knows, besides digits and the circled numbers.
var eventFirsts = newRuneSet("△▲Δ∆〖公阳同当該當该是本年元春清端中国次翌第上下月农阴夏旧闰正冬腊臘秋●◆■◇○•◎（·全岁前除重劳建儿妇青教植“★☆□▶►➤→※√✦▪❖—─–－〔【［汛主入雨旱去",
	"農陰舊閏民宣光咸道嘉乾雍康順", heavenlyStems)

// dateOnlyLine reports whether l is a date and nothing else (11月1日,
// 12 月 25 — 27 日): the text of the event follows on the next line.
func dateOnlyLine(l string) bool {
	if l != "" && (l[0]-0x21 < 0x5F || l[0]-0xE6 < 10) && l[0]-'0' > 9 && l[0] != 0xEF {
		return false // (the test below, of a first byte trim keeps: printable ASCII, E6 to EF)
	}
	t := trim(l)
	if t == "" || len(t) > 60 {
		return false
	}
	if c := t[0]; !(c >= '0' && c <= '9' || c >= 0xE3 && c <= 0xE5 || c == 0xEF) {
		// A date begins with a figure (ASCII, or full-width: EF), a
		// Chinese numeral (E3 to E5: 〇, 一…, 廿) or 元月 (E5), as
		// startsWithMonthDay and startsWithDay read it (t is trimmed: no
		// space before it): nearly every title is let go by its first byte.
		return false
	}
	// Its characters first, then its date: nearly every line asked (every
	// entry's title) is let go at its first character.
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９', r == ' ', r == '\u3000':
		case isCnDigit(r), cnZero(r), r == '廿', r == '卅': // 一月十日
		case r == '年' || r == '月' || r == '日' || r == '号' || r == '、', slices.Contains(rangeDashes[:], r):
		default:
			return false
		}
	}
	return startsWithMonthDay(t) || startsWithDay(t)
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
		if save := d.i; !d.lit(rangeDashes[:]...) || !d.monthEnd(&r) {
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
		case c == 0xEF && t[i+1] == 0xBC && t[i+2] == 0x8E || c == '.': // ．, .
			// OCR's full stop: only after a character (1.2万 is a figure).
			if step = 1; c != '.' {
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

// relativeFirsts are the first characters of the relative dates
// relativeLead reads (同月, 当年, 是月, 上年, 去年, …).
var relativeFirsts = newRuneSet("同当该是本次翌上去")

// chronNameEnds are the last characters monthChronicleLine takes.
var chronNameEnds = newRuneSet("记記纪紀要事")

// relativeLead reads a relative date that goes on to a month or a day:
// 同月20日 and 同月二十日 (that day of the month of the event above),
// 次月，… (the month after it), 同年5月，… (that month of its year),
// 翌年1月，… and 次年，… (of the year after). Without the event above, the
// month is the heading's and the year the context's. False for any other
// start, which relativeDate's switch in eventDate reads.
func relativeLead(s string, ctx dateContext, cc *chronicleContext) (model.DateRange, bool) {
	if len(s) < 6 || s[0] < utf8.RuneSelf {
		return model.DateRange{}, false
	}
	r, n := decodeRune(s)
	r2, n2 := decodeRune(s[n:])
	if !relativeFirsts.has(r) || r2 != '月' && r2 != '年' || (r == '上' || r == '去') && r2 != '年' {
		return model.DateRange{}, false
	}
	year, month := ctx.year, cc.month
	if !cc.prev.IsZero() && cc.prev.Start.Year != 0 {
		year = int(cc.prev.Start.Year)
		if cc.prev.Start.Month != 0 {
			month = int(cc.prev.Start.Month)
		}
	}
	next := r == '次' || r == '翌'
	d := &dateScanner{s: s, i: n + n2}
	if r2 == '年' {
		if year == 0 {
			return model.DateRange{}, false
		}
		if next {
			year++
		} else if r == '上' || r == '去' {
			// 上年12月31日, 去年12月: the year before the event above's,
			// as a January's events tell what led up to them.
			year = ctx.year - 1
			if !startsWithMonth(s[d.i:]) {
				return model.DateRange{}, false
			}
		}
		m, ok := d.anyNumber()
		if !ok {
			if next && !goesOn(s[d.i:]) {
				y := model.MakeDate(year, 0, 0) // 翌年，…: the year after
				return model.DateRange{Start: y, End: y}, true
			}
			return model.DateRange{}, false // 同年，…: relativeDate's
		}
		if m < 1 || m > 12 || !d.lit('月') {
			return model.DateRange{}, false
		}
		month = m
	} else {
		if month == 0 || year == 0 && next {
			return model.DateRange{}, false
		}
		if next {
			if month++; month == 13 {
				year, month = year+1, 1
			}
		} else if r2 == '月' && !cnNumeralStart(s[d.i:]) && (d.i >= len(s) || s[d.i] < '0' || s[d.i] > '9') {
			return model.DateRange{}, false // 同月，…: relativeDate's
		}
	}
	save := d.i
	if day, ok := d.anyNumber(); ok && d.lit('日', '号') {
		if !validDay(year, month, day) {
			return model.DateRange{}, false
		}
		x := model.MakeDate(year, month, day)
		return model.DateRange{Start: x, End: x}, true
	}
	d.i = save
	d.lit('份')
	if rest := s[d.i:]; goesOn(rest) && !partOfMonth(rest) {
		return model.DateRange{}, false
	}
	x := model.MakeDate(year, month, 0)
	return model.DateRange{Start: x, End: x}, true
}

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
			if n, cyclic, ok := looseYear(s.Name); ok {
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
						} else if impossibleDate(t, ctx.year) || pi == 0 && (mayStartEvent(t) && eventStart(t) || bareLunarDay(t)) {
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
				if e.Date.IsZero() && (pi == 0 || !item) {
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
				if last := e.Paragraphs[len(e.Paragraphs)-1].Text; !strings.HasPrefix(last, "|") {
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
	switch r, _ := decodeLastRune(t); r {
	case '）', ')', '一', '二', '三', '四', '五', '六', '日', '天':
	default:
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

func isBareYear(t string) bool {
	_, ok := bareYear(t)
	return ok
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

// ocrDateFix returns s with the letters OCR read for digits in the date it
// begins with put right (the date, then the rest of s): l and I for 1, O and o for 0, among the figures
// before 年, 月 and 日 (1l月3日 is 11月3日, l0月20日, 11月1O日, 2O23年3月8日,
// 2023年1l月3日, and a month alone set apart, l0月，…). ok is false where s begins with no such date, where its
// date holds no letter or no digit, and for a word: a letter counts only
// in a run of figures and letters followed by 年 or 月.
func ocrDateFix(s string) (date, rest string, ok bool) {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 'l' || s[0] == 'I' || s[0] == 'O') {
		return "", "", false // nearly every paragraph
	}
	var buf [24]byte
	n, i, letters, digits := 0, 0, 0, 0
	part := func(most int) int {
		k := 0
		for ; i < len(s) && k < most; i, k = i+1, k+1 {
			c := s[i]
			switch {
			case c >= '0' && c <= '9':
				digits++
			case c == 'l' || c == 'I':
				c, letters = '1', letters+1
			case c == 'O' || c == 'o':
				c, letters = '0', letters+1
			default:
				return k
			}
			buf[n] = c
			n++
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
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || s[0] == 'l' || s[0] == 'I' || s[0] == 'O') {
		return false // nearly every paragraph
	}
	letters := 0
	part := func(i, most int) (int, bool) {
		n := 0
		for i < len(s) && n < most {
			switch c := s[i]; {
			case c >= '0' && c <= '9':
			case c == 'l' || c == 'I' || c == 'O' || c == 'o':
				letters++
			default:
				return i, n > 0
			}
			i++
			n++
		}
		return i, n > 0
	}
	if i, ok := part(0, 4); ok && i == 4 && letters > 0 && trim(s[i:]) == "年" {
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
// the year above it, or 0): read as no date, it must not go unsaid.
func impossibleDate(s string, year int) bool {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != 0xEF {
		return false // nearly every paragraph
	}
	d := &dateScanner{s: s}
	n, ok := d.number()
	if ok && n > 31 && plausibleYear(n) && d.lit('年') {
		year = n
		n, ok = d.number()
	}
	if !ok || !d.lit('月') {
		return false
	}
	day, ok := d.number()
	if !ok || !d.lit('日', '号', '曰') {
		return false
	}
	return n < 1 || n > 12 || !validDay(year, n, day)
}

// eraBracket reads an event that opens with an era's or a reign's year
// and the year of the common era beside it in brackets (明洪武三年（1370年）
// 三月，…, 民国二十年(1931年)，…, 东汉建安五年（200年），…) and rewrites it as
// one that opens with the latter (1370年三月，…), which periodStart reads.
// A year before the common era (秦始皇二十六年（前221年）) is year with bc
// true, and no rewriting: the model's years have no year 0 to count back
// from (0 is the year not known), and -221 would read as ISO 8601's 222
// BC, so such an event is left undated with a warning.
func eraBracket(s string) (year int, bc bool, rewritten string, ok bool) {
	if s == "" || s[0] < 0xE4 || s[0] > 0xE9 {
		return 0, false, "", false // a Han character first
	}
	head := s[:min(len(s), 16*3)]
	i := strings.Index(head, "年")
	if i <= 0 {
		return 0, false, "", false
	}
	open := len("年")
	switch after := head[i+open:]; {
	case strings.HasPrefix(after, "（"):
		open += len("（")
	case strings.HasPrefix(after, "("):
		open++
	default:
		return 0, false, "", false
	}
	rest := s[i+open:]
	bc = strings.HasPrefix(rest, "前") || strings.HasPrefix(rest, "公元前")
	if bc {
		rest = rest[strings.Index(rest, "前")+len("前"):]
	}
	d := &dateScanner{s: rest}
	y, ok := d.number()
	if !ok || y < 1 || y > 2100 || !d.lit('年') || !d.lit('）', ')') {
		return 0, false, "", false
	}
	if bc {
		return y, true, "", true
	}
	return y, false, strconv.Itoa(y) + "年" + rest[d.i:], true
}

// bcStart reports whether s begins with an era's year before the common
// era (秦始皇二十六年（前221年），…): an event, which the model cannot date.
func bcStart(s string) bool {
	_, bc, _, ok := eraBracket(s)
	return ok && bc
}

// historyPeriods are the periods of history a county's chronicle sets
// over its years (## 近代, ## 清 代, ## 中华人民共和国时期): sections, as
// its year headings are, not the title of one event that would hold the
// whole chronicle.
var historyPeriods = [...]string{
	"古代", "近代", "现代", "当代", "近现代", "上古", "先秦", "秦汉", "明清",
	"秦代", "汉代", "唐代", "宋代", "元代", "明代", "清代", "清朝", "明朝", "元朝", "宋朝", "唐朝",
	"民国", "中华民国", "新中国", "中华人民共和国", "新中国成立后", "新中国成立以后",
	"建国前", "建国后", "解放前", "解放后", "改革开放以来", "改革开放后", "新时代",
	// A dynasty by its name alone (## 明, ## 清), as a gazetteer sets the
	// chronicle's ancient part.
	"秦", "汉", "西汉", "东汉", "三国", "晋", "西晋", "东晋", "南北朝", "隋", "唐", "五代",
	"宋", "北宋", "南宋", "元", "明", "清", "隋唐", "宋元", "魏晋", "五代十国",
}

// periodCharSet holds the characters periodChar looks for.
var periodCharSet = newRuneSet("代秦汉清朝国前后来期晋隋唐宋元明年纪")

// periodChar reports whether t holds a character every period's name
// has one of (see historyPeriod): a bit of periodCharSet each, where
// strings.ContainsAny looks for each of t's characters through the whole
// set, as every heading of a copy is asked.
func periodChar(t string) bool {
	// All of them are U+4000–U+9FFF, three bytes led by E4 to E9: those
	// bytes are read here (no other byte can begin one), not every
	// character decoded.
	for i := 0; i+2 < len(t); i++ {
		c := t[i]
		if c < 0xE4 || c > 0xE9 || t[i+1]&0xC0 != 0x80 || t[i+2]&0xC0 != 0x80 {
			continue
		}
		if periodCharSet.has(rune(c&0x0F)<<12 | rune(t[i+1]&0x3F)<<6 | rune(t[i+2]&0x3F)) {
			return true
		}
		i += 2
	}
	return false
}

// historyPeriod reports whether heading t names a period of history and
// nothing else, numbered or not, with its years or not: 近代, 一、近代
// （1840—1949）, 清 代, 中华人民共和国时期, 抗日战争时期.
func historyPeriod(t string) bool {
	if len(t) > 40*3 || t == "" || t[0] < utf8.RuneSelf && !(t[0] >= '0' && t[0] <= '9') {
		return false
	}
	if !periodChar(t) {
		return false // every period's name has one of these: let the rest go
	}
	_, t = nameLabel(trim(stripMarkup(t)))
	if yearSpan(t) || decade(t) {
		return true
	}
	for _, open := range [...]string{"（", "("} {
		// （1840—1949）: the years it covers.
		if i := strings.Index(t, open); i > 0 && (strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) {
			inner := t[i+len(open):]
			if inner == "" || inner[0] < '0' || inner[0] > '9' {
				return false
			}
			t = trim(t[:i])
			break
		}
	}
	t = dropSpaces(t) // 清 代, letter-spaced
	if core, ok := strings.CutSuffix(t, "时期"); ok {
		// 民国时期, 抗日战争时期, 社会主义建设时期: a period by its name.
		n := utf8.RuneCountInString(core)
		return n >= 2 && n <= 12 && !containsAnyOf(core, "，。；：、")
	}
	for _, p := range historyPeriods {
		if t == p {
			return true
		}
	}
	return false
}

// yearsPeriod reports whether a section's name is a run of years or a
// decade (1995—1996年, 二十世纪九十年代, 一、1949—1952年): a period of more
// than one year.
func yearsPeriod(name string) bool {
	if name == "" || !strings.Contains(name, "年") && !strings.Contains(name, "纪") { // (two searches: ContainsAny tries each character of name)
		return false
	}
	_, t := nameLabel(trim(stripMarkup(name)))
	return yearSpan(t) || decade(t)
}

// decade reports whether t names a decade or a century and nothing else,
// as a chronicle of a county's century sets its parts: 二十世纪八十年代,
// 20世纪80年代, 1980年代, 上世纪九十年代, 八十年代初, 21世纪初. Its events
// print their own years, as under a run of years (1949—1952年).
func decade(t string) bool {
	if len(t) > 16*3 {
		return false
	}
	century := false
	if rest, ok := strings.CutPrefix(t, "上世纪"); ok {
		t, century = rest, true
	} else if i := strings.Index(t, "世纪"); i > 0 {
		d := &dateScanner{s: t[:i]}
		if n, ok := d.anyNumber(); !ok || d.i != i || n < 1 || n > 21 {
			return false
		}
		t, century = t[i+len("世纪"):], true
	}
	if i := strings.Index(t, "年代"); i > 0 {
		d := &dateScanner{s: t[:i]}
		n, ok := d.anyNumber()
		if !ok || d.i != i || !(n >= 10 && n <= 90 && n%10 == 0 || !century && n >= 1000 && n <= 2090 && n%10 == 0) {
			return false
		}
		t = t[i+len("年代"):]
	} else if !century {
		return false
	}
	switch t {
	case "", "初", "初期", "前期", "中期", "后期", "末", "末期", "以来", "初叶", "中叶", "末叶", "上半叶", "下半叶":
		return true
	}
	return false
}

// partName reports whether t names a part of a year or a month and
// nothing else, as a chronicle groups its days under it: 上半年, 第一季度,
// 春季, 上旬, 月底.
func partName(t string) bool {
	switch t {
	case "上半年", "下半年", "年初", "年中", "年底", "年末",
		"第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
		"春", "夏", "秋", "冬", "春季", "夏季", "秋季", "冬季",
		"上旬", "中旬", "下旬", "月初", "月中", "月底", "月末":
		return true
	}
	return false
}

// chronTitleYear is the year a chronicle's title prints in four figures
// without 年 (宁川县大事记（2023）, 宁川县大事记·1986), and the month after
// it in figures (大事记 2023.11): the period its events are of, as
// 2023年11月 would be. 0 for none, and for a run of years (宁川县大事记
// （1990—2009）), whose events print their own.
func chronTitleYear(title string) (year, month int) {
	for i := 0; i < len(title); i++ {
		if title[i] < '0' || title[i] > '9' {
			continue
		}
		j := i
		for j < len(title) && title[j] >= '0' && title[j] <= '9' {
			j++
		}
		if j-i != 4 || year != 0 {
			return 0, 0 // another number, or a second year: no one year
		}
		y, _ := strconv.Atoi(title[i:j])
		if !plausibleYear(y) {
			return 0, 0
		}
		year, i = y, j-1
		if j+1 < len(title) && (title[j] == '.' || title[j] == '-' || title[j] == '/') {
			k := j + 1
			for k < len(title) && k < j+3 && title[k] >= '0' && title[k] <= '9' {
				k++
			}
			if m, _ := strconv.Atoi(title[j+1 : k]); k > j+1 && m >= 1 && m <= 12 && (k == len(title) || title[k] < '0' || title[k] > '9') {
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

// crossYearHeading reads a heading that is a run of months into the next
// year and nothing else, 1986年12月—1987年1月, 1986年11月至1987年2月: a
// winter's chronicle, its months at most half a year apart.
func crossYearHeading(t string) (y1, m1, y2, m2 int, ok bool) {
	if len(t) > 40*3 || lastWide(t) != '月' {
		return 0, 0, 0, 0, false
	}
	d := &dateScanner{s: trim(stripMarkup(t))}
	if y1, ok = d.anyNumber(); !ok || !plausibleYear(y1) || !d.lit('年') {
		return 0, 0, 0, 0, false
	}
	if m1, ok = d.anyNumber(); !ok || m1 < 1 || m1 > 12 || !d.lit('月') || !d.lit(rangeDashes[:]...) {
		return 0, 0, 0, 0, false
	}
	d.lit('—')
	if y2, ok = d.anyNumber(); !ok || y2 != y1+1 || !d.lit('年') {
		return 0, 0, 0, 0, false
	}
	if m2, ok = d.anyNumber(); !ok || m2 < 1 || m2 > 3 || m2 >= m1 || m1-m2 <= 6 || !d.lit('月') || trim(d.s[d.i:]) != "" {
		return 0, 0, 0, 0, false
	}
	return y1, m1, y2, m2, true
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
