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
		// The office's own files, brought instead of a text copy: what
		// they are and how to get the text.
		{write("2023-11.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "2023-11.pdf: not a text file: a PDF; convert it to text first (pdftotext -layout FILE out.txt)", ErrBinary},
		{write("2023-11.docx", "PK\x03\x04\x14\x00\x06\x00"), "2023-11.docx: not a text file: a zip archive (a .docx or .wps?)", ErrBinary},
		{write("2023-11.doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), "2023-11.doc: not a text file: a Word 97-2003 document (.doc); save it as text first", ErrBinary},
		{write("scan.jpg", "\xFF\xD8\xFF\xE0\x00\x10JFIF"), "scan.jpg: not a text file: a JPEG image; run OCR on it first", ErrBinary},
		{write("2023-11.rtf", `{\rtf1\ansi\ansicpg936 {\f0 \'c6\'bd\'b6\'a5\'c9\'bd}}`), "2023-11.rtf: not a text file: an RTF document; save it as plain text first", ErrBinary},
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
