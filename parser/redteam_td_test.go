package parser

import "testing"

// TestRedTeamOldDates holds copies a red team wrote in old, traditional
// and OCR'd forms of dates and bylines (testdata/rt-td-*.md): a report
// typeset in traditional characters, its reporters' bylines before the
// date; a chronicle's lunar dates in traditional characters; a year named
// by the sixty-year cycle before a lunar date; the Republic's years before
// a date; a yearbook whose paragraphs are each one line set in by
// ideographic spaces; dates, a cover and a contents page with letters OCR
// read for digits, read with a warning; 號 after a day; a contents
// heading over no line read as the contents, a warning.
func TestRedTeamOldDates(t *testing.T) {
	for _, c := range []redTeamCase{
		// Reporters' bylines in traditional characters before the date
		// (（記者 王芳）11月3日，…, 【通訊員 張三】, 本報訊（記者 李明）, 本報訊　記者李強
		// 通訊員王芳報道：): each entry dated by it, as （记者 王芳） dates it
		// (the first three had been undated).
		{"rt-td-trad-byline.md", "寧川史志|2023|11|寧川縣地方史志辦公室|2023-11-30",
			"工作動態|縣史志辦召開縣志評審會|2023-11-03|2; 工作動態|石橋鄉召開村志編纂推進會|2023-11-21|1; 工作動態|縣檔案館開展地情資料徵集|2023-11-25|1; 工作動態|縣志辦開展送志下鄉活動|2023-11-28|2", ""},
		// A chronicle's lunar dates in traditional characters (農曆正月初一,
		// 閏六月初二, 陰曆八月十五日): each its own event, dated by the
		// Gregorian day (they had been undated, or run into the event above).
		{"rt-td-trad-lunar.md", "寧川縣1987年大事記|0|0||",
			"1987年||1987-01-29|1; 1987年||1987-02-15|1; 1987年||1987-07-27|1; 1987年||1987-10-07|1; 1987年||1987-10-20|1", ""},
		// A year named by the cycle before a lunar date, under the year's
		// heading (## 1987年（丁卯）: 丁卯年正月初一, 丁卯年八月十五, and 丙寅年腊月二十三,
		// the lunar year before, which ends in 1987): the day in the lunar
		// year the name says (they had been undated).
		{"rt-td-ganzhi-lunar.md", "宁川县大事记|0|0||",
			"1986年（丙寅）||1986-03-05|1; 1986年（丙寅）||1986-10-01|1; 1987年（丁卯）||1987-01-22|1; 1987年（丁卯）||1987-01-29|1; 1987年（丁卯）||1987-05-04|1; 1987年（丁卯）||1987-10-07|1", ""},
		// A year heading that names the year by the cycle, the common
		// era's after it (## 丁卯年（1987年）, ## 戊辰年（公元1988年）): the
		// year's section (丁卯年（1987年） had been an entry's title, its
		// event dated 1986 from the heading above).
		{"rt-td-ganzhi-heading.md", "宁川县大事记|0|0||",
			"1986年（丙寅）||1986-03-05|1; 1986年（丙寅）||1986-10-01|1; 丁卯年（1987年）||1987-05-04|1; 戊辰年（公元1988年）||1988-06-01|1", ""},
		// The Republic's years before a date (民国38年十月一日, 民國三十八年十月十日,
		// 民国三十八年（1949年）十二月五日): 1949's days, each its own event
		// (they had been undated, the three one event).
		{"rt-td-era-dates.md", "宁川县大事记（1912—1949）|0|0||",
			"民國元年（1912年）||1912-01|1; 民國三十八年（1949年）||1949-05|1; 民國三十八年（1949年）||1949-10-01|1; 民國三十八年（1949年）||1949-10-10|1; 民國三十八年（1949年）||1949-12-05|1", ""},
		// A yearbook's 条目 whose paragraphs are each one line set in by
		// ideographic spaces: a number over such a line is not joined to
		// the number under it (…合格率100% / 　　2022年，…, 面积：1256 /
		// 　　2021年末…), nor a sentence that ended to a line under it
		// (…26人。 / 　　传真：0375-7654321), whatever width the wrap seems
		// to have (they had read 100%2022年 and …26人。传真：…).
		{"rt-td-yb-indent-numbers.md", "宁川年鉴（2023）|2023|0||",
			"宁川县统计局|概况||3; 宁川县统计局|统计调查||4", ""},
		// A chronicle's dates with letters OCR read for digits (1l月3日,
		// l1月5日, 11月1O日, 2O23年3月8日, 2023年1l月20日): read as the digits,
		// each its own event, with a warning at each (they had been
		// undated, run into the event above, the last two not warned).
		{"rt-td-ocr-days.md", "宁川县大事记|0|0||",
			"2023年||2023-01-05|1; 2023年||2023-03-08|1; 十一月||2023-11-03|1; 十一月||2023-11-05|1; 十一月||2023-11-10|1; 十一月||2023-11-20|1; 十一月||2023-11-28|1", "7,11,13,15,17"},
		// A contents page whose pages OCR read with letters (……l, ……l1,
		// ……（l2）): pages 1, 11 and 12, with a warning at each (the whole
		// contents had been read as untitled body text, without a warning).
		{"rt-td-ocr-toc-page.md", "宁川月报|2023|11||",
			"工作动态|县史志办召开县志评审会|2023-11-03|1; 工作动态|石桥乡召开村志编纂推进会|2023-11-21|1; 工作动态|县档案馆开展地情资料征集|2023-11-25|1", "7,8,9"},
		// A cover whose numbers OCR read with letters (2O23年第1O期（总第2l5期）):
		// 2023, number 10, with a warning (it had been untitled text, the
		// issue's year and number unknown).
		{"rt-td-ocr-cover.md", "宁川月报|2023|10|宁川县地方史志办公室|",
			"工作动态|县史志办召开县志评审会|2023-10-03|1; 工作动态|石桥乡召开村志编纂推进会|2023-10-21|1", "3"},
		// 號 after a day (11月3號), 号 in traditional characters: the day
		// (it had been a date that cannot be read, with a warning).
		{"rt-td-trad-hao.md", "寧川縣2023年大事記|0|0||",
			"十一月||2023-11-03|1; 十一月||2023-11-05|1; 十一月||2023-11-10|1", ""},
		// A contents heading over a line not understood (……（S）, S for 5):
		// the lines under it left to the body as untitled text, with a
		// warning at the heading (there had been none: the contents were
		// lost without a word).
		{"rt-td-toc-unread.md", "宁川月报|2023|11||",
			"|||2; 工作动态|县史志办召开县志评审会|2023-11-03|1; 工作动态|石桥乡召开村志编纂推进会|2023-11-21|1; 工作动态|县档案馆开展地情资料征集|2023-11-25|1", "5"},
	} {
		checkRedTeam(t, c)
	}
}
