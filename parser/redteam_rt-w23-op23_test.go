package parser

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// op23SkipForm: a fixture the editor's line (ibVariants' "editor") still
// reads otherwise in, silently, with why; ibSkip's fixtures are let go
// as TestArticleBlocksReadTheSame lets them go.
var op23SkipForm = map[string]string{
	"rt-w20-cl20-note-contents.md": "artefact: the editor's line under the 卷首语 before the contents, which the front reads as its masthead's field",
	"rt-w5-briefing-highlights.md": "artefact: the editor's line under the 编者按 before the 本期要目, which the front reads as its masthead's field",
	"rt-w5-whole-briefing.md":      "artefact: the editor's line under the 编者按 before the 本期要目, which the front reads as its masthead's field",
}

// TestEditorLineReadsTheSame: every fixture reads the same with an
// editor's line (责任编辑：王丽) at the end of its first, a middle and its
// last article: the same issues, sections, entries, titles, dates and
// pages, the line the article's text. On the parser before, it had read
// otherwise in five, silently: a lead-in under it (责任编辑：王丽 / 凝心聚力谋发展
// 砥砺奋进新征程 / ### 县志办开展…活动) the article above's text and no
// lead-in of the title's; a bare page number under it (责任编辑：王丽 / 2 /
// **鹰城至郑州…**, 责任编辑：王丽 / 3 / -----) the article's text, the
// page one too many; a bold title atop the next page (责任编辑：王丽 /
// — 2 — / 鹰城史志简报 / **东城区召开…** …) run into the article above,
// its entry lost with its date.
func TestEditorLineReadsTheSame(t *testing.T) {
	var vs []ibVariant
	for _, v := range ibVariants() {
		if v.name == "editor" {
			vs = append(vs, v)
		}
	}
	ibSweep(t, vs, func(fixture, _ string) bool {
		_, skip := ibSkip[fixture]
		_, skipForm := op23SkipForm[fixture]
		return !skip && !skipForm
	})
}

// TestEditorLineExact: an editor's line (责任编辑：…, 审核：…) ends its
// article as a full stop does. A Markdown copy with no contents: the
// lead-in under it (凝心聚力谋发展 砥砺奋进新征程, 守正创新修志书
// 赓续文脉启新篇), the title's head (it had been the article above's
// text). A copy without blank lines: the bare page number under it (2),
// the page's (it had been the article's text, the page one too many),
// and the bold title atop the next page under it (责任编辑：王丽 / — 3 — /
// 宁川史志简报 / **石桥乡召开…** …（5月28日）), an entry (it had run into
// the article above, its date lost).
func TestEditorLineExact(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-w23-op23-kicker.md", "宁川史志|2024|5||",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-05-08|2; 工作动态|凝心聚力谋发展 砥砺奋进新征程 县志办开展地情资料征集活动|2024-05-16|2; " +
				"县区动态|东城区完成村志初稿|2024-05-21|2; 县区动态|守正创新修志书 赓续文脉启新篇 石桥乡召开村志编纂推进会|2024-05-24|1", ""},
		{"rt-w23-op23-feet.md", "宁川史志简报|2024|5||",
			"工作动态|市志办召开年鉴评审会|2024-05-08|2; 工作动态|东城区召开村志编纂推进会|2024-05-21|1; " +
				"工作动态|县志办开展地情资料征集活动|2024-05-24|2; 工作动态|石桥乡召开村志编纂推进会|2024-05-28|2", ""},
	} {
		iss := checkRedTeam(t, c)
		var pages []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				pages = append(pages, fmt.Sprint(e.Page))
			}
		}
		if want := map[string]string{"rt-w23-op23-feet.md": "2 3 3 4", "rt-w23-op23-kicker.md": "0 0 0 0"}[c.file]; strings.Join(pages, " ") != want {
			t.Errorf("%s: pages %v, not %s", c.file, pages, want)
		}
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				for _, p := range e.Paragraphs {
					if strings.HasSuffix(p.Text, "新征程") || strings.HasSuffix(p.Text, "启新篇") || p.Text == "2" || strings.Contains(p.Text, "石桥乡召开") && !strings.HasSuffix(e.Title, "石桥乡召开村志编纂推进会") {
						t.Errorf("%s: %q read as text of %q", c.file, p.Text, e.Title)
					}
				}
			}
		}
	}
}

// TestCutFanliKeepsYear: a yearbook cut at its column (pdftotext's), its
// 凡　例 read as a part of its own over its points, untitled: the year
// its points state (记述二〇二二年…) still dates the 条目 (一月十日 had
// been undated by its year, silently).
func TestCutFanliKeepsYear(t *testing.T) {
	src, err := os.ReadFile("testdata/rt-w17-cn-fanli.md")
	if err != nil {
		t.Fatal(err)
	}
	all, err := ParseAll([]byte(w18wrWrap(string(src), 48)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			if e.Title == "重要会议" || e.Title == "专题调研" {
				n++
				if e.Date.Start.Year != 2022 {
					t.Errorf("%s: %v, not in 2022", e.Title, e.Date)
				}
			}
		}
	}
	if n != 2 {
		t.Errorf("%d of the 条目 found, not 2", n)
	}
}
