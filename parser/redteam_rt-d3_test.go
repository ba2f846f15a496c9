package parser

import (
	"fmt"
	"strings"
	"testing"
)

// pagedEntries is each entry of testdata/file's one issue as
// section|title|page|date, joined by "; ", and the lines of its
// warnings, joined by ",".
func pagedEntries(t *testing.T, file string) (string, string) {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues, want 1", file, len(all))
	}
	var got, warns []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%d|%s", s.Name, e.Title, e.Page, e.Date))
		}
	}
	for _, w := range all[0].Warnings {
		warns = append(warns, fmt.Sprint(w.Line))
	}
	return strings.Join(got, "; "), strings.Join(warns, ",")
}

// TestRedTeamDoclingContents holds contents pages as Docling's Markdown
// of a PDF prints them (testdata/rt-d3-toc-*.md).
func TestRedTeamDoclingContents(t *testing.T) {
	const entries = "时政要闻|县委常委会召开会议传达学习全会精神|1|2023-11-02; 时政要闻|县政府召开第十二次常务会议|2|2023-11-09; " +
		"领导活动|王斌到石桥乡调研乡村振兴工作|3|2023-11-06; 领导活动|刘志强督导冬季供暖工作|4|2023-11-15"
	for _, c := range []struct{ file, entries, warns string }{
		// A table whose section rows repeat the name in both cells
		// (| 时政要闻 | 时政要闻 |, a merged cell), the first of them
		// its header row: the sections' names (the table had not been
		// read, its section rows warned as entries the body lacks, and
		// the pages taken from the body's page numbers, 2, 2, 3, 3).
		{"rt-d3-toc-table-merged.md", entries, ""},
		// List items with the page after one space (- 王斌到…工作 3): the
		// page (the titles had matched the body's with their pages left
		// off, silently).
		{"rt-d3-toc-list-pages.md", entries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			got, warns := pagedEntries(t, c.file)
			if got != c.entries {
				t.Errorf("entries\n got  %s\n want %s", got, c.entries)
			}
			if warns != c.warns {
				t.Errorf("warnings on lines %q, want %q", warns, c.warns)
			}
			checkLossless(t, c.file, string(readFixture(t, c.file)))
		})
	}
}
