package model

import (
	"strconv"
	"strings"

	"github.com/yuebao/yuebao/internal/hant"
)

// DisplayName is what a section is called in a list: its name, or
// （无标题） for the text before the first heading.
func (s *Section) DisplayName() string {
	if s.Name != "" {
		return s.Name
	}
	return "（无标题）"
}

// SectionName is what section i of the issue is called in a list: as
// DisplayName, except that a section without a name that is the whole
// body under a printed title (a month's 大事记 of day lines under
// 宁川县2023年11月大事记) is called by that title: （无标题） there
// would call the document untitled. A file's name is not a title, so a
// copy that prints none keeps （无标题）.
func (iss *Issue) SectionName(i int) string {
	s := &iss.Sections[i]
	if s.Name == "" && len(iss.Sections) == 1 && iss.Title != "" {
		return iss.Title
	}
	if s.Name == "" && traditional(iss.Title) {
		return "（無標題）"
	}
	return s.DisplayName()
}

// traditional reports whether s, an issue's title, is written in
// traditional characters (青嵐史志通訊, 寧川縣大事記): the words the
// reader adds to such a copy's (總第87期, 第12頁) are written so too.
func traditional(s string) bool {
	for _, r := range s {
		if hant.Traditional(r) {
			return true
		}
	}
	return false
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
	if strings.Contains(t, "  ") || strings.Contains(t, "\u3000") || strings.Contains(t, "\t") {
		// 1 月 7 日      县妇联…, as pdftotext -layout sets a day line: the
		// padding would fill the label.
		t = collapseSpaces(t)
	}
	n := 0
	for i := range t {
		if n == titleFallback {
			return t[:i] + "…"
		}
		n++
	}
	return t
}

// collapseSpaces makes every run of spaces, tabs and ideographic spaces
// in t one space.
func collapseSpaces(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	space := false
	for _, r := range t {
		if r == ' ' || r == '\t' || r == '\u3000' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Cite is how an entry on page of an issue is cited, the one way every
// output cites: 《平顶山月报》2023年第11期（总第215期），第14页; without the
// page when it is 0, without 《》 when the issue has no title.
func Cite(title, label string, page int) string {
	var b strings.Builder
	if title != "" {
		b.WriteString("《" + title + "》")
	}
	b.WriteString(label)
	if page != 0 {
		if traditional(title) {
			b.WriteString("，第" + strconv.Itoa(page) + "頁")
		} else {
			b.WriteString("，第" + strconv.Itoa(page) + "页")
		}
	}
	return b.String()
}
