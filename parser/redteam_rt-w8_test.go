package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w8Sections is an issue's sections as name:entries, joined by "; ", the
// empty ones (a 篇 over its 分目) too.
func w8Sections(iss *model.Issue) string {
	var ss []string
	for _, s := range iss.Sections {
		ss = append(ss, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
	}
	return strings.Join(ss, "; ")
}

// TestRedTeamW8YearbookPartFirst: a yearbook's chapter saved from Word on
// its own, no cover, its first line its 篇 (# 第三篇　政治): the 篇 is a
// section as 第四篇　经济 below is (it had been the issue's title, 政治
// lost from the sections, silently).
func TestRedTeamW8YearbookPartFirst(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-yearbook-part-first.md", "|0|0||",
		"中共青岚市委员会|综述||1; 中共青岚市委员会|重要会议|2023-01-10|1; 青岚市人民代表大会常务委员会|综述||1; 农业|概况||1; 农业|特色产业||1", ""})
	if got, want := w8Sections(iss), "政治:0; 中共青岚市委员会:2; 青岚市人民代表大会常务委员会:1; 经济:0; 农业:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW8BriefColumn: a briefing's column of news in brief pasted
// from Word, its name alone (【简讯】, 简讯) over items that each open with
// their date, indented with 　　, no title and no bullet: a section, each
// item an entry with its date (it had been one entry titled by the
// column, dated by its first item, the others its paragraphs, silently).
func TestRedTeamW8BriefColumn(t *testing.T) {
	for _, c := range []struct{ file, name string }{
		{"rt-w8-brief-column-bracket.md", "【简讯】"},
		{"rt-w8-brief-column-plain.md", "简讯"},
	} {
		t.Run(c.file, func(t *testing.T) {
			n := c.name
			checkRedTeam(t, redTeamCase{c.file, "青岚史志工作简报|2024|5|青岚市地方志编纂中心|2024-05-29",
				"|全市村志编纂工作推进会在梅岭区召开|2024-05-10|1; " + n + "||2024-05-08|1; " + n + "||2024-05-24|1; " + n + "||2024-05-27|1", ""})
		})
	}
}

// TestRedTeamW8BriefNoBlankRule: a briefing pasted from Word into a text
// file, no blank line anywhere, its header's rule (————) right over the
// first item's title: the rule ends the header as a blank line would, and
// both titles are read (the first had been a paragraph, and with one
// title left the issue had no titles at all: both warned, the first
// item's text dated, its title an untitled paragraph).
func TestRedTeamW8BriefNoBlankRule(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w8-brief-noblank-rule.md", "青岚史志工作简报|2024|4|青岚市地方志编纂中心|2024-04-30",
		"|《青岚市志（1991—2020）》复审会召开|2024-04-12..2024-04-13|3; |【方志进校园】青岚一中开设地方志选修课|2024-04-18|1", ""})
}

// TestRedTeamW8YearbookTableLabel: a 统计资料 of tables saved from Word,
// each under its caption as Word's caption field sets it, the label a
// wide space before the title (表1　2023年…): each table an entry titled
// by its caption (the caption had been read as a 名录's row, text of an
// untitled entry holding both tables, the second's caption a paragraph
// of the first, silently).
func TestRedTeamW8YearbookTableLabel(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-yearbook-table-label.md", "|0|0||",
		"农业|概况||1; 农业|特色产业||1; 工业|概况||1; 统计资料|表1　2023年青岚市主要经济指标||3; 统计资料|表2　2023年青岚市人口变动情况||4", ""})
	if got, want := w8Sections(iss), "经济:0; 农业:2; 工业:1; 统计资料:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW8BriefEndRules: whom a briefing goes to between two rules
// (———— / 报：… / 发：… / ———— / 责任编辑：王丽华<gap>（共印80份）), as Word
// frames it: the masthead's, the editor and the print run fields of their
// own (the rule had ended the run, 报：… and 发：… the last item's
// paragraphs, silently; and the first item's title had been an untitled
// paragraph, warned).
func TestRedTeamW8BriefEndRules(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-brief-end-rules.md", "青岚史志工作简报|2024|4|青岚市地方志编纂中心|2024-04-30",
		"|《青岚市志（1991—2020）》复审会召开|2024-04-12..2024-04-13|1; |【方志进校园】青岚一中开设地方志选修课|2024-04-18|1", ""})
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"="+f.Value)
	}
	if got, want := strings.Join(fs, "; "), "报=省地方志办公室，市委、市人大、市政府、市政协领导; 发=各县（市、区）地方志编纂机构，市直各单位; 责任编辑=王丽华; =（共印80份）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW8YearbookListTitle: a 名录 as Word gives it under a 分目 of
// 人物 (## 先进集体和先进个人名录), its title a plain line over its rows
// (2023年…先进个人名录 / 周建华　　全国优秀党务工作者): each list an entry
// titled by its title, as under a part such as 附录 (the title had been the
// first paragraph of one untitled entry holding both lists, silently).
func TestRedTeamW8YearbookListTitle(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-yearbook-list-title.md", "|0|0||",
		"中共青岚市委员会|综述||1; 中共青岚市委员会|重要会议|2023-01-10|1; 中共青岚市委员会|巡察工作||1; 青岚市人民代表大会常务委员会|综述||1; " +
			"农业|概况||1; 农业|特色产业||1; 农业|农村改革||1; 先进人物|周建华||1; 先进人物|林秀梅||1; " +
			"先进集体和先进个人名录|2023年青岚市获省级以上表彰的先进个人名录||3; 先进集体和先进个人名录|2023年青岚市获省级以上表彰的先进集体名单||2", ""})
	if got, want := w8Sections(iss), "政治:0; 中共青岚市委员会:3; 青岚市人民代表大会常务委员会:1; 经济:0; 农业:3; 人物:0; 先进人物:2; 先进集体和先进个人名录:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
}
