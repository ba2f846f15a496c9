package model_test

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

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

// The reference encoding: the published form declared as structs and
// printed by encoding/json, as yuebao json did before WriteJSON. WriteJSON
// must print exactly these bytes.
type refIssue struct {
	Title        *string        `json:"title"`
	Year         *int           `json:"year"`
	Number       *int           `json:"number"`
	Total        *int           `json:"total"`
	Compiler     *string        `json:"compiler"`
	Published    *string        `json:"published"`
	Masthead     []refField     `json:"masthead"`
	Distribution *string        `json:"distribution"`
	Sections     []refSection   `json:"sections"`
	Pages        []refPage      `json:"pages"`
	Furniture    []refFurniture `json:"furniture"`
	Unplaced     []refLine      `json:"unplaced"`
	Warnings     []refWarning   `json:"warnings"`
}

type refField struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

type refSection struct {
	Name    string     `json:"name"`
	Label   *string    `json:"label"`
	Entries []refEntry `json:"entries"`
}

type refEntry struct {
	Title      string   `json:"title"`
	Page       *int     `json:"page"`
	LastPage   *int     `json:"last_page"`
	Date       *refDate `json:"date"`
	Paragraphs []string `json:"paragraphs"`
}

type refDate struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
}

type refPage struct {
	Page int `json:"page"`
	Line int `json:"line"`
}

type refFurniture struct {
	Line int    `json:"line"`
	Kind string `json:"kind"`
	Text string `json:"text"`
}

type refLine struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

type refWarning struct {
	Line    *int   `json:"line"`
	Message string `json:"message"`
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

func reference(iss *model.Issue) refIssue {
	r := refIssue{
		Title:        optString(iss.Title),
		Year:         optInt(iss.Year),
		Number:       optInt(iss.Number),
		Total:        optInt(iss.Total),
		Compiler:     optString(iss.Compiler),
		Published:    optString(iss.Published.String()),
		Distribution: optString(iss.Distribution),
		Masthead:     []refField{},
		Sections:     []refSection{},
		Pages:        []refPage{},
		Furniture:    []refFurniture{},
		Unplaced:     []refLine{},
		Warnings:     []refWarning{},
	}
	for _, f := range iss.Masthead {
		r.Masthead = append(r.Masthead, refField(f))
	}
	for _, s := range iss.Sections {
		rs := refSection{Name: s.Name, Label: optString(s.Label), Entries: []refEntry{}}
		for _, e := range s.Entries {
			re := refEntry{Title: e.Title, Page: optInt(e.Page), LastPage: optInt(e.LastPage), Paragraphs: []string{}}
			if !e.Date.IsZero() {
				re.Date = &refDate{Start: e.Date.Start.String(), End: e.Date.End.String(), Precision: string(e.Date.Start.Precision())}
			}
			for _, p := range e.Paragraphs {
				re.Paragraphs = append(re.Paragraphs, p.Text)
			}
			rs.Entries = append(rs.Entries, re)
		}
		r.Sections = append(r.Sections, rs)
	}
	for _, p := range iss.Pages {
		r.Pages = append(r.Pages, refPage(p))
	}
	for _, f := range iss.Furniture {
		r.Furniture = append(r.Furniture, refFurniture{Line: f.Line, Kind: string(f.Kind), Text: f.Text})
	}
	for _, l := range iss.Unplaced {
		r.Unplaced = append(r.Unplaced, refLine(l))
	}
	for _, w := range iss.Warnings {
		r.Warnings = append(r.Warnings, refWarning{Line: optInt(w.Line), Message: w.Message})
	}
	return r
}

// encode prints v as yuebao json printed the issue before WriteJSON.
func encode(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeJSON(t *testing.T, issues ...*model.Issue) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := model.WriteJSON(&buf, issues...); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sample(t *testing.T) *model.Issue {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "pingdingshan-2023-11.md"))
	if err != nil {
		t.Fatal(err)
	}
	iss, err := parser.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return iss
}

// diffAt shows where two outputs part.
func diffAt(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-60)
	return fmt.Sprintf("at byte %d:\n got: %q\nwant: %q", i, got[lo:min(len(got), i+60)], want[lo:min(len(want), i+60)])
}

func TestWriteJSONSample(t *testing.T) {
	iss := sample(t)
	got := writeJSON(t, iss)
	if want := encode(t, reference(iss)); !bytes.Equal(got, want) {
		t.Errorf("WriteJSON differs from encoding/json on the sample %s", diffAt(got, want))
	}
	// The golden file is written through MarshalJSON and json.Encoder: the
	// two ways out must agree.
	golden, err := os.ReadFile(filepath.Join("..", "testdata", "pingdingshan-2023-11.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, golden) {
		t.Errorf("WriteJSON differs from testdata/pingdingshan-2023-11.json %s", diffAt(got, golden))
	}
}

// oldIssue is the form before pages, furniture, unplaced and last_page,
// copied from the encoder WriteJSON replaced.
type oldIssue struct {
	Title        *string      `json:"title"`
	Year         *int         `json:"year"`
	Number       *int         `json:"number"`
	Total        *int         `json:"total"`
	Compiler     *string      `json:"compiler"`
	Published    *string      `json:"published"`
	Masthead     []refField   `json:"masthead"`
	Distribution *string      `json:"distribution"`
	Sections     []oldSection `json:"sections"`
	Warnings     []refWarning `json:"warnings"`
}

type oldSection struct {
	Name    string     `json:"name"`
	Entries []oldEntry `json:"entries"`
}

type oldEntry struct {
	Title      string   `json:"title"`
	Page       *int     `json:"page"`
	Date       *oldDate `json:"date"`
	Paragraphs []string `json:"paragraphs"`
}

// oldDate is the date object before it had a precision.
type oldDate struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// TestWriteJSONOldFieldsUnchanged: with the new fields taken out, the
// output is byte for byte what the old encoder printed, so that readers
// of the published form see only additions.
func TestWriteJSONOldFieldsUnchanged(t *testing.T) {
	for name, iss := range map[string]*model.Issue{"sample": sample(t), "tricky": tricky(rand.New(rand.NewPCG(1, 2)))} {
		r := reference(iss)
		old := oldIssue{
			Title: r.Title, Year: r.Year, Number: r.Number, Total: r.Total, Compiler: r.Compiler,
			Published: r.Published, Masthead: r.Masthead, Distribution: r.Distribution, Warnings: r.Warnings,
			Sections: []oldSection{},
		}
		for _, s := range r.Sections {
			sec := oldSection{Name: s.Name, Entries: []oldEntry{}}
			for _, e := range s.Entries {
				var d *oldDate
				if e.Date != nil {
					d = &oldDate{Start: e.Date.Start, End: e.Date.End}
				}
				sec.Entries = append(sec.Entries, oldEntry{Title: e.Title, Page: e.Page, Date: d, Paragraphs: e.Paragraphs})
			}
			old.Sections = append(old.Sections, sec)
		}
		want := encode(t, old)

		stripped := *iss
		stripped.Pages, stripped.Furniture, stripped.Unplaced = nil, nil, nil
		got := string(writeJSON(t, &stripped))
		for _, line := range []string{"          \"last_page\": null,\n", "  \"pages\": [],\n", "  \"furniture\": [],\n", "  \"unplaced\": [],\n"} {
			got = strings.ReplaceAll(got, line, "")
		}
		// last_page of a ranged entry is not null; drop those lines too,
		// and the precision of dates (new as well), which leaves a comma
		// after "end" that the old form does not have.
		var kept []string
		for _, l := range strings.SplitAfter(got, "\n") {
			switch {
			case strings.HasPrefix(l, "          \"last_page\": "), strings.HasPrefix(l, "            \"precision\": "), strings.HasPrefix(l, "      \"label\": "):
			case strings.HasPrefix(l, "            \"end\": "):
				kept = append(kept, strings.Replace(l, ",\n", "\n", 1))
			default:
				kept = append(kept, l)
			}
		}
		if got := []byte(strings.Join(kept, "")); !bytes.Equal(got, want) {
			t.Errorf("%s: old fields differ from the old encoder %s", name, diffAt(got, want))
		}
	}
}

// trickyStrings are the strings whose escaping differs between encoders:
// every control character, U+2028/2029, invalid and truncated UTF-8,
// quotes, backslashes, the HTML characters, DEL, a lone surrogate and a
// character outside the BMP.
var trickyStrings = func() []string {
	s := []string{
		"", "\"", "\\", `\"`, "<>&", "《》", "\u2028", "\u2029", "a\u2028b\u2029c",
		"\xff", "\xe2\x80", "中\xe6\x96", "\xed\xa0\x80", "\x7f", "\U0001F600", "\ufffd",
		"</script>", "a\tb\nc\rd\be\ff", "平顶山\x00月报", "全角　空格", "\u00a0",
	}
	for b := 0; b < 0x20; b++ {
		s = append(s, "x"+string(rune(b))+"y")
	}
	return s
}()

// randomString mixes the pieces that need care with plain ASCII and CJK.
func randomString(r *rand.Rand) string {
	pieces := append([]string{"a", "平", "顶", "，", "。", " ", "12"}, trickyStrings...)
	var b strings.Builder
	for n := r.IntN(12); n > 0; n-- {
		if r.IntN(4) == 0 {
			b.WriteByte(byte(r.IntN(256))) // any byte, valid or not
		} else {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
	}
	return b.String()
}

// tricky is an issue with every field filled, and odd strings in all of
// them.
func tricky(r *rand.Rand) *model.Issue {
	s := func() string { return randomString(r) }
	iss := &model.Issue{
		Title: s(), Year: 2023, Number: 11, Total: 215, Compiler: s(),
		Published:    model.MakeDate(2023, 12, 4),
		Distribution: s(),
		Masthead:     []model.Field{{Key: s(), Value: s()}, {Key: "主编", Value: s()}},
		Pages:        []model.PageStart{{Page: 1, Line: 3}, {Page: 2, Line: 40}},
		Furniture:    []model.Furniture{{Line: 2, Kind: model.RunningHead, Text: s()}, {Line: 39, Kind: model.PageNumber, Text: "— 1 —"}},
		Unplaced:     []model.Line{{Line: 7, Text: s()}},
		Warnings:     []model.Warning{{Line: 0, Message: s()}, {Line: 7, Message: s()}},
	}
	for i := range 3 {
		sec := model.Section{Name: s()}
		for k := range 4 {
			e := model.Entry{Title: s(), Page: k, LastPage: k * (i % 2)}
			if k%2 == 1 {
				d := model.MakeDate(2023, 11, k)
				e.Date = model.DateRange{Start: d, End: d}
			}
			for range k {
				e.Paragraphs = append(e.Paragraphs, model.Paragraph{Text: s()})
			}
			sec.Entries = append(sec.Entries, e)
		}
		iss.Sections = append(iss.Sections, sec)
	}
	for _, t := range trickyStrings {
		iss.Sections[0].Entries[0].Paragraphs = append(iss.Sections[0].Entries[0].Paragraphs, model.Paragraph{Text: t})
	}
	return iss
}

func TestWriteJSONTrickyStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for i := range 200 {
		iss := tricky(r)
		got := writeJSON(t, iss)
		if want := encode(t, reference(iss)); !bytes.Equal(got, want) {
			t.Fatalf("issue %d: WriteJSON differs from encoding/json %s", i, diffAt(got, want))
		}
	}
}

// FuzzWriteJSONString holds the escaper to encoding/json on any string.
func FuzzWriteJSONString(f *testing.F) {
	for _, s := range trickyStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iss := &model.Issue{Title: "t", Sections: []model.Section{{Name: s, Entries: []model.Entry{{Title: s, Paragraphs: []model.Paragraph{{Text: s}}}}}}}
		got := writeJSON(t, iss)
		if want := encode(t, reference(iss)); !bytes.Equal(got, want) {
			t.Fatalf("%q: WriteJSON differs from encoding/json %s", s, diffAt(got, want))
		}
	})
}

func TestWriteJSONSeveralIssues(t *testing.T) {
	a, b := sample(t), tricky(rand.New(rand.NewPCG(3, 4)))
	got := writeJSON(t, a, b)
	if want := encode(t, []refIssue{reference(a), reference(b)}); !bytes.Equal(got, want) {
		t.Errorf("two issues: WriteJSON differs from encoding/json %s", diffAt(got, want))
	}
	var back []json.RawMessage
	if err := json.Unmarshal(got, &back); err != nil || len(back) != 2 {
		t.Errorf("two issues: want a JSON array of two, got %d (%v)", len(back), err)
	}
	if got := string(writeJSON(t)); got != "[]\n" {
		t.Errorf("no issues: %q, want an empty array", got)
	}
	if got := string(writeJSON(t, nil)); got != "null\n" {
		t.Errorf("one nil issue: %q, want null", got)
	}
}

// TestMarshalJSON: MarshalJSON stays the compact form of what WriteJSON
// writes, so json.Marshal and json.Encoder on an issue keep working.
func TestMarshalJSON(t *testing.T) {
	iss := tricky(rand.New(rand.NewPCG(5, 6)))
	m, err := iss.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, writeJSON(t, iss)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m, compact.Bytes()) {
		t.Errorf("MarshalJSON is not WriteJSON compacted %s", diffAt(m, compact.Bytes()))
	}
	if got := encode(t, iss); !bytes.Equal(got, writeJSON(t, iss)) {
		t.Errorf("json.Encoder on the issue differs from WriteJSON %s", diffAt(got, writeJSON(t, iss)))
	}
}

// failingWriter takes ok bytes, then fails every write.
type failingWriter struct {
	ok    int
	calls int // writes after the first failure
	err   error
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		w.calls++
		return 0, w.err
	}
	if len(p) <= w.ok {
		w.ok -= len(p)
		return len(p), nil
	}
	n := w.ok
	w.ok = 0
	w.err = errDiskFull
	return n, w.err
}

var errDiskFull = errors.New("no space left on device")

func TestWriteJSONWriteError(t *testing.T) {
	iss := sample(t)
	for _, ok := range []int{0, 1000, 100 << 10} {
		w := &failingWriter{ok: ok}
		err := model.WriteJSON(w, iss, iss)
		if !errors.Is(err, errDiskFull) {
			t.Errorf("writer failing after %d bytes: WriteJSON returned %v, want the writer's error", ok, err)
		}
		if w.calls != 0 {
			t.Errorf("writer failing after %d bytes: written to %d more times after it failed", ok, w.calls)
		}
	}
}

// TestWriteJSONLongStrings: strings longer than the writer's buffer, with
// escapes at and around its edges, come out as encoding/json prints them.
func TestWriteJSONLongStrings(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{32<<10 - 3, 36 << 10, 100 << 10} {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(strings.Repeat("平顶山", r.IntN(5000)))
			b.WriteString(randomString(r))
		}
		long := b.String()
		iss := &model.Issue{Title: long, Sections: []model.Section{{Name: "s", Entries: []model.Entry{{Title: "t", Paragraphs: []model.Paragraph{{Text: long}, {Text: long[:n/2]}}}}}}}
		if got, want := writeJSON(t, iss), encode(t, reference(iss)); !bytes.Equal(got, want) {
			t.Fatalf("%d bytes: WriteJSON differs from encoding/json %s", n, diffAt(got, want))
		}
	}
}
