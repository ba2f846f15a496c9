package parser

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
)

const sampleFile = "pingdingshan-2023-11.md"

// variant is the sample as users also have it: another encoding, other
// line ends, hard-wrapped. The files are generated from the sample (run
// the tests with -update to regenerate) and committed so that anyone can
// try them with yuebao json.
type variant struct {
	name string
	make func(sample []byte) []byte
}

var variants = []variant{
	{"pingdingshan-2023-11.gb18030.md", func(b []byte) []byte {
		out, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
		if err != nil {
			panic(err)
		}
		return out
	}},
	{"pingdingshan-2023-11.bom-crlf.md", func(b []byte) []byte {
		return append([]byte("\xEF\xBB\xBF"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
	}},
	{"pingdingshan-2023-11.cr.md", func(b []byte) []byte {
		return bytes.ReplaceAll(b, []byte("\n"), []byte("\r"))
	}},
	{"pingdingshan-2023-11.wrapped.md", func(b []byte) []byte {
		return []byte(hardWrap(string(b), 40))
	}},
}

// latin reports whether r belongs to a script that separates words with
// spaces (and digits): hardWrap breaks only at spaces between such runes.
func latin(r rune) bool {
	return r < 0x2000 && !unicode.IsSpace(r)
}

func variantPath(v variant) string { return filepath.Join("..", "testdata", "variants", v.name) }

func decodeVariant(t testing.TB, v variant) string {
	t.Helper()
	b, err := os.ReadFile(variantPath(v))
	if err != nil {
		t.Fatal(err)
	}
	text, _, _, err := decode(b)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	return text
}

// hardWrap wraps the body paragraphs of a report at about width
// characters, as text taken from PDF columns is: a break falls between two
// CJK characters, or at a space between two Latin words (the space goes).
// Headings and the lines before the body stay as they are.
func hardWrap(text string, width int) string {
	lines := strings.Split(text, "\n")
	start := BodyLine(text) - 1
	var out []string
	out = append(out, lines[:start]...)
	for _, l := range lines[start:] {
		if _, _, ok := heading(l); ok || isBlank(l) || rule(l) {
			out = append(out, l)
			continue
		}
		l = strings.TrimRight(l, " ")
		rs := []rune(l)
		for len(rs) > width {
			cut := -1
			for i := width; i > width/2 && cut < 0; i-- {
				switch {
				case !latin(rs[i-1]) && !latin(rs[i]) && rs[i-1] != ' ' && rs[i] != ' ':
					cut = i
				case rs[i] == ' ' && i+1 < len(rs) && latin(rs[i-1]) && latin(rs[i+1]):
					cut = i
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, string(rs[:cut]))
			rs = rs[cut:]
			if rs[0] == ' ' {
				rs = rs[1:]
			}
		}
		out = append(out, string(rs))
	}
	return strings.Join(out, "\n")
}

func TestVariantFilesUpToDate(t *testing.T) {
	sample := readTestdata(t, sampleFile)
	for _, v := range variants {
		want := v.make(sample)
		if testkit.Updating() {
			if err := os.MkdirAll(filepath.Dir(variantPath(v)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(variantPath(v), want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(variantPath(v))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what the generator makes; run go test ./parser -update and review the diff", v.name)
		}
	}
}

func TestWrappedVariantIsWrapped(t *testing.T) {
	text := decodeVariant(t, variants[3])
	long := 0
	for _, l := range strings.Split(text, "\n") {
		if utf8.RuneCountInString(l) > 60 && !strings.HasPrefix(l, "#") && !strings.Contains(l, "\t(") && !strings.Contains(l, ".....") {
			long++
		}
	}
	if long > 3 {
		t.Errorf("%d body lines longer than 60 characters in the wrapped variant", long)
	}
}

// TestSampleGolden pins the whole model of the sample as JSON. The golden
// file is reviewed like code: regenerate with -update and read the diff.
func TestSampleGolden(t *testing.T) {
	iss, err := Parse(readTestdata(t, sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	got := marshal(t, iss)
	testkit.Golden(t, filepath.Join("..", "testdata", "pingdingshan-2023-11.json"), got, "the model of the sample")
}

// TestVariantsParseTheSame: encoding, BOM, line ends and hard wrapping do
// not change the model.
func TestVariantsParseTheSame(t *testing.T) {
	orig, err := Parse(readTestdata(t, sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	want := marshal(t, orig)
	for _, v := range variants {
		b, err := os.ReadFile(variantPath(v))
		if err != nil {
			t.Fatal(err)
		}
		iss, err := Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		if got := marshal(t, iss); !bytes.Equal(got, want) {
			t.Errorf("%s parses differently from the sample:\n%s", v.name, testkit.FirstDiff(string(want), string(got)))
		}
	}
}

func TestSampleModel(t *testing.T) {
	iss, err := Parse(readTestdata(t, sampleFile))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"时政要闻", "领导活动", "重要会议", "友好往来", "民主党派换届选举", "经济视点", "县（市、区）动态", "出彩鹰城", "社会民生", "鹰城文化"}
	counts := []int{5, 13, 16, 11, 4, 4, 4, 4, 3, 4}
	if len(iss.Sections) != len(names) {
		t.Fatalf("%d sections, want %d", len(iss.Sections), len(names))
	}
	total := 0
	for i, s := range iss.Sections {
		if s.Name != names[i] || len(s.Entries) != counts[i] {
			t.Errorf("section %d = %s with %d entries, want %s with %d", i, s.Name, len(s.Entries), names[i], counts[i])
		}
		for _, e := range s.Entries {
			total++
			if e.Title == "" || e.Page == 0 || e.Date.IsZero() || len(e.Paragraphs) == 0 {
				t.Errorf("entry %q: page %d date %v, %d paragraphs", e.Title, e.Page, e.Date, len(e.Paragraphs))
			}
		}
	}
	if total != 68 {
		t.Errorf("%d entries, want 68", total)
	}
	tocEntries := 0
	for _, s := range iss.TOC {
		tocEntries += len(s.Entries)
	}
	if len(iss.TOC) != 10 || tocEntries != 68 {
		t.Errorf("TOC has %d sections and %d entries, want 10 and 68", len(iss.TOC), tocEntries)
	}
	if len(iss.Masthead) != 8 || iss.Masthead[4] != (model.Field{Key: "责任编辑", Value: "张 征"}) {
		t.Errorf("masthead = %+v", iss.Masthead)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings on the sample: %+v", iss.Warnings)
	}
}

func marshal(t testing.TB, iss *model.Issue) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(iss); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
