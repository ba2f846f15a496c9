package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui"
)

// archiveDocs makes the picker's issues from the archive's catalogue,
// newest first, each parsed only when opened, and what searches them on
// the index.
func archiveDocs(db *archive.DB, cat *archive.Catalogue) ([]*ui.Doc, ui.Archive) {
	docs := make([]*ui.Doc, 0, len(cat.Issues)+len(cat.Errors))
	shelf := make(map[int64]int, len(cat.Issues))
	for i := range cat.Issues {
		is := &cat.Issues[i]
		sum := ui.Summary{Label: is.Label, Title: is.Title, Number: is.Number, Entries: is.Entries, Warnings: is.Warnings,
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

func (a *pickerArchive) Search(query string, limit int) ([]ui.ArchiveHit, error) {
	hits, err := a.db.Search(context.Background(), a.cat, archive.Query{Text: query, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := make([]ui.ArchiveHit, 0, len(hits))
	for _, h := range hits {
		e := model.Entry{Title: h.Title, Page: h.Page, Date: h.Date}
		for p := range strings.SplitSeq(h.Text, "\n") {
			e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: p})
		}
		out = append(out, ui.ArchiveHit{Doc: a.shelf[h.Issue.Key], Ref: h.Ref(), InTitle: h.InTitle, Section: h.Section, Entry: e})
	}
	return out, nil
}
