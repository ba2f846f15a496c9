package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestRedTeamN holds copies of collections and special issues a red team
// wrote (testdata/rt-n-*.md) that the parser had read silently wrong.
func TestRedTeamN(t *testing.T) {
	// The masthead's notices, where a copy is about them.
	notes := map[string]string{"rt-n-hekan-bracket.md": "=第11-12期（合刊）", "rt-n-hekan-total.md": "=第11、12期合刊; =总第215-216期",
		"rt-n-zengkan.md": "=增刊", "rt-n-zhuankan.md": "=第6期（防汛抗洪专刊）", "rt-n-total-range.md": "=第11—12期; =总第215—216期",
		"rt-n-tekan.md": "=庆祝中国共产党成立102周年特刊", "rt-n-bound-headings.md": "=合订本",
		"rt-n-masthead-end.md": "主办=宁川县地方史志办公室; 主编=王建国; 责任编辑=李秀英; 地址=宁川县人民路8号; 电话=0391-1234567; 印刷日期=2023年12月5日"}
	// The pages each entry gets, where a copy is about them.
	pages := map[string]string{"rt-n-toc-author-bracket.txt": "1,2,3"}
	// The sections' labels, where a copy is about them.
	labels := map[string]string{"rt-n-part-english.md": "PART 1|PART 2", "rt-n-zhuanti-bold.md": "专题一：|专题二："}
	for _, c := range []redTeamCase{
		// Sections numbered as parts in English (## PART 1 工作动态):
		// PART 1 is the label, 工作动态 the name (the number had stayed
		// in the name).
		{"rt-n-part-english.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1", ""},
		// A bold part's name over a bold title (**专题一：学习贯彻党的二十大精神** /
		// **县史志办召开专题学习会** 11月3日，…): a section, 专题一： its label,
		// not the first half of one title (the two had been joined).
		{"rt-n-zhuanti-bold.md", "宁川史志|2023|11||",
			"学习贯彻党的二十大精神|县史志办召开专题学习会|2023-11-03|1; 学习贯彻党的二十大精神|县志办开展主题党日活动|2023-11-08|1; 第二轮修志|《宁川县志》通过终审|2023-11-15|1; 第二轮修志|东城区完成村志初稿|2023-11-20|1", ""},
		// News in brief led by their place and a date (东城区：11月6日，…):
		// each its own item, dated by its date (they had been one undated
		// entry of four paragraphs). The last, 北山乡：… with no date, is
		// an item too (it had stayed in the item above, itself led by its
		// place: rc5); under an event that leads with no place, after a
		// colon, such a line is a point of it (…各乡镇汇报进展： / 城关镇：
		// 已完成…), and stays there.
		{"rt-n-brief-places.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 县区简讯||2023-11-06|1; 县区简讯||2023-11-10|1; 县区简讯||2023-11-18|1; 县区简讯|||1", ""},
		// An annex after the last article (附件： / …方案 / 一、指导思想 / text /
		// 二、时间安排 / 12月31日前完成…), under ## sections with bold titles:
		// the point after a point is a paragraph too, over a date as well
		// (二、时间安排 had been an entry of its own, dated 12月31日).
		{"rt-n-annex-points.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|7", ""},
		// A year's issues bound in one file (宁川史志（2023年合订本）),
		// divided only by headings (## 第1期 … ## 第12期): each a section,
		// and the first no cover number (it had made the whole a January
		// issue, and its December 2022); the title's year the volume's.
		{"rt-n-bound-headings.md", "宁川史志|2023|0|宁川县地方史志办公室|",
			"第1期|县史志办召开2023年工作会议|2023-01-10|1; 第1期|《宁川年鉴（2023）》编纂工作启动|2023-01-18|1; 第2期|县志办开展地情资料征集活动|2023-02-08|1; 第2期|东城区完成村志初稿|2023-02-20|1; 第3期|县史志办举办业务培训班|2023-03-15|1; 第12期|县史志办召开年终总结会|2023-12-28|1", ""},
		// Double and special issues: the number is the first (a double
		// issue is numbered by its first), and what the number does not
		// say is a notice of the masthead, as printed (see notes below).
		// 2023年第11-12期（合刊）, its bracket after the number (the line
		// had not been read: no year, no number, and the office and date
		// under it not read either).
		{"rt-n-hekan-bracket.md", "宁川史志|2023|11|宁川县地方史志办公室|2024-01-05",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-10|1; 工作动态|县志办开展地情资料征集活动|2023-12-08|1; 县区动态|东城区完成村志初稿|2023-12-20|1", ""},
		// 第11、12期合刊（总第215-216期）: the totals a range too (the plain
		// title and the whole cover had been text of an untitled entry).
		{"rt-n-hekan-total.md", "宁川史志|2023|11|宁川县地方史志办公室|2023-12-30",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-10|1; 工作动态|县志办开展地情资料征集活动|2023-12-08|1; 县区动态|东城区完成村志初稿|2023-12-20|1", ""},
		// 2023年增刊: the year, no number (it had been text, the
		// publication date an event).
		{"rt-n-zengkan.md", "宁川史志|2023|0|宁川县地方史志办公室|2023-10-08",
			"专题报道|《宁川县志（1991—2020）》出版发行|2023-09-26|1; 专题报道|县志编纂历程回顾|2019-05|1; 各方评价|专家评审意见摘要|2023-08-15|1", ""},
		// 2023年第6期（防汛抗洪专刊）: a special issue named in brackets.
		{"rt-n-zhuankan.md", "宁川史志|2023|6|宁川县地方史志办公室|",
			"抗洪纪实|县委召开防汛工作紧急会议|2023-07-30|1; 抗洪纪实|城关镇转移群众3000余人|2023-07-31|1; 灾后重建|全县灾后重建工作全面展开|2023-08-10|1", ""},
		// 总第215—216期 on a line of its own under 2023年第11—12期 (it had
		// ended the cover, and the contents had become a section).
		{"rt-n-total-range.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-10|1; 工作动态|县志办开展地情资料征集活动|2023-12-08|1", ""},
		// A special issue's name on a line of its own under the title
		// (庆祝中国共产党成立102周年特刊): a notice of the masthead, and the
		// office and date under it read (all three had been text of an
		// untitled entry, the dates without a year).
		{"rt-n-tekan.md", "宁川史志|0|0|宁川县地方史志办公室|2023-07-01",
			"红色记忆|宁川县第一个党支部的建立||1; 红色记忆|宁川抗日游击队的创建|1938-10|1; 时代新篇|县委召开庆祝建党102周年大会|2023-06-30|1", ""},
		// News in brief marked ▲ and ● in a report (▲11月6日，… /
		// ▲11月下旬，… / ▲县史志办完成…, no date): the undated item is
		// undated, and the one of a part of a month has the month (▲ had
		// been read as a chronicle's same day: both had 11月22日, the date
		// of the item above).
		{"rt-n-brief-bullet-undated.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 简讯||2023-11-06|1; 简讯||2023-11-09|1; 简讯||2023-11-14|1; 简讯||2023-11-22|1; 简讯||2023-11|1; 简讯|||1", ""},
		// The masthead on the back page, after the last article (--- /
		// 主　办：… / 主　编：… / … / 印刷日期：2023年12月5日): the masthead's,
		// its date the publication's (the six lines had been paragraphs of
		// the last article).
		{"rt-n-masthead-end.md", "宁川史志|2023|11||2023-12-05",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1", ""},
		// What an issue prints after its last article, each name alone on
		// its line over its text (征稿启事, 编　后　记): a piece of its own,
		// titled so, as a bold **更　正** is (they had been paragraphs of
		// the last article, 东城区完成村志初稿).
		{"rt-n-back-matter.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1; 县区动态|征稿启事||3; 县区动态|编后记||1", ""},
		// **本期导读** over a paragraph, not a list of titles, before the
		// first section: the editors' note, titled 本期导读 (the heading had
		// been taken for an empty table of contents, and lost from the
		// body).
		{"rt-n-guide-prose.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"|本期导读||1; 工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1", ""},
		// Columns in brackets over titles marked ◇, each over its text
		// that prints its date last (【工作动态】 / ◇县史志办召开… / …工作。
		// （11月3日）): sections and entries, dated so (the whole issue had
		// been one untitled entry, no warning).
		{"rt-n-marked-date-end.md", "宁川史志|2023|11||",
			"【工作动态】|县史志办召开年鉴编纂工作会议|2023-11-03|1; 【工作动态】|县志办开展地情资料征集活动|2023-11-08|1; 【县区动态】|东城区完成村志初稿|2023-11-20|1; 【县区动态】|西城区启动街道志编纂|2023-11-24|1", ""},
		// A contents page, split by a page's number and the running head
		// after its form feed, that prints each author in brackets between
		// the leader and the page, the page right after the bracket
		// (县史志办召开…会议……………（王芳）1): titles without the author, pages
		// taken (each line had been a title with a warning, and the body one
		// untitled section of two entries named by its columns).
		{"rt-n-toc-author-bracket.txt", "宁川史志|2023|11||",
			"【工作动态】|县史志办召开年鉴编纂工作会议|2023-11-03|2; 【工作动态】|县志办开展地情资料征集活动|2023-11-08|2; 【史志研究】|宁川古城考略||2", ""},
	} {
		iss := checkRedTeam(t, c)
		if want, ok := notes[c.file]; ok {
			var got []string
			for _, f := range iss.Masthead {
				got = append(got, f.Key+"="+f.Value)
			}
			if g := strings.Join(got, "; "); g != want {
				t.Errorf("%s: masthead %q, want %q", c.file, g, want)
			}
		}
		if want, ok := pages[c.file]; ok {
			if g := entryPages(iss, ","); g != want {
				t.Errorf("%s: pages %s, want %s", c.file, g, want)
			}
		}
		if want, ok := labels[c.file]; ok {
			var got []string
			for _, s := range iss.Sections {
				got = append(got, s.Label)
			}
			if g := strings.Join(got, "|"); g != want {
				t.Errorf("%s: labels %q, want %q", c.file, g, want)
			}
		}
	}
}

// TestRedTeamNBound: a year's issues bound in one file (2023年合订本, its
// contents by issue, then each issue under its own cover, 宁川史志 /
// 2023年第1期（总第61期）): the volume's front, then each issue of its own,
// the first too (it had been read with the volume's contents as one
// issue, its cover two lines of text); the volume's contents are its
// table of contents, matched to the issues (they had been a section of
// entries, with a misleading warning: see TestRedTeamCVBound). The same as plain text, the volume's cover three lines (宁川史志 /
// 2023年合订本 / …编) over each issue's (宁川史志 / 2023年第1期): the
// volume's cover, then the issues (the volume's cover had been a
// paragraph, with a warning).
func TestRedTeamNBound(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"rt-n-bound-covers.md", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|61|2|0; 宁川史志|2023|2|62|2|0; 宁川史志|2023|3|63|1|0"},
		{"rt-n-bound-plain.txt", "宁川史志|2023|0|0|0|0; 宁川史志|2023|1|0|2|0; 宁川史志|2023|2|0|2|0"},
	} {
		all := parseAllFile(t, c.file)
		if g := issuesSummary(all); g != c.want {
			t.Errorf("%s: issues (title|year|number|total|entries|warnings)\n got  %s\n want %s", c.file, g, c.want)
		}
	}
}

// readFixture reads parser/testdata/file.
func readFixture(t *testing.T, file string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// parseAllFile parses every issue of testdata/file.
func parseAllFile(t *testing.T, file string) []*model.Issue {
	t.Helper()
	all, err := ParseAll(readFixture(t, file))
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// issuesSummary is each issue as title|year|number|total|entries|warnings,
// joined by "; ".
func issuesSummary(all []*model.Issue) string {
	var got []string
	for _, iss := range all {
		n := 0
		for _, s := range iss.Sections {
			n += len(s.Entries)
		}
		got = append(got, fmt.Sprintf("%s|%d|%d|%d|%d|%d", iss.Title, iss.Year, iss.Number, iss.Total, n, len(iss.Warnings)))
	}
	return strings.Join(got, "; ")
}
