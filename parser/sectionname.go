// Sections' names as a plain line prints them: after a label or a number
// (第一部分, 专题一：, Ⅱ., 栏目：), letter-spaced (时 政 要 闻), between dashes, in
// brackets, with an English name under them or beside the first title in a
// margin; and the words that say a line names a column (…专栏, 简讯) or what
// an issue prints after its articles (编后记).

package parser

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// sectionNameAlone reports whether line i is a section's name as the
// table of contents prints it, on a line of its own over a blank line or
// a heading: a section begins there, after a sentence a page cut too
// (…当日还 / — 9 — / 领导活动, set tight, no blank line between).
func (b *bodyBuilder) sectionNameAlone(i int) bool {
	p := b.p
	if len(b.tocSections) == 0 {
		return false
	}
	t := trim(p.lines[i])
	if len(t) > b.sectionMaxLen || !b.tocSections[string(p.fold(t))] {
		return false
	}
	j := i + 1
	for j < len(p.lines) && p.isTransparent(j) && !isBlank(p.lines[j]) {
		j++
	}
	if j >= len(p.lines) || isBlank(p.lines[j]) {
		return true
	}
	_, _, ok := heading(p.lines[j])
	return ok
}

// headingSubtitles takes out, as markup furniture, the English name or
// the pinyin in capitals printed under a section's name (## 领导活动 /
// / Leaders' Activities, 时政要闻 / SHIZHENG YAOWEN): the name's
// typesetting, not text. Read as text it had been an entry of its own
// without a title, or glued the name under it to the entry before. It
// is furniture, not part of the name, so that the name still matches
// the table of contents and other issues; the line is kept there whole.
// Under a Markdown heading blank lines may come between; under a plain
// line (a short name in Han alone, after a blank line) it is the next
// line. A blank line or a heading must follow it.
func (p *parser) headingSubtitles() {
	for i := p.bodyStart + 1; i < len(p.lines); i++ {
		l := p.lines[i]
		if l != "" && l[0] == ' ' {
			// Centred under the name as pdftotext -layout sets a
			// yearbook's 类目 (特　　载 / Special Articles).
			l = trimLeftSpaces(l)
		}
		if l == "" || l[0] < 'A' || l[0] > 'Z' || !latinSubtitle(l) {
			continue // nearly every line, by its first byte
		}
		if i+1 < len(p.lines) && !isBlank(p.lines[i+1]) {
			if _, _, ok := heading(p.lines[i+1]); !ok {
				continue
			}
		}
		j := i - 1
		for j > p.bodyStart && isBlank(p.lines[j]) {
			j--
		}
		if isBlank(p.lines[j]) || p.isTransparent(j) {
			continue
		}
		if _, t, ok := heading(p.lines[j]); ok {
			if !hasHan(t) {
				continue
			}
		} else if t, ok := boldOnly(trim(p.lines[j])); ok {
			if !hanName(trim(t)) {
				continue // (**时政要闻** / / Current Affairs: a bold name's)
			}
		} else if j != i-1 || j > p.bodyStart && !isBlank(p.lines[j-1]) || !hanName(unspace(trim(p.lines[j]))) {
			// (特　　载, 财政　税务: a name letter-spaced, or of two words.)
			continue
		}
		p.addFurniture(i, model.Markup, p.lines[i])
		if p.transparent == nil {
			p.transparent = make([]bool, len(p.lines))
		}
		p.transparent[i] = true
	}
}

// latinSubtitle reports whether l is a short line of Latin words and
// nothing else, beginning with a capital (Leaders' Activities, SHIZHENG
// YAOWEN): no figure, and no stop at its end, which a sentence has.
func latinSubtitle(l string) bool {
	l = trimRight(l)
	if len(l) < 3 || len(l) > 60 {
		return false
	}
	letters := 0
	for _, r := range l {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		case r == ' ' || r == '\'' || r == '’' || r == '&' || r == '-' || r == ',':
		default:
			return false
		}
	}
	return letters >= 3 && l[len(l)-1] != ','
}

// hanName reports whether t is a short name in Han characters and
// nothing else (时政要闻), as a section's name is printed on a line of
// its own.
func hanName(t string) bool {
	n := 0
	for _, r := range t {
		if !han(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 12
}

// bracketName reports whether l is a short name in 【】 and nothing else
// (【社会民生】).
func bracketName(l string) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i+3 > len(l) || l[i] != 0xE3 || l[i+1] != 0x80 || l[i+2] != 0x90 {
		return false // nearly every line, by its first bytes: 【 is E3 80 90
	}
	t := trim(l)
	if len(t) < 9 || len(t) > 20*utf8.UTFMax || !strings.HasPrefix(t, "【") || !strings.HasSuffix(t, "】") {
		return false
	}
	inner := t[len("【") : len(t)-len("】")]
	return inner != "" && utf8.RuneCountInString(inner) <= 12 && !containsAnyOf(inner, "【】，。；：:,;！？")
}

// columnWord reports whether t ends with a word that names a column
// (党的二十大精神学习宣传专栏, …工作动态): a section's name, however long,
// and no title the wrap cut.
func columnWord(t string) bool {
	for _, w := range [...]string{"专栏", "动态", "要闻", "园地", "简讯", "快讯", "专题", "之窗", "视窗", "聚焦", "纵横", "撷英", "掠影", "巡礼"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// columnLine reports whether t, a short line alone, says it names a
// column: a column's word (县区动态, 时政要闻, 信息快讯) or an editor's
// (编后语), in brackets, italics or bold or not (【县区传真】, _县区动态_).
func columnLine(t string) bool {
	if len(t) > 12*3 {
		return false
	}
	if t != "" && (t[0] == '_' || t[0] == '*') {
		t = trim(stripMarkup(t))
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "【"), "】")
	return columnWord(t) || editorialLabels[t] && t != "注" && t != "图"
}

// briefColumn reports whether l, a short line, names a column of news in
// brief (简讯, 【工作简讯】, **信息快讯**): its items are a sentence or two
// each, every one opening with its date, with no title of its own and, in
// a copy pasted from Word, often with no bullet either, so the name alone
// says that each dated paragraph under it is an item.
func briefColumn(l string) bool {
	t := trim(stripMarkup(trim(l)))
	if len(t) > 10*3 {
		return false
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "【"), "】")
	return strings.HasSuffix(t, "简讯") || strings.HasSuffix(t, "快讯")
}

// emojiLead is the length of the pictographs (and the joiners and spaces
// between them) that s begins with; 0 when it begins with none.
func emojiLead(s string) int {
	if s == "" || s[0] != 0xF0 && s[0] != 0xE2 {
		return 0 // U+1F000…: F0; U+2600–U+27BF: E2
	}
	i := 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if !emojiPart(r) && r != 0x200D && !(i > 0 && (r == ' ' || r == '\u3000')) {
			break
		}
		i += n
	}
	return i
}

// nameLabel splits a section's name as a plain line prints it into what
// goes before it (a bullet, 第一部分, 一、) and the name: ★时政要闻 is 时政要闻
// under ★. A name letter-spaced (时 政 要 闻) is the name without its
// spaces.
func nameLabel(t string) (label, name string) {
	name = t
	if name == "" {
		return "", ""
	}
	if c := name[0]; c == 0xE6 || c == 0xE8 {
		// A name that begins with a character of U+6000–U+6FFF or
		// U+8000–U+8FFF (标, 要, 时 …): of the labels below only 栏目 (E6)
		// begins so (dashes, ornaments, emoji and Roman numerals are E2 or
		// F0, figures and numerals ASCII, E3–E5, E7, E9 or EF, 第 and 专
		// E7 and E4), and the rest of them are let go at once.
		if strings.HasPrefix(name, "栏目") { // (columnLabel's first test, in line)
			if k := columnLabel(name); k > 0 {
				label, name = name[:k], trim(name[k:])
			}
		}
		return label, letterSpaced(name)
	}
	if lead := dashTwin(name); lead > 0 {
		// —— 时政要闻 ——: dashes on both sides, an ornament as ◆…◆ is.
		label, name = name[:lead], trim(name[lead:len(name)-lead])
	} else if name[0] == 0xE2 && strings.ContainsRune("★☆◆◇■□▌▍▎●○▶►◎※❖◈", firstRuneOf(name)) { // all U+2xxx: E2 (decoded only then)
		r, n := decodeRune(name)
		label, name = string(r), trim(name[n:])
		if end, m := decodeLastRune(name); end == r && len(name) > m {
			name = trim(name[:len(name)-m]) // ◆县区动态◆: the ornament on both sides
		}
	} else if k := emojiLead(name); k > 0 && k < len(name) {
		// 📌 时政要闻, 🔹县区动态: a web page's pictograph before the name.
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := romanNumber(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := columnLabel(name); k > 0 {
		label, name = name[:k], trim(name[k:])
	} else if k := enumerator(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	} else if k := partLabel(name); k > 0 {
		label, name = trim(name[:k]), trim(name[k:])
	}
	if label == "" {
		// 1 时政要闻, 三　重要会议: a number and a space, as a Word
		// outline's numbering flattened to text leaves it.
		if k := spacedNumber(name); k > 0 && !dateJoint(firstRuneOf(trim(name[k:]))) {
			// (Not a month run set spaced, 1 — 2月, as a PDF's text
			// prints it: its first month, no number of a part.)
			label, name = name[:k], trim(name[k:])
		}
	}
	return label, letterSpaced(name)
}

// partLabel returns the byte length of the number of a part of an issue
// that begins t before a name (第一部分　工作动态, 第二篇 经济, PART 1 工作动态,
// Part 2　县区动态, 专题一：学习贯彻…, 专题2　第二轮修志), with the colon or
// spaces after it; 0 when there is none or no name follows.
func partLabel(t string) int {
	if t == "" || t[0] != 0xE7 && t[0] != 0xE4 && t[0] != 'P' && t[0] != 'p' {
		return 0 // 第 E7, 专 E4, P or p: nearly every name, let go by its first byte
	}
	var d *dateScanner
	var units []string
	switch {
	case strings.HasPrefix(t, "第"):
		d, units = &dateScanner{s: t, i: len("第")}, []string{"部分", "篇", "章", "编"}
	case strings.HasPrefix(t, "专题"):
		d, units = &dateScanner{s: t, i: len("专题")}, []string{""}
	case len(t) > 5 && (t[0] == 'P' || t[0] == 'p') && strings.EqualFold(t[:4], "part"):
		// PART 1: the figures alone, after a space; PARTY is a word.
		i := 4
		for i < len(t) && t[i] == ' ' {
			i++
		}
		_, k, j := figuresAt(t, i, 3) // (PART 1, PART １)
		if i == 4 || k == 0 || k > 2 {
			return 0
		}
		return partRest(t, j, true)
	default:
		return 0 // nearly every name
	}
	if _, ok := d.anyNumber(); !ok {
		return 0
	}
	for _, unit := range units {
		if strings.HasPrefix(t[d.i:], unit) {
			// 专题 takes a colon or a space before its name (专题一：…);
			// 第一部分 none (第一部分工作动态 is printed too).
			return partRest(t, d.i+len(unit), unit == "")
		}
	}
	return 0
}

// partRest returns the length of t up to the name after a part's number
// ending at i: past a colon and spaces, which must be there when sep;
// 0 when no name follows.
func partRest(t string, i int, sep bool) int {
	j := i
	if strings.HasPrefix(t[j:], "：") {
		j += len("：")
	} else if strings.HasPrefix(t[j:], ":") {
		j++
	}
	j = len(t) - len(trimLeftSpaces(t[j:]))
	if sep && j == i || j >= len(t) {
		return 0
	}
	return j
}

// dashTwin returns the byte length of the run of dashes (—, one to three)
// that t begins and ends with, the same on both sides, around a name
// (—— 时政要闻 ——, — 工作动态 —); 0 when t is not so set. A subtitle
// (——以宜宾市为例) has them on one side only.
func dashTwin(t string) int {
	if !strings.HasPrefix(t, "—") || !strings.HasSuffix(t, "—") {
		return 0 // nearly every name
	}
	lead := len(t) - len(strings.TrimLeft(t, "—"))
	trail := len(t) - len(strings.TrimRight(t, "—"))
	if lead != trail || lead > 3*len("—") || 2*lead >= len(t) {
		return 0
	}
	if inner := trim(t[lead : len(t)-lead]); inner == "" || strings.Contains(inner, "—") || utf8.RuneCountInString(inner) > 12 {
		return 0
	}
	return lead
}

// romanNumber returns the byte length of a Roman numeral of its own
// character that begins s (Ⅰ、工作动态, Ⅱ. 基层信息, Ⅲ　史海钩沉: U+2160–U+216B)
// with the mark and spaces after it, as some offices number their
// columns; 0 when there is none or nothing follows it.
//
// A copy normalised to NFKC spells the numeral in Latin letters (II、基层信息,
// III 史海钩沉): a mark or a space must follow it, and a Chinese name.
func romanNumber(s string) int {
	if len(s) >= 4 && (s[0] == 'I' || s[0] == 'V' || s[0] == 'X') {
		_, i := latinRoman(s)
		if i == 0 {
			return 0
		}
		marked := false
		for _, mark := range [...]string{"、", "．", "."} {
			if strings.HasPrefix(s[i:], mark) {
				i += len(mark)
				marked = true
				break
			}
		}
		j := len(s) - len(trimLeftSpaces(s[i:]))
		if j == i && !marked || j >= len(s) || s[j] < 0xE3 {
			return 0 // IV级, X 光, I.P.: no number, or no Chinese name after it
		}
		return j
	}
	if len(s) < 4 || s[0] != 0xE2 || s[1] != 0x85 {
		return 0 // not U+214x–U+217x: nearly every name
	}
	if r, _ := decodeRune(s); r < 'Ⅰ' || r > 'Ⅻ' {
		return 0
	}
	i := 3
	for _, mark := range [...]string{"、", "．", "."} {
		if strings.HasPrefix(s[i:], mark) {
			i += len(mark)
			break
		}
	}
	j := len(s) - len(trimLeftSpaces(s[i:]))
	if j == i && i == 3 || j >= len(s) {
		return 0 // Ⅰ型: a word, not a number
	}
	return j
}

// latinRoman reads a Roman numeral from one to twelve in Latin capitals
// at the start of s (XI of XI月, II of II、基层信息), as NFKC spells Ⅺ and
// Ⅱ: its value and length; 0, 0 when none is there.
func latinRoman(s string) (value, n int) {
	for n < len(s) && n < 4 && (s[n] == 'I' || s[n] == 'V' || s[n] == 'X') {
		n++
	}
	if n < len(s) && (s[n] >= 'A' && s[n] <= 'Z' || s[n] >= 'a' && s[n] <= 'z') {
		return 0, 0 // a Latin word (IX of IXth, VIP)
	}
	for v, r := range [...]string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"} {
		if n > 0 && s[:n] == r {
			return v + 1, n
		}
	}
	return 0, 0
}

// columnLabel returns the length of the label a section's name is printed
// after (栏目：时政要闻, 栏目:时政要闻), when a short name follows it; else 0.
func columnLabel(t string) int {
	if !strings.HasPrefix(t, "栏目") {
		return 0
	}
	k := len("栏目")
	if strings.HasPrefix(t[k:], "：") {
		k += len("：")
	} else if strings.HasPrefix(t[k:], ":") {
		k++
	} else {
		return 0
	}
	name := trim(t[k:])
	if n := utf8.RuneCountInString(name); n < 2 || n > 16 || containsAnyOf(name, "，,；;：:。") {
		return 0
	}
	return len(t) - len(name)
}

// letterSpaced returns name without the spaces that letter-space it (时 政
// 要 闻, 时　政　要　闻: every part one character), else name as it is.
func letterSpaced(name string) string {
	if len(name) >= 8 {
		// Eight bytes at a time first: a name with no space, tab or E3
		// byte (U+3000's first) is no letter-spaced one (every section's
		// name is asked, twice).
		const lo, hi = 0x0101010101010101, 0x8080808080808080
		holds := func(w string) bool {
			x := binary.LittleEndian.Uint64([]byte(w))
			a, b, c := x^(lo*' '), x^(lo*'\t'), x^(lo*0xE3)
			return ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c)&hi != 0
		}
		if n := len(name); n <= 16 && !holds(name[:8]) && !holds(name[n-8:]) {
			return name // (a name's length: its two words, overlapping, without the loop)
		}
		clean := true
		for i := 0; i+8 <= len(name); i += 8 {
			if holds(name[i : i+8]) {
				clean = false
				break
			}
		}
		if clean && !holds(name[len(name)-8:]) {
			return name
		}
	}
	spaced := false
	for i := 0; i < len(name); i++ { // a byte loop: it runs on every section's name
		if c := name[i]; spaceLead[c] && (c != 0xE3 || i+2 < len(name) && name[i+1] == 0x80 && name[i+2] == 0x80) {
			spaced = true
			break
		}
	}
	if !spaced {
		return name
	}
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	if len(parts) < 3 {
		return name
	}
	for _, part := range parts {
		if utf8.RuneCountInString(part) > 1 {
			return name
		}
	}
	return strings.Join(parts, "")
}

// spaceLead are the bytes letterSpaced looks for: the space, the tab and
// the first of U+3000's, a table asked once a byte. (Read only.)
var spaceLead = [256]bool{' ': true, '\t': true, 0xE3: true}

// spacedNumber returns the length of the number that begins s when a space
// follows it and a name that is not a number the space: 1 时政要闻,
// 三　重要会议; else 0.
func spacedNumber(s string) int {
	if s == "" || s[0]-'0' > 9 && s[0] != 0xE3 && s[0] != 0xE4 && s[0] != 0xE5 && s[0] != 0xE9 && s[0] != 0xEF {
		// A figure (full-width: EF), or a numeral below but 百: 〇 E3,
		// 一二三五七九两 E4, 四六八十 E5, 零 E9. Nearly every name is let go
		// by its first byte.
		return 0
	}
	i, digits, cn := 0, 0, 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		switch {
		case isFigure(r): // (1 工作动态, １ 工作动态)
			digits++
		case isCnDigit(r) && r != '百' && r != '千' && r != '万':
			cn++
		default:
			goto done
		}
		i += n
	}
done:
	if i == 0 || digits > 2 || cn > 3 || digits > 0 && cn > 0 || i >= len(s) {
		return 0
	}
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || strings.HasPrefix(s[j:], "\u3000")) {
		if s[j] == ' ' || s[j] == '\t' {
			j++
		} else {
			j += len("\u3000")
		}
	}
	if j == i || j >= len(s) {
		return 0
	}
	r, n := decodeRune(s[j:])
	if r < utf8.RuneSelf || isCnDigit(r) || r == '年' || r == '月' {
		return 0 // 2 0 2 3, 1 1 月: a number spaced out, not a label
	}
	if k := j + n; cn > 0 && k < len(s) && (s[k] == ' ' || s[k] == '\t' || strings.HasPrefix(s[k:], "\u3000")) {
		return 0 // 三 夏 生 产, 十 大 新 闻: the name letter-spaced, its first character a numeral
	}
	return i
}

// backMatter reports whether l is, alone, the name of what an issue
// prints after its articles: a call for papers, an afterword, a
// correction, a notice to readers (征稿启事, 编后记, 更　正).
func backMatter(l string) bool {
	if len(l) < 6 || len(l) > 40 || l[0] < utf8.RuneSelf && l[0] != ' ' {
		return false // nearly every line
	}
	switch letterSpaced(trim(l)) {
	case "征稿启事", "征稿启示", "征稿", "稿约", "编后记", "编后语", "编后", "更正", "更正启事", "更正声明", "致读者", "读者来信", "启事":
		return true
	}
	return false
}

// sectionColumnLines finds the body's lines that print a section's name
// of the table of contents, a wide gap, and a title of the table of
// contents (时政要闻        县委常委会召开会议), as pdftotext -layout prints
// a column's name set in the margin beside its first article: each is
// the section's heading and the entry's title. Only a line whose name is
// one the contents give; nil when there is none.
func (p *parser) sectionColumnLines() map[int][2]string {
	// The names by their first characters: a line is let go by its
	// first character. (Where there are a few, they are looked for in a
	// list: a map's lookup for every line had cost more.)
	var names []string
	var firsts []rune
	for _, s := range p.iss.TOC {
		if n := utf8.RuneCountInString(s.Name); n >= 2 && n <= 12 && columnGap(s.Name, 0) < 0 {
			r, _ := decodeRune(s.Name)
			names, firsts = append(names, s.Name), append(firsts, r)
		}
	}
	if names == nil {
		return nil
	}
	var first map[rune][]string
	if len(names) > 16 {
		first = make(map[rune][]string)
		for k, name := range names {
			first[firsts[k]] = append(first[firsts[k]], name)
		}
	}
	var out map[int][2]string
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if len(l) < 12 || len(l) > 300 || p.isTransparent(i) {
			continue
		}
		t := trimLeftSpaces(l)
		r, _ := decodeRune(t)
		cands := names
		if first != nil {
			cands = first[r]
		}
		for k, name := range cands {
			if first == nil && firsts[k] != r {
				continue
			}
			rest, ok := strings.CutPrefix(t, name)
			if !ok || columnGap(rest, 0) != 0 {
				continue
			}
			title, after, ok := p.tocTitleLine(trim(rest))
			if !ok || after != "" || title == "" {
				continue
			}
			if out == nil {
				out = make(map[int][2]string)
			}
			out[i] = [2]string{name, trim(rest)}
			break
		}
	}
	return out
}

// partLabelAlone reports whether l is a book's part by its label alone,
// 第一编, 第二篇, 第三卷, as OCR gives a gazetteer's chapter page (第一编 /
// 大事记, the name on the line under it): a section, as 第一编　大事记 on
// one line is (it had been the cover's compiler, 第一 编, or text).
func partLabelAlone(l string) bool {
	if len(l) < 3*3 || len(l) > 40 {
		return false // nearly every line
	}
	t := trim(l)
	n, ok := strings.CutPrefix(t, "第")
	if !ok || len(n) < 2*3 || len(n) > 4*3 {
		return false
	}
	r := lastRune(n)
	if r != '编' && r != '篇' && r != '卷' && r != '編' {
		return false
	}
	return strings.TrimLeft(n[:len(n)-3], "一二三四五六七八九十") == ""
}
