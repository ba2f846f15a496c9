package parser

// Entry points the tests use and the program does not.

import "github.com/yuebao/yuebao/model"

// ParseText parses text that is already decoded. Line ends must be LF.
// A text holding several issues gives the first, with a warning where the
// next begins; ParseAll gives them all.
func ParseText(text string) *model.Issue {
	return parseFirst(parseAll(text, nil))
}

// BodyLine returns the 1-based line where the parser found the body of
// text to begin. Tests use it to check that the body is kept whole.
func BodyLine(text string) int {
	p := &parser{text: text, lines: splitLines(text), iss: &model.Issue{}}
	p.head = headingShift(p.lines) // as parseAll reads the headings
	inv, _ := scanE2(text)
	split := p.lines
	p.headMarks = -1
	if headingsMarked(text, nil, p.head, textNeedles(text, nil), inv) {
		split, p.headMarks = plainHeadings(p.lines, p.head), 1
	}
	if parts := splitIssues(split); len(parts) > 1 {
		p.lines = p.lines[:parts[0].hi]
	}
	p.clean()
	p.furniture()
	p.front()
	p.toc()
	return p.bodyStart + 1
}

// decode is decodeSeen of bytes the caller keeps, without what the text
// holds.
func decode(src []byte) (string, Encoding, []model.Warning, error) {
	text, enc, warns, _, err := decodeSeen(src, false)
	return text, enc, warns, err
}
