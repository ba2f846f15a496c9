package archive

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/search"
)

// ParagraphSep separates an entry's paragraphs in Hit.Text: a control
// character, which no text the parser takes has, so that a paragraph
// holding a line break stays one paragraph.
const ParagraphSep = "\x1e"

// Query is a search of the archive.
type Query struct {
	// Text is what the reader types: Chinese, or pinyin (full, initials
	// or mixed), folded as the filter folds it.
	Text string
	// From and To keep the entries whose date overlaps them; the zero
	// Date leaves that end open.
	From, To model.Date
	// Month and Day keep the entries of that day of the year, in any
	// year ("on this day"); 0 for no such filter.
	Month, Day int
	// Place keeps the issues whose title or compiler contains it.
	Place string
	// Limit is the most hits returned; 0 for all.
	Limit int
}

// Hit is one entry found.
type Hit struct {
	Issue   *Issue // in the catalogue searched
	Sec     int    // the entry is Sections[Sec].Entries[Ent] of the issue
	Ent     int
	Section string // as the section prints it
	Title   string // the entry's own title; "" when it has none
	Page    int
	Date    model.DateRange // as the parser gave it (see Span)
	Text    string          // the paragraphs, ParagraphSep between them
	// InTitle and Pinyin are as in search.Hit: where it matched, and
	// whether only by the pinyin of its Han text.
	InTitle, Pinyin bool

	id int64
}

// Ref is the entry in its issue.
func (h *Hit) Ref() model.EntryRef { return model.EntryRef{Sec: h.Sec, Ent: h.Ent} }

// DisplayTitle names the entry in a list, as model.Entry.DisplayTitle.
func (h *Hit) DisplayTitle() string {
	e := model.Entry{Title: h.Title}
	if h.Title == "" {
		if h.Text != "" {
			first, _, _ := strings.Cut(h.Text, ParagraphSep)
			e.Paragraphs = []model.Paragraph{{Text: first}}
		}
	}
	return e.DisplayTitle()
}

// Search finds the entries of the catalogue's issues that have q.Text,
// ranked as the reader's filter ranks them — literally in the title,
// literally only in the text, by pinyin in the title, by pinyin only in
// the text — and within each rank newest issue first, each issue's
// entries in their order. It stops at q.Limit hits, or when ctx ends.
func (d *DB) Search(ctx context.Context, c *Catalogue, q Query) ([]Hit, error) {
	fq := search.Fold(q.Text)
	toks := gramTerms(fq)
	if len(toks) == 0 {
		return nil, nil
	}
	terms := make([][]int64, len(toks))
	for i, t := range toks {
		terms[i] = []int64{int64(t)}
	}
	var places map[int64]bool
	if q.Place != "" {
		places = map[int64]bool{}
		fp := search.Fold(q.Place)
		for _, is := range c.Issues {
			if strings.Contains(search.Fold(is.Title+" "+is.Compiler), fp) {
				places[is.Key] = true
			}
		}
	}
	// A search reads a list's rows as it goes, by rowid: in one read
	// transaction, so that an update's compacting, which writes them
	// again, cannot change them under it.
	tx, err := d.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer tx.Rollback()
	s := &searcher{d: d, conn: tx, ctx: ctx, c: c, q: q, fq: fq, places: places, seen: map[int64]bool{}}
	for _, inTitle := range []bool{true, false} {
		if err := s.literal(terms, inTitle); err != nil {
			return nil, err
		}
		if s.full() {
			return s.hits, nil
		}
	}
	tx.Rollback()
	if search.PinyinCuts(q.Text, 1) != nil {
		if err := s.pinyin(); err != nil {
			return nil, err
		}
	}
	return s.hits, nil
}

// querier is a connection to the index, or the pool of them.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type searcher struct {
	d      *DB
	conn   querier // where rows queries: the pool, or a connection with the pinyin file attached
	ctx    context.Context
	c      *Catalogue
	q      Query
	fq     string // q.Text folded
	places map[int64]bool
	seen   map[int64]bool // entries already hit, by id
	hits   []Hit
}

func (s *searcher) full() bool { return s.q.Limit > 0 && len(s.hits) >= s.q.Limit }

// scan looks up the entries the lists of table (in schema, "" or an
// attached file's name with a dot) give for any of branches (each a list
// of terms an entry has all of, each term tokens it has one of), newest
// first, and calls take with each that passes the filters, as lookup
// does, until take returns false or the lists have no more.
func (s *searcher) scan(schema, table string, branches [][][]int64, take func(Hit) bool) error {
	r, err := newListReader(s.ctx, s.conn, schema, table)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	q, err := r.prepare(branches)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	if s.d.midSearch != nil {
		s.d.midSearch()
	}
	l := lookup{s: s, take: take, runKey: -1}
	err = r.windows(q, func(lo, hi int64) (bool, error) {
		ids, err := r.any(q, lo, hi)
		if err != nil {
			return false, err
		}
		return l.feed(ids)
	})
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	l.flush()
	return nil
}

// lookupChunk is how many candidates are looked up at a time: the first
// ones hit most often, and a search that wants a few hits should not
// read hundreds of entries.
const lookupChunk = 128

// lookup looks candidate entries up, newest first, and hands those that
// pass the filters to take. Within an issue the ids come backwards, so
// each issue's entries are gathered and handed over in their order. A
// candidate no longer in the index (see postings.go) is not found.
type lookup struct {
	s       *searcher
	take    func(Hit) bool
	run     []Hit
	runKey  int64
	stopped bool
	q       strings.Builder
}

// flush hands over the issue's entries gathered.
func (l *lookup) flush() bool {
	for i := len(l.run) - 1; i >= 0 && !l.stopped; i-- {
		l.stopped = !l.take(l.run[i])
	}
	l.run = l.run[:0]
	return !l.stopped
}

// feed looks up ids, ascending and below those fed before, and tells
// whether take wants more.
func (l *lookup) feed(ids []int64) (bool, error) {
	s := l.s
	from, to := dateInt(s.q.From), dateInt(s.q.To)
	for hi := len(ids); hi > 0 && !l.stopped; {
		lo := max(0, hi-lookupChunk)
		l.q.Reset()
		l.q.WriteString(`SELECT id, sec, ent, section, title, page, start, end, text FROM entries WHERE id IN (`)
		n := 0
		for i := hi - 1; i >= lo; i-- {
			if s.seen[ids[i]] {
				continue
			}
			if n > 0 {
				l.q.WriteByte(',')
			}
			l.q.WriteString(strconv.FormatInt(ids[i], 10))
			n++
		}
		hi = lo
		if n == 0 {
			continue
		}
		l.q.WriteString(`) AND (? = 0 OR start != 0 AND end >= ?) AND (? = 0 OR start != 0 AND start <= ?) ORDER BY id DESC`)
		if err := l.rows(l.q.String(), from, from, to, to); err != nil {
			return false, err
		}
	}
	return !l.stopped, nil
}

// rows takes the entries that query gives.
func (l *lookup) rows(query string, args ...any) error {
	s := l.s
	rows, err := s.conn.QueryContext(s.ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h Hit
		var start, end int64
		if err := rows.Scan(&h.id, &h.Sec, &h.Ent, &h.Section, &h.Title, &h.Page, &start, &end, &h.Text); err != nil {
			return err
		}
		h.Issue = s.c.Issue(h.id >> entryBits)
		if h.Issue == nil {
			continue
		}
		if key := h.Issue.Key; key != l.runKey {
			if !l.flush() {
				return nil
			}
			l.runKey = key
		}
		if s.places != nil && !s.places[h.Issue.Key] {
			continue
		}
		h.Date = model.DateRange{Start: intDate(start), End: intDate(end)}
		if s.q.Month != 0 && !SpansDay(h.Date, s.q.Month, s.q.Day) {
			continue
		}
		l.run = append(l.run, h)
	}
	return rows.Err()
}

// literal adds the entries that have the query itself in their title
// (the candidates of the titles' characters, gramt) or else in their
// text (gram), checked in the folded text.
func (s *searcher) literal(terms [][]int64, inTitle bool) error {
	table := "gram"
	if inTitle {
		table = "gramt"
	}
	return s.scan("", table, [][][]int64{terms}, func(h Hit) bool {
		ok := false
		if inTitle {
			ok = strings.Contains(search.Fold(h.Title), s.fq)
		} else {
			for p := range strings.SplitSeq(h.Text, ParagraphSep) {
				if ok = strings.Contains(search.Fold(p), s.fq); ok {
					break
				}
			}
		}
		if ok {
			h.InTitle = inTitle
			s.add(h)
		}
		return !s.full()
	})
}

// add takes a hit.
func (s *searcher) add(h Hit) {
	s.seen[h.id] = true
	s.hits = append(s.hits, h)
}

// pinyin adds the entries that match the query by pinyin only, those
// that match in their title first: the candidates of the titles' runs
// (pyt), then those of all the text's (py), each checked with the
// reader's own matcher.
func (s *searcher) pinyin() (err error) {
	// The pinyin tables are in a file of their own (pyfile.go), attached
	// to one connection for the search.
	conn, err := s.d.db.Conn(s.ctx)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(s.ctx, `ATTACH DATABASE ? AS pinyin`, pinyinPath(s.d.path)); err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	defer func() {
		// Detached before the connection goes back to the pool, which
		// would attach it again at its next pinyin search.
		if _, derr := conn.ExecContext(context.Background(), `DETACH DATABASE pinyin`); derr != nil && err == nil {
			err = fmt.Errorf("search %q: %w", s.q.Text, derr)
		}
	}()
	// One read transaction for both files (see Search); ended before the
	// file is detached.
	if _, err := conn.ExecContext(s.ctx, `BEGIN`); err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)
	s.conn = conn
	td, err := s.d.tokenDocs(s.ctx, conn)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	branches := pinyinMatch(s.q.Text, td)
	if branches == nil {
		return nil // no entry has what it needs
	}
	err = s.scan("pinyin.", "pyt", branches, func(h Hit) bool {
		if search.HasPinyin(h.Title, s.q.Text) {
			h.InTitle, h.Pinyin = true, true
			s.add(h)
		}
		return !s.full()
	})
	if err != nil || s.full() {
		return err
	}
	return s.scan("pinyin.", "py", textTerms(branches), func(h Hit) bool {
		if inParagraphs(h.Text, s.q.Text) {
			h.Pinyin = true
			s.add(h)
		}
		return !s.full()
	})
}

// inParagraphs tells whether one of the paragraphs of text matches query
// by pinyin. (A literal match, in Latin letters, was found before.)
func inParagraphs(text, query string) bool {
	for p := range strings.SplitSeq(text, ParagraphSep) {
		if search.HasPinyin(p, query) {
			return true
		}
	}
	return false
}

// SpansDay reports whether r holds the day month-day of a year it has
// (a span across a new year holds both years'); a date known only to the
// month holds no day.
func SpansDay(r model.DateRange, month, day int) bool {
	if r.Start.Day == 0 {
		return false
	}
	for y := int(r.Start.Year); y <= int(r.End.Year); y++ {
		if r.Contains(model.MakeDate(y, month, day)) {
			return true
		}
	}
	return false
}
