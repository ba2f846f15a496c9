package parser

import (
	"reflect"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/model"
)

// A copy in traditional characters (繁体: an old gazetteer's chronicle
// scanned, a reprint, an office in Hong Kong's or Taiwan's type, a copy
// run through a converter) is read through a simplified view of it: every
// word the parser knows (目录, 大事记, 发布日期, 农历, 责任编辑, …) is
// written in simplified characters, several hundred of them, and only a
// few had been read in traditional ones too, one at a time; converted by
// OpenCC, 614 of the 1,273 copies of the corpus read otherwise. Each
// traditional character of internal/hant is three bytes as its
// simplified form is, so the view keeps every byte offset and line of the
// text, and what the model holds is given back in the text's own
// characters afterwards: a string cut out of the view is cut out of the
// text at the same offsets (ownStringsFrom), and one the parse made (a
// joined paragraph, a warning quoting a line) takes, for each character
// the view may have changed, the text's character at the place it was
// read from (hantRestore).

// cjk3 decodes the character of U+3000–U+9FFF that begins at s[i] (its
// lead byte E3–E9), or 0.
func cjk3(s string, i int) rune {
	if i+2 >= len(s) || s[i] < 0xE3 || s[i] > 0xE9 {
		return 0
	}
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// hantProbe is how many Chinese characters from the start decide whether
// a copy is in traditional characters; hantShare is the share of them, in
// hundredths, that must be traditional-only. A copy in traditional
// characters has a fifth to a half of them so (19–45% over the fixtures
// converted by OpenCC); one in simplified characters that quotes a name,
// a reign or a title in traditional ones, 4% at most.
const (
	hantProbe = 4000
	hantShare = 10
	hantLeast = 8
)

// isHant reports whether text is written in traditional characters.
func isHant(text string) bool {
	cjk, t := 0, 0
	for i := 0; i < len(text) && cjk < hantProbe; {
		c := text[i]
		if c < 0xE3 || c > 0xE9 {
			i++
			continue
		}
		if r := cjk3(text, i); r >= 0x3400 {
			cjk++
			if hant.Traditional(r) {
				t++
			}
			if cjk == hantProbe/4 && t*100 < cjk*hantShare/4 {
				return false // (surely simplified: stop early)
			}
		}
		i += 3
	}
	return t >= hantLeast && t*100 >= cjk*hantShare
}

// hantView is text with every traditional character of internal/hant
// replaced by its simplified form, or "" where text is not in
// traditional characters.
func hantView(text string) string {
	if !isHant(text) {
		return ""
	}
	b := []byte(text)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0xE3 || c > 0xE9 {
			if c == 0xEF && vertColon(text, i) {
				copy(b[i:i+3], "：") // (three bytes as ︰ is)
				i += 3
				continue
			}
			i++
			continue
		}
		if r := cjk3(text, i); hant.Traditional(r) {
			utf8.EncodeRune(b[i:i+3], hant.Simplified(r))
		}
		i += 3
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// vertColon reports whether s[i:] begins with ︰ (U+FE30), the colon a
// Big5 copy from Taiwan often types (its A1 4A): the view reads it as
// ：, so that 地址︰… is a masthead's field and 會議要求︰ ends a line
// as 會議要求： does.
func vertColon(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xB8 && s[i+2] == 0xB0
}

// hantRestore gives the issues' strings that the parse made, rather than
// cut out of view, the characters of text, which view was made from.
// Each string is read from the source line its part of the model names
// (the struct's Line, else the nearest enclosing one's, else the first):
// a character that may have been a traditional one there is looked for
// in view from there on, in order, and takes text's character at the
// place it is found. Strings are reached by reflection, so that a field
// added to the model is restored without being named here: this runs on
// copies in traditional characters only.
func hantRestore(issues []*model.Issue, view, text string) {
	r := &restorer{view: view, text: text, starts: []int{0}, types: map[reflect.Type]*walkType{}}
	for i := 0; i < len(view); i++ {
		if view[i] == '\n' {
			r.starts = append(r.starts, i+1)
		}
	}
	for _, iss := range issues {
		r.walk(reflect.ValueOf(iss).Elem(), 1)
	}
}

type restorer struct {
	view, text string
	starts     []int // byte offset of each line of view
	types      map[reflect.Type]*walkType
}

// walkType is what walk needs of a type, found once for each: a model
// of many entries had spent more in reflection's lookups than in
// restoring.
type walkType struct {
	strings bool  // a value of the type may hold a string
	line    int   // a struct's Line field, or -1
	fields  []int // a struct's exported fields that may hold strings
}

func (r *restorer) typeOf(t reflect.Type) *walkType {
	if w, ok := r.types[t]; ok {
		return w
	}
	w := &walkType{line: -1}
	r.types[t] = w // (before its fields: a type may hold itself)
	switch t.Kind() {
	case reflect.String:
		w.strings = true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		w.strings = r.typeOf(t.Elem()).strings
	case reflect.Interface:
		w.strings = true
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Name == "Line" && f.Type.Kind() == reflect.Int {
				w.line = i
			}
			if r.typeOf(f.Type).strings {
				w.fields = append(w.fields, i)
			}
		}
		w.strings = len(w.fields) > 0
	}
	return w
}

// hantAhead bounds how far past its line a string's characters are
// looked for: a paragraph joined of many lines, notes and page furniture
// taken out of it.
const hantAhead = 1 << 16

func (r *restorer) walk(v reflect.Value, line int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			r.walk(v.Elem(), line)
		}
	case reflect.Struct:
		w := r.typeOf(v.Type())
		if w.line >= 0 {
			if n := int(v.Field(w.line).Int()); n > 0 {
				line = n
			}
		}
		for _, i := range w.fields {
			r.walk(v.Field(i), line)
		}
	case reflect.Slice, reflect.Array:
		if !r.typeOf(v.Type()).strings {
			return
		}
		for i := 0; i < v.Len(); i++ {
			r.walk(v.Index(i), line)
		}
	case reflect.String:
		// (A string cut out of view is left: ownStringsFrom points it at
		// the same bytes of text.)
		if at := uintptr(unsafe.Pointer(unsafe.StringData(v.String()))) - uintptr(unsafe.Pointer(unsafe.StringData(r.view))); at >= uintptr(len(r.view)) && v.CanSet() {
			if s, ok := r.restore(v.String(), line); ok {
				v.SetString(s)
			}
		}
	}
}

// index3 is the offset of the first w (a character of three bytes) in
// s[from:to], or -1: nearly always a few characters on, where
// strings.Index, stopping at each lead byte alike, had cost more.
func index3(s string, from, to int, w string) int {
	for j := from; j+2 < to; j++ {
		if s[j] == w[0] && s[j+1] == w[1] && s[j+2] == w[2] {
			return j
		}
	}
	return -1
}

// restore is s in text's characters, and whether that differs from s.
func (r *restorer) restore(s string, line int) (string, bool) {
	from := 0
	if line-1 < len(r.starts) {
		from = r.starts[line-1]
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b, where b is used
	at := from
	for i := 0; i < len(s); {
		c := cjk3(s, i)
		colon := c == 0 && s[i] == 0xEF && strings.HasPrefix(s[i:], "：") // (the view's ：, perhaps the text's ︰)
		if !colon && !hant.SimplifiedForm(c) {
			if c != 0 {
				i += 3
			} else {
				i++
			}
			continue
		}
		w := s[i : i+3]
		k, end := -1, min(len(r.view), from+hantAhead)
		if at < end {
			if k = index3(r.view, at, end, w); k >= 0 {
				at = k + 3
			}
		}
		if k < 0 {
			// Not ahead: a paragraph that goes on at the top of the next
			// column of a page laid out in two (pdftotext -layout) reads
			// on from lines above its first.
			lo := max(0, from-hantAhead)
			if k = strings.LastIndex(r.view[lo:at], w); k >= 0 {
				k += lo
			}
		}
		if k >= 0 {
			if t := r.text[k : k+3]; t != w && (colon && vertColon(t, 0) || !colon && hant.Simplified(cjk3(t, 0)) == c) {
				if done == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[done:i])
				b.WriteString(t)
				done = i + 3
			}
		}
		i += 3
	}
	if done == 0 {
		return s, false
	}
	b.WriteString(s[done:])
	return b.String(), true
}
