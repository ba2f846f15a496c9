package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// rd1Outline is what a reader of a yearbook chapter sees: each entry as
// section>title@page#paragraphs, then the pages' starts (page:line) and
// the warnings' lines.
func rd1Outline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		if len(s.Entries) == 0 {
			fmt.Fprintf(&b, "%s; ", s.Name)
		}
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s>%s@%d#%d; ", s.Name, e.Title, e.Page, len(e.Paragraphs))
		}
	}
	b.WriteString("pages")
	for _, p := range iss.Pages {
		fmt.Fprintf(&b, " %d:%d", p.Page, p.Line)
	}
	b.WriteString(" warn")
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, " %d", w.Line)
	}
	return b.String()
}

func rd1Parse(t *testing.T, file string) *model.Issue {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues", file, len(all))
	}
	return all[0]
}

// TestRedTeamD1Layout holds a yearbook chapter (经济管理, its 分目 and
// 【条目】) set in two columns, as pdftotext -layout prints its pages
// (testdata/rt-d1-layout-*.md).
func TestRedTeamD1Layout(t *testing.T) {
	for _, c := range []struct{ file, title, want string }{
		// ·56·<gap>宁川年鉴（2023） atop the copy, the even page's folio at
		// its outer corner: page 56 begins there (the number had been
		// read as the footer of a page before it, and the chapter's first
		// page called 57, as the next page's head is).
		{"rt-d1-layout-folio-first.md", "宁川年鉴（2023）",
			"经济管理; 发展和改革>概况@56#1; 发展和改革>项目建设@56#1; 发展和改革>价格管理@56#1; 发展和改革>重点项目建设@56#1; 发展和改革>节能降耗@57#1; pages 56:4 57:19 warn"},
		// The 类目's name letter-spaced wide across the page (经    济    管
		//    理), each character a run of its own: one heading (the gutter
		// had cut it in two, the section 经济, 管理 lost, and no warning).
		{"rt-d1-layout-wide-heading.md", "宁川年鉴（2023）",
			"经济管理; 发展和改革>概况@56#1; 发展和改革>项目建设@56#1; 发展和改革>价格管理@56#1; 发展和改革>重点项目建设@56#1; 发展和改革>节能降耗@57#1; pages 56:4 57:19 warn"},
		// A table set across a two-column page (表1 over rows of cells)
		// between the bands of its columns: the page is read column by
		// column around it (it had been left as printed, each line the two
		// columns' text run together, 【统计执法】…检 【食品安全】…, and no
		// warning), and the odd page's head printed once (经济管理<gap>·59·)
		// is furniture, not a 条目 titled 经济管理 (nor the columns' first
		// lines once the page is split).
		{"rt-d1-layout-table.md", "宁川年鉴（2023）",
			">@58#1; >统计执法@58#1; 市场监督管理>概况@58#1; 市场监督管理>食品安全@58#1; 市场监督管理>特种设备安全@58#7; 市场监督管理>知识产权@58#1; 市场监督管理>质量提升@58#1; 审计>概况@58#1; 审计>经济责任审计@58#1; 审计>政府投资审计@58#1; 审计>专项资金审计@59#1; 税务>概况@59#1; 税务>减税降费@59#1; pages 58:3 59:31 warn 38"},
		// The two pages' heads printed once each, the first page's first
		// line the book's name and its folio: the 分目 市场监督管理 at the
		// foot of the left column heads the 条目 atop the right.
		{"rt-d1-layout-head-once.md", "宁川年鉴（2023）",
			">@58#1; >统计服务@58#1; >统计执法@58#1; 市场监督管理>概况@58#1; 市场监督管理>食品安全@58#1; 市场监督管理>特种设备安全@58#1; 市场监督管理>知识产权@59#1; 市场监督管理>质量提升@59#1; pages 58:3 59:14 warn"},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := rd1Parse(t, c.file)
			if iss.Title != c.title {
				t.Errorf("title %q, want %q", iss.Title, c.title)
			}
			if got := rd1Outline(iss); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestRedTeamD1LayoutTableText: the 条目 the table interrupts is one
// paragraph, its text as printed on both sides of the table, and the
// table's lines follow it, title first.
func TestRedTeamD1LayoutTableText(t *testing.T) {
	iss := rd1Parse(t, "rt-d1-layout-table.md")
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title != "特种设备安全" {
				continue
			}
			var got []string
			for _, p := range e.Paragraphs[:3] {
				got = append(got, p.Text)
			}
			want := "全县在用特种设备2864台，定期检验率100%，全年未发生特种设备安全事故。|表1  2022年宁川县主要经济指标|指标名称"
			if g := strings.Join(got, "|"); !strings.HasPrefix(g, want) {
				t.Errorf("got %q, want it to begin %q", g, want)
			}
			return
		}
	}
	t.Error("no 条目 特种设备安全")
}

// TestRedTeamD1PlainSpacedCategory: a 类目's name letter-spaced with
// ASCII spaces (经 济 管 理), as plain pdftotext prints the line set
// across the page, over a blank line and its first 分目 (发展和改革) over
// 【条目】: a section of its own, in a yearbook whose titles are
// bracketed (it had been warned as a cover line not understood and as a
// short line of its own, untitled text).
func TestRedTeamD1PlainSpacedCategory(t *testing.T) {
	iss := rd1Parse(t, "rt-d1-plain-spaced-category.md")
	want := "经济管理; 发展和改革>概况@56#1; 发展和改革>项目建设@56#1; 发展和改革>价格管理@56#1; pages 56:3 warn"
	if got := rd1Outline(iss); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRedTeamD1WholeChapter: the whole chapter (three pages, five 分目,
// 23 条目, a photo's caption, a table across a page, a 条目 that runs from
// the left column into the right and one over a page) as pdftotext
// -layout and as plain pdftotext print it gives the same sections,
// 条目, pages and paragraphs, with no warning.
func TestRedTeamD1WholeChapter(t *testing.T) {
	read := func(file string) (string, *model.Issue) {
		iss := rd1Parse(t, file)
		var b strings.Builder
		for _, s := range iss.Sections {
			fmt.Fprintf(&b, "## %s\n", s.Name)
			for _, e := range s.Entries {
				fmt.Fprintf(&b, "%s@%d\n", e.Title, e.Page)
				for _, p := range e.Paragraphs {
					fmt.Fprintf(&b, "  %s\n", p.Text)
				}
			}
		}
		for _, w := range iss.Warnings {
			t.Errorf("%s: warning %d: %s", file, w.Line, w.Message)
		}
		return b.String(), iss
	}
	layout, iss := read("rt-d1-whole-layout.md")
	plain, _ := read("rt-d1-whole-plain.md")
	if layout != plain {
		t.Errorf("-layout reads\n%s\nplain reads\n%s", layout, plain)
	}
	want := "经济管理; 发展和改革>概况@56#1; 发展和改革>项目建设@56#1; 发展和改革>价格管理@56#1; 发展和改革>重点项目建设@56#1; " +
		"发展和改革>节能降耗@56#1; 发展和改革>以工代赈@56#1; 发展和改革>粮食储备@56#1; 统计>统计调查@56#2; 统计>第五次全国经济普查@56#1; " +
		"统计>统计服务@57#1; 统计>统计执法@57#1; 市场监督管理>概况@57#1; 市场监督管理>食品安全@57#1; 市场监督管理>特种设备安全@57#7; " +
		"市场监督管理>知识产权@57#1; 市场监督管理>质量提升@57#1; 审计>概况@57#1; 审计>经济责任审计@57#1; 审计>政府投资审计@57#1; " +
		"审计>专项资金审计@57#1; 税务>概况@58#1; 税务>减税降费@58#1; 税务>纳税服务@58#1; pages 56:4 57:34 58:70 warn"
	if got := rd1Outline(iss); got != want {
		t.Errorf("layout: got\n%s\nwant\n%s", got, want)
	}
}

// TestRedTeamD1LayoutColumnTable: a small table set in the left column
// (表2 over rows of three cells) beside the right column's prose, and a
// last page of three lines in both columns
// (testdata/rt-d1-layout-column-table.md).
func TestRedTeamD1LayoutColumnTable(t *testing.T) {
	iss := rd1Parse(t, "rt-d1-layout-column-table.md")
	// The short last page is read at the gutter of the page before (too
	// few lines for its own: 【统计执法】… had run into 统计调查's text,
	// and no warning).
	want := "经济管理>概况@56#1; 经济管理>项目建设@56#7; 经济管理>价格管理@56#1; 经济管理>重点项目建设@56#1; 经济管理>节能降耗@56#1; " +
		"经济管理>以工代赈@56#1; 经济管理>粮食储备@56#1; 统计>统计调查@57#1; 统计>统计执法@57#1; pages 56:3 57:29 warn"
	if got := rd1Outline(iss); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// The table is a block of its own: its title and header are lines of
	// their own, not a wrapped title run into the sentence the table
	// interrupts (…电池材料、表2  2022年物价指数项目  单位  指数).
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title != "项目建设" {
				continue
			}
			var got []string
			for _, p := range e.Paragraphs {
				got = append(got, strings.Join(strings.Fields(p.Text), " "))
			}
			want := "全年谋划重点项目146个，总投资386亿元，其中省重点项目8个、市重点项目21个。宁川经济开发区新能源电池材料、|" +
				"表2 2022年物价指数|项目 单位 指数|居民消费价格 % 101.8|食品烟酒 % 102.3|居住 % 100.6|智能装备产业园等项目建成投产。"
			if g := strings.Join(got, "|"); g != want {
				t.Errorf("项目建设: got\n%s\nwant\n%s", g, want)
			}
		}
	}
}

// TestRedTeamD1PlainFolioOverHead: plain pdftotext with each page's folio
// set above its running head (\f·57· / 经济管理), the head naming the
// 类目 printed above as its heading, the break cutting a 条目's sentence:
// the head is furniture (it had been run into the sentence, 选聘普查指导
// 员经济管理126名…, and no warning of it).
func TestRedTeamD1PlainFolioOverHead(t *testing.T) {
	iss := rd1Parse(t, "rt-d1-plain-folio-over-head.md")
	want := "经济管理; 统计>统计调查@56#2; 统计>第五次全国经济普查@56#1; 统计>统计服务@57#1; 统计>统计执法@57#1; pages 56:4 57:18 warn"
	if got := rd1Outline(iss); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title == "第五次全国经济普查" && !strings.Contains(e.Paragraphs[0].Text, "选聘普查指导员126名") {
				t.Errorf("第五次全国经济普查: %q", e.Paragraphs[0].Text)
			}
		}
	}
}
