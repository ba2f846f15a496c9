package archive

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSortedRuns: ascending lists gathered in any order come out as
// their union, ascending, each id once.
func TestSortedRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		var sr sortedRuns
		var want []int64
		for range n % 9 {
			row := make([]int64, r.IntN(50))
			for i := range row {
				row[i] = r.Int64N(300)
			}
			slices.Sort(row)
			sr.add(row)
			want = append(want, row...)
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if got := sr.merged(); !slices.Equal(got, want) {
			t.Fatalf("case %d: merged %v, want %v", n, got, want)
		}
	}
}

// TestListRows: a list written in rows reads back whole, each row on its
// own, with full rows of at most fullRow bytes first and rows of at most
// tailBytes after them, each with its last id.
func TestListRows(t *testing.T) {
	for _, n := range []int{0, 1, 100, 3000, 5000, 20000} {
		ids := make([]int64, n)
		id := int64(1 << 30)
		for i := range ids {
			id += int64(1 + i%300) // steps of one to three bytes
			ids[i] = id
		}
		buf, rows, full := listRows(nil, ids, nil)
		var got []int64
		start := 0
		for k, r := range rows {
			limit := fullRow
			if k >= full {
				limit = tailBytes
			}
			if r.end-start > limit || r.end == start {
				t.Errorf("%d ids: row %d has %d bytes, limit %d", n, k, r.end-start, limit)
			}
			row, err := appendIDs(nil, buf[start:r.end])
			if err != nil {
				t.Fatalf("%d ids: row %d: %v", n, k, err)
			}
			if row[len(row)-1] != r.hi {
				t.Errorf("%d ids: row %d ends at %d, says %d", n, k, row[len(row)-1], r.hi)
			}
			got = append(got, row...)
			start = r.end
		}
		if start != len(buf) || !slices.Equal(got, ids) {
			t.Errorf("%d ids: read back %d ids from %d of %d bytes", n, len(got), start, len(buf))
		}
		if n >= 5000 && full == 0 {
			t.Errorf("%d ids: no full row", n)
		}
	}
}

// TestDropDead: a range taken out drops its ids from the rows written
// up to then, not from later ones.
func TestDropDead(t *testing.T) {
	dead := []deadRange{{lo: 10, hi: 19, before: 5}, {lo: 10, hi: 12, before: 8}, {lo: 30, hi: 39, before: 2}}
	for _, c := range []struct {
		rowid int64
		want  []int64
	}{
		{1, []int64{1, 25, 40}},
		{3, []int64{1, 25, 30, 35, 40}},
		{6, []int64{1, 15, 25, 30, 35, 40}},
		{7, []int64{1, 15, 25, 30, 35, 40}},
		{9, []int64{1, 11, 15, 25, 30, 35, 40}},
	} {
		ids := []int64{1, 11, 15, 25, 30, 35, 40}
		if got := dropDead(ids, c.rowid, dead); !slices.Equal(got, c.want) {
			t.Errorf("row %d: %v, want %v", c.rowid, got, c.want)
		}
	}
}

// TestSearchWhileCompacting: compacting writes the lists' rows again,
// under other rowids, while a search reads them: a search that found its
// terms' rows before it still reads those rows, and finds what it found
// before.
func TestSearchWhileCompacting(t *testing.T) {
	dir, issues := issuesDir(t, 6)
	db := openDB(t, filepath.Join(dir, "a.db"))
	ctx := context.Background()
	if _, err := db.Update(ctx, []string{issues}, nil); err != nil {
		t.Fatal(err)
	}
	cat, err := db.Catalogue([]string{issues})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(issues, "*.md"))
	slices.Sort(names)
	for i, q := range []string{"市", "会议", "调研", "lmj", "gongnuan", "diaoyan"} {
		// A file changed: the lists have rows of two batches, and an
		// issue taken out, which compacting merges and drops.
		name := names[i%len(names)]
		if err := os.WriteFile(name, append([]byte(readFile(t, name)), "\n补记。\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Update(ctx, []string{issues}, nil); err != nil {
			t.Fatal(err)
		}
		if cat, err = db.Catalogue([]string{issues}); err != nil {
			t.Fatal(err)
		}
		want, err := db.Search(ctx, cat, Query{Text: q})
		if err != nil || len(want) == 0 {
			t.Fatalf("%s: %d hits, %v", q, len(want), err)
		}
		db.midSearch = func() {
			db.midSearch = nil // once, and not in the compacting
			if err := db.optimize(); err != nil {
				t.Errorf("%s: compacting: %v", q, err)
			}
		}
		got, err := db.Search(ctx, cat, Query{Text: q})
		if err != nil {
			t.Fatalf("%s while compacting: %v", q, err)
		}
		if db.midSearch != nil {
			t.Fatalf("%s: no compacting during the search", q)
		}
		if len(got) != len(want) {
			t.Errorf("%s while compacting: %d hits, %d before", q, len(got), len(want))
		}
	}
}
