package parser

// The sample hard-wrapped as a whole, at every width a column of a PDF
// may have: cover, masthead, distribution, table of contents (titles cut
// before a page at the right margin, spaces as the leader) and body, with
// and without page furniture. Each copy must parse to the sample's model
// without a warning, or else warn: a copy that parses to another model in
// silence fails.

// sweepForms are the layouts the sweep wraps.
var sweepForms = []struct {
	name string
	ts   func(cols int) typeset
}{
	{"markdown", func(cols int) typeset {
		return typeset{cols: cols, toc: tocStyle{bare: true},
			body: bodyStyle{wrap: &wrapStyle{cells: cols, indent: "    "}}}
	}},
	{"plain", func(cols int) typeset {
		return typeset{cols: cols, contents: "目　录",
			toc:  tocStyle{bare: true, section: func(_ int, n string) string { return n }},
			mast: mastStyle{form: "lines"},
			body: bodyStyle{wrap: &wrapStyle{cells: cols, indent: "    "}, plainTitles: true,
				section: func(o *out, _ int, n string) { o.text(n) }}}
	}},
}

// sweepFurniture is what a page break leaves: nothing, or a footer, a
// form feed and the running head.
var sweepFurniture = []struct {
	name string
	b    *breakStyle
}{
	{"no furniture", nil},
	{"furniture", furniture(emDashFooter, ffLine, runningHead, false)},
	{"furniture tight", furniture(emDashFooter, ffPrefix, runningHead, true)},
}

const sweepFrom, sweepTo = 20, 80

// sweepTypeset is form f of sweepForms wrapped at cols cells, with the
// page furniture b (nil for none).
func sweepTypeset(f, cols int, b *breakStyle) typeset {
	ts := sweepForms[f].ts(cols)
	ts.body.breaks = b
	return ts
}
