package parser

import (
	"strings"

	"github.com/yuebao/yuebao/model"
)

// body reads sections, entries and paragraphs from p.bodyStart to the end.
func (p *parser) body() {
	b := &bodyBuilder{iss: p.iss, sec: -1}
	b.plan(p.lines[p.bodyStart:])

	var block []string
	start := 0
	flush := func() {
		if len(block) > 0 {
			b.text(joinLines(block), start+1)
			block = block[:0]
		}
	}
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if isBlank(l) {
			flush()
			continue
		}
		if lvl, t, ok := heading(l); ok {
			flush()
			b.heading(lvl, t, i+1)
			continue
		}
		if rule(l) {
			// A rule is a page ornament, not the end of a sentence: the
			// paragraph before it may go on after it.
			flush()
			continue
		}
		if len(block) > 0 && startsBlock(l) {
			flush()
		}
		if len(block) == 0 {
			start = i
		}
		block = append(block, l)
	}
	flush()
	b.close()
}

// startsBlock reports whether a line begins a new block even without a
// blank line before it: a bold entry title, or a paragraph indented with
// an ideographic space as Chinese typesetting does.
func startsBlock(l string) bool {
	if strings.HasPrefix(l, "\u3000") {
		return true
	}
	t := trim(l)
	return strings.HasPrefix(t, "**") || strings.HasPrefix(t, "<b>")
}

type bodyBuilder struct {
	iss *model.Issue
	sec int // index of the current section, -1 before the first
	// entry reports whether the last entry of the current section still
	// takes paragraphs; a section heading closes it.
	entry bool
	// open reports whether the last paragraph of the current entry may be
	// continued by the next block (it stopped mid-sentence). Its text is
	// kept in pieces until it closes, so that a paragraph cut into many
	// blocks is joined once, not copied at every block.
	open   bool
	pieces []string

	sectionLevel int             // heading level of sections; deeper ones are entries
	tocSections  map[string]bool // folded TOC section names: headings that are sections whatever their level
}

// plan decides which heading level marks sections. Reports use ## for
// sections and ###, #### or bold for entries; a report with one level of
// headings and nothing below it uses them for entries.
func (b *bodyBuilder) plan(lines []string) {
	b.tocSections = make(map[string]bool, len(b.iss.TOC))
	for _, s := range b.iss.TOC {
		if s.Name != "" {
			b.tocSections[foldKey(s.Name)] = true
		}
	}
	minLevel, deeper, bold := 7, false, false
	for _, l := range lines {
		if l == "" {
			continue
		}
		if lvl, _, ok := heading(l); ok && lvl >= 2 {
			if minLevel < 7 && lvl != minLevel {
				deeper = true
			}
			minLevel = min(minLevel, lvl)
			continue
		}
		if !bold && startsBlock(l) && !strings.HasPrefix(l, "\u3000") {
			bold = true
		}
	}
	if deeper || bold {
		b.sectionLevel = minLevel
	} else {
		b.sectionLevel = 1
	}
}

func (b *bodyBuilder) section() *model.Section {
	if b.sec < 0 {
		b.iss.Sections = append(b.iss.Sections, model.Section{})
		b.sec = 0
	}
	return &b.iss.Sections[b.sec]
}

func (b *bodyBuilder) lastEntry() *model.Entry {
	s := b.section()
	return &s.Entries[len(s.Entries)-1]
}

func (b *bodyBuilder) heading(level int, text string, line int) {
	b.close()
	if level <= b.sectionLevel || b.tocSections[foldKey(text)] {
		b.iss.Sections = append(b.iss.Sections, model.Section{Name: text, Line: line})
		b.sec = len(b.iss.Sections) - 1
		b.entry = false
		return
	}
	title, rest := splitHeading(text)
	b.newEntry(title, line)
	if rest != "" {
		b.para(rest, line)
	}
}

func (b *bodyBuilder) newEntry(title string, line int) {
	b.close()
	s := b.section()
	s.Entries = append(s.Entries, model.Entry{Title: title, Line: line})
	b.entry = true
}

// text places one block of text: an entry title with the start of its
// text, or a paragraph, or the rest of a paragraph a page break cut.
func (b *bodyBuilder) text(s string, line int) {
	if title, rest, ok := leadingBold(s); ok {
		b.newEntry(title, line)
		if rest = trim(stripMarkup(rest)); rest != "" {
			b.para(rest, line)
		}
		return
	}
	s = trim(stripMarkup(s))
	if s == "" {
		return
	}
	if b.open && !closed(b.pieces[len(b.pieces)-1]) && !startsWithMonthDay(s) {
		b.pieces = append(b.pieces, s)
		return
	}
	b.para(s, line)
}

// close ends the open paragraph, joining its pieces.
func (b *bodyBuilder) close() {
	if !b.open {
		return
	}
	b.open = false
	if len(b.pieces) > 1 {
		e := b.lastEntry()
		e.Paragraphs[len(e.Paragraphs)-1].Text = joinLines(b.pieces)
	}
	b.pieces = b.pieces[:0]
}

func (b *bodyBuilder) para(s string, line int) {
	b.close()
	if !b.entry {
		b.newEntry("", line)
	} else if e := b.lastEntry(); e.Title == "" && len(e.Paragraphs) > 0 && startsWithMonthDay(s) {
		// Untitled text that goes day by day (a 大事记): each day is an entry.
		b.newEntry("", line)
	}
	e := b.lastEntry()
	e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: s, Line: line})
	b.open = true
	b.pieces = append(b.pieces, s)
}

// leadingBold splits "**title** text" (or <b>title</b> text) into the
// title and the text after it.
func leadingBold(s string) (title, rest string, ok bool) {
	for _, pair := range [][2]string{{"**", "**"}, {"<b>", "</b>"}, {"<B>", "</B>"}, {"<strong>", "</strong>"}} {
		inner, found := strings.CutPrefix(s, pair[0])
		if !found {
			continue
		}
		i := strings.Index(inner, pair[1])
		if i < 0 {
			return "", "", false
		}
		title = trim(stripMarkup(inner[:i]))
		if title == "" {
			return "", "", false
		}
		return title, trim(inner[i+len(pair[1]):]), true
	}
	return "", "", false
}

// splitHeading separates a heading from text that PDF conversion pulled
// into it: "### 李明俊调研…工作 11月1日，" is the title 李明俊调研…工作
// followed by the start of the text, 11月1日，.
func splitHeading(h string) (title, rest string) {
	for i := 0; i < len(h); i++ {
		if h[i] != ' ' && h[i] != '\t' {
			continue
		}
		j := i
		for j < len(h) && (h[j] == ' ' || h[j] == '\t') {
			j++
		}
		if startsWithMonth(h[j:]) {
			if t := trim(h[:i]); t != "" {
				return t, trim(h[j:])
			}
		}
		i = j - 1 // each run of spaces is looked at once
	}
	return h, ""
}

// startsWithMonth reports whether s begins with "11月" (spaces allowed):
// enough to tell a date that a heading swallowed, even one cut short.
func startsWithMonth(s string) bool {
	d := &dateScanner{s: s}
	n, ok := d.number()
	return ok && n >= 1 && n <= 12 && d.lit('月')
}

// startsWithMonthDay reports whether s begins with a full month and day,
// which starts a paragraph of its own even after one that stopped
// mid-sentence.
func startsWithMonthDay(s string) bool {
	d := &dateScanner{s: s}
	if n, ok := d.number(); !ok || n < 1 || n > 12 || !d.lit('月') {
		return false
	}
	_, ok := d.number()
	return ok
}
