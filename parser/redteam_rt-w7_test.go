package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w7Entries is each entry of iss as section|title|date|paragraphs|page,
// joined by "; ".
func w7Entries(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d|%d", s.Name, e.Title, e.Date, len(e.Paragraphs), e.Page))
		}
	}
	return strings.Join(got, "; ")
}

// TestRedTeamW7PartyHead: a party history office's 大事记 as plain
// pdftotext keeps a book's chapter: its pages headed by the title without
// the party's name it begins with (青岚县党史大事记 atop the pages of
// 中共青岚县党史大事记（1949—1978）), alternating with the period's name.
// Both heads are furniture, each event under its year (the first head had
// been a section between the years each time, the events on its page of
// no year, warned, or of the year before the page, silently).
func TestRedTeamW7PartyHead(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-party-head.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1958年||1958-01-05|1; 1958年||1958-03|1; 1959年||1959-02|1; 1959年||1959-11|1; 1960年||1960-01-12|1", ""})
	if got, want := w7Entries(iss), "1957年||1957-01|1|34; 1957年||1957-02-14|1|34; 1957年||1957-03|1|35; 1957年||1957-03|1|35; "+
		"1958年||1958-01-05|1|35; 1958年||1958-03|1|36; 1959年||1959-02|1|36; 1959年||1959-11|1|37; 1960年||1960-01-12|1|38"; got != want {
		t.Errorf("events\n got  %s\n want %s", got, want)
	}
}
