package parser

import (
	"strings"
	"testing"
)

// TestRedTeamChatFence holds copies that a chat assistant converted and
// handed back in a code fence (testdata/rt-s7-*.md).
func TestRedTeamChatFence(t *testing.T) {
	for _, c := range []redTeamCase{
		// The whole copy in ```markdown … ```: the fence lines are markup,
		// the copy inside reads as it would bare (it had been one untitled
		// paragraph under no cover, the fence a cover line not understood).
		{"rt-s7-chat-fence.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1", ""},
		// The assistant's words before a ~~~ fence (以下是转换结果：) and
		// after it (如需调整格式，请告诉我。) are no text of the copy: the
		// preface had been read as its cover, the title as a section.
		{"rt-s7-chat-fence-preface.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestRedTeamChatMarks holds what a chat assistant or a web page adds to
// a copy's marks (testdata/rt-s7-*.md).
func TestRedTeamChatMarks(t *testing.T) {
	for _, c := range []redTeamCase{
		// A paragraph's date in bold (**11月3日**，县志办…): the date, with
		// no space put between it and the comma (11月3日 ，had been the
		// text), under a ### title and alone under a bold one.
		{"rt-s7-bold-date.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展征集|2023-11-10|2", ""},
		// Pictographs before a column's name (## 📌 工作动态, ## 🏘️ 县区动态)
		// and a title (### 🔹县志办…): the name matches the contents' (both
		// had been warned as sections the body does not have), the title
		// its line there (its page).
		// A web page's bold with attributes (<span style="font-weight:
		// bold">, <strong style="color:#c00">, <b class="title">): the
		// titles they are (the span's had been a paragraph, the strong's
		// text kept its opening tag); a span that is no bold is no title.
		{"rt-s7-html-bold.md", "宁川史志|2023|11||",
			"工作动态|县志办召开志书评审会|2023-11-03|1; 工作动态|县志办开展地情资料征集|2023-11-10|1; 工作动态|县委书记王斌调研史志工作|2023-11-21|2", ""},
		// A briefing's titles in brackets run into their dated text
		// (【县志办召开志书评审会】11月3日，…), in a report, not a yearbook:
		// entries titled as printed (the two had been paragraphs of one
		// entry named by the column, silently).
		{"rt-s7-bracket-runin.md", "宁川史志|2023|11||",
			"工作动态|【县志办召开志书评审会】|2023-11-03|1; 工作动态|【县志办开展地情资料征集】|2023-11-10|1", ""},
		{"rt-s7-emoji-heads.md", "宁川史志|2023|11||",
			"工作动态|🔹县志办召开志书评审会|2023-11-03|1; 工作动态|🔹县志办开展地情资料征集|2023-11-10|1; 县区动态|🔹石桥乡召开村志编纂推进会|2023-11-21|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			iss := checkRedTeam(t, c)
			if c.file != "rt-s7-bold-date.md" || t.Failed() {
				return
			}
			got := iss.Sections[0].Entries[0].Paragraphs[0].Text
			if want := "11月3日，县志办召开评审会。"; got != want {
				t.Errorf("paragraph %q, want %q", got, want)
			}
		})
	}
}

// TestRedTeamChronTables holds chronicles set as Markdown tables with a
// header row, as a chat assistant or a docx's table gives them
// (testdata/rt-s7-chron-table-*.md).
func TestRedTeamChronTables(t *testing.T) {
	for _, c := range []redTeamCase{
		// | 月 | 日 | 事件 | under year headings: each row the day's event
		// (| 1 | 8 | … | had been one undated paragraph a table, its header
		// a paragraph, silently).
		{"rt-s7-chron-table-month-day.md", "宁川县大事记（2001—2002）|0|0||",
			"2001年||2001-01-08|1; 2001年||2001-03-12|1; 2002年||2002-04-01|1", ""},
		// | 日期 | 事件 |: the rows were read; the header row is no event's
		// text (it had been an untitled entry of its own).
		{"rt-s7-chron-table-date.md", "宁川县2023年11月大事记|0|0||",
			"||2023-11-01|1; ||2023-11-03|1; ||2023-11-03|1; ||2023-11-10..2023-11-12|1", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}

// TestEraFirsts keeps eraFirsts, eraLead's first look, in step with eras.
func TestEraFirsts(t *testing.T) {
	for _, e := range eras {
		if !strings.Contains(eraFirsts, e.name[:3]) {
			t.Errorf("eraFirsts lacks %q, the first character of %q", e.name[:3], e.name)
		}
	}
}

// TestRedTeamWeChatEnd holds a WeChat article copied with its page's end
// (testdata/rt-s7-wechat-end.md).
func TestRedTeamWeChatEnd(t *testing.T) {
	// 预览时标签不可点, 微信扫一扫关注该公众号, 继续滑动看下一个, 轻触阅读原文,
	// the account's name, 向上滑动看下一个: the page's own, furniture; they
	// had been six paragraphs of the article, and a warning that the text
	// ended mid-sentence.
	checkRedTeam(t, redTeamCase{"rt-s7-wechat-end.md", "宁川县史志办召开年鉴编纂工作会议|0|0||2023-11-05",
		"||2023-11-03|2", ""})
}
