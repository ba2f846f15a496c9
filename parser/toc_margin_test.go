package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestMarginSections reads a contents whose sections' names stand at the
// margin and whose titles are indented, with columns of one piece or a
// list printed at the names' margin with their pages (卷首语……1, 大事记……4,
// 征稿启事……6): each is a section of the contents and of the body, whose
// text takes its page, and a short line alone over the one piece's text
// is its title (春风化雨润方志). They had been the last titles of the
// section above (卷首语 of a nameless one), and the body's columns of
// those names that section's last article, silently.
func TestMarginSections(t *testing.T) {
	iss := parseAllFile(t, "toc-margin-sections.md")[0]
	var toc []string
	for _, s := range iss.TOC {
		var es []string
		for _, e := range s.Entries {
			es = append(es, fmt.Sprintf("%s %d", e.Title, e.Page))
		}
		toc = append(toc, s.Name+": "+strings.Join(es, ", "))
	}
	if got, want := strings.Join(toc, "; "), "卷首语: 卷首语 1; 时政要闻: 县委常委会召开会议 2, 县政府常务会议召开 3; "+
		"大事记: 大事记 4; 史志动态: 县志办召开年度工作会议 5; 征稿启事: 征稿启事 6"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
	if got, want := sectionCounts(iss), "卷首语:1; 时政要闻:2; 大事记:2; 史志动态:1; 征稿启事:1"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		si, ei int
		want   string
	}{
		{0, 0, "春风化雨润方志|1||1"},
		{2, 1, "|4|2024-03-02|1"},
		{3, 0, "县志办召开年度工作会议|5|2024-03-12|1"},
		{4, 0, "|6||1"},
	} {
		if got := entryBrief(iss, c.si, c.ei); got != c.want {
			t.Errorf("entry %d.%d: %s, want %s", c.si, c.ei, got, c.want)
		}
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings: %s", warningsText(iss.Warnings))
	}
}

// TestCoverOverContents reads two issues one after the other where the
// second's cover is its name and number on a plain line over the office
// and the contents (《青岚月报》2024年第4期 / 青岚县地方史志办公室编 / 目录):
// the second issue begins at its cover. It had begun at its contents,
// warned as one without a cover, and its cover had been the text of the
// first issue's last article.
func TestCoverOverContents(t *testing.T) {
	one := string(readFixture(t, "toc-margin-sections.md"))
	all, err := ParseAll([]byte(one + "\n" + strings.ReplaceAll(one, "第3期", "第4期")))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("%d issues, want 2", len(all))
	}
	for k, iss := range all {
		if got, want := fmt.Sprintf("%s %d %d, %d warnings", iss.Title, iss.Year, iss.Number, len(iss.Warnings)), fmt.Sprintf("青岚月报 2024 %d, 0 warnings", 3+k); got != want {
			t.Errorf("issue %d: %s, want %s", k+1, got, want)
		}
		last := iss.Sections[len(iss.Sections)-1].Entries[0]
		if got, want := fmt.Sprint(len(last.Paragraphs), " ", last.Paragraphs[0].Text), "1 本刊常年征集史志资料，欢迎投稿。"; got != want {
			t.Errorf("issue %d, last column: %s, want %s", k+1, got, want)
		}
	}
}
