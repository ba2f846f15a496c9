package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestReviewedRv21: what the review of this session's rules found them
// reading wrong, each read right now (fixtures in testdata/review21).
//   - column-dated-items: a numbered briefing's one column name over its
//     dated items (工作动态 / 5月14日，… / 5月20日，…) is the section, each
//     item an entry: the name had been read as one article's title, the
//     items its paragraphs.
//   - list-follows-colon: an article that ends 获奖名单如下： over a picture
//     is followed by the next article, no document it reprints.
//   - head-over-number: a page's running head, a short name over the
//     number (史志动态 / 2024年第5期), begins no other issue. (The head,
//     printed once, stays the paragraph above's text: open.)
func TestReviewedRv21(t *testing.T) {
	for _, c := range []struct {
		file string
		want string // issues, then section|title|date per entry
	}{
		{"review21/column-dated-items.txt", "1: 工作动态||2024-05-14; 工作动态||2024-05-20; 工作动态||2024-05-28; 工作动态||2024-05-30"},
		{"review21/list-follows-colon.md", "1: 工作动态|县史志办公布2023年度优秀史志成果|2024-05-08; 工作动态|县志办开展地情资料征集活动|2024-05-20; 工作动态|县史志办举办业务培训班|2024-05-14"},
		{"review21/head-over-number.txt", "1: 工作动态|县史志办召开年鉴编纂工作会议|2024-05-08; 工作动态|县志办开展地情资料征集活动|2024-05-20; 工作动态|县史志办举办业务培训班|2024-05-14; 工作动态|《宁川县志》通过终审|2024-05-28"},
	} {
		all := parseFixtureAll(t, c.file)
		var es []string
		for _, iss := range all {
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					es = append(es, fmt.Sprintf("%s|%s|%s", s.Name, e.Title, e.Date))
				}
			}
		}
		if got := fmt.Sprintf("%d: %s", len(all), strings.Join(es, "; ")); got != c.want {
			t.Errorf("%s:\n got  %s\n want %s", c.file, got, c.want)
		}
	}
}
