package ui

import (
	"context"

	"github.com/yuebao/yuebao/model"
)

// Archive searches the picker's issues on an index kept on disk (the
// archive's), where the picker would otherwise parse every issue and
// search each in memory. Search returns the first limit entries that
// the query finds, ranked as the reader's filter ranks them. It runs off
// the picker's Update loop, on a goroutine of its own, and may be called
// again (by another key, or another SSH session's picker) before an
// earlier call returns; it may stop early when ctx ends (the query has
// changed since), its result then unused.
//
// People returns the people the issues name, most named first, with the
// role each issue gives them.
type Archive interface {
	Search(ctx context.Context, query string, limit int) ([]ArchiveHit, error)
	People() ([]Person, error)
}

// ArchiveHit is one entry an Archive found.
type ArchiveHit struct {
	Doc     int // index of its issue in PickerOptions.Docs
	Ref     model.EntryRef
	InTitle bool
	// Section and Entry are the entry as the index keeps it (its title
	// and paragraphs), for the picker's row and its snippet, so that the
	// issue need not be parsed to list it.
	Section string
	Entry   model.Entry
}

// archiveLimit is the most entries a search of an archive lists: a
// reader looks at the first screens and narrows the query to go further.
const archiveLimit = 500
