package model

import (
	"fmt"
	"strconv"
	"strings"
)

// DisplayTitle is what the issue is called: its printed title, else its
// first heading (a chronicle may print none but 1986年), else its Name.
func (iss *Issue) DisplayTitle() string {
	if iss.Title != "" {
		return iss.Title
	}
	for _, s := range iss.Sections {
		if s.Name != "" {
			return s.Name
		}
	}
	return iss.Name
}

// Label names the issue by its number, the one way every screen and
// log line does: 2023年第11期（总第215期）; 2023年 for a volume with a
// year and no number; "" for none.
func (iss *Issue) Label() string {
	var b strings.Builder
	// A year alone that the title says already (宁川年鉴（2023）,
	// 宁川县2023年11月大事记) is not said twice.
	alone := iss.Number == 0 && iss.Total == 0
	if iss.Year != 0 && (iss.Number != 0 || iss.Total == 0) && !(alone && strings.Contains(iss.Title, strconv.Itoa(iss.Year))) {
		fmt.Fprintf(&b, "%d年", iss.Year)
	}
	if d := iss.doubleNumber(); d != "" {
		b.WriteString(d)
	} else if sp := iss.specialNumber(); sp != "" {
		b.WriteString(sp)
	} else if iss.Number != 0 {
		fmt.Fprintf(&b, "第%d期", iss.Number)
	}
	total := "总" // (總 in a copy in traditional characters: see traditional)
	if iss.Total != 0 && traditional(iss.Title) {
		total = "總"
	}
	if iss.Total != 0 && iss.doubleTotal() {
		fmt.Fprintf(&b, "（%s第%d—%d期）", total, iss.Total, iss.Total+1)
	} else if iss.Total != 0 {
		fmt.Fprintf(&b, "（%s第%d期）", total, iss.Total)
	}
	return b.String()
}

// doubleTotal reports whether the cover prints a double issue's two total
// numbers (总第205—206期, 总第二〇五—二〇六期), which the parser keeps as
// a notice of the masthead while Total holds the first: the label cites
// both, as it does the two numbers (doubleNumber).
func (iss *Issue) doubleTotal() bool {
	for _, f := range iss.Masthead {
		if f.Key == "" && (strings.HasPrefix(f.Value, "总") || strings.HasPrefix(f.Value, "總")) && strings.HasSuffix(f.Value, "期") && strings.ContainsAny(f.Value, "—-－–~～、至/") {
			return true
		}
	}
	return false
}

// doubleNumber returns a double issue's numbers as its cover prints them
// (第11—12期, 第11、12期), which the parser keeps as a notice of the
// masthead while Number holds the first; "" for any other issue. A double
// issue labelled by its first number alone (2023年第11期) would be cited
// as an issue it is only half of.
func (iss *Issue) doubleNumber() string {
	if iss.Number == 0 {
		return ""
	}
	for _, f := range iss.Masthead {
		if f.Key != "" || !strings.HasPrefix(f.Value, "第") {
			continue
		}
		end := strings.Index(f.Value, "期")
		if end < 0 {
			continue
		}
		nums := f.Value[len("第"):end]
		if i := strings.IndexAny(nums, "—-－–~～、至"); i > 0 && i < len(nums)-1 {
			if strings.HasPrefix(nums, strconv.Itoa(iss.Number)) || nums[0] >= 0x80 {
				return f.Value[:end+len("期")]
			}
		}
	}
	return ""
}

// specialNumber returns a supplement's name and number as its cover
// prints them, which the parser keeps as a notice of the masthead: with
// a number, 增刊第1期, 增刊（一）, 特刊第2期, 第1期增刊, 第1期（增刊）, and
// without one, 增刊 alone; "" for any other issue. A supplement labelled
// 2024年第1期 would be cited as the year's first issue, which it is not.
// (第6期（防汛抗洪专刊）, an issue of the run on one theme, keeps its
// number's label.)
func (iss *Issue) specialNumber() string {
	for _, f := range iss.Masthead {
		if f.Key != "" {
			continue
		}
		v := f.Value
		switch {
		case v == "增刊" || v == "特刊":
			if iss.Number == 0 {
				return v
			}
		case iss.Number == 0:
		case strings.HasPrefix(v, "增刊") || strings.HasPrefix(v, "特刊"):
			return v
		case strings.HasPrefix(v, "第") && (strings.HasSuffix(v, "增刊") || strings.HasSuffix(v, "增刊）") || strings.HasSuffix(v, "增刊)")):
			return v
		}
	}
	return ""
}

// EntryCount is the number of entries in all sections.
func (iss *Issue) EntryCount() int {
	n := 0
	for _, s := range iss.Sections {
		n += len(s.Entries)
	}
	return n
}

// Header is the one-line description of an issue:
// 平顶山月报 · 2023年第11期（总第215期）· 2023-12-04.
func (iss *Issue) Header() string {
	pub := ""
	if !iss.Published.IsZero() {
		pub = iss.Published.String()
	}
	return Header(iss.DisplayTitle(), iss.Label(), pub)
}

// Header joins what names an issue, as Issue.Header does, for a caller
// that has its parts only (a catalogue of issues not parsed): the title,
// the label and the publication date, each left out when "".
func Header(title, label, published string) string {
	var b strings.Builder
	prev := ""
	for _, p := range []string{title, label, published} {
		if p == "" {
			continue
		}
		if prev != "" {
			// A full-width bracket carries its own spacing: （总第215期）· 2023-12-04.
			if strings.HasSuffix(prev, "）") {
				b.WriteString("· ")
			} else {
				b.WriteString(" · ")
			}
		}
		b.WriteString(p)
		prev = p
	}
	return b.String()
}

// FormatTOC renders the body's sections and entries as plain text, one
// entry a line with its date and printed page. It lists what the reader
// can open (the body), not the printed TOC, so that every line leads
// somewhere.
func FormatTOC(iss *Issue) string {
	var b strings.Builder
	if h := iss.Header(); h != "" {
		b.WriteString(h)
		b.WriteString("\n\n")
	}
	// A chronicle of many years gives every date its year, as the reader
	// and the piped text do: 01-10 alone would not say which.
	years := iss.ManyYears()
	for i, s := range iss.Sections {
		fmt.Fprintf(&b, "%d %s (%d)\n", i+1, iss.SectionName(i), len(s.Entries))
		for _, e := range s.Entries {
			b.WriteString("  ")
			b.WriteString(e.DisplayTitle())
			if d := e.Date.Label(years); d != "" {
				b.WriteString("  ")
				b.WriteString(d)
			}
			if e.Page != 0 {
				fmt.Fprintf(&b, "  p.%d", e.Page)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}
