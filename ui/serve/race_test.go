//go:build race

package serve

// raceEnabled says the tests run under the race detector, which makes
// the server several times slower and its memory several times larger:
// the figures of the hostile suite are held by the ordinary run, and the
// race run checks what they check for races.
const raceEnabled = true
