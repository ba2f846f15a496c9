package parser

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// The red team's copies of an OCR'd county gazetteer's 大事记 of
// 1912–1990 (testdata/rt-c4-*.md), as PaddleOCR, Umi-OCR or ABBYY read
// a scan of a printed 县志: era years, lunar months, OCR's letters for
// digits, a scanned book's page furniture, a year's events run together.

// c4Events is every entry of iss as section|date|text's first six
// characters|paragraphs, one a line, and then its warnings as line: the
// message's first twenty characters.
func c4Events(iss *model.Issue) string {
	var b strings.Builder
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			text := ""
			if len(e.Paragraphs) > 0 {
				text = e.Paragraphs[0].Text
				if n := 0; utf8.RuneCountInString(text) > 6 {
					for i := range text {
						if n == 6 {
							text = text[:i]
							break
						}
						n++
					}
				}
			}
			fmt.Fprintf(&b, "%s|%s|%s|%d\n", s.Name, e.Date, text, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		msg := w.Message
		if utf8.RuneCountInString(msg) > 20 {
			msg = string([]rune(msg)[:20])
		}
		fmt.Fprintf(&b, "%d: %s\n", w.Line, msg)
	}
	return b.String()
}

// checkC4 parses testdata/file, one issue, and compares its c4Events
// with want, line by line.
func checkC4(t *testing.T, file, want string) *model.Issue {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%d issues, want 1: %s", len(all), issuesSummary(all))
	}
	got := c4Events(all[0])
	if got != want {
		g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < max(len(g), len(w)); i++ {
			a, b := "", ""
			if i < len(g) {
				a = g[i]
			}
			if i < len(w) {
				b = w[i]
			}
			if a != b {
				t.Errorf("line %d:\n got %q\nwant %q", i+1, a, b)
			}
		}
	}
	return all[0]
}

// TestRedTeamC4LunarMonths: a lunar month alone at an event's head
// (正月，…, 冬月，…, 腊月，…, 农历五月，…, 闰七月间，…, 腊月底，…), as an
// older gazetteer dates by the old calendar what it knows no day of, is
// an event dated by the Gregorian months it spans (正月 had been undated,
// 冬月 and 腊月 run into the event above, all silently). 腊月 after a
// July is of that lunar year (January of the next); 腊月 first under a
// year, of the lunar year that ends in it.
func TestRedTeamC4LunarMonths(t *testing.T) {
	checkC4(t, "rt-c4-lunar-months.md", `民国十年（1921年）|1921|夏秋间，蝗灾|1
民国十年（1921年）|1921-11..1921-12|冬月，县城设|1
民国二十六年（1937）|1937-07|7月，七七事|1
民国二十六年（1937）|1938-01|腊月，县城设|1
民国二十七年（1938年）|1938-08..1938-09|闰七月间，县|1
民国二十八年（1939年）|1939-02..1939-03|正月，日军“|1
民国二十八年（1939年）|1939-04-22|农历三月初三|1
民国二十八年（1939年）|1939-06..1939-07|农历五月，县|1
1950年|1950-01..1950-02|腊月底，县人|1
`)
}

// TestRedTeamC4OCRMonths: a month alone with a letter for a digit
// (l0月，…, l1月，…, I2月，…) is read as its month, with a warning, as
// 1O月5日 is (it had been undated, or run into the event above, with no
// warning).
func TestRedTeamC4OCRMonths(t *testing.T) {
	checkC4(t, "rt-c4-ocr-months.md", `1959年|1959-03|3月，县城第|1
1959年|1959-10|l0月，宁川|1
1959年|1959-10-05|1O月5日，|1
1959年|1959-11|l1月，县城|1
1959年|1959-12|I2月，全县|1
9: "l0月，宁川水库开工兴建…" has 
11: "1O月5日，县委召开扩大…" has 
13: "l1月，县城通电。" has a le
15: "I2月，全县开展冬季积肥…" has 
`)
}

// TestRedTeamC4YearOCR: OCR's misreadings of a year heading. A year with
// a figure dropped (195年 between 1954年 and 1956年) is a heading whose
// year is not known, with a warning, its events of no year (they had
// been 1954's, the heading a paragraph of the event above, silently); a
// run of years with 一 for its dash (1958一1960年, alone over its text or
// run in, 1959一1961年，…) is read as 1958—1960年 is (it had been text of
// the event above). 8月15曰: 曰 for 日, the day read.
func TestRedTeamC4YearOCR(t *testing.T) {
	checkC4(t, "rt-c4-year-ocr.md", `1954年|1954-03|3月，县城至|1
1954年|1954-05-15|5月15曰，|1
195年|--06|6月，全县实|1
195年|--12|12月，县城|1
1956年|1956-01|1月，全县实|1
1956年|1958..1960|1958一1|1
1958年|1958-08|8月，全县成|1
1958年|1959..1961|1959一1|1
1962年|1962-03|3月，恢复区|1
11: year heading "195年" 
13: "6月，全县实现初级农业合…" unde
15: "12月，县城第一座电影院…" unde
`)
}

// TestRedTeamC4RunTogether: a year's events run together in one
// paragraph, as older gazetteers print them (1月，…。3月，…。是年，…): each
// date its own event, dated by its own words (they had been the first
// event's text, silently), after 。 or OCR's . after a character. Not
// the same day's 当日，…, a holiday's 春节期间，…, nor 1.2万 (a figure), nor
// months before the event's own (11月，…。1—10月，全县财政收入…: its text).
func TestRedTeamC4RunTogether(t *testing.T) {
	iss := checkC4(t, "rt-c4-run-together.md", `民国元年（1912年）|1912-01|1月，县知事|1
民国元年（1912年）|1912-03|3月，县城设|1
民国元年（1912年）|1912|是年，县立高|1
民国十年（1921年）|1921|夏秋间，蝗灾|1
民国十年（1921年）|1921-11..1921-12|冬月，县城设|1
民国三十四年（1945年）|1945-08-15|8月15日，|1
民国三十四年（1945年）|1945-09-03|9月3日，县|1
1949年|1949-10-01|10月1日，|1
1949年|1949|冬，全县开展|1
1962年|1962-03|3月，恢复区|1
1962年|1962-05|5月，全县精|1
1962年|1962|同年，县境获|1
1963年|1963-08|8月上旬，连|1
1963年|1963-08|8月下旬，全|1
1985年|1985-11|11月，全县|1
1985年|1985-12|12月，县城|1
`)
	for _, c := range []struct {
		sec, ent int
		text     string
	}{
		{1, 1, "3月，县城设立邮政代办所。"},
		{3, 1, "9月3日，县城日伪军投降，县城光复。当日，县城各界集会庆祝。"},
		{5, 0, "3月，恢复区建制,全县设6个区."},
		{5, 1, "5月，全县精简下放职工2300人，压缩城镇人口1.2万人。春节期间，县城举办灯会。"},
		{7, 0, "11月，全县完成秋种。1—10月，全县财政收入1200万元。"},
	} {
		if t.Failed() {
			return // the outline is not the one the indices are of
		}
		if got := iss.Sections[c.sec].Entries[c.ent].Paragraphs[0].Text; got != c.text {
			t.Errorf("section %d entry %d: %q, want %q", c.sec, c.ent, got, c.text)
		}
	}
}

// TestRedTeamC4ScanPages: a scanned chapter as PaddleOCR prints it, a
// line a printed line and no blank lines: the chapter's page (宁川县志 /
// 第一编 / 大事记) and its letter-spaced title (大 事 记) over the first
// year; folios set across the page with the running heads, ·36·<gap>宁川县志
// on even pages and 大事记<gap>·35· on odd ones, the first atop the
// chapter's first page; a note (①…) at a page's foot; a sentence the
// page break cuts (…组织 / 大事记<gap>·37· / 开荒种地…). The odd heads are
// page furniture with their pages (they had been text, a paragraph of
// the event above or inside its sentence, and the pages after them the
// even page's, silently); the first year heading is a section (it had
// been the title's line, its events of no year); 第一编 is a part, no
// compiler's name (第一 编).
func TestRedTeamC4ScanPages(t *testing.T) {
	iss := checkC4(t, "rt-c4-scan-pages.md", `民国二十六年（1937年）|1937-07|7月，七七事|1
民国二十六年（1937年）|1937-10|10月，日机|1
民国二十六年（1937年）|1937|冬，国民党县|1
民国二十七年（1938年）|1938-02|2月，日军侵|1
民国二十七年（1938年）|1938-05|5月，中共宁|2
民国二十七年（1938年）|1938-09|9月下旬，八|1
民国二十七年（1938年）|1938|是年，县境大|1
民国二十八年（1939年）|1939-02..1939-03|正月，日军“|1
民国二十八年（1939年）|1939-04-22|农历三月初三|1
民国二十八年（1939年）|1939-06|6月中旬，县|1
民国二十九年（1940年）|1940|春，全县各抗|1
民国二十九年（1940年）|1940-08|8月，县独立|1
民国二十九年（1940年）|1940-12|12月，县抗|1
民国三十年（1941年）|1941-03|3月，日伪在|1
民国三十年（1941年）|1941|夏秋间，县境|1
民国三十年（1941年）|1942-01..1942-02|腊月，县抗日|1
民国三十一年（1942年）|1942|是年，大旱，|1
民国三十四年（1945年）|1945-08-15|8月15日，|1
民国三十四年（1945年）|1945-09-03|9月3日，县|1
民国三十四年（1945年）|1945-10|10月，国民|1
民国三十七年（1948年）|1948-10|10月下旬，|1
民国三十七年（1948年）|1948-11|11月，宁川|1
1949年|1949-01|1月，全县开|1
1949年|1949-10-01|10月1日，|1
1950年|1950-03|3月，县人民|1
1950年|1950-06..1950-12|6月至12月|1
1951年|1951-02-10|2月10日，|1
`)
	if iss.Compiler != "" {
		t.Errorf("compiler %q, want none", iss.Compiler)
	}
	var pages []string
	for _, pg := range iss.Pages {
		pages = append(pages, fmt.Sprintf("%d@%d", pg.Page, pg.Line))
	}
	if got, want := strings.Join(pages, " "), "34@5 35@20 36@33 37@44 38@53"; got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
	var names []string
	for _, s := range iss.Sections[:4] {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, "|"), "第一编|大事记|大事记|民国二十六年（1937年）"; got != want {
		t.Errorf("first sections %s, want %s", got, want)
	}
	// Page by page: the event after each odd page's head is on that page;
	// the sentence the break cut is whole.
	for _, c := range []struct {
		sec, ent, page int
		text           string
	}{
		{4, 3, 35, "是年，县境大旱，秋粮减产五成。"},
		{6, 2, 36, "12月，县抗日民主政府组织群众破袭公路20余公里。"},
		{8, 0, 36, "是年，大旱，夏秋两季绝收，饿死、外逃者2万余人。县抗日民主政府开展生产自救，组织群众开荒种地1.2万亩。"},
		{9, 0, 37, "8月15日，日本宣布无条件投降。"},
		{11, 0, 38, "1月，全县开展支前运动，动员民工5000余人、大车800余辆支援淮海战役。"},
	} {
		if t.Failed() {
			return
		}
		e := iss.Sections[c.sec].Entries[c.ent]
		if e.Page != c.page || e.Paragraphs[0].Text != c.text {
			t.Errorf("section %d entry %d: page %d %q, want %d %q", c.sec, c.ent, e.Page, e.Paragraphs[0].Text, c.page, c.text)
		}
	}
	// The note at the page's foot is the event's that calls it (…书记赵立功①。),
	// not the last event's above it (pageNotesToCalls).
	if note := iss.Sections[4].Entries[1].Paragraphs[1].Text; note != "①赵立功（1910—1942），北庄人，1942年在反“扫荡”中牺牲。" {
		t.Errorf("the note: %q", note)
	}
}

// TestRedTeamC4Footnote: a note at a page's foot that the page break set
// inside an event's sentence (…受灾群众达 / ①宁水：… / ·35· / 3万余人。),
// its words no source's (not 见…, 据…), in a copy with no blank lines and
// in one with them: the note a paragraph of its own, as the text above
// calls its mark, the sentence read whole and the note after it (the
// note had run into the sentence's first half, …群众达①宁水：…, silently;
// then the halves were left apart around it, with a warning, until
// rejoinAfterNotes). A note under an event that ended is its paragraph,
// as before.
func TestRedTeamC4Footnote(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"rt-c4-footnote.md", `1953年|1953-11|11月，实行|1
1954年|1954-07|7月，大水，|2
1954年|1954-08|8月，县第一|2
1955年|1955-06|6月，全县实|1
`},
		{"rt-c4-footnote-blank.md", `1954年|1954-07|7月，大水，|2
1954年|1954-08|8月，县第一|1
`},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkC4(t, c.file, c.want)
			if t.Failed() {
				return
			}
			var e model.Entry
			for _, s := range iss.Sections {
				for _, x := range s.Entries {
					if strings.HasPrefix(x.Paragraphs[0].Text, "7月，大水") {
						e = x
					}
				}
			}
			if len(e.Paragraphs) != 2 {
				t.Fatalf("the flood's event: %d paragraphs", len(e.Paragraphs))
			}
			got := []string{e.Paragraphs[0].Text, e.Paragraphs[1].Text}
			want := []string{"7月，大水，宁水决口3处①，淹没农田5万亩，受灾群众达3万余人。", "①宁水：县境主要河流，古称宁川。"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("paragraphs %q, want %q", got, want)
			}
		})
	}
}

// TestRedTeamC4OCRDates: dates OCR damaged at an event's head. A month
// whose day is lost (8月曰，…, 10月 日，…) is the month's event, with a
// warning (8月曰 had run into the event above, silently; 10月 日 been
// read as the month, silently); a stray space inside a year (19 50年3月，…)
// is read (the event had run into the one above, its year lost); a
// year's events run together with semicolons (3月，…；5月，…；是年，…) are
// each their own, as with 。. (10月 日本…: the month, then a word, no
// day lost.)
func TestRedTeamC4OCRDates(t *testing.T) {
	checkC4(t, "rt-c4-ocr-dates.md", `一九四九年（民国三十八年）|1949-01|1月，县城和|1
一九四九年（民国三十八年）|1949-08|8月曰，县人|1
一九四九年（民国三十八年）|1949-10|10月 日，|1
一九四九年（民国三十八年）|1950-03|19 50年|1
一九四九年（民国三十八年）|1950-06|6月，全县开|1
1962年|1962-03|3月，恢复区|1
1962年|1962-05|5月，全县精|1
1962年|1962|是年，县境获|1
1972年|1972-10|10月 日本|1
9: "8月曰，县人民政府成立，…" has 
11: "10月 日，县城召开万人…" has 
`)
}

// TestRedTeamC4WholeOCR: a whole chapter of a county gazetteer's 大事记,
// 1911–1990, as Umi-OCR gives a scan of it (a paragraph a line, blank
// lines between): the chapter's page (第一编 / 大事记), its folios with
// the running heads set across the page (·34·<gap>宁川县志 on even pages,
// 大事记<gap>·35· on odd ones), its preface, periods (一、民国时期), era
// years (民国元年（1912年）, 民国二十六年（1937）, 1938年（民国二十七年）), a
// year's events run together (1月，…。3月，…。是年，…, with ；), lunar
// dates and months (农历七月十五, 冬月, 腊月, 正月), a footnote, and OCR's
// damage (19 53年, 8月曰, 195年, 1958一1960年, l0月, 196O年, ,/. for ，/。).
// Every event is checked, with its date and precision, and the
// warnings: at start the odd pages were lost (their events the even
// page's), a run-together year's events after the first had no date of
// their own, 冬月/腊月/8月曰 ran into the event above, 正月 and l0月 were
// undated, 195年's events were 1954's and 1958一1960年 text of 1956's
// event, all silently.
func TestRedTeamC4WholeOCR(t *testing.T) {
	iss := checkC4(t, "rt-c4-whole-ocr.md", `大事记||宁川古为淮夷|1
清宣统三年（1911年）|1911-11|11月，武昌|1
民国元年（1912年）|1912-01|1月，县知事|1
民国元年（1912年）|1912-03|3月，县城设|1
民国元年（1912年）|1912|是年，县立高|1
民国二年（1913年）|1913|春，县境大旱|1
民国二年（1913年）|1913-08-16|农历七月十五|1
民国五年（1916年）|1916-06|6月，县议会|1
民国五年（1916年）|1916|冬，县知事公|1
民国八年（1919年）|1919-05|5月下旬，县|1
民国十年（1921年）|1921|夏秋间，蝗灾|1
民国十年（1921年）|1921-11..1921-12|冬月，县城设|1
民国十五年（1926年）|1926|是年，土匪刘|1
民国十七年（1928年）|1928-02|2月，国民党|1
民国十七年（1928年）|1928-04|4月上旬，县|1
民国十七年（1928年）|1928|是年，全县划|1
民国二十年（1931年）|1931-08|8月，大水，|1
民国二十年（1931年）|1931-09|9月下旬，县|1
民国二十三年（1934年）|1934-03|3月，县城至|1
民国二十六年（1937）|1937-07|7月，七七事|1
民国二十六年（1937）|1938-01|腊月，县城设|1
1938年（民国二十七年）|1938|1938年 |1
1938年（民国二十七年）|1938|是年春，中共|2
1938年（民国二十七年）|1938|同年，县政府|1
民国二十八年（1939年）|1939-02..1939-03|正月，日军“|1
民国二十八年（1939年）|1939-04-22|农历三月初三|1
民国二十八年（1939年）|1939-06|6月中旬，县|1
民国二十八年（1939年）|1939|年底，全县建|1
民国二十九年（1940年）|1940|春，全县各抗|1
民国二十九年（1940年）|1940-08|8月，县独立|1
民国三十一年（1942年）|1942|是年，大旱，|1
民国三十四年（1945年）|1945-08-15|8月15日，|1
民国三十四年（1945年）|1945-09-03|9月3日，县|1
民国三十四年（1945年）|1945-10|10月，国民|1
民国三十五年（1946年）|1946-06|6月，国民党|1
民国三十七年（1948年）|1948-10|10月下旬，|1
民国三十七年（1948年）|1948-11|11月，宁川|1
1949年|1949-01|1月，全县开|1
1949年|1949-10-01|10月1日，|1
1949年|1949-10|10月中旬，|1
1949年|1949|冬，全县开展|1
1950年|1950-03|1950年 |1
1950年|1950-06..1950-12|6月至12月|1
一九五一年|1951-02-10|2月10日，|1
一九五一年|1951-10|10月，县第|1
一九五一年|1951|是年，县人民|1
1952年|1952-03|3月，全县开|1
1952年|1952-12|12月，县供|1
19 53年|1953-01|1月，全县第|1
19 53年|1953-11|11月，实行|1
1954年|1954-07|7月，大水，|1
1954年|1954-08|8月曰，县第|1
195年|--06|6月，全县实|1
1956年|1956-01|1月，全县实|1
1956年|1958..1960|1958一1|1
1958年|1958-08|8月，全县成|1
1958年|1958-09|9月，全县大|1
1959年|1959-10|l0月，宁川|1
196O年|1960|是年，全县人|1
1962年|1962-03|3月，恢复区|1
1962年|1962-05|5月，全县精|1
1962年|1962|是年，县境获|1
1966年|1966-05|5月，“文化|1
1966年|1966-08|8月下旬，县|1
1968年|1968-03-23|3月23日，|1
1970年|1970-10-01|10月1日，|1
1976年|1976-09-09|9月9日，毛|1
1976年|1976-10|10月，全县|1
1978年|1978-12|12月，县委|1
1979年|1979|是年，全县农|1
1980年|1980-01|1月，撤销县|1
1983年|1983-04|4月，撤销人|1
1984年|1984-10-01|10月1日,|1
1984年|1984-11|11月，宁川|1
1985年|1985-01|元月，县城自|1
1985年|1985-09-29|农历八月十五|1
1987年|1987-05|5月中旬，县|1
1987年|1987-07..1987-12|7月至年底，|1
1990年|1990-07-01|7月1日零时|1
1990年|1990-12|12月，宁川|1
157: "8月曰，县第一届人民代表…" has 
159: year heading "195年" 
161: "6月，全县实现初级农业合…" unde
177: "l0月，宁川水库开工兴建…" has 
`)
	var pages []string
	for _, pg := range iss.Pages {
		pages = append(pages, fmt.Sprintf("%d@%d", pg.Page, pg.Line))
	}
	if got, want := strings.Join(pages, " "), "33@9 34@53 35@79 36@109 37@147 38@181 39@211"; got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
	if iss.Compiler != "" {
		t.Errorf("compiler %q, want none", iss.Compiler)
	}
	// Where each page begins: the first event of each odd page.
	for text, page := range map[string]int{
		"正月，日军“扫荡”西山乡，烧毁民房200余间，杀害群众30余人。": 35,
		"1月，全县第一个农业生产合作社在东关村建立。":           37,
		"是年，全县农村开始推行联产承包责任制。":              39,
	} {
		found := false
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				if e.Paragraphs[0].Text == text {
					found = true
					if e.Page != page {
						t.Errorf("%q on page %d, want %d", text, e.Page, page)
					}
				}
			}
		}
		if !found {
			t.Errorf("no event %q", text)
		}
	}
}

// TestRedTeamC4BareFolios: a scan read by ABBYY, its folios bare figures
// set across the page with the running heads (36<gap>宁川县志 on even
// pages, 大事记<gap>37 on odd ones): the odd heads are page furniture and
// their pages are read (they had been text, and the events on them the
// even page's, silently). An era's year OCR misread (民国2l年（1932年）) is
// the year printed beside it (the heading had been a line of the event
// above, its events 1931's, silently); 是年秋冬，… is the year's event (it
// had been undated, silently).
func TestRedTeamC4BareFolios(t *testing.T) {
	iss := checkC4(t, "rt-c4-bare-folios.md", `民国二十年(1931年)|1931-08|8月，大水，|1
民国2l年（1932年）|1932-09|9月下旬，县|1
民国2l年（1932年）|1932-11|11月，县城|1
民国二十二年（1933年）|1933-05|5月，县城举|1
民国二十三年（1934年）|1934-03|3月，县城至|1
民国二十四年（1935年）|1935|是年秋冬，县|1
民国二十五年（1936年）|1936|同年冬，县政|1
民国二十六年（1937年）|1937-07|7月，七七事|1
民国二十七年（1938年）|1938-02|2月，日军侵|1
民国二十八年（1939年）|1939-02..1939-03|正月，日军“|1
民国二十九年（1940年）|1940|春，全县开展|1
`)
	var pages []string
	for _, pg := range iss.Pages {
		pages = append(pages, fmt.Sprintf("%d@%d", pg.Page, pg.Line))
	}
	if got, want := strings.Join(pages, " "), "36@17 37@27 38@37 39@43 40@49 41@55"; got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%d/%d", e.Page, len(e.Paragraphs)))
		}
	}
	if g, want := strings.Join(got, " "), "0/1 0/1 0/1 36/1 36/1 37/1 37/1 38/1 39/1 40/1 41/1"; g != want {
		t.Errorf("pages/paragraphs %s, want %s", g, want)
	}
}

// TestRedTeamC4EraOCR: a gazetteer's periods over its years ((一)民国时期
// （1912—1949年）) under a title that names no chronicle (宁川县志): an
// event right under the period, of no year, is warned (it had been
// dated --05 with nothing said); an era's year in figures OCR misread
// with no common era's beside it (民国2O年) is read as 2OO5年 is (it had
// been a line of the event above, its events of no year, silently); a
// year's parts of a month run together (5月上旬，…。中旬，…。下旬，…) are
// each their own.
func TestRedTeamC4EraOCR(t *testing.T) {
	checkC4(t, "rt-c4-era-ocr.md", `民国时期（1912—1949年）|--05|5月，县城商|1
民国2O年|1931-08|8月，大水，|1
民国2O年|1931-09|9月下旬，县|1
民国二十一年（1932年）|1932-03|3月，县城设|1
1949年|1949-10-01|10月1日，|1
1950年|1950-05|5月上旬，县|1
1950年|1950-05|中旬，全县开|1
1950年|1950-05|下旬，县城召|1
1951年|1951-01-30|腊月二十三，|1
1951年|1951-10|冬十月，全县|1
7: "5月，县城商会成立，会员…" unde
`)
}

// TestRedTeamC4ReignDays: a reign's days are the lunar calendar's, the
// Republic's the common one's. 清光绪三十四年十月二十一日，… is 1908-11-14
// (it had been 1908-10-21, silently); 清宣统三年九月十五日（1911年11月5日），…
// is the day printed beside it (it had been 1911-09-15, silently); a
// lunar day before the table's years (清光绪十年三月初五，…) is its month by
// its number (it had been undated, silently); 民国…七月七日 stays July.
func TestRedTeamC4ReignDays(t *testing.T) {
	checkC4(t, "rt-c4-reign-days.md", `清末|1884-03|清光绪十年三|1
清末|1908-11-14|清光绪三十四|1
清末|1911-11-05|清宣统三年九|1
民国时期|1912-01-01|民国元年（1|1
民国时期|1937-07-07|民国二十六年|1
`)
}

// TestRedTeamC4YearEnds: year headings OCR damaged at their end: a stray
// stop (1953年。) is read silently, 年 read as 牟 or 午 (1955牟, 1956午)
// with a warning; each had been a line of the event above, its events of
// the year before (the first two silently). 1957年: was read already.
func TestRedTeamC4YearEnds(t *testing.T) {
	checkC4(t, "rt-c4-year-ends.md", `1952年|1952-03|3月，全县开|1
1953年。|1953-11|11月，实行|1
1954 年|1954-07|7月，大水。|1
1955牟|1955-06|6月，全县实|1
1956午|1956-01|1月，全县实|1
1957年:|1957-05|5月，县城大|1
17: year heading "1955牟"
21: year heading "1956午"
`)
}

// TestRedTeamC4RunInYears: a gazetteer that runs each year in before its
// events, no heading over them (1912年　1月，…。3月，…。是年，…): each date
// its own event, of that year, as under a year heading (the events after
// the first had been its text, silently).
func TestRedTeamC4RunInYears(t *testing.T) {
	checkC4(t, "rt-c4-runin-years.md", `大事记|1912-01|1912年　|1
大事记|1912-03|3月，县城设|1
大事记|1912|是年，县立高|1
大事记|1913|1913年　|1
大事记|1916-06|1916年　|1
大事记|1916|冬，县知事公|1
大事记|1921|1921年　|1
大事记|1921-11..1921-12|冬月，县城设|1
`)
}

// TestRedTeamC4ReignHeading: under a reign's year heading (清宣统三年
// （1911年）) a day in numerals is the lunar calendar's: 八月十九日 is
// 1911-10-10 (it had been 1911-08-19, silently); a day in figures (11月5日)
// is the editors' conversion, and the Republic's days (一月一日 under 民国
// 元年) the common calendar's, as printed.
func TestRedTeamC4ReignHeading(t *testing.T) {
	checkC4(t, "rt-c4-reign-heading.md", `清宣统三年（1911年）|1911-10-10|八月十九日，|1
清宣统三年（1911年）|1911-11-05|11月5日，|1
民国元年（1912年）|1912-01-01|一月一日，县|1
`)
}

// TestRedTeamC4BulletFolios: the scanned chapter of rt-c4-scan-pages.md
// with its folios' middle dots read by OCR as bullets (• 36 •<gap>宁川县志,
// 大事记<gap>• 35 •): read the same, every page (no head had been read,
// their lines text inside the events, silently).
func TestRedTeamC4BulletFolios(t *testing.T) {
	a, b := parseAllFile(t, "rt-c4-scan-pages.md"), parseAllFile(t, "rt-c4-bullet-folios.md")
	if len(a) != 1 || len(b) != 1 {
		t.Fatalf("%d and %d issues", len(a), len(b))
	}
	if got, want := c4Events(b[0]), c4Events(a[0]); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	var pages []string
	for _, pg := range b[0].Pages {
		pages = append(pages, fmt.Sprintf("%d@%d", pg.Page, pg.Line))
	}
	if got, want := strings.Join(pages, " "), "34@5 35@20 36@33 37@44 38@53"; got != want {
		t.Errorf("pages %s, want %s", got, want)
	}
}
