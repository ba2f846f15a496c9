package parser

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// pl19Sections is the names of every issue's sections, in order, one a
// line, each with the number of its entries: what a copy set plain (its
// headings' hashes taken off, see mk19Plain) must still read.
func pl19Sections(all []*model.Issue) (string, int) {
	var b strings.Builder
	warns := 0
	for _, iss := range all {
		b.WriteString("issue\n")
		for _, s := range iss.Sections {
			b.WriteString(s.Name)
			b.WriteByte(' ')
			b.WriteString(strings.Repeat("*", len(s.Entries)))
			b.WriteByte('\n')
		}
		warns += len(iss.Warnings)
	}
	return b.String(), warns
}

// The reasons pl19Skip gives.
const (
	pl19Era = "a chronicle's period set plain over its years (清代, 民国时期): the era headings are read from their marks; left"
	pl19Ent = "the sections read the same; an entry's title, subtitle or list set plain is read otherwise (entries, not sections)"
	pl19Top = "a name that is no column's word set plain atop the body over untitled text (编辑说明, 大事记 over a month's chronicle): nothing but the mark tells it from the text's first line; left"
	pl19End = "a name that is no column's word set plain after the articles (编后记, 征稿启事, 图片新闻): read as the text above; left"
)

// pl19Skip are the fixtures whose sections, set plain, read otherwise
// with no more warnings than the Markdown copy has, and why.
var pl19Skip = map[string]string{
	"rt-w23-op23-kicker.md": "a lead-in (凝心聚力谋发展 砥砺奋进新征程) over a plain title in a copy with no contents: no heading under it to tell it by",
	// 领导活动 / 县长到…调研 / 5月22日，…, plain titles in a copy whose
	// other columns' titles are bold: the column is lost, silently (left).
	"rt-w21-tr21-mineru-plain.md":        "plain titles beside bold ones, under a plain name",
	"review-r06-yearpart-report.md":      pl19Ent,
	"review-r12-htmltable-unclosed.md":   pl19Top,
	"rt-c3-bullet-days.md":               pl19Top,
	"rt-c3-day-runs-alone.md":            pl19Top,
	"rt-c3-placeholder-header.md":        pl19Ent,
	"rt-c5-subtitle-levels.md":           pl19Ent,
	"rt-c5-subtitle-pandoc.md":           pl19Ent,
	"rt-c5-whole-pandoc.md":              pl19Ent,
	"rt-ch-decades.md":                   pl19Era,
	"rt-ch-no-year.md":                   pl19Era,
	"rt-ch-report-months.md":             pl19Ent,
	"rt-cv-note-colon.md":                "地情研究 set plain over a plain title over text that ends no sentence: no column's word, no bold title; left",
	"rt-cx-era-lead.md":                  pl19Era,
	"rt-k-chron-reigns.md":               pl19Era,
	"rt-k-chron-spans.md":                pl19Era,
	"rt-k-yb-list-rows.md":               pl19Ent,
	"rt-m-obsidian-links.md":             pl19Ent,
	"rt-m-obsidian.md":                   pl19Ent,
	"rt-mh-title-again.md":               "the issue's title again after its articles is warned of (line 19), as the Markdown copy's is: no more warnings, not silent",
	"rt-pandoc-simple-table.md":          pl19Top,
	"rt-report-chronicle.md":             "set plain, 经济运行 names the section the Markdown copy leaves unnamed: a better reading",
	"rt-w10-dsj-afterword-days.md":       pl19End,
	"rt-w10-dsj-afterword.md":            pl19End,
	"rt-w10-dsj-preface.md":              pl19Top,
	"rt-w10-whole-table-dsj.md":          pl19Top,
	"rt-w11-marker-back.md":              pl19End,
	"rt-w12-word-speech-points.md":       pl19Ent,
	"rt-w14-byline-page-foot.md":         pl19Top,
	"rt-w14-web-bracket-city.md":         "a web column's cities in brackets (【洛阳市】) under 地市动态 set plain: the county heads take the section; left",
	"rt-w15-minguo-figures.md":           pl19Ent,
	"rt-w17-cn-era.md":                   pl19Era,
	"rt-w17-hd-bold-heads.md":            pl19Ent,
	"rt-w17-hd-pandoc-attrs.md":          pl19Ent,
	"rt-w17-hd-web-site-h1.md":           "a web page's site name over the article's title (see mk19Skip): the cover is read otherwise",
	"rt-w17-nf-briefing.md":              "I、工作动态: a Latin numeral set plain is kept in the name; left",
	"rt-w18-wr18-wrapped.md":             "wrapped as well as plain: 图片新闻, 通知公告 (no column's word) under dates the wrap cut; left",
	"rt-w19-cc19-numberless-briefing.md": pl19Ent,
	"rt-w3-colon-kicker.md":              pl19Top,
	"rt-w3-whole-web.md":                 pl19Ent,
	"rt-w3-whole-word.md":                pl19Ent,
	"rt-wb-ul-toc.md":                    "a contents set as a list, set plain: the body's names no longer match it; left",
	"era-ancient.md":                     pl19Era,
	"history-periods.md":                 pl19Era,
	"mineru-headings.md":                 "第一章 大事记 set plain keeps its chapter's label in the name",
	"report-year-kept.md":                pl19Top,
	"setext.md":                          pl19Ent,
	"report-brackets.md":                 pl19Ent,
}

// TestPlainBodiesReadTheSame: every fixture's sections — their names, in
// order, and how many entries each holds — read the same with its
// headings set plain (## 工作动态 as 工作动态 alone on its line), as
// pdftotext, Word's "save as text" or a web page copied give the same
// issue, or else the plain copy warns more than the Markdown one. A
// column's name set plain between two entries had been read as the last
// line of the text above (工作动态 / **县志办开展…** 11月8日，… / 县区动态 /
// **东城区完成村志初稿** / …), or at the top of the body as its first line,
// the section unnamed (县区动态 / 白马区：… / 清河县：…), silently; and
// 宁川史志 2023年第12期 after 第11期's articles, another issue's cover on
// one line, was this issue's text with no warning.
func TestPlainBodiesReadTheSame(t *testing.T) {
	tried := 0
	for _, fx := range fixtureTexts(t) {
		base := filepath.Base(fx.path)
		if _, skip := pl19Skip[base]; skip {
			continue
		}
		alt := mk19Plain(fx.text, false)
		if alt == fx.text {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(alt))
		if err != nil {
			t.Fatal(err)
		}
		tried++
		want, wn := pl19Sections(ref)
		have, hn := pl19Sections(got)
		if hn > wn {
			continue // warned: the reader is told to look
		}
		if d := shapeDiff(want, have); d != "" {
			t.Errorf("%s set plain reads its sections otherwise, silently: %s", fx.path, d)
		}
	}
	if tried < 500 {
		t.Errorf("only %d fixtures tried", tried)
	}
}

// TestPlainColumnNames: a report's columns set plain between bold titles
// (工作动态, 乡镇之窗), over dated items with no title (简讯) and over the
// editor's words (编后语) are its sections; each had been the last line
// of the text above it, silently. The next issue's cover on one line
// after the articles (宁川史志 2024年第4期) is warned of: its articles
// are read as this issue's.
func TestPlainColumnNames(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w19-pl19-plain-columns.md", "宁川史志|2024|3|宁川县地方史志办公室|",
		"工作动态|县志办召开志书评审会|2024-03-05|1; " +
			"工作动态|县志办开展地情资料征集|2024-03-12|1; " +
			"乡镇之窗|石桥乡召开村志编纂推进会|2024-03-21|1; " +
			"简讯||2024-03-25|1; " +
			"简讯||2024-03-28|1; " +
			"编后语|||2; " +
			"工作动态|县志办召开年鉴编纂会议|2024-04-02|1", "27"})
}
