package parser

import "testing"

// tbForms are the tables pdftotext prints that the insertion sweep sets
// inside articles (ibVariants): a cell to a line, row by row (指标 /
// 1—10月 / 增长 / 地区生产总值 / 2156.3 / …), a month's name in a cell
// (月份 / 用电量 / 10月 / 21.8 / …), the cells parted by blank lines as
// pdfminer prints a cell a box, and the table laid out by spaces (-layout:
// 地区生产总值                2156.3             6.1, 11月用电量 …).
var tbForms = map[string]bool{"cells-table": true, "cells-table-months": true, "cells-table-apart": true, "layout-table": true}

// ibSkipForm: a fixture one form still reads otherwise in, silently,
// ("fixture form"), with why; the fixture is held to the other forms.
var ibSkipForm = map[string]string{
	"rt-pf-bold-top.md layout-table":                    "open: the row under a bold title atop a page (**市志办开展…** after the page's break) runs the title into the table",
	"rt-w1-whole-plain.md layout-table":                 "open: a row set into a copy without blank lines whose own table is cells a line: the next article's paragraph split",
	"rt-w12-contents-heading-bilingual.md layout-table": "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-contents-interleaved.md layout-table":       "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-english-contents.md layout-table":           "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w12-preface-points.md layout-table":             "artefact: a table in the editors' note before the contents (编辑说明), which the front reads",
	"rt-w5-briefing-highlights.md layout-table":         "open: a table in the highlights' box before the contents",
	"rt-w5-whole-briefing.md layout-table":              "open: a table in the highlights' box before the contents",
	"rt-wb-essay-emsp.md layout-table":                  "open: a one-essay web copy whose title is a plain line: the rows over the second essay hide its title",
	"rt-wb-essay-wps.md layout-table":                   "open: a one-essay web copy whose title is a plain line: the rows over the second essay hide its title",
}

// TestPdftotextTablesReadTheSame: every fixture reads the same with a
// table as pdftotext prints it set inside its first, a middle and its
// last article (tbForms): the same issues, sections, entries, titles,
// dates and pages, the table the article's text, no cell a title, a
// section's name (1—10月, 11月) or a date; or a warning. The fixtures
// ibSkip lists (read otherwise with any table) and ibSkipForm's are let
// go. On the parser before, 247 of these insertions had read otherwise,
// silently, most with a cell read as a section's name.
func TestPdftotextTablesReadTheSame(t *testing.T) {
	var vs []ibVariant
	for _, v := range ibVariants() {
		if tbForms[v.name] {
			vs = append(vs, v)
		}
	}
	ibSweep(t, vs, func(fixture, form string) bool {
		_, skip := ibSkip[fixture]
		_, skipForm := ibSkipForm[fixture+" "+form]
		return !skip && !skipForm
	})
}

// TestPdftotextCellsExact: an issue with two tables plain pdftotext
// printed a cell to a line under their captions (表1　… / 单位：亿元、% /
// 指标 / 1—10月 / 增长 / 地区生产总值 / 156.3 / …, and 表2 … / 月份 /
// 用电量 / 10月 / 1.8 / 11月 / 2.3 with no blank lines), each inside an
// article: the article's text, a paragraph a cell, undated, and the text
// after it the article's (指标 had been an article's title, 1—10月 and
// 10月 sections' names, the text after each table theirs, silently).
func TestPdftotextCellsExact(t *testing.T) {
	c := redTeamCase{"rt-w22-tb22-cells.md", "宁川经济月报|2023|11|宁川县统计局|2023-11-30",
		"经济运行|前10个月全县经济稳中向好|2023-11-08|13; 经济运行|全县用电量保持增长|2023-11-20|10", ""}
	iss := checkRedTeam(t, c)
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for k, p := range e.Paragraphs {
				if k == 0 {
					continue // the article's own date
				}
				if !p.Date.IsZero() {
					t.Errorf("%q is dated %s: a table's cell, or the text under the table", p.Text, p.Date)
				}
			}
		}
	}
}
