// A chronicle's period headings — a year, a year and a month, a month, a
// part of a year, a run of months into the next year, a run of years, a
// decade, a period of history (近代, 清 代) — as printed, in ornaments or
// brackets, or damaged by OCR (2OO5年, 1955牟, 195年, 85年); periodOf says
// which kind a section's name is.

package parser

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
)

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
	if d.dash() {
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
	f, ok := strings.CutSuffix(t, "年")
	if !ok || len(f) < 4 || len(f) > 4*3 {
		return 0, false // (four figures, ASCII or full-width: 2OO5年, 2OO５年)
	}
	if v, k, _ := figuresAt(f, 0, 1); k != 1 || v != 1 && v != 2 {
		return 0, false
	}
	y, n, letters, ok := ocrRun(f)
	return y, ok && n == 4 && letters > 0 && headingYear(y)
}

// ocrYearName reads a year heading OCR damaged at its end: a stray stop
// after it (1953年。, 1953年.), or 年 read as 牟 or 午 (1955牟, 1956午).
// misread says which. Left unread, the heading had been a line of the
// event above, its events of the year before, silently.
func ocrYearName(t string) (year int, misread, ok bool) {
	if len(t) < 4+3 || len(t) > 4*3+3+3 || !figureFirst(t) { // (isFigure of its first character, by its bytes)
		return 0, false, false // nearly every name
	}
	if r, n := decodeLastRune(t); strings.ContainsRune("。.．，,、", r) {
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
		if t[0] == 'I' || t[0] == 'V' || t[0] == 'X' {
			return romanMonthHeading(t) // XI月: Ⅺ月 normalised to NFKC
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
	if t != "" && (t[0] == 'I' || t[0] == 'V' || t[0] == 'X') {
		// XI月: Ⅺ月 normalised to NFKC, the numeral in Latin capitals.
		if m, n := latinRoman(t); n > 0 {
			if rest := t[n:]; rest == "月" || rest == "月份" {
				return m, true
			}
		}
		return 0, false
	}
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
			!strings.ContainsRune("年月份廿卅公元—－–～〜─至到、正闰閏冬腊臘", r) && !wideSpace(r) {
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
	if _, _, _, _, ok := crossYearHeading(l); ok {
		// 1986年12月—1987年1月 alone on its line, as ## 1986年12月—1987年1月
		// is a heading (it had been the text of the event above, its 1月
		// 1986's).
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

// periodEndRune reports whether r is in periodEnds (see holidayFirstRune).
func periodEndRune(r rune) bool {
	switch r {
	case '年', '月', '份', '）', '】', '〗', '］', '■', '□', '◆', '◇', '●', '○', '◎', '★', '☆', '▲', '►', '▶', '※', '•', '·', '—', '─', '–', '～', '度', '事', '：':
		return true
	}
	return false
}

func isBareYear(t string) bool {
	_, ok := bareYear(t)
	return ok
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
			if !figureFirst(inner) { // (1840—1949, １８４０—１９４９)
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
	if m1, ok = d.anyNumber(); !ok || m1 < 1 || m1 > 12 || !d.lit('月') || !d.dash() {
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
