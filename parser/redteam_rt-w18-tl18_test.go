package parser

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/yuebao/yuebao/model"
)

// contentsForm is one way another tool or office sets a table of
// contents: what goes between a title and its page (leader), how the page
// is printed (page), a number before each line (number), a list marker
// (list), how a section's name is set (section), the contents' heading
// (heading). A nil leader leaves the entries' lines as they are.
type contentsForm struct {
	name    string
	leader  func(title, page string) string
	page    func(p, last int) string
	number  func(n int) string
	list    bool
	section func(name string) string
	heading string
}

func barePages(p, last int) string {
	if last > p {
		return fmt.Sprintf("%d—%d", p, last)
	}
	return fmt.Sprint(p)
}

func parenPagesForm(p, last int) string {
	if last > p {
		return fmt.Sprintf("(%d-%d)", p, last)
	}
	return fmt.Sprintf("(%d)", p)
}

func wideFigures(n int) string {
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteRune(c - '0' + '０')
	}
	return b.String()
}

// layoutLeader pads a title with spaces so that its page ends at column
// 70, as pdftotext -layout prints a contents page: a right-aligned column.
func layoutLeader(title, page string) string {
	return strings.Repeat(" ", max(4, 70-displayWidth(title)-len(page)))
}

func contentsForms() []contentsForm {
	leader := func(s string) func(string, string) string { return func(string, string) string { return s } }
	dots := leader(" ..... ")
	fs := []contentsForm{
		{name: "leader/dots", leader: dots, page: barePages},
		{name: "leader/ellipsis", leader: leader("……"), page: barePages},
		{name: "leader/middots", leader: leader("···"), page: barePages},
		{name: "leader/fullwidth-hyphens", leader: leader("－－－"), page: barePages},
		{name: "leader/em-dash", leader: leader("—"), page: barePages},
		{name: "leader/layout", leader: layoutLeader, page: barePages},
		{name: "leader/ideographic-space", leader: leader("\u3000"), page: barePages},
		{name: "leader/tab", leader: leader("\t"), page: barePages},
		{name: "page/(6)", leader: dots, page: parenPagesForm},
		{name: "page/( 6 )", leader: dots, page: func(p, l int) string {
			if l > p {
				return fmt.Sprintf("( %d-%d )", p, l)
			}
			return fmt.Sprintf("( %d )", p)
		}},
		{name: "page/（６）", leader: dots, page: func(p, l int) string {
			if l > p {
				return "（" + wideFigures(p) + "－" + wideFigures(l) + "）"
			}
			return "（" + wideFigures(p) + "）"
		}},
		{name: "page/６", leader: dots, page: func(p, l int) string {
			if l > p {
				return wideFigures(p) + "—" + wideFigures(l)
			}
			return wideFigures(p)
		}},
		{name: "page/- 6 -", leader: dots, page: func(p, l int) string {
			if l > p {
				return fmt.Sprintf("- %d-%d -", p, l)
			}
			return fmt.Sprintf("- %d -", p)
		}},
		{name: "list/- title ..... (6)", leader: dots, page: parenPagesForm, list: true},
		{name: "numbered/1.", leader: dots, page: parenPagesForm, number: func(n int) string { return fmt.Sprintf("%d. ", n) }},
		{name: "numbered/（一）", leader: dots, page: parenPagesForm, number: func(n int) string { return "（" + hanNumber(n) + "）" }},
		{name: "sections/plain", section: func(s string) string { return s }},
		{name: "sections/##", section: func(s string) string { return "## " + s }},
		{name: "sections/bold", section: func(s string) string { return "**" + s + "**" }},
		{name: "sections/- name", section: func(s string) string { return "- " + s }},
		{name: "sections/plain, layout", section: func(s string) string { return s }, leader: layoutLeader, page: barePages},
	}
	for _, h := range []string{"目录", "目　录", "目 录", "## 目录", "**目 录**", "<b>目录</b>"} {
		fs = append(fs, contentsForm{name: "heading/" + h, heading: h})
	}
	return fs
}

// contentsKey is a line's text without spaces, markup and leaders' marks
// that a title has not, full-width figures as ASCII: what a title's lines
// are found by.
func contentsKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '０' && r <= '９' {
			r = r - '０' + '0'
		}
		if unicode.IsSpace(r) || strings.ContainsRune("*#-_<>/b", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// resetContents sets again, in form f, the lines of the tables of
// contents that all (the model of text) read: each entry with a page on
// one line (a title a line cut is joined), set in as the line was; each
// section's name; the contents' heading. The body is left alone. It
// returns "" and why where it cannot: a title not found on its lines with
// its page at their end, a section's name beside its first title on one
// line, a contents set as a table, no heading to set again.
func resetContents(text string, all []*model.Issue, f contentsForm) (string, string) {
	ls := strings.Split(text, "\n")
	type rep struct {
		from, to int // 0-based, inclusive
		line     string
	}
	var reps []rep
	indent := func(l string) string { return l[:len(l)-len(strings.TrimLeft(l, " \u3000"))] }
	n := 0
	for _, iss := range all {
		first := 0
		for _, s := range iss.TOC {
			if s.Line > 0 && (first == 0 || s.Line < first) {
				first = s.Line
			}
			if s.Line > 0 && f.section != nil && s.Name != "" {
				reps = append(reps, rep{s.Line - 1, s.Line - 1, indent(ls[s.Line-1]) + f.section(s.Name)})
			}
			for _, e := range s.Entries {
				if e.Line <= 0 || e.Line > len(ls) {
					return "", "no line"
				}
				if first == 0 || e.Line < first {
					first = e.Line
				}
				n++
				if f.leader == nil || e.Page <= 0 {
					continue
				}
				if strings.Trim(e.Title, "0123456789") == "" {
					return "", "a page read as a title"
				}
				if s.Line == e.Line {
					return "", "a section beside its title"
				}
				if strings.HasPrefix(strings.TrimSpace(ls[e.Line-1]), "|") {
					return "", "a table"
				}
				want, acc, to := contentsKey(e.Title), "", -1
				for k := e.Line - 1; k < len(ls) && k < e.Line+2; k++ {
					acc += contentsKey(ls[k])
					if strings.Contains(acc, want) && strings.HasSuffix(strings.TrimRight(acc, ")）页-—－"), fmt.Sprint(max(e.LastPage, e.Page))) {
						to = k
						break
					}
				}
				if to < 0 {
					return "", "a title not on its lines"
				}
				pg := f.page(e.Page, e.LastPage)
				l := e.Title + f.leader(e.Title, pg) + pg
				if f.number != nil {
					l = f.number(n) + l
				}
				if f.list {
					l = "- " + l
				}
				reps = append(reps, rep{e.Line - 1, to, indent(ls[e.Line-1]) + l})
			}
		}
		if f.heading != "" {
			k := first - 2
			for k >= 0 && strings.TrimSpace(ls[k]) == "" {
				k--
			}
			if first == 0 || k < 0 || contentsKey(ls[k]) != "目录" && contentsKey(ls[k]) != "目　录" {
				return "", "no heading"
			}
			reps = append(reps, rep{k, k, f.heading})
		}
	}
	if len(reps) == 0 {
		return "", "nothing"
	}
	sort.Slice(reps, func(i, j int) bool { return reps[i].from > reps[j].from })
	for i := 1; i < len(reps); i++ {
		if reps[i].to >= reps[i-1].from {
			return "", "lines of two"
		}
	}
	for _, r := range reps {
		ls = append(ls[:r.from], append([]string{r.line}, ls[r.to+1:]...)...)
	}
	return strings.Join(ls, "\n"), ""
}

// contentsPages is what the contents say and give: each contents line's
// title and pages, each body entry's pages.
func contentsPages(all []*model.Issue) string {
	var b strings.Builder
	for _, iss := range all {
		for _, s := range iss.TOC {
			fmt.Fprintf(&b, "toc section %s\n", s.Name)
			for _, e := range s.Entries {
				fmt.Fprintf(&b, "  toc %s %d %d\n", e.Title, e.Page, e.LastPage)
			}
		}
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				fmt.Fprintf(&b, "page %s %d %d\n", e.Title, e.Page, e.LastPage)
			}
		}
	}
	return b.String()
}

// contentsFormsSkip: the fixtures a form still reads otherwise, silently,
// and why (by form, then file).
var contentsFormsSkip = map[string]map[string]string{
	"leader/layout":            {"rt-ly-heads-article-title.md": "a contents of one column and one title (its author before the page): set so, the title's line is not told from text"},
	"leader/ideographic-space": {"rt-ly-heads-article-title.md": "the same, one U+3000 before the page"},
	"sections/plain, layout":   {"rt-ly-heads-article-title.md": "the same"},
	"sections/##":              {"rt-w12-word-speech-points.md": "its sections' lines are links that print their pages ([综合经济管理 13](#…)): set as ## name, the page is lost (the form's, not the parser's)"},
	"sections/bold":            {"rt-w12-word-speech-points.md": "the same"},
	"sections/- name":          {"rt-c1-short-lines.md": "its sections' lines print their pages (二、领导活动<gap>1): set as - name, the page and the enumerator are lost (the form's)"},
}

// TestContentsFormsReadTheSame: every fixture whose contents give pages
// reads the same with its contents set again in each form other tools and
// offices set them (the leaders, the page forms, numbered lines, the
// sections' names plain, ## or bold, the contents' heading), or warns:
// the same contents, titles and pages, the same pages on the body's
// entries, the same outline. (Before, a contents line whose page was
// bracketed, full-width or between dashes, …召开 ..... (1), over the
// body's first heading with no blank line between, 一、重要会议, had lost
// that heading, taken for a running head printed once, silently; and
// with the columns' names marked in the contents (## 【工作动态】), the
// body's plain 【工作动态】 under the running head atop the column's first
// page had been taken for a head too, the column lost; and with them
// set as list items (- 工作动态), the column's heads on its later pages
// had been read as its heading, its first titles a nameless section's.)
func TestContentsFormsReadTheSame(t *testing.T) {
	none := func(model.Warning) bool { return false }
	warnings := func(all []*model.Issue) int {
		n := 0
		for _, iss := range all {
			n += len(iss.Warnings)
		}
		return n
	}
	forms := contentsForms()
	tried := make(map[string]int)
	for _, fx := range fixtureTexts(t) {
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		paged := false
		for _, iss := range ref {
			for _, s := range iss.TOC {
				for _, e := range s.Entries {
					paged = paged || e.Page > 0
				}
			}
		}
		if !paged {
			continue
		}
		want := shapeCounting(ref, none) + contentsPages(ref)
		base := filepath.Base(fx.path)
		for _, f := range forms {
			if _, skip := contentsFormsSkip[f.name][base]; skip {
				continue
			}
			text, _ := resetContents(fx.text, ref, f)
			if text == "" {
				continue
			}
			tried[f.name]++
			got, err := ParseAll([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(want, shapeCounting(got, none)+contentsPages(got)); d != "" && warnings(got) <= warnings(ref) {
				t.Errorf("%s, its contents set %s, reads otherwise, silently: %s", fx.path, f.name, d)
			}
		}
	}
	for _, f := range forms {
		least := 140 // (fewer for a heading: a contents without one is left out)
		if strings.HasPrefix(f.name, "heading/") {
			least = 100
		}
		if tried[f.name] < least {
			t.Errorf("%s: only %d fixtures tried", f.name, tried[f.name])
		}
	}
}
