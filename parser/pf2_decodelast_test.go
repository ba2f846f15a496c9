package parser

import (
	"testing"
	"unicode/utf8"
)

// decodeLast must answer as utf8.DecodeLastRuneInString does for every
// string: every ending of up to three bytes is tried, after nothing, an
// ASCII byte and a continuation byte.
func TestDecodeLast(t *testing.T) {
	for _, pre := range []string{"", "a", "\x80", "\xe4"} {
		for a := 0; a < 256; a++ {
			for b := 0; b < 256; b++ {
				for _, c := range []int{-1, 0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF} {
					s := pre + string([]byte{byte(a), byte(b)})
					if c >= 0 {
						s += string([]byte{byte(c)})
					}
					for _, x := range []string{s, s[1:], s[len(s)-1:]} {
						r, n := decodeLast(x)
						wr, wn := utf8.DecodeLastRuneInString(x)
						if r != wr || n != wn {
							t.Fatalf("decodeLast(%q) = %q, %d; want %q, %d", x, r, n, wr, wn)
						}
					}
				}
			}
		}
	}
}
