// Package layout measures, truncates and wraps text in terminal cells for
// the reader and for piped output.
//
// Every measurement goes through a Width, which carries its own
// East Asian Ambiguous setting: the SSH server runs readers with different
// settings in one process, so nothing here reads or changes go-runewidth's
// package-level state.
package layout

import (
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// TabWidth is the distance between tab stops. A tab advances to the next
// multiple of TabWidth counted from the start of the string (for Wrap, the
// start of the line), which is what a terminal shows for a line printed from
// column 0. Callers that print a line at another column should expand tabs
// first.
const TabWidth = 8

// Width measures text for one terminal. The zero value measures
// ambiguous-width characters as narrow. A Width is safe for concurrent use.
type Width struct {
	cond *runewidth.Condition
}

// narrow backs the zero Width. It is never modified.
var narrow = &runewidth.Condition{StrictEmojiNeutral: true}

// NewWidth returns a Width that counts East Asian Ambiguous characters
// (“ ” ‘ ’ … — · and box drawing) as two cells when ambiguousWide is set,
// which is what a terminal in CJK ambiguous-wide mode draws.
//
// StrictEmojiNeutral stays on: emoji keep their own East Asian Width instead
// of becoming wide with the ambiguous ones, and go-runewidth then answers
// from its shared, read-only table rather than a per-instance 0.5 MB one.
func NewWidth(ambiguousWide bool) Width {
	return Width{cond: &runewidth.Condition{
		EastAsianWidth:     ambiguousWide,
		StrictEmojiNeutral: true,
	}}
}

func (w Width) c() *runewidth.Condition {
	if w.cond == nil {
		return narrow
	}
	return w.cond
}

// Rune returns the cells r takes on its own. A tab is TabWidth, its width at
// column 0, so that Rune(r) == String(string(r)); inside a string its width
// depends on the column, which only String and Wrap know.
func (w Width) Rune(r rune) int {
	if r == '\t' {
		return TabWidth
	}
	return runeWidth(w.c(), r)
}

// String returns the cells s takes when printed from column 0, measuring
// grapheme clusters (emoji sequences, combining marks) as the terminal draws
// them. s is one line: control characters, newlines included, count 0.
func (w Width) String(s string) int {
	c := w.c()
	col := 0
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return col + stringWidth(c, s)
		}
		col = nextTab(col + stringWidth(c, s[:i]))
		s = s[i+1:]
	}
}

func nextTab(col int) int { return (col/TabWidth + 1) * TabWidth }

// Truncate shortens s to at most n cells, cutting only between grapheme
// clusters so a wide character is dropped rather than split, and appends tail
// when something was cut. A tail wider than n is left out, so the result is
// never wider than n.
func (w Width) Truncate(s string, n int, tail string) string {
	if n <= 0 {
		return ""
	}
	if w.String(s) <= n {
		return s
	}
	c := w.c()
	tw := w.String(tail)
	if tw > n {
		tail, tw = "", 0
	}
	limit := n - tw
	col, cut := 0, 0
	state := -1
	for rest := s; rest != ""; {
		var cl string
		cl, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		cw := stringWidth(c, cl)
		if cl == "\t" {
			cw = nextTab(col) - col
		}
		if col+cw > limit {
			break
		}
		col += cw
		cut += len(cl)
	}
	return s[:cut] + tail
}
