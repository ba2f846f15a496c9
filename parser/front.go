package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// front reads the cover lines at the top: the title (# 平顶山月报,
// **平顶山月报**, or a short first line before the issue number), the
// issue number (2023年第11期, 二〇二三年第十一期, 第11期, with or without
// （总第215期）), the compiler (平顶山市地方史志办公室编) and the
// publication date (2023年12月4日, 2023-12-04). They come in any order and
// any of them may be missing; the first other line ends them, and p.pos is
// left on it (or on a rule before it, which the table of contents reads as
// the start of a block).
func (p *parser) front() {
	end := p.pos
	for i := p.pos; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || rule(l) {
			continue
		}
		n, ok := p.coverLine(i)
		if !ok {
			break
		}
		i += n - 1
		end = i + 1
	}
	// Blank lines after the cover belong to nobody; rules belong to what
	// follows them.
	for end < len(p.lines) && isBlank(p.lines[end]) {
		end++
	}
	p.pos = end

	iss := p.iss
	if iss.Year == 0 && iss.Number > 0 && iss.Published.Year != 0 {
		// 第11期 alone: the year is the publication's, except for a late
		// monthly, 第12期 published in January.
		iss.Year = iss.Published.Year
		if iss.Number <= 12 && iss.Number-iss.Published.Month > 6 {
			iss.Year--
		}
	}
}

// coverLine reads line i if it is a cover line and reports how many lines
// it took. A line whose content is already known and differs (a second
// issue number) is not cover: what comes next is something else.
func (p *parser) coverLine(i int) (int, bool) {
	iss := p.iss
	l := trim(p.lines[i])
	if _, _, ok := tocEntry(l); ok {
		return 0, false
	}
	lvl, text, isHeading := heading(l)
	if !isHeading {
		text = coverText(l)
	}
	if c, ok := coverNumbers(text); ok {
		return 1, p.applyNumbers(c)
	}
	if isHeading {
		if lvl == 1 && iss.Title == "" {
			iss.Title = bookTitle(text)
			return 1, true
		}
		return 0, false
	}
	if c, ok := compiler(text); ok {
		if iss.Compiler == "" {
			iss.Compiler = c
		}
		return 1, iss.Compiler == c
	}
	if iss.Title == "" && iss.Number == 0 && iss.Total == 0 && plainTitle(text) && p.issueFollows(i+1) {
		iss.Title = bookTitle(text)
		return 1, true
	}
	return 0, false
}

// coverText is a line without the bold markup a cover may put around the
// whole of it (**平顶山月报**).
func coverText(l string) string {
	if b, ok := boldOnly(l); ok {
		return b
	}
	return l
}

// issueFollows reports whether the next non-blank line from i is an issue
// number, which makes a plain short line before it the title.
func (p *parser) issueFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" {
			continue
		}
		if _, h, ok := heading(l); ok {
			l = h
		} else {
			l = coverText(l)
		}
		c, ok := coverNumbers(l)
		return ok && (c.number > 0 || c.total > 0)
	}
	return false
}

// plainTitle reports whether l could be a publication's name: short, and
// not a sentence or a label.
func plainTitle(l string) bool {
	return l != "" && utf8.RuneCountInString(l) <= 24 && !strings.ContainsAny(l, "，。：:；;！？!?|") &&
		listItem(l) == l
}

// bookTitle strips the 《》 a name may be printed in.
func bookTitle(t string) string {
	if in, ok := strings.CutPrefix(t, "《"); ok {
		if in, ok := strings.CutSuffix(in, "》"); ok && in != "" && !strings.ContainsAny(in, "《》") {
			return trim(in)
		}
	}
	return t
}

// coverNums is what a line of cover numbers holds; zero for what it does
// not.
type coverNums struct {
	year, number, total int
	published           model.Date
}

// coverNumbers matches a line made only of an issue number, a total
// number, a year and a publication date, in digits or Chinese numerals:
// 2023年第11期, 二〇二三年第十一期, 2023年 第11期, 第11期,
// 2023年第11期（总第215期）, （总第二一五期）, 总第215期, 2023年,
// 2023年12月4日, 二〇二三年十二月四日, 2023-12-04 出版. Anything else on
// the line makes it not match, so that 第二期读书班开班 stays text.
func coverNumbers(l string) (coverNums, bool) {
	var c coverNums
	d := &dateScanner{s: l}
	for {
		d.spaces()
		if d.i == len(d.s) {
			break
		}
		switch {
		case c.number == 0 && d.issue(&c):
		case c.total == 0 && d.total(&c):
		case c.published.IsZero() && d.pubDate(&c):
		case c.year == 0 && c.number == 0 && d.yearOnly(&c):
		default:
			return coverNums{}, false
		}
		d.lit('·', '•', '・', '，', ',', '|', '/')
	}
	return c, c != coverNums{}
}

// applyNumbers records c in the issue. It fails, recording nothing, when
// c contradicts what an earlier line gave.
func (p *parser) applyNumbers(c coverNums) bool {
	iss := p.iss
	if differ(iss.Year, c.year) || differ(iss.Number, c.number) || differ(iss.Total, c.total) ||
		!iss.Published.IsZero() && !c.published.IsZero() && iss.Published != c.published {
		return false
	}
	iss.Year = max(iss.Year, c.year)
	iss.Number = max(iss.Number, c.number)
	iss.Total = max(iss.Total, c.total)
	if !c.published.IsZero() {
		iss.Published = c.published
	}
	return true
}

func differ(have, got int) bool { return have != 0 && got != 0 && have != got }

// issue reads [2023年]第11期.
func (d *dateScanner) issue(c *coverNums) bool {
	save := d.i
	year := 0
	if y, ok := d.anyNumber(); ok {
		if !d.lit('年') || !plausibleYear(y) {
			d.i = save
			return false
		}
		year = y
	}
	if !d.lit('第') {
		d.i = save
		return false
	}
	n, ok := d.anyNumber()
	if !ok || n < 1 || !d.lit('期') {
		d.i = save
		return false
	}
	c.year, c.number = year, n
	return true
}

// total reads 总第215期, in either kind of parenthesis or none; 总215期 too.
func (d *dateScanner) total(c *coverNums) bool {
	save := d.i
	open := d.lit('(', '（')
	if !d.lit('总') {
		d.i = save
		return false
	}
	d.lit('第')
	n, ok := d.anyNumber()
	if !ok || n < 1 || !d.lit('期') || open && !d.lit(')', '）') {
		d.i = save
		return false
	}
	c.total = n
	return true
}

// yearOnly reads 2023年 standing alone.
func (d *dateScanner) yearOnly(c *coverNums) bool {
	save := d.i
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') {
		d.i = save
		return false
	}
	c.year = y
	return true
}

// pubWords are the words that may follow a publication date.
var pubWords = []string{"出版", "印发", "编印", "出刊", "印刷", "发行"}

// pubDate reads a full date, 2023年12月4日 (in digits or Chinese numerals)
// or 2023-12-04, 2023.12.4, 2023/12/04, and a word such as 出版 after it.
func (d *dateScanner) pubDate(c *coverNums) bool {
	save := d.i
	date, ok := d.cnDate()
	if !ok {
		d.i = save
		if date, ok = d.numericDate(); !ok {
			d.i = save
			return false
		}
	}
	d.spaces()
	for _, w := range pubWords {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			break
		}
	}
	c.published = date
	return true
}

// cnDate reads 2023年12月4日 and 二〇二三年十二月四日.
func (d *dateScanner) cnDate() (model.Date, bool) {
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') {
		return model.Date{}, false
	}
	m, ok := d.anyNumber()
	if !ok || !d.lit('月') {
		return model.Date{}, false
	}
	day, ok := d.anyNumber()
	if !ok || !d.lit('日', '号') || !validDay(m, day) {
		return model.Date{}, false
	}
	return model.Date{Year: y, Month: m, Day: day}, true
}

// numericDate reads 2023-12-04, 2023.12.4 and 2023/12/04 (half- or
// full-width), the same separator twice.
func (d *dateScanner) numericDate() (model.Date, bool) {
	y, ok := d.number()
	if !ok || !plausibleYear(y) || d.i == len(d.s) {
		return model.Date{}, false
	}
	sep, n := utf8.DecodeRuneInString(d.s[d.i:])
	if !strings.ContainsRune("-./－．／", sep) {
		return model.Date{}, false
	}
	d.i += n
	m, ok := d.number()
	if !ok || !strings.HasPrefix(d.s[d.i:], string(sep)) {
		return model.Date{}, false
	}
	d.i += n
	day, ok := d.number()
	if !ok || !validDay(m, day) {
		return model.Date{}, false
	}
	return model.Date{Year: y, Month: m, Day: day}, true
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2100 }

// compiler matches 平顶山市地方史志办公室编: a short line naming an office,
// ending in 编 or 编印. An office's name has no digits: a line with them
// is something else (2023年第11期 …编).
func compiler(l string) (string, bool) {
	if utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "：:，。,|0123456789０１２３４５６７８９") {
		return "", false
	}
	for _, suffix := range []string{"编印", "编辑", "编"} {
		name, ok := strings.CutSuffix(l, suffix)
		name = trim(name)
		if !ok || utf8.RuneCountInString(name) < 2 {
			continue
		}
		// 资料汇编, 文件选编, 新编: titles, not an office that compiled.
		if suffix == "编" {
			if r, _ := utf8.DecodeLastRuneInString(name); strings.ContainsRune("汇选主新续改合简类总初", r) {
				return "", false
			}
		}
		return name, true
	}
	return "", false
}
