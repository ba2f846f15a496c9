package parser

// collapseBlanks reads a run of blank lines as one blank line, as a
// converter that leaves two or more between blocks means it (a web
// page's nested blocks through markdownify, docx2txt's cells, a paste
// from a browser): the parser's rules look a line or two past a blank
// one for what follows (a number under a cover's title, a masthead's
// value under its key, a page under its title in a contents), and a
// second blank line had hidden it. No rule reads meaning into a run's
// length (the testdata read the same with every run cut to one line).
//
// The lines of the model stay the source's: colSrc maps each line read
// to the one it came from, as for pages read column by column (see
// unsplitLines). A line of spaces or tabs is blank here; a form feed is
// not (it is a page's break, furniture).
func (p *parser) collapseBlanks() {
	// (Runs before the first line of text and after the last hide
	// nothing: they are left, and a copy that begins with two blank
	// lines, as the sample does, costs no copy of its lines.)
	first, last := 0, len(p.lines)-1
	for first <= last && emptyLine(p.lines[first]) {
		first++
	}
	for last > first && emptyLine(p.lines[last]) {
		last--
	}
	runs := false
	for i := first + 1; i < last; i++ {
		if emptyLine(p.lines[i]) && emptyLine(p.lines[i-1]) {
			runs = true
			break
		}
	}
	if !runs {
		return // nearly every copy
	}
	// The lines are moved down in place (they are this part's of the
	// file's line array, which nothing reads after the parts are cut):
	// only the map back to the source is new.
	src := make([]int32, 0, len(p.lines))
	n := 0
	prevEmpty := false
	for i, l := range p.lines {
		empty := emptyLine(l)
		if i > first && i < last && empty && prevEmpty {
			continue
		}
		prevEmpty = empty
		p.lines[n] = l
		n++
		src = append(src, int32(i))
	}
	p.lines, p.colSrc = p.lines[:n], src
}

// emptyLine reports whether l holds nothing but ASCII spaces and tabs
// (and the \r of a CRLF line).
func emptyLine(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// readLine returns the line of p.lines read from source line src (both
// 0-based, in the part): src itself unless collapseBlanks or splitColumns
// moved lines; for a blank line collapseBlanks cut, the line read before
// it.
func (p *parser) readLine(src int) int {
	if p.colSrc == nil {
		return src
	}
	best := 0
	for k, s := range p.colSrc {
		if int(s) == src {
			return k
		}
		if int(s) < src && s > p.colSrc[best] {
			best = k
		}
	}
	return best
}
