package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestNumberedColumnsAfterALeadArticle: a copy whose columns are numbered
// plain lines (一、时政要闻, 二、工作动态), each over ### titles, after a
// titled article of its own at the top (a lead article, in a column named
// unnumbered or in none): 一、时政要闻 is a column, over its first title,
// no point of the lead article (is22's rule had read it as the article's
// text, the column's two articles moved into the column above, silently).
func TestNumberedColumnsAfterALeadArticle(t *testing.T) {
	for _, lead := range []string{"", "# 特别关注\n\n"} {
		src := "# 宁川月报\n\n2023年第11期\n\n宁川县地方史志办公室编\n\n" + lead +
			"### 县委书记到县志办调研指导工作\n\n11月1日，县委书记到县志办调研，察看了方志馆建设情况。\n\n" +
			"一、时政要闻\n\n### 县委召开常委会议\n\n11月3日，县委召开常委会议，传达学习全省经济工作会议精神。\n\n" +
			"### 县政府召开常务会议\n\n11月6日，县政府召开常务会议，研究部署冬季供暖工作。\n\n" +
			"二、工作动态\n\n### 县志办开展地情资料征集\n\n11月10日，县志办面向社会开展地情资料征集，共收集各类资料1200余件。\n"
		all, err := ParseAll([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range all[0].Sections {
			var ts []string
			for _, e := range s.Entries {
				ts = append(ts, fmt.Sprintf("%s/%d", e.Title, len(e.Paragraphs)))
			}
			got = append(got, s.Label+s.Name+": "+strings.Join(ts, ", "))
		}
		want := []string{
			strings.TrimSpace(strings.TrimPrefix(lead, "# ")) + ": 县委书记到县志办调研指导工作/1",
			"一、时政要闻: 县委召开常委会议/1, 县政府召开常务会议/1",
			"二、工作动态: 县志办开展地情资料征集/1",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("lead %q:\n got  %q\n want %q", lead, got, want)
		}
	}
}

// TestListItemBoldOverALabel: a list's item in bold over a label's line
// (-   **全县地方志工作会议议程安排** / **时间**：11月28日上午9时): the label
// is no title's second half, as **讨**：11月9日，… is (tr22's rule had read
// the title 全县地方志工作会议议程安排时间, an entry dated 11月28日, silently).
func TestListItemBoldOverALabel(t *testing.T) {
	src := "# 宁川月报\n\n2023年第11期\n\n## 工作动态\n\n" +
		"**县志办召开年鉴编纂工作会议**：11月20日，县志办召开年鉴编纂工作会议，部署2024年卷编纂工作。\n\n" +
		"**县志办开展地情资料征集活动**：11月22日，县志办开展地情资料征集活动，共征集资料300余件。\n\n" +
		"## 工作安排\n\n**全县地方志工作会议将于下旬召开**：县志办将于11月下旬召开全县地方志工作会议，具体安排如下。\n\n" +
		"-   **全县地方志工作会议议程安排**\n**时间**：11月28日上午9时\n**地点**：县政府三楼会议室\n\n请各单位准时参加。\n"
	all, err := ParseAll([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			if strings.Contains(e.Title, "时间") || e.Date.Start.Day == 28 {
				t.Errorf("%s: an entry %q dated %v: the label read as a title's end", s.Name, e.Title, e.Date)
			}
		}
	}
}
