// Command yuebao reads issues of Chinese monthly reports (月报) in a
// terminal.
//
//	yuebao [FILE]          read FILE (the built-in sample issue without one)
//	yuebao toc [FILE]      print the table of contents with pages
//	yuebao json FILE       print the parsed issue as JSON
//	yuebao check FILE…     list what the parser could not place; exit 1 if anything
package main

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/plain"
	"github.com/yuebao/yuebao/ui/serve"
	"github.com/yuebao/yuebao/ui/state"
)

//go:embed testdata/pingdingshan-2023-11.md
var sample []byte

const usage = `usage:
  yuebao [--ambiguous=narrow|wide] [--width N] [FILE]
                         read FILE (the built-in sample issue without one);
                         piped, print it as wrapped plain text
  yuebao toc [FILE]      print the table of contents with dates and pages
  yuebao json FILE       print the parsed issue as JSON
  yuebao check FILE...   list parser warnings as file:line: message; exit 1 if any
  yuebao people FILE     list the people named: name<TAB>role<TAB>entries
  yuebao DIR | FILE...   pick an issue from several (piped: list them)
  yuebao serve [--listen ADDR] [--host-key FILE] [--authorized-keys FILE]
               [--max-sessions N] [--max-per-address N] [--idle-timeout D]
               [--max-session D] [--max-startups N] [PATH...]
                         serve the reader over SSH (default 127.0.0.1:23234)

FILE may be - for standard input.
--ambiguous=wide (or RUNEWIDTH_EASTASIAN=1) counts “ ” … — · as two cells,
for terminals set that way. --width sets the piped text width (default
$COLUMNS, else 80).
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command, apart from the process, so tests can drive it.
// Exit codes: 0 success, 1 warnings found (check), 2 bad usage or input.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "--help", "help":
			fmt.Fprint(stdout, usage)
			return 0
		case "json":
			issues, code := loadOnly(args, stderr)
			if issues == nil {
				return code
			}
			return writeJSON(stdout, stderr, issues)
		case "check":
			if len(args) < 2 {
				fmt.Fprint(stderr, usage)
				return 2
			}
			return check(args[1:], stdout, stderr)
		case "toc":
			if len(args) > 2 {
				fmt.Fprint(stderr, usage)
				return 2
			}
			return toc(args[1:], stdout, stderr)
		case "serve":
			return serveCmd(args[1:], stderr)
		case "people":
			issues, code := loadOnly(args, stderr)
			if issues == nil {
				return code
			}
			var b strings.Builder
			for i, iss := range issues {
				if len(issues) > 1 {
					if i > 0 {
						b.WriteByte('\n')
					}
					fmt.Fprintf(&b, "# %s\n", layout.Clean(iss.Header()))
				}
				_ = people.Format(&b, people.Index(iss), layout.Clean)
			}
			if _, err := io.WriteString(stdout, b.String()); err != nil {
				fmt.Fprintf(stderr, "yuebao: write: %v\n", rootCause(err))
				return 2
			}
			return 0
		}
	}
	return read(args, stdout, stderr)
}

// loadOnly loads the one file of a command that takes exactly one, or
// says what is wrong and returns the exit code.
func loadOnly(args []string, stderr io.Writer) ([]*model.Issue, int) {
	if len(args) != 2 {
		fmt.Fprint(stderr, usage)
		return nil, 2
	}
	issues, err := load(args[1])
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return nil, 2
	}
	return issues, 0
}

// readFlags are the reader's options.
type readFlags struct {
	ambiguous string
	width     int
}

// read opens the reader on a terminal, or prints the issue as plain text
// when stdout is not one (piped, redirected), as glow and less do.
func read(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("yuebao", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	var f readFlags
	flags.StringVar(&f.ambiguous, "ambiguous", "", "narrow or wide")
	flags.IntVar(&f.width, "width", 0, "width of piped text")
	if err := flags.Parse(args); err != nil {
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
			msg = "unknown flag -" + name
		}
		fmt.Fprintf(stderr, "yuebao: %s\n%s", msg, usage)
		return 2
	}
	wide, err := ambiguousWide(f.ambiguous, os.Getenv("RUNEWIDTH_EASTASIAN"))
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	if isLibrary(flags.Args()) {
		return readLibrary(flags.Args(), wide, stdout, stderr)
	}
	issues, src, err := loadOrSample(flags.Args())
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	tty := false
	if out, ok := stdout.(*os.File); ok && term.IsTerminal(out.Fd()) && term.IsTerminal(os.Stdin.Fd()) {
		tty = true
	}
	if len(issues) > 1 && tty {
		// One file holding several issues is a small library: the picker
		// shows them all.
		return readLibrary(flags.Args(), wide, stdout, stderr)
	}
	if tty {
		return interactive(issues[0], src, wide, stdout.(*os.File), stderr)
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
			if _, err := io.WriteString(stdout, "\n"); err != nil {
				fmt.Fprintf(stderr, "yuebao: write: %v\n", rootCause(err))
				return 2
			}
		}
		if err := plain.Write(stdout, layout.NewWidth(wide), iss, cols); err != nil {
			fmt.Fprintf(stderr, "yuebao: write: %v\n", rootCause(err))
			return 2
		}
	}
	return 0
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
// lists them.
func readLibrary(paths []string, wide bool, stdout, stderr io.Writer) int {
	lib, err := library.Load(paths)
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	items := lib.Snapshot()
	if len(items) == 0 {
		fmt.Fprintf(stderr, "yuebao: %s: no issue files (*.md, *.txt)\n", strings.Join(paths, ", "))
		return 2
	}
	docs := make([]*ui.Doc, len(items))
	for i, it := range items {
		docs[i] = ui.NewDoc(it.Name, it.Path, it.Issue, it.Err)
		docs[i].Key = it.Key
	}
	if out, ok := stdout.(*os.File); ok && term.IsTerminal(out.Fd()) && term.IsTerminal(os.Stdin.Fd()) {
		r := lipgloss.NewRenderer(out)
		if os.Getenv("NO_COLOR") != "" {
			r.SetColorProfile(termenv.Ascii)
		}
		opts := ui.PickerOptions{Docs: docs, Renderer: r, AmbiguousWide: wide}
		if dir, err := state.Dir(); err == nil {
			opts.Places = state.Files{Dir: dir}
		}
		app := ui.NewPicker(opts)
		return runSaving(app, app.SavePlaces, out, stderr)
	}
	var b strings.Builder
	for _, it := range items {
		switch {
		case it.Issue == nil:
			fmt.Fprintf(&b, "%s\t%v\n", it.Name, it.Err)
		default:
			n := 0
			for _, s := range it.Issue.Sections {
				n += len(s.Entries)
			}
			fmt.Fprintf(&b, "%s\t%s\t%d entries\n", it.Name, it.Issue.Header(), n)
		}
	}
	if _, err := io.WriteString(stdout, layout.Clean(b.String())); err != nil {
		fmt.Fprintf(stderr, "yuebao: write: %v\n", rootCause(err))
		return 2
	}
	return 0
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

// interactive runs the reader on the terminal, reopening the issue where
// it was left last time and remembering where it is left now.
func interactive(iss *model.Issue, src []byte, wide bool, out *os.File, stderr io.Writer) int {
	r := lipgloss.NewRenderer(out)
	if os.Getenv("NO_COLOR") != "" {
		r.SetColorProfile(termenv.Ascii)
	}
	doc := ui.NewDoc("", "", iss, nil)
	doc.Key = model.SourceKey(src)
	opts := ui.Options{Doc: doc, Renderer: r, AmbiguousWide: wide}
	if dir, err := state.Dir(); err == nil {
		opts.Places = state.Files{Dir: dir}
	}
	app := ui.New(opts)
	return runSaving(app, app.SavePlace, out, stderr)
}

// runSaving runs a reader (or the picker) on the terminal and saves its
// place when it ends: on q, on SIGINT or SIGTERM (Bubble Tea quits on
// those), and on SIGHUP, which a closing terminal window sends and which
// would otherwise end the process with the place lost.
func runSaving(app tea.Model, save func() error, out *os.File, stderr io.Writer) int {
	p := tea.NewProgram(app, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(out))
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
		fmt.Fprintf(stderr, "yuebao: %v\n", serr)
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	return 0
}

// load reads and parses one file: every issue in it (a file may hold
// several). Its errors name the file and say what is wrong in one line.
func load(path string) ([]*model.Issue, error) {
	f, err := parser.ReadFile(path, os.Stdin)
	if err != nil {
		return nil, err
	}
	return f.Issues, nil
}

// loadOrSample loads the file named in args, or the built-in issue.
func loadOrSample(args []string) ([]*model.Issue, []byte, error) {
	if len(args) == 0 {
		issues, err := parser.ParseAll(sample)
		return issues, sample, err
	}
	f, err := parser.ReadFile(args[0], os.Stdin)
	if err != nil {
		return nil, nil, err
	}
	return f.Issues, f.Src, nil
}

// writeJSON prints issues in the published JSON form: an object for one,
// an array for several. It streams: the document is never held whole,
// which on a large file would cost several times the parsed issue.
func writeJSON(stdout, stderr io.Writer, issues []*model.Issue) int {
	bw := bufio.NewWriterSize(stdout, 64<<10)
	err := model.WriteJSON(bw, issues...)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: write: %v\n", rootCause(err))
		return 2
	}
	return 0
}

func check(paths []string, stdout, stderr io.Writer) int {
	code := 0
	for _, path := range paths {
		issues, err := load(path)
		if err != nil {
			fmt.Fprintf(stderr, "yuebao: %v\n", err)
			code = 2
			continue
		}
		var b strings.Builder
		for _, iss := range issues {
			for _, w := range iss.Warnings {
				if w.Line == 0 { // about the file as a whole
					fmt.Fprintf(&b, "%s: %s\n", parser.DisplayName(path), w.Message)
				} else {
					fmt.Fprintf(&b, "%s:%d: %s\n", parser.DisplayName(path), w.Line, w.Message)
				}
				if code == 0 {
					code = 1
				}
			}
		}
		if _, err := io.WriteString(stdout, b.String()); err != nil {
			fmt.Fprintf(stderr, "yuebao: write: %v\n", unwrapAll(err))
			return 2
		}
	}
	return code
}

func toc(args []string, stdout, stderr io.Writer) int {
	issues, _, err := loadOrSample(args)
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	var b strings.Builder
	for i, iss := range issues {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(model.FormatTOC(iss))
	}
	if _, err := io.WriteString(stdout, layout.Clean(b.String())); err != nil {
		fmt.Fprintf(stderr, "yuebao: write: %v\n", unwrapAll(err))
		return 2
	}
	return 0
}

// rootCause is the innermost error: what the system said, without the
// layers of context a one-line message does not need twice.
func rootCause(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// unwrapAll strips the path and operation that *fs.PathError adds to an
// error, so that a message names a file once.
func unwrapAll(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// serveCmd runs the SSH server until SIGINT or SIGTERM.
func serveCmd(args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("yuebao serve", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	listen := flags.String("listen", "127.0.0.1:23234", "address to listen on; :23234 serves beyond this host")
	hostKey := flags.String("host-key", "", "host key file (created on first start)")
	authorized := flags.String("authorized-keys", "", "only these public keys get in")
	maxSessions := flags.Int("max-sessions", 100, "sessions open at once")
	maxPerAddress := flags.Int("max-per-address", 10, "sessions open at once from one address (0: no limit)")
	idle := flags.Duration("idle-timeout", 30*time.Minute, "close a session after this long without a key")
	maxSession := flags.Duration("max-session", 12*time.Hour, "longest a session may last")
	maxStartups := flags.Int("max-startups", 100, "connections held before their first session (as sshd's MaxStartups)")
	if err := flags.Parse(args); err != nil {
		fmt.Fprintf(stderr, "yuebao serve: %v\n%s", err, usage)
		return 2
	}
	logger := log.NewWithOptions(stderr, log.Options{ReportTimestamp: true, Prefix: "yuebao"})

	var issues []*ui.Doc
	var lib *library.Library
	if flags.NArg() == 0 {
		iss, err := parser.Parse(sample)
		if err != nil {
			fmt.Fprintf(stderr, "yuebao: %v\n", err)
			return 2
		}
		issues = append(issues, ui.NewDoc("pingdingshan-2023-11", "", iss, nil))
	} else {
		// Files and directories are a library, followed while serving: a
		// file added or changed is picked up without a restart.
		var err error
		if lib, err = library.Load(flags.Args()); err != nil {
			fmt.Fprintf(stderr, "yuebao: %v\n", err)
			return 2
		}
		for _, it := range lib.Snapshot() {
			if it.Err != nil {
				logger.Warn("not served", "file", it.Path, "err", it.Err)
			}
		}
	}

	keyPath := *hostKey
	if keyPath == "" {
		p, err := serve.DefaultHostKeyPath()
		if err != nil {
			fmt.Fprintf(stderr, "yuebao: %v\n", err)
			return 2
		}
		keyPath = p
	}
	signer, created, err := serve.LoadOrCreateHostKey(keyPath)
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	var keys []serve.AuthorizedKey
	if *authorized != "" {
		if keys, err = readAuthorizedKeys(*authorized); err != nil {
			fmt.Fprintf(stderr, "yuebao: %v\n", err)
			return 2
		}
	}
	srv, err := serve.New(serve.Config{
		Issues:         issues,
		Library:        lib,
		HostKey:        signer,
		AuthorizedKeys: keys,
		MaxSessions:    *maxSessions,
		MaxPerAddress:  *maxPerAddress,
		IdleTimeout:    *idle,
		MaxSession:     *maxSession,
		MaxStartups:    fitDescriptors(*maxStartups, *maxSessions, logger),
		Logger:         logger,
	})
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: %v\n", err)
		return 2
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintf(stderr, "yuebao: listen: %v\n", err)
		return 2
	}
	verb := "using"
	if created {
		verb = "created"
	}
	logger.Info("host key "+verb, "path", keyPath, "fingerprint", gossh.FingerprintSHA256(signer.PublicKey()))
	if srv.Anonymous() {
		logger.Warn("access is anonymous: anyone who can reach the address may read (use --authorized-keys to restrict)")
	} else {
		logger.Info("access restricted", "authorized_keys", len(keys))
	}
	var names []string
	for _, is := range issues {
		names = append(names, is.Name)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if lib != nil {
		for _, it := range lib.Snapshot() {
			names = append(names, it.Name)
		}
		go func() {
			if err := lib.Watch(ctx, func(change string) { logger.Info("library", "change", change) }); err != nil {
				logger.Error("library watch", "err", err)
			}
		}()
	}
	logger.Info("serving", "addr", ln.Addr().String(), "issues", strings.Join(names, ","), "max_sessions", *maxSessions)
	// SIGHUP rereads the authorized keys, as sshd rereads its
	// configuration; a file that does not read keeps the keys in force.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	for {
		select {
		case err := <-errc:
			fmt.Fprintf(stderr, "yuebao: serve: %v\n", err)
			return 2
		case <-hup:
			reloadKeys(srv, *authorized, logger)
			continue
		case <-ctx.Done():
		}
		break
	}
	logger.Info("shutting down", "sessions", srv.Sessions())
	if err := srv.Shutdown(context.Background()); err != nil {
		logger.Error("shutdown", "err", err)
	}
	logger.Info("stopped")
	return 0
}

// fitDescriptors bounds the connections held before a session so that,
// with every session open, the server keeps descriptors to spare for its
// files and for accepting (and refusing) more. The Go runtime has already
// raised the soft limit on open files to the hard one.
func fitDescriptors(startups, sessions int, logger *log.Logger) int {
	lim, ok := serve.DescriptorLimit()
	if !ok {
		return startups
	}
	spare := lim - sessions - 64
	if startups > spare {
		logger.Warn("few file descriptors: fewer connections held before their first session", "descriptors", lim, "max_startups", max(spare, 1))
		return max(spare, 1)
	}
	return startups
}

// reloadKeys rereads the authorized keys at path for srv, and logs what
// came of it.
func reloadKeys(srv *serve.Server, path string, logger *log.Logger) {
	if path == "" {
		logger.Warn("SIGHUP: no --authorized-keys to reload; access stays anonymous")
		return
	}
	keys, err := readAuthorizedKeys(path)
	if err == nil {
		err = srv.SetAuthorizedKeys(keys)
	}
	if err != nil {
		logger.Error("SIGHUP: authorized keys not reloaded; the old ones stay", "err", err)
		return
	}
	logger.Info("SIGHUP: authorized keys reloaded", "authorized_keys", len(keys))
}

// readAuthorizedKeys parses an authorized_keys file.
func readAuthorizedKeys(path string) ([]serve.AuthorizedKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("authorized keys: %w", err)
	}
	keys, err := serve.ParseAuthorizedKeys(data)
	if err != nil {
		return nil, fmt.Errorf("authorized keys %s: %w", parser.DisplayName(path), err)
	}
	return keys, nil
}
