package parser

import "testing"

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
