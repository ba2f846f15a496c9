package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDecodeRune holds decodeRune, decodeLastRune and containsAnyOf to
// the standard functions they stand for, on short strings of random
// bytes weighted to UTF-8's lead and continuation bytes.
func TestDecodeRune(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 300000 {
		b := make([]byte, r.IntN(7))
		for k := range b {
			switch r.IntN(4) {
			case 0:
				b[k] = 0x80 | byte(r.IntN(64))
			case 1:
				b[k] = 0xE0 | byte(r.IntN(16))
			default:
				b[k] = byte(r.IntN(256))
			}
		}
		s := string(b)
		if r1, n1 := utf8.DecodeRuneInString(s); true {
			if r2, n2 := decodeRune(s); r1 != r2 || n1 != n2 {
				t.Fatalf("decodeRune(%q) = %U, %d; want %U, %d", s, r2, n2, r1, n1)
			}
		}
		if r1, n1 := utf8.DecodeLastRuneInString(s); true {
			if r2, n2 := decodeLastRune(s); r1 != r2 || n1 != n2 {
				t.Fatalf("decodeLastRune(%q) = %U, %d; want %U, %d", s, r2, n2, r1, n1)
			}
		}
		chars := []string{"，。；：、", "，。,;", "\uFFFD", "a\u3000", "\xe3\x80", "”’》〉」』）)】"}[r.IntN(6)]
		if got, want := containsAnyOf(s, chars), strings.ContainsAny(s, chars); got != want {
			t.Fatalf("containsAnyOf(%q, %q) = %v, want %v", s, chars, got, want)
		}
	}
}
