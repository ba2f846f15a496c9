package parser

import (
	"strings"
	"testing"
)

// mastheadNotices returns the masthead's fields with no key (notices), as
// printed, joined by "|".
func mastheadNotices(t *testing.T, file string) string {
	t.Helper()
	all := parseAllFile(t, file)
	var got []string
	for _, f := range all[0].Masthead {
		if f.Key == "" {
			got = append(got, f.Value)
		}
	}
	return strings.Join(got, "|")
}

// TestRedTeamCoverNumbers holds covers of other offices' publications
// whose numbers are printed in forms of their own (testdata/rt-mh-*.md).
func TestRedTeamCoverNumbers(t *testing.T) {
	const body = "工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1"
	for _, c := range []struct {
		redTeamCase
		notices string
	}{
		// How often it comes out after the number (2023年第4期（季刊）,
		// 2023年第6期（双月刊）): the number, the notice kept in the
		// masthead (the line had been a cover line not understood, the
		// compiler and date below it lost).
		{redTeamCase{"rt-mh-quarterly.md", "宁川史志|2023|4|宁川县地方史志办公室|2023-12-04", body, ""}, "（季刊）"},
		{redTeamCase{"rt-mh-bimonthly.md", "宁川史志|2023|6|宁川县地方史志办公室|2023-12-04", body, ""}, "（双月刊）"},
		// A double issue named by its months (2023年11—12月合刊): the year
		// and the first month's number, as 第11—12期合刊 is (both had been
		// lost, silently, the line a notice).
		{redTeamCase{"rt-mh-month-double.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-30", body, ""}, "11—12月合刊"},
		// A copy that begins with # 目录 (its cover lost): the contents'
		// heading is no title.
		{redTeamCase{"rt-mh-contents-first.md", "|0|0||",
			"工作动态|县志办召开年度总结会|--12-28|1; 工作动态|县志办完成年鉴初审|--12-29|1", ""}, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			checkRedTeam(t, c.redTeamCase)
			if got := mastheadNotices(t, c.file); got != c.notices {
				t.Errorf("%s: notices %q, want %q", c.file, got, c.notices)
			}
		})
	}
}

// TestRedTeamSecondCover holds files of two issues whose second cover is
// set otherwise than the first (testdata/rt-mh-split-*.md): each had been
// read as one issue, the second's cover a section of the first, silently.
func TestRedTeamSecondCover(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		// # 宁川史志 2023年第12期: the name and the number on one heading.
		{"rt-mh-split-heading-number.md", "宁川史志|2023|11|215|3|0; 宁川史志|2023|12|0|3|0"},
		// # 宁川史志 / ## 2023年第12期 and # 宁川史志 / **2023年第12期**: the
		// number marked, as MinerU or a web page sets it.
		{"rt-mh-split-heading2.md", "宁川史志|2023|11|215|3|0; 宁川史志|2023|12|0|3|0"},
		{"rt-mh-split-bold-number.md", "宁川史志|2023|11|215|3|0; 宁川史志|2023|12|0|3|0"},
		// # 宁川史志 / 总第216期: the total number alone.
		{"rt-mh-split-total.md", "宁川史志|2023|11|215|3|0; 宁川史志|0|0|216|3|0"},
		// # 宁川史志 / 2023年12月号: the month names the issue.
		{"rt-mh-split-month.md", "宁川史志|2023|11|215|3|0; 宁川史志|2023|12|0|3|0"},
		// # 宁川史志 / 2023年11—12月合刊 after 2023年第10期.
		{"rt-mh-split-month-double.md", "宁川史志|2023|10|214|3|0; 宁川史志|2023|11|0|3|0"},
		// # 宁川史志 / 第12期　　宁川县地方史志办公室编　　2024年1月4日: the
		// number among a briefing's cover items, the line ending in its
		// date; the year of 第12期 published in January the year before.
		{"rt-mh-split-gapped.md", "宁川史志|2023|11|215|3|0; 宁川史志|2023|12|0|3|0"},
		// 往期回顾 / 2023年第10期 / - titles…: the numbers of earlier
		// issues listed, no cover (the plain one had begun an issue with
		// no title, silently; the bold one is a guard: the bold number
		// read above must not begin one either).
		{"rt-mh-past-issues.md", "宁川史志|2023|11|0|3|0"},
		{"rt-mh-past-issues-bold.md", "宁川史志|2023|11|0|4|1"},
		// No cover at all: ## 目　录 over its lines, then articles, after
		// the first issue's articles and its own contents. Split, the
		// second issue titled as the first and warned of, its number not
		// guessed (its contents had been read against the first issue's
		// body, eight warnings none of which said why).
		{"rt-mh-split-contents.md", "宁川史志|2023|11|215|3|0; 宁川史志|0|0|0|3|1"},
		// The same under ## 本期导读.
		{"rt-mh-split-guide.md", "宁川史志|2023|11|215|3|0; 宁川史志|0|0|0|3|1"},
	} {
		t.Run(c.file, func(t *testing.T) {
			all := parseAllFile(t, c.file)
			if got := issuesSummary(all); got != c.want {
				t.Errorf("%s:\n got  %s\n want %s", c.file, got, c.want)
			}
			text, _, _, _ := decode(readFixture(t, c.file))
			checkLossless(t, c.file, text)
			if len(all) == 2 && (c.file == "rt-mh-split-contents.md" || c.file == "rt-mh-split-guide.md") {
				if w := all[1].Warnings; len(w) != 1 || w[0].Line != 27 || !strings.Contains(w[0].Message, "no cover") {
					t.Errorf("%s: second issue's warnings %v, want one at line 27", c.file, w)
				}
			}
		})
	}
}

// TestRedTeamContentsInBody: a second issue's contents after the first's
// articles where the first printed none, not split (too little evidence)
// and warned at its heading: its lines had been an untitled entry of the
// first issue's, silently.
func TestRedTeamContentsInBody(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-mh-contents-no-cover.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
		"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1; " +
			"目录|||5; 工作动态|县志办召开年度总结会|2023-12-28|1; 工作动态|县志办完成年鉴初审|2023-12-29|1; 县区动态|石桥乡村志出版|2023-12-30|1", "19"})
}

// mastheadText is every masthead field of the file's first issue as
// key=value (a notice as its value), joined by "|".
func mastheadText(t *testing.T, file string) string {
	t.Helper()
	var got []string
	for _, f := range parseAllFile(t, file)[0].Masthead {
		if f.Key == "" {
			got = append(got, f.Value)
		} else {
			got = append(got, f.Key+"="+f.Value)
		}
	}
	return strings.Join(got, "|")
}

// TestRedTeamBackPage holds what offices print after the last article:
// the line that says who issued the issue and when, the masthead as a
// table, and the month of printing on the cover (testdata/rt-mh-*.md).
func TestRedTeamBackPage(t *testing.T) {
	for _, c := range []struct {
		redTeamCase
		masthead string
	}{
		// A briefing's 宁川县地方史志办公室　　2023年12月4日印发 and （共印200份）
		// under its 主送/抄送: the publication date, the compiler and, by
		// the date, the year of 第11期 (none had been known: every date
		// lacked its year, silently); the lines the masthead's, and 主送/抄送
		// over them too (they had been the last entry's paragraphs).
		{redTeamCase{"rt-mh-colophon-gap.md", "宁川史志简报|2023|11|宁川县地方史志办公室|2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
			"主送=县委、县政府领导|抄送=市地方史志办公室|宁川县地方史志办公室　　　　　　2023年12月4日印发|（共印200份）"},
		// 宁川县史志办编印 2023年12月4日 after the last article (it had
		// ended the text mid-sentence, warned).
		{redTeamCase{"rt-mh-colophon-lines.md", "宁川史志|2023|11|宁川县史志办|2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
			"宁川县史志办编印 2023年12月4日"},
		// 印发日期：2023年12月4日 alone after the last article, under a
		// cover of 第11期 alone: the date, and by it the year (the line had
		// been the last entry's text, every date without its year,
		// silently).
		{redTeamCase{"rt-mh-colophon-field.md", "宁川史志|2023|11||2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
			"印发日期=2023年12月4日"},
		// 宁川县地方史志办公室编印 / 2023年12月4日: a date under …编印 is
		// the colophon's (it had ended the text, warned as cut).
		{redTeamCase{"rt-mh-colophon-compiler.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
			"宁川县地方史志办公室编印|2023年12月4日"},
		// （宁川县地方史志办公室　2023年12月4日印发）: in brackets, one
		// ideographic space apart (silent before, as the field line).
		{redTeamCase{"rt-mh-colophon-bracket.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""},
			"（宁川县地方史志办公室　2023年12月4日印发）"},
		// A notice's signature (宁川县地方史志办公室 / 2023年11月20日) is no
		// colophon: it stays its article's, and a date ends a text whole
		// (it had been warned as a text cut mid-sentence).
		{redTeamCase{"rt-mh-colophon-signature.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
			"通知公告|关于征集地情资料的通知|2023-11-20|3", ""}, ""},
		// The masthead as a table after the last article, several pairs a
		// row: the masthead's (its rows had been the last entry's text,
		// silently).
		{redTeamCase{"rt-mh-back-table.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
			"主编=孙洪涛|副主编=姬廷宣|编印=宁川县地方史志办公室|印发日期=2023年12月4日|地址=宁川县人民路1号|电话=0379-1234567"},
		// 2023年第11期 / … / 2023年12月: the month of printing, the
		// publication date to the month (it had been an empty section of
		// the body, silently).
		{redTeamCase{"rt-mh-month-printed.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", ""}, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c.redTeamCase)
			var names []string
			for _, s := range iss.Sections {
				names = append(names, s.Name)
			}
			if c.file == "rt-mh-month-printed.md" && strings.Join(names, "|") != "工作动态|县区动态" {
				t.Errorf("%s: sections %q, want 工作动态 and 县区动态", c.file, names)
			}
			if got := mastheadText(t, c.file); got != c.masthead {
				t.Errorf("%s: masthead\n got  %s\n want %s", c.file, got, c.masthead)
			}
		})
	}
}

// TestRedTeamCoverLines holds cover lines other offices print
// (testdata/rt-mh-*.md).
func TestRedTeamCoverLines(t *testing.T) {
	const body = "工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1"
	for _, c := range []struct {
		redTeamCase
		masthead string
	}{
		// 宁川县地方史志办公室主办 on a line of its own: the office (it had
		// been a cover line not understood, warned, and the date under
		// it an event).
		{redTeamCase{"rt-mh-office-sponsor.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, ""},
		// 宁川县地方史志办公室 / 编, the 编 wrapped onto a line of its own
		// (a narrow copy): the compiler, and the date under it the
		// cover's (编 had been a line not understood, the date an event
		// with no text, warned; with contents, both unplaced).
		{redTeamCase{"rt-mh-office-wrapped.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, ""},
		// 2023年12月4日　星期一: the date (the line had been an untitled
		// dated entry before the first column, silently).
		{redTeamCase{"rt-mh-date-weekday.md", "宁川史志|2023|11||2023-12-04", body, ""}, ""},
		// 2023年12月4日出版发行: the date (the line had been an untitled
		// dated entry, silently); 出版日期：2023年12月, the date to the
		// month (none had been taken, silently).
		{redTeamCase{"rt-mh-date-two-words.md", "宁川史志|2023|11||2023-12-04", body, ""}, ""},
		{redTeamCase{"rt-mh-date-key-month.md", "宁川史志|2023|11||2023-12", body, ""}, "出版日期=2023年12月"},
		// 2023年12月4日印 (印 for 印发): the date (an untitled dated entry
		// before, silently).
		{redTeamCase{"rt-mh-date-printed-short.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, ""},
		// 2023年11月 第11期: the year and the number (the line had been an
		// untitled entry dated 2023-11, silently, the issue with neither).
		{redTeamCase{"rt-mh-month-number.md", "宁川史志|2023|11||", body, ""}, ""},
		// 〔2023〕第11期, as a briefing prints its year (warned before).
		{redTeamCase{"rt-mh-bracket-year.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, ""},
		// ISSN 1234-5678 above the title: the masthead's (it had been a
		// line not understood, and # 宁川史志 under it a section).
		{redTeamCase{"rt-mh-issn.md", "宁川史志|2023|11||", body, ""}, "ISSN=1234-5678"},
		// 2023 No.11, Vol.12 No.11 over 2023年11月, 2023年第11期 第15卷: the
		// number as a periodical prints it in Latin letters, the volume a
		// notice (each line had been not understood, warned; the month
		// under No.11 warned as if no number were known).
		{redTeamCase{"rt-mh-latin-number.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, ""},
		{redTeamCase{"rt-mh-latin-volume.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, "Vol.12"},
		{redTeamCase{"rt-mh-volume.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04", body, ""}, "第15卷"},
		// The masthead as an HTML table (MinerU): its fields (its rows had
		// been an untitled entry before the first column, warned).
		{redTeamCase{"rt-mh-html-masthead.md", "宁川史志|2023|11|宁川县地方史志办公室|", body, ""}, "主编=孙洪涛|编印=宁川县地方史志办公室"},
		// 主管单位：…, 主办单位：…, 总 编 辑：…, 美术编辑：…, 发行范围：… with
		// no rules about them: the masthead's, 发行范围 its distribution
		// (the lines had been an untitled entry before the first column,
		// warned).
		{redTeamCase{"rt-mh-unit-keys.md", "宁川史志|2023|11||", body, ""},
			"主管单位=宁川县人民政府|主办单位=宁川县地方史志办公室|总编辑=孙洪涛|执行主编=李明|美术编辑=王红|校对=赵亮"},
		// 编委会 over 主　任：… / 委　员：…: the board, its heading kept
		// (warned before, the lines an untitled entry).
		{redTeamCase{"rt-mh-board.md", "宁川史志|2023|11||", body, ""}, "编委会|主任=王强|副主任=李明　赵亮|委员=张三　李四　王五"},
		// NINGCHUAN SHIZHI under the title: a notice (it had ended the
		// cover, warned, and the number under it been lost).
		{redTeamCase{"rt-mh-latin-name.md", "宁川史志|2023|11||", body, ""}, "NINGCHUAN SHIZHI"},
		// **宁川史志** 2023年第11期: the name without its bold marks (the
		// title had been **宁川史志**, silently).
		{redTeamCase{"rt-mh-bold-title-number.md", "宁川史志|2023|11||", body, ""}, ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c.redTeamCase)
			if len(iss.Sections) != 2 {
				t.Errorf("%s: %d sections, want 2 (a cover line in the body?)", c.file, len(iss.Sections))
			}
			if c.file == "rt-mh-unit-keys.md" && iss.Distribution != "县内" {
				t.Errorf("%s: distribution %q, want 县内", c.file, iss.Distribution)
			}
			if got := mastheadText(t, c.file); got != c.masthead {
				t.Errorf("%s: masthead\n got  %s\n want %s", c.file, got, c.masthead)
			}
		})
	}
}

// TestRedTeamTitleAgain: # 宁川史志 again after the articles, over a
// second issue's articles, with no number under it: not split (nothing
// says which issue), warned at the heading (it had been a section of the
// first issue, silently).
func TestRedTeamTitleAgain(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-mh-title-again.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-04",
		"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1; " +
			"工作动态|县志办召开志书评审会|2023-12-03|1; 工作动态|县志办开展地情资料征集|2023-12-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-12-21|1", "19"})
}

// TestRedTeamCoverDateNotUnderstood: a cover's date with words after it
// that are not read (2023年12月4日印刷装订) is warned as a cover line not
// understood: it had been a dated untitled entry before the first
// column, silently.
func TestRedTeamCoverDateNotUnderstood(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-mh-date-unknown-word.md", "宁川史志|2023|11||",
		"||2023-12-04|1; 工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|石桥乡召开村志编纂推进会|2023-11-21|1", "5"})
}
