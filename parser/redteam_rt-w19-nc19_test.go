package parser

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// contentsBlock finds the table of contents at the front of text as the
// parser delimits it: [start, body) in 0-based lines, start its heading
// (目录, 目　录, …) where it has one, head that heading or -1. ok is false
// where the text holds several issues, no contents, or contents after
// the articles.
func contentsBlock(text string) (start, body, head int, ok bool) {
	p := &parser{text: text, lines: splitLines(text), iss: &model.Issue{}}
	p.head = headingShift(p.lines) // as parseAll and BodyLine read them
	inv, _ := scanE2(text)
	split := p.lines
	p.headMarks = -1
	if headingsMarked(text, nil, p.head, textNeedles(text, nil), inv) {
		split, p.headMarks = plainHeadings(p.lines, p.head), 1
	}
	if parts := splitIssues(split); len(parts) > 1 {
		return 0, 0, 0, false
	}
	p.clean()
	p.furniture()
	p.front()
	before := p.pos
	p.toc()
	body = p.bodyStart
	if len(p.iss.TOC) == 0 || body <= before {
		return 0, 0, 0, false
	}
	first := body
	for _, s := range p.iss.TOC {
		if s.Line > 0 {
			first = min(first, s.Line-1)
		}
		for _, e := range s.Entries {
			if e.Line > 0 {
				first = min(first, e.Line-1)
			}
		}
	}
	if first >= body {
		return 0, 0, 0, false // the contents after the articles
	}
	head = -1
	for k := before; k < first; k++ {
		if contentsHeading(trim(p.lines[k])) || p.lines[k] != "" && p.lines[k][0] == '<' && contentsTable(p.lines, k) {
			head = k
		}
	}
	start = first
	if head >= 0 {
		start = head
	}
	return start, body, head, true
}

// contentsLost is text as copies without their contents give it: (a) the
// contents removed with their heading (a PDF's first pages not converted,
// a web page's body), (b) only the heading removed (an image), (c) the
// contents and the cover removed (the body alone). Nil where text has no
// contents at its front.
func contentsLost(text string) (map[string]string, int, int) {
	s, b, h, ok := contentsBlock(text)
	if !ok {
		return nil, 0, 0
	}
	ls := strings.Split(text, "\n")
	join := func(parts ...[]string) string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return strings.Join(all, "\n")
	}
	out := map[string]string{"a": join(ls[:s], ls[b:]), "c": join(ls[b:])}
	if h >= 0 {
		out["b"] = join(ls[:h], ls[h+1:])
	}
	return out, s, b
}

// lostOutline is the outline of all (sections, entries, dates,
// paragraphs) leaving out what only the contents gave: a section named
// nowhere in the body (or at a line of the contents, lo to hi), an
// entry's title the body does not print. issue says whether the
// issue's title and numbers are compared (not where the cover is gone);
// an entry before line cut (0-based) is left out, where the copy lost
// it with the cover (an editors' note over the contents).
func lostOutline(all []*model.Issue, issue bool, body string, lo, hi, cut int) string {
	var b strings.Builder
	body = lostUnspace(body)
	for _, iss := range all {
		if issue {
			fmt.Fprintf(&b, "issue %s %d %d %d\n", iss.Title, iss.Year, iss.Number, iss.Total)
		}
		for _, s := range iss.Sections {
			if s.Name != "" && !(s.Line == 0 || s.Line-1 >= lo && s.Line-1 < hi) && strings.Contains(body, lostUnspace(s.Name)) {
				fmt.Fprintf(&b, "section %s\n", s.Name)
			}
			for _, e := range s.Entries {
				if e.Line > 0 && e.Line-1 < cut {
					continue
				}
				title := e.Title
				if !strings.Contains(body, lostUnspace(title)) {
					title = ""
				}
				fmt.Fprintf(&b, "  entry %s %s\n", title, e.Date)
				for _, p := range e.Paragraphs {
					fmt.Fprintf(&b, "    %s %s\n", p.Date, p.Text)
				}
			}
		}
	}
	return b.String()
}

var lostSpaces = strings.NewReplacer(" ", "", "\u3000", "", "\n", "", "*", "")

func lostUnspace(s string) string { return lostSpaces.Replace(s) }

// lostYear is a date's year, which the cover gives: without the cover
// the dates are compared by month and day.
var lostYear = regexp.MustCompile(`\b\d{4}-(\d\d)`)

// lostWarnings counts the warnings of all at line from or after.
func lostWarnings(all []*model.Issue, from int) int {
	n := 0
	for _, i := range all {
		for _, w := range i.Warnings {
			if w.Line >= from {
				n++
			}
		}
	}
	return n
}

// TestContentsLostReadTheSame: every fixture with a table of contents at
// its front reads the same without it (a PDF's first pages not
// converted, the heading an image, a web page's or a typist's body
// alone): the same sections, entries, dates and paragraphs, leaving out
// what only the contents gave (pages, a section or a title the body does
// not print), or a warning says what was not placed. The variants: (a)
// the contents removed with their heading, (b) the heading only, whose
// lines must then be read as contents or warned of, (c) the contents and
// the cover (dates compared without their year, which the cover gave).
func TestContentsLostReadTheSame(t *testing.T) {
	tried := map[string]int{}
	for _, fx := range fixtureTexts(t) {
		vs, s, b := contentsLost(fx.text)
		if vs == nil {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil || len(ref) != 1 {
			continue
		}
		base := filepath.Base(fx.path)
		bodyText := strings.Join(strings.Split(fx.text, "\n")[b:], "\n")
		for _, v := range []string{"a", "b", "c"} {
			alt, ok := vs[v]
			if !ok {
				continue
			}
			if _, skip := contentsLostSkip[v][base]; skip {
				continue
			}
			tried[v]++
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			cut := -1
			if v == "c" {
				cut = b // (the note above the contents went with the cover)
			}
			want, have := lostOutline(ref, v != "c", bodyText, s, b, cut), lostOutline(got, v != "c", bodyText, -1, -1, -1)
			if v == "c" {
				want, have = lostYear.ReplaceAllString(want, "--$1"), lostYear.ReplaceAllString(have, "--$1")
			}
			d := shapeDiff(want, have)
			if d == "" {
				continue
			}
			// Lines removed before the body: its warnings are counted from
			// where it begins now; (b) leaves the contents' lines, whose
			// warnings count.
			from := b + 1 - (b - s)
			switch v {
			case "b":
				from = s + 1
			case "c":
				from = 1
			}
			if lostWarnings(got, from) <= lostWarnings(ref, b+1) {
				t.Errorf("%s (%s) reads otherwise, silently: %s", fx.path, contentsLostForm[v], d)
			}
		}
	}
	for _, v := range []string{"a", "b", "c"} {
		t.Logf("%s: %d fixtures tried", contentsLostForm[v], tried[v])
		if tried[v] < 100 {
			t.Errorf("%s: only %d fixtures tried", contentsLostForm[v], tried[v])
		}
	}
}

var contentsLostForm = map[string]string{
	"a": "its contents removed",
	"b": "its contents' heading removed",
	"c": "its contents and cover removed",
}

// contentsLostSkip: why a fixture still reads otherwise without its
// contents, silently, by variant (a, b, c as contentsLostForm names
// them). Open: what the contents alone told and the body's own lines do
// not (a column's name or a title the body prints as a line of text, a
// title with no date under it, a copy laid out in columns); artefact:
// what the transform, not a real copy, did.
var contentsLostSkip = map[string]map[string]string{
	"a": {
		"rt-c1-tight-gutter.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-c1-whole-layout.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-c1-whole-plain.md":                 "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-c2-page-number-first.md":           "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c2-sample-pdfminer.md":             "open: a title only the contents told from text, read as a paragraph",
		"rt-c2-title-word-spaces.md":           "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c2-toc-unpaired.md":                "open: a line the contents told was no section's name, read as one (时政要闻)",
		"rt-c2-whole1.md":                      "open: a line the contents told was no section's name, read as one (统计数据)",
		"rt-c2-whole4.md":                      "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c3-heading-joined-title.md":        "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-column-repeat.md":                  "open: a line the contents told was no section's name, read as one (工作动态)",
		"rt-layout-heads.md":                   "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-body-section-margin.md":         "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-cover-beside-toc.md":            "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-cover-beside.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-heads-article-title.md":         "open: a section's name only the contents told from a line of text (史志研究)",
		"rt-ly-kicker-layout.md":               "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-ly-md-kicker.md":                   "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-ly-title-wrap-byline.md":           "open: a section's name only the contents told from a line of text (史志研究)",
		"rt-ly-toc-author-col.md":              "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-toc-author-leaders.md":          "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-ly-toc-author-space.md":            "open: a section's name only the contents told from a line of text (【史志研究】)",
		"rt-n-toc-author-bracket.txt":          "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-toc-author.md":                     "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w1-notice-colon.md":                "open: a line the contents told was no section's name, read as one (关于征集《宁川年鉴)",
		"rt-w1-preface-plain.md":               "open: a line the contents told was no section's name, read as one (2024年第3期（总第127期）)",
		"rt-w1-table-columns.md":               "open: a section's name only the contents told from a line of text (统计资料)",
		"rt-w1-table-rows.md":                  "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w1-whole-plain.md":                 "open: a title only the contents told from text, read as a paragraph",
		"rt-w11-byline-page.md":                "open: a section's name only the contents told from a line of text (典型发言)",
		"rt-w11-speech-marker.md":              "open: a line the contents told was no section's name, read as one (在全县优化营商环境推进大会上的讲话)",
		"rt-w11-whole-hekan-marker.md":         "open: a section's name only the contents told from a line of text (领导活动)",
		"rt-w11-whole-zhuankan.md":             "open: a section's name only the contents told from a line of text (分组讨论发言摘编)",
		"rt-w12-contents-heading-bilingual.md": "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-contents-interleaved.md":       "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-english-contents.md":           "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-whole-yearbook-bilingual.md":   "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w14-signature-right.md":            "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w14-toc-counties-flush.md":         "open: a line the contents told was no section's name, read as one (简讯)",
		"rt-w14-whole-xianqu.md":               "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w15-front-pieces.md":               "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w15-term-table.md":                 "open: a title only the contents told from text, read as a paragraph",
		"rt-w15-whole-hk-yuebao.md":            "open: a title only the contents told from text, read as a paragraph",
		"rt-w15-whole-tw-dsj.md":               "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w16-whole-tess-noblank.md":         "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w16-whole-tess-yuebao.md":          "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w5-ocr-column-break.md":            "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-essay-points.md":                "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w6-guide-after.md":                 "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-odd-head-right.md":              "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"sections.md":                          "open: a section's name only the contents told from a line of text (领导活动)",
		"toc-margin-sections.md":               "open: a section's name only the contents told from a line of text (征稿启事)",
	},
	"b": {
		"rt-c1-whole-layout.md":        "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-heads-article-title.md": "open: pdftotext -layout, one line of contents with its page under a column's name (史志研究 / 清代宁川县城… …… 李秀英 1): one entry, where a headless contents needs two",
		"rt-ly-toc-continued.md":       "open: pdftotext -layout, the contents page (目录 lost) begins with 时政要闻 as the body's first page does: the furniture pass takes it for a running head atop both pages, the column lost",
		"rt-ly-toc-roman-pages.md":     "open: pdftotext -layout, the contents page (目录 lost) begins with 时政要闻 as the body's first page does: the furniture pass takes it for a running head atop both pages, the column lost",
		"rt-w11-marker-back.md":        "open: contents set as a table (| 栏目 | 篇目 | 页码 |) whose ## 目　录 was lost, a column of no title in it (图片新闻 | | 15): the table is not read as contents without it",
		"rt-w11-whole-hekan-marker.md": "open: the same contents table, 目录 lost, in a whole 合刊 (卷首语 a row of it)",
	},
	"c": {
		"rt-w22-math-mineru.md":                "open: with no cover, a copy of one level of headings (MinerU's #) reads its first column's name as its title",
		"rt-c1-short-lines.md":                 "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-c1-tight-gutter.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-c1-whole-layout.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-c1-whole-plain.md":                 "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-c2-page-number-first.md":           "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c2-sample-pdfminer.md":             "open: a title only the contents told from text, read as a paragraph",
		"rt-c2-spaced.md":                      "open: a section's name only the contents told from a line of text (重要会议)",
		"rt-c2-title-word-spaces.md":           "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c2-toc-unpaired.md":                "open: a line the contents told was no section's name, read as one (时政要闻)",
		"rt-c2-whole1.md":                      "open: a line the contents told was no section's name, read as one (统计数据)",
		"rt-c2-whole4.md":                      "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-c3-heading-joined-title.md":        "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-c5-subtitle-toc.md":                "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-column-heads-toc.md":               "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-column-repeat.md":                  "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-layout-heads.md":                   "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-body-section-margin.md":         "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-heads-article-title.md":         "open: a section's name only the contents told from a line of text (史志研究)",
		"rt-ly-kicker-layout.md":               "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-ly-md-kicker.md":                   "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-ly-title-wrap-byline.md":           "open: a section's name only the contents told from a line of text (史志研究)",
		"rt-ly-toc-author-col.md":              "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-ly-toc-author-leaders.md":          "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-ly-toc-author-space.md":            "open: a section's name only the contents told from a line of text (【史志研究】)",
		"rt-m-pandoc-toc-escape.md":            "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-mineru-essay.md":                   "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-mineru-notice.md":                  "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-n-toc-author-bracket.txt":          "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-toc-author.md":                     "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w1-notice-colon.md":                "open: a line the contents told was no section's name, read as one (关于征集《宁川年鉴)",
		"rt-w1-preface-plain.md":               "open: a title only the contents told from text, read as a paragraph",
		"rt-w1-table-columns.md":               "open: a section's name only the contents told from a line of text (统计资料)",
		"rt-w1-table-rows.md":                  "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w1-whole-layout.md":                "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w1-whole-plain.md":                 "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w11-whole-hekan-marker.md":         "open: a section's name only the contents told from a line of text (领导活动)",
		"rt-w11-whole-zhuankan.md":             "open: a section's name only the contents told from a line of text (分组讨论发言摘编)",
		"rt-w12-contents-heading-bilingual.md": "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-contents-interleaved.md":       "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-english-contents.md":           "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-preface-points.md":             "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w12-word-chronicle-photos.md":      "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w12-word-speech-points.md":         "open: a section's name only the contents told from a line of text (特载)",
		"rt-w13-whole-yuebao-notes.md":         "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-w14-signature-right.md":            "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w14-toc-counties-flush.md":         "open: a line the contents told was no section's name, read as one (简讯)",
		"rt-w14-whole-xianqu.md":               "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w15-term-table.md":                 "open: a title only the contents told from text, read as a paragraph",
		"rt-w15-whole-hk-yuebao.md":            "open: a title only the contents told from text, read as a paragraph",
		"rt-w16-part-spaced.md":                "open: a line the contents told was no section's name, read as one (宁川史志        2024年第3期)",
		"rt-w16-whole-tess-noblank.md":         "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w16-whole-tess-yuebao.md":          "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w2-whole-report.md":                "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-w3-pandoc-bold-points.md":          "open: a section's name only the contents told from a line of text (工作动态)",
		"rt-w3-whole-word.md":                  "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w5-ocr-column-break.md":            "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-essay-points.md":                "open: a title only the contents told from text (no date under it, or a byline between)",
		"rt-w6-guide-after.md":                 "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-guide-notice.md":                "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-guide-twice.md":                 "open: paragraphs or dates read otherwise where the contents' titles had cut them",
		"rt-w6-odd-head-right.md":              "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w6-whole-bimonthly.md":             "open: a pdftotext -layout copy (columns, heads beside the text), which the contents had helped read",
		"rt-w7-masthead-pipe-date.md":          "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-w7-mineru-backcover.md":            "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-w7-mineru-glued-page.md":           "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-w7-mineru-masthead.md":             "open: a section's name only the contents told from a line of text (时政要闻)",
		"rt-w7-whole-mineru.md":                "open: a section's name only the contents told from a line of text (时政要闻)",
		"sections.md":                          "open: a section's name only the contents told from a line of text (时政要闻)",
		"toc-margin-sections.md":               "open: a section's name only the contents told from a line of text (征稿启事)",
	},
}

// TestRedTeamW19NoContents: a report copied from its first section on,
// its contents not converted: a title the wrap cut in two short lines
// (全县优化营商环境暨项 / 目建设推进大会召开), which the text under it says
// as one, is one title (it had been a section over a title), and 二、社会民生
// numbered next after 一、重要会议 over a notice's title and undated text
// is the next section (it had been a paragraph of the entry above).
func TestRedTeamW19NoContents(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-nc19-no-contents.md", "宁川史志月报|2024|3|宁川县地方史志办公室|",
		"重要会议|县委常委会召开2024年第3次会议|2024-03-04|1; " +
			"重要会议|全县优化营商环境暨项目建设推进大会召开|2024-03-18|1; " +
			"社会民生|关于做好春节期间困难群众生活保障工作的通知||2; " +
			"史志工作|县史志办召开修志工作会议|2024-03-26|1", ""})
}

// TestRedTeamW19ContentsLeft: contents whose heading the copy lost (an
// image) under an editors' note, their lines 市方志办召开党组会议 …… 1 left
// after the note: read as the contents, which give the entries their
// pages (they had been paragraphs, silently, then each was warned of as
// a contents line in the body).
func TestRedTeamW19ContentsLeft(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w19-nc19-contents-left.md", "荆州史志|2023|2||",
		"|||1; 工作动态|市方志办召开党组会议|2023-02-06|1; 史志研究|楚都纪南城考略||1", ""})
	if n := len(iss.TOC); n != 1 || len(iss.TOC[0].Entries) != 2 || iss.TOC[0].Entries[1].Page != 3 {
		t.Errorf("contents: %+v", iss.TOC)
	}
}
