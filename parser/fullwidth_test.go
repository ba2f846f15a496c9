package parser

import (
	"fmt"
	"strings"
	"testing"
)

// fullWidthByHan types full-width each run of ASCII digits next to a
// Chinese character or a full-width form, as a Word or WPS typist in the
// IME's full-width mode, OCR, or an office's house style gives them
// (１１月３日, ２０２３年第１１期（总第２１５期）, （６）, 第１页). A run set
// apart by spaces or ASCII punctuation (- 12 -, 2.2, 0370-6012345) stays
// as it is.
func fullWidthByHan(s string) string {
	rs := []rune(s)
	wide := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= 0x3000 && rs[i] <= 0x9FFF || rs[i] >= 0xFF00 && rs[i] <= 0xFFEF)
	}
	for i := 0; i < len(rs); {
		if rs[i] < '0' || rs[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
			j++
		}
		if wide(i-1) || wide(j) {
			for k := i; k < j; k++ {
				rs[k] += '０' - '0'
			}
		}
		i = j
	}
	return string(rs)
}

// Why a fixture still reads otherwise with its figures full-width, when
// the transform and not the parser is to blame: a full-width figure is
// two display cells wide, so a copy laid out in cells keeps its columns
// and its wrap no more.
const (
	fwLayout = "artefact: a pdftotext -layout copy, its columns a cell apart; each full-width figure widens its line by one, and shifts the gutter (a real copy keeps its columns)"
	fwWrap   = "artefact: hard-wrapped at a width in cells (inferWrap finds it in the copy, and none once its figures are full-width); full-width figures widen its lines past the wrap a real copy would have made sooner"
	fwTable  = "artefact: a pandoc simple table, its cells by column; full-width figures shift them"
)

// fullWidthSkip lists the fixtures TestFullWidthDigitsReadTheSame leaves
// out, each with why it still reads otherwise with its figures typed
// full-width.
var fullWidthSkip = map[string]string{
	"testdata/rt-w15-big5-folio.md":          fwWrap,
	"testdata/rt-w18-wr18-wrapped.md":        fwWrap,
	"testdata/rt-c1-tight-gutter.md":         fwLayout,
	"testdata/rt-d1-layout-column-table.md":  fwLayout,
	"testdata/rt-d1-layout-folio-first.md":   fwLayout,
	"testdata/rt-d1-layout-head-once.md":     fwLayout,
	"testdata/rt-d1-layout-table.md":         fwLayout,
	"testdata/rt-d1-layout-wide-heading.md":  fwLayout,
	"testdata/rt-d1-whole-layout.md":         fwLayout,
	"testdata/rt-d2-chron-columns.md":        fwLayout,
	"testdata/rt-d2-chron-last-page.md":      fwLayout,
	"testdata/rt-d2-chron-shiyue-foot.md":    fwLayout,
	"testdata/rt-d2-chron-short-page.md":     fwLayout,
	"testdata/rt-d2-chron-short-tails.md":    fwLayout,
	"testdata/rt-ly-cover-beside-toc.md":     fwLayout + " (the cover's 2023年第11期 beside the contents: read as the plain copy with the gap closed by a cell a figure)",
	"testdata/rt-ly-cover-beside.md":         fwLayout + " (the cover's 2023年第11期 beside the contents: read as the plain copy with the gap closed by a cell a figure)",
	"testdata/rt-w1-whole-layout.md":         fwLayout,
	"testdata/rt-w4-layout-tezai.md":         fwLayout,
	"testdata/rt-w4-whole-layout.md":         fwLayout,
	"testdata/rt-c1-whole-plain.md":          fwWrap,
	"testdata/rt-fa-whole-xianzhi-apart.md":  fwWrap,
	"testdata/rt-fb-bullets-pandoc.md":       fwWrap,
	"testdata/rt-fb-bullets-star.md":         fwWrap,
	"testdata/rt-fb-bullets-wrapped.md":      fwWrap,
	"testdata/rt-w1-first-page.md":           fwWrap,
	"testdata/rt-w1-noblank.md":              fwWrap + " (a salutation a colon ends well short of the wrap)",
	"testdata/rt-w1-title-column.md":         fwWrap,
	"testdata/rt-w13-whole-xianzhi-notes.md": fwWrap,
	"testdata/rt-w14-whole-xianqu.md":        fwWrap,
	"testdata/rt-w9-whole-xianzhi-ocr.md":    fwWrap,
	"testdata/rt-w9-whole-yearbook-ocr.md":   fwWrap + " (１月 / １日 read alike with only those lines full-width)",
	"testdata/rt-w9-yearbook-first-month.md": fwWrap,
	"testdata/rt-w3-whole-word.md":           fwTable,
	"testdata/rt-toc3-decimal-plain.txt":     "artefact: 5.12 made 5.１２, the 5 before . left half-width; ５.１２ reads the same",
}

// TestFullWidthDigitsReadTheSame: every fixture (but fullWidthSkip's)
// reads the same — sections, titles, dates, paragraphs, the count of
// warnings — with each run of its figures next to a Chinese character or
// a full-width form typed full-width (fullWidthByHan): a cover's
// ２０２３年第１１期（总第２１５期）, a bound volume's （２０２３年合订本）, a
// chronicle's title year (宁川县大事记（２０２３）), its dates (１１月３日,
// 同月２０日, 民国２O年, l０月 as OCR leaves a letter beside them), a
// point's number before a date (（１）２月３日, ２、１１月２５日), a table's
// date cells, a biography's years (赵文远（１９３５—２０２２）), a history
// period's (近代（１８４０—１９４９）), a footer's 第１页, a page-foot note
// and its call (…局１统计。 / １ 县乡镇企业局：…), an index's pages. The
// outlines are compared with every figure folded full-width.
func TestFullWidthDigitsReadTheSame(t *testing.T) {
	fold := strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")
	n := 0
	for _, fx := range fixtureTexts(t) {
		f, text := fx.path, fx.text
		if _, skip := fullWidthSkip[f]; skip {
			continue
		}
		wide := fullWidthByHan(text)
		if wide == text {
			continue
		}
		ref, err := ParseAll([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(wide))
		if err != nil {
			t.Fatal(err)
		}
		n++
		if d := shapeDiff(fold.Replace(readShape(ref)), fold.Replace(readShape(got))); d != "" {
			t.Errorf("%s with its figures full-width reads otherwise: %s", f, d)
		}
	}
	if n < 900 {
		t.Errorf("only %d fixtures tried", n)
	}
}

// TestCornerQuotesReadTheSame: every fixture reads the same with its
// quotes “” and ‘’ set as corner quotes 「」 and 『』, as Taiwan and Hong
// Kong (and some mainland offices) set them: a holiday quoted
// (「五一」期间, 中秋、国庆「双节」期间) dates its event as “五一” does.
func TestCornerQuotesReadTheSame(t *testing.T) {
	corner := strings.NewReplacer("“", "「", "”", "」", "‘", "『", "’", "』")
	n := 0
	for _, fx := range fixtureTexts(t) {
		f, text := fx.path, fx.text
		cornered := corner.Replace(text)
		if cornered == text {
			continue
		}
		ref, err := ParseAll([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ParseAll([]byte(cornered))
		if err != nil {
			t.Fatal(err)
		}
		n++
		if d := shapeDiff(corner.Replace(readShape(ref)), corner.Replace(readShape(got))); d != "" {
			t.Errorf("%s with corner quotes reads otherwise: %s", f, d)
		}
	}
	if n < 150 {
		t.Errorf("only %d fixtures tried", n)
	}
}

// TestFullWidthFigureDates: a chronicle typed all in full-width figures,
// its separators too (２０２３．１０．９, １０．２０), and a table's rows
// numbered so (| １ | １０月２３日 | …), dates each event as its half-width
// copy does (every event had run into one undated entry, silently).
func TestFullWidthFigureDates(t *testing.T) {
	src := `# 宁川县２０２３年大事记

## 十月

２０２３．１０．９　县委召开常委会议，研究部署第四季度重点工作。

２０２３.１０.１６　县政府召开第三十次常务会议，研究冬季供暖工作。

１０．２０　县人大常委会召开主任会议。

| 序号 | 时间 | 事件 |
|------|------|------|
| １ | １０月２３日 | 县政协组织委员视察乡村振兴示范村建设。 |
| ２ | １０月２７日 | 全县秋季征兵工作结束。 |
`
	iss, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range iss.Sections {
		for _, e := range s.Entries {
			got = append(got, e.Date.Start.String())
		}
	}
	want := []string{"2023-10-09", "2023-10-16", "2023-10-20", "2023-10-23", "2023-10-27"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("entries dated %v, want %v", got, want)
	}
}

// TestFullWidthForms: the readers of figures read them full-width as
// they read them ASCII, form by form.
func TestFullWidthForms(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"chronicleTitle(大事记 ２０２３.１１)", chronicleTitle("大事记 ２０２３.１１"), true},
		{"chronicleTitle(宁川县大事记·１９８６)", chronicleTitle("宁川县大事记·１９８６"), true},
		{"chronTitleYear(宁川县大事记（２０２３）)", fmtInts(chronTitleYear("宁川县大事记（２０２３）")), "2023 0"},
		{"titleSpanEnd(中共青岚县党史大事记（１９４９—１９７８）)", titleSpanEnd("中共青岚县党史大事记（１９４９—１９７８）"), 1978},
		{"spacedNumber(１ 工作动态)", spacedNumber("１ 工作动态"), len("１")},
		{"partLabel(PART １ 工作动态)", partLabel("PART １ 工作动态"), len("PART １ ")},
		{"outlineNumber(１.２ 县志办…)", outlineNumber("１.２ 县志办开展口述史采集"), len("１.２ ")},
		{"itemNumber(１．加强组织领导)", fmtItem(itemNumber("１．加强组织领导")), "1 true"},
		{"numberedPoint(（１）提高政治站位)", numberedPoint("（１）提高政治站位"), true},
		{"footerPage(史志动态　第１１期　第１页)", fmtItem(footerPage("史志动态　第１１期　第１页")), "1 true"},
		{"trailingNumber(６　平顶山月报 ２０２３年第１１期)", fmtItem(trailingNumber("６　平顶山月报 ２０２３年第１１期")), "6 true"},
		{"indexTerm(发展和改革　６)", indexTerm("发展和改革　６"), true},
		{"figureNote(１ 县乡镇企业局：…)", figureNote("１ 县乡镇企业局：１９８８年时名称"), "１"},
		{"figureCalled(…局１统计, 1)", figureCalled("由县乡镇企业局１统计。", "1"), true},
		{"ocrMonth(ｌ２月)", fmtItem(ocrMonth("ｌ２月")), "12 true"},
		{"ocrYear(2OO５年)", fmtItem(ocrYear("2OO５年")), "2005 true"},
		{"ocrFigures(2O２３年第１O期)", fmtStr(ocrFigures("2O２３年第１O期")), "2023年第10期 true"},
		{"misreadDate(l９８７年)", misreadDate("l９８７年"), true},
		{"startsWithFigureDate(２０２３．１０．９　县委…)", startsWithFigureDate("２０２３．１０．９　县委召开常委会议。"), true},
		{"rowNumber(１)", rowNumber("１"), true},
		{"relativeDate(「五一」期间，…)", string(relativeDate("「五一」期间，全县接待游客10万人次。")), "month"},
	} {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func fmtInts(a, b int) string         { return fmt.Sprint(a, b) }
func fmtItem(n int, ok bool) string   { return fmt.Sprint(n, ok) }
func fmtStr(s string, ok bool) string { return fmt.Sprintf("%s %v", s, ok) }
