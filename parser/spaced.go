package parser

import (
	"strings"
	"unicode/utf8"
)

// A copy read by OCR may set every character apart: Tesseract's Chinese
// models print each character as a word of its own (平 顶 山 市 召 开 全 市
// 经 济 运 行 分 析 会 议 ， 研 究 部 署), figures and Latin words whole
// (2023 年 12 月 4 日, IC 卡). The parser read the structure of such a copy
// (its headings and dates allow the spaces), but its titles and text kept
// them, and the reader showed every title twice as wide. unspacedLine
// takes such spaces out of a line set so whole; spacedCopy finds a copy
// set so throughout, whose lines are not all so (a line that begins with
// a figure, a list's marker, punctuation typed tight), and unspaceCJK
// takes out every space that sets a Chinese character apart in it.

// spacedProbe is how many pairs of Chinese characters next to each other
// a probe of spacedCopy looks at; a probe finds the copy letter-spaced
// where three in four at least stand one space apart. In a copy typeset as
// Chinese is, a space between two characters is rare (a name set wide in
// a masthead, 张 征; a title letter-spaced, 目 录): one pair in fifty at
// most over the fixtures.
const (
	spacedProbe  = 400
	spacedLeast  = 20
	spacedProbes = 4
)

// spacedCopy reports whether text sets its Chinese characters one space
// apart throughout, as Tesseract prints them. It probes the text at its
// start and at a quarter, half and three quarters of it, and most probes
// must find it so, two at least where the text is long enough for two:
// a cover and contents set wide over a body set tight are no such copy.
func spacedCopy(text string) bool {
	yes, no, end := 0, 0, 0
	for k := range spacedProbes {
		from := len(text) / spacedProbes * k
		if k > 0 && from < end {
			continue // read by the probe before
		}
		var tight, spaced int
		tight, spaced, end = probeSpaced(text, from)
		switch {
		case tight+spaced < spacedLeast:
		case spaced >= spacedLeast && spaced >= 3*tight:
			yes++
		default:
			no++
		}
	}
	return yes > no && (yes >= 2 || no == 0 && end >= len(text))
}

// probeSpaced counts, from text[from:] on, the pairs of Chinese characters
// set tight and those one space apart, up to spacedProbe of them, and says
// where it stopped.
func probeSpaced(text string, from int) (tight, spaced, end int) {
	prev := rune(0) // the character before, or ' ' after one space
	before := rune(0)
	i := from
	for i < len(text) && tight+spaced < spacedProbe {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && prev != ' ' && prev != 0:
				before, prev = prev, ' '
			default:
				prev = 0
			}
			i++
			continue
		}
		r, n := decodeRune(text[i:])
		i += n
		if !han(r) {
			if !shown(r) {
				continue // (a zero-width space, a soft hyphen: clean takes it out)
			}
			prev = 0
			continue
		}
		switch {
		case prev == ' ' && han(before):
			spaced++
		case han(prev):
			tight++
			if tight == spacedProbe/4 && spaced*4 < tight {
				return tight, spaced, i // (surely typeset tight: stop early)
			}
		}
		prev = r
	}
	return tight, spaced, i
}

// cjkSpaced reports whether r is a character a letter-spacing OCR sets
// apart: a Chinese character or punctuation, a full-width form, a
// Chinese quotation mark.
func cjkSpaced(r rune) bool {
	return han(r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF ||
		r >= 0x2018 && r <= 0x201D || r == '…' || r == '—' || r == '·' ||
		r >= 0x2460 && r <= 0x24FF || r >= 0x25A0 && r <= 0x25FF || r == '★' || r == '☆' || r == '※'
}

// unspaceCJK returns l without each single space that stands between two
// characters that are not Latin letters or figures (Chinese characters,
// punctuation, full-width or half-width as OCR reads it: 年 鉴 ( 2024 ) 》),
// beside Chinese punctuation (markBeside), between a figure and what it
// counts (figureSpace, ocrFigureSpace), before a figure in a sentence
// (wordFigure), or around a half-width mark or a dash OCR set apart
// (markAlone, afterMark), past the line's Markdown markers (## , - , > ,
// 1. ). Two spaces or more, which set columns or words apart, stay, and
// so does a space between a Chinese character and a Latin word, or before
// a date after a word or a closing mark: a title's space before its date
// (### 李明俊调研城乡客运工作 11月1日，) is the only mark of where it ends.
// A character that shows nothing (U+200B, a soft hyphen) is passed over.
func unspaceCJK(l string) string {
	start := markerEnd(l)
	if strings.IndexByte(l[start:], ' ') < 0 && !strings.Contains(l[start:], "\u00a0") {
		return l
	}
	var b strings.Builder
	done := 0
	prev := rune(-1)
	before := rune(-1) // the character before prev, spaces passed over
	word := start      // where the run of ASCII letters and figures up to i begins
	for i := start; i < len(l); {
		r, n := decodeRune(l[i:])
		if r == ' ' && len(l) > i+4 && l[i+1] == 0xC2 && l[i+2] == 0xA0 && l[i+3] == ' ' {
			// 11 \u00a0 月 \u00a0 3 \u00a0 日: the writer's no-break space
			// (11 月 3 日 as Word keeps a date together), set apart as every
			// character is: one space, the letter-spacing's two around it
			// (three spaces in a row had read as a gap set on purpose, the
			// date left spaced where every other was taken together).
			n = 4
		}
		if oneSpace(r) && prev >= 0 && !oneSpace(prev) {
			next, at := rune(-1), len(l)
			for j := i + n; j < len(l); {
				c, m := decodeRune(l[j:])
				if shown(c) {
					next, at = c, j
					break
				}
				j += m
			}
			if next >= 0 && !oneSpace(next) && (setApart(prev) && setApart(next) || figureSpace(prev, next) || markBeside(prev, next) || wordFigure(prev, l[at:]) || markAlone(prev, l[at:]) || afterMark(before, prev, next) || ocrFigureSpace(l[word:i], prev, l[at:])) {
				if done == 0 {
					b.Grow(len(l))
				}
				b.WriteString(l[done:i])
				done = i + n
				i += n
				word = i
				continue // (prev stays: 平 顶 山 is one run)
			}
		}
		if !asciiAlnum(r) {
			word = i + n
		}
		if shown(r) && !oneSpace(r) {
			before, prev = prev, r
		} else if shown(r) {
			prev = r
		}
		i += n
	}
	if done == 0 {
		return l
	}
	b.WriteString(l[done:])
	return b.String()
}

// wordFigure reports whether a space between prev, a Chinese character,
// and rest, a figure, sets a figure in a sentence apart from the word
// before it (游 客 12.6 万 人 次, 确 保 在 10 月 底 前, 暨 2024 年 度):
// it does, unless the figure begins a date (工 作 11 月 1 日 ， : the
// space may be all that ends a title run into its date) or ends the line
// (召 开 14: a contents line's page).
func wordFigure(prev rune, rest string) bool {
	if !han(prev) || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	if len(rest) > 64 {
		rest = rest[:64] // (the figure and the date after it: no scan of a long line's rest)
	}
	rest = dropInvisible(rest)
	i := 0
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.' || rest[i] == '%') {
		i++
	}
	after := strings.TrimLeft(rest[i:], " \t\u3000")
	if after == "" || rest[i] != ' ' {
		return false // (at the line's end, or 2024-2025, 3.5kg: as it was)
	}
	r, _ := decodeRune(after)
	if !setApart(r) {
		return false // (a Latin word: as it was)
	}
	return !spacedDate(rest)
}

// afterMark reports whether a space after prev, a half-width mark, or a
// dash OCR read as 一, is one OCR set between two characters the mark
// joins: after a Chinese character (before), a colon or comma before a
// Latin word or figure (邮 箱 : pdsnj666@sina.com, 图 片 . 2024 年);
// between two figures or dates, a dash (1 一 2 月, 4 月 28 日 一 5 月 2 日).
func afterMark(before, prev, next rune) bool {
	switch {
	case prev == ':' || prev == ',' || prev == ';' || prev == '.' || prev == '!' || prev == '?':
		return han(before) && next < utf8.RuneSelf && (asciiDigit(next) || asciiLetter(next))
	case prev == '一' || prev == '—' || prev == '-':
		// (4 月 28 日 一 5 月 2 日: a range of dates too.)
		return (asciiDigit(before) || before == '日' || before == '月' || before == '年') && asciiDigit(next)
	}
	return false
}

// ocrFigureSpace reports whether a space after word (the ASCII letters
// and figures before it, or "") and prev, before rest, sets apart a figure
// OCR misread with a letter for a digit (l for 1, O for 0: 1l 月, 12 月
// l0 日, 2O23 年) from the word of the date it counts, or from the word
// before it: a figure as figureSpace takes it (the date reads it, with a
// warning; spaced, it had been read as no date, the event run into the
// one above).
func ocrFigureSpace(word string, prev rune, rest string) bool {
	if word != "" && ocrMisread(word) {
		return strings.ContainsRune("年月日", firstRuneOf(rest))
	}
	j := 0
	for j < len(rest) && asciiAlnum(rune(rest[j])) {
		j++
	}
	if j == 0 || !ocrMisread(rest[:j]) || !strings.ContainsRune("年月日至，,", prev) {
		return false
	}
	after := strings.TrimLeft(rest[j:], " ")
	return strings.HasPrefix(after, "年") || strings.HasPrefix(after, "月") || strings.HasPrefix(after, "日")
}

// ocrMisread reports whether w is a figure of one to four digits OCR
// read with a letter for one at least (l for 1, O for 0: see ocrDigit).
func ocrMisread(w string) bool {
	if len(w) > 4 {
		return false
	}
	_, letters, ok := ocrNumber(w)
	return ok && letters > 0
}

// asciiAlnum reports whether r is an ASCII letter or figure.
func asciiAlnum(r rune) bool {
	return asciiDigit(r) || asciiLetter(r)
}

// asciiDigit reports whether r is an ASCII figure.
func asciiDigit(r rune) bool { return r >= '0' && r <= '9' }

// markAlone reports whether rest begins with a half-width mark OCR set
// apart from the word or figure before it (prev) and from what follows,
// as it sets every character apart: 增 长 8.3% . / sina.com . at a
// sentence's end.
func markAlone(prev rune, rest string) bool {
	if prev >= utf8.RuneSelf || len(rest) == 0 || strings.IndexByte(".,;:!?", rest[0]) < 0 {
		return false
	}
	return len(rest) == 1 || rest[1] == ' '
}

// spacedDate reports whether s begins with a date as a letter-spacing
// OCR prints it, to a day or a part of a month: 11 月 1 日, 11 月 21 至
// 24 日, 3 月 中 旬, 2023 年 11 月 1 日.
func spacedDate(s string) bool {
	num := func() bool {
		s = strings.TrimLeft(s, " ")
		j := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		s = strings.TrimLeft(s[j:], " ")
		return j > 0
	}
	word := func(w string) bool {
		if strings.HasPrefix(s, w) {
			s = s[len(w):]
			return true
		}
		return false
	}
	if !num() {
		return false
	}
	if word("年") && !num() {
		return false
	}
	if !word("月") {
		return false
	}
	// A day (1 日, 21 至 24 日) or a part of the month (中 旬, 底) after
	// it: a month alone (上 起 1986 年 1 月 , 下 迄…) is a sentence's.
	s = strings.TrimLeft(s, " ")
	return s != "" && (s[0] >= '0' && s[0] <= '9' || strings.ContainsRune("上中下初底末", firstRuneOf(s)))
}

// markBeside reports whether one of prev and next is Chinese punctuation
// (full-width, or a Chinese quotation mark), which takes no space beside a
// Latin word either (邮 箱 ： pdsnj666@sina.com); beside a figure
// figureSpace decides.
func markBeside(prev, next rune) bool {
	return (cjkSpaced(prev) && !han(prev) || cjkSpaced(next) && !han(next)) && !asciiDigit(prev) && !asciiDigit(next)
}

// setApart reports whether r is a character letter-spacing OCR sets apart
// and reading takes together: a Chinese character or mark (cjkSpaced), or
// punctuation OCR typed half-width ( ( ) , . ; : ! ? " ). Not a Latin
// word's letters or a figure, nor Markdown's and tables' marks (| * #).
func setApart(r rune) bool {
	return cjkSpaced(r) || r < utf8.RuneSelf && strings.IndexByte("()[],.;:!?\"'%", byte(r)) >= 0
}

// oneSpace reports whether r is a space OCR sets between characters: an
// ASCII one, or a no-break space (which clean reads as one).
func oneSpace(r rune) bool {
	return r == ' ' || r == '\u00a0'
}

// shown reports whether r shows: clean drops U+200B, a soft hyphen and
// their like (invisible).
func shown(r rune) bool {
	space, ok := invisible(r)
	return !ok || space
}

// figureCounts are the words a figure counts or dates in a copy (11 月,
// 86 个, 215 期, 46 章, 0324 房 间), OCR's 曰 for 日, and the words of a
// range after it (21 至 24 日; 1 一 2 月, OCR's 一 for —).
const figureCounts = "一至到年月日曰时点分秒期号页个人名家户次项件位元万亿千百十余多米吨亩里岁天周届批座所条株台辆套种间门篇卷册部本张份处栋层倍场轮段块枚根棵公毫厘克斤升度季章节字房室楼"

// figureSpace reports whether a space between prev and next sets a figure
// apart from the word it counts or the word that leads to it (11 月,
// 215 期, 2024 ）; 第 11, 至 24, 约 320, ， 2023, （ 2024, 8 — 9): a figure is one
// word with these, as a title is not with the date after it (工作 11月1日,
// “领跑县” 11月25日).
func figureSpace(prev, next rune) bool {
	switch {
	case prev >= '0' && prev <= '9':
		// (Not before a word: 电 话 ： 0375-2665581 邮 箱 are two fields.)
		return strings.ContainsRune(figureCounts, next) || setApart(next) && !han(next)
	case next >= '0' && next <= '9':
		// (Not after a closing mark: “领跑县” 11月25日 is a title and
		// its date.)
		return strings.ContainsRune("年月日第至约共达逾近于在自从到，、；：。！？（《“‘「『【〔,;:([—–－~～-", prev)
	}
	return false
}

// markerEnd is where the Markdown markers that begin l end: its indent,
// then ## , - , * , + , > or 1. with the space after them.
func markerEnd(l string) int {
	i := 0
	for i < len(l) && l[i] == ' ' {
		i++
	}
	for i < len(l) {
		j := i
		switch c := l[i]; {
		case c == '#':
			for j < len(l) && l[j] == '#' {
				j++
			}
		case c == '-' || c == '*' || c == '+' || c == '>':
			j++
		case c >= '0' && c <= '9':
			for j < len(l) && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j == len(l) || l[j] != '.' && l[j] != ')' {
				return i
			}
			j++
		default:
			return i
		}
		if j == len(l) || l[j] != ' ' {
			return i
		}
		for j < len(l) && l[j] == ' ' {
			j++
		}
		i = j
	}
	return i
}

// chronGap returns where the space is that sets a chronicle's date of a
// month apart from its event at the start of line l of a letter-spaced
// copy (4 月 全 县 开 展…, 是 月 县 城…, 同 年 县 委…), or -1. In print a
// gap sets it apart (4月　全县开展…), which OCR reads as the one space
// it sets between every two characters: taken out with the others, the
// event reads as text of the one before (4月全县开展…). A day's date
// needs no gap (1月3日县委… reads as dated); a date going on (4 月 上 旬,
// 4 月 底 前, 4 月 份) or text after a mark (4 月 ， …) is no such gap.
func chronGap(l string) int {
	if l == "" || !(l[0] >= '1' && l[0] <= '9' || l[0] >= 0xE5 && l[0] <= 0xE6) {
		return -1 // (a figure, or 是 同 本 当 年: the look costs a byte a line)
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	var word string
	switch {
	case i > 0:
		if i > 2 || !strings.HasPrefix(l[i:], " 月 ") {
			return -1
		}
		i += len(" 月")
	default:
		for _, w := range []string{"是 月 ", "是 年 ", "同 月 ", "同 年 ", "本 月 ", "当 月 ", "是 日 ", "同 日 "} {
			if strings.HasPrefix(l, w) {
				word = w
				break
			}
		}
		if word == "" {
			return -1
		}
		i = len(word) - 1
	}
	r, _ := decodeRune(l[i+1:])
	if !han(r) && !strings.ContainsRune("《“「『", r) || strings.ContainsRune("上中下初底末份间内起至到以前后的和及与日曰", r) {
		return -1
	}
	return i
}

// blockStart reports whether line i begins a block: the first, after a
// blank line, or after a line a sentence's end ends (OCR puts no blank
// line between paragraphs of one block; the lines above are read already,
// 。 or . typed half-width, or ．, which OCR gives too: 慶 祝 ． / 11 月
// 縣 人 民 政 府 成 立 had run into one event, silently), a page's break
// between passed over: a folio (— 12 —, 第2页: a short line of no Chinese
// character or with a figure), the head after a form feed or the copy's
// first line again; after a short line, a heading, it does too.
func blockStart(lines []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if isBlank(lines[k]) {
			return true
		}
		prev := strings.TrimRight(lines[k], " \t\u3000\u00a0")
		if prev == "" {
			return true // (blank as clean reads it)
		}
		if len(prev) < 24 && (!strings.ContainsFunc(prev, han) || strings.ContainsAny(prev, "0123456789")) || prev[0] == '\f' || k > 0 && lines[k] == lines[0] {
			continue // (a folio; a page's first line, its head, as the copy's first line)
		}
		if len(prev) < 24 {
			return true // (a heading)
		}
		return strings.HasSuffix(prev, "。") || strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "。”") || stopEnd(prev)
	}
	return true
}

// ocrSpacedLine reports whether line l sets its characters apart as
// Tesseract does, figures and Latin words whole among them (尧 山 实 验 室
// 暨 2024 年 度 科 研, 《 平 顶 山 年 鉴 ( 2024 ) 》): every Chinese
// character of it, four at least, stands a space apart from the next, and
// no two together. In a copy not letter-spaced throughout, such a line is
// one in a font the OCR read apart, where the rest it read tight
// (unspacedLine takes a line of single characters, pdfminer's). A line set
// tight is let go at its first two characters together.
func ocrSpacedLine(line string) bool {
	// (What clean takes out later is no part of the spacing: a character
	// that shows nothing, a space at the end.)
	l := strings.TrimRight(dropInvisible(line), " \t\u3000")
	hans, prevHan := 0, false
	for i := 0; i < len(l); {
		r, n := decodeRune(l[i:])
		i += n
		if !han(r) {
			prevHan = false
			continue
		}
		if prevHan {
			return false // (两个 together: set tight)
		}
		hans++
		prevHan = true
		if i < len(l) && l[i] != ' ' {
			if c, _ := decodeRune(l[i:]); !han(c) {
				return false // (年度, 2024年: a character run into a mark or a figure)
			}
		}
	}
	return hans >= 4
}

// spacedLead reports whether l begins with a figure or a mark and a space
// after it (11 月, 1986 年, △ 县, “ 两): the look before ocrSpacedLine at
// a line the first look of clean's lets go (a space after its first
// character), a few bytes.
func spacedLead(l string) bool {
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i == 0 && len(l) > 3 && l[0] == 0xE2 {
		i = 3 // (△, “, —, …: a mark of three bytes)
	}
	return i > 0 && i < len(l) && l[i] == ' '
}

// unspacedOCR is line i, l, of a copy Tesseract letter-spaced (throughout
// or there) without its spacing (unspaceCJK), but the gap after a
// chronicle's month where a block begins (chronGap).
func (p *parser) unspacedOCR(i int, l string) string {
	if k := chronGap(l); k >= 0 && blockStart(p.lines, i) {
		// (4 月 全 县…: the gap after a chronicle's month stays.)
		return unspaceCJK(l[:k]) + " " + unspaceCJK(l[k+1:])
	}
	return unspaceCJK(l)
}
