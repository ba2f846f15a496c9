package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Yearbooks (年鉴) are organised 篇/部类 → 章/分目 → 条目, and every 条目,
// the unit a reader looks up, is a paragraph that begins with its title in
// brackets: 【自然地理】宁川县位于省境中部，…. Each 条目 is an entry titled
// by the text between the brackets, which are its typography as ** is a
// report's (one copy prints 【】, another 〖〗 or ［］). The model has two
// levels: a heading that holds 条目 is a section of its own, after its
// parent's, as a chronicle's month heading under a year is.
//
// A monthly report may begin a paragraph with a bracket too (【编者按】);
// the body is read as a yearbook only on a real signal (see
// detectYearbook).

// titleBrackets are the brackets a 条目's title is printed in. 〔〕 holds
// a document's year too (〔2023〕15号), which is no title: a title has a
// Chinese character (titleText).
var titleBrackets = [...][2]string{{"【", "】"}, {"〖", "〗"}, {"［", "］"}, {"[", "]"}, {"〔", "〕"}}

// maxEntryTitle is the longest 条目 title, in characters.
const maxEntryTitle = 30

// editorialLabels are the bracketed words a report or a yearbook puts
// before a paragraph that is not an item of its own.
var editorialLabels = map[string]bool{
	"编者按": true, "编者的话": true, "编者注": true, "编后": true, "编后语": true, "按语": true, "按": true,
	"导读": true, "导语": true, "摘要": true, "提要": true, "内容提要": true, "关键词": true,
	"链接": true, "相关链接": true, "新闻链接": true, "延伸阅读": true, "背景": true, "背景资料": true,
	"小贴士": true, "注": true, "注释": true, "备注": true, "图": true, "图片": true,
	"评论": true, "点评": true, "短评": true, "述评": true,
}

// entryTitle matches text that begins with a 条目's title in brackets —
// 【自然地理】…, 〖人口〗, ［重要会议］, [人口], **【人口】**…, <b>【人口】</b>… —
// and returns the title without its brackets and the text after it (empty
// for a title alone on its line). An editorial label (【编者按】) is no
// title.
func entryTitle(t string) (title, rest string, ok bool) {
	title, rest, ok = bracketTitle(t)
	if !ok {
		return "", "", false
	}
	title = unspace(title)
	if editorialLabels[title] {
		return "", "", false
	}
	return title, rest, true
}

// editorialNote reports whether t begins with an editorial label:
// 【编者按】…, 编者按：…, **编者按：**….
func editorialNote(t string) bool {
	if title, _, ok := bracketTitle(t); ok {
		return editorialLabels[unspace(title)]
	}
	t = t[:min(len(t), 8*utf8.UTFMax)] // the label is short: look no further
	t = stripMarkup(t)
	if i := indexAnyOf(t, "：:"); i > 0 && i <= 4*utf8.UTFMax {
		return editorialLabels[unspace(trim(t[:i]))]
	}
	return false
}

// unspace drops the spaces that letter-space a title (【概　况】): those
// between two Chinese characters.
func unspace(s string) string {
	if !containsAnyOf(s, " 　	") {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		if r == ' ' || r == '　' || r == '	' {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '	' || strings.HasPrefix(s[j:], "　")) {
				if s[j] == ' ' || s[j] == '	' {
					j++
				} else {
					j += len("　")
				}
			}
			next, _ := decodeRune(s[j:])
			if !(han(prev) && han(next)) {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteRune(r)
		prev = r
		i += n
	}
	return b.String()
}

// han reports whether r is a Chinese character.
func han(r rune) bool { return r >= 0x3400 && r <= 0x9FFF }

// bracketTitle is entryTitle without the editorial labels left out.
func bracketTitle(t string) (title, rest string, ok bool) {
	if t == "" || t[0] != '*' && t[0] != '<' && t[0] != '[' && t[0] != 0xE3 && t[0] != 0xEF {
		return "", "", false // 【 〖 are E3 80 xx, ［ EF BC BB: most lines go here
	}
	s, boldEnd := t, ""
	for _, pair := range boldPairs {
		if after, found := strings.CutPrefix(s, pair[0]); found {
			s, boldEnd = after, pair[1]
			break
		}
	}
	if s == "" || s[0] != '[' && s[0] != 0xE3 && s[0] != 0xEF {
		return "", "", false // **标题**: a report's bold title
	}
	for _, br := range titleBrackets {
		after, found := strings.CutPrefix(s, br[0])
		if !found {
			continue
		}
		j := strings.Index(after, br[1])
		if j < 0 || j > 4*maxEntryTitle*3 {
			return "", "", false
		}
		inner := trim(stripMarkup(after[:j]))
		rest = after[j+len(br[1]):]
		if br[0] == "[" && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "[") || strings.HasPrefix(rest, ":")) {
			return "", "", false // a Markdown link or reference
		}
		if !titleText(inner) {
			return "", "", false
		}
		if boldEnd != "" {
			if !strings.HasPrefix(trim(rest), boldEnd) {
				// **【工作动态】县史志办召开县志评审会**: the bold goes on past
				// the bracket, a column's name before a report's title,
				// not a 条目's title before its text.
				return "", "", false
			}
			rest = strings.TrimPrefix(trim(rest), boldEnd)
		}
		return inner, trim(rest), true
	}
	return "", "", false
}

// titleText reports whether s can be the title of a 条目: short, with a
// Chinese character, and no sentence in it.
func titleText(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxEntryTitle || containsAnyOf(s, "。，；！？：;,!?:") {
		return false
	}
	if dateOnlyLine(s) {
		return false // 〔11月3日〕县委…: a chronicle's event, its date in brackets
	}
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// opensTitle reports whether t begins with the opening bracket of a 条目's
// title that a wrap cut before its closing bracket
// (【全国文明城市创建工作 / 通过省级复核】…).
func opensTitle(t string) bool {
	s := t
	for _, pair := range boldPairs {
		if after, found := strings.CutPrefix(s, pair[0]); found {
			s = after
			break
		}
	}
	for _, br := range titleBrackets[:3] {
		if after, found := strings.CutPrefix(s, br[0]); found {
			after = trim(stripMarkup(after))
			return !strings.Contains(after, br[1]) && titleText(after)
		}
	}
	return false
}

// opensBracket reports whether t begins with one of the wide opening
// brackets of a 条目's title, whatever follows.
func opensBracket(t string) bool {
	s := strings.TrimPrefix(t, "**")
	for _, br := range titleBrackets[:3] {
		if strings.HasPrefix(s, br[0]) {
			return true
		}
	}
	return false
}

// bioHead splits a 人物 biography's head: a person's name, in bold or
// plain, and the years of the life in brackets, then the text
// (**赵文远**（1923—2001）　男，…; 赵文远（1923—2001）　男，…). It returns the
// name, letter spaces and all, and the text from the bracket. Plain, the
// name must be followed by the years and a wide space or 男/女, so that a
// sentence about a person (毛泽东（1893—1976）曾…) is not taken for one.
func bioHead(t string) (name, rest string, ok bool) {
	if len(t) < 12 {
		return "", "", false
	}
	bold := false
	s := t
	if after, found := strings.CutPrefix(s, "**"); found {
		s, bold = after, true
	} else if s[0] < 0xE4 || s[0] > 0xE9 {
		return "", "", false // a Han character first: most lines go here
	}
	// The name: two to four characters, letter-spaced perhaps (王　芳).
	i, n := 0, 0
	for i < len(s) && n <= 4 {
		r, w := decodeRune(s[i:])
		if r == '　' || r == ' ' {
			i += w
			continue
		}
		if !han(r) {
			break
		}
		i += w
		n++
	}
	if n < 2 || n > 4 {
		return "", "", false
	}
	name, s = trim(s[:i]), s[i:]
	if bold {
		after, found := strings.CutPrefix(s, "**")
		if !found {
			return "", "", false
		}
		s = after
	}
	rest = s
	open := ""
	switch {
	case strings.HasPrefix(s, "（"):
		open = "（"
	case strings.HasPrefix(s, "("):
		open = "("
	default:
		return "", "", false
	}
	end := indexAnyOf(s, "）)")
	if end < 0 || end > 40 {
		return "", "", false
	}
	years := s[len(open):end]
	// 1923—2001, 1923年—2001年, 1923— , １９２３—２００１: a year of four
	// figures first.
	if y, k, j := figuresAt(years, 0, 4); k != 4 || y < 1000 || y >= 3000 || !containsAnyOf(years[j:], "—－-–～~") {
		return "", "", false
	}
	_, w := decodeRune(s[end:])
	after := s[end+w:]
	if !bold {
		a := strings.TrimLeft(after, " ，,")
		if !(strings.HasPrefix(after, "　") || strings.HasPrefix(after, "  ") || strings.HasPrefix(a, "男") || strings.HasPrefix(a, "女")) {
			return "", "", false
		}
	}
	if trim(after) == "" {
		return "", "", false
	}
	return name, rest, true
}

// entryLine reports whether line l of a yearbook begins a 条目: its title
// in brackets, or in bold (**重要会议** 1月10日，…), as some yearbooks print
// it.
func entryLine(l string) bool {
	t := trim(l)
	if _, _, ok := entryTitle(t); ok {
		return true
	}
	if _, _, ok := runInHead(t); ok {
		return true
	}
	if _, _, ok := bioHead(t); ok {
		return true // **赵文远**（1923—2001）　男，…: a 人物's biography
	}
	return opensTitle(t) || boldTitle(t, true)
}

// chapterLine matches a yearbook's heading printed as a plain line with
// its ordinal: 第一篇 概况, 第三章　县委工作, 第2节 人口. It returns the
// ordinal, the name and the depth of the heading (篇, 编, 部 and 卷 1, 章
// 2, 节 3).
func chapterLine(t string) (label, name string, depth int, ok bool) {
	s, found := strings.CutPrefix(t, "第")
	if !found || len(t) > 120 {
		return "", "", 0, false
	}
	i, n := 0, 0
	for i < len(s) {
		r, w := decodeRune(s[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || isCnDigit(r)) {
			break
		}
		i += w
		n++
	}
	if n == 0 || n > 4 {
		return "", "", 0, false
	}
	r, w := decodeRune(s[i:])
	switch r {
	case '篇', '编', '部', '卷':
		depth = 1
	case '章':
		depth = 2
	case '节':
		depth = 3
	default:
		return "", "", 0, false
	}
	i += w
	if strings.HasPrefix(s[i:], "分") {
		i += len("分") // 第一部分
	}
	// The mark between label and name (第一篇：, 第二章·) goes with the
	// label: it is no part of the name, and not lost.
	name = strings.TrimLeft(trim(s[i:]), "、：:·")
	label = trim(t[:len(t)-len(name)])
	name = trim(name)
	if utf8.RuneCountInString(name) > 30 || closed(name) || containsAnyOf(name, "，。；") {
		return "", "", 0, false
	}
	return label, name, depth, true
}

// Depths of a yearbook's headings that are not ATX: 第X篇 1, 第X章 2, 第X节
// 3, as chapterLine gives them; then the enumerated ones, and a plain
// line that holds 条目, deepest.
const (
	depthComma = 4 // 一、
	depthParen = 5 // （一）
	depthPlain = 9 // a short plain line over 条目
)

// detectYearbook decides whether the body is a yearbook's: several
// paragraphs begin with a short bracketed title (not an editorial label
// such as 【编者按】), at least two different ones, spread over more than
// one heading's text where the body has headings, and more of them than
// there are headings below the top level (a report's entry that opens
// one paragraph with a bracket does not make it a yearbook). A title
// naming a 年鉴 (宁川年鉴（2023）) is signal enough for one item, in
// brackets or in bold.
//
// levels are inferWrap's: the level of each body line that is a
// heading, 0 for the others.
func (p *parser) detectYearbook(levels []int8) bool {
	// Named a yearbook, its items may be titled in bold, as a report's
	// entries are; else bold lines are not looked at (a report of a
	// million bold titles would pay for it).
	if gazetteerTitle(p.iss.Title) && p.gazetteerBody() {
		// 宁川县志 over 第一章　种植业 and 一、小麦: a gazetteer, its 章 and
		// 节 the sections, 一、小麦 its items (gazetteerItem).
		p.gazetteer = true
		return true
	}
	named := yearbookTitle(p.iss.Title)
	count, bold, headings, deeper, scopes, lastScope := 0, 0, 0, 0, 0, -1
	minLevel := 7
	var first string
	distinct := false
	for i := p.bodyStart; i < len(p.lines); i++ {
		l := p.lines[i]
		if l == "" || p.isTransparent(i) {
			continue
		}
		if lvl := int(levels[i-p.bodyStart]); lvl > 0 { // (headingLevel's, as inferWrap read it)
			headings++
			if lvl > minLevel {
				deeper++
			}
			minLevel = min(minLevel, lvl)
			if named {
				if _, text, ok := heading(l); ok {
					if _, rest, ok := bracketTitle(trim(text)); ok && rest == "" {
						// # 【概况】, as MinerU sets every title on a
						// line of its own as a heading: a 条目.
						count++
					}
				}
			}
			continue
		}
		if named {
			if _, _, ok := runInHead(trim(l)); ok {
				count++ // 　　重要会议　1月10日，…: a 条目 whose bold pdftotext lost
				continue
			}
			if _, _, ok := bioHead(trim(l)); ok {
				count++ // **赵文远**（1923—2001）　男，…: a 人物's biography
				continue
			}
			if title, rest, ok := boldColonHead(trim(l)); ok {
				// **概况：**2022年，…: the colon inside the bold is read as
				// the space it stands for, as colonAfterBold reads one after
				// it, and the line is a bold title over its text.
				p.lines[i] = "**" + title + "** " + rest
				bold++
				continue
			}
		}
		if !mayOpenTitle(l) {
			continue // by its first byte, nearly every line of text
		}
		title, rest, ok := entryTitle(trim(l))
		if !ok {
			if named && boldTitle(l, true) {
				bold++
			}
			continue
		}
		if rest == "" && !named && p.titleOverDate(i+1) {
			continue // 【领导活动】 / 副市长李华调研… / 7月6日，…: a report's column
		}
		if rest == "" && !named && placeName(title) {
			// 【舞阳县】 alone over its items: a county's head in a report's
			// column of county news, no 条目 (a yearbook's 【城关镇】 runs its
			// text on, and its other 条目 are 【概况】, 【农业】).
			continue
		}
		count++
		if first == "" {
			first = title
		} else if title != first {
			distinct = true
		}
		if headings != lastScope {
			scopes++
			lastScope = headings
		}
	}
	if named && count+bold == 0 && p.countPlainTitles() >= 2 {
		// 概况 / 2022年，… in a yearbook with no markup at all: its 条目
		// titles are plain lines over their text.
		p.plainTitles = true
		return true
	}
	if named {
		return count+bold > 0
	}
	if count == 0 {
		return false
	}
	return count >= 3 && distinct && (headings == 0 || scopes >= 2) && count > deeper
}

// gazetteerBody reports whether the body has a chapter's heading with
// its ordinal (第一章　种植业, plain or ATX) and an item (一、小麦) over
// text: what a gazetteer is read by. A 县志's chapters over a chronicle
// alone (# 第一章 大事记 / # 2022年) are read as a chronicle.
func (p *parser) gazetteerBody() bool {
	chapter, item := false, false
	// over counts the plain lines of a 章 or a 节 over prose (第一节　粮食作物
	// / 　　小麦是…): a gazetteer with no items reads by them, its 章 and 节
	// its sections, unless a chapter is its chronicle.
	over, chron := 0, false
	for i := p.bodyStart; i < len(p.lines) && !(chapter && item); i++ {
		l := p.lines[i]
		t := trim(stripMarkup(l))
		_, text, atx := heading(l)
		if atx {
			t = trim(stripMarkup(text))
		}
		if strings.HasPrefix(t, "第") {
			if _, name, depth, ok := chapterLine(t); ok {
				chapter = true
				chron = chron || strings.Contains(name, "大事记")
				if j := p.nextText(i + 1); !atx && depth >= 2 && j >= 0 && sentencePunct(p.lines[j]) && !strings.HasPrefix(trim(p.lines[j]), "第") {
					over++
				}
				continue
			}
		}
		if !item {
			if _, ok := gazetteerItem(t); ok {
				j := p.nextText(i + 1)
				// (Its text, a sentence, perhaps cut by the wrap, and its
				// punctuation perhaps typed half-width.)
				item = j >= 0 && sentencePunct(p.lines[j])
			} else if _, rest, ok := gazetteerRunIn(t); ok {
				item = sentencePunct(rest) // 一、小麦　小麦是…: its text on its line
			}
		}
	}
	return chapter && (item || over >= 2 && !chron)
}

// gazetteerItem matches a gazetteer's item: 一、小麦, a short name after
// its ordinal alone on its line, over its text, and returns its title,
// the ordinal kept (an entry has no label, and the ordinal is the item's
// place in its 节). Only 一、: a （一） under it is a part of its text (the
// model has two levels, and 章 and 节 are the sections).
func gazetteerItem(t string) (title string, ok bool) {
	if t == "" || t[0] < 0xE4 || t[0] > 0xE9 {
		return "", false // a Han numeral first: nearly every line goes here
	}
	t = trim(stripMarkup(t))
	kind, label, name := enumeratedLine(t)
	if kind != cnComma || !headingText(name) {
		return "", false
	}
	return label + name, true
}

// gazetteerRunIn splits a gazetteer's item whose text runs on its line
// after a wide space (一、小麦　小麦是县内…), as Word's "save as text" or a
// compact setting prints it: the item's title as printed and the text.
// The name is gazetteerItem's, short, no sentence.
func gazetteerRunIn(t string) (title, rest string, ok bool) {
	if len(t) < 12 || t[0] < 0xE4 || t[0] > 0xE9 {
		return "", "", false // a Han numeral first: nearly every line goes here
	}
	k, gap := wideGap(t[:min(len(t), 16*3)])
	one := k < 0
	if one {
		// 一、小麦 小麦是…: one space, as a copy normalised to NFKC has
		// 　; a sentence must follow.
		k, gap = strings.IndexByte(t[:min(len(t), 16*3)], ' '), 1
	}
	if k <= 0 {
		return "", "", false
	}
	title, ok = gazetteerItem(t[:k])
	if !ok {
		return "", "", false
	}
	rest = trim(t[k+gap:])
	if rest == "" || one && !containsAnyOf(rest, "，。,") {
		return "", "", false
	}
	return title, rest, true
}

// itemLine is entryLine in a yearbook, and in a gazetteer also its item
// (一、小麦).
func (p *parser) itemLine(l string) bool {
	if entryLine(l) {
		return true
	}
	if !p.gazetteer {
		return false
	}
	_, ok := gazetteerItem(trim(l))
	return ok
}

// itemAt is itemLine for line k, and in a yearbook whose 条目 titles are
// plain lines also such a title (plainTitleAt).
func (p *parser) itemAt(k int) bool {
	return p.itemLine(p.lines[k]) || p.plainTitles && p.plainTitleAt(k)
}

// plainTitleAt reports whether line k is a 条目's title printed as a plain
// line over its text, as a yearbook with no markup prints it (概况 /
// 2022年，…): a short line of its own that ends no sentence, the next line
// at once its text, a sentence longer than it. (A heading has a blank
// line or another heading under it: 中共宁川县委员会 / (blank) / 概况.)
func (p *parser) plainTitleAt(k int) bool {
	l := p.lines[k]
	t := trim(l)
	if t == "" || (t[0] < 0xE2 || t[0] > 0xE9) && t[0] != '"' || k+1 >= len(p.lines) {
		return false // a Han character or a quotation mark first (“放管服”改革, "放管服"改革)
	}
	if !headingText(l) || closed(t) || periodHeading(t) {
		return false
	}
	if _, _, _, ok := chapterLine(t); ok {
		return false
	}
	next := trim(p.lines[k+1])
	if next == "" || headingText(next) || entryLine(next) || !sentencePunct(next) ||
		utf8.RuneCountInString(next) <= utf8.RuneCountInString(t)+2 {
		return false
	}
	return p.ownLine(k)
}

// countPlainTitles counts the lines of the body that plainTitleAt takes
// for a 条目's title.
func (p *parser) countPlainTitles() int {
	n := 0
	for i := p.bodyStart; i < len(p.lines); i++ {
		if !isBlank(p.lines[i]) && !p.isTransparent(i) && p.plainTitleAt(i) {
			n++
		}
	}
	return n
}

// titleOverDate reports whether the next non-blank line from i is a
// short line that ends no sentence (a report's title) and the one after
// it begins with a date: what follows a report's column name, where a
// yearbook's 条目 title is followed by its text. As a web page or a
// WeChat article sets its articles, a lead-in may stand over the title
// (确保明年底前完成试点县志初稿 / 市史志研究室召开…会), the title may name
// its county before a colon (清河县：村志编纂助力乡村振兴), a byline may
// follow it (文/赵文华 图/钱晓东: an article, dated or not), and a
// briefing's items may be bulleted (●11月2日，…); four such columns had
// made a report a yearbook, its columns 条目 and its titles their text.
func (p *parser) titleOverDate(i int) bool {
	i = p.nextText(i)
	if i < 0 || !p.reportTitleAt(i) {
		return false
	}
	j := p.nextText(i + 1)
	if j >= 0 && p.reportTitleAt(j) && !articleByline(trim(p.lines[j])) {
		j = p.nextText(j + 1) // the lead-in's title
	}
	if j < 0 {
		return false
	}
	t := trim(p.lines[j])
	if articleByline(t) {
		return true
	}
	if r, n := decodeRune(t); titleMarks.has(r) {
		t = trim(t[n:])
	}
	return startsWithMonthDay(t)
}

// reportTitleAt reports whether line i is short and ends no sentence, a
// report's title: no punctuation of a sentence, a colon only after a
// place's name (清河县：…).
func (p *parser) reportTitleAt(i int) bool {
	t := trim(p.lines[i])
	if closed(t) || p.full(p.lines[i]) || containsAnyOf(t, "，。；,;") || utf8.RuneCountInString(t) > 40 || startsWithMonthDay(t) {
		return false
	}
	if k := colonAt(t); k >= 0 {
		_, n := decodeRune(t[k:])
		return k <= 8*3 && k+n < len(t) && !containsAnyOf(t[k+n:], "：:")
	}
	return true
}

// articleByline matches an article's byline on its line: 文/赵文华
// 图/钱晓东, 本刊记者 吴思远.
func articleByline(t string) bool {
	if slashByline(t) || reporterByline(t) {
		return true
	}
	// 文/赵文华 图/钱晓东: two bylines a space apart.
	if k := indexAnyOf(t, " \u3000"); k > 0 {
		return slashByline(trim(t[:k])) && slashByline(trim(t[k:]))
	}
	return false
}

// nextText returns the index of the next line from i that is not blank
// or page furniture, or -1.
func (p *parser) nextText(i int) int {
	for ; i < len(p.lines); i++ {
		if !isBlank(p.lines[i]) && !p.isTransparent(i) {
			return i
		}
	}
	return -1
}

// headingLevel is heading's level and ok, without the text it makes.
func headingLevel(line string) (int, bool) {
	s := line
	if s != "" && s[0] == ' ' {
		s = trimLeftBlanks(s, false)
	}
	if s == "" || s[0] != '#' {
		return 0, false
	}
	level := 1 // (s[0] is #)
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level > 6 {
		return 0, false
	}
	// A character that is no space and no # after the hashes and their
	// spaces stays through the trims below: nearly every heading (## 标题)
	// is told so by its first byte.
	k := level // (by index: the slicing of a string each step had cost more than the look)
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) {
		if c := s[k]; c > ' ' && c < utf8.RuneSelf && c != '#' || c >= 0xE4 && c <= 0xE9 {
			return level, true
		}
	}
	return level, trim(strings.TrimRight(trim(s[level:]), "#")) != ""
}

// mayOpenTitle reports whether l may begin with a 条目's title or a bold
// one, by the first byte after its ASCII indentation: *, <, [, or the
// lead byte of 【, 〖, ［, U+3000 or a no-break space.
func mayOpenTitle(l string) bool {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i == len(l) {
		return false
	}
	switch l[i] {
	case '*', '<', '[', 0xE3, 0xEF, 0xC2:
		return true
	}
	return false
}

// holdsEntries reports whether the heading on line i holds 条目: one
// begins before the next heading. A heading followed at once by another
// heading holds that one, and counts as holding too.
func (b *bodyBuilder) holdsEntries(i int) bool {
	p := b.p
	text := false
	for k := i + 1; k < len(p.lines); k++ {
		l := p.lines[k]
		if isBlank(l) || p.isTransparent(k) {
			continue
		}
		if p.itemAt(k) {
			if text && l[0] == '*' && boldPoint(trim(l)) {
				// ## 奋力谱写… / ——在…讲话 / … / **一、2023年工作回顾**: a
				// speech's point after its text, a paragraph of the
				// article the heading titles (特载's), no 条目 (the
				// heading had been a section, the points its entries).
				continue
			}
			return true
		}
		if b.headingLine(k) {
			return !text
		}
		text = true
	}
	return false
}

// headingLine reports whether line k of a yearbook is a heading of any
// form: ATX, 第X篇, enumerated, a year or month, or a plain line over 条目.
func (b *bodyBuilder) headingLine(k int) bool {
	l := b.p.lines[k]
	if _, _, ok := heading(l); ok {
		return true
	}
	t := trim(l)
	if _, _, _, ok := chapterLine(t); ok {
		return true
	}
	if kind, _, _ := enumeratedLine(t); kind != notHeading {
		return true
	}
	return periodHeading(t) || b.plainHeading(k)
}

// plainHeading reports whether line k of a yearbook is a heading printed
// as a plain short line (or a bold one) with no ordinal: a line of its
// own, no sentence, followed by a 条目 or by another such heading.
func (b *bodyBuilder) plainHeading(k int) bool { return b.plainHeadingUnder(k, 1) }

// plainHeadingUnder is plainHeading; over another such heading after a
// blank line (政 治 / (blank) / 中共宁川县委员会 / (blank) / 概况), up to
// depth such headings.
func (b *bodyBuilder) plainHeadingUnder(k, depth int) bool {
	p := b.p
	if b.inIndex() {
		return false // 安全生产　4 / 白水县　5: an index's terms, no headings
	}
	if !headingText(p.lines[k]) || !p.ownLine(k) || caption(trim(p.lines[k])) || p.afterImage(k) {
		return false
	}
	if listRow(trim(stripMarkup(p.lines[k]))) && !p.centredLine(k) {
		// (财政　税务 centred on its page is a 类目 of two names, no list's
		// row: a list's rows are set at the margin.)
		return false
	}
	for n := k + 1; n < len(p.lines); n++ {
		l := p.lines[n]
		if p.isTransparent(n) {
			continue
		}
		if isBlank(l) {
			// A line of its own: what follows the blank line decides.
			for n++; n < len(p.lines) && (isBlank(p.lines[n]) || p.isTransparent(n)); n++ {
			}
			if n == len(p.lines) {
				return false
			}
			l = p.lines[n]
			if p.itemAt(n) {
				return true
			}
			if _, _, ok := heading(l); ok {
				return true
			}
			t := trim(l)
			if _, _, _, ok := chapterLine(t); ok {
				return true
			}
			if k, _, _ := enumeratedLine(t); k != notHeading {
				return true
			}
			// Over another heading after a blank line in a book of plain
			// titles; or, where its name is letter-spaced (经 济 管 理, 政　治,
			// a 类目's name as plain pdftotext prints it across the page
			// over its first 分目's, 发展和改革 / 【概况】…), in any book:
			// no text's line is set so.
			// Or, centred on the page as pdftotext -layout keeps it, over
			// another line centred so (综合经济管理 over 发展和改革 over
			// 【概况】…): no text's line is set so either.
			if depth == 0 || !p.plainTitles && !p.spacedHeading(k) && !(p.centredLine(k) && p.centredLine(n)) {
				return false
			}
			return b.plainHeadingUnder(n, depth-1)
		}
		if p.itemAt(n) {
			return true
		}
		// 经济 / （一）农业 / 【概况】…: a part's name over its first
		// chapter's, numbered, with no blank line between.
		if t := trim(l); strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(") || strings.HasPrefix(t, "第") || t != "" && t[0] >= 0xE4 && t[0] <= 0xE9 {
			if _, _, _, ok := chapterLine(t); ok {
				return true
			}
			if k, _, _ := enumeratedLine(t); k != notHeading && p.itemsFollow(n) {
				return true
			}
		}
		// 经济 / 农业 / 【粮食生产】…: a part's name over a chapter's, with no
		// blank line, the chapter's over its 条目.
		if headingText(l) && !closed(trim(l)) {
			for m := n + 1; m < len(p.lines) && m <= n+3; m++ {
				if p.isTransparent(m) || isBlank(p.lines[m]) {
					continue
				}
				return p.itemAt(m)
			}
		}
		return false
	}
	return false
}

// ownLine reports whether line k begins a block of its own: after a
// blank line, or after a page break that ends a sentence (not the tail of
// one the break cut: …组织开展理论宣 / — 36 — / 讲活动260场次).
func (p *parser) ownLine(k int) bool { return p.ownLineUnder(k, 2) }

// ownLineUnder is ownLine; under a short line of its own (a part's name
// over a chapter's, 经济 / 农业, no blank line between) too, up to depth
// such lines.
func (p *parser) ownLineUnder(k, depth int) bool {
	for j := k - 1; j >= p.bodyStart; j-- {
		switch {
		case p.isTransparent(j):
		case isBlank(p.lines[j]):
			return true
		default:
			if _, _, ok := heading(p.lines[j]); ok {
				return true
			}
			// A line after a sentence or a heading, in a copy with no blank
			// lines; not the tail of a sentence a page break cut.
			t := trim(p.lines[j])
			_, _, _, chapter := chapterLine(t)
			kind, _, _ := enumeratedLine(t)
			// A credit (撰稿：张伟, 撰稿　张伟　　审稿　李强) ends its 条目 as a
			// full stop does; one whose name the wrap cut (撰稿：张 / 伟)
			// goes on.
			if closed(t) || chapter || kind != notHeading || distributionLine(t) && !cutCredit(t) || creditLead(t) && !cutCredit(t) || tableEnds(t) {
				return true
			}
			return depth > 0 && headingText(p.lines[j]) && p.ownLineUnder(j, depth-1)
		}
	}
	return true
}

// tableEnds reports whether t is a table's row or its end, which ends its
// block as a full stop does (| 社会消费品零售总额 | 812.4 | 5.3 | / 经济 /
// 农业 / 【粮食生产】…, +----+----+, …</table>, in a copy with no blank
// lines: the headings under a 条目's table had run into one paragraph of
// it, silently).
func tableEnds(t string) bool {
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case '|':
		return t[len(t)-1] == '|'
	case '+':
		return t[len(t)-1] == '+'
	}
	return t[len(t)-1] == '>' && strings.HasSuffix(t, "</table>")
}

// creditWords mark a line that credits the writer of an item (撰稿 张三),
// not a heading.
var creditWords = [...]string{"撰稿", "供稿", "审稿", "执笔", "审核", "摄影", "编辑", "责编",
	"審稿", "執筆", "審核", "攝影", "編輯", "責編"} // the last in traditional characters

// bookPiece reports whether name is one of the pieces a yearbook or a
// gazetteer prints before its parts or after them, over text alone.
func bookPiece(name string) bool {
	switch name {
	case "凡例", "编辑说明", "编纂说明", "前言", "序", "序言", "后记", "编后记", "概述", "综述":
		return true
	}
	return false
}

// bookPart reports whether name is a part of a yearbook that holds
// articles or lists rather than 条目: 特载, 专文, 附录, 索引.
func bookPart(name string) bool {
	switch name {
	case "特载", "专文", "专记", "附录", "索引", "人物", "统计资料":
		return true
	}
	return false
}

// gapAfter reports whether the line after line (1-based) is blank or a
// page's furniture: a line alone, as a heading stands.
func (p *parser) gapAfter(line int) bool {
	return line < len(p.lines) && (isBlank(p.lines[line]) || p.isTransparent(line))
}

// nextIsShortRow reports whether the next line of text after 1-based
// line is a list's row (王建国　全省优秀教师).
func (p *parser) nextIsShortRow(line int) bool {
	k := p.nextText(line)
	return k >= 0 && shortRow(trim(stripMarkup(trim(p.lines[k]))))
}

// partTitle reports whether t can be the title of an article or a list
// in a bookPart: short, no sentence, a year first perhaps (2022年宁川县
// 获市级以上表彰的先进集体名录), which headingText does not let be.
// Not an article's point (一、2022年工作回顾) nor its subtitle (——2022年
// 12月28日在…), nor an index's letter (A).
func partTitle(t string) bool {
	if len(t) < 4*3 || len(t) > 40*3 || enumerator(t) > 0 {
		return false
	}
	if r, _ := decodeRune(t); !han(r) && (r < '0' || r > '9') && (r < '０' || r > '９') {
		return false
	}
	return utf8.RuneCountInString(t) <= 40 && !containsAnyOf(t, "。，；：！？:;,!?|#*<>【】") && !closed(t)
}

// inIndex reports whether the section being read is an index (索引).
func (b *bodyBuilder) inIndex() bool {
	return b.sec >= 0 && indexHeading(b.iss.Sections[b.sec].Name)
}

// inBookPart reports whether the section being read is a bookPart.
func (b *bodyBuilder) inBookPart() bool {
	return b.sec >= 0 && bookPart(b.iss.Sections[b.sec].Name)
}

// cutCredit reports whether t is a credit (撰稿：张) whose name is one
// character: a name the wrap cut, names having two at least.
func cutCredit(t string) bool {
	if !distributionLine(t) {
		return false
	}
	_, v, ok := strings.Cut(t, "：")
	if !ok {
		_, v, _ = strings.Cut(t, ":")
	}
	v = trim(v)
	r, n := decodeRune(v)
	return n == len(v) && han(r)
}

// nameTail reports whether t is the rest of a name the wrap cut: one or
// two Chinese characters, a closing bracket perhaps (伟, 建国）).
func nameTail(t string) bool {
	t = strings.TrimSuffix(t, "）")
	n := 0
	for _, r := range t {
		if !han(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// creditLead reports whether t begins with a credit's word and a space or
// a colon (撰稿　张伟　　审稿　李强, 撰稿：张伟): a 条目's credit line.
func creditLead(t string) bool {
	if t == "" || t[0] < 0xE4 {
		return false // (every credit word is Han)
	}
	for _, c := range creditWords {
		if rest, ok := strings.CutPrefix(t, c); ok {
			return strings.HasPrefix(rest, "\u3000") || strings.HasPrefix(rest, "：") || rest != "" && (rest[0] == ' ' || rest[0] == ':')
		}
	}
	return false
}

// creditWord reports whether w is one of creditWords or 撰稿人.
func creditWord(w string) bool {
	if w == "撰稿人" {
		return true
	}
	for _, c := range creditWords {
		if w == c {
			return true
		}
	}
	return false
}

// spacedCredit reports whether t is a credit set by wide spaces, not a
// colon (撰稿　张伟　　审稿　李强), as Word's "save as text" leaves the
// one that closes a 条目: no sentence to end with a full stop.
func spacedCredit(t string) bool {
	k, _ := wideGap(t[:min(len(t), 4*3)])
	if k < 0 {
		k = strings.IndexByte(t[:min(len(t), 4*3)], ' ') // 撰稿 张伟 审稿 李强: 　 normalised to a space (NFKC)
	}
	if k <= 0 || !creditWord(t[:k]) {
		return false
	}
	f := strings.Fields(t[k:])
	return len(f) > 0 && authorName(f[0])
}

// headingText reports whether line l can be a yearbook heading printed
// with no ordinal: short, bold or plain, with no punctuation of a
// sentence, not a 条目 and not a credit line such as （撰稿：张三）.
func headingText(l string) bool {
	t := trim(l)
	if inner, ok := boldOnly(t); ok {
		t = inner
	}
	if t == "" || len(t) > 90 || utf8.RuneCountInString(t) > 24 || hasMarkup(t) {
		return false
	}
	for _, w := range creditWords {
		if strings.Contains(t, w) {
			return false
		}
	}
	if containsAnyOf(t, "。．，；：！？、（）()【】〖〗［］[]:;,.!?|#*<>=") || strings.IndexByte(t, '"') >= 0 && !straightQuotes(t) {
		return false
	}
	r, _ := decodeRune(t)
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return false
	}
	for _, r := range t {
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

// straightQuotes reports whether the " of t are “” typed straight: two,
// around a word beyond ASCII ("放管服"改革), as “放管服”改革 is quoted.
func straightQuotes(t string) bool {
	i := strings.IndexByte(t, '"')
	j := strings.LastIndexByte(t, '"')
	return i >= 0 && j > i+1 && strings.Count(t, "\"") == 2 && t[i+1] >= utf8.RuneSelf && t[j-1] >= utf8.RuneSelf
}

// yearbookHeading matches line i of a yearbook as a heading printed as a
// plain line: 第一篇 概况, 一、…, （一）…, or a short line over 条目.
func (b *bodyBuilder) yearbookHeading(i int) (label, name string, depth int, ok bool) {
	t := trim(b.p.lines[i])
	if label, name, depth, ok := chapterLine(trim(stripMarkup(t))); ok {
		return label, name, depth, true
	}
	switch kind, label, name := enumeratedLine(trim(stripMarkup(t))); kind {
	case cnComma:
		if b.p.itemsFollow(i) {
			return label, name, depthComma, true
		}
	case cnParen:
		if b.p.itemsFollow(i) {
			return label, name, depthParen, true
		}
	}
	if b.plainHeading(i) {
		if inner, ok := boldOnly(t); ok {
			t = inner
		}
		// 政　治, letter-spaced as a part's name is printed: 政治.
		return "", unspace(trim(t)), depthPlain, true
	}
	return "", "", 0, false
}

// spacedHeading reports whether line k is a name letter-spaced
// throughout, 经 济 管 理 or 政　治, as a yearbook prints a 类目's name
// (clean took the spaces of the first out: the line as printed).
func (p *parser) spacedHeading(k int) bool {
	t := p.lines[k]
	if o, ok := p.rewritten[k]; ok {
		t = o
	}
	t = trim(t)
	return len(t) <= 40*3 && (spacedPair(t) != t || letterSpaced(t) != t)
}

// centredLine reports whether line k is set well in from the margin, as
// pdftotext -layout keeps a heading centred on its page: twelve spaces
// or more before its text (a paragraph's first line is set in by two
// characters, four spaces at most).
func (p *parser) centredLine(k int) bool {
	l := p.lines[k]
	if o, ok := p.rewritten[k]; ok {
		l = o // (as printed: clean took a letter-spaced name's spaces out)
	}
	return len(l) > 12 && l[0] == ' ' && strings.HasPrefix(l, "            ")
}

// spacedPair returns a name of two characters letter-spaced (政　治,
// 概　况, 农　业), as a yearbook or a gazetteer prints a 篇's or an 编's
// name after its label and as a heading, without the space: 政治.
// letterSpaced leaves two characters be (a report's 王 刚 may be a name);
// a book's part is never a person.
func spacedPair(name string) string {
	if len(name) < 7 || len(name) > 12 {
		return name // two Chinese characters and one to six bytes of space
	}
	a, n := decodeRune(name)
	z, m := decodeLastRune(name)
	if a < 0x3400 || a > 0x9FFF || z < 0x3400 || z > 0x9FFF {
		return name
	}
	for _, c := range name[n : len(name)-m] {
		if c != ' ' && c != '\u3000' && c != '\t' {
			return name
		}
	}
	return name[:n] + name[len(name)-m:]
}

// yearbookPlace places a heading of a yearbook at depth: a section when it
// holds 条目, when it is no deeper than the current section (a sibling or
// an uncle, which an entry of the current section would misplace), or
// when there is no section yet; else an entry of the current section
// (特载's 政府工作报告, a 分目's 综述).
func (b *bodyBuilder) yearbookPlace(label, name string, depth, i int) {
	b.close()
	// A gazetteer's 编, 章 and 节 are its sections, whether a 节 holds items
	// (一、小麦) or text alone.
	if b.holdsEntries(i) || b.secDepth == 0 || depth <= b.secDepth || b.p.gazetteer && depth <= 3 {
		b.newSection(sectionOf(label, name, i+1))
		b.secDepth = depth
		return
	}
	b.newEntry(trim(label+name), i+1)
}

// yearbookText places a block of a yearbook that begins with a 条目's
// title; it reports false for any other block.
func (b *bodyBuilder) yearbookText(lines []string, s string, line int, fresh bool) bool {
	title, rest, ok := entryTitle(s)
	if !ok {
		title, rest, ok = runInHead(s)
	}
	if !ok && b.p.gazetteer {
		title, rest, ok = gazetteerRunIn(s)
	}
	if ok && b.inIndex() {
		// 财政收入　7, 8 under 索引: a term and its pages, a line of the
		// index, no 条目 (each had been one, some sections).
		return false
	}
	if !ok {
		// **赵文远**（1923—2001）　男，…: a biography, titled by the name,
		// the years of the life kept in its text. Undated: the years are
		// no date of an event.
		if title, rest, ok = bioHead(s); ok {
			b.newEntry(unspace(title), line)
			b.para(trim(stripMarkup(rest)), line)
			return true
		}
	}
	if !ok {
		switch {
		case opensBracket(s):
			b.p.warn(line, "begins with a bracket but is not read as the title of an item (条目): %q", clipText(s, 30))
		case fresh && len(lines) == 1 && len(s) <= 5*3+4*3 && bookPiece(unspace(trim(stripMarkup(s)))):
			// 凡　例 over its points, 编辑说明, 后记: a piece of the book of
			// its own, titled so, as 【概况】 titles its 条目 (it had been a
			// line of text warned as a heading perhaps).
			b.newEntry(unspace(trim(stripMarkup(s))), line)
			return true
		case (fresh || b.p.gapAfter(line)) && len(lines) == 1 && len(s) <= 4*3+3*3 && bookPart(unspace(trim(stripMarkup(s)))):
			// 特　载, 专文, 附　录, 索　引 alone on its line: a part of the
			// book, a section, though no 条目 follows (an article does,
			// or a list). After a page's break too (…全省优秀共产党员 /
			// — 40 — / 附　录), the blank lines the break's.
			b.close()
			b.newSection(model.Section{Name: unspace(trim(stripMarkup(s))), Line: line})
			b.secDepth = depthPlain
			return true
		case (fresh || !b.entry) && len(lines) == 1 && (b.inBookPart() && partTitle(trim(stripMarkup(s))) || listTitle(trim(stripMarkup(s))) && b.p.nextIsShortRow(line)) && !speakerLine(s) && (!listRow(trim(stripMarkup(s))) || captionLabel(trim(stripMarkup(s)))) && !b.tableInArticle(trim(stripMarkup(s)), line):
			// (So a 名录's title over its rows under a 分目 of 人物 as Word
			// gives it, ## 先进集体和先进个人名录 / 2023年…先进个人名录 /
			// 周建华　　全国优秀党务工作者: it had been the untitled entry's
			// first paragraph.)
			// (表1　2023年…主要经济指标, a table's caption its label set off
			// by a wide space as Word's caption field sets it, is no
			// 名录's row: it had been text of the untitled entry above, the
			// next table's caption a paragraph of the first table.)
			// 政府工作报告 under 特载, 2022年…先进集体名录 under 附录: an
			// article's or a list's title over its text, an entry titled so;
			// the part's first line too where no blank line set it apart
			// from the part's name (a page's break between them, 附　录 /
			// — 39 — / 2022年…目录, or none), the text under it indented.
			b.newEntry(trim(stripMarkup(s)), line)
			return true
		case fresh && len(lines) == 1 && headingText(lines[0]) && !boldTitle(lines[0], true) && !speakerLine(s) && !listRow(trim(stripMarkup(s))):
			// 人大工作 over text with no 条目: a heading, or a line of the
			// text before it? Only the print tells.
			b.p.warn(line, "a short line of its own, read as text of %q: a heading? (no item (条目) follows it)", clipText(s, 30))
			// A paragraph of its own, which the text after it does not go on.
			b.para(trim(stripMarkup(s)), line)
			b.close()
			return true
		}
		return false
	}
	if trim(rest) == "" && len(lines) == 1 && !b.p.gazetteer && bracketName(stripMarkup(s)) {
		if j := b.p.nextText(line); j >= 0 {
			if _, r, ok := entryTitle(trim(b.p.lines[j])); ok && trim(r) == "" {
				// 【工作动态】 / 【县志办召开志书评审会】 / 11月3日，…: a short
				// name with no text over a title alone on its line is a
				// column's, a section (it had been a 条目 with no text).
				b.close()
				b.newSection(model.Section{Name: trim(stripMarkup(s)), Line: line})
				return true
			}
		}
	}
	b.newEntry(title, line)
	if rest = trim(stripMarkup(rest)); rest != "" {
		b.para(rest, line)
	}
	if k := inlineTitle(rest); k >= 0 {
		t, _, _ := entryTitle(rest[k:])
		b.p.warn(line, "an item's title (条目) inside the text of %q: %q (a lost line break?)", title, t)
	}
	return true
}

// inlineTitle returns where a 条目's title begins inside s after the end of
// a sentence (…56.7万人。【干部队伍建设】全年…), as a conversion that lost
// a line break leaves it; -1 when there is none.
func inlineTitle(s string) int {
	for _, br := range titleBrackets[:3] {
		for off := 0; ; {
			j := strings.Index(s[off:], br[0])
			if j < 0 {
				break
			}
			j += off
			off = j + len(br[0])
			if j == 0 {
				continue
			}
			if r, _ := decodeLastRune(trim(s[:j])); !strings.ContainsRune("。！？；", r) {
				continue
			}
			if _, _, ok := entryTitle(s[j:]); ok {
				return j
			}
		}
	}
	return -1
}

// sectionOf makes the section of a heading: 第一篇 and 概况 apart; a
// heading that is only an ordinal is named by it.
func sectionOf(label, name string, line int) model.Section {
	if name == "" {
		name, label = label, ""
	}
	return model.Section{Name: name, Label: label, Line: line}
}

// yearbookSection places an ATX heading below the top level of a
// yearbook as a section, where yearbookPlace would, and reports whether
// it did; else it is an entry, as a report's.
func (b *bodyBuilder) yearbookSection(text string, level, i int) bool {
	if !b.holdsEntries(i) && b.secDepth != 0 && level > b.secDepth {
		return false
	}
	name, label := text, ""
	if n := enumerator(text); n > 0 {
		name, label = trim(text[n:]), trim(text[:n])
	}
	b.newSection(model.Section{Name: name, Label: label, Line: i + 1})
	b.secDepth = level
	return true
}

// itemsFollow reports whether a 条目 (an entry line: a title in brackets or
// bold) comes after line i before the next heading: an enumerated line
// over 条目 is a heading of the book; over text alone it is a point of an
// article (特载's 政府工作报告: 一、2022年工作回顾 / 过去一年，…).
func (p *parser) itemsFollow(i int) bool {
	for k := i + 1; k < len(p.lines) && k <= i+400; k++ {
		l := p.lines[k]
		if isBlank(l) || p.isTransparent(k) {
			continue
		}
		t := trim(l)
		if p.itemAt(k) {
			return true
		}
		// Headings between (（一）, ### 县委工作) are passed: what the first
		// line of content is decides.
		if _, _, ok := heading(t); ok {
			continue
		}
		if _, _, _, ok := chapterLine(t); ok {
			continue
		}
		if kind, _, _ := enumeratedLine(t); kind != notHeading {
			continue
		}
		return false
	}
	return false
}

// bylineAbove reports whether pt, the line above a picture's credit, is
// an article's byline (文/王建国, 本刊记者　张华, 县长　王建民): a line
// of its own, no caption the credit ends.
func bylineAbove(pt string) bool {
	return len(pt) <= 30*3 && (slashByline(pt) || reporterByline(pt) || speakerLine(pt))
}

// speakerLine reports whether t is a speaker's byline: an office, a wide
// space and a name alone (县长　王建民), as under a report's title; or a
// space, as a copy normalised to NFKC or typed so sets it (县长 王建民).
func speakerLine(t string) bool {
	k, _ := wideGap(t)
	if k < 0 {
		k = strings.IndexByte(t, ' ')
	}
	if k <= 0 || k > 12*3 {
		return false
	}
	for _, r := range t[:k] {
		if !han(r) {
			return false
		}
	}
	return authorName(trimLeftSpaces(t[k:]))
}

// runInHead splits a 条目 whose title runs into its text, set off by an
// ideographic space or two spaces (重要会议　1月10日，…), as a yearbook
// prints it in bold and pdftotext keeps it without: the title is two to
// twelve Chinese characters, nothing else.
func runInHead(t string) (title, rest string, ok bool) {
	if len(t) < 9 || t[0] < 0xE4 || t[0] > 0xE9 {
		return "", "", false // a Han character first
	}
	k, gap := wideGap(t[:min(len(t), 13*3)])
	one := false // set off by one space
	if k < 0 {
		// 重要会议 1月10日，…: one space, as a copy normalised to NFKC
		// has 　; then a sentence must follow (王建国 全省优秀教师 is a
		// 名录's row, 县长 王建民 a speaker).
		k, gap, one = strings.IndexByte(t[:min(len(t), 9*3)], ' '), 1, true
	}
	if k <= 0 {
		return "", "", false
	}
	title = t[:k]
	n := 0
	for _, r := range title {
		if r < 0x4E00 || r > 0x9FFF {
			return "", "", false
		}
		n++
	}
	rest = trim(t[k+gap:])
	if n < 2 || n > 12 || rest == "" {
		return "", "", false
	}
	if one && (n > 8 || len(rest) < 10*3 || !containsAnyOf(rest[:min(len(rest), 40*3)], "，。,") || strings.IndexByte(rest, ' ') >= 0 ||
		rest[0] < 0xE4 && !startsWithMonthDay(rest) && !(len(rest) > 4 && allDigits(rest[:4]) && strings.HasPrefix(rest[4:], "年"))) {
		// (…可办率达 98.6%。: a line a wrap cut before a figure set apart
		// by spaces.)
		return "", "", false
	}
	if strings.HasPrefix(title, "第") && containsAnyOf(title[len(title)-3:], "条款") {
		// 第一条　为规范…: an article of a document in the 附录, its text.
		return "", "", false
	}
	if n <= 3 && creditWord(title) {
		// 撰稿　张伟　　审稿　李强: the credit that closes a 条目, as Word's
		// "save as text" keeps it, set by wide spaces; no 条目 titled 撰稿.
		return "", "", false
	}
	if speakerLine(t) {
		// 县长　王建民 under 政府工作报告: the speaker's byline; a 条目's
		// text is no name alone.
		return "", "", false
	}
	if shortRow(t) {
		// 王建国　全省优秀教师: a 名录's name and honour, a row of a list;
		// a 条目's text is a sentence.
		return "", "", false
	}
	if !containsAnyOf(rest, "，。；,;") && (strings.Contains(rest, "  ") || strings.Contains(rest, "\u3000")) {
		// 粮食产量   万吨    31.6: a row of a table set out in columns by
		// spaces (pandoc's simple table, pdftotext's 统计资料), three
		// columns or more; a 条目's text is a sentence.
		return "", "", false
	}
	if eventStart(title) || yearPart(title) {
		// 同日　…, 下旬　…, 是月　…, 春节期间　…, 初春　…: a chronicle's event dated
		// by the one above it, set off by its space as 26日　… is, not a
		// 条目's title (it would take the next event as its text).
		return "", "", false
	}
	return title, rest, true
}

// boldColonHead splits a 条目 whose title is set in bold with its colon
// inside the bold, run into its text (**概况：**2022年，…), as some offices
// set a yearbook's items: the title without its colon, and the text. Only
// a book named a yearbook is read so: a report's **会议要求：**… is a
// paragraph's emphasis.
func boldColonHead(t string) (title, rest string, ok bool) {
	inner, after, ok := strings.Cut(strings.TrimPrefix(t, "**"), "**")
	if !ok || len(inner) == len(t)-2 || !strings.HasPrefix(t, "**") {
		return "", "", false
	}
	head, found := strings.CutSuffix(inner, "：")
	if !found {
		head, found = strings.CutSuffix(inner, ":")
	}
	if !found || !titleText(trim(head)) || trim(after) == "" {
		return "", "", false
	}
	return trim(head), trim(after), true
}

// listRow reports whether t is a row of a list set out with a wide space
// between its two columns, as a yearbook's 名录 prints a name and its
// honour (王建国　全省优秀教师, 宁川县第一中学　全国文明校园): a line of
// text, not a heading, whose name is never set so. A letter-spaced name
// (政　治) has a character a side, a label (三　重要会议) one on the left.
func listRow(t string) bool {
	_, ok := rowRight(t)
	return ok
}

// rowRight returns the second column of listRow's row t.
func rowRight(t string) (string, bool) {
	// The left column is a name or a document's number, some 30
	// characters at most: the gap is looked for there only, not over
	// every line of prose that a join asks about.
	i, gap := wideGap(t[:min(len(t), 30*3)])
	if i <= 0 {
		return "", false
	}
	left, right := t[:i], trimLeftSpaces(t[i+gap:])
	if containsAnyOf(right, " \u3000") {
		return "", false // 宁　川　县: letter-spaced throughout
	}
	return right, utf8.RuneCountInString(left) >= 2 && utf8.RuneCountInString(right) >= 2
}

// shortRow reports whether t is a list's row (listRow) whose second column
// is a short phrase, no sentence: 王建国　全省优秀教师, 安全生产　123a.
func shortRow(t string) bool {
	right, ok := rowRight(t)
	return ok && utf8.RuneCountInString(right) <= 16 && !containsAnyOf(right, "，。．、；：,.;:！？")
}

// wideGap returns where the first wide space of s begins — an ideographic
// space, or two spaces not at its start — and its width; -1 when none.
func wideGap(s string) (at, width int) {
	at, width = strings.Index(s, "\u3000"), len("\u3000")
	if j := strings.Index(s, "  "); j > 0 && (at < 0 || j < at) {
		at, width = j, 2
	}
	return at, width
}

// recordedYear returns the year a yearbook records, as its front piece
// (编辑说明, 凡例) states it: 记述时限为2023年1月1日至12月31日, or
// 系统地记述青岚县2023年自然、政治…情况; 0 when none says, or the span is
// more than one year. The edition's year (宁川年鉴（2024）) is not it,
// most often the year after (see dates).
func (p *parser) recordedYear() int {
	for si, s := range p.iss.Sections {
		if si > 1 {
			break // (the front pieces come first)
		}
		// 凡　例 read as a section over its points, untitled (a copy cut at
		// its column, whose points no longer begin their lines set in):
		// the piece's text all the same (its year had been lost, every
		// 条目's date undated by its year, silently).
		piece := bookPiece(unspace(s.Name))
		for _, e := range s.Entries {
			if !bookPiece(unspace(e.Title)) && !(piece && e.Title == "") {
				continue
			}
			for _, para := range e.Paragraphs {
				if y := statedYear(para.Text); y != 0 {
					return y
				}
			}
		}
	}
	return 0
}

// statedYear reads the year a front piece's paragraph says the book
// records: the first year after 时限, 断限 or 记述, within a few
// characters, and no other year up to the span's end (至12月31日, or
// 至2023年12月31日 of the same year).
func statedYear(t string) int {
	for _, w := range [...]string{"时限", "断限", "记述"} {
		i := strings.Index(t, w)
		if i < 0 {
			continue
		}
		rest := t[i+len(w):]
		// 时限为, 记述青岚县: a few characters, no sentence's stop, then
		// the year.
		for n := 0; n < 12 && rest != ""; n++ {
			r, size := decodeRune(rest)
			if isFigure(r) || cnYearFirst(rest) {
				break
			}
			if strings.ContainsRune("，。；：,;", r) {
				rest = ""
				break
			}
			rest = rest[size:]
		}
		y, ok := printedYear(rest)
		if !ok || !yearFirst(rest) && !cnYearFirst(rest) {
			continue
		}
		if j := strings.Index(rest, "至"); j > 0 && j < 40 {
			// 2023年1月1日至2024年6月30日: more than one year.
			if y2, ok := printedYear(rest[j+len("至"):]); ok && y2 != y {
				return 0
			}
		}
		return y
	}
	return 0
}

// cnYearFirst reports whether s begins with a year in four Chinese
// digits and 年, as the older style prints it (记述二〇二二年…, 二○二二年,
// 二零二二年).
func cnYearFirst(s string) bool {
	if !cnNumeralStart(s) {
		return false
	}
	d := dateScanner{s: s}
	y, ok := d.cnPositional(0)
	return ok && y >= 1000 && strings.HasPrefix(s[d.i:], "年")
}

// yearFirst reports whether s begins with a year in four figures, half-
// or full-width, and 年: 2023年, ２０２３年 (not 2023.11, nor 12月).
func yearFirst(s string) bool {
	for n := 0; n < 4; n++ {
		r, size := decodeRune(s)
		if !isFigure(r) {
			return false
		}
		s = s[size:]
	}
	return strings.HasPrefix(s, "年")
}

// boldPoint reports whether t is a point in Chinese numerals set in bold
// alone on its line (**一、2023年工作回顾**, **（一）…**): an article's
// point, where text comes before it.
func boldPoint(t string) bool {
	inner, ok := boldOnly(t)
	if !ok {
		return false
	}
	k, _, _ := enumeratedLine(trim(inner))
	return k == cnComma || k == cnParen
}
