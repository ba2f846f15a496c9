package parser

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// BenchmarkParse reports parse speed (MB/s) and memory as a multiple of
// the input size: bytes allocated per parse (alloc-x) and bytes still held
// by the parsed issue (live-x).
func BenchmarkParse(b *testing.B) {
	sample := readTestdata(b, sampleFile)
	for _, bc := range []struct {
		name string
		src  []byte
	}{
		{"sample", sample},
		{"100x", bytes.Repeat(append(append([]byte{}, sample...), '\n'), 100)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			var ms0, ms1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			var iss *model.Issue
			for b.Loop() {
				var err error
				if iss, err = Parse(bc.src); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&ms1)
			alloc := float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(b.N)
			b.ReportMetric(alloc/float64(len(bc.src)), "alloc-x")
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			runtime.KeepAlive(iss) // held until here: ms0 counts it
			iss = nil
			runtime.GC()
			runtime.ReadMemStats(&ms1)
			b.ReportMetric(float64(ms0.HeapAlloc-ms1.HeapAlloc)/float64(len(bc.src)), "live-x")
		})
	}
}
