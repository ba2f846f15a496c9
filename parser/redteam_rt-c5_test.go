package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// c5Paras is an entry's paragraphs joined by /.
func c5Paras(e model.Entry) string {
	var ps []string
	for _, p := range e.Paragraphs {
		ps = append(ps, p.Text)
	}
	return strings.Join(ps, "/")
}

// c5Masthead is the masthead as key：value joined by |.
func c5Masthead(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"："+f.Value)
	}
	return strings.Join(fs, "|")
}

// TestRedTeamC5Notes holds pandoc's footnotes, whose definitions it
// writes at the very end of the file, after the back cover's masthead
// (testdata/rt-c5-notes-*.md). Each note is a paragraph of the article
// that calls it, labelled as its call is ([1], no caret), its further
// paragraph a paragraph too; the call after a bold title finds its
// article by its line. The masthead above them is the masthead. They had
// been the last article's text, with the masthead's five lines, silently.
func TestRedTeamC5Notes(t *testing.T) {
	c := redTeamCase{"rt-c5-notes-end.md", "宁川史志月报|2023|11||",
		"工作动态|市委常委会召开会议|2023-11-03|3; 工作动态|《宁川年鉴（2023）》出版发行|2023-11-20|2; 方志文化|宁川古城墙||4", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	for _, w := range []struct {
		si, ei int
		want   string
	}{
		{0, 0, "11月3日，市委常委会召开会议，传达学习全国地方志工作会议精神[1]。/会议要求，各级各部门要把地方志工作纳入重要议事日程。/[1] 见习近平《致全国地方志工作会议的贺信》。"},
		{0, 1, "11月20日，《宁川年鉴（2023）》由方志出版社出版发行，全书约150万字。/[2] 本文据市史志办供稿整理。"},
		{1, 0, "宁川古城墙始建于明洪武年间，城墙“高二丈五尺，厚一丈八尺”[3]。/如今，南门一段古城墙已修缮一新。/[3] 见康熙《宁川县志》卷二《城池》。/另见民国《宁川县志》卷三。"},
	} {
		if got := c5Paras(iss.Sections[w.si].Entries[w.ei]); got != w.want {
			t.Errorf("entry %d.%d\n got  %s\n want %s", w.si, w.ei, got, w.want)
		}
	}
	if got, want := c5Masthead(iss), "主办：宁川市地方史志办公室|主编：孙立平|地址：宁川市人民路88号"; got != want {
		t.Errorf("masthead %s, want %s", got, want)
	}
	// Twice in one file: the second issue's notes go to its own articles
	// (its text had been measured from inside the first's notes, once the
	// first issue's parse had emptied their lines).
	all, err := ParseAll([]byte(strings.Repeat(string(readFixture(t, c.file)), 2)))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("%d issues, want 2", len(all))
	}
	if got, want := fmt.Sprint(len(all[1].Sections[0].Entries[0].Paragraphs), len(all[1].Sections[1].Entries[0].Paragraphs)), "3 4"; got != want {
		t.Errorf("the second issue's paragraphs %s, want %s", got, want)
	}
}

// TestRedTeamC5WeChatEndPage: a WeChat article printed to PDF, a page
// break among its end's links and the page's own end (往期推荐 / … /
// — 3 — / 宁州史志月报｜2023年第11期 / 继续滑动看下一个 / …): the page
// numbers and heads are no links of the twelve the end may hold, and the
// whole end is furniture. It had been read as text from 往期推荐 down,
// with a warning that the copy ends mid-sentence.
func TestRedTeamC5WeChatEndPage(t *testing.T) {
	c := redTeamCase{"rt-c5-wechat-end-page.md", "宁州史志月报|2023|11||2023-12-06",
		"【工作动态】|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 【工作动态】|《宁州年鉴（2023）》荣获全省一等奖|2023-11-15|1; 【方志文化】|宁州老城的古井||6", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if got, want := c5Paras(iss.Sections[1].Entries[0]), "文/陈慕白/宁州老城多井。据清乾隆《宁州府志》记载，城内有井七十二口，“民皆汲之”。这些古井大多凿于明清两代，井圈用整块青石凿成。/如今，老城居民早已用上自来水，古井大多已经封存。古井不语，却默默见证着这座城市的沧桑变迁。/来源：宁州市地方史志研究室/编辑：赵文华/审核：周敏"; got != want {
		t.Errorf("古井\n got  %s\n want %s", got, want)
	}
	var lines []string
	for _, f := range iss.Furniture {
		lines = append(lines, fmt.Sprintf("%d:%s", f.Line, f.Kind))
	}
	if got, want := strings.Join(lines, " "), "3:web 25:web 33:web 35:web 37:web 38:web 40:web 42:web 44:web 46:web 48:web 49:web 51:web 53:web 55:web 57:web 58:web 60:web"; got != want {
		t.Errorf("furniture\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamC5Subtitles holds a title's subtitle on a line of its own
// under it (testdata/rt-c5-subtitle-*.md): plain (—— 2023年…调研纪实,
// ——记城关镇…), bold (**——宁川城市记忆之一**) or a heading at the
// title's level (### title / ### ——…), under bold titles, under a
// contents that lists the titles without it, and in a copy with no
// markup. The subtitle is appended to the title, as a bold one was: the
// plain one had been the article's first paragraph, the ### pair two
// sections over an untitled entry, and in the plain copy the subtitle
// the title, the title a section.
func TestRedTeamC5Subtitles(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-c5-subtitle-pandoc.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办开展“方志进校园”活动—— 2023年宁川方志文化宣传调研纪实|2023-11-15..2023-11-17|1; 工作动态|《宁川年鉴（2023）》出版发行——全市首部彩印综合年鉴|2023-11-20|1; 工作动态|城关镇完成镇志初稿——记城关镇志编纂工作||1; 方志文化|宁川古城墙——宁川城市记忆之一||2", ""},
		{"rt-c5-subtitle-toc.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办开展“方志进校园”活动—— 2023年宁川方志文化宣传调研纪实|2023-11-15..2023-11-17|1; 工作动态|《宁川年鉴（2023）》出版发行——全市首部彩印综合年鉴|2023-11-20|1; 工作动态|城关镇完成镇志初稿——记城关镇志编纂工作||1; 方志文化|宁川古城墙——宁川城市记忆之一||2", ""},
		{"rt-c5-subtitle-plain.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办开展“方志进校园”活动——2023年宁川方志文化宣传调研纪实|2023-11-15..2023-11-17|1; 工作动态|城关镇完成镇志初稿——记城关镇志编纂工作|2023-11-20|1; 工作动态|县志办召开志书评审会|2023-11-23|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if c.file != "rt-c5-subtitle-toc.md" || t.Failed() {
				return
			}
			var pages []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					pages = append(pages, fmt.Sprint(e.Page))
				}
			}
			if got, want := strings.Join(pages, " "), "2 3 4 5"; got != want {
				t.Errorf("pages %s, want %s (the contents list the titles without their subtitles)", got, want)
			}
		})
	}
}
