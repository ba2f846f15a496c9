package archive

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/yuebao/yuebao/internal/archivegen"
)

// The archive's figures, on archives written by archivegen (the sample
// re-dated, re-placed and renamed, and a chronicle every fifty issues):
//
//	go test ./internal/archive -run '^$' -bench . -benchtime 1x
//
// YUEBAO_ARCHIVE_N sets the sizes (default "100,1000"; "10000" takes some
// minutes and 3 GB of disk).

func benchSizes() []int {
	s := os.Getenv("YUEBAO_ARCHIVE_N")
	if s == "" {
		s = "100,1000"
	}
	var out []int
	for _, f := range splitComma(s) {
		if n, err := strconv.Atoi(f); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// benchArchive writes n issues into a new directory under dir and returns
// it with the bytes of text.
func benchArchive(b *testing.B, dir string, n int) (string, int64) {
	b.Helper()
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	issues := filepath.Join(dir, "issues")
	if err := os.MkdirAll(issues, 0o755); err != nil {
		b.Fatal(err)
	}
	size, err := archivegen.Write(issues, string(sample), 0, n)
	if err != nil {
		b.Fatal(err)
	}
	return issues, size
}

// BenchmarkArchive indexes n issues from scratch (s and MB/s, disk-x:
// the index's size over the text's), re-indexes after one file changes
// (reindex-ms), opens the catalogue (catalogue-ms) and searches it as a
// reader types (p50/p99 over the queries of each kind, first 100 hits).
func BenchmarkArchive(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(fmt.Sprintf("issues=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			issues, size := benchArchive(b, dir, n)
			path := filepath.Join(dir, "index.db")
			var db *DB
			var took time.Duration
			for b.Loop() {
				for _, p := range []string{path, pinyinPath(path)} {
					os.Remove(p)
					os.Remove(p + "-wal")
					os.Remove(p + "-shm")
				}
				var err error
				if db, err = Open(path); err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				if _, err := db.Update(context.Background(), []string{issues}, nil); err != nil {
					b.Fatal(err)
				}
				took = time.Since(start)
				db.Close()
			}
			b.ReportMetric(took.Seconds(), "index-s")
			b.ReportMetric(float64(size)/1e6/took.Seconds(), "index-MB/s")
			b.StopTimer()
			db, err := Open(path)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			var disk int64
			for _, f := range []struct {
				db   *sql.DB
				path string
			}{{db.db, path}, {db.py, pinyinPath(path)}} {
				if _, err := f.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
					b.Fatal(err)
				}
				st, err := os.Stat(f.path)
				if err != nil {
					b.Fatal(err)
				}
				disk += st.Size()
			}
			b.ReportMetric(float64(disk)/float64(size), "disk-x")

			// One file changes: the update stats every file and parses one.
			names, _ := filepath.Glob(filepath.Join(issues, "*.md"))
			slices.Sort(names)
			text, err := os.ReadFile(names[len(names)/2])
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(names[len(names)/2], append(text, "\n补记。\n"...), 0o644); err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			if st, err := db.Update(context.Background(), []string{issues}, nil); err != nil || st.Parsed != 1 {
				b.Fatalf("reindex: %+v %v", st, err)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "reindex-ms")

			start = time.Now()
			cat, err := db.Catalogue([]string{issues})
			if err != nil || len(cat.Issues) != n {
				b.Fatalf("catalogue: %d issues, %v", len(cat.Issues), err)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "catalogue-ms")

			for kind, queries := range map[string][]string{
				"zh": typing("市", "王", "会议", "供暖", "调研", "平顶山市", "特炭之都", "鞠自力", archivegen.Name(17), archivegen.Name(123)),
				"py": typing("lmj", "wmp", "gongnuan", "diaoyan", "gn", "dy", "chen", "limingjun", "wangming", "chenxiangping"),
			} {
				var ds []time.Duration
				for _, q := range queries {
					start := time.Now()
					if _, err := db.Search(context.Background(), cat, Query{Text: q, Limit: 100}); err != nil {
						b.Fatal(err)
					}
					ds = append(ds, time.Since(start))
				}
				slices.Sort(ds)
				ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
				b.ReportMetric(ms(ds[len(ds)/2]), kind+"-p50-ms")
				b.ReportMetric(ms(ds[len(ds)*99/100]), kind+"-p99-ms")
				b.ReportMetric(ms(ds[len(ds)-1]), kind+"-max-ms")
			}
		})
	}
}

// typing is every query a reader types on the way to each word: 平,
// 平顶, 平顶山 ….
func typing(words ...string) []string {
	var out []string
	for _, w := range words {
		r := []rune(w)
		for i := 1; i <= len(r); i++ {
			out = append(out, string(r[:i]))
		}
	}
	return out
}
