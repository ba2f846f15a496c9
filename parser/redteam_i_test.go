package parser

import "testing"

// TestRedTeamI holds report copies a seventh red team wrote in forms the
// parser had read silently wrong (testdata/rt-i-*.md), each with its
// cover, its entries (section, title, date, paragraphs) and its
// warnings' lines.
func TestRedTeamI(t *testing.T) {
	// The pages each entry gets, where a copy is about them.
	pages := map[string]string{"rt-i-footer-pages.txt": "1,1,2,3"}
	for _, c := range []redTeamCase{
		// Entries numbered with circled figures (①县史志办召开…, ② …) over
		// their dated text, under ## sections: the entries, titled with
		// their number as 1、 titles are; the ## headings the sections. A
		// list under a colon (①加强组织领导) and a footnote (①见…) stay
		// paragraphs.
		{"rt-i-circled-entries.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|①县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|②县志办开展地情资料征集活动|2023-11-10|3; 基层信息|①城关镇完成镇志初稿|2023-11-20|2", ""},
		// An item's date in brackets before its text (【11月3日】…,
		// （11月20日上午）…) or alone on the line under its title
		// （（2023年11月10日））: the entry's date. A label in brackets
		// (【会议要点】) is no date.
		{"rt-i-bracket-date.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|2; 基层信息|城关镇完成镇志初稿|2023-11-20|1; 基层信息|石桥乡村志编纂有序推进||1", ""},
		// A newspaper's dateline naming its reporters without brackets
		// (本报讯　记者李强报道：11月3日，…, …通讯员王芳报道　11月10日，…):
		// the date after it is the entry's. 报道 later in the text is no
		// dateline's.
		{"rt-i-dateline-reporter.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 工作动态|城关镇完成镇志初稿||1", ""},
		// A running footer that ends each page (史志动态　第11期　第1页),
		// the copy's last line one: page furniture, not a section's name
		// or text, its number the page that ends, not the one that begins.
		{"rt-i-footer-pages.txt", "史志动态|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 基层信息|城关镇完成镇志初稿|2023-11-20|1; 基层信息|县档案馆开展档案进社区活动|2023-11-28|1", ""},
		// Titles after a bullet on lines of their own over dated text
		// (▲ 县史志办召开…, □ 城关镇…) under ## headings: the headings the
		// sections, not entries with no text over an unnamed section's.
		{"rt-i-marked-titles.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 基层信息|城关镇完成镇志初稿|2023-11-20|1", ""},
		// The same under names in brackets alone on their lines
		// (【工作动态】), as a WeChat article sets its columns: each a
		// section, not cover text and a paragraph of the entry above.
		{"rt-i-marked-titles-plain.md", "宁川史志|2023|11||",
			"【工作动态】|县史志办召开年鉴编纂工作会议|2023-11-03|1; 【工作动态】|县志办开展地情资料征集活动|2023-11-10|1; 【基层信息】|城关镇完成镇志初稿|2023-11-20|1; 【基层信息】|石桥乡召开村志编纂座谈会|2023-11-24|1", ""},
		// In a plain copy, titles after a bullet over their text with no
		// blank line between (□ 县史志办召开… / 11月3日，…): the bullet is
		// no part of the title.
		{"rt-i-plain-bullet-titles.txt", "宁川史志动态|2023|11|宁川县地方史志办公室|2023-11-30",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 基层信息|城关镇完成镇志初稿|2023-11-20|1", ""},
		// A briefing's list under 【本期导读】 (titles and pages, no
		// sections) over the body's columns in brackets: a box of
		// highlights, as 本期要目 is; 【工作动态】 a section, not untitled
		// text, and 【基层信息】 no paragraph of the entry above.
		{"rt-i-daodu.txt", "宁川史志工作简报|2023|11|宁川县地方史志办公室|2023-11-30",
			"【工作动态】|县史志办召开年鉴编纂工作推进会|2023-11-03|1; 【工作动态】|县志办开展地情资料征集活动|2023-11-10|1; 【基层信息】|城关镇完成镇志初稿|2023-11-20|1", ""},
		// Sections marked with a bar (## ▍工作动态) or numbered with Roman
		// numerals of their own character (Ⅱ、基层信息, Ⅲ　史海钩沉): the
		// mark or number a label, the name the rest.
		{"rt-i-section-marks.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-01",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 基层信息|城关镇完成镇志初稿|2023-11-20|1; 史海钩沉|宁川古渡考||1", ""},
	} {
		iss := checkRedTeam(t, c)
		if want, ok := pages[c.file]; ok {
			if g := entryPages(iss, ","); g != want {
				t.Errorf("%s: pages %s, want %s", c.file, g, want)
			}
		}
	}
}
