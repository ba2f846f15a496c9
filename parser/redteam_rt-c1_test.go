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
	if t.Failed() {
		return
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
		if len(iss.Sections) < 4 || len(iss.Sections[3].Entries) == 0 {
			t.Errorf("no notice: %d sections", len(iss.Sections))
			continue
		}
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

// c1Entries is an issue's entries as section|title@line|page, and their
// paragraphs as line:text, one a line: what the columns' order and the
// source lines a reader is sent to depend on.
func c1Entries(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s|%s@%d|%d\n", s.Name, e.Title, e.Line, e.Page)
			for _, p := range e.Paragraphs {
				fmt.Fprintf(&b, "  %d:%s\n", p.Line, p.Text)
			}
		}
	}
	return b.String()
}

// TestRedTeamC1Pages: two pages in two columns, their gutters at other
// places (a margin of 4 and a gutter of 6, then 8 and 4) and their
// columns of other widths (20 characters, then 22), lines holding ASCII
// figures and letters (GDP完成186.52亿: the gutter is found by cells, a
// Han character two), a column that ends mid-sentence; then a page in
// one column holding a list of names set apart by ideographic spaces
// (组  长：… / 成  员：王立新　　李建军　　…) and a statistics table
// set out with spaces: the two-column pages are read column by column,
// the names and the table are not taken for columns, each line kept
// (the copy had been read line by line across both columns, with no
// warning of it).
func TestRedTeamC1Pages(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-pages.md")[0]
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	want := `要闻|县委常委会召开2023年第11次会议@10|1
  11:11月6日，县委书记陈向东主持召开县委常委会2023年第11次会议，传达学习省委十一届六次全会精神，研究部署2023年第四季度重点工作和2024年1—3月项目谋划工作。
  9:会议指出，1—10月全县GDP完成186.52亿元，同比增长5.8%，规上工业增加值增长7.2%，主要指标好于全市平均水平。
  18:会议强调，要紧盯全年目标任务，抓项目、稳投资、促消费，确保完成全年各项目标任务。
要闻|全县第五次全国经济普查登记工作启动@21|2
  22:11月10日，全县第五次全国经济普查登记工作启动。全县共选聘普查员、普查指导员386名，划分普查区52个、普查小区413个，计划于2024年4月底前完成登记工作。
  21:副县长赵丽萍要求，各乡镇、各部门要严格执行普查方案，确保普查数据真实准确。
要闻|宁川县第五次全国经济普查领导小组成员名单@27|3
  29:组  长：刘振华（县长）
  30:副组长：赵丽萍（副县长）　　孙明远（县政府办公室主任）
  31:成  员：王立新　　李建军　　张海涛　　陈晓燕　　周文斌
  32:刘红梅　　杨志刚　　黄国庆　　吴玉兰　　郑宏伟
  33:马俊峰　　田玉洁　　何志明　　罗春燕　　谢伟东
  34:韩素芳　　冯建设　　邓丽华　　曹永强　　彭秀英
  35:领导小组办公室设在县统计局，王立新兼任办公室主任。
  37:2023年1—10月全县主要经济指标
  39:指标名称                      单位         1—10月 同比增长（%）
  40:地区生产总值                  亿元          186.52           5.8
  41:规模以上工业增加值            亿元           48.36           7.2
  42:固定资产投资                  亿元           92.17           9.1
  43:社会消费品零售总额            亿元           63.84           6.5
  44:注：同比增长按可比价格计算。
`
	if got := c1Entries(iss); got != want {
		t.Errorf("entries\n got:\n%s want:\n%s", got, want)
	}
}

// TestRedTeamC1ShortLines: a two-column page whose left column holds
// short lines (a section's heading, a paragraph's last line, a title)
// beside the right column's text, which begins at the gutter with the
// spaces before it; the right column empty beside some of the left's
// lines and beginning with a title; the left column ending before the
// right (its text ends mid-page); a contents page set out with spaces
// (title<spaces>page) before it, not taken for columns: the columns are
// read one after the other, each title over its text (the copy had been
// warned of and read across both columns, three of its titles lost).
func TestRedTeamC1ShortLines(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-short-lines.md")[0]
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	want := `领导活动|@18|1
  18:11月2日，县委书记陈向东到宁川经济开发区调研，要求加快项目建设进度。
领导活动|@20|1
  20:11月8日，县长刘振华带队赴郑州开展招商活动。
经济发展|全县小麦播种全面结束@25|1
  26:截至11月20日，全县小麦播种全面结束，播种面积稳定在46万亩，其中高标准农田播种31万亩。
经济发展|石门乡冬桃喜获丰收@16|1
  17:11月，石门乡2000亩冬桃进入采摘期，亩产达1500公斤，亩均收入1.2万元。
  19:该乡依托冬桃产业，打造“桃花节”“采摘节”等农旅品牌，带动周边群众增收。
经济发展|宁川经济开发区新签约项目5个@22|1
  23:11月，宁川经济开发区新签约项目5个，总投资18.6亿元，涉及新能源、新材料、智能装备等产业。截至11月底，开发区今年已累计签约项目23个。
  27:开发区管委会表示，将强化项目跟踪服务，推动签约项目早开工、早投产。
`
	if got := c1Entries(iss); got != want {
		t.Errorf("entries\n got:\n%s want:\n%s", got, want)
	}
}

// TestRedTeamC1TightGutter: a page in two columns a gutter of one space
// apart (two cells), some of the left column's lines set up to the
// right's with one space between, or a stop hung out past the column's
// edge (the page's last line, alone, too): the columns are read one
// after the other (the page had been read across both columns, warned
// only of its title not found).
func TestRedTeamC1TightGutter(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-tight-gutter.md")[0]
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	want := `要闻|县委常委会召开2023年第11次会议@15|1
  16:11月6日，县委书记陈向东主持召开县委常委会2023年第11次会议，传达学习省委十一届六次全会精神，研究部署第四季度重点工作。
  19:会议指出，今年以来，全县上下坚持稳中求进工作总基调，经济运行持续向好，主要指标好于全市平均水平，各项社会事业全面进步。
  13:会议强调，要紧盯全年目标任务，抓项目、稳投资、促消费，确保完成全年各项目标任务。县委副书记、县长刘振华，县委副书记王建国及其他县委常委出席会议。
  17:会议还研究了其他事项。县人大常委会主任李国强、县政协主席周晓梅列席会议，各乡镇党委书记列席会议。
`
	if got := c1Entries(iss); got != want {
		t.Errorf("entries\n got:\n%s want:\n%s", got, want)
	}
}

// TestRedTeamC1Unclear: a page set in two columns some of whose lines run
// the left column's text into the right's with no space (a converter that
// lost the gutter there): no gap holds on those lines, the page cannot be
// pulled apart with confidence, and it is left as it is, warned of at its
// first line with two columns, once (the copy was warned of as a whole).
func TestRedTeamC1Unclear(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-unclear.md")[0]
	if got, want := warningsText(iss.Warnings), "\n  line 8: this page seems set in columns side by side (pdftotext -layout?), but they cannot be told apart with confidence: each line holds their text, read as one; convert it without -layout"; got != want {
		t.Errorf("warnings %s, want %s", got, want)
	}
}

// TestRedTeamC1Lossless: every character of the copies whose columns are
// pulled apart is in the model, in reading order, or in its furniture.
func TestRedTeamC1Lossless(t *testing.T) {
	for _, f := range []string{"rt-c1-whole-layout.md", "rt-c1-pages.md", "rt-c1-short-lines.md", "rt-c1-unclear.md", "rt-c1-tight-gutter.md", "rt-c1-three-columns.md", "rt-c1-verse.md", "rt-c1-glued-line.md", "rt-w1-whole-layout.md", "rt-w1-layout-columns.md"} {
		checkLossless(t, f, string(readFixture(t, f)))
	}
}

// TestRedTeamC1ThreeColumns: a page set in three columns side by side
// (a yearbook's, a newspaper's): not pulled apart in two, which would
// leave two columns' lines run together, but warned of at its first line
// of columns (it had been read across the three columns, warned only of
// the text's end).
func TestRedTeamC1ThreeColumns(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-three-columns.md")[0]
	var got []string
	for _, w := range iss.Warnings {
		m, _, _ := strings.Cut(w.Message, " (")
		got = append(got, fmt.Sprint(w.Line, ": ", m))
	}
	if want := "8: this page seems set in columns side by side|15: the text ends mid-sentence"; strings.Join(got, "|") != want {
		t.Errorf("warnings %s, want %s", strings.Join(got, "|"), want)
	}
}

// TestRedTeamC1Verse: a poem set in half lines a gap apart (春风吹绿宁川岸，
// <gap>万亩桃花映日红。), centred on a page of a -layout copy: no columns,
// each line read whole, no warning (it had been warned of as two columns
// side by side).
func TestRedTeamC1Verse(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-verse.md")[0]
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	var lines []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if strings.HasSuffix(p.Text, "。") {
					lines = append(lines, fmt.Sprint(p.Line, ":", strings.Join(strings.Fields(p.Text), " ")))
				}
			}
		}
	}
	if got, want := strings.Join(lines, "|"), "12:春风吹绿宁川岸， 万亩桃花映日红。|13:古渡斜阳人影乱， 新城灯火市声隆。|14:千年县志存遗韵， 百里田畴唱大丰。|15:且喜乡村添锦绣， 殷勤父老笑颜同。"; got != want {
		t.Errorf("the poem's lines %s, want %s", got, want)
	}
}

// TestRedTeamC1GluedLine: a page in two columns one of whose lines runs
// the left column's text into the right's with no space (常委会…省委十一会议
// 还研究了…): that line cannot be parted, nor set between the page's
// bands as a line across both columns (it would have been read after the
// left column's lines above it and the right's, silently), so the page is
// left as it is and warned of at its first line of columns.
func TestRedTeamC1GluedLine(t *testing.T) {
	iss := parseAllFile(t, "rt-c1-glued-line.md")[0]
	if got, want := warningsText(iss.Warnings), "\n  line 8: this page seems set in columns side by side (pdftotext -layout?), but they cannot be told apart with confidence: each line holds their text, read as one; convert it without -layout"; got != want {
		t.Errorf("warnings %s, want %s", got, want)
	}
}
