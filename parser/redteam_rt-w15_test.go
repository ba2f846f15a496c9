package parser

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/yuebao/yuebao/internal/hant"
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
