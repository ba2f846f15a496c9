package ui

import "github.com/charmbracelet/bubbles/key"

// KeyMap is every key the reader answers to. The help line and the help
// overlay are generated from it, so they cannot list a key that does
// nothing (glow#1037), and a test checks each binding against Update.
type KeyMap struct {
	Down, Up         key.Binding
	NextEntry        key.Binding
	PrevEntry        key.Binding
	Open, Back       key.Binding
	SwitchPane       key.Binding
	SwitchPaneBack   key.Binding
	NextSection      key.Binding
	PrevSection      key.Binding
	JumpSection      key.Binding
	SectionPrompt    key.Binding
	PageDown, PageUp key.Binding
	HalfDown, HalfUp key.Binding
	Top, Bottom      key.Binding
	Filter           key.Binding
	NextMatch        key.Binding
	PrevMatch        key.Binding
	People           key.Binding
	GotoPage         key.Binding
	Timeline         key.Binding
	Copy             key.Binding
	FrontMatter      key.Binding
	Mark             key.Binding
	Marks            key.Binding
	Warnings         key.Binding
	JumpBack         key.Binding
	JumpAhead        key.Binding
	AmbiguousWidth   key.Binding
	Help             key.Binding
	Escape           key.Binding
	Quit             key.Binding
	// Accept ends a prompt keeping what was typed.
	Accept key.Binding
}

// DefaultKeyMap follows what readers' hands already know from less, glow
// and the bubbles components.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:           key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:             key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		NextEntry:      key.NewBinding(key.WithKeys("J"), key.WithHelp("J", "next entry")),
		PrevEntry:      key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "previous entry")),
		Open:           key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter/l/→", "open · expand")),
		Back:           key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("h/←", "collapse · back")),
		SwitchPane:     key.NewBinding(key.WithKeys("tab", "t"), key.WithHelp("tab/t", "switch pane")),
		SwitchPaneBack: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "switch pane back")),
		NextSection:    key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next section/day")),
		PrevSection:    key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev. section/day")),
		JumpSection:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1–9, 0", "section N (0: 10)")),
		SectionPrompt:  key.NewBinding(key.WithKeys("#"), key.WithHelp("#", "section/day number")),
		PageDown:       key.NewBinding(key.WithKeys(" ", "f", "pgdown"), key.WithHelp("space/f/pgdn", "page down")),
		PageUp:         key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b/pgup", "page up")),
		HalfDown:       key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "half page down")),
		HalfUp:         key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "half page up")),
		Top:            key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:         key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Filter:         key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		NextMatch:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:      key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		People:         key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "people named")),
		GotoPage:       key.NewBinding(key.WithKeys(":"), key.WithHelp(":", "go to printed page")),
		Timeline:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sections ⇄ timeline")),
		JumpBack:       key.NewBinding(key.WithKeys("ctrl+o", "backspace"), key.WithHelp("ctrl+o/⌫", "jump back")),
		JumpAhead:      key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "jump forward")),
		Mark:           key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark · unmark")),
		Marks:          key.NewBinding(key.WithKeys("'"), key.WithHelp("'", "the marks")),
		FrontMatter:    key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "front matter")),
		Warnings:       key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "parser warnings")),
		Copy:           key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy with citation")),
		AmbiguousWidth: key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "“…” one or two cells")),
		Help:           key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Escape:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear · back")),
		Quit:           key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Accept:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "accept")),
	}
}

// ShortHelp is the status line's reminder while reading, drawn from the
// reading mode's key table like everything help shows.
func (k KeyMap) ShortHelp() []key.Binding { return browseTable(k).shortHelp() }

// FullHelp is the reading mode's help, one column a group.
func (k KeyMap) FullHelp() [][]key.Binding { return browseTable(k).fullHelp() }
