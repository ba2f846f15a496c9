package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// mk19Hashes and mk19Bold match the markup a Markdown copy has and a
// plain one of the same issue (pdftotext, Word's "save as text", a web
// page copied) has not: a heading's hashes, closing ones and pandoc's
// attributes too ({#id .unnumbered}), and bold.
var (
	mk19Hashes = regexp.MustCompile(`(?m)^(#{1,6}) +(.*?)(?: +#+)?(?: +\{[#.][^}]*\})? *$`)
	mk19Bold   = regexp.MustCompile(`\*\*([^*\n]+?)\*\*|__([^_\n]+?)__`)
)

// mk19Plain is s with its headings set plain (their hashes taken off)
// and, with bold, its bold too.
func mk19Plain(s string, bold bool) string {
	s = mk19Hashes.ReplaceAllString(s, "$2")
	if bold {
		s = mk19Bold.ReplaceAllString(s, "$1$2")
	}
	return s
}

// mk19Skip are the fixtures whose cover set plain is read otherwise, and
// why.
var mk19Skip = map[string]string{
	"rt-formal-parts.md":        "a report's title set plain over its parts (壹、…): only the mark tells the title from a part's name",
	"hant-formal-parts.md":      "a report's title set plain over its parts (壹、…): only the mark tells the title from a part's name",
	"rt-c3-number-heading.md":   "the number alone under the title (11), set plain, is a page's folio as a plain copy prints one",
	"rt-s7-wechat-end.md":       "a web article's title set plain is its entry's (as rt-web-article.md reads), not the issue's",
	"rt-w6-web-footer-phone.md": "a web article's title set plain is its entry's (as rt-web-article.md reads), not the issue's",
	"rt-w17-hd-web-site-h1.md":  "a site's name over the breadcrumbs and the article's title: set plain, nothing tells the title",
}

// TestPlainCoversReadTheSame: every fixture's cover reads the same — the
// title, the year, the number and the whole number — with its headings
// set plain, and with its bold taken off too, as a plain copy of the same
// issue prints it. (宁川县大事记（1895—1911） set plain had been no title:
// its Qing years were read as a range of pages; 宁川县大事记（1989—1990） /
// 1989年 the book's year, its first part lost; 宁川月报 / NINGCHUAN YUEBAO
// / 2023年第11期 no cover, and 2O23年第1O期 as OCR reads it; **宁川**
// **月报** the title with its asterisks; 鹰城地情 / 2024年3月 no cover; and
// a WeChat article's date, *2023-11-05 08:30*, not its year — all
// silently.)
func TestPlainCoversReadTheSame(t *testing.T) {
	cover := func(src string) string {
		all, err := ParseAll([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) == 0 {
			return "no issue"
		}
		iss := all[0]
		return fmt.Sprintf("%q %d %d %d", iss.Title, iss.Year, iss.Number, iss.Total)
	}
	tried := 0
	for _, fx := range fixtureTexts(t) {
		base := filepath.Base(fx.path)
		if _, skip := mk19Skip[base]; skip {
			continue
		}
		var want string
		for _, bold := range []bool{false, true} {
			alt := mk19Plain(fx.text, bold)
			if alt == fx.text || bold && alt == mk19Plain(fx.text, false) {
				continue
			}
			if want == "" {
				want = cover(fx.text)
				tried++
			}
			if got := cover(alt); got != want {
				t.Errorf("%s set plain (bold taken off: %v): cover %s, want %s", fx.path, bold, got, want)
			}
		}
	}
	if tried < 500 {
		t.Errorf("only %d fixtures tried", tried)
	}
}

// TestPlainNumberedList: a numbered list set plain over a plain title
// (1. 加强组织领导 / 2. 落实造林任务 / 3. 强化督导检查 / 鹰城至郑州城际公交开通 /
// 3月12日，…) stays the text of the entry above; its last item had been
// a section's name over the title, silently.
func TestPlainNumberedList(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-mk19-plain-list.md", "鹰城月报|2024|3||",
		"时政要闻|全市春季植树造林动员会召开|2024-03-05|4; " +
			"时政要闻|鹰城至郑州城际公交开通|2024-03-12|1; " +
			"时政要闻|市第一人民医院新院区启用|2024-03-20|1", ""})
}

// TestReviewedCovers holds what a review of the day's cover and split
// rules found read silently otherwise: each file's issues, by title,
// year and number. (The files are in testdata/review19, out of the
// sweeps' way: the sweeps find in them what is still open, and
// pre-existing — 相关阅读 a section's name once its blank lines are lost,
// 用好用活地方史志 run into its text, the notice's month a section.)
func TestReviewedCovers(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		// …宣传活动。 / （责任编辑：王芳） / --- / 宁川史志 / 2023年第12期: the
		// rule under the issue before's last line parts the issues (that
		// line had been the next one's title, its cover lost).
		{"rt-w19-rv-rule-under-text.md", `"宁川史志" 2023 11; "宁川史志" 2023 12`},
		// 相关阅读 / 宁川月报2023年第10期 under 宁川月报2023年第11期: an
		// earlier issue named in the text, no second issue.
		{"rt-w19-rv-earlier-issue-named.md", `"宁川月报" 2023 11`},
		// 宁川县大事记（2013—2023） / …编 / 2023年 / 2013年: the last year of
		// the period alone under the title is the book's, not a part.
		{"rt-w19-rv-span-book-year.md", `"宁川县大事记（2013—2023）" 2023 0`},
		// 用好用活地方史志 over a sentence: an article's title, though it
		// ends as a periodical's name does.
		{"rt-w19-rv-article-shizhi.md", `"" 0 0`},
		// 关于开展地方志工作调研的通知 / 2024年3月: a notice's title over its
		// month, no publication's.
		{"rt-w19-rv-notice-month.md", `"" 0 0`},
	} {
		var got []string
		for _, iss := range parseFixtureAll(t, filepath.Join("review19", c.file)) {
			got = append(got, fmt.Sprintf("%q %d %d", iss.Title, iss.Year, iss.Number))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: %s, want %s", c.file, g, c.want)
		}
	}
}

// parseFixtureAll reads every issue of testdata's file name.
func parseFixtureAll(t *testing.T, name string) []*model.Issue {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	all, err := ParseAll(src)
	if err != nil {
		t.Fatal(err)
	}
	return all
}
