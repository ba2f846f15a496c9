package parser

import (
	"strings"
	"unsafe"

	"github.com/yuebao/yuebao/model"
)

// Parse and ParseAll read the caller's bytes in place, as ParseAllOwned
// does, and copy out at the end what the issues keep of them: the bytes
// their strings use, in one buffer. Copying the whole text first had
// made the issue hold all of it, markup, line ends and the lines that
// joined paragraphs were made of included, beside the joined paragraphs
// themselves: on a chronicle whose dates stand on lines of their own,
// half the text again, and a third of the sample. The caller's bytes are
// not changed while the parse reads them (it has not returned), and no
// string of the issues points into them afterwards: ownStrings moves
// every one (TestOwnStrings overwrites them and compares).

// owner walks the strings of issues, measuring what ownStrings's copy
// needs, then copying. The walk calls str, whose test of a string that
// lies elsewhere is inlined: a call for each string, by a func value,
// had cost a tenth more than the copy does now.
type owner struct {
	src  []byte
	base uintptr // where src begins (only compared: no pointer is made from it)
	// from, to: the bytes of src the last run copies; size: what the
	// copy holds so far.
	from, to, size int
	copying        bool
	// b is the copy, grown to the size measured (not cleared first, as
	// a []byte is made): a string is cut of it once its bytes are in,
	// and they are never written again.
	b     strings.Builder
	whole string // src copied whole, where the copy would be longer
	// toc, ts, te: the table of contents of the issue walked, and the
	// entry (ts's te) that the next entry of the body is looked for from:
	// see title.
	toc    []model.TOCSection
	ts, te int
}

func (o *owner) issue(iss *model.Issue) {
	o.toc, o.ts, o.te = iss.TOC, 0, 0
	o.str(&iss.Title)
	o.str(&iss.Compiler)
	for i := range iss.Masthead {
		o.str(&iss.Masthead[i].Key)
		o.str(&iss.Masthead[i].Value)
	}
	o.str(&iss.Distribution)
	for i := range iss.TOC {
		s := &iss.TOC[i]
		o.str(&s.Name)
		for j := range s.Entries {
			o.str(&s.Entries[j].Title)
		}
	}
	for i := range iss.Sections {
		s := &iss.Sections[i]
		o.str(&s.Name)
		o.str(&s.Label)
		for j := range s.Entries {
			e := &s.Entries[j]
			o.title(&e.Title)
			for k := range e.Paragraphs {
				o.str(&e.Paragraphs[k].Text)
			}
		}
	}
	for i := range iss.Furniture {
		o.str((*string)(&iss.Furniture[i].Kind))
		o.str(&iss.Furniture[i].Text)
	}
	for i := range iss.Unplaced {
		o.str(&iss.Unplaced[i].Text)
	}
	for i := range iss.Warnings {
		o.str(&iss.Warnings[i].Message)
	}
	o.str(&iss.Name)
}

// str moves *s, if it points into src. ("" points nowhere: a joined
// paragraph, a warning or a constant points elsewhere.)
func (o *owner) str(s *string) {
	if at := uintptr(unsafe.Pointer(unsafe.StringData(*s))) - o.base; at < uintptr(len(o.src)) {
		o.move(s, int(at))
	}
}

// title is str for an entry's title, which shares the bytes of the
// same title in the table of contents, already moved, rather than being
// copied again: a report's contents names nearly every entry, as printed
// over it, and had been a twentieth of the sample's text held twice.
// The contents is looked in from the entry after the last one found,
// a few entries on (tocAhead), as the body follows its order: no map,
// which would cost more than it saves on a contents of many lines.
func (o *owner) title(s *string) {
	at := uintptr(unsafe.Pointer(unsafe.StringData(*s))) - o.base
	if at >= uintptr(len(o.src)) {
		return
	}
	if len(*s) > 0 && len(o.toc) > 0 {
		ts, te := o.ts, o.te
		for range tocAhead {
			for ts < len(o.toc) && te >= len(o.toc[ts].Entries) {
				ts, te = ts+1, 0
			}
			if ts == len(o.toc) {
				break
			}
			if t := o.toc[ts].Entries[te].Title; o.orig(t) == o.orig(*s) {
				if o.copying {
					*s = t // (moved by now: the contents is walked first)
				}
				o.ts, o.te = ts, te+1
				return
			}
			te++
		}
	}
	o.move(s, int(at))
}

// orig is s as the caller's bytes hold it: where s points into what the
// parse read, the same bytes of src, which differ where a copy in
// traditional characters was read through a simplified view of it (a
// title printed 臺北 over a contents line 台北 is no title of the
// contents's, though the view reads both 台北); else s.
func (o *owner) orig(s string) string {
	if at := uintptr(unsafe.Pointer(unsafe.StringData(s))) - o.base; at < uintptr(len(o.src)) {
		return unsafe.String(&o.src[at], len(s))
	}
	return s
}

// tocAhead is how many entries of the contents title compares an entry's
// title with: the contents may leave out a few of the body's, or the body
// a few of the contents's.
const tocAhead = 4

func (o *owner) move(s *string, from int) {
	if o.copying {
		o.place(s, from)
	} else {
		o.measure(len(*s), from)
	}
}

// measure counts the n bytes from src[from:] that the copy will take:
// those past the run before, where they begin inside it or at its end,
// else all n, a run of their own.
func (o *owner) measure(n, from int) {
	if n == 0 {
		return
	}
	if to := from + n; from < o.from || from > o.to {
		o.from, o.to = from, to
		o.size += n
	} else if to > o.to {
		o.size += to - o.to
		o.to = to
	}
}

// place is measure, copying the bytes and pointing *s at its copy.
func (o *owner) place(s *string, from int) {
	n := len(*s)
	switch {
	case n == 0:
		*s = "" // (a substring of nothing still points into src)
		return
	case o.whole != "":
		*s = o.whole[from : from+n]
		return
	}
	if to := from + n; from < o.from || from > o.to {
		o.b.Write(o.src[from:to])
		o.from, o.to = from, to
	} else if to > o.to {
		o.b.Write(o.src[o.to:to])
		o.to = to
	}
	at := o.b.Len() - (o.to - from)
	*s = o.b.String()[at : at+n]
}

// ownStrings moves every string of issues that points into src, the
// caller's bytes, into one new string that holds the bytes they use, in
// the order the issues name them: nearly always the order of the text,
// so that a string that begins inside or at the end of the one before
// (a title that is the start of its paragraph, the lines of a heading)
// shares its bytes. Where that would copy more than src (strings that
// name the same bytes far apart, over and over), src is copied whole
// instead, as the parse had once done. An empty string is made "": a
// substring of nothing still points into src.
func ownStrings(issues []*model.Issue, src []byte) {
	ownStringsFrom(issues, src, src)
}

// ownStringsFrom is ownStrings for strings that point into read, copied
// from the same offsets of src: a copy in traditional characters is read
// through a simplified view of it, of its length (hant.go).
func ownStringsFrom(issues []*model.Issue, read, src []byte) {
	if len(src) == 0 {
		return
	}
	o := &owner{src: src, base: uintptr(unsafe.Pointer(unsafe.SliceData(read)))}
	for _, iss := range issues {
		o.issue(iss)
	}
	switch {
	case o.size > len(src):
		o.whole = string(src)
	default:
		o.b.Grow(o.size)
		o.from, o.to = 0, 0
	}
	o.copying = true
	for _, iss := range issues {
		o.issue(iss)
	}
}

// pointStrings points every string of issues that points into read at
// the same bytes of text, which is as long: ownStringsFrom for a text the
// caller handed over (ParseAllOwned), which the issues may keep.
func pointStrings(issues []*model.Issue, read, text string) {
	o := &owner{src: textBytes(text), base: uintptr(unsafe.Pointer(unsafe.StringData(read))), whole: text, copying: true}
	for _, iss := range issues {
		o.issue(iss)
	}
}

// textBytes is text's bytes, to be read only: the text the parse read,
// which is the caller's bytes in place (UTF-8 with LF line ends) or a
// string decoding made (GB18030, UTF-16, CR line ends), and which
// ownStrings copies the model's strings out of either way, so that the
// model holds neither whole.
func textBytes(text string) []byte {
	return unsafe.Slice(unsafe.StringData(text), len(text))
}
