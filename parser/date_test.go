package parser

import (
	"github.com/yuebao/yuebao/model"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLeadingDate(t *testing.T) {
	ctx := dateContext{year: 2023, issueMonth: 11}
	tests := []struct {
		in, want string
	}{
		{"11月1日，市委书记", "2023-11-01"},
		{"11 月 3 日，全市安全生产座谈会召开", "2023-11-03"},
		{"11月28日晚，全市现代水网建设座谈会召开", "2023-11-28"},
		{"11月21至24日，市委学习贯彻", "2023-11-21..2023-11-24"},
		{"11月11至12日，第十二届", "2023-11-11..2023-11-12"},
		{"11月2日至5日，市委书记", "2023-11-02..2023-11-05"},
		{"10月28日至11月3日，由河南省体育局主办", "2023-10-28..2023-11-03"},
		{"11月14日至15日，市委书记", "2023-11-14..2023-11-15"},
		{"2022年12月30日，", "2022-12-30"},
		{"１１月５日，", "2023-11-05"},
		{"11月15", ""},            // cut short by a page break: not a date yet
		{"11月2日至", "2023-11-02"}, // the range end went to the next block
		{"11月5日至3日", "2023-11-05"},
		{"13月1日", ""},
		{"11月32日", ""},
		{"市委书记11月1日", ""},
		{"2023年第11期", ""},
		// In figures and separators, as some offices print them.
		{"2023-11-12，会议召开", "2023-11-12"},
		{"2023.11.12 会议召开", "2023-11-12"},
		{"2023/11/12，会议召开", "2023-11-12"},
		{"11.3，会议乙召开", "2023-11-03"},
		{"11/9，会议辛召开", "2023-11-09"},
		{"3.5万元，", ""},
		{"11.3亿元投资", ""},
		{"1/3的企业", ""},
		{"11.3", ""},
		{"13.1，", ""},
		{"2023-11-12", ""}, // nothing after it: a line of figures, not a dated paragraph
		// In Chinese numerals, as older chronicles print them.
		{"十一月一日，市委书记", "2023-11-01"},
		{"十二月二十五日 宁川县", "2023-12-25"},
		{"七月一日至三日，", "2023-07-01..2023-07-03"},
		{"十月二十八日至十一月三日，", "2023-10-28..2023-11-03"},
		{"十二月三十日至二〇二四年一月二日　县", "2023-12-30..2024-01-02"}, // into the next year, printed
		{"12月30日至2024年1月2日，", "2023-12-30..2024-01-02"},
		{"12月30日至2022年1月2日，", "2023-12-30"}, // an end before the start is no end
		{"二〇二二年十二月三十日，", "2022-12-30"},
		{"一九八六年三月五日，", "1986-03-05"},
		{"十一月三日上午，", "2023-11-03"},
		{"廿五日，", ""},  // no month before it here, as for 25日
		{"三日内完成", ""}, // goes on a word
		{"十日谈", ""},
		{"一是加强领导", ""},
		{"一年来，", ""},
		{"十一月份，", ""},
		{"二月三十日，", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := leadingDate(tt.in, ctx)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("leadingDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBareDayAfterRange: after a range into the next month, a bare day
// from the range's first day on is of its first month, one before it of
// the next: 11月28日至12月2日, then 29日 is 11-29 and 3日 12-03.
func TestBareDayAfterRange(t *testing.T) {
	ctx := dateContext{year: 2023}
	r, ok := leadingDate("11月28日至12月2日 全县开展消防安全检查。", ctx)
	if !ok {
		t.Fatal("the range is not read")
	}
	ctx.setPrev(r)
	for in, want := range map[string]string{"29日 县政府召开常务会议。": "2023-11-29", "3日 县人大召开会议。": "2023-12-03"} {
		if d, ok := leadingDate(in, ctx); !ok || d.String() != want {
			t.Errorf("%s after the range = %v, want %s", in, d, want)
		}
	}
	ctx.setPrev(model.DateRange{Start: model.MakeDate(2023, 12, 5), End: model.MakeDate(2023, 12, 5)})
	if d, _ := leadingDate("1日 会议。", ctx); d.String() != "2023-12-01" {
		t.Errorf("1日 after 12月5日 = %v", d)
	}
}

func TestLeadingDateContext(t *testing.T) {
	// A January issue reports December of the year before.
	d, ok := leadingDate("12月30日，", dateContext{year: 2024, issueMonth: 1})
	if !ok || d.String() != "2023-12-30" {
		t.Errorf("December in a January issue = %v", d)
	}
	d, ok = leadingDate("12月28日至1月3日，", dateContext{year: 2024, issueMonth: 1})
	if !ok || d.String() != "2023-12-28..2024-01-03" {
		t.Errorf("range over new year = %v", d)
	}
	// A bare day after a dated paragraph of the same entry.
	d, ok = leadingDate("21日，陈向平作专题党课", dateContext{year: 2023, prevMonth: 11})
	if !ok || d.String() != "2023-11-21" {
		t.Errorf("bare day = %v", d)
	}
	if _, ok := leadingDate("21日，", dateContext{year: 2023}); ok {
		t.Error("a bare day without a month before it must not be a date")
	}
	// Without an issue year the date has none either.
	d, ok = leadingDate("11月1日", dateContext{})
	if !ok || d.String() != "--11-01" {
		t.Errorf("no year = %v", d)
	}
}

// TestTrimAsTrimSpace: trim's byte-level shortcuts give what
// strings.TrimSpace gives, for every character at either end.
func TestTrimAsTrimSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		pad := strings.Repeat(" ", int(r%19)) // the eight-at-a-time skip, and what it leaves
		for _, s := range []string{c, c + "中", "中" + c, c + "a" + c, "\u3000" + c + "。", c + "\u3000", pad + c + pad, pad + "\t" + pad + c + "\u3000" + pad} {
			if got, want := trim(s), strings.TrimSpace(s); got != want {
				t.Fatalf("trim(%q) = %q, want %q", s, got, want)
			}
			if got, want := isBlank(s), strings.TrimSpace(s) == ""; got != want {
				t.Fatalf("isBlank(%q) = %v, want %v", s, got, want)
			}
		}
	}
}
