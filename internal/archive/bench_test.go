package archive

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/yuebao/yuebao/internal/archivegen"
)

// BenchmarkIndex100 indexes 100 generated issues from scratch: the time,
// the speed in MB of text a second, and the index's size on disk over the
// text's (disk-x).
func BenchmarkIndex100(b *testing.B) {
	sample, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "issues")
	if err := os.Mkdir(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	size, err := archivegen.Write(dir, string(sample), 0, 100)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	var disk int64
	for i := 0; b.Loop(); i++ {
		path := filepath.Join(b.TempDir(), "index.db")
		db, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.Update(context.Background(), []string{dir}, nil); err != nil {
			b.Fatal(err)
		}
		db.Close()
		st, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		disk = st.Size()
	}
	b.ReportMetric(float64(disk)/float64(size), "disk-x")
}
