package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/internal/hant"
)

// Fold returns query as the index compares it. Callers need it only to
// tell whether two queries are the same search (a query that folds to ""
// is no search at all); Filter and Matches fold for themselves.
//
// Folding maps each character to at most one character, never more, so
// that a match in folded text always corresponds to whole characters of
// the original:
//   - white space (Unicode, including the ideographic space U+3000) and
//     the invisible zero-width characters are dropped, on both sides:
//     mastheads and PDF conversions letter-space names (张 征), hard wraps
//     put line breaks inside words, and people type spaces where print
//     has none;
//   - full-width forms become their ordinary forms (ＡＢＣ１２３（五） is
//     ABC123(五), ，is ","), and so do the half-width CJK punctuation marks
//     (｡｢｣､ are 。「」、): the same text comes out of different converters
//     in either form;
//   - letters are compared without case (Unicode simple case folding, so
//     CONSTANTINOS is constantinos and Σ, σ, ς are one letter);
//   - bytes that are not UTF-8 become U+FFFD, so that folded text is
//     always valid UTF-8 and a match can never start or end inside a
//     character;
//   - a traditional character is compared as its simplified form (陳向平
//     is 陈向平; internal/hant), character for character, both three
//     bytes in UTF-8.
//
// Nothing else is folded: no phrases (隻 folds to 只, but no word is
// rewritten), no half-width katakana, no compatibility forms such
// as ① or ㈠.
func Fold(query string) string {
	i := firstChange(query)
	if i == len(query) {
		return query // the common case for Chinese queries: no allocation
	}
	var b strings.Builder
	b.Grow(len(query))
	b.WriteString(query[:i])
	foldInto(&b, query[i:])
	return b.String()
}

// asciiSpace marks the ASCII characters that unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// foldRune returns what r is compared as, or -1 when r is ignored.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if asciiSpace[r] {
			return -1
		}
		return r
	case 0x4E00 <= r && r <= 0x9FFF, 0x3400 <= r && r <= 0x4DBF:
		// Han characters, nearly all of the text: no case, no width
		// variants, no spaces; a traditional character is compared as
		// its simplified form (陳 as 陈), so that a name typed in either
		// script finds a copy printed in the other.
		return hant.Simplified(r)
	case 0x3001 <= r && r <= 0x303F: // CJK punctuation
		return r
	case 0xFF01 <= r && r <= 0xFF5E: // full-width ASCII
		r -= 0xFF01 - '!'
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case 0xFF5F <= r && r <= 0xFFEE:
		if w := halfFull[r-hf]; w != 0 {
			return w
		}
		return r
	case unicode.IsSpace(r):
		return -1
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x00AD:
		// Zero-width space, non-joiner, joiner, word joiner, byte order
		// mark and soft hyphen: invisible, so a reader cannot type them.
		return -1
	}
	return unicode.ToLower(unicode.ToUpper(r))
}

// halfFull maps U+FF5F…U+FFEE, the rest of the Halfwidth and Fullwidth
// Forms block, to the ordinary characters; 0 where nothing is folded
// (half-width katakana and hangul). An array of constants, so that it
// costs nothing at start.
var halfFull = [0xFFEE - hf + 1]rune{
	0xFF5F - hf: 0x2985, 0xFF60 - hf: 0x2986, // ｟｠
	0xFF61 - hf: 0x3002, 0xFF62 - hf: 0x300C, 0xFF63 - hf: 0x300D, 0xFF64 - hf: 0x3001, // ｡｢｣､
	0xFFE0 - hf: 0x00A2, 0xFFE1 - hf: 0x00A3, 0xFFE2 - hf: 0x00AC, 0xFFE3 - hf: 0x00AF, // ￠￡￢￣
	0xFFE4 - hf: 0x00A6, 0xFFE5 - hf: 0x00A5, 0xFFE6 - hf: 0x20A9, // ￤￥￦
	0xFFE8 - hf: 0x2502, 0xFFE9 - hf: 0x2190, 0xFFEA - hf: 0x2191, 0xFFEB - hf: 0x2192, // ￨￩￪￫
	0xFFEC - hf: 0x2193, 0xFFED - hf: 0x25A0, 0xFFEE - hf: 0x25CB, // ￬￭￮
}

// hf is the first code point of halfFull.
const hf = 0xFF5F

// firstChange returns the offset of the first byte of s that folding
// changes, or len(s).
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' || asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || foldRune(r) != r { // size 1: not UTF-8
			return i
		}
		i += size
	}
	return len(s)
}

// foldInto writes s folded to b, copying the unchanged runs in one piece.
func foldInto(b *strings.Builder, s string) {
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !('A' <= c && c <= 'Z' || asciiSpace[c]) {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		f := foldRune(r)
		if f == r && (size > 1 || c < utf8.RuneSelf) {
			i += size
			continue
		}
		b.WriteString(s[run:i])
		if f >= 0 {
			b.WriteRune(f) // utf8.RuneError for a byte that is not UTF-8
		}
		i += size
		run = i
	}
	b.WriteString(s[run:])
}

// foldedLen returns how many bytes the character at s[i:] takes once
// folded (0 when folding drops it), and how many it takes in s.
func foldedLen(s string, i int) (folded, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 0, 1
		}
		return 1, 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	f := foldRune(r)
	if f < 0 {
		return 0, size
	}
	return utf8.RuneLen(f), size
}

// Matches exists for the reader's highlighting and its n/N stepping, which
// work on the original text: the ranges are byte offsets into s, each from
// the first to the last character of a match (so 张 征 for 张征 is one
// range that includes the space). Matches do not overlap: after a match
// the search goes on behind it, as a reader steps through them. The result
// is nil when there is no match or query folds to "".
//
// A query of Latin letters alone also matches Han characters by their
// pinyin, as Filter does (see pinyin.go): Matches("市长李明俊出席", "lmj")
// is the range of 李明俊, [[6 15]]. Those ranges come in order among the
// literal ones; they never overlap, as a literal match of such a query is
// Latin letters and a pinyin match Han characters. So the reader calls
// Matches(text, query) for each title and paragraph, as for any query,
// and highlights and steps through what it returns.
func Matches(s, query string) [][2]int {
	fq := Fold(query)
	if fq == "" || s == "" {
		return nil
	}
	lit := matchesFolded(s, fq)
	if !isPinyin(fq) {
		return lit
	}
	py := matchesPinyin(s, fq)
	if len(py) == 0 {
		return lit
	}
	if len(lit) == 0 {
		return py
	}
	out := make([][2]int, 0, len(lit)+len(py))
	for len(lit) > 0 && len(py) > 0 {
		if lit[0][0] < py[0][0] {
			out, lit = append(out, lit[0]), lit[1:]
		} else {
			out, py = append(out, py[0]), py[1:]
		}
	}
	return append(append(out, lit...), py...)
}

// matchesFolded is Matches without pinyin, for a folded query fq.
func matchesFolded(s, fq string) [][2]int {
	fs := s
	changed := firstChange(s) // s[:changed] folds to itself
	if changed < len(s) {
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:changed])
		foldInto(&b, s[changed:])
		fs = b.String()
	}
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(fs[i:], fq)
		if j < 0 {
			break
		}
		out = append(out, [2]int{i + j, i + j + len(fq)})
		i += j + len(fq)
	}
	// Convert the folded offsets to offsets in s, in place, walking s and
	// the folded text side by side from where they differ. The folded
	// offsets fall on character boundaries (both strings are valid UTF-8),
	// so each is reached exactly.
	k := 0
	for k < len(out) && out[k][1] <= changed {
		k++ // in the unchanged prefix: already right
	}
	start := 0
	if k < len(out) && out[k][0] < changed {
		start = out[k][0]
	}
	for i, fo := changed, changed; i < len(s) && k < len(out); {
		n, size := foldedLen(s, i)
		if n == 0 {
			i += size
			continue
		}
		if fo == out[k][0] {
			start = i
		}
		fo += n
		if fo == out[k][1] {
			out[k] = [2]int{start, i + size}
			k++
		}
		i += size
	}
	return out
}
