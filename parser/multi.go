package parser

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// A file sometimes holds several issues one after the other (a year's
// issues pasted together, or two converted at once). Each begins with a
// cover whose issue number (2023年第12期) differs from the one before,
// after body text of the issue before; or with the first cover again,
// line for line, where the file holds one issue twice (pasted twice, or
// two conversions of it joined).

type span struct {
	lo, hi int
	// volume says the span is a bound volume's front (its cover and its
	// contents), before its issues; bare that it is an issue of the
	// volume under its number alone (第2期), which prints no cover.
	volume, bare bool
	// coverless says the issue begins with its table of contents, after
	// the articles of the one before, with no cover: its name and number
	// are not known.
	coverless bool
}

// splitIssues returns the line ranges of the issues in lines.
func splitIssues(lines []string) []span {
	var cuts, coverless []int
	var atContents []int // cuts at a plain cover line over a contents heading (plainCoverAbove)
	prevYear, prevNum, prevTotal := -1, -1, 0
	body := false      // body text since the last cover
	bodyN := 0         // lines of it, up to manyParagraphs
	contents := false  // a contents heading seen
	textSince := false // body text since the last contents heading
	// boxed says the last contents heading was a box of highlights (本期
	// 要目) and no body text has come since: the full contents under it
	// (# 目录 over every title) are its issue's, whatever text came before
	// the box (a cover's masthead table, MinerU's <table> of 主管：…; the
	// 目录 had begun a second issue, with no cover).
	boxed := false
	// bound says the file's cover is a bound volume's (2023年合订本): the
	// first issue's cover begins an issue too, after the volume's own
	// contents, which are no body text.
	bound := false
	// piece says a book's front piece (序, 凡例, 编辑说明) stands before
	// the first contents heading: its text is the book's, printed before
	// its contents, not an issue's body before another's contents (a
	// chronicle's 序 and 凡例 had made its 目录 begin a second issue).
	piece := false
	// plainCover is the name on the file's first line where that line is
	// the cover, name and number on one plain line (《青岚月报》2024年增刊第1期,
	// 宁川月报2023年第11期): such a line with that name and another number
	// after the issue's text is the next issue's cover. (A plain line of a
	// name and a number elsewhere is as often one a list names, 往期推荐.)
	plainCover := ""
	// name is the publication's name the current issue's cover prints
	// over or beside its number (see coverName): another name over the
	// same number, after the issue's text, is another publication's
	// issue of that month (a month's reports of two counties in one
	// file; the second had been the first's last articles, silently).
	name, nameOne := "", false
	first := 0
	for first < len(lines) && isBlank(lines[first]) {
		first++
	}
	for i, l := range lines {
		t := trim(l)
		if t == "" {
			continue
		}
		// The last byte of 本, ) or ） lets nearly every line go at once.
		if last := t[len(t)-1]; prevNum < 0 && !bound && len(t) <= 120 && (last == 0xAC || last == ')' || last == 0x89) && strings.HasSuffix(trimRightParens(t), "合订本") {
			c, ok := coverNumbers(stripMarkup(t))
			if !ok {
				_, c, ok = titleWithNumber(stripMarkup(t))
			}
			bound = ok && c.note == "合订本"
		}
		if len(t) <= 40 && !bound && contentsLeads(t) && (strings.Contains(t, "目") || strings.Contains(t, "导") || strings.Contains(t, "CONTENTS")) && contentsHeading(t) { // (目 E7, 导 E5, C: contentsLeads)
			// 目录 over its titles and pages, then articles, after the
			// articles of the issue before (after its own contents, or
			// after many paragraphs: not an editor's note or a masthead
			// before the first contents): an issue that prints no cover
			// (or whose cover the copy lost) begins here.
			if body && (contents || bodyN >= manyParagraphs) && !boxed && !(contents && !textSince && t[0] < 0x80) && contentsThenBody(lines, i) {
				// (CONTENTS right under the lines of 目　录, no text
				// between: the English contents after the Chinese, as a
				// yearbook prints them, whatever text came before the
				// Chinese, its 编辑说明; no issue's.)
				if at := plainCoverAbove(lines, i); at >= 0 {
					// 《青岚月报》2024年第4期 / 青岚县地方史志办公室编 / 目录:
					// the cover is there, its number on a plain line, which
					// alone may be an issue a list names (its issue's
					// cover had been the last article's text, and the
					// issue one without a cover, warned).
					cuts = append(cuts, at)
					atContents = append(atContents, at)
				} else {
					cuts = append(cuts, i)
					coverless = append(coverless, i)
				}
				prevYear, prevNum, prevTotal, body, bodyN = 0, 0, 0, false, 0
			}
			contents, textSince = true, false
			boxed = highlightsHeading(t)
			continue
		}
		if !piece && !contents && len(cuts) == 0 && len(t) <= 8*3+3 && pieceEnd(lastRune(t)) && bookPiece(unspace(stripHeading(t))) {
			piece = true
			continue
		}
		u := t // the line without its heading or bold marks
		if len(t) <= 120 && (t[0] == '#' || t[0] == '*' || t[0] == '<') && markedIssueEnd(t) {
			// ## 2023年第12期, **2023年第12期** under # 宁川史志, as
			// MinerU or a web page sets a cover
			if _, h, ok := heading(t); ok {
				u = stripMarkup(h)
			} else if b, ok := boldOnly(t); ok {
				u = b
			}
		}
		if len(t) <= 120 && (issueEnd(u) || gappedIssue(t)) {
			c, ok := coverNumbers(u)
			titled := false
			oneLine := false // the cover is this line alone (see plainCover): it begins here
			if !ok {
				// 第12期　　宁川县地方史志办公室编　　2024年1月4日, 宁川县史志办编
				// 2023年5月31日 第5期: the number among a briefing's cover
				// items.
				c, ok = itemNumbers(t)
			}
			if !ok && issueEnd(u) {
				// # 宁川史志 2023年第12期: the name and the number on one
				// line, a cover of its own.
				// Marked as a heading or in bold only: a plain line
				// 宁川史志2023年第5期 is as often an issue named in a list
				// (往期推荐).
				s, marked := boldOnly(t)
				if lvl, h, isHeading := heading(t); isHeading && lvl == 1 {
					s, marked = h, true
				}
				if marked {
					_, c, ok = titleWithNumber(stripMarkup(s))
					titled = ok
				} else if t[0] == '*' {
					// **宁川史志** 2023年第11期: the name in bold, the
					// number after it.
					if _, rest, bold := leadingBold(t); bold {
						c, ok = coverNumbers(rest)
						titled = ok
					}
				} else if i == first || plainCover != "" {
					var name string
					if name, c, ok = titleWithNumber(t); ok && i == first {
						plainCover = name
					} else {
						ok = ok && name == plainCover && !listedIssue(lines, i, name)
					}
					titled, oneLine = ok, ok
				}
			}
			if ok && c.number == 0 && c.total != 0 && prevNum >= 0 {
				// 总第216期 alone: the cover's own under its number, or,
				// after body text, another issue's.
				if !body {
					prevTotal = cmp.Or(prevTotal, c.total)
				} else if prevTotal != 0 && c.total != prevTotal && !sentenceNext(lines, i) {
					if at := coverStart(lines, i); (at < i || titled || ruleOver(lines, i)) && !pastIssues(lines[at]) {
						cuts = append(cuts, at)
						prevYear, prevNum, prevTotal, body, bodyN = c.year, 0, c.total, false, 0
						contents = false
					}
				}
				continue
			}
			if !ok || c.number == 0 {
				if bodyN < manyParagraphs && bodyLike(t) && !bracketNotice(t) {
					body, bodyN, boxed = true, bodyN+1, false
					textSince = true
				} else if contents && !textSince && bodyLike(t) && !bracketNotice(t) {
					textSince = true
				}
				continue
			}
			y, n := c.year, c.number
			if prevNum == 0 && !body {
				// The number under a cover that began with its total.
				prevYear, prevNum = y, n
			}
			if prevNum < 0 && bound && y == 0 {
				// 第1期 alone in a bound volume's front: a part of its
				// contents (总目录 / 第1期 / titles…), or a part's heading;
				// the issues' own covers print their year.
				continue
			}
			if prevNum < 0 {
				if at := coverStart(lines, i); bound && y != 0 && at < i && at > 0 {
					// (A cover of its own prints its year, 2023年第1期; a
					// bare 第1期 heads a part of the volume.)
					cuts = append(cuts, at) // 2023年合订本 … / 宁川史志 / 2023年第1期
					body, bodyN = false, 0
				}
				prevYear, prevNum, prevTotal = y, n, c.total
				name, nameOne = coverName(lines, i, t)
				continue
			}
			if !body && prevNum == n {
				prevTotal = cmp.Or(prevTotal, c.total)
			}
			// Another number (a year left out on one side is no
			// difference), under a title of its own: a cover. A running
			// head 第11期 repeats the number; a line 2023年第10期 in the text
			// has no title above it.
			other := false
			if body && n == prevNum && !differ(y, prevYear) && name != "" {
				b, one := coverName(lines, i, t)
				other = otherPublication(name, nameOne, b, one) && coverLike(lines, i, b, one)
			}
			if body && (n != prevNum || differ(y, prevYear) || other) {
				// (A number over a sentence is one the text names, but
				// under the publication's name as a heading: an editor's
				// note on the cover, **编者按**：….)
				at := i
				if !oneLine {
					at = coverStart(lines, i)
				} else if !(y > prevYear || (y == 0 || y == prevYear) && n > prevNum) && !ruleOver(lines, i) {
					// 相关阅读 / 宁川月报2023年第10期 / 县志办开展…: a plain line
					// that names an earlier issue is a reference in the
					// text; the next issue's goes on (it had split the
					// file, silently).
					continue
				}
				if (at < i || titled || ruleOver(lines, i)) && !pastIssues(lines[at]) && (!sentenceNext(lines, i) || titleHeading(lines[at])) {
					cuts = append(cuts, at)
					prevYear, prevNum, prevTotal, body, bodyN = y, n, c.total, false, 0
					contents = false // (the new issue's own contents are to come)
					name, nameOne = coverName(lines, i, t)
				}
			}
			continue
		}
		if piece && !contents {
			continue
		}
		if bodyN < manyParagraphs && bodyLike(t) && !bracketNotice(t) {
			body, bodyN, boxed = true, bodyN+1, false
			textSince = true
		} else if contents && !textSince && bodyLike(t) && !bracketNotice(t) {
			textSince = true // (past manyParagraphs: only until the first)
		}
	}
	bare := false
	if bound && len(cuts) == 0 {
		cuts = bareIssues(lines)
		bare = len(cuts) > 0
	}
	volume := bound && len(cuts) > 0
	if again := repeatedStart(lines); len(again) > 0 {
		// A copy of the issue again has its own contents after its cover:
		// no issue without a cover begins there.
		cuts = slices.DeleteFunc(cuts, func(c int) bool {
			if !slices.Contains(coverless, c) && !slices.Contains(atContents, c) {
				return false
			}
			for _, r := range again {
				if r < c && c-r <= 60 {
					return true
				}
			}
			return false
		})
		cuts = append(cuts, again...)
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
	}
	spans := make([]span, 0, len(cuts)+1)
	lo := 0
	for _, c := range cuts {
		spans = append(spans, span{lo: lo, hi: c, bare: bare && lo > 0, coverless: slices.Contains(coverless, lo)})
		lo = c
	}
	spans = append(spans, span{lo: lo, hi: len(lines), bare: bare && lo > 0, coverless: slices.Contains(coverless, lo)})
	spans[0].volume = volume
	return spans
}

// bareIssues returns the lines where a bound volume's issues begin when
// each is headed by its number alone, on a plain or bold line (第1期 /
// 时政要闻 / …, no cover of its own): only where the evidence is clear,
// the numbers following one another from the first (第1期, 第2期, …), two
// at least, each over text of its issue (contents or articles), not over
// the next number. (## 第1期 headings are the volume's sections: see
// coverLine.)
func bareIssues(lines []string) []int {
	var at []int
	prev := 0
	textSince := true // text of an issue since the last number
	for i, l := range lines {
		t := trim(l)
		if t == "" {
			continue
		}
		n := bareNumber(t)
		if n == 0 {
			if len(at) > 0 {
				textSince = true
			}
			continue
		}
		if len(at) > 0 && (n != prev+1 || !textSince) {
			return nil // 第1期 … 第3期, or two numbers with nothing between: a list, not the issues
		}
		at = append(at, i)
		prev, textSince = n, false
	}
	if len(at) < 2 || !textSince {
		return nil
	}
	return at
}

// bareNumber returns the issue number of a line that is 第N期 and nothing
// else (plain or bold, not a heading), else 0.
func bareNumber(t string) int {
	if len(t) > 40 || t[0] == '#' || !strings.HasSuffix(strings.TrimRight(t, "*"), "期") {
		return 0 // nearly every line
	}
	s := stripMarkup(t)
	if !strings.HasPrefix(s, "第") {
		return 0
	}
	c, ok := coverNumbers(s)
	if !ok || c.year != 0 || c.total != 0 || !c.published.IsZero() {
		return 0
	}
	return c.number
}

// repeatedStart returns the lines where the file's first lines of text
// begin again, six at least line for line, as where one issue is in the
// file twice (pasted twice, two conversions of it joined), whatever its
// cover prints: a running head repeats a line or two, not the cover and
// what follows it.
func repeatedStart(lines []string) []int {
	const n = 6
	first := 0
	for first < len(lines) && isBlank(lines[first]) {
		first++
	}
	if first == len(lines) {
		return nil
	}
	head := trim(lines[first])
	// A cover's lines differ from one another (title, number, office,
	// date); a file of a line or two over and over is no issue repeated.
	// (A column's name may come twice among them: its running head over
	// its heading.)
	seen := make(map[string]bool, n)
	for i, k := first, 0; i < len(lines) && k < n; i++ {
		if t := trim(lines[i]); t != "" {
			seen[t] = true
			k++
		}
	}
	if len(seen) < n-1 {
		return nil
	}
	var at []int
	past := 0 // lines of text since the last start
	for i := first; i < len(lines); i++ {
		if isBlank(lines[i]) {
			continue
		}
		if past >= n && startsWith(lines[i], head) && trim(lines[i]) == head && sameLines(lines, first, i, n) {
			if len(at) == maxRepeats {
				return nil // not copies of an issue: a block a file repeats as a pattern
			}
			at = append(at, i)
			past = 0
		}
		past++
	}
	return at
}

// maxRepeats is the most copies of its first issue a file is read as
// holding: each is parsed as an issue of its own, so a file that repeats
// a few lines a million times must not make a million issues.
const maxRepeats = 100

// startsWith reports whether l begins with head after spaces, tabs and
// a form feed: a test of a byte or two for nearly every line. (pdftotext
// ends each page with \f, so a second copy converted into the same file
// begins \f宁川史志: the copy had been read as the first one's last pages,
// silently.)
func startsWith(l, head string) bool {
	i := 0
	for i < len(l) {
		if l[i] == ' ' || l[i] == '\t' || l[i] == '\f' {
			i++
		} else if l[i] == 0xE3 && i+2 < len(l) && l[i+1] == 0x80 && l[i+2] == 0x80 {
			i += 3 // 　　　青岚史志工作简报: a title centred by ideographic spaces, as Word's text is pasted
		} else {
			break
		}
	}
	// (Its last byte first: ## 标题2 under ## 标题1 differs there.)
	return len(l)-i >= len(head) && (head == "" || l[i+len(head)-1] == head[len(head)-1]) && l[i:i+len(head)] == head
}

// sameLines reports whether the n lines of text from line a are those
// from line b, blank lines aside.
func sameLines(lines []string, a, b, n int) bool {
	for ; n > 0; n-- {
		for a < len(lines) && isBlank(lines[a]) {
			a++
		}
		for b < len(lines) && isBlank(lines[b]) {
			b++
		}
		if a >= len(lines) || b >= len(lines) || trim(lines[a]) != trim(lines[b]) {
			return false
		}
		a++
		b++
	}
	return true
}

// manyParagraphs is how many lines of body text make the text before a
// contents heading an issue's articles, where no contents came before:
// more than an editor's note or a masthead's distribution list.
const manyParagraphs = 8

// contentsThenBody reports whether a table of contents heading at line
// i is followed by its lines, two with a page at least, and then by
// articles (a line of body text): the contents of an issue that goes on,
// not the contents at the end of the copy (see tocAtEnd).
func contentsThenBody(lines []string, i int) bool {
	paged := 0
	for j, seen := i+1, 0; j < len(lines) && seen < 300; j++ {
		t := trim(lines[j])
		if t == "" {
			continue
		}
		seen++
		switch {
		case tocPaged(t):
			paged++
		case bodyLike(t):
			return paged >= 2
		}
	}
	return false
}

// bracketNotice reports whether t is a cover's notice in brackets,
// （双月刊）, （内部资料）: it ends as a sentence does, but is no body
// text, and the contents under it are the cover's issue's (they had
// begun an issue of their own after a box of highlights). The first
// byte gates it: most lines ask no more.
func bracketNotice(t string) bool {
	return (t[0] == '(' || strings.HasPrefix(t, "（")) && len(t) <= 60 && coverNotice(t)
}

// pastIssues reports whether l heads a list of earlier issues (往期回顾,
// 往期推荐, 上期要目): the numbers under it name those issues, and
// begin none.
func pastIssues(l string) bool {
	if u, ok := unspacedShort(l); ok {
		l = u // 往　期　回　顾 (the split reads the lines before clean)
	}
	return len(l) <= 60 && (strings.Contains(l, "往期") || strings.Contains(l, "上期"))
}

// gappedIssue reports whether t may be a line of cover items set apart
// by gaps that ends with its date (第12期　　…编印　　2024年1月4日): asked
// of lines that end in 日, a chronicle's date lines among them.
func gappedIssue(t string) bool {
	return strings.HasSuffix(t, "日") && strings.Contains(t, "期")
}

// itemNumbers returns the numbers of a line of cover items (see
// coverItems) when one of them is an issue's number.
func itemNumbers(t string) (coverNums, bool) {
	items, ok := coverItems(stripMarkup(t), false)
	if !ok {
		return coverNums{}, false
	}
	for _, it := range items {
		if it.isNums && (it.nums.number != 0 || it.nums.total != 0) {
			return it.nums, true
		}
	}
	return coverNums{}, false
}

// markedIssueEnd reports whether t, its closing marks aside (**, </b>,
// </h2>), may end as a line of cover numbers does: most headings and
// bold titles do not, and are let go without reading their marks.
func markedIssueEnd(t string) bool {
	i := len(t)
	for i > 0 && markTailBytes[t[i-1]] {
		i--
	}
	t = t[:i]
	return issueEnd(t) || strings.HasSuffix(t, "日")
}

// markTailBytes are the bytes markedIssueEnd steps back over: markup
// (* _ < / >), the space, ASCII letters and figures. A table, asked once
// a byte: every heading's line is asked. (Read only.)
var markTailBytes = func() (m [256]bool) {
	for _, c := range []byte("*_</> ") {
		m[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		m[c], m[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		m[c] = true
	}
	return m
}()

// issueEnd reports whether t ends as a line of cover numbers does:
// 2023年第11期, （总第215期）, 第11期 · 2023年12月4日 aside (a date alone
// begins no issue).
func issueEnd(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case ')', ' ', 0x89, 0x9F, 0xB7, 0x8A: // ) and the space, ）, and 期 号 刊's last bytes
	default:
		return false // nearly every line, by its last byte
	}
	for {
		switch {
		case t != "" && (t[len(t)-1] == ')' || t[len(t)-1] == ' '):
			t = t[:len(t)-1]
		case strings.HasSuffix(t, "）"):
			t = t[:len(t)-len("）")]
		default:
			// 2023年12月号, 2023年11—12月合刊: a month names the issue.
			return strings.HasSuffix(t, "期") || strings.HasSuffix(t, "号") || strings.HasSuffix(t, "刊")
		}
	}
}

// sentenceNext reports whether the line of text after line i is a
// sentence (…一文中，“11月20日”应为“10月20日”，特此更正。): a cover goes on
// with its numbers, its date or its contents, and a name and a number
// over a sentence quote another issue (a correction, a reprint's
// source) rather than begin one.
func sentenceNext(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if t := trim(lines[j]); t != "" {
			return closed(t) && containsAnyOf(t, "，,") && !strings.HasPrefix(t, "#")
		}
	}
	return false
}

// coverName returns the publication's name that the cover whose number
// is on line i (t, trimmed) prints, and whether it is on that line: there
// before the number (# 宁川月报 2023年第11期), else on one of the two lines
// of text above it (# 宁川月报 / 2023年第11期, 宁川月报 / 宁川县地方史志办公室编
// / 2023年第11期), else, where the number heads the file or a page, on one
// of the two under it (2023年第11期 / 宁川史志); "" when none is a short
// plain name.
func coverName(lines []string, i int, t string) (string, bool) {
	if n, _, ok := titleWithNumber(stripMarkup(stripHeading(t))); ok && !strings.ContainsRune(n, '年') {
		return n, true // (not 二〇二四年 before 第三期)
	}
	for _, d := range [...]int{-1, 1} {
		for j, seen := i+d, 0; j >= 0 && j < len(lines) && seen < 2; j += d {
			u := trim(strings.TrimLeft(trim(lines[j]), "\f")) // (\f# 宁川月报: the page's break before it)
			if u == "" {
				continue
			}
			seen++
			if len(u) > 30*3 || closed(u) {
				break
			}
			if _, h, ok := heading(u); ok {
				u = h
			}
			if n := bookTitle(trim(stripMarkup(u))); len(n) >= 4*3 && plainTitle(n) && !containsAnyOf(n, "0123456789年期") {
				return n, false
			}
		}
		if d < 0 && !ruleOver(lines, i) && !textless(lines[:i]) {
			break // (text above that is no name: the number heads no page)
		}
	}
	return "", false
}

// textless reports whether lines are all blank (from the last back: it
// stops at the nearest text).
func textless(lines []string) bool {
	for j := len(lines) - 1; j >= 0; j-- {
		if !isBlank(lines[j]) {
			return false
		}
	}
	return true
}

// coverLike reports whether the name b over or beside the number on
// line i is a cover's, not a running head's (史志动态 / 2024年第5期 atop a
// page) or a source's (**青岚史志动态 2024年第5期** over an excerpt): on
// the number's line (one), a heading of level 1 or after a page's break;
// else a periodical's name (青岚月报), a heading of level 1 (#
// 青岚史志动态), or the office that compiles it under the number
// (2024年第5期 / 青岚县地方史志办公室编).
func coverLike(lines []string, i int, b string, one bool) bool {
	if one {
		return titleHeading(lines[i]) || ruleOver(lines, i)
	}
	if periodicalName(b) {
		return true
	}
	for j, seen := i-1, 0; j >= 0 && seen < 2; j-- {
		if t := trim(lines[j]); t != "" {
			seen++
			if titleHeading(strings.TrimLeft(t, "\f")) {
				return true // # 宁川史志动态 / 2023年第11期: a converter's cover, no page's head
			}
		}
	}
	for j, seen := i+1, 0; j < len(lines) && seen < 2; j++ {
		if t := trim(lines[j]); t != "" {
			seen++
			if len(t) <= 40*3 && officePrints(t) != "" {
				return true
			}
		}
	}
	return false
}

// otherPublication reports whether the cover name b is another
// publication's of the kind of a, the current issue's: both on the
// number's line or neither (oneA, oneB), b another name that ends as a
// does (青岚月报 after 宁川月报, 青岚史志动态 after 宁川史志动态: a month's
// reports of two counties in one file), and neither ends the other
// (史志动态, a running head's short name, under 宁川史志动态). How the
// names are set is not asked: a page's break before one, a converter's shift of heading
// levels, sets the same cover otherwise.
func otherPublication(a string, oneA bool, b string, oneB bool) bool {
	if a == "" || b == "" || a == b || oneA != oneB || strings.HasSuffix(a, b) || strings.HasSuffix(b, a) {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 2 && len(rb) >= 2 && ra[len(ra)-1] == rb[len(rb)-1] && ra[len(ra)-2] == rb[len(rb)-2]
}

// plainCoverAbove returns the line, among the few right above the
// contents heading at line i, that is a plain line of a publication's
// name and number (《青岚月报》2024年第4期); -1 when there is none, or a line
// between is text (a sentence, a list of past issues).
func plainCoverAbove(lines []string, i int) int {
	at := -1
	for j, seen := i-1, 0; j >= 0 && seen < 4; j-- {
		t := trim(lines[j])
		if t == "" {
			continue
		}
		seen++
		if len(t) > 60 || closed(t) || hasStop(t) || containsAnyOf(t, "，,") || pastIssues(t) {
			break
		}
		if _, _, ok := titleWithNumber(stripMarkup(t)); ok {
			at = j
		}
	}
	return at
}

// coverStart backs up from the issue-number line i over the title and
// blank lines above it (# 平顶山月报), to where the new cover begins.
func coverStart(lines []string, i int) int {
	start := i
	byOffice := false // the line taken is the office that compiles the issue
	for j, seen := i-1, 0; j >= 0 && seen < 3; j-- {
		t := trim(lines[j])
		if t == "" {
			continue
		}
		seen++
		if lvl, _, ok := heading(t); ok && lvl == 1 {
			start = j
			break
		}
		if len(t) >= 2 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "") && j > 0 && trim(lines[j-1]) != "" {
			if above := trim(lines[j-1]); t[0] == '=' || len(above) <= 60 && !closed(above) && !bodyLike(above) {
				start = j - 1 // 宁川月报 / ====: a Setext heading (---: of level 2)
			}
			// (…开展宣传活动。 / （责任编辑：王芳） / ---: under the issue
			// before's last line, --- is the rule that parts them, no
			// heading's underline: that line had become the next
			// issue's cover, silently.)
			break
		}
		if rule(t) {
			// --- over the cover, a blank line between: the rule that
			// parts the issues, the one before's (the next had begun
			// with it, read as a front matter's fence, its cover inside).
			break
		}
		if _, ok := boldOnly(t); ok || len(t) <= 60 && !closed(t) && !bodyLike(t) && (seen == 1 || seen == 2 && byOffice) {
			start = j
			// 宁川月报 / 宁川县地方史志办公室 编 / 2023年第12期: the office
			// between the title and the number, as pdfminer sets such a
			// cover; the title is over it (it had stayed the issue
			// before's last line, the issue untitled, silently).
			byOffice = seen == 1 && len(t) <= 40*3 && officePrints(t) != ""
			continue
		}
		break
	}
	// Above the title, a notice (内部资料 注意保存) or the periodical's
	// numbers (ISSN 1234-5678) are the cover's too: the issue before ends
	// over them.
	for j := start - 1; j >= 0; j-- {
		t := trim(lines[j])
		if t == "" {
			continue
		}
		u := trim(stripMarkup(stripHeading(t)))
		if _, _, serial := serialNumber(u); !coverNotice(u) && !serial {
			break
		}
		start = j
	}
	return start
}

// listedIssue reports whether line i, the name of a publication and an
// issue's number on a plain line, is one of a list of issues: under 往期推荐
// or 上期要目 (a few lines above), or beside another such line of the same
// name (宁州史志月报｜2023年第10期 / 宁州史志月报｜2023年第9期).
func listedIssue(lines []string, i int, name string) bool {
	for _, d := range [...]int{-1, 1} {
		for j, seen := i+d, 0; j >= 0 && j < len(lines) && seen < 3; j += d {
			t := trim(lines[j])
			if t == "" {
				continue
			}
			seen++
			if d < 0 && pastIssues(t) {
				return true
			}
			if seen == 1 {
				if n, _, ok := titleWithNumber(stripMarkup(t)); ok && n == name {
					return true
				}
			}
		}
	}
	return false
}

// ruleOver reports whether a page or a file's part ends right over line
// i: a rule with a blank line under it (本期印发120份 / --- /
// 2023年第12期 / 宁川史志), or a form feed (…初稿。 / \f / 2023年第12期,
// \f2023年第12期). A cover that prints its number over its title begins
// there (the number had stayed the last entry's text, the cut made
// under it).
func ruleOver(lines []string, i int) bool {
	if strings.HasPrefix(lines[i], "\f") {
		return true
	}
	for j := i - 1; j > 0; j-- {
		l := lines[j]
		if t := trim(l); t != "" {
			return j < i-1 && len(t) <= 120 && rule(t) && isBlank(lines[j-1])
		}
		if strings.IndexByte(l, '\f') >= 0 {
			return true
		}
	}
	return false
}

// titleHeading reports whether l is a heading of level 1 (# 宁川史志月报).
func titleHeading(l string) bool {
	lvl, _, ok := heading(trim(l))
	return ok && lvl == 1
}

// shiftLines adds off to every line number of iss: the issue was parsed
// from a part of a file that begins at line off+1.
func shiftLines(iss *model.Issue, off int) {
	for i := range iss.TOC {
		if iss.TOC[i].Line > 0 {
			iss.TOC[i].Line += off
		}
		for j := range iss.TOC[i].Entries {
			iss.TOC[i].Entries[j].Line += off
		}
	}
	for i := range iss.Sections {
		s := &iss.Sections[i]
		if s.Line > 0 {
			s.Line += off
		}
		for j := range s.Entries {
			e := &s.Entries[j]
			e.Line += off
			for k := range e.Paragraphs {
				e.Paragraphs[k].Line += off
			}
		}
	}
	for i := range iss.Pages {
		iss.Pages[i].Line += off
	}
	for i := range iss.Furniture {
		iss.Furniture[i].Line += off
	}
	for i := range iss.Unplaced {
		iss.Unplaced[i].Line += off
	}
	for i := range iss.Warnings {
		if iss.Warnings[i].Line > 0 {
			iss.Warnings[i].Line += off
		}
	}
}

// volumeContents matches a bound volume's contents (its 总目录, read as
// its table of contents) to the issues bound after it: a line whose
// reference is an issue (……第3期, or 3-12 where issue 3 has the title:
// its page 12) is read so, and a line no issue has is a warning, as a
// line of an issue's contents that matches nothing is.
func volumeContents(vol *model.Issue, issues []*model.Issue) {
	titles := make(map[string][]int) // an entry's folded title: the numbers of the issues that have it
	for _, iss := range issues {
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				if e.Title != "" {
					k := foldKey(e.Title)
					titles[k] = append(titles[k], iss.Number)
				}
			}
		}
	}
	// 3-12 is issue 3's page 12 only where every such line's first
	// number is an issue that has its title (by column, across issues);
	// otherwise they are pages 3 to 12.
	ranged, issuePaged := 0, 0
	for si := range vol.TOC {
		for ei := range vol.TOC[si].Entries {
			e := &vol.TOC[si].Entries[ei]
			if title, _, ok := issueRef(e.Title); ok {
				e.Title, e.Page, e.LastPage = title, 0, 0
			}
			in := titles[foldKey(e.Title)]
			if len(in) == 0 {
				vol.Warnings = append(vol.Warnings, model.Warning{Line: e.Line,
					Message: fmt.Sprintf("the bound volume's contents list %q, which no issue in the file has", e.Title)})
				continue
			}
			if e.LastPage != e.Page {
				ranged++
				if slices.Contains(in, e.Page) {
					issuePaged++
				}
			}
		}
	}
	for si := range vol.TOC {
		for ei := range vol.TOC[si].Entries {
			switch e := &vol.TOC[si].Entries[ei]; {
			case e.LastPage == e.Page:
			case ranged > 0 && issuePaged == ranged:
				e.Page = e.LastPage
			case e.LastPage < e.Page:
				// 2-1 that is no issue's page: no range of pages either.
				vol.Warnings = append(vol.Warnings, model.Warning{Line: e.Line,
					Message: fmt.Sprintf("the bound volume's contents give %q %d-%d: an issue and its page? Not read", e.Title, e.Page, e.LastPage)})
				e.Page, e.LastPage = 0, 0
			}
		}
	}
	sortWarnings(vol.Warnings)
}

// volumeTOC reads what follows a bound volume's cover, before its first
// issue, as the volume's contents (its table of contents): by issue
// (第1期 / titles and pages) or by column across issues (工作动态 /
// title……第1期, title……2-1, an issue and its page, which no reader of an
// issue's contents takes: its pages never go down). A line of neither
// kind is a warning, kept as unplaced; no line of it is body text.
func (p *parser) volumeTOC() {
	iss := p.iss
	for i := p.pos; i < len(p.lines); i++ {
		l := trim(p.lines[i])
		if l == "" || p.isTransparent(i) || rule(l) || contentsHeading(l) {
			continue
		}
		if len(iss.TOC) == 0 && (p.prefaceHi == 0 || p.prefaceHi == i) && closed(l) && sentencePunct(l) {
			// 本合订本收录…，按栏目编排。 over the contents: the volume's
			// note, an entry of its own (see preface), as an editors' note
			// over an issue's contents is.
			if p.prefaceHi == 0 {
				p.prefaceLo = i
			}
			p.prefaceHi = i + 1
			continue
		}
		if _, t, ok := heading(l); ok {
			// ### 第1期, ### 工作动态: a part of the contents.
			iss.TOC = append(iss.TOC, model.TOCSection{Name: sectionName(t), Line: i + 1})
			continue
		}
		if title, page, last, ok := volumeLine(l); ok {
			if len(iss.TOC) == 0 {
				iss.TOC = append(iss.TOC, model.TOCSection{})
			}
			s := &iss.TOC[len(iss.TOC)-1]
			s.Entries = append(s.Entries, model.TOCEntry{Title: title, Page: page, LastPage: last, Line: i + 1})
			continue
		}
		if name, ok := tocHeading(l); ok && name != "" && utf8.RuneCountInString(name) <= 30 && !sentencePunct(name) {
			iss.TOC = append(iss.TOC, model.TOCSection{Name: name, Line: i + 1})
			continue
		}
		p.unplaced(i, "not understood as a line of the bound volume's contents: %q")
	}
	p.pos, p.bodyStart = len(p.lines), len(p.lines)
}

// volumeLine reads a line of a volume's contents: a title, a leader and
// a reference, which is an issue (……第1期: the title kept with it, for
// volumeContents), an issue and its page or a range of pages (……2-1,
// ……1-3: the two numbers as printed), or a page as in an issue's
// contents.
func volumeLine(l string) (title string, page, last int, ok bool) {
	if _, _, ok := issueRef(l); ok {
		return l, 0, 0, true
	}
	if t, a, b, ok := twoNumbers(l); ok {
		return t, a, b, true
	}
	t, page, last, ok := tocEntry(l)
	if !ok || t == "" {
		return "", 0, 0, false
	}
	return t, page, last, true
}

// twoNumbers splits title……2-1 into its title and its two numbers, in
// whatever order they go.
func twoNumbers(l string) (string, int, int, bool) {
	j := len(l)
	for j > 0 && l[j-1] >= '0' && l[j-1] <= '9' {
		j--
	}
	if j == len(l) || j == 0 {
		return "", 0, 0, false
	}
	b, _ := digitsValue(l[j:])
	rest := l[:j]
	dash := ""
	for _, d := range []string{"-", "－", "—", "–"} {
		if strings.HasSuffix(rest, d) {
			dash = d
			break
		}
	}
	if dash == "" {
		return "", 0, 0, false
	}
	rest = rest[:len(rest)-len(dash)]
	i := len(rest)
	for i > 0 && rest[i-1] >= '0' && rest[i-1] <= '9' {
		i--
	}
	if i == len(rest) || i == 0 {
		return "", 0, 0, false
	}
	a, _ := digitsValue(rest[i:])
	title := trimLeader(rest[:i])
	if len(title) == i || title == "" || a == 0 || b == 0 {
		return "", 0, 0, false // no leader: 2023-12 is the title's
	}
	return title, a, b, true
}

// issueRef splits a line of a volume's contents whose reference is an
// issue, not a page (县史志办召开年度工作会议 ……… 第1期), into its title and
// the issue's number.
func issueRef(t string) (string, int, bool) {
	i := strings.LastIndex(t, "第")
	if i <= 0 || !strings.HasSuffix(t, "期") {
		return "", 0, false
	}
	c, ok := coverNumbers(t[i:])
	if !ok || c.year != 0 || c.number == 0 {
		return "", 0, false
	}
	title := trimLeader(t[:i])
	if len(title) == len(t[:i]) || title == "" {
		return "", 0, false // no leader before it: 第3期 is the title's (…第二期读书班)
	}
	return title, c.number, true
}

// trimRightParens is strings.TrimRight(s, "）)"), without the cutset read
// for each character (every contents line that ends in a page in
// brackets asks).
func trimRightParens(s string) string {
	for {
		if n := len(s); n > 0 && s[n-1] == ')' {
			s = s[:n-1]
		} else if strings.HasSuffix(s, "）") {
			s = s[:n-len("）")]
		} else {
			return s
		}
	}
}

// pieceEnd reports whether r can end the name of a book's front piece
// (see bookPiece): 凡例, 说明, 前言, 序, 后记, 概述 and the rest, in a
// heading's bold or not; every other short line is let go by it before
// its markup is taken off.
func pieceEnd(r rune) bool {
	switch r {
	case '例', '明', '言', '序', '记', '述', '記', '*':
		return true
	}
	return false
}
