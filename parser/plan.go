// The plan pass: before the body is built, plan decides which heading
// level marks sections and finds the titles and sections' names a copy
// marks otherwise — headings stacked over headings, flat headings that are
// titles, plain names over bold titles, and, in a copy that lost its
// markup, the titles, names and lead-ins plainTitles reads from plain
// lines.

package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// hanAlone reports whether t is one Han character and nothing else.
func hanAlone(t string) bool {
	r, n := decodeRune(t)
	return n == 3 && len(t) == 3 && han(r)
}

// exclaimEnd reports whether t ends with an exclamation or a question
// mark, full-width or typed on an English keyboard (！？!?): a title may.
func exclaimEnd(t string) bool {
	r := lastRune(t)
	return r == '！' || r == '？' || r == '!' || r == '?'
}

// isStacked reports whether line i (an index in p.lines) is a heading
// that plan found over another heading.
func (b *bodyBuilder) isStacked(i int) bool { return b.lineBit(b.stacked, i) }

// lineBit reports whether bits, a bit by line index from bodyStart,
// marks source line index i.
func (b *bodyBuilder) lineBit(bits []uint64, i int) bool {
	k := i - b.p.bodyStart
	return bits != nil && k >= 0 && k/64 < len(bits) && bits[k/64]&(1<<(k%64)) != 0
}

// findFlatTitles marks the headings at level that head an article, in a
// body with one level of headings beside bold titles and no table of
// contents to tell them apart (## 领导活动 / ## 陈向平到叶县调研 /
// 11月13日，… / ## 重要会议 / **会议甲召开** …), as docling gives a PDF
// whose column heads and some titles it took for headings: a heading
// over another is a section (stacked), and so is one over bold titles;
// one over dated text, or that swallowed its text's date (## 会议乙召开
// 11月7日，), is a title. It returns nil where there is none.
func (b *bodyBuilder) findFlatTitles(lines []string, level int, stacked []uint64) []uint64 {
	var bits []uint64
	for i, l := range lines {
		if l == "" || l[0] != '#' && l[0] != ' ' {
			continue
		}
		lvl, t, ok := heading(l)
		if !ok || lvl != level || stacked[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		k := i + 1
		for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
			k++
		}
		if k == len(lines) {
			continue
		}
		if _, _, ok := heading(lines[k]); ok || boldTitle(lines[k], true) {
			continue
		}
		if _, rest := splitHeading(t); rest == "" && b.datedAt(lines[k]) == 0 {
			continue
		}
		if bits == nil {
			bits = make([]uint64, (len(lines)+63)/64)
		}
		bits[i/64] |= 1 << (i % 64)
	}
	return bits
}

// plan decides which heading level marks sections. Reports use ## for
// sections and ###, #### or bold for entries; a report with one level of
// headings and nothing below it uses them for entries. Where sections are
// marked otherwise (一、, a Setext heading, a TOC section name on a line
// of its own), ### and deeper are entries.
func (b *bodyBuilder) plan() {
	b.tocSections = make(map[string]bool, len(b.iss.TOC))
	for _, s := range b.iss.TOC {
		if s.Name != "" {
			b.tocSections[b.p.foldString(s.Name)] = true
			// An enumerator, quotes and spaces may make the body's longer.
			b.sectionMaxLen = max(b.sectionMaxLen, 2*len(s.Name)+24)
		}
	}
	lines := b.p.lines[b.p.bodyStart:]
	minLevel, deeper, bold, other := 7, false, false, false
	var comma, paren, formal int
	// Parts numbered 壹、 are looked for only from a line that begins so
	// on: the look asks each line's first character. (A search of the
	// whole text for 壹、 had cost a tenth of a long copy's parse: its
	// first byte begins a Chinese character in eight.)
	formalParts := false
	// Lines numbered in figures (1.全市…召开), and those of them over a
	// dated line: entry titles where the body has no other (see below).
	var numbered, numberedDated int
	// Titles after a bullet on a line of their own over dated text
	// (▲县志办召开… / 11月3日，…): entry titles, as bold ones are.
	bullets := 0
	// Of the above, those right under a heading (## 工作动态 / ▲县志办召开…
	// / 11月3日，…, ## 工作动态 / 1. 县志办召开… / 11月3日，…): one is
	// enough to make the heading a section, its title the entry's.
	bulletsUnder, numberedUnder := 0, 0
	// itemRunIns counts a list's items that run a plain title into its
	// dated text (-   会议甲召开 11月1日，…, pdftotext's bullets): titles
	// apart from the headings, as bold ones are.
	itemRunIns := 0
	// What may start an entry, to size b.entries: headings below the
	// sections' and bold, or dated lines (a chronicle's events, where the
	// headings are its years and months). handOut gives back what was
	// too much.
	var headings [7]int // by level
	marked, events := 0, 0
	lastHead := -1 // the heading above, with no text since
	lastLvl := 0   // its level
	// overDeeper counts, by level, the headings right over one a level
	// deeper: a level that never holds text of its own groups the one
	// below it (## 第一部分 / ### 时政要闻 / #### title).
	var overDeeper [7]int
	var stacked []uint64 // bits, by index in lines
	nStacked := 0
	var listed [3]int // # and ## headings the contents list, by level
	// Headings over text of their own (no heading, no bold title under
	// them), by level, and of those the ones right under a section's
	// name marked otherwise (a Setext one, 一、): see markedNameOver.
	var overText, underName, insets [7]int
	// Of overText, those over dated text right under a plain line alone
	// (领导活动 / # 陈向平到鲁山县调研 / 11月1日，…): see plainNameOver.
	var underPlain [7]int
	underNumbered := 0 // of underName, those under a name numbered 一、
	// Headings over a title run into its dated text (## 时政要闻 / -   会议甲
	// 召开 11月1日，…), bits by index in lines, and their count.
	var overRunIns []uint64
	nOverRunIns := 0
	for i, l := range lines {
		if l == "" {
			continue
		}
		if lvl, t, ok := heading(l); ok {
			if dateTitle(t) && !periodHeading(t) {
				// #### 11月1日: an event, never a section
				events++
				lastHead = -1
				continue
			}
			if lastHead >= 0 && subtitle(t) {
				// # 陆游与绍兴 / # ——纪念陆游诞辰898周年: a title over its
				// subtitle, not a section over an entry.
				lastHead = -1
				continue
			}
			if lastHead >= 0 {
				if lastLvl > lvl && len(b.iss.TOC) == 0 && b.textUnder(lines, i) > 0 {
					// ## 二、领导活动 / # 陈向平到鲁山县调研 / 11月1日，…: a heading
					// right under a deeper one, over its own text, as a
					// converter that sets headings by their type's size
					// (marker) gives titles set larger than their
					// column's name. With no contents to tell, the deeper
					// one is read as an empty section over this one,
					// which may be its first title: said (it had been read
					// so, silently).
					b.p.warn(b.p.bodyStart+i+1, "a %s heading right under a %s one: a section of its own, or the first title of the one above?", strings.Repeat("#", lvl), strings.Repeat("#", lastLvl))
				}
				if stacked == nil {
					stacked = make([]uint64, (len(lines)+63)/64)
				}
				stacked[lastHead/64] |= 1 << (lastHead % 64)
				nStacked++
				if lastLvl == lvl-1 {
					overDeeper[lastLvl]++
				}
			}
			if tt := trim(t); insetFirst(tt) && (pullQuote(tt) || captionLabel(tt) || notesName(tt) || boxLabel(tt)) {
				// ## “守护绿水青山，人人都是护林员”, ### 表1 …, #### 注释: set in
				// an article, no title's level (see insetHeading).
				insets[lvl]++
			} else if lastHead < 0 {
				if k := b.textUnder(lines, i); k > 0 {
					overText[lvl]++
					if by := b.markedNameOver(lines, i); by != 0 {
						underName[lvl]++
						if by == cnComma {
							underNumbered++
						}
					} else if b.plainNameOver(lines, i) && b.datedAt(lines[k]) > 0 { // (the name first: a blank line above it lets nearly every heading go)
						underPlain[lvl]++
					}
					if runInLine(lines[k]) {
						if overRunIns == nil {
							overRunIns = make([]uint64, (len(lines)+63)/64)
						}
						overRunIns[i/64] |= 1 << (i % 64)
						nOverRunIns++
					}
				}
			}
			lastHead, lastLvl = i, lvl
			headings[lvl]++
			if lvl <= 2 && b.p.tocMaxLen > 0 {
				if _, rest, ok := b.p.tocTitleLine(trim(stripMarkup(t))); ok && rest == "" {
					listed[lvl]++
				}
			}
			if lvl >= 2 {
				if minLevel < 7 && lvl != minLevel {
					deeper = true
				}
				minLevel = min(minLevel, lvl)
				continue
			}
		}
		t := trim(l)
		underHead := lastHead >= 0 // right under a heading, no text between
		if t != "" && lastHead != i && !b.p.isTransparent(b.p.bodyStart+i) {
			lastHead = -1 // text under the heading above (# headings come on here)
		}
		if t != "" && (t[0] == '*' && !rule(t) && !(len(t) > 1 && (t[1] == ' ' || t[1] == '\t')) || t[0] == '<' && !htmlTableLine(t)) {
			// (*** or * * * between articles, as an epub's text sets
			// them, is a rule, not a bold title; *   会议甲召开 11月1日，…
			// a list's item, its marker no bold; MinerU's <table>…</table>
			// set inside an article, no title's tag: the copy's plain
			// titles had not been looked for, every article run into one,
			// silently.)
			marked++
		} else if t != "" && t[0] == 0xE3 && !b.p.yearbook && bracketRunIn(t) {
			marked++ // 【会议甲召开】11月3日，…: a title as a bold one is
			bold = true
		} else if mayStartEvent(t) && eventStart(t) {
			events++
		} else if t != "" && t[0] == '-' && len(t) > 24 && !bold && runInLine(t) {
			itemRunIns++
		}
		if !bold && boldTitle(l, true) {
			// Judge a bold that runs on to the next line with that line.
			joined := trim(l)
			for k := i + 1; k < len(lines) && k <= i+3 && !isBlank(lines[k]); k++ {
				joined = b.p.join(joined, trim(lines[k]))
			}
			bold = boldBlockTitle(l, trim(joined), true, !b.p.full(l))
			if bold && headings[2] > 0 && !underHead {
				// **一、年鉴资政功能的内涵** under an article's text, over
				// undated prose: the article's point, no sign that bold
				// lines are the entries (it had made the ## headings
				// sections, each point an entry, silently).
				if in := trim(stripMarkup(l)); (enumerator(in) > 0 || pointWord(in)) && !b.datedBelow(lines, i) {
					bold = false
				}
			}
		}
		// (Both below ask enumerator first: asked once, most lines have
		// none, and arabicLine's circled numbers begin E2.)
		en := enumerator(t)
		if en > 0 {
			switch k, _, _ := enumeratedLine(t); k {
			case cnComma:
				comma++
			case cnParen:
				paren++
			}
		} else if (formalParts || len(t) > 6 && t[0] == 0xE5 && strings.HasPrefix(t, "壹、")) && formalEnumerator(t) > 0 {
			formalParts = true
			if k, _, _ := enumeratedLine(t); k == cnFormal {
				formal++
			}
		}
		if t != "" && (en > 0 || t[0] == 0xE2) && (t[0] >= '0' && t[0] <= '9' || t[0] == '(' || t[0] == 0xE2 || strings.HasPrefix(t, "（")) {
			if k, _, _ := arabicLine(t); k == arabic {
				numbered++
				if b.datedBelow(lines, i) {
					numberedDated++
					if underHead {
						numberedUnder++
					}
				}
			}
		}
		if t != "" && t[0] == 0xE2 {
			if _, ok := markedTitle(t); ok && (b.datedBelow(lines, i) || endDatedBelow(lines, i, b.p)) {
				bullets++
				if underHead {
					bulletsUnder++
				}
			}
		} else if t != "" && t[0] == 0xE3 && !b.p.yearbook && bracketAlone(t) && b.datedBelow(lines, i) {
			bullets++ // 【县志办召开志书评审会】 / 11月3日，…: a title as a marked one is
		}
		if !other && (len(b.tocSections) > 0 && len(t) <= b.sectionMaxLen && b.tocSections[string(b.p.fold(t))] ||
			i+1 < len(lines) && len(t) > 0 && strings.IndexByte(lines[i+1], '=') >= 0 && (strings.Trim(trim(lines[i+1]), "=") == "" && len(trim(lines[i+1])) >= 3) ||
			// 时政要闻 / --------: a Setext heading of level 2, where the
			// body underlines so more than once (see setext).
			b.p.setextDashes >= 2 && i+1 < len(lines) && len(t) > 0 && strings.IndexByte(lines[i+1], '-') >= 0 &&
				strings.Trim(trim(lines[i+1]), "-") == "" && len(trim(lines[i+1])) >= 3 && setextText(t)) {
			other = true
		}
	}
	if bold && !deeper && minLevel == 2 && headings[1] >= 2 && listed[1] == headings[1] && listed[2] == headings[2] {
		// # 工作动态 / ## 会议甲召开, every one listed in the contents
		// (pandoc's docx, 标题 1 and 标题 2): the # are the sections, the ##
		// the entries, and a bold line an article's point (**一、年鉴资政
		// 功能的内涵**), not an entry that made the ## sections of their own.
		bold = false
	}
	if deeper || bold || bullets >= 2 || bullets == 1 && bulletsUnder == 1 {
		// (## 时政要闻 over ▲ titles: the headings are the sections.)
		b.sectionLevel = minLevel
		if m := minLevel + 1; !bold && m+1 < len(headings) && headings[m] > 0 && headings[m+1] > 0 && overDeeper[m] == headings[m] {
			// Three levels: the middle one always over the deepest with no
			// text between is the sections', the top one parts of the
			// issue, sections of their own with no entries; the model has
			// two levels.
			b.sectionLevel = m
		}
	} else {
		b.sectionLevel = 1
		if nStacked > 0 {
			// One level of headings for sections and entries alike, as a
			// PDF to Markdown converter gives them (# 时政要闻 / # 会议甲召开 /
			// text): a heading over a heading is a section, the rest
			// entries.
			b.sectionLevel = 0
			if nOverRunIns > 0 && (len(b.iss.TOC) == 0 || b.p.tocHighlights) && !b.p.yearbook {
				// ## 时政要闻 / -   会议甲召开 11月1日，… beside ## 领导活动 /
				// ## 陈向平到叶县调研 / 11月13日，…: docling's headings, a
				// column's titles run into their text, plain: the heading
				// over them is a section too, and they its entries (the
				// heading had been an entry, the items its text).
				for k, w := range overRunIns {
					stacked[k] |= w
				}
				nStacked += nOverRunIns
				b.plain = b.plainTitles(lines)
			}
			b.stacked = stacked
			b.iss.Sections = slices.Grow(b.iss.Sections, nStacked+1)
			b.runs = slices.Grow(b.runs, nStacked+1)
		}
	}
	if bold && !deeper && nStacked > 0 && len(b.tocSections) == 0 {
		lvl := minLevel
		if lvl == 7 {
			lvl = 1 // # alone, as MinerU sets every heading
		}
		b.flatTitles = b.findFlatTitles(lines, lvl, stacked)
	}
	hashSections := minLevel == 2 && (deeper || bold)
	if hashSections && !deeper && underNumbered > 0 && nStacked == 0 && overText[2] == headings[2]-insets[2] && headings[1] == 0 {
		// 二、领导活动 / ## 陈向平到鲁山县调研 / 11月1日，… beside 一、时政要闻 /
		// **会议甲召开** …: the ## are titles (see below), the 一、 lines
		// the sections (the first name had been an untitled entry's
		// text, the ## sections).
		hashSections = false
	}
	switch {
	case formal > 0 && !hashSections:
		// 壹、過去一年工作回顧 / 一、經濟穩定成長 / text: the parts are the
		// sections and 一、 their entries (一、 had been the sections, the
		// parts lines of text, silently).
		b.sectionStyle = cnFormal
		if comma > 0 {
			b.entryStyle = cnComma
		} else if paren > 0 {
			b.entryStyle = cnParen
		}
	case comma > 0 && !hashSections:
		b.sectionStyle = cnComma
		if paren > 0 {
			b.entryStyle = cnParen
		}
	case paren > 0 && !hashSections:
		b.sectionStyle = cnParen
	case comma > 0:
		b.entryStyle = cnComma
		// Under ## sections with bold titles, 一、 lines are an article's
		// points unless they stand over dates (see enumerated); so under
		// ### titles (## 时政要闻 / ### 县委常委会召开会议 / 11月2日，… /
		// 一、总体要求 / 坚持…: a plan reprinted in the article, its
		// points had been entries, silently).
		b.pointsUnderBold = bold || deeper
	}
	if b.entryStyle == notHeading && !bold && !deeper && (numberedDated >= 2 && 2*numberedDated >= numbered || numbered == 1 && numberedUnder == 1) {
		// 1.全市春季植树造林动员会召开 / 3月5日，… under ## or 一、 sections,
		// or none: the numbered lines over dated text are the entries (a
		// list in an article is not over dates), the headings sections.
		b.entryStyle = arabic
		if minLevel < 7 {
			b.sectionLevel = minLevel
		}
	}
	if (other || b.sectionStyle != notHeading) && b.stacked == nil {
		b.sectionLevel = min(b.sectionLevel, 2)
		if minLevel > 2 {
			b.sectionLevel = 2
		}
	}
	if b.stacked == nil && (other || b.sectionStyle != notHeading) && !b.p.yearbook {
		// 领导活动 / --- (or 二、领导活动) / ## 陈向平到鲁山县调研 / 11月1日，…:
		// the sections' names marked otherwise (a Setext heading, 一、),
		// and one level of headings, each over its own text, one at
		// least right under a name: the headings are the titles, as
		// docling and MinerU set every heading at one level, here beside
		// names they left plain (the headings had been sections, their
		// names empty sections, silently).
		lvl, levels := 0, 0
		for l := 1; l < len(headings); l++ {
			if headings[l] > insets[l] {
				lvl, levels = l, levels+1
			}
		}
		if levels == 1 && underName[lvl] > 0 && overText[lvl] == headings[lvl]-insets[lvl] {
			b.sectionLevel, b.setextSections = min(b.sectionLevel, lvl-1), true
		}
	}
	if b.stacked == nil && (bold || itemRunIns >= 2) && !deeper && !other && b.sectionStyle == notHeading && len(b.iss.TOC) == 0 && !b.p.yearbook {
		// 时政要闻 / **会议甲召开** 11月1日，… / 领导活动 / # 陈向平到鲁山县调研
		// / 11月1日，…: bold titles, and one level of headings each over
		// its own dated text, one at least right under a plain line
		// alone, no contents: MinerU's headings, its titles set large and
		// the columns' names left plain. The headings are titles and the
		// plain lines the sections' names, over them as over bold titles
		// (the headings had been sections, the name over the first the
		// last entry's text, silently).
		lvl, levels := 0, 0
		for l := 1; l < len(headings); l++ {
			if headings[l] > insets[l] {
				lvl, levels = l, levels+1
			}
		}
		if levels == 1 && underPlain[lvl] > 0 && overText[lvl] == headings[lvl]-insets[lvl] {
			b.sectionLevel, b.headedNames = lvl-1, true
			if !bold {
				b.plain = b.plainTitles(lines)
			}
		}
	}
	for lvl := b.sectionLevel + 1; lvl < len(headings); lvl++ {
		marked += headings[lvl] // the shallower ones are sections
	}
	if b.stacked != nil {
		marked -= nStacked // the headings over headings are sections
	}
	b.entries = make([]model.Entry, 0, max(marked, events)+4)
	// A box of highlights (本期要目) names no section and not every title:
	// the body's own lines tell its structure, as where there is no
	// table of contents.
	noTOC := len(b.iss.TOC) == 0 || b.p.tocHighlights
	if marked+bullets >= 2 && noTOC && (minLevel == 7 || b.headedNames) && !b.p.yearbook {
		b.names = b.plainNames(lines, marked+bullets)
		if b.names != nil && b.sectionStyle == cnComma && b.entryStyle == notHeading && !b.numberedNames() {
			// 工作动态 / **…** 11月3日，… / 附件： / 一、指导思想 / 以…: the
			// plain names over the bold titles are the sections, and a
			// line numbered 一、 a point of an article's text, as under
			// ## sections (see pointsUnderBold), not a section.
			b.sectionStyle, b.entryStyle, b.pointsUnderBold = notHeading, cnComma, true
		}
	}
	if marked >= 1 && minLevel < 7 && !deeper && !bold && !other && bullets < 2 && b.stacked == nil && b.sectionLevel < minLevel && noTOC && !b.p.yearbook &&
		b.entryStyle == notHeading && b.sectionStyle == notHeading && !chronicleTitle(b.iss.Title) {
		// ## 工作动态 / 县志办召开志书评审会 / 11月3日，…: one level of
		// headings over plain titles over dated text, each heading over
		// one at least: the headings are the sections and the plain
		// titles the entries (the headings had been the entries, their
		// titles lines of their text, silently).
		if pl := b.plainTitles(lines); pl != nil {
			titles := 0
			for _, k := range pl {
				if k == lineTitle || k == lineTitleWrapped || k == lineRunIn {
					titles++
				}
			}
			// (One heading over one title will do in a numbered issue,
			// a briefing of one article: ## 工作动态 / 县志办召开志书评审会
			// / 11月3日，….)
			if (titles >= 2 || titles == 1 && b.iss.Number != 0 && titleUnderHeading(lines, pl)) && titles >= headings[minLevel] {
				b.sectionLevel, b.plain = minLevel, pl
			}
		}
	}
	if marked == 0 && minLevel == 7 && noTOC && !b.p.yearbook {
		b.plain = b.plainTitles(lines)
		if b.plain == nil && b.names == nil && b.sectionStyle == notHeading {
			// 县区动态 / 白马区：区史志办完成篇目修订。/ 全县：…: no titles
			// over dated text, but a column's name alone on its line
			// (columnLine) names its section, as ## 县区动态 had (it had
			// been the first line of the text, the section unnamed,
			// silently).
			b.names = b.plainNames(lines, 0)
		}
		if b.plain != nil && (comma > 0 || paren > 0) {
			// 一、工作动态 / 会议甲召开 / 11月3日，…: plainTitles made the
			// numbered names over titles sections, and left the numbered
			// points in an entry's or an article's text (会议要求： /
			// 一、提高政治站位 / 要充分认识…) as text: they are no
			// headings here.
			b.sectionStyle, b.entryStyle, b.pointsUnderBold = notHeading, notHeading, false
		}
	}
}

// plainNames finds, in a copy with bold titles and no table of contents
// or headings to name its sections, the short plain lines alone between
// blank lines over a bold title (时政要闻, ★时政要闻, 第一部分 时政要闻,
// 时 政 要 闻): its sections' names, where there are two of them at least,
// each over two titles on average (a byline over every title is none).
// It returns their line indices from bodyStart, or nil.
func (b *bodyBuilder) plainNames(lines []string, titles int) map[int]bool {
	p := b.p
	var names, loose, pictured []int
	for i, l := range lines {
		if l == "" || l[0] == '*' || l[0] == '<' || l[0] == '#' {
			continue
		}
		t := trim(l)
		if n := utf8.RuneCountInString(t); n < 2 || n > 20 || len(t) > 20*3 || closed(t) || containsAnyOf(t, "，,；;：:。") || eventStart(t) || periodHeading(t) || ornament(t) || caption(t) || issueLine(t) {
			// (issueLine: …推进会。 / 宁川史志工作简报2024年第4期 / **二、…评审**,
			// an article's source after its text, no column's name over
			// the next title: it had been a section of its own, silently.)
			continue
		}
		if i > 0 && !isBlank(lines[i-1]) || i+1 < len(lines) && !isBlank(lines[i+1]) {
			continue // a line of a paragraph
		}
		if p.boldTitleNext(p.bodyStart+i+1) || b.markedTitleNext(lines, i) || b.headedNames && b.headingNext(lines, i) {
			if p.afterImage(p.bodyStart+i) && !columnLine(t) {
				// Under a picture: its caption, or the next column's
				// name (see picturedNames); a column's word says which.
				pictured = append(pictured, i)
				continue
			}
			names = append(names, i)
		} else if columnLine(t) {
			// 简讯 / **12月5日**，… / **12月20日**，…; 县区动态 / 白马区：…:
			// a column's name over items with no title, which names
			// over titles show to be one.
			loose = append(loose, i)
		}
	}
	if titles == 0 {
		// No bold titles at all (see plan): the column's names alone
		// (县区动态 / 白马区：… / 清河县：…).
		names = nil
	} else if len(names) < 2 || titles < 2*len(names) {
		// Too few to tell names from bylines by their count. A line that
		// says it names a column (县区动态, 简讯, 编后语) is one even
		// alone, or where the columns hold a title or two each: 工作动态 /
		// **县志办开展…** / 11月8日，… / 县区动态 / **东城区完成村志初稿** /
		// …, a plain copy of ## 工作动态 (each had been read as the last
		// line of the text above it, silently). No byline ends so; and
		// where one does, the lines of the same shape name the others
		// (时政要闻 / … / 社会民生 / …), but for a person's or an office's
		// name, a byline's, or a numbered point (1. 加强组织领导 / 2. …).
		column, numbered := false, false
		for _, i := range names {
			if t := trim(lines[i]); columnLine(t) {
				column = true
				numbered = numbered || enumerator(t) > 0 // 一.时政要闻 / … / 二.社会民生
			}
		}
		if !column {
			return nil
		}
		k := 0
		for _, i := range names {
			if t := trim(lines[i]); columnLine(t) || (numbered || enumerator(t) == 0) && !authorName(t) && !authorNames(t) && !soleAuthor(t) && !officeAlone(t) && !unitAlone(t) {
				names[k] = i
				k++
			}
		}
		names = names[:k]
	}
	if len(names) == 0 && len(loose) == 0 {
		return nil
	}
	if len(names) > 0 {
		for _, i := range pictured {
			p.warn(p.bodyStart+i+1, "%q under a picture, over a title, read as the picture's caption: or the next section's name?", clipText(trim(lines[i]), 20))
		}
	}
	m := make(map[int]bool, len(names)+len(loose))
	for _, i := range names {
		m[p.bodyStart+i] = true
	}
	for _, i := range loose {
		m[p.bodyStart+i] = true
	}
	return m
}

// numberedNames reports whether a line plainNames found is numbered
// (一、时政要闻): then the numbered lines are the sections.
func (b *bodyBuilder) numberedNames() bool {
	for i := range b.names {
		if enumerator(trim(b.p.lines[i])) > 0 {
			return true
		}
	}
	return false
}

// markedTitleNext reports whether the first line of text after lines[i]
// is a title after a bullet over dated text (▲县志办召开… / 11月3日，…).
func (b *bodyBuilder) markedTitleNext(lines []string, i int) bool {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k++
	}
	if k >= len(lines) {
		return false
	}
	_, ok := markedTitle(trim(lines[k]))
	return ok && (b.datedBelow(lines, k) || endDatedBelow(lines, k, b.p))
}

// webCopy reports whether the copy came from a web page: some of its
// lines were a page's chrome.
func (p *parser) webCopy() bool {
	for _, f := range p.iss.Furniture {
		if f.Kind == model.WebChrome {
			return true
		}
	}
	return false
}

// plainLine is what plainTitles makes of a line.
type plainLine uint8

const (
	lineText plainLine = iota
	lineTitle
	lineSection
	lineTitleWrapped // a title the wrap cut: it goes on on the next line of text, lineTitleEnd
	lineTitleEnd
	lineDateCut // the start of a date the wrap cut, under a title (11月 / 3日，…): text, no chronicle's month
	lineRunIn   // a title run into its dated text after a space (plainRunIn)
	lineKicker  // a lead-in (引题) over the lineTitle below it, which it heads
	lineItem    // a list's item where the items are the entries, no date to end its title
)

// titleUnderHeading reports whether the first line of text under the
// first heading of lines is one plainTitles took for a title (## 工作动态
// / 县志办召开志书评审会 / 11月3日，…; not 时政要闻 / ---- / ### 全市…召开,
// whose title is the heading's).
func titleUnderHeading(lines []string, kinds []plainLine) bool {
	head := false
	for i, l := range lines {
		if isBlank(l) {
			continue
		}
		if _, _, ok := heading(l); ok {
			if head {
				return false
			}
			head = true
			continue
		}
		if head {
			return kinds[i] == lineTitle || kinds[i] == lineTitleWrapped
		}
	}
	return false
}

// headTitled reports whether the first line of text of lines is one
// plainTitles took for a title.
func headTitled(lines []string, kinds []plainLine, datedAt func(int) int) bool {
	for i, l := range lines {
		if !isBlank(l) {
			t := trim(l)
			if strings.Trim(t, "—－-=_*·━─") == "" || ornament(t) {
				continue // (a briefing's header's rule, ——————, over its one title)
			}
			// (Not 1 工作动态 over 1.1 县史志研究室召开…: a numbered
			// section's name over a numbered title, whose 1.1 is no
			// date.)
			if !(kinds[i] == lineTitle || kinds[i] == lineTitleWrapped || kinds[i] == lineKicker) || t[0]-'0' <= 9 || enumerator(t) > 0 || columnLine(t) {
				return false
			}
			// One article: no other dated line under its first (工作动态 /
			// 5月14日，… / 5月20日，…: a column's name over its dated
			// items, no title).
			n := 0
			for k := i + 1; k < len(lines); k++ {
				if !isBlank(lines[k]) {
					if n += datedAt(k); n > 1 {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// plainTitles finds the titles of a copy that lost its markup and has no
// table of contents to name them: a short line that ends no sentence,
// after a line that did (or a blank line), over the text it titles —
// 会议甲召开 / 11月1日，会议甲在市会议中心召开。 A short line over such a
// title is its section's name (时政要闻 / 会议甲召开 / …). It returns nil
// unless two titles at least are found over dated text: a report that
// is only paragraphs stays one.
func (b *bodyBuilder) plainTitles(lines []string) []plainLine {
	p := b.p
	// splitDate is whether line i is the start of a date the wrap cut
	// from the rest of its line (11 / 月16日，…, 11月 / 3日，…, 2023年11 /
	// 月17日，…): the first line of an entry's text, not a title. 11月 over
	// 3日，… is a chronicle's month over its day where no title is right
	// above it.
	splitDate := func(i int) bool {
		t := trim(lines[i])
		if !dateFragment(t) || i+1 >= len(lines) || isBlank(lines[i+1]) {
			return false
		}
		if strings.HasSuffix(t, "月") && (i == 0 || isBlank(lines[i-1]) || closed(trim(lines[i-1])) || p.wrap > 0 && !p.full(lines[i-1])) {
			// (Nor under a line the wrap did not fill, a heading's:
			// 2020年大事记 / 1月 / 1日　…, a yearbook's chronicle with no
			// blank lines; the month had been run into its first day,
			// 1月1日　…, the day's next event with it, silently.)
			return false
		}
		return startsWithMonthDay(t + trim(lines[i+1])) // rare: only a fragment is joined
	}
	datedAt := func(i int) int {
		if b.datedAt(lines[i]) > 0 || splitDate(i) {
			return 1
		}
		return 0
	}
	var point, colonTitle, listGoesOn func(i int) bool
	// overGapRow is whether the line of text under line i is a table's
	// row as OCR gives it (gapRow): line i is the table's caption or its
	// header (清河县已出版村志情况表 / 村 名　　出版时间　　字数), no title.
	overGapRow := func(i int) bool {
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				return gapRow(trim(lines[j]))
			}
		}
		return false
	}
	// signedUnder is whether the line of text under line i is a date
	// alone (宁川县地方史志办公室 / 2024年3月25日: a notice's signature,
	// which an office's name over it is part of, not a byline).
	signedUnder := func(i int) bool {
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				return signature(trim(lines[j]))
			}
		}
		return false
	}
	// overFigure is whether a figure alone between blank lines comes
	// under line i, within six short lines, before any line longer than
	// a table's cell (亿元 / 62.3, 地区生产总值 / 亿元 / 186.5): a table
	// pdfminer prints a cell a box, no title over its text. (5 / 月14日，…
	// is a date the wrap cut.)
	overFigure := func(i int) bool {
		seen := 0
		for j := i + 1; j < len(lines) && seen < 6; j++ {
			if isBlank(lines[j]) || p.isTransparent(p.bodyStart+j) {
				continue
			}
			t := trim(lines[j])
			if figureCell(t) {
				return j+1 == len(lines) || isBlank(lines[j+1])
			}
			if utf8.RuneCountInString(t) > 12 || containsAnyOf(t, "，。；") {
				return false
			}
			seen++
		}
		return false
	}
	// speakerAt is whether line i is a speaker's name alone over the
	// date of the speech in brackets (林卫东 / （2024年2月26日）), as a
	// speech printed in full sets them under its title: a byline, no
	// title (the name had been the speech's title, the speech's title a
	// section, silently).
	speakerAt := func(i int) bool {
		t := trim(lines[i])
		if len(t) < 2*3 || len(t) > 4*3+2*3 || !authorName(t) {
			return false
		}
		for j := i + 1; j < len(lines); j++ {
			if !isBlank(lines[j]) && !p.isTransparent(p.bodyStart+j) {
				u := trim(lines[j])
				if inner, ok := inParens(u); ok {
					return signatureDate(inner)
				}
				return false
			}
		}
		return false
	}
	// tableCaption is whether line i is a table's caption over the
	// table, set among an article's text (…增长6.1%。 / 表1　2023年1—10月
	// 全市主要经济指标 / 单位：亿元、% / | 指标 | 1—10月 | 增长 |): the
	// article's text, no title of an article of its own (it had been one,
	// the rest of the article its text, silently). The table's first line
	// is what a converter sets it as: a unit line, a Markdown pipe or grid
	// table, MinerU's <table>, pdftotext's row of cells a gap apart; or
	// under the table, as MinerU sets it (<table>…</table> / 表1 2023年…:
	// it had been a section's name, where the contents were lost).
	tableCaption := func(i int) bool {
		t := trim(lines[i])
		if !captionLabel(t) {
			return false
		}
		// (Or under it, as MinerU sets a caption after its <table>.)
		k := i - 1
		for k >= 0 && (isBlank(lines[k]) || p.isTransparent(p.bodyStart+k)) {
			k--
		}
		if k >= 0 && (tableStart(trim(lines[k])) || htmlTableLine(trim(lines[k]))) {
			return true
		}
		j := i + 1
		for j < len(lines) && (isBlank(lines[j]) || p.isTransparent(p.bodyStart+j)) {
			j++
		}
		if j >= len(lines) {
			return false
		}
		return tableStart(trim(lines[j]))
	}
	short := func(i int) bool {
		t := trim(lines[i])
		// A title may end with ！ (喜报！我市荣获全国文明城市称号！), not a full stop.
		// Or with ？ (村志编纂难在哪里？), a question a column asks.
		exclaims := exclaimEnd(t) && !containsAnyOf(t, "。，,") && strings.Count(t, "？")+strings.Count(t, "！")+strings.Count(t, "?")+strings.Count(t, "!") <= 2
		if t == "" || len(t) > 64*3 || closed(t) && !exclaims || figureCell(t) || p.cellBits != nil && p.cellAt(p.bodyStart+i) || containsAnyOf(t, "，,；;：:") && !colonTitle(i) && columnLabel(t) == 0 || midPhraseEnd(t) || eventStart(t) || periodHeading(t) || partName(t) && chronicleTitle(b.iss.Title) || looseYearLine(t) && (chronicleTitle(b.iss.Title) || b.iss.Title == "") || lastWide(t) == '年' && republicYearLine(t, b.iss.Title) || isBareYear(t) && chronicleTitle(b.iss.Title) || p.full(lines[i]) || ornament(t) || caption(t) || p.afterImage(p.bodyStart+i) && !editorialLabels[t] || slashByline(t) || reporterByline(t) || docNumber(t) || issueLine(t) || authorNames(t) || soleAuthor(t) || gapRow(t) || nameList(t) || officeAlone(t) && !signedUnder(i) || officeByline(t) || (t[0] == 0xE2 || t[0] == 0xEF || t[0] == '-') && subtitle(t) || unitAlone(t) && !officeAlone(t) || speakerAt(i) || tableCaption(i) {
			return false // (gapRow: 石桥村　　2021年　　　42, a table's row, had been titles and sections; figureCell: 4.9, a cell pdfminer printed alone; docNumber: 平政办〔2023〕12号 under a notice's title; issueLine: 宁川月报2023年第10期, a reference)
		}
		n := utf8.RuneCountInString(t)
		// (The sample's longest title has 57; a point is text, as a
		// sentence is.)
		return n >= 2 && n <= 64 && !splitDate(i) && !point(i) && !overGapRow(i) && !overFigure(i) && !(t[0]-'0' <= 9 && listGoesOn(i))
	}
	next := func(i int) int {
		for i++; i < len(lines) && (isBlank(lines[i]) || p.isTransparent(p.bodyStart+i)); i++ {
		}
		return i
	}
	// listGoesOn is whether line i is a numbered list's item under the
	// item before it or over the item after it (1. 加强组织领导 / 2. 落实造
	// 林任务 / 3. 强化督导检查): an item, however short, is no section's
	// name nor title (the last had been a section's name over the title
	// under it, silently).
	listGoesOn = func(i int) bool {
		n, ok := arabicItem(trim(lines[i]))
		if !ok {
			return false
		}
		if j := next(i); j < len(lines) {
			if m, ok := arabicItem(trim(lines[j])); ok && m == n+1 {
				return true
			}
		}
		k := i - 1
		for k >= 0 && (isBlank(lines[k]) || p.isTransparent(p.bodyStart+k)) {
			k--
		}
		m, ok := 0, false
		if k >= 0 {
			m, ok = arabicItem(trim(lines[k]))
		}
		return ok && m == n-1
	}
	// below is next past a line between a title and its text: a byline
	// ((市科技局　张三)) or a web page's 发布时间：… 来源：….
	below := func(i int) int {
		j := next(i)
		if j < len(lines) && lines[j] != "" && (lines[j][0] == 0xE7 || lines[j][0] == 0xE3) && editorsNoteLine(trim(lines[j])) {
			// 市史志研究院召开年度工作会议 / 编者按：为全面反映… / 5月6日，…: the
			// editors' note under the article's title, over its dated text,
			// as a byline stands there (it had hidden the title, and every
			// title of a copy of plain lines).
			j = next(j)
		}
		if j < len(lines) && (articleMeta(trim(lines[j])) || authorNames(trim(lines[j])) && !eventStart(trim(lines[j])) || soleAuthor(trim(lines[j])) || officeAlone(trim(lines[j])) || subtitle(trim(lines[j])) || unitAlone(trim(lines[j])) || speakerAt(j)) {
			j = next(j) // (沂蒙红嫂的故事 / 陈明远　王晓燕 / …: its authors; 欧阳晓明 alone; 清河县史志办; ——记…, its subtitle)
		}
		if j < len(lines) && len(lines[j]) > 3 && len(lines[j]) <= 60*3 {
			// 宁川县史志办召开…会议 / 发布时间：… / ![](…) / 图为会议现场。 /
			// 7月5日，…: the picture's caption under the title, over the
			// dated text, as a web page sets its lead picture, or the
			// caption alone in brackets with its credit (（图为…。摄影：张伟）,
			// the picture dropped): the text under it is the title's (the
			// title had been a line of text, the article an untitled
			// entry, silently).
			if t := trim(lines[j]); t != "" && len(p.images) > 0 && p.afterImage(p.bodyStart+j) && (caption(t) || creditClosed(t)) || t != "" && (t[0] == 0xEF || t[0] == '(') && enclosed(t) && creditClosed(t) {
				j = next(j)
			}
		}
		return j
	}
	// splitTitle is whether short lines i and j, one under the other, are
	// one title the wrap cut: titles are set larger than the text, and
	// wrap at a width of their own, shorter than its (县人大常委会召开…
	// 关于加强生态 / 环境保护的决定 / 11月8日，…). The first is too long
	// for a section's name (the sample's longest has 8 characters), and
	// longer than the second, the wrap's rest; a name over a title is the
	// shorter.
	splitTitle := func(i, j int) bool {
		if j != i+1 || p.isTransparent(p.bodyStart+j) {
			return false
		}
		t := trim(lines[i])
		n := utf8.RuneCountInString(t)
		return n >= 12 && n > utf8.RuneCountInString(trim(lines[j])) && !cnPoint(trim(lines[j])) && !columnWord(t)
	}
	// colonTitle is whether line i is a title with a colon, over its
	// dated text (宁川：秋冬季植树造林全面启动 / 11月6日，…): a place's or a
	// body's short name, one colon and what it did, no other stop. A line
	// that announces what follows ends with its colon (会议要求：), and a
	// label's value may be a date (时间：11月6日).
	colonTitle = func(i int) bool {
		t := trim(lines[i])
		before, after, ok := strings.Cut(t, "：")
		if !ok {
			before, after, ok = strings.Cut(t, ":") // typed half-width (宁川:秋冬季…)
		}
		if !ok || containsAnyOf(after, "，,；;：:") || containsAnyOf(before, "，,；;:") || articleMeta(t) {
			return false // (发布时间： 2023-12-04, a web page's, is no title)
		}
		if n := utf8.RuneCountInString(before); n < 2 || n > 12 || utf8.RuneCountInString(after) < 4 || after[0] >= '0' && after[0] <= '9' {
			return false
		}
		j := below(i)
		return j < len(lines) && datedAt(j) > 0
	}
	// point is whether line i is numbered (一、, （一）) as a point of an
	// entry's or an article's text is (会议要求： / 一、提高政治站位 /
	// 要充分认识…, 宁川古渡口考略 / 一、渡口的由来 / 宁川古渡口位于…):
	// a section's name stands over a title over dated text, or over the
	// dated text itself; a point over its undated text, or over the next
	// point.
	point = func(i int) bool {
		t := trim(lines[i])
		if t == "" || t[0] != 0xEF && t[0] != '(' && !cnNumeralStart(t) {
			return false // no numeral first: nearly every line
		}
		if k, _, _ := enumeratedLine(t); k != cnComma && k != cnParen {
			return false
		}
		j := below(i)
		if j >= len(lines) || datedAt(j) > 0 {
			return false
		}
		tj := trim(lines[j])
		if _, _, ok := plainRunIn(tj); ok {
			return false
		}
		// Over a title (numbered or not: 1．会议甲召开, （一）会议甲召开) over
		// its dated text. Only that line is looked at, not the lines under
		// it in turn: a long list of points would be read over and over.
		k := below(j)
		return k >= len(lines) || datedAt(k) == 0 || closed(tj) && !exclaimEnd(tj) || containsAnyOf(tj, "，,；;：:") || utf8.RuneCountInString(tj) > 64
	}
	// wrapped is whether line i is a long title the wrap cut (a full line
	// that is no sentence, then a short one) over dated text: 全市地方志系统
	// 学习…主 / 题教育读书班开班 / 11月6日，…. It returns the second line.
	wrapped := func(i int) (int, bool) {
		if i >= len(lines) {
			return 0, false
		}
		full := p.full(lines[i])
		if !full && len(lines[i]) < 6*3 {
			return 0, false
		}
		t := trim(lines[i])
		if closed(t) || containsAnyOf(t, "，,；;：:。") || eventStart(t) {
			return 0, false
		}
		j := next(i)
		if j >= len(lines) || !short(j) && !hanAlone(trim(lines[j])) {
			return 0, false // (a title the wrap left one character of: …动员大 / 会)
		}
		k := below(j)
		if !full && (j != i+1 || k >= len(lines) || !cutAcross(t, trim(lines[j]), lines, k)) {
			// A title set larger than its text, cut by its own narrower
			// wrap (…调研教育、供暖等工 / 作 / 11月1日，…供暖等工作，…):
			// the text under it says the words across the cut as one.
			return 0, false
		}
		return j, k < len(lines) && datedAt(k) > 0
	}
	// fullTitle is whether line i is a title as wide as the wrap, no
	// sentence and no clause, right over dated text: 宁川县召开…工作动员大会 /
	// 11月1日，…, a title the wrap did not cut, though it is full.
	fullTitle := func(i int) bool {
		if i >= len(lines) || !p.full(lines[i]) {
			return false
		}
		t := trim(lines[i])
		if closed(t) || containsAnyOf(t, "，,；;：:。") || eventStart(t) || utf8.RuneCountInString(t) > 64 || periodHeading(t) || isBareYear(t) {
			return false // (一九八九年 over its days, at a narrow wrap: a year's heading)
		}
		j := next(i)
		if j >= len(lines) || datedAt(j) == 0 {
			return false
		}
		// A 、 is a list's in a sentence, but in a title too (李明俊调研
		// 信访稳定、城市公交和城乡客运工作, as wide as the wrap): where the
		// dated line under it is set in, a paragraph's first line, the
		// line ends what is above it, and ends no sentence.
		return strings.IndexByte(t, 0xE3) < 0 || !strings.Contains(t, "、") || j == i+1 && indentCells(lines[j]) > max(p.indent, indentCells(lines[i]))
	}
	// bulletAt is whether line i is a list's item that runs a plain
	// title into its dated text, the wrap cutting the title (-   会议甲
	// 召开 11月1日，… over lines: see bulletRunIn); width is its marker's.
	// A list of an article's points may run a stage's name into its
	// dates too (会议要求： / -   动员部署阶段 3月5日至10日，…): an item
	// with a short title (the sample's shortest has 8 characters) after a
	// line that announces a list, or right after such a point, is one;
	// lastPoint is the line of the last.
	lastPoint := -1
	bulletAt := func(i int) (width int, ok bool) {
		if l := lines[i]; l == "" || !itemMark(l[0]) {
			return 0, false // nearly every line
		}
		title, _, _, ok := p.bulletRunIn(lines[i:min(len(lines), i+5)])
		if !ok {
			return 0, false
		}
		if utf8.RuneCountInString(title) < 8 {
			h := i - 1
			for h >= 0 && (isBlank(lines[h]) || p.isTransparent(p.bodyStart+h)) {
				h--
			}
			if lastPoint >= 0 && i-lastPoint <= 4 || h >= 0 && (strings.HasSuffix(trim(lines[h]), "：") || strings.HasSuffix(trim(lines[h]), ":")) {
				lastPoint = i
				return 0, false
			}
		}
		_, width, _ = itemText(lines[i])
		return width, true
	}
	bullets := 0  // the items bulletAt found
	bulletW := -1 // their markers' width, while all are as wide
	bulletItem := func(i int) bool {
		w, ok := bulletAt(i)
		if ok {
			bullets++
			if bulletW == -1 || bulletW == w {
				bulletW = w
			} else {
				bulletW = -2
			}
		}
		return ok
	}
	var kinds []plainLine
	mark := func(i int, k plainLine) {
		if kinds == nil {
			kinds = make([]plainLine, len(lines))
		}
		kinds[i] = k
	}
	dated := 0
	named := 0       // the names over a title over dated text (时政要闻 / 会议甲召开 / 11月1日，…)
	var splits []int // the first lines of titles splitTitle joined
	prevEnds := true // the line before ended a sentence, or there was none
	// In an issue that is a chronicle (宁川县大事记), a chronicle's name
	// within the body is its running head, not a section of its own.
	chronSections := !chronicleTitle(b.iss.Title)
	for i := 0; i < len(lines); i++ {
		if isBlank(lines[i]) || p.isTransparent(p.bodyStart+i) {
			prevEnds = true
			continue
		}
		if itemMark(lines[i][0]) && bulletItem(i) {
			// …的时代华章 / -   平顶山市荣获…称号 11月8日，…: a list's item
			// begins a paragraph, whatever the line above ends with (and
			// a short one is no title alone over its text: its title
			// runs on).
			mark(i, lineRunIn)
			dated++
			continue
		}
		if prevEnds && len(lines[i]) <= 12*3 && boxLabel(strings.Trim(trim(lines[i]), "*")) {
			// …的实时监测。 / 相关链接 / 智慧供热平台是运用…管网实 / 时监测…: a
			// box's label over its text at an article's end, the
			// article's, no section's name, and the first line of its
			// text, however a wrap or a page cut it, no title.
			if j := next(i); j < len(lines) {
				i = j
				prevEnds = closed(trim(lines[j]))
			}
			continue
		}
		if prevEnds {
			// 尧山实验室理事会第一次会议召开 11月10日，…: a title run into its
			// text, under its section's name or not.
			j := i
			if short(i) {
				j = below(i)
			}
			if j < len(lines) {
				if _, _, ok := plainRunIn(trim(lines[j])); ok || bulletItem(j) {
					if j != i {
						mark(i, lineSection)
					}
					mark(j, lineRunIn)
					dated++
					i = j
					prevEnds = closed(trim(lines[j]))
					continue
				}
			}
			// A title the wrap cut, alone or under its section's name.
			if j, ok := wrapped(i); ok {
				mark(i, lineTitleWrapped)
				mark(j, lineTitleEnd)
				dated++
				i = j
				continue
			}
			if h := below(i); short(i) {
				if j, ok := wrapped(h); ok {
					mark(i, lineSection)
					mark(h, lineTitleWrapped)
					mark(j, lineTitleEnd)
					dated++
					i = j
					continue
				}
				if fullTitle(h) {
					mark(i, lineSection)
					mark(h, lineTitle)
					dated++
					i = h
					continue
				}
			}
			if fullTitle(i) {
				mark(i, lineTitle)
				dated++
				continue
			}
		}
		if prevEnds && short(i) {
			j := below(i)
			if j < len(lines) && chronSections && monthChronicleLine(lines[i]) && (eventStart(trim(lines[j])) || periodHeading(lines[j])) {
				// 宁川大事记 / 11月1日，… / 11月6日，… (or 1日　…, or a month
				// over them): a chronicle's name over its events, a section
				// of dated entries, not one entry's title over its
				// paragraphs. It is dated structure, as a title over dated
				// text is.
				mark(i, lineSection)
				dated++
				prevEnds = true
				continue
			}
			if j < len(lines) {
				// 简讯 / ▲12月5日，… / ▲12月20日，…: a column of news in
				// brief, each item marked and dated, no title of its own.
				// So with no bullet under a name that says so (简讯 /
				// 5月8日，… / 5月24日，…).
				if t := trim(lines[j]); eventLead(t) != t && startsWithMonthDay(eventLead(t)) || briefColumn(lines[i]) && startsWithMonthDay(t) {
					mark(i, lineSection)
					dated++
					prevEnds = true
					continue
				}
			}
			switch {
			case j < len(lines) && short(j):
				if k := below(j); k < len(lines) && !short(k) {
					if kinds == nil {
						kinds = make([]plainLine, len(lines))
					}
					kinds[i], kinds[j] = lineSection, lineTitle
					if splitTitle(i, j) {
						kinds[i], kinds[j] = lineTitleWrapped, lineTitleEnd
						splits = append(splits, i)
					} else if j == next(i) && cutAcross(trim(lines[i]), trim(lines[j]), lines, k) {
						// 全县冬季森林防火暨安全生产 / 工作电视电话会议召开 /
						// 11月15日，全县冬季森林防火暨安全生产工作电视电话
						// 会议召开。: the text under them says the words
						// across the two lines as one (生产工作): one title
						// the wrap cut, however short, not a section's name
						// over a title, which the contents alone had told
						// (without them it had been a section, silently).
						kinds[i], kinds[j] = lineTitleWrapped, lineTitleEnd
					}
					if k == j+1 && splitDate(k) {
						kinds[k] = lineDateCut
					}
					dated += datedAt(k)
					if kinds[i] == lineSection && datedAt(k) > 0 && !strings.Contains(trim(lines[j]), "   ") {
						// (Not a title beside a title, a page in two
						// columns side by side: that is warned of.)
						named++
					}
					i = j
					prevEnds = true
					continue
				} else if k < len(lines) && splitTitle(j, k) {
					// 时政要闻 / …关于加强生态 / 环境保护的决定 / 11月8日，…
					if h := below(k); h < len(lines) && datedAt(h) > 0 {
						mark(i, lineSection)
						mark(j, lineTitleWrapped)
						mark(k, lineTitleEnd)
						splits = append(splits, j)
						dated++
						i = k
						prevEnds = true
						continue
					}
				}
			case j < len(lines):
				if kinds == nil {
					kinds = make([]plainLine, len(lines))
				}
				kinds[i] = lineTitle
				if t := trim(lines[i]); t[0] == 0xEF || t[0] == '(' || cnNumeralStart(t) {
					if k, _, _ := enumeratedLine(t); k == cnComma || k == cnParen {
						// 一、时政要闻 / 11月3日，…: numbered over dated
						// text (not a point: see point), a section's name,
						// as where plainTitles is not asked.
						kinds[i] = lineSection
					}
				}
				if j == i+1 && splitDate(j) {
					kinds[j] = lineDateCut
				}
				dated += datedAt(j)
				prevEnds = true
				continue
			}
		}
		t := trim(lines[i])
		// A picture's caption (图为…) or a credit line (（供稿：县委办）,
		// 来源：宁川日报) ends an entry's text as a sentence does: a title
		// may follow with no blank line between.
		prevEnds = closed(t) || signature(t) || t != "" && len(t) <= 30*3 && (caption(t) || enclosed(t) || articleMeta(t) || issueLine(t))
		if !prevEnds && t != "" && (t[0] == 0xE2 || t[0] == '-' || t[0] == '_' || t[0] == '=') && (ornament(t) || rule(t)) {
			// 青岚市地方志编纂中心　　2024年3月28日 / ———————— / 市地方志…召开…
			// / 　　3月15日，…: the rule under a briefing's header ends
			// what is above it as a blank line does, in a copy pasted
			// from Word with none (the first item's title had been a
			// paragraph, warned of, and with it the one title left
			// in a short issue).
			prevEnds = true
		}
	}
	if dated < 2 && !(dated == 1 && (p.webCopy() || named == 1 || b.iss.Number != 0 && headTitled(lines, kinds, datedAt))) {
		// (A web page holds one article: its title over its date is one.
		// So is a column's name over a title over its date, the only one
		// of a short issue or a special one (会议综述 / 全县…大会召开 /
		// 2月26日，… / 典型发言 / …): the structure of a report, which the
		// contents had named, and without them the name and the title
		// had been lines of text, silently. A report that is an article
		// has no name over its title. Nor does a numbered briefing of
		// one article, whose first line, over its dated text, is that
		// article's title: 青岚史志简讯 / 2024年第5期 / … / 县史志办举办业务
		// 培训班 / 5月14日，…, whose title had been an entry of text alone,
		// silently.)
		return nil
	}
	if bullets >= 2 && bulletW > 0 {
		b.bulletItems(lines, kinds, bullets, bulletW)
	}
	kickers(lines, kinds, below)
	if len(p.images) > 0 {
		b.picturedNames(lines, kinds, below, short, datedAt)
	}
	if len(splits) > 0 {
		// A title cut in two is told from a name over a title by its
		// length: where the copy's section names are as long, the first
		// line may be one, and it stays a name.
		longest := 0
		for i, k := range kinds {
			if k == lineSection {
				longest = max(longest, utf8.RuneCountInString(trim(lines[i])))
			}
		}
		for _, i := range splits {
			if utf8.RuneCountInString(trim(lines[i])) <= 2*longest {
				kinds[i], kinds[i+1] = lineSection, lineTitle
			} else if longest > 0 || firstTitle(kinds, i) {
				b.splitOrName(lines, i)
			}
		}
	}
	return kinds
}

// picturedNames reads the short line right under a picture, which short
// leaves as its caption, where it stands as the copy's sections' names
// do, over a title (… / ![](p6.png) / 县区动态 / 会议甲召开 / 11月1日，…, a
// column that begins under the picture ending the one before): a line
// that says it names a column (县区动态, see columnLine) is the next
// section's name; any other is warned of, a caption or a name (领导活动 /
// 陈向平到鲁山县调研: the line had been the caption, the column lost,
// silently).
func (b *bodyBuilder) picturedNames(lines []string, kinds []plainLine, below func(int) int, short func(int) bool, datedAt func(int) int) {
	p := b.p
	named := false
	for _, k := range kinds {
		if k == lineSection {
			named = true
			break
		}
	}
	if !named {
		return // the copy names no sections: a short line under a picture is its caption
	}
	for _, m := range p.images {
		i := m - p.bodyStart + 1
		if i <= 0 {
			continue
		}
		for i < len(lines) && (isBlank(lines[i]) || p.isTransparent(p.bodyStart+i)) {
			i++
		}
		if i >= len(lines) || kinds[i] != lineText {
			continue
		}
		t := trim(lines[i])
		column := columnLine(t)
		if n := utf8.RuneCountInString(t); !column && (n < 2 || n > 12 || closed(t) || containsAnyOf(t, "，,；;：:。、（(") || eventStart(t) || caption(t)) {
			continue
		}
		h := below(i)
		if h >= len(lines) {
			continue
		}
		// The title under it: read as one, or left in the caption's
		// paragraph (a copy with no blank lines: 领导活动 / 陈向平到… /
		// 11月1日，…), where it stands alone over dated text: a title,
		// whatever the line over it is.
		title := kinds[h] == lineTitle || kinds[h] == lineTitleWrapped || kinds[h] == lineRunIn
		if !title && kinds[h] == lineText && short(h) {
			if k := below(h); k < len(lines) && datedAt(k) > 0 {
				title, kinds[h] = true, lineTitle
			}
		}
		if !title {
			continue
		}
		if column {
			kinds[i] = lineSection
			continue
		}
		p.warn(p.bodyStart+i+1, "%q under a picture, over a title, read as the picture's caption: or the next section's name?", clipText(t, 20))
	}
}

// cutAcross reports whether a and c, two short lines over the text at
// lines[k], are one phrase the wrap cut: the text (its first two lines)
// holds the two characters that end a run into the two that begin c, as
// a news item's first sentence repeats its title (全县优化营商环境暨项 /
// 目建设推进大会召开 / 3月18日，全县优化营商环境暨项目建设推进大会…: 暨项目建).
// A section's name over a title runs into it nowhere (时政要闻 / 县委…:
// no 要闻县委). a is six characters at least: a name is shorter.
func cutAcross(a, c string, lines []string, k int) bool {
	if len(a) < 6*3 || len(c) < 3 || utf8.RuneCountInString(a) < 6 {
		return false
	}
	_, n1 := utf8.DecodeLastRuneInString(a)
	_, n2 := utf8.DecodeLastRuneInString(a[:len(a)-n1])
	_, m1 := utf8.DecodeRuneInString(c)
	_, m2 := utf8.DecodeRuneInString(c[m1:]) // (0 for one character: …供暖等工 / 作, 等工作)
	joint := a[len(a)-n1-n2:] + c[:m1+m2]
	text := trim(lines[k])
	if strings.Contains(text, joint) {
		return true
	}
	if k+1 < len(lines) && !isBlank(lines[k+1]) {
		// (The text's wrap may cut the same words: …安全生产 / 工作电视….)
		return strings.Contains(text+trim(lines[k+1]), joint)
	}
	return false
}

// kickers finds, in a copy whose columns are named in brackets alone on
// their lines (【工作动态】), the lead-ins (引题) that plainTitles took for
// sections: a plain line of eight characters or more over a title
// (确保明年底前完成试点县志初稿 / 市史志研究室召开…推进会 / 文/赵文华), as a web
// page or a WeChat article sets one. It heads the title; the column's
// name above it, which plainTitles left as text, is the section. Any
// other plain line taken for a section there is a title.
func kickers(lines []string, kinds []plainLine, below func(int) int) {
	bracketed := false
	for i, k := range kinds {
		if k == lineSection && bracketName(lines[i]) {
			bracketed = true
			break
		}
	}
	if !bracketed {
		return // nearly every copy
	}
	for i, k := range kinds {
		t := trim(lines[i])
		if k != lineSection || bracketName(t) || utf8.RuneCountInString(t) < 8 {
			continue
		}
		if j := below(i); j >= len(lines) || kinds[j] != lineTitle {
			// 11月全市史志工作简讯 / ●11月2日，… / ●11月10日，…: in such a
			// copy a plain line is no column; the title of its items (it
			// had ended the bracketed column above it).
			kinds[i] = lineTitle
			continue
		}
		kinds[i] = lineKicker
		h := i - 1
		for h >= 0 && isBlank(lines[h]) {
			h--
		}
		if h >= 0 && kinds[h] == lineText && bracketName(lines[h]) {
			kinds[h] = lineSection
		}
	}
}

// midPhraseEnd reports whether t, ten characters or more, ends with a
// word that goes on into the next (…各方面的历史与 / 现状。): a
// conjunction, a preposition, 的 or 、. No title ends so, but for a short
// idiom (政通人和); a line the wrap cut does.
func midPhraseEnd(t string) bool {
	if len(t) < 10*3 {
		return false
	}
	switch lastRune(t) {
	case '的', '和', '与', '及', '暨', '对', '把', '将', '向', '从', '于', '为', '在', '、':
		return true
	}
	return false
}

// firstTitle reports whether no title comes before line i.
func firstTitle(kinds []plainLine, i int) bool {
	for _, k := range kinds[:i] {
		if k == lineTitle || k == lineTitleWrapped || k == lineRunIn {
			return false
		}
	}
	return true
}

// splitOrName warns about lines i and i+1 read as one title the wrap cut
// where the first may as well be a section's name over the second (学习贯彻
// 党的二十届三中全会精神 / 县委理论中心组专题学习 / 9月3日，…): the copy has
// sections, or the title is its first, where a name stands, and the first
// line ends as a name may, not inside a phrase (…关于加强生态的 / 决定),
// over a line that may be a title by itself.
func (b *bodyBuilder) splitOrName(lines []string, i int) {
	t, rest := trim(lines[i]), trim(lines[i+1])
	if last := lastRune(t); strings.ContainsRune("的和与及在对为于把将向从暨、“《（", last) || utf8.RuneCountInString(rest) < 4 || utf8.RuneCountInString(t) > 16 {
		return // (…城乡客运 / 工作: no title is one word; no name is longer than a contents' longest, tocHeading)
	}
	b.p.warn(b.p.bodyStart+i+1, "%q over %q read as one title the wrap cut: or a section's name over a title?", clipText(t, 20), clipText(rest, 20))
}

// bulletItems marks the list's items that run no title into a date
// (lineItem), where the body's entries are such items (plainTitles
// found n of them, their markers width wide): each begins an entry too,
// its title not known (-   陈向平会见英国皇家工程院院士 CONSTANTINOS
// SOUTIS 11月…: a space in the title; or no date at all). They had been
// the text of the entry above, silently. Where as many items run no
// title in, they are a list in an article's text, and stay so.
func (b *bodyBuilder) bulletItems(lines []string, kinds []plainLine, n, width int) {
	var items []int
	lastPoint := -1 // an item after a line that announces a list (会议要求：), or after such a point: text
	for i, l := range lines {
		if l == "" || !itemMark(l[0]) || kinds[i] != lineText || b.p.isTransparent(b.p.bodyStart+i) {
			continue
		}
		if _, w, ok := itemText(l); ok && w == width {
			h := i - 1
			for h >= 0 && (isBlank(lines[h]) || b.p.isTransparent(b.p.bodyStart+h)) {
				h--
			}
			if lastPoint >= 0 && i-lastPoint <= 4 || h >= 0 && (strings.HasSuffix(trim(lines[h]), "：") || strings.HasSuffix(trim(lines[h]), ":")) {
				lastPoint = i
				continue
			}
			items = append(items, i)
		}
	}
	if 3*len(items) > n {
		return
	}
	for _, i := range items {
		kinds[i] = lineItem
	}
}

// insetFirst reports whether t begins as a heading set in an article may
// (pullQuote, captionLabel, notesName, boxLabel): by its first
// character, which lets nearly every title go.
func insetFirst(t string) bool {
	if t == "" {
		return false
	}
	if t[0] == '"' {
		return true
	}
	if t[0] < 0xE2 {
		return false
	}
	r, _ := decodeRune(t)
	return insetFirsts.has(r)
}

var insetFirsts = newRuneSet("“「表图附注脚尾参主资【链相新延背小")

// textUnder returns the index of the text that the heading at lines[i]
// stands over, or 0 where it stands over no text of its own: the next
// line of text is a heading, a bold title or a Setext heading's (##
// 陈向平到鲁山县调研 / 11月1日，…; not ## 时政要闻 / **会议甲召开** …).
func (b *bodyBuilder) textUnder(lines []string, i int) int {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k++
	}
	if k == len(lines) {
		return 0
	}
	if _, _, ok := heading(lines[k]); ok || boldTitle(lines[k], true) || k+1 < len(lines) && underline(lines[k+1]) {
		return 0
	}
	return k
}

// runInLine reports whether l is a plain title run into its dated text,
// or a list's item that is (-   会议甲召开 11月1日，…).
func runInLine(l string) bool {
	t := trim(l)
	if t == "" || t[0] == '*' || t[0] == '>' {
		return false
	}
	if itemMark(t[0]) {
		if in, _, ok := itemText(t); ok {
			t = trim(in)
		}
	}
	_, _, ok := plainRunIn(t)
	return ok
}

// markedNameOver says whether the line of text above the heading at
// lines[i] is a section's name marked otherwise than with #: a Setext
// heading's (领导活动 / ---, setextName) or numbered (二、领导活动,
// cnComma), alone between blank lines; notHeading where it is neither.
func (b *bodyBuilder) markedNameOver(lines []string, i int) headingKind {
	k := i - 1
	for k >= 0 && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k--
	}
	if k < 0 {
		return notHeading
	}
	if underline(lines[k]) {
		if k > 0 && setextText(trim(lines[k-1])) {
			return setextName
		}
		return notHeading
	}
	t := trim(lines[k])
	if len(t) > 40*3 || k > 0 && !isBlank(lines[k-1]) || enumerator(t) == 0 {
		return notHeading
	}
	if kind, _, name := enumeratedLine(t); kind == cnComma && name != "" && !closed(name) {
		return cnComma
	}
	return notHeading
}

// plainNameOver says whether the line of text above the heading at
// lines[i] is a plain line alone, short and no sentence, as a column's
// name is (领导活动 / # 陈向平到鲁山县调研): see plainNames, which judges it.
func (b *bodyBuilder) plainNameOver(lines []string, i int) bool {
	k := i - 1
	for k >= 0 && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k--
	}
	if k <= 0 || !isBlank(lines[k-1]) && !b.p.isTransparent(b.p.bodyStart+k-1) {
		return false
	}
	t := trim(lines[k])
	if t == "" || t[0] == '*' || t[0] == '<' || t[0] == '#' || len(t) > 20*3 {
		return false
	}
	n := utf8.RuneCountInString(t)
	return n >= 2 && n <= 20 && !closed(t) && !containsAnyOf(t, "，,；;：:。") && !eventStart(t)
}

// headingNext reports whether the first line of text after lines[i] is
// a heading.
func (b *bodyBuilder) headingNext(lines []string, i int) bool {
	k := i + 1
	for k < len(lines) && (isBlank(lines[k]) || b.p.isTransparent(b.p.bodyStart+k)) {
		k++
	}
	if k >= len(lines) || leadByte(lines[k]) != '#' {
		return false
	}
	_, _, ok := heading(lines[k])
	return ok
}

// setextName is what markedNameOver says of a Setext heading's name.
const setextName = headingKind(255)

// underline reports whether l is a Setext heading's underline: === or
// --- alone, three at least.
func underline(l string) bool {
	if c := leadByte(l); c != '=' && c != '-' {
		return false
	}
	u := trim(l)
	return len(u) >= 3 && (strings.Trim(u, "=") == "" || strings.Trim(u, "-") == "")
}

// editorsNoteLine reports whether t is an editors' note, labelled, on a
// line of its own (编者按：为全面反映…, 【编者按】…).
func editorsNoteLine(t string) bool {
	return strings.HasPrefix(t, "编者按") && len(t) > len("编者按") && (t[len("编者按")] == 0xEF || t[len("编者按")] == ':') || strings.HasPrefix(t, "【编者按】")
}
