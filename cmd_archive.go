package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/log"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui"
)

// readArchive opens the picker over the issues in paths (one of them a
// directory) on the archive's index, brought up to date first (with
// progress on the terminal when there is much to parse); piped, it lists
// them as readLibrary does.
func (c *cli) readArchive(paths []string, wide bool, measure int) error {
	db, err := openArchive(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if _, err := db.Update(ctx, paths, c.readerProgress()); err != nil {
		return err
	}
	stop()
	cat, err := db.Catalogue(paths)
	if err != nil {
		return err
	}
	if len(cat.Issues)+len(cat.Errors) == 0 {
		return fmt.Errorf("%s: no issue files (*.md, *.txt)", strings.Join(paths, ", "))
	}
	docs, arch := archiveDocs(db, cat)
	return c.pick(paths, docs, arch, wide, measure)
}

// archiveDocs makes the picker's issues from the archive's catalogue,
// newest first, each parsed only when opened, and what searches them on
// the index.
func archiveDocs(db *archive.DB, cat *archive.Catalogue) ([]*ui.Doc, ui.Archive) {
	docs := make([]*ui.Doc, 0, len(cat.Issues)+len(cat.Errors))
	shelf := make(map[int64]int, len(cat.Issues))
	for i := range cat.Issues {
		is := &cat.Issues[i]
		sum := ui.Summary{Label: is.Label, Title: is.Title, Year: is.Year, Number: is.Number, Entries: is.Entries, Warnings: is.Warnings,
			Header: model.Header(is.Title, is.Label, is.Published)}
		path, part, name := is.Path, is.Part, is.Name
		d := ui.NewLazyDoc(name, path, sum, func() (*model.Issue, error) {
			f, err := parser.ReadFile(path, nil)
			if err != nil {
				return nil, err
			}
			if part >= len(f.Issues) {
				return nil, fmt.Errorf("%s: the file has changed: issue %d of it is gone", parser.DisplayName(path), part+1)
			}
			iss := f.Issues[part]
			iss.Name = name
			return iss, nil
		})
		d.Key = is.Hash
		if part > 0 {
			d.Key += fmt.Sprintf("-%d", part)
		}
		shelf[is.Key] = len(docs)
		docs = append(docs, d)
	}
	for _, fe := range cat.Errors {
		docs = append(docs, ui.NewDoc(parser.BaseName(fe.Path), fe.Path, nil, fmt.Errorf("%s", fe.Err)))
	}
	return docs, &pickerArchive{db: db, cat: cat, shelf: shelf}
}

// pickerArchive is the picker's search on the archive's index.
type pickerArchive struct {
	db    *archive.DB
	cat   *archive.Catalogue
	shelf map[int64]int // issue key → index of its Doc
}

func (a *pickerArchive) People() ([]ui.Person, error) {
	ips, err := a.db.People(a.cat)
	if err != nil {
		return nil, err
	}
	issues := make([]people.Issue, len(ips))
	roles := map[string]map[int]string{}
	for i, ip := range ips {
		issues[i] = ip.Issue
		shelf := a.shelf[ip.Key]
		for _, p := range ip.People {
			if roles[p.Name] == nil {
				roles[p.Name] = map[int]string{}
			}
			roles[p.Name][shelf] = p.Role
		}
	}
	careers := people.Across(issues)
	out := make([]ui.Person, len(careers))
	for i, c := range careers {
		out[i] = ui.Person{Career: c, Roles: roles[c.Name]}
	}
	return out, nil
}

func (a *pickerArchive) Search(ctx context.Context, query string, limit int) ([]ui.ArchiveHit, error) {
	hits, err := a.db.Search(ctx, a.cat, archive.Query{Text: query, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]ui.ArchiveHit, 0, len(hits))
	for _, h := range hits {
		e := model.Entry{Title: h.Title, Page: h.Page, Date: h.Date}
		for p := range strings.SplitSeq(h.Text, archive.ParagraphSep) {
			e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: p})
		}
		out = append(out, ui.ArchiveHit{Doc: a.shelf[h.Issue.Key], Ref: h.Ref(), InTitle: h.InTitle, Section: h.Section, Entry: e})
	}
	return out, nil
}

// catalogueSource is what yuebao serve DIR serves: the archive's issues
// as a session starting now sees them, refreshed after each update of
// the index. A Doc is kept across refreshes while its file's bytes are
// the same, so that an issue a reader opened stays parsed, once, for
// every session.
type catalogueSource struct {
	db    *archive.DB
	paths []string

	mu   sync.Mutex
	docs []*ui.Doc
	arch ui.Archive
	kept map[string]*ui.Doc // by path, part and hash
}

func (c *cli) openCatalogueSource(paths []string, logger *log.Logger) (*catalogueSource, error) {
	db, err := openArchive(c.db)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	st, err := db.Update(context.Background(), paths, func(done, total int) {
		if done > 0 && done%1000 == 0 {
			logger.Info("indexing", "files", done, "of", total)
		}
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	logger.Info("archive", "path", db.Path(), "issues", st.Issues, "parsed", st.Parsed, "failed", st.Failed,
		"took", time.Since(start).Round(time.Millisecond))
	cs := &catalogueSource{db: db, paths: paths, kept: map[string]*ui.Doc{}}
	if err := cs.refresh(); err != nil {
		db.Close()
		return nil, err
	}
	return cs, nil
}

// refresh reads the catalogue again.
func (cs *catalogueSource) refresh() error {
	cat, err := cs.db.Catalogue(cs.paths)
	if err != nil {
		return err
	}
	docs, arch := archiveDocs(cs.db, cat)
	cs.mu.Lock()
	defer cs.mu.Unlock()
	kept := make(map[string]*ui.Doc, len(cat.Issues))
	for i := range cat.Issues {
		is := &cat.Issues[i]
		k := fmt.Sprintf("%s\x00%d\x00%s", is.Path, is.Part, is.Hash)
		if old := cs.kept[k]; old != nil && old.Name == docs[i].Name {
			docs[i] = old
		}
		kept[k] = docs[i]
	}
	cs.docs, cs.arch, cs.kept = docs, arch, kept
	return nil
}

// get is serve.Config.Catalogue.
func (cs *catalogueSource) get() ([]*ui.Doc, ui.Archive) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.docs, cs.arch
}
