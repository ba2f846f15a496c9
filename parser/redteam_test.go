package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamForms holds the copies a red team wrote as other offices and
// other tools print them (testdata/rt-*.md), each with its cover (title,
// year, number, compiler, publication date), its entries (section, title,
// date, paragraphs) and its warnings' lines: several cover items on one
// line set apart by wide gaps (第5期　　县史志办编印　　2023年5月31日), and
// an office named alone on the cover (中共宁川县委党史研究室); a contents
// list of titles marked ◎, the last of them over the editors' note
// (【编者按】…, untitled text that is no warning); three 【栏目】 lines, each
// over a title and its dated text, a report's columns and no yearbook's
// 条目; a column's name atop the pages of its articles, as pdftotext
// without -layout prints it (the first of each run is the section, the
// rest page furniture), with and without a table of contents; an essay's
// bold subtitle (**——以宜宾市为例**) part of its title and its bold points
// (**一、…**) paragraphs of it, not entries; news in brief marked ▲, ★,
// → before their dates, each its own dated item; in a copy without blank
// lines or markup, a byline (文/陈明远) a line of its own, the line over it
// an article's title and the one over that its section; a WeChat
// article (史志月报 | 株洲史志2023年第6期, its header, - END -, 往期推荐 and
// its links) and a web page's chrome (当前位置：首页 > 大事记, 【打印本页】,
// 上一篇：…) as page furniture of kind web; running heads that pdftotext
// -layout sets across the page with the column's name, on alternating
// sides (柳州史志 2023年第8期<gap>工作动态, 县区动态<gap>柳州史志 2023年第8期);
// a contents list headed 本期导读 with leaders of other marks (．．．, ┅┅, ･･･,
// •••) and a picture page on the cover's inside (图片新闻……封二, listed, and
// warned about where the body has no such entry); the office and the date
// one space apart (…研究室编 2023年6月30日, …办公室 主办 2023 年 5 月 31 日);
// a cover notice MinerU sets as the first heading (# 内部资料 注意保存),
// not the title; pandoc's simple table (  ------ ----- / rows / ------ -----)
// a paragraph a row, not one paragraph of run-together cells; in a copy
// without blank lines or markup, a long title the wrap cut in two, under
// its section's name, over its dated text; an essay's line in the
// contents with its author between the leader and the page (楚都纪南城考略
// ……李秀英 3), and the author's name alone under the title in the body, a
// line of its own; a contents table of three columns (| 栏目 | 篇目 | 页码 |,
// marker's), its sections in the first column where they begin. And what
// a second look found the rules above must not take: a report that
// numbers its bold entries (**一、…**, **二、…**), a title that begins
// 文/ and asks a question, a column named 往期推荐 over an article; with
// what they missed: MinerU's cover and essay (# …编 2023年9月28日,
// # ——subtitle, # 一、point), 内部资料（注意保存）, a WeChat header with a
// date and a time of day; a briefing's cover line of items set apart by
// tabs or one space, of labelled items (编印单位：…　　印发日期：…), with a
// date printed 2023年5月31日印发, or issued by a government's office, each
// making the plain line over it the report's name; news in brief under a
// section the contents list with a page (● 简讯……5), which they take, and
// the editors' note before the first section, no warning; three-column
// contents of title, author and page, and with a section on a cover page
// (| 图片新闻 | | 封三 |); news in brief with marked titles over their
// dated text (▲澧县完成年鉴终审 / 10月12日，…), and in a copy without blank
// lines under their column's name (简讯 / ▲12月5日，… / ▲12月20日，…);
// one article copied from a web page, its title over 发布时间：…, which
// gives its events their year; a simple table in an article after a line
// that ends with a colon, not a table of contents; bylines under titles
// in a copy without blank lines (文/图　陈明远, 陈明远　王晓燕, 口述/张大爷
// 整理/王晓燕), lines of their own, not titles; a notice's signature (宁川县
// 地方史志办公室 2023年8月1日), a line of its own that ends the notice; a
// list of names under the line that announces it (…先进个人名单 / 王建国 /
// 李秀英), a line each; 往期推荐 and its links with blank lines between
// them, all page furniture.
func TestRedTeamForms(t *testing.T) {
	// The pages each entry gets, where a copy is about them.
	pages := map[string]string{
		"rt-head-issue-number.md": "0,2,3,4,5", "rt-marker-toc3.md": "1,2,3,3,4", "rt-brief-section-page.md": "0,1,2,3,5,5",
		"rt-toc3-authors.md": "1,2", "rt-toc3-cover-page.md": "1,1,2"}
	// Text that must read whole, where a copy cuts it.
	texts := map[string]string{"rt-column-repeat.md": "此次活动共征集资料320余件，为续修县志打下了基础。",
		"rt-head-issue-once.md": "会议深入学习贯彻习近平总书记关于网络强国的重要思想"}
	for _, c := range []redTeamCase{
		{"rt-cover-gaps.md", "宁川史志简报|2023|5|宁川县地方史志办公室|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-cover-office.md", "宁川史志动态|2023|11|中共宁川县委党史研究室|2023-12-01",
			"工作动态|县委党史研究室开展主题党日活动|2023-11-10|1", ""},
		{"rt-toc-bullets.md", "宁川史志|2024|2|宁川县地方史志办公室|2024-02-29",
			"|||1; |县史志办召开2024年工作会议|2024-02-05|1; |《宁川县志（1991—2020）》通过终审|2024-02-20|1; |县领导调研地方志工作|2024-02-26|2", "15,19,23"},
		{"rt-bracket-columns.md", "岳阳史志|2023|7||",
			"【领导活动】|副市长李华调研地方志工作|2023-07-06|1; 【工作动态】|市地方志编纂室开展主题党日活动|2023-07-01|1; 【县市区动态】|汨罗市完成年鉴出版|2023-07-18|1", ""},
		{"rt-column-heads.md", "衡阳史志|2023|11||",
			"工作动态|市史志办召开《衡阳市志》评审会|2023-11-03|1; 工作动态|全市年鉴编纂业务培训会召开|2023-11-09|1; 县市区动态|耒阳市完成《耒阳年鉴（2023）》出版|2023-11-20|1; 县市区动态|常宁市举办“方志常宁”知识竞赛|2023-11-24|1", ""},
		{"rt-column-heads-toc.md", "衡阳史志|2023|11||",
			"工作动态|市史志办召开《衡阳市志》评审会|2023-11-03|1; 工作动态|全市年鉴编纂业务培训会召开|2023-11-09|1; 工作动态|市史志办开展党史进机关宣讲|2023-11-16|1; 县市区动态|耒阳市完成《耒阳年鉴（2023）》出版|2023-11-20|1; 县市区动态|常宁市举办“方志常宁”知识竞赛|2023-11-24|1", ""},
		{"rt-article-points.md", "宜宾史志|2023|4||",
			"工作动态|市方志办召开年鉴编纂工作会|2023-04-07|1; 工作动态|《叙州区志》通过终审|2023-04-18|1; 地情研究|论方志在乡村振兴中的资政作用——以宜宾市为例||9; 地情研究|李庄古镇的抗战文化记忆||2", ""},
		{"rt-brief-bullets.md", "常德史志|2023|9||",
			"工作动态|甲会议召开|2023-09-05|1; 简讯||2023-09-08|1; 简讯||2023-09-12|1; 简讯||2023-09-20|1; 简讯||2023-09-20|1", ""},
		{"rt-byline-plain.md", "临沂地情|2023|4||",
			"工作动态|市史志研究院召开2023年度工作会议|2023-04-06|1; 工作动态|《临沂年鉴（2023）》编纂工作全面启动|2023-04-10|1; 地情研究|孟良崮战役若干史实辨析||2", ""},
		{"rt-wechat.md", "株洲史志|2023|6||2023-07-05",
			"工作动态|市史志研究室召开上半年工作总结会|2023-06-28|1; 工作动态|《株洲年鉴（2023）》进入审稿阶段|2023-06|1; 县市区动态|醴陵市举办陶瓷史料展|2023-06-10|1; 县市区动态|炎陵县完成红色地名调查|2023-06-20|3", ""},
		{"rt-web-chronicle.md", "宁川县12月份大事记|0|0||2024-01-05",
			"||2023-12-01|1; ||2023-12-31|1", ""},
		{"rt-layout-heads.md", "柳州史志|2023|8||",
			"工作动态|市地方志办公室召开“八一”座谈会|2023-08-01|1; 工作动态|《柳州市志（1991—2005）》通过复审|2023-08-15|1; 县区动态|融水县完成县志续修资料征集|2023-08-22|1; 县区动态|三江县开展侗族大歌史料调研|2023-08|1", ""},
		{"rt-contents-forms.md", "洛川史志|2023|6|洛川县地方史志研究室|2023-06-30",
			"领导活动|县委副书记刘宏伟调研史志工作|2023-06-02|1; 工作动态|县史志研究室召开县志评审会|2023-06-12|1; 工作动态|第二轮镇志编纂工作推进会召开|2023-06-20|1", "11"},
		{"rt-cover-office-date.md", "泉州史志|2023|5|泉州市地方志编纂委员会办公室|2023-05-31",
			"工作动态|市方志委召开修志试点工作座谈会|2023-05-09|1", ""},
		{"rt-mineru-notice.md", "绍兴方志|2023|3||",
			"工作动态|市方志办召开2023年全市地方志工作会议|2023-03-09|3; 工作动态|《绍兴年鉴（2023）》通过终审|2023-03-21|4; 区县（市）动态|越城区启动《越城区志》续修工作|2023-03-15|1; 区县（市）动态|诸暨市举办“诸暨方志讲堂”第十讲|2023-03-25|2", ""},
		{"rt-pandoc-simple-table.md", "洛川史志|2023|6||",
			"方志馆|县方志馆接待参观群众1200余人次|2023-06|5; 方志馆|县方志馆举办讲座|2023-06-20|1", ""},
		{"rt-plain-wrapped-title.md", "汉中史志|2023|11||",
			"工作动态|全市地方志系统学习贯彻习近平新时代中国特色社会主义思想主题教育读书班开班|2023-11-06|1; 工作动态|市史志办召开《汉中市志》审稿会|2023-11-14|1; 县区动态|南郑区完成区志出版|2023-11-20|1", ""},
		{"rt-toc-author.md", "荆州史志|2023|2||",
			"【工作动态】|市方志办召开党组会议|2023-02-06|1; 【史志研究】|楚都纪南城考略||2", ""},
		{"rt-marker-toc3.md", "泉州史志|2023|5|泉州市地方志编纂委员会办公室|2023-05-31",
			"工作动态|市方志委召开第三轮修志试点工作座谈会|2023-05-08|2; 工作动态|《泉州市志（1991—2005）》获评全省优秀志书|2023-05-16|1; 县区动态|晋江市完成《晋江年鉴（2023）》初稿|2023-05-10|1; 县区动态|惠安县开展惠女服饰文化专题调研|2023-05|1; 史海钩沉|宋元泉州港的海外交通||2", "51"},
		{"rt-numbered-bold-entries.md", "宁川史志|2023|9||",
			"工作动态|一、县史志办召开年鉴编纂工作会议||1; 工作动态|二、县志办开展地情资料征集活动||1; 工作动态|三、县史志办完成《宁川县志》初审||1; 县区动态|一、城关镇完成镇志初稿||1; 县区动态|二、河口乡开展村志编纂培训||1", ""},
		{"rt-slash-question.md", "临沂地情|2023|5||",
			"工作动态|市史志研究院召开2023年度工作会议|2023-05-06|1; 工作动态|《临沂年鉴（2023）》编纂工作全面启动|2023-05-10|1; 读者来信|文/理两科考生都可以报考方志学专业吗？|2023-05-12|1", ""},
		{"rt-mineru-essay.md", "绍兴方志|2023|9|绍兴市地方志办公室|2023-09-28",
			"工作动态|市方志办召开《绍兴市志》评审会|2023-09-12|1; 区县（市）动态|上虞区举办“方志上虞”展览|2023-09-20|1; 文史天地|陆游与绍兴——纪念陆游诞辰898周年||6", ""},
		{"rt-notice-brackets.md", "绍兴方志|2023|4||",
			"工作动态|市方志办召开年鉴编纂会议|2023-04-09|1; 工作动态|越城区启动区志续修工作|2023-04-15|1", ""},
		{"rt-links-column.md", "宁川史志|2023|9||",
			"工作动态|县史志办召开年鉴编纂会议|2023-09-05|1; 工作动态|县志办开展资料征集|2023-09-12|1; 往期推荐|《宁川史志》2023年第5期||1; 地情研究|宁川古渡口考|2023-09|1", ""},
		{"rt-wechat-header.md", "株洲史志|2023|7||2023-08-02",
			"工作动态|市史志研究室召开年鉴终审会|2023-07-18|1; 县市区动态|攸县完成县志初稿|2023-07-25|2", ""},
		{"rt-cover-tabs.md", "宁川史志简报|2023|5|宁川县地方史志办公室|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-cover-one-space.md", "宁川史志简报|2023|5|宁川县史志办|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-cover-fields.md", "宁川史志简报|0|0|宁川县地方史志办公室|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-cover-printed.md", "宁川史志简报|0|0|宁川县地方史志办公室|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-cover-gov-office.md", "宁川史志简报|2023|5|宁川县人民政府办公室|2023-05-31",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-05-10|1; 工作动态|县志办开展地情资料征集活动|2023-05-20|1", ""},
		{"rt-brief-section-page.md", "宁川史志|2024|6|宁川县地方史志办公室|2024-06-28",
			"|||1; 工作动态|县史志办召开上半年工作总结会|2024-06-20|1; 工作动态|《宁川年鉴（2024）》通过终审|2024-06-25|1; 地情研究|论方志文化在乡村振兴中的作用——以宁川县为例||6; 简讯||2024-06-05|1; 简讯||2024-06-18|2", ""},
		{"rt-toc3-authors.md", "泉州史志|2023|6||",
			"工作动态|市方志委召开修志工作座谈会|2023-06-08|4; 史海钩沉|宋元泉州港的海外交通||2", ""},
		{"rt-toc3-cover-page.md", "泉州史志|2023|9|泉州市地方志编纂委员会办公室|2023-09-28",
			"工作动态|市方志委召开年鉴编纂工作会议|2023-09-08|1; 工作动态|《泉州年鉴（2023）》出版发行|2023-09-20|1; 史海钩沉|泉州开元寺的历史沿革||5", "14"},
		{"rt-brief-marked-titles.md", "常德史志|2023|10||",
			"工作动态|甲会议召开|2023-10-05|1; 简讯|市地方志编纂室向市图书馆赠送地情资料|2023-10-08|1; 简讯|澧县完成年鉴终审|2023-10-12|1; 史海钩沉|常德会战亲历者的回忆|1943-11|4", ""},
		{"rt-brief-plain.md", "宁乡史志|2023|12||",
			"工作动态|市史志研究室召开年度工作总结会|2023-12-28|1; 工作动态|《宁乡年鉴（2023）》获评优秀年鉴|2023-12-15|1; 简讯||2023-12-05|1; 简讯||2023-12-20|1", ""},
		{"rt-web-article.md", "|0|0||2023-07-06",
			"|宁川县史志办召开年鉴编纂会议|2023-07-05|3", ""},
		{"rt-table-after-colon.md", "洛川史志|2023|8||",
			"工作动态|县史志研究室召开县志评审会|2023-08-12|4; 工作动态|县方志馆接待参观群众|2023-08|1", ""},
		{"rt-bylines-plain.md", "临沂地情|2023|5||",
			"工作动态|市史志研究院召开2023年度工作会议|2023-05-06|1; 工作动态|《临沂年鉴（2023）》编纂工作全面启动|2023-05-10|1; 地情研究|孟良崮战役若干史实辨析||2; 地情研究|沂蒙红嫂的故事||2; 地情研究|临沂方言中的古音||2", ""},
		// An author whose surname has two characters (欧阳晓明, 司马　迁)
		// alone under a plain title: the title's byline, where the title
		// had become a section and the name an entry.
		{"rt-author-compound.md", "临沂地情|2023|6||",
			"工作动态|市史志研究院召开年中工作会议|2023-06-06|1; 工作动态|《临沂年鉴（2023）》进入统稿阶段|2023-06-10|1; 地情研究|沂蒙红嫂的故事||2; 地情研究|临沂方言中的古音||2", ""},
		// Word's and WPS's HTML tags with a namespace (<o:p></o:p> after
		// a bold title, the smart tags <st1:chsdate …> around a date and
		// <st1:personname> around a name) are markup: the title and the
		// date read as without them. <a:b 11:30 is text.
		{"rt-word-office-tags.md", "平顶山月报|2023|11||",
			"领导活动|李明俊专题调研市区供暖工作|2023-11-09|1; 重要会议|会议甲召开|2023-11-10|1", ""},
		// A reporters' byline after a box (□ 本刊记者　张华, ■ 李明) under
		// a title, as ### headings and as plain lines: the entry's, not a
		// marked title (the title had been left with no text).
		{"rt-byline-box.md", "开封史志月报|2023|11||",
			"工作动态|市志办召开编纂工作会议|2023-11-03|2; 工作动态|全市年鉴编纂培训会举行|2023-11-15|2; 理论研究|地情研究服务发展大局||2", ""},
		{"rt-byline-box-plain.md", "开封史志月报|2023|11||",
			"工作动态|市志办召开编纂工作会议|2023-11-03|2; 工作动态|全市年鉴编纂培训会举行|2023-11-15|2; 理论研究|地情研究服务发展大局||2", ""},
		// The title at the sections' level (## or ###, as docling and
		// marker set it) over the issue's number: the title, not an
		// entry holding the number (every date had lost its year).
		{"rt-title-level2.md", "平顶山月报|2023|11||",
			"时政要闻|尧山实验室理事会第一次会议召开|2023-11-10|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-09|1", ""},
		{"rt-title-level3.md", "平顶山月报|2023|11||",
			"时政要闻|尧山实验室理事会第一次会议召开|2023-11-10|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-09|1", ""},
		// A date the wrap put at a line's start (…将于 / 2024年1月1日起施行,
		// …自 / 12月1日起, …确保 / 11月15日前): the event goes on, where it
		// had been a new one, dated a month or a year ahead. An event
		// without its full stop is still followed by the next.
		{"rt-wrap-date.md", "宁川县2023年大事记|0|0||",
			"||2023-11-20|1; ||2023-11-22|1; ||2023-11-25|1; ||2023-11-26|1; ||2023-11-27|1; ||2023-11-28|1; ||2023-11-29|1", ""},
		{"rt-list-wrap-date.md", "平顶山月报|2023|11||",
			"领导活动||2023-11-02|1; 领导活动||2023-11-03|1; 领导活动||2023-11-09|1; 领导活动||2023-11-13|1; 经济视点|全市安全生产座谈会召开|2023-11-24|1", ""},
		// ## 大事记 among ## headings over plain text: the headings after
		// it are sections of their own, not undated entries of the
		// chronicle.
		{"rt-chronicle-then-sections.md", "宁川史志月报|2023|11||",
			"大事记||2023-11-03|1; 大事记||2023-11-05|1; 工作动态|||2; 编后语|||1", ""},
		// A chronicle in traditional characters: 當日, 該日 (the day
		// above), 當月 (its month), 年內, 當年 (its year) each begin an
		// event, as 当日 and the rest do (they had been merged into the
		// event above).
		{"rt-trad-relative.md", "寧川縣2023年大事記|0|0||",
			"二月||2023-02-03|1; 二月||2023-02-03|1; 二月||2023-02-03|1; 二月||2023-02|1; 二月||2023|1; 二月||2023|1", ""},
		// A numbered report's chronicle (## 三、本月大事, 三、本月大事):
		// its events are entries, each dated, not paragraphs of one.
		{"rt-report-chronicle.md", "宁川月报|2023|11||",
			"|一、经济运行|2023-01..2023-10|1; |二、重点工作||1; 本月大事||2023-11-01|1; 本月大事||2023-11-01|1; 本月大事||2023-11-20|1", ""},
		{"rt-report-chronicle-plain.md", "宁川月报|2023|11||",
			"经济运行||2023-01..2023-10|1; 重点工作|||1; 本月大事||2023-11-01|1; 本月大事||2023-11-01|1; 本月大事||2023-11-20|1", ""},
		// A chronicle's title with the years it covers in brackets and
		// no 年 (宁川县大事记（1990—2009））: the title, not an entry.
		{"rt-chronicle-title-span.md", "宁川县大事记（1990—2009）|0|0||",
			"1990年||1990-01-05|1; 1990年||1990-01-05|1; 1991年||1991-03-02|1", ""},
		{"rt-signature-plain.md", "宁川史志|2023|8|宁川县地方史志办公室|2023-08-31",
			"通知公告|关于征集宁川地情资料的公告|2023-08-01|2; 工作动态|县史志办召开年鉴编纂工作会议|2023-08-20|1; 工作动态|县志办开展地情资料征集活动|2023-08-22|1", ""},
		{"rt-names-list.md", "宁川史志|2023|12||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-12-05|7; 工作动态|县志办开展地情资料征集活动|2023-12-22|1", ""},
		{"rt-links-blank.md", "株洲史志|2023|7||",
			"工作动态|甲会议召开|2023-07-18|1", ""},
		// A briefing with no contents whose items are numbered titles over
		// their dated text (一、县史志办召开… / 6月3日，…): entries, titled as
		// printed, not sections of one untitled entry each.
		{"rt-numbered-titles.txt", "宁川史志简报|2024|6|宁川县地方史志办公室|",
			"|一、县史志办召开年鉴编纂工作会议|2024-06-03|1; |二、县志办开展地情资料征集活动|2024-06-12..2024-06-15|1; |三、东城区完成村志初稿|2024-06-20|1", ""},
		// A report's items that print their date last, in brackets, alone
		// or after a byline: dated by it.
		{"rt-report-date-end.md", "鹰城史志简报|2024|5||",
			"工作动态|市志办召开年鉴评审会|2024-05-08|1; 工作动态|东城区召开村志编纂推进会|2024-05-21|1; 工作动态|市志办开展“方志进社区”活动||1", ""},
		// A line printed again after a page break (an OCR's or a web
		// copy's join of pages by their overlap): taken out as furniture,
		// with a warning at the repeat.
		{"rt-join-repeat.md", "鹰城月报|2024|4||",
			"工作动态|市志办召开年鉴编纂会议|2024-04-02|1; 工作动态|东城区完成村志初稿|2024-04-09|1", "11"},
		// A yearbook part's name once atop a page after its number (·53· /
		// 经济, printed above as 第三篇　经济): a head, not a section that
		// takes the part's last 条目 from 农业.
		{"rt-part-head-once.md", "宁川年鉴（2024）|2024|0||",
			"农业|粮食生产||1; 农业|经济作物||1; 农业|畜牧业||1", ""},
		// A dated sentence MinerU marked as a heading (# 3月4日，县政府召开…。):
		// the event it is, not a section; a day's date with a title over
		// its text (## 3月12日　…举行) an entry, titled, and over another
		// day's event (3月16日，…) an entry of its own, the day's the next.
		{"rt-dated-headings.md", "宁川县2024年3月大事记|0|0||",
			"||2024-03-01|1; ||2024-03-04|1; ||2024-03-06|1; |3月12日　全县植树节义务植树活动举行|2024-03-12|1; |3月15日　县政协组织委员视察重点项目|2024-03-15|0; ||2024-03-16|1", ""},
		// A column's name atop its pages in a short extract, next to bare
		// page numbers no run of pages takes, one of them inside a
		// sentence (…共征集资料 / 6 / 工作动态 / 320余件，…): the section once,
		// the sentence whole.
		{"rt-column-repeat.md", "宁川史志月报|2024|3||",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-03-05|1; 工作动态|县志办开展地情资料征集活动|2024-03-12..2024-03-15|1; 县区动态|东城区完成村志初稿|2024-03-20|1", ""},
		// pdftotext -layout of a journal whose heads are set across the
		// page, the column's name on one side and the office's name (or
		// the publication's and its issue) on the other, sides changing
		// page by page: the head's other side is furniture, and a column
		// that prints its name nowhere but atop its first page begins
		// there (史海钩沉, 县区动态); atop the pages it goes on on, or over
		// its own heading, the name is furniture too.
		{"rt-head-across-office.md", "柳州史志|2023|9||",
			"工作动态|市地方志办公室召开座谈会|2023-09-01|1; 工作动态|《柳州市志（1991—2005）》通过终审|2023-09-15|1; 史海钩沉|柳州古城墙的修筑||1; 史海钩沉|马平县名的由来||1; 县区动态|融水县完成县志续修资料征集|2023-09-22|1", ""},
		// The body's first section heading lost (a banner image stands
		// for it) under a contents that names it: the entries before the
		// first heading take the section their contents lines are under.
		{"rt-first-heading-lost.md", "宁川史志|2023|10||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-10-08|1; 工作动态|县志办开展地情资料征集活动|2023-10-12..2023-10-15|1; 县区动态|东城区完成村志初稿|2023-10-20|1", ""},
		// An essay's points in bold, each alone on its line right over
		// its text (no blank line, or only a page break, between): each
		// point a paragraph of its own, not run into its text
		// (二、宜宾市的实践探索近年来，…); emphasis whose sentence goes on
		// stays in it.
		{"rt-essay-points-tight.md", "宜宾史志|2023|4||",
			"地情研究|论方志在乡村振兴中的资政作用||9; 地情研究|李庄古镇的抗战文化记忆||1", ""},
		// Running heads that alternate, the publication's name with the
		// page's number on even pages (宁川史志 · 2 ·) and the number with
		// the issue on odd ones (· 3 · 2024年第3期), no other page break:
		// both are heads, and their numbers the pages.
		{"rt-head-issue-number.md", "宁川史志|2024|3|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2024-03-05|1; 工作动态|县志办开展地情资料征集活动|2024-03-12..2024-03-15|1; 工作动态|县史志办举办业务培训班|2024-03-18|1; 县区动态|东城区完成村志初稿|2024-03-20|1; 县区动态|西城区启动街道志编纂|2024-03-26|1", ""},
		// A pandoc chronicle from Word, its dates spaced with NBSPs, one
		// day's two events parted by a hard break (…收看。\ / **同日** …),
		// and a grid table whose rows the spaces made wider than its
		// rules: the table's width is not the text's wrap, so the break
		// still parts the events (they had been one).
		{"rt-table-not-wrap.md", "宁川县2022年大事记|0|0|宁川县地方史志办公室|",
			"一月||2022-01-01|1; 一月||2022-01-07..2022-01-09|1; 一月||2022-01|1; 二月||2022-02-04|1; 二月||2022-02-04|1; 二月|2 月 15 日（正月十五）|2022-02-15|1; 三月||2022-03-01|1; 三月||2022-03-12|1; 三月||2022-03-12|1; 三月||2022-03-28..2022-04-02|1; 四月||2022-04-06|1; 四月||2022-04|1; 四月||2022-04|1; 五月||2022-05-04|1; 五月||2022-05-12|1", ""},
		// A plain copy (pdftotext without -layout) whose dates are in
		// full-width figures, as OCR prints them: titles run into their
		// dated text (全市网络文明大会召开 １１月２０日，…) and a date the
		// wrap cut after its month (１１月 / １６日，…) are read as they
		// are in ASCII figures (the copy had been one untitled entry).
		{"rt-fullwidth-runin.txt", "平顶山月报|2023|11||",
			"重要会议|市区集中供暖工作推进会召开|2023-11-03|1; 重要会议|白龟湖生态环湖路工作推进会召开|2023-11-16|1; 重要会议|全市主题教育座谈会召开|2023-11-17|1; 重要会议|全市网络文明大会召开|2023-11-20|1", ""},
		// A plain copy whose lines reach the same number of characters
		// but not of cells (figures are narrower): a full line after a
		// sentence that ended at the wrap (…会议召开。 / 会议审议通过了…、学 /
		// 术委员会建议人选。) goes on the paragraph, not a title.
		{"rt-wrap-runes-title.md", "平顶山月报|2023|11||",
			"时政要闻|尧山实验室理事会第一次会议召开|2023-11-10|1; 时政要闻|市委主题教育第二期读书班开班|2023-11-21..2023-11-24|1; 时政要闻|市区集中供暖工作推进会召开|2023-11-03|1; 时政要闻|全市网络文明大会召开|2023-11-20|1; 时政要闻|白龟湖生态环湖路工作推进会召开|2023-11-16|2", ""},
		// A yearbook's lists set out in two columns a wide space apart
		// (宁政发〔2022〕3号　…的通知, 宁川县人民医院　全省…先进集体) and a
		// speech's occasion over its speaker (——…会议上 / 县长　王建民 /
		// 各位代表：), blank lines between: a row a paragraph, not one
		// sentence a page cut.
		{"rt-rows-fulu.md", "宁川年鉴（2023）|2023|0||",
			"附录|2022年宁川县人民政府规范性文件目录||3; 附录|2022年宁川县获市级以上荣誉集体名录||2; 宁川县2022年大中型项目一览|概况||1", ""},
		{"rt-rows-tezai.md", "宁川年鉴（2023）|2023|0||",
			"特载|宁川县人民政府工作报告||8; 中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1", ""},
		// The publication's name and the issue as the cover prints them
		// atop a page, after a form feed, once in a short copy (— 2 — /
		// \f平顶山月报　2023年第11期): a head, the sentence it cut whole.
		{"rt-head-issue-once.md", "平顶山月报|2023|11|平顶山市地方史志办公室|",
			"时政要闻|全市网络文明大会召开|2023-11-09|1; 时政要闻|白龟湖生态环湖路工作推进会召开|2023-11-16|1", ""},
		// Section names between dashes (## —— 时政要闻 ——, — 工作动态 —, as
		// a heading or a plain line over bold titles): the dashes an
		// ornament, the name without them (they had stayed in it).
		{"rt-dash-names.md", "宁川史志|2023|11||",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县政府常务会议召开|2023-11-06|1; 工作动态|县史志办召开会议|2023-11-08|1", ""},
		{"rt-dash-names-plain.md", "宁川史志|2023|11||",
			"时政要闻|县委常委会召开会议|2023-11-03|1; 时政要闻|县政府常务会议召开|2023-11-06|1; 工作动态|县史志办召开会议|2023-11-08|1; 工作动态|县志办开展资料征集|2023-11-12|1", ""},
		{"rt-head-across-pub.md", "柳州史志|2023|9||",
			"工作动态|市地方志办公室召开座谈会|2023-09-01|1; 工作动态|《柳州市志（1991—2005）》通过终审|2023-09-15|1; 史海钩沉|柳州古城墙的修筑||1; 史海钩沉|马平县名的由来||1; 县区动态|融水县完成县志续修资料征集|2023-09-22|1", ""},
	} {
		iss := checkRedTeam(t, c)
		if want, ok := pages[c.file]; ok {
			if g := entryPages(iss, ","); g != want {
				t.Errorf("%s: pages %s, want %s", c.file, g, want)
			}
		}
		if want, ok := texts[c.file]; ok && !strings.Contains(fmt.Sprint(iss.Sections), want) {
			t.Errorf("%s: no paragraph holds %q:\n%v", c.file, want, iss.Sections)
		}
	}
}

// entryPages lists the page of every entry of iss in order, joined by
// sep (0 for none).
func entryPages(iss *model.Issue, sep string) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprint(e.Page))
		}
	}
	return strings.Join(got, sep)
}

// redTeamCase is a copy a red team wrote (testdata/file) and what it must
// parse to: the cover (title|year|number|compiler|published), the entries
// (section|title|date|paragraphs; ...) and the lines of the warnings.
type redTeamCase struct{ file, cover, entries, warns string }

// checkRedTeam parses c's copy, compares it with c, checks that the model
// accounts for every line of it (checkLossless), and returns the issue.
func checkRedTeam(t *testing.T, c redTeamCase) *model.Issue {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", c.file))
	if err != nil {
		t.Fatal(err)
	}
	iss, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	cover := fmt.Sprintf("%s|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Compiler, iss.Published)
	if cover != c.cover {
		t.Errorf("%s: cover\n got  %s\n want %s", c.file, cover, c.cover)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d", s.Name, e.Title, e.Date, len(e.Paragraphs)))
		}
	}
	if g := strings.Join(got, "; "); g != c.entries {
		t.Errorf("%s: entries\n got  %s\n want %s", c.file, g, c.entries)
	}
	var warns []string
	for _, w := range iss.Warnings {
		warns = append(warns, fmt.Sprint(w.Line))
	}
	if g := strings.Join(warns, ","); g != c.warns {
		t.Errorf("%s: warnings on lines %q, want %q:%s", c.file, g, c.warns, warningsText(iss.Warnings))
	}
	text, _, _, _ := decode(src)
	checkLossless(t, c.file, text)
	return iss
}

// The switches that stand for sets of characters (for speed) hold what
// the sets their comments name hold, no more and no less.
func TestRuneSetSwitches(t *testing.T) {
	for _, c := range []struct {
		set string
		in  func(rune) bool
	}{{holidayFirst, holidayFirstRune}, {periodEnds, periodEndRune}, {weekdayEnds, weekdayEnd}} {
		for _, r := range c.set {
			if !c.in(r) {
				t.Errorf("%q is in %q but not in its switch", r, c.set)
			}
		}
		for r := rune(0); r < 0x10000; r++ {
			if c.in(r) && !strings.ContainsRune(c.set, r) {
				t.Errorf("%q is in the switch but not in %q", r, c.set)
			}
		}
	}
}
