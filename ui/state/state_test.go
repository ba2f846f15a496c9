package state

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/yuebao/yuebao/model"
)

func TestSaveLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "yuebao")
	f := Files{Dir: dir}
	key := model.SourceKey([]byte("# 平顶山月报\n"))
	if _, ok := f.Load(key); ok {
		t.Fatal("a position before any was saved")
	}
	p := Place{Sec: 1, Ent: 5, Offset: 12, Title: "李明俊专题调研市区供暖工作"}
	if err := f.Save(key, p); err != nil {
		t.Fatal(err)
	}
	got, ok := f.Load(key)
	if !ok || got != p {
		t.Fatalf("Load = %+v %v, want %+v", got, ok, p)
	}
	// Saved again: replaced, and no temporary file left behind.
	p.Offset = 3
	if err := f.Save(key, p); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.Load(key); got != p {
		t.Errorf("Load after a second save = %+v", got)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("%d files in the state directory, want 1", len(files))
	}
	// Another issue has its own position; an edited file is another issue.
	if _, ok := f.Load(model.SourceKey([]byte("# 平顶山月报\n\n改过"))); ok {
		t.Error("an edited file shares the position")
	}
	// A corrupt file is ignored, not fatal.
	os.WriteFile(filepath.Join(dir, key+".json"), []byte("{not json"), 0o600)
	if _, ok := f.Load(key); ok {
		t.Error("a corrupt file gave a position")
	}
}

// Memory keeps places, forgets the oldest past Max, and Prefixed keeps
// one reader's places apart from another's.
func TestMemory(t *testing.T) {
	m := &Memory{Max: 2}
	a, b := Prefixed(m, "A\x00"), Prefixed(m, "B\x00")
	p := Place{Sec: 1, Ent: 2, Title: "t"}
	if err := a.Save("issue", p); err != nil {
		t.Fatal(err)
	}
	if got, ok := a.Load("issue"); !ok || got != p {
		t.Errorf("Load = %+v %v", got, ok)
	}
	if _, ok := b.Load("issue"); ok {
		t.Error("another key's reader sees the place")
	}
	_ = b.Save("x", p)
	_ = b.Save("y", p)
	if n := len(m.m); n != 2 {
		t.Errorf("%d places held, want Max = 2", n)
	}
	if err := a.Save("none", Place{Sec: -1}); err != nil {
		t.Error(err)
	}
	if _, ok := a.Load("none"); ok {
		t.Error("a place with nothing open was saved")
	}
}

// A key cannot name a file outside the directory.
func TestFilesKey(t *testing.T) {
	f := Files{Dir: t.TempDir()}
	if err := f.Save("../escape", Place{Sec: 0}); err == nil {
		t.Error("a key with a slash was saved")
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
	// A relative value is ignored, as the XDG specification says.
	t.Setenv("XDG_STATE_HOME", "relative/state")
	if d, err := Dir(); err != nil || d != "/home/reader/.local/state/yuebao" {
		t.Errorf("Dir with a relative $XDG_STATE_HOME = %q, %v", d, err)
	}
}

// Marks keep their issue's numbers; a file written before marks had
// them still reads, with 0 for each.
func TestMarksIssueNumbers(t *testing.T) {
	f := Files{Dir: t.TempDir()}
	ms := []Mark{{Sec: 1, Ent: 2, Title: "t", Cite: "c", Year: 2023, Number: 11, Total: 215}}
	if err := f.SaveMarks("k", ms); err != nil {
		t.Fatal(err)
	}
	if got := f.Marks("k"); len(got) != 1 || got[0] != ms[0] {
		t.Errorf("Marks = %+v, want %+v", got, ms)
	}
	old := `[{"section": 1, "entry": 2, "title": "t", "cite": "c"}]`
	if err := os.WriteFile(filepath.Join(f.Dir, "old"+marksSuffix), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := f.Marks("old"); len(got) != 1 || got[0] != (Mark{Sec: 1, Ent: 2, Title: "t", Cite: "c"}) {
		t.Errorf("an old marks file reads %+v", got)
	}
}
