package search

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Pinyin matching is for readers without a Chinese input method: a query
// made only of Latin letters (once folded: spaces dropped, case and width
// ignored, so "Li Ming Jun" is limingjun) also finds Han text by its
// reading. Such a query matches a run of consecutive Han characters
// (ignoring what folding drops, as for any query) when it splits into one
// piece per character, each piece being
//   - the character's whole syllable, without tone (li, ming, jun),
//   - its first letter (l, m, j), or zh/ch/sh for those initials,
//   - and for the last character only, any beginning of its syllable (ju,
//     jun), since the reader is still typing it.
//
// The pieces may be mixed freely: limingjun, lmj, limj and lmjun all
// find 李明俊. A character with several readings matches by any of them
// (长 is chang and zhang, 行 is xing, hang and heng), and ü may be typed v
// or u (绿 is lv and lu). Characters without a reading, and everything
// else, end a run. Because the last piece may be any beginning of a
// syllable, whatever a query matches, each of its prefixes matches too;
// a Filterer relies on that, as it does for the substring search.
//
// The readings are go-pinyin's dictionary (its Heteronym mode, Normal
// style), written ahead of time into pinyin_table.go by go generate (see
// internal/genpinyin), so that the program does not import go-pinyin:
// its dictionary is a map that every command would build at start. See
// TestPinyinTable, which checks the table against pinyin.SinglePinyin for
// every character.

// maxPinyin is the length of the longest query that is matched as pinyin:
// a position in the query is a bit of a uint64. 64 letters are more than
// ten characters, far longer than a name.
const maxPinyin = 64

// isPinyin tells whether the folded query fq is also matched as pinyin.
func isPinyin(fq string) bool {
	if fq == "" || len(fq) > maxPinyin {
		return false
	}
	for i := 0; i < len(fq); i++ {
		if fq[i] < 'a' || 'z' < fq[i] {
			return false
		}
	}
	return true
}

//go:generate go run ./internal/genpinyin

// pyTable is go-pinyin's dictionary as this package reads it, decoded
// from pinyin_table.go (see internal/genpinyin) on first use. Sets of
// readings are numbered: 0 is no reading at all.
type pyTable struct {
	syl      []string        // toneless syllables, ASCII a-z
	byLetter [26][]uint16    // indexes into syl, by first letter
	sets     [][]uint16      // set → indexes into syl
	letters  []uint32        // set → first letters of its syllables, a bit per letter
	dense    []uint16        // set of rune denseLo+i
	sparse   map[rune]uint16 // set of the runes outside dense that have one
}

// dense covers 〇, CJK Extension A and the Unified Ideographs; the rest of
// the dictionary (Extension B and beyond, compatibility ideographs) is rare.
const denseLo, denseHi = 0x3000, 0xA000

func (t *pyTable) set(r rune) uint16 {
	if r < denseLo {
		return 0
	}
	if r < denseHi {
		return t.dense[r-denseLo]
	}
	if r < 0xE000 || 0xFB00 <= r && r < 0x20000 {
		return 0 // not in the dictionary: no map lookup for full-width ，
	}
	return t.sparse[r] // a map, not a search, so that set is inlined
}

var (
	pyOnce sync.Once
	pyTab  *pyTable
)

// table returns the process's one pyTable, built on first use (New builds
// it, so a reader never waits for it at a keystroke).
func table() *pyTable {
	pyOnce.Do(func() { pyTab = buildTable() })
	return pyTab
}

// buildTable decodes the constants of pinyin_table.go, which
// internal/genpinyin writes from go-pinyin's dictionary: the program
// carries the table as string constants, which cost nothing at start,
// where go-pinyin's map is built by every command that imports it.
func buildTable() *pyTable {
	t := &pyTable{
		syl:     strings.Split(pySyllables, " "),
		sets:    make([][]uint16, 1+pySetCount),
		letters: make([]uint32, 1+pySetCount),
		dense:   make([]uint16, denseHi-denseLo),
		sparse:  make(map[rune]uint16, pySparseCount),
	}
	for y, s := range t.syl {
		t.byLetter[s[0]-'a'] = append(t.byLetter[s[0]-'a'], uint16(y))
	}
	elems := make([]uint16, pySetElems)
	d := pyDecoder{s: pySets}
	for g := 1; g <= pySetCount; g++ {
		n := d.next()
		ys := elems[:n:n]
		elems = elems[n:]
		var mask uint32
		for i := range ys {
			ys[i] = uint16(d.next())
			mask |= 1 << (t.syl[ys[i]][0] - 'a')
		}
		t.sets[g], t.letters[g] = ys, mask
	}
	d = pyDecoder{s: pyReadings}
	for r := rune(0); !d.done(); r++ {
		g := d.next()
		if g == 0 {
			r += rune(d.next()) - 1 // characters without a reading
			continue
		}
		if denseLo <= r && r < denseHi {
			t.dense[r-denseLo] = uint16(g)
		} else {
			t.sparse[r] = uint16(g)
		}
	}
	return t
}

// pyDecoder reads the numbers of a constant of pinyin_table.go: base 32,
// the last digit of each number in '_'…'~', the others in '#'…'B'.
type pyDecoder struct {
	s string
	i int
}

func (d *pyDecoder) done() bool { return d.i == len(d.s) }

func (d *pyDecoder) next() int {
	n := 0
	for {
		c := d.s[d.i]
		d.i++
		if c >= '_' {
			return n<<5 | int(c-'_')
		}
		n = n<<5 | int(c-'#')
	}
}

// accepts tells whether a character read s can end a match of q whose
// first k letters the characters before it matched: whether q[k:] begins
// s (the reader may not have typed all of it).
func accepts(s, q string, k int) bool {
	return strings.HasPrefix(s, q[k:])
}

// maxSyllable is the length of the longest syllable (zhuang).
const maxSyllable = 6

// pieces tells which of the pieces of a character read s that a reader
// may type (the syllable, its first letter, zh/ch/sh) q has at position k,
// by their lengths: bit d-1 for a piece of d letters. A piece that would
// reach the end of q is left out: accepts finds those matches.
func pieces(s, q string, k int) uint8 {
	m, rest := len(q), q[k:]
	var out uint8
	if k+1 < m && rest[0] == s[0] {
		out |= 1
	}
	if k+2 < m && len(s) >= 2 && s[1] == 'h' && (s[0] == 'z' || s[0] == 'c' || s[0] == 's') && rest[:2] == s[:2] {
		out |= 2
	}
	if k+len(s) < m && strings.HasPrefix(rest, s) {
		out |= 1 << (len(s) - 1)
	}
	return out
}

// pyIndex is the pinyin side of an Index: the Han characters of Index.all
// as sets of readings, numbered per Index (an issue has some hundreds of
// the dictionary's 5000) so that a query's tables stay small.
type pyIndex struct {
	// py has, for each Han character of all in order, its set of
	// readings (an index into sets), and 0 in place of each run of
	// anything else, including the "\n" after titles and paragraphs. An
	// entry's title is py[pyStart:pyText] and its text py[pyText:pyEnd];
	// both end with a 0, so no match runs from one into the next.
	py []uint16
	// sets[l] is set l as table() numbers it; sets[0] is 0, no reading.
	sets []uint16
}

// buildPinyin fills ix.py and the entries' offsets into it.
func (ix *Index) buildPinyin() {
	t := table()
	local := make([]uint16, len(t.sets)) // table's set → set of ix, 0 for none yet
	ix.sets = []uint16{0}
	py := make([]uint16, 1, len(ix.all)/3+2*len(ix.ents)+1)
	sep := func() {
		if py[len(py)-1] != 0 {
			py = append(py, 0)
		}
	}
	add := func(s string) {
		for i := 0; i < len(s); {
			if s[i] < utf8.RuneSelf {
				sep()
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			g := t.set(r)
			if g == 0 {
				sep()
				continue
			}
			l := local[g]
			if l == 0 {
				l = uint16(len(ix.sets))
				local[g] = l
				ix.sets = append(ix.sets, g)
			}
			py = append(py, l)
		}
	}
	for i := range ix.ents {
		e := &ix.ents[i]
		e.pyStart = int32(len(py))
		add(e.title)
		sep()
		e.pyText = int32(len(py))
		add(e.text)
		sep()
		e.pyEnd = int32(len(py))
	}
	if cap(py)-len(py) > len(py)/8 {
		py = append(make([]uint16, 0, len(py)), py...)
	}
	ix.py = py
}

// pyQuery is a pinyin query compiled against one Index. Matching runs a
// small NFA over the readings, bit-parallel: its state is the set of
// positions in q that the characters just read can have matched up to, a
// bit each, bit 0 always set as a match may start at any character. A
// character moves each position k to k+d for each piece of d letters that
// q has at k, so that the next state is a few masks and shifts of this
// one, without a branch.
type pyQuery struct {
	q    string
	step []pyStep // by set of the Index
	// start[l] is 1 when a character of set l can begin a match: when
	// the state is bit 0 alone, as it mostly is, the others are skipped.
	start []uint8
}

// pyStep is what a character of one set does: step[0] are the positions
// from which it ends a match (accepts), step[d] those from which one of
// its pieces of d letters follows in q.
type pyStep [1 + maxSyllable]uint64

// compile costs some microseconds: only the syllables that begin with a
// letter of q are looked at, and the Index has a few hundred sets.
func (ix *Index) compile(q string) *pyQuery {
	t := table()
	bySyl := make([]pyStep, len(t.syl))
	for k := range len(q) {
		for _, y := range t.byLetter[q[k]-'a'] {
			s := t.syl[y]
			if accepts(s, q, k) {
				bySyl[y][0] |= 1 << k
			}
			for p := pieces(s, q, k); p != 0; p &= p - 1 {
				bySyl[y][1+bits.TrailingZeros8(p)] |= 1 << k
			}
		}
	}
	c := &pyQuery{q: q, step: make([]pyStep, len(ix.sets)), start: make([]uint8, len(ix.sets))}
	for l, g := range ix.sets {
		st := &c.step[l]
		var any uint64
		for _, y := range t.sets[g] {
			for d := range st {
				st[d] |= bySyl[y][d]
				any |= bySyl[y][d]
			}
		}
		c.start[l] = uint8(any & 1)
	}
	return c
}

// find returns the offset in py of the character that ends the first
// match of c, or -1.
func (c *pyQuery) find(py []uint16) int {
	step, start := c.step, c.start
	state := uint64(1)
	for p := 0; p < len(py); p++ {
		if state == 1 {
			for start[py[p]] == 0 {
				if p++; p == len(py) {
					return -1
				}
			}
		}
		st := &step[py[p]]
		if state&st[0] != 0 {
			return p
		}
		state = 1 | (state&st[1])<<1 | (state&st[2])<<2 | (state&st[3])<<3 |
			(state&st[4])<<4 | (state&st[5])<<5 | (state&st[6])<<6
	}
	return -1
}

// matchesPinyin returns the ranges of s whose Han characters match the
// pinyin query q (folded, isPinyin), as Matches does for text: from the
// first to the last character of each match, leftmost first, the
// shortest at each place, not overlapping.
func matchesPinyin(s, q string) [][2]int {
	t := table()
	bit := uint32(1) << (q[0] - 'a')
	var out [][2]int
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if g := t.set(r); t.letters[g]&bit != 0 {
			if end := t.matchAt(s, i, q); end > 0 {
				out = append(out, [2]int{i, end})
				i = end
				continue
			}
		}
		i += size
	}
	return out
}

// matchAt returns the end of the shortest match of q in s that starts
// with the character at s[i:], or -1.
func (t *pyTable) matchAt(s string, i int, q string) int {
	state := uint64(1)
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		g := t.set(r)
		if g == 0 {
			if foldRune(r) < 0 { // dropped by folding, as in the Index
				i += size
				continue
			}
			return -1 // anything else ends the run, U+FFFD included
		}
		var to uint64
		for _, y := range t.sets[g] {
			sy := t.syl[y]
			for b := state; b != 0; b &= b - 1 {
				k := bits.TrailingZeros64(b)
				if accepts(sy, q, k) {
					return i + size
				}
				for p := pieces(sy, q, k); p != 0; p &= p - 1 {
					to |= 1 << (k + 1 + bits.TrailingZeros8(p))
				}
			}
		}
		if to == 0 {
			return -1
		}
		state = to
		i += size
	}
	return -1
}

// PinyinLetters returns the first letters of r's readings, a bit per
// letter (bit 0 is a), or 0 when r has no reading. An index kept outside
// memory (the archive's) stores these to find the candidates of a pinyin
// query, which Matches then checks.
func PinyinLetters(r rune) uint32 {
	t := table()
	return t.letters[t.set(r)]
}

// PinyinReadings returns r's readings, as numbers that PinyinSyllable
// spells; nil when r has none. The slice is the table's: do not change it.
func PinyinReadings(r rune) []uint16 {
	t := table()
	return t.sets[t.set(r)]
}

// PinyinSyllable spells the reading numbered y (toneless, ASCII a-z).
func PinyinSyllable(y uint16) string { return table().syl[y] }

// PinyinSyllableNumbers returns the numbers of the syllables that begin
// with prefix, as PinyinReadings numbers them (PinyinSyllable spells
// them).
func PinyinSyllableNumbers(prefix string) []uint16 {
	if prefix == "" || prefix[0] < 'a' || 'z' < prefix[0] {
		return nil
	}
	t := table()
	var out []uint16
	for _, y := range t.byLetter[prefix[0]-'a'] {
		if strings.HasPrefix(t.syl[y], prefix) {
			out = append(out, y)
		}
	}
	return out
}

// A PinyinPiece is one piece of a way to cut a pinyin query: the letters
// that stand for one character, which are its syllable (Whole), or else
// what the syllable begins with (an initial, zh/ch/sh, or the last piece,
// which the reader may not have finished typing).
type PinyinPiece struct {
	Letters string
	Whole   bool
}

// PinyinCuts returns the ways a pinyin match of query can begin: each way
// of cutting query into pieces, one per character (xian is xian or
// xi·an; limingjun is li·ming·jun, and also l·ming·jun and more, since a
// piece may be an initial alone), cut off after n pieces. It looks at the
// syllables that begin with each letter, not at any text, so the cuts are
// candidates: a run of characters that none of them describes does not
// match, and one that one does may still not. nil when query is not
// pinyin.
func PinyinCuts(query string, n int) [][]PinyinPiece {
	q := Fold(query)
	if !isPinyin(q) || n < 1 {
		return nil
	}
	t := table()
	m := len(q)
	steps := make([]uint8, m) // at k: the piece lengths, a bit each
	ends := make([]bool, m)   // at k: a last piece can start here
	for k := range m {
		for _, y := range t.byLetter[q[k]-'a'] {
			s := t.syl[y]
			if accepts(s, q, k) {
				ends[k] = true
			}
			steps[k] |= pieces(s, q, k)
		}
	}
	// reach[k]: whether the rest of q from k can be cut into pieces.
	reach := make([]bool, m+1)
	for k := m - 1; k >= 0; k-- {
		reach[k] = ends[k]
		for p := steps[k]; p != 0 && !reach[k]; p &= p - 1 {
			reach[k] = reach[k+1+bits.TrailingZeros8(p)]
		}
	}
	var out [][]PinyinPiece
	seen := map[string]bool{}
	emit := func(cut []PinyinPiece) {
		var key strings.Builder
		for _, p := range cut {
			key.WriteString(p.Letters)
			if !p.Whole {
				key.WriteByte('*')
			}
			key.WriteByte(' ')
		}
		if !seen[key.String()] {
			seen[key.String()] = true
			out = append(out, slices.Clone(cut))
		}
	}
	// A piece of two letters or more is a whole syllable, but for zh, ch
	// and sh, which are initials and no syllable.
	whole := func(k, d int) bool {
		return d >= 2 && !(d == 2 && q[k+1] == 'h' && (q[k] == 'z' || q[k] == 'c' || q[k] == 's'))
	}
	var walk func(k int, cut []PinyinPiece)
	walk = func(k int, cut []PinyinPiece) {
		if !reach[k] {
			return
		}
		if ends[k] {
			emit(append(cut, PinyinPiece{Letters: q[k:]}))
		}
		for p := steps[k]; p != 0; p &= p - 1 {
			d := 1 + bits.TrailingZeros8(p)
			if !reach[k+d] {
				continue
			}
			next := append(cut, PinyinPiece{Letters: q[k : k+d], Whole: whole(k, d)})
			if len(next) == n {
				emit(next)
			} else {
				walk(k+d, next)
			}
		}
	}
	walk(0, nil)
	return out
}

// HasPinyin reports whether s has a run of Han characters that matches
// query by pinyin (what Matches adds to the literal matches for a query
// of Latin letters), stopping at the first: an index that keeps its
// candidates outside memory checks them with it.
func HasPinyin(s, query string) bool {
	q := Fold(query)
	if !isPinyin(q) {
		return false
	}
	t := table()
	bit := uint32(1) << (q[0] - 'a')
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if g := t.set(r); t.letters[g]&bit != 0 && t.matchAt(s, i, q) > 0 {
			return true
		}
		i += size
	}
	return false
}
