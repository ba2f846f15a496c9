package parser

import (
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// oneLevel rewrites a fixture's sections and titles as a converter that
// marks every heading at one level does, beside sections' names it left
// in another form (docling's ## and MinerU's # for every title, under
// names set as Setext headings or numbered 一、): name gives a section's
// lines from its name and its index, title a title's line. It reports
// false for a fixture it cannot rewrite so: a section with a label (一、,
// ——) or text of its own above its first title, a title that is not
// the start of its line, a line that is both.
func oneLevel(text string, iss *model.Issue, name func(string, int) []string, title string) (string, bool) {
	lines := strings.Split(text, "\n")
	repl := map[int][]string{}
	del := map[int]bool{}
	nextText := func(i int) int {
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) == ""; i++ {
		}
		return i
	}
	secs, ents := 0, 0
	for si, s := range iss.Sections {
		if s.Name == "" || s.Line <= 0 {
			if si > 0 || len(s.Entries) > 0 && s.Entries[0].Title != "" {
				return "", false
			}
			continue
		}
		if s.Label != "" || len(s.Entries) == 0 || s.Entries[0].Title == "" {
			return "", false
		}
		i := s.Line - 1
		first := i + 1
		if first < len(lines) {
			if u := strings.TrimSpace(lines[first]); len(u) >= 3 && (strings.Trim(u, "=") == "" || strings.Trim(u, "-") == "") {
				del[first] = true
			}
		}
		if first = nextText(i); del[i+1] {
			first = nextText(i + 1)
		}
		if first != s.Entries[0].Line-1 {
			return "", false // text between the name and its first title
		}
		if l := strings.TrimSpace(strings.TrimLeft(lines[i], "# ")); strings.Trim(stripMarkup(l), " ") != s.Name {
			return "", false
		}
		repl[i] = name(s.Name, secs)
		secs++
		for _, e := range s.Entries {
			if e.Title == "" || e.Line <= 0 {
				return "", false
			}
			i := e.Line - 1
			if _, ok := repl[i]; ok || del[i] {
				return "", false
			}
			l := strings.TrimSpace(lines[i])
			if !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "**") {
				return "", false // a plain title: its form is the copy's, left
			}
			l = strings.TrimSpace(stripMarkup("**" + strings.TrimLeft(l, "#*  ")))
			if !strings.HasPrefix(l, e.Title) {
				return "", false
			}
			rest := strings.TrimLeft(l[len(e.Title):], "：:　 ")
			if strings.Contains(rest, "*") || rest != "" && !startsWithMonthDay(rest) {
				return "", false
			}
			repl[i] = []string{title + e.Title}
			if rest != "" {
				repl[i] = append(repl[i], "", rest)
			}
			ents++
		}
	}
	if secs < 2 || ents < 3 {
		return "", false
	}
	var out []string
	for i, l := range lines {
		if del[i] {
			continue
		}
		if r, ok := repl[i]; ok {
			if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
				out = append(out, "")
			}
			out = append(out, r...)
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !del[i+1] {
				out = append(out, "")
			}
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), true
}

// TestOneLevelHeadingsReadTheSame: every fixture with sections over
// titles reads the same with its titles set as headings at one level,
// as docling (##) and MinerU (#) set every heading, under its sections'
// names set as Setext headings (领导活动 / ---, 领导活动 / ===) or
// numbered (二、领导活动): the headings had been sections, and the names
// empty sections or entries, silently.
func TestOneLevelHeadingsReadTheSame(t *testing.T) {
	cn := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	variants := []struct {
		name  string
		sec   func(string, int) []string
		title string
	}{
		{"Setext --- over ##", func(n string, _ int) []string { return []string{n, "---"} }, "## "},
		{"Setext === over ##", func(n string, _ int) []string { return []string{n, "==="} }, "## "},
		{"Setext --- over #", func(n string, _ int) []string { return []string{n, "---"} }, "# "},
		{"一、 over #", func(n string, k int) []string { return []string{cn[k%10] + "、" + n} }, "# "},
		{"一、 over ##", func(n string, k int) []string { return []string{cn[k%10] + "、" + n} }, "## "},
	}
	// Left out, by what the rewrite makes of them (a variant's name, or
	// "" for every variant):
	skip := map[string]string{
		// A running head set as a heading atop each page (## 宁川月报 2023
		// 年第 11 期) at the titles' level: a second kind of heading there.
		"rt-d3-head-heading.md": "",
		// Titles that are issues (2023年第10期) in 往期回顾: set as headings,
		// a period's, which is a section at any level.
		"rt-mh-past-issues-bold.md": "",
		// Titles numbered 一、 themselves (一、市史志办召开…): with the
		// names plain, nothing tells the name over the first title.
		"rt-w5-briefing-highlights.md": "",
		// Two issues quoted one in the other: the # headings meet the
		// quoted issue's own title.
		"families/quoted-issue.md": "",
		// A cover set as a Notion page's properties: # titles meet its
		// # title, and its number's line.
		"rt-w17-hd-notion-page.md": "",
		// Points numbered 一、 in an article's text: 一、 names are no
		// sections' there.
		"rt-w17-br-typora.md": "一、",
		// A table's caption (### 表1) beside ## titles and 一、 names: two
		// levels of headings, and the 一、 lines read as the points of
		// the articles (ambiguous; a Setext name reads right).
		"rt-c3-inset-headings.md": "一、",
		// 一、 names over # titles, whose county items are run in with
		// their place's name: the 一、 names read as points (left).
		"rt-ly-md-column-heads.md": "一、",
		// #### 注释 under an article beside the titles: as rt-c3's.
		"rt-cv-notes-heading.md": "一、",
	}
	none := func(model.Warning) bool { return false }
	tried := 0
	for _, fx := range fixtureTexts(t) {
		ref, err := ParseAll([]byte(fx.text))
		if err != nil || len(ref) != 1 || ref[0].Title == "" {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(fx.path, "testdata/"), "../testdata/")
		for _, v := range variants {
			if sk, ok := skip[name]; ok && strings.HasPrefix(v.name, sk) {
				continue
			}
			w, ok := oneLevel(fx.text, ref[0], v.sec, v.title)
			if !ok {
				continue
			}
			tried++
			got, err := ParseAll([]byte(w))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(shapeCounting(ref, none), shapeCounting(got, none)); d != "" {
				t.Errorf("%s, %s: reads otherwise: %s", fx.path, v.name, d)
			}
		}
	}
	if tried < 100 {
		t.Errorf("only %d rewrites tried", tried)
	}
}

// TestOneLevelHeadingsExact: three small copies, read exactly, with no
// warning. docling's ## for every title under names set as Setext
// headings (工作动态 / --------): the titles had been entries of one
// untitled section, the names entries of their own. docling's ## for
// names and titles alike, one column's titles run into their text in a
// list (## 工作动态 / -   县史志办召开… 11月3日，…): the column had been
// an untitled entry, its items the text. A title cut into two bold
// lines, its rest short, run in after a colon (**…集体学习研** / **讨**：
// 11月9日，…): the title had been the entry above's text.
func TestOneLevelHeadingsExact(t *testing.T) {
	const cover = "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05"
	two := "工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 县区动态|东岭镇完成镇志初稿|2023-11-28|1; 县区动态|西岭乡启动乡志编纂|2023-11-30|1"
	checkRedTeam(t, redTeamCase{"rt-w20-sx20-docling-setext.md", cover, two, ""})
	checkRedTeam(t, redTeamCase{"rt-w20-sx20-docling-bullets.md", cover, two, ""})
	checkRedTeam(t, redTeamCase{"rt-w20-sx20-bold-halves.md", cover,
		"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县委中心组举行集体学习研讨|2023-11-09|1; 工作动态|县志办开展地情资料征集活动|2023-11-10|1; 工作动态|东岭镇完成镇志初稿并召开评审会|2023-11-28|1", ""})
}
