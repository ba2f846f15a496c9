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
	// Notes set among the articles: one under the article that calls it,
	// in its place; two above the back cover's masthead, under the last
	// article, one of which another article calls. Each is labelled [N],
	// and that one goes to its article (they had kept their carets, and
	// [^2] had been the last article's text).
	inline := checkRedTeam(t, redTeamCase{"rt-c5-notes-inline.md", "宁川史志月报|2023|11||",
		"工作动态|市委常委会召开会议|2023-11-03|3; 工作动态|《宁川年鉴（2023）》出版发行|2023-11-20|2; 方志文化|宁川古城墙||2", ""})
	if !t.Failed() {
		var all []string
		for _, s := range inline.Sections {
			for _, e := range s.Entries {
				all = append(all, c5Paras(e))
			}
		}
		if got, want := strings.Join(all, "//"), "11月3日，市委常委会召开会议，传达学习全国地方志工作会议精神[1]。/[1] 见习近平《致全国地方志工作会议的贺信》。/会议要求，各级各部门要把地方志工作纳入重要议事日程。//11月20日，《宁川年鉴（2023）》由方志出版社出版发行，全书约150万字[2]。/[2] 含图片420余幅。//宁川古城墙始建于明洪武年间，城墙“高二丈五尺，厚一丈八尺”[3]。/[3] 见康熙《宁川县志》卷二《城池》。"; got != want {
			t.Errorf("notes among the articles\n got  %s\n want %s", got, want)
		}
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
		// Set tight, no blank line under the subtitle (a copy saved as
		// text), and after a title's hard break (**title**\ / ——…, as
		// pandoc writes Word's line break): the subtitle had been the
		// start of the text's first paragraph (——记…今年以来，…).
		{"rt-c5-subtitle-tight.md", "宁川史志月报|2023|11||",
			"工作动态|第三轮修志试点工作扎实推进——记宁川县第三轮修志试点工作||1; 工作动态|城关镇完成镇志初稿——记城关镇志编纂工作||1", ""},
		{"rt-c5-subtitle-break.md", "宁川史志月报|2023|11||",
			"工作动态|第三轮修志试点工作扎实推进——记宁川县第三轮修志试点工作||1; 工作动态|城关镇完成镇志初稿——记城关镇志编纂工作||1", ""},
		// Levels mixed (# columns, bold titles, a ### title over a plain
		// subtitle, a ## essay's title with a note's call over its plain
		// subtitle): the ## heading and its subtitle are the essay's title
		// in the column above, its note under it (it had been a section
		// named 论…[^1] of one untitled entry, the note under 城关镇's).
		{"rt-c5-subtitle-levels.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办召开会议|2023-11-03|1; 工作动态|《宁川年鉴（2023）》出版发行——全市首部彩印综合年鉴|2023-11-20|1; 工作动态|城关镇完成镇志初稿||1; 工作动态|论新时代年鉴的资政功能[1]——以《宁川年鉴》为例||2", ""},
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

// TestRedTeamC5PlaceItems holds a column of county news whose items each
// lead with their place, over undated text (testdata/rt-c5-place-*.md):
// 白马区：…, **清河县** …, 【石桥镇】…, 云台县：…. Each is an item of its
// own: untitled, its text as printed (the reader lists it by its first
// characters, the place first), as a place-led item with a date
// (东城区：11月6日，…) already was; the bold one keeps its bold title. A
// paragraph that leads with no place stays in the item above (白马区's
// second), and so do the places under an event that leads with none (…
// 通报了各乡镇进展： / 城关镇：已完成…: its points). 【城关街道】11月20日，…
// is dated, as 城关街道：11月20日，… is, and its date is not the bold item
// above's. In a chronicle the places under a day (11月1日　白马区：… /
// 清河县：…) are events of that day. They had run into the item above,
// silently: 清河县 held 石桥镇 and 云台县, 梅岭区 城关街道 (and its date).
func TestRedTeamC5PlaceItems(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-c5-place-items.md", "宁川史志月报|2023|11||",
			"工作动态|全县地方志工作推进会召开|2023-11-15|3; 县区动态|||2; 县区动态|清河县||1; 县区动态|||1; 县区动态|||1; 县区动态|梅岭区||1; 县区动态||2023-11-20|1", ""},
		// A copy saved as text, no markup, no blank line: the column's
		// name over its place-led items is a section's (it had been one
		// article titled 县区动态, the items its paragraphs).
		{"rt-c5-place-plain.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办召开会议|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 县区动态|||1; 县区动态|||1; 县区动态|||1", ""},
		// The places behind a list's marker (-   白马区：…, 1.  云台县：…,
		// pandoc's bulleted and numbered paragraphs), in bold with the
		// colon (**清河县：**…, under **白马区：**11月6日，…, a bold title
		// before its date), and set off by an ideographic space (石桥镇
		// 镇党委…): each an item (they had been two items of four
		// paragraphs).
		{"rt-c5-place-marked.md", "宁川史志月报|2023|11||",
			"工作动态|市史志办召开会议|2023-11-03|1; 县区动态|||1; 县区动态|||1; 县区动态|||1; 县区动态|||1; 县区动态|白马区：|2023-11-06|1; 县区动态|||1; 县区动态|||1; 县区动态|||1", ""},
		// A briefing saved as text, its county items titled by their place
		// before a colon over their text: the one over undated text
		// (白马区：《白马年鉴（2024）》进入编辑阶段 / 截至5月底，…) is an
		// item titled so (it had been two paragraphs of the item above).
		{"rt-c5-place-titles.md", "宁川史志工作简报|2024|6||",
			"工作动态|市史志办召开第三轮修志工作推进会|2024-06-03|1; 县区传真|梅岭区：区志资料长编通过初审|2024-05-22|1; 县区传真|云台县：举办第二期修志业务培训班|2024-06-05..2024-06-07|1; 县区传真|白马区：《白马年鉴（2024）》进入编辑阶段||1; 县区传真|南溪县完成乡镇志编纂规划|2024-06-10|1", ""},
		// 全县：…, 农村：…: a point's subject, no place's name: they stay in
		// the item above.
		{"rt-c5-place-subjects.md", "宁川史志月报|2023|11||",
			"县区动态|||3; 县区动态|||1", ""},
		// The days as headings (### 11月1日), the first event under one
		// dated again (11月8日，石桥镇：…): the places after it are that
		// day's events (云台县's had been the 8th's second paragraph).
		{"rt-c5-place-day-heads.md", "宁川县2023年11月大事记|0|0||",
			"|11月1日|2023-11-01|1; ||2023-11-01|1; |11月8日|2023-11-08|1; ||2023-11-08|1", ""},
		{"rt-c5-place-chronicle.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-01|1; ||2023-11-01|1; ||2023-11-08|1; ||2023-11-08|1; ||2023-11-15|3", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var firsts []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					firsts = append(firsts, string([]rune(e.Paragraphs[0].Text)[:5]))
				}
			}
			want := map[string]string{
				"rt-c5-place-items.md":     "11月15|白马区：区|县史志办编|【石桥镇】|云台县：县|区委党史研|【城关街道",
				"rt-c5-place-chronicle.md": "11月1日|清河县：县|11月8日|云台县：县|11月15",
				"rt-c5-place-plain.md":     "11月3日|11月10|白马区：区|清河县：县|石桥镇：镇",
				"rt-c5-place-subjects.md":  "白马区：区|清河县：县",
				"rt-c5-place-day-heads.md": "白马区：区|清河县：县|11月8日|云台县：县",
				"rt-c5-place-titles.md":    "6月3日，|5月22日|6月5日至|截至5月底|6月10日",
				"rt-c5-place-marked.md":    "11月3日|-   白|-   清|1.  云|2.  梅|11月6日|清河县：县|石桥镇　镇|南关镇　南",
			}[c.file]
			if got := strings.Join(firsts, "|"); got != want {
				t.Errorf("items' first characters\n got  %s\n want %s", got, want)
			}
		})
	}
}

// TestRedTeamC5WholePandoc is the acceptance test of a whole 月报 as
// pandoc gives the office's .docx (testdata/rt-c5-whole-pandoc.md), its
// outline checked by hand: an editors' note in a block quote, bold titles
// under # columns, subtitles plain, bold and as ### pairs, a grid table,
// a - list, an underlined span, an escaped star, a hard break, a picture
// and its caption, a column of county news led by places (白马区：…,
// **清河县** …, 【石桥镇】…), a 大事记 of bold days over place-led events,
// essays with bylines and a WeChat article's end lines, the back cover's
// masthead, and pandoc's footnotes after it, at the very end. At the
// start the notes were the last essay's text with the masthead's five
// lines, the subtitles a paragraph or two sections, and the places ran
// into the item above; check said nothing.
func TestRedTeamWholePandocC5(t *testing.T) {
	c := redTeamCase{"rt-c5-whole-pandoc.md", "宁川史志月报|2023|11|宁川市地方史志办公室|2023-12-06",
		"|编者按|2023-11|1; 时政要闻|市委常委会召开会议传达学习全国地方志工作会议精神|2023-11-03|4; 时政要闻|市政府召开常务会议|2023-11-10|2; 领导活动|李志强到市史志办调研|2023-11-14|3; 工作动态|第三轮修志试点工作扎实推进——记宁川县第三轮修志试点工作||4; 工作动态|市史志办开展“方志进校园”活动—— 2023年宁川方志文化宣传调研纪实|2023-11-15..2023-11-17|2; 工作动态|《宁川年鉴（2023）》出版发行——全市首部彩印综合年鉴|2023-11-20|2; 工作动态|全市史志系统2023年度重点工作进展情况|2023-11-30|11; 县区动态|||1; 县区动态|清河县||1; 县区动态|||1; 县区动态|||1; 县区动态|梅岭区||1; 大事记|11月1日|2023-11-01|1; 大事记||2023-11-01|1; 大事记|11月8日|2023-11-08|1; 大事记||2023-11-21|1; 大事记|11月28日|2023-11-28|1; 大事记||2023-11-28|1; 方志文化|宁川古城墙——宁川城市记忆之一||5; 方志文化|老街记忆||8", ""}
	iss := checkRedTeam(t, c)
	if t.Failed() {
		return
	}
	if iss.Total != 203 {
		t.Errorf("total %d, want 203", iss.Total)
	}
	if got, want := c5Masthead(iss), "主管：宁川市人民政府|主办：宁川市地方史志办公室|主编：孙立平|地址：宁川市人民路88号|电话：0795-8888666"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	entry := func(si, ei int) model.Entry { return iss.Sections[si].Entries[ei] }
	for _, w := range []struct {
		si, ei int
		want   string
	}{
		{1, 0, "11月3日，市委常委会召开会议，传达学习全国地方志工作会议精神，研究部署我市贯彻落实意见。市委书记王建国主持会议并讲话。/会议指出，地方志是中华民族特有的文化传统[1]，要坚持“修志问道，以启未来”，以高度的文化自觉推进新时代地方志事业高质量发展。/会议要求，各级各部门要把地方志工作纳入重要议事日程，在机构、编制、经费等方面给予保障，确保第三轮修志工作顺利推进。/[1] 见习近平《致全国地方志工作会议的贺信》。"},
		{3, 0, "今年以来，宁川县把第三轮修志试点作为文化强县的重要抓手，坚持高起点谋划、高标准推进、高质量编纂。/截至11月底，县志编纂已完成资料征集1600余万字，形成资料长编420万字，初稿完成率达到65%[2]。/县史志办主任周敏介绍，试点工作形成了“统一篇目、分级负责、专家把关”的工作机制，为全市面上推开积累了经验。/[2] 数据截至2023年11月30日。"},
		{4, 2, "【石桥镇】镇党委组织编纂的《石桥镇志》通过评审。评审专家认为，该志体例规范、资料翔实、特色鲜明，具有较高的存史价值。"},
		{5, 1, "清河县：县政府召开专题会议，研究方志馆建设选址问题。"},
		{6, 1, "王晓燕/老街是宁川城里最有烟火气的地方。青石板路两旁，是一家挨着一家的老字号：卖糕点的“福记”，打铁的“张记”，还有开了百年的“同仁堂”药铺[4]。/小时候，每逢赶集，我都要跟着奶奶去老街。奶奶总会在“福记”买上二两桂花糕，用油纸包好，一路上舍不得吃。/如今，老街经过改造，老字号大多搬走了，但那一份烟火气，仍留在老宁川人的记忆里。/来源：宁川市地方史志办公室/编辑：赵文华/审核：周敏/[4] 此处“同仁堂”为宁川本地药铺，与北京同仁堂无关。"},
	} {
		if got := c5Paras(entry(w.si, w.ei)); got != w.want {
			t.Errorf("entry %d.%d\n got  %s\n want %s", w.si, w.ei, got, w.want)
		}
	}
	if got, want := entry(3, 3).Paragraphs[1].Text, "| 县（市、区） | 志书编纂     | 年鉴编纂     |"; got != want {
		t.Errorf("the table's header %q, want %q", got, want)
	}
}
