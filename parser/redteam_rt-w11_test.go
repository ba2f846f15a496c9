package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamW11SpeechPoints: a leader's speech in full in a special
// issue saved from Word as text, its paragraphs set in by ideographic
// spaces, its points flush (一、提高站位，深刻认识…意义 / blank / 　　优化…):
// each point a paragraph of its own in the one entry (a point with a
// comma had run into the text under it, silently), no section.
func TestRedTeamW11SpeechPoints(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-speech-points.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|12; 会议文件|青岚县2024年优化营商环境工作要点||2", ""})
	ps := iss.Sections[0].Entries[0].Paragraphs
	for i, want := range map[int]string{
		4:  "一、提高站位，深刻认识优化营商环境的重大意义",
		5:  "优化营商环境是一项系统工程，也是一场深刻的自我革命。",
		10: "三、压实责任，确保各项任务落地见效",
	} {
		if i >= len(ps) || ps[i].Text != want {
			t.Errorf("paragraph %d: %v, want %q", i, ps, want)
		}
	}
}

// TestRedTeamW11SupplementNumber: a supplement numbered among the
// year's supplements (《青岚月报》2024年增刊第1期, 2024年增刊（一）) is
// labelled and cited so, not as the year's first issue (2024年第1期, the
// 增刊 a notice apart, silently); 增刊（一） is read as a cover at all (the
// cover's four lines had each been warned as not understood).
func TestRedTeamW11SupplementNumber(t *testing.T) {
	for _, c := range []struct{ file, label string }{
		{"rt-w11-zengkan-number.md", "2024年增刊第1期"},
		{"rt-w11-zengkan-bracket.md", "2024年增刊（一）"},
	} {
		iss := checkRedTeam(t, redTeamCase{c.file, "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
			"会议综述|全县优化营商环境推进大会召开|2024-02-26|1; 典型发言|当好“店小二”　做优“服务员”||2", ""})
		if got := iss.Label(); got != c.label {
			t.Errorf("%s: label %q, want %q", c.file, got, c.label)
		}
	}
}

// TestRedTeamW11BylinePage: a meeting's typical speech (典型发言) whose
// speaker, a body (桐溪镇人民政府), prints under its title at a page's
// foot, the text atop the next page: a paragraph of the entry, with no
// warning (it had been warned as a short line that may be a title).
func TestRedTeamW11BylinePage(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-byline-page.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"典型发言|以“一网通办”为抓手　打造政务服务新高地||2; 典型发言|当好“店小二”　做优“服务员”||2", ""})
}

// TestRedTeamW11MarkerBack: the back pages of a double issue marker
// converted: a contents table's section alone with its page (| 图片新闻 |
// | 15 |) gives its untitled captions and its 下期预告 that page (lost,
// each had been warned as without a page); a call for articles signed
// by the office, its date under its name (青岚县地方史志办公室 /
// 2023年12月20日), ends the notice and dates it (the date had been an
// event of its own, warned as a date with no text). The notice the
// contents do not list is still warned of. The cover's totals of a
// double issue (总第二〇五—二〇六期) are cited both.
func TestRedTeamW11MarkerBack(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-marker-back.md", "青岚月报|2023|11|青岚县地方史志办公室|2024-01-05",
		"时政要闻|县委十五届六次全会召开|2023-11-06|1; 时政要闻|全县经济工作会议召开|2023-12-26|1; " +
			"图片新闻||2023-11-15|1; 图片新闻||2023-12-02|1; 下期预告|||1; 征稿启事||2023-12-20|4", "50"})
	if got := entryPages(iss, ","); got != "3,5,15,15,16,0" {
		t.Errorf("pages %s, want 3,5,15,15,16,0", got)
	}
	// Both numbers of the double issue, and both totals (the label had
	// cited 总第205期, half the issue).
	if got, want := iss.Label(), "2023年第11—12期（总第205—206期）"; got != want {
		t.Errorf("label %q, want %q", got, want)
	}
}

// TestRedTeamW11NoteAbove: an editors' note printed over an article
// (【编者按】…) after the article above's text is an untitled entry of its
// own before the article it heads, as over a section's first article (it
// had been the article above's last paragraph, silently); a note under
// an article (【编后】…) stays its paragraph.
func TestRedTeamW11NoteAbove(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-note-above.md", "青岚月报|2023|11|青岚县地方史志办公室|",
		"重要会议|全县冬春农田水利基本建设动员会召开|2023-11-24|2; 重要会议|||1; 重要会议|全县森林防火工作会议召开|2023-12-08|1; " +
			"重要会议|县人民医院新门诊医技综合楼投入使用|2023-11-18|2; 重要会议|全县发放困难群众冬季取暖补贴|2023-12-01|1", ""})
}

// TestRedTeamW11SpeechNoContents: a meeting's special issue saved from
// Word as text with no contents: a speech's title over its speaker's
// name and the date in brackets (林卫东 / （2024年2月26日）), typical
// speeches' titles over the body that gave them (桐溪镇人民政府): the
// names are bylines, the lines above them titles, and the columns over
// those sections (the whole body had been two untitled entries, with no
// warning).
func TestRedTeamW11SpeechNoContents(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-speech-notoc.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"会议综述|全县优化营商环境推进大会召开|2024-02-26|1; 领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|8; " +
			"典型发言|以“一网通办”为抓手　打造政务服务新高地||2; 典型发言|当好“店小二”　做优“服务员”||2", ""})
}

// sectionCounts is each section of iss as name:entries, joined by "; ".
func sectionCounts(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		got = append(got, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
	}
	return strings.Join(got, "; ")
}

// entryBrief is the entry si, ei of iss as title|page|date|paragraphs.
func entryBrief(iss *model.Issue, si, ei int) string {
	if si >= len(iss.Sections) || ei >= len(iss.Sections[si].Entries) {
		return "none"
	}
	e := iss.Sections[si].Entries[ei]
	return fmt.Sprintf("%s|%d|%s|%d", e.Title, e.Page, e.Date, len(e.Paragraphs))
}

// TestRedTeamW11WholeHekanMarker is the acceptance test of a whole
// double issue (合刊) marker converted from its PDF, read by hand: the
// cover (both numbers and both totals in the label, the 合刊 a notice),
// the masthead table, the contents table of three columns, headings at
// the levels marker guessed (a section at ####, its entries at #), span
// anchors and images taken out, editors' notes over a section's first
// article and over another article, source lines, a statistics table
// and its note, captions of 图片新闻 with the contents' page, a 下期预告,
// a call for articles on the back cover signed and dated. The one
// warning is the call's: the contents list it on 封底, no page.
func TestRedTeamW11WholeHekanMarker(t *testing.T) {
	const file = "rt-w11-whole-hekan-marker.md"
	iss := parseAllFile(t, file)[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published, iss.Label()),
		"青岚月报|2023|11|205|青岚县地方史志办公室|2024-01-05|2023年第11—12期（总第205—206期）"; got != want {
		t.Errorf("cover\n got  %s\n want %s", got, want)
	}
	if got, want := sectionCounts(iss), "卷首语:1; 时政要闻:4; 领导活动:4; 重要会议:5; 县域经济:3; 社会民生:3; 文化旅游:2; 图片新闻:3; 下期预告:1; 征稿启事:1"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		si, ei int
		want   string
	}{
		{0, 0, "岁末回望再出发|1||3"},
		{1, 0, "县委十五届六次全会召开|3|2023-11-06|3"}, // (its source line a paragraph)
		{1, 1, "县第十七届人大常委会第十五次会议召开|3|2023-11-28..2023-11-29|2"},
		{1, 3, "全县经济工作会议召开|5|2023-12-26|4"},
		{2, 0, "林卫东到桐溪镇调研乡村振兴工作|6|2023-11-03|3"}, // (# title under #### section; the caption a paragraph)
		{2, 3, "贺明远带队赴浙江招商考察|7|2023-12-11..2023-12-13|1"},
		{3, 0, "|0||1"}, // 【编者按】 over the section's first article
		{3, 2, "全县冬春农田水利基本建设动员会召开|9|2023-11-24|1"},
		{3, 3, "|0||1"}, // 【编者按】 over the next article
		{3, 4, "全县森林防火工作会议召开|9|2023-12-08|2"},
		{4, 2, "1—11月全县主要经济指标完成情况|11||7"}, // (the table a row a paragraph, the note one)
		{7, 0, "|15|2023-11-15|1"},
		{7, 2, "|15|2023-12-23|1"},
		{8, 0, "|16||1"},
		{9, 0, "|0|2023-12-20|6"},
	} {
		if got := entryBrief(iss, c.si, c.ei); got != c.want {
			t.Errorf("entry %d.%d: %s, want %s", c.si, c.ei, got, c.want)
		}
	}
	if got, want := warningsText(iss.Warnings), "226: text without a title and without a page, in an issue that has a table of contents"; !strings.Contains(got, want) || len(iss.Warnings) != 1 {
		t.Errorf("warnings %s, want %s", got, want)
	}
}

// TestRedTeamW11WholeZhuankan is the acceptance test of a whole special
// issue (2024年增刊第1期) on one meeting, saved from Word as text: its
// label, the special issue's name a notice, the contents with pages (a
// title cut over two lines with its speaker before the page), a leader's
// speech in full as one entry whose 一、, （一） and 1. parts are its
// paragraphs, a second speech, typical speeches under their bodies'
// names, group discussions with speakers as lead-ins (a column the
// contents print with its page at the columns' margin), a document with its
// own numbered points, and the masthead printed at the back. No warning.
func TestRedTeamW11WholeZhuankan(t *testing.T) {
	const file = "rt-w11-whole-zhuankan.md"
	iss := parseAllFile(t, file)[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published, iss.Label()),
		"青岚月报|2024|1|0|青岚县地方史志办公室|2024-03-15|2024年增刊第1期"; got != want {
		t.Errorf("cover\n got  %s\n want %s", got, want)
	}
	if got, want := sectionCounts(iss), "卷首语:1; 会议综述:1; 领导讲话:2; 典型发言:3; 分组讨论发言摘编:1; 会议文件:1"; got != want {
		t.Errorf("sections\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		si, ei int
		want   string
	}{
		{0, 0, "以一流营商环境赋能高质量发展|1||2"},
		{1, 0, "全县优化营商环境暨“万人助万企”活动推进大会召开|2|2024-02-26|4"},
		{2, 0, "在全县优化营商环境暨“万人助万企”活动推进大会上的讲话|4|2024-02-26|24"},
		{2, 1, "在全县优化营商环境暨“万人助万企”活动推进大会上的总结讲话|13|2024-02-26|7"},
		{3, 0, "以“一网通办”为抓手　打造政务服务新高地|16||2"},
		// (分组讨论发言摘编……19 at the names' margin: a column of
		// its own, with its page, not 典型发言's last article.)
		{4, 0, "|19|2024-02-26|5"},
		{5, 0, "青岚县2024年优化营商环境工作要点|22||5"},
	} {
		if got := entryBrief(iss, c.si, c.ei); got != c.want {
			t.Errorf("entry %d.%d: %s, want %s", c.si, c.ei, got, c.want)
		}
	}
	// The speech's points, each its own paragraph (一、 with a comma had
	// run into its text).
	ps := iss.Sections[2].Entries[0].Paragraphs
	for i, want := range map[int]string{4: "一、提高站位，深刻认识优化营商环境的重大意义", 12: "二、突出重点，全力打造一流营商环境", 13: "（一）着力提升政务服务效能", 14: "1.深化“一网通办”改革。今年年底前，县级政务服务事项网上可办率要达到98%以上，“最多跑一次”事项比例达到95%以上。", 21: "三、压实责任，确保各项任务落地见效", 22: "优化营商环境，关键在落实。各级各部门要把优化营商环境作为“一把手”工程，主要领导亲自抓、负总责；要建立健全考核评价体系，将营商环境评价结果纳入年度目标考核；要强化作风建设，对损害营商环境的行为发现一起、查处一起、通报一起。"} {
		if i >= len(ps) || ps[i].Text != want {
			got := "none"
			if i < len(ps) {
				got = ps[i].Text
			}
			t.Errorf("speech paragraph %d: %q, want %q", i, got, want)
		}
	}
	if got, want := mastheadText(t, file), "增刊第1期|全县优化营商环境暨“万人助万企”活动推进大会专刊|主编=周文澜|责任编辑=梁建平|地址=青岚县行政中心3号楼507室|电话=0391-7712345|印刷日期=2024年3月15日"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
}

// TestRedTeamW11SpeechFlat: the speech of TestRedTeamW11SpeechPoints in
// a copy that indents nothing (pandoc's of the docx): a point of two
// phrases a comma apart (一、提高站位，深刻认识…意义) is a paragraph of its
// own all the same, no sentence a page cut (it had run into its text).
func TestRedTeamW11SpeechFlat(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-speech-flat.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|12; 会议文件|青岚县2024年优化营商环境工作要点||2", ""})
	if ps := iss.Sections[0].Entries[0].Paragraphs; len(ps) != 12 || ps[4].Text != "一、提高站位，深刻认识优化营商环境的重大意义" || ps[10].Text != "三、压实责任，确保各项任务落地见效" {
		t.Errorf("paragraphs %v", ps)
	}
}

// TestRedTeamW11SpeechMarker: the speech as marker sets it, its points
// as headings by their type's size (### 一、提高站位，…, #### （一）…),
// under its title at ##, dated under its speaker (（2024年2月26日）): the
// points are paragraphs of the one speech (each had been an entry of the
// section, warned as missing from the contents).
func TestRedTeamW11SpeechMarker(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-speech-marker.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|13; 会议文件|青岚县2024年优化营商环境工作要点||1", ""})
	if ps := iss.Sections[0].Entries[0].Paragraphs; len(ps) != 13 || ps[4].Text != "一、提高站位，深刻认识优化营商环境的重大意义" || ps[8].Text != "二、突出重点，全力打造一流营商环境" || ps[9].Text != "（一）着力提升政务服务效能" {
		t.Errorf("paragraphs %v", ps)
	}
}
