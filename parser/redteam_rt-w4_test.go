package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w4Furniture is iss's furniture as line:kind, joined by spaces.
func w4Furniture(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Furniture {
		fs = append(fs, fmt.Sprintf("%d:%s", f.Line, f.Kind))
	}
	return strings.Join(fs, " ")
}

// TestRedTeamYearbookPartForms holds the forms that the whole copies of
// a part of a county yearbook (testdata/rt-w4-whole-*.md) were read
// wrong by, each in a copy of its own (testdata/rt-w4-*.md).
func TestRedTeamYearbookPartForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// pdftotext -layout: the odd pages' head is the part's name
		// letter-spaced with the page at the outer corner (政　治<gap>·37·),
		// the part printed above with its label (第二篇　政　治), where
		// another part's name (特　载) stood atop an earlier page: a head
		// on its first page too (it had been the text of 概述, silently).
		{"rt-w4-layout-part-head.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"特载|政府工作报告||2; 政治|概述||1; 中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||1; 宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1", ""},
		// The cover of two lines (the title, the compilers) right over the
		// first page, whose head repeats the title (\f· 36 ·<gap>宁川年鉴
		// （2023））: the title is the cover's (it had been a head, the book
		// untitled and of no year, silently).
		{"rt-w4-layout-cover-head.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"特载|政府工作报告||2; 政治|概述||1; 中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||1; 宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1", ""},
		// A picture's caption centred under its 条目 by pdftotext -layout,
		// its credit centred under it (县政府法制办开展…培训 / （李　明　摄））:
		// one paragraph of its own (the caption had run into the 条目's
		// sentence above, silently, where it was set in further than the
		// 条目's first line; the credit had been a paragraph of its own).
		{"rt-w4-layout-caption-credit.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"宁川县人民政府|概况||1; 宁川县人民政府|政务公开||3; 宁川县人民政府|依法行政||3", ""},
		// A 附录's list of documents, each indented with its number at its
		// end (…的通知》（宁政〔2022〕 / 12号）, then 《…》): a paragraph each
		// (all had run into one, the number read as a sentence a page cut,
		// silently; the list's end warned as a truncated file).
		{"rt-w4-layout-doc-list.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1; 附录|2022年宁川县委、县政府重要文件目录||4", ""},
		// The same with 附　录 at a page's foot, the list's title atop the
		// next (附　录 / — 3 — / \f宁川年鉴（2023） / 2022年…目录): the list's
		// title still (it had been run into the first document, the entry
		// untitled, silently).
		{"rt-w4-layout-list-after-break.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1; 附录|2022年宁川县委、县政府重要文件目录||4", ""},
		// 统计资料 and 人　物 alone on their lines, as 附　录 is: parts of
		// the book, sections; under 统计资料 the table's title (set across
		// the page over its rows, wider than the text's wrap) its entry
		// and each row a paragraph; under 人　物 a biography, then a 名录's
		// title over its rows, an entry of its own. (统计资料 had been
		// warned as a heading, the table run into one paragraph of the
		// 条目 above; the 名录 had run into the biography, silently.)
		{"rt-w4-layout-stats-people.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"纪检监察|概况||1; 纪检监察|巡察工作||2; 统计资料|2022年宁川县各级人大代表、政协委员构成情况||4; 人物|赵文远||1; 人物|2022年度宁川县先进人物名录||4; 附录|2022年宁川县委、县政府重要文件目录||1", ""},
		// Word's heading styles through pandoc: # for the book's parts,
		// ## for its 分目 (they hold 条目) and for what a part holds over
		// text alone: 特载's ## 政府工作报告 (its ### points its paragraphs),
		// 政治's ## 概　述, 附录's ## 2022年…文件目录, each an entry of its
		// part (each had been a section of its own, an untitled entry
		// under it, the points entries; the list's end warned as a cut).
		{"rt-w4-pandoc-parts.md", "宁川年鉴（2023）|2023|0||",
			"特载|政府工作报告||6; 政治|概述||1; 中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 宁川县人民政府|概况||1; 附录|2022年宁川县委、县政府重要文件目录||2", ""},
		// 特载's article as pdftotext -layout gives it: its title centred,
		// its subtitle set across the page (wider than the column), the
		// speaker centred, then its text: the entry 政府工作报告, subtitle,
		// speaker and salutation a paragraph each (the title and all had
		// run into one paragraph of an untitled entry, warned).
		{"rt-w4-layout-tezai.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"特载|政府工作报告||7; 中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1", ""},
		// The same as plain pdftotext gives it, no indent: the list's
		// title and each document still (附　录 and all had run into the
		// 条目 above, the end warned as a truncated file).
		{"rt-w4-plain-doc-list.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|",
			"宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1; 附录|2022年宁川县委、县政府重要文件目录||4", ""},
		// pandoc's simple tables in 条目 (with a header, and without one at
		// the copy's end), each with its caption (  : 2022年…): the caption a
		// paragraph without pandoc's colon, as under a multiline table (it
		// had kept it); the rows at the end no contents, the caption no
		// cut sentence (both had been warned).
		{"rt-w4-pandoc-table-caption.md", "宁川年鉴（2023）|2023|0||",
			"中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||6; 宁川县人民政府|概况||1; 宁川县人民政府|依法行政||4", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			switch c.file {
			case "rt-w4-pandoc-table-caption.md":
				if got, want := w3Paras(iss.Sections[1].Entries[2]), "全年选拔任用干部120名。|| 项目 | 数量 ||| 发展党员 | 412 ||| 培训班 | 36 ||2022年组织工作主要数据|（撰稿：张伟　审稿：李强）"; got != want {
					t.Errorf("组织工作\n got  %s\n want %s", got, want)
				}
			case "rt-w4-layout-tezai.md":
				if got, want := w3Paras(iss.Sections[0].Entries[0]), "——2023年1月12日在宁川县第十七届人民代表大会第二次会议上|县长　周文斌|各位代表：|"; !strings.HasPrefix(got, want) {
					t.Errorf("政府工作报告's paragraphs %q, want them to begin %q", got, want)
				}
			case "rt-w4-pandoc-parts.md":
				if got, want := w3Paras(iss.Sections[0].Entries[0]), "——2023年1月12日在宁川县第十七届人民代表大会第二次会议上|县长　周文斌|一、2022年工作回顾|过去的一年，全县经济运行总体平稳、稳中有进。全年完成地区生产总值286.4亿元，增长4.6%。|二、2023年工作安排|今年政府工作的主要预期目标是：地区生产总值增长6.5%左右。"; got != want {
					t.Errorf("政府工作报告\n got  %s\n want %s", got, want)
				}
			case "rt-w4-layout-stats-people.md":
				if got, want := w3Paras(iss.Sections[1].Entries[0]), "项目          人数（名）    女性（名）    占比（%）|县人大代表    236           62            26.3|县政协委员    218           58            26.6|乡镇人大代表  1284          356           27.7"; got != want {
					t.Errorf("统计资料\n got  %s\n want %s", got, want)
				}
			case "rt-w4-layout-caption-credit.md":
				if got, want := w3Paras(iss.Sections[0].Entries[2]), "全年审查县政府规范性文件14件，办理行政复议案件37件，行政诉讼案件应诉率100%。|县政府法制办开展行政执法人员培训（李　明　摄）|（撰稿：赵　敏　审稿：孙国庆）"; got != want {
					t.Errorf("依法行政\n got  %s\n want %s", got, want)
				}
				if got, want := iss.Sections[0].Entries[1].Paragraphs[1].Text, "5月18日，县政府召开政务公开工作推进会（县政府办公室　供图）"; got != want {
					t.Errorf("政务公开's caption %q, want %q", got, want)
				}
			case "rt-w4-layout-part-head.md":
				if got, want := w4Furniture(iss), "5:head 21:head 33:head 44:head"; got != want {
					t.Errorf("furniture %s, want %s", got, want)
				}
				if got := iss.Sections[1].Entries[0].Paragraphs[0].Text; !strings.HasPrefix(got, "2022年，") {
					t.Errorf("概述's text %q", got)
				}
			}
		})
	}
}

// w4WholeEntries is the outline of both whole copies of the part 政治 of
// 宁川年鉴（2023）, checked by hand: 特载's report, the part's 概述, five
// 分目 of 条目, 统计资料's table, 人物's biography and 名录, 附录's list of
// documents, 索引.
const w4WholeEntries = "特载|政府工作报告||10; 政治|概述||1; " +
	"中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||3; 中共宁川县委员会|宣传工作||1; 中共宁川县委员会|统一战线||2; " +
	"宁川县人民代表大会常务委员会|概况||1; 宁川县人民代表大会常务委员会|代表工作||1; 宁川县人民代表大会常务委员会|执法检查||2; " +
	"宁川县人民政府|概况||1; 宁川县人民政府|依法行政||1; 宁川县人民政府|政务公开||3; " +
	"中国人民政治协商会议宁川县委员会|概况||1; 中国人民政治协商会议宁川县委员会|协商议政||1; 中国人民政治协商会议宁川县委员会|提案工作||3; " +
	"纪检监察|概况||1; 纪检监察|作风建设||1; 纪检监察|巡察工作||2; " +
	"统计资料|2022年宁川县各级人大代表、政协委员构成情况||4; 人物|赵文远||1; 人物|2022年度宁川县先进人物名录||4; " +
	"附录|2022年宁川县委、县政府重要文件目录||3; 索引|||7"

// TestRedTeamWholeYearbookPart is the acceptance test of two whole copies
// of one part of a county yearbook (testdata/rt-w4-whole-*.md), each
// outline checked by hand: pdftotext -layout's of a two-column book
// (the pages' heads alternating, the book's name with the page at the
// left, the part's letter-spaced name with it at the right; hard wraps
// at the column's width; 条目 cut by a page; credits set right; a
// caption centred over its credit; a table and a subtitle set across the
// page; a 名录 and an index by spaces), and Word's through pandoc (#, ##,
// ### by heading style, **【条目】**, a picture and its caption, a grid
// table, simple tables without a header). Every entry, date, paragraph
// count and warning is asserted, and the pages and furniture of the
// first.
func TestRedTeamWholeYearbookPart(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-w4-whole-layout.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|", w4WholeEntries, ""},
		{"rt-w4-whole-pandoc.md", "宁川年鉴（2023）|2023|0|宁川县地方史志编纂委员会|", w4WholeEntries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			entry := func(si, ei int) model.Entry { return iss.Sections[si].Entries[ei] }
			if got, want := entry(4, 2).Paragraphs[1].Text, "5月18日，县政府召开政务公开工作推进会（县政府办公室　供图）"; got != want {
				t.Errorf("政务公开's caption %q, want %q", got, want)
			}
			if got, want := w3Paras(entry(0, 0)), "——2023年1月12日在宁川县第十七届人民代表大会第二次会议上|县长　周文斌|各位代表：|"; !strings.HasPrefix(got, want) {
				t.Errorf("政府工作报告's paragraphs %q, want them to begin %q", got, want)
			}
			if got, want := entry(9, 0).Paragraphs[1].Text, "《宁川县人民政府关于印发宁川县“十四五”综合交通运输发展规划的通知》（宁政〔2022〕12号）"; got != want {
				t.Errorf("附录's second document %q, want %q", got, want)
			}
			if c.file != "rt-w4-whole-layout.md" {
				return
			}
			if got, want := w4Furniture(iss), "5:head 45:head 86:head 127:head 168:head 190:formfeed"; got != want {
				t.Errorf("furniture %s, want %s", got, want)
			}
			var pages []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					pages = append(pages, fmt.Sprint(e.Page))
				}
			}
			if got, want := strings.Join(pages, " "), "36 36 37 37 37 37 37 37 38 38 38 38 38 38 38 38 39 39 39 39 39 39 40 40"; got != want {
				t.Errorf("pages %s, want %s", got, want)
			}
			if got, want := w3Paras(entry(7, 0)), "项目          人数（名）    女性（名）    占比（%）|县人大代表    236           62            26.3|县政协委员    218           58            26.6|乡镇人大代表  1284          356           27.7"; got != want {
				t.Errorf("统计资料\n got  %s\n want %s", got, want)
			}
			if got := entry(3, 0).Paragraphs[0].Text; !strings.HasSuffix(got, "全年召开常委会会议8次、主任会议15次，听取和审议专项工作报告22个。") {
				t.Errorf("人大常委会's 概况, cut by a page: %q", got)
			}
		})
	}
}
