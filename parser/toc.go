package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// toc reads the printed table of contents and the masthead and
// distribution blocks that PDF conversion leaves in the middle of it. It
// stops at the first line that belongs to none of them: that line starts
// the body.
func (p *parser) toc() {
	iss := p.iss
	cur := -1 // index in iss.TOC of the section entries go to
	inRule := false
	add := func(title string, page, line int) {
		if cur < 0 {
			iss.TOC = append(iss.TOC, model.TOCSection{})
			cur = len(iss.TOC) - 1
		}
		iss.TOC[cur].Entries = append(iss.TOC[cur].Entries, model.TOCEntry{Title: title, Page: page, Line: line})
	}
	for p.pos < len(p.lines) {
		l := trim(p.lines[p.pos])
		num := p.pos + 1
		switch {
		case l == "":
			p.pos++
			continue
		case rule(l):
			// Masthead and distribution blocks sit between rules.
			inRule = true
			p.pos++
			continue
		}
		if title, page, ok := tocEntry(l); ok {
			add(title, page, num)
			p.pos++
			continue
		}
		if key, val, ok := mastheadLine(l, inRule); ok {
			p.pos++
			if isDistributionKey(key) {
				// The list may be hard-wrapped over several lines.
				for p.pos < len(p.lines) && !isBlank(p.lines[p.pos]) && !rule(p.lines[p.pos]) {
					val = join(val, trim(p.lines[p.pos]))
					p.pos++
				}
				iss.Distribution = join(iss.Distribution, val)
			} else {
				iss.Masthead = append(iss.Masthead, model.Field{Key: key, Value: val})
			}
			continue
		}
		if title, page, n, ok := p.wrappedEntry(p.pos); ok {
			add(title, page, num)
			p.pos += n
			continue
		}
		if name, ok := tocHeading(l); ok && p.tocFollows(p.pos+1) {
			iss.TOC = append(iss.TOC, model.TOCSection{Name: name, Line: num})
			cur = len(iss.TOC) - 1
			p.pos++
			continue
		}
		break
	}
	p.bodyStart = p.pos
}

// tocHeading matches the section headings a table of contents uses:
// ## 时政要闻, ### 经济视点, <b>重要会议</b>.
func tocHeading(l string) (string, bool) {
	if lvl, t, ok := heading(l); ok && lvl >= 2 {
		return t, true
	}
	return boldOnly(l)
}

// tocFollows reports whether the next non-blank line from i is a table of
// contents entry, which makes the heading before it a TOC heading rather
// than the start of the body.
func (p *parser) tocFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" {
			continue
		}
		if _, _, ok := tocEntry(l); ok {
			return true
		}
		_, _, _, ok := p.wrappedEntry(i)
		return ok
	}
	return false
}

// wrappedEntry matches an entry whose title wrapped onto the next line or
// two: "- …推进会" followed by "议召开 ..... (6)". It returns the joined
// title, the page and the number of lines used.
func (p *parser) wrappedEntry(i int) (string, int, int, bool) {
	first := trim(p.lines[i])
	if _, ok := tocHeading(first); ok {
		return "", 0, 0, false
	}
	title := listItem(first)
	for n := 1; n <= 3 && i+n < len(p.lines); n++ {
		l := trim(p.lines[i+n])
		if l == "" || rule(l) || listItem(l) != l {
			return "", 0, 0, false
		}
		if _, ok := tocHeading(l); ok {
			return "", 0, 0, false
		}
		if t, page, ok := tocEntry(l); ok {
			return join(title, t), page, n + 1, true
		}
		title = join(title, l)
	}
	return "", 0, 0, false
}

// listItem strips a Markdown list marker.
func listItem(l string) string {
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		if rest, ok := strings.CutPrefix(l, m); ok {
			return trim(rest)
		}
	}
	return l
}

// tocEntry matches one line of a table of contents: a title, leaders and a
// page, in any of the forms PDF conversion produces:
//
//   - title ..... (6)
//     title<TAB>(14)
//     title ..... ( 34 )
//     title……………14
func tocEntry(l string) (title string, page int, ok bool) {
	s := strings.TrimRight(listItem(l), " \t")
	var before string
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") {
		_, cn := utf8.DecodeLastRuneInString(s)
		open := max(strings.LastIndex(s, "("), strings.LastIndex(s, "（"))
		if open < 0 {
			return "", 0, false
		}
		_, on := utf8.DecodeRuneInString(s[open:])
		if page, ok = pageNumber(trim(s[open+on : len(s)-cn])); !ok {
			return "", 0, false
		}
		before = s[:open]
	} else {
		i := len(s)
		for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			i--
		}
		if page, ok = pageNumber(s[i:]); !ok {
			return "", 0, false
		}
		before = s[:i]
	}
	t := strings.TrimRight(before, " \t.…·・‥_-")
	leaders := before[len(t):]
	dots := strings.Count(leaders, ".") + strings.Count(leaders, "…") + strings.Count(leaders, "·") + strings.Count(leaders, "・") + strings.Count(leaders, "‥")
	if !strings.Contains(leaders, "\t") && dots < 2 {
		return "", 0, false
	}
	title = stripMarkup(trim(t))
	return title, page, title != ""
}

func pageNumber(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// mastheadKeys are the labels a masthead uses. Outside a block between
// --- rules only these count, so that body text such as 说明：… is not
// taken for a masthead line.
var mastheadKeys = map[string]bool{
	"主管": true, "主办": true, "承办": true, "编印": true, "主编": true, "副主编": true, "执行主编": true,
	"责任编辑": true, "编辑": true, "校对": true, "美编": true, "地址": true, "电话": true, "传真": true,
	"邮箱": true, "电子邮箱": true, "邮编": true, "网址": true, "印刷": true, "承印": true, "印数": true,
	"准印证号": true, "内部资料准印证号": true, "发放范围": true, "发送范围": true, "报送": true, "主送": true, "抄送": true,
}

func isDistributionKey(k string) bool {
	return k == "发放范围" || k == "发送范围"
}

// mastheadLine matches 主 管：平顶山市人民政府, returning the key without the
// letter-spacing that typesetting put into it.
func mastheadLine(l string, inRule bool) (key, val string, ok bool) {
	i := strings.Index(l, "：")
	w := len("：")
	if j := strings.Index(l, ":"); j >= 0 && (i < 0 || j < i) {
		i, w = j, 1
	}
	if i <= 0 {
		return "", "", false
	}
	key = strings.Join(strings.Fields(l[:i]), "")
	key = strings.ReplaceAll(key, "\u3000", "")
	val = trim(l[i+w:])
	if val == "" {
		return "", "", false
	}
	if mastheadKeys[key] {
		return key, val, true
	}
	if !inRule || utf8.RuneCountInString(key) > 8 || strings.ContainsAny(key, "，。、") {
		return "", "", false
	}
	return key, val, true
}
