package chrongen

import (
	"strings"
	"testing"
)

// TestText: twenty years make about 3 MB (some 50,000 lines), 1,500 events
// a year on average, the same text every time, and the text Generate
// gives with its model.
func TestText(t *testing.T) {
	text := Text(20, 1)
	if again := Text(20, 1); again != text {
		t.Fatal("Text(20, 1) is not deterministic")
	}
	gen, doc := Generate(20, 1)
	if gen != text {
		t.Fatal("Generate(20, 1) gives another text than Text(20, 1)")
	}
	if Text(20, 2) == text {
		t.Error("Text(20, 2) is Text(20, 1): the seed is not used")
	}
	events := 0
	for _, s := range doc.Sections {
		events += len(s.Entries)
	}
	lines := strings.Count(text, "\n")
	t.Logf("%d bytes, %d lines, %d events", len(text), lines, events)
	if len(text) < 2_500_000 || len(text) > 3_500_000 {
		t.Errorf("%d bytes, want about 3 MB", len(text))
	}
	if events < 20*1300 || events > 20*1700 {
		t.Errorf("%d events, want about 1,500 a year", events)
	}
}

// TestForms: three years (the chronicle parser/chronicle_gen_test.go
// parses) use every form of the chronicle fixtures.
func TestForms(t *testing.T) {
	checkForms(t, 3, 1)
}

// checkForms asserts that Generate(years, seed) used every form of the
// fixtures.
func checkForms(t *testing.T, years int, seed int64) {
	t.Helper()
	g := generate(years, seed)
	var missing []string
	for _, f := range []string{
		"year heading ATX", "year heading plain", "year heading Chinese",
		"day comma", "day space", "day colon", "bare day", "bare day again", "bare day full-width", "full-width",
		"padded 1月 3日", "padded 5    月 3日", "padded 8 月 16 日", "date alone", "continuation", "indented",
		"range —", "range -", "range ~", "range ～", "range ─", "range 至", "range padded", "range across months", "list",
		"day 同日", "day 当日", "day 该日", "day 是日", "△", "△ without space",
		"month 是月", "month 该月", "month 本月", "year 是年", "year 该年", "year 同年", "year 年内",
	} {
		if g.forms[f] == 0 {
			missing = append(missing, f)
		}
	}
	if g.forms["month heading ATX"]+g.forms["month heading plain"]+g.forms["month heading Chinese"] == 0 {
		missing = append(missing, "month headings")
	}
	if g.forms["range bare —"]+g.forms["range bare -"]+g.forms["range bare ~"]+g.forms["range bare ～"]+g.forms["range bare ─"]+g.forms["range bare 至"] == 0 {
		missing = append(missing, "range of bare days")
	}
	if len(missing) > 0 {
		t.Errorf("Generate(%d, %d) never used: %s", years, seed, strings.Join(missing, ", "))
	}
}
