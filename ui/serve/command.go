package serve

import (
	"strings"

	"github.com/yuebao/yuebao/ui"
)

// What a session's command asks for. The server runs the reader and
// nothing else: the command only chooses what the reader opens.
type request struct {
	toc    bool   // print the table of contents and exit
	help   bool   // print the usage and exit
	picker bool   // several issues and none named: open the picker
	issue  int    // index into the session's issues
	query  string // filter to open the reader with
}

// usageLine is the one-line answer to a command the server does not know.
const usageLine = "usage: ssh -t HOST [-p PORT] [ISSUE] [QUERY…] to read; ssh HOST [-p PORT] toc [ISSUE] for the table of contents"

// parseCommand reads the session command. With a terminal every word is
// the reader's: an issue name, then the filter (ssh -t host 李明俊).
// Without one, only toc and help mean anything.
func parseCommand(args []string, issues []*ui.Doc, pty bool) (request, bool) {
	var r request
	if len(args) > 0 {
		switch args[0] {
		case "toc":
			r.toc = true
			if len(args) > 2 {
				return r, false
			}
			if len(args) == 2 {
				i, ok := findIssue(args[1], issues)
				if !ok {
					return r, false
				}
				r.issue = i
			} else {
				r.issue = firstReadable(issues)
			}
			return r, readable(issues) > 0
		case "help", "--help", "-h":
			r.help = true
			return r, len(args) == 1
		}
	}
	if !pty {
		return r, false
	}
	named := false
	if len(args) > 0 {
		if i, ok := findIssue(args[0], issues); ok && len(issues) > 1 {
			r.issue = i
			args = args[1:]
			named = true
		}
	}
	r.query = strings.TrimSpace(strings.Join(args, " "))
	if !named {
		if n := readable(issues); n != 1 {
			r.picker = true
		} else {
			r.issue = firstReadable(issues)
		}
	}
	return r, true
}

func readable(issues []*ui.Doc) int {
	n := 0
	for _, is := range issues {
		if is.Readable() {
			n++
		}
	}
	return n
}

func firstReadable(issues []*ui.Doc) int {
	for i, is := range issues {
		if is.Readable() {
			return i
		}
	}
	return 0
}

func findIssue(name string, issues []*ui.Doc) (int, bool) {
	for i, is := range issues {
		if is.Name == name && is.Readable() {
			return i, true
		}
	}
	return 0, false
}
