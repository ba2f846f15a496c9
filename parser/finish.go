package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// finish fills in what needs the whole body: paragraph and entry dates,
// printed pages from the table of contents, and the warnings about what
// did not match.
func (p *parser) finish() {
	iss := p.iss
	ctx := dateContext{year: iss.Year}
	if iss.Number >= 1 && iss.Number <= 12 {
		ctx.issueMonth = iss.Number
	} else if !iss.Published.IsZero() {
		ctx.issueMonth = iss.Published.Month
	}
	if ctx.year == 0 {
		ctx.year = iss.Published.Year
	}
	for si := range iss.Sections {
		for ei := range iss.Sections[si].Entries {
			e := &iss.Sections[si].Entries[ei]
			ctx.prevMonth = 0
			for pi := range e.Paragraphs {
				para := &e.Paragraphs[pi]
				if d, ok := leadingDate(para.Text, ctx); ok {
					para.Date = d
					ctx.prevMonth = d.End.Month
					if e.Date.IsZero() {
						e.Date = d
					}
				}
			}
		}
	}
	p.matchPages()
	p.checkEnd()
}

type entryRef struct{ sec, ent int }

// matchPages gives each body entry the page its table-of-contents line
// prints. Titles are compared folded (full-width and half-width forms,
// letter case and spaces do not matter); a line or an entry left over is
// a warning, never dropped.
func (p *parser) matchPages() {
	iss := p.iss
	if len(iss.TOC) == 0 {
		return
	}
	byKey := make(map[string][]entryRef)
	var order []entryRef
	var keys []string // folded title of order[i]
	for si, s := range iss.Sections {
		for ei, e := range s.Entries {
			if e.Title == "" {
				continue
			}
			k := foldKey(e.Title)
			byKey[k] = append(byKey[k], entryRef{si, ei})
			order = append(order, entryRef{si, ei})
			keys = append(keys, k)
		}
	}
	used := make(map[entryRef]bool, len(order))
	take := func(r entryRef, page int) {
		used[r] = true
		iss.Sections[r.sec].Entries[r.ent].Page = page
	}
	var missing []model.TOCEntry
	for _, s := range iss.TOC {
		for _, t := range s.Entries {
			k := foldKey(t.Title)
			refs := byKey[k]
			for len(refs) > 0 && used[refs[0]] {
				refs = refs[1:]
			}
			byKey[k] = refs
			if len(refs) > 0 {
				take(refs[0], t.Page)
				continue
			}
			missing = append(missing, t)
		}
	}
	// A second, looser pass: a table of contents sometimes shortens a long
	// title, or the body adds to it. It compares every pair, so it is
	// skipped where that would take long (a file of many unrelated parts).
	loose := len(missing)*len(order) <= 1_000_000
	for _, t := range missing {
		k := foldKey(t.Title)
		found := false
		if loose && utf8.RuneCountInString(k) >= 6 {
			for i, r := range order {
				if used[r] {
					continue
				}
				bk := keys[i]
				if strings.HasPrefix(bk, k) || strings.HasPrefix(k, bk) && utf8.RuneCountInString(bk) >= 6 {
					take(r, t.Page)
					found = true
					break
				}
			}
		}
		if !found {
			p.warn(t.Line, "table of contents lists %q (p.%d) but the body has no such entry", t.Title, t.Page)
		}
	}
	for _, r := range order {
		if !used[r] {
			e := iss.Sections[r.sec].Entries[r.ent]
			p.warn(e.Line, "entry %q is not in the table of contents", e.Title)
		}
	}
}

// checkEnd warns when the text stops mid-sentence: a file cut off at a
// line boundary looks complete otherwise.
func (p *parser) checkEnd() {
	ss := p.iss.Sections
	if len(ss) == 0 {
		return
	}
	es := ss[len(ss)-1].Entries
	if len(es) == 0 {
		return
	}
	ps := es[len(es)-1].Paragraphs
	if len(ps) == 0 {
		return
	}
	if last := ps[len(ps)-1]; !closed(last.Text) {
		p.warn(len(p.lines), "the text ends mid-sentence (truncated file?)")
	}
}
