package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamWebWordForms holds the forms that the whole web, WeChat and
// Word copies of a monthly report (testdata/rt-w3-whole-*.md) were read
// wrong by, each in a copy of its own (testdata/rt-w3-*.md).
func TestRedTeamWebWordForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// A briefing's items bulleted in bold (**●**11月2日，…, **■** 11月24日，…)
		// under their heading: paragraphs of 11月全市史志工作简讯, as ●11月2日，…
		// is (each had been an entry titled ●, the heading an empty entry).
		{"rt-w3-bold-bullets.md", "宁州史志月报|2023|11||",
			"【史志资讯】|全省地方志系统业务培训班举办|2023-11-13..2023-11-17|1; 【史志资讯】|11月全市史志工作简讯||3; 【方志文化】|宁州老城的古井||1", ""},
		// A byline in bold under an article's heading (**文/陈慕白**,
		// **陈慕白/文**, **本刊记者 吴思远**): the article's paragraph (each had
		// been an entry titled by the byline, the article's title an empty
		// entry above it).
		{"rt-w3-bold-byline.md", "宁州史志月报|2023|11||",
			"【工作动态】|市史志研究室开展“史志进机关”主题宣讲活动|2023-11-21..2023-11-23|2; 【方志文化】|宁州老城的古井||3; 【方志文化】|梅岭访碑记||2", ""},
		// A county's name over its article's title, each a heading
		// (### 清河县： / ### 村志编纂助力乡村振兴): one title (the county had been
		// an empty entry).
		{"rt-w3-colon-kicker.md", "宁州史志月报|2023|11||",
			"【县区传真】|清河县：村志编纂助力乡村振兴|2023-11-09|1; 【县区传真】|梅岭区:区志资料长编完成|2023-11-16|1; 【县区传真】|云台县举办地方志知识竞赛|2023-11-28|1", ""},
		// A lead-in of two phrases over an entry's heading in a copy
		// with no contents (凝心聚力谋发展 砥砺奋进新征程 / ### 市史志研究室召开…):
		// it heads the title (it had been the last paragraph of the article
		// above); a byline at an article's end (文/郑小雨) stays its text.
		{"rt-w3-kicker-no-toc.md", "宁州史志月报|2023|11||",
			"【工作动态】|市史志研究室开展主题宣讲活动|2023-11-21|1; 【工作动态】|凝心聚力谋发展 砥砺奋进新征程 市史志研究室召开2023年度述职评议会|2023-11-30|1; 【工作动态】|梅岭区完成区志资料长编|2023-11-16|2; 【工作动态】|云台县举办地方志知识竞赛|2023-11-28|1", ""},
		// A box under an article's text, its label bold (**【相关链接】**,
		// **延伸阅读**): the article's paragraphs, as the plain 【相关链接】 is
		// (each had been an article of its own titled by the label).
		{"rt-w3-bold-link-box.md", "宁州史志月报|2023|11||",
			"【工作动态】|市史志研究室召开2023年度述职评议会|2023-11-30|3; 【工作动态】|梅岭区完成区志资料长编|2023-11-16|3; 【工作动态】|云台县举办地方志知识竞赛|2023-11-28|1", ""},
		// 【字体：大 中 小】 with the other buttons on one line, its sizes
		// links (【字体：[大](#) …】 【[打印本页](#)】 …): the page's chrome (it had
		// been an untitled entry, warned).
		{"rt-w3-web-buttons.md", "宁州史志月报|2023|11||2023-12-06",
			"【工作动态】|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 【工作动态】|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// pandoc's multiline table (a border of one run of dashes, rows
		// apart at blank lines, a cell wrapped over two lines) and its caption
		// (  : …): a row to a paragraph, the cell's lines joined, the caption
		// a paragraph of its own (the first row had been read with the header
		// alone, the rest and the caption run into the text under them).
		{"rt-w3-pandoc-multiline-table.md", "宁州史志月报|2023|11||",
			"县区传真|清河县村志编纂工作取得新进展|2023-11-09|7; 县区传真|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// A masthead on the back cover ending with a notice (（内部资料　免费交流）):
		// the masthead's (its fields had been the last entry's text).
		{"rt-w3-back-masthead-notice.md", "宁州史志月报|2023|11|宁州市地方史志研究室|",
			"工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 工作动态|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// Bold points in an article (**一、年鉴资政功能的内涵**) under # and
		// ## headings the contents list: the article's paragraphs (they had made
		// the ## headings sections and each point an entry, warned as not in the
		// contents)...
		{"rt-w3-pandoc-bold-points.md", "宁州史志月报|2023|11||",
			"工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 专题研究|论新时代年鉴的资政功能||7", ""},
		// ... and with no contents, the points over undated prose (the
		// same, silently).
		{"rt-w3-pandoc-bold-points-notoc.md", "宁州史志月报|2023|11||",
			"工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 专题研究|论新时代年鉴的资政功能||7", ""},
		// A WeChat article copied as text: columns in brackets over plain
		// titles with a byline (文/赵文华 图/钱晓东), a county before a colon, bulleted
		// items, an essay; the title before a full-width bar, the post's date
		// the issue's. The four columns had made it a yearbook, each column a
		// 条目 holding its articles as text (warned), the title 宁州史志月报｜.
		{"rt-w3-wechat-columns.md", "宁州史志月报|2023|11||2023-12-06",
			"【工作动态】|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|2; 【县区传真】|清河县：村志编纂助力乡村振兴|2023-11-09|2; 【史志资讯】|11月全市史志工作简讯||2; 【方志文化】|宁州老城的古井||2", ""},
		// A lead-in (引题) over a plain title under a bracketed column:
		// it heads the title (it had been a section, the column the text
		// before it, warned; the second lead-in a section, silently).
		{"rt-w3-wechat-kicker.md", "宁州史志月报|2023|11||",
			"【工作动态】|确保明年底前完成试点县志初稿 市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 【工作动态】|连续三年获此殊荣 《宁州年鉴（2023）》荣获全省一等奖|2023-11-15|1; 【县区传真】|梅岭区完成《梅岭区志》资料长编|2023-11-16|1", ""},
		// Pictures set side by side over their captions in a docx's table,
		// as pandoc writes it (a multiline table whose header is the
		// pictures): the captions a row (they had been a paragraph of
		// their cells and the wide gap between, the borders rules).
		{"rt-w3-pandoc-picture-table.md", "宁州史志月报|2023|11||",
			"工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|3; 工作动态|梅岭区完成区志资料长编|2023-11-16|1", ""},
		// WeChat's credits with a bar for the colon (文丨赵文华 图丨钱晓东,
		// 来源 | 梅岭区史志办, 编辑丨赵文华 / 审核丨周敏 at the end): bylines,
		// paragraphs of the article (each had been an article's title, the
		// title over it a section; the end warned as cut off).
		{"rt-w3-wechat-bar-credits.md", "宁州史志月报|2023|11||2023-12-06",
			"【工作动态】|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|4; 【县区传真】|清河县村志编纂助力乡村振兴|2023-11-09|1; 【县区传真】|梅岭区完成《梅岭区志》资料长编|2023-11-16|4", ""},
		// A WeChat article's buttons and counts under its text (阅读 1268,
		// 分享 收藏 点赞 在看, 写留言, 留言, 暂无留言): its chrome (they had been
		// one paragraph of the last entry, warned as cut off), and the post's
		// date in words (2023年12月06日 17:30) the issue's.
		{"rt-w3-wechat-end-buttons.md", "宁州史志月报|2023|11||2023-12-06",
			"工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|1; 工作动态|《宁州年鉴（2023）》荣获全省一等奖|2023-11-15|1; 县区传真|梅岭区完成《梅岭区志》资料长编|2023-11-16|1; 县区传真|云台县举办地方志知识竞赛|2023-11-28|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			switch c.file {
			case "rt-w3-pandoc-multiline-table.md":
				got := w3Paras(iss.Sections[0].Entries[0])
				want := "11月9日，清河县召开村志编纂工作现场会，交流村志编纂经验。截至目前，各县区村志编纂情况如下。|" +
					"| 县区 | 村志数（部） | 内容 ||" +
					"| 清河县 | 12 | 《桃源村志》《石门村志》等，已全部出版发行 ||" +
					"| 梅岭区 | 5 | 《东湖村志》等 ||" +
					"| 云台县 | 3 | 《白马村志》等，进入审稿阶段 ||" +
					"各县区村志编纂情况|" +
					"县史志办负责人介绍，村志编纂坚持“一村一志、一村一品”，为乡村振兴提供历史借鉴。"
				if got != want {
					t.Errorf("paragraphs\n got  %s\n want %s", got, want)
				}
			case "rt-w3-pandoc-picture-table.md":
				if got, want := iss.Sections[0].Entries[0].Paragraphs[1].Text, "| 推进会现场 | 与会人员合影 |"; got != want {
					t.Errorf("captions %q, want %q", got, want)
				}
			case "rt-w3-back-masthead-notice.md":
				if got, want := w3Masthead(iss), "主管：宁州市人民政府|主办：宁州市地方史志研究室|主编：孙立平|电话：0791-8888666|（内部资料　免费交流）"; got != want {
					t.Errorf("masthead\n got  %s\n want %s", got, want)
				}
			case "rt-w3-bold-link-box.md":
				if got, want := w3Paras(iss.Sections[0].Entries[0]), "11月30日，市史志研究室召开2023年度述职评议会，各科室负责人逐一述职。|【相关链接】|第三轮修志工作自2022年起在全省启动，要求2030年前基本完成志书编纂任务。"; got != want {
					t.Errorf("paragraphs\n got  %s\n want %s", got, want)
				}
			case "rt-w3-bold-bullets.md":
				if got := iss.Sections[0].Entries[1].Paragraphs[2].Text; got != "■ 11月24日，市史志研究室与宁州学院签订地方文献共建协议。" {
					t.Errorf("third item %q", got)
				}
			}
		})
	}
}

// w3Paras is e's paragraphs joined by |.
func w3Paras(e model.Entry) string {
	var ps []string
	for _, p := range e.Paragraphs {
		ps = append(ps, p.Text)
	}
	return strings.Join(ps, "|")
}

// w3Masthead is iss's masthead as key：value (a notice its value
// alone), joined by |.
func w3Masthead(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Masthead {
		if f.Key == "" {
			fs = append(fs, f.Value)
		} else {
			fs = append(fs, f.Key+"："+f.Value)
		}
	}
	return strings.Join(fs, "|")
}

// TestRedTeamWholeWebWord is the acceptance test of three whole copies
// of one monthly report (testdata/rt-w3-whole-*.md), each outline checked
// by hand: the web page's (html2text: the site's menu, breadcrumb,
// 来源/发布时间 line, buttons, pictures, 阅读原文, share and next/previous
// links, footer; columns 【工作动态】… as ## over ### articles with
// sub-headlines, bylines, datelines, a county's lead-in heading, a lead-in
// paragraph, a link box, a table, bulleted news in brief, essays), the
// WeChat article's copied as text (no Markdown: bracketed columns over
// plain titles, lead-ins, bylines, captions, the account's header and
// end) and the Word edition's through pandoc (a linked contents with tab
// and page, # sections and ## entries, an editors' note, pictures with
// captions, a multiline table with its caption, footnotes, a run-in point
// list and bold points, a back-cover masthead). Every entry, date,
// paragraph count and warning is asserted; what they still read wrong is
// in the report of branch rw3 (a plain ——副题 line had been a paragraph,
// not the title's: it is the title's since rc5; 11月全市史志工作简讯 has no date; the WeChat copy's 编辑/审核
// lines stay its last entry's, as a briefing's do).
func TestRedTeamWholeWebWord(t *testing.T) {
	for _, c := range []redTeamCase{
		{"rt-w3-whole-web.md", "宁州史志月报|2023|11||2023-12-06",
			"|||1; 【工作动态】|市史志研究室召开第三轮修志试点工作推进会——确保明年底前完成试点县志初稿|2023-11-07|5; 【工作动态】|《宁州年鉴（2023）》荣获全省年鉴编校质量评比一等奖|2023-11-15|2; 【工作动态】|市史志研究室开展“史志进机关”主题宣讲活动|2023-11-21..2023-11-23|2; 【工作动态】|凝心聚力谋发展 砥砺奋进新征程 市史志研究室召开2023年度述职评议会——全面总结一年来史志工作成效|2023-11-30|4; 【县区传真】|清河县：村志编纂助力乡村振兴|2023-11-09|3; 【县区传真】|梅岭区完成《梅岭区志》资料长编|2023-11-16|1; 【县区传真】|云台县举办地方志知识竞赛|2023-11-28|7; 【史志资讯】|全省地方志系统2023年度业务培训班在省城举办|2023-11-13..2023-11-17|1; 【史志资讯】|《宁州市志（2011—2020）》篇目通过省级评审|2023-11-20|3; 【史志资讯】|11月全市史志工作简讯||3; 【方志文化】|宁州老城的古井||5; 【方志文化】|清河古渡||4", ""},
		{"rt-w3-whole-wechat.md", "宁州史志月报|2023|11||2023-12-06",
			"|编者按|2023-11|1; 【工作动态】|确保明年底前完成试点县志初稿 市史志研究室召开第三轮修志试点工作推进会|2023-11-07|5; 【工作动态】|连续三年获此殊荣 《宁州年鉴（2023）》荣获全省一等奖|2023-11-15|2; 【工作动态】|市史志研究室部署2024年度年鉴编纂工作|2023-11-22|3; 【县区传真】|清河县：村志编纂助力乡村振兴|2023-11-09|3; 【县区传真】|梅岭区完成《梅岭区志》资料长编|2023-11-16|2; 【县区传真】|云台县举办地方志知识竞赛|2023-11-28|2; 【史志资讯】|全省地方志系统业务培训班举办|2023-11-13..2023-11-17|1; 【史志资讯】|11月全市史志工作简讯||3; 【方志文化】|宁州老城的古井||8", ""},
		{"rt-w3-whole-word.md", "宁州史志月报|2023|11|宁州市地方史志研究室|2023-12-05",
			"|编者按||1; 工作动态|市史志研究室召开第三轮修志试点工作推进会|2023-11-07|4; 工作动态|《宁州年鉴（2023）》荣获全省一等奖|2023-11-15|7; 工作动态|市史志研究室部署2024年度年鉴编纂工作|2023-11-22|8; 县区传真|清河县村志编纂工作取得新进展|2023-11-09|3; 县区传真|梅岭区完成区志资料长编|2023-11-16|2; 史志资讯|全省地方志系统业务培训班举办|2023-11-13..2023-11-17|2; 专题研究|论新时代年鉴的资政功能——以《宁州年鉴》为例||11; 方志文化|宁州老城的古井||6; 方志文化|清河古渡||4", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			var kinds []string
			for _, f := range iss.Furniture {
				kinds = append(kinds, fmt.Sprintf("%d:%s", f.Line, f.Kind))
			}
			furniture := strings.Join(kinds, " ")
			entry := func(si, ei int) model.Entry { return iss.Sections[si].Entries[ei] }
			switch c.file {
			case "rt-w3-whole-web.md":
				if want := "1:web 3:web 9:web 11:image 29:image 82:markup 101:image 140:web 142:web 150:web 152:web 156:web"; furniture != want {
					t.Errorf("furniture\n got  %s\n want %s", furniture, want)
				}
				if got, want := w3Paras(entry(1, 3)), "11月30日，市史志研究室召开2023年度述职评议会，各科室负责人逐一述职，与会人员进行民主测评。|会议认为，一年来，全室上下围绕中心、服务大局，各项工作取得新成效：完成《宁州年鉴（2023）》编纂出版，启动第三轮修志试点，编印地情资料4种，开展史志宣讲12场。|【相关链接】|第三轮修志工作自2022年起在全省启动，要求2030年前基本完成市县两级志书编纂任务。"; got != want {
					t.Errorf("述职评议会\n got  %s\n want %s", got, want)
				}
				if got, want := w3Paras(entry(2, 2)), "本报讯 11月28日，云台县举办“方志云台 知我家乡”地方志知识竞赛，全县18个乡镇（街道）代表队参赛。竞赛分必答题、抢答题、风险题三个环节，经过激烈角逐，城关镇代表队获得一等奖，南溪镇、白马镇代表队获得二等奖。|竞赛获奖名单如下：|| 奖项 | 获奖单位 ||| 一等奖 | 城关镇代表队 ||| 二等奖 | 南溪镇代表队、白马镇代表队 ||| 三等奖 | 东岗乡代表队、西塘镇代表队、北山乡代表队 ||（云台县史志办 供稿）"; got != want {
					t.Errorf("知识竞赛\n got  %s\n want %s", got, want)
				}
				if got, want := w3Paras(entry(3, 2)), "●11月2日，市史志研究室党支部开展主题党日活动，组织党员参观宁州市革命历史纪念馆。|●11月10日，《宁州地情手册（2023）》印发，全书约12万字。|●11月24日，市史志研究室与宁州学院签订地方文献共建协议。"; got != want {
					t.Errorf("简讯\n got  %s\n want %s", got, want)
				}
				if got, want := w3Masthead(iss), "来源：宁州市地方史志研究室|作者：市史志研究室|发布时间：2023-12-06 09:30|浏览次数：1268|责任编辑：赵文华|审核：周敏|校对：钱晓东|主办单位：宁州市地方史志研究室|地址：宁州市人民路88号|邮编：330100"; got != want {
					t.Errorf("masthead\n got  %s\n want %s", got, want)
				}
				if got := entry(4, 0).Paragraphs[0].Text; got != "文/陈慕白" {
					t.Errorf("the essay's first paragraph %q, want its byline", got)
				}
			case "rt-w3-whole-wechat.md":
				if want := "3:web 5:web 7:image 27:image 97:web 105:web 107:web 109:web 111:web 113:web 115:web 117:web 119:web 121:web"; furniture != want {
					t.Errorf("furniture\n got  %s\n want %s", furniture, want)
				}
				if got, want := w3Paras(entry(1, 0)), "文/赵文华 图/钱晓东|11月7日，市史志研究室召开第三轮修志试点工作推进会，听取清河县、梅岭区两个试点单位工作进展情况汇报，研究部署下一阶段重点任务。市史志研究室主任孙立平出席会议并讲话，副主任周敏主持会议。|会议指出，第三轮修志是一项承前启后的文化工程，试点工作关系全市修志工作全局。两个试点单位自今年3月启动以来，组建了编纂机构，制定了篇目大纲，完成了资料征集的大部分任务，为全面铺开积累了经验。|会议要求，一要压实责任，确保人员、经费、资料“三到位”；二要严把质量，做到资料翔实、数据准确；三要加快进度，确保2024年底前完成试点县志初稿。|▲图为推进会现场"; got != want {
					t.Errorf("推进会\n got  %s\n want %s", got, want)
				}
			case "rt-w3-whole-word.md":
				var pages []string
				for _, s := range iss.Sections {
					for _, e := range s.Entries {
						pages = append(pages, fmt.Sprint(e.Page))
					}
				}
				if got, want := strings.Join(pages, " "), "1 2 3 4 6 7 8 8 9 10"; got != want {
					t.Errorf("pages %s, want %s", got, want)
				}
				if want := "53:image 63:markup 65:markup 71:markup 153:image 154:image 166:image"; furniture != want {
					t.Errorf("furniture\n got  %s\n want %s", furniture, want)
				}
				if got, want := w3Masthead(iss), "主管：宁州市人民政府|主办：宁州市地方史志研究室|主编：孙立平|责任编辑：赵文华|地址：宁州市人民路88号|电话：0791-8888666|（内部资料　免费交流）"; got != want {
					t.Errorf("masthead\n got  %s\n want %s", got, want)
				}
				if got, want := w3Paras(entry(1, 1)), "11月15日，全省年鉴编校质量评比结果揭晓，《宁州年鉴（2023）》荣获一等奖，这是该年鉴连续第三年获此殊荣。|此次评比共有全省106部市县级年鉴参评，评审专家从框架设计、条目编写、资料价值、编校质量、装帧设计等五个方面进行综合评定。|| 年鉴名称 | 类目 | 分目 | 条目 | 字数（万字） ||| 《宁州年鉴（2021）》 | 26 | 168 | 1420 | 132 ||| 《宁州年鉴（2022）》 | 27 | 175 | 1498 | 141 ||| 《宁州年鉴（2023）》 | 28 | 180 | 1560 | 150 ||近三年《宁州年鉴》主要指标"; got != want {
					t.Errorf("the table\n got  %s\n want %s", got, want)
				}
				if got, want := entry(4, 0).Paragraphs[2].Text, "一、年鉴资政功能的内涵"; got != want {
					t.Errorf("the study's point %q, want %q", got, want)
				}
				if got, want := entry(1, 2).Paragraphs[1].Text, "一是提高政治站位。各承编单位要充分认识年鉴编纂工作的重要意义，把年鉴编纂工作列入本单位年度工作计划，做到领导到位、人员到位、经费到位。"; got != want {
					t.Errorf("the run-in point %q, want %q", got, want)
				}
			}
		})
	}
}
