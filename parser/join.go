package parser

import (
	"strings"
	"unicode/utf8"
)

// A hard wrap can fall anywhere: between two CJK characters, inside a
// number (收入18 / 50万元), inside a date (1 / 1月9日), inside a Latin word
// (Sou / tis) or at the space between two words. Joining puts no space
// between CJK characters, digits, or a digit and CJK; between two letters
// it puts none when the joined word occurs unbroken elsewhere in the
// issue (Soutis), or when the word sits in Chinese text with no space on
// either side (平宝号TB / M安全), and one otherwise (the wrap took the
// space between two words). After ASCII punctuation a letter gets its space back.

// asciiLetter reports whether r is an ASCII letter.
func asciiLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// needSpace reports whether joining line b after text a needs a space.
func (p *parser) needSpace(a, b string) bool {
	ra, _ := decodeLastRune(a)
	rb, _ := decodeRune(b)
	switch {
	case asciiLetter(ra) && asciiLetter(rb):
		i := len(a)
		for i > 0 && asciiLetter(rune(a[i-1])) {
			i--
		}
		j := 0
		for j < len(b) && asciiLetter(rune(b[j])) {
			j++
		}
		// A word set into Chinese without spaces on either side (号TB / M安全)
		// was one word: Chinese puts no spaces inside an acronym.
		before, _ := decodeLastRune(a[:i])
		after, _ := decodeRune(b[j:])
		if i > 0 && j < len(b) && before >= 0x2000 && after >= 0x2000 {
			return false
		}
		return !p.hasWord(a[i:] + b[:j])
	case asciiLetter(rb) && strings.ContainsRune(",.;:!?)]", ra):
		return true
	case ra >= 0x2E80 && ra <= 0x9FFF && asciiLetter(rb):
		// 院士 / Constantinos Soutis: a space where the issue sets the word
		// apart from Chinese elsewhere (院士 Constantinos), none where it
		// runs on (平宝号TB): the wrap may have taken it.
		j := 0
		for j < len(b) && asciiLetter(rune(b[j])) {
			j++
		}
		return j >= 2 && p.spacedWord(b[:j])
	case asciiLetter(ra) && rb >= 0x2E80 && rb <= 0x9FFF:
		// Constantinos Soutis / 院士颁发…: the same the other way, a space
		// where the issue sets the word apart from the Chinese after it
		// elsewhere (Soutis 一行), as pdfminer keeps it at a line's end.
		i := len(a)
		for i > 0 && asciiLetter(rune(a[i-1])) {
			i--
		}
		return len(a)-i >= 2 && p.spacedWord(a[i:]+" ")
	case (ra == '号' || weekdayEnd(ra)) && dateOnlyLine(a):
		// 11月1日 / 县委召开…: the date alone, then its event (11月2日（星期四）
		// / 县委…, its day of the week too); but 七月一日 /
		// 至三日，… is one date wrapped in its range or list, and 11月1日 /
		// ，县委… one sentence.
		return !dateGoesOnSet.has(rb)
	case (ra == '年' || ra == '代' || ra == '初') && yearsAlone(a):
		// 1958—1960年 / 全县大办…: a run of years alone, then the event of
		// those years, which the space lets be read as dated by it.
		return !dateGoesOnSet.has(rb)
	case ra == '月' && len(a) <= 12*3 && (rb >= 0x2E80 || rb == '“' || rb == '‘' || rb == '"') && monthAlone(a) && !startsWithDay(b) && !clauseTail(b):
		// (3、4月 / 间，全县…: a word the wrap cut, see cutBeforeClause.)
		// 2月 / 县人民政府发布布告…: a month alone, then its event, as OCR
		// boxes a gazetteer's month apart from its text (see
		// monthEventAlone), which the space lets be read as dated by it.
		return !dateGoesOnSet.has(rb)
	case len(a) <= 4*3 && partName(a):
		// 下旬 / 县政府组织…: a part of the month or year alone, then its
		// event, which the space lets be read as dated by it.
		return !dateGoesOnSet.has(rb)
	case len(a) <= 4*3 && rb >= 0x2E80 && (a == "△" || a == "▲" || ra == '旬' && eventStart(a) || a[0] >= utf8.RuneSelf && utf8.RuneCountInString(a) <= 3 && relativeDate(a) != ""):
		// 是月 / 全市开展…, △ / 市政府…, 5月中旬 / 全市…: a relative date, a
		// mark or a part of a month alone (pandoc's wrap at a docx's tab),
		// then its event (是月全市… had been read as no date, and run into
		// the event above).
		return !dateGoesOnSet.has(rb)
	case ra >= 0x3400 && ra <= 0x9FFF && rb >= 0x3400 && rb <= 0x9FFF && nameAfterGap(a) && nameBeforeGap(b):
		// 孟庆林　许文涛　杨晓峰 / 胡春梅　郭振宇…: a list of names set
		// apart by gaps, wrapped: the last of one row and the first of the
		// next are two names (杨晓峰胡春梅 had read as one).
		return true
	}
	return false
}

// nameAfterGap reports whether a ends with a name of two to four Chinese
// characters after a gap (two spaces or more, or an ideographic one).
func nameAfterGap(a string) bool {
	i, n := len(a), 0
	for i > 0 && n <= 4 {
		r, size := decodeLastRune(a[:i])
		if !han(r) {
			break
		}
		i -= size
		n++
	}
	return n >= 2 && n <= 4 && (strings.HasSuffix(a[:i], "  ") || strings.HasSuffix(a[:i], "\u3000"))
}

// nameBeforeGap reports whether b begins with a name of two to four
// Chinese characters and a gap after it.
func nameBeforeGap(b string) bool {
	i, n := 0, 0
	for i < len(b) && n <= 4 {
		r, size := decodeRune(b[i:])
		if !han(r) {
			break
		}
		i += size
		n++
	}
	return n >= 2 && n <= 4 && (strings.HasPrefix(b[i:], "  ") || strings.HasPrefix(b[i:], "\u3000"))
}

// dateGoesOn holds the characters that, beginning a line after a date
// alone, carry the date or its sentence on: a range, a list, punctuation.
const dateGoesOn = "至到—–－-~～─、和及，,：:。；;"

// dateGoesOnSet holds dateGoesOn, a look at a bit each.
var dateGoesOnSet = newRuneSet(dateGoesOn)

// hasWord reports whether w occurs as a whole Latin word in the text. The
// set of words is made on the first call: most issues never need it.
func (p *parser) hasWord(w string) bool {
	if p.words == nil {
		p.words = make(map[string]bool)
		for _, l := range p.lines {
			for i := 0; i < len(l); {
				if !asciiLetter(rune(l[i])) {
					i++
					continue
				}
				j := i
				for j < len(l) && asciiLetter(rune(l[j])) {
					j++
				}
				if j-i >= 2 {
					p.words[l[i:j]] = true
				}
				i = j
			}
		}
	}
	return p.words[w]
}

// spacedWord reports whether Latin word w stands after a space somewhere
// in the text, after Chinese (院士 Constantinos); w with a space at its end
// ("Soutis "), whether the word stands before a space and Chinese. The answers are kept:
// a long English name is cut by the wrap again and again.
func (p *parser) spacedWord(w string) bool {
	if v, ok := p.spaced[w]; ok {
		return v
	}
	found := false
	if word, ok := strings.CutSuffix(w, " "); ok {
		// (w "Soutis ": the word, then a space and Chinese: Soutis 一行.)
		for from := 0; !found; {
			k := strings.Index(p.text[from:], w)
			if k < 0 {
				break
			}
			k += from
			after, _ := decodeRune(p.text[k+len(w):])
			before, _ := decodeLastRune(p.text[:k])
			found = after >= 0x2E80 && after <= 0x9FFF && !asciiLetter(before) && len(word) > 0
			from = k + 1
		}
	}
	for from := 0; !found && !strings.HasSuffix(w, " "); {
		k := strings.Index(p.text[from:], " "+w)
		if k < 0 {
			break
		}
		k += from
		before, _ := decodeLastRune(p.text[:k])
		found = before >= 0x2E80 && before <= 0x9FFF
		from = k + 1
	}
	if p.spaced == nil {
		p.spaced = make(map[string]bool)
	}
	p.spaced[w] = found
	return found
}

// join appends line b to text a the way a reader reads them.
func (p *parser) join(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	if p.needSpace(a, b) {
		return a + " " + b
	}
	return a + b
}

// joinLines joins hard-wrapped lines into one paragraph.
func (p *parser) joinLines(lines []string) string {
	if len(lines) == 1 {
		return trim(lines[0])
	}
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	b.Grow(n)
	p.joinInto(&b, lines)
	return b.String()
}

// joinInto writes lines to b, joined as joinLines joins them.
func (p *parser) joinInto(b *strings.Builder, lines []string) {
	start := b.Len()
	var prev string // the text so far, for needSpace: only its tail is read
	for _, l := range lines {
		l = trim(l)
		if l == "" {
			continue
		}
		if b.Len() > start && p.needSpace(prev, l) {
			b.WriteByte(' ')
		}
		b.WriteString(l)
		prev = l
	}
}

// joinPara is joinLines for a paragraph of the issue: a short one goes
// into p.paraBuf, after the paragraphs before it. A string of its own for
// each had cost the room its size was rounded up to, and the byte for
// each line end it was grown by, beside the allocation: on a chronicle
// whose dates stand on lines of their own, a twentieth of the text. The
// buffer is a thirty-second of the text (from 1 KB to 64 KB), so that
// what the last one leaves unused is little beside the text; a paragraph
// longer than an eighth of it has a string of its own, as before (the
// room it would leave at a buffer's end).
func (p *parser) joinPara(lines []string) string {
	if len(lines) == 1 {
		return trim(lines[0])
	}
	n := -1
	for _, l := range lines {
		n += len(l) + 1
	}
	size := min(max(len(p.text)>>5, 1<<10), 64<<10)
	if n > size>>3 {
		var b strings.Builder
		b.Grow(n)
		p.joinInto(&b, lines)
		return b.String()
	}
	b := &p.paraBuf
	if b.Cap()-b.Len() < n {
		*b = strings.Builder{} // (the paragraphs before keep the full one)
		b.Grow(size)
	}
	start := b.Len()
	p.joinInto(b, lines)
	return b.String()[start:]
}
