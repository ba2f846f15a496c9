package parser

import "testing"

// TestPlainTitlesUnderHeadings: a copy whose sections are headings of one
// level (## 工作动态, or ###) and whose titles are plain lines over their
// dated text, as a converter gives a docx whose titles were set in a
// plain bold it lost: the headings are the sections and the plain lines
// the entries. (The headings had been the entries, each holding its
// titles as lines of text, and check had exited 0.)
func TestPlainTitlesUnderHeadings(t *testing.T) {
	const entries = "工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; " +
		"县区动态|石桥乡召开村志编纂推进会|2023-11-21|1; 县区动态|东城区完成村志初稿|2023-11-25|1"
	for _, c := range []redTeamCase{
		{"rt-w17-plain-titles.md", "宁川史志|2023|11||", entries, ""},
		{"rt-w17-plain-titles-h3.md", "宁川史志|2023|11||", entries, ""},
	} {
		checkRedTeam(t, c)
	}
}

// TestIconBeforeContentsHeading: a contents heading with a web page's
// pictograph or an ornament before it (## 📌目录, as a WeChat copy marks
// its headings) is the contents' heading, as the columns' names so
// marked are columns: the contents read, their pages given. (It had
// been a section of its own, the contents lines its text.)
func TestIconBeforeContentsHeading(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w17-icon-contents.md", "宁川史志|2023|11||",
		"工作动态|县志办召开志书评审会|2023-11-03|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""})
	if len(iss.TOC) != 2 || iss.Sections[0].Entries[0].Page != 1 || iss.Sections[1].Entries[0].Page != 2 {
		t.Errorf("the contents: %d sections, pages %d and %d; want 2, 1 and 2", len(iss.TOC), iss.Sections[0].Entries[0].Page, iss.Sections[1].Entries[0].Page)
	}
}
