package parser

import (
	"testing"
	"unicode/utf8"
)

func TestAnyNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
		rest string // what is left unread
	}{
		// Digits, as number() reads them.
		{"2023年", 2023, true, "年"},
		{"２０２３年", 2023, true, "年"},
		{" 11期", 11, true, "期"},
		{"12345", 1234, true, "5"}, // number() stops at 4 digits
		{"0", 0, true, ""},

		// Digit by digit.
		{"二〇二三年", 2023, true, "年"},
		{"二零二三年", 2023, true, "年"},
		{"二○二三年", 2023, true, "年"},
		{"二◯二三年", 2023, true, "年"},
		{"二O二三年", 2023, true, "年"},
		{"二Ｏ二三年", 2023, true, "年"},
		{"二o二三", 2023, true, ""},
		{"二一五期", 215, true, "期"},
		{"四日", 4, true, "日"},
		{"两", 2, true, ""},
		{"〇", 0, true, ""},
		{"二〇二三四", 2023, true, "四"}, // 4 digits, like number()
		{"一O", 10, true, ""},

		// With units.
		{"十", 10, true, ""},
		{"一十", 10, true, ""},
		{"十一期", 11, true, "期"},
		{"十二月", 12, true, "月"},
		{"二十", 20, true, ""},
		{"二十三日", 23, true, "日"},
		{"三十一日", 31, true, "日"},
		{"一百", 100, true, ""},
		{"一百零五", 105, true, ""},
		{"一百一十", 110, true, ""},
		{"一百十五", 115, true, ""},
		{"二百一十五期", 215, true, "期"},
		{"两百", 200, true, ""},
		{"一千零一十", 1010, true, ""},
		{"两千零二十三年", 2023, true, "年"},
		{"九千九百九十九", 9999, true, ""},
		{"贰佰壹拾伍", 215, true, ""},
		{"拾壹", 11, true, ""},
		{"廿三日", 23, true, "日"},
		{"廿", 20, true, ""},
		{"卅日", 30, true, "日"},

		// Stops before what does not continue the number.
		{"二十三四", 23, true, "四"},
		{"二百一", 200, true, "一"},
		{"一百零", 100, true, "零"},
		{"二十零", 20, true, "零"},
		{"十百", 10, true, "百"},
		{"一千一千", 1000, true, "一千"},
		{"十一廿", 11, true, "廿"},
		{"一千零五百", 1005, true, "百"},

		// Rejects, consuming nothing.
		{"", 0, false, ""},
		{"  ", 0, false, "  "},
		{"第十一期", 0, false, "第十一期"},
		{"百", 0, false, "百"},
		{"千年", 0, false, "千年"},
		{"O二", 0, false, "O二"},
		{"期", 0, false, "期"},
		{"abc", 0, false, "abc"},
		{"万", 0, false, "万"},
	}
	for _, tt := range tests {
		d := &dateScanner{s: tt.in}
		v, ok := d.anyNumber()
		if v != tt.want || ok != tt.ok || d.s[d.i:] != tt.rest {
			t.Errorf("anyNumber(%q) = %d, %v, rest %q; want %d, %v, rest %q", tt.in, v, ok, d.s[d.i:], tt.want, tt.ok, tt.rest)
		}
	}
}

// Scanning starts at d.i, not at the start of the string.
func TestCNNumberAtOffset(t *testing.T) {
	d := &dateScanner{s: "第十一期", i: len("第")}
	if v, ok := d.cnNumber(); !ok || v != 11 || d.s[d.i:] != "期" {
		t.Errorf("cnNumber at 第| = %d, %v, rest %q", v, ok, d.s[d.i:])
	}
	// Digits are not Chinese numerals.
	d = &dateScanner{s: "11期"}
	if _, ok := d.cnNumber(); ok || d.i != 0 {
		t.Errorf("cnNumber(11期) read %q", d.s[:d.i])
	}
}

// FuzzAnyNumber checks the scanner's contract: it stops inside s after
// whole characters, reads nothing when it fails, and stays below 10000.
func FuzzAnyNumber(f *testing.F) {
	for _, s := range []string{"二〇二三年", "二百一十五期", "一百零五", "廿三日", "十", "2023", "二O二三", "一千零一十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &dateScanner{s: s}
		v, ok := d.anyNumber()
		switch {
		case d.i < 0 || d.i > len(s) || !utf8.ValidString(s[:d.i]):
			t.Fatalf("anyNumber(%q) stopped at %d", s, d.i)
		case !ok && d.i != 0:
			t.Fatalf("anyNumber(%q) failed but read %q", s, s[:d.i])
		case ok && (v < 0 || v > 9999):
			t.Fatalf("anyNumber(%q) = %d", s, v)
		case ok && d.i == 0:
			t.Fatalf("anyNumber(%q) = %d reading nothing", s, v)
		}
	})
}
