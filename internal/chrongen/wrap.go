package chrongen

// The wrapping of the generator, which the parser's tests also use to
// re-wrap chronicles as a PDF's text is hard-wrapped.

import (
	"strings"
	"unicode"
)

// WrapText cuts s into lines of at most first columns, then rest
// columns. The first line keeps at least keep characters (the date, what
// follows it and some text). A cut falls only before a Han character
// that is not a numeral and does not begin 同日 and its kin, after one
// that is not ASCII or a space (see legalCut): a continuation line never
// begins like an event or a heading, and the lines join without spaces.
// Where no cut fits, the line runs long.
func WrapText(s string, keep, first, rest int) []string {
	rs := []rune(s)
	var out []string
	width := first
	for {
		cols, cut := 0, -1
		for i := 0; i < len(rs); i++ {
			if i >= keep && legalCut(rs, i) && (cols <= width || cut < 0) {
				cut = i
			}
			if cols > width && cut >= 0 {
				break
			}
			cols += runeCols(rs[i])
		}
		if DisplayCols(string(rs)) <= width || cut < 0 {
			return append(out, string(rs))
		}
		out = append(out, string(rs[:cut]))
		rs = rs[cut:]
		width, keep = rest, 1
	}
}

// RelativeMarkers are the words that date an event by the one before,
// and 年内; a line that begins with one is an event. Callers must not
// change it.
var RelativeMarkers = []string{"同日", "当日", "该日", "是日", "该月", "是月", "本月", "该年", "是年", "同年", "年内"}

// legalCut reports whether a line may end before rs[i].
func legalCut(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	a, b := rs[i-1], rs[i]
	if a < 0x80 || unicode.IsSpace(a) || !unicode.Is(unicode.Han, b) || strings.ContainsRune("〇一二三四五六七八九十百千万两零", b) {
		return false
	}
	if i+1 < len(rs) {
		w := string(rs[i : i+2])
		for _, m := range RelativeMarkers {
			if w == m {
				return false
			}
		}
	}
	return true
}

func runeCols(r rune) int {
	if r < 0x1100 {
		return 1
	}
	return 2
}

// DisplayCols is the width of s in columns: 1 for a character below
// U+1100, 2 for any other.
func DisplayCols(s string) int {
	n := 0
	for _, r := range s {
		n += runeCols(r)
	}
	return n
}
