package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui/layout"
)

// The commands that print what the parser found, for scripts. Text from
// the file goes through layout.Clean on its way out: stdout may be a
// terminal.

func (c *cli) tocCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "toc [FILE]",
		Short: "Print the table of contents with dates and pages",
		Long: `Print the table of contents of FILE (the built-in sample issue without
one): the issue's header, then each section with its number and entry
count, and each entry with its date and printed page. The dates are
MM-DD, or MM-DD..MM-DD for a range; a range that crosses into another
year has both dates in full.`,
		Args: nArgs(0, 1, "at most one FILE"),
		RunE: does(c.toc),
	}
}

func (c *cli) toc(args []string) error {
	issues, _, err := c.loadOrSample(args)
	if err != nil {
		return err
	}
	var b strings.Builder
	for i, iss := range issues {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(model.FormatTOC(iss))
	}
	if _, err := io.WriteString(c.stdout, layout.Clean(b.String())); err != nil {
		return writeError(err)
	}
	return nil
}

func (c *cli) jsonCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "json FILE",
		Short: "Print the parsed issue as JSON",
		Long: `Print the issue in FILE as JSON, with null where a value is unknown; a
file that holds several issues prints an array of them. README.md lists
the fields.`,
		Args: nArgs(1, 1, "one FILE"),
		RunE: does(c.json),
	}
}

// json prints the issues in the published JSON form: an object for one,
// an array for several. It streams: the document is never held whole,
// which on a large file would cost several times the parsed issue.
func (c *cli) json(args []string) error {
	// Nearly all the parse allocates stays: it is the model, written out
	// and dropped when the process ends. A collection at every doubling of
	// the heap finds little to free; at 400% the generated chronicle's
	// whole run took 58-116 ms (median 64) against 64-165 (median 77) in
	// 30 runs alternating, and the peak on a 60 MB file grew from 145 to
	// 153 MB. Restored for in-process callers.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	issues, err := c.load(args[0])
	if err != nil {
		return err
	}
	return writeJSON(c.stdout, issues)
}

// writeJSON writes straight to w: WriteJSON gathers its output in pieces
// of its own, which a bufio.Writer around w would only copy again.
func writeJSON(w io.Writer, issues []*model.Issue) error {
	if err := model.WriteJSON(w, issues...); err != nil {
		return writeError(err)
	}
	return nil
}

func (c *cli) peopleCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "people FILE | DIR | FILE...",
		Short: "List the people named: name<TAB>role<TAB>entries",
		Long: `List the people named in FILE, one a line, most mentioned first:
name<TAB>role<TAB>number of entries. Names come from the text itself
(role + name, lists after 市领导 or 出席, titles); precision comes before
recall. A file that holds several issues gets a "# header" line before
each issue's people.

Across an archive (a directory, or several files), one line a person:
name<TAB>roles<TAB>entries<TAB>issues, each role once with the newest
issue that gives it (roles change: 市长 one year, 市委书记 the next):
李明俊<TAB>市委书记（2024年第1期）、市长（2023年第12期）<TAB>41<TAB>3.`,
		Args: nArgs(1, -1, "a FILE, a DIR or several FILEs"),
		RunE: does(c.people),
	}
}

func (c *cli) people(args []string) error {
	if isLibrary(args) {
		return c.peopleAcross(args)
	}
	issues, err := c.load(args[0])
	if err != nil {
		return err
	}
	var b strings.Builder
	for i, iss := range issues {
		if len(issues) > 1 {
			if i > 0 {
				b.WriteByte('\n')
			}
			fmt.Fprintf(&b, "# %s\n", field(iss.Header()))
		}
		// Each field cleaned on its own: cleaning the lines would turn
		// the tabs between the fields into spaces.
		_ = people.Format(&b, people.Index(iss), layout.Clean)
	}
	if _, err := io.WriteString(c.stdout, b.String()); err != nil {
		return writeError(err)
	}
	return nil
}

func (c *cli) checkCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "List parser warnings as file:line: message; exit 1 if any",
		Long: `List what the parser could not place with certainty in each FILE, one
warning a line as file:line: message (file: message for one about the
whole file), as compilers do, so that editors and CI can point at it.
Exit status 1 if there is any warning, 2 if a file does not load (the
others are still checked), else 0.`,
		Args: nArgs(1, -1, "one FILE or more"),
		RunE: does(c.check),
	}
}

func (c *cli) check(paths []string) error {
	code := 0
	for _, path := range paths {
		issues, err := c.load(path)
		if err != nil {
			fmt.Fprintf(c.stderr, "yuebao: %v\n", err)
			code = 2
			continue
		}
		name := parser.DisplayName(path)
		var b strings.Builder
		for _, iss := range issues {
			for _, w := range iss.Warnings {
				if w.Line == 0 { // about the file as a whole
					fmt.Fprintf(&b, "%s: %s\n", name, w.Message)
				} else {
					fmt.Fprintf(&b, "%s:%d: %s\n", name, w.Line, w.Message)
				}
				if code == 0 {
					code = 1
				}
			}
		}
		if _, err := io.WriteString(c.stdout, b.String()); err != nil {
			return writeError(err)
		}
	}
	if code != 0 {
		return status(code)
	}
	return nil
}

// peopleAcross lists the people of every issue in paths, gathered.
func (c *cli) peopleAcross(paths []string) error {
	if anyDir(paths) {
		return c.peopleArchive(paths)
	}
	lib, err := library.Load(paths)
	if err != nil {
		return err
	}
	var issues []people.Issue
	for _, it := range lib.Snapshot() {
		if it.Issue == nil {
			fmt.Fprintf(c.stderr, "yuebao: %v\n", it.Err) // not read, said once
			continue
		}
		label := it.Issue.Label()
		if label == "" {
			label = it.Name
		}
		issues = append(issues, people.Issue{Label: label, People: people.Index(it.Issue)})
	}
	var b strings.Builder
	_ = people.FormatAcross(&b, people.Across(issues), layout.Clean)
	if _, err := io.WriteString(c.stdout, b.String()); err != nil {
		return writeError(err)
	}
	return nil
}

// peopleArchive is peopleAcross on the archive's index, brought up to
// date first.
func (c *cli) peopleArchive(paths []string) error {
	db, cat, err := c.openCatalogue(paths)
	if err != nil {
		return err
	}
	defer db.Close()
	ips, err := db.People(cat)
	if err != nil {
		return err
	}
	issues := make([]people.Issue, len(ips))
	for i, ip := range ips {
		issues[i] = ip.Issue
	}
	var b strings.Builder
	_ = people.FormatAcross(&b, people.Across(issues), layout.Clean)
	if _, err := io.WriteString(c.stdout, b.String()); err != nil {
		return writeError(err)
	}
	return nil
}
