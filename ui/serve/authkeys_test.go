package serve

import (
	"bytes"
	"fmt"
	"net/netip"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

const (
	akKey1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDmhpwYyBXiu5Ztcy9N1Mn0A7SObC+BlgbcjDJ4GCYMo one@example"
	akKey2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFxd4cdv1wRntCB53ih9rRDq5Y3tCZCx3C5tIQ1y8dCK two@example"
)

// akLine is signer's public key as an authorized_keys line after options.
func akLine(options string, k gossh.Signer) string {
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey())))
	if options != "" {
		line = options + " " + line
	}
	return line
}

// Each line's options as the server keeps them.
func TestParseAuthorizedKeysOptions(t *testing.T) {
	local := func(y int, m time.Month, d, h, min, s int) time.Time {
		return time.Date(y, m, d, h, min, s, 0, time.Local)
	}
	for _, tc := range []struct {
		options string
		want    AuthorizedKey
	}{
		{"", AuthorizedKey{}},
		{"restrict", AuthorizedKey{NoPty: true}},
		{"restrict,pty", AuthorizedKey{}},
		{"pty,restrict", AuthorizedKey{NoPty: true}},
		{"no-pty", AuthorizedKey{NoPty: true}},
		{"NO-PTY", AuthorizedKey{NoPty: true}},
		{"no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-user-rc", AuthorizedKey{}},
		{`from="192.0.2.0/24,!192.0.2.1"`, AuthorizedKey{From: "192.0.2.0/24,!192.0.2.1"}},
		{`From="2001:db8::/32,127.0.0.*"`, AuthorizedKey{From: "2001:db8::/32,127.0.0.*"}},
		{`expiry-time="20300101"`, AuthorizedKey{Expiry: local(2030, 1, 1, 0, 0, 0)}},
		{`expiry-time="203001021530"`, AuthorizedKey{Expiry: local(2030, 1, 2, 15, 30, 0)}},
		{`expiry-time="20300102153045Z"`, AuthorizedKey{Expiry: time.Date(2030, 1, 2, 15, 30, 45, 0, time.UTC)}},
		// Of several expiry times the earliest holds, as in sshd.
		{`expiry-time="20310101Z",expiry-time="20300101Z"`, AuthorizedKey{Expiry: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{`command="toc"`, AuthorizedKey{Command: "toc"}},
		{`restrict,command="toc pingdingshan-2023-11"`, AuthorizedKey{Command: "toc pingdingshan-2023-11", NoPty: true}},
		{`command="李明俊 \"市 长\""`, AuthorizedKey{Command: `李明俊 "市 长"`}},
	} {
		keys, err := ParseAuthorizedKeys([]byte(strings.TrimSpace(tc.options + " " + akKey1)))
		if err != nil {
			t.Errorf("%s: %v", tc.options, err)
			continue
		}
		got := keys[0]
		if got.Line != 1 || got.Key == nil || got.Key.Type() != "ssh-ed25519" {
			t.Errorf("%s: line %d, key %v", tc.options, got.Line, got.Key)
		}
		got.Key, got.Line = nil, 0
		if !got.Expiry.Equal(tc.want.Expiry) {
			t.Errorf("%s: expiry %v, want %v", tc.options, got.Expiry, tc.want.Expiry)
		}
		got.Expiry, tc.want.Expiry = time.Time{}, time.Time{}
		if got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.options, got, tc.want)
		}
	}
}

// A file is read a line at a time, comments and blank lines anywhere,
// whatever the line ends.
func TestParseAuthorizedKeysFile(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		lines      []int
	}{
		{"comment last, no newline", "# office\n\n" + akKey1 + "\n\t" + akKey2 + "\n# the last line is a comment", []int{3, 4}},
		{"comment last, newline", akKey1 + "\n# end\n", []int{1}},
		{"CRLF", "# office\r\n" + akKey1 + "\r\n\r\nrestrict " + akKey2 + "\r\n# end", []int{2, 4}},
		{"same key twice", `from="10.0.0.1" ` + akKey1 + "\n" + akKey1, []int{1, 2}},
	} {
		keys, err := ParseAuthorizedKeys([]byte(tc.file))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var lines []int
		for _, k := range keys {
			lines = append(lines, k.Line)
		}
		if fmt.Sprint(lines) != fmt.Sprint(tc.lines) {
			t.Errorf("%s: keys on lines %v, want %v", tc.name, lines, tc.lines)
		}
	}
}

// What the server cannot enforce, or cannot read, refuses the file with
// the line and the reason.
func TestParseAuthorizedKeysRefused(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"cert-authority " + akKey1, "cert-authority (user certificates) is not supported; list the user keys themselves"},
		{`environment="A=B" ` + akKey1, `option "environment" is not supported here; remove it or the key`},
		{`permitopen="localhost:80" ` + akKey1, `option "permitopen" is not supported here; remove it or the key`},
		{`permitlisten="8080" ` + akKey1, `option "permitlisten" is not supported here; remove it or the key`},
		{`tunnel="0" ` + akKey1, `option "tunnel" is not supported here; remove it or the key`},
		{`principals="alice" ` + akKey1, `option "principals" is not supported here; remove it or the key`},
		{"agent-forwarding " + akKey1, `option "agent-forwarding" is not supported here; remove it or the key`},
		{"port-forwarding " + akKey1, `option "port-forwarding" is not supported here; remove it or the key`},
		{"no-touch-required " + akKey1, `option "no-touch-required" is not supported here; remove it or the key`},
		{`no-pty="yes" ` + akKey1, `option "no-pty" takes no value`},
		{"from " + akKey1, `option "from" needs a value (from="…")`},
		{`from=10.0.0.1 ` + akKey1, "from=: the value must be in double quotes"},
		{`from="10.0.0.1"x ` + akKey1, `from=: "x" after the closing quote`},
		{`from="10.0.0.1 ` + akKey1, "unterminated quote in the options"},
		{`command="toc ` + akKey1, "unterminated quote in the options"},
		{`from="reader.example" ` + akKey1, `from= pattern "reader.example" is not an address: only addresses, CIDR blocks (192.0.2.0/24) and address wildcards (192.0.2.*) can be checked, as this server looks up no host names`},
		{`from="10.0.0.1,*.example.com" ` + akKey1, `from= pattern "*.example.com" is not an address`},
		{`from="!office" ` + akKey1, `from= pattern "office" is not an address`},
		{`from="10.0.0.0/33" ` + akKey1, `from= pattern "10.0.0.0/33" is not a CIDR block`},
		{`from="10.0.0.0/x" ` + akKey1, `from= pattern "10.0.0.0/x" is not a CIDR block`},
		{`from="192.0.2.1/24" ` + akKey1, `from= pattern "192.0.2.1/24" has address bits set past the /24 (the block is 192.0.2.0/24)`},
		{`from="2001:db8::1/32" ` + akKey1, `has address bits set past the /32 (the block is 2001:db8::/32)`},
		{`from="10.0.0.1," ` + akKey1, `from="10.0.0.1," has an empty pattern`},
		{`from="fe80::1%eth0" ` + akKey1, `from= pattern "fe80::1%eth0": addresses with a zone are not supported`},
		{`from="10.0.0.1",from="10.0.0.2" ` + akKey1, "more than one from= option"},
		{`command="toc",command="help" ` + akKey1, "more than one command= option"},
		{`expiry-time="20231301" ` + akKey1, `expiry-time="20231301" is not a valid time`},
		{`expiry-time="20230230" ` + akKey1, `expiry-time="20230230" is not a valid time`},
		{`expiry-time="2023010" ` + akKey1, `expiry-time="2023010" is not YYYYMMDD[HHMM[SS]][Z]`},
		{`expiry-time="2023-01-01" ` + akKey1, `expiry-time="2023-01-01" is not YYYYMMDD[HHMM[SS]][Z]`},
		{`expiry-time="19600101Z" ` + akKey1, `expiry-time="19600101Z" is before 1970`},
		{`command="" ` + akKey1, "command= is empty"},
		{`command="toc \"x" ` + akKey1, `command= "toc \"x": `},
		{`command="` + strings.Repeat("a", maxCommand+1) + `" ` + akKey1, fmt.Sprintf("command= is longer than %d bytes", maxCommand)},
		{"ssh-ed25519 not-base64", "ssh: no key found"},
	} {
		file := "# keys\n" + akKey2 + "\n" + tc.line + "\n"
		_, err := ParseAuthorizedKeys([]byte(file))
		if err == nil || !strings.HasPrefix(err.Error(), "line 3: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.60s: error %v, want line 3: …%s", tc.line, err, tc.want)
		}
	}
	for _, file := range []string{"", "# nothing\n\n", "\r\n# nothing"} {
		if _, err := ParseAuthorizedKeys([]byte(file)); err == nil || err.Error() != "no key in the file" {
			t.Errorf("%q: error %v, want no key in the file", file, err)
		}
	}
}

// from= as sshd matches it against the client's address.
func TestMatchFrom(t *testing.T) {
	for _, tc := range []struct {
		from string
		in   []string
		out  []string
	}{
		{"192.0.2.7", []string{"192.0.2.7", "::ffff:192.0.2.7"}, []string{"192.0.2.8", "2001:db8::1"}},
		{"192.0.2.0/24", []string{"192.0.2.0", "192.0.2.255"}, []string{"192.0.3.1", "10.0.0.1"}},
		{"0.0.0.0/0", []string{"8.8.8.8"}, []string{"2001:db8::1"}},
		{"2001:db8::/32", []string{"2001:db8::1", "2001:db8:ffff::1"}, []string{"2001:db9::1", "192.0.2.1"}},
		{"2001:DB8::1", []string{"2001:db8::1"}, []string{"2001:db8::2"}},
		{"192.0.2.*", []string{"192.0.2.1", "192.0.2.254"}, []string{"192.0.20.1", "192.1.2.1"}},
		{"192.0.2.?", []string{"192.0.2.1"}, []string{"192.0.2.10"}},
		{"2001:db8:*", []string{"2001:db8:1::1"}, []string{"2001:db9::1"}},
		{"*", []string{"192.0.2.1", "::1"}, nil},
		// A negated match refuses whatever else matches, before or after.
		{"192.0.2.0/24,!192.0.2.7", []string{"192.0.2.6"}, []string{"192.0.2.7", "10.0.0.1"}},
		{"!192.0.2.7,192.0.2.*", []string{"192.0.2.6"}, []string{"192.0.2.7"}},
		{"!10.0.0.0/8", nil, []string{"10.1.1.1", "192.0.2.1"}}, // a negation alone lets nobody in
		{"10.0.0.1,10.0.0.2", []string{"10.0.0.1", "10.0.0.2"}, []string{"10.0.0.3"}},
	} {
		pats, err := parseFrom(tc.from)
		if err != nil {
			t.Errorf("%s: %v", tc.from, err)
			continue
		}
		for _, a := range tc.in {
			if !matchFrom(pats, netip.MustParseAddr(a)) {
				t.Errorf("from=%q refuses %s", tc.from, a)
			}
		}
		for _, a := range tc.out {
			if matchFrom(pats, netip.MustParseAddr(a)) {
				t.Errorf("from=%q lets in %s", tc.from, a)
			}
		}
		if matchFrom(pats, netip.Addr{}) {
			t.Errorf("from=%q lets in a client of no known address", tc.from)
		}
	}
}

func TestWildcardMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		want       bool
	}{
		{"*", "", true},
		{"a*b*c", "axxbyyc", true},
		{"a*b*c", "axxbyyd", false},
		{"*.1", "10.0.0.1", true},
		{"*.1", "10.0.0.11", false},
		{"1?.*", "10.0.0.1", true},
		{"1?.*", "1.0.0.1", false},
		{"**", "x", true},
		{"", "x", false},
	} {
		if got := wildcardMatch(tc.pattern, tc.s); got != tc.want {
			t.Errorf("wildcardMatch(%q, %q) = %v, want %v", tc.pattern, tc.s, got, tc.want)
		}
	}
}

// expiry-time= is in the given (for sshd the system's) time zone unless
// it ends in Z or UTC.
func TestParseExpiry(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	for _, tc := range []struct {
		v    string
		want time.Time
	}{
		{"20231201", time.Date(2023, 12, 1, 0, 0, 0, 0, shanghai)},
		{"202312011830", time.Date(2023, 12, 1, 18, 30, 0, 0, shanghai)},
		{"20231201183059", time.Date(2023, 12, 1, 18, 30, 59, 0, shanghai)},
		{"20231201Z", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"20231201z", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC)},
		{"202312011830UTC", time.Date(2023, 12, 1, 18, 30, 0, 0, time.UTC)},
	} {
		got, err := parseExpiry(tc.v, shanghai)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("%s: %v, %v; want %v", tc.v, got, err, tc.want)
		}
	}
	for _, v := range []string{"", "Z", "2023120", "2023120118", "20231201183", "202312011830599", "20231232", "20231201 1830", "2023120118:30", "+2023120", "20231201UTCZ"} {
		if got, err := parseExpiry(v, shanghai); err == nil {
			t.Errorf("%q: %v, want an error", v, got)
		}
	}
}

// akServer starts a server with the authorized_keys text file.
func akServer(t *testing.T, file string) *itServer {
	t.Helper()
	keys, err := ParseAuthorizedKeys([]byte(file))
	if err != nil {
		t.Fatal(err)
	}
	return itStart(t, Config{AuthorizedKeys: keys})
}

// akDial connects with key k, returning the error of a refusal.
func akDial(t *testing.T, s *itServer, k gossh.Signer) (*gossh.Client, error) {
	t.Helper()
	c, err := s.dialErr(s.clientConfig(gossh.PublicKeys(k)))
	if err == nil {
		t.Cleanup(func() { c.Close() })
	}
	return c, err
}

// akOutput runs cmd without a terminal and returns its output.
func akOutput(t *testing.T, c *gossh.Client, cmd string) string {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	out, err := sess.Output(cmd)
	if err != nil {
		t.Fatalf("%q: %v", cmd, err)
	}
	return string(out)
}

// from= is checked against the client's address (the tests' clients are
// on 127.0.0.1), with every form of pattern; a refusal is logged with
// the reason.
func TestAuthorizedKeyFrom(t *testing.T) {
	var (
		other    = itSigner(t) // from a different address only
		network  = itSigner(t) // from 127.0.0.0/8
		negated  = itSigner(t) // from 127.0.0.0/8 but not 127.0.0.1
		wildcard = itSigner(t) // from 127.0.0.*
		v6only   = itSigner(t) // from ::1 only
		unlisted = itSigner(t)
	)
	s := akServer(t, strings.Join([]string{
		akLine(`from="127.0.0.2"`, other),
		akLine(`from="127.0.0.0/8"`, network),
		akLine(`from="127.0.0.0/8,!127.0.0.1"`, negated),
		akLine(`from="127.0.0.*"`, wildcard),
		akLine(`from="::1,::1/128"`, v6only),
	}, "\n"))
	for _, tc := range []struct {
		name   string
		key    gossh.Signer
		in     bool
		reason string
	}{
		{"other address", other, false, `line 1: from=\"127.0.0.2\" does not allow 127.0.0.1`},
		{"CIDR", network, true, ""},
		{"negated", negated, false, `line 3: from=\"127.0.0.0/8,!127.0.0.1\" does not allow 127.0.0.1`},
		{"wildcard", wildcard, true, ""},
		{"IPv6 only", v6only, false, `line 5: from=\"::1,::1/128\" does not allow 127.0.0.1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := akDial(t, s, tc.key)
			switch {
			case tc.in && err != nil:
				t.Fatalf("refused: %v", err)
			case tc.in:
				if out := akOutput(t, c, "toc"); !strings.HasPrefix(out, itHeader) {
					t.Errorf("in, but toc gives %q", out)
				}
			case err == nil:
				t.Fatal("let in")
			case !strings.Contains(err.Error(), "unable to authenticate"):
				t.Errorf("refused, but not at authentication: %v", err)
			}
			fp := gossh.FingerprintSHA256(tc.key.PublicKey())
			var lines []string
			for _, l := range strings.Split(s.logs.String(), "\n") {
				if strings.Contains(l, "authentication failed") && strings.Contains(l, fp) {
					lines = append(lines, l)
				}
			}
			switch {
			case tc.in && len(lines) > 0:
				t.Errorf("let in, yet logged as refused: %q", lines)
			case !tc.in && (len(lines) != 1 || !strings.Contains(lines[0], `reason="`+tc.reason+`"`) || !strings.Contains(lines[0], "addr=127.0.0.1:")):
				t.Errorf("refusal logged as %q, want one line with addr and reason=%q", lines, tc.reason)
			}
		})
	}
	// A key on no line is logged as before, without a reason.
	if _, err := akDial(t, s, unlisted); err == nil {
		t.Fatal("an unlisted key let in")
	}
	fp := gossh.FingerprintSHA256(unlisted.PublicKey())
	for _, l := range strings.Split(s.logs.String(), "\n") {
		if strings.Contains(l, fp) && (!strings.Contains(l, "authentication failed") || strings.Contains(l, "reason=")) {
			t.Errorf("unlisted key logged as %q", l)
		}
	}
}

// expiry-time= is checked when the client authenticates: a key past it
// is refused, and the log says so.
func TestAuthorizedKeyExpiry(t *testing.T) {
	expired, valid := itSigner(t), itSigner(t)
	s := akServer(t, akLine(`expiry-time="20000101Z"`, expired)+"\n"+akLine(`expiry-time="99991231"`, valid)+"\n")
	if _, err := akDial(t, s, expired); err == nil {
		t.Error("an expired key let in")
	}
	if !strings.Contains(s.logs.String(), `reason="line 1: expired at 2000-01-01T00:00:00Z"`) {
		t.Errorf("no log line for the expired key:\n%s", s.logs.String())
	}
	if _, err := akDial(t, s, valid); err != nil {
		t.Errorf("a key expiring in 9999 refused: %v", err)
	}

	// The expiry is checked at each authentication, not when the file is
	// read: a line that expires while the server runs stops letting in.
	soon := itSigner(t)
	// (Two seconds: time for the first handshake on a loaded machine.)
	keys := []AuthorizedKey{{Key: soon.PublicKey(), Line: 1, Expiry: time.Now().Add(2 * time.Second)}}
	s2 := itStart(t, Config{AuthorizedKeys: keys})
	if _, err := akDial(t, s2, soon); err != nil {
		t.Fatalf("refused before its expiry: %v", err)
	}
	time.Sleep(time.Until(keys[0].Expiry) + 10*time.Millisecond)
	if _, err := akDial(t, s2, soon); err == nil {
		t.Error("let in after its expiry")
	}
}

// command= replaces whatever the client asks for, with or without a
// terminal; of several lines for one key, the first that lets the client
// in gives the command. The session's log line names the command.
func TestAuthorizedKeyCommand(t *testing.T) {
	forced, twice, plain := itSigner(t), itSigner(t), itSigner(t)
	s := akServer(t, strings.Join([]string{
		akLine(`command="toc"`, forced),
		akLine(`from="127.0.0.2",command="help"`, twice), // not this line: the address
		akLine(`command="toc"`, twice),
		akLine(`command="help"`, twice), // not this line: the one above came first
		akLine("", plain),
	}, "\n"))
	cp, err := akDial(t, s, plain)
	if err != nil {
		t.Fatal(err)
	}
	toc := akOutput(t, cp, "toc")
	if !strings.HasPrefix(toc, itHeader) {
		t.Fatalf("toc gives %q", toc)
	}

	for _, k := range []gossh.Signer{forced, twice} {
		c, err := akDial(t, s, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"", "help", "pingdingshan-2023-11 李明俊", "toc nonesuch"} {
			sess, err := c.NewSession()
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			sess.Stdout, sess.Stderr = &stdout, &stderr
			if cmd == "" {
				err = sess.Shell()
			} else {
				err = sess.Start(cmd)
			}
			if err == nil {
				err = sess.Wait()
			}
			sess.Close()
			if err != nil || stdout.String() != toc || stderr.Len() != 0 {
				t.Errorf("asking for %q: %v, stdout %.80q, stderr %q; want the table of contents", cmd, err, stdout.String(), stderr.String())
			}
		}
	}
	if n := strings.Count(s.logs.String(), "forced-command=toc"); n != 8*2 {
		// Each session logs its start and its end.
		t.Errorf("%d log lines with forced-command=toc, want 16:\n%s", n, s.logs.String())
	}

	// With a terminal: the table of contents on the screen, then the end.
	c, err := akDial(t, s, forced)
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Count(toc, "\n") + 2 // all of it on the screen, no line wrapped
	tm := openTerm(t, c, "forced", itTermOpts{w: 400, h: rows})
	if code := tm.waitEnd(t, itWait); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	trim := func(s string) string {
		lines := strings.Split(strings.TrimSpace(s), "\n")
		for i := range lines {
			lines[i] = strings.TrimRight(lines[i], " \r")
		}
		return strings.Join(lines, "\n")
	}
	if scr := tm.screen(); !strings.HasPrefix(scr, itHeader) || trim(scr) != trim(toc) {
		t.Errorf("the screen is not the table of contents:\n%q\n%q", trim(scr), trim(toc))
	}
}

// no-pty, and restrict unless pty follows it, refuse the client a
// terminal as sshd does; what works without one still works.
func TestAuthorizedKeyNoPty(t *testing.T) {
	noPty, restricted, withPty := itSigner(t), itSigner(t), itSigner(t)
	s := akServer(t, strings.Join([]string{
		akLine("no-pty", noPty),
		akLine("restrict", restricted),
		akLine("restrict,pty", withPty),
	}, "\n"))
	for _, tc := range []struct {
		name string
		key  gossh.Signer
		pty  bool
	}{
		{"no-pty", noPty, false},
		{"restrict", restricted, false},
		{"restrict,pty", withPty, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := akDial(t, s, tc.key)
			if err != nil {
				t.Fatal(err)
			}
			sess, err := c.NewSession()
			if err != nil {
				t.Fatal(err)
			}
			defer sess.Close()
			err = sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{})
			if got := err == nil; got != tc.pty {
				t.Fatalf("pty granted: %v (%v), want %v", got, err, tc.pty)
			}
			out, err := sess.Output("toc")
			if err != nil || !strings.HasPrefix(string(out), itHeader) {
				t.Errorf("toc gives %.80q, %v", out, err)
			}
			if tc.pty {
				openTerm(t, c, tc.name, itTermOpts{}).waitReader(t)
			}
		})
	}
	if n := strings.Count(s.logs.String(), "pty refused"); n != 2 {
		t.Errorf("%d log lines about refused ptys, want 2:\n%s", n, s.logs.String())
	}
}

// Keys given to New or SetAuthorizedKeys by hand are checked as a file's.
func TestAuthorizedKeysChecked(t *testing.T) {
	signer := itSigner(t)
	k := signer.PublicKey()
	_, err := New(Config{Issues: itIssues(t), HostKey: itSigner(t), AuthorizedKeys: []AuthorizedKey{{Key: k, Line: 7, From: "host.example"}}})
	if err == nil || !strings.Contains(err.Error(), `line 7: from= pattern "host.example" is not an address`) {
		t.Errorf("New: %v", err)
	}
	s := itStart(t, Config{AuthorizedKeys: []AuthorizedKey{{Key: k}}})
	if _, err := akDial(t, s, signer); err != nil { // (the harness shuts down cleanly once a client has been served)
		t.Fatal(err)
	}
	if err := s.srv.SetAuthorizedKeys([]AuthorizedKey{{Key: k}, {Key: nil}}); err == nil || !strings.Contains(err.Error(), "key 2: no key") {
		t.Errorf("SetAuthorizedKeys with a nil key: %v", err)
	}
}
