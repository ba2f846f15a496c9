package parser

import (
	"testing"
)

// TestRedTeamW1BackNotice: a back cover's masthead (主 编：… / 印 数：… /
// （内部资料 免费交流）) after the last page, as plain pdftotext prints a
// county monthly's back cover: the notice under the fields is the
// masthead's, as on a cover (the fields had run on into the last
// entry's text, the masthead empty, silently).
func TestRedTeamW1BackNotice(t *testing.T) {
	const file = "rt-w1-back-notice.md"
	checkRedTeam(t, redTeamCase{file, "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		"史志工作|县史志办开展“地方志进校园”活动|2024-03-27|1; 统计资料|2024年1—2月全县主要经济指标||1", ""})
	if got, want := mastheadText(t, file), "主编=孙伟民|副主编=李晓红|编辑=赵 静 王一鸣|地址=宁川县人民路88号县委大院3号楼|电话=0370-6012345|印数=300份|（内部资料 免费交流）"; got != want {
		t.Errorf("masthead\n got  %s\n want %s", got, want)
	}
}
