package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/yuebao/yuebao/internal/chrongen"
	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
	"github.com/yuebao/yuebao/parser"
)

// issues returns the sample and the sample repeated 100 times (about 6,800
// entries, 7.3 MB): View must cost the same on both.
func benchIssues(b *testing.B) map[string]*model.Issue {
	iss := sample(b)
	big, err := parser.Parse(testkit.Repeated(sampleSrc, 100))
	if err != nil {
		b.Fatal(err)
	}
	return map[string]*model.Issue{"sample": iss, "100x": big}
}

// BenchmarkKeypress is one key press as the program handles it: Update,
// then View of the whole 120×40 screen. Moving through the TOC changes
// the entry shown, so it includes wrapping a new entry.
func BenchmarkKeypress(b *testing.B) {
	for name, iss := range benchIssues(b) {
		b.Run(name, func(b *testing.B) {
			m := newReader(b, 120, 40, Options{Doc: NewDoc("", "", iss, nil)})
			down, up := keyMsg("j"), keyMsg("k")
			m.View()
			i := 0
			for b.Loop() {
				k := down
				if i/20%2 == 1 {
					k = up
				}
				i++
				m.Update(k)
				_ = m.View()
			}
		})
	}
}

// BenchmarkScroll is a key press in the entry pane: no new entry to wrap.
func BenchmarkScroll(b *testing.B) {
	for name, iss := range benchIssues(b) {
		b.Run(name, func(b *testing.B) {
			m := newReader(b, 120, 40, Options{Doc: NewDoc("", "", iss, nil)})
			press(m, "2", "j", "j", "j", "j", "j", "enter")
			// Up, then down, within the entry: past its end j would go
			// on into the next (a different benchmark, Keypress's).
			if len(m.entryLines()) < m.bodyHeight()+5 {
				b.Fatalf("the entry is %d lines, too short to scroll 5", len(m.entryLines()))
			}
			press(m, "G")
			down, up := keyMsg("j"), keyMsg("k")
			i := 0
			for b.Loop() {
				k := up
				if i/5%2 == 1 {
					k = down
				}
				i++
				m.Update(k)
				_ = m.View()
			}
		})
	}
}

// BenchmarkFilterKeystroke types 李, 明, 俊 into the prompt and deletes
// them again, one key per iteration, with the view redrawn each time.
func BenchmarkFilterKeystroke(b *testing.B) {
	for name, iss := range benchIssues(b) {
		b.Run(name, func(b *testing.B) {
			m := newReader(b, 120, 40, Options{Doc: NewDoc("", "", iss, nil)})
			press(m, "/")
			keys := []tea.KeyMsg{keyMsg("李"), keyMsg("明"), keyMsg("俊"), keyMsg("backspace"), keyMsg("backspace"), keyMsg("backspace")}
			i := 0
			for b.Loop() {
				m.Update(keys[i%len(keys)])
				i++
				_ = m.View()
			}
		})
	}
}

// BenchmarkChronicle is a twenty-year county chronicle (3.2 MB, 29,470
// events, chrongen.Text(20, 1)): opening it (parse, filter index, first
// screen) and a filter keystroke (县, 长, then back).
func BenchmarkChronicle(b *testing.B) {
	src := []byte(chrongen.Text(20, 1))
	b.Run("open", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			iss, err := parser.Parse(src)
			if err != nil {
				b.Fatal(err)
			}
			m := newReader(b, 120, 40, Options{Doc: NewDoc("", "", iss, nil)})
			_ = m.View()
		}
	})
	b.Run("filter", func(b *testing.B) {
		iss, err := parser.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		m := newReader(b, 120, 40, Options{Doc: NewDoc("", "", iss, nil)})
		press(m, "/")
		keys := []tea.KeyMsg{keyMsg("县"), keyMsg("长"), keyMsg("backspace"), keyMsg("backspace")}
		i := 0
		for b.Loop() {
			m.Update(keys[i%len(keys)])
			i++
			_ = m.View()
		}
	})
}
