package parser

import (
	"strings"
	"testing"
)

// TestRedTeamSceneCaptions holds plain copies whose pictures left their
// captions between an entry's paragraphs (testdata/rt-s8-caption-*.md):
// 评审会现场, 与会人员合影 had been entries of their own, titled so, and
// 图为征集活动现场 ran into the sentence under it.
func TestRedTeamSceneCaptions(t *testing.T) {
	entries := "工作动态|县志办召开志书评审会|2023-11-03|3; 工作动态|县志办开展地情资料征集|2023-11-10|3; 工作动态|县委书记王斌调研史志工作|2023-11-21|3"
	for _, c := range []redTeamCase{
		// One paragraph a line, nothing set in.
		{"rt-s8-caption-plain.md", "宁川史志|2023|11||", entries, ""},
		// Paragraphs set in by ideographic spaces, captions not.
		{"rt-s8-caption-indent.md", "宁川史志|2023|11||", entries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var caps []string
			for _, e := range iss.Sections[0].Entries {
				caps = append(caps, e.Paragraphs[1].Text)
			}
			if g, want := strings.Join(caps, "|"), "评审会现场|图为征集活动现场|与会人员合影"; g != want {
				t.Errorf("second paragraphs %s, want %s", g, want)
			}
		})
	}
}
