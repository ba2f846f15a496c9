package archive

import (
	"cmp"
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/ui/search"
)

// The archive finds text in two steps: its lists (postings.go) give the
// entries that can have the query, and the folded text tells which do
// (as search.Fold folds it for the reader's filter). Chinese has no
// spaces and SQLite's trigram tokenizer needs three characters (the
// reports are full of two-character names), so the archive cuts the
// folded text itself: each entry is in the lists of its characters and
// of its pairs of neighbouring letters or digits (李明俊 gives 李, 明, 俊,
// 李明, 明俊; see wordAt).
// A query of one character looks that up; a longer one, the AND of its
// pairs (李明俊 needs 李明 and 明俊), which only entries that have the pairs
// somewhere pass, and few that do not have the query itself. The lists
// hold no positions, which keeps them small, and a query never needs the
// long list of a common character unless it is one.
//
// A token is its UTF-8 bytes packed in a uint64 (an ASCII character that
// is not a letter or digit as x and two hex digits, , as x2c, as when
// the tokens were FTS5's words). Pairs do not run from one paragraph into
// the next, as the filter's matches do not.

// appendChar appends the token of the folded character at f[i:] and
// returns the bytes it took.
func appendChar(dst []byte, f string, i int) ([]byte, int) {
	c := f[i]
	if c >= utf8.RuneSelf {
		_, size := utf8.DecodeRuneInString(f[i:])
		return append(dst, f[i:i+size]...), size
	}
	if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
		return append(dst, c), 1
	}
	const hex = "0123456789abcdef"
	return append(dst, 'x', hex[c>>4], hex[c&15]), 1
}

// gramSet marks the tokens an entry has written already, each packed
// into a uint64 (a pair is at most eight bytes): the index would keep
// each once per entry anyway, but a repeat costs it far more than a map.
type gramSet map[uint64]struct{}

func pack(t []byte) uint64 {
	var n uint64
	for _, c := range t {
		n = n<<8 | uint64(c)
	}
	return n
}

// wordAt reports whether the folded character at f[i:] is a letter or a
// digit. Only pairs of two such are tokens: a pair with punctuation in it
// (，李 or 。2) was one in six of the pairs, and a query of punctuation is
// rare, so such a query looks up the characters alone instead.
func wordAt(f string, i int) bool {
	c := f[i]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(f[i:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}

// appendGrams appends the tokens of the characters and the pairs of
// letters or digits of the folded f that seen has not had. A token is
// its bytes packed into a uint64 (see gramSet), with the high bit set for
// a pair.
func appendGrams(toks []uint64, f string, seen gramSet) []uint64 {
	var prev, cur [4]byte // a token is a UTF-8 character or x and two hex digits
	np := 0
	for i := 0; i < len(f); {
		t, size := appendChar(cur[:0], f, i)
		if k := pack(t); !has(seen, k) {
			toks = append(toks, k)
		}
		if !wordAt(f, i) {
			np = 0 // no pair ends or begins here
			i += size
			continue
		}
		if np > 0 {
			if k := pairKey(prev[:np], t); !has(seen, k) {
				toks = append(toks, k)
			}
		}
		np = copy(prev[:], t)
		i += size
	}
	return toks
}

// pairKey is the token of the pair of characters a, b. It holds both: a
// shift by the second one's length keeps pairs of different lengths
// apart (UTF-8 reads one way only), and a high bit keeps pairs apart from
// single characters.
func pairKey(a, b []byte) uint64 { return 1<<63 | pack(a)<<(8*len(b)) | pack(b) }

// has reports whether seen has k, and adds it.
func has(seen gramSet, k uint64) bool {
	if _, ok := seen[k]; ok {
		return true
	}
	seen[k] = struct{}{}
	return false
}

// gramTerms are the tokens an entry must all have to hold the folded
// query fq, nil when fq is "": its pairs that are tokens, and its
// characters that are in none of them.
func gramTerms(fq string) []uint64 {
	var chars [][]byte // the tokens of fq's characters
	var word []bool    // whether each is a letter or digit
	for i := 0; i < len(fq); {
		t, size := appendChar(nil, fq, i)
		chars = append(chars, t)
		word = append(word, wordAt(fq, i))
		i += size
	}
	var toks []uint64
	paired := make([]bool, len(chars))
	for i := 1; i < len(chars); i++ {
		if word[i-1] && word[i] {
			toks = append(toks, pairKey(chars[i-1], chars[i]))
			paired[i-1], paired[i] = true, true
		}
	}
	for i, c := range chars {
		if !paired[i] {
			toks = append(toks, pack(c))
		}
	}
	slices.Sort(toks)
	return slices.Compact(toks)
}

// Pinyin is found in two steps: the index gives the entries that can
// match, and search.HasPinyin, the reader's own matcher, tells which do.
// For the first step each entry keeps, as tokens:
//   - its runs of three initials: 李明俊出席 has the runs l-m-j, m-j-c,
//     j-c-x, c-x and x, written lmj, mjc, jcx, cx0, x00 (0 pads a run
//     that ends early);
//   - the syllables of each two neighbouring characters: 李明 is li·ming,
//     written 1li0ming.
//
// A character with several readings gives a token for each (长 is chang
// and zhang). A query's possible cuts (search.PinyinCuts) then become an
// AND of what they must have: li·ming·jun needs lmj, 1li0ming and the
// syllable pairs of ming with each syllable that begins with jun (the
// reader may still be typing it); l·m needs a run that begins with lm,
// which the run's prefixes tell: each run of a title also gives the
// tokens of its first initial and of its first two (lmj gives l* and
// lm*), as FTS5's prefix indexes did, so that a query of one or two
// letters reads one list of titles rather than those of every run they
// begin. (In the text they would add a fifth to the lists, for queries
// that the titles nearly always answer.) The pairs are what makes full pinyin quick: its
// initials alone (wangming is w·m, and also wa·n·g·ming and more) let
// through tens of thousands of entries that the matcher then turns down.

// maxRuns bounds the run tokens of one run of characters: a run of
// characters each with several initials multiplies them. A character has
// at most seven initials, so that every way is written: a run token that
// the text has is one the index has, which pinyinMatch relies on.
const maxRuns = 7 * 7 * 7

// maxTerms is the most terms a way to cut a query asks (see pinyinMatch).
const maxTerms = 3

// maxSyllables bounds the syllables a pair of pieces of a query can
// stand for, above which the pair is left to the initials: a piece of
// one letter is some twenty syllables, two of them four hundred.
const maxSyllables = 40

// fewDocs is how many entries a term may let through for a cut to ask it
// alone: reading and checking them costs less than another list.
const fewDocs = 100

// The pinyin tokens are numbered: the runs (27³, three letters or 0s),
// then the pairs of syllables (numbered below 512 each), then the runs'
// prefixes of two initials (27², by a run's number over 27) and of one
// (27).
const (
	runCount   = 27 * 27 * 27
	prefixBase = runCount + 512*512
	tokenCount = prefixBase + 27*27 + 27
)

func pairNumber(a, c uint16) int { return runCount + int(a)*512 + int(c) }

// prefixNumbers are the tokens of the prefixes of run n: of its first
// two initials, when it has two, and of its first.
func prefixNumbers(n int) (two, one int) {
	two = -1
	if n/27%27 != 0 {
		two = prefixBase + n/27
	}
	return two, prefixBase + 27*27 + n/(27*27)
}

// runSet marks the tokens an entry has written already.
type runSet struct {
	bits [tokenCount/64 + 1]uint64
	toks []uint32 // the tokens marked, in order
	// prefixes has each run marked with its prefixes too.
	prefixes bool
}

// add marks token n and tells whether it is new.
func (rs *runSet) add(n int) bool {
	if rs.bits[n/64]&(1<<(n%64)) != 0 {
		return false
	}
	rs.bits[n/64] |= 1 << (n % 64)
	rs.toks = append(rs.toks, uint32(n))
	return true
}

func runNumber(tok [3]byte) int {
	n := 0
	for _, c := range tok {
		d := 0
		if c != '0' {
			d = int(c-'a') + 1
		}
		n = n*27 + d
	}
	return n
}

func (rs *runSet) reset() {
	for _, n := range rs.toks {
		rs.bits[n/64] = 0
	}
	rs.toks = rs.toks[:0]
}

// addInitials adds the pinyin tokens of s to rs.
func addInitials(s string, rs *runSet) {
	f := search.Fold(s)
	var sets []uint32 // the initials of the Han characters of the current run
	var prev []uint16 // the readings of the character before, in the run
	emit := func(tok [3]byte) {
		n := runNumber(tok)
		if rs.add(n) && rs.prefixes {
			two, one := prefixNumbers(n)
			if two >= 0 {
				rs.add(two)
			}
			rs.add(one)
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
		sets, prev = sets[:0], nil
	}
	for i := 0; i < len(f); {
		if f[i] < utf8.RuneSelf {
			flush()
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		i += size
		ys := search.PinyinReadings(r)
		if len(ys) == 0 {
			flush()
			continue
		}
		sets = append(sets, search.PinyinLetters(r))
		for _, a := range prev {
			for _, c := range ys {
				rs.add(pairNumber(a, c))
			}
		}
		prev = ys
	}
	flush()
}

// initialPieces is how many of a query's first pieces the candidates
// are looked up by: six make four runs of three (lmjxyz needs lmj, mjx,
// jxy and xyz), which few entries have by chance. Four and six measured
// alike on 1,000 issues; more would multiply the ways a long query can
// be cut.
const initialPieces = 6

// tokenDocs counts, for each pinyin token by its number, the entries
// whose row of py has it (a row of pyt has some of its entry's row of py,
// never more). The pinyin file keeps the counts (pyfile.go), up to date
// with each batch, so that a query knows for the price of reading them
// which of the tokens it could ask the index has, and how many entries
// each would let through. nil counts every token as in one entry.
type tokenDocs []uint32

func newTokenDocs() tokenDocs { return make(tokenDocs, tokenCount) }

// docs is the count of token n.
func (td tokenDocs) docs(n int) uint32 {
	if td == nil {
		return 1
	}
	return td[n]
}

// add counts the tokens of an entry written (delta 1) or deleted (-1).
func (td tokenDocs) add(toks []uint32, delta int) {
	for _, n := range toks {
		if delta < 0 && td[n] == 0 {
			continue // not counted: the counts stay upper bounds
		}
		td[n] = uint32(int(td[n]) + delta)
	}
}

// encode writes the counts that are not 0 as the step from the number of
// the one before and the count, each a uvarint: 28,000 tokens in 1,000
// issues, some 100 kB.
func (td tokenDocs) encode() []byte {
	out := []byte{} // not nil, which the driver writes as NULL
	last := 0
	for n, c := range td {
		if c != 0 {
			out = binary.AppendUvarint(out, uint64(n-last))
			out = binary.AppendUvarint(out, uint64(c))
			last = n
		}
	}
	return out
}

// decodeTokenDocs reads what encode wrote.
func decodeTokenDocs(b []byte) (tokenDocs, error) {
	td := newTokenDocs()
	n := 0
	for len(b) > 0 {
		step, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, errors.New("bad token counts")
		}
		b = b[k:]
		c, k := binary.Uvarint(b)
		if k <= 0 || step > uint64(tokenCount-n) || n+int(step) >= tokenCount {
			return nil, errors.New("bad token counts")
		}
		b = b[k:]
		n += int(step)
		td[n] = uint32(c)
	}
	return td, nil
}

// pinyinMatch is what the candidates of a pinyin query have: any of the
// branches, each a list of terms that a candidate has all of, each term
// tokens by number that it has one of. It is nil when query is not
// pinyin or cannot match: none of its ways to cut it has all the tokens
// it needs in the index (td).
func pinyinMatch(query string, td tokenDocs) [][][]int64 {
	all := map[string][]int64{}                     // the terms asked, by their expr
	pairs := map[[2]search.PinyinPiece]pinyinTerm{} // the cuts share most of their pairs
	var branches [][]string
	for _, cut := range search.PinyinCuts(query, initialPieces) {
		// What the cut's characters must have: the syllables of each
		// two neighbours that the pieces can say (li·ming is 1li0ming,
		// li·m any syllable in m after li), and the runs of initials.
		// A term that no entry has rules the cut out; of the others, the
		// three that fewest entries have are asked (or the one, when it
		// has few). Each more is another list to read, and three
		// find few entries by chance when they are the rarest, where the
		// first ones of a cut share a place in the text far more often
		// than not: chenxiang cut c·he·n·xia·n·g asked he·n, chn and
		// hnx, which every issue's 公司河南省 has (司 is also ci), where
		// n·xia, xia·n and the runs after them are nowhere.
		var terms []pinyinTerm
		dead := false
		for i := 0; i+1 < len(cut) && !dead; i++ {
			k := [2]search.PinyinPiece{cut[i], cut[i+1]}
			t, ok := pairs[k]
			if !ok {
				t = pairTerm(cut[i], cut[i+1], td)
				pairs[k] = t
			}
			switch {
			case t.docs == 0:
				dead = true
			case t.ways <= maxSyllables:
				terms = append(terms, t)
			}
		}
		initials := make([]byte, len(cut))
		for i, p := range cut {
			initials[i] = p.Letters[0]
		}
		for i := 0; i+3 <= len(cut) && !dead; i++ {
			n := runNumber([3]byte(initials[i : i+3]))
			d := td.docs(n)
			dead = d == 0
			terms = append(terms, pinyinTerm{toks: []int{n}, docs: uint64(d), ways: 1})
		}
		if dead {
			continue
		}
		slices.SortStableFunc(terms, func(a, b pinyinTerm) int {
			return cmp.Or(cmp.Compare(a.docs, b.docs), cmp.Compare(len(a.toks), len(b.toks)))
		})
		var ands []string
		for i, t := range terms[:min(maxTerms, len(terms))] {
			if i > 0 && terms[0].docs <= fewDocs {
				break
			}
			k := t.expr()
			ands = append(ands, k)
			if _, ok := all[k]; !ok {
				all[k] = t.numbers()
			}
		}
		if len(ands) == 0 {
			// One or two pieces: any run that begins with their initials.
			k := string(initials) + "*"
			ands = []string{k}
			all[k] = prefixRuns(initials)
		}
		slices.Sort(ands)
		branches = append(branches, slices.Compact(ands))
	}
	// A branch that asks all another asks and more finds nothing more:
	// leaving it out keeps the query short (a long query can be cut in a
	// hundred ways).
	var ors [][][]int64
	for i, b := range branches {
		subsumed := false
		for j, a := range branches {
			if j != i && len(a) <= len(b) && (len(a) < len(b) || j < i) && subset(a, b) {
				subsumed = true
				break
			}
		}
		if !subsumed {
			and := make([][]int64, len(b))
			for k, x := range b {
				and[k] = all[x]
			}
			ors = append(ors, and)
		}
	}
	return ors
}

// textTerms is branches (as pinyinMatch gives them) for the lists of
// the text, which have no prefixes: a prefix asks its runs instead.
func textTerms(branches [][][]int64) [][][]int64 {
	out := make([][][]int64, len(branches))
	for i, b := range branches {
		out[i] = make([][]int64, len(b))
		for k, t := range b {
			out[i][k] = t
			if len(t) != 1 || t[0] < prefixBase {
				continue
			}
			lo, n := int64(0), int64(0)
			if p := t[0] - prefixBase; p >= 27*27 {
				lo, n = (p-27*27)*27*27, 27*27
			} else {
				lo, n = p*27, 27
			}
			runs := make([]int64, n)
			for j := range runs {
				runs[j] = lo + int64(j)
			}
			out[i][k] = runs
		}
	}
	return out
}

// prefixRuns is the token of the runs that begin with the one or two
// initials.
func prefixRuns(initials []byte) []int64 {
	if len(initials) == 0 || len(initials) > 2 {
		return nil
	}
	tok := [3]byte{'0', '0', '0'}
	copy(tok[:], initials)
	two, one := prefixNumbers(runNumber(tok))
	if len(initials) == 2 {
		return []int64{int64(two)}
	}
	return []int64{int64(one)}
}

// subset tells whether the sorted a is a subset of the sorted b.
func subset(a, b []string) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

// A pinyinTerm is what a cut asks of its characters: one of its tokens
// (by number), those of them the index has, and how many entries have
// them (a sum, which counts twice an entry with two).
type pinyinTerm struct {
	toks []int
	docs uint64
	ways int // the tokens it could be, had the index them all
}

// pairTerm is the term of the syllable pairs that two neighbouring
// pieces can stand for.
func pairTerm(a, c search.PinyinPiece, td tokenDocs) pinyinTerm {
	sa, sc := syllables(a), syllables(c)
	t := pinyinTerm{ways: len(sa) * len(sc)}
	for _, x := range sa {
		for _, y := range sc {
			n := pairNumber(x, y)
			if d := td.docs(n); d > 0 {
				t.toks = append(t.toks, n)
				t.docs += uint64(d)
			}
		}
	}
	return t
}

// numbers are the term's tokens.
func (t pinyinTerm) numbers() []int64 {
	out := make([]int64, len(t.toks))
	for i, n := range t.toks {
		out[i] = int64(n)
	}
	return out
}

// expr spells the term as an FTS5 expression would, which names it.
func (t pinyinTerm) expr() string {
	words := make([]string, len(t.toks))
	for i, n := range t.toks {
		words[i] = tokenWord(n)
	}
	if len(words) == 1 {
		return words[0]
	}
	return "(" + strings.Join(words, " OR ") + ")"
}

// tokenWord spells token n as the index has it.
func tokenWord(n int) string {
	if n < runCount {
		var tok [3]byte
		for i := 2; i >= 0; i-- {
			tok[i] = '0'
			if d := n % 27; d > 0 {
				tok[i] = byte('a' + d - 1)
			}
			n /= 27
		}
		return string(tok[:])
	}
	if n >= prefixBase {
		if n -= prefixBase; n >= 27*27 {
			return strings.TrimRight(tokenWord((n-27*27)*27*27), "0") + "*"
		}
		return strings.TrimRight(tokenWord(n*27), "0") + "*"
	}
	n -= runCount
	return "1" + search.PinyinSyllable(uint16(n/512)) + "0" + search.PinyinSyllable(uint16(n%512))
}

// syllables are the numbers of those a piece can stand for.
func syllables(p search.PinyinPiece) []uint16 {
	ys := search.PinyinSyllableNumbers(p.Letters)
	if p.Whole {
		ys = slices.DeleteFunc(ys, func(y uint16) bool { return search.PinyinSyllable(y) != p.Letters })
	}
	return ys
}
