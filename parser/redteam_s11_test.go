package parser

import "testing"

// TestRedTeamS11BoldChronicle: a month's chronicle under its column's
// name in bold (**大事记**, **【大事记】**, as Docling and Word set it) over
// its day lines, listed or not: a section over its days, each its own
// dated event, as ## 大事记 is (it had been an entry titled 大事记 whose
// events were its paragraphs, undated where they were listed, silently).
func TestRedTeamS11BoldChronicle(t *testing.T) {
	for _, f := range []string{"rt-s11-bold-chronicle.md", "rt-s11-bold-chronicle-plain.md"} {
		t.Run(f, func(t *testing.T) {
			iss := parseAllFile(t, f)[0]
			if got, want := c2Outline(iss), `宁川月报|2023|11|0|4|0
工作动态|县志办召开年鉴编纂会议|0|2023-11-03|1
大事记||0|2023-11-01|1
大事记||0|2023-11-08|1
大事记||0|2023-11-15|1`; got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}
