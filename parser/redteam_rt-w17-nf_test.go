package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
	"golang.org/x/text/unicode/norm"
)

// Why a fixture still reads otherwise once normalised to NFKC, when the
// transform and not the parser is to blame (artefact), or what is left
// open.
const (
	nfLayout = "artefact: a pdftotext -layout copy, its columns and indents counted in cells; 　 (two cells) normalised to one space shifts the text left of the gutter, or an indent (a real copy keeps its columns)"
	nfNote   = "open: ① normalised to 1: a note's call is a figure as any other (…决口3处1，…) and its note begins as a figure does (1宁水：…, 1 8月12日…): the note is read into the text above or as an event"
	nfCircle = "artefact: ① before a date normalised to 1 makes another date (①2月10日 → 12月10日, ①11月6日 → 111月6日): no reader can tell"
	nfRows   = "open: a list's rows set by one 　 (王建国　全省优秀教师, 宁政发〔2022〕3号　…的通知, 安全生产　4), one space once normalised: a row is no more told from a title or prose"
)

// nfkcSkip lists the fixtures TestNFKCReadsTheSame leaves out, each with
// why it still reads otherwise normalised to NFKC.
var nfkcSkip = map[string]string{
	"testdata/rt-w23-cx23-pandoc-caption.md":        "open: a caption's credit in half-width brackets with a space, (县史志办 供图), runs the paragraph under it into it across the blank line (so on one line too)",
	"testdata/rt-w18-nb18-indented.md":              "Word's indent 　　 over 　　 as NFKC gives it, two spaces, is pdftotext -layout's margin too: not read as a paragraph's start (blankLostIndent)",
	"testdata/rt-c1-three-columns.md":               nfLayout,
	"testdata/rt-c1-tight-gutter.md":                nfLayout,
	"testdata/rt-d1-whole-layout.md":                nfLayout,
	"testdata/rt-w1-layout-columns.md":              nfLayout,
	"testdata/rt-c4-bullet-folios.md":               nfNote,
	"testdata/rt-c4-footnote-blank.md":              nfNote,
	"testdata/rt-c4-footnote.md":                    nfNote,
	"testdata/rt-c4-scan-pages.md":                  nfNote,
	"testdata/rt-c4-whole-ocr.md":                   nfNote,
	"testdata/rt-cv-note-circled.md":                nfNote,
	"testdata/rt-cv-note-page.md":                   nfNote,
	"testdata/rt-w13-note-after-year.md":            nfNote,
	"testdata/rt-w13-note-cut-md.md":                nfNote,
	"testdata/rt-w13-note-date-event.md":            nfNote,
	"testdata/rt-w13-note-md-event.md":              nfNote,
	"testdata/rt-w13-note-md-plain.md":              nfNote,
	"testdata/rt-w13-whole-xianzhi-notes.md":        nfNote,
	"testdata/rt-w13-whole-yuebao-notes.md":         nfNote,
	"testdata/rt-w16-half-spaced-dsj.md":            nfNote,
	"testdata/rt-w16-whole-tess-dsj.md":             nfNote,
	"testdata/rt-w7-whole-dangshi.md":               nfNote,
	"testdata/rt-w7-whole-mineru.md":                nfNote,
	"../testdata/families/notes-credits.md":         nfNote,
	"testdata/rt-ch-numbered-bold.md":               nfCircle,
	"../testdata/chronicles/event-lists.md":         nfCircle,
	"testdata/rt-i-circled-entries.md":              "open: ①县史志办召开… normalised to 1县史志办召开…: a title numbered by a circled figure reads as text once its mark is a bare figure",
	"testdata/rt-k-yb-list-rows.md":                 nfRows,
	"testdata/rt-rows-fulu.md":                      nfRows,
	"testdata/rt-yx-backmatter.md":                  nfRows,
	"testdata/rt-w12-index-plain.md":                nfRows,
	"testdata/rt-c1-pages.md":                       nfLayout + " (成  员：… wrapped under its key, the indent counted in cells)",
	"testdata/rt-w14-whole-xianqu.md":               nfLayout + " (a table set in under 　　…如下表：, the indents counted in cells)",
	"testdata/rt-w5-ocr-column-break.md":            "open: 14日　市委召开全市组织 / (a column's break) / 工作会议，…: the event's line, 14日 and one space once normalised, is no more told to go on past the break",
	"testdata/rt-ly-toc-roman-pages.md":             "open: a contents page numbered Ⅰ, normalised to I alone, as an index's letter is printed: left in the text (II is read as Ⅱ)",
	"testdata/rt-w1-notice-colon.md":                "open: 联系人：赵静　电话：0370-6012345, one space once normalised, over the office that signs the notice: the signature is joined to it",
	"testdata/rt-w1-whole-plain.md":                 "open: 联系人：赵静　电话：0370-6012345, one space once normalised, over the office that signs the notice: the signature is joined to it",
	"testdata/rt-w12-contents-heading-bilingual.md": "artefact the other way: the copy as printed warns of 概　　况 … General Situation and 计, which the normalised copy matches (its two warnings are the parser's, open elsewhere)",
	"testdata/rt-w15-vert-colon.md":                 "artefact: NFKC makes the vertical colon ︰ (a Big5 copy's for ：) two dots, 發佈日期..2024年4月8日, which no copy prints",
	"testdata/rt-w4-pandoc-parts.md":                "open: 县长 周文斌 between the subtitle and a ### point of a pandoc copy is read as a section 县长周文斌",
	"testdata/rt-w4-whole-pandoc.md":                "open: （撰稿：赵　敏　审稿：孙国庆） under a caption, its gap one space once normalised, is joined to the caption",
	"../testdata/families/leaders.md":               "open: a contents line whose page is one 　 after its title (…推进会召开　4), one space once normalised, is no contents line (a sentence may end so: …增长 4)",
	"../testdata/families/toc-page-first.md":        "open: a page-first contents line, 2　title, one space once normalised, is no contents line (a list's 2 县委… reads so)",
}

// TestNFKCReadsTheSame: every fixture (but nfkcSkip's) reads the same —
// cover, sections, titles, dates, paragraphs, the count of warnings —
// normalised to NFKC, as text-cleaning scripts and some PDF and OCR
// pipelines leave a copy: full-width punctuation ASCII, 　 a space (a
// paragraph's indent two, a cover's gap two: 第5期  …办公室  2023年5月31日,
// a byline's or a speaker's one: …办公室 李明, 县长 周文斌), … three dots
// (a contents leader three times as long), Ⅱ and Ⅺ Latin capitals (II、基层信息,
// XI月), ①②③ figures. The outlines are compared normalised to NFKC.
func TestNFKCReadsTheSame(t *testing.T) {
	n := 0
	for _, fx := range fixtureTexts(t) {
		if _, skip := nfkcSkip[fx.path]; skip {
			continue
		}
		alt := norm.NFKC.String(fx.text)
		if alt == fx.text {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(alt))
		if err != nil {
			t.Fatal(err)
		}
		n++
		if d := shapeDiff(norm.NFKC.String(readShape(ref)), norm.NFKC.String(readShape(got))); d != "" {
			t.Errorf("%s normalised to NFKC reads otherwise: %s", fx.path, d)
		}
	}
	if n < 850 {
		t.Errorf("only %d fixtures tried", n)
	}
	for f := range nfkcSkip {
		if !strings.HasPrefix(f, "testdata/") && !strings.HasPrefix(f, "../testdata/") {
			t.Errorf("nfkcSkip: %s is no fixture's path", f)
		}
	}
}

// w17nfOutline is every entry of iss as section | title | page | date |
// paragraphs, one a line, then each warning as line: message.
func w17nfOutline(iss *model.Issue) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%d|%d|%d|%s\n", iss.Title, iss.Year, iss.Number, iss.Total, iss.Published)
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

// w17nfCheck parses testdata/file, one issue, and compares its outline
// (w17nfOutline) and the paragraphs of the entries paras names by their
// place in it.
func w17nfCheck(t *testing.T, file, outline string, paras map[int][]string) {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues, want 1: %s", file, len(all), issuesSummary(all))
	}
	if got := w17nfOutline(all[0]); got != outline {
		t.Errorf("%s: outline\n%s\nwant\n%s", file, got, outline)
	}
	checkParas(t, file, all, paras)
}

// TestRedTeamW17NFKCBriefing: a briefing normalised to NFKC
// (testdata/rt-w17-nf-briefing.md): its cover line's items two spaces
// apart (第5期  宁川县人民政府办公室  2023年5月31日), contents with leaders of
// dots three times as long as ……'s, on two pages (目录(续)), columns
// numbered in Latin capitals (## II、基层信息), an office's byline one
// space from its author (东岗县地方志办公室 李明), bulleted items run into
// their dates by one space (●县史志办召开县志评审会 5月28日,…). Before, the
// cover was not read (no number, no date: the items undated), 目录(续)
// began a second issue, the columns were named I、工作动态, the bulleted
// items one untitled paragraph.
func TestRedTeamW17NFKCBriefing(t *testing.T) {
	w17nfCheck(t, "rt-w17-nf-briefing.md", `宁川史志简报|2023|5|0|2023-05-31
工作动态 | 县史志办召开年鉴编纂工作会议 | p1 | 2023-05-10 | 1
工作动态 | 县志办开展地情资料征集活动 | p1 | 2023-05-20 | 1
基层信息 | 东岗县启动县志续修 | p2 | 2023-05-26 | 2
简讯 | 县史志办召开县志评审会 | p3 | 2023-05-28 | 1
简讯 | 城关镇完成镇志初稿 | p3 | 2023-05-30 | 1
`, map[int][]string{
		2: {"东岗县地方志办公室 李明", "5月26日,东岗县召开县志续修工作动员会,标志着《东岗县志(1986—2020)》编纂工作全面启动。"},
		3: {"5月28日,县史志办召开《宁川县志》评审会,与会专家一致同意通过评审。"},
	})
}

// TestRedTeamW17NFKCYearbook: a yearbook normalised to NFKC
// (testdata/rt-w17-nf-yearbook.md): a part's name letter-spaced by two
// spaces (特  载), a report's subtitle and its speaker one space from his
// name (县长 周文斌), a paragraph set in by two spaces, 条目 run into their
// text by one space (重要会议 1月10日,…, 组织工作 2022年,…), a credit set
// by single spaces (撰稿 张伟 审稿 李强). Before, the whole book was one
// untitled entry, warned as a text that ends mid-sentence.
func TestRedTeamW17NFKCYearbook(t *testing.T) {
	w17nfCheck(t, "rt-w17-nf-yearbook.md", `宁川年鉴(2023)|2023|0|0|
特载 | 政府工作报告 | p0 |  | 4
中共宁川县委员会 | 重要会议 | p0 | --01-10 | 1
中共宁川县委员会 | 组织工作 | p0 |  | 1
中共宁川县委员会 | 宣传工作 | p0 |  | 2
`, map[int][]string{
		0: {"——2023年1月12日在宁川县第十七届人民代表大会第二次会议上", "县长 周文斌", "各位代表:", "现在,我代表县人民政府,向大会报告工作,请予审议。"},
		3: {"2022年,全县开展理论宣讲活动860场次,受众5.2万人次。", "撰稿 张伟 审稿 李强"},
	})
}

// TestRedTeamW17NFKCChronicle: a chronicle normalised to NFKC
// (testdata/rt-w17-nf-chronicle.md), its months headed in Roman numerals,
// Ⅹ月 Ⅺ月 Ⅻ月 spelled in Latin capitals (X月, XI月, XII月), its days set
// in by two spaces. Before, the months were no headings and every day
// undated, warned as a date that cannot be.
func TestRedTeamW17NFKCChronicle(t *testing.T) {
	w17nfCheck(t, "rt-w17-nf-chronicle.md", `宁川县大事记(1950)|0|0|0|
X月 |  | p0 | 1950-10-01 | 1
X月 |  | p0 | 1950-10-15 | 1
XI月 |  | p0 | 1950-11-05 | 1
XI月 |  | p0 | 1950-11-20 | 1
XII月 |  | p0 | 1950-12-03 | 1
XII月 |  | p0 | 1950-12-28 | 1
`, nil)
}

// TestRedTeamW17NFKCCounty: county news and a table normalised to NFKC
// (testdata/rt-w17-nf-county.md): items led by their place, one by a
// colon (白马区:…), two by one space (石桥镇 镇党委组织…), and a table's
// rows a blank line apart, their cells two spaces apart (石桥村  2021年  42).
// Before, the three items were one untitled entry and the rows one
// paragraph, run into the text under them.
func TestRedTeamW17NFKCCounty(t *testing.T) {
	w17nfCheck(t, "rt-w17-nf-county.md", `宁川史志|2023|11|0|
县区动态 |  | p0 |  | 1
县区动态 |  | p0 |  | 1
县区动态 |  | p0 |  | 1
工作动态 | 清河县村志编纂工作取得新进展 | p0 | 2023-11-09 | 7
`, map[int][]string{
		1: {"石桥镇 镇党委组织编纂的《石桥镇志》通过评审。"},
		3: {"11月9日,清河县史志办召开村志编纂工作座谈会,总结交流经验。截至11月底,全县已出版村志3部。", "清河县已出版村志情况表", "村 名  出版时间  字数(万字)", "石桥村  2021年  42", "河湾村  2022年  38", "柳塘村  2023年  35", "座谈会上,各村代表交流了村志编纂经验。"},
	})
}
