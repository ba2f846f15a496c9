package parser

import (
	"strings"
	"testing"
)

// Parts numbered in the numerals of accounts (壹、, 貳、), as Taiwan's
// reports and some offices' number them over 一、 and （一）, are the
// sections, and 一、 their entries. Before, 一、 had been the sections and
// the parts lines of text in them, silently.
func TestFormalParts(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"hant-formal-parts.md", "壹、過去一年工作回顧: 一、經濟穩定成長 | 二、社會事業進步\n貳、今年工作重點: 一、推動產業升級 | 二、改善民生福祉"},
		{"rt-formal-parts.md", "壹、2023年工作回顾: 一、经济运行稳中向好 | 二、民生保障持续加强\n贰、2024年工作安排: 一、扩大有效投资 | 二、办好民生实事"},
	} {
		all := parseAllFile(t, c.file)
		var got []string
		for _, s := range all[0].Sections {
			var ts []string
			for _, e := range s.Entries {
				ts = append(ts, e.Title)
			}
			got = append(got, s.Label+s.Name+": "+strings.Join(ts, " | "))
		}
		if g := strings.Join(got, "\n"); g != c.want {
			t.Errorf("%s:\n%s\nwant\n%s", c.file, g, c.want)
		}
		if len(all[0].Warnings) != 0 {
			t.Errorf("%s: warnings %v", c.file, all[0].Warnings)
		}
	}
}

func TestFormalEnumerator(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"壹、總則", len("壹、")},
		{"拾壹、附則", len("拾壹、")},
		{"參、", len("參、")},
		{"贰、今年工作", len("贰、")},
		{"壹佰元", 0},
		{"一、总则", 0},
		{"伍、", len("伍、")},
		{"伍员", 0},
	} {
		if got := formalEnumerator(c.in); got != c.want {
			t.Errorf("formalEnumerator(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
