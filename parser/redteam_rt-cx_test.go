package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestRedTeamChronConverted holds county chronicles (大事记) as PDF
// converters and other offices leave them: running heads, hard wraps,
// year headings as older books print them (testdata/rt-cx-*.md).
func TestRedTeamChronConverted(t *testing.T) {
	for _, c := range []redTeamCase{
		// 公历5月4日（农历三月十九） …, 阳历6月1日，…: the calendar named
		// before the day (each had run into the event above, the last one
		// undated, silently).
		{"rt-cx-gongli.md", "宁川县大事记（1988—1989）|0|0||",
			"1988年||1988-01-05|1; 1988年||1988-05-04|1; 1988年||1988-06-01|1; 1989年||1989-02-06|1", ""},
		// An era's year alone before the event's text (民国三十八年，…,
		// 民國三十八年，… in traditional characters): an event of 1949 of
		// its own (it had run into the fire of 1948 above it, silently).
		{"rt-cx-era-year.md", "宁川县大事记（1937—1950）|0|0||",
			"1937年||1937-07|1; 1937年||1937|1; 1948年||1948-03-05|1; 1948年||1949|1; 1948年||1949|1; 1948年||1949|1; 1948年||1949-10-01|1; 1950年||1950-01-03|1", ""},
		// An era's year alone (清光绪二十六年，…, 民国元年，…, 民国卅八年，…)
		// or with a season (民國三十七年冬，…, 民国三十七年秋冬，…) under a
		// period heading: events of their own, of that year, and 同年 that
		// of the one above (they had run together, undated, and 同年 was
		// warned as a date not read). A reign's day is the lunar
		// calendar's: 宣统三年八月十九日 is 1911-10-10 (it had been read as
		// 1911-08-19, the months as the common calendar's).
		{"rt-cx-era-lead.md", "宁川县大事记（1900—1950）|0|0||",
			"清代||1900|1; 清代||1911-10-10|1; 中华民国||1912|1; 中华民国||1948|1; 中华民国||1948|1; 中华民国||1948|1; 中华民国||1949|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamChronBookHeads holds a gazetteer's chronicle chapter whose
// two running heads alternate (the chapter's on odd pages, the book's with
// its years on even ones), through pdftotext -layout and plain, with form
// feeds or none, and through marker, as headings or paragraphs
// (testdata/rt-cx-*.md).
func TestRedTeamChronBookHeads(t *testing.T) {
	for _, c := range []redTeamCase{
		// 宁川县志（1986—2005） atop page 124 is furniture: it had run into
		// the flood of 5月4日 above it, silently.
		{"rt-cx-layout-two-heads.md", "宁川县志·大事记|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-05-04|1; 1986年||1986-08-15|1; 1987年||1987-02-03|1; 1987年||1987-05-04|1; 1987年||1987-06-20|1", ""},
		// Without -layout the head took the year heading under it along
		// (宁川县志（1986—2005）1987年, a paragraph of 8月15日): 1987's events
		// were of 1986, warned only at the first.
		{"rt-cx-plain-two-heads.md", "宁川县志·大事记|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-05-04|1; 1986年||1986-08-15|1; 1987年||1987-02-03|1; 1987年||1987-05-04|2; 1987年||1987-06-20|1; 1987年||1987-06-20|1; 1987年||1987-06-20|1; 1987年||1987-09-01|1; 1988年||1988-01-01|1", ""},
		// pdftotext with form feeds: the title 宁川县志·大事记 again atop
		// an odd page, after a form feed, where 宁川县志（1986—2005） heads
		// the even ones: a head, no next issue's cover (it had been a
		// section, warned as a title after the articles, and the △ under
		// it undated).
		{"rt-cx-ff-title-head.md", "宁川县志·大事记|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-05-04|1; 1986年||1986-05-04|1; 1987年||1987-02-03|1; 1988年||1988-01-01|1", ""},
		// marker's headings for the book's running heads inside the years
		// (# 宁川县志（1986—2005）, then # 宁川县志·大事记 again): furniture,
		// the year going on (they had been sections whose days were of no
		// year, warned, and the title a next issue's).
		{"rt-cx-marker-head-headings.md", "宁川县志·大事记|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-05-04|1; 1987年||1987-02-03|1; 1987年||1987-06-20|1; 1987年||1987-09-01|1", ""},
		// The same heads as plain paragraphs between the events, no page
		// mark left beside them: furniture (each had titled the event
		// under it, silently).
		{"rt-cx-plain-book-heads.md", "宁川县志·大事记|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-04-02|1; 1986年||1986-05-04|1; 1986年||1986-06-01|1; 1987年||1987-02-03|1; 1987年||1987-06-20|1; 1987年||1987-09-01|1", ""},
		// pdftotext -layout's heads with the page's number at the outer
		// corner, ·12·<gap>宁川县大事记 on even pages and 大事记（1986—1990）
		// <gap>·13· on odd ones, a part of the title: both furniture, the
		// odd pages 13 and 15 (the odd head had been a paragraph of the
		// event above it twice, and its pages the even ones', silently).
		{"rt-cx-odd-head-part.md", "宁川县大事记（1986—1990）|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1986年||1986-05-04|1; 1986年||1986-08-15|1; 1986年||1986-10-02|1; 1987年||1987-02-03|1; 1987年||1987-05-04|1; 1987年||1987-06-20|1; 1987年||1987-09-01|1; 1988年||1988-01-01|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if c.file == "rt-cx-odd-head-part.md" && !t.Failed() {
				var pages []string
				for _, s := range iss.Sections {
					for _, e := range s.Entries {
						pages = append(pages, fmt.Sprint(e.Page))
					}
				}
				if got, want := strings.Join(pages, ","), "0,0,0,12,12,13,13,14,14,15"; got != want {
					t.Errorf("pages %s, want %s", got, want)
				}
			}
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					for _, p := range e.Paragraphs {
						if strings.Contains(p.Text, "宁川县志") {
							t.Errorf("a running head in the text: %q", p.Text)
						}
					}
				}
			}
		})
	}
}

// TestRedTeamChronLooseYears holds year headings an older county
// chronicle prints without the century or by the cycle's name, and runs of
// years alone over text that prints no date (testdata/rt-cx-*.md).
func TestRedTeamChronLooseYears(t *testing.T) {
	for _, c := range []redTeamCase{
		// ## 85年, ## 86年, 八七年 alone, ## 戊辰年 (1988, the first so named
		// after 1987): year sections (the ## headings had been entries
		// titled 85年 over undated days, 八七年 a paragraph of 86年's
		// event, silently).
		{"rt-cx-short-years.md", "宁川县大事记（1985—1990）|0|0||",
			"85年||1985-03-04|1; 85年||1985-10-01|1; 86年||1986-05-04|1; 八七年||1987-02-03|1; 八七年||1987-06-20|1; 戊辰年||1988-01-01|1; 1989年||1989-03-12|1", ""},
		// pdftotext's plain lines, no blank lines: 九八年, 九九年, 〇〇年
		// (2000, after 1999) over their days (each had been a plain title
		// of an entry of undated days, silently).
		{"rt-cx-short-years-plain.md", "宁川县大事记|0|0||",
			"九八年||1998-03-04|1; 九八年||1998-10-01|1; 九九年||1999-05-04|1; 〇〇年||2000-02-03|1; 〇〇年||2000-06-20|1", ""},
		// A copy with no title, 八六年 its first line: year sections all
		// the same (they had titled entries of undated days, silently).
		{"rt-cx-short-years-untitled.md", "|0|0||",
			"八六年||1986-01-10|1; 八六年||1986-03-04|1; 八七年||1987-02-03|1", ""},
		// The same set off as offices set year headings: **86年**,
		// 八七年（丁卯）, 【八八年】, ◆八九年◆, **庚午年** (1990, after 1989): year
		// sections (they had been titles of entries of undated days, or
		// paragraphs of the one above, silently).
		{"rt-cx-short-years-marked.md", "宁川县大事记|0|0||",
			"86年||1986-12-01|1; 八七年（丁卯）||1987-03-04|1; 【八八年】||1988-01-01|1; 八九年||1989-05-04|1; 庚午年||1990-02-03|1", ""},
		// pdftotext's plain lines of a chronicle that sets its years large
		// without 年 (1985 / 3月4日 …), one in full-width figures with it:
		// year sections (each bare year had titled an entry of undated
		// days, and 1988's day was 1987's, silently).
		{"rt-cx-bare-years.md", "宁川县大事记（1985—1988）|0|0||",
			"1985||1985-03-04|1; 1985||1985-10-01|1; 1986||1986-05-04|1; １９８７年||1987-02-03|1; 1988||1988-01-01|1", ""},
		// ## 丙寅年 first, under a title of no years: which of every sixty
		// years it is nothing tells, and that is said (its days had been of
		// no year, silently, the headings titles of entries).
		{"rt-cx-cycle-unknown.md", "宁川县大事记|0|0||",
			"丙寅年||--03-04|1; 丁卯年||--02-03|1", "3,7"},
		// Years in full-width figures without 年, bold, plain and a
		// heading (**１９８５**, １９８６, ## １９８７): year sections (the
		// first had titled an entry of every undated day under it,
		// silently; the last was warned as no year).
		{"rt-cx-wide-years.md", "宁川县大事记（1985—1987）|0|0||",
			"１９８５||1985-12-01|1; １９８６||1986-03-04|1; １９８６||1986-05-04|1; １９８７||1987-02-03|1", ""},
		// Month headings in Roman numerals after one in Chinese (十月,
		// Ⅺ月, Ⅻ月): months of their own (each had been a line of the
		// event above, and its days October's, silently).
		{"rt-cx-roman-months.md", "宁川县大事记（1950）|0|0||",
			"十月||1950-10-01|1; Ⅺ月||1950-11-05|1; Ⅺ月||1950-11-20|1; Ⅻ月||1950-12-03|1", ""},
		// 11月(续) atop the page the month goes on on, half-width: a
		// heading, as 11月（续） is (it had been a line of 5日's event).
		{"rt-cx-continued-heads.md", "宁川县大事记（1986）|0|0||",
			"10月||1986-10-08|1; 11月||1986-11-05|1; 11月(续)||1986-11-20|1; 11月(续)||1986-11-28|1", ""},
		// pandoc's nested list of Word's outline, years over days: the
		// year's section named without the list's marker (it had been
		// "-   1986年" in the contents).
		{"rt-cx-list-years.md", "宁川县大事记（1986—1987）|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1987年||1987-02-03|1", ""},
		// Day lines that print a year in two figures (86年5月4日, 87.2.3,
		// 八八年一月五日): the year of the days after them, as 1986年5月4日
		// is (6月1日 had stayed in 1985, silently; 87.2.3 had been 2月3日 of
		// 1985, 87. taken for a point's number).
		{"rt-cx-short-year-days.md", "宁川县大事记（1985—1987）|0|0||",
			"1985年||1985-03-04|1; 1985年||1986-05-04|1; 1985年||1986-06-01|1; 1985年||1987-02-03|1; 1985年||1987-03-05|1; 1985年||1988-01-05|1; 1985年||1988-02-01|1", ""},
		// 1989—1990年 alone over its undated text, after a blank line or
		// none: an event of 1989..1990 of its own (each had been paragraphs
		// of the event above it, silently); 八十年代初 alone over text, an
		// undated event of its own.
		{"rt-cx-years-run.md", "宁川县大事记（1985—1992）|0|0||",
			"1988年||1988-01-01|1; 1988年||1989..1990|1; 1991年||1991-03-02|1; 1991年||1991..1992|1; 1991年|||1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamChronTableYears holds a chronicle set as a Word table whose
// rows give the year in a cell of its own or in the first row of each
// year only (testdata/rt-cx-table-*.md).
func TestRedTeamChronTableYears(t *testing.T) {
	for _, c := range []redTeamCase{
		// | 年份 | 日期 | 事项 |, the year's cell empty under the row that
		// gave it: each row the day's event of that year (the table had
		// been one undated entry, its header a row of it, silently).
		{"rt-cx-table-year-cell.md", "宁川县大事记（1986—1988）|0|0||",
			"||1986-01-10|1; ||1986-03-04|1; ||1987-02-03|1; ||1987-05-04|1; ||1988-01-01|1", ""},
		// | 1986年1月10日 | … then | 3月4日 | …: the year a row prints is
		// that of the rows under it, as a day line's is (they had been of
		// no year, warned).
		{"rt-cx-table-year-printed.md", "宁川县大事记（1986—1988）|0|0||",
			"||1986-01-10|1; ||1986-03-04|1; ||1987-02-03|1; ||1987-05-04|1; ||1988-01-01|1", ""},
		// pandoc's grid table of 年份 | 日期 | 事项 from Word, a cell
		// wrapped: each row the day's event of the year its row or one
		// above prints, the header row markup (the table had been one
		// undated entry, silently).
		{"rt-cx-grid-year-cell.md", "宁川县大事记（1986—1987）|0|0||",
			"||1986-01-10|1; ||1986-03-04|1; ||1987-02-03|1", ""},
		// pdftotext -layout's table of events, its header letter-spaced
		// (时 间<gap>大 事 纪 要): markup (it had been an undated event).
		{"rt-cx-layout-table-head.md", "宁川县大事记（1986—1987）|0|0||",
			"||1986-01-10|1; ||1986-03-04|1; ||1986-05-04|1; ||1987-02-03|1; ||1987-05-04|1", ""},
		// MinerU's <table>s of a chronicle, a row a line: the header row
		// (日期 | 事件, 月 | 日 | 事件) markup, and a date cut into cells
		// read as one, the month left empty under the row that gave it
		// (the first header had been a line of 1月10日's event; the second
		// table one undated entry of four paragraphs, silently).
		{"rt-cx-mineru-tables.md", "宁川县大事记（1986—1987）|0|0||",
			"1986年||1986-01-10|1; 1986年||1986-05-04|1; 1986年||1986-06-20|1; 1987年||1987-02-03|1; 1987年||1987-02-09|1; 1987年||1987-03-12|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}
