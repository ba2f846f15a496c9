package model

import (
	"strings"
	"testing"
)

// Short is the one way dates are shown: the year only where a range
// crosses into another (a January issue's 2023-12-28..2024-01-03).
func TestDateRangeShort(t *testing.T) {
	day := func(y, m, d int) Date { return MakeDate(y, m, d) }
	for _, tc := range []struct {
		r    DateRange
		want string
	}{
		{DateRange{}, ""},
		{DateRange{day(2023, 11, 2), day(2023, 11, 2)}, "11-02"},
		{DateRange{Start: day(2023, 11, 2)}, "11-02"},
		{DateRange{day(2023, 11, 2), day(2023, 11, 5)}, "11-02..11-05"},
		{DateRange{day(2023, 12, 28), day(2024, 1, 3)}, "2023-12-28..2024-01-03"},
		{DateRange{day(0, 11, 3), day(0, 11, 5)}, "11-03..11-05"},
		{DateRange{day(1986, 4, 0), day(1986, 4, 0)}, "04"},
		{DateRange{day(1986, 0, 0), day(1987, 0, 0)}, "1986..1987"},
	} {
		if got := tc.r.Short(); got != tc.want {
			t.Errorf("%v.Short() = %q, want %q", tc.r, got, tc.want)
		}
	}
}

func TestEntryDisplayTitle(t *testing.T) {
	long := strings.Repeat("长", 40)
	for _, tc := range []struct {
		e    Entry
		want string
	}{
		{Entry{Title: "甲事召开", Paragraphs: []Paragraph{{Text: "正文"}}}, "甲事召开"},
		{Entry{Paragraphs: []Paragraph{{Text: "短文。"}}}, "短文。"},
		{Entry{Paragraphs: []Paragraph{{Text: long}}}, strings.Repeat("长", 30) + "…"},
		{Entry{Paragraphs: []Paragraph{{Text: strings.Repeat("长", 30)}}}, strings.Repeat("长", 30)},
		{Entry{}, "（空）"},
		// pdftotext -layout's padding in a day line is one space.
		{Entry{Paragraphs: []Paragraph{{Text: "1 月 7 日      县妇联召开执委会议。"}}}, "1 月 7 日 县妇联召开执委会议。"},
		{Entry{Paragraphs: []Paragraph{{Text: "1月8日\u3000\u3000县委召开常委会议。"}}}, "1月8日 县委召开常委会议。"},
	} {
		if got := tc.e.DisplayTitle(); got != tc.want {
			t.Errorf("DisplayTitle of %+v = %q, want %q", tc.e, got, tc.want)
		}
	}
	if got := (&Section{}).DisplayName(); got != "（无标题）" {
		t.Errorf("DisplayName of a section without a heading = %q", got)
	}
}

// A month's 大事记 prints its title and then day lines: its one section has
// no heading and is the whole document, so it goes by the title; text
// before the first heading of an issue with sections stays （无标题）, and
// so does a copy that prints no title at all.
func TestSectionName(t *testing.T) {
	one := &Issue{Title: "宁川县2023年11月大事记", Sections: []Section{{}}}
	if got := one.SectionName(0); got != "宁川县2023年11月大事记" {
		t.Errorf("the sole untitled section of a titled chronicle = %q", got)
	}
	lead := &Issue{Title: "平顶山月报", Sections: []Section{{}, {Name: "时政要闻"}}}
	if got, got1 := lead.SectionName(0), lead.SectionName(1); got != "（无标题）" || got1 != "时政要闻" {
		t.Errorf("text before the first heading = %q, then %q", got, got1)
	}
	bare := &Issue{Name: "notes", Sections: []Section{{}}}
	if got := bare.SectionName(0); got != "（无标题）" {
		t.Errorf("the sole section of a copy without a title = %q", got)
	}
}

// A copy in traditional characters is labelled and cited in them: its
// total number 總第87期, its page 第3頁, a section without a name （無標題）.
func TestTraditionalLabels(t *testing.T) {
	iss := &Issue{Title: "青嵐史志通訊", Year: 2024, Number: 3, Total: 87, Sections: []Section{{}, {Name: "工作動態"}}}
	if got, want := iss.Label(), "2024年第3期（總第87期）"; got != want {
		t.Errorf("Label = %q, want %q", got, want)
	}
	if got, want := Cite(iss.Title, iss.Label(), 3), "《青嵐史志通訊》2024年第3期（總第87期），第3頁"; got != want {
		t.Errorf("Cite = %q, want %q", got, want)
	}
	if got, want := iss.SectionName(0), "（無標題）"; got != want {
		t.Errorf("SectionName = %q, want %q", got, want)
	}
	simp := &Issue{Title: "青岚史志通讯", Year: 2024, Number: 3, Total: 87}
	if got, want := Cite(simp.Title, simp.Label(), 3), "《青岚史志通讯》2024年第3期（总第87期），第3页"; got != want {
		t.Errorf("Cite = %q, want %q", got, want)
	}
}
