package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

// cli is one run of the command: its standard streams. Every command of
// the tree works through it and none through the process's, so that
// tests run many at once.
type cli struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// db is --db, the archive's index for every command that reads a
	// directory; "" for its default place.
	db string
	// reserved is set once the heap has been readied for a file
	// (reserveHeap): once a run is enough, and a collection for each of
	// many files would cost more than it saves.
	reserved bool
}

// rootCmd builds the command tree: the root reads, the subcommands print
// or serve. cobra adds help, completion and --version.
func (c *cli) rootCmd() *cobra.Command {
	root := c.readCmd()
	root.AddCommand(c.tocCmd(), c.jsonCmd(), c.checkCmd(), c.peopleCmd(), c.marksCmd(), c.searchCmd(), c.indexCmd(), c.serveCmd(), c.manCmd(root))
	root.PersistentFlags().StringVar(&c.db, "db", "", "the archive's index, for directories (default $XDG_CACHE_HOME/yuebao/archive.db)")
	root.SetIn(c.stdin)
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	// Errors are said once, in one line, by exit; cobra's own would add
	// the whole usage after them.
	root.SilenceErrors = true
	root.SilenceUsage = true
	root.SetFlagErrorFunc(flagError)
	// A misspelt command reads as a missing file; the reader asks for
	// suggestions then, at the distance cobra uses for unknown commands.
	root.SuggestionsMinimumDistance = 2
	root.Version = versionString()
	root.SetVersionTemplate("{{.Name}} {{.Version}}\n")
	strictTopics(root)
	return root
}

// strictTopics makes `yuebao help X` and `yuebao completion X` refuse an
// X they do not know, as any unknown command is refused (exit 2); cobra
// would print a help and exit 0.
func strictTopics(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, cmd := range root.Commands() {
		switch cmd.Name() {
		case "help":
			help := cmd.Run
			cmd.Run = nil
			cmd.RunE = func(cmd *cobra.Command, args []string) error {
				found, _, err := root.Find(args)
				if err != nil {
					return err
				}
				// The root takes files, so Find gives it back for a
				// name that is no command.
				if found == root && len(args) > 0 {
					return fmt.Errorf("no command %q", args[0])
				}
				help(cmd, args)
				return nil
			}
		case "completion":
			// Runnable, so that cobra checks its arguments (NoArgs)
			// instead of printing the help for any.
			cmd.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
		}
	}
}

// failed is an error of a command's own work (a file that does not load,
// output that cannot be written), as against a command line that cobra
// could not make sense of: both exit 2, but only the latter points to
// --help.
type failed struct{ err error }

func (f failed) Error() string { return f.err.Error() }
func (f failed) Unwrap() error { return f.err }

// status ends a command with an exit status and nothing more to say:
// what went wrong has been printed already (check's warnings, each file
// that did not load).
type status int

func (s status) Error() string { return fmt.Sprintf("exit status %d", int(s)) }

// does makes fn a cobra RunE whose errors are the command's own.
func does(fn func(args []string) error) func(*cobra.Command, []string) error {
	return func(_ *cobra.Command, args []string) error {
		err := fn(args)
		var st status
		if err == nil || errors.As(err, &st) {
			return err
		}
		return failed{err}
	}
}

// exit says what went wrong, in one line on stderr, and returns the exit
// status. cmd is the command that ran, or that cobra was reading the
// flags of.
func (c *cli) exit(cmd *cobra.Command, err error) int {
	if err == nil {
		return 0
	}
	var st status
	if errors.As(err, &st) {
		return int(st)
	}
	var f failed
	if errors.As(err, &f) {
		fmt.Fprintf(c.stderr, "yuebao: %s\n", oneLine(f.err))
		return 2
	}
	// Anything else comes from cobra: a flag, argument or command it
	// could not take.
	path := "yuebao"
	if cmd != nil {
		path = cmd.CommandPath()
	}
	fmt.Fprintf(c.stderr, "%s: %s (see %s --help)\n", path, oneLine(err), path)
	return 2
}

// oneLine keeps a message on its line whatever an error below said.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", " ")
}

// flagError words a flag cobra could not take. Go's flag package, which
// yuebao used before, read -width as --width; pflag reads it as -w -i
// -d…, so that spelling gets a pointer to the right one.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if _, arg, ok := strings.Cut(msg, "unknown shorthand flag: "); ok {
		if _, word, ok := strings.Cut(arg, " in -"); ok {
			name, _, _ := strings.Cut(word, "=")
			if cmd.Flags().Lookup(name) != nil {
				return fmt.Errorf("-%s: long flags take two dashes: --%s", word, name)
			}
		}
	}
	return err
}

// nArgs accepts from lo to hi arguments (hi < 0: any number above lo),
// else says what the command takes.
func nArgs(lo, hi int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) < lo || hi >= 0 && len(args) > hi {
			return fmt.Errorf("takes %s, got %d", what, len(args))
		}
		return nil
	}
}
