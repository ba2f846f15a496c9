package parser

import (
	"testing"
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
		"经济发展|全县一季度重点项目集中开工|2024-03-28|1; 统计资料|2024年1—2月全县主要经济指标||2; 1—2月|||6", "37"})
}

// TestRedTeamW1LayoutColumns: a two-column page as pdftotext -layout
// prints it (each line both columns' text), then a page set across the
// width (a notice), with running heads and page numbers: the two columns
// are said, as where every page is set so (the heads, the column's short
// lines and the page across had made the gapped lines fewer than half
// the body's, and the copy, read line by line across both columns, was
// silent).
func TestRedTeamW1LayoutColumns(t *testing.T) {
	all := parseAllFile(t, "rt-w1-layout-columns.md")
	if got, want := warningsText(all[0].Warnings), "\n  line 12: the text seems set in two columns side by side (pdftotext -layout?): each line holds both, read as one; convert it without -layout"; got != want {
		t.Errorf("warnings %s, want %s", got, want)
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
