package serve

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestLoadOrCreateHostKey(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir")
	path := filepath.Join(dir, "ssh_host_ed25519_key")

	s1, created, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !created {
		t.Errorf("first call: created = false, want true")
	}
	if typ := s1.PublicKey().Type(); typ != gossh.KeyAlgoED25519 {
		t.Errorf("key type %s, want %s", typ, gossh.KeyAlgoED25519)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("key file mode %v, want 0600", perm)
	}
	if di, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	} else if perm := di.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("key directory mode %v, want no access for group and others", perm)
	}

	s2, created, err := LoadOrCreateHostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if created {
		t.Errorf("second call: created = true, want false")
	}
	if !bytes.Equal(s1.PublicKey().Marshal(), s2.PublicKey().Marshal()) {
		t.Errorf("second call: another key (%s, first %s)",
			gossh.FingerprintSHA256(s2.PublicKey()), gossh.FingerprintSHA256(s1.PublicKey()))
	}
	// It is the same key, not just the same public half: it signs.
	sig, err := s2.Sign(nil, []byte("yuebao"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s1.PublicKey().Verify([]byte("yuebao"), sig); err != nil {
		t.Errorf("the reloaded key's signature does not verify: %v", err)
	}
}

func TestLoadOrCreateHostKeyCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ssh_host_ed25519_key")
	for _, data := range []string{"not a key\n", "", "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"} {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadOrCreateHostKey(path); err == nil {
			t.Errorf("a key file holding %q: no error", data)
		} else if !strings.Contains(err.Error(), path) {
			t.Errorf("the error %q does not name the file", err)
		}
		if got, _ := os.ReadFile(path); string(got) != data {
			t.Errorf("the corrupt key file was overwritten")
		}
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	p, err := DefaultHostKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(data, "yuebao", "ssh_host_ed25519_key"); p != want {
		t.Errorf("with XDG_DATA_HOME: %s, want %s", p, want)
	}

	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", home)
	p, err = DefaultHostKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(home, ".local", "share", "yuebao", "ssh_host_ed25519_key"); p != want {
		t.Errorf("without XDG_DATA_HOME: %s, want %s", p, want)
	}

	// Never the working directory: not when there is no home either, and
	// not through a relative XDG_DATA_HOME (which the XDG spec says to
	// ignore).
	t.Setenv("HOME", "")
	if p, err := DefaultHostKeyPath(); err == nil && (!filepath.IsAbs(p) || strings.HasPrefix(p, cwd)) {
		t.Errorf("without XDG_DATA_HOME or HOME: %s, in the working directory", p)
	}
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "data")
	if p, err := DefaultHostKeyPath(); err == nil && !filepath.IsAbs(p) {
		t.Errorf("BUG: with XDG_DATA_HOME=data (relative) the host key path is %q, in the working directory; "+
			"the XDG spec says a relative path must be ignored", p)
	}
}

// A host key others can read, or a short RSA key, stops the server at
// start, saying how to fix it; the file is left as it is.
func TestLoadHostKeyRefused(t *testing.T) {
	dir := t.TempDir()
	open := filepath.Join(dir, "open_key")
	if _, _, err := LoadOrCreateHostKey(open); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(open, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreateHostKey(open); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a key readable by others: error %v, want one that says chmod 600", err)
	}

	weak, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(weak, "")
	if err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "rsa_key")
	if err := os.WriteFile(short, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreateHostKey(short); err == nil || !strings.Contains(err.Error(), "RSA of 1024 bits") {
		t.Errorf("a 1024-bit RSA key: error %v, want one that names its size", err)
	}
}
