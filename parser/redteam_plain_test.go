package parser

import "testing"

// TestRedTeamPlain holds plain copies (pdftotext without -layout: no
// Markdown, no table of contents) a red team found read wrong without a
// warning, each with its cover, its entries (section, title, date,
// paragraphs) and its warnings' lines, as TestRedTeamForms has them:
// points numbered 一、 or （一） in an entry's text, under a line that
// ends with a colon, and an article's numbered subheads, paragraphs of
// their entry and no sections that take the rest of the issue; and
// sections numbered 一、 over titles over dated text, sections with their
// titled entries; a title with a colon (柳林：村史馆建设全面铺开) over its
// dated text, an entry; a title the wrap cut into two short lines, plain
// or bold and a blank line apart (…研究推进地方 / 文献抢救整理工作 /
// 4月10日，…), one title, not a section's name over a title — but where
// the copy's section names are long, or a long line ends with a column's
// word (…学习宣传专栏), a long line over a title stays a name; and where the copy has too few titles to tell points from
// sections by (one entry), a point under a line that ends with a colon,
// read as a section, is warned about.
func TestRedTeamPlain(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-plain-points.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"工作动态|县志办召开年鉴编纂部署会|2024-04-02|5; 工作动态|县志办开展志书进社区活动|2024-04-16|1; 史志研究|清河老街巷考||4", ""},
		{"rt-plain-num-sections.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"工作动态|县志办召开年鉴编纂部署会|2024-04-02|5; 工作动态|县志办开展志书进社区活动|2024-04-16|1; 乡镇动态|柳林镇启动镇志编纂|2024-04-09|1; 乡镇动态|河口乡完成村志初稿|2024-04-25|1", ""},
		{"rt-plain-colon-title.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"工作动态|县志办召开年鉴编纂部署会|2024-04-02|2; 工作动态|柳林：村史馆建设全面铺开|2024-04-11|1; 工作动态|河口乡志办：完成乡志资料长编|2024-04-18|1; 工作动态|县志办开展志书进社区活动|2024-04-16|1", ""},
		{"rt-plain-split-title.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"工作动态|县志办召开年鉴编纂部署会|2024-04-02|1; 工作动态|县政协文史委员会召开专题协商会议研究推进地方文献抢救整理工作|2024-04-10|1; 工作动态|县志办开展志书进社区活动|2024-04-16|1; 乡镇动态|柳林镇启动镇志编纂|2024-04-09|1", ""},
		{"rt-split-title-blank.md", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"工作动态|县志办召开年鉴编纂部署会|2024-04-02|1; 工作动态|县政协文史委员会召开专题协商会议研究推进地方文献抢救整理工作|2024-04-10|1; 工作动态|县志办开展志书进社区活动|2024-04-16|1", ""},
		{"rt-plain-long-names.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"党的二十大精神学习宣传专栏|县志办召开理论学习会|2024-04-02|1; 党的二十大精神学习宣传专栏|县志办开展志书进社区活动|2024-04-16|1; 基层史志工作交流园地|柳林镇启动镇志编纂|2024-04-09|1", ""},
		{"rt-plain-long-column.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"党的二十大精神学习宣传专栏|县志办召开理论学习会|2024-04-02|1; 党的二十大精神学习宣传专栏|县志办开展志书进社区活动|2024-04-16|1; 乡镇动态|柳林镇启动镇志编纂|2024-04-09|1", ""},
		{"rt-split-title-column.md", "清河史志简讯|2024|4||",
			"党的二十大精神学习宣传专栏|县志办召开学习会|2024-04-02|1; 党的二十大精神学习宣传专栏|县志办开展志书进社区活动|2024-04-16|1; 乡镇动态|柳林镇启动镇志编纂|2024-04-09|1", ""},
		// A numbered briefing of one article: its first line, over its
		// dated text, is its title, and the points are its text (they
		// had been sections, warned of, the title a paragraph).
		{"rt-plain-points-one.txt", "清河史志简讯|2024|4|清河县地方志编纂委员会办公室|",
			"|县志办召开年鉴编纂部署会|2024-04-02|5", ""},
	} {
		checkRedTeam(t, c)
	}
}
