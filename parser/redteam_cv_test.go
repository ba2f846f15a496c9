package parser

import "testing"

// TestRedTeamCollections holds the copies a red team wrote of an issue's
// apparatus (testdata/rt-cv-*.md), each with its cover, its entries
// (section, title, date, paragraphs) and its warnings' lines: notes under
// an article after a line that ends no sentence (① 见…, 注：…, 注释：,
// [^1]: …), each a paragraph of its own, never the text's rest; a notes
// heading (#### 注释, **参考文献**) under an article, a paragraph of it,
// not an article titled 注释; callouts (> [!note] 编者按 / > text), their
// title a line of its own, not run into their text.
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
		// #### 注释 and **参考文献** under an article's text, over their
		// notes: paragraphs of the article (each had been an article
		// titled 注释, 参考文献).
		{"rt-cv-notes-heading.md", "宁川史志|2023|11||",
			"地情研究|宁川古渡考||5; 地情研究|李庄村名由来||3; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1", ""},
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
