package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// hardBroken puts mark at the end of each line a converter ends with a
// hard line break: a line of a paragraph (or a list item) followed by
// another line of it, as pandoc writes a docx's Shift+Enter (\), turndown
// and Typora two spaces, an HTML page's copy <br>. Not a heading, a
// table's row or border, a fence or what is inside it, a blank or form
// feed line, a line that ends with a break already, nor a line the next
// block begins after (a heading, a list item, a table, a fence, a rule, a
// Setext underline, a quote, a comment, a div). marks are used in turn,
// line after line (<br>, <br/>, <BR />: the forms converters write).
func hardBroken(s string, marks ...string) string {
	ls := strings.Split(s, "\n")
	blockStart := func(l string) bool {
		t := strings.TrimSpace(l)
		if t == "" {
			return true
		}
		for _, p := range []string{"#", "|", "+-", "+=", "```", "~~~", "- ", "* ", "+ ", ">", "---", "===", "***", "<!--", ":::"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
		k := strings.IndexAny(t, ".)")
		return k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "" && strings.HasPrefix(t[k+1:], " ")
	}
	item := func(l string) bool {
		t := strings.TrimLeft(l, " ")
		return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ")
	}
	fence := false
	n := 0
	for i, l := range ls {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence || i+1 >= len(ls) || blockStart(l) && !item(l) || blockStart(ls[i+1]) {
			continue
		}
		if lt := strings.ToLower(t); strings.HasSuffix(t, "\\") || strings.HasSuffix(lt, "<br>") || strings.HasSuffix(lt, "<br/>") || strings.HasSuffix(lt, "<br />") || strings.HasSuffix(l, "  ") {
			continue
		}
		ls[i] = l + marks[n%len(marks)]
		n++
	}
	return strings.Join(ls, "\n")
}

// trailingBlanks puts two spaces at the end of every line that is not
// blank: Markdown's hard break as Typora, Obsidian, turndown (br: "  ")
// and many docx to Markdown tools write it on every line, and the blanks
// pdftotext or a copy from a page leaves.
func trailingBlanks(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		if strings.TrimSpace(l) != "" {
			ls[i] = l + "  "
		}
	}
	return strings.Join(ls, "\n")
}

// tabIndented sets in by a tab each paragraph set in by four spaces or
// two ideographic spaces (and no more): the Tab key a typist presses
// before a paragraph in Word or WPS, saved as text.
func tabIndented(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		switch {
		case strings.HasPrefix(l, "    ") && len(l) > 4 && l[4] != ' ' && l[4] != '\t' && !strings.HasPrefix(l[4:], "\u3000"):
			ls[i] = "\t" + l[4:]
		case strings.HasPrefix(l, "\u3000\u3000") && len(l) > 6 && l[6] != ' ' && l[6] != '\t' && !strings.HasPrefix(l[6:], "\u3000"):
			ls[i] = "\t" + l[6:]
		}
	}
	return strings.Join(ls, "\n")
}

// laidOut reports whether text is a copy pdftotext -layout printed (or
// holds its tables): three lines at least with a gap of four spaces
// inside their text (columns, a table's cells, a head beside the text,
// each line set in by the page's margin). No converter ends its lines with a hard
// break, no typist sets them in by a tab: a mark at a line's end or a tab
// for its margin moves its columns, which the transform, not the
// parser, is to blame for.
func laidOut(text string) bool {
	gaps := 0
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimLeft(l, " \u3000")
		if k := strings.Index(t, "    "); k > 0 && strings.TrimSpace(t[k:]) != "" {
			gaps++
		}
	}
	return gaps >= 3
}

// Why a fixture still reads otherwise with its lines so ended or set in
// (by the form's name, then the fixture's), where the transform, not the
// parser, is to blame, or a form is open: none today. A layout copy is
// left out by laidOut for every form but the two spaces, which it reads
// the same with; a fixture a form leaves as it is is not counted.
var lineEndSkip = map[string]map[string]string{
	"two spaces":  {},
	"a backslash": {},
	"<br>":        {},
	"a tab":       {},
}

// TestLineEndsReadTheSame: every fixture reads the same (the outline:
// title and numbers, warnings counted, sections, entries, paragraphs,
// dates) with a hard line break at the end of its paragraphs' lines (two
// spaces after every line, a backslash, <br> in its forms), and with its
// paragraphs set in by a tab: a hard break is a line's end, which these
// copies have anyway, trailing blanks are nothing, a tab is an indent.
func TestLineEndsReadTheSame(t *testing.T) {
	forms := []fixtureChange{
		{"two spaces", trailingBlanks, 950},
		{"a backslash", func(s string) string { return hardBroken(s, "\\") }, 360},
		{"<br>", func(s string) string { return hardBroken(s, "<br>", "<br/>", "<BR />") }, 360},
		{"a tab", tabIndented, 75},
	}
	readsTheSameChanged(t, forms, func(form, base string, layout bool) bool {
		_, skip := lineEndSkip[form][base]
		return skip || form != "two spaces" && layout
	}, "with %s at its lines")
}

// w17brOutline is every entry of iss as section | title | date |
// paragraphs, one a line, then each warning as line: message.
func w17brOutline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s | %s | %s | %d\n", s.Name, e.Title, e.Date, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "warning %d: %s\n", w.Line, w.Message)
	}
	return b.String()
}

// w17brCheck parses testdata/file and compares its issues' summary, the
// outline of every issue (w17brOutline, joined) and the paragraphs of
// the entries paras names (by their place in that outline).
func w17brCheck(t *testing.T, file, summary, outline string, paras map[int][]string) {
	t.Helper()
	all := parseAllFile(t, file)
	if got := issuesSummary(all); got != summary {
		t.Errorf("%s: issues %s, want %s", file, got, summary)
	}
	var b strings.Builder
	for _, iss := range all {
		b.WriteString(w17brOutline(iss))
	}
	checkParas(t, file, all, paras)
	if got := b.String(); got != outline {
		t.Errorf("%s: outline\n%s\nwant\n%s", file, got, outline)
	}
	if len(all) == 1 {
		checkLossless(t, file, string(readFixture(t, file))) // (a later issue's cover is its model's, not its body's)
	}
}

// TestRedTeamW17BrTypora: a report as Typora (or turndown, Obsidian)
// writes a docx's lines, two spaces at the end of each: a bold title, its
// text's lines, a bold lead-in (**会议要求：**) over its sentence, an
// essay's points in bold over their text. The two spaces are each line's
// end: the lead-in had been an entry of its own (会议要求：), a point run
// into its text.
func TestRedTeamW17BrTypora(t *testing.T) {
	w17brCheck(t, "rt-w17-br-typora.md", "宁川史志|2023|11|215|3|0",
		"工作动态 | 县史志办召开县志评审会 | 2023-11-10 | 2\n"+
			"工作动态 | 全县村志编纂工作推进会召开 | 2023-11-16 | 2\n"+
			"史志研究 | 论方志在乡村振兴中的资政作用 |  | 6\n",
		map[int][]string{
			0: {"11月10日，县史志办召开《宁川县志（1990—2020）》评审会，特邀省市专家对志稿进行评审。",
				"会议要求：各编纂单位要按照评审意见，认真修改完善志稿，确保按期出版。"},
			2: {"文/何建平", "方志是记述地方情况的百科全书，在乡村振兴中具有重要的资政作用。",
				"一、方志资政的理论基础", "方志“资治、存史、教化”的功能，决定了其在乡村振兴中的独特地位。",
				"二、几点思考", "一是加强顶层设计，二是注重成果转化。"},
		})
}

// TestRedTeamW17BrPandoc: a docx whose lines end with Shift+Enter, as
// pandoc writes it (a backslash at each line's end): the cover, an
// article's lines, a chronicle's month and its continued month (11月(续)\)
// over their days. The backslash is the line's end: the continued month
// had been the last day's second paragraph, its days the month before's.
func TestRedTeamW17BrPandoc(t *testing.T) {
	w17brCheck(t, "rt-w17-br-pandoc.md", "宁川史志|2023|11|215|6|0",
		"工作动态 | 县史志办召开县志评审会 | 2023-11-10 | 1\n"+
			"工作动态 | 全县村志编纂工作推进会召开 | 2023-11-16 | 2\n"+
			"11月 |  | 2023-11-05 | 1\n"+
			"11月 |  | 2023-11-12 | 1\n"+
			"11月(续) |  | 2023-11-20 | 1\n"+
			"11月(续) |  | 2023-11-28 | 1\n",
		map[int][]string{
			0: {"11月10日，县史志办召开《宁川县志（1990—2020）》评审会，特邀省市专家对志稿进行评审。"},
			1: {"11月16日，全县村志编纂工作推进会在县会议中心召开。", "副县长张国强出席并讲话。"},
			3: {"12日\u3000县委召开全委扩大会议，研究部署秋收秋种工作。"},
		})
}

// TestRedTeamW17BrHTMLBound: a bound volume of two issues copied from an
// HTML page, each line ended by <br>, <br/>, <br /> or <BR>: the volume's
// cover, then each issue's cover (宁川史志<br> / 2023年第2期<br>). The break
// is the line's end: the second issue's cover had been no cover, the
// issue run into the first (its first entry the first's last's text).
func TestRedTeamW17BrHTMLBound(t *testing.T) {
	w17brCheck(t, "rt-w17-br-html-bound.md", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|0|2|0; 宁川史志|2023|2|0|2|0",
		"工作动态 | 县史志办召开2023年工作会议 | 2023-01-10 | 1\n"+
			"工作动态 | 《宁川年鉴（2023）》编纂工作启动 | 2023-01-18 | 1\n"+
			"工作动态 | 县志办开展地情资料征集活动 | 2023-02-08 | 1\n"+
			"工作动态 | 东城区完成村志初稿 | 2023-02-20 | 1\n",
		map[int][]string{
			1: {"1月18日，县史志办召开年鉴编纂工作会议，启动《宁川年鉴（2023）》编纂工作。"},
			2: {"2月8日，县志办在全县开展地情资料征集活动，共征集资料200余件。"},
		})
}

// TestRedTeamW17BrWordTabs: essays as Word's "save as text" leaves them
// where the typist centred each title and author by tabs and set in each
// paragraph by one: the title and the author are lines of their own, as
// they are centred by spaces (and said: no blank line parts them from
// the text). They had run into each other and into the text, silently
// (宁川古渡口考略李秀英宁川古渡口位于…).
func TestRedTeamW17BrWordTabs(t *testing.T) {
	w17brCheck(t, "rt-w17-br-word-tabs.md", "宁川史志|2023|11|0|1|2",
		" |  |  | 8\n"+
			"warning 5: \"宁川古渡口考略\", a short line that ends no sentence over a paragraph, read as a paragraph: a title?\n"+
			"warning 9: \"宁川县志编纂始末\", a short line that ends no sentence over a paragraph, read as a paragraph: a title?\n",
		map[int][]string{
			0: {"史志研究", "宁川古渡口考略", "李秀英",
				"宁川古渡口位于县城西关，始建于明代，是旧时县城通往河西的要津。",
				"清代以后，渡口几经兴废。民国年间，渡口设有义渡，往来行人免费过渡。",
				"宁川县志编纂始末",
				"宁川县志的编纂，始于上世纪八十年代。当时县里成立了编纂委员会，抽调人员，广泛搜集资料。",
				"志稿几经修改，终于付梓。这部志书记述了宁川县的历史与现状，是一部资料翔实的地情书。"},
		})
}
