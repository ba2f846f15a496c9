// Package parser turns the text of a monthly report (月报) into a
// model.Issue.
//
// Input is whatever people have: Markdown-ish text converted from a PDF,
// in UTF-8, GB18030 or Big5, hard-wrapped or not, sometimes cut off. The parser
// uses whatever structure it finds (front matter, a printed table of
// contents, a masthead, section and entry headings) and never drops text:
// every character of the body outside the markup ends up in the model, in
// order. What it cannot place with certainty becomes a warning.
package parser

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/yuebao/yuebao/model"
)

// Parse decodes src and parses it. It fails only when src is not a text
// document at all (empty, binary, too large, undecodable); any text
// parses. src is read in place, so it must not change until Parse
// returns; the issue keeps nothing of it.
func Parse(src []byte) (*model.Issue, error) {
	text, _, warns, seen, err := decodeSeen(src, true) // (read in place: see ownStrings)
	if err != nil {
		return nil, err
	}
	all, read, base := parseRead(text, seen)
	// Only the issue returned is moved out of src: the others are dropped
	// here, and had made the first hold the strings of every issue of the
	// file, in the one buffer they shared.
	ownStringsFrom(all[:1], textBytes(read), textBytes(base))
	iss := parseFirst(all)
	iss.Warnings = append(warns, iss.Warnings...)
	sortWarnings(iss.Warnings)
	return iss, nil
}

// parseFirst is the first of the issues of a text, with a warning where
// the next begins.
func parseFirst(all []*model.Issue) *model.Issue {
	if len(all) > 1 {
		all[0].Warnings = append(all[0].Warnings, model.Warning{Line: all[1].Line,
			Message: fmt.Sprintf("a second issue begins at line %d (%d issues in this file; yuebao json prints them all)", all[1].Line, len(all))})
	}
	return all[0]
}

// ParseAll decodes src and parses every issue in it: a file may hold
// several one after the other, each with its own cover and table of
// contents. As Parse, it reads src in place and keeps nothing of it.
func ParseAll(src []byte) ([]*model.Issue, error) {
	return parseAllBytes(src, false)
}

// ParseAllOwned is ParseAll for a buffer the caller hands over and never
// changes or reuses afterwards: the issues may point into it. It saves a
// copy of the whole text, which on a large file is the peak of memory.
func ParseAllOwned(src []byte) ([]*model.Issue, error) {
	return parseAllBytes(src, true)
}

func parseAllBytes(src []byte, owned bool) ([]*model.Issue, error) {
	text, _, warns, seen, err := decodeSeen(src, true) // (read in place: see ownStrings)
	if err != nil {
		return nil, err
	}
	all, read, base := parseRead(text, seen)
	switch {
	case !owned || base != text:
		// (base is not the caller's bytes where figures set as math were
		// read: the strings are copied out of it.)
		ownStringsFrom(all, textBytes(read), textBytes(base))
	case read != text:
		// A copy in traditional characters was read through a view of
		// it, which the issues must not keep pointing into: they point
		// into the caller's bytes instead, at the same offsets.
		pointStrings(all, read, text)
	}
	all[0].Warnings = append(warns, all[0].Warnings...)
	sortWarnings(all[0].Warnings)
	return all, nil
}

// parseRead parses every issue of text, and says which text the issues'
// strings point into (read) and the text of its length whose bytes they
// stand for (base): text; or the view of it with its figures set as math
// read as text (mathView); and where that is in traditional characters,
// read is the simplified view of it that was read (hant.go), whose
// strings ownStringsFrom gives base's bytes.
func parseRead(text string, seen *textSeen) (all []*model.Issue, read, base string) {
	if m := mathView(text, seen); m != "" {
		text, seen = m, mathSeen(seen)
	}
	view := hantView(text)
	if view == "" {
		return parseAll(text, seen), text, text
	}
	all = parseAll(view, seen)
	hantRestore(all, view, text)
	return all, view, text
}

// headingsMarked reports whether a heading of text may be raised
// (heads) or hold marks that headingMarks takes off, where parseAll and
// clean ask it of every heading. (A character that shows nothing may
// stand between a heading's marks and its line's end: where the text
// holds one, inv or among needles, every heading is asked.)
func headingsMarked(text string, seen *textSeen, heads headLevels, needles []string, inv bool) bool {
	return !heads.none() || inv || slices.ContainsFunc(needles, invisibleNeedle) || headingMarksIn(text, seen)
}

// parseAll parses every issue of text. seen says what text holds, or is
// nil where that is not known.
func parseAll(text string, seen *textSeen) []*model.Issue {
	lines := splitLines(text)
	var out []*model.Issue
	off := 0 // byte offset in text of lines[part.lo]
	at := 0
	// What clean looks for in the whole text, looked for once: the parts'
	// clean asks it again only where the file holds several issues.
	needles := textNeedles(text, seen)
	inv, rad := scanE2(text)
	br := !seen.lacks("<") && hasBr(text) // (once: a search of the whole text)
	visible := endedLines(entityLines(visibleLines(lines, needles, inv), needles), text, seen, br)
	heads := headingShift(visible)
	marks := headingsMarked(text, seen, heads, needles, inv)
	if marks {
		visible = plainHeadings(visible, heads)
	}
	parts := splitIssues(visible)
	// Each part's text, measured before any is parsed: a part's parse
	// rewrites its lines in place (furniture and notes taken out), and
	// the next part's offset counted over them had begun inside them.
	texts := make([]string, len(parts))
	for pi, part := range parts {
		for ; at < part.lo; at++ {
			off += len(lines[at]) + 1
		}
		end := off
		for k := part.lo; k < part.hi; k++ {
			end += len(lines[k]) + 1
		}
		texts[pi] = text[off:min(end, len(text))]
	}
	for pi, part := range parts {
		p := &parser{text: texts[pi], lines: lines[part.lo:part.hi], iss: &model.Issue{}, seen: seen}
		p.volume, p.head = part.volume, heads.part(part.lo, part.hi)
		p.later = part.lo > 0
		p.headMarks = -1
		if marks {
			p.headMarks = 1
		}
		if len(parts) == 1 {
			p.needles, p.needlesKnown = needles, true
			p.invisibleE2 = 1
			if !inv {
				p.invisibleE2 = -1
			}
			p.radicalsE2 = 1
			if !rad {
				p.radicalsE2 = -1
			}
			p.brTags = -1
			if br {
				p.brTags = 1
			}
		}
		if part.bare && len(out) > 0 {
			// 第2期 alone after a bound volume's cover: the volume's
			// title and year are the issue's.
			p.iss.Title, p.iss.Year = out[0].Title, out[0].Year
		}
		p.parse()
		if p.colSrc != nil {
			unsplitLines(p.iss, p.colSrc)
		}
		if part.coverless && len(out) > 0 {
			// The issues of one file are one publication's: the title is
			// the one before's (else its first column would name it), the
			// number is not guessed.
			if p.iss.Title == "" {
				p.iss.Title = out[len(out)-1].Title
			}
			p.warn(1, "an issue with no cover begins here, its table of contents after the articles of the issue before: its number is not known (its title taken from the issue before)")
		}
		if part.lo > 0 {
			shiftLines(p.iss, part.lo)
		}
		p.iss.Line = part.lo + 1
		for _, prev := range out {
			if sameIssue(prev, p.iss) {
				p.warn(part.lo+1, "the file holds this issue (%s) twice: its second copy begins here", issueName(p.iss))
				sortWarnings(p.iss.Warnings)
				break
			}
		}
		out = append(out, p.iss)
	}
	if len(out) > 1 && parts[0].volume {
		volumeContents(out[0], out[1:])
	}
	return out
}

// sameIssue reports whether a and b are one issue: the same title and
// numbers.
func sameIssue(a, b *model.Issue) bool {
	return a.Title == b.Title && a.Year == b.Year && a.Number == b.Number && a.Total == b.Total
}

// issueName is how a warning names iss: 平顶山月报 2023年第11期.
func issueName(iss *model.Issue) string {
	switch {
	case iss.Year != 0 && iss.Number != 0:
		return fmt.Sprintf("%s %d年第%d期", iss.Title, iss.Year, iss.Number)
	case iss.Number != 0:
		return fmt.Sprintf("%s 第%d期", iss.Title, iss.Number)
	}
	return iss.Title
}

func (p *parser) parse() {
	p.collapseBlanks()
	p.splitColumns()
	p.clean()
	p.furniture()
	p.coverBeside()
	p.front()
	if p.volume {
		p.volumeTOC()
	} else {
		p.toc()
	}
	p.ruleAtEnd()
	p.notesAtEnd() // (after the masthead at the back, which must end the copy)
	colophon := p.colophonAtEnd()
	sent := p.distributionAtEnd() // (主送：… / 抄送：… over the colophon)
	p.addBeside()
	if p.mastheadAtEnd() && sent == nil {
		// 发送：… / （共印200份） / --- over the back cover's masthead (主办：…
		// / 地址：…): whom the issue goes to, found once the masthead
		// under it is taken (they had been the last entry's text).
		sent = p.distributionAtEnd()
	}
	p.iss.Masthead = append(p.iss.Masthead, sent...)
	p.iss.Masthead = append(p.iss.Masthead, colophon...)
	p.columnRepeats()
	for _, s := range p.iss.TOC {
		for _, e := range s.Entries {
			// Quotes, spaces and an enumerator may make the body's title a
			// little longer than the TOC's.
			p.tocMaxLen = max(p.tocMaxLen, len(e.Title)+48)
		}
	}
	p.twoColumns()
	if len(p.breaks) > 0 {
		p.dateColumns()
	}
	p.body()
	p.preface()
	p.finish()
	p.summarize()
	sortWarnings(p.iss.Warnings)
}

type parser struct {
	text  string // the text the lines are cut from
	lines []string
	// contentsLeft holds the body's lines that read as lines of a table
	// of contents (…… 1) where none was read; contentsWarned says a
	// warning was given of such lines as a block (tocAtEnd,
	// contentsInBody), which need no other.
	contentsLeft   []model.Line
	contentsWarned bool
	// keyBuf holds the keys foldString made, each in place.
	keyBuf []byte
	// paraBuf holds the paragraphs joinPara joined, one after the other.
	paraBuf strings.Builder
	// seen says what the file's text (of which text is a part) holds,
	// nil where that is not known: see textHas.
	seen *textSeen
	// colSrc is, where collapseBlanks cut runs of blank lines to one or
	// splitColumns put pages set in two columns side by side in reading
	// order, the source line (0-based, in the part) of each of lines;
	// nil where neither moved any.
	colSrc []int32
	// colUnclear says splitColumns warned of a page it could not read
	// column by column: twoColumns need not warn of the copy again.
	colUnclear bool
	// rewritten holds, by line, the lines clean rewrote as markup came
	// off them (> 往期推荐, a block quote; :::\, a hard break), as they
	// were: a line that is then furniture is recorded as the source has
	// it (see rewrite).
	rewritten map[int]string
	// needles are the cleanNeedles the text holds, and invisibleE2 says
	// whether it holds a character hasInvisible looks for (1 yes, -1
	// no), where needlesKnown: parseAll looked in the whole text.
	needles      []string
	needlesKnown bool
	invisibleE2  int
	// radicalsE2 says so of the radicals foldRadicals reads (0: not
	// looked for).
	radicalsE2 int
	// brTags says whether the text holds <br (1) or not (-1), where
	// parseAll looked (0: not known).
	brTags int
	// headMarks says whether a heading may be raised or hold marks that
	// headingMarks takes off (1), or surely not (-1: see headingMarksIn; 0:
	// not known).
	headMarks int
	// volume says the part is a bound volume's front (合订本) before its
	// issues: its contents are the volume's, matched to the issues after
	// it, not to a body of its own.
	volume bool
	// later says the part is a later issue of the file, its cover found
	// by splitIssues after the issue before: a form feed on its first
	// line ended that issue's last page (see runningHeads).
	later bool
	// head says the levels clean takes off every heading of a copy whose
	// headings begin a level or more too deep, and the line of a site's
	// name over its title (see headingShift).
	head headLevels
	// callouts holds, in order, the lines that are a callout's title
	// (> [!note] 编者按): each a line of its own, not its text's start.
	callouts []int
	// notes are the footnotes' definitions taken from the copy's end
	// (notesAtEnd), placed under the articles that call them.
	notes []footnote
	// inlineNotes says that a paragraph of the body begins as a footnote's
	// definition does ([^1]: …): placeNotes labels it and its calls.
	inlineNotes bool
	pos         int // index of the next unread line
	iss         *model.Issue
	// bodyStart is the index of the first line of the body.
	bodyStart int

	// Page furniture (furniture.go). furn marks the lines taken out;
	// transparent marks them and the blank lines around them, which the
	// body reads through. Both are nil when the copy has none.
	breaks      []int       // lines that held a form feed, in order
	images      []int       // lines that are pictures (furniture), in order
	cellBits    []uint64    // lines that are a table's cells, one a line (tableCells); nil when none
	splitOwn    bool        // startsParagraph's last true was a line of its own (see body)
	ownShort    bool        // …and the line above it was a short one that may be a title (see ownShortLine)
	blankPages  map[int]int // lines with more than one form feed: the pages with nothing on them
	furn        []bool
	transparent []bool
	headNums    []pageCandidate // page numbers carried by running heads
	feet        map[int]bool    // lines of running footers, over their page's number; nil when none
	numberLines bool            // some line holds a page number alone, taken out or not
	unnumbered  []int           // 1-based first lines of pages whose break carries no number

	// words holds the Latin words of the text, made when a hard wrap
	// splits one (join.go).
	words map[string]bool
	// spaced answers spacedWord, by word.
	spaced map[string]bool
	// wrap is the width in cells the text was hard-wrapped at; 0 when it
	// was not. indent is the indentation of most lines (wrap.go).
	wrap, wrapRunes, indent int
	// wrapHalf says wrap was measured with a Chinese text's punctuation
	// typed half-width taking a character's two cells (halfPuncts), as
	// it does where an OCR read ， as , in a line the page's width cut.
	wrapHalf bool
	// wrapFig says wrap was measured with full-width figures (１８５０)
	// taking one cell each, as a figure set half-width on the page does
	// where the converter (an OCR) gave it full-width (fullFigures).
	wrapFig bool
	// doubled says that the body is set double-spaced, a blank line after
	// every line, the lines of a paragraph too; lineParas that it sets a
	// paragraph on one line, no blank line between (wrap.go).
	doubled, lineParas bool
	// setIn says whether a hard-wrapped body sets its paragraphs' first
	// lines in (parasSetIn): 0 until it is asked, 1 yes, 2 no.
	setIn int8
	// frontWidths are the widths the whole copy is wrapped at, for the
	// cover and masthead (frontWrap); nil until it is measured.
	frontWidths *[2]int
	// yearbook says that the body is a yearbook's, its items (条目)
	// titled in brackets (yearbook.go).
	yearbook bool
	// gazetteer says that the yearbook is a gazetteer's (宁川县志): its
	// 章 and 节 are sections, and an item is a line 一、小麦 over its
	// text, with no bracket (yearbook.go).
	gazetteer bool
	// plainTitles says that the yearbook's 条目 titles are plain lines
	// over their text (概况 / 2022年，…), no markup (plainTitleAt).
	plainTitles bool
	// trailing holds the lines of the paragraphs of a chronicle that print
	// their event's date after it (…精神。（11月3日）), in order: dates
	// reads the date there (trailing.go).
	trailing []int
	// boldAlone says that a bold title stood alone on its line, with no
	// text after it (see emptyTitles).
	boldAlone bool
	// setextDashes counts the body's lines underlined with --- (see setext).
	setextDashes int
	// tocKeys are the folded titles of the table of contents: a plain line
	// that is one of them is an entry title.
	// tocPF and tocCols say how the table of contents is laid out: the
	// page before the title, two columns side by side (toclayout.go).
	tocPF, tocCols bool
	tocKeys        map[string]bool
	tocFolds       []string // foldKey of each TOC entry's title, in order
	foldBuf        []byte   // scratch for fold
	// restFold is the whole text folded, made when a page-first table of
	// contents has a line that may end the title above it (wrapsTitle).
	restFold   *foldedLines
	wrapChecks int

	// lastFormat and lastWarned are the format over asked of last and
	// its count in warned: a million lines that each warn alike look
	// their format up once, not hash it each time.
	lastFormat string
	lastWarned *overflow

	warned    map[string]*overflow // warnings given, by their format
	overflows []string             // formats with warnings not listed, in order
	tocMaxLen int                  // bytes: no line longer than this is a title of tocKeys
	// tocMatched marks the entries matched to a line of the table of
	// contents (the others have had their warning already).
	tocMatched map[entryRef]bool
	// tocSectionsOnly says that every line of the table of contents names
	// a section of the body: it lists no entry.
	tocSectionsOnly bool
	// inNames says startsParagraph's last line was a name in a list of
	// names (…名单 / 王建国 / 李秀英).
	inNames bool
	// metaLine is the last line startsParagraph asked articleMeta of as
	// its t, and metaIs the answer (metaKnown: there is one): the next
	// call asks it of that line again as pt, the line above.
	metaLine          string
	metaIs, metaKnown bool
	// prevLine is the last line startsParagraph had above its line, and
	// prevTrim it trimmed, which bylineUnder asks of the same line next.
	prevLine, prevTrim string
	// sectionPages holds the lines of the table of contents that name a
	// section of the body with a page, by the section's folded name.
	sectionPages map[string]model.TOCEntry
	// tocHighlights says that the table of contents is a box of
	// highlights (本期要目) with no sections that lists some entries, not
	// all: an entry it does not list, or lists without a page, is no
	// warning.
	tocHighlights bool
	// tocHeadless says that the table of contents lost its heading (an
	// image, a page not converted): its lines are found by the body's
	// repeating them (headlessContents), and read as under 目录.
	tocHeadless bool
	// beside is the box of highlights printed beside the cover, read
	// before the cover (coverBeside); besideBox says its heading calls
	// it one (本期要目). nil in most copies.
	beside    *model.TOCSection
	besideBox bool
	// prefaceLo and prefaceHi are the lines of a note (编者按：…) between
	// the cover and a contents heading; equal when there is none. The
	// body begins after the table of contents: preface gives the note to
	// it.
	prefaceLo, prefaceHi int
	// englishTOC is, plus one, the index in iss.TOC of the English
	// contents a yearbook prints after its Chinese (目　录 / … / CONTENTS
	// / Special Articles ……1): the same contents translated, not lines
	// the body lacks. 0 when there are none.
	englishTOC int
	// ideoGaps says whether the text holds two ideographic spaces in a
	// row (1 yes, -1 no, 0 not looked for yet; see hasIdeoGaps).
	ideoGaps int
	// asciiGaps says that the text holds no ideographic space and that a
	// short line sets two Chinese words two spaces apart: 　　 normalised
	// to NFKC (see hasIdeoGaps).
	asciiGaps bool
	// ocrSpaced says that the copy sets its characters a space apart
	// throughout, as Tesseract prints them (see spacedCopy): its gaps
	// between cells and names are ASCII spaces.
	ocrSpaced bool
	// endsInMasthead says that the text ends with the issue's masthead
	// (see backMasthead): its last line ends no sentence, and no cut.
	endsInMasthead bool
}

// tocIndex folds the titles of the table of contents, once, when the body
// or the matching first needs them: a table of contents with no body
// (a file that is nothing else) never does.
func (p *parser) tocIndex() {
	if p.tocKeys != nil {
		return
	}
	n := 0
	for _, s := range p.iss.TOC {
		n += len(s.Entries)
	}
	p.tocKeys = make(map[string]bool, n)
	p.tocFolds = make([]string, 0, n)
	for _, s := range p.iss.TOC {
		for _, e := range s.Entries {
			k := p.foldString(e.Title)
			p.tocFolds = append(p.tocFolds, k)
			p.tocKeys[k] = true
		}
	}
}

// foldString is foldKey(s), the key kept in a buffer of the parser's
// that only grows (keys are compared and looked up, never changed): a
// string allocated for each title's key had been half of what the parse
// of the sample allocated, by count.
func (p *parser) foldString(s string) string {
	start := len(p.keyBuf)
	if cap(p.keyBuf)-start < len(s)+8 {
		// A new buffer, where the key may not fit: the keys made so far
		// keep the old one. (A key is rarely longer than what it folds.)
		p.keyBuf = make([]byte, 0, max(4096, 2*(len(s)+8)))
		start = 0
	}
	p.keyBuf = appendFoldKey(p.keyBuf, s)
	if len(p.keyBuf) == start {
		return ""
	}
	return unsafe.String(&p.keyBuf[start], len(p.keyBuf)-start)
}

// textHas is strings.Contains(p.text, s), which a text without the
// first byte of s answers at once.
func (p *parser) textHas(s string) bool {
	if p.seen.lacks(s) {
		return false
	}
	return strings.Contains(p.text, s)
}

// textHasLine is hasLineStart(p.text, prefix), answered at once as textHas
// is.
func (p *parser) textHasLine(prefix string) bool {
	if p.seen.lacks(prefix) {
		return false
	}
	return hasLineStart(p.text, prefix)
}

// fold returns the foldKey of s in a scratch buffer that the next call
// overwrites: for map lookups (m[string(p.fold(s))]), which copy nothing.
func (p *parser) fold(s string) []byte {
	p.foldBuf = appendFoldKey(p.foldBuf[:0], s)
	return p.foldBuf
}

// isTransparent reports whether the body reads through line i: page
// furniture and the blank lines around it.
func (p *parser) isTransparent(i int) bool { return p.transparent != nil && p.transparent[i] }

// maxWarnings is how many warnings of one kind are listed. A file that
// goes wrong in one way goes wrong on every line (a million lines of a
// table of contents with no body): past this, one line says how many
// more there are, and the issue does not hold a million messages.
const maxWarnings = 200

// Version names what Parse makes of a copy: it changes with every change
// that can give another model for the same bytes (a form read that was
// not, a date read otherwise), so that what keeps parsed issues (the
// archive's index) knows to parse its files again.
const Version = "2026-12-06.34"

func (p *parser) warn(line int, format string, args ...any) {
	if !p.over(line, format) {
		p.warned[format].listed++
		p.iss.Warnings = append(p.iss.Warnings, model.Warning{Line: line, Message: fmt.Sprintf(format, args...)})
	}
}

// over reports whether warnings of this format are past maxWarnings, and
// counts this one if so. Callers on a hot path ask first, so that a
// warning that is not listed costs no formatting.
func (p *parser) over(line int, format string) bool {
	if p.warned == nil {
		p.warned = make(map[string]*overflow)
	}
	o := p.lastWarned
	if o == nil || format != p.lastFormat {
		if o = p.warned[format]; o == nil {
			o = &overflow{}
			p.warned[format] = o
		}
		p.lastFormat, p.lastWarned = format, o
	}
	if o.listed < maxWarnings {
		return false
	}
	if o.more == 0 {
		o.line = line
		p.overflows = append(p.overflows, format)
	}
	o.more++
	return true
}

// overflow counts the warnings of one kind.
type overflow struct {
	listed, more int
	line         int // of the first one not listed
}

// summarize adds one warning for each kind that had more than were
// listed.
func (p *parser) summarize() {
	for _, f := range p.overflows {
		o := p.warned[f]
		p.iss.Warnings = append(p.iss.Warnings, model.Warning{Line: o.line,
			Message: fmt.Sprintf("%d more warnings like the %d above, from this line on, are not listed", o.more, o.listed)})
	}
}

// splitLines splits text into lines without copying it. A final newline
// does not start another line.
func splitLines(text string) []string {
	n := strings.Count(text, "\n") + 1
	lines := make([]string, 0, n)
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			break
		}
		lines = append(lines, text[:i])
		text = text[i+1:]
	}
	if text != "" {
		lines = append(lines, text)
	}
	return lines
}

func sortWarnings(w []model.Warning) {
	sort.SliceStable(w, func(i, j int) bool { return w[i].Line < w[j].Line })
}
