package parser

import (
	"strings"
	"testing"
)

// A file that holds one issue twice (pasted twice, or two conversions of
// it joined) gives two issues, the second with a warning where it begins,
// whether its cover prints a number (the sample) or not (a chronicle).
// A running head that repeats the publication's first lines is no copy.
func TestSameIssueTwice(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	chron := "宁川县2023年11月大事记\n\n宁川县地方史志办公室编\n\n" +
		"11月1日，县委召开常委会议，传达学习省委全会精神。\n\n" +
		"11月3日，县政府召开常务会议，研究部署冬季安全生产工作。\n\n" +
		"11月8日至10日，县政协组织委员开展专题视察。\n\n" +
		"11月15日，全县秋粮收购工作全面展开。\n\n" +
		"11月22日，县人大常委会召开第十五次会议。\n\n" +
		"11月28日，县委召开全县经济工作务虚会。\n"
	for _, c := range []struct {
		name, copy string
		sections   int
		entries    int
	}{
		{"sample", sample, 10, 68},
		{"chronicle", chron, 1, 6},
	} {
		text := c.copy + "\n" + c.copy
		all, err := ParseAll([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 {
			t.Errorf("%s twice: %d issues, want 2", c.name, len(all))
			continue
		}
		second := strings.Count(c.copy, "\n") + 2
		for strings.TrimSpace(strings.Split(text, "\n")[second-1]) == "" {
			second++
		}
		for i, iss := range all {
			n := 0
			for _, s := range iss.Sections {
				n += len(s.Entries)
			}
			if len(iss.Sections) != c.sections || n != c.entries {
				t.Errorf("%s twice: issue %d has %d sections, %d entries, want %d, %d", c.name, i+1, len(iss.Sections), n, c.sections, c.entries)
			}
		}
		if w := all[0].Warnings; len(w) != 0 {
			t.Errorf("%s twice: the first copy warns:%s", c.name, warningsText(w))
		}
		if w := all[1].Warnings; len(w) != 1 || w[0].Line != second || !strings.Contains(w[0].Message, "twice") {
			t.Errorf("%s twice: the second copy's warnings, want one at line %d that says so:%s", c.name, second, warningsText(w))
		}
	}
	// A block of lines a file repeats as a pattern, more times than an
	// issue is pasted (or one line over and over): one issue, not
	// thousands, which would each cost a parse.
	for _, block := range []string{"平顶山月报\n", "平顶山月报\n2023年第11期\n甲\n乙\n丙\n丁\n"} {
		all, err := ParseAll([]byte(strings.Repeat(block, 2*maxRepeats)))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 1 {
			t.Errorf("%q repeated: %d issues, want 1", block, len(all))
		}
	}
	// The publication's name and issue atop every page: one issue.
	var b strings.Builder
	b.WriteString("宁川史志\n\n2023年第11期\n\n## 工作动态\n\n")
	for i := 1; i <= 8; i++ {
		b.WriteString("**县史志办召开会议" + strings.Repeat("甲", i) + "**\n\n11月" + string(rune('0'+i)) + "日，县史志办召开会议。\n\n")
		b.WriteString("宁川史志\n\n2023年第11期\n\n")
	}
	all, err := ParseAll([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Errorf("running heads: %d issues, want 1", len(all))
	}
}
