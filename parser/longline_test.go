package parser

import (
	"runtime"
	"strings"
	"testing"
)

// A line of thousands of links, wiki links or spans is rewritten once,
// not once a link: before, 240 KB of [文字](http://x.y/z) on one line
// allocated 230 MB and took seconds (a web page's link list pasted
// without breaks, or a hostile file on a public server).
func TestLongLineRewritesAllocateLinearly(t *testing.T) {
	for _, c := range []struct{ name, unit string }{
		{"web links", "[文字](http://x.y/z) "},
		{"anchor links", "[文字](#_Toc1)"},
		{"wiki links", "[[文字]]"},
		{"wiki links with a target", "[[目标|文字]]"},
		{"spans", "[文字]{.underline}"},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := []byte("# 平顶山月报\n\n" + strings.Repeat(c.unit, (256<<10)/len(c.unit)) + "\n")
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			iss, err := Parse(src)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if x := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(src)); x > 20 {
				t.Errorf("allocated %.0f× the input", x)
			}
			if got := iss.Sections[0].Entries[0].Paragraphs[0].Text; !strings.HasPrefix(got, "文字") || strings.ContainsAny(got, "[]") {
				t.Errorf("text begins %q, want the links' text without their markup", clipText(got, 20))
			}
		})
	}
}

// A line longer than a page is wide is never read as two columns of a
// contents page: each gap in it would be looked for from the last, and
// the halves read, again and again.
func TestSplitColumnsLongLine(t *testing.T) {
	row := "李明俊调研信访稳定工作 ……… 6      市政协召开常委会议 ……… 14"
	if _, _, ok := splitColumns(row, false); !ok {
		t.Fatalf("%q: not two columns", row)
	}
	long := row + strings.Repeat("   文字", maxColumnsLine/9)
	if _, _, ok := splitColumns(long, false); ok {
		t.Errorf("a line of %d bytes read as two columns", len(long))
	}
}
