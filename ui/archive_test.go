package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser/people"
	"github.com/yuebao/yuebao/ui/search"
	"github.com/yuebao/yuebao/ui/state"
)

// fakeArchive searches the sample's issues in memory, as the archive's
// index would, and counts the searches.
type fakeArchive struct {
	issues []*model.Issue // by Doc
	n      int
}

func (a *fakeArchive) Search(_ context.Context, query string, limit int) ([]ArchiveHit, error) {
	a.n++
	return a.find(query, limit), nil
}

// find is what the archive finds. It changes nothing, so that searches
// on goroutines of their own may run it.
func (a *fakeArchive) find(query string, limit int) []ArchiveHit {
	var out []ArchiveHit
	for d, iss := range a.issues {
		for _, h := range search.New(iss).Filter(query) {
			e := *iss.Entry(h.Ref())
			out = append(out, ArchiveHit{Doc: d, Ref: h.Ref(), InTitle: h.InTitle, Section: iss.Sections[h.Sec].Name, Entry: e})
		}
	}
	return out[:min(limit, len(out))]
}

func (a *fakeArchive) People() ([]Person, error) { return nil, nil }

// TestPickerOnArchive: a picker over a catalogue lists its issues from
// their summaries without parsing any, searches on the archive (place ›
// issue › section › title when the issues are of several places), and
// parses an issue once, when it is opened.
func TestPickerOnArchive(t *testing.T) {
	sample(t)
	other := *sampleIss
	other.Title = "洛阳月报"
	issues := []*model.Issue{sampleIss, &other}
	loads := 0
	var docs []*Doc
	for i, iss := range issues {
		sum := Summary{Label: iss.Label(), Title: iss.Title, Year: iss.Year, Number: iss.Number,
			Header: iss.Header(), Entries: iss.EntryCount()}
		docs = append(docs, NewLazyDoc([]string{"pds", "ly"}[i], "", sum, func() (*model.Issue, error) {
			loads++
			return iss, nil
		}))
	}
	arch := &fakeArchive{issues: issues}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Archive: arch})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	lines := strings.Split(libScreen(l), "\n")
	for i, want := range []string{
		"yuebao · 2 issues",
		// Of several publications, the place first.
		"平顶山月报 2023年第11期（总第215期） · 68 entries",
		"洛阳月报 2023年第11期（总第215期） · 68 entries",
	} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %q, want it to start %q", i, lines[i], want)
		}
	}
	if loads != 0 {
		t.Errorf("listing parsed %d issues", loads)
	}
	pick(l, "/", "李", "明", "俊")
	lines = strings.Split(libScreen(l), "\n")
	if want := "平顶山月报 2023年第11期（总第215期） › 领导活动 › 李明俊调研信访稳定、城市公交和城乡客运工作"; !strings.HasPrefix(lines[1], want) {
		t.Errorf("first result %q, want it to start %q", lines[1], want)
	}
	if arch.n == 0 || loads != 0 {
		t.Errorf("searching: %d searches on the archive, %d issues parsed; want some, none", arch.n, loads)
	}
	// Enter keeps the search, enter again opens the entry: its issue is
	// parsed then, once.
	pick(l, "enter", "enter")
	if loads != 1 {
		t.Errorf("opening an entry parsed %d issues, want 1", loads)
	}
	if screen := libScreen(l); l.cur != 0 || !strings.Contains(screen, "李明俊调研信访稳定、城市公交和城乡客运工作") {
		t.Errorf("the entry is not open:\n%s", screen)
	}
	pick(l, "esc", "esc", "enter")
	if loads != 1 {
		t.Errorf("opening it again parsed again: %d", loads)
	}
}

// TestPickerPeople: p lists the people of every issue, most named first,
// with their roles; enter opens a person's page, every entry naming them
// newest first, each with its date and the role its issue gives; esc
// leaves it.
func TestPickerPeople(t *testing.T) {
	l := NewPicker(PickerOptions{Docs: testShelves(t), Renderer: monoRenderer()})
	l.Update(tea.WindowSizeMsg{Width: 140, Height: 20})
	pick(l, "p")
	lines := strings.Split(libScreen(l), "\n")
	if !strings.HasPrefix(lines[1], " 李明俊  64 entries · 2 issues  市长") {
		t.Errorf("first person %q, want 李明俊, 64 entries in 2 issues, 市长", lines[1])
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "人物 · ") || !strings.Contains(last, "enter their entries") {
		t.Errorf("status line %q", last)
	}
	pick(l, "enter")
	lines = strings.Split(libScreen(l), "\n")
	var dates []string
	for _, line := range lines[1 : len(lines)-1] {
		if strings.TrimSpace(line) == "" {
			break
		}
		if !strings.Contains(line, "（市长） › ") {
			t.Errorf("row %q does not give the role", line)
		}
		dates = append(dates, strings.Fields(line)[0])
	}
	if len(dates) < 10 || !slices.IsSortedFunc(dates, func(a, b string) int { return strings.Compare(b, a) }) {
		t.Errorf("the page's dates are not newest first: %q", dates)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "人物 · 李明俊  64 entries, newest first") {
		t.Errorf("status line %q, want the person's", last)
	}
	pick(l, "esc")
	if l.person != nil || l.query != "" {
		t.Errorf("esc left the page as it was: person %v, query %q", l.person, l.query)
	}
}

// TestPickerArchiveCapped: when the archive stops at the limit the picker
// asked for, the count says there may be more.
func TestPickerArchiveCapped(t *testing.T) {
	sample(t)
	sum := Summary{Label: sampleIss.Label(), Title: sampleIss.Title, Year: sampleIss.Year, Number: sampleIss.Number,
		Header: sampleIss.Header(), Entries: sampleIss.EntryCount()}
	var issues []*model.Issue
	var docs []*Doc
	for range 20 { // 20 copies: 会 is in more than archiveLimit entries
		issues = append(issues, sampleIss)
		docs = append(docs, NewLazyDoc("pds", "", sum, func() (*model.Issue, error) { return sampleIss, nil }))
	}
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Archive: &fakeArchive{issues: issues}})
	l.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	pick(l, "/", "会", "enter")
	lines := strings.Split(libScreen(l), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "500+ entries in all issues") {
		t.Errorf("status line %q, want 500+ entries", last)
	}
	pick(l, "esc", "/", "鞠", "自", "力", "enter")
	lines = strings.Split(libScreen(l), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "/鞠自力  20 entries in all issues") {
		t.Errorf("status line %q, want 20 entries: a search under the limit is not capped", last)
	}
}

// blockingArchive is an archive whose searches each wait until the test
// lets them answer, as a slow query does.
type blockingArchive struct {
	fakeArchive
	started chan string              // each search's query, as it starts
	release map[string]chan struct{} // closed to let the search of a query answer
	ended   chan string              // each search's query, as its context ends
	people  []Person
}

func newBlockingArchive(issues []*model.Issue, queries ...string) *blockingArchive {
	a := &blockingArchive{fakeArchive: fakeArchive{issues: issues},
		started: make(chan string, 16), ended: make(chan string, 16), release: map[string]chan struct{}{}}
	for _, q := range queries {
		a.release[q] = make(chan struct{})
	}
	return a
}

func (a *blockingArchive) Search(ctx context.Context, q string, limit int) ([]ArchiveHit, error) {
	a.started <- q
	select {
	case <-a.release[q]:
	case <-ctx.Done():
		a.ended <- q
		// It answers all the same, as a search that ended just as it
		// was done would: the picker is to drop it.
		<-a.release[q]
	}
	return a.find(q, limit), nil
}

func (a *blockingArchive) People() ([]Person, error) { return a.people, nil }

// lazyDocs are issues as an archive's catalogue gives them, of two
// places, the sample as 平顶山月报 and as 洛阳月报.
func lazyDocs(t *testing.T) ([]*Doc, []*model.Issue) {
	sample(t)
	other := *sampleIss
	other.Title = "洛阳月报"
	issues := []*model.Issue{sampleIss, &other}
	var docs []*Doc
	for i, iss := range issues {
		sum := Summary{Label: iss.Label(), Title: iss.Title, Year: iss.Year, Number: iss.Number,
			Header: iss.Header(), Entries: iss.EntryCount()}
		docs = append(docs, NewLazyDoc([]string{"pds", "ly"}[i], "", sum, func() (*model.Issue, error) { return iss, nil }))
	}
	return docs, issues
}

// asyncDriver drives a picker as Bubble Tea does: Update is to answer a
// key at once, and the command it returns runs on a goroutine of its
// own, its message kept for the test to deliver when it chooses.
type asyncDriver struct {
	t    *testing.T
	l    *Picker
	msgs chan tea.Msg
}

func (d *asyncDriver) key(k string) {
	d.t.Helper()
	done := make(chan tea.Cmd, 1)
	go func() {
		_, cmd := d.l.Update(keyMsg(k))
		done <- cmd
	}()
	select {
	case cmd := <-done:
		if cmd != nil {
			go func() { d.msgs <- cmd() }()
		}
	case <-time.After(5 * time.Second):
		d.t.Fatalf("key %q waits for the archive's search", k)
	}
}

// newAsyncPicker is a picker of lazyDocs at 120×20 on a blockingArchive
// that answers queries when released, and its driver.
func newAsyncPicker(t *testing.T, people []Person, queries ...string) (*Picker, *blockingArchive, *asyncDriver) {
	docs, issues := lazyDocs(t)
	arch := newBlockingArchive(issues, queries...)
	arch.people = people
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Archive: arch})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	return l, arch, &asyncDriver{t: t, l: l, msgs: make(chan tea.Msg, 16)}
}

// deliver gives the picker the next message a command made.
func (d *asyncDriver) deliver() {
	d.t.Helper()
	d.l.Update(recv(d.t, d.msgs, "a command's message"))
}

func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("no %s", what)
		panic("unreachable")
	}
}

// TestPickerSearchesAside: the archive's search runs aside, and a key
// does not wait for it. Typed while a search runs, a key shows at once,
// and ends the search of the query before; the status says searching…
// until the latest query's entries come; an earlier query's, come late,
// are not shown.
func TestPickerSearchesAside(t *testing.T) {
	l, arch, d := newAsyncPicker(t, nil, "李", "李明", "李明俊")

	d.key("/")
	d.key("李")
	if q := recv(t, arch.started, "search"); q != "李" {
		t.Fatalf("searched %q, want 李", q)
	}
	lines := strings.Split(libScreen(l), "\n")
	if !strings.HasPrefix(lines[1], "searching…") {
		t.Errorf("while searching, no issue's name matching, the list says %q, want searching…", lines[1])
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "/李") || !strings.Contains(last, "searching…") {
		t.Errorf("status line %q, want /李 and searching…", last)
	}
	for _, k := range []string{"明", "俊"} {
		before := l.query
		d.key(k)
		if last := lastLine(libScreen(l)); !strings.HasPrefix(last, "/"+before+k+" ") || !strings.Contains(last, "searching…") {
			t.Errorf("typed %s while %s was searched: status line %q, want /%s%s and searching…", k, before, last, before, k)
		}
		if q := recv(t, arch.started, "search"); q != before+k {
			t.Fatalf("searched %q, want %q", q, before+k)
		}
		if q := recv(t, arch.ended, "end of a search"); q != before {
			t.Errorf("the search that ended is %q's, want %q's", q, before)
		}
	}

	// The latest search answers first.
	close(arch.release["李明俊"])
	d.deliver()
	lines = strings.Split(libScreen(l), "\n")
	if want := "平顶山月报 2023年第11期（总第215期） › 领导活动 › 李明俊调研信访稳定、城市公交和城乡客运工作"; !strings.HasPrefix(lines[1], want) {
		t.Errorf("first result %q, want it to start %q", lines[1], want)
	}
	// Typing, the count is at the right of the prompt.
	want := fmt.Sprintf(" %d entries", len(arch.find("李明俊", archiveLimit)))
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "/李明俊 ") || !strings.HasSuffix(strings.TrimSpace(last), want) {
		t.Errorf("status line %q, want /李明俊 and%s", last, want)
	}
	// The ended searches answer late, the first with more entries than
	// 李明俊 has: the screen stays as it is.
	shown := libScreen(l)
	for _, q := range []string{"李", "李明"} {
		close(arch.release[q])
		d.deliver()
		if now := libScreen(l); now != shown {
			t.Errorf("the late answer of %s's search changed the screen:\n%s\nwas:\n%s", q, now, shown)
		}
	}
	select {
	case q := <-arch.ended:
		t.Errorf("the search of %q ended, the query being still it", q)
	default:
	}
}

// TestPickerSearchKeepsCursor: while the archive searches, the issues
// whose header matches are listed, and may be moved over and opened;
// the entries, coming meanwhile, leave the cursor on its issue. On a
// person's page, searching… is where the count goes.
func TestPickerSearchKeepsCursor(t *testing.T) {
	l, arch, d := newAsyncPicker(t, []Person{{Career: people.Career{Name: "李明俊", Entries: 64, Issues: 2}}}, "2023", "李明俊")

	d.key("/")
	d.key("2023")
	recv(t, arch.started, "search")
	lines := strings.Split(libScreen(l), "\n")
	for i, want := range []string{"平顶山月报 2023年第11期", "洛阳月报 2023年第11期"} {
		if !strings.HasPrefix(lines[1+i], want) {
			t.Errorf("while searching, line %d = %q, want the issue %s", 1+i, lines[1+i], want)
		}
	}
	// The second issue opened, the search still running: it is parsed
	// aside, and opens when the parse comes.
	d.key("down")
	d.key("enter")
	d.key("enter")
	d.deliver()
	if s := libScreen(l); l.cur != 1 || !strings.Contains(s, "洛阳月报") {
		t.Fatalf("enter on 洛阳月报 while searching opened:\n%s", s)
	}
	close(arch.release["2023"])
	d.deliver()
	if l.cur != 1 {
		t.Fatalf("the search's answer left the reader")
	}
	d.key("esc")
	lines = strings.Split(libScreen(l), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "/2023  ") || strings.Contains(last, "searching…") {
		t.Errorf("status line %q, want /2023 and its count", last)
	}
	if len(l.rows) <= 2 {
		t.Errorf("the entries of 2023 are not listed:\n%s", libScreen(l))
	}
	d.key("enter")
	if s := libScreen(l); l.cur != 1 {
		t.Errorf("enter after the answer opened %d, want 洛阳月报 still under the cursor:\n%s", l.cur, s)
	}
	d.key("esc")

	// The people, gathered aside: the list says so until they come.
	d.key("p")
	if last := lastLine(libScreen(l)); !strings.HasPrefix(last, "人物 · gathering…") {
		t.Errorf("status line %q while the people are gathered, want 人物 · gathering…", last)
	}
	d.deliver()
	if last := lastLine(libScreen(l)); !strings.HasPrefix(last, "人物 · 1 person in all issues") {
		t.Errorf("status line %q once the people came, want 人物 · 1 person in all issues", last)
	}
	// A person's page.
	d.key("enter")
	if q := recv(t, arch.started, "search"); q != "李明俊" {
		t.Fatalf("the person's page searched %q", q)
	}
	lines = strings.Split(libScreen(l), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "人物 · 李明俊  searching…") {
		t.Errorf("status line %q, want the person's, searching…", last)
	}
	if !strings.HasPrefix(lines[1], "searching…") {
		t.Errorf("the page, its entries not yet come, says %q, want searching…", lines[1])
	}
	close(arch.release["李明俊"])
	d.deliver()
	want := fmt.Sprintf("人物 · 李明俊  %d entries, newest first", len(arch.find("李明俊", personLimit)))
	if last := lastLine(libScreen(l)); !strings.HasPrefix(last, want) {
		t.Errorf("status line %q, want it to start %q", last, want)
	}
}

// TestPickerArchiveQueryAtStart: a picker opened on a query (yuebao
// serve's ssh host QUERY) searches the archive from Init.
func TestPickerArchiveQueryAtStart(t *testing.T) {
	docs, issues := lazyDocs(t)
	l := NewPicker(PickerOptions{Docs: docs, Renderer: monoRenderer(), Archive: &fakeArchive{issues: issues}, Query: "李明俊"})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	if last := lastLine(libScreen(l)); !strings.HasPrefix(last, "/李明俊  searching…") {
		t.Errorf("before Init, status line %q, want /李明俊 searching…", last)
	}
	settle(l, l.Init())
	lines := strings.Split(libScreen(l), "\n")
	if want := "平顶山月报 2023年第11期（总第215期） › 领导活动 › 李明俊调研信访稳定、城市公交和城乡客运工作"; !strings.HasPrefix(lines[1], want) {
		t.Errorf("first result %q, want it to start %q", lines[1], want)
	}
	want := fmt.Sprintf("/李明俊  %d entries in all issues", len((&fakeArchive{issues: issues}).find("李明俊", archiveLimit)))
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, want) {
		t.Errorf("status line %q, want it to start %q", last, want)
	}
}

// TestPickerKeepsEntriesWhileSearching: while the archive searches a
// query that only adds to the one before (or takes from its end), the
// entries found before stay listed, so the list does not blink empty at
// every key; they give way to the new answer when it comes, and are not
// kept for a query of another word.
func TestPickerKeepsEntriesWhileSearching(t *testing.T) {
	l, arch, d := newAsyncPicker(t, nil, "李", "李明", "王")
	entries := func() []string {
		var out []string
		for _, line := range strings.Split(libScreen(l), "\n")[1:] {
			if strings.Contains(line, " › ") {
				// The row without its snippet, which is cut around the
				// match of the query typed.
				title, _, _ := strings.Cut(strings.TrimSpace(line), "  ")
				// And without its issue's label, which gives way as much
				// as the snippet of the query typed needs, nor the end of
				// the title, cut so too: the first ten characters tell.
				title = title[strings.LastIndex(title, " › ")+len(" › "):]
				if rs := []rune(title); len(rs) > 10 {
					title = string(rs[:10])
				}
				out = append(out, title)
			}
		}
		return out
	}

	d.key("/")
	d.key("李")
	recv(t, arch.started, "search")
	close(arch.release["李"])
	d.deliver()
	found := entries()
	if len(found) == 0 {
		t.Fatal("李 lists no entry")
	}

	d.key("明")
	recv(t, arch.started, "search")
	if got := entries(); !slices.Equal(got, found) {
		t.Errorf("while 李明 is searched, the entries listed are\n%s\nwant 李's, as before:\n%s", strings.Join(got, "\n"), strings.Join(found, "\n"))
	}
	if last := lastLine(libScreen(l)); !strings.Contains(last, "searching…") {
		t.Errorf("status line %q, want searching…", last)
	}
	close(arch.release["李明"])
	d.deliver()
	want := arch.find("李明", archiveLimit)
	if got := entries(); len(got) != min(len(want), l.bodyHeight()) {
		t.Errorf("李明's answer lists %d entries on screen, want %d (of %d found)", len(got), min(len(want), l.bodyHeight()), len(want))
	}

	// Another word: 李明's entries are not 王's.
	d.key("backspace")
	if q := recv(t, arch.started, "search"); q != "李" {
		t.Fatalf("searched %q, want 李", q)
	}
	d.key("backspace") // nothing typed: no search
	d.key("王")
	if q := recv(t, arch.started, "search"); q != "王" {
		t.Fatalf("searched %q, want 王", q)
	}
	if got := entries(); len(got) != 0 {
		t.Errorf("while 王 is searched, %d entries of 李明 are listed:\n%s", len(got), strings.Join(got, "\n"))
	}
}

// TestDocParsed: a catalogue's Doc is not parsed until it is opened, and
// then is, under every name and key it is shared by; an issue already
// parsed, or a file that failed, opens at once.
func TestDocParsed(t *testing.T) {
	docs, _ := lazyDocs(t)
	d := docs[0]
	c := d.WithKey("another key")
	if d.Parsed() || c.Parsed() {
		t.Fatal("a catalogue's Doc is parsed before it is opened")
	}
	if o := c.Open(); o.Key != "another key" || o.Issue == nil {
		t.Fatalf("opened as %q, issue %v", o.Key, o.Issue != nil)
	}
	if !d.Parsed() || !c.Parsed() || !d.Open().Parsed() {
		t.Error("opening a copy of the Doc did not tell the Doc it is parsed")
	}
	if !NewDoc("broken", "broken.md", nil, fmt.Errorf("broken")).Parsed() {
		t.Error("a file that failed is to open at once")
	}
}

// slowDocs are a catalogue's issues whose parse each waits until the
// test closes its release, as a large file's takes seconds: the sample
// as 平顶山月报 and as 洛阳月报, and 开封月报, whose file is gone since it
// was indexed. parsing tells the shelf whose parse began.
type slowDocs struct {
	docs    []*Doc
	release []chan struct{}
	parsing chan int
}

func newSlowDocs(t *testing.T) *slowDocs {
	sample(t)
	other := *sampleIss
	other.Title = "洛阳月报"
	s := &slowDocs{parsing: make(chan int, 16)}
	for i, iss := range []*model.Issue{sampleIss, &other, nil} {
		sum := Summary{Label: "2023年第10期（总第214期）", Title: "开封月报", Year: 2023, Number: 10, Header: "开封月报 2023年第10期（总第214期）"}
		if iss != nil {
			sum = Summary{Label: iss.Label(), Title: iss.Title, Year: iss.Year, Number: iss.Number,
				Header: iss.Header(), Entries: iss.EntryCount()}
		}
		release := make(chan struct{})
		s.release = append(s.release, release)
		d := NewLazyDoc([]string{"pds", "ly", "kf"}[i], "", sum, func() (*model.Issue, error) {
			s.parsing <- i
			<-release
			if iss == nil {
				return nil, fmt.Errorf("kf.md: no such file")
			}
			return iss, nil
		})
		d.Key = fmt.Sprintf("key-%d", i)
		s.docs = append(s.docs, d)
	}
	return s
}

// press is key, giving back the command instead of running it.
func (d *asyncDriver) press(k string) tea.Cmd {
	d.t.Helper()
	done := make(chan tea.Cmd, 1)
	go func() {
		_, cmd := d.l.Update(keyMsg(k))
		done <- cmd
	}()
	return recv(d.t, done, "answer to key "+k+": it waits for a parse")
}

// TestPickerOpensAside: an issue not yet parsed is opened aside, and no
// key waits for its parse: the status line says which issue is opening;
// a move supersedes it, as another enter does, and its parse, come
// late, is kept but does not open it; the latest opens when its parse
// comes; esc gives up the wait, and only that; q and ctrl+c quit at
// once; a file gone since it was indexed says so.
func TestPickerOpensAside(t *testing.T) {
	s := newSlowDocs(t)
	l := NewPicker(PickerOptions{Docs: s.docs, Renderer: monoRenderer(), Archive: &fakeArchive{}})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	d := &asyncDriver{t: t, l: l, msgs: make(chan tea.Msg, 16)}

	d.key("enter")
	if i := recv(t, s.parsing, "parse"); i != 0 {
		t.Fatalf("enter on the first issue parsed %d", i)
	}
	if last := lastLine(libScreen(l)); l.cur != -1 || !strings.HasPrefix(last, "opening 平顶山月报 2023年第11期（总第215期）…") {
		t.Fatalf("while the issue is parsed: reader %d, status line %q, want the picker, opening 平顶山月报 2023年第11期（总第215期）…", l.cur, last)
	}
	for _, k := range []string{"ctrl+c", "q"} {
		if cmd := d.press(k); cmd == nil || !isQuit(cmd) {
			t.Errorf("%s while an issue is parsed does not quit", k)
		}
	}
	// A move: the picker is elsewhere, and the issue is not to open.
	d.key("j")
	if last := lastLine(libScreen(l)); l.cursor != 1 || strings.Contains(last, "opening") {
		t.Errorf("j while parsing: cursor %d, status line %q; want 1, the open given up", l.cursor, last)
	}
	d.key("enter")
	if i := recv(t, s.parsing, "parse"); i != 1 {
		t.Fatalf("enter on the second issue parsed %d", i)
	}
	d.key("x") // unbound: it changes nothing, and the open still comes
	// The first issue's parse comes late: kept, the screen left as is.
	close(s.release[0])
	d.deliver()
	if last := lastLine(libScreen(l)); l.cur != -1 || !strings.HasPrefix(last, "opening 洛阳月报 ") {
		t.Errorf("the first issue's parse, come late: reader %d, status line %q; want the picker, opening 洛阳月报", l.cur, last)
	}
	if l.docs[0].Issue == nil || !l.docs[0].Parsed() {
		t.Error("the first issue's parse, come late, is not kept")
	}
	if l.readers[0] != nil {
		t.Error("the reader built for the first issue, never shown, is kept (it would save a place never read at)")
	}
	close(s.release[1])
	d.deliver()
	if line := strings.Split(libScreen(l), "\n")[0]; l.cur != 1 || !strings.HasPrefix(line, "洛阳月报 · 2023年第11期") {
		t.Fatalf("the second issue's parse came: reader %d, first line %q; want 洛阳月报's reader", l.cur, line)
	}
	if r := l.readers[1]; r.doc != l.docs[1] {
		t.Error("the reader shown is not of the Doc the picker keeps")
	}
	d.key("esc")

	// Parsed, an issue opens at once, with no command.
	d.key("k")
	if cmd := d.press("enter"); cmd != nil || l.cur != 0 {
		t.Errorf("enter on an issue parsed: reader %d, command %v; want it open at once", l.cur, cmd != nil)
	}
	d.key("esc")

	// esc gives up the wait, and does not clear the search as well.
	d.key("/")
	d.key("2023")
	d.deliver() // the archive's (empty) answer
	d.key("enter")
	d.key("G")
	d.key("enter")
	if i := recv(t, s.parsing, "parse"); i != 2 {
		t.Fatalf("enter on 开封月报 parsed %d", i)
	}
	d.key("esc")
	if last := lastLine(libScreen(l)); l.query != "2023" || !strings.HasPrefix(last, "/2023 ") {
		t.Errorf("esc while parsing: query %q, status line %q; want the wait given up, /2023 kept", l.query, last)
	}
	close(s.release[2])
	d.deliver()
	if l.cur != -1 || l.note != "" {
		t.Errorf("the parse given up with esc, come: reader %d, note %q; want the picker as it was", l.cur, l.note)
	}
	// 开封月报's file is gone: opened (now at once), it says why.
	d.key("enter")
	if last := lastLine(libScreen(l)); l.cur != -1 || !strings.HasPrefix(last, "cannot open: kf.md: no such file") {
		t.Errorf("enter on a file gone: reader %d, status line %q", l.cur, last)
	}
}

// TestPickerMarkOpensAside: a mark's issue not yet parsed is opened
// aside, the marks listed meanwhile; the entry opens when it comes, or
// the list says it is gone from the issue.
func TestPickerMarkOpensAside(t *testing.T) {
	s := newSlowDocs(t)
	places := &state.Memory{}
	e := sampleIss.Entry(model.EntryRef{Sec: 1, Ent: 2})
	if err := places.SaveMarks("key-0", []state.Mark{{Sec: 1, Ent: 2, Title: e.Title, Cite: "平顶山的"}}); err != nil {
		t.Fatal(err)
	}
	if err := places.SaveMarks("key-1", []state.Mark{{Sec: 1, Ent: 2, Title: "no such entry", Cite: "洛阳的"}}); err != nil {
		t.Fatal(err)
	}
	l := NewPicker(PickerOptions{Docs: s.docs, Renderer: monoRenderer(), Archive: &fakeArchive{}, Places: places})
	l.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	d := &asyncDriver{t: t, l: l, msgs: make(chan tea.Msg, 16)}

	d.key("'")
	d.key("j")
	d.key("enter")
	recv(t, s.parsing, "parse")
	if last := lastLine(libScreen(l)); l.mode != pickMarks || !strings.Contains(last, "opening 洛阳月报 2023年第11期（总第215期）…") {
		t.Errorf("enter on a mark of an issue not parsed: mode %d, status line %q; want the marks, opening 洛阳月报…", l.mode, last)
	}
	close(s.release[1])
	d.deliver()
	if last := lastLine(libScreen(l)); l.mode != pickMarks || l.cur != -1 || !strings.Contains(last, "no longer has that entry") {
		t.Errorf("the issue came without the marked entry: mode %d, reader %d, status line %q", l.mode, l.cur, last)
	}
	d.key("k")
	d.key("enter")
	recv(t, s.parsing, "parse")
	close(s.release[0])
	d.deliver()
	if l.cur != 0 || title(l.readers[0]) != e.Title {
		t.Errorf("the mark's issue came: reader %d; want 平顶山月报's on %s", l.cur, e.Title)
	}
}
