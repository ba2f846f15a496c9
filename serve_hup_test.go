package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// SIGHUP rereads --authorized-keys: a file that does not read keeps the
// keys in force and says why; a good one is taken, and the server serves
// on.
func TestServeReloadsKeysOnHUP(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	key := func() string {
		pub, _, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		k, err := gossh.NewPublicKey(pub)
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k)))
	}
	keys := filepath.Join(dir, "authorized_keys")
	write := func(s string) {
		if err := os.WriteFile(keys, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(key() + "\n")
	s := opensshStartServer(t, bin, "--authorized-keys", keys)
	hup := func(want string) {
		t.Helper()
		if err := s.cmd.Process.Signal(syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		if !opensshPollUntil(opensshTimeout, func() bool { return strings.Contains(s.log.String(), want) }) {
			t.Fatalf("after SIGHUP no log line with %q:\n%s", want, s.log.String())
		}
	}
	write("from=\"*.example.com\" " + key() + "\n")
	hup(`authorized keys not reloaded; the old ones stay`)
	write(key() + "\n" + key() + "\n# a comment last\n")
	hup("SIGHUP: authorized keys reloaded authorized_keys=2")
	select {
	case <-s.done:
		t.Fatalf("the server exited after SIGHUP:\n%s", s.log.String())
	default:
	}
}
