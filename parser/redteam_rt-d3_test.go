package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// pagedEntries is each entry of testdata/file's one issue as
// section|title|page|date, joined by "; ", and the lines of its
// warnings, joined by ",".
func pagedEntries(t *testing.T, file string) (string, string) {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues, want 1", file, len(all))
	}
	var got, warns []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%d|%s", s.Name, e.Title, e.Page, e.Date))
		}
	}
	for _, w := range all[0].Warnings {
		warns = append(warns, fmt.Sprint(w.Line))
	}
	return strings.Join(got, "; "), strings.Join(warns, ",")
}

// TestRedTeamDoclingContents holds contents pages as Docling's Markdown
// of a PDF prints them (testdata/rt-d3-toc-*.md).
func TestRedTeamDoclingContents(t *testing.T) {
	const entries = "时政要闻|县委常委会召开会议传达学习全会精神|1|2023-11-02; 时政要闻|县政府召开第十二次常务会议|2|2023-11-09; " +
		"领导活动|王斌到石桥乡调研乡村振兴工作|3|2023-11-06; 领导活动|刘志强督导冬季供暖工作|4|2023-11-15"
	for _, c := range []struct{ file, entries, warns string }{
		// A table whose section rows repeat the name in both cells
		// (| 时政要闻 | 时政要闻 |, a merged cell), the first of them
		// its header row: the sections' names (the table had not been
		// read, its section rows warned as entries the body lacks, and
		// the pages taken from the body's page numbers, 2, 2, 3, 3).
		{"rt-d3-toc-table-merged.md", entries, ""},
		// List items with the page after one space (- 王斌到…工作 3): the
		// page (the titles had matched the body's with their pages left
		// off, silently).
		{"rt-d3-toc-list-pages.md", entries, ""},
		// A contents page of two columns, a table of four cells a row
		// (| 县委常委会… | 1 | 王斌到… | 3 |): each column's titles and
		// sections in turn (the table had been lines the body lacks,
		// warned, the pages lost).
		{"rt-d3-toc-table-two-columns.md", entries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			got, warns := pagedEntries(t, c.file)
			if got != c.entries {
				t.Errorf("entries\n got  %s\n want %s", got, c.entries)
			}
			if warns != c.warns {
				t.Errorf("warnings on lines %q, want %q", warns, c.warns)
			}
			checkLossless(t, c.file, string(readFixture(t, c.file)))
		})
	}
}

// TestRedTeamDoclingHeads holds the publication's running head that
// Docling keeps as a paragraph of its own (宁川月报 2023 年第 11 期),
// under a cover that spaces the figures apart as Docling does
// (testdata/rt-d3-head-*.md): the head is furniture, no paragraph of
// the entry its page holds (each had been one, silently).
func TestRedTeamDoclingHeads(t *testing.T) {
	for _, c := range []struct {
		file, entries string
		heads         []int // the lines of the heads taken out
		paras         []int // each entry's paragraphs
	}{
		// Atop a page, under its number (- 2 -), once: the cover's
		// spaced issue (2023 年第 11 期) had not been found, so the head
		// was not known for one.
		{"rt-d3-head-after-number.md", "工作动态|县志办召开志书评审会|2|2023-11-03; 工作动态|县志办开展地情资料征集|3|2023-11-10",
			[]int{17}, []int{2, 1}},
		// At a page's foot, over its number, once: the number is still
		// the foot of the page it ends (the next entry on page 3).
		{"rt-d3-head-foot.md", "工作动态|县志办召开志书评审会|2|2023-11-03; 工作动态|县志办开展地情资料征集|3|2023-11-10",
			[]int{15}, []int{2, 1}},
		// Twice, with no page number or break by it at all (Docling
		// dropped them): the head all the same, mid-entry too.
		{"rt-d3-head-no-numbers.md", "工作动态|县志办召开志书评审会|0|2023-11-03; 工作动态|县志办开展地情资料征集|0|2023-11-10; 县区动态|石桥乡召开村志编纂推进会|0|2023-11-21",
			[]int{15, 23}, []int{2, 1, 1}},
		// As a heading (## 宁川月报 2023 年第 11 期), with no page number
		// by it: inside an entry, the head (it had been an entry of its
		// own, and after a column's last entry a section that took the
		// next column's entries).
		{"rt-d3-head-heading.md", "工作动态|县志办召开志书评审会|0|2023-11-03; 工作动态|县志办开展地情资料征集|0|2023-11-10; " +
			"县区动态|石桥乡召开村志编纂推进会|0|2023-11-21; 县区动态|城关镇开展史志进校园活动|0|2023-11-28",
			[]int{13, 27}, []int{2, 1, 1, 1}},
	} {
		t.Run(c.file, func(t *testing.T) {
			got, warns := pagedEntries(t, c.file)
			if got != c.entries {
				t.Errorf("entries\n got  %s\n want %s", got, c.entries)
			}
			if warns != "" {
				t.Errorf("warnings on lines %q, want none", warns)
			}
			iss := parseAllFile(t, c.file)[0]
			var heads, paras []int
			for _, f := range iss.Furniture {
				if f.Kind == model.RunningHead {
					heads = append(heads, f.Line)
				}
			}
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					paras = append(paras, len(e.Paragraphs))
				}
			}
			if fmt.Sprint(heads) != fmt.Sprint(c.heads) {
				t.Errorf("running heads on lines %v, want %v", heads, c.heads)
			}
			if fmt.Sprint(paras) != fmt.Sprint(c.paras) {
				t.Errorf("paragraphs %v, want %v", paras, c.paras)
			}
			checkLossless(t, c.file, string(readFixture(t, c.file)))
		})
	}
}

// TestRedTeamDoclingCover holds a cover as Docling sets it, every line a
// heading, the notice first (## 内部资料 免费交流 / ## 宁 川 月 报 / ## 第
// 11 期 …; testdata/rt-d3-cover-notice.md): the title under the notice
// is the (it had been a section, the cover's lines its entries,
// the issue of no title, year or number, silently).
func TestRedTeamDoclingCover(t *testing.T) {
	c := redTeamCase{"rt-d3-cover-notice.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"【时政要闻】|县委常委会召开会议传达学习全会精神|2023-11-02|1; 【时政要闻】|县政府召开第十二次常务会议|2023-11-09|1", ""}
	iss := checkRedTeam(t, c)
	if len(iss.Masthead) != 1 || iss.Masthead[0].Value != "内部资料 免费交流" {
		t.Errorf("masthead %v, want the notice", iss.Masthead)
	}
}

// TestRedTeamDoclingChronicle holds a month's 大事记 inside a report whose
// columns are named in brackets as Docling's headings (## 【工作动态】 /
// ## 【大事记】 / - 11 月 1 日，…; testdata/rt-d3-chron-bracket.md): the
// chronicle is a section, each day line an event (it had been the title
// of an entry of the column before, its events that entry's paragraphs,
// undated, silently).
//
// So where the name is a plain line (【大事记】 under ## 工作动态; testdata/
// rt-d3-chron-bracket-line.md): the line had been lost in the entry
// before, with the events as its paragraphs, silently.
func TestRedTeamDoclingChronicle(t *testing.T) {
	const events = "【大事记】||2023-11-01|1; 【大事记】||2023-11-03|1; 【大事记】||2023-11-08..2023-11-10|1; 【大事记】||2023-11-15|1"
	checkRedTeam(t, redTeamCase{"rt-d3-chron-bracket.md", "宁川月报|2023|11|宁川县地方史志办公室|",
		"【工作动态】|县志办召开志书评审会|2023-11-03|1; " + events, ""})
	checkRedTeam(t, redTeamCase{"rt-d3-chron-bracket-line.md", "宁川月报|2023|11|宁川县地方史志办公室|",
		"工作动态|县志办召开志书评审会|2023-11-03|1; " + events, ""})
}
