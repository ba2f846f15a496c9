package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui/state"
)

// marksCmd prints the entries marked in the reader (m), with their
// citations, for pasting into a document.
func (c *cli) marksCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "marks [FILE | DIR | FILE...]",
		Short: "Print the entries marked in the reader, with their citations",
		Long: `Print the entries marked in the reader (m marks the open entry), one a
line with its citation, for pasting into a document:
陈向平到叶县调研——《平顶山月报》2023年第11期（总第215期），第14页.

With FILE, the marks of that issue, in the order they were made; with a
folder or several files, those of each issue in them, newest issue first
(a file that is not an issue is said on stderr); without one, every
issue's marks kept under $XDG_STATE_HOME/yuebao, newest issue first.`,
		Args: cobra.ArbitraryArgs,
		RunE: does(c.marks),
	}
}

func (c *cli) marks(args []string) error {
	dir, err := state.Dir()
	if err != nil {
		return err
	}
	store := state.Files{Dir: dir}
	var b strings.Builder
	if len(args) == 0 {
		all := store.AllMarks()
		for _, k := range newestFirst(all) {
			for _, m := range all[k] {
				fmt.Fprintln(&b, field(m.Cite))
			}
		}
	}
	if len(args) == 1 && !isLibrary(args) {
		f, err := parser.ReadFile(args[0], c.stdin)
		if err != nil {
			return err
		}
		key := model.SourceKey(f.Src)
		for i := range f.Issues {
			k := key
			if i > 0 {
				k += fmt.Sprintf("-%d", i) // as the library keys a file's later issues
			}
			for _, m := range store.Marks(k) {
				fmt.Fprintln(&b, field(m.Cite))
			}
		}
	} else if len(args) > 0 {
		// A folder or several files: the issues as the picker finds them,
		// newest first, keyed as it keys them; a file that is not an
		// issue is said on stderr and the others printed.
		lib, err := library.Load(args)
		if err != nil {
			return err
		}
		for _, it := range lib.Snapshot() {
			if it.Issue == nil {
				fmt.Fprintf(c.stderr, "yuebao: %v\n", it.Err)
				continue
			}
			for _, m := range store.Marks(it.Key) {
				fmt.Fprintln(&b, field(m.Cite))
			}
		}
	}
	if _, err := c.stdout.Write([]byte(b.String())); err != nil {
		return writeError(err)
	}
	return nil
}

// newestFirst orders the keys of every issue's marks as the picker
// orders issues: newest first, by year, number and total; the keys whose
// marks do not say their issue last, by key, so that the order is the
// same from one run to the next.
func newestFirst(all map[string][]state.Mark) []string {
	type issue struct {
		key   string
		n     [3]int // year, number, total
		known bool
	}
	is := make([]issue, 0, len(all))
	for k, ms := range all {
		n, ok := issueOf(ms)
		is = append(is, issue{k, n, ok})
	}
	slices.SortFunc(is, func(a, b issue) int {
		if a.known != b.known {
			if a.known {
				return -1
			}
			return 1
		}
		for i := range a.n {
			if c := b.n[i] - a.n[i]; c != 0 {
				return c
			}
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, len(is))
	for i, x := range is {
		keys[i] = x.key
	}
	return keys
}

// citedIssue finds the issue in a citation (——《平顶山月报》2023年第11期（总
// 第215期），第14页), for marks kept before they said their issue.
var citedIssue = regexp.MustCompile(`(\d{4})年第(\d+)期(?:（总第(\d+)期）)?`)

// issueOf is the issue an issue's marks are in: as a mark says it, else
// as its citation does (the last match: a title may hold one too).
func issueOf(ms []state.Mark) ([3]int, bool) {
	for _, m := range ms {
		if m.Year != 0 || m.Number != 0 {
			return [3]int{m.Year, m.Number, m.Total}, true
		}
	}
	for _, m := range ms {
		if all := citedIssue.FindAllStringSubmatch(m.Cite, -1); len(all) > 0 {
			var n [3]int
			for i, s := range all[len(all)-1][1:] {
				n[i], _ = strconv.Atoi(s) // "" (no total) is 0
			}
			return n, true
		}
	}
	return [3]int{}, false
}
