package parser

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// TestChronicleFormsReadTheSame: every fixture that is or holds a
// chronicle (大事记) reads the same — its sections, entries, dates and
// paragraphs' dates — with its days and years printed in another of the
// forms offices print them: a day alone on its line over its text
// (11月2日 / 县委书记…), a day followed by a colon or a space instead of a
// comma (11月2日：…, 11月2日　…, 11月2日 …), year headings as plain lines
// (1986年), as Markdown headings (## 1986年), in bold (**1986年**) or in
// Chinese numerals (一九八六年). Each had read otherwise in some
// fixture: days alone taken for the running heads of short pages (the
// entries' dates lost, silently), a day's colon for a label's (its text
// cut at the wrap), a winter's heading 1986年12月—1987年1月 set plain read
// as text (its January 1986's).
func TestChronicleFormsReadTheSame(t *testing.T) {
	// Left out, by variant: copies the change makes into no copy
	// anyone prints.
	wrapped := "hard-wrapped or laid out in columns: the day cut off its wrapped line leaves the rest short, as no copy sets it"
	skip := map[string]map[string]string{
		"day alone": {
			"rt-c1-whole-layout.md": wrapped, "rt-c1-whole-plain.md": wrapped, "rt-d2-chron-columns.md": wrapped,
			"rt-d2-chron-left-longer.md": wrapped, "rt-d2-chron-short-page.md": wrapped, "rt-d2-chron-short-tails.md": wrapped,
			"rt-d2-chron-wide.md": wrapped, "rt-w1-first-page.md": wrapped, "rt-w1-title-column.md": wrapped,
			"rt-w1-whole-layout.md": wrapped, "rt-w1-whole-plain.md": wrapped, "rt-w6-whole-bimonthly.md": wrapped, "rt-w18-wr18-wrapped.md": wrapped,
			// 重要会议 / 1月10日 / 县委…: a 分目's name over a day alone,
			// which reads as a heading over no 条目 (said).
			"plain-titles.md": "a yearbook's 分目 over a day alone: warned",
		},
		"day, colon": {
			"rt-m-web-links.md": "a web page's day linked, [11月2日](…)：, the colon moved out of the link",
			// 北山区 / 11月8日：… under a place's name, where the colon reads
			// as the place's items' (said).
			"rt-c5-place-day-heads.md": "a place's day with a colon under its name: warned",
		},
		"day, space": {"rt-w1-whole-layout.md": wrapped},
		"years plain": {
			"rt-ch-no-year.md": "a year line under the title reads as the cover's year (so does the heading's absence warn)",
		},
		"years as headings": {
			"rt-fa-whole-xianzhi-apart.md":  "an OCR copy's years spaced apart, some made headings, some not",
			"rt-w9-whole-xianzhi-ocr.md":    "an OCR copy's years spaced apart, some made headings, some not",
			"rt-w16-half-spaced-dsj.md":     "an OCR copy's years spaced apart, some made headings, some not",
			"rt-w13-whole-xianzhi-notes.md": "a note's year alone in a notes list made a heading",
		},
		"years in bold": {
			"rt-fa-whole-xianzhi-apart.md": "an OCR copy's years spaced apart, some made bold, some not",
			"rt-w9-whole-xianzhi-ocr.md":   "an OCR copy's years spaced apart, some made bold, some not",
		},
		"years in Chinese numerals": {
			"toc-years.md":              "the contents still print the years in figures, the headings not",
			"rt-w7-party-head-above.md": "a year in the running head left in figures",
		},
	}
	dayLead := regexp.MustCompile(`(?m)^([ \x{3000}]*)(\d{1,2}月\d{1,2}日)[，,：:][ \x{3000}]*`)
	yearHead := regexp.MustCompile(`(?m)^#{1,6}[ \t]*(\d{4}年)[ \t]*$`)
	yearLine := regexp.MustCompile(`(?m)^(\d{4}年)$`)
	yearAny := regexp.MustCompile(`(?m)^(#{1,6}[ \t]*)?(\d{4})年[ \t]*$`)
	cnYear := func(y string) string {
		var b strings.Builder
		for _, c := range y {
			b.WriteRune([]rune("〇一二三四五六七八九")[c-'0'])
		}
		return b.String()
	}
	variants := []struct {
		name string
		f    func(string) string
	}{
		{"day alone", func(s string) string { return dayLead.ReplaceAllString(s, "$1$2\n$1") }},
		{"day, colon", func(s string) string { return dayLead.ReplaceAllString(s, "$1$2：") }},
		{"day, ideographic space", func(s string) string { return dayLead.ReplaceAllString(s, "$1$2\u3000") }},
		{"day, space", func(s string) string { return dayLead.ReplaceAllString(s, "$1$2 ") }},
		{"years plain", func(s string) string { return yearHead.ReplaceAllString(s, "$1") }},
		{"years as headings", func(s string) string { return yearLine.ReplaceAllString(s, "## $1") }},
		{"years in bold", func(s string) string { return yearAny.ReplaceAllString(s, "**${2}年**") }},
		{"years in Chinese numerals", func(s string) string {
			return yearAny.ReplaceAllStringFunc(s, func(m string) string {
				sm := yearAny.FindStringSubmatch(m)
				return sm[1] + cnYear(sm[2]) + "年"
			})
		}},
	}
	// Figures for the Chinese numerals, so that a year's section compares.
	figures := strings.NewReplacer("〇", "0", "一", "1", "二", "2", "三", "3", "四", "4", "五", "5", "六", "6", "七", "7", "八", "8", "九", "9")
	shape := func(all []*model.Issue) string { return datedOutline(all, figures.Replace) }
	tried := map[string]int{}
	for _, fx := range fixtureTexts(t) {
		if !strings.Contains(fx.path, "chron") && !strings.Contains(fx.path, "dsj") && !strings.Contains(fx.text, "大事") {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		want := shape(ref)
		body := BodyLine(fx.text)
		lines := strings.SplitAfter(fx.text, "\n")
		if body < 1 || body-1 > len(lines) {
			continue
		}
		head, rest := strings.Join(lines[:body-1], ""), strings.Join(lines[body-1:], "")
		name := fx.path[strings.LastIndexByte(fx.path, '/')+1:]
		for _, v := range variants {
			x := head + v.f(rest)
			if x == fx.text {
				continue
			}
			tried[v.name]++
			got, err := ParseAll([]byte(x))
			if err != nil {
				t.Errorf("%s, %s: %v", fx.path, v.name, err)
				continue
			}
			d := shapeDiff(want, shape(got))
			if why, ok := skip[v.name][name]; ok {
				if d == "" {
					t.Errorf("%s, %s reads the same now: take it out of the skips (%s)", fx.path, v.name, why)
				}
				continue
			}
			if d != "" {
				t.Errorf("%s, %s: %s", fx.path, v.name, d)
			}
		}
	}
	for _, v := range variants {
		if tried[v.name] < 40 {
			t.Errorf("%s: only %d fixtures tried", v.name, tried[v.name])
		}
	}
}

// datedOutline is the outline of issues the sweeps of dates compare: the
// issue's title and numbers and its count of warnings, the sections, the
// entries with their titles, dates and pages, and their paragraphs'
// dates (not their text, which the transforms change). name gives the
// form a name or a title is compared in.
func datedOutline(all []*model.Issue, name func(string) string) string {
	var b strings.Builder
	for _, iss := range all {
		fmt.Fprintf(&b, "issue %s %d %d %d, %d warnings\n", name(iss.Title), iss.Year, iss.Number, iss.Total, len(iss.Warnings))
		for _, s := range iss.Sections {
			fmt.Fprintf(&b, "section %s\n", name(s.Name))
			for _, e := range s.Entries {
				fmt.Fprintf(&b, "  entry %s %s p%d:", name(e.Title), e.Date, e.Page)
				for _, p := range e.Paragraphs {
					fmt.Fprintf(&b, " %s", p.Date)
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}
