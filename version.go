package main

import (
	"runtime/debug"
	"strings"
)

// versionString is what --version prints after the name: the version
// stamped with -ldflags "-X main.version=…", else the one Go recorded in
// the binary. `go install …@v1.2.3` records v1.2.3; a build in a git
// checkout records a pseudo-version with the commit (+dirty when the
// tree had changes), and the commit is added when the version does not
// already hold it; a build without VCS information (-buildvcs=false, or
// outside a checkout) says (devel).
func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown: built without module support)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && !strings.Contains(v, rev) {
		v += " " + rev
		if modified {
			v += "+dirty"
		}
	}
	return v
}
