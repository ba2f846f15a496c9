package archive

import (
	"context"
	"fmt"
	"slices"
)

// A search reads the lists from the newest ids down, a window of ids at
// a time, and stops when it has its hits: a query of a common character
// (市 is in nearly every entry) reads a few rows, where reading its whole
// list, 700,000 ids in 10,000 issues, took 28 ms.

// listRef is a row of a list: its rowid and its last id. (Where it
// begins is not kept: a row that ends above a window and begins above it
// too began in a window read before, and is read already.)
type listRef struct{ rowid, hi int64 }

// listReader reads the lists of one table for a query, each row once.
type listReader struct {
	ctx    context.Context
	conn   querier
	schema string // "" or the attached file's name and a dot
	table  string
	dead   []deadRange
	refs   map[[2]int64][]listRef // the rows of the tokens lo to hi
	rows   map[int64][]int64      // the ids of a row read, by rowid
}

func newListReader(ctx context.Context, conn querier, schema, table string) (*listReader, error) {
	dead, err := readDead(ctx, conn, schema, table)
	if err != nil {
		return nil, err
	}
	return &listReader{ctx: ctx, conn: conn, schema: schema, table: table, dead: dead,
		refs: map[[2]int64][]listRef{}, rows: map[int64][]int64{}}, nil
}

// refsOf is the rows of the tokens lo to hi.
func (r *listReader) refsOf(lo, hi int64) ([]listRef, error) {
	if refs, ok := r.refs[[2]int64{lo, hi}]; ok {
		return refs, nil
	}
	rows, err := r.conn.QueryContext(r.ctx, `SELECT rowid, hi FROM `+r.schema+r.table+` WHERE tok BETWEEN ? AND ?`, lo, hi)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var refs []listRef
	for rows.Next() {
		var f listRef
		if err := rows.Scan(&f.rowid, &f.hi); err != nil {
			return nil, err
		}
		refs = append(refs, f)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	r.refs[[2]int64{lo, hi}] = refs
	return refs, nil
}

// row is the ids of a row, without those taken out of it.
func (r *listReader) row(f listRef) ([]int64, error) {
	if ids, ok := r.rows[f.rowid]; ok {
		return ids, nil
	}
	var b []byte
	if err := r.conn.QueryRowContext(r.ctx, `SELECT ids FROM `+r.schema+r.table+` WHERE rowid = ?`, f.rowid).Scan(&b); err != nil {
		return nil, err
	}
	ids, err := appendIDs(nil, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.table, err)
	}
	ids = dropDead(ids, f.rowid, r.dead)
	r.rows[f.rowid] = ids
	return ids, nil
}

// spans is the runs of consecutive tokens of toks, each read as one.
func spans(toks []int64) [][2]int64 {
	toks = slices.Clone(toks)
	slices.Sort(toks)
	toks = slices.Compact(toks)
	var out [][2]int64
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j] == toks[j-1]+1 {
			j++
		}
		out = append(out, [2]int64{toks[i], toks[j-1]})
		i = j
	}
	return out
}

// refsOfTerm is the rows of the lists of any of toks.
func (r *listReader) refsOfTerm(toks []int64) ([]listRef, error) {
	var out []listRef
	for _, sp := range spans(toks) {
		refs, err := r.refsOf(sp[0], sp[1])
		if err != nil {
			return nil, err
		}
		out = append(out, refs...)
	}
	return out, nil
}

// union is the ids from lo to hi, ascending, in the rows refs.
func (r *listReader) union(refs []listRef, lo, hi int64) ([]int64, error) {
	var sr sortedRuns
	for _, f := range refs {
		if f.hi < lo {
			continue
		}
		ids, err := r.row(f)
		if err != nil {
			return nil, err
		}
		a, _ := slices.BinarySearch(ids, lo)
		b, _ := slices.BinarySearch(ids, hi+1)
		sr.add(ids[a:b])
	}
	return sr.merged(), nil
}

// query is a search's terms by the rows of their lists: any of its
// branches, each a list of terms an entry has all of, each term the rows
// of the tokens it has one of.
type query [][][]listRef

// prepare finds the rows of branches' terms, each a list of tokens.
func (r *listReader) prepare(branches [][][]int64) (query, error) {
	q := make(query, len(branches))
	for i, b := range branches {
		q[i] = make([][]listRef, len(b))
		for k, t := range b {
			refs, err := r.refsOfTerm(t)
			if err != nil {
				return nil, err
			}
			q[i][k] = refs
		}
	}
	return q, nil
}

// all is the ids from lo to hi that have every one of terms: the one of
// fewest rows first, so that the rest need not be read when it has
// none.
func (r *listReader) all(terms [][]listRef, lo, hi int64) ([]int64, error) {
	terms = slices.Clone(terms)
	slices.SortFunc(terms, func(a, b []listRef) int { return len(a) - len(b) })
	var out []int64
	for i, t := range terms {
		ids, err := r.union(t, lo, hi)
		if err != nil || len(ids) == 0 {
			return nil, err
		}
		if i == 0 {
			out = ids
		} else if out = intersect(out, ids); len(out) == 0 {
			return nil, nil
		}
	}
	return out, nil
}

// any is the ids from lo to hi that any of q's branches has all the
// terms of, ascending.
func (r *listReader) any(q query, lo, hi int64) ([]int64, error) {
	var sr sortedRuns
	for _, b := range q {
		ids, err := r.all(b, lo, hi)
		if err != nil {
			return nil, err
		}
		sr.add(ids)
	}
	return sr.merged(), nil
}

// firstWindow is how many ids a search reads first: those of 16 issue
// keys, the issues of one month of a dozen places (a month has 256 keys,
// of which its issues take the first), which a common word fills a page
// of hits from. Each window after is twice the one before, so that a
// rare word reads its lists in a few dozen at most.
const firstWindow = 16 << entryBits

// windows calls each with the windows of ids the lists of q hold, from
// the newest down, until it returns false.
func (r *listReader) windows(q query, each func(lo, hi int64) (bool, error)) error {
	top := int64(-1)
	for _, b := range q {
		for _, t := range b {
			for _, f := range t {
				top = max(top, f.hi)
			}
		}
	}
	size := int64(firstWindow)
	for hi := top; hi >= 0; {
		lo := max(0, hi-size+1)
		more, err := each(lo, hi)
		if err != nil || !more {
			return err
		}
		hi, size = lo-1, size*2
	}
	return nil
}

// sortedRuns gathers ascending lists into one: a list that begins below
// where the one before ended begins a new run, and the runs are merged
// at the end, two by two, which costs far less than sorting them (rows
// of several batches, or of several tokens, are a few long runs).
type sortedRuns struct {
	ids    []int64
	starts []int // where each run but the first begins
	tmp    []int64
}

// add appends the ascending ids.
func (s *sortedRuns) add(ids []int64) {
	n := len(s.ids)
	s.ids = append(s.ids, ids...)
	s.grew(n)
}

// addRow appends the ids of a row of a table, without those that dead
// took out of it.
func (s *sortedRuns) addRow(b []byte, rowid int64, dead []deadRange) error {
	n := len(s.ids)
	var err error
	if s.ids, err = appendIDs(s.ids, b); err != nil {
		return err
	}
	s.ids = append(s.ids[:n], dropDead(s.ids[n:], rowid, dead)...)
	s.grew(n)
	return nil
}

func (s *sortedRuns) grew(n int) {
	if n > 0 && n < len(s.ids) && s.ids[n] < s.ids[n-1] {
		s.starts = append(s.starts, n)
	}
}

// merged is the ids, ascending, each once. It is s's to reuse after reset.
func (s *sortedRuns) merged() []int64 {
	bounds := append([]int{0}, s.starts...)
	bounds = append(bounds, len(s.ids))
	src := s.ids
	for len(bounds) > 2 {
		dst := slices.Grow(s.tmp[:0], len(src))[:len(src)]
		next := bounds[:1]
		for i := 0; i+1 < len(bounds); i += 2 {
			lo, mid := bounds[i], bounds[i+1]
			hi := mid
			if i+2 < len(bounds) {
				hi = bounds[i+2]
			}
			mergeInto(dst[lo:hi], src[lo:mid], src[mid:hi])
			next = append(next, hi)
		}
		s.tmp, src = src, dst
		bounds = next
	}
	s.ids = src
	return slices.Compact(src)
}

// mergeInto merges the ascending a and b into dst, which has room for
// both.
func mergeInto(dst, a, b []int64) {
	k := 0
	for len(a) > 0 && len(b) > 0 {
		if b[0] < a[0] {
			dst[k] = b[0]
			b = b[1:]
		} else {
			dst[k] = a[0]
			a = a[1:]
		}
		k++
	}
	k += copy(dst[k:], a)
	copy(dst[k:], b)
}

func (s *sortedRuns) reset() {
	s.ids, s.starts = s.ids[:0], s.starts[:0]
}

// intersect is what the ascending a and b both have.
func intersect(a, b []int64) []int64 {
	var out []int64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
