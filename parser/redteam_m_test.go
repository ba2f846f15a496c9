package parser

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestRedTeamM holds copies a red team wrote as other converters print a
// report (testdata/rt-m-*.md), in forms the parser had read silently
// wrong, each with its cover, its entries (section, title, date,
// paragraphs) and its warnings' lines.
func TestRedTeamM(t *testing.T) {
	// Markup no paragraph may keep, where a copy is about it.
	absent := map[string]string{"rt-m-obsidian.md": "[!", "rt-m-turndown.md": "](http", "rt-m-obsidian-links.md": "[[", "rt-m-italics.md": "*传达学习*", "rt-m-pandoc-styles.md": "custom-style"}
	for _, c := range []redTeamCase{
		// An epub saved as text: chapters (第一章 时政要闻) as plain lines,
		// articles apart by *** or * * *, no markup else. The rules are no
		// bold titles: the plain titles over dated text are the entries,
		// the chapters their sections (label 第一章), not one untitled
		// entry of every line.
		{"rt-m-epub-rule.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1; 工作动态|城关镇完成镇志初稿|2023-11-20|1", ""},
		// pandoc's fenced divs, as it writes a docx's paragraph styles it
		// does not read as headings (::: {custom-style="标题 1"} / 时政要闻 /
		// :::): the fences are markup, 标题 the title, 标题 1 a section,
		// 标题 2 (or Heading 2) an entry's title; 正文's paragraphs text.
		// They were one untitled entry of fences and names, no warning.
		{"rt-m-pandoc-divs.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-02|2; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1; 工作动态|城关镇完成镇志初稿|2023-11-20|1", ""},
		// Obsidian's note: YAML front matter, ==highlights== in a title and
		// a text (the marks go: the title was ==县委常委会召开会议==), and
		// callouts (> [!note] / > …, > [!tip]- 会议要求 / > …): the marker
		// goes, the callout's text is a paragraph of its entry, and its
		// title (会议要求) one of its own, not run into the text.
		{"rt-m-obsidian.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-02|2; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|3; 工作动态|县史志办召开县志评审会|2023-11-10|1; 工作动态|城关镇完成镇志初稿|2023-11-20|1", ""},
		// Typora's [TOC] over the cover (the editor shows its headings as a
		// contents there): markup, so the cover is read, # 宁川月报 # the
		// title; it was a line before the cover, 宁川月报 a section and the
		// issue undated, with two warnings.
		{"rt-m-typora-toc.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
		// CAJViewer's text of a scanned report: the title and the office
		// letter-spaced (宁 川 月 报, 宁 川 县 … 编, as its section names
		// are), commas and colons in ASCII. The title is 宁川月报 and the
		// compiler 宁川县地方史志办公室, as the names lose their spaces;
		// they kept them.
		{"rt-m-caj-spaced.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
		// Word's "save as text" of a report: CRLF, no blank lines, the
		// text indented by a tab, the numbered list's titles 1.<tab>title.
		// The tab in a title is the space it stands for (1. 县委常委会召开
		// 会议); it stayed a tab.
		{"rt-m-word-txt-tab.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|1. 县委常委会召开会议|2023-11-02|1; 时政要闻|2. 全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|3. 县史志办召开县志评审会|2023-11-10|1", ""},
		// A government page's chronicle as html2text writes it: the
		// breadcrumb, 发布时间/来源/浏览次数, 【字体：大 中 小】, * * * rules,
		// and 上一篇：/下一篇： as Markdown links (上一篇：[…](http://…)),
		// which are web chrome as the plain ones are; they were the last
		// event's paragraph, and a warning that the text ends mid-sentence.
		{"rt-m-web-links.md", "宁川县2023年11月大事记|0|0||2023-12-05",
			"||2023-11-02|1; ||2023-11-06|1; ||2023-11-10|1; ||2023-11-20|1; ||2023-11-28|1", ""},
		// pandoc's line blocks (| 宁川月报 / | 2023年第11期 / …, a paragraph
		// whose lines were broken by hand): the bars go, so the cover is
		// read (it was one untitled entry, the issue undated, a warning);
		// a table's rows (| 城关镇 | 1200亩 |) keep theirs.
		{"rt-m-line-block.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|3; 工作动态|县史志办召开县志评审会|2023-11-10|3", ""},
		// turndown's copy of a web page: Setext headings underlined as long
		// as their text (宁川月报 / ====, 时政 / --: two dashes, read as a
		// heading now, where they were text and a warning, and the two
		// sections lost), __bold__ titles, and links in the text
		// ([县政府网站](https://…)), which keep their text and lose the
		// address.
		{"rt-m-turndown.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政|县委常委会召开会议|2023-11-02|1; 时政|全县秋冬季植树造林动员会召开|2023-11-06|1; 动态|县史志办召开县志评审会|2023-11-10|1; 动态|城关镇完成镇志初稿|2023-11-20|1", ""},
		// pandoc's Word table of contents, each line a link to its heading,
		// its numbered titles escaped ([1\. 县委常委会召开会议 1](#…), ## 1\.
		// 县委常委会召开会议 {#…}): the contents' titles match the body's
		// through the backslash, and lose it as the body's do; each was a
		// line the body lacked and an entry the contents lacked, six
		// warnings, no pages.
		{"rt-m-pandoc-toc-escape.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|1. 县委常委会召开会议|2023-11-02|1; 时政要闻|2. 全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|3. 县史志办召开县志评审会|2023-11-10|1", ""},
		// turndown's ordered list of bold titles (1.  **县委常委会召开会议** /
		// its text indented under it), numbered afresh in each section: a
		// bold title, its number kept as a numbered title's is; the title
		// was 1.  **县委常委会召开会议**, bold marks and all.
		{"rt-m-turndown-ol.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|1. 县委常委会召开会议|2023-11-02|1; 时政要闻|2. 全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|1. 县史志办召开县志评审会|2023-11-10|1", ""},
		// Obsidian's note with tags under its front matter (#月报 #宁川),
		// links between notes ([[县委常委会召开会议]], [[省委全会精神|省委全会]])
		// and an embedded picture (![[会议现场.jpg]]): the tags are markup
		// (they were the title, 月报 #宁川, the cover lost), a link its
		// text, the embed a picture.
		{"rt-m-obsidian-links.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
		// html2text's table in an article, its rows without the outer
		// bars (乡镇 | 任务（亩） / ---|--- / 城关镇 | 1200 / …): the rule
		// row is markup, the header and each row a paragraph, and the
		// text after it one of its own; they were one paragraph with the
		// rule and the sentence after run together.
		{"rt-m-html2text-table.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|6; 时政要闻|县委常委会召开会议|2023-11-20|1", ""},
		// Italics as pandoc writes a docx's italic runs and html2text a
		// page's <em> (### *县委常委会召开会议*, *传达学习*, _研究部署_,
		// *《造林方案》*): the marks go, from the title (it kept them) and
		// the text; an escaped star (800亩\*) and an address's underscore
		// (nc_szb@163.com) stay.
		{"rt-m-italics.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
		// pandoc's docx+styles: character styles as spans whose quoted
		// name holds spaces ([…]{custom-style="Body Text Char"}, a bold
		// title's {custom-style="标题 2 字符"}) and paragraphs in Body Text
		// divs: the spans are their text and the fences markup; the title
		// kept its span, each entry three paragraphs with the fences.
		{"rt-m-pandoc-styles.md", "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
			"时政要闻|县委常委会召开会议|2023-11-02|1; 时政要闻|全县秋冬季植树造林动员会召开|2023-11-06|1; 工作动态|县史志办召开县志评审会|2023-11-10|1", ""},
	} {
		iss := checkRedTeam(t, c)
		if a := absent[c.file]; a != "" {
			for _, sec := range iss.Sections {
				for _, e := range sec.Entries {
					for _, p := range e.Paragraphs {
						if strings.Contains(p.Text, a) {
							t.Errorf("%s: %q kept in %q", c.file, a, p.Text)
						}
					}
				}
			}
		}
	}
}

// UTF-16 without a byte-order mark (Python's utf-16-le, some exporters) is
// read, either byte order, a text whose CJK characters put NULs on the
// other side too (召开: 开 is U+5F00); it was refused as binary. NULs on
// both sides alike are still refused.
func TestRedTeamMUTF16NoBOM(t *testing.T) {
	const text = "# 宁川县2023年11月大事记\n\n11月2日，县委常委会召开会议。\n\n11月6日，全县动员会召开。\n"
	for _, order := range []unicode.Endianness{unicode.LittleEndian, unicode.BigEndian} {
		src, _ := unicode.UTF16(order, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
		got, enc, _, err := decode(src)
		if err != nil || got != text || enc != UTF16 {
			t.Errorf("order %v: decode = %q as %s, %v; want the text as UTF-16", order, got, enc, err)
		}
	}
	if _, _, _, err := decode([]byte("a\x00\nb\x00\n\x00\x00c\x00\n")); err == nil {
		t.Errorf("NULs on both sides read as text")
	}
}

// A UTF-8 file with a NUL in it whose NUL and line end fall as UTF-16's
// would (# 平顶山月报 / NUL) is still refused: read as UTF-16 it is no
// Chinese text.
func TestRedTeamMNulNotUTF16(t *testing.T) {
	for _, src := range []string{"# 平顶山月报\n\x00\n", "#  平顶山月报\n\x00\n", "# 平顶山月报\x00\n\x00\n"} {
		if text, enc, _, err := decode([]byte(src)); err == nil {
			t.Errorf("%q read as %s: %q", src, enc, text)
		}
	}
}
