package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// cnMonthDay is a month and day in figures (11月3日), as cnDatesByWords
// types them in words.
var cnMonthDay = regexp.MustCompile(`([0-9]{1,2})月([0-9]{1,2})日`)

// cnDatesByWords types every month and day in figures in Chinese
// numerals (11月3日 → 十一月三日, 1月10日 → 一月十日, 12月25日 →
// 十二月二十五日), as older gazetteers and chronicles, offices that keep
// the pre-2012 公文 style, yearbooks' 条目 and OCR of such print them. A
// year or a range's end in figures stays (2023年十一月三日, 十一月十日至11日).
func cnDatesByWords(s string) string {
	digits := []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	words := func(n int) string {
		switch {
		case n < 10:
			return digits[n]
		case n == 10:
			return "十"
		case n < 20:
			return "十" + digits[n%10]
		case n%10 == 0:
			return digits[n/10] + "十"
		}
		return digits[n/10] + "十" + digits[n%10]
	}
	return cnMonthDay.ReplaceAllStringFunc(s, func(m string) string {
		sm := cnMonthDay.FindStringSubmatch(m)
		var month, day int
		fmt.Sscan(sm[1], &month)
		fmt.Sscan(sm[2], &day)
		if month < 1 || month > 12 || day < 1 || day > 31 {
			return m
		}
		return words(month) + "月" + words(day) + "日"
	})
}

// Why a fixture still reads otherwise with its dates in Chinese numerals,
// when the transform and not the parser is to blame.
const (
	cnLayout = "artefact: a pdftotext -layout copy, its columns a cell apart; 十一月三日 is wider than 11月3日 and shifts the gutter (a real copy keeps its columns)"
	cnWrap   = "artefact: hard-wrapped at a width in cells; dates in words widen their lines past the wrap a real copy would have made sooner, so the wrap is found elsewhere or not at all"
)

// cnDatesSkip lists the fixtures TestChineseNumeralDatesReadTheSame
// leaves out, by name, each with why it still reads otherwise.
var cnDatesSkip = map[string]string{
	"rt-c1-tight-gutter.md":    cnLayout,
	"rt-c2-dsj-columns.md":     cnLayout,
	"rt-w1-whole-layout.md":    cnLayout,
	"rt-c1-whole-plain.md":     cnWrap,
	"rt-fb-bullets-pandoc.md":  cnWrap,
	"rt-fb-bullets-star.md":    cnWrap,
	"rt-fb-bullets-wrapped.md": cnWrap,
	"rt-w20-hw20-set-in.md":    cnWrap,
	"rt-w15-big5-folio.md":     cnWrap,
	"wrap-noindent.md":         cnWrap,
	"noblank-fenmu.md":         cnWrap + " (its one date is enough for its short copy's wrap)",
	"joins.md":                 "artefact: a date the wrap cut (1 / 1月9日) is typed half in figures, half in words (1 / 一月九日), as no copy does",
	"rt-td-ocr-days.md":        "artefact: OCR's letters in a date (2O23年3月8日, l1月5日) left beside words (2O23年三月八日, l一月五日), as no OCR reads a page",
	"history-periods.md":       "artefact: under a reign's year (清宣统三年（1911年）) a date in Chinese numerals is the lunar calendar's, as such chronicles print it, and one in figures the Gregorian: the transform changes the date",
	"rt-c4-reign-heading.md":   "artefact: under a reign's year (宣统三年) a date in Chinese numerals is the lunar calendar's: the transform changes the date",
}

// TestChineseNumeralDatesReadTheSame: every fixture (but cnDatesSkip's)
// reads the same — sections, titles, dates, paragraphs, the count of
// warnings — with each month and day in figures typed in Chinese numerals
// (cnDatesByWords): a yearbook's 条目 (2023年一月十日，…), a title run into
// its dated text (…工作 十一月一日，…), a dateline after a byline (■本刊记者
// 张华 十一月十六日，…), a chronicle's event led or followed by a dash
// (——十一月六日，…, 一月八日——…), a range (五月三十日至六月二日, 十一月十日至11日),
// a time after the day (七月一日零时), a table's date cell, a date no
// calendar has (四月三十一日: warned). The outlines are compared with the
// transform applied to both.
func TestChineseNumeralDatesReadTheSame(t *testing.T) {
	n := 0
	for _, fx := range fixtureTexts(t) {
		name := filepath.Base(fx.path)
		if _, skip := cnDatesSkip[name]; skip {
			continue
		}
		words := cnDatesByWords(fx.text)
		if words == fx.text {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(words))
		if err != nil {
			t.Fatal(err)
		}
		n++
		// (Both outlines typed so: a date the copy spaced or marked up,
		// 1 1月8日, reads 11月8日 in the model's text.)
		if d := shapeDiff(cnDatesByWords(readShape(ref)), cnDatesByWords(readShape(got))); d != "" {
			t.Errorf("%s with its dates in Chinese numerals reads otherwise: %s", fx.path, d)
		}
	}
	if n < 800 {
		t.Errorf("only %d fixtures tried", n)
	}
}

// TestRedTeamW17CnReport: a monthly report whose datelines are typed in
// Chinese numerals: a bold title run into its dated text (**…** 十一月三日，…),
// a dateline after a reporter's byline (■本刊记者 张华 十一月十六日，…), a
// range with its year (二〇二三年十一月二十日至二十二日), and a column of
// county news by day, places leading its items (十一月六日　白马区：… /
// 清河县：…), each item an entry of the day (the byline's entry had been
// undated, the place's item a paragraph of the one above, silently).
// Prose numbers (三十日内, 三日内) are no dates.
func TestRedTeamW17CnReport(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w17-cn-report.md", "宁川史志月报|2023|11|宁川县地方史志办公室|2023-12-04",
		"工作动态|县志办开展地情资料征集活动|2023-11-03|2; 工作动态|县方志馆举办地情讲座|2023-11-16|1; 工作动态|全县地方志业务培训班举办|2023-11-20..2023-11-22|2; " +
			"县区动态||2023-11-06|1; 县区动态||2023-11-06|1; 县区动态||2023-11-08|1", ""})
	if t.Failed() {
		return
	}
	if p := iss.Sections[0].Entries[2].Paragraphs[1]; !p.Date.IsZero() {
		t.Errorf("%q dated %s, want undated (三十日内, 三日内 are no dates)", p.Text, p.Date)
	}
}

// TestRedTeamW17CnYearbook: a yearbook's 条目 dated with the year in
// figures and the month and day in Chinese numerals (2023年一月十日，…,
// 2023年五月三十日至六月二日，…, 2023年九月十二日、十四日，…), as a typist
// of an office that keeps the older style types them: each 条目 dated
// (they had been undated, silently).
func TestRedTeamW17CnYearbook(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w17-cn-yearbook.md", "|0|0||",
		"特载|奋力谱写宁川高质量发展新篇章——在中共宁川县委十五届六次全体（扩大）会议上的讲话||4; 中共宁川县委员会|综述||1; 中共宁川县委员会|重要会议|2023-01-10|1; " +
			"中共宁川县委员会|专题调研|2023-05-30..2023-06-02|1; 宁川县人民代表大会常务委员会|代表视察|2023-09-12..2023-09-14|1", ""})
}

// TestRedTeamW17CnChronicle: a chronicle's events dated in Chinese
// numerals in the forms its figures' copy is read in: a dash after the
// date (一月八日——…) or before it (——一月十日，…), a range after a time of
// day (一月二十日晚至二十一日凌晨), a time after the day (七月一日零时), a
// range to the year's end (七月一日至年底), a day of the week after the day
// (十一月十日星期一，…) or in brackets after each end of a range, a range
// into the next year (十二月二十八日—翌年一月五日); a date no calendar has
// (四月三十一日) starts its event undated and is warned (most had run into
// the event above, undated, silently).
func TestRedTeamW17CnChronicle(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w17-cn-chronicle.md", "宁川县大事记（1986年）|0|0||",
		"1986年||1986-01-08|1; 1986年||1986-01-10|1; 1986年||1986-01-20..1986-01-21|1; 1986年|||1; 1986年||1986-07-01|1; " +
			"1986年||1986-07-01..1986-12-31|1; 1986年||1986-11-10|1; 1986年||1986-11-17..1986-11-19|1; 1986年||1986-12-28..1987-01-05|1", "11"})
}

// TestRedTeamW17CnFanli: a yearbook whose 凡例 states the year it records
// in Chinese numerals (记述二〇二二年…), its 条目 dated by month and day in
// Chinese numerals (一月十日，…): of that year, as when the 凡例 prints
// 2022年 (they had been dated without a year).
func TestRedTeamW17CnFanli(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w17-cn-fanli.md", "宁川年鉴|2023|0|宁川县地方史志编纂委员会|",
		"|凡例||2; 概况|自然地理||1; 概况|人口||1; 中共宁川县委员会|重要会议|2022-01-10|1; 中共宁川县委员会|专题调研|2022-05-30..2022-06-02|1", ""})
}

// TestRedTeamW17CnEra: an older chronicle's years of the common era in
// Chinese numerals, beside an era's (民国二十年（一九三一年），…, 民国三十八年
// （一九四九年）十二月五日　…) and before a lunar date (一九八七年农历八月十五，…):
// each event dated (the era's events had run into one undated entry, the
// lunar one undated, silently).
func TestRedTeamW17CnEra(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w17-cn-era.md", "宁川县大事记|0|0||",
		"民国时期||1931|1; 民国时期||1937-07|1; 民国时期||1949-12-05|1; 1987年||1987-10-07|1; 1987年||1987-10-20|1", ""})
}

// TestRedTeamW17CnBoundYear: a bound volume's title with its year in
// Chinese numerals (宁川史志（二〇二三年合订本）) reads as with 2023年合订本:
// the volume's year, its issues numbered under it (the year had been lost
// and the first issue's number read as the volume's, silently).
func TestRedTeamW17CnBoundYear(t *testing.T) {
	for _, f := range []string{"testdata/rt-cv-bound-bare.md", "testdata/rt-cv-bound-bare-gap.md"} {
		readsAsReplaced(t, f, "2023年合订本", "二〇二三年合订本")
	}
}

// readsAsReplaced checks that the fixture at path, with every from in it
// written to, reads as it does, the outline's own from compared as to.
func readsAsReplaced(t *testing.T, path, from, to string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.ReplaceAll(string(src), from, to)
	if words == string(src) {
		t.Fatalf("%s: no %s", path, from)
	}
	ref, err := ParseAll(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseAll([]byte(words))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.ReplaceAll(readShape(ref), from, to)
	if d := shapeDiff(want, readShape(got)); d != "" {
		t.Errorf("%s with %s reads otherwise: %s", path, to, d)
	}
}

// TestRedTeamW17CnYearLedLines: a yearbook's lines that end with a number
// (电话：0375-1234567, …合格率100%) over a paragraph that begins with a year
// in Chinese numerals (二〇二二年，学校有…) read as over 2022年，…: two
// paragraphs (they had been joined, 0375-1234567二〇二二年，…, silently).
func TestRedTeamW17CnYearLedLines(t *testing.T) {
	for _, f := range []string{"../testdata/yearbooks/short-lines.md", "testdata/rt-td-yb-indent-numbers.md"} {
		readsAsReplaced(t, f, "2022年，", "二〇二二年，")
	}
}
