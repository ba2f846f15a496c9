package archive

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/ui/search"
)

// The archive finds text with SQLite's FTS5, which cuts text into tokens
// and finds runs of tokens. Chinese has no spaces, so the archive cuts
// it itself, one token per character of the folded text, and a query
// becomes the phrase of its characters: a phrase matches consecutive
// tokens, so a query of any length, one character or ten, matches where
// the folded text has it, as the reader's filter does (FTS5's trigram
// tokenizer needs three characters and misses the two-character names the
// reports are full of).
//
// FTS5's unicode61 tokenizer splits on what it takes for punctuation, so
// each character that is not an ASCII letter or digit or a Han character
// is written as x and its code in hex (。is x3002): a token of several
// letters, which no other character's token can equal, so that a query
// with punctuation still matches only the same punctuation. A paragraph
// ends with the token "xa" (a line break, which folding drops from every
// query), so that no phrase runs from one paragraph into the next.

// breakToken ends a title or a paragraph.
const breakToken = "xa"

// writeLiteral writes the folded s as tokens, a space after each.
func writeLiteral(b *strings.Builder, s string) {
	f := search.Fold(s)
	for _, r := range f {
		writeRune(b, r)
		b.WriteByte(' ')
	}
}

func writeRune(b *strings.Builder, r rune) {
	switch {
	case 'a' <= r && r <= 'z', '0' <= r && r <= '9', isHan(r):
		b.WriteRune(r)
	default:
		b.WriteByte('x')
		b.WriteString(strconv.FormatInt(int64(r), 16))
	}
}

// isHan covers the CJK Unified Ideographs and their extensions, which
// unicode61 keeps as letters.
func isHan(r rune) bool {
	return 0x3400 <= r && r <= 0x4DBF || 0x4E00 <= r && r <= 0x9FFF || 0x20000 <= r && r <= 0x3FFFF
}

// literalPhrase is the FTS5 phrase that finds query, or "" when query
// folds to nothing.
func literalPhrase(query string) string {
	f := search.Fold(query)
	if f == "" {
		return ""
	}
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range f {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeRune(&b, r)
	}
	b.WriteByte('"')
	return b.String()
}

// Pinyin is found in two steps: the index gives the entries that can
// match, and search.Matches, the reader's own matcher, tells which do.
// For the first step each entry keeps the set of its runs of three
// initials: 李明俊出席 has the runs l-m-j, m-j-c, j-c-x, c-x and x, written
// as the tokens lmj, mjc, jcx, cx0, x00 (0 pads a run that ends early). A
// character with readings of several initials (长 is chang and zhang) gives
// a run for each. A query's possible initials (search.PinyinInitials)
// then become an AND of the runs they must contain: l-m-j-x needs lmj and
// mjx; l-m needs a token that begins with lm (a prefix query, lm*).

// maxRuns bounds the run tokens of one run of characters: a run of
// characters each with several initials could multiply them.
const maxRuns = 8

// writeInitials writes the distinct initial runs of the folded s.
func writeInitials(b *strings.Builder, s string, seen map[string]bool) {
	f := search.Fold(s)
	var sets []uint32 // the initials of the Han characters of the current run
	flush := func() {
		for i := range sets {
			n := 0
			var walk func(j int, tok []byte)
			walk = func(j int, tok []byte) {
				if n == maxRuns {
					return
				}
				if len(tok) == 3 || i+len(tok) == len(sets) {
					for len(tok) < 3 {
						tok = append(tok, '0')
					}
					n++
					if t := string(tok); !seen[t] {
						seen[t] = true
						b.WriteString(t)
						b.WriteByte(' ')
					}
					return
				}
				for m := sets[j]; m != 0; m &= m - 1 {
					walk(j+1, append(tok, byte('a'+bits.TrailingZeros32(m))))
				}
			}
			walk(i, make([]byte, 0, 3))
		}
		sets = sets[:0]
	}
	for i := 0; i < len(f); {
		r, size := utf8.DecodeRuneInString(f[i:])
		i += size
		if m := search.PinyinLetters(r); m != 0 && r >= utf8.RuneSelf {
			sets = append(sets, m)
			continue
		}
		flush()
	}
	flush()
}

// initialPieces is how many of a query's first letters the candidates
// are looked up by: four make two runs of three (lmjx needs lmj and mjx),
// which few entries have by chance; more would multiply the ways a long
// query can be cut.
const initialPieces = 4

// pinyinMatch is the FTS5 expression that finds the candidates of a
// pinyin query, or "" when query is not pinyin or cannot match.
func pinyinMatch(query string) string {
	var ors []string
	for _, s := range search.PinyinInitials(query, initialPieces) {
		var ands []string
		if len(s) < 3 {
			ands = append(ands, s+"*")
		}
		for i := 0; i+3 <= len(s); i++ {
			ands = append(ands, s[i:i+3])
		}
		ors = append(ors, "("+strings.Join(ands, " AND ")+")")
	}
	return strings.Join(ors, " OR ")
}
