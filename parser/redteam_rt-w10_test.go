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
