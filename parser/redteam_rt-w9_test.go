package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// The red team's copies of chronicles (大事记) as OCR gives them
// (testdata/rt-w9-*.md): a county gazetteer's 大事记 of 1949–1990 and a
// yearbook's 大事记 of 2020, each scanned and read by PaddleOCR or ABBYY
// into plain text, lines broken at the printed width, no blank lines,
// the pages' heads and folios boxed as OCR boxes them.

// w9Events is every entry of iss as section|date|page|text's first six
// characters|paragraphs, one a line, then its furniture as line:kind, its
// pages as page@line, and its warnings as line: the message's first
// twenty characters.
func w9Events(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		if len(s.Entries) == 0 {
			fmt.Fprintf(&b, "%s|\n", s.Name)
		}
		for _, e := range s.Entries {
			text := ""
			if len(e.Paragraphs) > 0 {
				text = e.Paragraphs[0].Text
				if utf8.RuneCountInString(text) > 6 {
					text = string([]rune(text)[:6])
				}
			}
			title := ""
			if e.Title != "" {
				title = "[" + e.Title + "]"
			}
			fmt.Fprintf(&b, "%s|%s%s|%d|%s|%d\n", s.Name, title, e.Date, e.Page, text, len(e.Paragraphs))
		}
	}
	var fs []string
	for _, f := range iss.Furniture {
		fs = append(fs, fmt.Sprintf("%d:%s", f.Line, f.Kind))
	}
	fmt.Fprintf(&b, "furniture %s\n", strings.Join(fs, ","))
	var ps []string
	for _, pg := range iss.Pages {
		ps = append(ps, fmt.Sprintf("%d@%d", pg.Page, pg.Line))
	}
	fmt.Fprintf(&b, "pages %s\n", strings.Join(ps, " "))
	for _, w := range iss.Warnings {
		msg := w.Message
		if utf8.RuneCountInString(msg) > 20 {
			msg = string([]rune(msg)[:20])
		}
		fmt.Fprintf(&b, "%d: %s\n", w.Line, msg)
	}
	return b.String()
}

// checkW9 parses testdata/file, one issue, checks that the model accounts
// for every line of it, and compares its w9Events with want, line by
// line.
func checkW9(t *testing.T, file, want string) *model.Issue {
	t.Helper()
	src := readFixture(t, file)
	checkLossless(t, file, string(src))
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	got := w9Events(all[0])
	if got != want {
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < len(g) || i < len(w); i++ {
			var a, b string
			if i < len(g) {
				a = g[i]
			}
			if i < len(w) {
				b = w[i]
			}
			if a != b {
				t.Errorf("%s: line %d\n got  %s\n want %s", file, i+1, a, b)
			}
		}
	}
	return all[0]
}

// TestRedTeamW9HeadFolio: a scanned gazetteer's running head 青岚县志 and
// its folio as OCR boxes them, a different way on each page: on one line
// with the folio first (·12·<gap>青岚县志) or last (青岚县志<gap>·13·), or
// on two lines, the head over its folio (青岚县志 / ·14·) or under it
// (·15· / 青岚县志). All four are the pages' heads, the sentence a break
// cut (会后举 / ·12·… / 行游行。) whole, and ·15· heads its page (the
// one-line heads had been paragraphs of the events above, the sentence
// cut by one, the pages before ·14· page 14 and those after ·15· page 16,
// silently).
func TestRedTeamW9HeadFolio(t *testing.T) {
	iss := checkW9(t, "rt-w9-head-folio.md", `第一编|
大事记|
1949年|1949-01-10|0|1月10日　|1
1949年|1949-02|0|2月　县人民|1
1949年|1949|0|春，全县开展|1
1949年|1949-10-01|0|10月1日　|1
1949年|1949|12|是年，全县粮|1
1950年|1950|12|年初，全县开|1
1950年|1950-03|12|3月上旬　县|1
1950年|1950-06-28|13|6月28日　|1
1950年|1950-06|13|下旬，全县降|1
1950年|1950-10|13|10月　县抗|1
1950年|1950|14|是年，县城建|1
1951年|1951-01..1951-04|14|1月至4月　|1
1951年|1951-05-15|14|5月15日　|1
1951年|1951-05|14|是月，全县开|1
1951年|1951|14|秋，全县粮食|1
1951年|1951-11|14|11月　县立|1
1951年|1951|15|年底，全县建|1
1953年|1953-03|15|3月　全县开|1
furniture 9:head,17:head,23:head,24:page,33:page,34:head
pages 12@10 13@18 14@25 15@35
`)
	if t.Failed() {
		return // (the entries the checks below index are not there)
	}
	if got, want := iss.Sections[2].Entries[3].Paragraphs[0].Text, "10月1日　县城各界群众1.5万人集会，庆祝中华人民共和国成立。会后举行游行。"; got != want {
		t.Errorf("the event the break cut:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW9YearbookFirstMonth: a yearbook's 大事记 as OCR gives a
// two-column page, no blank lines, its chapter's name over its year's
// (大　事　记 / 2020年大事记) and the first month's heading right under
// them (1月 / 1日　…): a section over its days, as 3月 and 4月 are (it had
// been read as a date the wrap cut, run into its first day, 1月1日　…,
// and the next event, 6日, run into that one, silently).
func TestRedTeamW9YearbookFirstMonth(t *testing.T) {
	checkW9(t, "rt-w9-yearbook-first-month.md", `2020年大事记|
1月|2020-01-01|0|1日　青岚市|1
1月|2020-01-06|0|6日　中共青|1
1月|2020-01-08..2020-01-10|0|8—10日　|1
1月|2020-01-08|0|同日　政协青|1
1月|2020-01-15|0|1 5日　市|1
1月|2020-01-20|0|20日　青岚|1
3月|2020-03-02|0|2日　市委召|1
3月|2020-03-12|0|12日　全市|2
3月|2020-03-25|0|3月25日　|1
4月|2020-04-08|0|8日　市委、|1
furniture 
pages 
`)
}

// w9TwoPages is the outline of the events of the two pages of
// rt-w9-yearbook-lone-heads.md and rt-w9-yearbook-heads-apart.md, the
// same text whose heads OCR boxed two ways.
const w9TwoPages = `3月|2020-03-02|0|2日　市委召|1
3月|2020-03-12|0|12日　全市|1
3月|2020-03-25|102|3月25日　|1
4月|2020-04-08|102|8日　市委、|1
4月|2020-04-21|102|21日　市人|1
4月|2020-04-30|102|3O日　青岚|1
5月|2020-05-20|102|20日　青岚|1
5月|2020-05-28|102|28日　青岚|1
5月|2020-05|102|下旬　全市开|1
6月|2020-06-06..2020-06-08|102|6—8日　全|1
6月|2020-06-12|102|12日　省委|1
6月|2020-06-18|102|18日　市委|1
7月|2020-07-01|102|1日　《青岚|1
7月|2020-07-15|102|15日　青岚|1
7月|2020-07-21|102|21日　市委|1
7月|2020-07|102|是月　全市高|1
8月|2020-08-03|102|3日　青岚市|1
8月|2020-08-08|102|8日　第三届|1
8月|2020-08-13|102|13日　青岚|1
8月|2020-08-26|102|26日　市委|1
`

// w9HeadCut checks the event of 26日 in those two copies, which the
// second page's head cut: whole, the head not in it.
func w9HeadCut(t *testing.T, iss *model.Issue) {
	t.Helper()
	if t.Failed() {
		return // (the entries the checks below index are not there)
	}
	if got, want := iss.Sections[6].Entries[3].Paragraphs[0].Text, "26日　市委、市政府召开全市脱贫攻坚决战决胜推进会，安排部署脱贫攻坚收官工作。"; got != want {
		t.Errorf("the event the head cut:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW9YearbookLoneHeads: a yearbook's 大事记 of two pages as OCR
// reads them, no form feed, each page's head printed once and each
// otherwise, the folio set a wide gap apart at its outer corner
// (·102·<gap>青岚年鉴（2021）, then 大事记<gap>·103· in the middle of a
// sentence): both are the pages' heads, the pages numbered by them (the
// first had been the title of the event under it, 3月25日, the second a
// line inside the text of 26日's event, silently).
func TestRedTeamW9YearbookLoneHeads(t *testing.T) {
	iss := checkW9(t, "rt-w9-yearbook-lone-heads.md", `2020年大事记|
`+w9TwoPages+`furniture 10:head,57:head
pages 102@11 103@58
20: "3O日\u3000青岚市被省政府命…"
`)
	w9HeadCut(t, iss)
}

// TestRedTeamW9OCRMonthHeading: a yearbook's 大事记 as OCR reads its month
// headings, a letter for a digit (l0月, 1l月, I2月): each its month, a
// section over its days (they had been lines of the event above, and
// every day to the year's end September's, silently: no warning).
func TestRedTeamW9OCRMonthHeading(t *testing.T) {
	checkW9(t, "rt-w9-ocr-month-heading.md", `2020年大事记|
9月|2020-09-10|0|10日　全市|1
9月|2020-09-22|0|22日　首届|1
l0月|2020-10-01|0|1日　全市各|1
l0月|2020-10-16..2020-10-18|0|16—18日|1
1l月|2020-11-01|0|1日　全市第|1
1l月|2020-11-12|0|12日　青岚|1
I2月|2020-12-02|0|2日　青岚市|1
I2月|2020-12-10|0|10日　全市|1
I2月|2020-12-28|0|28日　青岚|1
furniture 
pages 
`)
}

// TestRedTeamW9CaptionCredit: a picture's caption between a yearbook's
// chronicle events as OCR gives a column, as wide as the column, its
// credit at its end with the credit's word first (…（摄影　李明）, after ▲
// or 图为): the day under it is its own event (21日 and 25日 had run into
// the caption, dated by the day above, silently), and the caption a
// paragraph of the event above it, ▲ no mark of the day's further event
// here.
func TestRedTeamW9CaptionCredit(t *testing.T) {
	iss := checkW9(t, "rt-w9-caption-credit.md", `2020年大事记|
7月|2020-07-01|0|1日　《青岚|1
7月|2020-07-15|0|15日　青岚|2
7月|2020-07-21|0|21日　市委|1
7月|2020-07|0|是月　全市高|1
9月|2020-09-15|0|15日　青岚|1
9月|2020-09-22|0|22日　首届|2
9月|2020-09-25|0|25日　市政|1
furniture 
pages 
`)
	if t.Failed() {
		return // (the entries the checks below index are not there)
	}
	if got, want := iss.Sections[2].Entries[1].Paragraphs[1].Text, "图为首届青岚农民丰收节开幕式（摄影　王建）"; got != want {
		t.Errorf("the caption:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW9LeadersTable: a gazetteer's 大事记 that ends with a table
// of the county's leaders as OCR gives it, no blank lines, its columns
// set apart by ideographic spaces, one only after a cell as wide as its
// column (县委书记　刘振华　　1949.1—1952.8): the table is an entry of its
// own titled by its name (附：…更迭表（1949—1990）), a row a paragraph,
// and the copy ends whole (the table had been the last event's
// paragraphs, three rows run into one, and the copy said to be cut off).
func TestRedTeamW9LeadersTable(t *testing.T) {
	// (As ABBYY's text gives it too: a paragraph a line, a blank line
	// between, where the three rows had run into one all the same.)
	for _, file := range []string{"rt-w9-leaders-table.md", "rt-w9-leaders-table-abbyy.md"} {
		t.Run(file, func(t *testing.T) {
			iss := checkW9(t, file, `1989年|1989-06|0|6月上、中旬|1
1989年|1989|0|是年，全县粮|1
1990年|1990-02|0|2月　县第五|1
1990年|1990|0|年底，全县工|1
1990年|[附：青岚县党政主要领导人更迭表（1949—1990）]|0|职务　　　姓|7
furniture 
pages 
`)
			if t.Failed() {
				return // (the entries the checks below index are not there)
			}
			if got, want := iss.Sections[1].Entries[2].Paragraphs[2].Text, "县委书记　陈德明　　1952.8—1959.3"; got != want {
				t.Errorf("a row:\n got  %s\n want %s", got, want)
			}
		})
	}
}

// TestRedTeamW9OCRRangeDash: a range of days whose dash OCR read as 一
// (6一8日, 6月2１一2３日, 1 5一1 7日, figures of both widths and split by a
// space too): each its event, dated by the range (6一8日 had run into the
// event above, silently; 6月2１一2３日 was undated, with a warning; 1 5一
// 1 7日 ran into the event above). 一 before no figure is no dash
// (1日一早，…), and a range in the text is text (1一2万株).
func TestRedTeamW9OCRRangeDash(t *testing.T) {
	checkW9(t, "rt-w9-ocr-range-dash.md", `2020年大事记|
6月|2020-06-01|0|1日　青岚市|1
6月|2020-06-06..2020-06-08|0|6一8日　全|1
6月|2020-06-12|0|12日　省委|1
6月|2020-06-21..2020-06-23|0|6月2１一2|1
7月|2020-07-01|0|1日一早，全|1
7月|2020-07-15..2020-07-17|0|1 5一1 |1
7月|2020-07|0|是月　全市新|1
furniture 
pages 
`)
}

// TestRedTeamW9YearbookHeadsApart: the copy of
// TestRedTeamW9YearbookLoneHeads where OCR boxed each folio apart from its
// head, on the line over it (·102· / 青岚年鉴（2021）) or under it (大事记 /
// ·103·): the heads are furniture, and ·102· heads its page (青岚年鉴 had
// been a paragraph of 12日's event, 大事记 a line inside 26日's, and ·102·
// the foot of its page, the page after it 103, silently).
func TestRedTeamW9YearbookHeadsApart(t *testing.T) {
	iss := checkW9(t, "rt-w9-yearbook-heads-apart.md", `2020年大事记|
`+w9TwoPages+`furniture 10:page,11:head,58:head,59:page
pages 102@12 103@60
21: "3O日\u3000青岚市被省政府命…"
`)
	w9HeadCut(t, iss)
}

// TestRedTeamW9WholeXianzhiOCR is the acceptance test of the 大事记 of a
// county gazetteer 《青岚县志（1949—1990）》 scanned and read by OCR into
// plain text (rt-w9-whole-xianzhi-ocr.md): lines broken at the printed
// width, no blank lines, the chapter's page (第一编 / 大事记) and its
// preface, year headings flush or centred by ideographic spaces, letter-
// spaced (1 9 6 2 年) or with a letter for a figure (199O年, l954年), day
// lines in every form such books use (10月1日　…, 是月，…, 是年，…, △…,
// 春，…, 上旬 / 中旬 / 下旬, 年初 / 年底, 农历七月十五日（公历8月9日）),
// OCR's damage in dates (1 2月, 6月２8日, 5月2O日, 8月7一8日), a note
// under a year, a table of the county's leaders at the end, and the
// pages' head and folio boxed four ways (·12·<gap>青岚县志, 青岚县志<gap>
// ·13·, 青岚县志 / ·14·, ·15· / 青岚县志). Every event is checked, with its
// date, page and paragraphs, and the furniture, the pages and the
// warnings. Still so by design: l954年 is not read (README: a first
// figure read as a letter is a warning), its events of 1953 said to be at
// its line and at the first that goes back; the note (注：…) is a
// paragraph of the event above it; a run-in 下旬，… and 18日，… are events
// of their own, as a run-together year's are.
func TestRedTeamW9WholeXianzhiOCR(t *testing.T) {
	iss := checkW9(t, "rt-w9-whole-xianzhi-ocr.md", `第一编|
大事记||0|青岚县地处豫|1
1949年|1949-01-10|0|1月10日　|1
1949年|1949-02|0|2月　县人民|1
1949年|1949|0|春，全县开展|1
1949年|1949-08-09|0|农历七月十五|1
1949年|1949-10-01|0|10月1日　|1
1949年|1949-10-01|0|△县人民政府|1
1949年|1949-12|0|1 2月　县|1
1949年|1949|0|是年，全县粮|1
1950年|1950|0|年初，全县开|1
1950年|1950-03|0|3月上旬　县|1
1950年|1950-06-28|0|6月２8日　|1
1950年|1950-06|0|下旬，全县降|1
1950年|1950-10|0|10月　县抗|1
1950年|1950|0|是年，县城建|1
1951年|1951-01..1951-04|0|1月至4月　|1
1951年|1951-05-15|0|5月15日　|1
1951年|1951-05|0|是月，全县开|1
1951年|1951|0|秋，全县粮食|1
1951年|1951-11|12|11月　县立|1
1951年|1951|12|年底，全县建|1
1953年|1953-03|12|3月　全县开|1
1953年|1953-11-23|12|11月23日|2
1953年|1953-07|12|7月中旬　青|1
1953年|1953-08-01|12|8月1日　县|1
1953年|1953|12|是年，全县建|1
1955年|1955-03-01|12|3月1日　全|1
1955年|1955|12|秋，县城至关|1
1956年|1956-01|12|1月　全县掀|1
1956年|1956-04-12|12|4月12日　|1
1956年|1956|12|夏，全县小麦|1
1957年|1957-06|12|6月　县委开|1
1957年|1957-06|12|下旬，转入反|1
1957年|1957|12|是年，青岚河|1
1958年|1958-08|12|8月下旬　全|1
1958年|1958-09|12|9月　全县抽|1
1958年|1958-10-01|12|10月1日　|1
1958年|1958|12|是年冬，全县|1
1960年|1960|12|是年，全县遭|1
1962年|1962-03|12|3月　全县贯|1
1962年|1962-05-20|12|5月2O日　|1
1962年|1962|13|是年，全县粮|1
1963年|1963-08|13|8月上旬　全|1
1963年|1963|13|是年，全县开|1
1965年|1965-05-18|13|5月18日　|1
1966年|1966-06|13|6月　“文化|1
1966年|1966-08|13|8月下旬　县|1
1968年|1968-03-23|13|3月23日　|1
1970年|1970-10-01|13|10月1日　|1
1970年|1970|13|是年，焦（作|1
1975年|1975-08-07..1975-08-08|13|8月7一8日|1
1976年|1976-09-09|13|9月9日　毛|1
1976年|1976-09-18|13|18日，全县|1
1976年|1976-10|13|10月下旬　|1
1978年|1978-12|13|12月　县委|1
1979年|1979|13|是年，全县开|1
1980年|1980-01|13|1月　县人民|1
1980年|1980-07-10|13|7月1O日　|1
1981年|1981|13|是年，全县实|1
1982年|1982-07-01|14|7月1日零时|1
1983年|1983-04|14|4月　全县撤|1
1983年|1983-04|14|中旬，县委召|1
1984年|1984-10-01|14|10月1日　|1
1984年|1984-10-01|14|同日，青岚县|1
1985年|1985|14|是年，全县乡|1
1986年|1986-04|14|4月　青岚县|1
1986年|1986-10-26|14|10月26日|1
1987年|1987|14|年初，县委、|1
1987年|1987-11|14|11月　县城|1
1988年|1988-05|14|5月　县委、|1
1988年|1988-05|14|是月，青岚县|1
1988年|1988-09-12|14|9月１2日　|1
1989年|1989-06|14|6月上、中旬|1
1989年|1989|14|是年，全县粮|1
199O年|1990-02|14|2月　县第五|1
199O年|1990|14|年底，全县工|1
199O年|[附：青岚县党政主要领导人更迭表（1949—1990）]|14|职务　　　姓|7
furniture 37:head,74:head,111:head,112:page,149:page,150:head
pages 12@38 13@75 14@113 15@151
44: "l954年" looks like a
45: an event dated 1953-
72: "5月2O日\u3000县委召开扩大…"
107: "7月1O日\u3000县第七届人民…"
`)
	if t.Failed() {
		return // (the entries the checks below index are not there)
	}
	if got, want := iss.Sections[2].Entries[4].Paragraphs[0].Text, "10月1日　县城各界群众1.5万人集会，庆祝中华人民共和国成立。会后举行游行。"; got != want {
		t.Errorf("an event:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW9WholeYearbookOCR is the acceptance test of the 大事记 of a
// yearbook 《青岚年鉴（2021）》, recording 2020, as OCR joins the two
// columns of its pages (rt-w9-whole-yearbook-ocr.md): lines broken at a
// column's width, no blank lines, the chapter's name letter-spaced over
// its year's (大　事　记 / 2020年大事记), months as headings (1月, and I2月
// as OCR reads 12月), days alone (1日　…) or with their month (3月25日　…),
// ranges (8—10日, 16一18日), 同日 and 当日, 中旬 / 下旬 / 是月, OCR's damage
// (1 5日, l0日, 3O日, l6日), captions between the events (图为…（摄影　王建）,
// one cut by a page's head; ▲…（摄影　李明）), and each page's head printed
// once with its folio (·102·<gap>青岚年鉴（2021）, 大事记<gap>·103·, ·104·
// <gap>青岚年鉴（2021）), in the middle of an event's sentence too. Every
// event is checked, with its date, page and paragraphs, and the furniture,
// the pages and the warnings. A caption is a paragraph of the event
// above it.
func TestRedTeamW9WholeYearbookOCR(t *testing.T) {
	checkW9(t, "rt-w9-whole-yearbook-ocr.md", `2020年大事记|
1月|2020-01-01|0|1日　青岚市|1
1月|2020-01-06|0|6日　中共青|1
1月|2020-01-08..2020-01-10|0|8—10日　|1
1月|2020-01-08|0|同日　政协青|1
1月|2020-01-15|0|1 5日　市|1
1月|2020-01-20|0|20日　青岚|1
1月|2020-01-23|0|23日　市委|1
1月|2020-01-23|0|当日　市卫生|1
2月|2020-02-03|0|3日　市委召|1
2月|2020-02-10|0|l0日　全市|1
2月|2020-02-14|0|14日　市新|1
2月|2020-02-14|0|同日　市慈善|1
2月|2020-02|0|中旬　市农业|1
2月|2020-02|0|是月　市财政|1
3月|2020-03-02|0|2日　市委召|1
3月|2020-03-12|0|12日　全市|2
3月|2020-03-25|102|3月25日　|1
4月|2020-04-08|102|8日　市委、|1
4月|2020-04-21|102|21日　市人|1
4月|2020-04-30|102|3O日　青岚|1
5月|2020-05-20|102|20日　青岚|1
5月|2020-05-28|102|28日　青岚|1
5月|2020-05|102|下旬　全市开|1
6月|2020-06-06..2020-06-08|102|6—8日　全|1
6月|2020-06-12|102|12日　省委|1
6月|2020-06-18|102|18日　市委|1
7月|2020-07-01|102|1日　《青岚|1
7月|2020-07-15|102|15日　青岚|2
7月|2020-07-21|102|21日　市委|1
7月|2020-07|102|是月　全市高|1
8月|2020-08-03|102|3日　青岚市|1
8月|2020-08-08|102|8日　第三届|1
8月|2020-08-13|102|13日　青岚|1
8月|2020-08-26|102|26日　市委|1
9月|2020-09-10|103|10日　全市|1
9月|2020-09-15|103|15日　青岚|1
9月|2020-09-22|103|22日　首届|2
10月|2020-10-01|103|1日　全市各|1
10月|2020-10-09|103|9日　青岚市|1
10月|2020-10-16..2020-10-18|103|16一18日|1
10月|2020-10-16|103|l6日　市政|1
10月|2020-10-26|103|26日　青岚|1
10月|2020-10|103|下旬　市委组|1
11月|2020-11-01|103|1日　全市第|1
11月|2020-11-06|103|6日　市政协|1
11月|2020-11-12|103|12日　青岚|1
11月|2020-11|103|下旬　市委组|1
I2月|2020-12-01|103|1日　青岚市|1
I2月|2020-12-02|103|2日　青岚市|1
I2月|2020-12-10|103|10日　全市|1
I2月|2020-12-18|103|18日　市委|1
I2月|2020-12-22|103|22日　青岚|1
I2月|2020-12-28|103|28日　青岚|1
I2月|2020-12-31|104|31日　市委|1
furniture 49:head,98:head,147:head
pages 102@50 103@99 104@148
30: "l0日\u3000全市规模以上工业…"
60: "3O日\u3000青岚市被省政府命…"
117: "l6日\u3000市政府召开全市秋…"
`)
}

// TestRedTeamW9CaptionCentred: a yearbook's chronicle as ABBYY's text
// gives it, a paragraph a line, a picture's caption centred by ideographic
// spaces under the event it shows (　　　　图为9月22日，…（摄影　王建）):
// a paragraph of its own, after the event's that ended (it had been taken
// for the event's line hung under its text column, its sentence run into
// the event's, …120余种。图为…, silently).
func TestRedTeamW9CaptionCentred(t *testing.T) {
	iss := checkW9(t, "rt-w9-caption-centred.md", `2020年大事记|
9月|2020-09-10|0|10日　全市|1
9月|2020-09-15|0|15日　青岚|1
9月|2020-09-22|0|22日　首届|2
10月|2020-10-01|0|1日　全市各|1
10月|2020-10-09|0|9日　青岚市|1
furniture 
pages 
`)
	if t.Failed() {
		return // (the entries the checks below index are not there)
	}
	if got, want := iss.Sections[1].Entries[2].Paragraphs[1].Text, "图为9月22日，首届青岚农民丰收节现场（摄影　王建）"; got != want {
		t.Errorf("the caption:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamW9HeadFolioOCR: the copy of TestRedTeamW9HeadFolio whose
// second folio OCR read with a letter for a figure (青岚县志<gap>·l3·): the
// head is furniture and numbers its page 13 (it had been the text of the
// event above, the sentence it cut no more whole, silently; and read as a
// head, its trailing 3 had numbered the page).
func TestRedTeamW9HeadFolioOCR(t *testing.T) {
	checkW9(t, "rt-w9-head-folio-ocr.md", `第一编|
大事记|
1949年|1949-01-10|0|1月10日　|1
1949年|1949-02|0|2月　县人民|1
1949年|1949|0|春，全县开展|1
1949年|1949-10-01|0|10月1日　|1
1949年|1949|12|是年，全县粮|1
1950年|1950|12|年初，全县开|1
1950年|1950-03|12|3月上旬　县|1
1950年|1950-06-28|13|6月28日　|1
1950年|1950-06|13|下旬，全县降|1
1950年|1950-10|13|10月　县抗|1
1950年|1950|14|是年，县城建|1
1951年|1951-01..1951-04|14|1月至4月　|1
1951年|1951-05-15|14|5月15日　|1
1951年|1951-05|14|是月，全县开|1
1951年|1951|14|秋，全县粮食|1
1951年|1951-11|14|11月　县立|1
1951年|1951|15|年底，全县建|1
1953年|1953-03|15|3月　全县开|1
furniture 9:head,17:head,23:head,24:page,33:page,34:head
pages 12@10 13@18 14@25 15@35
`)
}
