package parser

import (
	"fmt"
	"strings"
	"testing"
)

// TestRedTeamPdfminer holds copies of a 月报 as pdfminer.six's
// extract_text prints it, and markitdown, which uses it
// (testdata/rt-c2-*.md): each text box a paragraph, a form feed after
// each page, the running head and the page's number boxes of their own.
func TestRedTeamPdfminer(t *testing.T) {
	for _, c := range []redTeamCase{
		// Kangxi radicals for the characters some fonts map to them
		// (⼯ for 工, ⽉ for 月, ⽂ for 文) and a simplified CJK radical (⻔
		// for 门): read as the characters, so that the titles match the
		// contents (工作动态 and two of its titles had been warned as
		// missing from the body, their text run into one untitled entry).
		{"rt-c2-radicals.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|石桥乡召开村志编纂推进会|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1", ""},
		// The same with no contents: the dates (11⽉8⽇) had not been read,
		// the two articles one untitled entry, silently.
		{"rt-c2-radicals-bare.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"|石桥乡召开村志编纂推进会|2023-11-08|1; |东城区完成村志初稿|2023-11-20|1", ""},
		// (cid:N), pdfminer's number for a glyph the font does not map to
		// a character: shown as U+FFFD with a warning at the line; a line
		// of nothing else taken out (it had been text, and joined the
		// next page's title); 11月(cid:3)日 the month (the text had shown
		// the numbers, silently, and the undated article had lost its
		// title).
		{"rt-c2-cid.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"|县志办开展地情资料征集活动|2023-11|1; |《宁川县志》通过\uFFFD\uFFFD|2023-11-15|1", "11,14,20,23"},
		// A text box set wide, a space between every two characters (李 明
		// 俊 调 研 城 乡 客 运 工 作, 1 1 月 9 日 ， 县 长 …): read without them
		// (the title and text had kept them, and a search for 李明俊 had
		// not found the entry).
		{"rt-c2-spaced.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 重要会议|全县安全生产座谈会召开|2023-11-28|1", ""},
		// A table printed a cell a box (指标 / 单位 / … / 186.5 / 5.2 /
		// 规模以上工业增加值 / 亿元 / 62.3 / …), inside an article: a
		// paragraph a cell under its caption, none a title (5.2 and the
		// cells after it had been joined into one sentence, 5.2规模以上工业
		// 增加值亿元62.36.8…, and 4.9 had titled the source line, silently).
		{"rt-c2-table-cells.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"|全县前三季度经济运行情况|2023-11-10|1; |2023年1—9月宁川县主要经济指标||17; |全县安全生产座谈会召开|2023-11-28|1", ""},
		// The contents as pdfminer orders its boxes: the columns' names
		// and titles first, then the pages a number a line (时政要闻 /
		// 县委常委会… / … / 大事记 / 1 / 1 / 2 / 2 / 3), or the pages
		// first: each title its page, in order, a short name over a longer
		// title a column (the columns had been entries of one untitled
		// section, a title a section, and the numbers warned as titles the
		// body lacks).
		{"rt-c2-toc-titles-first.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|1; 时政要闻|县政府召开第二十次常务会议|2023-11-06|1; 领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", ""},
		{"rt-c2-toc-pages-first.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|1; 时政要闻|县政府召开第二十次常务会议|2023-11-06|1; 领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", ""},
		// The same with a title pdfminer wrapped in its box (…编纂工作推 /
		// 进会, no blank between), its pages full-width (１ / ２ / ４) and
		// a title letter-spaced: the two lines one title (进会, short and
		// over a longer title, had been taken for a column's name, and
		// the pages given one title down, silently).
		{"rt-c2-toc-wrapped.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"工作动态|县史志办召开《宁川年鉴（2023）》编纂工作推进会|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 领导活动|李明俊调研城乡客运工作|2023-11-21..2023-11-22|1", ""},
		// The cover's boxes in pdfminer's order, the number over the title
		// (2023年第11期 / 宁川史志 / 宁川县地方史志办公室 / （总第186期） /
		// 2023年12月5日): the title over the office is the title (it had
		// been lost, the rest of the cover an entry titled 宁川史志 and
		// dated by the cover's date, silently).
		{"rt-c2-cover-number-first.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-05",
			"|县史志办召开年鉴编纂工作会议|2023-11-03|1; |县志办开展地情资料征集活动|2023-11-08|1", ""},
		// Each page's number the first box pdfminer prints of it, right
		// after the form feed (\f1 / 宁川月报 2023年第11期): the number of
		// the page that begins (it had been read as the footer of the
		// page before, every page one more than printed: 大事记's days on
		// p.4, the contents saying 3, silently).
		{"rt-c2-page-number-first.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1; 大事记||2023-11-15|1; 大事记||2023-11-30|1", ""},
		// Contents over two pages, 目　录 atop each, each page's titles
		// then its pages: each page read so (目　录 had been taken for a
		// running head, the contents for text of the body before its
		// first column, warned only as a cover line not understood).
		{"rt-c2-toc-two-pages.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|1; 时政要闻|县政府召开第二十次常务会议|2023-11-06|1; 领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", ""},
		// Titles and pages that do not pair (a page lost: four for five
		// titles): said at the heading, as what it is (it had been warned
		// only as pages listed as titles the body lacks).
		{"rt-c2-toc-unpaired.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"|时政要闻||0; |县委常委会召开会议传达学习省委全会精神|2023-11-02|1; |县政府召开第二十次常务会议|2023-11-06|1; |领导活动||0; |王建国调研信访稳定工作|2023-11-07|1; 李明俊调研城乡客运工作||2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", "9,27,31"},
		// The columns' names with a page each too, the page of the title
		// under them (时政要闻 / … / 1 / 1 / 1 / 2 / …): a name takes its
		// page and stays a name (after the titles-first reading the
		// names had been entries of no text, one untitled section,
		// silently).
		{"rt-c2-toc-names-paged.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|1; 时政要闻|县政府召开第二十次常务会议|2023-11-06|1; 领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", ""},
		// That title's end in a box of its own (…编纂工作推 / blank / 进会),
		// in the contents and in the body alike: one title, as the body
		// prints it over its dated text (进会 had been a column's name, in
		// the contents after the titles-first reading, and in the body).
		{"rt-c2-toc-title-two-boxes.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"工作动态|县史志办召开《宁川年鉴（2023）》编纂工作推进会|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 领导活动|李明俊调研城乡客运工作|2023-11-21..2023-11-22|1", ""},
		// A 大事记 set as a table of two columns, pdfminer's boxes a
		// column at a time: the dates alone (11月1日 / 11月3日 / …), then
		// as many events; each event read after its date (the days had
		// been of no text, warned, and the four events one paragraph of
		// the last day's).
		{"rt-c2-dsj-columns.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"大事记||2023-11-01|1; 大事记||2023-11-03|1; 大事记||2023-11-08|1; 大事记||2023-11-15|1", ""},
		// A title set bold by printing it twice, a hair apart, which
		// pdfminer reads as every character twice (县县史史志志办办…): each
		// once (the titles had been shown doubled, silently, and a
		// search for 县史志办 had missed them).
		{"rt-c2-doubled.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"|县史志办召开年鉴编纂工作会议|2023-11-03|1; |县志办开展地情资料征集活动|2023-11-08|1", ""},
		// A title pdfminer set with spaces between some of its words (李明俊
		// 调研 城乡客运工作) that the contents print without: the
		// contents' spelling (the spaces had been shown, and a search for
		// 李明俊调研 had missed it).
		{"rt-c2-title-word-spaces.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1; 大事记||2023-11-15|1; 大事记||2023-11-30|1", ""},
		// The leaders in boxes of their own, a run of ……… lines between
		// the titles and the pages: no titles (the contents had been text
		// of the body before its first column, silently).
		{"rt-c2-toc-leader-boxes.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-05",
			"时政要闻|县委常委会召开会议传达学习省委全会精神|2023-11-02|1; 时政要闻|县政府召开第二十次常务会议|2023-11-06|1; 领导活动|王建国调研信访稳定工作|2023-11-07|1; 领导活动|李明俊调研城乡客运工作|2023-11-09|1; 大事记||2023-11-01|1; 大事记||2023-11-03|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if t.Failed() {
				return
			}
			wantPages := map[string]string{"rt-c2-toc-wrapped.md": "1,2,4", "rt-c2-toc-title-two-boxes.md": "1,2,4", "rt-c2-page-number-first.md": "1,2,3,3,3,3"}
			if w, ok := wantPages[c.file]; ok {
				var pages []string
				for _, s := range iss.Sections {
					for _, e := range s.Entries {
						pages = append(pages, fmt.Sprint(e.Page))
					}
				}
				if g := strings.Join(pages, ","); g != w {
					t.Errorf("the entries' pages are %s, want %s", g, w)
				}
			} else if strings.HasPrefix(c.file, "rt-c2-toc-") && c.file != "rt-c2-toc-unpaired.md" {
				// (大事记, a column with no titles, is listed as its
				// line would be with its page beside it: an entry.)
				var toc []string
				for _, s := range iss.TOC {
					for _, e := range s.Entries {
						toc = append(toc, fmt.Sprintf("%s|%s|%d", s.Name, e.Title, e.Page))
					}
				}
				if g, w := strings.Join(toc, "; "), "时政要闻|县委常委会召开会议传达学习省委全会精神|1; 时政要闻|县政府召开第二十次常务会议|1; 领导活动|王建国调研信访稳定工作|2; 领导活动|李明俊调研城乡客运工作|2; 领导活动|大事记|3"; g != w {
					t.Errorf("the contents\n got  %s\n want %s", g, w)
				}
			}
			if c.file == "rt-c2-table-cells.md" {
				var cells []string
				for _, p := range iss.Sections[0].Entries[1].Paragraphs {
					cells = append(cells, p.Text)
				}
				if g, w := strings.Join(cells, "|"), "指标|单位|数值|同比增长（%）|地区生产总值|亿元|186.5|5.2|规模以上工业增加值|亿元|62.3|6.8|社会消费品零售总额|亿元|71.4|4.9|资料来源：宁川县统计局"; g != w {
					t.Errorf("the table's cells\n got  %s\n want %s", g, w)
				}
			}
			var text strings.Builder
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					for _, p := range e.Paragraphs {
						text.WriteString(p.Text)
					}
				}
			}
			switch got := text.String(); {
			case strings.ContainsFunc(got, func(r rune) bool { return r >= 0x2E80 && r <= 0x2FDF }):
				t.Errorf("a radical is left in the text: %s", got)
			case strings.Contains(got, "(cid:"):
				t.Errorf("a (cid:N) is left in the text: %s", got)
			case c.file == "rt-c2-radicals.md" && !strings.Contains(got, "部门负责同志"):
				t.Errorf("⻔ is not read as 门: %s", got)
			case c.file == "rt-c2-dsj-columns.md" && !strings.Contains(got, "11月3日\u3000县人大常委会召开第十二次会议。11月8日"):
				t.Errorf("the events are not after their dates: %s", got)
			case c.file == "rt-c2-spaced.md" && !strings.Contains(got, "11月9日，县长李明俊到县公共交通有限公司调研城乡客运改革发展工作，了解"):
				t.Errorf("the letter-spaced text keeps its spaces: %s", got)
			case c.file == "rt-c2-cid.md" && !strings.Contains(got, "县委副书记\uFFFD\uFFFD出席"):
				t.Errorf("the unmapped name is not shown as two U+FFFD: %s", got)
			}
		})
	}
}
