package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// d2Outline is a chronicle's model as a reader meets it: each section
// (a year, a month) with its events' dates (their precision in their
// form: 2022-07 a month) and paragraph counts, "name: date/n date/n; …".
func d2Outline(iss *model.Issue) string {
	var b strings.Builder
	for i, s := range iss.Sections {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.Name + ":")
		for _, e := range s.Entries {
			fmt.Fprintf(&b, " %s/%d", e.Date, len(e.Paragraphs))
		}
	}
	return b.String()
}

// A year's chronicle (大事记) set in two columns, as pdftotext -layout
// prints its pages: each column's lines beside the other's, the year
// across the page, the months centred in their column.
func TestRedTeamD2ChronicleColumns(t *testing.T) {
	for _, c := range []struct {
		file, outline string
		texts         []string // paragraphs that must be read whole, in order
	}{
		// Day lines (1月4日，…), 15日　…, △, 同日, 是月, month headings in
		// both columns, events run from the left column into the right:
		// read column by column (a page of many month headings and
		// paragraphs' last lines beside the other column's prose had
		// been left unsplit, warned, and its months interleaved).
		{"rt-d2-chron-columns.md",
			"2022年:; 1月: 2022-01-04/1 2022-01-12/1 2022-01-12/1 2022-01-20/1 2022-01-20/1 2022-01/1; " +
				"2月: 2022-02-08/1 2022-02-15/1 2022-02-26/1; 3月: 2022-03-05/1 2022-03-12/1 2022-03-18/1 2022-03/1; " +
				"4月: 2022-04-07/1 2022-04-21/1 2022-04-21/1; 5月:",
			[]string{"1月20日，县委、县政府召开全县春节期间安全稳定工作会议，部署节日期间安全生产、森林防火和市场保供工作。",
				"△县史志研究室编纂的《宁川县志（1986—2005）》通过省级终审验收。",
				"2月26日，宁川经济开发区新能源电池材料项目开工奠基，项目总投资32亿元，达产后年产值可达60亿元。"}},
		// The same, each day line set with a hanging date (1月6日<gap>
		// 宁川县…), the text's lines under the text: the page splits at
		// the gutter (its lines of three and four runs had been taken for
		// a table's, and the page left unsplit, its months interleaved).
		{"rt-d2-chron-hanging.md",
			"2022年: 2022-04-21/1 2022-04-21/1; 5月: 2022-05-10/1 2022-05-18/1 2022-05-30..2022-06-02/1; 6月: 2022-06-15/1 2022-06/1; " +
				"2023年:; 1月: 2023-01-06/1 2023-01-18/1 2023-01/1; 2月: 2023-02-03/1 2023-02-14/1 2023-02-14/1; " +
				"3月: 2023-03-01/1 2023-03-22/1",
			[]string{"5月18日     “方志馆里话宁川”活动启动仪式在县方志馆举行。",
				"同日        县长刘振华带队到石桥乡检查春耕备播工作。"}},
		// One-line events with hanging dates in both columns: the
		// right column's date gap, on more lines than the gutter, is no
		// gutter (the page had not been looked at for columns at all,
		// its lines leading with a date, and its months interleaved).
		{"rt-d2-chron-hanging-short.md",
			"2022年:; 7月: 2022-07-01/1 2022-07-06/1 2022-07-12/1; 8月: 2022-08-02/1 2022-08-09/1 2022-08-15/1; " +
				"9月: 2022-09-01/1 2022-09-08/1 2022-09-20/1; " +
				"10月: 2022-10-03/1 2022-10-09/1 2022-10-16/1 2022-10-18/1 2022-10-25/1 2022-10/1; " +
				"11月: 2022-11-01/1 2022-11-03/1 2022-11-08/1 2022-11-10/1 2022-11-15/1 2022-11-21/1 2022-11-21/1 2022-11-28/1; " +
				"12月: 2022-12-02/1 2022-12-09/1 2022-12-13/1 2022-12-20/1 2022-12-26/1 2022-12-30/1",
			[]string{"7月12日     全县防汛工作会议召开。", "是月        全县完成秋播小麦四十六万亩。"}},
		// The chronicle's last page, two lines a column: too short for
		// a gutter of its own, read at the pages' before it (its two
		// events had been one paragraph of both columns' lines, silently).
		{"rt-d2-chron-short-page.md",
			"2022年:; 1月: 2022-01-04/1 2022-01-12/1 2022-01-12/1 2022-01-20/1 2022-01-20/1 2022-01/1; " +
				"2月: 2022-02-08/1 2022-02-15/1 2022-02-26/1; 3月: 2022-03-05/1 2022-03-12/1 2022-03-18/1 2022-03/1; " +
				"4月: 2022-04-07/1 2022-04-21/1 2022-04-21/1; 5月: 2022-05-10/1 2022-05-18/1",
			[]string{"5月10日，全县防汛抗旱工作会议召开，对汛期各项准备工作进行安排部署。",
				"5月18日，“方志馆里话宁川”活动启动仪式在县方志馆举行。"}},
		// Hanging dates, and a 是月<gap>… line near the foot or the top of
		// three pages: an event, no running head (是月 had been taken for
		// a head's part, and the three lines dropped from the text as
		// heads, silently).
		{"rt-d2-chron-shiyue-foot.md",
			"2022年:; 1月: 2022-01-04/1 2022-01-12/1 2022-01-12/1 2022-01-20/1 2022-01-20/1 2022-01/1; " +
				"2月: 2022-02-08/1 2022-02-15/1 2022-02-26/1; 3月: 2022-03-05/1 2022-03-12/1 2022-03-18/1 2022-03/1 2022-03/1; " +
				"2023年:; 1月: 2023-01-06/1 2023-01-18/1 2023-01/1; 2月: 2023-02-03/1 2023-02-14/1 2023-02-14/1",
			[]string{"是月        全县完成冬小麦播种46.2万亩，较上年增加0.8万亩。",
				"是月        全县开展“我为群众办实事”实践活动，收集群众意见建议326条。",
				"是月        全县小麦收获全面结束，总产21.6万吨。"}},
		// The whole chronicle on a wider page: 2023年 centred across it
		// by 54 spaces (a year heading had been a heading only to 60
		// bytes, margin and all: here a line of the event above, and
		// 2023's months of 2022, warned).
		{"rt-d2-chron-wide.md",
			"2022年:; 1月: 2022-01-04/1 2022-01-12/1 2022-01-12/1 2022-01-20/1 2022-01-20/1 2022-01/1; " +
				"2月: 2022-02-08/1 2022-02-15/1 2022-02-26/1; 3月: 2022-03-05/1 2022-03-12/1 2022-03-18/1 2022-03/1; " +
				"4月: 2022-04-07/1 2022-04-21/1 2022-04-21/1; 5月: 2022-05-10/1 2022-05-18/1 2022-05-30..2022-06-02/1; " +
				"6月: 2022-06-15/1 2022-06/1; 2023年:; 1月: 2023-01-06/1 2023-01-18/1 2023-01/1; " +
				"2月: 2023-02-03/1 2023-02-14/1 2023-02-14/1; 3月: 2023-03-01/1 2023-03-22/1",
			[]string{"是月，全县小麦收获全面结束，总产21.6万吨。", "1月6日，宁川县第十七届人民代表大会第二次会议开幕。"}},
		// One column as -layout prints a wide page: the year centred by
		// 54 spaces, the months by 45 (a month heading had been one only
		// to 40 bytes): the year's events of 2022, each month a section
		// (the year had been a paragraph, the events of no year, and 12月
		// a paragraph of the event above, silently).
		{"rt-d2-layout-year-margin.md",
			"2022年:; 11月: 2022-11-01/1 2022-11-08/1 2022-11-20/1 2022-11/1; 12月: 2022-12-05/1 2022-12-28/1",
			[]string{"是月，全县完成冬小麦播种46.2万亩，较上年增加0.8万亩。"}},
		// The chronicle's last page, four lines whose wide gaps put the
		// gutter gutter() finds into the right column: read at the gutter
		// of the page before it (3月 had been lost, 3月22日's event run
		// into 3月1日's, silently).
		{"rt-d2-chron-last-page.md",
			": --05-18/1 --05-30..--06-02/1; 6月: --06-15/1 --06/1; 2023年:; 1月: 2023-01-06/1 2023-01-18/1 2023-01/1; " +
				"2月: 2023-02-03/1 2023-02-14/1 2023-02-14/1; 3月: 2023-03-01/1 2023-03-22/1",
			[]string{"3月1日      全县春季农业生产暨森林防灭火工作会议召开，副县长孙明远出席会议并讲话。",
				"3月22日     宁川县第一实验小学新校区开工建设，规划办学规模60个班。"}},
		// One-line events, the right column left short on the page (the
		// year's end), the left running on below it: still the columns'
		// lines (the page had been taken for mostly one column's, warned,
		// its months interleaved).
		{"rt-d2-chron-left-longer.md",
			"2022年:; 7月: 2022-07-01/1 2022-07-06/1 2022-07-12/1; 8月: 2022-08-02/1 2022-08-09/1 2022-08-15/1; " +
				"9月: 2022-09-01/1 2022-09-08/1 2022-09-20/1; " +
				"10月: 2022-10-03/1 2022-10-09/1 2022-10-16/1 2022-10-18/1 2022-10-25/1 2022-10/1; " +
				"11月: 2022-11-01/1 2022-11-03/1 2022-11-08/1 2022-11-10/1 2022-11-15/1 2022-11-21/1 2022-11-21/1 2022-11-28/1; " +
				"12月: 2022-12-02/1 2022-12-09/1 2022-12-13/1 2022-12-20/1 2022-12-26/1 2022-12-30/1",
			[]string{"10月25日，全县冬季征兵工作开始。", "是月，全县完成秋播小麦四十六万亩。", "11月1日，县委全会召开第五次会议。"}},
		// Narrow columns of short events: many lines hold a month
		// heading or a paragraph's last characters (议。, 座谈会。) on both
		// sides, which tell neither prose nor not (the first page had been
		// left unsplit, warned, its months interleaved).
		{"rt-d2-chron-short-tails.md",
			"2022年:; 7月: 2022-07-01/1 2022-07-06/1 2022-07-12/1; 8月: 2022-08-02/1 2022-08-09/1 2022-08-15/1; " +
				"9月: 2022-09-01/1 2022-09-08/1 2022-09-20/1; " +
				"10月: 2022-10-03/1 2022-10-09/1 2022-10-16/1 2022-10-18/1 2022-10-25/1 2022-10/1; " +
				"11月: 2022-11-01/1 2022-11-03/1 2022-11-08/1 2022-11-10/1 2022-11-15/1 2022-11-21/1 2022-11-21/1 2022-11-28/1; " +
				"12月: 2022-12-02/1 2022-12-09/1 2022-12-13/1 2022-12-20/1 2022-12-26/1 2022-12-30/1",
			[]string{"7月1日，县委召开庆祝建党101周年座谈会。", "7月6日，县政府召开第十四次常务会议。", "8月2日，县人大常委会召开第五次会议。"}},
		// One-line events with hanging dates of four figures and fewer
		// (7月6日<gap>…, eight bytes): the page is looked at for columns
		// (it had not been, its lines' first gap too near their start,
		// and its months interleaved, warned).
		{"rt-d2-chron-hanging-one-line.md",
			"2022年:; 7月: 2022-07-01/1 2022-07-06/1 2022-07-12/1; 8月: 2022-08-02/1 2022-08-09/1 2022-08-15/1; " +
				"9月: 2022-09-01/1 2022-09-08/1 2022-09-20/1; " +
				"10月: 2022-10-03/1 2022-10-09/1 2022-10-16/1 2022-10-18/1 2022-10-25/1 2022-10/1; " +
				"11月: 2022-11-01/1 2022-11-03/1 2022-11-08/1 2022-11-10/1 2022-11-15/1 2022-11-21/1 2022-11-21/1 2022-11-28/1; " +
				"12月: 2022-12-02/1 2022-12-09/1 2022-12-13/1 2022-12-20/1 2022-12-26/1 2022-12-30/1",
			[]string{"7月1日      县委召开庆祝建党101周年座谈会。", "是月        全县完成秋播小麦四十六万亩。"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			all := parseAllFile(t, c.file)
			if len(all) != 1 {
				t.Fatalf("%d issues: %s", len(all), issuesSummary(all))
			}
			iss := all[0]
			if got := d2Outline(iss); got != c.outline {
				t.Errorf("outline\n got %s\nwant %s", got, c.outline)
			}
			for _, w := range iss.Warnings {
				t.Errorf("warning at line %d: %s", w.Line, w.Message)
			}
			var paras []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					for _, p := range e.Paragraphs {
						paras = append(paras, p.Text)
					}
				}
			}
			at := 0
			for _, want := range c.texts {
				k := -1
				for i := at; i < len(paras); i++ {
					if paras[i] == want {
						k = i
						break
					}
				}
				if k < 0 {
					t.Errorf("no paragraph %q (after #%d)", want, at)
					continue
				}
				at = k + 1
			}
		})
	}
}
