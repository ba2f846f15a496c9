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
package search

import (
	"strings"

	"github.com/yuebao/yuebao/model"
)

// Index is built once per parsed issue and shared by every reader session
// (the SSH server runs many in one process), so it is never changed after
// New and holds no state of a search: it is safe for concurrent use.
type Index struct {
	ents []entry
}

type entry struct {
	sec, ent int32
	// title and text are folded; text is the entry's paragraphs joined by
	// "\n", which no folded query contains, so no match runs from one
	// paragraph into the next (Matches, used per paragraph, could not
	// show it).
	title, text string
}

// Hit is one matching entry: iss.Sections[Sec].Entries[Ent]. InTitle tells
// the reader that the title says it, so the listing can mark it.
type Hit struct {
	Sec, Ent int
	InTitle  bool
}

// New folds the whole issue into one string that the entries slice, which
// keeps the memory near the size of the text and the scans cache-friendly.
// The issue may be dropped by the caller afterwards; the Index does not
// refer to it.
func New(iss *model.Issue) *Index {
	n, size := 0, 0
	for _, s := range iss.Sections {
		n += len(s.Entries)
		for _, e := range s.Entries {
			size += len(e.Title)
			for _, p := range e.Paragraphs {
				size += len(p.Text) + 1
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	type span struct{ title, text, end int }
	spans := make([]span, 0, n)
	ix := &Index{ents: make([]entry, 0, n)}
	for si, s := range iss.Sections {
		for ei, e := range s.Entries {
			var sp span
			sp.title = b.Len()
			foldInto(&b, e.Title)
			sp.text = b.Len()
			for pi, p := range e.Paragraphs {
				if pi > 0 {
					b.WriteByte('\n')
				}
				foldInto(&b, p.Text)
			}
			sp.end = b.Len()
			spans = append(spans, sp)
			ix.ents = append(ix.ents, entry{sec: int32(si), ent: int32(ei)})
		}
	}
	all := b.String()
	for i, sp := range spans {
		ix.ents[i].title = all[sp.title:sp.text]
		ix.ents[i].text = all[sp.text:sp.end]
	}
	return ix
}

// Filter lists title matches first because a title that names the person
// is what the reader is most likely looking for; within each group the
// entries keep document order so the list reads like the table of
// contents. An empty query (or one of only white space) returns nil, which
// the caller takes as "no filter"; a query without matches returns an
// empty, non-nil slice.
func (ix *Index) Filter(query string) []Hit {
	fq := Fold(query)
	if fq == "" {
		return nil
	}
	return ix.hits(ix.search(fq, nil))
}

// result is the outcome of one search: the entries (indexes into ix.ents)
// matching in their title, then those matching only in their text, each
// group in document order.
type result struct {
	fq     string
	ids    []int32
	titles int // ids[:titles] match in their title
}

// search returns the entries matching fq. With prev, the result of a query
// that fq contains, only prev's entries are looked at: whatever contains
// fq contains prev.fq, in the same place, so the new hits are a subset.
func (ix *Index) search(fq string, prev *result) result {
	var titles, texts []int32
	if prev == nil {
		for i := range ix.ents {
			e := &ix.ents[i]
			if strings.Contains(e.title, fq) {
				titles = append(titles, int32(i))
			} else if strings.Contains(e.text, fq) {
				texts = append(texts, int32(i))
			}
		}
		return result{fq: fq, ids: append(titles, texts...), titles: len(titles)}
	}
	var fromTitles []int32 // were title matches, now match only in the text
	for _, i := range prev.ids[:prev.titles] {
		e := &ix.ents[i]
		if strings.Contains(e.title, fq) {
			titles = append(titles, i)
		} else if strings.Contains(e.text, fq) {
			fromTitles = append(fromTitles, i)
		}
	}
	// A text-only match of prev cannot have fq in its title.
	for _, i := range prev.ids[prev.titles:] {
		if strings.Contains(ix.ents[i].text, fq) {
			texts = append(texts, i)
		}
	}
	ids := make([]int32, 0, len(titles)+len(fromTitles)+len(texts))
	ids = append(ids, titles...)
	// Merge the two text-only groups back into document order.
	a, b := fromTitles, texts
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			ids, a = append(ids, a[0]), a[1:]
		} else {
			ids, b = append(ids, b[0]), b[1:]
		}
	}
	ids = append(append(ids, a...), b...)
	return result{fq: fq, ids: ids, titles: len(titles)}
}

// hits makes a fresh slice each time, so callers may keep or change it
// without reaching into a Filterer's history.
func (ix *Index) hits(r result) []Hit {
	out := make([]Hit, len(r.ids))
	for k, i := range r.ids {
		e := &ix.ents[i]
		out[k] = Hit{Sec: int(e.sec), Ent: int(e.ent), InTitle: k < r.titles}
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
