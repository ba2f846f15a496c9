package parser

import (
	"strings"
	"testing"
)

// TestShortLinesRunIntoText: a Word copy's plain titles and columns'
// names (工作动态 / 县志办开展读书月活动 / 为进一步…) through plain
// pdftotext, hard-wrapped and with no contents to name them. The wrap
// cuts a paragraph's lines full, so a short line there ended where its
// writer ended it; but a title broken in two by its own narrow column
// is set so too, and nothing in the copy tells which. Read as the text's
// start (a paragraph each), each is said, and check exits 1: the copy
// had read as one wall of text, silently.
func TestShortLinesRunIntoText(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w18-wrapped-plain-titles.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
		"|||7", "5,12,15,18,24"})
	for _, w := range iss.Warnings {
		if !strings.Contains(w.Message, "a short line that ends no sentence, read as the start of the paragraph under it") {
			t.Errorf("warning %d: %s", w.Line, w.Message)
		}
	}
	// As the copy before the wrap reads: a line each, each said.
	checkRedTeam(t, redTeamCase{"rt-sp-single-undated.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
		"|||14", "5,6,9,11,13,14,17"})
}
