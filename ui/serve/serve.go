// Package serve offers the reader over SSH: every session gets its own
// reader, at its own size and colours, over one shared parsed copy of each
// issue. It serves the reader and nothing else — no shell, no exec, no
// forwarding, no file transfer.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui"
	"github.com/yuebao/yuebao/ui/state"
)

// Config is the server's settings. Zero values take the defaults.
type Config struct {
	Issues []*ui.Doc
	// Library, when set, is served instead of Issues: each session sees
	// the library as it is when the session starts.
	Library *library.Library
	// Catalogue, when set, is served instead of either: it gives the
	// issues as a session starting now sees them (a catalogue's Docs,
	// parsed when a reader opens them) and the Archive its picker
	// searches.
	Catalogue func() ([]*ui.Doc, ui.Archive)
	HostKey   gossh.Signer
	// AuthorizedKeys, when not empty, are the only public keys let in,
	// each as its line's options allow (ParseAuthorizedKeys reads them).
	// Without them anyone may read, anonymously.
	AuthorizedKeys []AuthorizedKey

	MaxSessions int // default 100
	// MaxPerAddress bounds the sessions open from one client address, so
	// that one client cannot take every slot; 0: no bound.
	MaxPerAddress    int
	IdleTimeout      time.Duration // since the user's last key; default 30 min
	MaxSession       time.Duration // default 12 h
	HandshakeTimeout time.Duration // to authenticate and open a session; default 30 s
	GoodbyeTimeout   time.Duration // for sessions to close at shutdown; default 5 s
	// WriteTimeout is how long a client may leave the server's output
	// untaken, at the SSH layer or below it, before its connection is
	// closed; default 1 min.
	WriteTimeout time.Duration
	// OutputBudget bounds the output a session queues for a client that
	// reads slower than the screen changes; past it the session ends.
	// Default 2 MB: twice the largest frame.
	OutputBudget int
	// MaxStartups bounds the connections that have not started a
	// session (see startups); default 100, negative: no bound.
	MaxStartups int
	// RatePerSecond and RateBurst limit new connections per client
	// address; defaults 2 a second with bursts of 10. Negative: no limit.
	RatePerSecond float64
	RateBurst     int

	Logger *log.Logger // default: to stderr

	// wrapModel lets tests put a model around each session's reader (to
	// make one session panic, say).
	wrapModel func(tea.Model) tea.Model
}

func (c *Config) defaults() {
	if c.MaxSessions <= 0 {
		c.MaxSessions = 100
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 30 * time.Minute
	}
	if c.MaxSession <= 0 {
		c.MaxSession = 12 * time.Hour
	}
	if c.HandshakeTimeout <= 0 {
		c.HandshakeTimeout = 30 * time.Second
	}
	if c.GoodbyeTimeout <= 0 {
		c.GoodbyeTimeout = 5 * time.Second
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = time.Minute
	}
	if c.OutputBudget <= 0 {
		c.OutputBudget = 2 << 20
	}
	if c.MaxStartups == 0 {
		c.MaxStartups = 100
	}
	if c.RatePerSecond == 0 {
		c.RatePerSecond = 2
	}
	if c.RateBurst <= 0 {
		c.RateBurst = 10
	}
	if c.Logger == nil {
		c.Logger = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true})
	}
}

// Server is a running SSH server.
type Server struct {
	cfg     Config
	srv     *ssh.Server
	limiter *rateLimiter
	refusal refusalLog
	// startups counts the connections that have not started a session.
	startups *startups
	log      *log.Logger

	mu       sync.Mutex
	sessions map[*session]struct{}
	conns    map[*guardedConn]struct{} // every connection past accept
	// places is where each public key left each issue, in memory only.
	places state.Memory
	// docs are the library's issues as sessions take them, one Doc per
	// parsed issue, so that its indexes are built once and shared by
	// every session.
	docs map[*model.Issue]*ui.Doc

	// keys are the authorized keys now: cfg.AuthorizedKeys at start, then
	// what SetAuthorizedKeys gave. Nil for an anonymous server.
	keys atomic.Pointer[[]authLine]

	closing atomic.Bool
}

// SetAuthorizedKeys replaces the keys let in, as sshd rereads its
// authorized keys: connections that authenticate from now on are checked
// against keys; sessions already open go on. A server started anonymous
// stays anonymous (its authentication methods were chosen at start), and
// an empty list would lock everyone out: both are errors.
func (s *Server) SetAuthorizedKeys(keys []AuthorizedKey) error {
	if s.Anonymous() {
		return errors.New("the server was started without authorized keys; restart it with --authorized-keys")
	}
	if len(keys) == 0 {
		return errors.New("no key in the new list; the old keys stay")
	}
	lines, err := compileKeys(keys)
	if err != nil {
		return fmt.Errorf("the old keys stay: %w", err)
	}
	s.keys.Store(&lines)
	return nil
}

// issues is what a session starting now may read. It builds nothing
// while it holds the server's lock: a Doc's indexes are built by the
// first session that needs them, on its own goroutine.
func (s *Server) issues() ([]*ui.Doc, ui.Archive) {
	if s.cfg.Catalogue != nil {
		return s.cfg.Catalogue()
	}
	if s.cfg.Library == nil {
		return s.cfg.Issues, nil
	}
	items := s.cfg.Library.Snapshot()
	out := make([]*ui.Doc, len(items))
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, it := range items {
		d := s.docs[it.Issue]
		switch {
		case it.Issue == nil:
			d = ui.NewDoc(it.Name, it.Path, nil, it.Err)
		case d == nil:
			d = ui.NewDoc(it.Name, it.Path, it.Issue, it.Err)
			s.docs[it.Issue] = d
		case d.Name != it.Name || d.Err != it.Err:
			// Renamed, or a warning came or went: the same issue, and the
			// same indexes.
			d = d.As(it.Name, it.Err)
			s.docs[it.Issue] = d
		}
		out[i] = d
	}
	// Forget the Docs of copies the library no longer holds.
	if len(s.docs) > 2*len(items) {
		live := make(map[*model.Issue]bool, len(items))
		for _, it := range items {
			live[it.Issue] = true
		}
		for iss := range s.docs {
			if !live[iss] {
				delete(s.docs, iss)
			}
		}
	}
	return out, nil
}

// New checks the configuration and builds the server; Serve starts it.
func New(cfg Config) (*Server, error) {
	cfg.defaults()
	if len(cfg.Issues) == 0 && cfg.Library == nil && cfg.Catalogue == nil {
		return nil, errors.New("serve: no issue to serve")
	}
	if cfg.HostKey == nil {
		return nil, errors.New("serve: no host key")
	}
	s := &Server{
		cfg:      cfg,
		log:      cfg.Logger,
		sessions: map[*session]struct{}{},
		conns:    map[*guardedConn]struct{}{},
		docs:     map[*model.Issue]*ui.Doc{},
	}
	if len(cfg.AuthorizedKeys) > 0 {
		lines, err := compileKeys(cfg.AuthorizedKeys)
		if err != nil {
			return nil, fmt.Errorf("serve: authorized keys: %w", err)
		}
		s.keys.Store(&lines)
	}
	if cfg.RatePerSecond > 0 {
		s.limiter = newRateLimiter(cfg.RatePerSecond, cfg.RateBurst)
	}
	s.refusal.now = time.Now
	if cfg.MaxStartups > 0 {
		s.startups = newStartups(cfg.MaxStartups)
	}
	opts := []ssh.Option{
		func(srv *ssh.Server) error {
			srv.AddHostKey(cfg.HostKey)
			srv.ConnCallback = s.accept
			srv.PtyCallback = s.allowPty // no-pty in authorized_keys
			// Backstop for a connection that outlives every session limit.
			srv.MaxTimeout = cfg.MaxSession + cfg.GoodbyeTimeout + time.Minute
			return nil
		},
		wish.WithPublicKeyAuth(s.publicKeyAuth),
		wish.WithMiddleware(s.handle),
	}
	if len(cfg.AuthorizedKeys) == 0 {
		// Anonymous reading: let in keyless clients too, without ever
		// asking for a password.
		opts = append(opts, wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	// Only sessions: no port forwarding, no agent or X11 forwarding
	// channels, no subsystems (sftp), whatever the defaults become.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.guardChannel(ssh.DefaultSessionHandler)}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	srv.LocalPortForwardingCallback = nil
	srv.ReversePortForwardingCallback = nil
	s.srv = srv
	return s, nil
}

// guardChannel stands between a session channel and the SSH library's
// handling of its requests. It answers no to agent forwarding, which the
// library grants to every session whatever the server wants (the reader
// has no use for a client's keys, and a server holding them is a risk to
// it), and it bounds the environment a client may send: the library
// keeps every env request of a channel, so a client that sends them
// without end before starting a shell could grow the server without end.
//
// It also counts the channels of a connection, started or not: each
// holds the library's goroutines and buffers, so one connection may open
// maxPerConn at once, and those past it are rejected.
func (s *Server) guardChannel(next ssh.ChannelHandler) ssh.ChannelHandler {
	return func(srv *ssh.Server, conn *gossh.ServerConn, newChan gossh.NewChannel, ctx ssh.Context) {
		g, _ := ctx.Value(connKey{}).(*guardedConn)
		if g != nil {
			if !g.openChannel() {
				msg := fmt.Sprintf("at most %d sessions a connection", maxPerConn)
				if g.once(refusedChannel) {
					s.log.Warn("channel refused", "addr", conn.RemoteAddr().String(), "reason", msg)
				}
				_ = newChan.Reject(gossh.ResourceShortage, msg)
				return
			}
			// The library's handler returns when the channel is closed.
			defer g.closeChannel()
		}
		next(srv, conn, guardedChannel{NewChannel: newChan, s: s, conn: conn, g: g}, ctx)
	}
}

// Limits on a channel's environment: a real client sends a few variables
// (TERM, LANG, COLORTERM, RUNEWIDTH_EASTASIAN).
const (
	maxEnvVars  = 64
	maxEnvBytes = 16 << 10
)

// guardedChannel is a session channel whose requests are filtered before
// the library sees them.
type guardedChannel struct {
	gossh.NewChannel
	s    *Server
	conn *gossh.ServerConn
	g    *guardedConn // nil in no real server
}

func (c guardedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request) // unbuffered: the library's pace, as before
	ready := make(chan struct{})
	guarded := guardedCh{Channel: ch, ready: ready, once: new(sync.Once)}
	go func() {
		defer close(out)
		envs, envBytes, requests := 0, 0, 0
		// Window changes are coalesced: only the latest waits to be handed
		// on, so a flood costs nothing and the connection's requests keep
		// moving whatever the reader does. Before the session starts they
		// are answered and dropped (it starts at the size of its pty
		// request): the library hands each to a channel of one that nobody
		// reads yet, so a second one used to block its request loop, and
		// the session, for good. From the start until the session has read
		// its pty (see guardedCh) the latest waits: the library writes the
		// size it hands on into the pty the session reads, unguarded.
		var pending *gossh.Request
		started := false
		for {
			var send chan<- *gossh.Request
			if pending != nil && started {
				select {
				case <-ready:
					send = out
				default:
				}
			}
			var r *gossh.Request
			select {
			case req, ok := <-reqs:
				if !ok {
					return
				}
				r = req
			case send <- pending:
				pending = nil
				continue
			case <-waitReady(pending != nil && started && send == nil, ready):
				continue // ready now: hand pending on
			}
			refuse := false
			if r.Type != "window-change" {
				// Window changes are coalesced; every other request is
				// counted: a real client sends a dozen.
				requests++
				if requests > maxRequests {
					c.closeConn(r, reqs, fmt.Sprintf("over %d requests on a channel", maxRequests))
					return
				}
			}
			switch r.Type {
			case "window-change":
				if pending != nil && pending.WantReply {
					_ = pending.Reply(true, nil)
				}
				pending = r
				if !started {
					if pending.WantReply {
						_ = pending.Reply(true, nil)
					}
					pending = nil
				}
				continue
			case "auth-agent-req@openssh.com", "signal", "break":
				// Nothing here forwards an agent, and the reader takes no
				// signals or breaks: the library would keep every signal
				// of a channel (128 of up to 256 KB each) for nobody.
				refuse = true
			case "env":
				envs++
				envBytes += len(r.Payload)
				if envs > maxEnvVars || envBytes > maxEnvBytes {
					// No client sends that much.
					c.closeConn(r, reqs, fmt.Sprintf("environment over %d variables or %d bytes", maxEnvVars, maxEnvBytes))
					return
				}
			case "shell", "exec", "subsystem":
				started = true
			}
			if refuse {
				if r.WantReply {
					_ = r.Reply(false, nil)
				}
				continue
			}
			out <- r
		}
	}()
	return guarded, out, nil
}

// maxRequests bounds the requests of a channel other than window changes.
const maxRequests = 256

// closeConn refuses r and closes the connection, which also frees what
// the library holds for it, with one log line; it takes the channel's
// remaining requests until the library closes it.
func (c guardedChannel) closeConn(r *gossh.Request, reqs <-chan *gossh.Request, reason string) {
	c.s.log.Warn("connection closed", "addr", c.conn.RemoteAddr().String(), "reason", reason)
	if r.WantReply {
		_ = r.Reply(false, nil)
	}
	_ = c.conn.Close()
	for range reqs {
	}
}

// waitReady is ready when the request filter has a size waiting for it,
// and otherwise a channel that never fires.
func waitReady(waiting bool, ready chan struct{}) <-chan struct{} {
	if waiting {
		return ready
	}
	return nil
}

// guardedCh is a session channel that tells the request filter when
// its session has read its pty: the session reads or writes the channel
// only once it has (handle reads the pty first of all).
type guardedCh struct {
	gossh.Channel
	ready chan struct{}
	once  *sync.Once
}

func (c guardedCh) markReady() { c.once.Do(func() { close(c.ready) }) }

func (c guardedCh) Read(p []byte) (int, error) {
	c.markReady()
	return c.Channel.Read(p)
}

func (c guardedCh) Write(p []byte) (int, error) {
	c.markReady()
	return c.Channel.Write(p)
}

// Anonymous reports whether anyone may connect.
func (s *Server) Anonymous() bool { return len(s.cfg.AuthorizedKeys) == 0 }

// Serve accepts connections on ln until Shutdown. It returns
// ssh.ErrServerClosed after a shutdown.
func (s *Server) Serve(ln net.Listener) error {
	return s.srv.Serve(ln)
}

// Sessions is the number of sessions open now.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// Shutdown stops accepting connections, tells every session that the
// server is going away, and waits for them to close, at most
// GoodbyeTimeout (or until ctx ends); then it closes what is left.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing.Store(true)
	open := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		open = append(open, ss)
	}
	conns := make([]*guardedConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, ss := range open {
		ss.goodbye("the server is shutting down")
	}
	// A connection between sessions, or still in its handshake, has
	// nothing to say goodbye to: it is closed now, not at the deadline.
	// The others close as their last session ends (see ended).
	for _, c := range conns {
		c.closeIfIdle()
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.GoodbyeTimeout)
	defer cancel()
	err := s.srv.Shutdown(ctx)
	if err != nil {
		// Whatever has not said goodbye by now is cut off.
		s.srv.Close()
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nil
	}
	return err
}

// accept runs for every new connection before the handshake: it applies
// the per-address rate limit and a deadline for the handshake, so that a
// client that connects and never finishes costs nothing lasting.
func (s *Server) accept(ctx ssh.Context, conn net.Conn) net.Conn {
	host := clientKey(conn.RemoteAddr())
	s.logRefusals()
	if s.closing.Load() {
		return nil // shutting down: Shutdown would not see it
	}
	if !s.limiter.allow(host) {
		s.refused(host, conn.RemoteAddr().String(), "rate limit")
		return nil
	}
	now := time.Now()
	g := &guardedConn{Conn: conn, limit: now.Add(s.cfg.HandshakeTimeout), handshake: true, grace: s.cfg.HandshakeTimeout, host: host, writeTimeout: s.cfg.WriteTimeout, startups: s.startups, born: now}
	g.server = s
	g.deadline = g.limit // before g is shared
	_ = g.apply()
	victim, ok := s.startups.admit(g)
	if !ok {
		s.refused(host, conn.RemoteAddr().String(), "too many connections without a session")
		return nil
	}
	if victim != nil {
		_ = victim.Close()
	}
	s.mu.Lock()
	s.conns[g] = struct{}{}
	s.mu.Unlock()
	ctx.SetValue(connKey{}, g)
	return g
}

type connKey struct{}

// clientKey is who a connection is from, for the limits per address: the
// IP address, or for IPv6 its /64, which one client holds whole (a
// client that took a new address for every connection would pass every
// limit per address).
func clientKey(a net.Addr) string {
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	ip := net.ParseIP(host)
	if ip == nil || ip.To4() != nil {
		return host
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// logRefusals logs, once a minute, the counts of refusals not logged yet
// of addresses refused over a minute ago; every new connection checks.
func (s *Server) logRefusals() {
	for _, sum := range s.refusal.flush() {
		s.log.Warn("connections refused", "host", sum.host, "reason", sum.reason, "count", sum.n, "in", "the last minute")
	}
}

// refused logs a refused connection, summarised: see refusalLog.
func (s *Server) refused(host, addr, reason string) {
	logNow, n := s.refusal.refused(host, reason)
	switch {
	case !logNow:
	case n == 1:
		s.log.Warn("connection refused", "addr", addr, "reason", reason, "note", "more from this address are counted and logged once a minute")
	default:
		s.log.Warn("connections refused", "host", host, "reason", reason, "count", n, "in", "the last minute")
	}
}

// guardedConn holds a deadline over the handshake: until the first
// session starts, the SSH library's own deadline updates (which clear the
// deadline when no idle timeout is set) cannot push it back. And it puts
// a deadline on every write, which those updates cannot push back either:
// a client that stops taking the bytes at the TCP layer loses the
// connection instead of holding the writer, and every session on the
// connection, for good.
type guardedConn struct {
	net.Conn
	mu           sync.Mutex
	handshake    bool
	limit        time.Time
	grace        time.Duration // the handshake timeout, again after the last session
	open         int           // sessions running on the connection
	host         string        // the client's address, for MaxPerAddress
	writeTimeout time.Duration
	deadline     time.Time // the library's, for reads and writes
	writeBy      time.Time // the write under way's; zero when none
	channels     int       // session channels open, started or not
	logged       uint8     // the refusals already logged, a bit each

	// Counted in startups until the first session starts; pending and
	// born belong to startups' lock.
	startups *startups
	pending  bool
	born     time.Time
	server   *Server
}

// Refusals logged once per connection.
const (
	refusedChannel uint8 = 1 << iota
)

// once reports whether the refusal what is the first of its kind on c.
func (c *guardedConn) once(what uint8) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	first := c.logged&what == 0
	c.logged |= what
	return first
}

// openChannel counts a session channel in, or reports false when the
// connection has its share.
func (c *guardedConn) openChannel() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.channels >= maxPerConn {
		return false
	}
	c.channels++
	return true
}

func (c *guardedConn) closeChannel() {
	c.mu.Lock()
	c.channels--
	c.mu.Unlock()
}

func (c *guardedConn) Close() error {
	c.startups.done(c)
	if c.server != nil {
		c.server.mu.Lock()
		delete(c.server.conns, c)
		c.server.mu.Unlock()
	}
	return c.Conn.Close()
}

// closeIfIdle closes the connection if no session runs on it.
func (c *guardedConn) closeIfIdle() {
	c.mu.Lock()
	idle := c.open == 0
	c.mu.Unlock()
	if idle {
		_ = c.Close()
	}
}

func (c *guardedConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.handshake && (t.IsZero() || t.After(c.limit)) {
		t = c.limit
	}
	c.deadline = t
	return c.apply()
}

// apply sets the deadlines; the caller holds mu.
func (c *guardedConn) apply() error {
	w := c.deadline
	if !c.writeBy.IsZero() && (w.IsZero() || c.writeBy.Before(w)) {
		w = c.writeBy
	}
	if err := c.Conn.SetReadDeadline(c.deadline); err != nil {
		return err
	}
	return c.Conn.SetWriteDeadline(w)
}

func (c *guardedConn) Write(p []byte) (int, error) {
	if c.writeTimeout > 0 {
		c.mu.Lock()
		c.writeBy = time.Now().Add(c.writeTimeout)
		_ = c.apply()
		c.mu.Unlock()
		defer func() {
			c.mu.Lock()
			c.writeBy = time.Time{}
			c.mu.Unlock()
		}()
	}
	return c.Conn.Write(p)
}

// closeGrace is how long a connection whose last session ended during
// a shutdown is left to its client to close.
const closeGrace = 500 * time.Millisecond

// cut closes the connection under every session on it: the way to free a
// writer the client has stopped reading from.
func (c *guardedConn) cut() { _ = c.Close() }

// maxPerConn bounds the sessions one connection may open at once: each
// SSH channel is a session, and a client could otherwise open every slot
// over one connection.
const maxPerConn = 4

// started lifts the handshake deadline once a session runs.
func (c *guardedConn) started() {
	c.startups.done(c)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.open++
	c.handshake = false
	c.deadline = time.Time{}
	_ = c.apply()
}

// ended counts a session out. A connection whose last session has ended
// gets the handshake's time to open another, then is closed: an idle
// connection costs the server memory and a file descriptor.
func (c *guardedConn) ended() {
	c.mu.Lock()
	c.open--
	idle := c.open == 0
	if idle && c.server != nil && c.server.closing.Load() {
		c.mu.Unlock()
		// The client is given a moment to take the exit status and hang
		// up itself (ssh says "broken pipe" and exits 255 when the server
		// is first); then the connection is closed, not at the deadline.
		time.AfterFunc(closeGrace, func() { _ = c.Close() })
		return
	}
	if idle {
		c.handshake = true
		c.limit = time.Now().Add(c.grace)
		c.deadline = c.limit
		_ = c.apply()
	}
	c.mu.Unlock()
	if !idle {
		return
	}
	// Between sessions the connection waits again, and counts again
	// against the connections without a session: a client that opens a
	// short session every so often cannot keep connections beyond it.
	victim, ok := c.startups.admit(c)
	if !ok {
		_ = c.Close()
		return
	}
	if victim != nil {
		_ = victim.Close()
	}
}

func (s *Server) publicKeyAuth(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.Anonymous() {
		return true
	}
	// x/crypto/ssh calls this last for the key the client signs with (it
	// caches one key's answer), so the line kept here is the one that let
	// the connection in.
	line, reason := s.authorize(ctx, key, time.Now())
	if line != nil {
		ctx.SetValue(authLineKey{}, *line)
		return true
	}
	ctx.SetValue(authLineKey{}, nil)
	// Each key a client offers and is refused: one line, as sshd logs it.
	fields := []any{"addr", ctx.RemoteAddr().String(), "user", ctx.User(), "method", "publickey", "key", fingerprint(key)}
	if reason != "" {
		fields = append(fields, "reason", reason)
	}
	s.log.Warn("authentication failed", fields...)
	return false
}

// register counts a new session in, or refuses it when the server is full
// or closing, or its address has its share.
func (s *Server) register(ss *session) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing.Load() {
		return errors.New("the server is shutting down")
	}
	if len(s.sessions) >= s.cfg.MaxSessions {
		return fmt.Errorf("the server is full (%d sessions); try again later", s.cfg.MaxSessions)
	}
	if s.cfg.MaxPerAddress > 0 && ss.host != "" {
		n := 0
		for o := range s.sessions {
			if o.host == ss.host {
				n++
			}
		}
		if n >= s.cfg.MaxPerAddress {
			return fmt.Errorf("%d sessions are open from your address already; close one first", n)
		}
	}
	s.sessions[ss] = struct{}{}
	return nil
}

func (s *Server) unregister(ss *session) {
	s.mu.Lock()
	delete(s.sessions, ss)
	s.mu.Unlock()
}
