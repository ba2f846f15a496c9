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
