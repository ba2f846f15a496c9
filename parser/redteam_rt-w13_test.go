package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Red team rt-w13: copies whose text carries notes, as PDF conversions
// leave them — a county gazetteer's 大事记 by pdftotext with page-foot
// notes (①, [1], 注1：, a superscript left a plain figure), and a 月报 by
// MinerU ([^1], <sup>1</sup>, 编者注, 参考文献, 附件). A note is never an
// event, an entry or a date of its own; a sentence a page's notes cut
// reads whole, its notes after it; a chronicle's page-foot note is a
// paragraph of the event that calls it.

// w13Outline is an issue's body an entry a line, section|title|date|page|
// paragraphs (the date as the model's DateRange prints it, with its
// precision), then its warnings a line each, line: message.
func w13Outline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s|%s|%s %s|%d|%d\n", s.Name, e.Title, e.Date, e.Date.Start.Precision(), e.Page, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "%d: %s\n", w.Line, w.Message)
	}
	return b.String()
}

// w13Parse parses testdata/file, one issue.
func w13Parse(t *testing.T, file string) *model.Issue {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues, want 1: %s", file, len(all), issuesSummary(all))
	}
	return all[0]
}

// w13Paras is the text of the paragraphs of the entry whose first
// paragraph begins with start, joined by " / ".
func w13Paras(t *testing.T, iss *model.Issue, start string) string {
	t.Helper()
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if len(e.Paragraphs) > 0 && strings.HasPrefix(e.Paragraphs[0].Text, start) {
				var ps []string
				for _, p := range e.Paragraphs {
					ps = append(ps, p.Text)
				}
				return strings.Join(ps, " / ")
			}
		}
	}
	t.Errorf("no entry begins %q", start)
	return ""
}

// w13Case is a fixture's outline (w13Outline) and, by the start of an
// entry's first paragraph, what its paragraphs must read (w13Paras).
type w13Case struct {
	file, outline string
	paras         [][2]string
}

func checkW13(t *testing.T, c w13Case) *model.Issue {
	t.Helper()
	iss := w13Parse(t, c.file)
	if got := w13Outline(iss); got != c.outline {
		t.Errorf("%s: outline\n got:\n%s want:\n%s", c.file, got, c.outline)
	}
	for _, p := range c.paras {
		if got := w13Paras(t, iss, p[0]); got != p[1] {
			t.Errorf("%s: entry %q\n got  %s\n want %s", c.file, p[0], got, p[1])
		}
	}
	return iss
}

// TestRedTeamW13Notes: the forms the whole documents below met, each in a
// small copy.
func TestRedTeamW13Notes(t *testing.T) {
	for _, c := range []w13Case{
		// A page's foot under its last event (是年，…②), its notes
		// begin with a date and an era's year (① 8月12日夜，… / ② 民国三十
		// 七年（1948年）…): ① is the flood's note, which calls it (it had
		// been an event of 2001-08-12, silently, ② its paragraph).
		{"rt-w13-note-date-event.md", `1998年||1998-05 month|32|1
1998年||1998-08 month|32|2
1999年||1999-10-01 day|32|1
2001年||2001-06 month|32|1
2001年||2001 year|32|2
2002年||2002-04 month|33|1
2002年||2002-10 month|33|1
2003年||2003-08 month|33|1
2004年||2004-01 month|34|1
`, [][2]string{
			{"8月　青岚河", "8月　青岚河流域发生特大洪水，县城水位高出警戒水位1.2米。全县受灾人口12.6万人，紧急转移群众2.3万人。县委、县政府组织抢险救灾，驻军某部500名官兵参加抢险①。 / ① 8月12日夜，青岚河西堤柳林段出现管涌险情，驻军官兵与群众连续奋战14小时，排除险情。"},
			{"是年，青岚县", "是年，青岚县被省政府列为全省扶贫开发重点县②。 / ② 民国三十七年（1948年）青岚解放后，县境西部山区长期为贫困地区。"},
		}},
		// An event the page break cut (…安置到石门乡新 / notes / folio /
		// head / 村。), its notes a superscript left a plain figure
		// (…局1统计 / 1 县乡镇企业局：…) and [1]: the event whole, each
		// note under the event that calls it (the notes had run into the
		// sentence, …石门乡新1 县乡镇企业局：…[1] 孙建国…, and 村。 been a
		// paragraph of its own, silently).
		{"rt-w13-note-cut-digit.md", `1988年||1988-06 month|29|2
1988年||1988-10-12 day|29|2
1989年||1989-08-16 day|29|1
1989年||1989 year|30|1
1990年||1990-07-01 day|30|1
1990年||1990-12 month|31|1
`, [][2]string{
			{"8月16日", "8月16日　关口镇、石门乡交界处发生山体滑坡，毁坏民房46间，无人员伤亡。县人民政府拨救灾款12万元，将受灾的38户群众搬迁安置到石门乡新村。"},
			{"6月　县委", "6月　县委作出《关于加快发展乡镇企业的决定》。至年底，全县乡镇企业发展到6830家，总产值2.36亿元，由县乡镇企业局1统计。 / 1 县乡镇企业局：1988年时名称为“青岚县乡镇企业管理局”。"},
			{"10月12日", "10月12日　中共青岚县第七次代表大会召开，孙建国任书记[1]。 / [1] 孙建国，1939年生，河南宁川人，1988年10月至1994年3月任中共青岚县委书记。"},
		}},
		// A year heading at a page's foot, the page's note under it (1992年 /
		// ① 8月12日，… / · 30 ·): the note of the bridge's event, which calls
		// it, not the new year's first event (it had been an event of
		// 1992-08-12, and 3月 under it warned as out of order).
		{"rt-w13-note-after-year.md", `1991年||1991-09 month|30|2
1992年||1992-03 month|31|1
1992年||1992-08 month|31|1
1993年||1993-01-18 day|31|2
1993年||1993-06-28 day|32|1
`, [][2]string{
			{"9月　县城", "9月　县城青岚大桥建成通车。大桥全长286米，宽16米，总投资860万元，是当时县内最大的桥梁①。 / ① 8月12日，县城建成青岚河二桥，全长310米，青岚大桥改称青岚一桥。"},
		}},
		// The chapter's 注释 at its end, its notes numbered 1. 2. 3., one
		// beginning with a date (3.1990年7月1日零时…): paragraphs of the
		// last event, under their heading (it had been an event of
		// 1990-07-01 after 2005's, silently).
		{"rt-w13-notes-block-numbered.md", `2004年||2004-01 month|0|1
2004年||2004-09 month|0|1
2005年||2005-03 month|0|1
2005年||2005 year|0|5
`, nil},
		// A chapter's parts set letter-spaced (\f概　述 / 青岚县位于…,
		// 凡　例 under the page's head): entries so titled (概　述 had run
		// into its text, 概　述青岚县…, and 凡例's 三、同日… been warned as
		// an event's date that cannot be read).
		{"rt-w13-chapter-parts.md", `第二编　概述　大事记|概述| |27|2
第二编　概述　大事记|凡例| |28|3
1986年||1986-01-08 day|28|1
1986年||1986-03-15 day|29|1
1986年||1986-05 month|29|1
`, [][2]string{
			{"一、本编", "一、本编记事上起1986年1月，下迄2005年12月，以编年体为主。 / 二、只知月份者，记于该月之末，用“是月”。 / 三、同日有两件以上事件者，后者用“△”标示。"},
		}},
		// A month's 大事记 by MinerU: a note under the event that calls it,
		// beginning with a date (① 2月26日，…: it had been an event of
		// 2024-02-26, silently), and a call and its note in <sup> (the
		// call had been a figure run into the text, 工作2。, and the note's
		// label read as a date that cannot be, 2 3月22日, warned).
		{"rt-w13-note-md-event.md", `青岚县2024年3月大事记||2024-03-21 day|0|2
青岚县2024年3月大事记||2024-03-25 day|0|2
青岚县2024年3月大事记||2024-03-28 day|0|1
`, [][2]string{
			{"3月21日", "3月21日　县委书记刘志刚到关口镇调研乡村振兴工作[2]。 / [2] 3月22日，刘志刚又到石门镇调研。"},
			{"3月25日", "3月25日　县纪委监委召开全县警示教育大会①。 / ① 2月26日，县纪委监委已通报3起典型案例。"},
		}},
		// A month's 大事记 by MinerU, its notes' labels each a converter's
		// way: a plain figure (…精神1。 / 1 3月5日，…: the note, no date
		// that cannot be, which it had been warned as), 注：, [^4]: and
		// $^{①}$, each beginning with a date: each a paragraph of the event
		// that calls it, no event and no warning.
		{"rt-w13-note-md-plain.md", `青岚县2024年3月大事记||2024-03-01 day|0|2
青岚县2024年3月大事记||2024-03-06 day|0|2
青岚县2024年3月大事记||2024-03-08 day|0|2
青岚县2024年3月大事记||2024-03-15 day|0|2
青岚县2024年3月大事记||2024-03-28 day|0|1
`, [][2]string{
			{"3月1日", "3月1日　县委召开常委会会议，传达学习全国两会精神1。 / 1 3月5日，县人大常委会党组也召开会议传达学习。"},
			{"3月15日", "3月15日　县市场监管局开展“3·15”消费者权益日宣传活动①。 / ① 3月14日，县消费者协会发布年度十大典型案例。"},
		}},
		// Two notes between the halves of a paragraph a page cut (…为全市
		// 县级档案馆 / ① … / ② … / 民国档案数字化提供了经验。): the
		// paragraph whole, the notes after it (the halves had been left
		// apart, with a warning).
		{"rt-w13-note-cut-md.md", `部门动态|县档案馆完成馆藏民国档案数字化|2024-03-20 day|0|4
部门动态|县史志办召开2024年度工作会议|2024-03-12 day|0|1
`, [][2]string{
			{"3月20日", "3月20日，县档案馆馆藏民国档案数字化工程通过验收。验收组认为，该工程数据质量可靠，著录规范，为全市县级档案馆民国档案数字化提供了经验。 / ① 1912年1月至1949年9月形成的档案，统称民国档案。 / ② 数字化副本存县档案馆机房，原件不再提供借阅。 / （来源：县档案馆）"},
		}},
		// A page's folio after 附件：1. … and after 参考文献：: the list's
		// next item and the first reference lines of their own (they had
		// run into the line above, …要点2. 《…》, 参考文献：[1]（清）…), and
		// the last reference, ending with its full-width point, no sign of
		// a truncated file (it had been warned).
		{"rt-w13-list-folio.md", `部门动态|县史志办召开2024年度工作会议|2024-03-12 day|2|4
史志研究|青岚县明清时期建置沿革考略| |3|4
`, [][2]string{
			{"3月12日", "3月12日，县史志办召开2024年度工作会议。会议印发了年度工作要点。 / 附件：1. 青岚县地方史志办公室2024年工作要点 / 2. 《青岚年鉴（2024）》供稿单位及分工表 / 3. 村志编纂工作进度安排"},
			{"青岚县置县", "青岚县置县于明洪武二年（1369年），此说见于清乾隆《青岚县志》卷一[1]。 / 参考文献： / [1]（清）李某修．青岚县志：卷一［M］．乾隆十八年刻本． / [2]（明）张某纂．宁川府志：卷二［M］．嘉靖年间刻本．"},
		}},
	} {
		t.Run(c.file, func(t *testing.T) { checkW13(t, c) })
	}
}

// TestRedTeamW13WholeXianzhi: the acceptance test of
// rt-w13-whole-xianzhi-notes.md, the 大事记 chapter of 《青岚县志
// （1986—2005）》 as pdftotext (no -layout) gives it: hard wraps, form
// feeds, running heads (the book's title, 大事记) and folios (· 28 ·),
// the 概述 and the 凡例 before the chronicle, page-foot notes numbered
// afresh on every page (①, ②, [1], 注1：, and a superscript figure left
// plain, 局1统计 / 1 县乡镇企业局：…), one of them between the halves of
// an event the page cut, two that begin with a date and an era's year,
// and the chapter's 注释 at its end. Checked by hand: every section, entry
// and page, each note with the event that calls it, no warning.
func TestRedTeamW13WholeXianzhi(t *testing.T) {
	years := []string{"1986年|1986-01-08 day|28|1", "1986年|1986-03-15 day|28|2", "1986年|1986-05 month|28|1", "1986年|1986-07-22..1986-07-24 day|28|1", "1986年|1986 year|28|1",
		"1987年|1987-02-10 day|28|1", "1987年|1987-04 month|28|1", "1987年|1987-09-01 day|29|1", "1987年|1987-11 month|29|1",
		"1988年|1988-01-01 day|29|1", "1988年|1988-06 month|29|2", "1988年|1988-10-12 day|29|2",
		"1989年|1989-03 month|29|1", "1989年|1989-08-16 day|29|1", "1989年|1989 year|30|1",
		"1990年|1990-07-01 day|30|1", "1990年|1990-12 month|30|1",
		"1991年|1991-04 month|30|1", "1991年|1991-05-20 day|30|1", "1991年|1991-09 month|30|2",
		"1992年|1992-03 month|30|1", "1992年|1992-04-01 day|30|1", "1992年|1992-08 month|30|1",
		"1993年|1993-01-18 day|31|1", "1993年|1993-06-28 day|31|2", "1993年|1993 year|31|1",
		"1994年|1994-03 month|31|1", "1994年|1994-10 month|31|1",
		"1995年|1995-02 month|31|1", "1995年|1995-06 month|31|1", "1995年|1995 year|31|1",
		"1996年|1996-05 month|31|1", "1996年|1996-09-18 day|31|1",
		"1997年|1997-07-01 day|31|1",
		"1998年|1998-05 month|32|1", "1998年|1998-08 month|32|2",
		"1999年|1999-10-01 day|32|1", "1999年|1999-12 month|32|1",
		"2000年|2000-03 month|32|1", "2000年|2000-11-01 day|32|1",
		"2001年|2001-06 month|32|1", "2001年|2001 year|32|2",
		"2002年|2002-04 month|33|1", "2002年|2002-10 month|33|1",
		"2003年|2003-04 month|33|1", "2003年|2003-08 month|33|1",
		"2004年|2004-01 month|33|1", "2004年|2004-09 month|33|1",
		"2005年|2005-03 month|33|1", "2005年|2005-10 month|33|1", "2005年|2005-12 month|33|1", "2005年|2005 year|33|5"}
	var outline strings.Builder
	outline.WriteString("第二编　概述　大事记|概述| |27|5\n第二编　概述　大事记|凡例| |28|4\n")
	for _, y := range years {
		sec, rest, _ := strings.Cut(y, "|")
		outline.WriteString(sec + "||" + rest + "\n")
	}
	iss := checkW13(t, w13Case{"rt-w13-whole-xianzhi-notes.md", outline.String(), [][2]string{
		// ① on page 28, called by the 3月15日 event, printed under 4月.
		{"3月15日", "3月15日　青岚县乡镇企业管理局①成立，与县社队企业局合署办公。 / ① 1992年撤区并乡后改称县乡镇企业局，2002年并入县经济贸易局。"},
		// The figure note and [1] at page 29's foot, printed between the
		// halves of the 8月16日 event, each under its call.
		{"6月　县委", "6月　县委作出《关于加快发展乡镇企业的决定》，提出“乡办、村办、联户办、个体办”四个轮子一起转。至年底，全县乡镇企业发展到6830家，从业人员4.1万人，总产值2.36亿元，由县乡镇企业局1统计。 / 1 县乡镇企业局：1988年时名称为“青岚县乡镇企业管理局”。"},
		{"10月12日", "10月12日　中共青岚县第七次代表大会召开，选举产生中共青岚县第七届委员会，孙建国任书记[1]。 / [1] 孙建国，1939年生，河南宁川人，1988年10月至1994年3月任中共青岚县委书记。"},
		{"8月16日", "8月16日　关口镇、石门乡交界处发生山体滑坡，毁坏民房46间，无人员伤亡。县人民政府拨救灾款12万元，将受灾的38户群众搬迁安置到石门乡新村。"},
		{"9月　县城青岚大桥", "9月　县城青岚大桥建成通车。大桥全长286米，宽16米，总投资860万元，是当时县内最大的桥梁①。 / ① 1995年4月，县城建成青岚河二桥，全长310米，青岚大桥改称青岚一桥。"},
		{"6月28日", "6月28日　青岚县撤销县邮电局，分设县邮政局、县电信局（注1）。 / 注1：1998年邮电分营后，县电信局改称青岚县电信分公司，2002年改称中国电信青岚分公司。"},
		// A note that begins with a date (no event of 8月12日) and one
		// with an era's year (no event of 1948).
		{"8月　青岚河", "8月　青岚河流域发生特大洪水，县城水位高出警戒水位1.2米。全县受灾人口12.6万人，紧急转移群众2.3万人。县委、县政府组织抢险救灾，驻军某部500名官兵参加抢险①。 / ① 8月12日夜，青岚河西堤柳林段出现管涌险情，驻军官兵与群众连续奋战14小时，排除险情。"},
		{"是年，青岚县", "是年，青岚县被省政府列为全省扶贫开发重点县②。 / ② 民国三十七年（1948年）青岚解放后，县境西部山区长期为贫困地区。"},
		// The chapter's 注释 under its last event, as an article's notes
		// heading is read.
		{"是年，全县生产总值", "是年，全县生产总值48.6亿元，财政一般预算收入2.63亿元。 / 注释 / 〔1〕本编资料来源于县档案馆、县委办公室、县政府办公室及各有关部门提供的资料。 / 〔2〕1986年以前的大事，见《青岚县志（1911—1985）》。 / 〔3〕所记数字以县统计局公布数字为准。"},
	}})
	if iss.Title != "青岚县志（1986—2005）" {
		t.Errorf("title %q", iss.Title)
	}
	if e := iss.Sections[0].Entries[0]; len(e.Paragraphs) != 5 || !strings.HasPrefix(e.Paragraphs[0].Text, "青岚县位于豫西") || !strings.HasPrefix(e.Paragraphs[4].Text, "① 1986年的8个区") {
		t.Errorf("概述: %d paragraphs, %q", len(e.Paragraphs), e.Paragraphs[0].Text)
	}
	heads, folios := 0, 0
	for _, f := range iss.Furniture {
		switch f.Kind {
		case model.RunningHead:
			heads++
		case model.PageNumber:
			folios++
		}
	}
	if heads != 12 || folios != 7 {
		t.Errorf("furniture: %d heads, %d folios, want 12, 7", heads, folios)
	}
}

// TestRedTeamW13WholeYuebao: the acceptance test of
// rt-w13-whole-yuebao-notes.md, 《青岚月报》2024年第3期 as MinerU gives
// it: cover, contents with pages, sections; Markdown footnotes ([^1] and
// [^1]: …), <sup>1</sup> calls and labels, 编者注 and 编者按 paragraphs,
// （来源：…） and （供稿：…） lines, an HTML table with its 注： line, an
// article with 参考文献 [1][2][3], a 附件 list, a paragraph a page-foot ①
// note cut, and a month's 大事记 whose notes begin with dates. Checked by
// hand: every entry, each note with the text that calls it, no warning.
func TestRedTeamW13WholeYuebao(t *testing.T) {
	iss := checkW13(t, w13Case{"rt-w13-whole-yuebao-notes.md", `时政要闻|县第十八届人民代表大会第三次会议召开|2024-03-02..2024-03-05 day|1|4
时政要闻|政协青岚县第十一届委员会第三次会议召开|2024-03-01..2024-03-04 day|2|4
时政要闻|全县经济工作会议召开|2024-02-28 day|3|7
部门动态|县史志办召开2024年度工作会议|2024-03-12 day|4|6
部门动态|县档案馆完成馆藏民国档案数字化|2024-03-20 day|5|4
史志研究|青岚县明清时期建置沿革考略| |6|8
青岚县2024年3月大事记||2024-03-01 day|8|1
青岚县2024年3月大事记||2024-03-06 day|8|2
青岚县2024年3月大事记||2024-03-08 day|8|1
青岚县2024年3月大事记||2024-03-15 day|8|1
青岚县2024年3月大事记||2024-03-21 day|8|2
青岚县2024年3月大事记||2024-03-25 day|8|2
青岚县2024年3月大事记||2024-03-28 day|8|1
`, [][2]string{
		{"3月1日至4日", "3月1日至4日，政协青岚县第十一届委员会第三次会议召开。会议共收到提案186件，经审查立案162件[1]。 / 编者注：本次会议首次采用无纸化办会，委员通过“智慧政协”平台提交提案、阅读文件。 / [1] 其中集体提案41件，委员个人提案121件。 / （供稿：县政协办公室）"},
		{"3月12日", "3月12日，县史志办召开2024年度工作会议。会议传达了全市地方志工作会议精神，部署了2024年《青岚年鉴》编纂、第三轮县志编修前期准备、村志编纂等工作。 / 编者按：第三轮修志工作已纳入全省地方志事业发展规划，各乡镇、各单位要提前做好资料收集。 / 会议印发了年度工作要点。 / 附件：1. 青岚县地方史志办公室2024年工作要点 / 2. 《青岚年鉴（2024）》供稿单位及分工表 / 3. 村志编纂工作进度安排"},
		{"3月20日", "3月20日，县档案馆馆藏民国档案数字化工程通过验收。该工程历时14个月，完成民国时期档案2860卷、约31万页的扫描和著录[2]，其中最早的一卷形成于民国元年（1912年）。验收组认为，该工程数据质量可靠，著录规范，为全市县级档案馆民国档案数字化提供了经验。 / ① 1912年1月至1949年9月形成的档案，统称民国档案。 / [2] 扫描采用300dpi彩色模式，著录按《档案著录规则》（DA/T 18—2022）执行。 / （来源：县档案馆）"},
		{"3月6日", "3月6日　县政府召开常务会议，研究春季农业生产工作[3]。 / [3] 11月3日县政府已印发《关于做好2024年春季农业生产工作的通知》，本次会议进一步细化任务分工。"},
		{"3月21日", "3月21日　县委书记刘志刚到关口镇调研乡村振兴工作[2]。 / [2] 3月22日，刘志刚又到石门镇调研。"},
		{"3月25日", "3月25日　县纪委监委召开全县警示教育大会①。 / ① 2月26日，县纪委监委已通报3起典型案例。"},
	}})
	if got := fmt.Sprintf("%s|%d|%d|%d|%s|%s|%d", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published, len(iss.Masthead)); got != "青岚月报|2024|3|128|青岚县地方史志办公室|2024-04-08|4" {
		t.Errorf("cover %s", got)
	}
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			if e.Title == "青岚县明清时期建置沿革考略" && (e.Paragraphs[0].Text != "王文斌" || e.Paragraphs[4].Text != "参考文献：" || !strings.HasPrefix(e.Paragraphs[7].Text, "[3] 青岚县地方史志编纂委员会")) {
				t.Errorf("the article's byline and references: %q, %q", e.Paragraphs[0].Text, e.Paragraphs[4].Text)
			}
		}
	}
}
