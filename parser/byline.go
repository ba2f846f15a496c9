// What an article prints between its title and its text, and at its end:
// bylines and authors' names (文/陈明远, 本刊记者 张强, 李秀英), credits set with a
// bar, an office's name, a subtitle (——记…), lists of names, and the lines
// a briefing ends with (报：…, 编辑：…). None of them is a title.

package parser

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// bylineUnder reports whether prev, the last line of block, is a byline
// (李秀英, 本刊记者 张强) or a subtitle (——记…) under the title the block
// begins with.
func (p *parser) bylineUnder(prev string, block []string, b *bodyBuilder) bool {
	pt := p.prevTrim // trim(prev), as startsParagraph kept it (most times)
	if prev != p.prevLine {
		pt = trim(prev)
	}
	return len(pt) <= 40*3 && !fullStop(pt) && (authorName(pt) || authorNames(pt) || reporterByline(pt) || subtitle(pt) || officeAlone(pt)) && !p.full(prev) && b.underTitle(block)
}

// officeAlone reports whether t names an office and nothing else
// (清河县史志办 under an article's title: its author).
func officeAlone(t string) bool {
	_, ok := office(t)
	return ok
}

// officeByline reports whether t is an office's name and an author's set
// a wide space apart (东岗县地方志办公室　李明), the byline a briefing
// prints under an item's title: no title (it had made the title above it
// a section, the byline the item's title, silently). A copy normalised to
// NFKC, or typed so, sets them a space apart (东岗县地方志办公室 李明).
func officeByline(t string) bool {
	if len(t) < 4*3 || len(t) > 40*3 {
		return false
	}
	for i := 0; i < len(t); {
		k := strings.Index(t[i:], "\u3000")
		if j := strings.IndexByte(t[i:], ' '); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return false
		}
		k += i
		if _, ok := office(trim(t[:k])); ok {
			return authorName(trim(t[k:]))
		}
		i = k + 1
	}
	return false
}

// byline splits a parenthesis that follows a title — a byline, a note of
// a picture: **会议乙召开**（市史志办 李四）, **…**（图） — from the text after
// it, which is nothing or begins with a date; ok is false when a does not
// begin so.
func byline(a string) (rest string, ok bool) {
	var end int
	switch {
	case strings.HasPrefix(a, "（"):
		end = strings.Index(a, "）")
		if end > 0 {
			end += len("）")
		}
	case strings.HasPrefix(a, "("):
		end = strings.IndexByte(a, ')')
		if end > 0 {
			end++
		}
	default:
		return "", false
	}
	if end <= 0 || utf8.RuneCountInString(a[:end]) > 40 {
		return "", false
	}
	rest = trim(a[end:])
	if rest != "" && !startsWithMonth(rest) {
		return "", false
	}
	return rest, true
}

// holdsDashByte reports whether s holds E2, EF or '-', the first bytes of
// the dashes subtitle looks for (— E2 80 94, － EF BC 8D). A short string
// is read eight bytes at a time, where three byte searches cost more; a
// long one is searched.
func holdsDashByte(s string) bool {
	if len(s) < 8 || len(s) > 64 {
		return strings.IndexByte(s, 0xE2) >= 0 || strings.IndexByte(s, 0xEF) >= 0 || strings.IndexByte(s, '-') >= 0
	}
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	holds := func(w string) bool {
		x := binary.LittleEndian.Uint64([]byte(w))
		a, b, c := x^(lo*0xE2), x^(lo*0xEF), x^(lo*'-')
		return ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c)&hi != 0
	}
	for i := 0; i+8 <= len(s); i += 8 {
		if holds(s[i : i+8]) {
			return true
		}
	}
	return holds(s[len(s)-8:]) // (the last bytes, overlapping the word before)
}

// articleMeta reports whether t is a line an article carries between its
// title and its text: a byline alone in brackets ((市科技局　张三)), a
// document's number (平政办〔2023〕12号) under a notice reprinted whole, or a
// web page's 发布时间：2023-11-11　来源：平顶山日报 (a key：value of its own).
func articleMeta(t string) bool {
	if docNumber(t) {
		return true
	}
	if rest, ok := byline(t); ok && rest == "" {
		return true
	}
	if slashByline(t) || reporterByline(t) {
		return true
	}
	if len(t) > 10 && t[0] >= '0' && t[0] <= '9' && isoDate(t[:10]) {
		_, ok := webMeta(t) // 2023-12-04 09:30  来源：…
		return ok
	}
	// The labels below are four characters at most, then a colon: a line
	// with none in its first bytes (nearly every line) is let go.
	if colonAt(t[:min(len(t), 5*3)]) < 0 {
		return false
	}
	for _, k := range [...]string{"发布时间", "发布日期", "来源", "作者", "记者", "通讯员", "编辑", "责任编辑", "时间", "日期", "信息来源", "文章来源", "稿件来源",
		"發布時間", "發佈時間", "發布日期", "來源", "記者", "通訊員", "編輯", "責任編輯", "時間"} {
		if rest, ok := strings.CutPrefix(t, k); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// slashAt returns the index of the first / or ／ in t, or -1 where there
// is none or a comma, a full stop or a semicolon comes first (a sentence:
// no byline). One pass over the bytes: most lines searched are short,
// and a search for ／ (EF BC 8F) stops at every full-width character.
func slashAt(t string) int {
	if strings.IndexByte(t, '/') < 0 && !strings.Contains(t, "／") {
		return -1 // nearly every line, by a search faster than the loop below
	}
	for k := 0; k < len(t); k++ {
		switch t[k] {
		case '/':
			return k
		case ',', ';':
			return -1
		case 0xEF: // ／ EF BC 8F; ，EF BC 8C; ；EF BC 9B
			if k+2 < len(t) && t[k+1] == 0xBC {
				switch t[k+2] {
				case 0x8F:
					return k
				case 0x8C, 0x9B:
					return -1
				}
			}
		case 0xE3: // 。E3 80 82
			if k+2 < len(t) && t[k+1] == 0x80 && t[k+2] == 0x82 {
				return -1
			}
		}
	}
	return -1
}

// authorNames matches a line of two or three authors' names and nothing
// else (陈明远　王晓燕, 陈明远 王晓燕, 陈明远、王晓燕): two or three
// characters each. One name alone is no such line here: 简讯 is a
// column's name as well.
func authorNames(t string) bool {
	if len(t) < 12 || len(t) > 3*9+6*3 {
		return false
	}
	names, ok := nameCount(t, 3, false)
	return ok && names >= 2 && names <= 3
}

// nameList matches a line of four names or more, two to four Han
// characters each, set a space apart (王建国　刘晓梅　李秋萍　张　恒　陈志远,
// a name of two letter-spaced as typesetting spaces it): a list of names,
// no title (under 评审专家名单： it had been the title of the text under
// it, and the article's number a section's).
func nameList(t string) bool {
	if len(t) < 4*6 || len(t) > 60*3 {
		return false
	}
	names, ok := nameCount(t, 4, true)
	return ok && names >= 4
}

// nameCount counts the names t holds and nothing else: runs of two to
// most Han characters set apart by spaces, ideographic spaces or 、. With
// spaced, a character alone and the next run are one name letter-spaced
// (张　恒). ok is false for anything else in t, or a name of another length.
func nameCount(t string, most int, spaced bool) (names int, ok bool) {
	n, single := 0, 0
	end := func() bool {
		switch {
		case n == 0:
			return true
		case spaced && n == 1 && single == 0:
			single, n = 1, 0 // 张 of 张　恒: the name goes on
			return true
		}
		n += single
		single = 0
		names++
		fits := n >= 2 && n <= most
		n = 0
		return fits
	}
	for _, r := range t {
		switch {
		case r == ' ' || r == '\u3000' || r == '、':
			if !end() {
				return names, false
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			n++
		default:
			return names, false
		}
	}
	last := end() // (before names is read: it counts the last name)
	return names, last && single == 0
}

// signature matches the line that signs a notice or a letter: the office
// and the date (宁川县地方史志办公室 2023年8月1日), or the full date alone
// (2023年8月1日, 二〇二三年八月一日).
func signature(t string) bool {
	if len(t) < 10 || len(t) > 40*3 || !strings.HasSuffix(t, "日") {
		return false // let most lines go: a signature ends with its date's day
	}
	if c, ok := coverNumbers(t); ok {
		return !c.published.IsZero() && c.number == 0 && c.total == 0
	}
	items, ok := coverItems(t, false)
	if !ok {
		return false
	}
	comp, date := false, false
	for _, it := range items {
		comp = comp || it.comp != ""
		date = date || it.isNums && !it.nums.published.IsZero()
	}
	return comp && date
}

// slashByline matches a byline written with a slash: 文/陈明远,
// 文／何建平, 图/文 张三, 陈明远/文, 李华 / 摄.
func slashByline(t string) bool {
	if len(t) > 30*3 || !slashOrBar(t) {
		return false // nearly every line: no slash for slashAt, no bar for barCredit
	}
	i := slashAt(t)
	if i < 0 {
		return barCredit(t)
	}
	if containsAnyOf(t, "，。；,;") {
		return false
	}
	before := trim(t[:i])
	after := trim(strings.TrimPrefix(strings.TrimPrefix(t[i:], "/"), "／"))
	if before == "" || after == "" || containsAnyOf(t, "？！?!：:") {
		return false
	}
	// Names on the other side of the slash, a few characters each
	// (文/理两科考生都可以报考…吗 is a question).
	if utf8.RuneCountInString(before) > 12 || utf8.RuneCountInString(after) > 12 {
		return false
	}
	switch before {
	case "文", "图", "图文", "图/文", "文图", "撰文", "口述", "整理":
		return true
	}
	switch after {
	case "文", "摄", "图", "图文", "整理":
		return true
	}
	return false
}

// slashOrBar reports whether t holds a slash (/ ／) or a bar (| 丨 ｜),
// what slashAt and barCredit look for: a search for each by a byte of
// it that is rare in Chinese text (/ and |, and the last bytes of ／,
// ｜ and 丨). Searches for ／, ｜ and 丨 by their first byte stop at
// every full-width character, and at every Han character of E4.
func slashOrBar(t string) bool {
	return strings.IndexByte(t, '/') >= 0 || strings.IndexByte(t, '|') >= 0 ||
		endsIn(t, 0x8F, "／") || endsIn(t, 0x9C, "｜") || endsIn(t, 0xA8, "丨")
}

// endsIn reports whether t holds c, a character of three bytes whose
// last is b, searched for by that byte.
func endsIn(t string, b byte, c string) bool {
	for i := 0; i < len(t); {
		k := strings.IndexByte(t[i:], b)
		if k < 0 {
			return false
		}
		if k += i; k >= 2 && t[k-2:k+1] == c {
			return true
		}
		i = k + 1
	}
	return false
}

// barCredit matches the credits a WeChat article sets with a bar for the
// colon: 文丨赵文华 图丨钱晓东, 来源 | 梅岭区史志办, 编辑丨赵文华 王芳 — each a
// short label and a name or two. (Read as titles, 文丨赵文华 had been an
// article's title, the title over it a section or a lead-in.)
func barCredit(t string) bool {
	if len(t) > 40*3 || strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "丨") && !strings.Contains(t, "｜") {
		return false // nearly every line
	}
	s := barSpaces.Replace(t)
	n := 0
	for _, f := range strings.Fields(s) {
		label, value, ok := strings.Cut(f, "|")
		if containsAnyOf(f, "，。；：,;:") || utf8.RuneCountInString(value) > 12 {
			return false
		}
		if !ok {
			if n == 0 || utf8.RuneCountInString(f) > 12 {
				return false
			}
			continue // a second name: 编辑丨赵文华 王芳
		}
		switch label {
		case "文", "图", "图文", "摄影", "摄", "撰文", "来源", "编辑", "责任编辑", "审核", "校对", "作者", "记者", "通讯员", "排版", "美编", "统筹", "监制", "出品", "编审", "终审", "初审":
		default:
			return false
		}
		if value == "" {
			return false
		}
		n++
	}
	return n > 0
}

// barSpaces writes a credit's bar, spaced or not, any of the three, as
// one | with no spaces.
var barSpaces = strings.NewReplacer(" | ", "|", " 丨 ", "|", " ｜ ", "|", "丨", "|", "｜", "|")

// subtitle reports whether t is a title's subtitle: ——以宜宾市为例.
func subtitle(t string) bool {
	if t != "" && (t[0]-0x21 < 0x5F && t[0] != '-' && t[0] != '*' && t[0] != '<' || t[0]-0xE4 < 11) {
		return false // (leadByte's first look, and the test below, without the call: E4 to EE, or ASCII but - * <)
	}
	if c := leadByte(t); c != 0 && c != 0xE2 && c != 0xEF && c != '-' && c != '*' && c != '<' {
		// Its first character after the indent, which no markup that
		// stripMarkup takes off begins, is no dash's first byte.
		return false
	}
	if strings.IndexByte(t, 0xE2) < 0 && strings.IndexByte(t, 0xEF) < 0 && strings.IndexByte(t, '-') < 0 {
		// No — (E2 80 94), － (EF BC 8D) or -: nearly every title, let go
		// by its bytes before its markup is taken off.
		return false
	}
	t = trim(stripMarkup(t))
	if t == "" || t[0] != 0xE2 && t[0] != 0xEF && t[0] != '-' {
		return false // (the dashes below begin with E2, EF or -)
	}
	for _, d := range [...]string{"——", "——", "－－", "--", "—"} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			return trim(rest) != "" && !closed(rest)
		}
	}
	return false
}

// tocAuthorAfterSpace reports whether a line of the table of contents
// ends with the name a after a space (楚都纪南城考略　李秀英), as it
// prints its author with no leader: a title's last word the wrap put on
// a line of its own (…观摩活动 / 举行) has no space before it there.
func (b *bodyBuilder) tocAuthorAfterSpace(a string) bool {
	for _, s := range b.iss.TOC {
		for _, e := range s.Entries {
			if t, ok := strings.CutSuffix(e.Title, a); ok && t != "" {
				if r, _ := decodeLastRune(t); r == ' ' || r == '\u3000' || r == '\t' {
					return true
				}
			}
		}
	}
	return false
}

// reporterByline matches a byline of reporters, after a box or not (□
// 本刊记者　张华, ■ 李明, 本刊通讯员 王刚 李强): a box and names, or a
// reporter's role and names.
func reporterByline(t string) bool {
	if len(t) < 6 || len(t) > 40*3 || !reporterFirst(t[:3]) {
		return false // by its first character: nearly every line
	}
	boxed := false
	if rest, ok := strings.CutPrefix(t, "□"); ok {
		t, boxed = trim(rest), true
	} else if rest, ok := strings.CutPrefix(t, "■"); ok {
		t, boxed = trim(rest), true
	}
	role := false
	for _, r := range [...]string{"本刊记者", "本报记者", "特约记者", "本刊通讯员", "特约通讯员", "通讯员", "记者",
		"本刊記者", "本報記者", "特約記者", "本刊通訊員", "特約通訊員", "通訊員", "記者"} {
		if rest, ok := strings.CutPrefix(t, r); ok {
			t, role = trim(rest), true
			break
		}
	}
	if !boxed && !role || t == "" {
		return false
	}
	// The names: one (王　刚, letter-spaced) or several.
	return authorName(t) || allNames(t)
}

// reporterFirst is strings.Contains("□■本特通记記", h), h three bytes:
// one of the seven, or (where h begins with a continuation byte) the
// search, which finds the bytes across two of them too.
func reporterFirst(h string) bool {
	switch h {
	case "□", "■", "本", "特", "通", "记", "記":
		return true
	}
	return h != "" && h[0]&0xC0 == 0x80 && strings.Contains("□■本特通记記", h)
}

// allNames reports whether t is names apart by spaces or 、, each one
// authorName takes (本刊通讯员 王刚 李强 赵敏 孙丽).
func allNames(t string) bool {
	names := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '、' })
	for _, f := range names {
		if !authorName(f) {
			return false
		}
	}
	return len(names) > 0
}

// underTitle reports whether a block of one line stands under a title
// with no text yet, or a block of two or three begins with a title of the
// table of contents, on one line or wrapped onto two (清代宁川县城的修筑与
// 变迁 / ——兼论县城选址的地理因素 / 李秀英): where a byline may stand.
func (b *bodyBuilder) underTitle(block []string) bool {
	switch len(block) {
	case 2:
		_, rest, ok := b.p.tocTitleLine(trim(block[0]))
		return ok && rest == ""
	case 3:
		_, rest, ok := b.p.tocTitleLine(b.p.join(trim(block[0]), trim(block[1])))
		return ok && rest == ""
	}
	return b.hasEntry() && len(b.paras) == 0 && b.entries[len(b.entries)-1].Title != ""
}

// authorName matches a line that is a person's name alone, an essay's
// byline under its title (李秀英, 王　刚): two or three characters, or two
// names with 、 (鹰城月报, four, is a name of another kind).
func authorName(l string) bool {
	t := trim(l)
	if len(t) < 6 || len(t) > 9*3+6 {
		return false
	}
	n, names := 0, 1
	for i := 0; i < len(t); { // (for range t, by decodeRune: Han in place)
		r, w := decodeRune(t[i:])
		i += w
		switch {
		case r == '、':
			names++
		case r == ' ' || r == '\u3000':
		case r >= 0x4E00 && r <= 0x9FFF:
			n++
		default:
			return false
		}
	}
	return names <= 2 && n >= 2 && n <= 3*names || names == 1 && n == 4 && soleAuthor(t)
}

// soleAuthor matches a line that is one person's name whose surname has
// two characters (欧阳晓明, 司马　迁, 诸葛亮): such a name cannot be a
// column's (简讯, 大事记, 时政要闻), so alone under a title it is the
// title's author, where a name of two or three characters is not taken
// for one.
func soleAuthor(t string) bool {
	if len(t) < 9 || len(t) > 4*3+2*3 {
		return false
	}
	name := strings.ReplaceAll(strings.ReplaceAll(t, " ", ""), "\u3000", "")
	if n := utf8.RuneCountInString(name); n < 3 || n > 4 || len(name) != 3*n {
		return false
	}
	for _, r := range name {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	switch name[:6] {
	case "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
		"宇文", "司徒", "司空", "夏侯", "令狐", "端木", "独孤", "呼延", "轩辕", "澹台",
		"申屠", "太史", "钟离", "宗政", "濮阳", "淳于", "单于", "公冶", "赫连", "闻人",
		"万俟", "南宫", "西门", "百里", "东郭", "拓跋", "左丘", "谷梁", "乐正", "第五":
		return true
	}
	return false
}

// colonAt returns the index of the first colon in head, : or ：, or -1:
// a search for each, the first found. Heads are a few characters, where
// the search for ：is one SIMD pass, not a stop at every full-width
// character; a loop over the bytes retired four times the instructions.
func colonAt(head string) int {
	k := strings.IndexByte(head, ':')
	if w := strings.Index(head, "："); w >= 0 && (k < 0 || w < k) {
		k = w
	}
	return k
}

// subtitleLine reports whether s, the text of line (1-based), is the
// subtitle of the open entry's title, on a line of its own right under it
// (blank lines between): ——记宁川县…, —— 2023年…调研纪实. Not in a
// yearbook, which reads its articles' subtitles itself.
func (b *bodyBuilder) subtitleLine(s string, line int) bool {
	e := b.entries[len(b.entries)-1]
	if e.Title == "" || e.Line <= 0 || e.Line >= line || b.p.yearbook || len(s) > 60*3 || !subtitle(s) || trim(b.p.lines[line-1]) != s {
		return false
	}
	j := line - 2
	for j >= e.Line && isBlank(b.p.lines[j]) {
		j--
	}
	if j == e.Line-1 {
		return true
	}
	// A title its lead-in heads (凝心聚力谋发展 / ### 市史志研究室召开…
	// / ——全面总结…): the title's own line, below the entry's first.
	if _, _, ok := heading(b.p.lines[j]); ok {
		return true
	}
	_, ok := boldOnly(trim(b.p.lines[j]))
	return ok
}

// overSubtitle reports whether the heading at line (1-based) stands over
// its subtitle set at its own level (### 《宁川年鉴（2023）》出版发行 /
// ### ——全市首部彩印综合年鉴): an article's title, though the level is the
// sections' (the two had been sections, the article's text untitled).
func (b *bodyBuilder) overSubtitle(level, line int) bool {
	lines := b.p.lines
	for j := line; j < len(lines) && j < line+12; j++ {
		if l := lines[j]; (l == "" || l[0] != '#') && isBlank(l) || b.p.isTransparent(j) { // (a # line is no blank one)
			continue // (a page's break between them too)
		}
		if l := lines[j]; l[0] == '#' {
			// A heading whose text begins with printable ASCII but - * <,
			// or with Han (E4 to E9): that byte begins it still after
			// heading's trims and stripMarkup, and subtitle lets it go
			// by it (## 标题2 under ## 标题1: every section asks).
			k := 1
			for k < len(l) && l[k] == '#' {
				k++
			}
			for k < len(l) && l[k] == ' ' {
				k++
			}
			if k < len(l) {
				if c := l[k]; c-0x21 < 0x5F && c != '-' && c != '*' && c != '<' || c-0xE4 < 6 {
					return false
				}
			}
		}
		if l := lines[j]; l[0] != '#' && l[0] != ' ' || !holdsDashByte(l) {
			return false // no heading, or none with a dash (see subtitle): every section asks
		}
		lvl, t, ok := heading(lines[j])
		return ok && lvl == level && subtitle(t)
	}
	return false
}

// distributionKeys are the keys of the lines a briefing ends with, saying
// whom it goes to (报：市史志办…, 送：…, 发：…, 主送：…, 抄送：…) and who made
// it (编辑：…, 校对：…, 审核：…, 签发：…; a yearbook's 撰稿：… after a 条目).
// The traditional forms follow (報送：…, 責任編輯：…, 審核：…), as a copy
// typeset in Hong Kong or Taiwan or passed through a converter prints them.
var distributionKeys = [...]string{"报送", "主送", "抄送", "抄报", "分送", "发送", "报", "送", "发",
	"编辑", "责任编辑", "校对", "审核", "审稿", "签发", "印发", "撰稿人", "撰稿", "供稿", "摄影", "统稿",
	"報送", "抄報", "發送", "報", "發", "編輯", "責任編輯", "校對", "審核", "審稿", "簽發", "印發", "攝影", "統稿"}

// distributionLine reports whether t begins with one of distributionKeys
// and a colon: a line of its own, never the rest of the sentence above.
func distributionLine(t string) bool {
	if len(t) < 6 || t[0] < 0xE4 || t[0] > 0xE9 {
		return false // 报 发 编 校 审 签 印 抄 分: E5–E7; 責: E8; 主 供: E4; 送: E9 (主送：…, 送：… had been missed)
	}
	i := colonAt(t[:min(len(t), 4*3+3)])
	if i < 0 {
		return false // most lines: no colon after a key of four characters at most
	}
	for _, k := range distributionKeys {
		if len(k) == i && t[:i] == k {
			return true
		}
	}
	return false
}

// docNumber reports whether t is a document's number (文号) alone:
// 平政办〔2023〕12号, 宁政发[2022]3号, in brackets too (（平政办〔2023〕12号）),
// as a notice reprinted whole prints it under its title, over its text:
// the issuing body's short name, the year in square brackets, the number
// and 号. It is the document's, no title's end nor a heading of its own
// (市史志研究院…的通知 / 平政办〔2023〕12号 / 各县…: it had run into the
// title above it, or been read as a section, silently). The last byte
// tells first: nearly no line ends in 号 or its bracket.
func docNumber(t string) bool {
	if len(t) < 8 || len(t) > 30*3 || t[len(t)-1] != 0xB7 && t[len(t)-1] != ')' && t[len(t)-1] != 0x89 { // 号 E5 8F B7, ） EF BC 89
		return false
	}
	if s, ok := strings.CutPrefix(t, "（"); ok {
		t, ok = strings.CutSuffix(s, "）")
		if !ok {
			return false
		}
	} else if s, ok := strings.CutPrefix(t, "("); ok {
		t, ok = strings.CutSuffix(s, ")")
		if !ok {
			return false
		}
	}
	t, ok := strings.CutSuffix(t, "号")
	if !ok {
		return false
	}
	open, close := strings.Index(t, "〔"), "〕"
	if open < 0 {
		open, close = strings.IndexByte(t, '['), "]"
	}
	if open < 0 {
		open, close = strings.Index(t, "［"), "］"
	}
	if open < 2*3 || open > 10*3 || !hanOnly(t[:open]) {
		return false // the body's short name: two characters at least (豫政), ten at most
	}
	rest := t[open+len(close):] // 〔 and ［ are as long as 〕 and ］, [ as ]
	year := 0
	for year < 4 && rest != "" {
		r, size := decodeRune(rest)
		if !isFigure(r) {
			break
		}
		rest, year = rest[size:], year+1
	}
	if year != 4 {
		return false // (２０２３ in full-width figures too)
	}
	n, ok := strings.CutPrefix(rest, close)
	if !ok {
		return false
	}
	n = strings.TrimPrefix(n, "第")
	figures := 0
	for _, r := range n {
		if !isFigure(r) {
			return false
		}
		figures++
	}
	return figures >= 1 && figures <= 5
}

// issueLine reports whether t is a periodical's name and an issue's
// number and nothing else (宁川月报2023年第10期, 宁川月报 2023年第11期): in
// the body a reference to an issue alone on its line, an article's
// source, or a head; a line of its own, no title nor a column's name
// (it had titled the text under it, made a section, or run into the
// title under it, silently). The last character tells first: 期.
func issueLine(t string) bool {
	if len(t) < 12 || len(t) > 40*3 || !strings.HasSuffix(t, "期") || !strings.Contains(t, "年第") || strings.HasPrefix(t, "《") {
		return false // (《宁川史志》2023年第5期 titles an item of a column of past issues, 往期推荐, over what it printed)
	}
	name, c, ok := titleWithNumber(t)
	if !ok || c.number == 0 {
		return false
	}
	// (A periodical's name: 宁川月报, 宁州史志, 临沂地情, 中原史志动态; not
	// 道德讲堂2023年第3期, a title.)
	return periodicalName(name) || strings.HasSuffix(name, "地情") || strings.HasSuffix(name, "县情") || strings.HasSuffix(name, "市情") || strings.HasSuffix(name, "动态") || strings.HasSuffix(name, "信息")
}
