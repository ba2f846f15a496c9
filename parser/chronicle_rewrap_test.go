package parser

import (
	"hash/fnv"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/chrongen"
)

// FuzzRewrapChronicle re-wraps the events of a chronicle fixture at a
// width, the way text taken from a PDF is hard-wrapped, and checks that
// the parse gives the model expected of the fixture (chronicles in
// chronicle_test.go): the same sections, events, dates and texts, at the
// lines the events moved to.
//
// Each event's text (its expected paragraph) is cut anew into lines of
// at most width CJK characters (4 to 60): the first line keeps the
// event's start (its indent, its date or 同日 or △, what follows that
// and at least one character of text); the others are continuation
// lines, indented as the fixture indents them (to the text column in
// indented.md, not at all elsewhere). A date alone on its line stays
// alone and the text under it is wrapped. Cuts fall only between two
// CJK characters, before one that is not a numeral and does not begin
// 同日 or its kin (see chrongen.WrapText), so the lines join back into the same
// text. Headings, blank lines and titled entries stay as they are.
//
// doc names a fixture of chronicles; any other string picks one by its
// hash, so that every input the engine makes tests something. The seeds,
// each fixture at two widths, are in testdata/fuzz/FuzzRewrapChronicle.
func FuzzRewrapChronicle(f *testing.F) {
	f.Add("indented.md", 7)
	f.Fuzz(func(t *testing.T, doc string, width int) {
		fx := chronFixtureFor(doc)
		want, err := parseChronProjection(fx.want)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(readChronicle(t, fx.file)), "\n"), "\n")
		cols := 2 * min(max(width, 4), 60)
		wrapped, moved, newLine := rewrapChronicle(lines, want, cols)
		iss := ParseText(wrapped)
		if d := projDiff(moved.render(renderLines), chronProject(iss)); d != "" {
			t.Errorf("%s wrapped at %d columns: %s\nwrapped:\n%s", fx.file, cols, d, wrapped)
		}
		// A warning stays on its line, which the wrapping moved.
		warns := make([]wantWarn, len(fx.warns))
		for i, w := range fx.warns {
			w.line = newLine[w.line]
			warns[i] = w
		}
		checkWarnings(t, iss.Warnings, warns)
	})
}

// chronFixtureFor returns the fixture named doc, or else one chosen by
// the hash of doc.
func chronFixtureFor(doc string) chronFixture {
	for _, f := range chronicles {
		if f.file == doc {
			return f
		}
	}
	h := fnv.New32a()
	h.Write([]byte(doc))
	return chronicles[h.Sum32()%uint32(len(chronicles))]
}

// rewrapChronicle re-wraps the events of a fixture (its lines and its
// expected model) at cols columns, and returns the new text and the
// model expected of it: the same, with the lines moved; and where each
// line that starts a section, an entry or a paragraph went.
func rewrapChronicle(lines []string, want *chronDoc, cols int) (string, *chronDoc, map[int]int) {
	// starts holds the line of every heading, entry and paragraph;
	// events the plain entries, by line.
	starts := map[int]bool{}
	events := map[int]string{}
	for _, l := range want.PageNumbers {
		starts[l] = true // kept where it is, between two events
	}
	for _, s := range want.Sections {
		starts[s.Line] = true
		for _, e := range s.Entries {
			starts[e.Line] = true
			for _, p := range e.Paras {
				starts[p.Line] = true
			}
			if e.Plain {
				events[e.Line] = e.Paras[0].Text
			}
		}
	}
	// end returns the last line of the block that starts at line l.
	end := func(l int) int {
		for l < len(lines) && !starts[l+1] && !isBlank(lines[l]) {
			l++
		}
		return l
	}
	// The indent of continuation lines, where the fixture has any.
	contIndent := ""
	for l := 1; l <= len(lines); l++ {
		if _, ok := events[l]; ok && end(l) > l && !dateAlone(trim(lines[l-1])) {
			contIndent = leadingSpace(lines[l])
			break
		}
	}

	var out []string
	newLine := map[int]int{} // old line of a start to its new line
	for l := 1; l <= len(lines); l++ {
		text, ok := events[l]
		if !ok || strings.HasPrefix(text, "|") {
			// (A table's row is no line a PDF's text wraps.)
			newLine[l] = len(out) + 1
			out = append(out, lines[l-1])
			continue
		}
		newLine[l] = len(out) + 1
		e := end(l)
		first := lines[l-1]
		indent := leadingSpace(first)
		if head := trim(first); dateAlone(head) && e > l {
			// A date alone on its line: it stays so, the text under it
			// is wrapped as it is indented.
			out = append(out, first)
			in := leadingSpace(lines[l])
			rest := strings.TrimPrefix(text, head+" ")
			for _, p := range chrongen.WrapText(rest, 1, max(8, cols-chrongen.DisplayCols(in)), max(8, cols-chrongen.DisplayCols(in))) {
				out = append(out, in+p)
			}
			l = e
			continue
		}
		in := contIndent
		if e > l {
			in = leadingSpace(lines[l])
		} else if indent == "" {
			in = ""
		} else if in == "" {
			in = indent + "    "
		}
		for i, p := range chrongen.WrapText(text, eventHead(text), max(8, cols-chrongen.DisplayCols(indent)), max(8, cols-chrongen.DisplayCols(in))) {
			if i == 0 {
				out = append(out, indent+p)
			} else {
				out = append(out, in+p)
			}
		}
		l = e
	}

	moved := &chronDoc{Title: want.Title, Published: want.Published}
	for _, l := range want.PageNumbers {
		moved.PageNumbers = append(moved.PageNumbers, newLine[l])
	}
	for _, s := range want.Sections {
		ns := s
		ns.Entries = nil
		if s.Line > 0 {
			ns.Line = newLine[s.Line]
		}
		for _, e := range s.Entries {
			ne := e
			ne.Line = newLine[e.Line]
			ne.Paras = nil
			for _, p := range e.Paras {
				p.Line = newLine[p.Line]
				ne.Paras = append(ne.Paras, p)
			}
			ns.Entries = append(ns.Entries, ne)
		}
		moved.Sections = append(moved.Sections, ns)
	}
	return strings.Join(out, "\n") + "\n", moved, newLine
}

// leadingSpace is the white space l begins with.
func leadingSpace(l string) string {
	return l[:len(l)-len(strings.TrimLeft(l, " \t\u3000"))]
}

// eventHead is how many characters of an event's text its first line
// keeps: the date (digits, 年月日, spaces, the marks of ranges and lists)
// or 同日 and its kin or △, or an era's year with the common era's in
// brackets and the month or season after it (清道光二十九年（1849年）腊月:
// cut after its bracket, the line would be a year heading, as it is
// printed alone), then the punctuation or spaces after it, then one
// character of text.
func eventHead(text string) int {
	rs := []rune(text)
	i := 0
	switch {
	case strings.HasPrefix(text, "△"):
		i = 1
	case !strings.HasPrefix(text, "|") && (strings.Contains(text, "年（") || strings.Contains(text, "年(")):
		if _, _, _, ok := eraBracket(text); ok {
			i = strings.IndexAny(string(rs), "）)")
			i = len([]rune(text[:i])) + 1
			for i < len(rs) && strings.ContainsRune("0123456789〇一二三四五六七八九十正冬腊闰农历阴春夏秋季月", rs[i]) {
				i++
			}
		}
	default:
		for _, m := range chrongen.RelativeMarkers {
			if strings.HasPrefix(text, m) {
				i = len([]rune(m))
			}
		}
	}
	if i == 0 {
		for i < len(rs) && strings.ContainsRune("0123456789０１２３４５６７８９年月日至和—–-~～─ ", rs[i]) {
			i++
		}
	}
	for i < len(rs) && strings.ContainsRune("，：:, \u3000", rs[i]) {
		i++
	}
	return min(i+1, len(rs))
}

// TestRewrapChronicleSelf checks the re-wrapping itself, with no parser:
// at every width the wrapped fixture still matches its moved expectation
// line for line, as TestChronicleFixtures checks the fixtures (so the
// texts join back unchanged), and at the narrowest width something was
// wrapped.
func TestRewrapChronicleSelf(t *testing.T) {
	for _, f := range chronicles {
		want, err := parseChronProjection(f.want)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(readChronicle(t, f.file)), "\n"), "\n")
		for width := 4; width <= 40; width++ {
			wrapped, moved, _ := rewrapChronicle(lines, want, 2*width)
			wl := strings.Split(strings.TrimSuffix(wrapped, "\n"), "\n")
			if bad := moved.checkAgainst(wl, f.body); len(bad) > 0 {
				t.Errorf("%s at width %d: %s\n%s", f.file, width, strings.Join(bad, "\n"), wrapped)
				break
			}
			if width == 4 && len(wl) <= len(lines) {
				t.Errorf("%s at width 4: nothing was wrapped:\n%s", f.file, wrapped)
			}
		}
	}
}
