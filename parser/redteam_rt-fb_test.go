package parser

import (
	"strings"
	"testing"
)

// TestRedTeamFBBulletsWrapped: a report whose entries are a docx's
// bulleted paragraphs with no markup (pandoc's plain output, a PDF's
// text), hard-wrapped with no blank lines, each item running its title
// into its dated text: the title cut by the wrap before its date (…精神
// / 3月12日，…: the wrap on the space; …框架 / 协议…举行 3月18日，…: over
// three lines; …工作会议 3 / 月21日，…: inside the date; …举行 3月2 /
// 0日，…: inside its figures), or holding a space of its own (…英国学者
// Kathryn Lowe 一行来访). Each item is an entry, titled and dated, the
// section names read over them, and the list of points inside the first
// entry's text stays its text. Most items had been the text of one entry
// titled with its bullet, silently.
func TestRedTeamFBBulletsWrapped(t *testing.T) {
	checkFBWrapped(t, "rt-fb-bullets-wrapped.md", "3|2024-04-08|4")
}

// TestRedTeamFBBulletsStar: so with * for the marker (a Markdown
// converter's list): the items had been taken for bold titles that were
// none, and the copy one nameless section of untitled entries, silently.
func TestRedTeamFBBulletsStar(t *testing.T) {
	checkFBWrapped(t, "rt-fb-bullets-star.md", "6|2024-07-05|4")
}

// TestRedTeamFBBulletsPandoc: so with an item's lines after the first
// set in under its text, as pandoc's plain output sets them (-   会议甲…
// / 　　点…召开 11月1日，…): most titles had kept their marker, two items
// had been lost in the entry above, a section's name had been an entry.
func TestRedTeamFBBulletsPandoc(t *testing.T) {
	checkFBWrapped(t, "rt-fb-bullets-pandoc.md", "8|2024-09-06|4")
}

// checkFBWrapped checks a copy of rt-fb-bullets-wrapped.md's text, its
// issue's number and date given, and the first entry's paragraphs
// (number|date|paragraphs): the list of points in its text is a
// paragraph a point, each item under an item (they had run into one or
// two paragraphs as their lines' widths said, 上来。*   抓好…, markers
// and all).
func checkFBWrapped(t *testing.T, file, issue string) {
	t.Helper()
	f := strings.Split(issue, "|")
	iss := checkRedTeam(t, redTeamCase{file, "青岚月报|2024|" + f[0] + "|青岚县地方史志办公室|" + f[1],
		"时政要闻|县委常委会召开会议传达学习全国两会精神|2024-03-12|" + f[2] + "; " +
			"时政要闻|全县优化营商环境推进大会召开|2024-03-15|1; " +
			"时政要闻|县人大常委会第十六次会议举行|2024-03-20|1; " +
			"时政要闻|县政府与青岚职业技术学院签订校地合作框架协议、共建产业学院暨实训基地项目集中签约仪式举行|2024-03-18|1; " +
			"工作动态|县志办召开二〇二四年全县地方志工作会议|2024-03-21|1; " +
			"工作动态|县志办接待英国学者 Kathryn Lowe 一行来访|2024-03-26|1", ""})
	if len(iss.Sections) < 1 || len(iss.Sections[0].Entries) < 3 {
		return
	}
	e := iss.Sections[0].Entries[2]
	if got, want := e.Paragraphs[0].Text, "3月20日，县人大常委会第十六次会议举行，审议通过了有关决定。"; got != want {
		t.Errorf("%s: paragraph %q, want %q", file, got, want)
	}
	var points string
	ps := iss.Sections[0].Entries[0].Paragraphs
	for i := 1; i < len(ps); i++ {
		points += ps[i].Text
	}
	if !strings.Contains(points, "提高政治站位") || !strings.Contains(points, "狠抓工作落实") {
		t.Errorf("%s: the list of points is not the first entry's text: %v", file, ps)
	}
}

// TestRedTeamFBBulletsUndated: among such items, one that runs its title
// into no date (…活动 近日，…) begins an entry all the same, untitled,
// with a warning on its line; it had been run into the entry above, and
// the whole column one untitled entry, silently.
func TestRedTeamFBBulletsUndated(t *testing.T) {
	checkFBUndated(t, "rt-fb-bullets-undated.md", "4|2024-05-06")
}

// TestRedTeamFBBulletsDot: so with • for the marker, as a PDF's text
// gives a docx's bullets.
func TestRedTeamFBBulletsDot(t *testing.T) { checkFBUndated(t, "rt-fb-bullets-dot.md", "7|2024-08-05") }

func checkFBUndated(t *testing.T, file, issue string) {
	t.Helper()
	number, date, _ := strings.Cut(issue, "|")
	iss := checkRedTeam(t, redTeamCase{file, "青岚月报|2024|" + number + "|青岚县地方史志办公室|" + date,
		"工作动态|县志办召开二〇二四年全县地方志工作会议|2024-04-02|1; " +
			"工作动态|《青岚年鉴（2024）》编纂工作启动|2024-04-09|1; " +
			"工作动态|||1; " +
			"工作动态|县志办完成二轮县志续修初稿|2024-04-25|1", "15"})
	if len(iss.Sections) < 1 || len(iss.Sections[0].Entries) < 3 {
		return
	}
	if got := iss.Sections[0].Entries[2].Paragraphs[0].Text; !strings.HasPrefix(got, "县志办开展“方志进校园”活动 近日，") {
		t.Errorf("%s: the undated item's text %q", file, got)
	}
}

// TestRedTeamFBDunhaoTitle: in a copy with no markup and no contents,
// hard-wrapped, paragraphs set in, a plain title as wide as the wrap
// that holds a 、 (县长何建平调研春耕生产、水利设施和交通项目建设) over its
// set-in dated text is a title, as one without is: it had been the last
// line of the entry above, its text that entry's second paragraph,
// silently (the non-bulleted titles of the bulleted copy at 44 cells).
func TestRedTeamFBDunhaoTitle(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-fb-dunhao-title.md", "青岚月报|2024|5|青岚县地方史志办公室|2024-06-03",
		"领导活动|周立新到青岚经济开发区调研|2024-05-06|1; " +
			"领导活动|县长何建平调研春耕生产、水利设施和交通项目建设|2024-05-09|1; " +
			"领导活动|何建平主持召开县政府常务会议|2024-05-13|1", ""})
}

// TestRedTeamFBStagePoints: among bulleted entries, an article's list of
// stages after the line that announces it (…分三个阶段推进： / -   动员部署
// 阶段 2月5日至2月20日，…) runs short names into dates too: the stages
// stay the article's text, not entries of their own.
func TestRedTeamFBStagePoints(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-fb-stage-points.md", "青岚月报|2024|2|青岚县地方史志办公室|2024-03-04",
		"工作动态|县志办召开二〇二四年全县地方志工作会议|2024-02-02|3; " +
			"工作动态|《青岚年鉴（2024）》编纂工作启动|2024-02-09|1; " +
			"工作动态|县志办完成二轮县志续修初稿|2024-02-25|1", ""})
	if len(iss.Sections) == 1 && len(iss.Sections[0].Entries) == 3 {
		var text string
		for _, p := range iss.Sections[0].Entries[0].Paragraphs {
			text += p.Text
		}
		for _, stage := range []string{"动员部署阶段 2月5日", "组织实施阶段 2月21日", "总结验收阶段 11月1日"} {
			if !strings.Contains(text, stage) {
				t.Errorf("stage %q is not the first entry's text: %q", stage, text)
			}
		}
	}
}

// TestRedTeamFBBulletsTOC: such items where a table of contents lists
// their titles (…部署第三季 / 度工作 9月2日，…): each an entry, titled as
// listed, on its page; the column had been one untitled entry, each
// title warned of as missing from the body.
func TestRedTeamFBBulletsTOC(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-fb-bullets-toc.md", "青岚月报|2024|9|青岚县地方史志办公室|2024-10-08",
		"工作动态|县志办召开全县地方志工作会议部署第三季度工作|2024-09-02|1; " +
			"工作动态|《青岚年鉴（2024）》编纂工作启动|2024-09-09|1; " +
			"工作动态|县志办完成二轮县志续修初稿|2024-09-25|1", ""})
	if len(iss.Sections) == 1 && len(iss.Sections[0].Entries) == 3 {
		if p := iss.Sections[0].Entries[2].Page; p != 2 {
			t.Errorf("the last entry's page is %d, want 2", p)
		}
	}
}
