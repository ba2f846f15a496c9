package parser

import "testing"

// TestRedTeamTOC holds the copies a red team wrote about where a table of
// contents begins and ends (testdata/rt-toc-*.md), each with its cover,
// its entries (section|title|date|paragraphs) and its warnings' lines:
// an editors' note on the cover above the contents heading (**编者按**：…,
// 卷首语 over hard-wrapped text), an entry of the body before its first
// section, the table of contents read after it (the contents had become
// a section of the body, its lines one paragraph); and a box of
// highlights (本期要目) over the body's sections; dates the wrap cut in a
// copy with no table of contents; titles run into their text.
func TestRedTeamTOC(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-toc-note.md", "宁川史志月报|2024|3||",
			"|||1; 工作动态|县史志办召开修志工作会议|2024-03-06|1; 地情研究|宁川古渡口考||1", ""},
		{"rt-toc-note-plain.md", "鹰城月报|2023|5||",
			"|卷首语||1; 工作动态|市史志办召开年鉴编纂工作会议|2023-05-08|1; 地情研究|鹰城古渡口考||1", ""},
		// A box of highlights on the cover (本期要目, 要目) over the body's
		// sections: the list is the table of contents, but it ends at the
		// body's first section (## 一、重要会议 over ### titles, which it had
		// taken for its own, leaving the body's first entries without
		// their section), and an entry it does not list, or lists without
		// a page, is no warning; a line of it the body does not have
		// still is. (One that lists every entry is the contents: see
		// rt-toc-bullets.md.) In a copy without
		// blank lines, plain lines name the sections, as where there is no
		// table of contents (they had been text of the entry above).
		{"rt-toc-yaomu.md", "鹰城月报|2024|6||",
			"重要会议|市委常委会专题研究防汛工作|2024-06-04|1; 重要会议|全市招商引资推进会召开|2024-06-13|1; 社会民生|鹰城国际马拉松鸣枪开跑|2024-06-16|1", "9"},
		// The same box and body all in bold (**本期要目** / **会议甲召开** …
		// **一、重要会议**): the box's bold lines are its titles, not
		// sections, and the body's bold names over bold titles its
		// sections.
		{"rt-toc-yaomu-bold.md", "宁川史志月报|2024|6||",
			"重要会议|市委常委会专题研究防汛工作|2024-06-04|1; 重要会议|全市招商引资推进会召开|2024-06-13|1; 社会民生|鹰城国际马拉松鸣枪开跑|2024-06-16|1", ""},
		{"rt-toc-yaomu-plain.md", "宁川史志|2024|7||",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-07-05|1; 工作动态|县志办开展地情资料征集活动|2024-07-12|1; 工作动态|县领导调研地方志工作|2024-07-26|1; 地情研究|宁川古渡口考||1", ""},
		// In a copy without a table of contents or markup, a date the
		// wrap cut under a title (5月 / 8日，…, 5 / 月14日，…, 2024年5 /
		// 月22日，…): the start of the entry's text, dated, not a title or
		// a chronicle's month (each had merged the entries into one).
		{"rt-toc-date-split.md", "宁川史志月报|2024|5||",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-05-08|1; 工作动态|县志办开展地情资料征集活动|2024-05-14|1; 工作动态|县史志办完成县志初审|2024-05-22|1", ""},
		// The same under bold titles, a blank line between title and
		// date (**…会议** / / 5月 / 8日，…): no chronicle's month.
		{"rt-toc-date-split-bold.md", "鹰城月报|2024|5||",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-05-08|1; 工作动态|县志办开展地情资料征集活动|2024-05-14|1", ""},
		// pdftotext's copy with no table of contents, its bold titles
		// lost, each run into its dated text after a space (市史志办召开…会议
		// 4月8日，…), the sections plain lines over them: an entry each,
		// under its section (they had been one paragraph of one entry).
		// So in a copy whose sections are headings (## 工作动态 over such
		// titles: the heading had been the entry, its titles its text,
		// warned).
		{"rt-toc-runin-plain.md", "鹰城月报|2024|4||",
			"工作动态|市史志办召开年鉴编纂工作会议|2024-04-08|1; 工作动态|县志办开展地情资料征集活动|2024-04-12..2024-04-15|1; 县区动态|东城区完成村志初稿|2024-04-20|1", ""},
		{"rt-toc-runin-heads.md", "鹰城月报|2024|4||",
			"工作动态|市史志办召开年鉴编纂工作会议|2024-04-08|1; 工作动态|县志办开展地情资料征集活动|2024-04-12|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
