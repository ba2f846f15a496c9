package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
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

// TestMayStartEventGate checks what callers of mayStartEvent take for
// granted: it is true of every line eventStart is true of, so that
// `mayStartEvent(t) && eventStart(t)` reads a line as eventStart alone
// does. Its lines: every line of the fixtures, a generated chronicle in
// all its forms, and the forms a first-byte gate once let go (a place
// before the date, the calendar named, a date in 〖〗, a holiday in
// traditional characters).
func TestMayStartEventGate(t *testing.T) {
	lines := []string{
		"〖1月5日〗县政府召开全县经济工作会议。", "公历5月4日（农历三月廿九），县城…", "阳历6月1日，县城关小学举行…",
		"公元前221年，秦统一六国。", "东城区：11月6日，东城区召开…", "西城区:11月10日，…", "南关镇：11月18日，《南关镇志》…",
		"國慶節，縣城舉行升旗儀式。", "勞動節前後，全縣…", "兒童節，…", "婦女節，…", "陽曆6月1日，…",
	}
	lines = append(lines, strings.Split(chrongen.Text(3, 1), "\n")...)
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(path, ".md") || strings.HasSuffix(path, ".txt")) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	starts := 0
	for _, l := range lines {
		s := trim(l)
		if !eventStart(s) {
			continue
		}
		starts++
		if !mayStartEvent(s) {
			t.Errorf("eventStart(%q) but not mayStartEvent: the gated callers read it otherwise", s)
		}
	}
	if starts < 1000 {
		t.Errorf("only %d lines begin events: the test reads too few", starts)
	}
}

// TestFolioAside: a decorated page number set apart at either end of a
// line is a folio; a list's marker before a line that ends in a figure
// is not.
func TestFolioAside(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"大事记          ·35·", true},
		{"·34·          宁川县志", true},
		{"经济管理                — 57 —", true},
		{"- 36 -    宁川县志", true},
		{"大事记          37", false},                 // a bare figure: bareFolios' case
		{"-   **全市“六查一打”安全生产会议召开** 11 月 3", false}, // a bullet, a date the wrap cut
		{"-   **鹰城至郑州城际公交开通** 3月 12", false},
		{"·   会议要求各单位抓好落实 5", false},
		{"宁川县志", false},
	} {
		if got := folioAside(c.t); got != c.want {
			t.Errorf("folioAside(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// TestPeriodEndSet holds periodEndSet to what periodEnd1's switch takes:
// every character it may read as a period heading's last is in the set.
func TestPeriodEndSet(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if (periodEndRune(r) || earthlyBranch(r) || r == '续' || r == '續') && !periodEndSet.has(r) {
			t.Errorf("periodEndSet lacks %q", r)
		}
	}
	for _, h := range []string{"1987年", "11月份", "2015年度", "4月：", "1989年　己巳", "1986年(续)", "【1987年】", "标题123", "会议召开"} {
		want := periodEnd1(h)
		if r := lastWide(h); !periodEndSet.has(r) && want {
			t.Errorf("periodEnd1(%q) is true, its last character %q not in the set", h, r)
		}
	}
}

// TestDateContextSame holds dateContext.same to ==: it compares every
// field (one added to the struct must be added to it).
func TestDateContextSame(t *testing.T) {
	if n := reflect.TypeOf(dateContext{}).NumField(); n != 7 {
		t.Fatalf("dateContext has %d fields; same compares 7", n)
	}
	a := dateContext{year: 2023, issueMonth: 11, pubYear: 2023, pubMonth: 12, prevMonth: 11, endMonth: 12, fromDay: 28}
	for _, change := range []func(*dateContext){
		func(c *dateContext) { c.year++ }, func(c *dateContext) { c.issueMonth++ }, func(c *dateContext) { c.pubYear++ },
		func(c *dateContext) { c.pubMonth++ }, func(c *dateContext) { c.prevMonth++ }, func(c *dateContext) { c.endMonth++ },
		func(c *dateContext) { c.fromDay++ }, func(*dateContext) {},
	} {
		b := a
		change(&b)
		if got, want := a.same(&b), a == b; got != want {
			t.Errorf("same(%+v, %+v) = %v, want %v", a, b, got, want)
		}
	}
}

// TestNameLabelHanFirst holds nameLabel's look at a name's first byte to
// the labels it lets go: no label but 栏目 begins with a character of
// U+6000–U+6FFF or U+8000–U+8FFF, whatever follows it.
func TestNameLabelHanFirst(t *testing.T) {
	for _, lo := range []rune{0x6000, 0x8000} {
		for r := lo; r < lo+0x1000; r++ {
			for _, rest := range []string{"", "、时政要闻", "　动态", " 1 时政", "——", "：名称", "目：时政要闻", "）", "1.", "部分 工作动态"} {
				name := string(r) + rest
				if dashTwin(name) != 0 || emojiLead(name) != 0 || romanNumber(name) != 0 || enumerator(name) != 0 || partLabel(name) != 0 || spacedNumber(name) != 0 {
					t.Fatalf("%q: a label nameLabel lets go by its first byte", name)
				}
			}
		}
	}
}

// TestPrintedYearMarks holds printedYear's first look to what it skips:
// after △ or ▲, neither eraLead nor anyNumber reads anything.
func TestPrintedYearMarks(t *testing.T) {
	for _, mark := range []string{"△", "▲"} {
		for _, rest := range []string{"1987年，…", "二〇二三年", "十一月", "廿三日", "〇五年", " 1987年", "民国三十八年", "", "△1987年"} {
			s := mark + rest
			if _, _, ok := eraLead(s); ok {
				t.Errorf("eraLead(%q) reads an era: printedYear's gate skips it", s)
			}
			if d := (&dateScanner{s: s}); func() bool { _, ok := d.anyNumber(); return ok }() {
				t.Errorf("anyNumber(%q) reads a number: printedYear's gate skips it", s)
			}
		}
	}
}

// TestEraNames holds eraLead's first look: it reads three bytes of each
// era's name.
func TestEraNames(t *testing.T) {
	for _, e := range eras {
		if len(e.name) < 3 {
			t.Errorf("era %q is shorter than a character of three bytes: eraLead reads three", e.name)
		}
	}
}

// TestCreditEndReach checks creditEnd at the edge of its reach, where
// its look for 摄 in the line's last 24*3 bytes decides.
func TestCreditEndReach(t *testing.T) {
	for k := 0; k <= 30; k++ {
		for _, open := range []string{"（", "("} {
			for _, name := range []string{"摄影　李明", "摄　王建", "李明　摄", "供图", "摄a", "摄ab"} {
				body := strings.Repeat("中", k) + "a"
				s := "图为会议现场" + open + name + body
				in := s[strings.LastIndex(s, open)+len(open):]
				want := len(s)-strings.LastIndex(s, open) <= 24*3 && strings.HasPrefix(in, "摄")
				if got := creditEnd(s); got != want {
					t.Errorf("creditEnd(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
	for s, want := range map[string]bool{"": false, "摄": false, "（摄": true, "(摄": true, "中（摄影 李明": true,
		"（供图）（摄影 李明": true, "（摄影 李明）（": false, strings.Repeat("摄", 30) + "（": false} {
		if got := creditEnd(s); got != want {
			t.Errorf("creditEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPageAsideHanEnds checks the page numbers pageAside still takes off
// beside the gate that lets an end in a Han character go (all but 第 at
// the start, 页 at the end).
func TestPageAsideHanEnds(t *testing.T) {
	for in, want := range map[string]string{
		"1日　召开会议":            "1日　召开会议",
		"12　平顶山月报":           "平顶山月报",
		"平顶山月报　12":           "平顶山月报",
		"· 12 ·　大事记":         "大事记",
		"大事记　— 36 —":         "大事记",
		"1日　平顶山月报　第12页":      "1日　平顶山月报",
		"1日 平顶山月报 **- 3 -**": "1日 平顶山月报",
		"第12页　平顶山月报 3":       "平顶山月报",
		"月报　12　大事记":          "月报　12　大事记",
		"3/12　平顶山月报":         "平顶山月报",
		"1２　平顶山月报":           "平顶山月报",
		"12日　平顶山月报　— 3 —":    "12日　平顶山月报",
	} {
		if got := pageAside(in); got != want {
			t.Errorf("pageAside(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOcrDash checks ocrDash's byte compares of the figure after 一.
func TestOcrDash(t *testing.T) {
	for s, want := range map[string]bool{"一8日": true, "一８日": true, "一": false, "一日": false, "一\xef\xbc": false, "一\xef\xbc\x9a": false,
		"一\xef\xbc\x8f": false, "一\xef\xbd\x90": false, "一/": false, "一:": false, "二8": false, "一9": true, "一０": true, "一９": true} {
		d := &dateScanner{s: s}
		if got := d.ocrDash(); got != want || got && d.i != len("一") {
			t.Errorf("ocrDash(%q) = %v at %d, want %v", s, got, d.i, want)
		}
	}
}
