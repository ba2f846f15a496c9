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
// The tables use FTS5's ascii tokenizer, which splits at ASCII spaces and
// punctuation and takes every other byte as part of a token: the
// quickest there is, and what the characters written with a space after
// each need. An ASCII character that is not a letter or digit is written
// as x and its code in hex (, is x2c): a token of several letters, which
// no other character's token can equal, so that a query with punctuation
// still matches only the same punctuation. A paragraph ends with the
// token "xa" (a line break, which folding drops from every query), so
// that no phrase runs from one paragraph into the next.

// breakToken ends a title or a paragraph.
const breakToken = "xa"

// writeLiteral writes the folded s as tokens, a space after each.
func writeLiteral(b *strings.Builder, s string) {
	f := search.Fold(s)
	for i := 0; i < len(f); {
		c := f[i]
		if c >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(f[i:])
			b.WriteString(f[i : i+size])
			b.WriteByte(' ')
			i += size
			continue
		}
		writeASCII(b, c)
		b.WriteByte(' ')
		i++
	}
}

func writeASCII(b *strings.Builder, c byte) {
	if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
		b.WriteByte(c)
		return
	}
	b.WriteByte('x')
	b.WriteString(strconv.FormatInt(int64(c), 16))
}

// literalPhrase is the FTS5 phrase that finds query, or "" when query
// folds to nothing.
func literalPhrase(query string) string {
	var b strings.Builder
	writeLiteral(&b, query)
	if b.Len() == 0 {
		return ""
	}
	// A token never holds a double quote: " is written x22.
	return `"` + strings.TrimSuffix(b.String(), " ") + `"`
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

// runSet marks the run tokens an entry has written already: each is
// three letters or 0s, 27³ of them.
type runSet struct {
	bits    [27*27*27/64 + 1]uint64
	touched []uint16
}

func (rs *runSet) add(tok [3]byte) bool {
	n := 0
	for _, c := range tok {
		d := 0
		if c != '0' {
			d = int(c-'a') + 1
		}
		n = n*27 + d
	}
	if rs.bits[n/64]&(1<<(n%64)) != 0 {
		return false
	}
	rs.bits[n/64] |= 1 << (n % 64)
	rs.touched = append(rs.touched, uint16(n/64))
	return true
}

func (rs *runSet) reset() {
	for _, w := range rs.touched {
		rs.bits[w] = 0
	}
	rs.touched = rs.touched[:0]
}

// writeInitials writes the initial runs of the folded s that rs has not
// had yet.
func writeInitials(b *strings.Builder, s string, rs *runSet) {
	f := search.Fold(s)
	var sets []uint32 // the initials of the Han characters of the current run
	emit := func(tok [3]byte) {
		if rs.add(tok) {
			b.Write(tok[:])
			b.WriteByte(' ')
		}
	}
	flush := func() {
		for i := range sets {
			end := min(i+3, len(sets))
			single := true
			for _, m := range sets[i:end] {
				single = single && m&(m-1) == 0
			}
			tok := [3]byte{'0', '0', '0'}
			if single {
				for j, m := range sets[i:end] {
					tok[j] = byte('a' + bits.TrailingZeros32(m))
				}
				emit(tok)
				continue
			}
			// Characters of several initials: a token for each way,
			// at most maxRuns.
			n := 0
			var walk func(j int)
			walk = func(j int) {
				if n == maxRuns {
					return
				}
				if i+j == end {
					n++
					emit(tok)
					return
				}
				for m := sets[i+j]; m != 0; m &= m - 1 {
					tok[j] = byte('a' + bits.TrailingZeros32(m))
					walk(j + 1)
				}
			}
			walk(0)
		}
		sets = sets[:0]
	}
	for i := 0; i < len(f); {
		if f[i] < utf8.RuneSelf {
			flush()
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		i += size
		if m := search.PinyinLetters(r); m != 0 {
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
const initialPieces = 6

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
