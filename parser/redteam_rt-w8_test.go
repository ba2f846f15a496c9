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

// w8Entries is an issue's entries as section|title|date|paragraphs, joined
// by "; ", as checkRedTeam compares them.
func w8Entries(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
		}
	}
	return strings.Join(got, "; ")
}

// TestRedTeamW8WholeYearbookDocx is the acceptance test of a whole copy:
// chapters of 《青岚年鉴（2024）》 (recording 2023) as pandoc converts
// Word's docx to gfm, without the book's cover: 篇 and 分目 headings,
// 条目 in bold brackets run into their text or alone over it, a 概况
// table, a picture and its caption, footnotes, a 大事记 of bold months
// and day lines (同日, 是月, ranges), biographies, a 名录, and a 统计资料
// of captioned tables. Checked by hand: the first 篇 is a section (no
// title: the copy prints none), every 条目 its entry, the footnotes with
// the 条目 that cites them, the 大事记's days dated by its year heading,
// 9月18日 in 工业 of no year (the book's year is not the record's, and
// the copy names no book), and no warning.
func TestRedTeamW8WholeYearbookDocx(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-whole-yearbook-docx.md", "|0|0||",
		"中共青岚市委员会|综述||1; 中共青岚市委员会|重要会议|2023-01-10|1; 中共青岚市委员会|主题教育||3; " +
			"组织工作|概况||5; 组织工作|干部队伍建设||1; 组织工作|人才工作||1; 宣传工作|理论武装||1; 宣传工作|精神文明建设||1; " +
			"纪检监察|概况||1; 纪检监察|党风廉政建设||2; 纪检监察|巡察工作||1; " +
			"青岚市人民代表大会常务委员会|综述||2; 青岚市人民代表大会常务委员会|立法工作||1; " +
			"农业|概况||1; 农业|高标准农田建设||1; 农业|特色产业||1; 工业|概况||1; 工业|重点项目|--09-18|1; " +
			"1月||2023-01-01|1; 1月||2023-01-10|1; 1月||2023-01-18|1; 2月||2023-02-06|1; 2月||2023-02-06|1; 2月||2023-02-22..2023-02-24|1; " +
			"3月||2023-03-15|1; 4月||2023-04-03|1; 4月||2023-04|1; 5月||2023-05-01|1; 5月||2023-05-20..2023-05-21|1; " +
			"9月||2023-09-18|1; 11月||2023-11-08|1; 12月||2023-12-28|1; 12月||2023-12-31|1; " +
			"先进人物|周建华||1; 先进人物|林秀梅||1; 逝世人物|沈德昌||1; 先进集体和先进个人名录|2023年青岚市获省级以上表彰的先进个人名录||4; " +
			"统计资料|表1　2023年青岚市主要经济指标||7; 统计资料|表2　2023年青岚市人口变动情况||6", ""})
	if t.Failed() {
		return
	}
	if got, want := w8Sections(iss), "政治:0; 中共青岚市委员会:3; 组织工作:3; 宣传工作:2; 纪检监察:3; 青岚市人民代表大会常务委员会:2; 经济:0; 农业:3; 工业:2; "+
		"大事记:0; 2023年青岚大事记:0; 1月:3; 2月:3; 3月:1; 4月:2; 5月:2; 9月:1; 11月:1; 12月:2; 人物:0; 先进人物:2; 逝世人物:1; 先进集体和先进个人名录:1; 统计资料:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
	// The footnote with the 条目 that cites it, the caption its own
	// paragraph, the biography's years kept in its text.
	ps := iss.Sections[1].Entries[2].Paragraphs
	if got, want := ps[0].Text[len(ps[0].Text)-len("[1]"):]+"|"+ps[1].Text+"|"+ps[2].Text,
		"[1]|市委十三届五次全体（扩大）会议现场（市委办公室　供图）|[1] 第二批主题教育于2023年9月启动，2024年1月基本结束。"; got != want {
		t.Errorf("主题教育's paragraphs %q, want %q", got, want)
	}
	if got := iss.Sections[21].Entries[0].Paragraphs[0].Text; !strings.HasPrefix(got, "（1931—2023）　男，") {
		t.Errorf("沈德昌's text %q, want the years first", got)
	}
}

// TestRedTeamW8WholeBriefings is the acceptance test of a whole copy:
// three issues of 《青岚史志工作简报》 (2024年第3、4、5期) pasted from Word
// into one text file, each under its header (the first with 内部资料, its
// title centred by ideographic spaces, 第3期（总第58期）, an editor's note),
// a rule under the header, items titled by plain lines (some with a
// column in 【】, one with a subtitle, one with its byline), their text
// indented with 　　, a names list, a table pasted as tab-separated rows, a
// 【简讯】 column of dated items, and whom each goes to at its end (the
// first's framed by rules, the editor and the print run on one line).
// Checked by hand: three issues, each item its entry dated in the
// header's year (3月上旬 the month), the byline, the names and each row a
// paragraph of their item, the 简讯 items each their own, the end lines the
// masthead's, no warning.
func TestRedTeamW8WholeBriefings(t *testing.T) {
	all := parseAllFile(t, "rt-w8-whole-briefings.md")
	if got, want := issuesSummary(all), "青岚史志工作简报|2024|3|58|5|0; 青岚史志工作简报|2024|4|0|3|0; 青岚史志工作简报|2024|5|0|7|0"; got != want {
		t.Fatalf("issues\n got  %s\n want %s", got, want)
	}
	for i, want := range []string{
		"|||1; |市地方志编纂中心召开2024年全市地方志工作会议|2024-03-15|3; |【方志编纂】《青岚年鉴（2024）》组稿工作全面启动|2024-03-20|3; " +
			"|青岚古驿道遗存调查取得阶段性成果|2024-03|2; |云溪县完成《茶岭镇志》评审|2024-03-22|2",
		"|《青岚市志（1991—2020）》复审会召开|2024-04-12..2024-04-13|5; |【方志进校园】青岚一中开设地方志选修课|2024-04-18|1; |东岗县启动县志续修|2024-04-26|3",
		"|全市村志编纂工作推进会在梅岭区召开|2024-05-10|7; |市地方志编纂中心开展“5·18国际博物馆日”方志馆开放活动——青岚方志馆举办“青岚古村落”专题展览|2024-05-18|1; " +
			"|【方志研究】青岚市地方志学会召开2024年年会|2024-05-22|3; 【简讯】||2024-05-08|1; 【简讯】||2024-05-24|1; 【简讯】||2024-05-27|1; 【简讯】||2024-05-28|1",
	} {
		if got := w8Entries(all[i]); got != want {
			t.Errorf("issue %d's entries\n got  %s\n want %s", i+1, got, want)
		}
	}
	for i, want := range []string{
		"=内部资料　注意保存; 报=省地方志办公室，市委、市人大、市政府、市政协领导; 送=市委办公室，市人大常委会办公室，市政府办公室，市政协办公室; 发=各县（市、区）地方志编纂机构，市直各单位; 责任编辑=王丽华; =（共印80份）",
		"报=省地方志办公室，市委、市人大、市政府、市政协领导; 送=市委办公室，市人大常委会办公室，市政府办公室，市政协办公室; 发=各县（市、区）地方志编纂机构，市直各单位; =（共印80份）",
		"报=省地方志办公室，市委、市人大、市政府、市政协领导; 送=市委办公室，市人大常委会办公室，市政府办公室，市政协办公室; 发=各县（市、区）地方志编纂机构，市直各单位; =（共印80份）",
	} {
		var fs []string
		for _, f := range all[i].Masthead {
			fs = append(fs, f.Key+"="+f.Value)
		}
		if got := strings.Join(fs, "; "); got != want {
			t.Errorf("issue %d's masthead\n got  %s\n want %s", i+1, got, want)
		}
		if all[i].Compiler != "青岚市地方志编纂中心" || all[i].Published.String() != fmt.Sprintf("2024-0%d-%d", i+3, []int{28, 30, 29}[i]) {
			t.Errorf("issue %d: compiler %q, published %s", i+1, all[i].Compiler, all[i].Published)
		}
	}
}

// TestRedTeamW8BriefNumberedByline: a briefing pasted from Word whose items
// are numbered plain lines (一、…), one with its subtitle under it
// (——云溪县推进乡镇志编纂工作纪实), one with its byline (东岗县地方志办公室　李明,
// the office and the author a wide space apart), its header's date in
// Chinese numerals: every item an entry titled as printed, the subtitle
// with its title, the byline its first paragraph (every numbered item had
// been a section, the subtitle an untitled entry, the byline the third
// item's title, silently).
func TestRedTeamW8BriefNumberedByline(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w8-brief-numbered-byline.md", "青岚史志工作简报|2024|3|青岚市地方志编纂中心|2024-03-28",
		"|一、市地方志编纂中心召开2024年全市地方志工作会议|2024-03-15|1; |二、云溪县完成《茶岭镇志》评审——云溪县推进乡镇志编纂工作纪实|2024-03-22|1; |三、东岗县启动县志续修|2024-03-26|2", ""})
}

// TestRedTeamW8BriefPlainByline: the same with its titles unnumbered: the
// byline under the third title (东岗县地方志办公室　李明) is no title, and
// the title over it no column's name (the title had been a section, the
// byline the title of its item, silently).
func TestRedTeamW8BriefPlainByline(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w8-brief-plain-byline.md", "青岚史志工作简报|2024|3|青岚市地方志编纂中心|2024-03-28",
		"|市地方志编纂中心召开2024年全市地方志工作会议|2024-03-15|1; |云溪县完成《茶岭镇志》评审——云溪县推进乡镇志编纂工作纪实|2024-03-22|1; |东岗县启动县志续修|2024-03-26|2", ""})
}

// TestRedTeamW8BriefNoBlankLists: a briefing pasted from Word with no
// blank lines, a paragraph a line set in by 　　: a names list under its
// lead-in (…排序）： / 　　刘晓梅　李秋萍…) and a table's rows pasted as
// tab-separated cells under theirs (…如下： / 县（市、区）<TAB>…) are lines
// of their own, not the lead-in's end, and no title is warned of (the
// names and the header row had been joined to the lead-in), a byline
// under a title neither.
func TestRedTeamW8BriefNoBlankLists(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-brief-noblank-lists.md", "青岚史志工作简报|2024|4|青岚市地方志编纂中心|2024-04-30",
		"|《青岚市志（1991—2020）》复审会召开|2024-04-12..2024-04-13|4; |全市村志编纂工作推进会在梅岭区召开|2024-04-20|5; |东岗县启动县志续修|2024-04-26|2", ""})
	if t.Failed() {
		return
	}
	ps := iss.Sections[0].Entries[1].Paragraphs
	if got, want := iss.Sections[0].Entries[0].Paragraphs[2].Text+"|"+ps[1].Text, "刘晓梅　李秋萍　张　恒　陈志远　郑国平|县（市、区）\t启动（个）\t出版（部）\t评审（部）"; got != want {
		t.Errorf("the names and the header row %q, want %q", got, want)
	}
}

// TestRedTeamW8WholeBriefingsNoBlank: the whole copy of the three
// briefings as a paste into Notepad gives it, no blank line anywhere (a
// paragraph a line): it reads as the copy with blank lines does.
func TestRedTeamW8WholeBriefingsNoBlank(t *testing.T) {
	want := parseAllFile(t, "rt-w8-whole-briefings.md")
	got := parseAllFile(t, "rt-w8-whole-briefings-noblank.md")
	if g, w := issuesSummary(got), issuesSummary(want); g != w {
		t.Fatalf("issues\n got  %s\n want %s", g, w)
	}
	for i := range want {
		if g, w := w8Entries(got[i]), w8Entries(want[i]); g != w {
			t.Errorf("issue %d's entries\n got  %s\n want %s", i+1, g, w)
		}
		if g, w := len(got[i].Masthead), len(want[i].Masthead); g != w {
			t.Errorf("issue %d: %d masthead fields, want %d", i+1, g, w)
		}
	}
}

// TestRedTeamW8YearbookPartUnnumbered: the same chapter with Word's
// numbering of its parts lost (# 政　治, letter-spaced, then # 经　济): the
// first part is a section, 政治, as the second is, not the issue's title
// (it had been, silently).
func TestRedTeamW8YearbookPartUnnumbered(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w8-yearbook-part-unnumbered.md", "|0|0||",
		"中共青岚市委员会|综述||1; 中共青岚市委员会|重要会议|2023-01-10|1; 青岚市人民代表大会常务委员会|综述||1; 农业|概况||1; 农业|特色产业||1", ""})
	if got, want := w8Sections(iss), "政治:0; 中共青岚市委员会:2; 青岚市人民代表大会常务委员会:1; 经济:0; 农业:2"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
}
