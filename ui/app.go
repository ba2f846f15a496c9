// Package ui is the reader: a table of contents, an entry pane and a
// filter prompt over one parsed issue, as a Bubble Tea model.
//
// Everything a reader needs comes in through Options, so that the SSH
// server can run many readers in one process, each with its own size,
// colours and ambiguous-width setting, over one shared parsed issue.
package ui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/search"
	"github.com/yuebao/yuebao/ui/state"
)

// Options are the inputs of one reader.
type Options struct {
	// Doc is the issue to read, with its indexes, which every reader of
	// it shares.
	Doc *Doc
	// Renderer colours the output for this reader's terminal; nil uses
	// lipgloss's default renderer (the local terminal).
	Renderer *lipgloss.Renderer
	// AmbiguousWide counts East Asian Ambiguous characters (“ ” … — ·) as
	// two cells, for terminals set that way.
	AmbiguousWide bool
	// Query is a filter to start with.
	Query string
	// Keys overrides DefaultKeyMap.
	Keys *KeyMap
	// Measure is the widest the entry's text runs, in cells: about 40
	// Chinese characters by default (DefaultMeasure), as a page sets
	// them; on a wider terminal the table of contents takes the room.
	// Negative: the whole pane.
	Measure int
	// Places remembers where the reader is left, under Doc.Key; the
	// reader reopens there (unless Query is given). Nil: nowhere.
	Places state.Store
	// AllMarks, when set (by the picker), is what ' does instead of
	// listing this issue's marks: a library lists every issue's.
	AllMarks func()
}

type pane int

const (
	paneTOC pane = iota
	paneEntry
)

// Sizes below which the reader changes shape.
const (
	minWidth, minHeight = 20, 6
	twoPaneWidth        = 70
)

// Model is the reader.
type Model struct {
	// frame is the last frame drawn, and same says nothing has changed
	// since: a key that changes nothing (a character past the query's
	// limit, from a client typing without end) costs no new frame.
	frame string
	same  bool

	doc    *Doc
	places state.Store
	iss    *model.Issue
	ix     *search.Index
	filt   *search.Filterer
	cells  layout.Width // measures text for this reader's terminal (width is its size)
	wide   bool         // what w counts East Asian Ambiguous characters as
	st     styles
	keys   KeyMap
	total  int // entries in the issue

	width, height int
	focus         pane

	toc    tocPane
	entry  entryPane
	prompt prompt

	mode     mode
	helpFrom mode // the mode whose keys the help lists
	tables   map[mode]*readerTable

	ppl       peopleView
	marks     marksView
	allMarks  func()       // Options.AllMarks
	jumps     []spot       // where jumps left from, the last last
	ahead     []spot       // where ctrl+o came back from
	pageIn    prompt       // what is typed after :
	sectionIn prompt       // what is typed after #
	timeline  bool         // the TOC is grouped by day
	days      []day        // the timeline, made the first time it is shown
	query     string       // the filter in force ("" for none)
	hits      []search.Hit // its entries, title matches first
	// helpOffset scrolls the help when it is taller than the screen, and
	// pageOffset the front matter or the warnings.
	helpOffset int
	pageOffset int
	// clip is an OSC 52 sequence to send with the frames until the next
	// message: the renderer draws only the last frame it is given, and
	// only when it changed, so it goes out once.
	clip  string
	note  string // a one-off message for the status line
	metaW int    // width of the TOC's date-and-page column; -1 until measured
	years bool   // the issue's dates span several years: they are shown with theirs
	tocW  int    // the TOC's widest line (tocNeed); -1 until measured
	// heads counts, by section and width, the titles cut at their end to
	// the same words (see cutHeads). The TOC cuts its rows at more than
	// one width (indented or not, under a filter), so each width is kept:
	// one map, remade whenever the width changed, was remade for every
	// row of a chronicle's 30,000 titles at every frame.
	heads map[[2]int]cutTitles
	// measure is the entry text's widest, in cells; 0: the pane.
	measure int
}

// New makes a reader. It does no I/O.
func New(opts Options) *Model {
	r := opts.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	ix := opts.Doc.Index()
	keys := DefaultKeyMap()
	if opts.Keys != nil {
		keys = *opts.Keys
	}
	m := &Model{
		doc:      opts.Doc,
		places:   opts.Places,
		allMarks: opts.AllMarks,
		iss:      opts.Doc.Issue,
		ix:       ix,
		filt:     ix.NewFilterer(),
		cells:    layout.NewWidth(opts.AmbiguousWide),
		wide:     opts.AmbiguousWide,
		st:       newStyles(r),
		keys:     keys,
		tables:   readerTables(keys),
		width:    80, height: 24,
		entry: entryPane{ref: model.NoEntry()},
		metaW: -1,
		tocW:  -1,
	}
	m.total = m.iss.EntryCount()
	m.years = m.iss.ManyYears()
	switch {
	case opts.Measure == 0:
		m.measure = DefaultMeasure
	case opts.Measure > 0:
		m.measure = max(opts.Measure, 20)
	}
	m.toc.collapsed = make([]bool, len(m.iss.Sections))
	if opts.Query != "" {
		m.prompt.set(opts.Query)
		m.applyFilter(opts.Query)
	} else {
		m.rebuild()
		// Start on the first entry, so that the pane beside shows text.
		if len(m.toc.rows) > 1 && m.toc.rows[1].ent == 0 {
			m.toc.cursor = 1
		}
	}
	m.follow()
	m.loadMarks()
	if opts.Places != nil && opts.Doc.Key != "" && opts.Query == "" {
		if p, ok := opts.Places.Load(opts.Doc.Key); ok {
			m.restore(p)
		}
	}
	return m
}

// SetAmbiguousWide changes how this reader counts East Asian Ambiguous
// characters, for a terminal set the other way. Only this reader changes.
func (m *Model) SetAmbiguousWide(wide bool) {
	m.wide = wide
	m.cells = layout.NewWidth(wide)
	m.metaW, m.tocW = -1, -1
	clear(m.heads)
	m.entry.lines = nil // wrapped for the old widths
	m.entry.matches, m.entry.matchesQuery = nil, ""
	m.clamp()
}

// Init does nothing: the issue is already parsed.
func (m *Model) Init() tea.Cmd { return nil }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && m.mode == filtering && m.note == "" && m.prompt.refuses(k) {
		return m, nil
	}
	m.same = false
	m.clip = ""
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.clamp()
		return m, nil
	case tea.KeyMsg:
		return m, splitKeys(msg, m.mode.typing, m.key)
	case tea.MouseMsg:
		if m.mode == browse || m.mode.typing() && m.mode != peopleFiltering {
			m.mouse(msg)
		}
	}
	return m, nil
}

// key runs one key through the table of the mode in force.
func (m *Model) key(k tea.KeyMsg) tea.Cmd {
	m.note = ""
	if k.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	return m.tables[m.mode].handle(m, k)
}

func (m *Model) openHelp() {
	m.helpFrom, m.mode = m.mode, helping
	m.helpOffset = 0
}

func (m *Model) closeHelp() {
	m.mode = m.helpFrom
	m.helpOffset = 0
}

// base is the mode under the help, or the mode in force.
func (m *Model) base() mode {
	if m.mode == helping {
		return m.helpFrom
	}
	return m.mode
}

func (m *Model) toggleAmbiguous() {
	m.SetAmbiguousWide(!m.wide)
	if m.wide {
		m.note = "“ ” … — · count two cells"
	} else {
		m.note = "“ ” … — · count one cell"
	}
}

// escape backs out one level: help, filter, entry pane.
func (m *Model) escape() {
	switch {
	case m.query != "":
		m.prompt.set("")
		m.applyFilter("")
	case m.focus == paneEntry:
		m.focus = paneTOC
	}
}

// applyFilter narrows the table of contents to the entries that match q,
// keeping the query when nothing matches so that it can be corrected.
func (m *Model) applyFilter(q string) {
	if search.Fold(q) == "" {
		q = ""
	}
	m.query = q
	if q == "" {
		m.hits = nil
	} else {
		m.hits = m.filt.Filter(q)
	}
	keep := m.toc.current()
	m.rebuild()
	if q != "" && len(m.hits) > 0 {
		m.toc.cursor = 0
	} else {
		m.toc.selectEntry(keep.sec, keep.ent)
	}
	m.toc.offset = 0
	m.clamp()
	m.follow()
	m.entry.resetMatches()
}

func (m *Model) rebuild() {
	var days []day
	if m.timeline {
		days = m.days
	}
	m.toc.build(m.iss, m.hits, m.query != "", days)
}

// byDay reports whether the TOC shows the timeline now (a filter shows
// its matches, ranked, in either mode).
func (m *Model) byDay() bool { return m.timeline && m.query == "" }

// group is what ] [ and 1–9 move between: sections, or days in the
// timeline.
func (m *Model) group(r tocRow) int {
	if m.byDay() {
		return r.grp
	}
	return r.sec
}

// toggleTimeline switches the TOC between printed order and the timeline,
// keeping the cursor on the same entry.
func (m *Model) toggleTimeline() {
	// The entry read stays the one highlighted, in either order.
	keep := m.toc.current()
	if r := m.entry.ref; r.Valid() {
		keep = tocRow{sec: r.Sec, ent: r.Ent}
	}
	m.timeline = !m.timeline
	if m.timeline && m.days == nil {
		m.days = buildTimeline(m.iss)
	}
	m.rebuild()
	m.toc.selectEntry(keep.sec, keep.ent)
	m.toc.keepInView(m.bodyHeight())
	m.follow()
	switch {
	case m.query != "":
		// The filter keeps its ranking; the timeline waits for esc.
		if m.timeline {
			m.note = "timeline once the filter is cleared"
		} else {
			m.note = "printed order once the filter is cleared"
		}
	case m.timeline:
		m.note = "timeline: entries by their first day"
	default:
		m.note = "printed order"
	}
}

// follow shows the entry under the TOC cursor in the entry pane.
func (m *Model) follow() {
	if r, ok := m.toc.row(); ok && r.ent >= 0 {
		m.entry.show(r.ref())
	}
}

func (m *Model) twoPanes() bool { return m.width >= twoPaneWidth }

// entryVisible reports whether the entry pane is on screen.
func (m *Model) entryVisible() bool { return m.twoPanes() || m.focus == paneEntry }

func (m *Model) move(d int) {
	if m.focus == paneEntry && m.entryVisible() {
		m.scrollOn(d)
		return
	}
	m.toc.move(d, m.bodyHeight())
	m.follow()
}

// moveResult moves the TOC cursor, whichever pane has the keys: the
// filter's results are the TOC's rows.
func (m *Model) moveResult(d int) {
	m.toc.move(d, m.bodyHeight())
	m.follow()
}

func (m *Model) open() {
	r, ok := m.toc.row()
	if m.focus == paneEntry || !ok {
		return
	}
	if r.ent < 0 {
		if r.sec < 0 {
			return // a day of the timeline: nothing to expand
		}
		// Open only ever opens: a collapsed section expands, an expanded
		// one gives its first entry (h/← collapse).
		if m.query == "" && m.toc.collapsed[r.sec] {
			m.toc.collapsed[r.sec] = false
			m.rebuild()
			m.toc.selectEntry(r.sec, -1)
			m.clamp()
			return
		}
		m.toc.move(1, m.bodyHeight())
		if n, ok := m.toc.row(); !ok || n.sec != r.sec || n.ent < 0 {
			m.toc.move(-1, m.bodyHeight()) // an empty section
			return
		}
		m.follow()
		return
	}
	m.entry.show(r.ref())
	m.focus = paneEntry
}

func (m *Model) back() {
	if m.focus == paneEntry {
		m.focus = paneTOC
		return
	}
	r, ok := m.toc.row()
	if !ok || m.query != "" || m.byDay() {
		return
	}
	if r.ent >= 0 || !m.toc.collapsed[r.sec] {
		m.toc.collapsed[r.sec] = true
		m.rebuild()
		m.toc.selectEntry(r.sec, -1)
		m.clamp()
	}
}

func (m *Model) switchPane() {
	if m.focus == paneTOC {
		if m.entry.ref.Valid() {
			m.focus = paneEntry
		}
	} else {
		m.focus = paneTOC
	}
}

// jumpSection moves to the first entry of the next or previous section
// that the TOC shows.
func (m *Model) jumpSection(d int) {
	cur, ok := m.toc.row()
	if !ok {
		return
	}
	if m.query != "" {
		// Ranked matches: a section's rows are not together, and the list
		// is not in printed order. The next section is the next in print
		// that has a match, its best-ranked row where to go; so ] and [
		// walk the sections in order, each once.
		g := m.group(cur)
		best, at := -1, -1
		for i, r := range m.toc.rows {
			h := m.group(r)
			if h == g || (h-g)*d < 0 {
				continue
			}
			if best < 0 || (h-best)*d < 0 {
				best, at = h, i
			}
		}
		if at >= 0 {
			m.toc.cursor = at
			m.toc.keepInView(m.bodyHeight())
			m.follow()
		}
		return
	}
	for i := m.toc.cursor + d; i >= 0 && i < len(m.toc.rows); i += d {
		r := m.toc.rows[i]
		if m.group(r) == m.group(cur) {
			continue
		}
		m.gotoSection(m.group(r))
		return
	}
}

// gotoSection puts the cursor on section n's first entry, expanding it
// (on day n's in the timeline).
func (m *Model) gotoSection(n int) {
	if m.byDay() {
		for i, r := range m.toc.rows {
			if r.grp == n && r.ent >= 0 {
				m.toc.cursor = i
				m.headingToTop(i)
				m.follow()
				return
			}
		}
		return
	}
	if n < 0 || n >= len(m.iss.Sections) {
		return
	}
	if m.query == "" && m.toc.collapsed[n] {
		m.toc.collapsed[n] = false
		m.rebuild()
	}
	for i, r := range m.toc.rows {
		if r.sec == n && (r.ent >= 0 || m.query == "" && len(m.iss.Sections[n].Entries) == 0) {
			m.toc.cursor = i
			m.headingToTop(i)
			if r.ent < 0 {
				break
			}
			m.follow()
			if !m.twoPanes() {
				m.focus = paneTOC
			}
			return
		}
	}
	if m.query != "" {
		m.note = "no match in " + m.iss.Sections[n].Name
	}
}

// scrollOn scrolls the entry pane; forward past the end of the entry it
// goes on into the next, as a pager goes on to the next page, and back
// past its top into the end of the one before, so that an issue reads
// straight through either way.
func (m *Model) scrollOn(d int) {
	lines, h := m.entryLines(), m.bodyHeight()
	if d > 0 && m.entry.offset >= max(0, len(lines)-h) {
		if !m.stepEntry(+1) {
			m.note = "end of the issue"
		}
		return
	}
	if d < 0 && m.entry.offset == 0 {
		// Back from the top: the end of the entry before, as a pager
		// going back shows the page before.
		if !m.stepEntry(-1) {
			m.note = "start of the issue"
			return
		}
		lines = m.entryLines()
		m.entry.scroll(len(lines), lines, h)
		return
	}
	m.entry.scroll(d, lines, h)
}

// stepEntry shows the next (d > 0) or previous entry in the TOC's order,
// opening a collapsed section on the way; it reports false at either
// end.
func (m *Model) stepEntry(d int) bool {
	i := m.toc.cursor
	for j, r := range m.toc.rows {
		if r.ent >= 0 && r.ref() == m.entry.ref {
			i = j
			break
		}
	}
	for j := i + d; j >= 0 && j < len(m.toc.rows); j += d {
		r := m.toc.rows[j]
		if r.ent >= 0 {
			m.toc.cursor = j
			m.toc.keepInView(m.bodyHeight())
			m.entry.show(r.ref())
			return true
		}
		if r.sec >= 0 && !m.byDay() && m.query == "" && m.toc.collapsed[r.sec] {
			m.toc.collapsed[r.sec] = false
			m.rebuild()
			if d < 0 {
				j += len(m.iss.Sections[r.sec].Entries) + 1 // from below its last entry
			}
		}
	}
	return false
}

// headingToTop scrolls the TOC so that the heading above row i (a
// section's, a day's) is the top row, its entries below it: a jump to a
// section shows the section, not its last line at the bottom. The last
// sections too: the TOC scrolls past its end for them, blank rows below,
// so that every section key leaves its heading in one place.
func (m *Model) headingToTop(i int) {
	top := i
	for top > 0 && m.toc.rows[top].ent >= 0 && m.group(m.toc.rows[top-1]) == m.group(m.toc.rows[i]) {
		top--
	}
	if top > 0 && m.toc.rows[top].ent >= 0 && m.toc.rows[top-1].ent < 0 {
		top-- // the heading itself
	}
	m.toc.toTop(top, m.bodyHeight())
}

// page scrolls the entry pane when it is on screen, else the TOC.
func (m *Model) page(d int) {
	if m.entryVisible() && m.entry.ref.Valid() {
		m.scrollOn(d)
		return
	}
	m.toc.move(d, m.bodyHeight())
	m.follow()
}

// halfPage is page by half a screen, which stays in the entry: only the
// pager's keys (space, f, pgdn, j and back b, pgup, k) go on into another.
func (m *Model) halfPage(d int) {
	if m.entryVisible() && m.entry.ref.Valid() {
		m.entry.scroll(d, m.entryLines(), m.bodyHeight())
		return
	}
	m.toc.move(d, m.bodyHeight())
	m.follow()
}

func (m *Model) edge(bottom bool) {
	if m.focus == paneEntry && m.entryVisible() {
		lines := m.entryLines()
		if bottom {
			m.entry.scroll(len(lines), lines, m.bodyHeight())
		} else {
			m.entry.offset = 0
		}
		return
	}
	m.toc.pastEnd = false // the list's top or end, as a list shows them
	if bottom {
		m.toc.move(len(m.toc.rows), m.bodyHeight())
	} else {
		m.toc.move(-len(m.toc.rows), m.bodyHeight())
	}
	m.follow()
}

// clamp keeps cursors and offsets valid after the size or the rows
// changed.
func (m *Model) clamp() {
	m.toc.move(0, m.bodyHeight())
	m.ppl.move(0, m.bodyHeight())
	m.moveMark(0)
	if m.entry.ref.Valid() {
		m.entry.scroll(0, m.entryLines(), m.bodyHeight())
	}
}

// bodyHeight is the rows between the header and the status line.
func (m *Model) bodyHeight() int { return max(1, m.height-2) }

// paneWidths returns the widths of the TOC and entry panes, and of the
// separator between them (0 with one pane).
func (m *Model) paneWidths() (toc, entry int) {
	if !m.twoPanes() {
		return m.width, m.width
	}
	toc = min(max(28, m.width*2/5), 48)
	if m.measure > 0 {
		// What the text does not take, the TOC may, as far as nine
		// titles in ten and their dates need: titles that differ late
		// are told apart, and the few longer ones are cut (start…end
		// where that tells them apart) rather than push every date out.
		toc = max(toc, min(m.width-m.measure-2, m.tocNeed()))
	}
	return toc, m.width - toc - m.cells.String(sepGlyph)
}

// DefaultMeasure is the entry text's width: 40 Chinese characters and
// the pane's margin.
const DefaultMeasure = 81

// tocNeed is the width at which nine titles in ten of the TOC are not
// cut: one long title (112 cells in the sample, against a median of 40)
// would otherwise set the width of all, its dates far from the others.
func (m *Model) tocNeed() int {
	if m.tocW < 0 {
		var ws []int
		for _, s := range m.iss.Sections {
			for i := range s.Entries {
				ws = append(ws, m.cells.String(s.Entries[i].DisplayTitle()))
			}
		}
		m.tocW = 0
		if len(ws) > 0 {
			slices.Sort(ws)
			m.tocW = ws[(len(ws)*9+9)/10-1] // the 90th percentile, by nearest rank
		}
		m.tocW += 2 + 2 + m.metaWidth() // indent, gap, date and page
	}
	return m.tocW
}

const sepGlyph = "│"

func (m *Model) mouse(msg tea.MouseMsg) {
	tocW, _ := m.paneWidths()
	overTOC := m.twoPanes() && msg.X < tocW || !m.twoPanes() && m.focus == paneTOC
	switch {
	case msg.Button == tea.MouseButtonWheelDown || msg.Button == tea.MouseButtonWheelUp:
		d := 3
		if msg.Button == tea.MouseButtonWheelUp {
			d = -3
		}
		if overTOC {
			// The highlight the wheel moves is the entry read, as with
			// the keys: enter never acts on a row that is not shown.
			m.toc.scroll(d, m.bodyHeight())
			m.follow()
		} else if m.entry.ref.Valid() {
			m.entry.scroll(d, m.entryLines(), m.bodyHeight())
		}
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		if !overTOC || msg.Y < 1 || msg.Y > m.bodyHeight() {
			if !overTOC && m.entry.ref.Valid() {
				m.focus = paneEntry
			}
			return
		}
		i := m.toc.offset + msg.Y - 1
		if i >= len(m.toc.rows) {
			return
		}
		m.focus = paneTOC
		if m.toc.rows[i].ent < 0 {
			m.toc.cursor = i
			m.open()
			return
		}
		m.jump(func() {
			m.toc.cursor = i
			m.follow()
		})
	}
}
