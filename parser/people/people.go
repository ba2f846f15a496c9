// Package people finds the people named in an issue of a monthly report:
// who they are (the role the text gives them) and which entries mention
// them.
//
// Names are taken only from places where the text itself marks them as
// names, and precision comes before recall:
//
//   - a role directly before a name: 市委书记陈向平, 副市长、市公安局局长房国卫,
//     中国工程院院士、黄河实验室主任王复明, 市领导刘颖;
//   - the rest of a list that such a name starts: 市领导刘文海、王治安、赵军出席;
//   - a title that starts with a name the entry's text also starts a
//     sentence with.
//
// A candidate must start with a common surname, be two or three Han
// characters long (three or four with a compound surname), and be followed
// by punctuation or by a word that typically follows a name (出席, 主持,
// 参加, 以, 在, …). Where both a two- and a three-character reading fit,
// the longer one is taken only when the text supports it elsewhere.
package people

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/model"
)

// Person is someone named in an issue.
type Person struct {
	Name string // 陈向平
	// Role is the role the text gives the person, the most frequent one
	// (the more specific one on a tie, 市领导 only when there is no other):
	// 市委书记; 市委常委、副市长. Empty when the text gives none.
	Role string
	// Entries are the entries whose title or text contains Name, in
	// document order, each once.
	Entries []Ref
}

// Ref points at one entry: Issue.Sections[Sec].Entries[Ent].
type Ref struct{ Sec, Ent int }

// Index returns the people of iss sorted by number of entries (most
// first), then by first appearance.
func Index(iss *model.Issue) []Person {
	if iss == nil {
		return nil
	}
	x := newIndexer(iss)
	x.collect()
	return x.people()
}

// Format writes one person a line: name, role and the number of entries,
// separated by tabs. field, if not nil, is applied to each name and role
// on its own (the command makes them safe for a terminal); cleaning the
// lines instead would reach the tabs between the fields. A tab or line
// break inside a field becomes a space, so that the columns hold.
func Format(w io.Writer, ps []Person, field func(string) string) error {
	bw := bufio.NewWriter(w)
	for _, p := range ps {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", oneField(p.Name, field), oneField(p.Role, field), len(p.Entries))
	}
	return bw.Flush()
}

func oneField(s string, field func(string) string) string {
	if field != nil {
		s = field(s)
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// unit is one piece of text: an entry's title or one of its paragraphs.
type unit struct {
	ref   Ref
	entry int // index of the entry among all entries
	title bool
	// r is the text in simplified characters, which the lexicon's roles
	// and words are written in; orig, where that differs, the text as
	// printed, rune for rune (a copy in traditional characters: 市委書記
	// 陳向平), which names and roles are given in.
	r, orig []rune
}

// newUnit makes the unit of text s.
func newUnit(ref Ref, entry int, title bool, s string) unit {
	r := []rune(s)
	var orig []rune
	for i, c := range r {
		if f := hant.Simplified(c); f != c {
			if orig == nil {
				orig = slices.Clone(r)
			}
			r[i] = f
		}
	}
	return unit{ref: ref, entry: entry, title: title, r: r, orig: orig}
}

// printed is the text of u's runes [i, j) as printed.
func (u *unit) printed(i, j int) string {
	if u.orig != nil {
		return string(u.orig[i:j])
	}
	return string(u.r[i:j])
}

// site is one place where the text names a person after a role.
type site struct {
	u, pos, n int // unit, rune offset and length of the name
	roleEnd   int // the role is the text before roleEnd (the head of a list)
}

type indexer struct {
	lex   *lexicon
	city  string // 平顶山, from the issue title
	units []unit

	known map[string]bool // names found so far
	sites []site
	// ambiguous counts the longer readings of sites where two fit, for
	// deciding them by recurrence.
	ambiguous map[string]int
}

func newIndexer(iss *model.Issue) *indexer {
	x := &indexer{lex: theLexicon(), known: map[string]bool{}, ambiguous: map[string]int{}}
	x.city = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.Map(hant.Simplified, iss.Title)), "月报"))
	n := 0
	for si, s := range iss.Sections {
		for ei, e := range s.Entries {
			ref := Ref{si, ei}
			if e.Title != "" {
				x.units = append(x.units, newUnit(ref, n, true, e.Title))
			}
			for _, p := range e.Paragraphs {
				x.units = append(x.units, newUnit(ref, n, false, p.Text))
			}
			n++
		}
	}
	return x
}

// collect finds the names: a first pass keeps the sites that only one
// reading fits, a second decides the others with what the first found.
func (x *indexer) collect() {
	for u := range x.units {
		x.scan(u, false)
	}
	if len(x.ambiguous) > 0 {
		for s := range x.ambiguous {
			x.ambiguous[s] = 0
		}
		for _, u := range x.units {
			x.countAmbiguous(u.r)
		}
	}
	x.sites = x.sites[:0]
	for u := range x.units {
		x.scan(u, true)
	}
	x.titles()
	x.dropShadowed()
}

// scan records the role sites of unit u and the lists they start.
func (x *indexer) scan(u int, final bool) {
	r := x.units[u].r
	for i := 1; i < len(r); i++ {
		if !x.lex.surnameAt(r, i) || !x.lex.roleBefore(r, i) {
			continue
		}
		n := x.resolve(r, i, final)
		if n == 0 {
			continue
		}
		x.add(site{u: u, pos: i, n: n, roleEnd: i})
		j := i + n
		for j+1 < len(r) && (r[j] == '、' || r[j] == '和' || r[j] == '及') && x.lex.surnameAt(r, j+1) {
			m := x.resolve(r, j+1, final)
			if m == 0 {
				break
			}
			x.add(site{u: u, pos: j + 1, n: m, roleEnd: i})
			j += 1 + m
		}
		i = j - 1
	}
}

func (x *indexer) add(s site) {
	x.known[string(x.units[s.u].r[s.pos:s.pos+s.n])] = true
	x.sites = append(x.sites, s)
}

// resolve returns the length of the name at r[i:], 0 when there is none.
// Before final only unambiguous readings count.
func (x *indexer) resolve(r []rune, i int, final bool) int {
	var opts [4]int
	k := 0
	for _, n := range x.lex.lengths(r, i) {
		if x.lex.validName(r, i, n) {
			opts[k] = n
			k++
		}
	}
	switch {
	case k == 1:
		return opts[0]
	case k == 0:
		if final { // 副市长许红兵推介……: a name found elsewhere
			return x.knownAt(r, i)
		}
		return 0
	}
	if !final {
		for _, n := range opts[1:k] {
			x.ambiguous[string(r[i:i+n])] = 0
		}
		return 0
	}
	for j := k - 1; j >= 0; j-- { // the longest reading found elsewhere
		if x.known[string(r[i:i+opts[j]])] {
			return opts[j]
		}
	}
	for j := k - 1; j > 0; j-- { // a longer reading that recurs
		if x.ambiguous[string(r[i:i+opts[j]])] >= 2 {
			return opts[j]
		}
	}
	return opts[0]
}

// knownAt returns the length of the longest known name at r[i:].
func (x *indexer) knownAt(r []rune, i int) int {
	for n := min(4, len(r)-i); n >= 2; n-- {
		if x.known[string(r[i:i+n])] {
			return n
		}
	}
	return 0
}

// countAmbiguous counts, in r, the longer readings of ambiguous sites
// that are followed by a boundary.
func (x *indexer) countAmbiguous(r []rune) {
	for i := range r {
		if !x.lex.surnameAt(r, i) {
			continue
		}
		for n := 3; n <= 4 && i+n <= len(r); n++ {
			s := string(r[i : i+n])
			if c, ok := x.ambiguous[s]; ok && x.lex.boundaryAt(r, i+n) {
				x.ambiguous[s] = c + 1
			}
		}
	}
}

// titles adds the names that start a title (陈向平到叶县调研) when the
// entry's text also starts a sentence with them, and nothing else does.
func (x *indexer) titles() {
	for u := 0; u < len(x.units); u++ {
		t := x.units[u]
		if !t.title || !x.lex.surnameAt(t.r, 0) || x.knownAt(t.r, 0) > 0 {
			continue
		}
		found := 0
		for _, n := range x.lex.lengths(t.r, 0) {
			if !x.lex.validName(t.r, 0, n) || !x.lex.wordAt(t.r, n) {
				continue
			}
			if x.sentenceStart(u, t.r[:n]) {
				if found != 0 {
					found = -1 // two readings: leave it
					break
				}
				found = n
			}
		}
		if found > 0 {
			x.add(site{u: u, pos: 0, n: found, roleEnd: -1})
		}
	}
}

// sentenceStart reports whether the paragraphs of the entry of title unit
// u start a sentence with name followed by a boundary word.
func (x *indexer) sentenceStart(u int, name []rune) bool {
	e := x.units[u].entry
	for v := u + 1; v < len(x.units) && x.units[v].entry == e; v++ {
		r := x.units[v].r
		for i := 0; i+len(name) <= len(r); i++ {
			if i > 0 && !strings.ContainsRune("，。；：！？", r[i-1]) {
				continue
			}
			if slices.Equal(r[i:i+len(name)], name) && x.lex.wordAt(r, i+len(name)) {
				return true
			}
		}
	}
	return false
}

// dropShadowed drops the names that occur only inside longer names (a
// stray 李明 beside 李明俊).
func (x *indexer) dropShadowed() {
	m := newMatcher(x.known)
	own := map[string]bool{}
	for _, u := range x.units {
		m.each(u.r, func(i int, name string) { own[name] = true })
	}
	var drop []string
	for n := range x.known {
		if !own[n] {
			drop = append(drop, n)
		}
	}
	if len(drop) == 0 {
		return
	}
	for _, n := range drop {
		delete(x.known, n)
	}
	x.sites = slices.DeleteFunc(x.sites, func(s site) bool {
		return !x.known[string(x.units[s.u].r[s.pos:s.pos+s.n])]
	})
}

// people counts the entries of each name and picks its role.
func (x *indexer) people() []Person {
	type acc struct {
		p     Person
		first int // unit of the first mention
		off   int
		last  int // entry of the last Ref, -1 before any
		roles map[string]int
		order []string
	}
	byName := map[string]*acc{}
	printedRole := map[string]string{"": ""} // each role as printed where first read
	var all []*acc
	m := newMatcher(x.known)
	for ui, u := range x.units {
		m.all(u.r, func(i int, name string) {
			a := byName[name]
			if a == nil {
				printed := u.printed(i, i+utf8.RuneCountInString(name))
				a = &acc{p: Person{Name: printed}, first: ui, off: i, last: -1, roles: map[string]int{}}
				byName[name] = a
				all = append(all, a)
			}
			if a.last != u.entry {
				a.last = u.entry
				a.p.Entries = append(a.p.Entries, u.ref)
			}
		})
	}
	for _, s := range x.sites {
		if s.roleEnd < 0 {
			continue
		}
		a := byName[string(x.units[s.u].r[s.pos:s.pos+s.n])]
		if a == nil {
			continue
		}
		role := x.role(x.units[s.u].r, s.roleEnd, m)
		if role == "" {
			continue
		}
		if _, ok := printedRole[role]; !ok {
			// (The role is the text before its end, a prefix cut: as
			// printed, the same runes.)
			printedRole[role] = x.units[s.u].printed(s.roleEnd-utf8.RuneCountInString(role), s.roleEnd)
		}
		if a.roles[role] == 0 {
			a.order = append(a.order, role)
		}
		a.roles[role]++
	}
	ps := make([]Person, 0, len(all))
	slices.SortStableFunc(all, func(a, b *acc) int {
		if c := cmp.Compare(len(b.p.Entries), len(a.p.Entries)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(a.off, b.off)
	})
	for _, a := range all {
		a.p.Role = printedRole[pickRole(a.roles, a.order)]
		ps = append(ps, a.p)
	}
	return ps
}

// pickRole returns the most frequent role, the more specific one (more
// parts, then longer) on a tie, a generic one (市领导) only when there is
// no other.
func pickRole(count map[string]int, order []string) string {
	best := ""
	better := func(r string) bool {
		if best == "" {
			return true
		}
		if g, h := genericRole(r), genericRole(best); g != h {
			return h
		}
		if count[r] != count[best] {
			return count[r] > count[best]
		}
		if a, b := strings.Count(r, "、"), strings.Count(best, "、"); a != b {
			return a > b
		}
		return len([]rune(r)) > len([]rune(best))
	}
	for _, r := range order {
		if better(r) {
			best = r
		}
	}
	return best
}

// maxRole is the most characters a role may have.
const maxRole = 40

// role returns the role that ends at r[end]: the Han text (and 、) back to
// punctuation, 的 or a name, keeping 、-joined parts only while they are
// roles themselves, normalised.
func (x *indexer) role(r []rune, end int, m *matcher) string {
	start := end
	for start > 0 {
		c := r[start-1]
		if c == '）' || c == ')' { // 英诺贝森储能科技（河南）有限公司总经理
			if o := openParen(r[:start-1]); o > 0 {
				start = o
				continue
			}
		}
		if !isHan(c) && c != '、' || strings.ContainsRune(roleStops, c) {
			break
		}
		start--
	}
	// after the last name inside (市长李明俊、市委副书记岳杰勇)
	s0 := start
	m.each(r[s0:end], func(i int, name string) {
		if e := s0 + i + len([]rune(name)); e < end {
			start = max(start, e)
		}
	})
	parts := strings.Split(string(r[start:end]), "、")
	k := len(parts) - 1
	for k > 0 && parts[k-1] != "" && x.lex.roleEnds(parts[k-1]) {
		k--
	}
	// 院士 … 董绍明 is fine; an over-long run is cut to its last parts
	for k < len(parts)-1 && len([]rune(strings.Join(parts[k:], "、"))) > maxRole {
		k++
	}
	parts = parts[k:]
	parts[0] = trimLead(parts[0])
	role := strings.Join(parts, "、")
	role = strings.TrimPrefix(role, "中共")
	if x.city != "" && strings.HasPrefix(role, x.city+"市") {
		role = strings.TrimPrefix(role, x.city)
	}
	if !x.lex.roleEnds(role) {
		return ""
	}
	return role
}

// roleStops end the text a role is read from: 在平的市级领导, 6名先进个人
// 分别是市自然资源和规划局副局长.
const roleStops = "的是"

// openParen returns the index of the Han-enclosed opening parenthesis that
// matches a closing one right after r, or -1.
func openParen(r []rune) int {
	for i := len(r) - 1; i >= 0 && len(r)-i <= 12; i-- {
		switch r[i] {
		case '（', '(':
			if i > 0 && isHan(r[i-1]) {
				return i
			}
			return -1
		case '）', ')', '，', '。', '；', '、':
			return -1
		}
	}
	return -1
}

// leads are words that start a clause before a role: 由……, 与……, 和…….
var leads = []string{"以及", "邀请", "由", "和", "与", "及", "并"}

func trimLead(s string) string {
	for again := true; again; {
		again = false
		for _, l := range leads {
			if strings.HasPrefix(s, l) && len(s) > len(l) {
				s = s[len(l):]
				again = true
			}
		}
	}
	return s
}

func isHan(c rune) bool {
	return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF
}
