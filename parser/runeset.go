package parser

// runeSet is a set of characters of the Basic Multilingual Plane, a bit
// each (8 KB). strings.ContainsRune(list, r) reads the list a character
// at a time; the parser asks such questions of most lines' first
// characters, where a look at one bit answers them. Sets are made once,
// when the package starts, and only read after.
type runeSet [1 << 10]uint64

func newRuneSet(lists ...string) *runeSet {
	var s runeSet
	for _, l := range lists {
		for _, r := range l {
			if r < 0 || r > 0xFFFF {
				panic("runeSet: " + string(r) + " is beyond the Basic Multilingual Plane")
			}
			s[r>>6] |= 1 << (r & 63)
		}
	}
	return &s
}

// has reports whether r is in s.
func (s *runeSet) has(r rune) bool {
	return uint32(r) <= 0xFFFF && s[r>>6]&(1<<(r&63)) != 0
}
