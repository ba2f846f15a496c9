package serve

import (
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
