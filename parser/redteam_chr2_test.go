package parser

import "testing"

// TestRedTeamChr2 holds chronicles a red team wrote in forms the parser
// read silently wrong (testdata/rt-chr2-*.md), each with its cover, its
// entries (section, title, date, paragraphs) and its warnings' lines:
// events of two paragraphs in a chronicle that prints each event's date
// after it, the date closing the first paragraph or the last; events led
// by a dash and a date run into their words; dates in Chinese numerals
// after the events and lists of days in them; a month with its part in
// brackets (12月（下旬）); dates in square brackets (〔11月3日〕) and
// figures run into the text (2023.11.10县…); dates after the events with a
// time of day or a place, or in 【】; 当天 and 当晚; a table of events
// dated in its last column.
func TestRedTeamChr2(t *testing.T) {
	for _, c := range []redTeamCase{
		// Dates after the event, in brackets, alone on the next line or
		// after a dash, closing an event's first paragraph (会上，…,
		// 会议强调，…, 此外，…, 与会…: the event above's, even after the last
		// date) or its last (县人大常委会召开… / 此次会议…——10月19日: one
		// event). Before, the chronicle was not split at all: too few of
		// its paragraphs end with a date.
		{"rt-chr2-end-two-paras.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-08|2; ||2023-10-12|3; ||2023-10-19|2; ||2023-10-24|2; ||2023-10-30|2", ""},
		// A paragraph between two dated events whose words do not tell
		// which it ends or begins (县委副书记刘东出席并讲话。), and one after the
		// last: read with the date below, or alone, and a warning each.
		{"rt-chr2-end-unclear.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-16|2; ||2023-10-23|1; |||1", "5,11"},
		// The chronicle's own events tell: 会议要求，… after a date shows it
		// prints the date after an event's first paragraph, so 县长李志强主持…
		// is the end of the event above, no warning (before: the start of
		// the one below). The last event's date after a dash ends the text:
		// no cut file (before: a warning).
		{"rt-chr2-end-style.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|2; ||2023-10-16|2; ||2023-10-23|1", ""},
		// …and 会议要求，…（10月16日） under an undated paragraph shows it prints
		// the date after the last: 县人大常委会召开主任会议。 begins the event
		// below, no warning. (Read so before too: this guards the warning
		// above from such a chronicle.)
		{"rt-chr2-end-style-last.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-16|2; ||2023-10-20|2; ||2023-10-23|1", ""},
		// Events led by a dash and a date run into their words, nothing
		// between (——11月2日县委召开…, ——11月10日上午…, —11月16日…, with
		// and without blank lines): each its own dated event (before: one
		// undated entry of them all).
		{"rt-chr2-dash-runin.md", "宁川史志月报|2023|11||",
			"大事记||2023-11-02|1; 大事记||2023-11-07|1; 大事记||2023-11-10|1; 大事记||2023-11-16|1", ""},
		// Dates after the events in Chinese numerals: a day, a range, a day
		// and its time (十一月十日上午), a list in brackets on the next line (十一月十三日、十五日: its span), a
		// part of the month (十一月下旬: the month) and a day after a dash
		// (before: one undated entry, and the last line a cut file).
		{"rt-chr2-cn-end.md", "宁川县二〇二三年十一月大事记|0|0||",
			"||2023-11-03|1; ||2023-11-06..2023-11-08|1; ||2023-11-10|1; ||2023-11-13..2023-11-15|2; ||2023-11|1; ||2023-11-30|1", ""},
		// Lists of days in Chinese numerals before the event (三日、五日,
		// 十一月七日和九日, 十一月十二日、十三日): their span, first to last
		// (before: the first day, or no date and the event above's);
		// 十一月二十日、五名干部… no list.
		{"rt-chr2-cn-list.md", "宁川县2023年大事记|0|0||",
			"十一月||2023-11-03..2023-11-05|1; 十一月||2023-11-07..2023-11-09|1; 十一月||2023-11-12..2023-11-13|1; 十一月||2023-11-20|1", ""},
		// A part of the month in brackets after it (11月(中旬), 12月（上旬）,
		// 十二月（下旬），…), with blank lines between or none: an event of
		// that month, its own (before: the paragraph of the event above,
		// or of none); 下旬, 月底 and 年底 alone as before.
		{"rt-chr2-month-part.md", "宁川县2023年大事记|0|0||",
			"十一月||2023-11-20|1; 十一月||2023-11|1; 十一月||2023-11|1; 十二月||2023-12|1; 十二月||2023-12|1; 十二月||2023-12|1; 十二月||2023|1", ""},
		// An event's date in square brackets of each form (〔10月9日〕,
		// 【10月20日】, [10月23日], ［10月27日］), run into the text or a space
		// before it: each an untitled event of the chronicle's year
		// (before: 条目 of a yearbook titled by their dates, which took no
		// year).
		{"rt-chr2-bracket-date.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-16|1; ||2023-10-20|1; ||2023-10-23|1; ||2023-10-27|1", ""},
		// A year, a month and a day in figures run into the event's words
		// (2023.10.16县政府…, 2023-10-20县人大…): each its own event (before:
		// lines of the event above).
		{"rt-chr2-figure-runin.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-16|1; ||2023-10-20|1; ||2023-10-23|1; ||2023-10-27|1", ""},
		// Dates after the events with a time of day （10月9日上午）, a place
		// after a comma or a space （10月16日，县政协会议室）, （10月18日 青石镇）,
		// or in 【】: each event its own, dated so (before: too few
		// paragraphs read as dated, the chronicle one undated entry, and
		// the last line a cut file).
		{"rt-chr2-trail-var.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-10..2023-10-12|1; ||2023-10-16|1; ||2023-10-18|1; ||2023-10-20..2023-10-31|1; ||2023-10-28|1", ""},
		// 当天, 当晚, 同天下午 before an event: the day of the event above, an
		// event of its own (before: a paragraph of the event above).
		{"rt-chr2-relative-day.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-09|1; ||2023-10-16|1; ||2023-10-16|1; ||2023-10-16|1", ""},
		// A table of events with the date in the last column (| 事项 | 日期 |):
		// a row an event, dated by its last cell, the header row markup
		// (before: the table one undated entry; then the header row an
		// undated paragraph of its own).
		{"rt-chr2-table-date-last.md", "宁川县2023年10月大事记|0|0||",
			"||2023-10-09|1; ||2023-10-10..2023-10-12|1; ||2023-10-16|1; ||2023-10|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
