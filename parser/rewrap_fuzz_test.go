package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// FuzzRewrap hard-wraps the body of a document at a width, the way text
// taken from PDF columns is (see wrapPara: anywhere between CJK
// characters, inside numbers and dates, inside Latin words that also
// appear unbroken, before the closing ** of a bold title), keeping its
// blank lines, and checks that the parse finds the same entries with the
// same dates as the parse of the unwrapped document.
//
// doc is the name of a fixture of families_test.go (one with a body
// line), or else a document itself; width is in CJK characters (6 to
// 60). The seeds, one for each fixture at a few widths, are in
// testdata/fuzz/FuzzRewrap.
func FuzzRewrap(f *testing.F) {
	f.Add("contents.md", 17)
	f.Add("## 时政要闻\n\n**会议甲召开** 11月1日，会议甲在市会议中心召开，研究部署冬季安全生产工作。\n\n**会议乙召开** 11月2日，会议乙召开，收入1850万元。\n", 8)
	f.Fuzz(func(t *testing.T, doc string, width int) {
		text, body, ok := rewrapInput(t, doc)
		if !ok {
			return
		}
		cols := 2 * min(max(width, 6), 60)
		if fullBeforeDate(text, body, cols) {
			return
		}
		wrapped := rewrapBody(text, body, cols)
		orig := ParseText(text)
		if piecesNameTOC(text, wrapped, orig) {
			return
		}
		want := entryDates(orig)
		got := entryDates(ParseText(wrapped))
		if d := projDiff(want, got); d != "" {
			t.Errorf("wrapped at %d columns, the entries differ: %s\nwrapped body:\n%s", cols, d, clipBody(wrapped, body))
		}
	})
}

// rewrapInput returns the document to wrap and the 1-based line its body
// begins at.
func rewrapInput(t *testing.T, doc string) (string, int, bool) {
	for _, f := range families {
		if f.file == doc && f.body > 0 {
			return string(readFamily(t, f.file)), f.body, true
		}
	}
	if !utf8.ValidString(doc) || strings.ContainsRune(doc, '\r') || len(doc) > 1<<16 || boldRunsOn(doc) || boldOverBold(doc) {
		return "", 0, false
	}
	return doc, BodyLine(doc), true
}

// boldRunsOn reports whether a closing ** in doc is followed at once by a
// letter or digit (**0AA000A0**A). A wrap right after such a ** leaves
// the bold a whole line, which the rules make a title: the two texts are
// not the same document, so the property does not apply.
func boldRunsOn(doc string) bool {
	for _, l := range strings.Split(doc, "\n") {
		parts := strings.Split(l, "**")
		for k := 2; k < len(parts); k += 2 {
			if r, _ := utf8.DecodeRuneInString(parts[k]); parts[k] != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				return true
			}
		}
	}
	return false
}

// boldOverBold reports whether a line that is a bold run and nothing else
// (**开**) is followed, in the same block, by a line that begins with
// another (**乙召日** 议). Whether the first is the title of the second's
// text depends on where the second bold closes, which a wrap can move to
// the next line (**乙召日 / ** 议): the wrapped text reads as a title
// over text, the unwrapped one as one paragraph of two bold runs, so the
// two are not the same document and the property does not apply.
//
// So it is when a line holds an odd number of ** (00闻0** / **议乙召开**
// 1月1): the bold already runs from line to line, and which ** closes
// which is again a matter of where the lines end.
func boldOverBold(doc string) bool {
	lines := strings.Split(doc, "\n")
	for _, l := range lines {
		if strings.Count(l, "**")%2 == 1 {
			return true
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		l, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if len(l) > 4 && strings.HasPrefix(l, "**") && strings.HasSuffix(l, "**") && !strings.Contains(l[2:len(l)-2], "**") &&
			strings.HasPrefix(next, "**") {
			return true
		}
	}
	return false
}

// piecesNameTOC reports whether a line the wrap made (one the text did
// not have) is the title of a line of the table of contents (A00.. over a
// body line A000A0A0A0A00, cut into A00 / 0A0A0A0A00): a line that a
// table of contents names starts its entry, so the wrap made another
// document.
func piecesNameTOC(text, wrapped string, iss *model.Issue) bool {
	titles := map[string]bool{}
	for _, s := range iss.TOC {
		for _, e := range s.Entries {
			titles[strings.Join(strings.Fields(e.Title), "")] = true
		}
	}
	if len(titles) == 0 {
		return false
	}
	had := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		had[strings.TrimSpace(l)] = true
	}
	for _, l := range strings.Split(wrapped, "\n") {
		if t := strings.TrimSpace(l); !had[t] && titles[strings.Join(strings.Fields(t), "")] {
			return true
		}
	}
	return false
}

// rewrapBody wraps the lines of text from line body on that are
// paragraph text (not headings, lists, tables, tags, rules or lines of a
// table of contents), each on its own, keeping its indent. A Latin word
// is cut only if it appears unbroken in the result.
func rewrapBody(text string, body, cols int) string {
	return wrapLines(text, body, cols, func(l string) bool { return !wrappable(l) }, func(ls []string) bool {
		// A piece that reads as a line of a table of contents
		// (0000A._1), or as a heading of its own, makes another
		// document: leave the line whole.
		return anyTOCLine(ls) || shortHeading(ls) || datedPiece(ls) || coverPiece(ls)
	})
}

// wrapLines cuts the lines of text from line body on at cols cells, each
// on its own, as wrapPara cuts them (the first piece keeps the line's
// indent), but those keep says to leave and those whose pieces reject
// refuses. A Latin word is cut only if it appears unbroken in the result
// (wrapPara's noCut, as a converter keeps a word whole). The sweeps of
// hard wraps share it (rewrapBody, blankLostWrapped, w18wrWrap).
func wrapLines(text string, body, cols int, keep func(l string) bool, reject func(ls []string) bool) string {
	cut := func(rest string, cols int, indent string, noCut map[string]bool) ([]string, []string, bool) {
		ls, cs, err := wrapPara(rest, cols, indent, false, false, noCut)
		return ls, cs, err == nil
	}
	return wrapLinesBy(text, body, cols, keep, reject, cut)
}

// wrapLinesBy is wrapLines with the cut given: it cuts rest at cols
// (indent before the first piece, the words in noCut whole) and returns
// the pieces, the words it cut and whether it could.
func wrapLinesBy(text string, body, cols int, keep func(l string) bool, reject func(ls []string) bool,
	cut func(rest string, cols int, indent string, noCut map[string]bool) ([]string, []string, bool)) string {
	lines := strings.Split(text, "\n")
	noCut := map[string]bool{}
	for {
		var out, cuts []string
		out = append(out, lines[:min(body-1, len(lines))]...)
		for _, l := range lines[min(body-1, len(lines)):] {
			if keep(l) {
				out = append(out, l)
				continue
			}
			rest := strings.TrimLeft(l, " \u3000")
			ls, cs, ok := cut(rest, cols, l[:len(l)-len(rest)], noCut)
			if !ok || reject(ls) {
				out = append(out, l)
				continue
			}
			out = append(out, ls...)
			cuts = append(cuts, cs...)
		}
		res := strings.Join(out, "\n")
		again := false
		for _, w := range cuts {
			if !wholeWord(res, w) && !noCut[w] {
				noCut[w] = true
				again = true
			}
		}
		if !again {
			return res
		}
	}
}

// anyTOCLine reports whether one of ls reads as a table-of-contents line.
func anyTOCLine(ls []string) bool {
	for _, l := range ls {
		if _, _, _, ok := tocEntry(l); ok {
			return true
		}
	}
	return false
}

// shortHeading reports whether a wrap left a first line that reads as an
// enumerated heading (一、… with no sentence punctuation): such a line
// followed by another is a heading and its text to the parser, whether
// the wrap cut it early (〇、0000 / 0A000) or full (〇、00000000 / 0A), as
// nothing in so short a text tells its width. Real wrapped paragraphs
// that begin with an enumerator have their commas in the first line.
func shortHeading(ls []string) bool {
	if len(ls) < 2 {
		return false
	}
	first := trim(ls[0])
	if enumerator(first+"x") == len(first) {
		return true // the enumerator alone (〇、 / 0A0000000): no typesetter leaves it so
	}
	k, _, _ := enumeratedLine(first)
	return k != notHeading
}

// datedPiece reports whether a piece after the first begins with a date
// (1月1, 23日, 同日): a line, then a dated line, is a title and its text
// as often as it is a wrap, and only the wrap width tells them apart,
// which a document of a paragraph or two does not show. (The retyped
// copies of retypeset_test.go, whose widths show, test those joins.)
func datedPiece(ls []string) bool {
	for _, l := range ls[1:] {
		t := trim(l)
		if startsWithMonth(t) || eventStart(t) {
			return true
		}
	}
	return false
}

// fullBeforeDate reports whether a line of the body that the wrap
// leaves whole fills a line of cols cells, with no end of sentence, and
// the next line begins with a date (工作会议召开 / 01月1日…): wrapped,
// that reads as a sentence cut before its date (1 / 1月9日), and only
// the text itself, not its width, tells the two apart.
func fullBeforeDate(text string, body, cols int) bool {
	lines := strings.Split(text, "\n")
	for i := max(body-1, 0); i+1 < len(lines); i++ {
		l, next := trim(lines[i]), trim(lines[i+1])
		if l != "" && displayWidth(l) <= cols && fullAt(l, cols, 0) && !closed(l) && (startsWithMonth(next) || eventStart(next)) {
			return true
		}
		// A plain title longer than the width over its dated text
		// (0全市冬春大绿化工作会议召开 / 1月1…): the wrap cuts the title,
		// and without a table of contents to name it nothing tells its
		// pieces from the end of a paragraph.
		if l != "" && displayWidth(l) > cols && !closed(l) && !strings.HasPrefix(l, "*") && !strings.HasPrefix(l, "<") &&
			(startsWithMonth(next) || eventStart(next)) {
			return true
		}
	}
	return false
}

// coverPiece reports whether a piece after the first is an issue number
// (鹰城月报0年 / 第1期): a short line over an issue number is a cover, as
// the line cut in two is not, and nothing in a document of a line or two
// tells a wrap from a cover.
func coverPiece(ls []string) bool {
	for _, l := range ls[1:] {
		if c, ok := coverNumbers(trim(l)); ok && (c.number > 0 || c.total > 0) {
			return true
		}
	}
	return false
}

// wrappable reports whether l is a line of paragraph text.
func wrappable(l string) bool {
	t := strings.TrimSpace(l)
	if t == "" || strings.ContainsAny(t, "\t\f") || strings.Contains(t, "..") || strings.Contains(t, "……") ||
		strings.Contains(t, "--") || strings.Contains(t, "－－") || strings.Contains(t, "——") {
		// A leader: the line reads as one of a table of contents, and so
		// may the pieces a wrap cuts it into.
		return false
	}
	if strings.Trim(t, "-*_= ") == "" {
		return false // a rule or a setext underline
	}
	for _, p := range []string{"#", "|", "<", "!", ">", "- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(t, p) {
			return false
		}
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return !(i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')) // 1. 1)
}

// entryDates lists the entries of an issue, one a line: section, title
// and date.
func entryDates(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s / %s / %s\n", s.Name, e.Title, e.Date)
		}
	}
	return b.String()
}

func clipBody(text string, body int) string {
	lines := strings.Split(text, "\n")
	lines = lines[min(body-1, len(lines)):]
	if len(lines) > 40 {
		lines = append(lines[:40], "…")
	}
	return strings.Join(lines, "\n")
}
