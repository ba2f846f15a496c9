package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w5Masthead is an issue's masthead as key=value|value.
func w5Masthead(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Masthead {
		if f.Key != "" {
			fs = append(fs, f.Key+"="+f.Value)
		} else {
			fs = append(fs, f.Value)
		}
	}
	return strings.Join(fs, "|")
}

// TestRedTeamBriefingEnd: the lines a work briefing ends with, whom it
// goes to (报：… / 送：… / 发：…) and how many were printed (本期印发120份),
// each a blank line apart under a rule, are the masthead's (they had been
// the last item's paragraphs, the print run run into 发：…, silently).
func TestRedTeamBriefingEnd(t *testing.T) {
	c := redTeamCase{"rt-w5-briefing-end.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
		"工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 简讯||2024-05-20|1; 简讯||2024-06-06|1", ""}
	iss := checkRedTeam(t, c)
	if got, want := w5Masthead(iss), "内部资料|注意保存|报=省地方志办公室，市委、市人大常委会、市政府、市政协领导|送=市委办公室、市政府办公室，市委宣传部|发=各县（市、区）史志办，市直各单位|本期印发120份"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamBriefingOCRForms holds the forms that the whole copies of a
// work briefing and of a scanned monthly report with its month's chronicle
// (testdata/rt-w5-whole-*.md) were read wrong by, each in a copy of its
// own (testdata/rt-w5-*.md).
func TestRedTeamBriefingOCRForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// OCR's △ from a scan: the Greek capital Δ or the increment sign
		// ∆ before an event's text, a space after it or none. Each is the
		// same day's event (each had been a paragraph of the event above,
		// silently).
		{"rt-w5-ocr-delta.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-02|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-14|1", ""},
		// OCR's 曰 for 日 in a relative day (同曰, 次曰, 翌曰), as it is read
		// in 5曰: the event above's day, or the day after it (each had been
		// a paragraph of the event above, silently).
		{"rt-w5-ocr-same-day.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-08|1; 宁川市2023年11月大事记||2023-11-09|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-12|1", ""},
		// A day alone with a letter for a digit (l6日, 2l日, 3O日), as OCR
		// reads a month's chronicle: that day, with a warning that says so,
		// as 1l月3日 is (each had been a paragraph of the event above,
		// silently).
		{"rt-w5-ocr-letter-day.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-14|1; 宁川市2023年11月大事记||2023-11-16|1; 宁川市2023年11月大事记||2023-11-18|1; 宁川市2023年11月大事记||2023-11-21|1; 宁川市2023年11月大事记||2023-11-22|1; 宁川市2023年11月大事记||2023-11-30|1", "29,33,37"},
		// A scanned report with no contents: its month's chronicle titled
		// under the column's name (大 事 记 / 宁川市2023年11月大事记 / 1日　…):
		// a section over its days, each day an event, as with contents (the
		// title had been an entry's, the days its paragraphs, undated but
		// the first, silently).
		{"rt-w5-ocr-chronicle-title.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 工作动态|《宁川年鉴（2023）》荣获全省一等奖|2023-11-15|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-02|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-05|1; 宁川市2023年11月大事记||2023-11-30|1; 方志文化|宁川老城的古井||1", ""},
		// An event set 10日　… (the day a wide space before its text) that a
		// column cut mid-sentence, the rest the next block (…计划 /
		// 2026年建成通车。, …组织 / 工作会议，…): one paragraph (each had been
		// two, the event's line read as a list's row, silently); an event
		// with no full stop over the next day's stays apart, and so does
		// a list's row under a closed one.
		{"rt-w5-ocr-column-break.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-14|1; 宁川市2023年11月大事记||2023-11-20|1; 宁川市2023年11月大事记||2023-11-21|2; 宁川市2023年11月大事记||2023-11-30|1", ""},
		// A briefing's editors' note under the rule under its cover
		// (**编者按：**今年以来，…): an entry before the first section (it had
		// been a field of the masthead, silently, as any key：value under a
		// rule on a cover is).
		{"rt-w5-briefing-note.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"|||1; 工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|1", ""},
		// A column of news in brief by its bold name (**工作简讯**,
		// **史志快讯**) over items marked and dated (△5月10日，…, ▲6月1日，…):
		// a section, each item an entry, as a plain 简讯 over them is (each
		// had been an entry of the section above, titled by the column's
		// name, its items its paragraphs, silently).
		{"rt-w5-briefing-news-column.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 经验交流|清河县“三个坚持”扎实推进村志编纂||2; 工作简讯||2024-05-10|1; 工作简讯||2024-05-20|1; 史志快讯||2024-06-01|1; 史志快讯||2024-06-06|1", ""},
		// A briefing's box of highlights (本期要目) listing titles numbered
		// 一、二、三、 and no pages, over bold columns and bold numbered
		// titles: the titles are the box's entries (each had been a section
		// of the contents, and so of the body: the articles sections, the
		// columns entries, warned as missing from the contents). The note
		// above it, **编者按：**…, keeps its label in its text, as 编者按：…
		// does (its title had been 编者按：).
		{"rt-w5-briefing-highlights.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"|||1; 工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|1; 县区传真|梅岭区：区志资料长编通过初审|2024-05-22|1; 经验交流|三、清河县“三个坚持”扎实推进村志编纂||2", ""},
		// A table as OCR gives it, each row its cells a wide space apart
		// and a blank line between rows (石桥村　　2021年　　　42), under its
		// caption, a picture's caption under it: a paragraph a row, the
		// caption over it the article's (the rows had been a section and an
		// entry, in a plain copy with no contents; with contents, run into
		// one paragraph with the caption under them).
		{"rt-w5-ocr-table-rows.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"县区传真|清河县村志编纂工作取得新进展|2023-11-09|7; 县区传真|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// A briefing saved as plain text (no bold, no headings): a names
		// list under its heading (王建国　刘晓梅　…　张　恒　陈志远) and an
		// office's name under an article's title (清河县史志办) are text, no
		// titles (the names had been a title, the article's number then a
		// section's, and the next article a section too; the office the
		// title of the article, its own title a section, silently); an
		// article numbered next (四、…) over text that prints no date is the
		// next article, as 三、… over its date is (it had been the
		// paragraph of 三、…).
		{"rt-w5-briefing-plain.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|4; 工作动态|三、市方志馆陈列布展方案基本确定|2024-06-04|1; 工作动态|四、开展“方志进校园”活动||1; 经验交流|清河县“三个坚持”扎实推进村志编纂||4", ""},
		// The same table as PaddleOCR gives it, a line a box and no blank
		// lines: its name, its header, each row and the caption under it a
		// paragraph each (they had run into one, 42河湾村…35图为…).
		{"rt-w5-ocr-table-tight.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"县区传真|清河县村志编纂工作取得新进展|2023-11-09|7; 县区传真|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// The same under a plain box of highlights (本期要目 / 一、… / 二、…):
		// the column's name over the first title it lists again (工作动态 /
		// 一、…) is the body's, not the box's last line, and the numbered
		// items are the column's entries, as with no box (工作动态 had been
		// lost to the box, the items sections: warned, but read wrong).
		{"rt-w5-briefing-plain-highlights.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|1; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|4; 工作动态|三、市方志馆陈列布展方案基本确定|2024-06-04|1; 工作动态|四、开展“方志进校园”活动||1; 经验交流|清河县“三个坚持”扎实推进村志编纂||4", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamWholeBriefingOCR is the acceptance test of two whole copies,
// their outlines checked by hand: a work briefing (《宁川史志工作简报》第5期)
// as pandoc gives a docx (a cover with 内部资料, the office and the date on
// one line, an editors' note, a box of highlights, bold columns and
// titles, a table, names, pictures' captions, an article of experience
// with its points 一是…, news in brief, the end lines 报：… 送：… 发：…
// and the print run), and a monthly report scanned and read by OCR (a
// letter-spaced cover and columns, contents with dot leaders, a page's
// number and head left in twice, one in mid-sentence, a table's rows, the
// month's chronicle day by day with 1日　… and 11月5曰，…, △ as Δ and ∆,
// 同曰, l6日, a column break in an event, half-width punctuation, a back
// cover's masthead).
func TestRedTeamWholeBriefingOCR(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-w5-whole-briefing.md", "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
			"|||1; 工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|14; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|6; 工作动态|三、市方志馆陈列布展方案基本确定|2024-06-04|3; 工作动态|四、开展“方志进校园”活动||2; 县区传真|梅岭区：区志资料长编通过初审|2024-05-22|1; 县区传真|云台县：举办第二期修志业务培训班|2024-06-05..2024-06-07|1; 县区传真|白马区：《白马年鉴（2024）》进入编辑阶段||2; 县区传真|南溪县完成乡镇志编纂规划||1; 经验交流|清河县“三个坚持”扎实推进村志编纂||7; 工作简讯||2024-05-10|1; 工作简讯||2024-05-20|1; 工作简讯||2024-06-01|1; 工作简讯||2024-06-06|1; 工作简讯||2024-06-08|1; 工作简讯||2024-06-11|1", ""},
		{"rt-w5-whole-ocr.md", "宁川史志|2023|11|宁川市地方史志办公室|2023-12-05",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|3; 工作动态|《宁川年鉴（2023）》荣获全省一等奖|2023-11-15|1; 县区传真|清河县村志编纂工作取得新进展||8; 县区传真|梅岭区完成区志资料长编|2023-11-16|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-02|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-05|1; 宁川市2023年11月大事记||2023-11-06|1; 宁川市2023年11月大事记||2023-11-07|1; 宁川市2023年11月大事记||2023-11-08|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-13..2023-11-15|1; 宁川市2023年11月大事记||2023-11-14|1; 宁川市2023年11月大事记||2023-11-16|1; 宁川市2023年11月大事记||2023-11-18|1; 宁川市2023年11月大事记||2023-11-20|1; 宁川市2023年11月大事记||2023-11-21|1; 宁川市2023年11月大事记||2023-11-22|1; 宁川市2023年11月大事记||2023-11-22|1; 宁川市2023年11月大事记||2023-11-23|1; 宁川市2023年11月大事记||2023-11-24|1; 宁川市2023年11月大事记||2023-11-24..2023-11-26|1; 宁川市2023年11月大事记||2023-11-25|1; 宁川市2023年11月大事记||2023-11-27|1; 宁川市2023年11月大事记||2023-11-28|1; 宁川市2023年11月大事记||2023-11-28|1; 宁川市2023年11月大事记||2023-11-29|1; 宁川市2023年11月大事记||2023-11-30|1; 宁川市2023年11月大事记||2023-11|1; 方志文化|宁川老城的古井||5", "109"},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var kinds, pages []string
			for _, f := range iss.Furniture {
				kinds = append(kinds, fmt.Sprintf("%d:%s", f.Line, f.Kind))
			}
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					pages = append(pages, fmt.Sprint(e.Page))
				}
			}
			furniture, paged := strings.Join(kinds, " "), strings.Join(pages, " ")
			para := func(si, ei, pi int) string { return iss.Sections[si].Entries[ei].Paragraphs[pi].Text }
			switch c.file {
			case "rt-w5-whole-briefing.md":
				if want := "44:markup 70:image 96:image"; furniture != want {
					t.Errorf("furniture\n got  %s\n want %s", furniture, want)
				}
				if got, want := w5Masthead(iss), "内部资料　注意保存|报=省地方志办公室，市委、市人大常委会、市政府、市政协领导|送=市委办公室、市政府办公室，市委宣传部|发=各县（市、区）史志办，市直各单位|签发=孙立平|编辑=赵文华|校对=钱晓东|（共印120份）"; got != want {
					t.Errorf("masthead\n got  %s\n want %s", got, want)
				}
				if got := para(0, 0, 0); !strings.HasPrefix(got, "编者按：今年以来，") {
					t.Errorf("the editors' note %q", got)
				}
				if got, want := para(1, 0, 7), "| 县（市、区） | 承编单位（个） | 已交资料（万字） | 完成率 |"; got != want {
					t.Errorf("the table's header %q, want %q", got, want)
				}
				if got, want := para(1, 1, 3), "王建国　刘晓梅　李秋萍　张　恒　陈志远"; got != want {
					t.Errorf("the names %q, want %q", got, want)
				}
				if got, want := para(1, 2, 1), "方案论证会现场"; got != want {
					t.Errorf("the caption %q, want %q", got, want)
				}
				if got := para(3, 0, 2); !strings.HasPrefix(got, "一是坚持规划引领。") {
					t.Errorf("the first point %q", got)
				}
				if got := para(4, 5, 0); got != "△6月11日，《宁川市志（2011—2020）》篇目大纲经市地方志编纂委员会审定印发。" {
					t.Errorf("the last item %q", got)
				}
			case "rt-w5-whole-ocr.md":
				if want := "45:page 47:head 117:page 119:head 161:page"; furniture != want {
					t.Errorf("furniture\n got  %s\n want %s", furniture, want)
				}
				if want := "1 2 3 3 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 6 6 6 6 6 6 6 6 6 6 6 6 9"; paged != want {
					t.Errorf("pages\n got  %s\n want %s", paged, want)
				}
				if got, want := w5Masthead(iss), "主管=宁川市人民政府|主办=宁川市地方史志办公室|主编=孙立平|地址=宁川市人民路88号|电话=0791-8888666|（内部资料　免费交流）"; got != want {
					t.Errorf("masthead\n got  %s\n want %s", got, want)
				}
				if got := para(0, 1, 0); !strings.HasSuffix(got, "装帧设计等五个方面进行综合评定。") {
					t.Errorf("the sentence the page cut %q", got)
				}
				if got, want := para(1, 0, 4), "石桥村　　2021年　　　42"; got != want {
					t.Errorf("the table's row %q, want %q", got, want)
				}
				if got, want := para(1, 0, 7), "图为座谈会现场"; got != want {
					t.Errorf("the caption %q, want %q", got, want)
				}
				if got := para(3, 9, 0); !strings.HasSuffix(got, "计划2026年建成通车。") {
					t.Errorf("the event a column cut %q", got)
				}
				if got := para(3, 16, 0); !strings.HasSuffix(got, "方案》等文件。") {
					t.Errorf("the event the page cut %q", got)
				}
				if n := len(iss.Sections); n != 5 || iss.Sections[2].Name != "大事记" || len(iss.Sections[2].Entries) != 0 {
					t.Errorf("%d sections; the column's name over the month's chronicle should be an empty section", n)
				}
			}
		})
	}
}
