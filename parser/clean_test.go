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
