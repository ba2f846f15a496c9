package main

// Tests of the yuebao command as a user sees it: the exact bytes it prints
// on stdout and stderr, and its exit code. They drive run() directly, with
// files written to t.TempDir(). Golden files live in testdata/cli; after an
// intended change to the output, regenerate them with
//
//	go test . -update

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/yuebao/yuebao/ui/layout"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cli")

const samplePath = "testdata/pingdingshan-2023-11.md"

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

// missingEntry2 has the opposite fault: a body entry that the
// table of contents does not list (line 9).
const missingEntry2 = `## 领导活动

- 丙事召开 ..... (5)

## 领导活动

**丙事召开** 11月2日，丙事召开。

**丁事举行** 11月4日，丁事举行。
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
	r.code = run(args, &out, &errb)
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

// golden compares got with testdata/cli/name, or rewrites that file under
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "cli", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test . -update` to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run `go test . -update` if the change is intended):\n%s", path, firstDiff(string(got), string(want)))
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.SplitAfter(got, "\n"), strings.SplitAfter(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "(no line differs)"
}

// objectKeys returns the keys of the JSON object raw in the order they
// appear, with their raw values.
func objectKeys(t *testing.T, raw []byte) ([]string, map[string]json.RawMessage) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %.80s (%v)", raw, err)
	}
	var keys []string
	vals := make(map[string]json.RawMessage)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		k := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		vals[k] = v
	}
	return keys, vals
}

func wantKeys(t *testing.T, what string, raw []byte, want ...string) map[string]json.RawMessage {
	t.Helper()
	keys, vals := objectKeys(t, raw)
	if strings.Join(keys, ",") != strings.Join(want, ",") {
		t.Errorf("%s keys = %s, want exactly %s in that order", what, strings.Join(keys, ","), strings.Join(want, ","))
	}
	return vals
}

var issueKeys = []string{"title", "year", "number", "total", "compiler", "published", "masthead", "distribution", "sections", "pages", "furniture", "unplaced", "warnings"}

func TestJSONSmallGolden(t *testing.T) {
	path := writeFile(t, t.TempDir(), "small.md", []byte(smallIssue))
	r := yuebao(t, "json", path)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("yuebao json small.md: exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
	}
	golden(t, "small.json", []byte(r.stdout))

	out := []byte(r.stdout)
	if !bytes.HasSuffix(out, []byte("}\n")) || bytes.HasSuffix(out, []byte("\n\n")) {
		t.Errorf("JSON output should end in exactly one newline after the closing brace; ends %q", out[max(0, len(out)-10):])
	}
	top := wantKeys(t, "issue", out, issueKeys...)
	for k, want := range map[string]string{
		"title": `"平顶山月报"`, "year": "2023", "number": "11", "total": "215",
		"compiler": `"平顶山市地方史志办公室"`, "published": `"2023-12-04"`,
		"masthead": "[]", "distribution": "null", "warnings": "[]",
		"pages": "[]", "furniture": "[]", "unplaced": "[]",
	} {
		if got := string(top[k]); got != want {
			t.Errorf("%q = %s, want %s", k, got, want)
		}
	}
	var sections []json.RawMessage
	if err := json.Unmarshal(top["sections"], &sections); err != nil || len(sections) != 1 {
		t.Fatalf("sections = %s, want one section (%v)", top["sections"], err)
	}
	sec := wantKeys(t, "section", sections[0], "name", "label", "entries")
	var entries []json.RawMessage
	if err := json.Unmarshal(sec["entries"], &entries); err != nil || len(entries) != 2 {
		t.Fatalf("entries = %s, want two (%v)", sec["entries"], err)
	}
	for i, e := range entries {
		ev := wantKeys(t, fmt.Sprintf("entry %d", i), e, "title", "page", "last_page", "date", "paragraphs")
		// One page, not a range: the last page is the page.
		if got, page := string(ev["last_page"]), string(ev["page"]); got != page {
			t.Errorf("entry %d: last_page = %s, want %s (the page: the table of contents gives no range)", i, got, page)
		}
		wantKeys(t, fmt.Sprintf("entry %d date", i), ev["date"], "start", "end", "precision")
	}

	// Titles hold 《》 < > &: a user reading the JSON sees them as printed.
	for _, s := range []string{`"《平顶山市文明行为促进条例》<解读> & 宣讲会召开"`, `“A&B”<宣讲>`} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("JSON output does not contain %s unescaped", s)
		}
	}
	for _, esc := range []string{`\u003c`, `\u003e`, `\u0026`, `\u300a`, `\u300b`} {
		if strings.Contains(r.stdout, esc) {
			t.Errorf("JSON output escapes a character as %s; < > & 《》 should appear as themselves", esc)
		}
	}
}

func TestJSONNullWhenUnknown(t *testing.T) {
	path := writeFile(t, t.TempDir(), "nofront.md", []byte(noFrontMatter))
	r := yuebao(t, "json", path)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
	}
	top := wantKeys(t, "issue", []byte(r.stdout), issueKeys...)
	for _, k := range []string{"title", "year", "number", "total", "compiler", "published", "distribution"} {
		if got := string(top[k]); got != "null" {
			t.Errorf("file without front matter: %q = %s, want null", k, got)
		}
	}
	for _, k := range []string{"masthead", "pages", "furniture", "unplaced", "warnings"} {
		if got := string(top[k]); got != "[]" {
			t.Errorf("%q = %s, want [] (an empty list, not null)", k, got)
		}
	}
	var iss struct {
		Sections []struct {
			Entries []struct {
				Title string
				Page  *int
				Date  *struct{ Start, End string }
			}
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &iss); err != nil {
		t.Fatal(err)
	}
	if len(iss.Sections) != 1 || len(iss.Sections[0].Entries) != 2 {
		t.Fatalf("want one section with two entries, got %s", r.stdout)
	}
	e := iss.Sections[0].Entries
	if e[0].Page != nil {
		t.Errorf("entry without a table of contents: page = %d, want null", *e[0].Page)
	}
	// Without a year the date is ISO 8601 without a year.
	if e[0].Date == nil || e[0].Date.Start != "--11-01" || e[0].Date.End != "--11-01" {
		t.Errorf("date of %s = %+v, want --11-01..--11-01", e[0].Title, e[0].Date)
	}
	if e[1].Date == nil || e[1].Date.Start != "--11-03" || e[1].Date.End != "--11-05" {
		t.Errorf("date of %s = %+v, want --11-03..--11-05", e[1].Title, e[1].Date)
	}
}

func TestJSONSample(t *testing.T) {
	r := yuebao(t, "json", samplePath)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("yuebao json %s: exit %d, stderr %q; want exit 0 and no stderr", samplePath, r.code, r.stderr)
	}
	var iss struct {
		Title     *string
		Year      *int
		Number    *int
		Total     *int
		Published *string
		Sections  []struct {
			Name    string
			Entries []struct {
				Title      string
				Page       *int
				Paragraphs []string
			}
		}
		Warnings []struct {
			Line    *int
			Message string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &iss); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(iss.Sections) != 10 {
		t.Errorf("sample has %d sections, want 10", len(iss.Sections))
	}
	n := 0
	for _, s := range iss.Sections {
		n += len(s.Entries)
		for _, e := range s.Entries {
			if e.Title == "" || e.Page == nil || len(e.Paragraphs) == 0 {
				t.Errorf("section %s: entry %q has page %v and %d paragraphs; want a title, a page and text", s.Name, e.Title, e.Page, len(e.Paragraphs))
			}
		}
	}
	if n != 68 {
		t.Errorf("sample has %d entries, want 68", n)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("sample has %d warnings, want none: %+v", len(iss.Warnings), iss.Warnings)
	}
	if iss.Title == nil || *iss.Title != "平顶山月报" || iss.Year == nil || *iss.Year != 2023 ||
		iss.Number == nil || *iss.Number != 11 || iss.Total == nil || *iss.Total != 215 ||
		iss.Published == nil || *iss.Published != "2023-12-04" {
		t.Errorf("front matter = %s", r.stdout[:min(len(r.stdout), 200)])
	}
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
	var out, errb bytes.Buffer
	if code := writeJSON(&out, &errb, []*model.Issue{a, b}); code != 0 || errb.Len() != 0 {
		t.Fatalf("writeJSON of two issues: exit %d, stderr %q", code, errb.String())
	}
	var got []json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || len(got) != 2 {
		t.Fatalf("two issues: want a JSON array of two objects, got %d (%v):\n%.200s", len(got), err, out.String())
	}
	for i, iss := range []*model.Issue{a, b} {
		var one bytes.Buffer
		if code := writeJSON(&one, &errb, []*model.Issue{iss}); code != 0 {
			t.Fatalf("writeJSON of issue %d alone: exit %d", i, code)
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

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "missing-entry.md", []byte(missingEntry))
	bad2 := writeFile(t, dir, "extra-entry.md", []byte(missingEntry2))
	small := writeFile(t, dir, "small.md", []byte(smallIssue))
	absent := filepath.Join(dir, "absent.md")

	badOut := bad + `:4: table of contents lists "乙事不存在" (p.4) but the body has no such entry` + "\n"
	bad2Out := bad2 + `:9: entry "丁事举行" is not in the table of contents` + "\n"

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"sample is clean", []string{"check", samplePath}, 0, "", ""},
		{"small fixture is clean", []string{"check", small}, 0, "", ""},
		{"several clean files", []string{"check", samplePath, small}, 0, "", ""},
		{"TOC line without body entry", []string{"check", bad}, 1, badOut, ""},
		{"body entry without TOC line", []string{"check", bad2}, 1, bad2Out, ""},
		{"each file under its own name", []string{"check", bad, samplePath, bad2}, 1, badOut + bad2Out, ""},
		{"same file twice", []string{"check", bad, bad}, 1, badOut + badOut, ""},
		{"missing file among others", []string{"check", bad, absent, small}, 2, badOut, "yuebao: " + absent + ": no such file\n"},
		{"missing file first", []string{"check", absent, bad}, 2, badOut, "yuebao: " + absent + ": no such file\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := yuebao(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("yuebao %s: exit %d, want %d", strings.Join(tt.args, " "), r.code, tt.code)
			}
			if r.stdout != tt.stdout {
				t.Errorf("stdout:\n%s", firstDiff(r.stdout, tt.stdout))
			}
			if r.stderr != tt.stderr {
				t.Errorf("stderr = %q, want %q", r.stderr, tt.stderr)
			}
		})
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
				t.Errorf("json differs from that of the UTF-8 original:\n%s", firstDiff(r.stdout, want.stdout))
			}
			if r := yuebao(t, "toc", path); r.stdout != wantTOC.stdout {
				t.Errorf("toc differs from that of the UTF-8 original:\n%s", firstDiff(r.stdout, wantTOC.stdout))
			}
			if r := yuebao(t, "check", path); r.code != 0 || r.stdout != "" {
				t.Errorf("check: exit %d, stdout %q; want 0 and nothing", r.code, r.stdout)
			}
		})
	}
}

func TestNoArguments(t *testing.T) {
	// Not on a terminal: the built-in issue is printed as plain text, as
	// glow and less do when piped.
	r := yuebao(t)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("yuebao: exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
	}
	const header = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04\n\n## 时政要闻\n\n"
	if !strings.HasPrefix(r.stdout, header) {
		t.Errorf("yuebao with no arguments starts %q, want %q", r.stdout[:min(len(r.stdout), len(header))], header)
	}
	if strings.Contains(r.stdout, "\x1b") {
		t.Error("piped output contains escape codes")
	}
	if got := yuebao(t, samplePath); got.stdout != r.stdout {
		t.Errorf("yuebao %s differs from the built-in issue:\n%s", samplePath, firstDiff(got.stdout, r.stdout))
	}

	// The table of contents, whichever way it is asked for.
	toc := yuebao(t, "toc")
	const tocHeader = "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04\n\n1 时政要闻 (5)\n"
	if toc.code != 0 || !strings.HasPrefix(toc.stdout, tocHeader) {
		t.Errorf("yuebao toc: exit %d, starts %q", toc.code, toc.stdout[:min(len(toc.stdout), len(tocHeader))])
	}
	golden(t, "sample-toc.txt", []byte(toc.stdout))
	if got := yuebao(t, "toc", samplePath); got.code != 0 || got.stdout != toc.stdout {
		t.Errorf("yuebao toc %s differs from yuebao toc:\n%s", samplePath, firstDiff(got.stdout, toc.stdout))
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

func TestTOCSmall(t *testing.T) {
	path := writeFile(t, t.TempDir(), "small.md", []byte(smallIssue))
	r := yuebao(t, "toc", path)
	want := "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04\n\n" +
		"1 时政要闻 (2)\n" +
		"  《平顶山市文明行为促进条例》<解读> & 宣讲会召开  11-01  p.6\n" +
		"  李明俊调研城市供暖工作  11-01..11-03  p.7\n"
	if r.code != 0 || r.stderr != "" || r.stdout != want {
		t.Errorf("yuebao toc small.md: exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, firstDiff(r.stdout, want))
	}
}

// Without a year the table of contents must still show month and day.
func TestTOCUnknownYear(t *testing.T) {
	path := writeFile(t, t.TempDir(), "nofront.md", []byte(noFrontMatter))
	r := yuebao(t, "toc", path)
	// No title and no heading: the file's name heads it.
	want := "nofront\n\n" +
		"1 （无标题） (2)\n" +
		"  甲事召开  11-01\n" +
		"  乙事举行  11-03..11-05\n"
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
	}
	if r.stdout != want {
		t.Errorf("BUG (model/toc.go FormatTOC): for an issue without a year the dates lose their month "+
			"(Date.String() gives --MM-DD, and [5:] cuts it to DD):\n%s", firstDiff(r.stdout, want))
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"--help", []string{"--help"}, 0, usage, ""},
		{"-h", []string{"-h"}, 0, usage, ""},
		{"help", []string{"help"}, 0, usage, ""},
		{"unknown flag", []string{"--bogus"}, 2, "", "yuebao: unknown flag --bogus\n" + usage},
		{"unknown flag with file", []string{"--bogus", samplePath}, 2, "", "yuebao: unknown flag --bogus\n" + usage},
		{"json without file", []string{"json"}, 2, "", usage},
		{"json with two files", []string{"json", samplePath, samplePath}, 2, "", usage},
		{"check without file", []string{"check"}, 2, "", usage},
		{"toc with two files", []string{"toc", samplePath, samplePath}, 2, "", usage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := yuebao(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("yuebao %s: exit %d, want %d", strings.Join(tt.args, " "), r.code, tt.code)
			}
			if r.stdout != tt.stdout {
				t.Errorf("stdout = %q, want %q", r.stdout, tt.stdout)
			}
			if r.stderr != tt.stderr {
				t.Errorf("stderr = %q, want %q", r.stderr, tt.stderr)
			}
		})
	}
	if !strings.HasPrefix(usage, "usage:\n") || !strings.Contains(usage, "yuebao json FILE") {
		t.Errorf("usage text does not describe the commands:\n%s", usage)
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
			code := run(args, fullWriter{}, &errb)
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
