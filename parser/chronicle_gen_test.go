package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/chrongen"
	"github.com/yuebao/yuebao/model"
)

// TestGeneratedChronicle parses a generated chronicle of three years
// (chrongen.Generate, whose own tests check that it uses every form of
// the fixtures) and checks it event by event: the number of events, then
// each one's section, date, line and text; no warnings; and nothing of
// the body lost. The generator's expectations are first checked against
// its text as the fixtures' are (TestChronicleFixtures).
func TestGeneratedChronicle(t *testing.T) {
	if a, _ := chrongen.Generate(3, 1); a != chrongen.Text(3, 1) {
		t.Fatal("chrongen.Generate is not deterministic")
	}
	// Seed 1, and seeds whose chronicles had an event cut in two: a line
	// full at its year's narrower wrap, read as a headline under the
	// date alone (…整治工作 / 会议，总投资20亿元，…).
	for _, seed := range []int64{1, 51, 97, 170, 247, 337} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) { checkGeneratedChronicle(t, seed) })
	}
}

// checkGeneratedChronicle is TestGeneratedChronicle for one seed.
func checkGeneratedChronicle(t *testing.T, seed int64) {
	text, gen := chrongen.Generate(3, seed)
	doc := (*chronDoc)(gen)
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if bad := doc.checkAgainst(lines, 3); len(bad) > 0 {
		t.Fatalf("the generator's expectations do not match its text (%d problems): %s", len(bad), strings.Join(bad[:min(5, len(bad))], "\n"))
	}

	iss, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, s := range doc.Sections {
		for _, e := range s.Entries {
			dates = append(dates, e.Date)
		}
	}
	n := len(dates)
	var got []model.Entry
	for _, s := range iss.Sections {
		got = append(got, s.Entries...)
	}
	if len(got) != n {
		t.Errorf("%d entries, want %d events", len(got), n)
	}
	wrong := 0
	for i := 0; i < min(len(got), n); i++ {
		if d := got[i].Date.String(); d != dates[i] {
			if wrong < 10 {
				t.Errorf("event %d (line %d): date %s, want %s", i+1, got[i].Line, d, dates[i])
			}
			wrong++
		}
	}
	if wrong > 10 {
		t.Errorf("… %d dates wrong in all", wrong)
	}
	if d := projDiff(doc.render(renderLines), chronProject(iss)); d != "" {
		t.Errorf("model differs from the expected: %s", d)
	}
	checkWarnings(t, iss.Warnings, nil)
	checkLossless(t, "generated chronicle", text)
}

// BenchmarkParseChronicle parses a generated chronicle of twenty years
// (about 3 MB) and reports, as BenchmarkParse does, MB/s, the bytes
// allocated per parse (alloc-x) and those the parsed issue holds
// (live-x), as multiples of the input size.
func BenchmarkParseChronicle(b *testing.B) {
	benchParse(b, []byte(chrongen.Text(20, 1)))
}

// BenchmarkWriteJSONChronicle is yuebao json's writing of the chronicle:
// 29,470 entries of a line or two each.
func BenchmarkWriteJSONChronicle(b *testing.B) {
	benchWriteJSON(b, []byte(chrongen.Text(20, 1)))
}
