package parser

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuebao/yuebao/model"
)

// The sample re-typeset every way real copies come: each variant below
// prints the content of the sample (its cover, table of contents,
// masthead and body) as another tool or office would, and must parse to
// the same model as the sample. The variants are generated, not stored;
// run with -retypeset.dump DIR to write them out and try them with
// yuebao json.

var retypesetDump = flag.String("retypeset.dump", "", "write every re-typeset variant of the sample to `DIR`")

// retypeVariant is one way to print the sample.
type retypeVariant struct {
	name string
	ts   typeset
}

// typeset says how to print the sample. The zero value prints it the
// plain Markdown way: the cover as the sample has it, the table of
// contents as "## section" headings over "- title ..... (6)" lines, the
// masthead and distribution between --- rules after it, then the body
// with "## section" headings, "**title** text" and "### title" entries
// as the sample has them, paragraphs one a line between blank lines.
type typeset struct {
	cover    coverStyle
	contents string // a contents heading printed before the table of contents ("目录"); "" for none
	noTOC    bool   // no table of contents at all
	toc      tocStyle
	mast     mastStyle
	body     bodyStyle
	// ranges gives a page range to the table-of-contents line of these
	// entries (title -> last page): the entry covers its page to that one.
	ranges map[string]int
	// cols hard-wraps the whole copy at this many cells, as pdftotext
	// prints a narrow column: cover, masthead and distribution lines are
	// cut as paragraphs are, a table-of-contents title is cut before its
	// page, which stands at the right margin after spaces. The body is
	// wrapped by body.wrap (whose cells should be the same).
	cols int
	// escape rewrites the finished copy line by line, as a converter
	// that backslash-escapes Markdown's punctuation does.
	escape func(line string) string
	// fold is how the model of the copy compares with the sample's,
	// where its text differs and that is right: the same text in
	// traditional characters; the spaces OCR set between characters,
	// which stay beside a Latin word or figure.
	fold func(string) string
}

type coverStyle struct {
	number string // "han": 2023年第十一期; "han-year": 二〇二三年第十一期
	total  string // "han-digits": （总第二一五期）; "han": （总第二百一十五期）
	date   string // "han": 二〇二三年十二月四日
}

type tocStyle struct {
	section   func(i int, name string) string // the line naming a section; nil: "## name"
	number    func(n int) string              // an enumerator printed before entry n (1-based, counting through the TOC)
	bare      bool                            // entries without the "- " list marker
	leader    func(title string) string       // what goes between title and page; nil: " ..... "
	page      func(page, last int) string     // nil: (6), (12-13)
	noPages   bool                            // lines carry no page (and no leader)
	pageFirst bool                            // the page before the title, then U+3000 (2　title)
	title     func(string) string             // the TOC's spelling of a title (quote forms); nil: as the sample
	// table sets each section's lines as a Markdown table under its
	// heading, | 序号 | 标题 | 页码 |, as a chat assistant writes one.
	table bool
}

type mastStyle struct {
	form   string // "": --- rules around it as the sample; "lines": key：value lines, no rules; "table", "table-header", "table-empty-header"
	before bool   // printed before the table of contents instead of after it
}

type bodyStyle struct {
	section   func(o *out, i int, name string) // prints a section heading; nil: "## name"
	title     func(string) string              // the body's spelling of a title; nil: as the sample
	breaks    *breakStyle                      // page furniture; nil: none
	wrap      *wrapStyle                       // hard wraps without blank lines; nil: a paragraph a line
	images    string                           // "md": ![](images/pN.png) lines; "html": <img> lines
	ptags     string                           // "inline": <p>text</p>; "lines": <p>, text, </p>; "strong": inline, titles in <strong>
	invisible string                           // "nbsp", "zwsp", "bom" or "all"
	// plainTitles prints entry titles as a PDF text layer has them, with
	// no markup: "title text" and "title" alone on a line for ### ones.
	plainTitles bool
	// bold is how a bold title is marked: "" for **title**, "__" for
	// __title__, "***" for bold italics, "runs" for pandoc's runs of a
	// docx that bolded the text but not its quotes (“**特炭之都**”).
	bold string
	// colon sets a colon between a bold title and its text (**title**：…),
	// as a run-in head.
	colon bool
	// bullet sets each bold title's line as a list item (-   **title** …),
	// as pandoc writes a docx's bulleted paragraphs.
	bullet bool
	// quote sets every paragraph in a block quote (> …), as pandoc writes
	// a docx whose paragraphs are set in from the margin.
	quote bool
	// flat prints the ### and #### titles at this heading level, the
	// sections' ("##", as docling gives every heading of a PDF, or "#"
	// with section "# name", as MinerU does); "": as the sample.
	flat string
	// twoBold cuts a bold title longer than this many characters into
	// two lines, each bold on its own, the text after the second; 0: none.
	twoBold int
}

// breakStyle is what a page break leaves in the text: the footer with
// the number of the page that ends, a form feed, the running head of the
// next page.
type breakStyle struct {
	footer func(page int) string // nil: no footer
	ff     int                   // ffNone, ffLine (\f on a line of its own), ffPrefix (\f glued to the next line, as pdftotext does)
	head   string                // the running head; "" for none
	tight  bool                  // no blank lines around the furniture
	// column heads each page with the name of the section it is in, as
	// many offices print their columns atop the pages (时政要闻 on each
	// of its pages), besides or instead of head.
	column bool
	// headPage prints the page's number in the head, at the page's outer
	// corner: 8　head on even pages, head　9 on odd ones.
	headPage bool
}

// printsPages reports whether the furniture prints the pages' numbers,
// in a footer or the head: a form feed, a running head alone or
// marker's {N} (the PDF's page index, not the printed page) tell where
// a page begins, not which it is.
func (bs *breakStyle) printsPages() bool {
	return bs != nil && (bs.footer != nil || bs.headPage)
}

const (
	ffNone = iota
	ffLine
	ffPrefix
	ffMarker // marker's {N}------ line atop each page
)

const runningHead = "平顶山月报 2023年第11期"

// wrapStyle hard-wraps body paragraphs with no blank lines between them.
type wrapStyle struct {
	width     int    // in CJK characters (two columns each)
	cells     int    // in cells, when not 0: overrides width
	indent    string // before the first line of each paragraph; "" for none
	splitBold bool   // break every bold title before its closing **
}

// rendered is a variant and what the test knows about it.
type rendered struct {
	text           string
	tocFrom, tocTo int               // 1-based lines of the table of contents, inclusive; 0 when there is none
	pages          []model.PageStart // where each printed page of the body begins
}

// sampleDoc is the content of the sample that the variants print: the
// model of the sample, and the masthead keys as printed (letter-spaced).
type sampleDoc struct {
	ref  *model.Issue
	keys []string // masthead keys as the sample prints them: 主 管
	body []docSection
}

type docSection struct {
	name    string
	entries []docEntry
}

type docEntry struct {
	title string
	level int // 0 for a bold title before the text, else the heading level (### or ####)
	page  int
	paras []string
}

var (
	sampleDocs   = map[string]*sampleDoc{}
	sampleDocsMu sync.Mutex
)

// docFor reads the content of the sample from its model (pinned by
// TestSampleGolden) and from its source lines (the heading style of each
// entry, the masthead keys).
func docFor(sample string) *sampleDoc {
	sampleDocsMu.Lock()
	defer sampleDocsMu.Unlock()
	if d := sampleDocs[sample]; d != nil {
		return d
	}
	ref := ParseText(sample)
	lines := strings.Split(sample, "\n")
	d := &sampleDoc{ref: ref}
	for _, l := range lines {
		if k, _, ok := strings.Cut(strings.TrimSpace(l), "："); ok && len(d.keys) < len(ref.Masthead) && strings.ReplaceAll(k, " ", "") == ref.Masthead[len(d.keys)].Key {
			d.keys = append(d.keys, k)
		}
	}
	if len(d.keys) != len(ref.Masthead) {
		panic(fmt.Sprintf("masthead keys of the sample: found %q for %d fields", d.keys, len(ref.Masthead)))
	}
	for _, s := range ref.Sections {
		ds := docSection{name: s.Name}
		for _, e := range s.Entries {
			de := docEntry{title: e.Title, page: e.Page}
			src := lines[e.Line-1]
			for de.level < len(src) && src[de.level] == '#' {
				de.level++
			}
			for _, p := range e.Paragraphs {
				de.paras = append(de.paras, p.Text)
			}
			ds.entries = append(ds.entries, de)
		}
		d.body = append(d.body, ds)
	}
	sampleDocs[sample] = d
	return d
}

// out collects the lines of a variant and notes where pages begin.
type out struct {
	lines     []string
	glue      bool // the next blank() is skipped: furniture glued to the text after it
	pendingFF bool // the next text line starts with \f
	bomNext   bool // the next text line starts with a byte-order mark
	pageStart int  // the page whose first text line is the next one; 0 for none
	pages     []model.PageStart
	cuts      []string        // Latin words the wrapping cut in two
	cols      int             // wrap text() lines longer than this many cells (see typeset.cols); 0: none
	noCut     map[string]bool // Latin words not to cut
	section   string          // the section being printed (breakStyle.column)
}

func (o *out) line() int { return len(o.lines) + 1 }

func (o *out) blank() {
	if o.glue {
		o.glue = false
		return
	}
	if n := len(o.lines); n > 0 && o.lines[n-1] != "" {
		o.lines = append(o.lines, "")
	}
}

// furn adds a line that is not text: furniture, markup.
func (o *out) furn(s string) { o.lines = append(o.lines, s) }

// wrapped adds s as a line of text, or, when the copy is wrapped and s
// is wider, as the lines wrapPara cuts it into.
func (o *out) wrapped(s string) {
	if o.cols == 0 || displayWidth(s) <= o.cols {
		o.text(s)
		return
	}
	ls, cuts, err := wrapParaOver(s, o.cols, "", false, false, true, o.noCut)
	if err != nil {
		panic(fmt.Sprintf("wrapping %q at %d: %v", s, o.cols, err))
	}
	o.cuts = append(o.cuts, cuts...)
	for _, l := range ls {
		o.text(l)
	}
}

// text adds a line of text.
func (o *out) text(s string) {
	o.glue = false
	if o.bomNext {
		s = "\ufeff" + s
		o.bomNext = false
	}
	if o.pendingFF {
		s = "\f" + s
		o.pendingFF = false
	}
	if o.pageStart > 0 {
		o.pages = append(o.pages, model.PageStart{Page: o.pageStart, Line: o.line()})
		o.pageStart = 0
	}
	o.lines = append(o.lines, s)
}

// pageBreak ends page `ended`: footer, form feed, running head.
func (o *out) pageBreak(ended int, b *breakStyle, last bool) {
	if !b.tight {
		o.blank()
	}
	if b.footer != nil {
		o.furn(b.footer(ended))
	}
	if last {
		if b.ff == ffLine {
			o.furn("\f")
		}
		return
	}
	o.pageHead(b, ended+1)
	o.pageStart = ended + 1
}

// pageHead starts page `page`: form feed and running head.
func (o *out) pageHead(b *breakStyle, page int) {
	switch {
	case b.ff == ffLine:
		o.furn("\f")
	case b.ff == ffMarker:
		o.furn(fmt.Sprintf("{%d}%s", o.pageStart, strings.Repeat("-", 48)))
	case b.ff == ffPrefix && b.head == "":
		o.pendingFF = true
	}
	if b.head != "" {
		h := b.head
		switch {
		case b.headPage && page%2 == 0:
			h = fmt.Sprintf("%d\u3000%s", page, h) // the outer corner: left on even pages
		case b.headPage:
			h = fmt.Sprintf("%s\u3000%d", h, page)
		}
		if b.ff == ffPrefix {
			h = "\f" + h
		}
		o.furn(h)
	}
	if b.column && o.section != "" {
		if !b.tight && b.head != "" {
			o.blank()
		}
		o.furn(o.section)
	}
	if b.tight {
		o.glue = true
	} else {
		o.blank()
	}
}

// render prints the sample in this style. Wrapping may cut a Latin word
// in two only where the word also appears unbroken in the variant, so
// that a reader can tell Sou/tis from two words; render redoes the
// wrapping until that holds.
func (ts *typeset) render(sample string) rendered {
	d := docFor(sample)
	noCut := map[string]bool{}
	for {
		r, cuts := ts.renderOnce(d, noCut)
		again := false
		for _, w := range cuts {
			if !wholeWord(r.text, w) && !noCut[w] {
				noCut[w] = true
				again = true
			}
		}
		if !again {
			return r
		}
	}
}

func (ts *typeset) renderOnce(d *sampleDoc, noCut map[string]bool) (rendered, []string) {
	o := &out{cols: ts.cols, noCut: noCut}
	ref := d.ref
	o.blank()
	ts.renderCover(o, ref)
	if ts.mast.before {
		ts.renderMasthead(o, d)
	}
	var r rendered
	if !ts.noTOC {
		r.tocFrom, r.tocTo = ts.renderTOC(o, d)
	}
	if !ts.mast.before {
		ts.renderMasthead(o, d)
	}
	o.blank()
	ts.renderBody(o, d, noCut)
	if ts.escape != nil {
		for i, l := range o.lines {
			o.lines[i] = ts.escape(l)
		}
	}
	r.text = strings.Join(o.lines, "\n") + "\n"
	r.pages = o.pages
	return r, o.cuts
}

func (ts *typeset) renderCover(o *out, ref *model.Issue) {
	o.text("# " + ref.Title)
	o.blank()
	number := fmt.Sprintf("%d年第%d期", ref.Year, ref.Number)
	switch ts.cover.number {
	case "han":
		number = fmt.Sprintf("%d年第%s期", ref.Year, hanNumber(ref.Number))
	case "han-year":
		number = fmt.Sprintf("%s年第%s期", hanDigits(ref.Year), hanNumber(ref.Number))
	}
	total := fmt.Sprintf("(总第%d期)", ref.Total)
	switch ts.cover.total {
	case "han-digits":
		total = fmt.Sprintf("（总第%s期）", hanDigits(ref.Total))
	case "han":
		total = fmt.Sprintf("（总第%s期）", hanNumber(ref.Total))
	}
	o.text(number + "  ")
	o.text(total)
	o.blank()
	o.wrapped(ref.Compiler + "编")
	o.blank()
	p := ref.Published
	date := fmt.Sprintf("%d年%d月%d日", p.Year, p.Month, p.Day)
	if ts.cover.date == "han" {
		date = fmt.Sprintf("%s年%s月%s日", hanDigits(int(p.Year)), hanNumber(int(p.Month)), hanNumber(int(p.Day)))
	}
	o.text(date)
}

func (ts *typeset) renderMasthead(o *out, d *sampleDoc) {
	ref := d.ref
	const dist = "发放范围"
	switch f := ts.mast.form; f {
	case "":
		o.blank()
		o.furn("---")
		o.blank()
		for i, fl := range ref.Masthead {
			o.wrapped(d.keys[i] + "：" + fl.Value)
			if o.cols == 0 {
				o.lines[len(o.lines)-1] += "  "
			}
		}
		o.blank()
		o.furn("---")
		o.blank()
		o.wrapped(dist + "：" + ref.Distribution)
		o.blank()
		o.furn("---")
	case "lines":
		o.blank()
		for i, fl := range ref.Masthead {
			o.wrapped(d.keys[i] + "：" + fl.Value)
		}
		o.blank()
		o.wrapped(dist + "：" + ref.Distribution)
	case "table", "table-header", "table-empty-header":
		o.blank()
		if f == "table-empty-header" {
			o.text("|  |  |")
			o.text("| --- | --- |")
		}
		for i, fl := range ref.Masthead {
			o.text("| " + d.keys[i] + " | " + fl.Value + " |")
			if i == 0 && f == "table-header" {
				o.text("| --- | --- |")
			}
		}
		o.text("| " + dist + " | " + ref.Distribution + " |")
	default:
		panic("masthead form " + f)
	}
}

// renderTOC prints the table of contents and returns its first and last
// line.
func (ts *typeset) renderTOC(o *out, d *sampleDoc) (from, to int) {
	st := ts.toc
	o.blank()
	if ts.contents != "" {
		from = o.line()
		o.text(ts.contents)
		o.blank()
	}
	n := 0
	for si, s := range d.ref.TOC {
		o.blank()
		if from == 0 {
			from = o.line()
		}
		if st.section != nil {
			o.text(st.section(si, s.Name))
		} else {
			o.text("## " + s.Name)
		}
		o.blank()
		for ei, e := range s.Entries {
			n++
			if st.table {
				if ei == 0 {
					o.text("| 序号 | 标题 | 页码 |")
					o.furn("|---|---|---|")
				}
				last := e.Page
				if l, ok := ts.ranges[e.Title]; ok {
					last = l
				}
				page := barePage(e.Page, last)
				if st.noPages {
					page = "" // the column is there, empty
				}
				to = o.line()
				o.text(fmt.Sprintf("| %d | %s | %s |", n, e.Title, page))
				continue
			}
			var b strings.Builder
			if !st.bare {
				b.WriteString("- ")
			}
			if st.number != nil {
				b.WriteString(st.number(n))
			}
			title := e.Title
			if st.title != nil {
				title = st.title(title)
			}
			if ts.body.invisible == "zwsp" || ts.body.invisible == "all" {
				if n == 5 || n == 30 {
					title = insertAt(title, 4, "\u200b")
				}
			}
			if st.pageFirst && !st.noPages {
				b.WriteString(barePage(e.Page, e.Page) + "\u3000" + title)
				to = o.line()
				o.text(b.String())
				continue
			}
			b.WriteString(title)
			if ts.cols > 0 && !st.noPages {
				last := e.Page
				if l, ok := ts.ranges[e.Title]; ok {
					last = l
				}
				page := barePage(e.Page, last)
				if st.page != nil {
					page = st.page(e.Page, last)
				}
				to = ts.wrapTOCLine(o, b.String(), page)
				continue
			}
			if !st.noPages {
				if st.leader != nil {
					b.WriteString(st.leader(title))
				} else {
					b.WriteString(" ..... ")
				}
				last := e.Page
				if l, ok := ts.ranges[e.Title]; ok {
					last = l
				}
				if st.page != nil {
					b.WriteString(st.page(e.Page, last))
				} else {
					b.WriteString(parenPage(e.Page, last))
				}
			}
			to = o.line()
			o.text(b.String())
		}
	}
	return from, to
}

// wrapTOCLine prints a line of the table of contents in a copy wrapped
// at ts.cols: the title cut to leave room for the page, which follows
// its last line after spaces, at the right margin. It returns the last
// line.
func (ts *typeset) wrapTOCLine(o *out, title, page string) int {
	pw := displayWidth(page)
	avail := ts.cols - pw - 4
	ls := []string{title}
	if displayWidth(title) > avail {
		var cuts []string
		var err error
		ls, cuts, err = wrapParaOver(title, avail, "", false, false, true, o.noCut)
		if err != nil {
			panic(fmt.Sprintf("wrapping %q at %d: %v", title, avail, err))
		}
		o.cuts = append(o.cuts, cuts...)
	}
	for _, l := range ls[:len(ls)-1] {
		o.text(l)
	}
	l := ls[len(ls)-1]
	o.text(l + strings.Repeat(" ", max(2, ts.cols-pw-displayWidth(l))) + page)
	return o.line() - 1
}

func parenPage(page, last int) string {
	if last != page {
		return fmt.Sprintf("(%d-%d)", page, last)
	}
	return fmt.Sprintf("(%d)", page)
}

func barePage(page, last int) string {
	if last != page {
		return fmt.Sprintf("%d—%d", page, last)
	}
	return fmt.Sprint(page)
}

// spaceLeader pads a title with spaces to column 64, as pdftotext
// -layout prints a table of contents.
func spaceLeader(title string) string {
	return strings.Repeat(" ", max(4, 64-displayWidth(title)))
}

func constLeader(s string) func(string) string { return func(string) string { return s } }

func (ts *typeset) renderBody(o *out, d *sampleDoc, noCut map[string]bool) {
	bs := &ts.body
	wrapped := bs.wrap != nil
	sep := func() {
		if !wrapped {
			o.blank()
		}
	}
	type flat struct {
		si, ei int
		e      docEntry
	}
	var all []flat
	for si, s := range d.body {
		for ei, e := range s.entries {
			all = append(all, flat{si, ei, e})
		}
	}
	cur := all[0].e.page
	if bs.breaks != nil {
		o.blank()
		o.section = d.body[0].name
		o.pageHead(bs.breaks, cur)
		o.pageStart = cur
	}
	n := 0 // paragraphs so far, for images
	for fi, f := range all {
		e := f.e
		o.section = d.body[f.si].name
		if bs.breaks != nil {
			for cur < e.page {
				o.pageBreak(cur, bs.breaks, false)
				cur++
			}
		}
		if f.ei == 0 {
			sep()
			name := d.body[f.si].name
			// A byte-order mark in the middle of the file, before a heading.
			o.bomNext = bom(bs) && f.si == 2
			if bs.section != nil {
				bs.section(o, f.si, name)
			} else {
				o.text("## " + name)
			}
		}
		title := e.title
		if bs.title != nil {
			title = bs.title(title)
		}
		if zwsp(bs) && fi%20 == 7 {
			title = insertAt(title, 3, "\u200b")
		}
		paras := append([]string(nil), e.paras...)
		for i, p := range paras {
			if nbsp(bs) {
				p = nbspDates(p)
			}
			if zwsp(bs) && i == 0 && fi%20 == 11 {
				p = insertAt(p, 1, "\u200b") // 1​1月…: inside the date
			}
			if bom(bs) && fi == 25 && i == 0 {
				p = insertAt(p, 20, "\ufeff")
			}
			paras[i] = p
		}
		open, close := "**", "**"
		if bs.ptags == "strong" {
			open, close = "<strong>", "</strong>"
		}
		switch {
		case bs.plainTitles && e.level == 0:
			paras[0] = title + " " + paras[0]
		case bs.flat != "" && e.level > 0:
			sep()
			o.text(bs.flat + " " + title)
		case bs.plainTitles:
			sep()
			o.wrapped(title)
		case e.level == 0 && bs.bold == "runs":
			paras[0] = boldRuns(title) + " " + paras[0]
		case e.level == 0 && bs.bold != "":
			paras[0] = bs.bold + title + bs.bold + " " + paras[0]
		case e.level == 0 && bs.colon:
			paras[0] = open + title + close + "：" + paras[0]
		case e.level == 0:
			paras[0] = open + title + close + " " + paras[0]
		default:
			sep()
			o.text(strings.Repeat("#", e.level) + " " + title)
		}
		// Lay the paragraphs out in lines.
		lines := make([][]string, len(paras))
		for i, p := range paras {
			if wrapped {
				w := bs.wrap
				cols := w.width * 2
				if w.cells > 0 {
					cols = w.cells
				}
				ls, cuts, err := wrapParaOver(p, cols, w.indent, w.splitBold && i == 0 && e.level == 0, w.indent == "", w.cells > 0, noCut)
				if err != nil {
					panic(fmt.Sprintf("%s: %v", e.title, err))
				}
				o.cuts = append(o.cuts, cuts...)
				lines[i] = ls
			} else {
				lines[i] = []string{p}
			}
		}
		// (A title bolded otherwise, in runs around its quotes, is not cut:
		// its line does not begin with the bold's first characters.)
		if r := []rune(title); bs.twoBold > 0 && e.level == 0 && !bs.plainTitles && bs.ptags == "" && !wrapped && len(r) > bs.twoBold && strings.HasPrefix(lines[0][0], open+string(r[:bs.twoBold])) {
			first := open + string(r[:bs.twoBold]) + close
			lines[0] = []string{first, strings.Replace(lines[0][0], open+string(r[:bs.twoBold]), open, 1)}
		}
		// Pages this entry runs over beyond its own: the breaks go inside
		// its text, each in the middle of a paragraph.
		breakAfter := map[[2]int]bool{}
		if bs.breaks != nil && fi+1 < len(all) {
			if extra := all[fi+1].e.page - e.page - 1; extra > 0 {
				for j := 1; j <= extra; j++ {
					pi, li := splitPoint(lines, j, extra+1, wrapped)
					breakAfter[[2]int{pi, li}] = true
				}
			}
		}
		for i, ls := range lines {
			sep()
			if bs.ptags == "lines" {
				o.furn("<p>")
			}
			for li, l := range ls {
				if bs.ptags == "inline" || bs.ptags == "strong" {
					if li == 0 {
						l = "<p>" + l
					}
					if li == len(ls)-1 {
						l += "</p>"
					}
				}
				if bs.quote {
					l = "> " + l
				}
				if bs.bullet && i == 0 && li == 0 && e.level == 0 {
					l = "-   " + l
				}
				o.text(l)
				if breakAfter[[2]int{i, li}] {
					o.pageBreak(cur, bs.breaks, false)
					cur++
				}
			}
			if bs.ptags == "lines" {
				o.furn("</p>")
			}
			n++
			if bs.images != "" && (n%4 == 1 || len(paras) > 1) {
				sep()
				if bs.images == "md" {
					o.furn(fmt.Sprintf("![](images/p%d.png)", cur))
				} else {
					o.furn(fmt.Sprintf(`<img src="images/p%d-%d.png" alt="">`, cur, n))
				}
			}
		}
	}
	if bs.breaks != nil {
		o.pageBreak(cur, bs.breaks, true)
	}
}

// boldRuns bolds title as pandoc writes a docx whose quotes were left
// out of the bold: “**平顶山企业家日**”**大会…召开**.
func boldRuns(title string) string {
	var b strings.Builder
	run := false
	for _, r := range title {
		quote := strings.ContainsRune("“”", r)
		if quote == run {
			b.WriteString("**")
			run = !run
		}
		b.WriteRune(r)
	}
	if run {
		b.WriteString("**")
	}
	return b.String()
}

// splitPoint chooses where the j-th of n-1 extra page breaks of an entry
// goes: after line li of paragraph pi, about j/n of the way through the
// entry's text. Unwrapped paragraphs (one line each) are cut there in
// two, between two Han characters, so that the break falls mid-sentence.
func splitPoint(lines [][]string, j, n int, wrapped bool) (pi, li int) {
	total := 0
	for _, ls := range lines {
		for _, l := range ls {
			total += utf8.RuneCountInString(l)
		}
	}
	target := total * j / n
	pos := 0
	if wrapped {
		// The line boundary inside a paragraph nearest to the target.
		best, bestDist := [2]int{-1, -1}, -1
		for p, ls := range lines {
			for l := range ls {
				pos += utf8.RuneCountInString(ls[l])
				if l == len(ls)-1 {
					continue
				}
				if d := abs(pos - target); bestDist < 0 || d < bestDist {
					best, bestDist = [2]int{p, l}, d
				}
			}
		}
		if best[0] < 0 {
			panic("no line boundary inside a paragraph to put a page break at")
		}
		return best[0], best[1]
	}
	for p, ls := range lines {
		rs := []rune(ls[0])
		if pos+len(rs) < target && p < len(lines)-1 {
			pos += len(rs)
			continue
		}
		at := min(max(target-pos, 12), len(rs)-12)
		for d := 0; d < len(rs); d++ {
			for _, k := range []int{at - d, at + d} {
				if k >= 12 && k <= len(rs)-12 && unicode.Is(unicode.Han, rs[k-1]) && unicode.Is(unicode.Han, rs[k]) {
					lines[p] = []string{string(rs[:k]), string(rs[k:])}
					return p, 0
				}
			}
		}
		panic(fmt.Sprintf("no place between two Han characters to break %q", ls[0]))
	}
	panic("split point past the end")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func nbsp(bs *bodyStyle) bool { return bs.invisible == "nbsp" || bs.invisible == "all" }
func zwsp(bs *bodyStyle) bool { return bs.invisible == "zwsp" || bs.invisible == "all" }
func bom(bs *bodyStyle) bool  { return bs.invisible == "bom" || bs.invisible == "all" }

// insertAt inserts s after the first n runes of t.
func insertAt(t string, n int, s string) string {
	rs := []rune(t)
	n = min(n, len(rs))
	return string(rs[:n]) + s + string(rs[n:])
}

// nbspDates replaces the spaces inside dates such as 11 月 3 日 with
// no-break spaces.
func nbspDates(s string) string {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != ' ' {
			continue
		}
		a, b := rs[i-1], rs[i+1]
		if isDigit(a) && (b == '月' || b == '日') || a == '月' && isDigit(b) {
			rs[i] = '\u00a0'
		}
	}
	return string(rs)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// hanNumber writes 1 to 999 in Chinese numerals as a count: 十一, 九十五,
// 二百一十五.
func hanNumber(n int) string {
	digits := []rune("〇一二三四五六七八九")
	var b strings.Builder
	h, t, u := n/100, n/10%10, n%10
	if h > 0 {
		b.WriteRune(digits[h])
		b.WriteString("百")
	}
	switch {
	case t > 0 && (t > 1 || h > 0):
		b.WriteRune(digits[t])
		b.WriteString("十")
	case t == 1:
		b.WriteString("十")
	case h > 0 && u > 0:
		b.WriteString("零")
	}
	if u > 0 {
		b.WriteRune(digits[u])
	}
	return b.String()
}

// hanDigits writes n digit by digit: 二〇二三, 二一五.
func hanDigits(n int) string {
	digits := []rune("〇一二三四五六七八九")
	var b strings.Builder
	for _, c := range fmt.Sprint(n) {
		b.WriteRune(digits[c-'0'])
	}
	return b.String()
}

// Hard wrapping. A paragraph is cut into lines of at most width columns
// (CJK characters and their punctuation count two, ASCII one), the way
// text taken from PDF columns is: anywhere between two CJK characters,
// between two digits (收入18/50万元, 1/1月9日), between CJK and Latin,
// inside a Latin word (Sou/tis), before the closing ** of a bold title,
// or at a space between two Latin words (the space goes). Never before
// closing punctuation or after opening punctuation (， starts no line), next to
// a space that touches CJK (11 月 3 日 would change), between a letter
// and a digit, after an opening ** or before one, next to ASCII
// punctuation, nor so that a line holds only digits or markup.

type unit struct {
	s    string
	cols int
	kind byte // 'w' wide, 'l' ASCII letter, 'd' ASCII digit, ' ' space, 'm' markup, 'p' other
	open bool // markup that opens (** the first time, <b>)
}

func wrapUnits(s string) []unit {
	var us []unit
	bold := false
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "**") {
			bold = !bold
			us = append(us, unit{"**", 2, 'm', bold})
			i += 2
			continue
		}
		if tag := markupTag(s[i:]); tag != "" {
			us = append(us, unit{tag, len(tag), 'm', !strings.HasPrefix(tag, "</")})
			i += len(tag)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		u := unit{s: s[i : i+n], cols: 1, kind: 'p'}
		switch {
		case r == ' ':
			u.kind = ' '
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			u.kind = 'l'
		case r >= '0' && r <= '9':
			u.kind = 'd'
		case wide(r):
			u.kind, u.cols = 'w', 2
		}
		us = append(us, u)
		i += n
	}
	return us
}

func markupTag(s string) string {
	for _, t := range []string{"<b>", "</b>", "<strong>", "</strong>"} {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// wide reports whether r takes two columns: Han, CJK and full-width
// punctuation, and the punctuation Chinese text sets full width.
func wide(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true
	}
	return strings.ContainsRune("“”‘’—…·", r)
}

func displayWidth(s string) int {
	n := 0
	for _, u := range wrapUnits(s) {
		n += u.cols
	}
	return n
}

func unitsString(us []unit) string {
	var b strings.Builder
	for _, u := range us {
		b.WriteString(u.s)
	}
	return b.String()
}

func unitsCols(us []unit) int {
	n := 0
	for _, u := range us {
		n += u.cols
	}
	return n
}

// canCut reports whether a line may end before us[k].
func canCut(us []unit, k int, noCut map[string]bool) bool {
	a, b := us[k-1], us[k]
	switch {
	case b.kind == ' ':
		// Only between two letters can the join put the space back: two
		// digits (or a digit and a letter) are joined without one.
		return k+1 < len(us) && a.kind == 'l' && us[k+1].kind == 'l'
	case a.kind == ' ':
		return false
	case b.s == "\u3000":
		// An ideographic space is a space: a typesetter hangs it at the
		// end of the line it ends, as it drops an ASCII one. At the start
		// of the next line it would be an indent, which begins a
		// paragraph (。　**会议乙召开** cut before the 　 leaves a line
		// 　**会议乙召开**, a title of its own): another document.
		return false
	case a.kind == 'm' && a.open, b.kind == 'm' && b.open:
		return false
	case a.kind == 'p' || b.kind == 'p':
		return false
	case strings.Contains(noLineStart, b.s) || strings.Contains(noLineEnd, a.s):
		return false
	case a.kind == 'l' && b.kind == 'd', a.kind == 'd' && b.kind == 'l':
		return false
	case a.kind == 'l' && b.kind == 'l':
		return !noCut[wordAt(us, k)]
	}
	return true
}

// Chinese typesetting starts no line with closing punctuation and ends
// none with opening punctuation; PDF text keeps that.
const (
	noLineStart = "，。、；：？！”’）》」』】〉…·"
	noLineEnd   = "“‘（《「『【〈"
)

// wordAt returns the run of ASCII letters around the boundary before us[k].
func wordAt(us []unit, k int) string {
	i, j := k, k
	for i > 0 && us[i-1].kind == 'l' {
		i--
	}
	for j < len(us) && us[j].kind == 'l' {
		j++
	}
	return unitsString(us[i:j])
}

// lineOK reports whether a line may stand alone: it holds a CJK
// character or a letter, not only digits, punctuation or markup (a line
// of digits alone reads as a page number).
func lineOK(us []unit) bool {
	for _, u := range us {
		if u.kind == 'w' || u.kind == 'l' {
			return true
		}
	}
	return false
}

// endsSentence mirrors what a reader takes for the end of a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '。', '！', '？', '!', '?', '；', '…':
			return true
		case '”', '’', '」', '』', '）', ')', '》', '"', '\'', '】':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// wrapPara cuts paragraph p into lines of at most cols columns, the first
// prefixed with indent (which takes its own width). With splitBold the
// line breaks before the closing ** of the bold title at the start. With
// shortLast (for paragraphs without an indent), the last line is kept at
// least two CJK characters short of full, so that the end of the
// paragraph can be seen, and no other line that is that short may end a
// sentence. It returns the lines and the
// Latin words it cut in two.
func wrapPara(p string, cols int, indent string, splitBold, shortLast bool, noCut map[string]bool) (lines, cuts []string, err error) {
	return wrapParaOver(p, cols, indent, splitBold, shortLast, false, noCut)
}

// wrapParaOver is wrapPara; with overflow, a line that has no place to
// break within cols (a long Latin word in a narrow column) runs past it
// to the first place there is, as a typesetter lets a word stick out.
func wrapParaOver(p string, cols int, indent string, splitBold, shortLast, overflow bool, noCut map[string]bool) (lines, cuts []string, err error) {
	us := wrapUnits(p)
	forced := -1
	if splitBold {
		if len(us) == 0 || us[0].s != "**" && us[0].s != "<strong>" {
			return nil, nil, fmt.Errorf("splitBold: %q does not start with a bold title", p)
		}
		for k := 1; k < len(us); k++ {
			if us[k].kind == 'm' && !us[k].open {
				forced = k
				break
			}
		}
	}
	var bounds []int // start unit of each line
	i := 0
	for i < len(us) {
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
		if forced > i && forced <= j {
			i = forced
			forced = -1
			continue
		}
		if j == len(us) {
			break
		}
		k := j
		for ; k > i; k-- {
			if canCut(us, k, noCut) && lineOK(us[i:k]) && lineOK(us[k:]) {
				break
			}
		}
		if k == i && overflow {
			for k = j + 1; k < len(us); k++ {
				if canCut(us, k, noCut) && lineOK(us[i:k]) && lineOK(us[k:]) {
					break
				}
			}
			if k == len(us) {
				break // the rest is one line
			}
		}
		if k == i {
			return nil, nil, fmt.Errorf("no place to break %q", unitsString(us[i:]))
		}
		if us[k-1].kind == 'l' && us[k].kind == 'l' {
			cuts = append(cuts, wordAt(us, k))
		}
		if us[k].kind == ' ' {
			k++
		}
		i = k
	}
	if shortLast && len(bounds) > 0 {
		// Keep the last line short: move its tail to a line of its own
		// when it is (nearly) full.
		last := bounds[len(bounds)-1]
		if unitsCols(us[last:]) > cols-4 {
			k := len(us) - 2
			for ; k > last; k-- {
				if canCut(us, k, noCut) && lineOK(us[last:k]) && lineOK(us[k:]) && !endsSentence(unitsString(us[last:k])) && us[k].kind != ' ' {
					break
				}
			}
			if k == last {
				return nil, nil, fmt.Errorf("cannot shorten the last line of %q", p)
			}
			bounds = append(bounds, k)
		}
	}
	for n, b := range bounds {
		e := len(us)
		if n+1 < len(bounds) {
			e = bounds[n+1]
			if us[e-1].kind == ' ' {
				e-- // the space at a cut between two Latin words goes
			}
		}
		l := unitsString(us[b:e])
		if n == 0 {
			l = indent + l
		}
		lines = append(lines, l)
	}
	if shortLast {
		for n, l := range lines[:len(lines)-1] {
			if displayWidth(l) <= cols-4 && endsSentence(l) && !(n == 0 && splitBold) {
				return nil, nil, fmt.Errorf("line %d of %q is short and ends a sentence: the paragraph would seem to end there", n, p)
			}
		}
	}
	return lines, cuts, nil
}

// ---- expected models ----

// expected is the model the variant must parse to: the sample's, with the
// page ranges the variant prints, its table of contents as it prints it,
// and LastPage equal to Page wherever no range is printed.
func (ts *typeset) expected(ref *model.Issue) *model.Issue {
	w := cloneIssue(ref)
	for si := range w.TOC {
		for ei := range w.TOC[si].Entries {
			e := &w.TOC[si].Entries[ei]
			e.LastPage = e.Page
			if l, ok := ts.ranges[e.Title]; ok {
				e.LastPage = l
			}
			if ts.toc.noPages {
				e.Page, e.LastPage = 0, 0
			}
		}
	}
	for si := range w.Sections {
		for ei := range w.Sections[si].Entries {
			e := &w.Sections[si].Entries[ei]
			e.LastPage = e.Page
			if l, ok := ts.ranges[e.Title]; ok {
				e.LastPage = l
			}
			if ts.body.title != nil {
				e.Title = ts.body.title(e.Title)
			}
			if ts.noTOC && !ts.body.breaks.printsPages() {
				e.Page, e.LastPage = 0, 0 // nothing prints a page
			}
		}
	}
	if ts.noTOC {
		w.TOC = nil
	}
	return w
}

func cloneIssue(iss *model.Issue) *model.Issue {
	c := *iss
	c.Masthead = append([]model.Field(nil), iss.Masthead...)
	c.TOC = make([]model.TOCSection, len(iss.TOC))
	for i, s := range iss.TOC {
		s.Entries = append([]model.TOCEntry(nil), s.Entries...)
		c.TOC[i] = s
	}
	c.Sections = make([]model.Section, len(iss.Sections))
	for i, s := range iss.Sections {
		es := make([]model.Entry, len(s.Entries))
		for j, e := range s.Entries {
			e.Paragraphs = append([]model.Paragraph(nil), e.Paragraphs...)
			es[j] = e
		}
		s.Entries = es
		c.Sections[i] = s
	}
	c.Warnings = nil
	return &c
}

// ---- projection ----

// projOpts leaves parts out of a projection.
type projOpts struct {
	noLast      bool                // leave out LastPage
	noTOCTitles bool                // leave out the titles of the table of contents
	fold        func(string) string // applied to the whole projection
}

// project writes what the parse of a copy must get right, one fact a
// line, so that two models compare as text and their first difference
// reads plainly. Line numbers, furniture and warnings are not in it.
//
//	title: 平顶山月报
//	number: 11
//	masthead: 主管：平顶山市人民政府
//	toc: 时政要闻
//	  - 平顶山市荣获“特炭之都”称号 p7-7
//	section: 时政要闻
//	  * 平顶山市荣获“特炭之都”称号 p7-7 2023-11-08
//	    [2023-11-08] 11月8日，由中国炭素行业协会…
//
// Pages are Page-LastPage; a paragraph that begins with a date carries
// it in brackets.
func project(iss *model.Issue, o projOpts) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	pages := func(page, last int) string {
		if o.noLast {
			return fmt.Sprintf("p%d", page)
		}
		return fmt.Sprintf("p%d-%d", page, last)
	}
	if iss.Title != "" {
		line("title: %s", iss.Title)
	}
	for _, f := range []struct {
		k string
		v int
	}{{"year", iss.Year}, {"number", iss.Number}, {"total", iss.Total}} {
		if f.v != 0 {
			line("%s: %d", f.k, f.v)
		}
	}
	if iss.Compiler != "" {
		line("compiler: %s", iss.Compiler)
	}
	if !iss.Published.IsZero() {
		line("published: %s", iss.Published)
	}
	for _, f := range iss.Masthead {
		line("masthead: %s：%s", f.Key, f.Value)
	}
	if iss.Distribution != "" {
		line("distribution: %s", iss.Distribution)
	}
	for _, s := range iss.TOC {
		line("toc: %s", s.Name)
		for _, e := range s.Entries {
			t := e.Title
			if o.noTOCTitles {
				t = "…"
			}
			line("  - %s %s", t, pages(e.Page, e.LastPage))
		}
	}
	for _, s := range iss.Sections {
		line("section: %s", s.Name)
		for _, e := range s.Entries {
			t := e.Title
			if t == "" {
				t = "(no title)"
			}
			d := e.Date.String()
			if d == "" {
				d = "-"
			}
			line("  * %s %s %s", t, pages(e.Page, e.LastPage), d)
			for _, p := range e.Paragraphs {
				if !p.Date.IsZero() {
					line("    [%s] %s", p.Date, p.Text)
				} else {
					line("    %s", p.Text)
				}
			}
		}
	}
	if o.fold != nil {
		return o.fold(b.String())
	}
	return b.String()
}

// projDiff describes the first difference between two projections: where
// it is (section, entry) and the two lines, with invisible characters
// spelled out. It returns "" when they are equal.
func projDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	at := func(ls []string, i int) string {
		if i < len(ls) {
			return ls[i]
		}
		return "(nothing)"
	}
	for i := 0; ; i++ {
		w, g := at(wl, i), at(gl, i)
		if w == g {
			continue
		}
		var where []string
		for j := i - 1; j >= 0 && len(where) < 2; j-- {
			l := wl[j]
			switch {
			case len(where) == 0 && (strings.HasPrefix(l, "  * ") || strings.HasPrefix(l, "  - ")) && !strings.HasPrefix(w, "  "):
			case len(where) == 0 && (strings.HasPrefix(l, "  * ") || strings.HasPrefix(l, "  - ")) && strings.HasPrefix(w, "    "):
				where = append(where, "in entry "+strings.TrimSpace(l[3:]))
			case strings.HasPrefix(l, "section: ") || strings.HasPrefix(l, "toc: "):
				where = append(where, "in "+l)
				j = -1
			}
		}
		loc := ""
		for k := len(where) - 1; k >= 0; k-- {
			loc += "\n  " + where[k]
		}
		return fmt.Sprintf("first difference at projection line %d of %d (got %d):%s\n  want: %s\n  got:  %s%s",
			i+1, len(wl)-1, len(gl)-1, loc, visible(w), visible(g), where2(w, g))
	}
}

// where2 points at the first character where two long lines differ.
func where2(w, g string) string {
	wr, gr := []rune(w), []rune(g)
	if len(wr) < 60 && len(gr) < 60 {
		return ""
	}
	i := 0
	for i < len(wr) && i < len(gr) && wr[i] == gr[i] {
		i++
	}
	clip := func(rs []rune) string { return visible(string(rs[max(0, i-15):min(len(rs), i+25)])) }
	return fmt.Sprintf("\n  at character %d: want …%s…\n                got  …%s…", i, clip(wr), clip(gr))
}

// visible spells out characters a terminal does not show: \u200b, \u00a0.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsPrint(r) || r == '\u3000' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

func warningsText(ws []model.Warning) string {
	var b strings.Builder
	for i, w := range ws {
		if i == 20 {
			fmt.Fprintf(&b, "\n  … and %d more", len(ws)-i)
			break
		}
		fmt.Fprintf(&b, "\n  line %d: %s", w.Line, w.Message)
	}
	return b.String()
}

// projParts splits a projection into its front matter (cover, masthead,
// distribution), table of contents and body.
func projParts(p string) (front, toc, body string) {
	var f, t, b strings.Builder
	cur := &f
	for _, l := range strings.SplitAfter(p, "\n") {
		switch {
		case strings.HasPrefix(l, "toc: "):
			cur = &t
		case strings.HasPrefix(l, "section: "):
			cur = &b
		}
		cur.WriteString(l)
	}
	return f.String(), t.String(), b.String()
}

// compareModels reports the first difference in each part (front matter,
// table of contents, body) of the projections of want and got: first
// without LastPage, then, when that agrees, with it, so that a missing
// page range does not hide a wrong title.
func compareModels(t *testing.T, want, got *model.Issue, o projOpts) {
	t.Helper()
	lo := o
	lo.noLast = true
	if !compareParts(t, project(want, lo), project(got, lo), "") {
		return
	}
	compareParts(t, project(want, o), project(got, o), " (last pages)")
}

func compareParts(t *testing.T, want, got, what string) bool {
	t.Helper()
	wf, wt, wb := projParts(want)
	gf, gt, gb := projParts(got)
	ok := true
	for _, p := range []struct{ name, w, g string }{{"front matter", wf, gf}, {"table of contents", wt, gt}, {"body", wb, gb}} {
		if d := projDiff(p.w, p.g); d != "" {
			t.Errorf("%s%s differs from the expected: %s", p.name, what, d)
			ok = false
		}
	}
	return ok
}

// checkNoEntryInTOC asserts that no line of the table of contents became
// part of the body.
func checkNoEntryInTOC(t *testing.T, iss *model.Issue, from, to int) {
	t.Helper()
	if from == 0 {
		return
	}
	in := func(l int) bool { return l >= from && l <= to }
	var bad []string
	for _, s := range iss.Sections {
		if in(s.Line) {
			bad = append(bad, fmt.Sprintf("line %d became the body section %q", s.Line, s.Name))
		}
		for _, e := range s.Entries {
			if in(e.Line) {
				bad = append(bad, fmt.Sprintf("line %d became the body entry %q", e.Line, e.Title))
			}
			for _, p := range e.Paragraphs {
				if in(p.Line) && p.Line != e.Line {
					bad = append(bad, fmt.Sprintf("line %d became a paragraph of %q: %q", p.Line, e.Title, p.Text))
				}
			}
		}
	}
	if len(bad) > 0 {
		more := ""
		if len(bad) > 3 {
			more = fmt.Sprintf("\n  … and %d more", len(bad)-3)
			bad = bad[:3]
		}
		t.Errorf("table of contents (lines %d-%d) read as body:\n  %s%s", from, to, strings.Join(bad, "\n  "), more)
	}
}

// ---- the variants ----

var hanOrdinals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func swapQuotes(pairs ...string) func(string) string {
	r := strings.NewReplacer(pairs...)
	return r.Replace
}

func furniture(footer func(int) string, ff int, head string, tight bool) *breakStyle {
	return &breakStyle{footer: footer, ff: ff, head: head, tight: tight}
}

var (
	emDashFooter  = func(p int) string { return fmt.Sprintf("— %d —", p) }
	hyphenFooter  = func(p int) string { return fmt.Sprintf("- %d -", p) }
	middotFooter  = func(p int) string { return fmt.Sprintf("·%d·", p) }
	diFooter      = func(p int) string { return fmt.Sprintf("第%d页", p) }
	bareFooter    = func(p int) string { return fmt.Sprint(p) }
	pdftotextBody = bodyStyle{
		breaks: furniture(emDashFooter, ffPrefix, runningHead, true),
		wrap:   &wrapStyle{width: 40, indent: "    "},
	}
)

// Entries that get a page range in the range variants: each runs onto the
// page after its own (the next entry starts there).
var rangeEntries = map[string]int{
	"市委主题教育第二期读书班开班":                   9,
	"李明俊与来平考察的大连交通大学党委副书记、校长陈秉智举行工作会谈": 32,
}

func retypeVariants() []retypeVariant {
	var vs []retypeVariant
	add := func(name string, ts typeset) { vs = append(vs, retypeVariant{name, ts}) }

	// The control: the plain layout the others vary. If this fails, the
	// renderer or the parser's basics are wrong, not a variant.
	add("rerendered", typeset{})

	// A contents heading before the table of contents is not a section.
	for _, h := range []struct{ name, line string }{
		{"contents/目录", "目录"},
		{"contents/目<U+3000>录", "目　录"},
		{"contents/目<space>录", "目 录"},
		{"contents/h2", "## 目录"},
		{"contents/bold", "**目 录**"},
		{"contents/b-tag", "<b>目录</b>"},
	} {
		add(h.name, typeset{contents: h.line})
	}

	// Leaders between title and page.
	for _, l := range []struct {
		name   string
		leader func(string) string
	}{
		{"leader/dots", constLeader(" ..... ")},
		{"leader/ellipsis", constLeader("……………")},
		{"leader/middots", constLeader("···")},
		{"leader/fullwidth-hyphens", constLeader("－－－")},
		{"leader/em-dash", constLeader("—")},
		{"leader/spaces", spaceLeader},
		{"leader/ideographic-space", constLeader("\u3000")},
		{"leader/tab", constLeader("\t")},
	} {
		add(l.name, typeset{toc: tocStyle{bare: true, leader: l.leader, page: barePage}})
	}
	// One space before the page, as a PDF's contents page copied as text
	// has it: a leader only under a contents heading.
	add("leader/one space, under 目录", typeset{contents: "目录", toc: tocStyle{bare: true, leader: constLeader(" "), page: barePage}})

	// Page forms, and page ranges (Page is the first page, LastPage the last).
	fullwidth := func(n int) string {
		var b strings.Builder
		for _, c := range fmt.Sprint(n) {
			b.WriteRune(c - '0' + '０')
		}
		return b.String()
	}
	for _, p := range []struct {
		name string
		page func(int, int) string
	}{
		{"page/(6)", func(p, _ int) string { return fmt.Sprintf("(%d)", p) }},
		{"page/( 6 )", func(p, _ int) string { return fmt.Sprintf("( %d )", p) }},
		{"page/（６）", func(p, _ int) string { return "（" + fullwidth(p) + "）" }},
		{"page/６", func(p, _ int) string { return fullwidth(p) }},
		{"page/6", func(p, _ int) string { return fmt.Sprint(p) }},
		{"page/- 6 -", func(p, _ int) string { return fmt.Sprintf("- %d -", p) }},
		{"page/P6", func(p, _ int) string { return fmt.Sprintf("P%d", p) }},
		{"page/[6]", func(p, _ int) string { return fmt.Sprintf("[%d]", p) }},
		{"page/〔6〕", func(p, _ int) string { return fmt.Sprintf("〔%d〕", p) }},
		{"page/6页", func(p, _ int) string { return fmt.Sprintf("%d页", p) }},
		{"page/（六）", func(p, _ int) string { return "（" + hanNumber(p) + "）" }},
		{"page/第六页", func(p, _ int) string { return "第" + hanNumber(p) + "页" }},
	} {
		add(p.name, typeset{toc: tocStyle{page: p.page}})
	}
	add("page/range (8-9)", typeset{ranges: rangeEntries})
	add("page/range 8—9", typeset{ranges: rangeEntries, toc: tocStyle{bare: true, leader: constLeader("……"), page: barePage}})

	// Numbered lines; section names in other forms. The enumerator is not
	// part of the title.
	add("toc/page first 6　title", typeset{toc: tocStyle{bare: true, pageFirst: true}})
	add("toc/page first, plain sections", typeset{contents: "目录", toc: tocStyle{bare: true, pageFirst: true, section: func(_ int, n string) string { return n }}})
	add("toc/numbered 1.", typeset{toc: tocStyle{bare: true, number: func(n int) string { return fmt.Sprintf("%d. ", n) }}})
	add("toc/numbered （一）", typeset{toc: tocStyle{bare: true, number: func(n int) string { return "（" + hanNumber(n) + "）" }}})
	add("toc/sections plain", typeset{contents: "目录", toc: tocStyle{section: func(_ int, n string) string { return n }}})
	add("toc/sections - name", typeset{toc: tocStyle{bare: true, section: func(_ int, n string) string { return "- " + n }}})
	add("toc/sections ## name, bare lines", typeset{toc: tocStyle{bare: true}})
	add("toc/sections **name**", typeset{toc: tocStyle{bare: true, section: func(_ int, n string) string { return "**" + n + "**" }}})

	// Cover in Chinese numerals; masthead as a table or as lines.
	add("cover/2023年第十一期", typeset{cover: coverStyle{number: "han"}})
	add("cover/二〇二三年第十一期", typeset{cover: coverStyle{number: "han-year"}})
	add("cover/（总第二一五期）", typeset{cover: coverStyle{total: "han-digits"}})
	add("cover/（总第二百一十五期）", typeset{cover: coverStyle{total: "han"}})
	add("cover/二〇二三年十二月四日", typeset{cover: coverStyle{date: "han"}})
	add("cover/all in Chinese numerals", typeset{cover: coverStyle{number: "han", total: "han-digits", date: "han"}})
	add("masthead/table with the first row as header", typeset{mast: mastStyle{form: "table-header"}})
	add("masthead/table with an empty header", typeset{mast: mastStyle{form: "table-empty-header"}})
	add("masthead/table without header", typeset{mast: mastStyle{form: "table"}})
	add("masthead/lines without rules", typeset{mast: mastStyle{form: "lines"}})
	add("masthead/lines before the TOC", typeset{mast: mastStyle{form: "lines", before: true}})
	add("masthead/rules before the TOC", typeset{mast: mastStyle{before: true}})
	add("masthead/table before the TOC", typeset{contents: "目　录", mast: mastStyle{form: "table-header", before: true}})

	// Quote and bracket forms differing between the TOC and the body. The
	// TOC keeps its own spelling, so its titles are not compared, only
	// its pages; the body's titles are the body's.
	add("quotes/“” body, \"\" TOC", typeset{toc: tocStyle{title: swapQuotes("“", `"`, "”", `"`)}})
	// A contents that words some titles its own way, shorter or in
	// another order: each still stands where its entry does, and is
	// like it.
	add("toc/reworded titles", typeset{toc: tocStyle{title: func(t string) string {
		return strings.NewReplacer(
			"李明俊调研信访稳定、城市公交和城乡客运工作", "李明俊调研信访稳定和城乡客运工作",
			"岳杰勇调研卫健、教育系统创文工作", "岳杰勇调研创文工作",
			"尧山实验室理事会第一次会议召开", "尧山实验室理事会召开第一次会议",
		).Replace(t)
	}}})
	add("quotes/‘’ body, '' TOC", typeset{
		body: bodyStyle{title: swapQuotes("“", "‘", "”", "’")},
		toc:  tocStyle{title: swapQuotes("“", "'", "”", "'")},
	})
	add("quotes/【】 body, [] TOC", typeset{
		body: bodyStyle{title: swapQuotes("“", "【", "”", "】")},
		toc:  tocStyle{title: swapQuotes("“", "[", "”", "]")},
	})
	add("quotes/（） body, () TOC", typeset{
		body: bodyStyle{title: swapQuotes("“", "（", "”", "）")},
		toc:  tocStyle{title: swapQuotes("“", "(", "”", ")", "（", "(", "）", ")")},
	})
	add("quotes/() body, （） TOC", typeset{
		body: bodyStyle{title: swapQuotes("“", "(", "”", ")", "（", "(", "）", ")")},
		toc:  tocStyle{title: swapQuotes("“", "（", "”", "）", "(", "（", ")", "）")},
	})

	// Page furniture of a PDF conversion. Each entry starts on the page
	// its TOC line gives; where the pages jump by more than one, the
	// extra breaks fall inside the entry before, mid-sentence.
	for _, f := range []struct {
		name   string
		footer func(int) string
	}{
		{"— 12 —", emDashFooter},
		{"- 12 -", hyphenFooter},
		{"·12·", middotFooter},
		{"第12页", diFooter},
		{"12", bareFooter},
	} {
		add("furniture/"+f.name+", \\f, head", typeset{body: bodyStyle{breaks: furniture(f.footer, ffLine, runningHead, false)}})
		add("furniture/"+f.name+" only, tight", typeset{body: bodyStyle{breaks: furniture(f.footer, ffNone, "", true)}})
	}
	add("furniture/— 12 —, head, no \\f", typeset{body: bodyStyle{breaks: furniture(emDashFooter, ffNone, runningHead, false)}})
	add("furniture/— 12 —, \\f, no head", typeset{body: bodyStyle{breaks: furniture(emDashFooter, ffLine, "", false)}})
	add("furniture/- 12 -, \\f, short head, tight", typeset{body: bodyStyle{breaks: furniture(hyphenFooter, ffLine, "平顶山月报", true)}})
	add("furniture/head only, \\f", typeset{body: bodyStyle{breaks: furniture(nil, ffLine, runningHead, false)}})
	add("furniture/head with the page at the outer corner, \\f", typeset{body: bodyStyle{breaks: &breakStyle{ff: ffLine, head: runningHead, headPage: true}}})
	add("furniture/head with the page at the outer corner, tight, no TOC", typeset{noTOC: true, body: bodyStyle{breaks: &breakStyle{head: runningHead, headPage: true, tight: true}}})
	add("furniture/marker {N}----", typeset{body: bodyStyle{breaks: furniture(nil, ffMarker, "", false)}})
	add("furniture/marker {N}----, — 12 —", typeset{body: bodyStyle{breaks: furniture(emDashFooter, ffMarker, "", false)}})
	add("furniture/\\f glued to the head (pdftotext)", typeset{body: bodyStyle{breaks: furniture(emDashFooter, ffPrefix, runningHead, false)}})
	add("furniture/\\f glued to the text, no head", typeset{body: bodyStyle{breaks: furniture(bareFooter, ffPrefix, "", true)}})
	// The column's name atop each of its pages (时政要闻 over every page
	// of 时政要闻), with the publication's or alone, next to the number
	// or not: the first under the section's heading, the others inside
	// its entries, mid-sentence.
	column := func(footer func(int) string, ff int, head string, tight bool) *breakStyle {
		b := furniture(footer, ff, head, tight)
		b.column = true
		return b
	}
	add("furniture/column head, — 12 —, \\f", typeset{body: bodyStyle{breaks: column(emDashFooter, ffLine, "", false)}})
	add("furniture/column head under the publication's, — 12 —, \\f", typeset{body: bodyStyle{breaks: column(emDashFooter, ffLine, runningHead, false)}})
	add("furniture/column head, 12, tight", typeset{body: bodyStyle{breaks: column(bareFooter, ffNone, "", true)}})
	add("furniture/column head, 12, no \\f", typeset{body: bodyStyle{breaks: column(bareFooter, ffNone, "", false)}})
	add("furniture/column head, 12, plain sections", typeset{contents: "目录", toc: tocStyle{section: func(_ int, n string) string { return n }},
		body: bodyStyle{breaks: column(bareFooter, ffNone, "", false), section: func(o *out, _ int, n string) { o.text(n) }}})
	add("furniture/column head, — 12 —, \\f, 一、sections", typeset{body: bodyStyle{breaks: column(emDashFooter, ffLine, "", false),
		section: func(o *out, i int, n string) { o.text(hanOrdinals[i] + "、" + n) }}})
	add("furniture/column head, no TOC, — 12 —", typeset{noTOC: true, body: bodyStyle{breaks: column(emDashFooter, ffLine, "", false)}})
	// The pages must then come from the furniture alone.
	add("furniture/TOC without pages", typeset{contents: "目录", toc: tocStyle{noPages: true}, body: bodyStyle{breaks: furniture(emDashFooter, ffLine, runningHead, false)}})
	add("furniture/no TOC, — 12 —", typeset{noTOC: true, body: bodyStyle{breaks: furniture(emDashFooter, ffLine, runningHead, false)}})
	add("furniture/no TOC, 第12页 only", typeset{noTOC: true, body: bodyStyle{breaks: furniture(diFooter, ffNone, "", false)}})

	// Hard wraps without blank lines.
	for _, w := range []struct {
		name string
		wrap wrapStyle
	}{
		{"wrap/17, indent 　　", wrapStyle{width: 17, indent: "\u3000\u3000"}},
		{"wrap/24, indent 　　", wrapStyle{width: 24, indent: "\u3000\u3000"}},
		{"wrap/33, indent 2 spaces", wrapStyle{width: 33, indent: "  "}},
		{"wrap/40, indent 4 spaces", wrapStyle{width: 40, indent: "    "}},
		{"wrap/17, no indent", wrapStyle{width: 17}},
		{"wrap/24, no indent", wrapStyle{width: 24}},
		{"wrap/40, no indent", wrapStyle{width: 40}},
		{"wrap/24, indent 　　, ** closing on the next line", wrapStyle{width: 24, indent: "\u3000\u3000", splitBold: true}},
		{"wrap/33, no indent, ** closing on the next line", wrapStyle{width: 33, splitBold: true}},
	} {
		add(w.name, typeset{body: bodyStyle{wrap: &w.wrap}})
	}

	// The whole copy hard-wrapped, cover, masthead and table of contents
	// too (see TestRetypesetSweep for every width): a masthead value cut
	// at the line end (地 址：…大楼 0 / 324 房间) goes on in the next line.
	add("wrap/the whole copy at 34 cells, furniture", sweepTypeset(0, 34, sweepFurniture[1].b))
	add("wrap/the whole copy at 40 cells", sweepTypeset(0, 40, nil))
	// A plain title and the date after it fill a line: the sentence the
	// date begins goes on in the next (…3金1银2铜 10月28日 / 至11月3日，…).
	add("wrap/the whole copy at 66 cells, no markup", sweepTypeset(1, 66, nil))
	// A plain title cut in three lines (李明俊主持召开专题会议…等工作).
	add("wrap/the whole copy at 44 cells, no markup", sweepTypeset(1, 44, nil))
	// A plain title cut in two after a sentence that ends a full line
	// (…整改到位。 / 市政府支持…工作推进 / 会召开).
	add("wrap/the whole copy at 50 cells, no markup, furniture", sweepTypeset(1, 50, sweepFurniture[1].b))

	// Section headings in other forms, ### and #### entries under them.
	// The rule: a Chinese enumerator (一、) is not part of the name.
	add("sections/setext ---", typeset{body: bodyStyle{section: func(o *out, _ int, n string) { o.text(n); o.furn("---") }}})
	add("sections/setext ===", typeset{body: bodyStyle{section: func(o *out, _ int, n string) { o.text(n); o.furn("===") }}})
	add("sections/plain lines", typeset{body: bodyStyle{section: func(o *out, _ int, n string) { o.text(n) }}})
	add("sections/一、name", typeset{body: bodyStyle{section: func(o *out, i int, n string) { o.text(hanOrdinals[i] + "、" + n) }}})
	add("sections/## 一、name", typeset{body: bodyStyle{section: func(o *out, i int, n string) { o.text("## " + hanOrdinals[i] + "、" + n) }}})
	// The contents as Markdown tables, one a section, a chat assistant's.
	add("toc/tables | 序号 | 标题 | 页码 |", typeset{toc: tocStyle{table: true}})
	add("toc/tables | 序号 | 标题 | 页码 | under 目录", typeset{contents: "## 目录", toc: tocStyle{table: true}})

	// One heading level for sections and titles alike, beside bold
	// titles: the contents say which headings are titles.
	add("sections/every heading ## (docling)", typeset{body: bodyStyle{flat: "##"}})
	add("sections/every heading ## (docling), no TOC", typeset{noTOC: true, body: bodyStyle{flat: "##"}})
	add("sections/every heading ##, run-in titles plain (docling)", typeset{body: bodyStyle{flat: "##", plainTitles: true}})
	add("sections/every heading # (MinerU)", typeset{body: bodyStyle{flat: "#", section: func(o *out, _ int, n string) { o.text("# " + n) }}})
	add("sections/every heading # (MinerU), no TOC", typeset{noTOC: true, body: bodyStyle{flat: "#", section: func(o *out, _ int, n string) { o.text("# " + n) }}})
	add("sections/一、name in the TOC and the body", typeset{
		toc:  tocStyle{section: func(i int, n string) string { return hanOrdinals[i] + "、" + n }},
		body: bodyStyle{section: func(o *out, i int, n string) { o.text(hanOrdinals[i] + "、" + n) }},
	})

	// Invisible characters: a no-break space reads as a space, zero-width
	// spaces and a byte-order mark are not text.
	for _, inv := range []string{"nbsp", "zwsp", "bom", "all"} {
		add("invisible/"+inv, typeset{body: bodyStyle{invisible: inv}})
	}

	// Images and converter tags: p inline is <p>text</p>; p on lines is
	// <p>, text and </p> on lines of their own; strong titles are
	// <p><strong>title</strong> text</p>.
	add("tags/![](images) lines", typeset{body: bodyStyle{images: "md"}})
	add("tags/<img> lines", typeset{body: bodyStyle{images: "html"}})
	add("tags/p inline", typeset{body: bodyStyle{ptags: "inline"}})
	add("tags/p on lines, images", typeset{body: bodyStyle{ptags: "lines", images: "md"}})
	add("tags/p inline, strong titles", typeset{body: bodyStyle{ptags: "strong"}})
	// Long bold titles cut into two bold lines (a docx's line break in
	// the title, a converter that bolds line by line).
	add("titles/two bold lines", typeset{body: bodyStyle{twoBold: 16}})
	add("titles/bold runs cut at quotes", typeset{body: bodyStyle{bold: "runs"}})
	add("titles/bold runs cut at quotes, no TOC", typeset{noTOC: true, body: bodyStyle{bold: "runs"}})
	add("titles/__bold__", typeset{body: bodyStyle{bold: "__"}})
	add("body/block quotes", typeset{body: bodyStyle{quote: true}})
	add("body/bulleted titles", typeset{body: bodyStyle{bullet: true}})
	add("titles/run-in with a colon, no TOC", typeset{noTOC: true, body: bodyStyle{colon: true}})
	add("body/bulleted titles, no TOC", typeset{noTOC: true, body: bodyStyle{bullet: true}})
	add("titles/***bold italic***", typeset{body: bodyStyle{bold: "***"}})
	add("titles/two bold lines, no TOC", typeset{noTOC: true, body: bodyStyle{twoBold: 16}})

	// Everything at once, as pdftotext -layout prints it: a table of
	// contents with space leaders, page furniture with \f, hard-wrapped
	// indented paragraphs.
	add("pdftotext -layout", typeset{
		toc:  tocStyle{bare: true, leader: spaceLeader, page: barePage},
		body: pdftotextBody,
	})
	plain := pdftotextBody
	plain.section = func(o *out, _ int, n string) { o.text(n) }
	add("pdftotext -layout, no Markdown headings", typeset{
		contents: "目　录",
		toc:      tocStyle{bare: true, leader: spaceLeader, page: barePage, section: func(_ int, n string) string { return n }},
		mast:     mastStyle{form: "lines"},
		body:     plain,
	})
	// No markup at all: titles are found by matching the table of
	// contents, wrapped ones too.
	bare := plain
	bare.plainTitles = true
	add("pdftotext -layout, no markup at all", typeset{
		contents: "目　录",
		toc:      tocStyle{bare: true, leader: spaceLeader, page: barePage, section: func(_ int, n string) string { return n }},
		mast:     mastStyle{form: "lines"},
		body:     bare,
	})
	// Backslash escapes of Markdown's punctuation, as html2text and
	// turndown write them: brackets everywhere, a number that begins a
	// line, and (escape_all) every dot and hyphen too.
	add("escaped/brackets", typeset{escape: escapeBrackets})
	add("escaped/all punctuation", typeset{
		toc:    tocStyle{number: func(n int) string { return strconv.Itoa(n) + ". " }},
		escape: func(l string) string { return escapeAll(escapeBrackets(l)) },
	})
	// The copy in traditional characters, character for character (the
	// parser reads it through a simplified view: hant.go).
	add("script/traditional characters", typeset{escape: toHant, fold: foldHant})
	// Figures typed full-width beside Chinese text (１１月３日, （６）),
	// as a typist in the IME's full-width mode gives them.
	add("script/full-width figures", typeset{escape: fullWidthByHan, fold: asciiFigures})
	// OCR that sets every character apart, as Tesseract's Chinese models
	// print it (spaced.go): no Markdown, hard-wrapped, no indent.
	add("ocr/letter-spaced (Tesseract)", typeset{
		contents: "目　录",
		toc:      tocStyle{bare: true, leader: spaceLeader, page: barePage, section: func(_ int, n string) string { return n }},
		mast:     mastStyle{form: "lines"},
		body:     bare,
		escape:   letterSpace,
		fold:     unspacedFold,
	})
	return vs
}

// asciiFigures writes full-width figures as ASCII ones.
func asciiFigures(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// letterSpace sets one space between every two characters of l but
// within a run of ASCII (a Latin word, a figure, an address), as
// Tesseract's Chinese models print a line.
func letterSpace(l string) string {
	rs := []rune(l)
	var b strings.Builder
	for i, r := range rs {
		b.WriteRune(r)
		if i+1 == len(rs) || r == ' ' || rs[i+1] == ' ' {
			continue
		}
		if r < utf8.RuneSelf && rs[i+1] < utf8.RuneSelf {
			continue // (an address, a figure: one word)
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// unspacedFold drops every space beside a character that is not ASCII:
// a letter-spaced copy keeps the ones beside a Latin word or a figure
// (抽调 3名), where the sample has none.
func unspacedFold(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' && (i > 0 && rs[i-1] >= utf8.RuneSelf || i+1 < len(rs) && rs[i+1] >= utf8.RuneSelf) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// escapeBrackets escapes what html2text does by default: () and [].
func escapeBrackets(l string) string {
	return strings.NewReplacer("(", `\(`, ")", `\)`, "[", `\[`, "]", `\]`).Replace(l)
}

// escapeAll escapes as html2text's escape_all: dots, hyphens, pluses
// and exclamation marks too, besides a line's leading number.
func escapeAll(l string) string {
	lead := ""
	if t := strings.TrimLeft(l, "- "); t != "" && t[0] >= '0' && t[0] <= '9' {
		if i := strings.Index(t, ". "); i > 0 && i < 4 {
			lead = l[:len(l)-len(t)] + t[:i] + `\. `
			l = t[i+2:]
		}
	}
	if strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "## ") {
		lead, l = lead+l[:strings.IndexByte(l, ' ')+1], l[strings.IndexByte(l, ' ')+1:]
	}
	return lead + strings.NewReplacer(".", `\.`, "-", `\-`, "+", `\+`, "!", `\!`).Replace(l)
}

// TestRetypesetParsesTheSame: every way of printing the sample parses to
// the sample's model, without a warning.
func TestRetypesetParsesTheSame(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	ref := docFor(sample).ref
	if len(ref.Warnings) != 0 {
		t.Fatalf("the sample itself parses with warnings:%s", warningsText(ref.Warnings))
	}
	for _, v := range retypeVariants() {
		t.Run(v.name, func(t *testing.T) {
			r := v.ts.render(sample)
			if *retypesetDump != "" {
				name := strings.NewReplacer("/", "_", " ", "_", "\\", "").Replace(v.name) + ".md"
				if err := os.WriteFile(filepath.Join(*retypesetDump, name), []byte(r.text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			iss, err := Parse([]byte(r.text))
			if err != nil {
				t.Fatal(err)
			}
			compareModels(t, v.ts.expected(ref), iss, projOpts{noTOCTitles: v.ts.toc.title != nil, fold: v.ts.fold})
			if len(iss.Warnings) != 0 {
				t.Errorf("%d warnings on a complete copy:%s", len(iss.Warnings), warningsText(iss.Warnings))
			}
			checkNoEntryInTOC(t, iss, r.tocFrom, r.tocTo)
			if v.ts.body.breaks != nil {
				checkPages(t, iss.Pages, r.pages)
			}
		})
	}
}

// checkPages compares where the parser found pages to begin with where
// the variant began them.
func checkPages(t *testing.T, got, want []model.PageStart) {
	t.Helper()
	if len(got) == 0 {
		t.Errorf("no page starts found in a copy with page furniture (want %d, pages %d to %d)", len(want), want[0].Page, want[len(want)-1].Page)
		return
	}
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g model.PageStart
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("page start %d = page %d at line %d, want page %d at line %d (%d page starts, want %d)", i, g.Page, g.Line, w.Page, w.Line, len(got), len(want))
			return
		}
	}
}

// TestRetypesetTwoIssues: a file holding the sample twice, the second
// copy numbered 第12期 (总第216期). ParseAll gives both; Parse gives the
// first and warns where the second begins.
func TestRetypesetTwoIssues(t *testing.T) {
	sample := string(readTestdata(t, sampleFile))
	ref := docFor(sample).ref
	second := strings.Replace(sample, "2023年第11期", "2023年第12期", 1)
	second = strings.Replace(second, "(总第215期)", "(总第216期)", 1)
	if second == sample {
		t.Fatal("the sample's cover changed: cannot renumber the second copy")
	}
	text := sample + second
	// The second issue begins at its title line, # 平顶山月报, after the
	// blank lines the sample starts with.
	secondLine := strings.Count(sample, "\n") + 1
	for _, l := range strings.Split(second, "\n") {
		if strings.TrimSpace(l) != "" {
			break
		}
		secondLine++
	}
	want1 := (&typeset{}).expected(ref)
	want2 := (&typeset{}).expected(ref)
	want2.Number, want2.Total = 12, 216

	t.Run("ParseAll", func(t *testing.T) {
		all, err := ParseAll([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 {
			t.Fatalf("ParseAll gave %d issues, want 2", len(all))
		}
		for i, w := range []*model.Issue{want1, want2} {
			iss := all[i]
			wantLine := []int{1, secondLine}[i]
			if iss.Line != wantLine {
				t.Errorf("issue %d begins at line %d, want %d", i+1, iss.Line, wantLine)
			}
			compareModels(t, w, iss, projOpts{})
			if len(iss.Warnings) != 0 {
				t.Errorf("issue %d: %d warnings:%s", i+1, len(iss.Warnings), warningsText(iss.Warnings))
			}
		}
	})
	t.Run("ParseAll of one issue", func(t *testing.T) {
		all, err := ParseAll([]byte(sample))
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 1 {
			t.Fatalf("ParseAll gave %d issues, want 1", len(all))
		}
		if all[0].Line != 1 {
			t.Errorf("the issue begins at line %d, want 1", all[0].Line)
		}
		compareModels(t, want1, all[0], projOpts{})
	})
	t.Run("Parse", func(t *testing.T) {
		iss, err := Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		compareModels(t, want1, iss, projOpts{})
		// One warning, at the line where the second issue begins (or
		// naming that line).
		named := 0
		for _, w := range iss.Warnings {
			if w.Line == secondLine || strings.Contains(w.Message, fmt.Sprint(secondLine)) {
				named++
			}
		}
		if named == 0 || len(iss.Warnings) != 1 {
			t.Errorf("warnings = %d, want exactly one, at or naming line %d where the second issue begins:%s", len(iss.Warnings), secondLine, warningsText(iss.Warnings))
		}
	})
}

// wholeWord reports whether w occurs in s as a whole run of ASCII
// letters, as the parser looks for a word when it joins a cut one
// (hasWord): Ao is not in 0Aoo.
func wholeWord(s, w string) bool {
	for i := 0; i < len(s); {
		if !asciiLetter(rune(s[i])) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiLetter(rune(s[j])) {
			j++
		}
		if s[i:j] == w {
			return true
		}
		i = j
	}
	return false
}
