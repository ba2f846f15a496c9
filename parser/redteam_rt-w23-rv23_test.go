package parser

import (
	"strings"
	"testing"
)

// TestEditorFootAlternate: a pdftotext copy of six pages whose even
// pages print the editor's line as their running foot over the page's
// number (…口述 / 责任编辑：王丽 / — 2 — / form feed / 资料录音…), the odd
// ones the journal's name: a running foot over half the pages, under a
// sentence the page's break cut, not an article's last line (it had been
// read as the articles' text, each paragraph it cut split in two round
// it, silently).
func TestEditorFootAlternate(t *testing.T) {
	iss, err := Parse(readFixture(t, "rt-w23-rv23-editor-foot-alternate.md"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if strings.Contains(p.Text, "责任编辑") {
					t.Errorf("%s: the running foot read as text: %q", e.Title, p.Text)
				}
				if strings.Contains(p.Text, "口述资料录音12小时") {
					found = true
				}
			}
		}
	}
	if !found {
		t.Errorf("the paragraph the foot cut (…口述 / 资料录音…) is not one")
	}
}
