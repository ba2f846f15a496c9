package parser

import (
	"strconv"
	"strings"
	"testing"
)

// A copy OCR set one space between every two characters (Tesseract's
// Chinese models) reads with its titles and text set tight, as printed.
// Before, its structure was read but every title and paragraph kept the
// spaces: 县 史 志 办 召 开 年 鉴 编 纂 工 作 会 议.
func TestLetterSpacedCopy(t *testing.T) {
	all := parseAllFile(t, "rt-ocr-spaced.md")
	iss := all[0]
	if got := issuesSummary(all); got != "宁川史志|2024|2|146|3|0" {
		t.Errorf("issues: %s", got)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, s.Name+" | "+e.Title+" | p"+strconv.Itoa(e.Page)+" | "+e.Date.String()+" | "+e.Paragraphs[0].Text)
		}
	}
	want := []string{
		"工作动态 | 县史志办召开年鉴编纂工作会议 | p1 | 2024-02-06 | 2月6日，县史志办召开《宁川年鉴（2024）》编纂工作会议，全县86个供稿单位的分管领导和撰稿人参加会议。会议部署了年鉴编纂任务，明确了交稿时限。",
		"工作动态 | 石桥乡村志通过评审 | p2 | 2024-02-20 | 2月20日，《石桥乡村志》评审会在石桥乡召开。评审组认为，该志体例完备、资料翔实，同意修改后出版。",
		// (A space before a figure after a word goes, as printed; one
		// before a date stays: it may be all that ends a title run into
		// its date.)
		"县区传真 | 北关镇启动镇志编纂 | p3 | 2024-02-27 | 2月27日，北关镇召开镇志编纂动员会，成立编纂委员会，抽调3名工作人员组成编纂办公室。",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSpacedCopy(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	spaced := string(readFixture(t, "rt-ocr-spaced.md"))
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"the sample", sample, false},
		{"a spaced copy", spaced, true},
		// A masthead's names and a title set wide are not a copy set so.
		{"the sample, its masthead set wide", strings.Replace(sample, "主 编：孙洪涛", "主 编：孙 洪 涛　目 录　时 政 要 闻　领 导 活 动", 1), false},
		// A cover and contents set wide over a body set tight.
		{"the sample, its front set wide", spacedFront(sample), false},
	} {
		if got := spacedCopy(c.text); got != c.want {
			t.Errorf("%s: spacedCopy = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestUnspaceCJK(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"县 史 志 办 召 开", "县史志办召开"},
		{"## 工 作 动 态", "## 工作动态"},
		{"- 石 桥 乡 村 志 通 过 评 审 …… 2", "- 石桥乡村志通过评审…… 2"},
		{"“ 领 跑 县 ” 11 月 25 日", "“领跑县” 11月25日"},
		{"1. 县 志 办", "1. 县志办"},
		{"2 月 6 日 ， 县 史 志 办", "2月6日，县史志办"},
		{"工 作 会 议 11 月 1 日 ，", "工作会议 11月1日，"},
		{"第 11 期 （ 总 第 215 期 ）", "第11期（总第215期）"},
		{"院 士 Constantinos Soutis", "院士 Constantinos Soutis"},
		{"城 关 镇  1200  东 关 镇", "城关镇  1200  东关镇"}, // (columns)
		{"县志办召开会议", "县志办召开会议"},
		{"县\u00a0史 志", "县史志"},
		{"电 话 ： 0375-2665581 邮 箱 ： pdsnj666@sina.com", "电话：0375-2665581 邮箱：pdsnj666@sina.com"},
		{"| 地 区 生 产 总 值 | 215.6 亿 元 | 5.2% |", "| 地区生产总值 | 215.6亿元 | 5.2% |"},
	} {
		if got := unspaceCJK(c.in); got != c.want {
			t.Errorf("unspaceCJK(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// spacedFront is text with its first 120 lines letter-spaced.
func spacedFront(text string) string {
	ls := strings.SplitAfter(text, "\n")
	for i := range min(120, len(ls)) {
		ls[i] = letterSpace(ls[i])
	}
	return strings.Join(ls, "")
}
