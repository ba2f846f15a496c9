package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/ui/layout"
)

// The last line of every screen — the reader's, the people list's, the
// picker's — is one of two: a status line, or an open prompt.

// statusLine says on the left what is in force and on the right the
// first of rights that fits: the whole reminder, less of it, the
// position alone. The left keeps what it says, up to half the line: a
// long note is not cut for the keys, and a short count does not hold
// room the keys need.
func statusLine(w layout.Width, st styles, width int, left []span, rights ...string) string {
	return statusLineFor(w, st, width, left, width/2, rights...)
}

// noteLine is statusLine for a message said once (what a key did, why it
// did nothing): the keys' hints give way to it first, and it is cut only
// where it alone is wider than the line.
func noteLine(w layout.Width, st styles, width int, left []span, rights ...string) string {
	return statusLineFor(w, st, width, left, width, rights...)
}

// statusLineFor is statusLine with the most cells the left side claims
// before the right side's hints are dropped.
func statusLineFor(w layout.Width, st styles, width int, left []span, claim int, rights ...string) string {
	leftNeed := 0
	for _, s := range left {
		leftNeed += w.String(s.text)
	}
	if leftNeed > 0 {
		leftNeed = min(leftNeed+1, claim) // a gap of two cells before the keys
	}
	right := ""
	for _, cand := range rights {
		if cand = strings.TrimSpace(cand); w.String(cand)+1 <= width-leftNeed {
			right = cand
			break
		}
	}
	rw := 0
	if right != "" {
		rw = w.String(right) + 1
	}
	return fit(w, left, width-rw, plainSpan("")) + fit(w, []span{styled(" "+right, st.status)}, rw, plainSpan(""))
}

// hints is a table's short help as the status line shows it.
func hints(bs []key.Binding) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		h := b.Help()
		parts = append(parts, h.Key+" "+h.Desc)
	}
	return strings.Join(parts, "  ")
}

// promptLine is an open prompt: its sign, the text with the cursor, a
// hint after it, and a note on the right (dropped when the line is too
// narrow for both). inputW is the cells the text may take; 0 takes what
// the note leaves.
func promptLine(w layout.Width, st styles, width int, sign string, p *prompt, inputW int, hint span, right string, rightSt lipgloss.Style) string {
	rw := 0
	if right != "" {
		rw = w.String(right) + 1
	}
	if inputW == 0 {
		inputW = width - 1 - rw - 1
		if inputW < 4 && rw > 0 {
			right, rw = "", 0
			inputW = width - 2
		}
	}
	before, at, after := p.view(w, max(1, inputW))
	left := fit(w, []span{styled(sign, st.prompt), plainSpan(before), styled(at, st.cursor), plainSpan(after), hint}, width-rw, plainSpan(""))
	if rw == 0 {
		return left
	}
	return left + fit(w, []span{styled(" "+right, rightSt)}, rw, plainSpan(""))
}

// count is n of what, in English: 1 mark, 2 marks.
func count(n int, what string) string {
	return fmt.Sprintf("%d %s%s", n, what, plural(n))
}

// plural is the s of n things in English: "" for one.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
