package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Some chronicles print an event's date after it, in brackets or after a
// dash: 县委召开常委会议，传达学习省委全会精神。（11月3日）, …举办。(11月12日),
// …举办。——11月12日, and the bracket on a line of its own under a long
// event (…的报告。 / （11月15日）). No line begins with a date, so the body
// holds them all as one undated entry. A report's text ends in a bracket
// now and then too (a note, a source, a date), so the events are read so
// only in a chronicle's section, and only where most of its paragraphs
// end so.

// trailingDates splits each untitled entry of a chronicle's section whose
// paragraphs mostly end with a date into one entry an event, and notes
// the lines of the dated paragraphs (p.trailing) for dates to read.
func (p *parser) trailingDates() {
	all := chronicleTitle(p.iss.Title)
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		if !untitledText(s.Entries) {
			continue // nothing to split: asked first, as it costs least
		}
		if kind, _, _ := periodOf(s.Name); !all && kind == noPeriod && !chronicleTitle(s.Name) {
			continue // most sections: no chronicle
		}
		var out []model.Entry // nil until an entry is split
		for ei, e := range s.Entries {
			if e.Title != "" || len(e.Paragraphs) < 2 || !p.trailingEvents(e.Paragraphs) {
				if out != nil {
					out = append(out, e)
				}
				continue
			}
			if out == nil {
				out = append(make([]model.Entry, 0, len(s.Entries)+len(e.Paragraphs)), s.Entries[:ei]...)
			}
			out = p.splitTrailing(e, out)
		}
		if out != nil {
			s.Entries = out
		}
	}
}

// trailingEvents reports whether most of paras, the text of one entry,
// end with a date: at least two of them, and more than half of those
// that are not a date alone nor an undated paragraph that goes on an
// event (会议要求，…: the event's second paragraph) or is set after one
// (注：…, 图为…: see afterword).
func (p *parser) trailingEvents(paras []model.Paragraph) bool {
	dated, texts := 0, 0
	for i, para := range paras {
		if bracketDateAlone(para.Text) {
			continue
		}
		if _, ok := trailingDate(para.Text); ok || i+1 < len(paras) && bracketDateAlone(paras[i+1].Text) {
			dated++
		} else if continuesEvent(para.Text) || afterword(para.Text) {
			continue // (注：…, 图为…, （来源：…）: set after an event, none of its own)
		}
		texts++
	}
	return dated >= 2 && dated*2 > texts
}

// bracketDateAlone reports whether s is a date in brackets and nothing
// else: （11月15日）, the end of the event above it.
func bracketDateAlone(s string) bool {
	d, ok := trailingDate(s)
	return ok && len(trim(s)) <= len(d)+len("（）。")
}

// trailingDate returns the date s ends with, in brackets (…精神。（11月3日）,
// (11月12日), （2023年11月5日）。) or after a dash (…举办。——11月12日): a
// month and a day, a year before them or not, in figures.
func trailingDate(s string) (string, bool) {
	s = trimStop(trim(s))
	if n := len(s); n > 1 && s[n-1] == '.' && (s[n-2] == ')' || s[n-2] >= utf8.RuneSelf) {
		s = s[:n-1] // （2023年11月22日）., an OCR's 。
	}
	r, _ := decodeLastRune(s)
	var inner string
	switch r {
	case '）':
		i := strings.LastIndex(s, "（")
		if i < 0 {
			return "", false
		}
		inner = s[i+len("（") : len(s)-len("）")]
	case ')':
		i := strings.LastIndexByte(s, '(')
		if i < 0 {
			return "", false
		}
		inner = s[i+1 : len(s)-1]
	case '|':
		// | 县委召开常委会议。 | 11月3日 |: a table of 事项 | 日期, its
		// last cell the date.
		t := strings.TrimRight(s[:len(s)-1], " \t\u3000")
		i := strings.LastIndexByte(t, '|')
		if i < 0 {
			return "", false
		}
		inner = t[i+1:]
	case '】', '〕', '］':
		// …初审。【11月28日】: square brackets of the forms some offices print.
		open := "【"
		if r == '〕' {
			open = "〔"
		} else if r == '］' {
			open = "［"
		}
		i := strings.LastIndex(s, open)
		if i < 0 {
			return "", false
		}
		inner = s[i+len(open) : len(s)-len("】")]
	case '日', '号':
		i := strings.LastIndexAny(s, "—－")
		if i < 0 {
			return "", false
		}
		_, n := decodeRune(s[i:])
		inner = s[i+n:]
	default:
		return "", false // nearly every paragraph: at its last character
	}
	inner = trim(inner)
	if inner == "" || len(inner) > 40 {
		return "", false
	}
	if cnNumeralStart(inner) {
		// （十一月三日）, （十一月三日至五日）, （十一月下旬）, （十一月三日上午）,
		// （十月十六日，县政协会议室）: what follows the date as dateTail
		// lets it follow one in figures.
		if cnDateWhole(inner) || periodWhole(inner) {
			return inner, true
		}
		if _, n, ok := cnLeadingDateEnd(inner, dateContext{prevMonth: 1}); ok && dateTail(inner[n:]) {
			return inner, true
		}
		return "", false
	}
	if inner[0] < '0' || inner[0] > '9' && inner[0] != 0xEF {
		return "", false
	}
	_, n, ok := leadingDateScan(inner, dateContext{prevMonth: 1})
	if !ok || !dateTail(inner[n:]) {
		if periodWhole(inner) {
			return inner, true // （11月下旬）: the month's
		}
		return "", false
	}
	return inner, true
}

// dateTail reports whether tail, what follows the date in an event's
// closing bracket, leaves the bracket a date: nothing, a time of day
// (（11月3日上午）) or a short place after a comma or a space (（11月20日，
// 县政协会议室）).
func dateTail(tail string) bool {
	switch trim(tail) {
	case "", "上午", "下午", "中午", "晚", "晚上", "凌晨", "早上", "夜", "夜间", "全天":
		return true
	}
	r, n := decodeRune(tail)
	if r != '，' && r != ',' && r != ' ' && r != '\u3000' {
		return false
	}
	place := trim(tail[n:])
	return place != "" && utf8.RuneCountInString(place) <= 15 && !containsAnyOf(place, "。；，,;")
}

// cnDateWhole reports whether s is a date in Chinese numerals and nothing
// else: 十一月三日, 十一月三日至五日, 三日.
func cnDateWhole(s string) bool {
	for _, r := range s {
		if !isCnDigit(r) && !cnZero(r) && !strings.ContainsRune("廿卅年月日号、和及 \u3000", r) && !slices.Contains(rangeDashes[:], r) {
			return false // 十一月三日在…: words, not a date
		}
	}
	_, ok := cnLeadingDate(s, dateContext{prevMonth: 1})
	return ok
}

// periodWhole reports whether s is a part of a month and nothing else
// (11月下旬, 十二月上旬, 11月底): a month-level date.
func periodWhole(s string) bool {
	_, _, end, ok := monthPeriod(s)
	return ok && trim(s[end:]) == ""
}

// endDate reads the date a paragraph ends with: in brackets or after a
// dash (trailingDate), or last in the brackets of a byline (…会议。（县史志办
// 李娜　11月21日）).
func endDate(s string, ctx dateContext) (model.DateRange, bool) {
	d, ok := trailingDate(s)
	if !ok {
		t := trimStop(trim(s))
		open, shut := "（", "）"
		if strings.HasSuffix(t, "日)") {
			open, shut = "(", ")" // typed half-width: (县史志办　李娜　11月21日)
		} else if !strings.HasSuffix(t, "日）") {
			return model.DateRange{}, false // nearly every paragraph
		}
		i := strings.LastIndex(t, open)
		if i < 0 {
			return model.DateRange{}, false
		}
		inner := t[i+len(open) : len(t)-len(shut)]
		if len(inner) > 60 {
			return model.DateRange{}, false
		}
		j := max(strings.LastIndexByte(inner, ' '), strings.LastIndex(inner, "\u3000"))
		if j < 0 {
			return model.DateRange{}, false
		}
		_, n := decodeRune(inner[j:])
		if d, ok = trailingDate("（" + trim(inner[j+n:]) + "）"); !ok {
			return model.DateRange{}, false
		}
	}
	if r, ok := leadingDate(d, ctx); ok {
		return r, true
	}
	if year, month, _, ok := monthPeriod(d); ok {
		return periodRun{year: year, month: month, end: month}.dates(ctx)
	}
	return model.DateRange{}, false
}

// untitledText reports whether an entry of es is untitled and holds two
// paragraphs or more: one trailingDates may split.
func untitledText(es []model.Entry) bool {
	for _, e := range es {
		if e.Title == "" && len(e.Paragraphs) >= 2 {
			return true
		}
	}
	return false
}

// dashDateEnd reports whether s ends with a date after a dash (…举办。
// ——11月12日): the end of an event, not a sentence the page cut.
func dashDateEnd(s string) bool {
	if !strings.HasSuffix(s, "日") && !strings.HasSuffix(s, "号") {
		return false // nearly every line
	}
	_, ok := trailingDate(s) // a date that ends in 日 follows a dash
	return ok
}

// endsWithDate reports whether s ends with an event's date after it.
func endsWithDate(s string) bool {
	_, ok := trailingDate(s)
	return ok
}

// trailingEventDate dates paragraph s of an event by the date it ends
// with, as trailingDates found it.
func (p *parser) trailingEventDate(s string, line int, ctx dateContext) (model.DateRange, bool) {
	if _, ok := slices.BinarySearch(p.trailing, line); !ok {
		return model.DateRange{}, false
	}
	return endDate(s, ctx)
}

// An event of a chronicle that prints its date after it may run to two
// paragraphs, and the date closes either the first (the news, then what
// the meeting asked) or the last: 县委召开常委会议…。（11月3日） / 会议要求，… or
// 县政协召开常委会议。 / 会议要求，…。（11月22日）. A paragraph between two
// dated ones is the end of the event above or the start of the one below,
// and its words tell which where they point back (会议要求, 会上, 此次: the
// event above, when it opens the run; the one below, when a later
// paragraph of the run or the dated one opens so). Where its own words
// do not tell, the chronicle's other events do, by where they print the
// date; where nothing tells, it goes with the date below it and is a
// warning.

// eventUnit is a run of paragraphs [from, to) that trailingDates reads as
// one piece of a chronicle: an event dated before its text, the
// paragraph (or the paragraph and its bracket on the next line) its date
// closes, or a paragraph with no date.
type eventUnit struct {
	from, to int
	kind     unitKind
}

type unitKind uint8

const (
	undatedUnit unitKind = iota
	leadUnit             // 11月20日，…: its own event
	closedUnit           // …精神。（11月3日）
)

// trailingStyle is what a chronicle's events show of where it prints a
// two-paragraph event's date: after its first paragraph, after its last,
// both (no rule), or neither.
type trailingStyle uint8

const (
	afterFirst trailingStyle = 1 << iota
	afterLast
)

// splitTrailing appends the events of e, an untitled entry whose
// paragraphs mostly end with a date, to out, and notes the lines of the
// dated paragraphs in p.trailing.
func (p *parser) splitTrailing(e model.Entry, out []model.Entry) []model.Entry {
	ps := e.Paragraphs
	units := make([]eventUnit, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		switch {
		case mayStartEvent(ps[i].Text) && eventStart(ps[i].Text):
			units = append(units, eventUnit{i, i + 1, leadUnit})
		case i+1 < len(ps) && bracketDateAlone(ps[i+1].Text):
			// The date alone on the next line closes the event.
			p.trailing = append(p.trailing, ps[i+1].Line)
			units = append(units, eventUnit{i, i + 2, closedUnit})
			i++
		default:
			kind := undatedUnit
			if _, ok := trailingDate(ps[i].Text); ok {
				p.trailing = append(p.trailing, ps[i].Line)
				kind = closedUnit
			} else if strings.HasPrefix(ps[i].Text, "|") {
				kind = leadUnit // a table's header row (| 事项 | 日期 |): no event's start or end
			}
			units = append(units, eventUnit{i, i + 1, kind})
		}
	}
	style := unitsStyle(ps, units)
	first := len(out) // the events of e begin here in out
	lastFrom := 0     // where the last of them begins in ps
	add := func(from, to int) {
		out = append(out, model.Entry{Line: ps[from].Line, Page: e.Page, Paragraphs: ps[from:to:to]})
		lastFrom = from
	}
	extend := func(to int) { // the event above takes the paragraphs up to to
		out[len(out)-1].Paragraphs = ps[lastFrom:to:to]
	}
	for i := 0; i < len(units); {
		u := units[i]
		if u.kind != undatedUnit {
			add(u.from, u.to)
			i++
			continue
		}
		j := i
		for j < len(units) && units[j].kind == undatedUnit {
			j++
		}
		run := units[i:j]
		above := len(out) > first
		// The run's first paragraphs that point back end the event above;
		// so do a note, a source, an editor's line or a picture's caption
		// set after it (…精神。（11月3日） / 注：数据来源于市统计局。, 图为会议
		// 现场。, （来源：平顶山日报）): what a copy sets after an event's text,
		// no event's start (it had begun the event below, run into its
		// text, silently).
		k := 0
		for above && k < len(run) && (continuesEvent(ps[run[k].from].Text) || afterword(ps[run[k].from].Text)) {
			k++
		}
		if k > 0 {
			extend(run[k-1].to)
		}
		run, i = run[k:], j
		if len(run) == 0 {
			continue
		}
		from, to := run[0].from, run[len(run)-1].to
		below := j < len(units) && units[j].kind == closedUnit
		if below && (!above || continuesEvent(ps[units[j].from].Text) || pointsBack(ps, run[1:])) {
			units[j].from = from // the start of the event below: its date closes it
			continue
		}
		if above && style == afterFirst {
			extend(to) // this chronicle dates an event after its first paragraph
			continue
		}
		if below {
			units[j].from = from
			if above && style != afterLast {
				p.warn(ps[from].Line, "%q, between two events that print their dates after them, has no date: read as the start of the event below, not the end of the one above", clipText(ps[from].Text, 12))
			}
			continue
		}
		add(from, to)
		if above && style != afterLast {
			p.warn(ps[from].Line, "%q, after an event that prints its date after it, has no date: read as an event of its own, not the end of the one above", clipText(ps[from].Text, 12))
		}
	}
	return out
}

// unitsStyle reads where the chronicle prints the date of an event of two
// paragraphs or more: after the first, where a paragraph that points
// back follows a dated one; after the last, where a dated paragraph, or
// one after an undated paragraph, points back to the undated one above.
func unitsStyle(ps []model.Paragraph, units []eventUnit) trailingStyle {
	var style trailingStyle
	last := -1 // the unit before, a note or a caption set after an event passed over (…（10月9日） / 图为会议现场。 / 会议要求，…)
	for i := 0; i < len(units); i++ {
		if units[i].kind == undatedUnit && afterword(ps[units[i].from].Text) {
			continue
		}
		if last < 0 {
			last = i
			continue
		}
		u, prev := units[i], units[last]
		last = i
		if prev.kind == undatedUnit && u.kind != leadUnit && !continuesEvent(ps[prev.from].Text) && continuesEvent(ps[u.from].Text) {
			style |= afterLast
		}
		if prev.kind == closedUnit && u.kind == undatedUnit && continuesEvent(ps[u.from].Text) {
			style |= afterFirst
		}
	}
	return style
}

// pointsBack reports whether a paragraph of run points back to an event
// told above it.
func pointsBack(ps []model.Paragraph, run []eventUnit) bool {
	for _, u := range run {
		if continuesEvent(ps[u.from].Text) {
			return true
		}
	}
	return false
}

// continuesEvent reports whether s begins with words that point back to
// an event already told (会议要求，…, 会上，…, 此次活动…, 该项目…): it goes
// on an event, it does not begin one.
func continuesEvent(s string) bool {
	if len(s) < 6 || s[0] < 0xE4 || s[0] > 0xE9 {
		return false // every word below is of two Han characters or more
	}
	for _, w := range continuationWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// continuationWords open a paragraph that goes on an event told above it.
// (该月, 该年 and 该日 are dates, read before these are asked.)
var continuationWords = [...]string{
	"会议", "会上", "会后", "会前", "会期", "会间", "此次", "本次", "这次", "此外",
	"此前", "此后", "其间", "期间", "其中", "同时", "随后", "与会", "据悉", "据了解",
	"另悉", "活动", "仪式上", "该",
}

// afterword reports whether t, an article's last paragraph, is what a
// copy sets after the text, not the text: a note (注：数据来源于市统计局。,
// [^1]: …, ① …), the source or the editor (（来源：平顶山日报）,
// （市委办公室供稿）, 责任编辑：王丽), a table's row or caption (| … |,
// <table>, 表1　…, 单位：亿元), a picture's caption (图为…). A date the
// article prints last (…出席会议。（5月8日）) is above it, and is still
// the article's (it had been lost, silently).
func afterword(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '|', '+', '<', '!':
		return true
	}
	if noteLine(t) || editorLine(t) || captionLabel(t) || caption(t) {
		return true
	}
	if strings.HasPrefix(t, "单位：") || strings.HasPrefix(t, "单位:") {
		return true
	}
	if inner, ok := inParens(t); ok && len(inner) <= 30*3 {
		// （来源：平顶山日报）, （市委办公室供稿）, （县史志办　供稿）
		return strings.HasPrefix(inner, "来源") || strings.HasSuffix(inner, "供稿") || strings.HasPrefix(inner, "稿件来源")
	}
	return false
}
