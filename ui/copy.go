package ui

import (
	"encoding/base64"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
)

// Citation is how an entry is cited:
// ——《平顶山月报》2023年第11期（总第215期），第14页.
func Citation(iss *model.Issue, e *model.Entry) string {
	return "——" + model.Cite(iss.DisplayTitle(), iss.Label(), e.Page)
}

// entryText is the entry as it is copied: title, paragraphs, citation.
func entryText(iss *model.Issue, e *model.Entry) string {
	var parts []string
	if e.Title != "" {
		parts = append(parts, layout.Clean(e.Title))
	}
	for _, p := range e.Paragraphs {
		parts = append(parts, layout.Clean(p.Text))
	}
	parts = append(parts, layout.Clean(Citation(iss, e)))
	return strings.Join(parts, "\n\n") + "\n"
}

// copyEntry puts the open entry on the user's clipboard with OSC 52, which
// terminals honour over SSH too: the clipboard is the client's, not the
// server's. The sequence goes out in the next frame, at the start of its
// last line, so that it reaches the terminal between whole frames
// through the renderer, never in the middle of one.
func (m *Model) copyEntry() tea.Cmd {
	e := m.iss.Entry(m.entry.ref)
	if e == nil {
		m.note = "no entry to copy"
		return nil
	}
	text := entryText(m.iss, e)
	m.clip = osc52(text)
	// Nothing tells whether the terminal took it: say what was sent.
	m.note = fmt.Sprintf("sent %d characters with the citation by OSC 52 (tmux: set -g set-clipboard on)", len([]rune(text)))
	return nil
}

// osc52 is the escape sequence that sets the clipboard to text.
func osc52(text string) string {
	return "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\x07"
}
