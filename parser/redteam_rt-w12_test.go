package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// w12Outline is an issue as a reader sees it: a line per section
// (§name) and per entry (title|page|date|paragraphs), and the warnings
// (!line: message).
func w12Outline(iss *model.Issue) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%d\n", iss.Title, iss.Year)
	for _, s := range iss.Sections {
		fmt.Fprintf(&b, "§%s\n", s.Name)
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "  %s|%d|%s|%d\n", e.Title, e.Page, e.Date, len(e.Paragraphs))
		}
	}
	for _, w := range iss.Warnings {
		fmt.Fprintf(&b, "!%d: %s\n", w.Line, w.Message)
	}
	return b.String()
}

// checkW12 parses testdata/file as one issue and compares its outline.
func checkW12(t *testing.T, file, want string) *model.Issue {
	t.Helper()
	all := parseAllFile(t, file)
	if len(all) != 1 {
		t.Fatalf("%s: %d issues, want 1: %s", file, len(all), issuesSummary(all))
	}
	if got := w12Outline(all[0]); got != want {
		t.Errorf("%s: outline\n got:\n%s\nwant:\n%s", file, got, want)
	}
	return all[0]
}

// TestRedTeamW12PrefacePoints: a yearbook's 编辑说明 (five points, a page
// before the contents, pdftotext -layout), its 类目 centred over its first
// 分目 (综合经济管理 / 发展和改革 / 【概况】…), the contents listing both
// with pages. The contents had been read as text (the note, longer than a
// cover's 编者按, ended the search for them), 线装书局 a cover line not
// understood, 综合经济管理 a paragraph of the 条目 above it, and 概况's
// page (the 类目) given to the 概况 of 发展和改革.
func TestRedTeamW12PrefacePoints(t *testing.T) {
	iss := checkW12(t, "rt-w12-preface-points.md", `青岚年鉴|2024
§
  编辑说明|0||7
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
§综合经济管理
§发展和改革
  概况|5||1
  重点项目建设|5||1
  价格监测|5||1
§统计
  概况|5||1
  统计执法|5||1
  经济普查|5|2023-10|1
`)
	ps := iss.Sections[0].Entries[0].Paragraphs
	if len(ps) == 7 && (!strings.HasPrefix(ps[1].Text, "二、") || !strings.HasSuffix(ps[1].Text, "卷末附索引。") || ps[5].Text != "编者" || ps[6].Text != "2024年10月") {
		t.Errorf("编辑说明's points: %v", ps)
	}
}

// TestRedTeamW12EnglishContents: the English contents a yearbook prints
// under its Chinese (目　录 / … / CONTENTS / General Situation ……4), and
// the English name centred under each 类目 (概　　况 / General Situation),
// pdftotext -layout. CONTENTS had begun a second issue (the 编辑说明
// above the Chinese contents counted as an issue's articles), each
// English name had been an empty entry (General Situation), the 类目 over
// it lost (a paragraph of the entry above, or text before any section).
// Now: one issue, the English names furniture under their 类目, the
// English contents a section of the contents of their own, no warning.
func TestRedTeamW12EnglishContents(t *testing.T) {
	iss := checkW12(t, "rt-w12-english-contents.md", `青岚年鉴|2024
§
  编辑说明|0||2
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
§综合经济管理
§发展和改革
  概况|5||1
  重点项目建设|5||1
  价格监测|5||1
§统计
  概况|5||1
  统计执法|5||1
  经济普查|5|2023-10|1
`)
	last := iss.TOC[len(iss.TOC)-1]
	if last.Name != "CONTENTS" || len(last.Entries) != 2 || last.Entries[1].Title != "Comprehensive Economic Management" || last.Entries[1].Page != 5 {
		t.Errorf("English contents: %+v", last)
	}
	subs := 0
	for _, f := range iss.Furniture {
		if strings.TrimSpace(f.Text) == "General Situation" || strings.TrimSpace(f.Text) == "Comprehensive Economic Management" {
			subs++
		}
	}
	if subs != 2 {
		t.Errorf("English names under the 类目 taken out: %d, want 2", subs)
	}
}

// TestRedTeamW12IndexBack: a yearbook's last pages (pdftotext -layout):
// 附录's 名录 cut by a page break, then 索　　引 / Index over the note
// that says how it is ordered, letter heads (A, B, …) over terms and
// their pages (安全生产 ……… 4, 财政收入 ……… 7, 8, 乡村振兴 8 with no
// leader), and the back cover (责任编辑：…　封面设计：…, ISBN, 定价). Each
// term is a paragraph of its own, each letter head too (they had run
// into the term under them, 财政收入……7, 8 into 茶产业……9), the back
// cover is the masthead (it had been the index's last lines, and a
// sentence the text ended in, warned), and no warning: not the 名录's row
// (a title?), nor the index (contents with no heading).
func TestRedTeamW12IndexBack(t *testing.T) {
	iss := checkW12(t, "rt-w12-index-back.md", `青岚年鉴|2024
§农业农村
§农业
  概况|8||1
§乡村振兴
  概况|8||1
  和美乡村建设|8||1
§附录
§统计资料
  2023年青岚县主要经济指标|9||4
  先进集体名录|9||0
  2023年青岚县获省级以上表彰先进集体名录|9||5
§索引
  |11||22
`)
	ps := iss.Sections[len(iss.Sections)-1].Entries[0].Paragraphs
	var got []string
	for _, p := range ps {
		got = append(got, p.Text)
	}
	want := "说明：本索引按汉语拼音字母顺序排列。索引词后的数字为所在页码。|A|安全生产 ……………… 4|B|白水县 ……………… 5|C|财政收入 ……………… 7, 8|茶产业 ……………… 9|城镇化率 ……………… 5|D|地区生产总值 ……………… 5, 6|F|发展和改革 ……………… 6|S|税务 ……………… 8|T|统计执法 ……………… 7|X|乡村振兴 8|县级示范村 8，9|Y|预算管理 ……………… 8"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("index:\n got  %s\n want %s", g, want)
	}
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"="+f.Value)
	}
	if g := strings.Join(fs, "|"); g != "责任编辑=周晓梅|封面设计=林　帆|ISBN=978-7-5120-5678-2|定价=260.00元" {
		t.Errorf("back cover: %s", g)
	}
}

// TestRedTeamW12ChronicleYear: the 大事记 of 《青岚年鉴（2024）》, whose
// 编辑说明 says what it records (记述时限为2023年1月1日至12月31日): its
// bare days are of 2023 (they had been of no year, warned; the edition's
// 2024 is still not taken). A span of years stated there gives none.
func TestRedTeamW12ChronicleYear(t *testing.T) {
	checkW12(t, "rt-w12-chronicle-year.md", `青岚年鉴|2024
§
  编辑说明|0||3
§大事记
§1月
  |2|2023-01-05|1
  |2|2023-01-18|1
  |2|2023-01-18|1
§2月
  |2|2023-02-08|1
  |2|2023-02|1
§3月
  |2|2023-03-12|1
§5月
  |2|2023-05-20|1
§7月
  |2|2023-07-26|1
§10月
  |2|2023-10-09|1
§12月
  |2|2023-12-28|1
  |3|2023-12|1
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
`)
	src := strings.Replace(string(readFixture(t, "rt-w12-chronicle-year.md")), "2023年1月1日至12月31日", "2021年1月1日至2023年12月31日", 1)
	iss, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d := iss.Sections[2].Entries[0].Date; d.Start.Year != 0 || len(iss.Warnings) != 1 || !strings.Contains(iss.Warnings[0].Message, "print no year") {
		t.Errorf("a span of years: %s, %v", d, iss.Warnings)
	}
}

// TestRedTeamW12WholeBilingual is the acceptance test of a whole yearbook
// as pdftotext -layout prints it: 《青岚年鉴（2024）》, recording 2023, its
// cover (线装书局), 编辑说明 of five points (its year, 记述…2023年, dates
// the book), the Chinese contents then the English (CONTENTS), 类目
// centred with their English names under them, 分目 centred, 条目 run in
// (【概况】…), 特载's speech, a 大事记 of months and days, 附录 (a table, a
// 名录 cut by a page break), an index (letter heads, terms, pages) and the
// back cover (ISBN, 定价), running heads (the chapter on odd pages, the
// book on even ones) with the folio. The model: one issue, 青岚年鉴 of
// 2024 (the edition); the 类目 and 分目 sections in printed order (the
// model has two levels: a 类目 over 分目 is an empty section before
// them), the 条目 their entries, the 大事记's days of 2023; the English
// lines furniture and the English contents a section of the contents;
// no warning. At the start it had been two issues (CONTENTS began the
// second), the English names empty entries, four 类目 lost into the text
// above them, the index one run of text with the back cover in it, and
// 25 warnings.
func TestRedTeamW12WholeBilingual(t *testing.T) {
	iss := checkW12(t, "rt-w12-whole-yearbook-bilingual.md", `青岚年鉴|2024
§
  编辑说明|0||7
§特载
  奋力谱写青岚高质量发展新篇章|1||8
§大事记
§1月
  |2|2023-01-05|1
  |2|2023-01-18|1
  |2|2023-01-18|1
§2月
  |2|2023-02-08|1
  |2|2023-02|1
§3月
  |2|2023-03-12|1
§5月
  |2|2023-05-20|1
§7月
  |2|2023-07-26|1
§10月
  |2|2023-10-09|1
§12月
  |2|2023-12-28|1
  |3|2023-12|1
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
§综合经济管理
§发展和改革
  概况|5||1
  重点项目建设|5||1
  营商环境|5||1
  粮食安全|5||1
  价格监测|5||1
§统计
  概况|6||1
  统计执法|6||1
  统计服务|6||1
  经济普查|6|2023-10|1
§审计
  概况|6||1
§财政税务
§财政
  概况|7||1
  预算管理|7||1
  财政改革|7||1
  债务管理|7||1
§税务
  概况|7||1
§农业农村
§农业
  概况|8||1
  茶产业|8||1
  高标准农田建设|8||1
  农业科技|8||1
§乡村振兴
  概况|8||1
  和美乡村建设|8||1
§附录
§统计资料
  2023年青岚县主要经济指标|9||9
  先进集体名录|9||0
  2023年青岚县获省级以上表彰先进集体名录|9||5
§索引
  |11||25
`)
	if last := iss.TOC[len(iss.TOC)-1]; last.Name != "CONTENTS" || len(last.Entries) != 8 || last.Entries[7].Title != "Index" || last.Entries[7].Page != 11 {
		t.Errorf("English contents: %+v", last)
	}
	english := 0
	for _, f := range iss.Furniture {
		if latinSubtitle(strings.TrimSpace(f.Text)) {
			english++
		}
	}
	if english != 8 {
		t.Errorf("English names under the 类目 taken out: %d, want 8", english)
	}
	var fs []string
	for _, f := range iss.Masthead {
		fs = append(fs, f.Key+"="+f.Value)
	}
	if g := strings.Join(fs, "|"); g != "=线装书局|责任编辑=周晓梅|封面设计=林　帆|ISBN=978-7-5120-5678-2|定价=260.00元" {
		t.Errorf("masthead: %s", g)
	}
	if iss.Compiler != "青岚县地方史志编纂委员会" {
		t.Errorf("compiler %q", iss.Compiler)
	}
}

// TestRedTeamW12WordSpeechPoints: 特载's speech as pandoc gives a Word
// yearbook (# 特载 / Special Articles / ## 奋力谱写… / ——在…讲话 / speaker /
// date / 同志们：… / **一、2023年工作回顾** / …): one article, its points in
// bold paragraphs of it. The points had been 条目 (so the heading a
// section, then an article with its subtitle in its title), the speech
// cut into three entries, two of them with no page, silently.
func TestRedTeamW12WordSpeechPoints(t *testing.T) {
	iss := checkW12(t, "rt-w12-word-speech-points.md", `青岚年鉴|2024
§特载
  奋力谱写青岚高质量发展新篇章|1||9
§综合经济管理
§发展和改革
  概况|0||1
  重点项目建设|0||1
  营商环境|0||2
`)
	if ps := iss.Sections[0].Entries[0].Paragraphs; len(ps) == 9 && (ps[5].Text != "一、2023年工作回顾" || ps[7].Text != "二、2024年工作安排") {
		t.Errorf("the speech's points: %q, %q", ps[5].Text, ps[7].Text)
	}
}

// TestRedTeamW12WordChroniclePhotos: a Word yearbook's 大事记 (## 1月 /
// 5日　…) and 图片 (pictures, each caption under its picture, the last
// under two) under a contents that lists the chapters with pages (大事记
// 5, 图片 9), and a 凡例 that says the year (本卷记事时间断限为2023年…).
// The days had been of no year (warned), each event warned as text with
// no page (the contents list the chapter, not its months: the chapter's
// page is the first its events may be on, as for 二月……3), and the last
// caption run into the one before, silently.
func TestRedTeamW12WordChroniclePhotos(t *testing.T) {
	iss := checkW12(t, "rt-w12-word-chronicle-photos.md", `青岚年鉴|2024
§
  凡例|0||2
§特载
  奋力谱写青岚高质量发展新篇章|1||1
§大事记
§1月
  |5|2023-01-05|1
  |5|2023-01-18|1
  |5|2023-01-18|1
§12月
  |5|2023-12-28|1
  |5|2023-12|1
§图片
  |9|2023-03-12|1
  |9|2023-05-20|2
§综合经济管理
§发展和改革
  概况|0||1
`)
	for _, s := range iss.Sections {
		if s.Name == "图片" && len(s.Entries) == 2 && len(s.Entries[1].Paragraphs) == 2 {
			if got := s.Entries[1].Paragraphs[1].Text; got != "青岚云雾茶园（左）　青龙河湿地公园（右）（李　明　摄）" {
				t.Errorf("the last caption: %q", got)
			}
		}
	}
}

// TestRedTeamW12WholeWord is the acceptance test of a whole yearbook as
// pandoc gives its Word file: 《青岚年鉴（2024）》's chapters, its cover
// in bold lines, # 凡　例 (本卷记事时间断限为2023年…: the book's year),
// the Word contents as links (chapters and 分目 with pages, one article),
// each 类目 a # heading over its English name (# 大事记 / Chronicle of
// Events), 分目 ## headings over 条目 in brackets, bold or not, credits
// (（撰稿：刘海燕）), 特载's speech with bold points, a 大事记 of months
// (## 1月) and days, a 图片 chapter of pictures and their captions, 附录
// with pandoc's simple table and its caption, and 名录 under bold titles.
// The model: one issue, 青岚年鉴 of 2024; 类目 and 分目 sections, 条目
// entries, the speech one article, the days of 2023 on the chapter's
// page, each caption its own paragraph, the English names furniture; no
// warning. At the start the speech had been three entries, the last two
// captions one paragraph, the days of no year (warned) and each warned as
// text with no page.
func TestRedTeamW12WholeWord(t *testing.T) {
	iss := checkW12(t, "rt-w12-whole-yearbook-word.md", `青岚年鉴|2024
§
  凡例|0||4
§特载
  奋力谱写青岚高质量发展新篇章|1||9
§大事记
§1月
  |5|2023-01-05|1
  |5|2023-01-18|1
  |5|2023-01-18|1
§2月
  |5|2023-02-08|1
  |5|2023-02|1
§3月
  |5|2023-03-12|1
§5月
  |5|2023-05-20|1
§10月
  |5|2023-10-09|1
§12月
  |5|2023-12-28|1
  |5|2023-12|1
§图片
  |9|2023-03-12|1
  |9|2023-05-20|2
§综合经济管理
§发展和改革
  概况|0||1
  重点项目建设|0||1
  营商环境|0||2
§统计
  概况|0||1
  统计执法|0||1
  经济普查|0|2023-10|2
§社会事业
§教育
  概况|0||1
  义务教育优质均衡|0||1
  教师队伍建设|0||1
§卫生健康
  概况|0||1
  医共体建设|0||1
§附录
  统计资料|21||7
§先进集体和先进个人名录
  2023年青岚县获省级以上表彰先进集体|0||3
  2023年青岚县获省级以上表彰先进个人|0||3
`)
	english := 0
	for _, f := range iss.Furniture {
		if latinSubtitle(strings.TrimSpace(f.Text)) {
			english++
		}
	}
	if english != 6 {
		t.Errorf("English names under the 类目 taken out: %d, want 6", english)
	}
	for _, s := range iss.Sections {
		if s.Name == "附录" && len(s.Entries) == 1 {
			ps := s.Entries[0].Paragraphs
			if len(ps) != 7 || ps[1].Text != "| 地区生产总值 | 亿元 | 236.8 | 6.2 |" || ps[6].Text != "2023年青岚县主要经济指标" {
				t.Errorf("统计资料's table: %v", ps)
			}
		}
	}
}

// TestRedTeamW12ContentsInterleaved: a bilingual contents that sets each
// 类目's English under its line (概　　况……4 / General Situation), with
// no page of its own or with one. The English lines are the contents'
// typesetting (no page) or lines the body need not have (a page): no
// warning. Without a page, General Situation had been read as the start
// of a title the next line ended (General Situation综合经济管理……5, warned
// missing) or as a line not understood.
func TestRedTeamW12ContentsInterleaved(t *testing.T) {
	const want = `青岚年鉴|2024
§
  编辑说明|0||2
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
§综合经济管理
§发展和改革
  概况|5||1
  重点项目建设|5||1
  价格监测|5||1
§统计
  概况|5||1
  统计执法|5||1
  经济普查|5|2023-10|1
`
	iss := checkW12(t, "rt-w12-contents-interleaved.md", want)
	n := 0
	for _, f := range iss.Furniture {
		if f.Line == 18 || f.Line == 20 {
			n++
		}
	}
	if n != 2 {
		t.Errorf("the contents' English lines taken out: %d, want 2", n)
	}
	src := string(readFixture(t, "rt-w12-contents-interleaved.md"))
	src = strings.Replace(src, "\nGeneral Situation\n", "\nGeneral Situation ....................................... 4\n", 1)
	src = strings.Replace(src, "\nComprehensive Economic Management\n", "\nComprehensive Economic Management ....................... 5\n", 1)
	paged, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := w12Outline(paged); got != want {
		t.Errorf("with pages:\n%s", got)
	}
}

// TestRedTeamW12IndexPlain: an index with no letter heads and no leaders,
// each term and its pages a wide space apart (安全生产　4, 财政收入　7, 8),
// pdftotext -layout. Each is a line of the index (they had been 条目 run
// into their pages, two of them sections, the 索引 lost, silently but for
// the end said to be cut), and the copy's end is no cut sentence.
func TestRedTeamW12IndexPlain(t *testing.T) {
	iss := checkW12(t, "rt-w12-index-plain.md", `青岚年鉴|2024
§农业农村
§农业
  概况|8||1
§乡村振兴
  概况|8||1
  和美乡村建设|8||1
§索引
  |11||13
`)
	ps := iss.Sections[len(iss.Sections)-1].Entries[0].Paragraphs
	if len(ps) == 13 && (ps[1].Text != "安全生产　4" || ps[3].Text != "财政收入　7, 8" || ps[12].Text != "预算管理　8") {
		t.Errorf("index: %v", ps)
	}
}

// TestRedTeamW12ContentsHeadingBilingual: the contents' heading in both
// languages on one line (目　　录　　CONTENTS), over Chinese lines with
// the English beside the first two (a second column, pdftotext -layout).
// The heading had not been read: the contents had been the 编辑说明's text,
// the 类目 概况 lost (its 条目 in the untitled section), silently. Now the
// contents are read; the English beside the Chinese is not (the two
// columns are taken for one line), warned.
func TestRedTeamW12ContentsHeadingBilingual(t *testing.T) {
	checkW12(t, "rt-w12-contents-heading-bilingual.md", `青岚年鉴|2024
§
  编辑说明|0||2
§概况
  自然地理|4||1
  人口|4||1
  行政区划|4||1
  经济概况|4||1
§综合经济管理
§发展和改革
  概况|5||1
  重点项目建设|5||1
  价格监测|5||1
§统计
  概况|5||1
  统计执法|5||1
  经济普查|5|2023-10|1
!17: table of contents lists "概\u3000\u3000况 ………………………… 4          General Situation" (p.4) but the body has no such entry
!18: table of contents lists "综合经济管理 …………………… 5          Comprehensive Economic Management" (p.5) but the body has no such entry
`)
}
