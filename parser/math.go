package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mathView returns text with the figures a formula OCR set as TeX
// inline math read as text, or "" where it holds none. MinerU (with its
// formula model on, the default), marker and Nougat take a number in a
// line of Chinese text for a formula and write it so, spaced token by
// token: 同比增长 $9.\,9\%$ ；, $1 1$ 月 $3$ 日，县委…. Kept, the dates were
// no dates (the entry had none, a chronicle's day was no day, a cover's
// $2023$ 年第 $11$ 期 no number) and the figures read $1 8 5 0$; they are
// 9.9%, 11月3日 and 1850. A span is read only where all it holds is
// figures and what goes with them (spacing, \%, \sim, \times,
// \textcircled{1}, ^{\circ}, \mathrm{GDP}, Chinese text the model took
// in): a real formula ($x^{2}$, \frac) stays as it is, and so does a
// dollar that is money ($100 and $200: a $ that closes has no space
// before it, as pandoc reads TeX math). The whole text is read so before
// anything else reads it, as the simplified view of a copy in
// traditional characters is (hant.go): every look at the text, the split
// into issues, the cover's, the notes' ([$1$]), sees the figures. Lines
// keep their numbers: a span never crosses a line.
func mathView(text string, seen *textSeen) string {
	if seen.lacks("$") || strings.IndexByte(text, '$') < 0 {
		return ""
	}
	var b strings.Builder
	last := 0 // text[last:] is not yet in b
	for at := 0; at < len(text); {
		k := strings.IndexByte(text[at:], '$')
		if k < 0 {
			break
		}
		lo := strings.LastIndexByte(text[:at+k], '\n') + 1
		hi := strings.IndexByte(text[at+k:], '\n')
		if hi < 0 {
			hi = len(text)
		} else {
			hi += at + k
		}
		if u, ok := unmath(text[lo:hi]); ok {
			if b.Len() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:lo])
			b.WriteString(u)
			last = hi
		}
		at = hi
	}
	if last == 0 {
		return ""
	}
	b.WriteString(text[last:])
	return b.String()
}

// mathSeen is seen with what mathView may put in the text marked: the
// characters the commands stand for (%, ·, ～, ×, ≤, °, ①…) and a call's
// <sup></sup>, so that a look for one is not answered "none" from what
// the source held.
func mathSeen(seen *textSeen) *textSeen {
	if seen == nil {
		return nil
	}
	s := *seen
	for _, r := range "%·～×±≤≥≈°①<sup>/" {
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			s.bytes[c] = true
		}
	}
	return &s
}

// unmath returns l with each inline math span that holds only figures
// (mathText) as its text.
func unmath(l string) (string, bool) {
	var b []byte
	last := 0 // l[last:] is not yet in b
	for i := 0; i < len(l); {
		k := strings.IndexByte(l[i:], '$')
		if k < 0 {
			break
		}
		o := i + k
		if o+1 < len(l) && l[o+1] == '$' {
			i = o + 2 // $$: display math, or two dollars
			continue
		}
		if o > 0 && l[o-1] == '\\' || o+1 >= len(l) || l[o+1] == ' ' || l[o+1] == '\t' {
			i = o + 1
			continue
		}
		c := strings.IndexByte(l[o+1:], '$')
		if c < 0 {
			break
		}
		e := o + 1 + c
		if l[e-1] == ' ' || l[e-1] == '\t' || l[e-1] == '\\' || e+1 < len(l) && digitByte(l[e+1]) {
			i = e // not a closing $: it may open the next span
			continue
		}
		text, call := supMath(l[o+1 : e])
		ok := call
		if !call {
			text, ok = mathText(l[o+1 : e])
		}
		if !ok {
			i = e + 1
			continue
		}
		// The spaces the converter set around the span stay where they
		// may part words (召开 $3$ 月: a title from its date; $1$ 县…: a
		// note's number from its text), and go where they part nothing:
		// between a figure and the measure it counts ($102$ 周年 is
		// 102周年), inside a date or a range ($11$ 月 $3$ 日至 $5$ 日 is
		// 11月3日至5日), after 第 (第 $11$ 期 is 第11期), beside
		// punctuation (增长 $6.1\%$ 。 is 增长 6.1%。, ( $6$ ) is (6)).
		s, t := o, e+1
		if call && s >= 1 && l[s-1] == ' ' && (s-1 > last || last > 0 && s-1 == last) {
			s-- // a note's call hugs the word it is set on (or the span before it)
		}
		var before byte // what the call stands on, in the text or in b
		if s > last {
			before = l[s-1]
		} else if len(b) > 0 {
			before = b[len(b)-1]
		}
		if call && asciiWord(before) {
			// km $^{2}$, m $^{3}$: a unit's power, not a note's call
			// (a call stands on Chinese text): km², m³.
			if sup, ok := superscript(strings.TrimSuffix(strings.TrimPrefix(text, "<sup>"), "</sup>")); ok {
				text = sup
			}
		} else if s >= 2 && l[s-1] == ' ' && s-1 > last && (strings.IndexByte("([{", l[s-2]) >= 0 || widePunctBefore(l[:s-1]) || joinsFigure(l[:s-1]) ||
			hanBefore(l[:s-1]) && quantity(text, l[e+1:])) {
			s--
		}
		if t < len(l) && l[t] == ' ' && (t+1 == len(l) || strings.IndexByte(".,;:!?)]}", l[t+1]) >= 0 || widePunctAfter(l[t+1:]) || measureAfter(l[t+1:])) {
			t++
		}
		if b == nil {
			b = make([]byte, 0, len(l))
		}
		b = append(b, l[last:s]...)
		b = append(b, text...)
		last, i = t, t
	}
	if b == nil {
		return l, false
	}
	return string(append(b, l[last:]...)), true
}

func digitByte(c byte) bool { return '0' <= c && c <= '9' }

// hanBefore reports whether s ends with a Chinese character, past any
// character clean drops (a zero-width space, a soft hyphen).
func hanBefore(s string) bool {
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if space, ok := invisible(r); !ok || space {
			return han(r)
		}
		s = s[:len(s)-n]
	}
}

// quantity reports whether a span's figure text, with what follows its
// closing dollar, counts something: a per cent (增长 $9.9\%$) or a
// figure before its measure (全县 $1 2$ 个乡镇). Such a figure is the
// word before it's object, and the space MinerU set before the span
// parts nothing (全县12个乡镇, as the page prints it: a search for it had
// missed 全县 12个). A date's figure keeps its space, which may part a
// run-in title from its date (召开 $3$ 月 $5$ 日).
func quantity(text, after string) bool {
	if strings.HasSuffix(text, "%") || strings.HasSuffix(text, "‰") {
		return true
	}
	after = strings.TrimPrefix(after, " ")
	if !measureAfter(after) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return r != '年' && r != '月' && r != '日' && r != '号' && r != '號'
}

// widePunctBefore and widePunctAfter report whether the character
// before the end of s, or at its start, is punctuation beyond ASCII
// (，。；：、（）《》“”…).
func widePunctBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0x80 && unicode.IsPunct(r)
}

// measureAfter reports whether s begins with a word a figure counts:
// a date's or a time's (年, 月, 日, 时), an amount's (万, 亿, 元, 个, 人,
// 户, 周年…), an order's (期, 届, 次), a century's (20世纪).
func measureAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x80 && strings.ContainsRune(measures, r)
}

const measures = "年月日时点分秒号期届次世位条个名人户家项座所件元万亿千百米亩吨岁天周余多倍批场部辆套株头只篇卷册页字" +
	"時點號屆條個戶項萬億畝噸歲週餘場輛頭隻冊頁" // the same in traditional characters: the view is read before hant's

// joinsFigure reports whether s ends with a word a figure after it
// continues: a date's year or month (2023年 11月), a range's 至 or 到,
// an order's 第.
func joinsFigure(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '年' || r == '月' || r == '至' || r == '到' || r == '第'
}

func widePunctAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x80 && unicode.IsPunct(r)
}

// mathCommands are the TeX commands a figure's span may hold, and the
// text each stands for; \mathrm and its like (mathWrappers) stand for
// what their braces hold.
var mathCommands = map[string]string{
	",": "", ";": "", ":": "", "!": "", " ": "", "quad": "", "qquad": "",
	"left": "", "right": "",
	"%": "%", "cdot": "·", "sim": "～", "times": "×", "pm": "±",
	"leq": "≤", "le": "≤", "leqslant": "≤", "geq": "≥", "ge": "≥", "geqslant": "≥",
	"approx": "≈", "circ": "°", "degree": "°",
}

var mathWrappers = map[string]bool{
	"mathrm": true, "text": true, "textrm": true, "mathbf": true, "textbf": true,
	"mathit": true, "textit": true, "mathsf": true, "operatorname": true, "rm": true, "mathbb": true,
}

// mathText returns the text a span's TeX stands for, and whether the span
// is one to read so: at least one figure (or a circled one, or a word set
// upright), and nothing but figures, their punctuation, spacing, the
// commands above, braces, Chinese text, and Latin letters only upright
// (\mathrm{GDP}, \text{km}): a letter alone is a variable, a real formula.
func mathText(m string) (string, bool) {
	var b []byte
	figure := false
	upright := 0 // depth of \mathrm{…} and the like
	depth := 0
	var wrapAt []int // the depths at which an upright wrapper opened
	// gap is whether a word space (\quad, \qquad, "\ ", ~) stands after a
	// figure: a figure after it is another number ($2 3 . 5 \quad 2 4 . 1$,
	// two cells; $1 0 ~ 1 1$, a range or two days), which read as one
	// (23.524.1, 1011) would be a wrong figure: the span stays as it is.
	gap := false
	for i := 0; i < len(m); {
		c := m[i]
		if gap && (digitByte(c) || c == '\\' && strings.HasPrefix(m[i:], `\textcircled`)) {
			return "", false
		}
		switch {
		case c == '\\':
			j := i + 1
			for j < len(m) && ('a' <= m[j] && m[j] <= 'z' || 'A' <= m[j] && m[j] <= 'Z') {
				j++
			}
			if j == i+1 && j < len(m) {
				j++ // \, \% \; and the like
			}
			name := m[i+1 : j]
			i = j
			if name == "textcircled" {
				n, k, ok := bracedFigure(m[i:])
				if !ok {
					return "", false
				}
				b = utf8.AppendRune(b, '①'+rune(n-1))
				figure = true
				i += k
				continue
			}
			if mathWrappers[name] {
				for i < len(m) && m[i] == ' ' {
					i++
				}
				if i < len(m) && m[i] == '{' {
					depth++
					wrapAt = append(wrapAt, depth)
					upright++
					i++
				}
				continue
			}
			s, ok := mathCommands[name]
			if !ok {
				return "", false
			}
			if (name == "quad" || name == "qquad" || name == " ") && len(b) > 0 && digitByte(b[len(b)-1]) {
				gap = true
			}
			b = append(b, s...)
		case c == '{':
			depth++
			i++
		case c == '}':
			if n := len(wrapAt); n > 0 && wrapAt[n-1] == depth {
				wrapAt = wrapAt[:n-1]
				upright--
			}
			depth--
			i++
		case c == ' ' || c == '\t' || c == '~':
			if c == '~' && len(b) > 0 && digitByte(b[len(b)-1]) {
				gap = true
			}
			i++
		case c == '^':
			// ^{\circ}, ^\circ: a degree; any other power is a formula's.
			r := strings.TrimLeft(m[i+1:], " {")
			if !strings.HasPrefix(r, `\circ`) {
				return "", false
			}
			i++
		case digitByte(c):
			figure = true
			b = append(b, c)
			i++
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			if upright == 0 {
				return "", false
			}
			figure = true
			b = append(b, c)
			i++
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(m[i:])
			if strings.ContainsRune("，。；：、！？（）《》“”【】", r) {
				// A sentence's punctuation: no formula OCR's span, but
				// prose between two dollars that are money (报价$8，均以
				// 美元（$）计: the dollars had been dropped).
				return "", false
			}
			b = append(b, m[i:i+n]...)
			i += n
		case strings.IndexByte(".,%-+:/()", c) >= 0:
			b = append(b, c)
			i++
		default:
			return "", false // _, =, <, …: a formula
		}
	}
	if !figure || depth != 0 || len(b) == 0 {
		return "", false
	}
	return string(b), true
}

// supMath reads a note's call a formula OCR set as a superscript
// (精神 $^{1}$ 。, $^{\textcircled{2}}$, $^{[3]}$, and the note's own label
// at the page's foot, $^{1}$ 县乡镇企业局：…) as the tag a web page sets it
// in, <sup>1</sup>, which clean reads as the call it is (supCall): a
// figure from 1 to 99 or a circled one, and nothing else.
func supMath(m string) (string, bool) {
	m = strings.TrimSpace(m)
	if !strings.HasPrefix(m, "^") {
		return "", false
	}
	m = strings.TrimSpace(m[1:])
	if strings.HasPrefix(m, "{") && strings.HasSuffix(m, "}") {
		m = m[1 : len(m)-1]
	}
	m = strings.Trim(strings.TrimSpace(m), "[]")
	t, ok := mathText(m)
	if !ok {
		return "", false
	}
	t = strings.TrimSpace(t)
	if r, w := utf8.DecodeRuneInString(t); w == len(t) && r >= '①' && r <= '⑳' {
		return "<sup>" + t + "</sup>", true
	}
	if len(t) == 0 || len(t) > 2 || !digitByte(t[0]) || !digitByte(t[len(t)-1]) || t == "0" {
		return "", false
	}
	return "<sup>" + t + "</sup>", true
}

// superscript returns the figures of f as superscript characters (2 is
// ²), and whether f held figures only.
func superscript(f string) (string, bool) {
	const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if !digitByte(f[i]) {
			return "", false
		}
		d := int(f[i] - '0')
		b.WriteString(string([]rune(sup)[d]))
	}
	return b.String(), f != ""
}

// bracedFigure reads {N}, N from 1 to 20 (\textcircled{1} is ①), and
// returns N and the bytes read.
func bracedFigure(s string) (int, int, bool) {
	t := strings.TrimLeft(s, " ")
	if !strings.HasPrefix(t, "{") {
		return 0, 0, false
	}
	end := strings.IndexByte(t, '}')
	if end < 0 {
		return 0, 0, false
	}
	n := 0
	for _, c := range []byte(strings.ReplaceAll(t[1:end], " ", "")) {
		if !digitByte(c) {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > 20 {
		return 0, 0, false
	}
	return n, len(s) - len(t) + end + 1, true
}
