package parser

import "testing"

// TestRedTeamChronicle holds chronicles a red team wrote in forms the
// parser had read silently wrong (testdata/rt-chron-*.md), each with its
// cover, its entries (section, title, date, paragraphs) and its warnings'
// lines: events led by dashes (——11月6日，…), year headings with OCR's
// zeros (二00五年), lists of days (11月6、7日, 11月12日和11月20日), a bold
// day heading over plain day lines, and events that print their date
// after them (…精神。（11月3日）, ——11月18日).
func TestRedTeamChronicle(t *testing.T) {
	for _, c := range []redTeamCase{
		// Events led by dashes (——11月6日，…, —, --, －－), each its own.
		// A bold year right under a chronicle's title over its bold days
		// (# 宁川县大事记（2001—2002） / **2001年** / **1月8日**　…): the
		// year's section, not the cover's year, as 2002年 below it is.
		{"rt-chron-bold-year-first.md", "宁川县大事记（2001—2002）|0|0||",
			"2001年||2001-01-08|1; 2001年||2001-03-12|1; 2002年||2002-02-05|1; 2002年||2002-06-01|1", ""},
		{"rt-chron-dash.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-03|1; ||2023-11-06|1; ||2023-11-08|1; ||2023-11-12|1; ||2023-11-15|1", ""},
		// Year headings OCR read with figure zeros or letters for 〇
		// (二00五年, 二OO六年, 二O一O年 a line of its own): their years.
		{"rt-chron-ocr-zero.md", "宁川县大事记|0|0||",
			"二〇〇四年||2004-05-01|1; 二00五年||2005-01-05|1; 二00五年||2005-03|1; 二OO六年||2006-02-08|1; 二O一O年||2010-04-02|1", ""},
		// Lists of days (11月6、7日, 9日、10日, 11月12日和11月20日, into the
		// next month): their span, first to last; 11月30日、5名… no list.
		{"rt-chron-day-list.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-03|1; ||2023-11-06..2023-11-07|1; ||2023-11-09..2023-11-10|1; ||2023-11-12..2023-11-20|1; ||2023-11-28..2023-12-01|1; ||2023-11-30|1", ""},
		// A day heading in bold over its text (**11月6日（星期一）**), then
		// day lines in plain text: each day its own item, not paragraphs
		// of the heading's, which took the last day's date. A plain day
		// with its day of the week over a blank line (11月8日（星期三）,
		// 11月16日 星期四) is its text's, as 11月1日 alone is.
		{"rt-chron-day-heads.md", "宁川县2023年11月大事记|0|0||",
			"|11月6日（星期一）|2023-11-06|1; ||2023-11-08|1; |11月12日|2023-11-12|1; ||2023-11-15|1; ||2023-11-16|1", ""},
		// Events that print their date after them, in brackets (（11月3日）,
		// (11月6日), （2023年11月22日）。), after a dash (——11月18日) or in
		// brackets on the next line: each its own item, dated so; an
		// undated paragraph before one is its event's. A report's section
		// (工作动态) whose text ends so is no chronicle, and is left whole.
		{"rt-chron-date-end.md", "宁川史志月报|2023|11||",
			"大事记||2023-11-03|1; 大事记||2023-11-06|1; 大事记||2023-11-15|2; 大事记||2023-11-18|1; 大事记||2023-11-22|2; 工作动态|||2", ""},
		// Under a chronicle's title, with an event dated before its text
		// among them, its own (its bracket, （第二次审议）, no date).
		{"rt-chron-date-end-title.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-03|1; ||2023-11-05|1; ||2023-11-08|1; ||2023-11-12|1; ||2023-11-15|2", ""},
	} {
		checkRedTeam(t, c)
	}
}
