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
