package model

// EntryRef says which entry of an issue: its section's index and its
// index in the section.
type EntryRef struct{ Sec, Ent int }

// NoEntry is the EntryRef of no entry at all.
func NoEntry() EntryRef { return EntryRef{Sec: -1, Ent: -1} }

// Valid reports whether r names an entry (of some issue: Entry checks it
// against one).
func (r EntryRef) Valid() bool { return r.Sec >= 0 && r.Ent >= 0 }

// Entry is the entry r names, or nil when the issue has none there.
func (iss *Issue) Entry(r EntryRef) *Entry {
	if r.Sec < 0 || r.Sec >= len(iss.Sections) || r.Ent < 0 || r.Ent >= len(iss.Sections[r.Sec].Entries) {
		return nil
	}
	return &iss.Sections[r.Sec].Entries[r.Ent]
}
