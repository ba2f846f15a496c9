package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// bodyText is what the lossless property compares: the characters of the
// source body of each issue in the text, from the line where the parser
// says it begins, without the markup (heading hashes, rules, Setext
// underlines, ** and <b>, converter tags, invisible characters) and
// without white space. Lines the model lists as page furniture are not
// body text: they are accounted for in Issue.Furniture, and each must be,
// character for character, the line it names.
func bodyText(t testing.TB, text string) (string, bool) {
	lines := splitLines(text)
	var b strings.Builder
	yearbook := false
	heads := headingShift(lines) // as parseAll reads the headings
	inv, _ := scanE2(text)
	marks := headingsMarked(text, nil, heads, textNeedles(text, nil), inv)
	split := lines
	if marks {
		split = plainHeadings(lines, heads)
	}
	off, at := 0, 0 // byte offset in text of lines[at]
	for _, part := range splitIssues(split) {
		ls := lines[part.lo:part.hi]
		// The part's text as parseAll cuts it, its last line's newline
		// with it where the text has one (a rule may look for a line by
		// its newline: 0跘 / == read as a title only so).
		for ; at < part.lo; at++ {
			off += len(lines[at]) + 1
		}
		end := off
		for _, l := range ls {
			end += len(l) + 1
		}
		p := &parser{text: text[off:min(end, len(text))], lines: append([]string(nil), ls...), iss: &model.Issue{}}
		p.volume, p.head = part.volume, heads.part(part.lo, part.hi) // as parseAll sets them
		p.headMarks = -1
		if marks {
			p.headMarks = 1
		}
		p.parse()
		yearbook = yearbook || p.yearbook
		furn := make(map[int]bool, len(p.iss.Furniture))
		for _, f := range p.iss.Furniture {
			// Where pages in two columns were put in reading order, the
			// model's lines (parse's, before parseAll gives the source's
			// back) are the reordered text's: a furniture line, never
			// split, is the source line it came from.
			at := f.Line - 1
			if p.colSrc != nil {
				at = int(p.colSrc[at])
			}
			src, _ := cleanLine(lines[part.lo+at])
			if f.Kind == model.RunningHead && trim(f.Text) != trim(src) {
				// A head set across the page with the name of the column
				// that begins there: the head's side is furniture, the
				// name text; the two are the line's two sides.
				if parts := gapParts(trim(src)); len(parts) != 2 || !(parts[0] == f.Text && parts[1] == p.lines[f.Line-1] || parts[1] == f.Text && parts[0] == p.lines[f.Line-1]) {
					t.Fatalf("furniture at line %d is %q and the text %q, the line is %q", part.lo+f.Line, f.Text, p.lines[f.Line-1], src)
				}
				continue
			}
			if f.Kind == model.PageNumber && trim(f.Text) != trim(src) && strings.HasSuffix(trim(src), trim(f.Text)) && trim(p.lines[f.Line-1]) == strings.TrimSuffix(trim(src), trim(f.Text)) {
				continue // a page's number run into its last sentence (…发言。- 3 -): the line's text and the number
			}
			furn[f.Line-1] = true
			if f.Kind != model.FormFeed && f.Kind != model.Image && f.Kind != model.Markup && trim(dropBreaks(f.Text)) != trim(dropBreaks(src)) {
				t.Fatalf("furniture at line %d is %q, the line is %q", part.lo+f.Line, f.Text, src)
			}
			// A line of tags is kept as it is; a Setext underline as
			// cleaned (===\f: the form feed is a page break, in p.breaks).
			if f.Kind == model.Markup && f.Text != lines[part.lo+at] && f.Text != src {
				t.Fatalf("markup at line %d is %q, the line is %q", part.lo+f.Line, f.Text, lines[part.lo+at])
			}
		}
		// An editors' note above the table of contents is the body's
		// first entry (preface): its lines come first.
		for i := p.prefaceLo; i < len(p.lines); i++ {
			if i == p.prefaceHi {
				i = max(i, p.bodyStart)
				if i == len(p.lines) {
					break
				}
			}
			l := p.lines[i] // cleaned; furniture found before the body is empty
			if isBlank(l) || furn[i] || strings.HasPrefix(l, "[^") {
				continue // (a note's definition: see modelText)
			}
			if _, h, ok := heading(l); ok {
				b.WriteString(twinOrnament(h))
				continue
			}
			if rule(l) {
				continue
			}
			if _, last, ok := htmlTable(p.lines, i); ok {
				// An HTML table's text, without its tags: the model
				// holds its rows between bars, which canonical drops.
				for k := i; k <= last; k++ {
					if !furn[k] { // (a chronicle's header row on its line: markup)
						b.WriteString(htmlTagRE.ReplaceAllString(p.lines[k], ""))
					}
				}
				i = last
				continue
			}
			if l[0] == '|' && i > 0 && gridBorder(lines[part.lo+i-1]) {
				if text, last, ok := gridColumns(p.iss, p.lines, i); ok {
					// A chronicle's grid row whose date cell wrapped
					// too: the model joins each cell's lines, a cell
					// after another.
					b.WriteString(text)
					i = last
					continue
				}
			}
			if title, ok := markedTitle(trim(l)); ok && !p.yearbook && entryAt(p.iss, i+1, title) {
				// ▲澧县完成年鉴终审 alone: the mark is the title's, as ** is.
				_, n := utf8.DecodeRuneInString(trim(l))
				l = trim(l)[n:]
			} else if title, _, ok := runInTitle(trim(l)); ok && !p.yearbook && entryAt(p.iss, i+1, title) {
				// ●title　3月5日，…: the bullet is the title's mark, as ** is.
				_, n := utf8.DecodeRuneInString(trim(l))
				l = trim(l)[n:]
			}
			if sectionAt(p.iss, i+1) {
				l = twinOrnament(l) // ◆社会民生◆ read as a section; a paragraph ★0★ keeps both
			}
			b.WriteString(l)
		}
	}
	return canonical(b.String()), yearbook
}

// gridColumns reads the grid table's row that begins at lines[i] a cell
// after another, each cell's lines in order, where the model has the row
// so (its paragraph at the row's line opens with the first cell's lines
// joined) and that order is not the lines' own; it returns the text and
// the row's last line.
func gridColumns(iss *model.Issue, lines []string, i int) (string, int, bool) {
	j := i
	for j < len(lines) && strings.HasPrefix(lines[j], "|") && !gridBorder(lines[j]) {
		j++
	}
	if j == i+1 || j >= len(lines) || !gridBorder(lines[j]) {
		return "", 0, false
	}
	var cols []strings.Builder
	var byLine strings.Builder
	for k := i; k < j; k++ {
		cells := tableCells(lines[k])
		if cols == nil {
			cols = make([]strings.Builder, len(cells))
		}
		if len(cells) != len(cols) {
			return "", 0, false
		}
		for n, c := range cells {
			cols[n].WriteString(c)
			byLine.WriteString(c)
		}
	}
	var text strings.Builder
	for n := range cols {
		text.WriteString(cols[n].String())
	}
	if text.String() == byLine.String() {
		return "", 0, false
	}
	first := canonical(cols[0].String())
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if p.Line == i+1 && strings.HasPrefix(canonical(p.Text), first) {
					return text.String(), j - 1, true
				}
			}
		}
	}
	return "", 0, false
}

// twinOrnament drops the ornament that closes a short line it opens
// (◆社会民生◆): the section's label, which the model holds once.
func twinOrnament(l string) string {
	t := strings.TrimSpace(l)
	if n := dashTwin(t); n > 0 {
		return t[:len(t)-n] // —— 时政要闻 ——: the label is the first run
	}
	first, n := utf8.DecodeRuneInString(t)
	last, m := utf8.DecodeLastRuneInString(t)
	if len(t) > n+m && first == last && strings.ContainsRune("★☆◆◇■□▌●○▶►◎※", first) && utf8.RuneCountInString(t) <= 30 {
		return t[:len(t)-m]
	}
	return l
}

// dropBrackets drops the brackets a yearbook's item (条目) titles are
// printed in: the model holds the title without them, as it holds a bold
// title without its **.
func dropBrackets(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("【】〖〗［］[]〔〕", r) {
			return -1
		}
		return r
	}, s)
}

// modelText is the body as the model holds it, in reading order. The
// footnotes' definitions are left out: each is under the article that
// calls it, out of the source's order where it was not printed there
// (placeNotes), and bodyText does not count their lines either.
func modelText(issues []*model.Issue, src []string) string {
	var b strings.Builder
	for _, iss := range issues {
		for _, s := range iss.Sections {
			if s.Line > 0 {
				// A section printed in the body; one named from the table
				// of contents (sectionsFromTOC) has no line, nor body text.
				b.WriteString(s.Label)
				b.WriteString(s.Name)
			}
			for _, e := range s.Entries {
				b.WriteString(e.Title)
				for _, p := range e.Paragraphs {
					if p.Line > 0 && p.Line <= len(src) && strings.HasPrefix(src[p.Line-1], "[^") {
						continue // a note, placed under its call
					}
					b.WriteString(p.Text)
				}
			}
		}
	}
	return canonical(b.String())
}

// canonical drops white space and markup tokens until none are left, so
// that markup split or formed across lines counts the same on both sides.
// Backslashes are dropped too (see dropBreaks), and a footnote's caret
// ([^1], which the model writes [1] where it placed the note).
func canonical(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '|' {
			return -1 // a table's bars: an HTML table's rows are given them
		}
		return r
	}, dropBreaks(dropSpans(strings.ReplaceAll(s, "[^", "["))))
	for {
		t := stripMarkup(dropBreaks(s))
		if t == s {
			return s
		}
		s = t
	}
}

// htmlTagRE matches an HTML tag.
var htmlTagRE = regexp.MustCompile(`<[^>]*>`)

// dropBreaks drops the backslashes of s. A backslash is Markdown's:
// before punctuation it escapes it, before a line end it is a hard break,
// and the parser reads it as one or the other or as text, by where it is
// (after a bold title, inside a paragraph); the property counts every
// character but it.
func dropBreaks(s string) string {
	return strings.ReplaceAll(s, "\\", "")
}

// checkLossless asserts that every character of the body of text is in the
// model parsed from it, in order.
func checkLossless(t testing.TB, name, text string) {
	t.Helper()
	// A copy in traditional characters is read through its simplified
	// view (hant.go): its body is the view's, and the model's text, in
	// the copy's characters, is compared folded.
	// Figures a formula OCR set as math are read as their text
	// (mathView): the body is that text's.
	base := text
	if m := mathView(text, nil); m != "" {
		base = m
	}
	read := base
	if v := hantView(base); v != "" {
		read = v
	}
	want, yearbook := bodyText(t, read)
	issues, _, _ := parseRead(text, nil)
	got := modelText(issues, splitLines(read))
	if read != base {
		got = foldHant(got)
	}
	if yearbook {
		want, got = dropBrackets(want), dropBrackets(got)
	}
	if want == got {
		return
	}
	if w, g := withoutFootNotes(want, got, issues); w == g {
		return // a page's footnotes, put after the sentence the page cut (rejoinAfterNotes)
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-60)
	t.Fatalf("%s: body text lost or changed at byte %d:\nsource: …%s…\nmodel:  …%s…",
		name, i, clip(want, lo, i+60), clip(got, lo, i+60))
}

// withoutFootNotes drops from want and got, the source's body and the
// model's, the text of every footnote the model holds as a paragraph of
// its own (① …, [1] …, 注：…) but an entry's first: a note a page break
// set inside a sentence is held after the sentence, which reads whole,
// out of the source's order (see rejoinAfterNotes).
func withoutFootNotes(want, got string, issues []*model.Issue) (string, string) {
	for _, iss := range issues {
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				for i, p := range e.Paragraphs {
					if i == 0 || !noteLine(p.Text) && circledNumber(p.Text) == 0 && figureNote(p.Text) == "" {
						continue
					}
					n := canonical(p.Text)
					want = strings.Replace(want, n, "", 1)
					got = strings.Replace(got, n, "", 1)
				}
			}
		}
	}
	return want, got
}

// clip returns s[lo:hi] widened to rune boundaries.
func clip(s string, lo, hi int) string {
	hi = min(hi, len(s))
	lo = min(lo, hi)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return s[lo:hi]
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixtures are the small documents of fixtures_test.go, also fuzz seeds.
var fixtures = []string{fixFront, fixTOC}

func TestLosslessSample(t *testing.T) {
	text, _, _, err := decode(readTestdata(t, sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, sampleFile, text)
	for _, v := range variants {
		checkLossless(t, v.name, decodeVariant(t, v))
	}
	for i, f := range fixtures {
		checkLossless(t, fmt.Sprint("fixture ", i), f)
	}
}

// TestCutAnywhere cuts the sample at many points, inside characters too:
// everything before the cut is kept, a cut character is reported, and
// nothing panics.
func TestCutAnywhere(t *testing.T) {
	src := readTestdata(t, sampleFile)
	step := 97
	if testing.Short() {
		step = 997
	}
	for n := 1; n < len(src); n += step {
		prefix := src[:n]
		iss, err := Parse(prefix)
		if err != nil {
			if strings.TrimSpace(string(prefix)) == "" {
				continue
			}
			t.Fatalf("cut at %d: %v", n, err)
		}
		midRune := !utf8.RuneStart(src[n])
		hasWarn := false
		for _, w := range iss.Warnings {
			if strings.Contains(w.Message, "multi-byte") {
				hasWarn = true
			}
		}
		if midRune != hasWarn {
			t.Errorf("cut at %d (inside a character: %v): multi-byte warning %v", n, midRune, hasWarn)
		}
		text, _, _, _ := decode(prefix)
		checkLossless(t, fmt.Sprint("cut at ", n), text)
	}
}

func FuzzParse(f *testing.F) {
	// Seeds stay small: the engine minimizes every new input it finds,
	// and a 73 KB seed makes that take longer than the fuzzing. The whole
	// sample is covered by TestLosslessSample and TestCutAnywhere.
	sample := readTestdata(f, sampleFile)
	body := BodyLine(string(sample))
	lines := strings.SplitAfter(string(sample), "\n")
	f.Add([]byte(strings.Join(lines[:40], "")))            // front matter and TOC
	f.Add([]byte(strings.Join(lines[40:70], "")))          // masthead, distribution, TOC in tabs
	f.Add([]byte(strings.Join(lines[body-1:body+12], ""))) // start of the body
	f.Add([]byte(strings.Join(lines[255:285], "")))        // #### entries, split dates
	for _, fx := range fixtures {
		f.Add([]byte(fx))
	}
	f.Add([]byte("## 时政要闻\n\n**标题** 11月15\n\n日，会议召开\n\n"))
	f.Add([]byte("# 宁川年鉴（2023）\n\n## 政治\n\n### 县委工作\n\n【重要会议】1月10日，全会召开。\n\n【组织】全年\n选拔干部。\n"))
	f.Add([]byte("宁川年鉴\n\n第一篇 概况\n\n人口\n\n〖户籍〗\n年末人口56万。\n**【面积】**1234平方千米。\n"))
	f.Add([]byte("- 标题  \n续 ..... (6)\n<b>会议</b>\t\n"))
	f.Add([]byte(toHant(strings.Join(lines[body-1:body+12], ""))))                                                                  // in traditional characters
	f.Add([]byte("# 宁川月报\n\n$2 0 2 3$ 年第 $1 1$ 期\n\n## 要闻\n\n$1 1$ 月 $3$ 日，增长 $9.\\,9\\%$ ，$x^{2}$ 与 $100 和 $\\textcircled{1}$\n")) // figures as a formula OCR sets them
	f.Fuzz(func(t *testing.T, data []byte) {
		iss, err := Parse(data)
		if err != nil {
			return
		}
		if iss == nil {
			t.Fatal("nil issue without error")
		}
		text, _, _, err := decode(data)
		if err != nil {
			t.Fatalf("Parse succeeded but decode failed: %v", err)
		}
		checkLossless(t, "fuzz input", text)
	})
}

// TestLosslessFamilies: every character of each family fixture's body is
// in its model, in order, or accounted for as furniture.
func TestLosslessFamilies(t *testing.T) {
	for _, f := range families {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			text, _, _, err := decode(readFamily(t, f.file))
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, f.file, text)
		})
	}
}

// entryAt reports whether iss has an entry titled title at 1-based line n.
// sectionAt reports whether iss has a section whose heading is line n.
func sectionAt(iss *model.Issue, n int) bool {
	for _, s := range iss.Sections {
		if s.Line == n {
			return true
		}
	}
	return false
}

func entryAt(iss *model.Issue, n int, title string) bool {
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Line == n && e.Title == title {
				return true
			}
		}
	}
	return false
}
