package parser

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// finish fills in what needs the whole body: paragraph and entry dates,
// printed pages from the table of contents, and the warnings about what
// did not match.
func (p *parser) finish() {
	iss := p.iss
	p.unescape()
	p.partAsTitle()
	p.essayTitle()
	p.prefaceTitle()
	p.notesAbove()
	p.signOffs()
	p.datedHeadlines()
	p.emptyTitles()
	p.tocSectionLines()
	p.numberedTitles()
	p.backMasthead()
	p.trailingDates()
	p.pageNotesToCalls()
	p.countyHeads()
	p.dates()
	p.subtitledSections()
	p.placeItems()
	p.firstBodyPage()
	p.matchPages()
	p.tocSections()
	p.tocNamedByLines()
	p.numberPages()
	p.furniturePages()
	p.columnTitles()
	sort.SliceStable(iss.Furniture, func(a, b int) bool { return iss.Furniture[a].Line < iss.Furniture[b].Line })
	p.continuedArticles()
	p.datesAlone()
	p.figuresAlone()
	p.runInsLeft()
	p.bareNumbersLeft()
	p.shortsRunIn()
	p.checkEnd()
	p.contentsInBody()
	p.contentsLeftWarn()
	p.placeNotes()
}

// contentsLeftWarn warns of each line of the body that reads as a line of
// a table of contents (县史志办召开修志工作会议 …… 1) where none was read:
// the contents whose heading the copy lost (an image, a page not
// converted), its lines read as text. Not where the block was warned of
// already, as a table of contents after the articles.
func (p *parser) contentsLeftWarn() {
	if p.contentsWarned {
		return
	}
	for _, l := range p.contentsLeft {
		p.warn(l.Line, "looks like a line of a table of contents but is in the body (its heading lost?): %q", clipText(l.Text, 40))
	}
}

// partAsTitle makes a section of the title a yearbook's chapter saved
// from Word on its own took from its first heading, # 政治 (Word's
// numbering of its parts, 第三篇, lost), where parts after it are headed
// so too (# 经济): the part of the book it is, as 第三篇　政治 is (it had
// been the title, the part lost from the sections, silently). A
// book's title names the book (宁川年鉴, …志) or is followed by its
// edition, number or date; a part's name is a word or two.
func (p *parser) partAsTitle() {
	iss := p.iss
	if !p.yearbook || iss.Title == "" || iss.Year != 0 || iss.Number != 0 || iss.Total != 0 || !iss.Published.IsZero() || iss.Compiler != "" || len(iss.Masthead) > 0 ||
		utf8.RuneCountInString(unspace(iss.Title)) > 6 || yearbookTitle(iss.Title) || gazetteerTitle(iss.Title) || chronicleTitle(iss.Title) || len(iss.Sections) == 0 {
		return
	}
	first := p.firstLine()
	if first < 0 || first >= len(p.lines) {
		return
	}
	if lvl, text, ok := heading(p.lines[first]); !ok || lvl != 1 || bookTitle(text) != iss.Title {
		return
	}
	parts := 0
	for _, s := range iss.Sections {
		if s.Line > first+1 && s.Line <= len(p.lines) {
			if lvl, _, ok := heading(p.lines[s.Line-1]); ok && lvl == 1 {
				parts++
			}
		}
	}
	if parts == 0 {
		return
	}
	iss.Sections = slices.Insert(iss.Sections, 0, model.Section{Name: unspace(iss.Title), Line: first + 1})
	iss.Title = ""
	p.bodyStart = first // (the body begins at the part's heading, no cover's line)
}

// bareNumbersLeft warns about an issue's number alone on a line (第3期) in
// a bound volume that was not split there (see bareIssues: the numbers do
// not follow one another, or nothing is between them): read as text, each
// may be where an issue begins.
func (p *parser) bareNumbersLeft() {
	if !p.bound() {
		return
	}
	for _, s := range p.iss.Sections {
		for _, e := range s.Entries {
			for _, para := range e.Paragraphs {
				if bareNumber(para.Text) > 0 && !p.warnedAt(para.Line) {
					p.warn(para.Line, "%q alone in a bound volume (合订本): an issue's start? The file is not split into issues here (the numbers do not follow one another)", para.Text)
				}
			}
		}
	}
}

// shortsRunIn warns about a paragraph of a hard-wrapped copy that begins
// with a short line ending no sentence, well short of the wrap, that the
// text under it went on (工作动态 / 县志办开展读书月活动 / 为进一步…, a
// Word copy's plain titles through plain pdftotext, with no contents to
// name them): the wrap cuts a paragraph's lines full, so the line ended
// there, a title or a column's name; but a title broken in two by its
// own column (关于征集《宁川年鉴 / （2024）》资料的通知) is set so too, and
// nothing tells them apart. Read as text, it is said.
func (p *parser) shortsRunIn() {
	if p.wrap == 0 && p.wrapRunes == 0 || p.lineParas {
		return
	}
	for _, s := range p.iss.Sections {
		for _, e := range s.Entries {
			for _, para := range e.Paragraphs {
				if para.Line < 1 || para.Line >= len(p.lines) {
					continue
				}
				t := trim(p.lines[para.Line-1])
				if len(t) >= len(para.Text) || !strings.HasPrefix(para.Text, t) || !p.shortOfWrap(t) || !containsAnyOf(para.Text[len(t):], "，。") {
					// (Nor where the lines under it are no sentences: a
					// table printed column by column, 指标名称 / 规模以上…)
					continue
				}
				k := para.Line
				for k < len(p.lines) && isBlank(p.lines[k]) {
					k++
				}
				if k != para.Line || k >= len(p.lines) || !shortPhrase(t) {
					continue
				}
				// Over a full line, or over another such line level with
				// it (工作动态 / 县志办开展读书月活动).
				if next := p.lines[k]; (p.full(next) || ownShortLine(t, trim(next), indentCells(next) == indentCells(p.lines[para.Line-1]))) && !p.warnedAt(para.Line) {
					p.warn(para.Line, shortRunIn, clipText(t, 30))
				}
			}
		}
	}
}

// shortRunIn is the warning of shortsRunIn.
const shortRunIn = "%q, a short line that ends no sentence, read as the start of the paragraph under it: a title?"

// shortOfWrap reports whether pt, a line of a hard-wrapped copy, stops
// at half the wrap or sooner: the wrap cuts a paragraph's lines full.
func (p *parser) shortOfWrap(pt string) bool {
	if p.wrap > 0 {
		return len(pt) <= p.wrap*3/2 && 2*p.cells(pt) <= p.wrap
	}
	return len(pt) <= p.wrapRunes*2 && 2*runeCount(pt) <= p.wrapRunes
}

// warnedAt reports whether some warning is on line.
func (p *parser) warnedAt(line int) bool {
	for _, w := range p.iss.Warnings {
		if w.Line == line {
			return true
		}
	}
	return false
}

// runInsLeft warns about a paragraph that begins with a title run into
// its dated text (县志办开展地情资料征集活动 4月12日，…) where the body did
// not split it (plainTitles, in a copy with headings or a table of
// contents that does not list it): the entries are merged, and nothing
// else would say so. (One the body joined to the sentence before it is
// warned about there: see body.)
func (p *parser) runInsLeft() {
	if p.yearbook {
		return
	}
	for si := range p.iss.Sections { // (by index: a section is not copied to read its entries)
		for _, e := range p.iss.Sections[si].Entries {
			for _, para := range e.Paragraphs {
				// (Up to 80 characters, longer than plainRunIn reads a title
				// at: 李明俊主持召开专题会议听取…实施方案汇报等工作 11月14日，…,
				// sixty, left in the text above where plainTitles read the
				// shorter ones, had been read so silently.)
				if _, _, ok := runInSplit(para.Text, 80); ok {
					p.warn(para.Line, runInLeft, clipText(para.Text, 30))
					break // once an entry
				}
			}
		}
	}
}

const runInLeft = "%q reads as a title run into its dated text, read here as text of the entry above: are two entries merged?"

// datesAlone warns about an event that is its date and nothing else
// (11月3日 / 11月8日 / its text / the other's text: a table's two columns
// that pdftotext printed one under the other): its text is in another
// event, which the model cannot tell.
func (p *parser) datesAlone() {
	for si := range p.iss.Sections { // (by index: a section is not copied to read its entries)
		for _, e := range p.iss.Sections[si].Entries {
			if e.Title != "" || len(e.Paragraphs) != 1 || len(e.Paragraphs[0].Text) > 60 {
				continue
			}
			if r, _ := decodeLastRune(e.Paragraphs[0].Text); r != '号' && !weekdayEnd(r) {
				continue // an event's text ends otherwise (。); a day may end with its day of the week (3月5日（星期二）)
			}
			if dateOnlyLine(e.Paragraphs[0].Text) {
				p.warn(e.Paragraphs[0].Line, "the event %q has a date and no text: is its text under another date (a table's columns one under the other)?", e.Paragraphs[0].Text)
			}
		}
	}
}

// figuresAlone warns about figures alone on their lines one under the
// other (12.36 / 28.74 / 15.82), as pdftotext without -layout prints a
// table column by column: each cell is read as text, and which row a
// figure belongs to is lost, which the model cannot mend. Once a table:
// its other columns follow.
func (p *parser) figuresAlone() {
	run, last := 0, -2
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if l == "" || !figureFirst(l) && l[0] != '-' || p.isFurniture(i) || !bareFigure(trim(l)) {
			continue // nearly every line, by its first byte
		}
		if i == last+1 {
			run++
		} else {
			run = 1
		}
		last = i
		if run == 3 {
			p.warn(i-1, "%q and the figures under it are alone on their lines: a table printed column by column (pdftotext without -layout?), whose rows are lost", trim(p.lines[i-2]))
			// The table's other columns, and their heads (比上年同期增长（%）),
			// are the same table's: short lines that end no sentence.
			for i+1 < len(p.lines) && (isBlank(p.lines[i+1]) || p.isFurniture(i+1) || cellLine(trim(p.lines[i+1]))) {
				i++
			}
		}
	}
}

// cellLine reports whether t may be a table's cell alone on its line:
// short, no sentence.
func cellLine(t string) bool {
	return len(t) <= 20*3 && !containsAnyOf(t, "，。；：:")
}

// bareFigure reports whether t is a number and nothing else: 12.36, 31256,
// 5.1%, -2.3.
func bareFigure(t string) bool {
	if t == "" || len(t) > 16 || !figureFirst(t) && t[0] != '-' {
		return false // nearly every paragraph, by its first byte
	}
	return strings.Trim(t, "0123456789.%-") == ""
}

// continuedArticles warns about the text of an article continued on a
// later page ((上接第1页)…, after another article there): it stays where it
// is printed, the end of the entry above it, not joined to its own, which
// the model cannot tell for sure.
func (p *parser) continuedArticles() {
	for si := range p.iss.Sections { // (by index: a section is not copied to read its entries)
		for _, e := range p.iss.Sections[si].Entries {
			for _, para := range e.Paragraphs {
				t := para.Text
				if t == "" || t[0] != '(' && t[0] != 0xEF && t[0] != 0xE4 {
					continue // nearly every paragraph, by its first byte: （ is EF, 上 E4
				}
				t = strings.TrimPrefix(strings.TrimPrefix(t, "（"), "(")
				if rest, ok := strings.CutPrefix(t, "上接"); ok && (strings.HasPrefix(rest, "第") || rest != "" && rest[0] >= '0' && rest[0] <= '9') {
					p.warn(para.Line, "%q continues an article from an earlier page: read here as the end of %q, not joined to its article", clipText(para.Text, 12), clipText(e.DisplayTitle(), 20))
				}
			}
		}
	}
}

// notesAbove gives the editors' note printed over an article
// (【编者按】…, 编者按：…) that the body read as the last paragraph of the
// article above it an entry of its own, untitled, before the article it
// heads, as the note over a section's first article is: it had been the
// end of the article above, silently. Only the last paragraph, after
// text of the article's own, over a titled article of the same section.
func (p *parser) notesAbove() {
	for si := range p.iss.Sections {
		es := p.iss.Sections[si].Entries
		for ei := len(es) - 2; ei >= 0; ei-- {
			e := &es[ei]
			n := len(e.Paragraphs)
			if e.Title == "" || n < 2 || es[ei+1].Title == "" {
				continue
			}
			last := e.Paragraphs[n-1]
			if r, _ := decodeRune(last.Text); r != '【' && r != '编' && r != '按' || !noteAbove(last.Text) {
				continue // (nearly every paragraph, by its first rune)
			}
			e.Paragraphs = e.Paragraphs[: n-1 : n-1]
			note := model.Entry{Line: last.Line, Paragraphs: []model.Paragraph{last}}
			es = slices.Insert(es, ei+1, note)
		}
		p.iss.Sections[si].Entries = es
	}
}

// signOffs gives back to the article above it the sign-off the body
// read as an article of its own, titled by the office, its date the
// text: …取得明显成效。 / 平顶山市人民政府办公室 / 2023年11月5日, as a
// copy without blank lines (or one that sets a short line after a
// sentence as a title) sets the end of a notice or a letter an article
// ends with, or reprints. No article is a date alone; the two lines are
// the article's last paragraphs (it had been an article titled
// 平顶山市人民政府办公室, silently).
func (p *parser) signOffs() {
	p.boxSections()
	for si := range p.iss.Sections {
		es := p.iss.Sections[si].Entries
		for ei := len(es) - 1; ei > 0; ei-- {
			e := &es[ei]
			if len(e.Title) <= 8*3 && len(e.Title) >= 2*3 && es[ei-1].Title != "" && len(es[ei-1].Paragraphs) > 0 && boxLabel(e.Title) {
				// …取得明显成效。 / 相关链接 / 智慧供热平台是…: the box an
				// article ends with, its label a short line alone, as a
				// copy without bold or blank lines sets it: the article's
				// text, as the label in bold or brackets is (it had been
				// an article titled 相关链接, silently).
				es[ei-1].Paragraphs = joinEntry(es[ei-1], *e)
				es = slices.Delete(es, ei, ei+1)
				continue
			}
			if e.Title != "" && len(e.Title) <= 60*3 && documentTitle(e.Title) && announces(es[ei-1].Paragraphs) {
				// 现将通知全文刊发如下： / 关于做好…工作的通知 / 各县（市、区）…：
				// / …: what the article says it sets out next is its own
				// text, the document it reprints, not an article of its
				// own titled so (it had been one, silently). Only a
				// document's title (关于…的通知): …获奖名单如下： /
				// ![](list.png) / **县志办开展…** is the next article.
				es[ei-1].Paragraphs = joinEntry(es[ei-1], *e)
				es = slices.Delete(es, ei, ei+1)
				continue
			}
			n := len(e.Paragraphs)
			for n > 1 && n <= 3 && afterword(e.Paragraphs[n-1].Text) {
				n-- // (平顶山市人民政府办公室 / 2023年11月5日 / （来源：平顶山日报）: what a copy sets after the text)
			}
			if n != 1 || len(e.Title) < 4*3 || len(e.Paragraphs[0].Text) > 40 || len(es[ei-1].Paragraphs) == 0 {
				continue // nearly every entry, by its paragraphs
			}
			if !signedOff(e.Title, e.Paragraphs[0].Text) {
				continue
			}
			es[ei-1].Paragraphs = joinEntry(es[ei-1], *e)
			es = slices.Delete(es, ei, ei+1)
		}
		p.iss.Sections[si].Entries = es
	}
}

// boxSections gives back to the article above it a box the body read as
// a section of its own, named by its label (…取得明显成效。 / 相关链接 /
// 智慧供热平台是…, where the copy's sections are plain lines too): the
// label and its text the article's, the articles after it the section
// above's. No issue has a section named 相关链接 (it had been one,
// silently).
func (p *parser) boxSections() {
	ss := p.iss.Sections
	for si := len(ss) - 1; si > 0; si-- {
		s := &ss[si]
		if len(s.Name) > 8*3 || len(s.Name) < 2*3 || len(s.Entries) == 0 || !boxLabel(s.Name) {
			continue // nearly every section, by its name's length
		}
		up := &ss[si-1]
		if len(up.Entries) == 0 || len(up.Entries[len(up.Entries)-1].Paragraphs) == 0 {
			continue
		}
		last := &up.Entries[len(up.Entries)-1]
		ps := append(slices.Clip(last.Paragraphs), model.Paragraph{Text: s.Name, Line: s.Line})
		es := s.Entries
		if es[0].Title == "" {
			ps = append(ps, es[0].Paragraphs...)
			es = es[1:]
		}
		last.Paragraphs = ps
		up.Entries = append(slices.Clip(up.Entries), es...) // (a copy: the sections share an array)
		ss = slices.Delete(ss, si, si+1)
	}
	p.iss.Sections = ss
}

// announces reports whether ps, an article's paragraphs, end with one
// that announces what follows (现将通知全文刊发如下：, 全文如下：).
func announces(ps []model.Paragraph) bool {
	if len(ps) == 0 {
		return false
	}
	t := ps[len(ps)-1].Text
	if len(t) <= 3*3 || t[len(t)-1] != 0x9A && t[len(t)-1] != ':' {
		return false // nearly every paragraph, by its last byte
	}
	t = strings.TrimRight(t, "：:")
	return strings.HasSuffix(t, "如下") || strings.HasSuffix(t, "全文")
}

// joinEntry is up's paragraphs, then e's title and paragraphs: e read as
// the end of up.
func joinEntry(up, e model.Entry) []model.Paragraph {
	ps := make([]model.Paragraph, 0, len(up.Paragraphs)+len(e.Paragraphs)+1)
	ps = append(ps, up.Paragraphs...)
	if e.Title != "" {
		ps = append(ps, model.Paragraph{Text: e.Title, Line: e.Line})
	}
	return append(ps, e.Paragraphs...)
}

// noteAbove reports whether t is an editors' note of the kind printed
// over the article it introduces (【编者按】…, 编者按：…, 按语：…), not one
// printed under it (【编后】, 【链接】, 注：…, which stay the article's).
func noteAbove(t string) bool {
	if !editorialNote(t) {
		return false
	}
	t = strings.TrimPrefix(t, "【")
	for _, w := range [...]string{"编者按", "编者的话", "按语"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

// prefaceTitle makes 卷首语 (刊首语, 编者按) alone on a line over the
// body's first text, before its first section, that text's title, as
// the body reads one under a heading (## 卷首语): the editors' note,
// which no table of contents lists. A plain line is no title in a copy
// whose titles the table of contents names: it had been the text's
// first paragraph, the entry untitled and said to be what the cover left.
func (p *parser) prefaceTitle() {
	iss := p.iss
	if p.yearbook || len(iss.Sections) < 2 || iss.Sections[0].Name != "" || len(iss.Sections[0].Entries) == 0 {
		return // nearly every copy
	}
	e := &iss.Sections[0].Entries[0]
	if e.Title != "" || len(e.Paragraphs) < 2 || len(e.Paragraphs[0].Text) > 8*3 || !editorsTitle(e.Paragraphs[0].Text) {
		return
	}
	first := e.Paragraphs[0]
	e.Title, e.Line = first.Text, first.Line
	e.Paragraphs = e.Paragraphs[1:]
}

// essayTitle makes a copy's first line its one entry's title where the
// copy is one untitled text and nothing else — no cover, no contents, no
// heading — and that line stands alone, short, ends no sentence and is
// no date, over paragraphs (宁川县志编纂始末 / 　　宁川县志的编纂，…, an
// essay or a notice copied from a web page or saved as text by Word):
// the line had been the text's first paragraph, and the entry untitled.
func (p *parser) essayTitle() {
	iss := p.iss
	if iss.Title != "" || len(iss.TOC) > 0 || p.yearbook || len(iss.Sections) != 1 || iss.Sections[0].Name != "" ||
		len(iss.Sections[0].Entries) != 1 {
		return // nearly every copy
	}
	e := &iss.Sections[0].Entries[0]
	if e.Title != "" || len(e.Paragraphs) < 3 {
		return
	}
	p.lineTitle(e)
}

// columnTitles makes the first line of a column the table of contents
// prints as one piece with its page at the sections' margin (卷首语……1,
// see marginSections) its title, where it stands alone, short, ends no
// sentence and is no date, over the column's text (卷首语 / 春风化雨润方志 /
// 　　新春伊始，…): the piece's title, which the contents leave out as
// they name the column. It had been the text's first paragraph, the
// entry untitled (said to be a title perhaps where a page's furniture
// came between).
func (p *parser) columnTitles() {
	if p.sectionPages == nil {
		return // nearly every copy
	}
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		if len(s.Entries) != 1 || s.Entries[0].Title != "" || len(s.Entries[0].Paragraphs) < 2 {
			continue
		}
		if t, ok := p.sectionPages[foldKey(s.Name)]; ok && t.Line > 0 && t.Line <= len(p.lines) && !startsIndented(p.lines[t.Line-1]) {
			p.lineTitle(&s.Entries[0])
		}
	}
}

// lineTitle makes the first paragraph of the untitled entry e its title
// where it is a line alone, short, that ends no sentence and is no date,
// over longer paragraphs.
func (p *parser) lineTitle(e *model.Entry) {
	iss := p.iss
	first := e.Paragraphs[0]
	t := first.Text
	if n := runeCount(t); n < 4 || n > 40 || first.Line < 1 || first.Line > len(p.lines) || trim(p.lines[first.Line-1]) != t ||
		first.Line < len(p.lines) && !isBlank(p.lines[first.Line]) && !ideoIndented(p.lines[first.Line]) ||
		closed(t) || containsAnyOf(t, "，,；;：:") || startsWithMonth(t) {
		return
	}
	for _, q := range e.Paragraphs[1:] {
		if runeCount(q.Text) <= runeCount(t) {
			return // a list of short lines, not a title over its text
		}
	}
	// The line may have been said to be a title perhaps (shortOwnLine):
	// it is one, and that warning goes; any other at its line stays, and
	// keeps it text.
	said := fmt.Sprintf(shortOwnLine, clipText(t, 30))
	ws := iss.Warnings[:0:0]
	for _, w := range iss.Warnings {
		if w.Line == first.Line && w.Message != said {
			return
		}
		if w.Line != first.Line {
			ws = append(ws, w)
		}
	}
	iss.Warnings = ws
	e.Title = t
	e.Line = first.Line
	e.Paragraphs = e.Paragraphs[1:]
}

// datedHeadlines joins a date set as a title of its own with no text
// (**11月3日**\) to the titled entry right after it (**县委召开常委会议**\
// and its text), as a docx chronicle sets the date over the headline: one
// entry, titled 11月3日 县委召开常委会议 and dated by its title, not a
// date that would name a section of one.
func (p *parser) datedHeadlines() {
	for si := range p.iss.Sections {
		es := p.iss.Sections[si].Entries
		if len(es) == 0 {
			continue // (nothing to join; the entries as they are)
		}
		out := es[:0]
		for ei := 0; ei < len(es); ei++ {
			e := es[ei]
			if e.Title != "" && len(e.Paragraphs) == 0 && dateOnlyLine(e.Title) && ei+1 < len(es) &&
				es[ei+1].Title != "" && !dateTitle(es[ei+1].Title) {
				next := es[ei+1]
				next.Title = e.Title + " " + next.Title
				next.Line = e.Line
				out = append(out, next)
				ei++
				continue
			}
			out = append(out, e)
		}
		p.iss.Sections[si].Entries = out
	}
}

// emptyTitles makes a section of a bold title that has no text of its
// own and is followed by titled entries (**时政要闻** over **会议甲召开** and its
// text, as a copy that printed its section names in bold, with no table
// of contents to name them, reads): the entries under it are its own,
// where they were the entries after an empty one. Only in a report with
// no table of contents, or a box of highlights (本期要目): one that has
// one names its sections.
func (p *parser) emptyTitles() {
	iss := p.iss
	if len(iss.TOC) > 0 && !p.tocHighlights || p.yearbook || !p.boldAlone || !p.anyEmptyTitle() {
		return // nearly every copy: nothing is copied
	}
	var out []model.Section
	changed := false
	for _, s := range iss.Sections {
		cur := model.Section{Name: s.Name, Label: s.Label, Line: s.Line}
		for ei, e := range s.Entries {
			if p.emptyTitleAt(s.Entries, ei) {
				if len(cur.Entries) > 0 || cur.Name != "" || cur.Line != 0 {
					out = append(out, cur)
				}
				label, name := nameLabel(e.Title)
				cur = model.Section{Name: name, Label: label, Line: e.Line}
				changed = true
				continue
			}
			cur.Entries = append(cur.Entries, e)
		}
		out = append(out, cur)
	}
	if changed {
		iss.Sections = out
	}
}

// tocSectionLines makes sections of the titles with no text that a Word
// table of contents lists with a page, as it lists its entries (时政要闻
// ……1 / 县委常委会召开会议……1), over a body that prints its section names
// as plain lines (时政要闻 / / 县委常委会召开会议 / 11月3日，…): the body
// read them as titles, and each had become an empty entry between the
// real ones, under no section. A line of the contents is a section's
// name where the body has nothing under it but the next line's title;
// where the contents indent some lines, only an unindented one over an
// indented one is. One alone must be the body's first entry; with two
// or more, the entries before the first (卷首语) stay under no name.
// (tocNamedByLines then splits the contents by the same names.)
func (p *parser) tocSectionLines() {
	iss := p.iss
	if len(iss.TOC) != 1 || iss.TOC[0].Name != "" || p.yearbook || p.tocHighlights ||
		len(iss.Sections) != 1 || iss.Sections[0].Name != "" {
		return
	}
	es := iss.Sections[0].Entries
	var names []bool // names[ei]: es[ei] is a section's name; nil while none is
	n := 0
	for ei := range es {
		if emptyOverText(es, ei) && p.tocSectionLineAt(es, ei) {
			if names == nil {
				names = make([]bool, len(es))
			}
			names[ei] = true
			n++
		}
	}
	if n == 0 || n == 1 && !names[0] {
		return
	}
	var out []model.Section
	for ei, e := range es {
		if names[ei] {
			label, name := nameLabel(e.Title)
			out = append(out, model.Section{Name: name, Label: label, Line: e.Line})
			continue
		}
		if len(out) == 0 {
			out = append(out, model.Section{}) // an entry before the first name (卷首语): under none
		}
		last := &out[len(out)-1]
		last.Entries = append(last.Entries, e)
	}
	iss.Sections = out
}

// emptyOverText reports whether es[ei] is a title with no text over a
// titled entry with text.
func emptyOverText(es []model.Entry, ei int) bool {
	return es[ei].Title != "" && len(es[ei].Paragraphs) == 0 && ei+1 < len(es) &&
		es[ei+1].Title != "" && len(es[ei+1].Paragraphs) > 0
}

// tocSectionLineAt reports whether the line of the table of contents
// that lists es[ei], with a page, stands right above the one that lists
// the entry after it, and is not indented where that one is (see
// tocSectionLines).
func (p *parser) tocSectionLineAt(es []model.Entry, ei int) bool {
	p.tocIndex()
	toc := p.iss.TOC[0].Entries
	k := foldKey(es[ei].Title)
	if !p.tocKeys[k] {
		return false
	}
	next := foldKey(es[ei+1].Title)
	// A contents that prints no page on any line (a web page's, a list of
	// titles) gives its names no page either: there, a line is a name by
	// what the body prints under it alone.
	paged := slices.ContainsFunc(toc, func(t model.TOCEntry) bool { return t.Page > 0 })
	for j := 0; j+1 < len(toc); j++ {
		if toc[j].Page == 0 && paged || p.tocFolds[j] != k || p.tocFolds[j+1] != next {
			continue
		}
		in, nextIn := p.lineIndent(toc[j].Line), p.lineIndent(toc[j+1].Line)
		if in < nextIn {
			return true
		}
		// Level with the next: a name only where the contents indent none.
		return in == nextIn && !slices.ContainsFunc(toc, func(t model.TOCEntry) bool { return p.lineIndent(t.Line) > 0 })
	}
	return false
}

// lineIndent is the bytes of the spaces 1-based line n begins with; 0 for
// a line out of range.
func (p *parser) lineIndent(n int) int {
	if n < 1 || n > len(p.lines) {
		return 0
	}
	return indentBytes(p.lines[n-1])
}

// numberedTitles makes entries of numbered sections that are titles: in
// a copy with no table of contents, 一、县史志办召开年鉴编纂工作会议 over its
// dated text, 二、… over the next, each read as a section holding one
// untitled entry. Where every numbered section is so (its name longer
// than a column's, its one entry untitled and beginning with a date),
// they are the entries of the section above them, or of an unnamed one,
// titled as printed, number and all.
func (p *parser) numberedTitles() {
	iss := p.iss
	if len(iss.TOC) > 0 && !p.tocHighlights || p.yearbook || len(iss.Sections) < 2 {
		return // (a box of highlights, 本期要目, names no section: the body's lines tell)
	}
	n, prev := 0, 0 // prev: the number of the labelled section above, 0 after any other
	for _, s := range iss.Sections {
		if s.Label == "" {
			prev = 0
			continue
		}
		num := labelNumber(s.Label)
		if _, ok := itemHead(s); ok {
			s.Entries = s.Entries[1:] // (asked of the item under its subtitle or byline)
		}
		if len(s.Entries) != 1 || s.Entries[0].Title != "" || len(s.Entries[0].Paragraphs) == 0 || utf8.RuneCountInString(s.Name) < 8 {
			return
		}
		if ps := s.Entries[0].Paragraphs; !startsWithMonthDay(trim(ps[0].Text)) && !(len(ps) > 1 && itemHeadLine(ps[0].Text) && startsWithMonthDay(trim(ps[1].Text))) && (prev == 0 || num != prev+1) {
			// (四、开展… / 5月以来，… after 三、… over its date: the next
			// item, though it prints none.)
			return
		}
		prev = num
		if r, _ := decodeRune(s.Label); !isCnDigit(r) && r != '（' && r != '(' && (r < '0' || r > '9') {
			return // ◆, 第一篇: a section's mark, not an item's number
		}
		n++
	}
	if n < 2 {
		return
	}
	var out []model.Section
	for _, s := range iss.Sections {
		if s.Label == "" {
			out = append(out, s)
			continue
		}
		e := s.Entries[0]
		e.Title, e.Line = s.Label+s.Name, s.Line
		if head, ok := itemHead(s); ok {
			e = s.Entries[1]
			e.Title, e.Line = s.Label+s.Name, s.Line
			if subtitle(head.Text) {
				e.Title += head.Text // 二、…评审 / ——…纪实: the title's subtitle, as a bold one's
			} else {
				e.Paragraphs = append([]model.Paragraph{head}, e.Paragraphs...) // the byline, its first paragraph
			}
		}
		if len(out) == 0 {
			out = append(out, model.Section{})
		}
		last := &out[len(out)-1]
		last.Entries = append(last.Entries, e)
	}
	iss.Sections = out
}

// itemHead returns the line under a numbered section's name that made it
// a section of two untitled entries, where it is the item's subtitle
// (二、云溪县完成《茶岭镇志》评审 / ——云溪县推进…纪实 / 3月22日，…) or its
// byline (东岗县地方志办公室　李明): the numbered name over them is the
// item's title, as where the item has neither (it had stayed a section,
// and so had every numbered item of the copy, silently).
func itemHead(s model.Section) (model.Paragraph, bool) {
	if len(s.Entries) != 2 || s.Entries[0].Title != "" || s.Entries[1].Title != "" || len(s.Entries[0].Paragraphs) != 1 || len(s.Entries[1].Paragraphs) == 0 {
		return model.Paragraph{}, false
	}
	head := s.Entries[0].Paragraphs[0]
	if !startsWithMonthDay(trim(s.Entries[1].Paragraphs[0].Text)) || !itemHeadLine(head.Text) {
		return model.Paragraph{}, false
	}
	return head, true
}

// itemHeadLine reports whether t is a line an item carries between its
// title and its dated text: a subtitle, a byline (东岗县地方志办公室　李明,
// （记者 张伟　通讯员 李娜）, 文/李娜, □ 本刊记者 王丽), a document's number
// (平政办〔2024〕12号), an editors' note (编者按：…). A briefing's items
// numbered 一、…四、 with such a line under each title had stayed
// sections, the first item's title an entry above them, silently.
func itemHeadLine(t string) bool {
	return subtitle(t) || officeByline(t) || officeAlone(t) || authorName(t) || articleMeta(t) || t != "" && (t[0] == 0xE7 || t[0] == 0xE3) && editorsNoteLine(t)
}

// anyEmptyTitle reports whether emptyTitles has a title to make a
// section of.
func (p *parser) anyEmptyTitle() bool {
	for _, s := range p.iss.Sections {
		for ei := range s.Entries {
			if p.emptyTitleAt(s.Entries, ei) {
				return true
			}
		}
	}
	return false
}

// emptyTitleAt reports whether es[ei] is a bold title with no text over
// a titled entry with text.
func (p *parser) emptyTitleAt(es []model.Entry, ei int) bool {
	e := &es[ei]
	return e.Title != "" && len(e.Paragraphs) == 0 && ei+1 < len(es) &&
		es[ei+1].Title != "" && len(es[ei+1].Paragraphs) > 0 && p.boldLine(e.Line)
}

// boldLine reports whether 1-based line n is bold and nothing else
// (**时政要闻**): a heading of the body (### …) over bold entries is the
// first of an article's parts, not a section.
func (p *parser) boldLine(n int) bool {
	if n < 1 || n > len(p.lines) {
		return false
	}
	_, ok := boldOnly(trim(p.lines[n-1]))
	return ok
}

// unescape takes Markdown's backslash off the punctuation it escapes in
// titles, the contents' too, and paragraphs (a docx converter's 副市长\-张某, 800张\*): the
// structure is read, and the backslash is no text. A backslash before
// anything else (a hard break a join left, a path) stays.
func (p *parser) unescape() {
	if !p.textHas("\\") {
		return // nearly every copy: one fast search of the text
	}
	for si := range p.iss.TOC {
		s := &p.iss.TOC[si]
		s.Name = unescapeText(s.Name)
		for ei := range s.Entries {
			s.Entries[ei].Title = unescapeText(s.Entries[ei].Title)
		}
	}
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		for ei := range s.Entries {
			e := &s.Entries[ei]
			e.Title = unescapeText(e.Title)
			for pi := range e.Paragraphs {
				e.Paragraphs[pi].Text = unescapeText(e.Paragraphs[pi].Text)
			}
		}
	}
}

func unescapeText(t string) string {
	i := strings.IndexByte(t, '\\')
	if i < 0 {
		return t // nearly every paragraph: one fast search
	}
	var b strings.Builder
	b.Grow(len(t))
	for ; i >= 0; i = strings.IndexByte(t, '\\') {
		b.WriteString(t[:i])
		if i+1 < len(t) && strings.IndexByte(asciiPunct, t[i+1]) >= 0 {
			b.WriteByte(t[i+1])
		} else if i+1 < len(t) {
			b.WriteString(t[i : i+2])
		} else {
			b.WriteByte('\\')
		}
		t = t[min(i+2, len(t)):]
	}
	b.WriteString(t)
	return b.String()
}

// tocSections warns about a section of the table of contents that no
// section of the body is: a line the table of contents was read wrong at
// (the end of a title wrapped onto a line of its own reads as a section
// name), or a heading the body lost. A body with no sections at all is
// not compared: it has lost them all, and its entries say so.
func (p *parser) tocSections() {
	iss := p.iss
	if len(iss.TOC) == 0 || p.yearbook {
		return
	}
	names := make(map[string]bool, 2*len(iss.Sections))
	for _, s := range iss.Sections {
		if s.Name != "" {
			names[p.foldString(s.Name)] = true
			names[p.foldString(s.Label+s.Name)] = true
		}
	}
	if len(names) == 0 {
		return
	}
	for _, t := range iss.TOC {
		if t.Name != "" && t.Line != 0 && !names[string(p.fold(t.Name))] {
			p.warn(t.Line, "the table of contents names a section the body does not have: %q", t.Name)
		}
	}
}

// englishUnder reports whether line m of the table of contents stands
// under a line in Han (the section's name, or the entry before it): a
// bilingual contents' English of that line.
func englishUnder(toc []model.TOCSection, m tocRef) bool {
	above := toc[m.sec].Name
	if m.ent > 0 {
		above = toc[m.sec].Entries[m.ent-1].Title
	}
	r, _ := utf8.DecodeRuneInString(above)
	return han(r)
}

type entryRef struct{ sec, ent int }

// tocRef is a line of the table of contents: its section and entry, and
// its place among all the lines (flat).
type tocRef struct{ sec, ent, flat int }

// noEntry marks a line of the table of contents that gave no entry its
// page.
var noEntry = entryRef{-1, -1}

// matchBetween pairs the lines of the table of contents that matched no
// entry with the entries no line matched, where both stand between the
// same two matched pairs, as many lines as entries, each line like its
// entry (a contents that words a title its own way: 尧山实验室理事会召开
// 第一次会议 for 尧山实验室理事会第一次会议召开, 岳杰勇调研创文工作 for
// 岳杰勇调研卫健、教育系统创文工作) and its page between the pages around
// it. It returns the lines still unmatched.
func (p *parser) matchBetween(missing []tocRef, order []entryRef, keys []string, used map[entryRef]bool, tocOf []entryRef, take func(tocRef, entryRef)) []tocRef {
	iss := p.iss
	pos := make(map[entryRef]int, len(order))
	for i, r := range order {
		pos[r] = i
	}
	var lines []tocRef // every line, in the order printed
	for si, s := range iss.TOC {
		for ti := range s.Entries {
			lines = append(lines, tocRef{si, ti, len(lines)})
		}
	}
	isMissing := make(map[tocRef]bool, len(missing))
	for _, m := range missing {
		isMissing[m] = true
	}
	page := func(m tocRef) int { return iss.TOC[m.sec].Entries[m.ent].Page }
	for i := 0; i < len(lines); {
		if !isMissing[lines[i]] {
			i++
			continue
		}
		j := i
		for j < len(lines) && isMissing[lines[j]] {
			j++
		}
		run := lines[i:j]
		// The matched lines around the run, and their entries.
		lo, hi := -1, len(order)
		loPage, hiPage := 0, 0
		for k := i - 1; k >= 0; k-- {
			if r := tocOf[k]; r != noEntry {
				lo, loPage = pos[r], page(lines[k])
				break
			}
		}
		for k := j; k < len(lines); k++ {
			if r := tocOf[k]; r != noEntry {
				hi, hiPage = pos[r], page(lines[k])
				break
			}
		}
		i = j
		if lo >= hi {
			continue // matched out of order: no between
		}
		var free []int
		for k := lo + 1; k < hi; k++ {
			if !used[order[k]] {
				free = append(free, k)
			}
		}
		if len(free) == 0 || len(free)*len(run) > 10_000 {
			continue
		}
		// Pair them in order, as many as are alike: a contents line
		// that lists what the body lacks, and an entry it does not list,
		// may stand between them too.
		like := func(a, b int) bool {
			t := iss.TOC[run[a].sec].Entries[run[a].ent]
			if t.Page > 0 && (loPage > 0 && t.Page < loPage || hiPage > 0 && t.Page > hiPage) {
				return false
			}
			return alike(foldKey(t.Title), keys[free[b]])
		}
		for _, ab := range alignInOrder(len(run), len(free), like) {
			take(run[ab[0]], order[free[ab[1]]])
			isMissing[run[ab[0]]] = false
		}
	}
	out := missing[:0]
	for _, m := range missing {
		if isMissing[m] {
			out = append(out, m)
		}
	}
	return out
}

// alignInOrder pairs as many of n things with m others as like allows,
// keeping both in order (a longest common subsequence), and returns the
// pairs, first to last.
func alignInOrder(n, m int, like func(a, b int) bool) [][2]int {
	// best[a][b] is the most pairs of a… and b….
	best := make([][]int, n+1)
	for a := range best {
		best[a] = make([]int, m+1)
	}
	for a := n - 1; a >= 0; a-- {
		for b := m - 1; b >= 0; b-- {
			best[a][b] = max(best[a+1][b], best[a][b+1])
			if like(a, b) {
				best[a][b] = max(best[a][b], 1+best[a+1][b+1])
			}
		}
	}
	var out [][2]int
	for a, b := 0, 0; a < n && b < m; {
		switch {
		case best[a][b] == best[a+1][b]:
			a++
		case best[a][b] == best[a][b+1]:
			b++
		default:
			out = append(out, [2]int{a, b})
			a++
			b++
		}
	}
	return out
}

// alike reports whether a and b, folded titles, are one title worded two
// ways: the longest run of characters they share in order covers four
// fifths of the shorter and half the longer (县志办开展资料征集 and
// 县志办开展地情资料征集工作; 尧山实验室理事会召开第一次会议 and
// 尧山实验室理事会第一次会议召开). Sharing words in another order is not
// enough: 目录里有而正文里没有 is not 正文里有而目录里没有.
func alike(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) < 4 || len(ra)*len(rb) > 10_000 {
		return false
	}
	// The longest common subsequence, a row at a time.
	prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1)
	for _, x := range ra {
		for j, y := range rb {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	n := prev[len(rb)]
	return 5*n >= 4*len(ra) && 2*n >= len(rb)
}

// matchPages gives each body entry the page its table-of-contents line
// prints. Titles are compared folded (full-width and half-width forms,
// letter case and spaces do not matter); a line or an entry left over is
// a warning, never dropped.
func (p *parser) matchPages() {
	iss := p.iss
	if len(iss.TOC) == 0 {
		return
	}
	titled := 0
	for _, s := range iss.Sections {
		titled += len(s.Entries)
	}
	// (Sized at the start: grown as it fills, the map had been rehashed
	// four times on the sample.)
	byKey := make(map[string][]entryRef, titled)
	order := make([]entryRef, 0, titled)
	keys := make([]string, 0, titled) // folded title of order[i]
	for si, s := range iss.Sections {
		for ei, e := range s.Entries {
			if e.Title == "" {
				continue
			}
			k := p.foldString(e.Title)
			order = append(order, entryRef{si, ei})
			keys = append(keys, k)
			if refs, ok := byKey[k]; ok {
				byKey[k] = append(refs, entryRef{si, ei})
			} else {
				// A title's first entry, a slice of order's own array
				// (full: a second entry of the title copies it): a slice
				// allocated for each had been most of what this allocates.
				n := len(order)
				byKey[k] = order[n-1 : n : n]
			}
			if i := strings.Index(e.Title, "——"); i > 0 {
				// 陆游与绍兴——纪念陆游诞辰898周年: the contents may list the
				// title without its subtitle.
				sk := p.foldString(e.Title[:i])
				byKey[sk] = append(byKey[sk], entryRef{si, ei})
			}
		}
	}
	// A yearbook's contents list its parts and chapters, which are
	// sections of the body here, and a Word table of contents its
	// sections with a page, as its entries (时政要闻 6, from pandoc's
	// links): a line that names one is found (its page is the section's,
	// which the model does not hold).
	sections := make(map[string]bool, len(iss.Sections))
	for _, s := range iss.Sections {
		if s.Name != "" {
			sections[p.foldString(s.Name)] = true
			sections[p.foldString(s.Label+s.Name)] = true
		}
	}
	if len(order) == 0 && p.volume {
		return // a bound volume's contents, matched to its issues (volumeContents)
	}
	if len(order) == 0 {
		// Nothing to match: every line of the table of contents is missing
		// but those that name sections.
		listed, named := 0, 0
		for _, s := range iss.TOC {
			for _, t := range s.Entries {
				listed++
				if len(sections) == 0 {
					// No section to name (a contents and no body): the
					// key is not made to be looked up in nothing.
					p.warnMissing(t)
				} else if k := p.fold(t.Title); sections[string(k)] {
					// (The key in the scratch buffer: a contents of a
					// million lines had copied each.)
					named++
					if t.Page > 0 && len(iss.Pages) > 0 {
						// 二月……3 in a copy that keeps some page numbers:
						// the first page its events may be on (see
						// furniturePages). (Where the copy keeps none, an
						// event further on is on a page not known.)
						if p.sectionPages == nil {
							p.sectionPages = make(map[string]model.TOCEntry)
						}
						p.sectionPages[string(k)] = t
					}
				} else {
					p.warnMissing(t)
				}
			}
		}
		p.tocSectionsOnly = listed > 0 && named == listed
		return
	}
	p.tocIndex()
	used := make(map[entryRef]bool, len(order))
	tocSec := make(map[entryRef]int, len(order))  // the TOC section of the line each entry matched
	tocOf := make([]entryRef, 0, len(p.tocFolds)) // the entry each line of the table of contents gave its page, by its flat place
	take := func(r entryRef, t model.TOCEntry) {
		used[r] = true
		e := &iss.Sections[r.sec].Entries[r.ent]
		e.Page, e.LastPage = t.Page, t.LastPage
		if strings.IndexByte(e.Title, ' ') >= 0 && strings.IndexByte(t.Title, ' ') < 0 && unspace(e.Title) == t.Title {
			// 李明俊 调研 城乡客运工作 over the contents' 李明俊调研城乡客运工作:
			// spaces pdfminer put between the title's characters, which
			// the office's contents do not print; and ### …十一届 六次全会精神,
			// a heading of two lines that pymupdf4llm joins with a space.
			e.Title = t.Title
		}
	}
	var missing []tocRef
	listed, namesSection := 0, 0
	for si, s := range iss.TOC {
		for ti, t := range s.Entries {
			k := p.tocFolds[listed]
			listed++
			tocOf = append(tocOf, noEntry)
			refs, ok := byKey[k]
			if ok && p.yearbook && sections[k] {
				// 概　　况……4 in a yearbook's contents is the 类目 概况, not
				// the first of the 条目 titled 概况 under every 分目 (an
				// item of 发展和改革 had taken the part's page).
				refs = nil
			}
			for len(refs) > 0 && used[refs[0]] {
				refs = refs[1:]
			}
			if ok {
				byKey[k] = refs
			}
			if len(refs) > 0 {
				take(refs[0], t)
				tocSec[refs[0]] = si
				tocOf[len(tocOf)-1] = refs[0]
				continue
			}
			if !sections[k] {
				missing = append(missing, tocRef{si, ti, len(tocOf) - 1})
			} else {
				namesSection++
				if t.Page > 0 {
					// ● 简讯……5: the section's page, which its untitled
					// items (▲6月5日，…) take (see furniturePages).
					if p.sectionPages == nil {
						p.sectionPages = make(map[string]model.TOCEntry)
					}
					p.sectionPages[k] = t
				}
			}
		}
	}
	// A second, looser pass: a table of contents sometimes shortens a long
	// title, or the body adds to it. It compares every pair, so it is
	// skipped where that would take long (a file of many unrelated parts).
	loose := len(missing)*len(order) <= 1_000_000
	nf := 0
	for _, m := range missing {
		t := iss.TOC[m.sec].Entries[m.ent]
		k := foldKey(t.Title)
		found := false
		if loose && utf8.RuneCountInString(k) >= 6 {
			for i, r := range order {
				if used[r] {
					continue
				}
				bk := keys[i]
				// (A headline may print a lead-in over the title the
				// contents list: 凝心聚力谋发展 县史志办召开…会议.)
				if strings.HasPrefix(bk, k) || strings.HasPrefix(k, bk) && utf8.RuneCountInString(bk) >= 6 || strings.HasSuffix(bk, k) {
					take(r, t)
					tocSec[r] = m.sec
					tocOf[m.flat] = r
					found = true
					break
				}
			}
		}
		if !found {
			missing[nf] = m
			nf++
		}
	}
	missing = missing[:nf]
	if len(missing) > 0 {
		missing = p.matchBetween(missing, order, keys, used, tocOf, func(m tocRef, r entryRef) {
			take(r, iss.TOC[m.sec].Entries[m.ent])
			tocSec[r] = m.sec
		})
	}
	// A table of contents of sections alone (a chronicle's years: 1986年
	// ……… 1) lists no entry: an event without a page is no warning.
	p.tocSectionsOnly = listed > 0 && namesSection == listed
	if listed > 0 && len(missing) == listed && len(order) > 0 {
		// Nothing matched: one warning says so, and names the first line.
		line := iss.TOC[0].Line
		if line == 0 && len(iss.TOC[0].Entries) > 0 {
			line = iss.TOC[0].Entries[0].Line
		}
		p.warn(line, "the table of contents (%d lines) matches no entry of the body (%d titled entries): pages are unknown", listed, len(order))
	}
	for _, m := range missing {
		if t := iss.TOC[m.sec].Entries[m.ent].Title; t != "" && t[0] < utf8.RuneSelf && latinSubtitle(t) && (m.sec == p.englishTOC-1 || englishUnder(iss.TOC, m)) {
			// Special Articles ……1 under CONTENTS, or under 特　　载……1 as
			// a bilingual contents sets each line's English: the English
			// of a line above.
			continue
		}
		// (Only a box beside the cover lists titles twice: the look is
		// not made in every copy, which may miss many.)
		if t := iss.TOC[m.sec].Entries[m.ent]; p.beside == nil || !listedTwice(iss.TOC, m.sec, m.ent) {
			p.warnMissing(t)
		}
	}
	for _, r := range order {
		e := iss.Sections[r.sec].Entries[r.ent]
		if !used[r] && !p.yearbook && !editorsTitle(e.Title) && !p.tocHighlights && !p.over(e.Line, notInTOC) {
			// (编者按, 卷首语: the editors' note, which no table of contents
			// lists.)
			// A yearbook's contents list its parts and chapters, seldom
			// the items (条目) under them.
			p.warn(e.Line, notInTOC, e.Title)
		}
	}
	p.tocMatched = used
	if len(used) == len(order) {
		// A 本期要目 that lists every entry is the contents: an
		// entry it gives no page is a warning, as in any (furniturePages).
		p.tocHighlights = false
	}
	p.sectionsFromTOC(tocSec)
}

// sectionsFromTOC gives a body that prints no section heading (a copy
// whose section names are banners, images, or in the table of contents
// only) the sections of its table of contents: each entry goes to the
// section its line of the table of contents is under, an entry the table
// of contents does not list to the section of the one before. Only where
// the matched entries take the sections in order. So too the untitled
// text before the body's first section, whose heading the copy lost (a
// column named atop its pages but not its first, a banner): there only
// with sections the table of contents lists before that first one.
func (p *parser) sectionsFromTOC(tocSec map[entryRef]int) {
	iss := p.iss
	if len(iss.Sections) == 0 || iss.Sections[0].Name != "" || len(tocSec) == 0 {
		return
	}
	named := 0
	for _, t := range iss.TOC {
		if t.Name != "" {
			named++
		}
	}
	if named < 2 {
		return
	}
	limit := len(iss.TOC) // the sections the untitled text may take: those before
	if len(iss.Sections) > 1 {
		limit = slices.IndexFunc(iss.TOC, func(t model.TOCSection) bool {
			return t.Name != "" && foldKey(t.Name) == foldKey(iss.Sections[1].Name)
		})
	}
	es := iss.Sections[0].Entries
	last := -1
	for ei := range es {
		if k, ok := tocSec[entryRef{0, ei}]; ok {
			if k < last || k >= limit || iss.TOC[k].Name == "" {
				return // out of order, or under no name: not the body's sections
			}
			last = k
		}
	}
	if last < 0 {
		return
	}
	var secs []model.Section
	used := make(map[entryRef]bool, len(p.tocMatched))
	cur, start := -1, 0
	for ei := range es {
		k, ok := tocSec[entryRef{0, ei}]
		if ei == 0 || ok && k != cur {
			if ei > 0 {
				secs[len(secs)-1].Entries = es[start:ei:ei]
			}
			if !ok {
				k = cur // text before the first listed entry: under no name
			}
			name := ""
			if k >= 0 {
				name = iss.TOC[k].Name
			}
			secs = append(secs, model.Section{Name: name})
			cur, start = k, ei
		}
		if p.tocMatched[entryRef{0, ei}] {
			used[entryRef{len(secs) - 1, ei - start}] = true
		}
	}
	secs[len(secs)-1].Entries = es[start:]
	shift := len(secs) - 1
	for r := range p.tocMatched {
		if r.sec > 0 {
			used[entryRef{r.sec + shift, r.ent}] = true
		}
	}
	iss.Sections = append(secs, iss.Sections[1:]...)
	p.tocMatched = used
}

// tocNamedByLines gives a table of contents with no section names the
// names its own lines give: a Word table of contents lists its sections
// with a page as it lists its entries (时政要闻 6 over 会议甲召开 7, as
// pandoc writes it), and a line that names a section of the body begins
// that section, its page dropped, as a section has none in the model.
func (p *parser) tocNamedByLines() {
	iss := p.iss
	if len(iss.TOC) != 1 || iss.TOC[0].Name != "" || len(iss.Sections) < 2 {
		return
	}
	names := make(map[string]bool, len(iss.Sections))
	for _, s := range iss.Sections {
		if s.Name != "" {
			names[foldKey(s.Name)] = true
		}
	}
	es := iss.TOC[0].Entries
	if len(es) == 0 || !names[foldKey(es[0].Title)] {
		return // entries before the first name: not such a list
	}
	var out []model.TOCSection
	for _, e := range es {
		if names[foldKey(e.Title)] {
			out = append(out, model.TOCSection{Name: e.Title, Line: e.Line})
			continue
		}
		last := &out[len(out)-1]
		last.Entries = append(last.Entries, e)
	}
	iss.TOC = out
}

// firstBodyPage moves the start of the page that holds the start of the
// body to the body's first line: the cover and contents before it, with
// no page break between, are not that page's text.
func (p *parser) firstBodyPage() {
	pages := p.iss.Pages
	if len(pages) == 0 || pages[0].Line-1 >= p.bodyStart || len(pages) > 1 && pages[1].Line-1 <= p.bodyStart {
		return
	}
	for i := p.bodyStart; i < len(p.lines); i++ {
		if !isBlank(p.lines[i]) && !p.isTransparent(i) && !rule(p.lines[i]) {
			if len(pages) == 1 || i+1 < pages[1].Line {
				pages[0].Line = i + 1
			}
			return
		}
	}
}

const notInTOC = "entry %q is not in the table of contents"

// listedTwice reports whether the title of the contents' entry ent of
// section sec is listed by another line of them too (a box of highlights
// beside the cover and the contents page both list it): the other line
// took the body's entry, and this one lacks none.
func listedTwice(toc []model.TOCSection, sec, ent int) bool {
	k := foldKey(toc[sec].Entries[ent].Title)
	for si, s := range toc {
		for ei, e := range s.Entries {
			if (si != sec || ei != ent) && foldKey(e.Title) == k {
				return true
			}
		}
	}
	return false
}

// editorsTitle reports whether an entry's title names the editors' note
// (编者按, 卷首语), which a table of contents does not list. 卷首语 is
// not an editorial label: a yearbook's 【卷首语】 is an item of its own.
func editorsTitle(t string) bool {
	if len(t) > 8*3 {
		return false // the labels are short, letter-spaced or not
	}
	t = unspace(t)
	return editorialLabels[t] || t == "卷首语" || t == "刊首语"
}

// warnMissing says that line t of the table of contents has no entry.
func (p *parser) warnMissing(t model.TOCEntry) {
	const paged, unpaged = "table of contents lists %q (p.%d) but the body has no such entry", "table of contents lists %q but the body has no such entry"
	switch {
	case t.Page > 0 && !p.over(t.Line, paged):
		p.warn(t.Line, paged, t.Title, t.Page)
	case t.Page == 0 && !p.over(t.Line, unpaged):
		p.warn(t.Line, unpaged, t.Title)
	}
}

// furniturePages gives the entries the table of contents gave no page the
// printed page their title line is on, as the page furniture tells. Where
// the issue has a table of contents, an entry still without a page is a
// warning: go-to-page and the citation cannot find it.
func (p *parser) furniturePages() {
	iss := p.iss
	var chapter model.TOCEntry // the contents' page of the section, or of the chapter its month is in
	for si := range iss.Sections {
		if p.sectionPages != nil {
			if t, ok := p.sectionPages[foldKey(iss.Sections[si].Name)]; ok {
				chapter = t
			} else if !periodHeading(iss.Sections[si].Name) {
				// (大事记……5 / ## 1月 / 5日　…: a month of the chapter the
				// contents list, its events on its pages; the contents
				// list no month, and its events had been warned of.)
				chapter = model.TOCEntry{}
			}
		}
		for ei := range iss.Sections[si].Entries {
			e := &iss.Sections[si].Entries[ei]
			if e.Page == 0 && len(iss.Pages) > 0 {
				if n := pageAt(iss.Pages, e.Line); n > 0 {
					e.Page, e.LastPage = n, n
				}
			}
			if e.Title == "" && chapter.Page > 0 && (e.Page == 0 || e.Page < chapter.Page) {
				// (A page the furniture gives that is before the page the
				// contents give its section, 二月……3 over 2月1日 … after
				// ·1·, is the page of the last number a converter kept,
				// not the event's: MinerU drops most.)
				e.Page, e.LastPage = chapter.Page, chapter.LastPage
			}
			switch {
			case len(iss.TOC) == 0 && si == 0 && ei == 0 && e.Title == "" && len(e.Paragraphs) > 0 &&
				(e.Date.IsZero() || len(e.Paragraphs) == 1 && len(e.Paragraphs[0].Text) <= 30*4 && utf8.RuneCountInString(e.Paragraphs[0].Text) <= 30 && !chronicleTitle(iss.Title)) &&
				!closed(e.Paragraphs[0].Text) && p.titledAfter():
				// 平顶山月报2023年11月 over the first titled entry, in a copy
				// with no table of contents: a cover the front did not
				// understand, or the text of an entry whose title was lost.
				// Dated too when it is one short line (2023年12月4日印刷装订:
				// a cover's date it had been, silently).
				p.warn(e.Line, "text before the first entry, without a title, that ends no sentence: a cover line not understood? %q", clipText(e.Paragraphs[0].Text, 30))
			case len(iss.TOC) == 0:
			case p.volume:
				// A bound volume's note over its contents, which list the
				// issues' articles, not it.
			case e.Title == "" && len(e.Paragraphs) > 0 && editorialNote(e.Paragraphs[0].Text):
				// 【编者按】…: the editors' note, which no table of contents lists.
			case e.Title == "" && si == 0 && iss.Sections[0].Name == "" && len(iss.Sections) > 1:
				// Text before the first section of a body whose sections
				// the table of contents lists is in none of them: what the
				// cover or the table of contents left (a masthead line cut
				// in two), even where the furniture gives it a page.
				p.warn(e.Line, "text before the first section, without a title: the table of contents lists nothing here")
			case e.Page != 0:
			case e.Title == "" && indexHeading(iss.Sections[si].Name):
				// ## 索引 over its terms: back matter no table of contents lists.
			case e.Title == "" && (p.tocSectionsOnly || p.tocHighlights):
				// (本期要目 lists a few titles: text without one is not
				// missing from it.)
			case e.Title == "":
				p.warn(e.Line, "text without a title and without a page, in an issue that has a table of contents")
			case p.tocMatched[entryRef{si, ei}] && !p.tocHighlights:
				// Matched to a line of the table of contents that prints no
				// page (a box of highlights that lists a few titles gives
				// none, to them or to the others).
				p.warn(e.Line, "entry %q has no page: its line in the table of contents prints none", e.Title)
			}
		}
	}
}

// checkEnd warns when the text stops mid-sentence: a file cut off at a
// line boundary looks complete otherwise.
func (p *parser) checkEnd() {
	ss := p.iss.Sections
	if len(ss) == 0 {
		return
	}
	es := ss[len(ss)-1].Entries
	if len(es) == 0 {
		return
	}
	ps := es[len(es)-1].Paragraphs
	if len(ps) == 0 {
		return
	}
	// A credit (责任编辑：张征　校对：赵六, 编辑：王五, 审核丨周敏), a picture's caption
	// (△ 宣讲会现场), a table's row or an event's date after it (…举办。
	// ——11月9日, …初稿。【11月28日】) or a note's source (② 据《宁川交通志》
	// 第45页) ends an issue without a full stop: no sign of a cut. So does
	// a yearbook's 名录 or 索引 row (保障性住房　　189a), or a document
	// in its list with its number (…的通知》（宁办〔2022〕21号）), or a
	// table's caption under its rows (| 行政诉讼 | 12 | / 2022年…案件).
	// Nor a reference in GB/T 7714's form, its full-width point last
	// ([2]（明）张某纂．宁川府志：卷二［M］．嘉靖年间刻本．).
	if last := ps[len(ps)-1]; !closed(last.Text) && !(strings.HasSuffix(last.Text, "．") && strings.HasPrefix(last.Text, "[")) && !credit(last.Text) && !spacedCredit(last.Text) && !barCredit(last.Text) && !(p.yearbook && shortRow(last.Text)) && !(indexTerm(last.Text) && indexHeading(ss[len(ss)-1].Name)) && !noteLine(last.Text) && !pagedLine(last.Text) && !endsWithDate(last.Text) && !docNumberEnd(last.Text) && !(len(ps) >= 2 && strings.HasPrefix(ps[len(ps)-2].Text, "|") && partTitle(last.Text)) && !strings.HasPrefix(last.Text, "△") && !strings.HasPrefix(last.Text, "|") && !p.endsInMasthead && !signatureDate(last.Text) && !signedMonth(ps) && !tableRowEnd(ps, p.hasIdeoGaps() && p.asciiGaps) && !(p.cellBits != nil && p.cellAt(last.Line-1)) {
		// (Nor a table's last cell, 7.2, that pdftotext printed alone.)
		p.warn(len(p.lines), "the text ends mid-sentence (truncated file?)")
	}
}

// contentsInBody warns of a section the body names as a table of
// contents (## 目　录) after articles: the contents of another issue,
// whose cover the copy lost or which printed none, read as entries of
// this one (splitIssues cuts there only after this issue's own contents
// or many paragraphs).
//
// A section named as the issue is (# 宁川史志 after its articles) is
// another issue's cover that prints no number, and is warned of too.
func (p *parser) contentsInBody() {
	articles := false
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si] // (not copied: read only)
		if articles && s.Line > 0 && contentsHeading(s.Name) {
			p.warn(s.Line, "a table of contents after the articles (%q): another issue with no cover? Its lines are read as this issue's", s.Name)
			p.contentsWarned = true
			return
		}
		if articles && s.Line > 0 && s.Name != "" && s.Name == p.iss.Title {
			p.warn(s.Line, "the issue's title %q after its articles: another issue whose cover prints no number? Its lines are read as this issue's", s.Name)
			return
		}
		articles = articles || len(s.Entries) > 0
		for ei := range s.Entries {
			ps := s.Entries[ei].Paragraphs
			for k := range ps {
				// 宁川史志简报 / 编印单位：…　　印发日期：2023年6月28日 after
				// the articles, as a paragraph: the next issue's cover, of
				// a briefing that prints no number (it is read as this
				// issue's last entry's text: warned, not cut, since no
				// number says so).
				if t := ps[k].Text; len(t) == len(p.iss.Title) && p.iss.Title != "" && (ei > 0 || si > 0 || k > 0) && t == p.iss.Title {
					p.warn(ps[k].Line, "the issue's title %q after its articles: another issue whose cover prints no number? Its lines are read as this issue's", t)
					return
				}
				// 宁川史志 2023年第12期 after the articles of 第11期, as a
				// paragraph: the next issue's cover on one line, set plain
				// (a running head prints this number). It is read
				// as this text, silently had it not been warned.
				if t := ps[k].Text; len(t) > len(p.iss.Title)+1 && p.iss.Title != "" && p.iss.Number != 0 && (t[len(p.iss.Title)] == ' ' || t[len(p.iss.Title)] == 0xE3) && strings.HasPrefix(t, p.iss.Title) {
					if c, ok := coverNumbers(trim(t[len(p.iss.Title):])); ok && c.number != 0 && c.number != p.iss.Number {
						p.warn(ps[k].Line, "the issue's title and another number %q after its articles: another issue's cover? Its lines are read as this issue's", t)
						return
					}
				}
			}
		}
	}
}

// signatureDate reports whether s is a full date and nothing else
// (2023年12月4日, 二〇二三年十二月四日): the date under a notice's signature
// (宁川县地方史志办公室 / 2023年12月4日), which ends it whole.
func signatureDate(s string) bool {
	if len(s) > 40 {
		return false
	}
	c, ok := coverNumbers(s)
	return ok && c.published.Day != 0 && c.number == 0 && c.total == 0 && c.year == 0
}

// signedMonth reports whether ps, an entry's paragraphs, end with an
// office's name and a year's month alone (青岚市地方史志办公室 / 2024年3月),
// as a book's afterword is signed: its whole end, no cut.
func signedMonth(ps []model.Paragraph) bool {
	if len(ps) < 2 || !officeAlone(ps[len(ps)-2].Text) {
		return false
	}
	_, _, ok := yearMonthHeading(ps[len(ps)-1].Text)
	return ok
}

// titledAfter reports whether the body has an entry with a title.
func (p *parser) titledAfter() bool {
	for _, s := range p.iss.Sections {
		for _, e := range s.Entries {
			if e.Title != "" {
				return true
			}
		}
	}
	return false
}

// credit reports whether s is a short key：value line with its value
// (编辑：王五): 会议要求： alone is a sentence cut after its colon.
func credit(s string) bool {
	if !labelLine(s) {
		return false
	}
	_, v, ok := strings.Cut(s, "：")
	if !ok {
		_, v, _ = strings.Cut(s, ":")
	}
	return trim(v) != ""
}

// backMasthead reads the numbers of an issue that printed them on its
// back page, after the last article (平顶山月报　2023年第11期（总第215期） /
// 主办：…), where the cover printed none: without them every date has no
// year. The lines stay in the text of the last entry, with a warning
// that says so.
func (p *parser) backMasthead() {
	iss := p.iss
	if iss.Year != 0 || iss.Number != 0 || len(iss.Sections) == 0 {
		return
	}
	s := iss.Sections[len(iss.Sections)-1]
	if len(s.Entries) == 0 || len(s.Entries[len(s.Entries)-1].Paragraphs) == 0 {
		return
	}
	from := s.Entries[len(s.Entries)-1].Paragraphs[0].Line // 1-based
	for i := max(from, len(p.lines)-12); i < len(p.lines); i++ {
		t := trim(stripMarkup(p.lines[i]))
		if t == "" || len(t) > 120 || !strings.HasSuffix(strings.TrimRight(t, "）)"), "期") {
			continue
		}
		c, ok := coverNumbers(t)
		if !ok {
			_, c, ok = titleWithNumber(t)
		}
		if ok && c.number != 0 && p.applyNumbers(c) {
			p.warn(i+1, "the issue's numbers are printed after its last article (%q): they are taken; the lines stay in its text", clipText(t, 30))
			p.endsInMasthead = true
			return
		}
	}
}

// placeItems splits the entries of a column of county news whose items
// each lead with their place (白马区：…, 【石桥镇】…, after **清河县** …):
// an entry that begins so, or is titled by a place or a day, holds each
// further paragraph that begins with another place as an item of its
// own, untitled, its text as printed (as 东城区：11月6日，… is, dated),
// dated by its text or by the day the entry is titled with (**11月1日** /
// 白马区：… / 清河县：…, a chronicle's day). The items had run into the
// one above, silently. A point of an event (11月6日，…通报了各地进展： /
// 城关镇：已完成…) stays in it: the event does not lead with a place.
func (p *parser) placeItems() {
	if p.yearbook {
		return
	}
	p.placeColumns()
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		var out []model.Entry // nil until an entry is split
		for ei, e := range s.Entries {
			if len(e.Paragraphs) < 2 {
				if out != nil {
					out = append(out, e)
				}
				continue
			}
			// Every place-led paragraph begins an item where the entry leads
			// with a place; where only its title does (梅岭区：区志资料长编
			// 通过初审), only a place-led title over its text (白马区：
			// 《白马年鉴（2024）》进入编辑阶段 / 截至5月底，…), not a point
			// of its event (城关镇：已完成镇志初稿。).
			led := p.placeLedEntry(e)
			titled := !led && e.Title != "" && placeLed(trim(stripMarkup(e.Title))) != ""
			cut := func(k int) (bool, bool) {
				if placeLed(e.Paragraphs[k].Text) == "" {
					return false, false
				}
				t := placeTitle(e.Paragraphs, k)
				return led || t, t
			}
			split := false
			if led || titled {
				for k := 1; k < len(e.Paragraphs) && !split; k++ {
					split, _ = cut(k)
				}
			}
			if !split {
				if out != nil {
					out = append(out, e)
				}
				continue
			}
			if out == nil {
				out = append(make([]model.Entry, 0, len(s.Entries)+len(e.Paragraphs)), s.Entries[:ei]...)
			}
			day := dateTitle(e.Title) || e.Title == "" && afterDayLead(e.Paragraphs[0].Text) != e.Paragraphs[0].Text
			cur := e
			cur.Paragraphs = e.Paragraphs[:1:1]
			first := true // cur is e's first part
			flush := func() {
				if cur.Date.IsZero() && len(cur.Paragraphs) > 0 {
					cur.Date = cur.Paragraphs[0].Date // (a title's item: its text's date)
				}
				out = append(out, cur)
			}
			for k := 1; k < len(e.Paragraphs); k++ {
				para := e.Paragraphs[k]
				here, title := cut(k)
				if !here {
					cur.Paragraphs = append(cur.Paragraphs, para)
					continue
				}
				if first && !day && !cur.Date.IsZero() && !slices.ContainsFunc(cur.Paragraphs, func(q model.Paragraph) bool { return q.Date == cur.Date }) {
					// **梅岭区** …（undated） / 【城关街道】11月20日，…: the date
					// was the next item's, read as the entry's first.
					if i := slices.IndexFunc(e.Paragraphs, func(q model.Paragraph) bool { return q.Date == cur.Date }); i > 0 {
						cur.Date = model.DateRange{}
					}
				}
				first = false
				flush()
				cur = model.Entry{Line: para.Line, Page: cur.Page, LastPage: cur.LastPage}
				if title {
					cur.Title = para.Text
				} else {
					cur.Paragraphs = []model.Paragraph{para}
				}
				switch {
				case !para.Date.Start.IsZero():
					cur.Date = para.Date
				case day:
					cur.Date = e.Date
				}
			}
			flush()
		}
		if out != nil {
			s.Entries = out
		}
	}
}

// countyHeads makes a section of an entry titled by a county's head alone
// (【舞阳县】, ◆舞阳县, （一）舞阳县, 舞阳县), as a column of county news sets
// out its items by county, a line over each county's: the model has two
// levels, so the county is a section (named as the body names one from
// such a line: 【舞阳县】 as printed, ◆ and （一） its label), after its
// column's, and each of its items an entry: a paragraph that begins with
// its date begins an untitled one, a title run into its dated text
// (舞阳县召开…推进会　5月8日，…) a titled one (whose dated paragraphs
// after are its own, as an article's are). The entries after it, to the
// next county's, are the county's too. The items had been one entry
// titled by the county, silently.
func (p *parser) countyHeads() {
	if p.yearbook {
		return
	}
	type head struct {
		ei          int
		label, name string
	}
	var heads []head
	for si := 0; si < len(p.iss.Sections); si++ {
		s := &p.iss.Sections[si]
		entries := p.splitCountyParagraphs(s.Entries)
		heads = heads[:0]
		for ei, e := range entries {
			if p.countyEntry(entries, ei) {
				label, name := nameLabel(p.countyLine(e)) // (◆舞阳县's ◆, a title's mark dropped from its title, is the section's label)
				heads = append(heads, head{ei, label, name})
			}
		}
		if len(heads) == 0 {
			continue
		}
		if len(heads) == 1 {
			// One county's head among the entries: the column's only county,
			// or the first where the next counties' heads were read as
			// sections (（二）临河县), or the last where the ones before were
			// (**临河县** over a bold title, then **北山区** over dated
			// text): no article titled by a place alone.
			next := si+1 < len(p.iss.Sections) && countyHead(p.iss.Sections[si+1].Label+p.iss.Sections[si+1].Name)
			if !next && !countyHead(s.Label+s.Name) {
				continue
			}
		}
		// The counties' sections, each to the next county's head.
		counties := make([]model.Section, 0, len(heads))
		for k, h := range heads {
			end := len(entries)
			if k+1 < len(heads) {
				end = heads[k+1].ei
			}
			e := entries[h.ei]
			p.unwarnShort(e.Line, p.countyLine(e)) // (【北山区】 over its text had been asked about: a title?)
			c := model.Section{Name: h.name, Label: h.label, Line: e.Line, Entries: countyItems(e)}
			c.Entries = append(c.Entries, entries[h.ei+1:end]...)
			counties = append(counties, c)
		}
		s.Entries = entries[:heads[0].ei:heads[0].ei]
		p.iss.Sections = slices.Insert(p.iss.Sections, si+1, counties...)
		si += len(counties)
	}
}

// unwarnShort drops the warning that line, t, a short line over a
// paragraph, may be a title (shortOwnLine), where it has been read as a
// heading after all.
func (p *parser) unwarnShort(line int, t string) {
	said := fmt.Sprintf(shortOwnLine, clipText(t, 30))
	p.iss.Warnings = slices.DeleteFunc(p.iss.Warnings, func(w model.Warning) bool { return w.Line == line && w.Message == said })
}

// splitCountyParagraphs returns es with an entry titled by the county's
// head made of each paragraph that is one alone on its line (【北山区】 / 5月7日，… /
// 5月15日，…, or 【洛阳市】 / #### title), with the paragraphs after it
// as its text: a head read as the text of the entry above (it had been,
// the county's items with it, silently). The entry above keeps the
// paragraphs before it, or goes where it has none and no title. es
// itself where there is none; a new slice where there is (countyHeads
// keeps it only where it makes counties).
func (p *parser) splitCountyParagraphs(es []model.Entry) []model.Entry {
	var out []model.Entry // nil until an entry is split
	for ei, e := range es {
		k := slices.IndexFunc(e.Paragraphs, p.countyParagraph)
		if k < 0 {
			if out != nil {
				out = append(out, e)
			}
			continue
		}
		if out == nil {
			out = append(make([]model.Entry, 0, len(es)+2), es[:ei]...)
		}
		for k >= 0 {
			if k > 0 || e.Title != "" {
				before := e
				before.Paragraphs = e.Paragraphs[:k:k]
				out = append(out, before)
			}
			para := e.Paragraphs[k]
			e = model.Entry{Title: para.Text, Line: para.Line, Page: e.Page, LastPage: e.LastPage, Paragraphs: e.Paragraphs[k+1:]}
			k = slices.IndexFunc(e.Paragraphs, p.countyParagraph)
		}
		out = append(out, e)
	}
	if out == nil {
		return es
	}
	return out
}

// countyParagraph reports whether para is a county's head alone on its
// line (【洛阳市】), as a web page's column sets one over its items' titles.
func (p *parser) countyParagraph(para model.Paragraph) bool {
	t := para.Text
	if len(t) > 12*3+6 || para.Line <= 0 || para.Line > len(p.lines) || !countyHead(t) {
		return false
	}
	return trim(stripMarkup(p.lines[para.Line-1])) == t
}

// countyEntry reports whether es[ei] is titled by a county's head on a
// line of its own over text (【舞阳县】 / 5月8日，…) or over the titled
// entries of its items, not an item whose place titles it on its line
// (**清河县** 县史志办…: placeItems's).
func (p *parser) countyEntry(es []model.Entry, ei int) bool {
	e := es[ei]
	if e.Title == "" || len(e.Title) > 12*3+6 || e.Line <= 0 || e.Line > len(p.lines) || !placeEnd(e.Title) {
		return false // (nearly every entry, by its title's bytes)
	}
	if len(e.Paragraphs) == 0 && (ei+1 == len(es) || es[ei+1].Title == "") {
		// (### 洛阳市 / **title** / text: the county's head an entry of
		// no text over its items' titles.)
		return false
	}
	// (◆舞阳县 titles its entry 舞阳县, ◆舞阳县◆ 舞阳县◆: the leading
	// ornament is a title's mark.)
	l := p.countyLine(e)
	return countyHead(l) && strings.Contains(l, trim(stripMarkup(e.Title)))
}

// countyLine is the line e's title is on, as printed, without its markup.
func (p *parser) countyLine(e model.Entry) string {
	if _, h, ok := heading(p.lines[e.Line-1]); ok {
		return trim(stripMarkup(h))
	}
	return trim(stripMarkup(p.lines[e.Line-1]))
}

// countyHead reports whether t, an entry's title, is a county's head
// alone: a place's name (placeName) in brackets, after an ornament or an
// enumerator, or bare.
func countyHead(t string) bool {
	if t == "" || len(t) > 12*3+6 || !placeEnd(t) {
		return false // (nearly every title, by its bytes and its last Han character)
	}
	t = trim(stripMarkup(t))
	if inner, rest, ok := bracketTitle(t); ok {
		return rest == "" && placeName(inner)
	}
	_, name := nameLabel(t)
	return placeName(name)
}

// placeEnd reports whether the last Han character of t, after up to four
// others (markup, a bracket, an ornament: **舞阳县**, 【北山区】, ◆临河县◆),
// ends a place's name as placeName reads one: a look at a few bytes that
// lets go nearly every title and short paragraph, which countyHeads asks
// of each.
func placeEnd(t string) bool {
	for k := 0; k < 5 && t != ""; k++ {
		r, n := decodeLastRune(t)
		switch r {
		case '区', '县', '市', '镇', '乡', '道', '村', '旗', '州':
			return true
		}
		if r >= 0x4E00 && r <= 0x9FFF {
			return false
		}
		t = t[:len(t)-n]
	}
	return false
}

// countyItems splits e, titled by a county's head, into the county's
// items (see countyHeads).
func countyItems(e model.Entry) []model.Entry {
	var out []model.Entry
	for _, para := range e.Paragraphs {
		title, rest, runIn := plainRunIn(para.Text)
		dated := startsWithMonthDay(para.Text) // (dates reads the dates after)
		if len(out) > 0 && !runIn && !(dated && out[len(out)-1].Title == "") {
			cur := &out[len(out)-1]
			cur.Paragraphs = append(cur.Paragraphs, para)
			continue
		}
		item := model.Entry{Line: para.Line, Page: e.Page, LastPage: e.LastPage, Paragraphs: []model.Paragraph{para}}
		if runIn {
			item.Title, item.Paragraphs[0].Text = title, rest
		}
		out = append(out, item)
	}
	return out
}

// placeTitle reports whether paragraph k of ps, which leads with a place,
// is an item's title over its text, as a column of county news sets them
// (白马区：《白马年鉴（2024）》进入编辑阶段 / 截至5月底，…): short, no
// sentence, and the paragraph under it leads with no place.
func placeTitle(ps []model.Paragraph, k int) bool {
	t := ps[k].Text
	return k+1 < len(ps) && len(t) <= 40*3 && utf8.RuneCountInString(t) <= 40 && !closed(t) && !containsAnyOf(t, "，。；") && placeLed(ps[k+1].Text) == ""
}

// subtitledSections makes an article of a heading read as a section's
// name whose text begins with a subtitle (## 论新时代年鉴的资政功能 /
// ——以《宁川年鉴》为例 / text, a level below the # column above it, in a
// copy whose levels mix): the heading and the subtitle are the article's
// title, and it is the column's, as are the entries after it. The
// heading had been a section of one untitled entry, silently.
func (p *parser) subtitledSections() {
	for si := 1; si < len(p.iss.Sections); si++ {
		if len(p.iss.Sections[si].Entries) == 0 {
			continue // (as below, before the section is copied)
		}
		s := p.iss.Sections[si]
		if s.Line <= 0 || len(s.Entries) == 0 || s.Entries[0].Title != "" || len(s.Entries[0].Paragraphs) == 0 {
			continue
		}
		para := s.Entries[0].Paragraphs[0]
		first := para.Text
		if first == "" || first[0] != 0xE2 && first[0] != 0xEF && first[0] != '-' || para.Line <= 0 {
			continue
		}
		// The subtitle's line: the text's first line may have been joined
		// to it across a page's break (——以…为例 / — 5 — / 年鉴是…).
		sub := trim(p.lines[para.Line-1])
		if !strings.HasPrefix(first, sub) || !subtitle(sub) || len(sub) > 60*3 || len(sub) == len(first) && len(s.Entries[0].Paragraphs) < 2 {
			continue // (a subtitle with no text under it: no article)
		}
		prev := &p.iss.Sections[si-1]
		lvl, text, ok := heading(p.lines[s.Line-1])
		plvl, _, pok := 0, "", false
		if prev.Line > 0 {
			plvl, _, pok = heading(p.lines[prev.Line-1])
		}
		if !ok || !pok || lvl <= plvl {
			continue
		}
		e := s.Entries[0]
		e.Title = trim(stripMarkup(text)) + sub
		e.Line = s.Line
		if rest := trimLeftSpaces(first[len(sub):]); rest != "" {
			e.Paragraphs = append([]model.Paragraph{{Text: rest, Line: para.Line + 1}}, e.Paragraphs[1:]...)
		} else {
			e.Paragraphs = e.Paragraphs[1:]
		}
		prev.Entries = append(prev.Entries, e)
		prev.Entries = append(prev.Entries, s.Entries[1:]...)
		p.iss.Sections = slices.Delete(p.iss.Sections, si, si+1)
		si--
	}
}

// placeColumns makes a section of an entry titled as a column of county
// news is (县区动态, 各地传真) whose paragraphs all lead with a place
// (白马区：… / 清河县：…), as a copy with no markup reads the column's
// name over its items: the name is a section's, the items its entries
// (placeItems splits them), and so are the entries after it. The items
// had been one article titled 县区动态, silently.
func (p *parser) placeColumns() {
	for si := 0; si < len(p.iss.Sections); si++ {
		s := &p.iss.Sections[si]
		for ei, e := range s.Entries {
			if len(e.Paragraphs) < 2 || e.Title == "" || placeLed(e.Paragraphs[0].Text) == "" || !placeColumn(e.Title) || !allPlaceLed(e.Paragraphs) {
				continue // (the first paragraph's first byte lets nearly every entry go)
			}
			col := model.Section{Name: e.Title, Line: e.Line, Entries: append([]model.Entry(nil), s.Entries[ei:]...)}
			col.Entries[0].Title = ""
			s.Entries = s.Entries[:ei]
			at := si + 1
			if ei == 0 && s.Name == "" {
				at = si // (no heading above, and nothing left under it)
				p.iss.Sections = slices.Delete(p.iss.Sections, si, si+1)
			}
			p.iss.Sections = slices.Insert(p.iss.Sections, at, col)
			si = at
			break
		}
	}
}

// placeColumn reports whether t names a column of news from the places:
// Han characters alone, as 县区动态, 各地传真, 基层信息 are.
func placeColumn(t string) bool {
	if !hanName(t) || utf8.RuneCountInString(t) > 8 {
		return false
	}
	return columnWord(t) || strings.HasSuffix(t, "传真") || strings.HasSuffix(t, "信息") || strings.HasSuffix(t, "速递")
}

// allPlaceLed reports whether every paragraph of ps leads with a place.
func allPlaceLed(ps []model.Paragraph) bool {
	for _, para := range ps {
		if placeLed(para.Text) == "" {
			return false
		}
	}
	return true
}

// placeLedEntry reports whether e leads with a place, as a column of
// county news sets each item (its first paragraph does, or its title is
// a place's name: **清河县** …), or is a chronicle's day whose first
// event does (**11月1日** / 白马区：…).
func (p *parser) placeLedEntry(e model.Entry) bool {
	first := e.Paragraphs[0].Text
	if first == "" {
		return false // (a paragraph of markup alone, **)
	}
	if placeLed(first) != "" {
		return e.Title == "" || dateTitle(e.Title)
	}
	if (first[0] >= '0' && first[0] <= '9' || first[0] == 0xEF || cnNumeralStart(first)) && (e.Title == "" || dateTitle(e.Title)) {
		// 11月1日　白马区：… (十一月一日　白马区：…), a chronicle's day over its first event (under
		// the day's heading too: ### 11月8日 / 11月8日，石桥镇：…)
		return placeLed(afterDayLead(first)) != ""
	}
	return placeName(strings.TrimRight(trim(stripMarkup(e.Title)), "：:")) // (**白马区：**11月6日，…)
}

// afterDayLead returns s past the month and day in figures it begins
// with (11月1日　白马区：…, full-width too, or 十一月一日) and the space or comma after
// them; s itself when it begins with none.
func afterDayLead(s string) string {
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != 0xEF && !cnNumeralStart(s) { // (０-９, typed full-width; 十一月一日)
		return s
	}
	d, ok := monthDayScan(s)
	if !ok || !d.lit('日') {
		return s
	}
	rest := trimLeftSpaces(d.s[d.i:])
	return trimLeftSpaces(cutComma(rest))
}

// placeLed returns the place a paragraph leads with, as a column of
// county news sets each item: before a colon (白马区：…, as afterPlace
// reads it) or in brackets (【石桥镇】…), with text after it; "" when it
// leads with none.
func placeLed(s string) string {
	if len(s) < 9 {
		return ""
	}
	if c := s[0]; c == '-' || c == '*' || c == '+' || c >= '1' && c <= '9' {
		// -   白马区：…, 1.  白马区：…: a docx's bulleted or numbered
		// paragraphs, as pandoc writes them.
		s = listBody(s)
	}
	if len(s) < 9 || s[0] < 0xE3 {
		return "" // no Han character or 【 first: nearly every paragraph that does not
	}
	if rest := afterPlace(s); len(rest) < len(s) && rest != "" {
		if place := s[:len(s)-len(rest)]; placeName(strings.TrimRight(trim(place), "：:【】")) || strings.HasPrefix(place, "【") {
			return place
		}
		return "" // 全县：…, 农村：…
	}
	// 白马区　区史志办…: the place set off by an ideographic space.
	if k := strings.Index(s[:min(len(s), 9*3+3)], "\u3000"); k > 0 && placeName(s[:k]) && trim(s[k:]) != "" {
		return s[:k]
	}
	// 白马区 区史志办…: one space, as a copy normalised to NFKC has 　,
	// a Chinese character after it.
	if k := strings.IndexByte(s[:min(len(s), 9*3+1)], ' '); k > 0 && k+1 < len(s) && s[k+1] >= 0xE3 && placeName(s[:k]) {
		return s[:k]
	}
	return ""
}

// listBody returns s past a Markdown list's marker and the spaces after
// it (-   , *   , 1.  , 12. ); s itself when it has none.
func listBody(s string) string {
	i := 0
	switch c := s[0]; {
	case c == '-' || c == '*' || c == '+':
		i = 1
	default:
		for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == len(s) || s[i] != '.' && s[i] != ')' {
			return s
		}
		i++
	}
	if i == len(s) || s[i] != ' ' {
		return s
	}
	return trimLeftSpaces(s[i:])
}

// placeName reports whether t is a place's name alone, as a column of
// county news prints it before an item: 2 to 8 Han characters that end
// as a place's name does (白马区, 清河县, 石桥镇, 城关街道).
func placeName(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 8 || !hanName(t) {
		return false
	}
	if r, _ := decodeRune(t); strings.ContainsRune("全本我各该每", r) || t == "城市" || t == "农村" || t == "乡村" || t == "城乡" || t == "城区" || t == "市区" || t == "郊区" || t == "山区" || t == "景区" || t == "园区" || t == "社区" {
		return false // 全县：…, 各乡镇：…, 农村：…: a point's subject, no place's name
	}
	for _, end := range [...]string{"区", "县", "市", "镇", "乡", "街道", "村", "旗", "州", "社区"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// tableRowEnd reports whether the last two paragraphs of ps are a table's
// rows as OCR gives them, cells set apart by ideographic spaces
// (县长　　　王守义　　1954.8—1961.12 / 县长　　　周建民　　1980.7—1986.5,
// a gazetteer's table of its leaders after its last year): a row ends no
// sentence, and the copy is whole. ascii says the copy, normalised to
// NFKC, sets them apart by spaces instead (县长   王守义  1954.8—1961.12).
func tableRowEnd(ps []model.Paragraph, ascii bool) bool {
	if len(ps) < 2 {
		return false
	}
	a, b := ps[len(ps)-2].Text, ps[len(ps)-1].Text
	if ascii && len(a) <= 60*3 && len(b) <= 60*3 && strings.Contains(b, "  ") {
		return (gapRow(a) || cellsRowAt(a, " ")) && (gapRow(b) || cellsRowAt(b, " "))
	}
	if len(a) > 60*3 || len(b) > 60*3 || !strings.Contains(b, "\u3000\u3000") {
		return false
	}
	return (gapRow(a) || cellsRow(a)) && (gapRow(b) || cellsRow(b))
}
