package parser

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRedTeamWebCopies holds reports copied from an office's website or
// converted from its .docx/.wps (testdata/rt-wb-*.md).
func TestRedTeamWebCopies(t *testing.T) {
	// The pages each entry gets, where a copy is about them.
	pages := map[string]string{"rt-wb-ul-toc.md": "1,2,3", "rt-wb-word-fields.md": "1,2,3", "rt-wb-figure-list.md": "1,2", "rt-wb-word-masthead.md": "1,2"}
	for _, c := range []redTeamCase{
		// A browser's select-all copy of one article: 发布时间：… 09:30
		// 来源：… 浏览次数： over 【字体：大 中 小】, blank lines between,
		// paragraphs indented by 　　. The chrome is no page break: the
		// publication line stays a paragraph of its own (the blank lines
		// around the chrome had joined it to the first sentence, and the
		// entry was dated by 12月1日, silently).
		{"rt-wb-web-chrome.md", "|0|0||2023-12-04",
			"|平顶山市地方史志办公室召开年鉴编纂工作会议|2023-11-28|4", ""},
		// A column's heading (## 工作动态) over titles in brackets alone on
		// their lines (【县志办召开志书评审会】 / 11月3日，…), as a web page
		// or a docx sets a briefing's: entries, the brackets kept as a
		// run-in title keeps them (the column had been the one entry's
		// title, the titles its paragraphs, silently).
		{"rt-wb-bracket-titles.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"工作动态|【县志办召开志书评审会】|2023-11-03|1; 工作动态|【县志办开展地情资料征集】|2023-11-10|1", ""},
		// pandoc's copy of a docx: the masthead a simple table, the columns
		// **【时政要闻】**, the titles underlined ([…]{.underline} alone on
		// a line): titles as bold ones are (they had been paragraphs of
		// two entries named by the columns, silently).
		{"rt-wb-docx-underline.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"【时政要闻】|全市网络文明大会召开|2023-11-03|1; 【时政要闻】|市委理论学习中心组举行集体学习研讨|2023-11-08|1; 【领导活动】|李明俊专题调研市区供暖工作|2023-11-14|1", ""},
		// Jina Reader's copy of an issue's page: Title: / URL Source: /
		// Markdown Content: over the page's Markdown (a Setext cover, * * *
		// rules, [^1] footnotes). The header is web chrome, the cover under
		// it read (the whole issue had been untitled and undated, its cover
		// two untitled entries, with two warnings). The footnotes' text
		// is under the entry that calls each (it had stayed the last
		// entry's, as printed: rc5).
		{"rt-wb-jina.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|2; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-14|2", ""},
		// An essay copied from a web page: its title, a blank line, its
		// paragraphs, no cover, contents or heading. The first line is the
		// one entry's title (it had been its first paragraph, the entry
		// untitled, no warning).
		{"rt-wb-essay.md", "|0|0||", "|宁川县志编纂始末||3", ""},
		// The same saved as text by WPS: the title centred by spaces, no
		// blank line, the paragraphs set in by 　　. The title is a line of
		// its own (it had been run into the first sentence,
		// 宁川县志编纂始末宁川县志的编纂，…, silently).
		{"rt-wb-essay-wps.md", "|0|0||", "|宁川县志编纂始末||3", ""},
		// A table of contents copied from a web page's source, an HTML list
		// (<ul> / <li>时政要闻</li> / <li>…召开……1</li> / </ul>): the tags
		// are markup, the lines the contents' (each had been a line the
		// body lacks, and every entry pageless: seven warnings).
		{"rt-wb-ul-toc.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-14|1", ""},
		// A government site's article copied whole: the menu over the
		// breadcrumb (首页 | 机构概况 | 史志动态 | …), and the footer
		// (版权所有：…, 网站标识码：… 豫ICP备…号, 豫公网安备 …号, 技术支持：…).
		// Both are web chrome (the menu had been the section's name, the
		// footer two paragraphs and an entry titled 豫公网安备…, silently).
		{"rt-wb-site-footer.md", "|0|0||2023-11-05", "|县志办召开志书评审会|2023-11-03|3", ""},
		// A .docx's text with Word's field codes kept (docx2txt, a "save as
		// text" with field codes shown): the contents' lines are
		// HYPERLINK \l "_Toc…" title<TAB>PAGEREF _Toc… \h page, the first
		// after TOC \o "1-3" \h \z \u. The instructions go, the results
		// are the contents (it had been one paragraph, with the body's
		// first section and title run into it, and two warnings).
		{"rt-wb-word-fields.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-14|1", ""},
		// A list of figures under the contents (## 图表目录 / 图1 …现场……1 /
		// 表1 …指标……2), as a docx's export prints it: no entries of the
		// contents; the caption in the body stays its article's text (the
		// list had been a section the body lacks, a line it lacks, and
		// the caption an entry, with two warnings).
		{"rt-wb-figure-list.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|2; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1", ""},
		// The line under a web article's title in the other orders sites
		// print it: the date last (作者：… 来源：… 发布日期：2023年12月04日:
		// the issue had been undated, its events of no year), a bare date
		// first (2023-12-04 09:30  来源：…: it had been the title's text,
		// the entry untitled and dated 12月4日), a space after the colon
		// (发布时间： 2023-12-04: it had been a second entry's title).
		{"rt-wb-web-meta-fields.md", "|0|0||2023-12-04", "|平顶山市地方史志办公室召开年鉴编纂工作会议|2023-11-28|4", ""},
		{"rt-wb-web-meta-bare.md", "|0|0||2023-12-04", "|平顶山市地方史志办公室召开年鉴编纂工作会议|2023-11-28|4", ""},
		{"rt-wb-web-meta-space.md", "|0|0||2023-12-04", "|平顶山市地方史志办公室召开年鉴编纂工作会议|2023-11-28|4", ""},
		// A docx's or web page's briefing with no headings at all: the
		// columns in brackets (【工作动态】) over titles in brackets, as
		// a report whose items are all so titled is read (as a yearbook's
		// 条目). The column is a section (it had been a 条目 with no text
		// before each column's titles, the sections lost, silently).
		{"rt-wb-bracket-columns.md", "宁川史志|2023|11|宁川县地方史志办公室|",
			"【工作动态】|县志办召开志书评审会|2023-11-03|1; 【工作动态】|县志办开展地情资料征集活动||1; 【县区动态】|石桥乡召开村志编纂推进会议|2023-11-21|1", ""},
		// trafilatura's text of an article with its metadata (a YAML block:
		// title, author, url, hostname, description, sitename, date), a
		// paragraph a line: the block is web chrome but for its title, the
		// article's, and its date, the issue's (the keys had been a
		// masthead, the rest three untitled entries, their year unknown,
		// silently).
		{"rt-wb-front-matter.md", "|0|0||2023-11-05", "|县志办召开志书评审会|2023-11-03|3", ""},
		// Word's "save as text" of an issue whose masthead is a table: a
		// row a line, a tab between cells (主管<TAB>…<TAB>主办<TAB>…). The
		// rows are the masthead's (the first had been the compiler's
		// name, the rest and the date run into the contents, which lost
		// their first line; three warnings).
		{"rt-wb-word-masthead.md", "平顶山月报|2023|11||2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1", ""},
		// pandoc's copy of a docx whose cover is a table of one column: a
		// grid table (+-----+ / | 平顶山月报 | / +-----+ / …). The cells are
		// the cover's lines (the cover had been an untitled entry and a
		// dated one, the issue unnamed, with two warnings).
		{"rt-wb-grid-cover.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1", ""},
		// A browser's select-all copy of an issue published as one page:
		// the site's menu, breadcrumb, page title and 发布时间 line over
		// the issue's cover, a contents of titles with no pages (links on
		// the page), the columns plain lines in the body, the footer
		// under it. The columns are sections, as the contents list them
		// over their titles (they had been entries with no text); the
		// cover is read (seven lines had been warned as not understood);
		// the entries are still warned as pageless, as a contents that
		// prints no page is.
		{"rt-wb-browser-issue.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|2; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1; 领导活动|李明俊专题调研市区供暖工作|2023-11-14|1", "17,20,23"},
		// WPS's text of a column of essays: each title and its author
		// centred by spaces, no blank lines, the paragraphs set in by
		// 　　, no dates. Each line is its own (the title, the author and
		// the first sentence had run together, 宁川古渡口考略李秀英宁川…,
		// silently); the titles, which nothing else marks, are warned.
		{"rt-wb-essays-wps.md", "宁川史志|2023|11|宁川县地方史志办公室|", "|||11", "5,10"},
		// A web article's text with the picture's place kept ([图片]
		// alone on a line, between blank lines): a picture, furniture (it
		// had been the title of the entry holding the text, the real
		// title a section's name, with a warning).
		{"rt-wb-image-placeholder.md", "|0|0||2023-11-05", "|县志办召开志书评审会|2023-11-03|5", ""},
		// Jina Reader's copy of one article, with Published Time: in its
		// header: the date is the issue's, its events' year (the header
		// had been the text, the events of no year).
		{"rt-wb-jina-article.md", "县志办召开志书评审会|0|0||2023-11-05", "||2023-11-03|2", ""},
		// The same with its paragraphs set in by em spaces (U+2003, a web
		// page's &emsp;&emsp; in a browser's copy): read as the ideographic
		// spaces they stand for (the title had run into the text).
		{"rt-wb-essay-emsp.md", "|0|0||", "|宁川县志编纂始末||3", ""},
		// docx2txt's text of a docx whose masthead is a table: each cell a
		// paragraph of its own (主管 / 平顶山市人民政府 / 主办 / …), blank
		// lines between. Key over value is a masthead field (the cells had
		// been an untitled entry and a section named 主编, with a warning).
		{"rt-wb-docx2txt-masthead.md", "平顶山月报|2023|11||2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1", ""},
		// html2text's copy of an issue's page: the page's title as a
		// heading (# 平顶山月报2023年第11期) and its 发布时间 line over the
		// issue's own cover, which names it again: the cover is read
		// whole (it had ended at the repeated name, the rest an untitled
		// entry, with a warning).
		{"rt-wb-page-title.md", "平顶山月报|2023|11|平顶山市地方史志办公室|2023-12-04",
			"时政要闻|全市网络文明大会召开|2023-11-03|1; 时政要闻|市委理论学习中心组举行集体学习研讨|2023-11-08|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			want, ok := pages[c.file]
			if !ok || t.Failed() {
				return
			}
			var got []string
			for _, s := range iss.Sections {
				for _, e := range s.Entries {
					got = append(got, strconv.Itoa(e.Page))
				}
			}
			if g := strings.Join(got, ","); g != want {
				t.Errorf("pages %s, want %s", g, want)
			}
		})
	}
}

// TestRedTeamWebDoubleIssue: a double issue (2023年第11—12期合刊) is
// numbered by its first number, and labelled — in the header, the
// picker and every citation — by both, as printed (it had been labelled
// 2023年第11期, half of the issue, silently).
func TestRedTeamWebDoubleIssue(t *testing.T) {
	all := parseAllFile(t, "rt-wb-double-issue.md")
	if got, want := issuesSummary(all), "平顶山月报|2023|11|215|2|0"; got != want {
		t.Errorf("issues %s, want %s", got, want)
	}
	if got, want := all[0].Label(), "2023年第11—12期（总第215期）"; got != want {
		t.Errorf("label %q, want %q", got, want)
	}
}

// TestRedTeamWebWordMasthead: the masthead of Word's text, a table's rows
// with tabs between cells, is read pair by pair.
func TestRedTeamWebWordMasthead(t *testing.T) {
	all := parseAllFile(t, "rt-wb-word-masthead.md")
	var got []string
	for _, f := range all[0].Masthead {
		got = append(got, f.Key+"="+f.Value)
	}
	if g, want := strings.Join(got, "; "), "主管=平顶山市人民政府; 主办=平顶山市地方史志办公室; 主编=孙洪涛; 责任编辑=张征"; g != want {
		t.Errorf("masthead %s, want %s", g, want)
	}
}

// TestRedTeamWebNameNumber: a copy that prints no year and no number
// (an article page, a docx's text without its cover) saved as
// …2023-11.md takes them from the name, with a warning: its dates get
// the year (they had been --11-03, found by no search by year, and the
// issue unlabelled, silently). A name with none gives nothing.
func TestRedTeamWebNameNumber(t *testing.T) {
	f, err := ReadFile(filepath.Join("testdata", "rt-wb-name-2023-11.md"), nil)
	if err != nil {
		t.Fatal(err)
	}
	iss := f.Issues[0]
	if got, want := issuesSummary(f.Issues), "平顶山月报|2023|11|0|2|1"; got != want {
		t.Errorf("issues %s, want %s", got, want)
	}
	if got, want := iss.Sections[0].Entries[0].Date.String(), "2023-11-03"; got != want {
		t.Errorf("date %s, want %s", got, want)
	}
	if len(iss.Warnings) == 1 && iss.Warnings[0].Line != 1 {
		t.Errorf("warning at line %d, want 1", iss.Warnings[0].Line)
	}
	for _, c := range []struct {
		name    string
		y, n    int
		matched bool
	}{
		{"平顶山月报2023-11", 2023, 11, true}, {"宁川史志202401", 2024, 1, true}, {"宁川史志2023年第15期", 2023, 15, true},
		{"宁川史志2023_3", 2023, 3, true}, {"notes-2023-backup", 0, 0, false}, {"scan20231", 0, 0, false}, {"2023-13", 0, 0, false},
	} {
		y, n, ok := nameNumbers(c.name)
		if y != c.y || n != c.n || ok != c.matched {
			t.Errorf("nameNumbers(%q) = %d, %d, %v; want %d, %d, %v", c.name, y, n, ok, c.y, c.n, c.matched)
		}
	}
}
