package parser

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/model"
)

// TestRedTeamW15Big5 reads a copy from Taiwan or Hong Kong saved in Big5
// (testdata/rt-w15-big5.md, encoded here): it had been refused (not text
// in UTF-8, UTF-16 or GB18030: its punctuation and many of its common
// characters, 一 among them, lie in GBK's user-defined rows), or, with
// few of those, read as GB18030 nonsense with a warning. It reads as the
// UTF-8 copy does, punctuated in ASCII too, and the same text in
// simplified characters in GB18030 is GB18030 still.
func TestRedTeamW15Big5(t *testing.T) {
	src := readFixture(t, "rt-w15-big5.md")
	ascii := strings.NewReplacer("，", ",", "。", ".", "、", ",", "「", "\"", "」", "\"",
		"（", "(", "）", ")", "　", " ").Replace(string(src))
	model := func(b []byte) string {
		t.Helper()
		iss, err := Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		j, _ := json.Marshal(iss)
		return string(j)
	}
	var simp strings.Builder
	for _, r := range string(src) {
		simp.WriteRune(hant.Simplified(r))
	}
	for _, c := range []struct {
		name string
		text string
		big5 bool // encoded in Big5, else (simplified) in GB18030
		enc  Encoding
	}{
		{"Big5", string(src), true, Big5},
		{"Big5 punctuated in ASCII", ascii, true, Big5},
		{"GB18030", simp.String(), false, GB18030},
		{"GB18030 punctuated in ASCII", strings.NewReplacer("，", ",", "。", ".", "　", " ").Replace(simp.String()), false, GB18030},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b []byte
			var err error
			if c.big5 {
				b, err = traditionalchinese.Big5.NewEncoder().Bytes([]byte(c.text))
			} else {
				b, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(c.text))
			}
			if err != nil {
				t.Fatal(err)
			}
			got, enc, warns, err := decode(b)
			if err != nil || got != c.text || enc != c.enc || len(warns) > 0 {
				t.Fatalf("decode = %.60q as %s (%v, %v), want %.60q as %s", got, enc, warns, err, c.text, c.enc)
			}
			if m, want := model(b), model([]byte(c.text)); m != want {
				t.Errorf("model\n got  %.300s\n want %.300s", m, want)
			}
		})
	}
	// A Big5 file cut inside its last character keeps what came before.
	b, _ := traditionalchinese.Big5.NewEncoder().Bytes(src)
	b = append(b, 0xA4)
	if got, enc, warns, err := decode(b); err != nil || enc != Big5 || got != string(src) || len(warns) != 1 {
		t.Errorf("cut Big5: %s, %v, %v", enc, warns, err)
	}
	// One with a byte damaged, in Big5 or in GB18030: its text, the
	// character replaced, with a warning.
	for _, c := range []struct {
		text string
		enc  Encoding
	}{{string(src), Big5}, {simp.String(), GB18030}} {
		var b []byte
		if c.enc == Big5 {
			b, _ = traditionalchinese.Big5.NewEncoder().Bytes([]byte(c.text))
		} else {
			b, _ = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(c.text))
		}
		b[len(b)/2] = 0xFF
		if _, enc, warns, err := decode(b); err != nil || enc != c.enc || len(warns) != 1 || !strings.Contains(warns[0].Message, "not valid "+string(c.enc)) {
			t.Errorf("damaged %s: read as %s, %v, %v", c.enc, enc, warns, err)
		}
	}
}

// TestRedTeamW15Minguo holds Taiwan's chronicles, which count the
// Republic's years past seventy (民國七十五年 is 1986): a year heading of
// the era (民國七十五年（一九八六年）, 民國七十六年, **民國八十四年（1995年）**)
// had been a line of text, every event under it of no year (a copy in
// simplified characters silently so), and an event led by such a year
// (民國八十四年十二月二日，…) a line of the one above.
func TestRedTeamW15Minguo(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-minguo-heads.md", "青嵐縣大事記|0|0||",
		"民國七十五年（一九八六年）||1986-01-01|1; 民國七十五年（一九八六年）||1986-01-15|1; 民國七十五年（一九八六年）||1986-01-15|1; " +
			"民國七十五年（一九八六年）||1986-03-05|1; 民國七十五年（一九八六年）||1986-03|1; 民國七十五年（一九八六年）||1986|1; " +
			"民國七十六年||1987-01-08|1; 民國七十六年||1987-02-14|1; 民國七十六年||1987|1; " +
			"民國八十四年（1995年）||1995-03-01|1; 民國八十四年（1995年）||1995-12-02|1", ""})
}

// TestRedTeamW15MinguoTitle: a chronicle whose title names its years by
// the Republic's era (青嵐縣大事記（民國七十五年至八十四年）) and whose year
// headings print the era's number alone (75年, **76年**, 八十四年), as
// Taiwan's do. The title had been a line of text, 75年 read as 1975 and
// 八十四年 as a line of the year above, silently.
func TestRedTeamW15MinguoTitle(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-minguo-title.md", "青嵐縣大事記（民國七十五年至八十四年）|0|0||",
		"75年||1986-01-01|1; 75年||1986-01-15|1; 75年||1986-01-15|1; 75年||1986-03-05|1; 75年||1986-03|1; 75年||1986|1; " +
			"76年||1987-01-08|1; 76年||1987-02-14|1; 76年||1987|1; 八十四年||1995-03-01|1; 八十四年||1995-12-02|1", ""})
}

// TestRedTeamW15FrontPieces: a chronicle that prints its 序 and its 凡例
// before its contents, as a book does. Both had been one paragraph of
// no title (the contents warned of both as missing), the signature a
// line of the preface's text and 凡例's points one paragraph; in a longer
// copy (rt-w15-whole-tw-dsj.md) the 目錄 after them had begun a second
// issue. Now two entries, 序 (its text, 縣長　陳志宏　謹識, the date) and
// 凡例 (a paragraph a point), on the page the contents give. The cover's
// 中華民國八十六年六月 is the printing's month, as 1997年6月 is (it had
// been a cover line not understood, warned).
func TestRedTeamW15FrontPieces(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w15-front-pieces.md", "青嵐縣大事記（民國七十五年至七十六年）|0|0|青嵐縣政府|1997-06",
		"|序||3; |凡例||4; " +
			"民國七十五年（一九八六年）||1986-01-01|1; 民國七十五年（一九八六年）||1986-03-05|1; 民國七十五年（一九八六年）||1986-03-05|1; 民國七十五年（一九八六年）||1986-03|1; " +
			"民國七十六年（一九八七年）||1987-07-15|1; 民國七十六年（一九八七年）||1987-07-15|1; 民國七十六年（一九八七年）||1987|1", ""})
	if len(iss.Sections) == 0 || len(iss.Sections[0].Entries) < 2 {
		return
	}
	pre := iss.Sections[0].Entries[0]
	if got := pre.Paragraphs[1].Text + "|" + pre.Paragraphs[2].Text; got != "縣長　陳志宏　謹識|中華民國八十六年五月" {
		t.Errorf("序's signature and date: %q", got)
	}
	if p := iss.Sections[0].Entries[1].Page; p != 1 {
		t.Errorf("凡例 on page %d, want 1", p)
	}
}

// TestRedTeamW15Qianlong: a gazetteer's chronicle in traditional
// characters under 乾隆's years. The simplified view reads 乾 as 干 (乾旱
// is 干旱), so 乾隆 was no reign: its year headings had been lines of
// text and its events of no year (as 清嘉慶, 清光緒 are read).
func TestRedTeamW15Qianlong(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-qianlong.md", "青嵐縣大事記|0|0||",
		"清乾隆五十年||1785-03|1; 清乾隆五十年||1785|1; 乾隆五十一年||1786-05|1; 乾隆五十一年||1787-04|1", ""})
}

// TestRedTeamW15TermTable: an appendix's table of terms of office, its
// cells a wide space apart, the last a term (民國七十一年十二月至七十五年
// 十二月, seventeen characters, more than a cell's few words): a row a
// paragraph (the rows had run into one paragraph, warned as a text cut
// off at its end). The copyright page after it in Taiwan's form (書名：…
// 編者：… 發行人：… 出版者：… 定價：… GPN：…) is the back cover's masthead
// (its lines had been the table's last rows).
func TestRedTeamW15TermTable(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w15-term-table.md", "青嵐縣大事記（民國七十五年至八十四年）|0|0||",
		"民國八十四年（一九九五年）||1995-10-31|1; 民國八十四年（一九九五年）||1995-12-02|1; 民國八十四年（一九九五年）|附錄：歷任縣長一覽表||5", ""})
	if len(iss.Sections) == 1 && len(iss.Sections[0].Entries) == 3 {
		if got := iss.Sections[0].Entries[2].Paragraphs[1].Text; got != "第九屆　　林正雄　　民國七十一年十二月至七十五年十二月" {
			t.Errorf("row: %q", got)
		}
	}
	var keys []string
	for _, f := range iss.Masthead {
		keys = append(keys, f.Key)
	}
	if got := strings.Join(keys, ","); got != "書名,編者,發行人,出版者,出版日期,定價,GPN" {
		t.Errorf("masthead keys %s", got)
	}
}

// w15Outline is what the whole documents' tests check of an issue: its
// cover, each section's name and count of entries, each entry as
// title|page|date|paragraphs, the furniture's lines, the masthead's
// keys and the warnings' lines.
func w15Outline(iss *model.Issue) (cover, sections string, entries []string, furniture, masthead, warns string) {
	cover = fmt.Sprintf("%s|%d|%d|%d|%s|%s", iss.Title, iss.Year, iss.Number, iss.Total, iss.Compiler, iss.Published)
	var ss, fs, ms, ws []string
	for _, s := range iss.Sections {
		ss = append(ss, fmt.Sprintf("%s:%d", s.Name, len(s.Entries)))
		for _, e := range s.Entries {
			d := e.Date.String()
			if !e.Date.IsZero() {
				d += "/" + string(e.Date.Start.Precision())
			}
			entries = append(entries, fmt.Sprintf("%s|%d|%s|%d", e.Title, e.Page, d, len(e.Paragraphs)))
		}
	}
	for _, f := range iss.Furniture {
		fs = append(fs, fmt.Sprintf("%d%s", f.Line, f.Kind))
	}
	for _, f := range iss.Masthead {
		ms = append(ms, f.Key)
	}
	for _, w := range iss.Warnings {
		ws = append(ws, fmt.Sprint(w.Line))
	}
	return cover, strings.Join(ss, "; "), entries, strings.Join(fs, ","), strings.Join(ms, ","), strings.Join(ws, ",")
}

// checkW15Whole parses a whole document, as written and saved in Big5,
// and checks its outline against the one read by hand: the cover,
// sections, entries at the indexes given, furniture, masthead keys and
// warnings.
func checkW15Whole(t *testing.T, file, cover, sections string, sample map[int]string, furniture, masthead, warns string) {
	t.Helper()
	src := readFixture(t, file)
	// Saved in Big5 by a tool that writes ? for what Big5 lacks (the
	// simplified characters of a passage quoted so).
	var b5 []byte
	for _, r := range string(src) {
		b, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(string(r)))
		if err != nil {
			b = []byte("?")
		}
		b5 = append(b5, b...)
	}
	for _, v := range []struct {
		name string
		b    []byte
	}{{"UTF-8", src}, {"Big5", b5}} {
		all, err := ParseAll(v.b)
		if err != nil {
			t.Errorf("%s %s: %v", file, v.name, err)
			continue
		}
		if len(all) != 1 {
			t.Errorf("%s %s: %d issues, want 1: %s", file, v.name, len(all), issuesSummary(all))
			continue
		}
		c, s, es, f, m, w := w15Outline(all[0])
		if c != cover {
			t.Errorf("%s %s: cover\n got  %s\n want %s", file, v.name, c, cover)
		}
		if s != sections {
			t.Errorf("%s %s: sections\n got  %s\n want %s", file, v.name, s, sections)
		}
		for i, want := range sample {
			if i >= len(es) || es[i] != want {
				got := "(none)"
				if i < len(es) {
					got = es[i]
				}
				t.Errorf("%s %s: entry %d\n got  %s\n want %s", file, v.name, i, got, want)
			}
		}
		if f != furniture {
			t.Errorf("%s %s: furniture %s, want %s", file, v.name, f, furniture)
		}
		if m != masthead {
			t.Errorf("%s %s: masthead %s, want %s", file, v.name, m, masthead)
		}
		if w != warns {
			t.Errorf("%s %s: warnings on lines %q, want %q:%s", file, v.name, w, warns, warningsText(all[0].Warnings))
		}
	}
}

// TestRedTeamW15WholeChronicle is the acceptance test of a county's
// chronicle in Taiwan's house style (rt-w15-whole-tw-dsj.md), read by
// hand: its title over the Republic's years it covers, its printing
// month in the era, 序 and 凡例 before the contents, year headings of
// the era with the common era's in numerals, days in numerals and
// figures (三月五號 too), 同日/當日/該日/是月/本年, lunar days beside the
// common ones and alone (農曆三月二十三日), △, notes after a year, a
// running head with its folio, a table of terms and a copyright page.
// At the start it was two issues (序 and 凡例 one, the rest another),
// every year past 民國七十年 a line of text and its events of no year,
// the copyright page the table's last rows; and saved in Big5, refused.
func TestRedTeamW15WholeChronicle(t *testing.T) {
	checkW15Whole(t, "rt-w15-whole-tw-dsj.md",
		"青嵐縣大事記（民國七十五年至八十四年）|0|0|0|青嵐縣政府|1997-06",
		":2; 民國七十五年（一九八六年）:13; 民國七十六年（一九八七年）:11; 民國七十七年（一九八八年）:9; 民國七十八年（一九八九年）:20; 民國八十四年（一九九五年）:13",
		map[int]string{
			0:  "序|1||3",
			1:  "凡例|1||6",
			2:  "|2|1986-01-01/day|1",
			5:  "|2|1986-02-09/day|1", // 二月九日（農曆正月初一）
			9:  "|2|1986-05-12..1986-05-16/day|1",
			10: "|2|1986-05/month|1",  // 是月
			14: "|2|1986/year|2",      // 本年, and 〔註一〕 under it
			17: "|2|1987-03-05/day|1", // 三月五號
			18: "|2|1987-03-05/day|1", // 同日
			19: "|3|1987-04-01/day|1", // past the running head of page 3
			21: "|3|1987-07-15/day|1", // 當日
			30: "|3|1988-05-08/day|1", // 農曆三月二十三日 of 1988
			45: "|4|1989-06-20/day|1", // 該日
			46: "|4|1989-07/month|1",
			55: "|5|1995-01-01/day|1",
			66: "|5|1995/year|2",
			67: "附錄：歷任縣長一覽表|6||5",
		},
		"25page,38head,65head,87head,112head,131head,141head",
		"書名,編者,發行人,出版者,地址,電話,出版日期,版次,定價,GPN", "")
}

// TestRedTeamW15WholeBriefing is the acceptance test of a 史志通訊 in
// traditional characters as pdftotext gives it (rt-w15-whole-hk-yuebao.md):
// a cover with 發佈日期, a contents whose titles quote with 「」 where the
// body's quote with “”, pages in （1）, a masthead of 主編/責任編輯,
// running heads after form feeds and folios · 2 ·, a caption, a byline,
// and an article quoting a long passage in simplified characters. It
// read right in UTF-8 at the start; saved in Big5 it was refused.
func TestRedTeamW15WholeBriefing(t *testing.T) {
	checkW15Whole(t, "rt-w15-whole-hk-yuebao.md",
		"青嵐史志通訊|2024|3|87|青嵐縣地方志辦公室|2024-04-08",
		"工作動態:3; 港澳聯絡:2; 史海鉤沉:1; 資料選登:1",
		map[int]string{
			0: "縣志辦召開“十四五”地方志事業推進會|1|2024-03-05/day|4",
			1: "《青嵐縣志（1991—2020）》評審會在縣城舉行|2|2024-03-18..2024-03-19/day|3",
			2: "縣志辦開展“方志進校園”活動|3|2024-03-27/day|3",
			3: "香港青嵐同鄉會來訪座談|4|2024-03-12/day|2",
			4: "澳門青嵐文化交流團參觀方志館|5|2024-03-22/day|1",
			5: "青嵐古渡口的變遷|6||4",
			6: "《青嵐縣大事記》編纂說明（摘錄）|8||6",
		},
		"43head,63page,64head,80page,81head,98page,99head,110page,111head,122page,123head,141page,142head,165page",
		"發佈日期,主編,副主編,責任編輯,地址,電話,電子郵箱", "")
}

// TestRedTeamW15MinguoMasthead: a periodical's masthead as Taiwan's
// print it, 發行人 and 發行日期 in the Republic's era (中華民國113年4月8日):
// the issue's date, and the year of its days (發行人 had been a cover
// line not understood, the date let go and the days of no year). Under
// 發佈日期, a key known before, the era's date had been let go
// silently.
func TestRedTeamW15MinguoMasthead(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w15-minguo-masthead.md", "青嵐文獻通訊|2024|112||2024-04-08",
		"會務動態|本會召開第十屆第三次理監事會議|2024-03-05|2; 會務動態|文獻委員赴南坪鄉訪查古厝|2024-03-21|1", ""})
	if len(iss.Masthead) != 2 || iss.Masthead[0].Key != "發行人" || iss.Masthead[1].Value != "中華民國113年4月8日" {
		t.Errorf("masthead %+v", iss.Masthead)
	}
	src := strings.Replace(string(readFixture(t, "rt-w15-minguo-masthead.md")), "發行日期", "發佈日期", 1)
	if iss, err := Parse([]byte(src)); err != nil || iss.Published.String() != "2024-04-08" {
		t.Errorf("發佈日期：中華民國113年4月8日 read as %v (%v)", iss.Published, err)
	}
}

// TestRedTeamW15MinguoFigures: Taiwan's dates in figures, the Republic's
// year in three (113年3月5日，…): 2024's days (they had been the year
// 113's, 0113-03-05, silently).
func TestRedTeamW15MinguoFigures(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-minguo-figures.md", "青嵐文獻通訊|0|112||",
		"會務動態|本會召開第十屆第三次理監事會議|2024-03-05|2; 會務動態|文獻委員赴南坪鄉訪查古厝|2024-03-21|1", ""})
}

// TestRedTeamW15MinguoShort: events under a year heading of the Republic
// that print its year short, in figures or numerals (75年1月1日,
// 七十五年三月五日 under 民國七十五年（一九八六年）): the heading's year
// (they had been 1975's and 1976's, silently, as 75 is 1975 elsewhere).
func TestRedTeamW15MinguoShort(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-minguo-short.md", "青嵐縣大事記|0|0||",
		"民國七十五年（一九八六年）||1986-01-01|1; 民國七十五年（一九八六年）||1986-03-05|1; 民國七十五年（一九八六年）||1986-04-01|1; " +
			"民國七十六年（一九八七年）||1987-02-14|1; 民國七十六年（一九八七年）||1987-07-15|1", ""})
}

// TestRedTeamW15Big5Folio: page numbers set between Big5's middle dots
// (‧ 1 ‧, U+2027: Big5 has no ·), as a copy from Taiwan or Hong Kong
// prints them: furniture, the page's text going on across it (‧ 1 ‧ had
// been a line of the paragraph it cut, and the last the entry's text).
func TestRedTeamW15Big5Folio(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w15-big5-folio.md", "青嵐史志通訊|2024|3|青嵐縣地方志辦公室|",
		"|縣志辦召開地方志事業推進會|2024-03-05|2; |縣志評審會在縣城舉行|2024-03-18..2024-03-19|1", ""})
	var fs []string
	for _, f := range iss.Furniture {
		fs = append(fs, fmt.Sprintf("%d%s", f.Line, f.Kind))
	}
	if got := strings.Join(fs, ","); got != "20page,29page" {
		t.Errorf("furniture %s", got)
	}
	if e := iss.Sections[0].Entries[0]; len(e.Paragraphs) == 2 && e.Paragraphs[1].Text != "會議要求，2024年要重點抓好三項工作：一是完成縣志評審、修改和出版；二是推進「一鄉一志」編纂；三是加強數字方志館建設。" {
		t.Errorf("paragraph across the page: %q", e.Paragraphs[1].Text)
	}
}

// TestRedTeamW15TOCHeader: a contents page headed 篇名 … 頁次, as
// Taiwan's print it: the heads of its columns, not a section the body
// lacks (it had been warned as one).
func TestRedTeamW15TOCHeader(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-toc-header.md", "青嵐史志通訊|2024|3|青嵐縣地方志辦公室|",
		"工作動態|縣志辦召開地方志事業推進會|2024-03-05|1; 工作動態|縣志評審會在縣城舉行|2024-03-18|1", ""})
}

// TestRedTeamW15VertColon: a copy from Taiwan that types its colons ︰
// (U+FE30, Big5's A1 4A), as its input methods give them: 發佈日期︰…
// and the masthead's 主編︰… are fields (they had been lines not
// understood, the issue undated), and the text keeps its ︰ (the view
// reads it as ：, a paragraph joined of lines takes the copy's back).
func TestRedTeamW15VertColon(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w15-vert-colon.md", "青嵐史志通訊|2024|3||2024-04-08",
		"工作動態|縣志辦召開地方志事業推進會|2024-03-05|1", ""})
	var keys []string
	for _, f := range iss.Masthead {
		keys = append(keys, f.Key+"="+f.Value)
	}
	if got := strings.Join(keys, ","); got != "發佈日期=2024年4月8日,主編=陳志遠,責任編輯=黃嘉欣,地址=青嵐縣府前路18號" {
		t.Errorf("masthead %s", got)
	}
	if len(iss.Sections) == 1 && len(iss.Sections[0].Entries) == 1 {
		if p := iss.Sections[0].Entries[0].Paragraphs[0].Text; !strings.Contains(p, "三項工作︰一是完成") {
			t.Errorf("paragraph %q", p)
		}
	}
}

// TestRedTeamW15MinguoTitleYear: a chronicle titled by the Republic's
// year, as Taiwan's counties title theirs (青嵐縣112年大事紀): its days
// are 2023's (they had been of no year). A school's age in a title
// (建校120年) is still no year.
func TestRedTeamW15MinguoTitleYear(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w15-minguo-title-year.md", "青嵐縣112年大事紀|0|0||",
		"一月||2023-01-01|1; 一月||2023-01-10|1; 二月||2023-02-05|1; 二月||2023-02-05|1", ""})
	src := strings.Replace(string(readFixture(t, "rt-w15-minguo-title-year.md")), "青嵐縣112年大事紀", "青嵐中學建校120年大事記", 1)
	iss, err := Parse([]byte(src))
	if err != nil || len(iss.Sections) == 0 || len(iss.Sections[0].Entries) == 0 || iss.Sections[0].Entries[0].Date.String() != "--01-01" {
		t.Errorf("建校120年: %v", err)
	}
	// A space between the county's name and the year, as a formula OCR
	// or a typist sets it (青嵐縣 112年大事紀, 民國　112年): the same year
	// (it had been none).
	for _, title := range []string{"青嵐縣 112年大事紀", "青嵐縣\u3000112年大事紀", "民國 112年大事紀"} {
		src := strings.Replace(string(readFixture(t, "rt-w15-minguo-title-year.md")), "青嵐縣112年大事紀", title, 1)
		iss, err := Parse([]byte(src))
		if err != nil || len(iss.Sections) == 0 || len(iss.Sections[0].Entries) == 0 || iss.Sections[0].Entries[0].Date.String() != "2023-01-01" {
			t.Errorf("%s: the first day is not 2023-01-01 (%v)", title, err)
		}
	}
}
