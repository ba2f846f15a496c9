package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/ui/search"
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
	if screen := libScreen(l); !strings.Contains(screen, "李明俊调研信访稳定、城市公交和城乡客运工作") {
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
