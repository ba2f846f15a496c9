package people

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Career is one person across several issues of an archive: roles change
// (市长 one year, 市委书记 the next), so each role is kept with the newest
// issue that gives it.
type Career struct {
	Name    string
	Roles   []Held // newest first, each role once
	Entries int    // entries naming the person, in all the issues
	Issues  int    // issues naming the person
}

// Held is a role and the newest issue (its label) that gives it.
type Held struct {
	Role, Issue string
}

// Issue is one issue's people, with the label that names the issue.
type Issue struct {
	Label  string
	People []Person
}

// Across gathers the people of issues given newest first: one Career a
// name, most mentioned first (then by name).
func Across(issues []Issue) []Career {
	byName := map[string]*Career{}
	var order []*Career
	for _, is := range issues {
		for _, p := range is.People {
			c := byName[p.Name]
			if c == nil {
				c = &Career{Name: p.Name}
				byName[p.Name] = c
				order = append(order, c)
			}
			c.Entries += len(p.Entries)
			c.Issues++
			if p.Role != "" && !slices.ContainsFunc(c.Roles, func(h Held) bool { return h.Role == p.Role }) {
				c.Roles = append(c.Roles, Held{p.Role, is.Label})
			}
		}
	}
	out := make([]Career, len(order))
	for i, c := range order {
		out[i] = *c
	}
	slices.SortStableFunc(out, func(a, b Career) int {
		if a.Entries != b.Entries {
			return b.Entries - a.Entries
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// FormatAcross writes careers for scripts, one a line:
// name<TAB>role（issue）、role（issue）<TAB>entries<TAB>issues. field, when
// not nil, cleans each field.
func FormatAcross(w io.Writer, cs []Career, field func(string) string) error {
	bw := bufio.NewWriter(w)
	for _, c := range cs {
		roles := make([]string, len(c.Roles))
		for i, h := range c.Roles {
			roles[i] = h.Role
			if h.Issue != "" {
				roles[i] += "（" + h.Issue + "）"
			}
		}
		fmt.Fprintf(bw, "%s\t%s\t%d\t%d\n", oneField(c.Name, field), oneField(strings.Join(roles, "、"), field), c.Entries, c.Issues)
	}
	return bw.Flush()
}
