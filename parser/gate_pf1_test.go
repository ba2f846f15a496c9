package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuebao/yuebao/internal/chrongen"
)

// TestOfficeGate checks what office's first look takes for granted: every
// name it matches ends with 室, 心, 院, 馆, 会 or 办.
func TestOfficeGate(t *testing.T) {
	for _, s := range append(officeSuffixes[:], "办公室") {
		switch s[len(s)-3:] {
		case "室", "心", "院", "馆", "会", "办":
		default:
			t.Errorf("office suffix %q ends with none of 室心院馆会办: office's gate lets it go", s)
		}
	}
}

// TestSlashOrBar checks slashOrBar against the searches it stands for.
func TestSlashOrBar(t *testing.T) {
	cases := []string{"", "/", "|", "／", "丨", "｜", "文/陈明远", "文丨赵文华", "来源 | 梅岭", "编辑｜王芳", "图／文",
		"县志办召开会议，部署工作。", "abc", "\xef\xbc", "\xe4\xb8", "\xe4/", "\xef\xbc/", "中\xbc\x8f", "a\xef\xbc\x8f", "\xe4\xb8\xa8",
		"宁川县地方史志办公室", "1月10日　召开…", "\xed\xa0\x80/", "丨丨", "x\xe4\xb8\xa9", "\x8f\x9c\xa8", "乐乐乐乐乐乐乐乐乐"}
	for _, r := range []string{"／", "丨", "｜", "/", "|"} {
		for k := 0; k <= 12; k++ {
			cases = append(cases, strings.Repeat("中", k)+r, strings.Repeat("a", k)+r+"b", strings.Repeat("，", k)+r[:len(r)-1]+"x")
		}
	}
	for _, s := range cases {
		want := strings.IndexByte(s, '/') >= 0 || strings.Contains(s, "／") || strings.IndexByte(s, '|') >= 0 || strings.Contains(s, "丨") || strings.Contains(s, "｜")
		if got := slashOrBar(s); got != want {
			t.Errorf("slashOrBar(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContainsAnyOfCases checks containsAnyOf against strings.ContainsAny
// on chosen lines, valid and invalid UTF-8 (TestContainsAnyOf draws them
// at random).
func TestContainsAnyOfCases(t *testing.T) {
	lists := []string{"，,；;：:", "，,；;。", "，。；：、,;:", "·a—"}
	cases := []string{"", "a", ",", "，", "县志办召开会议，部署", "县志办召开会议", "\xef\xbc", "\xef\xef\xbc\x8c", "\xbc\x8c", "中\xef\xbc\x8c", "x\xe3\x80\x82",
		"\xe2\x80\x94", "\xe2\x80", "\xc2\xb7", "\xc2", "\xff；", "；", "。", "：", "a;b", "12:30"}
	for _, l := range lists {
		for _, s := range cases {
			if got, want := containsAnyOf(s, l), strings.ContainsAny(s, l); got != want {
				t.Errorf("containsAnyOf(%q, %q) = %v, want %v", s, l, got, want)
			}
		}
	}
}

// TestOpenEnds checks the rune sets that stand for lists against them.
func TestOpenEnds(t *testing.T) {
	for _, c := range []struct {
		set  *runeSet
		list string
	}{
		{openEnds, "，、；：,;:（(《“‘〈「『【—"},
		{relativeFirsts, "同当该是本次翌上去"},
		{chronNameEnds, "记記纪紀要事"},
		{pageDecorationSet, pageDecorations},
		{dateGoesOnSet, dateGoesOn},
		{runInBullets, "●◆■◎◇○□★☆▶►"},
		{chronHeaderEnds, "件项事容记要"},
		{eraFirstSet, eraFirsts},
	} {
		for r := rune(-1); r <= 0x10FFFF+1; r++ {
			if got, want := c.set.has(r), strings.ContainsRune(c.list, r); got != want {
				t.Fatalf("the set of %q has(%U) = %v, want %v", c.list, r, got, want)
			}
		}
	}
}

// trimBefore is trim as it was before its first look was its own.
func trimBefore(s string) string {
	// Most strings begin and end with ASCII above the space or with a
	// three-byte character that is no space (Han, full-width forms):
	// they are returned after a look at three bytes.
	if plainEndsBefore(s) {
		return s
	}
	// ASCII white space and the ideographic space, the indentation of
	// nearly every line that has any, come off byte by byte (spaces eight
	// at a time: pdftotext -layout pads its columns with dozens); then
	// most lines begin and end with a Han character or ASCII that is not
	// a space, which the bytes tell without the Unicode tables.
	i, j := 0, len(s)
	for i+8 <= j && s[i:i+8] == "        " {
		i += 8
	}
	for i < j {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			i++
		} else if c == 0xE3 && i+3 <= j && s[i+1] == 0x80 && s[i+2] == 0x80 { // U+3000
			i += 3
		} else {
			break
		}
	}
	for j > i {
		if c := s[j-1]; c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			j--
		} else if c == 0x80 && j-3 >= i && s[j-3] == 0xE3 && s[j-2] == 0x80 {
			j -= 3
		} else {
			break
		}
	}
	s = s[i:j]
	if s == "" || plainEndsBefore(s) || solidStart(s) && solidEnd(s) {
		return s
	}
	return strings.TrimSpace(s) // other Unicode white space
}

// plainEndsBefore is the plainEnds trimBefore asked of. It reports whether s begins and ends with a character that is
// no space, from its bytes: ASCII above the space, a character of three
// bytes from U+4000 on (Han, full-width forms), or one of U+3001–U+30FF
// (。、》「 and the kana): what nearly all lines and titles begin and end
// with. Lines that end with 。 had gone the long way, in trim's every
// call.
func plainEndsBefore(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c0, c1 := s[0], s[n-1]
	if !(c0 > ' ' && c0 < utf8.RuneSelf || c0 >= 0xE4 && c0 <= 0xEF || c0 == 0xE3 && n >= 3 && !(s[1] == 0x80 && s[2] == 0x80)) {
		return false
	}
	if c1 < utf8.RuneSelf {
		return c1 > ' '
	}
	if n < 3 {
		return false
	}
	a := s[n-3]
	return a >= 0xE4 && a <= 0xEF || a == 0xE3 && !(s[n-2] == 0x80 && c1 == 0x80)
}

// TestTrimFirstLook checks trim against trimBefore on the lines of the
// generated chronicle, on short strings of the bytes that matter, and
// on strings of random bytes.
func TestTrimFirstLook(t *testing.T) {
	check := func(s string) {
		if got, want := trim(s), trimBefore(s); got != want {
			t.Fatalf("trim(%q) = %q, trimBefore: %q", s, got, want)
		}
		if got, want := isBlank(s), trimBefore(s) == ""; got != want {
			t.Fatalf("isBlank(%q) = %v, want %v", s, got, want)
		}
	}
	for _, l := range strings.Split(chrongen.Text(2, 1), "\n") {
		check(l)
	}
	alphabet := []string{"", " ", "\t", "\n", "a", "\x00", "\x7f", "\x80", "\x85", "\xa0", "\xc2", "\xe1", "\xe2", "\xe3", "\xe4", "\xef", "\xf0",
		"\u3000", "\u00a0", "\u0085", "\u2000", "\u200a", "\u200b", "\u2028", "\u202f", "\u205f", "\u1680", "\ufeff", "。", "中", "一", "△", "“", "—", "\U0001F600"}
	var rec func(prefix string, depth int)
	rec = func(prefix string, depth int) {
		check(prefix)
		if depth == 0 {
			return
		}
		for _, a := range alphabet {
			rec(prefix+a, depth-1)
		}
	}
	rec("", 3)
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 200000; k++ {
		b := make([]byte, rng.IntN(10))
		for i := range b {
			switch rng.IntN(4) {
			case 0:
				b[i] = " \t\n\r\f\va"[rng.IntN(7)]
			case 1:
				b[i] = 0x80 + byte(rng.IntN(0x40))
			case 2:
				b[i] = 0xC2 + byte(rng.IntN(0x33))
			default:
				b[i] = byte(rng.IntN(256))
			}
		}
		check(string(b))
	}
}

// TestDecodeRune checks decodeRune and decodeLastRune against utf8's on
// every sequence of three bytes led by C0–FF, and on shorter ones.
func TestDecodeRune(t *testing.T) {
	b := make([]byte, 3)
	for x := 0xC0; x <= 0xFF; x++ {
		for y := 0; y <= 0xFF; y++ {
			for z := 0; z <= 0xFF; z++ {
				b[0], b[1], b[2] = byte(x), byte(y), byte(z)
				s := string(b)
				r, n := decodeRune(s)
				if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
					t.Fatalf("decodeRune(%q) = %U %d, want %U %d", s, r, n, wr, wn)
				}
				r, n = decodeLastRune("a" + s)
				if wr, wn := utf8.DecodeLastRuneInString("a" + s); r != wr || n != wn {
					t.Fatalf("decodeLastRune(%q) = %U %d, want %U %d", "a"+s, r, n, wr, wn)
				}
			}
		}
	}
	for _, s := range []string{"", "a", "\xe4", "\xe4\xb8", "中", "\xf0\x9f\x98\x80", "a\xb8\xad", "\xb8\xad"} {
		if r, n := decodeRune(s); true {
			if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
				t.Errorf("decodeRune(%q) = %U %d, want %U %d", s, r, n, wr, wn)
			}
		}
		if r, n := decodeLastRune(s); true {
			if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
				t.Errorf("decodeLastRune(%q) = %U %d, want %U %d", s, r, n, wr, wn)
			}
		}
	}
}

// headHashBefore is headHash as it was before its first look for ，.
func headHashBefore(t string) (h uint64, ok bool) {
	h = 14695981039346656037 // FNV-1a
	runes := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ' || c == '\t':
			continue
		case c == 0xE3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80:
			i += 2 // U+3000
			continue
		case c&0xC0 != 0x80:
			if runes++; runes > 40 {
				return 0, false
			}
		}
		switch {
		case c >= '0' && c <= '9':
			continue
		case c == ',':
			return 0, false
		case c == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && (t[i+2] == 0x8C || t[i+2] == 0x9B): // ， ；
			return 0, false
		case c == 0xEF && i+2 < len(t) && t[i+1] == 0xBC && t[i+2] >= 0x90 && t[i+2] <= 0x99:
			i += 2 // ０–９
			continue
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h | 1, true
}

// TestHeadHashGate checks headHash against headHashBefore.
func TestHeadHashGate(t *testing.T) {
	lines := strings.Split(chrongen.Text(2, 1), "\n")
	lines = append(lines, "，", "a，b", "　，", "１２，", "宁川年鉴　　２０２３", "\xef\xbc", "\xef\xbc\x8c", strings.Repeat("中", 41)+"，")
	for _, l := range lines {
		h, ok := headHash(l)
		if wh, wok := headHashBefore(l); h != wh || ok != wok {
			t.Fatalf("headHash(%q) = %x %v, want %x %v", l, h, ok, wh, wok)
		}
	}
}

// TestValidUTF8Pairs checks validUTF8 against utf8.Valid on Chinese text,
// cut and damaged at every place of its first bytes.
func TestValidUTF8Pairs(t *testing.T) {
	text := []byte(chrongen.Text(1, 1))[:4000]
	for !utf8.Valid(text) {
		text = text[:len(text)-1] // (cut at a character's end)
	}
	for k := 0; k < 600; k++ {
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xEF, 0xF0, 0xFF, 'a'} {
			b := append([]byte(nil), text[:len(text)-k%7]...)
			b[k] = c
			if got, want := validUTF8(b), utf8.Valid(b); got != want {
				t.Fatalf("validUTF8 = %v, utf8.Valid = %v, byte %d set to %x", got, want, k, c)
			}
		}
	}
	if !validUTF8(text) || validUTF8(append(text, 0xE4)) || validUTF8([]byte("中中中\xed\xa0\x80中中中中")) {
		t.Fatal("validUTF8 is wrong on the text as it is, cut, or with a surrogate")
	}
}

// TestTrimLeftBlanks checks trimLeftBlanks against strings.TrimLeft.
func TestTrimLeftBlanks(t *testing.T) {
	for _, s := range []string{"", " ", "\t", "a", "  a ", "\t \ta", strings.Repeat(" ", 7) + "x", strings.Repeat(" ", 8) + "x", strings.Repeat(" ", 17) + "\t x",
		strings.Repeat(" ", 16), "        \t       # 标题", "　a", " 　a"} {
		if got, want := trimLeftBlanks(s, false), strings.TrimLeft(s, " "); got != want {
			t.Errorf("trimLeftBlanks(%q, false) = %q, want %q", s, got, want)
		}
		if got, want := trimLeftBlanks(s, true), strings.TrimLeft(s, " \t"); got != want {
			t.Errorf("trimLeftBlanks(%q, true) = %q, want %q", s, got, want)
		}
	}
}

// TestIndentEights checks indentCells and indentBytes, which pass eight
// spaces at a time, against a count of one byte at a time.
func TestIndentEights(t *testing.T) {
	for _, s := range []string{"", " ", "a", strings.Repeat(" ", 7) + "x", strings.Repeat(" ", 8), strings.Repeat(" ", 17) + "\t x", "\t" + strings.Repeat(" ", 9) + "　a",
		"　　　　        a", strings.Repeat(" ", 16) + "了项目建设进度。"} {
		cells, bytes := 0, 0
		for i := 0; i < len(s); {
			if s[i] == ' ' {
				cells, i = cells+1, i+1
			} else if s[i] == '\t' {
				cells, i = cells+4, i+1
			} else if strings.HasPrefix(s[i:], "　") {
				cells, i = cells+2, i+3
			} else {
				break
			}
			bytes = i
		}
		if got := indentCells(s); got != cells {
			t.Errorf("indentCells(%q) = %d, want %d", s, got, cells)
		}
		if got := indentBytes(s); got != bytes {
			t.Errorf("indentBytes(%q) = %d, want %d", s, got, bytes)
		}
	}
}

// TestReporterFirst checks reporterFirst against the search it stands
// for, on every three bytes of the list and every character of it.
func TestReporterFirst(t *testing.T) {
	const list = "□■本特通记記"
	var cases []string
	for i := 0; i+3 <= len(list); i++ {
		cases = append(cases, list[i:i+3])
	}
	cases = append(cases, "县委召", "abc", "\x80\x80\x80", "1月1", "本刊记")
	for _, h := range cases {
		if got, want := reporterFirst(h), strings.Contains(list, h); got != want {
			t.Errorf("reporterFirst(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestCnNumeralStart checks cnNumeralStart's switch against what it
// stands for, on every character of the Basic Multilingual Plane and on
// short strings.
func TestCnNumeralStart(t *testing.T) {
	want := func(s string) bool {
		if s == "" || s[0] < 0xE3 || s[0] > 0xE5 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s)
		return isCnDigit(r) && r != '百' && r != '零' || r == '廿' || r == '卅'
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		s := string(r) + "月"
		if got := cnNumeralStart(s); got != want(s) {
			t.Fatalf("cnNumeralStart(%q) = %v", s, got)
		}
	}
	for _, s := range []string{"", "\xe4", "\xe4\xb8", "\xe4\xb8\x80", "\xe5\x8d"} {
		if got := cnNumeralStart(s); got != want(s) {
			t.Fatalf("cnNumeralStart(%q) = %v", s, got)
		}
	}
}

// TestLeadByte checks that leadByte, where it answers, is trim's first
// byte.
func TestLeadByte(t *testing.T) {
	lines := strings.Split(chrongen.Text(2, 1), "\n")
	lines = append(lines, "", " ", "\u3000", "\u3000**标题**", "  \u00a0x", "\t\n*", " \x7f", "  <b>", "\xe4", " \xe4\xb8", "\u2003中", "=====")
	for _, l := range lines {
		if c := leadByte(l); c != 0 {
			if tr := trim(l); tr == "" || tr[0] != c {
				t.Fatalf("leadByte(%q) = %q, trim: %q", l, c, tr)
			}
		}
	}
}

// TestBoldPairsFirst checks what cutBold's first look takes for granted.
func TestBoldPairsFirst(t *testing.T) {
	for _, p := range boldPairs {
		if p[0][0] != '*' && p[0][0] != '<' {
			t.Errorf("bold pair %q begins with neither * nor <: cutBold's gate lets it go", p[0])
		}
	}
}

// enumeratorBefore is enumerator as it was before its first look.
func enumeratorBefore(s string) int {
	i := 0
	paren := false
	if strings.HasPrefix(s, "（") {
		i, paren = len("（"), true
	} else if strings.HasPrefix(s, "(") {
		i, paren = 1, true
	}
	start := i
	digits, cn := 0, 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case isCnDigit(r):
			cn++
		default:
			goto done
		}
		i += n
	}
done:
	if i == start || digits > 0 && cn > 0 || digits > 3 || cn > 4 {
		return 0
	}
	r, n := decodeRune(s[i:])
	switch {
	case paren && (r == '）' || r == ')'):
	case !paren && (r == '、' || r == '．'):
	case !paren && r == '.' && (digits > 0 || cn > 0):
		// 1. title, 一.title, but not 2023.12 or 3.5万
		if next, _ := decodeRune(s[i+n:]); next >= '0' && next <= '9' {
			return 0
		}
	default:
		return 0
	}
	i += n
	i = pastBlanks(s, i)
	if i >= len(s) {
		return 0 // an enumerator and nothing after it is not an enumerated line
	}
	return i
}

// TestEnumeratorFirst checks enumerator against enumeratorBefore on every
// character of the Basic Multilingual Plane before 、 and a title, and on
// the lines of the generated chronicle.
func TestEnumeratorFirst(t *testing.T) {
	cases := strings.Split(chrongen.Text(2, 1), "\n")
	for r := rune(0); r <= 0xFFFF; r++ {
		cases = append(cases, string(r)+"、标题", "（"+string(r)+"）标题", string(r)+"1. 标题", "12"+string(r)+"、x")
	}
	cases = append(cases, "", "1", "12.5万", "1. 会议", "(3) 会议", "三、工作", "一二三四五、x", "１、x", "1三、x")
	for _, s := range cases {
		if got, want := enumerator(s), enumeratorBefore(s); got != want {
			t.Fatalf("enumerator(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestColonAt checks colonAt's searches against a loop over the bytes.
func TestColonAt(t *testing.T) {
	for _, s := range []string{"", ":", "：", "一等奖：张三", "a:b：c", "a：b:c", "\xef\xbc", "\xef\xbc:", "中中中中中中中中中中：", "电话:0375", "1月1日，县委"} {
		want := -1
		for k := 0; k < len(s); k++ {
			if s[k] == ':' || strings.HasPrefix(s[k:], "：") {
				want = k
				break
			}
		}
		if got := colonAt(s); got != want {
			t.Errorf("colonAt(%q) = %d, want %d", s, got, want)
		}
	}
}

// subtitleBefore is subtitle as it was before its first look.
func subtitleBefore(t string) bool {
	if strings.IndexByte(t, 0xE2) < 0 && strings.IndexByte(t, 0xEF) < 0 && strings.IndexByte(t, '-') < 0 {
		// No — (E2 80 94), － (EF BC 8D) or -: nearly every title, let go
		// by its bytes before its markup is taken off.
		return false
	}
	t = trim(stripMarkup(t))
	if t == "" || t[0] != 0xE2 && t[0] != 0xEF && t[0] != '-' {
		return false // (the dashes below begin with E2, EF or -)
	}
	for _, d := range [...]string{"——", "——", "－－", "--", "—"} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			return trim(rest) != "" && !closed(rest)
		}
	}
	return false
}

// TestSubtitleFirst checks subtitle against subtitleBefore.
func TestSubtitleFirst(t *testing.T) {
	cases := strings.Split(chrongen.Text(2, 1), "\n")
	cases = append(cases, "——以宜宾市为例", "  ——记县史志办", "**——记**", "<b>—</b>x", "－－x", "--x", "—", "a——b", "\u3000——x", "中——x", "**x**——y")
	for _, s := range cases {
		if got, want := subtitle(s), subtitleBefore(s); got != want {
			t.Fatalf("subtitle(%q) = %v, want %v", s, got, want)
		}
	}
}

// eventLeadBefore is eventLead as it was before its look at E6 and E8.
func eventLeadBefore(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		i := 1
		for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i >= len(s) || s[i] != '.' && s[i] != ')' && s[i] != 0xE3 && s[i] != 0xEF {
			return s // 3月5日: no number before the date (、 is E3, ． and ） EF)
		}
		if _, _, _, ok := dottedShortYear(s); ok {
			return s // 86.7.1 …: a year in two figures, no point's number
		}
		for _, sep := range [...]string{".", "、", "．", ")", "）"} {
			if rest, ok := strings.CutPrefix(s[i:], sep); ok {
				return datedLead(s, rest)
			}
		}
		return s
	case c == '-' || c == '*' || c == '+':
		if len(s) > 2 && (s[1] == ' ' || s[1] == '\t') {
			if t := datedLead(s, s[2:]); len(t) != len(s) {
				return t
			}
			if rest := s[2+indentBytes(s[2:]):]; rest != "" && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == 0xEF) && startsWithDay(rest) {
				// - 15日 …, a month's day after the list's marker that
				// pymupdf4llm makes of a bullet (•), as • 15日 is read:
				// the day's event (it had been a paragraph of the event
				// above, silently).
				return rest
			}
			return s
		}
		if c == '-' && len(s) > 2 && s[1] == '-' {
			return dashLead(s) // --11月10日，…
		}
		return s
	case c == '|':
		// | 11月3日 | 县委召开常委会议。 |: a Word table of 日期 | 事项, a row
		// an event.
		if t := datedLead(s, s[1:]); len(t) != len(s) {
			return t
		}
		if j := strings.IndexByte(s[1:min(len(s), 40)], '|'); j > 0 {
			// | 3日 | 市政府召开…。 |, | 3—5日 | …: a day alone in its cell,
			// under the month heading (the rows had been one undated
			// entry, MinerU's <table> or a Word table's).
			if cell := trim(s[1 : 1+j]); figureFirst(cell) && dateOnlyLine(cell) && startsWithDay(cell) {
				return trimLeftSpaces(s[1:])
			}
		}
		if t := tableMonthRow(s); len(t) != len(s) {
			return t
		}
		return splitDateRow(s)
	case c == '$':
		return latexLead(s) // $\triangle$ …, $3 \sim 5$ 日 …: MinerU's formulas
	case c == 0xCE && strings.HasPrefix(s, "Δ"):
		return ocrTriangle(s, len("Δ")) // Δ 市政府…: OCR's Greek capital for △
	case c == 0xEF && strings.HasPrefix(s, "－"):
		return dashLead(s) // －－11月10日，…
	case c == '[' || c == 0xE3 && (strings.HasPrefix(s, "〔") || strings.HasPrefix(s, "【") || strings.HasPrefix(s, "〖")) || c == 0xEF && strings.HasPrefix(s, "［"):
		return bracketDateLead(s) // 〔11月3日〕县委…, 【11月3日】, [11月3日]
	case c == '(' || c == 0xEF && strings.HasPrefix(s, "（"):
		open, shut := len("（"), "）"
		if c == '(' {
			open, shut = 1, ")"
		}
		if j := strings.Index(s[open:min(len(s), open+20*3)], shut); j > 0 && dateOnlyLine(s[open:open+j]) && trim(s[open+j+len(shut):]) != "" {
			return s[open:] // （1月5日）县政府…, (1月12日) 县…: the date in brackets
		}
		i := open
		for i < len(s) && i < open+3 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == open || i >= len(s) {
			return s
		}
		if rest, ok := strings.CutPrefix(s[i:], ")"); ok {
			return datedLead(s, rest)
		}
		if rest, ok := strings.CutPrefix(s[i:], "）"); ok {
			return datedLead(s, rest)
		}
		return s
	case c == 0xC2 && strings.HasPrefix(s, "·"):
		return datedLead(s, s[len("·"):])
	case c == 0xE2:
		// The bullets are U+2022 and U+25xx, the circled and bracketed
		// numbers U+2460–U+2487: E2 and two bytes.
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case roundBullets.has(r):
			return trimLeftSpaces(s[n:])
		case r >= '①' && r <= '⒇':
			return datedLead(s, s[n:])
		case r == '—' || r == '─' || r == '–':
			return dashLead(s) // ——11月10日，…
		case r == '∆':
			return ocrTriangle(s, n) // ∆市委书记…: OCR's increment sign for △

		case pointBullets.has(r):
			// ▲9月8日，… in a report's news in brief: a bullet before a
			// date; △ and ▲ before text are the same day's (see eventDate),
			// and let go at once (a chronicle has thousands).
			if rest := trimLeftSpaces(s[n:]); rest != "" && (rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "\uff10") || rest[0] == 0xEF || cnNumeralStart(rest)) {
				if t := datedLead(s, s[n:]); len(t) != len(s) {
					return t
				}
				if _, _, _, ok := monthPeriod(rest); ok {
					return rest // ▲9月下旬，…: a bullet before a part of a month too
				}
			}
			return s
		}
		return s
	case (c == 0xE5 || c == 0xE9) && (strings.HasPrefix(s, "公历") || strings.HasPrefix(s, "阳历")):
		// 公历5月4日（农历三月廿九）…: the calendar named before a date, as
		// an older chronicle names it beside a lunar one.
		if t := datedLead(s, s[len("公历"):]); len(t) != len(s) {
			return t
		}
		return s
	case c >= 0xE5 && c <= 0xE7 && seasonFirst(s):
		// 秋七月，…, 冬十月，…: an older gazetteer's season before its
		// month, which dates the event (the season goes without saying).
		if r, ok := periodStart(s[len("秋"):]); ok && r.month != 0 && r.year == 0 {
			return s[len("秋"):]
		}
	case cnNumeralStart(s):
		// 一、11月3日: a point's numeral before its date.
		i := 0
		for i < len(s) && i < 4*3 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isCnDigit(r) {
				break
			}
			i += n
		}
		if rest, ok := strings.CutPrefix(s[i:], "、"); ok {
			return datedLead(s, rest)
		}
	}
	return s
}

// TestEventLeadFirst checks eventLead against eventLeadBefore on every
// character of the Basic Multilingual Plane before a date and a text.
func TestEventLeadFirst(t *testing.T) {
	cases := strings.Split(chrongen.Text(2, 1), "\n")
	for r := rune(0x20); r <= 0xFFFF; r++ {
		cases = append(cases, string(r)+"11月3日，县委召开会议", string(r)+"七月，县委")
	}
	for _, s := range cases {
		if got, want := eventLead(s), eventLeadBefore(s); got != want {
			t.Fatalf("eventLead(%q) = %q, want %q", s, got, want)
		}
	}
}
