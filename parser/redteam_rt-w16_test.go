package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w16Outline is every entry of iss as section | title | page | date |
// paragraphs, one a line, then each warning as line: message.
func w16Outline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s | %s | p%d | %s | %d\n", s.Name, e.Title, e.Page, e.Date, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "warning %d: %s\n", w.Line, w.Message)
	}
	return b.String()
}

// w16Check parses testdata/file and compares its issues' summary, its
// first issue's outline (w16Outline) and the paragraphs each wanted
// entry (by its place in the outline) holds.
func w16Check(t *testing.T, file, summary, outline string, paras map[int][]string) *model.Issue {
	t.Helper()
	all := parseAllFile(t, file)
	if got := issuesSummary(all); got != summary {
		t.Errorf("%s: issues %s, want %s", file, got, summary)
	}
	if got := w16Outline(all[0]); got != outline {
		t.Errorf("%s: outline\n%s\nwant\n%s", file, got, outline)
	}
	checkParas(t, file, all[:1], paras)
	return all[0]
}

// checkParas compares the paragraphs of each entry paras names, by its
// place among the entries of issues (in order, across issues), with the
// wanted ones.
func checkParas(t *testing.T, file string, issues []*model.Issue, paras map[int][]string) {
	t.Helper()
	k := 0
	for _, iss := range issues {
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				if want, ok := paras[k]; ok {
					var got []string
					for _, p := range e.Paragraphs {
						got = append(got, p.Text)
					}
					if strings.Join(got, "\n") != strings.Join(want, "\n") {
						t.Errorf("%s: entry %d (%s) paragraphs\n%s\nwant\n%s", file, k, e.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
					}
				}
				k++
			}
		}
	}
}

// TestRedTeamW16WholeYuebao is the acceptance test of a monthly report as
// Tesseract (chi_sim) prints its pages: every character a word of its
// own, figures and Latin words whole, punctuation half-width, no
// Markdown, a page's head and folio kept, every printed line wrapped
// (testdata/rt-w16-whole-tess-yuebao.md): a cover, contents with dotted
// leaders (. . . and …… ), one title wrapped there and in the body, a
// masthead, titles alone and run into their dates, a names list, a table
// of cells two spaces apart, photos' captions, an OCR's 曰 for 日 and 一
// for —, a back cover. Read as checked by hand: before, the title set
// 暨 2024年度 apart, the text a figure (游客 12.6万人次, 在 10月底前,
// 邮箱: pdsnj666@…), the names list ran two names together (杨晓峰胡春梅:
// now a line each, as a list set by ideographic gaps reads)
// and the back cover was the last entry's paragraph, warned of as a text
// cut mid-sentence.
func TestRedTeamW16WholeYuebao(t *testing.T) {
	iss := w16Check(t, "rt-w16-whole-tess-yuebao.md", "平顶山月报|2024|3|219|11|0", `时政要闻 | 全市“两会”精神传达学习会召开 | p1 | 2024-03-06 | 2
时政要闻 | 尧山实验室学术委员会第一次会议暨2024年度科研项目评审会召开 | p1 | 2024-03-08 | 5
时政要闻 | 市委理论学习中心组举行集体学习 | p1 | 2024-03-12 | 1
领导活动 | 周建华到鲁山县调研春耕生产工作 | p2 | 2024-03-04 | 1
领导活动 | 韩志远调研城市更新和老旧小区改造 | p2 | 2024-03-07 | 1
领导活动 | 韩志远督导安全生产工作 | p2 | 2024-03-15 | 2
重要会议 | 全市一季度经济运行分析会召开 | p3 | 2024-03-28 | 8
重要会议 | 全市优化营商环境大会召开 | p3 | 2024-03-29 | 1
县(市、区)动态 | 郏县入选全国乡村振兴示范县 | p4 | 2024-03 | 1
县(市、区)动态 | 舞钢市举办第三届梅花文化节 | p4 | 2024-03-02..2024-03-10 | 1
史志工作 | 《平顶山年鉴(2024)》编纂工作会议召开 | p5 | 2024-03-20 | 1
`, map[int][]string{
		1: {
			"3月8日,尧山实验室学术委员会第一次会议召开。中国工程院院士、学术委员会主任委员孟庆林主持会议,市委书记周建华致辞。会议审议通过了《尧山实验室学术委员会工作规则》,听取了实验室2024年度科研项目指南编制情况汇报。出席会议的学术委员会委员有:",
			"孟庆林   许文涛   陈立新   杨晓峰",
			"胡春梅   郭振宇   宋佳宁   田明远",
			"周建华表示,市委、市政府将一如既往支持实验室建设,为科研人员创造良好的工作和生活环境。",
			"图为尧山实验室学术委员会第一次会议现场。(王刚摄)",
		},
		4: {"3月7曰,市长韩志远调研城市更新和老旧小区改造工作。韩志远先后来到新华区曙光街道、卫东区东安路街道,走进正在改造的老旧小区,详细询问改造内容、施工进度和居民意见。他强调,要把老旧小区改造作为重要的民生工程,坚持先民生后提升,确保改造项目在10月底前全部完工。"},
		6: {
			"3月28日,全市一季度经济运行分析会召开。市长韩志远出席会议并讲话。会议通报了全市1—2月份主要经济指标完成情况,各县(市、区)和市直有关部门汇报了一季度经济运行情况及下一步工作打算。",
			"2024年1一2月全市主要经济指标",
			"指标          绝对值        增速(%)",
			"规模以上工业增加值(亿元)      —         7.2",
			"固定资产投资(亿元)          186.5       9.8",
			"社会消费品零售总额(亿元)     152.3       6.1",
			"一般公共预算收入(亿元)       31.7        5.4",
			"韩志远强调,要坚定信心、迎难而上,紧盯全年目标任务,抓项目、促投资,稳工业、扩消费,确保一季度实现“开门红”。",
		},
		9:  {"3月2—10日,舞钢市第三届梅花文化节在石漫滩国家森林公园举办。文化节期间,共接待游客12.6万人次,实现旅游综合收入3800余万元。"},
		10: {"3月20日,《平顶山年鉴(2024)》编纂工作会议召开。市地方史志办公室主任孙洪涛出席会议并讲话。会议总结了《平顶山年鉴(2023)》编纂工作,安排部署了2024卷年鉴的编纂任务,要求各供稿单位于5月31日前报送稿件。联系人:李晓燕,电话:0375-2665581,邮箱:pdsnj666@sina.com。"},
	})
	if iss.Published.String() != "2024-04-08" || iss.Compiler != "平顶山市地方史志办公室" {
		t.Errorf("published %s, compiler %q", iss.Published, iss.Compiler)
	}
	var mh []string
	for _, f := range iss.Masthead {
		mh = append(mh, f.Key+"="+f.Value)
	}
	if got, want := strings.Join(mh, "; "), "主管=平顶山市人民政府; 主办=平顶山市地方史志办公室; 主编=孙洪涛; 副主编=姬廷宣; 责任编辑=张征; 地址=平顶山市党政综合办公大楼0324房间; 电话=0375-2665581; 邮箱=pdsnj666@sina.com; =平顶山市地方史志办公室编印; =内部资料免费交流"; got != want {
		t.Errorf("masthead\n%s\nwant\n%s", got, want)
	}
	heads, folios := 0, 0
	for _, f := range iss.Furniture {
		switch f.Kind {
		case model.RunningHead:
			heads++
		case model.PageNumber:
			folios++
		}
	}
	if heads != 5 || folios != 5 || len(iss.Pages) != 5 || len(iss.TOC) != 5 {
		t.Errorf("%d heads, %d folios, %d pages, %d contents' sections; want 5 of each", heads, folios, len(iss.Pages), len(iss.TOC))
	}
}

// TestRedTeamW16WholeNoBlank is the same report as Tesseract prints it
// when it finds each page's text one block: no blank line between
// paragraphs (testdata/rt-w16-whole-tess-noblank.md). The structure
// holds; a names list's rows and a table's caption and rows, their gaps
// ASCII spaces, are a line each (the second row had run into the
// sentence under it, 田明远周建华表示…, the caption into the header row).
// A paragraph whose last line fills the measure runs into the next
// (会议要求…): nothing in the copy marks its end.
func TestRedTeamW16WholeNoBlank(t *testing.T) {
	w16Check(t, "rt-w16-whole-tess-noblank.md", "平顶山月报|2024|3|219|11|0", `时政要闻 | 全市“两会”精神传达学习会召开 | p1 | 2024-03-06 | 1
时政要闻 | 尧山实验室学术委员会第一次会议暨2024年度科研项目评审会召开 | p1 | 2024-03-08 | 5
时政要闻 | 市委理论学习中心组举行集体学习 | p1 | 2024-03-12 | 1
领导活动 | 周建华到鲁山县调研春耕生产工作 | p2 | 2024-03-04 | 1
领导活动 | 韩志远调研城市更新和老旧小区改造 | p2 | 2024-03-07 | 1
领导活动 | 韩志远督导安全生产工作 | p2 | 2024-03-15 | 2
重要会议 | 全市一季度经济运行分析会召开 | p3 | 2024-03-28 | 8
重要会议 | 全市优化营商环境大会召开 | p3 | 2024-03-29 | 1
县(市、区)动态 | 郏县入选全国乡村振兴示范县 | p4 | 2024-03 | 1
县(市、区)动态 | 舞钢市举办第三届梅花文化节 | p4 | 2024-03-02..2024-03-10 | 1
史志工作 | 《平顶山年鉴(2024)》编纂工作会议召开 | p5 | 2024-03-20 | 1
`, map[int][]string{
		1: {
			"3月8日,尧山实验室学术委员会第一次会议召开。中国工程院院士、学术委员会主任委员孟庆林主持会议,市委书记周建华致辞。会议审议通过了《尧山实验室学术委员会工作规则》,听取了实验室2024年度科研项目指南编制情况汇报。出席会议的学术委员会委员有:",
			"孟庆林   许文涛   陈立新   杨晓峰",
			"胡春梅   郭振宇   宋佳宁   田明远",
			"周建华表示,市委、市政府将一如既往支持实验室建设,为科研人员创造良好的工作和生活环境。",
			"图为尧山实验室学术委员会第一次会议现场。(王刚摄)",
		},
		6: {
			"3月28日,全市一季度经济运行分析会召开。市长韩志远出席会议并讲话。会议通报了全市1—2月份主要经济指标完成情况,各县(市、区)和市直有关部门汇报了一季度经济运行情况及下一步工作打算。",
			"2024年1一2月全市主要经济指标",
			"指标          绝对值        增速(%)",
			"规模以上工业增加值(亿元)      —         7.2",
			"固定资产投资(亿元)          186.5       9.8",
			"社会消费品零售总额(亿元)     152.3       6.1",
			"一般公共预算收入(亿元)       31.7        5.4",
			"韩志远强调,要坚定信心、迎难而上,紧盯全年目标任务,抓项目、促投资,稳工业、扩消费,确保一季度实现“开门红”。",
		},
	})
}

// TestRedTeamW16WholeChronicle is the acceptance test of a county
// gazetteer's 大事记 chapter as Tesseract prints it
// (testdata/rt-w16-whole-tess-dsj.md): the book's name atop every page,
// a note on the chapter, year headings, day lines whose gap after the
// date is the one space OCR sets between every two characters, △, 同日,
// ranges (3 月 12 — 15 日, 9 月 28 日 — 10 月 2 日), lunar dates, months
// alone, 是月, 是年, a page's note ①. Before, every event dated by its
// month alone, 是月 and 是年 (4 月 全 县 开 展…, read 4月全县开展…) was
// read as text of the event above, silently: 6 of 25 events lost.
func TestRedTeamW16WholeChronicle(t *testing.T) {
	w16Check(t, "rt-w16-whole-tess-dsj.md", "宁川县志(1986—2005)|0|0|0|25|0", `大事记 |  | p23 |  | 1
1986年 |  | p24 | 1986-01-03 | 1
1986年 |  | p24 | 1986-01-03 | 1
1986年 |  | p24 | 1986-02-09 | 1
1986年 |  | p24 | 1986-03-12..1986-03-15 | 1
1986年 |  | p24 | 1986-04 | 1
1986年 |  | p24 | 1986-06-20 | 2
1986年 |  | p24 | 1986-06 | 1
1986年 |  | p24 | 1986 | 1
1987年 |  | p25 | 1987-01-01 | 1
1987年 |  | p25 | 1987-03-05 | 1
1987年 |  | p25 | 1987-05 | 1
1987年 |  | p25 | 1987-07-01 | 1
1987年 |  | p25 | 1987-07-01 | 1
1987年 |  | p25 | 1987-09-28..1987-10-02 | 1
1987年 |  | p25 | 1987-11 | 1
1988年 |  | p26 | 1988-01-15 | 1
1988年 |  | p26 | 1988-04-02 | 1
1988年 |  | p26 | 1988-08 | 1
1988年 |  | p26 | 1988-12-30 | 1
2005年 |  | p27 | 2005-01-08 | 1
2005年 |  | p27 | 2005-03 | 1
2005年 |  | p27 | 2005-06-12 | 1
2005年 |  | p27 | 2005-10-01 | 1
2005年 |  | p27 | 2005-12 | 1
`, map[int][]string{
		2:  {"△县人民政府发布《关于加强冬春季森林防火工作的通告》。"},
		5:  {"4月 全县开展“五讲四美三热爱”活动月。"},
		6:  {"6月20日石桥乡遭受冰雹袭击,受灾农田1.3万亩,倒塌房屋46间。县委、县政府组织干部赶赴灾区救灾。①", "①据县民政局统计,此次冰雹造成直接经济损失320万元。"},
		7:  {"是月 县城自来水厂扩建工程竣工,日供水能力由0.8万吨提高到1.5万吨。"},
		24: {"12月 《宁川县志(1986—2005)》编纂工作启动。"},
	})
}

// TestRedTeamW16Spaced holds the small copies of the wrong places the two
// whole documents showed (testdata/rt-w16-*.md).
func TestRedTeamW16Spaced(t *testing.T) {
	// A chronicle's events dated by a month alone or by 是月, 是年, 同年,
	// after a blank line or a sentence's end: each its own event (they
	// had been text of the event above, silently); a wrap that begins
	// with a month (计划于 1988 年 / 4 月 全 部 完 成) stays in its sentence.
	w16Check(t, "rt-w16-chron-month-gap.md", "宁川县大事记(1986—1988)|0|0|0|9|0", `1986年 |  | p0 | 1986-03-12..1986-03-15 | 1
1986年 |  | p0 | 1986-04 | 1
1986年 |  | p0 | 1986-06-20 | 1
1986年 |  | p0 | 1986-06 | 1
1986年 |  | p0 | 1986 | 1
1987年 |  | p0 | 1987-05 | 1
1987年 |  | p0 | 1987-11 | 1
1987年 |  | p0 | 1987-12 | 1
1987年 |  | p0 | 1987 | 1
`, map[int][]string{5: {"5月上旬全县普降暴雨,平均降雨量86毫米,计划于1988年4月全部完成水毁工程修复。"}})
	// Figures in a title and in text set tight as printed (暨 2024年度,
	// 全县 86个 had kept OCR's space), 21 至 24 日 a range still ending
	// a title run into it, 曰 for 日, 1 一 2 月, a Latin address after a
	// half-width colon.
	w16Check(t, "rt-w16-figures.md", "宁川史志|2024|3|0|3|0", `工作动态 | 县史志办召开2024年度年鉴编纂工作会议 | p0 | 2024-03-06 | 1
工作动态 | 县志办开展第二期业务培训 | p0 | 2024-03-21..2024-03-24 | 1
工作动态 | 石桥乡村志通过评审 | p0 | 2024-03-27 | 1
`, map[int][]string{
		0: {"3月6日,县史志办召开《宁川年鉴(2024)》编纂工作会议,全县86个供稿单位参加。会议要求各单位在10月底前报送稿件,于5月31日前报送图片。2024年1一2月,共征集资料12.6万字,同比增长8.3%。联系人:李晓燕,邮箱:ncszb@163.com。"},
		1: {"3月21至24日,县志办举办第二期业务培训班,培训撰稿人120余人。"},
		2: {"3月27曰,《石桥乡村志》评审会召开。该志共12篇46章,约38万字。"},
	})
	// A back cover of the office that prints the issue and a notice:
	// the masthead's (it had been the last paragraph, warned of as a
	// text cut mid-sentence); a names list's rows, a line each (two names
	// had run together).
	iss := w16Check(t, "rt-w16-back-cover.md", "宁川史志|2024|3|0|2|0", `工作动态 | 县史志办召开年鉴编纂工作会议 | p0 | 2024-03-06 | 1
工作动态 | 县志办开展业务培训 | p0 | 2024-03-21 | 4
`, map[int][]string{1: {"3月21日,县志办举办业务培训班。出席开班式的县领导有:", "王建国   李秀英   张伟民   刘德明", "陈立新   胡春梅   郭振宇   田明远", "培训班为期三天,培训撰稿人一百余人次。"}})
	if iss.Compiler != "宁川县地方史志办公室" || len(iss.Masthead) != 2 {
		t.Errorf("compiler %q, masthead %v", iss.Compiler, iss.Masthead)
	}
	// A copy only partly letter-spaced: its body tight, its contents,
	// titles and heads as Tesseract spaces them, figures whole among
	// them. The titles read tight (they had kept their spaces, silently)
	// and the head is the page's (it had been text before the first
	// section, warned).
	w16Check(t, "rt-w16-part-spaced.md", "宁川史志|2024|3|0|2|0", `工作动态 | 县史志办召开2024年度年鉴编纂工作会议 | p1 | 2024-03-06 | 1
工作动态 | 《石桥乡村志(2023)》通过评审 | p2 | 2024-03-20 | 1
`, nil)
	// The same report with its punctuation full-width, as chi_sim often
	// types it: a table of cells two spaces apart is no page set in
	// columns side by side (it had been warned of as one: letter-spaced,
	// its gaps stand where a gutter would).
	w16Check(t, "rt-w16-table-fullwidth.md", "平顶山月报|2024|3|219|3|0", `重要会议 | 全市一季度经济运行分析会召开 | p3 | 2024-03-28 | 8
重要会议 | 全市优化营商环境大会召开 | p3 | 2024-03-29 | 1
县（市、区）动态 | 郏县入选全国乡村振兴示范县 | p4 | 2024-03 | 1
`, nil)
}

// TestRedTeamW16Chronicles holds chronicles Tesseract letter-spaced:
// in traditional characters (chi_tra; the view of hant.go applies), and
// with a letter OCR read for a digit in a date (l 月 3 日, 1l 月, 12 月
// l0 日, 2O 日), each read as the copy set tight reads it, with its
// warning (spaced, the letter's space had kept the date unread: the
// event ran into the one above, silently, or was warned of as no date).
func TestRedTeamW16Chronicles(t *testing.T) {
	w16Check(t, "rt-w16-tess-hant-chron.md", "寧川縣志|0|0|0|9|0", `民國三十八年(1949年) |  | p23 | 1949-10-01 | 1
民國三十八年(1949年) |  | p23 | 1949-11 | 1
1950年 |  | p23 | 1950-01-03 | 1
1950年 |  | p23 | 1950-01-03 | 1
1950年 |  | p23 | 1950-02-17 | 1
1950年 |  | p23 | 1950-03-05..1950-03-08 | 1
1950年 |  | p23 | 1950-03 | 1
1950年 |  | p23 | 1950-06 | 1
1950年 |  | p23 | 1950 | 1
`, map[int][]string{1: {"11月 縣人民政府成立,王建國任縣長。"}, 8: {"是年 全縣糧食總產量達到4.6萬噸。"}})
	w16Check(t, "rt-w16-ocr-letters.md", "宁川县大事记(2023年)|0|0|0|5|4", `2O23年 |  | p0 | 2023-01-03 | 1
2O23年 |  | p0 | 2023-11-05 | 1
2O23年 |  | p0 | 2023-12-10 | 1
2O23年 |  | p0 | 2023-12-20..2023-12-22 | 1
2O23年 |  | p0 | 2023-12 | 1
warning 5: "l月3日县委召开全县经济…" has a letter for a digit in its date (OCR?): read as 1月3日
warning 7: "1l月5日县政府召开常务…" has a letter for a digit in its date (OCR?): read as 11月5日
warning 9: "12月l0日县人大常委会…" has a letter for a digit in its date (OCR?): read as 12月10日
warning 11: "12月2O日一22日县委…" has a letter for a digit in its date (OCR?): read as 12月20日
`, nil)
	// A range's dash OCR read as 一 between two dates (4 月 28 日 一 5 月
	// 2 日): the range, to its end (its space had stayed, and the event
	// was dated by its first day alone, silently).
	w16Check(t, "rt-w16-ocr-dash-range.md", "宁川县大事记(1986一1988)|0|0|0|4|0", `1986年 |  | p0 | 1986-03-12..1986-03-15 | 1
1986年 |  | p0 | 1986-04-28..1986-05-02 | 1
1986年 |  | p0 | 1986-06-20 | 1
1987年 |  | p0 | 1987-01-01 | 1
`, map[int][]string{1: {"4月28日一5月2日县首届农民运动会举行。"}})
}

// TestRedTeamW16HalfSpaced reads a chronicle Tesseract letter-spaced on
// its first pages only (testdata/rt-w16-half-spaced-dsj.md): the copy is
// no spaced copy (spacedCopy), and its spaced lines, figures whole among
// them, are read one by one: tight, each month's and 是月's event its own
// (the title, the note, △'s line and the events had kept their spaces;
// 4 月, 是 月, 是 年 had run into the event above, silently). The one
// left: the section's name 1986 年, a line of one character.
func TestRedTeamW16HalfSpaced(t *testing.T) {
	w16Check(t, "rt-w16-half-spaced-dsj.md", "宁川县志(1986—2005)|0|0|0|22|0", `大事记 |  | p23 |  | 1
1986 年 |  | p24 | 1986-01-03 | 1
1986 年 |  | p24 | 1986-01-03 | 1
1986 年 |  | p24 | 1986-02-09 | 1
1986 年 |  | p24 | 1986-03-12..1986-03-15 | 1
1986 年 |  | p24 | 1986-04 | 1
1986 年 |  | p24 | 1986-06-20 | 3
1986 年 |  | p24 | 1986-06 | 1
1986 年 |  | p24 | 1986 | 1
1987年 |  | p25 | 1987-01-01 | 1
1987年 |  | p25 | 1987-05 | 1
1987年 |  | p25 | 1987-07-01 | 1
1987年 |  | p25 | 1987-07-01 | 1
1987年 |  | p25 | 1987-11 | 1
1988年 |  | p26 | 1988-01-15 | 1
1988年 |  | p26 | 1988-04-02 | 1
1988年 |  | p26 | 1988-08 | 1
1988年 |  | p26 | 1988-12-30 | 1
2005年 |  | p27 | 2005-01-08 | 1
2005年 |  | p27 | 2005-03 | 1
2005年 |  | p27 | 2005-06-12 | 1
2005年 |  | p27 | 2005-10-01 | 1
`, map[int][]string{2: {"△县人民政府发布《关于加强冬春季森林防火工作的通告》。"}, 5: {"4月 全县开展“五讲四美三热爱”活动月。"}})
}

// TestRedTeamW16Unspace holds the lines unspaceCJK reads, and a copy with
// zero-width spaces in it that spacedCopy finds letter-spaced.
func TestRedTeamW16Unspace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"增 速 ( % )", "增速(%)"},
		{"2024 年 1 一 2 月", "2024年1一2月"},
		{"邮 箱 : pdsnj666@sina.com 。", "邮箱:pdsnj666@sina.com。"},
		{"游 客 12.6 万 人 次", "游客12.6万人次"},
		{"工 作 会 议 11 月 1 日 ,", "工作会议 11月1日,"},
		{"开 班 11 月 21 至 24 日 ,", "开班 11月21至24日,"},
		{"示 范 县 3 月 中 旬 ,", "示范县 3月中旬,"},
		{"召 开 14", "召开 14"}, // (a contents line's page)
		{"3 月 7 曰 , 市 长", "3月7曰,市长"},
		{"余 用 \" △ \" 标 示", "余用\"△\"标示"},
	} {
		if got := unspaceCJK(c.in); got != c.want {
			t.Errorf("unspaceCJK(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want int
	}{
		{"4 月 全 县 开 展", len("4 月")},
		{"是 月 县 城 自 来 水", len("是 月")},
		{"12 月 《 宁 川 县 志 》", len("12 月")},
		{"4 月 上 旬 全 县", -1},
		{"4 月 , 全 县", -1},
		{"4 月 底 前 完 成", -1},
		{"1 月 3 日 县 委", -1},
	} {
		if got := chronGap(c.in); got != c.want {
			t.Errorf("chronGap(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	spaced := string(readFixture(t, "rt-w16-whole-tess-dsj.md"))
	var zw strings.Builder
	for i, r := range spaced {
		zw.WriteRune(r)
		if r > 0x2000 && i%7 == 0 {
			zw.WriteString("\u200b")
		}
	}
	if !spacedCopy(zw.String()) {
		t.Error("a letter-spaced copy with zero-width spaces in it is not found so")
	}
}
