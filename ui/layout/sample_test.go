package layout

import (
	"os"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// Lists from the brief, kept apart from the implementation's tables so that
// the test does not check the code against itself.
const (
	mustNotStart = "。，、；：？！）》」』”’…·—,.;:?!)]}"
	mustNotEnd   = "（《「『“‘([{"
)

// sampleParagraphs returns the sample's non-empty lines with the Markdown
// markup roughly stripped: it is just text here.
func sampleParagraphs(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("../../testdata/pingdingshan-2023-11.md")
	if err != nil {
		tb.Fatal(err)
	}
	var paras []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimLeft(l, "#")
		l = strings.TrimSpace(l)
		l = strings.TrimPrefix(l, "- ")
		l = strings.ReplaceAll(l, "**", "")
		l = strings.TrimSpace(l)
		if l != "" {
			paras = append(paras, l)
		}
	}
	return paras
}

// checkJoin reports whether lines are para with only spaces or tabs removed
// at the line boundaries (and at the end).
func checkJoin(para string, lines []string) bool {
	pos := 0
	for i, l := range lines {
		if i > 0 {
			for pos < len(para) && (para[pos] == ' ' || para[pos] == '\t') {
				pos++
			}
		}
		if !strings.HasPrefix(para[pos:], l) {
			return false
		}
		pos += len(l)
	}
	return strings.Trim(para[pos:], " \t") == ""
}

func TestWrapSampleProperties(t *testing.T) {
	paras := sampleParagraphs(t)
	if len(paras) < 100 {
		t.Fatalf("only %d paragraphs in the sample", len(paras))
	}
	for _, amb := range []bool{false, true} {
		w := NewWidth(amb)
		for n := 20; n <= 200; n++ {
			badStart, badEnd := 0, 0
			for _, p := range paras {
				lines := w.Wrap(p, n)
				if len(lines) == 0 {
					t.Fatalf("amb=%v n=%d: no lines for %q", amb, n, p)
				}
				for _, l := range lines {
					if lw := w.String(l); lw > n {
						t.Errorf("amb=%v n=%d: %d cells: %q", amb, n, lw, l)
					}
					if l == "" {
						t.Errorf("amb=%v n=%d: empty line in %q", amb, n, p)
						continue
					}
					first, last := []rune(l)[0], []rune(l)[len([]rune(l))-1]
					if strings.ContainsRune(mustNotStart, first) {
						badStart++
						t.Logf("amb=%v n=%d: starts with %q: %q", amb, n, first, l)
					}
					if strings.ContainsRune(mustNotEnd, last) {
						badEnd++
						t.Logf("amb=%v n=%d: ends with %q: %q", amb, n, last, l)
					}
					if first == ' ' || first == '\t' || last == ' ' || last == '\t' {
						t.Errorf("amb=%v n=%d: space at an edge: %q", amb, n, l)
					}
				}
				if !checkJoin(p, lines) {
					t.Errorf("amb=%v n=%d: lines %q do not rebuild %q", amb, n, lines, p)
				}
			}
			if badStart > 0 || badEnd > 0 {
				t.Errorf("amb=%v n=%d: %d forbidden line starts, %d forbidden line ends", amb, n, badStart, badEnd)
			}
		}
	}
}

// Without kinsoku the sample does have forbidden line starts at these widths,
// so the property above is not vacuous.
func TestSampleNeedsKinsoku(t *testing.T) {
	w := NewWidth(false)
	bad := 0
	for _, p := range sampleParagraphs(t) {
		for rest := p; rest != ""; {
			line := w.Truncate(rest, 80, "")
			rest = rest[len(line):]
			if r := []rune(rest); len(r) > 0 && strings.ContainsRune(mustNotStart, r[0]) {
				bad++
			}
		}
	}
	if bad == 0 {
		t.Fatal("cutting the sample every 80 cells gives no forbidden line start")
	}
}

func BenchmarkWrapSample(b *testing.B) {
	paras := sampleParagraphs(b)
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	for _, amb := range []bool{false, true} {
		name := "narrow"
		if amb {
			name = "wide"
		}
		b.Run(name, func(b *testing.B) {
			w := NewWidth(amb)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			lines := 0
			for b.Loop() {
				lines = 0
				for _, p := range paras {
					lines += len(w.Wrap(p, 80))
				}
			}
			b.ReportMetric(float64(lines), "lines/op")
		})
	}
}

// The baseline from targets.md, measured side by side: uniseg.StepString
// over the same paragraphs, doing nothing else.
func BenchmarkUnisegStepSample(b *testing.B) {
	paras := sampleParagraphs(b)
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range paras {
			state := -1
			for rest := p; rest != ""; {
				_, rest, _, state = uniseg.StepString(rest, state)
			}
		}
	}
}

// Latin text takes the uniseg path throughout.
func BenchmarkWrapLatin(b *testing.B) {
	para := strings.Repeat("The quick brown fox jumps over the lazy dog, twice (or 2.5 times); see pdsnj666@sina.com. ", 50)
	w := NewWidth(false)
	b.SetBytes(int64(len(para)))
	for b.Loop() {
		w.Wrap(para, 80)
	}
}
