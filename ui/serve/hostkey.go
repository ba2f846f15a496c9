package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"github.com/yuebao/yuebao/ui/state"
)

// DefaultHostKeyPath is where the host key lives when no path is given:
// under $XDG_DATA_HOME (or ~/.local/share), never the working directory,
// which may be anything and may be shared.
func DefaultHostKeyPath() (string, error) {
	// The same rule as every XDG variable the program reads: a relative
	// value is ignored (it would put the key wherever the server happens
	// to be started).
	dir, err := state.XDG("XDG_DATA_HOME", ".local", "share")
	if err != nil {
		return "", fmt.Errorf("host key: %w", err)
	}
	return filepath.Join(dir, "ssh_host_ed25519_key"), nil
}

// LoadOrCreateHostKey reads the host key at path, or creates an ed25519
// key there (mode 0600) on first start, so that clients see the same key
// every time. It reports whether it created the key.
func LoadOrCreateHostKey(path string) (gossh.Signer, bool, error) {
	data, err := os.ReadFile(path)
	if err == nil {
		// As sshd does: a private key others can read is no secret, and a
		// short RSA key no protection.
		if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
			return nil, false, fmt.Errorf("host key %s: readable by others (mode %04o); run chmod 600 on it", path, st.Mode().Perm())
		}
		s, err := gossh.ParsePrivateKey(data)
		if err != nil {
			return nil, false, fmt.Errorf("host key %s: %w", path, err)
		}
		if ck, ok := s.PublicKey().(gossh.CryptoPublicKey); ok {
			if rk, ok := ck.CryptoPublicKey().(*rsa.PublicKey); ok && rk.N.BitLen() < 2048 {
				return nil, false, fmt.Errorf("host key %s: RSA of %d bits; use 2048 or more, or remove it to get an ed25519 key", path, rk.N.BitLen())
			}
		}
		return s, false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, fmt.Errorf("host key: generate: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "yuebao host key")
	if err != nil {
		return nil, false, fmt.Errorf("host key: encode: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	// O_EXCL: two servers starting at once must not overwrite each other's key.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if _, err := f.Write(pem.EncodeToMemory(block)); err != nil {
		f.Close()
		return nil, false, fmt.Errorf("host key: write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, false, fmt.Errorf("host key: write %s: %w", path, err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	return s, true, nil
}
