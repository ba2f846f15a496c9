package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// indentParagraphs indents by indent every line that is a paragraph of
// its own (a blank line before and after it) of twenty characters or
// more and begins with a Chinese character: as Word or WPS saved as text
// sets a paragraph's first line (　　 two ideographic spaces, or spaces).
func indentParagraphs(text, indent string) string {
	lines := strings.Split(text, "\n")
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l
		if l == "" || l[0] < 0xE4 || utf8.RuneCountInString(l) < 20 ||
			i > 0 && strings.TrimSpace(lines[i-1]) != "" || i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			continue
		}
		out[i] = indent + l
	}
	return strings.Join(out, "\n")
}

// indentSkip are the fixtures still read otherwise with their paragraphs
// indented, each with why.
var indentSkip = map[string]string{
	// The transform's, not a copy's: one-line blocks it indents are
	// contents lines, and an indent in a contents is read as its level.
	"rt-n-hekan-bracket.md": "contents lines indented",
	// Open: captions under pictures, indented, make 图片新闻 a section of
	// its pictures rather than an entry.
	"rt-w7-whole-mineru.md": "open: captions indented",
	// Open: a copy already indented twice, with CR LF line ends, whose
	// paragraph an indent more is taken for a new one.
	"rt-sp-double-indent-crlf.md": "open: indented twice",
	// Open: a Big5 copy's paragraph cut by its folio, the indent after
	// the folio read as a new paragraph.
	"rt-w15-big5-folio.md": "open: indent after a folio",
	// Open: a web page's footer lines (主办单位：…, 责任编辑：…) indented
	// are not known for the footer.
	"rt-w3-whole-web.md": "open: footer indented", "rt-w6-web-footer-phone.md": "open: footer indented",
	"rt-w6-whole-web-dsj.md": "open: footer indented", "rt-wb-site-footer.md": "open: footer indented",
}

// TestIndentedParagraphsReadTheSame: every fixture reads the same with
// its one-line paragraphs indented (two ideographic spaces, four spaces,
// two spaces). (A title set wide and centred, 　　李 明 俊 调 研…, and a
// Tesseract copy's 　　是 年 全 县… had kept their spaces, the year's
// event run into the one above, silently.)
func TestIndentedParagraphsReadTheSame(t *testing.T) {
	for _, indent := range []string{"\u3000\u3000", "    ", "  "} {
		n := 0
		for _, fx := range fixtureTexts(t) {
			if _, skip := indentSkip[fx.path[strings.LastIndexByte(fx.path, '/')+1:]]; skip {
				continue
			}
			moved := indentParagraphs(fx.text, indent)
			if moved == fx.text {
				continue
			}
			n++
			ref, err := ParseAll([]byte(fx.text))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseAll([]byte(moved))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(readShape(ref), readShape(got)); d != "" {
				t.Errorf("%s with its paragraphs indented %q reads otherwise: %s", fx.path, indent, d)
			}
		}
		if n < 280 {
			t.Errorf("indent %q: only %d fixtures tried", indent, n)
		}
	}
}
