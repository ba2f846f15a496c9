package parser

import (
	"strings"
	"testing"
)

// TestNoticeDateNoSection: a notice's date alone over its addressee
// (关于…的通知 / 2024年3月 / 各乡镇人民政府： / …) is the notice's, not a
// chronicle's month: it had been a section of its own, named 2024年3月,
// silently. The addressee is a paragraph of its own, as a speech's
// salutation is.
func TestNoticeDateNoSection(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"tight", "关于开展地方志工作调研的通知\n2024年3月\n各乡镇人民政府：\n为做好修志工作，现将有关事项通知如下。\n"},
		{"blank lines", "关于开展地方志工作调研的通知\n\n2024年3月\n\n各县（市、区）地方史志办公室：\n\n为做好修志工作，现将有关事项通知如下。\n"},
		{"a day", "关于开展地方志工作调研的通知\n\n2024年3月5日\n\n市直各有关单位：\n\n为做好修志工作，现将有关事项通知如下。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			iss, err := Parse([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var paras []string
			for _, s := range iss.Sections {
				if s.Name != "" {
					t.Errorf("section %q: the notice's date read as a month's heading", s.Name)
				}
				for _, e := range s.Entries {
					for _, p := range e.Paragraphs {
						paras = append(paras, p.Text)
					}
				}
			}
			if !strings.Contains(tc.src, "\n\n") || tc.name == "a day" {
				// (Tight, the date and the addressee still run into one
				// paragraph; a day's date alone is taken for a
				// chronicle's day over its event's text.)
				return
			}
			want := strings.Split(strings.TrimSpace(tc.src), "\n\n")
			if strings.Join(paras, "|") != strings.Join(want, "|") {
				t.Errorf("paragraphs:\n got %q\nwant %q", paras, want)
			}
		})
	}
}

// TestReviewedMk20: what the day's review found the new rules misread.
// A title printed twice, inside a page and atop the next, each time over
// a meeting's dated text, is two entries, not a column's head (the
// second meeting had run into the first, its date lost); a form's blanks
// (__乡镇（街道）： / 我单位拟派__名同志…) are no __bold__ the wrap cut.
func TestReviewedMk20(t *testing.T) {
	all := parseFixtureAll(t, "review20/rt-w20-rv-title-twice.md")
	var got []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			got = append(got, e.Title+" "+e.Date.String())
		}
	}
	want := "县志办开展业务培训 2023-11-08|县档案馆开展档案检查 2023-11-10|县政府常务会议召开 2023-11-15|县政府常务会议召开 2023-11-28"
	if strings.Join(got, "|") != want {
		t.Errorf("title twice:\n got %q\nwant %q", strings.Join(got, "|"), want)
	}
	all = parseFixtureAll(t, "review20/rt-w20-rv-form-blanks.md")
	var paras []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				paras = append(paras, p.Text)
			}
		}
	}
	if j := strings.Join(paras, "|"); !strings.Contains(j, "__乡镇（街道）：|我单位拟派__名同志参加培训。") {
		t.Errorf("form blanks: paragraphs %q", paras)
	}
}
