package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// spaceShort sets letter-spaced, with gap between every two characters,
// each short line that is two to four Chinese characters and nothing
// else but its indent and its markup (## 大事记, **简讯**, 县区动态
// centred, 宁川县志 on a cover): as print sets a heading, a column's name
// or a title to the width of a longer one. lines says which: headings
// only (heading) or every such line (any).
func spaceShort(text, gap string, any bool) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		body := strings.TrimLeft(l, " \t\u3000")
		indent := l[:len(l)-len(body)]
		body = strings.TrimRight(body, " \t")
		lead, tail := "", ""
		if h := strings.TrimLeft(body, "#"); h != body && strings.HasPrefix(h, " ") {
			lead, body = body[:len(body)-len(h)+1], h[1:]
		} else if !any {
			continue
		}
		if inner, ok := strings.CutPrefix(body, "**"); ok && strings.HasSuffix(inner, "**") && len(inner) > 2 {
			lead, tail, body = lead+"**", "**", strings.TrimSuffix(inner, "**")
		}
		n := utf8.RuneCountInString(body)
		if n < 2 || n > 4 {
			continue
		}
		rs := make([]string, 0, n)
		for _, r := range body {
			if r < 0x4E00 || r > 0x9FFF {
				rs = nil
				break
			}
			rs = append(rs, string(r))
		}
		if rs != nil {
			lines[i] = indent + lead + strings.Join(rs, gap) + tail
		}
	}
	return strings.Join(lines, "\n")
}

// tightShapes folds what letter-spacing leaves in an outline: a gap of
// one or two spaces between two Chinese characters of a name or a title
// (a name the source sets spaced, 一　月, is read tight either way).
func tightShapes(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' || rs[i] == '\u3000' {
			j := i
			for j < len(rs) && j-i < 2 && (rs[j] == ' ' || rs[j] == '\u3000') {
				j++
			}
			if i > 0 && j < len(rs) && han(rs[i-1]) && han(rs[j]) {
				i = j - 1
				continue
			}
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// TestLetterSpacedHeadingsReadTheSame: every fixture reads the same with
// its short headings set letter-spaced (## 大　事　记, ## 十 一 月, and
// with every short line so, 县　区　动　态 centred, **简　讯**, 宁　川　县　志
// on a cover): the same outline, names compared tight. (The chronicle
// had been one entry of all its days under ## 大　事　记, 十　一　月 no
// month, 本　期　导　读 no contents, the cover's title lost, 简　讯 an
// entry, silently.)
func TestLetterSpacedHeadingsReadTheSame(t *testing.T) {
	for _, c := range []struct {
		name string
		gap  string
		any  bool
		min  int
	}{
		{"headings, ideographic space", "\u3000", false, 350},
		{"headings, ASCII space", " ", false, 350},
		{"headings, two ideographic spaces", "\u3000\u3000", false, 350},
		{"every short line, ideographic space", "\u3000", true, 300},
		{"every short line, ASCII space", " ", true, 300},
	} {
		n := 0
		for _, fx := range fixtureTexts(t) {
			spaced := spaceShort(fx.text, c.gap, c.any)
			if spaced == fx.text {
				continue
			}
			n++
			ref, err := ParseAll([]byte(fx.text))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseAll([]byte(spaced))
			if err != nil {
				t.Fatal(err)
			}
			if d := shapeDiff(tightShapes(readShape(ref)), tightShapes(readShape(got))); d != "" {
				t.Errorf("%s with %s letter-spaced reads otherwise: %s", fx.path, c.name, d)
			}
		}
		if n < c.min {
			t.Errorf("%s: only %d fixtures tried", c.name, n)
		}
	}
}

// TestUnspacedShort pins which lines are a letter-spaced heading and
// which are not.
func TestUnspacedShort(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"大　事　记", "大事记"},
		{"## 县　区　动　态", "## 县区动态"},
		{"**简　　讯**", "**简讯**"},
		{"                                概　　况", "                                概况"},
		{"宁 川 县 志", "宁川县志"},
		{"十　一　月\u00a0", "十一月 "}, // (a no-break space read as a space, as clean reads it)
		{"## 清 代 ##", "## 清代 ##"},
		// Not one: words, a date and its event, mixed gaps, a figure.
		{"县区　动态", "县区　动态"},
		{"1月3日　县委召开常委会议", "1月3日　县委召开常委会议"},
		{"大　事 记", "大　事 记"},
		{"11　月", "11　月"},
		{"李　明　2023", "李　明　2023"},
		{"大事记", "大事记"},
		{"一　二　三　四　五　六　七　八　九", "一　二　三　四　五　六　七　八　九"},
	} {
		if got, _ := unspacedShort(c.in); got != c.want {
			t.Errorf("unspacedShort(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
