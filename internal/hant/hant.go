// Package hant reads traditional Chinese characters (繁体) as simplified
// ones, character for character: what a parser needs to find its words
// in a copy typeset in traditional characters, and a search to find a
// name typed in either script. It converts no phrases and keeps every
// byte offset: each character and its simplified form are three bytes
// in UTF-8.
package hant

import "unicode/utf8"

// lo, hi bound the characters of the table (U+3400–U+9FFF).
const lo, hi = 0x3400, 0xA000

// table holds pairs for lookups: to maps each traditional character to
// its simplified form (0 where it has none), and isS marks the simplified
// forms. An array, not a map: a copy in traditional characters looks up
// every character it holds, and a map had been a third of reading one.
type table struct {
	to  [hi - lo]uint16 // (every simplified form is below U+A000 too)
	isS [(hi - lo) / 64]uint64
}

// t is built once, at start, and only read after: every parse and every
// search shares it.
var t = newTable()

func newTable() *table {
	h := &table{}
	Pairs(func(a, b rune) {
		h.to[a-lo] = uint16(b)
		h.isS[(b-lo)/64] |= 1 << ((b - lo) % 64)
	})
	return h
}

// Traditional reports whether r is a traditional character with a
// simplified form of its own.
func Traditional(r rune) bool {
	return r >= lo && r < hi && t.to[r-lo] != 0
}

// SimplifiedForm reports whether r is the simplified form of some
// traditional character (in a copy in traditional characters, a
// character that may stand for another).
func SimplifiedForm(r rune) bool {
	return r >= lo && r < hi && t.isS[(r-lo)/64]&(1<<((r-lo)%64)) != 0
}

// Simplified is r's simplified form, or r where it has none.
func Simplified(r rune) rune {
	if r >= lo && r < hi {
		if s := t.to[r-lo]; s != 0 {
			return rune(s)
		}
	}
	return r
}

// Pairs calls f with each traditional character and its simplified form,
// in the traditional character's order.
func Pairs(f func(trad, simp rune)) {
	for s := pairs; s != ""; {
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(s[n:])
		s = s[n+m:]
		f(a, b)
	}
}
