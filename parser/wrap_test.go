package parser

import "testing"

// TestFullBefore: a line left short because the Latin word after it did
// not fit is as good as full, so that a sentence it ends does not end its
// paragraph (…发展情况。 / Constantinos Soutis 感谢…, wrapped at 50 cells).
func TestFullBefore(t *testing.T) {
	p := &parser{wrap: 50}
	short := "迎，并简要介绍了市情和经济社会发展情况。" // 40 cells
	for _, c := range []struct {
		next string
		want bool
	}{
		{"Constantinos Soutis 感谢平顶山的热情接待", true},
		{"感谢平顶山的热情接待，表示愿意与平顶山携手同行", false},
		{"CT 检查", false}, // 40+1+2 leaves room: the line ended short
	} {
		if got := p.fullBefore(short, c.next); got != c.want {
			t.Errorf("fullBefore(%q, %q) = %v, want %v", short, c.next, got, c.want)
		}
	}
}
