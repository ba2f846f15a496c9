package parser

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRuneCount holds runeCount to utf8.RuneCountInString on valid text
// of every length around the eight bytes it counts at a time.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "a", "平", "abc平顶山月报12345678", "　　11月1日，平顶山市召开会议。", "é€𝄞平a"} {
		for k := 0; k <= 3; k++ {
			s := strings.Repeat(s, k)
			for i := 0; i <= len(s); i++ {
				if !utf8.ValidString(s[i:]) {
					continue
				}
				if got, want := runeCount(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
					t.Errorf("runeCount(%q) = %d, want %d", s[i:], got, want)
				}
			}
		}
	}
}

// TestPeriodChars: periodChars lets through every year and month heading
// (it only saves looking at other lines).
func TestPeriodChars(t *testing.T) {
	for _, h := range []string{"2004年", "**二〇〇六年**", "十一月", "11月份", "<b>３月</b>", "二O二三年", "廿三月", "　1月\u2003"} {
		if !periodChars(h) {
			t.Errorf("periodChars(%q) = false", h)
		}
	}
	for _, h := range []string{"**二〇〇六年**", "<b>2004年</b>\u3000", "2004 年 "} {
		if _, ok := yearHeading(h); !ok {
			t.Errorf("yearHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"**十一月**", "<b>3月份</b> ", "１２月\u2003"} {
		if _, ok := monthHeading(h); !ok {
			t.Errorf("monthHeading(%q) = false", h)
		}
	}
	for _, l := range []string{"**标题1** 11月1日，正文。", "11月1日，正文。"} {
		if periodChars(l) || periodHeading(l) {
			t.Errorf("%q read as a period heading", l)
		}
	}
}

// TestWideSpace holds wideSpace to unicode.IsSpace beyond ASCII.
func TestWideSpace(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if wideSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("wideSpace(%U) = %v", r, wideSpace(r))
		}
	}
}

// TestDropSpans: pandoc's attributes for a docx's underline and the like
// are taken out; other brackets are text.
func TestDropSpans(t *testing.T) {
	for in, want := range map[string]string{
		"**[会议甲召开]{.underline}**":          "**会议甲召开**",
		"市长讲话。[重要]{.underline}，[注]{.mark}": "市长讲话。重要，注",
		"[甲]{#id .smallcaps key=v}乙":       "甲乙",
		"[1]{}":                            "[1]{}",
		"见[附件]{下载}":                        "见[附件]{下载}",
		"数组a[i]{b}":                        "数组a[i]{b}",
		"无括号":                              "无括号",
	} {
		if got := dropSpans(in); got != want {
			t.Errorf("dropSpans(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBoldMarks(t *testing.T) {
	for _, s := range []string{"", "*", "**", "***", "****", "a**b**c", "**会议**召开*", "* * **", "*****x**"} {
		if got, want := boldMarks(s), strings.Count(s, "**"); got != want {
			t.Errorf("boldMarks(%q) = %d, want %d", s, got, want)
		}
	}
}
