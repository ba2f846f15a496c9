package main

import (
	"fmt"
	"io"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// manCmd prints the man page of root, generated from the same commands
// and flags as --help, so that the two never disagree.
func (c *cli) manCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (roff): yuebao man > yuebao.1",
		Long: `Print the man page, in roff, generated from the commands and flags that
--help describes. Install it where man looks, for instance:

  yuebao man > ~/.local/share/man/man1/yuebao.1`,
		Args: nArgs(0, 0, "no arguments"),
		RunE: does(func([]string) error { return writeMan(c.stdout, root) }),
	}
}

func writeMan(w io.Writer, root *cobra.Command) error {
	page, err := mcobra.NewManPage(1, root)
	if err != nil {
		return fmt.Errorf("man page: %w", err)
	}
	page = page.
		WithLongDescription(paragraphs(root.Long)).
		WithSection("Environment", "COLUMNS: the width of piped text when --width is not given. "+
			"RUNEWIDTH_EASTASIAN=1: count East Asian Ambiguous characters as two cells. "+
			"NO_COLOR: no colours in the reader. "+
			"XDG_STATE_HOME: where the reader remembers its place (yuebao/ under it). "+
			"XDG_DATA_HOME: where yuebao serve keeps its host key.").
		WithSection("See also", "ssh(1); README.md in the source.")
	if _, err := io.WriteString(w, page.Build(roff.NewDocument())); err != nil {
		return writeError(err)
	}
	return nil
}

// paragraphs rejoins text wrapped for --help into one line a paragraph:
// roff fills the lines itself, and the generator makes every line break
// a paragraph of its own. Indented lines (examples) stay as they are.
func paragraphs(text string) string {
	paras := strings.Split(text, "\n\n")
	for i, p := range paras {
		if !strings.HasPrefix(p, "  ") {
			paras[i] = strings.ReplaceAll(p, "\n", " ")
		}
	}
	return strings.Join(paras, "\n")
}
