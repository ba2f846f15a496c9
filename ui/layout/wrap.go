package layout

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// Wrap breaks s into lines of at most n cells, as measured by String.
//
// Breaks follow Chinese line-breaking rules on top of UAX #14:
//   - between two CJK characters a break is allowed, so runs of Han text are
//     handled rune by rune without uniseg, which is too slow for whole books;
//   - Latin words, numbers, e-mail addresses and phone numbers are broken only
//     where UAX #14 allows (uniseg), so they stay whole unless longer than n;
//   - no line starts with closing or middle punctuation (。，、；：？！）》」』”’
//     …·— and ASCII ,.;:?!)]}) and none ends with opening punctuation
//     (（《「『“‘ and ([{), spaces between them or not; as the dash and the
//     ellipsis may not start a line, —— and …… stay in one piece;
//   - a break never falls inside a grapheme cluster, so a wide character
//     never straddles the edge.
//
// Lines are filled greedily. A unit that may not be broken and is wider
// than n is broken between cells anyway, and there the break moves back by
// up to two characters to keep punctuation off the line start; if that does
// not help, the rule gives way rather than the width. The only lines wider
// than n are a single character (grapheme cluster) wider than n, i.e. a wide
// character when n is 1; n below 1 counts as 1.
//
// Spaces and tabs at a break are dropped, as are those at the end of a line
// of s; the rest is kept, so joining the lines gives s minus those spaces
// and minus the newlines. "\n" (or "\r\n") forces a break, and an empty
// line of s gives an empty line. Tabs are measured from the start of each
// line (see TabWidth). U+3000 is an ideographic character, not a space: it
// is kept, as in an indent made of it.
func (w Width) Wrap(s string, n int) []string {
	if n < 1 {
		n = 1
	}
	c := w.c()
	// CJK text has about 1.5 bytes per cell; ASCII text grows the slice.
	lines := make([]string, 0, len(s)*2/(3*n)+1)
	for {
		para, rest, more := strings.Cut(s, "\n")
		if more {
			para = strings.TrimSuffix(para, "\r")
		}
		lines = wrapPara(c, lines, para, n)
		if !more {
			return lines
		}
		s = rest
	}
}

func wrapPara(c *runewidth.Condition, lines []string, s string, n int) []string {
	before := len(lines)
	for start := 0; start < len(s); {
		end, next := fitLine(c, s, start, n)
		if end > start {
			lines = append(lines, s[start:end])
		}
		start = next
	}
	if len(lines) == before {
		lines = append(lines, "")
	}
	return lines
}

// cut is a place where a line could end: the line is s[lineStart:end] and the
// next begins at next.
type cut struct {
	end, next int
	clean     bool // no kinsoku rule is broken by cutting here
	pair      bool // cutting here splits —— or ……
	split     bool // cutting here splits a grapheme cluster
}

// fitLine finds the line that starts at start: it returns where the line
// ends (without trailing spaces) and where the next one begins. Text after
// the last break opportunity is scanned again for the next line, which keeps
// the tab column and the uniseg state simple and costs little, since
// opportunities are dense.
func fitLine(c *runewidth.Condition, s string, start, n int) (end, next int) {
	var (
		col        int
		contentEnd = start // end of the last non-space unit
		brk        = cut{end: -1, next: -1}
		lastFl     uint8 // flags of the last rune before contentEnd
		lastRune   rune  // the last rune before contentEnd
		prevSpace  bool
		// The run of non-CJK text being scanned, which uniseg segments on
		// its own: it ends at runEnd, and the next place UAX #14 allows a
		// break in it is segEnd.
		runEnd, segEnd int
		lstate         = -1
		recent         [3]cut // cuts before the last three non-space units, a ring
		nrecent        uint
	)
	for pos := start; pos < len(s); {
		// decode, inlined: this loop is the fast path.
		var r rune
		var size int
		if b0 := s[pos]; b0 < utf8.RuneSelf {
			r, size = rune(b0), 1
		} else if b0&0xF0 == 0xE0 && pos+2 < len(s) && s[pos+1]&0xC0 == 0x80 && s[pos+2]&0xC0 == 0x80 {
			r, size = rune(b0&0x0F)<<12|rune(s[pos+1]&0x3F)<<6|rune(s[pos+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				r, size = utf8.RuneError, 1
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[pos:])
		}
		if r == '\t' || r == ' ' && !(pos+1 < len(s) && s[pos+1] >= 0xCC && spaceJoins(s[pos+1:])) {
			if r == ' ' {
				col++
			} else {
				col = nextTab(col)
			}
			pos++
			prevSpace = true
			continue
		}

		fl := flagsOf(r)
		var (
			uw, ulen int
			endFl    uint8
			endRune  = r
			rule     = true // break allowed before this unit, kinsoku aside
			veto     bool
			split    bool // this unit continues the cluster before it
		)
		if fl&fFast != 0 {
			uw, ulen, endFl = runeWidth(c, r), size, fl
		} else {
			if pos >= runEnd {
				runEnd = slowRunEnd(s, pos+size)
				segEnd, lstate = pos, -1
				// uniseg sees the run without the CJK character before
				// it, so a mark on that character is caught here. (A
				// space before a mark is part of the run, and a tab takes
				// no marks.)
				split = !prevSpace && isExtend(r)
			} else {
				rule = pos == segEnd
			}
			for segEnd <= pos {
				var seg string
				seg, _, _, lstate = uniseg.FirstLineSegmentInString(s[segEnd:runEnd], lstate)
				segEnd += len(seg)
			}
			if r < utf8.RuneSelf && (pos+1 == runEnd || s[pos+1] < utf8.RuneSelf) {
				ulen, endFl = 1, fl
				if r >= 0x20 && r != 0x7F {
					uw = 1
				}
			} else {
				cl, _, _, _ := uniseg.FirstGraphemeClusterInString(s[pos:runEnd], -1)
				ulen = len(cl)
				uw = stringWidth(c, cl)
				endRune, _ = utf8.DecodeLastRuneInString(cl)
				endFl = flagsOf(endRune)
			}
		}

		if pos > start {
			veto = split || fl&(fNoStart|fGlue) != 0 || lastFl&fNoEnd != 0 ||
				!prevSpace && lastFl&fGlue != 0
		}
		if pos > start && rule && !veto {
			brk = cut{end: contentEnd, next: pos}
		} else {
			// Only needed when the line has no opportunity at all, so
			// only kept where there is none.
			recent[nrecent%3] = cut{
				end:   contentEnd,
				next:  pos,
				clean: !veto && contentEnd > start,
				pair:  !prevSpace && r == lastRune && isPaired(r),
				split: split,
			}
			nrecent++
		}

		if col+uw > n {
			if brk.next > start {
				return brk.end, brk.next
			}
			if contentEnd > start {
				// No opportunity on this line: break between cells, moving
				// back a character or two if that keeps kinsoku, else if
				// it keeps —— and …… whole, but never inside a cluster.
				m := min(nrecent, 3)
				for tier := range 3 {
					for i := uint(1); i <= m; i++ {
						k := recent[(nrecent-i)%3]
						if tier == 0 && k.clean ||
							tier == 1 && !k.split && !k.pair && k.next > start ||
							tier == 2 && !k.split && k.next > start {
							return k.end, k.next
						}
					}
				}
				// A mark on a character that fills the line alone: the
				// cluster overflows, as a wide character does at n=1.
			} else if col > 0 {
				// Only spaces before it: drop them.
				return start, pos
			}
			// Otherwise it is alone on the line and still too wide: the
			// one overflow (a cluster is never wider than 2 cells).
		}
		col += uw
		pos += ulen
		contentEnd = pos
		lastFl, lastRune = endFl, endRune
		prevSpace = false
	}
	return contentEnd, len(s)
}

// spaceJoins reports whether s, which follows a space, starts with a mark
// that makes that space the base of a grapheme cluster rather than a break.
func spaceJoins(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isExtend(r)
}

// slowRunEnd returns where the run of non-CJK text that continues at i ends:
// at a space, a tab, a CJK character or the end of s.
func slowRunEnd(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		if r == ' ' || r == '\t' || flagsOf(r)&fFast != 0 {
			break
		}
		i += size
	}
	return i
}

// isPaired reports whether r is written doubled, as in —— and ……, and the
// two halves belong on one line.
func isPaired(r rune) bool {
	return r == '—' || r == '…' || r == '⋯' || r == '―'
}

// decode is utf8.DecodeRuneInString with a shortcut for the three-byte runes
// of CJK; fitLine has its own copy, inlined.
func decode(s string, pos int) (rune, int) {
	b0 := s[pos]
	if b0 < utf8.RuneSelf {
		return rune(b0), 1
	}
	if b0&0xF0 == 0xE0 && pos+2 < len(s) {
		b1, b2 := s[pos+1], s[pos+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[pos:])
}
