package archive

import (
	"context"
	"database/sql"
	"fmt"
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
	match := gramMatch(fq)
	if match == "" {
		return nil, nil
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
	s := &searcher{d: d, conn: d.db, ctx: ctx, c: c, q: q, fq: fq, places: places, seen: map[int64]bool{}}
	for _, inTitle := range []bool{true, false} {
		if err := s.literal(match, inTitle); err != nil {
			return nil, err
		}
		if s.full() {
			return s.hits, nil
		}
	}
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

// rows runs a full-text query of table and calls take with each entry
// that passes the filters, newest issue first; take returns false to
// stop. Within an issue the table gives the entries backwards (ids
// descending), so each issue's entries are gathered and handed over in
// their order.
func (s *searcher) rows(table, match string, take func(Hit) bool) error {
	from, to := dateInt(s.q.From), dateInt(s.q.To)
	src := table
	if table == "py" || table == "pyt" {
		src = "pinyin." + table // attached (see pinyin)
	}
	rows, err := s.conn.QueryContext(s.ctx, `SELECT e.id, e.sec, e.ent, e.section, e.title, e.page, e.start, e.end, e.text
		FROM `+src+` JOIN entries e ON e.id = `+table+`.rowid
		WHERE `+table+` MATCH ? AND (? = 0 OR e.start != 0 AND e.end >= ?) AND (? = 0 OR e.start != 0 AND e.start <= ?)
		ORDER BY `+table+`.rowid DESC`, match, from, from, to, to)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	defer rows.Close()
	var run []Hit
	runKey := int64(-1)
	flush := func() bool {
		for i := len(run) - 1; i >= 0; i-- {
			if !take(run[i]) {
				return false
			}
		}
		run = run[:0]
		return true
	}
	for rows.Next() {
		var h Hit
		var start, end int64
		if err := rows.Scan(&h.id, &h.Sec, &h.Ent, &h.Section, &h.Title, &h.Page, &start, &end, &h.Text); err != nil {
			return fmt.Errorf("search %q: %w", s.q.Text, err)
		}
		h.Issue = s.c.Issue(h.id >> entryBits)
		if h.Issue == nil {
			continue
		}
		if key := h.Issue.Key; key != runKey {
			if !flush() {
				return nil
			}
			runKey = key
		}
		if s.seen[h.id] || s.places != nil && !s.places[h.Issue.Key] {
			continue
		}
		h.Date = model.DateRange{Start: intDate(start), End: intDate(end)}
		if s.q.Month != 0 && !SpansDay(h.Date, s.q.Month, s.q.Day) {
			continue
		}
		run = append(run, h)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	flush()
	return nil
}

// literal adds the entries that have the query itself in their title
// (the candidates of the titles' characters, gramt) or else in their
// text (gram), checked in the folded text.
func (s *searcher) literal(match string, inTitle bool) error {
	table := "gram"
	if inTitle {
		table = "gramt"
	}
	return s.rows(table, match, func(h Hit) bool {
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
	s.conn = conn
	defer func() { s.conn = s.d.db }()
	td, err := s.d.tokenDocs(s.ctx, conn)
	if err != nil {
		return fmt.Errorf("search %q: %w", s.q.Text, err)
	}
	expr := pinyinMatch(s.q.Text, td)
	if expr == "" {
		return nil // no entry has what it needs
	}
	err = s.rows("pyt", expr, func(h Hit) bool {
		if search.HasPinyin(h.Title, s.q.Text) {
			h.InTitle, h.Pinyin = true, true
			s.add(h)
		}
		return !s.full()
	})
	if err != nil || s.full() {
		return err
	}
	return s.rows("py", expr, func(h Hit) bool {
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
