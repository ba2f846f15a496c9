// Relative dates, as chronicles print them at the start of an event — the
// day of the event before (同日, 当天), the day after it (次日, 翌日), the month
// (是月, 上旬, 月底), the year (是年, 年底) — and dates by a season, a part or a
// quarter of the year, or a holiday (春节, “五一”前夕, 国庆期间), in simplified or
// traditional characters.

package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// The relative words, by what they date:
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
// opening quotes (“, 「 as Taiwan and Hong Kong set it, and " as an
// English keyboard types it): a line that begins otherwise is no
// holiday's.
const holidayFirst = "元春清端中国除重七五八十六三劳建儿妇青教植“「\"國勞兒婦"

// holidayFirstRune reports whether r is in holidayFirst: a switch, which
// the compiler makes a search, where strings.ContainsRune would make a
// string of r for every line that asks.
func holidayFirstRune(r rune) bool {
	switch r {
	case '元', '春', '清', '端', '中', '国', '除', '重', '七', '五', '八', '十', '六', '三', '劳', '建', '儿', '妇', '青', '教', '植', '“', '「', '"', '國', '勞', '兒', '婦':
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
	} else if t, ok := strings.CutPrefix(s, "「"); ok {
		s, quoted, closing = t, true, "」" // 「五一」期间, in corner quotes
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
				// (中秋、国庆“双节”期间, "双节" typed straight: the pair
				// named, then what is said.)
				for _, pair := range [...]string{"“双节”", "“两节”", "「双节」", "「两节」", "\"双节\"", "\"两节\"", "双节", "两节"} {
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

// relativeFirsts are the first characters of the relative dates
// relativeLead reads (同月, 当年, 是月, 上年, 去年, …).
var relativeFirsts = newRuneSet("同当该是本次翌上去")

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
		} else if r2 == '月' && !cnNumeralStart(s[d.i:]) && !figureFirst(s[d.i:]) { // (同月20日, 同月２０日)
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
