package main

// Tests of the yuebao command that scripts cannot express (script_test.go
// and testdata/script hold the rest): inputs made by code (every kind of
// file that is not a report, other encodings), the process's environment
// (COLUMNS), a stdout that fails, escape sequences in a file. They drive
// run() directly, with files written to t.TempDir().

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/internal/typeahead"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/layout"
)

const samplePath = "testdata/pingdingshan-2023-11.md"

// TestMain gives the tests the environment the command sees once main has
// started (internal/typeahead hides TERM until then), with a cache
// directory of their own.
func TestMain(m *testing.M) {
	typeahead.Restore()
	// The archive's index of a run on a directory goes to a cache of the
	// tests' own, not the user's.
	cache, err := os.MkdirTemp("", "yuebao-cache-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}

// smallIssue is a complete issue in a few lines: front matter, a table of
// contents with two entries, one section with two entries. Its titles and
// text hold 《》 < > & so that escaping shows in the JSON.
const smallIssue = `# 平顶山月报

2023年第11期
(总第215期)

平顶山市地方史志办公室编

2023年12月4日

- 《平顶山市文明行为促进条例》<解读> & 宣讲会召开 ..... (6)
- 李明俊调研城市供暖工作 ..... (7)

## 时政要闻

**《平顶山市文明行为促进条例》<解读> & 宣讲会召开** 11月1日，全市“A&B”<宣讲>活动启动。

**李明俊调研城市供暖工作** 11月1日至3日，李明俊到市区供热企业调研。
`

// noFrontMatter has entries and dates but nothing that names the issue.
const noFrontMatter = `**甲事召开** 11月1日，甲事召开。

**乙事举行** 11月3日至5日，乙事举行。
`

// missingEntry lists an entry in its table of contents (line 4) that the
// body does not have.
const missingEntry = `## 时政要闻

- 甲事召开 ..... (3)
- 乙事不存在 ..... (4)

## 时政要闻

**甲事召开** 11月1日，甲事召开。
`

type result struct {
	code           int
	stdout, stderr string
}

// yuebao runs the command with args as a user would type them after the
// program name. A panic fails the test with the arguments that caused it.
func yuebao(t *testing.T, args ...string) (r result) {
	t.Helper()
	var out, errb bytes.Buffer
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("yuebao %s panicked: %v", strings.Join(args, " "), p)
		}
	}()
	r.code = run(args, strings.NewReader(""), &out, &errb)
	return result{r.code, out.String(), errb.String()}
}

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readSample(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestJSONSeveralIssues: writeJSON prints an array when a file holds
// several issues, each element what the one issue alone prints.
func TestJSONSeveralIssues(t *testing.T) {
	a, err := parser.Parse([]byte(smallIssue))
	if err != nil {
		t.Fatal(err)
	}
	b, err := parser.Parse([]byte(noFrontMatter))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := writeJSON(&out, []*model.Issue{a, b}); err != nil {
		t.Fatalf("writeJSON of two issues: %v", err)
	}
	var got []json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got) != 2 {
		t.Fatalf("two issues: want a JSON array of two objects, got %d (%v):\n%.200s", len(got), err, out.String())
	}
	for i, iss := range []*model.Issue{a, b} {
		var one bytes.Buffer
		if err := writeJSON(&one, []*model.Issue{iss}); err != nil {
			t.Fatalf("writeJSON of issue %d alone: %v", i, err)
		}
		var want, elem bytes.Buffer
		_ = json.Compact(&want, one.Bytes())
		_ = json.Compact(&elem, got[i])
		if !bytes.Equal(elem.Bytes(), want.Bytes()) {
			t.Errorf("element %d of the array differs from the issue printed alone", i)
		}
	}
	if !bytes.HasPrefix(out.Bytes(), []byte("[\n  {\n    \"title\": ")) || !bytes.HasSuffix(out.Bytes(), []byte("\n  }\n]\n")) {
		t.Errorf("array form is not indented as json.Encoder would: %q ... %q", out.Bytes()[:min(out.Len(), 30)], out.Bytes()[max(0, out.Len()-30):])
	}
}

// A warning about the file as a whole has no line. check should not
// invent one: editors and CI problem matchers read "FILE:0:" as line 0,
// which does not exist, and `yuebao json` gives the same warning
// "line": null.
func TestCheckFileLevelWarning(t *testing.T) {
	// The file is cut off inside the last character (two bytes of 。).
	src := append([]byte("**甲事召开** 11月1日，甲事召开。\n\n**乙事举行** 11月2日，乙事举行"), "。"[:2]...)
	path := writeFile(t, t.TempDir(), "cut.md", src)

	j := yuebao(t, "json", path)
	if j.code != 0 || !strings.Contains(j.stdout, `"line": null`) {
		t.Fatalf("yuebao json on a cut file: exit %d, want 0 and a warning with \"line\": null:\n%s", j.code, j.stdout)
	}

	r := yuebao(t, "check", path)
	if r.code != 1 || r.stderr != "" {
		t.Errorf("exit %d, stderr %q; want exit 1 and no stderr", r.code, r.stderr)
	}
	msg := "file ends inside a multi-byte character; the last 2 byte(s) were dropped (truncated file?)"
	if !strings.Contains(r.stdout, msg) {
		t.Fatalf("stdout = %q, want the truncation warning", r.stdout)
	}
	if strings.Contains(r.stdout, path+":0:") {
		t.Errorf("BUG (main.go check): a warning about the whole file is printed with the nonexistent line 0:\n  %s"+
			"want %q (json reports its line as null)", r.stdout, path+": "+msg)
	}
}

// badInputs writes one file for each kind of input that is not a report
// and returns their paths with a phrase the error must contain.
func badInputs(t *testing.T) []struct{ name, path, reason string } {
	t.Helper()
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(2023, 11))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"), random[:512]...)
	// Random bytes with no NUL among them: a binary file that the NUL test
	// alone would not catch.
	noNUL := make([]byte, 4096)
	for i := range noNUL {
		noNUL[i] = byte(1 + rng.UintN(255))
	}

	sparse := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sub := filepath.Join(dir, "issues")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.md")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, dir, "file.md", []byte(smallIssue))
	return []struct{ name, path, reason string }{
		{"missing file", filepath.Join(dir, "nonexistent.md"), "no such file"},
		{"missing directory", filepath.Join(dir, "nodir", "x.md"), "no such file"},
		{"empty file", writeFile(t, dir, "empty.md", nil), "empty"},
		{"whitespace only", writeFile(t, dir, "blank.md", []byte(" \n\t\n\u3000\u3000\r\n\n")), "empty"},
		{"BOM only", writeFile(t, dir, "bom.md", []byte("\xEF\xBB\xBF")), "empty"},
		{"NUL bytes", writeFile(t, dir, "nul.md", []byte("# 平顶山月报\n\x00\x00\x00正文。\n")), "not a text file"},
		{"random bytes", writeFile(t, dir, "random.bin", random), "not"},
		{"random bytes without NUL", writeFile(t, dir, "random2.bin", noNUL), "not"},
		{"PNG", writeFile(t, dir, "picture.png", png), "not a text file"},
		{"directory", sub, "is a directory"},
		{"path through a file", filepath.Join(file, "x.md"), "not a directory"},
		{"symlink loop", loop, "too many levels of symbolic links"},
		{"over 64 MiB", sparse("huge.md", parser.MaxSize+1), "larger than 64 MiB"},
		// Exactly at the limit is not too large (it is NULs, so not text).
		{"exactly 64 MiB", sparse("limit.md", parser.MaxSize), "not a text file"},
	}
}

func TestBadInput(t *testing.T) {
	for _, in := range badInputs(t) {
		for _, cmd := range [][]string{{"json"}, {"check"}, {"toc"}, {}} {
			args := append(append([]string{}, cmd...), in.path)
			name := in.name + ": " + strings.Join(append(cmd[:len(cmd):len(cmd)], "FILE"), " ")
			t.Run(name, func(t *testing.T) {
				r := yuebao(t, args...)
				if r.code != 2 {
					t.Errorf("yuebao %s: exit %d, want 2", strings.Join(args, " "), r.code)
				}
				if r.stdout != "" {
					t.Errorf("stdout = %.200q, want nothing", r.stdout)
				}
				if strings.Count(r.stderr, "\n") != 1 || !strings.HasSuffix(r.stderr, "\n") {
					t.Errorf("stderr = %q, want exactly one line", r.stderr)
				}
				if !strings.HasPrefix(r.stderr, "yuebao: ") {
					t.Errorf("stderr = %q, want it to start with \"yuebao: \"", r.stderr)
				}
				if !strings.Contains(r.stderr, in.path) {
					t.Errorf("stderr = %q, want it to name %s", r.stderr, in.path)
				}
				reason := in.reason
				if in.reason == "is a directory" && len(cmd) == 0 {
					// A bare directory is a library; this one has no issues.
					reason = "no issue files"
				}
				if !strings.Contains(r.stderr, reason) {
					t.Errorf("stderr = %q, want it to say %q", r.stderr, reason)
				}
				for _, s := range []string{"panic", "goroutine", "%!", "<nil>"} {
					if strings.Contains(r.stderr, s) {
						t.Errorf("stderr = %q contains %q", r.stderr, s)
					}
				}
			})
		}
	}
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	} else {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestEncodings(t *testing.T) {
	src := readSample(t)
	want := yuebao(t, "json", samplePath)
	if want.code != 0 {
		t.Fatalf("yuebao json %s: exit %d: %s", samplePath, want.code, want.stderr)
	}
	wantTOC := yuebao(t, "toc", samplePath)

	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(gb, src) {
		t.Fatal("GB18030 encoding left the sample unchanged")
	}
	crlf := bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n"))

	dir := t.TempDir()
	tests := []struct {
		name string
		data []byte
	}{
		{"GB18030", gb},
		{"GB18030 CRLF", bytes.ReplaceAll(gb, []byte("\n"), []byte("\r\n"))},
		{"UTF-8 BOM CRLF", append([]byte("\xEF\xBB\xBF"), crlf...)},
		{"UTF-8 CRLF", crlf},
		{"UTF-16LE BOM", utf16Bytes(string(src), false)},
		{"UTF-16BE BOM CRLF", utf16Bytes(string(crlf), true)},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, dir, fmt.Sprintf("sample-%d.md", i), tt.data)
			r := yuebao(t, "json", path)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
			}
			if r.stdout != want.stdout {
				t.Errorf("json differs from that of the UTF-8 original:\n%s", testkit.FirstDiff(want.stdout, r.stdout))
			}
			if r := yuebao(t, "toc", path); r.stdout != wantTOC.stdout {
				t.Errorf("toc differs from that of the UTF-8 original:\n%s", testkit.FirstDiff(wantTOC.stdout, r.stdout))
			}
			if r := yuebao(t, "check", path); r.code != 0 || r.stdout != "" {
				t.Errorf("check: exit %d, stdout %q; want 0 and nothing", r.code, r.stdout)
			}
		})
	}
}

func TestPipedWidth(t *testing.T) {
	for _, tt := range []struct {
		args []string
		env  string
		want int
	}{
		{nil, "", 80},
		{[]string{"--width", "40"}, "", 40},
		{nil, "60", 60},
		{[]string{"--width=50"}, "60", 50},
	} {
		t.Setenv("COLUMNS", tt.env)
		r := yuebao(t, tt.args...)
		widest := 0
		for _, l := range strings.Split(r.stdout, "\n") {
			widest = max(widest, layout.NewWidth(false).String(l))
		}
		if r.code != 0 || widest != tt.want {
			t.Errorf("yuebao %v with COLUMNS=%q: exit %d, widest line %d cells, want %d", tt.args, tt.env, r.code, widest, tt.want)
		}
	}
	t.Setenv("COLUMNS", "")
	// Ambiguous characters count two cells in wide mode: lines get shorter
	// in characters, never wider than asked.
	wide := yuebao(t, "--ambiguous=wide", "--width", "40")
	for _, l := range strings.Split(wide.stdout, "\n") {
		if n := layout.NewWidth(true).String(l); n > 40 {
			t.Fatalf("--ambiguous=wide: line of %d cells: %q", n, l)
		}
	}
	if wide.stdout == yuebao(t, "--width", "40").stdout {
		t.Error("--ambiguous=wide made no difference")
	}
	if r := yuebao(t, "--ambiguous=both"); r.code != 2 || !strings.Contains(r.stderr, "--ambiguous=both") {
		t.Errorf("bad --ambiguous: exit %d, stderr %q", r.code, r.stderr)
	}
}

// fullWriter fails every write, as stdout does on a full disk (/dev/full).
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// When the output cannot be written the user must learn it: a non-zero exit
// and one line on stderr, as `yuebao json` does. Otherwise
// `yuebao toc > out.txt` on a full disk leaves an empty file and exits 0.
func TestWriteError(t *testing.T) {
	bad := writeFile(t, t.TempDir(), "missing-entry.md", []byte(missingEntry))
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"json", []string{"json", samplePath}},
		{"toc", []string{"toc", samplePath}},
		{"no arguments", nil},
		{"check with warnings", []string{"check", bad}},
	} {
		args := tt.args
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			code := run(args, strings.NewReader(""), fullWriter{}, &errb)
			if code != 2 || !strings.HasPrefix(errb.String(), "yuebao: write") || strings.Count(errb.String(), "\n") != 1 {
				t.Errorf("BUG (main.go): with stdout failing, exit %d, stderr %q; want exit 2 and one line \"yuebao: write: …\" as `yuebao json` gives",
					code, errb.String())
			}
		})
	}
}

// TestNoEscapesFromTheFile: escape sequences in a file's text never reach
// the output of the text commands, which may be a terminal.
func TestNoEscapesFromTheFile(t *testing.T) {
	src := "# 月报\x1b]0;pwned\x07\n\n## 节\x1b[2J\n\n**市长李明俊\x1b]52;c;aGk=\x07出席** 11月1日，市长李明俊出席会议。\x1b[31m红\x9b色" + strings.Repeat("正文。", 300) + "\n"
	path := writeFile(t, t.TempDir(), "esc.md", []byte(src))
	for _, args := range [][]string{{path}, {"toc", path}, {"people", path}, {"--width", "40", path}} {
		r := yuebao(t, args...)
		if r.code != 0 {
			t.Fatalf("yuebao %v: exit %d, %s", args, r.code, r.stderr)
		}
		if strings.ContainsAny(r.stdout, "\x1b\x07\u009b") {
			t.Errorf("yuebao %v lets control characters through: %q", args, r.stdout[:min(len(r.stdout), 200)])
		}
	}
}

// --authorized-keys is read by serve.ParseAuthorizedKeys (whose own tests
// cover the options); an error names the file and the line.
func TestReadAuthorizedKeys(t *testing.T) {
	const k1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDmhpwYyBXiu5Ztcy9N1Mn0A7SObC+BlgbcjDJ4GCYMo one@example"
	const k2 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFxd4cdv1wRntCB53ih9rRDq5Y3tCZCx3C5tIQ1y8dCK two@example"
	dir := t.TempDir()
	good := writeFile(t, dir, "good", []byte("# keys of the office\n\n"+k1+"\nrestrict,pty,from=\"10.0.0.0/8\" "+k2+"\n# the last line is a comment"))
	keys, err := readAuthorizedKeys(good)
	if err != nil || len(keys) != 2 || keys[1].Line != 4 || keys[1].From != "10.0.0.0/8" {
		t.Fatalf("good file: %+v, %v; want 2 keys, the second on line 4 with from=10.0.0.0/8", keys, err)
	}
	bad := writeFile(t, dir, "bad", []byte(k1+"\nenvironment=\"A=B\" "+k2+"\n"))
	want := "authorized keys " + bad + `: line 2: option "environment" is not supported here; remove it or the key`
	if _, err := readAuthorizedKeys(bad); err == nil || err.Error() != want {
		t.Errorf("bad file: error %v, want %q", err, want)
	}
	if _, err := readAuthorizedKeys(filepath.Join(dir, "missing")); err == nil || !strings.HasPrefix(err.Error(), "authorized keys: ") {
		t.Errorf("missing file: error %v", err)
	}
}
