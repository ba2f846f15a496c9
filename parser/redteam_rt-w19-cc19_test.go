package parser

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// nextIssue makes of text, which reads as iss, the next issue of the same
// publication: its number and its total one more wherever printed (第11期,
// 第 11 期, 第十一期, 总第215期, 总第二一五期), and its cover's month moved on
// (2023年12月5日 to 2024年1月… is left alone: the month only, its day kept
// within the next month).
func nextIssue(text string, iss *model.Issue) string {
	out := text
	if tot := iss.Total; tot != 0 {
		// (Marked, so that the number's change below leaves the total.)
		for _, f := range []func(int) string{
			func(n int) string { return fmt.Sprintf("总第%d期", n) },
			func(n int) string { return fmt.Sprintf("总第 %d 期", n) },
			func(n int) string { return "总第" + hanNumber(n) + "期" },
			func(n int) string { return "总第" + hanDigits(n) + "期" },
		} {
			out = strings.ReplaceAll(out, f(tot), strings.Replace(f(tot+1), "第", "第\x00", 1))
		}
	}
	if n := iss.Number; n != 0 {
		for _, f := range []func(int) string{
			func(n int) string { return fmt.Sprintf("第%d期", n) },
			func(n int) string { return fmt.Sprintf("第 %d 期", n) },
			func(n int) string { return fmt.Sprintf("第%02d期", n) },
			func(n int) string { return "第" + hanNumber(n) + "期" },
		} {
			out = strings.ReplaceAll(out, f(n), f(n+1))
		}
	}
	out = strings.ReplaceAll(out, "\x00", "")
	if p := iss.Published; p.Year != 0 && p.Month != 0 && p.Month < 12 {
		from := fmt.Sprintf("%d年%d月", p.Year, p.Month)
		if i := strings.Index(out, from); i >= 0 && i < 3000 {
			rest := out[i+len(from):]
			if day := fmt.Sprintf("%d日", p.Day); p.Day > 28 && strings.HasPrefix(rest, day) {
				rest = "28日" + rest[len(day):]
			}
			out = out[:i] + fmt.Sprintf("%d年%d月", p.Year, p.Month+1) + rest
		}
	}
	return out
}

// issueJoins are the ways a file of several issues parts them: a blank
// line, pdftotext's form feed (the last page of one ends with it, the
// next cover on the line after), a Markdown rule between blank lines,
// and nothing (the next cover on the line under the last).
var issueJoins = []struct{ name, sep string }{
	{"a blank line", "\n\n"},
	{"a form feed", "\n\f"},
	{"a rule", "\n\n---\n\n"},
	{"nothing", "\n"},
}

// joinedSkip lists the fixtures TestJoinedIssuesReadTheSame leaves out,
// each with why: by name (every join), or by name/join (that join only;
// /three: the three issues).
var joinedSkip = map[string]string{
	"rt-w19-nc19-contents-left.md": "open: an editors' note and the contents' lines under a plain cover, their heading lost: the next plain cover, after an article, is not told from its text yet (as TestTwoIssuesReadEach leaves it)",
	// What a converter prints once for the whole file, before the first
	// cover, which pasted again before the second cover is read as the
	// first issue's last lines (as TestTwoIssuesReadEach leaves them).
	"rt-wechat.md":                "a WeChat page's account lines and buttons around the cover: not read yet between issues",
	"rt-wechat-header.md":         "a WeChat page's header over the cover: not read yet between issues",
	"rt-wb-jina.md":               "Jina's header (Title:, URL Source:) printed once a file",
	"rt-s7-chat-fence.md":         "a chat's fence around the whole copy, once a file",
	"rt-s7-chat-fence-preface.md": "a chat's fence and its preface around the whole copy, once a file",
	"rt-m-obsidian.md":            "Obsidian's front matter, once a file",
	"rt-m-obsidian-links.md":      "Obsidian's front matter, once a file",
	// Covers the split does not read yet.
	"rt-wb-grid-cover.md":         "a cover in a grid table: its border lines are no cover the split reads",
	"rt-m-line-block.md":          "a cover in a line block (| 宁川月报 / | 2023年第11期): not read by the split",
	"rt-i-marked-titles-plain.md": "the cover's name and number on one plain line under a column's name (史志月报 | 宁川史志2023年第11期): not the file's first line",
	"rt-ly-cover-beside.md":       "a cover set beside the contents by pdftotext -layout (本期要目 on its lines): not read by the split",
	"masthead-issue.md":           "the number only in a masthead's table, under the title: not read by the split",
	// Joins no converter makes of such a copy.
	"rt-wb-docx-underline.md/a form feed":  "pandoc's copy of a docx, which no form feed parts",
	"rt-wb-docx-underline.md/nothing":      "pandoc's copy, which sets a blank line between blocks: its cover's table frame right under the last line makes that line its header",
	"rt-wb-docx-underline.md/three":        "pandoc's copy, which no form feed parts",
	"rt-w17-hd-notion-page.md/a form feed": "a Notion page's export, which no form feed parts",
	"rt-w17-hd-notion-page.md/three":       "a Notion page's export, which no form feed parts",
	"html.md/a form feed":                  "an HTML page's text, which no form feed parts",
	"rt-ly-page-footer.md/a rule":          "a pdftotext -layout copy, which no Markdown rule parts",
	// The second issue reads better joined than alone.
	"two-columns.md/a form feed": "the form feed before the second cover lets its page be read in its two columns, which its copy alone, with no break, is not (sections and titles found)",
	"two-columns.md/three":       "as by a form feed",
	// The transform's.
	"rt-wb-browser-issue.md/three": "the third issue is 2023年第13期, which no monthly prints",
}

// saysAnotherIssue reports whether a warning of all says another issue may
// begin (a table of contents or the title after the articles, a second
// issue, one with no cover).
func saysAnotherIssue(all []*model.Issue) bool {
	for _, iss := range all {
		for _, w := range iss.Warnings {
			if strings.Contains(w.Message, "another issue") || strings.Contains(w.Message, "second issue") || strings.Contains(w.Message, "no cover") {
				return true
			}
		}
	}
	return false
}

// TestJoinedIssuesReadTheSame: every fixture of one issue with its title
// and number, followed in one file by the next issue of the publication
// (nextIssue), joined in each of the ways files of several issues are
// (issueJoins), reads as the two issues, each as its copy alone reads
// (warnings aside), or warns that another issue may begin; and so do
// three issues one after another.
func TestJoinedIssuesReadTheSame(t *testing.T) {
	skip := map[string]bool{}
	for f := range joinedSkip {
		if !strings.Contains(f, "/") {
			skip[f] = true
		}
	}
	n := 0
	for _, fx := range numberedIssues(t, skip) {
		base := filepath.Base(fx.path)
		next := nextIssue(fx.text, fx.iss)
		if next == fx.text {
			continue
		}
		other, err := ParseAll([]byte(next))
		if err != nil {
			t.Fatal(err)
		}
		if len(other) != 1 {
			t.Errorf("%s: the next issue alone reads as %d issues", base, len(other))
			continue
		}
		n++
		want := readShapeQuiet([]*model.Issue{fx.iss}) + readShapeQuiet(other)
		first := strings.TrimRight(fx.text, "\n \t")
		for _, j := range issueJoins {
			if _, ok := joinedSkip[base+"/"+j.name]; ok {
				continue
			}
			got, err := ParseAll([]byte(first + j.sep + next))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(want, readShapeQuiet(got)); d != "" && !saysAnotherIssue(got) {
				t.Errorf("%s and the next issue, joined by %s, read otherwise (%d issues), silently: %s", base, j.name, len(got), d)
			}
		}
		if _, ok := joinedSkip[base+"/three"]; ok {
			continue
		}
		third := nextIssue(next, other[0])
		last, err := ParseAll([]byte(third))
		if err != nil || len(last) != 1 {
			continue
		}
		got, err := ParseAll([]byte(first + "\n\n" + strings.TrimRight(next, "\n \t") + "\n\f" + third))
		if err != nil {
			t.Fatal(err)
		}
		if d := shapeDiff(want+readShapeQuiet(last), readShapeQuiet(got)); d != "" && !saysAnotherIssue(got) {
			t.Errorf("%s and the next two issues read otherwise (%d issues), silently: %s", base, len(got), d)
		}
	}
	if n < 550 {
		t.Fatalf("only %d fixtures tried", n)
	}
}

// readShapeQuiet is readShape with no warning counted.
func readShapeQuiet(all []*model.Issue) string {
	return shapeCounting(all, func(model.Warning) bool { return false })
}

// TestJoinedIssuesExact: two files of two issues each, read exactly, with
// no warning. A briefing's issues parted by a rule, each ending with whom
// it goes to (报：… / 本期印发120份 / ---), the second's cover printing its
// number over its name: the lines had been the first's last entry's text,
// the second cover the second issue's untitled entry. A pdftotext copy of
// two monthly issues, each page ending in a form feed and headed with the
// name and number, each cover printing the office between the name and
// the number: the second issue had been untitled.
func TestJoinedIssuesExact(t *testing.T) {
	for _, c := range []struct {
		file   string
		issues []string // title|year|number|compiler|published|masthead fields: entries
	}{
		{"rt-w19-cc19-rule-briefing.md", []string{
			"宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-05-31|4: 工作动态|市史志办召开第三轮修志工作推进会|2024-05-16|1; 工作动态|《宁川地情手册（2024）》编印完成|2024-05-20|1",
			"宁川史志工作简报|2024|6|宁川市地方史志办公室|2024-06-28|4: 工作动态|省地方志办公室调研组来宁川调研|2024-06-06|1; 工作动态|市史志办举办业务培训班|2024-06-18|1",
		}},
		{"rt-w19-cc19-ff-pdftotext.txt", []string{
			"宁川县情月报|2023|11|宁川县地方史志办公室|2023-12-05|0: 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 县区动态|东岭镇完成镇志初稿|2023-11-28|1",
			"宁川县情月报|2023|12|宁川县地方史志办公室|2024-01-05|0: 工作动态|县史志办召开志书评审会|2023-12-06|1; 工作动态|县史志办开展送志下乡活动|2023-12-15|1; 县区动态|西岭乡启动乡志编纂|2023-12-20|1",
		}},
		// Two counties' reports of one month: the second cover prints
		// another name over the same number (# 青岚史志动态 / 2024年第5期
		// under the first's articles; 青岚史志简讯 / 2024年第5期 right under
		// the first's last line in a plain copy). The second had been the
		// first issue's last articles, silently.
		{"rt-w21-op21-two-counties.md", []string{
			"宁川史志动态|2024|5|宁川县地方史志办公室||0: 工作动态|县史志办召开年鉴编纂工作会议|2024-05-08|1; 工作动态|县志办开展地情资料征集活动|2024-05-20|1",
			"青岚史志动态|2024|5|青岚县地方史志办公室||0: 工作动态|县史志办举办业务培训班|2024-05-14|1; 工作动态|《青岚县志》通过终审|2024-05-28|1",
		}},
		{"rt-w21-op21-two-counties-plain.txt", []string{
			"宁川史志简讯|2024|5|宁川县地方志编纂委员会办公室||0: |县史志办召开年鉴编纂工作会议|2024-05-08|1; |县志办开展地情资料征集活动|2024-05-20|1",
			"青岚史志简讯|2024|5|青岚县地方志编纂委员会办公室||0: |县史志办举办业务培训班|2024-05-14|1; |《青岚县志》通过终审|2024-05-28|1",
		}},
	} {
		var got []string
		for _, iss := range parseFixtureAll(t, c.file) {
			var es []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					es = append(es, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
				}
			}
			got = append(got, fmt.Sprintf("%s|%d|%d|%s|%s|%d: %s", iss.Title, iss.Year, iss.Number, iss.Compiler, iss.Published, len(iss.Masthead), strings.Join(es, "; ")))
			for _, w := range iss.Warnings {
				t.Errorf("%s: warning at line %d: %s", c.file, w.Line, w.Message)
			}
		}
		if g, w := strings.Join(got, "\n"), strings.Join(c.issues, "\n"); g != w {
			t.Errorf("%s:\n got  %s\n want %s", c.file, g, w)
		}
	}
}

// TestNumberlessIssuesWarned: a briefing that prints no number, only its
// date, twice in a file (宁川史志简报 / 编印单位：…　　印发日期：2023年6月28日
// after the first's articles): no number says a second issue begins, so
// none is cut, but its title as a paragraph after the articles is
// warned of (it had been the last entry's text, silently).
func TestNumberlessIssuesWarned(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-cc19-numberless-briefing.md", "宁川史志简报|0|0|宁川县地方史志办公室|2023-05-31",
		"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|3; 工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1",
		"15"})
}
