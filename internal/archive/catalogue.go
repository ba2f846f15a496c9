package archive

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/people"

	"github.com/yuebao/yuebao/model"
)

// Issue is one issue of the catalogue: what a list of issues shows
// without opening the file.
type Issue struct {
	Key      int64  // the index's key: larger is newer
	Span     int64  // the keys it takes: Key to Key+Span-1
	Path     string // the file, absolute
	Part     int    // which issue of the file, from 0
	Name     string // the file's base name, -2, -3 for later parts
	Title    string // 平顶山月报 (Issue.DisplayTitle)
	Label    string // 2023年第11期（总第215期） (Issue.Label)
	Compiler string
	Year     int
	Number   int
	Total    int
	// Hash is model.SourceKey of the file's bytes when indexed.
	Hash string
	// Published is YYYY-MM-DD, or "" when the issue does not say.
	Published string
	Sections  int
	Entries   int
	Warnings  int
}

// Cite is how an entry of the issue on page is cited:
// 《平顶山月报》2023年第11期（总第215期），第14页.
func (is *Issue) Cite(page int) string {
	return model.Cite(is.Title, is.Label, page)
}

// FileError is a file that is in the index without an issue: it could
// not be read or parsed.
type FileError struct {
	Path string
	Err  string
}

// Catalogue is the issues under some paths, newest first, and the files
// there that gave none. A reader loads it once and searches within it.
type Catalogue struct {
	Issues []Issue
	Errors []FileError
	byKey  map[int64]int
}

// Issue returns the issue that key is one of the keys of, or nil when it
// is not in c.
func (c *Catalogue) Issue(key int64) *Issue {
	if i, ok := c.byKey[key]; ok {
		return &c.Issues[i]
	}
	return nil
}

// Catalogue reads the issues under paths (as given to Update) from the
// index; with no paths, every issue in it.
func (d *DB) Catalogue(paths []string) (*Catalogue, error) {
	var roots []root
	if len(paths) > 0 {
		var err error
		if roots, err = rootsOf(paths); err != nil {
			return nil, err
		}
	}
	in := func(p string) bool { return len(roots) == 0 || under(p, roots) }
	c := &Catalogue{byKey: map[int64]int{}}
	rows, err := d.db.Query(`SELECT i.key, i.span, i.path, i.part, i.name, i.title, i.label, i.compiler, i.year,
		i.number, i.total, i.published, i.sections, i.entries, i.warnings, f.hash
		FROM issues i JOIN files f ON f.path = i.path ORDER BY i.key DESC`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var is Issue
		if err := rows.Scan(&is.Key, &is.Span, &is.Path, &is.Part, &is.Name, &is.Title, &is.Label, &is.Compiler,
			&is.Year, &is.Number, &is.Total, &is.Published, &is.Sections, &is.Entries, &is.Warnings, &is.Hash); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		if in(is.Path) {
			for k := range is.Span {
				c.byKey[is.Key+k] = len(c.Issues)
			}
			c.Issues = append(c.Issues, is)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	erows, err := d.db.Query(`SELECT path, err FROM files WHERE err != '' ORDER BY path`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer erows.Close()
	for erows.Next() {
		var fe FileError
		if err := erows.Scan(&fe.Path, &fe.Err); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		if in(fe.Path) {
			c.Errors = append(c.Errors, fe)
		}
	}
	return c, erows.Err()
}

// rootsOf makes paths absolute, as Update does, telling directories from
// files by what is on disk (a path gone from disk counts as a directory,
// so that what was indexed under it is still found).
func rootsOf(paths []string) ([]root, error) {
	roots := make([]root, 0, len(paths))
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", parser.DisplayName(p), err)
		}
		info, err := os.Stat(abs)
		roots = append(roots, root{path: abs, dir: err != nil || info.IsDir()})
	}
	return roots, nil
}

// IssuePeople is the people of one issue of a catalogue.
type IssuePeople struct {
	Key int64 // the issue's, as in Catalogue.Issue
	people.Issue
}

// People returns the people of the catalogue's issues, an element per
// issue that names anyone, newest issue first, as people.Across takes
// them; Label is the issue's label, or its file's name.
func (d *DB) People(c *Catalogue) ([]IssuePeople, error) {
	rows, err := d.db.Query(`SELECT issue, name, role, refs FROM people ORDER BY issue DESC, rowid`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer rows.Close()
	var out []IssuePeople
	last := int64(-1)
	for rows.Next() {
		var key int64
		var p people.Person
		var refs string
		if err := rows.Scan(&key, &p.Name, &p.Role, &refs); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		is := c.Issue(key)
		if is == nil {
			continue
		}
		if p.Entries, err = parseRefs(refs); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		if key != last {
			label := is.Label
			if label == "" {
				label = is.Name
			}
			out = append(out, IssuePeople{Key: key, Issue: people.Issue{Label: label}})
			last = key
		}
		out[len(out)-1].People = append(out[len(out)-1].People, p)
	}
	return out, rows.Err()
}

// formatRefs writes entry refs as "sec.ent sec.ent".
func formatRefs(refs []people.Ref) string {
	var b strings.Builder
	for i, r := range refs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(r.Sec) + "." + strconv.Itoa(r.Ent))
	}
	return b.String()
}

func parseRefs(s string) ([]people.Ref, error) {
	var out []people.Ref
	for f := range strings.FieldsSeq(s) {
		a, b, ok := strings.Cut(f, ".")
		sec, err1 := strconv.Atoi(a)
		ent, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad entry %q", f)
		}
		out = append(out, people.Ref{Sec: sec, Ent: ent})
	}
	return out, nil
}
