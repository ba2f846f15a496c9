package ui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// mode is what the keyboard does now: exactly one is in force. Each has
// a key table (keymodes.go), from which its keys are dispatched and its
// help and status-line hints are drawn. A new mode is a constant here, a
// table in keymodes.go, and its drawing in view.go.
type mode int

const (
	browse          mode = iota // the table of contents and the entry pane
	filtering                   // typing the filter, after /
	paging                      // typing a printed page, after :
	sectioning                  // typing a section's number, after #
	peopleList                  // the people the issue names
	peopleFiltering             // typing a search of the people list
	helping                     // the help over another mode's keys
	frontPage                   // the front matter: cover, masthead, distribution
	warningsPage                // the parser's warnings with their lines
	marksList                   // the entries marked, to jump to
)

// typing reports whether the mode's prompt takes what is typed as text.
func (md mode) typing() bool {
	return md == filtering || md == paging || md == sectioning || md == peopleFiltering
}

// binding is one row of a mode's key table, as lazygit's Binding: the
// keys and how help names them, and what they do.
type binding[T any] struct {
	key.Binding
	do    func(T, tea.KeyMsg) tea.Cmd
	group int // the help's column
	short int // the place on the status line; 0 not there
}

// keyTable is the keys of one mode. A prompt mode's text takes what no
// row does.
type keyTable[T any] struct {
	name  string   // what the help calls the mode
	notes []string // lines the help adds under the keys
	rows  []binding[T]
	text  func(T, tea.KeyMsg) tea.Cmd
}

// handle runs the first row that k matches, else text.
func (t *keyTable[T]) handle(v T, k tea.KeyMsg) tea.Cmd {
	for _, b := range t.rows {
		if key.Matches(k, b.Binding) {
			return b.do(v, k)
		}
	}
	if t.text != nil {
		return t.text(v, k)
	}
	return nil
}

// shortHelp is the status line's reminder, in its order.
func (t *keyTable[T]) shortHelp() []key.Binding {
	var rows []binding[T]
	for _, b := range t.rows {
		if b.short > 0 {
			rows = append(rows, b)
		}
	}
	slices.SortStableFunc(rows, func(a, b binding[T]) int { return a.short - b.short })
	out := make([]key.Binding, len(rows))
	for i, b := range rows {
		out[i] = b.Binding
	}
	return out
}

// fullHelp is the help, one column a group.
func (t *keyTable[T]) fullHelp() [][]key.Binding {
	var groups [][]key.Binding
	for _, b := range t.rows {
		if !b.Enabled() || b.Help().Key == "" {
			continue
		}
		for len(groups) <= b.group {
			groups = append(groups, nil)
		}
		groups[b.group] = append(groups[b.group], b.Binding)
	}
	return slices.DeleteFunc(groups, func(g []key.Binding) bool { return len(g) == 0 })
}

// as is b with other help: the same keys mean something else in another
// mode (enter opens an entry, and in the people list filters by a name).
func as(b key.Binding, keys, desc string) key.Binding {
	if keys == "" {
		keys = b.Help().Key
	}
	return key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(keys, desc))
}

// splitKeys is the one place where keys as they arrive become keys as
// meant, for the reader and the picker alike; one handles each. Two escs
// in one read arrive as alt+esc: both count. An esc that arrives in the
// same read as the next key comes as alt+key (a lagging connection does
// that): nothing binds alt, so it is esc, then the key. Keys typed
// quickly (or sent over SSH in one packet) arrive as one message of
// several runes: each is a command of its own, until one opens a prompt,
// which takes the rest as its text.
func splitKeys(k tea.KeyMsg, typing func() bool, one func(tea.KeyMsg) tea.Cmd) tea.Cmd {
	esc := tea.KeyMsg{Type: tea.KeyEsc}
	if k.Type == tea.KeyEsc && k.Alt {
		one(esc)
		return one(esc)
	}
	if k.Alt && !k.Paste {
		// Even in a prompt, which esc closes: /gn, then esc and j in one
		// read, is not /gnj.
		one(esc)
		k.Alt = false
	}
	if k.Type != tea.KeyRunes || k.Paste || typing() || len(k.Runes) < 2 {
		return one(k)
	}
	var cmd tea.Cmd
	for i, r := range k.Runes {
		if typing() {
			if c := one(tea.KeyMsg{Type: tea.KeyRunes, Runes: k.Runes[i:]}); c != nil {
				cmd = c
			}
			break
		}
		if c := one(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}); c != nil {
			cmd = c
		}
	}
	return cmd
}
