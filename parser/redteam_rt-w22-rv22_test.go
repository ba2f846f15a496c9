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
