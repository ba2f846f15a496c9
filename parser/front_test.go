package parser

import (
	"reflect"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// cover is what front() should make of a document: the fields it fills
// and the line it stops at ("" when it reads to the end).
type cover struct {
	title        string
	year, number int
	total        int
	compiler     string
	published    string
	masthead     []model.Field
	distribution string
	stop         string
}

func TestFront(t *testing.T) {
	f := func(k, v string) model.Field { return model.Field{Key: k, Value: v} }
	tests := []struct {
		name, src string
		want      cover
	}{
		{"the sample's cover",
			"\n\n# 平顶山月报\n\n2023年第11期  \n(总第215期)\n\n平顶山市地方史志办公室编\n\n2023年12月4日\n\n## 时政要闻\n",
			cover{title: "平顶山月报", year: 2023, number: 11, total: 215, compiler: "平顶山市地方史志办公室", published: "2023-12-04", stop: "## 时政要闻"}},
		{"Chinese numerals",
			"# 平顶山月报\n二〇二三年第十一期\n（总第二一五期）\n二〇二三年十二月四日\n\n目 录\n",
			cover{title: "平顶山月报", year: 2023, number: 11, total: 215, published: "2023-12-04", stop: "目 录"}},
		{"OCR zeros and 零", "二O二三年第十二期\n二零二三年十二月三十一日\n正文。",
			cover{year: 2023, number: 12, published: "2023-12-31", stop: "正文。"}},
		{"space between year and number", "2023年 第11期\n正文。",
			cover{year: 2023, number: 11, stop: "正文。"}},
		{"number and total on one line", "2023年第11期（总第215期）\n正文。",
			cover{year: 2023, number: 11, total: 215, stop: "正文。"}},
		{"number and total apart on one line", "2023年第11期 总第215期\n正文。",
			cover{year: 2023, number: 11, total: 215, stop: "正文。"}},
		{"bare total", "第11期\n总第215期\n正文。",
			cover{number: 11, total: 215, stop: "正文。"}},
		{"number alone takes the year of publication", "第11期\n2023年12月4日\n正文。",
			cover{year: 2023, number: 11, published: "2023-12-04", stop: "正文。"}},
		{"a December issue published in January", "第十二期\n2024年1月5日\n正文。",
			cover{year: 2023, number: 12, published: "2024-01-05", stop: "正文。"}},
		{"a year on its own line", "2023年\n第11期\n正文。",
			cover{year: 2023, number: 11, stop: "正文。"}},
		{"number without any year", "第11期\n正文。",
			cover{number: 11, stop: "正文。"}},
		{"issue number as a heading", "# 平顶山月报\n## 2023年第11期\n## 时政要闻\n",
			cover{title: "平顶山月报", year: 2023, number: 11, stop: "## 时政要闻"}},

		{"date 2023-12-04", "2023-12-04\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date 2023.12.4", "2023.12.4\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date 2023/12/04", "2023/12/04\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date with 出版", "2023年12月4日出版\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date with 印发", "二〇二三年十二月四日 印发\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date with 编印", "2023年12月4日编印\n正文。", cover{published: "2023-12-04", stop: "正文。"}},
		{"date with text after it is body", "2023年12月4日，市委召开常委会。\n",
			cover{stop: "2023年12月4日，市委召开常委会。"}},
		{"mixed separators are not a date", "2023-12.04\n", cover{stop: "2023-12.04"}},
		{"date without a year is body", "12月4日\n", cover{stop: "12月4日"}},
		{"impossible date", "2023年13月4日\n", cover{stop: "2023年13月4日"}},

		{"plain title before the issue number", "平顶山月报\n\n2023年第11期\n正文。",
			cover{title: "平顶山月报", year: 2023, number: 11, stop: "正文。"}},
		{"title in 《》", "《平顶山月报》\n第十一期\n正文。",
			cover{title: "平顶山月报", number: 11, stop: "正文。"}},
		{"bold title", "**平顶山月报**\n2023年第11期\n正文。",
			cover{title: "平顶山月报", year: 2023, number: 11, stop: "正文。"}},
		{"bold title and 《》", "**《平顶山月报》**\n（总第215期）\n正文。",
			cover{title: "平顶山月报", total: 215, stop: "正文。"}},
		{"a plain line not before a number is not a title", "平顶山月报\n正文。",
			cover{stop: "平顶山月报"}},
		// (Unless it names a periodical over a cover's or a column's line:
		// set plain, the name had been text, the issue untitled.)
		{"a periodical's name over a column's is the title", "平顶山月报\n时政要闻\n正文。",
			cover{title: "平顶山月报", stop: "时政要闻"}},
		{"a bold line not before a number is not a title", "**尧山实验室理事会第一次会议召开**\n\n11月10日，会议召开。\n",
			cover{stop: "**尧山实验室理事会第一次会议召开**"}},
		{"a sentence is not a title", "市委召开常委会，研究工作。\n第11期\n",
			cover{stop: "市委召开常委会，研究工作。"}},
		{"a second H1 ends the cover", "# 平顶山月报\n# 时政要闻\n", cover{title: "平顶山月报", stop: "# 时政要闻"}},

		{"compiler", "平顶山市地方史志办公室编\n正文。",
			cover{compiler: "平顶山市地方史志办公室", stop: "正文。"}},
		{"compiler with 编印", "平顶山市地方史志办公室　编印\n正文。",
			cover{compiler: "平顶山市地方史志办公室", stop: "正文。"}},
		{"编印 as a masthead field names the compiler", "编印：平顶山市地方史志办公室\n平顶山市地方史志办公室编\n正文。",
			cover{compiler: "平顶山市地方史志办公室", masthead: []model.Field{f("编印", "平顶山市地方史志办公室")}, stop: "正文。"}},
		{"a title ending in 汇编 is no compiler", "平顶山市政策汇编\n", cover{stop: "平顶山市政策汇编"}},
		{"a second, different compiler ends the cover", "甲市史志办编\n乙市史志办编\n", cover{compiler: "甲市史志办", stop: "乙市史志办编"}},

		{"masthead lines", "# 平顶山月报\n主 管：平顶山市人民政府\n主办:平顶山市地方史志办公室\n责 任 编辑：张 征\n\n## 时政要闻\n",
			cover{title: "平顶山月报", masthead: []model.Field{
				f("主管", "平顶山市人民政府"), f("主办", "平顶山市地方史志办公室"), f("责任编辑", "张 征"),
			}, stop: "## 时政要闻"}},
		{"two fields on one line", "主 管：平顶山市人民政府　主 办：平顶山市地方史志办公室\n主编：孙洪涛 副主编：姬廷宣\n网址：http://www.pds.gov.cn 邮箱：pdsnj666@sina.com\n正文。",
			cover{masthead: []model.Field{
				f("主管", "平顶山市人民政府"), f("主办", "平顶山市地方史志办公室"),
				f("主编", "孙洪涛"), f("副主编", "姬廷宣"),
				f("网址", "http://www.pds.gov.cn"), f("邮箱", "pdsnj666@sina.com"),
			}, stop: "正文。"}},
		{"licence numbers", "准印证号：豫内资连准字第0412号\n内部资料性出版物准印证号：(豫)0412\n正文。",
			cover{masthead: []model.Field{f("准印证号", "豫内资连准字第0412号"), f("内部资料性出版物准印证号", "(豫)0412")}, stop: "正文。"}},
		{"distribution, wrapped", "发放范围：市委常委，市人大常委会主任、\n副主任，各重点企业\n主编：孙洪涛\n正文。",
			cover{distribution: "市委常委，市人大常委会主任、副主任，各重点企业", masthead: []model.Field{f("主编", "孙洪涛")}, stop: "正文。"}},
		{"distribution stops before a heading", "发送范围：市委常委\n## 时政要闻\n",
			cover{distribution: "市委常委", stop: "## 时政要闻"}},
		{"unknown key outside a rule is body", "说明：本期内容。\n", cover{stop: "说明：本期内容。"}},
		{"unknown key after a rule", "# 平顶山月报\n---\n说 明：内部刊物\n---\n\n## 时政要闻\n",
			cover{title: "平顶山月报", masthead: []model.Field{f("说明", "内部刊物")}, stop: "---"}},

		{"table with header row", "| 主管 | 平顶山市人民政府 |\n|---|---|\n| 主办 | 平顶山市地方史志办公室 |\n| 发放范围 | 市委常委 |\n\n## 时政要闻\n",
			cover{masthead: []model.Field{f("主管", "平顶山市人民政府"), f("主办", "平顶山市地方史志办公室")}, distribution: "市委常委", stop: "## 时政要闻"}},
		{"table without header row", "| 主 管 | 平顶山市人民政府 |\n| **主编** | 孙洪涛 |\n正文。",
			cover{masthead: []model.Field{f("主管", "平顶山市人民政府"), f("主编", "孙洪涛")}, stop: "正文。"}},
		{"table with column labels", "| 项目 | 内容 |\n| :-- | --- |\n| 主管 | 平顶山市人民政府 |\n正文。",
			cover{masthead: []model.Field{f("主管", "平顶山市人民政府")}, stop: "正文。"}},
		{"table with several pairs a row", "| 主管 | 平顶山市人民政府 | 主办 | 平顶山市地方史志办公室 |\n| 主编： | 孙洪涛 | 电话 | |\n| 地址：平顶山市 | 邮编：467000 |\n正文。",
			cover{masthead: []model.Field{
				f("主管", "平顶山市人民政府"), f("主办", "平顶山市地方史志办公室"),
				f("主编", "孙洪涛"), f("电话", ""), f("地址", "平顶山市"), f("邮编", "467000"),
			}, stop: "正文。"}},
		{"table with keys in the header row", "| 主管 | 主编 |\n|---|---|\n| 平顶山市人民政府 | 孙洪涛 |\n正文。",
			cover{masthead: []model.Field{f("主管", "平顶山市人民政府"), f("主编", "孙洪涛")}, stop: "正文。"}},
		{"a table of contents in a table is not masthead", "# 平顶山月报\n| 篇目 | 页码 |\n|---|---|\n| 时政要闻 | 6 |\n",
			cover{title: "平顶山月报", stop: "| 篇目 | 页码 |"}},
		{"masthead table, then a TOC table", "| 主管 | 平顶山市人民政府 |\n| 时政要闻 | 6 |\n",
			cover{masthead: []model.Field{f("主管", "平顶山市人民政府")}, stop: "| 时政要闻 | 6 |"}},
		{"a separator on its own is not cover", "|---|---|\n", cover{stop: "|---|---|"}},

		{"notices", "内部资料\n（内部资料，注意保存）\n内部资料 免费交流\n**注意保存**\n# 平顶山月报\n2023年第11期\n## 目录\n",
			cover{title: "平顶山月报", year: 2023, number: 11, masthead: []model.Field{
				f("", "内部资料"), f("", "（内部资料，注意保存）"), f("", "内部资料 免费交流"), f("", "注意保存"),
			}, stop: "## 目录"}},
		{"a notice with more text is body", "内部资料请勿外传给任何人\n", cover{stop: "内部资料请勿外传给任何人"}},

		{"stops at a TOC entry", "# 平顶山月报\n2023年第11期\n市委主题教育第二期读书班开班 ..... (8)\n",
			cover{title: "平顶山月报", year: 2023, number: 11, stop: "市委主题教育第二期读书班开班 ..... (8)"}},
		{"a TOC entry that looks like a field", "主编：孙洪涛谈史志工作 ..... (8)\n",
			cover{stop: "主编：孙洪涛谈史志工作 ..... (8)"}},
		{"an issue number inside text is body", "2023年第11期\n第二期读书班开班\n",
			cover{year: 2023, number: 11, stop: "第二期读书班开班"}},
		{"issue number and something else", "2023年第11期 平顶山市地方史志办公室编\n",
			cover{stop: "2023年第11期 平顶山市地方史志办公室编"}},
		{"a second, different number ends the cover", "2023年第11期\n2023年第12期\n",
			cover{year: 2023, number: 11, stop: "2023年第12期"}},
		{"the same number twice is cover", "2023年第11期\n第十一期\n正文。",
			cover{year: 2023, number: 11, stop: "正文。"}},
		{"a rule after the cover is left for what follows", "# 平顶山月报\n\n---\n\n| 时政要闻 | 6 |\n",
			cover{title: "平顶山月报", stop: "---"}},
		{"no cover", "只有一句话，没有任何结构。", cover{stop: "只有一句话，没有任何结构。"}},
		{"nothing but cover", "# 平顶山月报\n2023年第11期\n\n", cover{title: "平顶山月报", year: 2023, number: 11}},
		{"empty", "", cover{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &parser{lines: splitLines(tt.src), iss: &model.Issue{}}
			p.front()
			iss := p.iss
			got := cover{
				title: iss.Title, year: iss.Year, number: iss.Number, total: iss.Total,
				compiler: iss.Compiler, published: iss.Published.String(),
				masthead: iss.Masthead, distribution: iss.Distribution,
			}
			if p.pos < len(p.lines) {
				got.stop = p.lines[p.pos]
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("front(%q) =\n  %+v\nwant\n  %+v", tt.src, got, tt.want)
			}
		})
	}
}

// Every masthead form reaches the model through Parse too, and the body
// after the cover is kept whole.
func TestFrontThroughParse(t *testing.T) {
	src := "内部资料\n《平顶山月报》\n二〇二三年第十一期（总第二一五期）\n| 主管 | 平顶山市人民政府 |\n|---|---|\n| 发放范围 | 市委常委 |\n\n## 时政要闻\n\n**尧山实验室理事会第一次会议召开** 11月10日，会议召开。\n"
	iss := ParseText(src)
	if iss.Title != "平顶山月报" || iss.Year != 2023 || iss.Number != 11 || iss.Total != 215 || iss.Distribution != "市委常委" {
		t.Errorf("cover = %q %d %d %d %q", iss.Title, iss.Year, iss.Number, iss.Total, iss.Distribution)
	}
	want := []model.Field{{Value: "内部资料"}, {Key: "主管", Value: "平顶山市人民政府"}}
	if !reflect.DeepEqual(iss.Masthead, want) {
		t.Errorf("masthead = %+v", iss.Masthead)
	}
	wantSections(t, iss, "时政要闻:尧山实验室理事会第一次会议召开")
	if got := iss.Sections[0].Entries[0].Date.String(); got != "2023-11-10" {
		t.Errorf("entry date = %s", got)
	}
	checkLossless(t, "cover", src)
}

// FuzzFront checks that front() ends inside the document, on a line that
// is not blank, and keeps every masthead field it reads.
func FuzzFront(f *testing.F) {
	f.Add("# 平顶山月报\n二〇二三年第十一期（总第二一五期）\n| 主管 | 主办 |\n|---|---|\n| 甲 | 乙 |\n发放范围：甲\n乙\n主 管：甲　主 办：乙\n内部资料\n平顶山市地方史志办公室编\n2023-12-04 出版\n\n## 时政要闻\n")
	f.Add("**《平顶山月报》**\n第11期\n| 项目 | 内容 |\n| :-- | --- |\n| 主管 | 甲 | 主编 | |\n---\n说明：甲\n")
	f.Add(fixFront)
	f.Fuzz(func(t *testing.T, s string) {
		p := &parser{lines: splitLines(s), iss: &model.Issue{}}
		p.front()
		if p.pos < 0 || p.pos > len(p.lines) || p.pos < len(p.lines) && isBlank(p.lines[p.pos]) {
			t.Fatalf("front stopped at %d of %d lines", p.pos, len(p.lines))
		}
		for _, fl := range p.iss.Masthead {
			if fl.Key == "" && fl.Value == "" {
				t.Fatalf("empty masthead field from %q", s)
			}
		}
	})
}
