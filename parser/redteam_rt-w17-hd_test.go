package parser

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// hdHeading matches an ATX heading as the transforms below rewrite it.
var hdHeading = regexp.MustCompile(`^(#{1,6}) (.*\S)\s*$`)

// hdLines applies f to each line of s that is an ATX heading (its hashes
// and its text), the line's index with it.
func hdLines(s string, f func(i int, hashes, text string) string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		if m := hdHeading.FindStringSubmatch(l); m != nil {
			ls[i] = f(i, m[1], m[2])
		}
	}
	return strings.Join(ls, "\n")
}

// hdAttrs are the attributes pandoc's Markdown writer prints after a
// heading: a docx's bookmark, a made-up identifier, a class, both.
var hdAttrs = []string{"{#sec-%d}", "{#_Toc15123%04d}", "{.unnumbered}", "{#h%d .unnumbered lang=zh}"}

// hdForms are the ways converters write a heading that the parser is to
// read as the plain one.
var hdForms = map[string]func(string) string{
	// ## 时政要闻 ## (CommonMark: the closing hashes are no text).
	"closehash": func(s string) string {
		return hdLines(s, func(_ int, h, t string) string {
			if strings.HasSuffix(t, "#") {
				return h + " " + t
			}
			return h + " " + t + " " + h
		})
	},
	// ## 时政要闻 {#sec-12}, as pandoc writes a docx's headings.
	"attrs": func(s string) string {
		return hdLines(s, func(i int, h, t string) string {
			if strings.HasSuffix(t, "}") {
				return h + " " + t
			}
			a := hdAttrs[i%len(hdAttrs)]
			if strings.Contains(a, "%") {
				a = fmt.Sprintf(a, i)
			}
			return h + " " + t + " " + a
		})
	},
	// ## **时政要闻**, a docx's heading style set bold (its attributes
	// and closing hashes, where it has them, outside the bold).
	"boldhead": func(s string) string {
		return hdLines(s, func(i int, h, t string) string {
			if strings.Contains(t, "*") || strings.Contains(t, "__") {
				return h + " " + t
			}
			core, tail := t, ""
			if at := strings.LastIndex(core, " {"); at > 0 && strings.HasSuffix(core, "}") {
				core, tail = core[:at], core[at:]
			}
			if c := strings.TrimRight(core, "#"); c != core && strings.HasSuffix(c, " ") {
				c = strings.TrimRight(c, " ")
				core, tail = c, core[len(c):]+tail
			}
			b := "**"
			if i%3 == 2 {
				b = "__"
			}
			return h + " " + b + core + b + tail
		})
	},
	// ## <a id="_Toc151234501"></a>时政要闻, ## []{#_Toc151234501}时政要闻:
	// a docx's bookmark before the text, as mammoth and pandoc write it.
	"bookmark": func(s string) string {
		return hdLines(s, func(i int, h, t string) string {
			if i%2 == 0 {
				return fmt.Sprintf("%s <a id=\"_Toc%d\"></a>%s", h, 151234500+i, t)
			}
			return fmt.Sprintf("%s []{#_Toc%d}%s", h, 151234500+i, t)
		})
	},
	// Every heading a level deeper: # kept for the note's or the page's
	// own name (Obsidian, Notion, 语雀, 飞书, a site's h1).
	"shift": func(s string) string {
		return hdLines(s, func(_ int, h, t string) string {
			if len(h) < 6 {
				h += "#"
			}
			return h + " " + t
		})
	},
	// Two levels deeper.
	"shift2": func(s string) string {
		return hdLines(s, func(_ int, h, t string) string {
			if len(h) < 5 {
				h += "##"
			}
			return h + " " + t
		})
	},
}

// hdSkip holds, by form, the fixtures still read otherwise, each with
// why.
var hdSkip = map[string]map[string]string{
	"shift": {
		"testdata/rt-c5-place-subjects.md": "the title in bold and the one section a heading: ## 县区动态 reads as a heading of entries, # 县区动态 as the section (no # title to take the levels from)",
		"testdata/rt-w3-whole-word.md":     "the title in bold over # sections: ## 编者按 reads as a title in a section of no name (no # title to take the levels from)",
		"testdata/rt-w17-cn-yearbook.md":   "a yearbook of # parts with no title: shifted, its ### speech reads its —— subtitle as the first paragraph, not as its title's (open)",
	},
	"shift2": {
		"testdata/rt-c5-place-subjects.md": "as for shift",
		"testdata/rt-w3-whole-word.md":     "as for shift",
		"testdata/rt-w17-cn-yearbook.md":   "as for shift",
	},
}

// TestHeadingFormsReadTheSame: every fixture reads the same with its
// headings written as converters write them: closing hashes (## 时政要闻
// ##), pandoc's attributes (## 时政要闻 {#_Toc151234503}), a bold over the
// text (## **时政要闻**), a bookmark before it (## <a id="_Toc1"></a>时政要闻,
// ## []{#_Toc1}时政要闻), every heading one or two levels deeper (##
// 宁川县2023年大事记 over ### 1月): the same outline (title, numbers,
// warnings, sections, entries, paragraphs, dates). Before, a title so
// written had been an empty section, a cover's number a section, a
// running head text, a title 宁川月报 # (silently).
func TestHeadingFormsReadTheSame(t *testing.T) {
	fixtures := fixtureTexts(t)
	refs := make(map[string]string, len(fixtures))
	tried := map[string]int{}
	for _, name := range []string{"closehash", "attrs", "boldhead", "bookmark", "shift", "shift2"} {
		form := hdForms[name]
		for _, fx := range fixtures {
			alt := form(fx.text)
			if alt == fx.text {
				continue
			}
			if _, skip := hdSkip[name][fx.path]; skip {
				continue
			}
			want, ok := refs[fx.path]
			if !ok {
				all, err := ParseAll([]byte(fx.text))
				if err != nil {
					t.Fatal(err)
				}
				want = readShape(all)
				refs[fx.path] = want
			}
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatalf("%s (%s): %v", fx.path, name, err)
			}
			tried[name]++
			if d := shapeDiff(want, readShape(got)); d != "" {
				t.Errorf("%s with its headings in form %s reads otherwise: %s", fx.path, name, d)
			}
		}
		if tried[name] < 300 {
			t.Errorf("%s: only %d fixtures tried", name, tried[name])
		}
	}
}

// TestRedTeamW17HeadingForms holds copies whose headings are written as
// converters write them (testdata/rt-w17-hd-*.md).
func TestRedTeamW17HeadingForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// Obsidian's note: front matter, tags, the chronicle's title a
		// ## over its months' ###. The title had been an empty section
		// (its compiler an untitled entry) and the chronicle untitled,
		// with a warning.
		{"rt-w17-hd-chronicle-obsidian.md", "宁川县2023年大事记|0|0|宁川县地方史志办公室|",
			"1月||2023-01-10|1; 1月||2023-01-18|1; 2月||2023-02-06|1; 2月||2023-02-20|1; 3月||2023-03-05|1", ""},
		// A yearbook saved from a docx whose office set its name in 标题2:
		// its 类目 ###, its 分目 ####. The title had been a section and
		// the year lost, with a warning of its compiler's line; the 分目
		// entries of the 类目, their 条目 paragraphs.
		{"rt-w17-hd-yearbook-h2.md", "宁川年鉴（2023）|2023|0|宁川县地方史志办公室|",
			"特载|政府工作报告||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||1; 宁川县人民代表大会|人大会议|--01-10..--01-12|1", ""},
		// pandoc's attributes after every heading ({#id .class}, {#_Toc…},
		// key=val, {-}, after closing hashes): the running head set as a
		// heading is one again, and no title keeps its braces.
		{"rt-w17-hd-pandoc-attrs.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"工作动态|县志办召开志书评审会|2023-11-03|2; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
		// A web page whose h1 is the site's name, over its breadcrumb and
		// the chronicle's title an h2: the site's name is the page's
		// (it had been the title, and the chronicle's title an empty
		// section, silently).
		{"rt-w17-hd-web-site-h1.md", "宁川县2023年大事记|0|0||2024-01-15",
			"1月||2023-01-10|1; 1月||2023-01-18|1; 2月||2023-02-06|1; 3月||2023-03-05|1; 3月||2023-03-12|1", ""},
		// A Notion page: its name a # (the title with its number), the
		// cover's picture, the publication's name a ## over its number
		// (the total had been lost, the name a section of the cover's
		// lines, with a warning).
		{"rt-w17-hd-notion-page.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-02|2; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
		// The title a ## (标题2), the months # (标题1): the title is raised
		// alone. It had been a section, its printing's month another,
		// and every event dated a year late (silently).
		{"rt-w17-hd-title-h2-later-h1.md", "宁川县2023年大事记|0|0|宁川县地方史志办公室|2024-03",
			"1月||2023-01-10|1; 1月||2023-01-18|1; 2月||2023-02-06|1; 2月||2023-02-20|1; 3月||2023-03-05|1", ""},
		// ## 时政要闻 atop a copy whose cover was cut off is a section,
		// not the title: the levels are the copy's own.
		{"rt-w17-hd-cut-cover.md", "|0|0||",
			"时政要闻|县委常委会召开会议|--11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|--11-06|1; 工作动态|县史志办召开县志评审会|--11-10|1", ""},
	} {
		checkRedTeam(t, c)
	}
	// Two issues in one file, each cover's heading closed with hashes or
	// set bold (with attributes): the second's name and number begin an
	// issue (they had been an empty section of the first).
	for _, c := range []struct{ file, want string }{
		{"rt-w17-hd-closing-two.md", "宁川史志 2023 11 215: 工作动态/县志办召开志书评审会 2023-11-03, 工作动态/县志办开展地情资料征集 2023-11-10 || " +
			"宁川史志 2023 12 0: 工作动态/县志办召开年鉴编纂会议 2023-12-05, 县区动态/石桥乡召开村志编纂推进会 2023-12-21"},
		{"rt-w17-hd-bold-heads.md", "宁川史志 2023 11 0: 工作动态/县志办召开志书评审会 2023-11-03, 工作动态/县志办开展地情资料征集 2023-11-10 || " +
			"宁川史志 2023 12 0: 工作动态/县志办召开年鉴编纂会议 2023-12-05, 县区动态/石桥乡召开村志编纂推进会 2023-12-21"},
	} {
		src := readFixture(t, c.file)
		all, err := ParseAll(src)
		if err != nil {
			t.Fatal(err)
		}
		var issues []string
		for _, iss := range all {
			var es []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					es = append(es, fmt.Sprintf("%s/%s %s", s.Name, e.Title, e.Date))
					if len(e.Paragraphs) != 1 {
						t.Errorf("%s: %s has %d paragraphs, want 1", c.file, e.Title, len(e.Paragraphs))
					}
				}
			}
			issues = append(issues, fmt.Sprintf("%s %d %d %d: %s", iss.Title, iss.Year, iss.Number, iss.Total, strings.Join(es, ", ")))
			if len(iss.Warnings) > 0 {
				t.Errorf("%s: warnings%s", c.file, warningsText(iss.Warnings))
			}
		}
		if got := strings.Join(issues, " || "); got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.file, got, c.want)
		}
		checkLossless(t, c.file, string(src))
	}
}
