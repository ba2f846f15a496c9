package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/ui/layout"
)

// span is a piece of a screen line in one style.
type span struct {
	text  string
	style lipgloss.Style
	plain bool // no styling: written as it is (most text, and much cheaper)
}

func plainSpan(s string) span { return span{text: s, plain: true} }

func styled(s string, st lipgloss.Style) span { return span{text: s, style: st} }

// fit renders spans into exactly n cells: what does not fit is cut (never
// inside a wide character) and ends in …, and the rest of the line is
// padded in the pad style. Width comes from the app's own layout.Width;
// lipgloss only adds colour.
func fit(w layout.Width, spans []span, n int, pad span) string {
	var b strings.Builder
	// Where the spans overflow, the … must be seen: the cut falls where
	// the rest still leaves it room, though that be in a span before the
	// one that overflows (a title that ends a cell short of the edge,
	// its highlighted match after it).
	limit := n
	texts := make([]string, len(spans))
	total := 0
	for i, sp := range spans {
		texts[i] = layout.Clean(sp.text)
		total += w.String(texts[i])
	}
	if total > n {
		limit = n - w.String("…")
	}
	used := 0
	for i, sp := range spans {
		t := texts[i]
		tw := w.String(t)
		cut := used+tw > limit
		if cut {
			t = w.Truncate(t, max(0, limit-used), "") + "…"
			tw = w.String(t)
		}
		if t != "" {
			if sp.plain {
				b.WriteString(t)
			} else {
				b.WriteString(sp.style.Render(t))
			}
		}
		used += tw
		if cut {
			break
		}
	}
	if used < n {
		fill := strings.Repeat(" ", n-used)
		if pad.plain {
			b.WriteString(fill)
		} else {
			b.WriteString(pad.style.Render(fill))
		}
	}
	return b.String()
}

// highlight splits text into spans, styling the byte ranges in hits (in
// order, not overlapping) with match, and the one at index cur with
// current.
func highlight(text string, hits [][2]int, base span, match, current lipgloss.Style, cur int) []span {
	if len(hits) == 0 {
		base.text = text
		return []span{base}
	}
	out := make([]span, 0, 2*len(hits)+1)
	pos := 0
	for i, h := range hits {
		a, z := max(h[0], pos), min(h[1], len(text))
		if a >= z {
			continue
		}
		if a > pos {
			s := base
			s.text = text[pos:a]
			out = append(out, s)
		}
		st := match
		if i == cur {
			st = current
		}
		if !base.plain {
			st = st.Inherit(base.style)
		}
		out = append(out, styled(text[a:z], st))
		pos = z
	}
	if pos < len(text) {
		s := base
		s.text = text[pos:]
		out = append(out, s)
	}
	return out
}
