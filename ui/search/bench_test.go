package search

import (
	"runtime"
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
)

// hundred is the sample repeated 100 times: a 7.3 MB document of about
// 6800 entries, far more than a reader will open, to show that a
// keystroke stays well under the 10 ms a typist would notice.
func hundred(b *testing.B) *model.Issue {
	return parse(b, testkit.Repeated(readSample(b), 100))
}

// textSize is the bytes of text an Index covers: titles and paragraphs.
func textSize(iss *model.Issue) int {
	n := 0
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			n += len(e.Title)
			for _, p := range e.Paragraphs {
				n += len(p.Text)
			}
		}
	}
	return n
}

// BenchmarkNew reports build speed over the text and the memory an Index
// holds as a multiple of the text it covers (held-x).
func BenchmarkNew(b *testing.B) {
	for _, bc := range []struct {
		name string
		iss  *model.Issue
	}{
		{"sample", parse(b, readSample(b))},
		{"100x", hundred(b)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			size := textSize(bc.iss)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var ix *Index
			for b.Loop() {
				ix = New(bc.iss)
			}
			var ms0, ms1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			runtime.KeepAlive(ix) // held until here: ms0 counts it
			ix = nil
			runtime.GC()
			runtime.ReadMemStats(&ms1)
			b.ReportMetric(float64(ms0.HeapAlloc-ms1.HeapAlloc)/float64(size), "held-x")
		})
	}
}

// BenchmarkFilter is a fresh query (pasted, or the first key after the
// history was lost) over the 100x document: the slowest keystroke there is.
func BenchmarkFilter(b *testing.B) {
	ix := New(hundred(b))
	// The last two are the worst case for the search: made of the
	// commonest bytes, matching nowhere.
	for _, q := range []string{"李明俊", "陈天富", "constantinos", "不存在的人", "李", "市市市市", "，。，。"} {
		b.Run(q, func(b *testing.B) {
			var hits []Hit
			for b.Loop() {
				hits = ix.Filter(q)
			}
			b.ReportMetric(float64(len(hits)), "hits")
		})
	}
}

// BenchmarkFilterIncremental types 李, 李明, 李明俊 through a Filterer, one
// key at a time, as the filter prompt does: ns/key is the average
// keystroke, ns/key1… each key on its own (the first is a fresh search).
func BenchmarkFilterIncremental(b *testing.B) {
	ix := New(hundred(b))
	keys := []string{"李", "李明", "李明俊"}
	var per [3]time.Duration
	for b.Loop() {
		f := ix.NewFilterer()
		for i, q := range keys {
			t := time.Now()
			f.Filter(q)
			per[i] += time.Since(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(keys)), "ns/key")
	for i := range per {
		b.ReportMetric(float64(per[i].Nanoseconds())/float64(b.N), "ns/key"+string(rune('1'+i)))
	}
	// Backspace from 李明俊 to 李明: a remembered result.
	f := ix.NewFilterer()
	for _, q := range keys {
		f.Filter(q)
	}
	var back time.Duration
	for range 100 {
		f.Filter("李明俊")
		t := time.Now()
		f.Filter("李明")
		back += time.Since(t)
	}
	b.ReportMetric(float64(back.Nanoseconds())/100, "ns/backspace")
}

// BenchmarkMatches highlights a name in the sample's longest paragraph.
func BenchmarkMatches(b *testing.B) {
	long := longest(parse(b, readSample(b)))
	for _, q := range []string{"李明俊", "不存在的人", "constantinos"} {
		b.Run(q, func(b *testing.B) {
			b.SetBytes(int64(len(long)))
			b.ReportAllocs()
			var m [][2]int
			for b.Loop() {
				m = Matches(long, q)
			}
			b.ReportMetric(float64(len(m)), "matches")
		})
	}
}

// BenchmarkNewPinyin reports what pinyin adds to New: the readings of the
// issue's Han characters (py-held-x is their memory as a multiple of the
// text), and, once per process, the table decoded from pinyin_table.go
// (table-ns).
func BenchmarkNewPinyin(b *testing.B) {
	t := time.Now()
	buildTable()
	tableNs := time.Since(t).Nanoseconds()
	for _, bc := range []struct {
		name string
		iss  *model.Issue
	}{
		{"sample", parse(b, readSample(b))},
		{"100x", hundred(b)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			size := textSize(bc.iss)
			ix := New(bc.iss)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				ix.buildPinyin()
			}
			held := 2*cap(ix.py) + 2*cap(ix.sets) + 12*len(ix.ents)
			b.ReportMetric(float64(held)/float64(size), "py-held-x")
			b.ReportMetric(float64(tableNs), "table-ns")
			var han int
			for _, l := range ix.py {
				if l != 0 {
					han++
				}
			}
			b.ReportMetric(float64(han), "han")
			b.ReportMetric(float64(len(ix.sets)-1), "sets")
		})
	}
}

// BenchmarkFilterPinyin is a fresh pinyin query over the 100x document,
// and limingjun and gongnuan typed one key at a time through a Filterer:
// ns/key is the average keystroke, ns/key-max the average of the slowest
// of the keys.
func BenchmarkFilterPinyin(b *testing.B) {
	ix := New(hundred(b))
	for _, q := range []string{"limingjun", "li ming jun", "lmj", "gn", "gongnuan", "chenxiangping", "l", "zzzzz"} {
		b.Run(q, func(b *testing.B) {
			var hits []Hit
			for b.Loop() {
				hits = ix.Filter(q)
			}
			n := 0
			for _, h := range hits {
				if h.Pinyin {
					n++
				}
			}
			b.ReportMetric(float64(len(hits)), "hits")
			b.ReportMetric(float64(n), "pinyin-hits")
		})
	}
	for _, q := range []string{"limingjun", "gongnuan"} {
		b.Run("typing-"+q, func(b *testing.B) {
			per := make([]time.Duration, len(q)) // by key
			for b.Loop() {
				f := ix.NewFilterer()
				for i := 1; i <= len(q); i++ {
					t := time.Now()
					f.Filter(q[:i])
					per[i-1] += time.Since(t)
				}
			}
			var total, worst time.Duration
			for _, d := range per {
				total += d
				worst = max(worst, d)
			}
			b.ReportMetric(float64(total.Nanoseconds())/float64(b.N*len(q)), "ns/key")
			b.ReportMetric(float64(worst.Nanoseconds())/float64(b.N), "ns/key-max")
			// Backspace: a remembered result.
			f := ix.NewFilterer()
			for i := 1; i <= len(q); i++ {
				f.Filter(q[:i])
			}
			var back time.Duration
			for range 100 {
				f.Filter(q)
				t := time.Now()
				f.Filter(q[:len(q)-1])
				back += time.Since(t)
			}
			b.ReportMetric(float64(back.Nanoseconds())/100, "ns/backspace")
		})
	}
}

// BenchmarkMatchesPinyin highlights pinyin in the sample's longest
// paragraph.
func BenchmarkMatchesPinyin(b *testing.B) {
	long := longest(parse(b, readSample(b)))
	for _, q := range []string{"lmj", "limingjun", "gn", "zzzzz"} {
		b.Run(q, func(b *testing.B) {
			b.SetBytes(int64(len(long)))
			b.ReportAllocs()
			var m [][2]int
			for b.Loop() {
				m = Matches(long, q)
			}
			b.ReportMetric(float64(len(m)), "matches")
		})
	}
}

// longest returns the longest paragraph of iss.
func longest(iss *model.Issue) string {
	var long string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			for _, p := range e.Paragraphs {
				if len(p.Text) > len(long) {
					long = p.Text
				}
			}
		}
	}
	return long
}

// BenchmarkFindPinyin is the NFA alone over all the readings of the 100x
// document (ns/char), for a query that matches nowhere.
func BenchmarkFindPinyin(b *testing.B) {
	ix := New(hundred(b))
	for _, q := range []string{"zzzzz", "xqxqxq", "qqqqq"} {
		b.Run(q, func(b *testing.B) {
			c := ix.compile(q)
			for b.Loop() {
				if c.find(ix.py) >= 0 {
					b.Fatal("found")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ix.py)), "ns/char")
		})
	}
}
