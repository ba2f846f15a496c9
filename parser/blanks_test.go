package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestBlankRunsKeepSourceLines: where every blank line of a copy is
// doubled (as a converter that leaves two between blocks does), the
// model reads the same and each of its line numbers still names the
// source line it read: an entry's, a paragraph's, a section's, a line
// of the contents', a furniture line's, a page's start, a warning's.
// collapseBlanks reads the runs as one blank line and gives the lines
// back.
func TestBlankRunsKeepSourceLines(t *testing.T) {
	for _, file := range []string{"pingdingshan-2023-11.md", "../parser/testdata/rt-c5-notes-end.md", "../parser/testdata/rt-c3-number-heading.md", "../parser/testdata/rt-wb-docx2txt-masthead.md"} {
		src := strings.Split(string(readTestdata(t, file)), "\n")
		var doubled []string
		at := make([]int, len(src)+1) // at[n]: the doubled copy's line for source line n (1-based)
		for i, l := range src {
			doubled = append(doubled, l)
			at[i+1] = len(doubled)
			if strings.TrimSpace(l) == "" {
				doubled = append(doubled, "")
			}
		}
		want, err := ParseAll([]byte(strings.Join(src, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(strings.Join(doubled, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		w, g := modelLines(want), modelLines(got)
		if len(w) != len(g) {
			t.Errorf("%s: %d line numbers in the model, %d with the blank lines doubled", file, len(w), len(g))
			continue
		}
		bad := 0
		for k := range w {
			if w[k].n > 0 && at[w[k].n] != g[k].n && bad < 5 {
				bad++
				t.Errorf("%s: %s at line %d, with the blank lines doubled %d (want %d)", file, w[k].what, w[k].n, g[k].n, at[w[k].n])
			}
		}
	}
}

// modelLine is a line number of the model and what holds it.
type modelLine struct {
	what string
	n    int
}

// modelLines lists every line number of the issues in all, in order.
func modelLines(all []*model.Issue) []modelLine {
	var out []modelLine
	add := func(what string, n int) { out = append(out, modelLine{what, n}) }
	for _, iss := range all {
		add("the issue", iss.Line)
		for _, s := range iss.TOC {
			add("contents section "+s.Name, s.Line)
			for _, e := range s.Entries {
				add("contents line "+e.Title, e.Line)
			}
		}
		for _, s := range iss.Sections {
			add("section "+s.Name, s.Line)
			for _, e := range s.Entries {
				add("entry "+e.Title, e.Line)
				for k, p := range e.Paragraphs {
					add(fmt.Sprintf("paragraph %d of %q", k, e.Title), p.Line)
				}
			}
		}
		for _, p := range iss.Pages {
			add(fmt.Sprint("page ", p.Page), p.Line)
		}
		for _, f := range iss.Furniture {
			add("furniture "+f.Text, f.Line)
		}
		for _, u := range iss.Unplaced {
			add("unplaced "+u.Text, u.Line)
		}
		for _, w := range iss.Warnings {
			add("warning "+w.Message, w.Line)
		}
	}
	return out
}
