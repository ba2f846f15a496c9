package parser

import "testing"

// TestRedTeamN holds copies of collections and special issues a red team
// wrote (testdata/rt-n-*.md) that the parser had read silently wrong.
func TestRedTeamN(t *testing.T) {
	for _, c := range []redTeamCase{
		// Sections numbered as parts in English (## PART 1 工作动态):
		// PART 1 is the label, 工作动态 the name (the number had stayed
		// in the name).
		{"rt-n-part-english.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|1; 县区动态|东城区完成村志初稿|2023-11-20|1", ""},
		// A bold part's name over a bold title (**专题一：学习贯彻党的二十大精神** /
		// **县史志办召开专题学习会** 11月3日，…): a section, 专题一： its label,
		// not the first half of one title (the two had been joined).
		{"rt-n-zhuanti-bold.md", "宁川史志|2023|11||",
			"学习贯彻党的二十大精神|县史志办召开专题学习会|2023-11-03|1; 学习贯彻党的二十大精神|县志办开展主题党日活动|2023-11-08|1; 第二轮修志|《宁川县志》通过终审|2023-11-15|1; 第二轮修志|东城区完成村志初稿|2023-11-20|1", ""},
		// News in brief led by their place (东城区：11月6日，…, 北山乡：…, no
		// date): each its own item, dated by its date (they had been one
		// undated entry of four paragraphs).
		{"rt-n-brief-places.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 县区简讯||2023-11-06|1; 县区简讯||2023-11-10|1; 县区简讯||2023-11-18|1; 县区简讯|||1", ""},
		// An annex after the last article (附件： / …方案 / 一、指导思想 / text /
		// 二、时间安排 / 12月31日前完成…), under ## sections with bold titles:
		// the point after a point is a paragraph too, over a date as well
		// (二、时间安排 had been an entry of its own, dated 12月31日).
		{"rt-n-annex-points.md", "宁川史志|2023|11||",
			"工作动态|县史志办召开年鉴编纂工作会议|2023-11-03|1; 工作动态|县志办开展地情资料征集活动|2023-11-08|7", ""},
		// A year's issues bound in one file (合订本), divided only by
		// headings (## 第1期 … ## 第12期): each a section, and the first no
		// cover number (it had made the whole a January issue, and its
		// December 2022).
		{"rt-n-bound-headings.md", "宁川史志（2023年合订本）|0|0|宁川县地方史志办公室|",
			"第1期|县史志办召开2023年工作会议|2023-01-10|1; 第1期|《宁川年鉴（2023）》编纂工作启动|2023-01-18|1; 第2期|县志办开展地情资料征集活动|2023-02-08|1; 第2期|东城区完成村志初稿|2023-02-20|1; 第3期|县史志办举办业务培训班|2023-03-15|1; 第12期|县史志办召开年终总结会|2023-12-28|1", ""},
	} {
		checkRedTeam(t, c)
	}
}
