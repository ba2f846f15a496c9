package ui

import (
	"testing"

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
