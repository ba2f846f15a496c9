package parser

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/yuebao/yuebao/model"
)

// TestDateFormsReadTheSame: every fixture reads the same (its sections,
// entries, their dates and its paragraphs' dates, compared as the model's
// dates) with the days that begin its entries' text and its chronicles'
// events, and the days in brackets at its titles' ends, printed in the
// other forms offices print them: with the year the parse gave them
// (2023年11月1日，…, …召开（2023年11月1日）), with the day of the week
// (11月1日（星期三）, 11月1日（周三）, 11月1日 星期三), and, at a
// chronicle's event, in figures (2023.11.1, 2023-11-01, 2023/11/1), as
// typists set a chronicle's table. Each had read otherwise in some
// fixture: the year's first day under a chronicle's title taken for the
// cover's date (the first event undated), a day with its weekday alone
// over its event or in bold taken for text or a title (the event
// undated), a bare day's range after its weekday cut to its first day,
// 2023.1.8 read as a point's number 2023. and the day 1月8日 of the year
// the context gave, a date in figures before a colon or a tab or in bold
// read as no date; all silently. Hard-wrapped and laid-out copies are
// left out (the longer day overruns the copy's column, as a typesetter's
// wrap would not), as are a title's date with a weekday (no office
// brackets a bracket), a list of days (9日、10日) and a range in figures or
// with its weekday after a space (2023.11.21—22日 mixes the forms).
func TestDateFormsReadTheSame(t *testing.T) {
	alone := "a day in figures alone over a blank line and its event is not read as the event's yet (the days run into one event)"
	month := "a day with its year under a month's or a season's heading: the heading's first event is read as the heading's (the heading lost)"
	place := "a place's items under a day (11月1日 / 白马区：… / 清河县：…) are split only after a day as the fixture prints it"
	skip := map[string]map[string]string{
		"year": {
			"rt-fa-month-heading-kept.md": month,
			"rt-toc3-pagejoin-md.md":      "a line repeated at a page break: the change makes the two copies differ",
			"rt-w15-whole-hk-yuebao.md":   "a hard-wrapped copy the wrap measure misses: the longer line overruns its column",
			"rt-w20-hw20-set-in.md":       "a hard-wrapped copy the wrap measure misses (its paragraphs set in, measured trimmed): the longer line overruns its column",
		},
		"week-paren": {
			"rt-c1-whole-plain.md":        "a copy in columns: the longer line overruns the column",
			"rt-c5-place-chronicle.md":    place,
			"rt-sp-double-indent-crlf.md": "a hard-wrapped copy the wrap measure misses: the longer line overruns its column",
			"rt-toc3-pagejoin-md.md":      "a line repeated at a page break: the change makes the two copies differ",
			"rt-w20-hw20-set-in.md":       "a hard-wrapped copy the wrap measure misses (its paragraphs set in, measured trimmed): the longer line overruns its column",
		},
		"week-space": {
			"rt-c5-place-chronicle.md":        place,
			"rt-toc3-pagejoin-md.md":          "a line repeated at a page break: the change makes the two copies differ",
			"rt-tx-rule-ideographic-space.md": "a stray rule between a line and its wrapped rest is read across after a comma only",
			"rt-w5-ocr-column-break.md":       "an OCR copy's column break: the line's rest joined after a comma only",
			"rt-w20-hw20-set-in.md":           "a hard-wrapped copy the wrap measure misses (its paragraphs set in, measured trimmed): the longer line overruns its column",
		},
	}
	skip["week-zhou"] = map[string]string{"rt-w15-whole-hk-yuebao.md": "a hard-wrapped copy the wrap measure misses: the longer line overruns its column"}
	for k, v := range skip["week-paren"] {
		skip["week-zhou"][k] = v
	}
	figures := map[string]string{
		"rt-c3-day-runs-alone.md": alone, "rt-c5-place-chronicle.md": alone,
		"dsj-stacked.md": "two days in figures stacked over their texts (a table's columns one under the other): a day in figures with no text after it is no date yet, and is not warned", "rt-fa-month-heading-kept.md": month, "rt-ch-part-heads.md": month,
		"rt-ch-part-lines.txt": month, "rt-w17-bd-chronicle.md": month,
		"years-more.md":          "a year before 1900 in figures (1894-08-01) is no date yet",
		"rt-ch-bold-brackets.md": "a day in figures with its colon inside the bold (**2023-01-08：**) is not read yet",
		"rt-dated-headings.md":   "a day in figures before a headline set as a heading is not read yet",
		"rt-w2-whole-mineru.md":  "a bare day made a day in figures under a month's heading in a MinerU copy: the month's heading lost",
		"rt-w2-whole-report.md":  "a bare day made a day in figures under a month's heading in a report: the month's heading lost",
	}
	for _, v := range []string{"dot", "dash", "slash"} {
		skip[v] = map[string]string{}
		for k, why := range figures {
			skip[v][k] = why
		}
	}
	delete(skip["dot"], "years-more.md") // (1894.8.1 is read, as a gazetteer dots its old dates)
	variants := []string{"year", "week-paren", "week-zhou", "week-space", "dot", "dash", "slash"}
	norm := regexp.MustCompile(`(\d{4})年(\d{1,2}月)`)
	shape := func(all []*model.Issue) string {
		return datedOutline(all, func(s string) string { return norm.ReplaceAllString(s, "$2") })
	}
	tried := map[string]int{}
	for _, fx := range fixtureTexts(t) {
		if laidOut(fx.text) || dateFormsWrapped(fx.text) {
			continue
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		chron := strings.Contains(fx.path, "chron") || strings.Contains(fx.path, "dsj") || strings.Contains(fx.text, "大事")
		sites := dateFormSites(ref)
		want := shape(ref)
		name := filepath.Base(fx.path)
		for _, v := range variants {
			x := dateFormsChange(fx.text, sites, v, chron)
			if x == fx.text {
				continue
			}
			tried[v]++
			got, err := ParseAll([]byte(x))
			if err != nil {
				t.Fatal(err)
			}
			d := shapeDiff(want, shape(got))
			if why, ok := skip[v][name]; ok {
				if d == "" {
					t.Errorf("%s, %s reads the same now: take it out of the skips (%s)", fx.path, v, why)
				}
				continue
			}
			if d != "" {
				t.Errorf("%s with its dates %s reads otherwise: %s", fx.path, v, d)
			}
		}
	}
	for _, v := range variants {
		t.Logf("%s: %d fixtures tried", v, tried[v])
		if min := 400; v == "dot" || v == "dash" || v == "slash" {
			if tried[v] < 150 {
				t.Errorf("%s: only %d fixtures tried", v, tried[v])
			}
		} else if tried[v] < min {
			t.Errorf("%s: only %d fixtures tried", v, tried[v])
		}
	}
}

// dateFormsWrapped reports whether text is hard-wrapped at a width.
func dateFormsWrapped(text string) bool {
	var hist [maxWrap + 1]int
	total := 0
	for _, l := range strings.Split(text, "\n") {
		w := displayWidth(strings.TrimSpace(l))
		if w < 12 {
			continue
		}
		total++
		hist[min(w, maxWrap)]++
	}
	return wrapWidth(&hist, total, 3) > 0
}

// dateFormSite is a line the parse dated: an entry's title (its date in
// brackets at its end) or a paragraph's first line (an event's, when its
// entry has no title).
type dateFormSite struct {
	date         model.DateRange
	title, event bool
}

func dateFormSites(all []*model.Issue) map[int]dateFormSite {
	out := map[int]dateFormSite{}
	for _, iss := range all {
		for _, s := range iss.Sections {
			for _, e := range s.Entries {
				if e.Title != "" && !e.Date.IsZero() {
					out[e.Line] = dateFormSite{e.Date, true, false}
				}
				for _, p := range e.Paragraphs {
					if _, ok := out[p.Line]; !ok && !p.Date.IsZero() {
						out[p.Line] = dateFormSite{p.Date, false, e.Title == ""}
					}
				}
			}
		}
	}
	return out
}

var (
	dateFormLead  = regexp.MustCompile(`^([ \t\x{3000}]*(?:[-*+] )?(?:\*\*)?)(?:(\d{1,2})月)?(\d{1,2})日`)
	dateFormTitle = regexp.MustCompile(`[（(](\d{1,2})月(\d{1,2})日[）)]([ \t*#]*)$`)
)

// dateFormsChange prints the dates of text's sites in form v.
func dateFormsChange(text string, sites map[int]dateFormSite, v string, chron bool) string {
	lines := strings.Split(text, "\n")
	changed := false
	figures := v == "dot" || v == "dash" || v == "slash"
	for ln, st := range sites {
		dt := st.date.Start
		if ln < 1 || ln > len(lines) || dt.Day == 0 || dt.Month == 0 || dt.Year == 0 {
			continue
		}
		l := lines[ln-1]
		y, mo, d := int(dt.Year), int(dt.Month), int(dt.Day)
		if st.title {
			m := dateFormTitle.FindStringSubmatchIndex(l)
			if m == nil || v != "year" || l[m[2]:m[3]] != strconv.Itoa(mo) || l[m[4]:m[5]] != strconv.Itoa(d) {
				continue
			}
			lines[ln-1] = l[:m[2]] + strconv.Itoa(y) + "年" + l[m[2]:]
			changed = true
			continue
		}
		m := dateFormLead.FindStringSubmatchIndex(l)
		if m == nil || m[4] >= 0 && l[m[4]:m[5]] != strconv.Itoa(mo) || l[m[6]:m[7]] != strconv.Itoa(d) {
			continue
		}
		after := l[m[1]:]
		if rest := strings.TrimLeft(after, " \u3000"); v != "year" && (strings.HasPrefix(after, "（") || strings.HasPrefix(after, "(") ||
			strings.HasPrefix(after, "、") || strings.HasPrefix(rest, "星期") || strings.HasPrefix(rest, "周")) {
			continue // a bracket already (a weekday, a time), a list of days
		}
		if figures && (!st.event || !chron) || (figures || v == "week-space") && st.date.End != st.date.Start {
			continue
		}
		md := fmt.Sprintf("%d月%d日", mo, d)
		if m[4] < 0 {
			md = fmt.Sprintf("%d日", d)
		}
		wd := []string{"日", "一", "二", "三", "四", "五", "六"}[time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Weekday()]
		var f string
		switch v {
		case "year":
			f = fmt.Sprintf("%d年%d月%d日", y, mo, d)
		case "week-paren":
			f = md + "（星期" + wd + "）"
		case "week-zhou":
			f = md + "（周" + wd + "）"
		case "week-space":
			f = md + " 星期" + wd
			for _, p := range []string{"，", ",", "：", ":", " ", "\u3000"} {
				if a, ok := strings.CutPrefix(after, p); ok {
					after = a
					break
				}
			}
			if after != "" {
				after = " " + after
			}
		case "dot":
			f = fmt.Sprintf("%d.%d.%d", y, mo, d)
		case "dash":
			f = fmt.Sprintf("%d-%02d-%02d", y, mo, d)
		case "slash":
			f = fmt.Sprintf("%d/%d/%d", y, mo, d)
		}
		lines[ln-1] = l[:m[3]] + f + after
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}
