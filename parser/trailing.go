package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// Some chronicles print an event's date after it, in brackets or after a
// dash: 县委召开常委会议，传达学习省委全会精神。（11月3日）, …举办。(11月12日),
// …举办。——11月12日, and the bracket on a line of its own under a long
// event (…的报告。 / （11月15日）). No line begins with a date, so the body
// holds them all as one undated entry. A report's text ends in a bracket
// now and then too (a note, a source, a date), so the events are read so
// only in a chronicle's section, and only where most of its paragraphs
// end so.

// trailingDates splits each untitled entry of a chronicle's section whose
// paragraphs mostly end with a date into one entry an event, and notes
// the lines of the dated paragraphs (p.trailing) for dates to read.
func (p *parser) trailingDates() {
	all := chronicleTitle(p.iss.Title)
	for si := range p.iss.Sections {
		s := &p.iss.Sections[si]
		if !untitledText(s.Entries) {
			continue // nothing to split: asked first, as it costs least
		}
		if kind, _, _ := periodOf(s.Name); !all && kind == noPeriod && !chronicleTitle(s.Name) {
			continue // most sections: no chronicle
		}
		var out []model.Entry // nil until an entry is split
		for ei, e := range s.Entries {
			if e.Title != "" || len(e.Paragraphs) < 2 || !p.trailingEvents(e.Paragraphs) {
				if out != nil {
					out = append(out, e)
				}
				continue
			}
			if out == nil {
				out = append(make([]model.Entry, 0, len(s.Entries)+len(e.Paragraphs)), s.Entries[:ei]...)
			}
			// An event ends at the paragraph that ends with its date (or at
			// its date alone on the next line): the paragraphs before it
			// without one are its own.
			start := 0
			for i, para := range e.Paragraphs {
				if mayStartEvent(para.Text) && eventStart(para.Text) {
					// An event dated before its text (11月20日，…) among them:
					// an event of its own, as the date ends each of the
					// others; what follows it is the next one's.
					if i > start {
						out = append(out, model.Entry{Line: e.Paragraphs[start].Line, Page: e.Page, Paragraphs: e.Paragraphs[start:i:i]})
					}
					out = append(out, model.Entry{Line: para.Line, Page: e.Page, Paragraphs: e.Paragraphs[i : i+1 : i+1]})
					start = i + 1
					continue
				}
				if _, ok := trailingDate(para.Text); !ok {
					continue
				}
				if i+1 < len(e.Paragraphs) && bracketDateAlone(e.Paragraphs[i+1].Text) {
					continue // the date alone on the next line ends the event
				}
				p.trailing = append(p.trailing, para.Line)
				out = append(out, model.Entry{Line: e.Paragraphs[start].Line, Page: e.Page, Paragraphs: e.Paragraphs[start : i+1 : i+1]})
				start = i + 1
			}
			if start < len(e.Paragraphs) {
				out = append(out, model.Entry{Line: e.Paragraphs[start].Line, Page: e.Page, Paragraphs: e.Paragraphs[start:]})
			}
		}
		if out != nil {
			s.Entries = out
		}
	}
}

// trailingEvents reports whether most of paras, the text of one entry,
// end with a date: at least two of them, and more than half of those
// that are not a date alone.
func (p *parser) trailingEvents(paras []model.Paragraph) bool {
	dated, texts := 0, 0
	for i, para := range paras {
		if bracketDateAlone(para.Text) {
			continue
		}
		texts++
		if _, ok := trailingDate(para.Text); ok || i+1 < len(paras) && bracketDateAlone(paras[i+1].Text) {
			dated++
		}
	}
	return dated >= 2 && dated*2 > texts
}

// bracketDateAlone reports whether s is a date in brackets and nothing
// else: （11月15日）, the end of the event above it.
func bracketDateAlone(s string) bool {
	d, ok := trailingDate(s)
	return ok && len(trim(s)) <= len(d)+len("（）。")
}

// trailingDate returns the date s ends with, in brackets (…精神。（11月3日）,
// (11月12日), （2023年11月5日）。) or after a dash (…举办。——11月12日): a
// month and a day, a year before them or not, in figures.
func trailingDate(s string) (string, bool) {
	s = strings.TrimSuffix(trim(s), "。")
	r, _ := utf8.DecodeLastRuneInString(s)
	var inner string
	switch r {
	case '）':
		i := strings.LastIndex(s, "（")
		if i < 0 {
			return "", false
		}
		inner = s[i+len("（") : len(s)-len("）")]
	case ')':
		i := strings.LastIndexByte(s, '(')
		if i < 0 {
			return "", false
		}
		inner = s[i+1 : len(s)-1]
	case '日', '号':
		i := strings.LastIndexAny(s, "—－")
		if i < 0 {
			return "", false
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		inner = s[i+n:]
	default:
		return "", false // nearly every paragraph: at its last character
	}
	inner = trim(inner)
	if inner == "" || len(inner) > 40 || inner[0] < '0' || inner[0] > '9' && inner[0] != 0xEF {
		return "", false
	}
	_, n, ok := leadingDateScan(inner, dateContext{prevMonth: 1})
	if !ok || trim(inner[n:]) != "" {
		return "", false
	}
	return inner, true
}

// endDate reads the date a paragraph ends with: in brackets or after a
// dash (trailingDate), or last in the brackets of a byline (…会议。（县史志办
// 李娜　11月21日）).
func endDate(s string, ctx dateContext) (model.DateRange, bool) {
	d, ok := trailingDate(s)
	if !ok {
		t := strings.TrimSuffix(trim(s), "。")
		if !strings.HasSuffix(t, "日）") {
			return model.DateRange{}, false // nearly every paragraph
		}
		i := strings.LastIndex(t, "（")
		if i < 0 {
			return model.DateRange{}, false
		}
		inner := t[i+len("（") : len(t)-len("）")]
		if len(inner) > 60 {
			return model.DateRange{}, false
		}
		j := max(strings.LastIndexByte(inner, ' '), strings.LastIndex(inner, "\u3000"))
		if j < 0 {
			return model.DateRange{}, false
		}
		_, n := utf8.DecodeRuneInString(inner[j:])
		if d, ok = trailingDate("（" + trim(inner[j+n:]) + "）"); !ok {
			return model.DateRange{}, false
		}
	}
	r, _, ok := leadingDateScan(d, ctx)
	return r, ok
}

// untitledText reports whether an entry of es is untitled and holds two
// paragraphs or more: one trailingDates may split.
func untitledText(es []model.Entry) bool {
	for _, e := range es {
		if e.Title == "" && len(e.Paragraphs) >= 2 {
			return true
		}
	}
	return false
}

// dashDateEnd reports whether s ends with a date after a dash (…举办。
// ——11月12日): the end of an event, not a sentence the page cut.
func dashDateEnd(s string) bool {
	if !strings.HasSuffix(s, "日") && !strings.HasSuffix(s, "号") {
		return false // nearly every line
	}
	_, ok := trailingDate(s) // a date that ends in 日 follows a dash
	return ok
}

// trailingEventDate dates paragraph s of an event by the date it ends
// with, as trailingDates found it.
func (p *parser) trailingEventDate(s string, line int, ctx dateContext) (model.DateRange, bool) {
	if _, ok := slices.BinarySearch(p.trailing, line); !ok {
		return model.DateRange{}, false
	}
	return endDate(s, ctx)
}
