package parser

import "testing"

// TestRedTeamTransforms holds forms found by passing clean copies through
// what a real converter does to a text and must not change its model
// (testdata/rt-tx-*.md): a paragraph that ends with a number over one that
// begins with one, a blank line between (a WPS copy of a docx); white
// space at the ends of lines after a hard break's backslash or a rule.
func TestRedTeamTransforms(t *testing.T) {
	for _, c := range []redTeamCase{
		// A paragraph that ends with a telephone number, a blank line, and
		// one that begins with a year (…电话：0375-1234567 / 2024年，…): two
		// paragraphs, not one that reads 0375-12345672024年.
		{"rt-tx-number-over-number.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|2; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// pandoc's hard break (a backslash at a line's end) with spaces
		// after it, as an editor that pads lines leaves it: the break
		// still, on the cover (2023年第11期\\  / （总第215期）: its numbers)
		// and in the text (…评审会。\\  / 会议由…: two lines, no \\ in them).
		{"rt-tx-backslash-space.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|2; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// Rules (---, ***) with ideographic spaces or a tab after them: rules,
		// not text (--- had been a paragraph, *** glued into the sentence it
		// parts).
		{"rt-tx-rule-ideographic-space.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
