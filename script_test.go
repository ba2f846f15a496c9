package main

// The command as a user sees it, in scripts: testdata/script/*.txtar run
// with github.com/rogpeppe/go-internal/testscript. Each script holds the
// commands and the files they read, and says what they must print and
// with what exit status. After an intended change to the output,
//
//	go test . -run TestScript -update
//
// rewrites the expected files inside the scripts; read the diff.
//
// `yuebao ARGS...` runs the command in this process, through run(), so a
// script costs no build and no process. Because it shares the process:
//
//   - paths are relative to the test's directory, not the script's, so
//     scripts name their files $WORK/…; in what the command prints, the
//     script's work directory is shown as $WORK;
//   - testscript's `stdin FILE` feeds only programs run with exec: for
//     yuebao, a last argument <FILE gives it FILE as standard input;
//   - the script's environment does not reach it (COLUMNS and
//     RUNEWIDTH_EASTASIAN are cleared for all scripts below; what they
//     change is tested in Go, in main_test.go).
//
// `yuebao` must exit 0 and `! yuebao` must not; `status N` checks the exit
// status of the last yuebao.
//
// $SAMPLE is the sample issue, $SAMPLE_JSON its JSON.

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/yuebao/yuebao/internal/testkit"
)

func TestScript(t *testing.T) {
	// The environment of the process is what the command reads: none of
	// the user's settings may change what the scripts expect.
	t.Setenv("COLUMNS", "")
	t.Setenv("RUNEWIDTH_EASTASIAN", "")
	t.Setenv("NO_COLOR", "")
	sample, err := filepath.Abs(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                "testdata/script",
		UpdateScripts:      testkit.Updating(),
		RequireUniqueNames: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLE", sample)
			env.Setenv("SAMPLE_JSON", strings.TrimSuffix(sample, ".md")+".json")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"yuebao": scriptYuebao,
			"status": scriptStatus,
		},
	})
}

// scriptYuebao runs the command in this process.
func scriptYuebao(ts *testscript.TestScript, neg bool, args []string) {
	var stdin bytes.Reader
	if n := len(args); n > 0 && strings.HasPrefix(args[n-1], "<") {
		stdin.Reset([]byte(ts.ReadFile(args[n-1][1:])))
		args = args[:n-1]
	}
	var stdout, stderr bytes.Buffer
	code := run(args, &stdin, &stdout, &stderr)
	// The work directory shown as $WORK: scripts can then say what a
	// user would see.
	work := []byte(ts.Getenv("WORK"))
	for _, o := range []struct {
		w   io.Writer
		out []byte
	}{{ts.Stdout(), stdout.Bytes()}, {ts.Stderr(), stderr.Bytes()}} {
		if _, err := o.w.Write(bytes.ReplaceAll(o.out, work, []byte("$WORK"))); err != nil {
			ts.Fatalf("%v", err)
		}
	}
	ts.Setenv("YUEBAO_STATUS", strconv.Itoa(code))
	switch {
	case code != 0 && !neg:
		ts.Fatalf("yuebao exited %d\n%s", code, stderr.String())
	case code == 0 && neg:
		ts.Fatalf("yuebao exited 0, want a failure")
	}
}

// scriptStatus checks the exit status of the last yuebao.
func scriptStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: status N")
	}
	if got := ts.Getenv("YUEBAO_STATUS"); got != args[0] {
		ts.Fatalf("yuebao exited %s, want %s", got, args[0])
	}
}
