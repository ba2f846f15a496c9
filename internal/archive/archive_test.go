package archive

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/yuebao/yuebao/internal/archivegen"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser/library"
	"github.com/yuebao/yuebao/ui/search"
)

const samplePath = "../../testdata/pingdingshan-2023-11.md"

// archive100 is a directory of 100 generated issues and its index, made
// once for the tests that only read them.
var archive100 = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "yuebao-archive-")
	if err != nil {
		return "", err
	}
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		return "", err
	}
	if err := os.Mkdir(filepath.Join(dir, "issues"), 0o755); err != nil {
		return "", err
	}
	if _, err := archivegen.Write(filepath.Join(dir, "issues"), string(sample), 0, 100); err != nil {
		return "", err
	}
	db, err := Open(filepath.Join(dir, "index.db"))
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Update(context.Background(), []string{filepath.Join(dir, "issues")}, nil); err != nil {
		return "", err
	}
	return dir, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := archive100(); err == nil && dir != "" {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func open100(t *testing.T) (*DB, *Catalogue, string) {
	t.Helper()
	dir, err := archive100()
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(filepath.Join(dir, "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cat, err := db.Catalogue(nil)
	if err != nil {
		t.Fatal(err)
	}
	return db, cat, filepath.Join(dir, "issues")
}

// found is a hit as both searches can say it.
type found struct {
	rank     int // 0 title, 1 text, 2 pinyin title, 3 pinyin text
	year     int
	number   int
	path     string
	sec, ent int
}

func (f found) String() string {
	return fmt.Sprintf("rank %d %s %d/%d", f.rank, filepath.Base(f.path), f.sec, f.ent)
}

func rankOf(inTitle, pinyin bool) int {
	r := 1
	if inTitle {
		r = 0
	}
	if pinyin {
		r += 2
	}
	return r
}

func canonical(fs []found) []found {
	fs = slices.Clone(fs)
	slices.SortFunc(fs, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(b.year, a.year), cmp.Compare(b.number, a.number),
			cmp.Compare(a.path, b.path), cmp.Compare(a.sec, b.sec), cmp.Compare(a.ent, b.ent))
	})
	return fs
}

// inMemory is what the reader's filter finds in the library, with the
// filters of Query applied as yuebao search applies them.
func inMemory(t *testing.T, dir string, q Query) []found {
	t.Helper()
	lib, err := library.Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var out []found
	for _, it := range lib.Snapshot() {
		iss := it.Issue
		if iss == nil {
			continue
		}
		if q.Place != "" && !strings.Contains(search.Fold(iss.DisplayTitle()+" "+iss.Compiler), search.Fold(q.Place)) {
			continue
		}
		for _, h := range search.New(iss).Filter(q.Text) {
			e := iss.Entry(h.Ref())
			span := Span(iss, e)
			if !q.From.IsZero() && (span.IsZero() || span.End.Before(q.From)) || !q.To.IsZero() && (span.IsZero() || q.To.Before(span.Start)) {
				continue
			}
			if q.Month != 0 && !SpansDay(span, q.Month, q.Day) {
				continue
			}
			abs, _ := filepath.Abs(it.Path)
			out = append(out, found{rankOf(h.InTitle, h.Pinyin), iss.Year, iss.Number, abs, h.Sec, h.Ent})
		}
	}
	return out
}

// TestSearchAsTheFilter: the index finds what the reader's filter finds
// in the same 100 issues, ranked the same, for names of one to four
// characters, pinyin in full and as initials, a place and dates.
func TestSearchAsTheFilter(t *testing.T) {
	db, cat, dir := open100(t)
	if len(cat.Issues) != 100 {
		t.Fatalf("catalogue has %d issues, want 100", len(cat.Issues))
	}
	queries := []Query{
		{Text: "王"}, {Text: "供暖"}, {Text: archivegen.Name(7)}, {Text: archivegen.Name(12)},
		{Text: "平顶山市"}, {Text: "特炭之都"}, {Text: "“特炭"}, {Text: "供 暖"}, {Text: "CONSTANTINOS"},
		{Text: "lmj"}, {Text: "gongnuan"}, {Text: "gn"}, {Text: "zhang"}, {Text: "chang"}, {Text: "x"},
		{Text: "wang ming"}, {Text: "diaoyan"},
		{Text: "调研", Place: "洛阳"},
		{Text: "会议", From: model.MakeDate(2023, 3, 1), To: model.MakeDate(2023, 6, 30)},
		{Text: "会议", Month: 11, Day: 1},
		{Text: "dy", From: model.MakeDate(2022, 1, 1), To: model.MakeDate(2022, 12, 31)},
	}
	for _, q := range queries {
		name := fmt.Sprintf("%s %s %s %s", q.Text, q.Place, q.From, q.To)
		t.Run(name, func(t *testing.T) {
			want := canonical(inMemory(t, dir, q))
			hits, err := db.Search(context.Background(), cat, q)
			if err != nil {
				t.Fatal(err)
			}
			var got []found
			for i, h := range hits {
				got = append(got, found{rankOf(h.InTitle, h.Pinyin), h.Issue.Year, h.Issue.Number, h.Issue.Path, h.Sec, h.Ent})
				if i == 0 {
					continue
				}
				// Ranked, newest issue first, each issue in its order.
				p := hits[i-1]
				r0, r1 := rankOf(p.InTitle, p.Pinyin), rankOf(h.InTitle, h.Pinyin)
				if r1 < r0 || r1 == r0 && (h.Issue.Key > p.Issue.Key ||
					h.Issue.Key == p.Issue.Key && (h.Sec < p.Sec || h.Sec == p.Sec && h.Ent <= p.Ent)) {
					t.Fatalf("hit %d (%v, key %d) comes after hit %d (%v, key %d)", i, got[i], h.Issue.Key, i-1, got[i-1], p.Issue.Key)
				}
			}
			if len(want) == 0 {
				t.Fatalf("the filter finds nothing: not a test")
			}
			if !slices.Equal(canonical(got), want) {
				t.Errorf("index found %d, filter %d\nfirst difference: %s", len(got), len(want), firstDiff(canonical(got), want))
			}
			limited, err := db.Search(context.Background(), cat, Query{Text: q.Text, From: q.From, To: q.To,
				Month: q.Month, Day: q.Day, Place: q.Place, Limit: 7})
			if err != nil {
				t.Fatal(err)
			}
			if n := min(7, len(hits)); len(limited) != n || !slices.EqualFunc(limited, hits[:n], func(a, b Hit) bool {
				return a.Issue.Key == b.Issue.Key && a.Sec == b.Sec && a.Ent == b.Ent
			}) {
				t.Errorf("with Limit 7: %d hits, not the first %d of the whole search", len(limited), n)
			}
		})
	}
}

func firstDiff(got, want []found) string {
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i].String()
		}
		if i < len(want) {
			w = want[i].String()
		}
		if g != w {
			return fmt.Sprintf("at %d: index %q, filter %q", i, g, w)
		}
	}
	return "none"
}
