package parser

import "testing"

// TestRedTeamWebCopies holds reports copied from an office's website or
// converted from its .docx/.wps (testdata/rt-wb-*.md).
func TestRedTeamWebCopies(t *testing.T) {
	for _, c := range []redTeamCase{
		// A browser's select-all copy of one article: 发布时间：… 09:30
		// 来源：… 浏览次数： over 【字体：大 中 小】, blank lines between,
		// paragraphs indented by 　　. The chrome is no page break: the
		// publication line stays a paragraph of its own (the blank lines
		// around the chrome had joined it to the first sentence, and the
		// entry was dated by 12月1日, silently).
		{"rt-wb-web-chrome.md", "|0|0||2023-12-04",
			"|平顶山市地方史志办公室召开年鉴编纂工作会议|2023-11-28|4", ""},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}
