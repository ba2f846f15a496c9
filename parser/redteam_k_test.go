package parser

import "testing"

// TestRedTeamK holds yearbooks (年鉴) and county gazetteers' chronicles
// (县志·大事记) a red team wrote in forms the parser had read silently
// wrong (testdata/rt-k-*.md), each with its cover, its entries (section,
// title, date, paragraphs) and its warnings' lines.
func TestRedTeamK(t *testing.T) {
	for _, c := range []redTeamCase{
		// A gazetteer's note in 〔〕 after an event's full stop (…12个。
		// 〔注：…。〕, …减产。〔据《…》〕) ends its sentence: the event after
		// the blank line below is its own, not text run on after a note
		// taken for a sentence the page cut.
		{"rt-k-note-bracket.md", "宁川县大事记|0|0||",
			"1958年||1958-08|1; 1958年||1958-10|1; 1960年||1960|1; 1960年||1960-12|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
