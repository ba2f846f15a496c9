package ui

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/ui/layout"
)

// TestFitEllipsis: a row that overflows always ends in …, even where a
// span ends exactly at the edge and the next would get no room (a
// search result's title, its highlighted match after it); a row that
// fits exactly is not cut.
func TestFitEllipsis(t *testing.T) {
	w := layout.NewWidth(false)
	for _, c := range []struct {
		spans []string
		n     int
		want  string
	}{
		{[]string{"abcde", "f"}, 5, "abcd…"},
		{[]string{"abc", "de"}, 5, "abcde"},
		{[]string{"尧山实验", "室"}, 8, "尧山实… "},
		{[]string{"尧山实", "验室"}, 8, "尧山实… "},
		{[]string{"尧山", "实验室理事会"}, 9, "尧山实验…"},
		{[]string{"ab"}, 5, "ab   "},
	} {
		spans := make([]span, len(c.spans))
		for i, s := range c.spans {
			spans[i] = plainSpan(s)
		}
		if got := fit(w, spans, c.n, plainSpan("")); got != c.want {
			t.Errorf("fit(%q, %d) = %q, want %q", c.spans, c.n, got, c.want)
		}
	}
}

// TestNoteLineWhole: a message said once takes the line before the keys'
// hints do; a status that is no message leaves them half.
func TestNoteLineWhole(t *testing.T) {
	w := layout.NewWidth(false)
	st := newStyles(lipgloss.NewRenderer(io.Discard))
	note := "sent 278 characters with the citation by OSC 52 (tmux: set -g set-clipboard on)"
	got := noteLine(w, st, 100, []span{plainSpan(note)}, "/ filter  tab/t switch pane  ? help  q quit  58%", "? help  58%", " 58%")
	if !strings.Contains(got, "set-clipboard on)") {
		t.Errorf("the note is cut: %q", got)
	}
	got = statusLine(w, st, 100, []span{plainSpan(note)}, "/ filter  tab/t switch pane  ? help  q quit  58%", "? help  58%", " 58%")
	if !strings.Contains(got, "? help") {
		t.Errorf("statusLine dropped the hints: %q", got)
	}
}
