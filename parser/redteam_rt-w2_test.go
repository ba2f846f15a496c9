package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamWholeChronicleForms holds the forms a city's year chronicle
// (《宁川市2023年大事记》, as MinerU and as Word→pandoc give it) read wrong,
// each cut down from the whole copies (testdata/rt-w2-*.md).
func TestRedTeamWholeChronicleForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// The month of printing under the compiler (2024年3月, past the
		// year the title names): the publication date, not a year heading
		// (the chronicle's every event had been dated 2024, silently), and
		// its December is 2023's (read as the month of an issue, 3, the
		// month of printing had put October to December in 2022).
		{"rt-w2-print-month.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|2024-03",
			"|编辑说明||2; 1月||2023-01-01|1; 1月||2023-01-16|1; 2月||2023-02-01|1; 2月||2023-02|1; 12月||2023-12-05|1", ""},
		// An event of the December before told under 一月 (2022年12月31日 …):
		// the bare days after it are January's (they had been December's,
		// and under 二月 silently).
		{"rt-w2-last-december.md", "宁川市2023年大事记|0|0||",
			"一月||2022-12-31|1; 一月||2023-01-01|1; 一月||2023-01-01|1; 一月||2023-01-02|1; 一月||2023-01-03|1; 二月||2022-12-28|1; 二月||2023-02-02|1", ""},
		// A photo's caption under its image, MinerU's paragraph that ends
		// no sentence (…开幕（摄影 王 平）), over the next day's line: two
		// events (4—7日 … had been run into the caption, silently); the
		// sentence a page cut before its date (…定于 / 15日起施行。) is still one event.
		{"rt-w2-caption-event.md", "宁川市2023年大事记|0|0||",
			"一月||2023-01-03|1; 一月||2023-01-04|1; 一月||2023-01-04..2023-01-07|1; 一月||2023-01-10|1", ""},
		// A 附：…名单 as Word sets it and pandoc keeps it, names a tab apart
		// and a line break (a backslash) after each row: a paragraph a row, no
		// warning (the rows had been run together, 孙志强李卫东, and the
		// last into the next day's event, 彭　涛12日…, silently; in a longer
		// copy each row had been warned of as a title).
		{"rt-w2-names-tabs.md", "宁川市2023年大事记|0|0||",
			"5月||2023-05-01|5; 5月||2023-05-12|1; 5月||2023-05|1", ""},
		// marker's copy: the day in bold, **△** too, which is the mark
		// of another event the same day (it had been an undated entry
		// titled △, silently); its page separators ({1}-----) are markup.
		{"rt-w2-marker.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|",
			"一月||2023-01-01|1; 一月||2023-01-02|1; 一月||2023-01-03..2023-01-05|1; 一月||2023-01-04|1; 一月||2023-01-04|1; 一月||2023-01-04|1; 一月|10日|2023-01-10|4; 一月||2023-01|1; 二月||2023-02-01|1; 二月||2023-02|1; 二月||2023-02|1", ""},
		// Holidays that begin their event after a tab (国庆假期<TAB>…) or
		// name the pair (中秋、国庆“双节”期间): events of their own (each had
		// been a paragraph of the event above, silently); the pair is of
		// September in 2023, and no step back from 10月1日 to warn of (a
		// month's event may be of its last day); the bare 8日 after it is
		// October's, the heading's.
		{"rt-w2-holiday-month.md", "宁川市2023年大事记|0|0||",
			"10月||2023-10-01|1; 10月||2023-09|1; 10月||2023-10-08|1; 10月||2023-10-08|1; 10月||2023-10|1; 10月||2023-10-01|1; 10月||2023-10-09|1", ""},
		// MinerU's formulas for what it took for mathematics at a day
		// line's start ($\triangle$ …, $3 \sim 5$ 日 …): the same day's
		// event and a range of days (each had been a paragraph of the
		// event above, silently). The text keeps them as printed.
		{"rt-w2-mineru-latex.md", "宁川市2023年大事记|0|0||",
			"一月||2023-01-01|1; 一月||2023-01-01|1; 一月||2023-01-01|1; 一月||2023-01-03..2023-01-05|1; 一月||2023-01-10|1", ""},
		// The December before named as 上年 or 去年 under 一月 (上年12月31日 …,
		// 去年12月 …): events of 2022 (the first had been undated, the
		// second a paragraph of the 1日 event, silently), the bare 3日
		// after them January's.
		{"rt-w2-last-year.md", "宁川市2023年大事记|0|0||",
			"一月||2022-12-31|1; 一月||2023-01-01|1; 一月||2022-12|1; 一月||2023-01-03|1; 二月||2023-02-01|1", ""},
		// A month's events as a table whose date cells hold the day alone
		// (| 3—5日 | … |), MinerU's <table> and a Word table's: an event a
		// row, of the heading's month (each month had been one undated
		// entry, silently).
		{"rt-w2-table-days.md", "宁川市2023年大事记|0|0||",
			"一月||2023-01-01|1; 一月||2023-01-03..2023-01-05|1; 一月||2023-01-10|1; 二月||2023-02-01|1; 二月||2023-02-20|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamBackCoverHeadings: a chronicle's back cover as MinerU sets
// it, every line a heading (# 宁川市地方史志办公室 / # 地址：… 邮编：… /
// # 电话：…), is its masthead, the body ending above it (the lines had
// been two sections and an entry after the last event, silently).
func TestRedTeamBackCoverHeadings(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-back-cover.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|",
		"十二月||2023-12-05|1; 十二月||2023-12-29|1; 十二月||2023|2", ""})
	got := fmt.Sprint(iss.Masthead)
	if want := "[{ 宁川市地方史志办公室} {地址 宁川市新城区行政中心3号楼} {邮编 463000} {电话 0396-3812345}]"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamMonthPages: a chronicle's contents that list its months with
// their pages (二月……3), in a copy that kept one page number of three
// (·1·, as MinerU keeps a few): February's events are on page 3 at least,
// March's on 4 (they had been on page 2, the page after the last number
// kept, silently).
func TestRedTeamMonthPages(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-month-pages.md", "宁川市2023年大事记|0|0||",
		"一月||2023-01-01|1; 一月||2023-01-10|1; 一月||2023-01-16|1; 二月||2023-02-01|1; 二月||2023-02-20|1; 三月||2023-03-01|1", ""})
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprint(e.Page))
		}
	}
	if g, want := strings.Join(got, " "), "1 1 2 3 3 4"; g != want {
		t.Errorf("pages %s, want %s", g, want)
	}
}

// TestRedTeamPandocWrap: the Word copy through pandoc's default wrap at
// 72 columns, which breaks a long event at the only space it has, the
// docx's tab after its date: the date alone over its text. A December
// under 1月 is the December before (it had been the year's own, and the
// bare days after it December's); a full date alone (2023年1月16日) begins
// its event (it had been a paragraph of its own, a notice's signature);
// 是月 and △ alone over their text are events of their own (是月 had run
// into the event above, silently).
func TestRedTeamPandocWrap(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-pandoc-wrap.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|",
		"1月||2022-12-31|1; 1月||2023-01-01|1; 1月||2023-01-01|1; 1月||2023-01-16|1; 1月||2023-01|1; 1月||2023-01|1; 2月||2023-02-01|1; 2月||2023-02|1", ""})
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, string([]rune(e.Paragraphs[0].Text)[:6]))
		}
	}
	if g, want := strings.Join(got, "|"), "12月31日|1日 市委、|△ 宁川市新|2023年1|是月 全市开|本月 宁川市|2月1日 宁|下旬 全市各"; g != want {
		t.Errorf("events begin %s, want %s", g, want)
	}
}

// wholeSample is entry ei of section si of iss as
// page|date|precision|paragraphs|its first 8 characters (the title when it
// has one).
func wholeSample(iss *model.Issue, si, ei int) string {
	if si >= len(iss.Sections) || ei >= len(iss.Sections[si].Entries) {
		return "none"
	}
	e := iss.Sections[si].Entries[ei]
	head := e.Title
	if head == "" && len(e.Paragraphs) > 0 {
		head = string([]rune(e.Paragraphs[0].Text)[:min(8, len([]rune(e.Paragraphs[0].Text)))])
	}
	return fmt.Sprintf("%d|%s|%s|%d|%s", e.Page, e.Date, e.Date.Start.Precision(), len(e.Paragraphs), head)
}

// TestRedTeamWholeChronicle is the acceptance test of the two whole
// copies of 《宁川市2023年大事记》 (testdata/rt-w2-whole-*.md): the outline
// checked by hand — the cover, the sections and their events' counts, a
// sample of events (page, date and precision, paragraphs), the masthead of
// the back cover and the warnings.
func TestRedTeamWholeChronicle(t *testing.T) {
	type sample struct {
		si, ei int
		want   string
	}
	for _, c := range []struct {
		file, cover, sections string
		samples               []sample
		masthead, warns       string
	}{
		// MinerU: # for every heading, a contents of months with pages,
		// an image and its caption, page numbers and running heads left
		// in, an HTML table, a names list, a note, the back cover.
		{"rt-w2-whole-mineru.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|2024-03",
			":1; 一月:15; 二月:7; 三月:7; 四月:5; 五月:3; 六月:2; 七月:2; 八月:2; 九月:2; 十月:2; 十一月:2; 十二月:3",
			[]sample{
				{0, 0, "0|||4|编辑说明"},
				{1, 0, "1|2022-12-31|day|1|2022年12月"},
				{1, 1, "1|2023-01-01|day|1|1日 市委、市政"},
				{1, 2, "1|2023-01-01|day|1|△ 宁川市新版《"},
				{1, 5, "1|2023-01-03..2023-01-05|day|1|3—5日 政协宁"},
				{1, 6, "1|2023-01-03|day|1|同日 市人大常委"},
				{1, 7, "1|2023-01-04|day|1|1月4日，宁川市"},
				{1, 8, "1|2023-01-04..2023-01-07|day|1|4—7日 宁川市"},
				{1, 9, "1|2023-01-10|day|1|10日 市委、市"},
				{1, 10, "2|2023-01-12|day|1|12日 市委召开"},
				{1, 13, "2|2023-01|month|1|是月 全市开展“"},
				{1, 14, "2|2023-01|month|1|本月 宁川市被省"},
				{2, 1, "3|2023-02-05|day|1|5日（元宵节） "},
				{2, 6, "3|2023-02|month|6|2月下旬 全市各"},
				{3, 6, "4|2023-03|month|1|下旬 全市开展春"},
				{4, 2, "5|2023-04-11|day|1|11日 宁川市人"},
				{4, 3, "6|2023-04-18|day|1|18日 市委理论"},
				{5, 0, "6|2023-05-01|day|3|5月1日 宁川市"},
				{7, 1, "8|2023-07-28..2023-08-02|day|1|28日至8月2日"},
				{10, 0, "11|2023-10-01|day|1|1日 全市各界群"},
				{12, 1, "13|2023-12-29|day|1|29日 宁川市城"},
				{12, 2, "13|2023|year|2|是年 全市地区生"},
			},
			"[{ 宁川市地方史志办公室} {地址 宁川市新城区行政中心3号楼} {邮编 463000} {电话 0396-3812345}]",
			"7"},
		// Word through pandoc: bold months, a tab after each date, hard
		// breaks, a simple table, a names list set by tabs, footnotes.
		{"rt-w2-whole-pandoc.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|2024-03",
			":1; 1月:13; 2月:5; 3月:4; 4月:3; 5月:3; 6月:2; 7月:2; 8月:2; 9月:2; 10月:2; 11月:2; 12月:3",
			[]sample{
				{0, 0, "0|||3|编辑说明"},
				{1, 0, "0|2022-12-31|day|1|2022年12月"},
				{1, 1, "0|2023-01-01|day|1|1日\t市委、市政"},
				{1, 7, "0|2023-01-04..2023-01-07|day|2|4—7日\t宁川市"},
				{1, 8, "0|2023-01-10|day|2|10日 市委、市"},
				{1, 11, "0|2023-01|month|1|是月\t全市开展“"},
				{2, 3, "0|2023-02-20|day|5|20日\t宁川市2"},
				{5, 0, "0|2023-05-01|day|5|5月1日\t宁川市"},
				{5, 2, "0|2023-05|month|1|5月中旬\t全市小"},
				{7, 1, "0|2023-07-28..2023-08-02|day|2|28日至8月2日"},
				{11, 1, "0|2023-11-08|day|1|△\t市政府召开全"},
				{12, 0, "0|2023-12-05|day|1|5日\t市委召开十"},
				{12, 2, "0|2023|year|2|是年\t全市地区生"},
			},
			"[]", ""},
		// A January report as MinerU gives it, whose 大事记 is December's:
		// its events on the page the contents give 十二月大事记 (they had
		// been on page 3, after the one number the copy kept, ·2·).
		{"rt-w2-whole-report.md", "宁川史志|2024|1|宁川市地方史志办公室|2024-01-15",
			"工作动态:3; 县区动态:2; 大事记:0; 十二月大事记:14",
			[]sample{
				{0, 0, "1|2024-01-09|day|4|市史志办召开2024年全市史志工作会议"},
				{0, 2, "3|2024-01-12|day|1|市史志办开展“方志进校园”活动"},
				{1, 1, "4|2024-01-10|day|1|石桥区史志办完成村志编纂业务培训"},
				{3, 0, "5|2023-12-01|day|1|1日 市委书记周"},
				{3, 2, "5|2023-12-03..2023-12-05|day|1|3—5日 市政协"},
				{3, 3, "5|2023-12-06|day|1|6日 市政府召开"},
				{3, 5, "5|2023-12-06|day|1|△ 宁川市第三届"},
				{3, 7, "5|2023-12|month|1|中旬 全市开展冬"},
				{3, 12, "5|2023-12-31|day|1|31日 宁川市举"},
				{3, 13, "5|2023-12|month|2|是月 全市完成冬"},
			},
			"[{主编 李文华} {责任编辑 赵春燕} {地址 宁川市新城区行政中心3号楼} {电话 0396-3812345}]", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss, err := Parse(readFixture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("%s|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Compiler, iss.Published); got != c.cover {
				t.Errorf("cover %s, want %s", got, c.cover)
			}
			var secs []string
			for _, s := range iss.Sections {
				secs = append(secs, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
			}
			if got := strings.Join(secs, "; "); got != c.sections {
				t.Errorf("sections\n got  %s\n want %s", got, c.sections)
			}
			for _, s := range c.samples {
				if got := wholeSample(iss, s.si, s.ei); got != s.want {
					t.Errorf("entry %d.%d: %q, want %q", s.si, s.ei, got, s.want)
				}
			}
			if got := fmt.Sprint(iss.Masthead); got != c.masthead {
				t.Errorf("masthead %s, want %s", got, c.masthead)
			}
			var warns []string
			for _, w := range iss.Warnings {
				warns = append(warns, fmt.Sprint(w.Line))
			}
			if got := strings.Join(warns, ","); got != c.warns {
				t.Errorf("warnings on lines %q, want %q:%s", got, c.warns, warningsText(iss.Warnings))
			}
			text, _, _, _ := decode(readFixture(t, c.file))
			checkLossless(t, c.file, text)
		})
	}
}

// TestRedTeamPrintingMonth: a chronicle's month of printing on its cover
// in the forms offices print it, as MinerU sets it (a heading) right over
// the first month's: the publication date (二〇二四年三月 had been a year
// heading, every event dated 2024, silently; 2024年3月出版 and 2024.3 an
// empty section).
func TestRedTeamPrintingMonth(t *testing.T) {
	src := string(readFixture(t, "rt-w2-print-month-cn.md"))
	for _, form := range []string{"二〇二四年三月", "2024年3月", "2024年3月出版", "2024年3月印刷", "2024.3"} {
		iss, err := Parse([]byte(strings.Replace(src, "# 二〇二四年三月", "# "+form, 1)))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, s.Name+"|"+e.Date.String())
			}
		}
		if g, want := iss.Published.String()+"; "+strings.Join(got, "; "), "2024-03; 一月|2023-01-01; 一月|2023-01-16; 十二月|2023-12-05; 十二月|2023"; g != want {
			t.Errorf("%s:\n got  %s\n want %s", form, g, want)
		}
	}
	checkRedTeam(t, redTeamCase{"rt-w2-print-month-cn.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|2024-03",
		"一月||2023-01-01|1; 一月||2023-01-16|1; 十二月||2023-12-05|1; 十二月||2023|1", ""})
}
