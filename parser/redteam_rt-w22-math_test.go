package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// mathFigures are the figures a formula OCR takes for formulas: a run of
// digits, a decimal part, a per cent.
var mathFigures = regexp.MustCompile(`[0-9]+(?:[.:/-][0-9]+)*%?`)

var listNumber = regexp.MustCompile(`^[0-9]+(?:[)、）]|\.(?:\s|$|[^0-9]))`)

// mathWrap sets every figure of text as TeX inline math, as MinerU with
// its formula model writes a PDF's figures: tight ($11$ 月 $3$ 日) or, as
// its model spaces what it reads, each token apart and the span apart from
// the text ( $1 1$ 月 $3$ 日, $9 . 9 \%$). Lines a converter writes as
// markup (tables, tags, links, pictures) and lines with a $ of their own
// are left as they are.
func mathWrap(text string, spaced bool) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "$|<\\`") || strings.Contains(l, "](") || strings.HasPrefix(strings.TrimSpace(l), "!") {
			continue
		}
		// A list's number (1. 1月3日…, 2、…) is the list's, not a figure.
		lead := len(l) - len(strings.TrimLeft(l, " \t\u3000"))
		if m := listNumber.FindString(l[lead:]); m != "" {
			lead += len(m)
		}
		rest := l[lead:]
		var b strings.Builder
		last := 0
		for _, m := range mathFigures.FindAllStringIndex(rest, -1) {
			if m[0] > 0 && strings.IndexByte("#[{^", rest[m[0]-1]) >= 0 {
				continue // &#12290;, [1], {0}----: markup's numbers, not figures
			}
			if m[0] > 0 && asciiWord(rest[m[0]-1]) || m[1] < len(rest) && asciiWord(rest[m[1]]) {
				continue // l0月, 2O23, 123a: an OCR's letters in a figure, a code
			}
			b.WriteString(rest[last:m[0]])
			b.WriteString(mathSpan(rest[m[0]:m[1]], spaced))
			last = m[1]
		}
		b.WriteString(rest[last:])
		lines[i] = l[:lead] + b.String()
		// MinerU parts a span by a space from the Chinese text it
		// stands in, not from a mark (**, (, .) or a space of the text's
		// own, nor at a line's ends.
		lines[i] = lines[i][:lead] + mathSpaces(lines[i][lead:])
	}
	return strings.Join(lines, "\n")
}

// mathSpan is figure f as MinerU sets it: $f$, or each of its
// characters apart, the % escaped, the span marked (\x00) where a space
// is to part it from the text.
func mathSpan(f string, spaced bool) string {
	if !spaced {
		return "$" + strings.Replace(f, "%", `\%`, 1) + "$"
	}
	var b strings.Builder
	for k, r := range f {
		if k > 0 {
			b.WriteByte(' ')
		}
		if r == '%' {
			b.WriteString(`\%`)
		} else {
			b.WriteRune(r)
		}
	}
	return "\x00$" + b.String() + "$\x00"
}

// mathSpaces makes each \x00 mathSpan left a space where a Chinese
// character (or punctuation) stands on the other side of it, and nothing
// elsewhere.
func mathSpaces(l string) string {
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] != 0 {
			b.WriteByte(l[i])
			continue
		}
		var r rune
		if i+1 < len(l) && l[i+1] == '$' { // before the span: the text's last character
			r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(l[:i], "\x00"))
		} else {
			r, _ = utf8.DecodeRuneInString(strings.TrimLeft(l[i+1:], "\x00"))
		}
		if r >= 0x80 && !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' && r != utf8.RuneError {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// mathOutline is what a figure set as math must not change: the issues,
// sections, entries (titles, dates, pages) and paragraphs (dates, text),
// white space aside (the spaces the converter sets around a span are
// taken out beside Chinese text, kept beside Latin: 11 月 and 11月 read
// the same).
func mathOutline(all []*model.Issue) string {
	var b strings.Builder
	ns := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, iss := range all {
		fmt.Fprintf(&b, "issue %s %d %d %d\n", ns(iss.Title), iss.Year, iss.Number, iss.Total)
		for _, s := range iss.Sections {
			fmt.Fprintf(&b, "section %s\n", ns(s.Name))
			for _, e := range s.Entries {
				fmt.Fprintf(&b, "  entry %s %s p%d\n", ns(e.Title), e.Date, e.Page)
				for _, p := range e.Paragraphs {
					fmt.Fprintf(&b, "    %s %s\n", p.Date, ns(p.Text))
				}
			}
		}
	}
	return b.String()
}

// mathSkip: fixtures whose figures set as math still read otherwise,
// each with its reason.
var mathSkip = map[string]string{
	"review-r07-figure-date-decimal.md": "the source's 2.1 万户 at a line's start reads as a day (2月1日) in a chronicle's text; set as math it is 2.1万户, no day: the source's reading is the doubtful one",
	"rt-c4-whole-ocr.md":                "a Tesseract copy (l0月, 1O月): a formula OCR writes neither its letters in figures nor its spacing",
	"rt-c4-year-ends.md":                "a Tesseract copy (1955牟): as above",
	"rt-c4-year-ocr.md":                 "a Tesseract copy: as above",
	"rt-w5-whole-ocr.md":                "a Tesseract copy: as above",
	"rt-w16-half-spaced-dsj.md":         "an OCR's copy spaced letter by letter in part: as above",
	"rt-w1-whole-layout.md":             "a pdftotext -layout copy, its lines padded to the page: a formula OCR writes a paragraph a line",
	"rt-w13-chapter-parts.md":           "a hard-wrapped copy hardWrapped does not measure so (its lines are short): as above",
	"rt-c1-whole-plain.md":              "a hard-wrapped copy hardWrapped does not measure so: the view's figures, tighter than its spaced ones, move the wrap width the parse infers; a formula OCR writes a paragraph a line",
	"rt-c3-whole-report.md":             "a hard-wrapped copy with pdftotext's spaced figures (11 月 6 日): as above",
	"rt-c3-whole-yearbook.md":           "a hard-wrapped copy with pdftotext's spaced figures (1236 名): as above",
}

// TestInlineMathReadsTheSame: every fixture reads the same with its
// figures set as TeX inline math, tight or spaced as MinerU's formula
// model writes them: the same issues, sections, entries, titles, dates,
// pages and text (white space aside), or a warning. The dates had been
// lost, silently ($1 1$ 月 $3$ 日 was no date).
func TestInlineMathReadsTheSame(t *testing.T) {
	var report strings.Builder
	tried, silent, warned := 0, 0, 0
	nw := func(all []*model.Issue) int {
		n := 0
		for _, i := range all {
			n += len(i.Warnings)
		}
		return n
	}
	for _, fx := range fixtureTexts(t) {
		if _, skip := mathSkip[filepath.Base(fx.path)]; skip {
			continue
		}
		if w18wrHardWrapped(fx.text) || spacedCopy(fx.text) {
			continue // a formula OCR writes a paragraph a line, and spaces no letters
		}
		ref, err := ParseAll([]byte(fx.text))
		if err != nil {
			continue
		}
		want := mathOutline(ref)
		for _, spaced := range []bool{false, true} {
			alt := mathWrap(fx.text, spaced)
			if alt == fx.text {
				continue
			}
			tried++
			got, err := ParseAll([]byte(alt))
			if err != nil {
				t.Errorf("%s (spaced %v): %v", fx.path, spaced, err)
				continue
			}
			d := shapeDiff(want, mathOutline(got))
			if d == "" {
				continue
			}
			kind := "SILENT"
			if nw(got) > nw(ref) {
				kind = "warned"
				warned++
			} else {
				silent++
				if os.Getenv("MATH_REPORT") == "" {
					t.Errorf("%s with its figures set as math (spaced %v) reads otherwise, silently: %s", fx.path, spaced, d)
				}
			}
			fmt.Fprintf(&report, "== %s spaced=%v %s\n%s\n", kind, spaced, fx.path, d)
		}
	}
	t.Logf("tried %d, SILENT %d, warned %d", tried, silent, warned)
	if tried < 1500 {
		t.Errorf("only %d copies tried", tried)
	}
	if out := os.Getenv("MATH_REPORT"); out != "" {
		fmt.Fprintf(&report, "tried %d, SILENT %d, warned %d\n", tried, silent, warned)
		os.WriteFile(out, []byte(report.String()), 0o644)
	}
}

// TestInlineMathCopies: a monthly issue and a chronicle as MinerU writes
// them with its formula model on, every figure TeX inline math spaced
// token by token: the cover's number, the contents' pages, the dates, the
// ranges ($1 0 \sim 1 1$, $1 0 - 1 2$), per cents ($6 . 1 \%$, $9.\,9\%$),
// a temperature, a word set upright ($\mathrm{GDP}$) all
// read as text; a real formula ($x + y$) and money ($100 和 $200) left as
// they are. The dates, the cover's number and the pages had all been lost,
// silently.
func TestInlineMathCopies(t *testing.T) {
	iss := checkRedTeam(t, redTeamCase{
		file:    "rt-w22-math-mineru.md",
		cover:   "宁川月报|2023|11|宁川县地方史志办公室|2023-12-04",
		entries: "时政要闻|县委召开常委会议|2023-11-03|1; 时政要闻|全县经济运行分析会召开|2023-11-10..2023-11-11|1; 工作动态|县志办开展地情资料征集活动|2023-11-20|1",
	})
	if iss.Total != 215 {
		t.Errorf("total number %d, want 215", iss.Total)
	}
	var pages []int
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			pages = append(pages, e.Page)
		}
	}
	if fmt.Sprint(pages) != "[1 2 3]" {
		t.Errorf("pages %v, want [1 2 3]", pages)
	}
	want := []string{
		"11月3日，县委召开常委会议，传达学习全省经济工作会议精神，研究部署全县冬春季安全生产工作，全县12个乡镇参加。",
		"11月10～11日，全县经济运行分析会召开。前三季度全县地区生产总值同比增长6.1%，规模以上工业增加值增长9.9%，完成固定资产投资1850万元，GDP 总量居全市第3位。",
		"11月20日，县志办在全县开展地情资料征集活动，共征集图片、文献资料320余件。气温降至-5°C时仍坚持走访，人均走访 $x + y$ 户的说法不实。出口额 $100 和 $200 两项另计。",
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, e.Paragraphs[0].Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("text\n got  %q\n want %q", got, want)
	}

	chron := checkRedTeam(t, redTeamCase{
		file:    "rt-w22-math-chronicle.md",
		cover:   "宁川县 2023年大事记|0|0||",
		entries: "1月||2023-01-03|1; 1月||2023-01-10..2023-01-12|1; 1月||2023-01-10|1; 2月||2023-02-05|1; 2月||2023-02-14..2023-03-02|1",
	})
	if p := chron.Sections[1].Entries[1].Paragraphs[0].Text; p != "2月14日至3月2日\u3000全县开展春季植树造林活动，植树12.6万株。" {
		t.Errorf("the last event: %q", p)
	}
}

// TestUnmath: which spans are figures, and the spaces around them.
func TestUnmath(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`同比增长 $9.\,9\%$ ；利润`, `同比增长9.9%；利润`},
		// A quantity's figure is the object of the word before it: the
		// space before the span goes (a search for 全县12个 had missed
		// 全县 12个); a date's stays, which may part a title from it.
		{`全县 $1 2$ 个乡镇`, `全县12个乡镇`},
		{`共 $3 2 0$ 余件`, `共320余件`},
		{`是 $2 0 2 3$ 年的`, `是 2023年的`},
		{`会议 $1 1$ 日召开`, `会议 11日召开`},
		{`$1 1$ 月 $3$ 日，县委`, `11月3日，县委`},
		{`召开 $3$ 月 $1 5$ 日，全县`, `召开 3月15日，全县`},    // a run-in title keeps its space
		{`**会议召开** $3$ 月 $5$ 日`, `**会议召开** 3月5日`}, // and a bold one
		{`第 $1 1$ 期（总第 $2 1 5$ 期）`, `第11期（总第215期）`},
		{`（ $2 0 2 3$ ）`, `（2023）`},
		{`$1$ 县乡镇企业局：`, `1 县乡镇企业局：`}, // a note's number keeps its space
		{`- $1 0$ 日 县委`, `- 10日 县委`},
		{`$\textcircled{1}$ 加强领导`, `① 加强领导`},
		{`$3 \sim 5$ 日`, `3～5日`},
		{`气温 $- 5 ^ { \circ } \mathrm { C }$ 。`, `气温 -5°C。`},
		{`$\mathrm{GDP}$ 总量`, `GDP 总量`},
		{`$x^{2}$ 与 $x$`, `$x^{2}$ 与 $x$`}, // formulas
		{`$\frac{1}{2}$`, `$\frac{1}{2}$`}, // a command not a figure's
		{`$100 和 $200`, `$100 和 $200`},     // money: no closing $
		{`价格 \$5 与 \$6`, `价格 \$5 与 \$6`},   // escaped dollars
		{`$$1$$`, `$$1$$`}, // display math
		{`$ 1 $`, `$ 1 $`}, // spaces inside the dollars: not math
		{`$1$0`, `$1$0`},   // a figure right after the closing $
		{`$1 8 5 0$ 万元`, `1850万元`},
		{`G $2 0$ 峰会`, `G 20 峰会`},
		{`余件 $^{1}$ 。`, `余件<sup>1</sup>。`}, // a note's call, as a web page sets it
		{`工作 $^{\textcircled{2}}$ 。`, `工作<sup>②</sup>。`},
		{`$^{[3]}$ 见`, `<sup>3</sup> 见`},
		{`$x^{1 0 0}$`, `$x^{1 0 0}$`},                       // a power
		{`面积 $1 2 0 0 \mathrm{km}$ $^{2}$ 。`, `面积 1200km²。`}, // a unit's power, no call
		{`容积 $5 0 \mathrm { m }$ $^{3}$`, `容积 50m³`},
		// Two numbers a word space apart are no one number: left as they
		// are (they had read 23.524.1, 4546 and 11月1011日, silently).
		{`分别为 $2 3 . 5 \quad 2 4 . 1$ 万吨`, `分别为 $2 3 . 5 \quad 2 4 . 1$ 万吨`},
		{`面积 $4 5 \ 4 6$ 万亩`, `面积 $4 5 \ 4 6$ 万亩`},
		{`$1 1$ 月 $1 0 ~ 1 1$ 日`, `11月 $1 0 ~ 1 1$ 日`},
		{`$1 2 \quad \mathrm{km}$`, `12km`}, // a space before a unit is none
		// Prose between two dollars that are money: no span.
		{`纺织品报价$8，均以美元（$）计`, `纺织品报价$8，均以美元（$）计`},
	} {
		if got, _ := unmath(c.in); got != c.want {
			t.Errorf("unmath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestInlineMathNotes: a note's call and its label a formula OCR set as a
// superscript ($^{1}$, $^{\textcircled{2}}$) are the note's, as a web
// page's <sup>1</sup> is: [1] and ② in the text, the notes their own
// paragraphs (the TeX had stayed in the text).
func TestInlineMathNotes(t *testing.T) {
	all, err := ParseAll([]byte(`# 宁川月报

2023年第11期

## 工作动态

### 县志办开展地情资料征集活动

11月20日，县志办开展地情资料征集活动，共征集资料 $3 2 0$ 余件 $^{1}$ 。会议强调要做好整理工作 $^{\textcircled{2}}$ 。

$^{1}$ 其中图片 $2 0 0$ 余幅。

$^{\textcircled{2}}$ 见《宁川县志》。
`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range all[0].Sections[0].Entries[0].Paragraphs {
		got = append(got, p.Text)
	}
	want := []string{"11月20日，县志办开展地情资料征集活动，共征集资料320余件[1]。会议强调要做好整理工作②。", "[1] 其中图片200余幅。", "② 见《宁川县志》。"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs\n got  %q\n want %q", got, want)
	}
}
