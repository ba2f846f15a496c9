package parser

import (
	"strings"
	"unicode/utf8"
)

// front reads the cover lines at the top: # 平顶山月报, 2023年第11期,
// (总第215期), 平顶山市地方史志办公室编, 2023年12月4日. They come in any
// order and any of them may be missing; the first other line ends them.
func (p *parser) front() {
	iss := p.iss
	for ; p.pos < len(p.lines); p.pos++ {
		l := trim(p.lines[p.pos])
		if l == "" {
			continue
		}
		if lvl, t, ok := heading(l); ok && lvl == 1 && iss.Title == "" {
			iss.Title = t
			continue
		}
		if y, n, rest, ok := issueNumber(l); ok && iss.Number == 0 {
			iss.Year, iss.Number = y, n
			if t, ok := totalNumber(rest); ok {
				iss.Total = t
			}
			continue
		}
		if t, ok := totalNumber(l); ok && iss.Total == 0 {
			iss.Total = t
			continue
		}
		if c, ok := compiler(l); ok && iss.Compiler == "" {
			iss.Compiler = c
			continue
		}
		if d, ok := leadingDate(l, dateContext{}); ok && iss.Published.IsZero() && d.Start.Year != 0 && d.Start == d.End && dateOnly(l) {
			iss.Published = d.Start
			continue
		}
		return
	}
}

// issueNumber matches 2023年第11期 and returns what follows it.
func issueNumber(l string) (year, number int, rest string, ok bool) {
	d := &dateScanner{s: l}
	if year, ok = d.number(); !ok || year < 1900 || !d.lit('年') || !d.lit('第') {
		return 0, 0, "", false
	}
	if number, ok = d.number(); !ok || !d.lit('期') {
		return 0, 0, "", false
	}
	return year, number, trim(l[d.i:]), true
}

// totalNumber matches (总第215期), with either kind of parenthesis or none.
func totalNumber(l string) (int, bool) {
	s := strings.Trim(trim(l), "()（）")
	d := &dateScanner{s: s}
	if !d.lit('总') || !d.lit('第') {
		return 0, false
	}
	n, ok := d.number()
	if !ok || !d.lit('期') || trim(s[d.i:]) != "" {
		return 0, false
	}
	return n, true
}

// compiler matches 平顶山市地方史志办公室编: a short line naming an office,
// ending in 编 or 编印.
func compiler(l string) (string, bool) {
	if utf8.RuneCountInString(l) > 40 || strings.ContainsAny(l, "：:，。,") {
		return "", false
	}
	for _, suffix := range []string{"编印", "编辑", "编"} {
		if name, ok := strings.CutSuffix(l, suffix); ok && utf8.RuneCountInString(trim(name)) >= 2 {
			return trim(name), true
		}
	}
	return "", false
}

// dateOnly reports whether l holds nothing but a date (2023年12月4日).
func dateOnly(l string) bool {
	i := strings.LastIndex(l, "日")
	return i >= 0 && trim(l[i+len("日"):]) == ""
}
