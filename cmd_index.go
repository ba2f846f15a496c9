package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/yuebao/yuebao/internal/archive"
	"github.com/yuebao/yuebao/parser"
)

// indexCmd builds or updates the archive's index.
func (c *cli) indexCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "index [--db FILE] PATH...",
		Short: "Build or update the index of an archive of issues",
		Long: `Index the issue files in PATH (files, or directories searched through)
into an SQLite file, so that yuebao search, yuebao people and the reader
open years of issues without parsing them all. Only files that changed
since the last run are parsed again; files gone from a directory given
leave the index. A file that cannot be read or parsed is listed with its
error and does not stop the rest.

On a terminal a progress bar shows how far it has gone; piped, a line per
1,000 files. Ctrl+C stops it with the index as the last batch of files
left it: run it again to go on.

The index lives in --db, by default $XDG_CACHE_HOME/yuebao/archive.db, with
its pinyin tables beside it in the same name with -py after it (archive.db-py);
it can always be rebuilt from the files.`,
		Example: `  yuebao index ~/yuebao/平顶山 ~/yuebao/洛阳
  yuebao index --db archive.db issues/`,
		Args: nArgs(1, -1, "the PATHs to index"),
	}
	cmd.RunE = does(func(args []string) error { return c.index(args, c.db) })
	return cmd
}

// openArchive opens the index at path, or at its default place.
func openArchive(path string) (*archive.DB, error) {
	if path == "" {
		var err error
		if path, err = archive.DefaultPath(); err != nil {
			return nil, err
		}
	}
	return archive.Open(path)
}

// openCatalogue opens the archive, brings paths up to date in it (an
// archive not indexed yet is indexed first, which shows on a terminal)
// and reads their catalogue, every issue indexed when paths is empty.
// The files that could not be read are said on stderr, once each: what
// the command does leaves them out.
func (c *cli) openCatalogue(paths []string) (*archive.DB, *archive.Catalogue, error) {
	db, err := openArchive(c.db)
	if err != nil {
		return nil, nil, err
	}
	if len(paths) > 0 {
		if _, err := db.Update(context.Background(), paths, c.indexProgress()); err != nil {
			db.Close()
			return nil, nil, err
		}
	}
	cat, err := db.Catalogue(paths)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	for _, fe := range cat.Errors {
		fmt.Fprintf(c.stderr, "yuebao: %s\n", field(fe.Err))
	}
	return db, cat, nil
}

func (c *cli) index(paths []string, dbPath string) error {
	db, err := openArchive(dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	start := time.Now()
	st, err := db.Update(ctx, paths, c.indexProgress())
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%w; the index holds what was written before: run yuebao index again to go on", err)
		}
		return err
	}
	cat, err := db.Catalogue(paths)
	if err != nil {
		return err
	}
	for _, fe := range cat.Errors {
		fmt.Fprintf(c.stderr, "yuebao: %s\n", field(fe.Err))
	}
	_, err = fmt.Fprintf(c.stdout, "%s: %d issues from %d files (%d parsed, %d unchanged, %d removed, %d failed) in %.1f s\n",
		parser.DisplayName(db.Path()), st.Issues, st.Files, st.Parsed, st.Unchanged, st.Removed, st.Failed,
		time.Since(start).Seconds())
	if err != nil {
		return writeError(err)
	}
	return nil
}

// indexProgress shows an update's progress on stderr: a bar on a
// terminal (redrawn at most ten times a second), else a line per 1,000
// files.
func (c *cli) indexProgress() archive.Progress { return c.progress(false) }

// readerProgress is indexProgress before the reader opens: the bar is
// wiped when done, as the reader takes the screen and gives back the
// shell's as it was.
func (c *cli) readerProgress() archive.Progress { return c.progress(true) }

func (c *cli) progress(wipe bool) archive.Progress {
	f, ok := c.stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func(done, total int) {
			if done > 0 && (done%1000 == 0 || done == total && total >= 1000) {
				fmt.Fprintf(c.stderr, "yuebao: indexed %d of %d files\n", done, total)
			}
		}
	}
	bar := progress.New(progress.WithDefaultGradient(), progress.WithWidth(40))
	var last time.Time
	return func(done, total int) {
		if total == 0 || done != total && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		fmt.Fprintf(f, "\r%s %d/%d files", bar.ViewAs(float64(done)/float64(total)), done, total)
		if done == total {
			if wipe {
				io.WriteString(f, "\r\x1b[K")
			} else {
				io.WriteString(f, "\n")
			}
		}
	}
}
