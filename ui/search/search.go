// Package search narrows an issue's table of contents to the entries that
// mention what the reader types, usually a person's name, as each key is
// typed.
//
// The text is folded once, when the Index is built, so that a keystroke
// costs one substring scan of the folded text at most (see Fold for what
// folding makes equal). Entries are matched on their title and the text of
// their paragraphs, not on the name of their section: a section name
// (领导活动, 经济视点) would pull every entry of the section in front of
// the entries that actually say the word, and the reader shows section
// names as headings anyway.
//
// A query of Latin letters alone (limingjun, li ming jun, lmj) is also
// matched as pinyin against the Han text, for readers without a Chinese
// input method: see pinyin.go for what it matches. The Index keeps the
// readings of the Han characters for that, and the entries found only by
// pinyin rank after those that have the letters literally.
package search

import (
	"slices"
	"sort"
	"strings"

	"github.com/yuebao/yuebao/model"
)

// Index is built once per parsed issue and shared by every reader session
// (the SSH server runs many in one process), so it is never changed after
// New and holds no state of a search: it is safe for concurrent use.
type Index struct {
	// all is the folded text of every entry, title then paragraphs,
	// each followed by "\n". No folded query contains "\n", so no match
	// runs from a title into the text or from one paragraph into the next
	// (Matches, which the reader calls per title or paragraph, could not
	// show it), and a fresh search scans all in one pass.
	all  string
	ents []entry
	// freq counts the bytes of all, to pick the rarest byte of a query
	// as the one to look for.
	freq [256]int
	pyIndex
}

type entry struct {
	sec, ent int32
	// end is the offset in all just past the entry; the entry's title and
	// text are substrings of all.
	end         int32
	title, text string
	// The entry's title is py[pyStart:pyText] and its text
	// py[pyText:pyEnd] (see pyIndex).
	pyStart, pyText, pyEnd int32
}

// Hit is one matching entry: iss.Sections[Sec].Entries[Ent]. InTitle tells
// the reader that the title says it, so the listing can mark it. Pinyin
// tells that the entry was found by the pinyin of its Han text only (the
// query is Latin letters that neither its title nor its text has
// literally); InTitle then tells whether the title is where.
type Hit struct {
	Sec, Ent int
	InTitle  bool
	Pinyin   bool
}

// Ref is the entry the hit is in.
func (h Hit) Ref() model.EntryRef { return model.EntryRef{Sec: h.Sec, Ent: h.Ent} }

// New folds the whole issue into one string that the entries slice, which
// keeps the memory near the size of the text and the scans cache-friendly,
// and notes the readings of its Han characters, two bytes each. The Index
// does not refer to the issue.
func New(iss *model.Issue) *Index {
	n, size := 0, 0
	for _, s := range iss.Sections {
		n += len(s.Entries)
		for _, e := range s.Entries {
			size += len(e.Title) + 1
			for _, p := range e.Paragraphs {
				size += len(p.Text) + 1
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	type span struct{ title, text int }
	spans := make([]span, 0, n)
	ix := &Index{ents: make([]entry, 0, n)}
	for si, s := range iss.Sections {
		for ei, e := range s.Entries {
			var sp span
			sp.title = b.Len()
			foldInto(&b, e.Title)
			b.WriteByte('\n')
			sp.text = b.Len()
			for _, p := range e.Paragraphs {
				foldInto(&b, p.Text)
				b.WriteByte('\n')
			}
			spans = append(spans, sp)
			ix.ents = append(ix.ents, entry{sec: int32(si), ent: int32(ei), end: int32(b.Len())})
		}
	}
	ix.all = b.String()
	for i, sp := range spans {
		e := &ix.ents[i]
		e.title = ix.all[sp.title : sp.text-1]
		e.text = ix.all[sp.text:e.end]
	}
	for i := 0; i < len(ix.all); i++ {
		ix.freq[ix.all[i]]++
	}
	ix.buildPinyin()
	return ix
}

// Filter lists title matches first because a title that names the person
// is what the reader is most likely looking for; within each group the
// entries keep document order so the list reads like the table of
// contents. A query of Latin letters alone is matched as pinyin as well,
// and the entries found only that way (Hit.Pinyin) come after all those
// that have the query literally, again title matches first: literal in
// the title, literal only in the text, pinyin in the title, pinyin only in
// the text. (A Chinese query has no pinyin matches. For a pinyin query the
// literal matches are Latin text that spells it, a name in an English
// caption, say, which is exact where pinyin is a guess.) An empty query
// (or one of only white space) returns nil, which the caller takes as "no
// filter"; a query without matches returns an empty, non-nil slice.
func (ix *Index) Filter(query string) []Hit {
	fq := Fold(query)
	if fq == "" {
		return nil
	}
	return ix.hits(ix.search(fq, nil))
}

// result is the outcome of one search: the entries (indexes into ix.ents)
// matching in their title, then those matching only in their text, then
// the same two groups for the entries matching only by pinyin, each group
// in document order.
type result struct {
	fq  string
	ids []int32
	// ids[:titles] match in their title, ids[titles:lit] only in their
	// text; ids[lit:pyTitles] match by pinyin only, in their title, and
	// ids[pyTitles:] by pinyin only, only in their text.
	titles, lit, pyTitles int
}

// search returns the entries matching fq. With prev, the result of a query
// that fq extends, only prev's entries are looked at: whatever contains
// fq contains prev.fq, in the same place, so the new hits are a subset.
// The same holds for pinyin (see pinyin.go).
func (ix *Index) search(fq string, prev *result) result {
	var titles, texts, dropped []int32
	if prev == nil {
		titles, texts = ix.scan(fq)
	} else {
		titles, texts, dropped = ix.narrow(fq, prev)
	}
	var pyTitles, pyTexts []int32
	if isPinyin(fq) {
		c := ix.compile(fq)
		if prev == nil {
			pyTitles, pyTexts = ix.scanPinyin(c, titles, texts)
		} else {
			pyTitles, pyTexts = ix.narrowPinyin(c, prev, dropped)
		}
	}
	ids := make([]int32, 0, len(titles)+len(texts)+len(pyTitles)+len(pyTexts))
	ids = append(ids, titles...)
	ids = append(ids, texts...)
	ids = append(ids, pyTitles...)
	ids = append(ids, pyTexts...)
	r := result{fq: fq, ids: ids, titles: len(titles)}
	r.lit = r.titles + len(texts)
	r.pyTitles = r.lit + len(pyTitles)
	return r
}

// rarest returns the offset of the byte of fq to look for.
func (ix *Index) rarest(fq string) int {
	k := 0
	for i := 1; i < len(fq); i++ {
		if ix.freq[fq[i]] < ix.freq[fq[k]] {
			k = i
		}
	}
	return k
}

// scan returns the entries that have fq in their title and those that
// have it only in their text, in one pass over all: at each match, it
// notes the entry and goes on behind it. The first match in an entry
// tells where it matches, as the title comes first.
func (ix *Index) scan(fq string) (titles, texts []int32) {
	k := ix.rarest(fq)
	for pos, e := 0, 0; ; {
		i := index(ix.all[pos:], fq, k)
		if i < 0 {
			break
		}
		i += pos
		e += sort.Search(len(ix.ents)-e, func(j int) bool { return int(ix.ents[e+j].end) > i })
		if i < int(ix.ents[e].end)-len(ix.ents[e].text) {
			titles = append(titles, int32(e))
		} else {
			texts = append(texts, int32(e))
		}
		pos = int(ix.ents[e].end)
		e++
	}
	return titles, texts
}

// narrow is scan for a query that extends prev.fq. It also returns prev's
// literal matches that fq drops, in no particular order: they may still
// match fq by pinyin.
func (ix *Index) narrow(fq string, prev *result) (titles, texts, dropped []int32) {
	k := ix.rarest(fq)
	var fromTitles []int32 // were title matches, now match only in the text
	for _, i := range prev.ids[:prev.titles] {
		e := &ix.ents[i]
		if strings.Contains(e.title, fq) {
			titles = append(titles, i)
		} else if index(e.text, fq, k) >= 0 {
			fromTitles = append(fromTitles, i)
		} else {
			dropped = append(dropped, i)
		}
	}
	// A text-only match of prev cannot have fq in its title.
	var stayed []int32
	for _, i := range prev.ids[prev.titles:prev.lit] {
		if index(ix.ents[i].text, fq, k) >= 0 {
			stayed = append(stayed, i)
		} else {
			dropped = append(dropped, i)
		}
	}
	// Merge the two text-only groups back into document order.
	texts = make([]int32, 0, len(fromTitles)+len(stayed))
	a, b := fromTitles, stayed
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			texts, a = append(texts, a[0]), a[1:]
		} else {
			texts, b = append(texts, b[0]), b[1:]
		}
	}
	texts = append(append(texts, a...), b...)
	return titles, texts, dropped
}

// scanPinyin returns the entries that match c in their title and those
// that match it only in their text, leaving out the literal matches
// titles and texts.
func (ix *Index) scanPinyin(c *pyQuery, titles, texts []int32) (pyTitles, pyTexts []int32) {
	for i := range ix.ents {
		id := int32(i)
		if len(titles) > 0 && titles[0] == id {
			titles = titles[1:]
			continue
		}
		if len(texts) > 0 && texts[0] == id {
			texts = texts[1:]
			continue
		}
		pyTitles, pyTexts = ix.matchPinyin(c, id, true, pyTitles, pyTexts)
	}
	return pyTitles, pyTexts
}

// narrowPinyin is scanPinyin for a query that extends prev.fq: what
// matches it by pinyin matched prev.fq by pinyin too, either among prev's
// pinyin matches or among its literal matches (dropped are those that are
// not literal matches any more).
func (ix *Index) narrowPinyin(c *pyQuery, prev *result, dropped []int32) (pyTitles, pyTexts []int32) {
	for _, i := range prev.ids[prev.lit:prev.pyTitles] {
		pyTitles, pyTexts = ix.matchPinyin(c, i, true, pyTitles, pyTexts)
	}
	for _, i := range dropped {
		pyTitles, pyTexts = ix.matchPinyin(c, i, true, pyTitles, pyTexts)
	}
	// A pinyin match of prev only in the text cannot match in its title.
	for _, i := range prev.ids[prev.pyTitles:] {
		pyTitles, pyTexts = ix.matchPinyin(c, i, false, pyTitles, pyTexts)
	}
	slices.Sort(pyTitles)
	slices.Sort(pyTexts)
	return pyTitles, pyTexts
}

// matchPinyin appends entry i to titles or texts if it matches c, in its
// title (looked at only with title) or in its text.
func (ix *Index) matchPinyin(c *pyQuery, i int32, title bool, titles, texts []int32) ([]int32, []int32) {
	e := &ix.ents[i]
	start := e.pyText
	if title {
		start = e.pyStart
	}
	switch p := c.find(ix.py[start:e.pyEnd]); {
	case p < 0:
	case start+int32(p) < e.pyText:
		titles = append(titles, i)
	default:
		texts = append(texts, i)
	}
	return titles, texts
}

// hits makes a fresh slice each time, so callers may keep or change it
// without reaching into a Filterer's history.
func (ix *Index) hits(r result) []Hit {
	out := make([]Hit, len(r.ids))
	for k, i := range r.ids {
		e := &ix.ents[i]
		out[k] = Hit{
			Sec:     int(e.sec),
			Ent:     int(e.ent),
			InTitle: k < r.titles || r.lit <= k && k < r.pyTitles,
			Pinyin:  k >= r.lit,
		}
	}
	return out
}

// maxDepth bounds a Filterer's history. Deeper than this, the oldest
// results are forgotten; going back to them costs one fresh search.
const maxDepth = 32

// A Filterer belongs to one reader session (it is not safe for concurrent
// use). It keeps the results of the query being typed and of its
// prefixes: a key typed at the end searches only the entries that
// matched before, and backspace returns a remembered result without
// searching at all.
type Filterer struct {
	ix *Index
	// stack[i].fq is a proper prefix of stack[i+1].fq.
	stack []result
}

// NewFilterer starts a session's history empty.
func (ix *Index) NewFilterer() *Filterer {
	return &Filterer{ix: ix}
}

// Filter returns what ix.Filter(query) returns, faster when query extends
// or shortens the queries given before. Any edit works (pasting, deleting
// in the middle): the history is used back to the longest remembered query
// that is a prefix of this one, after folding.
func (f *Filterer) Filter(query string) []Hit {
	fq := Fold(query)
	if fq == "" {
		return nil // the history is kept for the next query
	}
	for len(f.stack) > 0 && !strings.HasPrefix(fq, f.stack[len(f.stack)-1].fq) {
		f.stack[len(f.stack)-1] = result{}
		f.stack = f.stack[:len(f.stack)-1]
	}
	var prev *result
	if len(f.stack) > 0 {
		prev = &f.stack[len(f.stack)-1]
		if prev.fq == fq {
			return f.ix.hits(*prev)
		}
	}
	r := f.ix.search(fq, prev)
	if len(f.stack) == maxDepth {
		copy(f.stack, f.stack[1:])
		f.stack = f.stack[:maxDepth-1]
	}
	f.stack = append(f.stack, r)
	return f.ix.hits(r)
}

// index returns the offset of the first fq in s, or -1. It looks for
// fq[k], which the caller picks as the byte of fq that is rarest in the
// text, with the vectorised strings.IndexByte and compares fq around each
// one found. On Chinese text this is several times faster than
// strings.Index, whose first byte (the lead byte of a Han character) is
// everywhere. When fq[k] turns out not to be rare here either, it leaves
// the rest to strings.Index.
func index(s, fq string, k int) int {
	n := len(fq)
	c := fq[k]
	last := len(s) - n + k // the last place fq[k] can be
	fails := 0
	for i := k; i <= last; i++ {
		j := strings.IndexByte(s[i:last+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i-k:i-k+n] == fq {
			return i - k
		}
		fails++
		if fails > 8+i>>5 {
			if j := strings.Index(s[i-k+1:], fq); j >= 0 {
				return i - k + 1 + j
			}
			return -1
		}
	}
	return -1
}
