package ui

import "github.com/charmbracelet/lipgloss"

// listPos is a selected row in a list of n rows shown height at a time:
// the TOC, the people list and the library picker all move the same way.
type listPos struct {
	cursor int
	offset int // first row on screen
}

// move moves the cursor by d rows and keeps it in view.
func (c *listPos) move(d, n, height int) {
	c.cursor = max(0, min(n-1, c.cursor+d))
	c.keepInView(n, height)
}

func (c *listPos) keepInView(n, height int) {
	if c.cursor < c.offset {
		c.offset = c.cursor
	}
	if c.cursor >= c.offset+height {
		c.offset = c.cursor - height + 1
	}
	c.offset = max(0, min(c.offset, n-height))
}

// scrollTo moves the view (the mouse wheel) as far as end, dragging the
// cursor along only when it would leave the screen.
func (c *listPos) scrollTo(d, end, height int) {
	c.offset = max(0, min(c.offset+d, end))
	if c.cursor < c.offset {
		c.cursor = c.offset
	}
	if c.cursor >= c.offset+height {
		c.cursor = c.offset + height - 1
	}
}

// rowStyler styles the spans of a list row, and the padding after them:
// a selected row is drawn in st throughout, keeping each span's own
// attributes underneath.
func rowStyler(selected bool, st lipgloss.Style) (sel func(span) span, pad span) {
	if !selected {
		return func(sp span) span { return sp }, plainSpan("")
	}
	return func(sp span) span {
		s := st
		if !sp.plain {
			s = s.Inherit(sp.style)
		}
		return styled(sp.text, s)
	}, styled("", st)
}
