package parser

import (
	"testing"

	"github.com/6tail/lunar-go/calendar"
	"github.com/yuebao/yuebao/model"
)

// TestLunarTable checks the generated table against lunar-go, which it
// was made from: the first and the last day of every month of every
// lunar year in it, leap months included, and that the day after the
// last is none.
func TestLunarTable(t *testing.T) {
	for y := lunarFirstYear; y < lunarFirstYear+len(lunarNewYear); y++ {
		for e := calendar.NewLunarYear(y).GetMonthsInYear().Front(); e != nil; e = e.Next() {
			m := e.Value.(*calendar.LunarMonth)
			month, leap := m.GetMonth(), m.IsLeap()
			if leap {
				month = -month
			}
			for _, day := range []int{1, m.GetDayCount()} {
				s := calendar.NewLunarFromYmd(y, m.GetMonth(), day).GetSolar()
				want := model.MakeDate(s.GetYear(), s.GetMonth(), s.GetDay())
				got, ok := lunarToSolar(y, month, day, leap)
				if !ok || got != want {
					t.Fatalf("lunar %d-%d-%d (leap %v): got %v %v, want %v", y, month, day, leap, got, ok, want)
				}
			}
			if _, ok := lunarToSolar(y, month, m.GetDayCount()+1, leap); ok && m.GetDayCount() < 30 {
				t.Fatalf("lunar %d-%d-%d (leap %v): a day past the month's end", y, month, m.GetDayCount()+1, leap)
			}
		}
	}
}

func TestLunarLeadingDate(t *testing.T) {
	ctx := dateContext{year: 1987}
	// The days were looked up with lunar-go (NewLunarFromYmd(…).GetSolar()).
	for _, c := range []struct {
		s, want string // want "" for no lunar date
	}{
		{"农历正月初五，县城举行灯会。", "1987-02-02"},
		{"阴历八月十五日，中秋茶话会。", "1987-10-07"},
		{"农历8月15日，中秋茶话会。", "1987-10-07"},
		{"正月十五，元宵灯会。", "1987-02-12"},
		{"腊月二十三日，慰问困难群众。", "1987-01-22"}, // the lunar year that ends in 1987
		{"冬月初一，县委召开会议。", "1987-12-21"},
		{"闰六月初一，县城降暴雨。", "1987-07-26"},
		{"二月初二，春耕开始。", "1987-03-01"},
		{"三月廿八，庙会。", "1987-04-25"},
		{"1988年农历正月初一，春节团拜会。", "1988-02-17"},
		{"二月十五日，县委召开会议。", ""}, // a Gregorian date in numerals
		{"8月15日，中秋茶话会。", ""},
		{"正式成立县志办。", ""},
		{"冬季征兵开始。", ""},
		{"腊八节，施粥。", ""},
		{"闰四月初二，", ""}, // 1987 has no leap fourth month
		{"二月三十，", ""},  // 二月 of 1987 has 29 days
	} {
		d, ok := lunarLeadingDate(c.s, ctx, model.Date{})
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.s, got, c.want)
		}
	}
}

// TestLunarAfter: 腊月 under 1987年 is of the lunar year that ends in
// 1987, but after an event later than that day, of the one that begins.
func TestLunarAfter(t *testing.T) {
	ctx := dateContext{year: 1987}
	for _, c := range []struct {
		prev model.Date
		want string
	}{
		{model.Date{}, "1987-01-22"},
		{model.MakeDate(1987, 1, 10), "1987-01-22"},
		{model.MakeDate(1987, 2, 3), "1988-02-10"},
	} {
		d, ok := lunarLeadingDate("腊月二十三，县城举办迎春物资交流会。", ctx, c.prev)
		if !ok || d.String() != c.want {
			t.Errorf("after %v: got %v %v, want %s", c.prev, d, ok, c.want)
		}
	}
}
