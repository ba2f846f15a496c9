package parser

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// trim removes spaces at both ends, including the ideographic space
// U+3000 that Chinese text uses for indentation.
func trim(s string) string {
	// Most strings begin and end with ASCII above the space or with a
	// three-byte character that is no space (Han, full-width forms, 。):
	// they are returned after a look at three bytes. (What the old
	// plainEnds passed and this does not, below trims nothing and passes
	// the test at the end.)
	if n := len(s); n > 0 {
		c0, c1 := s[0], s[n-1]
		if c1-0x21 < 0x5F || c1 >= 0x80 && n >= 3 && (s[n-3]-0xE4 < 12 || s[n-3] == 0xE3 && c1 != 0x80) {
			if c0-0x21 < 0x5F || c0-0xE4 < 12 || c0 == 0xE2 && n >= 3 && s[1]-0x80 > 1 {
				return s // (E2 but E2 80 and E2 81, where its spaces are: △, “, —)
			}
			if c0 == ' ' {
				// An indent of spaces before such a character (a layout's
				// lines, pdftotext -layout's): it alone comes off, as
				// below.
				i := 0 // (s[0] is a space: eight at a time from it, then four)
				for i+8 <= n && s[i:i+8] == "        " {
					i += 8
				}
				if i+4 <= n && s[i:i+4] == "    " {
					i += 4
				}
				for i < n && s[i] == ' ' {
					i++
				}
				if i < n {
					if c := s[i]; c-0x21 < 0x5F || c-0xE4 < 12 || c == 0xE2 && i+3 <= n && s[i+1]-0x80 > 1 {
						return s[i:]
					}
				}
			}
		}
	}
	// ASCII white space and the ideographic space, the indentation of
	// nearly every line that has any, come off byte by byte (spaces eight
	// at a time: pdftotext -layout pads its columns with dozens); then
	// most lines begin and end with a Han character or ASCII that is not
	// a space, which the bytes tell without the Unicode tables.
	i, j := 0, len(s)
	for i+8 <= j && s[i:i+8] == "        " {
		i += 8
	}
	for i < j {
		if c := s[i]; c == ' ' || c-'\t' <= '\r'-'\t' { // \t \n \v \f \r
			i++
		} else if c == 0xE3 && i+3 <= j && s[i+1] == 0x80 && s[i+2] == 0x80 { // U+3000
			i += 3
		} else {
			break
		}
	}
	for j > i {
		if c := s[j-1]; c == ' ' || c-'\t' <= '\r'-'\t' {
			j--
		} else if c == 0x80 && j-3 >= i && s[j-3] == 0xE3 && s[j-2] == 0x80 {
			j -= 3
		} else {
			break
		}
	}
	s = s[i:j]
	// (solidStart and solidEnd, their usual cases asked here first, pass
	// all that plainEnds passed but strings of one or two bytes, which
	// TrimSpace leaves as they are.)
	n := len(s)
	if n == 0 {
		return s
	}
	c0, c1 := s[0], s[n-1]
	if (c0-0x21 < 0x5F || n >= 3 && (c0-0xE4 < 12 || c0 == 0xE2 && s[1]-0x80 > 1) || solidStart(s)) &&
		(c1-0x21 < 0x5F || c1 >= 0x80 && n >= 3 && (s[n-3]-0xE4 < 12 || s[n-3] == 0xE3 && c1 != 0x80) || solidEnd(s)) {
		return s
	}
	return strings.TrimSpace(s) // other Unicode white space
}

// solidStart and solidEnd report whether s begins (ends) with a
// character that is surely not white space, from its bytes alone: ASCII
// above the space, and the three-byte characters — Han, full-width forms,
// CJK and general punctuation (“ ” … — 《 。) — but for the few spaces
// among them (U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
func solidStart(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < 0x80 {
		return c > ' '
	}
	return len(s) >= 3 && solid3(s[0], s[1], s[2])
}

func solidEnd(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if c := s[n-1]; c < 0x80 {
		return c > ' '
	}
	return n >= 3 && solid3(s[n-3], s[n-2], s[n-1])
}

// solid3 reports whether bytes a b c, a three-byte UTF-8 sequence, are a
// character that is not white space.
func solid3(a, b, c byte) bool {
	switch {
	case a >= 0xE4 && a <= 0xEF:
		return true
	case a == 0xE3:
		return !(b == 0x80 && c == 0x80)
	case a == 0xE2:
		return !(b == 0x80 && (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) || b == 0x81 && c == 0x9F)
	}
	return false
}

func isBlank(s string) bool {
	if s != "" && (s[0]-0x21 < 0x5F || s[0]-0xE4 < 12) {
		return false // (as the switch below says of its first byte: nearly every line, before the look for an indent)
	}
	i := 0
	for i+8 <= len(s) && s[i:i+8] == "        " {
		i += 8 // an indent of pdftotext -layout's
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', c == '\t', c == '\f', c == '\v', c == '\r':
		case c > ' ' && c < 0x80, c >= 0xE4 && c <= 0xEF:
			return false // a letter, a digit, a Han character
		default:
			if (c == 0xE2 || c == 0xE3) && i+2 < len(s) && solid3(c, s[i+1], s[i+2]) {
				return false // △, “, —, 。: a character no white space (trim would keep it)
			}
			return trim(s[i:]) == ""
		}
	}
	return true
}

// endsColon reports whether s ends with a colon: ： or the : a Word
// typist or an OCR gives for it (各乡镇人民政府，县直各单位:), which
// ends a notice's salutation or a list's lead-in as ： does.
func endsColon(s string) bool {
	n := len(s)
	return n > 0 && (s[n-1] == ':' || n >= 3 && s[n-1] == 0x9A && s[n-2] == 0xBC && s[n-3] == 0xEF)
}

// hasComma reports whether s holds a comma: ， or the , a Word typist
// or an OCR gives for it after a Han character (今年以来,县史志办…); not
// a figure's (1,200), which no sentence's clause ends.
func hasComma(s string) bool {
	for i := 1; i < len(s); i++ {
		k := strings.IndexByte(s[i:], ',')
		if k < 0 {
			break
		}
		if i += k; s[i-1] >= utf8.RuneSelf {
			return true
		}
	}
	return strings.Contains(s, "，")
}

// hanStop reports whether s holds a . after a Han character, an OCR's
// 。 (征集范围.2023年…); not a figure's (1.2万) or a numeral's (Ⅱ.).
func hanStop(s string) bool {
	for i := 1; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '.')
		if k < 0 {
			break
		}
		if i += k; s[i-1] >= utf8.RuneSelf && afterHan(s[:i]) {
			return true
		}
	}
	return false
}

// afterHan reports whether s ends with a Han character (or another of
// CJK's, 。 and ） too): what Chinese punctuation typed half-width
// follows (…发言., …致富!).
func afterHan(s string) bool {
	r, _ := decodeLastRune(s)
	return r >= 0x2E80 && r != utf8.RuneError
}

// cutComma returns s past the comma it begins with, ， or the , a Word
// typist or an OCR gives for it (11月8日,石桥镇：…); s itself when it
// begins with neither.
func cutComma(s string) string {
	if s != "" && s[0] == ',' {
		return s[1:]
	}
	return strings.TrimPrefix(s, "，")
}

// closedBlock reports whether prev, the last line of a block, ends it:
// closed, or the end of a bracket the line above it opened, as the wrap
// cuts a note or a date (…出席会议。（5月8 / 日）, …会议。（县志办 / 供稿）),
// which ends the paragraph as it does on one line (at a page's foot, the
// bold title atop the next page had run into it, its entry lost with its
// date, silently). Only a line that ends with a closing bracket and
// opens none is read again, with the line above.
func closedBlock(block []string, prev string) bool {
	if closed(prev) {
		return true
	}
	n := len(prev)
	if n >= 9 && editorLine(prev) {
		if len(trim(prev)) <= 40*3 {
			// …专家出席会议。（5月8日） / 责任编辑：王丽 / — 2 — / **东城区召开…**:
			// an editor's line ends its article as a full stop does (the bold
			// title atop the next page had run into it, its entry lost with
			// its date, silently). (责, 编, 审 by their first byte, set in
			// or not, asked by editorLine before the line is trimmed.)
			return true
		}
	}
	if len(block) < 2 || n < 3 || !(prev[n-1] == ')' || prev[n-3:] == "）") || strings.ContainsAny(prev, "（(") {
		return false
	}
	above := strings.TrimRight(block[len(block)-2], " \t\u3000")
	if !strings.ContainsAny(above, "（(") {
		return false
	}
	return closed(above + trim(prev))
}

// closed reports whether a paragraph ends where a sentence ends. A PDF
// page or column break cuts paragraphs anywhere; a paragraph that stops
// mid-sentence continues in the next block of text.
func closed(s string) bool {
	// Most lines that end no sentence end with a Han character or a
	// letter or figure, which no rule below reads as closed (no note
	// mark, no bracket, not enclosed): let them go at their last bytes.
	if n := len(s); n > 0 {
		if c := s[n-1]; c < utf8.RuneSelf {
			if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return false
			}
		} else if n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 {
			return false // U+4000–U+9FFF
		} else if n >= 3 && c == 0x82 && s[n-2] == 0x80 && s[n-3] == 0xE3 {
			// 。: no note mark for trimNoteMark to cut, and a sentence's
			// end whether cutTrailingNote finds a note or not.
			return true
		}
		if n >= 3 && s[n-1] == ')' && s[n-2]-'0' <= 9 {
			// …… (12), a contents line's page in brackets: no note mark,
			// a bracket that holds only a page is no note to cut
			// (cutTrailingNote), and before the bracket a figure, no
			// sentence's end. Enclosed or not, as below, without the
			// look at the rest (every line of a long contents asks).
			i := n - 2
			for i > 0 && (s[i]-'0' <= 9 || s[i] == ' ' || s[i] == '-') {
				i--
			}
			if s[i] == '(' {
				return enclosed(s)
			}
		}
	}
	if !solidEnd(s) {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	s = trimNoteMark(s)
	whole := s
	if t, ok := cutTrailingNote(s); ok && closed(t) {
		return true // …会议乙召开。（张三）: a byline or a note after the sentence
	}
	for s != "" {
		r, n := decodeLastRune(s)
		switch r {
		case '。', '！', '？', '!', '?', '；', '…', '.', '．', '｡': // (．, ｡: an OCR's or a typist's 。)
			return true
		case ';':
			// Typed half-width, as ；; not an HTML entity's end that a double
			// escape left as text (&rdquo;).
			return !entityEnd(s)
		case '”', '’', '」', '』', '）', ')', '》', '"', '\'', '】', '〕':
			// A closing mark ends a sentence only after a full stop: “嘘寒问暖”。
			s = s[:len(s)-n]
			continue
		}
		return enclosed(whole)
	}
	return enclosed(whole)
}

// fullStop reports whether s ends with a full stop: 。, or ． or ｡ as OCR
// and some typists give it.
func fullStop(s string) bool {
	n := len(s)
	return n >= 3 && (s[n-3:] == "。" || s[n-3:] == "．" || s[n-3:] == "｡")
}

// trimStop returns s without the full stop it ends with (see fullStop).
func trimStop(s string) string {
	if fullStop(s) {
		return s[:len(s)-3]
	}
	return s
}

// entityEnd reports whether s, which ends with ;, ends with an HTML
// entity (&rdquo;, &#8221;).
func entityEnd(s string) bool {
	for i := len(s) - 2; i >= 0 && i >= len(s)-10; i-- {
		switch c := s[i]; {
		case c == '&':
			return i < len(s)-2
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '#':
		default:
			return false
		}
	}
	return false
}

// sentencePunct reports whether s holds a sentence's punctuation or ends
// one: text, not a name or a title over it. A copy typed on an English
// keyboard (or put through NFKC) has , ; . where print has ，；。.
func sentencePunct(s string) bool {
	return containsAnyOf(s, "，。；,;") || closed(s)
}

// trimNoteMark takes off a footnote mark at the end of s ([^1], [1], ①,
// as converters print a note's call): 启用。[^1] ends its sentence.
func trimNoteMark(s string) string {
	n := len(s)
	switch {
	case n > 2 && s[n-1] == ']':
		i := strings.LastIndexByte(s, '[')
		if i < 0 || n-i > 8 {
			return s
		}
		mark := strings.TrimPrefix(s[i+1:n-1], "^")
		if mark == "" {
			return s
		}
		for j := 0; j < len(mark); j++ {
			if c := mark[j]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z') {
				return s
			}
		}
		return s[:i]
	case n > 3 && s[n-3] == 0xE2 && (s[n-2] == 0x91 && s[n-1] >= 0xA0 || s[n-2] == 0x92 && s[n-1] <= 0xB3):
		// ① to ⑳ (U+2460–U+2473)
		return s[:n-3]
	}
	return s
}

// noteLine reports whether t begins a footnote's or an endnote's text, as
// converters and typesetters print it under an article: [^1]: …, 注：…,
// 注释：…, 注①…, ① 见…, [1] 《…》. Such a line is never the rest of the
// sentence above it, however that one ends (…1958年大桥建成后废弃 / ① 见…),
// for a note read into the text is text the article never printed.
// A call the wrap put at a line's start (①。清乾隆…) is no note.
func noteLine(t string) bool {
	if len(t) < 4 || t[0] != '[' && t[0] != 0xE2 && t[0] != 0xE6 {
		return false // none of [, ① or 注 first: nearly every line
	}
	switch t[0] {
	case '[':
		end := strings.IndexByte(t, ']')
		if end < 2 || end > 8 {
			return false
		}
		mark := t[1:end]
		if mark[0] == '^' {
			return strings.HasPrefix(t[end+1:], ":") // [^1]: a Markdown footnote's definition
		}
		if !allDigits(mark) {
			return false
		}
		return noteText(t[end+1:]) // [1] 《宁川县志》…, a list of notes or references
	case 0xE2:
		return circledNumber(t) > 0 && noteText(t[3:]) // ① 见…, ①见…
	}
	if rest, ok := strings.CutPrefix(t, "注"); ok {
		rest = strings.TrimPrefix(rest, "释")
		if rest == "" {
			return true // 注释 alone over its notes
		}
		r, _ := decodeRune(rest)
		return r == '：' || r == ':' || r >= '①' && r <= '⑳' // 注：…, 注①…; not 注重…
	}
	return false
}

// noteText reports whether rest, what follows a note's number, is the
// note's text: a blank first, or a character no call is followed by in
// running text (a call is followed by punctuation or the sentence's
// rest: 明代①。清乾隆…, [1]，…), which here is a word of a source (见,
// 据, 参见) or a title's bracket (《…》).
func noteText(rest string) bool {
	if rest == "" {
		return false
	}
	if i := pastBlanks(rest, 0); i > 0 {
		return i < len(rest)
	}
	for _, w := range [...]string{"《", "见", "据", "参见", "引自", "转引自", "摘自", "同上"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// cutOpenParen returns s after the opening bracket it begins with, （ or
// one typed half-width, (.
func cutOpenParen(s string) (string, bool) {
	if in, ok := strings.CutPrefix(s, "（"); ok {
		return in, true
	}
	return strings.CutPrefix(s, "(")
}

// inParens returns what s holds between the brackets it begins and
// ends with, （…） or (…) typed half-width ((2024年2月26日)); false when
// it is not so bracketed.
func inParens(s string) (string, bool) {
	if in, ok := strings.CutPrefix(s, "（"); ok {
		return strings.CutSuffix(in, "）")
	}
	if in, ok := strings.CutPrefix(s, "("); ok {
		return strings.CutSuffix(in, ")")
	}
	return "", false
}

// enclosed reports whether the whole of s is in parentheses, as a line
// that credits a piece or its editors is printed: （供稿：市卫健委）,
// （编辑：王五　校对：赵六）. Such a line is complete, though it holds no
// full stop.
func enclosed(s string) bool {
	if s == "" || s[len(s)-1] != ')' && !strings.HasSuffix(s, "）") {
		return false
	}
	if s[0] != '(' && !strings.HasPrefix(s, "（") {
		return false
	}
	depth := 0
	for i, r := range s {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth--
			if depth == 0 && i+utf8.RuneLen(r) < len(s) {
				return false // （一）加强领导（二）
			}
		}
	}
	return depth == 0
}

// hanLast returns the character of U+4000–U+9FFF (Han; three bytes led
// by E4 to E9) that ends t, or -1 when t ends otherwise: small enough to
// be inlined where a heading's last character is asked for in a loop.
func hanLast(t string) rune {
	if n := len(t); n >= 3 && t[n-3]-0xE4 <= 5 && t[n-2]&0xC0 == 0x80 && t[n-1]&0xC0 == 0x80 {
		return rune(t[n-3]&0x0F)<<12 | rune(t[n-2]&0x3F)<<6 | rune(t[n-1]&0x3F)
	}
	return -1
}

// lastIndexRare is strings.LastIndex(s, w) for w not empty whose first
// byte is rare in s (the lead byte of a full-width bracket): each place
// that byte is, found by IndexByte, is asked whether w begins there.
// strings.LastIndex hashes its way back over every byte of s.
func lastIndexRare(s, w string) int {
	last := -1
	for k := 0; ; {
		i := strings.IndexByte(s[k:], w[0])
		if i < 0 {
			return last
		}
		if strings.HasPrefix(s[k+i:], w) {
			last = k + i
		}
		k += i + 1
	}
}

// stripMarkup removes inline bold markup (** and <b>…</b>) from text.
func stripMarkup(s string) string {
	if !hasMarkup(s) {
		return s
	}
	for _, pair := range boldPairs {
		s = strings.ReplaceAll(s, pair[0], "")
		if pair[1] != pair[0] {
			s = strings.ReplaceAll(s, pair[1], "")
		}
	}
	return s
}

// hasMarkup reports whether s holds ** or <, as stripMarkup removes only
// what begins with them. A line longer than 64 bytes by two searches; a
// heading or a title, most of them shorter, eight bytes at a time (the
// searches' setting up cost more there).
func hasMarkup(s string) bool {
	if len(s) > 64 {
		return strings.Contains(s, "**") || strings.IndexByte(s, '<') >= 0
	}
	// Eight bytes at a time first: a word with no < and no * holds no
	// markup, nor begins a ** that goes on in the next (nearly every
	// heading and title is let go so, byte by byte it took a tenth of the
	// parse of a million short headings). From the first word that holds
	// either, byte by byte.
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	mark := func(w string) bool {
		x := binary.LittleEndian.Uint64([]byte(w))
		lt, star := x^(lo*'<'), x^(lo*'*')
		return (lt-lo)&^lt&hi|(star-lo)&^star&hi != 0
	}
	if n := len(s); n >= 8 && n <= 16 && !mark(s[:8]) && !mark(s[n-8:]) {
		return false // (a heading's length: its two words, overlapping, without the loop)
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if mark(s[i : i+8]) {
			break
		}
	}
	if i >= 8 && i < len(s) && i+8 > len(s) && !mark(s[len(s)-8:]) {
		return false // (the last bytes, as a word that overlaps the one before)
	}
	for ; i < len(s); i++ {
		if c := s[i]; c == '<' || c == '*' && i+1 < len(s) && s[i+1] == '*' {
			return true
		}
	}
	return false
}

// heading parses a Markdown ATX heading (# to ######). A PDF converter
// sometimes leaves out the space after the hashes; that is accepted.
func heading(line string) (level int, text string, ok bool) {
	if level, text, ok = headingRaw(line); ok {
		text = stripMarkup(text)
	}
	return level, text, ok
}

// headingRaw is heading without its text's markup taken off: the text
// trimmed, as heading has it before stripMarkup.
func headingRaw(line string) (level int, text string, ok bool) {
	s := line
	if s != "" && s[0] == ' ' {
		s = trimLeftBlanks(s, false)
	}
	if s == "" || s[0] != '#' {
		return 0, "", false // nearly every line
	}
	level = 1 // (s[0] is #)
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return 0, "", false
	}
	k := level
	for k < len(s) && s[k] == ' ' {
		k++ // the space after the hashes, before trim's look at both ends
	}
	text = s[k:]
	// Printable ASCII or Han (E4–EF) first, and printable ASCII or a
	// character led by E4–EF last: trim gives it back as it is (its own
	// first look), without the call (every heading's text).
	if n := len(text); n == 0 || !(text[0]-0x21 < 0x5F || text[0]-0xE4 < 12) || !(text[n-1]-0x21 < 0x5F || text[n-1] >= 0x80 && n >= 3 && text[n-3]-0xE4 < 12) {
		text = trim(text)
	}
	if text != "" && text[len(text)-1] == '}' {
		// pandoc's attributes: ## 领导活动 {#领导活动-1 .unnumbered}, after
		// a closing sequence too (## 领导活动 ## {#id})
		if at := strings.LastIndex(text, " {"); at > 0 && at+2 < len(text) && (text[at+2] == '#' || text[at+2] == '.') {
			text = trim(text[:at])
		}
	}
	if text != "" && text[len(text)-1] == '#' { // (nearly every heading ends otherwise)
		text = trim(strings.TrimRight(text, "#")) // a closing sequence: ## 时政要闻 ##
	}
	if text == "" {
		return 0, "", false
	}
	return level, text, true
}

// rule reports whether line is a thematic break (---, ***, ___). It runs
// on every line, so it looks at bytes and allocates nothing. An
// ideographic space is white space too: an editor that pads lines with it
// (---　) leaves a rule, not text.
func rule(line string) bool {
	var c byte
	n := 0
	for i := 0; i < len(line); i++ {
		switch b := line[i]; b {
		case ' ', '\t':
		case 0xE3:
			if i+2 >= len(line) || line[i+1] != 0x80 || line[i+2] != 0x80 {
				return false
			}
			i += 2
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

// ornaments are the characters a rule of ornaments is made of.
var ornaments = newRuneSet("—─━═＝～〜·•＊★☆◆◇●○■□※◎▲△")

// ornament reports whether line is a row of ornaments and nothing else:
// three or more dashes, stars or dots beyond ASCII (————, ★　★　★, ※※※,
// ～～～), with spaces between them or not. ASCII rows are rules.
func ornament(line string) bool {
	i := indentBytes(line) // spaces, tabs, ideographic spaces (eight spaces at a time)
	if len(line)-i < 9 {
		return false // three ornaments beyond ASCII take 6 bytes at least, most 9
	}
	if c := line[i]; c != 0xE2 && c != 0xEF && c != 0xE3 && c != 0xC2 {
		return false // every line of text, by its first byte: Han is E4–E9
	}
	t := trim(line)
	n := 0
	for _, r := range t {
		switch {
		case ornaments.has(r):
			n++
		case r == ' ' || r == '\u3000' || r == '\t':
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
	if s == "" || s[0] != '*' && s[0] != '<' {
		return "", false // nearly every line
	}
	if c := s[len(s)-1]; c != '*' && c != '>' {
		return "", false // no pair's close ends it: a bold title over its text
	}
	for _, pair := range boldPairs {
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
// line to its body entry: a leading enumerator (1. （一） 一、) dropped,
// full-width forms folded to half-width, letters lower-cased, spaces,
// markup and every quote and bracket removed (one copy prints "特炭之都"
// where another prints “特炭之都”, 【】 where another prints []).
func foldKey(s string) string {
	var buf [96]byte // most titles' keys: on the stack, one copy to the string
	return string(appendFoldKey(buf[:0], s))
}

// appendFoldKey appends the foldKey of s to b. A lookup by the key of
// a line in a map, m[string(appendFoldKey(buf[:0], l))], copies nothing:
// the body asks that of most of its lines.
func appendFoldKey(b []byte, s string) []byte {
	if strings.IndexByte(s, '\\') >= 0 {
		// [1\. 县委常委会召开会议 1](#…): pandoc escapes a number that
		// begins a line; the body's title is read without the backslash.
		s = unescapeText(s)
	}
	s = stripMarkup(s)
	s = trim(s)
	s = s[enumerator(s):]
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		s = s[outlineNumber(s):] // 1.1 title: the number a contents may leave out
	}
	for i := 0; i < len(s); {
		// A run of what the key keeps as it is (Han, and ASCII that is
		// neither a space, a quote or bracket, nor a capital) is copied
		// whole: a character at a time, the copy had cost most of a key.
		j := i
		for j < len(s) {
			// Two Han characters at a time where eight bytes are left
			// (as validControls reads them).
			for j+8 <= len(s) {
				x := binary.LittleEndian.Uint64([]byte(s[j : j+8]))
				if x&0xC0C000C0C000 != 0x808000808000 || byte(x)-0xE4 > 0xEE-0xE4 || byte(x>>24)-0xE4 > 0xEE-0xE4 {
					break
				}
				j += 6
			}
			if j >= len(s) {
				break
			}
			if c := s[j]; c < utf8.RuneSelf {
				if !foldKeeps[c] {
					break
				}
				j++
			} else if c >= 0xE4 && c <= 0xEE && j+3 <= len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 {
				j += 3
			} else {
				break
			}
		}
		if j > i {
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case '0' <= c && c <= '9' || 'a' <= c && c <= 'z':
				b = append(b, c) // (the commonest first: what the default does)
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			case c == '"', c == '\'', c == '[', c == ']', c == '(', c == ')', c == '<', c == '>': // `"'[]()<>`, without a search
			case 'A' <= c && c <= 'Z':
				b = append(b, c+'a'-'A')
			default:
				b = append(b, c)
			}
			continue
		}
		if c >= 0xE4 && c <= 0xEE && i+3 <= len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			b = append(b, s[i:i+3]...) // U+4000–U+EFFF, Han: as it is, undecoded
			i += 3
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		if r >= 0x3400 && r < 0xFF00 {
			b = append(b, s[i-n:i]...) // Han: as it is
			continue
		}
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
			if strings.ContainsRune(`"'[]()<>`, r) {
				continue
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		case unicode.IsSpace(r), emojiPart(r), r == 0x200D:
			continue // a web page's pictographs (🔹, 📌) are no letters of a title
		}
		switch r {
		case '“', '”', '‘', '’', '「', '」', '『', '』', '【', '】', '〔', '〕', '《', '》', '〈', '〉':
			continue
		}
		if r < 0x2000 {
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// foldKeeps marks the ASCII bytes appendFoldKey keeps as they are: all
// but white space, quotes and brackets, and capitals.
var foldKeeps = func() (k [utf8.RuneSelf]bool) {
	for c := range k {
		k[c] = !strings.ContainsRune(" \t\n\r\f\v\"'[]()<>", rune(c)) && !('A' <= c && c <= 'Z')
	}
	return k
}()

// cnDigits are the characters Chinese enumerators and numerals are made of.
const cnDigits = "一二三四五六七八九十百零〇两"

// isCnDigit reports whether r is one of cnDigits, by a switch rather
// than a search of the string: enumerator asks it of nearly every line.
func isCnDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇', '两':
		return true
	}
	return false
}

// enumerator returns the byte length of the enumerator a heading or a
// table-of-contents line starts with — 一、 （一） (一) （1） 1. 1、 1． —
// with the spaces after it; 0 when there is none.
func enumerator(s string) int {
	if s == "" {
		return 0
	}
	// By its first byte, most lines: an enumerator begins with a figure,
	// a bracket, or a numeral (〇 E3, 一 to 十 and 两 E4–E5, 百 E7, 零
	// E9; the full-width forms EF).
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		if c != '(' && (c < '0' || c > '9') {
			return 0
		}
	case c != 0xEF && c != 0xE3 && c != 0xE4 && c != 0xE5 && c != 0xE7 && c != 0xE9:
		return 0
	}
	i := 0
	paren := false
	if strings.HasPrefix(s, "（") {
		i, paren = len("（"), true
	} else if strings.HasPrefix(s, "(") {
		i, paren = 1, true
	}
	start := i
	if i < len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == 0xE3, c == 0xE4, c == 0xE5, c == 0xE7, c == 0xE9, c == 0xEF:
		default:
			// No figure begins so: not ０–９ (EF), nor a Chinese digit
			// (〇 E3; 一二三五七九两 E4; 四六八十 E5; 百 E7; 零 E9). Most
			// lines are let go by their first byte.
			return 0
		}
	}
	digits, cn := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		digits, i = digits+1, i+1 // (ASCII figures without decoding them)
	}
	if i < len(s) {
		// After the figures, neither another figure (EF, E3–E9 as above)
		// nor what closes an enumerator (、 E3, ．and ） EF, . and )):
		// 11月, 2023年, a dated line's first word, let go by its byte.
		if c := s[i]; c < utf8.RuneSelf && c != '.' && c != ')' || c >= utf8.RuneSelf && c != 0xEF && c != 0xE3 && c != 0xE4 && c != 0xE5 && c != 0xE7 && c != 0xE9 {
			return 0
		}
	}
	for i < len(s) {
		r, n := decodeRune(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case isCnDigit(r):
			cn++
		default:
			goto done
		}
		i += n
	}
done:
	if i == start || digits > 0 && cn > 0 || digits > 3 || cn > 4 {
		return 0
	}
	r, n := decodeRune(s[i:])
	switch {
	case paren && (r == '）' || r == ')'):
	case !paren && (r == '、' || r == '．'):
	case !paren && r == '.' && (digits > 0 || cn > 0):
		// 1. title, 一.title, but not 2023.12 or 3.5万
		if next, _ := decodeRune(s[i+n:]); next >= '0' && next <= '9' {
			return 0
		}
	default:
		return 0
	}
	i += n
	i = pastBlanks(s, i)
	if i >= len(s) {
		return 0 // an enumerator and nothing after it is not an enumerated line
	}
	return i
}

// outlineNumber returns the byte length of the decimal outline number a
// title starts with (1.1 会议甲召开, 2.3.1 …, as a Word outline numbers
// its headings), with the white space after it; 0 when there is none.
// The space is required: 5.12汶川地震纪念 and 1.5亿元 begin with a number
// that is the title's.
func outlineNumber(s string) int {
	i, parts := 0, 0
	for {
		_, n, j := figuresAt(s, i, 3) // (1.1, １.１)
		if n == 0 || n > 2 {
			return 0
		}
		i = j
		parts++
		if k := outlineDot(s[i:]); k > 0 && parts < 4 {
			i += k
			continue
		}
		break
	}
	j := i
	for j < len(s) {
		if s[j] == ' ' || s[j] == '\t' {
			j++
		} else if strings.HasPrefix(s[j:], "\u3000") {
			j += len("\u3000")
		} else {
			break
		}
	}
	if parts < 2 || j == i || j == len(s) {
		return 0
	}
	if r, _ := decodeRune(s[j:]); r == '%' || r == '％' {
		return 0 // a figure: 3.5 %
	}
	return j
}

// outlineNums reads the numbers of an outline number (1.2 → [1 2],
// １．２ too) into buf.
func outlineNums(buf []int, s string) []int {
	buf = buf[:0]
	for i := 0; ; {
		v, _, j := figuresAt(s, i, 3)
		buf = append(buf, v)
		k := outlineDot(s[j:])
		if k == 0 {
			return buf
		}
		i = j + k
	}
}

// outlineDot returns the length of the point between an outline number's
// parts that s begins with, . or ．, or 0.
func outlineDot(s string) int {
	if s != "" && s[0] == '.' {
		return 1
	}
	if strings.HasPrefix(s, "．") {
		return len("．")
	}
	return 0
}

// cutTrailingNote returns s without the parenthesis it ends with
// (…召开。（张三）), when that is short: a byline or a note; a gazetteer's
// note or source in 〔〕 is one too (…减产。〔据《宁川县粮食志》〕).
func cutTrailingNote(s string) (string, bool) {
	var open, close string
	switch {
	case strings.HasSuffix(s, "）"):
		open, close = "（", "）"
	case strings.HasSuffix(s, ")"):
		open, close = "(", ")"
	case strings.HasSuffix(s, "〕"):
		open, close = "〔", "〕"
	default:
		return "", false
	}
	// The note is 40 characters at most: its bracket is in the last 160
	// bytes, and no longer paragraph is searched whole.
	from := max(0, len(s)-40*4)
	i := strings.LastIndex(s[from:], open)
	if i < 0 {
		return "", false
	}
	if i += from; i == 0 || len(s)-i > 40 && utf8.RuneCountInString(s[i:]) > 40 { // (no more characters than bytes)
		return "", false
	}
	inner := s[i+len(open) : len(s)-len(close)]
	if pageOnly(inner) {
		return "", false // (12), (12-13): a page, after a leader, not a note
	}
	return trimRight(s[:i]), true
}

// pageOnly reports whether s is figures, spaces and dashes and nothing
// else: a page or a range of pages (12, 12-13, １２—１３), or nothing.
// (strings.Trim with a cutset beyond ASCII reads the cutset anew for
// every character: a tenth of the parse of a long table of contents.)
func pageOnly(s string) bool {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９', r == ' ', r == '-', r == '—', r == '–', r == '－':
		default:
			return false
		}
	}
	return true
}

// caption reports whether t is a picture's caption: 图为…, 图：…, 上图…,
// or a credit for the photograph (…（张三　摄）, …供图). A caption ends no
// sentence and stands alone, as a heading does, and is none.
func caption(t string) bool {
	for {
		switch {
		case strings.HasPrefix(t, "▲"), strings.HasPrefix(t, "△"), strings.HasPrefix(t, "（"):
			t = t[3:] // (three bytes each)
			continue
		case t != "" && t[0] == '(':
			t = t[1:]
			continue
		}
		break
	}
	// (All begin with 图上下左右: the first character lets most lines go.)
	if f, _ := decodeRune(t); f == '图' || f == '上' || f == '下' || f == '左' || f == '右' {
		for _, w := range [...]string{"图为", "图：", "图:", "图片：", "上图", "下图", "左图", "右图", "图片来源"} {
			if strings.HasPrefix(t, w) {
				return true
			}
		}
	}
	for {
		switch {
		case strings.HasSuffix(t, "）"):
			t = t[:len(t)-len("）")]
			continue
		case t != "" && (t[len(t)-1] == ')' || t[len(t)-1] == ' '):
			t = t[:len(t)-1]
			continue
		}
		break
	}
	return strings.HasSuffix(t, "摄") || strings.HasSuffix(t, "供图") || strings.HasSuffix(t, "摄影") || sceneCaption(t) || creditEnd(t)
}

// creditLine reports whether t ends with a photograph's credit in
// brackets, the credit's word first (…（摄影　李明）): a caption's end.
func creditLine(t string) bool {
	if t, ok := strings.CutSuffix(t, "）"); ok {
		return creditEnd(t)
	}
	if t, ok := strings.CutSuffix(t, ")"); ok {
		return creditEnd(t)
	}
	return false
}

// creditEnd reports whether t, a line with its closing brackets cut off,
// ended with a photograph's credit in brackets, the credit's word first:
// …（摄影　李明）, …(摄影：王建). photoCredit reads the bracket.
func creditEnd(t string) bool {
	// The credit's 摄 follows its bracket, which stands within the last
	// 24*3 bytes: a line without 摄 in its last 24*3-1 goes without the
	// search for the bracket back through the whole line (most lines).
	// (Looked for in two windows of 64 bytes that overlap, where the
	// tail is longer: strings.Index compares so short a string at once,
	// a longer one by a search for 摄's first byte, common in Han.)
	if tail := t[max(0, len(t)-(24*3-1)):]; len(tail) <= 64 && !strings.Contains(tail, "摄") ||
		len(tail) > 64 && !strings.Contains(tail[:64], "摄") && !strings.Contains(tail[len(tail)-64:], "摄") {
		return false
	}
	i := strings.LastIndex(t, "（")
	if i < 0 {
		i = strings.LastIndexByte(t, '(')
	}
	if i < 0 || len(t)-i > 24*3 {
		return false
	}
	in := t[i:]
	if in[0] == '(' {
		in = in[1:]
	} else {
		in = in[len("（"):]
	}
	return strings.HasPrefix(in, "摄影") || strings.HasPrefix(in, "摄")
}

// creditClosed reports whether t ends with a photograph's credit in
// brackets, either way round: …开幕（县委宣传部　供图）, …举行（王　建　摄）,
// …（摄影　李明）. A caption ends there: the next block, under the next
// picture, is no rest of it.
func creditClosed(t string) bool {
	if !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndex(t, "（")
	if j := strings.LastIndexByte(t, '('); j > i {
		i = j
	}
	return i >= 0 && len(t)-i <= 24*3 && photoCredit(t[i:])
}

// photoCredit reports whether t is a photograph's credit alone in
// brackets, short: （县政府办公室　供图）, （王　刚　摄）, （摄影 宋佳宁）,
// (摄影：宋佳宁).
func photoCredit(t string) bool {
	if len(t) > 24*3 {
		return false
	}
	var ok bool
	if t, ok = strings.CutPrefix(t, "（"); !ok {
		if t, ok = strings.CutPrefix(t, "("); !ok {
			return false
		}
	}
	if t, ok = strings.CutSuffix(t, "）"); !ok {
		if t, ok = strings.CutSuffix(t, ")"); !ok {
			return false
		}
	}
	return strings.Contains(t, "摄") || strings.HasSuffix(trim(t), "供图")
}

// sceneCaption reports whether t names what a photograph shows, short
// and by the picture's own nouns: 会议现场, 调研现场, 座谈会会场, 与会人员合影,
// 园区一角. No title is so short and says nothing happened; no column's
// name ends so.
func sceneCaption(t string) bool {
	if len(t) < 6 || len(t) > 12*3 {
		return false
	}
	for _, w := range [...]string{"现场", "会场", "合影", "留影", "一角"} {
		if strings.HasSuffix(t, w) {
			return !containsAnyOf(t, "，。、；：")
		}
	}
	return false
}

// boldMarks counts the ** in s as strings.Count does (*** holds one),
// going from * to * (strings.Count looks for the pair with a general
// search, which on a line with bold costs several times this).
func boldMarks(s string) int {
	n := 0
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '*')
		if j < 0 {
			return n
		}
		i += j + 1
		if i < len(s) && s[i] == '*' {
			n++
			i++
		}
	}
}

// dropSpaces returns s without its spaces and ideographic spaces (清 代,
// 时　间, letter-spaced): a strings.Replacer made for the call had
// cost a heading more than all else its tests ask of it.
func dropSpaces(s string) string {
	if strings.IndexByte(s, ' ') < 0 && !strings.Contains(s, "\u3000") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ' ':
		case s[i] == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80:
			i += 2
		default:
			b = append(b, s[i])
		}
	}
	return string(b)
}

// pastBlanks returns the index past the spaces, ideographic spaces and
// tabs that begin s[i:]: where a line's text starts after its number.
func pastBlanks(s string, i int) int {
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if r != ' ' && r != '\u3000' && r != '\t' {
			break
		}
		i += n
	}
	return i
}

// leadByte is the first byte of trim(l) where it tells so without
// trimming: the byte after l's indent (spaces, tabs, ideographic
// spaces), where it begins a character that is surely no space (ASCII
// above the space, a character of E4–EF). 0 where it cannot tell.
func leadByte(l string) byte {
	if l != "" && (l[0]-0x21 < 0x5F || l[0]-0xE4 < 12) {
		return l[0] // no indent (it begins with a space, a tab or E3): nearly every line
	}
	if k := indentBytes(l); k < len(l) {
		if c := l[k]; c-0x21 < 0x5F || c-0xE4 < 12 {
			return c
		}
	}
	return 0
}

// trimLeftBlanks is strings.TrimLeft(s, " "), or with tabs
// strings.TrimLeft(s, " \t"): spaces eight at a time first, as
// pdftotext -layout indents by dozens, and no cutset to read.
func trimLeftBlanks(s string, tabs bool) string {
	for len(s) >= 8 && s[:8] == "        " {
		s = s[8:]
	}
	for s != "" && (s[0] == ' ' || tabs && s[0] == '\t') {
		s = s[1:]
	}
	return s
}

// trimLeftSpaces is strings.TrimLeft(s, " \u3000"), without the search
// of a cutset beyond ASCII for every character that strings.TrimLeft
// makes (on a chronicle's thousands of △ lines, a tenth of a function's
// time).
func trimLeftSpaces(s string) string {
	for {
		switch {
		case s != "" && s[0] == ' ':
			s = s[1:]
		case strings.HasPrefix(s, "\u3000"):
			s = s[len("\u3000"):]
		default:
			return s
		}
	}
}

// footnote is a Markdown footnote's definition ([^1]: 见《…》。) taken
// from the end of a copy: its label, its paragraphs, the index of its
// line.
type footnote struct {
	label string
	paras []string
	line  int
}

// ruleAtEnd takes off a rule that ends the copy, a blank line over it:
// the rule a file of several issues parts them with (本期印发120份 / --- /
// 宁川史志工作简报 / 2024年第7期, the cut made at the next cover), or a
// Markdown copy closes with. It ends nothing, and what the copy ends
// with is above it: the notes, the masthead or whom the issue goes to
// (they had been the last entry's text, silently, the rule under them).
func (p *parser) ruleAtEnd() {
	for i := len(p.lines) - 1; i > p.bodyStart; i-- {
		l := p.lines[i]
		if isBlank(l) || p.isTransparent(i) {
			continue
		}
		if len(l) <= 120 && rule(l) && isBlank(p.lines[i-1]) {
			p.lines = p.lines[:i]
		}
		return
	}
}

// notesAtEnd takes out the footnotes' definitions pandoc writes at the
// very end of a copy, after the back cover's masthead too ([^1]: 见《…》。,
// a blank line between, a note's further lines and paragraphs set in by
// four spaces): read there, they had been the last article's text, and
// had hidden the masthead above them, which must end the copy. Each is
// given to the article that calls it (placeNotes). Only a block of them
// that ends the copy: a note printed under its article stays there.
func (p *parser) notesAtEnd() {
	end := len(p.lines) - 1
	for end > p.bodyStart && isBlank(p.lines[end]) {
		end--
	}
	start, set := -1, 0
	for i := end; i > p.bodyStart; i-- {
		l := p.lines[i]
		if isBlank(l) {
			continue
		}
		if l[0] == '[' {
			if _, _, ok := footnoteDef(l); ok {
				start, set = i, 0
				continue
			}
		}
		if (l[0] == ' ' && strings.HasPrefix(l, "    ") || l[0] == '\t') && set < 40 {
			// A note's further line, or text set in: the first definition
			// above decides (not looked for above 40 such lines, as a
			// copy pdftotext -layout set in line by line has them all).
			set++
			continue
		}
		break // nearly every copy, at its last line
	}
	if start < 0 {
		return
	}
	var notes []footnote
	blank := false
	for i := start; i <= end; i++ {
		l := p.lines[i]
		p.lines[i] = ""
		if isBlank(l) {
			blank = true
			continue
		}
		if label, text, ok := footnoteDef(l); ok {
			notes = append(notes, footnote{label: label, paras: []string{text}, line: i})
		} else if n := &notes[len(notes)-1]; blank {
			n.paras = append(n.paras, trim(l)) // a note's next paragraph
		} else {
			n.paras[len(n.paras)-1] = joinNoteLine(n.paras[len(n.paras)-1], trim(l)) // pandoc's wrap
		}
		blank = false
	}
	p.notes = notes
}

// footnoteDef parses a Markdown footnote's definition: [^1]: 见《…》。
func footnoteDef(l string) (label, text string, ok bool) {
	if len(l) < 5 || l[0] != '[' || l[1] != '^' {
		return "", "", false
	}
	k := strings.IndexByte(l, ']')
	if k < 3 || k > 12 || k+1 >= len(l) || l[k+1] != ':' {
		return "", "", false
	}
	return l[2:k], trim(l[k+2:]), true
}

// joinNoteLine joins a note's line to the one pandoc wrapped it from, at a
// space: kept between Latin words, not between Han characters.
func joinNoteLine(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	if a[len(a)-1] < utf8.RuneSelf && b[0] < utf8.RuneSelf {
		return a + " " + b
	}
	return a + b
}

// placeNotes gives each footnote notesAtEnd took out to the article that
// calls it, as paragraphs after its text ([1] 见《…》。), and writes each
// call as the note is labelled ([^1] is [1]): a reader sees neither
// Markdown's caret nor the notes of every article under the last one. The
// article is the one whose lines hold the note's first call; a note no
// line calls stays with the last article, as it was printed. A note's
// definition set among the articles (under the one that calls it, or
// all of them above a back cover's masthead) is labelled so too, and
// goes to the article that calls it where that is another.
func (p *parser) placeNotes() {
	if len(p.notes) == 0 && !p.inlineNotes {
		return
	}
	type at struct{ s, e int }
	var last at
	found := false
	for si := range p.iss.Sections {
		for ei := range p.iss.Sections[si].Entries {
			last, found = at{si, ei}, true
		}
	}
	if !found {
		if len(p.notes) == 0 {
			return // (notes among no articles: none)
		}
		// Notes and no article: they are the text, as printed.
		p.iss.Sections = append(p.iss.Sections, model.Section{Entries: []model.Entry{{Line: p.notes[0].line + 1}}})
		last = at{len(p.iss.Sections) - 1, 0}
	}
	// callAt is the article whose lines hold the note's first call.
	callAt := func(label string) (at, bool) {
		call := "[^" + label + "]"
		off := 0
		for {
			k := strings.Index(p.text[off:], call)
			if k < 0 {
				return at{}, false
			}
			k += off
			off = k + len(call)
			if off < len(p.text) && p.text[off] == ':' {
				continue // the definition
			}
			line := p.readLine(strings.Count(p.text[:k], "\n"))
			to, ok := at{}, false
			for si, sec := range p.iss.Sections {
				if sec.Line-1 == line && len(sec.Entries) > 0 {
					return at{si, 0}, true // (## title[^1] read as a section's name: its text's)
				}
				for ei, e := range sec.Entries {
					if e.Line > 0 && e.Line-1 <= line {
						to, ok = at{si, ei}, true
					}
				}
			}
			return to, ok
		}
	}
	labels := make([]string, 0, len(p.notes))
	type moved struct {
		to    at
		paras []model.Paragraph
	}
	var moves []moved
	if p.inlineNotes {
		for si := range p.iss.Sections {
			for ei := range p.iss.Sections[si].Entries {
				e := &p.iss.Sections[si].Entries[ei]
				var keep []model.Paragraph // nil until a note leaves
				for pi, para := range e.Paragraphs {
					label, text, ok := footnoteDef(para.Text)
					if !ok {
						if keep != nil {
							keep = append(keep, para)
						}
						continue
					}
					labels = append(labels, label)
					para.Text = "[" + label + "] " + text
					if to, ok := callAt(label); ok && to != (at{si, ei}) {
						moves = append(moves, moved{to, []model.Paragraph{para}})
						if keep == nil {
							keep = append(make([]model.Paragraph, 0, len(e.Paragraphs)), e.Paragraphs[:pi]...)
						}
						continue
					}
					e.Paragraphs[pi] = para
					if keep != nil {
						keep = append(keep, para)
					}
				}
				if keep != nil {
					e.Paragraphs = keep
				}
			}
		}
	}
	for _, n := range p.notes {
		labels = append(labels, n.label)
		to, ok := callAt(n.label)
		if !ok {
			to = last
		}
		paras := make([]model.Paragraph, 0, len(n.paras))
		for i, t := range n.paras {
			if i == 0 {
				t = "[" + n.label + "] " + t
			}
			paras = append(paras, model.Paragraph{Text: t, Line: n.line + 1})
		}
		moves = append(moves, moved{to, paras})
	}
	for _, m := range moves {
		e := &p.iss.Sections[m.to.s].Entries[m.to.e]
		e.Paragraphs = append(e.Paragraphs, m.paras...)
	}
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		s.Name = noteCalls(s.Name, labels)
		for ei := range s.Entries {
			e := &s.Entries[ei]
			e.Title = noteCalls(e.Title, labels)
			for pi := range e.Paragraphs {
				e.Paragraphs[pi].Text = noteCalls(e.Paragraphs[pi].Text, labels)
			}
		}
	}
}

// pageNoteCall is the call a page's footnote t answers to, as the text
// prints it: ① for ① …, [1] for [1] …, 注1 for 注1：…, and for a note a
// PDF's text left a plain figure (1 县…局：…) the figure; "" for a line
// that is no such note.
func pageNoteCall(t string) string {
	if t == "" {
		return "" // (a paragraph of markup alone, **, is empty once it is off)
	}
	switch {
	case circledNumber(t) > 0:
		return t[:3]
	case t[0] == '[':
		if end := strings.IndexByte(t, ']'); end > 1 && end <= 4 && allDigits(t[1:end]) && noteLine(t) {
			return t[:end+1]
		}
	case strings.HasPrefix(t, "注") && len(t) > len("注1："):
		i := len("注")
		j := figuresEnd(t, i, 2) // (注1：, 注１：)
		if j > i && (strings.HasPrefix(t[j:], "：") || strings.HasPrefix(t[j:], ":")) {
			return t[:j]
		}
	default:
		return figureNote(t)
	}
	return ""
}

// pageNotesToCalls moves a chronicle's page-foot notes to the event that
// calls them. A page prints its notes at its foot, under its last event,
// which is seldom the one that calls them (…驻军某部500名官兵参加抢险① /
// 1999年 / … / 是年，…② / ① 8月12日夜，… / ② 民国三十七年…): a note that
// its own event does not call goes after the text of the event of the
// same page, above it, that does (twelve events up at most); a note none
// calls stays where it is printed. Before the events are dated, so that
// an entry a note began is no event. Only among untitled events: an
// article's notes, even at a page's foot, are the article's.
func (p *parser) pageNotesToCalls() {
	emptied := false
	for si := range p.iss.Sections {
		entries := p.iss.Sections[si].Entries
		for ei := range entries {
			e := &entries[ei]
			if e.Title != "" || len(e.Paragraphs) == 0 {
				continue
			}
			// An entry a note begins (1992年 at a page's foot, then ①
			// 1995年4月，…: the year's first entry, undated, or dated by a
			// note that begins with a date) may go whole: a numbered
			// event's mark (①3月1日，…) is called by no event above.
			from := 1
			if pageNoteCall(e.Paragraphs[0].Text) != "" {
				from = 0
			}
			var keep []model.Paragraph // nil until a note leaves
			for pi, para := range e.Paragraphs {
				moved := false
				if t := para.Text; pi >= from && t != "" && (t[0] == 0xE2 || t[0] == '[' || t[0] == 0xE6 || t[0] >= '1' && t[0] <= '9' || t[0] == 0xEF) {
					if call := pageNoteCall(t); call != "" && !p.calledIn(e.Paragraphs, call) {
						if to := p.callingEvent(si, ei, call, para.Line-1); to != nil {
							to.Paragraphs = append(slices.Clip(to.Paragraphs), para)
							moved = true
						}
					}
				}
				if moved && keep == nil {
					keep = append(make([]model.Paragraph, 0, len(e.Paragraphs)), e.Paragraphs[:pi]...)
				} else if !moved && keep != nil {
					keep = append(keep, para)
				}
			}
			if keep != nil {
				e.Paragraphs = keep
				emptied = emptied || len(keep) == 0
			}
		}
	}
	if !emptied {
		return
	}
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		s.Entries = slices.DeleteFunc(s.Entries, func(e model.Entry) bool { return e.Title == "" && len(e.Paragraphs) == 0 })
	}
}

// calledIn reports whether a paragraph of ps that is no note itself
// prints call inside its text (…参加抢险①。, …局1统计。).
func (p *parser) calledIn(ps []model.Paragraph, call string) bool {
	for _, para := range ps {
		t := para.Text
		if pageNoteCall(t) != "" {
			continue
		}
		if figureFirst(call) { // (1, １)
			if figureCalled(t, call) {
				return true
			}
		} else if strings.Index(t, call) > 0 {
			return true
		}
	}
	return false
}

// callingEvent is the untitled event above entry ei of section si that
// calls call, on the page of line at (0-based, the note's: no head, folio
// or form feed between the event's first line and it), twelve events up
// at most (across the year's sections); nil when none does.
func (p *parser) callingEvent(si, ei int, call string, at int) *model.Entry {
	n := 0
	for s := si; s >= 0; s-- {
		entries := p.iss.Sections[s].Entries
		k := len(entries) - 1
		if s == si {
			k = ei - 1
		}
		for ; k >= 0; k-- {
			e := &entries[k]
			if n++; n > 12 || e.Title != "" || len(e.Paragraphs) == 0 || p.pageTurns(e.Paragraphs[0].Line-1, at) {
				return nil
			}
			if p.calledIn(e.Paragraphs, call) {
				return e
			}
		}
	}
	return nil
}

// pageTurns reports whether a page ends between line from and line to
// (0-based): a form feed after from, up to to, or a line of furniture (a
// head, a folio) between them but right over to (a copy that prints the
// page's notes under its folio, or OCR that reads them after its head).
func (p *parser) pageTurns(from, to int) bool {
	if from < 0 || to >= len(p.lines) || from >= to {
		return true
	}
	if p.breakBetween(from, to) {
		return true
	}
	end := to
	for end-1 > from && (isBlank(p.lines[end-1]) || p.furn != nil && p.furn[end-1]) {
		end--
	}
	for k := from + 1; k < end; k++ {
		if p.furn != nil && p.furn[k] {
			return true
		}
	}
	return false
}

// noteCalls writes the calls of the notes labels names as they are
// labelled: 文化传统[^1]， is 文化传统[1]，.
func noteCalls(s string, labels []string) string {
	if strings.Index(s, "[^") < 0 {
		return s
	}
	for _, l := range labels {
		s = strings.ReplaceAll(s, "[^"+l+"]", "["+l+"]")
	}
	return s
}
