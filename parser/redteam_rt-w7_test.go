package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w7Entries is each entry of iss as section|title|date|paragraphs|page,
// joined by "; ".
func w7Entries(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d|%d", s.Name, e.Title, e.Date, len(e.Paragraphs), e.Page))
		}
	}
	return strings.Join(got, "; ")
}

// TestRedTeamW7PartyHead: a party history office's 大事记 as plain
// pdftotext keeps a book's chapter: its pages headed by the title without
// the party's name it begins with (青岚县党史大事记 atop the pages of
// 中共青岚县党史大事记（1949—1978）), alternating with the period's name.
// Both heads are furniture, each event under its year (the first head had
// been a section between the years each time, the events on its page of
// no year, warned, or of the year before the page, silently).
func TestRedTeamW7PartyHead(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-party-head.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1958年||1958-01-05|1; 1958年||1958-03|1; 1959年||1959-02|1; 1959年||1959-11|1; 1960年||1960-01-12|1", ""})
	if got, want := w7Entries(iss), "1957年||1957-01|1|34; 1957年||1957-02-14|1|34; 1957年||1957-03|1|35; 1957年||1957-03|1|35; "+
		"1958年||1958-01-05|1|35; 1958年||1958-03|1|36; 1959年||1959-02|1|36; 1959年||1959-11|1|37; 1960年||1960-01-12|1|38"; got != want {
		t.Errorf("events\n got  %s\n want %s", got, want)
	}
}

// w7Masthead is iss's masthead as key=value, joined by "|".
func w7Masthead(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"="+f.Value)
	}
	return strings.Join(fs, "|")
}

// TestRedTeamW7MineruMasthead: MinerU's cover, every line a # heading,
// the masthead an HTML <table> one of whose cells is the issue's date
// (2024年5月6日印发), then # 本期要目 over two titles and # 目录 over
// every one: one issue, the table its masthead and date (the table had
// been the body's untitled text, the box's titles sections, and the 目录
// a second issue with no cover, its events of no year, warned).
func TestRedTeamW7MineruMasthead(t *testing.T) {
	const file = "rt-w7-mineru-masthead.md"
	if all := parseAllFile(t, file); len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := checkRedTeam(t, redTeamCase{file, "青岚月报|2024|4||2024-05-06",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|2; 时政要闻|全县安全生产工作会议召开|2024-04-22|1; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2", ""})
	if got, want := w7Masthead(iss), "主管=青岚县人民政府|主办=青岚县地方史志研究室|主编=周明远|副主编=林晓梅|责任编辑=许文静"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	if got, want := w6TOC(iss), "时政要闻=全县一季度经济运行分析会召开@3,全县安全生产工作会议召开@3; 领导活动=周明德到青溪镇调研乡村振兴工作@4"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW7DangshiCover: a party history's title page as plain
// pdftotext keeps it: the name, the period it covers in brackets on the
// next line, the office that compiled it, the month it was printed. The
// period is the title's, the month the book's printing (the period and
// the office had been the body's untitled text, and 2023年6月 a section,
// silently).
func TestRedTeamW7DangshiCover(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-dangshi-cover.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|2023-06",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1957年||1957-04-10..1957-04-16|1; 1957年||1957|2; 1958年||1958-01-05|1", ""})
	if got, want := len(iss.Sections), 3; got != want || iss.Sections[0].Name != "社会主义建设的全面展开（1957—1966）" {
		t.Errorf("%d sections, the first %q; want %d, the period's first", got, iss.Sections[0].Name, want)
	}
}

// TestRedTeamW7GluedPage: MinerU runs a page's number into the last
// sentence of the page (…作表态发言。- 3 -, …增收致富。— 4 —): the number
// is taken out, and the next page begins under it (it had been the
// paragraph's text, and the page after it never begun: the next column's
// article on page 3, silently).
func TestRedTeamW7GluedPage(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-mineru-glued-page.md", "青岚月报|2024|4||",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|1; 时政要闻|全县安全生产工作会议召开|2024-04-22|2; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2; 重要会议|全县优化营商环境大会召开|2024-04-08|1", ""})
	if t.Failed() {
		return
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%d:%s", e.Page, e.Paragraphs[len(e.Paragraphs)-1].Text))
		}
	}
	if g, want := strings.Join(got, "|"), "3:4月12日，全县一季度经济运行分析会召开。县委副书记、县长李建华出席会议并讲话，副县长陈立平主持。|"+
		"3:县应急管理局、县交通运输局、县住房城乡建设局在会上作表态发言。|4:周明德强调，要坚持以产业振兴为重点，让群众在家门口实现增收致富。|5:4月8日，全县优化营商环境大会召开。"; g != want {
		t.Errorf("pages and last paragraphs\n got  %s\n want %s", g, want)
	}
}

// TestRedTeamW7BackCoverHeading: MinerU's back cover, # 编辑部 over the
// office's address, telephone and mail and a notice: the heading is the
// masthead's, with its fields (it had been an entry of no text after the
// last article, warned of as one the contents lack).
func TestRedTeamW7BackCoverHeading(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-mineru-backcover.md", "青岚月报|2024|4||",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|2; 时政要闻|全县安全生产工作会议召开|2024-04-22|1; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2", ""})
	if got, want := w7Masthead(iss), "地址=青岚县行政中心3号楼412室|电话=0795-8821316|邮箱=qlszb@163.com|=（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// w7Outline is each section of iss as name:entries, joined by " / ".
func w7Outline(iss *model.Issue) string {
	var ss []string
	for _, s := range iss.Sections {
		ss = append(ss, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
	}
	return strings.Join(ss, " / ")
}

// w7Entry finds the entry of iss titled title, or whose first paragraph
// begins so where entries are untitled (a chronicle's events).
func w7Entry(iss *model.Issue, title string) (model.Entry, bool) {
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title == title || e.Title == "" && len(e.Paragraphs) > 0 && strings.HasPrefix(e.Paragraphs[0].Text, title) {
				return e, true
			}
		}
	}
	return model.Entry{}, false
}

// TestRedTeamW7WholeMineru: a whole monthly as MinerU converts its PDF
// (every heading #, the masthead and a statistics table as <table>,
// pictures with captions, footnote calls as $^{①}$ and ^1^, page numbers
// on lines of their own or run into the text, 本期要目 over four titles
// then the full 目录, five columns, 图片新闻, the back cover's 编辑部):
// the outline checked by hand. (At the start it was two issues, the
// masthead table the first's untitled text, the box's titles its
// sections, the second issue's events of no year; a page number stayed in
// the text, its page never begun; 编辑部 was an entry; all but the last
// with warnings that named none of it.)
func TestRedTeamW7WholeMineru(t *testing.T) {
	const file = "rt-w7-whole-mineru.md"
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := all[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Published), "青岚月报|2024|4|112|2024-05-06"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if got, want := w7Masthead(iss), "主管=青岚县人民政府|主办=青岚县地方史志研究室|主编=周明远|副主编=林晓梅|责任编辑=许文静|地址=青岚县行政中心3号楼412室|电话=0795-8821316|邮箱=qlszb@163.com|=（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	if got, want := w7Outline(iss), "时政要闻:4 / 领导活动:5 / 重要会议:4 / 乡镇动态:4 / 统计数据:3"; got != want {
		t.Errorf("outline\n got  %s\n want %s", got, want)
	}
	if got, want := w6TOC(iss), "时政要闻=全县一季度经济运行分析会召开@3,青岚县入选省级全域旅游示范区@3,县委理论学习中心组举行2024年第3次集体学习@4,全县安全生产工作会议召开@4; "+
		"领导活动=周明德到青溪镇调研乡村振兴工作@5,李建华督导检查春季森林防火工作@5,周明德调研县域商业体系建设@6,李建华到重点项目现场调度@6,王立新带队视察农村饮水安全工作@7; "+
		"重要会议=县第十八届人大常委会第十九次会议举行@8,县政协十届常委会第十二次会议召开@8,全县优化营商环境大会召开@9,全县耕地保护工作推进会召开@9; "+
		"乡镇动态=青溪镇：茶旅融合激活乡村经济@10,石门乡：“三变”改革让资源活起来@10,白水镇举办首届油菜花节@11,龙泉街道开展“邻里节”活动@11; "+
		"统计数据=2024年1—3月全县主要经济指标@12,一季度全县居民收支情况@12,图片新闻@13"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		title, date string
		page, paras int
		last        string
	}{
		{"全县一季度经济运行分析会召开", "2024-04-12", 3, 4, "（通讯员 赵晓东）"},
		{"青岚县入选省级全域旅游示范区", "", 3, 3, "[1] 数据由县文化广电和旅游局提供。"},
		{"全县安全生产工作会议召开", "2024-04-22", 4, 2, "县应急管理局、县交通运输局、县住房城乡建设局在会上作表态发言。"},
		{"周明德到青溪镇调研乡村振兴工作", "2024-04-03", 5, 4, "周明德强调，要坚持以产业振兴为重点，做强茶叶、中药材等特色产业，让群众在家门口实现增收致富。"},
		{"王立新带队视察农村饮水安全工作", "2024-04-25", 7, 3, "（通讯员 孙海燕）"},
		{"白水镇举办首届油菜花节", "2024-03-29..2024-04-07", 11, 1, ""},
		{"2024年1—3月全县主要经济指标", "", 12, 7, "注：地区生产总值为初步核算数，增长速度按可比价格计算。"},
		{"图片新闻", "2024-04-03", 13, 4, "图为白水镇万亩油菜花田。（摄影 王磊）"},
	} {
		e, ok := w7Entry(iss, c.title)
		if !ok {
			t.Errorf("no entry %q", c.title)
			continue
		}
		if got, want := fmt.Sprintf("%s|%d|%d", e.Date, e.Page, len(e.Paragraphs)), fmt.Sprintf("%s|%d|%d", c.date, c.page, c.paras); got != want {
			t.Errorf("%s: %s, want %s", c.title, got, want)
		}
		if c.last != "" && e.Paragraphs[len(e.Paragraphs)-1].Text != c.last {
			t.Errorf("%s: last paragraph %q, want %q", c.title, e.Paragraphs[len(e.Paragraphs)-1].Text, c.last)
		}
	}
	// The notes' calls as a reader sees them (MinerU's $^{①}$ and
	// pandoc's ^1^ had been left as markup in the text).
	if e, ok := w7Entry(iss, "全县一季度经济运行分析会召开"); ok && !strings.Contains(e.Paragraphs[1].Text, "同比增长5.8%①，") {
		t.Errorf("call ①: %q", e.Paragraphs[1].Text)
	}
	if e, ok := w7Entry(iss, "青岚县入选省级全域旅游示范区"); ok && !strings.HasSuffix(e.Paragraphs[1].Text, "41.2亿元[1]。") {
		t.Errorf("call [1]: %q", e.Paragraphs[1].Text)
	}
	if len(iss.Warnings) > 0 {
		t.Errorf("warnings:%s", warningsText(iss.Warnings))
	}
}

// TestRedTeamW7WholeDangshi: a party history's 大事记 (1949—1978) as plain
// pdftotext converts a chapter: the title page (the period on its own
// line, the office, the printing's month), running heads alternating
// (青岚县党史大事记 / 社会主义建设时期) under the page numbers (·34·),
// two period headings, year headings, month and day events, ranges,
// 是年/同月/本月, notes in brackets, a footnote after a page break, hard
// wraps inside dates: the outline checked by hand. (At the start the
// period and the office were untitled text, 2023年6月 a section, and
// 青岚县党史大事记 a section between the years three times, the events
// after it of no year or of the year before.)
func TestRedTeamW7WholeDangshi(t *testing.T) {
	const file = "rt-w7-whole-dangshi.md"
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := all[0]
	if got, want := fmt.Sprintf("%s|%s|%s", iss.Title, iss.Compiler, iss.Published), "中共青岚县党史大事记（1949—1978）|中共青岚县委党史研究室|2023-06"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if got, want := w7Outline(iss), "社会主义建设的全面展开（1957—1966）:0 / 1957年:6 / 1958年:8 / 1959年:4 / 1960年:4 / 1961年:3 / 1962年:2 / 1963年:3 / 1964年:1 / 1965年:2 / 1966年:1 / "+
		"“文化大革命”十年（1966—1976）:0 / 1966年:2 / 1967年:1 / 1968年:1 / 1971年:1 / 1976年:1"; got != want {
		t.Errorf("outline\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		start, date string
		page, paras int
	}{
		{"1月，中共青岚县委召开", "1957-01", 33, 1},
		{"4月10日至16日", "1957-04-10..1957-04-16", 33, 1},
		{"是年 全县粮食总产量达到6850万斤", "1957", 33, 2},
		{"8月25日至9月3日", "1958-08-25..1958-09-03", 34, 1},
		{"本月 县委决定成立县钢铁指挥部", "1958-09", 34, 1},
		// (The note at the page's foot, ①据…, is the 人民公社化 event's,
		// which calls it, not the last event's of the page: pageNotesToCalls.)
		{"9月，全县实现人民公社化", "1958-09", 34, 2},
		{"10月1日 县城各界群众", "1958-10-01", 34, 1},
		{"12月，县委召开全县公社党委书记会议", "1958-12", 35, 1},
		{"4月18日 青岚县第一座中型水库", "1959-04-18", 35, 1},
		{"同月 县委、县人委联合发出通知", "1960-11", 36, 1},
		{"9月，县委召开全县三级干部会议", "1961-09", 36, 1},
		{"11月20日至12月5日", "1963-11-20..1963-12-05", 36, 1},
		{"8月18日 县城举行万人大会", "1966-08-18", 37, 1},
		{"3月26日 青岚县革命委员会成立", "1968-03-26", 38, 1},
	} {
		e, ok := w7Entry(iss, c.start)
		if !ok {
			t.Errorf("no event %q", c.start)
			continue
		}
		if got, want := fmt.Sprintf("%s|%d|%d", e.Date, e.Page, len(e.Paragraphs)), fmt.Sprintf("%s|%d|%d", c.date, c.page, c.paras); got != want {
			t.Errorf("%s: %s, want %s", c.start, got, want)
		}
	}
	if heads := len(furnitureLines(iss, model.RunningHead)); heads != 5 {
		t.Errorf("%d running heads taken out, want 5", heads)
	}
	if len(iss.Warnings) > 0 {
		t.Errorf("warnings:%s", warningsText(iss.Warnings))
	}
}

// TestRedTeamW7GluedPageForms: the page number run into the sentence in
// full-width dashes (…发言。－3－) or after ！ or 。”: taken out all the
// same; after a comma, mid-sentence, it is left as text, and after a
// quote that closes no sentence (a title's, 领跑县”　- 38 - in a contents
// line) too.
func TestRedTeamW7GluedPageForms(t *testing.T) {
	src := string(readFixture(t, "rt-w7-mineru-glued-page.md"))
	for _, c := range []struct{ glued, last string }{
		{"。－3－", "。"},
		{"！— 3 —", "！"},
		{"。”- 3 -", "。”"},
		{"”- 3 -", "”- 3 -"},
		{"。·3·", "。"},
		{"，- 3 -", "，- 3 -"},
	} {
		iss, err := Parse([]byte(strings.Replace(src, "发言。- 3 -", "发言"+c.glued, 1)))
		if err != nil {
			t.Fatal(err)
		}
		e := iss.Sections[0].Entries[1]
		if got, want := e.Paragraphs[len(e.Paragraphs)-1].Text, "县应急管理局、县交通运输局、县住房城乡建设局在会上作表态发言"+c.last; got != want {
			t.Errorf("%s: %q, want %q", c.glued, got, want)
		}
	}
}

// TestRedTeamW7MastheadPipeDate: the masthead as a Markdown table whose
// last row ends with the issue's date in a cell of its own (| 责任编辑：
// 许文静 | 2024年5月6日印发 |): the row is read, its date the issue's (the
// row had been left unread, with a warning, the date and the field lost).
func TestRedTeamW7MastheadPipeDate(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-masthead-pipe-date.md", "青岚月报|2024|4||2024-05-06",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|2; 时政要闻|全县安全生产工作会议召开|2024-04-22|1; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2", ""})
	if got, want := w7Masthead(iss), "主管=青岚县人民政府|主办=青岚县地方史志研究室|主编=周明远|副主编=林晓梅|责任编辑=许文静"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW7PartyHeadAbove: the same pages with each head over its
// page's number (社会主义建设时期 / ·35·), as plain pdftotext may give a
// page's head and folio: the period's name, printed twice so where the
// book's name heads the other pages, is the other head (it had been the
// paragraph of the event above it, twice, silently).
func TestRedTeamW7PartyHeadAbove(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w7-party-head-above.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1958年||1958-01-05|1; 1958年||1958-03|1; 1959年||1959-02|1; 1959年||1959-11|1; 1960年||1960-01-12|1", ""})
}
