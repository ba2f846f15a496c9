package parser

import (
	"reflect"
	"sort"
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

// hantProbe is how many Chinese characters a probe of isHant reads;
// hantShare is the share of them, in hundredths, that must be
// traditional-only. A copy in traditional characters has a fifth to a
// half of them so (19–45% over the fixtures converted by OpenCC); one in
// simplified characters that quotes a name, a reign or a title in
// traditional ones, 4% at most, and a passage of 500 characters quoted
// whole, 8%.
const (
	hantProbe  = 2000
	hantShare  = 10
	hantLeast  = 8
	hantProbes = 4
)

// isHant reports whether text is written in traditional characters, in
// whole or in a large part. It probes the text at its start and at a
// quarter, half and three quarters of it: a gazetteer reprinted in
// traditional characters may open with a publisher's note in simplified
// ones (出版说明), and the view changes nothing of a part in simplified
// characters but its rare traditional ones, which it gives back.
func isHant(text string) bool {
	end := 0 // where the probe before stopped
	for k := range hantProbes {
		from := len(text) / hantProbes * k
		if k > 0 && from < end {
			continue // read by the probe before
		}
		var t, cjk int
		t, cjk, end = probeHant(text, from)
		if t >= hantLeast && t*100 >= cjk*hantShare {
			return true
		}
	}
	return false
}

// probeHant counts the Chinese characters of text from from on, up to
// hantProbe of them, and the traditional-only ones among them, and says
// where it stopped. (A lead byte is never inside a character: from needs
// no aligning.)
func probeHant(text string, from int) (t, cjk, end int) {
	i := from
	for i < len(text) && cjk < hantProbe {
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
			if cjk == hantProbe/8 && t*100 < cjk*hantShare/4 {
				return t, cjk, i + 3 // (surely simplified here: stop early)
			}
		}
		i += 3
	}
	return t, cjk, i
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

// viewed reports whether s[i:] begins with a character the view may have
// made of another: a traditional character's simplified form, or the ：
// of a ︰.
func viewed(s string, i int) bool {
	if c := cjk3(s, i); c != 0 {
		return hant.SimplifiedForm(c)
	}
	return i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] == 0x9A
}

// viewedAs reports whether t, three bytes of text, is what the view read
// as w, three bytes of it.
func viewedAs(t, w string) bool {
	if vertColon(t, 0) {
		return w == "："
	}
	return hant.Simplified(cjk3(t, 0)) == cjk3(w, 0)
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
// (the struct's Line, else the nearest enclosing one's, else, for an
// issue's own strings, its first line to the end of the text): see
// restore. Strings are reached by reflection, so that a field
// added to the model is restored without being named here: this runs on
// copies in traditional characters only.
func hantRestore(issues []*model.Issue, view, text string) {
	r := &restorer{view: view, text: text, starts: []int{0}, types: map[reflect.Type]*walkType{}}
	for i := 0; i < len(view); i++ {
		if view[i] == '\n' {
			r.starts = append(r.starts, i+1)
		}
	}
	r.furniture = make([]bool, len(r.starts)+1)
	for _, iss := range issues {
		for _, f := range iss.Furniture {
			if f.Line > 0 && f.Line <= len(r.starts) {
				r.furniture[f.Line-1] = true
			}
		}
	}
	for _, iss := range issues {
		// (A string with no line of its own, a masthead's field, the
		// compiler, is looked for from the issue's first line to the
		// end: it may stand on the back cover.)
		r.walk(reflect.ValueOf(iss).Elem(), -max(iss.Line, 1))
	}
}

type restorer struct {
	view, text string
	starts     []int  // byte offset of each line of view
	furniture  []bool // the lines (0-based) that are page furniture
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
			// (An issue's Line is where it begins, no line its title or
			// masthead stands on: see hantRestore.)
			if f.Name == "Line" && f.Type.Kind() == reflect.Int && t != reflect.TypeFor[model.Issue]() {
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

// hantAhead bounds how far past its line a string is looked for, and how
// far past the last character found the next one is, where it is looked
// for one at a time; hantBehind, how far back from there. (Each string
// looks at 64 times its length at most that way, and 1 MB: a string of
// characters that the copy does not hold had cost as much as the copy
// for each of them.)
const (
	hantAhead  = 1 << 16
	hantBehind = 1 << 14
)

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
// line is the source line s was read from, or, negated, the first line of
// its issue where s has none of its own.
//
// s is first looked for whole: from each place its first character stands
// in view on, the rest of it must follow, with nothing between but what
// the parse leaves out of a joined paragraph (line ends, indents, spaces,
// Markdown's marks, a tag, a line of page furniture). The first place it
// follows from is where it was read: text before it on its line (a run-in
// title, the column beside it) is passed over, and so is a running head
// inside it. Where it does not follow to its end (the parse changed it: a
// note moved, a glyph it could not read), each character left is looked
// for on from where the match stopped, in order, as far as hantAhead.
func (r *restorer) restore(s string, line int) (string, bool) {
	viewedAny := false // a character of s may stand for another
	for i := 0; i+2 < len(s) && !viewedAny; {
		viewedAny = viewed(s, i)
		if cjk3(s, i) != 0 {
			i += 3
		} else {
			i++
		}
	}
	if !viewedAny {
		return s, false
	}
	from, to := 0, len(r.view)
	if line > 0 {
		if line-1 < len(r.starts) {
			from = r.starts[line-1]
		}
		to = min(len(r.view), from+hantAhead)
	} else if -line-1 < len(r.starts) {
		from = r.starts[-line-1]
	}
	best, bestK := -1, -1
	_, n := decodeRune(s)
	for k := from; k < to; {
		j := strings.Index(r.view[k:to], s[:n])
		if j < 0 {
			break
		}
		k += j
		got, _ := r.follow(s, k, nil)
		if got > best {
			best, bestK = got, k
		}
		if got == len(s) {
			break
		}
		k += n
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b, where b is used
	put := func(i, k int) {
		if t := r.text[k : k+3]; t != s[i:i+3] && viewedAs(t, s[i:i+3]) {
			if done == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteString(t)
			done = i + 3
		}
	}
	// The characters matched, matched again to be put.
	i, at := 0, from
	if bestK >= 0 {
		i, at = r.follow(s, bestK, put)
	}
	// The characters after, one at a time.
	for budget := 64*len(s) + 1<<20; i < len(s) && budget > 0; {
		if !viewed(s, i) {
			_, m := decodeRune(s[i:])
			i += m
			continue
		}
		end := min(len(r.view), at+hantAhead)
		k := index3(r.view, at, end, s[i:i+3])
		if k >= 0 {
			budget -= k - at
			at = k + 3
		} else {
			// Not ahead: a paragraph that goes on at the top of the next
			// column of a page laid out in two (pdftotext -layout), a
			// warning that quotes a title above its line.
			lo := max(0, at-hantBehind)
			k = strings.LastIndex(r.view[lo:at], s[i:i+3])
			budget -= end - lo
			if k >= 0 {
				k += lo
			}
		}
		if k >= 0 {
			put(i, k)
		}
		i += 3
	}
	if done == 0 {
		return s, false
	}
	b.WriteString(s[done:])
	return b.String(), true
}

// follow matches s against view from k on, as restore says, calling put,
// where it is not nil, with the offsets in s and in view of each character
// of s that may stand for another (viewed), and returns how many bytes of
// s it matched and where in view the match ended.
func (r *restorer) follow(s string, k int, put func(i, j int)) (int, int) {
	i, j := 0, k
	for i < len(s) {
		c, n := decodeRune(s[i:])
		if j < len(r.view) {
			v, m := decodeRune(r.view[j:])
			if v == c {
				if put != nil && n == 3 && viewed(s, i) {
					put(i, j)
				}
				i, j = i+n, j+m
				continue
			}
			if v == '&' {
				// 縣委&#12288;召開, &ldquo;: a web page's entity, which the
				// string holds decoded (the rest had been looked for one at a time:
				// 台胞 given back as 臺胞).
				if rep, t := entity(r.view[j:]); t > 0 {
					if strings.HasPrefix(s[i:], rep) {
						i, j = i+len(rep), j+t
						continue
					}
					if rep == " " || rep == "\u3000" {
						j += t
						continue
					}
				}
			}
			if skip := r.between(j); skip > 0 {
				j += skip
				continue
			}
		}
		if c == ' ' || c == '\u3000' {
			i += n // (a space the join put between two Latin words)
			continue
		}
		break
	}
	return i, j
}

// between is how many bytes from view[j] on a joined paragraph leaves out
// of what it was read from, or 0: a line end with the indent after it, a
// space, Markdown's marks, an invisible character, a tag, a line of page
// furniture.
func (r *restorer) between(j int) int {
	c := r.view[j]
	switch c {
	case '\n':
		// A line of furniture after it goes too.
		n := 1
		if l := r.lineOf(j + 1); l < len(r.furniture) && r.furniture[l] {
			if e := strings.IndexByte(r.view[j+1:], '\n'); e >= 0 {
				n += e
			}
		}
		return n
	case ' ', '\t', '\r', '*', '_', '#', '>', '\\', '`', '~', '|', '-', '+':
		return 1
	case '<':
		if e := strings.IndexByte(r.view[j:min(len(r.view), j+64)], '>'); e > 0 {
			return e + 1
		}
		return 0
	}
	if c >= utf8.RuneSelf {
		v, m := decodeRune(r.view[j:])
		if v == '\u3000' || v == '\u00a0' || !shown(v) {
			return m
		}
	}
	return 0
}

// lineOf is the 0-based line of view that byte j is on.
func (r *restorer) lineOf(j int) int {
	return sort.SearchInts(r.starts, j+1) - 1
}
