package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// sameReading compares two copies' sections as a reader sees them: names,
// entry titles, pages, dates and paragraph texts (not their lines, which
// differ between copies; runs of spaces as one, a table's row as -layout
// spaces it and as plain pdftotext does). Entries titled in joined are
// compared by their text run together: their paragraphs may be cut
// otherwise. It returns the first difference, or "".
func sameReading(want, got []model.Section, joined ...string) string {
	var w, g []string
	for _, list := range []struct {
		ss  []model.Section
		out *[]string
	}{{want, &w}, {got, &g}} {
		for _, s := range list.ss {
			*list.out = append(*list.out, fmt.Sprintf("section %s%s", s.Label, s.Name))
			for _, e := range s.Entries {
				*list.out = append(*list.out, fmt.Sprintf("  entry %s p%d-%d %s", e.Title, e.Page, e.LastPage, e.Date))
				if slices.Contains(joined, e.Title) {
					var b strings.Builder
					for _, p := range e.Paragraphs {
						b.WriteString(p.Text)
					}
					*list.out = append(*list.out, "    "+strings.Join(strings.Fields(b.String()), ""))
					continue
				}
				for _, p := range e.Paragraphs {
					*list.out = append(*list.out, fmt.Sprintf("    %s %s", p.Date, strings.Join(strings.Fields(p.Text), " ")))
				}
			}
		}
	}
	for i := 0; i < max(len(w), len(g)); i++ {
		a, b := "(none)", "(none)"
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, a, b)
		}
	}
	return ""
}

// TestRedTeamC1WholeLayout is the acceptance test of a county monthly
// (宁川县情月报 2023年第11期) as pdftotext -layout prints it: a cover and a
// contents page set in one column (the contents' pages after a run of
// spaces), then pages in two columns side by side with running heads
// and page numbers, the gutter at another place on each (margins of 4
// and 10, gutters of 6 and 8), a column that ends mid-sentence and goes
// on atop the next (赵丽萍要求，…为全县经济 / 社会发展…), the right column
// going on atop the next page's left, a section's heading and a
// picture's caption set across both columns, titles wrapped in their
// column, a page in one column between (a notice, its points, a list of
// names set apart by ideographic spaces, its signature), a page whose
// left column ends mid-page, and a statistics table across the last.
// The columns are read one after the other, each paragraph at the source
// line that prints its first line (it had been warned of and read line by
// line across both columns: sections and titles lost).
func TestRedTeamC1WholeLayout(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-whole-layout.md")[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published), "宁川县情月报|2023|11|98|中共宁川县委党史和地方志研究室|2023-12-05"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	secs, ents := w1Outline(iss)
	if want := "一、要闻=3; 二、领导活动=5; 三、经济发展=2; 四、社会民生=3; 五、史志工作=2; 六、统计资料=1"; secs != want {
		t.Errorf("sections\n got  %s\n want %s", secs, want)
	}
	if want := "要闻|县委常委会召开2023年第11次会议|1|2023-11-06|2; 要闻|全县第五次全国经济普查工作推进会召开|1|2023-11-10|2; 要闻|全县冬季森林防火暨安全生产工作电视电话会议召开|1|2023-11-15|1; " +
		"领导活动||1|2023-11-02|1; 领导活动||1|2023-11-08|1; 领导活动||2|2023-11-14|1; 领导活动||2|2023-11-21..2023-11-22|1; 领导活动||2|2023-11-28|1; " +
		"经济发展|宁川经济开发区三个项目集中签约|2|2023-11-09|2; 经济发展|全县小麦播种面积稳定在46万亩|2||2; " +
		"社会民生|关于做好2024年元旦春节期间群众生活保障工作的通知|3|2023-11-30|10; 社会民生|县第一实验小学新校区投入使用|4|2023-11-13|1; 社会民生|城乡居民医保集中参保缴费工作启动|4|2023-11-16|1; " +
		"史志工作|《宁川年鉴（2023）》出版发行|4|2023-11|1; 史志工作|县史志研究室开展“方志馆里话宁川”活动|4|2023-11-24|1; " +
		"统计资料|2023年1—10月全县主要经济指标|5||7"; ents != want {
		t.Errorf("entries\n got  %s\n want %s", ents, want)
	}
	// Paragraphs that a column break or a page break cuts, and the source
	// line each begins on (the right column's at the line that prints it).
	for _, c := range []struct {
		sec, ent, para int
		line           int
		text           string
	}{
		{0, 1, 1, 53, "赵丽萍要求，各乡镇、各部门要提高政治站位，强化责任担当，严格执行普查方案，确保普查数据真实准确、完整可靠，为全县经济社会发展提供坚实的统计保障。"},
		{0, 2, 0, 38, "11月15日，全县冬季森林防火暨安全生产工作电视电话会议召开。县长刘振华出席并讲话，副县长孙明远主持。会议要求，要严格落实森林防火责任制，严管野外火源，加强重点时段、重点部位巡查值守，坚决守住不发生重大森林火灾的底线。"},
		{1, 1, 0, 51, "11月8日，县长刘振华带队赴郑州开展招商活动，先后拜访4家企业，就装备制造、农产品精深加工等项目进行洽谈。"},
		{1, 3, 0, 59, "11月21日至22日，县委副书记王建国到石门乡、柳河镇督导乡村振兴工作，走访脱贫户16户，召开座谈会2场。"},
		{3, 2, 0, 109, "11月16日，全县2024年度城乡居民基本医疗保险集中参保缴费工作启动。县医保局在人民广场设置咨询台，现场受理群众咨询300余人次，发放宣传资料5000余份。"},
	} {
		p := iss.Sections[c.sec].Entries[c.ent].Paragraphs[c.para]
		if p.Line != c.line || p.Text != c.text {
			t.Errorf("paragraph %d of %q: line %d %q, want line %d %q", c.para, iss.Sections[c.sec].Entries[c.ent].Title, p.Line, p.Text, c.line, c.text)
		}
	}
}

// TestRedTeamC1LayoutReadsAsPlain: the same issue as plain pdftotext
// prints it (no layout: each column's lines one after the other, the
// heads on lines of their own) reads the same: sections, titles, pages,
// dates and paragraphs. Two entries are compared by their text alone:
// the plain copy, which keeps no indentation, cannot tell where a
// paragraph that ends at the column's edge stops (…出席签约仪式。 /
// 截至11月底，…), nor the notice's 附件 line from the point above it.
func TestRedTeamC1LayoutReadsAsPlain(t *testing.T) {
	layout := parseAllFile(t, "rt-c1-whole-layout.md")[0]
	plain := parseAllFile(t, "rt-c1-whole-plain.md")[0]
	if d := sameReading(plain.Sections, layout.Sections, "宁川经济开发区三个项目集中签约", "关于做好2024年元旦春节期间群众生活保障工作的通知"); d != "" {
		t.Errorf("the layout copy reads otherwise than the plain one: %s", d)
	}
	// The notice's points, each a paragraph in both (in the plain copy,
	// whose wrap is its columns', a point after a line that fills the
	// width and ends a sentence had run on in the point above).
	for _, iss := range []*model.Issue{plain, layout} {
		var points []string
		for _, p := range iss.Sections[3].Entries[0].Paragraphs {
			if r := []rune(p.Text); len(r) > 2 && strings.ContainsRune("一二三", r[0]) && r[1] == '、' {
				points = append(points, string(r[:6]))
			}
		}
		if got, want := strings.Join(points, " "), "一、开展走访 二、保障市场 三、加强安全"; got != want {
			t.Errorf("the notice's points %q, want %q", got, want)
		}
	}
	if len(plain.Warnings) != 0 || len(layout.Warnings) != 0 {
		t.Errorf("warnings: plain %s, layout %s", warningsText(plain.Warnings), warningsText(layout.Warnings))
	}
}
