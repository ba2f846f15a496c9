package layout

import (
	"testing"

	"github.com/mattn/go-runewidth"
)

// TestFastWidthAgrees: every character fastWidth answers for has the width
// go-runewidth gives it, in both modes.
func TestFastWidthAgrees(t *testing.T) {
	for _, wide := range []bool{false, true} {
		c := &runewidth.Condition{EastAsianWidth: wide, StrictEmojiNeutral: true}
		answered := 0
		for r := rune(0); r <= 0x10FFFF; r++ {
			w, ok := fastWidth(r, wide)
			if !ok {
				continue
			}
			answered++
			if want := c.RuneWidth(r); w != want {
				t.Errorf("wide=%v: fastWidth(%U %q) = %d, go-runewidth says %d", wide, r, r, w, want)
			}
		}
		if answered < 28000 {
			t.Errorf("fastWidth answers for only %d characters", answered)
		}
	}
}

// TestStringWidthAgrees: strings of fast characters and strings with
// others (emoji, combining marks) measure as go-runewidth measures them.
func TestStringWidthAgrees(t *testing.T) {
	for _, wide := range []bool{false, true} {
		c := &runewidth.Condition{EastAsianWidth: wide, StrictEmojiNeutral: true}
		for _, s := range []string{
			"", "abc", "平顶山月报", "他说：“你好……”——真的吗？", "（总第215期）", "·×※‰",
			"e\u0301", "👍🏽", "❤️", "中文\u302A", "ｱｲｳ", "\xff", "한국어", "Ω≈",
		} {
			if got, want := stringWidth(c, s), c.StringWidth(s); got != want {
				t.Errorf("wide=%v: stringWidth(%q) = %d, go-runewidth says %d", wide, s, got, want)
			}
		}
	}
}
