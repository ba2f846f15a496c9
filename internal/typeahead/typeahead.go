// Package typeahead keeps the keys a reader types while yuebao starts.
//
// Bubble Tea v1 asks the terminal for its background colour in its
// package init (tea_init.go), before main runs: termenv puts the
// terminal in raw mode, writes the question and reads the answer,
// throwing away every byte before it, and so every key typed ahead (less
// keeps them). termenv asks nothing when TERM starts with "dumb", so this
// package, which imports nothing outside the standard library and so is
// initialised before Bubble Tea (Go initialises a package as soon as its
// imports are), hides TERM until main calls Restore. The reader never
// needs the answer: it takes the background from COLORFGBG (see
// ui.LightBackground) and builds its own renderer after Restore.
//
// This is the process's environment, set once before main and put back
// as main starts; nothing else in yuebao keeps state in a package.
package typeahead

import "os"

var term, hadTerm = os.LookupEnv("TERM")

func init() {
	os.Setenv("TERM", "dumb")
}

// Restore puts TERM back as the process was started with. main calls it
// before anything else reads the environment.
func Restore() {
	if hadTerm {
		os.Setenv("TERM", term)
	} else {
		os.Unsetenv("TERM")
	}
}
