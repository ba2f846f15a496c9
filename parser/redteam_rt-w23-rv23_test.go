package parser

import (
	"strings"
	"testing"
)

// TestEditorFootAlternate: a pdftotext copy of six pages whose even
// pages print the editor's line as their running foot over the page's
// number (…口述 / 责任编辑：王丽 / — 2 — / form feed / 资料录音…), the odd
// ones the journal's name: a running foot over half the pages, under a
// sentence the page's break cut, not an article's last line (it had been
// read as the articles' text, each paragraph it cut split in two round
// it, silently).
func TestEditorFootAlternate(t *testing.T) {
	iss, err := Parse([]byte(rv23AlternateFeet))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if strings.Contains(p.Text, "责任编辑") {
					t.Errorf("%s: the running foot read as text: %q", e.Title, p.Text)
				}
				if strings.Contains(p.Text, "口述资料录音12小时") {
					found = true
				}
			}
		}
	}
	if !found {
		t.Errorf("the paragraph the foot cut (…口述 / 资料录音…) is not one")
	}
}

// TestSimpleTableAmbiguousWidth: pandoc's simple table (pandoc 2.17,
// -t markdown) whose cells hold characters of ambiguous width (—, …, ℃),
// which pandoc sets one column wide: a row with — right in its column
// is a row, and so the rows after it (the table had ended over it, its
// rows read as lines of text, silently).
func TestSimpleTableAmbiguousWidth(t *testing.T) {
	iss, err := Parse([]byte(rv23PandocAmbiguous))
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if strings.HasPrefix(p.Text, "|") {
					rows = append(rows, p.Text)
				}
			}
		}
	}
	want := []string{"| 指标 | 前三季度 | 增长% |", "| 地区生产总值 | 156.3 | 6.1 |", "| 规模以上工业增加值 | — | 7.2 |", "| 平均气温（℃） | 15.2 | … |", "| 社会消费品零售总额 | 58.4 | 5.3 |"}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}

// rv23AlternateFeet and rv23PandocAmbiguous are the two copies, inline:
// not fixtures, which every sweep would set its forms into (an editor's
// line set at each article's end as well as on the even pages' feet is
// no copy's).
var (
	rv23AlternateFeet   = "宁川史志\n\n2023年第11期\n\n宁川县地方史志办公室编　2023年12月5日\n\n工作动态\n\n县史志办召开年鉴编纂工作会议\n\n１１月３日，县史志办召开《宁川年鉴（2023）》编纂工作会议，总结上年\n度年鉴编纂工作，部署本年度任务。县史志办主任刘文生出席会议并讲话，要\n\n宁川史志\n\n— 1 —\n\f求各承编单位按时报送资料，确保年鉴质量。会议还对年鉴编纂中存在的问题\n进行了分析，提出了整改措施。\n\n县志办开展地情资料征集活动\n\n11月10日，县志办在全县范围内开展地情资料征集活动，共征集图片、文献\n资料320余件，其中民国时期档案42件，新中国成立初期的照片86幅，口述\n\n责任编辑：王丽\n\n— 2 —\n\f资料录音12小时。征集活动得到了社会各界的积极响应。\n\n《宁川县志》通过终审\n\n11月15日，《宁川县志（1991—2020）》终审会在县会议中心召开。评审组认\n为，该志体例完备，资料翔实，同意通过终审，并对进一步修改完善提出了\n\n宁川史志\n\n— 3 —\n\f具体意见。县委副书记王明出席会议并讲话。\n\n县区动态\n\n东城区完成村志初稿\n\n11月20日，东城区各村完成村志初稿编写，共计二十余万字。区志办组织专\n家对初稿进行了审读，要求各村在12月底前完成修改，确保明年上半年全部\n\n责任编辑：王丽\n\n— 4 —\n\f出版。\n\n石桥乡召开村志编纂推进会\n\n11月24日，石桥乡召开村志编纂推进会，乡党委书记张伟出席会议并讲话。\n会议要求各村加快进度，确保质量。\n\n宁川史志\n\n— 5 —\n\f城关镇开展地名文化调查\n\n11月28日，城关镇启动地名文化调查，组织人员走访老街巷、老地名，收集\n相关资料。此次调查将持续到明年3月。\n\n责任编辑：王丽\n\n— 6 —\n"
	rv23PandocAmbiguous = "# 宁川史志\n\n2023年第11期\n\n## 经济运行\n\n**前三季度全县经济运行情况**\n\n前三季度，全县经济运行总体平稳，主要指标增长情况如下。\n\n  指标                   前三季度   增长%\n  -------------------- ---------- -------\n  地区生产总值              156.3     6.1\n  规模以上工业增加值            —     7.2\n  平均气温（℃）              15.2       …\n  社会消费品零售总额         58.4     5.3\n\n下一步，全县将围绕全年目标任务，狠抓项目建设。\n"
)

// TestYearbookTableEndsBlock: a yearbook with no blank lines, a pipe
// table under a 条目's text, then a part's and a chapter's names (经济 /
// 农业): headings, not one paragraph of the table's 条目. (The rule had
// no test that failed without it: noblank-headings.md and
// noblank-fenmu.md stay in ibSkip, which lets every form go.)
func TestYearbookTableEndsBlock(t *testing.T) {
	iss, err := Parse([]byte(rv23YearbookPipe))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range iss.Sections {
		names = append(names, s.Name)
	}
	if got, want := strings.Join(names, " / "), "中共宁川县委员会 / 宁川县人民代表大会常务委员会 / 经济 / 农业"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
}

var rv23YearbookPipe = "宁川年鉴（2023）\n中共宁川县委员会\n【重要会议】1月10日，县委十四届二次全会召开。\n【组织工作】全年选拔任用干部120名。\n撰稿：张　伟\n宁川县人民代表大会常务委员会\n【代表工作】全年组织代表视察调研活动18次。\n| 项目 | 数量 |\n|---|---|\n| 视察调研 | 18 |\n| 代表建议 | 126 |\n经济\n农业\n【粮食生产】全县粮食播种面积82万亩，总产量38万吨。\n【经济作物】全县蔬菜种植面积12万亩。\n"
