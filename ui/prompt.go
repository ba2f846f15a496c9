package ui

import (
	"unicode"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/ui/layout"
)

// prompt is a one-line text input measured with the app's own Width.
// bubbles' textinput measures with go-runewidth's process-wide defaults in
// one place and uniseg in another, which disagree under a Chinese locale;
// a query is short, so a small input of our own is simpler than taming it.
type prompt struct {
	value  []rune
	cursor int // rune index, 0..len(value)
}

// maxQuery is the longest query a prompt takes, in characters.
const maxQuery = 200

func (p *prompt) String() string { return string(p.value) }

func (p *prompt) set(s string) {
	p.value = []rune(s)
	p.cursor = len(p.value)
}

// refuses reports whether k is characters that update would refuse for
// want of room: the value is as long as it may be.
func (p *prompt) refuses(k tea.KeyMsg) bool {
	return (k.Type == tea.KeyRunes && !k.Alt && !k.Paste || k.Type == tea.KeySpace) && len(p.value) >= maxQuery
}

// update edits the value. It reports whether the value changed. An input
// method commits a whole word in one key message (你好), so runes are
// inserted as a run.
func (p *prompt) update(k tea.KeyMsg) bool {
	switch k.Type {
	case tea.KeyRunes, tea.KeySpace:
		rs := k.Runes
		if k.Type == tea.KeySpace {
			rs = []rune{' '}
		}
		ins := make([]rune, 0, len(rs))
		for _, r := range rs {
			if unicode.IsPrint(r) || r == ' ' || r == '\u3000' {
				ins = append(ins, r)
			}
		}
		// A query longer than anything worth looking for would only cost:
		// every keystroke filters again (a client typing without end, over
		// SSH, would take a core).
		ins = ins[:max(0, min(len(ins), maxQuery-len(p.value)))]
		if len(ins) == 0 {
			return false
		}
		v := make([]rune, 0, len(p.value)+len(ins))
		v = append(v, p.value[:p.cursor]...)
		v = append(v, ins...)
		p.value = append(v, p.value[p.cursor:]...)
		p.cursor += len(ins)
		return true
	case tea.KeyBackspace, tea.KeyCtrlH:
		if p.cursor == 0 {
			return false
		}
		p.value = append(p.value[:p.cursor-1], p.value[p.cursor:]...)
		p.cursor--
		return true
	case tea.KeyDelete, tea.KeyCtrlD:
		if p.cursor == len(p.value) {
			return false
		}
		p.value = append(p.value[:p.cursor], p.value[p.cursor+1:]...)
		return true
	case tea.KeyLeft, tea.KeyCtrlB:
		p.cursor = max(0, p.cursor-1)
	case tea.KeyRight, tea.KeyCtrlF:
		p.cursor = min(len(p.value), p.cursor+1)
	case tea.KeyHome, tea.KeyCtrlA:
		p.cursor = 0
	case tea.KeyEnd, tea.KeyCtrlE:
		p.cursor = len(p.value)
	case tea.KeyCtrlU:
		if p.cursor == 0 {
			return false
		}
		p.value = append([]rune{}, p.value[p.cursor:]...)
		p.cursor = 0
		return true
	case tea.KeyCtrlK:
		if p.cursor == len(p.value) {
			return false
		}
		p.value = p.value[:p.cursor]
		return true
	case tea.KeyCtrlW:
		i := p.cursor
		for i > 0 && unicode.IsSpace(p.value[i-1]) {
			i--
		}
		for i > 0 && !unicode.IsSpace(p.value[i-1]) {
			i--
		}
		if i == p.cursor {
			return false
		}
		p.value = append(p.value[:i], p.value[p.cursor:]...)
		p.cursor = i
		return true
	}
	return false
}

// view returns the visible part of the value in at most n cells, with the
// cursor cell: the text before the cursor, the rune under it (a space at
// the end) and the text after. When the value is wider than n it scrolls
// so that the cursor stays in view; a wide rune is never cut in half.
func (p *prompt) view(w layout.Width, n int) (before, at, after string) {
	if n <= 0 {
		return "", "", ""
	}
	cur := " "
	if p.cursor < len(p.value) {
		cur = string(p.value[p.cursor])
	}
	curW := w.String(cur)
	if curW > n {
		return "", "", ""
	}
	// Take as much before the cursor as fits, then fill after it.
	start := p.cursor
	used := curW
	for start > 0 {
		rw := w.Rune(p.value[start-1])
		if used+rw > n {
			break
		}
		used += rw
		start--
	}
	end := p.cursor
	if p.cursor < len(p.value) {
		end++
	}
	for end < len(p.value) {
		rw := w.Rune(p.value[end])
		if used+rw > n {
			break
		}
		used += rw
		end++
	}
	before = string(p.value[start:p.cursor])
	if p.cursor < len(p.value) {
		after = string(p.value[p.cursor+1 : end])
	}
	return before, cur, after
}
