package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// cxForm is one realistic transform of a copy, as one of the sweeps
// applies it (its own function, its own skips): f changes the text, fold
// is what the sweep folds both outlines by (nil: none), leave says which
// fixtures the sweep leaves out (by the fixture's path, its text and its
// reading), fits which changed copies it counts (nil: all). A loose form
// (a wrap, pages) is allowed a difference that a warning says.
type cxForm struct {
	name  string
	f     func(string) string
	fr    func(text string, ref []*model.Issue) string // f, for a form that asks the copy's reading
	fold  func(string) string
	leave func(path, text string, ref []*model.Issue) bool
	fits  func(string) bool
	loose bool
	// quiet is a warning the form takes away rightly (pages printed in
	// a copy answer "entry … has no page"), not counted.
	quiet func(model.Warning) bool
}

var (
	cxCorner    = strings.NewReplacer("“", "「", "”", "」", "‘", "『", "’", "』")
	cxHalfFold  = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9")
	cxHalfBrack = strings.NewReplacer("（", "(", "）", ")")
	cxStop      = strings.NewReplacer("。", "．")
	cxStopFold  = strings.NewReplacer("．", "。")
)

// cxForms are the transforms the compositions draw on, by name.
func cxForms() map[string]cxForm {
	base := func(p string) string { return filepath.Base(p) }
	return map[string]cxForm{
		"traditional":   {name: "traditional", f: toHant, fold: foldHant},
		"corner quotes": {name: "corner quotes", f: cxCorner.Replace, fold: cxCorner.Replace},
		"numeral dates": {name: "numeral dates", f: cnDatesByWords, fold: cnDatesByWords,
			leave: func(p, _ string, _ []*model.Issue) bool { _, ok := cnDatesSkip[base(p)]; return ok }},
		"full-width figures": {name: "full-width figures", f: fullWidthByHan, fold: cxHalfFold.Replace,
			leave: func(p, _ string, _ []*model.Issue) bool { _, ok := fullWidthSkip[p]; return ok }},
		"half-width brackets": {name: "half-width brackets", f: cxHalfBrack.Replace, fold: cxHalfBrack.Replace},
		"full stop ．": {name: "full stop ．", f: cxStop.Replace, fold: cxStopFold.Replace,
			leave: func(p, _ string, _ []*model.Issue) bool { _, ok := fullStopSkip[base(p)]; return ok }},
		"indented": {name: "indented", f: func(s string) string { return indentParagraphs(s, "\u3000\u3000") },
			leave: func(p, _ string, _ []*model.Issue) bool { _, ok := indentSkip[base(p)]; return ok }},
		"CRLF": {name: "CRLF", f: func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
		"backslash": {name: "backslash", f: func(s string) string { return hardBroken(s, "\\") },
			leave: func(_, text string, _ []*model.Issue) bool { return laidOut(text) }},
		"two spaces": {name: "two spaces", f: trailingBlanks},
		"math": {name: "math", f: func(s string) string { return mathWrap(s, true) }, fold: cxNoSpace, loose: true,
			leave: func(p, text string, _ []*model.Issue) bool {
				_, ok := mathSkip[base(p)]
				return ok || w18wrHardWrapped(text) || spacedCopy(text)
			}},
		"wrapped 48": {name: "wrapped 48", f: func(s string) string { return w18wrWrap(s, 48) }, loose: true,
			leave: func(p, text string, _ []*model.Issue) bool {
				_, ok := w18wrSkip[48][base(p)]
				return ok || w18wrHardWrapped(text) || w18wrLayout.MatchString(text)
			},
			fits: func(x string) bool { return w18wrHardWrapped(x) && w18wrWidthShows(x) }},
		"blank lines lost": {name: "blank lines lost", fr: func(s string, ref []*model.Issue) string { return blankLost(s, ref, false) }, loose: true,
			leave: func(p, text string, _ []*model.Issue) bool {
				_, ok := blankLostSkip[0][base(p)]
				return ok || blankLostSet(text)
			}},
		"pages": {name: "pages", f: func(s string) string { return withFurniture(s, pfBreak{"— %d —", false, "", true, 3, false}) }, loose: true,
			leave: func(p, text string, ref []*model.Issue) bool {
				_, ok := pfSkip[p]
				return ok || pfPaged(ref) || strings.Contains(text, "\f")
			},
			quiet: func(w model.Warning) bool { return strings.Contains(w.Message, "page") }},
	}
}

// cxNoSpace takes white space out of an outline (a math span's spaces).
func cxNoSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// cxCompositions are the transforms that one converter's or one
// office's copy carries at once, applied in turn (the typist's first,
// then the converter's), each with whose copy it is.
var cxCompositions = []struct {
	forms []string
	who   string
}{
	// Alone, for the counts the loose forms' pairs compare with.
	{[]string{"wrapped 48"}, "alone"},
	{[]string{"pages"}, "alone"},
	{[]string{"math"}, "alone"},
	{[]string{"traditional", "corner quotes"}, "a Taiwan or Hong Kong office: traditional characters and corner quotes"},
	{[]string{"traditional", "full-width figures"}, "a Taiwan or Hong Kong office typing in the IME's full-width mode"},
	{[]string{"traditional", "corner quotes", "full-width figures"}, "a Taiwan or Hong Kong office, all three"},
	{[]string{"numeral dates", "traditional"}, "a Taiwanese chronicle or gazetteer: dates in Chinese numerals, traditional characters"},
	{[]string{"numeral dates", "traditional", "corner quotes"}, "the same, quotes cornered"},
	{[]string{"numeral dates", "full-width figures"}, "an office keeping the old 公文 style, typed full-width (２０２３年十一月三日)"},
	{[]string{"full-width figures", "indented"}, "Word or WPS saved as text: full-width mode, paragraphs set in by 　　"},
	{[]string{"indented", "CRLF"}, "Word or WPS saved as text on Windows"},
	{[]string{"full-width figures", "indented", "CRLF"}, "the same, all three"},
	{[]string{"full stop ．", "half-width brackets"}, "an OCR copy: ． for 。, () for （）"},
	{[]string{"full stop ．", "full-width figures"}, "an OCR copy: ． for 。, figures full-width"},
	{[]string{"half-width brackets", "math"}, "MinerU: half-width brackets, figures as math"},
	{[]string{"half-width brackets", "wrapped 48"}, "plain pdftotext of a Word copy typed with ()"},
	{[]string{"wrapped 48", "pages"}, "plain pdftotext: lines cut at the column, pages printed in"},
	{[]string{"wrapped 48", "CRLF"}, "a Windows text file cut at its column"},
	{[]string{"indented", "wrapped 48"}, "a text copy set in and cut at its column (an e-book's TXT, pdftotext of a Word copy)"},
	{[]string{"full stop ．", "wrapped 48"}, "an OCR copy of a scan, its lines kept"},
	{[]string{"full-width figures", "backslash"}, "pandoc of a docx typed full-width, its lines ended by Shift+Enter"},
	{[]string{"indented", "two spaces"}, "Typora or turndown of a docx set in by 　　"},
	{[]string{"corner quotes", "half-width brackets", "full stop ．"}, "an OCR copy of a Hong Kong print"},
	{[]string{"traditional", "wrapped 48"}, "plain pdftotext of a Taiwan or Hong Kong print"},
	{[]string{"numeral dates", "wrapped 48"}, "plain pdftotext of an old-style chronicle"},
	{[]string{"corner quotes", "wrapped 48"}, "plain pdftotext of a Hong Kong print"},
	{[]string{"traditional", "pages"}, "a Taiwan or Hong Kong print's pages"},
	{[]string{"full stop ．", "pages"}, "an OCR copy of a scan, its pages' furniture kept"},
	{[]string{"half-width brackets", "pages"}, "pdftotext of a Word copy typed with ()"},
	{[]string{"full-width figures", "blank lines lost"}, "WPS saved as text: full-width mode, no blank lines"},
	{[]string{"traditional", "blank lines lost"}, "a Taiwan or Hong Kong office's Word saved as text"},
	{[]string{"full stop ．", "blank lines lost"}, "an OCR copy, a paragraph a line"},
	{[]string{"half-width brackets", "blank lines lost"}, "docx2txt of a copy typed with ()"},
	{[]string{"blank lines lost", "CRLF"}, "WPS saved as text on Windows"},
	{[]string{"blank lines lost", "pages"}, "plain pdftotext, a paragraph a line, pages printed in"},
	{[]string{"traditional", "indented"}, "a Taiwan or Hong Kong office's Word saved as text, paragraphs set in"},
	{[]string{"numeral dates", "blank lines lost"}, "an old-style office's Word saved as text, no blank lines"},
	{[]string{"full-width figures", "two spaces"}, "Typora or turndown of a docx typed full-width"},
	{[]string{"traditional", "backslash"}, "pandoc of a Taiwan or Hong Kong office's docx, lines ended by Shift+Enter"},
	{[]string{"traditional", "math"}, "MinerU of a Taiwan or Hong Kong print"},
	{[]string{"corner quotes", "math"}, "MinerU of a print with corner quotes"},
	{[]string{"full stop ．", "math"}, "MinerU of a scan whose 。 its OCR read ．"},
}

// cxSkip are the fixtures a composition still reads otherwise, by the
// composition's name then the fixture's, each with why.
var cxSkip = map[string]map[string]string{
	"numeral dates + full-width figures": {
		"rt-fb-stage-points.md": "reads better so: a narrow column whose wrap the wider words move; the source runs its list's first item into the paragraph above (…推进：- 动员部署阶段…), the composed copy does not",
	},
	"half-width brackets + wrapped 48": {
		"rt-wb-front-matter.md": cxFrontMatter,
		"rt-w17-cn-fanli.md":    "open: a yearbook's 凡　例 over its points set in and cut, read as a section of its own (the year its points state is kept: the 条目' dates had lost it)",
	},
	"indented + wrapped 48": {
		"rt-c2-doubled.md": "artefact: every character doubled line by line (an OCR's), the cut parts the pairs (as the wrap sweep's at 34)",
		"furniture.md":     "artefact: the transform sets in the rest of a paragraph a page cut (重点 / — 3 — / 　　项目建设等工作。), as no typist does: an indent is a paragraph's first line's",
	},
	"full stop ． + wrapped 48": {"rt-wb-front-matter.md": cxFrontMatter},
	"numeral dates + wrapped 48": {
		"rt-wb-front-matter.md": cxFrontMatter,
		"rt-w3-whole-web.md":    "open: a web page's footer (责任编辑：赵文华) after text the wrap cut, read as the last entry's text",
		"rt-w23-op23-feet.md":   "open: an editor's line under a line the wrap filled to its width (…共征集资料320余件。 / 责任编辑：王丽), no blank line between: joined to it as the wrap's rest",
	},
	"wrapped 48 + pages": {
		"rt-w11-whole-zhuankan.md": "open: a speech's title the wrap cut (…推进大会上 / 的讲话), a page's break under it, then its speaker and date: the date lost",
		"rt-w17-bd-report.md":      "ambiguous: a sentence's end three cells short of the wrap at a page's foot (…进行评审。 / — 3 — / 专家组认为，…): a paragraph's end or a line the page cut, within the wrap's slack",
	},
	"blank lines lost + pages": {
		"rt-c3-yearbook-caption.md": "open: one page's break on the cover, its head (宁川年鉴) printed once, read as a section",
		"rt-w17-hd-web-site-h1.md":  "artefact: a page's break printed into a web page's chrome (its site's name, its date line), as no printed copy of a page sets one",
	},
}

// cxFrontMatter: a web page's YAML front matter (trafilatura's) cut at the
// column, which no converter does: the front matter is no text of the
// page's.
const cxFrontMatter = "artefact: a web page's YAML front matter cut by the wrap (description: … / —2020）》评审会。), as no converter cuts it"

func cxName(forms []string) string { return strings.Join(forms, " + ") }

// TestComposedReadTheSame: every fixture reads the same with two or three
// realistic transforms at once, as one converter or office gives them
// (cxCompositions), each sweep's own skips applied.
func TestComposedReadTheSame(t *testing.T) {
	forms := cxForms()
	fixtures := fixtureTexts(t)
	var report strings.Builder
	none := func(model.Warning) bool { return false }
	type ref struct {
		all []*model.Issue
	}
	refs := make([][]*model.Issue, len(fixtures))
	for i, fx := range fixtures {
		all, err := ParseAll([]byte(fx.text))
		if err != nil {
			t.Fatal(err)
		}
		refs[i] = all
	}
	for _, c := range cxCompositions {
		name := cxName(c.forms)
		tried, silent, warned, counts := 0, 0, 0, 0
		for i, fx := range fixtures {
			base := filepath.Base(fx.path)
			why, skipped := cxSkip[name][base]
			x := fx.text
			loose, left := false, false
			var folds []func(string) string
			var quiet []func(model.Warning) bool
			for _, fn := range c.forms {
				f := forms[fn]
				if f.leave != nil && f.leave(fx.path, fx.text, refs[i]) {
					left = true
					break
				}
				var y string
				if f.fr != nil {
					y = f.fr(x, refs[i])
				} else {
					y = f.f(x)
				}
				if y == x {
					left = true // (each transform must change the copy)
					break
				}
				x = y
				if f.fits != nil && !f.fits(x) {
					left = true
					break
				}
				loose = loose || f.loose
				if f.fold != nil {
					folds = append(folds, f.fold)
				}
				if f.quiet != nil {
					quiet = append(quiet, f.quiet)
				}
			}
			if left {
				continue
			}
			// (Undone in the reverse order: the last transform's fold
			// first, so that ４月２日 folds to 4月2日 before 四月二日.)
			fold := func(s string) string {
				for k := len(folds) - 1; k >= 0; k-- {
					s = folds[k](s)
				}
				return s
			}
			nw := func(all []*model.Issue) int {
				n := 0
				for _, i := range all {
				warning:
					for _, w := range i.Warnings {
						for _, q := range quiet {
							if q(w) {
								continue warning
							}
						}
						n++
					}
				}
				return n
			}
			got, err := ParseAll([]byte(x))
			if err != nil {
				t.Errorf("%s, %s: %v", fx.path, name, err)
				continue
			}
			tried++
			d := shapeDiff(fold(shapeCounting(refs[i], none)), fold(shapeCounting(got, none)))
			if skipped {
				if d == "" {
					t.Errorf("%s with %s reads the same now: take it out of cxSkip (%s)", fx.path, name, why)
				}
				fmt.Fprintf(&report, "== skipped %s [%s]: %s\n", fx.path, name, why)
				continue
			}
			switch {
			case d != "" && nw(got) > nw(refs[i]):
				warned++
				fmt.Fprintf(&report, "== warned %s [%s]\n%s\n", fx.path, name, d)
				if !loose {
					t.Errorf("%s with %s reads otherwise (warned): %s", fx.path, name, d)
				}
			case d != "":
				silent++
				fmt.Fprintf(&report, "== SILENT %s [%s]\n%s\n", fx.path, name, d)
				t.Errorf("%s with %s reads otherwise, silently: %s", fx.path, name, d)
			case !loose && nw(got) != nw(refs[i]):
				counts++
				fmt.Fprintf(&report, "== WARNINGS %s [%s]: %d -> %d\n", fx.path, name, nw(refs[i]), nw(got))
				t.Errorf("%s with %s: %d warnings, not %d", fx.path, name, nw(got), nw(refs[i]))
			}
		}
		fmt.Fprintf(&report, "-- %s: tried %d, SILENT %d, warned %d, warnings only %d\n", name, tried, silent, warned, counts)
		t.Logf("%s: tried %d, SILENT %d, warned %d, warnings only %d", name, tried, silent, warned, counts)
		if tried < 25 {
			t.Errorf("%s: only %d fixtures tried", name, tried)
		}
	}
	if out := os.Getenv("CX_REPORT"); out != "" {
		os.WriteFile(out, []byte(report.String()), 0o644)
	}
}

// TestComposedPdftotextExact: a briefing as plain pdftotext gives it, cut
// at its column with its pages' folios and heads printed in: an item's
// date in brackets the wrap cut at a page's foot (…出席会议。（五月八 /
// 日）), a credit so (…参加。（县志办 / 供稿）), each over the bold title
// atop the next page; a notice's annexes, the first after its label
// (附件：1. …要点), the second atop the next page. Before, the bold titles
// had run into the item above as its text (the item lost, its date the
// first's, silently), and the second annex into the first.
func TestComposedPdftotextExact(t *testing.T) {
	c := redTeamCase{"rt-w23-cx23-pdftotext.md", "宁川史志简报|2024|5||",
		"工作动态|市志办召开年鉴评审会|2024-05-08|1; 工作动态|东城区召开村志编纂推进会||1; " +
			"工作动态|县史志办召开2024年度工作会议|2024-05-12|5", ""}
	iss := checkRedTeam(t, c)
	checkParas(t, c.file, []*model.Issue{iss}, map[int][]string{
		0: {"市志办召开《宁川年鉴（2024）》评审会，省史志办专家出席会议。（五月八日）"},
		1: {"东城区召开村志编纂推进会，全区12个村的编纂人员参加。（县志办供稿）"},
		2: {"5月12日，县史志办召开2024年度工作会议，会议印发了年度工作要点。",
			"附件：1. 宁川县地方史志办公室2024年工作要点", "2. 《宁川年鉴（2024）》供稿单位及分工表",
			"3. 村志编纂工作进度安排", "会议要求各单位按期报送年度资料。"},
	})
}

// TestComposedTesseractStopsExact: a Tesseract copy of a traditional
// chronicle, its characters set apart, no blank line between its events,
// each event ended by ． (as OCR reads 。): each event its own, dated (the
// month's event had run into the day's above, 是年 into 6月上旬's,
// silently).
func TestComposedTesseractStopsExact(t *testing.T) {
	all := parseAllFile(t, "rt-w23-cx23-tess-stops.md")
	var got []string
	for _, s := range all[0].Sections {
		for _, e := range s.Entries {
			got = append(got, fmt.Sprintf("%s|%s|%d", s.Name, e.Date, len(e.Paragraphs)))
		}
	}
	want := "民國三十八年(1949年)|1949-10-01|1; 民國三十八年(1949年)|1949-11|1; 1950年|1950-01-03|1; 1950年|1950-01-03|1; " +
		"1950年|1950-03-05..1950-03-08|1; 1950年|1950-03|1; 1950年|1950-06|1; 1950年|1950|1"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("entries\n got  %s\n want %s", g, want)
	}
	if len(all) != 1 || len(all[0].Warnings) != 0 {
		t.Errorf("%d issues, warnings %v", len(all), all[0].Warnings)
	}
}

// TestComposedPictureCaptionExact: a docx as pandoc writes it, cut at its
// column: a paragraph whose sentence ends its full last line, a picture,
// and the picture's caption the wrap cut inside its credit (…工作部署（县史志
// / 办　供图）). The caption is a paragraph of its own, the text under it
// too (all three had been one paragraph, silently).
func TestComposedPictureCaptionExact(t *testing.T) {
	c := redTeamCase{"rt-w23-cx23-pandoc-caption.md", "宁川史志|2023|11||",
		"工作动态|县史志办召开年鉴编纂工作会议|2023-11-08|3; 工作动态|县志办开展地情资料征集活动|2023-11-20|1", ""}
	iss := checkRedTeam(t, c)
	checkParas(t, c.file, []*model.Issue{iss}, map[int][]string{
		0: {"11月8日，县史志办召开《宁川年鉴（2023）》编纂工作会议，部署年鉴资料征集和稿件编审工作，各供稿单位分管负责同志和业务骨干人员参加了会议。",
			"会议现场，县史志办主任王建国作工作部署（县史志办\u3000供图）",
			"会议要求，各单位要按时报送年鉴资料，严把资料质量关，确保年鉴按期出版。"},
	})
}
