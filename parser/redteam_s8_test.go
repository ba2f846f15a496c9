package parser

import (
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamSceneCaptions holds plain copies whose pictures left their
// captions between an entry's paragraphs (testdata/rt-s8-caption-*.md):
// 评审会现场, 与会人员合影 had been entries of their own, titled so, and
// 图为征集活动现场 ran into the sentence under it.
func TestRedTeamSceneCaptions(t *testing.T) {
	entries := "工作动态|县志办召开志书评审会|2023-11-03|3; 工作动态|县志办开展地情资料征集|2023-11-10|3; 工作动态|县委书记王斌调研史志工作|2023-11-21|3"
	for _, c := range []redTeamCase{
		// One paragraph a line, nothing set in.
		{"rt-s8-caption-plain.md", "宁川史志|2023|11||", entries, ""},
		// Paragraphs set in by ideographic spaces, captions not.
		{"rt-s8-caption-indent.md", "宁川史志|2023|11||", entries, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var caps []string
			for _, e := range iss.Sections[0].Entries {
				caps = append(caps, e.Paragraphs[1].Text)
			}
			if g, want := strings.Join(caps, "|"), "评审会现场|图为征集活动现场|与会人员合影"; g != want {
				t.Errorf("second paragraphs %s, want %s", g, want)
			}
		})
	}
}

// TestRedTeamMixedSpacing holds a copy single-spaced up to its second
// column and double-spaced after it (a blank line after every line, as
// some converters print some pages): a line the wrap cut before 现状。
// had been a title, its end the text (testdata/rt-s8-mixed-spacing.md).
func TestRedTeamMixedSpacing(t *testing.T) {
	c := redTeamCase{"rt-s8-mixed-spacing.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
		"时政要闻|县委常委会召开扩大会议|2023-11-03|3; 时政要闻|县政府召开第十二次常务会议|2023-11-08|2; 时政要闻|全县主题教育推进会召开|2023-11-15|1; " +
			"领导活动|王建国调研冬季供暖工作|2023-11-10|3; 领导活动|李明华督导重点项目建设|2023-11-21|2; " +
			"史志工作|县史志办召开县志评审会|2023-11-23|3; 史志工作|城关镇完成镇志初稿||1", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	last := iss.Sections[2].Entries[1].Paragraphs[0].Text
	if !strings.HasSuffix(last, "各方面的历史与现状。") {
		t.Errorf("the last paragraph ends %q", last[max(0, len(last)-60):])
	}
}

// TestRedTeamTOCReworded holds a contents that words two titles its own
// way (县志办开展资料征集 for 县志办开展地情资料征集工作, 石桥乡召开村志推进会
// for 石桥乡召开村志编纂推进会): each stands between the same matched
// lines as its entry and is like it, and gives it its page. A line that
// is like nothing between (县志办举办业务培训班), and an entry the
// contents do not list (全县档案工作会议召开), stay warnings
// (testdata/rt-s8-toc-reworded.md).
func TestRedTeamTOCReworded(t *testing.T) {
	c := redTeamCase{"rt-s8-toc-reworded.md", "宁川史志|2023|11||",
		"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集工作|2023-11-10|1; 工作动态|县委书记王斌调研史志工作|2023-11-21|1; " +
			"工作动态|全县档案工作会议召开|2023-11-24|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-06|1; 县区动态|城关镇完成镇志初稿||1", "12,33"}
	iss := checkRedTeam(t, c)
	if g, want := entryPages(iss, ","), "2,3,4,0,6,7"; g != want {
		t.Errorf("pages %s, want %s", g, want)
	}
}

// Pages in Chinese numerals, as some offices print their contents: in
// brackets after a leader, or 第…页. A title that ends with a part's
// number in brackets, without a leader, is no contents line.
func TestTOCEntryChinesePages(t *testing.T) {
	for _, c := range []struct {
		line  string
		title string
		page  int
		ok    bool
	}{
		{"市区集中供暖工作推进会召开 ..... （六）", "市区集中供暖工作推进会召开", 6, true},
		{"市区集中供暖工作推进会召开\t（十八）", "市区集中供暖工作推进会召开", 18, true},
		{"市区集中供暖工作推进会召开……第一百零五页", "市区集中供暖工作推进会召开", 105, true},
		{"尧山实验室理事会第一次会议召开 ..... 第七页", "尧山实验室理事会第一次会议召开", 7, true},
		{"党史故事（六）", "", 0, false},
		{"党史故事 （六）", "", 0, false},
	} {
		title, page, _, ok := tocEntry(c.line)
		if title != c.title || page != c.page || ok != c.ok {
			t.Errorf("tocEntry(%q) = %q, %d, %v; want %q, %d, %v", c.line, title, page, ok, c.title, c.page, c.ok)
		}
	}
}

// TestRedTeamTwoDigitYears holds a chronicle whose day lines print their
// year in two figures (86年5月4日, as an older county chronicle does):
// each its own event in the year its heading gives. They had run into
// the event above, and 87年2月3日 had been the year 87
// (testdata/rt-s8-two-digit-years.md).
func TestRedTeamTwoDigitYears(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s8-two-digit-years.md", "宁川县大事记|0|0||",
		"1986年||1986-01-03|1; 1986年||1986-05-04|1; 1986年||1986-10-01|1; 1987年||1987-02-03|1", ""})
	for _, c := range []struct{ n, near, want int }{{86, 0, 1986}, {8, 0, 2008}, {99, 2001, 1999}, {3, 1998, 2003}, {86, 1987, 1986}} {
		if got := fullYear(c.n, c.near); got != c.want {
			t.Errorf("fullYear(%d, %d) = %d, want %d", c.n, c.near, got, c.want)
		}
	}
}

// TestRedTeamFloodSeason holds a chronicle's events dated by the flood
// season (汛期，…, 主汛期，…), as a county's chronicle dates its floods:
// each its own event of the year above. They had run into the day's
// event above, silently (testdata/rt-s8-flood-season.md).
func TestRedTeamFloodSeason(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-s8-flood-season.md", "宁川县大事记|0|0||",
		"1998年||1998-06-03|1; 1998年||1998|1; 1998年||1998|1; 1998年||1998-08-20|1", ""})
	for s, want := range map[string]model.Precision{"汛期，全县…": model.YearPrecision, "入汛以来，全县…": model.YearPrecision, "雨季，…": model.YearPrecision, "汛期工作会议召开": "", "汛期间，…": model.YearPrecision, "主汛期内，…": model.YearPrecision} {
		if got := relativeDate(s); got != want {
			t.Errorf("relativeDate(%q) = %q, want %q", s, got, want)
		}
	}
}
