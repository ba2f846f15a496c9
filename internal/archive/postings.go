package archive

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// The archive's text index is an inverted index of its own, in plain
// tables: for each token (a character, a pair of them, a run of pinyin
// initials, a pair of syllables; see tokens.go), the ids of the entries
// that have it. It was FTS5 (detail=none) until FTS5's hash table, where
// every token of every entry goes as it is written, took two fifths of
// the time of indexing from scratch, and its merges a tenth more: here a
// batch's lists are gathered in Go and written once.
//
// A table's rows are (tok, hi, ids): ids, ascending, as varints of the
// step from the one before, hi the last. A list is cut into rows of a
// few KB (see fullRow), and a token has rows of each batch that wrote
// it: a search reads the rows of its tokens that hold the newest ids
// first, and stops when it has its hits (lists.go).
//
// Entries taken out of the index are not taken out of the lists, which
// would mean rewriting the long lists of every common character: the
// range of their ids goes into the table dead, with the last row of the
// table written before (before), and the ids of that range in rows up to
// that one are passed over as the lists are read (the range may be an
// issue's again later, in later rows). Compacting the lists (compact.go)
// drops them for good, and makes each token's rows one list, as FTS5's
// optimize merged its segments.

// postingsSchema is the table named t.
func postingsSchema(t string) string {
	return listTable(t) + listIndex(t)
}

func listTable(t string) string {
	return `CREATE TABLE ` + t + `(tok INTEGER NOT NULL, hi INTEGER NOT NULL, ids BLOB NOT NULL) STRICT;
`
}

// listIndex finds a token's rows by the ids they span, without reading
// the rows.
func listIndex(t string) string {
	return `CREATE INDEX ` + t + `_tok ON ` + t + `(tok, hi);
`
}

// deadSchema is the table of the ranges of ids taken out of the lists of
// the tables of a file.
const deadSchema = `CREATE TABLE dead(tab TEXT NOT NULL, lo INTEGER NOT NULL, hi INTEGER NOT NULL,
	before INTEGER NOT NULL) STRICT;
`

// deadRange is the ids lo to hi, taken out of the rows up to before.
type deadRange struct{ lo, hi, before int64 }

// markDead takes the ids lo to hi out of the lists of table.
func markDead(ctx context.Context, tx *sql.Tx, table string, lo, hi int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO dead SELECT ?, ?, ?, coalesce(max(rowid), 0) FROM `+table, table, lo, hi)
	return err
}

// readDead reads the ranges taken out of table, by lo; schema is "" or
// the name of the attached file with a dot.
func readDead(ctx context.Context, conn querier, schema, table string) ([]deadRange, error) {
	rows, err := conn.QueryContext(ctx, `SELECT lo, hi, before FROM `+schema+`dead WHERE tab = ? ORDER BY lo`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []deadRange
	for rows.Next() {
		var d deadRange
		if err := rows.Scan(&d.lo, &d.hi, &d.before); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// dropDead drops from the ascending ids of row rowid those that dead
// took out of it.
func dropDead(ids []int64, rowid int64, dead []deadRange) []int64 {
	if len(dead) == 0 || len(ids) == 0 {
		return ids
	}
	out := ids[:0]
	k := 0
	for _, id := range ids {
		for k < len(dead) && dead[k].hi < id {
			k++
		}
		// Ranges are issues' ids, but may overlap: a range taken out
		// may be an issue's again, of another span, and taken out again.
		drop := false
		for j := k; j < len(dead) && dead[j].lo <= id; j++ {
			if id <= dead[j].hi && rowid <= dead[j].before {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, id)
		}
	}
	return out
}

// postings gathers a batch's lists in memory. Tokens below dense are
// numbered densely (the pinyin ones) and found by index; the others by a
// map. The entries are kept as they come and put in the lists in the
// order of their ids as the lists are written: issues come in the order
// of their files, not of their keys, and sorting each list took a fifth
// of the time of indexing. A list is gathered already encoded, in its
// rows, a byte or two an id where a slice of ids took eight (indexing
// 10,000 issues peaked at 612 MiB with them, 426 MiB without).
type postings struct {
	dense   []int32 // tok → index in lists + 1; nil when none are dense
	index   map[uint64]int32
	toks    []uint64
	lists   []rowEncoder
	pending []pendingEntry
	n       int // tokens held
	written int // rows written, all told
}

// rowEncoder writes ascending ids into rows: the rows ended, and the
// open one after them. A token's list is one as it is gathered, of full
// rows (fullRow).
type rowEncoder struct {
	buf   []byte
	rows  []listRow // the rows ended, in buf
	start int       // where the open row begins in buf
	last  int64     // the last id; -1 before the first
}

// add appends id, above those before, to rows of at most limit bytes,
// and tells whether it began a new row.
func (l *rowEncoder) add(id int64, limit int) bool {
	if id == l.last {
		return false
	}
	d := uint64(id - l.last)
	began := false
	if len(l.buf)-l.start+varintLen(d) > limit && len(l.buf) > l.start {
		l.rows = append(l.rows, listRow{len(l.buf), l.last})
		l.start = len(l.buf)
		d = uint64(id + 1) // a row starts from nothing
		began = true
	}
	l.buf = binary.AppendUvarint(l.buf, d)
	l.last = id
	return began
}

// end ends the open row, if it has anything.
func (l *rowEncoder) end() {
	if len(l.buf) > l.start {
		l.rows = append(l.rows, listRow{len(l.buf), l.last})
		l.start = len(l.buf)
	}
}

// pendingEntry is an entry's tokens, not yet in the lists.
type pendingEntry struct {
	id   int64
	toks []uint64
	nums []uint32
}

func newPostings(dense int) *postings {
	p := &postings{index: map[uint64]int32{}}
	if dense > 0 {
		p.dense = make([]int32, dense)
	}
	return p
}

// add notes that entry id has tok.
func (p *postings) add(tok uint64, id int64) {
	var i int32
	if tok < uint64(len(p.dense)) {
		i = p.dense[tok] - 1
		if i < 0 {
			i = int32(len(p.lists))
			p.dense[tok] = i + 1
			p.toks = append(p.toks, tok)
			p.lists = append(p.lists, rowEncoder{last: -1})
		}
	} else {
		var ok bool
		if i, ok = p.index[tok]; !ok {
			i = int32(len(p.lists))
			p.index[tok] = i
			p.toks = append(p.toks, tok)
			p.lists = append(p.lists, rowEncoder{last: -1})
		}
	}
	p.lists[i].add(id, fullRow)
}

// addAll notes that entry id has each of toks, which p keeps until it
// is flushed.
func (p *postings) addAll(toks []uint64, id int64) {
	p.pending = append(p.pending, pendingEntry{id: id, toks: toks})
	p.n += len(toks)
}

// addNumbers notes that entry id has each of the numbered toks, which p
// keeps until it is flushed.
func (p *postings) addNumbers(toks []uint32, id int64) {
	p.pending = append(p.pending, pendingEntry{id: id, nums: toks})
	p.n += len(toks)
}

// gather puts the pending entries in the lists, in the order of their ids.
func (p *postings) gather() {
	slices.SortFunc(p.pending, func(a, b pendingEntry) int { return cmp.Compare(a.id, b.id) })
	for k := range p.pending {
		e := &p.pending[k]
		for _, t := range e.toks {
			p.add(t, e.id)
		}
		for _, t := range e.nums {
			p.add(uint64(t), e.id)
		}
		*e = pendingEntry{} // its tokens can go as the lists grow
	}
	p.pending = p.pending[:0]
}

// flush writes the lists gathered as rows of table through tx, in the
// order of their tokens, and empties p.
func (p *postings) flush(ctx context.Context, tx *sql.Tx, table string) error {
	p.gather()
	if len(p.toks) == 0 {
		return nil
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO `+table+`(tok, hi, ids) VALUES (?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("writing %s: %w", table, err)
	}
	defer st.Close()
	order := make([]int32, len(p.toks))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return compareToks(p.toks[a], p.toks[b]) })
	var ids []int64
	var rows []listRow
	var tails []tailRow
	var tailBuf []byte
	for _, i := range order {
		l := &p.lists[i]
		tok := int64(p.toks[i])
		start := 0
		for _, r := range l.rows {
			if _, err := st.ExecContext(ctx, tok, r.hi, l.buf[start:r.end]); err != nil {
				return fmt.Errorf("writing %s: %w", table, err)
			}
			p.written++
			start = r.end
		}
		// The open row, in rows of tailBytes.
		var err error
		if ids, err = appendIDs(ids[:0], l.buf[l.start:]); err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
		tailBuf, rows, _ = encodeIDs(tailBuf, ids, tailBytes, rows[:0])
		for _, r := range rows {
			tails = append(tails, tailRow{tok, r})
		}
		l.buf = nil
	}
	start := 0
	for _, t := range tails {
		if _, err := st.ExecContext(ctx, t.tok, t.hi, tailBuf[start:t.end]); err != nil {
			return fmt.Errorf("writing %s: %w", table, err)
		}
		p.written++
		start = t.end
	}
	clear(p.index)
	for _, t := range p.toks {
		if t < uint64(len(p.dense)) {
			p.dense[t] = 0
		}
	}
	p.toks, p.lists, p.n = p.toks[:0], nil, 0
	return nil
}

// compareToks orders tokens as the table's index does: as int64.
func compareToks(a, b uint64) int {
	switch {
	case int64(a) < int64(b):
		return -1
	case int64(a) > int64(b):
		return 1
	}
	return 0
}

// A list is written in rows of at most fullRow bytes, and what is left
// after the last such row in rows of at most tailBytes: a row of some
// 4,000 bytes fills a page (SQLite's pages are 4 KB) and stays in it, and
// the rows of the rest share pages four to one. Where a list was a row,
// those of 2 to 4 KB left most of their page empty, and the longer ones
// the last page of their overflow, and the lists took a third more space
// than their bytes. The full rows of a batch are written first, then the
// rest, so that pages of full rows are not broken up. Each row is read
// on its own: its first id is written whole.
const (
	fullRow   = 4000
	tailBytes = 1000
)

// listRow is a row of a list in a buffer: where its bytes end, and its
// last id.
type listRow struct {
	end int
	hi  int64
}

// tailRow is a row written after the full ones.
type tailRow struct {
	tok int64
	listRow
}

// encodeIDs appends the ascending ids, each as the step from the one
// before, dropping repeats, in rows of at most limit bytes. It returns
// the rows, and where in ids the last one begins.
func encodeIDs(buf []byte, ids []int64, limit int, rows []listRow) ([]byte, []listRow, int) {
	e := rowEncoder{buf: buf, rows: rows, start: len(buf), last: -1}
	lastAt := 0
	for i, id := range ids {
		if e.add(id, limit) {
			lastAt = i
		}
	}
	e.end()
	return e.buf, e.rows, lastAt
}

// varintLen is the bytes binary.AppendUvarint takes for d.
func varintLen(d uint64) int { return (bits.Len64(d|1) + 6) / 7 }

// listRows appends the rows of the ascending ids: the first full of them
// full rows (fullRow), the others the rest (tailBytes).
func listRows(buf []byte, ids []int64, rows []listRow) (_ []byte, _ []listRow, full int) {
	base := len(buf)
	buf, rows, lastAt := encodeIDs(buf, ids, fullRow, rows)
	if len(rows) == 0 {
		return buf, rows, 0
	}
	full = len(rows) - 1
	if full > 0 {
		buf = buf[:rows[full-1].end]
	} else {
		buf = buf[:base]
	}
	buf, rows, _ = encodeIDs(buf, ids[lastAt:], tailBytes, rows[:full])
	return buf, rows, full
}

var errPostings = errors.New("a list of the text index is damaged")

// appendIDs appends the ids of the encoded list b to ids.
func appendIDs(ids []int64, b []byte) ([]int64, error) {
	last := int64(-1)
	for len(b) > 0 {
		if c := b[0]; c != 0 && c < 0x80 {
			// Most steps: an entry to the next of the same issue.
			last += int64(c)
			ids = append(ids, last)
			b = b[1:]
			continue
		}
		d, n := binary.Uvarint(b)
		if n <= 0 || d == 0 {
			return ids, errPostings
		}
		last += int64(d)
		ids = append(ids, last)
		b = b[n:]
	}
	return ids, nil
}
