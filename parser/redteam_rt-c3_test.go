package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// c3Pages is each entry of iss as section|title|page.
func c3Pages(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%d", s.Name, e.Title, e.Page))
		}
	}
	return strings.Join(got, "; ")
}

// TestRedTeamC3FiveDashPages: pymupdf4llm joins a PDF's pages with a
// line of five dashes between blank lines (- 1 - / ----- / 宁川月报
// 2023年第11期). The separator is the page's break, one with the footer's
// number and the next page's head: read as a rule, it had cut them into
// two breaks, and every page after the first was numbered one too many
// (silently). A sentence the page cut is still joined.
func TestRedTeamC3FiveDashPages(t *testing.T) {
	c := redTeamCase{"rt-c3-five-dash-pages.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1; 县区动态|石桥镇举办农民丰收节|2023-11-18|1", ""}
	iss := checkRedTeam(t, c)
	if got, want := c3Pages(iss), "时政要闻|县委常委会召开会议|1; 时政要闻|县人大常委会会议召开|2; 县区动态|石桥镇举办农民丰收节|3"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
	if t.Failed() {
		return
	}
	if got := iss.Sections[0].Entries[1].Paragraphs[0].Text; !strings.HasSuffix(got, "综合报告。") {
		t.Errorf("the sentence the page cut is not joined: %q", got)
	}
	n := 0
	for _, f := range iss.Furniture {
		if f.Kind == model.PageBreak {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d page breaks, want 3", n)
	}
}

// TestRedTeamC3PictureOmitted: pymupdf4llm's line for a picture it leaves
// out (**==> picture [220 x 140] intentionally omitted <==**) is the
// picture, and the text it read inside one, between **----- Start of
// picture text -----**<br> and the end mark (on the text's line, after its
// <br>s) or between <!-- Start of picture text --> and <!-- End … -->, is
// the picture's. They had been entries titled "> picture … <----- Start
// of picture text -----", the next article's title a section, silently.
func TestRedTeamC3PictureOmitted(t *testing.T) {
	c := redTeamCase{"rt-c3-picture-omitted.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|全县冬季森林防火工作会议召开|2023-11-15|2; 时政要闻|石桥镇举办农民丰收节|2023-11-18|2", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[0].Paragraphs[1].Text, "会议要求，压实责任，严格落实各级林长责任制。"; got != want {
		t.Errorf("paragraph under the picture %q, want %q", got, want)
	}
	var kinds []string
	for _, f := range iss.Furniture {
		kinds = append(kinds, fmt.Sprintf("%d:%s", f.Line, f.Kind))
	}
	if got, want := strings.Join(kinds, " "), "16:image 18:markup 19:image 25:image 30:markup 31:image 32:image"; got != want {
		t.Errorf("furniture %s, want %s", got, want)
	}
}

// TestRedTeamC3InsetHeadings: what pymupdf4llm marks as a heading by its
// font size inside an article, a pull quote (## “守护绿水青山，人人都是护林
// 员”) or a table's caption (### 表1 …), is a paragraph of the article.
// The quote had been a section that took the article's rest and the next
// article, the caption an entry that took the table and the text under
// it, silently. A column named in quotes, no sentence (## “我为群众办实
// 事”), is still a section.
func TestRedTeamC3InsetHeadings(t *testing.T) {
	c := redTeamCase{"rt-c3-inset-headings.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|全县冬季森林防火工作会议召开|2023-11-15|3; 时政要闻|石桥镇举办农民丰收节|2023-11-18|6; 县区动态|河口乡召开村志编纂推进会|2023-11-20|1; “我为群众办实事”|县史志办开展送志下乡活动|2023-11-24|1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	for _, w := range []struct {
		entry, para int
		text        string
	}{{0, 1, "“ 守护绿水青山，人人都是护林员 ”"}, {0, 2, "会议要求，压实责任，严格落实各级林长责任制。"}, {1, 1, "表1 丰收节农产品展销情况"}, {1, 5, "当天，现场销售农产品35万元。"}} {
		if got := iss.Sections[0].Entries[w.entry].Paragraphs[w.para].Text; got != w.text {
			t.Errorf("entry %d paragraph %d %q, want %q", w.entry, w.para, got, w.text)
		}
	}
}

// TestRedTeamC3PlaceholderHeader: pymupdf4llm heads a table that printed
// no header with |Col1|Col2| (an empty cell for an empty column): markup,
// no text of the copy. It had been a paragraph of the article, and in a
// chronicle's table an undated event of its own, silently.
func TestRedTeamC3PlaceholderHeader(t *testing.T) {
	c := redTeamCase{"rt-c3-placeholder-header.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"县区动态|石桥镇举办农民丰收节|2023-11-18|4; 大事记||2023-11-03|1; 大事记||2023-11-08|1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[0].Paragraphs[1].Text, "|展销农产品|120余种|"; got != want {
		t.Errorf("paragraph 1 %q, want %q", got, want)
	}
}

// TestRedTeamC3CodeSpans: pymupdf4llm marks the runs a PDF sets in a
// monospaced font, figures most often, as inline code (`11` 月`2` 日,
// `12`个): the text, not its backticks. The dates had been none (the
// entries undated), the backticks kept in the text, silently.
func TestRedTeamC3CodeSpans(t *testing.T) {
	c := redTeamCase{"rt-c3-code-spans.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|李志远督导重点项目建设|2023-11-10..2023-11-11|1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[1].Paragraphs[0].Text, "11月10日至11日，县长李志远带队督导全县重点项目建设，先后到12个项目现场察看进展，总投资126.35亿元。"; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
}

// TestRedTeamC3YearbookYearHeading: a yearbook's cover as pymupdf4llm
// sets it, each line's level by its font's size (# 宁川年鉴 / ## 2023):
// the year under the title is the edition's at any level, as MinerU's
// # 2023 is. It had been a section named 2023 that held the compiler and
// the publisher, the book of no year (warned, as cover lines not
// understood).
func TestRedTeamC3YearbookYearHeading(t *testing.T) {
	c := redTeamCase{"rt-c3-yearbook-year-heading.md", "宁川年鉴|2023|0|宁川县地方史志办公室|",
		"中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 县委办公室|概况||1; 县委办公室|督查工作||1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got := iss.Sections[0].Name; got != "政治" {
		t.Errorf("first section %q, want 政治", got)
	}
}

// TestRedTeamC3BulletDays: a month's chronicle whose days pymupdf4llm
// lists after the marker it makes of a bullet (- 15日 …, - 10日—11日 …),
// as • 15日 and - 11月15日 are read: each the day's event. They had been
// paragraphs of the event above (8日), and 同日 under them of the 8th,
// silently. A day the wrap brings to a line's start (…于 / 15日前完成) is
// still its event's text.
func TestRedTeamC3BulletDays(t *testing.T) {
	const m = "宁川县2023年11月大事记"
	c := redTeamCase{"rt-c3-bullet-days.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		m + "||2023-11-01|1; " + m + "||2023-11-02|1; " + m + "||2023-11-08|1; " + m + "||2023-11-10..2023-11-11|1; " + m + "||2023-11-15|1; " + m + "||2023-11-15|1; " + m + "||2023-11-30|1", ""}
	checkRedTeam(t, c)
}

// TestRedTeamC3HeadHeadings: the running head atop each page set as a
// heading (## 宁川月报 2023年第11期), as pymupdf4llm marks a line in a
// font larger than the text's: furniture, under a page's break. Each had
// been a section of that name, the first empty, the second taking the
// column's next article out of 时政要闻, silently.
func TestRedTeamC3HeadHeadings(t *testing.T) {
	c := redTeamCase{"rt-c3-head-headings.md", "宁川月报|2023|11|宁川县地方史志办公室|",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1; 县区动态|石桥镇举办农民丰收节|2023-11-18|1", ""}
	iss := checkRedTeam(t, c)
	n := 0
	for _, f := range iss.Furniture {
		if f.Kind == model.RunningHead {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d running heads, want 2", n)
	}
	if got, want := c3Pages(iss), "时政要闻|县委常委会召开会议|3; 时政要闻|县人大常委会会议召开|4; 县区动态|石桥镇举办农民丰收节|4"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamC3WholeReport reads a whole monthly report as
// pymupdf4llm.to_markdown prints it (testdata/rt-c3-whole-report.md): the
// cover's lines as headings by their size, the contents with dot leaders,
// pages joined by ----- under a running head and over - N -, bold and ###
// titles, a list from bullets, a left-out picture with the text read in
// it, a pull quote and a table's caption as headings, a table with <br> in
// its cells and one headed Col1|Col2, a picture's file, inline code round
// figures, a byline in italics, the month's chronicle with its days bold
// and after a list's marker, and the masthead last with its keys bold.
// Read whole: each article in its column on its page, no warning (at the
// start, 14 of its 20 entries had read otherwise: pages one too many, a
// picture's marks as titles, the quote a section, the caption an entry,
// an undated article, two days lost into the 8th).
func TestRedTeamC3WholeReport(t *testing.T) {
	const m = "宁川县 2023 年 11 月大事记"
	c := redTeamCase{"rt-c3-whole-report.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|2; 时政要闻|县十七届人大常委会第十五次会议召开|2023-11-08|1; 时政要闻|全县冬季森林防火工作会议召开|2023-11-15|6; 领导活动|王建国调研乡村振兴工作|2023-11-06|2; 领导活动|李志远督导重点项目建设|2023-11-10..2023-11-11|2; 领导活动|赵红梅调研文化旅游工作|2023-11-20|1; 经济发展|前三季度全县经济运行情况||9; 经济发展|宁川产业园新签约项目 5 个|2023-11-24|1; 县区动态|石桥镇举办第三届农民丰收节|2023-11-18|3; 县区动态|河口乡召开村志编纂推进会|2023-11-21|1; " + m + "||2023-11-01|1; " + m + "||2023-11-02|1; " + m + "||2023-11-06|1; " + m + "||2023-11-08|1; " + m + "||2023-11-10..2023-11-11|1; " + m + "||2023-11-15|1; " + m + "||2023-11-15|1; " + m + "||2023-11-18|1; " + m + "||2023-11-24|1; " + m + "||2023-11|1", ""}
	iss := checkRedTeam(t, c)
	if got, want := c3Pages(iss), "时政要闻|县委常委会召开会议传达学习省委全会精神|1; 时政要闻|县十七届人大常委会第十五次会议召开|1; 时政要闻|全县冬季森林防火工作会议召开|2; 领导活动|王建国调研乡村振兴工作|3; 领导活动|李志远督导重点项目建设|3; 领导活动|赵红梅调研文化旅游工作|4; 经济发展|前三季度全县经济运行情况|4; 经济发展|宁川产业园新签约项目 5 个|5; 县区动态|石桥镇举办第三届农民丰收节|5; 县区动态|河口乡召开村志编纂推进会|6; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7; "+m+"||7"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
	if got, want := w5Masthead(iss), "内部资料 注意保存|主管=宁川县人民政府|主办=宁川县地方史志办公室|主编=陈立平|地址=宁川县行政中心 3 号楼 412 室|电话=0371-6123456"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	if t.Failed() {
		return
	}
	e := iss.Sections[0].Entries[2]
	if got, want := e.Paragraphs[4].Text+"/"+e.Paragraphs[5].Text, "“ 守护绿水青山，人人都是护林员 ”/会后，与会人员观看了森林火灾扑救演示，各乡镇签订了森林防火目标责任书。"; got != want {
		t.Errorf("the quote and the text under it: %q, want %q", got, want)
	}
}

// TestRedTeamC3YearbookCaption: a table's caption that pymupdf4llm sets as
// a heading (### 表 1 …) under a yearbook's 条目 (【文明创建】…) is a
// paragraph of the 条目, its table and credit too. It had been a section
// of its own between two 分目 (宣传工作 and 县纪委县监委), silently. In
// 统计资料, each caption is a table's entry, the second too (### 表 3
// under ### 表 2 had been a paragraph of 表 2, as a part's deeper
// heading is).
func TestRedTeamC3YearbookCaption(t *testing.T) {
	c := redTeamCase{"rt-c3-yearbook-caption.md", "宁川年鉴|2023|0|宁川县地方史志办公室|",
		"宣传工作|概况||1; 宣传工作|文明创建||6; 县纪委县监委|概况||1; 县纪委县监委|监督检查||1; 统计资料|表 2 2022 年宁川县主要经济指标||2; 统计资料|表 3 2022 年宁川县人口情况||2", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	p := iss.Sections[2].Entries[1].Paragraphs
	if got, want := p[1].Text+"/"+p[5].Text, "表 1 2022 年宁川县精神文明创建情况/（撰稿：张伟 审稿：李强）"; got != want {
		t.Errorf("文明创建's caption and credit %q, want %q", got, want)
	}
}

// TestRedTeamC3YearbookCutTitle: a 条目's title the wrap cut, each line
// bold as pymupdf4llm writes a bold run a line (**【党风廉政** / **建设】**
// 召开…): the 条目 党风廉政建设, its text from 召开 (it had been titled
// 【党风廉政, its text 建设】 召开…, warned).
func TestRedTeamC3YearbookCutTitle(t *testing.T) {
	c := redTeamCase{"rt-c3-yearbook-cut-title.md", "宁川年鉴|2023|0|宁川县地方史志办公室|",
		"县纪委县监委|概况||1; 县纪委县监委|作风建设||1; 县纪委县监委|党风廉政建设||1; 县纪委县监委|监督检查||1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[1].Entries[2].Paragraphs[0].Text, "召开全县党风廉政建设工作会议，签订党风廉政建设责任书236 份。"; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
}

// TestRedTeamC3WholeYearbook reads a yearbook's chapter as
// pymupdf4llm.to_markdown prints it (testdata/rt-c3-whole-yearbook.md):
// the book's title and year as headings of two sizes, pages joined by
// ----- under running heads that print the page (宁川年鉴（2023） ·56·,
// 政 治 ·57·), 类目, 分目 and sub-分目 at three levels and one in bold,
// 条目 in bold brackets run into their text, a left-out picture over its
// caption, a table under its caption set as a heading, one headed
// Col1|Col2|Col3, a credit, and a 条目 title the wrap cut into two bold
// lines. Read whole, each 条目 on its page, no warning (at the start: the
// book of no year, its compiler in a section named 2023, the caption a
// section, the cut title warned).
func TestRedTeamC3WholeYearbook(t *testing.T) {
	c := redTeamCase{"rt-c3-whole-yearbook.md", "宁川年鉴|2023|0|宁川县地方史志办公室|",
		"中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|主题教育||2; 中共宁川县委员会|巡察工作||1; 组织工作|概况||1; 组织工作|干部队伍建设||1; 组织工作|基层组织建设||1; 人才工作|人才引进||1; 宣传工作|概况||1; 宣传工作|理论武装||1; 宣传工作|文明创建||7; 县纪委县监委|概况||1; 县纪委县监委|监督检查||1; 县纪委县监委|审查调查||1; 县纪委县监委|作风建设||1; 县纪委县监委|党风廉政建设||1; 县人大常委会|概况||1; 县人大常委会|人事任免||1; 县人大常委会|代表工作||4; 县人民政府|概况||1; 县人民政府|政务公开||1; 县人民政府|“放管服”改革||1; 县政协|概况||1; 县政协|提案工作||1; 县政协|民主监督||1", ""}
	iss := checkRedTeam(t, c)
	if got, want := c3Pages(iss), "中共宁川县委员会|概况|56; 中共宁川县委员会|重要会议|56; 中共宁川县委员会|主题教育|56; 中共宁川县委员会|巡察工作|56; 组织工作|概况|56; 组织工作|干部队伍建设|56; 组织工作|基层组织建设|56; 人才工作|人才引进|56; 宣传工作|概况|57; 宣传工作|理论武装|57; 宣传工作|文明创建|57; 县纪委县监委|概况|57; 县纪委县监委|监督检查|57; 县纪委县监委|审查调查|57; 县纪委县监委|作风建设|58; 县纪委县监委|党风廉政建设|58; 县人大常委会|概况|58; 县人大常委会|人事任免|58; 县人大常委会|代表工作|58; 县人民政府|概况|59; 县人民政府|政务公开|59; 县人民政府|“放管服”改革|59; 县政协|概况|59; 县政协|提案工作|59; 县政协|民主监督|59"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
	if got := iss.Sections[0].Name; got != "政治" {
		t.Errorf("first section %q, want 政治", got)
	}
}

// TestRedTeamC3CodeFence: a code block inside an article (``` / 0371-6123456
// 0371-6123457 / ```), as pymupdf4llm fences lines set all in a monospaced
// font: the fences are no text, the lines a paragraph of their own (it had
// been ```0371-6123456  0371-6123457```).
func TestRedTeamC3CodeFence(t *testing.T) {
	c := redTeamCase{"rt-c3-code-fence.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|3; 时政要闻|县人大常委会会议召开|2023-11-08|1; 县区动态|石桥镇举办农民丰收节|2023-11-18|1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[0].Paragraphs[1].Text, "0371-6123456  0371-6123457"; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
}

// TestRedTeamC3PageNumberForms: a page's number in a bold face (**- 2 -**,
// as pymupdf4llm marks a bold run) and the page with the pages' count
// (2 / 3, a PDF made from Word) are page furniture. The bold ones had
// been bold titles (a section named -1-, entries named - 2 -, silently),
// the counts paragraphs of the articles, the pages unknown.
func TestRedTeamC3PageNumberForms(t *testing.T) {
	const entries = "时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1; 县区动态|石桥镇举办农民丰收节|2023-11-18|1"
	for _, file := range []string{"rt-c3-bold-page-numbers.md", "rt-c3-page-of-pages.md"} {
		t.Run(file, func(t *testing.T) {
			iss := checkRedTeam(t, redTeamCase{file, "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05", entries, ""})
			if got, want := c3Pages(iss), "时政要闻|县委常委会召开会议|1; 时政要闻|县人大常委会会议召开|2; 县区动态|石桥镇举办农民丰收节|3"; got != want {
				t.Errorf("pages\n got  %s\n want %s", got, want)
			}
		})
	}
}

// TestRedTeamC3LeadHeading: an article's lead set in a larger face, which
// pymupdf4llm marks as a heading (### 今年以来，…，取得明显成效。): a
// sentence, the article's first paragraph. It had been the entry's title,
// the article's own bold title over it a section, silently.
func TestRedTeamC3LeadHeading(t *testing.T) {
	c := redTeamCase{"rt-c3-lead-heading.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"工作研究|以高质量方志工作服务县域发展||4; 工作研究|县史志办开展送志下乡活动|2023-11-24|1", ""}
	checkRedTeam(t, c)
}

// TestRedTeamC3LatinHeading: the publication's name in capitals set large
// under its title (## **NINGCHUAN YUEBAO**, pymupdf4llm's heading by size)
// is a notice of the masthead, as on a plain line. It had ended the
// cover: a section of that name held the number, the compiler and the
// date as an entry, the issue of no year or number, silently.
func TestRedTeamC3LatinHeading(t *testing.T) {
	c := redTeamCase{"rt-c3-latin-heading.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1", ""}
	iss := checkRedTeam(t, c)
	if got, want := w5Masthead(iss), "NINGCHUAN YUEBAO"; got != want {
		t.Errorf("masthead %q, want %q", got, want)
	}
	if iss.Total != 186 {
		t.Errorf("total %d, want 186", iss.Total)
	}
}

// TestRedTeamC3NumberHeading: the issue's number printed alone in large
// figures under the title, its year (and total) under it in a smaller
// face (# **宁川月报** / # **11** / 2023 年（总第 186 期）): the issue
// 2023年第11期. The number had been a section named 11 and the year line
// another, the issue of no year or number, silently.
func TestRedTeamC3NumberHeading(t *testing.T) {
	c := redTeamCase{"rt-c3-number-heading.md", "宁川月报|2023|11|宁川县地方史志办公室|",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1", ""}
	if iss := checkRedTeam(t, c); iss.Total != 186 {
		t.Errorf("total %d, want 186", iss.Total)
	}
}

// TestRedTeamC3TitleHalves: the name printed on two lines of one size,
// which pymupdf4llm joins into one heading with a space (# **宁川**
// **月报**): the name 宁川月报, as the reader's header, citations and the
// archive show it (it had been 宁川 月报, silently).
func TestRedTeamC3TitleHalves(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-c3-title-halves.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1", ""})
}

// TestRedTeamC3ChronTableBare: a month's chronicle as a table of 日期 |
// 事项 that pymupdf4llm writes without spaces inside its bars
// (|日期|事项|), <br> in its wrapped cells and a row of empty cells
// (|||): its header and the empty row are markup, each row the day's
// event. The header had been an undated event of its own (the spaced
// | 日期 | 事项 | was read), the empty row a paragraph, silently.
func TestRedTeamC3ChronTableBare(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-c3-chron-table-bare.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"大事记||2023-11-03|1; 大事记||2023-11-08|1; 大事记||2023-11-10..2023-11-11|1; 大事记||2023-11-20|1", ""})
}

// TestRedTeamC3MastheadPlaceholder: the masthead as a table of key/value
// rows under pymupdf4llm's placeholder header (|Col1|Col2| / |---|---| /
// |主 管|宁川县人民政府| …) is the masthead, its 出版日期 the date (it had
// been an untitled entry of four rows before the first column, warned).
func TestRedTeamC3MastheadPlaceholder(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-c3-masthead-placeholder.md", "宁川月报|2023|11||2023-12-05",
		"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|县人大常委会会议召开|2023-11-08|1", ""})
	if got, want := w5Masthead(iss), "主管=宁川县人民政府|主办=宁川县地方史志办公室|主编=陈立平|出版日期=2023年12月5日"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamC3YearbookFirstHead: a yearbook's chapter (大事记) whose first
// page prints the book and its edition's year as its head, the page at its
// corner (宁川年鉴（2023） ·12·), once, the next page 大 事 记 ·13·: the
// head is furniture and numbers the page. It had been untitled text in an
// untitled section before the chapter, the first page's days of no page,
// silently. Its days, one after pymupdf4llm's list marker (- 15 日), are
// 2022's, the chapter's year.
func TestRedTeamC3YearbookFirstHead(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-c3-yearbook-first-head.md", "宁川年鉴|2023|0|宁川县地方史志办公室|",
		"1 月||2022-01-01|1; 1 月||2022-01-10|1; 1 月||2022-01-10|1; 2 月||2022-02-15|1; 2 月||2022-02|1; 3 月||2022-03-05|1", ""})
	if got, want := c3Pages(iss), "1 月||12; 1 月||12; 1 月||12; 2 月||12; 2 月||12; 3 月||13"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
	var names []string
	for _, s := range iss.Sections {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, "|"), "大事记|2022 年宁川县大事记|1 月|2 月|3 月"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}

// TestRedTeamC3DayRunsAlone: a month's chronicle whose days stand alone
// over their text a blank line apart, as pymupdf4llm prints a day column
// set beside the text: a run of days (10—11日) or a list (21、22日) heads
// its event's text as one day does (10—11日 had been read as an event's
// end after a dash, 21、22日 as a point's number, each a paragraph of its
// own over the text, silently).
func TestRedTeamC3DayRunsAlone(t *testing.T) {
	const m = "宁川县2023年11月大事记"
	iss := checkRedTeam(t, redTeamCase{"rt-c3-day-runs-alone.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		m + "||2023-11-01|1; " + m + "||2023-11-02|1; " + m + "||2023-11-08|1; " + m + "||2023-11-10..2023-11-11|1; " + m + "||2023-11-21..2023-11-22|1; " + m + "||2023-11-30|1", ""})
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[1].Entries[3].Paragraphs[0].Text, "10—11日 县长李志远带队督导全县重点项目建设。"; got != want {
		t.Errorf("paragraph %q, want %q", got, want)
	}
}

// TestRedTeamC3HeadingJoinedTitle: a title of two lines in a heading's
// face, which pymupdf4llm joins into one heading with a space (### …十一届
// 六次全会精神), where the contents list it whole: the title as listed,
// without the converter's space (it had kept it, silently). Bold titles
// of two lines, each bold, are one title as before.
func TestRedTeamC3HeadingJoinedTitle(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-c3-heading-joined-title.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|县委常委会召开会议传达学习省委十一届六次全会精神|2023-11-02|1; 时政要闻|宁川县召开第二次全国土地调查成果发布会|2023-11-08|1; 时政要闻|县政协组织委员视察民生实事项目|2023-11-09|1", ""})
	if got, want := c3Pages(iss), "时政要闻|县委常委会召开会议传达学习省委十一届六次全会精神|1; 时政要闻|宁川县召开第二次全国土地调查成果发布会|1; 时政要闻|县政协组织委员视察民生实事项目|2"; got != want {
		t.Errorf("pages\n got  %s\n want %s", got, want)
	}
}
