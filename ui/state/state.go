// Package state remembers where a reader left each issue, so that
// reopening it returns there: a Store of Places, by key.
//
// Files keeps one small file per issue under $XDG_STATE_HOME/yuebao
// (~/.local/state/yuebao), named by the key (model.SourceKey: a hash of the
// issue's bytes, so that an edited file is a new issue). Files are written to a
// temporary name and renamed, so a crash leaves the old place or the new
// one, never half of one. Memory keeps places in memory, as the SSH
// server does for each public key.
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Place is where a reader was in an issue: the entry shown (section and
// entry index) and how far it was scrolled. The title guards against a
// changed issue. Sec < 0: nothing was open.
type Place struct {
	Sec, Ent, Offset int
	Title            string
}

// Mark is an entry a reader marked to come back to, or to cite: where
// it is (Sec, Ent, with its title to check that it still is) and how it
// is cited, kept with it so that the marks print without the issue.
type Mark struct {
	Sec, Ent    int
	Title, Cite string
	// Year, Number and Total are the (2023, 第11期, 总第215期), so
	// that every issue's marks print newest issue first without the
	// issues; 0 where unknown, and in marks kept before they were.
	Year, Number, Total int
}

// Store keeps places and marks by key. Implementations are safe for
// concurrent use.
type Store interface {
	Load(key string) (Place, bool)
	Save(key string, p Place) error
	Marks(key string) []Mark
	SaveMarks(key string, ms []Mark) error
}

// XDG is the directory an XDG base-directory variable names, with
// yuebao appended, or else home's fallback (.local/state, say). As the
// specification says, a relative value is not a directory: it is
// ignored, here and for every variable the program reads.
func XDG(env string, fallback ...string) (string, error) {
	if dir := os.Getenv(env); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "yuebao"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no $%s and no home directory: %w", env, err)
	}
	return filepath.Join(append(append([]string{home}, fallback...), "yuebao")...), nil
}

// Dir is where Files keeps places by default.
func Dir() (string, error) {
	d, err := XDG("XDG_STATE_HOME", ".local", "state")
	if err != nil {
		return "", fmt.Errorf("state: %w", err)
	}
	return d, nil
}

// Files is a Store of one file per key in a directory, made when the
// first place is saved.
type Files struct{ Dir string }

type record struct {
	Section int    `json:"section"`
	Entry   int    `json:"entry"`
	Offset  int    `json:"offset"`
	Title   string `json:"title"`
}

func (f Files) path(key string) string { return filepath.Join(f.Dir, key+".json") }

// Load returns the place saved for key, if there is a readable one.
func (f Files) Load(key string) (Place, bool) {
	if !validKey(key) {
		return Place{}, false
	}
	data, err := os.ReadFile(f.path(key))
	if err != nil {
		return Place{}, false
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return Place{}, false
	}
	return Place{Sec: r.Section, Ent: r.Entry, Offset: r.Offset, Title: r.Title}, true
}

// Save records p for key, atomically. A place with nothing open is not
// saved.
func (f Files) Save(key string, p Place) error {
	if p.Sec < 0 {
		return nil
	}
	if !validKey(key) {
		return fmt.Errorf("state: key %q is not a file name", key)
	}
	data, err := json.Marshal(record{Section: p.Sec, Entry: p.Ent, Offset: p.Offset, Title: p.Title})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return f.write(key+".json", data)
}

// write puts data in the file name of the directory, atomically: to a
// temporary name, then renamed over it.
func (f Files) write(name string, data []byte) error {
	if err := os.MkdirAll(f.Dir, 0o700); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	tmp, err := os.CreateTemp(f.Dir, name+".*.tmp")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("state: write %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(f.Dir, name)); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("state: %w", err)
	}
	return nil
}

// markRecord is a mark as kept; the numbers are left out when
// unknown, and a file without them (written before they were) reads.
type markRecord struct {
	Section int    `json:"section"`
	Entry   int    `json:"entry"`
	Title   string `json:"title"`
	Cite    string `json:"cite"`
	Year    int    `json:"year,omitempty"`
	Number  int    `json:"number,omitempty"`
	Total   int    `json:"total,omitempty"`
}

const marksSuffix = ".marks.json"

// Marks returns the marks saved for key, in the order they were made.
func (f Files) Marks(key string) []Mark {
	if !validKey(key) {
		return nil
	}
	return readMarks(filepath.Join(f.Dir, key+marksSuffix))
}

func readMarks(path string) []Mark {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var rs []markRecord
	if err := json.Unmarshal(data, &rs); err != nil {
		return nil
	}
	ms := make([]Mark, len(rs))
	for i, r := range rs {
		ms[i] = Mark{Sec: r.Section, Ent: r.Entry, Title: r.Title, Cite: r.Cite, Year: r.Year, Number: r.Number, Total: r.Total}
	}
	return ms
}

// SaveMarks records the marks for key, atomically; none removes the file.
func (f Files) SaveMarks(key string, ms []Mark) error {
	if !validKey(key) {
		return fmt.Errorf("state: key %q is not a file name", key)
	}
	path := filepath.Join(f.Dir, key+marksSuffix)
	if len(ms) == 0 {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("state: %w", err)
		}
		return nil
	}
	rs := make([]markRecord, len(ms))
	for i, m := range ms {
		rs[i] = markRecord{Section: m.Sec, Entry: m.Ent, Title: m.Title, Cite: m.Cite, Year: m.Year, Number: m.Number, Total: m.Total}
	}
	data, err := json.MarshalIndent(rs, "", "  ")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return f.write(key+marksSuffix, data)
}

// AllMarks returns every issue's marks in the directory, by key.
func (f Files) AllMarks() map[string][]Mark {
	out := map[string][]Mark{}
	paths, _ := filepath.Glob(filepath.Join(f.Dir, "*"+marksSuffix))
	for _, p := range paths {
		if ms := readMarks(p); len(ms) > 0 {
			out[strings.TrimSuffix(filepath.Base(p), marksSuffix)] = ms
		}
	}
	return out
}

// validKey keeps a key inside the directory.
func validKey(key string) bool {
	return key != "" && !strings.ContainsAny(key, `/\`) && key != "." && key != ".."
}

// Memory is a Store in memory, bounded: past Max places (default 10,000)
// an arbitrary old one is forgotten.
type Memory struct {
	Max int

	mu    sync.Mutex
	m     map[string]Place
	marks map[string][]Mark
}

func (s *Memory) Load(key string) (Place, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.m[key]
	return p, ok
}

func (s *Memory) Marks(key string) []Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Mark(nil), s.marks[key]...)
}

func (s *Memory) SaveMarks(key string, ms []Mark) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.marks == nil {
		s.marks = map[string][]Mark{}
	}
	if len(ms) == 0 {
		delete(s.marks, key)
		return nil
	}
	if _, ok := s.marks[key]; !ok && len(s.marks) >= s.max() {
		for k := range s.marks {
			delete(s.marks, k)
			break
		}
	}
	s.marks[key] = append([]Mark(nil), ms...)
	return nil
}

func (s *Memory) max() int {
	if s.Max <= 0 {
		return 10000
	}
	return s.Max
}

func (s *Memory) Save(key string, p Place) error {
	if p.Sec < 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]Place{}
	}
	max := s.Max
	if max <= 0 {
		max = 10000
	}
	if _, ok := s.m[key]; !ok && len(s.m) >= max {
		for k := range s.m {
			delete(s.m, k)
			break
		}
	}
	s.m[key] = p
	return nil
}

// Prefixed is s with every key prefixed: one reader's (over SSH, one
// public key's) part of a shared store.
func Prefixed(s Store, prefix string) Store { return prefixed{s, prefix} }

type prefixed struct {
	s      Store
	prefix string
}

func (p prefixed) Load(key string) (Place, bool)   { return p.s.Load(p.prefix + key) }
func (p prefixed) Save(key string, pl Place) error { return p.s.Save(p.prefix+key, pl) }
func (p prefixed) Marks(key string) []Mark         { return p.s.Marks(p.prefix + key) }
func (p prefixed) SaveMarks(key string, ms []Mark) error {
	return p.s.SaveMarks(p.prefix+key, ms)
}
