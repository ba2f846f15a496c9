package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestContainsAnyOf holds containsAnyOf and indexAnyOf to
// strings.ContainsAny and strings.IndexAny on short
// strings of random bytes weighted to UTF-8's lead and continuation
// bytes, with lists that hold U+FFFD and a cut character too.
func TestContainsAnyOf(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 300000 {
		b := make([]byte, r.IntN(40)) // (short and long: containsAnyOf reads each way)
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
		chars := []string{"，。；：、", "，。,;", "\uFFFD", "a\u3000", "\xe3\x80", "”’》〉」』）)】", "：:", "\x80\uFFFD"}[r.IntN(8)]
		if got, want := containsAnyOf(s, chars), strings.ContainsAny(s, chars); got != want {
			t.Fatalf("containsAnyOf(%q, %q) = %v, want %v", s, chars, got, want)
		}
		if got, want := indexAnyOf(s, chars), strings.IndexAny(s, chars); got != want {
			t.Fatalf("indexAnyOf(%q, %q) = %v, want %v", s, chars, got, want)
		}
	}
}

// TestTocBulletsLead holds listItem's gate: every bullet of a contents
// list begins with the byte E2, which it asks of a line first.
func TestTocBulletsLead(t *testing.T) {
	for _, r := range tocBullets {
		if s := string(r); s[0] != 0xE2 {
			t.Errorf("%q (%U) begins with %#x: listItem lets it go", s, r, s[0])
		}
	}
}

// TestRunesBelow holds runesBelow to utf8.RuneCountInString on random
// bytes weighted to UTF-8's lead and continuation bytes, valid text mixed
// in, at every bound near the count.
func TestRunesBelow(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b []byte
		for range r.IntN(30) {
			switch r.IntN(5) {
			case 0:
				b = append(b, 0x80|byte(r.IntN(64)))
			case 1:
				b = append(b, 0xE0|byte(r.IntN(16)))
			case 2:
				b = append(b, "中，△"[3*r.IntN(3):][:3]...)
			case 3:
				b = append(b, 0xF0|byte(r.IntN(16)))
			default:
				b = append(b, byte(r.IntN(256)))
			}
		}
		s := string(b)
		c := utf8.RuneCountInString(s)
		for n := max(0, c-3); n <= c+3; n++ {
			if got, want := runesBelow(s, n), c < n; got != want {
				t.Fatalf("runesBelow(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
