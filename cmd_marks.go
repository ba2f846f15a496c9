package main

import (
	"fmt"
	"slices"
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
issue's marks kept under $XDG_STATE_HOME/yuebao.`,
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
		keys := make([]string, 0, len(all))
		for k := range all {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
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
