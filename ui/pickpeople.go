package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser/people"
)

// Person is someone the picker's issues name: who, with each role and
// the newest issue that gives it, and the role each issue gives (by Doc),
// for the person's page.
type Person struct {
	people.Career
	Roles map[int]string // by index of the Doc; "" or absent: none given
}

// personLimit bounds a person's page: a city's leader is named in every
// issue, dozens of entries each, for years (15,680 entries in 1,000
// generated issues); past it the page says so (50000+ entries).
const personLimit = 50000

// picker's people: p lists the people of every issue, most named first;
// enter opens a person's page, every entry naming them, newest first,
// each with the role its issue gives.

// openPeople lists the people of every issue.
func (l *Picker) openPeople() tea.Cmd {
	var cmd tea.Cmd
	switch {
	case l.people != nil || l.gathering:
	case l.opts.Archive != nil:
		// Every issue's people, read from the index: seconds on ten
		// thousand issues, which no key is to wait for. The list says
		// gathering… until they come (see gathered).
		l.gathering = true
		arch := l.opts.Archive
		cmd = func() tea.Msg {
			ps, err := arch.People()
			return peopleResult{people: ps, err: err}
		}
	default:
		ps, err := l.gatherPeople()
		if err != nil {
			l.note = "people: " + err.Error()
			return nil
		}
		l.people = ps
	}
	l.mode = pickPeople
	l.peoplePos = listPos{}
	return cmd
}

// peopleResult is what the archive's People gave.
type peopleResult struct {
	people []Person
	err    error
}

// gathered takes the archive's people; on an error the list is left.
func (l *Picker) gathered(res peopleResult) {
	l.gathering = false
	if res.err != nil {
		l.note = "people: " + res.err.Error()
		if l.mode == pickPeople {
			l.mode = picking
		}
		return
	}
	l.people = res.people
	if l.people == nil {
		l.people = []Person{}
	}
}

// gatherPeople asks the archive, or gathers the parsed issues' people.
func (l *Picker) gatherPeople() ([]Person, error) {
	if l.opts.Archive != nil {
		return l.opts.Archive.People()
	}
	var issues []people.Issue
	roles := map[string]map[int]string{}
	for i, d := range l.docs {
		if d.Issue == nil {
			continue
		}
		ps := d.People()
		label := d.Issue.Label()
		if label == "" {
			label = d.Name
		}
		issues = append(issues, people.Issue{Label: label, People: ps})
		for _, p := range ps {
			if roles[p.Name] == nil {
				roles[p.Name] = map[int]string{}
			}
			roles[p.Name][i] = p.Role
		}
	}
	careers := people.Across(issues)
	out := make([]Person, len(careers))
	for i, c := range careers {
		out[i] = Person{Career: c, Roles: roles[c.Name]}
	}
	return out, nil
}

func (l *Picker) movePeople(d int) {
	if len(l.people) > 0 {
		l.peoplePos.move(d, len(l.people), l.bodyHeight())
	}
}

// openPerson opens the page of the person under the cursor.
func (l *Picker) openPerson() tea.Cmd {
	if l.peoplePos.cursor >= len(l.people) {
		return nil
	}
	p := &l.people[l.peoplePos.cursor]
	l.person = p
	l.mode = picking
	l.prompt.set(p.Name)
	return l.setQuery(p.Name)
}

// personRows keeps the entries of a person's page, newest first.
func (l *Picker) personRows() {
	rows := l.rows[:0]
	for _, r := range l.rows {
		if r.ref.Valid() {
			rows = append(rows, r)
		}
	}
	slices.SortStableFunc(rows, func(a, b pickRow) int {
		da, db := l.rowDate(a), l.rowDate(b)
		if da != db {
			if da.Before(db) {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.shelf, b.shelf), cmp.Compare(a.ref.Sec, b.ref.Sec), cmp.Compare(a.ref.Ent, b.ref.Ent))
	})
	l.rows = rows
}

// rowDate is the date of an entry row, with its issue's year where the
// text gives none.
func (l *Picker) rowDate(r pickRow) model.Date {
	var d model.Date
	if r.hit != nil {
		d = r.hit.Entry.Date.Start
	} else if e := l.docs[r.shelf].Issue.Entry(r.ref); e != nil {
		d = e.Date.Start
	}
	if !d.IsZero() && d.Year == 0 {
		d.Year = int16(l.docs[r.shelf].Summary().Year)
	}
	return d
}

// peopleView draws the list of people.
func (l *Picker) peopleView(b *strings.Builder, h int) {
	n := 0
	if len(l.people) == 0 {
		none := " no one named"
		if l.gathering {
			none = " gathering…"
		}
		b.WriteString(fit(l.cells, []span{styled(none, l.st.meta)}, l.width, plainSpan("")))
		b.WriteByte('\n')
		n++
	}
	// Names and counts in columns, as wide as the rows on screen need
	// (a name of four characters at most is the rule; a longer one does
	// not push the others).
	nameW, countW := 0, 0
	counts := func(p *Person) string { return entries(p.Entries) + " · " + count(p.Issues, "issue") }
	for j := l.peoplePos.offset; j < len(l.people) && j < l.peoplePos.offset+h; j++ {
		nameW = max(nameW, min(l.cells.String(l.people[j].Name), 12))
		countW = max(countW, l.cells.String(counts(&l.people[j])))
	}
	padTo := func(s string, w int) string { return s + strings.Repeat(" ", max(0, w-l.cells.String(s))) }
	for j := l.peoplePos.offset; j < len(l.people) && n < h; j++ {
		st, pad := rowStyler(j == l.peoplePos.cursor, l.st.selected)
		p := &l.people[j]
		roles := make([]string, len(p.Career.Roles))
		for i, r := range p.Career.Roles {
			roles[i] = r.Role
		}
		b.WriteString(fit(l.cells, []span{st(plainSpan(" " + padTo(p.Name, nameW))),
			st(styled("  "+padTo(counts(p), countW), l.st.meta)),
			st(styled("  "+strings.Join(roles, "、"), l.st.section))}, l.width, pad))
		b.WriteByte('\n')
		n++
	}
	for ; n < h; n++ {
		b.WriteString(fit(l.cells, nil, l.width, plainSpan("")))
		b.WriteByte('\n')
	}
	short := l.tables[pickPeople].shortHelp()
	count := persons(len(l.people)) + " in all issues"
	if l.gathering {
		count = "gathering…"
	}
	b.WriteString(statusLine(l.cells, l.st, l.width, []span{styled("人物 · "+count, l.st.status)}, hints(short), hints(short[:1])))
}

// persons counts people: 1 person, 2 people.
func persons(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}
