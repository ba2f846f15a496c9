package parser

import (
	"testing"
)

// TestRedTeamW11SpeechPoints: a leader's speech in full in a special
// issue saved from Word as text, its paragraphs set in by ideographic
// spaces, its points flush (一、提高站位，深刻认识…意义 / blank / 　　优化…):
// each point a paragraph of its own in the one entry (a point with a
// comma had run into the text under it, silently), no section.
func TestRedTeamW11SpeechPoints(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-speech-points.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|12; 会议文件|青岚县2024年优化营商环境工作要点||2", ""})
	ps := iss.Sections[0].Entries[0].Paragraphs
	for i, want := range map[int]string{
		4:  "一、提高站位，深刻认识优化营商环境的重大意义",
		5:  "优化营商环境是一项系统工程，也是一场深刻的自我革命。",
		10: "三、压实责任，确保各项任务落地见效",
	} {
		if i >= len(ps) || ps[i].Text != want {
			t.Errorf("paragraph %d: %v, want %q", i, ps, want)
		}
	}
}
