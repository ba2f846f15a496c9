package parser

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Small fixtures written from scratch, one for each way real copies
// differ from the sample (../testdata/families/*.md), and one for each
// rule that something odd is never passed over in silence. Each has its
// exact expected model, written as a projection (see project): front
// matter, table of contents with pages (Page-LastPage), body sections,
// entries with pages and date, paragraphs with the date they begin with.

// family is one fixture and what its parse must give.
type family struct {
	file string
	want string // project(Parse(file)); see project for the form
	// warns are the warnings Parse must give: each required one must be
	// there, and every warning given must be one of them.
	warns []wantWarn
	toc   [2]int // first and last line of the table of contents; no body entry may start there
	body  int    // first line of the body; 0 to leave the file out of FuzzRewrap
	// pages, furniture and unplaced, when not nil, must be exactly these.
	pages     []model.PageStart
	furniture []model.Furniture
	unplaced  []model.Line
	// issues are what ParseAll must give for a file that holds several;
	// nil for a file of one issue (then ParseAll gives Parse's issue).
	issues []familyIssue
}

// wantWarn is a warning at a line whose message contains sub.
type wantWarn struct {
	line     int
	sub      string
	optional bool // allowed, not required
}

type familyIssue struct {
	line int // Issue.Line
	want string
}

// Projections shared by several fixtures.
const (
	famCover = `title: 鹰城月报
year: 2024
number: 3
total: 95
compiler: 鹰城市地方史志办公室
published: 2024-04-02
`
	famTitle = `title: 鹰城月报
year: 2024
number: 3
`
	famTitle11 = `title: 鹰城月报
year: 2023
number: 11
`
	entA = `  * 全市春季植树造林动员会召开 p%[1]d-%[1]d 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
`
	entB = `  * 鹰城至郑州城际公交开通 p%[1]d-%[1]d 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
`
	entC = `  * 市第一人民医院新院区启用 p%[1]d-%[1]d 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`
	tocA = "  - 全市春季植树造林动员会召开 p%[1]d-%[1]d\n"
	tocB = "  - 鹰城至郑州城际公交开通 p%[1]d-%[1]d\n"
	tocC = "  - 市第一人民医院新院区启用 p%[1]d-%[1]d\n"
)

// famPageless is the model of the two contents without pages
// (toc-pageless-*.md), and famPagelessWarns their warnings: every entry
// has no page, as its contents line prints none.
const famPageless = `toc: 时政要闻
  - 全市春季植树造林暨森林防火工作动员会议在市会议中心召开 p0-0
  - 鹰城至郑州城际公交开通 p0-0
  - 市政府第十次常务会议召开 p0-0
toc: 社会民生
  - 市第一人民医院新院区启用 p0-0
  - 全市文明城市创建推进会召开 p0-0
section: 时政要闻
  * 全市春季植树造林暨森林防火工作动员会议在市会议中心召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林暨森林防火工作动员会议在市会议中心召开。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
  * 市政府第十次常务会议召开 p0-0 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开。
section: 社会民生
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
  * 全市文明城市创建推进会召开 p0-0 2024-03-22
    [2024-03-22] 3月22日，全市文明城市创建推进会召开。
`

var famPagelessWarns = []wantWarn{{line: 17, sub: "has no page"}, {line: 19, sub: "has no page"}, {line: 21, sub: "has no page"}, {line: 23, sub: "has no page"}, {line: 25, sub: "has no page"}}

// onPage fills a page into one of the projections above.
func onPage(format string, page int) string { return fmt.Sprintf(format, page) }

// eight is the body of leaders.md and pages.md: eight entries of one
// sentence each, on the pages given.
func eight(pages ...[2]int) string {
	es := []struct{ title, date, text string }{
		{"全市春季植树造林动员会召开", "2024-03-05", "3月5日，全市春季植树造林动员会召开。"},
		{"鹰城至郑州城际公交开通", "2024-03-12", "3月12日，鹰城至郑州城际公交正式开通。"},
		{"市政府第十次常务会议召开", "2024-03-15", "3月15日，市政府第十次常务会议召开。"},
		{"全市优化营商环境大会召开", "2024-03-18", "3月18日，全市优化营商环境大会召开。"},
		{"市人大常委会召开第二十次会议", "2024-03-21", "3月21日，市人大常委会召开第二十次会议。"},
		{"全市文明城市创建推进会召开", "2024-03-22", "3月22日，全市文明城市创建推进会召开。"},
		{"市政协召开十届五次常委会议", "2024-03-26", "3月26日，市政协召开十届五次常委会议。"},
		{"全市安全生产工作会议召开", "2024-03-28", "3月28日，全市安全生产工作会议召开。"},
	}
	var toc, body strings.Builder
	toc.WriteString("toc: 时政要闻\n")
	body.WriteString("section: 时政要闻\n")
	for i, e := range es {
		fmt.Fprintf(&toc, "  - %s p%d-%d\n", e.title, pages[i][0], pages[i][1])
		fmt.Fprintf(&body, "  * %s p%d-%d %s\n    [%s] %s\n", e.title, pages[i][0], pages[i][1], e.date, e.date, e.text)
	}
	return toc.String() + body.String()
}

func pageEach(ps ...int) [][2]int {
	var out [][2]int
	for _, p := range ps {
		out = append(out, [2]int{p, p})
	}
	return out
}

var families = []family{
	{
		// A contents heading (**目 录**) is not a section of the TOC.
		file: "contents.md",
		want: famCover + paged234,
		toc:  [2]int{10, 19},
		body: 21,
	},
	{
		// Leaders: ……, ···, －－－, ——, a run of spaces, U+3000, a tab, " ..... ".
		file: "leaders.md",
		want: famCover + eight(pageEach(2, 2, 3, 3, 4, 4, 5, 5)...),
		toc:  [2]int{10, 19},
		body: 21,
	},
	{
		// Page forms (2), ( 3 ), （４）, ５, 6, - 7 -, and ranges (8-9), 10—11:
		// Page is the first page, LastPage the last.
		file: "pages.md",
		want: famCover + eight(append(pageEach(2, 3, 4, 5, 6, 7), [2]int{8, 9}, [2]int{10, 11})...),
		toc:  [2]int{10, 19},
		body: 21,
	},
	{
		// Numbered TOC lines (1. （一） （1） 1、) and section names as a
		// plain line, "- name", **name** and "## name". The enumerator is
		// not part of the title, the marker not part of the name.
		file: "toc-numbered.md",
		want: famCover +
			"toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 2) +
			"toc: 领导活动\n  - 市长王立新调研春耕生产 p3-3\n  - 市长王立新督导城市更新项目 p3-3\n" +
			"toc: 重要会议\n  - 市政府第十次常务会议召开 p4-4\n" +
			"toc: 社会民生\n" + onPage(tocC, 5) +
			"section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 2) +
			`section: 领导活动
  * 市长王立新调研春耕生产 p3-3 2024-03-07
    [2024-03-07] 3月7日，市长王立新到郏县调研春耕生产，察看小麦长势。
  * 市长王立新督导城市更新项目 p3-3 2024-03-08
    [2024-03-08] 3月8日，市长王立新督导城市更新项目建设，要求加快施工进度。
section: 重要会议
  * 市政府第十次常务会议召开 p4-4 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开。
section: 社会民生
` + onPage(entC, 5),
		toc:  [2]int{10, 24},
		body: 26,
	},
	{
		// The cover in Chinese numerals (2024年第三期, （总第九十五期）,
		// 二〇二四年四月二日); the masthead as a Markdown table whose first
		// row GFM makes the header, keys letter-spaced with U+3000.
		file: "cover-masthead-table.md",
		want: famCover + `masthead: 主管：鹰城市人民政府
masthead: 主办：鹰城市地方史志办公室
masthead: 主编：刘志远
distribution: 市委常委，市人大常委会主任、副主任，各县（市、区）党委和人民政府
toc: 时政要闻
` + onPage(tocA, 2) + onPage(tocB, 3) + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3),
		toc:  [2]int{17, 20},
		body: 22,
	},
	{
		// The masthead as key：value lines without rules, after the TOC;
		// the distribution list wrapped onto a second line.
		file: "masthead-lines.md",
		want: `title: 鹰城月报
year: 2024
number: 3
total: 95
masthead: 主管：鹰城市人民政府
masthead: 主办：鹰城市地方史志办公室
masthead: 主编：刘志远
masthead: 责任编辑：陈 静
masthead: 电话：0375-1234567
distribution: 市委常委，市人大常委会主任、副主任，各县（市、区）党委和人民政府
toc: 时政要闻
` + onPage(tocA, 2) + onPage(tocB, 3) + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3),
		toc:  [2]int{6, 9},
		body: 19,
	},
	{
		// Quotes and brackets spelt differently in the TOC and the body:
		// "" “”, '' ‘’, [] 【】, () （）, （） (). Each keeps its own spelling;
		// the pages still match.
		file: "quotes.md",
		want: famCover + `toc: 时政要闻
  - 鹰城荣获"中国书法之乡"称号 p2-2
  - 'e路同行'志愿服务活动启动 p2-2
  - [两会精神]宣讲团走进基层 p3-3
  - 《鹰城年鉴(2023)》出版发行 p3-3
  - 鹰城博物馆（新馆）开馆 p4-4
section: 时政要闻
  * 鹰城荣获“中国书法之乡”称号 p2-2 2024-03-06
    [2024-03-06] 3月6日，中国书法家协会授予鹰城“中国书法之乡”称号。
  * ‘e路同行’志愿服务活动启动 p2-2 2024-03-09
    [2024-03-09] 3月9日，‘e路同行’志愿服务活动在市民广场启动。
  * 【两会精神】宣讲团走进基层 p3-3 2024-03-14
    [2024-03-14] 3月14日，市委宣讲团深入乡镇宣讲全国两会精神。
  * 《鹰城年鉴（2023）》出版发行 p3-3 2024-03-19
    [2024-03-19] 3月19日，《鹰城年鉴（2023）》出版发行。
  * 鹰城博物馆(新馆)开馆 p4-4 2024-03-25
    [2024-03-25] 3月25日，鹰城博物馆新馆正式对外开放。
`,
		toc:  [2]int{10, 16},
		body: 18,
	},
	{
		// Page furniture: footers — N —, form feeds, running heads. The
		// pages jump from 3 to 5, so page 4 begins inside the entry on
		// page 3, mid-sentence (…城市更新和重点 / 项目建设…). The TOC gives
		// no range, so that entry's LastPage is its Page.
		file: "furniture.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 2) +
			"  - 市政府第十次常务会议召开 p3-3\n  - 全市优化营商环境大会召开 p5-5\n" +
			`section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话。
  * 鹰城至郑州城际公交开通 p2-2 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时。
  * 市政府第十次常务会议召开 p3-3 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开，研究部署春季农业生产、城市更新和重点项目建设等工作。会议强调，要抓住有利时机，加快项目建设进度。
  * 全市优化营商环境大会召开 p5-5 2024-03-18
    [2024-03-18] 3月18日，全市优化营商环境大会召开，通报营商环境评价结果。
`,
		toc:   [2]int{5, 10},
		pages: []model.PageStart{{Page: 2, Line: 12}, {Page: 3, Line: 23}, {Page: 4, Line: 30}, {Page: 5, Line: 37}},
		furniture: []model.Furniture{
			{Line: 18, Kind: model.PageNumber, Text: "— 2 —"},
			{Line: 20, Kind: model.FormFeed, Text: "\f"},
			{Line: 21, Kind: model.RunningHead, Text: "鹰城月报 2024年第3期"},
			{Line: 25, Kind: model.PageNumber, Text: "— 3 —"},
			{Line: 27, Kind: model.FormFeed, Text: "\f"},
			{Line: 28, Kind: model.RunningHead, Text: "鹰城月报 2024年第3期"},
			{Line: 32, Kind: model.PageNumber, Text: "— 4 —"},
			{Line: 34, Kind: model.FormFeed, Text: "\f"},
			{Line: 35, Kind: model.RunningHead, Text: "鹰城月报 2024年第3期"},
			{Line: 39, Kind: model.PageNumber, Text: "— 5 —"},
		},
	},
	{
		// No TOC: the pages come from the footers (第N页) alone. The text
		// after the break on page 3 begins with digits (21时闭馆).
		file:  "furniture-no-toc.md",
		want:  famTitle + footerPages,
		pages: footerPageStarts,
		furniture: []model.Furniture{
			{Line: 11, Kind: model.PageNumber, Text: "第2页"},
			{Line: 15, Kind: model.PageNumber, Text: "第3页"},
			{Line: 19, Kind: model.PageNumber, Text: "第4页"},
		},
	},
	{
		// Page numbers with the count of pages (第 2 页 共 4 页, 第3页，共4页,
		// 第4页/共4页) are furniture, even in the middle of a sentence.
		file:  "page-of.md",
		want:  famTitle + footerPages,
		pages: footerPageStarts,
		furniture: []model.Furniture{
			{Line: 11, Kind: model.PageNumber, Text: "第 2 页 共 4 页"},
			{Line: 15, Kind: model.PageNumber, Text: "第3页，共4页"},
			{Line: 19, Kind: model.PageNumber, Text: "第4页/共4页"},
		},
	},
	{
		// Hard wraps without blank lines, paragraphs indented with two
		// U+3000: a bold title whose ** closes on the next line, a date
		// cut in two (截至3月31 / 日), a dated second paragraph.
		file: "wrap-indent.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 2) + "  - 市政府第十次常务会议召开 p3-3\n" +
			`section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
    [2024-03-06] 3月6日，各县（市、区）分别召开动员会，部署春季植树任务，全市计划植树一百二十万株。
  * 鹰城至郑州城际公交开通 p2-2 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次，票价每人35元。
  * 市政府第十次常务会议召开 p3-3 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开，研究部署春季农业生产、城市更新和重点项目建设等工作。会议要求，截至3月31日，全市重点项目开工率达到百分之六十。
`,
		toc: [2]int{5, 9},
	},
	{
		// Hard wraps at 20 CJK characters without blank lines or indents:
		// a paragraph ends only where a short line ends a sentence. A
		// full line that ends a sentence (…企业参会。) goes on; a line
		// that begins with a date (3月22日) inside a paragraph goes on.
		file: "wrap-noindent.md",
		want: famTitle + `toc: 社会民生
  - 市第一人民医院新院区启用 p2-2
  - 全市春季招聘会举行 p2-2
  - 鹰城图书馆夜间开放 p3-3
section: 社会民生
  * 市第一人民医院新院区启用 p2-2 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张，设有急诊、门诊和住院三个区域，截至3月22日，新院区累计接诊三千余人次，其中急诊六百余人次。
    [2024-03-23] 3月23日，新院区开通公交专线。
  * 全市春季招聘会举行 p2-2 2024-03-23
    [2024-03-23] 3月23日，全市春季招聘会在会展中心举行，三百余家企业参会。现场提供岗位一万二千个，其中毕业生专场岗位三千个。
  * 鹰城图书馆夜间开放 p3-3 2024-03-25
    [2024-03-25] 3月25日，鹰城图书馆开始夜间开放。
`,
		toc: [2]int{5, 9},
	},
	{
		// Section headings as setext (=== and ---), as a plain line and
		// numbered 四、; ### and #### entries under them. The Chinese
		// enumerator is not part of the section name.
		file: "sections.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + "toc: 领导活动\n  - 市长王立新调研春耕生产 p3-3\n" +
			"toc: 重要会议\n  - 市政府第十次常务会议召开 p4-4\n" + "toc: 社会民生\n" + onPage(tocC, 5) +
			`section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。
section: 领导活动
  * 市长王立新调研春耕生产 p3-3 2024-03-07
    [2024-03-07] 3月7日，市长王立新到郏县调研春耕生产。
section: 重要会议
  * 市政府第十次常务会议召开 p4-4 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开。
section: 社会民生
` + onPage(entC, 5),
		toc:  [2]int{5, 19},
		body: 21,
	},
	{
		// Invisible characters: a zero-width space in a TOC title, in a
		// body title and inside a date; no-break spaces in 3 月 5 日 (read
		// as spaces); a byte-order mark before a bold title and inside a
		// paragraph. None of them is text.
		file: "invisible.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + `section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3 月 5 日，全市春季植树造林动员会召开。
  * 鹰城至郑州城际公交开通 p3-3 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通。
`,
		toc:  [2]int{5, 8},
		body: 10,
	},
	{
		// Images and converter tags: <p>…</p> around a paragraph, an image
		// between two paragraphs of one entry, <div> and <p> on lines of
		// their own.
		file: "tags.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + `section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。
    [2024-03-06] 3月6日，各县（市、区）分别召开动员会。
  * 鹰城至郑州城际公交开通 p3-3 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通。
`,
		toc:  [2]int{5, 8},
		body: 10,
		furniture: []model.Furniture{
			{Line: 14, Kind: model.Image, Text: "![](images/p2.png)"},
			{Line: 18, Kind: model.Image, Text: `<img src="images/p2-2.png" alt="植树现场">`},
			{Line: 20, Kind: model.Markup, Text: "<div>"},
			{Line: 21, Kind: model.Markup, Text: "<p>"},
			{Line: 23, Kind: model.Markup, Text: "</p>"},
			{Line: 24, Kind: model.Markup, Text: "</div>"},
		},
	},
	{
		// All at once, as pdftotext -layout prints it: a TOC with space
		// leaders and plain section lines, \f glued to the running head,
		// centred footers, paragraphs hard-wrapped and indented with
		// spaces, sections as plain lines.
		file: "pdftotext.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 2) + "toc: 社会民生\n" + onPage(tocC, 3) + `section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
    [2024-03-06] 3月6日，各县（市、区）分别召开动员会。
` + onPage(entB, 2) + "section: 社会民生\n" + onPage(entC, 3),
		toc:   [2]int{5, 11},
		pages: []model.PageStart{{Page: 2, Line: 14}, {Page: 3, Line: 23}},
	},
	{
		// Two issues in one file. Parse gives the first and a warning
		// where the second begins; ParseAll gives both.
		file: "two-issues.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + `section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。
`,
		warns: []wantWarn{{line: 13}},
		toc:   [2]int{5, 7},
		issues: []familyIssue{
			{line: 1, want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + `section: 时政要闻
  * 全市春季植树造林动员会召开 p2-2 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。
`},
			{line: 13, want: `title: 鹰城月报
year: 2024
number: 4
toc: 时政要闻
  - 全市清明祭扫工作会议召开 p2-2
section: 时政要闻
  * 全市清明祭扫工作会议召开 p2-2 2024-04-01
    [2024-04-01] 4月1日，全市清明祭扫工作会议召开。
`},
		},
	},
	{
		// An HTML copy: <h1> is the title, <h2> (any case, with
		// attributes) a section and <h3> an entry, as # ## ### are; <p>,
		// <br> and &nbsp; are not text; <strong> and <b> titles.
		file: "html.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
section: 社会民生
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
		body: 3,
	},
	{
		// The name and the number on one line, the total inside the
		// parentheses (鹰城月报（2024年第3期 总第95期）); the contents headed 目次.
		file: "cover-one-line.md",
		want: famCover + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3),
		toc:  [2]int{7, 11},
		body: 13,
	},
	{
		// The office under the name it took in the reforms from 2018 on
		// (地方志编纂中心, not 地方史志办公室), and the date beside it
		// across a gap, as pdftotext -layout sets a cover: it had been a
		// cover line not understood, the issue of no compiler or date.
		file: "cover-office-renamed.md",
		want: strings.Replace(famCover, "鹰城市地方史志办公室", "鹰城市地方志编纂中心", 1) +
			"toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3),
		toc:  [2]int{8, 10},
		body: 12,
	},
	{
		// An issue named by its month (《鹰城月报》2024年3月号): number 3.
		file: "cover-month-issue.md",
		want: famTitle + "section: \n" + onPage(entA, 0) + onPage(entB, 0),
		body: 3,
	},
	{
		// The number in the masthead (| 期 号 | 2024年第3期（总第95期） |), under
		// a title that is a plain line.
		file: "masthead-issue.md",
		want: famTitle + "total: 95\nmasthead: 期号：2024年第3期（总第95期）\nmasthead: 主编：刘志远\n" +
			"section: \n" + onPage(entA, 0) + onPage(entB, 0),
		body: 8,
	},
	{
		// A footnote's call at the end of a paragraph ([^1], ①) does not
		// keep the sentence open, and a line all in parentheses
		// ((供稿：…), (记者 …), (编辑：…　校对：…)) is complete: each is a
		// paragraph of its own, where the call made the next block go on
		// the paragraph and the last line read as a cut-off file. The
		// editors' line and the note ① stay in the last entry; the note
		// [^1]: goes to the entry that calls it, labelled [1] as its call
		// is (it had stayed in the last entry too, its caret shown: rc5).
		file: "notes-credits.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开，全市计划植树一百二十万株。[1]
    （供稿：市林业局）
    [1] 其中城区植树二十万株。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通。①
    （记者 李明）
    ① 票价每人35元。
    （编辑：王芳　校对：赵强）
`,
		body: 5,
	},
	{
		// A docx converted to Markdown, with no table of contents: section
		// names in bold over bold titles (**时政要闻** / **…召开**\), hard
		// breaks after the titles, backslash escapes (\-, \*) and <u>. A
		// bold line with no text of its own over titled entries is their
		// section, where it was an empty entry; an escape's backslash is no
		// text.
		file: "docx.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持--会议部署了春季植树任务。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，票价每人35元*。
section: 社会民生
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
		body: 5,
	},
	{
		// Section names in brackets alone on their line over bold titles
		// (【社会民生】), with no table of contents; CRLF line ends and form
		// feeds, one in mid-sentence. The name is kept as printed, as a
		// table of contents that prints 【时政要闻】 gives it; it was text
		// of the entry before.
		file: "bracket-sections.md",
		want: famTitle + "section: 【时政要闻】\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 【社会民生】\n" + onPage(entC, 0),
		// body 0: CRLF, which FuzzRewrap's wrap does not take
	},

	// Never silent.
	{
		// A cover line the front cannot read (2024.03: the month of the
		// issue, or of its printing?) in a copy without a table of
		// contents: the untitled text it leaves before the first entry is
		// warned about. (The first line names a periodical: the title.)
		file: "cover-unread.md",
		want: "title: 鹰城月报\nsection: \n  * (no title) p0-0 -\n    2024.03\n" +
			strings.ReplaceAll(onPage(entA, 0)+onPage(entB, 0), "2024-", "--"),
		warns: []wantWarn{{line: 2, sub: "2024.03"}},
	},
	{
		// A TOC that matches no entry of the body: each of its lines and
		// each entry is warned about (a summary at the TOC's heading is
		// allowed besides).
		file: "toc-unmatched.md",
		want: famTitle + `toc: 时政要闻
  - 全市冬季供暖工作会议召开 p2-2
  - 市区集中供暖推进会召开 p3-3
section: 时政要闻
` + onPage(entA, 0) + onPage(entB, 0),
		warns: []wantWarn{
			{line: 5, optional: true},
			{line: 7, sub: "全市冬季供暖工作会议召开"},
			{line: 8, sub: "市区集中供暖推进会召开"},
			{line: 12, sub: "全市春季植树造林动员会召开"},
			{line: 14, sub: "鹰城至郑州城际公交开通"},
		},
		toc:  [2]int{5, 8},
		body: 10,
	},
	{
		// A line inside the TOC that is none of its lines (本期导读：…):
		// kept as unplaced, warned about, and the TOC goes on after it.
		file:     "toc-stray-line.md",
		want:     famTitle + paged234,
		warns:    []wantWarn{{line: 10, sub: "本期导读"}},
		unplaced: []model.Line{{Line: 10, Text: "本期导读：本期聚焦春季植树造林和城际公交开通两件大事"}},
		toc:      [2]int{5, 15},
		body:     17,
	},
	{
		// A TOC line without its page (the number lost): the entry gets
		// no page, and that is said at the entry (and may be at the TOC
		// line too).
		file: "no-page.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 0) + "  - 市政府第十次常务会议召开 p3-3\n" +
			"section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 0) + `  * 市政府第十次常务会议召开 p3-3 2024-03-15
    [2024-03-15] 3月15日，市政府第十次常务会议召开。
`,
		warns: []wantWarn{
			{line: 8, sub: "鹰城至郑州城际公交开通", optional: true},
			{line: 15, sub: "鹰城至郑州城际公交开通"},
		},
		toc:  [2]int{5, 9},
		body: 11,
	},
	{
		// A TOC without any page, and no page furniture: every entry is
		// warned about at its line (a summary at the TOC is allowed
		// besides).
		file: "no-pages-at-all.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 0) + onPage(tocB, 0) + "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0),
		warns: []wantWarn{
			{line: 5, optional: true},
			{line: 7, optional: true},
			{line: 14, sub: "全市春季植树造林动员会召开"},
			{line: 16, sub: "鹰城至郑州城际公交开通"},
		},
		toc:  [2]int{5, 10},
		body: 12,
	},
	{
		// Inline emphasis at the start of a wrapped line stays in its
		// paragraph: the line before did not end a sentence.
		file: "inline-emphasis.md",
		want: famTitle + `section: 重要会议
  * 全市作风建设大会召开 p0-0 2024-03-06
    [2024-03-06] 3月6日，全市作风建设大会召开。市委书记李东明强调，要提高站位，抓好落实。要强化担当，久久为功，以优良作风保障各项工作落地见效。
  * 全市营商环境推进会召开 p0-0 2024-03-08
    [2024-03-08] 3月8日，全市营商环境推进会召开。
`,
		body: 5,
	},
	{
		// A bold title that swallowed the start of its text: the title is
		// what comes before the date.
		file: "bold-swallowed.md",
		want: famTitle11 + `section: 重要会议
  * 会议甲召开 p0-0 2023-11-01
    [2023-11-01] 11月1日，会议甲在市会议中心召开，研究部署冬季安全生产工作。
  * 会议乙召开 p0-0 2023-11-02
    [2023-11-02] 11月2日，会议乙召开。
`,
		body: 5,
	},
	{
		// A TOC that prints the page first (2　title, 3  title, 4 ......
		// title), as most of its lines show: each entry gets its page.
		file: "toc-page-first.md",
		want: famTitle + paged234,
		toc:  [2]int{5, 11},
		body: 13,
	},
	{
		// A docx copy through pandoc: every Shift+Enter a backslash at the
		// end of the line (the cover's lines, the table of contents'), and
		// the section names in bold in the contents and the body.
		file: "docx-hard-breaks.md",
		want: famCover + paged234,
		toc:  [2]int{8, 15},
		body: 17,
	},
	{
		// pdftotext -layout sets the running head's name and issue at the
		// two ends of the line; the first one follows the cover closely;
		// one cuts a sentence. Sections are numbered 一. (a half-width dot).
		file: "heads-spaced-out.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3) + "section: 社会民生\n" + onPage(entC, 4),
		body: 4,
		furniture: []model.Furniture{
			{Line: 8, Kind: model.PageNumber, Text: "- 2 -"},
			{Line: 9, Kind: model.RunningHead, Text: spacedHead},
			{Line: 13, Kind: model.PageNumber, Text: "- 3 -"},
			{Line: 14, Kind: model.RunningHead, Text: spacedHead},
			{Line: 22, Kind: model.PageNumber, Text: "- 4 -"},
		},
	},
	{
		// A byline or a picture's note after a bold title, on its line
		// (**title**（市史志办 张三）, **title**（图）3月12日，…) or after the text:
		// the entry is the title's, the note a paragraph of its own or the
		// end of the last, which ends the text no less than its 。 does.
		file: "bylines.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    （市史志办 张三）
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    （图）
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。（李四）
`,
		body: 5,
	},
	{
		// A report that titles its items in brackets, as a yearbook does
		// (【title】3月5日，…): its dates are of its issue's year, where a
		// yearbook's take none from its edition.
		file: "bracket-titles.md",
		want: famTitle + unpaged,
		body: 5,
	},
	{
		// A title the wrap cut into two lines, each bold on its own (a
		// docx's line break in the title; a converter that bolds line by
		// line), the text after a blank line or on the second line: one
		// title, not a section's name over the title's end.
		file: "bold-two-lines.md",
		want: famTitle + unpaged,
	},
	{
		// A short bold section name right over a bold title, no blank
		// line between: a section, not the start of a title.
		file: "bold-names-tight.md",
		want: famTitle + unpaged,
	},
	{
		// The masthead on the back page, after the last article, the cover
		// printing no numbers: its numbers are the issue's (else no date
		// has a year), with a warning that its lines stay in the text.
		file:  "masthead-back.md",
		want:  famTitle + "section: 时政要闻\n" + strings.TrimSuffix(onPage(entA, 0), "\n") + "\n    鹰城月报　2024年第3期\n    主办：鹰城市地方史志办公室\n",
		warns: []wantWarn{{line: 9, sub: "printed after its last article"}},
	},
	{
		// A credit line after the last article (责任编辑：张征　校对：赵六)
		// ends the issue without a full stop: no warning of a cut file;
		// the lines saying whom a briefing goes to (报：… / 送：… / 发：…),
		// with no full stop and no blank line between, are each its own
		// field of the masthead, with the credits under them (they had been
		// the last article's paragraphs).
		file: "end-credit.md",
		want: famTitle + "masthead: 报：市史志办，市委、市人大、市政府、市政协领导\nmasthead: 送：市委办、市政府办，市直各单位\nmasthead: 发：各县（市、区）人民政府\nmasthead: 责任编辑：张征\nmasthead: 校对：赵六\n" +
			"section: 时政要闻\n" + onPage(entA, 0),
	},
	{
		// A year and a month in brackets on the title line (鹰城月报（2024.3）):
		// the issue's year either way, the month the issue's or its
		// printing's, which is not guessed: a warning.
		file:  "title-period.md",
		want:  "title: 鹰城月报\nyear: 2024\nsection: 时政要闻\n" + onPage(entA, 0),
		warns: []wantWarn{{line: 1, sub: "the month of the issue or of its printing"}},
	},
	{
		// A cover that names the issue by its month alone (2024年3月) and
		// how often it comes out (（双月刊）): the year is taken, the month,
		// the issue's or its printing's, is a warning, not a number; the
		// notice is the masthead's, not an article.
		file:  "cover-month-only.md",
		want:  "title: 鹰城地情\nyear: 2024\nmasthead: ：（双月刊）\nsection: 时政要闻\n" + onPage(entA, 0),
		warns: []wantWarn{{line: 3, sub: "the month of the issue or of its printing"}},
	},
	{
		// A December issue printed in January reports on its first days:
		// 1月1日 is of the year the issue was published in.
		file: "december-issue.md",
		want: `title: 鹰城月报
year: 2023
number: 12
published: 2024-01-08
section: 时政要闻
  * 市委经济工作会议召开 p0-0 2023-12-29..2023-12-30
    [2023-12-29..2023-12-30] 12月29日至30日，市委经济工作会议召开。
  * 全市新年登高健身活动举行 p0-0 2024-01-01
    [2024-01-01] 1月1日，全市新年登高健身活动在白龟湖畔举行。
`,
	},
	{
		// A newspaper's dateline before the date (本报讯（记者 张三）3月5日，…,
		// 鹰城讯　3月12日，…): the date is read behind it, the text kept.
		file: "datelines.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 本报讯（记者 张三）3月5日，全市春季植树造林动员会召开。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 鹰城讯　3月12日，鹰城至郑州城际公交正式开通。
`,
	},
	{
		// Three levels of headings, the middle one never over text of its
		// own: it is the sections', the top one (## 第一部分　要闻) a part of
		// the issue, a section with no entries: no empty entries.
		file: "three-levels.md",
		want: famTitle + "section: 要闻\nsection: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 动态\nsection: 社会民生\n" + onPage(entC, 0),
	},
	{
		// A table in an article: a row a paragraph, its rule row markup;
		// the rows were one paragraph, glued by ||.
		file: "table-rows.md",
		want: famTitle + "section: 时政要闻\n" + strings.TrimSuffix(onPage(entA, 0), "\n") + `
    | 县（市、区） | 造林面积 |
    | 鹰城区 | 1200亩 |
    | 宝丰县 | 3400亩 |
`,
	},
	{
		// Short lines alone between blank lines that end no sentence — a
		// byline, a photo's caption — are paragraphs of their own, not
		// the start of a sentence a page break cut (which is a long line,
		// a line full at the wrap's width, or one with furniture after).
		file: "lines-alone.md",
		want: famTitle + "section: 时政要闻\n" + `  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    文/张建军
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
    图为动员会现场
    会议要求各地抓住春季有利时机，完成造林任务。
    各县区要加强管护，确保成活率。
`,
		// pandoc's picture with its size is a picture all the same, its
		// size wrapped onto a second line too; so is Docling's comment.
		furniture: []model.Furniture{
			{Line: 13, Kind: model.Image, Text: `![动员会现场](media/image3.jpeg){width="5.77in" height="3.25in"}`},
			{Line: 19, Kind: model.Image, Text: `![](media/image4.jpeg){width="5.768055555555556in"`},
			{Line: 20, Kind: model.Image, Text: `height="3.8444444444444446in"}`},
			{Line: 22, Kind: model.Image, Text: `<!-- image -->`},
		},
	},
	{
		// What converters leave in headings and text: mammoth's empty
		// bookmark anchors (<a id="_Toc…"></a>), pandoc's attributes
		// ({#id .unnumbered}), a Word outline's number and a space (1 时政要闻),
		// letter-spacing with U+3000, an ornament on both sides (◆社会民生◆),
		// a numeric entity (&#12290;). None of it is the name or the text.
		file: "converter-residue.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 社会民生\n" + onPage(entC, 0),
	},
	{
		// Titles over undated text (近日，…, 日前，…): a section's name in
		// brackets over one is the section's (the bold after a blank line,
		// with its text after a space, is a title there), and a bold line
		// alone over its text, the line short of any wrap, is a title.
		file: "titles-undated.md",
		want: famTitle + "section: 【时政要闻】\n" + onPage(entA, 0) + `section: 【社会民生】
  * 城关镇完成镇志初稿 p0-0 -
    近日，城关镇完成《城关镇志》初稿编纂，全书约45万字。
  * 新华区完成区志初稿 p0-0 -
    日前，新华区完成《新华区志》初稿编纂。
`,
	},
	{
		// A copy with no markup: a photograph's caption (图为…) at the end
		// of an article is its last paragraph, not a section's name.
		file: "plain-caption.md",
		want: famTitle + "section: 时政要闻\n" + strings.TrimSuffix(onPage(entA, 0), "\n") + "\n    图为动员会现场\n" + onPage(entB, 0),
	},
	{
		// A running head that carries the page number (鹰城月报 · 2 ·) and
		// no form feed beside it, as a PDF viewer's text has it: numbers
		// that go up make it the head, and its number the page's, though
		// it cuts a sentence.
		file:  "heads-numbered.md",
		want:  famCover + "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 2) + "section: 社会民生\n" + onPage(entC, 3),
		pages: []model.PageStart{{Page: 2, Line: 15}, {Page: 3, Line: 21}},
		furniture: []model.Furniture{
			{Line: 13, Kind: model.RunningHead, Text: "鹰城月报 · 2 ·"},
			{Line: 19, Kind: model.RunningHead, Text: "鹰城月报 · 3 ·"},
		},
	},
	{
		// Setext headings as pandoc before 2.11 writes them, with no table
		// of contents: the title underlined with ===, the sections with
		// --- (the first right after the cover), ### entries under them.
		file: "setext.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 社会民生\n" + onPage(entC, 0),
	},
	{
		// Setext headings in a copy set tight and hard-wrapped, no blank
		// line anywhere: a section's name and its === under the last,
		// full, line of a paragraph (it had been joined to the paragraph,
		// ===  and all, its entry in the section above, silently).
		file: "setext-tight.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。会议强调，要科学规划造林绿化，全年完成造林一万亩。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次，市交通运输局局长李明同志出席开通仪式并讲话，向首批乘客赠纪念品。
section: 社会民生
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张，设临床科室三十个，可满足城区东部群众的就医需求。
`,
		body: 4,
	},
	{
		// A contents that prints no pages, its sections' names plain
		// lines over bulleted titles (pdftotext of a contents page set
		// without page numbers): the names are the contents' sections,
		// not titles of one nameless section.
		file:  "toc-pageless-plain-sections.md",
		want:  famTitle + famPageless,
		warns: famPagelessWarns,
		toc:   [2]int{4, 15},
		body:  17,
	}, {
		// The same with no bullets: each name alone between blank lines
		// over its block of titles (pdftotext of such a page); the
		// block's last title is the contents', though the body follows.
		file:  "toc-pageless-blocks.md",
		want:  famTitle + famPageless,
		warns: famPagelessWarns,
		toc:   [2]int{4, 15},
		body:  17,
	},
	{
		// A web page's run-in heads, a bold tag and a colon before the
		// date (<p><strong>title</strong>：3月5日，…): each a title (they
		// had been read as no title, every column one untitled entry).
		file: "html-bold-colon.md",
		want: famTitle + "section: 时政要闻\n" + `  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
section: 社会民生
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
		body: 5,
	},
	{
		// What OCR makes of dates: 曰 for 日 and digits letter-spaced by a
		// justified line (3 月 1 2 日) are read; a letter for a digit
		// among a date's figures (3月2O日) is read as the digit, with a
		// warning.
		file: "ocr-dates.md",
		want: famTitle + "section: 时政要闻\n" + `  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5曰，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3 月 1 2 日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
  * 市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月2O日，市第一人民医院新院区正式启用，开放床位800张。
`,
		warns: []wantWarn{{line: 11, sub: "a letter for a digit"}},
	},
	{
		// A briefing that runs its titles into their text after a bullet,
		// an ideographic space between (●title　3月5日，…), as a PDF or a
		// web page keeps it without the bold; its sections in brackets.
		file: "runin-bullets.md",
		want: famTitle + "section: 【时政要闻】\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 【社会民生】\n" + onPage(entC, 0),
	},
	{
		// A docx chronicle section that sets the date in bold over a bold
		// headline (**3月5日**\ / **…召开**\ / text): one entry, titled by
		// both and dated by its title; the date names no section.
		file: "bold-date-over-headline.md",
		want: famTitle + `section: 大事记
  * 3月5日 全市春季植树造林动员会召开 p0-0 2024-03-05
    市长王立新出席会议并讲话，副市长赵春华主持。
  * 3月12日 鹰城至郑州城际公交开通 p0-0 2024-03-12
    全程约两小时，每日往返二十班次。
`,
	},
	{
		// A web copy that prints each title after its column's name in
		// brackets, inside the bold (**【时政要闻】…召开** 3月5日，…): a
		// report's titles, kept as printed, not a yearbook's 条目 named by
		// the column with the title in their text.
		file: "column-prefix.md",
		want: famTitle + `section: 
  * 【时政要闻】全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 【时政要闻】鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
  * 【社会民生】市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
	},
	{
		// An article continued on a later page, after another article
		// there ((下转第3页) … (上接第2页)…): the continuation stays where it is
		// printed, and that it is not joined to its article is a warning.
		file: "continued.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，（下转第3页）
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
    （上接第2页）副市长赵春华主持。
`,
		warns: []wantWarn{{line: 11, sub: "continues an article from an earlier page"}},
	},
	{
		// A 大事记 set as a Word table of 日期 | 事项: each row whose first
		// cell is a date (同日 too) is an event, dated by it.
		file: "dsj-table.md",
		want: famTitle + `section: 大事记
  * (no title) p0-0 2024-03-05
    [2024-03-05] | 3月5日 | 全市春季植树造林动员会召开。 |
  * (no title) p0-0 2024-03-12
    [2024-03-12] | 3月12日 | 鹰城至郑州城际公交正式开通。 |
  * (no title) p0-0 2024-03-12
    [2024-03-12] | 同日 | 市政协召开常委会议。 |
`,
	},
	{
		// A page set in two columns, as pdftotext -layout prints it: each
		// line holds both columns, which the parser does not pull apart;
		// that is a warning, not a silent merge. The column's name over
		// them (时政要闻, see columnLine) names the section.
		file: "two-columns.md",
		want: famTitle + `section: 时政要闻
  * (no title) p0-0 -
    全市春季植树造林动员会召开          鹰城至郑州城际公交开通
  * (no title) p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会      3月12日，鹰城至郑州城际公交正式开召开。市长王立新出席会议并讲话，    通，全程约两小时，每日往返二十班副市长赵春华主持。                  次。
`,
		warns: []wantWarn{{line: 6, sub: "two columns side by side"}, {line: 5, sub: "", optional: true}},
	},
	{
		// An article dated by its month alone (3月，市史志办完成…): a
		// month-level date; one that opens with a year (2023年，全市…) is
		// about the year, and is not dated by it.
		file: "month-dated.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + `  * 市史志办完成村志初审 p0-0 2024-03
    [2024-03] 3月，市史志办完成《鹰城村志》初审，提出修改意见60条。
  * 全市经济运行平稳 p0-0 -
    2023年，全市地区生产总值增长5.1%。
`,
	},
	{
		// A chronicle's table that pdftotext printed column by column: the
		// dates one under the other, then their texts. The first date has
		// no text of its own: a warning, not a silent event of nothing.
		file: "dsj-stacked.md",
		want: `title: 鹰城市2024年3月大事记
section: 
  * (no title) p0-0 2024-03-05
    [2024-03-05] 3月5日
  * (no title) p0-0 2024-03-12
    [2024-03-12] 3月12日 全市春季植树造林动员会召开。
    鹰城至郑州城际公交正式开通。
`,
		warns: []wantWarn{{line: 3, sub: "has a date and no text"}},
	},
	{
		// Inside an article with a bold title, a list whose items run a
		// name into dated text after a bullet (●动员部署阶段　3月5日至…) is
		// the article's text, not entries cutting it.
		file: "runin-list.md",
		want: famTitle + `section: 时政要闻
  * 全市开展安全生产大检查 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市安全生产大检查动员会召开，会议对大检查分三个阶段作出安排：
    ●动员部署阶段　3月5日至3月10日，各地各部门制定方案、动员部署。
    ●全面排查阶段　3月11日至4月30日，对重点行业领域开展拉网式排查。
    ●总结提升阶段　5月1日至5月15日，总结经验做法，建立长效机制。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
`,
	},
	{
		// Tables as other converters write them: MinerU's HTML table on
		// one line, pandoc's over several, pandoc's grid table. A row is a
		// paragraph as a Markdown table's is, its borders markup; the
		// text after a table is a paragraph of its own.
		file: "tables-converted.md",
		want: famTitle + "section: 时政要闻\n" + strings.TrimSuffix(onPage(entA, 0), "\n") + `
    | 县（市、区） | 造林面积 |
    | 鹰城区 | 1200亩 |
    会议要求各地抓住春季有利时机，完成造林任务。
    | 宝丰县 | 3400亩 |
    | 县（市、区）| 造林面积 |
    | 叶县       | 2100亩   |
    各县区要加强管护，确保成活率。
`,
		furniture: []model.Furniture{
			{Line: 20, Kind: model.Markup, Text: "+------------+----------+"},
			{Line: 22, Kind: model.Markup, Text: "+============+==========+"},
			{Line: 24, Kind: model.Markup, Text: "+------------+----------+"},
		},
	},
	{
		// A footnote's call right after a bold title (**title**[^1] 3月5日，…):
		// the title is read, the call goes, the note is a paragraph of the
		// entry, labelled as its call was ([1], no caret).
		file: "title-footnote.md",
		want: famTitle + "section: 时政要闻\n" + strings.TrimSuffix(onPage(entA, 0), "\n") + "\n    [1] 本文据市林业局供稿整理。\n",
	},
	{
		// A copy with no markup whose title ends with ！ (喜报！…称号！) or ？
		// (村志编纂难在哪里？): a title all the same, not a sentence of the
		// article above, and the section name above it no title.
		file: "plain-exclaim.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + `  * 喜报！我市荣获全国文明城市称号！ p0-0 2024-03-08
    [2024-03-08] 3月8日，中央文明委发布通报，我市荣获全国文明城市称号。
section: 史志研究
  * 村志编纂难在哪里？ p0-0 2024-03-25
    [2024-03-25] 3月25日，市史志办召开村志编纂座谈会。
`,
	},
	{
		// A copy with no markup whose articles carry a line between title
		// and text: a web page's 发布时间：… 来源：…, a byline in brackets. The
		// titles are read over it; it is a paragraph of the entry.
		file: "web-meta.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    发布时间：2024-03-06　来源：鹰城日报
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    （市交通局　李四）
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
`,
	},
	{
		// One space before the page under ## 目录, the contents in two
		// parts with the masthead between them, as the sample sets them:
		// both parts are read.
		file: "toc-space-split.md",
		want: famTitle + "masthead: 主办：鹰城市地方史志办公室\nmasthead: 主编：王立新\n" + paged234,
		toc:  [2]int{5, 21},
	},
	{
		// A table of contents set as a Markdown table (a docx's contents
		// table): a row a line, a section's name alone in its row.
		file: "toc-table.md",
		want: famTitle + paged234,
		toc:  [2]int{5, 12},
	},
	{
		// pandoc's Word table of contents: each line a link to its
		// heading, the tab before the page a space ([全市…召开 2](#_Toc…)),
		// the sections listed with a page like the entries.
		file: "toc-word-links.md",
		want: famTitle + paged234,
		toc:  [2]int{5, 15},
		body: 17,
	},
	{
		// A correction that quotes an earlier issue (鹰城月报 / 2024年第2期 /
		// 第5页…特此更正。) in the body: one issue, not a second one begun.
		// (The short line before the blank is a line of its own, as a
		// byline is: see cutByPage.)
		file: "quoted-issue.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0) + `  * 本刊更正 p0-0 -
    鹰城月报2024年第2期
    第5页“全市网络文明大会召开”一文中，“2月20日”应为“2月21日”，特此更正。
section: 社会民生
` + onPage(entC, 0),
	},
	{
		// A double issue named on the title line (鹰城月报（2024年第3—4期）;
		// also 第3、4期合刊): its year, and its first number; the issue as
		// printed a notice of the masthead (the number says 3 of 3—4).
		file: "double-issue.md",
		want: famTitle + "masthead: ：第3—4期\n" + unpaged,
	},
	{
		// A report's chronicle of the month before (## 二月大事记 in the
		// March issue): its bare days are of February.
		file: "dsj-month-section.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 0) + `section: 二月大事记
  * (no title) p0-0 2024-02-01
    [2024-02-01] 1日　全市各界举行迎春茶话会。
  * (no title) p0-0 2024-02-08
    [2024-02-08] 8日　全市春季重点项目集中开工。
  * (no title) p0-0 2024-02-08
    [2024-02-08] 同日　市委召开常委会议。
section: 社会民生
` + onPage(entC, 0),
	},
	{
		// An article's points numbered 一、 under a bold title: paragraphs
		// of their own, not entries (they stand over no date), and not
		// joined to the text under them.
		file: "points-in-article.md",
		want: famTitle + `section: 时政要闻
  * 全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。会议要求：
    一、提高政治站位
    各级各部门要充分认识植树造林的重要意义。
    二、压实工作责任
    各县（市、区）要层层分解任务。
  * 鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
`,
	},
	{
		// A copy saved as text from Word, no markup, with ornaments between
		// its articles (————, ★　★　★): taken out as rules, not read as
		// sections or titles.
		file: "ornaments.md",
		want: famTitle + unpaged,
	},
	{
		// Titles that carry the date their text does not print: at their
		// start (**3月5日　…召开**) or in brackets at their end (…开通（3月12日）).
		file: "title-dates.md",
		want: famTitle + `section: 时政要闻
  * 3月5日　全市春季植树造林动员会召开 p0-0 2024-03-05
    市长王立新出席会议并讲话，副市长赵春华主持。
  * 鹰城至郑州城际公交开通（3月12日） p0-0 2024-03-12
    全程约两小时，每日往返二十班次。
`,
	},
	{
		// Running heads that alternate (地方志工作 atop even pages, 鹰城月报
		// atop odd ones), each on two pages only, one not naming the
		// publication: both are heads, as each is the first line after a
		// page number.
		file: "heads-alternating.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3) + "section: 社会民生\n" + onPage(entC, 4),
	},
	{
		// A page number alone, no run of them to show it is one: after a
		// sentence that ended, before a title (it was read as text, the
		// title after it lost), and inside a sentence that goes on with a
		// figure (开放床位 / 3 / 800张 read 3800张).
		file: "lone-page.md",
		want: famTitle + "section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3) + "section: 社会民生\n" + onPage(entC, 3),
		furniture: []model.Furniture{
			{Line: 8, Kind: model.PageNumber, Text: "2"},
			{Line: 14, Kind: model.PageNumber, Text: "3"},
		},
	},
	{
		// Entries numbered in figures under ## sections (1. title over its
		// dated text), and a list in an article (会议要求： / 1. 加强组织领导),
		// which is not over a date: paragraphs, each its own.
		file: "numbered-entries.md",
		want: famTitle + `section: 时政要闻
  * 1.全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。会议要求：
    1. 加强组织领导
    2. 落实造林任务
  * 2.鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
section: 社会民生
  * 1.市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
	},
	{
		// 一、 sections over entries numbered 1． or （1）, no markup.
		file: "numbered-cn-sections.md",
		want: famTitle + `section: 时政要闻
  * 1．全市春季植树造林动员会召开 p0-0 2024-03-05
    [2024-03-05] 3月5日，全市春季植树造林动员会召开。市长王立新出席会议并讲话，副市长赵春华主持。
  * 2．鹰城至郑州城际公交开通 p0-0 2024-03-12
    [2024-03-12] 3月12日，鹰城至郑州城际公交正式开通，全程约两小时，每日往返二十班次。
section: 社会民生
  * （1）市第一人民医院新院区启用 p0-0 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
	},
	{
		// pdftotext without -layout: each page on a line of its own under
		// its title, the section names above their titles, no blank lines,
		// no markup. The pages are the table of contents', not a run of
		// page numbers (a page holds more than a title).
		file: "toc-page-below.md",
		want: famTitle + paged234,
		toc:  [2]int{3, 11},
		body: 12,
	},
	{
		// Section names in the table of contents only, banners in the body
		// (images, as a PDF to Markdown converter leaves them): each entry
		// goes to the section its line of the contents is under.
		file: "toc-sections-only.md",
		want: famTitle + paged234,
		toc:  [2]int{5, 14},
		body: 17,
	},
	{
		// A docx saved as text, an article copied from a web page: no
		// markup, no table of contents. A short line that ends no sentence,
		// over its text, is a title; a short line over a title, a section.
		file: "plain-text.md",
		want: famTitle + unpaged,
		body: 4,
	},
	{
		// One heading level for sections and entries alike, as a PDF to
		// Markdown converter (MinerU, marker) gives them: a heading over
		// another heading is a section, a heading over text an entry.
		file: "one-heading-level.md",
		want: famTitle + unpaged,
		body: 5,
	},
	{
		// Bold titles, no table of contents, and the sections' names as
		// plain lines alone over them, as offices set them (第一部分 时政要闻,
		// ★ 社 会 民 生): each is a section, named without its label and
		// spaces.
		file: "plain-section-names.md",
		want: famTitle + unpaged +
			"  * 全市春季招聘会举行 p0-0 2024-03-23\n    [2024-03-23] 3月23日，全市春季招聘会在市会展中心举行。\n",
		body: 5,
	},
	{
		// A TOC in two columns side by side, section names over them: read
		// column by column, the left one's last line alone.
		file: "toc-two-columns.md",
		want: famTitle + paged234,
		toc:  [2]int{5, 9},
		body: 11,
	},
	{
		// A TOC cut by a page break (a page number, a form feed and the
		// running head, once: not found as furniture elsewhere), and a
		// title wrapped across the leader under a section name.
		file: "toc-page-break.md",
		want: famTitle + "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + "toc: 社会民生\n" +
			"  - 市第一人民医院新院区正式启用并开放床位 p4-4\n" +
			"section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3) + "section: 社会民生\n" +
			`  * 市第一人民医院新院区正式启用并开放床位 p4-4 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
`,
		toc: [2]int{5, 15},
		furniture: []model.Furniture{
			{Line: 10, Kind: model.PageNumber, Text: "                    - 1 -"},
			{Line: 11, Kind: model.RunningHead, Text: "鹰城月报 2024年第3期"},
		},
	},
	{
		// Joining hard-wrapped lines: never a space between two digits
		// (收入18/50万元, 2/0家) nor between a digit and CJK (3/家); a date
		// cut after its first digit (1/1月9日) is one date; a Latin word
		// cut in two (Sou/tis) is one word when it appears unbroken
		// elsewhere in the issue, else two (Wolfs/burg).
		file: "joins.md",
		want: famTitle11 + `section: 友好往来
  * 市长会见英国利兹大学教授 Peter Soutis p0-0 2023-11-09
    [2023-11-09] 11月9日，市长王立新会见英国利兹大学教授 Peter Soutis 一行。Soutis 教授介绍了复合材料研究进展，双方签署合作框架协议，协议金额1850万元，涉及3家企业。
  * 代表团赴德国考察 p0-0 2023-11-20
    [2023-11-20] 11月20日，代表团访问了 Wolfs burg 等城市，参观了20家企业。
`,
		body: 5,
	},
}

// paged234 is the two sections of three entries, the table of contents
// and the body, on pages 2, 3 and 4: the model of every copy whose
// contents give the pages, whatever their form.
// unpaged is the model of the fixtures whose copy gives no page: the
// three entries of paged234 in its two sections.
var unpaged = "section: 时政要闻\n" + onPage(entA, 0) + onPage(entB, 0) + "section: 社会民生\n" + onPage(entC, 0)

var paged234 = "toc: 时政要闻\n" + onPage(tocA, 2) + onPage(tocB, 3) + "toc: 社会民生\n" + onPage(tocC, 4) +
	"section: 时政要闻\n" + onPage(entA, 2) + onPage(entB, 3) + "section: 社会民生\n" + onPage(entC, 4)

// spacedHead is the running head of heads-spaced-out.md, as pdftotext
// -layout prints it.
const spacedHead = "鹰城月报                                                  2024年第3期"

// footerPages is the model of the copies whose pages come from their
// footers alone (furniture-no-toc.md, page-of.md), and footerPageStarts
// where those pages begin.
const footerPages = `section: 社会民生
  * 市第一人民医院新院区启用 p2-2 2024-03-20
    [2024-03-20] 3月20日，市第一人民医院新院区正式启用，开放床位800张。
  * 全市春季招聘会举行 p2-2 2024-03-23
    [2024-03-23] 3月23日，全市春季招聘会在市会展中心举行。
  * 鹰城图书馆夜间开放 p3-3 2024-03-25
    [2024-03-25] 3月25日，鹰城图书馆开始夜间开放，每晚延长至21时闭馆。
`

var footerPageStarts = []model.PageStart{{Page: 2, Line: 5}, {Page: 3, Line: 13}, {Page: 4, Line: 17}}

func readFamily(t testing.TB, name string) []byte {
	t.Helper()
	return readTestdata(t, filepath.Join("families", name))
}

// TestFamilies: each fixture parses to its expected model, with exactly
// the warnings expected, and no line of its table of contents in the
// body.
func TestFamilies(t *testing.T) {
	for _, f := range families {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			iss, err := Parse(readFamily(t, f.file))
			if err != nil {
				t.Fatal(err)
			}
			compareProjection(t, f.want, iss)
			checkWarnings(t, iss.Warnings, f.warns)
			checkNoEntryInTOC(t, iss, f.toc[0], f.toc[1])
			if f.pages != nil {
				checkPages(t, iss.Pages, f.pages)
			}
			if f.furniture != nil {
				checkFurniture(t, iss.Furniture, f.furniture)
			}
			if got, want := linesText(iss.Unplaced), linesText(f.unplaced); got != want {
				t.Errorf("unplaced lines = %s, want %s", got, want)
			}
		})
	}
}

// TestFamiliesParseAll: ParseAll gives one issue for a file of one,
// equal to Parse's, and every issue of a file of several.
func TestFamiliesParseAll(t *testing.T) {
	for _, f := range families {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			src := readFamily(t, f.file)
			all, err := ParseAll(src)
			if err != nil {
				t.Fatal(err)
			}
			want := f.issues
			if want == nil {
				want = []familyIssue{{line: 1, want: f.want}}
			}
			if len(all) != len(want) {
				t.Fatalf("ParseAll gave %d issues, want %d", len(all), len(want))
			}
			for i, w := range want {
				if all[i].Line != w.line {
					t.Errorf("issue %d begins at line %d, want %d", i+1, all[i].Line, w.line)
				}
				t.Logf("issue %d:", i+1)
				compareProjection(t, w.want, all[i])
			}
			if f.issues == nil {
				one, err := Parse(src)
				if err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(one.Warnings) != fmt.Sprint(all[0].Warnings) {
					t.Errorf("ParseAll warns %v, Parse %v", all[0].Warnings, one.Warnings)
				}
			} else {
				for i, iss := range all {
					if len(iss.Warnings) != 0 {
						t.Errorf("issue %d: warnings:%s", i+1, warningsText(iss.Warnings))
					}
				}
			}
		})
	}
}

// compareProjection compares the projection of got with want part by
// part, first without LastPage, so that a missing page range does not
// hide another difference.
func compareProjection(t *testing.T, want string, got *model.Issue) {
	t.Helper()
	if compareParts(t, lastPages.ReplaceAllString(want, " p${1}${2}"), project(got, projOpts{noLast: true}), "") {
		compareParts(t, want, project(got, projOpts{}), " (last pages)")
	}
}

var lastPages = regexp.MustCompile(` p(\d+)-\d+( |\n)`)

// checkWarnings asserts that every required warning is there and every
// warning given is expected.
func checkWarnings(t *testing.T, got []model.Warning, want []wantWarn) {
	t.Helper()
	match := func(w model.Warning, e wantWarn) bool { return w.Line == e.line && strings.Contains(w.Message, e.sub) }
	for _, e := range want {
		if e.optional {
			continue
		}
		found := false
		for _, w := range got {
			found = found || match(w, e)
		}
		if !found {
			t.Errorf("no warning at line %d containing %q; warnings:%s", e.line, e.sub, warningsText(got))
		}
	}
	for _, w := range got {
		expected := false
		for _, e := range want {
			expected = expected || match(w, e)
		}
		if !expected {
			t.Errorf("unexpected warning at line %d: %s", w.Line, w.Message)
		}
	}
}

func checkFurniture(t *testing.T, got, want []model.Furniture) {
	t.Helper()
	text := func(fs []model.Furniture) string {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "\n  %d %s %q", f.Line, f.Kind, f.Text)
		}
		return b.String()
	}
	if g, w := text(got), text(want); g != w {
		t.Errorf("furniture =%s\nwant%s", g, w)
	}
}

func linesText(ls []model.Line) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "[%d %q]", l.Line, l.Text)
	}
	return b.String()
}

// TestTOCSectionNotInBody: a section of the table of contents that no
// section of the body is gets a warning at its line; and a page-first
// title wrapped onto a line of its own (召开), which read as such a
// section, is joined to its title, as the body has the two together.
func TestTOCSectionNotInBody(t *testing.T) {
	src := string(readFamily(t, "toc-page-first.md"))
	want, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want.Warnings {
		t.Errorf("the fixture as it is: warning at line %d: %s", w.Line, w.Message)
	}
	wrapped := strings.Replace(src, "2　全市春季植树造林动员会召开\n", "2　全市春季植树造林动员会\n召开\n", 1)
	if wrapped == src {
		t.Fatal("the fixture has no line 2　全市春季植树造林动员会召开 to wrap")
	}
	got, err := Parse([]byte(wrapped))
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, got.Warnings, nil)
	if w, g := project(want, projOpts{}), project(got, projOpts{}); w != g {
		t.Errorf("wrapped, the model differs from the fixture's: %s", projDiff(w, g))
	}
	renamed := strings.Replace(src, "\n社会民生\n4 ", "\n文化旅游\n4 ", 1)
	if renamed == src {
		t.Fatal("the fixture has no section 社会民生 in its table of contents")
	}
	got, err = Parse([]byte(renamed))
	if err != nil {
		t.Fatal(err)
	}
	checkWarnings(t, got.Warnings, []wantWarn{{line: 10, sub: `the body does not have: "文化旅游"`}})
}

// TestSamplePageFirstTOC: the sample with its table of contents printed
// page first (6　title, a wrapped title whole), and no contents heading,
// parses to the sample's model, without a warning. A later line that
// looked like a table of contents was taken for it, and the real one
// was warned about as cover it did not understand.
func TestSamplePageFirstTOC(t *testing.T) {
	src := string(readTestdata(t, sampleFile))
	entry := regexp.MustCompile(`(?m)^(?:- )?(.+?) \.\.\.\.\. \( ?(\d+) ?\)$`)
	wrapped := regexp.MustCompile(`(?m)^- (.+?) *\n([^-\n].*?) \.\.\.\.\. \((\d+)\)$`)
	pf := wrapped.ReplaceAllString(src, "$3\u3000$1$2")
	pf = entry.ReplaceAllString(pf, "$2\u3000$1")
	if pf == src || strings.Contains(pf, ".....") {
		t.Fatal("the sample's table of contents was not retyped page first")
	}
	want, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext -layout wraps a long title under itself (indented to its
	// column, or not): the page is on its first line only.
	pfLine := regexp.MustCompile(`(?m)^(\d+)\x{3000}(.+)$`)
	wrapAt := func(cut int, indent string) string {
		return pfLine.ReplaceAllStringFunc(pf, func(l string) string {
			m := pfLine.FindStringSubmatch(l)
			r := []rune(m[2])
			if len(r) <= cut+2 {
				return l
			}
			return m[1] + "\u3000" + string(r[:cut]) + "\n" + indent + string(r[cut:])
		})
	}
	for _, v := range []struct{ name, text string }{
		{"whole", pf},
		{"wrapped at 16, not indented", wrapAt(16, "")},
		{"wrapped at 12, indented", wrapAt(12, "    ")},
		{"wrapped at 20, indented with U+3000", wrapAt(20, "\u3000\u3000")},
	} {
		if v.text == pf && v.name != "whole" {
			t.Fatalf("%s: no title was wrapped", v.name)
		}
		got, err := Parse([]byte(v.text))
		if err != nil {
			t.Fatal(err)
		}
		if w, g := project(want, projOpts{noTOCTitles: true}), project(got, projOpts{noTOCTitles: true}); w != g {
			t.Errorf("page first, %s: the model differs from the sample's: %s", v.name, projDiff(w, g))
		}
		for _, w := range got.Warnings {
			t.Errorf("page first, %s: warning at line %d: %s", v.name, w.Line, w.Message)
		}
		if v.name == "whole" {
			continue
		}
		// Every title of the table of contents is read whole.
		var wt, gt []string
		for _, s := range want.TOC {
			for _, e := range s.Entries {
				wt = append(wt, e.Title)
			}
		}
		for _, s := range got.TOC {
			for _, e := range s.Entries {
				gt = append(gt, e.Title)
			}
		}
		if !slices.Equal(wt, gt) {
			t.Errorf("page first, %s: the titles of the table of contents:\n%q\nwant\n%q", v.name, gt, wt)
		}
	}
}

// TestLineBreaksLost: the sample with its line breaks lost, one line of
// 25,000 characters, with its # or without, is no title and no heading:
// its text is read as text, and a warning says what happened (the reader
// showed an issue with no entries, its whole text the title, and check
// said nothing).
func TestLineBreaksLost(t *testing.T) {
	one := strings.ReplaceAll(string(readTestdata(t, sampleFile)), "\n", "")
	for _, src := range []string{one, strings.TrimPrefix(one, "# ")} {
		iss, err := Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if iss.Title != "" {
			t.Errorf("title %q…", clipText(iss.Title, 20))
		}
		if n := iss.EntryCount(); n != 1 || len(iss.Sections[0].Entries[0].Paragraphs) != 1 {
			t.Errorf("%d entries, want the text as one", n)
		}
		want := []wantWarn{{line: 1, sub: "are the line breaks lost?"}}
		if strings.HasPrefix(src, "#") {
			want = append(want, wantWarn{line: 1, sub: "a heading of"})
		}
		checkWarnings(t, iss.Warnings, want)
	}
}
