package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/layout"
	"github.com/yuebao/yuebao/ui/search"
	"github.com/yuebao/yuebao/ui/state"
)

// PickerOptions are the inputs of a picker.
type PickerOptions struct {
	Docs          []*Doc // newest first
	Renderer      *lipgloss.Renderer
	AmbiguousWide bool
	Query         string // a search of every issue to start with
	// Measure is the readers' (see Options.Measure).
	Measure int
	// Places remembers where each issue's reader is left, under its
	// Doc's Key, as a reader alone does; nil: nowhere.
	Places state.Store
	// Archive, when set, is searched instead of each issue in memory:
	// Docs are then a catalogue's (NewLazyDoc), parsed when opened.
	Archive Archive
	// Context, when it ends, ends the archive's search under way, so
	// that none outlives the program (an SSH session's) or holds up the
	// archive's closing; nil: it never ends.
	Context context.Context
}

// Picker is the issue picker over several issues, and the readers opened
// from it. Esc in a reader (with nothing else to back out of) returns here.
type Picker struct {
	docs []*Doc
	// twins counts the issues that the picker would list alike (the same
	// title and number: copies of one issue), whose rows then name their
	// files; made again when a Doc changes (labelTwins).
	twins   map[string]int
	opts    PickerOptions
	readers []*Model // opened readers, by shelf, kept so each stays where it was
	cur     int      // the shelf being read; -1 in the picker

	cells  layout.Width
	st     styles
	keys   KeyMap
	width  int
	height int

	mode      pickMode
	marks     []pickMark
	markPos   listPos
	marksFrom int // the shelf whose reader ' listed the marks from; -1: the picker
	// backTo is the shelf whose reader opened the one in view on one of
	// its marks (' then enter on another issue's): esc at its top goes
	// back there, not to the picker; -1 otherwise.
	backTo    int
	people    []Person // gathered when first listed
	peoplePos listPos
	// person is whose page the search is (openPerson): its entries are
	// listed newest first, with the role each issue gives; nil for none.
	person *Person

	// places tells that the issues are of more than one publication (an
	// archive of several cities): a search result then names its place.
	places     bool
	tables     map[pickMode]*pickerTable
	helpOffset int
	helpFrom   pickMode // the mode whose keys the help lists

	rows []pickRow
	listPos
	prompt prompt
	query  string
	nhits  int // entry matches behind rows
	// capped tells that the archive gave as many hits as were asked for:
	// there may be more, and the counts say so (500+ entries).
	capped bool
	note   string

	// The archive is searched off the Update loop, so that a slow query
	// never holds up a key (see search). seq tags the latest search
	// started, so that the answer to a query since changed is dropped;
	// stop ends the one under way; searching tells that rows hold only
	// the issues whose name or header match until it answers.
	seq       int
	stop      context.CancelFunc
	searching bool
	// While the archive searches, the entries found for the query before
	// stay listed after the issues (rows[issueRows:]) when the new query
	// only adds to it or takes from its end, as typing does: the list
	// does not blink empty at every key. foundFor is the query they are
	// of.
	issueRows int
	foundFor  string
	// gathering tells that the archive's People is under way.
	gathering bool
	// opening is the issue being parsed aside to be opened, as the
	// archive is searched (see openAside); nil for none. openSeq tags
	// the latest asked for, so that the parse of one superseded, come
	// late, does not switch the screen.
	opening *pendingOpen
	openSeq int
	initCmd tea.Cmd // the search of PickerOptions.Query, for Init
}

// pickMode is what the keyboard does in the picker (see mode).
type pickMode int

const (
	picking       pickMode = iota
	pickFiltering          // typing a search of every issue
	pickHelp
	pickMarks  // every issue's marks
	pickPeople // the people of every issue
)

// pickMark is a mark of one of the picker's issues.
type pickMark struct {
	shelf int
	mark  state.Mark
}

type pickerTable = keyTable[*Picker]

// pickerTables binds km in the picker's modes.
func pickerTables(km KeyMap) map[pickMode]*pickerTable {
	act := func(f func(l *Picker)) func(*Picker, tea.KeyMsg) tea.Cmd {
		return func(l *Picker, _ tea.KeyMsg) tea.Cmd {
			f(l)
			return nil
		}
	}
	// do is act for what may start a search of the archive.
	do := func(f func(l *Picker) tea.Cmd) func(*Picker, tea.KeyMsg) tea.Cmd {
		return func(l *Picker, _ tea.KeyMsg) tea.Cmd { return f(l) }
	}
	quit := func(*Picker, tea.KeyMsg) tea.Cmd { return tea.Quit }
	closeHelp := act(func(l *Picker) { l.mode, l.helpOffset = l.helpFrom, 0 })
	openHelp := act(func(l *Picker) { l.helpFrom, l.mode, l.helpOffset = l.mode, pickHelp, 0 })
	return map[pickMode]*pickerTable{
		picking: {name: "刊期 · issues", rows: []binding[*Picker]{
			{Binding: km.Down, do: act(func(l *Picker) { l.move(1) })},
			{Binding: km.Up, do: act(func(l *Picker) { l.move(-1) })},
			{Binding: km.PageDown, do: act(func(l *Picker) { l.move(l.bodyHeight() - 1) })},
			{Binding: km.PageUp, do: act(func(l *Picker) { l.move(-(l.bodyHeight() - 1)) })},
			{Binding: km.Top, do: act(func(l *Picker) { l.move(-len(l.rows)) })},
			{Binding: km.Bottom, do: act(func(l *Picker) { l.move(len(l.rows)) })},
			{Binding: as(km.Open, "enter", "open"), group: 1, short: 2, do: do((*Picker).open)},
			{Binding: as(km.Filter, "", "search all"), group: 1, short: 1, do: act(func(l *Picker) {
				l.mode = pickFiltering
				l.prompt.set(l.query)
			})},
			{Binding: as(km.Escape, "", "clear the search"), group: 1, do: do(func(l *Picker) tea.Cmd {
				if l.query == "" {
					return nil
				}
				l.prompt.set("")
				return l.setQuery("")
			})},
			{Binding: km.Marks, group: 1, do: act(func(l *Picker) { l.openMarks(-1) })},
			{Binding: as(km.People, "", "people of all issues"), group: 1, do: do((*Picker).openPeople)},
			{Binding: km.Help, group: 1, short: 3, do: openHelp},
			{Binding: km.Quit, group: 1, short: 4, do: quit},
		}},
		pickFiltering: {
			name: "搜索 · search",
			rows: []binding[*Picker]{
				{Binding: as(km.Accept, "", "keep the search"), do: act(func(l *Picker) { l.mode = picking })},
				{Binding: as(km.Escape, "", "clear the search"), do: do(func(l *Picker) tea.Cmd {
					l.mode = picking
					l.prompt.set("")
					return l.setQuery("")
				})},
				// While typing, letters are text: the arrows and the emacs
				// keys move through the results, as in a reader's filter.
				{Binding: key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next result")), do: act(func(l *Picker) { l.move(1) })},
				{Binding: key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous result")), do: act(func(l *Picker) { l.move(-1) })},
			},
			text: func(l *Picker, k tea.KeyMsg) tea.Cmd {
				if l.prompt.update(k) {
					return l.setQuery(l.prompt.String())
				}
				return nil
			},
		},
		pickMarks: {name: "标记 · marks", rows: []binding[*Picker]{
			{Binding: km.Down, do: act(func(l *Picker) { l.moveMark(1) })},
			{Binding: km.Up, do: act(func(l *Picker) { l.moveMark(-1) })},
			{Binding: km.PageDown, do: act(func(l *Picker) { l.moveMark(l.bodyHeight() - 1) })},
			{Binding: km.PageUp, do: act(func(l *Picker) { l.moveMark(-(l.bodyHeight() - 1)) })},
			{Binding: km.Top, do: act(func(l *Picker) { l.moveMark(-len(l.marks)) })},
			{Binding: km.Bottom, do: act(func(l *Picker) { l.moveMark(len(l.marks)) })},
			{Binding: as(km.Open, "enter", "go to it"), group: 1, short: 1, do: do((*Picker).gotoMark)},
			{Binding: as(km.Mark, "", "unmark it"), group: 1, short: 2, do: act((*Picker).unmark)},
			{Binding: as(km.Escape, "", "close"), group: 1, short: 3, do: act((*Picker).closeMarks)},
			{Binding: as(km.Marks, "", "close"), group: 1, do: act((*Picker).closeMarks)},
			{Binding: km.Help, group: 1, do: openHelp},
			{Binding: km.Quit, group: 1, short: 4, do: quit},
		}},
		pickPeople: {name: "人物 · people", rows: []binding[*Picker]{
			{Binding: km.Down, do: act(func(l *Picker) { l.movePeople(1) })},
			{Binding: km.Up, do: act(func(l *Picker) { l.movePeople(-1) })},
			{Binding: km.PageDown, do: act(func(l *Picker) { l.movePeople(l.bodyHeight() - 1) })},
			{Binding: km.PageUp, do: act(func(l *Picker) { l.movePeople(-(l.bodyHeight() - 1)) })},
			{Binding: km.Top, do: act(func(l *Picker) { l.movePeople(-len(l.people)) })},
			{Binding: km.Bottom, do: act(func(l *Picker) { l.movePeople(len(l.people)) })},
			{Binding: as(km.Open, "enter", "their entries"), group: 1, short: 1, do: do((*Picker).openPerson)},
			{Binding: as(km.Escape, "", "close"), group: 1, short: 2, do: act(func(l *Picker) { l.mode = picking })},
			{Binding: as(km.People, "", "close"), group: 1, do: act(func(l *Picker) { l.mode = picking })},
			{Binding: km.Help, group: 1, short: 3, do: openHelp},
			{Binding: km.Quit, group: 1, short: 4, do: quit},
		}},
		pickHelp: {name: "帮助 · help", rows: []binding[*Picker]{
			{Binding: km.Help, do: closeHelp},
			{Binding: km.Escape, do: closeHelp},
			{Binding: km.Quit, do: closeHelp},
			{Binding: km.Down, do: act(func(l *Picker) { l.helpOffset++ })},
			{Binding: km.PageDown, do: act(func(l *Picker) { l.helpOffset++ })},
			{Binding: km.Up, do: act(func(l *Picker) { l.helpOffset = max(0, l.helpOffset-1) })},
			{Binding: km.PageUp, do: act(func(l *Picker) { l.helpOffset = max(0, l.helpOffset-1) })},
			{Binding: km.Top, do: act(func(l *Picker) { l.helpOffset = 0 })},
			{Binding: km.Bottom, do: act(func(l *Picker) { l.helpOffset = 1 << 20 })}, // clamped when drawn
		}},
	}
}

// pickRow is an issue (ref not Valid) or, under a query, an entry in one.
type pickRow struct {
	shelf   int
	ref     model.EntryRef
	inTitle bool
	// hit is the entry as an Archive found it, for an issue that may not
	// be parsed yet; nil for the picker's own search.
	hit *ArchiveHit
}

// NewPicker makes a library reader. It does no I/O.
func NewPicker(opts PickerOptions) *Picker {
	r := opts.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	l := &Picker{
		docs:      opts.Docs,
		opts:      opts,
		readers:   make([]*Model, len(opts.Docs)),
		cur:       -1,
		marksFrom: -1,
		backTo:    -1,
		cells:     layout.NewWidth(opts.AmbiguousWide),
		st:        newStyles(r),
		keys:      DefaultKeyMap(),
		width:     80, height: 24,
	}
	l.tables = pickerTables(l.keys)
	l.labelTwins()
	first := ""
	for _, d := range opts.Docs {
		if t := d.Summary().Title; d.Readable() && t != "" {
			if first == "" {
				first = t
			} else if t != first {
				l.places = true
				break
			}
		}
	}
	l.opts.Renderer = r
	if l.opts.Context == nil {
		l.opts.Context = context.Background()
	}
	l.rebuild()
	if opts.Query != "" {
		l.prompt.set(opts.Query)
		l.initCmd = l.setQuery(opts.Query)
	}
	return l
}

// Init starts the archive's search of PickerOptions.Query, if any.
func (l *Picker) Init() tea.Cmd {
	cmd := l.initCmd
	l.initCmd = nil
	return cmd
}

// Update handles one message.
func (l *Picker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if res, ok := msg.(archiveResult); ok {
		// Taken even while a reader is open: the picker is as searched
		// when the reader is left.
		l.searched(res)
		return l, nil
	}
	if res, ok := msg.(peopleResult); ok {
		l.gathered(res)
		return l, nil
	}
	if res, ok := msg.(openResult); ok {
		l.opened(res)
		return l, nil
	}
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		l.width, l.height = ws.Width, ws.Height
		l.keepInView()
		if l.cur >= 0 {
			l.readers[l.cur].Update(ws)
		}
		return l, nil
	}
	if l.cur >= 0 {
		r := l.readers[l.cur]
		if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyEsc && k.Alt {
			// Two escs in one read: the first may leave the reader.
			l.Update(tea.KeyMsg{Type: tea.KeyEsc})
			return l.Update(tea.KeyMsg{Type: tea.KeyEsc})
		}
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, l.keys.Escape) && r.AtTop() {
			l.cur = -1
			l.note = ""
			if err := r.SavePlace(); err != nil {
				l.note = err.Error()
			}
			if b := l.backTo; b >= 0 && l.readers[b] != nil {
				// Back to the issue whose mark opened this one.
				l.backTo, l.cur = -1, b
				l.readers[b].Update(tea.WindowSizeMsg{Width: l.width, Height: l.height})
				return l, nil
			}
			l.backTo = -1
			// A reader's A (how “…” are counted) holds for the library.
			l.opts.AmbiguousWide = r.wide
			l.cells = r.cells
			return l, nil
		}
		_, cmd := r.Update(msg)
		return l, cmd
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		return l, splitKeys(k, func() bool { return l.mode == pickFiltering }, l.key)
	}
	return l, nil
}

// key runs one key through the table of the mode in force.
func (l *Picker) key(k tea.KeyMsg) tea.Cmd {
	l.note = ""
	if k.Type == tea.KeyCtrlC {
		return tea.Quit
	}
	if l.cur >= 0 {
		// A key of the same read as the one that opened a reader.
		_, cmd := l.Update(k)
		return cmd
	}
	if o := l.opening; o != nil {
		if key.Matches(k, l.keys.Escape) {
			l.opening = nil // the wait is what esc backs out of
			return nil
		}
		// A key that takes the picker elsewhere (a move, another list,
		// another search) supersedes the open: the reader is not to
		// come up over what the key brought. One that changes nothing
		// (an unbound key) leaves it to come.
		was := l.at()
		cmd := l.tables[l.mode].handle(l, k)
		if l.opening == o && l.at() != was {
			l.opening = nil
		}
		return cmd
	}
	return l.tables[l.mode].handle(l, k)
}

// pickAt is where the picker is, as far as a key may change it.
type pickAt struct {
	mode               pickMode
	cursor, markCursor int
	nrows, nmarks      int
	query              string
}

func (l *Picker) at() pickAt {
	return pickAt{mode: l.mode, cursor: l.cursor, markCursor: l.markPos.cursor, nrows: len(l.rows), nmarks: len(l.marks), query: l.query}
}

func (l *Picker) move(d int) { l.listPos.move(d, len(l.rows), l.bodyHeight()) }

func (l *Picker) bodyHeight() int { return max(1, l.height-2) }

func (l *Picker) keepInView() { l.listPos.keepInView(len(l.rows), l.bodyHeight()) }

// setQuery searches every issue: the issues whose name or header match,
// then the matching entries, title matches first, newest issue first.
// On an archive the entries come later, from the command it returns.
func (l *Picker) setQuery(q string) tea.Cmd {
	if search.Fold(q) == "" {
		q = ""
	}
	l.query = q
	if l.person != nil && q != l.person.Name {
		l.person = nil // another search: the person's page is left
	}
	cmd := l.rebuild()
	if l.person != nil {
		l.personRows()
	}
	l.cursor, l.offset = 0, 0
	return cmd
}

// rebuild lists the rows of the query, ending the search of the one
// before; on an archive it lists the issues and returns the search of
// its entries.
func (l *Picker) rebuild() tea.Cmd {
	l.endSearch()
	var stale []pickRow
	found := l.foundFor
	if l.opts.Archive != nil && l.person == nil && found != "" && l.query != "" &&
		(strings.HasPrefix(l.query, found) || strings.HasPrefix(found, l.query)) {
		for _, r := range l.rows {
			if r.hit != nil {
				stale = append(stale, r)
			}
		}
	}
	l.foundFor = ""
	l.rows = l.rows[:0]
	l.nhits, l.capped = 0, false
	if l.query == "" {
		for i := range l.docs {
			l.rows = append(l.rows, pickRow{shelf: i, ref: model.NoEntry()})
		}
		return nil
	}
	for i, s := range l.docs {
		if len(search.Matches(s.Name, l.query)) > 0 || s.Readable() && len(search.Matches(s.Summary().Header, l.query)) > 0 {
			l.rows = append(l.rows, pickRow{shelf: i, ref: model.NoEntry()})
		}
	}
	if l.opts.Archive != nil {
		l.issueRows = len(l.rows)
		cmd := l.search()
		if len(stale) > 0 {
			l.rows = append(l.rows, stale...)
			l.foundFor = found
		}
		return cmd
	}
	var text []pickRow
	for i, s := range l.docs {
		if s.Issue == nil {
			continue
		}
		for _, h := range s.Index().Filter(l.query) {
			r := pickRow{shelf: i, ref: h.Ref(), inTitle: h.InTitle}
			if h.InTitle {
				l.rows = append(l.rows, r)
			} else {
				text = append(text, r)
			}
			l.nhits++
		}
	}
	l.rows = append(l.rows, text...)
	return nil
}

// archiveResult is what the archive's search seq found.
type archiveResult struct {
	seq   int
	limit int
	hits  []ArchiveHit
	err   error
}

// search starts the archive's search of the query: a keystroke must not
// wait for it (the full pinyin of a rare name takes most of a second on
// a large archive, and keys would queue behind it), so it runs as a
// command, and searched takes its answer.
func (l *Picker) search() tea.Cmd {
	limit := archiveLimit
	if l.person != nil {
		// A person's page is by date: every entry is needed to put the
		// newest first, not the first by rank.
		limit = personLimit
	}
	ctx, stop := context.WithCancel(l.opts.Context)
	l.stop, l.searching = stop, true
	// The command runs on a goroutine of its own: it takes copies, and
	// touches nothing of the picker's.
	arch, q, seq := l.opts.Archive, l.query, l.seq
	return func() tea.Msg {
		hits, err := arch.Search(ctx, q, limit)
		return archiveResult{seq: seq, limit: limit, hits: hits, err: err}
	}
}

// endSearch ends the search under way, if any: its answer, should it
// still come, is dropped.
func (l *Picker) endSearch() {
	if l.stop != nil {
		l.stop()
		l.stop = nil
	}
	l.seq++
	l.searching = false
}

// searched adds the entries the archive found after the issues listed,
// ranked as it gives them (titles first, newest issue first), keeping
// the cursor on its row if it is still listed.
func (l *Picker) searched(res archiveResult) {
	if res.seq != l.seq {
		return // for a query since changed
	}
	l.stop()
	l.stop, l.searching = nil, false
	l.rows = l.rows[:min(l.issueRows, len(l.rows))] // the entries of the query before
	if res.err != nil {
		l.note = "search: " + res.err.Error()
		return
	}
	var was *pickRow
	if l.cursor < len(l.rows) {
		r := l.rows[l.cursor]
		was = &r
	}
	for i := range res.hits {
		h := &res.hits[i]
		l.rows = append(l.rows, pickRow{shelf: h.Doc, ref: h.Ref, inTitle: h.InTitle, hit: h})
	}
	l.nhits = len(res.hits)
	l.capped = len(res.hits) == res.limit
	l.foundFor = l.query
	if l.person != nil {
		l.personRows()
	}
	if i := slices.IndexFunc(l.rows, func(r pickRow) bool { return was != nil && r.shelf == was.shelf && r.ref == was.ref }); i >= 0 {
		l.cursor = i
		l.keepInView()
		return
	}
	l.cursor, l.offset = 0, 0
}

// open opens the issue (or the entry) under the cursor in its reader.
func (l *Picker) open() tea.Cmd {
	if l.cursor >= len(l.rows) {
		return nil
	}
	r := l.rows[l.cursor]
	return l.openAt(r.shelf, r.ref, l.query)
}

// openAt opens shelf's reader, on entry ref (if valid) under the filter
// q, superseding any open under way; an issue not parsed yet is opened
// aside, by the command it returns.
func (l *Picker) openAt(shelf int, ref model.EntryRef, q string) tea.Cmd {
	l.opening = nil
	if !l.docs[shelf].Parsed() {
		return l.openAside(pendingOpen{shelf: shelf, ref: ref, q: q})
	}
	l.show(shelf, ref, q, nil)
	return nil
}

// pendingOpen is an open waiting for its issue's parse: what openAt (or
// gotoMark) was asked, to finish when it comes.
type pendingOpen struct {
	seq   int
	shelf int
	ref   model.EntryRef
	q     string
	// mark, from gotoMark, is to be found in the issue parsed before it
	// is opened on it; nil for openAt's.
	mark  *state.Mark
	label string // which issue, for the status line
}

// status is what the status line says while o waits.
func (o *pendingOpen) status() string { return "opening " + o.label + "…" }

// openResult is the parse an openAside asked for.
type openResult struct {
	seq       int
	shelf     int
	from, doc *Doc   // the catalogue's Doc, and what its Open gave
	reader    *Model // doc's reader, built; nil for a file that failed
}

// openAside parses o's issue on a goroutine of its own: a key is not to
// wait for it (a 3 MB chronicle takes ~60 ms, a 30 MB one 0.5 s, and
// q, ctrl+c and every other key would queue behind it, in an SSH
// session too), so it runs as a command, the status line says opening…,
// and opened takes the Doc parsed. The command builds the issue's
// reader too, its search index and the width of its TOC, which take
// another ~50 ms (0.5 s) the first screen would otherwise wait for.
func (l *Picker) openAside(o pendingOpen) tea.Cmd {
	l.openSeq++
	o.seq = l.openSeq
	d := l.docs[o.shelf]
	sum := d.Summary()
	o.label = issueLabel(sum, d.Name)
	if l.places && sum.Title != "" {
		o.label = sum.Title + " " + o.label
	}
	l.opening = &o
	// The command takes copies, and touches nothing of the picker's:
	// Open and the Doc's index are safe for concurrent use, and so are
	// the store of places and the renderer New reads.
	seq, shelf, ro := o.seq, o.shelf, l.readerOptions(o.shelf)
	return func() tea.Msg {
		res := openResult{seq: seq, shelf: shelf, from: d, doc: d.Open()}
		if res.doc.Issue != nil {
			ro.Doc = res.doc
			res.reader = New(ro)
			res.reader.tocNeed()
		}
		return res
	}
}

// readerOptions are the options of shelf's reader, all but its Doc.
func (l *Picker) readerOptions(shelf int) Options {
	return Options{Renderer: l.opts.Renderer, AmbiguousWide: l.opts.AmbiguousWide, Places: l.opts.Places, Measure: l.opts.Measure,
		AllMarks: func() { l.openMarks(shelf) }}
}

// opened takes the parse of an issue: it is kept (the Doc is parsed
// once, and shared) whether or not it is still to be opened, and the
// open it was asked for is finished if none has superseded it. The
// reader built aside is kept only if shown: one never shown is not to
// save a place (SavePlaces) the user never read at.
func (l *Picker) opened(res openResult) {
	if l.docs[res.shelf] == res.from {
		l.docs[res.shelf] = res.doc
		l.labelTwins()
	}
	o := l.opening
	if o == nil || o.seq != res.seq {
		return // superseded, or given up with esc
	}
	l.opening = nil
	if o.mark != nil {
		l.gotoMarkIn(o.shelf, *o.mark, res.reader)
		return
	}
	l.show(o.shelf, o.ref, o.q, res.reader)
}

// show opens shelf's reader, its issue parsed, on entry ref (if valid)
// under the filter q: built, if it is not yet, or given (openAside).
func (l *Picker) show(shelf int, ref model.EntryRef, q string, built *Model) {
	// A catalogue's issue has been parsed, and its Doc takes the place
	// of the catalogue's, so that the picker lists what the parse found.
	s := l.docs[shelf].Open()
	if s != l.docs[shelf] {
		l.docs[shelf] = s
		l.labelTwins()
	}
	if s.Issue == nil {
		l.note = "cannot open: " + s.ErrText()
		return
	}
	if ref.Valid() && s.Issue.Entry(ref) == nil {
		l.note = "the file has changed since it was indexed: that entry is gone"
		ref = model.NoEntry()
	}
	l.backTo = -1
	m := l.readers[shelf]
	if m != nil {
		m.note = "" // what a key did when it was last read is not news now
	}
	if m == nil {
		if m = built; m == nil || m.doc != s {
			ro := l.readerOptions(shelf)
			ro.Doc = s
			m = New(ro)
		}
		l.readers[shelf] = m
	}
	if m.wide != l.opts.AmbiguousWide {
		m.SetAmbiguousWide(l.opts.AmbiguousWide)
	}
	m.Update(tea.WindowSizeMsg{Width: l.width, Height: l.height})
	if ref.Valid() {
		m.SetFilter(q)
		m.ShowEntry(ref)
	}
	l.cur = shelf
}

// openMarks lists the marks of every issue, newest issue first; from a
// reader (from, its shelf; -1 in the picker), that issue's first, as
// the marks of what is being read are the likeliest wanted.
func (l *Picker) openMarks(from int) {
	l.marks = l.marks[:0]
	// Copies of one issue share its key, and so its marks: each is listed
	// once, under the first copy (the one it was opened from, if any).
	listed := make(map[string]bool)
	add := func(i int) {
		if d := l.docs[i]; l.opts.Places != nil && d.Key != "" && !listed[d.Key] {
			listed[d.Key] = true
			for _, mk := range l.opts.Places.Marks(d.Key) {
				l.marks = append(l.marks, pickMark{i, mk})
			}
		}
	}
	if from >= 0 {
		add(from)
	}
	for i := range l.docs {
		if i != from {
			add(i)
		}
	}
	l.mode = pickMarks
	l.markPos = listPos{}
	l.marksFrom = from
	l.cur = -1 // the list is the picker's, over the reader
}

// closeMarks goes back to where the list was opened from.
func (l *Picker) closeMarks() {
	l.mode = picking
	l.cur, l.marksFrom = l.marksFrom, -1
	if l.cur >= 0 {
		l.readers[l.cur].Update(tea.WindowSizeMsg{Width: l.width, Height: l.height}) // resized meanwhile
	}
}

// unmark removes the mark under the cursor from its issue's marks, and
// from its reader's, if one is open.
func (l *Picker) unmark() {
	if l.markPos.cursor >= len(l.marks) {
		return
	}
	pm := l.marks[l.markPos.cursor]
	l.marks = slices.Delete(l.marks, l.markPos.cursor, l.markPos.cursor+1)
	var left []state.Mark
	for _, o := range l.marks {
		if o.shelf == pm.shelf {
			left = append(left, o.mark)
		}
	}
	if err := l.opts.Places.SaveMarks(l.docs[pm.shelf].Key, left); err != nil {
		l.note = err.Error()
	}
	if r := l.readers[pm.shelf]; r != nil {
		r.loadMarks()
	}
	l.moveMark(0)
}

func (l *Picker) moveMark(d int) {
	if len(l.marks) > 0 {
		l.markPos.move(d, len(l.marks), l.bodyHeight())
	}
}

// gotoMark opens the issue of the mark under the cursor on its entry;
// an issue not parsed yet is opened aside, as openAt does, the marks
// staying listed until it comes (the entry may be gone from it).
func (l *Picker) gotoMark() tea.Cmd {
	if l.markPos.cursor >= len(l.marks) {
		return nil
	}
	pm := l.marks[l.markPos.cursor]
	l.opening = nil
	if !l.docs[pm.shelf].Parsed() {
		mk := pm.mark
		return l.openAside(pendingOpen{shelf: pm.shelf, ref: model.EntryRef{Sec: mk.Sec, Ent: mk.Ent}, mark: &mk})
	}
	l.gotoMarkIn(pm.shelf, pm.mark, nil)
	return nil
}

// gotoMarkIn opens shelf's issue, parsed, on the entry of its mark mk,
// in its reader (or built, as show takes it).
func (l *Picker) gotoMarkIn(shelf int, mk state.Mark, built *Model) {
	r := model.EntryRef{Sec: mk.Sec, Ent: mk.Ent}
	if iss := l.docs[shelf].Open().Issue; iss == nil || iss.Entry(r) == nil || iss.Entry(r).Title != mk.Title {
		l.note = "this copy of the issue no longer has that entry"
		return
	}
	l.mode = picking
	if from := l.marksFrom; from == shelf {
		// A mark of the issue being read: a jump in its reader, which
		// keeps its filter (unless the entry is not among its matches).
		l.cur, l.marksFrom = from, -1
		l.readers[from].Update(tea.WindowSizeMsg{Width: l.width, Height: l.height})
		l.readers[from].ShowEntry(r)
		return
	}
	back := l.marksFrom
	l.marksFrom = -1
	l.show(shelf, r, "", built)
	if l.cur == shelf && back >= 0 {
		l.backTo = back
	}
}

// snippetNeed is the cells a snippet needs to show the first match in
// e's text with a little of the text around it (what tells one match
// from another: …记岳杰勇主持会议…) and the ellipses; 0 without one.
func snippetNeed(w layout.Width, e *model.Entry, q string) int {
	for _, p := range e.Paragraphs {
		if ms := search.Matches(p.Text, q); len(ms) > 0 {
			around := min(w.String(p.Text)-w.String(p.Text[ms[0][0]:ms[0][1]]), snippetContext)
			return w.String(p.Text[ms[0][0]:ms[0][1]]) + 2 + around
		}
	}
	return 0
}

// snippetContext is the cells of text around a match a result claims
// room for before its issue's label gives way.
const snippetContext = 12

// snippetBefore and snippetAfter are the runes a snippet shows around
// its match.
const snippetBefore, snippetAfter = 10, 30

// snippet is the text around the first match of q in e's paragraphs,
// with the matches in it.
func snippet(w layout.Width, e *model.Entry, q string, room int) (string, [][2]int) {
	for _, p := range e.Paragraphs {
		ms := search.Matches(p.Text, q)
		if len(ms) == 0 {
			continue
		}
		start, end := ms[0][0], ms[0][1]
		// The text before the match, as much as leaves the match (and
		// the ellipses around it) in room.
		used := w.String(p.Text[start:end]) + 2
		for n := 0; n < snippetBefore && start > 0; n++ {
			r, size := utf8.DecodeLastRuneInString(p.Text[:start])
			if used += w.Rune(r); used > room {
				break
			}
			start -= size
		}
		for n := 0; n < snippetAfter && end < len(p.Text); n++ {
			_, size := utf8.DecodeRuneInString(p.Text[end:])
			end += size
		}
		text := p.Text[start:end]
		lead := ""
		if start > 0 {
			lead = "…"
		}
		var hits [][2]int
		for _, m := range ms {
			if m[0] >= start && m[1] <= end {
				hits = append(hits, [2]int{m[0] - start + len(lead), m[1] - start + len(lead)})
			}
		}
		if end < len(p.Text) {
			text += "…"
		}
		return lead + text, hits
	}
	return "", nil
}

// header counts the issues (and those with parser warnings), and the
// files that are not one.
func (l *Picker) header() string {
	n, warned := 0, 0
	for _, d := range l.docs {
		if d.Readable() {
			n++
			if d.warnings() > 0 {
				warned++
			}
		}
	}
	h := fmt.Sprintf("yuebao · %d issues", n)
	if warned > 0 {
		h += fmt.Sprintf(" · %d with warnings", warned)
	}
	switch bad := len(l.docs) - n; {
	case bad == 1:
		h += " · 1 file not read"
	case bad > 1:
		h += fmt.Sprintf(" · %d files not read", bad)
	}
	return h
}

// SavePlaces records where every reader opened from the picker is.
func (l *Picker) SavePlaces() error {
	var errs []error
	for _, r := range l.readers {
		if r != nil {
			errs = append(errs, r.SavePlace())
		}
	}
	return errors.Join(errs...)
}

// View draws the picker, or the reader opened from it.
func (l *Picker) View() string {
	if l.cur >= 0 {
		return l.readers[l.cur].View()
	}
	if l.width < minWidth || l.height < minHeight {
		return l.cells.Truncate("terminal too small", max(0, l.width), "")
	}
	var b strings.Builder
	b.WriteString(fit(l.cells, []span{styled(l.header(), l.st.header)}, l.width, plainSpan("")))
	b.WriteByte('\n')
	h := l.bodyHeight()
	if l.mode == pickMarks {
		n := 0
		if len(l.marks) == 0 {
			b.WriteString(fit(l.cells, []span{styled(" no marks yet: m in a reader marks the open entry", l.st.meta)}, l.width, plainSpan("")))
			b.WriteByte('\n')
			n++
		}
		// Each mark is labelled by its issue in a column of its own:
		// the citation says it too, but at its end, which a narrow
		// screen cuts.
		labelW := 0
		for _, pm := range l.marks {
			labelW = max(labelW, l.cells.String(l.markLabel(pm)))
		}
		for j := l.markPos.offset; j < len(l.marks) && n < h; j++ {
			st, pad := rowStyler(j == l.markPos.cursor, l.st.selected)
			label := l.markLabel(l.marks[j])
			lead := label + spaces(labelW-l.cells.String(label)+2)
			b.WriteString(fit(l.cells, []span{st(plainSpan(" ")), st(styled(lead, l.st.meta)),
				st(styled(fitCite(l.cells, l.marks[j].mark.Cite, l.width-1-l.cells.String(lead)), l.st.section))}, l.width, pad))
			b.WriteByte('\n')
			n++
		}
		for ; n < h; n++ {
			b.WriteString(fit(l.cells, nil, l.width, plainSpan("")))
			b.WriteByte('\n')
		}
		short := l.tables[pickMarks].shortHelp()
		what := " in all issues"
		if l.marksFrom >= 0 {
			what = "" // 本期 says whose come first
		}
		left := []span{styled("标记 · "+count(len(l.marks), "mark")+what, l.st.status)}
		// The status line gives its left half at most: a note or an
		// open under way takes the count's place, which the list shows.
		switch {
		case l.note != "":
			// Why enter did not go to the mark (the issue no longer
			// has its entry), or why m did not unmark it: the list
			// stays, and the note is to be seen on it.
			left = []span{styled(l.note, l.st.warn)}
		case l.opening != nil:
			left = []span{styled("标记 · "+l.opening.status(), l.st.status)}
		}
		b.WriteString(statusLine(l.cells, l.st, l.width, left, hints(short), hints(short[:1])))
		return b.String()
	}
	if l.mode == pickPeople {
		l.peopleView(&b, h)
		return b.String()
	}
	if l.mode == pickHelp {
		for _, line := range helpLines(l.cells, l.st, l.tables[l.helpFrom], &l.helpOffset, l.width, h) {
			b.WriteString(line)
			b.WriteByte('\n')
		}
		b.WriteString(l.bottomLine())
		return b.String()
	}
	n := 0
	if len(l.rows) == 0 {
		none := "没有匹配 · no match"
		if l.searching {
			none = "searching…" // not yet known to be none
		}
		b.WriteString(fit(l.cells, []span{styled(none, l.st.meta)}, l.width, plainSpan("")))
		b.WriteByte('\n')
		n++
	}
	for i := l.offset; i < len(l.rows) && n < h; i++ {
		b.WriteString(l.rowView(l.rows[i], i == l.cursor))
		b.WriteByte('\n')
		n++
	}
	for ; n < h; n++ {
		b.WriteString(fit(l.cells, nil, l.width, plainSpan("")))
		b.WriteByte('\n')
	}
	b.WriteString(l.bottomLine())
	return b.String()
}

func (l *Picker) rowView(r pickRow, selected bool) string {
	sel, pad := rowStyler(selected, l.st.selected)
	s := l.docs[r.shelf]
	var spans []span
	switch {
	case !s.Readable():
		spans = []span{sel(styled(s.Name, l.st.warn)), sel(styled("  "+s.ErrText(), l.st.meta))}
	case !r.ref.Valid():
		sum := s.Summary()
		label := issueLabel(sum, s.Name)
		if sum.Number != 0 {
			// On a narrow screen the number gives way last: its total,
			// then its year's century go first (2023年第11期（总第215期）,
			// 2023年第11期, 23年11期), with the publication's name before
			// it where there are several.
			room := l.width - l.cells.String(" · "+entries(sum.Entries))
			if l.places && sum.Title != "" {
				room -= l.cells.String(sum.Title + " ")
			}
			for _, c := range []string{l.shortLabel(s), l.tinyLabel(s)} {
				if l.cells.String(label) <= room {
					break
				}
				label = c
			}
		}
		spans = []span{sel(plainSpan(label)),
			sel(styled(" · "+entries(sum.Entries), l.st.meta))}
		if l.twins[twinKey(sum, s.Name)] > 1 && s.Path != "" {
			// Copies of one issue: which file each is, and where in it
			// when one file holds the issue twice (pasted twice, two
			// conversions joined): twice.md, twice.md:382.
			where := filepath.Base(s.Path)
			if s.Issue != nil && s.Issue.Line > 1 {
				where += ":" + strconv.Itoa(s.Issue.Line)
			}
			spans = append(spans, sel(styled("  "+where, l.st.meta)))
		}
		if l.places && sum.Title != "" {
			// Several publications: which one comes first, as a narrow
			// screen cuts the end of the row.
			spans = append([]span{sel(plainSpan(sum.Title + " "))}, spans...)
			sum.Title = ""
		}
		if n := sum.Warnings; n > 0 {
			// Doubtful before it is opened (a notes.txt parses as an
			// issue of one entry): the count the reader's status line
			// gives, next to the entries it may have missed.
			spans = append(spans, sel(styled("  ⚠ "+count(n, "warning"), l.st.warn)))
		}
		if sum.Title != "" {
			spans = append(spans, sel(styled("  "+sum.Title, l.st.meta)))
		}
		if s.Err != nil {
			spans = append(spans, sel(styled("  ⚠ "+s.ErrText(), l.st.warn)))
		}
	default:
		var section string
		var e *model.Entry
		if r.hit != nil {
			section, e = r.hit.Section, &r.hit.Entry
		} else {
			section, e = s.Issue.Sections[r.ref.Sec].Name, s.Issue.Entry(r.ref)
		}
		t := e.DisplayTitle()
		need := 0
		if !r.inTitle {
			need = snippetNeed(l.cells, e, l.query)
		}
		var lead, role string
		if l.person != nil {
			// A person's page reads by date, and says what they were in
			// each issue (市长 one year, 市委书记 the next): the issue's
			// label gives way to them first, then the role, then the date,
			// before the title does.
			lead = l.rowDate(r).String() + "  "
			if rl := l.person.Roles[r.shelf]; rl != "" {
				role = "（" + rl + "）"
			}
		}
		prefix := l.resultPrefix(s, section, t, need+l.cells.String(lead+role))
		if l.person != nil {
			room := func(p string) bool { return l.width-l.cells.String(p) >= min(l.cells.String(t), resultTitleMin)+need }
			if p := strings.Replace(prefix, " › ", role+" › ", 1); role != "" && room(lead+p) {
				prefix = p
			}
			if room(lead + prefix) {
				prefix = lead + prefix
			}
		}
		spans = []span{sel(styled(prefix, l.st.meta))}
		room := l.width - l.cells.String(prefix) - 2 // what the snippet may take after the title
		if need > 0 && l.cells.String(t) > room-need {
			// The match in the text must show: the title gives way.
			t = l.cells.Truncate(t, max(8, room-need), "…")
		}
		room -= l.cells.String(t)
		for _, sp := range highlight(t, search.Matches(t, l.query), plainSpan(""), l.st.match, l.st.match, -1) {
			spans = append(spans, sel(sp))
		}
		if !r.inTitle {
			// Where in the text it matched, as a search engine shows it.
			if text, hits := snippet(l.cells, e, l.query, room); text != "" {
				spans = append(spans, sel(styled("  ", l.st.meta)))
				for _, sp := range highlight(text, hits, styled("", l.st.meta), l.st.match, l.st.match, -1) {
					spans = append(spans, sel(sp))
				}
			}
		}
	}
	return fit(l.cells, spans, l.width, pad)
}

func (l *Picker) bottomLine() string {
	if l.mode == pickFiltering {
		return promptLine(l.cells, l.st, l.width, "/", &l.prompt, 0, plainSpan(""), l.found(l.nhits, ""), l.st.status)
	}
	var left []span
	switch {
	case l.note != "":
		left = []span{styled(l.note, l.st.warn)}
	case l.opening != nil:
		left = []span{styled(l.opening.status(), l.st.status)}
	case l.person != nil:
		left = []span{styled("人物 · "+l.person.Name, l.st.prompt), styled("  "+l.found(len(l.rows), ", newest first"), l.st.status)}
	case l.query != "":
		left = []span{styled("/"+l.query, l.st.prompt), styled("  "+l.found(l.nhits, " in all issues"), l.st.status)}
	}
	short := l.tables[picking].shortHelp()
	if l.note != "" {
		return noteLine(l.cells, l.st, l.width, left, hints(short), hints(short[2:3]), "")
	}
	return statusLine(l.cells, l.st, l.width, left, hints(short), hints(short[2:3]))
}

// resultTitleMin is the cells a search result keeps for its entry's
// title (at most the title's own): ten Chinese characters tell most
// entries apart.
const resultTitleMin = 20

// resultPrefix is what a search result says before the entry's title:
// the issue and the section, as far as they leave the title its room
// (and a match in the text, snippet cells of its own).
// The issue's label gives way first — its total number, then its
// section, then its year's century (2023年第11期（总第215期） › 领导活动 ›,
// 2023年第11期 › 领导活动 ›, 2023年第11期 ›, 23年11期 ›) — since the title
// is what a result is, and the opened reader's header names the issue in
// full.
func (l *Picker) resultPrefix(d *Doc, section, title string, snippet int) string {
	need := min(l.cells.String(title), resultTitleMin) + snippet
	sum := d.Summary()
	label, short, tiny := issueLabel(sum, d.Name), l.shortLabel(d), l.tinyLabel(d)
	if l.places && sum.Title != "" {
		// Place › issue › section: which city's 第12期 it is matters
		// more than the total number, which gives way first.
		label, short = sum.Title+" "+label, sum.Title+" "+short
	}
	cands := []string{
		label + " › " + section + " › ",
		short + " › " + section + " › ",
		short + " › ",
		tiny + " › ",
	}
	for _, c := range cands[:len(cands)-1] {
		if l.width-l.cells.String(c) >= need {
			return c
		}
	}
	return cands[len(cands)-1]
}

// tinyLabel names an issue in fewest cells: 23年11期, 11期, or its file's
// name cut to 8 cells.
func (l *Picker) tinyLabel(d *Doc) string {
	switch sum := d.Summary(); {
	case sum.Number != 0 && sum.Year != 0:
		return fmt.Sprintf("%02d年%s期", sum.Year%100, labelNumber(sum))
	case sum.Number != 0:
		return labelNumber(sum) + "期"
	}
	return l.cells.Truncate(d.Name, 8, "…")
}

// shortLabel names an issue in a few cells: 2023年第11期, without its
// total; a file's name, cut, for an issue without a number.
func (l *Picker) shortLabel(d *Doc) string {
	switch sum := d.Summary(); {
	case d.Readable() && sum.Number != 0 && sum.Year != 0:
		return fmt.Sprintf("%d年第%s期", sum.Year, labelNumber(sum))
	case d.Readable() && sum.Number != 0:
		return issueLabel(sum, d.Name)
	}
	return l.cells.Truncate(d.Name, 12, "…")
}

// markLabel is the issue of a mark in the marks list: 本期 (this issue)
// for the reader's it was opened from.
func (l *Picker) markLabel(pm pickMark) string {
	if pm.shelf == l.marksFrom {
		return "本期"
	}
	return l.shortLabel(l.docs[pm.shelf])
}

// found is the count of a search's n entries and what follows it, or,
// while the archive searches, that it does: the count is not yet known.
func (l *Picker) found(n int, then string) string {
	if l.searching {
		return "searching…"
	}
	return l.hitCount(n) + then
}

// hitCount counts n entries found: 500+ entries when the archive stopped
// at what was asked of it.
func (l *Picker) hitCount(n int) string {
	if l.capped {
		return fmt.Sprintf("%d+ entries", n)
	}
	return entries(n)
}

// labelTwins counts the issues listed alike (see twins).
func (l *Picker) labelTwins() {
	l.twins = make(map[string]int, len(l.docs))
	for _, d := range l.docs {
		if d.Readable() {
			l.twins[twinKey(d.Summary(), d.Name)]++
		}
	}
}

// twinKey is what a row of the picker shows of an issue: its title and
// label.
func twinKey(sum Summary, name string) string { return sum.Title + "\x00" + issueLabel(sum, name) }

// labelNumber is an issue's number as its label prints it: 11, or 11—12
// for a double issue, which its first number alone would name as an issue
// it is only half of.
func labelNumber(sum Summary) string {
	if _, rest, ok := strings.Cut(sum.Label, "第"); ok {
		if n, _, ok := strings.Cut(rest, "期"); ok && n != "" {
			return n
		}
	}
	return strconv.Itoa(sum.Number)
}

// issueLabel names an issue in the picker: 2023年第11期（总第215期）.
func issueLabel(sum Summary, name string) string {
	if sum.Number != 0 {
		return sum.Label
	}
	return name
}

// entries counts entries: 1 entry, 2 entries.
func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}
