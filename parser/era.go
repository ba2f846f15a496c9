// Eras and reigns: year headings and events dated by an era's or a reign's
// year (民国三十八年, 清光绪二十六年, 明洪武三年（1370年）), read by the year of the common era
// they name or print beside them, and a year before the common era, which
// the model cannot date.

package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

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
	// (Either width: 民国２O年.)
	if !figureFirst(rest) {
		return 0, false
	}
	n, k, _, ok := ocrRun(rest)
	if !ok || k > 2 || n < 1 || n > eraMost(base) {
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
	open, close := "（", '）'
	i := strings.LastIndex(t, open)
	if i < 0 {
		// 明洪武三年(1370年), the brackets typed half-width.
		if open, close, i = "(", ')', strings.LastIndexByte(t, '('); i < 0 {
			return 0, false
		}
	}
	d := &dateScanner{s: strings.TrimPrefix(t[i+len(open):], "公元")}
	y, ok := d.partNumber() // (1370年, or 一三七〇年 as an older gazetteer prints it)
	if !ok || y < 1 || y > 2100 || !d.lit('年') || !d.lit(close) || trim(d.s[d.i:]) != "" {
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
	// 乾隆 as a copy in traditional characters is read (hantView): 乾
	// is also the traditional form of 干 (乾旱 for 干旱), and the view
	// writes it so.
	{"干隆", 1735},
}

// eraMost is the last year an era of eras may be given: a reign's
// seventy (康熙 had sixty-one), the Republic's as many as Taiwan still
// counts (民國七十五年 is 1986, 民國112年 2023; its chronicles and
// yearbooks date by it).
func eraMost(base int) int {
	if base == 1911 {
		return 150
	}
	return 70
}

// eraFirsts holds the first character of every era's name (and 清 before
// a reign's), so that a line is let go by its first character before the
// eras are tried one by one (TestEraFirsts keeps it whole).
const eraFirsts = "中乾光同咸嘉宣康民道雍順顺清干"

// eraFirstSet holds eraFirsts, a look at a bit each.
var eraFirstSet = newRuneSet(eraFirsts)

// eraLeadDate dates s by the era's year it begins with and the month or
// day after it (民国38年十月一日 …, 民國三十八年十月十日 …, 民国二十六年7月，…),
// as a chronicle of the years before 1949 dates its events, and Taiwan's
// after. The era's year goes as far as eraMost; a year of the
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
	if n, ok := d.partNumber(); ok && n == y && d.lit('年') && d.lit('）', ')') {
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
			if !ok || n < 1 || n > eraMost(e.base) || !d.lit('年') {
				return 0, "", false
			}
			y, rest = e.base+n, rest[d.i:]
		}
		return y, afterYearBracket(rest, y), true
	}
	return 0, "", false
}

// eraSpan reads the years of an era a chronicle's title says it covers,
// as Taiwan's print them (民國七十五年至八十四年, 民國75年—84年,
// 民國七十五年至民國八十四年): the first and the last as the common era
// counts them.
func eraSpan(s string) (y1, y2 int, ok bool) {
	s = trim(s)
	y1, rest, ok := eraLead(s)
	if !ok {
		return 0, 0, false
	}
	d := &dateScanner{s: rest}
	d.spaces()
	dash := false
	for _, w := range [...]string{"——", "—", "－", "-", "–", "～", "~", "至"} {
		if strings.HasPrefix(rest[d.i:], w) {
			d.i += len(w)
			dash = true
			break
		}
	}
	d.spaces()
	if !dash {
		return 0, 0, false
	}
	tail := rest[d.i:]
	if y, after, ok := eraLead(tail); ok {
		y2, tail = y, after
	} else {
		// 至八十四年: the same era's, counted from its base.
		e := &dateScanner{s: tail}
		n, ok := e.anyNumber()
		if !ok || !e.lit('年') {
			return 0, 0, false
		}
		y2, tail = eraBase(s, y1)+n, tail[e.i:]
	}
	if y2 < y1 || trim(tail) != "" {
		return 0, 0, false
	}
	return y1, y2, true
}

// republicHeading reads a year heading of the Republic's era printed
// without its name (七十五年, 75年, **八十四年**) in a chronicle whose
// title names the era's years (青嵐縣大事記（民國七十五年至八十四年）), as
// Taiwan's print the era once: 1911 and the number. (Elsewhere 75年 is
// 1975 and 七十五年 no year.)
func republicHeading(t, title string) (int, bool) {
	if len(t) > 40 || lastWide(t) != '年' || !republicTitle(title) {
		return 0, false
	}
	t = trim(stripMarkup(t))
	if c, ok := periodCore(t); ok {
		t = c
	}
	d := &dateScanner{s: t}
	n, ok := d.anyNumber()
	if !ok || n < 1 || n > eraMost(1911) || !d.lit('年') || d.i != len(t) {
		return 0, false
	}
	return 1911 + n, true
}

// republicYearLine reports whether t is a heading republicHeading reads.
func republicYearLine(t, title string) bool {
	_, ok := republicHeading(t, title)
	return ok
}

// republicTitle reports whether a chronicle's title names the years it
// covers by the Republic's era (（民國七十五年至八十四年）).
func republicTitle(title string) bool {
	i := strings.LastIndexAny(title, "（(")
	if i < 0 {
		return false
	}
	in := strings.TrimLeft(title[i:], "（(")
	return republicEra(in) && titleSpan(title)
}

// eraBase is the year before the first of the era s begins with, y its
// year read by eraLead.
func eraBase(s string, y int) int {
	t := strings.TrimPrefix(s, "清")
	for _, e := range eras {
		if strings.HasPrefix(t, e.name) {
			return e.base
		}
	}
	return y
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
		if !ok || n < 1 || n > eraMost(e.base) || !d.lit('年') || trim(rest[d.i:]) != "" {
			return 0, false
		}
		return e.base + n, true
	}
	return 0, false
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
	y, ok := d.partNumber() // (1931年, or 一九三一年: 民国二十年（一九三一年），…)
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
