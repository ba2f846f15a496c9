// Package archive keeps an index of many issues on disk, in SQLite, so
// that years of issues open and are searched without parsing them all:
// the catalogue of issues, their entries with dates and pages, the people
// they name, and full-text search over titles and text that finds what
// the reader's filter finds (see tokens.go).
//
// The index can always be rebuilt from the files: it is a cache, kept
// under XDG_CACHE_HOME unless a path is given. Updating it is incremental
// (a file is parsed again only when its size, time or content changed)
// and each batch of files is one transaction, so that an interrupted
// update leaves the index as it was after the last batch, and the next
// run goes on from there.
package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/yuebao/yuebao/parser"

	"modernc.org/sqlite" // the database/sql driver "sqlite": pure Go, no cgo
	sqlite3 "modernc.org/sqlite/lib"
)

// schemaVersion changes when the tables do; an index of another version
// is rebuilt from the files.
const schemaVersion = "20"

// DB is an open index.
type DB struct {
	db   *sql.DB
	py   *sql.DB // the pinyin tables, in a file of their own (pyfile.go)
	path string
	// batchFiles and batchTime bound a transaction of Update (tests make
	// them small, to interrupt between batches).
	batchFiles int
	batchTime  time.Duration
	docs       docsCache // the pinyin file's token counts, as last read
	// midSearch, when set (by tests), runs in each search between finding
	// its terms' rows and reading them.
	midSearch func()
}

// DefaultPath is where the index lives when no path is given:
// $XDG_CACHE_HOME/yuebao/archive.db, else ~/.cache/yuebao/archive.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_CACHE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no place for the index: %w", err)
		}
		dir = filepath.Join(home, ".cache")
	}
	return filepath.Join(dir, "yuebao", "archive.db"), nil
}

// Open opens the index at path, making it (and its directory) when it
// does not exist, and emptying it when it was made by another version.
func Open(path string) (*DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	for _, p := range []string{path, pinyinPath(path)} {
		if err := newFile(p); err != nil {
			return nil, fmt.Errorf("index %s: %w", p, err)
		}
	}
	q := url.Values{}
	// auto_vacuum lets pages freed by merging go back to the file system
	// (see optimize); it takes effect on a new file only, and is set on
	// every connection as any of them may make the tables. A writer holds
	// the lock for a batch, up to batchTime and more on a busy machine,
	// and several may be waiting for it (serve's watcher, yuebao index,
	// a reader opening the directory): 5 s of waiting failed one of four
	// processes updating one archive at once, about one run in three
	// under load (TestTwoProcesses); 30 s never did in 45.
	for _, p := range []string{"auto_vacuum(2)", "journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(" + busyTimeout + ")", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	// Write transactions take the write lock when they begin: one that
	// began by reading and then wrote would fail at once (SQLITE_BUSY,
	// which no timeout waits out) when another process wrote meanwhile,
	// as two readers starting on one archive do.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	py, err := sql.Open("sqlite", "file:"+pinyinPath(path)+"?"+q.Encode())
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	d := &DB{db: db, py: py, path: path, batchFiles: batchFiles, batchTime: batchTime}
	if err := d.init(); err != nil {
		d.Close()
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	if err := d.syncPinyin(context.Background(), false); err != nil {
		d.Close()
		return nil, fmt.Errorf("index %s: %w", pinyinPath(path), err)
	}
	return d, nil
}

// busyTimeout is how long, in ms, a connection waits for a lock another
// process holds (see Open).
const busyTimeout = "30000"

// newFile writes the first page of the index file at path, in UTF-16,
// unless it has one. The index keeps the text of every entry, nearly all
// of it Chinese: three bytes a character in UTF-8, two in UTF-16, a
// third of the file. The encoding is fixed when a file is first written,
// and SQLite attaches only files of the main one's encoding, so the
// pinyin file is made so too. The pragma is run here once, not on every
// connection: run on a file another process is writing, it fails at
// once (SQLITE_BUSY) where the busy timeout would have waited. An index
// made by an older version and emptied keeps its encoding.
func newFile(path string) error {
	// Two processes may make the file at once. The pragmas that set the
	// encoding and the journal fail at once (SQLITE_BUSY) while the other
	// holds its lock, whatever the busy timeout; then the other has made
	// it, or is about to: try again until the file has its first page.
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := makeFile(path)
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// makeFile is newFile's one try.
func makeFile(path string) error {
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		return nil
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout("+busyTimeout+")")
	if err != nil {
		return err
	}
	defer db.Close()
	// One connection: the pragmas hold for the connection that writes.
	conn, err := db.Conn(context.Background())
	if err != nil {
		return err
	}
	defer conn.Close()
	// auto_vacuum as in Open; a table made and dropped in one
	// transaction writes the first page, and leaves the file as empty as
	// a new one for init (another process never sees the table).
	for _, p := range []string{`PRAGMA auto_vacuum = 2`, `PRAGMA encoding = 'UTF-16le'`, `PRAGMA journal_mode = WAL`,
		`BEGIN IMMEDIATE`, `CREATE TABLE IF NOT EXISTS yuebao_new(x)`, `DROP TABLE yuebao_new`, `COMMIT`} {
		if _, err := conn.ExecContext(context.Background(), p); err != nil {
			return fmt.Errorf("making the file: %w", err)
		}
	}
	return nil
}

// Path is the file the index is in.
func (d *DB) Path() string { return d.path }

// Close closes the index.
func (d *DB) Close() error { return errors.Join(d.db.Close(), d.py.Close()) }

// Entries have the id key<<entryBits | n, so that an issue's entries are
// one range of ids, and the lists of the text index, which hold ids in
// order, give them newest issue first read backwards (see issueKey). The
// lists store the step from one id to the next for every character of
// every entry: 12 bits keep the steps from issue to issue within two
// bytes. An issue of more than 4096 entries (a
// chronicle of twenty years has 30,000) takes several keys in a row.
const entryBits = 12

var schema = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) STRICT;
-- One row per file indexed, read or not: err says why not.
CREATE TABLE files(
	path TEXT PRIMARY KEY,  -- absolute
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL, -- nanoseconds
	hash TEXT NOT NULL,     -- model.SourceKey of the bytes; '' when unread
	err TEXT NOT NULL       -- '' when it parsed
) STRICT;
CREATE TABLE issues(
	key INTEGER PRIMARY KEY, -- see issueKey: orders issues by date
	span INTEGER NOT NULL,   -- keys taken: key to key+span-1
	path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
	part INTEGER NOT NULL,   -- which issue of the file, from 0
	name TEXT NOT NULL,      -- the file's base name (with -2, -3 for later parts)
	title TEXT NOT NULL,     -- Issue.DisplayTitle
	label TEXT NOT NULL,     -- Issue.Label
	compiler TEXT NOT NULL,
	year INTEGER NOT NULL, number INTEGER NOT NULL, total INTEGER NOT NULL,
	published TEXT NOT NULL,
	sections INTEGER NOT NULL, entries INTEGER NOT NULL, warnings INTEGER NOT NULL
) STRICT;
CREATE INDEX issues_path ON issues(path);
CREATE TABLE entries(
	id INTEGER PRIMARY KEY,  -- issue key << 12 | n
	sec INTEGER NOT NULL, ent INTEGER NOT NULL,
	section TEXT NOT NULL, title TEXT NOT NULL,
	page INTEGER NOT NULL, last_page INTEGER NOT NULL,
	start INTEGER NOT NULL, end INTEGER NOT NULL, -- YYYYMMDD as the parser gave it (year 0 when it gave none); 0 unknown
	text TEXT NOT NULL       -- the paragraphs, \x1e between them (ParagraphSep)
) STRICT;
CREATE TABLE people(
	issue INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
	refs TEXT NOT NULL -- the entries naming them: "sec.ent sec.ent"
) STRICT;
CREATE INDEX people_name ON people(name);
CREATE INDEX people_issue ON people(issue);
` + postingsSchema("gram") + postingsSchema("gramt") + deadSchema

// init makes the tables, or checks that they are this version's. The
// check and the making are one transaction that holds the write lock, so
// that two processes opening a new index at once make it once.
func (d *DB) init() error {
	var v, pv string
	if err := d.db.QueryRow(`SELECT (SELECT value FROM meta WHERE key = 'schema'), coalesce((SELECT value FROM meta WHERE key = 'parser'), '')`).Scan(&v, &pv); err == nil && v == schemaVersion && pv == parser.Version {
		return nil // the common case, without the lock
	}
	tx, err := d.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	err = tx.QueryRow(`SELECT value, coalesce((SELECT value FROM meta WHERE key = 'parser'), '') FROM meta WHERE key = 'schema'`).Scan(&v, &pv)
	switch {
	case err == nil && v == schemaVersion && pv == parser.Version:
		return tx.Commit() // made meanwhile by another process
	case err == nil && v == schemaVersion:
		// Made by another version of the parser: every file is read and
		// parsed again at the next update (the tables stay, and what
		// has not changed is written as it was).
		if _, err := tx.Exec(`UPDATE files SET size = -1, hash = ''`); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO meta VALUES ('parser', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, parser.Version); err != nil {
			return err
		}
		return tx.Commit()
	case err == nil || errors.Is(err, sql.ErrNoRows):
		// Another version: it is a cache, so start it again.
		if err := drop(tx); err != nil {
			return err
		}
	default:
		// No meta table: a new file, or not ours. Only an empty file is
		// made into an index; anything else is left alone.
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return err
		}
		if n != 0 {
			return fmt.Errorf("not a yuebao index (it has tables of its own); give another --db")
		}
	}
	if _, err := tx.Exec(schema); err != nil {
		return fmt.Errorf("making the tables: %w", err)
	}
	if _, err := tx.Exec(`INSERT INTO meta VALUES ('schema', ?), ('mark', ?), ('parser', ?)`, schemaVersion, newMark(), parser.Version); err != nil {
		return err
	}
	return tx.Commit()
}

// drop removes the tables of another version.
func drop(tx *sql.Tx) error {
	// Virtual tables first: dropping one drops its shadow tables.
	rows, err := tx.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
		ORDER BY sql LIKE 'CREATE VIRTUAL%' DESC`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	rows.Close()
	for _, n := range names {
		if _, err := tx.Exec(`DROP TABLE IF EXISTS "` + n + `"`); err != nil {
			return fmt.Errorf("dropping %s: %w", n, err)
		}
	}
	return nil
}
