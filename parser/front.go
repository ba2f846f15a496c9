package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// front reads the cover lines at the top: the title (# 平顶山月报,
// **平顶山月报**, or a short first line before the issue number), the
// issue number (2023年第11期, 二〇二三年第十一期, 第11期, with or without
// （总第215期）), the compiler (平顶山市地方史志办公室编), the
// publication date (2023年12月4日, 2023-12-04), a masthead (主 管：…, or a
// Markdown table of the same) and notices such as 内部资料 注意保存. They
// come in any order and any of them may be missing; the first other line
// ends them, and p.pos is left on it (or on a rule before it, which the
// table of contents reads as the start of a block).
func (p *parser) front() {
	p.oneColumnCover()
	st := coverState{}
	end := p.pos
	for i := p.pos; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" {
			st.inTable = false
			continue
		}
		if rule(l) {
			st.inRule, st.inTable = true, false
			continue
		}
		if p.iss.Title != "" && i > 0 && isBlank(p.lines[i-1]) && p.setextBelow(i) {
			break // 1937年 / ------ under the title: the body's first heading, no cover's line
		}
		n, ok := p.coverLine(i, &st)
		if !ok {
			break
		}
		i += n - 1
		end = i + 1
	}
	p.titleFromHead()
	if p.iss.Published.IsZero() && p.iss.Number == 0 && p.iss.Total == 0 {
		// (Under a cover that numbers the issue, the line is an article's
		// of the issue, not when the issue came out.)
		p.articleDate(end)
	}
	if p.iss.Published.IsZero() {
		p.wechatDate(end)
	}
	// Blank lines after the cover belong to nobody; rules belong to what
	// follows them.
	for end < len(p.lines) && isBlank(p.lines[end]) {
		end++
	}
	p.pos = end

	iss := p.iss
	if iss.Year == 0 && yearbookTitle(iss.Title) {
		// 宁川年鉴（2023）, 宁川年鉴2023卷, 2023宁川年鉴: the edition, as 2023年第11期
		// is a report's.
		name, ed, _ := strings.Cut(iss.Title, "年鉴")
		if y, ok := editionYear(trim(strings.Trim(ed, "《》·・•-— "))); ok {
			iss.Year = y
		} else {
			d := &dateScanner{s: strings.TrimLeft(name, "《")}
			if y, ok := d.number(); ok && plausibleYear(y) {
				iss.Year = y
			}
		}
	}
	p.yearFromPublished()
}

// setextBelow reports whether line i is a Setext heading's text: === under
// it, or --- where the copy underlines so twice at least (a rule under a
// cover's last line is one too).
func (p *parser) setextBelow(i int) bool {
	if i+1 >= len(p.lines) {
		return false
	}
	u := trim(p.lines[i+1])
	if len(u) < 3 || !setextText(trim(p.lines[i])) {
		return false
	}
	if strings.Trim(u, "=") == "" {
		return true
	}
	if strings.Trim(u, "-") != "" {
		return false
	}
	n := 0
	for j := 1; j+1 < len(p.lines) && n < 2; j++ {
		if v := p.lines[j+1]; len(v) >= 3 && v[0] == '-' && strings.Trim(trim(v), "-") == "" && isBlank(p.lines[j-1]) && setextText(trim(p.lines[j])) {
			n++
		}
	}
	return n >= 2
}

// yearFromPublished gives an issue printed as 第11期 alone the year of its
// publication date, except a late monthly's, 第12期 published in January.
func (p *parser) yearFromPublished() {
	iss := p.iss
	if iss.Year == 0 && iss.Number > 0 && iss.Published.Year != 0 {
		iss.Year = int(iss.Published.Year)
		if iss.Number <= 12 && iss.Number-int(iss.Published.Month) > 6 {
			iss.Year--
		}
	}
}

// bound reports whether the cover read so far is a bound volume's (2023年
// 合订本), which holds issues and is none.
func (p *parser) bound() bool {
	for _, f := range p.iss.Masthead {
		if f.Key == "" && f.Value == "合订本" {
			return true
		}
	}
	return false
}

// otherIssueHeading reports whether a heading of level lvl after line i
// names another issue by its number alone (## 第2期 after ## 第1期).
func (p *parser) otherIssueHeading(i, lvl, number int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		l := p.lines[j]
		if l == "" || l[0] != '#' {
			continue // nearly every line
		}
		if k, text, ok := heading(trim(l)); ok && k == lvl {
			if c, ok := coverNumbers(text); ok && c.number != 0 && c.number != number && c.year == 0 {
				return true
			}
		}
	}
	return false
}

// mastheadAtEnd reads the masthead printed after the last article, as
// some offices print it on the back cover (--- / 主办：… / 主编：… /
// 地址：…): key：value lines with the keys a masthead has, three at least,
// to the end of the copy, one of them naming who makes the issue or where
// (a briefing's 主送：… / 抄送：… / 编辑：… end names neither: see
// distributionAtEnd). They are the masthead's, and the body ends above
// them. It reports whether it took any.
func (p *parser) mastheadAtEnd() bool {
	start, n, own := len(p.lines), 0, false
	site := false // a field is a web site's registration (备案号：豫ICP备…)
	notices := 0  // 内部资料　免费交流, under the office or over it
	for i := len(p.lines) - 1; i > p.bodyStart; i-- {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		if l[0] == '|' {
			// | 主编 | 孙洪涛 | 副主编 | 姬廷宣 |: a table of the same (its
			// rows had been the last entry's text).
			if tableSeparator(l) {
				start = i
				continue
			}
			fs, ok := mastheadRow(l)
			if !ok {
				break
			}
			for _, f := range fs {
				own = own || ownKey(f.Key)
			}
			start, n = i, n+len(fs)
			continue
		}
		l = backCoverText(l)
		key, val, ok := coverField(l, false)
		if !ok && p.distributionWrap(i) {
			// 发放范围：…各县（市、区）党委和 / 人民政府，市直各单位, the
			// list wrapped as pdftotext -layout breaks it: its value's (it
			// had kept the whole masthead in the last article, silently).
			start = i
			continue
		}
		if !ok {
			key, val, ok = bookField(l)
		}
		if !ok {
			if coverNotice(l) {
				// （内部资料　免费交流） under the fields, as the back cover
				// prints it (it had kept the fields in the last entry).
				start, notices = i, notices+1
				continue
			}
			if _, ok := office(l); ok || officePrints(l) != "" {
				// # 宁川市地方史志办公室 over # 地址：…: the office that makes
				// it, named alone on the back cover.
				start, n, own = i, n+1, true
				continue
			}
			if boardHeading(l) && start < len(p.lines) {
				// # 编辑部 over # 地址：…, the back cover's heading, as
				// MinerU sets it: the masthead's (it had been an entry
				// of no text, warned of as one the contents lack).
				start = i
			}
			break
		}
		own = own || ownKey(key) || key == "ISBN" || key == "定价"
		fs := splitFields(key, val) // (主办单位：… 地址：… 邮编：…, a site's footer on one line)
		for _, f := range fs[1:] {
			own = own || ownKey(f.Key)
			site = site || f.Key == "备案号" || f.Key == "ICP备案号" || f.Key == "网站标识码"
		}
		start, n = i, n+len(fs)
	}
	// A site's footer on one line (主办单位：…　　备案号：豫ICP备…) is two
	// fields, but no article's text ends with a site's registration (it
	// had been the last event's paragraph).
	// A back cover of the office that prints the issue and a notice
	// (宁川市地方史志办公室编印 / 内部资料　免费交流) has no field: those
	// lines are no article's (they had been the last entry's paragraph,
	// warned of as a text cut mid-sentence).
	if n < 3 && !(n == 2 && site) && !(notices > 0 && n > 0) || !own {
		return false
	}
	k := p.prevText(start)
	if k < p.bodyStart {
		return false // no body above: the copy is its masthead
	}
	for i := start; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) || tableSeparator(l) {
			continue
		}
		if p.distributionWrap(i) {
			if _, _, ok := coverField(backCoverText(l), false); !ok {
				p.addField("发放范围", backCoverText(l))
				continue
			}
		}
		if l[0] == '|' {
			fs, _ := mastheadRow(l)
			for _, f := range fs {
				p.addField(f.Key, f.Value)
			}
			continue
		}
		l = backCoverText(l)
		key, val, ok := coverField(l, false)
		if !ok {
			key, val, ok = bookField(l)
		}
		if !ok && i == start && boardHeading(l) {
			continue // (the masthead's heading)
		}
		if !ok {
			// A notice, as on the cover; or the office alone, who compiled
			// the copy where the cover did not say.
			p.iss.Masthead = append(p.iss.Masthead, model.Field{Value: l})
			if _, isOffice := office(l); isOffice && p.iss.Compiler == "" {
				p.iss.Compiler = l
			} else if o := officePrints(l); o != "" && p.iss.Compiler == "" {
				p.iss.Compiler = o
			}
			continue
		}
		for _, f := range splitFields(key, val) {
			p.addField(f.Key, f.Value)
		}
	}
	if rule(trim(p.lines[k])) {
		start = k // the rule over the masthead is its
	}
	p.lines = p.lines[:start]
	return true
}

// officePrints returns the office l names with the word of its making
// after it, as a back cover prints it (宁川市地方史志办公室编印, …编), or
// "".
func officePrints(l string) string {
	for _, w := range [...]string{"编印", "印制", "编辑", "主办", "编"} {
		if o, ok := strings.CutSuffix(l, w); ok {
			if _, ok := office(trim(o)); ok {
				return trim(o)
			}
			return ""
		}
	}
	return ""
}

// distributionWrap reports whether line i, no field of its own, goes on
// a distribution list's field right above it (发放范围：… / 人民政府，市直
// 各单位, no blank line between), the list wrapped at the page's width.
func (p *parser) distributionWrap(i int) bool {
	for k := i - 1; k > p.bodyStart && i-k <= 4; k-- {
		l := trim(p.lines[k])
		if l == "" || l[0] == '|' {
			return false
		}
		if key, _, ok := coverField(backCoverText(l), false); ok {
			return isDistributionKey(key)
		}
	}
	return false
}

// bookField reads a line of a book's colophon, as a yearbook prints it on
// its copyright page or back cover: ISBN 978-7-…, 定价：260.00元,
// 封面设计：…, 出版发行：…. An ISBN or a price says the lines are the
// book's, not an article's (they had been the index's last lines, and a
// sentence the text ended in).
func bookField(l string) (key, val string, ok bool) {
	if len(l) > 4 && (l[0] == 'I' || l[0] == 'i') && strings.EqualFold(l[:4], "ISBN") {
		val = strings.TrimLeft(l[4:], " ：:")
		return "ISBN", val, val != "" && val[0] >= '0' && val[0] <= '9'
	}
	i := indexAnyOf(l, "：:")
	if i <= 0 || i > 6*3 {
		return "", "", false
	}
	key, val = fieldKey(l[:i]), trim(l[i+len(string([]rune(l[i:])[0])):])
	if !bookKey(key) {
		return "", "", false
	}
	return key, val, val != ""
}

// bookKey matches the labels of a book's colophon that no periodical's
// masthead prints (see bookField).
func bookKey(k string) bool {
	switch k {
	case "定价", "封面设计", "装帧设计", "版式设计", "责任校对", "责任印制", "出版发行", "出版", "发行", "经销", "开本", "印张", "字数", "版次", "印次", "书号":
		return true
	case "书名", "编者", "发行人", "出版者", "印刷者", "展售处", "GPN":
		// A copyright page in Taiwan's form: 書名：… 編者：… 發行人：…
		// 出版者：… 定價：新臺幣三百元 GPN：…, the government's
		// publication number (they had been the last entry's lines).
		return true
	}
	return false
}

// backCoverText is a back cover's line without its markup: bold, or the
// heading MinerU makes of every large line (# 地址：…, # 宁川市地方史志办公室,
// which had been sections after the last event).
func backCoverText(l string) string {
	if l[0] == '#' {
		if _, h, ok := heading(l); ok {
			return h
		}
	}
	return stripMarkup(l)
}

// latinName matches a publication's name in capital Latin letters, two
// words at least: NINGCHUAN SHIZHI, PINGDINGSHAN MONTHLY REPORT.
func latinName(t string) bool {
	if len(t) < 5 || len(t) > 60 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	words := 1
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z', c == '-', c == '\'':
		case c == ' ':
			if t[i-1] != ' ' {
				words++
			}
		default:
			return false
		}
	}
	return words >= 2
}

// boardHeading matches the heading of a masthead's list of its board or
// its staff: 编委会, 编辑委员会, 编辑部.
func boardHeading(t string) bool {
	switch strings.Trim(t, "【】[]（）() \u3000") {
	case "编委会", "编辑委员会", "编 委 会", "编辑部", "编委":
		return true
	}
	return false
}

// fieldFollows reports whether the next line of text from i is a
// key：value line.
func (p *parser) fieldFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		if t := trim(p.lines[i]); t != "" {
			_, _, ok := coverField(stripMarkup(t), true)
			return ok
		}
	}
	return false
}

// serialNumber matches a periodical's ISSN or CN number with no colon
// after its label (ISSN 1234-5678, CN41-1234/K, ISSN 1234-5678 CN 41-1234/K
// on one line is two and is not matched), and returns label and number.
func serialNumber(t string) (key, val string, ok bool) {
	if len(t) < 3 || len(t) > 30 || t[0] != 'I' && t[0] != 'C' {
		return "", "", false
	}
	for _, k := range [...]string{"ISSN", "CN"} {
		rest, found := strings.CutPrefix(t, k)
		if !found {
			continue
		}
		rest = trim(rest)
		if rest == "" || rest[0] < '0' || rest[0] > '9' || strings.ContainsAny(rest, " \t") {
			return "", "", false
		}
		for _, c := range rest {
			if !(c >= '0' && c <= '9' || c == '-' || c == '/' || c == 'X' || c >= 'A' && c <= 'Z') {
				return "", "", false
			}
		}
		return k, rest, true
	}
	return "", "", false
}

// colophonAtEnd reads the line a briefing prints under its last article
// to say who issued it and when (宁川县地方史志办公室　　2023年12月4日印发,
// the office and the date on two lines, 县史志办编印 2023年12月4日) and
// how many copies (（共印200份）): the issue's compiler and publication
// date where the cover gave none. The lines are returned, as printed, for
// the masthead, and the body ends above them (they had been the last
// entry's text, ending it mid-sentence). A date with no word of printing
// after it and no 编 before it (宁川县地方史志办公室 / 2023年12月4日) is a
// notice's signature, its article's, and stays.
func (p *parser) colophonAtEnd() []model.Field {
	start, dated, who := len(p.lines), false, ""
	bare := false // a date with no word of printing: a colophon only under …编印
	var pub model.Date
	for i := len(p.lines) - 1; i > p.bodyStart; i-- {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		if len(l) > 200 {
			break
		}
		t := unbracket(stripMarkup(l))
		if printRun(t) {
			start = i
			continue
		}
		if !dated {
			if d, name, ok := colophonField(t); ok {
				// 印发日期：2023年12月4日, 编印：…　　印发日期：…
				dated, pub, who, start = true, d, name, i
				continue
			}
			d, name, printed, ok := colophonDate(t)
			if !ok {
				break
			}
			dated, pub, who, start, bare = true, d, name, i, !printed
			continue
		}
		if who == "" {
			if name, ok := compiler(t); ok {
				who, start, bare = name, i, false // …编印 / 2023年12月4日
				continue
			}
			if name, ok := office(t); ok && !bare {
				who, start = name, i
				continue
			}
		}
		break
	}
	if !dated || bare {
		return nil
	}
	k := p.prevText(start)
	if k < p.bodyStart {
		return nil // no body above: the copy is its colophon
	}
	var fields []model.Field
	for i := start; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		if key, val, ok := coverField(stripMarkup(l), false); ok {
			fields = append(fields, splitFields(key, val)...)
		} else {
			fields = append(fields, model.Field{Value: l})
		}
	}
	if p.iss.Published.IsZero() {
		p.iss.Published = pub
	}
	if p.iss.Compiler == "" {
		p.iss.Compiler = who
	}
	p.yearFromPublished() // 第11期 on the cover, the year here
	if rule(trim(p.lines[k])) {
		start = k // the rule over the colophon is its
	}
	p.lines = p.lines[:start]
	return fields
}

// distributionAtEnd reads the lines a briefing ends with to say whom it
// goes to (报：… / 送：… / 发：…, 主送：… / 抄送：…), with the credits
// beside them (签发：… / 编辑：…) and how many copies were printed (本期印发120份,
// （共印200份）): the masthead's, as printed, and the body ends above them
// (they had been the last entry's paragraphs, the print run run into 发：…).
// The run goes to the end of the copy and holds two lines at least, one
// of them naming whom it is sent to. The fields are returned, in order.
func (p *parser) distributionAtEnd() []model.Field {
	start, n, sent := len(p.lines), 0, false
	for i := len(p.lines) - 1; i > p.bodyStart; i-- {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		t := stripMarkup(l)
		if printRun(unbracket(t)) {
			start, n = i, n+1
			continue
		}
		if n > 0 && endRule(l) {
			// 发：… / ———— / 责任编辑：…（共印80份）: a rule between the lines,
			// as Word frames whom a briefing goes to (the rule had ended
			// the run, and the lines above it stayed the last item's
			// text, silently).
			continue
		}
		if !distributionLine(t) {
			// 发送：市委常委，…市直各单 / 位。: the rest of a line the wrap
			// cut, under it (the run had ended there, and whom the issue
			// goes to stayed the last item's text, silently).
			k := p.distributionWrapped(i)
			if k < 0 {
				break
			}
			i = k
			t = stripMarkup(trim(p.lines[k]))
		}
		start, n = i, n+1
		sent = sent || sendLine(t)
	}
	if n < 2 || !sent {
		return nil
	}
	k := p.prevText(start)
	if k < p.bodyStart {
		return nil // no body above: the copy is its end lines
	}
	var fields []model.Field
	for i := start; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) {
			continue
		}
		t := stripMarkup(l)
		if endRule(l) {
			continue // (the rules between them: no field)
		}
		if len(fields) > 0 && i > start && !isBlank(p.lines[i-1]) && !closed(trim(p.lines[i-1])) && !distributionLine(t) && !printRun(unbracket(t)) {
			if w, r := p.frontWrap(); fullAt(p.lines[i-1], w, r) {
				// The rest of the line above, which the wrap cut (see
				// distributionWrapped).
				f := &fields[len(fields)-1]
				f.Value = p.join(f.Value, t)
				continue
			}
		}
		if j := colonAt(t[:min(len(t), 4*3+3)]); j > 0 && distributionLine(t) {
			_, w := decodeRune(t[j:])
			fields = append(fields, splitFields(t[:j], trim(t[j+w:]))...) // (责任编辑：张征　校对：赵六)
			if f := &fields[len(fields)-1]; strings.Contains(f.Value, "印") {
				// 责任编辑：王丽华<gap>（共印80份）: the print run at the
				// line's right end is a field of its own, as on a line
				// of its own.
				if parts := gapParts(f.Value); len(parts) >= 2 && printRun(unbracket(parts[len(parts)-1])) {
					run := parts[len(parts)-1]
					f.Value = trim(f.Value[:strings.LastIndex(f.Value, run)])
					fields = append(fields, model.Field{Value: run})
				}
			}
			continue
		}
		fields = append(fields, model.Field{Value: t})
	}
	if endRule(trim(p.lines[k])) {
		start = k // the rule over the lines is theirs
	}
	p.lines = p.lines[:start]
	return fields
}

// distributionWrapped returns the line over line i that line i goes on
// from, a distribution line (发送：…) the wrap cut, the lines between full
// at the wrap too; or -1. Asked of the few lines a copy ends with.
func (p *parser) distributionWrapped(i int) int {
	// The distribution line first, then the wrap: nearly every copy's
	// last lines are no such line's rest, and the wrap is measured over
	// the whole copy.
	at := -1
	for k := i - 1; k > p.bodyStart && k >= i-6; k-- {
		l := p.lines[k]
		if isBlank(l) || p.isTransparent(k) {
			return -1
		}
		if distributionLine(stripMarkup(trim(l))) {
			at = k
			break
		}
	}
	if at < 0 {
		return -1
	}
	w, r := p.frontWrap()
	if w == 0 && r == 0 {
		return -1
	}
	for k := at; k < i; k++ {
		if !fullAt(p.lines[k], w, r) {
			return -1
		}
	}
	return at
}

// endRule reports whether l, a trimmed line, is a rule of ASCII (-----)
// or of ornaments (————, ━━━━), as a briefing rules off its end lines.
func endRule(l string) bool {
	return l != "" && (rule(l) || l[0] >= 0xE2 && ornament(l))
}

// sendLine reports whether t, a distributionLine, names whom the copy is
// sent to (报：…, 主送：…), not who worked on it (编辑：…).
func sendLine(t string) bool {
	for _, k := range [...]string{"报", "送", "发", "主送", "抄送", "报送", "抄报", "分送", "发送", "報", "發", "報送", "抄報", "發送"} {
		if rest, ok := strings.CutPrefix(t, k); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// unbracket returns t without the brackets it is printed in whole:
// （宁川县地方史志办公室　2023年12月4日印发）.
func unbracket(t string) string {
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(t, pair[0]); ok {
			if in, ok := strings.CutSuffix(in, pair[1]); ok && !containsAnyOf(in, "（）()") {
				return trim(in)
			}
		}
	}
	return t
}

// colophonField matches a masthead line with a publication date's key
// (印发日期：2023年12月4日, 编印：…　　印发日期：…), and returns the date and
// the compiler the line names.
func colophonField(t string) (model.Date, string, bool) {
	if len(t) > 160 || !strings.Contains(t, "期") && !strings.Contains(t, "时间") {
		return model.Date{}, "", false // (日期, 时间: every date key)
	}
	key, val, ok := coverField(t, false)
	if !ok {
		return model.Date{}, "", false
	}
	var pub model.Date
	who := ""
	for _, f := range splitFields(key, val) {
		switch {
		case isDateKey(f.Key):
			d := &dateScanner{s: f.Value}
			if date, ok := d.cnDate(); ok {
				pub = date
			} else if d.i = 0; true {
				pub, _ = d.numericDate()
			}
		case f.Key == "编印" || f.Key == "编印单位":
			who = f.Value
		}
	}
	return pub, who, !pub.IsZero()
}

// colophonDate matches a colophon's date line, and the office before it
// on the line: 2023年12月4日印发, 宁川县地方史志办公室　　2023年12月4日印发,
// 宁川县地方史志办公室 2023年12月4日印发, 宁川县史志办编印 2023年12月4日.
// printed says the date is printed with a word of printing (印发, 编印,
// 出版…) after it, or after a compiler (…编印): else it may be a
// signature's.
func colophonDate(t string) (date model.Date, who string, printed, ok bool) {
	if len(t) > 120 || !strings.Contains(t, "日") && strings.IndexByte(t, '.') < 0 && strings.IndexByte(t, '-') < 0 {
		return model.Date{}, "", false, false
	}
	parts := gapParts(t)
	if parts == nil {
		if c, ok := coverNumbers(t); ok {
			return colophonParts(c, t, "")
		}
		k := strings.LastIndexAny(t, " \t\u3000")
		if k <= 0 {
			return model.Date{}, "", false, false
		}
		_, n := decodeRune(t[k:])
		parts = []string{trim(t[:k]), trim(t[k+n:])}
	}
	if len(parts) != 2 {
		return model.Date{}, "", false, false
	}
	c, ok := coverNumbers(parts[1])
	if !ok {
		return model.Date{}, "", false, false
	}
	return colophonParts(c, parts[1], parts[0])
}

// colophonParts checks a colophon's date (c, printed as date) and who
// printed it (by, "" when the line names no one).
func colophonParts(c coverNums, date, by string) (model.Date, string, bool, bool) {
	if c.published.IsZero() || c.number != 0 || c.total != 0 || c.published.Day == 0 {
		return model.Date{}, "", false, false
	}
	printed := false
	for _, w := range pubWords {
		printed = printed || strings.HasSuffix(date, w)
	}
	who := ""
	if by != "" {
		if name, ok := compiler(by); ok {
			who, printed = name, true
		} else if name, ok := office(by); ok {
			who = name
		} else {
			return model.Date{}, "", false, false
		}
	}
	return c.published, who, printed, true
}

// printRun matches how many copies were printed: （共印200份）, 共印：200份.
func printRun(t string) bool {
	if len(t) > 60 || !strings.Contains(t, "印") {
		return false
	}
	// 共印200份, 本期印发120份, 本期共印120份, 共印发120份.
	s := strings.TrimPrefix(trim(strings.Trim(t, "（）()")), "本期")
	ok := false
	for _, w := range [...]string{"共印发", "共印", "印发"} {
		if s, ok = strings.CutPrefix(s, w); ok {
			break
		}
	}
	if !ok {
		return false
	}
	d := &dateScanner{s: trim(strings.TrimLeft(s, "：:"))}
	if _, ok := d.anyNumber(); !ok {
		return false
	}
	switch trim(d.s[d.i:]) {
	case "份", "册", "本":
		return true
	}
	return false
}

// ownKey reports whether a masthead key names who makes the issue, or
// where they are.
func ownKey(k string) bool {
	switch k {
	case "主管", "主办", "承办", "编印", "主编", "地址", "电话", "邮箱", "电子邮箱",
		"主管单位", "主办单位", "编印单位", "编辑单位", "总编辑":
		return true
	}
	return false
}

// articleDate takes the publication date of a web page's article from
// the line under its title, a few lines from i (宁川县史志办召开年鉴编纂会议
// / 发布时间：2023-07-06　　来源：…): the date its events' year comes from.
// The line stays the article's.
func (p *parser) articleDate(i int) {
	for seen := 0; i < len(p.lines) && seen < 3; i++ {
		t := trim(p.lines[i])
		if t == "" {
			continue
		}
		seen++
		if v, ok := webMeta(t); ok {
			if c, ok := coverNumbers(v); ok && !c.published.IsZero() && c.number == 0 {
				p.iss.Published = c.published
			}
			return
		}
	}
}

// wechatDate takes the date a WeChat article was posted, from the line
// under its title on the cover (原创 宁州史志 2023-12-06 17:30 发表于江西,
// taken out as the page's chrome) before the text from line end (an
// index): when the issue came out, where the cover prints no date of its
// own (it had had none).
func (p *parser) wechatDate(end int) {
	if k := p.nextText(end); k >= 0 {
		end = k // (the chrome's lines are blank now)
		if p.iss.Title == "" {
			// 宁川县史志办召开…会议 / 原创 宁川史志 … 2023-11-05 08:30: under
			// an article's title set plain, read as its entry's.
			if k = p.nextText(k + 1); k >= 0 {
				end = k
			}
		}
	}
	for _, f := range p.iss.Furniture {
		if f.Line > end+1 {
			break
		}
		if f.Kind != model.WebChrome || !wechatHeader(trim(f.Text)) {
			continue
		}
		for _, w := range strings.Fields(f.Text) {
			// (*2023-11-05 08:30*, as the page set it; 2023\-11\-05, escaped)
			w = strings.Trim(strings.ReplaceAll(w, `\`, ""), "*_")
			if isoDate(w) || strings.Contains(w, "年") && strings.HasSuffix(w, "日") { // 2023-12-06, 2023年12月06日
				if c, ok := coverNumbers(w); ok && !c.published.IsZero() && c.number == 0 {
					p.iss.Published = c.published
				}
				return
			}
		}
	}
}

// shortLineNext reports whether the next line with text from i is short
// and ends no sentence: a cover's or a column's line, not a paragraph.
func (p *parser) shortLineNext(i int) bool {
	j := p.nextText(i)
	if j < 0 {
		return false
	}
	t := trim(p.lines[j])
	return len(t) <= 30*3 && !closed(t)
}

// monthLineFollows reports whether the next line with text from i is a
// year and month alone (鹰城地情 / 2024年3月 / （双月刊）: the first line
// is the title over the issue's month), with no events under it (宁川县
// 大事记 / 2024年3月 / 3月1日 …: a chronicle's month). (A name, short: a
// notice's title over its month, 关于开展…调研的通知 / 2024年3月, is none.)
func (p *parser) monthLineFollows(i int) bool {
	j := p.nextText(i)
	if j < 0 || j > i+2 {
		return false
	}
	_, _, ok := monthOnly(coverText(trim(p.lines[j])))
	return ok && !p.eventFollows(j+1) && !p.dayFollows(j+1)
}

// webMeta matches the line a web page prints under an article's title,
// fields set apart by spaces: 发布时间：2023-07-06 10:25　来源：…, 作者：张征
// 来源：… 发布日期：2023年12月04日, 信息来源：…　发布日期：…　浏览量：56,
// 时间：2023-12-04 来源：本站 点击数：128, 2023-12-04 09:30  来源：…. date is
// the publication date's text ("" where the line gives none). A line
// that begins with no such field, or with a bare date that no other
// field follows, is not one.
func webMeta(t string) (date string, ok bool) {
	if len(t) > 100*3 || t == "" || t[0] < 0x80 && (t[0] < '0' || t[0] > '9') {
		return "", false // the fields' names are Chinese, a bare date a figure
	}
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	named, plain := 0, ""
	for k, f := range fields {
		c := colonAt(f[:min(len(f), 6*3)])
		if c < 0 {
			if k == 0 {
				if !isoDate(f) {
					return "", false
				}
				plain = f // 2023-12-04 09:30  来源：…
			}
			continue
		}
		key := f[:c]
		_, n := decodeRune(f[c:])
		val := f[c+n:]
		if val == "" && k+1 < len(fields) && colonAt(fields[k+1][:min(len(fields[k+1]), 6*3)]) < 0 {
			val = fields[k+1] // 发布时间： 2023-12-04
		}
		switch key {
		case "发布时间", "发布日期", "发稿时间", "更新时间", "發布時間", "發佈時間", "發布日期":
			named++
			date = val
		case "时间", "日期", "時間":
			if k == 0 {
				named++
				date = val
			}
		case "来源", "信息来源", "文章来源", "稿件来源", "來源", "作者", "记者", "通讯员", "编辑", "责任编辑",
			"浏览次数", "浏览量", "点击数", "点击量", "点击率", "阅读", "阅读量", "阅读次数", "访问量", "字号":
			named++
		default:
			if k == 0 {
				return "", false
			}
		}
	}
	if date == "" {
		date = plain
	}
	if named == 0 || plain != "" && len(fields) < 2 {
		return "", false
	}
	return date, true
}

// isoDate matches a date as a web page prints it: 2023-12-04, 2023/12/04,
// 2023.12.04.
func isoDate(f string) bool {
	if len(f) < 8 || len(f) > 10 || f[4] != '-' && f[4] != '/' && f[4] != '.' {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; (c < '0' || c > '9') && c != f[4] {
			return false
		}
	}
	return allDigits(f[:4])
}

// oneColumnCover takes the bars off the rows of a table of one column
// that the copy begins with (| 平顶山月报 | / | 2023年第11期 | between
// +-----+ rules, as pandoc writes a docx's cover set in a table): each
// cell is a line of the cover (the cover had been lost, its rows an
// untitled entry with a warning). Two rows at least, each one cell.
func (p *parser) oneColumnCover() {
	var rows, rules []int
	for i := p.pos; i < len(p.lines) && len(rows) < 20; i++ {
		l := trim(p.lines[i])
		if l == "" || tableSeparator(l) {
			continue
		}
		if l[0] == '+' && strings.Trim(l, "+-=:") == "" {
			rules = append(rules, i) // +-----+, a grid table's rule
			continue
		}
		if len(l) < 3 || l[0] != '|' || l[len(l)-1] != '|' || strings.Count(l, "|") != 2 || trim(l[1:len(l)-1]) == "" {
			break
		}
		rows = append(rows, i)
	}
	if len(rows) < 2 {
		return
	}
	for _, i := range rows {
		l := trim(p.lines[i])
		p.rewrite(i, trim(l[1:len(l)-1]))
	}
	for _, i := range rules {
		p.addFurniture(i, model.Markup, p.lines[i])
		p.lines[i] = ""
	}
}

// coverState is what front() remembers from one line to the next.
type coverState struct {
	inRule  bool // a rule has been passed: masthead keys need not be known ones
	inTable bool // the last line was a row of a masthead table
}

// coverLine reads line i if it is a cover line and reports how many lines
// it took. A line whose content is already known and differs (a second
// issue number) is not cover: what comes next is something else.
func (p *parser) coverLine(i int, st *coverState) (int, bool) {
	iss := p.iss
	if len(p.lines[i]) > 2000 {
		return 0, false // no cover line is this long (a paragraph with no break)
	}
	l := trim(p.lines[i])
	wasTable := st.inTable
	st.inTable = false
	lvl, text, isHeading := heading(l)
	if !isHeading {
		text = coverText(l)
	}
	if iss.Title != "" && p.prevText(i) == p.firstLine() && (chronicleTitle(iss.Title) || gazetteerTitle(iss.Title)) && len(text) <= 40 {
		// 中共青岚县党史大事记 / （1949—1978）: the period the book covers,
		// in brackets under its name, is the title's (it had been the
		// body's untitled text, the compiler's line with it).
		if r, _ := decodeRune(text); (r == '（' || r == '(') && !strings.HasSuffix(iss.Title, "）") && !strings.HasSuffix(iss.Title, ")") {
			if in := strings.Trim(text, "（）() "); yearSpan(in) && titleSpanEnd(text) > 0 {
				iss.Title += text
				return 1, true
			}
		}
	}
	if iss.Published.IsZero() && iss.Title != "" && !(isHeading && lvl >= 2) && len(text) <= 40 {
		// 中共青岚县党史大事记（1949—1978） / …编 / 2023年6月: a month past
		// the period the book covers is its printing's (it had been a
		// year heading of no events, the section 2023年6月). (Before
		// coverNumbers, which reads 2023年6月 as a number it rejects.)
		if y, m, ok := printingMonth(text); ok && chronicleTitle(iss.Title) && !p.dayFollows(i+1) && !p.eventFollows(i+1) {
			if end := titleSpanEnd(iss.Title); end != 0 && y > end {
				iss.Published = model.MakeDate(y, m, 0)
				return 1, true
			}
		}
	}
	if _, _, _, ok := tocEntry(l); ok && !(i == p.firstLine() && iss.Title == "" && bookTitleLine(coverText(l))) {
		// (宁川年鉴 (2023) on the first line is a title, its year no page;
		// so is 宁川县大事记（1895—1911）'s period no range of pages: set
		// plain, the title had been lost, the chronicle untitled.)
		return 0, false
	}
	if !isHeading && iss.Title != "" && text == iss.Title && p.issueFollows(i+1) {
		// # 平顶山月报2023年第11期 / 发布时间：… / 平顶山月报 / 2023年第11期…: a
		// web page's title over the issue's own cover, which says it
		// again (the cover had ended there, the rest of it an untitled
		// entry, with a warning).
		return 1, true
	}
	if c, ok := coverNumbers(text); ok {
		if c.year != 0 && c.number == 0 && c.total == 0 && c.published.IsZero() && (isHeading && lvl >= 2 || p.eventFollows(i+1)) {
			return 0, false // 1986年 over the events of that year: a chronicle's heading
		}
		if c.year != 0 && c.number == 0 && c.total == 0 && c.published.IsZero() && c.year <= titleSpanEnd(iss.Title) && spanFrom(iss.Title, c.year) {
			// 宁川县大事记（1989—1990） / 1989年 / 上半年: the first year of the
			// period the title covers is its first part's heading, events
			// under it or not (set plain, it had been the book's year, the
			// part lost). (Not the last: （2013—2023） / …编 / 2023年 is
			// the book's year.)
			return 0, false
		}
		if !c.published.IsZero() && c.published.Day != 0 && c.number == 0 && c.total == 0 && !(isHeading && lvl == 1) && chronicleTitle(iss.Title) && p.yearDayEvent(i, c.published) {
			// 宁川县2023年大事记 / 2023年2月6日 / 县委召开… / 2023年2月18日 …: a
			// chronicle that prints every event's day with its year, the
			// first under the title; a day of the period the title names,
			// and more events dated so after it (its text under it, or the
			// next day not earlier: yearDayEvent), is no cover's date (it
			// had been the issue's publication date, the first event
			// undated, silently).
			return 0, false
		}
		if isHeading && lvl >= 2 && c.year == 0 && c.total == 0 && p.otherIssueHeading(i, lvl, c.number) {
			// ## 第1期 … ## 第2期: a bound volume's issues (合订本), each a
			// part of the file, not the number of the whole.
			return 0, false
		}
		if c.number != 0 && c.year == 0 && iss.Number == 0 && p.bound() {
			return 0, false // 2023年合订本 / … / 第1期: the first part's
		}
		return 1, p.applyNumbers(c)
	}
	if fixed, ok := ocrFigures(text); ok {
		// 2O23年第1O期: the numbers read as the digits OCR misread, and
		// said, as the copy's to put right.
		if c, ok := coverNumbers(fixed); ok && (c.number != 0 || c.total != 0) && p.applyNumbers(c) {
			p.warn(i+1, "%q has a letter for a digit (OCR?): read as %s", clipText(text, 12), fixed)
			return 1, true
		}
	}
	if y, m, ok := monthOnly(text); ok && iss.Title != "" && iss.Year == 0 && !(isHeading && lvl >= 2) &&
		!chronicleTitle(iss.Title) && !yearbookTitle(iss.Title) && !p.eventFollows(i+1) {
		// 宁川地情 / 2023年11月: the issue's year either way, its month the
		// issue's or its printing's, which is not guessed (as for
		// 平顶山月报（2023.11）). A chronicle's 2023年11月 is a heading.
		iss.Year = y
		if iss.Number > m && iss.Number <= 12 {
			iss.Year-- // 第12期 printed in 2024年1月: the issue is of the year before
		}
		if iss.Number == 0 {
			// (Under No.11 the number is known, and the month is the
			// issue's or its printing's in the year taken.)
			p.warn(i+1, "the cover gives %d年%d月: the month of the issue or of its printing? The year is taken, not the number", y, m)
		}
		return 1, true
	}
	if y, m, ok := monthOnly(text); ok && iss.Published.IsZero() && iss.Year != 0 && (iss.Number != 0 || iss.Total != 0) &&
		(y == iss.Year || y == iss.Year+1) && !(isHeading && lvl >= 2) && !chronicleTitle(iss.Title) && !yearbookTitle(iss.Title) && !p.eventFollows(i+1) {
		// 2023年第11期 / … / 2023年12月: the number names the issue, so the
		// month is its printing's, the publication date to the month (it
		// had been a section of no text).
		iss.Published = model.MakeDate(y, m, 0)
		return 1, true
	}
	if y, m, ok := printingMonth(text); ok && iss.Published.IsZero() && !(isHeading && lvl >= 2) && chronicleTitle(iss.Title) && !p.dayFollows(i+1) {
		if ty, tm := titleYearMonth(iss.Title); ty != 0 && tm == 0 && y > ty {
			// 宁川市2023年大事记 / …编 / 2024年3月: a month past the year the
			// chronicle covers is no month of it but its printing's (it had
			// been a year heading, every event dated a year late).
			iss.Published = model.MakeDate(y, m, 0)
			return 1, true
		}
	}
	if iss.Title == "" && iss.Number == 0 && i == p.firstLine() {
		// 平顶山月报（2023年第11期）, 《平顶山月报》2023年第11期, # 平顶山月报·2023年第11期:
		// the name and the number on one line.
		if name, c, ok := titleWithNumber(text); ok && p.applyNumbers(c) {
			iss.Title = name
			return 1, true
		}
		if k := strings.LastIndexAny(text, "|｜"); k > 0 && len(text) <= 200 {
			// 史志月报 | 株洲史志2023年第6期: a WeChat account's name, then
			// the article's title.
			_, n := decodeRune(text[k:])
			if name, c, ok := titleWithNumber(trim(text[k+n:])); ok && p.applyNumbers(c) {
				iss.Title = name
				return 1, true
			}
		}
		if name, year, period, ok := titleWithPeriod(text); ok && !chronicleTitle(text) && !yearbookTitle(text) {
			// 平顶山月报（2023.11）: the year is the issue's either way, the
			// month the issue's or its printing's; it is not guessed.
			iss.Title, iss.Year = name, year
			p.warn(i+1, "the title holds %q: the month of the issue or of its printing? The year is taken, not the number", period)
			return 1, true
		}
	}
	if !isHeading && iss.Title == "" && i == p.firstLine() && i+1 < len(p.lines) && setextText(text) {
		if u := trim(p.lines[i+1]); len(u) >= 3 && strings.Trim(u, "=") == "" {
			// 平顶山月报 / ==========: a Setext title, as pandoc before 2.11
			// writes a level-1 heading (宁川县大事记 / ===, a chronicle's
			// title, too: its underline is no line of the body).
			iss.Title = bookTitle(text)
			return 2, true
		}
	}
	if !isHeading && iss.Title == "" && i == p.firstLine() && bookTitleLine(text) {
		// 2023年11月份大事记, 宁川年鉴（2023）, 宁川县志（1986—2005） on the first line
		iss.Title = bookTitle(text)
		return 1, true
	}
	if isHeading && len(text) > maxHeading {
		return 0, false // no title: a file whose line breaks were lost (see body)
	}
	if isHeading && coverNotice(text) {
		// # 内部资料 注意保存: MinerU sets every large line as a heading.
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		return 1, true
	}
	if n, ok := digitsValue(trim(text)); ok && isHeading && n >= 1 && n <= 24 && iss.Number == 0 && iss.Year == 0 && p.headingTitleAbove(i) {
		// # 宁川月报 / # 11 / 2023年（总第186期）: the issue's number set
		// alone in large figures, the year under it (the number had been
		// a section named 11, the year another, silently).
		if j := p.nextText(i + 1); j > i && j <= i+2 {
			under := stripMarkup(trim(p.lines[j]))
			if _, h, ok := heading(p.lines[j]); ok {
				under = h // (### 2023年 under it, a size smaller)
			}
			if c, ok := coverNumbers(under); ok && c.year > 0 && c.number == 0 {
				iss.Number = n
				return 1, true
			}
		}
	}
	if isHeading && iss.Title != "" && latinName(text) && !contentsHeading(text) {
		// ## NINGCHUAN YUEBAO under # 宁川月报, the name in capitals set
		// large (pymupdf4llm's heading by size): a notice, as on a plain
		// line (it had ended the cover, a section of that name holding
		// the number and the compiler, silently).
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		return 1, true
	}
	if isHeading && (iss.Title != "" || lvl > 1) {
		// # 绍兴市地方志办公室编 2023年9月28日 under the title, as MinerU
		// sets a cover: the compiler, the office, a line of items.
		if c, ok := compiler(text); ok {
			if iss.Compiler == "" {
				iss.Compiler = c
			}
			return 1, iss.Compiler == c
		}
		if c, ok := office(text); ok {
			if iss.Compiler == "" {
				iss.Compiler = c
			}
			return 1, true
		}
		if n, ok := p.coverParts(text, st); ok {
			return n, true
		}
	}
	if isHeading {
		if _, name, _, ok := chapterLine(text); ok && name != "" && iss.Title == "" {
			// # 第三篇　政治 first: a chapter of a book saved from Word on
			// its own, no cover. The part is a section like the parts
			// after it (it had been the issue's title, its 政治 lost
			// while 第四篇　经济 was a section, silently).
			return 0, false
		}
		if lvl == 1 && iss.Title == "" && !contentsHeading(l) {
			// (# 目录 first, in a copy whose cover is lost: the contents'
			// heading, no title.)
			iss.Title = bookTitle(text)
			return 1, true
		}
		if iss.Title == "" && iss.Number == 0 && (i == p.firstLine() || p.noticesAbove(i)) && plainTitle(text) && p.issueFollows(i+1) {
			// ## 平顶山月报 / 2023年第11期: docling and marker set the
			// title at the sections' level; the issue's number under it
			// makes it the title. So under the cover's notices (## 内部资料
			// 免费交流 / ## 宁川月报, Docling's: the title had been a
			// section, the cover's lines its entries, silently).
			iss.Title = bookTitle(text)
			return 1, true
		}
		if y, ok := editionYear(text); ok && (lvl == 1 || p.headingTitleAbove(i)) && iss.Year == 0 && yearbookTitle(iss.Title) && !p.eventFollows(i+1) && !p.monthHeadingNext(i+1) {
			// # 宁川年鉴 / # 2023, as MinerU sets every line of a cover with
			// one #: the edition's year, not a section. (# 2022年 / # 1月
			// is a chronicle's year over its months.) Right under the
			// title, at any level: pymupdf4llm sets a heading's level by
			// its font's size, # 宁川年鉴 / ## 2023 (it had been a section
			// named 2023, the book of no year).
			iss.Year = y
			return 1, true
		}
		return 0, false
	}
	if strings.HasPrefix(l, "|") {
		return p.coverTable(i, wasTable, st)
	}
	if len(l) <= 10*3 && !isHeading {
		// 主管 / 平顶山市人民政府: a masthead table's key and value each on
		// a line of its own, as docx2txt writes a table's cells (the
		// masthead had been text before the first section, its last key
		// a section's name).
		if k := fieldKey(l); isCoverKey(k) && !containsAnyOf(strings.TrimRight(l, "：: "), "：:") {
			if j := p.nextText(i + 1); j > i && j <= i+2 {
				v := trim(p.lines[j])
				if _, ok := coverNumbers(v); v != "" && len(v) <= 200 && !ok && !isCoverKey(fieldKey(v)) && !rule(v) && !strings.HasPrefix(v, "#") {
					p.addField(k, v)
					return j - i + 1, true
				}
			}
		}
	}
	if strings.IndexByte(l, '\t') > 0 {
		// 主管<TAB>平顶山市人民政府<TAB>主办<TAB>…: a masthead table's row
		// as Word's "save as text" writes it, a tab between cells (the
		// row had been the compiler's name, and the rows under it the
		// table of contents').
		if fs, ok := mastheadCells(strings.Split(l, "\t")); ok && len(fs) > 0 && fs[0].Value != "" {
			for _, f := range fs {
				p.addField(f.Key, f.Value)
			}
			return 1, true
		}
	}
	if l[0] == '<' {
		if rows, last, ok := htmlTable(p.lines, i); ok {
			// <table><tr><td>主编</td><td>孙洪涛</td></tr>…</table>, as
			// MinerU writes the masthead's table (its rows had been an
			// untitled entry before the first column): every row a
			// masthead row, or the table is not the masthead's.
			// A row may hold the issue's date in a cell of its own
			// (| 责任编辑：许文静 | 2024年5月6日印发 |).
			var fs []model.Field
			var dates []coverNums
			for _, r := range rows {
				f, ok := mastheadRow(r.text)
				if !ok {
					var date coverNums
					if f, date, ok = mastheadDateRow(r.text); !ok {
						return 0, false
					}
					dates = append(dates, date)
				}
				fs = append(fs, f...)
			}
			if len(fs) == 0 {
				return 0, false
			}
			for _, d := range dates {
				if !p.applyNumbers(d) {
					return 0, false
				}
			}
			for _, f := range fs {
				p.addField(f.Key, f.Value)
			}
			return last - i + 1, true
		}
	}
	if c, ok := compiler(text); ok {
		if iss.Compiler == "" {
			iss.Compiler = c
		}
		return 1, iss.Compiler == c
	}
	if key, val, ok := coverField(stripMarkup(l), st.inRule); ok {
		if isDistributionKey(key) {
			return p.distribution(i, val), true
		}
		val, n := p.valueGoesOn(i, val)
		for _, f := range splitFields(key, val) {
			p.addField(f.Key, f.Value)
		}
		return n, true
	}
	if y, ok := editionYear(text); ok && yearbookTitle(iss.Title) && !differ(iss.Year, y) {
		iss.Year = y // 宁川年鉴 / 2023: the yearbook's edition
		return 1, true
	}
	if publisher(text) {
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		return 1, true
	}
	if iss.Title != "" && latinName(text) && !contentsHeading(text) {
		// NINGCHUAN SHIZHI under 宁川史志: the name in pinyin or English,
		// as covers print it (it had ended the cover, the number under it
		// lost): a notice.
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		return 1, true
	}
	if boardHeading(text) && p.fieldFollows(i+1) {
		// 编委会 over 主　任：… / 委　员：…: the board's heading, kept as
		// printed; its keys are the board's own, as between rules.
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		st.inRule = true
		return 1, true
	}
	if k, v, ok := serialNumber(text); ok {
		// ISSN 1234-5678, CN 41-1234/K: a periodical's numbers, printed
		// above or under its title (the line had been not understood,
		// and the title under it lost).
		iss.Masthead = append(iss.Masthead, model.Field{Key: k, Value: v})
		return 1, true
	}
	if coverNotice(text) || iss.Title != "" && specialName(text) {
		// A notice has no label; it is kept in the masthead, in print
		// order, with an empty key, rather than in a field of its own.
		iss.Masthead = append(iss.Masthead, model.Field{Value: text})
		return 1, true
	}
	if iss.Title == "" && iss.Number == 0 && iss.Total == 0 && plainTitle(text) && (p.issueFollows(i+1) || p.issuerFollows(i+1) || i == p.firstLine() && utf8.RuneCountInString(text) <= 12 && p.monthLineFollows(i+1)) {
		iss.Title = bookTitle(text)
		return 1, true
	}
	if iss.Title == "" && iss.Number != 0 && p.prevText(i) == p.firstLine() && plainTitle(text) && (p.issuerFollows(i+1) || p.headedBy(text)) {
		// 2023年第11期 / 宁川史志 / 宁川县地方史志办公室: the number first,
		// as pdfminer may print a cover's text boxes, the title under it
		// over the office (or heading the pages); the title had been
		// lost, the cover's lines read as entries.
		iss.Title = bookTitle(text)
		return 1, true
	}
	if iss.Title == "" && iss.Number == 0 && iss.Total == 0 && i == p.firstLine() && plainTitle(text) && utf8.RuneCountInString(text) <= 10 &&
		periodicalName(bookTitle(text)) && p.shortLineNext(i+1) && !p.eventFollows(i+1) {
		// 宁川史志 / 庆祝中国共产党成立102周年特刊, 鹰城月报 / 时政要闻: the
		// first line named as a periodical is its title, though no number
		// follows (set plain, it had been an untitled entry's text). Not
		// over a sentence: 用好用活地方史志 / 地方史志是…。 is an article's
		// title.
		iss.Title = bookTitle(text)
		return 1, true
	}
	if iss.Title == "" && iss.Number == 0 && iss.Total == 0 && i == p.firstLine() && plainTitle(text) && p.headedBy(text) {
		// 宁州史志月报 alone atop a copy whose pages are headed by it: the
		// publication's name (it had been text before the first entry,
		// and the issue untitled), though no number or office follows.
		iss.Title = bookTitle(text)
		return 1, true
	}
	if iss.Compiler != "" && (text == "编" || text == "编印" || text == "主办" || text == "编辑") && p.prevText(i) >= 0 && strings.HasSuffix(trim(p.lines[p.prevText(i)]), iss.Compiler) {
		// 平顶山市地方史志办公室 / 编: the office's 编 wrapped onto a line
		// of its own (a narrow copy); the date under it had been the
		// body's.
		return 1, true
	}
	if name, ok := strings.CutSuffix(text, "主办"); ok {
		// 宁川县地方史志办公室主办: the office, as in
		// …办公室 主办 2023年5月31日 (it had been a line not understood).
		if c, ok := office(trim(name)); ok {
			if iss.Compiler == "" {
				iss.Compiler = c
			}
			return 1, true
		}
	}
	if c, ok := office(text); ok {
		// 宁川县地方史志办公室 alone: the office that issues the report,
		// with no 编 after it.
		if iss.Compiler == "" {
			iss.Compiler = c
		}
		return 1, true
	}
	return p.coverParts(text, st)
}

// coverParts reads a line of several cover items set apart by wide gaps,
// as a briefing's masthead prints them: 宁川县地方史志办公室编　　2023年5月31日,
// 第5期　　县史志办编印　　2023年5月31日, 内部资料　　注意保存. Every part
// must be a cover item of its own, or the line is not cover.
func (p *parser) coverParts(text string, st *coverState) (int, bool) {
	items, ok := coverItems(text, st.inRule)
	if !ok {
		return 0, false
	}
	for _, it := range items {
		switch {
		case it.isNums:
			if !p.applyNumbers(it.nums) {
				return 0, false
			}
		case it.comp != "":
			if p.iss.Compiler == "" {
				p.iss.Compiler = it.comp
			}
		case it.note != "":
			p.iss.Masthead = append(p.iss.Masthead, model.Field{Value: it.note})
		default:
			for _, f := range splitFields(it.key, it.val) {
				p.addField(f.Key, f.Value)
			}
		}
	}
	return 1, true
}

// coverItem is one item of a cover line that holds several.
type coverItem struct {
	nums       coverNums
	isNums     bool
	comp, note string
	key, val   string
}

// coverItems reads a line of several cover items (see coverParts); ok is
// false when any part is not one.
func coverItems(text string, inRule bool) ([]coverItem, bool) {
	parts := gapParts(text)
	if len(parts) < 2 && strings.Contains(text, "  ") {
		// 第5期  宁川县人民政府办公室  2023年5月31日: the wide gaps two
		// spaces, as a copy normalised to NFKC has 　　 (each part must
		// be a cover item all the same).
		parts = parts[:0]
		for _, part := range strings.Split(text, "  ") {
			if part = trim(part); part != "" {
				parts = append(parts, part)
			}
		}
	}
	if len(parts) < 2 {
		// 洛川县地方史志研究室编 2023年6月30日: the office and the date one
		// space apart.
		// 泉州市地方志编纂委员会办公室 主办 2023 年 5 月 31 日 too: the
		// date begins at the first digit.
		k := indexAnyOf(text, "0123456789０１２３４５６７８９二")
		if k <= 0 {
			return nil, false
		}
		left, right := trim(text[:k]), trim(text[k:])
		if l, ok := strings.CutSuffix(left, "主办"); ok {
			left = trim(l)
		}
		_, isComp := compiler(left)
		_, isOffice := office(left)
		if c, ok := coverNumbers(dateDone(right)); !ok || c.published.IsZero() || !isComp && !isOffice {
			return nil, false
		}
		parts = []string{left, right}
		if !isComp {
			parts[0] = left + "编" // the office, as the compiler
		}
	}
	items := make([]coverItem, 0, len(parts))
	for _, part := range parts {
		part = trim(part)
		var it coverItem
		if c, ok := coverNumbers(dateDone(part)); ok {
			it.nums, it.isNums = c, true
		} else if c, ok := compiler(part); ok {
			it.comp = c
		} else if c, ok := office(part); ok {
			it.comp = c
		} else if publisher(part) || coverNotice(part) {
			it.note = part
		} else if key, val, ok := coverField(stripMarkup(part), true); ok && !isDistributionKey(key) {
			switch key {
			case "编印单位", "主办单位", "编辑单位", "编印", "主办":
				// 编印单位：宁川县地方史志办公室: the compiler.
				if c, ok := office(val); ok {
					it.comp = c
				} else if c, ok := compiler(val + "编"); ok {
					it.comp = c
				}
			case "印发日期", "出版日期", "编印日期", "印发时间", "日期":
				if c, ok := coverNumbers(val); ok && !c.published.IsZero() && c.year == 0 && c.number == 0 {
					it.nums, it.isNums = c, true
				}
			}
			if it.comp == "" && !it.isNums {
				if _, _, known := coverField(stripMarkup(part), inRule); !known {
					return nil, false
				}
				it.key, it.val = key, val
			}
		} else {
			return nil, false
		}
		items = append(items, it)
	}
	return items, true
}

// dateDone is t without the word a cover prints after its date:
// 2023年5月31日印发, 2023年5月31日出版.
func dateDone(t string) string {
	for _, w := range [...]string{"印发", "出版", "编印", "发布", "印"} {
		if s, ok := strings.CutSuffix(t, w); ok {
			return trim(s)
		}
	}
	return t
}

// issuerFollows reports whether the next line of text from i names who
// issues the report, alone or with its date (宁川县地方史志办公室编,
// …办公室　　2023年5月31日印发, 编印单位：…　　印发日期：…): what makes the
// short line above it the report's name where no number is printed.
func (p *parser) issuerFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" {
			continue
		}
		if _, ok := compiler(l); ok {
			return true
		}
		if _, ok := office(l); ok {
			return true
		}
		items, ok := coverItems(l, false)
		if !ok {
			return false
		}
		for _, it := range items {
			if it.comp != "" {
				return true
			}
		}
		return false
	}
	return false
}

// gapParts cuts t at its wide gaps (three spaces or two ideographic
// spaces, see columnGap); nil when it has none.
func gapParts(t string) []string {
	if strings.IndexByte(t, '\t') >= 0 {
		t = strings.ReplaceAll(t, "\t", "   ") // 宁川县地方史志办公室编印<TAB>2023年5月31日
	}
	if columnGap(t, 0) < 0 {
		return nil
	}
	var parts []string
	for rest := t; rest != ""; {
		g := columnGap(rest, 0)
		if g < 0 {
			parts = append(parts, rest)
			break
		}
		if g > 0 {
			parts = append(parts, trim(rest[:g]))
		}
		rest = rest[gapEnd(rest, g):]
	}
	return parts
}

// officeSuffixes end the names of the offices that issue reports.
var officeSuffixes = [...]string{
	"史志办公室", "地方志办公室", "史志研究室", "党史研究室", "党史办公室", "史志研究中心",
	"史志研究院", "方志研究院", "党史研究院", "史志院", "方志馆",
	"地方志编纂委员会办公室", "地方志编纂委员会", "史志编纂委员会", "史志办", "地方志办", "方志办", "志办", "史志馆",
	// The names the offices took in the reforms from 2018 on (党史和地方志
	// merged, 办公室 become 中心 or 研究院): 宁川市地方志编纂中心,
	// 中共宁川县委党史和地方志研究室, 宁川县党史地方志研究中心.
	"地方志编纂中心", "史志编纂中心", "地方志研究中心", "党史研究中心", "地方志研究室", "地方志研究院",
	"地方志馆", "档案史志馆", "党史方志办公室", "党史地方志办公室",
}

// office matches the name of a chronicle office alone:
// 宁川县地方史志办公室, 中共宁川县委党史研究室, or of a government's office
// that issues a briefing (宁川县人民政府办公室).
func office(t string) (string, bool) {
	// Every name matched below ends with 室, 心, 院, 馆, 会 or 办 (the
	// officeSuffixes' and 办公室's last characters): a line that ends
	// otherwise, nearly every one, is let go by its last three bytes.
	if len(t) < 3 {
		return "", false
	}
	switch t[len(t)-3:] {
	case "室", "心", "院", "馆", "会", "办":
	default:
		return "", false
	}
	if len(t) > 30*3 || utf8.RuneCountInString(t) > 30 || containsAnyOf(t, "：:，。,；;、|0123456789０１２３４５６７８９") {
		return "", false
	}
	for _, s := range officeSuffixes {
		if name, ok := strings.CutSuffix(t, s); ok && utf8.RuneCountInString(name) >= 2 {
			return t, true
		}
	}
	if name, ok := strings.CutSuffix(t, "办公室"); ok && utf8.RuneCountInString(t) <= 20 && containsAnyOf(name, "省市县区州旗") &&
		(strings.Contains(name, "政府") || strings.Contains(name, "委")) {
		return t, true
	}
	return "", false
}

// dayFollows reports whether the next non-blank line from i is a
// chronicle's event, not a month's heading (1日 …, not 一月 or **1月**):
// 2024年3月 over it is a month of the chronicle, over 一月 the cover's.
func (p *parser) dayFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		if t := trim(p.lines[i]); t != "" {
			if _, _, ok := heading(t); ok {
				return false
			}
			t = trim(stripMarkup(t))
			if _, month := monthHeading(t); month {
				return false
			}
			return eventStart(t)
		}
	}
	return false
}

// yearDayEvent reports whether line i, a day with its year (day) under a
// chronicle's title, is its first event's: the day is of the year (and
// month) the title names, and one of the next lines of text within a few
// begins with a day with its year too (2023年2月18日, 2023.2.18), as the
// events after it do — a line of text directly under the day (its
// event's), or that next day not before it. A day over an earlier one,
// the events' own dates on their lines, is the chronicle's printing
// (宁川县2023年大事记 / 2023年12月28日 / 2023年1月3日，县委召开…: it had
// been an event without text, warned, the publication date lost).
func (p *parser) yearDayEvent(i int, day model.Date) bool {
	ty, tm := titleYearMonth(p.iss.Title)
	if ty == 0 || int(day.Year) != ty || tm != 0 && int(day.Month) != tm {
		return false // 宁川县2023年大事记 / 2024年3月5日: printed after the year, its printing's
	}
	text := false // a line of text directly under the day
	for j, seen := i+1, 0; j < len(p.lines) && seen < 12; j++ {
		t := trim(p.lines[j])
		if t == "" {
			continue
		}
		seen++
		if t[0] == '*' {
			t = trim(stripMarkup(t)) // **2023年2月18日**
		}
		if k := figuresEnd(t, 0, 4); k == 4 && k < len(t) {
			if t[k] == '.' || t[k] == '-' || t[k] == '/' {
				// 2023.11.2 / 县委… / 2023.11.6 / …: the days in figures.
				if next, ok := (&dateScanner{s: t}).numericDate(); ok {
					return text || !next.Before(day)
				}
			} else if strings.HasPrefix(t[k:], "年") && startsWithMonthDay(t) {
				next, ok := leadingDate(t, dateContext{})
				return text || !ok || !next.Start.Before(day)
			}
		}
		if seen == 1 {
			// 2023年2月6日 / 县委召开…: the event's text under its day;
			// not a heading (一月), nor an event's day (1月3日，…).
			_, _, h := heading(t)
			_, month := monthHeading(t)
			text = !h && !month && !eventStart(t)
		}
	}
	return false
}

// printingMonth reads a cover's month of printing: 2024年3月, 二〇二四年三月,
// 2024年3月出版 (印刷, 印, 编印), 2024.3.
func printingMonth(t string) (year, month int, ok bool) {
	for _, w := range [...]string{"出版发行", "出版", "印刷", "编印", "印"} {
		if s, cut := strings.CutSuffix(t, w); cut {
			t = trim(s)
			break
		}
	}
	if y, rest, ok := eraLead(t); ok && republicEra(t) {
		// 中華民國八十六年六月, 民國112年4月: a printing in Taiwan.
		d := &dateScanner{s: rest}
		if m, ok := d.anyNumber(); ok && m >= 1 && m <= 12 && d.lit('月') && d.i == len(rest) {
			return y, m, true
		}
		return 0, 0, false
	}
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		d := &dateScanner{s: t}
		if y, ok := d.number(); ok && plausibleYear(y) && d.lit('.', '．') {
			if m, ok := d.number(); ok && m >= 1 && m <= 12 && d.i == len(t) {
				return y, m, true
			}
		}
	}
	return monthOnly(t)
}

// eventFollows reports whether the next non-blank line from i begins an
// event of a chronicle (1月10日 …, 1日 …) or is a month heading.
func (p *parser) eventFollows(i int) bool {
	for ; i < len(p.lines); i++ {
		if t := trim(p.lines[i]); t != "" {
			if _, h, ok := heading(t); ok {
				_, month := monthHeading(h) // # 1月 under # 2022年, as MinerU sets every heading
				return month
			}
			if t[0] == '*' || t[0] == '<' {
				t = trim(stripMarkup(t)) // **1月8日**　县委…: a day in bold, as some chronicles set it
			}
			_, month := monthHeading(t)
			return month || eventStart(t)
		}
	}
	return false
}

// firstLine returns the index of the first non-blank line.
// noticesAbove reports whether the lines of text above line i are all
// the cover's notices (内部资料 免费交流, as a heading too), one at least.
func (p *parser) noticesAbove(i int) bool {
	n := 0
	for j := 0; j < i; j++ {
		if l := trim(p.lines[j]); l != "" {
			if !coverNotice(stripHeading(l)) {
				return false
			}
			n++
		}
	}
	return n > 0
}

func (p *parser) firstLine() int {
	for i, l := range p.lines {
		if !isBlank(l) {
			return i
		}
	}
	return -1
}

// chronicleTitle matches the title line of a chronicle: short, naming
// itself 大事记 (宁川县2023年11月大事记, 2023年11月份大事记).
func chronicleTitle(t string) bool {
	// Every name below ends in 记, 纪, 要, 事, 記 or 紀, or is followed by
	// its period in brackets (or is in 【】): nearly every heading (it is asked of each)
	// is let go at its last bytes, where looking for 记 in it took a
	// tenth of the parse of a million short headings.
	if len(t) < 6 || len(t) > 40*utf8.UTFMax {
		return false
	}
	if t[len(t)-1]-'0' <= 9 {
		return periodAfterName(t) // (as the switch's default has it: no case below ends in a figure)
	}
	switch t[len(t)-3:] {
	case "记", "纪", "要", "事", "記", "紀", "）":
	case "】":
		// 【大事记】, a column's name in brackets as the report's others
		// are (## 【时政要闻】, Docling's): the name inside.
		if in, ok := strings.CutPrefix(t[:len(t)-3], "【"); ok && !strings.Contains(in, "【") {
			return chronicleTitle(trim(in))
		}
		return false
	default:
		if c := t[len(t)-1]; c >= '0' && c <= '9' || t[len(t)-3:] == "月" || figuresBefore(t, len(t), 1) < len(t) {
			// 宁川县大事记·1986, 大事记 2023.11, 大事记 2023年11月 (大事记
			// ２０２３.１１, full-width): the period after the name.
			return periodAfterName(t)
		} else if c != ')' {
			return false
		}
	}
	if utf8.RuneCountInString(t) > 40 || closed(t) {
		return false
	}
	for _, open := range [...]string{"（", "("} {
		// 宁川县大事记（2023年11月）: the period it covers after the name
		if i := strings.LastIndex(t, open); i > 0 && (strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) {
			inner := strings.TrimSuffix(strings.TrimSuffix(t[i+len(open):], "）"), ")")
			if y, _ := titleYearMonth(t[i:]); y != 0 || yearSpan(inner) || isBareYear(inner) || titleMonth(inner) != 0 || partName(inner) {
				// (宁川县大事记（1990—2009）: the years it covers; 青岚市2023年
				// 大事记（下半年）, the part of the year)
				t = trim(t[:i])
			}
			break
		}
	}
	for _, w := range []string{"大事记", "大事纪要", "大事纪", "纪事", "大事記", "大事紀要", "大事紀", "紀事"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	// 本月大事, 本期大事, 年度大事, 11月大事 (三、本月大事 in a numbered
	// report): a period's great events.
	m, ok := strings.CutSuffix(t, "大事")
	return ok && m != "" && strings.ContainsRune("月期度年份周", lastWide(m))
}

// periodAfterName reports whether t is a chronicle's name followed by
// the period it covers in figures, apart from it: 宁川县大事记·1986,
// 大事记 2023.11, 大事记 2023年11月.
func periodAfterName(t string) bool {
	if len(t) > 40*3 || strings.IndexByte(t, 0xE5) < 0 {
		return false // (no 大, E5 A4 A7: no name below, by a byte search before the figures are read back)
	}
	// The period runs back from the end over figures and separators; the
	// name must end where it stops. (A search for the names in every
	// heading that ends with a figure, ## 标题123, took a sixth of the
	// parse of a million such headings.)
	i := figuresBefore(t, len(t), len(t)) // the figures that end it, ASCII or full-width (大事记 ２０２３.１１), first (every heading that ends in one comes here)
	digits := i < len(t)
	if digits && i > 0 {
		// What comes before the figures goes on the period only where it
		// is a separator, a figure's neighbour below or the last byte of
		// one of the characters below (　 · ・ — － 年 月 份: 80 B7 BB 94
		// 8D B4 88 BD); else the period begins with a figure, and is no
		// name's (## 标题123, every heading so numbered, let go here).
		switch t[i-1] {
		case ' ', '.', '-', 0x80, 0xB7, 0xBB, 0x94, 0x8D, 0xB4, 0x88, 0xBD:
		default:
			return false
		}
	}
	for i > 0 {
		if c := t[i-1]; c >= '0' && c <= '9' {
			digits = true
			i--
			continue
		} else if c == ' ' || c == '.' || c == '-' {
			i--
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		r, n := decodeLastRune(t[:i])
		switch {
		case r == '\u3000', r == '·', r == '・', r == '—', r == '－', r == '年', r == '月', r == '份':
			i -= n
			continue
		case r >= '０' && r <= '９':
			digits = true
			i -= n
			continue
		}
		break
	}
	head, tail := t[:i], t[i:]
	if !digits || figureFirst(tail) {
		return false // 大事记2023: no separator, a name of its own
	}
	return strings.HasSuffix(head, "大事记") || strings.HasSuffix(head, "大事記") || len(head) > len("大事") && strings.HasSuffix(head, "大事")
}

// spanYear reports whether y can be a year of a period a book or a part
// covers: a date's plausible years, and the centuries before them that a
// county's older chronicle covers (宁川县大事记（1895—1911）, 1840—1949年:
// the Qing title had been lost, set plain, its period read as pages).
func spanYear(y int) bool { return y >= 1000 && y <= 2100 }

// yearSpan reports whether s is two years and a dash between them
// (1990—2009, 1990-2009年, 1990～2009), or an era's (eraSpan), what a
// chronicle's title says it covers.
func yearSpan(s string) bool {
	if _, _, ok := eraSpan(s); ok {
		return true // 民國七十五年至八十四年
	}
	d := &dateScanner{s: trim(s)}
	y1, ok := d.number()
	if !ok || !spanYear(y1) {
		return false
	}
	d.lit('年')
	d.spaces()
	dash := false
	// (一 between two years in figures: OCR's reading of the dash,
	// 1958一1960年, as a scanned gazetteer gives it.)
	for _, w := range [...]string{"——", "—", "－", "-", "–", "～", "~", "至", "─", "一"} {
		if strings.HasPrefix(d.s[d.i:], w) {
			d.i += len(w)
			dash = true
			break
		}
	}
	d.spaces()
	y2, ok := d.number()
	if !dash || !ok || !spanYear(y2) || y2 < y1 {
		return false
	}
	d.lit('年')
	return trim(d.s[d.i:]) == ""
}

// spanFrom reports whether the period in brackets a title ends with
// begins with year y (宁川县大事记（1989—1990）, 1989).
func spanFrom(title string, y int) bool {
	i := strings.LastIndexAny(title, "（(")
	if i < 0 {
		return false
	}
	_, n := decodeRune(title[i:])
	v, ok := digitsValue(title[i+n : min(len(title), i+n+4)])
	return ok && v == y
}

// titleSpanEnd is the last year of the period in brackets a title ends
// with (1978 of 中共青岚县党史大事记（1949—1978）), or 0.
func titleSpanEnd(t string) int {
	in, ok := strings.CutSuffix(t, "）")
	if !ok {
		if in, ok = strings.CutSuffix(t, ")"); !ok {
			return 0
		}
	}
	i := strings.LastIndexAny(in, "（(")
	if i < 0 {
		return 0
	}
	_, n := decodeRune(in[i:])
	if in = in[i+n:]; !yearSpan(in) {
		return 0
	}
	if _, y2, ok := eraSpan(in); ok {
		return y2
	}
	in = strings.TrimSuffix(trim(in), "年")
	k := figuresBefore(in, len(in), 4) // (1978, １９７８)
	y, ok := digitsValue(in[k:])
	if !ok {
		return 0
	}
	return y
}

// bookTitleLine reports whether t names a book by its kind: a chronicle,
// a yearbook or a gazetteer, its period often after it in brackets.
func bookTitleLine(t string) bool {
	return yearbookTitle(t) || chronicleTitle(t) || gazetteerTitle(t)
}

// yearbookTitle matches the title line of a yearbook: short, naming
// itself 年鉴 (宁川年鉴（2023）, 《宁川年鉴》2023, 2023宁川年鉴).
// What follows 年鉴 is its year and nothing else: 《年鉴》工作简报 is no
// yearbook.
func yearbookTitle(t string) bool {
	if len(t) > 40*utf8.UTFMax {
		return false // and a long line is not searched
	}
	i := strings.LastIndex(t, "年鉴")
	if i < 0 || utf8.RuneCountInString(t) > 40 || closed(t) || containsAnyOf(t, "，。；：:【〖［[") {
		return false
	}
	rest := strings.TrimFunc(t[i+len("年鉴"):], func(r rune) bool {
		return r >= '0' && r <= '9' || r >= '０' && r <= '９' || isCnDigit(r) || cnZero(r) ||
			strings.ContainsRune("》（）()·・•-—年卷 \u3000", r)
	})
	return rest == ""
}

// monthHeadingNext reports whether the next line of text from i is a
// month's heading (# 1月, 1月).
func (p *parser) monthHeadingNext(i int) bool {
	j := p.nextText(i)
	if j < 0 {
		return false
	}
	t := trim(p.lines[j])
	if _, text, ok := heading(t); ok {
		t = text
	}
	kind, _, _ := periodOf(trim(stripMarkup(t)))
	return kind == monthPeriodName
}

// gazetteerTitle matches the title line of a gazetteer (志): short,
// ending in 志, perhaps with the years it covers in brackets (宁川县志,
// 宁川县志（1986—2005）, 《宁川县农业志》). A journal about gazetteers
// (中国地方志, 宁川史志) and 杂志, 日志, 同志 are none.
func gazetteerTitle(t string) bool {
	if len(t) > 40*utf8.UTFMax || len(t) < 3*3 {
		return false
	}
	s := strings.TrimSuffix(strings.TrimPrefix(t, "《"), "》")
	if k := indexAnyOf(s, "（("); k > 0 && (strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")) {
		s = trim(s[:k]) // （1986—2005）
	}
	s = strings.TrimSuffix(s, "》")
	if !strings.HasSuffix(s, "志") || containsAnyOf(s, "，。；：:、【〖［[《》 　") {
		return false
	}
	head := strings.TrimSuffix(s, "志")
	prev, _ := decodeLastRune(head)
	return utf8.RuneCountInString(head) >= 2 && han(prev) && !strings.ContainsRune("史方杂日标同意斗", prev)
}

// editionYear matches the line under a yearbook's title that gives its
// year: 2023, （2023）, 2023卷, 2023年卷.
func editionYear(t string) (int, bool) {
	s := t
	if in, ok := strings.CutPrefix(s, "（"); ok {
		s, ok = strings.CutSuffix(in, "）")
		if !ok {
			return 0, false
		}
	} else if in, ok := strings.CutPrefix(s, "("); ok {
		s, ok = strings.CutSuffix(in, ")")
		if !ok {
			return 0, false
		}
	}
	d := &dateScanner{s: trim(s)}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) {
		return 0, false
	}
	d.lit('年')
	d.lit('卷')
	return y, trim(d.s[d.i:]) == ""
}

// publisher matches a cover line naming the publisher: 方志出版社.
func publisher(t string) bool {
	name, ok := strings.CutSuffix(t, "出版社")
	if !ok {
		name, ok = strings.CutSuffix(t, "书局") // 线装书局, 中华书局
	}
	return ok && name != "" && utf8.RuneCountInString(t) <= 30 && !containsAnyOf(name, "，。：:；")
}

// coverText is a line without the bold markup a cover may put around the
// whole of it (**平顶山月报**).
func coverText(l string) string {
	if b, ok := boldOnly(l); ok {
		return b
	}
	if len(l) > 4 && l[0] == '*' && l[len(l)-1] == '*' && strings.HasPrefix(l, "**") && strings.HasSuffix(l, "**") {
		// **宁川** **月报**: a line set bold in runs, the words as a
		// heading's are (the title set plain had kept its markup).
		return stripMarkup(l)
	}
	return l
}

// distribution records the distribution list that begins on line i with
// val, hard-wrapped over the lines after it, and returns how many lines it
// took.
func (p *parser) distribution(i int, val string) int {
	n := 1
	for ; i+n < len(p.lines) && !p.coverBreak(i+n); n++ {
		val = p.join(val, trim(p.lines[i+n]))
	}
	p.addField("发放范围", val)
	return n
}

// valueGoesOn returns the masthead value val of line i with the lines
// after it that it goes on in, and how many lines it takes. A value goes
// on where its line reaches the width the copy is wrapped at and the next
// line is nothing of its own; the distribution list, which is long, goes
// on whatever the width (see distribution).
func (p *parser) valueGoesOn(i int, val string) (string, int) {
	n := 1
	for ; i+n < len(p.lines) && !p.coverBreak(i+n) && !contentsHeading(trim(p.lines[i+n])); n++ {
		w, r := p.frontWrap()
		if !fullAt(p.lines[i+n-1], w, r) {
			break
		}
		val = p.join(val, trim(stripMarkup(p.lines[i+n])))
	}
	return val, n
}

// coverBreak reports whether line i ends a wrapped masthead value: a blank
// line, a rule, or a line that is something of its own.
func (p *parser) coverBreak(i int) bool {
	l := trim(p.lines[i])
	if l == "" || rule(l) || strings.HasPrefix(l, "|") || coverNotice(l) {
		return true
	}
	if _, _, ok := heading(l); ok {
		return true
	}
	if _, ok := boldOnly(l); ok {
		return true
	}
	if _, _, _, ok := tocEntry(l); ok {
		return true
	}
	if _, _, ok := coverField(l, false); ok {
		return true
	}
	if _, ok := coverNumbers(l); ok {
		return true
	}
	_, ok := compiler(l)
	return ok
}

// issueFollows reports whether the next non-blank line from i is an issue
// number, which makes a plain short line before it the title.
func (p *parser) issueFollows(i int) bool {
	for skipped := 0; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" {
			continue
		}
		if _, h, ok := heading(l); ok {
			l = h
		} else {
			l = coverText(l)
		}
		if skipped < 2 && (latinName(l) || coverNotice(l)) {
			// 宁川月报 / NINGCHUAN YUEBAO / 2023年第11期, 宁川月报 / 内部资料 /
			// 第11期: the name in capitals or a notice between the title and
			// its number (set plain, the title had been lost).
			skipped++
			continue
		}
		c, ok := coverNumbers(l)
		if fixed, isOCR := ocrFigures(l); !ok && isOCR {
			c, ok = coverNumbers(fixed) // 2O23年第1O期, as OCR reads the figures
		}
		if !ok {
			// 期号：2023年第11期, | 期号 | 2023年第11期 |: the number in a masthead.
			key, val, found := strings.Cut(strings.Trim(l, "| "), "|")
			if !found {
				key, val, found = strings.Cut(l, "：")
			}
			if found && isIssueKey(fieldKey(key)) {
				c, ok = coverNumbers(trim(strings.Trim(trim(val), "|")))
			}
		}
		if !ok {
			// 第5期　　县史志办编印　　2023年5月31日: the number among the
			// items of a briefing's masthead line.
			for _, part := range gapParts(l) {
				if c, ok = coverNumbers(part); ok && (c.number > 0 || c.total > 0) {
					break
				}
			}
		}
		// (2023年增刊, 2023年合订本: an issue too, though unnumbered.)
		return ok && (c.number > 0 || c.total > 0 || c.note != "")
	}
	return false
}

// plainTitle reports whether l could be a publication's name: short, and
// not a sentence or a label.
func plainTitle(l string) bool {
	return l != "" && utf8.RuneCountInString(l) <= 24 && !containsAnyOf(l, "，。：:；;！？!?|") &&
		listItem(l) == l
}

// titleFromHead reads the title (and number) of a copy whose first line
// the furniture took for the running head it also is: a one-line cover,
// as a WeChat article's title (宁州史志月报｜2023年第11期), that every
// page of a PDF of it repeats atop (the issue had had no title).
func (p *parser) titleFromHead() {
	iss := p.iss
	if iss.Title != "" || iss.Number != 0 || len(iss.Furniture) == 0 || iss.Furniture[0].Kind != model.RunningHead {
		return
	}
	at := iss.Furniture[0].Line - 1
	if at < 0 || at >= len(p.lines) || p.firstLine() >= 0 && p.firstLine() < at {
		return // text above it: a head atop a later page
	}
	text := coverText(trim(iss.Furniture[0].Text))
	if name, c, ok := titleWithNumber(text); ok && p.applyNumbers(c) {
		iss.Title = name
		return
	}
	if plainTitle(text) && periodicalName(bookTitle(text)) {
		// (Not a column's name atop the first page, 工作动态: that names
		// no publication.)
		iss.Title = bookTitle(text)
	}
}

// periodicalName reports whether t ends as the name of an office's
// periodical does: 宁州史志月报, 宁川史志, 史志工作简报, 宁川年鉴.
func periodicalName(t string) bool {
	for _, s := range [...]string{"月报", "月刊", "季刊", "史志", "志鉴", "方志", "通讯", "简报", "快报", "年鉴", "大事记"} {
		if strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// headedBy reports whether a running head taken out of the pages says
// text, and nothing more.
func (p *parser) headedBy(text string) bool {
	k := headKey(text)
	for _, f := range p.iss.Furniture {
		if f.Kind == model.RunningHead && headKey(trim(f.Text)) == k {
			return true
		}
	}
	return false
}

// headingTitleAbove reports whether the line of text above line i is a
// heading that gave the issue its title (# 宁川年鉴 over ## 2023).
func (p *parser) headingTitleAbove(i int) bool {
	j := i - 1
	for j >= 0 && isBlank(p.lines[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	_, text, ok := heading(p.lines[j])
	return ok && p.iss.Title != "" && bookTitle(text) == p.iss.Title
}

// bookTitle strips the 《》 a name may be printed in.
func bookTitle(t string) string {
	if in, ok := strings.CutPrefix(t, "《"); ok {
		if in, ok := strings.CutSuffix(in, "》"); ok && in != "" && !containsAnyOf(in, "《》") {
			return letterSpaced(trim(in))
		}
	}
	// 宁 川 月 报: a title set letter-spaced, as CAJViewer's or an OCR's
	// text keeps it, is the name without the spaces.
	t = letterSpaced(t)
	if strings.IndexByte(t, ' ') > 0 && len(t) <= 16*3 {
		// 宁川 月报: the name's two lines that pymupdf4llm joins with a
		// space, a heading of one size (# **宁川** **月报**), is the name
		// without it, where the whole names a periodical.
		if j := strings.ReplaceAll(t, " ", ""); periodicalName(j) && hanOnly(j) {
			return j
		}
	}
	return t
}

// hanOnly reports whether t holds Chinese characters and nothing else.
func hanOnly(t string) bool {
	for _, r := range t {
		if r < 0x3400 || r > 0x9FFF {
			return false
		}
	}
	return t != ""
}

// titleWithNumber splits a first line that holds a publication's name
// and its issue number: 平顶山月报（2023年第11期）, 《平顶山月报》2023年第11期,
// 平顶山月报·2023年第11期, 平顶山月报 2023年11月号. The number must be the whole
// rest of the line, and the name a name (plainTitle).
func titleWithNumber(t string) (string, coverNums, bool) {
	if len(t) > 40*utf8.UTFMax {
		return "", coverNums{}, false
	}
	for k := 1; k < len(t); k++ {
		if !utf8.RuneStart(t[k]) {
			continue
		}
		rest := trim(t[k:])
		if r, _ := decodeRune(rest); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '第' || r == '（' || r == '(' || isCnDigit(r) || cnZero(r)) {
			continue
		}
		c, ok := coverNumbers(rest)
		if !ok {
			for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
				if in, found := strings.CutPrefix(rest, pair[0]); found {
					if in, found = strings.CutSuffix(in, pair[1]); found {
						c, ok = coverNumbers(trim(in))
					}
				}
			}
		}
		if !ok || c.number == 0 && c.total == 0 && c.note == "" {
			continue // (宁川史志（2023年合订本）, 宁川史志2023年增刊: a name and an issue too)
		}
		name := bookTitle(trim(strings.TrimRight(stripMarkup(t[:k]), "·・•-—|｜ \u3000"))) // **宁川史志** 2023年第11期
		if name == "" || !plainTitle(name) || containsAnyOf(name, "0123456789０１２３４５６７８９（）()") {
			return "", coverNums{}, false
		}
		return name, c, true
	}
	return "", coverNums{}, false
}

// titleWithPeriod splits a first line that holds a publication's name
// and, in brackets, a year and a month (平顶山月报（2023.11）, （2023-11）,
// （2023年11月）), and returns the name, the year and what the brackets
// hold.
func titleWithPeriod(t string) (name string, year int, period string, ok bool) {
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		i := strings.LastIndex(t, pair[0])
		if i <= 0 || !strings.HasSuffix(t, pair[1]) {
			continue
		}
		in := trim(t[i+len(pair[0]) : len(t)-len(pair[1])])
		d := &dateScanner{s: in}
		y, ok := d.number()
		if !ok || !plausibleYear(y) || !d.lit('.', '-', '/', '年') {
			return "", 0, "", false
		}
		m, ok := d.number()
		d.lit('月')
		if !ok || m < 1 || m > 12 || trim(in[d.i:]) != "" {
			return "", 0, "", false
		}
		name = bookTitle(trim(t[:i]))
		if name == "" || !plainTitle(name) {
			return "", 0, "", false
		}
		return name, y, in, true
	}
	return "", 0, "", false
}

// coverNums is what a line of cover numbers holds; zero for what it does
// not.
type coverNums struct {
	year, number, total int
	published           model.Date
	// note is what the numbers alone do not say, as printed: a double
	// issue (第11—12期（合刊）), a special one (增刊, 第6期（防汛抗洪专刊）), a
	// year's issues bound together (合订本).
	note string
	// period is how often the issue comes out, printed with its number
	// (（季刊）): a notice.
	period string
	// volume is the volume printed with the number (Vol.12, 第15卷), as
	// printed: a notice.
	volume string
	// totals is a double issue's total numbers as printed (总第205—206期,
	// 总第二〇五—二〇六期), which total holds the first of: a notice.
	totals string
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
	month := false           // 2023年11月 第11期: the month before the number
	noteFrom, noteTo := 0, 0 // where a special issue's word (增刊) is
	for {
		d.spaces()
		if d.i == len(d.s) {
			break
		}
		from := d.i
		switch {
		case c.year != 0 && c.number == 0 && !month && c.published.IsZero() && d.monthAlone():
			month = true
		case c.number == 0 && d.issue(&c):
			if noteTo > 0 && trim(d.s[noteTo:from]) == "" && !strings.HasSuffix(c.note, "期") {
				// 2024年增刊第1期: the first supplement, no 第1期 of the
				// year's run; the note holds the number as printed, which
				// the issue's label says (2024年增刊第1期, not 2024年第1期).
				c.note = trim(d.s[noteFrom:d.i])
			}
		case c.number == 0 && d.monthIssue(&c):
		case c.total == 0 && d.total(&c):
		case c.published.IsZero() && d.pubDate(&c):
		case c.year == 0 && c.number == 0 && d.yearOnly(&c):
		case c.note == "" && c.number == 0 && d.special(&c):
			noteFrom, noteTo = from, d.i
		case c.period == "" && (c.number != 0 || c.total != 0) && d.periodicity(&c):
		case c.number == 0 && d.latinNumber(&c):
		case c.volume == "" && d.volumeOf(&c):
		default:
			return coverNums{}, false
		}
		d.lit('·', '•', '・', '，', ',', '|', '/')
	}
	if month && c.number == 0 {
		return coverNums{}, false // 2023年11月 alone: see monthOnly
	}
	return c, c != coverNums{}
}

// monthAlone reads 11月 (1 to 12) with no day after it.
func (d *dateScanner) monthAlone() bool {
	save := d.i
	m, ok := d.anyNumber()
	if !ok || m < 1 || m > 12 || !d.lit('月') {
		d.i = save
		return false
	}
	if d.lit('号', '刊', '日') {
		d.i = save // 11月号, 11月刊: monthIssue's; 11月4日: no month alone
		return false
	}
	return true
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
	if c.note != "" {
		// Kept as a notice with no key, as （双月刊） is: the number says
		// 11 of 第11—12期合刊, and nothing of 增刊.
		iss.Masthead = append(iss.Masthead, model.Field{Value: c.note})
	}
	if c.period != "" {
		iss.Masthead = append(iss.Masthead, model.Field{Value: c.period})
	}
	if c.volume != "" {
		iss.Masthead = append(iss.Masthead, model.Field{Value: c.volume})
	}
	if c.totals != "" {
		// Kept as the double number is: the label cites both.
		iss.Masthead = append(iss.Masthead, model.Field{Value: c.totals})
	}
	return true
}

func differ(have, got int) bool { return have != 0 && got != 0 && have != got }

// ocrFigures returns t with the letters OCR read for digits put right
// where they stand in a run of figures (2O23年第1O期, 总第2l5期): l and I
// for 1, O and o for 0, in a run that holds a digit and no other letter
// is next to. ok is false when t holds no such run. A run's full-width
// digits (2O２３年, 第１O期) are written ASCII with its letters: the line is
// read so, not kept.
func ocrFigures(t string) (string, bool) {
	var b []byte
	done := 0 // t[:done] is in b
	for i := 0; i < len(t); {
		if _, w, _ := ocrDigitAt(t, i); w == 0 {
			i++
			continue
		}
		j, digits, letters := i, 0, 0
		for j < len(t) {
			_, w, letter := ocrDigitAt(t, j)
			if w == 0 {
				break
			}
			if letter {
				letters++
			} else {
				digits++
			}
			j += w
		}
		if digits > 0 && letters > 0 && (i == 0 || !asciiLetter(rune(t[i-1]))) && (j == len(t) || !asciiLetter(rune(t[j]))) {
			b = append(b, t[done:i]...)
			for k := i; k < j; {
				d, w, _ := ocrDigitAt(t, k)
				b = append(b, d)
				k += w
			}
			done = j
		}
		i = j
	}
	if b == nil {
		return "", false
	}
	return string(append(b, t[done:]...)), true
}

// issue reads [2023年]第11期.
func (d *dateScanner) issue(c *coverNums) bool {
	save := d.i
	year := 0
	if d.lit('〔', '［', '[') {
		// 〔2023〕第11期, as a briefing prints its year
		y, ok := d.number()
		if !ok || !plausibleYear(y) || !d.lit('〕', '］', ']') {
			d.i = save
			return false
		}
		year = y
	} else if y, ok := d.anyNumber(); ok {
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
	from := d.i - len("第")
	n, ok := d.anyNumber()
	if !ok || n < 1 {
		d.i = save
		return false
	}
	double := false
	if after := d.i; d.dash() || d.lit('、', '/') {
		// 第11—12期, 第11、12期合刊: a double issue, numbered by its first
		if m, ok := d.anyNumber(); !ok || m != n+1 {
			d.i = after
		} else {
			double = true
		}
	}
	if !d.lit('期') {
		d.i = save
		return false
	}
	if k := specialNote(d.s[d.i:]); k > 0 {
		d.i += k // 合刊, （合刊）, （防汛抗洪专刊）
		double = true
	}
	c.number = n
	if year != 0 {
		c.year = year // (2023年11月 第11期: the year read before the month stays)
	}
	if double {
		c.note = d.s[from:d.i]
	}
	return true
}

// specialWords end the name of an issue that is not one of the year's
// run, or is two of them, or all: 合刊, 增刊, 特刊, 专刊, 合订本.
var specialWords = [...]string{"合刊", "增刊", "特刊", "专刊", "合订本"}

// specialNote returns the byte length of the note on a special or double
// issue that s begins with: one of specialWords, or a short name ending in
// one in brackets (（合刊）, （防汛抗洪专刊）); 0 when there is none.
func specialNote(s string) int {
	for _, w := range specialWords {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		in, ok := strings.CutPrefix(s, pair[0])
		if !ok {
			continue
		}
		j := strings.Index(in, pair[1])
		if j <= 0 || utf8.RuneCountInString(in[:j]) > 16 || containsAnyOf(in[:j], "，,。；;：:（(") || figureFirst(in) || cnYearFirst(in) {
			return 0 // (（2023年合订本）, （２０２３年合订本）, （二〇二三年合订本）: a year, read as one)
		}
		for _, w := range specialWords {
			if strings.HasSuffix(in[:j], w) {
				return len(pair[0]) + j + len(pair[1])
			}
		}
	}
	return 0
}

// specialName matches the name of a special issue on a line of its own
// under the title (庆祝中国共产党成立102周年特刊, 抗洪救灾专刊): short, no
// sentence, ending in one of specialWords.
func specialName(t string) bool {
	if len(t) > 30*3 || containsAnyOf(t, "，,。；;：:！？!?") {
		return false
	}
	for _, w := range specialWords {
		if strings.HasSuffix(t, w) {
			return len(t) > len(w)
		}
	}
	return false
}

// special reads a special issue's name that carries no number (增刊,
// （特刊）, 合订本: 2023年增刊, 2023年合订本), as its note; and the number
// a supplement may print right after its word, 增刊1, 增刊（一）, 增刊之一,
// the number of the year's supplements, all of it the note (增刊第1期 is
// read by issue after it: see coverNumbers).
func (d *dateScanner) special(c *coverNums) bool {
	k := specialNote(d.s[d.i:])
	if k == 0 {
		return false
	}
	c.note = trim(strings.Trim(d.s[d.i:d.i+k], "（）()"))
	from := d.i
	d.i += k
	if c.note == "增刊" || c.note == "特刊" {
		at := d.i
		open := d.lit('（', '(')
		if !open {
			d.lit('之')
		}
		if n, ok := d.anyNumber(); ok && n >= 1 && n <= 99 && (!open || d.lit('）', ')')) {
			c.number = n
			c.note = trim(d.s[from:d.i])
		} else {
			d.i = at
		}
	}
	return true
}

// monthIssue reads [2023年]11月号 (or 11月刊), a monthly's issue named by
// its month: number 11; and a double one, 2023年11—12月合刊 (11月—12月号),
// numbered by its first month as 第11—12期 is, the months as printed its
// note.
func (d *dateScanner) monthIssue(c *coverNums) bool {
	save := d.i
	year := 0
	y, ok := d.anyNumber()
	from := save
	if ok && plausibleYear(y) && d.lit('年') {
		year = y
		d.spaces()
		from = d.i
		y, ok = d.anyNumber()
	}
	if !ok || y < 1 || y > 12 {
		d.i = save
		return false
	}
	month := d.lit('月')
	double := false
	if after := d.i; d.dash() || d.lit('、', '/') {
		if m, ok := d.anyNumber(); ok && m == y+1 && d.lit('月') {
			double = true
		} else {
			d.i = after
		}
	}
	if !month && !double {
		d.i = save
		return false
	}
	if k := specialNote(d.s[d.i:]); k > 0 && (double || strings.HasPrefix(d.s[d.i:], "合刊")) {
		d.i += k // 11—12月合刊
		double = true
	} else if !d.lit('号', '刊') {
		d.i = save
		return false
	}
	c.year, c.number = year, y
	if double {
		c.note = d.s[from:d.i]
	}
	return true
}

// latinNumber reads the number as a periodical prints it in Latin
// letters beside or instead of 第11期: No.11, NO. 11, No 11.
func (d *dateScanner) latinNumber(c *coverNums) bool {
	save := d.i
	year := 0
	if d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		// 2023 No.11: the year before it bare, as the Latin line prints it
		y, ok := d.number()
		if !ok || !plausibleYear(y) || c.year != 0 {
			d.i = save
			return false
		}
		d.spaces()
		year = y
	}
	rest := d.s[d.i:]
	if len(rest) < 3 || rest[0] != 'N' || rest[1] != 'o' && rest[1] != 'O' {
		d.i = save
		return false
	}
	d.i += 2
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
	}
	d.spaces()
	n, ok := d.number()
	if !ok || n < 1 {
		d.i = save
		return false
	}
	c.number = n
	if year != 0 {
		c.year = year
	}
	return true
}

// volumeOf reads the volume printed with the number: Vol.12, 第15卷
// (卷 after a year, 2023年第15卷, is the year's volume too).
func (d *dateScanner) volumeOf(c *coverNums) bool {
	rest := d.s[d.i:]
	save := d.i
	if strings.HasPrefix(rest, "Vol") || strings.HasPrefix(rest, "VOL") {
		d.i += 3
		if d.i < len(d.s) && d.s[d.i] == '.' {
			d.i++
		}
		d.spaces()
		if _, ok := d.number(); !ok {
			d.i = save
			return false
		}
		c.volume = d.s[save:d.i]
		return true
	}
	if !d.lit('第') {
		return false
	}
	if _, ok := d.anyNumber(); !ok || !d.lit('卷') {
		d.i = save
		return false
	}
	c.volume = d.s[save:d.i]
	return true
}

// periodicity reads how often the issue comes out, printed after its
// number: 2023年第4期（季刊）, 第6期 双月刊. Kept as the notice it is, as
// （双月刊） on a line of its own is.
func (d *dateScanner) periodicity(c *coverNums) bool {
	rest := d.s[d.i:]
	n := 0
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if in, ok := strings.CutPrefix(rest, pair[0]); ok {
			if j := strings.Index(in, pair[1]); j > 0 {
				n = len(pair[0]) + j + len(pair[1])
			}
			break
		}
	}
	if n == 0 {
		for _, w := range [...]string{"双月刊", "半月刊", "月刊", "季刊", "旬刊"} {
			if strings.HasPrefix(rest, w) {
				n = len(w)
				break
			}
		}
	}
	if n == 0 || !coverNotice(rest[:n]) {
		return false
	}
	c.period = rest[:n]
	d.i += n
	return true
}

// total reads 总第215期, in either kind of parenthesis or none; 总215期 too,
// and 總第215期 in traditional characters.
func (d *dateScanner) total(c *coverNums) bool {
	save := d.i
	open := d.lit('(', '（')
	if !d.lit('总', '總') { // 總: a copy in traditional characters
		d.i = save
		return false
	}
	from := d.i - len("总")
	d.lit('第')
	n, ok := d.anyNumber()
	double := false
	if after := d.i; ok && (d.dash() || d.lit('、', '/')) {
		// 总第215—216期: a double issue's, numbered by its first
		if m, ok := d.anyNumber(); !ok || m != n+1 {
			d.i = after
		} else {
			double = true
		}
	}
	if !ok || n < 1 || !d.lit('期') {
		d.i = save
		return false
	}
	to := d.i
	if open && !d.lit(')', '）') {
		d.i = save
		return false
	}
	c.total = n
	if double {
		c.totals = trim(d.s[from:to])
	}
	return true
}

// monthOnly reads 2023年11月 (二〇二三年十一月) and nothing else, as the cover
// of a monthly that prints no number names its issue.
func monthOnly(l string) (year, month int, ok bool) {
	d := &dateScanner{s: l}
	y, ok := d.anyNumber()
	if !ok || !plausibleYear(y) || !d.lit('年') {
		return 0, 0, false
	}
	m, ok := d.anyNumber()
	if !ok || m < 1 || m > 12 || !d.lit('月') {
		return 0, 0, false
	}
	d.lit('份')
	return y, m, d.i == len(l)
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
var pubWords = [...]string{"出版", "印发", "编印", "出刊", "印刷", "发行", "印制", "编发", "刊发", "发布",
	"印"} // (印 last: 印发, 印刷 and 印制 first)

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
	for k := 0; k < 2; k++ { // 出版发行: two words
		for _, w := range pubWords {
			if strings.HasPrefix(d.s[d.i:], w) {
				d.i += len(w)
				break
			}
		}
	}
	d.coverWeekday() // 2023年12月4日　星期一
	c.published = date
	return true
}

// coverWeekday reads the day of the week a cover prints after its date,
// bare or in brackets, after a space or none: 2023年12月4日　星期一.
func (d *dateScanner) coverWeekday() {
	save := d.i
	d.spaces()
	at := d.i
	if d.weekday(); d.i > at {
		return // （星期一）
	}
	rest := d.s[d.i:]
	for _, w := range [...]string{"星期", "礼拜", "周"} {
		if after, ok := strings.CutPrefix(rest, w); ok {
			if r, n := decodeRune(after); strings.ContainsRune("一二三四五六日天", r) {
				d.i += len(w) + n
				return
			}
		}
	}
	d.i = save
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
	if !ok || !d.lit('日', '号') || !validDay(y, m, day) {
		return model.Date{}, false
	}
	return model.MakeDate(y, m, day), true
}

// numericDate reads 2023-12-04, 2023.12.4 and 2023/12/04 (half- or
// full-width), the same separator twice.
func (d *dateScanner) numericDate() (model.Date, bool) {
	y, ok := d.number()
	if !ok || !plausibleYear(y) || d.i == len(d.s) {
		return model.Date{}, false
	}
	sep, n := decodeRune(d.s[d.i:])
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
	if !ok || !validDay(y, m, day) {
		return model.Date{}, false
	}
	return model.MakeDate(y, m, day), true
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2100 }

// compiler matches 平顶山市地方史志办公室编: a short line naming an office,
// ending in 编 or 编印 (編, 編印 in traditional characters). An office's name has no digits: a line with them
// is something else (2023年第11期 …编).
func compiler(l string) (string, bool) {
	if len(l) > 40*3 || utf8.RuneCountInString(l) > 40 || containsAnyOf(l, "：:，。,|0123456789０１２３４５６７８９") {
		return "", false
	}
	for _, suffix := range []string{"编印", "编辑", "编", "編印", "編輯", "編"} {
		name, ok := strings.CutSuffix(l, suffix)
		name = trim(name)
		if !ok || utf8.RuneCountInString(name) < 2 {
			continue
		}
		// 资料汇编, 文件选编, 新编: titles, not an office that compiled.
		if suffix == "编" || suffix == "編" {
			if r, _ := decodeLastRune(name); strings.ContainsRune("汇选主新续改合简类总初匯選續簡類總", r) {
				return "", false
			}
			if n, ok := strings.CutPrefix(name, "第"); ok && n != "" && strings.TrimLeft(n, "一二三四五六七八九十〇零") == "" {
				return "", false // 第一编: a book's part (a gazetteer's 第一编　大事记, its name on the next line)
			}
		}
		return letterSpaced(name), true // 宁 川 县 地 方 史 志 办 公 室 编: the office
	}
	return "", false
}

// coverNotices are the notices a cover prints without a label.
var coverNotices = [...]string{
	"内部资料", "内部刊物", "内部发行", "内部交流", "内部参考", "注意保存", "注意保密", "妥善保管",
	"免费交流", "免费赠阅", "赠阅", "仅供参考", "请勿外传", "非卖品",
	// how often and to whom the issue goes: （双月刊）, （送阅件）
	"月刊", "双月刊", "半月刊", "旬刊", "季刊", "送阅件", "送审稿", "征求意见稿", "内部送阅",
}

// coverNotice matches a line made only of notices: 内部资料,
// 内部资料 免费交流, （内部资料，注意保存）, 内部资料注意保存.
func coverNotice(l string) bool {
	s := trim(l)
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}} {
		if in, ok := strings.CutPrefix(s, pair[0]); ok {
			if in, ok := strings.CutSuffix(in, pair[1]); ok {
				s = trim(in)
				break
			}
		}
	}
	if s == "" {
		return false
	}
	for s != "" {
		found := false
		for _, w := range coverNotices {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, found = rest, true
				break
			}
		}
		if !found {
			return false
		}
		// 内部资料（注意保存）: a bracket between two notices too.
		s = strings.TrimLeft(s, " \t\u3000，,、·•/|（）()【】")
	}
	return true
}

// coverField matches a masthead line, as mastheadLine does, and also the
// licence number, whose label is long and varies (内部资料性出版物准印证号).
func coverField(l string, inRule bool) (key, val string, ok bool) {
	if key, val, ok = mastheadLine(l, inRule); ok {
		return key, val, true
	}
	i := indexAnyOf(l, "：:")
	if i <= 0 {
		return "", "", false
	}
	key = fieldKey(l[:i])
	_, w := decodeRune(l[i:])
	val = trim(l[i+w:])
	if val == "" || !licenceKey(key) {
		return "", "", false
	}
	return key, val, true
}

func licenceKey(k string) bool {
	return utf8.RuneCountInString(k) <= 16 &&
		(strings.HasSuffix(k, "准印证号") || strings.HasSuffix(k, "准印证") || strings.HasSuffix(k, "准印证编号"))
}

// isCoverKey reports whether k labels a masthead field wherever it stands.
func isCoverKey(k string) bool {
	return mastheadKeys[k] || licenceKey(k)
}

// fieldKey is a label as it is compared: without markup, letter-spacing
// and a trailing colon (主 管： is 主管).
func fieldKey(s string) string {
	s = stripMarkup(s)
	s = strings.TrimRight(trim(s), "：: \t\u3000")
	if containsAnyOf(s, " \t\u3000") {
		s = strings.Join(strings.Fields(s), "") // Fields splits at U+3000 too
	}
	return s
}

// addField records one masthead field: the distribution list goes to
// iss.Distribution, anything else to iss.Masthead in order. 编印 names the
// compiler as 某某编 does, so it also sets iss.Compiler when nothing did.
func (p *parser) addField(key, val string) {
	iss := p.iss
	if isDistributionKey(key) {
		iss.Distribution = p.join(iss.Distribution, val)
		return
	}
	iss.Masthead = append(iss.Masthead, model.Field{Key: key, Value: val})
	if (key == "编印" || key == "编印单位") && iss.Compiler == "" {
		iss.Compiler = val
	}
	if isIssueKey(key) {
		// 期号：2023年第11期（总第215期）; 总期号：215. Numbers that contradict
		// the cover's are not taken (the field keeps them as printed).
		if c, ok := coverNumbers(val); ok {
			p.applyNumbers(c)
		} else if d := (&dateScanner{s: val}); key == "总期号" {
			if n, ok := d.anyNumber(); ok && n > 0 && trim(val[d.i:]) == "" {
				p.applyNumbers(coverNums{total: n})
			}
		}
	}
	if isDateKey(key) && iss.Published.IsZero() {
		// 发布日期：2023-12-29 dates a chronicle that has no year of its own.
		d := &dateScanner{s: val}
		if date, ok := d.cnDate(); ok {
			iss.Published = date
		} else if d.i = 0; true {
			if date, ok := d.numericDate(); ok {
				iss.Published = date
			} else if y, m, ok := monthOnly(val); ok {
				iss.Published = model.MakeDate(y, m, 0) // 出版日期：2023年12月
			} else if r, ok := eraLeadDate(val); ok && republicEra(val) && r.Start.Month != 0 {
				// 發行日期：中華民國113年4月8日, Taiwan's (it had been let
				// go, the issue undated, silently).
				iss.Published = r.Start
			}
		}
	}
}

// splitFields splits a masthead line that holds several fields, as
// two-column typesetting leaves them: 主 管：平顶山市人民政府　主 办：平顶山市地方史志办公室.
// A field starts only at a known key after white space, so that a colon
// in a value (a URL, a time) does not split it.
func splitFields(key, val string) []model.Field {
	var out []model.Field
	for {
		start, k, rest, ok := nextField(val)
		if !ok {
			return append(out, model.Field{Key: key, Value: val})
		}
		out = append(out, model.Field{Key: key, Value: trim(val[:start])})
		key, val = k, rest
	}
}

// nextField finds the first known key after white space and before a
// colon in val. It returns where the key starts, the key without its
// letter-spacing and the value after the colon.
func nextField(val string) (start int, key, rest string, ok bool) {
	for c := 0; c < len(val); {
		r, n := decodeRune(val[c:])
		if r != '：' && r != ':' {
			c += n
			continue
		}
		// Walk back from the colon over at most 8 characters of key,
		// skipping letter-spacing, and keep the longest known key that
		// white space precedes.
		best := -1
		var rs [8]rune
		k := 0
		for j := c; j > 0 && k < len(rs); {
			pr, pn := decodeLastRune(val[:j])
			j -= pn
			if pr == ' ' || pr == '\t' || pr == '\u3000' {
				continue
			}
			rs[k] = pr
			k++
			if j == 0 {
				break
			}
			if before, _ := decodeLastRune(val[:j]); before != ' ' && before != '\t' && before != '\u3000' {
				continue
			}
			if k := reversed(rs[:k]); isCoverKey(k) || webMetaKey(k) || bookKey(k) {
				best, key = j, k
			}
		}
		after := trim(val[c+n:])
		if best >= 0 && trim(val[:best]) != "" && after != "" {
			return best, key, after, true
		}
		c += n
	}
	return 0, "", "", false
}

// webMetaKey matches the labels of a web page's line under its title
// that no masthead prints (来源：… 作者：… 发布时间：… 浏览次数：…): a field
// of its own where such a line is read as the masthead's, not the end of
// the value before it.
func webMetaKey(k string) bool {
	switch k {
	case "作者", "浏览次数", "浏览量", "点击数", "点击量", "阅读量", "阅读次数", "访问量", "信息来源", "文章来源", "稿件来源":
		return true
	case "联系电话", "联系地址", "邮政编码", "备案号", "ICP备案号", "网站标识码":
		// A site's footer, 地址：…号　　联系电话：0391-2268810, 主办单位：…
		// 备案号：豫ICP备…: the phone, the registration are fields of their
		// own (they had been the end of the value before). Not a
		// masthead's key (see mastheadKeys): only a field after another.
		return true
	}
	return false
}

func reversed(rs []rune) string {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[len(rs)-1-i] = r
	}
	return string(out)
}

// tableCells splits a Markdown table row into its cells, without markup.
func tableCells(l string) []string {
	s := trim(l)
	s = strings.TrimPrefix(s, "|")
	s = strings.TrimSuffix(s, "|")
	cells := strings.Split(s, "|")
	for i, c := range cells {
		cells[i] = trim(stripMarkup(c))
	}
	return cells
}

// tableSeparator matches the |---|:--:| line under a table's header row.
func tableSeparator(l string) bool {
	s := trim(l)
	if !strings.HasPrefix(s, "|") {
		return false
	}
	dash := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '-':
			dash = true
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash
}

// mastheadRow reads a Markdown table row of masthead fields: key and value
// cells (| 主管 | 平顶山市人民政府 |), several pairs in one row
// (| 主管 | … | 主办 | … |), or cells that are whole fields (| 主管：… |).
// Every key must be a known one: a table in the front matter may also be
// a table of contents. A key's value may be empty.
func mastheadRow(l string) ([]model.Field, bool) {
	return mastheadCells(tableCells(l))
}

// mastheadCells reads a masthead table's row, cut into its cells, as
// mastheadRow does.
func mastheadCells(cells []string) ([]model.Field, bool) {
	var fs []model.Field
	for k := 0; k < len(cells); k++ {
		c := cells[k]
		if c == "" {
			continue
		}
		if key, val, ok := coverField(c, false); ok && isCoverKey(key) {
			fs = append(fs, model.Field{Key: key, Value: val})
			continue
		}
		key := fieldKey(c)
		if !isCoverKey(key) {
			return nil, false
		}
		val := ""
		if k+1 < len(cells) {
			k++
			val = cells[k]
		}
		fs = append(fs, model.Field{Key: key, Value: val})
	}
	return fs, len(fs) > 0
}

// columnLabels are the header cells a two-column masthead table may have
// above its key and value columns.
var columnLabels = map[string]bool{
	"": true, "项目": true, "内容": true, "名称": true, "信息": true, "栏目": true, "事项": true,
	"类别": true, "字段": true, "键": true, "值": true, "key": true, "value": true, "Key": true, "Value": true,
}

// coverTable reads line i of a Markdown table in the cover: a row of
// masthead fields, the separator under a header row, or a header row of
// column labels (| 项目 | 内容 |) above masthead rows, which is the table's
// markup and is not kept. A table whose header row is all keys
// (| 主管 | 主办 |) and whose rows are values is read column by column.
func (p *parser) coverTable(i int, wasTable bool, st *coverState) (int, bool) {
	l := p.lines[i]
	if tableSeparator(l) {
		st.inTable = wasTable
		return 1, wasTable
	}
	if _, ok := mastheadRow(l); !ok {
		if fs, date, ok := mastheadDateRow(l); ok && p.applyNumbers(date) {
			// (Its date one of the fields' cells.)
			for _, f := range fs {
				p.addField(f.Key, f.Value)
			}
			st.inTable = true
			return 1, true
		}
	}
	if fs, ok := mastheadRow(l); ok {
		if n, ok := p.columnTable(i); ok {
			st.inTable = true
			return n, true
		}
		for _, f := range fs {
			p.addField(f.Key, f.Value)
		}
		st.inTable = true
		return 1, true
	}
	if wasTable || i+2 >= len(p.lines) || !tableSeparator(p.lines[i+1]) {
		return 0, false
	}
	for _, c := range tableCells(l) {
		// (|Col1|Col2|: the header pymupdf4llm writes over a table that
		// printed none, as 项目 | 内容 labels the columns.)
		if !columnLabels[fieldKey(c)] && !placeholderHeader(l) {
			return 0, false
		}
	}
	if _, ok := mastheadRow(p.lines[i+2]); !ok {
		return 0, false
	}
	st.inTable = true
	return 1, true
}

// mastheadDateRow reads a masthead table's row one of whose cells is the issue's
// date and no field (| 责任编辑：许文静 | 2024年5月6日印发 |, as MinerU
// writes a cover's table): its fields, and the date. ok is false for a
// row with no such cell (mastheadRow reads it), or another cell no field.
// (The row had ended the cover, the masthead the body's untitled text.)
func mastheadDateRow(l string) (fs []model.Field, date coverNums, ok bool) {
	if !strings.Contains(l, "日") {
		return nil, date, false // (nearly every row: a date to the day prints 日)
	}
	cells := tableCells(l)
	rest := make([]string, 0, len(cells))
	found := false
	for _, c := range cells {
		if !found && len(c) <= 40 {
			if d, ok := coverNumbers(dateDone(c)); ok && !d.published.IsZero() && d.year == 0 && d.number == 0 && d.total == 0 {
				date, found = d, true
				continue
			}
		}
		rest = append(rest, c)
	}
	if !found {
		return nil, date, false
	}
	fs, ok = mastheadCells(rest)
	return fs, date, ok && len(fs) > 0
}

// columnTable reads a table whose header row holds the keys and whose
// rows below hold the values: | 主管 | 主办 |, |---|---|, | 市政府 | 史志办 |.
func (p *parser) columnTable(i int) (int, bool) {
	keys := tableCells(p.lines[i])
	if len(keys) < 2 || i+2 >= len(p.lines) || !tableSeparator(p.lines[i+1]) {
		return 0, false
	}
	for k, c := range keys {
		if keys[k] = fieldKey(c); !isCoverKey(keys[k]) {
			return 0, false
		}
	}
	var rows [][]string
	for j := i + 2; j < len(p.lines) && strings.HasPrefix(trim(p.lines[j]), "|"); j++ {
		cells := tableCells(p.lines[j])
		if len(cells) != len(keys) {
			break
		}
		for _, c := range cells {
			if isCoverKey(fieldKey(c)) {
				return 0, false // a row of keys: a key/value table after all
			}
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return 0, false
	}
	for _, cells := range rows {
		for k, c := range cells {
			p.addField(keys[k], c)
		}
	}
	return 2 + len(rows), true
}

// nameIssue takes the year and the number of an issue that prints
// neither from the name of its file (平顶山月报2023-11, 宁川史志202311,
// 宁川史志2023年第11期): its dates that print no year get the issue's,
// a January issue's December the year before, as the cover's year gives
// them. It is said, with a warning: the name is the reader's, not the
// copy's. A chronicle's or a yearbook's name gives nothing (their years
// are their own), nor does a file of several issues.
func nameIssue(iss *model.Issue, name string) {
	if iss.Year != 0 || iss.Number != 0 || iss.Total != 0 || chronicleTitle(iss.Title) || yearbookTitle(iss.Title) {
		return
	}
	y, n, ok := nameNumbers(name)
	if !ok {
		return
	}
	iss.Year, iss.Number = y, n
	fill := func(r *model.DateRange) {
		if r.Start.Year != 0 || r.Start.Month == 0 {
			return
		}
		r.Start.Year = int16(y)
		if n <= 2 && r.Start.Month >= 11 {
			r.Start.Year-- // a January issue's 12月28日
		}
		if r.End.Year == 0 && r.End.Month != 0 {
			r.End.Year = r.Start.Year
			if r.End.Month < r.Start.Month {
				r.End.Year++
			}
		}
	}
	for si := range iss.Sections {
		for ei := range iss.Sections[si].Entries {
			e := &iss.Sections[si].Entries[ei]
			fill(&e.Date)
			for pi := range e.Paragraphs {
				fill(&e.Paragraphs[pi].Date)
			}
		}
	}
	iss.Warnings = append(iss.Warnings, model.Warning{Line: 1, Message: fmt.Sprintf(
		"the copy prints no year and no number: %d年第%d期 is taken from the file's name %q", y, n, name)})
	sortWarnings(iss.Warnings)
}

// nameNumbers reads a year and an issue's number from a file's name: a
// year of 19xx or 20xx, then its month or number, 1 to 12, after -, _,
// ., a space, 年 or 年第, or right after it (202311); 第11期 may go to 24.
func nameNumbers(name string) (year, number int, ok bool) {
	for i := 0; i+4 <= len(name); i++ {
		if i > 0 && name[i-1] >= '0' && name[i-1] <= '9' || !allDigits(name[i:i+4]) || name[i] != '1' && name[i] != '2' {
			continue
		}
		y := atoiDigits(name[i : i+4])
		if y < 1949 || y > 2100 {
			continue
		}
		rest := name[i+4:]
		sep := ""
		for _, s := range [...]string{"年第", "年", "-", "_", ".", " ", "第"} {
			if strings.HasPrefix(rest, s) {
				sep, rest = s, rest[len(s):]
				break
			}
		}
		k := 0
		for k < len(rest) && k < 3 && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		if k == 0 || k > 2 || sep == "" && k != 2 {
			continue
		}
		n := atoiDigits(rest[:k])
		limit := 12
		if strings.HasPrefix(rest[k:], "期") && strings.HasSuffix(sep, "第") {
			limit = 24
		}
		if n < 1 || n > limit {
			continue
		}
		return y, n, true
	}
	return 0, 0, false
}

// atoiDigits is the number a run of ASCII digits writes.
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
