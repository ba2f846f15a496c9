package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/chrongen"
)

// TestChronicleInTmux opens a generated twenty-year county chronicle (3.2
// MB, 29,470 events under year and month headings) in the reader, as a
// user would: it goes from section to section with ] to a year, filters a
// name across all the years, and shows the timeline, which runs from 2004
// to the last day of 2023.
func TestChronicleInTmux(t *testing.T) {
	tmux := needTools(t, "tmux")[0]
	dir := t.TempDir()
	bin := filepath.Join(dir, "yuebao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	text, doc := chrongen.Generate(20, 1)
	events := 0
	target := -1 // the section of the year 2005
	for i, s := range doc.Sections {
		events += len(s.Entries)
		if target < 0 && (s.Name == "2005年" || s.Name == "二〇〇五年") {
			target = i
		}
	}
	if target < 0 {
		t.Fatal("the generated chronicle has no section for 2005")
	}
	path := filepath.Join(dir, "ningchuan.md")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}

	s := findRig{tmux: tmux, bin: bin}.start(t, newFindHome(t), nil, path)
	sc := findWait(s, "the chronicle to open", func(sc screen) bool {
		return sc.line(0) == "宁川县大事记" && strings.Contains(sc.bottom(), "? help")
	})
	if rows := sc.tocRows(); !strings.HasPrefix(rows[0], "▾ 1 2004年") {
		t.Errorf("first TOC row %q, want the year 2004\n%s", rows[0], sc.framed())
	}

	// ] goes on a section at a time (a year, or a month under it).
	for range target {
		s.keys("]")
	}
	want := fmt.Sprintf("%d %s", target+1, doc.Sections[target].Name)
	sc = findWait(s, "] to reach 2005", func(sc screen) bool {
		return strings.Contains(sc.String(), want)
	})
	// Twenty years: an event's date says its year (2005-01-03), where
	// 01-03 would not say which of them.
	if !strings.Contains(strings.Join(sc.tocRows(), "\n"), " 2005-") {
		t.Errorf("the rows under 2005 show no date of 2005\n%s", sc.framed())
	}

	// A filter runs over all twenty years.
	s.keys("/")
	s.text("县长")
	total := fmt.Sprintf("/%d", events)
	findWait(s, "the filter 县长 to find events", func(sc screen) bool {
		b := sc.bottom()
		i := strings.Index(b, total)
		if i < 0 || !strings.Contains(b, "县长") {
			return false
		}
		j := i
		for j > 0 && b[j-1] >= '0' && b[j-1] <= '9' {
			j--
		}
		return j < i && b[j:i] != "0"
	})
	s.keys("Escape", "Escape")

	// The timeline: year-level events of 2004 first, then every day in
	// order to 2023-12-31.
	// The timeline keeps the entry the filter chose; g goes to its top.
	s.keys("s")
	findWait(s, "s to show the timeline", func(sc screen) bool {
		return strings.HasPrefix(sc.bottom(), "timeline")
	})
	s.keys("g")
	sc = findWait(s, "g to reach the first day", func(sc screen) bool {
		return strings.HasPrefix(sc.tocRows()[0], "◆ ")
	})
	if rows := sc.tocRows(); !strings.HasPrefix(rows[0], "◆ 2004") {
		t.Errorf("timeline: first row %q, want a date of 2004\n%s", rows[0], sc.framed())
	}
	s.keys("G")
	findWait(s, "G to reach the last day", func(sc screen) bool {
		return strings.Contains(sc.String(), "◆ 2023-12-31")
	})
	s.keys("q")
}
