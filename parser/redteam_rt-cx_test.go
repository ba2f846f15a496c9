package parser

import "testing"

// TestRedTeamChronConverted holds county chronicles (大事记) as PDF
// converters and other offices leave them: running heads, hard wraps,
// year headings as older books print them (testdata/rt-cx-*.md).
func TestRedTeamChronConverted(t *testing.T) {
	for _, c := range []redTeamCase{
		// An era's year alone before the event's text (民国三十八年，…,
		// 民國三十八年，… in traditional characters): an event of 1949 of
		// its own (it had run into the fire of 1948 above it, silently).
		{"rt-cx-era-year.md", "宁川县大事记（1937—1950）|0|0||",
			"1937年||1937-07|1; 1937年||1937|1; 1948年||1948-03-05|1; 1948年||1949|1; 1948年||1949|1; 1948年||1949|1; 1948年||1949-10-01|1; 1950年||1950-01-03|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}
