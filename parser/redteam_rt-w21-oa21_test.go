package parser

import (
	"strings"
	"testing"
)

// oneArticleSkip lists the fixtures TestOneArticleReadsTheSame leaves out,
// each with why.
var oneArticleSkip = map[string]string{
	// The transform's: the year is printed after the articles (a
	// colophon, a chat's fence), which the cut takes away.
	"testdata/rt-mh-colophon-bracket.md":  "the transform's: the year is in the colophon after the articles",
	"testdata/rt-mh-colophon-compiler.md": "the transform's: the year is in the colophon after the articles",
	"testdata/rt-mh-colophon-field.md":    "the transform's: the year is in the colophon after the articles",
	"testdata/rt-mh-colophon-gap.md":      "the transform's: the year is in the colophon after the articles",
	"testdata/rt-s7-chat-fence.md":        "the transform's: the year is in the colophon after the articles",
	// A column's heading over the one title a list's item, run into its
	// text: the heading is read as the entry's title, the title as its
	// first paragraph. (Plain, in 【】, after ▲ or numbered 1. on a line
	// of its own, it is read.)
	"testdata/rt-w20-sx20-docling-bullets.md": "open: ## 工作动态 over one title a list's item run into its text (-   会议甲召开 11月3日，…): the heading read as the title",
	// One title that its marks alone make a title: with others they are
	// read as a kind, alone not.
	"testdata/rt-fb-bullets-dot.md":             "open: a plain column's name over one bulleted title",
	"testdata/rt-fb-bullets-pandoc.md":          "open: a plain column's name over one bulleted title",
	"testdata/rt-fb-bullets-star.md":            "open: a plain column's name over one bulleted title",
	"testdata/rt-fb-bullets-undated.md":         "open: a plain column's name over one bulleted title",
	"testdata/rt-fb-bullets-wrapped.md":         "open: a plain column's name over one bulleted title",
	"testdata/rt-w22-tr22-plain-names-items.md": "open: a plain column's name over one bulleted title",
	"testdata/rt-fb-stage-points.md":            "open: a plain column's name over one bulleted title",
	"testdata/rt-w21-tr21-pictured.md":          "open: as rt-w19-pl19-plain-columns",
	"testdata/rt-w19-pl19-plain-columns.md":     "open: a plain column's name over one bold title: an entry of text alone",
	"testdata/rt-wb-bracket-columns.md":         "open: one title in 【】 keeps its brackets alone",
	"../testdata/families/bracket-titles.md":    "open: one title in 【】 keeps its brackets alone",
	"testdata/rt-numbered-titles.txt":           "open: one title numbered 一、 is a point alone",
	"testdata/rt-w8-brief-numbered-byline.md":   "open: one title numbered 一、 is a point alone",
	"testdata/rt-plain-wrapped-title.md":        "open: one title the wrap cut over its indented text",
	"testdata/rt-sp-double-title-one.md":        "open: one title the wrap cut over its indented text",
	"testdata/rt-w3-whole-wechat.md":            "open: a WeChat article's 编者按 alone",
	// Warned (kept so that a change of reading shows).
	"testdata/rt-toc-runin-plain.md":        "warned: a run-in title alone",
	"testdata/rt-w1-layout-columns.md":      "warned: a page in two columns, cut",
	"testdata/rt-w3-wechat-kicker.md":       "warned: a kicker over the one title",
	"testdata/rt-w8-brief-noblank-lists.md": "warned: no blank lines, one title",
	"testdata/rt-w8-brief-noblank-rule.md":  "warned: no blank lines, one title",
}

// TestOneArticleReadsTheSame: every numbered issue with no contents whose
// first entry has a title, cut right before its second entry (a briefing
// of one article), reads that entry with the same title and date, or
// warns. (One plain title over dated text had been too few to read as a
// title: 青岚史志简讯 / 2024年第5期 / … / 县史志办举办业务培训班 / 5月14日，…
// had read as an entry of text alone, the title, and the article, with
// no title, silently.)
func TestOneArticleReadsTheSame(t *testing.T) {
	n := 0
	for _, fx := range numberedIssues(t, nil) {
		if _, ok := oneArticleSkip[fx.path]; ok || len(fx.iss.TOC) > 0 {
			continue
		}
		var first, second int
		var title, date string
		warns := len(fx.iss.Warnings)
	entries:
		for _, s := range fx.iss.Sections {
			for _, e := range s.Entries {
				if first == 0 {
					if e.Title == "" {
						break entries
					}
					first, title, date = e.Line, e.Title, e.Date.String()
					continue
				}
				second = e.Line
				break entries
			}
		}
		lines := strings.Split(fx.text, "\n")
		if first == 0 || second == 0 || second-1 > len(lines) {
			continue
		}
		n++
		got, err := ParseAll([]byte(strings.Join(lines[:second-1], "\n")))
		if err != nil {
			t.Fatal(err)
		}
		var gt, gd string
	found:
		for _, s := range got[0].Sections {
			for _, e := range s.Entries {
				if e.Line >= first-2 {
					gt, gd = e.Title, e.Date.String()
					break found
				}
			}
		}
		if (gt != title || gd != date) && len(got[0].Warnings) <= warns {
			t.Errorf("%s cut to its first article reads it %q %s, not %q %s, silently", fx.path, gt, gd, title, date)
		}
	}
	if n < 300 {
		t.Fatalf("only %d fixtures tried", n)
	}
}
