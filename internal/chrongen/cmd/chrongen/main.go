// Command chrongen writes a generated county chronicle (chrongen.Text) to
// standard output, for timing yuebao on it from outside the process
// (.ci/bench-json-chronicle).
//
//	go run ./internal/chrongen/cmd/chrongen [-years N] [-seed S] > FILE
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/yuebao/yuebao/internal/chrongen"
)

func main() {
	years := flag.Int("years", 20, "years of events")
	seed := flag.Int64("seed", 1, "seed of the generator")
	flag.Parse()
	if _, err := os.Stdout.WriteString(chrongen.Text(*years, *seed)); err != nil {
		fmt.Fprintln(os.Stderr, "chrongen:", err)
		os.Exit(1)
	}
}
