package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamW1BackNotice: a back cover's masthead (主 编：… / 印 数：… /
// （内部资料 免费交流）) after the last page, as plain pdftotext prints a
// county monthly's back cover: the notice under the fields is the
// masthead's, as on a cover (the fields had run on into the last
// entry's text, the masthead empty, silently).
func TestRedTeamW1BackNotice(t *testing.T) {
	const file = "rt-w1-back-notice.md"
	checkRedTeam(t, redTeamCase{file, "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"史志工作|县史志办开展“地方志进校园”活动|2024-03-27|1; 统计资料|2024年1—2月全县主要经济指标||1", ""})
	if got, want := mastheadText(t, file), "主编=孙伟民|副主编=李晓红|编辑=赵 静 王一鸣|地址=宁川县人民路88号县委大院3号楼|电话=0370-6012345|印数=300份|（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW1TableRows: a report's statistics table as plain pdftotext
// prints it (指标名称 单位 1—2月 … / 规模以上工业增加值 亿元 12.36 6.8,
// cells a space apart) and as pdftotext -layout does (cells a wide gap
// apart, rows as wide as the page): a row a paragraph, the header not the
// title's rest, the text under the table not the last row's (each table
// had been one paragraph of every row run together, silently:
// …亿元 12.36 6.8固定资产投资…).
func TestRedTeamW1TableRows(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w1-table-rows.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"经济发展|全县一季度重点项目集中开工|2024-03-28|1; 统计资料|2024年1—2月全县主要经济指标||5; 统计资料|2024年1—2月全县主要经济指标（续）||4", ""})
	if t.Failed() {
		return
	}
	ps := iss.Sections[1].Entries[0].Paragraphs
	if got, want := ps[0].Text+"|"+ps[1].Text, "指标名称 单位 1—2月 比上年同期增长（%）|规模以上工业增加值 亿元 12.36 6.8"; got != want {
		t.Errorf("plain rows %q, want %q", got, want)
	}
	ps = iss.Sections[1].Entries[1].Paragraphs
	if got, want := ps[3].Text, "全县城乡居民储蓄存款余额比年初增加，居民消费意愿有所回升。"; got != want {
		t.Errorf("text under the table %q, want %q", got, want)
	}
}

// TestRedTeamW1TableColumns: the same table as plain pdftotext prints a
// ruled table, column by column (指标名称 / 规模以上工业增加值 / … /
// 单位 / 亿元 / … / 1—2月 / 12.36 / 28.74 / …): which row a figure is
// in is lost, and a column's head (1—2月) read as a month's heading opens
// a section; said once, at the first figure (it had been silent).
func TestRedTeamW1TableColumns(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w1-table-columns.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"经济发展|全县一季度重点项目集中开工|2024-03-28|1; 统计资料|2024年1—2月全县主要经济指标||2; 1—2月|||7", "37"})
}

// TestRedTeamW1LayoutColumns: a two-column page as pdftotext -layout
// prints it (each line both columns' text), then a page set across the
// width (a notice), with running heads and page numbers: the columns are
// read one after the other (they had been warned of and read line by
// line across both), the page across the width as it is, its salutation
// a paragraph of its own over the indented text (it had run into it);
// the right column's title wrapped over two lines in its column
// (全县优化营商环境暨项 / 目建设推进大会召开), which no table of contents
// lists, is one title.
func TestRedTeamW1LayoutColumns(t *testing.T) {
	iss := parseAllFile(t, "rt-w1-layout-columns.md")[0]
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	e := iss.Sections[0].Entries[0]
	var ps []string
	for _, p := range e.Paragraphs {
		ps = append(ps, fmt.Sprintf("%d:%s", p.Line, p.Text))
	}
	if got, want := strings.Join(ps, "\n"), "12:3月4日，县委书记周立新主持召开县委常委会2024年第3次会议，传达学习全国两会精神和省委、市委有关会议精神，研究部署全县一季度“开门红”、安全生产、信访稳定等工作。\n"+
		"16:县委副书记、县长韩志远，县委副书记罗晓峰及其他县委常委出席会议，县人大常委会主任郑国安、县政协主席孟庆和列席会议。\n"+
		"19:会议强调，要把学习贯彻全国两会精神作年行动计划（2024—2026年）》等事项。常务副县长曹文杰，副县长朱丽萍、苗建军、吴海涛、陈思远出席会议。"; got != want {
		t.Errorf("the left column's entry, then the right column's top:\n got  %s\n want %s", got, want)
	}
	if es := iss.Sections[0].Entries; len(iss.Sections) != 1 || len(es) < 2 || es[1].Title != "全县优化营商环境暨项目建设推进大会召开" || es[1].Line != 12 {
		t.Errorf("the right column's wrapped title (one section, its second entry at line 12): %s", w1Outlined(iss))
	}
	// The notice ends with its sign-off (宁川县地方史志办公室 /
	// 2024年3月25日), its last two paragraphs and its date (the sign-off
	// had been an entry of its own, titled by the office).
	last := iss.Sections[len(iss.Sections)-1].Entries
	if n := len(last); n < 1 || last[n-1].Title != "关于征集《宁川年鉴（2024）》资料的通知" || last[n-1].Page != 2 || last[n-1].Line != 24 || len(last[n-1].Paragraphs) != 8 ||
		last[n-1].Paragraphs[6].Text != "宁川县地方史志办公室" || last[n-1].Date.String() != "2024-03-25" {
		t.Errorf("the page across the width: %+v", last)
	}
}

// TestRedTeamW1CaptionCredit: a photograph's caption centred under it,
// its credit wrapped onto a line of its own (▲3月1日，…门诊大楼 /
// （摄影 宋佳宁）, 图为活动现场 / （宋佳宁 摄）): one paragraph, the
// caption's (the credit had been a paragraph of its own); a writer's
// credit under a sentence that ended stays its own.
func TestRedTeamW1CaptionCredit(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w1-caption-credit.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"社会民生|县人民医院新院区投入使用|2024-03-01|2; 社会民生|“3·15”国际消费者权益日宣传活动举行|2024-03-15|2; 社会民生|全县城乡居民医保参保率达97.6%|2024-03|2", ""})
	if t.Failed() {
		return
	}
	for k, want := range []string{"▲3月1日，县人民医院新院区门诊大楼（摄影 宋佳宁）", "图为活动现场（宋佳宁 摄）"} {
		if got := iss.Sections[0].Entries[k].Paragraphs[1].Text; got != want {
			t.Errorf("caption %q, want %q", got, want)
		}
	}
}

// TestRedTeamW1PrefacePlain: 卷首语 alone over its text atop the body,
// before the first section, in a copy without marks (plain pdftotext):
// the editors' note, titled 卷首语, under no section, which the table
// of contents need not list (its title had been its first paragraph,
// and the note said to be what the cover left).
func TestRedTeamW1PrefacePlain(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w1-preface-plain.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"|卷首语||1; 重要会议|县委常委会召开2024年第3次会议|2024-03-04|1; 重要会议|县政府第二十八次常务会议召开|2024-03-12|1", ""})
}

// w1Outlined is w1Outline's two parts on one line.
func w1Outlined(iss *model.Issue) string {
	s, e := w1Outline(iss)
	return s + " / " + e
}

// w1Outline is an issue's sections as name(label)=entries, and its
// entries as section|title|page|date|paragraphs, each joined by "; ".
func w1Outline(iss *model.Issue) (sections, entries string) {
	var ss, es []string
	for _, s := range iss.Sections {
		ss = append(ss, fmt.Sprintf("%s%s=%d", s.Label, s.Name, len(s.Entries)))
		for _, e := range s.Entries {
			es = append(es, fmt.Sprintf("%s|%s|%d|%s|%d", s.Name, e.Title, e.Page, e.Date, len(e.Paragraphs)))
		}
	}
	return strings.Join(ss, "; "), strings.Join(es, "; ")
}

// TestRedTeamW1WholePlain is the acceptance test of a whole county
// monthly (宁川史志月报 2024年第3期, 总第127期, its cover in Chinese
// numerals), typeset in two columns and converted by plain pdftotext:
// a contents page whose pages are one space after the titles, sections
// numbered 一、…六、, plain titles over their text, 卷首语 before the
// first section, a 领导活动 section of day paragraphs naming many
// leaders, running heads alternating by page (宁川史志月报 /
// 2024年第3期（总第127期）, each on a line of its own), page numbers at
// the foot (— 3 —) and form feeds, hard wraps at the column's width, a
// column and a page break inside a sentence, a page break inside a title
// (“3·15”国际消费者权益 / — 3 — / 日宣传活动在人民广场举行), a photograph's
// caption and credit, a notice (its salutation, its points, its
// signature), a statistics table printed column by column (the
// one thing the model cannot mend: said), and the back cover's masthead.
// Checked by hand against the copy.
func TestRedTeamW1WholePlain(t *testing.T) {
	const file = "rt-w1-whole-plain.md"
	iss := checkRedTeam(t, redTeamCase{file, "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"|卷首语||1; " +
			"重要会议|县委常委会召开2024年第3次会议|2024-03-04|2; 重要会议|县政府第二十八次常务会议召开|2024-03-12|1; 重要会议|全县优化营商环境暨项目建设推进大会召开|2024-03-18|2; 重要会议|全县春季农业生产暨森林防灭火工作会议召开|2024-03-21|1; " +
			"领导活动||2024-03-01|1; 领导活动||2024-03-05|1; 领导活动||2024-03-07|1; 领导活动||2024-03-08|1; 领导活动||2024-03-13..2024-03-14|1; 领导活动||2024-03-20|1; 领导活动||2024-03-26|1; " +
			"经济发展|宁川经济开发区新签约项目12个|2024-03|1; 经济发展|全县一季度重点项目集中开工|2024-03-28|1; 经济发展|石门乡高山茶园春茶开采|2024-03-22|1; " +
			"社会民生|县人民医院新院区投入使用|2024-03-01|2; 社会民生|“3·15”国际消费者权益日宣传活动在人民广场举行|2024-03-15|1; 社会民生|全县城乡居民医保参保率达97.6%||1; " +
			"史志工作|《宁川县志（1991—2020）》评审会召开|2024-03-19|2; 史志工作|县史志办开展“地方志进校园”活动|2024-03-27|1; 史志工作|关于征集《宁川年鉴（2024）》资料的通知|2024-03-25|8; " +
			"统计资料|2024年1—2月全县主要经济指标||1; 1—2月|||11", "264"})
	if iss.Total != 127 {
		t.Errorf("total %d, want 127", iss.Total)
	}
	sections, entries := w1Outline(iss)
	if want := "=1; 一、重要会议=4; 二、领导活动=7; 三、经济发展=3; 四、社会民生=3; 五、史志工作=3; 六、统计资料=1; 1—2月=1"; sections != want {
		t.Errorf("sections\n got  %s\n want %s", sections, want)
	}
	for _, want := range []string{"|卷首语|1|", "|全县春季农业生产暨森林防灭火工作会议召开|2|", "领导活动||2|2024-03-26|1", "|宁川经济开发区新签约项目12个|3|2024-03|",
		"|“3·15”国际消费者权益日宣传活动在人民广场举行|3|", "|全县城乡居民医保参保率达97.6%|4|", "|县史志办开展“地方志进校园”活动|4|", "|关于征集《宁川年鉴（2024）》资料的通知|4|2024-03-25|8", "|2024年1—2月全县主要经济指标|6|"} {
		if !strings.Contains(entries, want) {
			t.Errorf("no entry %q in\n %s", want, entries)
		}
	}
	ps := iss.Sections[1].Entries[1].Paragraphs
	if got, want := ps[0].Text, "3月12日，县长韩志远主持召开县政府第二十八次常务会议，研究《宁川县2024年民生实事实施方案》《宁川县城区老旧小区改造三年行动计划（2024—2026年）》等事项。常务副县长曹文杰，副县长朱丽萍、苗建军、吴海涛、陈思远出席会议。"; got != want {
		t.Errorf("paragraph across the columns\n got  %s\n want %s", got, want)
	}
	ps = iss.Sections[2].Entries[3].Paragraphs
	if got, want := ps[0].Text, "3月8日，县政协主席孟庆和出席全县“巾帼建新功”表彰大会并为受表彰的先进集体和个人颁奖。"; got != want {
		t.Errorf("paragraph across the page\n got  %s\n want %s", got, want)
	}
	if got, want := iss.Sections[4].Entries[0].Paragraphs[1].Text, "▲3月1日，县人民医院新院区门诊大楼（摄影 宋佳宁）"; got != want {
		t.Errorf("caption %q, want %q", got, want)
	}
	if got, want := mastheadText(t, file), "主编=孙伟民|副主编=李晓红|编辑=赵 静 王一鸣|地址=宁川县人民路88号县委大院3号楼|电话=0370-6012345|印数=300份|（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	heads, pages := 0, 0
	for _, f := range iss.Furniture {
		switch f.Kind {
		case model.RunningHead:
			heads++
		case model.PageNumber:
			pages++
		}
	}
	if heads != 12 || pages != 6 {
		t.Errorf("furniture: %d heads, %d page numbers, want 12 and 6", heads, pages)
	}
}

// TestRedTeamW1WholeLayout is the acceptance test of the same issue as
// pdftotext -layout prints it: each body page's lines hold both columns
// side by side, which are read one after the other, page by page, and
// the issue reads as its plain copy does (TestRedTeamW1WholePlain):
// the same sections, titles, dates, pages and paragraphs (it had been
// warned of as two columns, its titles not found, its text read across
// both columns), but for the statistics table, set across the page,
// which this copy prints a row a line (the plain copy, column by
// column, is warned of). The back cover's masthead with its notice is
// read right.
func TestRedTeamW1WholeLayout(t *testing.T) {
	const file = "rt-w1-whole-layout.md"
	iss := parseAllFile(t, file)[0]
	plain := parseAllFile(t, "rt-w1-whole-plain.md")[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published), "宁川史志月报|2024|3|127|宁川县地方史志办公室|2024-04-08"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	// The plain copy without its table's section (the last, 统计资料, and
	// 1—2月, the table's column read as a section).
	n := len(plain.Sections) - 2
	if d := sameReading(plain.Sections[:n], iss.Sections[:len(iss.Sections)-1]); d != "" {
		t.Errorf("the layout copy reads otherwise than the plain one: %s", d)
	}
	last := iss.Sections[len(iss.Sections)-1]
	if e := last.Entries[len(last.Entries)-1]; last.Name != "统计资料" || e.Title != "2024年1—2月全县主要经济指标" || e.Page != 6 || len(e.Paragraphs) != 7 {
		t.Errorf("last entry %s|%s|%d|%d paragraphs, want 统计资料|2024年1—2月全县主要经济指标|6|7", last.Name, e.Title, e.Page, len(e.Paragraphs))
	}
	if got, want := mastheadText(t, file), "主编=孙伟民|副主编=李晓红|编辑=赵  静    王一鸣|地址=宁川县人民路88号县委大院3号楼|电话=0370-6012345|印数=300份|（内部资料  免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW1TOCMastheadNotice: the masthead printed on the contents'
// page under the contents, with its notice last (（内部资料 免费交流）):
// the notice is the masthead's (it had been the body's text before its
// first section, warned as what the cover left).
func TestRedTeamW1TOCMastheadNotice(t *testing.T) {
	const file = "rt-w1-toc-masthead-notice.md"
	checkRedTeam(t, redTeamCase{file, "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"重要会议|县委常委会召开2024年第3次会议|2024-03-04|1; 重要会议|县政府第二十八次常务会议召开|2024-03-12|1", ""})
	if got, want := mastheadText(t, file), "主编=孙伟民|编辑=赵 静 王一鸣|地址=宁川县人民路88号县委大院3号楼|电话=0370-6012345|（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW1NoticeColon: a notice in a hard-wrapped copy without
// indents (plain pdftotext of a column 20 characters wide): its
// salutation (各乡镇人民政府，县直各单位：) and the line that announces its
// points (项通知如下：), each ended by a colon well short of the wrap, end
// their paragraphs (the salutation, the text and the first point had run
// into one paragraph, silently); the signature stays the notice's text.
func TestRedTeamW1NoticeColon(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w1-notice-colon.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"史志工作|县史志办开展“地方志进校园”活动|2024-03-27|1; 史志工作|关于征集《宁川年鉴（2024）》资料的通知|2024-03-25|8", ""})
	if t.Failed() {
		return
	}
	ps := iss.Sections[0].Entries[1].Paragraphs
	var got []string
	for _, p := range ps {
		got = append(got, clipText(p.Text, 6))
	}
	if g, want := strings.Join(got, "|"), "各乡镇人民政…|为全面、系统…|一、征集范围…|二、报送要求…|三、报送时间…|联系人：赵静…|宁川县地方史…|2024年3…"; g != want {
		t.Errorf("paragraphs\n got  %s\n want %s", g, want)
	}
}

// TestRedTeamW1NoBlank: the same forms where plain pdftotext put no blank
// line between a title and its text (one flow): 卷首语 alone over its
// text is its title (the two had run into one paragraph, 卷首语春回大地…,
// warned as what the cover left), and a label's line short of the wrap
// that ends with a number (联系人：赵静　电话：0370-6012345) is a line of
// its own, not run into the signature under it: a Han character would
// have fitted where it stops (the number's end had given it the wide
// slack of a Latin word the wrap moved).
func TestRedTeamW1NoBlank(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w1-noblank.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"|卷首语||1; 重要会议|县委常委会召开2024年第3次会议|2024-03-04|1; 史志工作|关于征集《宁川年鉴（2024）》资料的通知|2024-03-25|5", ""})
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[2].Entries[0].Paragraphs[2].Text, "联系人：赵静　电话：0370-6012345"; got != want {
		t.Errorf("label line %q, want %q", got, want)
	}
}

// TestRedTeamW1TitleColumn: the body's first page with no running head,
// its first line the first section's heading right after the form feed
// (\f一、重要会议), under the contents' last line (…召开 1): the heading
// (it had been taken for a head printed once, the contents' line for a
// sentence the wrap cut above it, and the section lost, silently); and a
// title that the end of a column cut in two, which plain pdftotext
// prints with a blank line between (全县优化营商环境暨项 / blank /
// 目建设推进大会召开): one title (the halves had been paragraphs of the
// entry above).
func TestRedTeamW1TitleColumn(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w1-title-column.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"重要会议|县委常委会召开2024年第3次会议|2024-03-04|2; 重要会议|县政府第二十八次常务会议召开|2024-03-12|1; 重要会议|全县优化营商环境暨项目建设推进大会召开|2024-03-18|1", ""})
}

// TestRedTeamW1FirstPage: the contents under their heading atop a page
// (\f目 录 / 一、重要会议 / …), then the body's first page with no running
// head, its first line the section's heading (\f一、重要会议): the heading
// (the contents' line under 目 录 had counted as atop a page, and the two
// as a head printing the column's name, which took the body's heading
// out as furniture: the section was lost, silently).
func TestRedTeamW1FirstPage(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w1-first-page.md", "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"重要会议|县委常委会召开2024年第3次会议|2024-03-04|2; 重要会议|县政府第二十八次常务会议召开|2024-03-12|1; 重要会议|全县优化营商环境暨项目建设推进大会召开|2024-03-18|1", ""})
}
