package parser

import (
	"fmt"
	"strings"
	"testing"
)

// titlesPages is every entry of every issue of file as title:page-last,
// joined by "; ", with the count of warnings after a bar.
func titlesPages(t *testing.T, file string) string {
	t.Helper()
	var got []string
	warns := 0
	for _, iss := range parseAllFile(t, file) {
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, fmt.Sprintf("%s:%d-%d", e.Title, e.Page, e.LastPage))
			}
		}
		warns += len(iss.Warnings)
	}
	return fmt.Sprintf("%s|%d", strings.Join(got, "; "), warns)
}

// TestRedTeamTOCPageWords holds a table of contents whose pages name
// themselves in brackets right after the title, no leader (（第1页）,
// (P2), （第三页）, （页4-5）), as web copies of a contents print them:
// every entry had been warned of as having no page.
func TestRedTeamTOCPageWords(t *testing.T) {
	got := titlesPages(t, "rt-s10-toc-page-words.md")
	want := "李明俊调研信访稳定工作:1-1; 市政府召开常务会议:2-2; 宝丰县推进乡村振兴:3-3; 叶县召开文物保护工作会议:4-5|0"
	if got != want {
		t.Errorf("entries:\n got %s\nwant %s", got, want)
	}
}

// TestRedTeamListBoldTags holds a web page's list of bold items written
// with tags (- <b>title</b>, * <strong>title</strong>), as a page's editor
// sets them: the items had not been titles, and the sections' ## headings
// had been taken for entries' titles, silently.
func TestRedTeamListBoldTags(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s10-list-b-tags.md", "宁川月报|2023|11|宁川市地方史志办公室|2023-12-04",
		"时政要闻|李明俊调研信访稳定工作|2023-11-01|1; 时政要闻|市政府召开常务会议|2023-11-03|1; 县区动态|宝丰县推进乡村振兴|2023-11-05|1; 县区动态|叶县召开文物保护工作会议|2023-11-09|1", ""})
}

// TestRedTeamBulletIndentedBold holds a Word list's bold items that the
// typist indented too (-   　　**title**), the wrap cutting the title and
// the date: they had not been titles, and the sections' ## headings had
// been taken for entries' titles, silently.
func TestRedTeamBulletIndentedBold(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s10-bullet-indented-bold.md", "宁川月报|2023|11|宁川市地方史志办公室|2023-12-04",
		"时政要闻|宁川市民营企业家大会暨重点产业链推进会召开|2023-11-01|1; 时政要闻|市政府召开常务会议|2023-11-03|1; 县区动态|宝丰县推进乡村振兴|2023-11-05|1", ""})
}

// TestRedTeamHeadIsCover holds copies whose one-line cover every page
// repeats as its running head: a WeChat article's title with its number
// (宁州史志月报｜2023年第11期, taken for the first page's head) and a bare
// name (宁州史志月报, text before the first entry). Each had left the issue
// without its title, the first silently.
func TestRedTeamHeadIsCover(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s10-head-cover-number.md", "宁州史志月报|2023|11||2023-12-06",
		"【工作动态】|市史志办召开年鉴编纂工作会议|2023-11-02|1; 【县区传真】|清河县完成村志编纂|2023-11-09|1; 【方志文化】|方志馆开展研学活动|2023-11-18|1", ""})
	// The same after a form feed, the copy's first page break: the line
	// is taken for the first page's head (as it is without one when the
	// cover is longer), and its title and number are read from it.
	checkRedTeam(t, redTeamCase{"rt-s10-head-cover-ff.md", "宁州史志月报|2023|11||2023-12-06",
		"【工作动态】|市史志办召开年鉴编纂工作会议|2023-11-02|1; 【县区传真】|清河县完成村志编纂|2023-11-09|1; 【方志文化】|方志馆开展研学活动|2023-11-18|1", ""})
	checkRedTeam(t, redTeamCase{"rt-s10-head-cover-plain.md", "宁州史志月报|0|0||",
		"【工作动态】|市史志办召开年鉴编纂工作会议|--11-02|1; 【县区传真】|清河县完成村志编纂|--11-09|1; 【方志文化】|方志馆开展研学活动|--11-18|1", ""})
}
