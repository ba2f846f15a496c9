package parser

import "testing"

// TestPagelessNamesNot holds namesTitles to the lines it must not take
// for a section's name in a contents that prints no pages (a review's
// inputs): the rest of a bulleted title the wrap cut, a title that lost
// its bullet, titles in blocks with no names, a double-spaced contents
// with a wrapped title, a date or an office's name under 目录. Each had
// named a section of the contents, some silently; the contents stay one
// nameless section, as before namesTitles, and the wrong line is warned
// where it is one.
func TestPagelessNamesNot(t *testing.T) {
	for _, file := range []string{
		"toc-pageless-neg-wrapped-bullet.md",
		"toc-pageless-neg-first-unbulleted.md",
		"toc-pageless-neg-double-spaced.md",
		"toc-pageless-neg-blocks-no-names.md",
		"toc-pageless-neg-bullet-wrap.md",
		"toc-pageless-neg-date.md",
		"toc-pageless-neg-office.md",
	} {
		iss := parseAllFile(t, file)[0]
		for _, s := range iss.TOC {
			if s.Name != "" {
				t.Errorf("%s: the contents name a section %q", file, s.Name)
			}
		}
		if len(iss.TOC) == 0 {
			t.Errorf("%s: no contents read", file)
		}
	}
}
