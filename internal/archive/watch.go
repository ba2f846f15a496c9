package archive

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// settle is how long Watch waits for a burst of changes to end (an
// editor writes a file in several steps) before it updates the index;
// most changes are indexed well within a second.
const settle = 200 * time.Millisecond

// Watch keeps the index up to date with paths (as given to Update) until
// ctx ends: a file written, added, removed or renamed under them is
// indexed within a second, and onUpdate is told of every update that
// changed anything, or failed. It returns when ctx ends, or at once with
// an error when the paths cannot be watched.
func (d *DB) Watch(ctx context.Context, paths []string, onUpdate func(Stats, error)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	roots, err := rootsOf(paths)
	if err != nil {
		return err
	}
	for _, r := range roots {
		if !r.dir {
			// A file is watched through its directory: editors replace
			// files by renaming, which a watch on the file loses.
			if err := w.Add(filepath.Dir(r.path)); err != nil {
				return fmt.Errorf("watch %s: %w", r.path, err)
			}
			continue
		}
		if err := addTree(w, r.path); err != nil {
			return err
		}
	}
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if !under(ev.Name, roots) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() && !strings.HasPrefix(filepath.Base(ev.Name), ".") {
					_ = addTree(w, ev.Name) // a directory made under a root: its files count
				}
			}
			if timer == nil {
				timer = time.After(settle)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			onUpdate(Stats{}, fmt.Errorf("watch: %w", err))
		case <-timer:
			timer = nil
			st, err := d.Update(ctx, paths, nil)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil || st.Parsed+st.Removed > 0 {
				onUpdate(st, err)
			}
		}
	}
}

// addTree watches dir and the directories under it, but hidden ones.
func addTree(w *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return fmt.Errorf("watch %s: %w", dir, err)
			}
			return nil
		}
		if !de.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(de.Name(), ".") {
			return filepath.SkipDir
		}
		if err := w.Add(p); err != nil {
			return fmt.Errorf("watch %s: %w", p, err)
		}
		return nil
	})
}
