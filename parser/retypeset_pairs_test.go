package parser

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unsafe"

	"github.com/yuebao/yuebao/model"
)

var retypesetQuads = flag.Int("retypeset.quads", 0, "with -retypeset.pairs, try `N` random merges of four variants instead")

var retypesetTriples = flag.Int("retypeset.triples", 0, "with -retypeset.pairs, try `N` random merges of three variants instead")

var retypesetPairs = flag.Bool("retypeset.pairs", false, "print every pair of re-typeset variants whose merge parses otherwise")

// mergeTypeset sets into a every field of b that is not zero, nested
// structs field by field.
func mergeTypeset(a, b typeset) typeset {
	mergeValue(reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem())
	return a
}

// mergeNamed merges the variants named, each over the ones before.
func mergeNamed(t *testing.T, names []string) typeset {
	t.Helper()
	byName := map[string]retypeVariant{}
	for _, v := range retypeVariants() {
		byName[v.name] = v
	}
	var ts typeset
	for i, name := range names {
		v, ok := byName[name]
		if !ok {
			t.Fatalf("no variant %q", name)
		}
		if i == 0 {
			ts = v.ts
		} else {
			ts = mergeTypeset(ts, v.ts)
		}
	}
	return ts
}

func mergeValue(dst, src reflect.Value) {
	for i := 0; i < src.NumField(); i++ {
		f := src.Field(i)
		d := dst.Field(i)
		d = reflect.NewAt(d.Type(), unsafe.Pointer(d.UnsafeAddr())).Elem()
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		if f.IsZero() {
			continue
		}
		if f.Kind() == reflect.Struct {
			mergeValue(d, f)
			continue
		}
		d.Set(f)
	}
}

// retypePairs are merges of two variants (the second's styles over the
// first's) that parsed otherwise, silently, before the parser read them:
// the forms each handles alone, met in one copy.
var retypePairs = [][]string{
	// A title cut into two bold lines atop a page, under the footer of
	// the page before, no blank line between.
	{"furniture/— 12 — only, tight", "titles/two bold lines, no TOC"},
	{"furniture/12, \\f, head", "titles/two bold lines, no TOC"},
	// A Setext heading atop a page, after a sentence the page cut.
	{"furniture/— 12 —, \\f, head", "sections/setext ==="},
	{"furniture/no TOC, — 12 —", "sections/setext ---"},
	// A bold run-in title the wrap cut, its colon on the second line.
	{"wrap/24, no indent", "titles/run-in with a colon, no TOC"},
	{"wrap/17, indent 　　", "titles/run-in with a colon, no TOC"},
	// A run-in title's colon after an HTML paragraph's tag or a list's
	// marker.
	{"tags/p inline", "titles/run-in with a colon, no TOC"},
	{"body/bulleted titles", "titles/run-in with a colon, no TOC"},
	{"invisible/nbsp", "titles/run-in with a colon, no TOC"},
	{"invisible/zwsp", "titles/run-in with a colon, no TOC"},
	{"furniture/\\f glued to the text, no head", "titles/run-in with a colon, no TOC"},
	// A ***bold italic*** title the wrap cut.
	{"titles/***bold italic***", "wrap/40, no indent"},
	{"titles/***bold italic***", "wrap/24, indent 　　"},
	// A block quote's mark after a form feed glued to the line.
	{"furniture/\\f glued to the text, no head", "body/block quotes"},
	// Bold titles in a list's items, bolded in runs or with __.
	{"titles/bold runs cut at quotes, no TOC", "body/bulleted titles"},
	{"titles/__bold__", "body/bulleted titles, no TOC"},
	// …the items indented by the typist too (-   　　**title**).
	{"wrap/24, indent 　　", "body/bulleted titles, no TOC"},
	{"wrap/17, indent 　　", "body/bulleted titles, no TOC"},
	// A column's name atop the one page of the column, under the
	// publication's head and over the column's heading, with no
	// contents to name it.
	{"furniture/column head under the publication's, — 12 —, \\f", "sections/every heading ## (docling), no TOC"},
	// A title bolded in runs around its quotes (pandoc's docx), cut by
	// the wrap inside its last run: the closing quote was doubled.
	{"wrap/24, no indent", "titles/bold runs cut at quotes"},
	{"wrap/the whole copy at 40 cells", "titles/bold runs cut at quotes"},
	// A section's name as a plain line atop a page, under a sentence
	// the page cut, set tight: the section's heading, no running head.
	{"furniture/— 12 — only, tight", "sections/plain lines"},
	{"furniture/12 only, tight", "sections/plain lines"},
	// A column's name atop its pages, its heading set Setext's way.
	{"furniture/column head, no TOC, — 12 —", "sections/setext ==="},
	{"furniture/column head, no TOC, — 12 —", "sections/setext ---"},
	// A picture at a page's foot, over the page's number.
	{"furniture/no TOC, — 12 —", "tags/![](images) lines"},
	{"furniture/TOC without pages", "tags/<img> lines"},
	// A picture's line escaped with the rest of the punctuation (a
	// converter's escapes over another's Markdown): kept as text.
	{"tags/![](images) lines", "escaped/brackets"},
	{"tags/![](images) lines", "escaped/all punctuation"},
	// A __bold__ title the wrap cut, under a list's dash: its __ had
	// been read as text, the entry untitled.
	{"wrap/33, indent 2 spaces", "titles/__bold__", "body/bulleted titles, no TOC"},
	{"titles/bold runs cut at quotes, no TOC", "titles/__bold__", "wrap/17, indent 　　"},
	// A column's name atop a page, set tight under the page's head and
	// underlined ---, after a sentence.
	{"sections/setext ---", "furniture/head with the page at the outer corner, tight, no TOC", "wrap/24, indent 　　, ** closing on the next line"},
	{"wrap/the whole copy at 40 cells", "sections/setext ---", "furniture/column head, no TOC, — 12 —"},
	// A column that begins inside a page and goes on atop the next, its
	// name there the page's head, once: it had been a second section.
	{"body/bulleted titles, no TOC", "furniture/column head, 12, tight", "wrap/the whole copy at 66 cells, no markup"},
	// pdftotext's form feed before an indented run-in title: its bold
	// and colon had not been read past the feed.
	{"titles/run-in with a colon, no TOC", "pdftotext -layout", "furniture/\\f glued to the text, no head"},
	// A title cut by a wrap narrower than its text's (…供暖等工 / 作): the
	// text under it says the words across the cut as one.
	{"wrap/the whole copy at 50 cells, no markup, furniture", "body/bulleted titles, no TOC", "pdftotext -layout, no markup at all"},
	// A numbered contents line the wrap cut: its number had stayed in
	// the title.
	{"toc/numbered 1.", "wrap/the whole copy at 40 cells"},
	{"toc/numbered （一）", "wrap/the whole copy at 66 cells, no markup"},
	// …and one that prints no pages.
	{"toc/numbered 1.", "furniture/TOC without pages"},
	// A page one space after its title, in full-width figures (… ６):
	// the contents had kept their pages in their titles.
	{"leader/one space, under 目录", "page/６"},
	// A page - 6 - after a title that ends in a quote (领跑县”	- 38 -):
	// no page number run into a sentence's end.
	{"leader/tab", "page/- 6 -"},
	{"page/- 6 -", "wrap/the whole copy at 44 cells, no markup"},
	// A contents without pages, its sections' names plain lines over
	// bulleted titles, the pages from the furniture: it had been one
	// nameless section, the body's columns not read, no warning.
	{"furniture/column head, 12, plain sections", "furniture/TOC without pages"},
	// …and its titles in blocks under the names, no bullets
	// (pdftotext -layout).
	{"furniture/TOC without pages", "pdftotext -layout, no Markdown headings"},
	// A web page's <p><strong>title</strong>：11月1日，…: the titles had
	// been no titles, each column one untitled entry.
	{"tags/p inline, strong titles", "titles/run-in with a colon, no TOC"},
	// A docx's bulleted paragraphs with no markup at all (pandoc's plain
	// output, a PDF's text), hard-wrapped with no blank lines, the wrap
	// cutting each run-in title before its date (-   会议甲…重 / 点…召开
	// 11月1日，…): most items had been one untitled entry's text. (At
	// 44 cells, a plain title as wide as the wrap with a 、 in it, over
	// its set-in text, had been the entry above's text too.)
	{"wrap/the whole copy at 44 cells, no markup", "body/bulleted titles, no TOC"},
	{"wrap/the whole copy at 50 cells, no markup, furniture", "body/bulleted titles, no TOC"},
	{"wrap/the whole copy at 66 cells, no markup", "body/bulleted titles, no TOC"},
	{"pdftotext -layout, no markup at all", "body/bulleted titles, no TOC"},
	// …and with contents to name the titles: each item's text had been
	// one untitled entry's, warned of.
	{"wrap/the whole copy at 44 cells, no markup", "body/bulleted titles"},
	{"wrap/the whole copy at 50 cells, no markup, furniture", "body/bulleted titles"},
	{"wrap/the whole copy at 66 cells, no markup", "body/bulleted titles"},
	{"pdftotext -layout, no markup at all", "body/bulleted titles"},
	// A copy hard-wrapped in cells, its figures half-width on the page
	// and full-width in the text (an OCR's): measured in cells, a tenth
	// of its lines had been wider than the wrap, the copy not
	// hard-wrapped, each sentence that ended a full line a paragraph's end.
	{"wrap/24, indent 　　", "script/full-width figures"},
	{"wrap/24, indent 　　, ** closing on the next line", "script/full-width figures"},
	{"wrap/24, no indent", "script/full-width figures"},
	{"wrap/the whole copy at 50 cells, no markup, furniture", "script/full-width figures"},
	// A date with no-break spaces (11 月 3 日), letter-spaced: the
	// no-break space and the spacing's two around it had read as a gap
	// set on purpose, the date left spaced.
	{"invisible/nbsp", "ocr/letter-spaced (Tesseract)"},
	// Every title a heading at one level, as docling and MinerU set them,
	// under sections' names marked otherwise (a Setext heading, 一、) with
	// no contents: the headings are the titles (they had been sections,
	// the names empty sections, silently).
	{"sections/setext ---", "sections/every heading ## (docling), no TOC"},
	{"sections/setext ===", "sections/every heading ## (docling), no TOC"},
	{"sections/every heading # (MinerU), no TOC", "sections/一、name in the TOC and the body"},
	// …and docling's ## titles under plain 一、 names beside bold titles:
	// the first name had been an untitled entry, warned of, the ##
	// titles sections.
	{"sections/一、name", "sections/every heading ## (docling), no TOC"},
	{"furniture/column head, — 12 —, \\f, 一、sections", "sections/every heading ## (docling), no TOC"},
	// docling's one level of headings, a column's titles run into their
	// text plain and bulleted (## 时政要闻 / -   会议甲召开 11月1日，…), no
	// contents: the heading over them a section, the items its entries
	// (the heading had been an untitled section's entry, the items its
	// text, silently).
	{"sections/every heading ##, run-in titles plain (docling)", "body/bulleted titles, no TOC"},
	// A list's items set in as block quotes (-   > **会议甲召开** 11月1日，…,
	// as pandoc writes an indented list paragraph): the title had kept
	// its > **…**, or, with no contents, been lost, silently.
	{"body/block quotes", "body/bulleted titles"},
	{"body/block quotes", "body/bulleted titles, no TOC"},
	// A title cut into two bold lines, its short rest run into its text
	// after a colon (**市委理论学习中心组举行集体学习研** / **讨**：11月9日，…):
	// the rest had been read as a label's (**时间**：…), the title as the
	// entry above's text, silently.
	{"titles/two bold lines", "titles/run-in with a colon, no TOC"},
	{"titles/run-in with a colon, no TOC", "titles/two bold lines, no TOC"},
	// …and the item atop a page, pdftotext's form feed glued before it.
	{"furniture/\\f glued to the text, no head", "body/block quotes", "body/bulleted titles"},
	// A web page's list item whose paragraph the converter kept as a tag
	// (-   <p>**title**：11月1日，…): the title had been no title, the
	// items one untitled entry's text, silently.
	{"tags/p inline", "body/bulleted titles", "titles/bold runs cut at quotes, no TOC"},
	{"titles/run-in with a colon, no TOC", "tags/p inline", "body/bulleted titles, no TOC"},
	{"body/bulleted titles", "titles/run-in with a colon, no TOC", "tags/p inline, strong titles"},
	// A web page's <p><strong>title</strong>：11月1日，… hard-wrapped, the
	// wrap cutting the title: its colon had not been read as its end.
	{"wrap/24, no indent", "tags/p inline, strong titles", "titles/run-in with a colon, no TOC"},
	// MinerU's # titles beside bold ones, the columns' names left plain
	// lines (领导活动 / # 陈向平到鲁山县调研 / 11月1日，…), no contents: the
	// headings had been sections, the name the entry above's text.
	{"sections/every heading # (MinerU), no TOC", "furniture/no TOC, — 12 —", "sections/plain lines"},
	{"sections/every heading # (MinerU), no TOC", "toc/page first 6　title", "sections/plain lines"},
	{"sections/every heading # (MinerU), no TOC", "furniture/column head, 12, plain sections", "titles/run-in with a colon, no TOC"},
	// A column's name under a picture that ends the column before, in a
	// copy with no markup nor blank lines (![](p37.png) / 县（市、区）动态 /
	// -   会议甲召开 11月2日，…): it had been the picture's caption, the
	// column lost, silently.
	{"wrap/the whole copy at 50 cells, no markup, furniture", "body/bulleted titles, no TOC", "tags/<img> lines"},
	// …and over a bold title, docling's ## titles beside them.
	{"furniture/column head, 12, plain sections", "sections/every heading ## (docling), no TOC", "tags/<img> lines"},
	// A run-in title cut into two bold lines in a list's item (-   **…研**
	// / **讨**：11月9日，…): the short second half had been a label's name.
	{"titles/run-in with a colon, no TOC", "body/bulleted titles", "escaped/brackets", "titles/two bold lines"},
	// Contents without pages whose columns' names are a list's items (-
	// 时政要闻) over blocks of plain titles, over docling's ## for every
	// heading: the names had been titles, and ## 时政要闻 an entry.
	{"furniture/TOC without pages", "leader/middots", "sections/every heading ##, run-in titles plain (docling)", "toc/sections - name"},
	// Columns' names left plain over MinerU's # titles in one column and
	// a list's items running plain titles into their text in another
	// (时政要闻 / -   会议甲召开 11月1日，… / 领导活动 / # 陈向平到叶县调研 /
	// 11月13日，…): the # had been sections, 领导活动 an empty one.
	{"sections/every heading # (MinerU), no TOC", "furniture/column head, 12, tight", "body/bulleted titles", "pdftotext -layout, no markup at all"},
}

// retypeTriples are merges of three variants, found by
// -retypeset.triples, that parsed otherwise, silently.
var retypeTriples = [][]string{
	// A Setext === under the last, full, line of a paragraph, in a copy
	// set tight: it had been joined to the paragraph.
	{"sections/setext ===", "wrap/the whole copy at 34 cells, furniture", "furniture/head with the page at the outer corner, tight, no TOC"},
	// A bulleted bold title at a form feed, its date cut by the wrap
	// after a figure (-   **title** 11 月 3): it had been taken for a
	// running head with its folio, the title lost.
	{"furniture/\\f glued to the text, no head", "body/bulleted titles, no TOC", "wrap/24, no indent"},
	// A contents without pages whose sections are ## headings, and the
	// first column's name atop the first page, right under the
	// masthead: it had been the contents' last entry.
	{"furniture/TOC without pages", "titles/***bold italic***", "furniture/column head, 12, no \\f"},
	// A contents numbered and printing its pages first (（一）6　title),
	// under bold sections' names and no heading: it had not been found,
	// its lines the body's entries.
	{"toc/page first 6　title", "toc/numbered （一）", "toc/sections **name**"},
}

// TestRetypesetPairs: each of retypePairs parses to the sample's model,
// without a warning. With -retypeset.pairs it tries every pair of
// variants and lists those that do not, grouped by their first
// difference (a search for more; many pairs ask what no copy prints).
func TestRetypesetPairs(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	ref := docFor(sample).ref
	for _, pr := range append(retypePairs[:len(retypePairs):len(retypePairs)], retypeTriples...) {
		ts := mergeNamed(t, pr)
		t.Run(strings.Join(pr, " + "), func(t *testing.T) {
			r := ts.render(sample)
			iss, err := Parse([]byte(r.text))
			if err != nil {
				t.Fatal(err)
			}
			compareModels(t, ts.expected(ref), iss, projOpts{noTOCTitles: ts.toc.title != nil, fold: ts.fold})
			if len(iss.Warnings) != 0 {
				t.Errorf("%d warnings on a complete copy:%s", len(iss.Warnings), warningsText(iss.Warnings))
			}
			if ts.body.breaks != nil {
				checkPages(t, iss.Pages, r.pages)
			}
		})
	}
	if *retypesetPairs {
		explorePairs(t, sample, ref)
	}
}

func explorePairs(t *testing.T, sample string, ref *model.Issue) {
	vs := retypeVariants()[1:]
	var combos [][]retypeVariant
	if *retypesetQuads > 0 {
		rng := rand.New(rand.NewPCG(2, uint64(*retypesetQuads)))
		for range *retypesetQuads {
			a, b, c, d := rng.IntN(len(vs)), rng.IntN(len(vs)), rng.IntN(len(vs)), rng.IntN(len(vs))
			if a != b && a != c && a != d && b != c && b != d && c != d {
				combos = append(combos, []retypeVariant{vs[a], vs[b], vs[c], vs[d]})
			}
		}
	} else if *retypesetTriples > 0 {
		rng := rand.New(rand.NewPCG(1, uint64(*retypesetTriples)))
		for range *retypesetTriples {
			a, b, c := rng.IntN(len(vs)), rng.IntN(len(vs)), rng.IntN(len(vs))
			if a != b && b != c && a != c {
				combos = append(combos, []retypeVariant{vs[a], vs[b], vs[c]})
			}
		}
	} else {
		for i := range vs {
			for j := i + 1; j < len(vs); j++ {
				combos = append(combos, []retypeVariant{vs[i], vs[j]})
			}
		}
	}
	fails := map[string][]string{}
	lost := 0
	for _, combo := range combos {
		ts := combo[0].ts
		var names []string
		for _, v := range combo {
			ts = mergeTypeset(ts, v.ts)
			names = append(names, v.name)
		}
		name := strings.Join(names, " + ")
		var r rendered
		func() {
			defer func() {
				if e := recover(); e != nil {
					r.text = ""
				}
			}()
			r = ts.render(sample)
		}()
		if r.text == "" {
			continue
		}
		iss, err := Parse([]byte(r.text))
		if err != nil {
			continue
		}
		if text, _, _, err := decode([]byte(r.text)); err == nil {
			key := name
			if !t.Run("lossless "+key, func(t *testing.T) { checkLossless(t, key, text) }) {
				lost++
			}
		}
		msg := diffSummary(ts.expected(ref), iss, projOpts{noTOCTitles: ts.toc.title != nil, fold: ts.fold})
		if len(iss.Warnings) > 0 {
			msg += fmt.Sprintf(" warnings=%d(%s)", len(iss.Warnings), clipText(iss.Warnings[0].Message, 40))
		}
		if msg != "" {
			key := name
			if len(iss.Warnings) == 0 {
				key = "SILENT " + key
			}
			fails[msg] = append(fails[msg], key)
		}
	}
	var ks []string
	for k := range fails {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return len(fails[ks[i]]) > len(fails[ks[j]]) })
	n, silent := 0, 0
	for _, k := range ks {
		n += len(fails[k])
		for _, name := range fails[k] {
			if strings.HasPrefix(name, "SILENT ") {
				silent++
			}
		}
		t.Logf("%d× %s\n    e.g. %s", len(fails[k]), k, strings.Join(fails[k][:min(6, len(fails[k]))], " | "))
	}
	t.Logf("%d failing pairs, %d of them without a warning, %d losing or changing text", n, silent, lost)
}

func diffSummary(want, got *model.Issue, o projOpts) string {
	o.noLast = true
	wf, wt, wb := projParts(project(want, o))
	gf, gt, gb := projParts(project(got, o))
	for _, p := range []struct{ name, w, g string }{{"front", wf, gf}, {"toc", wt, gt}, {"body", wb, gb}} {
		if d := projDiff(p.w, p.g); d != "" {
			return p.name + ": " + d
		}
	}
	return ""
}

var retypesetPairDump = flag.String("retypeset.pairdump", "", "write the merge of the variants named `A + B [+ C…]` to -retypeset.pairout")

var retypesetPairOut = flag.String("retypeset.pairout", "/tmp/pair.md", "the `file` -retypeset.pairdump writes")

func TestRetypesetPairDump(t *testing.T) {
	if *retypesetPairDump == "" {
		t.Skip()
	}
	ts := mergeNamed(t, strings.Split(*retypesetPairDump, " + "))
	sample := string(readTestdata(t, sampleFile))
	r := ts.render(sample)
	if err := os.WriteFile(*retypesetPairOut, []byte(r.text), 0o644); err != nil {
		t.Fatal(err)
	}
}
