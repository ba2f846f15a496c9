package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fx19Entries is every entry of src's reading as section|title|date|
// paragraphs, as checkRedTeam lists them.
func fx19Entries(t *testing.T, src string) string {
	t.Helper()
	iss, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
		}
	}
	return strings.Join(got, "; ")
}

// An article's points set as sentences (一、压实责任。各乡镇要…), and the
// fourth a name alone (四、加强督导) over its text, under the section
// 三、经济发展: the point is the article's, not a section numbered next
// (it had been 四、加强督导, the article after it moved into it). So too
// in a copy without blank lines.
func TestFx19PointsAsSentences(t *testing.T) {
	const file = "rt-w19-fx19-points-sentences.md"
	want := "时政要闻|县委常委会召开会议|2023-11-01|1; " +
		"重要会议|全县安全生产工作会议召开|2023-11-02|1; " +
		"经济发展|县政府召开经济运行调度会|2023-11-03|6; " +
		"经济发展|县统计局发布前三季度经济数据|2023-11-09|1"
	checkRedTeam(t, redTeamCase{file, "宁川月报|2023|11||", want, ""})
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	cover, body, _ := strings.Cut(string(src), "一、时政要闻")
	body = strings.ReplaceAll(body, "\n\n", "\n")
	if got := fx19Entries(t, cover+"一、时政要闻"+body); got != want {
		t.Errorf("%s without blank lines: entries\n got  %s\n want %s", file, got, want)
	}
}

// A statistics table's rows in a chronicle, a tab between their cells
// (2023.10.1<TAB>12.5<TAB>3.2%): no events (each row had been one, dated,
// the table cut up), but the text of the event above; a date and one
// cell of prose after a tab (2023.10.20<TAB>县政府召开…) is still one.
func TestFx19TabTableRows(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-fx19-tab-table.md", "宁川县2023年大事记|0|0||",
		"||2023-10-01|1; ||2023-10-08|5; ||2023-10-20|1; ||2023-10-25|1", ""})
}

// A chronicle's printing day under its title, over events that print
// their own days with the year (2023年12月28日 / 2023年1月3日，县委…):
// the publication date, not the first event (it had been an event
// without text, warned, the publication date lost). So in figures too
// (2023.12.28 / 2023.1.3　县委…, an undated paragraph before). A day with
// its event's text directly under it (2023年2月6日 / 县委召开…) is still
// the first event, though an earlier day follows.
func TestFx19PrintingDay(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-fx19-printing-day.md", "宁川县2023年大事记|0|0||2023-12-28",
		"||2023-01-03|1; ||2023-01-09|1; ||2023-02-06|1", ""})
	for _, c := range []struct{ src, published, entries string }{
		{"宁川县2023年大事记\n\n2023.12.28\n\n2023.1.3　县委召开常委会会议。\n\n2023.1.9　全县经济工作会议召开。\n",
			"2023-12-28", "||2023-01-03|1; ||2023-01-09|1"},
		{"宁川县2023年大事记\n\n2023年2月6日\n\n县委召开常委会会议。\n\n2023年1月9日，全县经济工作会议召开。\n",
			"", "||2023-02-06|1; ||2023-01-09|1"},
	} {
		iss, err := Parse([]byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := iss.Published.String(); got != c.published {
			t.Errorf("%q: published %q, want %q", c.src, got, c.published)
		}
		if got := fx19Entries(t, c.src); got != c.entries {
			t.Errorf("%q: entries\n got  %s\n want %s", c.src, got, c.entries)
		}
	}
}
