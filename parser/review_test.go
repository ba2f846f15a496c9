package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewedForms holds the copies a review of this parser's new forms
// found misread (testdata/review-*.md), each with what its entries must
// be: section, title, date, paragraphs. Months printed newest first stay
// in their year; 全年，… in a report's article neither splits nor dates it;
// 2.1 万户 is no date; a <table> never closed loses nothing; a section
// letter-spaced from a numeral (三 夏 生 产) keeps it; a bold lead-in
// (**会议要求：**) is no title.
func TestReviewedForms(t *testing.T) {
	for file, want := range map[string]string{
		"review-r03-bold-label-title.md":         "时政要闻|全市经济工作会议召开|2024-03-05|2",
		"review-r06-yearpart-report.md":          "时政要闻|全市经济工作会议召开|2024-03-05|1; 时政要闻|全市重点项目建设推进会召开|2024-03-12|1; 经济运行||2024-01..2024-02|4",
		"review-r07-figure-date-decimal.md":      "||2023-11-03|2; ||2023-11-08|1",
		"review-r08-letterspaced-number-name.md": "三夏生产|全市“三夏”生产工作会议召开|2024-06-05|1; 两会专题|市政协十四届二次会议开幕|2024-06-12|1; 十大新闻|我市入选全国文明城市|2024-06-20|1",
		"review-r10-reverse-months.md":           "12月||2023-12-05|1; 11月||2023-11-08|1; 10月||2023-10-01|1",
		"review-r12-htmltable-unclosed.md":       "经济运行|1—2月全市经济运行情况|2024-01..2024-02|2; 经济运行|全市重点项目建设推进会召开|2024-03-12|1; 经济运行|3月份物价运行情况||1",
	} {
		src, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		iss, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
			}
		}
		if g := strings.Join(got, "; "); g != want {
			t.Errorf("%s:\n got  %s\n want %s", file, g, want)
		}
		text, _, _, _ := decode(src)
		checkLossless(t, file, text)
	}
}
