package ui

import (
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

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

	// A Doc from a catalogue (NewLazyDoc) has no Issue until opened:
	// summary describes it, open parses it once.
	summary *Summary
	open    func() *Doc
	// parsed is set once open has parsed the issue (or failed to): it
	// is d's, shared with its copies (As, WithKey), which share open.
	parsed *atomic.Bool
}

// ErrText is Err's message for a screen, its file named by its base name
// where the message gives the whole path: the picker over SSH shows it to
// anyone, who has no business with where the server keeps its files.
func (d *Doc) ErrText() string {
	if d.Err == nil {
		return ""
	}
	msg := d.Err.Error()
	if d.Path != "" && filepath.Base(d.Path) != d.Path {
		msg = strings.ReplaceAll(msg, d.Path, filepath.Base(d.Path))
	}
	return msg
}

// Summary is what the picker lists of an issue: what a catalogue (the
// archive's index) says of it without parsing it.
type Summary struct {
	Label    string // 2023年第11期（总第215期）; "" when the issue has no number
	Title    string // 平顶山月报
	Year     int
	Number   int
	Header   string // model.Issue.Header: what the picker's search matches
	Entries  int
	Warnings int
}

// NewLazyDoc makes the Doc of an issue that the archive's catalogue
// describes: load parses it the first time it is opened (Open), not
// before, so that a picker over thousands of issues opens without
// parsing them.
func NewLazyDoc(name, path string, sum Summary, load func() (*model.Issue, error)) *Doc {
	d := &Doc{Name: name, Path: path, summary: &sum}
	d.index = func() *search.Index { return nil }
	d.people = func() []people.Person { return nil }
	d.parsed = new(atomic.Bool)
	d.open = sync.OnceValue(func() *Doc {
		iss, err := load()
		o := NewDoc(d.Name, d.Path, iss, err)
		o.Key = d.Key
		// Set before OnceValue keeps o: one who then calls Open waits
		// for no more than that.
		d.parsed.Store(true)
		return o
	})
	return d
}

// Lazy tells whether d is a catalogue's Doc that Open has to parse.
func (d *Doc) Lazy() bool { return d.open != nil }

// Parsed tells whether Open returns at once: d is not a catalogue's, or
// its issue has been parsed (or has failed to be). A picker opens a
// Doc that is not parsed yet aside, not on its Update loop: a large
// file takes seconds.
func (d *Doc) Parsed() bool { return d.open == nil || d.parsed.Load() }

// Open returns d with its issue: d itself, or for a catalogue's Doc the
// Doc of the issue parsed (once, then shared; Err says why not).
func (d *Doc) Open() *Doc {
	if d.open == nil {
		return d
	}
	o := d.open()
	if o.Key != d.Key || o.Name != d.Name {
		// d is a copy under another key or name (WithKey, As): the
		// parsed issue is shared, under d's.
		c := *o
		c.Key, c.Name = d.Key, d.Name
		return &c
	}
	return o
}

// Summary is what the picker lists of d.
func (d *Doc) Summary() Summary {
	if d.summary != nil {
		return *d.summary
	}
	if d.Issue == nil {
		return Summary{}
	}
	return Summary{Label: d.Issue.Label(), Title: d.Issue.Title, Year: d.Issue.Year, Number: d.Issue.Number,
		Header: d.Issue.Header(), Entries: d.Issue.EntryCount(), Warnings: len(d.Issue.Warnings)}
}

// warnings counts the parser's warnings about d, without making its
// Summary (the picker's header counts them at every frame).
func (d *Doc) warnings() int {
	if d.summary != nil {
		return d.summary.Warnings
	}
	if d.Issue == nil {
		return 0
	}
	return len(d.Issue.Warnings)
}

// Readable tells whether d is an issue (parsed or in a catalogue), not a
// file that failed.
func (d *Doc) Readable() bool { return d.Issue != nil || d.summary != nil }

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
