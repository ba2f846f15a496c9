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
// Output is gathered in a buffer of WriteJSON's own and written to w in
// pieces of about 32 KB; when w is a *bufio.Writer it is flushed before
// WriteJSON returns. The first error from w ends the writing and is
// returned.
func WriteJSON(w io.Writer, issues ...*Issue) error {
	j := &jsonWriter{w: w, buf: make([]byte, 0, jsonChunk+jsonSlack), indent: true}
	if len(issues) == 1 {
		j.issue(issues[0])
	} else {
		j.array(len(issues), func(i int) { j.issue(issues[i]) })
	}
	j.raw("\n")
	j.flush()
	if bw, ok := w.(*bufio.Writer); ok && j.err == nil {
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
	var out bytes.Buffer
	j := &jsonWriter{w: &out, buf: make([]byte, 0, jsonChunk+jsonSlack)}
	j.issue(iss)
	j.flush()
	if j.err != nil {
		// A bytes.Buffer does not fail short of running out of memory.
		return nil, fmt.Errorf("marshal JSON: %w", j.err)
	}
	return out.Bytes(), nil
}

// jsonChunk is how much output is gathered before it is written; the
// buffer has jsonSlack more, so that the tokens after the check (a key,
// a number, the start of a string) fit without growing it. Strings longer
// than that are written to w a run at a time, so the buffer never holds a
// long paragraph whole.
const (
	jsonChunk = 32 << 10
	jsonSlack = 4 << 10
)

// jsonWriter appends JSON tokens to buf and writes it to w when it is
// full, remembering the first error so that the code laying out the
// document need not check after every token. Appending to a slice of its
// own costs less than a call into a bufio.Writer for every token, which
// is what the entries of a large chronicle are made of.
type jsonWriter struct {
	w      io.Writer
	buf    []byte
	indent bool // two spaces a level and a space after colons; else compact
	depth  int
	err    error
}

// flush writes what buf holds, unless w has failed already.
func (j *jsonWriter) flush() {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.w.Write(j.buf)
	}
	j.buf = j.buf[:0]
}

// check writes buf when it has reached jsonChunk; it is called between
// elements, which are short but for their strings (see string).
func (j *jsonWriter) check() {
	if len(j.buf) >= jsonChunk {
		j.flush()
	}
}

func (j *jsonWriter) raw(s string) {
	j.buf = append(j.buf, s...)
}

// newlineSpaces is a line end and the indent of the deepest line of the
// array form (level 7): newline appends a prefix of it; the loop would
// manage deeper ones too.
const newlineSpaces = "\n                "

func (j *jsonWriter) newline() {
	if !j.indent {
		return
	}
	n := 2 * j.depth
	if n < len(newlineSpaces) {
		j.buf = append(j.buf, newlineSpaces[:1+n]...)
		return
	}
	j.buf = append(j.buf, '\n')
	for ; n > 0; n -= len(newlineSpaces) - 1 {
		j.buf = append(j.buf, newlineSpaces[1:1+min(n, len(newlineSpaces)-1)]...)
	}
}

// key starts the member name of an object; first says whether it is the
// first member. Names are constants of this file and need no escaping.
func (j *jsonWriter) key(first bool, name string) {
	if !first {
		j.buf = append(j.buf, ',')
	}
	j.newline()
	j.buf = append(j.buf, '"')
	j.buf = append(j.buf, name...)
	if j.indent {
		j.buf = append(j.buf, `": `...)
	} else {
		j.buf = append(j.buf, `":`...)
	}
}

// object writes an object whose members body writes with key. Every
// object of the form has members, so there is no {} case.
func (j *jsonWriter) object(body func()) {
	j.buf = append(j.buf, '{')
	j.depth++
	body()
	j.depth--
	j.newline()
	j.buf = append(j.buf, '}')
}

// array writes n elements, each by elem; encoding/json prints an empty
// array as [] on one line. The buffer is written out between elements
// when full, and writing stops at the first error.
func (j *jsonWriter) array(n int, elem func(i int)) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.buf = append(j.buf, '[')
	j.depth++
	for i := 0; i < n && j.err == nil; i++ {
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.newline()
		elem(i)
		j.check()
	}
	j.depth--
	j.newline()
	j.buf = append(j.buf, ']')
}

func (j *jsonWriter) int(n int) {
	j.buf = strconv.AppendInt(j.buf, int64(n), 10)
}

// date writes d quoted, as Date.String formats it; it never needs
// escaping.
func (j *jsonWriter) date(d Date) {
	j.buf = append(j.buf, '"')
	j.buf = append(d.appendText(j.buf), '"')
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

// run appends s, a run of a string that needs no escaping. A run longer
// than the buffer's room is written to w as it is, after what the buffer
// holds, so that a long paragraph is never copied whole.
func (j *jsonWriter) run(s string) {
	if len(j.buf)+len(s) <= cap(j.buf) {
		j.buf = append(j.buf, s...)
		return
	}
	j.flush()
	if len(s) <= cap(j.buf) {
		j.buf = append(j.buf, s...)
	} else if j.err == nil {
		_, j.err = io.WriteString(j.w, s)
	}
}

// string writes s quoted as encoding/json does without HTML escaping:
// " and \ escaped, control characters as \b \f \n \r \t or \u00XX,
// U+2028 and U+2029 as \u2028 and \u2029 (they end lines in JavaScript),
// and each byte of invalid UTF-8 as \ufffd. Runs that need no escape are
// copied as they are; a valid string with none of these, nearly every
// one, is copied in one piece.
func (j *jsonWriter) string(s string) {
	j.buf = append(j.buf, '"')
	start := 0
	for i := 0; i < len(s); {
		switch jsonBytes[s[i]] {
		case jsonPlain:
			i++
			continue
		case jsonLead2:
			if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				i += 2
				continue
			}
		case jsonLead3:
			if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
		case jsonEscape:
			j.run(s[start:i])
			switch b := s[i]; b {
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
				j.buf = append(j.buf, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xf])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			j.run(s[start:i])
			j.raw(`\ufffd`)
		case c == '\u2028':
			j.run(s[start:i])
			j.raw(`\u2028`)
		case c == '\u2029':
			j.run(s[start:i])
			j.raw(`\u2029`)
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	j.run(s[start:])
	j.buf = append(j.buf, '"')
}

// What string does with a byte, by the byte: copy it (ASCII that needs no
// escape), escape it (control characters, " and \), copy the two- or
// three-byte character it leads once its continuation bytes are checked
// (C2–DF; E1–EF but for E2, which leads U+2028 and U+2029, and ED, which
// also leads surrogates), or decode what it begins (E0, E2, ED, four-byte
// leads, and bytes that lead nothing).
const (
	jsonOther = iota
	jsonPlain
	jsonEscape
	jsonLead2
	jsonLead3
)

// jsonBytes is the table string reads: one look for nearly every byte of
// Chinese text, where a chain of comparisons took several.
var jsonBytes = func() (t [256]uint8) {
	for b := range t {
		switch {
		case b < 0x20 || b == '"' || b == '\\':
			t[b] = jsonEscape
		case b < utf8.RuneSelf:
			t[b] = jsonPlain
		case b >= 0xC2 && b <= 0xDF:
			t[b] = jsonLead2
		case b >= 0xE1 && b <= 0xEF && b != 0xE2 && b != 0xED:
			t[b] = jsonLead3
		}
	}
	return t
}()

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
