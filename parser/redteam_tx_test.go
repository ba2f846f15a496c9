package parser

import "testing"

// TestRedTeamTransforms holds forms found by passing clean copies through
// what a real converter does to a text and must not change its model
// (testdata/rt-tx-*.md): a paragraph that ends with a number over one that
// begins with one, a blank line between (a WPS copy of a docx); white
// space at the ends of lines after a hard break's backslash or a rule;
// punctuation typed half-width (,.:;?!).
func TestRedTeamTransforms(t *testing.T) {
	for _, c := range []redTeamCase{
		// A paragraph that ends with a telephone number, a blank line, and
		// one that begins with a year (…电话：0375-1234567 / 2024年，…): two
		// paragraphs, not one that reads 0375-12345672024年.
		{"rt-tx-number-over-number.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|2; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// pandoc's hard break (a backslash at a line's end) with spaces
		// after it, as an editor that pads lines leaves it: the break
		// still, on the cover (2023年第11期\\  / （总第215期）: its numbers)
		// and in the text (…评审会。\\  / 会议由…: two lines, no \\ in them).
		{"rt-tx-backslash-space.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|2; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// Rules (---, ***) with ideographic spaces or a tab after them: rules,
		// not text (--- had been a paragraph, *** glued into the sentence it
		// parts).
		{"rt-tx-rule-ideographic-space.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// Punctuation typed on an English keyboard (,.:;?!()): a line that
		// ends with : over a point (会议要求: / 一是…) and one that ends with ;
		// (…工作; / 下午,…) are lines of their own, as with ： and ；, not
		// run into the next.
		{"rt-tx-halfwidth-punct.md", "宁川史志|2023|11||",
			"工作动态|县志办召开年鉴编纂工作会议|2023-11-03|2; 工作动态|县委书记王斌调研史志工作|2023-11-08|2", ""},
		// So in a copy without markup: a title that asks or exclaims with
		// ? or ! (乡镇志编纂难在哪里?, 喜报!…!) is a title, as with ？ and ！,
		// and the name over it a section's (史志研究 had been the title of
		// the four paragraphs).
		{"rt-tx-halfwidth-question.md", "宁川史志动态|2023|11||",
			"工作动态|县史志办召开县志评审会|2023-11-03|1; 工作动态|石桥乡召开村志编纂推进会|2023-11-21|1; 史志研究|乡镇志编纂难在哪里?|2023-11-25|1; 史志研究|喜报!宁川县志通过终审!|2023-11-28|1", ""},
		// A gazetteer's items (一、小麦) over text whose punctuation is
		// half-width (…作物.): items under their 节 (its name the section,
		// 第一节 its label), as over 。-text (they had been sections, the 章
		// and 节 text).
		{"rt-tx-halfwidth-gazetteer.md", "宁川县志|0|0||",
			"粮食作物|一、小麦||1; 粮食作物|二、玉米||1; 经济作物|一、棉花||1", ""},
		// A yearbook's 条目 titled by plain lines (概况 / 2022年,…): titles
		// over text typed half-width as over full-width (the titles had
		// been text, the 条目 entries of their dates).
		{"rt-tx-halfwidth-plain-titles.md", "宁川年鉴(2023)|2023|0||",
			"中共宁川县委员会|概况||1; 中共宁川县委员会|重要会议|--01-10|1; 中共宁川县委员会|组织工作||1", ""},
		// A plain title with a colon typed half-width (石桥乡:村志编纂全面启动)
		// over its dated text: a title, as with ：, not text of the entry
		// above.
		{"rt-tx-halfwidth-colon-title.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"时政要闻|县政府常务会议召开|2023-11-02|1; 时政要闻|石桥乡:村志编纂全面启动|2023-11-07|1; 时政要闻|县政协召开常委会议|2023-11-15|1", ""},
		// A chronicle's holiday in straight quotes ("五一"期间, "十一"黄金周):
		// an event of its own, dated by the holiday, as in “” (both had
		// been run into the event above).
		{"rt-tx-halfwidth-holiday.md", "宁川县2023年大事记|0|0||",
			"||2023-01-10|1; ||2023-05|1; ||2023-05-08|1; ||2023-10-01|1; ||2023-10-09|1", ""},
		// A chronicle converted to traditional characters: its holidays
		// (春節，…, 國慶節，…, “十一”黃金周期間，…) date their events as 春节,
		// 国庆节 and 期间 do (all three had been run into the event above).
		{"rt-tx-trad-holiday.md", "寧川縣2023年大事記|0|0||",
			"||2023-01-10|1; ||2023-01-22|1; ||2023-05-08|1; ||2023-10|1; ||2023-10-01|1; ||2023-10-09|1", ""},
		// A cover in traditional characters: 總第215期 the total
		// and …辦公室編 its compiler, as 总第 and 编 are (the two lines had
		// been untitled text, the year lost with them).
		{"rt-tx-trad-cover.md", "寧川史志|2023|11|寧川縣地方史志辦公室|2023-11-30",
			"工作動態|縣史志辦召開縣志評審會|2023-11-03|1; 工作動態|石橋鄉召開村志編纂推進會|2023-11-21|1", ""},
		// An article's byline in half-width brackets that ends with its
		// date (…参加会议.(县史志办　李娜　11月21日)): the entry's date, as in
		// （）; the entries had no date.
		{"rt-tx-halfwidth-byline-date.md", "宁川月报|2023|11|宁川县地方史志办公室|",
			"工作动态|石桥乡召开村志编纂推进会|2023-11-21|1; 工作动态|县档案馆开展档案数字化工作|2023-11-28|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
