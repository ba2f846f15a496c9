package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui/search"
)

// Stats says what an update did.
type Stats struct {
	Files     int // issue files found under the paths
	Parsed    int // read and parsed again (new or changed)
	Unchanged int // left as they were
	Removed   int // in the index, no longer on disk
	Failed    int // could not be read or parsed (listed with their error)
	Issues    int // issues in the index under the paths, after the update
}

// Progress is told how far an update has gone: done of total files.
type Progress func(done, total int)

// batchFiles and batchTime bound a transaction: an interrupted update
// loses at most one batch, and a reader of the index waits at most one.
const (
	batchFiles = 256
	batchTime  = 5 * time.Second
)

// Update brings the index up to date with the issue files in paths
// (files, or directories searched through, skipping hidden ones): a file
// whose size and time are as indexed is left alone, a changed one is
// parsed again, and a file indexed under a directory given but gone from
// it is removed. A file that cannot be read or parsed is kept with its
// error and does not stop the rest. When ctx ends, Update stops after the
// batch being written and returns ctx's error: the index holds every
// batch written before, and the next Update goes on from there.
func (d *DB) Update(ctx context.Context, paths []string, progress Progress) (Stats, error) {
	var st Stats
	found, roots, err := walk(paths)
	if err != nil {
		return st, err
	}
	// An update of this process that failed between the two files'
	// commits left the pinyin file behind.
	if err := d.syncPinyin(ctx, true); err != nil {
		return st, fmt.Errorf("index %s: %w", pinyinPath(d.path), err)
	}
	st.Files = len(found)
	known, err := d.known(roots)
	if err != nil {
		return st, err
	}
	var todo []job
	for _, f := range found {
		k, ok := known[f.path]
		delete(known, f.path)
		if ok && k.size == f.size && k.mtime == f.mtime {
			st.Unchanged++
			continue
		}
		todo = append(todo, job{file: f, oldHash: k.hash})
	}
	gone := make([]string, 0, len(known))
	for p := range known {
		gone = append(gone, p)
	}
	slices.Sort(gone)

	w, err := d.newWriter(ctx)
	if err != nil {
		return st, err
	}
	defer w.rollback()
	for _, p := range gone {
		if err := w.removeFile(p); err != nil {
			return st, err
		}
		st.Removed++
	}

	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := parseAll(pctx, todo)
	total := len(todo)
	if progress != nil {
		progress(0, total)
	}
	done := 0
	for r := range results {
		if err := w.put(r); err != nil {
			// A failed write stops the update; the batch is rolled back.
			cancel()
			for range results {
			}
			return st, err
		}
		if r.err != "" {
			st.Failed++
		}
		if r.issues != nil || r.err != "" {
			st.Parsed++
		} else {
			st.Unchanged++ // touched, same bytes
		}
		done++
		if err := w.maybeCommit(); err != nil {
			cancel()
			for range results {
			}
			return st, err
		}
		if progress != nil {
			progress(done, total)
		}
	}
	if err := ctx.Err(); err != nil {
		// The batch under way is dropped: its files are parsed again
		// next time, as they are not in the index yet.
		return st, fmt.Errorf("index interrupted after %d of %d files: %w", done, total, err)
	}
	if err := w.commit(); err != nil {
		return st, err
	}
	if err := w.settle(); err != nil {
		return st, err
	}
	if err := d.maybeOptimize(w.flushes, w.gram.written); err != nil {
		return st, err
	}
	st.Issues, err = d.countIssues(roots)
	return st, err
}

// foundFile is an issue file found on disk.
type foundFile struct {
	path  string // absolute
	size  int64
	mtime int64
}

// root is a path given to Update: a directory covers every file under
// it, a file itself.
type root struct {
	path string
	dir  bool
}

// walk lists the issue files under paths, sorted, each once.
func walk(paths []string) ([]foundFile, []root, error) {
	var files []foundFile
	var roots []root
	seen := map[string]bool{}
	add := func(p string, info fs.FileInfo) {
		if !seen[p] && info.Mode().IsRegular() {
			seen[p] = true
			files = append(files, foundFile{path: p, size: info.Size(), mtime: info.ModTime().UnixNano()})
		}
	}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", parser.DisplayName(p), err)
		}
		info, err := os.Stat(abs)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, nil, fmt.Errorf("%s: no such file or directory", parser.DisplayName(p))
			}
			return nil, nil, fmt.Errorf("%s: %w", parser.DisplayName(p), err)
		}
		if !info.IsDir() {
			roots = append(roots, root{path: abs})
			add(abs, info)
			continue
		}
		roots = append(roots, root{path: abs, dir: true})
		err = filepath.WalkDir(abs, func(q string, de fs.DirEntry, err error) error {
			if err != nil {
				if q == abs {
					return err
				}
				return nil // an unreadable subdirectory: skipped, as its files cannot be read
			}
			if de.IsDir() {
				if q != abs && strings.HasPrefix(de.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !library.IsIssueFile(de.Name()) {
				return nil
			}
			info, err := de.Info()
			if err == nil {
				add(q, info)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", parser.DisplayName(p), err)
		}
	}
	slices.SortFunc(files, func(a, b foundFile) int { return strings.Compare(a.path, b.path) })
	return files, roots, nil
}

// under reports whether the indexed path p is covered by roots.
func under(p string, roots []root) bool {
	for _, r := range roots {
		if p == r.path || r.dir && strings.HasPrefix(p, r.path+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

type knownFile struct {
	size, mtime int64
	hash        string
}

// known returns the files of the index under roots.
func (d *DB) known(roots []root) (map[string]knownFile, error) {
	rows, err := d.db.Query(`SELECT path, size, mtime, hash FROM files`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer rows.Close()
	out := map[string]knownFile{}
	for rows.Next() {
		var p string
		var k knownFile
		if err := rows.Scan(&p, &k.size, &k.mtime, &k.hash); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		if under(p, roots) {
			out[p] = k
		}
	}
	return out, rows.Err()
}

func (d *DB) countIssues(roots []root) (int, error) {
	rows, err := d.db.Query(`SELECT path FROM issues`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return 0, err
		}
		if under(p, roots) {
			n++
		}
	}
	return n, rows.Err()
}

// job is a file to read.
type job struct {
	file    foundFile
	oldHash string
}

// parsed is a file read: its issues, or the error that stopped it, or
// neither when its bytes are those already indexed.
type parsed struct {
	file   foundFile
	hash   string
	issues []*model.Issue
	rows   []issueRows // of each of issues
	err    string
}

// parseAll parses the jobs on every core and hands the results over in
// the order of jobs, so that the index is written in the same order
// whatever the timing (which keeps issue keys the same from run to run).
func parseAll(ctx context.Context, jobs []job) <-chan parsed {
	out := make(chan parsed, 16)
	slots := make([]chan parsed, len(jobs))
	for i := range slots {
		slots[i] = make(chan parsed, 1)
	}
	// Workers take jobs in order; a window of ahead jobs keeps memory
	// bounded while the writer is behind.
	ahead := make(chan struct{}, 4*runtime.GOMAXPROCS(0))
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range jobs {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				slots[i] <- parseOne(jobs[i])
			}
		})
	}
	go func() {
		defer close(out)
		for i := range jobs {
			var r parsed
			select {
			case r = <-slots[i]:
			case <-ctx.Done():
				wg.Wait()
				return
			}
			<-ahead
			select {
			case out <- r:
			case <-ctx.Done():
				wg.Wait()
				return
			}
		}
		wg.Wait()
	}()
	return out
}

func parseOne(j job) parsed {
	r := parsed{file: j.file}
	f, err := parser.ReadFile(j.file.path, nil)
	if err != nil {
		r.err = err.Error()
		return r
	}
	r.hash = model.SourceKey(f.Src)
	if r.hash == j.oldHash {
		return r // touched: only its time changes
	}
	r.issues = f.Issues
	r.rows = issuesRows(j.file.path, f.Issues)
	return r
}

// writer writes files to the index in batches of one transaction.
type writer struct {
	d     *DB
	ctx   context.Context
	tx    *sql.Tx
	n     int
	since time.Time
	stmts map[string]*sql.Stmt
	py    *pinyinWriter // writes the pinyin file alongside
	runs  *runSet       // for the tokens of the entries removed
	// The batch's lists of the text index, written as it is committed.
	gram, gramt *postings
	flushes     int // how many times they were written
	// pyDone tells when the pinyin file's batch before is committed.
	pyDone <-chan error
}

func (d *DB) newWriter(ctx context.Context) (*writer, error) {
	w := &writer{d: d, ctx: ctx, gram: newPostings(0), gramt: newPostings(0)}
	if err := w.begin(); err != nil {
		return nil, err
	}
	w.py = d.startPinyinWriter()
	return w, nil
}

func (w *writer) begin() error {
	tx, err := w.d.db.Begin()
	if err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	w.tx, w.n, w.since, w.stmts = tx, 0, time.Now(), map[string]*sql.Stmt{}
	return nil
}

// rollback drops the batch under way, and ends the writer.
func (w *writer) rollback() {
	if w.py != nil {
		w.py.stop()
		w.py = nil
	}
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
}

// commit commits the batch, the index's and the pinyin file's, both with
// a new mark (see pyfile.go). The pinyin file's commit goes on after
// commit returns: settle waits for it. While the pinyin writer wrote its
// lists, the index's writer waited, and the parsing with it, once the
// files parsed ahead were taken: 10,000 issues kept one core of two idle
// some 40 s.
func (w *writer) commit() error {
	if w.tx == nil {
		return nil
	}
	if err := w.flushLists(); err != nil {
		return err
	}
	if err := w.settle(); err != nil {
		return err
	}
	m := newMark()
	if err := w.exec(`INSERT INTO meta SELECT 'prev', value FROM meta WHERE key = 'mark' ON CONFLICT(key) DO UPDATE SET value = excluded.value`); err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO meta VALUES ('mark', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, m); err != nil {
		return err
	}
	w.pyDone = w.py.commit(m)
	err := w.tx.Commit()
	w.tx = nil
	if err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	return nil
}

// settle waits for the pinyin file's commit of the batch before, if it
// is still under way.
func (w *writer) settle() error {
	if w.pyDone == nil {
		return nil
	}
	err := <-w.pyDone
	w.pyDone = nil
	if err != nil {
		return fmt.Errorf("writing the index's pinyin: %w", err)
	}
	return nil
}

// maybeCommit ends the batch when it is full or old, and begins the next
// one unless the update is being stopped.
func (w *writer) maybeCommit() error {
	w.n++
	if w.n < w.d.batchFiles && time.Since(w.since) < w.d.batchTime {
		return nil
	}
	if w.ctx.Err() != nil {
		return nil // the caller sees ctx and leaves this batch unwritten
	}
	if err := w.commit(); err != nil {
		return err
	}
	return w.begin()
}

// flushLists writes the lists of the text index gathered so far.
func (w *writer) flushLists() error {
	if w.gram.n+w.gramt.n > 0 {
		w.flushes++
	}
	if err := w.gram.flush(w.ctx, w.tx, "gram"); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	if err := w.gramt.flush(w.ctx, w.tx, "gramt"); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	return nil
}

// maxHeld is how many tokens a batch's entries hold before the lists
// are written out within the batch: 8 bytes each (4 the pinyin ones) as
// they wait, a byte or two once in the lists.
const maxHeld = 8 << 20

func (w *writer) exec(query string, args ...any) error {
	s, ok := w.stmts[query]
	if !ok {
		var err error
		if s, err = w.tx.Prepare(query); err != nil {
			return fmt.Errorf("writing the index: %w", err)
		}
		w.stmts[query] = s
	}
	if _, err := s.Exec(args...); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	return nil
}

// removeFile takes a file and all it gave out of the index.
func (w *writer) removeFile(p string) error {
	if err := w.removeIssues(p); err != nil {
		return err
	}
	return w.exec(`DELETE FROM files WHERE path = ?`, p)
}

// removeIssues takes the issues of a file out of the index, with their
// entries, text and people.
func (w *writer) removeIssues(p string) error {
	rows, err := w.tx.Query(`SELECT key, span FROM issues WHERE path = ?`, p)
	if err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	var keys [][2]int64
	for rows.Next() {
		var k, span int64
		if err := rows.Scan(&k, &span); err != nil {
			rows.Close()
			return fmt.Errorf("writing the index: %w", err)
		}
		keys = append(keys, [2]int64{k, span})
	}
	rows.Close()
	for _, ks := range keys {
		k := ks[0]
		lo, hi := k<<entryBits, (k+ks[1])<<entryBits-1
		if err := w.removePinyin(lo, hi); err != nil {
			return err
		}
		for _, t := range []string{"gram", "gramt"} {
			if err := markDead(w.ctx, w.tx, t, lo, hi); err != nil {
				return fmt.Errorf("writing the index: %w", err)
			}
		}
		if err := w.exec(`DELETE FROM entries WHERE id BETWEEN ? AND ?`, lo, hi); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM people WHERE issue = ?`, k); err != nil {
			return err
		}
	}
	return w.exec(`DELETE FROM issues WHERE path = ?`, p)
}

// removePinyin has the pinyin writer delete the rows of the entries
// with ids lo to hi, telling it their tokens again for its counts.
func (w *writer) removePinyin(lo, hi int64) error {
	rows, err := w.tx.Query(`SELECT id, title, text FROM entries WHERE id BETWEEN ? AND ?`, lo, hi)
	if err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	defer rows.Close()
	if w.runs == nil {
		w.runs = new(runSet)
	}
	for rows.Next() {
		var id int64
		var title, text string
		if err := rows.Scan(&id, &title, &text); err != nil {
			return fmt.Errorf("writing the index: %w", err)
		}
		pinyinTokens(w.runs, title, strings.Split(text, ParagraphSep))
		w.py.ops <- pinyinOp{id: id, del: true, toks: slices.Clone(w.runs.toks)}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	w.py.ops <- pinyinOp{dead: [2]int64{lo, hi}}
	return nil
}

// put writes one file read.
func (w *writer) put(r parsed) error {
	p := r.file.path
	if r.err == "" && r.issues == nil {
		return w.exec(`UPDATE files SET size = ?, mtime = ? WHERE path = ?`, r.file.size, r.file.mtime, p)
	}
	if err := w.removeIssues(p); err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO files(path, size, mtime, hash, err) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash, err = excluded.err`,
		p, r.file.size, r.file.mtime, r.hash, r.err); err != nil {
		return err
	}
	for part := range r.rows {
		if err := w.putIssue(p, part, &r.rows[part]); err != nil {
			return err
		}
	}
	return nil
}

// issueKey orders issues by date, newest the largest: the month of the
// year and number (or of the publication date), then the first span free
// slots of the month's 256, so that the keys of an archive are close
// together (the lists of the text index store their steps). A full
// month goes on into the next. Keys stay below 2^24, so entry ids fit in 36 bits.
func (w *writer) issueKey(iss *model.Issue, span int64) (int64, error) {
	var month int64 // since the year 1000, 13 a year
	switch {
	case iss.Year >= 1000:
		month = int64(iss.Year-1000)*13 + int64(min(iss.Number, 12))
	case !iss.Published.IsZero() && iss.Published.Year >= 1000:
		month = int64(iss.Published.Year-1000)*13 + int64(iss.Published.Month)
	default:
		// A chronicle with no number (宁川县2024年1月大事记): its latest day.
		if d := iss.Latest(); d.Year >= 1000 {
			month = int64(d.Year-1000)*13 + int64(d.Month)
		}
	}
	lo := min(month, 1<<16-1) << 8
	rows, err := w.tx.Query(`SELECT key, span FROM issues WHERE key >= ? ORDER BY key`, lo)
	if err != nil {
		return 0, fmt.Errorf("writing the index: %w", err)
	}
	defer rows.Close()
	free := lo
	for rows.Next() {
		var k, n int64
		if err := rows.Scan(&k, &n); err != nil {
			return 0, fmt.Errorf("writing the index: %w", err)
		}
		if k-free >= span {
			break
		}
		free = max(free, k+n)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("writing the index: %w", err)
	}
	if free+span > 1<<24 {
		return 0, errors.New("writing the index: no key left")
	}
	return free, nil
}

// issueRows is what an issue writes to the index, but for its key. The
// parsing goroutines make it: the writer, alone on the one connection
// that may write, is what an update waits for, and making the rows (the
// text, the tokens, the people) took a fifth of its time.
type issueRows struct {
	iss     *model.Issue
	name    string // the file's base name, with -2, -3 for later parts
	entries []entryRow
	people  []people.Person
}

// entryRow is an entry's row of entries and its tokens in the lists.
type entryRow struct {
	sec, ent       int
	section, title string
	page, lastPage int
	start, end     int64
	text           string
	gramt, gram    []uint64 // the tokens of the title, and of the text
	pyToks         []uint32 // the pinyin tokens by number (tokenDocs)
	pyTitle        int      // how many of them the title has: the first ones
}

// issuesRows makes the rows of the issues of the file at p.
func issuesRows(p string, issues []*model.Issue) []issueRows {
	base := parser.BaseName(p)
	out := make([]issueRows, len(issues))
	var text strings.Builder
	var paras []string
	seen := gramSet{}
	var runs runSet
	for part, iss := range issues {
		name := base
		if len(issues) > 1 {
			name = fmt.Sprintf("%s-%d", base, part+1)
		}
		iss.Name = name
		ir := &out[part]
		ir.iss, ir.name = iss, name
		ir.entries = make([]entryRow, 0, iss.EntryCount())
		for si := range iss.Sections {
			s := &iss.Sections[si]
			for ei := range s.Entries {
				e := &s.Entries[ei]
				span := Span(e)
				er := entryRow{sec: si, ent: ei, section: iss.SectionName(si), title: e.Title,
					page: e.Page, lastPage: e.LastPage, start: dateInt(span.Start), end: dateInt(span.End)}
				text.Reset()
				for i, para := range e.Paragraphs {
					if i > 0 {
						text.WriteString(ParagraphSep)
					}
					text.WriteString(para.Text)
				}
				er.text = text.String()
				clear(seen)
				er.gramt = appendGrams(nil, search.Fold(e.Title), seen)
				clear(seen)
				for _, para := range e.Paragraphs {
					er.gram = appendGrams(er.gram, search.Fold(para.Text), seen)
				}
				paras = paras[:0]
				for _, para := range e.Paragraphs {
					paras = append(paras, para.Text)
				}
				er.pyTitle = pinyinTokens(&runs, e.Title, paras)
				er.pyToks = slices.Clone(runs.toks)
				ir.entries = append(ir.entries, er)
			}
		}
		ir.people = people.Index(iss)
	}
	return out
}

func (w *writer) putIssue(p string, part int, ir *issueRows) error {
	iss := ir.iss
	span := max(1, (int64(len(ir.entries))+1<<entryBits-1)>>entryBits)
	key, err := w.issueKey(iss, span)
	if err != nil {
		return err
	}
	if err := w.exec(`INSERT INTO issues(key, span, path, part, name, title, label, compiler, year, number, total,
		published, sections, entries, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		key, span, p, part, ir.name, iss.DisplayTitle(), iss.Label(), iss.Compiler, iss.Year, iss.Number, iss.Total,
		iss.Published.String(), len(iss.Sections), len(ir.entries), len(iss.Warnings)); err != nil {
		return err
	}
	for n := range ir.entries {
		e := &ir.entries[n]
		id := key<<entryBits + int64(n)
		if err := w.exec(`INSERT INTO entries(id, sec, ent, section, title, page, last_page, start, end, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, e.sec, e.ent, e.section, e.title, e.page, e.lastPage, e.start, e.end, e.text); err != nil {
			return err
		}
		w.gramt.addAll(e.gramt, id)
		w.gram.addAll(e.gram, id)
		w.py.ops <- pinyinOp{id: id, toks: e.pyToks, title: e.pyTitle}
	}
	if w.gram.n+w.gramt.n > maxHeld {
		if err := w.flushLists(); err != nil {
			return err
		}
	}
	for _, person := range ir.people {
		if err := w.exec(`INSERT INTO people(issue, name, role, refs) VALUES (?, ?, ?, ?)`,
			key, person.Name, person.Role, formatRefs(person.Entries)); err != nil {
			return err
		}
	}
	return nil
}

// Span is an entry's date with its end always set: what a search by date
// compares. A date the parser gave no year keeps none: it gives every
// date the year the issue, a heading or the text says it is in, and
// leaves it out on purpose where that is not known, as in a yearbook,
// whose 2023 is the year it was published, most often the year after
// the one it records.
func Span(e *model.Entry) model.DateRange {
	r := e.Date
	if r.End.IsZero() {
		r.End = r.Start
	}
	return r
}

// dateInt is d as YYYYMMDD (a month-level date has day 00), which orders
// as Date.Before does; 0 for the unknown date.
func dateInt(d model.Date) int64 {
	return int64(d.Year)*10000 + int64(d.Month)*100 + int64(d.Day)
}

// intDate undoes dateInt.
func intDate(n int64) model.Date {
	return model.MakeDate(int(n/10000), int(n/100%100), int(n%100))
}

// maybeOptimize compacts the lists of the text index (see postings.go)
// after an update that wrote them flushes times, rows rows of gram:
//   - when the update wrote most of the lists in more than one batch (an
//     index made, or made again), each a row for each token;
//   - when the issues taken out of them are many (64, and a twentieth of
//     those in), which they keep until then;
//   - when each token may have rows of many batches (maxBatches), which
//     are read one by one.
//
// Compacting costs some of what writing the lists did, too much to do
// after every file that changes.
func (d *DB) maybeOptimize(flushes, rows int) error {
	var since, dead, issues int
	err := d.db.QueryRow(`SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'unmerged'), 0),
		(SELECT count(*) FROM dead WHERE tab = 'gram'), (SELECT count(*) FROM issues)`).Scan(&since, &dead, &issues)
	if err != nil {
		return fmt.Errorf("reading the index: %w", err)
	}
	if flushes == 0 && dead == 0 {
		return nil
	}
	since += flushes
	most := false
	if flushes > 1 {
		var total int
		if err := d.db.QueryRow(`SELECT count(*) FROM gram`).Scan(&total); err != nil {
			return fmt.Errorf("reading the index: %w", err)
		}
		most = rows*2 >= total
	}
	if most || dead >= 64 && dead*20 >= issues || since >= maxBatches {
		if err := d.optimize(); err != nil {
			return err
		}
		since = 0
	}
	if _, err := d.db.Exec(`INSERT INTO meta VALUES ('unmerged', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, strconv.Itoa(since)); err != nil {
		return fmt.Errorf("writing the index: %w", err)
	}
	return nil
}

// maxBatches is how many batches' rows a token's list may have before
// the lists are compacted: 10,000 issues are 40 batches of 256 files.
const maxBatches = 256

// optimize compacts the lists of the text index (see compact): the
// two files side by side, as they are written. It holds both files'
// write locks (transactions begin immediate, see Open), the index's
// first as an update takes them, so that nothing is taken out of the
// lists meanwhile.
func (d *DB) optimize() error {
	ctx := context.Background()
	fail := func(err error) error { return fmt.Errorf("merging the index: %w", err) }
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	ptx, err := d.py.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer ptx.Rollback()
	pyErr := make(chan error, 1)
	go func() { pyErr <- compactAll(ctx, ptx, "py", "pyt") }()
	err = compactAll(ctx, tx, "gram", "gramt")
	if err = errors.Join(err, <-pyErr); err != nil {
		return fail(err)
	}
	if err := ptx.Commit(); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return errors.Join(vacuum(d.db), vacuum(d.py))
}

func compactAll(ctx context.Context, tx *sql.Tx, tables ...string) error {
	for _, t := range tables {
		if err := compact(ctx, tx, t); err != nil {
			return err
		}
	}
	return nil
}

// vacuum gives the file's free pages back.
func vacuum(db *sql.DB) error {
	// The pragma frees a page each time it is stepped: read it to the end.
	rows, err := db.Query(`PRAGMA incremental_vacuum`)
	if err != nil {
		return fmt.Errorf("merging the index: %w", err)
	}
	for rows.Next() {
	}
	rows.Close()
	return rows.Err()
}
