package parser

import "testing"

// TestCreditOverPlainHeading reads a yearbook saved as text by Word, no
// blank line anywhere: a 条目's credit (撰稿　张伟　　审稿　李强) ends it as a
// full stop does, so the 分目's name under it (工　业) is a section over
// its 条目. It had been the credit's rest (撰稿　张伟　　审稿　李强工　业), the
// section lost and its 条目 the section above's, silently.
func TestCreditOverPlainHeading(t *testing.T) {
	iss := parseAllFile(t, "yb-credit-noblank.md")[0]
	if got, want := sectionCounts(iss), "经济:0; 农业:2; 工业:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		si, ei int
		want   string
	}{
		{1, 1, "粮食生产|0||2"},
		{2, 0, "概况|0||1"},
		{2, 1, "重点项目|0|--05-18|2"},
	} {
		if got := entryBrief(iss, c.si, c.ei); got != c.want {
			t.Errorf("entry %d.%d: %s, want %s", c.si, c.ei, got, c.want)
		}
	}
	if ps := iss.Sections[1].Entries[1].Paragraphs; len(ps) != 2 || ps[1].Text != "撰稿　张伟　　审稿　李强" {
		t.Errorf("credit: %d paragraphs, %v", len(ps), ps)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings: %s", warningsText(iss.Warnings))
	}
}
