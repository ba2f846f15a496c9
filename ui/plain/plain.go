// Package plain lays an issue out as lines of plain text: no styles, no
// escape codes, every line fitted to a width in terminal cells.
//
// The reader's entry pane draws the lines of one entry (Entry) and styles
// them by their Kind; when standard output is not a terminal, the command
// prints the whole issue with Write, as glow and less do when piped.
//
// All measuring and wrapping goes through a layout.Width, so the result
// follows that Width's East Asian Ambiguous setting and the Chinese
// line-breaking rules of layout.Wrap.
package plain

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
)

// Kind says what a line is, so that the reader can style it.
type Kind int

const (
	// Header is the issue's one-line description (model.Issue.Header),
	// wrapped; only Write produces it.
	Header Kind = iota
	// Section is a section heading ("## 时政要闻"); only Write produces it.
	Section
	// Title is a line of an entry's title.
	Title
	// Meta is the line under an entry's title: section, date and page,
	// such as "领导活动 · 11-09 · p.12".
	Meta
	// Body is a line of a paragraph of an entry's text.
	Body
	// Blank is an empty line between the parts above.
	Blank
	// Front is a line of the front matter (compiler, masthead,
	// distribution) under the header; only Write produces it.
	Front
)

var kindNames = [...]string{"Header", "Section", "Title", "Meta", "Body", "Blank", "Front"}

// String returns the name of k, such as "Body".
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Line is one line of laid-out text.
type Line struct {
	Kind Kind
	// Text is the line without a newline. It is never wider than the
	// width asked for, as measured by the layout.Width given, with one
	// exception that no layout can avoid: at a width of 1, a wide
	// character (a Han character, say) stands alone on its line.
	Text string
	// Para is, for Body lines, the index of the paragraph in the entry's
	// Paragraphs; -1 for every other kind.
	Para int
	// Offset is, for Body lines, the byte offset of Text in the
	// paragraph's Text, so that a match found in a paragraph can be mapped
	// to its line: para.Text[Offset:Offset+len(Text)] == Text. Lines are
	// substrings of the paragraph, in order; only the spaces at breaks
	// are left out. For Title lines it is the offset in the entry's Title
	// in the same way; for other kinds it is 0.
	Offset int
}

// Entry lays out one entry for a pane cols cells wide (cols < 1 counts as
// 1):
//
//   - the title, wrapped (Title lines; none when the entry has no title);
//   - one Meta line: "section · date · p.N", where the date is MM-DD, or
//     MM-DD..MM-DD for a range within one year (YYYY-MM-DD..YYYY-MM-DD
//     across years; YYYY-MM-DD always with EntryYears), and parts that are unknown are left out (no line
//     when all are). When it does not fit, the section name is shortened
//     with … first, then dropped, then the rest is cut with …;
//   - a Blank line, and then each paragraph wrapped (Body lines) with a
//     Blank line between paragraphs.
//
// It returns nil for a nil entry.
func Entry(w layout.Width, section string, e *model.Entry, cols int) []Line {
	return EntryYears(w, section, e, cols, false)
}

// EntryYears is Entry for an issue whose dates span several years
// (model.Issue.ManyYears) when years is true: the date on the Meta line
// is then given in full, YYYY-MM-DD.
func EntryYears(w layout.Width, section string, e *model.Entry, cols int, years bool) []Line {
	if e == nil {
		return nil
	}
	cols = max(cols, 1)
	return appendEntry(make([]Line, 0, entryLinesGuess(e, cols)), w, section, e, cols, years)
}

// entryLinesGuess is about how many lines Entry returns: CJK text has
// about 1.5 bytes a cell.
func entryLinesGuess(e *model.Entry, cols int) int {
	n := len(e.Title)*2/(3*cols) + 4
	for _, p := range e.Paragraphs {
		n += len(p.Text)*2/(3*cols) + 2
	}
	return n
}

func appendEntry(dst []Line, w layout.Width, section string, e *model.Entry, cols int, years bool) []Line {
	start := len(dst)
	if e.Title != "" {
		dst = appendWrapped(dst, w, Title, -1, e.Title, cols)
	}
	if m := meta(w, layout.Clean(section), e, cols, years); m != "" {
		dst = append(dst, Line{Kind: Meta, Text: m, Para: -1})
	}
	for i := range e.Paragraphs {
		if len(dst) > start {
			dst = append(dst, Line{Kind: Blank, Para: -1})
		}
		dst = appendWrapped(dst, w, Body, i, e.Paragraphs[i].Text, cols)
	}
	return dst
}

// appendWrapped appends text wrapped to cols as lines of kind k, finding
// each line's offset in text: Wrap returns substrings of text in order,
// with only break spaces (and newlines) between them.
func appendWrapped(dst []Line, w layout.Width, k Kind, para int, text string, cols int) []Line {
	// Cleaned before wrapping, so that widths are those of what is shown;
	// cleaning keeps byte offsets.
	text = layout.Clean(text)
	pos := 0
	for _, l := range w.Wrap(text, cols) {
		for pos < len(text) && !strings.HasPrefix(text[pos:], l) {
			pos++
		}
		off := pos
		if k != Body && k != Title {
			off = 0
		}
		dst = append(dst, Line{Kind: k, Text: l, Para: para, Offset: off})
		pos += len(l)
	}
	return dst
}

const metaSep = " · "

// meta returns the Meta line of e, fitted to cols, or "" when there is
// nothing to say.
func meta(w layout.Width, section string, e *model.Entry, cols int, years bool) string {
	var b strings.Builder
	if !e.Date.IsZero() {
		b.WriteString(e.Date.Label(years))
	}
	if e.Page != 0 {
		if b.Len() > 0 {
			b.WriteString(metaSep)
		}
		b.WriteString("p.")
		b.WriteString(strconv.Itoa(e.Page))
	}
	rest := b.String()
	if section == "" || rest == "" {
		return w.Truncate(section+rest, cols, "…")
	}
	tail := metaSep + rest
	if w.String(section)+w.String(tail) <= cols {
		return section + tail
	}
	// Shorten the section name, which the reader sees elsewhere, before
	// the date and page, but keep at least a character of it.
	if avail := cols - w.String(tail); avail > 0 {
		if s := w.Truncate(section, avail, "…"); s != "" && s != "…" {
			return s + tail
		}
	}
	return w.Truncate(rest, cols, "…")
}

// FrontMatter is the issue's compiler, masthead and distribution list,
// a line each as printed: 主编：孙洪涛.
func FrontMatter(iss *model.Issue) []string {
	var out []string
	if iss.Compiler != "" {
		out = append(out, iss.Compiler+"编")
	}
	for _, f := range iss.Masthead {
		if f.Key == "" {
			out = append(out, f.Value) // a notice: （内部资料　免费交流）
			continue
		}
		out = append(out, f.Key+"："+f.Value)
	}
	if iss.Distribution != "" {
		out = append(out, "发放范围："+iss.Distribution)
	}
	return out
}

// Write prints the whole issue as plain text for a terminal or file cols
// cells wide (cols < 1 counts as 1): the Header line, a blank line, then
// for each section its heading "## name" (none for the text before the
// first heading) and each of its entries as Entry lays it out, all
// separated by blank lines. The Meta lines leave out the section name,
// which the heading above already gives. Lines end in "\n"; there are no
// escape codes and no trailing blank line.
//
// It stops at the first write error and returns it.
func Write(out io.Writer, w layout.Width, iss *model.Issue, cols int) error {
	cols = max(cols, 1)
	bw := bufio.NewWriterSize(out, 32<<10)
	var lines []Line // reused for every entry
	blank := false   // whether a blank line is due before the next part
	put := func(ls []Line) error {
		for i := range ls {
			if blank {
				if err := bw.WriteByte('\n'); err != nil {
					return err
				}
				blank = false
			}
			if _, err := bw.WriteString(ls[i].Text); err != nil {
				return err
			}
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
		}
		if len(ls) > 0 {
			blank = true
		}
		return nil
	}
	err := func() error {
		if iss == nil {
			return nil
		}
		if h := iss.Header(); h != "" {
			lines = appendWrapped(lines[:0], w, Header, -1, h, cols)
			if err := put(lines); err != nil {
				return err
			}
		}
		// The front matter first, as printed: who compiles the issue and
		// who is responsible for it are part of what is read.
		lines = lines[:0]
		for _, f := range FrontMatter(iss) {
			lines = appendWrapped(lines, w, Front, -1, f, cols)
		}
		if err := put(lines); err != nil {
			return err
		}
		years := iss.ManyYears()
		for si := range iss.Sections {
			s := &iss.Sections[si]
			if s.Name != "" {
				lines = appendWrapped(lines[:0], w, Section, -1, "## "+s.Name, cols)
				if err := put(lines); err != nil {
					return err
				}
			}
			for ei := range s.Entries {
				lines = appendEntry(lines[:0], w, "", &s.Entries[ei], cols, years)
				if err := put(lines); err != nil {
					return err
				}
			}
		}
		return bw.Flush()
	}()
	if err != nil {
		return fmt.Errorf("plain: writing the issue: %w", err)
	}
	return nil
}
