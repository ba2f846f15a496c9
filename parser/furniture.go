package parser

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Page furniture is what a PDF conversion repeats at every page break:
// the page number in the footer (— 12 —, - 12 -, ·12·, 第12页, or a bare
// 12), the running head (the publication's name, often with the issue),
// and a form feed. It falls anywhere, in the middle of a sentence too.
// The parser takes it out of the text, keeps what it tells (where each
// printed page begins) and records every line it took in
// Issue.Furniture.

func (p *parser) addFurniture(i int, kind model.FurnitureKind, text string) {
	if p.furn == nil {
		p.furn = make([]bool, len(p.lines))
	}
	if p.furn[i] {
		return
	}
	p.furn[i] = true
	if q, ok := p.rewritten[i]; ok {
		if n := len(q); n > 0 && q[n-1] == '\\' && kind != model.Markup {
			q = lineEnd(q, false) // (大事记　·103·\: pandoc's hard break is no text, as a tag is not)
		}
		text, _ = cleanLine(q) // as every furniture line is: no invisible characters
	}
	p.iss.Furniture = append(p.iss.Furniture, model.Furniture{Line: i + 1, Kind: kind, Text: text})
	if kind == model.Image {
		p.images = append(p.images, i)
	}
}

// afterImage reports whether the line before line i, blank lines aside,
// is a picture: the line is its caption (宁川县新时代文明实践中心 under a
// photograph), not a heading.
func (p *parser) afterImage(i int) bool {
	if len(p.images) == 0 {
		return false
	}
	k := i - 1
	for n := 0; k >= 0 && n < 3 && isBlank(p.lines[k]); n++ {
		if _, found := slices.BinarySearch(p.images, k); found {
			return true // the picture's line, emptied
		}
		k--
	}
	_, found := slices.BinarySearch(p.images, k)
	return found
}

// imageAbove reports whether the line before line i, blank lines and a
// page's furniture aside, is a picture (![](…) / — 3 — / 宁川史志 / its
// caption).
func (p *parser) imageAbove(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if _, found := slices.BinarySearch(p.images, k); found {
			return true
		}
		if !isBlank(p.lines[k]) && !p.isFurniture(k) {
			return false
		}
	}
	return false
}

// pictureCaption reports whether t, the text of a paragraph that begins
// on line i (0-based), is the caption of the picture just above it, its
// credit at its end: ![](images/p12.png) / 2023年11月3日，李明俊在叶县调研。
// （摄影：张伟）. In an article its date is the photograph's, its own: it
// does not date the article (it had been the article's date where the
// text prints none, silently). (A dated line under a picture without
// a credit may be the event the picture shows, and is left as it reads;
// a chronicle's caption, or a 图片 chapter's, untitled, is a day's item
// of its own.)
func (p *parser) pictureCaption(t string, i int) bool {
	if len(p.images) == 0 || t == "" || t[len(t)-1] != ')' && !strings.HasSuffix(t, "）") || !creditClosed(t) {
		return false
	}
	// The picture above, blank lines and a page's furniture between (a
	// page number, the break: the picture at a page's foot, its caption
	// atop the next).
	return p.imageAbove(i)
}

// isFurniture reports whether line i was taken out as furniture.
func (p *parser) isFurniture(i int) bool { return p.furn != nil && p.furn[i] }

// pageCandidate is a line that holds nothing but a page number.
type pageCandidate struct {
	line, n   int
	decorated bool // — 12 —, 第12页: a page number whatever follows; a bare 12 needs company
	foot      bool // a running footer's (…第1页): the number of the page that ends
}

// furniture finds page numbers and running heads, takes them out of
// p.lines and works out where each printed page begins.
func (p *parser) furniture() {
	var cands []pageCandidate
	var web []int   // the lines of a web page's chrome, in order
	var glued []int // the lines a page number was run into, set under them
	links := false  // under 往期推荐: the links to other articles, to the end (see linksAtEnd)
	for i := range readerHeader(p.lines) {
		if t, ok := strings.CutPrefix(trim(p.lines[i]), "Published Time:"); ok {
			// 2023-12-04T09:30:00+08:00: when the page came out.
			if t = trim(t); len(t) >= 10 && isoDate(t[:10]) {
				if c, ok := coverNumbers(t[:10]); ok && !c.published.IsZero() {
					p.iss.Published = c.published
				}
			}
		}
		if !isBlank(p.lines[i]) {
			p.addFurniture(i, model.WebChrome, p.lines[i])
			p.lines[i] = ""
			web = append(web, i)
		}
	}
	for i := range p.frontMatter() {
		if p.isFurniture(i) {
			web = append(web, i)
		}
	}
	for i, l := range p.lines {
		if links {
			if !isBlank(l) {
				p.addFurniture(i, model.WebChrome, l)
				p.lines[i] = ""
				web = append(web, i)
			}
			continue
		}
		if l != "" && l[0] == '#' {
			// A heading's line (## 标题1) is no page number, Arabic or
			// Roman, no picture's place and none of 往期推荐's links:
			// pageNumberEnds, romanPageLine, imagePlaceholder and the
			// test below let # go by its first byte. Web chrome it may be.
			if len(l) <= 240 && (len(l) >= 6 && (l[3] == 'I' || l[3] == 0xE5) && icpLine(l, 0) || wechatAccountLine(l)) { // (webChrome's reading of a line that begins with #; icpLine's first test in line)
				p.addFurniture(i, model.WebChrome, l)
				p.lines[i] = ""
				web = append(web, i)
			}
			continue
		}
		if n := len(l); n >= 12 && (l[n-1] == '-' || l[n-1] == 0x94 || l[n-1] == 0xB7 || l[n-1] == 0x8D) && i+1 < len(p.lines) && isBlank(p.lines[i+1]) {
			// …作表态发言。- 4 -: the page's number run into its last
			// sentence, as MinerU joins a page's foot to the paragraph
			// above it. The number is set on the blank line under it,
			// where a page break stands (it had been the paragraph's
			// text, the page after it not begun).
			if k := gluedPage(l); k > 0 {
				p.lines[i+1] = trim(l[k:])
				p.lines[i] = l[:k]
				if p.rewritten == nil {
					p.rewritten = make(map[int]string)
				}
				if _, ok := p.rewritten[i]; !ok {
					p.rewritten[i] = l
				}
				l = p.lines[i]
				glued = append(glued, i)
			}
		}
		if n, dec, ok := pageNumberLine(l); ok {
			cands = append(cands, pageCandidate{line: i, n: n, decorated: dec})
		} else if len(l) <= 60 && romanPageLine(l) {
			// Ⅰ, — Ⅱ —: the front matter's pages (the contents'),
			// numbered apart from the body's: furniture, no page of it.
			p.addFurniture(i, model.PageNumber, l)
			p.lines[i] = ""
		} else if len(l) <= 30 && imagePlaceholder(l) {
			// [图片], 【图片】: where a picture was, as a browser's copy or
			// a web page's text keeps it (it had been an entry's title).
			p.addFurniture(i, model.Image, l)
			p.lines[i] = ""
			web = append(web, i) // a web page's: no page break
		} else if webChrome(l) {
			p.addFurniture(i, model.WebChrome, l)
			p.lines[i] = ""
			web = append(web, i)
		} else if len(l) >= 6 && len(l) <= 40 && l[0] >= 0xE5 && l[0] <= 0xE9 && p.linksAtEnd(i) {
			// 往期推荐, 推荐阅读, 相关阅读 (their first bytes) over the links
			// that end a web page; a WeChat page's own end (预览时标签不可点
			// over 微信扫一扫关注该公众号, 继续滑动看下一个, the account's name).
			links = true
			p.addFurniture(i, model.WebChrome, l)
			p.lines[i] = ""
			web = append(web, i)
		}
	}
	// A bare number is a page number only in a run of three or more, each
	// a little more than the one before, and below 1000 (2021, 2022, 2023
	// alone on lines are years; 1, 2, 3 a list, unless they run on), with
	// a page of text between each and the next, more than a title (a
	// table of contents that pdftotext printed with each page under its
	// title, 会议甲召开 / 6 / 会议乙召开 / 7, is no run of pages).
	// Decorated ones (— 12 —, 第12页) stand alone.
	var nums []pageCandidate
	for k := 0; k < len(cands); {
		end := k + 1
		for end < len(cands) && cands[end].n > cands[end-1].n && cands[end].n-cands[end-1].n <= 10 && cands[end].n < 1000 &&
			(cands[end].decorated || cands[end-1].decorated && p.textLines(cands[end-1].line+1, cands[end].line, 2) || p.pageOfText(cands[end-1].line+1, cands[end].line)) {
			end++
		}
		run := end-k >= 3 && cands[k].n < 1000
		for _, c := range cands[k:end] {
			if c.decorated || run || c.n < 1000 && p.betweenSentences(c.line) {
				nums = append(nums, c)
			}
		}
		k = end
	}
	if n := len(cands); n > 0 && len(nums) > 0 {
		// The last page's number, the text's last line, after a sentence
		// that ended: the number after the last one taken (…送审。 / 2 at
		// the end of a two-page copy, which makes no run of three).
		c, last := cands[n-1], nums[len(nums)-1]
		if j, k := p.textAround(c.line); last.line < c.line && c.n == last.n+1 && k < 0 && j > last.line && closed(trim(p.lines[j])) {
			nums = append(nums, c)
		}
	}
	p.numberLines = len(cands) > 0
	for _, c := range nums {
		p.addFurniture(c.line, model.PageNumber, p.lines[c.line])
		p.lines[c.line] = ""
	}
	for _, i := range glued {
		// The number is listed on the line it was printed on, the text's
		// (the blank line under it holds it for pageStarts only).
		for k := range p.iss.Furniture {
			if f := &p.iss.Furniture[k]; f.Line == i+2 && f.Kind == model.PageNumber {
				f.Line = i + 1
			}
		}
	}
	p.runningHeads()
	if p.furn == nil {
		return
	}
	// Blank lines around furniture are part of the page break, not
	// paragraph breaks: the text on either side may be one sentence.
	// A web page's chrome is no page break: it stands between a page's
	// parts (发布时间：… / 【字体：大 中 小】 / the text), never inside a
	// sentence, and its line, emptied, is a blank line (the blank lines
	// around 【字体：大 中 小】 had joined 发布时间：2023-12-04 09:30 to the
	// article's first sentence).
	p.transparent = make([]bool, len(p.lines))
	for i := range p.lines {
		if !p.furn[i] {
			continue
		}
		if len(web) > 0 && web[0] == i {
			web = web[1:]
			continue
		}
		p.transparent[i] = true
		for j := i - 1; j >= 0 && !p.furn[j] && isBlank(p.lines[j]); j-- {
			p.transparent[j] = true
		}
		for j := i + 1; j < len(p.lines) && !p.furn[j] && isBlank(p.lines[j]); j++ {
			p.transparent[j] = true
		}
	}
	p.joinRepeats()
	p.pageStarts(nums)
}

// gluedPage returns where in l a decorated page number run into the end
// of a sentence begins (- 4 - of …作表态发言。- 4 -, …增收致富！－4－), or
// -1.
func gluedPage(l string) int {
	if len(l) < 12 {
		return -1
	}
	for k := len(l) - 4; k >= 2 && k >= len(l)-24; k-- {
		if l[k] == 0x82 && l[k-2] == 0xE3 && l[k-1] == 0x80 || // 。
			l[k-2] == 0xEF && l[k-1] == 0xBC && (l[k] == 0x81 || l[k] == 0x9F) || // ！？
			l[k] == 0x9D && l[k-2] == 0xE2 && l[k-1] == 0x80 && k >= 5 && sentenceStop(l[:k-2]) || // ”, closing a sentence (。” — not a title's quote, 领跑县” - 38 -)
			(l[k] == '.' || l[k] == '!' || l[k] == '?') && l[k-1] >= utf8.RuneSelf && afterHan(l[:k]) { // 。！？ typed half-width, as an OCR reads them (…作表态发言.- 3 -)
			if n, dec, ok := pageNumberLine(trim(l[k+1:])); ok && dec && n > 0 && n < 1000 {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// sentenceStop reports whether s ends with 。, ！ or ？.
func sentenceStop(s string) bool {
	return fullStop(s) || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？")
}

// joinRepeats takes out the line after a page break that repeats the line
// before it, as an OCR or a web copy that joins pages by their overlap
// may leave it (…确保群众温暖过冬。 / - 2 - / …确保群众温暖过冬。): kept, the
// text would hold it twice, a wrapped sentence's end read again after
// it. Only a line long enough that no text repeats it by chance, the
// same but for its indentation, with nothing but furniture between; it
// is listed as furniture (kind repeat), and a warning says where, since
// the text was changed on a judgement.
func (p *parser) joinRepeats() {
	for i := 0; i < len(p.lines); i++ {
		if !p.transparent[i] {
			continue
		}
		j := i - 1
		for i < len(p.lines) && p.transparent[i] {
			i++
		}
		if j < 0 || i >= len(p.lines) {
			continue
		}
		a, b := trim(p.lines[j]), trim(p.lines[i])
		if len(a) >= 24 && a == b {
			p.addFurniture(i, model.Repeat, p.lines[i])
			p.transparent[i] = true
			for k := i + 1; k < len(p.lines) && !p.furn[k] && isBlank(p.lines[k]); k++ {
				p.transparent[k] = true
			}
			p.warn(i+1, "this line repeats the line before the page break (line %d), taken out: a join of pages that printed it twice?", j+1)
		}
	}
}

// betweenSentences reports whether line i, a bare number that no run of
// page numbers takes, stands where only a page's footer or head stands:
// after a sentence that ended and before any text (…工作。 / 3 / 12日，…,
// …章程》。 / 7 / 市委…开班), or inside a sentence whose text goes on with
// a figure (当日还研究了 / 7 / 12个…), where read as text it would make
// another number (712个). Not where bare numbers alternate with lines,
// as pdftotext prints a table of contents with each page under its
// title (会议甲召开 / 6 / 会议乙召开 / 7).
func (p *parser) betweenSentences(i int) bool {
	j, k := p.textAround(i)
	if j < 0 || k < 0 {
		return false
	}
	if _, _, ok := pageNumberLine(p.lines[j]); ok {
		return false
	}
	if _, _, ok := pageNumberLine(p.lines[k]); ok {
		return false
	}
	if jj, _ := p.textAround(j); jj >= 0 {
		if _, _, ok := pageNumberLine(p.lines[jj]); ok {
			return false // alternating
		}
	}
	if _, kk := p.textAround(k); kk >= 0 {
		if _, _, ok := pageNumberLine(p.lines[kk]); ok {
			return false
		}
	}
	prev, next := trim(p.lines[j]), trim(p.lines[k])
	// …出席会议并讲话。 / 责任编辑：王丽 / 2 / **鹰城至郑州…**: an editor's
	// line ends its article as a full stop does, the number under it the
	// page's (it had been the article's text, the page one too many,
	// silently).
	return closed(prev) || figureFirst(next) || editorLine(prev) // (12个, １２个)
}

// bookName reports whether k, a head's key, names a book or the part of
// one a head names: 青岚年鉴（#）, 青岚县志, 大事记, 宁川月报.
func bookName(k string) bool {
	k = strings.TrimRight(k, "（）()#")
	return strings.Contains(k, "年鉴") || strings.HasSuffix(k, "志") || strings.HasSuffix(k, "大事记") || strings.HasSuffix(k, "月报")
}

// overOrUnderNumber reports whether a page number taken out stands right
// over or under line i, blank lines aside.
func (p *parser) overOrUnderNumber(i int) bool {
	_, ok := p.numberBeside(i)
	return ok
}

// lonesRise reports whether the page numbers of lines, each printed on
// the line itself (see trailingNumber) or beside it (numberBeside), go
// up a page or a few from one line to the next.
func (p *parser) lonesRise(lines []int) bool {
	prev := -1
	for _, i := range lines {
		n, ok := trailingNumber(p.lines[i])
		if !ok || !folioAside(trim(p.lines[i])) {
			n, ok = p.numberBeside(i)
		}
		if !ok || prev >= 0 && (n <= prev || n > prev+4) {
			return false
		}
		prev = n
	}
	return true
}

// numberBeside returns the page number taken out on the line right
// above or below line i, blank lines aside (青岚县志 / ·14·, ·15· /
// 青岚县志: a scanned page's head and its folio on lines of their own).
func (p *parser) numberBeside(i int) (int, bool) {
	for _, d := range [...]int{-1, 1} {
		j := i + d
		for j >= 0 && j < len(p.lines) && isBlank(p.lines[j]) && !p.isFurniture(j) {
			j += d
		}
		if j < 0 || j >= len(p.lines) || !p.isFurniture(j) {
			continue
		}
		for _, f := range p.iss.Furniture { // (not yet sorted; asked of a head's few lines)
			if f.Line == j+1 && f.Kind == model.PageNumber {
				if n, _, ok := pageNumberLine(f.Text); ok {
					return n, true
				}
			}
		}
	}
	return 0, false
}

// topOfPage reports whether line i is the first line of text after a
// page number or a page break.
// underBreakNumber reports whether the line above line i, blank lines
// aside, is a page number taken out as furniture, at a page break.
func (p *parser) underBreakNumber(i int) bool {
	j := i - 1
	for j >= 0 && isBlank(p.lines[j]) && !p.isFurniture(j) {
		j--
	}
	if j < 0 || !p.isFurniture(j) || !p.isBreak(j) {
		return false
	}
	for _, f := range p.iss.Furniture { // (not yet sorted; asked of a head's few lines)
		if f.Line == j+1 {
			return f.Kind == model.PageNumber
		}
	}
	return false
}

func (p *parser) topOfPage(i int) bool {
	if p.isBreak(i) {
		return true
	}
	j := i - 1
	for j >= 0 && isBlank(p.lines[j]) && !p.isFurniture(j) {
		j--
	}
	if j >= 0 && p.isBreak(j) && !p.isFurniture(j) && contentsHeading(trim(p.lines[j])) {
		return false // \f目 录 / 一、重要会议: the contents' first section, under their heading atop the page
	}
	return j >= 0 && (p.isFurniture(j) || p.isBreak(j))
}

// textAround returns the nearest lines before and after line i that are
// not blank, or -1.
func (p *parser) textAround(i int) (j, k int) {
	j = i - 1
	for j >= 0 && isBlank(p.lines[j]) {
		j--
	}
	k = i + 1
	for k < len(p.lines) && isBlank(p.lines[k]) {
		k++
	}
	if k >= len(p.lines) {
		k = -1
	}
	return j, k
}

// A page between two bare page numbers holds minPageLines lines of text,
// or one line (a paragraph not wrapped) of minPageBytes at least: more
// than a title of a table of contents.
const (
	minPageLines = 3
	minPageBytes = 150
)

// textLines reports whether lines i up to j (not included) hold n lines
// of text at least: a bare number after a decorated one (— 3 — / 鹰城月报
// / 5 / 月14日，…) is the next page's only with more than the page's
// head between (that 5 is a date the wrap cut, 5 / 月14日).
func (p *parser) textLines(i, j, n int) bool {
	for ; i < j && n > 0; i++ {
		if !isBlank(p.lines[i]) {
			n--
		}
	}
	return n == 0
}

// nameAlone reports whether line i is a name alone, with no space in it:
// no page set in two columns (二、领导活动<gap>石门乡冬桃喜获丰收), no name
// spaced out letter by letter.
func (p *parser) nameAlone(i int) bool {
	t := trim(p.lines[i])
	return t != "" && !strings.ContainsAny(t, " \t\u3000")
}

// overDated reports whether the line of text under line i begins with a
// date or an event's lead.
func (p *parser) overDated(i int) bool {
	j := i + 1
	for j < len(p.lines) && (isBlank(p.lines[j]) || p.isFurniture(j)) {
		j++
	}
	if j >= len(p.lines) {
		return false
	}
	t := trim(p.lines[j])
	return startsWithMonthDay(t) || mayStartEvent(t) && eventStart(t)
}

// pagedBefore reports whether a page's furniture or break comes before
// line i, and no contents' heading between (目录 / 工作动态 / …): line i is
// not on the copy's first page, nor on the contents' page.
func (p *parser) pagedBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if contentsHeading(trim(strings.TrimLeft(p.lines[k], "\f"))) {
			return false
		}
		if p.isBreak(k) || p.isFurniture(k) {
			return true
		}
	}
	return false
}

// nextPage reports whether line j is on the page after line i's: one run
// of page furniture or breaks lies between them.
func (p *parser) nextPage(i, j int) bool {
	runs, in := 0, false
	for k := i + 1; k < j; k++ {
		switch {
		case p.isBreak(k) || p.isFurniture(k):
			if !in {
				runs++
			}
			in = true
		case !isBlank(p.lines[k]):
			in = false
		}
	}
	return runs == 1
}

// pageOfText reports whether lines i up to j (not included) hold a page
// of text.
func (p *parser) pageOfText(i, j int) bool {
	n, size := 0, 0
	for ; i < j; i++ {
		if !isBlank(p.lines[i]) {
			n, size = n+1, size+len(p.lines[i])
			if n >= minPageLines || size >= minPageBytes {
				return true
			}
		}
	}
	return false
}

// runningHeads takes out the short lines that repeat at page breaks. A
// running head may carry the page number (平顶山月报 · 12 ·), so lines
// are compared with their digits folded. A line counts when it repeats at
// least three times and mostly sits next to a page number or form feed,
// or names the publication and sits next to one at least once; or twice,
// naming the publication, once next to a page break. A refrain in the
// text (敬请期待) is near no page break and stays.
func (p *parser) runningHeads() {
	type stat struct {
		first int   // the line of the first occurrence
		lines []int // every occurrence, once there are two
	}
	// lead is the first line of text of a later issue of the file, where
	// a form feed stands on it: it ended the last page of the issue
	// before, and the cover's lines next to it are no page's head, as a
	// second issue's cover begins in a pdftotext copy of several (…送审。
	// / \f宁川县情月报 / 2023年第12期 under pages headed 宁川县情月报<gap>
	// 2023年第12期: its title had been one more head, the issue untitled,
	// silently). -1 where there is none. (A copy that begins on a form
	// feed, a page cut out of a book, begins with its head: not asked.)
	lead := -1
	if p.later && len(p.breaks) > 0 {
		if k := p.breaks[0]; !isBlank(p.lines[k]) && !p.isFurniture(k) && !folioAside(trim(p.lines[k])) && blankBefore(p.lines, k) {
			lead = k
		}
	}
	near := func(i int) bool {
		for _, d := range [...]int{-1, 1} {
			for j, seen := i+d, 0; j >= 0 && j < len(p.lines) && seen < 2; j += d {
				if p.isFurniture(j) || p.isBreak(j) && j != lead {
					return true
				}
				if !isBlank(p.lines[j]) {
					seen++
				}
			}
		}
		return p.isBreak(i) && i != lead
	}
	// Lines are counted by a hash of their key: most lines occur once, and
	// building a key for each would cost more than the rest of this.
	var stats []stat
	var byHash map[uint64]int // index in stats
	first := -1
	// The cover is not a page with a running head: nothing in its first
	// five lines counts (a cover's 2023年第11期 is not the head of the pages
	// that repeat it), but what a page break is next to.
	seen := 0
	pub := "" // the key of the first line, which names the publication
	for i, l := range p.lines {
		if t := trim(l); t != "" && !p.isFurniture(i) {
			pub = headKey(strings.Trim(t, "#*《》 "))
			break
		}
	}
	// headOf is the part of a head set across the page with a column's
	// name (柳州史志 2023年第8期<gap>工作动态, 县区动态<gap>柳州史志 2023年第8期,
	// alternating sides) that names the publication: the column's name
	// changes from page to page, the rest does not.
	// Set across the page: a run of spaces wider than any a line of text
	// or a day line of a chronicle holds (a lead-in of a few), next to a
	// page break, as a head is.
	acrossPage := func(i int, t string) bool {
		if p.furn == nil && len(p.breaks) == 0 {
			return false // near(i): no furniture, no break (before the searches)
		}
		return len(t) >= 40 && (strings.Contains(t, "        ") || strings.Contains(t, "\u3000\u3000\u3000\u3000")) && near(i)
	}
	// The part of such heads that does not change need not name the
	// publication: the office's name may stand there (柳州市地方志办公室
	// <gap>工作动态). It is a part that two heads at least print.
	var across map[string]int // the key of a part: how many heads print it
	for i, l := range p.lines {
		if p.furn == nil && len(p.breaks) == 0 {
			break // no page number or break for a head to stand by
		}
		if len(l) < 40 || len(l) > 600 || !strings.Contains(l, "        ") && !strings.Contains(l, "\u3000\u3000\u3000\u3000") {
			continue // nearly every line, without trimming it (a head is short)
		}
		if t := trim(l); !p.isFurniture(i) && acrossPage(i, t) {
			if parts := gapParts(t); len(parts) == 2 && !hangingDate(parts[0]) {
				// (Not a chronicle's day line with a hanging date, 是月<gap>
				// 全县…, at a page's end: 是月 is no head's part, however
				// many pages end so.)
				if across == nil {
					across = make(map[string]int)
				}
				for _, part := range parts {
					if k := headKey(part); k != "" {
						across[k]++
					}
				}
			}
		}
	}
	headOf := func(i int) string {
		t := trim(p.lines[i])
		if len(t) < 40 || !acrossPage(i, t) {
			return t
		}
		parts := gapParts(t)
		for _, part := range parts {
			k := headKey(part)
			if core := titleCore(pub); pub != "" && k != "" && (strings.HasPrefix(k, pub) || core != "" && strings.HasPrefix(k, core)) {
				return part
			}
		}
		if len(parts) == 2 {
			a, b := headKey(parts[0]), headKey(parts[1])
			switch {
			case a != "" && across[a] >= 2 && across[b] < across[a]:
				return parts[0]
			case b != "" && across[b] >= 2 && across[a] < across[b]:
				return parts[1]
			}
		}
		return t
	}
	for i, l := range p.lines {
		t := trim(l)
		if t == "" || p.isFurniture(i) {
			continue
		}
		seen++
		if first < 0 {
			first = i // its first line names the publication
		}
		if seen <= 5 && (!near(i) || i == first && !p.isBreak(i)) && !(i != first && len(t) <= 120 && folioAside(t)) {
			// But a short cover's page may end on the fifth line. Not
			// its first, the title, near the break that ends a cover of
			// two lines (宁川年鉴（2023） / …编 / \f· 36 ·<gap>宁川年鉴（2023）):
			// the head that repeats it is not the cover.
			// (A line with its page's number set apart at an end, ·34·<gap>
			// 宁川县志 under a chapter's title, is a page's head: no cover
			// prints a folio.)
			continue
		}
		if t[0] == '#' || t[0] == '|' || closed(t) || len(t) > 120 && !spacedOut(t) || rule(t) || underlined(p.lines, i) { // (a sentence's end before a look for spaces)
			continue // longer than 40 characters, a heading (Setext's too), a table, a sentence: not a head
		}
		if len(t) <= 30 && boxLabel(strings.Trim(t, "*")) {
			// 相关链接 (**【相关链接】**) over the box at the end of each of
			// several articles that end their pages: the articles' text,
			// each time, not a head (it had been dropped, silently).
			continue
		}
		if len(t) <= 40 && contentsHeading(t) {
			continue // 目　录 atop each page of the contents, as a PDF prints it: their heading, read again (it had been a head, the contents the body's)
		}
		if last, _ := decodeLastRune(t); (last >= '0' && last <= '9' || last >= '０' && last <= '９' || last == ')' || last == '）') &&
			(strings.Contains(t, "..") || strings.Contains(t, "…") || strings.IndexByte(t, '\t') >= 0) {
			continue // a line of a table of contents
		}
		h, ok := headHash(pageAside(headOf(i)))
		if !ok {
			continue // a sentence cut by the wrap, or too long: no key
		}
		if byHash == nil {
			byHash = make(map[uint64]int)
		}
		k, found := byHash[h]
		if !found {
			byHash[h] = len(stats)
			stats = append(stats, stat{first: i})
			continue
		}
		if s := &stats[k]; len(s.lines) == 0 {
			s.lines = []int{s.first, i}
		} else {
			s.lines = append(s.lines, i)
		}
	}
	title := ""
	if first >= 0 {
		title = headKey(strings.Trim(trim(p.lines[first]), "#*《》 "))
	}
	// parts holds the names of the parts (第二篇　政治, 第三章　经济) by
	// their key, with the line each is printed on with its label; made
	// when a line printed once first asks.
	var parts map[string]int
	partNamed := func(k string, at int) bool {
		if parts == nil {
			parts = make(map[string]int)
			for i, l := range p.lines {
				if t := trim(l); len(t) >= len("第一篇") && len(t) <= 60 && (strings.HasPrefix(t, "第") || strings.HasPrefix(t, "#")) {
					if label, name := nameLabel(trim(strings.TrimLeft(t, "# "))); strings.HasPrefix(label, "第") {
						if pk := headKey(name); pk != "" {
							if _, dup := parts[pk]; !dup {
								parts[pk] = i
							}
						}
					}
				}
			}
		}
		i, ok := parts[k]
		return ok && i < at
	}
	// paged reports whether line i prints a page number at an end, set
	// apart (政　治<gap>·37·).
	paged := func(i int) bool {
		t := trim(p.lines[i])
		return pageAside(t) != t
	}
	// foliated reports whether each of lines prints a decorated page
	// number at an end, set apart (大事记<gap>·35·, — 36 —<gap>宁川县志):
	// a folio, as a bare figure at a line's end (a table's cell) is not.
	foliated := func(lines []int) bool {
		for _, i := range lines {
			if !folioAside(trim(p.lines[i])) {
				return false
			}
		}
		return true
	}
	// foliosRise reports whether each of lines prints its page's
	// number aside (see folioAside) or stands right over or under a page
	// number taken out, blank lines aside, and the numbers go up a page or
	// a few from one line to the next. One prints it aside at least: a
	// line of text that repeats may stand by page numbers by chance.
	foliosRise := func(lines []int) bool {
		prev, aside := -1, false
		for _, i := range lines {
			n, ok := -1, false
			if t := trim(p.lines[i]); folioAside(t) {
				n, ok = trailingNumber(t)
				aside = true
			} else {
				n, ok = p.numberBeside(i)
			}
			if !ok || prev >= 0 && (n <= prev || n > prev+4) {
				return false
			}
			prev = n
		}
		return aside
	}
	// cutAbove reports whether the text before line i, page numbers and
	// blank lines aside, is a line the wrap cut mid-sentence: long, and
	// ending in no full stop (a heading's line is short).
	cutAbove := func(i int) bool {
		for j := i - 1; j >= 0; j-- {
			if isBlank(p.lines[j]) || p.isFurniture(j) {
				continue
			}
			t := trim(p.lines[j])
			if _, _, ok := pageNumberLine(t); ok {
				continue
			}
			if contentsLine(t) {
				// …推进大会召开 1, the contents' last line over the body's
				// first page (\f一、重要会议 with no head over it): its
				// page, not a sentence the wrap cut (the section's heading
				// had been taken for a head printed once, and lost).
				return false
			}
			return !closed(t) && utf8.RuneCountInString(t) >= 16
		}
		return false
	}
	// brokenHeads reports whether each of lines is right after a page
	// break and prints the page's number or stands where the break cut a
	// sentence: no heading's place.
	brokenHeads := func(lines []int) bool {
		for _, i := range lines {
			// (At the break, or under the page's number at it: \f·57· /
			// 经济管理, as plain pdftotext prints a yearbook's odd page
			// whose folio is set above its head.)
			if !p.isBreak(i) && !p.underBreakNumber(i) || !paged(i) && !cutAbove(i) {
				return false
			}
		}
		return true
	}
	// A running head may print the name without the rest of the title:
	// 宁川年鉴·2023 atop the pages of 宁川年鉴（2023）.
	core := titleCore(title)
	// A head may name the issue rather than the publication (· 7 ·
	// 2023年第11期, the page's number first).
	issue := p.coverIssue()
	// pubLines marks the lines of the heads that name the publication
	// (or the issue), made when a head of two lines first asks: a line
	// under one of them is atop its page (宁川史志月报 2023年第11期 /
	// 工作动态).
	var pubLines map[int]bool
	// underPubHead reports whether the line above line i, blank lines
	// aside, is such a head atop its page.
	underPubHead := func(i int) bool {
		if pubLines == nil {
			pubLines = make(map[int]bool)
			for _, s := range stats {
				if len(s.lines) < 2 {
					continue
				}
				k := headKey(headOf(s.first))
				if k != "" && (title != "" && (strings.Contains(k, title) || core != "" && strings.Contains(k, core)) ||
					issue != "" && strings.Contains(foldKey(p.lines[s.first]), issue)) {
					for _, j := range s.lines {
						pubLines[j] = true
					}
				}
			}
		}
		j := i - 1
		for j >= 0 && isBlank(p.lines[j]) && !p.isFurniture(j) {
			j--
		}
		return j > 0 && pubLines[j] && p.topOfPage(j)
	}
	// atTop reports whether line i is atop its page: after its break or
	// number, or under the publication's head there.
	atTop := func(i int) bool { return p.topOfPage(i) || underPubHead(i) }
	// topBelowPub is atTop for a line a blank line sets apart below, as a
	// heading stands (a title's first line the wrap cut, 李明俊与来平考察 /
	// 的心里程…, atop two pages, is no head).
	topBelowPub := func(i int) bool {
		return p.topOfPage(i) || underPubHead(i) && i+1 < len(p.lines) && isBlank(p.lines[i+1])
	}
	// alternate reports whether another line repeats atop pages that is
	// the book's name and something after it (宁川县志（1986—2005）, see
	// bookHead): the title then heads the other pages, after a form feed
	// too (宁川县志·大事记 atop the odd ones), no next issue's cover.
	alternate := func() bool {
		for _, s := range stats {
			if len(s.lines) >= 2 {
				if k := headKey(headOf(s.first)); k != title && bookHead(k, title, core) {
					return true
				}
			}
		}
		return false
	}
	// issueHeads reports whether each of lines is the publication's name
	// and this issue's number as the cover prints it, and little more
	// ((总第96期)), set apart by blank lines: no sentence of the text.
	issueHeads := func(lines []int) bool {
		for _, i := range lines {
			f := foldKey(p.lines[i])
			j := strings.Index(f, issue)
			if j < 0 || len(f)-j-len(issue) > len("（总第999期）") ||
				i == 0 || !isBlank(p.lines[i-1]) || i+1 < len(p.lines) && !isBlank(p.lines[i+1]) {
				return false
			}
		}
		return true
	}
	// overNumber reports whether the next line under line i, blank lines
	// aside, is a page's number taken out (a line above others is seldom
	// furniture's neighbour; only then is the list searched).
	overNumber := func(i int) bool {
		j := i + 1
		for j < len(p.lines) && isBlank(p.lines[j]) && !p.isFurniture(j) {
			j++
		}
		if j == len(p.lines) || !p.isFurniture(j) {
			return false
		}
		for _, f := range p.iss.Furniture {
			if f.Line == j+1 {
				return f.Kind == model.PageNumber
			}
		}
		return false
	}
	// sameBreak reports whether lines a and b stand at one page break:
	// nothing but blank lines and furniture between them.
	sameBreak := func(a, b int) bool {
		if a > b {
			a, b = b, a
		}
		for x := a + 1; x < b; x++ {
			if !isBlank(p.lines[x]) && !p.isFurniture(x) {
				return false
			}
		}
		return true
	}
	// pubHeads reports whether a line other than k, printed twice at
	// least by a page's number each time, names the publication: the
	// heads of half the pages, the other half's, at, at other breaks (a
	// title over a page's number, printed again in the contents, is text
	// where the publication heads every page).
	pubHeads := func(k string, at []int) bool {
		for _, o := range stats {
			if len(o.lines) < 2 {
				continue
			}
			if ok := headKey(headOf(o.first)); ok != k && ok != "" && (title != "" && (strings.Contains(ok, title) || core != "" && strings.Contains(ok, core)) || partyHead(ok, title)) {
				atEdge := true // (each by a page's number: a head, not the title named in the text)
				for _, j := range o.lines {
					atEdge = atEdge && (p.topOfPage(j) || overNumber(j))
					for _, i := range at {
						atEdge = atEdge && !sameBreak(j, i)
					}
				}
				if atEdge {
					return true
				}
			}
		}
		return false
	}
	var heads, once []head
	var lone []int // lines printed once with their folio set a wide gap apart (see below)
	chronTitle := chronicleTitle(title)
	for _, s := range stats {
		if len(s.lines) < 2 {
			if t := trim(p.lines[s.first]); len(t) <= 60*3 && s.first != first && (folioAside(t) && (strings.Contains(t, "    ") || strings.Contains(t, "\u3000\u3000")) && !contentsLine(t) ||
				len(t) <= 20*3 && containsAnyOf(t, "鉴志记报") && bookName(headKey(t)) && p.overOrUnderNumber(s.first)) { // (a key that names a book holds 鉴, 志, 记 or 报, as the line does: most lines go without their key)
				lone = append(lone, s.first)
			}
			if !atTop(s.first) && !(chronTitle && len(trim(p.lines[s.first])) <= len(title)+24) && !overNumber(s.first) {
				continue // (each form below is atop its page, but for a chronicle's title again: most lines are not, and their keys cost)
			}
			// Once, right after a page's number, naming the publication
			// or part of it (大事记 atop one odd page of 宁川县大事记,
			// 宁川年鉴（2023） atop one even page), or the publication and
			// the issue as the cover prints it (平顶山月报　2023年第11期): a
			// head the pages of a short copy print only once. At a form
			// feed it may be the next issue's cover instead, unless the
			// page's text goes on under it (see pageGoesOn), or the book
			// is a chronicle's, or this issue's cover printed its number
			// (2023年第11期, 2023年12月号, 第3期): the next issue's cover
			// would print its own, and splitIssues would have cut the copy
			// there.
			k := headKey(headOf(s.first))
			withIssue := title != "" && strings.HasPrefix(k, title) && issue != "" && strings.Contains(foldKey(p.lines[s.first]), issue)
			// (宁川年鉴（2023） ·12· atop a yearbook's first page after its
			// cover: the book and its edition's year, the page at its
			// corner; it had been untitled text before the first part.)
			withEdition := title != "" && strings.HasPrefix(k, title) && strings.Trim(k[len(title):], "（）()·#") == "" && strings.Contains(k[len(title):], "#") && yearbookTitle(title) && paged(s.first)
			if withIssue && s.first != first && !atTop(s.first) {
				// 宁川月报 2023 年第 11 期 / - 2 -: a page's foot that names
				// the issue, over the page's number, as Docling keeps one
				// page's (it had been the text of the page's last entry).
				if issueHeads([]int{s.first}) {
					heads = append(heads, head{k, []int{s.first}})
					if p.feet == nil {
						p.feet = make(map[int]bool)
					}
					p.feet[s.first] = true // the number under it is still the page's that ends (see pageStarts)
				}
			} else if title != "" && k != "" && s.first != first && len(k) >= 6 &&
				(strings.Contains(title, k) && (!p.isBreak(s.first) || paged(s.first) || p.pageGoesOn(s.first) || k == title && (issue != "" || p.coverNumbered(first) || chronicleTitle(strings.Trim(trim(p.lines[first]), "#*《》 ")))) || withIssue || withEdition ||
					bookHead(k, title, core) && (k != title || !p.isBreak(s.first) || alternate() || p.pageGoesOn(s.first))) && p.topOfPage(s.first) ||
				k == title && s.first != first && chronicleTitle(title) && alternate() && p.overEvents([]int{s.first}) {
				// (The title again between a chronicle's events, where the
				// book's other head repeats so: the other pages' head.
				// Right after a break the title's name is a next issue's
				// cover, unless it prints the page's number at its corner,
				// · 136 ·<gap>宁川县志, as no cover does.)
				heads = append(heads, head{k, []int{s.first}})
			} else if k != "" && len(k) >= 6 && p.topOfPage(s.first) && (!p.isBreak(s.first) && partNamed(k, s.first) || (paged(s.first) || cutAbove(s.first)) && (partNamed(k, s.first) || p.namedAbove(k, first+1, s.first, false))) {
				// Once, right after a page's number, the name of the part
				// (篇, 章) the page is in, printed above with its label
				// (第二篇　政治): a head a short part prints once. Right
				// after a break too when the page's number is at its
				// outer corner (\f政　治<gap>·37·, as pdftotext -layout
				// keeps an odd page's head), and so a 分目's name printed
				// above as its heading (宁川县人民代表大会常务委员会<gap>·37·):
				// a heading prints no page. So without its number where
				// the break cut a sentence (…开展执法检查， / — 37 — / \f政治 /
				// 提出意见…, plain pdftotext): no heading stands there.
				heads = append(heads, head{k, []int{s.first}})
			} else if k != "" && len(k) >= 6 && len(k) <= 20*3 && s.first != first && p.isBreak(s.first) && folioAside(trim(p.lines[s.first])) && strings.Contains(p.lines[s.first], "   ") {
				// Once, at a form feed, a short line with its page's number
				// set a wide gap apart at its corner (\f经济管理<gap>·57·,
				// as pdftotext -layout prints a yearbook's odd page in a
				// chapter of two or three pages): a running head, named or
				// not above, as no heading prints a page number and no
				// cover a folio. Read as text, it had been a 条目 titled
				// 经济管理, the folio run into its text.
				heads = append(heads, head{k, []int{s.first}})
			} else if k != "" && columnName(k) && atTop(s.first) && !p.isBreak(s.first) && !strings.Contains(title, k) && !underlined(p.lines, s.first) && !p.overOtherHeading(s.first, k) {
				// (Under the publication's head too: 平顶山月报 2023年第11期 /
				// 社会民生 / ## 社会民生 atop the one page of a column.)
				once = append(once, head{k, []int{s.first}}) // a column's name atop one page (see columnHeads)
			}
			continue
		}
		k := headKey(headOf(s.first))
		if k == "" || !sameHead(s.lines, k, headOf) {
			continue
		}
		if t := trim(p.lines[s.first]); dateOnlyLine(t) && !sameText(p.lines, s.lines, t) {
			// 11月2日 / 县委书记…, 11月6日 / 县长…: days alone on their lines
			// over their text, each another day, whose key (the figures
			// folded) is one; a head prints the same date on every page
			// (they had been heads by the page breaks of a short copy, the
			// entries' dates lost, silently).
			continue
		}
		names := title != "" && (strings.Contains(k, title) || core != "" && strings.Contains(k, core)) ||
			issue != "" && strings.Contains(foldKey(p.lines[s.first]), issue) ||
			// 大事记（#—#）　·13· atop the odd pages of 宁川县大事记（1986—
			// 1990）, whose even ones print 宁川县大事记: the title's end,
			// its years and all (not a column's name the title ends with,
			// 工作动态 of 宁川史志·工作动态, a heading that may be printed
			// twice).
			title != "" && len(k) >= 3*3 && strings.HasSuffix(title, k) && strings.Contains(k, "#") ||
			partyHead(k, title)
		nearBreak := 0
		for _, i := range s.lines {
			if near(i) {
				nearBreak++
			}
		}
		switch n := len(s.lines); {
		case n == 2 && columnName(k) && !names && p.topOfPage(s.lines[0]) && p.prevText(s.lines[1]) == s.lines[0]:
			// 时政要闻<gap>1 atop a page over the heading 时政要闻: the
			// column's running head (its page at the corner) over the
			// column's own heading, which is text.
			heads = append(heads, head{k, s.lines[:1]})
			continue
		case editorLine(p.lines[s.lines[0]]) && (!p.footOfPages(s.lines) || 2*n <= len(p.breaks)+1 && p.endsText(s.lines)):
			// 责任编辑：杜晓燕 at the end of each article, the same editor's,
			// one atop a page now and then: the articles' text, not a head
			// (it had been taken from the item it ends, silently). A
			// running foot of the editors' names is over the page's number,
			// on every page or nearly: one over the number of half the
			// pages or fewer is where an article ends at a page's foot
			// (…确保年鉴质量。 / 责任编辑：王丽 / 2 / form feed, three
			// pages of eight: it had been a running foot, silently), where
			// the text above it ends a sentence each time: one under a
			// sentence the page's break cut (…口述 / 责任编辑：王丽 / — 2 — /
			// 资料录音…) is a running foot, as on every other page's foot.
			continue
		case n >= 3 && (nearBreak*2 >= n || names && nearBreak > 0):
		case title != "" && issue != "" && strings.HasPrefix(k, title) && issueHeads(s.lines):
			// 宁川月报 2023 年第 11 期, a paragraph of its own twice or more
			// with no page number or break by it: the head of the pages
			// Docling keeps where it drops their numbers (it had been a
			// paragraph of whatever entry the page held, silently).
		case names && numbersRise(p.lines, s.lines):
			// The publication's name with a page number that goes up from
			// one to the next (平顶山月报 · 6 ·, · 7 ·, …), as a copy with
			// no form feeds (a PDF viewer's text, pdfplumber's pages
			// joined) has it: the head is itself the page break.
		case len(k) <= 20*3 && numbersRise(p.lines, s.lines) && (foliated(s.lines) || n >= 3 && bareFolios(p.lines, s.lines)):
			// 大事记<gap>·35·, ·37·, ·39· atop a scanned book's odd pages
			// (its even ones print its name), as OCR reads them: no form
			// feed, no page number of its own line to stand by, the head
			// itself the page break, its decorated number going up; or
			// a bare number set across the page (大事记<gap>37, ABBYY's),
			// three times at least, a page or two apart each.
		case len(k) <= 20*3 && foliosRise(s.lines):
			// The same head as OCR boxes a scanned page's top: its folio
			// on the head's line at either end (·12·<gap>青岚县志, 青岚县志
			// <gap>·13·), or a line of its own right over or under it
			// (青岚县志 / ·14·, ·15· / 青岚县志), from page to page, the
			// numbers going up (the heads with their folio aside had been
			// the event above's paragraphs, silently, each form printed
			// once too few times to be a head of its own).
		case n == 2 && names && nearBreak > 0:
			// Two pages, one of them after a page number: 鹰城月报 2024年第3期.
		case chronicleTitle(title) && bookHead(k, title, core) && p.overEvents(s.lines):
			// 宁川县志（1986—2005） between a chronicle's events, again and
			// again, where no page number or break is left to stand by (a
			// converter's paragraphs, marker's without its page marks): the
			// book's head, whose lines no event's text begins so.
		case n == 2 && topBelowPub(s.lines[0]) && topBelowPub(s.lines[1]) && columnName(k):
			// The first line of two pages, each after a page number: a head
			// that alternates with another (宁川县志 on even pages, 大事记
			// on odd ones), each on half the pages; or under the
			// publication's head, where a column begins atop a page and
			// heads the next (宁川史志月报 2023年第11期 / 工作动态, then
			// 工作动态 alone atop the next page): columnHeads tells them.
		case n == 2 && !names && len(k) <= 20*3 && overNumber(s.lines[0]) && overNumber(s.lines[1]) && pubHeads(k, s.lines):
			// 社会主义建设时期 over the page's number (·35·) twice, where
			// the book's name heads the other pages so (青岚县党史大事记
			// / ·34·), as plain pdftotext may give a page's head and its
			// folio: the other head of the alternating two (it had been
			// the last event's paragraph, silently).
		case n == 2 && columnName(k) && !names && !periodHeading(k) && !isBareYear(k) && !p.topOfPage(s.lines[0]) && p.topOfPage(s.lines[1]) && p.nextPage(s.lines[0], s.lines[1]) && p.nameAlone(s.lines[0]) && p.nameAlone(s.lines[1]) && !p.overContents(s.lines[0]) && p.pagedBefore(s.lines[0]) && !p.overDated(s.lines[1]):
			// 县（市、区）动态, a column's heading inside a page, then atop
			// the next page, over the column's text: the head of the page
			// it goes on (it had been a second section of the same name,
			// silently, where the column's two pages print the head once).
			// Not a chronicle's month or year: 1月 again is the next
			// year's; nor a name in the contents (县区传真 / 北关镇… 3, or
			// on the first page, where the contents print their pages
			// apart) heading its column atop the next page, nor a line of
			// two columns set side by side; nor a title printed twice,
			// over dated text each time (县政府常务会议召开 / 11月28日，…):
			// the second meeting's.
			heads = append(heads, head{k, s.lines[1:]})
			continue
		case !names && len(k) >= 6 && !p.topOfPage(s.lines[0]) && brokenHeads(s.lines[1:]):
			// 宁川县人民代表大会常务委员会, a 分目's heading, then atop a
			// later page right after its break where the break cut a
			// sentence or with the page's number at its corner: the
			// heading is text, the rest the head of the pages it goes on.
			heads = append(heads, head{k, s.lines[1:]})
			continue
		default:
			continue
		}
		heads = append(heads, head{k, s.lines})
	}
	names := func(k string) bool {
		return title != "" && (strings.Contains(k, title) || core != "" && strings.Contains(k, core)) || partyHead(k, title)
	}
	for k := range heads {
		// An article's title or a column's name that heads the pages after
		// the one it begins on (清代宁川县城的修筑与变迁 under 史志研究 /
		// 李秀英, then atop each next page): where it first stands inside
		// a page and every later one atop a page, the first is the text's.
		h := &heads[k]
		if len(h.lines) < 2 || names(h.key) || atTop(h.lines[0]) || p.isBreak(h.lines[0]) {
			continue
		}
		all := true
		for _, i := range h.lines[1:] {
			if !atTop(i) {
				all = false
				break
			}
		}
		if all {
			h.lines = h.lines[1:]
		}
	}
	if len(lone) > 0 {
		// (With the heads printed twice or more that print their folio so
		// too: 大事记<gap>·103· once between ·102·<gap>青岚年鉴（2021） and
		// ·104·<gap>青岚年鉴（2021）.)
		n := len(lone)
		for _, h := range heads {
			for _, i := range h.lines {
				if t := trim(p.lines[i]); folioAside(t) || p.overOrUnderNumber(i) {
					lone = append(lone, i)
				}
			}
		}
		if len(lone) > n {
			slices.Sort(lone)
			lone = slices.Compact(lone)
		}
	}
	if len(lone) >= 2 && p.lonesRise(lone) {
		// Heads that differ from page to page, each printed once, with
		// the page's folio set a wide gap apart at its corner (·102·<gap>
		// 青岚年鉴（2021）, then 大事记<gap>·103·), as OCR reads a short
		// excerpt of a book with no form feed: the folios going up, a
		// page of text between each and the next, they are the pages'
		// heads (they had been text: a line of an event, or the title of
		// an entry run into it, silently). No text prints its page so.
		// So where OCR boxed the folio apart, on the line over or under
		// the head, a head that names a book or its part (·102· /
		// 青岚年鉴（2021）, 大事记 / ·103·): the folio had been read as the
		// foot of its page, every page after it one too many.
		ok := true
		for k := 1; k < len(lone) && ok; k++ {
			ok = p.pageOfText(lone[k-1]+1, lone[k])
		}
		if ok {
			for _, h := range heads {
				for _, i := range h.lines {
					if k := slices.Index(lone, i); k >= 0 {
						lone[k] = -1 // a head already
					}
				}
			}
			for _, i := range lone {
				if i >= 0 {
					heads = append(heads, head{headKey(p.lines[i]), []int{i}})
				}
			}
		}
	}
	heads = p.columnHeads(heads, once, names, true)
	if issue != "" {
		for k := range heads {
			heads[k].lines = p.otherIssueOut(heads[k].lines, issue)
		}
	}
	for k := range heads {
		// A document's number (平政办〔2024〕12号, 13号, …) or a byline (文/李娜,
		// □ 本刊记者 王丽) under each article's title, where every article
		// begins atop a page: the article's, no page's head, however alike
		// their folded figures (they had been dropped, silently).
		if ls := heads[k].lines; len(ls) > 0 {
			if t := trim(p.lines[ls[0]]); docNumber(t) || slashByline(t) || reporterByline(t) {
				heads[k].lines = nil
			}
		}
	}
	for _, h := range heads {
		if len(h.lines) >= 2 && p.footOfPages(h.lines) {
			// A running footer over the page's number (责任编辑：张征<gap>
			// 校对：李明 / — 1 —): the number is still the page's that
			// ends, as pageStarts reads a number before a break.
			if p.feet == nil {
				p.feet = make(map[int]bool)
			}
			for _, i := range h.lines {
				p.feet[i] = true
			}
		}
	}
	cols := p.headColumns(heads, headOf, names)
	// The order furniture is recorded in does not depend on map order.
	sort.Slice(heads, func(a, b int) bool { return heads[a].key < heads[b].key })
	for _, h := range heads {
		for _, i := range h.lines {
			if n, ok := trailingNumber(p.lines[i]); ok {
				// 史志动态　第11期　第1页: a footer as Word and WPS print it,
				// unless a page break comes before it (see pageStarts).
				_, foot := footerPage(strings.Trim(trim(p.lines[i]), "·・•-—－ \u3000|"))
				p.headNums = append(p.headNums, pageCandidate{line: i, n: n, foot: foot})
			}
			if col, ok := cols[i]; ok {
				// The head's part is furniture; the line, the column's
				// name, is text (so not marked in p.furn).
				p.iss.Furniture = append(p.iss.Furniture, model.Furniture{Line: i + 1, Kind: model.RunningHead, Text: headOf(i)})
				p.lines[i] = col
				continue
			}
			p.addFurniture(i, model.RunningHead, p.lines[i])
			p.lines[i] = ""
		}
	}
	sort.Slice(p.iss.Furniture, func(a, b int) bool { return p.iss.Furniture[a].Line < p.iss.Furniture[b].Line })
}

// otherIssueOut drops from a head's lines those that name another issue
// than the cover's, printed once: 宁川月报2023年第10期 among heads
// 宁川月报 2023年第11期, or 第10期, 第9期, 第8期 each once. Their figures
// fold to one key, but a page's head names its own issue on every page;
// a line that names another, once, is the text's: a reference to an
// issue before, an article's source (it had been dropped as a head,
// silently). A head that names one other issue on every page (the
// template's, not updated) stays. issue is the cover's (foldKey of
// 2023年第11期).
func (p *parser) otherIssueOut(lines []int, issue string) []int {
	if len(lines) < 2 {
		return lines
	}
	var buf [8]string
	names := buf[:0]
	count := map[string]int{}
	for _, i := range lines {
		n := issueNamed(foldKey(p.lines[i]))
		names = append(names, n)
		count[n]++
	}
	kept := lines[:0:0]
	for k, i := range lines {
		// (Counted once: joining the names for each line made a stale
		// head atop 20,000 pages take 16 seconds.)
		if n := names[k]; n != "" && n != issue && count[n] == 1 {
			continue
		}
		kept = append(kept, i)
	}
	return kept
}

// issueNamed is the issue a head's key names (2023年第11期), "" when it
// names none.
func issueNamed(k string) string {
	i := strings.Index(k, "年第")
	if i < 4 {
		return ""
	}
	j := strings.Index(k[i:], "期")
	if j < 0 || j > len("年第１２３") {
		return ""
	}
	return k[i-4 : i+j+len("期")]
}

// partyHead reports whether k, a head's key, is the title without the
// party's name it begins with: 青岚县党史大事记 atop the pages of 中共青岚县
// 党史大事记, as a party history office's book heads them (it had been
// read as a section between the years, each time, its pages' events
// under it of no year).
func partyHead(k, title string) bool {
	for _, party := range [...]string{"中共", "中国共产党"} {
		// (The title's period after the name, 中共青岚县党史大事记（#—#）,
		// the head may leave out.)
		if rest, ok := strings.CutPrefix(title, party); ok && len(k) >= 4*3 && strings.HasPrefix(rest, k) {
			if r, _ := decodeRune(rest[len(k):]); rest == k || r == '（' || r == '(' {
				return true
			}
		}
	}
	return false
}

// coverNumbered reports whether the cover, the lines after line first,
// prints the issue's number or date (第3期, 2023年12月号).
func (p *parser) coverNumbered(first int) bool {
	seen := 0
	for _, l := range p.lines[first+1:] {
		t := trim(l)
		if t == "" {
			continue
		}
		if seen++; seen > 6 || t[0] == '#' {
			break
		}
		if len(t) > 80 {
			continue
		}
		if c, ok := coverNumbers(t); ok && (c.number != 0 || !c.published.IsZero()) {
			return true
		}
	}
	return false
}

// pageGoesOn reports whether the text after line i, the publication's
// title once after a form feed, is a paragraph's (a sentence's text, not
// a heading, the issue's number or date, a contents' heading): the
// title is then the head atop a page of a short copy (平顶山月报 over
// 3月12日，…), not the cover of the next issue of a bound volume, which
// prints its number, its contents or a column's heading under it. A
// chronicle's title with its years (宁川县大事记（1990—2009）) is the same
// book's whatever follows it, and is no concern here.
func (p *parser) pageGoesOn(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		t := trim(p.lines[j])
		if t == "" {
			continue
		}
		if len(t) < 3*12 || t[0] == '#' || t[0] == '*' || t[0] == '|' || t[0] == '-' || t[0] == '=' || contentsHeading(t) {
			return false
		}
		_, ok := coverNumbers(t)
		return !ok
	}
	return false
}

// overEvents reports whether the text after each of lines begins a
// chronicle's event or is its year or month heading.
func (p *parser) overEvents(lines []int) bool {
	for _, i := range lines {
		k := p.nextText(i + 1)
		if k < 0 {
			return false
		}
		t := trim(p.lines[k])
		if !(mayStartEvent(t) && eventStart(t) || periodHeading(t)) {
			return false
		}
	}
	return true
}

// bookHead reports whether k, the key of a line printed once atop a page,
// is the book's name as the title begins with it and something set apart
// after it: 宁川县志（#—#） atop the even page of 宁川县志·大事记, which
// prints it on odd ones, as a book's two running heads alternate (a
// chapter's two pages print each once). Not an issue's (宁川史志 #年第#期,
// a next issue's cover after a page break) nor a title that runs on
// (宁川县志编纂工作会议).
func bookHead(k, title, core string) bool {
	if title == "" || core == "" || len(k) <= len(core) || !strings.HasPrefix(k, core) || strings.Contains(k, "期") {
		return false
	}
	r, _ := decodeRune(k[len(core):])
	return !(r >= 0x3400 && r <= 0x9FFF || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z')) && r != '#'
}

// columnHeads keeps, of the heads that name a column rather than the
// publication (工作动态 atop the pages of its articles, 县市区动态 atop
// the next ones), the first line of each run: it is the column's name,
// which a copy that prints no other (pdftotext without -layout) has only
// there. Each later line of the run, atop a page the column goes on on,
// stays a head, as does one atop a page whose text above names the same
// column last. That is so where two different columns head pages at
// least (once holds those atop one page only); one name alone atop every
// page is a head wherever it stands. alone says the heads are the
// column's name alone on their lines (工作动态, 【工作动态】), as the
// column's heading is: a line of the table of contents that names it,
// over its titles and pages, is then no heading above (see namedAbove).
func (p *parser) columnHeads(heads, once []head, names func(string) bool, alone bool) []head {
	keys := make(map[string]bool)
	for _, h := range append(heads, once...) {
		if !names(h.key) && columnName(h.key) && !p.footOfPages(h.lines) {
			keys[h.key] = true
		}
	}
	if len(keys) < 2 {
		return stackedHeads(p, heads, keys)
	}
	type at struct {
		line int
		key  string
	}
	var all []at
	for _, h := range append(heads, once...) {
		if keys[h.key] {
			for _, i := range h.lines {
				all = append(all, at{i, h.key})
			}
		}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].line < all[b].line })
	// A column's name may stand under the publication's head (平顶山月报
	// 2023年第11期 / 时政要闻): the page begins above it.
	pub := make(map[int]bool)
	for _, h := range heads {
		if !keys[h.key] {
			for _, i := range h.lines {
				pub[i] = true
			}
		}
	}
	top := func(i int) bool {
		j := i - 1
		for j >= 0 && (pub[j] || isBlank(p.lines[j]) && !p.isFurniture(j)) {
			if pub[j] {
				return true
			}
			j--
		}
		return p.topOfPage(i)
	}
	head := make(map[int]bool)
	last, from := "", 0 // the column named last, and the line after it
	for _, a := range all {
		// The column's own heading under it names it too, where the
		// copy's first page has no break above it.
		if top(a.line) && (a.key == last || p.namedAbove(a.key, from, a.line, alone)) || p.namedBelow(a.key, a.line) {
			head[a.line] = true
		}
		last, from = a.key, a.line+1
	}
	out := heads[:0]
	for _, h := range heads {
		if keys[h.key] {
			h.lines = slices.DeleteFunc(h.lines, func(i int) bool { return !head[i] })
		}
		if len(h.lines) > 0 {
			out = append(out, h)
		}
	}
	for _, h := range once {
		if head[h.lines[0]] {
			out = append(out, h)
		}
	}
	return out
}

// stackedHeads keeps, where one column's name alone heads every page,
// the line under the first head that prints the name again: the column's
// heading under its running head (时政要闻 / 时政要闻 atop the column's
// first page, as pdftotext prints a page whose head names the column
// that begins on it), which is text. The heads above it stay heads.
func stackedHeads(p *parser, heads []head, keys map[string]bool) []head {
	for k := range heads {
		h := &heads[k]
		if !keys[h.key] || len(h.lines) < 3 {
			continue
		}
		for n := 1; n < len(h.lines); n++ {
			above := p.prevText(h.lines[n])
			if above == h.lines[n-1] && p.topOfPage(above) && !p.topOfPage(h.lines[n]) {
				h.lines = slices.Delete(slices.Clone(h.lines), n, n+1)
				break // the column's first page: once
			}
		}
	}
	return heads
}

// editorLine reports whether l names an article's editor (责任编辑：杜晓燕,
// 编辑：…, 审核：…), as a web page ends each item.
func editorLine(l string) bool {
	// 责, 编 and 审 begin E8, E7 and E5: most lines are let go at their
	// first byte, the rest at their first character, before the labels
	// (closedBlock asks it of every line that ends no sentence).
	if c := leadByte(l); c != 0 && c != 0xE8 && c != 0xE7 && c != 0xE5 {
		return false
	}
	t := trim(l)
	if len(t) < 3 || !(t[:3] == "责" || t[:3] == "编" || t[:3] == "审") {
		return false
	}
	for _, k := range [...]string{"责任编辑", "编辑", "审核", "责编"} {
		if rest, ok := strings.CutPrefix(t, k); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// endsText reports whether the text above each of lines, blank lines
// passed over, ends a sentence: an article's last line over its
// editor's, not a paragraph a running foot cuts.
func (p *parser) endsText(lines []int) bool {
	for _, i := range lines {
		k := i - 1
		for k >= 0 && isBlank(p.lines[k]) {
			k--
		}
		if k < 0 || !closed(trim(p.lines[k])) {
			return false
		}
	}
	return true
}

// footOfPages reports whether every one of lines is a page's last line
// of text, with nothing but furniture (its number) between it and the
// page's break, or the end: a running footer (责任编辑：张征<gap>校对：李明),
// which names no column that begins under it. A head over the number
// atop a page has text, not a break, after the number.
func (p *parser) footOfPages(lines []int) bool {
	for _, i := range lines {
		j := i + 1
		for j < len(p.lines) && !p.isBreak(j) && (isBlank(p.lines[j]) || p.isFurniture(j)) {
			j++
		}
		if j < len(p.lines) && !p.isBreak(j) {
			return false
		}
	}
	return len(lines) > 0
}

// coverIssue is the issue's year and number as the cover prints them
// (2023年第11期, ２０２３年第１１期), from the first lines, folded (foldKey);
// "" when they print none.
func (p *parser) coverIssue() string {
	seen := 0
	for _, l := range p.lines {
		t := trim(l)
		if t == "" {
			continue
		}
		if seen++; seen > 12 {
			break
		}
		if len(t) > 200 {
			continue // a paragraph, not a cover's line
		}
		i := strings.Index(t, "年第")
		if i < 4 {
			continue
		}
		if t[i-1] == ' ' {
			// 2023 年第 11 期, as Docling and a PDF's text layer space the
			// figures apart: the issue all the same (the head that repeats
			// it, spaced or not, had been text).
			t = strings.ReplaceAll(t, " ", "")
			if i = strings.Index(t, "年第"); i < 4 {
				continue
			}
		}
		start := i
		for n := 0; n < 4 && start > 0; n++ {
			r, size := decodeLastRune(t[:start])
			if !isFigure(r) {
				break
			}
			start -= size
		}
		if r, _ := decodeRune(t[start:]); !isFigure(r) || i-start != 4 && i-start != 4*3 {
			continue // four figures, all ASCII or all full-width
		}
		if j := strings.Index(t[i:], "期"); j > 0 && j <= len("年第１２３") {
			return foldKey(t[start : i+j+len("期")])
		}
	}
	return ""
}

// headColumns finds, of the heads set across the page with a column's
// name (柳州史志 2023年第9期<gap>县区动态, 县区动态<gap>柳州市地方志办公室),
// those whose column's name is the text's: atop the first page of a
// column that prints its name nowhere else, as columnHeads keeps the
// first of a run of heads that print the name alone. It returns, by line,
// the column's name to keep there; the rest of the line is the head.
func (p *parser) headColumns(heads []head, headOf func(int) string, names func(string) bool) map[int]string {
	col := make(map[int]string)
	byKey := make(map[string][]int)
	for _, h := range heads {
		for _, i := range h.lines {
			t := trim(p.lines[i])
			part := headOf(i)
			if part == t {
				continue
			}
			parts := gapParts(t)
			if len(parts) != 2 {
				continue
			}
			other := parts[0]
			if other == part {
				other = parts[1]
			}
			if k := headKey(other); k != "" && columnName(k) && !names(k) {
				col[i] = other
				byKey[k] = append(byKey[k], i)
			}
		}
	}
	if len(col) == 0 {
		return nil
	}
	cols := make([]head, 0, len(byKey))
	for k, lines := range byKey {
		slices.Sort(lines)
		cols = append(cols, head{k, lines})
	}
	sort.Slice(cols, func(a, b int) bool { return cols[a].key < cols[b].key })
	for _, h := range p.columnHeads(cols, nil, names, false) {
		for _, i := range h.lines {
			delete(col, i) // a page the column goes on on, or named above
		}
	}
	return col
}

// namedAbove reports whether a line from..to (not included) names the
// column key (namesColumn): its heading, before the first page break it
// heads a page after. With notContents, not a line of the table of
// contents, the name over its titles and their pages (## 【工作动态】 /
// 全市地方志工作会议召开 …… 2): the contents name every column, begun
// there or not, and a head that is the name alone is no more than the
// column's own heading looks (【工作动态】 under the running head atop
// the column's first page had been taken for a head, with the contents'
// names marked, and the column lost, silently).
func (p *parser) namedAbove(key string, from, to int, notContents bool) bool {
	for i := to - 1; i >= from; i-- {
		if namesColumn(trim(p.lines[i]), key) && !(notContents && p.overContents(i)) {
			return true
		}
	}
	return false
}

// overContents reports whether one of the two lines of text after line
// i is a line of a table of contents (contentsLine): a title and its page
// under a column's name, or the rest of a title a line cut (清代宁川县城的
// 修筑与变迁——兼论县城 / 选址的地理因素<gap>李秀英<gap>3).
func (p *parser) overContents(i int) bool {
	for n := 0; n < 2; n++ {
		for i++; i < len(p.lines) && isBlank(p.lines[i]); i++ {
		}
		if i >= len(p.lines) {
			return false
		}
		if contentsLine(trim(p.lines[i])) {
			return true
		}
	}
	return false
}

// namedBelow reports whether the line of text after line i names the
// column key as a heading does (## 时政要闻, 一、时政要闻, **时政要闻**,
// or the name alone): line i, atop the page the column begins on, is the
// head over its heading.
func (p *parser) namedBelow(key string, i int) bool {
	for i++; i < len(p.lines) && isBlank(p.lines[i]); i++ {
	}
	if i >= len(p.lines) {
		return false
	}
	return namesColumn(trim(p.lines[i]), key)
}

// namesColumn reports whether t, trimmed, is the column key alone or as
// a heading: ## 时政要闻, 一、时政要闻, **时政要闻**, 第二篇　政治.
func namesColumn(t, key string) bool {
	if t == "" || len(t) > 4*len(key)+16 {
		return false
	}
	if t[0] == '-' || t[0] == '+' {
		// - 工作动态 over its titles in a contents set as a list, the
		// column's name as an item (the column's later heads had been
		// read as its heading, its first titles a nameless section's).
		t = listItem(t)
	}
	if t != "" && (t[0] == '#' || t[0] == '*' || t[0] == '<') {
		t = trim(strings.TrimLeft(stripMarkup(t), "#"))
	}
	if n := enumerator(t); n > 0 {
		t = t[n:]
	} else if t != "" && t[0] == 0xE7 && strings.HasPrefix(t, "第") && headKey(t) != key { // (** or # alone is empty once stripped)
		// 第二篇　政　治 names the part 政治 that heads its odd pages
		// (政　治<gap>·37·), as a yearbook prints its 篇 and 章; and
		// itself where the head prints it whole (第五编　农业<gap>·137·).
		if n := partLabel(t); n > 0 {
			t = t[n:]
		}
	}
	return headKey(t) == key
}

// columnName reports whether a head's key may name a column: a few
// letters, no digits.
func columnName(k string) bool {
	return utf8.RuneCountInString(k) <= 12 && !strings.ContainsAny(k, "#")
}

// overOtherHeading reports whether the next line of text after line i is
// a Markdown heading or begins with a bold title that names something
// else than k: line i is then a section's name over its first entry
// (领导活动 / ### 陈向平…), not a column's head over its text (or over its
// own heading, 社会民生 / ## 社会民生).
func (p *parser) overOtherHeading(i int, k string) bool {
	j := i + 1
	for j < len(p.lines) && isBlank(p.lines[j]) {
		j++
	}
	if j >= len(p.lines) {
		return false
	}
	other := false
	if _, h, ok := heading(p.lines[j]); ok {
		other = !namesKey(h, k)
	} else if t := trim(p.lines[j]); strings.HasPrefix(t, "**") {
		// 重要会议 / **市区集中供暖工作推进会召开** 11月3日，…: a bold title
		title, _, ok := leadingBold(t)
		other = ok && headKey(title) != k
	}
	// (Where the body has the column's heading elsewhere, 县（市、区）动态 /
	// ===, the line is its head atop a page it goes on on.)
	return other && !p.headingNamed(k, i)
}

// namesKey reports whether heading text h names k, as printed or without
// its label (九、社会民生 names 社会民生).
func namesKey(h, k string) bool {
	h = trim(stripMarkup(h))
	if headKey(h) == k {
		return true
	}
	_, name := nameLabel(h)
	return headKey(name) == k
}

// headingNamed reports whether a heading of the body other than line i
// (a Markdown or a Setext one, not a contents' section over its lines)
// names k.
func (p *parser) headingNamed(k string, i int) bool {
	for j, l := range p.lines {
		if j == i || l == "" {
			continue
		}
		var h string
		if l[0] == '#' {
			_, t, ok := heading(l)
			if !ok {
				continue
			}
			h = t
		} else if j+1 < len(p.lines) && (strings.HasPrefix(p.lines[j+1], "==") || strings.HasPrefix(p.lines[j+1], "--")) && underlined(p.lines, j) {
			h = trim(l)
		} else {
			continue
		}
		if !namesKey(h, k) {
			continue
		}
		n := j + 1
		for n < len(p.lines) && (isBlank(p.lines[n]) || underlined(p.lines, n-1) && n == j+1) {
			n++
		}
		if n < len(p.lines) {
			if _, page, _, ok := tocEntry(p.lines[n]); ok && page > 0 {
				continue // a contents' section, over its lines
			}
		}
		return true
	}
	return false
}

// underlined reports whether line i is a Setext heading's text: === or
// --- under it.
func underlined(lines []string, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	u := trim(lines[i+1])
	return len(u) >= 3 && (u[0] == '=' && strings.Trim(u, "=") == "" || u[0] == '-' && strings.Trim(u, "-") == "") // (by its first byte first)
}

// head is a running head: its key (headKey) and its lines.
type head struct {
	key   string
	lines []int
}

// numbersRise reports whether each of lines ends with a number and the
// numbers go up, by at most a few pages each time (pages between may
// carry none: a picture's, a blank one).
func numbersRise(all []string, lines []int) bool {
	prev := -1
	for _, i := range lines {
		n, ok := trailingNumber(all[i])
		if !ok || prev >= 0 && (n <= prev || n > prev+4) {
			return false
		}
		prev = n
	}
	return true
}

// folioAside reports whether t prints a decorated page number at an end,
// set apart from the rest (大事记<gap>·35·, ·34·<gap>宁川县志): a folio, as
// a bare figure at a line's end (a table's cell) is not.
func folioAside(t string) bool {
	r0, _ := decodeRune(t)
	rn := lastRune(t)
	if !folioMark(r0) && !folioMark(rn) {
		return false
	}
	// The mark is the number's that was set aside, at the same end: a
	// list's marker before a line that ends in a figure (-   **title** 11
	// 月 3, a date the wrap cut) is no folio. (It had been taken for a
	// running head, the title lost from the text, silently.)
	a := pageAside(t)
	return folioMark(r0) && !strings.HasPrefix(t, a) || folioMark(rn) && !strings.HasSuffix(t, a)
}

// bareFolios reports whether each of lines is a head and a bare page
// number set a wide gap apart (大事记<gap>37, 38<gap>宁川县志), the
// numbers one or two apart (a book's odd pages, or every page): a
// scanned book's folios without their decoration.
func bareFolios(all []string, lines []int) bool {
	prev := -1
	for _, i := range lines {
		parts := gapParts(trim(all[i]))
		if len(parts) != 2 {
			return false
		}
		num := parts[1]
		if !isFigure(firstRuneOf(num)) {
			num = parts[0]
		}
		n, _, ok := pageNumberLine(num)
		if !ok || n >= 1000 || !isFigure(firstRuneOf(num)) || !isFigure(lastRune(num)) || prev >= 0 && n-prev != 1 && n-prev != 2 {
			return false
		}
		prev = n
	}
	// A page of text between each and the next holds a sentence that
	// ends: a contents' title the wrap cut, …会召开<gap>21, repeats among
	// titles only.
	for k := 1; k < len(lines); k++ {
		sentence := false
		for j := lines[k-1] + 1; j < lines[k] && !sentence; j++ {
			sentence = closed(trim(all[j]))
		}
		if !sentence {
			return false
		}
	}
	return true
}

// folioMark reports whether r decorates a printed page number: ·35·,
// — 35 —, - 35 -.
func folioMark(r rune) bool {
	switch r {
	case '·', '・', '•', '‧', '—', '-', '－', '–', '─': // (•: OCR's ·; ‧: Big5's)
		return true
	}
	return false
}

// titleCore is the name a title key begins with, up to the first
// character that is not a letter (宁川年鉴 of 宁川年鉴（#）), when it is
// shorter than the key and at least four characters long; else "".
func titleCore(k string) string {
	n := 0
	for i, r := range k {
		if !(r >= 0x3400 && r <= 0x9FFF || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z')) {
			if n >= 4 {
				return k[:i]
			}
			return ""
		}
		n++
	}
	return ""
}

func (p *parser) isBreak(i int) bool {
	k := sort.SearchInts(p.breaks, i)
	return k < len(p.breaks) && p.breaks[k] == i
}

// blankBefore reports whether every line before line i is blank.
func blankBefore(lines []string, i int) bool {
	for j := range i {
		if !isBlank(lines[j]) {
			return false
		}
	}
	return true
}

// headKey is a short line with spaces dropped and every run of digits
// folded to one #, so that 平顶山月报 · 12 · and 平顶山月报 · 13 · are one
// key. Lines that are too long or end a sentence are not running heads,
// nor are lines of fewer than two letters.
func headKey(t string) string {
	var buf [headKeyMax]byte
	return string(appendHeadKey(buf[:0], t))
}

// headKeyMax is room for a key of forty runes and its # marks (foldHead
// takes no more): a key is made in it, not grown from nothing.
const headKeyMax = 4 * 41

// appendHeadKey appends headKey(t) to b.
func appendHeadKey(b []byte, t string) []byte {
	n := len(b)
	if !foldHead(pageAside(t), func(r rune) { b = utf8.AppendRune(b, r) }) {
		return b[:n]
	}
	return b
}

// pageAside drops a page number set apart at either end of a running
// head (8　平顶山月报 2023年第11期, 平顶山月报 2023年第11期　9, · 12 ·
// 平顶山月报), as a PDF prints it at the page's outer corner, so that the
// heads of even and odd pages have one key. Four figures are a year.
func pageAside(t string) string {
	if t == "" {
		return t
	}
	r0, _ := decodeRune(t)
	rn := lastRune(t)
	if !pageNumberEnd(r0) && !pageNumberEnd(rn) {
		return t // no figure or decoration at either end: nearly every line
	}
	// A page number's line, trimmed, begins and ends with a figure or a
	// decoration, with 第 and 页, or with ** (see pageNumberLine): an
	// end of t that is a Han character but those two, kept by trim, lets
	// the look for a page number at that end go (a chronicle's 1日　…).
	han := func(r, but rune) bool { return r >= 0x4E00 && r <= 0x9FFF && r != but }
	endHan, startHan := han(rn, '页'), han(r0, '第')
	gap := func(c byte) bool { return c == ' ' || c == '\t' || c == 0x80 } // 0x80: U+3000's last byte
	isPage := func(s string) bool {
		n, _, ok := pageNumberLine(s)
		return ok && n < 1000
	}
	// A page number and its decoration (— 123 —) are a few bytes: only
	// the ends of a line are looked at, however long it is.
	const reach = 32
	for i, seen := len(t)-1, 0; !endHan && i > 0 && i >= len(t)-reach && seen < 4; i-- {
		if gap(t[i]) && (t[i] != 0x80 || i >= 2 && t[i-2] == 0xE3 && t[i-1] == 0x80) {
			seen++
			if isPage(t[i+1:]) && trim(t[:i+1]) != "" {
				t = trim(t[:i+1])
				break
			}
		}
	}
	if !startHan && t[0]-'0' < 10 {
		// Nor a page number before a gap in a line whose figures run into
		// a Han character (1日　…): a page number that begins with a figure
		// is figures alone (12, 3 / 12), and a Han character is no space
		// for trim to take off.
		j := 1
		for j < len(t) && t[j]-'0' < 10 {
			j++
		}
		startHan = j < len(t) && t[j]-0xE4 < 6 // (E4 to E9: U+4000 to U+9FFF)
	}
	for i, seen := 0, 0; !startHan && i < len(t) && i < reach && seen < 4; i++ {
		if c := t[i]; c == ' ' || c == '\t' || c == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80 {
			seen++
			if isPage(t[:i]) && trim(t[i:]) != "" {
				return trim(t[i:])
			}
		}
	}
	return t
}

// headHash is a hash of t with spaces and digits left out, made byte by
// byte: lines with the same headKey have the same hash (lines that differ
// only in where digits stand may share one too; headKey decides after).
// ok is false where headKey would be empty for what the bytes show: t has
// a comma or a semicolon, or more than 40 characters. Most lines of a
// hard-wrapped text are such, and are let go at their first comma.
func headHash(t string) (h uint64, ok bool) {
	if strings.Contains(t, "，") {
		// The loop below reads every EF byte as a character's start (the
		// bytes it skips are continuation bytes) and gives up at the
		// first ，: a line of text that has one goes at once.
		return 0, false
	}
	h = 14695981039346656037 // FNV-1a
	runes := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80:
			i += 2 // U+3000
			continue
		case c&0xC0 != 0x80:
			if runes++; runes > 40 {
				return 0, false
			}
		}
		switch {
		case c >= '0' && c <= '9':
			continue
		case c == ',':
			return 0, false
		case c == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && (t[i+2] == 0x8C || t[i+2] == 0x9B): // ， ；
			return 0, false
		case c == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && t[i+2] >= 0x90 && t[i+2] <= 0x99:
			i += 2 // ０–９
			continue
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h | 1, true
}

// spacedOut reports whether t holds a run of spaces as wide as a column
// gap: pdftotext -layout sets a running head's name and issue at the two
// ends of the line (平顶山月报<50 spaces>2023年第11期).
func spacedOut(t string) bool {
	// Such a head is mostly spaces: at most 40 characters, 160 bytes, of
	// anything else. Most long lines have none, and are let go at once.
	if len(t) > 160 && strings.Count(t, " ") < len(t)-160 {
		return false
	}
	return strings.Contains(t, "     ")
}

// sameHead reports whether every line at lines[i] for i in at has key k:
// the hash they share leaves out where the digits stand.
func sameHead(at []int, k string, headOf func(int) string) bool {
	var buf [headKeyMax]byte
	for _, i := range at {
		// (Compared where it is made: a string of each had been most of
		// what a chronicle's parse allocated, by count.)
		if string(appendHeadKey(buf[:0], headOf(i))) != k {
			return false
		}
	}
	return true
}

// sameText reports whether each of lines at is t, trimmed.
func sameText(lines []string, at []int, t string) bool {
	for _, i := range at {
		if trim(lines[i]) != t {
			return false
		}
	}
	return true
}

// foldHead gives emit the runes of the key of t; false when t cannot be a
// running head.
func foldHead(t string, emit func(rune)) bool {
	if closed(t) || containsAnyOf(t, "，,；") {
		return false
	}
	digits := false
	letters, runes := 0, 0
	for i := 0; i < len(t); {
		r, n := decodeRune(t[i:])
		i += n
		switch {
		case r == ' ' || r == '\t' || r == '\u3000':
			continue // spaces do not count: a head spaced out across the page is short
		}
		if runes++; runes > 40 {
			return false
		}
		switch {
		case isFigure(r):
			if !digits {
				emit('#')
			}
			digits = true
			continue
		}
		digits = false
		if r >= 0x3400 || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
			letters++
		}
		emit(r)
	}
	return letters >= 2
}

// trailingNumber finds a page number at either end of a running head:
// 平顶山月报 · 12 ·, 12 平顶山月报.
func trailingNumber(l string) (int, bool) {
	if t := trim(l); t != "" && (t[0] == 0xC2 || t[len(t)-1] == 0xB7) { // · at an end (C2 B7)
		if a := pageAside(t); len(a) < len(t) {
			// 青岚县志<gap>·l3·: the folio set apart, read as a page line
			// is, OCR's letters for figures too (its trailing 3 had
			// numbered the page).
			if i := strings.Index(t, a); i >= 0 {
				if n, _, ok := pageNumberLine(t[:i] + " " + t[i+len(a):]); ok {
					return n, true
				}
			}
		}
	}
	t := strings.Trim(trim(l), "·・•-—－ \u3000|") // (•: OCR's · of a scanned folio)
	if n, ok := footerPage(t); ok {
		return n, true
	}
	i := figuresBefore(t, len(t), 5) // (ASCII or full-width: 宁川月报　１２, ６　宁川月报)
	if _, k, _ := figuresAt(t, i, 5); k > 0 && k <= 4 {
		n, _ := digitsValue(t[i:])
		// A year is not a page.
		if i == 0 || !strings.HasSuffix(t[:i], "第") && n < 1000 {
			return n, n > 0
		}
	}
	if n, k, j := figuresAt(t, 0, 4); k > 0 && k <= 3 && j < len(t) {
		r, _ := decodeRune(t[j:])
		if r != '年' && r != '月' && r != '日' {
			return n, n > 0
		}
	}
	return 0, false
}

// footerPage reads the page a head or footer ends with as 第1页 (史志动态
// 第11期　第1页): the issue's number before it is no page.
func footerPage(t string) (int, bool) {
	rest, ok := strings.CutSuffix(t, "页")
	if !ok {
		return 0, false // nearly every line
	}
	rest = strings.TrimRight(rest, " \u3000")
	i := figuresBefore(rest, len(rest), 5) // (第1页, 第１页)
	if _, k, _ := figuresAt(rest, i, 5); k == 0 || k > 4 || !strings.HasSuffix(strings.TrimRight(rest[:i], " \u3000"), "第") {
		return 0, false
	}
	n, _ := digitsValue(rest[i:])
	return n, n > 0
}

// pageNumberLine matches a line that is nothing but a page number: — 12 —,
// - 12 -, ·12·, 第12页, 第 12 页, a bare 12 (ASCII or full-width digits).
// decorated is false for the bare form.
func pageNumberLine(l string) (n int, decorated bool, ok bool) {
	t := trim(l)
	if len(t) > 4 && t[0] == '*' && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
		// **- 3 -**: a number set in a bold face, as pymupdf4llm marks it
		// (it had been a bold title, a section named -3-).
		t = trim(t[2 : len(t)-2])
	}
	if t == "" || len(t) > 40 || !pageNumberEnds(t) {
		return 0, false, false
	}
	if k := strings.IndexByte(t, '/'); k > 0 && t[0] >= '0' && t[0] <= '9' {
		// 3 / 12, 3/12: the page and the pages, as a PDF made from Word
		// numbers its footer; a bare number's run must still take it.
		a, okA := digitsValue(trim(t[:k]))
		b, okB := digitsValue(trim(t[k+1:]))
		if !okA || !okB || a == 0 || a > b {
			return 0, false, false
		}
		return a, false, true
	}
	if rest, found := strings.CutPrefix(t, "第"); found {
		body, of, found := strings.Cut(rest, "页")
		if !found {
			return 0, false, false
		}
		if of = trim(strings.TrimLeft(of, " \t,，/、")); of != "" && !pageCount(of) {
			return 0, false, false
		}
		n, ok := digitsValue(trim(body))
		return n, true, ok
	}
	lead := strings.TrimLeft(t, pageDecorations)
	tail := strings.TrimRight(lead, pageDecorations)
	if tail == "" {
		return 0, false, false
	}
	decorated = len(lead) != len(t) && len(tail) != len(lead)
	n, ok = digitsValue(tail)
	if !ok && decorated {
		n, ok = ocrFolio(tail) // ·l3·
	}
	if !ok || n == 0 {
		return 0, false, false
	}
	if !decorated && (len(lead) != len(t) || len(tail) != len(lead)) {
		return 0, false, false // a decoration on one side only: - 12 is a list item
	}
	return n, decorated, true
}

// ocrFolio reads a folio's figures with a letter OCR read for one among
// them (l3 of ·l3·, 1O of — 1O —: l and I for 1, O and o for 0), a digit
// at least: decorated on both sides, it is no word.
func ocrFolio(s string) (int, bool) {
	if len(s) < 2 || len(s) > 3*3 {
		return 0, false // (two or three figures, ASCII or full-width: l3, l３)
	}
	n, k, letters, ok := ocrRun(s)
	return n, ok && k >= 2 && k <= 3 && letters < k // (a digit among them)
}

// romanPageLine reports whether l is a page number in Roman numerals
// alone (Ⅰ, Ⅳ, — Ⅱ —, ·ⅲ·), as the contents' pages are numbered apart
// from the body's: the numeral characters (U+2160–U+217F), one or two.
//
// A copy normalised to NFKC spells them in Latin capitals (II, — I —):
// a numeral to twelve, of two letters or between decorations (I, V or X
// alone is an index's letter as often).
func romanPageLine(l string) bool {
	t := trim(l)
	if t != "" && len(t) <= 12 && (t[0] == 'I' || t[0] == 'V' || t[0] == 'X' || t[0] >= 0x80 && strings.ContainsAny(t, "IVX")) {
		decorated := t[0] >= 0x80
		if decorated {
			lead := strings.TrimLeft(t, pageDecorations)
			tail := strings.TrimRight(lead, pageDecorations)
			if len(lead) == len(t) || len(tail) == len(lead) {
				return false // a decoration on one side only
			}
			t = tail
		}
		_, n := latinRoman(t)
		return n > 0 && n == len(t) && (n >= 2 || decorated)
	}
	if len(t) < 3 || len(t) > 30 {
		return false
	}
	if r, _ := decodeRune(t); (r < 0x2160 || r > 0x217F) && !pageDecorationSet.has(r) {
		return false // by its first character: nearly every short line
	}
	if lastIndexRare(t, "\xe2\x85") < 0 { // (strings.Contains, by the E2 bytes: - 标题… has none)
		return false // no Roman numeral (U+2160–217F is E2 85 A0–BF): - 标题…, a list's line
	}
	lead := strings.TrimLeft(t, pageDecorations)
	tail := strings.TrimRight(lead, pageDecorations)
	if len(lead) != len(t) && len(tail) == len(lead) || len(lead) == len(t) && len(tail) != len(lead) {
		return false // a decoration on one side only
	}
	n := 0
	for _, r := range tail {
		if r < 0x2160 || r > 0x217F {
			return false
		}
		n++
	}
	return n >= 1 && n <= 2
}

// pageDecorations are what a page number is set between: — 12 —, ·12·, [12],
// and ‧12‧ (U+2027, the middle dot of Big5, which has no ·: Taiwan's
// and Hong Kong's copies).
const pageDecorations = "-—–－·・•‧ \u3000[]［］"

// pageDecorationSet holds pageDecorations, a look at a bit each.
var pageDecorationSet = newRuneSet(pageDecorations)

// pageNumberEnds reports whether t begins and ends as a page-number line
// can: with 第 and 页, or with a digit or a decoration at either end. It
// lets the common line go without the trimming of decorations, which
// looks at each character.
// pageCount matches what may follow 第12页 on a footer: 共48页.
func pageCount(s string) bool {
	body, found := strings.CutPrefix(s, "共")
	if !found {
		return false
	}
	body, found = strings.CutSuffix(trim(body), "页")
	_, ok := digitsValue(trim(body))
	return found && ok
}

func pageNumberEnds(t string) bool {
	if c := t[0]; c < utf8.RuneSelf {
		if !(c >= '0' && c <= '9' || c == '-' || c == ' ' || c == '[' || c == ']') {
			return false // the ASCII among pageDecorations, and digits
		}
	} else if r0, _ := decodeRune(t); r0 == '第' {
		return true
	} else if !pageNumberEnd(r0) {
		return false
	}
	r1, _ := decodeLastRune(t)
	return pageNumberEnd(r1)
}

// pageNumberEnd reports whether r is a digit or a decoration.
func pageNumberEnd(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || pageDecorationSet.has(r)
}

// pageDecorationRunes are the characters of pageDecorations, looked
// through as runes: strings.ContainsRune encodes r and searches the
// string's bytes for it (every short line's last character is asked).
// Read only.
var pageDecorationRunes = []rune(pageDecorations)

// digitsValue reads 1 to 4 ASCII or full-width digits and nothing else.
func digitsValue(s string) (int, bool) {
	if s == "" || s[0] == ' ' || s[0] == '\t' {
		return 0, false
	}
	d := &dateScanner{s: s}
	v, ok := d.number()
	return v, ok && d.i == len(s)
}

// pageStarts works out from the page numbers, running heads and form
// feeds where printed pages begin. A page break is a run of furniture and
// blank lines. A number before the running head or form feed of its break
// is the footer of the page that ends (the next page is one more); a
// number after them heads the page that begins.
func (p *parser) pageStarts(nums []pageCandidate) {
	type brk struct {
		lo, hi     int // furniture run, inclusive
		n          int // page number found in it; 0 when none
		footer     bool
		numbered   bool
		sawHeadOrF bool
		headAfter  bool // a head after its number (·15· / 青岚县志)
		blank      int  // pages with nothing on them in it (\f\f)
	}
	var brks []brk
	isNum := make(map[int]int, len(nums))
	for _, c := range nums {
		isNum[c.line] = c.n
	}
	// soft marks the furniture that says nothing of a page's edge:
	// pictures and tags, which stand between paragraphs too.
	soft := make(map[int]bool)
	for _, f := range p.iss.Furniture {
		if f.Kind == model.Image || f.Kind == model.Markup {
			soft[f.Line-1] = true
		}
	}
	headNum := make(map[int]pageCandidate, len(p.headNums))
	for _, c := range p.headNums {
		headNum[c.line] = c
	}
	for i := 0; i < len(p.lines); i++ {
		if !p.transparent[i] {
			if p.isBreak(i) && !isBlank(p.lines[i]) && (i == 0 || !p.transparent[i-1]) {
				// A form feed at the start of a line of text.
				brks = append(brks, brk{lo: i, hi: i - 1, sawHeadOrF: true, blank: p.blankPages[i]})
			}
			continue
		}
		b := brk{lo: i}
		for ; i < len(p.lines) && p.transparent[i]; i++ {
			b.blank += p.blankPages[i]
			if p.isBreak(i) {
				// A converter ends a page with its form feed, so one on
				// the number's line comes before it (\f1, as pdfminer
				// prints a page whose number box it reads first): the
				// number is the page's that begins, no footer.
				b.sawHeadOrF = true
			}
			if n, ok := isNum[i]; ok && !b.numbered {
				b.n, b.numbered, b.footer = n, true, !b.sawHeadOrF
			}
			if c, ok := headNum[i]; ok && !b.numbered {
				// A number in the running head numbers the page it heads,
				// one in a running footer (…第1页 before its page's break)
				// the page it ends.
				b.n, b.numbered, b.footer = c.n, true, c.foot && !b.sawHeadOrF
			}
			if _, num := isNum[i]; b.numbered && p.furn[i] && !num && !p.feet[i] && !soft[i] {
				b.headAfter = true
			}
			if _, num := isNum[i]; p.furn[i] && !num && !p.feet[i] && !soft[i] || p.isBreak(i) {
				// (A picture at a page's foot, over its number, is no
				// head: the number under it is the page's footer. Nor are
				// a converter's tags.)
				b.sawHeadOrF = true
			}
		}
		b.hi = i - 1
		if i < len(p.lines) && p.isBreak(i) {
			b.sawHeadOrF = true
			b.blank += p.blankPages[i]
		}
		if !b.numbered && !b.sawHeadOrF && b.blank == 0 {
			// Pictures (or tags) between paragraphs, no number, head or
			// form feed among them: the page goes on.
			i--
			continue
		}
		brks = append(brks, b)
		i-- // the loop's i++ comes back to the line after the run
	}
	// next[i] is the first line of text from i on, -1 when none: made in
	// one pass from the end, as every break asks for it.
	next := make([]int32, len(p.lines)+1)
	next[len(p.lines)] = -1
	for i := len(p.lines) - 1; i >= 0; i-- {
		next[i] = next[i+1]
		if !p.transparent[i] && !isBlank(p.lines[i]) && !rule(p.lines[i]) {
			next[i] = int32(i)
		}
	}
	nextText := func(i int) int { return int(next[min(i, len(p.lines))]) }
	page := 0
	headed := false // the last number read numbered the page it heads
	for k, b := range brks {
		switch {
		case b.numbered && b.footer && k == 0 && nextText(0) > b.hi:
			// A number with no text before it, atop the copy (·56· at
			// the left of a yearbook's even page, its running head
			// beside it, as -layout prints it): it heads its page, no
			// page ends before it.
			page = b.n
		case b.numbered && b.footer && b.headAfter && (headed && b.n == page+1 || k+1 < len(brks) && brks[k+1].numbered && !brks[k+1].footer && brks[k+1].n == b.n+1):
			// A number over a head (·15· / 青岚县志) where the head atop
			// the page before numbered it one less, as a scanned book's
			// OCR boxes the top of a page: it heads the page. A footer
			// it would number the page that ends, which its own head had
			// numbered one less (the pages after it had been one too
			// many, 16 under ·15·). After a footer the same number is
			// one, a page's between without its own (·8· / 平顶山月报 …,
			// then ·10· / 平顶山月报 …). So where the next break's head
			// numbers its page one more (·102· / 青岚年鉴（2021）, then
			// 大事记 / ·103·): a footer would leave two pages 103.
			page = b.n
		case b.numbered && b.footer:
			if k == 0 || len(p.iss.Pages) == 0 {
				// The text before the first footer is that page.
				if first := nextText(0); first >= 0 && first < b.lo {
					p.iss.Pages = append(p.iss.Pages, model.PageStart{Page: b.n, Line: first + 1})
				}
			}
			page = b.n + 1 + b.blank
		case b.numbered:
			page = b.n
		case page > 0:
			page += 1 + b.blank
		default:
			// A break with no number yet: where the next page begins, to
			// be numbered from the table of contents (numberPages).
			if at := nextText(b.hi + 1); at >= 0 {
				p.unnumbered = append(p.unnumbered, at+1)
			}
			continue
		}
		if b.numbered {
			headed = page == b.n
		}
		if at := nextText(b.hi + 1); at >= 0 {
			if n := len(p.iss.Pages); n > 0 && p.iss.Pages[n-1].Line == at+1 {
				p.iss.Pages[n-1].Page = page
			} else {
				p.iss.Pages = append(p.iss.Pages, model.PageStart{Page: page, Line: at + 1})
			}
		}
	}
}

// numberPages numbers page breaks that carry no number (a running head
// and a form feed, nothing else) from the table of contents: when the
// entries that have a printed page agree on which break is which page,
// the breaks are numbered by that, and give the other entries theirs.
func (p *parser) numberPages() {
	iss := p.iss
	if len(iss.Pages) > 0 || len(p.unnumbered) == 0 {
		return
	}
	votes := make(map[int]int)
	n := 0
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Page == 0 {
				continue
			}
			// The entry is on the page after the k-th break (k = 0 before the first).
			k := sort.SearchInts(p.unnumbered, e.Line+1)
			votes[e.Page-k]++
			n++
		}
	}
	best, offset := 0, 0
	for off, v := range votes {
		if v > best || v == best && off < offset {
			best, offset = v, off
		}
	}
	if n < 2 || best*10 < n*8 {
		return // the pages and the breaks do not agree: say nothing rather than guess
	}
	for k, line := range p.unnumbered {
		if page := offset + k + 1; page > 0 {
			iss.Pages = append(iss.Pages, model.PageStart{Page: page, Line: line})
		}
	}
}

// pageAt returns the printed page that source line (1-based) is on, or 0
// when the furniture does not say.
func pageAt(pages []model.PageStart, line int) int {
	k := sort.Search(len(pages), func(k int) bool { return pages[k].Line > line })
	if k == 0 {
		return 0
	}
	return pages[k-1].Page
}

// readerHeader returns how many of the first lines are the header a
// reader service writes over a page it turned into Markdown (Jina
// Reader's Title: … / URL Source: http… / Published Time: … / Markdown
// Content:), through the Markdown Content: line; 0 where there is none.
// The header is the page's, not the copy's: its Title: had been read as
// a cover line not understood, and the copy's own cover under it lost.
func readerHeader(lines []string) int {
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "Title:") {
		return 0 // every other copy, by its first bytes
	}
	source := false
	for i, l := range lines[1:min(len(lines), 12)] {
		switch t := trim(l); {
		case t == "":
		case strings.HasPrefix(t, "URL Source:"):
			source = true
		case t == "Markdown Content:":
			if source {
				return i + 2
			}
			return 0
		case strings.HasPrefix(t, "Published Time:"), strings.HasPrefix(t, "Description:"), strings.HasPrefix(t, "Warning:"):
		default:
			return 0
		}
	}
	return 0
}

// frontMatter reads the YAML block a web clipper or an extractor writes
// over a page's text (--- / title: … / url: … / date: 2023-11-05 / ---,
// trafilatura's, Obsidian's Web Clipper's), or a note app over a note:
// its lines are markup (a page's chrome where it names the page), but
// for the title, which stays as the line of text it stands for (the
// article's title), and the date, which is when the page came out. The
// block had been read as a masthead of keys title, url, … and the rest
// as text. It returns the number of lines the block takes, 0 for none.
func (p *parser) frontMatter() int {
	if len(p.lines) < 3 || trim(p.lines[0]) != "---" {
		return 0 // nearly every copy
	}
	end, keys, title, date := -1, 0, -1, ""
	kind := model.Markup
	for i := 1; i < len(p.lines) && i < 40; i++ {
		t := trim(p.lines[i])
		if t == "---" || t == "..." {
			end = i
			break
		}
		if t == "" || strings.HasPrefix(t, "- ") {
			continue // a list's item (tags: / - 史志)
		}
		k := strings.IndexByte(t, ':')
		if k <= 0 || !yamlKey(t[:k]) {
			return 0
		}
		keys++
		val := strings.Trim(trim(t[k+1:]), "\"'")
		switch strings.ToLower(t[:k]) {
		case "title":
			if val != "" {
				title = i
			}
		case "date", "published", "pubdate", "publish_date":
			date = val
		case "url", "source", "hostname", "sitename":
			kind = model.WebChrome // a page's, not a note's
		}
	}
	if end < 0 || keys < 2 {
		return 0
	}
	if title >= 0 {
		if j := p.nextText(end + 1); j >= 0 {
			if _, _, ok := heading(p.lines[j]); ok {
				title = -1 // # 宁川月报 under it: the copy's own title, the note's name a copy of it
			}
		}
	}
	for i := 0; i <= end; i++ {
		if isBlank(p.lines[i]) {
			continue
		}
		if i == title {
			t := trim(p.lines[i])
			p.rewrite(i, strings.Trim(trim(t[strings.IndexByte(t, ':')+1:]), "\"'"))
			continue
		}
		p.addFurniture(i, kind, p.lines[i])
		p.lines[i] = ""
	}
	if len(date) >= 10 && isoDate(date[:10]) {
		if c, ok := coverNumbers(date[:10]); ok && !c.published.IsZero() {
			p.iss.Published = c.published
		}
	}
	return end + 1
}

// yamlKey matches a YAML key as front matter writes one: ASCII letters,
// digits, - and _, a letter first.
func yamlKey(k string) bool {
	if len(k) > 30 || k[0]|0x20 < 'a' || k[0]|0x20 > 'z' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c|0x20 < 'a' || c|0x20 > 'z' {
			if (c < '0' || c > '9') && c != '-' && c != '_' {
				return false
			}
		}
	}
	return true
}

// imagePlaceholder matches a line that stands for a picture and holds
// nothing else: [图片], 【图片】, [图], [image], （图片）, [视频].
func imagePlaceholder(l string) bool {
	t := trim(l)
	if len(t) < 4 || t[0] != '[' && t[0] != '(' && t[0] != 0xE3 && t[0] != 0xEF {
		return false // by its first byte, nearly every short line
	}
	for _, br := range [...][2]string{{"[", "]"}, {"【", "】"}, {"(", ")"}, {"（", "）"}} {
		if inner, ok := strings.CutPrefix(t, br[0]); ok {
			if inner, ok = strings.CutSuffix(inner, br[1]); ok {
				switch strings.ToLower(trim(inner)) {
				case "图片", "图", "图像", "照片", "image", "img", "picture", "视频", "video":
					return true
				}
			}
			return false
		}
	}
	return false
}

// icpLine reports whether l, its text from byte i, is a registration a
// government site's footer prints after a province's character:
// 豫ICP备12345678号-1, 豫公网安备 41042302000123号.
func icpLine(l string, i int) bool {
	if len(l) >= i+3+len("ICP") && (l[i+3] == 'I' && strings.HasPrefix(l[i+3:], "ICP") || l[i+3] == 0xE5 && strings.HasPrefix(l[i+3:], "公网安备")) { // (公 is E5 85 AC)
		if t := trim(l); len(t) <= 160 && !containsAnyOf(t, "，。") {
			return true
		}
	}
	return false
}

// webChrome reports whether l is a web page's chrome, copied with the
// text it surrounds: a breadcrumb (当前位置：首页 > 大事记, 首页 > 工作动态),
// the page's buttons (【字体：大 中 小】, 【打印本页】【关闭窗口】, 分享到：…,
// 扫一扫在手机打开当前页, 返回顶部), links to the articles before and after
// (上一篇：…, 下一篇：…), a WeChat article's header and footer (原创 株洲史志
// 2023-07-05 08:30 发表于湖南, 点击蓝字 关注我们, - END -, 阅读原文). Lines
// are let go by their first character.
func webChrome(l string) bool {
	if len(l) > 240 {
		return false // a paragraph: let go before trimming it
	}
	// Every line is looked at: by its first character (after ASCII
	// spaces), before it is trimmed.
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	if i == len(l) {
		return false
	}
	r, _ := decodeRune(l[i:])
	switch r {
	case '当', '您', '所', '首', '【', '[', '字', '打', '关', '分', '扫', '返', '上', '下', '点', '-', '—', '原', '阅', '长', '浏', 'E', '\u3000':
	case '写', '留', '暂', '在', '收', '赞', '喜':
		// 写留言, 暂无留言, 在看, 收藏: the buttons under a WeChat article.
		t := trim(l)
		return len(t) <= 20*3 && wechatButtons(t)
	case '版', '网', '技', '备', 'C', 'c', '©', 'I', '建', '共':
		// A site's footer (版权所有：…, 网站标识码：…, 豫ICP备…号, 技术支持：…,
		// Copyright ©…) and a list's pages (共3条 首页 上一页 1 下一页 尾页).
		if t := trim(l); len(t) <= 160 && (r == '共' && pagination(t) || r != '共' && siteFooter(t)) {
			return true
		}
		return wechatAccountLine(l)
	default:
		return icpLine(l, i) || wechatAccountLine(l)
	}
	t := trim(l)
	if t == "" || len(t) > 160 {
		return false
	}
	if (r == '-' || r == '—' || r == 'E') && len(t) <= 32 {
		// - END -, —END—, END: the end of a WeChat article; a list's
		// items (- 标题 ….. (12)) begin so too, and are let go here.
		if strings.IndexByte(t, 'E') < 0 && strings.IndexByte(t, 'e') < 0 {
			return false // no END: let go before the trim by characters (every list item comes here)
		}
		rest := strings.Trim(t, "-—–·  ")
		return rest == "END" || rest == "end"
	}
	for _, k := range [...]string{"当前位置", "您的位置", "您现在的位置", "您当前的位置", "当前所在位置", "所在位置"} {
		// A breadcrumb's steps are set apart by > (当前位置：首页 > 大事记):
		// 当前位置：县城西关，… is a sentence.
		if rest, ok := strings.CutPrefix(t, k); ok && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) &&
			(containsAnyOf(rest, ">＞»›") || strings.Contains(rest, "首页")) && !containsAnyOf(rest, "，。") {
			return true
		}
	}
	if strings.HasPrefix(t, "首页") && (containsAnyOf(t, ">＞»›") || navBar(t)) {
		return true // 首页 > 工作动态; 首页 | 机构概况 | 史志动态 | …, a site's menu
	}
	if (r == '首' || r == '上') && pagination(t) {
		return true
	}
	for _, k := range [...]string{"上一篇：", "下一篇：", "上一篇:", "下一篇:", "上一条：", "下一条：", "上一条:", "下一条:",
		"分享到：", "分享到:", "扫一扫在手机", "点击蓝字", "点击上方", "长按识别", "长按二维码", "浏览次数：", "浏览次数:"} {
		if strings.HasPrefix(t, k) && utf8.RuneCountInString(linkText(t)) <= 60 {
			return true
		}
	}
	if (strings.HasPrefix(t, "点击") || strings.HasPrefix(t, "关注")) && strings.HasSuffix(t, "关注我们") && utf8.RuneCountInString(t) <= 20 {
		return true // 点击上方“株洲史志”关注我们, 关注我们
	}
	if strings.HasPrefix(t, "原创") && wechatHeader(t) {
		return true
	}
	if (strings.Contains(t, "字体") || strings.Contains(t, "字号")) && strings.Contains(t, "大") && strings.Contains(t, "小") && utf8.RuneCountInString(t) <= 20 {
		return true // 【字体：大 中 小】, 字号：T|T
	}
	// A line of buttons and nothing else: 【打印本页】【关闭窗口】, [打印] [关闭].
	if len(t) > 30*3 {
		return false
	}
	if (r == '阅' || r == '分' || r == '点') && wechatButtons(t) {
		return true // 阅读 1268, 分享 收藏 点赞 在看
	}
	rest := t
	if t == "END" {
		return true
	}
	if i := strings.Index(t, "【字"); i >= 0 && (strings.HasPrefix(t[i:], "【字体") || strings.HasPrefix(t[i:], "【字号")) {
		// 【字体：大 中 小】 【打印本页】 【关闭窗口】 on one line, the size
		// buttons with the others (it had been the cover's text, warned).
		if j := strings.Index(t[i:], "】"); j > 0 && utf8.RuneCountInString(t[i:i+j]) <= 12 {
			rest = t[:i] + t[i+j+len("】"):]
			if trim(rest) == "" {
				return false // (alone, it is the test above's)
			}
		}
	}
	if rest == t && !containsAnyOf(t, "打关返收阅Ee") {
		return false // no button begins anywhere in it (nearly every line): the test below's answer
	}
	for _, b := range [...]string{"打印本页", "打印此页", "关闭窗口", "关闭本页", "返回顶部", "打印", "关闭", "收藏", "返回", "阅读原文", "END", "end"} {
		rest = strings.ReplaceAll(rest, b, "")
	}
	if rest == t {
		return false // no button: ----, a Setext underline or a rule
	}
	rest = strings.Trim(rest, "【】[]-—–·|｜ \t\u3000")
	return rest == "" && utf8.RuneCountInString(t) <= 30
}

// wechatButtons matches a line of the buttons and counts under a WeChat
// article, copied with its text: 阅读 1268 (阅读 10万+), 分享 收藏 点赞 在看,
// 写留言, 暂无留言. Each word is one of them, apart by spaces.
func wechatButtons(t string) bool {
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	if f[0] == "阅读" && len(f) == 2 {
		n := strings.TrimSuffix(strings.TrimSuffix(f[1], "+"), "万")
		return n != "" && allDigits(n) // 阅读 1268, 阅读 10万+
	}
	for _, w := range f {
		switch w {
		case "分享", "收藏", "点赞", "在看", "赞", "写留言", "留言", "暂无留言", "喜欢作者", "赞赏", "推荐", "转发":
		default:
			return false
		}
	}
	return len(f) >= 2 || f[0] != "推荐" && f[0] != "赞" && f[0] != "转发"
}

// wechatAccountLine matches the line under a WeChat article's title that
// begins with the account's name: 株洲史志 2023-08-02 09:15 发表于湖南, the
// place it was posted from last.
func wechatAccountLine(l string) bool {
	tail := l
	for tail != "" && (tail[len(tail)-1] == ' ' || tail[len(tail)-1] == '\t') {
		tail = tail[:len(tail)-1]
	}
	// (发表于 holds 表, E8 A1 A8: a line's end without an E8 byte, as most
	// have, is let go by one byte search, not a search for the words.)
	end := tail[max(0, len(tail)-8*3):]
	return len(tail) <= 60*3 && strings.IndexByte(end, 0xE8) >= 0 && strings.Contains(end, "发表于") && wechatHeader(trim(l))
}

// siteFooter matches a line of a website's footer, copied with a page:
// 版权所有：宁川县地方史志办公室, Copyright © 2023, 网站标识码：…, 网站地图,
// 技术支持：…, ICP备案号：…, 备案号：…, 建议使用IE9以上浏览器.
func siteFooter(t string) bool {
	for _, k := range [...]string{"版权所有", "Copyright", "copyright", "COPYRIGHT", "©", "网站标识码", "网站地图", "技术支持：", "技术支持:", "备案号", "ICP备"} {
		if strings.HasPrefix(t, k) {
			return !containsAnyOf(t, "，。")
		}
	}
	return strings.HasPrefix(t, "建议") && strings.Contains(t, "浏览器") && utf8.RuneCountInString(t) <= 40
}

// pagination matches a list page's links to its pages: 共3条　首页　上一页
// 1　下一页　尾页, 上一页 1 2 3 下一页.
func pagination(t string) bool {
	return utf8.RuneCountInString(t) <= 60 && (strings.Contains(t, "下一页") || strings.Contains(t, "上一页")) &&
		!containsAnyOf(t, "，。")
}

// navBar matches a site's menu after 首页: four items at least, each a
// few characters, set apart by | or spaces (首页 | 机构概况 | 史志动态 |
// 地情资料 | 联系我们).
func navBar(t string) bool {
	n := 0
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' || r == ' ' || r == '\u3000' || r == '\t' }) {
		if c := utf8.RuneCountInString(f); c > 8 || containsAnyOf(f, "，。：:") {
			return false
		}
		n++
	}
	return n >= 4
}

// wechatHeader matches the line under a WeChat article's title: 原创
// 株洲史志 株洲史志 2023-07-05 08:30 发表于湖南, 原创 株洲史志 2023年08月02日
// 09:15 湖南 — an account, a date and a time of day.
func wechatHeader(t string) bool {
	if utf8.RuneCountInString(t) > 60 || containsAnyOf(t, "，。") {
		return false
	}
	// A time of day, 09:15, after a date.
	k := strings.IndexByte(t, ':')
	timed := k >= 2 && k+2 < len(t) && t[k-1] >= '0' && t[k-1] <= '9' && t[k+1] >= '0' && t[k+1] <= '9' && containsAnyOf(t[:k], "-年")
	return strings.HasPrefix(t, "原创") && (timed || strings.Contains(t, "发表于")) || timed && strings.Contains(t, "发表于")
}

// linksAtEnd reports whether line i is a web page's heading over its links
// to other articles (往期推荐, 推荐阅读), the last thing in the file: every
// line after it is a short one that ends no sentence. A column of that
// name over an article is text.
func (p *parser) linksAtEnd(i int) bool {
	if !linksHeading(trim(p.lines[i])) {
		return false
	}
	n, head := 0, false
	for k := i + 1; k < len(p.lines); k++ {
		t := trim(p.lines[k])
		if t == "" || t == "\f" {
			continue
		}
		if _, _, ok := pageNumberLine(t); ok || head {
			// — 20 — / 宁州史志月报｜2023年第11期: a page's number and the
			// next page's head among the links, which a copy printed to
			// PDF breaks as any text: no link of the twelve.
			head = !head
			continue
		}
		if n++; n > 12 || closed(t) || utf8.RuneCountInString(t) > 40 {
			return false
		}
	}
	return n > 0
}

// linksHeading matches the heading a web page sets over its links to other
// articles: 往期推荐, 往期回顾, 推荐阅读, 相关阅读.
func linksHeading(t string) bool {
	switch strings.Trim(t, "【】[]-—–·|｜ \t\u3000") {
	case "往期推荐", "往期回顾", "往期精选", "推荐阅读", "相关阅读", "相关文章", "相关新闻",
		"预览时标签不可点", "微信扫一扫关注该公众号", "微信扫一扫", "继续滑动看下一个", "向上滑动看下一个", "轻触阅读原文", "喜欢此内容的人还喜欢":
		return true
	}
	return false
}

// linkText returns t up to the address of its first Markdown link, as
// html2text and turndown write a web page's (上一篇：[宁川县2023年10月大事记](http://…)):
// the address is no part of the line's length as a reader sees it.
func linkText(t string) string {
	if k := strings.Index(t, "](http"); k > 0 {
		return t[:k]
	}
	return t
}

// contentsLine reports whether t is a line of a table of contents: a
// title and its page after a leader (tocEntry), or after one space
// (县委常委会召开会议 1, as plain pdftotext prints a contents page).
func contentsLine(t string) bool {
	n := len(t)
	if n == 0 {
		return false
	}
	if c := t[n-1]; c < '0' || c > '9' {
		// …推进大会召开 ..... (1), ……（１）, ……１, ……- 1 -: the page in
		// brackets, full-width or between dashes, as the contents' other
		// forms print it (the contents' last line had been a sentence the
		// wrap cut, and the body's first heading under it, 一、重要会议, a
		// head printed once, lost, silently). Nearly every line ends
		// otherwise, and is let go by its last bytes.
		if c != ')' && c != '-' && !(n >= 3 && t[n-3] == 0xEF && t[n-2] == 0xBC && (c == 0x89 || c-0x90 <= 9)) {
			return false
		}
		_, page, _, ok := tocEntry(t)
		return ok && page > 0 && page < 1000
	}
	k := n
	for k > 0 && t[k-1] >= '0' && t[k-1] <= '9' {
		k--
	}
	if k >= 2 && n-k <= 3 && t[k-1] == ' ' && t[k-2] != ' ' && t[k-2] >= utf8.RuneSelf {
		return true // 召开 1: a Han character, one space, a page
	}
	_, page, _, ok := tocEntry(t)
	return ok && page > 0
}
