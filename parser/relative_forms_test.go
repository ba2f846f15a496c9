package parser

import (
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRelativeMarkersReadTheSame: every fixture whose events begin with a
// relative date and a comma (同日，…, 是月，…, 是年，…) reads the same —
// sections, entries, their dates and their paragraphs' — with each
// marker replaced by each other word offices print for it: the day's
// (同日, 当日, 是日, 该日, 當日, 同天, 当天), the month's (是月, 本月,
// 该月, 当月, 同月) and the year's (是年, 同年, 该年, 年内, 本年, 当年).
// Before, 本年，… after a page's footnote had run into the note,
// silently: the year's words were read as dating an event, not as
// beginning one.
func TestRelativeMarkersReadTheSame(t *testing.T) {
	shape := func(all []*model.Issue) string { return datedOutline(all, func(s string) string { return s }) }
	groups := [][]string{
		{"同日", "当日", "是日", "该日", "當日", "同天", "当天"},
		{"是月", "本月", "该月", "当月", "同月"},
		{"是年", "同年", "该年", "年内", "本年", "当年"},
	}
	fixtures := fixtureTexts(t)
	for _, g := range groups {
		tried := 0
		for _, to := range g {
			for _, fx := range fixtures {
				lines := strings.Split(fx.text, "\n")
				changed := false
				for i, l := range lines {
					tl := strings.TrimLeft(l, " \u3000")
					for _, from := range g {
						if from != to && strings.HasPrefix(tl, from+"，") {
							lines[i] = l[:len(l)-len(tl)] + to + tl[len(from):]
							changed = true
							break
						}
					}
				}
				if !changed {
					continue
				}
				tried++
				ref, err := ParseAll([]byte(fx.text))
				if err != nil {
					t.Fatal(err)
				}
				got, err := ParseAll([]byte(strings.Join(lines, "\n")))
				if err != nil {
					t.Errorf("%s with %s: %v", fx.path, to, err)
					continue
				}
				if d := shapeDiff(shape(ref), shape(got)); d != "" {
					t.Errorf("%s with %s: %s", fx.path, to, d)
				}
			}
		}
		if tried < 30 {
			t.Errorf("%s…: only %d copies tried", g[0], tried)
		}
	}
}
