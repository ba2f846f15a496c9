package layout

import "testing"

func TestClean(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"平顶山月报", "平顶山月报"},
		{"标题\x1b[2J正文", "标题?[2J正文"},
		{"a\tb", "a b"},
		{"一\n二", "一\n二"},
		{"\x1b]52;c;aGk=\x07", "?]52;c;aGk=?"},
		{"x\u0085y\u009bz", "x??y??z"},
		{"·é\u00a0", "·é\u00a0"}, // C2 B7, C3 A9, C2 A0: not controls
		{"\x7f", "?"},
		{"name\u202etxt.md", "name???txt.md"},       // a right-to-left override
		{"a\u2066b\u2069c\u200fd", "a???b???c???d"}, // isolates and a mark
		{"“引号”—…", "“引号”—…"},                        // E2 80 9C/9D/94/A6: not controls
	} {
		got := Clean(tt.in)
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if len(got) != len(tt.in) {
			t.Errorf("Clean(%q) changed the length", tt.in)
		}
	}
}
