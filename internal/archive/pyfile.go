package archive

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The pinyin tables (py, pyt) are in a file of their own next to the
// index, the index's path with -py after it, written by a connection of
// their own: SQLite lets one connection write a file at a time, and
// building the lists of the text index, half of them pinyin, is much of
// what indexing costs. Two files written side by side use both cores
// (1,000 issues: 16 s where one file took 24-34, when the lists were
// FTS5's).
//
// The two files are committed one after the other, the pinyin file's
// while the index's writer goes on with the next batch (it waits for
// that commit before its own next one), so a process killed between the
// two commits leaves them out of step, as does one reading between them.
// Each commit of an update writes a new random mark into the meta table
// of both, and the index's mark before it as prev; a pinyin file whose
// mark is not the index's (a kill between the commits, a pinyin file
// deleted, or left from another index) is made again from the index's
// entries, which hold all its tokens are made of (see syncPinyin). The index itself is never out of
// step with the files: it is the pinyin file that follows it.

// pinyinPath is the file of the pinyin tables of the index at path.
func pinyinPath(path string) string { return path + "-py" }

// The lists of the pinyin tokens (by number): py of the entries' titles
// and text, pyt of their titles.
var pinyinSchema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) STRICT;
` + postingsSchema("py") + postingsSchema("pyt") + deadSchema + `
-- One row: how many entries have each token in py (tokenDocs.encode).
CREATE TABLE tokens(docs BLOB NOT NULL) STRICT;
INSERT INTO tokens VALUES (x'');
`

// newMark is a mark for a commit (see above).
func newMark() string { return strconv.FormatUint(rand.Uint64(), 36) }

// mark reads the mark in the meta table of db ("" when there is none).
func mark(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) string {
	var m string
	if err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'mark'`).Scan(&m); err != nil {
		return ""
	}
	return m
}

// prevMark reads the index's mark before its last commit ("" when none).
func prevMark(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) string {
	var m string
	if err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'prev'`).Scan(&m); err != nil {
		return ""
	}
	return m
}

// syncPinyin makes the pinyin file again from the index's entries when
// its mark is not the index's. It holds the write locks of both files,
// the index's first as an update does, so that no update runs meanwhile:
// an update's last pinyin commit, under way, ends before the marks are
// compared. Unless strict, a pinyin file whose mark is the index's mark
// before (prev) is taken as in step without the locks: it is an update's
// commit under way, most often, which would keep a reader opening the
// index waiting for a batch; if it is a process killed between the two
// commits, the next update, which is strict, makes it again.
func (d *DB) syncPinyin(ctx context.Context, strict bool) error {
	want := mark(ctx, d.db)
	if got := mark(ctx, d.py); want != "" && (got == want || !strict && got != "" && got == prevMark(ctx, d.db)) {
		return nil // the common case, without the locks
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	want = mark(ctx, tx)
	ptx, err := d.py.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer ptx.Rollback()
	if want != "" && mark(ctx, ptx) == want {
		return nil // made meanwhile by another process
	}
	if err := drop(ptx); err != nil {
		return err
	}
	if _, err := ptx.ExecContext(ctx, pinyinSchema); err != nil {
		return fmt.Errorf("making the pinyin tables: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, title, text FROM entries ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	lists := newPinyinLists()
	var rs runSet
	td := newTokenDocs()
	for rows.Next() {
		var id int64
		var title, text string
		if err := rows.Scan(&id, &title, &text); err != nil {
			return err
		}
		n := pinyinTokens(&rs, title, strings.Split(text, ParagraphSep))
		lists.add(id, slices.Clone(rs.toks), n)
		td.add(rs.toks, 1)
		if lists.held() > maxHeld {
			if err := lists.flush(ctx, ptx); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := lists.flush(ctx, ptx); err != nil {
		return err
	}
	if err := putTokenDocs(ctx, ptx, td); err != nil {
		return err
	}
	if want == "" {
		// An index made before marks: it gets its first.
		want = newMark()
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta VALUES ('mark', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, want); err != nil {
			return err
		}
	}
	if _, err := ptx.ExecContext(ctx, `INSERT INTO meta VALUES ('mark', ?)`, want); err != nil {
		return err
	}
	if err := ptx.Commit(); err != nil {
		return err
	}
	return tx.Commit()
}

// pinyinTokens makes rs.toks the pinyin tokens of an entry's title and
// paragraphs, by number, as the update and syncPinyin both do, and
// returns how many of them, the first ones, are the title's.
func pinyinTokens(rs *runSet, title string, paras []string) int {
	rs.reset()
	rs.prefixes = true
	addInitials(title, rs)
	rs.prefixes = false
	n := len(rs.toks)
	for _, p := range paras {
		addInitials(p, rs)
	}
	return n
}

// pinyinLists are a batch's lists of py and pyt.
type pinyinLists struct{ py, pyt *postings }

func newPinyinLists() pinyinLists {
	return pinyinLists{newPostings(tokenCount), newPostings(tokenCount)}
}

// add notes an entry's tokens, the first title of them its title's.
func (l pinyinLists) add(id int64, toks []uint32, title int) {
	l.py.addNumbers(toks, id)
	l.pyt.addNumbers(toks[:title], id)
}

func (l pinyinLists) held() int { return l.py.n + l.pyt.n }

func (l pinyinLists) flush(ctx context.Context, tx *sql.Tx) error {
	if err := l.py.flush(ctx, tx, "py"); err != nil {
		return err
	}
	return l.pyt.flush(ctx, tx, "pyt")
}

// readTokenDocs reads the token counts of the pinyin file.
func readTokenDocs(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, table string) (tokenDocs, error) {
	var b []byte
	if err := q.QueryRowContext(ctx, `SELECT docs FROM `+table).Scan(&b); err != nil {
		return nil, fmt.Errorf("reading the token counts: %w", err)
	}
	return decodeTokenDocs(b)
}

// docsCache keeps the token counts a search read, for the searches after
// it until the pinyin file changes (its mark): reading and decoding them
// costs some 0.5-1 ms, checking the mark some microseconds.
type docsCache struct {
	mu   sync.Mutex
	mark string
	td   tokenDocs // never changed once read: searches share it
}

// tokenDocs returns the token counts of the pinyin file attached to conn
// as pinyin.
func (d *DB) tokenDocs(ctx context.Context, conn *sql.Conn) (tokenDocs, error) {
	var m string
	if err := conn.QueryRowContext(ctx, `SELECT value FROM pinyin.meta WHERE key = 'mark'`).Scan(&m); err != nil {
		return nil, fmt.Errorf("reading the token counts: %w", err)
	}
	d.docs.mu.Lock()
	defer d.docs.mu.Unlock()
	if m == d.docs.mark && d.docs.td != nil {
		return d.docs.td, nil
	}
	// The mark again, read with the counts, as a batch may have been
	// committed meanwhile.
	var b []byte
	if err := conn.QueryRowContext(ctx, `SELECT (SELECT value FROM pinyin.meta WHERE key = 'mark'), docs FROM pinyin.tokens`).Scan(&m, &b); err != nil {
		return nil, fmt.Errorf("reading the token counts: %w", err)
	}
	td, err := decodeTokenDocs(b)
	if err != nil {
		return nil, err
	}
	d.docs.mark, d.docs.td = m, td
	return td, nil
}

// putTokenDocs writes the token counts of the pinyin file.
func putTokenDocs(ctx context.Context, tx *sql.Tx, td tokenDocs) error {
	if _, err := tx.ExecContext(ctx, `UPDATE tokens SET docs = ?`, td.encode()); err != nil {
		return fmt.Errorf("writing the token counts: %w", err)
	}
	return nil
}

// pinyinOp is a step of the pinyin writer: an entry's tokens to write,
// an entry's removed, or the end of a batch.
type pinyinOp struct {
	id     int64
	del    bool
	dead   [2]int64   // ids taken out of the lists, when dead[1] != 0
	toks   []uint32   // the entry's tokens, by number (for del too)
	title  int        // how many of toks, the first ones, are the title's
	commit string     // the batch's mark, for the end of a batch
	done   chan error // told when the batch is committed
}

// pinyinWriter writes the pinyin file on a goroutine of its own, one
// transaction a batch, as the index's writer hands it the rows. Its
// first error stops it and is told at the end of the batch.
type pinyinWriter struct {
	ops  chan pinyinOp
	quit chan struct{} // closed when the goroutine ends
}

func (d *DB) startPinyinWriter() *pinyinWriter {
	// The ops of a batch or more wait here while the writer commits the
	// one before, which the index's writer does not wait for.
	pw := &pinyinWriter{ops: make(chan pinyinOp, 1<<14), quit: make(chan struct{})}
	// As the index's writer, it stops between batches, not when the
	// update's context ends (see Update).
	ctx := context.Background()
	go func() {
		defer close(pw.quit)
		var tx *sql.Tx
		lists := newPinyinLists()
		var td tokenDocs // the counts, read as each batch begins
		var err error
		defer func() {
			if tx != nil {
				tx.Rollback()
			}
		}()
		for op := range pw.ops {
			if err == nil && tx == nil {
				// The index's write lock is held already (its batch began
				// first), so that two updates take the locks in one order.
				tx, err = d.py.BeginTx(ctx, nil)
				if err == nil {
					td, err = readTokenDocs(ctx, tx, "tokens")
				}
			}
			switch {
			case op.done != nil:
				if err == nil {
					err = lists.flush(ctx, tx)
				}
				if err == nil {
					err = putTokenDocs(ctx, tx, td)
				}
				if err == nil {
					_, err = tx.ExecContext(ctx, `INSERT INTO meta VALUES ('mark', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, op.commit)
				}
				if err == nil {
					err = tx.Commit()
				} else if tx != nil {
					tx.Rollback()
				}
				tx = nil
				lists = newPinyinLists()
				op.done <- err
				err = nil
			case err != nil:
				// Failed: the rest of the batch is dropped.
			case op.dead[1] != 0:
				if err = markDead(ctx, tx, "py", op.dead[0], op.dead[1]); err == nil {
					err = markDead(ctx, tx, "pyt", op.dead[0], op.dead[1])
				}
			case op.del:
				td.add(op.toks, -1)
			default:
				lists.add(op.id, op.toks, op.title)
				td.add(op.toks, 1)
				if lists.held() > maxHeld {
					err = lists.flush(ctx, tx)
				}
			}
		}
	}()
	return pw
}

// commit ends the batch with mark, and returns what tells when it is
// committed: the writer goes on with the ops after it meanwhile.
func (pw *pinyinWriter) commit(mark string) <-chan error {
	done := make(chan error, 1)
	pw.ops <- pinyinOp{commit: mark, done: done}
	return done
}

// stop ends the goroutine, rolling back a batch it has begun.
func (pw *pinyinWriter) stop() {
	close(pw.ops)
	<-pw.quit
}
