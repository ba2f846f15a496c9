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

// yuebao marks DIR prints the marks of the issues in a folder, as the
// picker finds and keys them, newest first; a file that is not an issue
// is said on stderr and does not hide the others' marks.
func TestMarksCommandFolder(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir, err := state.Dir()
	if err != nil {
		t.Fatal(err)
	}
	lib := t.TempDir()
	src1 := []byte("# 甲刊\n\n2023年第1期\n\n## 要闻\n\n**甲事召开** 1月3日，甲事召开。\n")
	src2 := []byte("# 甲刊\n\n2023年第2期\n\n## 要闻\n\n**乙事召开** 2月3日，乙事召开。\n")
	for name, b := range map[string][]byte{"1.md": src1, "2.md": src2, "junk.md": {0, 1, 2}} {
		if err := os.WriteFile(filepath.Join(lib, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	store := state.Files{Dir: dir}
	if err := store.SaveMarks(model.SourceKey(src1), []state.Mark{{Title: "甲事召开", Cite: "甲——第1期"}}); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveMarks(model.SourceKey(src2), []state.Mark{{Title: "乙事召开", Cite: "乙——第2期"}}); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{lib}, {filepath.Join(lib, "1.md"), filepath.Join(lib, "2.md"), filepath.Join(lib, "junk.md")}} {
		var out, errb bytes.Buffer
		code := run(append([]string{"marks"}, args...), nil, &out, &errb)
		if got, want := out.String(), "乙——第2期\n甲——第1期\n"; code != 0 || got != want {
			t.Errorf("marks %q: exit %d, %q, want %q", args, code, got, want)
		}
		if !bytes.Contains(errb.Bytes(), []byte("junk.md")) {
			t.Errorf("marks %q: stderr %q does not name junk.md", args, errb.String())
		}
	}
}

// yuebao marks without a path prints every issue's marks newest issue
// first, as the picker orders issues (it ordered them by content hash:
// 第10期 before 第11期). A mark kept before marks said their issue is
// placed by its citation; one whose citation names none comes last.
func TestMarksCommandNewestFirst(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir, err := state.Dir()
	if err != nil {
		t.Fatal(err)
	}
	store := state.Files{Dir: dir}
	for key, ms := range map[string][]state.Mark{
		"000": {{Title: "无", Cite: "无期号的一条"}},
		"0ld": {{Title: "丙", Cite: "丙——《甲刊》2023年第12期（总第12期），第1页"}},
		"a10": {{Title: "甲", Cite: "甲——第10期", Year: 2023, Number: 10}, {Title: "甲二", Cite: "甲二——第10期", Year: 2023, Number: 10}},
		"b11": {{Title: "乙", Cite: "乙——第11期", Year: 2023, Number: 11}},
		"c01": {{Title: "丁", Cite: "丁——2024年第1期", Year: 2024, Number: 1}},
	} {
		if err := store.SaveMarks(key, ms); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"marks"}, nil, &out, &errb); code != 0 {
		t.Fatalf("marks: exit %d, %s", code, errb.String())
	}
	want := "丁——2024年第1期\n丙——《甲刊》2023年第12期（总第12期），第1页\n乙——第11期\n甲——第10期\n甲二——第10期\n无期号的一条\n"
	if got := out.String(); got != want {
		t.Errorf("marks = %q, want %q", got, want)
	}
}
