package people

import (
	"slices"
	"strings"
	"sync"
)

// lexicon is the word lists of lexicon.go in the shapes the scanner needs.
type lexicon struct {
	single    runeSet
	compound1 runeSet // first characters of compound surnames
	compound  map[[2]rune]bool
	roles     *trie // reversed: walked backwards from a name
	roleList  []string
	bounds    *trie
	bchars    runeSet
	notGiven  runeSet
	stop      map[[2]rune]bool
}

// runeSet is a set of Han characters (and the few others it is given).
type runeSet struct {
	bits  []uint64 // U+3400 … U+9FFF
	other map[rune]bool
}

const setLo, setHi = 0x3400, 0xA000

func (s *runeSet) add(c rune) {
	if c < setLo || c >= setHi {
		if s.other == nil {
			s.other = map[rune]bool{}
		}
		s.other[c] = true
		return
	}
	if s.bits == nil {
		s.bits = make([]uint64, (setHi-setLo+63)/64)
	}
	c -= setLo
	s.bits[c>>6] |= 1 << (c & 63)
}

func (s *runeSet) has(c rune) bool {
	if c < setLo || c >= setHi {
		return s.other[c]
	}
	if s.bits == nil {
		return false
	}
	c -= setLo
	return s.bits[c>>6]&(1<<(c&63)) != 0
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			compound: map[[2]rune]bool{},
			roles:    &trie{},
			roleList: roleSuffixes,
			bounds:   &trie{},
			stop:     map[[2]rune]bool{},
		}
		for _, c := range singleSurnames {
			l.single.add(c)
		}
		for _, s := range compoundSurnames {
			r := []rune(s)
			l.compound1.add(r[0])
			l.compound[[2]rune{r[0], r[1]}] = true
		}
		for _, s := range roleSuffixes {
			r := []rune(s)
			slices.Reverse(r)
			l.roles.add(r)
		}
		for _, s := range boundaryWords {
			l.bounds.add([]rune(s))
		}
		for _, c := range boundaryChars {
			l.bchars.add(c)
		}
		for _, c := range notGiven {
			l.notGiven.add(c)
		}
		for _, w := range strings.Fields(stopWords) {
			r := []rune(w)
			if len(r) == 2 {
				l.stop[[2]rune{r[0], r[1]}] = true
			}
		}
		lex = l
	})
	return lex
}

// surnameAt reports whether a surname starts at r[i].
func (l *lexicon) surnameAt(r []rune, i int) bool {
	if i >= len(r) {
		return false
	}
	return l.single.has(r[i]) || l.compoundAt(r, i)
}

func (l *lexicon) compoundAt(r []rune, i int) bool {
	return i+1 < len(r) && l.compound1.has(r[i]) && l.compound[[2]rune{r[i], r[i+1]}]
}

var (
	lenSingle   = []int{2, 3}
	lenCompound = []int{3, 4}
	lenBoth     = []int{2, 3, 4}
)

// lengths returns the name lengths the surname at r[i] allows, shortest
// first.
func (l *lexicon) lengths(r []rune, i int) []int {
	s := l.single.has(r[i])
	c := l.compoundAt(r, i)
	switch {
	case s && c:
		return lenBoth
	case c:
		return lenCompound
	case s:
		return lenSingle
	}
	return nil
}

// validName reports whether r[i:i+n] can be a name here: Han characters,
// a surname, a plausible given name, no ordinary word or role inside, and
// a boundary right after it.
func (l *lexicon) validName(r []rune, i, n int) bool {
	if i+n > len(r) {
		return false
	}
	sl := 1
	if n == 2 && !l.single.has(r[i]) {
		return false
	}
	if n == 4 || n == 3 && !l.single.has(r[i]) {
		sl = 2
		if !l.compoundAt(r, i) {
			return false
		}
	}
	for j := i; j < i+n; j++ {
		if !isHan(r[j]) || j >= i+sl && l.notGiven.has(r[j]) {
			return false
		}
	}
	if l.stop[[2]rune{r[i], r[i+1]}] {
		return false
	}
	for a := i; a < i+n; a++ {
		for b := a + 2; b <= i+n; b++ {
			if l.isRole(r[a:b]) {
				return false
			}
		}
	}
	return l.boundaryAt(r, i+n)
}

func (l *lexicon) isRole(r []rune) bool {
	t := l.roles
	for k := len(r) - 1; k >= 0; k-- {
		if t = t.next[r[k]]; t == nil {
			return false
		}
	}
	return t.end
}

// roleBefore reports whether a role word ends right before r[i].
func (l *lexicon) roleBefore(r []rune, i int) bool {
	t := l.roles
	for k := i - 1; k >= 0; k-- {
		if t = t.next[r[k]]; t == nil {
			return false
		}
		if t.end {
			return true
		}
	}
	return false
}

// roleEnds reports whether s ends with a role word.
func (l *lexicon) roleEnds(s string) bool {
	for _, w := range l.roleList {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// boundaryAt reports whether a name may end right before r[j]: the end of
// the text, anything but a Han character, or a word that follows names.
func (l *lexicon) boundaryAt(r []rune, j int) bool {
	if j >= len(r) || !isHan(r[j]) || l.bchars.has(r[j]) {
		return true
	}
	t := l.bounds
	for k := j; k < len(r); k++ {
		if t = t.next[r[k]]; t == nil {
			return false
		}
		if t.end {
			return true
		}
	}
	return false
}

// wordAt is boundaryAt for a name that starts a title or a sentence.
func (l *lexicon) wordAt(r []rune, j int) bool { return j < len(r) && l.boundaryAt(r, j) }

type trie struct {
	next map[rune]*trie
	end  bool
}

func (t *trie) add(r []rune) {
	for _, c := range r {
		if t.next == nil {
			t.next = map[rune]*trie{}
		}
		n := t.next[c]
		if n == nil {
			n = &trie{}
			t.next[c] = n
		}
		t = n
	}
	t.end = true
}

// matcher finds known names in text.
type matcher struct {
	first   runeSet
	byFirst map[rune][]name
}

type name struct {
	s string
	r []rune
}

func newMatcher(names map[string]bool) *matcher {
	m := &matcher{byFirst: map[rune][]name{}}
	for s := range names {
		r := []rune(s)
		m.first.add(r[0])
		m.byFirst[r[0]] = append(m.byFirst[r[0]], name{s, r})
	}
	for _, ns := range m.byFirst { // longest first, then a fixed order
		slices.SortFunc(ns, func(a, b name) int {
			if len(a.r) != len(b.r) {
				return len(b.r) - len(a.r)
			}
			return strings.Compare(a.s, b.s)
		})
	}
	return m
}

// all calls f for every occurrence of every name in r, overlapping ones
// included.
func (m *matcher) all(r []rune, f func(i int, name string)) {
	for i, c := range r {
		if !m.first.has(c) {
			continue
		}
		for _, n := range m.byFirst[c] {
			if len(n.r) <= len(r)-i && slices.Equal(n.r, r[i:i+len(n.r)]) {
				f(i, n.s)
			}
		}
	}
}

// each calls f for the leftmost-longest, non-overlapping occurrences of
// names in r.
func (m *matcher) each(r []rune, f func(i int, name string)) {
	for i := 0; i < len(r); i++ {
		if !m.first.has(r[i]) {
			continue
		}
		for _, n := range m.byFirst[r[i]] {
			if len(n.r) <= len(r)-i && slices.Equal(n.r, r[i:i+len(n.r)]) {
				f(i, n.s)
				i += len(n.r) - 1
				break
			}
		}
	}
}
