package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sample hard-wrapped as a whole, at every width a column of a PDF
// may have: cover, masthead, distribution, table of contents (titles cut
// before a page at the right margin, spaces as the leader) and body, with
// and without page furniture. Each copy must parse to the sample's model
// without a warning, or else warn: a copy that parses to another model in
// silence fails.

// sweepForms are the layouts the sweep wraps.
var sweepForms = []struct {
	name string
	ts   func(cols int) typeset
}{
	{"markdown", func(cols int) typeset {
		return typeset{cols: cols, toc: tocStyle{bare: true},
			body: bodyStyle{wrap: &wrapStyle{cells: cols, indent: "    "}}}
	}},
	{"plain", func(cols int) typeset {
		return typeset{cols: cols, contents: "目　录",
			toc:  tocStyle{bare: true, section: func(_ int, n string) string { return n }},
			mast: mastStyle{form: "lines"},
			body: bodyStyle{wrap: &wrapStyle{cells: cols, indent: "    "}, plainTitles: true,
				section: func(o *out, _ int, n string) { o.text(n) }}}
	}},
}

// sweepFurniture is what a page break leaves: nothing, or a footer, a
// form feed and the running head.
var sweepFurniture = []struct {
	name string
	b    *breakStyle
}{
	{"no furniture", nil},
	{"furniture", furniture(emDashFooter, ffLine, runningHead, false)},
	{"furniture tight", furniture(emDashFooter, ffPrefix, runningHead, true)},
}

// The widths swept, in cells, and the narrowest the parser must read
// without a warning. Below it a column is narrower than 17 characters:
// a table of contents cut there puts lines of four or five characters
// between its pages, which read as section names as well as titles, and
// the parser warns instead of guessing.
const sweepFrom, sweepTo, sweepClean = 20, 80, 34

// sweepTypeset is form f of sweepForms wrapped at cols cells, with the
// page furniture b (nil for none).
func sweepTypeset(f, cols int, b *breakStyle) typeset {
	ts := sweepForms[f].ts(cols)
	ts.body.breaks = b
	return ts
}

// TestRetypesetSweep parses every copy of the sweep. A copy that parses
// to another model without a warning fails whatever its width; one that
// warns fails from sweepClean cells on. With -v it lists the widths that
// warn and their first warnings. To keep it quick, each width is printed
// with one kind of furniture in each form, turn about.
func TestRetypesetSweep(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	ref := docFor(sample).ref
	for fi, f := range sweepForms {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			var warned []string
			for cols := sweepFrom; cols <= sweepTo; cols++ {
				fu := sweepFurniture[(cols+fi)%len(sweepFurniture)]
				ts := sweepTypeset(fi, cols, fu.b)
				r := ts.render(sample)
				if *retypesetDump != "" {
					name := fmt.Sprintf("sweep_%s_%d.md", f.name, cols)
					if err := os.WriteFile(filepath.Join(*retypesetDump, name), []byte(r.text), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				iss, err := Parse([]byte(r.text))
				if err != nil {
					t.Fatal(err)
				}
				want := project(ts.expected(ref), projOpts{})
				got := project(iss, projOpts{})
				switch {
				case len(iss.Warnings) > 0 && cols >= sweepClean:
					t.Errorf("%d cells, %s: %d warnings on a complete copy:%s", cols, fu.name, len(iss.Warnings), warningsText(iss.Warnings))
				case len(iss.Warnings) > 0:
					warned = append(warned, fmt.Sprint(cols))
					if testing.Verbose() {
						t.Logf("%d cells, %s: %d warnings:%s", cols, fu.name, len(iss.Warnings), warningsText(iss.Warnings[:min(3, len(iss.Warnings))]))
					}
				case want != got:
					t.Errorf("%d cells, %s: parses to another model without a warning: %s", cols, fu.name, projDiff(want, got))
				}
			}
			t.Logf("%d of %d widths warn: %s", len(warned), sweepTo-sweepFrom+1, strings.Join(warned, " "))
		})
	}
}

// TestStrayBeforeFirstSection: a line the cover and the table of contents
// could not place, left before the body's first section heading (as a
// masthead value cut in two was), is a warning at its line, also where
// the page furniture gives it a page.
func TestStrayBeforeFirstSection(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	for _, b := range []*breakStyle{nil, furniture(emDashFooter, ffLine, runningHead, false)} {
		ts := typeset{body: bodyStyle{breaks: b}}
		lines := strings.Split(ts.render(sample).text, "\n")
		at := -1
		for i, l := range lines {
			if l == runningHead || b == nil && l == "## 时政要闻" && i > 100 {
				at = i + 1
				if b == nil {
					at = i
				}
				break
			}
		}
		if at < 0 {
			t.Fatal("no place for the stray line")
		}
		lines = append(lines[:at], append([]string{"324 房间", ""}, lines[at:]...)...)
		iss, err := Parse([]byte(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, w := range iss.Warnings {
			found = found || w.Line == at+1
		}
		if !found {
			t.Errorf("furniture %v: no warning at line %d, the stray line:%s", b != nil, at+1, warningsText(iss.Warnings))
		}
	}
}
