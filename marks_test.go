package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/state"
)

// yuebao marks prints the marks the reader kept, with their citations,
// one a line: for the files given (keyed by their content), or every
// issue's.
func TestMarksCommand(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir, err := state.Dir()
	if err != nil {
		t.Fatal(err)
	}
	src := []byte("# 甲刊\n\n2023年第1期\n\n## 要闻\n\n**甲事召开** 1月3日，甲事召开。\n")
	file := filepath.Join(t.TempDir(), "a.md")
	if err := os.WriteFile(file, src, 0o600); err != nil {
		t.Fatal(err)
	}
	marks := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"marks"}, args...), nil, &out, &errb); code != 0 || errb.Len() != 0 {
			t.Fatalf("marks %q: exit %d, stderr %q", args, code, errb.String())
		}
		return out.String()
	}
	if got := marks(file); got != "" {
		t.Errorf("no marks yet: %q", got)
	}
	store := state.Files{Dir: dir}
	a := []state.Mark{{Sec: 0, Ent: 0, Title: "甲事召开", Cite: "甲事召开——《甲刊》2023年第1期"}}
	other := []state.Mark{{Sec: 1, Ent: 2, Title: "乙", Cite: "乙——《乙刊》2023年第2期，第3页"}}
	if err := store.SaveMarks(model.SourceKey(src), a); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveMarks("another", other); err != nil {
		t.Fatal(err)
	}
	if got, want := marks(file), "甲事召开——《甲刊》2023年第1期\n"; got != want {
		t.Errorf("marks FILE = %q, want %q", got, want)
	}
	all := marks()
	if !bytes.Contains([]byte(all), []byte("甲事召开——《甲刊》2023年第1期\n")) || !bytes.Contains([]byte(all), []byte("乙——《乙刊》2023年第2期，第3页\n")) {
		t.Errorf("marks = %q, want both issues' marks", all)
	}
}
