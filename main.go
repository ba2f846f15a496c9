// Command yuebao reads issues of Chinese monthly reports (月报) in a
// terminal, and prints them for scripts.
//
//	yuebao [--ambiguous=narrow|wide] [--width N] [--measure N] [FILE]
//	                         read FILE (the built-in sample issue without one);
//	                         piped, print it as wrapped plain text
//	yuebao DIR | FILE...     pick an issue from several (piped: list them)
//	yuebao toc [FILE]        print the table of contents with dates and pages
//	yuebao json FILE         print the parsed issue as JSON
//	yuebao check FILE...     list parser warnings as file:line: message; exit 1 if any
//	yuebao people FILE       list the people named: name<TAB>role<TAB>entries
//	yuebao people DIR|FILE...  across an archive: name<TAB>roles<TAB>entries<TAB>issues
//	yuebao marks [FILE...]   print the entries marked in the reader, with their citations
//	yuebao search QUERY [--from D] [--to D] [--on MM-DD] [--place P] [--json] [PATH...]
//	                         search issues as the filter does: date<TAB>citation<TAB>title
//	yuebao serve [--listen ADDR] [--host-key FILE] [--authorized-keys FILE]
//	             [--max-sessions N] [--max-per-address N] [--idle-timeout D]
//	             [--max-session D] [--max-startups N] [PATH...]
//	                         serve the reader over SSH (default 127.0.0.1:23234)
//	yuebao completion bash|zsh|fish|powershell
//	                         print a shell completion script
//	yuebao man               print the man page (roff)
//	yuebao help [COMMAND], yuebao COMMAND --help, yuebao --version
//
// FILE may be - for standard input. Flags may come before or after the
// file. Exit status: 0 success, 1 warnings found (check), 2 bad usage or
// input.
package main

import (
	_ "embed"
	"io"
	"os"

	"github.com/yuebao/yuebao/internal/typeahead"
)

//go:embed testdata/pingdingshan-2023-11.md
var sample []byte

// version is what --version says, stamped at build time with
// -ldflags "-X main.version=v1.2.3"; when it is empty, the build info
// says (versionString).
var version string

func main() {
	typeahead.Restore()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, apart from the process, so tests can drive
// it: the command tree is built afresh around the streams given, and
// nothing outlives the run. It returns the exit status: 0 success, 1
// warnings found (check), 2 bad usage or input.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := &cli{stdin: stdin, stdout: stdout, stderr: stderr}
	root := c.rootCmd()
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	return c.exit(cmd, err)
}
