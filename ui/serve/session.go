package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/state"
)

// session is one reader over one SSH session.
type session struct {
	host string // the client's address
	bye  chan struct{}
	once sync.Once

	mu     sync.Mutex
	reason string // why the server ended the session, told to the user
}

func newSession(host string) *session {
	return &session{host: host, bye: make(chan struct{})}
}

// goodbye ends the session from the server's side with a reason. It
// never waits: the session's own goroutine ends the reader, whatever the
// reader is doing (see run), so that a stuck session cannot hold up the
// server's timers or its shutdown.
func (ss *session) goodbye(reason string) {
	ss.mu.Lock()
	if ss.reason == "" {
		ss.reason = reason
	}
	ss.mu.Unlock()
	ss.once.Do(func() { close(ss.bye) })
}

func (ss *session) why() string {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.reason
}

// maxCommand is the longest session command accepted, in bytes: the
// real ones (toc, an issue's name, a filter) are a few dozen.
const maxCommand = 4 << 10

// handle is the only thing the server does with a session.
func (s *Server) handle(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		pty, winCh, isPty := sess.Pty()
		fields := []any{
			"addr", sess.RemoteAddr().String(),
			"user", sess.User(),
			"key", fingerprint(sess.PublicKey()),
		}
		// A command is split (shell-like, by the SSH library) in time that
		// grows as its square: one longer than any real one is refused
		// before it is split.
		raw, command := sess.RawCommand(), sess.Command
		if forced, ok := forcedCommand(sess.Context()); ok {
			// command= in authorized_keys: the client's own is ignored.
			raw, command = forced, func() []string { return splitCommand(forced) }
			fields = append(fields, "forced-command", forced)
		}
		tooLong := len(raw) > maxCommand
		if isPty {
			fields = append(fields, "term", pty.Term, "size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		} else if tooLong {
			fields = append(fields, "term", "none", "command", fmt.Sprintf("%d bytes, refused", len(raw)))
		} else {
			fields = append(fields, "term", "none", "command", strings.Join(command(), " "))
		}
		// The handshake is over: from now on the session's own limits apply.
		ss := newSession("")
		code := 0
		conn, _ := sess.Context().Value(connKey{}).(*guardedConn)
		// Everything the session writes goes through an outbox, so that a
		// client that stops reading holds up nothing but its own session.
		out := newOutbox(sess, s.cfg.OutputBudget)
		errOut := newOutbox(sess.Stderr(), maxStderr)
		registered := false
		if isPty {
			// The SSH library queues each window change for a reader and
			// blocks the connection's request loop until one takes it: after
			// the reader (or for toc, help, a refusal) someone must, until
			// the library closes the channel at the session's end.
			defer func() {
				go func() {
					for range winCh {
					}
				}()
			}()
		}
		defer func() {
			if r := recover(); r != nil {
				// One session's fault ends that session only.
				s.log.Error("session panic", append(fields, "panic", r, "stack", string(debug.Stack()))...)
				if isPty {
					// Leave the client's terminal as we found it.
					_, _ = io.WriteString(out, restoreTerminal)
				}
				fmt.Fprint(errOut, "yuebao: internal error; the session is closed\r\n")
				code = 2
			}
			if registered {
				s.unregister(ss)
			}
			// What is queued gets the time a stalled write may take; a
			// client that takes none of it loses its connection, which
			// unblocks the library's writes to it.
			stall := min(s.cfg.WriteTimeout, flushStall)
			if ss.why() == errOverBudget.Error() {
				stall = 0
			}
			// Both are closed, whatever the first says: each has a goroutine.
			okOut, okErr := out.Close(stall), errOut.Close(stall)
			if !okOut || !okErr {
				if conn != nil {
					conn.cut()
				}
				if ss.why() == "" {
					ss.goodbye(errOverBudget.Error())
				}
			}
			if registered {
				end := append(fields, "duration", time.Since(start).Round(time.Millisecond).String(), "exit", code)
				if why := ss.why(); why != "" {
					end = append(end, "reason", why)
				}
				s.log.Info("session end", end...)
			}
			_ = sess.Exit(code)
			_ = sess.Close()
			if conn != nil && registered {
				conn.ended() // last: it may close the connection
			}
		}()
		if conn != nil {
			ss.host = conn.host
		}
		if err := s.register(ss); err != nil {
			s.log.Warn("session refused", append(fields, "reason", err.Error())...)
			fmt.Fprintf(errOut, "yuebao: %s\r\n", err)
			code = 1
			return
		}
		registered = true
		if conn != nil {
			// A session runs: the connection no longer counts as one
			// waiting for its first (see startups), until it ends.
			conn.started()
		}
		s.log.Info("session start", fields...)

		issues, arch := s.issues()
		var req request
		ok := false
		if !tooLong {
			req, ok = parseCommand(command(), issues, isPty)
		}
		switch {
		case !ok:
			fmt.Fprintf(errOut, "%s\r\n", usageLine)
			code = 1
			return
		case req.help:
			fmt.Fprintf(out, "%s\r\n", usageLine)
			return
		case req.toc:
			d := issues[req.issue].Open()
			if d.Issue == nil {
				fmt.Fprintf(errOut, "%s\r\n", layout.Clean(d.Err.Error()))
				code = 1
				return
			}
			text := layout.Clean(model.FormatTOC(d.Issue))
			if isPty {
				text = strings.ReplaceAll(text, "\n", "\r\n")
			}
			// Longer than the queue may hold (a chronicle's runs to
			// megabytes): it goes as the client takes it.
			if err := out.WriteAll([]byte(text), s.cfg.WriteTimeout, sess.Context().Done()); err != nil {
				if errors.Is(err, errOverBudget) {
					ss.goodbye(errOverBudget.Error())
				}
				code = 1
			}
			return
		}
		if !req.picker {
			// A catalogue's issue is parsed now; one that fails says why.
			if d := issues[req.issue].Open(); d.Issue == nil {
				fmt.Fprintf(errOut, "%s\r\n", layout.Clean(d.Err.Error()))
				code = 1
				return
			}
		}
		code = s.read(sess, ss, out, issues, arch, req, pty, winCh)
	}
}

// maxStderr bounds what a session queues on its error stream: a line or two.
const maxStderr = 64 << 10

// flushStall is how long the last of a session's output may wait on a
// client that has stopped taking it, once the session is over.
const flushStall = 2 * time.Second

// read runs the reader until the user quits, goes idle, runs out of time,
// drops, or the server shuts down.
func (s *Server) read(sess ssh.Session, ss *session, out *outbox, issues []*ui.Doc, arch ui.Archive, req request, pty ssh.Pty, winCh <-chan ssh.Window) int {
	env := sess.Environ()
	renderer := newRenderer(out, pty, env)
	wide := getenv(env, "RUNEWIDTH_EASTASIAN") == "1"
	// Over SSH a public key is the only identity there is: each key has
	// its part of the server's places, and an issue is named by its name.
	var places state.Store
	if k := sess.PublicKey(); k != nil {
		places = state.Prefixed(&s.places, gossh.FingerprintSHA256(k)+"\x00")
	}
	if req.picker {
		docs := make([]*ui.Doc, len(issues))
		for i, d := range issues {
			docs[i] = d.WithKey(d.Name)
		}
		// The session's search still running when it ends is ended
		// with it: the connection (sess.Context) may outlast it.
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		lib := ui.NewPicker(ui.PickerOptions{Docs: docs, Renderer: renderer, AmbiguousWide: wide, Query: req.query, Places: places, Archive: arch,
			Context: ctx})
		defer s.savePlace(lib.SavePlaces)
		return s.run(sess, ss, out, lib, pty, winCh)
	}
	is := issues[req.issue].Open() // parsed: the caller opened it
	app := ui.New(ui.Options{
		Doc:           is.WithKey(is.Name),
		Renderer:      renderer,
		AmbiguousWide: wide,
		Query:         req.query,
		Places:        places,
	})
	defer s.savePlace(app.SavePlace)
	return s.run(sess, ss, out, app, pty, winCh)
}

// savePlace saves where a session's reader is as the session ends.
func (s *Server) savePlace(save func() error) {
	if err := save(); err != nil {
		s.log.Warn("place not saved", "err", err)
	}
}

// quitGrace is how long a reader told to quit has to finish its last
// frame before it is stopped without one.
const quitGrace = time.Second

// run runs one Bubble Tea program on the session until the user quits,
// goes idle, runs out of time, drops, or the server shuts down.
func (s *Server) run(sess ssh.Session, ss *session, out *outbox, app tea.Model, pty ssh.Pty, winCh <-chan ssh.Window) int {
	in := newActivity(sess)
	if s.cfg.wrapModel != nil {
		app = s.cfg.wrapModel(app)
	}
	g := &guard{model: app}
	p := tea.NewProgram(g,
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
		tea.WithoutSignalHandler(),
		tea.WithContext(sess.Context()),
		// The guard catches panics in the reader and ends the program
		// cleanly; Bubble Tea's own handler would print to the server's
		// stdout and leave the program's goroutines running.
		tea.WithoutCatchPanics(),
	)
	g.quit = func() { go p.Quit() }
	select {
	case <-ss.bye:
		return 0 // the server said goodbye before the reader started
	default:
	}

	done := make(chan struct{})
	defer close(done)
	// Sizes go to the program on a goroutine of their own: Send waits for
	// the program, and the timers below must not wait with it. The
	// request filter keeps only the latest size while this one waits.
	go func() {
		p.Send(windowSize(pty.Window)) // waits until the program runs
		for {
			select {
			case <-done:
				return
			case w, ok := <-winCh:
				if !ok {
					return
				}
				p.Send(windowSize(w))
			}
		}
	}()
	eof := in.eof
	go func() {
		idle := time.NewTicker(min(time.Second, s.cfg.IdleTimeout/4))
		defer idle.Stop()
		limit := time.NewTimer(s.cfg.MaxSession)
		defer limit.Stop()
		for {
			select {
			case <-done:
				return
			case <-sess.Context().Done():
				p.Kill()
				return
			case <-eof:
				// The user can no longer type: the reader quits as if
				// asked, with no reason to tell.
				eof = nil
				ss.goodbye("")
			case <-ss.bye:
				// Asked nicely first, so that the reader restores the
				// client's terminal; then stopped, whatever it is doing.
				go p.Quit()
				t := time.NewTimer(quitGrace)
				select {
				case <-done:
				case <-t.C:
					p.Kill()
				}
				t.Stop()
				return
			case <-out.Failed():
				if errors.Is(out.Err(), errOverBudget) {
					ss.goodbye(errOverBudget.Error())
				} else {
					ss.goodbye("") // the client went: nobody to tell
				}
				p.Kill()
				return
			case now := <-idle.C:
				switch {
				case in.since() >= s.cfg.IdleTimeout:
					ss.goodbye(fmt.Sprintf("no key pressed for %s", s.cfg.IdleTimeout))
				case out.stalled(now) >= s.cfg.WriteTimeout:
					ss.goodbye(errOverBudget.Error())
				}
			case <-limit.C:
				ss.goodbye(fmt.Sprintf("sessions last at most %s", s.cfg.MaxSession))
			}
		}
	}()
	_, err := p.Run()
	p.Kill()
	if v, stack := g.caught(); v != nil {
		panic(fmt.Sprintf("%v\n%s", v, stack)) // to the session's recover, which logs it
	}
	if why := ss.why(); why != "" {
		fmt.Fprintf(out, "yuebao: %s; goodbye.\r\n", why)
		return 0
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return 1
	}
	return 0
}

// Largest window a session is drawn for. The protocol allows 65535×65535,
// and every frame is width × height cells: one client could make the
// server hold gigabytes. Nobody reads a thousand columns.
const maxColumns, maxRows = 1000, 500

func windowSize(w ssh.Window) tea.WindowSizeMsg {
	return tea.WindowSizeMsg{Width: max(0, min(w.Width, maxColumns)), Height: max(0, min(w.Height, maxRows))}
}

// guard runs the reader with every call into it — Update, View and the
// commands Update returns, which Bubble Tea runs on goroutines of their
// own — protected: a panic is recorded and the program told to quit, so
// that it shuts down cleanly and the session alone ends.
type guard struct {
	model tea.Model
	quit  func()

	mu    sync.Mutex
	val   any
	stack []byte
}

func (g *guard) catch() {
	if v := recover(); v != nil {
		g.mu.Lock()
		if g.val == nil {
			g.val, g.stack = v, debug.Stack()
		}
		g.mu.Unlock()
		if g.quit != nil {
			g.quit()
		}
	}
}

func (g *guard) caught() (any, []byte) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.val, g.stack
}

func (g *guard) Init() (cmd tea.Cmd) {
	defer g.catch()
	return g.wrap(g.model.Init())
}

func (g *guard) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	next = g // what Bubble Tea keeps if the reader panics: never nil
	defer g.catch()
	if v, _ := g.caught(); v != nil {
		return g, tea.Quit
	}
	m, c := g.model.Update(msg)
	g.model = m
	return g, g.wrap(c)
}

func (g *guard) View() (v string) {
	defer g.catch()
	if v, _ := g.caught(); v != nil {
		return ""
	}
	return g.model.View()
}

// wrap protects a command, and the commands of a batch it returns.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer g.catch()
		msg = cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			out := make(tea.BatchMsg, len(b))
			for i, c := range b {
				out[i] = g.wrap(c)
			}
			msg = out
		}
		return msg
	}
}

// restoreTerminal undoes what the reader set up: mouse reporting, the
// hidden cursor and the alternate screen.
const restoreTerminal = "\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l\x1b[?25h\x1b[?1049l"

// activity remembers when the user last sent anything, so that the idle
// timeout counts from the last key and not from the screen's output.
// It also tells when the input has ended: the client closed the channel
// or its side of it, and nobody is left to read the screen or quit the
// reader, which Bubble Tea would otherwise run on without input.
type activity struct {
	r    io.Reader
	last atomic.Int64
	once sync.Once
	eof  chan struct{}
}

func newActivity(r io.Reader) *activity {
	a := &activity{r: r, eof: make(chan struct{})}
	a.touch()
	return a
}

func (a *activity) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.touch()
	}
	if err != nil {
		a.once.Do(func() { close(a.eof) })
	}
	return n, err
}

func (a *activity) touch() { a.last.Store(time.Now().UnixNano()) }

func (a *activity) since() time.Duration {
	return time.Since(time.Unix(0, a.last.Load()))
}

// newRenderer makes the session's colour renderer from what the client
// told us (TERM, COLORTERM, NO_COLOR, COLORFGBG) and nothing else. It does
// not query the terminal: a client that does not answer would make that
// query swallow the user's first key.
func newRenderer(out io.Writer, pty ssh.Pty, env []string) *lipgloss.Renderer {
	env = append(env[:len(env):len(env)], "TERM="+pty.Term)
	r := lipgloss.NewRenderer(out,
		termenv.WithEnvironment(environ(env)),
		termenv.WithUnsafe(),
		termenv.WithColorCache(true),
	)
	if pty.Term == "" || pty.Term == "dumb" || getenv(env, "NO_COLOR") != "" {
		r.SetColorProfile(termenv.Ascii)
	}
	r.SetHasDarkBackground(!ui.LightBackground(getenv(env, "COLORFGBG")))
	return r
}

type environ []string

func (e environ) Environ() []string { return e }

func (e environ) Getenv(k string) string { return getenv(e, k) }

func getenv(env []string, k string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], k+"="); ok {
			return v
		}
	}
	return ""
}

func fingerprint(k ssh.PublicKey) string {
	if k == nil {
		return "anonymous"
	}
	return gossh.FingerprintSHA256(k)
}
