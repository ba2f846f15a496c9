package parser

import (
	"strings"
	"testing"
)

// TestRedTeamLayout holds 月报 copies as pdftotext -layout prints them and
// as other offices set their contents and bylines (testdata/rt-ly-*.md).
func TestRedTeamLayout(t *testing.T) {
	for _, c := range []struct {
		redTeamCase
		pages string
	}{
		// A contents page with an author column between title and page,
		// a wide gap either side (县志办开展…活动      通讯员 王芳      2), and
		// a title wrapped to two lines with the page on the second only;
		// in the body, the byline centred under each title. The titles are
		// the titles (the author had been held in them, 宁川…始末陈明远, in
		// the body's too, and the contents' first two warned unmatched,
		// their entries untitled), and a centred name over text set in
		// by the paragraph's indent is a line of its own (陈明远1940年春，…
		// had been one paragraph).
		{redTeamCase{"rt-ly-toc-author-col.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|2; 工作动态|县志办开展地情资料征集活动|2023-11-10..2023-11-14|2; " +
				"史志研究|清代宁川县城的修筑与变迁——兼论县城选址的地理因素||4; 史志研究|宁川抗日民主政府成立始末||2", ""}, "1,2,3,5"},
		// pdftotext -layout pages with form feeds, the head alternating the
		// publication (even pages) and the column (odd pages); the column
		// 时政要闻 begins under its own head (时政要闻 / 时政要闻), 工作动态
		// under the publication's and heads the next page. Each column
		// once, named (时政要闻 had been taken out as a head with its
		// heading, its entries in an untitled section; 工作动态 atop page 5
		// had begun a second section of the name, silently).
		{redTeamCase{"rt-ly-heads-alternate.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; 时政要闻|县政府常务会议召开|2023-11-16|1; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-20|1; 工作动态|县志办开展地情资料征集活动|2023-11-22..2023-11-25|1; 工作动态|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,2,3,4,5,6"},
		// One column's name alone atop its pages, the first over its own
		// heading: the heading is the section's (the copy had had no
		// section name at all).
		{redTeamCase{"rt-ly-heads-one-column.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; 时政要闻|县政府常务会议召开|2023-11-16|1; " +
				"时政要闻|县史志办召开年鉴编纂工作会议|2023-11-20|1; 时政要闻|县志办开展地情资料征集活动|2023-11-22..2023-11-25|1; 时政要闻|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,2,3,4,5,6"},
		// Another office's lead-ins: a reporters' line with no paper's 讯
		// and no brackets before the date (记者 李强 报道 11月6日，…) leaves
		// the entry its date (it had had none); 本刊讯, （通讯员 张三）,
		// （供稿：…）, （责任编辑：…）, 来源：…, 图为… as they were.
		{redTeamCase{"rt-ly-leadins.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-03|2; 时政要闻|县政府常务会议召开|2023-11-06|2; 时政要闻|全县安全生产工作会议召开|2023-11-10|2; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|2; 工作动态|县志办开展地情资料征集活动|2023-11-20|2; 工作动态|东岭镇完成镇志初稿|2023-11-28|2", ""}, "0,0,0,0,0,0"},
		// pdftotext -layout of a newspaper's headlines: a lead-in (引题)
		// over a title of the contents is the head of the entry's title,
		// as printed, and the contents' line still finds it (it had been
		// an untitled entry of its own), a subtitle under its
		// title (——记…) the title's (it had run into the text:
		// ——记…李文华李文华同志…, then been a paragraph; the title's since
		// rc5), and the last page's number, at the end
		// of a two-page copy, a page number (it had been a paragraph, and
		// the text said to end mid-sentence).
		{redTeamCase{"rt-ly-kicker-layout.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"工作动态|凝心聚力谋发展 砥砺奋进新征程 县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|扎根基层三十载 丹心一片为方志——记县史志办原主任李文华||1", ""}, "1,2"},
		// pdftotext -layout of a contents page in two columns side by
		// side whose long titles wrap within their column, the page on
		// the last line only, in one column (县委理论学习…研讨 / 暨主题教育交流会
		// ……… 2) or as a bare leader and page (……… 4): each title whole
		// with its page (both had been lost, the row read as one title of
		// the two columns' text, with a warning, and the body's two
		// entries run into the ones before them).
		{redTeamCase{"rt-ly-toc-two-col-wrap.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组举行集体学习研讨暨主题教育交流会|2023-11-08|1; " +
				"领导活动|王斌调研信访稳定工作|2023-11-10|1; 领导活动|刘志明调研冬季供暖工作|2023-11-14|1; " +
				"重要会议|县政府常务会议召开|2023-11-16|1; 重要会议|全县安全生产暨消防工作会议召开|2023-11-20|1; " +
				"县区动态|城关镇完成镇志初稿|2023-11-22|1; 县区动态|东岭镇召开村志编纂推进会|2023-11-28|1", ""}, "1,2,3,3,4,4,5,5"},
		// The same lead-ins in a pdftotext -layout copy with no contents
		// and no markup, where titles are known by the dated text under
		// them: text under its dateline (本刊讯 11月3日，…, 记者 李强 报道
		// 11月6日，…, （通讯员 张三）11月10日，…) is dated text, and a title
		// right under a caption (图为…) begins its entry (the whole copy
		// had been two untitled entries, with a warning on one line; the
		// last title, after the caption, had been a paragraph).
		{redTeamCase{"rt-ly-leadins-layout.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|2; 时政要闻|县政府常务会议召开|2023-11-06|2; 时政要闻|全县安全生产工作会议召开|2023-11-10|3; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|2; 工作动态|县志办开展地情资料征集活动|2023-11-20|2; 工作动态|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,1,2,2,3,3"},
		// A running footer over each page's number (责任编辑：张  征<gap>
		// 校对：李  明 / — 1 —), in a copy whose columns begin atop pages
		// (【工作动态】): furniture, and the numbers still the pages that
		// end (the footer had been taken for a column's name and kept as
		// the last paragraph of every entry, silently).
		{redTeamCase{"rt-ly-page-footer.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"【工作动态】|县史志办召开年鉴编纂工作会议|2023-11-03|1; 【工作动态】|县志办开展地情资料征集活动|2023-11-10..2023-11-14|1; 【县区动态】|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,2,3"},
		// A centred title that wraps onto two lines over its centred
		// byline (清代…变迁 / ——兼论…因素 / 李秀英 / 　　宁川县城…): the name is a
		// line of its own (it had run into the text: 李秀英宁川县城…).
		{redTeamCase{"rt-ly-title-wrap-byline.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"史志研究|清代宁川县城的修筑与变迁——兼论县城选址的地理因素||2; 史志研究|宁川抗日民主政府成立始末||2", ""}, "1,2"},
		// A contents page that goes on over a page break under 目录（续）:
		// the heading again, not a section the body lacks (it had been
		// warned as one).
		{redTeamCase{"rt-ly-toc-continued.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|1; 工作动态|县志办开展地情资料征集活动|2023-11-20|1; 县区动态|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,1,2,2,3"},
		// The same with the contents' pages numbered in Roman numerals
		// (Ⅰ, Ⅱ) at their foot: page furniture, no text (Ⅰ had ended the
		// contents, the rest of them an untitled entry, with warnings).
		{redTeamCase{"rt-ly-toc-roman-pages.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|1; 工作动态|县志办开展地情资料征集活动|2023-11-20|1; 县区动态|东岭镇完成镇志初稿|2023-11-28|1", ""}, "1,1,2,2,3"},
		// Heads with the page at the outer corner, the column's on odd
		// pages (时政要闻<gap>1), the publication's on even ones (2<gap>宁川
		// 史志月报 2023年第11期), a column beginning under its own head: the
		// head is furniture and numbers its page (it had been an untitled
		// entry, warned, and 工作动态<gap>3 a paragraph "3" of the entry
		// before, silently; pages 1 and 3 unknown).
		{redTeamCase{"rt-ly-heads-numbered.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-20|1; 工作动态|县志办开展地情资料征集活动|2023-11-22..2023-11-25|1", ""}, "1,2,3,4"},
		// The author between leaders (楚都纪南城考略………李秀英………3) or
		// tabs (…变迁\t陈明远\t5), as a Word table of contents gives it:
		// the title without the name (…变迁陈明远 had been the body's title
		// too, silently; the dotted one unmatched, its entry untitled).
		{redTeamCase{"rt-ly-toc-author-leaders.md", "荆州史志|2023|2||",
			"【工作动态】|市方志办召开党组会议|2023-02-06|1; 【史志研究】|楚都纪南城考略||2; 【史志研究】|荆州古城墙的修筑与变迁||2", ""}, "1,3,5"},
		// A converter's Markdown that marks the column's running head atop
		// each page as a heading (## 时政要闻 again inside 时政要闻), with no
		// page numbers: one section each, the entry going on past the
		// head (each had been a second section of the name, silently, and
		// the text after the last an untitled entry).
		{redTeamCase{"rt-ly-md-column-heads.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县委理论学习中心组集体学习|2023-11-08|1; " +
				"工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|2; 工作动态|县志办开展地情资料征集活动|2023-11-22|1", ""}, "1,2,3,4"},
		// More datelines before the date, in a plain copy: 【本刊讯】,
		// （本刊讯）, ■本刊记者 张华, 通讯员 李明 (no 报道): dated text under
		// each title (the copy had been one untitled entry, silently).
		{redTeamCase{"rt-ly-datelines.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; " +
				"工作动态|县方志馆举办地情讲座|2023-11-16|1; 工作动态|东岭镇完成镇志初稿|2023-11-28|1", ""}, "0,0,0,0"},
		// Lead-ins (引题) in Markdown: a heading of its own over the title's
		// (### 凝心聚力… / ### 县史志办召开…), and a plain paragraph over it:
		// each heads the title it leads (the first had been an entry with
		// no text, warned; the second the last paragraph of the entry
		// before, silently).
		{redTeamCase{"rt-ly-md-kicker.md", "宁川史志月报|2023|11||",
			"工作动态|凝心聚力谋发展 砥砺奋进新征程 县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|凝心聚力谋发展 砥砺奋进新征程 县志办开展地情资料征集活动|2023-11-10|1", ""}, "1,2"},
		// A column's name set in the margin beside its first title, as
		// pdftotext -layout prints a column bar (时政要闻        县委常委会召开
		// 会议), the text indented under the title: the section, then the
		// entry (both had been lost: an untitled section, the contents'
		// lines unmatched, warned).
		{redTeamCase{"rt-ly-body-section-margin.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县政府常务会议召开|2023-11-06|1; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-14|1", ""}, "1,1,2"},
		// The author after one ideographic space (楚都纪南城考略　李秀英　3),
		// which no rule tells from a title's own space: the body, which
		// prints the name on a line of its own under the title, tells it
		// (the titles had held the names, 楚都纪南城考略李秀英, silently).
		{redTeamCase{"rt-ly-toc-author-space.md", "荆州史志|2023|2||",
			"【史志研究】|楚都纪南城考略||2; 【史志研究】|荆州古城墙的修筑与变迁||2", ""}, "3,5"},
		// The article's title as the running head of the pages after the
		// one it begins on (odd pages), the publication's on even ones:
		// the title where it first stands, inside its page, is the
		// title (it had been taken out with the heads, the entry left
		// untitled, the contents' line warned unmatched).
		{redTeamCase{"rt-ly-heads-article-title.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"史志研究|清代宁川县城的修筑与变迁||4", ""}, "1"},
		// A contents page set as a table, its column heads printed over it
		// (栏  目       篇        目                   页码): markup (it had been
		// warned as a title the body lacks).
		{redTeamCase{"rt-ly-toc-header-row.md", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; " +
				"工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "1,2,3,4"},
		// pdftotext -layout of a cover printed beside its box of
		// highlights (宁川史志月报<gap>本期要目 / 2023年第11期<gap>县委常委会
		// 召开会议 ……… 1): the cover from the left-hand column, the box
		// from the right (each line had been read whole as a title of the
		// contents, the cover lost, the body untitled, all warned).
		{redTeamCase{"rt-ly-cover-beside.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1", ""}, "1,2"},
		// The same box and a contents page after it, which lists the
		// titles again: no title is missing for being listed twice.
		{redTeamCase{"rt-ly-cover-beside-toc.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1", ""}, "1,2"},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c.redTeamCase)
			if got := entryPages(iss, ","); got != c.pages {
				t.Errorf("pages %s, want %s", got, c.pages)
			}
		})
	}
}

// TestRedTeamLayoutPlainEssay holds the copy of rt-ly-heads-article-title
// with no contents page: an essay's title heads the pages after its first
// (it had been taken out with the heads, silently), and its centred
// byline over the indented text (清代…变迁 / 李秀英 / 　　宁川县城…) had run
// title, name and text into one paragraph. Each is now a line of its
// own; with no contents and no date under it, the title is still not
// told from text (a limit, not asserted as right).
func TestRedTeamLayoutPlainEssay(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-ly-heads-article-title-plain.md", "宁川史志月报|2023|11|宁川县地方史志办公室|", "|||6", ""})
	if t.Failed() {
		return
	}
	var got []string
	for _, p := range iss.Sections[0].Entries[0].Paragraphs[:3] {
		got = append(got, p.Text)
	}
	if g, want := strings.Join(got, "|"), "史志研究|清代宁川县城的修筑与变迁|李秀英"; g != want {
		t.Errorf("paragraphs %q, want %q", g, want)
	}
}
