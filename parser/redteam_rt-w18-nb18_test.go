package parser

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// blankLost is text with every blank line of its body (from BodyLine on)
// taken out, the cover and the contents kept as they are: plain
// pdftotext (without -layout), docx2txt, a web page's paste, WPS's "save
// as text" give a paragraph a line with no blank line between. With
// indent, each paragraph's first line (where ref, text's reading, begins
// one) is set in by two ideographic spaces where it was not: Word's
// first-line indent.
func blankLost(text string, ref []*model.Issue, indent bool) string {
	body := BodyLine(text)
	lines := strings.Split(text, "\n")
	starts := map[int]bool{}
	if indent {
		for _, iss := range ref {
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					for _, p := range e.Paragraphs {
						starts[p.Line] = true
					}
				}
			}
		}
	}
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if i < body-1 {
			out = append(out, l)
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if starts[i+1] && wrappable(l) && l[0] != ' ' && l[0] != '\t' && !strings.HasPrefix(l, "\u3000") {
			l = "\u3000\u3000" + l
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// blankLostWrapped is text's body hard-wrapped at cols cells, each
// paragraph line cut as wrapPara cuts it (the first line keeps its
// indent, the rest flush): plain pdftotext of a Word copy. A Latin word
// the wrap cut that the copy does not hold whole elsewhere is not cut
// (wrapPara's noCut), as a converter keeps a word whole.
func blankLostWrapped(text string, cols int) string {
	keep := func(l string) bool { return !wrappable(l) || displayWidth(l) <= cols }
	return wrapLines(text, BodyLine(text), cols, keep, func([]string) bool { return false })
}

// blankLostSet reports whether text is a copy the sweep leaves out: one
// hard-wrapped already (its paragraphs' lines, without their blank lines,
// are the wrapped variant's business), or laid out in columns by runs of
// spaces (pdftotext -layout, whose blank lines are its layout's).
func blankLostSet(text string) bool {
	var hist [maxWrap + 1]int
	total := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if w := displayWidth(l); w >= 12 {
			total++
			hist[min(w, maxWrap)]++
		}
	}
	return wrapWidth(&hist, total, 3) > 0 || blankLostLayout.MatchString(text)
}

var blankLostLayout = regexp.MustCompile(`\S[ \x{3000}]{4,}\S`)

// TestBlankLinesLostReadTheSame: every fixture reads the same (its
// outline: sections, entries, their titles and dates, paragraphs and
// their dates; warnings not counted, as a copy without blank lines is
// more often in doubt) with its body's blank lines taken out, a
// paragraph a line; so again with each paragraph's first line set in by
// 　　; and so again hard-wrapped at 48 cells. blankLostSkip lists the
// fixtures still read otherwise.
func TestBlankLinesLostReadTheSame(t *testing.T) {
	forms := []struct {
		name string
		f    func(text string, ref []*model.Issue) string
	}{
		{"no blank lines", func(s string, ref []*model.Issue) string { return blankLost(s, ref, false) }},
		{"indented", func(s string, ref []*model.Issue) string { return blankLost(s, ref, true) }},
		{"indented and wrapped", func(s string, ref []*model.Issue) string {
			return blankLostWrapped(blankLost(s, ref, true), 48)
		}},
	}
	none := func(model.Warning) bool { return false }
	tried := make([]int, len(forms))
	for _, fx := range fixtureTexts(t) {
		if blankLostSet(fx.text) {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			continue
		}
		want := shapeCounting(ref, none)
		base := filepath.Base(fx.path)
		for k, c := range forms {
			if _, skip := blankLostSkip[k][base]; skip {
				continue
			}
			alt := c.f(fx.text, ref)
			if alt == fx.text {
				continue
			}
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			tried[k]++
			if d := shapeDiff(want, shapeCounting(got, none)); d != "" {
				t.Errorf("%s with %s reads otherwise: %s", fx.path, c.name, d)
			}
		}
	}
	for k, c := range forms {
		t.Logf("%s: %d fixtures tried", c.name, tried[k])
		if tried[k] < 600 {
			t.Errorf("%s: only %d fixtures tried", c.name, tried[k])
		}
	}
}

// TestRedTeamW18NoBlanks: a report saved as text with no blank line
// between its paragraphs (docx2txt, WPS): a bold title alone over its
// text that opens with its reporter's lead-in, a lead-in a colon ends
// over a tight list, bold titles run into their text, a column's name in
// brackets, 附件： over the annex's title (its last line, which ends no
// sentence: the warning is the copy's). The lead-in had been a
// paragraph of its own (the text's date lost), the first item run into
// the sentence above it (会议要求：- 按时…), the annex's title into 附件：.
func TestRedTeamW18NoBlanks(t *testing.T) {
	w17brCheck(t, "rt-w18-nb18-noblanks.md", "宁川史志|2024|3|0|4|1",
		"工作动态 | 县史志研究室召开年鉴审稿会 | 2024-03-12 | 3\n"+
			"工作动态 | 县志办开展口述史采集 | 2024-03-20 | 1\n"+
			"工作动态 | 县方志馆举办地情讲座 | 2024-03-26 | 1\n"+
			"【县区动态】 | 石桥乡召开村志编纂推进会 | 2024-03-21 | 3\n"+
			"warning 17: the text ends mid-sentence (truncated file?)\n", map[int][]string{
			0: {"（记者　孙　晓）3月12日，县史志研究室召开年鉴审稿会，各承编单位联络员参加会议。会议要求：",
				"- 按时报送年鉴稿件，确保资料完整。", "- 严把资料质量关，做到数据准确。"},
			3: {"3月21日，石桥乡召开村志编纂推进会，部署下一阶段工作。", "附件：", "石桥乡村志编纂工作方案"},
		})
}

// TestRedTeamW18Indented: an article saved as text from Word, every
// paragraph's first line set in by 　　 (the byline and the bold points
// too), no blank line between: the byline, each point and its text a
// paragraph each (they had run into one another, 县政务服务和大数据管理局去年以来，…,
// silently, with a warning on the title that was read right).
func TestRedTeamW18Indented(t *testing.T) {
	w17brCheck(t, "rt-w18-nb18-indented.md", "宁川史志|2024|3|0|1|0",
		"经验交流 | 以“一网通办”为抓手　打造政务服务新高地 |  | 6\n", map[int][]string{
			0: {"县政务服务和大数据管理局",
				"去年以来，我局坚持以企业和群众需求为导向，深化“一网通办”改革，县级政务服务事项网上可办率达到96.8%。",
				"一、坚持需求导向", "我局梳理高频事项126项，逐项优化办事流程，平均办理时限压缩60%。",
				"二、坚持数据赋能", "我局推动部门数据共享，累计归集数据2.6亿条，群众少跑腿、数据多跑路。"},
		})
}
