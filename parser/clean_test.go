package parser

import "testing"

// TestCleanJoiner: a zero-width joiner is taken out as a converter's
// invisible character, but kept inside an emoji sequence, where it is
// part of what the reader sees (👨‍👩‍👧 is one family, not three faces).
func TestCleanJoiner(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"会议\u200d召开", "会议召开"},
		{"👨\u200d👩\u200d👧 家庭教育", "👨\u200d👩\u200d👧 家庭教育"},
		{"🏃\u200d♀\ufe0f 健身", "🏃\u200d♀\ufe0f 健身"},
		{"\u200d开头", "开头"},
		{"结尾\u200d", "结尾"},
	} {
		if got, _ := cleanLine(c.in); got != c.want {
			t.Errorf("cleanLine(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
}

// TestCleanEntities: the HTML entities a web page's copy leaves, named and
// numeric, are their characters; what only looks like one is text.
func TestCleanEntities(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"&ldquo;平顶山企业家日&rdquo;大会召开&#12290;", "“平顶山企业家日”大会召开。"},
		{"出席会议&mdash;&mdash;并讲话&#x3002;", "出席会议——并讲话。"},
		{"会议乙召开 &amp; 听取汇报&nbsp;", "会议乙召开 & 听取汇报 "},
		{"A&B公司；R&D投入", "A&B公司；R&D投入"},
		{"&notanentity;与&;", "&notanentity;与&;"},
	} {
		if got, _ := cleanLine(c.in); got != c.want {
			t.Errorf("cleanLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCleanAutolinks: pandoc's <address> links are their address; what
// only looks like one (a < in text, a tag) is not.
func TestCleanAutolinks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"电子邮箱：<pdsnj666@sina.com>", "电子邮箱：pdsnj666@sina.com"},
		{"详见<https://www.pds.gov.cn/a.html>。", "详见https://www.pds.gov.cn/a.html。"},
		{"增长率<5%且>3%", "增长率<5%且>3%"},
		{"<a@b>", "<a@b>"},
	} {
		if got, _ := cleanLine(c.in); got != c.want {
			t.Errorf("cleanLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
