// Package library is a set of issues loaded from files and directories:
// the list behind `yuebao DIR` (an issue picker) and `yuebao serve DIR`
// (a server whose library may change while it runs).
//
// What counts: in a directory given, the regular files (or symlinks to
// them) directly inside it whose names end in .md, .markdown or .txt (in
// any case) and do not begin with a dot. Subdirectories are not entered:
// a library is one folder, and a nested folder is as likely to be an
// archive or a .git as more issues. A file named explicitly counts
// whatever its name, as long as it is a regular file.
//
// Every file that counts is listed. One that cannot be read or parsed is
// an Item with Err set, never left out: a picker that silently hides a
// file leaves its owner wondering where it went. Any text parses, so a
// text file that is not a report (notes.txt) is listed too, as an issue
// without a number, after the numbered ones.
package library

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

// Item is one file of the library. Items are values that are never
// changed: a file that changes becomes a new Item in the next Snapshot.
type Item struct {
	// Path is where the file is: the directory as given (cleaned) joined
	// with the file name. With Part it is unique within a library.
	Path string
	// Part is the issue's place in its file: 0, except for the second and
	// later issues of a file that holds several (each is an item).
	Part int
	// Name is how a session names the item: the file name without its
	// extension. When two items would share a name, each of them is named
	// by its file name with the extension instead, and failing that by
	// its Path, so that names stay unique.
	Name string
	// Issue is the parsed issue; nil when Err != nil and no good copy was
	// ever read. Shared between snapshots and never modified.
	Issue *model.Issue
	// Err is the last load error (one line, naming the file); nil if the
	// last load succeeded. With Watch, a file that turns bad keeps its
	// last good Issue alongside Err.
	Err error
	// Mod is the modification time of the file when the copy held was
	// read (zero when no copy was ever read).
	Mod time.Time
	// Key names the copy held by its bytes (model.SourceKey; with the
	// part for the second and later issues of a file), as a store of
	// reading places keys it; "" when no copy was ever read.
	Key string
}

// Library is a set of issues. It is safe for concurrent use: any number
// of readers may take Snapshots while Watch updates it.
type Library struct {
	// dirs are the directories to watch, by the (cleaned) spelling used in
	// Paths. Set by Load, read-only afterwards.
	dirs map[string]*dir
	seed maphash.Seed

	watching atomic.Bool

	mu      sync.RWMutex
	entries map[string]*entry // by Path
	items   []Item            // sorted and named; replaced, never modified
	version uint64
	changed chan struct{} // closed at the next change
}

// dir is a directory holding items: one given (all: every issue file in
// it counts) or the parent of files given by name (only those count).
type dir struct {
	all   bool
	files map[string]bool // base names of the files given by name
}

func (d *dir) counts(base string) bool {
	return d.files[base] || d.all && IsIssueFile(base)
}

// entry is an item with what is needed to tell whether a reload changed
// anything.
type entry struct {
	items []Item // one per issue in the file; one with Err when it failed
	sum   uint64 // hash of the bytes last read; 0 when the read failed
	err   string // Err of the last load, "" when it succeeded
}

// Extensions are the file name extensions (lower case) that mark an issue
// file inside a directory.
var Extensions = []string{".md", ".markdown", ".txt"}

// IsIssueFile reports whether a file of this name inside a library
// directory counts as an issue: not hidden, and one of the Extensions.
// Editor backups (x.md~) and swap files (.x.md.swp) do not.
func IsIssueFile(base string) bool {
	if strings.HasPrefix(base, ".") {
		return false
	}
	return slices.Contains(Extensions, strings.ToLower(filepath.Ext(base)))
}

// Load lists the files and the issue files in the directories given and
// parses them in parallel (up to GOMAXPROCS at once). The error is only
// for a path that cannot be listed at all (it does not exist, or a
// directory cannot be read): the command line is wrong. A file that
// cannot be read or parsed is an Item with Err set. An empty directory is
// no error: with Watch, issues may be added to it later.
//
// Items are sorted newest first, by Issue.Year and Number (or, without
// them, the year and month of Published, else of the issue's latest
// dated day: a chronicle's), Published and Total, descending; then items
// whose issue has none of these, by name; then items that have no issue
// at all (Err set), by name.
func Load(paths []string) (*Library, error) {
	l := &Library{
		dirs:    map[string]*dir{},
		seed:    maphash.MakeSeed(),
		entries: map[string]*entry{},
		changed: make(chan struct{}),
	}
	abs := map[string]string{} // absolute directory → spelling in dirs
	getDir := func(d string) (string, *dir) {
		d = filepath.Clean(d)
		key := d
		if a, err := filepath.Abs(d); err == nil {
			key = a
		}
		if s, ok := abs[key]; ok {
			return s, l.dirs[s]
		}
		abs[key] = d
		l.dirs[d] = &dir{files: map[string]bool{}}
		return d, l.dirs[d]
	}

	var files []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, pathError(p, err)
		}
		if !st.IsDir() {
			s, d := getDir(filepath.Dir(p))
			base := filepath.Base(p)
			d.files[base] = true
			add(filepath.Join(s, base))
			continue
		}
		s, d := getDir(p)
		if d.all {
			continue // given twice
		}
		d.all = true
		names, err := listDir(s)
		if err != nil {
			return nil, pathError(p, err)
		}
		for _, n := range names {
			add(filepath.Join(s, n))
		}
	}

	for i, r := range l.readAll(files) {
		if !r.gone {
			l.entries[files[i]] = r.entry(files[i], nil)
		}
	}
	l.rebuild()
	return l, nil
}

// listDir returns the names of the issue files in d, sorted.
func listDir(d string) ([]string, error) {
	des, err := os.ReadDir(d)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, de := range des {
		if !IsIssueFile(de.Name()) {
			continue
		}
		if !de.Type().IsRegular() {
			// A symlink counts when it leads to a regular file. A
			// dangling one is listed, to be reported as missing.
			if de.Type()&fs.ModeSymlink == 0 {
				continue
			}
			if st, err := os.Stat(filepath.Join(d, de.Name())); err == nil && !st.Mode().IsRegular() {
				continue
			}
		}
		names = append(names, de.Name())
	}
	return names, nil
}

// OtherFiles lists, in the directories among paths, the files that are
// not issue files (a.pdf, scan.docx): not read, but named, so that a
// picker can say they are there rather than leave their owner wondering
// where they went. Hidden files are not listed.
func OtherFiles(paths []string) []string {
	var out []string
	for _, p := range paths {
		des, err := os.ReadDir(p)
		if err != nil {
			continue // not a directory, or listed as an error by Load
		}
		for _, de := range des {
			n := de.Name()
			if strings.HasPrefix(n, ".") || IsIssueFile(n) || strings.HasSuffix(n, "~") || !de.Type().IsRegular() {
				continue
			}
			out = append(out, filepath.Join(p, n))
		}
	}
	return out
}

// Snapshot returns the current items, in order. The slice is the
// caller's; the Items in it never change.
func (l *Library) Snapshot() []Item {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return slices.Clone(l.items)
}

// Version increases whenever the items change. A reader that keeps the
// Version it read before its Snapshot can tell the Snapshot is stale.
func (l *Library) Version() uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.version
}

// Changed returns a channel that is closed at the next change: a session
// can wait on it instead of polling Version.
func (l *Library) Changed() <-chan struct{} {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.changed
}

// Timing of Watch.
const (
	// debounce is how long a file must be quiet before it is reread:
	// editors save in several steps (truncate, write, rename).
	debounce = 100 * time.Millisecond
	// maxDelay bounds the wait for a file that is written continually.
	maxDelay = time.Second
)

// Watch follows the directories and files of the library until ctx ends,
// then returns nil. A file that is added or changed is reread and appears
// in the next Snapshot; a file removed disappears; a file that becomes
// unreadable or unparseable keeps its last good Issue, with Err set.
// Events for one file are coalesced until it has been quiet for 100 ms.
//
// onChange, if not nil, is called from Watch's goroutine with one-line
// descriptions for a log: once when the watches are in place ("watching
// 2 directories"; changes from then on are seen), then after each change.
//
// Directories are watched, not files, so that editors that save by
// renaming a new file over the old one are followed. A directory of the
// library that is itself removed or renamed empties its items and is no
// longer watched. Watch returns an error only when it cannot start (the
// system refuses a watch) or is already running.
func (l *Library) Watch(ctx context.Context, onChange func(string)) error {
	if !l.watching.CompareAndSwap(false, true) {
		return errors.New("library: already watching")
	}
	defer l.watching.Store(false)
	if onChange == nil {
		onChange = func(string) {}
	}

	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	n := 0
	for _, d := range slices.Sorted(maps.Keys(l.dirs)) {
		if err := w.Add(d); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				// Gone since Load: the rescan below drops its items.
				onChange(fmt.Sprintf("%s: directory removed or renamed; no longer watched", parser.DisplayName(d)))
				continue
			}
			return fmt.Errorf("%s: watch: %w", parser.DisplayName(d), unwrapAll(err))
		}
		n++
	}
	if n == 1 {
		onChange("watching 1 directory")
	} else {
		onChange(fmt.Sprintf("watching %d directories", n))
	}

	// Catch up with whatever changed between Load and the watches.
	l.reload(l.rescan(onChange), onChange)

	type pend struct{ first, due time.Time }
	pending := map[string]pend{}
	schedule := func(p string) {
		now := time.Now()
		pd, ok := pending[p]
		if !ok {
			pd.first = now
		}
		pd.due = now.Add(debounce)
		if limit := pd.first.Add(maxDelay); limit.Before(pd.due) {
			pd.due = limit
		}
		pending[p] = pd
	}
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if _, ok := l.dirs[ev.Name]; ok {
				if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
					onChange(fmt.Sprintf("%s: directory removed or renamed; no longer watched", parser.DisplayName(ev.Name)))
					for _, p := range l.under(ev.Name) {
						schedule(p)
					}
				}
				break
			}
			d, base := filepath.Split(ev.Name)
			if dd, ok := l.dirs[filepath.Clean(d)]; ok && dd.counts(base) {
				schedule(ev.Name)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				onChange("too many changes at once; rereading the library")
				for _, p := range l.rescan(onChange) {
					schedule(p)
				}
			} else {
				onChange("watch: " + err.Error())
			}
		case <-timer.C:
			now := time.Now()
			var due []string
			for p, pd := range pending {
				if !pd.due.After(now) {
					due = append(due, p)
					delete(pending, p)
				}
			}
			slices.Sort(due)
			l.reload(due, onChange)
		}
		if len(pending) > 0 {
			next := time.Time{}
			for _, pd := range pending {
				if next.IsZero() || pd.due.Before(next) {
					next = pd.due
				}
			}
			timer.Reset(time.Until(next))
		}
	}
}

// under returns the Paths of the items in directory d.
func (l *Library) under(d string) []string {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var ps []string
	for p := range l.entries {
		if filepath.Dir(p) == d {
			ps = append(ps, p)
		}
	}
	return ps
}

// rescan returns every path that may have changed: the issue files now in
// the directories, the files given by name and the items held.
func (l *Library) rescan(onChange func(string)) []string {
	set := map[string]bool{}
	for s, d := range l.dirs {
		for base := range d.files {
			set[filepath.Join(s, base)] = true
		}
		if !d.all {
			continue
		}
		names, err := listDir(s)
		if err != nil && !errors.Is(err, fs.ErrNotExist) { // a directory gone has been reported
			onChange(pathError(s, err).Error())
		}
		for _, n := range names {
			set[filepath.Join(s, n)] = true
		}
	}
	l.mu.RLock()
	for p := range l.entries {
		set[p] = true
	}
	l.mu.RUnlock()
	return slices.Sorted(maps.Keys(set))
}

// reload rereads paths and applies what changed as one new version.
func (l *Library) reload(paths []string, onChange func(string)) {
	if len(paths) == 0 {
		return
	}
	res := l.readAll(paths)
	var descs []string
	l.mu.Lock()
	for i, p := range paths {
		if d := l.apply(p, res[i]); d != "" {
			descs = append(descs, d)
		}
	}
	if len(descs) > 0 {
		l.rebuild()
	}
	l.mu.Unlock()
	for _, d := range descs {
		onChange(d)
	}
}

// apply records the result of reading p; l.mu is held. It returns a
// description of the change, or "" when nothing changed.
func (l *Library) apply(p string, r result) string {
	old := l.entries[p]
	name := parser.DisplayName(p)
	if r.gone {
		if old == nil {
			return ""
		}
		delete(l.entries, p)
		return "removed " + name
	}
	e := r.entry(p, old)
	if old != nil && old.sum == e.sum && old.err == e.err {
		return "" // the same bytes, or the same failure
	}
	l.entries[p] = e
	switch first := e.items[0]; {
	case first.Err != nil && first.Issue != nil:
		return e.err + " (keeping the last good copy)"
	case first.Err != nil:
		return e.err
	case old == nil:
		return "added " + name + describe(e.items)
	default:
		return "updated " + name + describe(e.items)
	}
}

func describe(items []Item) string {
	labels := make([]string, len(items))
	for i, it := range items {
		if it.Issue != nil {
			labels[i] = it.Issue.Label()
		}
		if labels[i] == "" {
			labels[i] = "no issue number"
		}
	}
	return " (" + strings.Join(labels, ", ") + ")"
}

// rebuild sorts and names the items; l.mu is held (or l not yet shared).
func (l *Library) rebuild() {
	items := make([]Item, 0, len(l.entries))
	for _, e := range l.entries {
		items = append(items, e.items...)
	}
	slices.SortFunc(items, compare)
	nameItems(items)
	l.items = items
	l.version++
	close(l.changed)
	l.changed = make(chan struct{})
}

// compare orders items newest first (see Load).
func compare(a, b Item) int {
	if c := group(a) - group(b); c != 0 {
		return c
	}
	if a.Issue != nil && b.Issue != nil {
		x, y := a.Issue, b.Issue
		xy, xm := when(x)
		yy, ym := when(y)
		for _, c := range [...]int{yy - xy, ym - xm} {
			if c != 0 {
				return c
			}
		}
		if x.Published != y.Published {
			if y.Published.Before(x.Published) {
				return -1
			}
			return 1
		}
		if c := y.Total - x.Total; c != 0 {
			return c
		}
	}
	if c := strings.Compare(parser.BaseName(a.Path), parser.BaseName(b.Path)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return a.Part - b.Part
}

// when is the year and number of an issue, else the year and month of
// its publication date, else of its latest dated day (a chronicle with
// no number, 宁川县2024年1月大事记).
func when(iss *model.Issue) (year, n int) {
	switch {
	case iss.Year != 0 || iss.Number != 0:
		return iss.Year, iss.Number
	case !iss.Published.IsZero():
		return int(iss.Published.Year), int(iss.Published.Month)
	}
	d := iss.Latest()
	return int(d.Year), int(d.Month)
}

// group is 0 for an item with an issue number or a date, 1 for an issue
// without either, 2 for no issue at all.
func group(it Item) int {
	switch {
	case it.Issue == nil:
		return 2
	}
	if y, n := when(it.Issue); y == 0 && n == 0 {
		return 1
	}
	return 0
}

// nameItems gives each item a unique Name: its baseName where that is
// unique, otherwise its file name, otherwise its Path. Every item of a
// clash moves up a level until no two names are the same; Paths are
// unique, so this ends.
func nameItems(items []Item) {
	level := make([]int, len(items))
	name := func(i int) string {
		var n string
		switch level[i] {
		case 0:
			n = parser.BaseName(items[i].Path)
		case 1:
			n = filepath.Base(items[i].Path)
		default:
			n = items[i].Path
		}
		if items[i].Part > 0 {
			n += "#" + strconv.Itoa(items[i].Part+1)
		}
		return n
	}
	for {
		byName := map[string][]int{}
		for i := range items {
			n := name(i)
			byName[n] = append(byName[n], i)
		}
		clash := false
		for _, is := range byName {
			if len(is) < 2 {
				continue
			}
			for _, i := range is {
				if level[i] < 2 {
					level[i]++
					clash = true
				}
			}
		}
		if !clash {
			break
		}
	}
	for i := range items {
		items[i].Name = name(i)
	}
}

// result is what reading one file gave.
type result struct {
	gone   bool // not there (or no longer a file): no item
	issues []*model.Issue
	err    error
	mod    time.Time
	sum    uint64
	key    string // model.SourceKey of the bytes
}

// entry makes the entry for path p from r; old is the entry held before,
// if any, whose good copy a failed read keeps.
func (r result) entry(p string, old *entry) *entry {
	e := &entry{sum: r.sum}
	if r.err != nil {
		e.err = r.err.Error()
		if old == nil || old.items[0].Issue == nil {
			e.items = []Item{{Path: p, Err: r.err}}
			return e
		}
		for _, it := range old.items {
			it.Err = r.err
			e.items = append(e.items, it)
		}
		return e
	}
	for i, iss := range r.issues {
		key := r.key
		if i > 0 {
			key += fmt.Sprintf("-%d", i)
		}
		e.items = append(e.items, Item{Path: p, Part: i, Issue: iss, Mod: r.mod, Key: key})
	}
	return e
}

// readAll reads and parses paths with up to GOMAXPROCS workers.
func (l *Library) readAll(paths []string) []result {
	res := make([]result, len(paths))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(paths)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(paths) {
					return
				}
				res[i] = l.read(paths[i])
			}
		})
	}
	wg.Wait()
	return res
}

// read reads and parses one file with parser.ReadFile, as the command
// line does: errors are one line, naming the file.
func (l *Library) read(p string) result {
	fail := func(err error) result { return result{err: fmt.Errorf("%s: %w", parser.DisplayName(p), err)} }
	// Stat before reading: opening a FIFO would block until a writer came.
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return result{gone: true}
		}
		return fail(unwrapAll(err))
	}
	if st.IsDir() {
		return result{gone: true}
	}
	if !st.Mode().IsRegular() {
		return fail(errors.New("not a regular file"))
	}
	f, err := parser.ReadFile(p, nil)
	if errors.Is(err, fs.ErrNotExist) {
		return result{gone: true} // removed since the Stat
	}
	if err != nil {
		return result{err: err}
	}
	return result{issues: f.Issues, mod: f.Mod, sum: maphash.Bytes(l.seed, f.Src), key: model.SourceKey(f.Src)}
}

// pathError words a failure to list a path given to Load.
func pathError(p string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: no such file or directory", parser.DisplayName(p))
	}
	return fmt.Errorf("%s: %w", parser.DisplayName(p), unwrapAll(err))
}

// unwrapAll strips the path and operation that *fs.PathError adds, so
// that a message names a file once.
func unwrapAll(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
