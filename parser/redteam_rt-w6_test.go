package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w6TOC is an issue's printed table of contents as section=title@page
// lists, sections joined by "; ".
func w6TOC(iss *model.Issue) string {
	var ss []string
	for _, s := range iss.TOC {
		var es []string
		for _, e := range s.Entries {
			es = append(es, fmt.Sprintf("%s@%d", e.Title, e.Page))
		}
		ss = append(ss, s.Name+"="+strings.Join(es, ","))
	}
	return strings.Join(ss, "; ")
}

// TestRedTeamW6GuideNotice: a bimonthly's cover with （双月刊） on a line
// of its own, a box of highlights (本期导读, ◆ titles) and then the full
// 目　录: one issue, its contents the 目录's (the notice, which ends as a
// sentence does, had been taken for body text, and the 目录 under the box
// for the contents of a second issue with no cover, its dates of no
// year).
func TestRedTeamW6GuideNotice(t *testing.T) {
	const file = "rt-w6-guide-notice.md"
	if all := parseAllFile(t, file); len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := checkRedTeam(t, redTeamCase{file, "青岚史志|2024|2|青岚市地方志编纂中心|2024-05",
		"【工作动态】|全市地方志工作会议召开|2024-03-12|1; 【工作动态】|市地方志编纂中心开展“方志馆里过春节”活动|2024-02-10..2024-02-17|1; 【地情资料】|青岚古驿道遗存调查||1", ""})
	if got, want := w6TOC(iss), "【工作动态】=全市地方志工作会议召开@2,市地方志编纂中心开展“方志馆里过春节”活动@2; 【地情资料】=青岚古驿道遗存调查@3"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW6GuideTwice: 本期导读 over a few titles, then 目　录 over
// every one: the contents are the 目录's, each title once (the box's
// titles had been listed twice, and each warned of as one the body
// lacks).
func TestRedTeamW6GuideTwice(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-guide-twice.md", "青岚史志|2024|2|青岚市地方志编纂中心|2024-05",
		"【工作动态】|全市地方志工作会议召开|2024-03-12|1; 【工作动态】|市地方志编纂中心开展“方志馆里过春节”活动|2024-02-10..2024-02-17|1; 【地情资料】|青岚古驿道遗存调查||1", ""})
	if got, want := w6TOC(iss), "【工作动态】=全市地方志工作会议召开@2,市地方志编纂中心开展“方志馆里过春节”活动@2; 【地情资料】=青岚古驿道遗存调查@3"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW6GuideAfter: the full 目　录 first, then 本期导读 over a
// few of its titles again: the box is passed over (its titles had been
// the body's untitled text before its first column, warned).
func TestRedTeamW6GuideAfter(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-guide-after.md", "青岚史志|2024|2|青岚市地方志编纂中心|2024-05",
		"【工作动态】|全市地方志工作会议召开|2024-03-12|1; 【工作动态】|市地方志编纂中心开展“方志馆里过春节”活动|2024-02-10..2024-02-17|1; 【地情资料】|青岚古驿道遗存调查||1", ""})
	if got, want := w6TOC(iss), "【工作动态】=全市地方志工作会议召开@2,市地方志编纂中心开展“方志馆里过春节”活动@2; 【地情资料】=青岚古驿道遗存调查@3"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW6EssayPoints: an essay in a column the contents name in
// brackets (【方志研究】), its points centred on lines of their own
// (一、关于记述上限和下限), as pdftotext -layout keeps a journal's
// subheadings: the points are paragraphs of the essay (each had been a
// section of its own, 关于记述上限和下限, the essay's text under it an
// untitled entry, silently).
func TestRedTeamW6EssayPoints(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-essay-points.md", "青岚史志|2024|2|青岚市地方志编纂中心|",
		"【工作动态】|全市地方志工作会议召开|2024-03-12|1; 【方志研究】|浅谈新时代乡镇志编纂的几个问题||8", ""})
	if t.Failed() {
		return
	}
	ps := iss.Sections[1].Entries[0].Paragraphs
	if got, want := ps[0].Text+"|"+ps[2].Text+"|"+ps[6].Text, "李明远|一、关于记述上限和下限|三、关于资料收集"; got != want {
		t.Errorf("the essay's byline and points %q, want %q", got, want)
	}
}

// TestRedTeamW6ScriptLinks: a web page saved as Markdown whose buttons
// and some links run a script (html2text's [大](javascript:doZoom(16)),
// [打印](javascript:window.print()), [关闭](javascript:void(0);),
// 分享到：[微信](javascript:shareTo('wx'))): the script goes, the text
// stays, and the buttons are the page's chrome (the 【字体…】 line had
// been an untitled event, a link's script its text, 同日　[…](javascript:void
// / (0))新大厅启用。, and the share line the last event's second paragraph,
// warned as a text cut off).
func TestRedTeamW6ScriptLinks(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-web-script-links.md", "青岚市2023年12月大事记|0|0||2024-01-15",
		"||2023-12-01|1; ||2023-12-12|1; ||2023-12-12|1; ||2023-12-26|1", ""})
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[0].Entries[2].Paragraphs[0].Text, "同日　青岚市政务服务中心新大厅启用。"; got != want {
		t.Errorf("a script's link %q, want %q", got, want)
	}
	if got, want := strings.Join(furnitureLines(iss, model.WebChrome), ","), "1,7,17"; got != want {
		t.Errorf("web chrome on lines %s, want %s", got, want)
	}
}

// TestRedTeamW6OddHeadRight: pdftotext -layout of a bimonthly whose odd
// pages print the column's name at the page's right edge (\f + 68 spaces
// + 工作动态), its even pages the publication's name at the left: the
// column's name is the head of the pages it goes on (it had been a
// section of its own, 工作动态 beside 【工作动态】, the rest of an
// article under it untitled, silently).
func TestRedTeamW6OddHeadRight(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-odd-head-right.md", "青岚史志|2024|2|青岚市地方志编纂中心|2024-05",
		"【工作动态】|全市地方志工作会议召开|2024-03-12|2; 【工作动态】|《青岚市志（1991—2020）》通过终审验收|2024-03-26|1; 【地情资料】|青岚古驿道遗存调查||2", ""})
	if got, want := strings.Join(furnitureLines(iss, model.RunningHead), ","), "16,27,38,48"; got != want {
		t.Errorf("running heads on lines %s, want %s", got, want)
	}
}

// TestRedTeamW6LinkTitle: a web page's links with a title, as turndown
// and markdownify write a link whose tag has a title attribute
// ([省农业科学院](http://… "省农业科学院"), in single quotes too): the
// address and the title go, the text stays (the links had stayed whole
// in the events' text, silently).
func TestRedTeamW6LinkTitle(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w6-web-link-title.md", "青岚市2023年4月大事记|0|0||2024-05-06",
		"||2023-04-06|1; ||2023-04-06|1; ||2023-04-17|1; ||2023-04-23|1", ""})
	if t.Failed() {
		return
	}
	es := iss.Sections[0].Entries
	if got, want := es[1].Paragraphs[0].Text+"|"+es[2].Paragraphs[0].Text, "同日　市政府与省农业科学院签订战略合作协议。|4月17日　青岚市第十五届人民代表大会常务委员会第十次会议召开。"; got != want {
		t.Errorf("links with a title\n got  %s\n want %s", got, want)
	}
	if got, want := w6Furniture(iss), "1:web,15:web"; got != want {
		t.Errorf("furniture %s, want %s", got, want)
	}
}

// TestRedTeamW6FooterPhone: a government site's footer saved with the
// page (主办单位：…　　承办：… / 版权所有：… / 地址：…号　　联系电话：…　　邮政编码：…):
// the phone and the postcode are fields of their own, as 承办 is (they
// had been the end of the address, 地址=青岚市人民路88号　　联系电话：…).
func TestRedTeamW6FooterPhone(t *testing.T) {
	const file = "rt-w6-web-footer-phone.md"
	checkRedTeam(t, redTeamCase{file, "市地方志编纂中心开展“方志馆里过春节”活动|0|0||2024-02-18", "||2024-02-10..2024-02-17|2", ""})
	if got, want := mastheadText(t, file), "发布时间=2024-02-18|来源=青岚市地方志编纂中心|浏览次数=286|主办单位=青岚市地方志编纂中心|承办=青岚市大数据中心|地址=青岚市人民路88号|联系电话=0391-2268810|邮政编码=467000"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW6FooterOneLine: a web page's footer on one line, who runs
// the site and its registration (主办单位：…　　备案号：豫ICP备…), after the
// last event: the masthead's, two fields (it had been the last event's
// second paragraph, silently).
func TestRedTeamW6FooterOneLine(t *testing.T) {
	const file = "rt-w6-web-footer-one-line.md"
	checkRedTeam(t, redTeamCase{file, "青岚市2023年12月大事记|0|0||2024-01-15", "||2023-12-01|1; ||2023-12-12|1; ||2023-12-26|1; ||2023-12|1", ""})
	if got, want := mastheadText(t, file), "发布时间=2024-01-15|来源=青岚市地方志编纂中心|浏览次数=512|主办单位=青岚市地方志编纂中心|备案号=豫ICP备12345678号-1"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW6TwoParts: a chronicle's events dated by two parts of the
// month under its heading (中下旬　…, 上中旬　…), as 上旬 dates one: each
// its own event, of the month (中下旬 had been the text of the day above,
// 上中旬 an event of no date, silently).
func TestRedTeamW6TwoParts(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w6-web-two-parts.md", "青岚市2023年大事记（下半年）|0|0||2024-02-20",
		"七月||2023-07-01|1; 七月||2023-07|1; 八月||2023-08|1; 八月||2023-08-15|1", ""})
}

// furnitureLines is the source lines of iss's furniture of kind k.
func furnitureLines(iss *model.Issue, k model.FurnitureKind) []string {
	var ls []string
	for _, f := range iss.Furniture {
		if f.Kind == k {
			ls = append(ls, fmt.Sprint(f.Line))
		}
	}
	return ls
}

// w6Furniture is an issue's furniture as line:kind, joined by ",".
func w6Furniture(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Furniture {
		fs = append(fs, fmt.Sprintf("%d:%s", f.Line, f.Kind))
	}
	return strings.Join(fs, ",")
}

// TestRedTeamW6WholeBimonthly is the acceptance test of a whole
// bimonthly (《青岚史志》2024年第2期, 总第58期, of 青岚市地方志编纂中心) as
// pdftotext -layout converts its PDF: a cover in Chinese numerals with a
// wide gap between the number and the total and （双月刊） on a line of
// its own, a box of three highlights (本期导读) before the full 目　录,
// whose columns stand in 【】 and whose pages follow leader dots (an
// essay's author before its page), pages with running heads alternating
// (even: 青岚史志　2024年第2期 at the left; odd: the column's name at the
// right edge), page numbers at the foot (— 2 —) and form feeds, hard
// wraps at 38 characters under indents of two ideographic spaces, centred
// titles, an essay with its byline (文／李明远), its points centred
// (一、关于记述上限和下限) and its notes (①②) at its end, photographs'
// captions centred (图为…), a table of figures laid out by spaces, a
// two-month 大事记 (3月, 4月; day lines, △, 同日, a range,
// 是月), and the back cover's masthead. Read by hand: every article its
// own entry with its page and date, the box of highlights no part of
// the contents, the heads and page numbers out, every event with its full
// date, no warning. (The column 【大事记】 and the chronicle's title are
// sections over the months, as a chronicle's title over its months is;
// both are empty.)
func TestRedTeamW6WholeBimonthly(t *testing.T) {
	const file = "rt-w6-whole-bimonthly.md"
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := all[0]
	if got, want := fmt.Sprintf("%s|%d|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published), "青岚史志|2024|2|58|青岚市地方志编纂中心|2024-05"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	secs, entries := w1Outline(iss)
	if want := "【工作动态】=3; 【方志研究】=1; 【地情资料】=2; 【大事记】=0; 2024年3—4月青岚大事记=0; 3月=8; 4月=6"; secs != want {
		t.Errorf("sections\n got  %s\n want %s", secs, want)
	}
	if want := "【工作动态】|全市地方志工作会议召开|2|2024-03-12|3; 【工作动态】|《青岚市志（1991—2020）》通过终审验收|2|2024-03-26|3; " +
		"【工作动态】|市地方志编纂中心开展“方志馆里过春节”活动|3|2024-02-10..2024-02-17|1; 【方志研究】|浅谈新时代乡镇志编纂的几个问题|3||12; " +
		"【地情资料】|青岚古驿道遗存调查|4||4; 【地情资料】|2023年青岚市主要经济指标|5||7; " +
		"3月||5|2024-03-01|1; 3月||5|2024-03-01|1; 3月||5|2024-03-05|1; 3月||5|2024-03-05|1; 3月||5|2024-03-12|1; 3月||5|2024-03-18..2024-03-20|1; 3月||6|2024-03-26|1; 3月||6|2024-03|1; " +
		"4月||6|2024-04-02|1; 4月||6|2024-04-04|1; 4月||6|2024-04-04|1; 4月||6|2024-04-16|1; 4月||6|2024-04-16|1; 4月||6|2024-04-28|1"; entries != want {
		t.Errorf("entries\n got  %s\n want %s", entries, want)
	}
	if got, want := w6TOC(iss), "【工作动态】=全市地方志工作会议召开@2,《青岚市志（1991—2020）》通过终审验收@2,市地方志编纂中心开展“方志馆里过春节”活动@3; "+
		"【方志研究】=浅谈新时代乡镇志编纂的几个问题@3; 【地情资料】=青岚古驿道遗存调查@4,2023年青岚市主要经济指标@5; 【大事记】=2024年3—4月青岚大事记@5"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
	if got, want := w6Furniture(iss), "17:formfeed,39:head,68:page,69:head,98:page,99:head,128:page,129:head,158:page,159:head,174:page,175:formfeed"; got != want {
		t.Errorf("furniture\n got  %s\n want %s", got, want)
	}
	essay := iss.Sections[1].Entries[0].Paragraphs
	if got, want := essay[0].Text+"|"+essay[2].Text+"|"+essay[9].Text+"|"+essay[11].Text, "文／李明远|一、关于记述上限和下限|注释：|②王晓明：《乡镇志编纂实务》，方志出版社2019年版，第56页。"; got != want {
		t.Errorf("the essay's byline, a point and the notes %q, want %q", got, want)
	}
	if got, want := iss.Sections[0].Entries[1].Paragraphs[2].Text, "图为终审验收会现场"; got != want {
		t.Errorf("a caption %q, want %q", got, want)
	}
	if got, want := iss.Sections[2].Entries[1].Paragraphs[2].Text, "规模以上工业增加值          亿元           412.7           6.8"; got != want {
		t.Errorf("a table's row %q, want %q", got, want)
	}
	if got, want := mastheadText(t, file), "（双月刊）|主管=青岚市人民政府|主办=青岚市地方志编纂中心|主编=林卫东|副主编=陈晓光|编辑=赵雅琴　孙　博|地址=青岚市人民路88号市行政中心5号楼|电话=0391-2268810|印刷=青岚市华彩印务有限公司|内部资料　免费交流"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	text, _, _, _ := decode(readFixture(t, file))
	checkLossless(t, file, text)
}

// TestRedTeamW6WholeWebDsj is the acceptance test of a city's chronicle
// of a year (青岚市2023年大事记) as a web page saved as Markdown by
// html2text: a breadcrumb of links, the title, the line under it
// (发布时间：… 来源：… 浏览次数：…), the buttons as links that run a script
// (【字体：[大](javascript:doZoom(16)) …】【[打印](javascript:…)】), rules,
// months in bold Chinese numerals (**一月**), day lines of the day alone
// (1日　…) and ranges (15—17日), 同日, △, 上旬, 中下旬, 是月 and 是年, links in
// events, pictures, long events hard-wrapped at 78 characters, the links
// to the chronicles before and after, and the site's footer (主办单位：…
// 承办：…, 版权所有 … 备案号：…, 地址：… 联系电话：…). Read by hand: a
// section a month, every event its own entry with its full date in 2023
// (the year of the title), the chrome and pictures out, the footer the
// masthead's, no warning.
func TestRedTeamW6WholeWebDsj(t *testing.T) {
	const file = "rt-w6-whole-web-dsj.md"
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := all[0]
	if got, want := fmt.Sprintf("%s|%d|%s", iss.Title, iss.Year, iss.Published), "青岚市2023年大事记|0|2024-02-20"; got != want {
		t.Errorf("cover %s, want %s", got, want)
	}
	if len(iss.Warnings) != 0 {
		t.Errorf("warnings %s, want none", warningsText(iss.Warnings))
	}
	secs, entries := w1Outline(iss)
	if want := "一月=5; 二月=3; 三月=3; 四月=3; 五月=3; 六月=2; 七月=3; 八月=3; 九月=2; 十月=2; 十一月=2; 十二月=4"; secs != want {
		t.Errorf("sections\n got  %s\n want %s", secs, want)
	}
	if want := "一月||0|2023-01-01|1; 一月||0|2023-01-05|1; 一月||0|2023-01-05|1; 一月||0|2023-01-15..2023-01-17|1; 一月||0|2023-01|1; " +
		"二月||0|2023-02-03|1; 二月||0|2023-02-03|1; 二月||0|2023-02-20|1; 三月||0|2023-03-01|1; 三月||0|2023-03-12|1; 三月||0|2023-03-28..2023-03-30|1; " +
		"四月||0|2023-04-06|1; 四月||0|2023-04-06|1; 四月||0|2023-04-23|1; 五月||0|2023-05-10|1; 五月||0|2023-05-18|1; 五月||0|2023-05|1; " +
		"六月||0|2023-06-08..2023-06-09|1; 六月||0|2023-06-26|1; 七月||0|2023-07-01|1; 七月||0|2023-07|1; 七月||0|2023-07-19|1; " +
		"八月||0|2023-08-01|1; 八月||0|2023-08-15|1; 八月||0|2023-08|1; 九月||0|2023-09-10|1; 九月||0|2023-09-22..2023-09-24|1; 十月||0|2023-10-01|1; 十月||0|2023-10-17|1; " +
		"十一月||0|2023-11-06|1; 十一月||0|2023-11|1; 十二月||0|2023-12-12|1; 十二月||0|2023-12-26|1; 十二月||0|2023-12-31|1; 十二月||0|2023|1"; entries != want {
		t.Errorf("entries\n got  %s\n want %s", entries, want)
	}
	if got, want := w6Furniture(iss), "1:web,7:web,21:image,41:image,113:web,115:web,119:web"; got != want {
		t.Errorf("furniture\n got  %s\n want %s", got, want)
	}
	for _, c := range []struct {
		sec, entry int
		want       string
	}{
		{0, 1, "5日　青岚市第十五届人民代表大会第三次会议开幕。会议听取和审议市人民政府工作报告，选举产生新一届市人民政府领导班子。至8日闭幕。"},
		{3, 1, "同日　市政府与省农业科学院签订战略合作协议。"},
	} {
		if got := iss.Sections[c.sec].Entries[c.entry].Paragraphs[0].Text; got != c.want {
			t.Errorf("an event with a link %q, want %q", got, c.want)
		}
	}
	if got := iss.Sections[11].Entries[0].Paragraphs[0].Text; !strings.HasSuffix(got, "部署2024年经济工作。市委书记在会上讲话，市长对2024年经济工作作具体安排，会议要求全市上下坚持稳中求进工作总基调，12月底前完成年度各项目标任务。") {
		t.Errorf("an event wrapped at 78 characters %q", got)
	}
	if got, want := mastheadText(t, file), "发布时间=2024-02-20|来源=青岚市地方志编纂中心|浏览次数=1023|主办单位=青岚市地方志编纂中心|承办=青岚市大数据中心|地址=青岚市人民路88号|联系电话=0391-2268810"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	text, _, _, _ := decode(readFixture(t, file))
	checkLossless(t, file, text)
}
