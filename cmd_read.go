package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"

	"github.com/yuebao/yuebao/internal/hugeheap"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/plain"
	"github.com/yuebao/yuebao/ui/state"
)

// readFlags are the reader's options.
type readFlags struct {
	ambiguous string
	width     int
	measure   int
}

// measureOption turns --measure into ui's Measure: 0 or less is the
// whole pane.
func (f readFlags) measureOption() int {
	if f.measure <= 0 {
		return -1
	}
	return f.measure
}

// readCmd is the root command: the reader.
func (c *cli) readCmd() *cobra.Command {
	var f readFlags
	cmd := &cobra.Command{
		Use:   "yuebao [FILE | DIR | FILE...]",
		Short: "Read Chinese monthly reports (月报) in the terminal",
		Long: `yuebao reads an issue of a Chinese monthly report (月报) in the terminal:
the table of contents on the left, the entry on the right, a filter that
takes Chinese or pinyin (? in the reader lists every key). Piped, it
prints the issue as wrapped plain text with no escape codes.

FILE may be - for standard input; without one, the built-in sample issue
(《平顶山月报》2023年第11期) is read. A directory, or several files, open an
issue picker; piped, they are listed one a line.

Exit status: 0 success, 1 warnings found (check), 2 bad usage or input.`,
		Example: `  yuebao                        # the built-in sample issue
  yuebao 2023-11.md             # read one issue
  yuebao issues/                # pick one of the issues in a folder
  yuebao 2023-11.md --width 60 | less`,
		Args: cobra.ArbitraryArgs,
	}
	cmd.RunE = does(func(args []string) error { return c.read(cmd, args, f) })
	cmd.Flags().StringVar(&f.ambiguous, "ambiguous", "", "narrow or wide: count “ ” … — · as one cell or two (default narrow; wide with RUNEWIDTH_EASTASIAN=1)")
	cmd.Flags().IntVar(&f.width, "width", 0, "width of piped text in cells (default $COLUMNS, else 80)")
	cmd.Flags().IntVar(&f.measure, "measure", ui.DefaultMeasure, "widest the reader runs an entry's text, in cells (0: the whole pane)")
	return cmd
}

// read opens the reader on a terminal, or prints the issue as plain text
// when stdout is not one (piped, redirected), as glow and less do.
func (c *cli) read(cmd *cobra.Command, args []string, f readFlags) error {
	wide, err := ambiguousWide(f.ambiguous, os.Getenv("RUNEWIDTH_EASTASIAN"))
	if err != nil {
		return err
	}
	if cmd.Flags().Changed("width") && f.width < 1 {
		return fmt.Errorf("--width %d: the width of the text is 1 cell or more", f.width)
	}
	if isLibrary(args) {
		return c.readLibrary(args, wide, f.measureOption())
	}
	if c.stdinIssue(args) {
		args = []string{"-"}
	}
	issues, src, err := c.loadOrSample(args)
	if err != nil {
		if len(args) == 1 && errors.Is(err, fs.ErrNotExist) {
			// A command misspelt is read as a file that is not there.
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				return fmt.Errorf("%w (did you mean yuebao %s?)", err, s[0])
			}
		}
		return err
	}
	out, in, tty := c.terminal()
	if len(issues) > 1 && tty {
		// One file holding several issues is a small library: the picker
		// shows them all.
		return c.readLibrary(args, wide, f.measureOption())
	}
	if tty {
		return c.interactive(issues[0], src, wide, f.measureOption(), out, in)
	}
	if o, ok := c.stdout.(*os.File); ok && term.IsTerminal(o.Fd()) && dumbTerminal() {
		fmt.Fprintln(c.stderr, "yuebao: TERM=dumb cannot draw the reader; printing the issue as plain text")
	}
	cols := f.width
	if cols <= 0 {
		cols, _ = strconv.Atoi(os.Getenv("COLUMNS"))
	}
	if cols <= 0 {
		cols = 80
	}
	for i, iss := range issues {
		if i > 0 {
			if _, err := io.WriteString(c.stdout, "\n"); err != nil {
				return writeError(err)
			}
		}
		if err := plain.Write(c.stdout, layout.NewWidth(wide), iss, cols); err != nil {
			return writeError(err)
		}
	}
	return nil
}

// terminal returns the terminal to draw on (stdout) and to read keys
// from: stdin, or, when the issue came in on stdin (yuebao - < FILE,
// cat FILE | yuebao), the controlling terminal, as less does. A dumb
// terminal, which cannot draw the reader, is none.
func (c *cli) terminal() (out, in *os.File, ok bool) {
	out, okOut := c.stdout.(*os.File)
	if !okOut || !term.IsTerminal(out.Fd()) || dumbTerminal() {
		return nil, nil, false
	}
	if in, okIn := c.stdin.(*os.File); okIn && term.IsTerminal(in.Fd()) {
		return out, in, true
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return nil, nil, false
	}
	return out, tty, true
}

// dumbTerminal reports whether TERM names a terminal that cannot draw a
// full-screen reader.
func dumbTerminal() bool {
	t := os.Getenv("TERM")
	return t == "dumb"
}

// stdinIssue reports whether, with no FILE, the issue comes in on
// standard input: a pipe or a redirected file (less reads it too), not a
// terminal and not nothing at all.
func (c *cli) stdinIssue(args []string) bool {
	f, ok := c.stdin.(*os.File)
	if len(args) > 0 || !ok || term.IsTerminal(f.Fd()) {
		return false
	}
	st, err := f.Stat()
	return err == nil && (st.Mode()&os.ModeNamedPipe != 0 || st.Mode().IsRegular() && st.Size() > 0)
}

// isLibrary reports whether the arguments name several issues: more than
// one path, or a directory.
func isLibrary(args []string) bool {
	if len(args) > 1 {
		return true
	}
	if len(args) == 1 {
		st, err := os.Stat(args[0])
		return err == nil && st.IsDir()
	}
	return false
}

// readLibrary opens the issue picker over the issues in paths; piped, it
// lists them, one a line: name<TAB>header<TAB>N entries, or
// name<TAB>error.
func (c *cli) readLibrary(paths []string, wide bool, measure int) error {
	if anyDir(paths) {
		return c.readArchive(paths, wide, measure)
	}
	lib, err := library.Load(paths)
	if err != nil {
		return err
	}
	items := lib.Snapshot()
	if len(items) == 0 {
		return fmt.Errorf("%s: no issue files (*.md, *.txt)", strings.Join(paths, ", "))
	}
	docs := make([]*ui.Doc, len(items))
	for i, it := range items {
		docs[i] = ui.NewDoc(it.Name, it.Path, it.Issue, it.Err)
		docs[i].Key = it.Key
	}
	return c.pick(paths, docs, nil, wide, measure)
}

// pick opens the picker over docs (arch searches them, when they are an
// archive's), or, piped, lists them one a line: name<TAB>header<TAB>N
// entries, or name<TAB>error. The other files of the folders come last,
// with why they are not read: nothing is skipped silently.
func (c *cli) pick(paths []string, docs []*ui.Doc, arch ui.Archive, wide bool, measure int) error {
	for _, p := range library.OtherFiles(paths) {
		base := filepath.Base(p)
		docs = append(docs, ui.NewDoc(base, p, nil, fmt.Errorf("%s: not read: only .md, .markdown and .txt files are issues", base)))
	}
	if out, in, ok := c.terminal(); ok {
		// A search still running when the reader quits is ended: the
		// archive's closing would wait for it.
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		opts := ui.PickerOptions{Docs: docs, Renderer: renderer(out), AmbiguousWide: wide, Measure: measure, Archive: arch, Context: ctx}
		if dir, err := state.Dir(); err == nil {
			opts.Places = state.Files{Dir: dir}
		}
		app := ui.NewPicker(opts)
		return c.runSaving(app, app.SavePlaces, out, in)
	}
	// Each field is cleaned on its own: cleaning the line would turn the
	// tabs between them into spaces.
	var b strings.Builder
	for _, d := range docs {
		if !d.Readable() {
			fmt.Fprintf(&b, "%s\t%s\n", field(d.Name), field(d.Err.Error()))
			continue
		}
		sum := d.Summary()
		fmt.Fprintf(&b, "%s\t%s\t%d entries\n", field(d.Name), field(sum.Header), sum.Entries)
	}
	if _, err := io.WriteString(c.stdout, b.String()); err != nil {
		return writeError(err)
	}
	return nil
}

// field makes text from a file one field of a tab-separated line that
// may reach a terminal: control characters cleaned, no tab or line break
// of its own.
func field(s string) string {
	return strings.ReplaceAll(layout.Clean(s), "\n", " ")
}

// ambiguousWide decides how East Asian Ambiguous characters are counted:
// the flag if given, else RUNEWIDTH_EASTASIAN=1 as go-runewidth reads it.
// The locale is not consulted: it does not say how the terminal draws them.
func ambiguousWide(flagValue, env string) (bool, error) {
	switch flagValue {
	case "":
		return env == "1", nil
	case "narrow":
		return false, nil
	case "wide":
		return true, nil
	}
	return false, fmt.Errorf("--ambiguous=%s: want narrow or wide", flagValue)
}

// renderer styles for the terminal out, without colour under NO_COLOR.
func renderer(out *os.File) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(out)
	if os.Getenv("NO_COLOR") != "" {
		r.SetColorProfile(termenv.Ascii)
	}
	// Set, so that nothing asks the terminal (see ui.LightBackground):
	// keys typed while the reader starts reach it, as less keeps them.
	r.SetHasDarkBackground(!ui.LightBackground(os.Getenv("COLORFGBG")))
	return r
}

// interactive runs the reader on the terminal, reopening the issue where
// it was left last time and remembering where it is left now.
func (c *cli) interactive(iss *model.Issue, src []byte, wide bool, measure int, out, in *os.File) error {
	doc := ui.NewDoc("", "", iss, nil)
	doc.Key = model.SourceKey(src)
	opts := ui.Options{Doc: doc, Renderer: renderer(out), AmbiguousWide: wide, Measure: measure}
	if dir, err := state.Dir(); err == nil {
		opts.Places = state.Files{Dir: dir}
	}
	app := ui.New(opts)
	return c.runSaving(app, app.SavePlace, out, in)
}

// runSaving runs a reader (or the picker) on the terminal and saves its
// place when it ends: on q, on SIGINT or SIGTERM (Bubble Tea quits on
// those), and on SIGHUP, which a closing terminal window sends and which
// would otherwise end the process with the place lost.
func (c *cli) runSaving(app tea.Model, save func() error, out, in *os.File) error {
	p := tea.NewProgram(app, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithInput(in), tea.WithOutput(out))
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		if _, ok := <-hup; ok {
			p.Quit()
		}
	}()
	_, err := p.Run()
	// Losing the place is a nuisance, not a failure of the reading.
	if serr := save(); serr != nil {
		fmt.Fprintf(c.stderr, "yuebao: %v\n", serr)
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("reader: %w", err)
	}
	return nil
}

// load reads and parses one file: every issue in it (a file may hold
// several). Its errors name the file and say what is wrong in one line.
func (c *cli) load(path string) ([]*model.Issue, error) {
	c.reserveHeap(path)
	f, err := parser.ReadFile(path, c.stdin)
	if err != nil {
		return nil, err
	}
	return f.Issues, nil
}

// loadOrSample loads the file named in args, or the built-in issue, and
// returns its bytes too (the reader keys the remembered place by them).
func (c *cli) loadOrSample(args []string) ([]*model.Issue, []byte, error) {
	if len(args) == 0 {
		issues, err := parser.ParseAll(sample)
		if err != nil {
			return nil, nil, fmt.Errorf("the built-in sample: %w", err)
		}
		return issues, sample, nil
	}
	c.reserveHeap(args[0])
	f, err := parser.ReadFile(args[0], c.stdin)
	if err != nil {
		return nil, nil, err
	}
	return f.Issues, f.Src, nil
}

// reserveHeap readies the heap for the file at path (hugeheap.Reserve):
// five times its size, about what reading, parsing and showing or
// printing it allocate. A file of a few hundred kilobytes asks for
// nothing (Reserve lets it go), nor does standard input, whose size is
// not known before it is read.
func (c *cli) reserveHeap(path string) {
	if c.reserved || path == "-" {
		return
	}
	c.reserved = true
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		hugeheap.Reserve(5 * st.Size())
	}
}

// writeError words a failed write to stdout: what the system said, once
// (the layers above it add nothing a user can act on).
func writeError(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return fmt.Errorf("write: %w", err)
		}
		err = u
	}
}
