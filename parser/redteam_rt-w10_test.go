package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w10Outline is the issue's body as a reader walks it: a line an entry,
// section|title|date|page|paragraphs, then the contents' sections with
// their entries' count, then the warnings' lines.
func w10Outline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s|%s|%s|%d|%d\n", s.Name, e.Title, e.Date, e.Page, len(e.Paragraphs))
		}
		if len(s.Entries) == 0 {
			fmt.Fprintf(&b, "%s (empty)\n", s.Name)
		}
	}
	for _, s := range iss.TOC {
		fmt.Fprintf(&b, "TOC %s %d\n", s.Name, len(s.Entries))
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "WARN %d\n", w.Line)
	}
	return b.String()
}

// checkW10 parses testdata/file and compares its outline with want (a
// line each, leading tabs dropped), and its lines with the model's.
func checkW10(t *testing.T, file, want string) *model.Issue {
	t.Helper()
	src := readFixture(t, file)
	iss, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var w strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if l = strings.TrimLeft(l, "\t"); l != "" {
			w.WriteString(l + "\n")
		}
	}
	if got := w10Outline(iss); got != w.String() {
		t.Errorf("%s:\n got\n%s want\n%s%s", file, got, w.String(), warningsText(iss.Warnings))
	}
	text, _, _, _ := decode(src)
	checkLossless(t, file, text)
	return iss
}

// TestRedTeamW10HTMLContents holds contents pages set as an HTML table
// (testdata/rt-w10-toc-html-*.md): each row a title and its page, or a
// section's name alone. Both had been warned as a contents heading over
// no contents, the table left to the body (MinerU's one line an untitled
// entry of | 时政要闻 | | rows, pandoc's lines each a title the body
// lacks), the entries without their pages.
func TestRedTeamW10HTMLContents(t *testing.T) {
	const want = `
		时政要闻|市委常委会召开会议|2024-02-02|1|1
		时政要闻|全市高质量发展大会召开|2024-02-18|2|1
		史志工作|《青岚市志》付印|2024-02-01|3|1
		TOC 时政要闻 2
		TOC 史志工作 1`
	// MinerU's <table> on one line, a section's page cell empty.
	checkW10(t, "rt-w10-toc-html-oneline.md", want)
	// pandoc's over several lines, a header row of th and the sections
	// across the row (colspan="2").
	checkW10(t, "rt-w10-toc-html-lines.md", want)
	// 栏目 | 篇目 | 页码, the section's cell spanning its rows (rowspan="2":
	// the row under it has two cells).
	checkW10(t, "rt-w10-toc-html-rowspan.md", want)
	// The same with its header row and the section's cell empty under it.
	checkW10(t, "rt-w10-toc-html-three.md", want)
	// No contents heading: the table's first row is 目　录 across it (the
	// table had been the body's untitled text, warned).
	checkW10(t, "rt-w10-toc-html-heading-row.md", want)
	// The contents page's two columns side by side, title and page each.
	checkW10(t, "rt-w10-toc-html-pairs.md", want)
	// Pages in brackets, （1）, as the contents print them in their cell.
	checkW10(t, "rt-w10-toc-html-bracket-pages.md", want)
}

// TestRedTeamW10Afterword holds a chronicle of one year by its months
// (## 一月 … ## 十二月) that ends with ## 编后记, signed by the office and
// dated 2024年3月 (testdata/rt-w10-dsj-afterword*.md): the afterword is a
// section of its own, its signature and date its last paragraphs. It had
// been the last month's entry, and the date a section over nothing (a
// month of the chronicle), silently; the date no sign of a cut file.
func TestRedTeamW10Afterword(t *testing.T) {
	// The months' events as a table's rows, as pandoc gives a Word table.
	checkW10(t, "rt-w10-dsj-afterword.md", `
		十一月||2023-11-03|0|1
		十一月||2023-11-15|0|1
		十二月||2023-12-06|0|1
		十二月||2023-12-18|0|1
		编后记|||0|3`)
	// The same as day lines.
	checkW10(t, "rt-w10-dsj-afterword-days.md", `
		十一月||2023-11-03|0|1
		十一月||2023-11-15|0|1
		十二月||2023-12-06|0|1
		十二月||2023-12-18|0|1
		编后记|||0|3`)
	// (A guard: a month of the chronicle under a notice the office signed,
	// its days under it, is still the month, not the signature's date.)
	checkW10(t, "rt-w10-dsj-signed-month.md", `
		2023年11月||2023-11-03|0|1
		2023年11月||2023-11-10|0|2
		2023年12月||2023-12-01|0|1
		2023年12月||2023-12-05|0|1`)
}

// TestRedTeamW10GridCellParagraphs holds a chronicle's grid table whose
// event cells hold two paragraphs, a line of empty cells between them, as
// pandoc sets a Word table's cell of two (testdata/rt-w10-grid-cell-
// paras.md): a second paragraph that opens with its own day (13日，会议
// 闭幕。) is that day's event, as the line is outside a table; one that
// does not is the row's event's second paragraph. Both had been run into
// the row's one paragraph, the day lost, silently.
func TestRedTeamW10GridCellParagraphs(t *testing.T) {
	iss := checkW10(t, "rt-w10-grid-cell-paras.md", `
		一月||2023-01-10|0|1
		一月||2023-01-13|0|1
		一月||2023-01-18|0|1
		一月||2023-01-28|0|2
		二月||2023-02-01|0|1`)
	if t.Failed() {
		return
	}
	e := iss.Sections[0].Entries[3]
	if got, want := e.Paragraphs[1].Text, "此次活动采取“主会场+分会场”方式进行，各县（市、区）设分会场。"; got != want {
		t.Errorf("second paragraph %q, want %q", got, want)
	}
	if got, want := iss.Sections[0].Entries[1].Paragraphs[0].Text, "13日，会议闭幕。会议选举产生青岚市第十五届人民代表大会常务委员会副主任1名。"; got != want {
		t.Errorf("13日's event %q, want %q", got, want)
	}
}

// TestRedTeamW10GridDateWrap holds a chronicle's grid table whose date
// column is too narrow for its longer dates (3月21— / 23日, 3月上 / 旬至中
// / 旬), and a table with no header row (testdata/rt-w10-grid-date-
// wrap.md): each row one event, its date whole. They had been read a line
// to a paragraph: 3月21— an event of no date (warned), 23日 another that
// took the rows under it as its paragraphs (silently).
func TestRedTeamW10GridDateWrap(t *testing.T) {
	iss := checkW10(t, "rt-w10-grid-date-wrap.md", `
		三月||2023-03-02|0|1
		三月||2023-03-21..2023-03-23|0|2
		三月||2023-03|0|1
		三月||2023-03|0|1
		四月||2023-04-03|0|1
		四月||2023-04-12|0|1`)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[2].Paragraphs[0].Text, "| 3月上旬至中旬 | 全市开展春季农村人居环境集中整治，清理村庄垃圾3.2万吨。 |"; got != want {
		t.Errorf("row %q, want %q", got, want)
	}
}

// TestRedTeamW10SendOverBackCover holds a report whose last article is
// followed by whom it is sent to and its print run (发送：… / （共印200份）),
// then a rule and the back cover's masthead (编辑：… / 地址：… / 电话：…)
// (testdata/rt-w10-send-over-backcover.md): both are the masthead's. The
// two lines above the rule had been the last article's paragraphs,
// silently: they were looked for at the copy's end before the masthead
// under them was taken.
func TestRedTeamW10SendOverBackCover(t *testing.T) {
	iss := checkW10(t, "rt-w10-send-over-backcover.md", `
		史志工作|《青岚市志》付印|2024-02-01|0|1
		史志工作|北湖区完成第二轮区志续修|2024-02-26|0|1`)
	var keys []string
	for _, f := range iss.Masthead {
		keys = append(keys, f.Key+"="+f.Value)
	}
	if got, want := strings.Join(keys, "; "), "编辑=《青岚史志月报》编辑部; 地址=青岚市人民路88号; 邮编=410100; 电话=0731-5528866; =内部资料　免费交流; 发送=市委常委，市人大常委会主任，市长、副市长，市政协主席，市直各单位。; =（共印200份）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW10WholeTableContents is the acceptance test of a whole
// report, 《青岚史志月报》2024年第2期, as MinerU converts it
// (testdata/rt-w10-whole-tablecontents.md): its contents an HTML table on
// one line (a section's page cell empty, a title cut by <br>, 图片新闻 on
// 封三), the masthead under it, page numbers (— 3 —) and running heads,
// a paragraph cut by a page, a statistics table with its caption (表1 …,
// MinerU's <table>) and a Markdown one in articles, numbered points,
// pictures with captions, whom it is sent to and the back cover. Read by
// hand: every article its own entry with its date and page, the tables
// text a row to a paragraph, no warning. (The contents had been warned
// as not read, the table and masthead one untitled entry, no page found;
// the back cover's first lines the last caption's text.)
func TestRedTeamW10WholeTableContents(t *testing.T) {
	iss := checkW10(t, "rt-w10-whole-tablecontents.md", `
		时政要闻|市委常委会召开会议研究部署春节前后重点工作|2024-02-02|1|1
		时政要闻|全市高质量发展大会召开|2024-02-18|1|1
		时政要闻|市政府第十八次常务会议召开|2024-02-20|2|2
		领导活动|周文澜调研春节市场保供工作|2024-02-05|3|1
		领导活动|顾明远到云台县督导安全生产|2024-02-07|3|1
		领导活动|周文澜走访慰问困难群众|2024-02-08|4|1
		领导活动|顾明远调研“万人助万企”活动开展情况|2024-02-26|4|7
		重要会议|全市优化营商环境工作推进会召开|2024-02-21|5|1
		重要会议|市政协十一届三次会议闭幕|2024-02-23|5|1
		重要会议|全市统计工作会议召开|2024-02-27|6|1
		经济视点|1月份全市经济运行情况||7|9
		经济视点|青岚港1月份集装箱吞吐量创新高|2024-02-06|8|1
		县区动态|云台县召开乡村振兴推进会|2024-02-22|9|1
		县区动态|北湖区“湖滨夜市”开市|2024-02-09|9|1
		县区动态|西山区完成老旧小区改造签约||10|7
		史志工作|《青岚市志（1991—2020）》付印|2024-02-01|11|1
		史志工作|市地方史志办公室召开年度工作会议|2024-02-19|11|1
		史志工作|北湖区完成第二轮区志续修|2024-02-26|12|2
		图片新闻||2024-02-18|13|1
		图片新闻||2024-02-09|13|1
		TOC 时政要闻 3
		TOC 领导活动 4
		TOC 重要会议 3
		TOC 经济视点 2
		TOC 县区动态 3
		TOC 史志工作 3
		TOC 图片新闻 0`)
	if t.Failed() {
		return
	}
	if got := fmt.Sprintf("%s|%d|%d|%d|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Published); got != "青岚史志月报|2024|2|98|2024-03-05" {
		t.Errorf("cover %s", got)
	}
	// The statistics table stays the article's text, a row a paragraph,
	// under its caption; the text after it a paragraph of its own.
	ps := iss.Sections[3].Entries[0].Paragraphs
	for k, want := range map[int]string{
		1: "表1　2024年1月青岚市主要经济指标",
		2: "| 指标 | 单位 | 1月 | 同比增长（%） |",
		6: "| 一般公共预算收入 | 亿元 | 12.8 | 4.5 |",
		7: "注：固定资产投资不含农户投资。数据来源：青岚市统计局。",
	} {
		if ps[k].Text != want {
			t.Errorf("statistics paragraph %d %q, want %q", k, ps[k].Text, want)
		}
	}
	// The paragraph the page cut (…和美乡村建设， / — 9 — … / 加快…) is one.
	if got := iss.Sections[4].Entries[0].Paragraphs[0].Text; !strings.Contains(got, "和美乡村建设，加快农业产业化发展") {
		t.Errorf("cut paragraph not joined: %q", got)
	}
	if n := len(iss.Masthead); n != 11 || iss.Masthead[n-2].Key != "发送" {
		t.Errorf("masthead %v", iss.Masthead)
	}
}

// TestRedTeamW10Preface holds a chronicle of one year by its months whose
// preface is a heading at the months' level (## 编辑说明 / ## 一月 …)
// (testdata/rt-w10-dsj-preface.md): a section of its own, as the
// afterword after the months is, not an entry of untitled text before
// the first month.
func TestRedTeamW10Preface(t *testing.T) {
	checkW10(t, "rt-w10-dsj-preface.md", `
		编辑说明|||0|2
		一月||2023-01-01|0|1
		一月||2023-01-01|0|1
		二月||2023-02-01|0|1`)
}

// TestRedTeamW10WholeTableChronicle is the acceptance test of a whole
// chronicle, 青岚市2023年大事记, a Word file whose events are tables of
// 时间 | 事件 under month headings, as pandoc converts it
// (testdata/rt-w10-whole-table-dsj.md): grid tables where the cells hold
// long text (wrapped over the grid's lines, a narrow date column that
// wraps 3月21—23日 and 3月上旬至中旬 too, a cell of two paragraphs, a row
// with no date of its own), pipe tables where they are short (one
// with pandoc's empty header row, one aligned), 3—5日 and 同日, 是月, a
// note and a picture between months, the preface ## 编辑说明 and the
// afterword ## 编后记 signed and dated, and the back cover. Read by hand:
// every event its own entry with its date at its precision; no warning.
func TestRedTeamW10WholeTableChronicle(t *testing.T) {
	iss := checkW10(t, "rt-w10-whole-table-dsj.md", `
		编辑说明|||0|4
		一月||2023-01-01|0|1
		一月||2023-01-03..2023-01-05|0|1
		一月||2023-01-03|0|1
		一月||2023-01-10|0|1
		一月||2023-01-13|0|1
		一月||2023-01-18|0|1
		一月||2023-01-28|0|2
		二月||2023-02-01|0|1
		二月||2023-02-06|0|1
		二月||2023-02-14|0|1
		二月||2023-02-17|0|1
		二月||2023-02-22|0|1
		二月||2023-02-28|0|1
		三月||2023-03-02|0|1
		三月||2023-03|0|1
		三月||2023-03-09|0|1
		三月||2023-03-21..2023-03-23|0|2
		三月||2023-03|0|1
		三月||2023-03-30|0|1
		三月||2023-03|0|1
		四月||2023-04-03|0|1
		四月||2023-04-12|0|1
		四月||2023-04-18|0|1
		四月||2023-04-25|0|1
		五月||2023-05-08|0|1
		五月||2023-05-16|0|1
		五月||2023-05-16|0|1
		五月||2023-05|0|1
		六月||2023-06-01|0|1
		六月||2023-06-09..2023-06-11|0|1
		六月||2023-06-20|0|1
		七月||2023-07-01|0|1
		七月||2023-07-14|0|1
		七月||2023-07-20|0|1
		八月||2023-08-01|0|1
		八月||2023-08-08|0|1
		八月||2023-08-15|0|1
		八月||2023-08-29|0|1
		九月||2023-09-05|0|1
		九月||2023-09-12|0|1
		九月||2023-09-26|0|1
		十月||2023-10-01|0|1
		十月||2023-10-17|0|1
		十月||2023-10-24|0|1
		十一月||2023-11-03|0|1
		十一月||2023-11-15|0|1
		十一月||2023-11|0|1
		十二月||2023-12-06|0|1
		十二月||2023-12-18|0|1
		十二月||2023-12-27|0|1
		十二月||2023-12-31|0|1
		编后记|||0|3`)
	if t.Failed() {
		return
	}
	if got := fmt.Sprintf("%s|%s|%s", iss.Title, iss.Compiler, iss.Published); got != "青岚市2023年大事记|青岚市地方史志办公室|2024-03" {
		t.Errorf("cover %s", got)
	}
	mar := iss.Sections[3].Entries
	for k, want := range map[int]string{
		1: "| 3月上旬 | 全市开展“学雷锋志愿服务月”活动，组织志愿服务项目1200余个，参与志愿者8.6万人次。 |",
		3: "| 3月21—23日 | 中国（青岚）茶产业博览会在市会展中心举行，参展企业420家，现场签约金额18.7亿元。 |",
		4: "| 3月上旬至中旬 | 全市开展春季农村人居环境集中整治，清理村庄垃圾3.2万吨。 |",
	} {
		if got := mar[k].Paragraphs[0].Text; got != want {
			t.Errorf("三月 event %d %q, want %q", k, got, want)
		}
	}
	// The row with no date is the event above's (a paragraph of its own);
	// the note after January's table is January's last paragraph.
	if got := mar[3].Paragraphs[1].Text; got != "|  | 市政府与中茶集团签订战略合作协议，共建青岚高山茶标准化生产基地。 |" {
		t.Errorf("undated row %q", got)
	}
	if got := iss.Sections[1].Entries[6].Paragraphs[1].Text; got != "注：本月人大、政协会议详细情况见本书“专记”部分。" {
		t.Errorf("note %q", got)
	}
	if ps := iss.Sections[len(iss.Sections)-1].Entries[0].Paragraphs; ps[1].Text != "青岚市地方史志办公室" || ps[2].Text != "2024年3月" {
		t.Errorf("afterword's signature %q / %q", ps[1].Text, ps[2].Text)
	}
}

// TestRedTeamW10MonthRows holds a year's chronicle as one Word table
// whose months are rows of their own between the days (| **一月** |  |, a
// grid's row across the table, MinerU's <td colspan="2">一月</td>)
// (testdata/rt-w10-*-month-rows.md): each month a section, its days
// dated in it. The days had been undated (each warned), the months
// events of their own.
func TestRedTeamW10MonthRows(t *testing.T) {
	const want = `
		一月||2023-01-01|0|1
		一月||2023-01-10|0|1
		二月||2023-02-01|0|1
		二月||2023-02-14|0|1`
	checkW10(t, "rt-w10-table-month-rows.md", want)
	// (MinerU's header row on the table's one line cannot be markup, a
	// line's kind: it stays the text before the first month.)
	checkW10(t, "rt-w10-html-month-rows.md", "|||0|1\n"+want)
	checkW10(t, "rt-w10-grid-month-rows.md", `
		一月||2023-01-01|0|1
		一月||2023-01-10|0|1
		二月||2023-02-01|0|1
		二月||2023-02-10|0|1`)
}

// TestRedTeamW10GridContents holds contents pages set as a pandoc grid
// table, as pandoc writes a Word contents table whose titles are long
// (testdata/rt-w10-toc-grid*.md): a title wrapped in its cell is one, a
// section's name alone in its row, a header row (篇目 | 页码) over
// +====+ passed over. Both had been warned of as contents that match no
// entry, their borders and rows listed as titles the body lacks.
func TestRedTeamW10GridContents(t *testing.T) {
	const want = `
		时政要闻|市委常委会召开会议研究部署春节前后全市重点工作|2024-02-02|1|1
		时政要闻|全市高质量发展大会召开|2024-02-18|2|1
		史志工作|《青岚市志（1991—2020）》付印|2024-02-01|3|1
		TOC 时政要闻 2
		TOC 史志工作 1`
	checkW10(t, "rt-w10-toc-grid.md", want)
	checkW10(t, "rt-w10-toc-grid-head.md", want)
}

// TestRedTeamW10NumberedRows holds a chronicle's tables whose rows a Word
// table numbers (| 序号 | 时间 | 事件 |), as a pipe table and as a grid
// table (testdata/rt-w10-*-numbered.md): each row an event dated by its
// second cell, the number kept as printed. Each month's rows had been one
// undated entry, silently.
func TestRedTeamW10NumberedRows(t *testing.T) {
	iss := checkW10(t, "rt-w10-table-numbered.md", `
		一月||2023-01-01|0|1
		一月||2023-01-10|0|1
		一月||2023-01-28|0|1
		二月||2023-02-01|0|1
		二月||2023-02-14|0|1`)
	if !t.Failed() {
		if got, want := iss.Sections[1].Entries[1].Paragraphs[0].Text, "| 2 | 2月14日 | 全市优化营商环境大会召开。 |"; got != want {
			t.Errorf("row %q, want %q", got, want)
		}
	}
	checkW10(t, "rt-w10-grid-numbered.md", `
		一月||2023-01-01|0|1
		一月||2023-01-10|0|1`)
}
