package layout

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/mattn/go-runewidth"
)

func TestRuneAndString(t *testing.T) {
	narrowW, wideW := NewWidth(false), NewWidth(true)
	cases := []struct {
		s            string
		narrow, wide int
	}{
		{"中", 2, 2},
		{"，", 2, 2},
		{"a", 1, 1},
		{"“", 1, 2},
		{"”", 1, 2},
		{"…", 1, 2},
		{"—", 1, 2},
		{"·", 1, 2},
		{"─", 1, 2},
		{"\t", TabWidth, TabWidth},
		{"中文字符", 8, 8},
		{"“”‘’", 4, 8},
		{"Hello, 世界!", 12, 12},
		{"a\tb", 9, 9},
		{"中文\t", 8, 8},
		{"一二三四\t", 16, 16},
		{"“\t", 8, 8},
		{"\t“", 9, 10},
		{"e\u0301", 1, 1},
		{"", 0, 0},
	}
	for _, tc := range cases {
		if got := narrowW.String(tc.s); got != tc.narrow {
			t.Errorf("narrow String(%q) = %d, want %d", tc.s, got, tc.narrow)
		}
		if got := wideW.String(tc.s); got != tc.wide {
			t.Errorf("wide String(%q) = %d, want %d", tc.s, got, tc.wide)
		}
		if rs := []rune(tc.s); len(rs) == 1 {
			if got := narrowW.Rune(rs[0]); got != tc.narrow {
				t.Errorf("narrow Rune(%q) = %d, want %d", rs[0], got, tc.narrow)
			}
			if got := wideW.Rune(rs[0]); got != tc.wide {
				t.Errorf("wide Rune(%q) = %d, want %d", rs[0], got, tc.wide)
			}
		}
	}
	if got := (Width{}).String("“…”"); got != 3 {
		t.Errorf("zero Width measures “…” as %d, want 3 (narrow)", got)
	}
}

// Two Widths with different settings in one process, as on the SSH server,
// must not affect each other or go-runewidth's defaults.
func TestWidthsAreIndependent(t *testing.T) {
	before := *runewidth.DefaultCondition
	wide := NewWidth(true)
	narrowW := NewWidth(false)
	if wide.String("…") != 2 || narrowW.String("…") != 1 || wide.String("…") != 2 {
		t.Fatal("one Width's setting leaked into the other")
	}
	after := *runewidth.DefaultCondition
	if before.EastAsianWidth != after.EastAsianWidth || before.StrictEmojiNeutral != after.StrictEmojiNeutral {
		t.Fatal("runewidth.DefaultCondition changed")
	}
}

// The package must not use go-runewidth's package-level functions or
// DefaultCondition, which follow the process environment.
func TestNoGlobalRunewidth(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "runewidth" && sel.Sel.Name != "Condition" {
				t.Errorf("%s: uses runewidth.%s", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no source files found")
	}
}

func TestTruncate(t *testing.T) {
	narrowW, wideW := NewWidth(false), NewWidth(true)
	const s = "中文字符测试"
	cases := []struct {
		w    Width
		name string
		s    string
		n    int
		tail string
		want string
	}{
		{narrowW, "narrow n=5", s, 5, "…", "中文…"},
		{narrowW, "narrow n=6", s, 6, "…", "中文…"},
		{wideW, "wide tail n=5", s, 5, "…", "中…"},
		{wideW, "wide tail n=6", s, 6, "…", "中文…"},
		{narrowW, "n=0", s, 0, "…", ""},
		{narrowW, "n<0", s, -3, "…", ""},
		{narrowW, "n=1 narrow tail fits", s, 1, "…", "…"},
		{wideW, "n=1 wide tail dropped", s, 1, "…", ""},
		{narrowW, "n=1 no tail", "a中b", 1, "", "a"},
		{narrowW, "wide char not split", "a中b", 2, "", "a"},
		{narrowW, "fits", s, 12, "…", s},
		{wideW, "fits wide", "“中”", 6, "…", "“中”"},
		{narrowW, "ASCII", "abcdef", 4, "...", "a..."},
		{narrowW, "tail wider than n", "abcdef", 2, "...", "ab"},
		{narrowW, "combining mark kept with its base", "ae\u0301b", 2, "", "ae\u0301"},
		{narrowW, "tab", "a\tbc", 9, "", "a\tb"},
	}
	for _, tc := range cases {
		got := tc.w.Truncate(tc.s, tc.n, tc.tail)
		if got != tc.want {
			t.Errorf("%s: Truncate(%q, %d, %q) = %q, want %q", tc.name, tc.s, tc.n, tc.tail, got, tc.want)
		}
		if gw := tc.w.String(got); gw > max(tc.n, 0) {
			t.Errorf("%s: result %q is %d cells, n=%d", tc.name, got, gw, tc.n)
		}
	}
	// Never wider than n, whatever n.
	for _, w := range []Width{narrowW, wideW} {
		for n := 0; n <= 14; n++ {
			for _, tail := range []string{"", "…", "...", "——"} {
				got := w.Truncate("他说：“你好……”", n, tail)
				if w.String(got) > n {
					t.Errorf("Truncate(n=%d, tail %q) = %q, %d cells", n, tail, got, w.String(got))
				}
			}
		}
	}
}

// Fast-path runes are broken around freely, so none of them may be a mark
// that belongs to the character before it.
func TestFastExcludesMarks(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		fl := flagsOf(r)
		if fl&fFast != 0 && (isExtend(r) || unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)) {
			t.Errorf("%U is on the fast path but is a combining mark", r)
		}
		if fl&fNoStart != 0 && fl&fNoEnd != 0 {
			t.Errorf("%U is both a forbidden start and a forbidden end", r)
		}
	}
	for _, r := range mustNotStart {
		if flagsOf(r)&fNoStart == 0 {
			t.Errorf("%q is not a forbidden line start", r)
		}
	}
	for _, r := range mustNotEnd {
		if flagsOf(r)&fNoEnd == 0 {
			t.Errorf("%q is not a forbidden line end", r)
		}
	}
}
