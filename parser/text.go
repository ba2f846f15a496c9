package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// trim removes spaces at both ends, including the ideographic space
// U+3000 that Chinese text uses for indentation.
func trim(s string) string {
	return strings.TrimSpace(s) // Unicode white space, with a fast path for ASCII
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\f', '\v':
		default:
			return trim(s) == ""
		}
	}
	return true
}

// latin reports whether r belongs to a script that separates words with
// spaces. Hard-wrapped Latin words are joined back with a space, CJK
// characters without one.
func latin(r rune) bool {
	return r < 0x2000 && !unicode.IsSpace(r)
}

// join appends line b to text a the way a reader would read them: no
// space between CJK characters, one between Latin words.
func join(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if latin(ra) && latin(rb) {
		return a + " " + b
	}
	return a + b
}

// joinLines joins hard-wrapped lines into one paragraph.
func joinLines(lines []string) string {
	if len(lines) == 1 {
		return trim(lines[0])
	}
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	b.Grow(n)
	var last rune
	for _, l := range lines {
		l = trim(l)
		if l == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(l)
		if b.Len() > 0 && latin(last) && latin(first) {
			b.WriteByte(' ')
		}
		b.WriteString(l)
		last, _ = utf8.DecodeLastRuneInString(l)
	}
	return b.String()
}

// closed reports whether a paragraph ends where a sentence ends. A PDF
// page or column break cuts paragraphs anywhere; a paragraph that stops
// mid-sentence continues in the next block of text.
func closed(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '。', '！', '？', '!', '?', '；', '…', '.':
			return true
		case '”', '’', '」', '』', '）', ')', '》', '"', '\'', '】':
			// A closing mark ends a sentence only after a full stop: “嘘寒问暖”。
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// stripMarkup removes inline bold markup (** and <b>…</b>) from text.
func stripMarkup(s string) string {
	if !strings.Contains(s, "**") && !strings.Contains(s, "<") {
		return s
	}
	s = strings.ReplaceAll(s, "**", "")
	for _, tag := range []string{"<b>", "</b>", "<B>", "</B>", "<strong>", "</strong>"} {
		s = strings.ReplaceAll(s, tag, "")
	}
	return s
}

// heading parses a Markdown ATX heading (# to ######). A PDF converter
// sometimes leaves out the space after the hashes; that is accepted.
func heading(line string) (level int, text string, ok bool) {
	s := strings.TrimLeft(line, " ")
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return 0, "", false
	}
	text = trim(strings.TrimRight(trim(s[level:]), "#"))
	if text == "" {
		return 0, "", false
	}
	return level, stripMarkup(text), true
}

// rule reports whether line is a thematic break (---, ***, ___). It runs
// on every line, so it looks at bytes and allocates nothing.
func rule(line string) bool {
	var c byte
	n := 0
	for i := 0; i < len(line); i++ {
		switch b := line[i]; b {
		case ' ', '\t':
		case '-', '*', '_':
			if c != 0 && b != c {
				return false
			}
			c = b
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// boldOnly matches a line that is only a bold name, such as
// <b>重要会议</b> in a table of contents.
func boldOnly(line string) (string, bool) {
	s := trim(line)
	for _, pair := range [][2]string{{"<b>", "</b>"}, {"**", "**"}, {"<B>", "</B>"}, {"<strong>", "</strong>"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) && len(s) > len(pair[0])+len(pair[1]) {
			inner := trim(s[len(pair[0]) : len(s)-len(pair[1])])
			if inner != "" && !strings.Contains(inner, pair[1]) {
				return inner, true
			}
		}
	}
	return "", false
}

// foldKey turns a title into the form used to match a table-of-contents
// line to its body entry: full-width forms folded to half-width, letters
// lower-cased, spaces and markup removed.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range stripMarkup(s) {
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
