package parser

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/yuebao/yuebao/internal/hant"
	"github.com/yuebao/yuebao/model"
)

// MaxSize is the largest input the parser accepts. A monthly report is
// well under a megabyte; anything past this is not one, and refusing it
// keeps a shared server from being made to hold it.
const MaxSize = 64 << 20

// Errors for input that is not a report at all. They are returned wrapped;
// test with errors.Is.
var (
	ErrEmpty    = errors.New("file is empty")
	ErrTooLarge = fmt.Errorf("file is larger than %d MiB", MaxSize>>20)
	ErrBinary   = errors.New("not a text file (contains NUL bytes or control characters)")
	ErrEncoding = errors.New("not text in UTF-8, UTF-16, GB18030 or Big5")
)

// Encoding names what decode found, for messages and tests.
type Encoding string

const (
	UTF8    Encoding = "UTF-8"
	UTF16   Encoding = "UTF-16"
	GB18030 Encoding = "GB18030"
	Big5    Encoding = "Big5" // (with Hong Kong's characters, Big5-HKSCS)
)

// textSeen says what a text holds, as far as its validation tells: a
// search of the whole text for a string it lacks is let go without reading
// it (the parser makes some thirty such searches of every copy).
type textSeen struct {
	// bytes marks the ASCII bytes the text holds, and the lead bytes of
	// the characters validated one at a time (all but those plainLead
	// takes, which are not marked).
	bytes [256]bool
	feff  bool // U+FEFF, a byte-order mark inside the text
}

// lacks reports whether the text surely does not hold s, as it lacks
// one of its bytes: false where that is not known (t is nil, or s holds
// only characters of the fast path, which are not marked).
func (t *textSeen) lacks(s string) bool {
	if t == nil {
		return false
	}
	if s == "\uFEFF" {
		return !t.feff
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < utf8.RuneSelf || c >= 0xC2 && !plainLead(c)) && !t.bytes[c] {
			return true
		}
	}
	return false
}

// decodeSeen turns raw bytes into text with LF line ends. Users do not
// know or care what encoding their file is in, so it is detected: a BOM
// decides; otherwise valid UTF-8 is UTF-8 and anything that decodes
// cleanly as GB18030 (a superset of GBK and GB2312) is that, unless it
// decodes as Big5 too and reads so as Chinese text (see big5Reads). A file cut
// off inside a multi-byte character keeps everything before the cut, with
// a warning. owned says that src will not change while the text is
// read, so that UTF-8 text can be read in place instead of copied (on a
// large file the copy doubles the peak memory): ParseAllOwned's caller
// hands it over, and Parse and ParseAll copy out what they keep before
// they return (see ownStrings). It also says what the text holds
// (see textSeen), marked as it is validated, or nil where the text was
// not UTF-8.
func decodeSeen(src []byte, owned bool) (string, Encoding, []model.Warning, *textSeen, error) {
	if len(src) == 0 {
		return "", "", nil, nil, ErrEmpty
	}
	if len(src) > MaxSize {
		return "", "", nil, nil, ErrTooLarge
	}
	if err := fileKind(src); err != nil {
		return "", "", nil, nil, err
	}
	var seen *textSeen
	var warns []model.Warning
	cut := func(n int) {
		warns = append(warns, model.Warning{Message: fmt.Sprintf(
			"file ends inside a multi-byte character; the last %d byte(s) were dropped (truncated file?)", n)})
	}

	var text string
	var enc Encoding
	counted := false // the text's control characters were counted as it was validated
	nul := bytes.IndexByte(src, 0) >= 0
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
		enc = UTF8
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		if len(src)%2 == 1 {
			cut(1)
			src = src[:len(src)-1]
		}
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", "", nil, nil, fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		text, enc = string(out), UTF16
	case nul && utf16Order(src) != 0:
		// UTF-16 without a byte-order mark (Python's utf-16-le, some
		// exporters): its line ends tell the byte order.
		if len(src)%2 == 1 {
			cut(1)
			src = src[:len(src)-1]
		}
		order := unicode.LittleEndian
		if utf16Order(src) == 2 {
			order = unicode.BigEndian
		}
		out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", "", nil, nil, fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		text, enc = string(out), UTF16
	case bytes.HasPrefix(src, []byte{0x84, 0x31, 0x95, 0x33}):
		src = src[4:]
		enc = GB18030
	}

	if enc != UTF16 {
		if nul {
			return "", "", nil, nil, ErrBinary
		}
		bomGB := enc == GB18030
		if !bomGB {
			// Valid UTF-8 (nearly every file) is read for control
			// characters in the same pass that validates it: a second
			// pass over the text (controlHeavy) had cost a twentieth of
			// the parse. limit is the part controlHeavy would count of the
			// text, without the end-of-file marks trimmed below.
			z := len(src) - len(bytes.TrimRight(src, "\x1a"))
			limit := min(len(src)-z, controlSpan)
			seen = new(textSeen)
			if valid, controls := validControls(src, limit, seen); valid {
				if controls > 0 && controls*100 > limit {
					return "", "", nil, nil, ErrBinary
				}
				if owned {
					text = unsafe.String(unsafe.SliceData(src), len(src))
				} else {
					text = string(src)
				}
				enc, counted = UTF8, true
				if seen.bytes['\r'] {
					seen.bytes['\n'] = true // (\r line ends are written \n below)
				}
			} else if n := utf8Tail(src); n >= 0 {
				if n > 0 {
					cut(n)
				}
				if owned && len(src) > n {
					text = unsafe.String(unsafe.SliceData(src), len(src)-n)
				} else {
					text = string(src[:len(src)-n])
				}
				enc = UTF8
			}
		}
		if text == "" {
			bad := 0
			if !bomGB {
				bad = invalidUTF8(src)
			}
			gb, n, gbOK := decodeGB(src)
			b5, m, b5OK := "", 0, false
			if !bomGB && bad*1000 >= len(src) {
				// A copy from Taiwan or Hong Kong is often Big5, whose
				// byte ranges GBK's cover: read as GB18030 it fails on its
				// punctuation (GBK's user-defined rows), or, punctuated in
				// ASCII, reads cleanly as nonsense. The decoding that
				// reads as Chinese text decides.
				b5, m, b5OK = decodeBig5(src)
				b5OK = b5OK && big5Reads(b5, gb, gbOK, src)
			}
			if b5OK {
				if m > 0 {
					cut(m)
				}
				text, enc = b5, Big5
			} else if gbOK && (bomGB || bad*1000 >= len(src)) {
				if n > 0 {
					cut(n)
				}
				text, enc = gb, GB18030
			} else if !bomGB && bad*100 < len(src) {
				// Mostly UTF-8 with a few damaged bytes: keep the text and
				// say so rather than refuse the file.
				text, enc = strings.ToValidUTF8(string(src), "\uFFFD"), UTF8
				warns = append(warns, model.Warning{Message: fmt.Sprintf(
					"%d byte(s) are not valid UTF-8 and were replaced with U+FFFD", bad)})
			} else if t, bad := decodeBig5Loose(src); !bomGB && bad > 0 && bad*100 < len(src) && big5Reads(t, "", false, src) {
				// Big5 with a few damaged bytes: as for GB18030 below (it
				// had been refused, or read as GB18030 nonsense).
				text, enc = t, Big5
				warns = append(warns, model.Warning{Message: fmt.Sprintf(
					"%d character(s) are not valid Big5 and were replaced with U+FFFD", bad)})
			} else if t, bad := decodeGBLoose(src); !bomGB && bad > 0 && bad*100 < len(src) {
				// GB18030 with a few damaged bytes (a cut transfer, two
				// files joined): as for UTF-8, the text with a warning.
				text, enc = t, GB18030
				warns = append(warns, model.Warning{Message: fmt.Sprintf(
					"%d character(s) are not valid GB18030 and were replaced with U+FFFD", bad)})
			} else {
				return "", "", nil, nil, ErrEncoding
			}
		}
	}

	// A DOS editor's end-of-file mark (Ctrl-Z) is not text.
	for strings.HasSuffix(text, "\x1a") {
		text = text[:len(text)-1]
	}
	if !counted {
		seen = nil // (marked only where the text is the source's bytes)
	}
	if !counted && controlHeavy(text) {
		return "", "", nil, nil, ErrBinary
	}
	if htmlPage(text) {
		warns = append(warns, model.Warning{Line: 1, Message: "the source of a web page: its head, scripts and tags are read as text (convert it first: pandoc -f html -t markdown)"})
	}
	if strings.IndexByte(text, '\r') >= 0 {
		// \r\r\n: \r\n written through a text-mode stream that added
		// its own \r. One line end, not two.
		text = strings.ReplaceAll(text, "\r\r\n", "\n")
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.TrimSpace(text) == "" {
		return "", "", nil, nil, ErrEmpty
	}
	return text, enc, warns, seen, nil
}

// utf8Tail reports how many trailing bytes of b are the start of a UTF-8
// sequence that was cut off, or -1 when b is not UTF-8 apart from that.
func utf8Tail(b []byte) int {
	if validUTF8(b) {
		return 0
	}
	for n := 1; n <= 3 && n <= len(b); n++ {
		tail := b[len(b)-n:]
		if utf8.RuneStart(tail[0]) && !utf8.FullRune(tail) && utf8.Valid(b[:len(b)-n]) {
			return n
		}
	}
	return -1
}

// validUTF8 is utf8.Valid, faster on Chinese text: validControls's pass,
// its counts let go.
func validUTF8(b []byte) bool {
	var seen textSeen
	valid, _ := validControls(b, 0, &seen)
	return valid
}

// plainLead reports whether c leads a three-byte character that takes
// any two continuation bytes: E1–EC, EE or EF.
func plainLead(c byte) bool { return c-0xE1 <= 0xEF-0xE1 && c != 0xED }

// plain3 reports whether b[i:] begins with a three-byte character led by
// E1–EC, EE or EF, which take any two continuation bytes.
func plain3(b []byte, i int) bool {
	if i+2 >= len(b) {
		return false
	}
	c := b[i]
	return c >= 0xE1 && c <= 0xEF && c != 0xED && binary.LittleEndian.Uint16(b[i+1:])&0xC0C0 == 0x8080
}

// decodeGB decodes b as GB18030. It fails when any character is invalid,
// except one cut off at the very end, whose byte count it returns.
func decodeGB(b []byte) (string, int, bool) {
	dec := func(b []byte) (string, bool) {
		s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
			return "", false
		}
		return string(s), true
	}
	if s, ok := dec(b); ok {
		return s, 0, true
	}
	// A GB18030 character is at most four bytes; a cut leaves at most three.
	for n := 1; n <= 3 && n < len(b); n++ {
		if b[len(b)-n] < 0x81 {
			continue
		}
		if s, ok := dec(b[:len(b)-n]); ok {
			return s, n, true
		}
	}
	return "", 0, false
}

// decodeBig5 decodes b as Big5 (Big5-HKSCS), as decodeGB does GB18030.
func decodeBig5(b []byte) (string, int, bool) {
	dec := func(b []byte) (string, bool) {
		s, err := traditionalchinese.Big5.NewDecoder().Bytes(b)
		if err != nil || bytes.ContainsRune(s, utf8.RuneError) {
			return "", false
		}
		return string(s), true
	}
	if s, ok := dec(b); ok {
		return s, 0, true
	}
	// A Big5 character is two bytes; a cut leaves its first.
	if n := len(b); n > 1 && b[n-1] >= 0x81 {
		if s, ok := dec(b[:n-1]); ok {
			return s, 1, true
		}
	}
	return "", 0, false
}

// decodeBig5Loose decodes b as Big5, a byte it cannot read replaced by
// U+FFFD, and counts those.
func decodeBig5Loose(b []byte) (string, int) {
	s, err := traditionalchinese.Big5.NewDecoder().Bytes(b)
	if err != nil {
		return "", 0
	}
	return string(s), bytes.Count(s, []byte("\uFFFD"))
}

// big5Reads reports whether b5, src decoded as Big5, reads as Chinese
// text better than gb, src decoded as GB18030 (gbOK: cleanly; else read
// again with U+FFFD for what it cannot). Either decoding of the other's
// bytes gives characters, but not the text's: few of its punctuation
// marks, and of its characters as many rare ones as common.
func big5Reads(b5, gb string, gbOK bool, src []byte) bool {
	if !gbOK {
		gb, _ = decodeGBLoose(src)
	}
	return chineseScore(b5) > chineseScore(gb)
}

// chineseScore counts, among the first characters of s, the punctuation
// marks Chinese text sets and the characters whose simplified form is
// one of GB2312's 3,755 common ones (its first level): in Chinese text
// read in its own encoding, nearly all; read in the other's, under half.
func chineseScore(s string) int {
	enc := simplifiedchinese.GBK.NewEncoder()
	var src [4]byte
	var dst [8]byte
	score, seen := 0, 0
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		if seen++; seen > chineseProbe {
			break
		}
		switch r {
		case '，', '。', '、', '：', '；', '！', '？', '（', '）', '「', '」', '『', '』', '《', '》', '“', '”':
			score++
			continue
		}
		if r < 0x4E00 || r > 0x9FFF {
			continue
		}
		k := utf8.EncodeRune(src[:], hant.Simplified(r))
		enc.Reset()
		if n, _, err := enc.Transform(dst[:], src[:k], true); err == nil && n == 2 && dst[0] >= 0xB0 && dst[0] <= 0xD7 && dst[1] >= 0xA1 {
			score++
		}
	}
	return score
}

// chineseProbe is how many characters past ASCII chineseScore reads.
const chineseProbe = 8000

// decodeGBLoose decodes b as GB18030, a byte it cannot read replaced by
// U+FFFD, and counts those.
func decodeGBLoose(b []byte) (string, int) {
	s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return "", 0
	}
	return string(s), bytes.Count(s, []byte("\uFFFD"))
}

// controlHeavy reports whether text has more control characters than a
// text file plausibly would (tabs, newlines and form feeds aside).
// It looks at bytes, not runes: in UTF-8 every control character is a
// single byte below 0x80. The first megabyte tells; NUL bytes anywhere
// have been refused already.
func controlHeavy(text string) bool {
	text = text[:min(len(text), controlSpan)]
	bad := 0
	i := 0
	// Eight bytes at a time: a word with no byte below 0x20 and no DEL
	// holds nothing to count (the usual case for all but the line end).
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		below := (x - lo*0x20) &^ x & hi
		del := ((x ^ lo*0x7f) - lo) &^ (x ^ lo*0x7f) & hi
		if below|del == 0 {
			continue
		}
		for _, c := range []byte(text[i : i+8]) {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
				bad++
			}
		}
	}
	for ; i < len(text); i++ {
		c := text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			bad++
		}
	}
	return bad > 0 && bad*100 > len(text)
}

// controlSpan is how much of a text controlHeavy reads: the first
// megabyte tells.
const controlSpan = 1 << 20

// control reports whether c is a control character controlHeavy counts.
func control(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f
}

// validControls is validUTF8 that also counts the control characters
// controlHeavy counts in b[:limit], and marks in seen what b holds (see
// textSeen), in the same pass: in UTF-8 every control character is an
// ASCII byte, which the pass looks at anyway.
func validControls(b []byte, limit int, seen *textSeen) (valid bool, controls int) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	i, n := 0, len(b)
	for i < n {
		c := b[i]
		if c < utf8.RuneSelf {
			seen.bytes[c] = true
			if c < 0x20 || c == 0x7f {
				if control(c) && i < limit {
					controls++
				}
			}
			i++
			for i+8 <= n {
				x := binary.LittleEndian.Uint64(b[i:])
				if x&hi != 0 {
					break
				}
				// Eight ASCII bytes: any below 0x20 but the newline, or DEL?
				// (as controlHeavy; nearly every line's end holds a newline,
				// which control does not count). Each byte's high bit by
				// itself, with no carry between bytes (all are below 0x80):
				// below 0x20 where x + 0x60 leaves it clear, a newline or
				// DEL where x ^ it is zero.
				lt20 := ^(x + lo*0x60) & hi
				nl, del := x^lo*'\n', x^lo*0x7f
				nl = ^((nl&^hi + lo*0x7f) | nl) & hi // (the high bit of each zero byte)
				del = ^((del&^hi + lo*0x7f) | del) & hi
				if lt20&^nl|del != 0 {
					for k, c := range b[i : i+8] {
						if control(c) && i+k < limit {
							controls++
						}
					}
				}
				seen.bytes[byte(x)], seen.bytes[byte(x>>8)], seen.bytes[byte(x>>16)], seen.bytes[byte(x>>24)] = true, true, true, true
				seen.bytes[byte(x>>32)], seen.bytes[byte(x>>40)], seen.bytes[byte(x>>48)], seen.bytes[byte(x>>56)] = true, true, true, true
				i += 8
			}
			continue
		}
		// Two three-byte characters at a time, by one load: their
		// continuation bytes by a mask, their lead bytes as plain3 reads
		// them. (ASCII is passed eight bytes at a time above, and what
		// neither takes goes to utf8.DecodeRune below.)
		for i+8 <= n {
			x := binary.LittleEndian.Uint64(b[i:])
			if x&0x0000C0C000C0C000 != 0x0000808000808000 || !plainLead(byte(x)) || !plainLead(byte(x>>24)) {
				break
			}
			if x&0xFFFFFF == 0xBFBBEF || x>>24&0xFFFFFF == 0xBFBBEF {
				seen.feff = true
			}
			i += 6
		}
		if plain3(b, i) {
			for ; plain3(b, i); i += 3 {
				if b[i] == 0xEF && b[i+1] == 0xBB && b[i+2] == 0xBF {
					seen.feff = true
				}
			}
			continue
		}
		if i >= n || b[i] < utf8.RuneSelf {
			continue
		}
		seen.bytes[b[i]] = true
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return false, controls
		}
		i += size
	}
	return true, controls
}

// invalidUTF8 counts the bytes of b that are not part of valid UTF-8.
func invalidUTF8(b []byte) int {
	bad := 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			bad++
		}
		b = b[n:]
	}
	return bad
}

// utf16Order returns the byte order of UTF-16 text that has no
// byte-order mark, 1 little-endian and 2 big-endian, 0 when src is not
// such text: most NUL bytes are the high byte of a character (an
// ASCII one: figures, spaces, line ends) on the same side of its pair,
// the other side's the low byte of a CJK one (开 is U+5F00), and the
// line ends stand so (\n\x00 for little-endian). A binary file's NULs
// fall on both sides.
func utf16Order(src []byte) int {
	src = src[:min(len(src), 1<<16)&^1]
	var nul [2]int // NULs at even and at odd offsets
	var lf [2]int  // line ends: \n\x00 (LE) and \x00\n (BE) at even offsets
	for i := 0; i+1 < len(src); i += 2 {
		a, b := src[i], src[i+1]
		if a == 0 {
			nul[0]++
		}
		if b == 0 {
			nul[1]++
		}
		if a == '\n' && b == 0 {
			lf[0]++
		}
		if a == 0 && b == '\n' {
			lf[1]++
		}
	}
	order := 0
	switch {
	case lf[0] > 0 && lf[1] == 0 && nul[0]*2 < nul[1]:
		order = 1
	case lf[1] > 0 && lf[0] == 0 && nul[1]*2 < nul[0]:
		order = 2
	}
	if order == 0 || !chineseUTF16(src, order == 2) {
		return 0
	}
	return order
}

// chineseUTF16 reports whether src, read as UTF-16 in the byte order
// given, is text as a report is: nearly all its characters Chinese,
// ASCII, or the punctuation and full-width forms Chinese text sets. A
// UTF-8 file with a NUL in it (# 平顶山月报 / NUL) may put its NUL and a
// line end where UTF-16's stand, but read so it is characters of every
// script.
func chineseUTF16(src []byte, big bool) bool {
	n, good := 0, 0
	for i := 0; i+1 < len(src); i += 2 {
		u := rune(src[i]) | rune(src[i+1])<<8
		if big {
			u = rune(src[i])<<8 | rune(src[i+1])
		}
		n++
		switch {
		case u == '\n' || u == '\r' || u == '\t' || u >= 0x20 && u < 0x7F,
			u >= 0x4E00 && u <= 0x9FFF, u >= 0x3000 && u <= 0x303F, u >= 0xFF00 && u <= 0xFFEF,
			u >= 0x2000 && u <= 0x206F, u == 0xFEFF:
			good++
		}
	}
	return n > 0 && good*10 >= n*9
}
