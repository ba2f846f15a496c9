package parser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/chrongen"
	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
)

// Chronicles (大事记) are read as well as monthly reports: a list of
// dated events, under year or month headings or none, one event an entry.
// Each fixture in ../testdata/chronicles is one way they are printed;
// chronicles below gives its exact expected model as a projection (see
// chronProject):
//
//	title: 宁川县大事记
//	published: 2023-12-29
//	section: 1986年 @3
//	  1986-01-10 @5 1月10日，宁川县第十届人民代表大会第五次会议…
//
// A section is its name as printed ((none) for text before any heading)
// and the line of its heading (@0 when it has none). An event is its
// entry's date (Date.String: 1986-04-10, 1986-04 for a month, 1986 for a
// year, --04-10 without a year, a..b for a range) and the line it starts
// at, and the text of its one paragraph: an entry without a title, with
// one paragraph that starts on the entry's line and carries no date or
// the entry's. Any other entry is written out in full:
//
//	  2023-11-07 @9 title: 县志办召开第二轮县志评审会
//	    @11 [2023-11-07] 11月7日，县志办召开…
//
// Year, number, total, compiler and masthead are not part of the
// projection: the decisions for chronicles say nothing about them.

// chronFixture is one chronicle fixture and what its parse must give.
type chronFixture struct {
	file string
	body int    // first line of the body: the lines before it are the title and the publication line
	want string // chronProject(Parse(file))
	// warns are the warnings Parse must give (see checkWarnings); none of
	// the fixtures is ambiguous, so all are nil.
	warns []wantWarn
}

var chronicles = []chronFixture{
	{
		// Year headings in ATX form (#### 1986年): the dates take their year.
		file: "year-atx.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1986年 @3
  1986-01-10 @5 1月10日，宁川县第十届人民代表大会第五次会议在县城召开，会期四天。
  1986-03-05 @7 3月5日，县委、县政府召开全县植树造林动员大会。
  1986-07-01 @9 7月1日，宁川至临河公路正式通车，全长四十二公里。
section: 1987年 @11
  1987-02-20 @13 2月20日，县委召开农村工作会议，部署春耕生产。
  1987-05-12 @15 5月12日，省委副书记到宁川视察抗旱工作。
  1987-10-08 @17 10月8日，宁川县第二中学新教学楼落成。
`,
	},
	{
		// Year headings as plain lines (1988年); the first one right after
		// the title is a heading, not a cover's year.
		file: "year-plain.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1988年 @3
  1988-01-01 @5 1月1日，宁川县广播电视局成立。
  1988-04-16 @7 4月16日，县委召开全县乡镇企业工作会议。
  1988-09-25 @9 9月25日，宁川县城自来水厂扩建工程竣工。
section: 1989年 @11
  1989-03-08 @13 3月8日，县妇联召开纪念“三八”国际劳动妇女节大会。
  1989-06-30 @15 6月30日，县委召开庆祝建党六十八周年大会。
`,
	},
	{
		// Year headings in Chinese numerals (一九八九年, 一九九〇年).
		file: "year-cn.md",
		body: 3,
		want: `title: 宁川县大事记
section: 一九八九年 @3
  1989-02-14 @5 2月14日，县政府召开春季农业生产工作会议。
  1989-08-03 @7 8月3日，宁川县遭受特大暴雨，县委、县政府组织抗洪救灾。
section: 一九九〇年 @9
  1990-04-05 @11 4月5日，宁川县烈士陵园修缮工程竣工。
  1990-11-18 @13 11月18日，宁川至平安公路改建工程开工。
`,
	},
	{
		// Year headings (##) with month headings (###) under them and bare
		// days (2日): each heading is a section, so a year's is empty; the
		// year comes from the year heading, the month from the month's.
		file: "year-month.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1991年 @3
section: 3月 @5
  1991-03-02 @7 2日 县委召开全县经济工作会议。
  1991-03-15 @9 15日 宁川县第一座变电站建成投产。
section: 4月 @11
  1991-04-06 @13 6日 县人民医院门诊楼开工。
section: 1992年 @15
section: 1月 @17
  1992-01-08 @19 8日 宁川县首届物资交流大会开幕。
  1992-01-20 @21 20日 县政府召开春运工作会议。
`,
	},
	{
		// Month headings in ATX form (## 10月); the year is the title's. A
		// full date (11月16日) among bare days.
		file: "month-atx.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: 10月 @3
  2023-10-01 @5 1日 全县各地举行国庆升旗仪式。
  2023-10-12 @7 12日 县委召开理论学习中心组学习会议。
section: 11月 @9
  2023-11-03 @11 3日 宁川县城区集中供暖工作启动。
  2023-11-16 @13 11月16日 县政府召开冬季安全生产工作会议。
  2023-11-28 @15 28日 宁川至平安高速公路宁川段开工。
`,
	},
	{
		// Month headings as plain lines (10月).
		file: "month-plain.md",
		body: 3,
		want: `title: 宁川县2023年第四季度大事记
section: 10月 @3
  2023-10-09 @5 9日 县委常委会召开会议，研究部署秋冬季森林防火工作。
section: 11月 @7
  2023-11-02 @9 2日 县政协召开十届十二次常委会议。
  2023-11-20 @11 20日 县委书记到乡镇视察冬小麦播种情况。
section: 12月 @13
  2023-12-06 @15 6日 宁川县第一届职工运动会开幕。
`,
	},
	{
		// Month headings in Chinese numerals (十月, 十一月, 十二月).
		file: "month-cn.md",
		body: 3,
		want: `title: 宁川县2022年第四季度大事记
section: 十月 @3
  2022-10-08 @5 8日 全县秋季征兵工作结束。
section: 十一月 @7
  2022-11-05 @9 5日 县委召开全县干部大会。
section: 十二月 @11
  2022-12-12 @13 12日 宁川县新城区自来水厂建成通水。
  2022-12-30 @15 30日 县人大常委会召开第八次会议。
`,
	},
	{
		// A title with year and month (# 宁川县2023年11月大事记) and no
		// headings: bare days take the title's month and year.
		file: "title-atx.md",
		body: 3,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-01 @3 1日 县委召开常委会议，传达学习省委全会精神。
  2023-11-02 @5 2日 县政府召开第二十次常务会议。
  2023-11-08 @7 11月8日 市委副书记到宁川视察乡村振兴工作。
  2023-11-20 @9 11月20日 宁川县城北污水处理厂开工。
`,
	},
	{
		// The title as a plain first line (2023年11月份大事记).
		file: "title-plain.md",
		body: 3,
		want: `title: 2023年11月份大事记
section: (none) @0
  2023-11-01 @3 11月1日 县委召开常委会议，研究冬季供暖工作。
  2023-11-09 @5 11月9日 全县消防安全宣传月活动启动。
  2023-11-23 @7 11月23日 宁川县第三小学新校区投入使用。
`,
	},
	{
		// No year but on a publication line (发布日期：2023-12-29), which is
		// the issue's publication date and not body text.
		file: "published.md",
		body: 5,
		want: `title: 宁川县大事记
published: 2023-12-29
section: (none) @0
  2023-12-01 @5 12月1日 县委召开全县冬季农田水利建设动员会。
  2023-12-12 @7 12月12日 宁川县融媒体中心挂牌运行。
  2023-12-26 @9 12月26日 宁川至临河一级公路改建工程通车。
`,
	},
	{
		// Published (2024-03-15) after months its events run to (6月, 12月):
		// a chronicle of the year before, not of months yet to come.
		file: "published-after.md",
		body: 5,
		want: `title: 宁川县大事记
published: 2024-03-15
section: (none) @0
  2023-01-08 @5 1月8日，县委召开全会。
  2023-06-01 @7 6月1日，县城举办儿童节活动。
  2023-12-28 @9 12月28日，县委经济工作会议召开。
`,
	},
	{
		// More holidays, alone (除夕 the eve of 春节, 元宵节, 重阳节: their
		// day) or with 期间 (“五一”期间, “十一”黄金周期间: their month) or 前夕
		// (“七一”前夕, 八一建军节前夕: the month of their eve); 十一月十日 is a
		// date.
		file: "holidays-more.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2023年 @3
  2023-01-03 @5 1月3日，县委召开会议。
  2023-01-21 @7 除夕，县领导慰问值班人员。
  2023-02-05 @9 元宵节，县城举办灯谜会。
  2023-02-10 @11 2月10日，县政府召开会议。
  2023-05 @13 “五一”期间，全县接待游客10万人次。
  2023-05-08 @15 5月8日，县政府召开会议。
  2023-06 @17 “七一”前夕，县委表彰优秀共产党员。
  2023-07-05 @19 7月5日，县政府召开会议。
  2023-07 @21 八一建军节前夕，县领导走访慰问驻军。
  2023-08-05 @23 8月5日，县政府召开会议。
  2023-10-23 @25 重阳节，县老年大学举办联欢会。
  2023-10-26 @27 10月26日，县政府召开会议。
  2023-10 @29 “十一”黄金周期间，全县接待游客20万人次。
  2023-11-09 @31 11月9日，县政府召开会议。
  2023-11-10 @33 十一月十日，县政协召开常委会议。
`,
	},
	{
		// Relative dates that go on to a day or a month: 同月20日 and
		// 同月二十五日 (that day), 次月 (the month after the event above),
		// 翌年1月 (of the next year, which the events after it are not),
		// 同年5月 (that month); 中秋、国庆前夕 the month of 中秋's eve.
		file: "relative-more.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2015年 @3
  2015-02-12 @5 2月12日，县政府召开春节前安全生产工作会议。
  2015-02-20 @7 同月20日，县领导走访慰问困难群众。
  2015-02-25 @9 同月二十五日，县委召开常委会议。
  2015-03-05 @11 3月5日，县委召开全会。
  2015-04 @13 次月，全县启动春季植树活动。
  2015-11-05 @15 11月5日，县委召开会议。
  2016-01 @17 翌年1月，县城自来水厂建成。
  2015-12-08 @19 12月8日，县政府召开会议。
section: 2017年 @21
  2017-03-12 @23 3月12日，全县开展义务植树活动。
  2017-05 @25 同年5月，宁川县获评省级森林城市。
  2017-10 @27 中秋、国庆前夕，县纪委开展节前廉政提醒。
`,
	},
	{
		// Dates no calendar has (2月29日 of 2019, 4月31日, 13月5日), an OCR's
		// 目 for 日 and a lunar date the year has not (闰六月 of 1988): not
		// dated, and each a warning at its line, 13月5日 in the event above
		// it too.
		file: "dates-impossible.md",
		body: 3,
		warns: []wantWarn{
			{line: 5, sub: "cannot be"}, {line: 7, sub: "cannot be"}, {line: 9, sub: "letter for a digit"},
			{line: 13, sub: "cannot be"}, {line: 17, sub: "cannot be"},
		},
		want: `title: 宁川县大事记
section: 2019年 @3
  - @5 2月29日，县委召开常委会议。
  - @7 4月31日，县政府召开常务会议。
  - @9 5月8目，县人大常委会召开会议。
  2019-09-10 @11 title: 
    @11 [2019-09-10] 9月10日，全县庆祝教师节。
    @13 [-] 13月5日，县委召开会议。
section: 1988年 @15
  - @17 闰六月初一，县城降暴雨。
  1988-08-05 @19 8月5日，县政府召开会议。
`,
	},
	{
		// A January chronicle: its December dates are of the year before.
		file: "january.md",
		body: 3,
		want: `title: 宁川县2024年1月大事记
section: (none) @0
  2023-12-29 @3 12月29日 县委召开全县经济工作会议。
  2023-12-31 @5 12月31日 全县各地举行迎新年群众文化活动。
  2024-01-02 @7 1月2日 县政府召开春节前安全生产工作会议。
  2024-01-15 @9 1月15日 宁川县第十一届人民代表大会第四次会议开幕。
`,
	},
	{
		// Day lines: date, a space, the text.
		file: "day-space.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-03-02 @3 3月2日 县委召开全县组织工作会议。
  2023-03-14 @5 3月14日 宁川县植树节义务植树活动在南山举行。
  2023-04-03 @7 4月3日 县政府与省交通投资集团签订合作协议。
`,
	},
	{
		// Day lines with a comma, hard-wrapped, no blank lines: the lines
		// that do not begin with a date go on the item before.
		file: "day-comma.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-06-01 @3 6月1日，县委召开常委会议，传达学习全省防汛抗旱工作会议精神，安排部署全县防汛工作。
  2023-06-08 @5 6月8日，宁川县城东大桥改建工程开工，总投资一点二亿元，工期十八个月。
  2023-06-15 @7 6月15日，县政府召开夏粮收购工作会议。
  2023-06-30 @8 6月30日，县委召开庆祝中国共产党成立纪念大会，表彰先进基层党组织和优秀共产党员。
`,
	},
	{
		// Day lines with a colon (7月4日：).
		file: "day-colon.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-07-04 @3 7月4日：县委召开全县乡村振兴工作推进会。
  2023-07-19 @5 7月19日：宁川县遭受强降雨，县委、县政府启动防汛应急响应。
  2023-08-01 @7 8月1日：县领导走访慰问驻县部队官兵。
`,
	},
	{
		// Bare days (5日) without month headings: the month is the date
		// before's.
		file: "day-bare.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-09-01 @3 9月1日 全县中小学秋季开学。
  2023-09-05 @5 5日 县委召开教师节表彰大会筹备会议。
  2023-09-10 @7 10日 全县庆祝第三十九个教师节表彰大会召开。
  2023-10-09 @9 10月9日 县政府召开秋季森林防火工作会议。
  2023-10-21 @11 21日 宁川县第二届农民丰收节开幕。
`,
	},
	{
		// The date alone on its line, the text on the next (and on): one
		// entry, the date and the text with one space between. The third
		// item follows the second without a blank line.
		file: "day-alone.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-02-06 @3 2月6日 县委召开全县作风建设大会。
  2023-02-18 @6 2月18日 宁川县第一届冰雪运动会在南山滑雪场开幕，来自全县的三百余名运动员参赛。
  2023-03-01 @9 3月1日 县政府召开春季农业生产工作会议。
`,
	},
	{
		// Full-width digits, in full dates and a bare day.
		file: "fullwidth.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-11-03 @3 １１月３日，县委召开全县安全生产工作会议。
  2023-11-15 @5 １１月１５日，宁川县城南小学新校区开工建设。
  2023-12-02 @7 １２月２日，县人大常委会召开第十二次会议。
  2023-12-20 @9 ２０日，宁川县第一届冬季农产品展销会开幕。
`,
	},
	{
		// The layout pdftotext -layout gives: day lines indented, the text
		// in a column after the date, continuation lines indented to that
		// column (one begins with digits: 3000余名). The spaces between the
		// date and the text are kept as printed.
		file: "indented.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-01-10 @3 1月10日     召开县委十五届五次全体会议，县委书记王斌轩作工作报告，全体县委委员、候补委员出席会议。
  2023-01-18 @5 1月18日     县政府召开春节前安全生产工作会议。
  2023-01-25 @6 1月25日     王斌轩等县领导走访慰问困难群众和老党员，为他们送去米、面、油等慰问品，3000余名困难群众受益。
  2023-02-03 @9 2月3日      县委召开全县项目建设推进会。
`,
	},
	{
		// Digits padded with spaces (1月 3日, 5    月 3日, 8 月 16 日), and
		// a padded range (12 月 25 — 27 日). The text keeps the spaces.
		file: "padded.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-01-03 @3 1月 3日 县委召开全县宣传思想工作会议。
  2023-05-03 @5 5    月 3日 宁川县第一届农民运动会开幕。
  2023-08-16 @7 8 月 16 日，县政府召开秋粮收购工作会议。
  2023-12-25..2023-12-27 @9 12 月 25 — 27 日 县委召开十五届六次全体会议暨经济工作会议。
`,
	},
	{
		// Ranges with the month: 1月11─14日 (U+2500), 2月14日～3月25日
		// (across months), 3月18～19日, 11月21至24日.
		file: "ranges-month.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-01-11..2023-01-14 @3 1月11─14日 宁川县第十八届人民代表大会第二次会议召开。
  2023-02-14..2023-03-25 @5 2月14日～3月25日 全县开展春季植树造林活动，共植树一百二十万株。
  2023-03-18..2023-03-19 @7 3月18～19日 省委巡视组到宁川开展巡视回访工作。
  2023-11-21..2023-11-24 @9 11月21至24日 县委主题教育读书班举办。
`,
	},
	{
		// Ranges of bare days under month headings: 3—6日, 12-13日, 8~9日,
		// 22～23日.
		file: "ranges-day.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: 6月 @3
  2023-06-03..2023-06-06 @5 3—6日 县人大常委会组织代表视察重点项目建设。
  2023-06-12..2023-06-13 @7 12-13日 全县基层党建工作观摩会召开。
section: 8月 @9
  2023-08-08..2023-08-09 @11 8~9日 省农业农村厅到宁川调研高标准农田建设。
  2023-08-22..2023-08-23 @13 22～23日 宁川县第二届旅游发展大会召开。
`,
	},
	{
		// A list of dates (5月16日和7月31日): their span, first to last (the
		// model holds a span, not a set of days).
		file: "list.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-04-02 @3 4月2日 县委召开全县禁毒工作会议。
  2023-05-16..2023-07-31 @5 5月16日和7月31日 县委理论学习中心组举行集体学习。
  2023-08-10 @7 8月10日 县政府召开防汛抗旱工作会议。
`,
	},
	{
		// 同日, 当日, 该日, 是日: the day of the item before; each its own
		// entry.
		file: "relative-day.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-04-06 @3 4月6日 县委召开全县乡村振兴工作会议。
  2023-04-06 @5 同日 县政府与省农业银行签订战略合作协议。
  2023-04-12 @7 4月12日 县人大常委会召开第九次会议。
  2023-04-12 @9 当日 县人大常委会党组召开会议。
  2023-04-20 @11 4月20日，宁川县南山森林公园开园。
  2023-04-20 @13 该日，县委书记到南山林场视察护林防火工作。
  2023-04-20 @15 是日，全县林长制工作推进会召开。
`,
	},
	{
		// 是月, 该月, 本月: a month-level date, of the month heading right
		// above (是月 first in 6月) or of the item before.
		file: "relative-month.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2019年 @3
section: 6月 @5
  2019-06 @7 是月 全县开展夏季安全生产大检查。
  2019-06-12 @9 12日 县委召开全县防汛工作会议。
section: 7月 @11
  2019-07-08 @13 8日 宁川县城区主干道改造工程开工。
  2019-07 @15 该月，全县完成高标准农田建设三万亩。
section: 8月 @17
  2019-08-30 @19 30日 县政府召开秋季开学安全工作会议。
  2019-08 @21 本月，宁川县被评为省级卫生县城。
`,
	},
	{
		// 是年, 年内, 同年, 该年: a year-level date of the current year.
		file: "relative-year.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2020年 @3
  2020-03-10 @5 3月10日 县委召开全县疫情防控工作会议。
  2020-12-28 @7 12月28日 宁川县脱贫攻坚工作总结表彰大会召开。
  2020 @9 是年，全县地区生产总值增长百分之三点八。
  2020 @11 年内，全县新建改建农村公路一百二十公里。
section: 2021年 @13
  2021-01-06 @15 1月6日 县委召开十四届十二次全体会议。
  2021 @17 同年 宁川县被命名为省级文明县城。
  2021 @19 该年 全县新增城镇就业人员四千二百人。
`,
	},
	{
		// The year printed on the events (1986年1月10日，…, 一九八八年五月四日),
		// not on headings: each is an event of its own, and a year printed
		// is the year of the events after it (2月3日 is 1986's, 4月5日
		// 1987's).
		file: "year-each.md",
		body: 3,
		want: `title: 宁川县大事记
section: (none) @0
  1986-01-10 @3 1986年1月10日，宁川县第一次地方志工作会议召开。
  1986-01-25 @5 1986年1月25日，县人民政府成立县志编纂委员会。
  1986-02-03 @7 2月3日，全县春节慰问活动开展。
  1987-03-01 @9 1987年3月1日，县档案馆新馆落成。
  1987-04-05 @11 4月5日，县档案馆正式开馆。
  1988-05-04 @13 一九八八年五月四日，县青年联合会成立。
`,
	},
	{
		// A part of a month (1月上旬, 1月中旬, 1月下旬, 二月中下旬, 1月底, 2月初,
		// 2月末) or a holiday (春节期间): an event of its own, dated to the
		// month (month precision; the text keeps the part).
		file: "month-part.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: 1月 @3
  2023-01 @5 1月上旬，全县开展冬季安全生产大检查。
  2023-01 @7 1月中旬，县委召开农村工作会议。
  2023-01 @9 1月下旬，全县春节慰问活动开展。
  2023-01 @11 春节期间，全县组织文艺演出五十余场。
  2023-01 @13 1月底，县图书馆新馆开馆。
section: 2月 @15
  2023-02 @17 2月初，县档案馆开展档案数字化工作。
  2023-02-05 @19 2月5日，县人大常委会召开第十次会议。
  2023-02 @21 二月中下旬，全县开展植树活动。
  2023-02 @23 2月末，县政协召开常委会议。
`,
	},
	{
		// △ lines: each its own entry, with the day of the item before.
		file: "triangle.md",
		body: 3,
		want: `title: 宁川县2023年大事记
section: (none) @0
  2023-05-09 @3 5月9日 县委召开常委会议，研究部署安全生产工作。
  2023-05-09 @5 △ 县政府召开全县安全生产专项整治推进会。
  2023-05-09 @7 △ 县安委会派出五个督查组赴各乡镇开展督查。
  2023-05-21 @9 5月21日 宁川县第一届茶文化节开幕。
  2023-05-21 @11 △县领导到茶园调研茶产业发展。
`,
	},
	{
		// A 大事记 section inside a monthly report: the year is the
		// issue's. The titled entry of the section before stays as it is.
		file: "monthly-report.md",
		body: 7,
		want: `title: 宁川月报
section: 工作动态 @7
  2023-11-07 @9 title: 县志办召开第二轮县志评审会
    @11 [2023-11-07] 11月7日，县志办召开《宁川县志（1991—2020）》评审会，邀请省内专家五人参加。
section: 大事记 @13
  2023-11-01 @15 11月1日，县委召开常委会议，传达学习省委全会精神。
  2023-11-01 @17 同日，县政府召开冬季供暖工作会议。
  2023-11-14..2023-11-15 @19 11月14—15日，市人大常委会调研组到宁川调研。
  2023-11-20 @21 20日，宁川县城北公园开工建设。
  2023-11 @23 是月，全县完成秋冬季造林一点五万亩。
`,
	},
	{
		// No title: the document begins with a year heading, which is a
		// section and not the title.
		file: "no-title.md",
		body: 1,
		want: `section: 1986年 @1
  1986-01-10 @3 1月10日 宁川县第十届人民代表大会第五次会议召开。
  1986-04-10 @5 4月10日 县委召开全县农村工作会议。
section: 1987年 @7
  1987-03-03 @9 3月3日 宁川县电视转播台建成。
`,
	},
	{
		// Dates in Chinese numerals (一月十日, 七月一日至三日, 十二月二十五日,
		// a bare 二日 under 三月, 廿五日上午); 三日内 goes on a word and is no
		// date: the paragraph goes on the event before.
		file: "cn-numerals.md",
		body: 3,
		want: `title: 宁川县大事记
section: 一九八六年 @3
  1986-01-10 @5 一月十日，宁川县第十届人民代表大会第五次会议在县城召开。
  1986-03-05 @7 三月五日，县委、县政府召开全县植树造林动员大会。
  1986-07-01..1986-07-03 @9 七月一日至三日，宁川至临河公路举行通车仪式。
  1986-12-25 @11 十二月二十五日 宁川县第一座变电站建成投产。
section: 一九八七年 @13
section: 三月 @15
  1987-03-02 @17 二日 县委召开全县经济工作会议。
  1987-03-25 @19 title: 
    @19 [1987-03-25] 廿五日上午，县人民医院门诊楼开工。
    @21 [-] 三日内完成全县春耕备耕检查，县委对此作出部署。
`,
	},
	{
		// No year anywhere: the dates have none (--03-05).
		file: "no-year.md",
		body: 3,
		want: `title: 宁川县大事记
section: 3月 @3
  --03-05 @5 5日 县委召开全县春耕生产动员会。
  --03-12 @7 3月12日 全县义务植树活动在北山举行。
  --04-10 @9 4月10日 县政府召开防汛工作会议。
`,
	},
	{
		// The publication date on one line with the source, as a web page
		// prints them (来源：… 发布日期：2023-12-29): the year of the days.
		file: "published-source.md",
		body: 5,
		want: `title: 宁川县大事记
published: 2023-12-29
section: (none) @0
  2023-12-01 @5 12月1日 县委召开常委会议。
  2023-12-01 @7 同日 县政府召开会议。
`,
	},
	{
		// Events dated by a month (3月 …, 5月，…), a run of months (6—8月, 9月至10月)
		// or a year (1987年 …), and the relative dates 次日 and 翌日 (the day
		// after), 同月 and 下旬 (the month), 年底 (the year).
		file: "month-events.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1986年 @3
  1986-01-10 @5 1月10日 宁川县第十届人民代表大会第五次会议召开。
  1986-01-11 @7 次日 县委召开常委会议，研究部署春耕生产。
  1986-03 @9 3月 县委、县政府召开全县植树造林动员大会。
  1986-05 @11 5月，宁川县被评为省级卫生县城。
  1986-06..1986-08 @13 6—8月，全县开展防汛抗旱检查。
  1986-09..1986-10 @15 9月至10月 全县开展秋粮收购。
  1986-11-02 @17 11月2日 县人民医院新门诊楼落成。
  1986-11-03 @19 翌日 县政协召开常委会议。
  1986-11 @21 同月 全县开展冬季征兵工作。
  1986-11 @23 下旬，县城集中供暖工程开工。
  1986 @25 年底，全县完成造林一万亩。
  1987 @27 1987年 宁川县被列为全省农业综合开发县。
`,
	},
	{
		// Year and month headings as offices set them: in brackets (【1986年】,
		// （二月）), after a bullet (■ 1987年), with the year's name (1987年（丁卯年）), a
		// year and a month (1988年1月).
		file: "year-decorated.md",
		body: 3,
		want: `title: 宁川县大事记
section: 【1986年】 @3
  1986-12-10 @5 12月10日 县委召开常委会议。
section: ■ 1987年 @7
  1987-01-05 @9 1月5日 县政府召开常务会议。
section: 1987年（丁卯年） @11
  1987-02-08 @13 2月8日 全县三级干部大会召开。
section: 1988年1月 @15
  1988-01-05 @17 5日 县人大常委会召开会议。
section: （二月） @19
  1988-02-03 @21 3日 县政协召开常委会议。
`,
	},
	{
		// Year headings between ornaments or after one (◎2012年, ★ 二〇一四年 ★,
		// —— 2015年 ——, ◆2016年◆) and of a year's work (2011年度).
		file: "year-ornaments.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2011年度 @3
  2011-04-08 @5 4月8日，县政府召开常务会议。
section: ◎2012年 @7
  2012-05-09 @9 5月9日，县人大常委会召开会议。
section: 二〇一四年 @11
  2014-07-11 @13 7月11日，县委召开常委会议。
section: 2015年 @15
  2015-08-12 @17 8月12日，县城第二水厂投入运行。
section: 2016年 @19
  2016-03-02 @21 3月2日，县委召开全会。
section: 2017年度 @23
  2017-06-01 @25 6月1日，县图书馆新馆开放。
`,
	},
	{
		// Month headings so set (◆3月◆, ★ 5月 ★, —— 6月 ——), with a colon
		// (4月：) or named its events (7月大事). A month lower than the one
		// above in a chronicle of one year (01月 after 7月) has no next
		// year to be of: a warning.
		file:  "month-ornaments.md",
		body:  3,
		warns: []wantWarn{{line: 23, sub: "out of order"}},
		want: `title: 宁川县2021年大事记
section: 3月 @3
  2021-03-08 @5 8日，县妇联召开大会。
section: 4月： @7
  2021-04-06 @9 6日，县城第二水厂投入运行。
section: 5月 @11
  2021-05-12 @13 12日，全县开展防灾减灾日活动。
section: 6月 @15
  2021-06-18 @17 18日，县委召开全会。
section: 7月大事 @19
  2021-07-01 @21 1日，县委召开庆祝建党一百周年大会。
section: 01月 @23
  2021-01-03 @25 3日，县人大常委会召开会议。
`,
	},
	{
		// Periods of history over a county's chronicle (## 一、近代（1840—1949）,
		// ## 清 代, ## 民 国, ## 中华人民共和国时期, ## 中华人民共和国), over
		// year headings or over events that print their years: sections,
		// not the title of one event that holds all below it.
		file: "history-periods.md",
		body: 3,
		want: `title: 宁川县大事记
section: 近代（1840—1949） @3
  1912-01 @5 1912年1月，宁川县军政分府成立。
  1945-08-15 @7 1945年8月15日，日本宣布无条件投降。
section: 清代 @9
section: 清宣统三年（1911年） @11
  1911-10-10 @13 10月10日，武昌起义爆发。
section: 民国 @15
section: 民国十五年（1926年） @17
  1926-05 @19 5月，国民革命军一部过境。
section: 中华人民共和国时期 @21
section: 1949年 @23
  1949-10-01 @25 10月1日，县城各界集会，庆祝中华人民共和国成立。
section: 1950年 @27
  1950-01 @29 1月，全县开展减租反霸运动。
section: 中华人民共和国 @31
  1978-12-20 @33 1978年12月20日，县委召开扩大会议。
`,
	},
	{
		// A year heading no form reads (an OCR's l987年 for 1987年): its events
		// would be a year wrong, so the line and the one that goes back in
		// time are warnings.
		file: "year-missed.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1986年 @3
  1986-03-10 @5 3月10日 县委召开常委会议。
  1986-12-10 @7 title: 
    @7 [1986-12-10] 12月10日 县政府召开常务会议。
    @9 [-] l987年
  1986-01-05 @11 1月5日 全县三级干部大会召开。
  1986-02-08 @13 2月8日 县人大常委会召开会议。
`,
		warns: []wantWarn{{line: 9, sub: "letter for a digit"}, {line: 11, sub: "before the one above it"}},
	},
	{
		// Year headings OCR read with a letter for a digit after the first
		// figure (2OO5年, 2O1O年), read as 二OO五年 is.
		file: "year-ocr.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2004年 @3
  2004-05-08 @5 5月8日，县政府召开常务会议。
section: 2OO5年 @7
  2005-06-03 @9 6月3日，县人代会召开。
  2005-08 @11 8月，全县遭受暴雨。
section: 2O1O年 @13
  2010-01-12 @15 1月12日，县委召开全会。
`,
	},
	{
		// A year heading letter-spaced as a PDF prints it (1 9 8 7 年).
		file: "year-spaced.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1986年 @3
  1986-03-10 @5 3月10日 县委召开常委会议。
  1986-12-10 @7 12月10日 县政府召开常务会议。
section: 1987年 @9
  1987-01-05 @11 1月5日 全县三级干部大会召开。
  1987-02-08 @13 2月8日 县人大常委会召开会议。
`,
	},
	{
		// A report's section with a year heading (史海钩沉's 1949年) dates nothing
		// after it, and an event that prints another year (2022年11月9日) does not
		// change the year of the next: the issue's year holds.
		file: "report-year-kept.md",
		body: 5,
		want: `title: 宁川月报
section: 史海钩沉 @5
section: 1949年 @7
  1949-10-01 @9 10月1日，宁川县人民政府成立。
section: 大事记 @11
  2023-11-01 @13 11月1日，县委召开常委会议。
  2022-11-09 @15 2022年11月9日，县志办启动的第二轮县志编纂工作通过中期评估。
  2023-11-14 @17 11月14日，市人大常委会调研组到宁川调研。
section: 工作动态 @19
  2023-11-20 @21 title: 县志办召开评审会
    @23 [2023-11-20] 11月20日，县志办召开评审会。
`,
	},
	{
		// A quarterly's 第4期 is no April: its November and December are of the
		// issue's year (a January issue's December is the year before).
		file: "quarterly.md",
		body: 5,
		want: `title: 宁川史志
section: 大事记 @5
  2023-10-08 @7 10月8日，县委召开常委会议。
  2023-11-14 @9 11月14日，县政府召开常务会议。
  2023-12-05 @11 12月5日，县人大常委会召开会议。
`,
	},
	{
		// Dates set as titles, in bold or as headings (**11月1日**, **同日**, ####
		// 11月2日): each is the date of its event.
		file: "bold-dates.md",
		body: 3,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-01 @3 11月1日 县委召开常委会议，传达学习省委全会精神。
  2023-11-01 @5 同日 县政府召开冬季供暖工作会议。
  2023-11-02 @7 title: 11月2日
    @9 [-] 县人大常委会召开第九次会议。
  2023-11-03 @11 title: 3日
    @13 [-] 县政协召开常委会议。
`,
	},
	{
		// A report whose one section is ## 大事记: a section of events, not one
		// entry titled 大事记.
		file: "dsj-only.md",
		body: 5,
		want: `title: 宁川月报
section: 大事记 @5
  2023-11-01 @7 11月1日，县委召开常委会议。
  2023-11-01 @9 同日，县政府召开冬季供暖工作会议。
  2023-11-14 @11 11月14日，宁川县城北公园开工建设。
`,
	},
	{
		// The period after the chronicle's name (宁川县大事记（2023年11月）): the title,
		// and the year and month of its days.
		file: "title-paren.md",
		body: 3,
		want: `title: 宁川县大事记（2023年11月）
section: (none) @0
  2023-11-01 @3 1日 县委召开常委会议。
  2023-11-01 @5 同日 县政府召开会议。
  2023-11-14 @7 14日 宁川县城北公园开工建设。
`,
	},
	{
		// pdftotext -layout: a continuation line under the text column that
		// begins with a date (1月15日起施行。) goes on its event.
		file: "layout-date-line.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2005年 @3
  2005-01-10 @4 1月10日     县人大常委会审议通过《关于实施条例的决定》，1月15日起施行。
  2005-01-12 @7 1月12日     县委召开常委会议，全县3000余名干部参加。
  2005-01-12 @9 同日        县政府召开常务会议。
`,
	},
	{
		// Hard-wrapped with no blank lines: after a line that ends a sentence
		// at the wrap's width, △, 6日 and 同日 begin the next event.
		file: "wrap-full.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2005年 @3
  2005-05-04 @5 5月4日，县人大常委会召开第九次会议，全县完成造林1.5万亩。
  2005-05-04 @6 △研究部署冬季安全生产工作，审议通过《宁川县城乡规划条例》，县委书记王斌轩出席并讲话。
  2005-05-06 @8 6日 县政府召开第二十次常务会议，研究部署冬季安全生产工作。
  2005-05-06 @9 同日，县政协召开常委会议，传达学习省委全会精神，县领导出席。
  2005-05-08 @10 8日，县委召开常委会议。
`,
	},
	{
		// A yearbook's 大事记 chapter in a file of its own, no 条目 to show it is a
		// yearbook: its dates take no year from the edition (宁川年鉴（2023）).
		file: "yearbook-chapter.md",
		body: 3,
		// Said, as the days print no year and the edition's is not theirs.
		warns: []wantWarn{{line: 5, sub: "print no year"}},
		want: `title: 宁川年鉴（2023）
section: 大事记 @3
  --01-10 @5 1月10日 县委十四届二次全会召开。
  --01-10 @7 同日 县政府召开常务会议。
  --02-08 @9 2月8日 全县三级干部大会召开。
`,
	},
	{
		// A page number alone on a line between two events (a page's
		// footer, one page with no others to make a run) is furniture, not
		// the start of the next day (312日); a range into the next year
		// prints its end's year (30日至1987年1月2日).
		file: "lone-page-year-end.md",
		body: 3,
		want: `title: 宁川县大事记
page number: @9
section: 1986年 @3
section: 12月 @5
  1986-12-28 @7 28日，县委召开常委会议，研究部署年终工作和元旦、春节期间市场供应工作。
  1986-12-30..1987-01-02 @8 30日至1987年1月2日，县第一届文化艺术节举行，全县二十个乡镇的文艺队参加演出。
  1986-12-31 @10 31日，县人民政府召开常务会议。
section: 1987年 @12
section: 1月 @14
  1987-01-05 @16 5日，县人民医院新门诊楼启用，开放床位二百张。
`,
	},
	{
		// Lunar dates (农历正月初五, 腊月二十三日, 闰六月初一, 1987年农历八月十五):
		// each an event, dated by the Gregorian day it fell on; 腊月 under
		// 1987年 is of the lunar year that ends in 1987.
		file: "lunar.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1987年 @3
  1987-01-22 @5 腊月二十三日，县委、县政府慰问全县困难群众。
  1987-01-25 @7 1月25日，县人民医院新门诊楼启用。
  1987-02-02 @9 农历正月初五，县城举行灯会，观灯群众逾万人。
  1987-02-10 @11 2月10日，全县三级干部会议召开。
  1987-07-26 @13 闰六月初一，县城降暴雨，城关镇部分街道积水。
  1987-10-07 @15 1987年农历八月十五，县委召开中秋茶话会。
`,
	},
	{
		// Lists of days (3月5、6日, 12、13日, 20、21、22日): the event is dated
		// by their span, first to last, as other lists are; each begins an
		// event.
		file: "day-list.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1987年 @3
  1987-03-02 @5 3月2日，县委召开全县农村工作会议。
  1987-03-05..1987-03-06 @6 3月5、6日，县人大常委会召开第二十三次会议。
  1987-03-12..1987-03-13 @7 12、13日　县委召开扩大会议。
  1987-03-20..1987-03-22 @8 20、21、22日，全县三级干部会议召开。
  1987-04-01 @9 4月1日，县城至临河公路改建工程开工。
`,
	},
	{
		// 元月 is January. 腊月二十三 after 2月3日 under 1987年 is no day of
		// 1987 in order (the lunar year that ends in 1987 has it on 1月22日):
		// it is read in the lunar year 1987, on 1988-02-10, with a warning.
		file:  "yuanyue.md",
		body:  3,
		warns: []wantWarn{{line: 11, sub: "outside the year 1987"}},
		want: `title: 宁川县大事记
section: 1987年 @3
  1987-01-05 @5 元月5日，县政府召开全县春节物资供应工作会议。
  1987-01-20 @7 元月20日，县委召开全县农村工作会议。
  1987-02-03 @9 2月3日，县委召开扩大会议。
  1988-02-10 @11 腊月二十三，县城举办迎春物资交流会。
  1987-12-31 @13 12月31日，县委召开全县干部大会。
`,
	},
	{
		// Years of an era or a reign (清光绪二十六年（1900年）, 民国元年, 民国三十七年（1948年）),
		// as a county chronicle counts the years before 1949: the year
		// printed beside them, else the era's.
		file: "era-years.md",
		body: 3,
		want: `title: 宁川县大事记
section: 清光绪二十六年（1900年） @3
  1900-05 @5 5月，县境大旱，夏粮歉收。
section: 民国元年 @7
  1912-03-01 @9 3月1日，宁川县公署成立。
section: 民国三十七年（1948年） @11
  1948-03-05 @13 3月5日，宁川县城解放。
  1948-11 @15 11月，宁川县人民民主政府成立。
`,
	},
	{
		// Seasons (春，秋冬，: the year), months together (3、4月间: both),
		// holidays alone (春节，: 正月初一 of the year, 国庆节，: October 1):
		// each an event of its own.
		file: "seasons-holidays.md",
		body: 3,
		want: `title: 宁川县大事记
section: 1958年 @3
  1958 @5 春，全县开展兴修水利运动。
  1958-08 @7 8月，全县实现人民公社化。
  1958 @9 秋冬，全县大炼钢铁。
section: 1987年 @11
  1987-01-08 @13 1月8日，县政府召开全县春节物资供应工作会议。
  1987-01-29 @15 春节，县城举办首届迎春灯会。
  1987-03..1987-04 @17 3、4月间，全县遭受严重春旱。
  1987-10-01 @19 国庆节，县城举行万人游园活动。
`,
	},
	{
		// What some offices print before an event's date: a bullet (●, ◆),
		// a number (1., 2、); and a title that begins with the date,
		// over text that does not: the entry takes the title's date.
		file: "event-marks.md",
		body: 3,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-03 @3 ●11月3日　县委召开常委会议，研究部署冬季安全生产工作。
  2023-11-08 @5 ◆ 11月8日　宁川县第二届农民丰收节开幕。
  2023-11-20 @7 1.11月20日，县政府召开全县森林防火工作会议。
  2023-11-25 @9 2、11月25日，县委召开全委会。
  2023-11-28 @11 title: 11月28日　县政协召开常委会议
    @13 [-] 会议协商讨论县城规划。
`,
	},
	{
		// A list's marks before an event's date, as pandoc writes Word's
		// bulleted and numbered paragraphs (-, *, 1), （4）, ①, 一、, ·),
		// and dates in figures (11.10, 2023.11.11, 2023-11-12): each
		// starts an event.
		file: "event-lists.md",
		body: 3,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-01 @3 -   11月1日，县委召开常委会议，研究部署冬季安全生产工作。
  2023-11-02 @5 * 11月2日，县政府召开常务会议。
  2023-11-03 @7 1) 11月3日，县人大常委会召开第十五次会议。
  2023-11-04 @9 （4）11月4日，县政协召开常委会议。
  2023-11-05 @11 (5)11月5日，宁川县第二届农民丰收节开幕。
  2023-11-06 @13 ①11月6日，县委召开全委会。
  2023-11-07 @15 ⑦11月7日，县委理论学习中心组举行集体学习。
  2023-11-08 @17 一、11月8日，全县森林防火工作会议召开。
  2023-11-09 @19 · 11月9日，县城第二污水处理厂投入运行。
  2023-11-10 @21 11.10 县委召开巡察工作动员会。
  2023-11-11 @23 2023.11.11 县政府与省农科院签订合作协议。
  2023-11-12 @25 2023-11-12，全县冬季征兵工作开始。
`,
	},
	{
		// Year and month headings as other copies print them: a year
		// before 1900 (a county's chronicle goes back that far), a year
		// without 年 as MinerU's heading (## 2008), 公元2009年, the title in
		// traditional characters (大事記), 元月 with its day in Chinese
		// numerals, a month's chronicle under its year (1月份大事记).
		file: "years-more.md",
		body: 3,
		want: `title: 宁川县大事記
section: 1894年 @3
  1894-08-01 @5 8月1日，宁川征调民夫。
section: 2008 @7
  2008-01-08 @9 元月八日　县政府召开会议。
section: 公元2009年 @11
section: 1月份大事记 @13
  2009-01-05 @15 5日，全县三级干部大会召开。
  2009-01-18 @17 18日，县政府召开常务会议。
`,
	},
	{
		// Parts of a month and of the year as chronicles date by them:
		// 是月上旬 (the month), 第一季度, 上半年, 是年冬, 本年度 (the year);
		// a holiday with 节 and 期间, dated by its own month (国庆
		// is October whatever the event before; 端午 2022 fell in June).
		file: "periods-more.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2022年 @3
  2022-01-05 @5 1月5日，县委召开十四届三次全会。
  2022-01 @7 是月上旬，全县开展冬季安全生产大检查。
  2022 @9 第一季度，全县生产总值增长百分之六点一。
  2022-05-20 @11 5月20日，县政府召开常务会议。
  2022-06 @13 端午节期间，县总工会开展慰问活动。
  2022 @15 上半年，全县新增市场主体一千二百户。
  2022-09-28 @17 9月28日，县委召开常委会议。
  2022-10 @19 国庆期间，全县接待游客二十万人次。
  2022 @21 是年冬，全县遭受寒潮。
  2022 @23 本年度，全县接待游客三百二十万人次。
`,
	},
	{
		// pdftotext's copy of a chronicle that prints a headline in bold
		// under each date alone: the headline, shorter than the text
		// under it, is a paragraph of its own, not glued to the text
		// (…常委会议会议传达…).
		file: "headline-alone.md",
		body: 2,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-02 @2 title: 
    @2 [2023-11-02] 11月2日 县委召开常委会议
    @4 [-] 会议传达学习省委全会精神，研究部署冬季安全生产工作，县委书记王斌主持会议并讲话。
  2023-11-06 @6 title: 
    @6 [2023-11-06] 11月6日 全县乡村振兴工作推进会召开
    @8 [-] 县委书记王斌出席并讲话，县长李明主持会议，会议安排部署第四季度重点任务。
  2023-11-09 @10 11月9日，县政府召开常务会议，研究部署今冬明春森林防火工作。
`,
	},
	{
		// A county gazetteer's chronicle opens its early events with an
		// era's or a reign's year and the common era's beside it in
		// brackets, either way round: each is an event of that year (and
		// month), before 1900 too.
		file: "era-events.md",
		body: 3,
		want: `title: 宁川县大事记
section: (none) @0
  1370-03 @3 明洪武三年（1370年）三月，明军攻克宁川，置宁川守御千户所。
  1681 @5 清康熙二十年（1681年），知县李某主持纂修《宁川县志》。
  1900-06 @7 1900年（清光绪二十六年）六月，宁川大旱，知县开仓赈济。
  1931 @9 民国二十年(1931年)，宁川县立第一高级小学创办。
  1949-10-01 @11 1949年10月1日，宁川县人民政府成立。
`,
	},
	{
		// A chronicle of a winter, its title spanning two years, its
		// months under no year heading: after 12月, 1月 is of the next
		// year.
		file: "winter-span.md",
		body: 3,
		want: `title: 宁川县大事记（2007年11月—2008年2月）
section: 11月 @3
  2007-11-20 @5 11月20日，县政府召开全县冬季农田水利建设动员会。
section: 12月 @7
  2007-12-10 @9 12月10日，全县冬季征兵工作会议召开。
section: 1月 @11
  2008-01-08 @13 1月8日，全县三级干部大会召开。
section: 2月 @15
  2008-02-06 @17 2月6日，县委召开春节前安全生产工作会议。
`,
	},
	{
		// Ranges as chronicles print them besides the ones above: with the
		// day of the week after each day (11月13日（星期一）至15日（星期三）),
		// parts of a month (11月上、中旬), a part of one month to a part of
		// the next (11月下旬至12月上旬: the two months).
		file: "ranges-more.md",
		body: 3,
		want: `title: 宁川县2023年11月大事记
section: (none) @0
  2023-11-13..2023-11-15 @3 11月13日（星期一）至15日（星期三）　省督查组到宁川督查安全生产工作。
  2023-11 @5 11月上、中旬，全县开展冬季征兵体检。
  2023-11..2023-12 @7 11月下旬至12月上旬，全县开展冬季农田水利建设。
  2023-11-28 @9 11月28日（周二），县委召开常委会议。
`,
	},
	{
		// MinerU sets every heading with one #: the year over its months
		// is a heading, not the cover's year; a book's chapter (第二章
		// 自然环境) is a section, not an entry of the last year.
		file: "mineru-headings.md",
		body: 3,
		want: `title: 宁川县志
section: 大事记 @3
section: 2022年 @5
section: 1月 @7
  2022-01-05 @9 5日 县委召开十四届三次全体会议。
  2022-01-12 @11 12日 县人大常委会召开第九次会议。
section: 2023年 @13
  2023-01-08 @15 1月8日 全县三级干部大会召开。
section: 自然环境 @17
  --03-01 @19 3月1日 宁川县自然资源调查启动。
`,
	},
	{
		// A table of contents of the years alone (1986年 ……… 1): it lists
		// sections, no events, so that neither its lines nor the events
		// without a page are warnings.
		file: "toc-years.md",
		body: 8,
		want: `title: 宁川县大事记（1986—1987）
section: 1986年 @8
  1986-03-05 @10 3月5日，县委召开全县农村工作会议。
  1986-12-30 @12 12月30日，县第九届人民代表大会第一次会议召开。
section: 1987年 @14
  1987-01-08 @16 1月8日，县政府召开全县春节物资供应工作会议。
  1987-05-02 @18 5月2日，县委召开扩大会议。
`,
	},
	{
		// Runs of months into another year, with 至 or a dash: the year of
		// the end printed (2019年12月—2020年1月), said (次年, 翌年) or
		// implied by a month lower than the first (12月至1月), after a
		// part of a month too (12月下旬至次年2月, 1月下旬—3月上旬).
		file: "spans-years.md",
		body: 3,
		want: `title: 宁川县大事记
section: 2019年 @3
  2019-11-20..2019-12-05 @5 11月20日至12月5日，县委第三巡察组对县教育局开展巡察。
  2019-12..2020-01 @7 2019年12月—2020年1月，全县开展冬春送温暖活动。
  2019-12..2020-01 @9 2019年12月至2020年1月，全县开展冬季征兵。
  2019-12..2020-01 @11 12月—次年1月，全县开展冬训。
  2019-12..2020-02 @13 12月下旬至次年2月，全县开展冬季农田水利基本建设。
  2019-12..2020-01 @15 12月至1月，县城开展冬季供暖检查。
section: 2020年 @17
  2020-01..2020-03 @19 1月下旬—3月上旬，全县实行村（社区）封闭式管理。
  2020-02..2021-06 @21 2020年2月至2021年6月，宁川县城南棚户区改造工程实施。
  2020-10..2021-03 @23 10月至翌年3月上旬，全县开展秋冬季造林。
`,
	},
	{
		// A table of 日期 | 事项 whose rows are dated by a month, a part of
		// one or a run of months (| 4月下旬 |, | 5月 |, | 7—8月 |) among
		// rows dated by a day: each row its own event, a pipe table's and
		// MinerU's <table>'s alike.
		file: "table-months.md",
		body: 3,
		want: `title: 宁川县2022年大事记
section: (none) @0
  2022-04-06 @5 | 4月6日 | 县人大常委会召开第三次会议。 |
  2022-04 @6 | 4月下旬 | 全县完成春播面积28万亩。 |
  2022-05 @7 | 5月 | 全县开展安全生产大检查。 |
  2022-06 @8 | 6月上旬 | 县城举办龙舟赛。 |
  2022-06-08 @9 | 6月8日 | 县委召开全会。 |
  2022-06-08 @10 | 当日 | 县政协召开会议。 |
  2022-07..2022-08 @11 | 7—8月 | 全县开展防汛检查。 |
  2022-09-03 @14 | 9月3日 | 县委召开常委会议。 |
  2022-09 @15 | 9月下旬 | 全县完成秋粮收购。 |
  2022-10 @16 | 10月 | 县城第二中学新校区启用。 |
  2022-11-05 @19 11月5日，县委召开全县经济工作会议。
`,
	},
	{
		// An era's year with a month of the lunar calendar (正月, 农历四月,
		// 腊月: before 1900, outside the lunar table, by its number, as an
		// era's 三月 is; from 1900 the Gregorian months it spans), with a
		// season (民国二十六年（1937年）冬, 1938年春: the year), or before
		// 1000 (200年, 621年: years the model holds). A year before the
		// common era (前221年) the model cannot hold: its event is undated,
		// and a warning; so is a leap month its year has not.
		file:  "era-ancient.md",
		body:  3,
		warns: []wantWarn{{line: 5, sub: "before the common era"}, {line: 29, sub: "cannot be"}},
		want: `title: 宁川县志·大事记
section: 古代 @3
  - @5 秦始皇二十六年（前221年），置宁川县，属九江郡。
  0200 @7 东汉建安五年（200年），孙策部将攻占宁川。
  0621 @9 唐武德四年（621年），宁川县改称宁州。
  1368-01 @11 明洪武元年（1368年）正月，明军克宁川，复置宁川县。
  1555-04 @13 明嘉靖三十四年（1555年）农历四月，倭寇窜扰县境，知县率民众御之。
  1849-12 @15 清道光二十九年（1849年）腊月，县境大雪。
section: 近代 @17
  1937 @19 民国二十六年（1937年）冬，县抗日动员委员会成立。
  1938 @21 1938年春，县立中学迁往山区。
  1946 @23 1946年秋冬，县境大旱。
  1950-02..1950-05 @25 1950年正月至三月，全县开展春荒救济。
  1987-09..1987-10 @27 1987年农历八月，县城举办首届灯会。
  - @29 1988年闰六月，县城降暴雨。
`,
	},
}

func readChronicle(t testing.TB, name string) []byte {
	t.Helper()
	return readTestdata(t, filepath.Join("chronicles", name))
}

// TestChronicles: each fixture parses to its expected model with exactly
// the warnings expected (none), ParseAll finds one issue in it, the
// same, and every character of its body is in the model.
func TestChronicles(t *testing.T) {
	for _, f := range chronicles {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			src := readChronicle(t, f.file)
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
			checkLossless(t, f.file, text)
		})
	}
}

// TestChronicleFixtures checks the expectations against the fixtures
// themselves, with no parser: every fixture has a row and every row a
// fixture; each section's line is a heading reading its name; each item
// starts on its line; and the lines of the body are exactly the headings
// and the items, each item's text being its lines joined (trimmed, with
// nothing between them but one space after a date alone on its line).
// It keeps the oracle honest: it must pass whatever the parser does.
func TestChronicleFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "chronicles", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, f := range chronicles {
		if rows[f.file] {
			t.Errorf("%s: two rows", f.file)
		}
		rows[f.file] = true
	}
	for _, p := range files {
		if !rows[filepath.Base(p)] {
			t.Errorf("%s has no row in chronicles", filepath.Base(p))
		}
	}
	for _, f := range chronicles {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			lines := strings.Split(strings.TrimSuffix(string(readChronicle(t, f.file)), "\n"), "\n")
			doc, err := parseChronProjection(f.want)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.render(renderLines); got != f.want {
				t.Fatalf("the projection does not read back: %s", projDiff(f.want, got))
			}
			for _, msg := range doc.checkAgainst(lines, f.body) {
				t.Error(msg)
			}
		})
	}
}

// TestChronicleGolden pins the whole model of each fixture as the JSON
// yuebao json writes (../testdata/chronicles/NAME.json). Run with -update
// to write the files, and review them: the test also reads each file
// back and requires it to hold the expected model of chronicles (section
// names, entry titles, dates with their precision, paragraphs), so that
// -update cannot bless a wrong parse.
func TestChronicleGolden(t *testing.T) {
	for _, f := range chronicles {
		t.Run(strings.TrimSuffix(f.file, ".md"), func(t *testing.T) {
			checkGolden(t, "chronicles", f.file, f.want)
		})
	}
}

// checkGolden parses the fixture file of ../testdata/dir, pins its model
// as the JSON yuebao json writes (file with .json; -update writes it),
// and requires that JSON to hold the projection want.
func checkGolden(t *testing.T, dir, file, want string) {
	t.Helper()
	iss, err := Parse(readTestdata(t, filepath.Join(dir, file)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := model.WriteJSON(&buf, iss); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("..", "testdata", dir, strings.TrimSuffix(file, ".md")+".json")
	testkit.Golden(t, golden, buf.Bytes(), "the model")
	pinned, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parseChronProjection(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chronJSONProject(pinned)
	if err != nil {
		t.Fatalf("%s: %v", golden, err)
	}
	if d := projDiff(doc.render(renderPrecision), got); d != "" {
		t.Errorf("%s does not hold the expected model: %s", golden, d)
	}
}

// The projection, as data: what chronProject makes of a model and
// parseChronProjection of an expectation. It is the model chrongen
// fills for a generated chronicle, so that its expectations are checked
// as the fixtures' are; chronDoc is a type of its own only to carry
// render and checkAgainst.
type chronDoc chrongen.Doc

type (
	chronSection = chrongen.Section
	chronEntry   = chrongen.Entry
	chronPara    = chrongen.Para
)

// Render modes: with source lines (the table); without lines and with
// each date's precision (the JSON, which has no lines); without lines.
const (
	renderLines = iota
	renderPrecision
	renderNoLines
)

func (d *chronDoc) render(mode int) string {
	var b strings.Builder
	at := func(line int) string {
		if mode == renderLines {
			return fmt.Sprintf(" @%d", line)
		}
		return ""
	}
	date := func(s string) string {
		if s == "" {
			s = "-"
		}
		if mode == renderPrecision {
			s += " (" + datePrecision(s) + ")"
		}
		return s
	}
	if d.Title != "" {
		fmt.Fprintf(&b, "title: %s\n", d.Title)
	}
	if d.Published != "" {
		fmt.Fprintf(&b, "published: %s\n", d.Published)
	}
	for _, l := range d.PageNumbers {
		if mode == renderLines { // the JSON's projection has no lines
			fmt.Fprintf(&b, "page number:%s\n", at(l))
		}
	}
	for _, s := range d.Sections {
		name := s.Name
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "section: %s%s\n", name, at(s.Line))
		for _, e := range s.Entries {
			if e.Plain {
				fmt.Fprintf(&b, "  %s%s %s\n", date(e.Date), at(e.Line), e.Paras[0].Text)
				continue
			}
			fmt.Fprintf(&b, "  %s%s title: %s\n", date(e.Date), at(e.Line), e.Title)
			for _, p := range e.Paras {
				pd := ""
				if mode != renderPrecision {
					pd = " [" + date(p.Date) + "]"
				}
				fmt.Fprintf(&b, "   %s%s %s\n", at(p.Line), pd, p.Text)
			}
		}
	}
	return b.String()
}

// datePrecision is the precision of a date as Date.String writes it:
// 1986-04-10 and --04-10 are days, 1986-04 a month, 1986 a year.
func datePrecision(s string) string {
	s, _, _ = strings.Cut(s, "..")
	switch {
	case s == "-":
		return "none"
	case len(s) == 4:
		return "year"
	case len(s) == 7 && !strings.HasPrefix(s, "--"):
		return "month"
	}
	return "day"
}

// chronProject is the projection of a parsed issue.
func chronProject(iss *model.Issue) string { return chronModel(iss).render(renderLines) }

// chronModel is what the projection shows of a parsed issue.
func chronModel(iss *model.Issue) *chronDoc {
	d := &chronDoc{Title: iss.Title, Published: iss.Published.String()}
	for _, f := range iss.Furniture {
		if f.Kind == model.PageNumber {
			d.PageNumbers = append(d.PageNumbers, f.Line)
		}
	}
	for _, s := range iss.Sections {
		cs := chronSection{Name: s.Name, Line: s.Line}
		for _, e := range s.Entries {
			ce := chronEntry{Date: e.Date.String(), Line: e.Line, Title: e.Title}
			for _, p := range e.Paragraphs {
				ce.Paras = append(ce.Paras, chronPara{Line: p.Line, Date: p.Date.String(), Text: p.Text})
			}
			ce.Plain = e.Title == "" && len(e.Paragraphs) == 1 && e.Paragraphs[0].Line == e.Line &&
				(e.Paragraphs[0].Date.IsZero() || e.Paragraphs[0].Date == e.Date)
			cs.Entries = append(cs.Entries, ce)
		}
		d.Sections = append(d.Sections, cs)
	}
	return d
}

var (
	chronSectionLine = regexp.MustCompile(`^section: (.+) @(\d+)$`)
	chronPageLine    = regexp.MustCompile(`^page number: @(\d+)$`)
	chronPlainLine   = regexp.MustCompile(`^  (\S+) @(\d+) (.+)$`)
	chronTitledLine  = regexp.MustCompile(`^  (\S+) @(\d+) title: (.*)$`)
	chronParaLine    = regexp.MustCompile(`^    @(\d+) \[(\S+)\] (.+)$`)
)

// parseChronProjection reads an expectation written as chronProject
// writes it.
func parseChronProjection(s string) (*chronDoc, error) {
	d := &chronDoc{}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	undash := func(s string) string {
		if s == "-" {
			return ""
		}
		return s
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var m []string
		switch {
		case strings.HasPrefix(l, "title: "):
			d.Title = strings.TrimPrefix(l, "title: ")
		case strings.HasPrefix(l, "published: "):
			d.Published = strings.TrimPrefix(l, "published: ")
		case len(d.Sections) == 0 && chronPageLine.MatchString(l):
			d.PageNumbers = append(d.PageNumbers, num(chronPageLine.FindStringSubmatch(l)[1]))
		case chronSectionLine.MatchString(l):
			m = chronSectionLine.FindStringSubmatch(l)
			name := m[1]
			if name == "(none)" {
				name = ""
			}
			d.Sections = append(d.Sections, chronSection{Name: name, Line: num(m[2])})
		case len(d.Sections) > 0 && chronTitledLine.MatchString(l):
			m = chronTitledLine.FindStringSubmatch(l)
			s := &d.Sections[len(d.Sections)-1]
			s.Entries = append(s.Entries, chronEntry{Date: undash(m[1]), Line: num(m[2]), Title: m[3]})
		case len(d.Sections) > 0 && chronPlainLine.MatchString(l):
			m = chronPlainLine.FindStringSubmatch(l)
			s := &d.Sections[len(d.Sections)-1]
			date := undash(m[1])
			s.Entries = append(s.Entries, chronEntry{Date: date, Line: num(m[2]), Plain: true,
				Paras: []chronPara{{Line: num(m[2]), Date: date, Text: m[3]}}})
		case len(d.Sections) > 0 && len(d.Sections[len(d.Sections)-1].Entries) > 0 && chronParaLine.MatchString(l):
			m = chronParaLine.FindStringSubmatch(l)
			s := &d.Sections[len(d.Sections)-1]
			e := &s.Entries[len(s.Entries)-1]
			if e.Plain {
				return nil, fmt.Errorf("line %d: a paragraph under a plain entry: %q", i+1, l)
			}
			e.Paras = append(e.Paras, chronPara{Line: num(m[1]), Date: undash(m[2]), Text: m[3]})
		default:
			return nil, fmt.Errorf("line %d: not a projection line: %q", i+1, l)
		}
	}
	return d, nil
}

// checkAgainst checks the expectation against the lines of its fixture
// (see TestChronicleFixtures) and returns what is wrong.
func (d *chronDoc) checkAgainst(lines []string, body int) []string {
	var bad []string
	badf := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	// starts: the line of every heading, entry and paragraph.
	starts := map[int]bool{}
	last := body - 1
	next := func(l int, what string) bool {
		if l <= last || l > len(lines) {
			badf("%s at line %d: out of order or out of the file", what, l)
			return false
		}
		last = l
		starts[l] = true
		return true
	}
	var texts []struct {
		line int
		text string
	}
	for _, s := range d.Sections {
		if s.Line == 0 {
			if s.Name != "" {
				badf("section %q has no line", s.Name)
			}
		} else if next(s.Line, "section "+s.Name) {
			h := trim(lines[s.Line-1])
			if _, t, ok := heading(h); ok {
				h = t
			}
			if _, name, _, ok := chapterLine(h); ok && name == s.Name {
				h = name // 第一章 大事记: the section 大事记, its label 第一章
			}
			if _, name := nameLabel(h); name == s.Name {
				h = name // ◆3月◆: the section 3月, its label ◆
			}
			if u, _ := unspacedShort(h); h != s.Name && letterSpaced(h) != s.Name && u != s.Name {
				badf("section %q: line %d reads %q", s.Name, s.Line, h)
			}
		}
		for _, e := range s.Entries {
			if !e.Plain {
				if next(e.Line, "entry "+e.Title) {
					_, h, _ := heading(lines[e.Line-1])
					if h != e.Title {
						badf("entry %q: line %d reads %q", e.Title, e.Line, h)
					}
				}
			}
			for _, p := range e.Paras {
				if (e.Plain || p.Line != e.Line) && !next(p.Line, "text "+clipText(p.Text, 12)) {
					continue
				}
				texts = append(texts, struct {
					line int
					text string
				}{p.Line, p.Text})
			}
		}
	}
	// Every line of the body is blank, a start, a page number, or goes on
	// the text that starts above it.
	pageNumber := map[int]bool{}
	for _, l := range d.PageNumbers {
		if l < body || l > len(lines) || strings.Trim(lines[l-1], "0123456789 ") != "" {
			badf("page number at line %d: not a number alone in the body", l)
		}
		pageNumber[l] = true
	}
	// A table's markup (the rule under its header row, <table> and
	// </table> alone) is no text, and an HTML table's row (MinerU's
	// <tr><td>…) reads as the Markdown row it is parsed to.
	markup := map[int]bool{}
	lines = append([]string(nil), lines...)
	for i := body; i <= len(lines); i++ {
		if rows, last, ok := htmlTable(lines, i-1); ok {
			for k := i; k <= last+1; k++ {
				markup[k] = true
			}
			for _, r := range rows {
				markup[r.line+1] = false
				lines[r.line] = r.text
			}
			i = last + 1
			continue
		}
		// So is a chronicle table's header row over its rule (| 日期 | 事项 |).
		_, head := chronColumns(tableCells(lines[i-1]))
		markup[i] = tableSeparator(lines[i-1]) || head && i < len(lines) && tableSeparator(lines[i])
	}
	open := -1 // index in texts of the text the next line may go on
	joined := ""
	k := 0
	for i := body; i <= len(lines); i++ {
		l := lines[i-1]
		switch {
		case pageNumber[i], markup[i]:
			open = -1
		case starts[i]:
			open = -1
			if k < len(texts) && texts[k].line == i {
				open, joined = k, trim(l)
				k++
			}
		case isBlank(l):
			open = -1
		case open < 0:
			badf("line %d (%q) is in no item", i, l)
		default:
			if i == texts[open].line+1 && dateAlone(joined) {
				joined += " " // a date alone on its line: one space, always
			}
			joined += trim(l)
		}
		if open >= 0 && (i == len(lines) || starts[i+1] || pageNumber[i+1] || markup[i+1] || isBlank(lines[i])) {
			if joined != texts[open].text && strings.ReplaceAll(joined, "**", "") != texts[open].text { // a date in bold is read as if not
				badf("the item at line %d reads %q in the file, %q in the table", texts[open].line, joined, texts[open].text)
			}
			open = -1
		}
	}
	return bad
}

// dateAlone reports whether line l is a date and nothing else (2月18日).
func dateAlone(l string) bool {
	return strings.HasSuffix(l, "日") && strings.Trim(l, "0123456789０１２３４５６７８９年月日 ") == ""
}

// chronJSONProject is the projection of a model written by WriteJSON,
// without lines (the JSON has none), with each date's precision.
func chronJSONProject(b []byte) (string, error) {
	var v struct {
		Title     *string `json:"title"`
		Published *string `json:"published"`
		Sections  []struct {
			Name    *string `json:"name"`
			Entries []struct {
				Title *string `json:"title"`
				Date  *struct {
					Start     *string `json:"start"`
					End       *string `json:"end"`
					Precision *string `json:"precision"`
				} `json:"date"`
				Paragraphs []string `json:"paragraphs"`
			} `json:"entries"`
		} `json:"sections"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return "", err
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	var out strings.Builder
	if v.Title != nil {
		fmt.Fprintf(&out, "title: %s\n", *v.Title)
	}
	if v.Published != nil {
		fmt.Fprintf(&out, "published: %s\n", *v.Published)
	}
	for _, s := range v.Sections {
		name := str(s.Name)
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&out, "section: %s\n", name)
		for _, e := range s.Entries {
			date := "- (none)"
			if e.Date != nil {
				date = str(e.Date.Start)
				if end := str(e.Date.End); end != date {
					date += ".." + end
				}
				prec := "no precision"
				if e.Date.Precision != nil {
					prec = *e.Date.Precision
				}
				date += " (" + prec + ")"
			}
			if str(e.Title) == "" && len(e.Paragraphs) == 1 {
				fmt.Fprintf(&out, "  %s %s\n", date, e.Paragraphs[0])
				continue
			}
			fmt.Fprintf(&out, "  %s title: %s\n", date, str(e.Title))
			for _, p := range e.Paragraphs {
				fmt.Fprintf(&out, "    %s\n", p)
			}
		}
	}
	return out.String(), nil
}

// TestEventLeadNotMark: what looks like a list's mark but has no date
// after it is text, not an event's start.
func TestEventLeadNotMark(t *testing.T) {
	for _, s := range []string{"1.5万名群众参加活动。", "（1）全县完成造林任务。", "- 会议要求：", "①全年完成投资。", "一、总体要求", "11.5%的增长", "2023.11 县委…"} {
		if eventStart(s) {
			t.Errorf("eventStart(%q) = true", s)
		}
	}
	for _, s := range []string{"-   11月3日，县委召开会议。", "（12）11月3日，县委召开会议。", "⑴11月7日，乙。", "十二、11月8日，丙。", "11.3 县委召开会议。"} {
		if !eventStart(s) {
			t.Errorf("eventStart(%q) = false", s)
		}
	}
}

// TestOddHeadOnce: a short copy whose odd page prints its head once,
// after the page's number (·13· / 大事记): a running head, taken out, not
// a section, nor text glued to the next event (大事记25日…).
func TestOddHeadOnce(t *testing.T) {
	src := "宁川县大事记\n\n2022年\n\n2月\n6日 县委召开全县优化营商环境大会。\n18日 县纪委召开十四届三次全会。\n·13·\n大事记\n25日 宁川县第一届茶文化节开幕，为期三天。\n"
	iss := ParseText(src)
	found := false
	for _, f := range iss.Furniture {
		if f.Line == 9 && f.Kind == model.RunningHead {
			found = true
		}
	}
	if !found {
		t.Errorf("大事记 at line 9 is not a running head: %+v", iss.Furniture)
	}
	last := iss.Sections[len(iss.Sections)-1]
	e := last.Entries[len(last.Entries)-1]
	if last.Name != "2月" || e.Date.Start.String() != "2022-02-25" || e.Paragraphs[0].Text != "25日 宁川县第一届茶文化节开幕，为期三天。" {
		t.Errorf("the last event is %q %v in %q", e.Paragraphs[0].Text, e.Date, last.Name)
	}
}
