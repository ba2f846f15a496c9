package parser

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// boldDaySkip holds, for each form of TestBoldDaysReadTheSame, the
// fixtures still read otherwise, each with why.
var boldDaySkip = map[string]map[string]string{
	"**D**":      {},
	"**D，**":     {},
	"<strong>D":  {},
	"**D—D**":    {},
	"**Y年M月D日**": {},
	"**十一月三日**":  {},
	"**D日**": {
		"testdata/rt-c3-day-runs-alone.md": "open: a day alone in bold over its text after a blank line is its title (1日), as **11月1日** is",
	},
	"**M月**": {
		"testdata/rt-pf-date-cut.md":         "transform: half a date the wrap cut in bold (**5月** / 8日，…), which a docx bolds across the wrap",
		"testdata/rt-toc-date-split-bold.md": "transform: half a date the wrap cut in bold (**5月** / 8日，…), which a docx bolds across the wrap",
		"testdata/rt-w22-tb22-cells.md":      "transform: a table's cell in bold (月份 / 用电量 / **10月** / 1.8), which pdftotext never sets so",
	},
}

// TestBoldDaysReadTheSame: every Markdown fixture (one holding ## or **;
// a plain copy has no bold) reads the same — sections, titles, dates,
// paragraphs as printed, warnings — with the date that begins a line set
// in bold, as WeChat articles, Word documents converted by pandoc or
// markitdown, chat assistants and some offices' chronicles print an
// event's day: **11月3日**，县委…, **1月3日**　县委…, **11月15日**至17日，…;
// with the comma or the gap inside the bold (**11月3日，**…); in a bold
// tag (<strong>11月3日</strong>，…); a range whole (**11月15日至17日**，…);
// a day under its month (**3日**　…), a date with its year, a month
// (**3月**　…), a day in Chinese numerals (**十一月三日**　…, compared with
// the copy so written unbolded). Such a day had been taken for a bold title: the copy read
// as one whose titles are bold, sections' names and titles lost, a
// period's heading (上半年) read as an entry, the gap after the date
// changed (1月3日 县委, 11月15日 至17日).
func TestBoldDaysReadTheSame(t *testing.T) {
	day := `[0-9]{1,2}月[0-9]{1,2}日`
	// cnDays sets the days that begin a line in Chinese numerals
	// (十一月三日), the copy the form 十一月三日 bolds is compared with.
	lead := regexp.MustCompile(`(?m)^([0-9]{1,2})月([0-9]{1,2})日`)
	cnDays := func(s string) string {
		return lead.ReplaceAllStringFunc(s, func(m string) string {
			sm := lead.FindStringSubmatch(m)
			a, _ := strconv.Atoi(sm[1])
			b, _ := strconv.Atoi(sm[2])
			return bdNumeral(a) + "月" + bdNumeral(b) + "日"
		})
	}
	forms := []struct {
		name string
		re   *regexp.Regexp
		repl string
		min  int
		base func(string) string // the copy compared with, nil for the fixture
	}{
		{"**D**", regexp.MustCompile(`(?m)^(` + day + `)`), "**${1}**", 200, nil},
		{"**D，**", regexp.MustCompile(`(?m)^(` + day + `[，　 ])`), "**${1}**", 200, nil},
		{"<strong>D", regexp.MustCompile(`(?m)^(` + day + `)`), "<strong>${1}</strong>", 200, nil},
		{"**D—D**", regexp.MustCompile(`(?m)^(` + day + `(?:[至—－～-]+[0-9]{1,2}(?:月[0-9]{1,2})?日)?)`), "**${1}**", 200, nil},
		{"**Y年M月D日**", regexp.MustCompile(`(?m)^([0-9]{4}年` + day + `)`), "**${1}**", 60, nil},
		{"**D日**", regexp.MustCompile(`(?m)^([0-9]{1,2}日)`), "**${1}**", 20, nil},
		{"**M月**", regexp.MustCompile(`(?m)^([0-9]{1,2}月)([^0-9份])`), "**${1}**${2}", 15, nil},
		{"**十一月三日**", regexp.MustCompile(`(?m)^([〇一二三四五六七八九十]+月[〇一二三四五六七八九十]+日)`), "**${1}**", 200, cnDays},
	}
	texts := fixtureTexts(t)
	for _, c := range forms {
		n := 0
		tried := map[string]bool{}
		for _, fx := range texts {
			f, text := fx.path, fx.text
			if !strings.Contains(text, "\n## ") && !strings.Contains(text, "**") {
				continue
			}
			_, skip := boldDaySkip[c.name][f]
			if c.base != nil {
				text = c.base(text)
			}
			alt := c.re.ReplaceAllString(text, c.repl)
			if alt == text {
				continue
			}
			ref, err := ParseAll([]byte(text))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			n++
			tried[f] = skip
			switch d := shapeDiff(readShape(ref), readShape(got)); {
			case skip && d == "":
				t.Errorf("%s with its days set %s reads the same now: take it out of boldDaySkip", f, c.name)
			case !skip && d != "":
				t.Errorf("%s with its days set %s reads otherwise: %s", f, c.name, d)
			}
		}
		for f := range boldDaySkip[c.name] {
			if !tried[f] {
				t.Errorf("%s with its days set %s is not tried: take it out of boldDaySkip", f, c.name)
			}
		}
		if n < c.min {
			t.Errorf("%s: only %d fixtures tried", c.name, n)
		}
	}
}

// bdNumeral is n (0 to 99) in Chinese numerals, as a day or a month is
// written: 三, 十一, 二十, 二十三.
func bdNumeral(n int) string {
	d := []rune("〇一二三四五六七八九")
	switch {
	case n < 10:
		return string(d[n])
	case n == 10:
		return "十"
	case n < 20:
		return "十" + string(d[n%10])
	case n%10 == 0:
		return string(d[n/10]) + "十"
	}
	return string(d[n/10]) + "十" + string(d[n%10])
}

// bdOutline is iss as its sections, each with its entries (title, date,
// paragraphs), then each warning as line: message.
func bdOutline(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		fmt.Fprintf(&b, "section %s\n", s.Name)
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "  %s | %s | %d\n", e.Title, e.Date, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "warning %d: %s\n", w.Line, w.Message)
	}
	return b.String()
}

// bdCheck parses testdata/file and compares its issues' summary, its
// first issue's outline (bdOutline) and every paragraph, in order.
func bdCheck(t *testing.T, file, summary, outline string, paras []string) {
	t.Helper()
	all := parseAllFile(t, file)
	if got := issuesSummary(all); got != summary {
		t.Errorf("%s: issues %s, want %s", file, got, summary)
	}
	if got := bdOutline(all[0]); got != outline {
		t.Errorf("%s: outline\n%s\nwant\n%s", file, got, outline)
	}
	var got []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				got = append(got, p.Text)
			}
		}
	}
	if g, w := strings.Join(got, "\n"), strings.Join(paras, "\n"); g != w {
		t.Errorf("%s: paragraphs\n%s\nwant\n%s", file, g, w)
	}
}

// TestRedTeamW17BoldDayReport: a monthly report whose titles are
// numbered (1. …) and marked (▲ …), each over its text, which begins with
// its day in bold, as a WeChat article sets it (**11月3日**，…,
// **11月15日**至17日，…, **11月20日**　…). Before, the bold days made the
// copy one whose titles are bold: every title an untitled entry of its
// own, its text another, the gaps changed (11月15日 至17日), and check
// said nothing.
func TestRedTeamW17BoldDayReport(t *testing.T) {
	bdCheck(t, "rt-w17-bd-report.md", "宁川史志|2023|11|186|5|0", `section 工作动态
  1.县志办召开《宁川县志（1991—2020）》评审会 | 2023-11-03 | 2
  2.县史志办开展“方志进校园”活动 | 2023-11-15..2023-11-17 | 1
  3.市地方志编纂室向市图书馆赠送地情资料 | 2023-11-20 | 1
section 县区动态
  城关镇完成镇志初稿 | 2023-11-08 | 1
  石桥镇启动村志编纂工作 | 2023-11-22 | 1
`, []string{
		"11月3日，县志办召开《宁川县志（1991—2020）》评审会，邀请省、市专家对志稿进行评审。",
		"专家组认为，志稿体例规范，资料翔实。",
		"11月15日至17日，县史志办组织宣讲小组，先后走进宁川一中等6所学校，开展“方志进校园”活动。",
		"11月20日\u3000市地方志编纂室向市图书馆赠送《宁川年鉴（2023）》等地情资料120册。",
		"11月8日，城关镇召开镇志初稿审读会，标志着《城关镇志》初稿编纂完成。",
		"11月22日\u3000石桥镇召开村志编纂工作动员会，全镇12个村全面启动村志编纂。",
	})
}

// TestRedTeamW17BoldDayChronicle: a chronicle by year and half-year
// whose days are bold in every way a converter sets them: alone
// (**1月3日**　…), its range's end outside (**1月15日**至17日，…, **10月20日**—21日，…),
// its weekday or the time of day inside (**2月5日（星期三）**　…,
// **7月15日下午**　…), a tag (<strong>3月8日</strong>),
// the comma inside (**3月12日，**…), in brackets (**【4月1日】**…); and a
// month alone in bold over its event's text, as pandoc wraps it
// (**3月** / 县城东区…). Before, the half-years (上半年, 下半年) were
// entries titled so, each holding its events as paragraphs (dated by the
// first only), the gaps changed, and the month a section (its event
// undated, the next day's under it).
func TestRedTeamW17BoldDayChronicle(t *testing.T) {
	bdCheck(t, "rt-w17-bd-chronicle.md", "宁川县大事记（1986—1987）|0|0|0|12|0", `section 1986年
section 上半年
   | 1986-01-03 | 1
   | 1986-01-15..1986-01-17 | 1
   | 1986-02-05 | 1
   | 1986-03-08 | 1
   | 1986-03-12 | 1
   | 1986-04-01 | 1
section 下半年
   | 1986-07-01 | 1
   | 1986-07-15 | 1
   | 1986-10-20..1986-10-21 | 1
section 1987年
   | 1987-01-08 | 1
   | 1987-03 | 1
   | 1987-05-04 | 1
`, []string{
		"1月3日\u3000县委召开常委扩大会议，部署全年工作。",
		"1月15日至17日，县第十届人民代表大会第五次会议召开。",
		"2月5日（星期三）\u3000县人大常委会召开会议。",
		"3月8日\u3000县妇联举办“三八”国际妇女节表彰大会。",
		"3月12日，全县开展植树造林活动，共植树15万株。",
		"【4月1日】县城自来水厂一期工程竣工。",
		"7月1日\u3000县委召开庆祝建党65周年大会。",
		"7月15日下午\u3000县委召开全县抗洪救灾工作会议。",
		"10月20日—21日，县政协召开全体委员会议。",
		"1月8日\u3000县委召开全委会议。",
		"3月 县城东区开发建设启动，首期征地800亩。",
		"5月4日\u3000县团委举办纪念“五四”青年节座谈会。",
	})
}

// TestRedTeamW17BoldDayUnderBoldTitles: a report whose titles are bold
// (**市史志研究室召开年度工作总结会**) and whose texts begin with a bold
// day too, then news in brief, bold days and no titles, then a notice
// whose signature's date is bold (**2023年12月18日**): a bold title is
// still a title, the bold day under it its text's date, with its gap as
// printed (before: 12月15日 在…, 12月26日 至27日), and the signature's
// date the notice's (before: an empty entry titled 2023年12月18日, the
// notice undated).
func TestRedTeamW17BoldDayUnderBoldTitles(t *testing.T) {
	bdCheck(t, "rt-w17-bd-boldtitles.md", "宁川史志|2023|12|187|6|0", `section 工作动态
  市史志研究室召开年度工作总结会 | 2023-12-28 | 1
  《宁川年鉴（2023）》获评全省优秀年鉴 | 2023-12-15 | 1
section 简讯
   | 2023-12-05 | 1
   | 2023-12-20 | 1
   | 2023-12-26..2023-12-27 | 1
section 通知公告
  关于征集2024年大事记资料的通知 | 2023-12-18 | 4
`, []string{
		"12月28日，市史志研究室召开年度工作总结会，总结2023年工作，部署2024年重点任务。",
		"12月15日\u3000在全省年鉴质量评比中，《宁川年鉴（2023）》获评优秀年鉴。",
		"12月5日，市史志研究室向市档案馆移交资料50卷。",
		"12月20日，花明楼镇完成镇志初稿，共30万字。",
		"12月26日至27日，市史志研究室举办业务培训班。",
		"各乡镇、县直各单位：",
		"为做好《宁川年鉴（2024）》编纂工作，请于2024年1月15日前报送本单位2023年大事记资料。",
		"宁川市史志研究室",
		"2023年12月18日",
	})
}
