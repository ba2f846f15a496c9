package parser

import (
	"testing"
)

// The red team's copies of a 月报 whose body has more levels than
// sections and entries (testdata/rt-w14-*.md): a city's 史志月报 as
// pdftotext -layout prints it, its 县区动态 set out by county (【舞阳县】
// over the county's items), and a province's digest copied from its web
// site (## 地市动态 / ### 洛阳市 / #### title).

// TestRedTeamW14MastheadWrap: the back cover's masthead, whose 发放范围
// list pdftotext -layout wrapped over two lines (…各县（市、区）党委和 /
// 人民政府，市直各单位), is the masthead's, not the last article's text.
// It had run into the last article, warned of only as a cut text.
func TestRedTeamW14MastheadWrap(t *testing.T) {
	iss := checkW9(t, "rt-w14-masthead-wrap.md", `会议|[市史志办党组召开理论学习中心组学习会]2024-05-29|5|5月29日，|1
会议|[全市地方志工作会议召开]2024-05-27|5|5月27日，|4
furniture 17:page
pages 5@4 6@19
`)
	if len(iss.Masthead) != 5 || iss.Distribution != "市委、市人大常委会、市政府、市政协领导，各县（市、区）党委和人民政府，市直各单位" {
		t.Errorf("masthead %q, distribution %q", iss.Masthead, iss.Distribution)
	}
}

// TestRedTeamW14RunInIdeographic: a title pdftotext ran into its dated
// text with an ideographic space between (市史志办召开…推进会　5月9日，…),
// the contents listing it, is the entry's title. Both titles had been one
// untitled entry's text, the contents unmatched (warned).
func TestRedTeamW14RunInIdeographic(t *testing.T) {
	checkW9(t, "rt-w14-runin-ideographic.md", `工作动态|[市史志办召开第三轮修志工作推进会]2024-05-09|2|5月9日，市|1
工作动态|[市史志办开展“史志进校园”活动]2024-05-22|2|5月22日，|1
furniture 
pages 
`)
}
