package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Each fixture below is a small piece of a real report with one of the
// irregularities the sample shows. They are also the fuzz seeds.

const fixFront = `

# 平顶山月报

2023年第11期  
(总第215期)

平顶山市地方史志办公室编

2023年12月4日

## 时政要闻

**尧山实验室理事会第一次会议召开** 11月10日，尧山实验室理事会第一次会议召开。
`

func TestFrontMatter(t *testing.T) {
	iss := ParseText(fixFront)
	if iss.Title != "平顶山月报" || iss.Year != 2023 || iss.Number != 11 || iss.Total != 215 ||
		iss.Compiler != "平顶山市地方史志办公室" || iss.Published != (model.MakeDate(2023, 12, 4)) {
		t.Errorf("front matter = %q %d %d %d %q %v", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published)
	}
	if got := iss.Header(); got != "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04" {
		t.Errorf("Header() = %q", got)
	}
	wantSections(t, iss, "时政要闻:尧山实验室理事会第一次会议召开")
}

const fixTOC = `# 平顶山月报

## 时政要闻

- “平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会  
议召开 ..... (6)
- 平顶山市荣获“特炭之都”称号 ..... (7)

## 领导活动

- 陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作 ..... (10)

---

主 管：平顶山市人民政府  
责 任 编辑：张 征  
邮 箱：pdsnj666@sina.com

---

发放范围：市委常委，市人大常委会主任、副主任，各大中专院校、各重点企业

---

陈向平到叶县调研	(14)
<b>重要会议</b>	
市区集中供暖工作推进会召开	(18)

陈向平与各民主党派市委会新老领导班子负责同志集体座谈 ..... ( 34 )

### 县(市、区)动态

《中国古代文学家(五)》邮票在郏县首发 ..... ( 42 )

## 时政要闻

**“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开** 11月1日，大会召开。

**平顶山市荣获“特炭之都”称号** 11月8日，论坛在我市举行。

## 领导活动

### 陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作

11月1日，市委书记陈向平到鲁山县调研。

**陈向平到叶县调研** 11月13日，市委书记陈向平到叶县调研。

## 重要会议

**市区集中供暖工作推进会召开** 11月3日，推进会召开。

**陈向平与各民主党派市委会新老领导班子负责同志集体座谈**  
11月28日，集体座谈。

## 县（市、区）动态

**《中国古代文学家（五）》邮票在郏县首发** 11月8日，邮票首发。
`

func TestTableOfContents(t *testing.T) {
	iss := ParseText(fixTOC)
	want := []model.TOCSection{
		{Name: "时政要闻", Line: 3, Entries: []model.TOCEntry{
			{Title: "“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开", Page: 6, LastPage: 6, Line: 5},
			{Title: "平顶山市荣获“特炭之都”称号", Page: 7, LastPage: 7, Line: 7},
		}},
		// The masthead and distribution interrupt the list; it resumes
		// under the same heading.
		{Name: "领导活动", Line: 9, Entries: []model.TOCEntry{
			{Title: "陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作", Page: 10, LastPage: 10, Line: 11},
			{Title: "陈向平到叶县调研", Page: 14, LastPage: 14, Line: 25},
		}},
		{Name: "重要会议", Line: 26, Entries: []model.TOCEntry{
			{Title: "市区集中供暖工作推进会召开", Page: 18, LastPage: 18, Line: 27},
			{Title: "陈向平与各民主党派市委会新老领导班子负责同志集体座谈", Page: 34, LastPage: 34, Line: 29},
		}},
		{Name: "县(市、区)动态", Line: 31, Entries: []model.TOCEntry{
			{Title: "《中国古代文学家(五)》邮票在郏县首发", Page: 42, LastPage: 42, Line: 33},
		}},
	}
	if !reflect.DeepEqual(iss.TOC, want) {
		t.Errorf("TOC =\n%+v\nwant\n%+v", iss.TOC, want)
	}
	wantMasthead := []model.Field{
		{Key: "主管", Value: "平顶山市人民政府"},
		{Key: "责任编辑", Value: "张 征"},
		{Key: "邮箱", Value: "pdsnj666@sina.com"},
	}
	if !reflect.DeepEqual(iss.Masthead, wantMasthead) {
		t.Errorf("Masthead = %+v", iss.Masthead)
	}
	if iss.Distribution != "市委常委，市人大常委会主任、副主任，各大中专院校、各重点企业" {
		t.Errorf("Distribution = %q", iss.Distribution)
	}
	// Body names as printed; pages found through full/half-width forms.
	wantSections(t, iss,
		"时政要闻:“平顶山企业家日”大会暨全市新型工业化重点产业链培育推进会议召开|平顶山市荣获“特炭之都”称号",
		"领导活动:陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作|陈向平到叶县调研",
		"重要会议:市区集中供暖工作推进会召开|陈向平与各民主党派市委会新老领导班子负责同志集体座谈",
		"县（市、区）动态:《中国古代文学家（五）》邮票在郏县首发")
	wantPages(t, iss, 6, 7, 10, 14, 18, 34, 42)
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings: %+v", iss.Warnings)
	}
	e := iss.Sections[2].Entries[1]
	if len(e.Paragraphs) != 1 || e.Paragraphs[0].Text != "11月28日，集体座谈。" {
		t.Errorf("entry after a hard line break: %+v", e.Paragraphs)
	}
}

func TestEntryForms(t *testing.T) {
	src := `## 领导活动

### 陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作

11月1日，市委书记陈向平到鲁山县调研。

### 李明俊调研信访稳定、城市公交和城乡客运工作 11月1日，

市长李明俊先后来到新华区、市信访局。

#### 市政府支持中国平煤神马集团创建世界一流企业工作推进会召开

11月30日，推进会召开。

#### 陈向平带领我市考察团赴宁波杭州丽水学习考察 11月2日至

5日，市委书记陈向平带领我市考察团赴浙江省。

**中国石化联合会到我市考察尼龙新材料产业发展情况** 11月15

日，中国石油和化学工业联合会会长李寿生带队来到我市。

**陈向平与各民主党派市委会新老领导班子负责同志集体座谈**  
11月28日，市委书记陈向平与各民主党派座谈。

**全市安全生产座谈会召开** 11 月 3 日，全市安全生产座谈会召开。
`
	want := []struct {
		title, text string
		date        string
	}{
		{"陈向平以“四不两直”方式到鲁山县调研教育、供暖等工作", "11月1日，市委书记陈向平到鲁山县调研。", "2023-11-01"},
		{"李明俊调研信访稳定、城市公交和城乡客运工作", "11月1日，市长李明俊先后来到新华区、市信访局。", "2023-11-01"},
		{"市政府支持中国平煤神马集团创建世界一流企业工作推进会召开", "11月30日，推进会召开。", "2023-11-30"},
		{"陈向平带领我市考察团赴宁波杭州丽水学习考察", "11月2日至5日，市委书记陈向平带领我市考察团赴浙江省。", "2023-11-02..2023-11-05"},
		{"中国石化联合会到我市考察尼龙新材料产业发展情况", "11月15日，中国石油和化学工业联合会会长李寿生带队来到我市。", "2023-11-15"},
		{"陈向平与各民主党派市委会新老领导班子负责同志集体座谈", "11月28日，市委书记陈向平与各民主党派座谈。", "2023-11-28"},
		{"全市安全生产座谈会召开", "11 月 3 日，全市安全生产座谈会召开。", "2023-11-03"},
	}
	// The year comes from the issue; give it one.
	iss := ParseText("2023年第11期\n\n" + src)
	if len(iss.Sections) != 1 || iss.Sections[0].Name != "领导活动" {
		t.Fatalf("sections = %+v", iss.Sections)
	}
	es := iss.Sections[0].Entries
	if len(es) != len(want) {
		t.Fatalf("%d entries, want %d: %+v", len(es), len(want), es)
	}
	for i, w := range want {
		e := es[i]
		if e.Title != w.title || len(e.Paragraphs) != 1 || e.Paragraphs[0].Text != w.text || e.Date.String() != w.date {
			t.Errorf("entry %d = %q %v %+v\nwant %q %q %s", i, e.Title, e.Date, e.Paragraphs, w.title, w.text, w.date)
		}
	}
}

func TestPageBreakJoinsParagraphs(t *testing.T) {
	src := `## 时政要闻

**河南城建学院办学四十年暨高水平应用技术型大学建设大会举行** 11月1日，大会举行。平高集团副总经理

李本斌，平高集团副总经理张友鹏等出席。

**尧山实验室理事会第一次会议召开** 11月10日，会议审议通过了尧山实验室理事会组成人员、

学术委员会建议人选。

**位于高新区的平顶山“智慧岛”建设达到标准** 11 月 2 日，下发《通知》，郑州经开等 8 个“智慧岛”

达到相关建设标准。

---

第二页的新段落。
`
	iss := ParseText(src)
	es := iss.Sections[0].Entries
	want := [][]string{
		{"11月1日，大会举行。平高集团副总经理李本斌，平高集团副总经理张友鹏等出席。"},
		{"11月10日，会议审议通过了尧山实验室理事会组成人员、学术委员会建议人选。"},
		{"11 月 2 日，下发《通知》，郑州经开等 8 个“智慧岛”达到相关建设标准。", "第二页的新段落。"},
	}
	for i, w := range want {
		if got := texts(es[i].Paragraphs); !reflect.DeepEqual(got, w) {
			t.Errorf("entry %d paragraphs = %q, want %q", i, got, w)
		}
	}
}

func TestDatedParagraphsKeptApart(t *testing.T) {
	src := `2023年第11期

## 领导活动

**李明俊专题调研市区供暖工作** 11月9日，市长李明俊专题调研市区供暖工作。

11月11日，市长李明俊专题调研督导市区集中供暖工作。

11月14日，市长李明俊到市区部分居民小区就供暖工作进行现场办公。

11月15日，市长李明俊到市政府热线办公室调研。在市政府热线办公室，李明俊认真听取群众供暖问题反映

情况汇报。市委常委、副市长陈天富参加调研。

11月17日，市长李明俊到市区暗访调研供暖工作情况。
`
	iss := ParseText(src)
	e := iss.Sections[0].Entries[0]
	var dates []string
	for _, p := range e.Paragraphs {
		dates = append(dates, p.Date.String())
	}
	want := []string{"2023-11-09", "2023-11-11", "2023-11-14", "2023-11-15", "2023-11-17"}
	if !reflect.DeepEqual(dates, want) {
		t.Errorf("paragraph dates = %q, want %q", dates, want)
	}
	if got := e.Paragraphs[3].Text; got != "11月15日，市长李明俊到市政府热线办公室调研。在市政府热线办公室，李明俊认真听取群众供暖问题反映情况汇报。市委常委、副市长陈天富参加调研。" {
		t.Errorf("paragraph 4 = %q", got)
	}
	if e.Date.String() != "2023-11-09" {
		t.Errorf("entry date = %v", e.Date)
	}
}

func TestHardWrappedParagraphs(t *testing.T) {
	src := `## 友好往来

**陈向平会见英国皇家工程院院士 Constantinos
Soutis** 11月9日，市委书记陈向平会见英国皇家工程
院院士 Constantinos Soutis，并为 Constantinos
Soutis 院士颁发尧山实验室“首席科学家”证书。
`
	iss := ParseText(src)
	e := iss.Sections[0].Entries[0]
	if e.Title != "陈向平会见英国皇家工程院院士 Constantinos Soutis" {
		t.Errorf("title = %q", e.Title)
	}
	want := "11月9日，市委书记陈向平会见英国皇家工程院院士 Constantinos Soutis，并为 Constantinos Soutis 院士颁发尧山实验室“首席科学家”证书。"
	if got := texts(e.Paragraphs); len(got) != 1 || got[0] != want {
		t.Errorf("paragraphs = %q\nwant %q", got, want)
	}
}

func TestTOCMatchingAndWarnings(t *testing.T) {
	src := `## 友好往来

陈向平会见英国皇家工程院院士 CONSTANTINOS SOUTIS	(28)
《平顶山年鉴(2023)》出版发行 ..... ( 43 )
一条目录里有而正文里没有的标题 ..... (44)

## 友好往来

**陈向平会见英国皇家工程院院士 Constantinos Soutis** 11月9日，会见。

**《平顶山年鉴（2023）》出版发行** 11月30日，出版发行。

**正文里有而目录里没有的标题** 11月30日，正文。
`
	iss := ParseText(src)
	wantPages(t, iss, 28, 43, 0)
	want := []model.Warning{
		{Line: 5, Message: `table of contents lists "一条目录里有而正文里没有的标题" (p.44) but the body has no such entry`},
		{Line: 13, Message: `entry "正文里有而目录里没有的标题" is not in the table of contents`},
	}
	if !reflect.DeepEqual(iss.Warnings, want) {
		t.Errorf("warnings = %+v\nwant %+v", iss.Warnings, want)
	}
}

func TestLackingParts(t *testing.T) {
	t.Run("no TOC, no masthead, no headings: a day-by-day list", func(t *testing.T) {
		src := "# 平顶山大事记\n\n11月1日，市委召开常委会。\n\n11月2日，市政府召开常务会。\n\n11月3日，全市安全生产座谈会召开，研究分析当前形势\n\n并安排部署工作。\n"
		iss := ParseText(src)
		if iss.Title != "平顶山大事记" || len(iss.TOC) != 0 || len(iss.Warnings) != 0 {
			t.Errorf("title %q toc %v warnings %v", iss.Title, iss.TOC, iss.Warnings)
		}
		if len(iss.Sections) != 1 || iss.Sections[0].Name != "" {
			t.Fatalf("sections = %+v", iss.Sections)
		}
		var got []string
		for _, e := range iss.Sections[0].Entries {
			got = append(got, e.Date.String()+" "+strings.Join(texts(e.Paragraphs), "|"))
		}
		want := []string{
			"--11-01 11月1日，市委召开常委会。",
			"--11-02 11月2日，市政府召开常务会。",
			"--11-03 11月3日，全市安全生产座谈会召开，研究分析当前形势并安排部署工作。",
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("entries = %q\nwant %q", got, want)
		}
	})
	t.Run("only headings", func(t *testing.T) {
		src := "## 第一篇\n\n正文一。\n\n## 第二篇\n\n正文二。\n"
		iss := ParseText(src)
		wantSections(t, iss, ":第一篇|第二篇")
	})
	t.Run("plain text", func(t *testing.T) {
		iss := ParseText("只有一句话，没有任何结构。")
		if len(iss.Sections) != 1 || len(iss.Sections[0].Entries) != 1 ||
			iss.Sections[0].Entries[0].Paragraphs[0].Text != "只有一句话，没有任何结构。" {
			t.Errorf("sections = %+v", iss.Sections)
		}
	})
	t.Run("text stops mid-sentence", func(t *testing.T) {
		iss := ParseText("## 时政要闻\n\n**标题** 11月1日，会议在市会议中心")
		if len(iss.Warnings) != 1 || iss.Warnings[0].Line != 3 || !strings.Contains(iss.Warnings[0].Message, "truncated") {
			t.Errorf("warnings = %+v", iss.Warnings)
		}
	})
}

// wantSections checks section names and entry titles, one string a
// section: "name:title|title".
func wantSections(t *testing.T, iss *model.Issue, want ...string) {
	t.Helper()
	var got []string
	for _, s := range iss.Sections {
		var titles []string
		for _, e := range s.Entries {
			titles = append(titles, e.Title)
		}
		got = append(got, s.Name+":"+strings.Join(titles, "|"))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections =\n  %q\nwant\n  %q", got, want)
	}
}

func wantPages(t *testing.T, iss *model.Issue, want ...int) {
	t.Helper()
	var got []int
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, e.Page)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pages = %v, want %v", got, want)
	}
}

func texts(ps []model.Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

// TestWarningsCapped: a file that goes wrong on every line lists the
// first maxWarnings of a kind and one line for the rest, never silently.
func TestWarningsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("# 平顶山月报\n\n## 目录\n\n")
	for i := range 500 {
		fmt.Fprintf(&b, "- 标题%d ..... (%d)\n", i, i%90+1)
	}
	b.WriteString("\n## 时政要闻\n\n**会议召开** 11月1日，会议召开。\n")
	iss := ParseText(b.String())
	missing := 0
	var summary []model.Warning
	for _, w := range iss.Warnings {
		switch {
		case strings.HasPrefix(w.Message, "table of contents lists"):
			missing++
		case strings.Contains(w.Message, "more warnings like"):
			summary = append(summary, w)
		}
	}
	if missing != maxWarnings || len(summary) != 1 || !strings.HasPrefix(summary[0].Message, "300 more warnings like the 200 above") ||
		summary[0].Line != 5+maxWarnings {
		t.Errorf("%d listed, summary %+v; want %d and one summary at line %d", missing, summary, maxWarnings, 5+maxWarnings)
	}
}

// TestBidiControls: a right-to-left override in a title or text never
// reaches the model, so it cannot reorder what a terminal shows.
func TestBidiControls(t *testing.T) {
	iss := ParseText("## 时政要闻\n\n**会议\u202e召开** 11月1日，会议\u2066在\u2069市会议中心召开。\n")
	wantSections(t, iss, "时政要闻:会议召开")
	if got := iss.Sections[0].Entries[0].Paragraphs[0].Text; got != "11月1日，会议在市会议中心召开。" {
		t.Errorf("paragraph %q, want the bidirectional controls gone", got)
	}
	checkLossless(t, "bidi", "## 时政要闻\n\n**会议\u202e召开** 11月1日，会议召开。\n")
}
