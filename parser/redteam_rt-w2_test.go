package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestRedTeamWholeChronicleForms holds the forms a city's year chronicle
// (《宁川市2023年大事记》, as MinerU and as Word→pandoc give it) read wrong,
// each cut down from the whole copies (testdata/rt-w2-*.md).
func TestRedTeamWholeChronicleForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// The month of printing under the compiler (2024年3月, past the
		// year the title names): the publication date, not a year heading
		// (the chronicle's every event had been dated 2024, silently), and
		// its December is 2023's (read as the month of an issue, 3, the
		// month of printing had put October to December in 2022).
		{"rt-w2-print-month.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|2024-03",
			"|编辑说明||2; 1月||2023-01-01|1; 1月||2023-01-16|1; 2月||2023-02-01|1; 2月||2023-02|1; 12月||2023-12-05|1", ""},
		// An event of the December before told under 一月 (2022年12月31日 …):
		// the bare days after it are January's (they had been December's,
		// and under 二月 silently).
		{"rt-w2-last-december.md", "宁川市2023年大事记|0|0||",
			"一月||2022-12-31|1; 一月||2023-01-01|1; 一月||2023-01-01|1; 一月||2023-01-02|1; 一月||2023-01-03|1; 二月||2022-12-28|1; 二月||2023-02-02|1", ""},
		// A photo's caption under its image, MinerU's paragraph that ends
		// no sentence (…开幕（摄影 王 平）), over the next day's line: two
		// events (4—7日 … had been run into the caption, silently); the
		// sentence a page cut before its date (…定于 / 15日起施行。) is still one event.
		{"rt-w2-caption-event.md", "宁川市2023年大事记|0|0||",
			"一月||2023-01-03|1; 一月||2023-01-04|1; 一月||2023-01-04..2023-01-07|1; 一月||2023-01-10|1", ""},
		// A 附：…名单 as Word sets it and pandoc keeps it, names a tab apart
		// and a line break (\\) after each row: a paragraph a row, no
		// warning (the rows had been run together, 孙志强李卫东, and the
		// last into the next day's event, 彭　涛12日…, silently; in a longer
		// copy each row had been warned of as a title).
		{"rt-w2-names-tabs.md", "宁川市2023年大事记|0|0||",
			"5月||2023-05-01|5; 5月||2023-05-12|1; 5月||2023-05|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamBackCoverHeadings: a chronicle's back cover as MinerU sets
// it, every line a heading (# 宁川市地方史志办公室 / # 地址：… 邮编：… /
// # 电话：…), is its masthead, the body ending above it (the lines had
// been two sections and an entry after the last event, silently).
func TestRedTeamBackCoverHeadings(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-back-cover.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|",
		"十二月||2023-12-05|1; 十二月||2023-12-29|1; 十二月||2023|2", ""})
	got := fmt.Sprint(iss.Masthead)
	if want := "[{ 宁川市地方史志办公室} {地址 宁川市新城区行政中心3号楼} {邮编 463000} {电话 0396-3812345}]"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamMonthPages: a chronicle's contents that list its months with
// their pages (二月……3), in a copy that kept one page number of three
// (·1·, as MinerU keeps a few): February's events are on page 3 at least,
// March's on 4 (they had been on page 2, the page after the last number
// kept, silently).
func TestRedTeamMonthPages(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-month-pages.md", "宁川市2023年大事记|0|0||",
		"一月||2023-01-01|1; 一月||2023-01-10|1; 一月||2023-01-16|1; 二月||2023-02-01|1; 二月||2023-02-20|1; 三月||2023-03-01|1", ""})
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprint(e.Page))
		}
	}
	if g, want := strings.Join(got, " "), "1 1 2 3 3 4"; g != want {
		t.Errorf("pages %s, want %s", g, want)
	}
}

// TestRedTeamPandocWrap: the Word copy through pandoc's default wrap at
// 72 columns, which breaks a long event at the only space it has, the
// docx's tab after its date: the date alone over its text. A December
// under 1月 is the December before (it had been the year's own, and the
// bare days after it December's); a full date alone (2023年1月16日) begins
// its event (it had been a paragraph of its own, a notice's signature);
// 是月 and △ alone over their text are events of their own (是月 had run
// into the event above, silently).
func TestRedTeamPandocWrap(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w2-pandoc-wrap.md", "宁川市2023年大事记|0|0|宁川市地方史志办公室|",
		"1月||2022-12-31|1; 1月||2023-01-01|1; 1月||2023-01-01|1; 1月||2023-01-16|1; 1月||2023-01|1; 1月||2023-01|1; 2月||2023-02-01|1; 2月||2023-02|1", ""})
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, string([]rune(e.Paragraphs[0].Text)[:6]))
		}
	}
	if g, want := strings.Join(got, "|"), "12月31日|1日 市委、|△ 宁川市新|2023年1|是月 全市开|本月 宁川市|2月1日 宁|下旬 全市各"; g != want {
		t.Errorf("events begin %s, want %s", g, want)
	}
}
