// Command genpinyin writes pinyin_table.go, the readings table of package
// search, from go-pinyin's dictionary. Run it with go generate in
// ui/search. The table is data the program starts with at no cost (string
// constants), where importing go-pinyin would build its map of 42000
// entries at every start of every command.
//
// The file holds, besides the counts that buildTable (in pinyin.go)
// allocates by, three string constants:
//
//   - pySyllables: the toneless syllables a reader types (ü as v, and
//     each syllable with v again with u), sorted, separated by spaces;
//     syllable y is the y-th of them.
//   - pySets: the distinct sets of syllables, numbered from 1, the most
//     common first: for each, its number of syllables, then the syllables
//     in increasing order.
//   - pyReadings: the set of each code point from 0 up, in order, but
//     that a 0 followed by n skips n code points, which have no reading;
//     it ends with the last character that has one.
//
// The numbers are written in base 32, most significant digit first, as
// the characters '#' + d (0x23…0x42) for all digits but the last and '_'
// + d (0x5F…0x7E) for the last, so that a number ends where a character
// at or above '_' is: 0…31 take a byte, 32…1023 two, 1024…32767 three.
// Neither '"' nor '\\' is among them, so the strings need no escapes.
package main

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"go/format"
	"log"
	"maps"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

const pkgPath = "github.com/mozillazg/go-pinyin"

func main() {
	out := flag.String("o", "pinyin_table.go", "the file to write")
	pkg := flag.String("pkg", "search", "the package of that file")
	flag.Parse()
	src, err := generate(*pkg)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// The ranges of code points that search.pyTable.set looks up: a
// character outside them would never be found.
func lookedUp(r rune) bool {
	return 0x3000 <= r && r < 0xA000 || 0xE000 <= r && r < 0xFB00 || 0x20000 <= r
}

// readings returns a dictionary entry's toneless syllables, in the order
// of the entry, each once, with v also as u.
func readings(v string) []string {
	var ys []string
	add := func(s string) {
		if s != "" && !slices.Contains(ys, s) {
			ys = append(ys, s)
		}
	}
	for p := range strings.SplitSeq(v, ",") {
		s := toneless(p)
		add(s)
		if strings.IndexByte(s, 'v') >= 0 {
			add(strings.ReplaceAll(s, "v", "u"))
		}
	}
	return ys
}

// toneless returns a dictionary syllable (líng, lǜ, ê̄, m̀) without tone
// marks, in the letters a reader types: ü is v, ê is e.
func toneless(p string) string {
	b := make([]byte, 0, len(p))
	for _, r := range p {
		switch {
		case 'a' <= r && r <= 'z':
			b = append(b, byte(r))
		case 0x300 <= r && r <= 0x36F: // combining marks: tones on ê and m
		default:
			if c, ok := plainLetter[r]; ok {
				b = append(b, c)
			}
		}
	}
	return string(b)
}

var plainLetter = map[rune]byte{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a',
	'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e', 'ê': 'e', 'ế': 'e', 'ề': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i',
	'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u',
	'ü': 'v', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v',
	'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm',
}

// number appends n in the encoding described above.
func number(b []byte, n int) []byte {
	if n < 0 {
		panic("negative")
	}
	var d [8]byte
	i := len(d) - 1
	d[i] = '_' + byte(n&31)
	for n >>= 5; n > 0; n >>= 5 {
		i--
		d[i] = '#' + byte(n&31)
	}
	return append(b, d[i:]...)
}

func generate(pkg string) ([]byte, error) {
	// The readings of each character, as a key of its set.
	runes := make([]rune, 0, len(pinyin.PinyinDict))
	keyOf := make(map[rune]string)
	count := make(map[string]int)   // set key → characters
	first := make(map[string]rune)  // set key → its first character
	sylSet := make(map[string]bool) // every syllable
	for _, k := range slices.Sorted(maps.Keys(pinyin.PinyinDict)) {
		r := rune(k)
		ys := readings(pinyin.PinyinDict[k])
		if len(ys) == 0 {
			continue // no reading: as if not in the dictionary
		}
		if !lookedUp(r) {
			return nil, fmt.Errorf("%U has readings but is outside the ranges search looks up", r)
		}
		for _, s := range ys {
			for i := 0; i < len(s); i++ {
				if s[i] < 'a' || 'z' < s[i] {
					return nil, fmt.Errorf("%U: syllable %q is not a-z", r, s)
				}
			}
			sylSet[s] = true
		}
		slices.Sort(ys)
		key := strings.Join(ys, " ")
		runes = append(runes, r)
		keyOf[r] = key
		if count[key] == 0 {
			first[key] = r
		}
		count[key]++
	}

	syl := slices.Sorted(maps.Keys(sylSet))
	sylID := make(map[string]int)
	for i, s := range syl {
		sylID[s] = i
	}
	// Sets by number: the most common first, so that most characters
	// take a byte or two; ties by their first character.
	sets := slices.SortedFunc(maps.Keys(count), func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(first[a], first[b]))
	})
	setID := make(map[string]int)
	var setsEnc []byte
	elems := 0
	for i, key := range sets {
		setID[key] = i + 1
		ys := strings.Fields(key)
		elems += len(ys)
		setsEnc = number(setsEnc, len(ys))
		ids := make([]int, len(ys))
		for j, s := range ys {
			ids[j] = sylID[s]
		}
		slices.Sort(ids)
		for _, y := range ids {
			setsEnc = number(setsEnc, y)
		}
	}
	if len(sets) > 0xFFFF {
		return nil, fmt.Errorf("%d sets of readings: more than a uint16 numbers", len(sets))
	}

	var readEnc []byte
	next := rune(0)
	sparse := 0
	for _, r := range runes {
		if r > next {
			readEnc = number(readEnc, 0)
			readEnc = number(readEnc, int(r-next))
		}
		readEnc = number(readEnc, setID[keyOf[r]])
		next = r + 1
		if !(0x3000 <= r && r < 0xA000) {
			sparse++
		}
	}

	var b bytes.Buffer
	from := pkgPath
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == pkgPath {
				from += " " + m.Version
			}
		}
	}
	fmt.Fprintf(&b, "// Code generated by \"go run ./internal/genpinyin\" from %s; DO NOT EDIT.\n\n", from)
	fmt.Fprintf(&b, "package %s\n\n", pkg)
	fmt.Fprintf(&b, "// The readings table of go-pinyin's dictionary: see internal/genpinyin for\n// its encoding, buildTable for its reader.\n\n")
	fmt.Fprintf(&b, "const (\n")
	fmt.Fprintf(&b, "\tpySetCount    = %d // sets of readings\n", len(sets))
	fmt.Fprintf(&b, "\tpySetElems    = %d // syllables of all the sets\n", elems)
	fmt.Fprintf(&b, "\tpyRuneCount   = %d // characters with a reading\n", len(runes))
	fmt.Fprintf(&b, "\tpySparseCount = %d // of them, outside U+3000…U+9FFF\n", sparse)
	fmt.Fprintf(&b, ")\n\n")
	fmt.Fprintf(&b, "const pySyllables = %q\n\n", strings.Join(syl, " "))
	writeString(&b, "pySets", setsEnc)
	writeString(&b, "pyReadings", readEnc)
	return format.Source(b.Bytes())
}

// writeString writes a string constant in lines of at most 96 bytes.
func writeString(b *bytes.Buffer, name string, s []byte) {
	const width = 96
	fmt.Fprintf(b, "const %s = \"\" +\n", name)
	for len(s) > 0 {
		n := min(width, len(s))
		fmt.Fprintf(b, "\t\"%s\"", s[:n])
		s = s[n:]
		if len(s) > 0 {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}
