package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestRedTeamCollections holds the copies a red team wrote of an issue's
// apparatus (testdata/rt-cv-*.md), each with its cover, its entries
// (section, title, date, paragraphs) and its warnings' lines: notes under
// an article after a line that ends no sentence (① 见…, 注：…, 注释：,
// [^1]: …), each a paragraph of its own, never the text's rest; a notes
// heading (#### 注释, **参考文献**) under an article, a paragraph of it,
// not an article titled 注释; callouts (> [!note] 编者按 / > text), their
// title a line of its own, not run into their text; an index after the
// last article (## 索引), a line each.
func TestRedTeamCollections(t *testing.T) {
	for _, c := range []redTeamCase{
		// ① 见… / ② 据… under a paragraph that ends no sentence: two
		// paragraphs of notes (they had joined the paragraph, and the
		// last, a source with no full stop, was warned as a cut file).
		{"rt-cv-note-circled.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 地情研究|宁川古渡考||4", ""},
		// 注：… after a line with no full stop, across a blank line and
		// right under it, and 注释： over a numbered note: each its own
		// paragraph (注：… had joined the text: …故名注：据…).
		{"rt-cv-note-colon.md", "宁川史志|2023|11||",
			"工作动态|县志办开展地情资料征集活动|2023-11-08|2; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-20|1; 地情研究|李庄村名由来||2; 地情研究|张村村名由来||3", ""},
		// Markdown's footnote definitions ([^1]: …) right under a line
		// with no full stop: a paragraph each (the first had joined it).
		{"rt-cv-note-md.md", "宁川史志|2023|11||",
			"地情研究|宁川古渡考||4; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1", ""},
		// A footnote a page break set inside a sentence (…清乾隆年间 /
		// ① 见…。 / 重修，…): the sentence whole, the note a paragraph of
		// its own after it (the note had joined the first half: …年间①
		// 见…; then the halves were left apart around it, with a warning
		// at the second, until rejoinAfterNotes).
		{"rt-cv-note-page.md", "宁川史志|2023|11||",
			"地情研究|宁川古渡考||2; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1", ""},
		// #### 注释 and **参考文献** under an article's text, over their
		// notes: paragraphs of the article (each had been an article
		// titled 注释, 参考文献).
		{"rt-cv-notes-heading.md", "宁川史志|2023|11||",
			"地情研究|宁川古渡考||5; 地情研究|李庄村名由来||3; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1", ""},
		// An index after the last article (## 索 引 / 年鉴编纂 ……… 1 /
		// 地情资料 ……… 2, no blank lines), in an issue with a table of
		// contents: a line each, no warning (they had been one paragraph,
		// warned as untitled text and as a text cut mid-sentence).
		{"rt-cv-index.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 索引|||3", ""},
		// > [!note] 编者按 / > text before the first section: a piece
		// titled 编者按; > [!tip] 会议要求 / > text inside an article: the
		// title a paragraph of its own (each had run into its text:
		// 编者按本期刊发…, 会议要求各单位…).
		{"rt-cv-callout.md", "宁川史志|2023|11||",
			"|编者按||1; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|3; 工作动态|县志办开展地情资料征集活动|2023-11-08|3", ""},
	} {
		checkRedTeam(t, c)
	}
}

// TestRedTeamCVBound: a year's issues bound in one file (合订本), each
// copy as its issues (title|year|number|total|entries|warnings, the
// volume's front first) and the volume's contents (section: title page,
// …), read as the front's table of contents and matched to the issues.
func TestRedTeamCVBound(t *testing.T) {
	for _, c := range []struct{ file, want, toc string }{
		// ## 总目录 over 第1期 / titles… / 第2期 / titles…, then each issue
		// under its own cover: the contents are the volume's, no
		// warning (the bare 第1期 of the contents had kept the first
		// issue in the volume's part, its cover read as a section, its
		// contents warned about as matching no entry of it).
		{"rt-cv-bound-by-issue.md", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|61|2|0; 宁川史志|2023|2|62|2|0",
			"第1期: 县史志办召开2023年工作会议 1, 《宁川年鉴（2023）》编纂工作启动 2; 第2期: 县志办开展地情资料征集活动 1, 东城区完成村志初稿 2"},
		// ## 2023年总目录 by column, each title's reference its issue
		// (……… 第1期): the title without it, no page; a line no issue
		// has is a warning (the contents had been a section of entries
		// named by column, warned only as a text cut mid-sentence).
		{"rt-cv-bound-by-column.md", "宁川史志|2023|0|0|0|1; 宁川史志|2023|1|61|2|0; 宁川史志|2023|2|62|2|0",
			"工作动态: 县史志办召开2023年工作会议 0, 《宁川年鉴（2023）》编纂工作启动 0, 县志办开展地情资料征集活动 0, 县史志办举办业务培训班 0; 县区动态: 东城区完成村志初稿 0"},
		// By column, the references 1-3 (issue 1, page 3) where each
		// first number is an issue that has the title: its page, not
		// pages 1 to 3.
		{"rt-cv-bound-issue-pages.md", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|61|2|0; 宁川史志|2023|2|62|2|0",
			"工作动态: 县史志办召开2023年工作会议 3, 《宁川年鉴（2023）》编纂工作启动 5, 县志办开展地情资料征集活动 3; 县区动态: 东城区完成村志初稿 8"},
		// By column in bold, the references issue first and page second
		// going down (2-1, issue 2's page 1), under a note that says so:
		// the pages, and the note an entry of the volume's front (the
		// contents had stopped at 2-1, no range of pages, the rest read
		// as the volume's body, with five warnings that named a table of
		// contents matching nothing).
		{"rt-cv-bound-issue-pages-down.md", "宁川史志|2023|0|0|1|0; 宁川史志|2023|1|0|1|0; 宁川史志|2023|2|0|2|0",
			"工作动态: 县史志办召开2023年工作会议 1, 县志办开展地情资料征集活动 1; 县区动态: 东城区完成村志初稿 2"},
		// 宁川史志（2023年合订本） over plain 第1期, 第2期, 第3期 lines, each
		// over its issue's sections and articles: an issue each, under
		// the volume's title and year (they had been one issue, 第1期
		// warned as a cover line not understood, 第2期 and 第3期
		// paragraphs of the article above them).
		{"rt-cv-bound-bare.md", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|0|2|0; 宁川史志|2023|2|0|2|0; 宁川史志|2023|3|0|1|0", ""},
		// The same with numbers that skip (第1期, 第3期, 第5期): not split,
		// each number a warning (第3期 and 第5期 had been silent
		// paragraphs).
		{"rt-cv-bound-bare-gap.md", "宁川史志|2023|0|0|6|3", ""},
	} {
		all := parseAllFile(t, c.file)
		if g := issuesSummary(all); g != c.want {
			t.Errorf("%s: issues (title|year|number|total|entries|warnings)\n got  %s\n want %s", c.file, g, c.want)
		}
		var toc []string
		for _, s := range all[0].TOC {
			var es []string
			for _, e := range s.Entries {
				es = append(es, fmt.Sprintf("%s %d", e.Title, e.Page))
			}
			toc = append(toc, s.Name+": "+strings.Join(es, ", "))
		}
		if g := strings.Join(toc, "; "); g != c.toc {
			t.Errorf("%s: the volume's contents\n got  %s\n want %s", c.file, g, c.toc)
		}
		text, _, _, _ := decode(readFixture(t, c.file))
		checkLossless(t, c.file, text)
	}
}
