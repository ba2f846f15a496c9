package ui

import (
	"sync"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui/search"
)

// Doc is one issue as readers take it: its name and file, the parsed
// issue, and what readers build from it — the search index and the
// people index — made once, on first use, and shared by every reader of
// it (over SSH, every session). Whoever loads the issue makes its Doc
// (main for a file, the server for what it serves) and hands the same
// Doc to the picker and to every reader.
type Doc struct {
	Name  string       // how the picker and a session command name it
	Path  string       // the file it came from; "" for the built-in sample
	Issue *model.Issue // nil when Err says why the file cannot be read
	// Err is why the file could not be read, or a warning about the last
	// good copy that Issue still holds.
	Err error
	// Key names the issue in a store of reading places (state.Key of its
	// bytes for a file; "" for none). Set it before the Doc is shared.
	Key string

	index  func() *search.Index
	people func() []people.Person
}

// NewDoc makes the Doc of an issue (nil, with err, for a file that is
// not one). It builds nothing yet.
func NewDoc(name, path string, iss *model.Issue, err error) *Doc {
	d := &Doc{Name: name, Path: path, Issue: iss, Err: err}
	d.index = sync.OnceValue(func() *search.Index {
		if iss == nil {
			return nil
		}
		return search.New(iss)
	})
	d.people = sync.OnceValue(func() []people.Person {
		if iss == nil {
			return nil
		}
		return people.Index(iss)
	})
	return d
}

// Index is the issue's search index, built the first time it is asked
// for; safe for concurrent use.
func (d *Doc) Index() *search.Index { return d.index() }

// People is the people the issue names, indexed the first time it is
// asked for; safe for concurrent use.
func (d *Doc) People() []people.Person { return d.people() }

// As is the same issue under another name or warning (a library renames
// a file's issue when another takes its name), sharing d's indexes.
func (d *Doc) As(name string, err error) *Doc {
	c := *d
	c.Name, c.Err = name, err
	return &c
}

// WithKey is d under another place key, sharing d's indexes.
func (d *Doc) WithKey(key string) *Doc {
	c := *d
	c.Key = key
	return &c
}
