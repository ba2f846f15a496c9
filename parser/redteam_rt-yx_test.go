package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Red-team copies of yearbooks (年鉴) and county gazetteers (县志) as
// converters leave them (testdata/rt-yx-*.md).

// sectionNames is the names of iss's sections, joined by "|".
func sectionNames(t *testing.T, file string) string {
	t.Helper()
	iss, err := Parse(readFixture(t, file))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range iss.Sections {
		names = append(names, s.Name)
	}
	return strings.Join(names, "|")
}

// TestRedTeamYearbookSpacedParts: a 篇's or an 编's name of two characters
// letter-spaced after its label (第二篇　政　治, 第五编　农　业) or as a
// heading (## 概　况) is the name without the space, as a plain 政　治
// line is (the sections had been named 政　治, 农　业, silently).
func TestRedTeamYearbookSpacedParts(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"rt-yx-spaced-part.md", "政治|中共宁川县委员会|概况|自然地理"},
		{"rt-yx-gazetteer-spaced.md", "农业|种植业|粮食作物|经济作物"},
	} {
		if got := sectionNames(t, c.file); got != c.want {
			t.Errorf("%s: sections\n got  %s\n want %s", c.file, got, c.want)
		}
	}
}

// TestRedTeamYearbookCredits holds the credits that close a 条目.
func TestRedTeamYearbookCredits(t *testing.T) {
	for _, c := range []redTeamCase{
		// 撰稿　张伟　　审稿　李强, set by wide spaces as Word's "save as
		// text" keeps it: a line of the 条目's text, no 条目 titled 撰稿
		// (it had been one, silently, and the last one a warning that the
		// text ends mid-sentence).
		{"rt-yx-credit-spaced.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||1; 农业|粮食生产||2; 工业|概况||1; 工业|重点项目|--05-18|2", ""},
		// （撰稿：张 / 伟）, right-aligned and cut by the wrap, after the
		// 条目's last sentence: its own paragraph, as uncut (it had been
		// run into the sentence, …320篇。（撰稿：张伟）, silently). The
		// titles the wrap cut (【宣 / 传工作】) are whole.
		{"rt-yx-wrapped-credit.md", "宁川年鉴（2023）|2023|0||",
			"中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|党风廉政建设和反腐败工作||1; 中共宁川县委员会|组织工作||1; " +
				"中共宁川县委员会|宣传工作||2; 中共宁川县委员会|统战工作||1", ""},
		// 撰稿：张 / 伟, the name cut by the wrap with no bracket: the
		// credit 撰稿：张伟 (伟 had been a heading, a section over the
		// 条目 after it, silently); （撰稿人：赵 / 敏） right-aligned too.
		{"rt-yx-credit-cut.md", "宁川年鉴（2023）|2023|0||",
			"中共宁川县委员会|重要会议|--01-10|2; 中共宁川县委员会|组织工作||2; 中共宁川县委员会|宣传工作||2; 中共宁川县委员会|统战工作||1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamYearbookLayoutHeads holds a yearbook's chapter through
// pdftotext -layout: form feeds, the book's name atop the even pages
// (·36·<gap>宁川年鉴·2023) and, atop an odd page once, the name of the
// 篇 or the 分目 it is in with the page's number at the outer corner
// (政　治<gap>·37·). That head is furniture, not the last paragraph of
// the 条目 the page break cut (执法检查 had held it, silently).
func TestRedTeamYearbookLayoutHeads(t *testing.T) {
	const entries = "中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||2; 中共宁川县委员会|宣传工作||1; 中共宁川县委员会|统战工作||2; " +
		"宁川县人民代表大会常务委员会|代表工作||1; 宁川县人民代表大会常务委员会|执法检查||1; 宁川县人民代表大会常务委员会|信访工作||2"
	for _, c := range []redTeamCase{
		{"rt-yx-layout-part-head.md", "宁川年鉴（2023）|2023|0||", entries, ""},
		{"rt-yx-layout-fenmu-head.md", "宁川年鉴（2023）|2023|0||", entries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var heads []string
			for _, f := range iss.Furniture {
				heads = append(heads, fmt.Sprint(f.Line))
			}
			if got := strings.Join(heads, ","); got != "13,25" {
				t.Errorf("running heads on lines %s, want 13,25", got)
			}
			if e := iss.Sections[2].Entries[2]; e.Page != 37 {
				t.Errorf("%s on page %d, want 37", e.Title, e.Page)
			}
		})
	}
}

// TestRedTeamYearbookBracketHeadings: a 条目's title in brackets set as
// a heading, # 【概况】 at every level as MinerU sets each heading, or
// #### 【概况】 under ### 农业: the 条目 概况, the brackets its typography
// as on a line of its own (they had been kept in the title, the book read
// as a report; with one # they would have been sections).
func TestRedTeamYearbookBracketHeadings(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-yx-mineru-heads.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||2; 农业|粮食生产||3; 工业|概况||1; 工业|重点项目|--05-18|1", ""},
		{"rt-yx-md-bracket-heads.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||1; 农业|粮食生产||1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
	if got, want := sectionNames(t, "rt-yx-mineru-heads.md"), "经济|农业|工业"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}

// TestRedTeamGazetteerConverted holds a county gazetteer (县志) with its
// 编, 章, 节 and items (一、小麦) as converters leave it.
func TestRedTeamGazetteerConverted(t *testing.T) {
	// pdftotext -layout: the book's name atop an even page once, the
	// page's number at its corner (· 136 ·<gap>宁川县志), where the break
	// cut a sentence: furniture, not words of the sentence (…420公· 136 ·
	// 宁川县志斤。 it had been, silently), and the page 136.
	t.Run("layout", func(t *testing.T) {
		iss := checkRedTeam(t, redTeamCase{"rt-yx-gazetteer-layout.md", "宁川县志（1986—2005）|0|0||",
			"粮食作物|一、小麦||1; 粮食作物|二、玉米||1; 粮食作物|三、红薯||1; 经济作物|一、棉花||1; 经济作物|二、烟叶||1", ""})
		if t.Failed() {
			return
		}
		e := iss.Sections[2].Entries[1]
		if want := "玉米多在麦收后夏播。1995年，全县推广紧凑型玉米品种，亩产提高到420公斤。2005年，全县玉米播种面积18.3万亩。"; e.Paragraphs[0].Text != want {
			t.Errorf("%s: %q, want %q", e.Title, e.Paragraphs[0].Text, want)
		}
		if e := iss.Sections[2].Entries[2]; e.Page != 136 {
			t.Errorf("%s on page %d, want 136", e.Title, e.Page)
		}
	})
	// MinerU, every heading one #: # 第一节 粮食作物 is the section
	// 粮食作物 (it had been named 第一节 粮食作物) and # 一、小麦 its item
	// (it had been a section of one untitled entry, silently).
	t.Run("mineru", func(t *testing.T) {
		checkRedTeam(t, redTeamCase{"rt-yx-gazetteer-mineru.md", "宁川县志（1986—2005）|0|0||",
			"粮食作物|一、小麦||1; 粮食作物|二、玉米||3; 经济作物|一、棉花||1", ""})
		if got, want := sectionNames(t, "rt-yx-gazetteer-mineru.md"), "农业|种植业|粮食作物|经济作物"; got != want {
			t.Errorf("sections %s, want %s", got, want)
		}
	})
}

// TestRedTeamYearbookPlainHeads holds a yearbook's chapter through plain
// pdftotext: the page's number under its text (— 37 —), a form feed, and
// atop the odd page the 篇's name (政治) or the 分目's (宁川县人民代表大会
// 常务委员会) alone, where the break cut a sentence: furniture, not words
// of the sentence (…执法检查，政治提出意见… it had been, silently).
func TestRedTeamYearbookPlainHeads(t *testing.T) {
	const entries = "中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||1; 中共宁川县委员会|宣传工作||1; 中共宁川县委员会|统战工作||1; " +
		"宁川县人民代表大会常务委员会|代表工作||1; 宁川县人民代表大会常务委员会|执法检查||1; 宁川县人民代表大会常务委员会|信访工作||1"
	for _, file := range []string{"rt-yx-plain-part-head.md", "rt-yx-plain-fenmu-head.md"} {
		t.Run(file, func(t *testing.T) {
			iss := checkRedTeam(t, redTeamCase{file, "宁川年鉴（2023）|2023|0||", entries, ""})
			if t.Failed() {
				return
			}
			e := iss.Sections[2].Entries[1]
			if want := "对《中华人民共和国安全生产法》等5部法律法规开展执法检查，提出意见建议23条。"; e.Paragraphs[0].Text != want {
				t.Errorf("%s: %q, want %q", e.Title, e.Paragraphs[0].Text, want)
			}
		})
	}
}

// paragraphTexts is the text of each paragraph of iss's entry title,
// joined by " / ".
func paragraphTexts(iss *model.Issue, title string) string {
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title == title {
				var ps []string
				for _, p := range e.Paragraphs {
					ps = append(ps, p.Text)
				}
				return strings.Join(ps, " / ")
			}
		}
	}
	return ""
}

// TestRedTeamYearbookStatTables holds 统计资料 tables set out in columns
// by spaces in a yearbook: rows of the 条目 above, a paragraph a row, not
// 条目 titled by their first cell (粮食产量 with the text 万吨    31.6 they
// had been, silently).
func TestRedTeamYearbookStatTables(t *testing.T) {
	for _, c := range []struct {
		redTeamCase
		title, text string
	}{
		// docx → pandoc: a simple table with its header over a dashed
		// border (pandoc's [标题]{.underline} titles, too).
		{redTeamCase{"rt-yx-pandoc-table.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||1; 农业|粮食生产||1; 农业|畜牧业||4; 工业|概况||1", ""},
			"畜牧业", "全年生猪出栏42万头，牛出栏3.1万头。 / | 指标 | 单位 | 数量 | / | 粮食产量 | 万吨 | 31.6 | / | 生猪出栏 | 万头 | 42 |"},
		// pdftotext -layout: the columns by spaces, no border.
		{redTeamCase{"rt-yx-layout-stats.md", "宁川年鉴（2023）|2023|0||",
			"统计资料|主要经济指标||5; 统计资料|人口||1", ""},
			"主要经济指标", "2022年，全县主要经济指标完成情况见下表。 / 指标名称              单位        2022年      比上年增长（%） / " +
				"地区生产总值          亿元        186.2       5.2 / 农林牧渔业总产值      亿元        58.6        4.1 / 规模以上工业增加值    亿元        45.2        6.8"},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c.redTeamCase)
			if got := paragraphTexts(iss, c.title); got != c.text {
				t.Errorf("%s:\n got  %s\n want %s", c.title, got, c.text)
			}
		})
	}
}

// TestRedTeamYearbookFanli: 凡　例 over its numbered points before the
// first 篇, as the book prints it: the piece 凡例 (it had been an untitled
// entry with warnings of a heading and of a cover line not understood).
func TestRedTeamYearbookFanli(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-yx-fanli.md", "宁川年鉴|2023|0|宁川县地方史志编纂委员会|",
		"|凡例||2; 概况|自然地理||1; 概况|人口||1; 中共宁川县委员会|重要会议|2022-01-10|1", ""})
}

// TestRedTeamYearbookParts holds the parts of a yearbook that hold an
// article or a list rather than 条目, as plain lines: 特　载 over
// 政府工作报告 and its text, 附　录 over a 名录, 索　引 over its rows. Each
// is a section, the article's or the list's title an entry (they had
// been lines of text, with warnings of headings and of a cover line not
// understood, and the index's last row one that the text ends
// mid-sentence).
func TestRedTeamYearbookParts(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-yx-tezai.md", "宁川年鉴（2023）|2023|0||",
			"特载|政府工作报告||8; 概况|自然地理||1; 概况|人口||1", ""},
		{"rt-yx-backmatter.md", "宁川年鉴（2023）|2023|0||",
			"农业|概况||1; 农业|粮食生产||1; 附录|2022年宁川县获市级以上表彰的先进集体名录||2; 索引|||6", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamGazetteerRunIn: a gazetteer whose items run into their text
// after a wide space (　　一、小麦　小麦是…), as Word's "save as text"
// keeps a compact setting, with 概　述 over text under its 编: a
// gazetteer, each item an entry titled as printed, its （一） points its
// text, 概述 a piece of its own (the whole book had been one untitled
// entry, silently).
func TestRedTeamGazetteerRunIn(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-yx-gazetteer-runin.md", "宁川县志（1986—2005）|0|0||",
		"农业|概述||1; 粮食作物|一、小麦||1; 粮食作物|二、玉米||3; 经济作物|一、棉花||1", ""})
	if got, want := sectionNames(t, "rt-yx-gazetteer-runin.md"), "农业|种植业|粮食作物|经济作物"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}

// TestRedTeamGazetteerNoItems: a gazetteer whose 章 and 节 hold text
// alone, no 一、 items, as plain lines (Word's "save as text"): its 编, 章
// and 节 are its sections, their text untitled entries (the whole book
// had been untitled entries of no section, 第五编　农业 a paragraph,
// silently).
func TestRedTeamGazetteerNoItems(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-yx-gazetteer-noitems.md", "宁川县志（1986—2005）|0|0||",
		"粮食作物|||2; 经济作物||1986..1990|1; 林业||1986|1", ""})
	if got, want := sectionNames(t, "rt-yx-gazetteer-noitems.md"), "农业|种植业|粮食作物|经济作物|林业"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}
