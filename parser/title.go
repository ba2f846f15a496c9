// Entry titles as the text sets them apart: in bold (a whole line, cut in
// two by a wrap, or in a list's item), after a bullet, in brackets, run
// into their text before its date, or plain as the table of contents lists
// them, with a newspaper's lead-in (引题) over one. The tests here say
// whether a line or a block begins with a title, and cut the title from
// the text after it.

package parser

import (
	"strings"
	"unicode/utf8"
)

// bulletTitles takes the list marker off the body's lines that are a
// bold title in a list item (-   **会议甲召开** 11月10日，…, as a docx's
// bulleted paragraphs convert): the marker is markup, and the title is
// read behind it; an ordered list's number goes into the bold (see
// numberedBold). Only over bold: a list in an article stays as it is.
func (p *parser) bulletTitles() {
	if !p.textHas("**") && !p.textHas("__") && !p.textHas("<") {
		return // (clean made __title__ and <b>title</b> **title**: the text still has them so)
	}
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if len(l) >= 6 && l[0] >= '1' && l[0] <= '9' {
			p.lines[i] = numberedBold(l)
			continue
		}
		if len(l) < 6 || l[0] != '-' && l[0] != '*' && l[0] != '+' || l[1] != ' ' {
			continue
		}
		if t := trimLeftSpaces(l[1:]); (strings.HasPrefix(t, "**") || t != "" && t[0] == '<') && boldTitle(t, true) {
			// - **title**, - <b>title</b> (a web page's list of bold
			// items), -   　　**title** (a Word list's item indented by
			// its typist too)
			p.lines[i] = t
		}
	}
}

// numberedBold reads a bold title in an ordered list's item (1.  **会议甲召开**,
// as turndown and pandoc write a web page's or a docx's numbered
// paragraphs) as the bold title it is, its number kept as a numbered
// title keeps it (**1. 会议甲召开**); any other line is returned as it is.
func numberedBold(l string) string {
	k := 0
	for k < len(l) && k < 3 && l[k] >= '0' && l[k] <= '9' {
		k++
	}
	if k == len(l) || l[k] != '.' && l[k] != ')' || k+1 == len(l) || l[k+1] != ' ' {
		return l
	}
	t := strings.TrimLeft(l[k+1:], " ")
	if !strings.HasPrefix(t, "**") && !strings.HasPrefix(t, "<") || !boldTitle(t, true) {
		return l
	}
	if boldDateLead(t) {
		// 1. **1月3日**　县委…: a chronicle's numbered event with its day in
		// bold; the number is the list's, as a bullet is (bulletTitles),
		// and the day no title's.
		return t
	}
	open := "**"
	for _, bp := range boldPairs {
		if strings.HasPrefix(t, bp[0]) {
			open = bp[0]
			break
		}
	}
	return open + l[:k+1] + " " + t[len(open):]
}

// bracketRunIn reports whether t begins with a title in brackets run into
// its text, a date first (【县志办召开志书评审会】11月3日，…), as a report
// that is no yearbook sets a briefing's items. A short one is a label or
// a byline (【会议要点】, 【通讯员 张三】), and text.
func bracketRunIn(t string) bool {
	title, rest, ok := bracketTitle(t)
	return ok && runeCount(title) >= 8 && startsWithMonthDay(trim(rest))
}

// bracketAlone reports whether t is a title in 【】 and nothing else, long
// enough to be an article's (8 characters, as bracketRunIn asks): a short
// one is a column's name (【社会民生】) or a label (【编者按】).
func bracketAlone(t string) bool {
	title, rest, ok := bracketTitle(t)
	return ok && rest == "" && strings.HasPrefix(t, "【") && runeCount(title) >= 8
}

// boldPair finds, at line i, a title cut into two bold lines, each bold
// on its own (a docx's line break inside the title, or a PDF converter
// that bolds line by line): **“平顶山企业家日”大会暨…推进会** / **议召开**
// 11月1日，…. It returns the two lines to read in their place, the bold
// opened on the first and closed on the second, and the index of the
// second. A short bold line over a title is its section's name
// (**时政要闻** / **会议甲召开**), not the start of the title: a table of
// contents says which, where there is one; without one, the first part
// must be too long for a section's name (10 characters: the sample's
// longest name has 8) or reach the width the copy is wrapped at.
func (b *bodyBuilder) boldPair(i int) (first, second string, next int, ok bool) {
	p := b.p
	if c := leadByte(p.lines[i]); c != 0 && c != '*' && c != '<' {
		return "", "", 0, false // (the test below, before trimming the line)
	}
	l := trim(p.lines[i])
	if l == "" || l[0] != '*' && l[0] != '<' {
		return "", "", 0, false // nearly every line
	}
	x, ok := boldOnly(l)
	if !ok || closed(x) {
		return "", "", 0, false
	}
	j := i + 1
	blank := false
	for j < len(p.lines) && (p.isTransparent(j) || isBlank(p.lines[j])) {
		blank = blank || isBlank(p.lines[j])
		j++
	}
	if j >= len(p.lines) {
		return "", "", 0, false
	}
	m := trim(p.lines[j])
	inner, after, shut, found := cutBold(m)
	if !found || !shut || trim(inner) == "" || strings.Contains(inner, "**") {
		return "", "", 0, false
	}
	y := trim(stripMarkup(inner))
	x = trim(stripMarkup(x))
	if blank && !(startsWithMonthDay(trim(after)) && utf8.RuneCountInString(x) > utf8.RuneCountInString(y) && !columnWord(x)) {
		// **时政要闻** / blank / **会议甲召开** 11月8日，…: a section's name
		// over a title. Paragraphs apart, the two are one title only
		// where the second runs into its dated text and is the shorter:
		// the wrap's rest (…关于加强生态 / 环境保护的决定 11月8日，…), and the
		// first names no column (…学习宣传专栏).
		return "", "", 0, false
	}
	if periodHeading(x) || dateTitle(x) || dateTitle(y) || bracketName(x) {
		return "", "", 0, false
	}
	if k, _, _ := b.enumerated(x, -1); k != notHeading {
		return "", "", 0, false
	}
	if partLabel(x) > 0 {
		// **专题一：学习贯彻党的二十大精神** / **…召开**: a part's name,
		// however long, over its first title.
		return "", "", 0, false
	}
	if p.tocMaxLen > 0 {
		whole := p.join(x, y)
		p.tocIndex()
		if len(whole) > p.tocMaxLen || !p.tocKeys[string(p.fold(whole))] {
			return "", "", 0, false
		}
	} else {
		if !p.full(l) && utf8.RuneCountInString(x) < 10 {
			return "", "", 0, false
		}
	}
	return "**" + x, y + "**" + after, j, true
}

// boldTitleNext reports whether the next line of text from i is a bold
// entry title.
func (p *parser) boldTitleNext(i int) bool {
	spaced := false // a blank line between: **title** 近日，… is a title there
	for ; i < len(p.lines); i++ {
		if isBlank(p.lines[i]) {
			spaced = true
			continue
		}
		if p.isTransparent(i) {
			continue
		}
		return boldTitle(p.lines[i], spaced)
	}
	return false
}

// splitStars reports whether a hard wrap cut a ** in two: prev ends with
// a lone * and l begins with one.
func splitStars(prev, l string) bool {
	prev = trimRight(prev)
	if !strings.HasSuffix(prev, "*") || strings.HasSuffix(prev, "**") {
		return false // nearly every line: l need not be looked at
	}
	t := trimLeftSpaces(l)
	return strings.HasPrefix(t, "*") && !strings.HasPrefix(t, "**")
}

// boldTitleLine reports whether line l begins with bold that looks like
// an entry title: the bold is the whole line (or goes on to the next), or
// what follows it on the line is a date or a hard break. Emphasis at the
// start of a line (**要提高站位**，抓好落实。) is not a title.
func boldTitleLine(l string) bool { return boldTitle(l, false) }

// markedAlone reports whether l is a title after a bullet and nothing
// else (see markedTitle).
func markedAlone(l string) bool {
	t := trim(l)
	if t == "" || t[0] != 0xE2 { // every mark of titleMarks is U+25xx–U+26xx
		return false
	}
	_, ok := markedTitle(t)
	return ok
}

// boldAlone reports whether l is bold and nothing else, and ends no
// sentence: a title on its line.
func boldAlone(l string) bool {
	t := trim(l)
	if t == "" || t[0] != '*' {
		return false
	}
	x, ok := boldOnly(t)
	return ok && trim(x) != "" && !closed(x)
}

// boldTitle is boldTitleLine; spaced also takes a title followed by a
// space and its text (**会议召开** 会议…), as a block after a blank line
// has it.
func boldTitle(l string, spaced bool) bool {
	if c := leadByte(l); c != 0 && c != '*' && c != '<' {
		return false // (the test below, before trimming the line)
	}
	t := trim(l)
	if t == "" || t[0] != '*' && t[0] != '<' {
		return false // no bold at its start (cutBold's test): the common line
	}
	inner, rest, closed, ok := cutBold(t)
	switch {
	case !ok:
		return false
	case !closed:
		return trim(inner) != ""
	case trim(inner) == "":
		return false
	}
	if _, r := splitHeading(inner); r != "" {
		return true // **会议甲召开 11月1日，**…: the title swallowed its date
	}
	after := trim(rest)
	if spaced && rest != after && after != "" {
		r, _ := decodeRune(after)
		if !strings.ContainsRune(closingPunct, r) {
			return true
		}
	}
	if _, ok := byline(after); ok {
		return true
	}
	return after == "" || startsWithMonth(after) || allDigits(after) || breakAfterBold(after)
}

// boldBlockTitle reports whether the block of text s, whose first line
// is first, begins with an entry title in bold: the bold is all there is,
// or is followed by a date, or is a title that swallowed its date
// (**会议甲召开 11月1日，**…), or is followed by a hard break, or is its
// whole first line and that line is short of the wrap's width (short);
// after a blank line (spaced) also when a space and the text follow it. Emphasis
// that a wrap cut (**要提高站位 / **，抓好落实。) is not a title.
func boldBlockTitle(first, s string, spaced, short bool) bool {
	var c boldCut
	c.inner, c.after, c.closed, c.ok = cutBold(s)
	return boldBlockTitleCut(first, s, c, spaced, short)
}

// boldCut is what cutBold returns for a string.
type boldCut struct {
	inner, after string
	closed, ok   bool
}

// boldBlockTitleCut is boldBlockTitle with the cut of s, c, which the
// caller has made (text, by leadingBoldCut).
func boldBlockTitleCut(first, s string, c boldCut, spaced, short bool) bool {
	// Asked of every block that begins with bold: each part is cut once.
	// A block of one line is first itself (s is first trimmed), whose
	// parts are c.
	tf := trim(first)
	innerFirst, afterFirst, closedFirst, ok := c.inner, c.after, c.closed, c.ok
	if s != tf {
		innerFirst, afterFirst, closedFirst, ok = cutBold(tf)
	}
	if !ok {
		return false
	}
	rawAfter := afterFirst
	afterFirst = trim(afterFirst)
	// s begins as first does.
	inner, after, closed := innerFirst, rawAfter, closedFirst
	if s != tf {
		inner, after, closed = c.inner, c.after, c.closed
	}
	if closedFirst && short && afterFirst == "" && len(tf) < len(s) &&
		!strings.ContainsRune("：:，、；;", lastRune(trim(stripMarkup(innerFirst)))) && enumerator(trim(innerFirst)) == 0 && !pointWord(trim(innerFirst)) {
		// **城关镇完成镇志初稿** / 近日，城关镇…: the bold is its whole line,
		// which ends short of the wrap: a title over its text, unless
		// what follows closes the emphasis's sentence (**要提高站位** / ，抓好落实。)
		// or the bold is a lead-in (**会议要求：**) or a point (**一是…**).
		if r, _ := decodeRune(trim(after)); !strings.ContainsRune(closingPunct, r) {
			return true
		}
	}
	if !closed || trim(inner) == "" {
		return false
	}
	if _, r := splitHeading(inner); r != "" {
		return true
	}
	a := afterFirst // (trim(after) when s is first)
	if s != tf {
		a = trim(after)
	}
	if _, ok := byline(a); ok || a == "" || startsWithMonth(a) {
		return true
	}
	if breakAfterBold(a) || closedFirst && hardBreak(first) && (afterFirst == "" || breakAfterBold(afterFirst)) {
		return true // **title** and a hard line break
	}
	r, _ := decodeRune(a)
	return spaced && after != a && !strings.ContainsRune(closingPunct, r)
}

// breakAfterBold reports whether the text after a bold that a wrap cut
// (**会议甲 / 召开**\\ / 11月1日，…), joined, begins with the backslash of a
// hard line break: a backslash that escapes nothing, as it escapes only
// ASCII punctuation.
func breakAfterBold(a string) bool {
	if a == "" || a[0] != '\\' {
		return false
	}
	return len(a) == 1 || strings.IndexByte(asciiPunct, a[1]) < 0
}

// closingPunct is what cannot follow a title: after bold, it says the bold
// was emphasis in a sentence (**要提高站位**，抓好落实。).
const closingPunct = "，。、；：？！）》」』”’,.;:?!)"

var boldPairs = [...][2]string{{"**", "**"}, {"<b>", "</b>"}, {"<B>", "</B>"}, {"<strong>", "</strong>"}}

// hardBreak reports whether a Markdown line ends with a hard line break
// (two spaces or a backslash).
func hardBreak(l string) bool {
	return strings.HasSuffix(l, "  ") || strings.HasSuffix(l, "\\")
}

// tocTitleLine matches a line that is the title of an entry of the table
// of contents, as plain text (a PDF conversion loses the bold), alone or
// followed by the start of its text: 市委主题教育第二期读书班开班 11月21至24日，….
func (p *parser) tocTitleLine(t string) (title, rest string, ok bool) {
	if p.tocMaxLen == 0 {
		return "", "", false // no table of contents
	}
	p.tocIndex()
	// A key is never longer than the title it folds; most body lines are
	// far longer than any title and are let go without folding.
	if len(t) <= p.tocMaxLen && p.tocKeys[string(p.fold(t))] {
		return t, "", true
	}
	// 市委主题教育第二期读书班开班 11月21至24日，…: a title, spaces, a date.
	head := t[:min(len(t), p.tocMaxLen+8)]
	if strings.IndexByte(head, ' ') < 0 && strings.IndexByte(head, '\t') < 0 {
		// 市史志办召开…推进会　5月9日，…: an ideographic space between, as
		// pdftotext -layout prints a bold title it lost (the line had
		// been an untitled entry's text, the contents' title unmatched).
		if k := strings.Index(head, "\u3000"); k > 0 {
			if rest := trim(t[k:]); startsWithMonth(rest) && p.tocKeys[string(p.fold(trim(t[:k])))] {
				return trim(t[:k]), rest, true
			}
		}
		return "", "", false
	}
	if title, r := splitHeading(head); r != "" && p.tocKeys[string(p.fold(title))] {
		return title, trim(t[len(title):]), true
	}
	return "", "", false
}

// kickerLine reports whether the block lines, one line at line (1-based)
// after a blank line, is a lead-in (引题) over the title of the table of
// contents on the very next line, as a newspaper sets one (凝心聚力谋发展
// 砥砺奋进新征程 / 县史志办召开年鉴编纂工作会议): a phrase set in as the
// title is, ending no sentence. Read as text, it had been the end of the
// entry before, or an entry of its own.
func (b *bodyBuilder) kickerLine(lines []string, line int, fresh bool) bool {
	p := b.p
	if !fresh || len(lines) != 1 || line >= len(p.lines) || p.yearbook {
		return false
	}
	// With no contents to list the title, only a lead-in of two phrases
	// a space apart (凝心聚力谋发展 砥砺奋进新征程), over a heading, is
	// told from the last line of the text above.
	noTOC := len(b.iss.TOC) == 0
	t := trim(lines[0])
	if len(t) < 8 || len(t) > 30*4 {
		return false // a paragraph of text, by its bytes: no count of its characters
	}
	// (Eight characters at least: a column's name, 简讯, 工作动态, is
	// shorter, and heads its section, not the title under it.)
	if strings.HasSuffix(t, "。") || closed(t) {
		return false // a sentence's end: most lines (。 by its bytes alone)
	}
	if n := utf8.RuneCountInString(t); n < 8 || n > 30 || containsAnyOf(t, "，,：:；;（）()【】") {
		return false
	}
	if noTOC && !twoPhrases(t) {
		return false
	}
	if _, _, ok := p.tocTitleLine(t); ok && !noTOC {
		return false // a title itself
	}
	next := p.lines[line] // the line after, by index
	if isBlank(next) {
		// Markdown: the lead-in a paragraph of its own over the title's
		// heading (凝心聚力谋发展 砥砺奋进新征程 / ### 县史志办召开…会议),
		// after a sentence that ended; no figure, caption or credit,
		// which end an article's text.
		k := line
		for k < len(p.lines) && isBlank(p.lines[k]) {
			k++
		}
		if k >= len(p.lines) || strings.IndexAny(t, "0123456789") >= 0 || wideFigureAt(t) >= 0 || caption(t) || enclosed(t) || articleMeta(t) {
			return false
		}
		if b.hasEntry() && len(b.paras) > 0 {
			last := b.paras[len(b.paras)-1].Text
			if b.open && len(b.pieces) > 0 {
				last = b.pieces[len(b.pieces)-1] // (a page cut it: its text is joined at close)
			}
			// …编纂工作会议。 / 责任编辑：王丽 / 凝心聚力谋发展 砥砺奋进新征程 /
			// ### 县志办开展…活动: an editor's line ends the article as a
			// full stop does (the lead-in had been the article above's
			// text, silently).
			if !closed(last) && !editorLine(last) {
				return false
			}
		}
		lvl, h, ok := heading(p.lines[k])
		if !ok {
			return false
		}
		if noTOC {
			return lvl > b.sectionLevel && !dateTitle(h)
		}
		title, rest, ok := p.tocTitleLine(trim(stripMarkup(h)))
		return ok && rest == "" && title != ""
	}
	if noTOC {
		return false
	}
	if indentCells(lines[0]) <= p.indent+2 || indentCells(lines[0])+4 < indentCells(next) {
		return false // set in as a title is, not as a line of text
	}
	title, rest, ok := p.tocTitleLine(trim(next))
	return ok && rest == "" && title != ""
}

// twoPhrases reports whether t is two phrases of four to fifteen
// characters a space apart, no figures in them: a newspaper's lead-in
// (凝心聚力谋发展 砥砺奋进新征程), as no line of text nor a byline is.
func twoPhrases(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\u3000' })
	if len(f) != 2 || containsAnyOf(t, "0123456789/／、") {
		return false
	}
	for _, w := range f {
		if n := utf8.RuneCountInString(w); n < 4 || n > 15 {
			return false
		}
	}
	return true
}

// titleMarks are the bullets a title may follow (markedTitle).
var titleMarks = newRuneSet("▲△●◆■★☆◎○◇□▶►")

// markedTitle matches a title after a bullet (▲澧县完成年鉴终审, ● 县志办
// 召开…): short, no sentence, no date after the mark.
func markedTitle(t string) (string, bool) {
	r, n := decodeRune(t)
	if !titleMarks.has(r) {
		return "", false
	}
	title := trim(t[n:])
	// (More than 160 bytes are more than 40 characters, counted or not;
	// and most lines left hold a comma, found faster than they are
	// counted.)
	if title == "" || closed(title) || len(title) > 40*4 || containsAnyOf(title, "，,；;：:") || !runesBelow(title, 41) ||
		startsWithMonthDay(title) || relativeDate(title) != "" || reporterByline(t) {
		return "", false
	}
	return title, true
}

// boldOver reads a block whose first line is bold and nothing else, short
// of the wrap, over text that no blank line (or only a page break) parts
// from it, where that line is no title (**二、宜宾市的实践探索** / 近年来，…,
// a point of an essay): as two paragraphs, as a blank line would make
// them, not one that runs the point into its text. Not a lead-in
// (**会议要求：**), nor emphasis whose sentence goes on (**要提高站位** /
// ，抓好落实。).
func (b *bodyBuilder) boldOver(lines []string, line int) bool {
	if t := trimLeftBlanks(lines[0], true); t == "" || t[0] != '*' && t[0] != '<' {
		return false // no bold first: nearly every block
	}
	inner, whole := boldOnly(lines[0])
	if !whole || b.p.full(lines[0]) || strings.ContainsRune("：:，、；;", lastRune(inner)) {
		return false
	}
	rest := trim(stripMarkup(b.p.joinLines(lines[1:])))
	if r, _ := decodeRune(rest); rest == "" || strings.ContainsRune(closingPunct, r) {
		return false
	}
	if !b.entry || b.open && b.continues(trim(stripMarkup(inner))) {
		return false // the paragraph before goes on, or no entry holds the two
	}
	b.para(trim(stripMarkup(inner)), line)
	b.para(rest, line)
	b.lastLine = line - 1 + len(lines) - 1
	b.lastAlone = true
	return true
}

// leadingBold splits "**title** text" (or <b>title</b> text) into the
// title and the text after it.
func leadingBold(s string) (title, rest string, ok bool) {
	title, rest, ok, _ = leadingBoldCut(s)
	return title, rest, ok
}

// leadingBoldCut is leadingBold with the cut of s it reads, c (cutBold's),
// for boldBlockTitleCut to read again rather than cut s anew.
func leadingBoldCut(s string) (title, rest string, ok bool, c boldCut) {
	c.inner, c.after, c.closed, c.ok = cutBold(s)
	if !c.ok || !c.closed {
		return "", "", false, c
	}
	if title = trim(stripMarkup(c.inner)); title == "" {
		return "", "", false, c
	}
	return title, trim(c.after), true, c
}

// cutBold splits s, which begins with bold (** or a bold tag), into what
// the bold holds and what follows it; closed is false when the bold runs
// on to the end of s, and ok false when s does not begin with bold.
func cutBold(s string) (inner, after string, closed, ok bool) {
	if s == "" || s[0] != '*' && s[0] != '<' {
		return "", "", false, false // (boldPairs all begin with * or <)
	}
	for _, pair := range boldPairs {
		body, found := strings.CutPrefix(s, pair[0])
		if !found {
			continue
		}
		i := strings.Index(body, pair[1])
		if i < 0 {
			return body, "", false, true
		}
		return body[:i], body[i+len(pair[1]):], true, true
	}
	return "", "", false, false
}

// runInBullets are the bullets runInTitle takes; chronHeaderEnds the
// last characters of the chronicle's header lines para looks for.
var (
	runInBullets    = newRuneSet("●◆■◎◇○□★☆▶►")
	chronHeaderEnds = newRuneSet("件项事容记要")
)

// runInTitle splits a line that runs a title into its text after a bullet
// (●县史志办召开县志评审会　11月3日上午，…) into the title and the text:
// the title short, no sentence, set off by an ideographic space or two
// spaces, the text beginning with a date. Where there is neither, one
// space does (●县史志办召开县志评审会 11月3日上午，…), as a copy normalised
// to NFKC has 　.
func runInTitle(s string) (title, rest string, ok bool) {
	if len(s) < 3 || s[0] != 0xE2 {
		return "", "", false // the bullets are U+25xx, U+2605: E2 and two bytes
	}
	r, n := decodeRune(s)
	if !runInBullets.has(r) {
		return "", "", false
	}
	body := strings.TrimLeft(s[n:], " ")
	k := strings.Index(body, "\u3000")
	if j := strings.Index(body, "  "); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k < 0 {
		k = strings.IndexByte(body, ' ')
	}
	if k <= 0 {
		return "", "", false
	}
	title, rest = trim(body[:k]), trim(body[k:])
	if rest == "" || utf8.RuneCountInString(title) > 40 || containsAnyOf(title, "，。；：:;") {
		return "", "", false
	}
	if !startsWithMonthDay(rest) && relativeDate(rest) == "" {
		return "", "", false
	}
	return title, rest, true
}

// plainRunIn splits a line that runs a plain title into its dated text,
// a space between them, as pdftotext prints a bold title it lost
// (尧山实验室理事会第一次会议召开 11月10日，…): the title no sentence, four
// characters at least, the text beginning with a date. Chinese prose puts
// no space before a date; a copy with no table of contents to name its
// titles has this to go by (plainTitles asks for two such lines).
func plainRunIn(s string) (title, rest string, ok bool) { return runInSplit(s, 40) }

// runInSplit is plainRunIn with the title's longest in characters given:
// a list's item (bulletRunIn) is one paragraph, title and text, and may
// run a long title in (the sample's longest has 57).
func runInSplit(s string, most int) (title, rest string, ok bool) {
	head := s[:min(len(s), most*3+1)] // a title's most, and the space: a line is looked at no further
	k := strings.IndexByte(head, ' ')
	if k >= 0 {
		// An ideographic space before the space lies wholly before it.
		if j := strings.Index(head[:k], "\u3000"); j >= 0 {
			k = j
		}
	} else {
		k = strings.Index(head, "\u3000")
	}
	if k <= 0 {
		return "", "", false
	}
	title, rest = s[:k], trim(s[k:])
	if runesBelow(title, 4) || !figureFirst(rest) && !cnNumeralStart(rest) { // (…会议召开 十一月十日，…)
		return "", "", false
	}
	if r, _ := decodeRune(title); r >= 0x2190 && r <= 0x2BFF || strings.ContainsRune("•·-*+", r) || r >= '0' && r <= '9' {
		// ●title　11月3日，…: runInTitle's, its bullet a mark; 1990年 1月5日:
		// a chronicle's date set out in columns.
		return "", "", false
	}
	if !containsAnyOf(rest[:min(len(rest), 20*3)], "，,") {
		return "", "", false // 株洲史志 2023年08月02日 09:15: a header's date, no event's text
	}
	if isFigure(lastRune(title)) || containsAnyOf(title, "，。；：:;,") || eventStart(title) || !startsWithMonthDay(rest) {
		return "", "", false
	}
	return title, rest, true
}

// itemText returns the text after a list item's marker at the start of
// l (-   , *   , +   , •　, as pandoc's plain output and a PDF's text give a
// docx's bulleted paragraphs), the marker's width with the spaces after
// it, and whether there is one. An indented marker is a nested list's,
// inside an article's text.
func itemText(l string) (text string, width int, ok bool) {
	n := 1
	switch {
	case len(l) < 3:
		return "", 0, false
	case l[0] == '-' || l[0] == '+' || l[0] == '*':
	case strings.HasPrefix(l, "•"):
		n = len("•")
	default:
		return "", 0, false
	}
	if n >= len(l) || l[n] != ' ' && l[n] != '\t' {
		return "", 0, false
	}
	t := strings.TrimLeft(l[n:], " \t")
	return t, len(l) - len(t), t != ""
}

// itemMark reports whether c may begin a list item's marker (itemText):
// -, +, * or the first byte of •.
func itemMark(c byte) bool { return c == '-' || c == '+' || c == '*' || c == 0xE2 }

// bulletRunIn reads a list's item that runs a plain title into its dated
// text, the wrap cutting the title before its date (-   “平顶山企业家日”
// 大会暨…重 / 点产业链…会议召开 11月1日，“平顶山企…): the title joined
// across the wrap as a paragraph's lines are, up to the space before the
// date (or a line's end, the date atop the next), the text from the date
// on, and how many of lines the title and the date took. A title runs
// over four lines at most: an item that finds no date so soon is no
// titled entry's.
func (p *parser) bulletRunIn(lines []string) (title, rest string, n int, ok bool) {
	head, _, ok := itemText(lines[0])
	if !ok {
		return "", "", 0, false
	}
	head = trim(head)
	for k := 1; ; k++ {
		if title, rest, ok := itemSplit(head); ok {
			return title, rest, k, true
		}
		if k == len(lines) || k == 4 || len(head) > 64*3 || isBlank(lines[k]) {
			return "", "", 0, false
		}
		if _, _, item := itemText(lines[k]); item {
			return "", "", 0, false // the next item: this one ran in no date
		}
		next := trim(lines[k])
		if isFigure(lastRune(head)) && figureFirst(next) {
			// …专项视察 1 / 1月14日，…: the wrap cut a figure of the date.
			head += next
			continue
		}
		if startsWithMonthDay(next) {
			// …推进会议召开 / 11月1日，…: the wrap fell on the space.
			if title, rest, ok := itemSplit(head + " " + next); ok {
				return title, rest, k + 1, true
			}
			return "", "", 0, false
		}
		head = p.join(head, next)
	}
}

// itemSplit splits a list item's text into its title and the dated text
// the title runs into (see runInSplit). The title may hold a space of
// its own (陈向平会见英国皇家工程院院士 Constantinos Soutis 11月9日，…): the
// space before the date ends it then, where the first does not.
func itemSplit(s string) (title, rest string, ok bool) {
	if title, rest, ok = runInSplit(s, 64); ok {
		return title, rest, true
	}
	head := s[:min(len(s), 64*3+1)]
	for k := strings.IndexByte(head, ' '); k > 0; {
		if startsWithMonthDay(trim(s[k:])) {
			if title, rest, ok = runInSplit(strings.ReplaceAll(s[:k], " ", "\u00a0")+s[k:], 64); ok {
				return s[:k], rest, true
			}
			return "", "", false
		}
		j := strings.IndexByte(head[k+1:], ' ')
		if j < 0 {
			break
		}
		k += 1 + j
	}
	return "", "", false
}

// runInNext reports whether the next line from i, blank lines aside, runs
// a title into its text after a bullet (see runInTitle).
func (p *parser) runInNext(i int) bool {
	for ; i < len(p.lines); i++ {
		if isBlank(p.lines[i]) || p.isTransparent(i) {
			continue
		}
		_, _, ok := runInTitle(trim(p.lines[i]))
		return ok
	}
	return false
}
