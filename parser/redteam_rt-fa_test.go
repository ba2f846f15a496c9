package parser

import "testing"

// A chronicle's date that OCR boxed apart from its event (testdata/
// rt-fa-*.md): in a copy set without blank lines, the date alone on its
// line and the event's text on the next (2月 / 县人民政府发布布告…。,
// 3月5日 / 县委召开…, 是月 / 全县…). A month alone there had been read as
// a month's heading: a section, its event undated, and the events after
// it, to the next year, under it (silently).

// TestRedTeamFAMonthApart checks each form of the date alone over its
// event's text (rt-fa-month-apart.md): a month (2月, 10月, 11月), a run
// of months (4—5月, 6月至7月), a year's month (1951年5月), OCR's month (l0月,
// warned as its letter is; 1 2月), a part of a month (3月上旬), a full
// date and 是月 (read so before): each an event of its own, dated by it,
// under its year. And that a chronicle printed by month headings keeps
// them (rt-fa-month-heading-kept.md): a month over an undated line and
// then its days (1月), over one undated event and then the next month's
// heading over its days (2月, 5月), is a heading still.
func TestRedTeamFAMonthApart(t *testing.T) {
	iss := checkW9(t, "rt-fa-month-apart.md", `1949年|1949-01-10|0|1月10日　|1
1949年|1949-02|0|2月 县人民|1
1949年|1949-03-05|0|3月5日 县|1
1949年|1949-03|0|是月 全县开|1
1949年|1949-04..1949-05|0|4—5月 全|1
1949年|1949-10|0|l0月 县城|1
1949年|1949-12|0|1 2月 县|1
1950年|1950-03|0|3月上旬 县|1
1950年|1950-06..1950-07|0|6月至7月 |1
1950年|1950-10|0|10月 县抗|1
1950年|1950|0|是年，县城建|1
1951年|1951-05|0|1951年5|1
1951年|1951-11|0|11月 县立|1
1952年|1952|0|年初，全县开|1
furniture 
pages 
13: "l0月 县城各界群众1.…" has 
`)
	if !t.Failed() {
		for _, c := range []struct {
			sec, entry int
			want       string
		}{
			{0, 1, "2月 县人民政府发布布告，废除保甲制度，建立区、乡人民政权。"},
			{0, 5, "l0月 县城各界群众1.5万人集会，庆祝中华人民共和国成立。会后举行游行。"},
			{1, 2, "10月 县抗美援朝分会成立。至12月，全县报名参军青年1230人，批准入伍416人。"},
		} {
			if got := iss.Sections[c.sec].Entries[c.entry].Paragraphs[0].Text; got != c.want {
				t.Errorf("an event:\n got  %s\n want %s", got, c.want)
			}
		}
	}
	checkW9(t, "rt-fa-month-heading-kept.md", `2020年|
1月||0|全县开展冬春|1
1月|2020-01-03|0|3日　县委召|1
1月|2020-01-15|0|15日　县人|1
2月||0|全县新冠肺炎|1
3月|2020-03-02|0|2日　县委、|1
3月|2020-03-20|0|20日　青岚|1
4月|2020-04-08|0|8日　县委召|1
4月|2020-04|0|是月，全县完|1
5月||0|全县开展安全|1
6月|2020-06-16..2020-06-18|0|16—18日|1
furniture 
pages 
`)
}

// TestRedTeamFAWholeXianzhiApart is rt-w9-whole-xianzhi-ocr.md's gazetteer
// chronicle with twelve of its dates boxed apart from their text by OCR
// (rt-fa-whole-xianzhi-apart.md; each event's text wrapped again at the
// page's width): months (2月, 10月, 1月, 12月, 5月, 2月 under 199O年), 1 2月,
// 1月至4月, 3月上旬, 3月23日, 是月, and 11月 at a page's foot, its text atop
// the next page under the page's head. It reads as the gazetteer does
// (TestRedTeamW9WholeXianzhiOCR): every event its own, with its date, the
// same warnings; the event of 11月 begins on the page before the head
// (page 11, not printed: 0).
func TestRedTeamFAWholeXianzhiApart(t *testing.T) {
	iss := checkW9(t, "rt-fa-whole-xianzhi-apart.md", `第一编|
大事记||0|青岚县地处豫|1
1949年|1949-01-10|0|1月10日　|1
1949年|1949-02|0|2月 县人民|1
1949年|1949|0|春，全县开展|1
1949年|1949-08-09|0|农历七月十五|1
1949年|1949-10-01|0|10月1日　|1
1949年|1949-10-01|0|△县人民政府|1
1949年|1949-12|0|1 2月 县|1
1949年|1949|0|是年，全县粮|1
1950年|1950|0|年初，全县开|1
1950年|1950-03|0|3月上旬 县|1
1950年|1950-06-28|0|6月２8日　|1
1950年|1950-06|0|下旬，全县降|1
1950年|1950-10|0|10月 县抗|1
1950年|1950|0|是年，县城建|1
1951年|1951-01..1951-04|0|1月至4月 |1
1951年|1951-05-15|0|5月15日　|1
1951年|1951-05|0|是月 全县开|1
1951年|1951|0|秋，全县粮食|1
1951年|1951-11|0|11月 县立|1
1951年|1951|12|年底，全县建|1
1953年|1953-03|12|3月　全县开|1
1953年|1953-11-23|12|11月23日|2
1953年|1953-07|12|7月中旬　青|1
1953年|1953-08-01|12|8月1日　县|1
1953年|1953|12|是年，全县建|1
1955年|1955-03-01|12|3月1日　全|1
1955年|1955|12|秋，县城至关|1
1956年|1956-01|12|1月 全县掀|1
1956年|1956-04-12|12|4月12日　|1
1956年|1956|12|夏，全县小麦|1
1957年|1957-06|12|6月　县委开|1
1957年|1957-06|12|下旬，转入反|1
1957年|1957|12|是年，青岚河|1
1958年|1958-08|12|8月下旬　全|1
1958年|1958-09|12|9月　全县抽|1
1958年|1958-10-01|12|10月1日　|1
1958年|1958|12|是年冬，全县|1
1960年|1960|12|是年，全县遭|1
1962年|1962-03|12|3月　全县贯|1
1962年|1962-05-20|12|5月2O日　|1
1962年|1962|13|是年，全县粮|1
1963年|1963-08|13|8月上旬　全|1
1963年|1963|13|是年，全县开|1
1965年|1965-05-18|13|5月18日　|1
1966年|1966-06|13|6月　“文化|1
1966年|1966-08|13|8月下旬　县|1
1968年|1968-03-23|13|3月23日 |1
1970年|1970-10-01|13|10月1日　|1
1970年|1970|13|是年，焦（作|1
1975年|1975-08-07..1975-08-08|13|8月7一8日|1
1976年|1976-09-09|13|9月9日　毛|1
1976年|1976-09-18|13|18日，全县|1
1976年|1976-10|13|10月下旬　|1
1978年|1978-12|13|12月 县委|1
1979年|1979|13|是年，全县开|1
1980年|1980-01|13|1月　县人民|1
1980年|1980-07-10|13|7月1O日　|1
1981年|1981|13|是年，全县实|1
1982年|1982-07-01|14|7月1日零时|1
1983年|1983-04|14|4月　全县撤|1
1983年|1983-04|14|中旬，县委召|1
1984年|1984-10-01|14|10月1日　|1
1984年|1984-10-01|14|同日，青岚县|1
1985年|1985|14|是年，全县乡|1
1986年|1986-04|14|4月　青岚县|1
1986年|1986-10-26|14|10月26日|1
1987年|1987|14|年初，县委、|1
1987年|1987-11|14|11月　县城|1
1988年|1988-05|14|5月 县委、|1
1988年|1988-05|14|是月，青岚县|1
1988年|1988-09-12|14|9月１2日　|1
1989年|1989-06|14|6月上、中旬|1
1989年|1989|14|是年，全县粮|1
199O年|1990-02|14|2月 县第五|1
199O年|1990|14|年底，全县工|1
199O年|[附：青岚县党政主要领导人更迭表（1949—1990）]|14|职务　　　姓|7
furniture 42:head,80:head,119:head,120:page,159:page,160:head
pages 12@43 13@81 14@121 15@161
49: "l954年" looks like a
50: an event dated 1953-
78: "5月2O日\u3000县委召开扩大…"
115: "7月1O日\u3000县第七届人民…"
`)
	if t.Failed() {
		return
	}
	if got, want := iss.Sections[4].Entries[4].Paragraphs[0].Text, "11月 县立初级中学成立，招收学生2个班96人，为青岚县第一所中学。"; got != want {
		t.Errorf("the event across the page's head:\n got  %s\n want %s", got, want)
	}
}

// TestRedTeamFAMonthApartOtherForms checks the month alone over its
// event's text where pandoc wrapped it at the space after the month, in a
// copy with blank lines between the events (rt-fa-month-apart-pandoc.md:
// 2月 / 县人民政府…, 6月 / “三反”…, its text opening with a quote), while a
// month over a blank line and its days (5月 / / 8日 …) stays a heading;
// and months in Chinese numerals (rt-fa-month-apart-numerals.md: 二月, 六月
// over an event of 十月一日, which is no day of June's, 三月); and the
// copy's last event so (rt-fa-month-apart-last.md: 12月 / 全县工农业…).
func TestRedTeamFAMonthApartOtherForms(t *testing.T) {
	checkW9(t, "rt-fa-month-apart-pandoc.md", `1949年|1949-01-10|0|1月10日 |1
1949年|1949-02|0|2月 县人民|1
1949年|1949-03-05|0|3月5日 县|1
1949年|1949-06|0|6月 “三反|1
1949年|1949-10-01|0|10月1日 |1
1950年|
5月|1950-05-08|0|8日 县土地|1
5月|1950-05-20|0|20日 县抗|1
furniture 
pages 
`)
	checkW9(t, "rt-fa-month-apart-numerals.md", `一九四九年|1949-01-10|0|一月十日　中|1
一九四九年|1949-02|0|二月 县人民|1
一九四九年|1949-06|0|六月 “三反|1
一九四九年|1949-10-01|0|十月一日　县|1
一九五〇年|1950-03|0|三月 全县开|1
一九五〇年|1950|0|是年，县城建|1
furniture 
pages 
`)
	checkW9(t, "rt-fa-month-apart-last.md", `1989年|1989-06|0|6月上、中旬|1
1989年|1989|0|是年，全县粮|1
1990年|1990-01-10|0|1月10日　|1
1990年|1990-12|0|12月 全县|1
furniture 
pages 
`)
}
