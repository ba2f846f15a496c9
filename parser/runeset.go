package parser

import (
	"strings"
	"unicode/utf8"
)

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

// decodeRune is utf8.DecodeRuneInString, with the two kinds of character
// that make nearly all of a report read in place: ASCII, and the
// three-byte characters (Han, CJK and full-width punctuation) that
// plain3 takes. The standard function reads a table for the second.
func decodeRune(s string) (rune, int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && plainLead(s[0]) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString, as decodeRune is
// utf8.DecodeRuneInString.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	} else if n >= 3 && plainLead(s[n-3]) && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
	}
	return utf8.DecodeLastRuneInString(s)
}

// containsAnyOf is strings.ContainsAny(s, chars) for a short list of
// characters beyond ASCII: a search of s for each, where ContainsAny
// searches chars for each character of s (a line's hundred characters,
// a search each).
func containsAnyOf(s, chars string) bool {
	if len(s) <= len(chars) {
		return strings.ContainsAny(s, chars) // (fewer of s's characters to look up than searches)
	}
	for i := 0; i < len(chars); {
		if c := chars[i]; c < utf8.RuneSelf {
			if strings.IndexByte(s, c) >= 0 {
				return true
			}
			i++
			continue
		}
		r, n := decodeRune(chars[i:])
		// A character's bytes, searched for as they are (ContainsRune
		// would encode it anew each time); U+FFFD, which stands for any
		// byte that is no character, by ContainsRune.
		if r == utf8.RuneError && strings.ContainsRune(s, r) || r != utf8.RuneError && strings.Contains(s, chars[i:i+n]) {
			return true
		}
		i += n
	}
	return false
}

// indexAnyOf is strings.IndexAny(s, chars) for a short list of characters
// beyond ASCII, as containsAnyOf is strings.ContainsAny: the first of
// the places each is found.
func indexAnyOf(s, chars string) int {
	if len(s) <= len(chars) {
		return strings.IndexAny(s, chars) // (as containsAnyOf)
	}
	at := -1
	for i := 0; i < len(chars); {
		var k int
		if c := chars[i]; c < utf8.RuneSelf {
			k = strings.IndexByte(s, c)
			i++
		} else {
			r, n := decodeRune(chars[i:])
			if r == utf8.RuneError {
				k = strings.IndexRune(s, r)
			} else {
				k = strings.Index(s, chars[i:i+n]) // (as containsAnyOf)
			}
			i += n
		}
		if k >= 0 {
			at, s = k, s[:k] // (the next is looked for before it only)
		}
	}
	return at
}
