package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// styles are bound to one renderer: over SSH every session has its own
// colour profile and background, so nothing here may use lipgloss's
// global renderer. Styles only colour text; every width, pad and cut is
// done by the app with its own layout.Width, because lipgloss measures
// East Asian Ambiguous characters with a process-wide setting.
type styles struct {
	header      lipgloss.Style
	section     lipgloss.Style
	meta        lipgloss.Style
	selected    lipgloss.Style // the cursor row in the focused pane
	selectedDim lipgloss.Style // the cursor row when the other pane has focus
	match       lipgloss.Style
	current     lipgloss.Style // the match n/N stopped at
	title       lipgloss.Style
	sep         lipgloss.Style
	status      lipgloss.Style
	prompt      lipgloss.Style
	cursor      lipgloss.Style
	helpKey     lipgloss.Style
	warn        lipgloss.Style
}

// newStyles binds the styles to r. Without colour (NO_COLOR, a dumb
// terminal) lipgloss drops every attribute, reverse and bold included, so
// then the renderer is switched to plain ANSI and the styles carry no
// colour: selection and matches still show.
func newStyles(r *lipgloss.Renderer) styles {
	var accent, dim, hit lipgloss.TerminalColor = lipgloss.AdaptiveColor{Light: "#005f87", Dark: "#5fafff"},
		lipgloss.AdaptiveColor{Light: "#626262", Dark: "#a8a8a8"},
		lipgloss.AdaptiveColor{Light: "#af0000", Dark: "#ffaf00"}
	if r.ColorProfile() == termenv.Ascii {
		r.SetColorProfile(termenv.ANSI)
		accent, dim, hit = lipgloss.NoColor{}, lipgloss.NoColor{}, lipgloss.NoColor{}
	}
	s := r.NewStyle
	// Selection and matches use reverse, bold and underline, which stay
	// visible without colour (NO_COLOR, or an Ascii profile over SSH).
	return styles{
		header:      s().Bold(true).Foreground(accent),
		section:     s().Bold(true),
		meta:        s().Foreground(dim),
		selected:    s().Reverse(true),
		selectedDim: s().Underline(true),
		match:       s().Bold(true).Underline(true).Foreground(hit),
		current:     s().Bold(true).Reverse(true).Foreground(hit),
		title:       s().Bold(true).Foreground(accent),
		sep:         s().Foreground(dim),
		status:      s().Foreground(dim),
		prompt:      s().Bold(true).Foreground(accent),
		cursor:      s().Reverse(true),
		helpKey:     s().Bold(true),
		warn:        s().Bold(true).Foreground(hit),
	}
}

// LightBackground reads COLORFGBG ("15;0" is light on dark), which some
// terminals set and ssh can pass on with SendEnv. It is how a reader
// learns its background without asking the terminal: the question's
// answer comes back on the input, where it would swallow the keys typed
// ahead of it, and a terminal that does not answer would hold the start.
func LightBackground(colorfgbg string) bool {
	i := strings.LastIndexByte(colorfgbg, ';')
	if i < 0 {
		return false
	}
	switch colorfgbg[i+1:] {
	case "7", "15":
		return true
	}
	return false
}
