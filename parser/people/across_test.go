package people

import (
	"bytes"
	"testing"
)

// A person across issues: entries and issues counted, each role once
// with the newest issue that gives it, most mentioned first.
func TestAcross(t *testing.T) {
	cs := Across([]Issue{
		{Label: "2024年第1期", People: []Person{{Name: "李明俊", Role: "市委书记", Entries: make([]Ref, 2)}, {Name: "张征", Entries: make([]Ref, 1)}}},
		{Label: "2023年第12期", People: []Person{{Name: "李明俊", Role: "市长", Entries: make([]Ref, 3)}}},
		{Label: "2023年第11期", People: []Person{{Name: "李明俊", Role: "市长", Entries: make([]Ref, 1)}}},
	})
	var b bytes.Buffer
	if err := FormatAcross(&b, cs, nil); err != nil {
		t.Fatal(err)
	}
	want := "李明俊\t市委书记（2024年第1期）、市长（2023年第12期）\t6\t3\n张征\t\t1\t1\n"
	if b.String() != want {
		t.Errorf("FormatAcross:\n%q\nwant\n%q", b.String(), want)
	}
}
