package parser

import (
	"bytes"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/internal/testkit"
	"github.com/yuebao/yuebao/model"
)

// denseSize is the size of each generated input: big enough that the
// parse dominates the heap, small enough that -count 3 stays quick.
const denseSize = 8 << 20

// dense repeats line(i) for i = 0, 1, … after head until the text
// reaches denseSize. Inputs are made here rather than kept in git.
func dense(head string, line func(i int) string) []byte {
	var b bytes.Buffer
	b.Grow(denseSize + 256)
	b.WriteString(head)
	for i := 0; b.Len() < denseSize; i++ {
		b.WriteString(line(i))
	}
	return b.Bytes()
}

// cjk is ordinary report prose, 40 characters a line when cut at 40.
const cjk = "11月1日，平顶山市召开全市经济运行分析会议，研究部署下一阶段重点工作。会议强调，要坚定信心、真抓实干，确保全年目标任务圆满完成。"

// wrapped cuts endless prose into lines of width characters.
func wrapped(width int) []byte {
	text := []rune(strings.Repeat(cjk, 2))
	var b bytes.Buffer
	b.Grow(denseSize + 256)
	b.WriteString("# 平顶山月报\n\n## 时政要闻\n\n**会议召开** ")
	for i := 0; b.Len() < denseSize; i += width {
		start := i % len([]rune(cjk))
		b.WriteString(string(text[start : start+width]))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// benchInput is made when its benchmark runs, so that -bench 'Parse/sample'
// neither waits for nor profiles the making of the others.
type benchInput struct {
	name string
	make func() []byte
}

// denseInputs are the shapes that stress one part of the parser each:
// what a PDF conversion gone wrong, or a hostile file, may look like.
func denseInputs() []benchInput {
	n := strconv.Itoa
	return []benchInput{
		// A heading on every line: a section per line.
		{"sections", func() []byte { return dense("", func(i int) string { return "## 标题" + n(i) + "\n" }) }},
		// Bold-title entries, each with a one-sentence paragraph.
		{"bold", func() []byte {
			return dense("", func(i int) string { return "**标题" + n(i) + "** 11月1日，正文。\n\n" })
		}},
		// A table of contents that never ends.
		{"toc", func() []byte {
			return dense("# 平顶山月报\n\n", func(i int) string { return "- 标题" + n(i) + " ..... (12)\n" })
		}},
		// One paragraph, one line, no break anywhere.
		{"paragraph", func() []byte { return dense("", func(int) string { return cjk }) }},
		// Hard-wrapped prose without blank lines: one paragraph of many
		// lines, as pdftotext gives it.
		{"wrapped", func() []byte { return wrapped(40) }},
		// Entry headings, each followed by a one-line paragraph.
		{"headed", func() []byte {
			return dense("# 平顶山月报\n\n## 时政要闻\n\n", func(i int) string { return "### 标题" + n(i) + "\n11月1日，正文" + n(i) + "。\n" })
		}},
	}
}

// BenchmarkParse reports parse speed (MB/s) and memory as a multiple of
// the input size: bytes allocated per parse (alloc-x) and bytes still held
// by the parsed issue (live-x).
func BenchmarkParse(b *testing.B) {
	sample := func() []byte { return readTestdata(b, sampleFile) }
	inputs := append([]benchInput{
		{"sample", sample},
		{"100x", func() []byte { return testkit.Repeated(sample(), 100) }},
	}, denseInputs()...)
	for _, bc := range inputs {
		var src []byte // made once, though the function below runs once per b.N tried
		b.Run(bc.name, func(b *testing.B) {
			if src == nil {
				src = bc.make()
			}
			benchParse(b, src)
		})
	}
}

// benchParse parses src b.N times and reports the speed (MB/s) and the
// memory as a multiple of the input: bytes allocated per parse (alloc-x)
// and bytes the parsed issue still holds (live-x).
func benchParse(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	var iss *model.Issue
	for b.Loop() {
		var err error
		if iss, err = Parse(src); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&ms1)
	alloc := float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(b.N)
	b.ReportMetric(alloc/float64(len(src)), "alloc-x")
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	runtime.KeepAlive(iss) // held until here: ms0 counts it
	iss = nil
	runtime.GC()
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms0.HeapAlloc-ms1.HeapAlloc)/float64(len(src)), "live-x")
}

// BenchmarkWriteJSON reports the speed of yuebao json's writing (MB/s of
// input, the sample x100) and what it allocates as a multiple of the
// input size (alloc-x): writing streams, so this should stay near 0.
func BenchmarkWriteJSON(b *testing.B) {
	sample := readTestdata(b, sampleFile)
	benchWriteJSON(b, testkit.Repeated(sample, 100))
}

// benchWriteJSON parses src and reports the speed of writing it as JSON
// (MB/s of src) and what that allocates as a multiple of src.
func benchWriteJSON(b *testing.B, src []byte) {
	iss, err := Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		if err := model.WriteJSON(io.Discard, iss); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&ms1)
	alloc := float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(b.N)
	b.ReportMetric(alloc/float64(len(src)), "alloc-x")
}
