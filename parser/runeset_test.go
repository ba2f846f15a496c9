package parser

import (
	"strings"
	"testing"
)

// A runeSet holds what its lists hold, no more and no less, across the
// Basic Multilingual Plane and beyond it.
func TestRuneSet(t *testing.T) {
	lists := []string{"△▲同当農陰" + heavenlyStems, "—─━═＝～〜·•", "a\u0000\uffff"}
	s := newRuneSet(lists...)
	all := strings.Join(lists, "")
	for r := rune(-1); r <= 0x10FFFF; r++ {
		if r > 0x10000 && r < 0x10FFFF {
			r = 0x10FFFF
		}
		if got, want := s.has(r), r >= 0 && strings.ContainsRune(all, r); got != want {
			t.Errorf("has(%U) = %v, want %v", r, got, want)
		}
	}
}
