package ui

import "github.com/yuebao/yuebao/model"

// The jump list: every jump (a printed page, a section, n/N into another
// entry, a person, a picker result, a click) remembers where the reader
// was, so that ctrl+o (or backspace) goes back and ctrl+n forward again,
// as vim's jump list does (whose forward key, ctrl+i, is tab in a
// terminal, and tab switches panes here).

// maxJumps bounds the list, as vim's holds 100.
const maxJumps = 100

// spot is a place in the issue: the entry shown and its scroll.
type spot struct {
	ref    model.EntryRef
	offset int
}

func (m *Model) here() spot { return spot{m.entry.ref, m.entry.offset} }

// jump runs f, a jump, and remembers where it left from when it took the
// reader to another entry.
func (m *Model) jump(f func()) {
	from := m.here()
	f()
	if from.ref.Valid() && m.entry.ref != from.ref {
		m.jumps = append(m.jumps, from)
		if len(m.jumps) > maxJumps {
			m.jumps = m.jumps[1:]
		}
		m.ahead = m.ahead[:0]
	}
}

// jumpBack returns to where the last jump left from; jumpAhead undoes it.
func (m *Model) jumpBack() { m.retrace(&m.jumps, &m.ahead, "no jump to go back to") }

func (m *Model) jumpAhead() { m.retrace(&m.ahead, &m.jumps, "no jump to go forward to") }

func (m *Model) retrace(from, to *[]spot, none string) {
	if len(*from) == 0 {
		m.note = none
		return
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	if m.entry.ref.Valid() {
		*to = append(*to, m.here())
	}
	m.showEntry(s.ref)
	m.entry.offset = s.offset
	m.clamp()
}
