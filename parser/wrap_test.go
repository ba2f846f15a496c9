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

// TestJoinLatinAfterChinese: a Latin word the wrap put at a line's start
// after Chinese gets its space back where the issue sets it apart
// elsewhere, and none where it runs on in Chinese.
func TestJoinLatinAfterChinese(t *testing.T) {
	p := &parser{text: "陈向平会见院士 Constantinos Soutis。平宝号TB矿"}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"英国皇家工程院院士", "Constantinos Soutis", true},
		{"平宝号", "TB矿", false},
		{"会见", "X光", false}, // one letter: no word to look for
	} {
		if got := p.needSpace(c.a, c.b); got != c.want {
			t.Errorf("needSpace(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
