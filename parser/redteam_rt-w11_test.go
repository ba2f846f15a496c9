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

// TestRedTeamW11SupplementNumber: a supplement numbered among the
// year's supplements (《青岚月报》2024年增刊第1期, 2024年增刊（一）) is
// labelled and cited so, not as the year's first issue (2024年第1期, the
// 增刊 a notice apart, silently); 增刊（一） is read as a cover at all (the
// cover's four lines had each been warned as not understood).
func TestRedTeamW11SupplementNumber(t *testing.T) {
	for _, c := range []struct{ file, label string }{
		{"rt-w11-zengkan-number.md", "2024年增刊第1期"},
		{"rt-w11-zengkan-bracket.md", "2024年增刊（一）"},
	} {
		iss := checkRedTeam(t, redTeamCase{c.file, "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
			"会议综述|全县优化营商环境推进大会召开|2024-02-26|1; 典型发言|当好“店小二”　做优“服务员”||2", ""})
		if got := iss.Label(); got != c.label {
			t.Errorf("%s: label %q, want %q", c.file, got, c.label)
		}
	}
}

// TestRedTeamW11BylinePage: a meeting's typical speech (典型发言) whose
// speaker, a body (桐溪镇人民政府), prints under its title at a page's
// foot, the text atop the next page: a paragraph of the entry, with no
// warning (it had been warned as a short line that may be a title).
func TestRedTeamW11BylinePage(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-byline-page.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"典型发言|以“一网通办”为抓手　打造政务服务新高地||2; 典型发言|当好“店小二”　做优“服务员”||2", ""})
}

// TestRedTeamW11MarkerBack: the back pages of a double issue marker
// converted: a contents table's section alone with its page (| 图片新闻 |
// | 15 |) gives its untitled captions and its 下期预告 that page (lost,
// each had been warned as without a page); a call for articles signed
// by the office, its date under its name (青岚县地方史志办公室 /
// 2023年12月20日), ends the notice and dates it (the date had been an
// event of its own, warned as a date with no text). The notice the
// contents do not list is still warned of. The cover's totals of a
// double issue (总第二〇五—二〇六期) are cited both.
func TestRedTeamW11MarkerBack(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{"rt-w11-marker-back.md", "青岚月报|2023|11|青岚县地方史志办公室|2024-01-05",
		"时政要闻|县委十五届六次全会召开|2023-11-06|1; 时政要闻|全县经济工作会议召开|2023-12-26|1; " +
			"图片新闻||2023-11-15|1; 图片新闻||2023-12-02|1; 下期预告|||1; 征稿启事||2023-12-20|4", "50"})
	if got := entryPages(iss, ","); got != "3,5,15,15,16,0" {
		t.Errorf("pages %s, want 3,5,15,15,16,0", got)
	}
	// Both numbers of the double issue, and both totals (the label had
	// cited 总第205期, half the issue).
	if got, want := iss.Label(), "2023年第11—12期（总第205—206期）"; got != want {
		t.Errorf("label %q, want %q", got, want)
	}
}

// TestRedTeamW11NoteAbove: an editors' note printed over an article
// (【编者按】…) after the article above's text is an untitled entry of its
// own before the article it heads, as over a section's first article (it
// had been the article above's last paragraph, silently); a note under
// an article (【编后】…) stays its paragraph.
func TestRedTeamW11NoteAbove(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-note-above.md", "青岚月报|2023|11|青岚县地方史志办公室|",
		"重要会议|全县冬春农田水利基本建设动员会召开|2023-11-24|2; 重要会议|||1; 重要会议|全县森林防火工作会议召开|2023-12-08|1; " +
			"重要会议|县人民医院新门诊医技综合楼投入使用|2023-11-18|2; 重要会议|全县发放困难群众冬季取暖补贴|2023-12-01|1", ""})
}

// TestRedTeamW11SpeechNoContents: a meeting's special issue saved from
// Word as text with no contents: a speech's title over its speaker's
// name and the date in brackets (林卫东 / （2024年2月26日）), typical
// speeches' titles over the body that gave them (桐溪镇人民政府): the
// names are bylines, the lines above them titles, and the columns over
// those sections (the whole body had been two untitled entries, with no
// warning).
func TestRedTeamW11SpeechNoContents(t *testing.T) {
	checkRedTeam(t, redTeamCase{"rt-w11-speech-notoc.md", "青岚月报|2024|1|青岚县地方史志办公室|2024-03-15",
		"会议综述|全县优化营商环境推进大会召开|2024-02-26|1; 领导讲话|在全县优化营商环境推进大会上的讲话|2024-02-26|8; " +
			"典型发言|以“一网通办”为抓手　打造政务服务新高地||2; 典型发言|当好“店小二”　做优“服务员”||2", ""})
}
