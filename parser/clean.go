package parser

import (
	"bytes"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// clean takes out of each line what converters put in that is not text:
// characters that show nothing (U+200B, a BOM in mid-file, soft hyphens),
// no-break spaces (read as spaces, so that 11 月 3 日 is still a date),
// form feeds, HTML paragraph tags, and lines that hold only an image or
// only tags. Lines keep their numbers: a line that is all furniture
// becomes empty and is recorded in p.iss.Furniture.
//
// Most lines hold none of this; they are returned as they are, without
// copying.
func (p *parser) clean() {
	trailed := p.lineEnds()
	p.wrappingFence()
	if p.textHasLine("```") {
		p.innerFences()
	}
	radicals := p.radicalsE2 > 0
	if p.radicalsE2 == 0 {
		_, radicals = scanE2(p.text)
	}
	if radicals {
		for i, l := range p.lines {
			if u := foldRadicals(l); u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("(cid:") {
		p.unmapped()
	}
	// Before the letter-spaced lines are read: 宁 川 县 大 事 记 \( 1986 — 1988 \),
	// html2text's escapes in a spaced OCR's copy, had kept the spaces
	// beside the backslash (宁川县大事记 (1986—1988 ), no chronicle's title).
	pictures := p.punctEscapes()
	if p.textHas("&") {
		for i, l := range p.lines {
			if u := decodeEntities(l); len(u) != len(l) {
				p.rewrite(i, u)
			}
		}
	}
	if spacedCopy(p.text) {
		p.ocrSpaced = true
		for i, l := range p.lines {
			k := indentBytes(l) // (　　是 年 全 县…: the gap after 是年 is read past the indent)
			if u := p.unspacedOCR(i, l[k:]); u != l[k:] {
				p.rewrite(i, l[:k]+u)
			}
		}
	}
	for i, line := range p.lines {
		// A letter-spaced line has its space right after its first
		// character, a doubled one its first character twice: the look
		// costs a byte or a few a line. Its indent is no part of it (a
		// title set wide and centred, 　　李 明 俊 调 研…).
		l, ind := line, ""
		if len(line) > 8 && (line[0] == ' ' || line[0] == '\t' || line[0] == 0xE3 && line[1] == 0x80 && line[2] == 0x80) {
			k := indentBytes(line)
			l, ind = line[k:], line[:k]
		}
		if len(l) > 8 && (l[0] >= 0xE3 && l[3] == ' ' || l[0] >= '0' && l[0] <= '9' && l[1] == ' ') {
			if chronGap(l) >= 0 && ocrSpacedLine(l) {
				// (4 月 全 县…, a chronicle's month and its event, in a
				// copy Tesseract spaced in part: unspacedLine would take
				// out the gap after the month too.)
				if u := p.unspacedOCR(i, l); u != l {
					p.rewrite(i, ind+u)
				}
			} else if u := unspacedLine(l); u != l {
				p.rewrite(i, ind+u)
			} else if ocrSpacedLine(l) {
				if u := p.unspacedOCR(i, l); u != l {
					p.rewrite(i, ind+u)
				}
			} else if u, ok := unspacedShort(line); ok {
				p.rewrite(i, u) // 大 事 记 (three characters: not unspacedLine's)
			}
		} else if len(l) > 8 && spacedLead(l) && ocrSpacedLine(l) {
			// (11 月 县 文 化 馆…, △ 县 人 民 政 府…, 1986 年 …: a line Tesseract
			// spaced whose first word is a figure or a mark.)
			if u := p.unspacedOCR(i, l); u != l {
				p.rewrite(i, ind+u)
			}
		} else if len(l) >= 24 && l[0] >= 0xE3 && l[:3] == l[3:6] {
			if u, ok := undoubled(l); ok {
				p.rewrite(i, ind+u)
			}
		} else if len(l) >= 7 && len(l) <= 96 && maySpaced(l) {
			if u, ok := unspacedShort(line); ok {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHasLine("| ") {
		p.lineBlocks()
	}
	if p.textHasLine("|") {
		// (|日期|事项|, pymupdf4llm's rows, hold no space inside their
		// bars: its header had been an undated event of its own.)
		p.chronTables()
	}
	if p.textHasLine("--\n") || p.textHasLine("==\n") || trailed {
		p.shortUnderlines()
	}
	if p.textHas("[[") {
		p.wikiLinks()
	}
	// No look for " #" in the whole text first: a space is in most
	// lines, and the lines' first bytes are fewer to read.
	for i, l := range p.lines {
		if l == "" || l[0] != '#' {
			continue
		}
		if tagLine(l) {
			p.addFurniture(i, model.Markup, l)
			p.lines[i] = ""
		} else if p.head.isSite(i) {
			// # 宁川县人民政府 over ## 宁川县2023年大事记: the page's (see
			// headingShift)
			p.addFurniture(i, model.WebChrome, l)
			p.lines[i] = ""
		} else if p.headMarks >= 0 {
			if u, ok := shiftedHeading(l, p.head.levels(i)); ok {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas(":::") {
		p.fencedDivs()
	}
	if p.textHasLine(">") || p.textHas(" > ") {
		// (" > ": a list's item that quotes, -   > **会议甲召开** 11月1日，…)
		for i, l := range p.lines {
			if u := unquote(l); len(u) != len(l) {
				p.rewrite(i, u)
				if u != "" && !strings.HasPrefix(u, "[!") && strings.HasPrefix(strings.TrimLeft(l, "> "), "[!") {
					p.callouts = append(p.callouts, i)
				}
			}
		}
	}
	// marked holds a bit for each line that held * or _ when the bold
	// pass read it (nil where it did not run): the passes after it only
	// take text out, so a line without is without for the italics' and
	// the bracketed titles' passes too, which are not asked again.
	var marked []uint64
	if p.textHas("**") || p.textHas("__") {
		marked = make([]uint64, (len(p.lines)+63)/64)
		openAt := -1    // the line a bold the wrap cut opened on, -1 when none is open
		triple := false // and it opened with *** (bold italics)
		for i, l := range p.lines {
			if strings.IndexByte(l, '*') < 0 && strings.IndexByte(l, '_') < 0 {
				// No mark: none of the rewrites below has anything to
				// take, and a line with no star is no bold's end.
				if isBlank(l) {
					openAt = -1
				}
				continue
			}
			marked[i/64] |= 1 << (i % 64)
			// The line's ** counted once: boldForms asks, and so does the
			// look below where nothing rewrote the line.
			marks := boldMarks(l)
			b := boldForms(l, marks)
			if b == l {
				b = cutTriple(p.lines, i)
			}
			if b == l {
				b = p.cutUnderscores(i)
			}
			b = unboldMark(b)
			if i+1 < len(p.lines) {
				b = unboldDateAlone(b, p.lines[i+1])
			} else {
				b = unboldDateAlone(b, "")
			}
			if openAt >= 0 && i-openAt <= 3 && triple {
				if k := strings.Index(b, "***"); k >= 0 && !strings.HasPrefix(b[k:], "****") && strings.Count(b, "*") == 3 {
					b = b[:k] + "**" + b[k+3:] // the close of a ***title*** the wrap cut
				}
			}
			next := ""
			if i+1 < len(p.lines) {
				next = p.lines[i+1]
			}
			u := colonAfterBold(b, next, i > 0 && titleHalfOver(p.lines[i-1]) && (leadByte(p.lines[i-1]) == '*' || halfOverSentence(b)))
			if u == b && openAt >= 0 && i-openAt <= 3 {
				u = colonAfterCutBold(marksIntoBold(b), next)
			}
			if b != l {
				marks = boldMarks(b)
			}
			odd := marks%2 == 1
			switch {
			case isBlank(l):
				openAt = -1
			case odd && openAt >= 0:
				openAt = -1
			case odd:
				openAt = i
				triple = strings.HasPrefix(l[blockLead(l):], "***")
			}
			if u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("</b>") || p.textHas("</strong>") || p.textHas("</B>") {
		open := "" // the closing tag of a bold tag a line above opened and the wrap cut
		for i, l := range p.lines {
			if strings.IndexByte(l, '<') < 0 {
				if l == "" || isBlank(l) {
					open = ""
				}
				continue
			}
			next := ""
			if i+1 < len(p.lines) {
				next = p.lines[i+1]
			}
			u := l
			if open != "" {
				u = colonAfterCutTag(l, open, next)
			} else {
				u = colonAfterTag(unboldTagDay(l), next)
			}
			open = openBoldTag(l, open)
			if u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("toc]") || p.textHas("TOC") {
		for i, l := range p.lines {
			if tocMarker(trim(l)) {
				p.addFurniture(i, model.Markup, l)
				p.lines[i] = ""
			}
		}
	}
	// A paragraph set in by em spaces, as a web page's &emsp;&emsp;
	// becomes in a browser's copy or html2text's: the ideographic spaces
	// they stand for, as &emsp; is read (the indent had been no indent, a
	// title run into the text under it). (The lines' first bytes are
	// fewer to read than the whole text.)
	for i, l := range p.lines {
		if strings.HasPrefix(l, "\u2003") {
			n := 0
			for strings.HasPrefix(l[n:], "\u2003") {
				n += len("\u2003")
			}
			p.rewrite(i, strings.Repeat("\u3000", n/len("\u2003"))+l[n:])
		}
	}
	if p.textHas("PAGEREF") || p.textHas("HYPERLINK") {
		for i, l := range p.lines {
			if u := dropFieldCodes(l); u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("==") {
		for i, l := range p.lines {
			if strings.Contains(l, "==") {
				if u := dropHighlights(l); u != l {
					p.rewrite(i, u) // (==宁川史志== may turn out a running head: kept as printed)
				}
			}
		}
	}
	if p.textHas("*") || p.textHas("_") {
		for i, l := range p.lines {
			if marked != nil && marked[i/64]&(1<<(i%64)) == 0 {
				continue
			}
			if strings.IndexByte(l, '*') >= 0 || strings.IndexByte(l, '_') >= 0 {
				if u := dropItalics(l); u != l {
					p.rewrite(i, u)
				}
			}
		}
	}
	p.cutBracketTitles(marked) // (its lines are found faster than **【 in the whole text)
	if p.textHas("`") {
		for i, l := range p.lines {
			if strings.IndexByte(l, '`') >= 0 {
				if u := dropCodeSpans(l); u != l {
					p.rewrite(i, u)
				}
			}
		}
	}
	if p.textHas("]{") {
		for i, l := range p.lines {
			if u, ok := underlinedLine(l); ok {
				p.rewrite(i, u)
			} else if u := dropSpans(l); u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("](javascript:") {
		for i, l := range p.lines {
			if u := dropScriptLinks(l); u != l {
				p.rewrite(i, u)
			}
		}
	}
	if p.textHas("](#") {
		for i, l := range p.lines {
			if u := dropAnchorLinks(l); u != l {
				p.rewrite(i, u)
			}
		}
	}
	sepBreaks := p.textHasLine("-----") && p.fiveDashBreaks() // (not "\n-----": a newline is on every line)
	present, invisible := p.needles, p.invisibleE2 > 0
	if !p.needlesKnown {
		present, invisible = textNeedles(p.text, p.seen), hasInvisible(p.text)
	}
	if pictures && !slices.Contains(present, "![") {
		present = append(slices.Clip(present), "![")
	}
	if len(present) == 0 && !invisible {
		return // most texts hold none of it
	}
	for i, l := range p.lines {
		if !invisible && !containsAny(l, present) {
			continue
		}
		if pageSeparator(l) {
			p.breaks = append(p.breaks, i)
			p.addFurniture(i, model.PageBreak, l)
			p.lines[i] = ""
			continue
		}
		if k, ok := pictureMark(l); ok {
			p.addFurniture(i, k, l)
			p.lines[i] = ""
			if k == model.Markup && strings.Contains(l, "Start") {
				p.pictureText(i)
			}
			continue
		}
		if htmlComment(l) {
			// <!-- image --> (Docling's picture), <!-- PageBreak -->
			kind := model.Markup
			if strings.Contains(strings.ToLower(l), "image") {
				kind = model.Image
			}
			p.addFurniture(i, kind, l)
			p.lines[i] = ""
			continue
		}
		if !suspect(l) {
			continue
		}
		c, ff := cleanLine(l)
		if ff {
			p.breaks = append(p.breaks, i)
			if n := strings.Count(l, "\f"); n > 1 {
				// \f\f: pdftotext's blank page between two (a part's
				// divider is printed on a right-hand page).
				if p.blankPages == nil {
					p.blankPages = make(map[int]int)
				}
				p.blankPages[i] = n - 1
			}
		}
		switch {
		case trim(c) == "" && ff && trim(strings.ReplaceAll(l, "\f", "")) == "":
			p.addFurniture(i, model.FormFeed, l)
		case trim(c) == "" && trim(l) != "":
			p.addFurniture(i, model.Markup, l) // tags (and a form feed) and nothing else
		case imageLine(c):
			p.addFurniture(i, model.Image, l)
			c = ""
		case i+1 < len(p.lines) && imageSized(c, p.lines[i+1]):
			// pandoc wraps a picture's size onto the next line:
			// ![](media/image2.jpeg){width="5.77in" / height="3.84in"}
			p.addFurniture(i, model.Image, l)
			p.addFurniture(i+1, model.Image, p.lines[i+1])
			c = ""
			p.lines[i+1] = ""
		}
		p.lines[i] = c
	}
	if sepBreaks {
		slices.Sort(p.breaks) // the loop above added its own after fiveDashBreaks's
	}
}

// fiveDashBreaks takes pymupdf4llm's page separators out of the text: it
// joins a PDF's pages with a line of five dashes between blank lines
// (…今后一个时期的重要任务。 / - 1 - / ----- / 宁川月报 2023年第11期 / …).
// Read as a rule, the separator had cut the run of a page's furniture in
// two, the footer's number and the next page's head each a break, and
// every page after the first was numbered one too many (silently). Two
// such lines at least, each between blank lines, make the copy one: a
// writer's own rule is rarely five dashes exactly, and a Setext heading's
// underline has its text right above it. It reports whether it took any.
func (p *parser) fiveDashBreaks() bool {
	var seps []int
	for i, l := range p.lines {
		if len(l) < 5 || l[0] != '-' || trim(l) != "-----" {
			continue
		}
		if i > 0 && !isBlank(p.lines[i-1]) || i+1 < len(p.lines) && !isBlank(p.lines[i+1]) {
			continue
		}
		seps = append(seps, i)
	}
	if len(seps) < 2 {
		return false
	}
	for _, i := range seps {
		p.breaks = append(p.breaks, i)
		p.addFurniture(i, model.PageBreak, p.lines[i])
		p.lines[i] = ""
	}
	return true
}

// pictureMark reports whether l is a line pymupdf4llm writes for a
// picture, and of which kind: the picture it leaves out (**==> picture
// [220 x 140] intentionally omitted <==**, an image) or the marks around the
// text it read inside one (**----- Start of picture text -----**<br>, or
// <!-- Start of picture text --> in its newer versions, and the end mark;
// markup). pictureText takes the text between them. Each had been read as a
// bold title, an entry named "> picture … <----- Start of picture text
// -----", silently. Every one of them holds a '<', so only the lines clean
// looks at are asked.
func pictureMark(l string) (model.FurnitureKind, bool) {
	t := trim(l)
	if len(t) < 20 || t[0] != '*' && t[0] != '=' && t[0] != '-' && t[0] != '>' && t[0] != '<' {
		return "", false
	}
	t = strings.TrimSuffix(t, "<br>")
	if strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") {
		t = trim(t[4 : len(t)-3])
	} else {
		t = trim(strings.TrimSuffix(strings.TrimPrefix(t, "**"), "**"))
		t = trim(strings.Trim(t, "-"))
	}
	switch {
	case strings.HasPrefix(strings.TrimLeft(t, "="), "> picture [") && strings.HasSuffix(strings.TrimRight(t, "="), "intentionally omitted <"):
		// (==…== is a highlight, and may be taken off before: > picture … <)
		return model.Image, true
	case t == "Start of picture text", t == "End of picture text":
		return model.Markup, true
	}
	return "", false
}

// pictureText takes out the text pymupdf4llm read inside a picture, after
// the start mark at line i through the line that ends it (a banner in a
// photo, a chart's labels: its lines joined by <br>, most often on one line
// with the end mark at its end, 宁川县冬季森林防火<br>工作会议<br>**-----
// End of picture text -----**<br>): the picture's, not the article's, as
// the picture is. Kept, it had been a title, or run into the paragraph
// under the picture (宁川县冬季森林防火工作会议会议要求，…). An end not found
// within 60 lines leaves the lines as they are.
func (p *parser) pictureText(i int) {
	end := -1
	for j := i + 1; j < len(p.lines) && j <= i+60; j++ {
		if strings.Contains(p.lines[j], "of picture text") {
			if strings.Contains(p.lines[j], "End of picture text") {
				end = j
			}
			break
		}
	}
	for j := i + 1; j <= end; j++ {
		if !isBlank(p.lines[j]) {
			p.addFurniture(j, model.Image, p.lines[j])
			p.lines[j] = ""
		}
	}
}

// textNeedles returns the cleanNeedles text holds.
func textNeedles(text string, seen *textSeen) []string {
	var present []string
	for _, n := range cleanNeedles {
		if seen.lacks(n) {
			continue // (see textHas)
		}
		if strings.Contains(text, n) {
			present = append(present, n)
		}
	}
	return present
}

// cleanNeedles are the starts of what clean removes, but for the
// characters hasInvisible looks for, as strings a fast search can look for
// in the whole text at once.
var cleanNeedles = [...]string{"\f", "<", "&", "![", "\u00A0", "\u00AD", "\uFEFF", "\u061C", "}---", "](http", "$^{", "^"}

// pageSeparator reports whether l is the line marker puts between pages
// when it paginates its output: the page's index in braces, then dashes
// ({7}------------------------------------------------). The index counts
// the PDF's pages from 0, not the printed pages, and is not taken for
// one: the break is.
func pageSeparator(l string) bool {
	t := trim(l)
	if len(t) < 6 || t[0] != '{' {
		return false
	}
	i := 1
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 1 || i >= len(t) || t[i] != '}' {
		return false
	}
	rest := t[i+1:]
	return len(rest) >= 3 && strings.Trim(rest, "-") == ""
}

// hasInvisible reports whether text holds U+2007, U+200B–U+200D, U+202F or
// U+2060.
func hasInvisible(text string) bool {
	inv, _ := scanE2(text)
	return inv
}

// scanE2 reports whether text holds U+2007, U+200B–U+200D, U+202F or
// U+2060 (invisible), and whether it holds a radical foldRadicals reads
// (radicals). They share their first byte with every curly quote, dash
// and ellipsis, so one hop from that byte to the next beats a search for
// each.
func scanE2(text string) (invisible, radicals bool) {
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], 0xE2)
		if j < 0 {
			return
		}
		i += j
		if i+2 < len(text) {
			invisible = invisible || invisibleE2(text[i+1], text[i+2])
			radicals = radicals || radicalE2(text[i+1], text[i+2])
			if invisible && radicals {
				return
			}
		}
	}
}

// radicalE2 reports whether the UTF-8 sequence E2 b1 b2 is a Kangxi
// radical (U+2F00–U+2FD5) or a CJK radical (U+2E80–U+2EFF).
func radicalE2(b1, b2 byte) bool {
	return b1 >= 0xBA && b1 <= 0xBE || b1 == 0xBF && b2 <= 0x95
}

// kangxi holds the characters the Kangxi radicals U+2F00–U+2FD5 stand
// for (their NFKC forms), three bytes each.
const kangxi = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠"

// cjkRadicals are the CJK radicals (U+2E80–U+2EFF) that are a whole
// character's shape, mostly the simplified ones (⻔ is 门, ⻓ 长), with
// the character they stand for.
var cjkRadicals = map[rune]string{
	'⺟': "母", '⺠': "民", '⻄': "西", '⻅': "见", '⻆': "角", '⻉': "贝", '⻋': "车",
	'⻓': "长", '⻔': "门", '⻘': "青", '⻙': "韦", '⻚': "页", '⻛': "风", '⻜': "飞",
	'⻝': "食", '⻢': "马", '⻣': "骨", '⻤': "鬼", '⻥': "鱼", '⻦': "鸟", '⻧': "卤",
	'⻨': "麦", '⻩': "黄", '⻪': "黾", '⻬': "齐", '⻮': "齿", '⻰': "龙", '⻳': "龟",
}

// foldRadicals returns l with its radicals read as the characters they
// stand for. pdfminer (and markitdown, which uses it) prints the Kangxi
// radical for a character some fonts map to it (⽂ for 文, ⼀ for 一, ⻔
// for 门): it looks the same, but a title so printed would not match its
// line in the contents, nor a search for it. A radical with no
// character's shape (⺈) is kept.
func foldRadicals(l string) string {
	var b strings.Builder
	done := 0
	for i := 0; i+2 < len(l); i++ {
		if l[i] != 0xE2 || !radicalE2(l[i+1], l[i+2]) {
			continue
		}
		r, _ := decodeRune(l[i:])
		var c string
		if r >= 0x2F00 && r <= 0x2FD5 {
			k := int(r-0x2F00) * 3
			c = kangxi[k : k+3]
		} else if c = cjkRadicals[r]; c == "" {
			continue
		}
		b.WriteString(l[done:i])
		b.WriteString(c)
		done = i + 3
		i += 2
	}
	if done == 0 {
		return l
	}
	b.WriteString(l[done:])
	return b.String()
}

// unspacedLine returns l without the spaces that set each of its
// characters apart (李 明 俊 调 研 城 乡 客 运 工 作, 1 1 月 9 日 ， 县 长…), as
// pdfminer prints a text box whose characters stand farther apart than
// its word margin (a justified line, a title set wide): one ASCII space
// between every two characters, four characters or more, most of them
// Chinese. Anything else is l as it is: two spaces or an ideographic one
// set words or columns apart, and a word of two letters is no spacing.
func unspacedLine(line string) string {
	// What clean takes out later is no part of the spacing: a character
	// that shows nothing, a space at the end.
	l := strings.TrimRight(dropInvisible(line), " \t\u3000")
	n, hanCount := 0, 0
	for i := 0; i < len(l); {
		r, size := decodeRune(l[i:])
		if r == ' ' || r == '\u3000' || r == '\t' {
			return line
		}
		n++
		if han(r) {
			hanCount++
		}
		i += size
		if i == len(l) {
			break
		}
		if l[i] != ' ' || i+1 == len(l) {
			return line
		}
		i++
	}
	if n < 4 || 2*hanCount < n {
		return line
	}
	return strings.ReplaceAll(l, " ", "")
}

// unspacedShort returns l without the gaps that set the characters of a
// short heading apart (大　事　记, ## 县　区　动　态, **简　　讯**, 宁 川 县 志
// on a cover), as print sets a heading, a column's name or a title of a
// few characters to the width of a longer one: two to eight Chinese
// characters, each set apart from the next by the same gap of one or two
// spaces, ideographic or ASCII, and nothing else on the line but its
// indent and its markup (#, **, __). Each classifier reads the heading
// then as it reads it set tight: the chronicle's 大事记, the month 十一月,
// the contents' 本期导读, the cover's title. (unspacedLine takes the
// longer lines spaced so, ASCII spaces only: an ideographic space sets
// words apart in a line of text, 1月3日　县委…, but not every character of
// a short one.)
func unspacedShort(l string) (string, bool) {
	// The cheap look first, past any indent and markup: a Chinese
	// character, then a space of either kind (most lines, and every
	// heading of most copies, are let go here by a few bytes).
	k := 0
	for k < len(l) {
		if c := l[k]; c == ' ' || c == '\t' || c == '#' || c == '*' || c == '_' {
			k++
		} else if c == 0xE3 && k+2 < len(l) && l[k+1] == 0x80 && l[k+2] == 0x80 {
			k += 3
		} else {
			break
		}
	}
	if k+6 > len(l) || l[k] < 0xE3 || l[k+3] != ' ' && (l[k+3] != 0xE3 || l[k+4] != 0x80 || l[k+5] != 0x80) {
		return l, false
	}
	a := 0 // past the indent and the markup before the text, as they may stand
	for a < len(l) && (l[a] == ' ' || l[a] == '\t') {
		a++
	}
	for strings.HasPrefix(l[a:], "\u3000") {
		a += len("\u3000")
	}
	if a < len(l) && l[a] == '#' {
		for a < len(l) && l[a] == '#' {
			a++
		}
		if a == len(l) || l[a] != ' ' {
			return l, false
		}
		a++
	}
	if strings.HasPrefix(l[a:], "**") || strings.HasPrefix(l[a:], "__") {
		a += 2
	}
	if a != k {
		return l, false // (# 大　事　记 without its space, ***大 事 记**: no heading, no bold)
	}
	// What clean takes out later is no part of the spacing (a soft
	// hyphen, a no-break space at the end): the line without it.
	l = l[:a] + dropInvisible(l[a:])
	gap := ""
	n, i := 0, a
	for i < len(l) {
		r, size := decodeRune(l[i:])
		if !han(r) {
			break
		}
		n++
		i += size
		j := i
		for j < len(l) && j-i < 6 && (l[j] == ' ' || strings.HasPrefix(l[j:], "\u3000")) {
			if l[j] == ' ' {
				j++
			} else {
				j += len("\u3000")
			}
		}
		if j == i {
			break
		}
		if c, _ := decodeRune(l[j:]); !han(c) {
			break // a space at the end, or before the closing markup
		}
		if g := l[i:j]; gap == "" {
			if g != " " && g != "  " && g != "\u3000" && g != "\u3000\u3000" {
				return l, false
			}
			gap = g
		} else if g != gap {
			return l, false
		}
		i = j
	}
	if n < 2 || n > 8 || gap == "" {
		return l, false
	}
	rest := strings.TrimRight(l[i:], " \t\u3000\u00a0")
	switch rest {
	case "", "**", "__":
	default:
		if strings.Trim(rest, "# ") != "" {
			return l, false // (## 县　区　动　态 ##: a closing sequence too)
		}
	}
	return l[:a] + strings.ReplaceAll(l[a:i], gap, "") + l[i:], true
}

// maySpaced is unspacedShort's first look, in line: past a heading's or
// a bold's marks, a space or 　's first byte after the first character.
func maySpaced(l string) bool {
	k := 0
	for k < 8 && k < len(l) && (l[k] == '#' || l[k] == ' ' || l[k] == '*' || l[k] == '_') {
		k++
	}
	return k+3 < len(l) && (l[k+3] == ' ' || l[k+3] == 0xE3)
}

// undoubled returns l with each of its characters once, where every
// character is printed twice in a row (县县史史志志办办召召开开…): a title
// set in bold by printing its text twice, a hair apart, which pdfminer
// reads as two characters each time. Four pairs at least, of which three
// Chinese characters: no line of text doubles all its characters so.
func undoubled(line string) (string, bool) {
	// (What clean takes out later is no part of the pairs.)
	l := strings.TrimRight(dropInvisible(line), " \t\u3000")
	var b strings.Builder
	pairs, hanPairs := 0, 0
	for i := 0; i < len(l); {
		r, n := decodeRune(l[i:])
		if i+2*n > len(l) || l[i:i+n] != l[i+n:i+2*n] {
			return line, false
		}
		b.WriteString(l[i : i+n])
		pairs++
		if han(r) {
			hanPairs++
		}
		i += 2 * n
	}
	if pairs < 4 || hanPairs < 3 {
		return line, false
	}
	return b.String(), true
}

// unmappedGlyphs returns l with each (cid:N) pdfminer prints for a glyph
// the font does not map to a character (common with Chinese fonts) as
// U+FFFD, and how many there were: the character is not known, and its
// number is no text.
func unmappedGlyphs(l string) (string, int) {
	var b strings.Builder
	n, done := 0, 0
	for i := 0; ; {
		j := strings.Index(l[i:], "(cid:")
		if j < 0 {
			break
		}
		i += j
		k := i + len("(cid:")
		for k < len(l) && l[k] >= '0' && l[k] <= '9' {
			k++
		}
		if k == i+len("(cid:") || k == len(l) || l[k] != ')' {
			i++
			continue
		}
		b.WriteString(l[done:i])
		b.WriteString("\uFFFD")
		n++
		done = k + 1
		i = done
	}
	if n == 0 {
		return l, 0
	}
	b.WriteString(l[done:])
	return b.String(), n
}

// unmapped reads the (cid:N) of every line that holds one, with a
// warning at the line: a reader is to see that characters are missing
// there, not the converter's numbers for them.
func (p *parser) unmapped() {
	for i, l := range p.lines {
		if !strings.Contains(l, "(cid:") {
			continue
		}
		u, n := unmappedGlyphs(l)
		if n == 0 {
			continue
		}
		if strings.TrimFunc(u, func(r rune) bool { return r == '\uFFFD' || unicode.IsSpace(r) || isInvisible(r) }) == "" {
			// Nothing of the line can be read (a title set in a font
			// of its own, as often as not): it is no text, and taken
			// out, it does not join the lines about it.
			p.addFurniture(i, model.Markup, l)
			p.lines[i] = ""
			p.warn(i+1, "a line of %d characters the PDF's font does not map to text ((cid:N) in the copy) is taken out: nothing of it can be read", n)
			continue
		}
		p.rewrite(i, u)
		switch {
		case n == 1:
			p.warn(i+1, "a character the PDF's font does not map to text ((cid:N) in the copy) is shown as \uFFFD")
		default:
			p.warn(i+1, "%d characters the PDF's font does not map to text ((cid:N) in the copy) are shown as \uFFFD", n)
		}
	}
}

// invisibleE2 reports whether the UTF-8 sequence E2 b1 b2 is one of the
// characters clean takes out: U+2007, U+200B–U+200F, U+202A–U+202F,
// U+2060, U+2066–U+2069.
func invisibleE2(b1, b2 byte) bool {
	return b1 == 0x80 && (b2 == 0x87 || b2 >= 0x8B && b2 <= 0x8F || b2 >= 0xAA && b2 <= 0xAF) ||
		b1 == 0x81 && (b2 == 0xA0 || b2 >= 0xA6 && b2 <= 0xA9)
}

// invisible says what clean does with r: drop it (U+200B, a BOM, a soft
// hyphen, the bidirectional controls, which could reorder what a terminal
// shows), make it a space (the no-break spaces), or keep it (ok false).
func invisible(r rune) (space, ok bool) {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
		'\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
		'\u2066', '\u2067', '\u2068', '\u2069', '\u061C':
		return false, true
	case '\u00A0', '\u202F', '\u2007':
		return true, true
	}
	return false, false
}

// isInvisible reports whether r is one of the characters invisible
// reads.
func isInvisible(r rune) bool {
	_, ok := invisible(r)
	return ok
}

// visibleLines returns lines without the invisible characters clean
// takes out (U+200B, a soft hyphen, a BOM in mid-file; a no-break space
// as a space), for what reads the lines before clean does (splitIssues:
// 2023年第1期 with a zero-width space in it is still an issue's number).
// Most texts hold none, and have their lines back as they are.
func visibleLines(lines []string, present []string, invisibleE2 bool) []string {
	if !invisibleE2 && !slices.ContainsFunc(present, func(n string) bool {
		return n == "\u00A0" || n == "\u00AD" || n == "\uFEFF" || n == "\u061C"
	}) {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = dropInvisible(l)
	}
	return out
}

// entityLines returns lines with the entities of characters beyond ASCII
// decoded (decodeEntities), for splitIssues, which reads the lines before
// clean does; present says what the text holds (textNeedles): most hold
// no &, and have their lines back as they are. lines is not changed.
func entityLines(lines []string, present []string) []string {
	if !slices.Contains(present, "&") {
		return lines
	}
	return shortenLines(lines, decodeEntities)
}

// shortenLines returns lines with f applied to each, copied only where f
// changes one, which it does only by taking bytes off: most texts need no
// change, and have their lines back as they are.
func shortenLines(lines []string, f func(string) string) []string {
	var out []string
	for i, l := range lines {
		if u := f(l); len(u) != len(l) {
			if out == nil {
				out = slices.Clone(lines)
			}
			out[i] = u
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// endedLines returns lines without the hard breaks they end with (see
// lineEnds: 2023年第1期\, 2023年第1期<br>), for splitIssues, which reads the
// lines before clean does (an issue's cover so printed had been no
// cover). White space it trims itself. Most texts hold neither, and have
// their lines back as they are; lines is not changed.
//
// The backslashes a converter escapes punctuation with it takes off too,
// as punctEscapes does (县志办召开志书评审会 ..... \(1\), html2text's: the
// contents under a second issue's 目录 had been no contents, and the
// issue none).
func endedLines(lines []string, text string, seen *textSeen, br bool) []string {
	bs := !seen.lacks("\\") && strings.IndexByte(text, '\\') >= 0
	if !br && !bs {
		return lines
	}
	return shortenLines(lines, func(l string) string {
		e := l
		if n := len(e); n > 0 && (e[n-1] == ' ' || e[n-1] == '\t' || e[n-1] == 0x80) {
			e = trimRight(e) // (2023年第2期<br>  : the blanks after the break; a no-break space visibleLines made one)
		}
		t := l
		if n := len(e); n > 0 && (e[n-1] == '\\' || e[n-1] == '>') {
			t = lineEnd(l, br)
		}
		if bs && strings.IndexByte(t, '\\') >= 0 {
			t = punctUnescape(t)
		}
		return t
	})
}

// headingShift says how the headings of lines are to be read, where the
// copy's headings begin at ## or deeper and its first heading is the
// document's title: an exporter that keeps # for the note's or the page's
// own name (Obsidian, Notion, 语雀, 飞书), a web page whose h1 is the
// site's, a docx whose office set the publication's name in 标题2. ##
// 宁川县2023年大事记 over ### 1月 had been an empty section and the
// chronicle untitled; ## 宁川月报 over its cover's numbers lost them
// (silently). The title is the shallowest heading, the copy's first line
// (under front matter, [TOC], a picture, Obsidian's tags, a web page's
// breadcrumb or an ISSN), and names the document (namesDocument): a copy
// that begins with ## 时政要闻 (its cover cut off) is read as it is, and so
// is one whose title is plain text or bold over ## sections. A # over it
// that names the site or the note (siteOverTitle: # 宁川县人民政府) is the
// page's, and the only # the copy may hold. A copy whose headings go
// shallower than the title's later (## 宁川县2023年大事记 over # 1月) has its
// title raised alone. Every other copy (nearly all, by their first line)
// is read as it is.
func headingShift(lines []string) headLevels {
	var none headLevels
	first := -1 // the first line of text
	top := 0
	var sites []int // the lines of a site's or a note's name over the title
	siteLevel := 0
	chrome := 0 // lines of a page's chrome over the title
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if first < 0 {
			t := trim(l)
			switch {
			case t == "" || tocMarker(t) || imageOnly(t):
				continue
			case t[0] == '#' && tagLine(t):
				continue // #月报 #宁川, Obsidian's tags over the note
			case chrome < 3 && (t[0] != '#' && webChrome(dropWebLinks(t))):
				// 首页 > 地情资料 > 大事记 / ## 青岚市2023年12月大事记, a web
				// page's breadcrumb over its h2
				chrome++
				continue
			case chrome < 3 && t[0] == 'I':
				if _, _, ok := serialNumber(t); ok {
					chrome++
					continue // ISSN 1234-5678 over ## 宁川史志
				}
			case fmFence(t) && isBlankRun(lines[:i]):
				// front matter (--- / title: … / ---): its lines are markup
				for j := i + 1; j < len(lines) && j < i+40; j++ {
					if fmFence(trim(lines[j])) {
						i = j
						break
					}
				}
				continue
			}
			lvl, ok := headingLevel(l)
			if !ok || l[0] != '#' {
				return none // nearly every copy: its first line is no heading
			}
			if sites == nil && siteOverTitle(lines, i, lvl) {
				// # 宁川县人民政府 / 首页 > 大事记 / ## 宁川县2023年大事记:
				// the page's h1, the site's name, over the title
				sites, siteLevel = append(sites, i), lvl
				continue
			}
			if lvl == 1 && sites == nil || sites != nil && lvl != siteLevel+1 {
				return none // # 宁川月报: the levels are the copy's own
			}
			if !namesDocument(lines, i) {
				return none // ## 时政要闻 atop a copy whose cover was cut off: a section
			}
			first, top = i, lvl
			continue
		}
		if l == "" || l[0] != '#' {
			continue
		}
		if lvl, ok := headingLevel(l); ok && lvl < top {
			if lvl == 1 && tagLine(l) {
				continue // #月报 #宁川: tags, no heading
			}
			if sites != nil && lvl == siteLevel && siteOverTitle(lines, i, lvl) {
				sites = append(sites, i) // the next page's, in a file of several
				continue
			}
			if sites != nil {
				return none
			}
			// ## 宁川县2023年大事记 over # 1月: the other headings' levels
			// are the copy's own, the title is raised alone (it had been
			// a section of the compiler's line, the copy untitled).
			return headLevels{title: first + 1, titleShift: top - 1}
		}
	}
	if top < 2 {
		return none
	}
	return headLevels{shift: top - 1, sites: sites}
}

// headLevels is what headingShift found: the levels every heading is
// read higher, and the lines of a site's or a note's name set as a # over
// the title, which are the page's, not the document's. The zero value
// reads the headings as they are.
type headLevels struct {
	shift int
	sites []int
	// title is the line (1-based, 0 for none) of a title raised
	// titleShift levels alone, over shallower headings.
	title, titleShift int
}

// part is h for the lines [lo, hi) of the copy, its lines relative to lo.
func (h headLevels) part(lo, hi int) headLevels {
	var in []int
	for _, i := range h.sites {
		if i >= lo && i < hi {
			in = append(in, i-lo)
		}
	}
	h.sites = in
	if h.title > 0 {
		if h.title <= lo || h.title > hi {
			h.title = 0
		} else {
			h.title -= lo
		}
	}
	return h
}

// levels is the levels the heading on line i is read higher.
func (h headLevels) levels(i int) int {
	if h.title > 0 && i == h.title-1 {
		return h.titleShift
	}
	return h.shift
}

// none reports whether h leaves every heading at its level.
func (h headLevels) none() bool {
	return h.shift == 0 && h.sites == nil && h.title == 0
}

// invisibleNeedle reports whether n, one of cleanNeedles, is a character
// that shows nothing.
func invisibleNeedle(n string) bool {
	return n == "\u00A0" || n == "\u00AD" || n == "\uFEFF" || n == "\u061C"
}

// headingMarksIn reports whether text may hold a heading that
// headingMarks changes: one closed by hashes or pandoc's attributes, bold
// within its hashes, or with a docx bookmark after them. Where it holds
// none and no heading is raised (nearly every copy), the passes that
// would ask headingMarks of every heading are let go: a copy of headings
// alone had spent a tenth of its parse in them. (A heading set
// letter-spaced clean reads as it reads any line, unspacedShort.)
func headingMarksIn(text string, seen *textSeen) bool {
	if seen.lacks("#") {
		return false
	}
	// (Attributes have a brace, a closing sequence a blank before it, and
	// either may have blanks or invisible characters after it. One look
	// at each # of the text: a search for a string that begins with a
	// space or 　's first byte reads much of a Chinese text.)
	if !seen.lacks("}") && strings.IndexByte(text, '}') >= 0 {
		return true
	}
	for i := strings.IndexByte(text, '#'); i >= 0; {
		if i > 0 {
			if c := text[i-1]; c == ' ' || c == '\t' || c == 0x80 && i >= 3 && text[i-3:i] == "\u3000" {
				return true // ## 时政要闻 ##
			}
		}
		e := i + 1 // past the run of hashes (### : one look)
		for e < len(text) && text[e] == '#' {
			e++
		}
		if r := text[e:]; len(r) >= 2 && r[0] == ' ' && (r[1] == '<' || r[1] == '[' || len(r) >= 3 && (r[1:3] == "**" || r[1:3] == "__")) {
			return true // ## **时政要闻**, ## <a id="…"></a>时政要闻
		}
		j := strings.IndexByte(text[e:], '#')
		if j < 0 {
			break
		}
		i = e + j
	}
	return false
}

// isSite reports whether line i is a site's or a note's name over the
// title.
func (h headLevels) isSite(i int) bool {
	return slices.Contains(h.sites, i)
}

// siteOverTitle reports whether the heading on lines[i], of the level
// given, is a web page's h1 that names the site (宁川县人民政府, 宁川史志网,
// an office) or a note app's that names the note (宁川月报2023年第11期 over
// ## 宁川月报), over the document's own title a level under it (after the
// page's breadcrumb, or a picture).
func siteOverTitle(lines []string, i, level int) bool {
	h, _ := headingMarks(lines[i])
	_, site, ok := heading(h)
	if !ok || utf8.RuneCountInString(site) > 30 {
		return false
	}
	j, chrome := i+1, 0
	for ; j < len(lines) && j <= i+8; j++ {
		t := trim(lines[j])
		if t == "" || imageOnly(t) {
			continue
		}
		if t[0] != '#' && chrome < 3 && webChrome(dropWebLinks(t)) {
			chrome++
			continue
		}
		break
	}
	if j >= len(lines) || j > i+8 {
		return false
	}
	lvl, ok := headingLevel(lines[j])
	if !ok || lvl != level+1 || lines[j][0] != '#' || !namesDocument(lines, j) {
		return false
	}
	h, _ = headingMarks(lines[j])
	_, title, _ := heading(h)
	if strings.HasPrefix(site, title) {
		return true // the note's name, the title's with its number
	}
	if _, ok := office(site); ok {
		return true
	}
	for _, s := range [...]string{"人民政府", "政府网", "网站", "网"} {
		if strings.HasSuffix(site, s) {
			return true
		}
	}
	return false
}

// imageOnly reports whether t is a Markdown picture and nothing else
// (![封面](media/image1.jpeg)), as a cover's picture over the title.
func imageOnly(t string) bool {
	return len(t) > 5 && t[0] == '!' && t[1] == '[' && t[len(t)-1] == ')' && strings.Count(t, "](") == 1
}

// namesDocument reports whether the heading on lines[i], the copy's
// first line, names the document rather than a part of it: a
// publication's name (宁川史志, 宁川县2023年大事记, 宁川年鉴（2023）, 宁川县志,
// a report), with its number (宁川月报 2023年第11期, 鹰城月报（2024.3）), or
// over the cover's number, month, office or compiler. 时政要闻 or
// 第三篇　政治 over their entries is no title.
func namesDocument(lines []string, i int) bool {
	h, _ := headingMarks(lines[i])
	if u, ok := unspacedShort(h); ok {
		h = u // ## 宁　川　月　报
	}
	_, t, ok := heading(h)
	if !ok {
		return false
	}
	name := t
	if k := strings.LastIndex(t, "（"); k > 0 && strings.HasSuffix(t, "）") {
		name = t[:k] // 宁川县大事记（1895—1911）
	}
	if periodicalName(bookTitle(name)) || chronicleTitle(t) || chronicleTitle(name) || yearbookTitle(t) || gazetteerTitle(t) || speechTitle(name) {
		return true
	}
	if _, _, ok := titleWithNumber(t); ok {
		return true
	}
	if _, _, _, ok := titleWithPeriod(t); ok {
		return true
	}
	for j := i + 1; j < len(lines) && j <= i+4; j++ {
		u := trim(lines[j])
		if u == "" {
			continue
		}
		_, h, isHeading := heading(u)
		if isHeading {
			u = h
		}
		u = coverText(stripMarkup(u))
		if _, ok := coverNumbers(u); ok {
			return true // 2023年第11期, 2024年3月
		}
		if _, _, ok := monthOnly(u); ok {
			return true
		}
		if isHeading {
			return false // ## 政治 over ### 中共宁川县委员会: a part over its first
		}
		if _, ok := compiler(u); ok {
			return true
		}
		if _, ok := webMeta(u); ok || webChrome(u) {
			// 发布时间：2024-02-18 来源：…, 原创 宁川史志 2023-11-05 08:30: a
			// web page's or a WeChat article's line under its title
			return true
		}
		_, ok := office(u)
		return ok
	}
	return false
}

// fmFence reports whether t is front matter's fence, --- or ..., a hard
// break after it too (---\, ---<br>, as a converter that breaks every
// line writes it).
func fmFence(t string) bool {
	t = strings.TrimRight(t, "\\")
	if k := strings.Index(t, "<br"); k > 0 {
		t = t[:k]
	}
	return t == "---" || t == "..."
}

// isBlankRun reports whether every line of ls is blank.
func isBlankRun(ls []string) bool {
	for _, l := range ls {
		if trim(l) != "" {
			return false
		}
	}
	return true
}

// shiftedHeading returns the heading l as headingMarks has it, shift
// levels higher (## 时政要闻 read as # 时政要闻, see headingShift), and
// whether that is other than l.
func shiftedHeading(l string, shift int) (string, bool) {
	u, ok := headingMarks(l)
	if shift > 0 && u[0] == '#' {
		if lvl, isHeading := headingLevel(u); isHeading && lvl > shift {
			u, ok = u[shift:], true
		}
	}
	return u, ok
}

// plainHeadings returns lines with their headings as headingMarks has
// them (## 宁川史志 2023年第12期 ## without its closing hashes, its
// attributes, its bold), for splitIssues, which reads the lines before
// clean does: a cover's name and number so written had been a section of
// the issue before. Most texts hold none, and have their lines back as
// they are; a heading is told by its first byte.
func plainHeadings(lines []string, h headLevels) []string {
	var out []string
	if h.sites != nil {
		out = slices.Clone(lines)
		for _, i := range h.sites {
			out[i] = ""
		}
	}
	for i, l := range lines {
		ff := l != "" && l[0] == '\f' && len(l) > 1 && l[1] == '#'
		if l == "" || l[0] != '#' && !ff || h.isSite(i) {
			continue
		}
		if ff {
			// \f# **宁川月报**: a page's break glued to the heading, as a
			// copy pdftotext ended (each page ends \f) runs into the next
			// file's; the break is kept, for the split's ruleOver.
			l = l[1:]
		}
		if u, ok := shiftedHeading(l, h.levels(i)); ok {
			if out == nil {
				out = slices.Clone(lines)
			}
			if ff {
				u = "\f" + u
			}
			out[i] = u
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// dropInvisible is l without its invisible characters, a no-break space
// read as a space.
func dropInvisible(l string) string {
	k := 0
	for k < len(l) && l[k] < utf8.RuneSelf {
		k++
	}
	if k == len(l) {
		return l
	}
	var b []byte
	for i := k; i < len(l); {
		r, n := decodeRune(l[i:])
		if space, ok := invisible(r); ok {
			if b == nil {
				b = append(make([]byte, 0, len(l)), l[:i]...)
			}
			if space {
				b = append(b, ' ')
			}
		} else if b != nil {
			b = append(b, l[i:i+n]...)
		}
		i += n
	}
	if b == nil {
		return l
	}
	return string(b)
}

// containsAny reports whether l contains one of needles: a fast search
// for each, cheaper than a look at every byte.
func containsAny(l string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(l, n) {
			return true
		}
	}
	return false
}

// suspect reports whether l may hold anything clean removes. It looks at
// bytes only, so that the common line (Han, curly quotes, Latin) costs a
// scan and nothing more.
func suspect(l string) bool {
	for i := 0; i < len(l); i++ {
		switch c := l[i]; c {
		case '\f':
			return true
		case '<':
			if htmlTag(l[i:]) > 0 || len(l) >= i+4 && strings.EqualFold(l[i:i+4], "<img") {
				return true
			}
			if _, t, _ := boldTag(l[i:]); t > 0 {
				return true
			}
			if _, t := autolink(l[i:]); t > 0 {
				return true
			}
		case '&':
			if _, n := entity(l[i:]); n > 0 {
				return true
			}
		case '!':
			if i+1 < len(l) && l[i+1] == '[' {
				return true
			}
		case '$', '^':
			if _, t := noteCallMarkup(l, i); t > 0 {
				return true
			}
		case ']':
			if strings.HasPrefix(l[i:], "](http") {
				return true
			}
		case 0xC2: // U+00A0 no-break space, U+00AD soft hyphen
			if i+1 < len(l) && (l[i+1] == 0xA0 || l[i+1] == 0xAD) {
				return true
			}
		case 0xE2:
			if i+2 < len(l) && invisibleE2(l[i+1], l[i+2]) {
				return true
			}
		case 0xEF: // U+FEFF
			if i+2 < len(l) && l[i+1] == 0xBB && l[i+2] == 0xBF {
				return true
			}
		case 0xD8: // U+061C, the Arabic letter mark
			if i+1 < len(l) && l[i+1] == 0x9C {
				return true
			}
		}
	}
	return false
}

// cleanLine returns l without invisible characters, form feeds,
// non-bold HTML tags and the addresses of links to web pages, and whether
// it held a form feed. A line with none
// of them is returned as it is.
func cleanLine(l string) (string, bool) {
	if strings.Contains(l, "](http") {
		l = dropWebLinks(l)
	}
	if !needsCleaning(l) {
		return l, false
	}
	ff := false
	var b strings.Builder
	b.Grow(len(l))
	i := 0
	boldSpan := false // a <span style="font-weight:bold"> is open: its </span> closes a bold
	if lvl, at := htmlHeading(l); lvl > 0 {
		// <h2>时政要闻</h2>, as an HTML copy prints a heading: the ATX
		// heading it is (## 时政要闻), which the rest of the parser reads.
		b.WriteString("######"[:lvl])
		b.WriteByte(' ')
		i = at
	}
	for i < len(l) {
		r, n := decodeRune(l[i:])
		if r == '\u200D' && i > 0 && i+n < len(l) {
			// Inside an emoji sequence (👨‍👩‍👧) the joiner is part of the
			// character, not an invisible one left by a converter.
			prev, _ := decodeLastRune(l[:i])
			next, _ := decodeRune(l[i+n:])
			if emojiPart(prev) && emojiPart(next) {
				b.WriteString(l[i : i+n])
				i += n
				continue
			}
		}
		if space, ok := invisible(r); ok {
			if r == '\u00A0' && strings.HasPrefix(l[i+n:], "\u00A0") && strings.TrimLeft(l[:i], " \t\u3000\u00A0") == "" {
				// &nbsp;&nbsp;&nbsp;&nbsp; before a paragraph, as a web
				// page indents its first line: an ideographic space a
				// pair, the indent typed so (a run of ASCII spaces may
				// be a layout's).
				b.WriteString("\u3000")
				i += 2 * n
				continue
			}
			if space {
				b.WriteByte(' ')
			}
			i += n
			continue
		}
		switch r {
		case '\f':
			ff = true
			i += n
			continue
		case '<':
			if tag, t, span := boldTag(l[i:]); t > 0 {
				// <strong style="…">, <span style="font-weight:bold">: a
				// bold's tag, as the body reads <strong> and <b>.
				b.WriteString(tag)
				boldSpan = boldSpan || span
				i += t
				continue
			}
			if boldSpan && len(l)-i >= 7 && strings.EqualFold(l[i:i+7], "</span>") {
				b.WriteString("</b>")
				boldSpan = false
				i += 7
				continue
			}
			if call, t := supCall(l, i); t > 0 {
				b.WriteString(call)
				i += t
				continue
			}
			if t := htmlTag(l[i:]); t > 0 {
				i += t
				continue
			}
			if in, t := autolink(l[i:]); t > 0 {
				b.WriteString(in) // <pdsnj666@sina.com>: pandoc's link, the address its text
				i += t
				continue
			}
		case '&':
			if rep, t := entity(l[i:]); t > 0 {
				b.WriteString(rep)
				i += t
				continue
			}
		case '$', '^':
			if call, t := noteCallMarkup(l, i); t > 0 {
				b.WriteString(call)
				i += t
				continue
			}
		}
		b.WriteString(l[i : i+n])
		i += n
	}
	return b.String(), ff
}

// noteCallMarkup reads a note's call set as a superscript at l[i:]: $^{①}$
// as MinerU writes it, ^1^ as pandoc's Markdown does, after Han text or
// at the line's start (a note's own label, ^1^ 数据由…). It returns the
// call as the reader shows one (①, [1]) and the markup's length; 0 for
// anything else (a formula, a price).
func noteCallMarkup(l string, i int) (string, int) {
	s := l[i:]
	var in string
	n := 0
	if s[0] == '$' {
		if !strings.HasPrefix(s, "$^{") {
			return "", 0
		}
		k := strings.Index(s[:min(len(s), 16)], "}$")
		if k < 0 {
			return "", 0
		}
		in, n = trim(s[3:k]), k+2
		if r, w := decodeRune(in); w < len(in) && r >= '①' && r <= '⑳' {
			if _, ok := invisible(lastRune(in)); ok {
				in = in[:w] // (①, a soft hyphen after it: the call)
			}
		}
	} else {
		if i > 0 && l[i-1] < utf8.RuneSelf {
			return "", 0 // (x^2^, 10^6: not after Han text)
		}
		k := strings.IndexByte(s[1:min(len(s), 10)], '^')
		if k < 1 {
			return "", 0
		}
		in, n = s[1:k+1], k+2
	}
	if r, w := decodeRune(in); w == len(in) && r >= '①' && r <= '⑳' {
		return in, n
	}
	if d, ok := digitsValue(in); ok && d > 0 && d < 100 && len(in) <= 2 {
		return "[" + in + "]", n
	}
	return "", 0
}

// supCall reads a note's call set in a superscript tag at l[i:], as
// MinerU and web pages write it (立案162件<sup>1</sup>。, and the note's
// own label, <sup>1</sup> 其中…), after Han text or at the line's start:
// the call as noteCallMarkup gives one ([1], ①) and the markup's length.
// Dropping the tag alone had glued the call to the figure before it
// (162件1) and made the note's label a number (1 其中…, 2 3月22日…: read
// as a date that cannot be). 0 for anything else (10<sup>6</sup>, m<sup>2</sup>).
func supCall(l string, i int) (string, int) {
	s := l[i:]
	if len(s) < 12 || !strings.EqualFold(s[:5], "<sup>") || i > 0 && l[i-1] < utf8.RuneSelf {
		return "", 0
	}
	k := strings.Index(s[5:min(len(s), 5+12)], "</")
	if k < 1 || len(s) < 5+k+6 || !strings.EqualFold(s[5+k:5+k+6], "</sup>") {
		return "", 0
	}
	in := trim(s[5 : 5+k])
	if r, w := decodeRune(in); w == len(in) && r >= '①' && r <= '⑳' {
		return in, 5 + k + 6
	}
	if d, ok := digitsValue(in); ok && d > 0 && d < 100 && len(in) <= 2 {
		return "[" + in + "]", 5 + k + 6
	}
	return "", 0
}

// boldTag reads a bold's opening tag with attributes at the start of s, as
// a web page's editor writes them (<strong style="color:#c00">, <b
// class="t">, <span style="font-weight: bold">), and returns the plain tag
// the body reads (<strong>, <b>), its length, and whether it was a span
// (whose </span> then closes the bold). 0 for any other.
func boldTag(s string) (tag string, n int, span bool) {
	if len(s) < 4 || s[0] != '<' {
		return "", 0, false
	}
	var name string
	switch {
	case len(s) > 7 && strings.EqualFold(s[1:7], "strong") && (s[7] == ' ' || s[7] == '\t'):
		name, tag = "strong", "<strong>"
	case (s[1] == 'b' || s[1] == 'B') && (s[2] == ' ' || s[2] == '\t'):
		name, tag = "b", "<b>"
	case len(s) > 5 && strings.EqualFold(s[1:5], "span") && (s[5] == ' ' || s[5] == '\t'):
		name, tag, span = "span", "<b>", true
	default:
		return "", 0, false
	}
	end := strings.IndexByte(s[:min(len(s), 300)], '>')
	if end < 0 {
		return "", 0, false
	}
	if span {
		attrs := strings.ToLower(s[1+len(name) : end])
		k := strings.Index(attrs, "font-weight")
		if k < 0 {
			return "", 0, false
		}
		v := strings.TrimLeft(attrs[k+len("font-weight"):], " :")
		if !strings.HasPrefix(v, "bold") && !strings.HasPrefix(v, "700") && !strings.HasPrefix(v, "800") && !strings.HasPrefix(v, "900") {
			return "", 0, false
		}
	}
	return tag, end + 1, span
}

// autolink reads Markdown's <address> at the start of s, an e-mail
// address or a web one, and returns the address and its length with the
// brackets; 0 for anything else.
func autolink(s string) (string, int) {
	end := strings.IndexByte(s[:min(len(s), 200)], '>')
	if end < 4 {
		return "", 0
	}
	in := s[1:end]
	if strings.ContainsAny(in, " <\t") {
		return "", 0
	}
	at := strings.IndexByte(in, '@')
	if at > 0 && strings.IndexByte(in[at:], '.') > 1 || strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
		return in, end + 1
	}
	return "", 0
}

// needsCleaning reports whether cleanLine would change l.
func needsCleaning(l string) bool {
	for i := 0; i < len(l); {
		r, n := decodeRune(l[i:])
		if _, ok := invisible(r); ok || r == '\f' {
			return true
		}
		switch r {
		case '<':
			if _, t, _ := boldTag(l[i:]); t > 0 || htmlTag(l[i:]) > 0 {
				return true
			}
			if _, t := autolink(l[i:]); t > 0 {
				return true
			}
		case '&':
			if _, t := entity(l[i:]); t > 0 {
				return true
			}
		case '$', '^':
			if _, t := noteCallMarkup(l, i); t > 0 {
				return true
			}
		}
		i += n
	}
	return false
}

// htmlTags are the tags converters wrap text in that carry no meaning for
// a reader. Bold tags are not among them: they mark titles.
var htmlTags = [...]string{"p", "div", "span", "font", "br", "section", "article", "center", "u", "i", "em", "sup", "sub", "a", "ul", "ol", "li",
	"h1", "h2", "h3", "h4", "h5", "h6"}

// htmlHeading reports the level of the HTML heading line l opens (<h2>,
// <h3 class="…">, after spaces or other tags such as <p>) and closes on
// the same line (</h2>), and where its opening tag begins; 0 for any
// other line.
func htmlHeading(l string) (level, at int) {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i+3 >= len(l) || l[i] != '<' || l[i+1] != 'h' && l[i+1] != 'H' || l[i+2] < '1' || l[i+2] > '6' || htmlTag(l[i:]) == 0 {
		return 0, 0
	}
	lvl := int(l[i+2] - '0')
	end := strings.TrimRight(l, " \t")
	if len(end) < 5 || !strings.EqualFold(end[len(end)-5:], "</h"+string(l[i+2])+">") {
		return 0, 0
	}
	return lvl, i
}

// htmlTag returns the length of the tag at the start of s, or 0 when s
// does not start with one of htmlTags.
func htmlTag(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	j := 1
	if s[j] == '/' {
		j++
	}
	if k := officeTag(s[j:]); k > 0 {
		j += k
		if j < len(s) && s[j] == '>' {
			return j + 1
		}
		if end := strings.IndexByte(s[j:min(len(s), j+301)], '>'); end >= 0 && j < len(s) && (s[j] == ' ' || s[j] == '/') {
			return j + end + 1
		}
		return 0
	}
	for _, name := range htmlTags {
		if len(s) < j+len(name) || !strings.EqualFold(s[j:j+len(name)], name) {
			continue
		}
		k := j + len(name)
		if k >= len(s) {
			return 0
		}
		if name == "a" && s[k] != '>' && !anchorAttrs(s[k:]) {
			return 0 // 浓度<a 类标准值: text, not a link
		}
		switch s[k] {
		case '>':
			return k + 1
		case ' ', '/', '\t':
			end := strings.IndexByte(s[k:min(len(s), k+201)], '>')
			if end < 0 {
				return 0 // a tag is short: looking further would scan the line for every <
			}
			return k + end + 1
		}
	}
	return 0
}

// officeTag returns the length of a tag name with a namespace at the
// start of s, as Word's and WPS's HTML is full of (o:p, the empty
// paragraph; st1:chsdate and st1:personname, the smart tags around a
// date or a name; v:shape): letters and digits, a colon, letters. 0 for
// anything else (11:30 is no tag: a name begins with a letter).
func officeTag(s string) int {
	i := 0
	for i < len(s) && i < 8 && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || i > 0 && s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' {
		return 0
	}
	j := i + 1
	for j < len(s) && j-i < 24 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i+1 {
		return 0
	}
	return j
}

// entity decodes the few HTML entities converters leave in text.
func entity(s string) (string, int) {
	if len(s) > 7 && s[1] == 'a' && strings.HasPrefix(s, "&amp;") && s[5] != ' ' {
		// &amp;ldquo;, &amp;#12288;: a page that escaped its entities
		// again (a CMS's), the character the reader sees under both
		// (it had read &ldquo; as the text), &amp;nbsp;. Not &amp;lt; and the like:
		// the page's own text may say &lt;.
		if rep, n := entity("&" + s[5:]); n > 0 && (rep[0] >= utf8.RuneSelf || rep == " ") {
			return rep, 4 + n
		}
	}
	for _, e := range [...]struct{ name, rep string }{
		{"&nbsp;", " "}, {"&emsp;", "\u3000"}, {"&ensp;", " "}, {"&amp;", "&"},
		{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#12288;", "\u3000"}, {"&#160;", " "},
	} {
		if strings.HasPrefix(s, e.name) {
			return e.rep, len(e.name)
		}
	}
	// Any other of HTML's: &ldquo;, &mdash;, &#12290;, &#x3002; (a web
	// page's copy, a scraper's).
	end := strings.IndexByte(s[:min(len(s), 34)], ';')
	if end < 3 {
		return "", 0
	}
	name := s[1:end]
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' && i == 0) {
			return "", 0
		}
	}
	// The whole name, not a prefix of it (&notanentity; holds &not).
	if rep := html.UnescapeString(s[:end+1]); rep != s[:end+1] && !strings.Contains(rep, ";") && rep != "\uFFFD" {
		return rep, end + 1
	}
	return "", 0
}

// decodeEntities returns l with the entities of characters beyond ASCII
// decoded (目&#12288;录, 一&emsp;月, &ldquo;两会&rdquo;, 1986&mdash;1988),
// for the readers that look at the lines before cleanLine does: the split
// into issues, the letter-spaced lines (目　录 and 编　后　记 are read as
// 目录 and 编后记; with the entities they had kept their spaces, and
// contents under a second issue's heading had begun none). &lt;, &gt;,
// &amp; and &quot; are cleanLine's to decode: decoded here, a page's
// &lt;br&gt; had become a tag.
//
// &nbsp;&nbsp;&nbsp;&nbsp; before a paragraph, as a web page indents
// its first line, is the ideographic space a pair that cleanLine makes
// of the no-break spaces (decoded later, as four spaces, it had been no
// indent, and the lines so set in one paragraph).
func decodeEntities(l string) string {
	i := strings.IndexByte(l, '&')
	if i < 0 {
		return l
	}
	var b []byte
	last := 0
	if strings.HasPrefix(l[i:], "&nbsp;&nbsp;") && strings.TrimLeft(l[:i], " \t\u3000") == "" {
		b = append(make([]byte, 0, len(l)), l[:i]...)
		for strings.HasPrefix(l[i:], "&nbsp;&nbsp;") {
			b = append(b, "\u3000"...)
			i += 12
		}
		last = i
	}
	for ; i >= 0 && i < len(l); i++ {
		if l[i] != '&' {
			continue
		}
		if rep, n := entity(l[i:]); n > 0 && rep[0] >= utf8.RuneSelf {
			if b == nil {
				b = make([]byte, 0, len(l))
			}
			b = append(append(b, l[last:i]...), rep...)
			last = i + n
			i += n - 1
		}
	}
	if b == nil {
		return l
	}
	return string(append(b, l[last:]...))
}

// imageLine reports whether l holds nothing but Markdown or HTML images.
func imageLine(l string) bool {
	s := trim(l)
	if s == "" {
		return false
	}
	for s != "" {
		switch {
		case strings.HasPrefix(s, "!["):
			close := strings.Index(s, "](")
			if close < 0 {
				return false
			}
			end := strings.IndexByte(s[close:], ')')
			if end < 0 {
				return false
			}
			s = trim(s[close+end+1:])
			if strings.HasPrefix(s, "{") {
				// pandoc's size of a docx's picture: {width="5.77in" height="3.25in"}
				attr := strings.IndexByte(s, '}')
				if attr < 0 {
					return false
				}
				s = trim(s[attr+1:])
			}
		case len(s) > 4 && strings.EqualFold(s[:4], "<img"):
			end := strings.IndexByte(s, '>')
			if end < 0 {
				return false
			}
			s = trim(s[end+1:])
		default:
			return false
		}
	}
	return true
}

// imageSized reports whether l is a picture whose size pandoc's wrap cut
// ({width="5.77in" here, height="3.84in"} on next): the two lines are the
// picture.
func imageSized(l, next string) bool {
	at := strings.LastIndex(l, "){")
	if at < 0 || strings.IndexByte(l[at:], '}') >= 0 || !imageLine(l[:at+1]) {
		return false
	}
	n := trim(next)
	return strings.HasSuffix(n, "}") && strings.Count(n, "}") == 1 && !strings.ContainsAny(n, "{") &&
		strings.Contains(n, "=") && utf8.ValidString(n) && !hasHan(n)
}

// hasHan reports whether s holds a character beyond ASCII: a picture's
// attributes are ASCII, a line of text is not.
func hasHan(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// htmlComment reports whether l is an HTML comment and nothing else.
func htmlComment(l string) bool {
	t := trim(l)
	return len(t) >= 7 && strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") && !strings.Contains(t[4:len(t)-3], "-->")
}

// lineEnds takes off what a line ends with that is no text: white space
// (a space, a tab, a no-break or an ideographic space, as a web page's or
// a Word document's text leaves them) and Markdown's and HTML's hard line
// breaks — two spaces (Typora, turndown, a docx's Shift+Enter), a
// backslash (pandoc: 2023年第11期\ / （总第215期）), <br>, <br/> or <br />
// (an HTML page's, pymupdf4llm's) — in any order and number. A hard break
// is a line's end, which the line has anyway: each rule that reads a
// line's end or its width had read the mark as text (a wrapped copy's
// every line short of its width, a title followed by two spaces as no
// title, 11月(续)\ no heading, a \ inside the paragraph). A backslash that
// a backslash escapes (\\) ends no line; a line of marks and nothing else
// is left to clean (<br> alone is a tag's line). It runs first: the
// passes after it (a letter-spaced line's, a fence's) read the line's
// end too. It reports whether it took any off (p.text still has it).
func (p *parser) lineEnds() (any bool) {
	br := p.brTags > 0
	if p.brTags == 0 {
		br = !p.seen.lacks("<") && hasBr(p.text)
	}
	for i, l := range p.lines {
		n := len(l)
		if n == 0 {
			continue
		}
		if c := l[n-1]; c != ' ' && c != '\t' && c != '\\' && !(c == '>' && br) && !(c == 0xA0 && n >= 2 && l[n-2] == 0xC2) && !(c == 0x80 && n >= 3 && l[n-2] == 0x80 && l[n-3] == 0xE3) {
			continue // nearly every line, by its last byte
		}
		if t := lineEnd(l, br); len(t) != n {
			if _, ok := pictureMark(t); ok {
				continue // (**----- Start of picture text -----**<br>: the last loop of clean finds it by its <)
			}
			p.rewrite(i, t)
			any = true
		}
	}
	return any
}

// lineEnd is l without the white space and hard breaks it ends with (see
// lineEnds), or l where nothing else is left. br says whether to look for
// <br>.
func lineEnd(l string, br bool) string {
	t := l
	for n := len(t); n > 0; n = len(t) {
		c, tag := t[n-1], 0
		if c == '>' && br {
			tag = brEnd(t)
		}
		switch {
		case c == ' ' || c == '\t':
			t = t[:n-1]
		case c == 0xA0 && n >= 2 && t[n-2] == 0xC2:
			t = t[:n-2]
		case c == 0x80 && n >= 3 && t[n-2] == 0x80 && t[n-3] == 0xE3:
			t = t[:n-3]
		case c == '\\' && (n-len(strings.TrimRight(t, "\\")))%2 == 1:
			t = t[:n-1]
		case tag > 0:
			t = t[:n-tag]
		default:
			if trim(t) == "" {
				return l
			}
			return t
		}
	}
	return l
}

// hasBr reports whether text holds <br (in any case): one hop from each
// < to the next, which most texts hold few of, not a search a case.
func hasBr(text string) bool {
	for i := strings.IndexByte(text, '<'); i >= 0; {
		if i+2 < len(text) && text[i+1]|0x20 == 'b' && text[i+2]|0x20 == 'r' {
			return true
		}
		j := strings.IndexByte(text[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// brEnd is the length of the <br>, <br/> or <br /> (in any case) s ends
// with, 0 for none.
func brEnd(s string) int {
	for _, k := range [...]int{4, 5, 6} {
		if len(s) >= k {
			if b := s[len(s)-k:]; (b[1] == 'b' || b[1] == 'B') && (strings.EqualFold(b, "<br>") || strings.EqualFold(b, "<br/>") || strings.EqualFold(b, "<br />")) {
				return k
			}
		}
	}
	return 0
}

// punctEscapes takes the backslash off the punctuation a converter
// escapes everywhere (html2text and turndown write 第11期\(总第215期\),
// 会议召开 ..... \(6\), \[图片\]) before the lines are read: the contents,
// the cover and the furniture look for the bracket, not the backslash.
// What an escape keeps from being Markdown stays escaped, for the readers
// that know it and for unescape at the end: \* and \_ (literal, not
// emphasis), \\, \` and a line's leading #, >, |, - or + (not a heading,
// a quote, a table, a list). It reports whether a line now holds a
// picture's ![ that the text held escaped (!\[\]\(images/p6.png\), a
// converter's escapes over another's Markdown): the needles were looked
// for in the text, and the picture had been kept as a line of text.
func (p *parser) punctEscapes() (pictures bool) {
	if !p.textHas("\\") {
		return false
	}
	for i, l := range p.lines {
		if strings.IndexByte(l, '\\') < 0 {
			continue
		}
		if u := punctUnescape(l); len(u) != len(l) {
			p.rewrite(i, u)
			pictures = pictures || strings.Contains(u, "![")
		}
	}
	return pictures
}

func punctUnescape(l string) string {
	if noWords(l) && escapedRule(l) {
		// \* \* \*, \*\*\*: an ornament or a rule typed between two
		// parts, escaped as every * of the text is (pandoc, turndown,
		// markdownify): the rule it is, not a line of text (* * * had been
		// run into the paragraph under it).
		return strings.ReplaceAll(l, "\\", "")
	}
	lead := len(l) - len(strings.TrimLeft(l, " \t"))
	if lead+1 < len(l) && (l[lead+1] == '-' || l[lead+1] == '+') && (noWords(l) || lead+2 < len(l) && l[lead+2] != ' ' && l[lead+2] != '\t') {
		// \---, \- 6 \-: a rule or a page's number, never a list; \-11月12日,
		// \--11月12日 (turndown escapes a - that begins a paragraph, a
		// chronicle's dash before its date): no list without a space
		// after the -, whose escape had kept the day's date from its line.
		lead = -1
	}
	var b []byte
	last := 0
	for i := strings.IndexByte(l, '\\'); i >= 0 && i+1 < len(l); {
		c := l[i+1]
		next := i + 2
		switch {
		case c == '\\' || c == '*' || c == '_' || c == '`':
		case i == lead && strings.IndexByte("#>|-+", c) >= 0:
		case strings.IndexByte(asciiPunct, c) >= 0:
			if b == nil {
				// (an escape the line begins with and its only one, \- 2 -
				// as pandoc and turndown escape a page's number: nothing
				// before it to append, and a nil b had kept the line)
				b = make([]byte, 0, len(l))
			}
			b = append(b, l[last:i]...)
			last = i + 1
		default:
			next = i + 1
		}
		k := strings.IndexByte(l[next:], '\\')
		if k < 0 {
			break
		}
		i = next + k
	}
	if b == nil {
		return l
	}
	return string(append(b, l[last:]...))
}

// escapedRule reports whether l, its backslashes taken off, is a rule of
// three * or _ at least, spaced or not, each escaped.
func escapedRule(l string) bool {
	n := 0
	var mark byte
	for i := 0; i < len(l); i++ {
		switch c := l[i]; c {
		case ' ', '\t':
		case '\\':
			if i+1 >= len(l) || l[i+1] != '*' && l[i+1] != '_' {
				return false
			}
		case '*', '_':
			if mark != 0 && c != mark || i == 0 || l[i-1] != '\\' {
				return false
			}
			mark = c
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// noWords reports whether l holds no letter, Latin or other: only
// digits, spaces and ASCII punctuation.
func noWords(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i] | 0x20; c >= 0x80 || 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// rewrite makes line i s, keeping the line as the source has it for the
// furniture the line may turn out to be (addFurniture).
func (p *parser) rewrite(i int, s string) {
	if _, ok := p.rewritten[i]; !ok {
		if p.rewritten == nil {
			p.rewritten = map[int]string{}
		}
		p.rewritten[i] = p.lines[i]
	}
	p.lines[i] = s
}

// dropSpans takes out of l the attributes pandoc writes for a docx's
// underline, highlight or small capitals: [重要]{.underline} is 重要. Only
// a bracket whose braces hold attributes ({.class}, {#id}, {key=value})
// is one; other brackets are text.
func dropSpans(l string) string {
	return unwrapBrackets(l, "]{", '}', spanAttrs, func(t string) string { return t })
}

// underlinedLine rewrites a line that is one underlined span and nothing
// else ([全市网络文明大会召开]{.underline}, as pandoc writes a docx whose
// titles are set underlined) as the bold it stands for (**全市网络文明大会召开**):
// a title as a bold line is one (they had been paragraphs of the entry
// above).
func underlinedLine(l string) (string, bool) {
	t := trim(l)
	if len(t) < 16 || t[0] != '[' || !strings.HasSuffix(t, "]{.underline}") {
		return "", false
	}
	inner := t[1 : len(t)-len("]{.underline}")]
	if trim(inner) == "" || strings.ContainsAny(inner, "[]") {
		return "", false
	}
	return "**" + inner + "**", true
}

// unwrapBrackets rewrites each [text] followed by sep and what runs to
// the byte end (]{.underline}, ](#_Toc1)) as keep(text), where accept
// takes what sep and end hold; other brackets stay as they are.
func unwrapBrackets(l, sep string, end byte, accept func(string) bool, keep func(string) string) string {
	if !strings.Contains(l, sep) {
		return l // nearly every line
	}
	// out is the line rewritten up to rest; lastOpen the last [ in out.
	// Both grow as rest is read, so that a line of thousands of links
	// costs its length, not its length times its links.
	var out []byte
	lastOpen := -1
	emit := func(s string) {
		if i := strings.LastIndexByte(s, '['); i >= 0 {
			lastOpen = len(out) + i
		}
		out = append(out, s...)
	}
	rest := l
	for {
		k := strings.Index(rest, sep)
		if k < 0 {
			emit(rest)
			return string(out)
		}
		e := strings.IndexByte(rest[k:], end)
		open := strings.LastIndexByte(rest[:k], '[')
		if open < 0 && lastOpen < 0 || e < 0 || !accept(rest[k+len(sep):k+e]) {
			emit(rest[:k+len(sep)])
			rest = rest[k+len(sep):]
			continue
		}
		var text string
		if open >= 0 {
			text = keep(rest[open+1 : k])
			emit(rest[:open])
		} else {
			// The bracket opened before what an earlier link left:
			// [a [b](#x)](#y).
			text = keep(string(out[lastOpen+1:]) + rest[:k])
			out = out[:lastOpen]
			lastOpen = bytes.LastIndexByte(out, '[')
		}
		emit(text)
		rest = rest[k+e+1:]
	}
}

// spanAttrs reports whether a is what pandoc writes in the braces of a
// span: .class, #id or key=value, separated by spaces.
func spanAttrs(a string) bool {
	if a == "" {
		return false
	}
	for a != "" {
		if a[0] == ' ' {
			a = a[1:]
			continue
		}
		end := strings.IndexByte(a, ' ')
		if end < 0 {
			end = len(a)
		}
		f := a[:end]
		if eq := strings.Index(f, "=\""); eq > 0 {
			// custom-style="Body Text Char": a quoted value may hold
			// spaces, as pandoc writes a docx's character style.
			close := strings.IndexByte(a[eq+2:], '"')
			if close < 0 {
				return false
			}
			end = eq + 2 + close + 1
		} else if f[0] != '.' && f[0] != '#' && !strings.Contains(f, "=") {
			return false
		}
		a = a[end:]
	}
	return true
}

// unboldMark drops the bold of a line that a web page or a docx bolds
// for its look and that is no title: a bullet alone (**●**11月2日，…, a
// briefing's item, as ●11月2日，… reads) and a byline alone
// (**文/陈慕白**, **本刊记者 张华**). Read as bold, each had been an
// entry's title, the article's own title left an empty entry above it.
// So too a day in bold at the start of its text (**11月3日**，…).
func unboldMark(l string) string {
	lead := blockLead(l)
	s := l[lead:]
	if len(s) < 7 || s[0] != '*' || s[1] != '*' || s[2] == '*' {
		return l // nearly every line
	}
	j := strings.Index(s[2:], "**")
	if j <= 0 {
		return l
	}
	inner, after := s[2:2+j], s[2+j+2:]
	if len(inner) <= 16 {
		// A mark alone, with zero-width characters around it at most
		// (most bold lines are titles: their first character lets them go).
		if r, _ := decodeRune(inner); titleMarks.has(r) || isInvisible(r) {
			v := dropInvisible(inner) // (taken out of the text only below)
			if r, n := decodeRune(v); n == len(v) && titleMarks.has(r) {
				return l[:lead] + inner + after
			}
		}
	}
	if !blankOrInvisible(after) {
		if boldDay(inner) && dayLead(l[:lead]) && !breakOnly(after) {
			// **11月3日**，县委…, **1月3日**　县委…, **11月15日**至17日，…,
			// **【1月3日】**县委…: the day at the start of its event's
			// paragraph, bold as a web page, a docx or a chat assistant
			// sets it: a date, as 11月3日，… reads, not a title over its
			// text (the copy had been read as one whose titles are bold,
			// its sections and titles lost).
			return l[:lead] + inner + after
		}
		return l // a title over its text: most bold lines
	}
	if t := trim(dropInvisible(inner)); slashByline(t) || reporterByline(t) {
		return l[:lead] + inner + after
	}
	return l
}

// unboldDateAlone drops the bold of a date alone on line l that is no
// title, by the line next after it: a month right over its text, no
// blank line between (**2月** / 县人民政府发布布告…), as pandoc wraps a
// docx's month in bold at the space after it, which monthEventAlone then
// tells from a month's heading (it had been a month's section, its event
// undated); a day with its year over a blank line (**2023年12月18日**), as
// a cover prints its date or a notice its signature's (it had been an
// entry's title, the notice undated). A month over its days (**1月** /
// 3日　…) or a blank line, a chronicle's day over its event
// (**11月1日**) or a date over its bold headline (**2024年3月5日** /
// **全市…召开**) is left bold.
func unboldDateAlone(l, next string) string {
	if len(l) < 7 || l[0] != '*' || l[1] != '*' || !figureFirst(l[2:]) {
		return l // nearly every line (３月: full-width figures too)
	}
	inner, ok := boldOnly(trimBreaks(l)) // (**3月**<br>: pandoc's hard break kept)
	if !ok {
		return l
	}
	if isBlank(next) {
		if yearDayAlone(inner) {
			return stripMarkup(l)
		}
		return l
	}
	if r, _ := decodeRune(trim(next)); r < 0x2E80 && r != '“' && r != '‘' || !monthAlone(inner) {
		return l
	}
	return stripMarkup(l)
}

// yearDayAlone reports whether t is a day with its year and nothing else
// (2023年12月1日, ２０２３年…).
func yearDayAlone(t string) bool {
	if len(t) <= 8 || !figureFirst(t) {
		return false
	}
	k := figuresEnd(t, 0, 4)
	return strings.HasPrefix(t[k:], "年") && k >= 4 && dateOnlyLine(t)
}

// boldDay reports whether inner, what a bold at a line's start holds, is
// a day and nothing else (11月3日, 十一月三日, 11月6日（星期一）, 【1月3日】),
// or with the comma, colon or space after it (11月3日，, 1月8日：): a date
// that a bold sets off at the start of its event's text.
func boldDay(inner string) bool {
	if inner == "" {
		return false
	}
	c := inner[0]
	if (c < '0' || c > '9') && (c < 0xE3 || c > 0xE5) && c != 0xEF {
		// A date's first byte, as dateTitle reads it: a figure, a
		// full-width one (EF), a Chinese numeral (E3 to E5: 〇, 一…), or
		// 【 (E3). A bold title is let go here or at its first character.
		return false
	}
	switch r, _ := decodeLastRune(inner); r {
	case '号', '】', '，', ',', '：', ':', '\u3000', ' ', '午', '上', '晚', '晨', '夜':
		// (a day's last character, or what may follow it: a mark, a gap,
		// a time of the day; the day of the week, weekdayEnd, below)
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		// **2023.11.1** 县委…: a day in figures, as a chronicle typed so
		// sets it (it had been a title, its event undated, silently).
		return numericDateOnly(inner)
	default:
		if !weekdayEnd(r) {
			return false // nearly every bold title, by its last character
		}
	}
	for _, p := range [...]string{"，", ",", "：", ":", "\u3000", " "} {
		if d, ok := strings.CutSuffix(inner, p); ok {
			inner = d
			break
		}
	}
	if n := len(inner); n > 3 && inner[n-3] >= 0xE4 && inner[n-3] <= 0xE6 {
		// 11月12日下午, 11月3日晚: the time of the day too (each word
		// ends with a character of E4 to E6).
		for _, w := range [...]string{"上午", "下午", "中午", "晚上", "晚", "凌晨", "早晨", "早上", "夜"} {
			if d, ok := strings.CutSuffix(inner, w); ok {
				inner = d
				break
			}
		}
	}
	if w := withoutWeekday(inner); len(w) < len(inner) {
		// **11月3日（星期五）**，…, **11月6日 星期一**: the day of the week
		// in the bold too, as a meeting's report or a chronicle prints it
		// (the day had been read as a title, its text undated, silently).
		inner = w
	}
	if !strings.HasSuffix(inner, "日") && !strings.HasSuffix(inner, "号") && !strings.HasSuffix(inner, "】") {
		return false // a title that begins as a numeral may (三项工作…): a day ends so
	}
	return dateTitle(inner) || c == 0xE3 && squareDate(inner)
}

// unboldTagDay is unboldMark's reading of a day in bold for a bold tag,
// as a web page sets it (<strong>11月3日</strong>，县委…): the day as
// printed, without the tags.
func unboldTagDay(l string) string {
	i := blockLead(l)
	if i >= len(l) || l[i] != '<' {
		return l
	}
	inner, after, closed, ok := cutBold(l[i:])
	if !ok || !closed || inner == "" || blankOrInvisible(after) || !boldDay(inner) || !dayLead(l[:i]) || breakOnly(after) {
		return l
	}
	return l[:i] + inner + after
}

// dayLead reports whether lead, what blockLead finds before a bold day,
// is no list's marker: a list's item (-   **5月4日** …) is read as bold,
// its marker no part of its text, as it was before days in bold were
// read as plain.
func dayLead(lead string) bool {
	return strings.IndexByte(lead, '-') < 0 && strings.IndexByte(lead, '+') < 0
}

// breakOnly reports whether after, what follows a bold on its line, is a
// hard line break and nothing else (**3月5日**\<br>, a backslash or a
// <br> the break pass has not yet taken): the bold alone on its line.
func breakOnly(after string) bool { return blankOrInvisible(trimBreaks(after)) }

// trimBreaks is l without the hard line breaks at its end (\, <br>,
// <br/>) and the spaces around them.
func trimBreaks(l string) string {
	a := trimRight(l)
	for {
		b := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(a, "<br>"), "<br/>"), "<br />"), "\\")
		if b == a {
			return a
		}
		a = trimRight(b)
	}
}

// squareDate reports whether s is a day in square brackets and nothing
// else (【1月3日】), as a chronicle may print its days.
func squareDate(s string) bool {
	d, ok := strings.CutPrefix(s, "【")
	if !ok {
		return false
	}
	d, ok = strings.CutSuffix(d, "】")
	return ok && d != "" && dateTitle(d)
}

// blankOrInvisible reports whether s holds nothing but white space and
// invisible characters. It stops at the first other character: s may be
// a paragraph's whole text after a bold title.
func blankOrInvisible(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r != ' ' && (r < '\t' || r > '\r') {
				return false // (no ASCII is invisible; unicode.IsSpace's ASCII)
			}
			continue
		}
		if _, ok := invisible(r); !ok && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// cutUnderscores rewrites as ** the __ of a bold title the wrap cut
// (__“平顶山企业家日”大会暨…推进会议召 / 开__ 11月1日，…), as boldForms does
// the __ of one line: the opening on line i, the close on one of the
// next four (a title of 64 characters wrapped at 17). Cut, the title had
// been a paragraph's start and the entry untitled (silently, under a
// list's dash). It rewrites the closing line itself and returns line i's
// new text, or line i as it is.
func (p *parser) cutUnderscores(i int) string {
	l := p.lines[i]
	lead := blockLead(l)
	s := l[lead:]
	if len(s) < 3 || s[0] != '_' || s[1] != '_' || s[2] == '_' || s[2] == ' ' || strings.Contains(s[2:], "__") {
		return l
	}
	for j := i + 1; j < len(p.lines) && j <= i+4; j++ {
		n := p.lines[j]
		if isBlank(n) {
			return l
		}
		k := strings.Index(n, "__")
		if k < 0 {
			continue
		}
		if k == 0 || n[k-1] == ' ' || n[k-1] == '_' || strings.Contains(n[k+2:], "__") || k+2 < len(n) && (n[k+2] == '_' || asciiWord(n[k+2])) {
			return l
		}
		if r, _ := decodeRune(n[k+2:]); r >= 0x4E00 && r <= 0x9FFF {
			return l // 我单位拟派__名同志…: a form's blank to fill in, not a bold's close (a title's is followed by its date, a space or a colon)
		}
		p.rewrite(j, n[:k]+"**"+n[k+2:])
		return l[:lead] + "**" + s[2:]
	}
	return l
}

// boldForms rewrites into one **…** the other ways converters bold the
// start of a line, so that a bold title is read as one:
//
//   - runs that a docx cut at every quote or bracket the text did not
//     bold (pandoc: **平顶山市荣获**“**特炭之都**”**称号**), with the
//     opening marks before the first run and the closing ones right after
//     the last;
//   - bold italics (***title***), the italics dropped;
//   - __title__, the other Markdown bold.
//
// Only marks are moved or dropped: the text reads the same without them.
// marks is boldMarks(l), which the caller has counted.
func boldForms(l string, marks int) string {
	lead := blockLead(l)
	s := l[lead:]
	if len(s) < 5 || s[0] != '*' && s[0] != '_' && s[0] != 0xE2 && s[0] != 0xE3 && s[0] != 0xEF && s[0] != '(' && s[0] != '"' {
		return l // nearly every line: the marks begin E2 (“), E3 (《) or EF (（)
	}
	if strings.HasPrefix(s, "__") && !strings.HasPrefix(s, "___") {
		if j := strings.Index(s[2:], "__"); j > 0 && s[2] != ' ' && s[2+j-1] != ' ' {
			return l[:lead] + "**" + s[2:2+j] + "**" + s[2+j+2:]
		}
		return l
	}
	if strings.HasPrefix(s, "***") && !strings.HasPrefix(s, "****") {
		if j := strings.Index(s[3:], "***"); j > 0 {
			return l[:lead] + "**" + s[3:3+j] + "**" + s[3+j+3:]
		}
		return l
	}
	if marks < 3 { // (three: a run the wrap cut open, below; s's, as blockLead's markup holds no star)
		return l
	}
	// Opening marks the bold left out may come first: “**平顶山企业家日**”**大会…**.
	open := strings.Index(s, "**")
	if open < 0 || open > 0 && !marksOnly(s[:open]) {
		return l
	}
	inner := make([]byte, 0, len(s))
	inner = append(inner, s[:open]...)
	runs, pos, end := 0, open+2, 0
	beforeGap := 0 // inner's length before the marks after the last run
	for {
		j := strings.Index(s[pos:], "**")
		if j < 0 && runs > 0 {
			// **全市**“**一部四沿五旁**”**集中…推 / 进会召开**: the last run
			// goes on past the line's end, where the wrap cut it; its **
			// closes on a line below (with the marks after it: see
			// marksIntoBold). The quote after the run had been written
			// twice.
			return l[:lead] + "**" + string(inner) + s[pos:]
		}
		if j <= 0 {
			inner = inner[:beforeGap] // (the marks after the last run are what follows it)
			break
		}
		inner = append(inner, s[pos:pos+j]...)
		runs++
		end = pos + j + 2
		k := strings.Index(s[end:], "**")
		if k < 0 || !marksOnly(s[end:end+k]) {
			break
		}
		beforeGap = len(inner)
		inner = append(inner, s[end:end+k]...)
		pos = end + k + 2
	}
	if runs < 2 {
		return l
	}
	rest := s[end:]
	for rest != "" {
		r, n := decodeRune(rest)
		if !strings.ContainsRune("”’》〉」』）)】", r) {
			break
		}
		inner = append(inner, rest[:n]...)
		rest = rest[n:]
	}
	return l[:lead] + "**" + string(inner) + "**" + rest
}

// marksOnly reports whether gap, the text between two bold runs, is
// quotes and brackets the bold left out (“ ” 《 》), so that the runs are
// one title. A space or a comma between them keeps them apart.
func marksOnly(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if !strings.ContainsRune("“”‘’\"'《》〈〉「」『』（）()【】[]·—", r) {
			return false
		}
	}
	return true
}

// unquote takes Markdown's block quote marks off the start of l (> 11月10日，…,
// > > …), as pandoc writes a docx paragraph set in from the margin: they
// are markup, and the text's date and title are read behind them.
func unquote(l string) string {
	if len(l) > 1 && l[0] == '\f' && (l[1] == '>' || l[1] == '-' || l[1] == '+' || l[1] == '*') {
		// A form feed pdftotext glued to the page's first line, a quote
		// or a list's item that quotes (\f-   > **…** 11月8日，…).
		if u := unquote(l[1:]); len(u) != len(l)-1 {
			return "\f" + u
		}
		return l
	}
	if l == "" || l[0] != '>' {
		if len(l) > 3 && (l[0] == '-' || l[0] == '+' || l[0] == '*') && (l[1] == ' ' || l[1] == '\t') {
			// -   > **会议甲召开** 11月1日，…, as pandoc writes a list's item
			// set in from the margin: the item, its text behind the
			// marks (the title had kept them, > ** and all, silently).
			j := 2
			for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
				j++
			}
			if j < len(l) && l[j] == '>' {
				return l[:j] + unquote(l[j:])
			}
		}
		return l
	}
	t := l
	for t != "" && t[0] == '>' {
		t = strings.TrimLeft(t[1:], " ")
	}
	if strings.HasPrefix(t, "[!") {
		return callout(t)
	}
	return t
}

// callout returns what a quoted line that opens an Obsidian or Typora
// callout (> [!note] 编者按, > [!tip]- 会议要求) holds: its title, or
// nothing where the marker stands alone. A bracket of another form
// ([!] in a text) is text.
func callout(t string) string {
	end := strings.IndexByte(t, ']')
	if end < 3 {
		return t
	}
	for i := 2; i < end; i++ {
		if b := t[i]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '_') {
			return t
		}
	}
	rest := strings.TrimLeft(t[end+1:], "+-")
	if rest = trim(rest); rest == "" {
		return ""
	}
	return rest
}

// calloutTitle reports whether line i is a callout's title (see callouts).
func (p *parser) calloutTitle(i int) bool {
	if len(p.callouts) == 0 {
		return false
	}
	_, ok := slices.BinarySearch(p.callouts, i)
	return ok
}

// hasLineStart reports whether a line of text begins with prefix, which
// begins with a byte most lines do not hold (| , --, >): looked for
// itself, then its line's start, where a look for "\n| " would stop at
// every line's end.
func hasLineStart(text, prefix string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], prefix)
		if i < 0 {
			return false
		}
		if at := from + i; at == 0 || text[at-1] == '\n' {
			return true
		}
		from += i + 1
	}
}

// dropAnchorLinks takes the link off a line's links to anchors of the
// same document, as pandoc writes a Word table of contents
// ([尧山实验室理事会第一次会议召开 7](#_Toc151234501)): the text stays, its page
// with it.
func dropAnchorLinks(l string) string {
	anchor := func(a string) bool { return !strings.ContainsAny(a, " \t") }
	return unwrapBrackets(l, "](#", ')', anchor, func(text string) string {
		if i := strings.LastIndexByte(text, ' '); i > 0 && i+1 < len(text) && len(text)-i-1 <= 3 && strings.Trim(text[i+1:], "0123456789") == "" {
			// Word's table of contents: the tab before the page became a
			// space; it is a tab again, which sets a page apart.
			return text[:i] + "\t" + text[i+1:]
		}
		return text
	})
}

// dropWebLinks takes the address off a line's links to web pages, as
// html2text, markdownify and turndown write a page's links
// ([县政府网站](http://www.ningchuan.gov.cn/…)): the text stays, as the page
// showed it. A picture's link (![…](http…)) is left to imageLine.
func dropWebLinks(l string) string {
	if strings.Contains(l, "![") {
		return l
	}
	address := func(a string) bool {
		if i := strings.IndexByte(a, ' '); i > 0 && len(a) >= i+3 && a[len(a)-1] == a[i+1] && (a[i+1] == '"' || a[i+1] == '\'') {
			// [省农业科学院](http://… "省农业科学院"): the link's title,
			// which turndown and markdownify write from the page's title
			// attribute (the link had stayed whole in the text).
			a = a[:i]
		}
		return a != "" && (a[0] == ':' || a[0] == 's') && !strings.ContainsAny(a, " \t")
	}
	return unwrapBrackets(l, "](http", ')', address, func(text string) string { return text })
}

// dropScriptLinks takes the script off a line's links that run one, as
// html2text writes a page's buttons ([大](javascript:doZoom(16)),
// [打印](javascript:window.print()), [关闭](javascript:void(0))): the
// text stays, as the page showed it. The script's own brackets nest, so
// the link ends at the bracket that closes the first (the line had kept
// the scripts, and the buttons 【字体：大 中 小】【打印】【关闭】 had been
// an untitled entry's text).
func dropScriptLinks(l string) string {
	for {
		k := strings.Index(l, "](javascript:")
		if k < 0 {
			return l
		}
		open := strings.LastIndexByte(l[:k], '[')
		e, depth := -1, 0
		for j := k + 1; j < len(l) && e < 0; j++ {
			switch l[j] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					e = j
				}
			}
		}
		if open < 0 || e < 0 {
			return l
		}
		l = l[:open] + l[open+1:k] + l[e+1:]
	}
}

// colonAfterBold reads a bold title set as a run-in head before its
// dated text (**会议乙召开**：11月21日，…) as one followed by a space: the
// colon separates them, as the space does in **会议乙召开** 11月21日，….
// A footnote's call right after the title (**title**[^1]) goes.
//
// rest says that the line above is a title's first half in bold of its
// own (**市委理论学习中心组举行集体学习研** / **讨**：11月9日，…, a docx's
// line break inside the title): the short bold is its rest, no label.
func colonAfterBold(l, next string, rest bool) string {
	if len(l) >= 8 && l[0] != '*' {
		// 　　**陈向平到叶县调研**：11月13日，…: set in, as a wrapped copy
		// sets in every paragraph's first line; -   **…**：…, <p>**…**：…:
		// a list's item (a docx's bulleted paragraph), an HTML paragraph.
		if lead := boldLead(l); lead > 0 {
			return l[:lead] + colonAfterBold(l[lead:], next, rest)
		}
	}
	if len(l) < 8 || l[0] != '*' || l[1] != '*' {
		return l
	}
	j := strings.Index(l[2:], "**")
	if j <= 0 || !rest && labelHead(trim(l[2:2+j])) {
		return l // (**时间**：3月25日上午9时: a label, see labelHead)
	}
	end := 2 + j + 2
	if strings.HasPrefix(l[end:], "[^") {
		// **title**[^1] 11月20日，…: a footnote's call after the title is
		// markup, as it is at a paragraph's end; the note stays below.
		if k := strings.IndexByte(l[end:], ']'); k > 2 && k <= 8 {
			l = l[:end] + l[end+k+1:]
		}
	}
	return colonToSpace(l, end, next)
}

// halfOverSentence reports whether l, a bold run-in head under a list's
// item that may be its title's first half, runs into a sentence after its
// colon (**讨**：11月9日，县委…), as a title's second half does: not a
// label over its value (-   **全县地方志工作会议议程安排** / **时间**：11月28
// 日上午9时: 时间 had been the title's end, the label's value its dated
// text, silently).
func halfOverSentence(l string) bool {
	k := strings.Index(l, "**：")
	if k < 0 {
		k = strings.Index(l, "**:")
	}
	return k >= 0 && containsAnyOf(l[k:], "，。；,;")
}

// titleHalfOver reports whether l, the line over a bold run-in head, is a
// title's first half in bold of its own: a bold line, nothing else, of
// eight characters at least, no sentence (**市委理论学习中心组举行集体学习研**).
func titleHalfOver(l string) bool {
	if len(l) < 12 {
		return false
	}
	if c := leadByte(l); c != '*' {
		if c != '-' && c != '+' {
			return false // nearly every line
		}
		// -   **市委理论学习中心组举行集体学习研** / **讨**：…: the half a
		// list's item, as pandoc writes a docx's bulleted paragraph (研讨
		// had been a label's name, the title the item's text, silently).
		if k := boldLead(l); k > 0 {
			l = l[k:]
		}
	}
	x, ok := boldOnly(l)
	return ok && !closed(x) && runeCount(x) >= 8 && !strings.ContainsAny(x, "：:")
}

// colonAfterTag is colonAfterBold for a title in a bold tag, as a web
// page sets a run-in head (<p><strong>会议乙召开</strong>：11月21日，…): the
// body reads the tag as bold, and had read the colon as no title's end
// (the titles had been one paragraph each, with no entry).
func colonAfterTag(l, next string) string {
	i := blockLead(l)
	if i >= len(l) || l[i] != '<' {
		return l
	}
	inner, after, closed, ok := cutBold(l[i:])
	if !ok || !closed || trim(inner) == "" || labelHead(trim(inner)) {
		return l
	}
	end := len(l) - len(after)
	return colonToSpace(l, end, next)
}

// colonAfterCutTag is colonAfterTag for a line that begins inside a bold
// tag the wrap cut, its closing tag close (<p><strong>…重 / 点…召开</strong>：11月1日，…,
// a web page's paragraph hard-wrapped): the colon after it is the
// title's end, as on one line.
func colonAfterCutTag(l, close, next string) string {
	k := strings.Index(l, close)
	if k < 0 || strings.IndexByte(l[:k], '<') >= 0 {
		return l
	}
	return colonToSpace(l, k+len(close), next)
}

// openBoldTag returns the closing tag of the bold tag (<strong>, <b>,
// <B>) left open at l's end, open being the one left open above it
// ("" for none).
func openBoldTag(l, open string) string {
	for _, pair := range boldPairs[1:] {
		if open != "" && open != pair[1] {
			continue
		}
		in, s := open != "", l
		for {
			if in {
				k := strings.Index(s, pair[1])
				if k < 0 {
					return pair[1]
				}
				s, in = s[k+len(pair[1]):], false
			} else {
				k := strings.Index(s, pair[0])
				if k < 0 {
					break
				}
				s, in = s[k+len(pair[0]):], true
			}
		}
	}
	return ""
}

// colonToSpace is l with the colon at end, after a bold title, read as
// the space it stands for where a date follows it (…**：11月21日，… /
// …</strong>：11月21日，…); else l.
func colonToSpace(l string, end int, next string) string {
	for _, c := range [...]string{"：", ":"} {
		if rest, ok := strings.CutPrefix(l[end:], c); ok && monthAfter(rest, next) {
			return l[:end] + " " + rest
		}
	}
	return l
}

// labelHead reports whether t, bold before a colon and a date, is a
// notice's label or a lead-in (时间：3月25日上午9时, 据统计：3月份…), as web
// pages and docx bold them, not a run-in title: shorter than any news
// item's title, and no editors' note (编者按：11月，… heads its note).
func labelHead(t string) bool {
	return runeCount(t) < 5 && t != "编者按" && t != "编者的话" && t != "按语" && t != "卷首语"
}

// colonAfterCutBold is colonAfterBold for a line that begins inside a
// bold title the wrap cut, its ** opened on a line above: **宁川县…推进会议在
// 县城 / 召开**：11月1日，…, or / **：11月1日，….
func colonAfterCutBold(l, next string) string {
	j := strings.Index(l, "**")
	if j < 0 || strings.IndexByte(l[:j], '*') >= 0 {
		return l
	}
	end := j + 2
	return colonToSpace(l, end, next)
}

// cutTriple reads line i, which opens a ***bold italic*** title the wrap
// cut (***李明俊主持召开… / …等工作*** 11月14日，…), as opening a bold one:
// its *** becomes **, and clean makes the close ** too. Only where a line
// below, before a blank one, closes it with *** (***title** with ** is
// a star and a bold title, as CommonMark has it, cut or not).
func cutTriple(lines []string, i int) string {
	l := lines[i]
	lead := blockLead(l)
	s := l[lead:]
	if !strings.HasPrefix(s, "***") || strings.HasPrefix(s, "****") || strings.IndexByte(s[3:], '*') >= 0 {
		return l
	}
	for j := i + 1; j < len(lines) && j <= i+3 && !isBlank(lines[j]); j++ {
		if n := strings.Count(lines[j], "*"); n > 0 {
			if n == 3 && strings.Contains(lines[j], "***") {
				return l[:lead] + "**" + s[3:]
			}
			return l
		}
	}
	return l
}

// blockLead returns where the text of l begins after indentation, a
// form feed, a list's marker (-   , + ), a heading's hashes or an HTML
// paragraph's tag: the markup a title's line may begin with before its
// bold.
func blockLead(l string) int {
	if l != "" && l[0] == '*' {
		return 0 // a bold line's: no indent nor markup before it (asked of each several times)
	}
	i := indentBytes(l)
	if i < len(l) && l[i] == '\f' {
		for i < len(l) && l[i] == '\f' {
			i++
		}
		i += indentBytes(l[i:]) // \f    **title**：…, pdftotext's form feed before the indent
	}
	if i+1 < len(l) && (l[i] == '-' || l[i] == '+') && l[i+1] == ' ' {
		i++
		if j := i + indentBytes(l[i:]); strings.HasPrefix(l[j:], "<p>") {
			// -   <p>**title**：…, a web page's list item whose paragraph
			// the converter kept as a tag (<li><p>)
			return j + len("<p>") + indentBytes(l[j+len("<p>"):])
		}
	} else if i < len(l) && l[i] == '#' {
		k := i
		for k < len(l) && l[k] == '#' {
			k++
		}
		if k-i > 6 || k == len(l) || l[k] != ' ' {
			return i
		}
		i = k // # __泉州史志__: a heading's text
	} else if strings.HasPrefix(l[i:], "<p>") {
		i += len("<p>")
	} else {
		return i
	}
	return i + indentBytes(l[i:])
}

// boldLead returns where ** begins l after blockLead's markup, 0 when l
// does not begin so.
func boldLead(l string) int {
	if i := blockLead(l); i > 0 && strings.HasPrefix(l[i:], "**") {
		return i
	}
	return 0
}

// marksIntoBold moves the closing quotes and brackets right after a
// bold's closing ** at a line's start into the bold (**” 11月14日，… under
// **…全国**“**标杆煤矿, a title bolded in runs around its quotes that the
// wrap cut): they end the title, as boldForms has them on one line.
func marksIntoBold(l string) string {
	if !strings.HasPrefix(l, "**") || strings.HasPrefix(l, "***") {
		return l
	}
	n := 2
	for n < len(l) {
		r, size := decodeRune(l[n:])
		if !strings.ContainsRune("”’》〉」』）)】", r) {
			break
		}
		n += size
	}
	if n == 2 {
		return l
	}
	return l[2:n] + "**" + l[n:]
}

// monthAfter reports whether a date with its month begins rest, the
// text after a run-in title's colon, or what the wrap left of it there
// and the next line (**title**： / 11月9日，…, **title**：11 / 月1日，…).
func monthAfter(rest, next string) bool {
	if containsAnyOf(rest, "\u00a0\u200b") {
		// 11 月 3 日 with no-break spaces (a copy from Word), or zero-width
		// ones: a date, as clean reads it after this.
		rest = strings.NewReplacer("\u00a0", " ", "\u200b", "").Replace(rest)
	}
	rest = strings.TrimLeft(rest, " ")
	if startsWithMonth(rest) {
		return true
	}
	if len(rest) > 8 || strings.Trim(strings.ReplaceAll(rest, "月", ""), "0123456789") != "" {
		return false // (11, 11月, 11月13: a date the wrap cut)
	}
	return startsWithMonth(rest + strings.TrimLeft(next, " \t\u3000"))
}

// emojiPart reports whether r may stand on either side of a zero-width
// joiner in an emoji sequence: a pictograph, a symbol, a skin tone, the
// emoji variation selector.
func emojiPart(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r == 0x2640 || r == 0x2642
}

// anchorAttrs reports whether s, after <a, holds an attribute: a space,
// a name of letters and =.
func anchorAttrs(s string) bool {
	s = strings.TrimLeft(s, " ")
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] == '-') {
		i++
	}
	return i > 0 && i < len(s) && s[i] == '='
}

// fencedDivs reads pandoc's fenced divs, as it writes a docx's paragraph
// styles (-f docx+styles, or styles it does not know: a WPS document's
// 标题 1): the fences (::: {custom-style="标题 1"}, :::) are markup, and
// the paragraphs of a heading's style are that heading, one level below
// the title's (标题/Title #, 标题 1/Heading 1 ##), as the Word document
// shows them. Other styles (正文, Body Text) leave their text as it is.
func (p *parser) fencedDivs() {
	var open []int // the heading level of each div open, 0 for none
	for i, l := range p.lines {
		t := trim(l)
		if len(t) < 3 || t[0] != ':' {
			if n := len(open); n > 0 && open[n-1] > 0 && t != "" && t[0] != '#' {
				p.lines[i] = strings.Repeat("#", open[n-1]) + " " + t
			}
			continue
		}
		rest := strings.TrimLeft(t, ":")
		if len(t)-len(rest) < 3 {
			continue
		}
		rest = trim(rest)
		switch {
		case rest == "":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case divAttrs(rest):
			open = append(open, styleLevel(rest))
		default:
			continue // ::: in a text is text
		}
		p.addFurniture(i, model.Markup, l)
		p.lines[i] = ""
	}
}

// divAttrs reports whether s is what follows a div's opening fence:
// attributes in braces ({custom-style="标题 1"}, {.note}) or a class's
// name alone (::: warning).
func divAttrs(s string) bool {
	if s[0] == '{' {
		return s[len(s)-1] == '}'
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_') {
			return false
		}
	}
	return true
}

// styleLevel returns the heading level a div's custom style gives its
// paragraphs (custom-style="标题" 1, "Heading 2" or "标题 2" 3), 0 for a
// style that is no heading's.
func styleLevel(attrs string) int {
	_, v, ok := strings.Cut(attrs, `custom-style="`)
	if !ok {
		return 0
	}
	v, _, _ = strings.Cut(v, `"`)
	switch v {
	case "标题", "Title":
		return 1
	}
	for _, name := range [...]string{"标题", "Heading", "heading"} {
		if rest, ok := strings.CutPrefix(v, name); ok {
			rest = trim(rest)
			if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '5' {
				return int(rest[0]-'0') + 1
			}
		}
	}
	return 0
}

// dropHighlights takes out the marks Obsidian and Typora put round a
// highlight (==传达学习省委全会精神==): text between them stays. Only
// pairs are taken, each run of exactly two, the opening one before text
// and the closing one after it; a Setext underline (===) or a
// comparison (a == b) is left as it is.
func dropHighlights(l string) string {
	var at [8]int // where the runs begin; a line holds few
	n := 0
	for i := 0; i+1 < len(l); i++ {
		if l[i] != '=' || l[i+1] != '=' {
			continue
		}
		j := i + 2
		for j < len(l) && l[j] == '=' {
			j++
		}
		if j-i != 2 {
			return l // ===: an underline, or a row of them
		}
		if n == len(at) {
			return l
		}
		at[n] = i
		n++
		i = j - 1
	}
	if n == 0 || n%2 == 1 {
		return l
	}
	for k := 0; k < n; k += 2 {
		o, c := at[k], at[k+1]
		if o+2 == c || l[o+2] == ' ' || l[c-1] == ' ' {
			return l // == ==, or a space inside: no highlight
		}
	}
	return dropMarks(l, at[:n], 2)
}

// fieldCodes are the Word fields whose instructions a text extraction
// of a .doc or .docx may keep with their results (docx2txt, a "save as
// text" with field codes shown): the table of contents' TOC \o "1-3" \h
// \z \u, each line's HYPERLINK \l "_Toc151234501" and PAGEREF
// _Toc151234501 \h before its page.
var fieldCodes = [...]string{"TOC ", "HYPERLINK ", "PAGEREF "}

// dropFieldCodes takes Word's field instructions out of l, keeping their
// results: HYPERLINK \l "_Toc1" 时政要闻<TAB>PAGEREF _Toc1 \h 1 is
// 时政要闻<TAB>1, a line of the contents (it had been text, the contents
// lost). An instruction is its name, then switches (\h, \o "1-3"),
// quoted arguments and, for PAGEREF, a bookmark's name; a name with
// nothing of that after it (TOC 中的…) is text.
func dropFieldCodes(l string) string {
	if strings.IndexByte(l, 'O') < 0 && strings.IndexByte(l, 'Y') < 0 && strings.IndexByte(l, 'A') < 0 {
		return l // no capital of the names: nearly every line
	}
	var out strings.Builder
	rest := l
	for {
		at, name := -1, ""
		for _, f := range fieldCodes {
			if k := strings.Index(rest, f); k >= 0 && (at < 0 || k < at) && (k == 0 || rest[k-1] == ' ' || rest[k-1] == '\t' || rest[k-1] >= 0x80) {
				at, name = k, f
			}
		}
		if at < 0 {
			break
		}
		end := fieldArgs(rest[at+len(name):], name == "PAGEREF ")
		if end == 0 {
			out.WriteString(rest[:at+len(name)])
			rest = rest[at+len(name):]
			continue
		}
		out.WriteString(rest[:at])
		rest = rest[at+len(name)+end:]
	}
	if out.Len() == 0 {
		return l
	}
	out.WriteString(rest)
	return out.String()
}

// fieldArgs returns the length of a field instruction's arguments at the
// start of s, with the spaces after them; 0 where there is none. bookmark
// takes a bare word first (PAGEREF's _Toc151234501).
func fieldArgs(s string, bookmark bool) int {
	i, n := 0, 0
	for i < len(s) {
		switch {
		case s[i] == ' ':
			i++
			continue
		case s[i] == '\\' && i+1 < len(s) && (s[i+1]|0x20 >= 'a' && s[i+1]|0x20 <= 'z'):
			i += 2
		case s[i] == '"':
			k := strings.IndexByte(s[i+1:], '"')
			if k < 0 {
				return 0
			}
			i += k + 2
		case bookmark && n == 0 && (s[i] == '_' || s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z'):
			for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] < 0x80 {
				i++
			}
		default:
			if n == 0 {
				return 0
			}
			return i
		}
		n++
	}
	if n == 0 {
		return 0
	}
	return i
}

// tocMarker reports whether t is the mark an editor puts where it shows
// the document's headings as a table of contents: Typora's and Obsidian
// plugins' [toc], [TOC], GitLab's [[_TOC_]], VuePress's [[toc]]. It holds
// no title: markup, not a line before the cover.
func tocMarker(t string) bool {
	if len(t) < 5 || len(t) > 9 || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	switch strings.ToLower(t) {
	case "[toc]", "[[toc]]", "[[_toc_]]":
		return true
	}
	return false
}

// lineBlocks takes the bars off pandoc's line blocks (| 宁川月报 / | 2023年第11期,
// as it writes a paragraph whose lines were broken by hand, a cover's or
// an address's): each line is a line of the text. A block is a run of
// lines that begin with a bar and a space, none of which ends with a bar
// or holds one between spaces: a table's rows (| 鹰城区 | 1200亩 |) do.
func (p *parser) lineBlocks() {
	for i := 0; i < len(p.lines); i++ {
		if !lineBlockLine(p.lines[i]) {
			continue
		}
		j := i
		for j < len(p.lines) && lineBlockLine(p.lines[j]) {
			j++
		}
		table := false
		for k := i; k < j && !table; k++ {
			t := trimRight(p.lines[k])
			table = len(t) > 1 && t[len(t)-1] == '|' || strings.Contains(t[1:], " | ")
		}
		for k := i; k < j && !table; k++ {
			// (Kept as printed for furniture the line may turn out to be:
			// | #月报 #宁川, a tag line.)
			p.rewrite(k, strings.TrimPrefix(p.lines[k][1:], " "))
		}
		i = j - 1
	}
}

// lineBlockLine reports whether l may be a line of a line block: a bar
// and a space first, or a bar alone (an empty line of the block).
func lineBlockLine(l string) bool {
	return l != "" && l[0] == '|' && (len(l) == 1 || l[1] == ' ')
}

// shortUnderlines reads a heading of two characters underlined with two
// (目录 / --, 简讯 / ==), as turndown writes a Setext heading: an underline
// as long as its text, counted in UTF-16 units, which for Chinese is as
// many as it has characters. It is the underline a longer one is (---,
// ===); a line of two dashes under any other text is text.
func (p *parser) shortUnderlines() {
	for i := 1; i < len(p.lines); i++ {
		u := p.lines[i]
		if u != "--" && u != "==" {
			continue
		}
		t := p.lines[i-1]
		if utf8.RuneCountInString(t) != 2 || !hasHan(t) || i > 1 && !isBlank(p.lines[i-2]) {
			continue
		}
		p.addFurniture(i, model.Markup, u)
		p.lines[i] = u + u[:1] // --- or ===, which every reader of headings knows
	}
}

// wikiLinks reads Obsidian's links between notes: [[县委常委会召开会议]] is
// its text, [[省委全会精神|省委全会]] the text after the bar, and a line
// that only embeds a file (![[会议现场.jpg]]) a picture.
func (p *parser) wikiLinks() {
	for i, l := range p.lines {
		if !strings.Contains(l, "[[") {
			continue
		}
		if t := trim(l); strings.HasPrefix(t, "![[") && strings.HasSuffix(t, "]]") && strings.Count(t, "[[") == 1 {
			p.addFurniture(i, model.Image, l)
			p.lines[i] = ""
			continue
		}
		p.lines[i] = dropWikiLinks(l)
	}
}

// dropWikiLinks rewrites each [[target]] or [[target|text]] in l as the
// text a reader sees; brackets of another form stay.
func dropWikiLinks(l string) string {
	// One pass over l: the ]] and the last bracket before it are found
	// once for all the [[ before them, and the line is written once, so
	// that a line of thousands of links costs its length.
	var b strings.Builder
	done := 0              // l[:done] is written to b, or there is nothing to write
	closeAt, bad := -1, -1 // the next ]] at or after from, and the last [, ] or newline before it
	for from := 0; ; {
		k := strings.Index(l[from:], "[[")
		if k < 0 {
			break
		}
		k += from
		if closeAt < k+2 {
			e := strings.Index(l[k+2:], "]]")
			if e < 0 {
				break // no ]] after this [[, nor after any later one
			}
			closeAt = k + 2 + e
			bad = strings.LastIndexAny(l[:closeAt], "[]\n")
		}
		if closeAt == k+2 || bad >= k+2 {
			from = k + 2
			continue
		}
		text := l[k+2 : closeAt]
		if bar := strings.LastIndexByte(text, '|'); bar >= 0 && bar+1 < len(text) {
			text = text[bar+1:]
		}
		b.WriteString(l[done:k])
		b.WriteString(text)
		done = closeAt + 2
		from = done
	}
	if done == 0 {
		return l
	}
	b.WriteString(l[done:])
	return b.String()
}

// headingMarks returns the heading l without what a converter writes
// around its text: CommonMark's closing sequence (## 时政要闻 ##), pandoc's
// attributes (## 时政要闻 {#sec-12}, {#_Toc151234503}, {.unnumbered}, {-},
// {#id .class key=val}, after a closing sequence too: ## 时政要闻 ## {#id}),
// and a bold over the whole text (## **时政要闻**, as a docx's heading
// style set bold is written). heading reads them off its text, but the
// passes that read the line as it is (a cover's 宁川史志 2023年第12期, a
// running head 宁川月报 2023 年第 11 期, a title's line) had read
// 宁川月报 # or 2023年第12期 #, and let the heading be text. The hashes
// and their space stay as they are (the heading's level). Most headings
// end with their text's last character and are let go by that byte. A
// heading set letter-spaced (## 宁　川　月　报 {#t}) is given tight (see
// unspacedShort), for the passes that read it before clean does.
func headingMarks(l string) (string, bool) {
	u, ok := headingMarksOnly(l)
	if spacedAfterFirst(u) {
		if v, spaced := unspacedShort(u); spaced {
			return v, true
		}
	}
	return u, ok
}

// spacedAfterFirst reports whether the heading h (its bold taken off by
// headingMarksOnly) may be set letter-spaced: a space, or U+3000's first
// byte, after the first character of its text. It is asked of every
// heading, by a few bytes, before unspacedShort is: a copy of headings
// alone had spent a twentieth of its parse in the call.
func spacedAfterFirst(h string) bool {
	k := strings.IndexByte(h, ' ') + 4 // (## 大　事　记: past the hashes' space and a character)
	return k > 3 && k < len(h) && (h[k] == ' ' || h[k] == 0xE3)
}

// headingMarksOnly is headingMarks without the look at letter-spacing.
func headingMarksOnly(l string) (string, bool) {
	k := 0
	for k < len(l) && l[k] == '#' {
		k++
	}
	if k > 6 {
		return l, false
	}
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	if k < len(l) && (l[k] == '<' || l[k] == '[') {
		// ## <a id="_Toc151234501"></a>时政要闻, ## []{#_Toc151234501}时政要闻:
		// a docx's bookmark, as pandoc and mammoth write it, before the text
		if n := bookmarkLen(l[k:]); n > 0 && trim(l[k+n:]) != "" {
			u, _ := headingMarksOnly(l[:k] + trimLeftBlanks(l[k+n:], false))
			return u, true
		}
	}
	switch l[len(l)-1] {
	case '#', '}', '*', '_', ' ', '\t':
	case 0x80: // U+3000, an editor's padding (## 时政要闻 ##　)
		if !strings.HasSuffix(l, "\u3000") {
			return l, false
		}
	default:
		return l, false
	}
	text := strings.TrimRight(l[k:], " \t\u3000")
	was := text
	for text != "" {
		if n := len(text); text[n-1] == '}' {
			at := strings.LastIndexByte(text, '{')
			if at < 0 || text[at+1:n-1] != "-" && !spanAttrs(text[at+1:n-1]) {
				break // ({-}: pandoc's .unnumbered, shortened)
			}
			text = strings.TrimRight(text[:at], " \t\u3000")
			continue
		}
		if text[len(text)-1] == '#' {
			// A closing sequence has a space before it: C# and 第3# are
			// text.
			h := strings.TrimRight(text, "#")
			if h != "" && h[len(h)-1] != ' ' && h[len(h)-1] != '\t' {
				break
			}
			text = strings.TrimRight(h, " \t")
			continue
		}
		break
	}
	for _, b := range [...]string{"**", "__"} {
		if n := len(text); n > 4 && text[:2] == b && text[n-2:] == b && !strings.Contains(text[2:n-2], b) {
			// (**宁川月报** 2023年第11期 and **一**、**时政要闻** are
			// not one bold.)
			if in := trim(text[2 : n-2]); in != "" {
				text = in
			}
			break
		}
	}
	if text == was || trim(text) == "" {
		return l, false
	}
	return l[:k] + text, true
}

// bookmarkLen is the length of the empty anchor t begins with, a docx's
// bookmark (<a id="_Toc151234501"></a>, <a name="x"></a>,
// <span id="x"></span>, pandoc's []{#_Toc151234501}), or 0.
func bookmarkLen(t string) int {
	if strings.HasPrefix(t, "[]{") {
		if e := strings.IndexByte(t, '}'); e > 3 && spanAttrs(t[3:e]) {
			return e + 1
		}
		return 0
	}
	for _, tag := range [...]string{"a", "span"} {
		if len(t) > len(tag)+2 && t[0] == '<' && t[1:1+len(tag)] == tag && t[1+len(tag)] == ' ' {
			gt := strings.IndexByte(t, '>')
			if gt > 0 && strings.HasPrefix(t[gt+1:], "</"+tag+">") {
				return gt + 1 + len(tag) + 3
			}
		}
	}
	return 0
}

// tagLine reports whether l holds Obsidian's tags and nothing else (#月报
// #宁川): two at least, each a # run into its word. One alone may be a
// heading a converter wrote without its space (#时政要闻).
func tagLine(l string) bool {
	n := 0
	for i := 0; i < len(l); {
		if l[i] == ' ' || l[i] == '\t' {
			i++
			continue
		}
		if l[i] != '#' || i+1 == len(l) || l[i+1] == '#' || l[i+1] == ' ' || l[i+1] == '\t' {
			return false // ## 时政要闻, # 宁川月报: a heading
		}
		for i < len(l) && l[i] != ' ' && l[i] != '\t' {
			i++
		}
		n++
	}
	return n >= 2
}

// innerFences takes out the fences of a code block inside the copy
// (``` / 0371-6123456 / ```), as pymupdf4llm fences the lines a PDF sets
// all in a monospaced font: blank lines, the lines between them a
// paragraph (the fences had been kept in it, ```0371-6123456```). Only a pair
// 40 lines apart at most, each fence ``` alone or with a language's name.
func (p *parser) innerFences() {
	fence := func(l string) bool {
		t := trim(l)
		if !strings.HasPrefix(t, "```") {
			return false
		}
		for _, c := range []byte(t[3:]) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(p.lines); i++ {
		if !fence(p.lines[i]) {
			continue
		}
		for j := i + 1; j < len(p.lines) && j <= i+40; j++ {
			if fence(p.lines[j]) {
				if trim(p.lines[j]) == "```" {
					// (A blank line each, not furniture, whose blank
					// lines around it would join the block to the
					// paragraphs on either side.)
					p.rewrite(i, "")
					p.rewrite(j, "")
				}
				i = j
				break
			}
		}
	}
}

// cutBracketTitles mends a yearbook's 条目 title the wrap cut, each of its
// lines bold, as pymupdf4llm writes a bold run a line (**【党风廉政** /
// **建设】** 召开…): the title whole on the first line, its text from the
// second's (the 条目 had been titled 【党风廉政, its text 建设】 召开…,
// warned). The characters keep their order; only the marks move.
func (p *parser) cutBracketTitles(marked []uint64) {
	for i := 0; i+1 < len(p.lines); i++ {
		if marked != nil && marked[i/64]&(1<<(i%64)) == 0 || strings.IndexByte(p.lines[i], '*') < 0 {
			continue // nearly every line (marked: see clean)
		}
		t := trim(p.lines[i])
		in, ok := strings.CutPrefix(t, "**【")
		if !ok || !strings.HasSuffix(in, "**") || len(in) > 20*3 {
			continue
		}
		in = in[:len(in)-2]
		if in == "" || containsAnyOf(in, "】*") {
			continue
		}
		next := trim(p.lines[i+1])
		rest, ok := strings.CutPrefix(next, "**")
		if !ok {
			continue
		}
		end := strings.Index(rest, "】**")
		if end < 0 || strings.Contains(rest[:end], "*") || end > 20*3 {
			continue
		}
		p.rewrite(i, "**【"+in+rest[:end]+"】**")
		p.rewrite(i+1, trim(rest[end+len("】**"):]))
		i++
	}
}

// dropCodeSpans takes out the backticks of inline code (`11` 月`2` 日,
// `126.35`), as pymupdf4llm marks the runs a PDF sets in a monospaced
// font, figures most often: the text between them stays (`11`月`2`日 had
// been no date, the entry undated). Only where every backtick on the line
// pairs with the next round text that holds no space at its edges; a
// fence (```) or a lone backtick leaves the line as it is.
func dropCodeSpans(l string) string {
	if strings.Count(l, "`")%2 != 0 || strings.Contains(l, "``") {
		return l
	}
	var b []byte
	last := 0
	for i := 0; i < len(l); {
		j := strings.IndexByte(l[i:], '`')
		if j < 0 {
			break
		}
		open := i + j
		k := strings.IndexByte(l[open+1:], '`')
		if k < 0 {
			return l
		}
		shut := open + 1 + k
		if in := l[open+1 : shut]; in == "" || in[0] == ' ' || in[len(in)-1] == ' ' {
			return l
		}
		b = append(b, l[last:open]...)
		b = append(b, l[open+1:shut]...)
		last = shut + 1
		i = shut + 1
	}
	if b == nil {
		return l
	}
	return string(append(b, l[last:]...))
}

// dropItalics takes out the marks of italics (*传达学习*, _研究部署_), as
// pandoc writes a docx's italic runs and html2text and turndown a page's
// <em>: the text between them stays. Only single marks are read (** is
// bold's, see boldForms), not one a backslash escapes (800张\*), and only
// where every one on the line pairs with the next, the pair round
// Chinese text, the first run into its word and the second run out of
// its: a list's * or a lone * leaves the line as it is, and an
// underscore inside a word (nc_szb@163.com) is no mark.
func dropItalics(l string) string {
	from := 0
	if len(l) > 1 && (l[0] == '*' || l[0] == '-' || l[0] == '+') && l[1] == ' ' {
		from = 2 // a list item's marker
	}
	var at [16]int
	n := 0
	// The marks are looked for by IndexByte, each kind in turn, rather
	// than byte by byte: a line of a report is long, and its only stars
	// are most often bold's.
	for _, c := range [...]byte{'*', '_'} {
		for i := from; ; i++ {
			k := strings.IndexByte(l[i:], c)
			if k < 0 {
				break
			}
			i += k
			if i+1 < len(l) && l[i+1] == c {
				for i+1 < len(l) && l[i+1] == c {
					i++ // a run of two or more (bold's **): none of it a mark, passed at once
				}
				continue
			}
			if i > 0 && (l[i-1] == '\\' || l[i-1] == c) {
				continue // escaped, or the last of a run
			}
			if c == '_' && i > 0 && i+1 < len(l) && asciiWord(l[i-1]) && asciiWord(l[i+1]) {
				continue // nc_szb@163.com: _ inside a word is no mark
			}
			if n == len(at) {
				return l
			}
			at[n] = i
			n++
		}
	}
	if n == 0 || n%2 == 1 || rule(l) {
		return l
	}
	slices.Sort(at[:n])
	for k := 0; k < n; k += 2 {
		o, c := at[k], at[k+1]
		if l[o] != l[c] || c == o+1 || l[o+1] == ' ' || l[c-1] == ' ' || !hasHan(l[o+1:c]) {
			return l
		}
		if l[o] == '_' && (o > 0 && asciiWord(l[o-1]) || c+1 < len(l) && asciiWord(l[c+1])) {
			return l // a_b 县 c_: an underscore that opens or closes a word
		}
	}
	return dropMarks(l, at[:n], 1)
}

// dropMarks returns l without the marks of size bytes that begin at each
// of at, in order: the highlights' == and the italics' * and _.
func dropMarks(l string, at []int, size int) string {
	var b strings.Builder
	b.Grow(len(l) - size*len(at))
	last := 0
	for _, i := range at {
		b.WriteString(l[last:i])
		last = i + size
	}
	b.WriteString(l[last:])
	return b.String()
}

// asciiWord reports whether c is an ASCII letter or digit.
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wrappingFence takes out a code fence around the whole copy (```markdown
// … ```), as a chat assistant that converted a PDF hands it back and a
// copy pasted from one has it: the two fence lines are markup, what they
// hold the copy. So are the assistant's words around the fence, a line or
// two (以下是转换后的内容： before it; 如需调整请告诉我。 after it). A
// fence that holds a code block among other text, or names another
// language, is left alone.
func (p *parser) wrappingFence() {
	// The fence lines: among the first and the last three lines of text.
	var head, tail []int
	for i := 0; i < len(p.lines) && len(head) < 3; i++ {
		if !isBlank(p.lines[i]) {
			head = append(head, i)
		}
	}
	for i := len(p.lines) - 1; i >= 0 && len(tail) < 3; i-- {
		if !isBlank(p.lines[i]) {
			tail = append(tail, i)
		}
	}
	first := -1
	for k, i := range head {
		t := trim(p.lines[i])
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			first = i
			break
		}
		if r, _ := decodeLastRune(t); r != '：' && r != ':' || utf8.RuneCountInString(t) > 60 || k == 2 {
			return // nearly every copy: its first line no fence, no words before one
		}
	}
	if first < 0 {
		return
	}
	open := trim(p.lines[first])
	mark := open[:1]
	n := len(open) - len(strings.TrimLeft(open, mark))
	switch strings.ToLower(trim(open[n:])) {
	case "", "markdown", "md", "text", "txt", "plaintext":
	default:
		return
	}
	last := -1
	for _, i := range tail {
		t := trim(p.lines[i])
		if i > first && len(t) >= n && strings.Trim(t, mark) == "" {
			last = i
			break
		}
		if utf8.RuneCountInString(t) > 60 {
			return
		}
	}
	if last < 0 {
		return
	}
	for _, l := range p.lines[first+1 : last] {
		if l != "" && (l[0] == mark[0] || l[0] == ' ') && strings.HasPrefix(trim(l), open[:3]) {
			return // another fence inside: code blocks, not one around all
		}
	}
	for i, l := range p.lines {
		if (i <= first || i >= last) && !isBlank(l) {
			p.addFurniture(i, model.Markup, l)
			p.lines[i] = ""
		}
	}
}
