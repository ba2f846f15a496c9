package parser

import "testing"

// TestRedTeamTOC2 holds copies a red team wrote that the parser read
// wrong without a word (testdata/rt-toc2-*), each with its cover, its
// entries (section|title|date|paragraphs) and its warnings' lines.
func TestRedTeamTOC2(t *testing.T) {
	for _, c := range []redTeamCase{
		// A byline in brackets before the date, without the paper's
		// name (（记者　孙　晓）3月12日，…), or in 【】 or after a space
		// (本报讯　【记者 吴凡】3月26日): the entry is dated (it had been
		// left undated; 本报讯（…）3月12日 was read).
		{"rt-toc2-byline.md", "青岚史志|2024|3|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-03-12|1; 工作动态|县志办开展口述史采集|2024-03-20|1; 工作动态|县方志馆举办地情讲座|2024-03-26|1", ""},
		// A Word table of contents that lists the sections with a page
		// as it lists the entries (工作动态……1 / 县史志研究室召开…会……1),
		// over a plain body: the sections, whether or not the contents
		// indent the entries (the names had been empty entries of one
		// section without a name).
		{"rt-toc2-secpages.txt", "青岚史志|2024|4|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-04-12|1; 工作动态|县志办开展口述史采集|2024-04-20|1; 乡镇动态|东岭镇完成镇志初稿|2024-04-25|1", ""},
		{"rt-toc2-secpages-flat.txt", "青岚史志|2024|4|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-04-12|1; 工作动态|县志办开展口述史采集|2024-04-20|1; 乡镇动态|东岭镇完成镇志初稿|2024-04-25|1", ""},
		// An English name or pinyin in capitals under a section's name
		// (## 工作动态 / / Work Updates, **工作动态** / / Work Updates,
		// 工作动态 / GONGZUO DONGTAI):
		// the heading's, kept as markup furniture (it had been an entry
		// without a title, or glued the name to the entry above).
		{"rt-toc2-sec-english.md", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-05-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-05-25|1", ""},
		{"rt-toc2-sec-english-bold.md", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-05-12|1; 乡镇动态|东岭镇完成镇志初稿|2024-05-25|1", ""},
		{"rt-toc2-sec-pinyin.txt", "青岚史志|2024|5|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-05-12|1; 工作动态|县志办开展口述史采集|2024-05-20|1; 乡镇动态|东岭镇完成镇志初稿|2024-05-25|1", ""},
		// A plain copy's chronicle at its end, its name alone on a line
		// over its events (青岚大事记 / 6月2日，… or 2日　…): a section, an
		// event an entry (it had been one entry titled 青岚大事记, its
		// events paragraphs; with days alone the first section and title
		// had been paragraphs of an entry without a title).
		{"rt-toc2-plain-chronicle.txt", "青岚史志|2024|6|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-06-12|1; 工作动态|县志办开展口述史采集|2024-06-20|1; 青岚大事记||2024-06-02|1; 青岚大事记||2024-06-15|1; 青岚大事记||2024-06-28|1", ""},
		{"rt-toc2-plain-chronicle-days.txt", "青岚史志|2024|6|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-06-12|1; 青岚大事记||2024-06-02|1; 青岚大事记||2024-06-15|1; 青岚大事记||2024-06-28|1", ""},
		// The same with 卷首语 before the first section: under none.
		{"rt-toc2-secpages-note.txt", "青岚史志|2024|4|青岚县史志研究室|",
			"|卷首语||1; 工作动态|县史志研究室召开年鉴审稿会|2024-04-12|1; 工作动态|县志办开展口述史采集|2024-04-20|1; 乡镇动态|东岭镇完成镇志初稿|2024-04-25|1", ""},
		// A chronicle's name over its month over its days (青岚大事记 / /
		// 6月 / / 2日　…).
		{"rt-toc2-plain-chronicle-month.txt", "青岚史志|2024|6|青岚县史志研究室|",
			"工作动态|县史志研究室召开年鉴审稿会|2024-06-12|1; 6月||2024-06-02|1; 6月||2024-06-15|1; 6月||2024-06-28|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
