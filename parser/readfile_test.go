package parser

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ReadFile's errors are one line naming the file, and still say what
// went wrong to errors.Is: the library tells a file removed from one
// that went bad by them.
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.md")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, MaxSize+1); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path, msg string
		is        error
	}{
		{filepath.Join(dir, "absent.md"), "absent.md: no such file", fs.ErrNotExist},
		{dir, dir + ": is a directory", nil},
		{huge, "huge.md: file is larger than 64 MiB", ErrTooLarge},
		{write("empty.md", " \n"), "empty.md: file is empty", ErrEmpty},
		{write("nul.md", "a\x00b"), "nul.md: not a text file", ErrBinary},
		{filepath.Join(dir, "a\nb.md"), `"` + dir + `/a\nb.md": no such file`, fs.ErrNotExist},
	} {
		f, err := ReadFile(tc.path, nil)
		if err == nil || f != nil {
			t.Errorf("%s: got a file, want an error", tc.path)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q, want one line containing %q", tc.path, err, tc.msg)
		}
		if tc.is != nil && !errors.Is(err, tc.is) {
			t.Errorf("%s: error %q is not %v", tc.path, err, tc.is)
		}
	}
}

func TestReadFileNames(t *testing.T) {
	p := filepath.Join(t.TempDir(), "2023-11.md")
	text := "**甲事召开** 11月1日，甲事召开。\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := ReadFile(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Issues) != 1 || f.Issues[0].Name != "2023-11" || string(f.Src) != text || f.Mod.IsZero() {
		t.Errorf("ReadFile(%s) = %d issues named %q, %d bytes, mod %v", p, len(f.Issues), f.Issues[0].Name, len(f.Src), f.Mod)
	}
	f, err = ReadFile("-", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if f.Issues[0].Name != StdinName || !f.Mod.IsZero() {
		t.Errorf("standard input: named %q, mod %v", f.Issues[0].Name, f.Mod)
	}
	if _, err := ReadFile("-", strings.NewReader("")); err == nil || !strings.HasPrefix(err.Error(), "standard input: ") {
		t.Errorf("empty standard input: error %v, want one naming standard input", err)
	}
}
