package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// The red team's copies of a 月报 whose body has more levels than
// sections and entries (testdata/rt-w14-*.md): a city's 史志月报 as
// pdftotext -layout prints it, its 县区动态 set out by county (【舞阳县】
// over the county's items), and a province's digest copied from its web
// site (## 地市动态 / ### 洛阳市 / #### title).

// TestRedTeamW14MastheadWrap: the back cover's masthead, whose 发放范围
// list pdftotext -layout wrapped over two lines (…各县（市、区）党委和 /
// 人民政府，市直各单位), is the masthead's, not the last article's text.
// It had run into the last article, warned of only as a cut text.
func TestRedTeamW14MastheadWrap(t *testing.T) {
	iss := checkW9(t, "rt-w14-masthead-wrap.md", `会议|[市史志办党组召开理论学习中心组学习会]2024-05-29|5|5月29日，|1
会议|[全市地方志工作会议召开]2024-05-27|5|5月27日，|4
furniture 17:page
pages 5@4 6@19
`)
	if len(iss.Masthead) != 5 || iss.Distribution != "市委、市人大常委会、市政府、市政协领导，各县（市、区）党委和人民政府，市直各单位" {
		t.Errorf("masthead %q, distribution %q", iss.Masthead, iss.Distribution)
	}
}

// TestRedTeamW14RunInIdeographic: a title pdftotext ran into its dated
// text with an ideographic space between (市史志办召开…推进会　5月9日，…),
// the contents listing it, is the entry's title. Both titles had been one
// untitled entry's text, the contents unmatched (warned).
func TestRedTeamW14RunInIdeographic(t *testing.T) {
	checkW9(t, "rt-w14-runin-ideographic.md", `工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|2|5月9日，市|1
工作动态|[市史志办开展“史志进校园”活动]2024-05-22|2|5月22日，|1
furniture 
pages 
`)
}

// w14Counties is the outline every copy of the county column below reads
// as: the column's section with no entries, then a section per county,
// each of its items an entry of its own, dated. name formats the
// county's name as the section is named ([舞阳县] or 【舞阳县】).
func w14Counties(name func(string) string, bei string) string {
	return `时政要闻|[市委常委会召开扩大会议]2024-05-06|0|5月6日，市|2
时政要闻|[全市文化和旅游发展大会召开]2024-05-14|0|5月14日，|1
县区动态|
` + name("舞阳县") + `|2024-05-08|0|5月8日，舞|1
` + name("舞阳县") + `|2024-05-17|0|5月17日，|1
` + name("临河县") + `|2024-05-21..2024-05-23|0|5月21日至|1
` + name("北山区") + `|2024-05-07|0|5月7日，北|1
` + name("北山区") + bei + `
furniture 
pages 
`
}

// TestRedTeamW14CountyHeads: a column of county news set out by county, a
// line over each county's items (【舞阳县】, ◆舞阳县, 舞阳县, （一）舞阳县),
// in a copy with no contents: each county a section after the column's
// (the model has two levels), each of its items an entry, dated. The
// counties had been entries each (【舞阳县】 a title in brackets), their
// items merged into them, silently; the bracketed heads had made the
// copy a yearbook's, every section lost (warned).
func TestRedTeamW14CountyHeads(t *testing.T) {
	plain := func(s string) string { return s }
	bei := "|2024-05-15|0|5月15日，|1"
	checkW9(t, "rt-w14-county-brackets.md", w14Counties(func(s string) string { return "【" + s + "】" }, bei))
	checkW9(t, "rt-w14-county-diamond.md", w14Counties(plain, bei))
	// An ornament on both sides (◆舞阳县◆) had titled the entry 舞阳县◆.
	checkW9(t, "rt-w14-county-ornaments.md", w14Counties(plain, bei))
	checkW9(t, "rt-w14-county-plain.md", w14Counties(plain, bei))
	// A title run into its dated text under a county begins a titled item,
	// whose next paragraph (undated) is its own.
	iss := checkW9(t, "rt-w14-county-numbered.md", w14Counties(plain, "|[《北山区情手册（2024）》出版发行]2024-05-15|0|5月15日，|2"))
	var labels []string
	for _, s := range iss.Sections {
		labels = append(labels, s.Label)
	}
	if got := strings.Join(labels, ","); got != ",,（一）,（二）,（三）" {
		t.Errorf("labels %q, want the counties' enumerators", got)
	}
}

// TestRedTeamW14ContentsCounties: a contents that lists a column's
// counties set in under it (县区动态 / 　舞阳县 / 　　title …… 1), and a
// column that prints its page set out as the columns' names are (简讯 ……
// 2): each county a section, as the body's 【舞阳县】 is, and 简讯 a
// column, its one-line items (▲5月3日，…) entries. The contents' lines
// had been joined into one title (县区动态舞阳县舞阳县召开…), the run-in
// titles left in the text, and 简讯 an entry of the last county (warned).
func TestRedTeamW14ContentsCounties(t *testing.T) {
	iss := checkW9(t, "rt-w14-toc-counties.md", `工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|1|5月9日，市|1
县区动态|
【舞阳县】|[舞阳县召开县志编纂工作推进会]2024-05-08|1|5月8日，舞|1
【临河县】|[临河县村志编纂试点工作取得阶段性成果]2024-05-10|2|5月10日，|1
简讯|2024-05-03|2|▲5月3日，|1
简讯|2024-05-11|2|▲5月11日|1
简讯|2024-05-20|2|■ 5月20|1
furniture 26:page
pages 1@15 2@28
`)
	var toc []string
	for _, s := range iss.TOC {
		toc = append(toc, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
	}
	// (简讯 …… 2 keeps its line as its entry, the column's page.)
	if got := strings.Join(toc, " "); got != "工作动态:1 县区动态:0 舞阳县:1 临河县:1 简讯:1" {
		t.Errorf("contents %s", got)
	}
}

// TestRedTeamW14WebCities: a web page's column of city news whose cities'
// heads are set over their items' titles as a bracketed line (【洛阳市】 /
// #### title) or a heading over bold titles (### 洛阳市 / **title**): each
// city a section, as ### 洛阳市 over #### titles is. The bracketed heads
// had been the text of the item above (【开封市】 the end of 偃师's item),
// and the headings entries of no text, silently.
func TestRedTeamW14WebCities(t *testing.T) {
	want := func(luo, kai string) string {
		return `省院动态|[省院召开党组理论学习中心组（扩大）学习会]2024-04-18|0|4月18日，|2
地市动态|
` + luo + `|[《洛阳市志（1991—2020）》首批分志出版]|0|近日，《洛阳|2
` + luo + `|[偃师区史志办开展“方志进乡村”活动]2024-04-23|0|4月23日，|2
` + kai + `|[“开封记忆”口述史丛书启动编纂]2024-04-16|0|4月16日，|2
furniture 
pages 
`
	}
	checkW9(t, "rt-w14-web-bracket-city.md", want("【洛阳市】", "【开封市】"))
	checkW9(t, "rt-w14-web-bold-items.md", want("洛阳市", "开封市"))
}

// TestRedTeamW14EditorAtopPage: items that each end with the same
// editor's line (责任编辑：杜晓燕), two of them atop a page under its
// running head: the lines are the items' text, not a second running
// head. Every one had been taken from its item as a head, and the pages
// after them miscounted (偃师's item on page 3, 开封's on 2), silently.
func TestRedTeamW14EditorAtopPage(t *testing.T) {
	checkW9(t, "rt-w14-editor-atop-page.md", `地市动态|[省院召开党组理论学习中心组学习会]2024-04-18|1|4月18日，|2
地市动态|[《洛阳市志（1991—2020）》首批分志出版]2024-04-12|2|4月12日，|2
地市动态|[偃师区史志办开展“方志进乡村”活动]2024-04-23|2|4月23日，|2
地市动态|[“开封记忆”口述史丛书启动编纂]2024-04-16|3|4月16日，|2
furniture 11:page,12:head,26:page,27:head,37:page
pages 1@5 2@14 3@29
`)
}

// TestRedTeamW14WholeXianqu is the acceptance test of a whole 月报 as
// pdftotext -layout prints it (running heads alternating, folios, form
// feeds, hard wraps, 　　 indents; bold titles lost, run into their text
// before an ideographic space), whose contents list 县区动态's counties set
// in under it and 简讯 and 人事任免 as columns with their pages, whose
// 县区动态 is set out by county (【舞阳县】 over the county's items: run-in
// titles and dated paragraphs), with a 简讯 of one-line items (▲, ■, ●),
// a 人事任免 list, numbered points inside meetings' entries, a table, a
// picture's caption, an essay with its byline, and the masthead and
// distribution list on the back cover. Read by hand: every county a
// section (its items entries, dated, paged), the column's own section
// with none; 简讯's items an entry each; the points and the table the
// entries' paragraphs; no warning. At the start commit the county heads
// had made it a yearbook (every section lost), and, read otherwise, the
// contents' levels had been one title, the run-in titles text, 简讯 and
// 人事任免 entries of the last county, and the back cover the last
// meeting's text.
func TestRedTeamW14WholeXianqu(t *testing.T) {
	iss := checkW9(t, "rt-w14-whole-xianqu.md", `|[卷首语]|1|五月的青岚，|3
时政要闻|[市委常委会召开扩大会议]2024-05-06|1|5月6日，市|2
时政要闻|[全市文化和旅游发展大会召开]2024-05-14|1|5月14日，|2
工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|2|5月9日，市|5
工作动态|[《青岚年鉴（2024）》框架评审会召开]2024-05-16|2|5月16日，|2
工作动态|[市史志办开展“史志进校园”活动]2024-05-22|2|5月22日，|1
县区动态|
【舞阳县】|[舞阳县召开县志编纂工作推进会]2024-05-08|2|5月8日，舞|2
【舞阳县】|[《舞阳年鉴（2024）》组稿工作启动]2024-05|2|5月下旬，县|1
【临河县】|[临河县村志编纂试点工作取得阶段性成果]2024-05-10|3|5月10日，|2
【北山区】|2024-05-07|3|5月7日，北|1
【北山区】|2024-05-15|3|5月15日，|1
【北山区】|[北山区首部镇志通过终审]2024-05-24|3|5月24日，|1
【岚山区】|[岚山区史志办开展口述史采集工作]2024-05-13|3|5月13日，|7
简讯|2024-05-03|4|▲5月3日，|1
简讯|2024-05-11|4|▲5月11日|1
简讯|2024-05-15|4|■ 5月15|1
简讯|2024-05-20|4|■ 5月20|1
简讯|2024-05-24|4|● 5月24|1
简讯|2024-05-30|4|● 5月30|1
人事任免||4|经市政府研究|3
史志研究|[浅谈县级综合年鉴的特色栏目设置]|4|赵晓光|4
会议|[全市地方志工作会议召开]2024-05-27|5|5月27日，|6
会议|[市史志办党组召开理论学习中心组学习会]2024-05-29|5|5月29日，|4
furniture 39:head,74:page,75:head,110:page,111:head,146:page,147:head,182:page,183:head,206:page,207:formfeed
pages 1@42 2@77 3@113 4@150 5@185 6@209
`)
	if iss.Title != "青岚市史志月报" || iss.Year != 2024 || iss.Number != 5 || iss.Total != 182 || iss.Published.String() != "2024-06-05" || len(iss.Masthead) != 8 ||
		iss.Distribution != "市委、市人大常委会、市政府、市政协领导，各县（市、区）党委和人民政府，市直各单位" {
		t.Errorf("cover %s %d %d %d %s, masthead %d, distribution %q", iss.Title, iss.Year, iss.Number, iss.Total, iss.Published, len(iss.Masthead), iss.Distribution)
	}
	var toc []string
	for _, s := range iss.TOC {
		toc = append(toc, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
	}
	if got := strings.Join(toc, " "); got != ":1 时政要闻:2 工作动态:3 县区动态:0 舞阳县:2 临河县:1 北山区:1 岚山区:1 简讯:1 人事任免:1 史志研究:1 会议:2" {
		t.Errorf("contents %s", got)
	}
	// The points of the meeting are its paragraphs, each its own.
	e := iss.Sections[len(iss.Sections)-1].Entries[0]
	if e.Paragraphs[1].Text != "1.提高政治站位，切实增强做好地方志工作的责任感和使命感。" || e.Paragraphs[4].Text != "4.加强队伍建设，打造一支政治强、业务精、作风好的史志队伍。" {
		t.Errorf("the meeting's points: %v", e.Paragraphs)
	}
}

// TestRedTeamW14WholeProvinceWeb is the acceptance test of a province's
// digest as its web site gives it, HTML made Markdown (## 地市动态 / ###
// 洛阳市 / #### title, a title in bold too; 来源： and 责任编辑： under each
// item; a list of titles linked as its contents; the site's breadcrumb,
// 上一篇/下一篇 and footer), no pages. Read by hand: each city a section,
// as the three levels of headings make it, after 地市动态's; each item an
// entry, dated by its text (近日 and 4月以来 date nothing); the numbered
// points, a table's rows, a picture's caption, an essay's byline and
// note, and the 来源/责任编辑 lines the items' paragraphs; the site's
// chrome and the picture furniture, its footer the masthead; no warning.
func TestRedTeamW14WholeProvinceWeb(t *testing.T) {
	iss := checkW9(t, "rt-w14-whole-province-web.md", `省院动态|[省地方史志研究院召开2024年全省地方志工作会议]2024-04-09|0|4月9日，2|9
省院动态|[省院召开党组理论学习中心组（扩大）学习会]2024-04-18|0|4月18日，|4
地市动态|
洛阳市|[《洛阳市志（1991—2020）》首批分志出版]|0|近日，《洛阳|4
洛阳市|[偃师区史志办开展“方志进乡村”活动]2024-04-23|0|4月23日，|3
开封市|[“开封记忆”口述史丛书启动编纂]2024-04-16|0|4月16日，|4
开封市|[开封市开展史志“三进”活动]|0|4月以来，开|3
南阳市|[全市年鉴编纂业务培训班举办]2024-04-25..2024-04-26|0|4月25日至|4
南阳市|[唐河县志通过省级验收]2024-04-29|0|4月29日，|3
信阳市|[信阳市2024年一季度地方志工作通报]2024-04-08|0|4月8日，信|9
理论研究|[新时代地方志资政功能的实现路径]|0|作者：周文华|6
工作简讯|2024-04-02|0|- 4月2日|1
工作简讯|2024-04-10|0|- 4月10|1
工作简讯|2024-04-20|0|- 4月20|1
工作简讯|2024-04-28|0|- 4月28|2
furniture 1:web,116:markup,123:image,158:web,160:web,162:web,166:web
pages 
`)
	if iss.Title != "中原史志动态" || iss.Year != 2024 || iss.Number != 4 || iss.Total != 76 || len(iss.Masthead) != 6 {
		t.Errorf("cover %s %d %d %d, masthead %d", iss.Title, iss.Year, iss.Number, iss.Total, len(iss.Masthead))
	}
	if n := len(iss.TOC); n != 1 || len(iss.TOC[0].Entries) != 5 {
		t.Errorf("contents %v", iss.TOC)
	}
	// Printed with pages, as TestPageFurnitureReadsTheSame prints them, it
	// reads the same: the items' 责任编辑 lines that fall atop a page had
	// been taken for its running head.
	text := string(readFixture(t, "rt-w14-whole-province-web.md"))
	paged, err := ParseAll([]byte(withFurniture(text, pfBreak{"— %d —", false, "", true, 3, false})))
	if err != nil {
		t.Fatal(err)
	}
	if d := shapeDiff(pfShape([]*model.Issue{iss}), pfShape(paged)); d != "" {
		t.Errorf("with pages: %s", d)
	}
}

// TestRedTeamW14CountyBold: a docx's county column as pandoc gives it
// (**舞阳县** / **title** 5月8日，…, each county a bold line), whose last
// county's items are dated paragraphs with no title: that county a
// section too, as the ones before it are, its items entries. It had been
// an entry titled 北山区 under 临河县, its items merged, silently.
func TestRedTeamW14CountyBold(t *testing.T) {
	checkW9(t, "rt-w14-county-bold.md", `工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|0|5月9日，市|1
县区动态|
舞阳县|[舞阳县召开县志编纂工作推进会]2024-05-08|0|5月8日，舞|2
临河县|[临河县村志编纂试点工作取得阶段性成果]2024-05-10|0|5月10日，|1
北山区|2024-05-07|0|5月7日，北|1
北山区|2024-05-15|0|5月15日，|1
简讯|2024-05-03|0|▲5月3日，|1
简讯|2024-05-11|0|▲5月11日|1
furniture 
pages 
`)
}

// TestRedTeamW14ContentsCountiesFlush: the contents of
// TestRedTeamW14ContentsCounties as plain pdftotext prints them, flush
// left (县区动态 / 舞阳县 / title …… 1): the county's name alone under the
// column's still makes a level, not a title that wraps (it had been one,
// 县区动态舞阳县舞阳县召开…, and the body's run-in titles left as text,
// warned). 简讯 …… 2, flush as the titles are, stays the last county's
// entry: nothing on the line tells a column from a title there.
func TestRedTeamW14ContentsCountiesFlush(t *testing.T) {
	iss := parseAllFile(t, "rt-w14-toc-counties-flush.md")[0]
	got := w9Events(iss)
	want := `工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|1|5月9日，市|1
县区动态|
【舞阳县】|[舞阳县召开县志编纂工作推进会]2024-05-08|1|5月8日，舞|1
【临河县】|[临河县村志编纂试点工作取得阶段性成果]2024-05-10|2|5月10日，|1
`
	if !strings.HasPrefix(got, want) {
		t.Errorf("got\n%s\nwant it to begin\n%s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %v", iss.Warnings)
	}
}

// TestRedTeamW14CountyMidEntry: a contents that lists the counties' titles
// flat under 县区动态 (no county named), over a body whose county heads
// (【北山区】) come under an item's dated paragraph: the head is read off
// the item above, its county a section, its items entries; 简讯 …… 2, set
// out as the columns' names are, a column. The heads had been the text
// of the items above, 简讯 an entry of the last county (warned), with no
// warning left for the head read as one.
func TestRedTeamW14CountyMidEntry(t *testing.T) {
	iss := checkW9(t, "rt-w14-county-midentry.md", `县区动态|
【舞阳县】|[舞阳县召开县志编纂工作推进会]2024-05-08|1|5月8日，舞|1
【临河县】|[临河县村志编纂试点工作取得阶段性成果]2024-05-10|1|5月10日，|2
【北山区】|2024-05-07|1|5月7日，北|1
【北山区】|[北山区首部镇志通过终审]2024-05-24|2|5月24日，|1
简讯|2024-05-03|2|▲5月3日，|1
简讯|2024-05-11|2|▲5月11日|1
furniture 27:page
pages 1@12 2@29
`)
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %v", iss.Warnings)
	}
}

// TestRedTeamW14SignatureRight: a preface's signature set far in at the
// right under its last sentence (…贡献史志力量。 / 　　　　——编者), as
// pdftotext -layout prints it: a paragraph of its own. It had been run
// into the sentence (…力量。——编者), silently.
func TestRedTeamW14SignatureRight(t *testing.T) {
	iss := checkW9(t, "rt-w14-signature-right.md", `|[卷首语]|1|五月的青岚，|3
时政要闻|[市委常委会召开扩大会议]2024-05-06|1|5月6日，市|2
时政要闻|[全市文化和旅游发展大会召开]2024-05-14|1|5月14日，|2
furniture 
pages 
`)
	if ps := iss.Sections[0].Entries[0].Paragraphs; ps[2].Text != "——编者" {
		t.Errorf("the preface's last paragraph %q, want its signature", ps[2].Text)
	}
}

// TestRedTeamW14BylinePageFoot: an essay's byline (作者：周文华（…）) the last
// line of a page, its text atop the next page under the site's
// breadcrumb as a running head: the byline a paragraph of its own. The
// text had been run into it, as a sentence the page cut, silently.
func TestRedTeamW14BylinePageFoot(t *testing.T) {
	iss := checkW9(t, "rt-w14-byline-page-foot.md", `理论研究|[新时代地方志资政功能的实现路径]|1|作者：周文华|3
理论研究|[县级综合年鉴特色栏目浅议]|2|作者：赵晓光|2
furniture 1:web,13:page,14:web,24:page,25:web,29:page
pages 1@7 2@16 3@27
`)
	if got := iss.Sections[0].Entries[0].Paragraphs[0].Text; got != "作者：周文华（中原省地方史志研究院）" {
		t.Errorf("byline %q", got)
	}
}
