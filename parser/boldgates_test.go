package parser

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestBoldOnlyLastByte checks what boldOnly's first look takes for
// granted: every close of a bold pair ends with * or >.
func TestBoldOnlyLastByte(t *testing.T) {
	for _, p := range boldPairs {
		if c := p[1][len(p[1])-1]; c != '*' && c != '>' {
			t.Errorf("bold close %q ends with %q: boldOnly's gate lets it go", p[1], c)
		}
	}
}

// TestBlankOrInvisibleASCII checks what blankOrInvisible's ASCII look
// takes for granted: no ASCII character is invisible, and its white space
// is unicode.IsSpace's.
func TestBlankOrInvisibleASCII(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if isInvisible(c) {
			t.Errorf("%q is invisible: blankOrInvisible's ASCII look misses it", c)
		}
		if got, want := c == ' ' || c >= '\t' && c <= '\r', unicode.IsSpace(c); got != want {
			t.Errorf("%q: blankOrInvisible's ASCII look says space %v, unicode.IsSpace %v", c, got, want)
		}
	}
}

// TestEnumeratorAfterFigures checks what enumerator's look after the
// figures takes for granted: every figure and closer it reads begins with
// a byte the look lets on.
func TestEnumeratorAfterFigures(t *testing.T) {
	lets := func(c byte) bool {
		return c < utf8.RuneSelf && (c == '.' || c == ')') || c == 0xEF || c == 0xE3 || c == 0xE4 || c == 0xE5 || c == 0xE7 || c == 0xE9
	}
	for _, s := range []string{"一二三四五六七八九十百零〇两", "０１２３４５６７８９", "、．）"} {
		for _, r := range s {
			if b := string(r); !lets(b[0]) {
				t.Errorf("%q begins with %#x: enumerator lets it go after figures", r, b[0])
			}
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if isCnDigit(r) && !lets(string(r)[0]) {
			t.Errorf("isCnDigit(%q), which begins with %#x: enumerator lets it go after figures", r, string(r)[0])
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{{"11月1日，正文。", 0}, {"1、时政要闻", len("1、")}, {"12．会议", len("12．")}, {"3. title", len("3. ")}, {"2023年11月", 0}, {"1一", 0}, {"（1）标题", len("（1）")}, {"(2)标题", len("(2)")}} {
		if got := enumerator(c.s); got != c.want {
			t.Errorf("enumerator(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestDateTitleStarts checks what dateTitle's count of first bytes takes
// for granted: utf8.RuneCountInString counts no fewer, valid UTF-8 or not.
func TestDateTitleStarts(t *testing.T) {
	cases := []string{"", "同日", "标题123", "\xe4\xb8", "\x80\x80\x80\x80", "a\xe4", "\xe4\xb8\xadx\xbf", "\xf0\x9f\x98\x80ab", "\xed\xa0\x80"}
	for _, s := range cases {
		starts := 0
		for i := 0; i < len(s); i++ {
			if s[i]&0xC0 != 0x80 {
				starts++
			}
		}
		if n := utf8.RuneCountInString(s); n < starts {
			t.Errorf("%q: %d characters, %d first bytes", s, n, starts)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"同日", true}, {"是月", true}, {"标题1", false}, {"标题123", false}, {"11月1日", true}, {"当天", true}} {
		if got := dateTitle(c.s); got != c.want {
			t.Errorf("dateTitle(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestDropItalicsRuns checks that dropItalics passes bold's runs of stars
// and still takes italics beside them.
func TestDropItalicsRuns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"**标题1** 11月1日，正文。", "**标题1** 11月1日，正文。"},
		{"**标题** *强调*文字", "**标题** 强调文字"},
		{"*强调* **标题**", "强调 **标题**"},
		{"***", "***"},
		{"a \\*b* c", "a \\*b* c"},
	} {
		if got := dropItalics(c.in); got != c.want {
			t.Errorf("dropItalics(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLitBytes holds lit, which compares the bytes of characters beyond
// ASCII, to what decodeRune reads after the spaces, on valid and invalid
// UTF-8.
func TestLitBytes(t *testing.T) {
	wants := [][]rune{{'年'}, {'日', '号'}, rangeDashes[:], {'·', '•', '・', '，', ',', '|', '/'}, {'\u0800'}, {'\uFFFF'}}
	texts := []string{"", "年", " 年", "\u3000月", "日", "曰", "號", "至", "-", "·", "，", "\xe5\xb9", "\xe5\xb9x", "\xe0\x80\x80", "\xed\xa0\x80", "\xef\xbf\xbd", "\xef\xbf\xbf", "\xe0\xa0\x80", "\xff"}
	for _, rs := range wants {
		for _, s := range texts {
			d := &dateScanner{s: s}
			d.spaces()
			r, n := decodeRune(s[d.i:])
			ok := false
			for _, w := range rs {
				ok = ok || r == w || r == '曰' && w == '日' || r == '號' && w == '号'
			}
			end := 0
			if ok {
				end = d.i + n
			}
			d = &dateScanner{s: s}
			if got := d.lit(rs...); got != ok || ok && d.i != end || !ok && d.i != 0 {
				t.Errorf("lit(%q) on %q = %v at %d, want %v at %d", rs, s, got, d.i, ok, end)
			}
		}
	}
}
