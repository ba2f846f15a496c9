package parser

import "testing"

// TestRedTeamLayout holds 月报 copies as pdftotext -layout prints them and
// as other offices set their contents and bylines (testdata/rt-ly-*.md).
func TestRedTeamLayout(t *testing.T) {
	for _, c := range []struct {
		redTeamCase
		pages string
	}{
		// A contents page with an author column between title and page,
		// a wide gap either side (县志办开展…活动      通讯员 王芳      2), and
		// a title wrapped to two lines with the page on the second only;
		// in the body, the byline centred under each title. The titles are
		// the titles (the author had been held in them, 宁川…始末陈明远, in
		// the body's too, and the contents' first two warned unmatched,
		// their entries untitled), and a centred name over text set in
		// by the paragraph's indent is a line of its own (陈明远1940年春，…
		// had been one paragraph).
		{redTeamCase{"rt-ly-toc-author-col.md", "宁川史志月报|2023|11|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|2; 工作动态|县志办开展地情资料征集活动|2023-11-10..2023-11-14|2; " +
				"史志研究|清代宁川县城的修筑与变迁——兼论县城选址的地理因素||4; 史志研究|宁川抗日民主政府成立始末||2", ""}, "1,2,3,5"},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c.redTeamCase)
			if got := entryPages(iss, ","); got != c.pages {
				t.Errorf("pages %s, want %s", got, c.pages)
			}
		})
	}
}
