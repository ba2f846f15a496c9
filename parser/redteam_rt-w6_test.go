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
	var web []string
	for _, f := range iss.Furniture {
		if f.Kind == model.WebChrome {
			web = append(web, fmt.Sprint(f.Line))
		}
	}
	if got, want := strings.Join(web, ","), "1,7,17"; got != want {
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
	var heads []string
	for _, f := range iss.Furniture {
		if f.Kind == model.RunningHead {
			heads = append(heads, fmt.Sprint(f.Line))
		}
	}
	if got, want := strings.Join(heads, ","), "16,27,38,48"; got != want {
		t.Errorf("running heads on lines %s, want %s", got, want)
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
