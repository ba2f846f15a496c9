package parser

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// renamedPublication makes of text, which reads as iss, the same number of
// another county's publication of the kind: the title's first two
// characters, and the compiler's, made 青岚 wherever printed (平顶山月报 →
// 青岚山月报, 宁川县地方史志办公室 → 青岚县地方史志办公室). It returns text
// unchanged where the title is too short to rename.
func renamedPublication(text string, iss *model.Issue) string {
	rename := func(s string) string {
		_, a := utf8.DecodeRuneInString(s)
		_, b := utf8.DecodeRuneInString(s[a:])
		if len(s) < a+b+3*2 {
			return s
		}
		return "青岚" + s[a+b:]
	}
	out := strings.ReplaceAll(text, iss.Title, rename(iss.Title))
	// The name letter-spaced, as an OCR prints a cover's (宁 川 史 志): the
	// same name, renamed too (it had stayed the first's, the second cover
	// the same publication's).
	spaced := func(s string) string { return strings.Join(strings.Split(s, ""), " ") }
	out = strings.ReplaceAll(out, spaced(iss.Title), spaced(rename(iss.Title)))
	if c := iss.Compiler; c != "" {
		out = strings.ReplaceAll(out, c, rename(c))
	}
	return out
}

// otherPublicationSkip lists the fixtures TestOtherPublicationsReadTheSame
// leaves out, each with why: by name (every join) or by name/join.
var otherPublicationSkip = map[string]string{
	// Covers the split reads no name on (as joinedSkip).
	"html.md":                     "the name in an HTML <h1>, the number in a <p>: the split reads no name in HTML tags",
	"masthead-back.md":            "the number only in the masthead at the back: no cover prints it",
	"masthead-issue.md":           "the number only in a masthead's table, under the title: not read by the split",
	"rt-c3-number-heading.md":     "the number set as a heading of its own (# **11**), its year under it: not read by the split",
	"rt-td-ocr-cover.md":          "an OCR's number (2O23年第1O期) the split does not read",
	"rt-i-marked-titles-plain.md": "the name and number on one plain line under a column's name: not read by the split",
	"rt-m-line-block.md":          "a cover in a line block (| 宁川月报 / | 2023年第11期): not read by the split",
	"rt-wb-grid-cover.md":         "a cover in a grid table: its border lines are no cover the split reads",
	"report-named-yearbook.md":    "宁川年鉴编纂工作简报 over 第11期 with no year: the number alone is not read as a cover's where the first cover gave a year",
	// One-line plain covers: a plain line of a name and a number after
	// text is as often an issue a list names; only the first cover's name
	// is taken on such a line.
	"rt-s10-head-cover-ff.md":     "a WeChat article's one-line plain title (宁州史志月报｜2023年第11期): another name on such a line is as often a list's",
	"rt-s10-head-cover-number.md": "a WeChat article's one-line plain title: as above",
	// A plain name that is no periodical's (临沂地情, 清河史志简讯) over
	// the number, with no office under it and not a heading: as a page's
	// running head prints a short name or a column's over the number
	// (史志动态 / 2024年第5期), which is no cover; not read as one.
	"rt-author-compound.md":        "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-byline-plain.md":           "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-bylines-plain.md":          "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-ch-report-months.md":       "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-cover-gaps.md":             "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-cover-one-space.md":        "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-cover-tabs.md":             "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-i-plain-bullet-titles.txt": "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-mh-bold-title-number.md":   "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-slash-question.md":         "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	"rt-tx-halfwidth-question.md":  "a plain name that is no periodical's over the number, no office under it: as a running head prints it",
	// The transform's: the Latin name is left as it is, so both covers
	// print it, and it is the name the split reads.
	"rt-c3-latin-heading.md": "the transform leaves the Latin name (NINGCHUAN YUEBAO) between the name and the number the same",
	"rt-mh-latin-name.md":    "the transform leaves the Latin name the same",
	// What a converter prints once for the whole file (as joinedSkip).
	"rt-m-obsidian.md":            "Obsidian's front matter, once a file",
	"rt-m-obsidian-links.md":      "Obsidian's front matter, once a file",
	"rt-m-pandoc-divs.md":         "pandoc's divs around the whole copy, once a file",
	"rt-wechat.md":                "a WeChat page's account lines and buttons around the cover: not read yet between issues",
	"rt-wechat-header.md":         "a WeChat page's header over the cover: not read yet between issues",
	"rt-w3-wechat-bar-credits.md": "a WeChat page's header over the cover: not read yet between issues",
	"rt-w3-wechat-columns.md":     "a WeChat page's header over the cover: not read yet between issues",
	"rt-w3-wechat-end-buttons.md": "a WeChat page's header over the cover: not read yet between issues",
	"rt-w3-wechat-kicker.md":      "a WeChat page's header over the cover: not read yet between issues",
	"rt-w3-whole-wechat.md":       "a WeChat page's header over the cover: not read yet between issues",
	"rt-w1-first-page.md":         "open: a letter-spaced name over a number in Chinese numerals, the contents' lines tight under the cover: the second's contents read as its body",
	// A form feed glued before the second cover's first line (\f# …)
	// reads that cover otherwise than alone, whatever the split: as in
	// joinedSkip, copies no form feed parts, and open ones.
	"rt-wb-docx-underline.md/a form feed":  "pandoc's copy of a docx, which no form feed parts",
	"rt-wb-docx-underline.md/nothing":      "pandoc's copy, which sets a blank line between blocks",
	"rt-w17-hd-notion-page.md/a form feed": "a Notion page's export, which no form feed parts",
	"two-columns.md/a form feed":           "the form feed before the second cover lets its page be read in its two columns (as joinedSkip)",
}

// TestOtherPublicationsReadTheSame: every fixture of one issue with its
// title and number, followed in one file by the same number of another
// county's publication of its kind (renamedPublication: a month's reports
// of two offices pasted or converted together), joined in each of the
// ways files of several issues are (issueJoins), reads as the two issues,
// each as its copy alone reads (warnings aside), or warns that another
// issue may begin, or warns more than the two copies alone. (The split had looked only for another number: the
// second issue had been the first one's last articles, on 295 of 510
// fixtures joined by a blank line, silently.)
func TestOtherPublicationsReadTheSame(t *testing.T) {
	n := 0
	for _, fx := range numberedIssues(t, nil) {
		base := filepath.Base(fx.path)
		if _, ok := otherPublicationSkip[base]; ok {
			continue
		}
		other := renamedPublication(fx.text, fx.iss)
		if other == fx.text {
			continue
		}
		alone, err := ParseAll([]byte(other))
		if err != nil {
			t.Fatal(err)
		}
		if len(alone) != 1 {
			continue
		}
		n++
		want := readShapeQuiet([]*model.Issue{fx.iss}) + readShapeQuiet(alone)
		first := strings.TrimRight(fx.text, "\n \t")
		for _, j := range issueJoins {
			if _, ok := otherPublicationSkip[base+"/"+j.name]; ok {
				continue
			}
			got, err := ParseAll([]byte(first + j.sep + other))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(want, readShapeQuiet(got)); d != "" && !saysAnotherIssue(got) && warningCount(got) <= warningCount([]*model.Issue{fx.iss})+warningCount(alone) {
				t.Errorf("%s and another publication's same number, joined by %s, read otherwise (%d issues), silently: %s", base, j.name, len(got), d)
			}
		}
	}
	if n < 450 {
		t.Fatalf("only %d fixtures tried", n)
	}
}

// warningCount is the number of warnings of all.
func warningCount(all []*model.Issue) int {
	n := 0
	for _, iss := range all {
		n += len(iss.Warnings)
	}
	return n
}
