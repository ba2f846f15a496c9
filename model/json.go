package model

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// The JSON form is a published interface (yuebao json): exactly these
// fields, in this order, with null for what is unknown and [] for an
// empty list.
//
//	issue:     title, year, number, total, compiler, published, masthead,
//	           distribution, sections, pages, furniture, unplaced, warnings
//	masthead:  key, value
//	section:   name, entries
//	section:   name, label (the enumerator: 一、), entries
//	entry:     title, page, last_page, date, paragraphs
//	date:      start, end, precision (day, month or year)
//	pages:     page, line
//	furniture: line, kind, text
//	unplaced:  line, text
//	warnings:  line, message
//
// It is written field by field rather than through encoding/json so that
// an issue of tens of megabytes is never held a second time as its JSON
// text: the old in-memory encoding, re-indented by the caller, peaked at
// about 14 times the size of the input. The bytes are those that
// json.Encoder prints with SetIndent("", "  ") and SetEscapeHTML(false);
// the tests hold the two side by side.

// WriteJSON writes issues to w in the published JSON form, indented by
// two spaces and followed by a newline: one issue as an object, any other
// number (a file may hold several) as an array of objects. A nil issue is
// written as null.
//
// Output goes through a buffer of WriteJSON's own unless w is already a
// big enough *bufio.Writer; either way that buffer is flushed before
// WriteJSON returns. The first error from w ends the writing and is
// returned.
func WriteJSON(w io.Writer, issues ...*Issue) error {
	bw := bufio.NewWriterSize(w, 32<<10)
	j := &jsonWriter{w: bw, indent: true}
	if len(issues) == 1 {
		j.issue(issues[0])
	} else {
		j.array(len(issues), func(i int) { j.issue(issues[i]) })
	}
	j.raw("\n")
	if j.err == nil {
		j.err = bw.Flush()
	}
	if j.err != nil {
		return fmt.Errorf("write JSON: %w", j.err)
	}
	return nil
}

// MarshalJSON encodes the issue in the published JSON form, compact, as
// json.Marshal did when the form was declared as structs: callers that
// indent it (json.Encoder, json.Indent) get what WriteJSON writes.
func (iss *Issue) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	j := &jsonWriter{w: bw}
	j.issue(iss)
	if j.err == nil {
		j.err = bw.Flush()
	}
	if j.err != nil {
		// A bytes.Buffer does not fail short of running out of memory.
		return nil, fmt.Errorf("marshal JSON: %w", j.err)
	}
	return buf.Bytes(), nil
}

// jsonWriter writes JSON tokens to w, remembering the first error so that
// the code laying out the document need not check after every token.
type jsonWriter struct {
	w      *bufio.Writer
	indent bool // two spaces a level and a space after colons; else compact
	depth  int
	err    error
	// scratch formats numbers and dates: a local array would escape to
	// the heap through bufio.Writer.Write at every number.
	scratch [32]byte
}

func (j *jsonWriter) raw(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

// spaces covers the deepest line of the array form (level 7) in one
// write; the loop in newline would manage deeper ones too.
const spaces = "                "

func (j *jsonWriter) newline() {
	if !j.indent || j.err != nil {
		return
	}
	j.raw("\n")
	for n := 2 * j.depth; n > 0 && j.err == nil; n -= len(spaces) {
		j.raw(spaces[:min(n, len(spaces))])
	}
}

// key starts the member name of an object; first says whether it is the
// first member. Names are constants of this file and need no escaping.
func (j *jsonWriter) key(first bool, name string) {
	if !first {
		j.raw(",")
	}
	j.newline()
	j.raw(`"`)
	j.raw(name)
	if j.indent {
		j.raw(`": `)
	} else {
		j.raw(`":`)
	}
}

// object writes an object whose members body writes with key. Every
// object of the form has members, so there is no {} case.
func (j *jsonWriter) object(body func()) {
	j.raw("{")
	j.depth++
	body()
	j.depth--
	j.newline()
	j.raw("}")
}

// array writes n elements, each by elem; encoding/json prints an empty
// array as [] on one line.
func (j *jsonWriter) array(n int, elem func(i int)) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	j.depth++
	for i := 0; i < n && j.err == nil; i++ {
		if i > 0 {
			j.raw(",")
		}
		j.newline()
		elem(i)
	}
	j.depth--
	j.newline()
	j.raw("]")
}

func (j *jsonWriter) int(n int) {
	if j.err == nil {
		_, j.err = j.w.Write(strconv.AppendInt(j.scratch[:0], int64(n), 10))
	}
}

// date writes d quoted, as Date.String formats it; it never needs
// escaping.
func (j *jsonWriter) date(d Date) {
	if j.err == nil {
		b := append(j.scratch[:0], '"')
		b = append(d.appendText(b), '"')
		_, j.err = j.w.Write(b)
	}
}

// optInt writes n, or null for 0, which the model uses for unknown.
func (j *jsonWriter) optInt(n int) {
	if n == 0 {
		j.raw("null")
		return
	}
	j.int(n)
}

// optString writes s, or null for "", which the model uses for unknown.
func (j *jsonWriter) optString(s string) {
	if s == "" {
		j.raw("null")
		return
	}
	j.string(s)
}

// string writes s quoted as encoding/json does without HTML escaping:
// " and \ escaped, control characters as \b \f \n \r \t or \u00XX,
// U+2028 and U+2029 as \u2028 and \u2029 (they end lines in JavaScript),
// and each byte of invalid UTF-8 as \ufffd. Runs that need no escape are
// copied as they are, so the model's text is never copied whole.
func (j *jsonWriter) string(s string) {
	j.raw(`"`)
	start := 0
	for i := 0; i < len(s) && j.err == nil; {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			j.raw(s[start:i])
			switch b {
			case '"':
				j.raw(`\"`)
			case '\\':
				j.raw(`\\`)
			case '\b':
				j.raw(`\b`)
			case '\f':
				j.raw(`\f`)
			case '\n':
				j.raw(`\n`)
			case '\r':
				j.raw(`\r`)
			case '\t':
				j.raw(`\t`)
			default:
				const hex = "0123456789abcdef"
				j.raw(`\u00`)
				j.raw(hex[b>>4 : b>>4+1])
				j.raw(hex[b&0xf : b&0xf+1])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			j.raw(s[start:i])
			j.raw(`\ufffd`)
		case c == '\u2028':
			j.raw(s[start:i])
			j.raw(`\u2028`)
		case c == '\u2029':
			j.raw(s[start:i])
			j.raw(`\u2029`)
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	j.raw(s[start:])
	j.raw(`"`)
}

func (j *jsonWriter) issue(iss *Issue) {
	if iss == nil {
		j.raw("null")
		return
	}
	j.object(func() {
		j.key(true, "title")
		j.optString(iss.Title)
		j.key(false, "year")
		j.optInt(iss.Year)
		j.key(false, "number")
		j.optInt(iss.Number)
		j.key(false, "total")
		j.optInt(iss.Total)
		j.key(false, "compiler")
		j.optString(iss.Compiler)
		j.key(false, "published")
		if iss.Published.IsZero() {
			j.raw("null")
		} else {
			j.date(iss.Published)
		}
		j.key(false, "masthead")
		j.array(len(iss.Masthead), func(i int) {
			f := iss.Masthead[i]
			j.object(func() {
				j.key(true, "key")
				j.string(f.Key)
				j.key(false, "value")
				j.string(f.Value)
			})
		})
		j.key(false, "distribution")
		j.optString(iss.Distribution)
		j.key(false, "sections")
		j.array(len(iss.Sections), func(i int) { j.section(&iss.Sections[i]) })
		j.key(false, "pages")
		j.array(len(iss.Pages), func(i int) {
			p := iss.Pages[i]
			j.object(func() {
				j.key(true, "page")
				j.int(p.Page)
				j.key(false, "line")
				j.int(p.Line)
			})
		})
		j.key(false, "furniture")
		j.array(len(iss.Furniture), func(i int) {
			f := &iss.Furniture[i]
			j.object(func() {
				j.key(true, "line")
				j.int(f.Line)
				j.key(false, "kind")
				j.string(string(f.Kind))
				j.key(false, "text")
				j.string(f.Text)
			})
		})
		j.key(false, "unplaced")
		j.array(len(iss.Unplaced), func(i int) {
			l := &iss.Unplaced[i]
			j.object(func() {
				j.key(true, "line")
				j.int(l.Line)
				j.key(false, "text")
				j.string(l.Text)
			})
		})
		j.key(false, "warnings")
		j.array(len(iss.Warnings), func(i int) {
			w := &iss.Warnings[i]
			j.object(func() {
				j.key(true, "line")
				j.optInt(w.Line)
				j.key(false, "message")
				j.string(w.Message)
			})
		})
	})
}

func (j *jsonWriter) section(s *Section) {
	j.object(func() {
		j.key(true, "name")
		j.string(s.Name)
		j.key(false, "label")
		j.optString(s.Label)
		j.key(false, "entries")
		j.array(len(s.Entries), func(i int) { j.entry(&s.Entries[i]) })
	})
}

func (j *jsonWriter) entry(e *Entry) {
	j.object(func() {
		j.key(true, "title")
		j.string(e.Title)
		j.key(false, "page")
		j.optInt(e.Page)
		j.key(false, "last_page")
		j.optInt(e.LastPage)
		j.key(false, "date")
		if e.Date.IsZero() {
			j.raw("null")
		} else {
			j.object(func() {
				j.key(true, "start")
				j.date(e.Date.Start)
				j.key(false, "end")
				j.date(e.Date.End)
				j.key(false, "precision")
				j.string(string(e.Date.Start.Precision()))
			})
		}
		j.key(false, "paragraphs")
		j.array(len(e.Paragraphs), func(i int) { j.string(e.Paragraphs[i].Text) })
	})
}
