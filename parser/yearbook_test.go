package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Yearbooks (年鉴): parts and chapters over items (条目), each item a
// paragraph that begins with its title in brackets. Each fixture in
// ../testdata/yearbooks is one way they are printed, written from
// scratch; yearbooks gives its exact expected model as chronicles does
// (see chronProject), and the warnings it must give.
type yearbookFixture struct {
	file     string
	yearbook bool // read as a yearbook (report-brackets.md is a report)
	want     string
	warns    []wantWarn
}

var yearbooks = []yearbookFixture{
	{
		// ## parts, ### chapters holding 条目: each chapter a section after
		// its part's; titles without their brackets; a full date dates
		// its item, 2022年末 does not.
		file: "basic.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 概况 @5
  - @7 title: 自然地理
    @7 [-] 宁川县位于省境中部，总面积1234平方千米。
  - @9 title: 人口
    @9 [-] 2022年末，全县户籍人口56.7万人。
section: 政治 @11
section: 县委工作 @13
  2022-01-10 @15 title: 重要会议
    @15 [2022-01-10] 2022年1月10日，县委十四届二次全会召开。
  - @17 title: 干部队伍建设
    @17 [-] 全年选拔任用干部120名。
`,
	},
	{
		// 〖〗, ［］, **【】**, <b>【】</b>, a letter-spaced 【概　况】 and [].
		file: "brackets.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 自然环境 @3
  - @5 title: 位置
    @5 [-] 宁川县位于省境中部，东邻平安县，西接临河市。
  - @7 title: 面积
    @7 [-] 全县总面积1234平方千米，其中山地占四成。
  - @9 title: 气候
    @9 [-] 宁川县属暖温带大陆性季风气候，四季分明。
  - @11 title: 水文
    @11 [-] 境内有宁川河、小清河两条主要河流。
  - @13 title: 概况
    @13 [-] 全县辖8镇4乡，248个行政村。
  - @15 title: 矿产
    @15 [-] 已探明矿产资源23种，以煤炭、石灰岩为主。
`,
	},
	{
		// The title alone on its line, its text after a blank line or on
		// the next line, wrapped.
		file: "title-alone.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 人大工作 @3
  - @5 title: 概况
    @7 [-] 2022年，县人大常委会召开常委会会议12次，审议议题46项。
  - @9 title: 代表工作
    @9 [-] 全年组织代表视察调研活动18次，收集代表建议126件，全部办结。
  - @13 title: 执法检查
    @13 [-] 对《中华人民共和国安全生产法》等5部法律法规开展执法检查。
`,
	},
	{
		// No heading at all: a plain title line naming a 年鉴, then 条目.
		file: "no-headings.md", yearbook: true,
		want: `title: 宁川县教育年鉴（2023）
section: (none) @0
  - @3 title: 学前教育
    @3 [-] 2022年，全县有幼儿园86所，在园幼儿1.2万人。
  - @5 title: 义务教育
    @5 [-] 全县有小学42所、初中15所，在校学生5.6万人。
  - @7 title: 高中教育
    @7 [-] 全县有普通高中3所，高考本科上线率68.5%。
  - @9 title: 职业教育
    @9 [-] 宁川县职业教育中心开设专业12个，在校学生3200人。
`,
	},
	{
		// Headings printed as plain lines: 第一篇 概况, 第一章 自然地理, 一、县委工作.
		file: "plain-headings.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 概况 @3
section: 自然地理 @5
  - @7 title: 位置
    @7 [-] 宁川县位于省境中部。
  - @9 title: 气候
    @9 [-] 宁川县属暖温带大陆性季风气候。
section: 人口 @11
  - @13 title: 户籍人口
    @13 [-] 2022年末，全县户籍人口56.7万人。
section: 政治 @15
section: 县委工作 @17
  --01-10 @19 title: 重要会议
    @19 [--01-10] 1月10日，县委十四届二次全会召开。
  - @21 title: 组织工作
    @21 [-] 全年选拔任用干部120名。
section: 人大工作 @23
  - @25 title: 代表工作
    @25 [-] 全年收集代表建议126件。
`,
	},
	{
		// A chapter's name on a short plain line of its own, over 条目.
		file: "short-headings.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 政治 @3
section: 县委工作 @5
  - @7 title: 重要会议
    @7 [-] 县委全年召开常委会会议36次。
  - @9 title: 干部队伍建设
    @9 [-] 全年选拔任用干部120名。
section: 人大工作 @11
  - @13 title: 代表工作
    @13 [-] 全年收集代表建议126件，全部办结。
`,
	},
	{
		// A pdftotext copy: no blank lines between 条目, indented, hard
		// wrapped, page numbers and a running head (宁川年鉴·2023) that
		// names the yearbook without its year in brackets; a 条目 cut by
		// the page break goes on after it.
		file: "pdftotext.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
page number: @13
page number: @27
section: 政治 @3
section: 中共宁川县委员会 @5
  --01-10 @7 title: 重要会议
    @7 [--01-10] 1月10日，县委十四届二次全会召开，审议通过《中共宁川县委关于全面推进乡村振兴的实施意见》。6月28日，县委十四届三次全会召开。
  - @9 title: 组织工作
    @9 [-] 全年选拔任用干部120名，其中提拔使用45名、交流轮岗75名。举办各类培训班36期，培训党员干部5400人次。
  - @11 title: 宣传工作
    @11 [-] 全年在中央、省级媒体刊发宁川新闻稿件320篇，组织开展理论宣讲活动260场次。
  - @18 title: 统战工作
    @18 [-] 全县有党外代表人士326名，新的社会阶层人士1.2万人。
section: 宁川县人民代表大会常务委员会 @20
  - @22 title: 代表工作
    @22 [-] 全年组织代表视察调研活动18次，收集代表建议126件，全部办结。
  - @24 title: 执法检查
    @24 [-] 对《中华人民共和国安全生产法》等5部法律法规开展执法检查，提出意见建议23条。
  - @31 title: 信访工作
    @31 [-] 全年受理群众来信来访286件次，办结率100%。
`,
	},
	{
		// Dates: a 条目 takes the date its text begins with; a date with no
		// year takes none (the 2023 of 宁川年鉴（2023） is the year it was
		// published, most often the year after the one it records); the
		// 大事记 chapter's year heading gives its events theirs.
		file: "dates.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 重要会议 @3
  2022-01-10 @5 title: 县委全会
    @5 [2022-01-10] 2022年1月10日，县委十四届二次全会召开。
  --12-28 @7 title: 县委经济工作会议
    @7 [--12-28] 12月28日，县委经济工作会议召开，部署2023年经济工作。
  --01-12..--01-15 @9 title: 县人代会
    @9 [--01-12..--01-15] 1月12—15日，县十八届人大二次会议召开。
  --02-08..--02-09 @11 title: 全县三级干部大会
    @11 [--02-08..--02-09] 2月8日至9日，全县三级干部大会召开。
  - @13 title: 统计数据
    @13 [-] 2022年，全县地区生产总值完成312亿元。
section: 大事记 @15
section: 2022年 @17
  2022-01-10 @19 1月10日 县委十四届二次全会召开。
  2022-02-08 @21 2月8日 全县三级干部大会召开。
  2022-02-08 @23 同日 县政府与省交通投资集团签订合作协议。
`,
	},
	{
		// Headings that hold text and no 条目: an article (特载's 政府工作报告)
		// and a 综述 are entries of the section above them; a heading that
		// holds 条目 is a section; text before a chapter's first 条目 is an
		// entry without a title.
		file: "articles.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 特载 @3
  - @5 title: 政府工作报告
    @7 [-] 各位代表：现在，我代表县人民政府，向大会报告工作。
    @9 [-] 过去一年，全县地区生产总值增长5.2%。
section: 经济 @11
section: 农业 @13
  - @15 title: 综述
    @17 [-] 2022年，全县农业生产保持稳定，粮食总产量38万吨。
section: 种植业 @19
  - @21 title: 粮食生产
    @21 [-] 全县粮食播种面积82万亩，总产量38万吨。
  - @23 title: 经济作物
    @23 [-] 全县蔬菜种植面积12万亩。
section: 农业机械化 @25
  - @27 title: 农机推广
    @27 [-] 全年推广新型农机具1200台。
section: 工业 @29
  - @31 全县规模以上工业企业126家。
  - @33 title: 工业经济
    @33 [-] 全年规模以上工业增加值增长6.8%。
`,
	},
	{
		// What a yearbook leaves unplaced is said: a 条目 title run into
		// the text before it, a bracket that holds a sentence, a short
		// line over text that may be a heading.
		file: "warnings.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 县委工作 @3
  - @5 title: 重要会议
    @5 [-] 全年召开县委常委会会议36次。【干部队伍建设】全年选拔任用干部120名。
    @7 [-] 【组织工作，宣传工作】全年组织各类培训班36期。
    @9 [-] 人大工作
    @11 [-] 全年收集代表建议126件，全部办结。
  - @13 title: 代表工作
    @13 [-] 全年组织代表视察调研活动18次。
`,
		warns: []wantWarn{
			{line: 5, sub: "inside the text"},
			{line: 7, sub: "not read as the title of an item"},
			{line: 9, sub: "a heading?"},
		},
	},
	{
		// A table of contents that lists parts and chapters: each line
		// names a section of the body, and no line is missing; the items
		// it does not list are not warned about.
		file: "contents.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 概况 @10
  - @12 title: 自然地理
    @12 [-] 宁川县位于省境中部，总面积1234平方千米。
  - @14 title: 人口
    @14 [-] 2022年末，全县户籍人口56.7万人。
section: 政治 @16
section: 县委工作 @18
  2022-01-10 @20 title: 重要会议
    @20 [2022-01-10] 2022年1月10日，县委十四届二次全会召开。
  - @22 title: 干部队伍建设
    @22 [-] 全年选拔任用干部120名。
section: 人大工作 @24
  - @26 title: 代表工作
    @26 [-] 全年收集代表建议126件。
`,
	},
	{
		// No blank lines at all: a plain heading after another, each
		// item begins at its bracket, a title the wrap cut in two.
		file: "no-blank-lines.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 政治 @2
section: 中共宁川县委员会 @3
  --01-10 @4 title: 重要会议
    @4 [--01-10] 1月10日，县委十四届二次全会召开，审议通过《中共宁川县委关于全面推进乡村振兴的实施意见》。
  - @6 title: 全国文明城市创建工作通过省级复核
    @6 [-] 11月，宁川县全国文明城市创建工作通过省级复核，测评成绩位列全省第三。
  - @8 title: 组织工作
    @8 [-] 全年选拔任用干部120名，其中提拔使用45名、交流轮岗75名。举办各类培训班36期。
`,
	},
	{
		// Items titled in bold, not brackets, in a book named a 年鉴: the
		// ### chapters that hold them are sections too.
		file: "bold-titles.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 政治 @3
section: 县委工作 @5
  2022-01-10 @7 title: 重要会议
    @7 [2022-01-10] 2022年1月10日，县委十四届二次全会召开。
  - @9 title: 干部队伍建设
    @9 [-] 全年选拔任用干部120名。
section: 人大工作 @11
  - @13 title: 代表工作
    @13 [-] 全年收集代表建议126件。
`,
	},
	{
		// A cover of lines: the name, the year, the compiler, the
		// publisher (see TestYearbookCover).
		file: "cover.md", yearbook: true,
		want: `title: 宁川年鉴
section: (none) @0
  - @9 title: 位置
    @9 [-] 宁川县位于省境中部。
  - @11 title: 气候
    @11 [-] 宁川县属暖温带大陆性季风气候。
`,
	},
	{
		// A report named after the yearbook it is about (宁川年鉴编纂工作
		// 简报), with bold titles: a report, not a yearbook.
		file: "report-named-yearbook.md",
		want: `title: 宁川年鉴编纂工作简报
section: 工作动态 @5
  - @7 title: 县志办召开年鉴编纂工作会议
  2023-11-07 @9 title: 会议要求
    @9 [2023-11-07] 11月7日，县志办召开《宁川年鉴（2023）》编纂工作会议。
  - @11 title: 任务分工
    @11 [-] 会议明确了各承编单位的任务和时限。
  2023-11-20 @13 title: 年鉴初稿进入评审
    @15 [2023-11-20] 11月20日，《宁川年鉴（2023）》初稿评审会召开。
`,
	},
	{
		// A monthly report whose paragraphs sometimes begin with a
		// bracket (【编者按】, 【会议要点】, 【数据】) stays a report: the
		// brackets stay in the text, the ### entries stay entries.
		file: "report-brackets.md",
		want: `title: 宁川月报
section: 时政要闻 @5
  2023-11-01 @7 title: 县委召开常委会会议
    @9 [-] 【编者按】为全面反映县委决策部署，本刊刊发会议要点。
    @11 [2023-11-01] 11月1日，县委召开常委会会议，传达学习省委全会精神。
  - @13 title: 县政府召开常务会议
    @15 [-] 【会议要点】11月3日，县政府召开常务会议，研究冬季安全生产工作。
section: 县域经济 @17
  - @19 title: 全县经济运行平稳
    @21 [-] 【数据】1—10月，全县规模以上工业增加值增长6.8%。
  2023-11-28 @23 title: 宁川至平安高速公路开工
    @25 [2023-11-28] 11月28日，宁川至平安高速公路宁川段开工。
`,
	},
	{
		// A photograph's caption under its picture, as MinerU writes it
		// (the picture, a blank line, the caption): a paragraph of the
		// item above, not a heading that takes the items below.
		file: "image-caption.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 中共宁川县委员会 @3
  --01-10 @5 title: 重要会议
    @5 [--01-10] 1月10日，县委十四届二次全会召开。
    @9 [-] 宁川县新时代文明实践中心
  - @11 title: 宣传工作
    @11 [-] 全年在中央、省级媒体刊发宁川新闻稿件320篇。
`,
	},
	{
		// A title typed with a space before its year in half-width
		// brackets (宁川年鉴 (2023)), which reads like a line of a table of
		// contents with its page: the title, as the first line.
		file: "title-space.md", yearbook: true,
		want: `title: 宁川年鉴 (2023)
section: 自然地理 @3
  - @5 title: 位置
    @5 [-] 宁川县位于省境中部，东邻平安县，西接临河市。
  - @7 title: 气候
    @7 [-] 宁川县属暖温带大陆性季风气候，四季分明。
`,
	},
	{
		// pdftotext's blank pages (\f\f: a 篇's divider on a right-hand
		// page, a blank left-hand one before it and after): each is a
		// page, so that 重要会议 is on page 19, as its footer ·19· says
		// (the golden JSON holds the pages).
		file: "blank-pages.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
page number: @9
page number: @15
section: 概况 @3
section: 人口 @5
  - @7 title: 户籍人口
    @7 [-] 2022年末，全县户籍人口56.7万人。
section: 政治 @10
section: 中共宁川县委员会 @11
  --01-10 @13 title: 重要会议
    @13 [--01-10] 1月10日，县委十四届二次全会召开。
`,
	},
	{
		// 特载: an article (a government's work report) whose points are
		// numbered 一、 over text alone: paragraphs of the article, not
		// headings of the book, which stand over 条目.
		file: "tezai-points.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 特载 @3
  - @5 title: 政府工作报告
    @7 [-] 各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。
    @9 [-] 一、2022年工作回顾
    @11 [-] 过去一年，全县地区生产总值增长5.2%。
    @13 [-] 二、2023年工作安排
    @15 [-] 今年政府工作的总体要求是：坚持稳中求进工作总基调。
section: 政治 @17
section: 中共宁川县委员会 @19
  --01-10 @21 title: 重要会议
    @21 [--01-10] 1月10日，县委十四届二次全会召开。
  - @23 title: 组织工作
    @23 [-] 全年选拔任用干部120名。
`,
	},
	{
		// pdftotext's copy with no blank lines: the 大事记 chapter's name
		// alone on its line, its months under it, are headings, not text
		// glued to the 条目 above (大事记1月1日…).
		file: "dsj-noblank.md", yearbook: true,
		// The days print no year, and the edition's is not theirs: said.
		warns: []wantWarn{{line: 7, sub: "print no year"}},
		want: `title: 宁川年鉴（2023）
section: 概况 @2
  - @3 title: 位置
    @3 [-] 宁川县位于省境中部，东邻平安县，西接临河市，总面积1234平方千米。
  - @4 title: 气候
    @4 [-] 宁川县属暖温带大陆性季风气候，四季分明，年平均气温14.2℃。
section: 大事记 @5
section: 1月 @6
  --01-01 @7 1日　宁川县城至平安县城际公交正式开通，单程票价12元，每日发车40班次，日均运送旅客3000人次。
  --01-10 @9 10日　县委十四届二次全会召开。
section: 2月 @10
  --02-08 @11 8日　全县三级干部大会召开。
`,
	},
	{
		// pdftotext's copy of a yearbook that sets its 条目 titles in bold
		// run into the text, an ideographic space between (　　重要会议　1月10日，…),
		// the bold lost: each a 条目, the short lines over them headings.
		file: "runin-plain.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 中共宁川县委员会 @3
  --01-10 @5 title: 重要会议
    @5 [--01-10] 1月10日，县委十四届二次全会召开。
  - @6 title: 组织工作
    @6 [-] 全年选拔任用干部120名，其中提拔使用45名、交流轮岗75名。
section: 宁川县人民代表大会常务委员会 @8
  - @10 title: 代表工作
    @10 [-] 全年组织代表视察调研活动18次，收集代表建议126件。
`,
	},
	{
		// A copy with no blank lines: a credit (撰稿：张伟) ends its 条目,
		// so the chapter's name under it is a heading, not text glued to
		// it; a part's name over a chapter's (经济 / 农业) is a heading too.
		file: "noblank-headings.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 中共宁川县委员会 @2
  --01-10 @3 title: 重要会议
    @3 [--01-10] 1月10日，县委十四届二次全会召开。
  - @4 title: 组织工作
    @4 [-] 全年选拔任用干部120名。
    @5 [-] 撰稿：张　伟
section: 宁川县人民代表大会常务委员会 @6
  - @7 title: 代表工作
    @7 [-] 全年组织代表视察调研活动18次。
section: 经济 @8
section: 农业 @9
  - @10 title: 粮食生产
    @10 [-] 全县粮食播种面积82万亩，总产量38万吨。
  - @11 title: 经济作物
    @11 [-] 全县蔬菜种植面积12万亩。
`,
	},
	{
		// pdftotext -layout: a credit right-aligned after its 条目's last
		// sentence ((撰稿：张伟)) is a note of its own, and the centred
		// chapter name under it a heading, not both glued to the 条目.
		file: "layout-credit.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 中共宁川县委员会 @3
  --01-10 @4 title: 重要会议
    @4 [--01-10] 1月10日，县委十四届二次全会召开，审议通过《中共宁川县委关于全面推进乡村振兴的实施意见》。
  - @6 title: 组织工作
    @6 [-] 全年选拔任用干部120名，其中提拔使用45名、交流轮岗75名。举办各类培训班36期，培训党员干部5400人次。
    @8 [-] （撰稿：张　伟）
section: 宁川县人民代表大会常务委员会 @9
  - @10 title: 代表工作
    @10 [-] 全年组织代表视察调研活动18次，收集代表建议126件，全部办结。
`,
	},
	{
		// A copy with no blank lines whose short lines are each a line of
		// their own: a unit's contact lines (校长：… / 电话：…) and a
		// table's cells, one a line, as pdftotext gives them. Two numbers
		// are never joined into one (297.1 / 312.5 is not 297.1312.5),
		// nor a number and the year that begins the next line.
		file: "short-lines.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 教育 @2
  - @3 title: 宁川县第一中学
    @3 [-] 校长：张　强
    @5 [-] 电话：0375-1234567
    @6 [-] 2022年，学校有教学班48个，在校学生2460人。
  - @7 title: 宁川县第二中学
    @7 [-] 2022年，学校有教学班36个，在校学生1820人。
section: 经济 @8
  - @9 title: 主要指标
    @9 [-] 2022年，全县地区生产总值完成312.5亿元，比上年增长5.2%。主要指标见下表。
    @11 [-] 地区生产总值（亿元）297.1
    @13 [-] 312.5
  - @14 title: 人口
    @14 [-] 2022年末，全县户籍人口56.7万人。
`,
	},
	{
		// A yearbook's 大事记 whose events are set off by an ideographic
		// space: the relative dates (同日　…, 当日, 次日, 下旬, 是月) are
		// events dated by the one above, not run-in 条目 titles that
		// would swallow the next event as their text.
		file: "dsj-relative.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 大事记 @3
section: 2022年 @5
section: 3月 @7
  2022-03-12 @9 12日　全县开展义务植树活动。
  2022-03-12 @11 同日　县委书记刘明参加植树活动。
  2022-03-26 @13 26日　宁川县与省农科院签订合作协议。
  2022-03-26 @15 当日　县农业农村局举办农技培训班。
  2022-03-27 @17 次日　省农科院专家到城关镇调研。
  2022-03 @19 下旬　全县开展春季农业生产大检查。
  2022-03 @21 是月　县城区启动老旧小区改造工程。
section: 概况 @23
  - @25 title: 位置
    @25 [-] 宁川县位于省境中部。
  --01-10 @27 title: 重要会议
    @27 [--01-10] 1月10日，县委十四届二次全会召开。
`,
	},
	{
		// A 大事记 chapter whose title names its year (### 2022年宁川县大事记)
		// dates the days of its months, as a year heading would; the
		// edition's year (2023) dates nothing.
		file: "dsj-title-year.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 大事记 @3
section: 2022年宁川县大事记 @5
section: 1月 @7
  2022-01-20 @9 1月20日　宁川县召开经济工作会议。
  2022-01-21 @11 21日　县委召开常委会议。
section: 2月 @13
  2022-02-15 @15 2月15日　县委召开作风建设大会。
section: 概况 @17
section: 自然地理 @19
  - @21 title: 位置
    @21 [-] 宁川县位于省境中部。
  - @23 title: 气候
    @23 [-] 1月平均气温零下2.1℃。
`,
	},
	{
		// A county gazetteer (县志): 编, 章 and 节 printed as plain lines are
		// sections, each after its parent's (the model has two levels),
		// whether a 节 holds items or text alone; an item is 一、小麦 over
		// its text, titled by it as printed, its ordinal kept; text before a 节's first item is
		// an untitled entry.
		file: "gazetteer.md", yearbook: true,
		want: `title: 宁川县志（1986—2005）
section: 农业 @3
section: 种植业 @5
section: 粮食作物 @7
  - @9 宁川县粮食作物以小麦、玉米为主。
  - @11 title: 一、小麦
    @13 [-] 小麦是县内主要夏粮作物。1949年，种植小麦41.2万亩。
    @15 [-] 1986年后，全县推广小麦良种。
  - @17 title: 二、玉米
    @19 [-] 玉米为县内主要秋粮作物。
section: 经济作物 @21
  - @23 title: 一、棉花
    @25 [-] 清光绪年间，县内开始种植棉花。
section: 林业 @27
section: 林业资源 @29
  - @31 全县有林地面积98.6万亩，森林覆盖率30.1%。
`,
	},
	{
		// A yearbook with no markup at all: each 条目's title a plain line
		// with its text on the next line at once (概况 / 2022年，…); a
		// line with a blank line under it is a heading (中共宁川县委员会,
		// and 政　治 over it, letter-spaced: 政治).
		file: "plain-titles.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 政治 @3
section: 中共宁川县委员会 @5
  - @7 title: 概况
    @8 [-] 2022年，县委全年召开常委会会议42次，研究重大事项186项。
  --01-10 @10 title: 重要会议
    @11 [--01-10] 1月10日，县委十四届二次全会召开。
    @13 [-] （撰稿：张伟）
section: 宁川县人民政府 @15
  - @17 title: “放管服”改革
    @18 [-] 全县政务服务事项可网办率达到98.6%。
section: 经济 @20
section: 农业 @22
  - @24 title: 概况
    @25 [-] 2022年，全县农林牧渔业总产值68.4亿元，比上年增长4.6%。
  - @27 title: 粮食生产
    @28 [-] 全年粮食播种面积98.6万亩，总产量42.6万吨。
`,
	},
	{
		// No blank lines: a part's name over its first chapter's, numbered
		// (经　济 / （一）农业, 社会 / 第一章　教育), is two headings, not one
		// line 经济（一）农业; a list's first point under the line that
		// announces it (主要做法： / 1.推广良种。…) is a paragraph of its own.
		file: "noblank-fenmu.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 经济 @2
section: 农业 @3
  - @4 title: 概况
    @4 [-] 全县农林牧渔业总产值68.4亿元。
  - @5 title: 粮食生产
    @5 [-] 全年粮食总产量42.6万吨。主要做法：
    @6 [-] 1.推广良种。小麦良种覆盖率达到98%。
    @7 [-] 2.配方施肥。推广面积60万亩。
    @8 [-] （撰稿：陈亮）
section: 工业 @9
  - @10 title: 概况
    @10 [-] 全年规模以上工业增加值比上年增长7.8%。
section: 社会 @11
section: 教育 @12
  - @13 title: 概况
    @13 [-] 全县有学校186所。
  --09-01 @14 title: 义务教育
    @14 [--09-01] 9月1日，第二实验小学建成投用。
`,
	},
	{
		// 人物: each biography its own entry, titled by the name (bold or
		// plain, letter-spaced 王　芳: 王芳), the years of the life kept in
		// its text and dating nothing; a sentence that begins with a
		// person and the years (毛泽东（1893—1976）曾…) is text.
		file: "renwu.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 人物 @3
section: 人物传略 @5
  - @7 title: 赵文远
    @7 [-] （1923—2001）　男，汉族，宁川县城关镇人。1983年离休。2001年3月12日在宁川病逝。
  - @9 title: 孙秀兰
    @9 [-] （1931—2022）　女，汉族，宁川县河口镇人。1991年离休。
  - @11 title: 王芳
    @11 [-] （1936—2022），女，汉族，宁川县白沙镇人。
  - @13 title: 钱永福
    @13 [-] （1936—2022）　男，汉族，宁川县石门乡人，农民企业家。
section: 人物述评 @15
  - @17 毛泽东（1893—1976）曾在《论十大关系》中论及农业。全县干部深入学习。
`,
	},
	{
		// Titles in 〔〕 (a document's 〔2022〕15号 in the text is no title);
		// a 条目 is dated by its text's first date only: △ 4月，… and a
		// picture's caption (5月18日，…（王　刚　摄）) under it are its
		// paragraphs, the caption of its own day, and neither dates it.
		file: "item-points.md", yearbook: true,
		want: `title: 宁川年鉴（2023）
section: 教育 @3
  - @5 title: 职业教育
    @5 [-] 县职业中专有在校生3260人。
  - @7 title: 教育督导
    @7 [-] 全年开展督导1260次，依据宁政办〔2022〕15号文件。
section: 市场监管 @9
  --03-15 @11 title: 消费者权益日
    @11 [--03-15] 3月15日，县市场监管局举办宣传活动。
  - @13 title: 特种设备安全
    @13 [-] 全县有在用特种设备3260台（套）。
    @15 [-] △ 4月，开展电梯安全专项整治。
    @17 [-] △ 全年检验特种设备1200台。
    @21 [--05-18] 5月18日，县市场监管局检查电梯（王　刚　摄）
  - @23 title: 食品安全
    @23 [-] 全年抽检食品2860批次。
`,
	},
	{
		// MinerU's cover, # 宁川年鉴 / # 2023: the edition's year, not a
		// section; a speaker's byline under 政府工作报告 (县长　王建民)
		// and a document's articles in the 附录 (第一条　…) are text, not
		// run-in 条目 titles.
		file: "report-parts.md", yearbook: true,
		want: `title: 宁川年鉴
section: 特载 @5
  - @7 title: 政府工作报告
    @9 [-] 县长　王建民
    @11 [-] 各位代表：
    @13 [-] 现在，我代表县人民政府，向大会报告工作。
section: 附录 @15
  - @17 title: 宁川县城乡居民最低生活保障实施办法
    @19 [-] 第一条　为规范城乡居民最低生活保障工作，制定本办法。
    @21 [-] 第二条　本办法适用于本县行政区域。
section: 教育 @23
  - @25 title: 概况
    @25 [-] 全县有各级各类学校186所。
  - @27 title: 学前教育
    @27 [-] 全年新建幼儿园12所。
`,
	},
}

func readYearbook(t testing.TB, name string) []byte {
	t.Helper()
	return readTestdata(t, filepath.Join("yearbooks", name))
}

// isYearbook reports whether the parser reads text's (first) body as a
// yearbook's.
func isYearbook(text string) bool {
	lines := splitLines(text)
	if parts := splitIssues(lines); len(parts) > 1 {
		lines = lines[:parts[0].hi]
	}
	p := &parser{text: text, lines: lines, iss: &model.Issue{}}
	p.parse()
	return p.yearbook
}

// TestYearbooks: each fixture parses to its expected model with exactly
// the warnings expected, ParseAll finds the same one issue, and every
// character of its body is in the model.
func TestYearbooks(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "yearbooks", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(yearbooks) {
		t.Errorf("%d fixtures in testdata/yearbooks, %d rows in yearbooks", len(files), len(yearbooks))
	}
	for _, f := range yearbooks {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			src := readYearbook(t, f.file)
			iss, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if d := projDiff(f.want, chronProject(iss)); d != "" {
				t.Errorf("model differs from the expected: %s", d)
			}
			checkWarnings(t, iss.Warnings, f.warns)
			all, err := ParseAll(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 1 {
				t.Errorf("ParseAll gave %d issues, want 1", len(all))
			} else if d := projDiff(chronProject(iss), chronProject(all[0])); d != "" {
				t.Errorf("ParseAll differs from Parse: %s", d)
			}
			text, _, _, err := decode(src)
			if err != nil {
				t.Fatal(err)
			}
			if got := isYearbook(text); got != f.yearbook {
				t.Errorf("read as a yearbook: %v, want %v", got, f.yearbook)
			}
			checkLossless(t, f.file, text)
		})
	}
}

// TestYearbookGolden pins the whole model of each fixture as the JSON
// yuebao json writes (../testdata/yearbooks/NAME.json); -update writes
// them, and the test reads each back and requires it to hold the model
// of yearbooks, so that -update cannot bless a wrong parse.
func TestYearbookGolden(t *testing.T) {
	for _, f := range yearbooks {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			checkGolden(t, "yearbooks", f.file, f.want)
		})
	}
}

// TestNotYearbooks: no report or chronicle of the testdata is read as a
// yearbook — the sample, its variants, the families and the chronicles —
// but families/bracket-titles.md, whose items are titled as a yearbook's.
func TestNotYearbooks(t *testing.T) {
	var files []string
	for _, pat := range []string{"*.md", "families/*.md", "chronicles/*.md", "variants/*.md"} {
		m, err := filepath.Glob(filepath.Join("..", "testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("only %d files found", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, _, err := decode(src)
		if err != nil {
			t.Fatal(err)
		}
		// A report whose every item is titled in brackets is read the way
		// a yearbook is (each 【title】 an entry), its dates of its year.
		if isYearbook(text) != (filepath.Base(f) == "bracket-titles.md") {
			t.Errorf("%s: read as a yearbook %v", f, isYearbook(text))
		}
	}
}

// TestYearbookCover: a yearbook's cover printed as lines — its name, its
// year, the compiler and the publisher — is cover, not body.
func TestYearbookCover(t *testing.T) {
	iss, err := Parse(readYearbook(t, "cover.md"))
	if err != nil {
		t.Fatal(err)
	}
	if iss.Title != "宁川年鉴" || iss.Year != 2023 || iss.Compiler != "宁川县地方史志办公室" {
		t.Errorf("title %q, year %d, compiler %q; want 宁川年鉴, 2023, 宁川县地方史志办公室", iss.Title, iss.Year, iss.Compiler)
	}
	if len(iss.Masthead) != 1 || iss.Masthead[0] != (model.Field{Value: "方志出版社"}) {
		t.Errorf("masthead %q, want the publisher alone", iss.Masthead)
	}
	// The title's year is the edition's, as 2023年第11期 is a report's.
	for title, year := range map[string]int{
		"宁川年鉴（2023）": 2023, "宁川年鉴2023卷": 2023, "《宁川年鉴》2023": 2023, "2023宁川年鉴": 2023,
		"2023年宁川年鉴": 2023, "宁川年鉴·2023": 2023, "宁川年鉴": 0,
	} {
		iss := ParseText("# " + title + "\n\n## 概况\n\n【人口】年末人口56万。\n\n【面积】1234平方千米。\n\n【气候】温和。\n")
		if iss.Title != title || iss.Year != year {
			t.Errorf("# %s: title %q, year %d; want the title, year %d", title, iss.Title, iss.Year, year)
		}
	}
	for _, ty := range []struct {
		title string
		ok    bool
	}{
		{"宁川年鉴（2023）", true}, {"宁川年鉴2023", true}, {"《宁川年鉴》2023", true}, {"2023宁川年鉴", true},
		{"宁川年鉴·2023卷", true}, {"宁川县教育年鉴（2023）", true},
		{"宁川年鉴编纂工作简报", false}, {"宁川月报", false}, {"关于编纂年鉴的通知。", false},
	} {
		if got := yearbookTitle(ty.title); got != ty.ok {
			t.Errorf("yearbookTitle(%q) = %v, want %v", ty.title, got, ty.ok)
		}
	}
}

// headingLevel is heading without the text: they agree on every line.
func TestHeadingLevel(t *testing.T) {
	for _, l := range []string{"## 时政要闻", "##时政要闻", "  ### 县委工作 ###", "##", "## ", "## #", "##　", "####### 七",
		"# **概况**", "正文", "", " ", "#\u00a0人口", "###### 六"} {
		lvl, _, ok := heading(l)
		if gl, gok := headingLevel(l); gl != lvl && ok || gok != ok {
			t.Errorf("%q: headingLevel %d %v, heading %d %v", l, gl, gok, lvl, ok)
		}
	}
}
