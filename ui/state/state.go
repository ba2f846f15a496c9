// Package state remembers where a reader left each issue, so that
// reopening it returns there.
//
// Positions are kept one small file per issue under $XDG_STATE_HOME/yuebao
// (~/.local/state/yuebao), named by a hash of the bytes: an edited
// file is a new issue. Files are written to a temporary name and renamed,
// so a crash leaves the old position or the new one, never half of one.
package state

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/yuebao/yuebao/ui"
)

// Dir is where positions are kept.
func Dir() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("state: no $XDG_STATE_HOME and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "yuebao"), nil
}

// Key names an issue by its content.
func Key(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:16])
}

type record struct {
	Section int    `json:"section"`
	Entry   int    `json:"entry"`
	Offset  int    `json:"offset"`
	Title   string `json:"title"`
}

func path(dir, key string) string { return filepath.Join(dir, key+".json") }

// Load returns the position saved for key, if there is a readable one.
func Load(dir, key string) (ui.Position, bool) {
	data, err := os.ReadFile(path(dir, key))
	if err != nil {
		return ui.Position{}, false
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return ui.Position{}, false
	}
	return ui.Position{Sec: r.Section, Ent: r.Entry, Offset: r.Offset, Title: r.Title}, true
}

// Save records p for key, atomically.
func Save(dir, key string, p ui.Position) error {
	if p.Sec < 0 {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	data, err := json.Marshal(record{Section: p.Sec, Entry: p.Ent, Offset: p.Offset, Title: p.Title})
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	tmp, err := os.CreateTemp(dir, key+".*.tmp")
	if err != nil {
		return fmt.Errorf("state: %w", err)
	}
	_, werr := tmp.Write(data)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("state: write %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path(dir, key)); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("state: %w", err)
	}
	return nil
}
