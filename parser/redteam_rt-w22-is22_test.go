package parser

import "testing"

// TestRedTeamW22InnerPlain: a copy of plain lines, no blank line between:
// a notice's number under its title, another issue named alone after an
// article's text, over the next title. The number is the notice's first
// paragraph, the issue the article's last (they had run into the title
// above or below: 关于做好…的通知宁政办〔2023〕15号, 宁川县情2023年第10期县史志办
// 召开年鉴编纂会议).
func TestRedTeamW22InnerPlain(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{
		file:    "rt-w22-is22-plain.md",
		cover:   "宁川县情|2023|11|宁川县地方史志办公室|",
		entries: "工作动态|关于做好2023年度冬季供暖工作的通知|2023-11-08|2; 工作动态|县志办开展地情资料征集|2023-11-10|2; 工作动态|县史志办召开年鉴编纂会议|2023-11-15|1; 地情研究|宁川古渡口考|2023-11|1",
	})
	es := iss.Sections[0].Entries
	if p := es[0].Paragraphs[0].Text; p != "宁政办〔2023〕15号" {
		t.Errorf("the notice's number: %q", p)
	}
	if p := es[1].Paragraphs[1].Text; p != "宁川县情2023年第10期" {
		t.Errorf("the issue named: %q", p)
	}
}

// TestDocNumberAndIssueLine: what a document's number and an issue named
// alone look like, and lines that are neither.
func TestDocNumberAndIssueLine(t *testing.T) {
	for s, want := range map[string]bool{
		"平政办〔2023〕12号": true, "宁政发[2022]3号": true, "（豫政〔2023〕105号）": true, "国办发［2023］第7号": true,
		"〔2023〕12号": false, "平政办〔23〕12号": false, "关于印发〔2023〕12号文件的通知": false, "平政办〔2023〕号": false, "县政府召开第12号": false,
	} {
		if got := docNumber(s); got != want {
			t.Errorf("docNumber(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"宁川月报2023年第10期": true, "宁川县情 2023年第9期": true, "中原史志动态2024年第3期": true,
		"《宁川史志》2023年第5期": false, "道德讲堂2023年第3期": false, "2023年第10期": false, "县委理论学习中心组举行2023年第5次集体学习": false,
	} {
		if got := issueLine(s); got != want {
			t.Errorf("issueLine(%q) = %v", s, got)
		}
	}
}
