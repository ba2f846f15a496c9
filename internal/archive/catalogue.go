package archive

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/yuebao/yuebao/parser"

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
	rows, err := d.db.Query(`SELECT key, span, path, part, name, title, label, compiler, year, number, total,
		published, sections, entries, warnings FROM issues ORDER BY key DESC`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var is Issue
		if err := rows.Scan(&is.Key, &is.Span, &is.Path, &is.Part, &is.Name, &is.Title, &is.Label, &is.Compiler,
			&is.Year, &is.Number, &is.Total, &is.Published, &is.Sections, &is.Entries, &is.Warnings); err != nil {
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

// Person is someone named across the catalogue.
type Person struct {
	Name    string
	Roles   []string // the roles the issues give, most used first
	Entries int      // entries naming them, over all issues
	Issues  int      // issues naming them
}

// People aggregates the people of the catalogue's issues: most entries
// first, then by name.
func (d *DB) People(c *Catalogue) ([]Person, error) {
	rows, err := d.db.Query(`SELECT name, role, issue, entries FROM people`)
	if err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	defer rows.Close()
	type acc struct {
		p     Person
		roles map[string]int
	}
	by := map[string]*acc{}
	for rows.Next() {
		var name, role string
		var key int64
		var n int
		if err := rows.Scan(&name, &role, &key, &n); err != nil {
			return nil, fmt.Errorf("reading the index: %w", err)
		}
		if c.Issue(key) == nil {
			continue
		}
		a := by[name]
		if a == nil {
			a = &acc{p: Person{Name: name}, roles: map[string]int{}}
			by[name] = a
		}
		a.p.Entries += n
		a.p.Issues++
		if role != "" {
			a.roles[role]++
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the index: %w", err)
	}
	out := make([]Person, 0, len(by))
	for _, a := range by {
		for r := range a.roles {
			a.p.Roles = append(a.p.Roles, r)
		}
		slices.SortFunc(a.p.Roles, func(x, y string) int {
			return cmp.Or(cmp.Compare(a.roles[y], a.roles[x]), cmp.Compare(x, y))
		})
		out = append(out, a.p)
	}
	slices.SortFunc(out, func(x, y Person) int {
		return cmp.Or(cmp.Compare(y.Entries, x.Entries), cmp.Compare(x.Name, y.Name))
	})
	return out, nil
}
