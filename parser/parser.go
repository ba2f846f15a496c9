// Package parser turns the text of a monthly report (月报) into a
// model.Issue.
//
// Input is whatever people have: Markdown-ish text converted from a PDF,
// in UTF-8 or GB18030, hard-wrapped or not, sometimes cut off. The parser
// uses whatever structure it finds (front matter, a printed table of
// contents, a masthead, section and entry headings) and never drops text:
// every character of the body outside the markup ends up in the model, in
// order. What it cannot place with certainty becomes a warning.
package parser

import (
	"fmt"
	"sort"
	"strings"

	"github.com/yuebao/yuebao/model"
)

// Parse decodes src and parses it. It fails only when src is not a text
// document at all (empty, binary, too large, undecodable); any text
// parses.
func Parse(src []byte) (*model.Issue, error) {
	text, _, warns, err := decode(src)
	if err != nil {
		return nil, err
	}
	iss := ParseText(text)
	iss.Warnings = append(warns, iss.Warnings...)
	sortWarnings(iss.Warnings)
	return iss, nil
}

// DetectEncoding reports which encoding Parse would read src as.
func DetectEncoding(src []byte) (Encoding, error) {
	_, enc, _, err := decode(src)
	return enc, err
}

// ParseText parses text that is already decoded. Line ends must be LF.
func ParseText(text string) *model.Issue {
	p := &parser{lines: splitLines(text), iss: &model.Issue{}}
	p.front()
	p.toc()
	p.body()
	p.finish()
	sortWarnings(p.iss.Warnings)
	return p.iss
}

type parser struct {
	lines []string
	pos   int // index of the next unread line
	iss   *model.Issue
	// bodyStart is the index of the first line of the body.
	bodyStart int
}

func (p *parser) warn(line int, format string, args ...any) {
	p.iss.Warnings = append(p.iss.Warnings, model.Warning{Line: line, Message: fmt.Sprintf(format, args...)})
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

// BodyLine returns the 1-based line where the parser found the body of
// text to begin. Tests use it to check that the body is kept whole.
func BodyLine(text string) int {
	p := &parser{lines: splitLines(text), iss: &model.Issue{}}
	p.front()
	p.toc()
	return p.bodyStart + 1
}
