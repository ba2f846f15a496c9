package parser

import (
	"strings"
	"testing"
)

// TestRedTeamTOC3 holds copies a red team wrote that the parser read
// wrong without a word (testdata/rt-toc3-*), each with its cover, its
// entries (section|title|date|paragraphs) and its warnings' lines; pages,
// where given, are the entries' pages in order.
func TestRedTeamTOC3(t *testing.T) {
	for _, c := range []struct {
		redTeamCase
		pages string
		toc   string // the titles of the table of contents, where given
	}{
		// A table of contents printed after the last article (## 本期目录
		// over its sections and titles with their pages): the issue's
		// contents, its pages the entries' (it had been a section of the
		// body, its lines paragraphs, with a warning only that the text
		// ended mid-sentence).
		{redTeamCase{"rt-toc3-end-md.md", "青岚史志|2024|7|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-07-03|1; 工作动态|县志办开展口述史采集|2024-07-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-07-20|1", ""}, "1 2 3", ""},
		// The same in a plain copy, 目　录 under a body of numbered
		// sections: the short body over it had been read as an editors'
		// note over a table of contents, the whole body one paragraph.
		{redTeamCase{"rt-toc3-end-plain.txt", "青岚史志|2024|8|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-08-03|1; 工作动态|县志办开展口述史采集|2024-08-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-08-20|1; 乡镇动态|西坡乡启动乡志编修|2024-08-26|1", ""}, "1 2 3 4", ""},
		// With each page on a line under its title (pdftotext without
		// -layout).
		{redTeamCase{"rt-toc3-end-pagebelow.txt", "青岚史志|2024|10|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-10-03|1; 工作动态|县志办开展口述史采集|2024-10-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-10-20|1", ""}, "1 2 3", ""},
		// Its heading in two languages (目　录 / CONTENTS): both the
		// contents' (目　录 had been left in the body, its last line, with
		// a warning that the text ended mid-sentence).
		{redTeamCase{"rt-toc3-end-contents-en.md", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "1 1 3 5", ""},
		// Lines of a table of contents after the last article with no
		// heading: an article may end with such a list, so they stay in
		// the body, with a warning at the first (they had had only the
		// one that the text ends mid-sentence), each a paragraph of its
		// own (a line with a leader and a page is no sentence a page
		// break cut, nor one that ends the text unfinished).
		{redTeamCase{"rt-toc3-end-nohead.md", "青岚史志|2024|9|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-09-03|1; 工作动态|县志办开展口述史采集|2024-09-12|3", "13"}, "", ""},
		// A contents in two levels numbered in decimals (1 工作动态 /
		// 1.1 县史志研究室召开年鉴审稿会……1), the body numbered the same
		// (## 1 工作动态 / ### 1.1 …): the number leaves the contents'
		// titles, as 1. does, the body's titles keep it as printed, and
		// 5.12汶川… keeps its 5.12; every entry gets its page.
		{redTeamCase{"rt-toc3-decimal.md", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|1.1 县史志研究室召开年鉴审稿会|2024-05-03|1; 工作动态|1.2 县志办开展口述史采集|2024-05-12|1; 乡镇动态|2.1 东岭镇完成镇志初稿|2024-05-20|1; 乡镇动态|2.2 5.12汶川地震纪念展在西坡乡开展|2024-05-12|1", ""}, "1 2 3 4",
			"县史志研究室召开年鉴审稿会; 县志办开展口述史采集; 东岭镇完成镇志初稿; 5.12汶川地震纪念展在西坡乡开展"},
		// The body's titles unnumbered, or the contents': matched all the
		// same (each had been a warning that the contents match nothing,
		// no page given).
		{redTeamCase{"rt-toc3-decimal-bodynonum.md", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-05-03|1; 工作动态|县志办开展口述史采集|2024-05-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-05-20|1; 乡镇动态|5.12汶川地震纪念展在西坡乡开展|2024-05-12|1", ""}, "1 2 3 4", ""},
		{redTeamCase{"rt-toc3-decimal-tocnonum.md", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|1.1 县史志研究室召开年鉴审稿会|2024-05-03|1; 工作动态|1.2 县志办开展口述史采集|2024-05-12|1; 乡镇动态|2.1 东岭镇完成镇志初稿|2024-05-20|1; 乡镇动态|2.2 5.12汶川地震纪念展在西坡乡开展|2024-05-12|1", ""}, "1 2 3 4", ""},
		// The same as plain text: the sections' figures are their labels.
		{redTeamCase{"rt-toc3-decimal-plain.txt", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|1.1 县史志研究室召开年鉴审稿会|2024-05-03|1; 工作动态|1.2 县志办开展口述史采集|2024-05-12|1; 乡镇动态|2.1 东岭镇完成镇志初稿|2024-05-20|1; 乡镇动态|2.2 5.12汶川地震纪念展在西坡乡开展|2024-05-12|1", ""}, "1 2 3 4", ""},
		// A plain copy's section name of 12 characters or more that names
		// no column (学习贯彻党的二十届三中全会精神) over a shorter title
		// over its text: read as one title the wrap cut, as before, now
		// with a warning, where the copy has sections or the title is its
		// first (it had been silent).
		{redTeamCase{"rt-toc3-longname.txt", "青岚史志|2024|9|青岚县史志研究室|",
			"|学习贯彻党的二十届三中全会精神县委理论中心组专题学习|2024-09-03|1; |县史志研究室召开党组会议|2024-09-05|1; 工作动态|县志办开展口述史采集|2024-09-12|1; 工作动态|东岭镇完成镇志初稿|2024-09-20|1", "5"}, "", ""},
		{redTeamCase{"rt-toc3-longname-first.txt", "青岚史志|2024|9|青岚县史志研究室|",
			"|地方志事业高质量发展与史志文化县委理论中心组学习|2024-09-03|1; |县史志研究室召开党组会议|2024-09-05|1; |县志办开展口述史采集|2024-09-12|1; |东岭镇完成镇志初稿|2024-09-20|1", "5"}, "", ""},
		// A section's name printed after 栏目： (栏目：时政要闻, 栏目:工作动态)
		// over plain titles over dated text: a section, 栏目： its label
		// (the first had been text before the first entry, with a warning,
		// the second a paragraph of the entry above, silently).
		{redTeamCase{"rt-toc3-lanmu.txt", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "", ""},
		// The same in the table of contents too: its sections (they had
		// been a line not understood and an entry with no page).
		{redTeamCase{"rt-toc3-lanmu-toc.txt", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "1 2 3 4", ""},
		// A section's name after a bar (▍时政要闻, ▎工作动态) over bold titles:
		// the bar is its label, as ▌'s is (it had stayed in the name).
		{redTeamCase{"rt-toc3-bar.md", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "", ""},
		// A contents that prints each page in brackets before its title
		// ((2)县委常委会召开会议, (2)…, (5)…, (7)…): figures that repeat or
		// skip are no list's numbers, they are the pages (the titles had
		// had no page, each a warning). 1, 2, 3 stays a list.
		{redTeamCase{"rt-toc3-paren-page.md", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "2 2 5 7", ""},
		// A contents that sets its sections in a column left of their
		// titles (时政要闻　　县委常委会召开会议……1 / 　　　　　县政府常务会议
		// 召开……2, or with spaces as pdftotext -layout prints it): the name
		// is a section's, the rest the title (the two had been one title,
		// matching nothing, with warnings).
		{redTeamCase{"rt-toc3-seccol.md", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "1 2 3 4", ""},
		{redTeamCase{"rt-toc3-seccol-layout.txt", "青岚史志|2024|11|青岚县史志研究室|",
			"时政要闻|县委常委会召开会议|2024-11-03|1; 时政要闻|县政府常务会议召开|2024-11-06|1; 工作动态|县史志研究室召开年鉴审稿会|2024-11-12|1; 工作动态|东岭镇完成镇志初稿|2024-11-20|1", ""}, "1 2 3 4", ""},
		// A line printed again after a page break (…五万余字。 / — 1 — /
		// \f青岚史志 / …五万余字。, or after a picture and a page number):
		// the repeat is furniture, the sentence read once, with the
		// warning it had (it had stayed in the text, read twice).
		{redTeamCase{"rt-toc3-pagejoin-ff.txt", "青岚史志|2024|6|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-06-03|1; 工作动态|县志办开展口述史采集|2024-06-12|1; 工作动态|东岭镇完成镇志初稿|2024-06-20|1; 工作动态|西坡乡启动乡志编修|2024-06-26|1", "16"}, "1 1 2 2", ""},
		{redTeamCase{"rt-toc3-pagejoin-md.md", "青岚史志|2024|7|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-07-03|1; 工作动态|县志办开展口述史采集|2024-07-12|1; 工作动态|东岭镇完成镇志初稿|2024-07-20|1", "21"}, "", ""},
	} {
		iss := checkRedTeam(t, c.redTeamCase)
		if c.toc != "" {
			var got []string
			for _, s := range iss.TOC {
				for _, e := range s.Entries {
					got = append(got, e.Title)
				}
			}
			if g := strings.Join(got, "; "); g != c.toc {
				t.Errorf("%s: contents\n got  %s\n want %s", c.file, g, c.toc)
			}
		}
		if c.pages == "" {
			continue
		}
		if g := entryPages(iss, " "); g != c.pages {
			t.Errorf("%s: pages %q, want %q", c.file, g, c.pages)
		}
	}
}
