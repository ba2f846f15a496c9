package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRedTeamTOC holds the copies a red team wrote about where a table of
// contents begins and ends (testdata/rt-toc-*.md), each with its cover,
// its entries (section|title|date|paragraphs) and its warnings' lines:
// an editors' note on the cover above the contents heading (**编者按**：…,
// 卷首语 over hard-wrapped text), an entry of the body before its first
// section, the table of contents read after it (the contents had become
// a section of the body, its lines one paragraph).
func TestRedTeamTOC(t *testing.T) {
	for _, c := range []struct{ file, cover, entries, warns string }{
		{"rt-toc-note.md", "宁川史志月报|2024|3||",
			"|||1; 工作动态|县史志办召开修志工作会议|2024-03-06|1; 地情研究|宁川古渡口考||1", ""},
		{"rt-toc-note-plain.md", "鹰城月报|2023|5||",
			"|卷首语||1; 工作动态|市史志办召开年鉴编纂工作会议|2023-05-08|1; 地情研究|鹰城古渡口考||1", ""},
	} {
		src, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		iss, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		cover := fmt.Sprintf("%s|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Compiler, iss.Published)
		if cover != c.cover {
			t.Errorf("%s: cover\n got  %s\n want %s", c.file, cover, c.cover)
		}
		var got []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
			}
		}
		if g := strings.Join(got, "; "); g != c.entries {
			t.Errorf("%s: entries\n got  %s\n want %s", c.file, g, c.entries)
		}
		var warns []string
		for _, w := range iss.Warnings {
			warns = append(warns, fmt.Sprint(w.Line))
		}
		if g := strings.Join(warns, ","); g != c.warns {
			t.Errorf("%s: warnings on lines %q, want %q:%s", c.file, g, c.warns, warningsText(iss.Warnings))
		}
		text, _, _, _ := decode(src)
		checkLossless(t, c.file, text)
	}
}
