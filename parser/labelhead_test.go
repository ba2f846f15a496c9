package parser

import "testing"

// TestLabelHeadNoTitle: a notice's label or a lead-in in bold before a
// colon and a date (<strong>时间</strong>：3月25日上午9时, **据统计**：3月份…)
// is no run-in title, in HTML or Markdown; it had been an entry of its
// own, titled 时间 or 据统计, the notice cut in two, silently.
func TestLabelHeadNoTitle(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"t1-notice-html", `# 鹰城月报

2024年第3期

## 通知公告

<p><strong>关于召开全市地方志工作会议的通知</strong></p>

<p>各县（市、区）地方志办公室：</p>

<p>经研究，决定召开全市地方志工作会议。现将有关事项通知如下：</p>

<p><strong>时间</strong>：3月25日上午9时</p>

<p><strong>地点</strong>：市政府三楼会议室</p>

<p><strong>参会人员</strong>：各县（市、区）地方志办公室主任</p>

<p>请各单位按时参加。</p>
`, "关于召开全市地方志工作会议的通知"},
		{"t1-notice-md", `# 鹰城月报

2024年第3期

## 通知公告

**关于召开全市地方志工作会议的通知**

各县（市、区）地方志办公室：

经研究，决定召开全市地方志工作会议。现将有关事项通知如下：

**时间**：3月25日上午9时

**地点**：市政府三楼会议室

**参会人员**：各县（市、区）地方志办公室主任

请各单位按时参加。
`, "关于召开全市地方志工作会议的通知"},
		{"e2-stat-html", `# 鹰城月报

2024年第3期

## 经济运行

<p><strong>全市经济运行平稳</strong>：3月5日，市统计局发布数据。</p>

<p>一季度，全市经济运行总体平稳。</p>

<p><strong>据统计</strong>：3月份全市规模以上工业增加值同比增长6.5%。</p>

<p>全市上下要再接再厉。</p>
`, "全市经济运行平稳"},
		{"e2-stat-md", `# 鹰城月报

2024年第3期

## 经济运行

**全市经济运行平稳**：3月5日，市统计局发布数据。

一季度，全市经济运行总体平稳。

**据统计**：3月份全市规模以上工业增加值同比增长6.5%。

全市上下要再接再厉。
`, "全市经济运行平稳"},
	} {
		var got []string
		for _, s := range ParseText(tt.text).Sections {
			for _, e := range s.Entries {
				got = append(got, e.Title)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: entries %q, want [%q]", tt.name, got, tt.want)
		}
	}
}
