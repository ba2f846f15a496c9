// The start of a chronicle's event: what may stand before its date (a
// newspaper's dateline, a reporter's byline, a place, a bullet or a
// number, a bracket, dashes, a table's cells, OCR's Δ or MinerU's
// formula), which eventLead takes off, and whether a line begins an event
// at all (eventStart) or is a date alone.

package parser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

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
	if !d.dash() && !d.ocrDash() { // (6一8日, OCR's dash)
		return false
	}
	e, ok := d.number()
	return ok && e >= n && e <= 31 && d.lit('日', '号')
}

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
		return afterReportersCn(s, head)
	}
	if rest := s[k:]; startsWithMonthDay(rest) && reporterByline(trim(s[:k])) {
		return rest
	}
	return s
}

// afterReportersCn is afterReporters for a date in Chinese numerals
// (■本刊记者 张华 十一月十六日，…): the date after a space, the names
// before it a byline; s itself otherwise.
func afterReportersCn(s, head string) string {
	for i := 0; i < len(head); {
		j := strings.IndexByte(head[i:], ' ')
		if k := strings.Index(head[i:], "\u3000"); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		if j < 0 {
			break
		}
		j += i
		rest := trimLeftSpaces(s[j:])
		if cnNumeralStart(rest) && startsWithMonthDay(rest) && reporterByline(trim(s[:j])) {
			return rest
		}
		i = len(s) - len(rest)
		if i <= j {
			i = j + 1
		}
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
	case c >= '0' && c <= '9' || c == 0xEF && figureFirst(s): // (１、１１月２５日 too)
		i := figuresEnd(s, 0, 4)
		if i >= len(s) || s[i] != '.' && s[i] != ')' && s[i] != 0xE3 && s[i] != 0xEF {
			return s // 3月5日: no number before the date (、 is E3, ． and ） EF)
		}
		if _, _, _, ok := dottedShortYear(s); ok {
			return s // 86.7.1 …: a year in two figures, no point's number
		}
		if i == 4 && s[i] != ')' {
			// 2023.1.8，县委…, 2023．1．8: a year in four figures, no
			// point's number (1.8 had been read as the day, of the year
			// the context gave, silently: 2024-01-08 under a chronicle
			// published in 2024).
			if _, ok := (&dateScanner{s: s}).numericDate(); ok {
				return s
			}
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
			if rowNumber(trim(s[1 : 1+j])) {
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
		i := figuresEnd(s, open, 3) // （1）, （１）
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
	var n int
	var ok bool
	if cnNumeralStart(rest) {
		_, n, ok = cnLeadingDateEnd(rest, dateContext{}) // ——十一月六日，…
	} else {
		_, n, ok = leadingDateScan(rest, dateContext{})
	}
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
	if next == "" || next[0] < utf8.RuneSelf || figureFirst(next) || cnNumeralStart(next) && startsWithMonthDay(next) {
		return s // (| 1986年 | １月１０日 |, | 1986年 | 一月十日 |: a date's cell in full-width figures or Chinese numerals, no text)
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
	if rest := strings.TrimLeft(s[1:], " \t"); len(s) > 600 || rest == "" || rest[0] != '|' && !figureFirst(rest) {
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
	if event == "" || event[0] < utf8.RuneSelf || !fullStop(event) && !strings.Contains(event, "，") {
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
		m, ok := digitsValue(month) // (2, ２)
		if !ok || m < 1 || m > 12 {
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

// rowNumber reports whether n is a table row's number: one to three
// figures and nothing else, ASCII or full-width (| 1 |, | １ |).
func rowNumber(n string) bool {
	_, k, j := figuresAt(n, 0, 4)
	return k >= 1 && k <= 3 && j == len(n)
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
	if !figureFirst(s) { // (2023.10.9, ２０２３．１０．９)
		return false
	}
	if _, ok := numericLeadingDate(s, dateContext{}); !ok {
		return false
	}
	// 2.1 万户, 3.5 亿元: a number and its unit the wrap or a space set apart.
	i := 0
	for i < len(s) {
		if c := s[i]; c >= '0' && c <= '9' || c == '.' || c == '/' || c == '-' {
			i++
		} else if j := figuresEnd(s, i, 1); j > i {
			i = j
		} else if k := dotOrSlash(s[i:]); k > 0 {
			i += k
		} else if strings.HasPrefix(s[i:], "－") {
			i += len("－")
		} else {
			break
		}
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
		case r == '.' || r == '/' || r == '．' || r == '／': // 2023.11.2, 2023/11/2 (2023-11-02's dash is a range's)
		case r == '（' || r == '(' || r == '星' || r == '周' || r == '礼':
			// 11月2日（星期四）, 11月2日 星期四, 2日(周四): the day of the
			// week a meeting's report or a chronicle prints after its date
			// is no text (the date alone over its event had been read as
			// the event's text, undated or run into the date's line).
			w := withoutWeekday(t)
			return len(w) < len(t) && dateOnlyLine(w)
		default:
			return false
		}
	}
	return startsWithMonthDay(t) || startsWithDay(t) || numericDateOnly(t)
}

// numericDateOnly reports whether t is a year, a month and a day in
// figures and nothing else (2023.11.2, 2023-11-02, 2023/11/2), as a
// chronicle typed so sets its day alone or in bold before its event.
func numericDateOnly(t string) bool {
	if len(t) < 8 || t[4] != '.' && t[4] != '-' && t[4] != '/' && t[4] != 0xEF {
		return false // (four figures and the separator first: 20231102 is no date)
	}
	d := &dateScanner{s: t}
	_, ok := d.numericDate()
	return ok && d.i == len(t)
}
