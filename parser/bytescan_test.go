package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// hasMarkup, which reads eight bytes at a time, must find ** and < where
// a search does, wherever in the string they fall.
func TestHasMarkupWords(t *testing.T) {
	alphabet := []string{"a", "*", "<", "标", " ", "\x80"}
	eachString([]string{"", "abcdefg", "一二三四五六七八"}, alphabet, 5, func(s string) {
		want := strings.Contains(s, "**") || strings.Contains(s, "<")
		if got := hasMarkup(s); got != want {
			t.Fatalf("hasMarkup(%q) = %v, want %v", s, got, want)
		}
	})
}

// lastIndexRare must find what strings.LastIndex finds.
func TestLastIndexRare(t *testing.T) {
	parts := []string{"（", "(", "〔", "【", "［", "标", "a", "\xef", "\xbc", "\xef\xbc"}
	eachString([]string{""}, parts, 4, func(s string) {
		for _, w := range []string{"（", "〔", "【", "［", "\xef\xbc"} {
			if got, want := lastIndexRare(s, w), strings.LastIndex(s, w); got != want {
				t.Fatalf("lastIndexRare(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	})
}

// markTailBytes must hold the bytes markedIssueEnd's switch stepped over.
func TestMarkTailBytes(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		want := c == '*' || c == '_' || c == '<' || c == '/' || c == '>' || c == ' ' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if markTailBytes[c] != want {
			t.Fatalf("markTailBytes[%q] = %v, want %v", c, markTailBytes[c], want)
		}
	}
}

// hanLast must be decodeLastRune where it answers.
func TestHanLast(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, c := range []int{0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF} {
				s := string([]byte{byte(a), byte(b), byte(c)})
				r := hanLast(s)
				wr, wn := decodeLastRune(s)
				if r >= 0 && (r != wr || wn != 3 || r < 0x4000 || r > 0x9FFF) || r < 0 && wn == 3 && wr >= 0x4000 && wr <= 0x9FFF {
					t.Fatalf("hanLast(%q) = %q; decodeLastRune says %q, %d", s, r, wr, wn)
				}
			}
		}
	}
}

// contentsLeads must find C, c, E5 or E7 wherever in a string they are.
func TestContentsLeads(t *testing.T) {
	parts := []string{"目", "导", "内", "C", "c", "a", "标", "\xe5", "\xe7", " "}
	eachString([]string{"", "1234567", "标题标题标题"}, parts, 4, func(s string) {
		want := strings.ContainsAny(s, "Cc") || strings.IndexByte(s, 0xE5) >= 0 || strings.IndexByte(s, 0xE7) >= 0
		if got := contentsLeads(s); got != want {
			t.Fatalf("contentsLeads(%q) = %v, want %v", s, got, want)
		}
	})
	// Every byte, at every place of a word and of the overlapping last one.
	for b := 0; b < 256; b++ {
		for _, n := range []int{1, 7, 8, 12, 16, 20} {
			for at := 0; at < n; at++ {
				buf := []byte(strings.Repeat("x", n))
				buf[at] = byte(b)
				s := string(buf)
				want := b == 'C' || b == 'c' || b == 0xE5 || b == 0xE7
				if got := contentsLeads(s); got != want {
					t.Fatalf("contentsLeads(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// letterSpaced's look at eight bytes at a time must let no name go
// that its byte loop would have read as spaced.
func TestLetterSpacedWords(t *testing.T) {
	parts := []string{"时", "政", " ", "\t", "\u3000", "a", "\xe3"}
	eachString([]string{"", "ab", "时政要闻"}, parts, 5, func(s string) {
		fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
		want := s
		if len(fields) >= 3 && (strings.ContainsAny(s, " \t") || strings.Contains(s, "\u3000")) {
			one := true
			for _, f := range fields {
				if utf8.RuneCountInString(f) > 1 {
					one = false
				}
			}
			if one {
				want = strings.Join(fields, "")
			}
		}
		if got := letterSpaced(s); got != want {
			t.Fatalf("letterSpaced(%q) = %q, want %q", s, got, want)
		}
	})
}

// Every figure enumerator reads begins with a byte its gate lets by.
func TestEnumeratorGate(t *testing.T) {
	for _, r := range []rune("0123456789０１２３４５６７８９" + cnDigits) {
		for _, s := range []string{string(r) + "、时政要闻", "（" + string(r) + "）时政要闻", "(" + string(r) + ")时政要闻"} {
			if enumerator(s) == 0 {
				t.Errorf("enumerator(%q) = 0", s)
			}
		}
	}
}

// holdsDashByte must find E2, EF or - wherever they are.
func TestHoldsDashByte(t *testing.T) {
	parts := []string{"—", "－", "-", "标", "a", "\xe2", "\xef", " "}
	eachString([]string{"", "1234567", "标题标题标题", strings.Repeat("标", 20)}, parts, 4, func(s string) {
		want := strings.IndexByte(s, 0xE2) >= 0 || strings.IndexByte(s, 0xEF) >= 0 || strings.IndexByte(s, '-') >= 0
		if got := holdsDashByte(s); got != want {
			t.Fatalf("holdsDashByte(%q) = %v, want %v", s, got, want)
		}
	})
}

// validControls must count the control characters and mark the bytes of
// an ASCII run read eight at a time as a byte loop does: every ASCII byte,
// at every place of a word, among newlines or not.
func TestValidControlsWords(t *testing.T) {
	for b := 0; b < 0x80; b++ {
		for _, fill := range []byte{'a', '\n', 0x7f, 0x01} {
			for at := 0; at < 24; at++ {
				buf := []byte(strings.Repeat(string(rune(fill)), 24))
				buf[at] = byte(b)
				want := 0
				for _, c := range buf {
					if control(c) {
						want++
					}
				}
				var seen textSeen
				valid, got := validControls(buf, len(buf), &seen)
				if !valid || got != want {
					t.Fatalf("validControls(%q) = %v, %d controls; want %d", buf, valid, got, want)
				}
				for _, c := range buf {
					if !seen.bytes[c] {
						t.Fatalf("validControls(%q) did not mark %#x", buf, c)
					}
				}
			}
		}
	}
}

// eachString calls f with each pad followed by every string of up to
// depth parts: the inputs the word-at-a-time scans are held to their
// byte loops on, every mark at every place of a word.
func eachString(pads, parts []string, depth int, f func(s string)) {
	var build func(s string, depth int)
	build = func(s string, depth int) {
		f(s)
		if depth > 0 {
			for _, p := range parts {
				build(s+p, depth-1)
			}
		}
	}
	for _, pad := range pads {
		build(pad, depth)
	}
}
