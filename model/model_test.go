package model

import (
	"fmt"
	"math"
	"testing"
)

func TestDateStrings(t *testing.T) {
	d := Date{Year: 2023, Month: 11, Day: 2}
	e := Date{Year: 2023, Month: 11, Day: 5}
	tests := []struct{ got, want string }{
		{d.String(), "2023-11-02"},
		{Date{Month: 11, Day: 2}.String(), "--11-02"},
		{Date{}.String(), ""},
		{d.MonthDay(), "11-02"},
		{DateRange{Start: d, End: d}.String(), "2023-11-02"},
		{DateRange{Start: d, End: e}.String(), "2023-11-02..2023-11-05"},
		{DateRange{}.String(), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	r := DateRange{Start: d, End: e}
	if !r.Contains(Date{Year: 2023, Month: 11, Day: 3}) || r.Contains(Date{Year: 2023, Month: 11, Day: 6}) || (DateRange{}).Contains(d) {
		t.Error("Contains is wrong at the edges")
	}
}

func TestHeader(t *testing.T) {
	iss := &Issue{Title: "平顶山月报", Year: 2023, Number: 11, Total: 215, Published: Date{2023, 12, 4}}
	if got := iss.Header(); got != "平顶山月报 · 2023年第11期（总第215期）· 2023-12-04" {
		t.Errorf("Header() = %q", got)
	}
	if got := (&Issue{Title: "大事记", Number: 3}).Header(); got != "大事记 · 第3期" {
		t.Errorf("Header() without year = %q", got)
	}
	if got := (&Issue{}).Header(); got != "" {
		t.Errorf("Header() of nothing = %q", got)
	}
}

// TestDateStringAsSprintf: String formats by hand, for WriteJSON's sake,
// what fmt.Sprintf("%04d-%02d-%02d") and ("--%02d-%02d") printed, for any
// numbers at all.
func TestDateStringAsSprintf(t *testing.T) {
	years := []int{0, 1, 9, 10, 12, 99, 100, 999, 1000, 2023, 10000, -1, -9, -10, -999, -1000, math.MaxInt16, math.MinInt16}
	days := []int{0, 1, 9, 10, 12, 31, 99, -1, -9, -10, math.MaxInt8, math.MinInt8}
	for _, y := range years {
		for _, m := range days {
			for _, d := range days {
				date := MakeDate(y, m, d)
				want := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
				switch {
				case y == 0 && d == 0:
					want = fmt.Sprintf("--%02d", m)
				case y == 0:
					want = fmt.Sprintf("--%02d-%02d", m, d)
				case m == 0 && d == 0:
					want = fmt.Sprintf("%04d", y) // a year
				case d == 0:
					want = fmt.Sprintf("%04d-%02d", y, m) // a month
				}
				if date.IsZero() {
					want = ""
				}
				if got := date.String(); got != want {
					t.Fatalf("%#v.String() = %q, want %q", date, got, want)
				}
			}
		}
	}
}

// TestDisplayTitle: an issue is never nameless where it can help it: its
// title, else its first heading, else the name of its file.
func TestDisplayTitle(t *testing.T) {
	tests := []struct {
		iss  Issue
		want string
	}{
		{Issue{Title: "平顶山月报", Name: "pds"}, "平顶山月报"},
		{Issue{Sections: []Section{{}, {Name: "1986年"}}, Name: "ningchuan"}, "1986年"},
		{Issue{Sections: []Section{{}}, Name: "ningchuan"}, "ningchuan"},
		{Issue{}, ""},
	}
	for _, tt := range tests {
		if got := tt.iss.DisplayTitle(); got != tt.want {
			t.Errorf("DisplayTitle() = %q, want %q", got, tt.want)
		}
	}
	iss := Issue{Name: "ningchuan", Year: 1986}
	if got := iss.Header(); got != "ningchuan · 1986年" {
		t.Errorf("Header() = %q, want the file's name and the year", got)
	}
}

// TestLabel: the issue's label says its year and number, and not a year
// alone that its title says already.
func TestLabel(t *testing.T) {
	for _, c := range []struct {
		iss  Issue
		want string
	}{
		{Issue{Title: "平顶山月报", Year: 2023, Number: 11, Total: 215}, "2023年第11期（总第215期）"},
		{Issue{Title: "平顶山月报", Total: 215}, "（总第215期）"},
		{Issue{Title: "宁川年鉴", Year: 2023}, "2023年"},
		{Issue{Title: "宁川年鉴（2023）", Year: 2023}, ""},
		{Issue{Title: "宁川县2023年11月大事记", Year: 2023}, ""},
		{Issue{Title: "2023年平顶山月报", Year: 2023, Number: 11}, "2023年第11期"},
	} {
		if got := c.iss.Label(); got != c.want {
			t.Errorf("%q %d/%d/%d: label %q, want %q", c.iss.Title, c.iss.Year, c.iss.Number, c.iss.Total, got, c.want)
		}
	}
}

// TestManyYears: the dates of a chronicle of several years are shown with
// their year, a report's without.
func TestManyYears(t *testing.T) {
	day := func(y, m, d int) Entry {
		return Entry{Date: DateRange{Start: MakeDate(y, m, d), End: MakeDate(y, m, d)}}
	}
	one := &Issue{Sections: []Section{{Entries: []Entry{day(2023, 11, 1), {}, day(2023, 12, 2), day(0, 1, 5)}}}}
	many := &Issue{Sections: []Section{{Entries: []Entry{day(1986, 1, 10)}}, {Entries: []Entry{{}, day(1987, 2, 3)}}}}
	if one.ManyYears() {
		t.Error("one year: ManyYears is true")
	}
	if !many.ManyYears() {
		t.Error("1986 and 1987: ManyYears is false")
	}
	r := many.Sections[1].Entries[1].Date
	for _, c := range []struct {
		years bool
		want  string
	}{{false, "02-03"}, {true, "1987-02-03"}} {
		if got := r.Label(c.years); got != c.want {
			t.Errorf("Label(%v) = %q, want %q", c.years, got, c.want)
		}
	}
	span := DateRange{Start: MakeDate(1986, 3, 1), End: MakeDate(1986, 3, 4)}
	if got := span.Label(true); got != "1986-03-01..1986-03-04" {
		t.Errorf("a range: Label(true) = %q", got)
	}
}

// TestLatest: an issue with no number is placed by its latest dated day,
// a range's end, the undated and year-less entries aside.
func TestLatest(t *testing.T) {
	iss := &Issue{Sections: []Section{{Entries: []Entry{
		{Date: DateRange{Start: MakeDate(2023, 12, 29), End: MakeDate(2023, 12, 29)}},
		{Date: DateRange{Start: MakeDate(2024, 1, 2), End: MakeDate(2024, 1, 5)}},
		{Date: DateRange{Start: MakeDate(0, 3, 1), End: MakeDate(0, 3, 1)}},
		{},
	}}}}
	if got, want := iss.Latest(), MakeDate(2024, 1, 5); got != want {
		t.Errorf("Latest() = %v, want %v", got, want)
	}
	if got := (&Issue{}).Latest(); !got.IsZero() {
		t.Errorf("Latest() of an empty issue = %v", got)
	}
}
