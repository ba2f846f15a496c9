package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w7Entries is each entry of iss as section|title|date|paragraphs|page,
// joined by "; ".
func w7Entries(iss *model.Issue) string {
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%s|%d|%d", s.Name, e.Title, e.Date, len(e.Paragraphs), e.Page))
		}
	}
	return strings.Join(got, "; ")
}

// TestRedTeamW7PartyHead: a party history office's 大事记 as plain
// pdftotext keeps a book's chapter: its pages headed by the title without
// the party's name it begins with (青岚县党史大事记 atop the pages of
// 中共青岚县党史大事记（1949—1978）), alternating with the period's name.
// Both heads are furniture, each event under its year (the first head had
// been a section between the years each time, the events on its page of
// no year, warned, or of the year before the page, silently).
func TestRedTeamW7PartyHead(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-party-head.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1958年||1958-01-05|1; 1958年||1958-03|1; 1959年||1959-02|1; 1959年||1959-11|1; 1960年||1960-01-12|1", ""})
	if got, want := w7Entries(iss), "1957年||1957-01|1|34; 1957年||1957-02-14|1|34; 1957年||1957-03|1|35; 1957年||1957-03|1|35; "+
		"1958年||1958-01-05|1|35; 1958年||1958-03|1|36; 1959年||1959-02|1|36; 1959年||1959-11|1|37; 1960年||1960-01-12|1|38"; got != want {
		t.Errorf("events\n got  %s\n want %s", got, want)
	}
}

// w7Masthead is iss's masthead as key=value, joined by "|".
func w7Masthead(iss *model.Issue) string {
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"="+f.Value)
	}
	return strings.Join(fs, "|")
}

// TestRedTeamW7MineruMasthead: MinerU's cover, every line a # heading,
// the masthead an HTML <table> one of whose cells is the issue's date
// (2024年5月6日印发), then # 本期要目 over two titles and # 目录 over
// every one: one issue, the table its masthead and date (the table had
// been the body's untitled text, the box's titles sections, and the 目录
// a second issue with no cover, its events of no year, warned).
func TestRedTeamW7MineruMasthead(t *testing.T) {
	const file = "rt-w7-mineru-masthead.md"
	if all := parseAllFile(t, file); len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	iss := checkRedTeam(t, redTeamCase{file, "青岚月报|2024|4||2024-05-06",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|2; 时政要闻|全县安全生产工作会议召开|2024-04-22|1; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2", ""})
	if got, want := w7Masthead(iss), "主管=青岚县人民政府|主办=青岚县地方史志研究室|主编=周明远|副主编=林晓梅|责任编辑=许文静"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
	if got, want := w6TOC(iss), "时政要闻=全县一季度经济运行分析会召开@3,全县安全生产工作会议召开@3; 领导活动=周明德到青溪镇调研乡村振兴工作@4"; got != want {
		t.Errorf("contents\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW7DangshiCover: a party history's title page as plain
// pdftotext keeps it: the name, the period it covers in brackets on the
// next line, the office that compiled it, the month it was printed. The
// period is the title's, the month the book's printing (the period and
// the office had been the body's untitled text, and 2023年6月 a section,
// silently).
func TestRedTeamW7DangshiCover(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-dangshi-cover.md", "中共青岚县党史大事记（1949—1978）|0|0|中共青岚县委党史研究室|2023-06",
		"1957年||1957-01|1; 1957年||1957-02-14|1; 1957年||1957-03|1; 1957年||1957-03|1; 1957年||1957-04-10..1957-04-16|1; 1957年||1957|2; 1958年||1958-01-05|1", ""})
	if got, want := len(iss.Sections), 3; got != want || iss.Sections[0].Name != "社会主义建设的全面展开（1957—1966）" {
		t.Errorf("%d sections, the first %q; want %d, the period's first", got, iss.Sections[0].Name, want)
	}
}

// TestRedTeamW7GluedPage: MinerU runs a page's number into the last
// sentence of the page (…作表态发言。- 3 -, …增收致富。— 4 —): the number
// is taken out, and the next page begins under it (it had been the
// paragraph's text, and the page after it never begun: the next column's
// article on page 3, silently).
func TestRedTeamW7GluedPage(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-mineru-glued-page.md", "青岚月报|2024|4||",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|1; 时政要闻|全县安全生产工作会议召开|2024-04-22|2; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2; 重要会议|全县优化营商环境大会召开|2024-04-08|1", ""})
	if t.Failed() {
		return
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%d:%s", e.Page, e.Paragraphs[len(e.Paragraphs)-1].Text))
		}
	}
	if g, want := strings.Join(got, "|"), "3:4月12日，全县一季度经济运行分析会召开。县委副书记、县长李建华出席会议并讲话，副县长陈立平主持。|"+
		"3:县应急管理局、县交通运输局、县住房城乡建设局在会上作表态发言。|4:周明德强调，要坚持以产业振兴为重点，让群众在家门口实现增收致富。|5:4月8日，全县优化营商环境大会召开。"; g != want {
		t.Errorf("pages and last paragraphs\n got  %s\n want %s", g, want)
	}
}

// TestRedTeamW7BackCoverHeading: MinerU's back cover, # 编辑部 over the
// office's address, telephone and mail and a notice: the heading is the
// masthead's, with its fields (it had been an entry of no text after the
// last article, warned of as one the contents lack).
func TestRedTeamW7BackCoverHeading(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w7-mineru-backcover.md", "青岚月报|2024|4||",
		"时政要闻|全县一季度经济运行分析会召开|2024-04-12|2; 时政要闻|全县安全生产工作会议召开|2024-04-22|1; 领导活动|周明德到青溪镇调研乡村振兴工作|2024-04-03|2", ""})
	if got, want := w7Masthead(iss), "地址=青岚县行政中心3号楼412室|电话=0795-8821316|邮箱=qlszb@163.com|=（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}
