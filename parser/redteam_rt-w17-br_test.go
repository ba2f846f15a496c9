package parser

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// hardBroken puts mark at the end of each line a converter ends with a
// hard line break: a line of a paragraph (or a list item) followed by
// another line of it, as pandoc writes a docx's Shift+Enter (\), turndown
// and Typora two spaces, an HTML page's copy <br>. Not a heading, a
// table's row or border, a fence or what is inside it, a blank or form
// feed line, a line that ends with a break already, nor a line the next
// block begins after (a heading, a list item, a table, a fence, a rule, a
// Setext underline, a quote, a comment, a div). marks are used in turn,
// line after line (<br>, <br/>, <BR />: the forms converters write).
func hardBroken(s string, marks ...string) string {
	ls := strings.Split(s, "\n")
	blockStart := func(l string) bool {
		t := strings.TrimSpace(l)
		if t == "" {
			return true
		}
		for _, p := range []string{"#", "|", "+-", "+=", "```", "~~~", "- ", "* ", "+ ", ">", "---", "===", "***", "<!--", ":::"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
		k := strings.IndexAny(t, ".)")
		return k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "" && strings.HasPrefix(t[k+1:], " ")
	}
	item := func(l string) bool {
		t := strings.TrimLeft(l, " ")
		return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ")
	}
	fence := false
	n := 0
	for i, l := range ls {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence || i+1 >= len(ls) || blockStart(l) && !item(l) || blockStart(ls[i+1]) {
			continue
		}
		if lt := strings.ToLower(t); strings.HasSuffix(t, "\\") || strings.HasSuffix(lt, "<br>") || strings.HasSuffix(lt, "<br/>") || strings.HasSuffix(lt, "<br />") || strings.HasSuffix(l, "  ") {
			continue
		}
		ls[i] = l + marks[n%len(marks)]
		n++
	}
	return strings.Join(ls, "\n")
}

// trailingBlanks puts two spaces at the end of every line that is not
// blank: Markdown's hard break as Typora, Obsidian, turndown (br: "  ")
// and many docx to Markdown tools write it on every line, and the blanks
// pdftotext or a copy from a page leaves.
func trailingBlanks(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		if strings.TrimSpace(l) != "" {
			ls[i] = l + "  "
		}
	}
	return strings.Join(ls, "\n")
}

// tabIndented sets in by a tab each paragraph set in by four spaces or
// two ideographic spaces (and no more): the Tab key a typist presses
// before a paragraph in Word or WPS, saved as text.
func tabIndented(s string) string {
	ls := strings.Split(s, "\n")
	for i, l := range ls {
		switch {
		case strings.HasPrefix(l, "    ") && len(l) > 4 && l[4] != ' ' && l[4] != '\t' && !strings.HasPrefix(l[4:], "\u3000"):
			ls[i] = "\t" + l[4:]
		case strings.HasPrefix(l, "\u3000\u3000") && len(l) > 6 && l[6] != ' ' && l[6] != '\t' && !strings.HasPrefix(l[6:], "\u3000"):
			ls[i] = "\t" + l[6:]
		}
	}
	return strings.Join(ls, "\n")
}

// laidOut reports whether text is a copy pdftotext -layout printed (or
// holds its tables): three lines at least with a gap of four spaces
// inside their text (columns, a table's cells, a head beside the text,
// each line set in by the page's margin). No converter ends its lines with a hard
// break, no typist sets them in by a tab: a mark at a line's end or a tab
// for its margin moves its columns, which the transform, not the
// parser, is to blame for.
func laidOut(text string) bool {
	gaps := 0
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimLeft(l, " \u3000")
		if k := strings.Index(t, "    "); k > 0 && strings.TrimSpace(t[k:]) != "" {
			gaps++
		}
	}
	return gaps >= 3
}

// Why a fixture still reads otherwise with its lines so ended or set in,
// where the transform, not the parser, is to blame, or a form is open.
var lineEndSkip = map[string]map[string]string{}

// TestLineEndsReadTheSame: every fixture reads the same (the outline:
// title and numbers, warnings counted, sections, entries, paragraphs,
// dates) with a hard line break at the end of its paragraphs' lines (two
// spaces after every line, a backslash, <br> in its forms), and with its
// paragraphs set in by a tab: a hard break is a line's end, which these
// copies have anyway, trailing blanks are nothing, a tab is an indent.
func TestLineEndsReadTheSame(t *testing.T) {
	forms := []struct {
		name string
		f    func(string) string
		min  int
	}{
		{"two spaces", trailingBlanks, 950},
		{"a backslash", func(s string) string { return hardBroken(s, "\\") }, 360},
		{"<br>", func(s string) string { return hardBroken(s, "<br>", "<br/>", "<BR />") }, 360},
		{"a tab", tabIndented, 75},
	}
	tried := make([]int, len(forms))
	for _, fx := range fixtureTexts(t) {
		base := filepath.Base(fx.path)
		layout := laidOut(fx.text)
		var want string
		for k, c := range forms {
			alt := c.f(fx.text)
			if alt == fx.text {
				continue
			}
			if _, skip := lineEndSkip[c.name][base]; skip || k > 0 && layout {
				continue
			}
			if want == "" {
				ref, err := ParseAll([]byte(fx.text))
				if err != nil {
					t.Fatal(err)
				}
				want = readShape(ref)
			}
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			tried[k]++
			if d := shapeDiff(want, readShape(got)); d != "" {
				t.Errorf("%s with %s at its lines reads otherwise: %s", fx.path, c.name, d)
			}
		}
	}
	for k, c := range forms {
		t.Logf("%s: %d fixtures tried", c.name, tried[k])
		if tried[k] < c.min {
			t.Errorf("%s: only %d fixtures tried", c.name, tried[k])
		}
	}
}

// w17brOutline is every entry of iss as section | title | date |
// paragraphs, one a line, then each warning as line: message.
func w17brOutline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s | %s | %s | %d\n", s.Name, e.Title, e.Date, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "warning %d: %s\n", w.Line, w.Message)
	}
	return b.String()
}
