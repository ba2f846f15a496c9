package plain

import (
	"io"
	"strconv"
	"testing"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/parser"
	"github.com/yuebao/yuebao/ui/layout"
)

// repeatSample is the sample made n times as long, as one issue.
func repeatSample(b *testing.B, n int) []byte {
	return testkit.Repeated(readSample(b), n)
}

var benchSizes = []int{1, 10, 100}

// BenchmarkWrite measures piped rendering at 80 columns of an issue parsed
// beforehand. MB/s are of the source file.
func BenchmarkWrite(b *testing.B) {
	w := layout.NewWidth(false)
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			src := repeatSample(b, n)
			iss, err := parser.Parse(src)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, w, iss, 80); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseWrite is what `yuebao FILE | less` costs after reading the
// file: parse, then render at 80 columns.
func BenchmarkParseWrite(b *testing.B) {
	w := layout.NewWidth(false)
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			src := repeatSample(b, n)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				iss, err := parser.Parse(src)
				if err != nil {
					b.Fatal(err)
				}
				if err := Write(io.Discard, w, iss, 80); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
