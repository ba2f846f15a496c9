package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/search"
)

// searchFlags narrow a search.
type searchFlags struct {
	from, to string
	place    string
	on       string // MM-DD: on this day in any year
	json     bool
	memory   bool // parse the files instead of using the index
}

// searchCmd searches every issue given, as the reader's filter does, for
// scripts.
func (c *cli) searchCmd() *cobra.Command {
	var f searchFlags
	cmd := &cobra.Command{
		Use:   "search QUERY [PATH...]",
		Short: "Search issues as the filter does; print one match a line",
		Long: `Search the issues in PATH (files or directories; the built-in sample
without one) as the reader's filter does — Chinese or pinyin, full or
initials, width, case and spaces folded — and print one match a line,
newest issue first, title matches before text ones:

    date<TAB>citation<TAB>title

or, with --json, one JSON object a line. --from and --to keep the entries
whose date overlaps the range (2021, 2021-03 or 2021-03-05; an entry
whose year the issue does not give takes the issue's); --on keeps the
entries of one day of the year in any year (MM-DD, or today: what
happened on this day); --place keeps the issues whose title or compiler
contains the words given.

When a PATH is a directory (or --db is given), the search runs on the
archive's index (see yuebao index), brought up to date first: only files
that changed are parsed. --memory parses every file instead.`,
		Example: `  yuebao search 李明俊 issues/
  yuebao search lmj --from 2023-11 --to 2023-11-15 issues/
  yuebao search 供暖 --json 2023-11.md`,
		Args: nArgs(1, -1, "a QUERY and the PATHs to search"),
	}
	cmd.RunE = does(func(args []string) error { return c.search(args[0], args[1:], f) })
	cmd.Flags().StringVar(&f.from, "from", "", "only entries dated on or after this (2021, 2021-03, 2021-03-05)")
	cmd.Flags().StringVar(&f.to, "to", "", "only entries dated on or before this")
	cmd.Flags().StringVar(&f.place, "place", "", "only issues whose title or compiler contains this")
	cmd.Flags().StringVar(&f.on, "on", "", "only entries of this day in any year: MM-DD, or today")
	cmd.Flags().BoolVar(&f.json, "json", false, "one JSON object a line instead of tab-separated text")
	cmd.Flags().BoolVar(&f.memory, "memory", false, "parse the files instead of using the index")
	return cmd
}

// searchHit is one match as --json prints it.
type searchHit struct {
	Date    string `json:"date"`
	Issue   string `json:"issue"`
	Section string `json:"section"`
	Title   string `json:"title"`
	Page    *int   `json:"page"`
	Cite    string `json:"cite"`
	Path    string `json:"path"`
}

func (c *cli) search(query string, paths []string, f searchFlags) error {
	from, err := dateBound(f.from, false)
	if err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	to, err := dateBound(f.to, true)
	if err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	month, day, err := dayOfYear(f.on, time.Now())
	if err != nil {
		return fmt.Errorf("--on: %w", err)
	}
	if !f.memory && (c.db != "" || anyDir(paths)) {
		return c.searchArchive(archive.Query{Text: query, From: from, To: to, Month: month, Day: day, Place: f.place}, paths, f)
	}
	docs, err := c.searchDocs(paths)
	if err != nil {
		return err
	}
	var hits []searchHit
	for _, d := range docs {
		iss := d.Issue
		if iss == nil || f.place != "" && !strings.Contains(search.Fold(iss.Title+" "+iss.Compiler), search.Fold(f.place)) {
			continue
		}
		for _, h := range d.Index().Filter(query) {
			e := iss.Entry(h.Ref())
			span := archive.Span(e)
			if !from.IsZero() && (span.IsZero() || span.End.Before(from)) || !to.IsZero() && (span.IsZero() || to.Before(span.Start)) {
				continue
			}
			if month != 0 && !archive.SpansDay(span, month, day) {
				continue
			}
			hits = append(hits, newHit(span, iss.Label(), iss.SectionName(h.Sec), e.DisplayTitle(),
				strings.TrimPrefix(ui.Citation(iss, e), "——"), d.Path, e.Page))
		}
	}
	return c.printHits(hits, f.json)
}

// newHit is a match as both searches give it.
func newHit(date model.DateRange, issue, section, title, cite, path string, page int) searchHit {
	h := searchHit{Date: date.String(), Issue: issue, Section: section, Title: title, Cite: cite, Path: path}
	if page != 0 {
		h.Page = &page
	}
	return h
}

// printHits prints one match a line: date<TAB>citation<TAB>title, or a
// JSON object.
func (c *cli) printHits(hits []searchHit, asJSON bool) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		if !asJSON {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", h.Date, field(h.Cite), field(h.Title))
			continue
		}
		if err := enc.Encode(h); err != nil {
			return fmt.Errorf("search: %w", err)
		}
	}
	if _, err := c.stdout.Write([]byte(b.String())); err != nil {
		return writeError(err)
	}
	return nil
}

// anyDir tells whether one of paths is a directory.
func anyDir(paths []string) bool {
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return true
		}
	}
	return false
}

// searchArchive searches the archive's index, updated first, of paths.
func (c *cli) searchArchive(q archive.Query, paths []string, f searchFlags) error {
	db, cat, err := c.openCatalogue(paths)
	if err != nil {
		return err
	}
	defer db.Close()
	found, err := db.Search(context.Background(), cat, q)
	if err != nil {
		return err
	}
	hits := make([]searchHit, len(found))
	for i, h := range found {
		hits[i] = newHit(h.Date, h.Issue.Label, h.Section, h.DisplayTitle(), h.Issue.Cite(h.Page), h.Issue.Path, h.Page)
	}
	return c.printHits(hits, f.json)
}

// searchDocs loads the issues of paths, newest first (the built-in sample
// without any).
func (c *cli) searchDocs(paths []string) ([]*ui.Doc, error) {
	if len(paths) == 0 {
		issues, err := parser.ParseAll(sample)
		if err != nil {
			return nil, fmt.Errorf("the built-in sample: %w", err)
		}
		docs := make([]*ui.Doc, len(issues))
		for i, iss := range issues {
			docs[i] = ui.NewDoc("pingdingshan-2023-11", "", iss, nil)
		}
		return docs, nil
	}
	lib, err := library.Load(paths)
	if err != nil {
		return nil, err
	}
	var docs []*ui.Doc
	for _, it := range lib.Snapshot() {
		if it.Err != nil && it.Issue == nil {
			fmt.Fprintf(c.stderr, "yuebao: %v\n", it.Err) // not searched, said once
			continue
		}
		docs = append(docs, ui.NewDoc(it.Name, it.Path, it.Issue, it.Err))
	}
	return docs, nil
}

// dayOfYear reads --on: MM-DD, or "today" (as now gives it); 0, 0 for
// none.
func dayOfYear(s string, now time.Time) (month, day int, err error) {
	switch s {
	case "":
		return 0, 0, nil
	case "today":
		return int(now.Month()), now.Day(), nil
	}
	if _, err := fmt.Sscanf(s, "%d-%d", &month, &day); err != nil || month < 1 || month > 12 || day < 1 || day > 31 {
		return 0, 0, fmt.Errorf("%q is not a day: want MM-DD or today", s)
	}
	return month, day, nil
}

// dateBound reads 2021, 2021-03 or 2021-03-05 as the first day it covers,
// or the last (for --to).
func dateBound(s string, last bool) (model.Date, error) {
	if s == "" {
		return model.Date{}, nil
	}
	parts := strings.Split(s, "-")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(parts) > 3 {
			return model.Date{}, fmt.Errorf("%q is not a date: want 2021, 2021-03 or 2021-03-05", s)
		}
		nums[i] = n
	}
	y, m, d := nums[0], 1, 1
	if last {
		m, d = 12, 31
	}
	if len(nums) > 1 {
		m = nums[1]
		if last {
			d = 31 // Before compares by day: 31 is after every day of the month
		}
	}
	if len(nums) > 2 {
		d = nums[2]
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return model.Date{}, fmt.Errorf("%q is not a date", s)
	}
	return model.MakeDate(y, m, d), nil
}
