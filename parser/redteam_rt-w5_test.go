package parser

import (
	"testing"
)

// TestRedTeamBriefingOCRForms holds the forms that the whole copies of a
// work briefing and of a scanned monthly report with its month's chronicle
// (testdata/rt-w5-whole-*.md) were read wrong by, each in a copy of its
// own (testdata/rt-w5-*.md).
func TestRedTeamBriefingOCRForms(t *testing.T) {
	for _, c := range []redTeamCase{
		// OCR's △ from a scan: the Greek capital Δ or the increment sign
		// ∆ before an event's text, a space after it or none. Each is the
		// same day's event (each had been a paragraph of the event above,
		// silently).
		{"rt-w5-ocr-delta.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-01|1; 宁川市2023年11月大事记||2023-11-02|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-14|1", ""},
		// OCR's 曰 for 日 in a relative day (同曰, 次曰, 翌曰), as it is read
		// in 5曰: the event above's day, or the day after it (each had been
		// a paragraph of the event above, silently).
		{"rt-w5-ocr-same-day.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-03|1; 宁川市2023年11月大事记||2023-11-08|1; 宁川市2023年11月大事记||2023-11-09|1; 宁川市2023年11月大事记||2023-11-10|1; 宁川市2023年11月大事记||2023-11-12|1", ""},
		// A day alone with a letter for a digit (l6日, 2l日, 3O日), as OCR
		// reads a month's chronicle: that day, with a warning that says so,
		// as 1l月3日 is (each had been a paragraph of the event above,
		// silently).
		{"rt-w5-ocr-letter-day.md", "宁川史志|2023|11|宁川市地方史志办公室|",
			"工作动态|市史志办召开第三轮修志试点工作推进会|2023-11-07|1; 宁川市2023年11月大事记||2023-11-14|1; 宁川市2023年11月大事记||2023-11-16|1; 宁川市2023年11月大事记||2023-11-18|1; 宁川市2023年11月大事记||2023-11-21|1; 宁川市2023年11月大事记||2023-11-22|1; 宁川市2023年11月大事记||2023-11-30|1", "29,33,37"},
	} {
		t.Run(c.file, func(t *testing.T) { checkRedTeam(t, c) })
	}
}
