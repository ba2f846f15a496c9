package model

// DisplayName is what a section is called in a list: its name, or
// （无标题） for the text before the first heading.
func (s *Section) DisplayName() string {
	if s.Name != "" {
		return s.Name
	}
	return "（无标题）"
}

// titleFallback is how many characters of its text stand for an entry
// that has no title: enough to recognise it, short enough for one line
// of a list.
const titleFallback = 30

// DisplayTitle is what names an entry in a list: its title, else the
// start of its text (up to 30 characters, then …), else （空）.
func (e *Entry) DisplayTitle() string {
	if e.Title != "" {
		return e.Title
	}
	if len(e.Paragraphs) == 0 {
		return "（空）"
	}
	t := e.Paragraphs[0].Text
	n := 0
	for i := range t {
		if n == titleFallback {
			return t[:i] + "…"
		}
		n++
	}
	return t
}
