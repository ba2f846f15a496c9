package parser

import "testing"

// TestRedTeamSetextUnderTitle holds a chronicle whose year headings are
// set Setext's way (1986年 / ------, as pandoc writes a level-2 heading
// with --markdown-headings=setext): the first, right under the title,
// had been read as the cover's year, its section lost, silently.
func TestRedTeamSetextUnderTitle(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s9-setext-years.md", "宁川县大事记（1986—1987）|0|0||",
		"1986年||1986-01-10|1; 1986年||1986-03-04|1; 1987年||1987-02-03|1; 1987年||1987-06-20|1", ""})
}

// TestRedTeamUnderscoreHeading holds a copy bold with __ (turndown's
// strongDelimiter), its name a heading in bold: __宁川史志__ had been the
// issue's title, underscores and all.
func TestRedTeamUnderscoreHeading(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s9-underscore-title.md", "宁川史志|2023|11||",
		"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县委书记王斌调研史志工作|2023-11-21|1", ""})
}

// TestRedTeamWideShortYears holds day lines whose two-figure years are
// typed full-width (８６年５月４日, as OCR and some typists give them): they
// had been dated the year 86, silently; ## ８７年 had been no year heading.
func TestRedTeamWideShortYears(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s9-wide-short-years.md", "宁川县大事记（1985—1987）|0|0||",
		"1986年||1986-01-10|1; 1986年||1986-05-04|1; ８７年||1987-02-03|1", ""})
}
