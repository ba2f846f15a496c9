package parser

import (
	"bytes"
	"sort"

	"github.com/yuebao/yuebao/model"
)

// columnRepeats takes out a section's name printed again inside the
// section: the column's head atop each of its pages (时政要闻 over every
// page of 时政要闻), which runningHeads finds only where enough pages
// carry it next to a page number it knows (a short extract, a bare page
// number that runs with nothing: 市委书 / 8 / 时政要闻 / 记陈向平…).
// Read as a heading, each would open the section again and cut its
// entry, mid-sentence, in two. A name repeats as a head where it stands
// atop a page, right under the heading it repeats, or inside a sentence
// (the text above it ends none); a bare number just above such a head is
// its page's number. Only in a copy that shows its pages: page numbers,
// running heads, form feeds.
func (p *parser) columnRepeats() {
	if p.furn == nil && len(p.breaks) == 0 && !p.numberLines {
		return // no page breaks: no heads
	}
	// The table of contents' sections: a plain line that prints one of
	// them names it.
	var toc map[string]bool
	tocLongest := 0
	for _, s := range p.iss.TOC {
		if t := sectionText(s.Name); t != "" {
			if toc == nil {
				toc = make(map[string]bool)
			}
			toc[foldKey(t)] = true
			tocLongest = max(tocLongest, 2*len(t)+32) // with marks, spaces, an enumerator
		}
	}
	open := ""       // the name of the section named last (sectionText)
	openLen := 0     // the longest line that may print it
	openAt := -1     // its line
	prevText := -1   // the last line of text before i, bare numbers aside
	beforeOpen := -1 // prevText before openAt
	taken := false   // something was taken out
	top := 6         // the level of the highest heading so far: sections'
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if isBlank(l) || p.isFurniture(i) {
			continue
		}
		// A heading (## 时政要闻, 一、时政要闻) names a section; a plain
		// line does where it prints the one named last or one of the
		// table of contents'.
		name := ""
		if len(l) <= 120 {
			if lvl, t, ok := heading(l); ok {
				if lvl <= top {
					// (An entry's heading, below the sections', names none.)
					top, name = lvl, sectionText(t)
				}
			} else if kind, _, t := enumeratedLine(trim(l)); kind == cnComma {
				name = sectionText(t)
			} else if lim := max(openLen, tocLongest); len(l) <= lim || l[0] == ' ' && len(l)-indentBytes(l) <= lim {
				// (Its indent aside: pdftotext -layout sets an odd page's
				// head at the page's right edge, 工作动态 after 68 spaces,
				// which had been read as a section of that name.)
				name = sectionText(trim(l))
				if name != "" && !p.sameName(name, open) && !toc[string(p.fold(name))] {
					name = ""
				}
			}
		}
		if name == "" {
			if _, _, ok := pageNumberLine(l); !ok {
				prevText = i
			}
			continue
		}
		if !p.sameName(name, open) {
			open = name
			openLen = 2*len(name) + 32
			openAt, beforeOpen, prevText = i, prevText, i
			continue
		}
		if !(p.topOfPage(i) || prevText == openAt || prevText >= 0 && !closed(trim(p.lines[prevText]))) {
			prevText = i
			continue
		}
		head, above := i, prevText
		if prevText == openAt {
			if t := trim(p.lines[openAt]); t[0] == '#' || enumerator(t) > 0 {
				// ## 本月大事 / ### 本月大事: a section and its entry, no head.
				prevText = i
				continue
			}
			// The head atop the page the section begins on, over its
			// heading: the heading stays.
			head, above, openAt, prevText = openAt, beforeOpen, i, i
		}
		p.takeOut(head, model.RunningHead)
		taken = true
		j := head - 1
		for j > above && isBlank(p.lines[j]) {
			j--
		}
		if j > above && !p.isFurniture(j) {
			if _, dec, ok := pageNumberLine(p.lines[j]); ok && !dec {
				p.takeOut(j, model.PageNumber)
			}
		}
	}
	if taken {
		// A page that began with a head begins with the text under it.
		next := func(line int) int {
			i := line - 1
			for i < len(p.lines) && (p.isTransparent(i) || isBlank(p.lines[i])) {
				i++
			}
			return i + 1
		}
		for k := range p.iss.Pages {
			p.iss.Pages[k].Line = next(p.iss.Pages[k].Line)
		}
		for k := range p.unnumbered {
			p.unnumbered[k] = next(p.unnumbered[k])
		}
		sort.SliceStable(p.iss.Furniture, func(a, b int) bool { return p.iss.Furniture[a].Line < p.iss.Furniture[b].Line })
	}
}

// sameName reports whether a and b are one name, folded as foldKey
// does. Names of one length are compared as they are: folding changes a
// name's length (full-width letters, spaces), and a million headings,
// each another, are not each folded.
func (p *parser) sameName(a, b string) bool {
	if len(a) == len(b) || a == "" || b == "" {
		return a == b
	}
	fa := p.fold(a)
	n := len(fa)
	p.foldBuf = appendFoldKey(p.foldBuf, b)
	fa, fb := p.foldBuf[:n], p.foldBuf[n:]
	return bytes.Equal(fa, fb)
}

// sectionText is a line that may name a section without its heading
// marks, bold and enumerator (## 一、时政要闻, **时政要闻**); "" for a
// longer line, or one that ends a sentence.
func sectionText(t string) string {
	if t == "" || len(t) > 120 {
		return ""
	}
	if t[0] == '#' || t[0] == '*' || t[0] == '<' {
		t = trim(stripMarkup(trimHashes(t)))
	}
	if n := enumerator(t); n > 0 {
		t = t[n:]
	}
	if t == "" || closed(t) {
		return ""
	}
	return t
}

func trimHashes(t string) string {
	for t != "" && t[0] == '#' {
		t = t[1:]
	}
	return trim(t)
}

// takeOut takes line i out of the text as furniture of kind, after
// furniture() has run: the body reads through it and the blank lines
// around it, as through the furniture found there.
func (p *parser) takeOut(i int, kind model.FurnitureKind) {
	p.addFurniture(i, kind, p.lines[i])
	p.lines[i] = ""
	if p.transparent == nil {
		p.transparent = make([]bool, len(p.lines))
	}
	p.transparent[i] = true
	for j := i - 1; j >= 0 && !p.furn[j] && isBlank(p.lines[j]); j-- {
		p.transparent[j] = true
	}
	for j := i + 1; j < len(p.lines) && !p.furn[j] && isBlank(p.lines[j]); j++ {
		p.transparent[j] = true
	}
}
