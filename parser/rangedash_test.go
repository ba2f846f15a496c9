package parser

import (
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRangeDashesReadTheSame: every fixture that prints a range of days
// or months (3—6日, 1—2月, 11月21日至24日) reads the same — sections,
// entries, their dates and their paragraphs' — with the range's dash
// typed otherwise, as offices and converters do: -, ～, ~, 至, 到, ─ (a
// table's box-drawing line), – and －, —— (a Chinese input method's dash
// for the key meant for one) and — set apart by spaces (12 月 25 — 27
// 日, as a PDF's text layer prints it), in the whole copy (its cover and
// contents too). Before: —— lost the day or month of 112 of 124, ─ a
// double issue's number and a year's month-run heading, and a bold title
// 1 — 2月全市经济运行情况 was cut into a title 1 — and its text.
func TestRangeDashesReadTheSame(t *testing.T) {
	wider := "hard-wrapped or laid out: the wider dash overfills its line, which then reads otherwise"
	skip := map[string]map[string]string{
		"-":   {"rt-w1-whole-layout.md": wider},
		"~":   {"rt-w1-whole-layout.md": wider},
		"——":  {"rt-w15-big5-folio.md": wider},
		" — ": {"rt-w15-big5-folio.md": wider},
	}
	span := regexp.MustCompile(`(\d{1,2}[月日]?)(—|－|-|–|～|~|至|到|─)(\d{1,2}[月日])`)
	// Names compare with the dash as the fixture prints it.
	anyDash := regexp.MustCompile(`(\d{1,2}[月日]?)( ?(?:——|—|－|-|–|～|~|至|到|─) ?)(\d{1,2}[月日])`)
	norm := func(x string) string { return anyDash.ReplaceAllString(x, "${1}—${3}") }
	shape := func(all []*model.Issue) string { return datedOutline(all, norm) }
	fixtures := fixtureTexts(t)
	for _, dash := range []string{"—", "-", "～", "~", "至", "到", "─", "–", "－", "——", " — "} {
		tried := 0
		for _, fx := range fixtures {
			x := span.ReplaceAllString(fx.text, "${1}"+dash+"${3}")
			if x == fx.text {
				continue
			}
			tried++
			ref, err := ParseAll([]byte(fx.text))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseAll([]byte(x))
			if err != nil {
				t.Errorf("%s with %q: %v", fx.path, dash, err)
				continue
			}
			d := shapeDiff(shape(ref), shape(got))
			name := fx.path[strings.LastIndexByte(fx.path, '/')+1:]
			if why, ok := skip[dash][name]; ok {
				if d == "" {
					t.Errorf("%s with %q reads the same now: take it out of the skips (%s)", fx.path, dash, why)
				}
				continue
			}
			if d != "" {
				t.Errorf("%s with %q: %s", fx.path, dash, d)
			}
		}
		if tried < 50 {
			t.Errorf("%q: only %d fixtures tried", dash, tried)
		}
	}
}
