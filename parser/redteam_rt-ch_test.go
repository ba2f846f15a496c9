package parser

import "testing"

// TestRedTeamChronForms holds chronicles (大事记) in date forms and layouts
// that real offices and converters print (testdata/rt-ch-*.md).
func TestRedTeamChronForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// Items numbered (1. 1月3日，…, （1）2月3日), in a Markdown list
		// (- 3月1日 …, * **4月3日** …), a day in brackets and in bold: each
		// its own event. The bold days in a list (* **4月3日** …, a line
		// that seemed full before the ** of the next) had been one event
		// of two paragraphs' text, silently.
		{"rt-ch-list-items.md", "宁川县2023年大事记|0|0||",
			"一月||2023-01-03|1; 一月||2023-01-05|1; 二月||2023-02-03|1; 二月||2023-02-08|1; 三月||2023-03-01|1; 三月||2023-03-08|1; 四月||2023-04-03|1; 四月||2023-04-10|1; 五月||2023-05-04|1; 五月||2023-05-12|1; 五月||2023-05-20|1; 五月||2023-05-28|1", ""},
		// A range of days in figures (2022.12.12—12.14, 2023.11.20-22,
		// 2022.12.28—2023.1.3, 11.27—11.29, 12.4-6，…): each its event,
		// dated by the span (each had been read as no date, its line the
		// text of the event above, silently); 1.2-1.5 万亩 in the text
		// stays a number.
		{"rt-ch-figure-ranges.md", "宁川县大事记（2022—2023）|0|0||",
			"2022年||2022-12-05|1; 2022年||2022-12-12..2022-12-14|1; 2022年||2022-12-28..2023-01-03|1; 2023年||2023-01-10|1; 2023年||2023-11-01|1; 2023年||2023-11-20..2023-11-22|1; 2023年||2023-11-24|1; 2023年||2023-11-27..2023-11-29|1; 2023年||2023-12-04..2023-12-06|1; 2023年||2023-12-08|1", ""},
		// Decades as a county's chronicle sets its century (## 二十世纪八十年代,
		// ## 20世纪90年代): sections, their events dated by the years they
		// print (each decade had been the title of one entry that held all
		// its events as paragraphs, silently); a run of years as an event's
		// date (1991—1993年　…): 1991..1993 (had been text of the event
		// above). Under ## 1995—1999年 the first of the title's years
		// (1980年—1999年) is no year of 7月1日, which prints none: warned,
		// undated by year (had been 1980-07-01, silently).
		{"rt-ch-decades.md", "宁川县大事记（1980年—1999年）|0|0||",
			"二十世纪八十年代||1980-05-04|1; 二十世纪八十年代||1980-10-01|1; 二十世纪八十年代||1983|1; 20世纪90年代||1990-07-01|1; 20世纪90年代||1990-08-10|1; 20世纪90年代||1991..1993|1; 1995—1999年||--07-01|1; 1995—1999年||1996-03|1", "21"},
		// Runs of years and a decade as plain lines over their events
		// (1949—1952年, 上世纪六十年代): sections, as their headings are (each
		// had been an undated event, or text of the event above); runs of
		// years as events' dates (1955年至1956年，…, 1959—1961年，…).
		{"rt-ch-year-runs.txt", "宁川县大事记（1949—1966）|0|0||",
			"1949—1952年||1949-10-01|1; 1949—1952年||1950-03|1; 1953—1957年||1953-03|1; 1953—1957年||1955..1956|1; 1958—1965年||1958|1; 1958—1965年||1959..1961|1; 上世纪六十年代||1966-05|1", ""},
		// Parts of seasons (初春, 早春, 入夏, 盛夏, 入冬以来, 隆冬), two
		// seasons joined (春夏之交, 夏秋之交), 月内 and 岁末年初: each its own
		// event of the month (月内) or the year (the model has no season;
		// the text keeps it), in a copy without blank lines (each had been
		// text of the event above, or of an undated one, silently).
		{"rt-ch-seasons.txt", "宁川县1986年大事记|0|0||",
			"1月||1986-01-03|1; 1月||1986-01|1; 1月||1986-01|1; 3月||1986|1; 3月||1986|1; 3月||1986|1; 6月||1986|1; 6月||1986|1; 6月||1986|1; 12月||1986|1; 12月||1986|1; 12月||1986|1; 12月||1986|1", ""},
		// So too with blank lines, under years (深秋，…, 秋冬之交, 春夏间,
		// 晚秋，…, 年末岁初): had been paragraphs of the event above.
		{"rt-ch-seasons.md", "宁川县大事记（1937—1949）|0|0||",
			"1937年||1937-07|1; 1937年||1937|1; 1937年||1937|1; 1946年||1946|1; 1946年||1946|1; 1946年||1946|1", ""},
		// Parts of the year and the month alone on their lines over days'
		// events (第一季度, 下半年, 上旬): sections within the year or month
		// above, their days keeping its year (each had been the title of
		// its first event, which held the next days as paragraphs, or an
		// event of no text, 上旬, silently). 下旬 alone over text that
		// prints no date is that event's date (had been text of the event
		// above).
		{"rt-ch-part-lines.txt", "宁川县2023年大事记|0|0||",
			"第一季度||2023-01-03|1; 第一季度||2023-02-08|1; 第二季度||2023-04-10|1; 下半年||2023-07-01|1; 上旬||2023-11-03|1; 上旬||2023-11-06|1; 12月||2023-12-01|1; 12月||2023-12|1", ""},
		// So too as headings (### 上半年, #### 上旬) under years and months:
		// had been titles of the first event, the rest its paragraphs, and
		// 1月3日 dated by 上旬 alone (1990-01).
		{"rt-ch-part-heads.md", "宁川县大事记（1989—1990）|0|0||",
			"上半年||1989-03-08|1; 上半年||1989-05-04|1; 下半年||1989-09-08|1; 上旬||1990-01-03|1; 上旬||1990-01-05|1; 下旬||1990-01-25|1", ""},
		// Runs of months as headings (### 1—2月, ### 3月—6月, ## 1987年1—6月,
		// ## 1987年7月—12月) and a year's part (## 1988年上半年, ## 1988年第三季度):
		// sections of their year (the runs under a year had been titles of
		// their first events, holding the rest; under a year's own, the
		// days had no year, silently: --02-01).
		{"rt-ch-run-heads.md", "宁川县大事记（1986—1988）|0|0||",
			"1—2月||1986-01-03|1; 1—2月||1986-02-08|1; 3月—6月||1986-03-04|1; 3月—6月||1986-06-01|1; 1987年1—6月||1987-02-01|1; 1987年7月—12月||1987-08-01|1; 1988年上半年||1988-03-01|1; 1988年第三季度||1988-08-15|1", ""},
		// A heading at the years' level that is no year (## 补遗, ## 待考):
		// a section of the chronicle, its days each an event (each had been
		// the title of an entry under 1987年 that held the next day as a
		// paragraph and took 1987 for 3月5日, silently); a day under it that
		// prints no year, in a chronicle of years, is warned.
		{"rt-ch-no-year.md", "宁川县大事记（1986—1987）|0|0||",
			"1986年||1986-01-03|1; 1986年||1986-05-04|1; 1987年||1987-02-01|1; 补遗||1986-06-08|1; 补遗||1986-07-01|1; 待考||--03-05|1", "21"},
		// 元月中旬 and 除夕夜: events of their own, January and 除夕's day
		// (each had been text of the event above, silently); a range
		// with a time of day (1月20日晚至21日凌晨, 1月22日下午至24日) or into
		// the next year (12月28日—翌年1月5日) spans its days (had been its
		// first day); lunar dates beside solar ones as before.
		{"rt-ch-lunar-times.md", "宁川县1986年大事记|0|0||",
			"一月||1986-01|1; 一月||1986-01|1; 一月||1986-01-20..1986-01-21|1; 一月||1986-01-22..1986-01-24|1; 一月||1986-02-08|1; 二月||1986-02-09|1; 二月||1986-02-10|1; 二月||1986-02-13|1; 十二月||1986-12..1987-01|1; 十二月||1986-12-28..1987-01-05|1", ""},
		// A day in round brackets before its text (（1月5日）县政府…,
		// (1月12日) 县…): an event, as in square ones (each had been text
		// of the event above, silently); a tab, a dash, a slash or a bar
		// after the day, and 1.20 in figures, as before.
		{"rt-ch-paren-date.md", "宁川县1986年大事记|0|0||",
			"一月||1986-01-03|1; 一月||1986-01-05|1; 一月||1986-01-08|1; 一月||1986-01-10|1; 一月||1986-01-12|1; 一月||1986-01-15|1; 一月||1986-01-18|1; 一月||1986-01-20|1; 一月||1986-01-25|1", ""},
		// A chronicle's year in its title in figures alone (宁川县大事记
		// （2023）): its events' year (they had none, silently: --01-03).
		{"rt-ch-title-year.md", "宁川县大事记（2023）|0|0||",
			"一月||2023-01-03|1; 一月||2023-01|1; 十二月||2023-12-08|1; 十二月||2023-12-28..2024-01-02|1", ""},
		// A title's run of years (1990—2009) over month headings and days
		// that print no year until 1990年2月8日: the first is warned, as
		// its year is not known (it had none, silently).
		{"rt-ch-title-span.md", "宁川县大事记（1990—2009）|0|0||",
			"一月||--01-03|1; 二月||1990-02-08|1; 二月||1990-02-20|1", "5"},
		// Days of the week after dates of each form; 2023.11.03（周五）县…,
		// a date in figures with the day in brackets run into the text,
		// had been text of the event above, silently.
		{"rt-ch-weekdays.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-01|1; ||2023-11-02|1; ||2023-11-03|1; ||2023-11-06|1; ||2023-11-08|1; ||2023-11-10|1", ""},
		// Days in bold and in brackets of each form: 〖1月5日〗 (had been
		// text of the event above), an event bold whole (**1月15日　…。**:
		// had been a title over no text) and a bold part of a month
		// (**1月下旬**　…: had been an undated entry titled 1月下旬).
		{"rt-ch-bold-brackets.md", "宁川县2023年大事记|0|0||",
			"一月||2023-01-03|1; 一月||2023-01-05|1; 一月||2023-01-08|1; 一月||2023-01-10|1; 一月||2023-01-12|1; 一月||2023-01-15|1; 一月||2023-01-18|1; 一月||2023-01-20|1; 一月||2023-01-22..2023-01-25|1; 一月||2023-01|1", ""},
		// Month headings as offices set them (一　月, 2 月, 三月份大事, 【四月】,
		// 五月大事记, 2023年6月) read as before; 七、八月, two months, had been
		// the section 八月 numbered 七, silently.
		{"rt-ch-month-heads.md", "宁川县2023年大事记|0|0||",
			"一月||2023-01-03|1; 2 月||2023-02-08|1; 三月份大事||2023-03-05|1; 【四月】||2023-04-05|1; 五月大事记||2023-05-04|1; 2023年6月||2023-06-01|1; 七、八月||2023-07-01|1; 七、八月||2023-08-01|1", ""},
		{"rt-ch-month-pair.txt", "宁川县2023年大事记|0|0||",
			"六月||2023-06-01|1; 七、八月||2023-07-01|1; 七、八月||2023-08-01|1; 九月||2023-09-10|1", ""},
		// A report's chronicles named with their month after the name
		// (## 大事记 2023.11) or in brackets (## 本月大事（12月）): their bare
		// days are of that month (had been the January issue's own, 2024-01-01,
		// silently).
		{"rt-ch-report-months.md", "宁川史志|2024|1|宁川县地方史志办公室|",
			"工作动态|县志办召开志书评审会|2024-01-05|1; 大事记 2023.11||2023-11-01|1; 大事记 2023.11||2023-11-08|1; 本月大事（12月）||2023-12-01|1; 本月大事（12月）||2023-12|1; 大事记（2023年10月1日—31日）||2023-10-10|1", ""},
		// A yearbook's 大事记: 初春　… set off by its wide space is an event
		// of the 条目 above, as 下旬　… is (it had been an undated 条目
		// titled 初春).
		{"rt-ch-yearbook-season.md", "宁川年鉴（2023）|2023|0||",
			"1月|县委全会|2022-01-03|1; 1月|春节慰问|2022-01-20|3; 1月|政协会议|2022-02-08|1", ""},
		// Hard-wrapped, without blank lines: a run of years and a decade
		// over their events, seasons' parts (初春, 春夏之交, 入冬以来) and
		// a run of years as events, each its own (all had been text of
		// two events, silently); 春夏之交 after 1959—1961年 is of 1959, the
		// run's first year, not 1958.
		{"rt-ch-wrapped-periods.txt", "宁川县大事记（1958—1961）|0|0||",
			"1958—1960年||1958-03|1; 1958—1960年||1958|1; 1958—1960年||1959..1961|1; 1958—1960年||1959|1; 二十世纪六十年代||1961-05|1; 二十世纪六十年代||1961|1", ""},
		// An older chronicle's lunar month headings (### 正月, ### 闰五月):
		// sections, their days by the month's number as an era's 三月 is (each
		// had been an event's title, 十二日 under 闰五月 taking 三月's month,
		// 1895-03-12, silently); a lunar day with no month (初五) cannot be
		// placed without the month's leap and year: warned.
		{"rt-ch-lunar-months.md", "宁川县大事记（1895—1911）|0|0||",
			"正月|||1; 三月||1895-03-12|1; 闰五月||1895-05-12|1; 宣统三年（1911年）||1911-08|1; 宣统三年（1911年）||1911|1", "7"},
		// A heading of months into the next year (## 1986年12月—1987年1月):
		// its December of 1986, its January of 1987 (both had no year,
		// silently).
		{"rt-ch-winter-head.md", "宁川县大事记（1986—1987）|0|0||",
			"1986年||1986-05-04|1; 1986年12月—1987年1月||1986-12-08|1; 1986年12月—1987年1月||1987-01-05|1; 1987年||1987-03-01|1", ""},
		// Runs to the year's end (3月至年底　…: had been text of the event
		// above, silently; 7月1日至年底，…: had been 7月1日 alone) and the
		// other runs of months and parts, as before.
		{"rt-ch-to-year-end.md", "宁川县1986年大事记|0|0||",
			"||1986-01..1986-02|1; ||1986-02|1; ||1986-03..1986-12|1; ||1986-04..1986-06|1; ||1986-07-01..1986-12-31|1; ||1986-08..1986-10|1; ||1986-11..1986-12|1", ""},
		// An ordered list's items with the day in bold (1. **1月3日**　…): each
		// an untitled event (each had been an entry titled 1., 2., and 3. …
		// the text of the second, silently).
		{"rt-ch-numbered-bold.md", "宁川县2023年大事记|0|0||",
			"一月||2023-01-03|1; 一月||2023-01-05|1; 一月||2023-01-08|1; 二月||2023-02-03|1; 二月||2023-02-08|1; 二月||2023-02-10|1", ""},
		// A year in four figures in bold or brackets alone over its events
		// (**1986**, 【1987】): the year's section (**1986** had been the
		// title of one undated entry holding 【1987】 and every event after
		// it as paragraphs, silently).
		{"rt-ch-marked-years.md", "宁川县大事记（1986—1988）|0|0||",
			"1986||1986-01-03|1; 1986||1986-05-04|1; 【1987】||1987-02-01|1; 1988||1988-03-01|1", ""},
		// A year and a holiday before the event (1987年春节前夕，…, 1987年国庆
		// 期间，…): the holiday's month of that year (the first had been an
		// undated event, the second text of the event above, silently).
		{"rt-ch-year-holiday.md", "宁川县大事记（1986—1987）|0|0||",
			"1986年||1986-01-03|1; 1987年||1987-01|1; 1987年||1987-02-01|1; 1987年||1987-03|1; 1987年||1987-10|1; 1987年||1987|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// The title's year after the name, 宁川县大事记·1986 and 宁川县大事记 2023,
// dates its days as 宁川县大事记（2023） does; not a title with another
// number (第3辑) or two years.
func TestRedTeamChronTitleYear(t *testing.T) {
	for _, c := range []struct {
		title string
		want  int
	}{
		{"宁川县大事记·1986", 1986},
		{"宁川县大事记 2023", 2023},
		{"宁川县大事记（2023）", 2023},
		{"宁川县大事记（1990—2009）", 0},
		{"宁川县第3辑大事记", 0},
	} {
		src := "# " + c.title + "\n\n## 一月\n\n1月3日　县委召开常委扩大会议。\n"
		iss, err := Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(iss.Sections) == 0 || len(iss.Sections[len(iss.Sections)-1].Entries) != 1 {
			t.Fatalf("%s: sections %+v", c.title, iss.Sections)
		}
		if got := iss.Sections[len(iss.Sections)-1].Entries[0].Date.Start.Year; int(got) != c.want {
			t.Errorf("%s: year %d, want %d", c.title, got, c.want)
		}
	}
}
