package parser

import (
	"path/filepath"
	"testing"
)

// An article's own inner structure, the forms the twenty-first session's
// sweep (TestArticleInnerReadsTheSame) had left open and this session
// reads: a point numbered as the sections are, where the contents list
// them (五、史志工作 / … / 一、总体要求); a briefing's numbered items with a
// byline, a 文号 or an editors' note under the title; a title marked ①
// over such a line; a reference to another issue alone between bold
// items; a contents-listed title over its text with a line set before
// the text; a preface's byline over contents that follow the preface.

// innerW23Fixed are the fixture×form pairs read the same since this
// session: each had read otherwise at main, nearly all silently.
var innerW23Fixed = []string{
	"一、 sub-headings|rt-w1-back-notice.md",
	"一、 sub-headings|rt-w1-notice-colon.md",
	"一、 sub-headings|rt-w1-table-columns.md",
	"一、 sub-headings|rt-w1-whole-plain.md",
	"byline|rt-w5-briefing-plain.md",
	"□ byline|rt-w5-briefing-plain.md",
	"文/ byline|rt-w5-briefing-plain.md",
	"文号|rt-w5-briefing-plain.md",
	"编者按|rt-w5-briefing-plain.md",
	"byline|rt-w5-briefing-plain-highlights.md",
	"文号|rt-w5-briefing-plain-highlights.md",
	"byline|rt-i-circled-entries.md",
	"□ byline|rt-i-circled-entries.md",
	"文/ byline|rt-i-circled-entries.md",
	"文号|rt-i-circled-entries.md",
	"编者按|rt-i-circled-entries.md",
	"issue reference|rt-w5-briefing-highlights.md",
	"issue reference|rt-w5-whole-briefing.md",
	"□ byline|rt-w20-cl20-note-contents.md",
	"文/ byline|rt-w20-cl20-note-contents.md",
	"文号|rt-w20-cl20-note-contents.md",
	"编者按|rt-w20-cl20-note-contents.md",
	"编者按|rt-toc-note-plain.md",
	"byline|rt-toc-note-plain.md",
}

// TestInnerHeadsReadTheSame: each pair above reads as its fixture does,
// the block the article's text (innerDiff), with no warning to excuse
// it: a byline or a 文号 under a title, a point numbered as the
// sections, a reference between items, set in as real copies set them.
func TestInnerHeadsReadTheSame(t *testing.T) {
	forms := map[string]innerForm{}
	for _, f := range innerForms() {
		forms[f.name] = f
	}
	want := map[string]map[string]bool{} // fixture → forms
	for _, k := range innerW23Fixed {
		form, fx, _ := cut2(k)
		if want[fx] == nil {
			want[fx] = map[string]bool{}
		}
		want[fx][form] = true
	}
	seen := 0
	for _, fx := range fixtureTexts(t) {
		names := want[filepath.Base(fx.path)]
		if names == nil {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		for name := range names {
			alt, sites := innerInsert(fx.text, ref, forms[name])
			if sites == nil {
				t.Errorf("%s: %s set in nowhere", fx.path, name)
				continue
			}
			seen++
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Fatal(err)
			}
			if d := innerDiff(ref, got, sites); d != "" {
				t.Errorf("%s with %s set in reads otherwise: %s", fx.path, name, d)
			}
		}
	}
	if seen != len(innerW23Fixed) {
		t.Errorf("%d of %d pairs tried", seen, len(innerW23Fixed))
	}
}

func cut2(k string) (string, string, bool) {
	for i := 0; i < len(k); i++ {
		if k[i] == '|' {
			return k[:i], k[i+1:], true
		}
	}
	return k, "", false
}

// TestRedTeamW23Briefing: a briefing of plain lines numbering its items
// 一、…四、, a byline, a 文号 and an editors' note each under an item's
// title over its text, a reference to another issue alone after the
// first item's: four items of 工作动态, each line its item's text (the
// items after the first had been sections, and the reference one,
// silently).
func TestRedTeamW23Briefing(t *testing.T) {
	checkRedTeam(t, redTeamCase{
		file:    "rt-w23-is23-briefing.md",
		cover:   "宁川史志工作简报|2024|5|宁川市地方史志办公室|2024-06-12",
		entries: "工作动态|一、市史志办召开第三轮修志工作推进会|2024-05-16|3; 工作动态|二、《宁川年鉴（2024）》框架设计通过评审|2024-05-28|1; 工作动态|三、市方志馆陈列布展方案基本确定|2024-06-04|2; 工作动态|四、开展“方志进校园”活动||2; 经验交流|清河县“三个坚持”扎实推进村志编纂||2",
	})
}

// TestRedTeamW23Points: a report whose contents list its sections
// numbered (五、史志工作, 六、统计资料), an article in 五 carrying a plan's
// points 一、总体要求 / 二、重点任务: the article's text, the next article
// still 五's (the points had been sections, the next article moved into
// 二、重点任务, warned only as text without a title).
func TestRedTeamW23Points(t *testing.T) {
	checkRedTeam(t, redTeamCase{
		file:    "rt-w23-is23-points.md",
		cover:   "宁川史志月报|2024|3|宁川县地方史志办公室|2024-04-08",
		entries: "史志工作|县史志办开展“地方志进校园”活动|2024-03-27|5; 史志工作|关于做好冬季供暖工作的通知|2024-03-25|1; 统计资料|2024年1—2月全县主要经济指标|2024-01..2024-02|1",
	})
}
