package layout

import (
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// fastWidth answers for the characters a Chinese report is made of —
// ASCII, Han, CJK and full-width punctuation, the curly quotes, dashes and
// dots of the ambiguous class — without go-runewidth. Its first lookup of
// any other character builds a 2.2 MB table for the whole process, which
// costs a one-shot command (piped output) about 8 ms; the server pays it
// once and never notices. TestFastWidthAgrees checks every character
// answered here against go-runewidth in both modes.
func fastWidth(r rune, wide bool) (int, bool) {
	switch {
	case r < 0x20 || r == 0x7F:
		return 0, true
	case r < 0x7F:
		return 1, true
	case r >= 0x4E00 && r <= 0x9FFF, // unified ideographs
		r >= 0x3400 && r <= 0x4DBF, // extension A
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0x3000 && r <= 0x3029, // ideographic space, CJK punctuation and brackets
		r >= 0x3030 && r <= 0x303E,
		r >= 0xFF01 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6:
		return 2, true
	}
	switch r {
	case 0x00B7, 0x00D7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2025, 0x2026, 0x2030, 0x203B:
		// East Asian Ambiguous: · × — ― ‘ ’ “ ” ‥ … ‰ ※
		if wide {
			return 2, true
		}
		return 1, true
	}
	return 0, false
}

// runeWidth is r's width under c, through fastWidth when it can.
func runeWidth(c *runewidth.Condition, r rune) int {
	if w, ok := fastWidth(r, c.EastAsianWidth); ok {
		return w
	}
	return c.RuneWidth(r)
}

// stringWidth is s's width under c. A string of fast characters (nearly
// every line of a report) is summed rune by rune: none of them combines
// with its neighbour into one grapheme. Anything else goes to
// go-runewidth, which measures grapheme clusters.
func stringWidth(c *runewidth.Condition, s string) int {
	n := 0
	for i := 0; i < len(s); {
		var r rune
		size := 1
		if s[i] < utf8.RuneSelf {
			r = rune(s[i])
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		w, ok := fastWidth(r, c.EastAsianWidth)
		if !ok || r == utf8.RuneError && size == 1 {
			return c.StringWidth(s)
		}
		n += w
		i += size
	}
	return n
}
