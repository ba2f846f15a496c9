package parser

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/yuebao/yuebao/model"
)

// File is one file read whole and parsed.
type File struct {
	// Issues are the issues in the file, in order (a file may hold
	// several), each with Name set to BaseName of the path, or
	// StdinName.
	Issues []*model.Issue
	// Src is what was read. The issues point into it (ParseAllOwned), so
	// it must never be changed.
	Src []byte
	// Mod is the modification time of what was read; zero for standard
	// input.
	Mod time.Time
}

// StdinName is how messages and issues call standard input ("-").
const StdinName = "standard input"

// ReadFile reads the file at path, or stdin when path is "-", and parses
// every issue in it. The command line and the library both read through
// it, so that they refuse the same files in the same words.
//
// Every error is one line that names the file: it does not exist
// (errors.Is fs.ErrNotExist), is a directory, cannot be opened or read,
// or is not a report at all (ErrTooLarge, ErrEmpty, ErrBinary,
// ErrEncoding, for errors.Is). A file is opened whatever its kind, so a
// pipe (<(cmd), /dev/stdin) reads as a file does; a caller that must not
// block on a FIFO checks the kind first.
func ReadFile(path string, stdin io.Reader) (*File, error) {
	name := DisplayName(path)
	var r io.Reader
	var size int64
	var mod time.Time
	if path == "-" {
		if stdin == nil {
			return nil, fmt.Errorf("%s: not available here", name)
		}
		r = stdin
		if f, ok := stdin.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				size = st.Size() // yuebao - < file.md
			}
		}
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fileError(name, err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, fileError(name, err)
		}
		if st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", name)
		}
		if st.Mode().IsRegular() {
			if st.Size() > MaxSize {
				return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
			}
			size = st.Size()
		}
		r, mod = f, st.ModTime()
	}
	// A buffer of the file's size (plus the room ReadFrom wants to see
	// EOF) is read into once, where growing one from nothing leaves about
	// the file's size again behind as garbage. One byte past the limit
	// tells "exactly at" from "over" where the size is not known
	// beforehand (a pipe) or the file grew meanwhile.
	buf := bytes.NewBuffer(make([]byte, 0, min(size, MaxSize)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(r, MaxSize+1)); err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, unwrapPath(err))
	}
	src := buf.Bytes()
	// Nothing changes src after this: the parser may point into it
	// instead of copying the text, which on a large file is the input's
	// size off the peak of memory.
	issues, err := ParseAllOwned(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	n := StdinName
	if path != "-" {
		n = BaseName(path)
	}
	for _, iss := range issues {
		iss.Name = n
	}
	if len(issues) == 1 && path != "-" {
		nameIssue(issues[0], n) // 平顶山月报2023-11.txt, where the copy prints no number
	}
	return &File{Issues: issues, Src: src, Mod: mod}, nil
}

// fileError words a failure to open or stat a file: the file's name once,
// then what the system said ("no such file" for the usual case), still
// answering errors.Is for the cause.
func fileError(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", name, worded{"no such file", fs.ErrNotExist})
	}
	return fmt.Errorf("%s: %w", name, unwrapPath(err))
}

// worded is err with a message of its own.
type worded struct {
	msg string
	err error
}

func (w worded) Error() string { return w.msg }
func (w worded) Unwrap() error { return w.err }

// unwrapPath strips the path and operation that *fs.PathError adds to an
// error, so that a message names a file once.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// DisplayName is a path as messages show it: "standard input" for "-",
// quoted when it holds characters that would break a one-line message.
func DisplayName(path string) string {
	if path == "-" {
		return StdinName
	}
	if strings.ContainsFunc(path, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return strconv.Quote(path)
	}
	return path
}

// BaseName is a file's name without its extension (the whole name when
// that would leave nothing): how an issue that names itself nowhere is
// called.
func BaseName(path string) string {
	b := filepath.Base(path)
	if n := strings.TrimSuffix(b, filepath.Ext(b)); n != "" {
		return n
	}
	return b
}
