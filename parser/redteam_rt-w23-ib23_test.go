package parser

import (
	"strings"
	"testing"
)

// ib23Forms are the blocks the insertion sweep (ibVariants) sets inside
// articles that TestInsertedBlocksReadTheSame did not hold every fixture
// to: pandoc's simple table with a header (  指标   1—10月   增长 /
// ------ ------ ---- / aligned rows), a picture whose caption in
// brackets ends with its credit (![](…) / （图为李明俊在调研。摄影：张伟）),
// and an editor's line at an article's end (责任编辑：王丽).
var ib23Forms = map[string]bool{"simple-table": true, "picture-credit": true, "editor": true}

// ib23SkipForm: a fixture one of ib23Forms still reads otherwise in,
// silently ("fixture form"), with why; the fixture is held to the others.
var ib23SkipForm = map[string]string{
	"rt-part-head-once.md simple-table":                 "open: a yearbook's 条目 over a page's folio (·52·) under the table: the rows after the first two and the page are lost",
	"rt-yx-gazetteer-layout.md simple-table":            "ambiguous: a gazetteer's heading (    二、玉米) right under the last row, in a -layout copy without blank lines, lies within the table's first column as a one-cell row does",
	"rt-w12-contents-heading-bilingual.md simple-table": "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-contents-interleaved.md simple-table":       "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-english-contents.md simple-table":           "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-preface-points.md simple-table":             "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-index-back.md simple-table":                 "open, a yearbook's 索引: 表1　… there is read as a table item of its own, as the part sets its tables (ambiguous, not warned)",
	"rt-w12-index-plain.md simple-table":                "open, a yearbook's 索引: 表1　… there is read as a table item of its own, as the part sets its tables (ambiguous, not warned)",
	"rt-w20-cl20-note-contents.md editor":               "artefact: the editor's line under the 卷首语 before the contents, which the front reads as its masthead's field",
	"rt-w5-briefing-highlights.md editor":               "artefact: the editor's line under the 编者按 before the 本期要目, which the front reads as its masthead's field",
	"rt-w5-whole-briefing.md editor":                    "artefact: the editor's line under the 编者按 before the 本期要目, which the front reads as its masthead's field",
}

// TestArticleBlocksReadTheSame: every fixture reads the same with
// pandoc's simple table, a picture with its credited caption, and an
// editor's line set inside its first, a middle and its last article
// (ib23Forms; the editor's line into no issue's last article and none a
// colophon's fields follow, whose field it would be): the same issues,
// sections, entries, titles, dates and pages, the block read as the
// article's text, or a warning. The fixtures ibSkip lists and
// ib23SkipForm's forms are let go. On the parser before, 163 of these
// insertions had read otherwise, silently: the text under a simple table
// in a copy without blank lines a row of it (孟良崮战役是… / | 孟良崮…
// |), the caption's credit run into the line over the picture and the
// text under it (文/王建国（图为…。摄影：张伟）地情研究是…), and the editor's
// line over a page's number a running foot taken from the article.
func TestArticleBlocksReadTheSame(t *testing.T) {
	var vs []ibVariant
	for _, v := range ibVariants() {
		if ib23Forms[v.name] {
			vs = append(vs, v)
		}
	}
	ibSweep(t, vs, func(fixture, form string) bool {
		_, skip := ibSkip[fixture]
		_, skipForm := ib23SkipForm[fixture+" "+form]
		return !skip && !skipForm
	})
}

// TestArticleBlocksExact: two issues with the blocks ib23Forms set inside
// their articles. A Markdown copy without blank lines: a picture's dated
// caption with its credit under a dated title's article (**11月3日　…**
// / … / ![](…) / 2023年11月2日，…（摄影：张伟）), the article's paragraph
// (it had been an untitled entry of its own, silently); pandoc's simple
// table with the article's text and the speaker's line under its last row
// (会议强调，… / 县长　周文斌), the article's paragraphs, no rows (they had
// been cells, silently); a picture's credited caption under a byline
// (文/陈明远 / ![](…) / （图为…。摄影：李刚）) and under a line ending in
// ： (…各村进展： / ![](…) / （图为…）), a paragraph of its own (it had
// run into the line over the picture, silently). A plain pdftotext copy
// whose articles end with the same editor's line over three of its pages'
// numbers (…确保年鉴质量。 / 责任编辑：王丽 / 2 / form feed): the
// articles' text (it had been a running foot, silently).
func TestArticleBlocksExact(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-w23-ib23-blocks.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|11月3日　县委常委会召开扩大会议|2023-11-03|2; 时政要闻|县政府召开第十二次常务会议（11月8日）|2023-11-08|8; 地情研究|宁川古渡口考略||3; 地情研究|城关镇完成镇志初稿|2023-11-20|3", ""},
		{"rt-w23-ib23-editor-feet.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-05",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|3; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 工作动态|《宁川县志》通过终审|2023-11-15|2; 县区动态|东城区完成村志初稿|2023-11-20|2; 县区动态|石桥乡召开村志编纂推进会|2023-11-24|1", ""},
	} {
		iss := checkRedTeam(t, c)
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				for _, p := range e.Paragraphs {
					if strings.HasPrefix(p.Text, "| 会议") || strings.HasPrefix(p.Text, "| 县长") || strings.HasPrefix(p.Text, "文/") && len(p.Text) > len("文/陈明远") {
						t.Errorf("%s: %q: the text under a table, or a byline, run into a block", c.file, p.Text)
					}
				}
			}
		}
	}
}
