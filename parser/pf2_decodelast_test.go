package parser

import (
	"strings"
	"testing"
)

// hasMarkup, which reads eight bytes at a time, must find ** and < where
// a search does, wherever in the string they fall.
func TestHasMarkupWords(t *testing.T) {
	alphabet := []string{"a", "*", "<", "标", " ", "\x80"}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		want := strings.Contains(prefix, "**") || strings.Contains(prefix, "<")
		if got := hasMarkup(prefix); got != want {
			t.Fatalf("hasMarkup(%q) = %v, want %v", prefix, got, want)
		}
		if depth == 0 {
			return
		}
		for _, a := range alphabet {
			build(prefix+a, depth-1)
		}
	}
	for _, pad := range []string{"", "abcdefg", "一二三四五六七八"} {
		build(pad, 5)
	}
}

// lastIndexRare must find what strings.LastIndex finds.
func TestLastIndexRare(t *testing.T) {
	parts := []string{"（", "(", "〔", "【", "［", "标", "a", "\xef", "\xbc", "\xef\xbc"}
	var build func(s string, depth int)
	build = func(s string, depth int) {
		for _, w := range []string{"（", "〔", "【", "［", "\xef\xbc"} {
			if got, want := lastIndexRare(s, w), strings.LastIndex(s, w); got != want {
				t.Fatalf("lastIndexRare(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
		if depth > 0 {
			for _, p := range parts {
				build(s+p, depth-1)
			}
		}
	}
	build("", 4)
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
