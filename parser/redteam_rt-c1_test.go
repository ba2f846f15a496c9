package parser

import (
	"fmt"
	"strings"

	"github.com/yuebao/yuebao/model"
)

// sameReading compares two copies' sections as a reader sees them: names,
// entry titles, pages, dates and paragraph texts (not their lines, which
// differ between copies). It returns the first difference, or "".
func sameReading(want, got []model.Section) string {
	var w, g []string
	for _, list := range []struct {
		ss  []model.Section
		out *[]string
	}{{want, &w}, {got, &g}} {
		for _, s := range list.ss {
			*list.out = append(*list.out, fmt.Sprintf("section %s%s", s.Label, s.Name))
			for _, e := range s.Entries {
				*list.out = append(*list.out, fmt.Sprintf("  entry %s p%d-%d %s", e.Title, e.Page, e.LastPage, e.Date))
				for _, p := range e.Paragraphs {
					*list.out = append(*list.out, fmt.Sprintf("    %s %s", p.Date, p.Text))
				}
			}
		}
	}
	for i := 0; i < max(len(w), len(g)); i++ {
		a, b := "(none)", "(none)"
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n want %s\n got  %s", i+1, a, b)
		}
	}
	return ""
}

var _ = strings.Join
