package parser

import "testing"

// TestRedTeamK holds yearbooks (年鉴) and county gazetteers' chronicles
// (县志·大事记) a red team wrote in forms the parser had read silently
// wrong (testdata/rt-k-*.md), each with its cover, its entries (section,
// title, date, paragraphs) and its warnings' lines.
func TestRedTeamK(t *testing.T) {
	for _, c := range []redTeamCase{
		// A gazetteer's note in 〔〕 after an event's full stop (…12个。
		// 〔注：…。〕, …减产。〔据《…》〕) ends its sentence: the event after
		// the blank line below is its own, not text run on after a note
		// taken for a sentence the page cut.
		{"rt-k-note-bracket.md", "宁川县大事记|0|0||",
			"1958年||1958-08|1; 1958年||1958-10|1; 1960年||1960|1; 1960年||1960-12|1", ""},
		// A gazetteer's periods of years (### 1949—1952年, ### 1953—1957年)
		// over events that print their years: sections, each event its
		// own, not one entry titled by the span holding them all.
		{"rt-k-chron-spans.md", "宁川县志·大事记|0|0||",
			"1949—1952年||1949-10-01|1; 1949—1952年||1950-03|1; 1949—1952年||1952-12|1; 1953—1957年||1953-04|1; 1953—1957年||1956|1", ""},
		// Dynasties alone as headings (## 明, ## 清: sections, not entries
		// holding the reigns), a reign the eras do not list with the common
		// era's year in brackets (明洪武三年（1370年）: that year's heading,
		// not text run into the event under it), a season before the
		// month (秋七月，…, 冬十月，…: that month) and 是岁 (是年).
		{"rt-k-chron-reigns.md", "宁川县志·大事记|0|0||",
			"明洪武三年（1370年）||1370-03|1; 明洪武三年（1370年）||1370-07|1; 明嘉靖三十四年（1555年）||1555-10|1; 清道光二十九年（1849年）||1849|1; 清道光二十九年（1849年）||1849|1", ""},
		// A year heading with the year's cyclic name after a space, not in
		// brackets (1989年　己巳, 1990年 庚午年): that year's section, not
		// an event of the year above dated by it.
		{"rt-k-year-ganzhi.md", "宁川县大事记（1986—2005）|0|0||",
			"1988年　戊辰||1988-04-12|1; 1988年　戊辰||1988-10|1; 1989年　己巳||1989-05-01|1; 1989年　己巳||1989|1; 1990年 庚午年||1990-03|1", ""},
		// A year in bold at the head of its first event's paragraph
		// (**1950年**　1月，…, as a docx sets it): the year's section, then
		// the event, not an entry titled by the year holding its events
		// with no year.
		{"rt-k-bold-year-runin.md", "宁川县大事记|0|0||",
			"1950年||1950-01|1; 1950年||1950-03-15|1; 1951年||1951-02|1; 1951年||1951-08|1; 1952年||1952|1", ""},
		// A month alone in bold before its event (**3月**　…, **4—5月**　…)
		// is the event's date, as a bold day is (**1月8日**　…), not a title
		// holding the events after it.
		{"rt-k-bold-month.md", "宁川县大事记（2001—2002）|0|0||",
			"|||1; 2001年||2001-01-08|1; 2001年||2001-03|1; 2001年||2001|1; 2002年||2002-04..2002-05|1; 2002年||2002-08-12|1; 2002年||2002|1", ""},
		// A yearbook's 条目 titled in bold with the colon inside the bold
		// (**概况：**2022年，…, **防汛抗旱:**…): each an item titled without
		// its colon, and ### 农业 over them a section, not an entry whose
		// text held the items.
		{"rt-k-yb-bold-colon.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||1; 农业|粮食生产||1; 水利|防汛抗旱|--07-12|1; 水利|农村饮水安全||1", ""},
		// A yearbook's 名录, a name and its honour a wide space apart
		// (王建国　全省优秀教师), and its index without blank lines (A /
		// 安全生产　　123a): rows of text, a line each, not sections or
		// 条目 titled by the name with the honour or the page for text.
		{"rt-k-yb-list-rows.md", "宁川年鉴（2023）|2023|0||",
			"先进人物|全国劳动模范||1; 先进人物|全省优秀共产党员||1; 2022年宁川县获市级以上表彰先进个人名录|||3; 索引|||5; 编后记|||1", ""},
		// A chronicle's title underlined as pandoc before 2.11 writes a
		// level-1 heading (宁川县大事记（2001—2002） / ===): the underline is
		// markup, not the body's first text (which was warned about).
		{"rt-k-setext-chron.md", "宁川县大事记（2001—2002）|0|0||",
			"2001年||2001-01-08|1; 2002年||2002-02-20|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
