package parser

import (
	"path/filepath"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// formFeedTwiceSkip lists the fixtures TestFormFeedCopyReadsTwice leaves
// out, each with why (besides TestIssueTwiceReadsTwice's).
var formFeedTwiceSkip = map[string]string{
	"rt-wb-grid-cover.md":        "a grid table's cover: its border lines repeat among the first six (as TestIssueTwiceReadsTwice)",
	"rt-toc3-end-contents-en.md": "its contents after its articles: a copy's cover then follows a contents after articles (as TestIssueTwiceReadsTwice)",
	"rt-s10-head-cover-ff.md":    "its one-line cover after a form feed is also the pages' running head (as TestIssueTwiceReadsTwice)",
	"two-columns.md":             "the form feed before the second copy lets its page be read in its two columns (as joinedSkip)",
	"rt-m-line-block.md":         "pandoc's line block (| 宁川月报) after a form feed: a copy no pdftotext made, its cover not read",
}

// TestFormFeedCopyReadsTwice: every fixture of one issue with its title
// and number, in one file twice, the second copy after a form feed glued
// to its first line (…\n\f# 宁川月报): two conversions joined, the first
// ended by pdftotext's \f as every page of it is, reads as two issues,
// each as the fixture alone reads (warnings aside). (The copy had been
// the first one's last pages, on 484 fixtures, 156 of them silently: the
// split's look for the first lines again, and its reading of a heading's
// marks, did not see past the \f.)
func TestFormFeedCopyReadsTwice(t *testing.T) {
	n := 0
	for _, fx := range numberedIssues(t, nil) {
		if _, ok := formFeedTwiceSkip[filepath.Base(fx.path)]; ok {
			continue
		}
		n++
		two, err := ParseAll([]byte(fx.text + "\n\f" + fx.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(two) != 2 {
			t.Errorf("%s twice, after a form feed, reads as %d issues", fx.path, len(two))
			continue
		}
		want := readShapeQuiet([]*model.Issue{fx.iss})
		for k, iss := range two {
			if d := shapeDiff(want, readShapeQuiet([]*model.Issue{iss})); d != "" {
				t.Errorf("%s twice, after a form feed: issue %d reads otherwise: %s", fx.path, k+1, d)
			}
		}
	}
	if n < 300 {
		t.Fatalf("only %d fixtures tried", n)
	}
}

// TestRedTeamTr22PlainNamesItems: MinerU's # titles in one column beside
// a list's items that run plain titles into their dated text (pdftotext's
// bullets) in others, the columns' names plain lines, no contents: the
// headings are titles under 领导活动, the items titles under their names
// (the headings had been sections, 领导活动 an empty one, silently).
func TestRedTeamTr22PlainNamesItems(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w22-tr22-plain-names-items.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
		"时政要闻|全县经济工作会议召开|2023-11-01|1; 时政要闻|县委理论学习中心组举行集体学习|2023-11-02|1; " +
			"领导活动|县委书记到东岭镇调研乡村振兴工作|2023-11-13|1; 领导活动|县长调研城区供暖工作|2023-11-14|1; " +
			"工作动态|县志办召开年鉴编纂工作会议|2023-11-20|1; 工作动态|县志办开展地情资料征集活动|2023-11-22|1", ""})
}
