package archive

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/archivegen"
	"github.com/yuebao/yuebao/internal/chrongen"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui/search"
)

const samplePath = "../../testdata/pingdingshan-2023-11.md"

// archive100 is a directory of 100 generated issues and its index, made
// once for the tests that only read them.
var archive100 = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "yuebao-archive-")
	if err != nil {
		return "", err
	}
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		return "", err
	}
	if err := os.Mkdir(filepath.Join(dir, "issues"), 0o755); err != nil {
		return "", err
	}
	if _, err := archivegen.Write(filepath.Join(dir, "issues"), string(sample), 0, 100); err != nil {
		return "", err
	}
	db, err := Open(filepath.Join(dir, "index.db"))
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Update(context.Background(), []string{filepath.Join(dir, "issues")}, nil); err != nil {
		return "", err
	}
	return dir, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := archive100(); err == nil && dir != "" {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func open100(t *testing.T) (*DB, *Catalogue, string) {
	t.Helper()
	dir, err := archive100()
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(filepath.Join(dir, "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cat, err := db.Catalogue(nil)
	if err != nil {
		t.Fatal(err)
	}
	return db, cat, filepath.Join(dir, "issues")
}

// found is a hit as both searches can say it.
type found struct {
	rank     int // 0 title, 1 text, 2 pinyin title, 3 pinyin text
	year     int
	number   int
	path     string
	sec, ent int
}

func (f found) String() string {
	return fmt.Sprintf("rank %d %s %d/%d", f.rank, filepath.Base(f.path), f.sec, f.ent)
}

func rankOf(inTitle, pinyin bool) int {
	r := 1
	if inTitle {
		r = 0
	}
	if pinyin {
		r += 2
	}
	return r
}

func canonical(fs []found) []found {
	fs = slices.Clone(fs)
	slices.SortFunc(fs, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(b.year, a.year), cmp.Compare(b.number, a.number),
			cmp.Compare(a.path, b.path), cmp.Compare(a.sec, b.sec), cmp.Compare(a.ent, b.ent))
	})
	return fs
}

// inMemory is what the reader's filter finds in the library, with the
// filters of Query applied as yuebao search applies them.
func inMemory(t *testing.T, dir string, q Query) []found {
	t.Helper()
	lib, err := library.Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var out []found
	for _, it := range lib.Snapshot() {
		iss := it.Issue
		if iss == nil {
			continue
		}
		if q.Place != "" && !strings.Contains(search.Fold(iss.DisplayTitle()+" "+iss.Compiler), search.Fold(q.Place)) {
			continue
		}
		for _, h := range search.New(iss).Filter(q.Text) {
			e := iss.Entry(h.Ref())
			span := Span(e)
			if !q.From.IsZero() && (span.IsZero() || span.End.Before(q.From)) || !q.To.IsZero() && (span.IsZero() || q.To.Before(span.Start)) {
				continue
			}
			if q.Month != 0 && !SpansDay(span, q.Month, q.Day) {
				continue
			}
			abs, _ := filepath.Abs(it.Path)
			out = append(out, found{rankOf(h.InTitle, h.Pinyin), iss.Year, iss.Number, abs, h.Sec, h.Ent})
		}
	}
	return out
}

// TestSearchAsTheFilter: the index finds what the reader's filter finds
// in the same 100 issues, ranked the same, for names of one to four
// characters, pinyin in full and as initials, a place and dates.
func TestSearchAsTheFilter(t *testing.T) {
	db, cat, dir := open100(t)
	if len(cat.Issues) != 100 {
		t.Fatalf("catalogue has %d issues, want 100", len(cat.Issues))
	}
	queries := []Query{
		{Text: "王"}, {Text: "供暖"}, {Text: archivegen.Name(7)}, {Text: archivegen.Name(12)},
		{Text: "平顶山市"}, {Text: "特炭之都"}, {Text: "“特炭"}, {Text: "供 暖"}, {Text: "。"}, {Text: "2023年"}, {Text: "CONSTANTINOS"},
		{Text: "lmj"}, {Text: "gongnuan"}, {Text: "gn"}, {Text: "zhang"}, {Text: "chang"}, {Text: "x"},
		{Text: "wang ming"}, {Text: "diaoyan"}, {Text: "pingdingshan"}, {Text: "pdings"}, {Text: "chux"}, {Text: "zhengf"}, {Text: "xian"}, {Text: "lv"},
		{Text: "调研", Place: "洛阳"},
		{Text: "会议", From: model.MakeDate(2023, 3, 1), To: model.MakeDate(2023, 6, 30)},
		{Text: "会议", Month: 11, Day: 1},
		{Text: "dy", From: model.MakeDate(2023, 12, 1), To: model.MakeDate(2023, 12, 31)},
	}
	for _, q := range queries {
		name := fmt.Sprintf("%s %s %s %s", q.Text, q.Place, q.From, q.To)
		t.Run(name, func(t *testing.T) {
			want := canonical(inMemory(t, dir, q))
			hits, err := db.Search(context.Background(), cat, q)
			if err != nil {
				t.Fatal(err)
			}
			var got []found
			for i, h := range hits {
				got = append(got, found{rankOf(h.InTitle, h.Pinyin), h.Issue.Year, h.Issue.Number, h.Issue.Path, h.Sec, h.Ent})
				if i == 0 {
					continue
				}
				// Ranked, newest issue first, each issue in its order.
				p := hits[i-1]
				r0, r1 := rankOf(p.InTitle, p.Pinyin), rankOf(h.InTitle, h.Pinyin)
				if r1 < r0 || r1 == r0 && (h.Issue.Key > p.Issue.Key ||
					h.Issue.Key == p.Issue.Key && (h.Sec < p.Sec || h.Sec == p.Sec && h.Ent <= p.Ent)) {
					t.Fatalf("hit %d (%v, key %d) comes after hit %d (%v, key %d)", i, got[i], h.Issue.Key, i-1, got[i-1], p.Issue.Key)
				}
			}
			if len(want) == 0 {
				t.Fatalf("the filter finds nothing: not a test")
			}
			if !slices.Equal(canonical(got), want) {
				t.Errorf("index found %d, filter %d\nfirst difference: %s", len(got), len(want), firstDiff(canonical(got), want))
			}
			limited, err := db.Search(context.Background(), cat, Query{Text: q.Text, From: q.From, To: q.To,
				Month: q.Month, Day: q.Day, Place: q.Place, Limit: 7})
			if err != nil {
				t.Fatal(err)
			}
			if n := min(7, len(hits)); len(limited) != n || !slices.EqualFunc(limited, hits[:n], func(a, b Hit) bool {
				return a.Issue.Key == b.Issue.Key && a.Sec == b.Sec && a.Ent == b.Ent
			}) {
				t.Errorf("with Limit 7: %d hits, not the first %d of the whole search", len(limited), n)
			}
		})
	}
}

func firstDiff(got, want []found) string {
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			return fmt.Sprintf("at %d: index %q, filter %q", i, g, w)
		}
	}
	return "none"
}

// snapshot is an index's content without its keys, which depend on the
// order issues were added in.
func snapshot(t *testing.T, db *DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT path, size, mtime, hash, err FROM files ORDER BY path`,
		`SELECT i.path, i.part, i.name, i.title, i.label, i.year, i.number, i.entries, e.sec, e.ent, e.title, e.page, e.start, e.end, length(e.text)
			FROM issues i JOIN entries e ON e.id BETWEEN i.key << 12 AND ((i.key + i.span) << 12) - 1 ORDER BY i.path, i.part, e.sec, e.ent`,
		`SELECT i.path, p.name, p.role, p.refs FROM people p JOIN issues i ON i.key = p.issue ORDER BY i.path, p.name, p.role`,
		`SELECT hex(docs) FROM tokens`,
	} {
		conn := db.db
		if strings.Contains(q, "FROM py") || strings.Contains(q, "FROM tokens") {
			conn = db.py
		}
		rows, err := conn.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	for _, table := range []string{"gram", "gramt", "py", "pyt"} {
		lists := liveLists(t, db, table)
		n := 0
		for _, c := range lists {
			n += c
		}
		fmt.Fprintln(&b, table, len(lists), "tokens", n, "entries")
	}
	return b.String()
}

// liveLists reads the lists of the text index's table: each token's
// entries, counted, without those taken out (see postings.go).
func liveLists(t *testing.T, db *DB, table string) map[int64]int {
	t.Helper()
	conn := db.db
	if table == "py" || table == "pyt" {
		conn = db.py
	}
	ctx := context.Background()
	dead, err := readDead(ctx, conn, "", table)
	if err != nil {
		t.Fatal(err)
	}
	lists := map[int64][]int64{}
	rows, err := conn.Query(`SELECT tok, rowid, ids FROM ` + table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var tok, rowid int64
		var b []byte
		if err := rows.Scan(&tok, &rowid, &b); err != nil {
			t.Fatal(err)
		}
		ids, err := appendIDs(nil, b)
		if err != nil {
			t.Fatal(err)
		}
		lists[tok] = append(lists[tok], dropDead(ids, rowid, dead)...)
	}
	out := map[int64]int{}
	for tok, l := range lists {
		slices.Sort(l)
		if n := len(slices.Compact(l)); n > 0 {
			out[tok] = n
		}
	}
	return out
}

// writeIssues writes issues from..to of a generated archive into dir.
func writeIssues(t *testing.T, dir string, from, to int) {
	t.Helper()
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := archivegen.Write(dir, string(sample), from, to); err != nil {
		t.Fatal(err)
	}
}

// issuesDir writes n generated issues into the folder issues of a new
// temporary dir.
func issuesDir(t *testing.T, n int) (dir, issues string) {
	t.Helper()
	dir = t.TempDir()
	issues = filepath.Join(dir, "issues")
	if err := os.Mkdir(issues, 0o755); err != nil {
		t.Fatal(err)
	}
	writeIssues(t, issues, 0, n)
	return dir, issues
}

// openDB opens the index at path, closed when the test ends.
// indexOne indexes a folder that holds text as the file name, and gives
// the index and its catalogue.
func indexOne(t *testing.T, name string, text []byte) (*DB, *Catalogue) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), text, 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(dir, "a.db"))
	if _, err := db.Update(context.Background(), []string{dir}, nil); err != nil {
		t.Fatal(err)
	}
	cat, err := db.Catalogue(nil)
	if err != nil {
		t.Fatal(err)
	}
	return db, cat
}

func openDB(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestUpdateIncremental: only changed files are parsed again; a file
// touched without change is not; a removed one leaves the index; one
// that is not an issue is kept with its error and the rest go on; the
// result equals an index built in one go.
func TestUpdateIncremental(t *testing.T) {
	dir, issues := issuesDir(t, 12)
	db := openDB(t, filepath.Join(dir, "a.db"))
	ctx := context.Background()
	st, err := db.Update(ctx, []string{issues}, nil)
	if err != nil || st.Parsed != 12 || st.Issues != 12 {
		t.Fatalf("first update: %+v, %v", st, err)
	}
	names, _ := filepath.Glob(filepath.Join(issues, "*.md"))
	slices.Sort(names)
	// One changed, one touched, one removed, one bad file added.
	old := readFile(t, names[0])
	i := strings.LastIndex(old, "调研") // in the body, past the table of contents
	if err := os.WriteFile(names[0], []byte(old[:i]+"巡回视察"+old[i+len("调研"):]), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(names[1], later, later); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(names[2]); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(issues, "bad.md"), []byte("\x00\x01\x02binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err = db.Update(ctx, []string{issues}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Files: 12, Parsed: 2, Unchanged: 10, Removed: 1, Failed: 1, Issues: 11}); st != want {
		t.Errorf("second update: %+v, want %+v", st, want)
	}
	cat, err := db.Catalogue([]string{issues})
	if err != nil {
		t.Fatal(err)
	}
	if len(cat.Errors) != 1 || !strings.Contains(cat.Errors[0].Err, "bad.md") {
		t.Errorf("errors in the catalogue: %+v", cat.Errors)
	}
	hits, err := db.Search(ctx, cat, Query{Text: "巡回视察"})
	if err != nil || len(hits) != 1 || hits[0].Issue.Path != names[0] {
		t.Errorf("the changed file's new text: %d hits, want 1 in %s (%v)", len(hits), names[0], err)
	}

	fresh := openDB(t, filepath.Join(dir, "b.db"))
	if _, err := fresh.Update(ctx, []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	if a, b := snapshot(t, db), snapshot(t, fresh); a != b {
		t.Errorf("updated index differs from one built in one go")
	}

	// Compacting the lists drops what was taken out of them for good,
	// and changes nothing they tell.
	tables := []string{"gram", "gramt", "py", "pyt"}
	before := map[string]map[int64]int{}
	for _, table := range tables {
		before[table] = liveLists(t, db, table)
	}
	if err := db.optimize(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		conn := db.db
		if table == "py" || table == "pyt" {
			conn = db.py
		}
		var dead int
		if err := conn.QueryRow(`SELECT count(*) FROM dead WHERE tab = ?`, table).Scan(&dead); err != nil || dead != 0 {
			t.Errorf("%s: %d ranges taken out after compacting (%v)", table, dead, err)
		}
		if after := liveLists(t, db, table); !maps.Equal(after, before[table]) {
			t.Errorf("%s: compacting changed the lists: %d tokens, %d before", table, len(after), len(before[table]))
		}
	}
	if a, b := snapshot(t, db), snapshot(t, fresh); a != b {
		t.Errorf("compacted index differs from one built in one go")
	}
	hits, err = db.Search(ctx, cat, Query{Text: "巡回视察"})
	if err != nil || len(hits) != 1 || hits[0].Issue.Path != names[0] {
		t.Errorf("compacted: the changed file's new text: %d hits, want 1 in %s (%v)", len(hits), names[0], err)
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestUpdateInterrupted: an update stopped part way leaves an index that
// opens and searches, and the next update finishes it as one built in one
// go would be.
func TestUpdateInterrupted(t *testing.T) {
	dir, issues := issuesDir(t, 150)
	db := openDB(t, filepath.Join(dir, "a.db"))
	db.batchFiles = 16
	ctx, cancel := context.WithCancel(context.Background())
	_, err := db.Update(ctx, []string{issues}, func(done, total int) {
		if done == 100 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted update: %v", err)
	}
	cat, err := db.Catalogue(nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(cat.Issues); n == 0 || n >= 150 {
		t.Errorf("after the interruption the index has %d issues, want the batches written before it, fewer than 150", n)
	}
	st, err := db.Update(context.Background(), []string{issues}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Parsed != 150-len(cat.Issues) || st.Issues != 150 {
		t.Errorf("resumed update: %+v after %d", st, len(cat.Issues))
	}
	fresh := openDB(t, filepath.Join(dir, "b.db"))
	if _, err := fresh.Update(context.Background(), []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	if a, b := snapshot(t, db), snapshot(t, fresh); a != b {
		t.Errorf("resumed index differs from one built in one go")
	}
}

// TestLongChronicle: a chronicle of more entries than one key holds is
// searched to its last entry, each hit naming its own entry.
func TestLongChronicle(t *testing.T) {
	text := chrongen.Text(5, 3)
	iss, err := parser.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if n := iss.EntryCount(); n <= 1<<entryBits {
		t.Fatalf("the chronicle has %d entries: not more than a key holds", n)
	}
	db, cat := indexOne(t, "dsj.md", []byte(text))
	last := iss.Sections[len(iss.Sections)-1]
	e := last.Entries[len(last.Entries)-1]
	query := []rune(e.Paragraphs[0].Text)
	hits, err := db.Search(context.Background(), cat, Query{Text: string(query[len(query)-12:])})
	if err != nil {
		t.Fatal(err)
	}
	var ok bool
	for _, h := range hits {
		got := iss.Entry(h.Ref())
		if got == nil || !strings.Contains(search.Fold(got.Title+strings.Join(paragraphs(got), "")), search.Fold(string(query[len(query)-12:]))) {
			t.Fatalf("hit %d/%d is not an entry that has the query", h.Sec, h.Ent)
		}
		ok = ok || h.Sec == len(iss.Sections)-1 && h.Ent == len(last.Entries)-1
	}
	if !ok {
		t.Errorf("the last entry is not among the %d hits", len(hits))
	}
}

// TestParserVersion: an index made by another version of the parser is
// parsed again, every file, at the next update, and only then.
func TestParserVersion(t *testing.T) {
	dir, issues := issuesDir(t, 5)
	path := filepath.Join(dir, "a.db")
	db := openDB(t, path)
	if st, err := db.Update(context.Background(), []string{issues}, nil); err != nil || st.Parsed != 5 {
		t.Fatalf("first update: %+v %v", st, err)
	}
	if st, err := db.Update(context.Background(), []string{issues}, nil); err != nil || st.Parsed != 0 {
		t.Fatalf("second update: %+v %v, want nothing parsed", st, err)
	}
	if _, err := db.db.Exec(`UPDATE meta SET value = 'older' WHERE key = 'parser'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = openDB(t, path)
	if st, err := db.Update(context.Background(), []string{issues}, nil); err != nil || st.Parsed != 5 {
		t.Errorf("update after another parser: %+v %v, want all 5 parsed again", st, err)
	}
	db.Close()
	db = openDB(t, path)
	if st, err := db.Update(context.Background(), []string{issues}, nil); err != nil || st.Parsed != 0 {
		t.Errorf("the update after: %+v %v, want nothing parsed", st, err)
	}
}

// TestYearbookDatesKeepNoYear: a yearbook's 1月10日 has no year (its
// 2023 is the year it was published), and a search by date does not give
// it the issue's: 2023 does not find it, no range does.
func TestYearbookDatesKeepNoYear(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "yearbooks", "pdftotext.md"))
	if err != nil {
		t.Fatal(err)
	}
	db, cat := indexOne(t, "nc.md", text)
	if len(cat.Issues) != 1 || cat.Issues[0].Year != 2023 {
		t.Fatalf("catalogue %+v, want the yearbook of 2023", cat.Issues)
	}
	all, err := db.Search(context.Background(), cat, Query{Text: "全会"})
	if err != nil || len(all) != 1 {
		t.Fatalf("全会: %d hits (%v), want the item 重要会议", len(all), err)
	}
	in2023, err := db.Search(context.Background(), cat, Query{Text: "全会", From: model.MakeDate(2023, 1, 1), To: model.MakeDate(2023, 12, 31)})
	if err != nil || len(in2023) != 0 {
		t.Errorf("全会 in 2023: %d hits (%v), want none: the item's date has no year", len(in2023), err)
	}
}

func paragraphs(e *model.Entry) []string {
	var out []string
	for _, p := range e.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// TestTwoProcesses: two openers of one new index (a reader and a server
// started together, or scripts run at once) make it once and update it
// side by side without an error.
func TestTwoProcesses(t *testing.T) {
	dir, issues := issuesDir(t, 30)
	path := filepath.Join(dir, "a.db")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			db, err := Open(path)
			if err != nil {
				errs[i] = err
				return
			}
			defer db.Close()
			db.batchFiles = 4 // many transactions, to meet the others'
			_, errs[i] = db.Update(context.Background(), []string{issues}, nil)
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("opener %d: %v", i, err)
		}
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cat, err := db.Catalogue(nil)
	if err != nil || len(cat.Issues) != 30 {
		t.Errorf("the index has %d issues (%v), want 30", len(cat.Issues), err)
	}
}

// TestPinyinOutOfStep: a pinyin file that is not the index's (one left by
// a process killed between the two files' commits, with a batch the index
// has not, or one deleted) is made again from the index when it is
// opened, as one built in one go.
func TestPinyinOutOfStep(t *testing.T) {
	dir, issues := issuesDir(t, 20)
	fresh := openDB(t, filepath.Join(dir, "b.db"))
	if _, err := fresh.Update(context.Background(), []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	want := snapshot(t, fresh)
	wantHits := pinyinHits(t, fresh)

	path := filepath.Join(dir, "a.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Update(context.Background(), []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	// As a kill between the commits leaves it: the pinyin file committed
	// a batch (a row and a mark) that the index did not.
	if _, err := db.py.Exec(`INSERT INTO py(tok, hi, ids) VALUES (1, 0, x'01'); INSERT INTO pyt(tok, hi, ids) VALUES (1, 0, x'01');
		UPDATE meta SET value = 'killed' WHERE key = 'mark'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, step := range []string{"killed between the commits", "pinyin file deleted"} {
		if step == "pinyin file deleted" {
			for _, s := range []string{"", "-wal", "-shm"} {
				os.Remove(pinyinPath(path) + s)
			}
		}
		db, err := Open(path)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if got := snapshot(t, db); got != want {
			t.Errorf("%s: the index differs from one built in one go", step)
		}
		if got := pinyinHits(t, db); got != wantHits {
			t.Errorf("%s: a pinyin search finds %d, one built in one go %d", step, got, wantHits)
		}
		db.Close()
	}

	// As a kill after the index's commit leaves it, before the pinyin
	// file's, which goes on while the next batch is written: the pinyin
	// file lacks the last batch, and has the mark before. Opening takes
	// it as an update's commit under way; the next update makes it again.
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.py.Exec(`DELETE FROM py; DELETE FROM pyt;
		UPDATE meta SET value = 'before' WHERE key = 'mark'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec(`INSERT INTO meta VALUES ('prev', 'before') ON CONFLICT(key) DO UPDATE SET value = excluded.value`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if mark(context.Background(), db.py) != "before" {
		t.Error("opening made the pinyin file again, one batch behind")
	}
	if _, err := db.Update(context.Background(), []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, db); got != want {
		t.Errorf("one batch behind: after an update, the index differs from one built in one go")
	}
	if got := pinyinHits(t, db); got != wantHits {
		t.Errorf("one batch behind: after an update, a pinyin search finds %d, one built in one go %d", got, wantHits)
	}
}

// pinyinHits is how many entries a search by initials finds.
func pinyinHits(t *testing.T, db *DB) int {
	t.Helper()
	cat, err := db.Catalogue(nil)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(context.Background(), cat, Query{Text: "lmj"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 {
		t.Fatal("a search by initials finds nothing: not a test")
	}
	return len(hits)
}

// TestNewIndexInUTF16: a new index and its pinyin file are in UTF-16,
// which keeps the entries' Chinese text in two bytes a character (the
// index's size on disk is a third smaller), and both in one encoding, as
// SQLite attaches only files of the main one's.
func TestNewIndexInUTF16(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for name, conn := range map[string]*sql.DB{"index": db.db, "pinyin file": db.py} {
		var enc string
		if err := conn.QueryRow(`PRAGMA encoding`).Scan(&enc); err != nil {
			t.Fatal(err)
		}
		if enc != "UTF-16le" {
			t.Errorf("the %s is in %s, want UTF-16le", name, enc)
		}
	}
}

// TestSearchAsTheFilterTyping: as a reader types a name in full pinyin
// letter by letter, one the archive has (王明平, wangming) or not
// (chenxiangping: 陈向平 is renamed in every issue), the index finds at
// each letter what the reader's filter finds, though it leaves out the
// ways to cut the query whose tokens no entry has.
func TestSearchAsTheFilterTyping(t *testing.T) {
	db, cat, dir := open100(t)
	lib, err := library.Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	items := lib.Snapshot()
	var idx []*search.Index
	for _, it := range items {
		if it.Issue != nil {
			idx = append(idx, search.New(it.Issue))
		} else {
			idx = append(idx, nil)
		}
	}
	found0 := false
	for _, q := range typing("wangming", "chenxiangping") {
		var want []found
		for i, it := range items {
			if idx[i] == nil {
				continue
			}
			abs, _ := filepath.Abs(it.Path)
			for _, h := range idx[i].Filter(q) {
				want = append(want, found{rankOf(h.InTitle, h.Pinyin), it.Issue.Year, it.Issue.Number, abs, h.Sec, h.Ent})
			}
		}
		hits, err := db.Search(context.Background(), cat, Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		var got []found
		for _, h := range hits {
			got = append(got, found{rankOf(h.InTitle, h.Pinyin), h.Issue.Year, h.Issue.Number, h.Issue.Path, h.Sec, h.Ent})
		}
		if g, w := canonical(got), canonical(want); !slices.Equal(g, w) {
			t.Errorf("%s: index found %d, filter %d\nfirst difference: %s", q, len(g), len(w), firstDiff(g, w))
		}
		found0 = found0 || q == "wangming" && len(want) > 0
	}
	if !found0 {
		t.Error("the filter finds no wangming: not a test")
	}
	// Each issue has 公司河南省 (c·he·n·xian, as 司 is also ci and 省
	// also xian), which the first terms of a cut of chenxiang let
	// through, for the matcher to turn down.
	td, err := readTokenDocs(context.Background(), db.py, "tokens")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"chenxiang", "chenxiangping"} {
		r, err := newListReader(context.Background(), db.py, "", "py")
		if err != nil {
			t.Fatal(err)
		}
		pq, err := r.prepare(pinyinMatch(q, td))
		if err != nil {
			t.Fatal(err)
		}
		ids, err := r.any(pq, 0, 1<<62)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(ids); n > 10 {
			t.Errorf("%s: %d candidates in 100 issues, none of them a hit", q, n)
		}
	}
}

// TestTokenDocs: the counts of the pinyin tokens that the pinyin file
// keeps are those of its rows of py, after an update that adds, changes
// and removes files.
func TestTokenDocs(t *testing.T) {
	dir, issues := issuesDir(t, 6)
	db := openDB(t, filepath.Join(dir, "a.db"))
	ctx := context.Background()
	check := func(step string) {
		t.Helper()
		got, err := readTokenDocs(ctx, db.py, "tokens")
		if err != nil {
			t.Fatal(err)
		}
		want := vocabDocs(t, db)
		n := 0
		for tok := range tokenCount {
			if got[tok] != want[tok] {
				if n++; n <= 5 {
					t.Errorf("%s: %s in %d rows of py, counted %d", step, tokenWord(tok), want[tok], got[tok])
				}
			}
		}
	}
	if _, err := db.Update(ctx, []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	check("first update")
	names, _ := filepath.Glob(filepath.Join(issues, "*.md"))
	slices.Sort(names)
	old := readFile(t, names[0])
	i := strings.LastIndex(old, "调研")
	if err := os.WriteFile(names[0], []byte(old[:i]+"长行重单"+old[i+len("调研"):]), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(names[1]); err != nil {
		t.Fatal(err)
	}
	writeIssues(t, issues, 6, 8)
	if _, err := db.Update(ctx, []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	check("second update")
}

// vocabDocs counts the entries that have each token in the lists of py.
func vocabDocs(t *testing.T, db *DB) tokenDocs {
	t.Helper()
	td := newTokenDocs()
	for tok, n := range liveLists(t, db, "py") {
		td[tok] = uint32(n)
	}
	return td
}
