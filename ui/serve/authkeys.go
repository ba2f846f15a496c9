package serve

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"time"

	"github.com/anmitsu/go-shlex"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// AuthorizedKey is one line of an authorized_keys file: a key and the
// options this server enforces.
type AuthorizedKey struct {
	Key  gossh.PublicKey
	Line int // in the file, from 1, for the logs and error messages
	// From is the from= pattern list as written: the client's address
	// must match it. Empty: any address.
	From string
	// Expiry is expiry-time=: after it the line lets nobody in. Zero: none.
	Expiry time.Time
	// Command is command=: every session of the key runs it, whatever
	// the client asks. Empty: the client's own command.
	Command string
	// NoPty is no-pty, or restrict not followed by pty: the key's
	// sessions get no terminal, so only toc and help work.
	NoPty bool
}

// ParseAuthorizedKeys reads an authorized_keys file as sshd does, a line
// at a time: blank lines and # comments anywhere, on each other line
// options, a key and a comment. The options the server cannot enforce
// (cert-authority, environment=, permitopen=, …), and values it cannot
// check (a host name in from=, a bad date), are errors naming the line:
// ignoring one would let in a key its owner meant to restrict.
func ParseAuthorizedKeys(data []byte) ([]AuthorizedKey, error) {
	var keys []AuthorizedKey
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line) // also the \r of CRLF line ends
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, err := parseAuthorizedLine(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		k.Line = n + 1
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, errors.New("no key in the file")
	}
	return keys, nil
}

// parseAuthorizedLine reads one line that is not blank or a comment.
func parseAuthorizedLine(line string) (AuthorizedKey, error) {
	key, _, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
	if err != nil {
		if unterminatedQuote(line) {
			return AuthorizedKey{}, errors.New("unterminated quote in the options")
		}
		return AuthorizedKey{}, err
	}
	k := AuthorizedKey{Key: key}
	seen := map[string]bool{}
	for _, o := range options {
		name, value, hasValue := strings.Cut(o, "=")
		lower := strings.ToLower(name) // sshd matches option names in any case
		switch lower {
		case "restrict", "no-pty", "pty", "no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc":
			if hasValue {
				return AuthorizedKey{}, fmt.Errorf("option %q takes no value", name)
			}
			// Only the pty is worth tracking: the server never forwards
			// anything nor runs a user rc, whatever the line says. Order
			// matters, as in sshd: restrict,pty gets a terminal.
			switch lower {
			case "restrict", "no-pty":
				k.NoPty = true
			case "pty":
				k.NoPty = false
			}
			continue
		case "cert-authority":
			return AuthorizedKey{}, errors.New("cert-authority (user certificates) is not supported; list the user keys themselves")
		case "from", "expiry-time", "command":
		default:
			return AuthorizedKey{}, fmt.Errorf("option %q is not supported here; remove it or the key", name)
		}
		if !hasValue {
			return AuthorizedKey{}, fmt.Errorf("option %q needs a value (%s=\"…\")", name, lower)
		}
		v, err := dequote(value)
		if err != nil {
			return AuthorizedKey{}, fmt.Errorf("%s=: %w", lower, err)
		}
		// sshd refuses a second from= or command= (which should win?);
		// of several expiry-time= the earliest holds.
		if seen[lower] && lower != "expiry-time" {
			return AuthorizedKey{}, fmt.Errorf("more than one %s= option", lower)
		}
		seen[lower] = true
		switch lower {
		case "from":
			if _, err := parseFrom(v); err != nil {
				return AuthorizedKey{}, err
			}
			k.From = v
		case "expiry-time":
			t, err := parseExpiry(v, time.Local)
			if err != nil {
				return AuthorizedKey{}, err
			}
			if k.Expiry.IsZero() || t.Before(k.Expiry) {
				k.Expiry = t
			}
		case "command":
			if err := checkCommand(v); err != nil {
				return AuthorizedKey{}, err
			}
			k.Command = v
		}
	}
	return k, nil
}

// unterminatedQuote reports whether the options field (everything before
// the first blank outside quotes) leaves a quote open, which the SSH
// library reports only as "no key found".
func unterminatedQuote(line string) bool {
	in := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && in && i+1 < len(line) && line[i+1] == '"':
			i++
		case c == '"':
			in = !in
		case (c == ' ' || c == '\t') && !in:
			return false
		}
	}
	return in
}

// dequote reads an option's quoted value as sshd does: \" stands for a
// quote, and nothing may follow the closing quote.
func dequote(v string) (string, error) {
	if !strings.HasPrefix(v, `"`) {
		return "", errors.New(`the value must be in double quotes`)
	}
	var b strings.Builder
	for i := 1; i < len(v); i++ {
		switch {
		case v[i] == '\\' && i+1 < len(v) && v[i+1] == '"':
			b.WriteByte('"')
			i++
		case v[i] == '"':
			if i != len(v)-1 {
				return "", fmt.Errorf("%q after the closing quote", v[i+1:])
			}
			return b.String(), nil
		default:
			b.WriteByte(v[i])
		}
	}
	return "", errors.New("unterminated quote")
}

// checkCommand refuses a command= that no session could run as given.
func checkCommand(c string) error {
	if strings.TrimSpace(c) == "" {
		return errors.New(`command= is empty`)
	}
	if len(c) > maxCommand {
		return fmt.Errorf("command= is longer than %d bytes", maxCommand)
	}
	if _, err := shlex.Split(c, true); err != nil {
		return fmt.Errorf("command= %q: %w", c, err)
	}
	return nil
}

// splitCommand splits a forced command into words as the SSH library
// splits the client's own, so that command="X" is exactly `ssh host X`.
func splitCommand(c string) []string {
	words, _ := shlex.Split(c, true) // checked by checkCommand
	return words
}

// addrPattern is one entry of a from= list.
type addrPattern struct {
	neg    bool
	prefix netip.Prefix // an address (a full-length prefix) or a CIDR block
	glob   string       // or a wildcard over the address as text
}

// parseFrom reads a from= pattern list as sshd reads it: patterns
// separated by commas, each an address, a CIDR block or a wildcard (*
// and ?) over the address as text, negated by a leading !. sshd also
// matches host names, through DNS; this server looks nothing up, so a
// host name, which could never match, is an error rather than a line
// that silently lets nobody in.
func parseFrom(list string) ([]addrPattern, error) {
	var pats []addrPattern
	for _, p := range strings.Split(list, ",") {
		var ap addrPattern
		p, ap.neg = strings.CutPrefix(p, "!")
		switch {
		case p == "":
			return nil, fmt.Errorf("from=%q has an empty pattern", list)
		case strings.Contains(p, "/"):
			prefix, err := netip.ParsePrefix(p)
			if err != nil {
				return nil, fmt.Errorf("from= pattern %q is not a CIDR block", p)
			}
			// sshd refuses 192.0.2.1/24 too: a host or a network?
			if prefix.Masked() != prefix {
				return nil, fmt.Errorf("from= pattern %q has address bits set past the /%d (the block is %s)", p, prefix.Bits(), prefix.Masked())
			}
			ap.prefix = prefix
		case strings.ContainsAny(p, "*?"):
			if !addressWildcard(p) {
				return nil, hostNameError(p)
			}
			ap.glob = strings.ToLower(p)
		default:
			addr, err := netip.ParseAddr(p)
			if err != nil {
				return nil, hostNameError(p)
			}
			if addr.Zone() != "" {
				return nil, fmt.Errorf("from= pattern %q: addresses with a zone are not supported", p)
			}
			ap.prefix = netip.PrefixFrom(addr, addr.BitLen())
		}
		pats = append(pats, ap)
	}
	return pats, nil
}

func hostNameError(p string) error {
	return fmt.Errorf("from= pattern %q is not an address: only addresses, CIDR blocks (192.0.2.0/24) and address wildcards (192.0.2.*) can be checked, as this server looks up no host names", p)
}

// addressWildcard reports whether a wildcard pattern can only match
// addresses written as text: digits and dots (IPv4), or hex digits,
// colons and dots when it has a colon (IPv6).
func addressWildcard(p string) bool {
	chars := "0123456789.*?"
	if strings.Contains(p, ":") {
		chars += ":abcdefABCDEF"
	}
	return !strings.ContainsFunc(p, func(r rune) bool { return !strings.ContainsRune(chars, r) })
}

// matchFrom reports whether addr is allowed by the patterns: some
// pattern matches it and no negated one does.
func matchFrom(pats []addrPattern, addr netip.Addr) bool {
	if !addr.IsValid() {
		return false
	}
	// A client reaching a dual-stack listener over IPv4 is an IPv4
	// client, as sshd sees it.
	addr = addr.Unmap().WithZone("")
	text := addr.String()
	ok := false
	for _, p := range pats {
		var hit bool
		if p.glob != "" {
			hit = wildcardMatch(p.glob, text)
		} else {
			hit = p.prefix.Contains(addr)
		}
		if hit && p.neg {
			return false
		}
		ok = ok || hit
	}
	return ok
}

// wildcardMatch matches s against a pattern where * is any run of
// characters and ? any one, as sshd's match_pattern does.
func wildcardMatch(pattern, s string) bool {
	// Backtrack to the last *: linear enough for the short strings here.
	p, i, star, mark := 0, 0, -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i]):
			p++
			i++
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case star >= 0:
			mark++
			p, i = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// parseExpiry reads an expiry-time= value as sshd does: YYYYMMDD,
// YYYYMMDDHHMM or YYYYMMDDHHMMSS, in loc (sshd: the system's time zone)
// unless it ends in Z or UTC. A date alone means its first second.
func parseExpiry(v string, loc *time.Location) (time.Time, error) {
	digits := v
	if s, ok := cutSuffixFold(v, "Z"); ok {
		digits, loc = s, time.UTC
	} else if s, ok := cutSuffixFold(v, "UTC"); ok {
		digits, loc = s, time.UTC
	}
	layout := map[int]string{8: "20060102", 12: "200601021504", 14: "20060102150405"}[len(digits)]
	if layout == "" || strings.Trim(digits, "0123456789") != "" {
		return time.Time{}, fmt.Errorf("expiry-time=%q is not YYYYMMDD[HHMM[SS]][Z]", v)
	}
	t, err := time.ParseInLocation(layout, digits, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("expiry-time=%q is not a valid time: %w", v, err)
	}
	if t.Unix() <= 0 {
		return time.Time{}, fmt.Errorf("expiry-time=%q is before 1970", v)
	}
	return t, nil
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// authLine is an authorized key with its from= list parsed once.
type authLine struct {
	AuthorizedKey
	from []addrPattern
}

// compileKeys checks keys given to New or SetAuthorizedKeys (which need
// not come from ParseAuthorizedKeys) and parses their from= lists.
func compileKeys(keys []AuthorizedKey) ([]authLine, error) {
	out := make([]authLine, 0, len(keys))
	for i, k := range keys {
		where := fmt.Sprintf("line %d", k.Line)
		if k.Line == 0 {
			where = fmt.Sprintf("key %d", i+1)
		}
		if k.Key == nil {
			return nil, fmt.Errorf("%s: no key", where)
		}
		l := authLine{AuthorizedKey: k}
		if k.From != "" {
			pats, err := parseFrom(k.From)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			l.from = pats
		}
		out = append(out, l)
	}
	return out, nil
}

// authLineKey holds, on a connection's context, the AuthorizedKey whose
// line let the client in.
type authLineKey struct{}

// authorize finds the first line for key whose options let this client
// in now, as sshd does with a key listed more than once. When none does,
// reason says why the key's lines refused it ("" when the key is on none).
func (s *Server) authorize(ctx ssh.Context, key ssh.PublicKey, now time.Time) (line *AuthorizedKey, reason string) {
	addr := remoteIP(ctx.RemoteAddr())
	var why []string
	for _, l := range *s.keys.Load() {
		if !ssh.KeysEqual(key, l.Key) {
			continue
		}
		switch {
		case !l.Expiry.IsZero() && now.After(l.Expiry):
			why = append(why, fmt.Sprintf("line %d: expired at %s", l.Line, l.Expiry.Format(time.RFC3339)))
		case l.from != nil && !matchFrom(l.from, addr):
			why = append(why, fmt.Sprintf("line %d: from=%q does not allow %s", l.Line, l.From, addr))
		default:
			return &l.AuthorizedKey, ""
		}
	}
	return nil, strings.Join(why, "; ")
}

// remoteIP is the client's address without its port (invalid when it is
// not an IP address, which no from= pattern matches).
func remoteIP(a net.Addr) netip.Addr {
	if t, ok := a.(*net.TCPAddr); ok {
		addr, _ := netip.AddrFromSlice(t.IP)
		return addr.Unmap()
	}
	if a == nil {
		return netip.Addr{}
	}
	ap, err := netip.ParseAddrPort(a.String())
	if err != nil {
		return netip.Addr{}
	}
	return ap.Addr().Unmap()
}

// authorizedLine is the line that let the session's client in, if any.
func authorizedLine(ctx ssh.Context) (AuthorizedKey, bool) {
	l, ok := ctx.Value(authLineKey{}).(AuthorizedKey)
	return l, ok
}

// forcedCommand is the command= of the line that let the client in.
func forcedCommand(ctx ssh.Context) (string, bool) {
	l, ok := authorizedLine(ctx)
	return l.Command, ok && l.Command != ""
}

// allowPty refuses a terminal to a key whose line says no-pty (or
// restrict), as sshd does: the client is told and goes on without one.
func (s *Server) allowPty(ctx ssh.Context, _ ssh.Pty) bool {
	l, ok := authorizedLine(ctx)
	if ok && l.NoPty {
		s.log.Info("pty refused", "addr", ctx.RemoteAddr().String(), "user", ctx.User(), "reason", fmt.Sprintf("line %d: no-pty or restrict", l.Line))
		return false
	}
	return true
}
