package parser

import (
	"strings"
	"testing"
)

// A section the contents leave out, numbered next after the open section
// and after a point of the article above (二、经验交流 / … / 一、坚持规划引领 /
// 二、坚持专业指导 / 三、简讯): read as the section, and warned of. The
// listed-point rule had made it the article's third point, the section's
// items its text, silently.
func TestUnlistedNextSectionAfterPoints(t *testing.T) {
	const src = `宁川史志月报
二〇二四年第三期
宁川县地方史志办公室编

目 录

一、工作动态
县史志办召开全县史志工作会议 1
二、经验交流
清河县扎实推进村志编纂 2

一、工作动态

县史志办召开全县史志工作会议

3月5日，县史志办召开全县史志工作会议，部署2024年工作。

二、经验交流

清河县扎实推进村志编纂

近年来，清河县把村志编纂作为重要抓手。

一、坚持规划引领

县委办、县政府办联合印发实施方案。

二、坚持专业指导

县史志办组建村志编纂指导组。

三、简讯

3月12日，县史志办组织干部赴邻县学习。

3月20日，县史志办召开党组会议。
`
	iss, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(iss.Sections) != 3 || iss.Sections[2].Name != "简讯" {
		var names []string
		for _, s := range iss.Sections {
			names = append(names, s.Label+s.Name)
		}
		t.Fatalf("sections %q, want 三、简讯 the third", names)
	}
	if ps := iss.Sections[1].Entries[0].Paragraphs; len(ps) != 5 {
		t.Errorf("清河县… has %d paragraphs, want its 5 (its points kept, the 简讯 items not)", len(ps))
	}
	warned := false
	for _, w := range iss.Warnings {
		if w.Line == 32 && strings.Contains(w.Message, "三、简讯") {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning at line 32 for 三、简讯: %v", iss.Warnings)
	}
}

// A caption under a picture in an article, marked ▲, over the photograph's
// credit and then the article's dated text: the caption is no title over
// a byline (headOverText), and the article keeps its text and date (the
// caption had been an entry, 会议现场, the article's text its, silently).
func TestCaptionOverPhotoCreditIsNoTitle(t *testing.T) {
	for _, credit := range []string{"（记者 张伟　摄）", "（张伟　摄）", "图/张伟", "（摄影 张伟）"} {
		src := `# 宁川史志月报

2024年第3期

## 工作动态

### 县史志办召开全县史志工作会议

（记者 张伟　通讯员 李娜）

![](img1.jpg)

▲会议现场

` + credit + `

3月5日，县史志办召开全县史志工作会议，部署2024年工作。

### 县史志办开展地情资料征集活动

3月12日，县史志办开展地情资料征集活动。
`
		iss, err := Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				titles = append(titles, e.Title)
			}
		}
		if len(titles) != 2 || titles[0] != "县史志办召开全县史志工作会议" {
			t.Errorf("%s: entries %q, want the two articles", credit, titles)
			continue
		}
		if e := iss.Sections[0].Entries[0]; e.Date.Start.String() != "2024-03-05" {
			t.Errorf("%s: the first article's date %v, want 2024-03-05", credit, e.Date)
		}
	}
}
