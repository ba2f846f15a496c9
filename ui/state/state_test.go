package state

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yuebao/yuebao/ui"
)

func TestSaveLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "yuebao")
	key := Key([]byte("# 平顶山月报\n"))
	if _, ok := Load(dir, key); ok {
		t.Fatal("a position before any was saved")
	}
	p := ui.Position{Sec: 1, Ent: 5, Offset: 12, Title: "李明俊专题调研市区供暖工作"}
	if err := Save(dir, key, p); err != nil {
		t.Fatal(err)
	}
	got, ok := Load(dir, key)
	if !ok || got != p {
		t.Fatalf("Load = %+v %v, want %+v", got, ok, p)
	}
	// Saved again: replaced, and no temporary file left behind.
	p.Offset = 3
	if err := Save(dir, key, p); err != nil {
		t.Fatal(err)
	}
	if got, _ := Load(dir, key); got != p {
		t.Errorf("Load after a second save = %+v", got)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("%d files in the state directory, want 1", len(files))
	}
	// Another issue has its own position; an edited file is another issue.
	if _, ok := Load(dir, Key([]byte("# 平顶山月报\n\n改过"))); ok {
		t.Error("an edited file shares the position")
	}
	// A corrupt file is ignored, not fatal.
	os.WriteFile(filepath.Join(dir, key+".json"), []byte("{not json"), 0o600)
	if _, ok := Load(dir, key); ok {
		t.Error("a corrupt file gave a position")
	}
}

func TestDir(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/tmp/xdg-state")
	if d, err := Dir(); err != nil || d != "/tmp/xdg-state/yuebao" {
		t.Errorf("Dir = %q, %v", d, err)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/reader")
	if d, err := Dir(); err != nil || d != "/home/reader/.local/state/yuebao" {
		t.Errorf("Dir = %q, %v", d, err)
	}
}
