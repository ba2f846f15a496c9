package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRW3Dump(t *testing.T) {
	files, _ := filepath.Glob("testdata/rt-w3-*.md")
	for _, f := range files {
		src, _ := os.ReadFile(f)
		iss, _ := Parse(src)
		cover := fmt.Sprintf("%s|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Compiler, iss.Published)
		var got []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
			}
		}
		var warns []string
		for _, w := range iss.Warnings {
			warns = append(warns, fmt.Sprint(w.Line))
		}
		fmt.Printf("{%q, %q,\n\t%q, %q},\n", filepath.Base(f), cover, strings.Join(got, "; "), strings.Join(warns, ","))
	}
}
